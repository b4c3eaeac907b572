// The docpipe subcommands. Each returns the process exit code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline_options.hpp"

namespace docpipe::cli {

// The exit codes, documented in README.md and docs/architecture.md; a script or a service manager acts on them.
enum ExitCode : int {
  kAllOk = 0,
  kSomeDocumentsFailed = 1,
  kUsageOrConfigError = 2,
  kInterrupted = 3,         // SIGTERM/SIGINT: the documents done are in the outputs, the rest were not taken
  kOutputFailed = 4,        // the outputs could not be written or published (disk full, permissions); --out unchanged
  kOutputDirectoryBusy = 5  // another run holds the lock on --out
};

enum class LogFormat { text, json };
enum class Verbosity { quiet, normal, verbose };

struct RunArguments {
  PipelineOptions pipeline;
  std::filesystem::path output_directory = "out";
  std::vector<std::string> inputs;
  std::string files_from;                // a file listing inputs one per line, "-" for standard input
  std::string shard;                     // "K/N": only the documents of shard K of N (host/shard.hpp); "" all
  std::filesystem::path skip_unchanged;  // an earlier run's --out whose unchanged documents are reused
  LogFormat log_format = LogFormat::text;
  Verbosity verbosity = Verbosity::normal;
};

struct MergeArguments {
  PipelineOptions pipeline;  // --config is optional: by default the shards' own effective config
  bool config_given = false;
  std::filesystem::path output_directory;
  std::vector<std::filesystem::path> shards;
  LogFormat log_format = LogFormat::text;
  Verbosity verbosity = Verbosity::normal;
};

struct ServeArguments {
  PipelineOptions pipeline;
  std::string listen = "127.0.0.1:8080";
  std::size_t queue = 64;  // requests that may wait for a busy worker before 503
  std::uint64_t max_body_bytes = 64ull << 20;
};

int run_command(const RunArguments& arguments);
int serve_command(const ServeArguments& arguments);
// Combines the --out directories of `run --shard K/N` into what one unsharded run writes.
int merge_command(const MergeArguments& arguments);
// Checks the config, its plugins and every plugin's parameters; with `print`, writes the effective config
// (host/pipeline_printer.hpp) to stdout instead of the node list.
int validate_command(const PipelineOptions& options, bool print);
int plugins_command(const PipelineOptions& options, bool with_config, const std::string& only_name);

}  // namespace docpipe::cli
