// analysis.metrics: every reported figure with its value, unit, qualifier, indicator and code, the
// section it sits in and the report part of that section (a plan's 不少于12次 is a target, not a result).
#pragma once

#include "docpipe/plugin.hpp"
#include "docpipe/section_lookup.hpp"
#include "indicator.hpp"
#include "metric_extractor.hpp"
#include "unit_table.hpp"

namespace docpipe::metrics {

// The check of the parameters, by the same parsing the constructor does; throws ParameterError.
void check_metrics_parameters(const Parameters& parameters);

class MetricsAnalysis final : public AnalysisPlugin {
 public:
  explicit MetricsAnalysis(const PluginContext& context);
  MetricsAnalysis(const std::vector<std::string>& units, const std::vector<std::string>& taxonomy);

  void analyze(Document& document) override;

 private:
  void add_table_cell_metrics(Document& document, const std::u32string& text, const SectionIndex& sections) const;
  void name_earlier_figures(std::vector<Metric>& metrics, std::u32string_view text) const;
  void name_bare_deeds_of_a_period(std::vector<Metric>& metrics, std::u32string_view text) const;
  // of_disputes: the bare stages of a dispute (化解, 调处) after one screened or received, else those of handling.
  void name_bare_stages_of_handling(std::vector<Metric>& metrics, std::u32string_view text, bool of_disputes) const;
  void name_figures_listed_with_fenbie(std::vector<Metric>& metrics, std::u32string_view text) const;
  void name_rates_sharing_a_figure(std::vector<Metric>& metrics, std::u32string_view text) const;
  void code_items_sharing_a_verb(std::vector<Metric>& metrics, std::u32string_view text) const;
  void code_listed_objects(std::vector<Metric>& metrics, std::u32string_view text) const;
  void name_counts_of_described_classes(std::vector<Metric>& metrics, std::u32string_view text) const;
  void name_subsets_of_a_class(std::vector<Metric>& metrics, std::u32string_view text) const;
  void code_fair_competition_reviews(std::vector<Metric>& metrics, std::u32string_view text) const;
  static void carry_rates_of_pay(std::vector<Metric>& metrics, std::u32string_view text);

  UnitTable units_;
  Taxonomy taxonomy_;
  MetricExtractor extractor_;
};

}  // namespace docpipe::metrics
