#include "xml_output.hpp"

#include <string>
#include <vector>

#include "docpipe/file_names.hpp"
#include "xml_document_writer.hpp"

namespace docpipe::xml {

// Every component fits a file system's limit (a long one is shortened with a hash of itself); a document whose
// id is findings does not take the corpus findings' file.
std::filesystem::path xml_path_for(const std::filesystem::path& directory, const std::string& document_id) {
  std::vector<std::string> parts;
  for (const auto& part : std::filesystem::path(document_id).relative_path()) {
    if (part == ".." || part == "." || part.empty()) continue;
    parts.push_back(part.string());
  }
  if (parts.empty()) parts.emplace_back("document");
  if (parts.size() == 1 && parts.front() == "findings") parts.front() = "findings-2";
  std::filesystem::path relative;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    relative /= fitting_file_name(parts[i], i + 1 == parts.size() ? ".xml" : "");
  }
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
