// input.txt: plain-text reports in whatever encoding they arrive in.
#pragma once

#include <string>
#include <string_view>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::txt {

class TxtInput final : public InputPlugin {
 public:
  explicit TxtInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  std::string fallback_encoding_;
  double max_invalid_ratio_;
  bool remove_artifacts_;
  std::size_t max_blocks_;
  ArtifactFilter filter_;
};

}  // namespace docpipe::txt
