// `docpipe run`: a batch of documents through a pipeline into --out, headless-friendly: logs on stderr,
// SIGTERM/SIGINT drain the documents in flight, and --out changes only as a whole (output_directory.hpp).
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <optional>

#include "commands.hpp"
#include "host/config_error.hpp"
#include "host/input_collector.hpp"
#include "host/output_directory.hpp"
#include "host/pipeline_printer.hpp"
#include "host/pipeline_runner.hpp"
#include "host/shard.hpp"
#include "interrupt_signals.hpp"
#include "published_run.hpp"
#include "run_log.hpp"
#include "run_state.hpp"

namespace docpipe::cli {

namespace {

// Input paths one per line (a trailing CR is dropped, empty lines skipped), from a file or "-" for stdin.
std::vector<std::string> read_file_list(const std::string& source) {
  std::ifstream file;
  if (source != "-") {
    file.open(source);
    if (!file) throw host::ConfigError("--files-from " + source + ": cannot read the file list");
  }
  std::istream& stream = source == "-" ? std::cin : file;
  std::vector<std::string> paths;
  for (std::string line; std::getline(stream, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) paths.push_back(std::move(line));
  }
  return paths;
}

}  // namespace

int run_command(const RunArguments& arguments) {
  const auto started = std::chrono::steady_clock::now();
  RunLog log(arguments.log_format, arguments.verbosity, isatty(fileno(stderr)) != 0);

  host::LoadedPipeline loaded;
  host::ShardSpec shard;
  std::vector<std::string> input_arguments = arguments.inputs;
  try {
    if (!arguments.shard.empty()) shard = host::parse_shard(arguments.shard);
  } catch (const host::ConfigError& error) {
    log.error(error.what());
    return kUsageOrConfigError;
  }
  try {
    loaded = load_pipeline(arguments.pipeline);
    if (!arguments.files_from.empty()) {
      auto listed = read_file_list(arguments.files_from);
      input_arguments.insert(input_arguments.end(), listed.begin(), listed.end());
    }
  } catch (const host::ConfigError& error) {
    log.error(fmt::format("invalid pipeline:\n{}", error.what()));
    return kUsageOrConfigError;
  }
  for (const auto& notice : loaded.registry.notices()) log.notice(notice);
  if (input_arguments.empty()) {
    log.error("no inputs: give files or directories, or --files-from FILE|-");
    return kUsageOrConfigError;
  }
  // The whole input list decides ids and order; a shard then keeps its documents, each remembering its
  // position in the whole list, so that a merge restores the order of an unsharded run.
  // The run's own --out inside an input directory holds earlier outputs, not reports.
  const auto all_inputs = host::collect_inputs(input_arguments, {arguments.output_directory});
  std::vector<host::InputItem> inputs;
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < all_inputs.size(); ++i) {
    if (shard.count > 1 && host::shard_of(all_inputs[i].id, shard.count) != shard.index) continue;
    inputs.push_back(all_inputs[i]);
    positions.push_back(i);
  }
  host::RunManifest header = manifest_header(loaded, shard, all_inputs.size());

  // --skip-unchanged: which documents the previous output already holds, unchanged.
  std::optional<PreviousRun> previous;
  std::vector<const host::ManifestEntry*> reusable(inputs.size(), nullptr);
  if (!arguments.skip_unchanged.empty()) {
    try {
      previous.emplace(arguments.skip_unchanged, header);
    } catch (const std::exception& error) {
      log.error(fmt::format("--skip-unchanged: {}", error.what()));
      return kUsageOrConfigError;
    }
    if (!previous->why_not().empty()) log.notice(previous->why_not());
    const host::ProcessingLimits limits;
    for (std::size_t i = 0; i < inputs.size() && previous->why_not().empty(); ++i) {
      reusable[i] = previous->unchanged(inputs[i], limits.max_file_bytes);
    }
    if (previous->why_not().empty()) {
      const auto to_process = std::count(reusable.begin(), reusable.end(), nullptr);
      log.notice(fmt::format("--skip-unchanged: {} of {} documents unchanged since {}, reused",
                             inputs.size() - static_cast<std::size_t>(to_process), inputs.size(),
                             arguments.skip_unchanged.string()));
    }
  }

  // Blocked before the workers are forked, so that they inherit the mask and only the host hears the signal.
  std::optional<InterruptSignals> signals;
  std::optional<host::OutputDirectory> output;
  try {
    signals.emplace();
    output.emplace(arguments.output_directory);
  } catch (const host::OutputDirectoryError& error) {
    log.error(error.what());
    return exit_code_for(error);
  } catch (const std::exception& error) {
    log.error(error.what());
    return kOutputFailed;
  }

  host::RunOptions options;
  options.workers = worker_count(arguments.pipeline);
  options.isolation = isolation_limits(arguments.pipeline);
  options.stop_descriptor = signals->descriptor();
  options.progress = [&log](std::size_t done, std::size_t total, const host::ProcessedDocument& processed) {
    log.document(done, total, processed);
  };
  if (previous) {
    options.reusable = [&reusable](std::size_t i) { return reusable[i] != nullptr; };
    options.replay = [&](std::size_t i) { return previous->replay(*reusable[i], inputs[i]); };
  }
  log.start({inputs.size(), std::min(options.workers, std::max<std::size_t>(inputs.size(), 1)),
             loaded.config.files.empty() ? std::filesystem::path() : loaded.config.files.back(), output->published()});

  RunEnd end = run_and_publish(*output, header, host::print_effective_config(loaded.config, loaded.pipeline),
                               loaded.pipeline, inputs, std::move(options), positions, log);
  end.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  log.summary(end);
  return end.exit_code;
}

}  // namespace docpipe::cli
