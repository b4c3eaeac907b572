// analysis.sections: the heading tree of a report, the part each section belongs to, the preamble and
// the closing signature block, numbering problems (for the anomaly flagger), and the report's metadata.
#pragma once

#include "docpipe/plugin.hpp"
#include "part_classifier.hpp"

namespace docpipe::sections {

class SectionSplitter final : public AnalysisPlugin {
 public:
  explicit SectionSplitter(const PluginContext& context);
  explicit SectionSplitter(PartKeywords keywords) : keywords_(std::move(keywords)) {}

  void analyze(Document& document) override;

 private:
  PartKeywords keywords_;
};

}  // namespace docpipe::sections
