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

// Throws ConfigError for anything wrong with the config or its plugins. `config_search_path` resolves
// `extends` by name (config_search_path.hpp).
LoadedPipeline load_pipeline(const std::filesystem::path& config_file,
                             const std::vector<std::filesystem::path>& command_line_plugin_paths,
                             const std::vector<std::filesystem::path>& config_search_path = {});

}  // namespace docpipe::host
