// input.ofd: OFD files (GB/T 33190, China's fixed-layout format for official documents), read from the
// glyph positions of their pages into lines and paragraphs, page furniture recorded not read.
#pragma once

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"
#include "docpipe/zip_package.hpp"
#include "page_content.hpp"

namespace docpipe::ofd {

class OfdInput final : public InputPlugin {
 public:
  explicit OfdInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  ZipLimits limits_;
  PageLimits page_limits_;
  bool remove_artifacts_;
  ArtifactFilter filter_;
};

}  // namespace docpipe::ofd
