// What a run leaves in its --out for a later merge or incremental run: a hidden `.docpipe/` folder with
//   manifest     text: format, docpipe version, config hash, shard K/N, the run's input count, and one line
//                per document (position in the whole input list, input SHA-256, status, record place, id);
//   records      every document's record back to back: the worker codec's bytes (document_codec.hpp),
//                the processed document with its corpus summary, replayable into the outputs and the
//                corpus stage exactly as if it had just been processed;
//   config.xml   the effective config (validate --print), so that a merge needs no --config.
// docs/output-formats.md describes the format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "docpipe/document.hpp"
#include "document_processor.hpp"
#include "shard.hpp"

namespace docpipe::host {

inline constexpr const char* kStateDirectory = ".docpipe";
inline constexpr int kManifestFormat = 1;

class ManifestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ManifestEntry {
  std::size_t position = 0;  // in the run's whole input list: the order an unsharded run delivers it in
  std::string id;
  std::string sha256;  // of the input bytes; "" when they were never read
  DocumentStatus status = DocumentStatus::ok;
  std::uint64_t offset = 0;  // the record's place in the records file
  std::uint64_t length = 0;
};

struct RunManifest {
  int format = kManifestFormat;
  std::string docpipe_version;
  std::string config_hash;  // config_hash.hpp
  ShardSpec shard;
  std::size_t inputs = 0;                // documents of the whole (unsharded) input list
  std::vector<ManifestEntry> documents;  // this run's, by position
};

std::filesystem::path manifest_file(const std::filesystem::path& output_directory);
std::filesystem::path records_file(const std::filesystem::path& output_directory);
std::filesystem::path effective_config_file(const std::filesystem::path& output_directory);

// Writes the state of a run into its (staging) output directory as documents are delivered.
class ManifestWriter {
 public:
  // `header` without documents; `effective_config` is written as config.xml.
  ManifestWriter(const std::filesystem::path& output_directory, RunManifest header,
                 const std::string& effective_config);
  // Appends the document's record; `position` in the whole input list.
  void add(std::size_t position, const ProcessedDocument& processed);
  // Writes the manifest. Throws ManifestError when a file could not be written.
  void finish();

 private:
  std::filesystem::path output_directory_;
  RunManifest manifest_;
  std::ofstream records_;
  std::uint64_t offset_ = 0;
};

// Reads `output_directory`'s manifest. Throws ManifestError naming the file and what is wrong.
RunManifest read_manifest(const std::filesystem::path& output_directory);

// Reads records back from an output directory's records file.
class RecordReader {
 public:
  explicit RecordReader(const std::filesystem::path& output_directory);
  // Throws ManifestError when the record cannot be read or decoded.
  ProcessedDocument read(const ManifestEntry& entry);

 private:
  std::filesystem::path path_;
  std::ifstream stream_;
};

}  // namespace docpipe::host
