// The docpipe subcommands. Each returns the process exit code.
#pragma once

#include <cstddef>
#include <cstdint>
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

struct ServeArguments {
  std::filesystem::path config;
  std::string listen = "127.0.0.1:8080";
  std::size_t workers = 0;  // worker processes; 0: the number of cores
  std::size_t queue = 64;   // requests that may wait for a busy worker before 503
  std::uint64_t max_body_bytes = 64ull << 20;
  unsigned timeout_seconds = 300;
  unsigned max_memory_megabytes = 4096;  // 0: no limit
  std::vector<std::filesystem::path> plugin_paths;
};

int run_command(const RunArguments& arguments);
int serve_command(const ServeArguments& arguments);
int validate_command(const std::filesystem::path& config, const std::vector<std::filesystem::path>& plugin_paths);
int plugins_command(const std::vector<std::filesystem::path>& plugin_paths, const std::filesystem::path& config,
                    const std::string& only_name);

}  // namespace docpipe::cli
