// `docpipe merge --out DIR SHARD_DIR...`: the --out directories of `run --shard K/N` (each with its
// .docpipe/ manifest and records, host/run_manifest.hpp) become exactly what one unsharded run writes. Every
// record is replayed, in the whole input list's order, through the output plugins and the corpus stage,
// so cross-report findings span the shards; --out is staged and published like `run`'s.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <sstream>

#include "commands.hpp"
#include "host/config_error.hpp"
#include "host/config_hash.hpp"
#include "host/config_search_path.hpp"
#include "host/output_directory.hpp"
#include "host/pipeline_runner.hpp"
#include "published_run.hpp"
#include "run_log.hpp"
#include "run_state.hpp"

namespace docpipe::cli {

namespace fs = std::filesystem;

namespace {

struct Shard {
  fs::path directory;
  host::RunManifest manifest;
};

// A document of the merged run: its record and which shard holds it.
struct Placed {
  const host::ManifestEntry* entry = nullptr;
  std::size_t shard = 0;
};

// Every reason the shards cannot make one run, as ConfigError: other versions or configs, a shard given
// twice, shards missing, or shards of different input lists.
std::vector<Placed> check_shards(const std::vector<Shard>& shards) {
  const Shard& first = shards.front();
  const auto name = [](const Shard& shard) { return shard.directory.string(); };
  for (const auto& shard : shards) {
    if (shard.manifest.docpipe_version != first.manifest.docpipe_version) {
      throw host::ConfigError(fmt::format(
          "cannot merge: the shards were written by different docpipe versions: {} by docpipe {}, {} by docpipe {}",
          name(first), first.manifest.docpipe_version, name(shard), shard.manifest.docpipe_version));
    }
    if (shard.manifest.docpipe_version != docpipe_version()) {
      throw host::ConfigError(fmt::format(
          "cannot merge: {} was written by docpipe {}, this is docpipe {}; run every shard and the merge with one "
          "docpipe version",
          name(shard), shard.manifest.docpipe_version, docpipe_version()));
    }
  }
  for (const auto& shard : shards) {
    if (shard.manifest.config_hash != first.manifest.config_hash) {
      throw host::ConfigError(
          fmt::format("cannot merge: the shards were run with different configs: {} has config sha256 {}, {} has {}",
                      name(first), first.manifest.config_hash, name(shard), shard.manifest.config_hash));
    }
    if (shard.manifest.shard.count != first.manifest.shard.count) {
      throw host::ConfigError(fmt::format("cannot merge: {} is shard {}/{}, {} is shard {}/{}", name(first),
                                          first.manifest.shard.index, first.manifest.shard.count, name(shard),
                                          shard.manifest.shard.index, shard.manifest.shard.count));
    }
    if (shard.manifest.inputs != first.manifest.inputs) {
      throw host::ConfigError(
          fmt::format("cannot merge: the shards were run on different inputs: {} of {} documents, {} of {}",
                      name(first), first.manifest.inputs, name(shard), shard.manifest.inputs));
    }
  }
  const std::uint32_t count = first.manifest.shard.count;
  std::map<std::uint32_t, const Shard*> by_index;
  for (const auto& shard : shards) {
    const auto [at, inserted] = by_index.emplace(shard.manifest.shard.index, &shard);
    if (!inserted) {
      throw host::ConfigError(fmt::format("cannot merge: shard {}/{} given twice: {} and {}",
                                          shard.manifest.shard.index, count, name(*at->second), name(shard)));
    }
  }
  std::string missing;
  for (std::uint32_t k = 1; k <= count; ++k) {
    if (!by_index.count(k)) missing += (missing.empty() ? "" : ", ") + std::to_string(k);
  }
  if (!missing.empty()) {
    throw host::ConfigError(
        fmt::format("cannot merge: incomplete set of {} shards: missing shard {} (of {})", count, missing, count));
  }
  std::vector<Placed> placed(first.manifest.inputs);
  for (std::size_t s = 0; s < shards.size(); ++s) {
    for (const auto& entry : shards[s].manifest.documents) {
      Placed& slot = placed[entry.position];
      if (slot.entry) {
        throw host::ConfigError(fmt::format("cannot merge: document '{}' is in {} and in {}: the shards overlap",
                                            entry.id, name(shards[slot.shard]), name(shards[s])));
      }
      slot = {&entry, s};
    }
  }
  for (std::size_t position = 0; position < placed.size(); ++position) {
    if (!placed[position].entry) {
      throw host::ConfigError(fmt::format(
          "cannot merge: document {} of {} is in no shard: the shards were run on different inputs, or one was "
          "interrupted",
          position + 1, placed.size()));
    }
  }
  return placed;
}

std::string read_whole(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw host::ConfigError("cannot read " + path.string());
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return bytes.str();
}

}  // namespace

int merge_command(const MergeArguments& arguments) {
  const auto started = std::chrono::steady_clock::now();
  RunLog log(arguments.log_format, arguments.verbosity, isatty(fileno(stderr)) != 0);

  std::vector<Shard> shards;
  std::vector<Placed> placed;
  host::LoadedPipeline loaded;
  std::string effective_config;
  try {
    for (const auto& directory : arguments.shards) {
      try {
        shards.push_back({directory, host::read_manifest(directory)});
      } catch (const host::ManifestError& error) {
        throw host::ConfigError(fmt::format("cannot merge: {}", error.what()));
      }
    }
    placed = check_shards(shards);
    // The shards' own effective config, unless --config names one; either way it must be theirs.
    const fs::path config_file =
        arguments.config_given ? resolved_config(arguments.pipeline) : host::effective_config_file(shards[0].directory);
    loaded = host::load_pipeline(config_file, arguments.pipeline.plugin_paths,
                                 host::config_search_path(arguments.pipeline.config_paths));
    effective_config = read_whole(host::effective_config_file(shards[0].directory));
    if (const std::string hash = host::config_hash(loaded.pipeline); hash != shards[0].manifest.config_hash) {
      throw host::ConfigError(
          fmt::format("cannot merge: config {} has sha256 {}, the shards were run with config sha256 {}",
                      config_file.string(), hash, shards[0].manifest.config_hash));
    }
  } catch (const host::ConfigError& error) {
    log.error(error.what());
    return kUsageOrConfigError;
  }
  for (const auto& notice : loaded.registry.notices()) log.notice(notice);

  std::vector<std::unique_ptr<host::RecordReader>> records;
  std::optional<host::OutputDirectory> output;
  try {
    for (const auto& shard : shards) records.push_back(std::make_unique<host::RecordReader>(shard.directory));
    output.emplace(arguments.output_directory);
  } catch (const host::OutputDirectoryError& error) {
    log.error(error.what());
    return exit_code_for(error);
  } catch (const host::ManifestError& error) {
    log.error(fmt::format("cannot merge: {}", error.what()));
    return kUsageOrConfigError;
  } catch (const std::exception& error) {
    log.error(error.what());
    return kOutputFailed;
  }

  std::vector<host::InputItem> inputs;
  inputs.reserve(placed.size());
  for (const auto& slot : placed) inputs.emplace_back(slot.entry->id, fs::path());

  std::vector<std::size_t> positions(inputs.size());
  std::iota(positions.begin(), positions.end(), std::size_t{0});

  host::RunOptions options;
  options.reusable = [](std::size_t) { return true; };
  options.replay = [&](std::size_t i) { return records[placed[i].shard]->read(*placed[i].entry); };
  options.progress = [&log](std::size_t done, std::size_t total, const host::ProcessedDocument& processed) {
    log.document(done, total, processed);
  };
  log.start({inputs.size(), 0, host::effective_config_file(shards[0].directory), output->published()});

  RunEnd end = run_and_publish(*output, manifest_header(loaded, host::ShardSpec{}, placed.size()), effective_config,
                               loaded.pipeline, inputs, std::move(options), positions, log);
  end.summary.reused = 0;  // every document is replayed: "reused" would say nothing
  end.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  log.summary(end);
  return end.exit_code;
}

}  // namespace docpipe::cli
