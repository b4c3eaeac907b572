// The options every command that runs a pipeline shares (run, validate, plugins, serve): which config,
// where configs and plugins are searched, and the limits of a worker process.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "host/pipeline_loader.hpp"
#include "host/worker_pool.hpp"

namespace docpipe::cli {

struct PipelineOptions {
  std::string config = "default";  // a config file, or a name on the config search path
  std::vector<std::filesystem::path> config_paths;
  std::vector<std::filesystem::path> plugin_paths;
  std::size_t workers = 0;  // worker processes; 0: the number of cores
  unsigned timeout_seconds = 300;
  unsigned max_memory_megabytes = 4096;  // 0: no limit
};

// --config, --config-path, --plugin-path.
void add_config_options(CLI::App& command, PipelineOptions& options);
// -j/--jobs, --timeout, --max-memory.
void add_worker_options(CLI::App& command, PipelineOptions& options);

// The config file --config names, resolved on the config search path. Throws host::ConfigError.
std::filesystem::path resolved_config(const PipelineOptions& options);
// The config, its plugins and the validated pipeline. Throws host::ConfigError.
host::LoadedPipeline load_pipeline(const PipelineOptions& options,
                                   host::PluginLoading loading = host::PluginLoading::pipeline_only);

std::size_t worker_count(const PipelineOptions& options);
host::IsolationLimits isolation_limits(const PipelineOptions& options);

}  // namespace docpipe::cli
