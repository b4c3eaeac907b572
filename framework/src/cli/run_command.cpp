#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

#include "commands.hpp"
#include "host/config_error.hpp"
#include "host/input_collector.hpp"
#include "host/pipeline_loader.hpp"
#include "host/pipeline_runner.hpp"

namespace docpipe::cli {

int run_command(const RunArguments& arguments) {
  host::LoadedPipeline loaded;
  try {
    loaded = host::load_pipeline(arguments.config, arguments.plugin_paths);
  } catch (const host::ConfigError& error) {
    fmt::print(stderr, "docpipe: invalid pipeline:\n{}\n", error.what());
    return kUsageOrConfigError;
  }
  const auto inputs = host::collect_inputs(arguments.inputs);

  host::RunOptions options;
  options.output_directory = arguments.output_directory;
  options.workers = arguments.workers > 0 ? arguments.workers : std::max(1u, std::thread::hardware_concurrency());
  options.isolation.timeout = std::chrono::seconds(arguments.timeout_seconds);  // 0: no limit, like --max-memory 0
  options.isolation.max_memory_bytes = static_cast<std::uint64_t>(arguments.max_memory_megabytes) << 20;
  const bool interactive = isatty(fileno(stderr)) != 0;
  if (interactive) {
    options.progress = [](std::size_t done, std::size_t total, const Document& document) {
      fmt::print(stderr, "\r\033[K[{}/{}] {} {}", done, total, to_string(document.status), document.id);
    };
  }

  host::RunSummary summary;
  try {
    summary = host::run_pipeline(loaded.pipeline, inputs, options);
  } catch (const std::exception& error) {
    fmt::print(stderr, "docpipe: {}\n", error.what());
    return kUsageOrConfigError;
  }
  if (interactive) {
    fmt::print(stderr, "\r\033[K{} documents, {} ok, {} failed; output in {}\n", summary.documents,
               summary.documents - summary.failed, summary.failed, options.output_directory.string());
  }
  for (const auto& error : summary.output_errors) fmt::print(stderr, "docpipe: {}\n", error);
  return summary.failed > 0 || !summary.output_errors.empty() ? kSomeDocumentsFailed : kAllOk;
}

}  // namespace docpipe::cli
