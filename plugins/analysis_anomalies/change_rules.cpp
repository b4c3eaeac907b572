// A stated change against the two figures it is the change between: 受理36件，同比增长50%，2022年为30件.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "docpipe/decimal.hpp"
#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// What the change is measured against: the year before (or a year named: 比2022年增加6件).
constexpr std::u32string_view kComparisons[] = {U"同比",       U"较上年",   U"比上年",     U"较去年", U"比去年",
                                                U"与上年相比", U"较上一年", U"与去年相比", U"较",     U"比"};
constexpr std::u32string_view kUp[] = {U"增长", U"增加", U"上升", U"提高", U"提升", U"多"};
constexpr std::u32string_view kDown[] = {U"下降", U"减少", U"降低", U"回落", U"下滑", U"少"};

// How far before a figure its clause is read (比2022年的218起增加, 较上年同期相比下降了): a text without
// punctuation must not make every figure read back to its start.
constexpr std::size_t kLongestClause = 24;

bool is_clause_delimiter(char32_t c) {
  return std::u32string_view(U"，,；;：:、。！？\n（(）)").find(c) != std::u32string_view::npos;
}

// +1 or −1 when the clause right before a figure says which way it changed (同比增长, 比上年减少了), else 0. The
// direction word must end the clause (了, 为, 达 may follow it), so 增加调解员3名 is no change.
int direction_before(std::u32string_view clause) {
  for (const std::u32string_view tail : {U"了", U"为", U"达", U"约"}) {
    if (clause.ends_with(tail)) clause.remove_suffix(tail.size());
  }
  for (const auto word : kUp) {
    if (clause.ends_with(word)) return 1;
  }
  for (const auto word : kDown) {
    if (clause.ends_with(word)) return -1;
  }
  return 0;
}

// The direction of a figure that states a change (+1, −1), or 0 for a figure that is no change. A signed
// figure right after 同比 (同比-8.7%) carries its direction in its value.
int change_direction(const RuleContext& context, const Metric& metric) {
  if (metric.role == role::previous || !metric.qualifier.empty() || metric.value_max) return 0;
  const std::u32string& text = context.text();
  std::size_t clause_start = metric.start;
  while (clause_start > 0 && metric.start - clause_start < kLongestClause &&
         !is_clause_delimiter(text[clause_start - 1])) {
    --clause_start;
  }
  const std::u32string_view clause(text.data() + clause_start, metric.start - clause_start);
  if (!contains_any(clause, {std::begin(kComparisons), std::end(kComparisons)})) return 0;
  if (const int direction = direction_before(clause); direction != 0) return direction;
  const bool ends_on_comparison = std::any_of(std::begin(kComparisons), std::end(kComparisons) - 2,
                                              [&](std::u32string_view word) { return clause.ends_with(word); });
  return ends_on_comparison && metric.value < 0 ? 1 : 0;
}

bool is_points(const Metric& metric) { return metric.unit == "个百分点" || metric.unit == "百分点"; }

// Decimal places a figure is written with: 20% → 0, 23.3% → 1.
int decimals_of(const Metric& metric) {
  const auto point = metric.text.find_first_of(".");
  if (point == std::string::npos) return 0;
  int decimals = 0;
  for (std::size_t at = point + 1; at < metric.text.size() && metric.text[at] >= '0' && metric.text[at] <= '9'; ++at) {
    ++decimals;
  }
  return decimals;
}

// The change between a figure and the figure of an earlier period, in the change's terms: relative for a
// percentage, in points between two rates, else the difference. `now` may itself be a change the sentence
// gave (比2022年的218起增加45起，同比增长20.6%). Nothing when the report leaves the reading open (增长20%
// between two rates may be relative or in points).
struct Expected {
  double value = 0;
  bool relative = false;
};
std::optional<Expected> expected_change(const RuleContext& context, const Metric& change, const Metric& now,
                                        const Metric& before) {
  if (is_approximate(now) || now.value_max || !same_unit_family(now, before)) return std::nullopt;
  const int now_direction = change_direction(context, now);
  const double difference = now_direction != 0 ? now_direction * now.value : now.value - before.value;
  if (is_percentage(change) && !is_percentage(now)) {
    if (before.value <= 0) return std::nullopt;
    return Expected{difference / before.value * 100, true};
  }
  if (now_direction != 0) return std::nullopt;  // two absolute changes, or a change of a change
  if (is_points(change) && is_percentage(now)) return Expected{difference, false};
  if (same_unit_family(change, now) && !is_percentage(now)) return Expected{difference, false};
  return std::nullopt;
}

