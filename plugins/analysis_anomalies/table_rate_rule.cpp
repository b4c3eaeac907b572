// rate-mismatch in a table: a rate cell against the counts of its own row. A table's figures are cells, not
// clauses: the rate's column header names it (办结率), the headers of the row's other columns name its counts
// (受理 | 办结), and the prose rule's search of a sentence for keywords finds neither (the counts of a row that adds
// up to a 合计 row are its parts, and bare numbers under a header without a unit are no metrics at all).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

using CellKey = std::tuple<int, int, int>;  // table, row, column

class TableCells {
 public:
  explicit TableCells(const RuleContext& context) : context_(context) {
    for (const Block& block : context.document().blocks) {
      if (block.kind != BlockKind::table_cell || !block.table || !block.row || !block.column) continue;
      cells_[{*block.table, *block.row, *block.column}] = &block;
      by_start_.emplace(block.start, &block);
    }
    // Each cell's column title, the nearest title cell above it, found in one pass down every column (a walk up
    // from each cell would be quadratic in a table of thousands of rows).
    std::map<std::pair<int, int>, Title> last_title;  // (table, column) → the title cell seen last
    for (const auto& [key, cell] : cells_) {
      const auto [table, row, column] = key;
      const auto column_key = std::pair{table, column};
      if (const auto found = last_title.find(column_key); found != last_title.end()) title_over_[key] = found->second;
      if (std::u32string text = text_of(*cell); !text.empty() && !is_figure_or_placeholder(text)) {
        last_title[column_key] = Title{std::move(text), row};
      }
    }
    for (const Metric& metric : context.document().metrics) {
      if (const Block* cell = cell_holding(metric.start); cell && metric.end <= cell->end) {
        // A cell holding more than one figure is words, not a count.
        const auto [it, fresh] = figure_in_cell_.emplace(cell, &metric);
        if (!fresh) it->second = nullptr;
      }
    }
  }

  bool empty() const { return cells_.empty(); }

  const Block* cell_holding(std::size_t offset) const {
    const auto after = by_start_.upper_bound(offset);
    if (after == by_start_.begin()) return nullptr;
    const Block* cell = std::prev(after)->second;
    return offset < cell->end ? cell : nullptr;
  }

  const Block* cell(int table, int row, int column) const {
    const auto found = cells_.find({table, row, column});
    return found == cells_.end() ? nullptr : found->second;
  }

  std::u32string text_of(const Block& cell) const {
    std::u32string text(std::u32string_view(context_.text()).substr(cell.start, cell.end - cell.start));
    const auto first = text.find_first_not_of(U" \u3000\t");
    const auto last = text.find_last_not_of(U" \u3000\t");
    return first == std::u32string::npos ? std::u32string() : text.substr(first, last - first + 1);
  }

