#include "pipeline_options.hpp"

#include <algorithm>
#include <thread>

#include "host/config_search_path.hpp"

namespace docpipe::cli {

void add_config_options(CLI::App& command, PipelineOptions& options) {
  command
      .add_option("--config,-c", options.config,
                  "pipeline config: a file (XML, JSON or INFO), or a name on the config search path "
                  "(default, a county's name)")
      ->capture_default_str();
  // One directory per occurrence: a repeatable option must not swallow the input paths that follow it.
  command
      .add_option("--config-path", options.config_paths,
                  "directory to search for configs named without a path, before DOCPIPE_CONFIG_PATH and the "
                  "installed configs (repeatable)")
      ->allow_extra_args(false);
  command.add_option("--plugin-path", options.plugin_paths, "directory to search for plugins (repeatable)")
      ->allow_extra_args(false);
}

void add_worker_options(CLI::App& command, PipelineOptions& options) {
  command
      .add_option("-j,--jobs,--workers", options.workers,
                  "worker processes, documents in parallel (default: number of cores)")
      ->check(CLI::Range(0, 4096));
  command
      .add_option("--timeout", options.timeout_seconds,
                  "seconds a document may take before its worker is stopped (0: no limit)")
      ->capture_default_str();
  command.add_option("--max-memory", options.max_memory_megabytes, "MiB of address space per worker (0: no limit)")
      ->capture_default_str();
}

std::filesystem::path resolved_config(const PipelineOptions& options) {
  return host::resolve_config(options.config, {}, host::config_search_path(options.config_paths));
}

host::LoadedPipeline load_pipeline(const PipelineOptions& options, host::PluginLoading loading) {
  return host::load_pipeline(resolved_config(options), options.plugin_paths,
                             host::config_search_path(options.config_paths), loading);
}

std::size_t worker_count(const PipelineOptions& options) {
  return options.workers > 0 ? options.workers : std::max(1u, std::thread::hardware_concurrency());
}

host::IsolationLimits isolation_limits(const PipelineOptions& options) {
  host::IsolationLimits limits;
  limits.timeout = std::chrono::seconds(options.timeout_seconds);  // 0: no limit, like --max-memory 0
  limits.max_memory_bytes = static_cast<std::uint64_t>(options.max_memory_megabytes) << 20;
  return limits;
}

}  // namespace docpipe::cli
