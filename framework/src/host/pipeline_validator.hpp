// Checks a whole pipeline before any document runs.
#pragma once

#include "pipeline.hpp"
#include "pipeline_config.hpp"
#include "plugin_registry.hpp"

namespace docpipe::host {

// Binds every node to its plugin and checks the graph. Throws ConfigError listing
// every problem: unknown plugin, unknown or ill-typed parameter, unknown node in
// an edge, an edge into an input or out of an output, a cycle, a consumed layer
// nothing upstream produces, an analysis or output with nothing upstream.
Pipeline validate_pipeline(const PipelineConfig& config, const PluginRegistry& registry);

// The list a setting gives a list parameter, starting from `default_value`: each config of the extends
// chain, base first, replaces the list, or with a value starting "+" appends to it, or with "^" puts its
// entries first (where the first match wins, as in a taxonomy, that is how a county's entry wins).
std::vector<std::string> resolve_list(std::string_view default_value, const ParameterSetting& setting);

}  // namespace docpipe::host
