// input.txt: plain-text reports in whatever encoding they arrive in.
#pragma once

#include <string>
#include <string_view>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::txt {

struct TxtSettings {
  std::string fallback_encoding;
  double max_invalid_ratio = 0.05;
  bool remove_artifacts = true;
  std::size_t max_blocks = kDefaultMaxBlocks;
};

// Reads and checks the parameters (for the constructor and the descriptor's check); throws ParameterError.
TxtSettings read_txt_settings(const Parameters& parameters);

class TxtInput final : public InputPlugin {
 public:
  explicit TxtInput(const PluginContext& context);
  explicit TxtInput(TxtSettings settings);

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