// The one figure of an earlier period in the change's sentence of the unit of `now`; none when there are two
// (which one is compared is unclear).
const Metric* previous_in_sentence(const RuleContext& context, const Metric& now, std::size_t sentence_start,
                                   std::size_t sentence_end) {
  const auto& metrics = context.document().metrics;  // in text order
  const auto first = std::lower_bound(metrics.begin(), metrics.end(), sentence_start,
                                      [](const Metric& metric, std::size_t start) { return metric.start < start; });
  const Metric* found = nullptr;
  for (auto candidate = first; candidate != metrics.end() && candidate->end <= sentence_end; ++candidate) {
    if (candidate->role != role::previous || !same_unit_family(*candidate, now)) continue;
    if (found) return nullptr;
    found = &*candidate;
  }
  return found && !is_approximate(*found) && !found->value_max ? found : nullptr;
}

}  // namespace

// The current figure is the nearest before the change in its sentence that is of no earlier period. A part
// there (其中…10件，同比增长) may be what changed or its total: no pair. A change that agrees with another
// figure of its sentence (受理36件，办结34件，同比增长20%，上年为30件: 36 against 30) is read as that
// figure's change.
void check_change_mismatch(RuleContext& context) {
  const auto& metrics = context.document().metrics;
  for (std::size_t c = 0; c < metrics.size(); ++c) {
    const Metric& change = metrics[c];
    const int direction = change_direction(context, change);
    if (direction == 0) continue;
    const auto [sentence_start, sentence_end] = context.sentence_around(change.start);
    const Metric* current = nullptr;
    for (std::size_t k = c; k-- > 0 && metrics[k].start >= sentence_start && !current;) {
      if (metrics[k].role != role::previous) current = &metrics[k];
    }
    if (!current || current->role == role::part) continue;
    const Metric& now = *current;
    const Metric* before = previous_in_sentence(context, now, sentence_start, sentence_end);
    if (!before) continue;
    const auto expected = expected_change(context, change, now, *before);
    if (!expected) continue;
    const double stated = direction * change.value;
    const int decimals = decimals_of(change);
    const double tolerance = expected->relative || is_points(change)
                                 ? context.settings().rate_tolerance * std::pow(10.0, -decimals)
                                 : 1e-9;  // counts change by whole counts
    const auto agrees = [&](const Metric& figure) {
      const auto other = expected_change(context, change, figure, *before);
      return other && std::fabs(other->value - stated) <= tolerance;
    };
    if (agrees(now)) continue;
    bool agrees_with_another = false;
    for (std::size_t k = c; k-- > 0 && metrics[k].start >= sentence_start && !agrees_with_another;) {
      agrees_with_another = &metrics[k] != current && metrics[k].role != role::previous && agrees(metrics[k]);
    }
    if (agrees_with_another) continue;
    const bool relative = expected->relative;
    const auto way = [&](double value) {
      return relative ? (value < 0 ? "下降" : "增长") : (value < 0 ? "减少" : "增加");
    };
    const std::string should_be = relative ? fmt::format("{:.{}f}%", std::fabs(expected->value), std::max(decimals, 1))
                                           : format_decimal(std::fabs(expected->value)) + change.unit;
    const char* now_label = change_direction(context, now) != 0 ? "增减" : "本期";
    const std::size_t start = std::min({now.start, before->start, change.start});
    const std::size_t end = std::max({now.end, before->end, change.end});
    context.flag(
        {rule::change_mismatch, std::nullopt, context.section_at(change.start),
         fmt::format("{}{}{}，按{}{}与上期{}计算应为{}{}", way(stated), format_decimal(std::fabs(change.value)),
                     change.unit, now_label, now.text, before->text, way(expected->value), should_be),
         fmt::format("{}{}；上期{}；变化{}", now_label, now.text, before->text, change.text), start, end});
  }
}

}  // namespace docpipe::anomalies
