// output.json: every document as one line of JSON in <out>/<file> (documents.jsonl), in input order,
// serialized by the SDK's docpipe/json_document.hpp, the same bytes `docpipe serve` answers with.
#pragma once

#include <memory>

#include "docpipe/atomic_file.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::json {

class JsonLinesOutput final : public OutputPlugin {
 public:
  explicit JsonLinesOutput(const PluginContext& context);

  void write(const Document& document) override;
  void finish() override;

 private:
  std::unique_ptr<AtomicFile> file_;  // appears under its name only when the run finishes
};

}  // namespace docpipe::json
