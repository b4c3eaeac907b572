// analysis.anomalies: what a reviewer at the justice bureau would question, each finding with a rule id,
// a severity, a message in Chinese, the evidence and offsets.
#pragma once

#include "docpipe/plugin.hpp"
#include "rule_settings.hpp"

namespace docpipe::anomalies {

class AnomalyFlagger final : public AnalysisPlugin {
 public:
  explicit AnomalyFlagger(const PluginContext& context) : settings_(read_rule_settings(context.parameters)) {}
  explicit AnomalyFlagger(RuleSettings settings) : settings_(std::move(settings)) {}

  void analyze(Document& document) override;

 private:
  RuleSettings settings_;
};

}  // namespace docpipe::anomalies
