// input.html: reports saved from a government portal. The page's charset is found (BOM, declaration,
// detection), libxml2's HTML parser reads it, the article is found by text and link density, and only
// the article (with its title) becomes the document's text; the portal's metadata becomes document
// metadata, never text.
#pragma once

#include <string_view>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::html {

class HtmlInput final : public InputPlugin {
 public:
  explicit HtmlInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  bool remove_artifacts_;
  bool heading_hints_;
  ArtifactFilter filter_;
};

}  // namespace docpipe::html
