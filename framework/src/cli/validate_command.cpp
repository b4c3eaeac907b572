#include <fmt/format.h>

#include "commands.hpp"
#include "docpipe/descriptor.hpp"
#include "host/config_error.hpp"
#include "host/pipeline_printer.hpp"

namespace docpipe::cli {

int validate_command(const PipelineOptions& options, bool print) {
  try {
    const auto loaded = load_pipeline(options);
    for (const auto& notice : loaded.registry.notices()) fmt::print(stderr, "docpipe: notice: {}\n", notice);
    if (print) {
      fmt::print("{}", host::print_effective_config(loaded.config, loaded.pipeline));
      return kAllOk;
    }
    fmt::print("{}: valid pipeline\n", loaded.config.files.back().string());
    for (const auto& node : loaded.pipeline.nodes) {
      fmt::print("  {:<12} {:<20} {}\n", node.id, node.plugin_name(), to_string(node.kind()));
    }
    return kAllOk;
  } catch (const host::ConfigError& error) {
    fmt::print(stderr, "{}\n", error.what());
    return kUsageOrConfigError;
  }
}

}  // namespace docpipe::cli
