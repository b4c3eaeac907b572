// output.sqlite: every document, its sections, metrics, anomalies and corpus summary, and the corpus
// stage's findings, in a SQLite store keyed by the documents' SHA-256 (docs/output-formats.md).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "docpipe/plugin.hpp"
#include "document_store.hpp"

namespace docpipe::store {

struct SqliteSettings {
  // The store's file: relative paths lie in the run's output directory (a store per run); an absolute
  // path names a lasting store that runs add to.
  std::filesystem::path path = "docpipe.sqlite";
};
// Throws ParameterError (also the descriptor's parameter check).
SqliteSettings read_sqlite_settings(const Parameters& parameters);

class SqliteOutput final : public OutputPlugin {
 public:
  explicit SqliteOutput(const PluginContext& context);

  void write(const Document& document) override;
  // `rendered`: the document's corpus summary (summary_codec.hpp), made by a StoreRenderer in a worker;
  // empty for a failed document.
  void write_rendered(const Document& document, std::string_view rendered) override;
  void write_findings(const std::vector<Finding>& findings) override;
  void finish() override;

 private:
  void put(const Document& document, std::string_view encoded_summary);

  std::unique_ptr<DocumentStore> store_;
  std::map<std::string, std::string> sha256_by_id_;  // the run's documents
  std::vector<std::string> stored_;                  // their sha256, in input order
};

// The expensive part of storing a document, its corpus summary (a pass over the whole text), made in the
// worker that processed it: the summary the worker made for the corpus stage, encoded.
class StoreRenderer final : public SummaryRenderer {
 public:
  explicit StoreRenderer(const PluginContext& /*context*/) {}
  std::string render(const Document& document, const DocumentSummary* summary) override;
};

}  // namespace docpipe::store
