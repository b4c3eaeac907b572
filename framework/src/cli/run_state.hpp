// The `.docpipe/` state of a run's --out (host/run_manifest.hpp), seen from the commands: what `run`
// records for a later merge or incremental run, and what `run --skip-unchanged` reuses.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "host/input_collector.hpp"
#include "host/pipeline_loader.hpp"
#include "host/run_manifest.hpp"

namespace docpipe::cli {

// This docpipe's version, as manifests record it.
std::string docpipe_version();

// The manifest header of a run of `loaded` (its config hash) as shard `shard` of `inputs` documents.
host::RunManifest manifest_header(const host::LoadedPipeline& loaded, host::ShardSpec shard, std::size_t inputs);

// The documents an earlier run's output lets this run reuse: those whose id and input SHA-256 are in its
// manifest, processed ok, under the same config and docpipe version.
class PreviousRun {
 public:
  // `why_not` says why nothing can be reused (no manifest there, another config); empty when some may be.
  // Throws host::ManifestError for a manifest that exists but cannot be read.
  PreviousRun(const std::filesystem::path& output_directory, const host::RunManifest& current);

  const std::string& why_not() const { return why_not_; }
  // The previous record of `item`, when its input is unchanged (its file is read and hashed here).
  const host::ManifestEntry* unchanged(const host::InputItem& item, std::uintmax_t max_file_bytes) const;
  // The record, with the source path of this run's input (a moved archive still reuses).
  host::ProcessedDocument replay(const host::ManifestEntry& entry, const host::InputItem& item);

 private:
  std::string why_not_;
  std::map<std::string, host::ManifestEntry> by_id_;
  std::unique_ptr<host::RecordReader> records_;
};

}  // namespace docpipe::cli
