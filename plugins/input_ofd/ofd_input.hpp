// input.ofd: OFD files (GB/T 33190, China's fixed-layout format for official documents), read from the
// glyph positions of their pages into lines and paragraphs, page furniture recorded not read.
#pragma once

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"
#include "docpipe/zip_package.hpp"
#include "page_content.hpp"

namespace docpipe::ofd {

struct OfdSettings {
  ZipLimits limits;
  PageLimits page_limits;
};
// Throws ParameterError for out-of-range limits (the descriptor's parameter check).
OfdSettings read_ofd_settings(const Parameters& parameters);

class OfdInput final : public InputPlugin {
 public:
  explicit OfdInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  OfdSettings settings_;
  bool remove_artifacts_;
  ArtifactFilter filter_;
};

}  // namespace docpipe::ofd
