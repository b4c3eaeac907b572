#include "xml_output.hpp"

#include "xml_document_writer.hpp"

namespace docpipe::xml {

std::filesystem::path xml_path_for(const std::filesystem::path& directory, const std::string& document_id) {
  std::filesystem::path relative;
  for (const auto& part : std::filesystem::path(document_id).relative_path()) {
    if (part == ".." || part == "." || part.empty()) continue;
    relative /= part;
  }
  if (relative.empty()) relative = "document";
  relative += ".xml";
  return directory / relative;
}

XmlOutput::XmlOutput(const PluginContext& context)
    : context_(context), directory_(context.output_directory / output_subdirectory(context.parameters, "directory")) {}

void XmlOutput::write(const Document& document) {
  files_.write(xml_path_for(directory_, document.id), serialize_document(document));
}

void XmlOutput::write_rendered(const Document& document, std::string_view rendered) {
  files_.adopt(scratch_file(context_, rendered), xml_path_for(directory_, document.id));
}

void XmlOutput::finish() { remove_scratch_directory(context_); }

std::string XmlRenderer::render(const Document& document) { return scratch_.write(serialize_document(document)); }

void XmlOutput::write_findings(const std::vector<Finding>& findings) {
  files_.write(directory_ / "findings.xml", serialize_findings(findings));
}

}  // namespace docpipe::xml
