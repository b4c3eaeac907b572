// output.json: every document as one line of JSON in <out>/<file> (documents.jsonl), in input order,
// serialized by the SDK's docpipe/json_document.hpp, the same bytes `docpipe serve` answers with.
#pragma once

#include <memory>
#include <string>

#include "docpipe/atomic_file.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::json {

// The file named by `file`, relative to the run's output directory; throws ParameterError for an empty
// name or one that leaves the output directory (also the descriptor's parameter check).
std::string read_output_file(const Parameters& parameters);

class JsonLinesOutput final : public OutputPlugin {
 public:
  explicit JsonLinesOutput(const PluginContext& context);

  void write(const Document& document) override;
  // `rendered`: the document's line, made by a JsonLineRenderer in a worker.
  void write_rendered(const Document& document, std::string_view rendered) override;
  // findings.jsonl beside the documents' file: one finding per line (a node a corpus stage feeds).
  void write_findings(const std::vector<Finding>& findings) override;
  void finish() override;

 private:
  std::filesystem::path findings_path_;
  std::unique_ptr<AtomicFile> findings_;
  std::unique_ptr<AtomicFile> file_;  // appears under its name only when the run finishes
};

// A document's line of documents.jsonl, made in the worker that processed it.
class JsonLineRenderer final : public OutputRenderer {
 public:
  explicit JsonLineRenderer(const PluginContext& /*context*/) {}
  std::string render(const Document& document) override;
};

}  // namespace docpipe::json
