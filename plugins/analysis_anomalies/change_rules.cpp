// A stated change against the two figures it is the change between: 受理36件，同比增长50%，2022年为30件.
// The changes are analysis.metrics' (role change, docpipe/changes.hpp), the earlier figures too (role previous).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include "docpipe/changes.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/decimal.hpp"
#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

int direction_of(const RuleContext& context, const Metric& metric) {
  return metric.role == role::change ? change_direction(context.text(), metric.start, metric.value, is_relative(metric))
                                     : 0;
}

// 同比分别增长30%和35%: changes listed in the order of figures listed before them, which this rule does not pair.
bool is_listed_respectively(const RuleContext& context, const Metric& change) {
  constexpr std::size_t kReach = 8;
  const std::size_t from = change.start > kReach ? change.start - kReach : 0;
  return std::u32string_view(context.text()).substr(from, change.start - from).find(U"分别") !=
         std::u32string_view::npos;
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
  const int now_direction = direction_of(context, now);
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

// The figure a change is the change of: the one it leads to (同比增长20%，达到36件), else the nearest before it
// in its sentence that is of no earlier period. A part there (其中…10件，同比增长) may be what changed or its
// total: none.
const Metric* changed_figure(const RuleContext& context, std::size_t c, std::size_t sentence_start,
                             std::size_t sentence_end, bool in_a_table_row = false) {
  const auto& metrics = context.document().metrics;
  const Metric& change = metrics[c];
  if (c + 1 < metrics.size() && metrics[c + 1].end <= sentence_end && metrics[c + 1].role != role::previous) {
    std::u32string_view between(context.text().data() + change.end, metrics[c + 1].start - change.end);
    if (between.starts_with(U"，") || between.starts_with(U",")) between.remove_prefix(1);
    // The lead word may be the figure's own qualifier (达到36件 starts at 达到).
    const std::u32string_view next(context.text().data() + metrics[c + 1].start,
                                   metrics[c + 1].end - metrics[c + 1].start);
    for (const std::u32string_view leads : {U"达到", U"达", U"至", U"为", U"共"}) {
      if (between == leads || (between.empty() && next.starts_with(leads))) return &metrics[c + 1];
    }
  }
  for (std::size_t k = c; k-- > 0 && metrics[k].start >= sentence_start;) {
    if (metrics[k].role == role::previous) continue;
    // A row's other change (增减 | 增长率: 12 | 10 | 2 | 20) is not what changed.
    if (in_a_table_row && metrics[k].role == role::change) continue;
    // In a sentence a part may be what changed or its total. A row's cell is the row's, though the rows add up
    // to a 合计 row and are its parts (新塘村 | 35 | 41 | +8).
    return metrics[k].role == role::part && !in_a_table_row ? nullptr : &metrics[k];
  }
  return nullptr;
}

// The years written in the 12 characters before a figure.
std::vector<int> years_before(const RuleContext& context, const Metric& metric, std::size_t floor) {
  const std::size_t from = std::max(floor, metric.start > 12 ? metric.start - 12 : std::size_t{0});
  return years_written(std::u32string_view(context.text()).substr(from, metric.start - from));
}

// 比2021年增长40%，2022年为150件: the change names a year the earlier figure is not of.
bool compares_another_year(const RuleContext& context, const Metric& change, const Metric& before,
                           std::size_t sentence_start) {
  const auto named = years_before(context, change, sentence_start);
  if (named.empty()) return false;
  const auto of_before = years_before(context, before, sentence_start);
  if (!of_before.empty()) return std::find(of_before.begin(), of_before.end(), named.back()) == of_before.end();
  return !context.report_year() || named.back() != *context.report_year() - 1;  // 上年 is the year before
}

// 受理86件，同比增长13.2%，审结83件，较上年的75件增长10.7%: an earlier figure after the change, past another
// current figure of its unit, is that figure's.
bool belongs_to_a_later_figure(const RuleContext& context, const Metric& change, const Metric& now,
                               const Metric& before) {
  if (before.start < change.end) return false;
  const auto& metrics = context.document().metrics;  // in text order
  const auto starting_before = [](const Metric& metric, std::size_t offset) { return metric.start < offset; };
  const auto first = std::lower_bound(metrics.begin(), metrics.end(), change.end, starting_before);
  const auto last = std::lower_bound(first, metrics.end(), before.start, starting_before);
  return std::any_of(first, last, [&](const Metric& metric) {
    return &metric != &now && metric.role != role::previous && metric.role != role::change &&
           same_unit_family(metric, now);
  });
}

// The span of the table row a figure stands in (a row's cells follow each other in the text): a change in a
// column of changes (增减, 同比（%）) is the change between the row's figure of the year and its earlier one.
std::optional<std::pair<std::size_t, std::size_t>> table_row_around(const Document& document, std::size_t offset) {
  const auto& blocks = document.blocks;
  auto cell = std::upper_bound(blocks.begin(), blocks.end(), offset,
                               [](std::size_t at, const Block& block) { return at < block.start; });
  if (cell == blocks.begin()) return std::nullopt;
  --cell;
  if (cell->kind != BlockKind::table_cell || offset >= cell->end || !cell->table || !cell->row) return std::nullopt;
  const auto same_row = [&](const Block& other) {
    return other.kind == BlockKind::table_cell && other.table == cell->table && other.row == cell->row;
  };
  auto first = cell;
  auto last = cell;
  while (first != blocks.begin() && same_row(*std::prev(first))) --first;
  while (std::next(last) != blocks.end() && same_row(*std::next(last))) ++last;
  return std::pair{first->start, last->end};
}

}  // namespace

