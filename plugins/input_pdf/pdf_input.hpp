// input.pdf: PDF reports through poppler-cpp, read into paragraphs in reading order.
#pragma once

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::pdf {

// Reads and checks max_unreadable_share (for the constructor and the descriptor's check); throws ParameterError.
double read_unreadable_share(const Parameters& parameters);

class PdfInput final : public InputPlugin {
 public:
  explicit PdfInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  double max_unreadable_share_;
  bool remove_artifacts_;
  ArtifactFilter filter_;
};

}  // namespace docpipe::pdf
