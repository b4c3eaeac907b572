#include "run_state.hpp"

#include <fmt/format.h>

#include "host/config_hash.hpp"
#include "host/content_hash.hpp"
#include "host/document_processor.hpp"

namespace docpipe::cli {

namespace fs = std::filesystem;

std::string docpipe_version() { return DOCPIPE_VERSION; }

host::RunManifest manifest_header(const host::LoadedPipeline& loaded, host::ShardSpec shard, std::size_t inputs) {
  host::RunManifest manifest;
  manifest.docpipe_version = docpipe_version();
  manifest.config_hash = host::config_hash(loaded.pipeline);
  manifest.shard = shard;
  manifest.inputs = inputs;
  return manifest;
}

PreviousRun::PreviousRun(const fs::path& output_directory, const host::RunManifest& current) {
  std::error_code error;
  if (!fs::exists(host::manifest_file(output_directory), error)) {
    why_not_ = fmt::format("{} holds no docpipe manifest: every document is processed", output_directory.string());
    return;
  }
  const host::RunManifest previous = host::read_manifest(output_directory);
  if (previous.docpipe_version != current.docpipe_version) {
    why_not_ = fmt::format("{} was written by docpipe {}, this is docpipe {}: every document is processed",
                           output_directory.string(), previous.docpipe_version, current.docpipe_version);
    return;
  }
  if (previous.config_hash != current.config_hash) {
    why_not_ = fmt::format("{} was written with another config (sha256 {}, now {}): every document is processed",
                           output_directory.string(), previous.config_hash, current.config_hash);
    return;
  }
  for (const auto& entry : previous.documents) {
    // A failure may have been the machine's (a timeout, memory): failed documents are tried again.
    if (entry.status == DocumentStatus::ok && !entry.sha256.empty()) by_id_.emplace(entry.id, entry);
  }
  records_ = std::make_unique<host::RecordReader>(output_directory);
}

const host::ManifestEntry* PreviousRun::unchanged(const host::InputItem& item, std::uintmax_t max_file_bytes) const {
  if (!item.error.empty()) return nullptr;
  const auto found = by_id_.find(item.id);
  if (found == by_id_.end()) return nullptr;
  try {
    if (host::sha256_hex(host::read_file_bytes(item.path, max_file_bytes)) != found->second.sha256) return nullptr;
  } catch (const std::exception&) {
    return nullptr;  // unreadable now: processing it says why
  }
  return &found->second;
}

host::ProcessedDocument PreviousRun::replay(const host::ManifestEntry& entry, const host::InputItem& item) {
  host::ProcessedDocument processed = records_->read(entry);
  processed.document.source = item.display.empty() ? item.path : fs::path(item.display);
  return processed;
}

}  // namespace docpipe::cli
