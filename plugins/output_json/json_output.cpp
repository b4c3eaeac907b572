#include "json_output.hpp"

#include "docpipe/json_document.hpp"

namespace docpipe::json {

std::string read_output_file(const Parameters& parameters) {
  std::string file = output_subdirectory(parameters, "file");
  if (file.empty() || file.back() == '/') throw ParameterError("file", file, "must name a file");
  return file;
}

JsonLinesOutput::JsonLinesOutput(const PluginContext& context)
    : file_(std::make_unique<AtomicFile>(context.output_directory / read_output_file(context.parameters))) {}

void JsonLinesOutput::write(const Document& document) {
  file_->write(serialize_document(document));
  file_->write("\n");
}

void JsonLinesOutput::finish() { file_->commit(); }

}  // namespace docpipe::json
