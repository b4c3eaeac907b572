#include "json_output.hpp"

#include "docpipe/json_document.hpp"

namespace docpipe::json {

std::string read_output_file(const Parameters& parameters) {
  std::string file = output_subdirectory(parameters, "file");
  if (file.empty() || file.back() == '/') throw ParameterError("file", file, "must name a file");
  return file;
}

JsonLinesOutput::JsonLinesOutput(const PluginContext& context)
    : findings_path_((context.output_directory / read_output_file(context.parameters)).parent_path() /
                     "findings.jsonl"),
      file_(std::make_unique<AtomicFile>(context.output_directory / read_output_file(context.parameters))) {}

void JsonLinesOutput::write_findings(const std::vector<Finding>& findings) {
  findings_ = std::make_unique<AtomicFile>(findings_path_);
  for (const auto& f : findings) {
    boost::json::object o;
    o["document"] = string_value(f.document);
    o["rule"] = string_value(f.rule);
    o["severity"] = string_value(to_string(f.severity));
    put_if(o, "other_document", f.other_document);
    o["message"] = string_value(f.message);
    put_if(o, "evidence", f.evidence);
    if (f.end > f.start) o["start"] = f.start, o["end"] = f.end;
    if (f.other_end > f.other_start) o["other_start"] = f.other_start, o["other_end"] = f.other_end;
    findings_->write(boost::json::serialize(o));
    findings_->write("\n");
  }
}

namespace {

std::string document_line(const Document& document) { return serialize_document(document) + "\n"; }

}  // namespace

void JsonLinesOutput::write(const Document& document) { file_->write(document_line(document)); }

void JsonLinesOutput::write_rendered(const Document& /*document*/, std::string_view rendered) {
  file_->write(rendered);
}

std::string JsonLineRenderer::render(const Document& document) { return document_line(document); }

void JsonLinesOutput::finish() {
  file_->commit();
  if (findings_) findings_->commit();
}

}  // namespace docpipe::json
