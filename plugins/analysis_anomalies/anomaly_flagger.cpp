#include "anomaly_flagger.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "docpipe/section_lookup.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

using Check = void (*)(RuleContext&);

const std::map<std::string, Check> kChecks = {
    {rule::part_exceeds_total, &check_part_exceeds_total},
    {rule::rate_mismatch, &check_rate_mismatch},
    {rule::change_mismatch, &check_change_mismatch},
    {rule::percent_over_100, &check_percent_over_100},
    {rule::heading_sequence, &check_heading_sequence},
    {rule::missing_section, &check_missing_section},
    {rule::late_publication, &check_late_publication},
    {rule::date_order, &check_date_order},
    {rule::year_mismatch, &check_year_mismatch},
    {rule::malformed_date, &check_malformed_date},
    {rule::approximate_precise, &check_approximate_precise},
    {rule::leftover_artifact, &check_leftover_artifact},
    {rule::repeated_paragraph, &check_repeated_paragraph},
    {rule::stage_exceeds_earlier, &check_stage_exceeds_earlier},
    {rule::conflicting_figures, &check_conflicting_figures},
    {rule::not_a_report, &check_not_a_report},
    {rule::unfilled_placeholder, &check_unfilled_placeholder},
};

// The rules that hold a document to what an annual report must have and when: a document of another genre (the
// report's 政策解读, next year's 工作要点, metadata `genre`) is said to be one, once, instead.
bool holds_to_an_annual_report(std::string_view rule) {
  return rule == rule::missing_section || rule == rule::late_publication || rule == rule::year_mismatch;
}

}  // namespace

void AnomalyFlagger::analyze(Document& document) {
  RuleContext context(document, settings_);
  const bool another_genre = !document.metadata.get("genre").empty();
  for (const auto& rule : kRules) {
    if (another_genre && holds_to_an_annual_report(rule.id)) continue;
    if (settings_.enabled(rule.id)) kChecks.at(rule.id)(context);
  }
  // Findings of other plugins upstream stay; only this plugin's own (from an earlier run) are replaced.
  std::erase_if(document.anomalies, [](const Anomaly& anomaly) {
    return std::any_of(std::begin(kRules), std::end(kRules),
                       [&](const RuleDefault& rule) { return anomaly.rule == rule.id; });
  });
  std::vector<Anomaly> own;
  const PageIndex pages(document.blocks);
  // Each finding names its section by id; a volume has thousands of sections and findings.
  std::unordered_map<std::string_view, const Section*> section_by_id;
  for (const auto& section : document.sections) section_by_id.emplace(section.id, &section);
  for (auto& finding : context.findings()) {
    Severity severity = settings_.severities.at(finding.rule);
    // A rule may lower its own level for a milder case (a shortfall of parts is at most a warning).
    if (finding.severity) severity = std::min(severity, *finding.severity);
    const auto found = section_by_id.find(finding.section);
    const Section* section = found == section_by_id.end() ? nullptr : found->second;
    own.push_back(Anomaly{std::move(finding.rule), severity, std::move(finding.section), std::move(finding.message),
                          std::move(finding.evidence), finding.start, finding.end,
                          section ? section->title : std::string(), pages.page_at(finding.start)});
  }
  std::stable_sort(own.begin(), own.end(), [](const Anomaly& a, const Anomaly& b) { return a.start < b.start; });
  document.anomalies.insert(document.anomalies.end(), std::make_move_iterator(own.begin()),
                            std::make_move_iterator(own.end()));
}

}  // namespace docpipe::anomalies
