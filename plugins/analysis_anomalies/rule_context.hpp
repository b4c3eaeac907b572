// What every rule sees: the document, its text as code points, the settings, and where to put findings.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "docpipe/document.hpp"
#include "docpipe/metric_kinds.hpp"
#include "docpipe/section_lookup.hpp"
#include "docpipe/text_spans.hpp"
#include "rule_settings.hpp"

namespace docpipe::anomalies {

struct Finding {
  std::string rule;
  std::optional<Severity> severity;  // set only where a rule lowers its own level (a shortfall is a warning)
  std::string section;
  std::string message;
  std::string evidence;
  std::size_t start = 0;
  std::size_t end = 0;
};

class RuleContext {
 public:
  RuleContext(const Document& document, const RuleSettings& settings);

  const Document& document() const { return document_; }
  const std::u32string& text() const { return text_; }
  const RuleSettings& settings() const { return settings_; }
  std::optional<int> report_year() const { return report_year_; }

  void flag(Finding finding) { findings_.push_back(std::move(finding)); }
  std::vector<Finding>& findings() { return findings_; }

  // The innermost section holding `offset` ("" when none).
  std::string section_at(std::size_t offset) const;
  // The kinds of the top-level section holding `offset`.
  std::vector<std::string> part_at(std::size_t offset) const;
  // [start, end) of the sentence (。！？；) and of the paragraph (line) holding `offset`, bounded
  // (docpipe/text_spans.hpp).
  std::pair<std::size_t, std::size_t> sentence_around(std::size_t offset) const;
  std::pair<std::size_t, std::size_t> paragraph_around(std::size_t offset) const;
  std::string slice(std::size_t start, std::size_t end) const;

 private:
  const Document& document_;
  std::u32string text_;
  TextSpans spans_;
  SectionIndex sections_;  // section_at/part_at run once per finding and per figure
  const RuleSettings& settings_;
  std::optional<int> report_year_;
  std::vector<Finding> findings_;
};

// The rules, grouped by what they check. Each appends its findings to the context.
void check_part_exceeds_total(RuleContext& context);
void check_rate_mismatch(RuleContext& context);
void check_change_mismatch(RuleContext& context);
// rate-mismatch's check of a table's rate cells against the counts of their rows (table_rate_rule.cpp), run by
// check_rate_mismatch after the rates of the prose.
void check_table_rates(RuleContext& context);
void check_percent_over_100(RuleContext& context);
void check_heading_sequence(RuleContext& context);
void check_missing_section(RuleContext& context);
void check_late_publication(RuleContext& context);
void check_date_order(RuleContext& context);
void check_year_mismatch(RuleContext& context);
void check_malformed_date(RuleContext& context);
void check_approximate_precise(RuleContext& context);
void check_leftover_artifact(RuleContext& context);
void check_repeated_paragraph(RuleContext& context);
void check_stage_exceeds_earlier(RuleContext& context);
void check_conflicting_figures(RuleContext& context);
void check_not_a_report(RuleContext& context);
void check_unfilled_placeholder(RuleContext& context);

// Whether a part's kinds (RuleContext::part_at) include `kind`.
inline bool has_kind(const std::vector<std::string>& kinds, const char* kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// The signature block (analysis.sections' closing section): its id and span, or none (an empty id, 0-0).
struct Closing {
  std::string id;
  std::size_t start = 0;
  std::size_t end = 0;
};
Closing closing_of(const Document& document);

// The year written at `at` as a year of its own, four digits then 年: 2024年, or in Chinese numerals 二〇二四年 (a
// date in the body may be written as the signature is, 二〇二五年一月). Not a run of digits that starts before
// `at`. The year and its 年 take five code points either way.
std::optional<int> year_written_at(std::u32string_view text, std::size_t at);

// Metric helpers shared by the arithmetic rules.
// Whether the figure's name holds any of `words`.
bool indicator_has(const Metric& metric, const std::vector<std::u32string>& words);
// The rate's stem: its name without 率 (结案率 → 结案, 调解成功率 → 调解成功); empty for no rate's name.
std::u32string rate_stem(const Metric& rate);
// Whether a name says what was not done: a negation opening a word (未整改, 尚未办结, 不予受理, 不起诉, 不合格,
// 无法办结, 没有), not a noun that starts with the same character (未成年人, 不动产登记, 无人机, 没收).
bool names_what_was_not_done(std::u32string_view named);
// Whether the figure counts what was not done, by its name.
bool is_negated(const Metric& metric);
// How far a figure written in 万 or 亿 may be from the exact count it rounds: half its last digit (3.68万户 stands
// for 36,750–36,849). A figure in plain digits is exact.
double rounding_of(const Metric& figure);
// Parts naming traits of one group of two or more kinds (专职…, 女性…, 党员…), or case types beside the groups
// served: they overlap, and are no breakdown to add up.
bool names_overlapping_traits(const std::vector<const Metric*>& parts);
// Parts of which one is a kind of another (农用地, 耕地) or a later stage of the same cases (受理, 审结, 纠错).
bool names_nested_parts(const std::vector<const Metric*>& parts);
// Checks of part-exceeds-total (listed_shares_rule.cpp) and rate-mismatch (correction_rate_rule.cpp) beyond the
// totals analysis.metrics links: shares of one total listed side by side, and a correction rate after a listing of
// decisions.
void check_listed_shares(RuleContext& context);
void check_correction_rates(RuleContext& context);
// rate-mismatch for shares given beside their counts in a paragraph, of one base it does not restate: one share no
// base of the others allows (shares_of_one_base_rule.cpp).
void check_shares_of_one_base(RuleContext& context);
// rate-mismatch for a share that names its base (…5件，占受理案件总数的38%) against the count of that base the
// paragraph gave before (named_base_share_rule.cpp).
void check_shares_of_a_named_base(RuleContext& context);
bool contains_any(std::u32string_view text, const std::vector<std::u32string>& words);

// Stages a case passes through, each counting the cases that reached it: received (受理, 立案, 应诉, 被申请; a
// dispute's 排查), concluded (审结, 办结, 结案; a dispute's 化解, 调处成功), and what came of it (维持, 撤销, 纠错,
// 败诉 …). An indicator is at the first stage its words name (调解结案 is concluded, as 判决结案 is).
enum class CaseStage { received, concluded, outcome };
std::optional<CaseStage> case_stage(std::u32string_view indicator);

// Whether a stated figure is the computed one as a report writes it: rounded, within `tolerance`, or cut off
// at the `decimals` it states (26.6% for 26.67%, as reports often do).
bool agrees_as_written(double computed, double stated, int decimals, double tolerance);
// Decimal places a figure is written with: 93% → 0, 98.72% → 2, ９８．７２％ → 2.
int stated_decimals(const Metric& metric);
// An amount computed from `figures`, written as the first of them writes its own (215.3万元 for 2,153,000 元 beside
// 1,263.7万元), rounded to the places they state, trailing zeros kept (395.0万元 of 312.4万元 and 82.6万元; 2207.4公里,
// never 2207.3999999999996). When they mix notations (300万元 against 2,100,000元), plainly in the unit.
std::string written_like(double value, const std::vector<const Metric*>& figures);
// A figure's number as the report writes it, without its unit: in 万 or 亿 when it is (1.23万 for 12,300), at the
// places it states (96.0 for 96.0%, never 96).
std::string number_as_written(const Metric& figure);

}  // namespace docpipe::anomalies
