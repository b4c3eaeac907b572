// input.docx: Word documents — .docx packages, and flat WordprocessingML (pkg:package, Word 2003 XML).
#pragma once

#include "docpipe/artifact_filter.hpp"
#include "docpipe/list_labels.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "docpipe/plugin.hpp"
#include "docpipe/zip_package.hpp"

namespace docpipe::docx {

struct DocxSettings {
  ZipLimits limits;
  std::size_t max_label_characters = kDefaultMaxLabelCharacters;
  std::size_t max_blocks = kDefaultMaxBlocks;
};
// Reads and checks the limits (for the constructor and the descriptor's check); throws ParameterError.
DocxSettings read_docx_settings(const Parameters& parameters);

class DocxInput final : public InputPlugin {
 public:
  explicit DocxInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  DocxSettings settings_;
  bool remove_artifacts_;
  ArtifactFilter filter_;
};

}  // namespace docpipe::docx
