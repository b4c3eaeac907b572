// input.docx: Word documents — .docx packages, and flat WordprocessingML (pkg:package, Word 2003 XML).
#pragma once

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"
#include "zip_package.hpp"

namespace docpipe::docx {

class DocxInput final : public InputPlugin {
 public:
  explicit DocxInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  ZipLimits limits_;
  bool remove_artifacts_;
  std::size_t max_label_characters_;
  std::size_t max_blocks_;
  ArtifactFilter filter_;
};

}  // namespace docpipe::docx
