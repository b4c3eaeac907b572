// The rule ids: part of the output contract (anomalies.csv `rule`, docs/analysis-anomalies.md).
#pragma once

#include "docpipe/layers.hpp"

namespace docpipe::anomalies {

namespace rule {
inline constexpr const char* part_exceeds_total = "part-exceeds-total";
inline constexpr const char* rate_mismatch = "rate-mismatch";
inline constexpr const char* change_mismatch = "change-mismatch";
inline constexpr const char* percent_over_100 = "percent-over-100";
inline constexpr const char* heading_sequence = "heading-sequence";
inline constexpr const char* missing_section = "missing-section";
inline constexpr const char* late_publication = "late-publication";
inline constexpr const char* date_order = "date-order";
inline constexpr const char* year_mismatch = "year-mismatch";
inline constexpr const char* malformed_date = "malformed-date";
inline constexpr const char* approximate_precise = "approximate-precise";
inline constexpr const char* leftover_artifact = "leftover-artifact";
inline constexpr const char* repeated_paragraph = "repeated-paragraph";
inline constexpr const char* stage_exceeds_earlier = "stage-exceeds-earlier";
inline constexpr const char* conflicting_figures = "conflicting-figures";
inline constexpr const char* not_a_report = "not-a-report";
inline constexpr const char* unfilled_placeholder = "unfilled-placeholder";
}  // namespace rule

struct RuleDefault {
  const char* id;
  Severity severity;
};

// Every rule with its default severity, in the order rules run.
inline constexpr RuleDefault kRules[] = {
    {rule::part_exceeds_total, Severity::error},     {rule::rate_mismatch, Severity::error},
    {rule::change_mismatch, Severity::warning},      {rule::percent_over_100, Severity::error},
    {rule::heading_sequence, Severity::warning},     {rule::missing_section, Severity::warning},
    {rule::late_publication, Severity::warning},     {rule::date_order, Severity::warning},
    {rule::year_mismatch, Severity::warning},        {rule::malformed_date, Severity::warning},
    {rule::approximate_precise, Severity::info},     {rule::leftover_artifact, Severity::info},
    {rule::repeated_paragraph, Severity::warning},   {rule::stage_exceeds_earlier, Severity::warning},
    {rule::conflicting_figures, Severity::warning},  {rule::not_a_report, Severity::warning},
    {rule::unfilled_placeholder, Severity::warning},
};

}  // namespace docpipe::anomalies
