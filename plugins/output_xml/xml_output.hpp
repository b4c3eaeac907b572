// output.xml: one XML file per document under <out>/<directory>/, named after the document id.
#pragma once

#include <filesystem>
#include <string>

#include "docpipe/output_files.hpp"
#include "docpipe/plugin.hpp"
#include "docpipe/scratch_files.hpp"

namespace docpipe::xml {

// Where a document's XML goes: its id's path components below `directory`,
// with "..", "." and any root dropped so that no id can escape it.
std::filesystem::path xml_path_for(const std::filesystem::path& directory, const std::string& document_id);

class XmlOutput final : public OutputPlugin {
 public:
  explicit XmlOutput(const PluginContext& context);

  void write(const Document& document) override;
  // `rendered` names the scratch file holding the document's XML, written by an XmlRenderer in a worker.
  void write_rendered(const Document& document, std::string_view rendered) override;
  // <directory>/findings.xml beside the documents' files (a node downstream of a corpus node).
  void write_findings(const std::vector<Finding>& findings) override;
  void finish() override;

 private:
  PluginContext context_;
  std::filesystem::path directory_;
  OutputFiles files_;
};

// The document's XML, made and written to a scratch file in the worker that processed it.
class XmlRenderer final : public OutputRenderer {
 public:
  explicit XmlRenderer(const PluginContext& context) : scratch_(context) {}
  std::string render(const Document& document) override;

 private:
  ScratchFiles scratch_;
};

}  // namespace docpipe::xml