  // The figure a cell holds and nothing else: the metric read there (64件, or a bare number under a header with a
  // unit), else a bare number (65 under a header without one). None for words, a percentage or an approximation.
  struct Count {
    double value = 0;
    const Metric* metric = nullptr;
  };
  std::optional<Count> count_in(const Block& cell) const {
    if (const auto found = figure_in_cell_.find(&cell); found != figure_in_cell_.end()) {
      const Metric* metric = found->second;
      if (!metric || is_percentage(*metric) || is_approximate(*metric)) return std::nullopt;
      // A column of an earlier year or of changes (上年, 增减) counts something else.
      if (metric->role == role::previous || metric->role == role::change) return std::nullopt;
      return Count{metric->value, metric};
    }
    const std::string digits = encode_utf8(text_of(cell));
    if (digits.empty() || digits.find_first_not_of("0123456789,.") != std::string::npos) return std::nullopt;
    std::string plain;
    std::copy_if(digits.begin(), digits.end(), std::back_inserter(plain), [](char c) { return c != ','; });
    try {
      return Count{std::stod(plain), nullptr};
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }

  // A column's title over a cell: the nearest cell above it that is no figure and no placeholder (a two-level
  // header's lower cell, 受理 under 案件数（件）), and the row it is in.
  struct Title {
    std::u32string text;
    int row = 0;
  };
  // The title over (table, row, column), if it lies no higher than `header_row`.
  std::u32string title_above(int table, int row, int column, int header_row) const {
    const Title* title = title_over(table, row, column);
    return title && title->row >= header_row ? title->text : std::u32string();
  }
  const Title* title_over(int table, int row, int column) const {
    const auto found = title_over_.find({table, row, column});
    return found == title_over_.end() ? nullptr : &found->second;
  }

 private:
  static bool is_figure_or_placeholder(std::u32string_view text) {
    return text.find_first_not_of(U"0123456789,.%％+-—－/ ") == std::u32string_view::npos;
  }

  const RuleContext& context_;
  std::map<CellKey, const Block*> cells_;
  std::map<std::size_t, const Block*> by_start_;
  std::map<const Block*, const Metric*> figure_in_cell_;
  std::map<CellKey, Title> title_over_;
};

// A column of an earlier period or of changes (上年受理, 同比增减), whose figures are not the row's counts of the
// year. analysis.metrics says so of the figures it reads; this says it of bare numbers too.
bool names_another_period(std::u32string_view title) {
  for (const std::u32string_view word : {U"上年", U"去年", U"同期", U"同比", U"增减", U"增长", U"较"}) {
    if (title.find(word) != std::u32string_view::npos) return true;
  }
  return false;
}

struct RowCount {
  std::u32string title;
  double value = 0;
  const Block* cell = nullptr;
  const Metric* metric = nullptr;
};

// Header row and definition of a rate cell: walking up its column, the first cell that is no figure must name a
// configured rate (办结率, 化解率 …).
struct RateColumn {
  int header_row = 0;
  const RateDefinition* definition = nullptr;
};

std::optional<RateColumn> rate_column(const RuleContext& context, const TableCells& cells, const Block& rate_cell) {
  const auto* title = cells.title_over(*rate_cell.table, *rate_cell.row, *rate_cell.column);
  if (!title || names_another_period(title->text)) return std::nullopt;
  for (const RateDefinition& definition : context.settings().rates) {
    if (contains_any(title->text, definition.rate)) return RateColumn{title->row, &definition};
  }
  return std::nullopt;
}

// The numerator and the base of a rate cell: the nearest columns left of it in its row whose titles hold the
// definition's numerator words (办结; not 未办结) and its base words (受理).
std::optional<std::pair<RowCount, RowCount>> counts_of_the_row(const TableCells& cells, const Block& rate_cell,
                                                               const RateColumn& column) {
  std::optional<RowCount> numerator;
  std::optional<RowCount> denominator;
  for (int left = *rate_cell.column - 1; left >= 1 && !(numerator && denominator); --left) {
    const Block* cell = cells.cell(*rate_cell.table, *rate_cell.row, left);
    if (!cell) continue;
    const auto count = cells.count_in(*cell);
    if (!count) continue;
    const std::u32string title = cells.title_above(*rate_cell.table, *rate_cell.row, left, column.header_row);
    if (title.empty() || names_another_period(title)) continue;
    const RowCount row_count{title, count->value, cell, count->metric};
    const bool negated = title.find_first_of(U"未不") != std::u32string::npos;
    if (!numerator && !negated && contains_any(title, column.definition->numerator)) {
      numerator = row_count;
    } else if (!denominator && !negated && numerator && contains_any(title, column.definition->numerator)) {
      // A second column of the numerator's words left of it (办结 | 按期办结 | 按期办结率): the numerator is some of
      // what that column counts, and its rate is of it.
      denominator = row_count;
    } else if (!denominator && !negated && contains_any(title, column.definition->denominator)) {
      denominator = row_count;
    }
  }
  if (!numerator || !denominator || denominator->value <= 0) return std::nullopt;
  return std::pair{*numerator, *denominator};
}

}  // namespace

void check_table_rates(RuleContext& context) {
  const TableCells cells(context);
  if (cells.empty()) return;
  // The rates the prose rule has flagged already, by where they end.
  std::set<std::size_t> flagged;
  for (const Finding& finding : context.findings()) {
    if (finding.rule == rule::rate_mismatch) flagged.insert(finding.end);
  }
  std::vector<Finding> found;
  for (const Metric& rate : context.document().metrics) {
    // A bound (95%以上) or an approximation is no printed precision to check; an earlier year's rate has its
    // own columns.
    if (!is_percentage(rate) || !rate.qualifier.empty() || rate.role == role::previous || rate.role == role::change)
      continue;
    const Block* rate_cell = cells.cell_holding(rate.start);
    if (!rate_cell || rate.end > rate_cell->end || *rate_cell->column == 0 || flagged.count(rate.end) != 0) continue;
    const auto column = rate_column(context, cells, *rate_cell);
    if (!column) continue;
    const auto counts = counts_of_the_row(cells, *rate_cell, *column);
    if (!counts) continue;
    const auto& [numerator, denominator] = *counts;
    const double computed = numerator.value / denominator.value * 100;
    const int decimals = stated_decimals(rate);
    const double tolerance = context.settings().rate_tolerance * std::pow(10.0, -decimals);
    if (agrees_as_written(computed, rate.value, decimals, tolerance)) continue;
    const Block* label = cells.cell(*rate_cell->table, *rate_cell->row, 0);
    const std::u32string row_name = label ? cells.text_of(*label) : std::u32string();
    const auto named = [&](const RowCount& count) { return encode_utf8(row_name + count.title); };
    const auto written = [&](const RowCount& count) { return encode_utf8(cells.text_of(*count.cell)); };
    // The figures as the table prints them (95.50%, not 95.5%), as the prose rule quotes its own.
    const auto number = [&](const RowCount& count) {
      if (count.metric) return number_as_written(*count.metric);
      std::string digits = written(count);
      std::erase(digits, ',');
      return digits;
    };
    found.push_back({rule::rate_mismatch, std::nullopt, context.section_at(rate.start),
                     fmt::format("{}为{}%，按{}÷{}计算应为{:.{}f}%", rate.indicator, number_as_written(rate),
                                 number(numerator), number(denominator), computed, std::max(decimals, 1)),
                     fmt::format("{}：{}；{}：{}；{}", named(denominator), written(denominator), named(numerator),
                                 written(numerator), rate.text),
                     std::min(denominator.cell->start, numerator.cell->start), rate.end});
  }
  for (auto& finding : found) context.flag(std::move(finding));
}

}  // namespace docpipe::anomalies
