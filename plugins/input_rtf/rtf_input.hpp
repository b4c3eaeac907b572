// input.rtf: Rich Text Format, which portals and WPS Office often serve under a .doc or .wps name; content
// sniffing (`{\rtf`), not the extension, decides.
#pragma once

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::rtf {

class RtfInput final : public InputPlugin {
 public:
  explicit RtfInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  bool remove_artifacts_;
  ArtifactFilter filter_;
};

}  // namespace docpipe::rtf
