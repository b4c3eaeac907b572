// Where documents and findings are kept across runs, keyed by the SHA-256 of each document's input bytes:
// storing a document again replaces what was kept of it, so re-running the same files adds no rows.
// output.sqlite writes SQLite (sqlite_store.cpp); a PostgreSQL writer for a province-wide deployment would
// implement this same interface with the same tables (docs/output-formats.md, "docpipe.sqlite").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "docpipe/document.hpp"
#include "docpipe/findings.hpp"

namespace docpipe::store {

// A finding with the identities of the documents it names (empty when a document is not in the run,
// e.g. a previous year from a history store).
struct StoredFinding {
  std::string sha256;
  std::string other_sha256;
  const Finding* finding;
};

class DocumentStore {
 public:
  virtual ~DocumentStore() = default;
  // Replaces the document's row and its sections, metrics, anomalies and summary. `encoded_summary` is the
  // corpus summary as encode_summary (summary_codec.hpp) writes it, stored as it is; empty for none (a
  // failed document).
  virtual void put_document(const std::string& sha256, const Document& document, std::string_view encoded_summary) = 0;
  // Replaces the findings about the run's documents (`about`: their sha256) with these.
  virtual void put_findings(const std::vector<std::string>& about, const std::vector<StoredFinding>& findings) = 0;
  // Makes everything put since the store was opened visible at once.
  virtual void commit() = 0;
};

}  // namespace docpipe::store
