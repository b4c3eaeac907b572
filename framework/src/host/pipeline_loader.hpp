// Config file + plugin search path -> a validated pipeline, in one call.
#pragma once

#include <filesystem>
#include <vector>

#include "pipeline.hpp"
#include "pipeline_config.hpp"
#include "plugin_registry.hpp"

namespace docpipe::host {

struct LoadedPipeline {
  PipelineConfig config;
  PluginRegistry registry;
  Pipeline pipeline;
};

// Which plugin libraries load_pipeline loads: the pipeline's own (a run), or every one found (a service,
// which lists them all).
enum class PluginLoading { pipeline_only, every_plugin };

// Throws ConfigError for anything wrong with the config or its plugins. `config_search_path` resolves
// `extends` by name (config_search_path.hpp). Libraries are examined through the registry cache
// (registry_cache.hpp) when there is one.
LoadedPipeline load_pipeline(const std::filesystem::path& config_file,
                             const std::vector<std::filesystem::path>& command_line_plugin_paths,
                             const std::vector<std::filesystem::path>& config_search_path = {},
                             PluginLoading loading = PluginLoading::pipeline_only);

}  // namespace docpipe::host
