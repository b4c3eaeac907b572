#include "json_output.hpp"

#include "docpipe/json_document.hpp"

namespace docpipe::json {

JsonLinesOutput::JsonLinesOutput(const PluginContext& context)
    : file_(std::make_unique<AtomicFile>(context.output_directory / context.parameters.string("file"))) {}

void JsonLinesOutput::write(const Document& document) {
  file_->write(serialize_document(document));
  file_->write("\n");
}

void JsonLinesOutput::finish() { file_->commit(); }

}  // namespace docpipe::json
