#include "sqlite_output.hpp"

#include "docpipe/document_summary.hpp"
#include "docpipe/summary_codec.hpp"
#include "sqlite_store.hpp"

namespace docpipe::store {

SqliteSettings read_sqlite_settings(const Parameters& parameters) {
  SqliteSettings settings;
  const std::string& path = parameters.string("path");
  if (path.empty() || path.back() == '/') {
    ParameterProblems problems;
    problems.add("path", path, "must name a file, e.g. docpipe.sqlite or /srv/docpipe/store.sqlite");
    problems.throw_if_any();
  }
  settings.path = path;
  return settings;
}

SqliteOutput::SqliteOutput(const PluginContext& context) {
  const SqliteSettings settings = read_sqlite_settings(context.parameters);
  const auto path = settings.path.is_absolute() ? settings.path : context.output_directory / settings.path;
  std::filesystem::create_directories(path.parent_path());
  store_ = open_sqlite_store(path);
}

void SqliteOutput::write(const Document& document) {
  put(document, document.status == DocumentStatus::ok ? encode_summary(summarize(document)) : std::string());
}

// The worker's encoded summary is what the store keeps: stored as it arrives, not decoded and encoded again.
void SqliteOutput::write_rendered(const Document& document, std::string_view rendered) {
  put(document, document.status == DocumentStatus::ok ? rendered : std::string_view());
}

void SqliteOutput::put(const Document& document, std::string_view encoded_summary) {
  // A document that could not be read has no identity to key it by; documents.csv keeps its error.
  const std::string sha256 = document.metadata.get("sha256");
  if (sha256.empty()) return;
  store_->put_document(sha256, document, encoded_summary);
  sha256_by_id_[document.id] = sha256;
  stored_.push_back(sha256);
}

std::string StoreRenderer::render(const Document& /*document*/, const DocumentSummary* summary) {
  return summary ? encode_summary(*summary) : std::string();
}

void SqliteOutput::write_findings(const std::vector<Finding>& findings) {
  const auto identity = [&](const std::string& id) {
    const auto found = sha256_by_id_.find(id);
    return found == sha256_by_id_.end() ? std::string() : found->second;
  };
  std::vector<StoredFinding> stored;
  for (const auto& f : findings) {
    const std::string sha256 = identity(f.document);
    if (sha256.empty()) continue;  // not a document of this run's store
    stored.push_back({sha256, identity(f.other_document), &f});
  }
  store_->put_findings(stored_, stored);
}

void SqliteOutput::finish() { store_->commit(); }

}  // namespace docpipe::store
