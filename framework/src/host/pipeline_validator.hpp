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

}  // namespace docpipe::host