// A change that agrees with another figure of its sentence (受理36件，办结34件，同比增长20%，上年受理30件: 36
// against 30) is read as that figure's change.
void check_change_mismatch(RuleContext& context) {
  const auto& metrics = context.document().metrics;
  for (std::size_t c = 0; c < metrics.size(); ++c) {
    const Metric& change = metrics[c];
    // In a table, the role says it is a change (its column's or row's header did), the sign which way.
    const auto row = change.role == role::change ? table_row_around(context.document(), change.start) : std::nullopt;
    const int direction = row ? (change.value < 0 ? -1 : 1) : direction_of(context, change);
    if (direction == 0 || !change.qualifier.empty() || change.value_max || is_listed_respectively(context, change)) {
      continue;
    }
    const auto [sentence_start, sentence_end] = row ? *row : context.sentence_around(change.start);
    const Metric* current = changed_figure(context, c, sentence_start, sentence_end, row.has_value());
    if (!current) continue;
    const Metric& now = *current;
    const Metric* before = previous_in_sentence(context, now, sentence_start, sentence_end);
    if (!before || compares_another_year(context, change, *before, sentence_start) ||
        belongs_to_a_later_figure(context, change, now, *before)) {
      continue;
    }
    const auto expected = expected_change(context, change, now, *before);
    if (!expected) continue;
    const double stated = change.value < 0 ? change.value : direction * change.value;  // 同比-8.7%
    const int decimals = stated_decimals(change);
    const bool exact = !expected->relative && !is_points(change);  // counts change by whole counts
    const double tolerance = exact ? 1e-9 : context.settings().rate_tolerance * std::pow(10.0, -decimals);
    const auto agrees_with = [&](const Metric& figure) {
      const auto other = expected_change(context, change, figure, *before);
      return other && agrees_as_written(other->value, stated, exact ? 0 : decimals, tolerance);
    };
    if (agrees_with(now)) continue;
    bool agrees_with_another = false;
    for (auto figure = std::lower_bound(metrics.begin(), metrics.end(), sentence_start,
                                        [](const Metric&metric, std::size_t start) { return metric.start < start; });
         figure != metrics.end() && figure->end <= sentence_end && !agrees_with_another; ++figure) {
      agrees_with_another =
          &*figure != current && &*figure != &change && figure->role != role::previous && agrees_with(*figure);
    }
    if (agrees_with_another) continue;
    const bool relative = expected->relative;
    const auto way = [&](double value) {
      return relative ? (value < 0 ? "下降" : "增长") : (value < 0 ? "减少" : "增加");
    };
    const int shown = exact ? 0 : std::max(decimals, 1);
    // An amount is written as the report writes its change (增加215.3万元), at the precision of its figures.
    const bool amount = !relative && !is_points(change);
    const std::vector<const Metric*> figures{&change, &now, before};
    const std::string stated_written =
        amount ? written_like(std::fabs(change.value), figures)
               : fmt::format("{:.{}f}{}", std::fabs(change.value), decimals, change.unit);  // -15.0% as 下降15.0%
    const std::string should_be = amount ? written_like(std::fabs(expected->value), figures)
                                         : fmt::format("{:.{}f}{}", std::fabs(expected->value), shown, change.unit);
    const char* now_label = direction_of(context, now) != 0 ? "增减" : "本期";
    const std::size_t start = std::min({now.start, before->start, change.start});
    const std::size_t end = std::max({now.end, before->end, change.end});
    context.flag({rule::change_mismatch, std::nullopt, context.section_at(change.start),
                  fmt::format("{}{}，按{}{}与上期{}计算应为{}{}", way(stated), stated_written, now_label, now.text,
                              before->text, way(expected->value), should_be),
                  fmt::format("{}{}；上期{}；变化{}", now_label, now.text, before->text, change.text), start, end});
  }
}

}  // namespace docpipe::anomalies
