// The docpipe subcommands. Each returns the process exit code.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace docpipe::cli {

enum ExitCode : int { kAllOk = 0, kSomeDocumentsFailed = 1, kUsageOrConfigError = 2 };

struct RunArguments {
  std::filesystem::path config;
  std::filesystem::path output_directory = "out";
  std::size_t workers = 0;  // worker processes; 0: the number of cores
  unsigned timeout_seconds = 300;
  unsigned max_memory_megabytes = 4096;  // 0: no limit
  std::vector<std::filesystem::path> plugin_paths;
  std::vector<std::string> inputs;
};

int run_command(const RunArguments& arguments);
// Checks the config, its plugins and every plugin's parameters; with `print`, writes the effective config
// (host/pipeline_printer.hpp) to stdout instead of the node list.
int validate_command(const std::filesystem::path& config, const std::vector<std::filesystem::path>& plugin_paths,
                     bool print);
int plugins_command(const std::vector<std::filesystem::path>& plugin_paths, const std::filesystem::path& config,
                    const std::string& only_name);

}  // namespace docpipe::cli
