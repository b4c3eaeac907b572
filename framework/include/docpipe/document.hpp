// One document as it travels through a pipeline: the normalized text and the
// layers over it.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "docpipe/layers.hpp"
#include "docpipe/metadata.hpp"

namespace docpipe {

enum class DocumentStatus { ok, error };

inline std::string_view to_string(DocumentStatus status) { return status == DocumentStatus::ok ? "ok" : "error"; }

struct Document {
  std::string id;                // input path relative to the argument it was found under
  std::filesystem::path source;  // the path as found
  std::string format;            // set by the input plugin: "txt", "pdf", "docx"
  std::string encoding;          // the source encoding the input plugin detected
  Metadata metadata;
  std::string text;  // normalized UTF-8; every offset counts code points in it
  std::vector<Block> blocks;
  std::vector<Section> sections;
  std::vector<Metric> metrics;
  std::vector<Anomaly> anomalies;
  std::map<std::string, std::vector<Annotation>> layers;  // generic layers by name, ordered for determinism
  DocumentStatus status = DocumentStatus::ok;
  std::string error;  // "plugin-name: message" when status is error
};

}  // namespace docpipe
