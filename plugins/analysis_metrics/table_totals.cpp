#include "table_totals.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "docpipe/metric_kinds.hpp"
#include "table_headers.hpp"

namespace docpipe::metrics {

namespace {

// The words of a cell, spaces dropped (合 计 is 合计).
std::u32string words_of(std::u32string_view cell) {
  std::u32string words;
  for (const char32_t c : cell) {
    if (c != U' ' && c != U'\u3000') words += c;
  }
  return words;
}

bool names_a_total(std::u32string_view header) {
  for (const std::u32string_view total : {U"合计", U"总计", U"总数", U"共计"}) {
    if (header == total) return true;
  }
  // A place's whole before it: 全镇合计, 全县总计, 全乡合计, 总合计.
  constexpr std::size_t kLongestWhole = 2;
  for (const std::u32string_view total : {U"合计", U"总计"}) {
    if (header.ends_with(total) && header.size() <= total.size() + kLongestWhole &&
        (header.starts_with(U"全") || header.starts_with(U"总"))) {
      return true;
    }
  }
  return false;
}

// Rows that break down the row above them (其中：…, 含…) or subtotals: the rows no longer add up as one listing.
bool nests_rows(std::u32string_view header) {
  return header.starts_with(U"其中") || header.starts_with(U"含") || header.starts_with(U"小计");
}

// A subtotal's label (小计, 小 计（件）, 乡镇小计): it closes a group of rows, as 合计 closes the table.
bool heads_a_subtotal(std::u32string_view cell) {
  const std::u32string_view name = cell.substr(0, cell.find_first_of(U"（("));
  return name.starts_with(U"小计") || name.ends_with(U"小计");
}

// A row label that makes its row a part of the row above (其中：食品安全, 含：涉企案件), not a row of the sum.
bool opens_a_sub_row(std::u32string_view label) { return label.starts_with(U"其中") || label.starts_with(U"含"); }

// The year a count not yet linked is of, as a total row adds it up: the report year's, or an earlier year's (a
// column headed 2023年 in a 2024 report, role previous), which its own 合计 adds up apart from the year's.
enum class Period { none, current, earlier };

Period period_summed(const Metric& figure) {
  if (is_percentage(figure) || !figure.of.empty() || figure.role == role::change) return Period::none;
  return figure.role == role::previous ? Period::earlier : Period::current;
}

// Whether a figure may be a total or a part: a count of the year or of an earlier year, not yet linked.
bool is_summable(const Metric& figure) { return period_summed(figure) != Period::none; }

// The label of each row: its first cell, or its second when the first is blank or a serial number (1 | 市场监管,
//   | 其中：食品安全), with that cell's column.
std::map<int, std::pair<int, std::u32string>> labels_of_rows(
    const std::map<int, std::map<int, std::u32string>>& words) {
  std::map<int, std::pair<int, std::u32string>> labels;
  const auto first = words.find(0);
  const auto second = words.find(1);
  std::set<int> rows;
  for (const auto& [column, by_row] : words) {
    for (const auto& [row, cell] : by_row) rows.insert(row);
  }
  for (const int row : rows) {
    const auto cell = [&](const auto& column) -> std::optional<std::u32string> {
      if (column == words.end()) return std::nullopt;
      const auto found = column->second.find(row);
      return found == column->second.end() ? std::nullopt : std::optional(found->second);
    };
    const auto label = cell(first);
    if (label && !label->empty() && !is_serial_number(*label)) {
      labels[row] = {0, *label};
    } else if (const auto after = cell(second)) {
      labels[row] = {1, *after};
    }
  }
  return labels;
}

// How deep a row label's enumerator sits, as report headings number their levels: 一、 0, （一） 1, 1. or 1、 2,
// （1） 3; -1 for a label without one (a bare serial number is a column of its own, not an enumerator).
int enumerator_level(std::u32string_view label) {
  const auto chinese_digit = [](char32_t c) {
    return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
  };
  const auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  const auto run_of = [&](std::u32string_view text, auto is_digit) {
    std::size_t n = 0;
    while (n < text.size() && n < 3 && is_digit(text[n])) ++n;
    return n;
  };
  if (label.starts_with(U"（") || label.starts_with(U"(")) {
    const std::u32string_view inside = label.substr(1);
    for (const auto& [is_digit, level] : {std::pair<bool (*)(char32_t), int>{+chinese_digit, 1}, {+digit, 3}}) {
      const std::size_t n = run_of(inside, is_digit);
      if (n > 0 && n < inside.size() && (inside[n] == U'）' || inside[n] == U')') && n + 1 < inside.size())
        return level;
    }
    return -1;
  }
  if (const std::size_t n = run_of(label, chinese_digit); n > 0 && n + 1 < label.size() && label[n] == U'、') return 0;
  if (const std::size_t n = run_of(label, digit);
      n > 0 && n + 1 < label.size() && std::u32string_view(U".．、").find(label[n]) != std::u32string_view::npos &&
      !digit(label[n + 1])) {
    return 2;
  }
  return -1;
}

// The rows a 其中/含 label makes parts of the row above (市场监管 24 | 其中：食品安全 9), with their label's column;
// likewise a row numbered a level below the table's first enumerated row, as headings number their levels
// (一、行政处罚 | （一）一般程序 | （二）简易程序 | 二、行政强制): forms set sub-rows apart so. The readers trim a
// cell's text, so an indent is no sign. Rows above `first_body_row` are the header.
std::map<int, int> sub_rows_of(const std::map<int, std::map<int, std::u32string>>& words, int first_body_row) {
  std::map<int, int> sub_rows;
  const auto labels = labels_of_rows(words);
  int top_level = std::numeric_limits<int>::max();
  for (const auto& [row, label] : labels) {
    if (row < first_body_row) continue;
    if (const int level = enumerator_level(label.second); level >= 0) {
      top_level = level;  // the first enumerated row's level is the table's top
      break;
    }
  }
  bool above_at_top = false;  // a row of the sum stands above: a sub-row has a row to be of
  for (const auto& [row, label] : labels) {
    if (row < first_body_row) continue;
    const int level = enumerator_level(label.second);
    const bool deeper = level >= 0 && level > top_level;
    const bool nested = opens_a_sub_row(label.second) || (above_at_top && deeper);
    if (nested) {
      sub_rows[row] = label.first;
    } else if (!heads_a_total(label.second)) {
      above_at_top = true;
    }
  }
  return sub_rows;
}

// Kinds a 其中 row and the rows right under it break a row down into, as forms write them with only the first
// marked (其中：维持 | 撤销 | 确认违法 under 审结): decisions, procedures, instances, outcomes of a lawsuit.
constexpr std::u32string_view kKindsOfOneBreakdown[][12] = {
    {U"维持", U"驳回", U"撤销", U"变更", U"确认违法", U"确认无效", U"责令履行", U"终止", U"纠错", U"调解", U"和解"},
    {U"一般程序", U"简易程序", U"普通程序", U"速裁程序"},
    {U"一审", U"二审", U"再审"},
    {U"胜诉", U"败诉", U"撤诉"},
};

// The family of kinds a row label names (其中：维持 → decisions), or -1.
int kind_family(std::u32string_view label) {
  for (const std::u32string_view opener : {U"其中", U"含"}) {
    if (label.starts_with(opener)) label.remove_prefix(opener.size());
  }
  while (!label.empty() && (label.front() == U'：' || label.front() == U':')) label.remove_prefix(1);
  label = label.substr(0, label.find_first_of(U"（("));
  for (std::size_t family = 0; family < std::size(kKindsOfOneBreakdown); ++family) {
    for (const std::u32string_view kind : kKindsOfOneBreakdown[family]) {
      if (!kind.empty() && label == kind) return static_cast<int>(family);
    }
  }
  return -1;
}

// The rows of no 其中 of its own right after 其中 rows, with nothing to tell them apart (其中：一般程序 15 | 简易程序
// 9): each may be the next sub-row, as forms indent them, or the next row of the sum. Keyed by row, the value the first
// row of the 其中 rows they follow. A serial number, a total row or another 其中 row ends such a run clearly.
std::map<int, int> rows_after_sub_rows(const std::map<int, std::map<int, std::u32string>>& words,
                                       const std::map<int, int>& sub_rows) {
  const auto labels = labels_of_rows(words);
  const auto first = words.find(0);
  const auto numbered = [&](int row) {
    return first != words.end() && first->second.contains(row) && is_serial_number(first->second.at(row));
  };
  std::map<int, int> unclear;
  int run = -1;
  for (const auto& [row, label] : labels) {
    if (sub_rows.contains(row)) {
      if (!sub_rows.contains(row - 1)) run = row;  // a new run of 其中 rows
      continue;
    }
    const bool after_a_run = run >= 0 && (sub_rows.contains(row - 1) || unclear.contains(row - 1));
    if (!after_a_run || heads_a_total(label.second) || numbered(row) || enumerator_level(label.second) >= 0) {
      run = -1;
      continue;
    }
    unclear[row] = run;
  }
  return unclear;
}

// Whether the figures of `parts` in the total's unit and period add up to it: as they stand, or (`as_they_stand`
// false) on another reading of the unclear rows, each run of them taken for sub-rows as far as some row (the rows
// before it sub-rows too).
bool some_reading_adds_up(const std::vector<Metric>& metrics, const std::vector<std::size_t>& parts,
                          const Metric& total, const std::map<std::size_t, int>& row_of,
                          const std::map<int, int>& unclear, bool as_they_stand) {
  double sum = 0;
  std::map<int, std::vector<double>> runs;  // run → the figures of its unclear rows, top down
  for (const std::size_t p : parts) {
    if (metrics[p].unit != total.unit || period_summed(metrics[p]) != period_summed(total)) continue;
    sum += metrics[p].value;
    const auto row = row_of.find(p);
    if (row == row_of.end()) continue;
    if (const auto run = unclear.find(row->second); run != unclear.end()) runs[run->second].push_back(metrics[p].value);
  }
  // Relative: a figure in 万元 is read in 元 (2,640.5万元 is 26,405,000), where adding up leaves float noise.
  const auto equal = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
  if (as_they_stand) return equal(sum, total.value);
  // The amounts the other readings take off the sum: for each run, any of its first rows.
  constexpr std::size_t kMostReadings = 4096;
  std::vector<double> taken_off{0};
  for (const auto& [run, figures] : runs) {
    std::vector<double> next;
    for (const double before : taken_off) {
      double prefix = 0;
      next.push_back(before);
      for (const double figure : figures) next.push_back(before + (prefix += figure));
    }
    if (next.size() > kMostReadings) return true;  // too many readings to tell: some may add up
    taken_off = std::move(next);
  }
  return std::any_of(taken_off.begin() + 1, taken_off.end(), [&](double off) { return equal(sum - off, total.value); });
}

// Whether a total row under unclear rows is linked: when its rows add up to it as they stand, or when no reading
// does (the table is wrong whichever rows are sub-rows: checked as it stands). A table that adds up on another
// reading is left unlinked.
bool links_under_unclear_rows(const std::vector<Metric>& metrics, const std::vector<std::size_t>& parts,
                              const Metric& total, const std::map<std::size_t, int>& row_of,
                              const std::map<int, int>& unclear) {
  if (unclear.empty() || some_reading_adds_up(metrics, parts, total, row_of, unclear, true)) return true;
  return !some_reading_adds_up(metrics, parts, total, row_of, unclear, false);
}

// A single 其中 row under a row (市场监管 24 | 其中：食品安全 9): its figure is a part of the figure above it in its
// column, a highlighted group as a 其中 makes it in a sentence. Several sub-rows under one row may pick out
// groups that leave a rest, and are not linked (they are no listing to complete).
void link_sub_row(std::vector<Metric>& metrics, std::size_t sub_row, std::size_t parent) {
  Metric& part = metrics[sub_row];
  Metric& whole = metrics[parent];
  const Period period = period_summed(whole);
  if (part.unit != whole.unit || period == Period::none || period_summed(part) != period) return;
  if (period == Period::current) {
    part.role = role::part;
    if (whole.role == role::value) whole.role = role::total;
  }
  part.of = whole.id;
}

// Makes `total` the total of the figures of `candidates` in its unit and its period, when there are two of them or
// more, or one beside `empty_rows` rows that say none. An earlier year's figures stay `previous` (never summed with
// the year's): only their `of` names their total, so that part-exceeds-total checks that year's column too.
void link_parts(std::vector<Metric>& metrics, const std::vector<std::size_t>& candidates, Metric& total,
                std::size_t empty_rows) {
  const Period period = period_summed(total);
  if (period == Period::none) return;  // a figure already linked, a change or a rate totals nothing
  std::vector<std::size_t> same_unit;
  for (const std::size_t p : candidates) {
    if (metrics[p].unit == total.unit && period_summed(metrics[p]) == period) same_unit.push_back(p);
  }
  if (same_unit.size() < 2 && (same_unit.empty() || same_unit.size() + empty_rows < 2)) return;
  for (const std::size_t p : same_unit) {
    if (period == Period::current) metrics[p].role = role::part;
    metrics[p].of = total.id;
  }
  if (period == Period::current) total.role = role::total;
}

// The figure in `column` of `row`, if the table has one there.
std::optional<std::size_t> figure_at(const std::map<int, std::map<int, std::size_t>>& figures, int column, int row) {
  const auto in_column = figures.find(column);
  if (in_column == figures.end()) return std::nullopt;
  const auto cell = in_column->second.find(row);
  return cell == in_column->second.end() ? std::nullopt : std::optional(cell->second);
}

// Each column's header: its lowest cell above the table's first figure.
std::map<int, std::u32string> lowest_headers(const std::map<int, std::map<int, std::size_t>>& figures,
                                             const std::map<int, std::map<int, std::u32string>>& words) {
  int first_figure_row = std::numeric_limits<int>::max();
  for (const auto& [column, by_row] : figures) {
    if (!by_row.empty()) first_figure_row = std::min(first_figure_row, by_row.begin()->first);
  }
  std::map<int, std::u32string> headers;
  for (const auto& [column, by_row] : words) {
    const auto below = by_row.lower_bound(first_figure_row);
    if (below != by_row.begin()) headers[column] = std::prev(below)->second;
  }
  return headers;
}

// The row of a table's first figure: the rows above it are its headers.
int first_figure_row(const std::map<int, std::map<int, std::size_t>>& figures) {
  int first = std::numeric_limits<int>::max();
  for (const auto& [column, by_row] : figures) {
    if (!by_row.empty()) first = std::min(first, by_row.begin()->first);
  }
  return first;
}

// The columns a header opening with 其中 or 含 makes parts of the column before them (受理 | 其中：纠错 | 办结: 纠错
// is of 受理), keyed by column, the value the whole's column: the nearest column left of them that holds figures
// and is no such part. The 其中 may head the column itself or span it from a header row above (其中 over 维持 |
// 撤销: a spanning cell is the nearest one left in its row, the cells between it and the column missing or blank).
std::map<int, int> part_columns(const std::map<int, std::map<int, std::size_t>>& figures,
                                const std::map<int, std::map<int, std::u32string>>& words) {
  const int header_end = first_figure_row(figures);
  // The header rows' cells with words, by row then column: the nearest one at or left of a column is found by a
  // lookup, however far apart the columns' numbers are.
  std::map<int, std::map<int, std::u32string_view>> header_cells;
  for (const auto& [column, by_row] : words) {
    for (auto cell = by_row.begin(); cell != by_row.end() && cell->first < header_end; ++cell) {
      if (!cell->second.empty()) header_cells[cell->first].emplace(column, cell->second);
    }
  }
  const auto is_part_column = [&](int column) {
    for (const auto& [row, cells] : header_cells) {
      // The lowest header row has a cell of its own over every column, so only its own counts there; above it, the
      // nearest cell at or left of the column, its own or one spanning it.
      const bool lowest = row == header_cells.rbegin()->first;
      auto cell = cells.upper_bound(column);
      if (cell == cells.begin()) continue;
      --cell;
      if (lowest && cell->first != column) continue;
      if (opens_a_sub_row(cell->second)) return true;
    }
    return false;
  };
  std::map<int, int> parts;
  int whole = -1;
  for (const auto& [column, by_row] : figures) {
    if (column == 0) continue;
    if (is_part_column(column)) {
      if (whole >= 0) parts[column] = whole;
    } else {
      whole = column;
    }
  }
  return parts;
}

// In each row, a figure under a 其中 column is a part of the row's figure in the whole's column: a part greater
// than its whole is a slip the part-exceeds-total rule finds. Run before the column totals: a 其中 column's cells
// belong to their rows. Not in a 合计 or 小计 row, whose figures are the totals of the rows above them: their parts
// are those rows, never a 其中 cell beside them.
void link_part_columns(std::vector<Metric>& metrics, const std::map<int, std::map<int, std::size_t>>& figures,
                       const std::map<int, int>& parts_of_columns, const std::set<int>& rows_of_totals) {
  for (const auto& [column, whole_column] : parts_of_columns) {
    for (const auto& [row, part] : figures.at(column)) {
      if (rows_of_totals.contains(row)) continue;
      const auto whole = figure_at(figures, whole_column, row);
      if (whole) link_sub_row(metrics, part, *whole);
    }
  }
}

// A 合计 column (类别 | 第一季度 … 第四季度 | 合计): in each row, its figure is the total of the row's figures left
// of it, back to the last such column. Run after the columns' totals, whose links come first: a cell is the part
// of one total only.
void link_row_totals(std::vector<Metric>& metrics, const std::map<int, std::map<int, std::size_t>>& figures,
                     const std::map<int, std::map<int, std::u32string>>& words,
                     const std::map<int, int>& parts_of_columns) {
  std::vector<int> total_columns;
  for (const auto& [column, header] : lowest_headers(figures, words)) {
    // A 其中 column is a part of the column before it, never a term of the row's sum; a 小计 column nests the
    // columns in ways the headers do not tell.
    if (parts_of_columns.contains(column)) continue;
    if (nests_rows(header)) return;
    if (heads_a_total(header)) total_columns.push_back(column);
  }
  int from = 0;
  for (std::size_t t = 0; t < total_columns.size(); ++t) {
    const int total_column = total_columns[t];
    // A 合计 column set first, before any column of figures (单位 | 合计 | 行政许可 | 行政处罚), adds up the columns
    // right of it, up to the next 合计 column.
    const bool first = figures.lower_bound(from) == figures.end() || figures.lower_bound(from)->first >= total_column;
    const int parts_from = first ? total_column + 1 : from;
    const int parts_to = !first                         ? total_column
                         : t + 1 < total_columns.size() ? total_columns[t + 1]
                                                        : std::numeric_limits<int>::max();
    const auto totals = figures.find(total_column);
    if (totals != figures.end()) {
      std::vector<std::pair<std::size_t, std::vector<std::size_t>>> rows;  // the row's total and its parts
      for (const auto& [row, index] : totals->second) {
        if (!is_summable(metrics[index])) continue;
        std::vector<std::size_t> parts;
        for (auto column = figures.lower_bound(parts_from); column != figures.end() && column->first < parts_to;
             ++column) {
          if (parts_of_columns.contains(column->first)) continue;
          const auto cell = column->second.find(row);
          if (cell != column->second.end() && is_summable(metrics[cell->second])) parts.push_back(cell->second);
        }
        if (parts.size() >= 2) rows.emplace_back(index, std::move(parts));
      }
      // Set first, a 合计 column has no right end of its parts but the next 合计: a column of another quantity after
      // them (已结案 beside 一般程序 | 简易程序) would be summed too. Its columns are its parts only when they add up
      // to it in most rows, two at least; then a row that does not is a slip.
      if (first) {
        const auto adds_up = [&](const auto& entry) {
          double sum = 0;
          for (const std::size_t p : entry.second) sum += metrics[p].value;
          return std::abs(sum - metrics[entry.first].value) < 1e-6 * std::max(1.0, std::abs(sum));
        };
        const auto agreeing = static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), adds_up));
        if (agreeing < 2 || 2 * agreeing < rows.size()) rows.clear();
      }
      for (auto& [index, parts] : rows) {
        if (metrics[index].role == role::total) {
          // The corner of a 合计 row and a 合计 column, already the total of its column: the 合计 row's figures,
          // each the total of its own column, are no more parts of it (summed with the column's, the corner would
          // count every cell twice); they name it so that the overview adds the corner alone.
          for (const std::size_t p : parts) {
            if (metrics[p].role == role::total && metrics[p].unit == metrics[index].unit)
              metrics[p].of = metrics[index].id;
          }
          continue;
        }
        link_parts(metrics, parts, metrics[index], 0);
      }
    }
    from = total_column + 1;
  }
}

// A cell opening with 其中 between two figures of a row (律师（人） | 46 | 其中女律师 | 18): the figure after it is a
// part of the figure before it, as 其中 makes it in a sentence, alone as a highlighted group may be.
void link_breakdowns_in_rows(std::vector<Metric>& metrics, const std::map<int, std::map<int, std::size_t>>& figures,
                             const std::map<int, std::map<int, std::u32string>>& words) {
  for (const auto& [column, by_row] : words) {
    for (const auto& [row, cell] : by_row) {
      if (!cell.starts_with(U"其中")) continue;
      const auto total = figure_at(figures, column - 1, row);
      const auto part = figure_at(figures, column + 1, row);
      if (!total || !part || metrics[*part].unit != metrics[*total].unit) continue;
      const Period period = period_summed(metrics[*total]);
      if (period == Period::none || period_summed(metrics[*part]) != period) continue;
      if (period == Period::current) {
        metrics[*part].role = role::part;
        metrics[*total].role = role::total;
      }
      metrics[*part].of = metrics[*total].id;
    }
  }
}

// Columns of the men and the women of the count left of them (项目 | 人数 | 男 | 女): in each row, the two halves are
// the parts of that count.
void link_halves_of_rows(std::vector<Metric>& metrics, const std::map<int, std::map<int, std::size_t>>& figures,
                         const std::map<int, std::map<int, std::u32string>>& words) {
  const auto headers = lowest_headers(figures, words);
  const auto header_of = [&](int column) {
    const auto found = headers.find(column);
    return found == headers.end() ? std::u32string() : found->second;
  };
  const auto halves = [](std::u32string_view first, std::u32string_view second) {
    const auto male = [](std::u32string_view h) { return h == U"男" || h == U"男性"; };
    const auto female = [](std::u32string_view h) { return h == U"女" || h == U"女性"; };
    return (male(first) && female(second)) || (female(first) && male(second));
  };
  for (const auto& [column, header] : headers) {
    if (!halves(header, header_of(column + 1)) || !figures.contains(column - 1)) continue;
    for (const auto& [row, total] : figures.at(column - 1)) {
      const auto first = figure_at(figures, column, row);
      const auto second = figure_at(figures, column + 1, row);
      if (first && second) link_parts(metrics, {*first, *second}, metrics[total], 0);
    }
  }
}

}  // namespace

bool heads_a_total(std::u32string_view header) {
  const std::u32string words = words_of(header);
  return names_a_total(std::u32string_view(words).substr(0, words.find_first_of(U"（(")));
}

void link_table_totals(std::vector<Metric>& metrics, const std::vector<Block>& blocks, std::u32string_view text) {
  // Cell of each figure read in a table: metrics and cells both start where the cell does.
  std::map<std::size_t, std::size_t> metric_at;  // start → index
  for (std::size_t i = 0; i < metrics.size(); ++i) metric_at.emplace(metrics[i].start, i);
  // Per table and column, the figures by row; per table and row, column 0's words and how many cells it has.
  std::map<int, std::map<int, std::map<int, std::size_t>>> figures;  // table → column → row → metric
  std::map<std::pair<int, int>, std::u32string> row_header;
  std::map<std::pair<int, int>, std::u32string> second_cell;
  std::map<int, std::map<int, int>> cells_in_row;              // table → row → cells
  std::map<int, std::map<int, int>> last_column;               // table → row → its last cell's column
  std::map<int, std::set<std::pair<int, int>>> nesting_cells;  // table → (row, column) of 其中, 含 or 小计 cells
  std::map<int, std::map<int, std::set<int>>> placeholders;  // table → column → rows whose cell says none (—, /)
  std::map<int, std::map<int, std::map<int, std::u32string>>> words_at;  // table → column → row → words
  for (const Block& block : blocks) {
    if (block.kind != BlockKind::table_cell || !block.table || !block.row || !block.column) continue;
    const int table = *block.table;
    ++cells_in_row[table][*block.row];
    last_column[table][*block.row] = std::max(last_column[table][*block.row], *block.column);
    const std::u32string words = words_of(text.substr(block.start, block.end - block.start));
    // In any column: a 小计 in the second column under merged categories nests as much as one in the first.
    if (nests_rows(words)) nesting_cells[table].insert({*block.row, *block.column});
    if (*block.column == 0) row_header[{table, *block.row}] = words;
    if (*block.column == 1) second_cell[{table, *block.row}] = words;
    if (says_none(words)) placeholders[table][*block.column].insert(*block.row);
    words_at[table][*block.column][*block.row] = words;
    const auto found = metric_at.find(block.start);
    // The first column is the rows' labels, unless its cell is a figure and nothing else (a row of figures under a
    // header spanning the first column: 警告 | 罚款 | … | 合计 over 36 | 1247 | … | 1298).
    if (found == metric_at.end() || metrics[found->second].end != block.end) continue;
    figures[table][*block.column][*block.row] = found->second;
  }
  // A row whose first cell is a serial number, or is left blank under one (a 合计 row of a 序号 table), is headed
  // by its second cell. A blank first cell under words is a category merged down: the row has no header of its own.
  std::map<std::pair<int, int>, std::u32string> header_after_serial;
  for (const auto& [at, words] : second_cell) {
    const auto first = row_header.find(at);
    const auto above = row_header.find({at.first, at.second - 1});
    const bool serial = first != row_header.end() ? is_serial_number(first->second)
                                                  : above != row_header.end() && is_serial_number(above->second);
    if (serial) header_after_serial[at] = words;
  }
  for (const auto& [at, words] : header_after_serial) row_header[at] = words;
  for (const auto& [table, columns] : figures) {
    link_breakdowns_in_rows(metrics, columns, words_at[table]);
    const int header_end = first_figure_row(columns);
    const auto sub_rows = sub_rows_of(words_at[table], header_end);
    std::map<int, int> first_figure_columns;  // by row: the column of its first figure
    for (const auto& [column, by_row] : columns) {
      for (const auto& [row, index] : by_row) first_figure_columns.emplace(row, column);
    }
    const auto first_figure_column = [&](int row) {
      const auto found = first_figure_columns.find(row);
      return found == first_figure_columns.end() ? std::numeric_limits<int>::max() : found->second;
    };
    // The rows a 小计 closes (its label left of the row's figures: 小计, 乡镇小计, or 小计 in the second column under
    // a category merged down), and likewise a category's own 合计 in that second column.
    std::set<int> subtotal_rows;
    for (const auto& [column, by_row] : words_at[table]) {
      for (auto cell = by_row.lower_bound(header_end); cell != by_row.end(); ++cell) {
        const auto header = row_header.find({table, cell->first});
        const bool own_total =
            column > 0 && heads_a_total(cell->second) && (header == row_header.end() || !heads_a_total(header->second));
        if ((heads_a_subtotal(cell->second) || own_total) && column < first_figure_column(cell->first)) {
          subtotal_rows.insert(cell->first);
        }
      }
    }
    // A 其中/含 cell that labels no row and heads no column (a cell between figures), or a 小计 cell that closes no
    // group: the rows no longer add up as one listing.
    const bool nested = std::any_of(nesting_cells[table].begin(), nesting_cells[table].end(), [&](const auto& cell) {
      if (cell.first < header_end || subtotal_rows.contains(cell.first)) return false;
      const auto label = sub_rows.find(cell.first);
      return label == sub_rows.end() || label->second != cell.second;
    });
    const auto parts_of_columns = part_columns(columns, words_at[table]);
    std::set<int> rows_of_totals = subtotal_rows;
    for (auto header = row_header.lower_bound({table, 0}); header != row_header.lower_bound({table + 1, 0}); ++header) {
      if (heads_a_total(header->second)) rows_of_totals.insert(header->first.second);
    }
    link_part_columns(metrics, columns, parts_of_columns, rows_of_totals);
    if (nested) continue;
    const auto unclear_rows = rows_after_sub_rows(words_at[table], sub_rows);
    const auto row_labels = labels_of_rows(words_at[table]);
    // The last row a 合计 or 小计 heads: a row above it has a total below it to decide how the rows add up.
    const int last_total_row = rows_of_totals.empty() ? -1 : *rows_of_totals.rbegin();
    const auto totals_after = [&](int row) { return last_total_row > row; };
    // The cell count most rows have: a total row with fewer cells spans columns (colspan), which a reader may not
    // report as grid columns, so its figures' columns cannot be trusted.
    std::map<int, int> rows_with_count;
    for (const auto& [row, count] : cells_in_row[table]) ++rows_with_count[count];
    const int usual_cells =
        std::max_element(rows_with_count.begin(), rows_with_count.end(), [](const auto& a, const auto& b) {
          return a.second < b.second;
        })->first;
    // Unless its last cell stands in the usual rows' last column: then the reader gave grid columns (a DOCX
    // gridSpan), and the columns are the usual rows'.
    int usual_last_column = 0;
    for (const auto& [row, count] : cells_in_row[table]) {
      if (count == usual_cells) usual_last_column = std::max(usual_last_column, last_column[table][row]);
    }
    for (const auto& [column, by_row] : columns) {
      const std::set<int>& empty_rows = placeholders[table][column];
      // One pass down the column: the figures since the last total are the parts of the next. A total right
      // under the header (合计 first, as statistics forms set it) takes the figures below it. A 小计 closes the
      // group of rows above it, or opens the group below it when it comes first (a form's 小计 under its category),
      // and the 合计 adds up the 小计s and the rows of no group.
      std::vector<std::size_t> parts;
      std::vector<std::size_t> group;  // the rows since the last 小计 or 合计
      std::vector<std::size_t> plain;  // every row since the last 合计, 小计s aside
      bool subtotals_seen = false;     // since the last 合计
      bool subtotal_first = false;     // its first 小计 came before its group (a form's 小计 under its category)
      std::optional<std::size_t> open_subtotal;
      int group_boundary = -1;
      bool broken = false;  // a 小计 without a figure to stand for its rows: the 合计 cannot be checked
      std::map<std::size_t, int> row_of;  // figure → its row
      for (const auto& [row, index] : by_row) row_of.emplace(index, row);
      std::optional<std::size_t> total_above;
      int boundary = -1;  // the row of the last total
      // The figure of the last row of the sum and the figures of the 其中 rows right under it.
      std::optional<std::pair<int, std::size_t>> parent;
      std::vector<std::pair<int, std::size_t>> under_parent;
      const auto link_under_parent = [&] {
        // One 其中 row is a highlighted group of the row above; several pick out groups of it, which together
        // cannot exceed it either (part-exceeds-total reads no incomplete listing into a table's sub-rows).
        if (parent) {
          for (const auto& [row, index] : under_parent) link_sub_row(metrics, index, parent->second);
        }
        parent.reset();
        under_parent.clear();
      };
      const auto empty_between = [&](int from, int to) {
        return static_cast<std::size_t>(std::distance(empty_rows.upper_bound(from), empty_rows.lower_bound(to)));
      };
      // The table's counts by row, named here: a lambda may not capture the structured binding `table` (C++20).
      auto& cells_by_row = cells_in_row[table];
      auto& last_column_by_row = last_column[table];
      const auto on_the_grid = [&](int row) {
        return cells_by_row[row] == usual_cells || last_column_by_row[row] == usual_last_column;
      };
      const auto link_group = [&](std::size_t subtotal, int row) {
        if (links_under_unclear_rows(metrics, group, metrics[subtotal], row_of, unclear_rows)) {
          link_parts(metrics, group, metrics[subtotal], empty_between(group_boundary, row));
        }
      };
      // Ends the group in progress: its 小计 above takes it, or its rows count for the 合计 themselves.
      const auto close_group = [&](int row) {
        if (open_subtotal) {
          link_group(*open_subtotal, row);
        } else {
          parts.insert(parts.end(), group.begin(), group.end());
        }
        open_subtotal.reset();
        group.clear();
        group_boundary = row;
      };
      std::set<int> rows_down;
      for (const auto& [row, index] : by_row) rows_down.insert(row);
      // A 小计 row without a figure in this column still ends its group.
      rows_down.insert(subtotal_rows.begin(), subtotal_rows.end());
      for (const int row : rows_down) {
        const auto found = by_row.find(row);
        if (subtotal_rows.contains(row)) {
          link_under_parent();
          const bool usable = found != by_row.end() && on_the_grid(row) && is_summable(metrics[found->second]);
          if (!subtotals_seen) {
            subtotal_first = group.empty();
            subtotals_seen = true;
          }
          if (subtotal_first) {
            close_group(row);
            if (usable) open_subtotal = found->second;
          } else if (usable) {
            link_group(found->second, row);
            group.clear();
            group_boundary = row;
          }
          if (usable) {
            parts.push_back(found->second);
          } else {
            broken = true;
            group.clear();
            group_boundary = row;
          }
          continue;
        }
        if (found == by_row.end()) continue;
        const std::size_t index = found->second;
        Metric& figure = metrics[index];
        // A row that may continue the 其中 rows and names a kind of the same breakdown (其中：维持 | 撤销) is one of
        // them, when no total below decides how the rows add up.
        const bool continues_sub_rows = [&] {
          const auto run = unclear_rows.find(row);
          if (run == unclear_rows.end() || !parent || under_parent.empty() || totals_after(row)) return false;
          const auto labels = row_labels.find(row);
          const auto first = row_labels.find(run->second);
          if (labels == row_labels.end() || first == row_labels.end()) return false;
          const int family = kind_family(first->second.second);
          return family >= 0 && kind_family(labels->second.second) == family;
        }();
        if (continues_sub_rows) {
          under_parent.emplace_back(row, index);
          continue;
        }
        if (sub_rows.contains(row)) {
          // Only right under its row: every row between them a sub-row too.
          const bool right_under = parent && std::distance(sub_rows.upper_bound(parent->first),
                                                           sub_rows.lower_bound(row)) == row - parent->first - 1;
          if (right_under) under_parent.emplace_back(row, index);
          continue;
        }
        const auto header = row_header.find({table, row});
        if (header == row_header.end() || !heads_a_total(header->second)) {
          if (is_summable(figure)) {
            group.push_back(index);
            plain.push_back(index);
          }
          link_under_parent();
          parent.emplace(row, index);
          continue;
        }
        link_under_parent();
        const bool no_subtotals = !subtotals_seen;
        close_group(row);
        // A 合计 that adds up the rows themselves while a 小计 does not add up its group: the slip is the 小计's.
        const bool adds_up_the_rows = !no_subtotals && [&] {
          double sum = 0;
          for (const std::size_t p : plain) {
            if (metrics[p].unit == figure.unit &&
                (metrics[p].role == role::previous) == (figure.role == role::previous)) {
              sum += metrics[p].value;
            }
          }
          return std::abs(sum - figure.value) <= 1e-9 * std::max(1.0, std::abs(figure.value)) &&
                 !some_reading_adds_up(metrics, parts, figure, row_of, unclear_rows, true);
        }();
        const bool usable = on_the_grid(row) && is_summable(figure) && !broken && !adds_up_the_rows;
        const bool first_row =
            no_subtotals && parts.empty() && boundary < 0 && empty_rows.lower_bound(0) == empty_rows.lower_bound(row);
        if (usable && first_row) {
          total_above = index;
        } else if (usable && links_under_unclear_rows(metrics, parts, figure, row_of, unclear_rows)) {
          // The rows between the last total and this one, each a figure or a cell that says none: a total may
          // have a single part when the other rows have nothing (镇政府 1 | 执法队 — | 合计 1).
          link_parts(metrics, parts, figure, no_subtotals ? empty_between(boundary, row) : 0);
        }
        parts.clear();
        plain.clear();
        boundary = row;
        subtotals_seen = false;
        broken = false;
      }
      link_under_parent();
      close_group(std::numeric_limits<int>::max());
      if (total_above && !broken &&
          links_under_unclear_rows(metrics, parts, metrics[*total_above], row_of, unclear_rows)) {
        link_parts(metrics, parts, metrics[*total_above], 0);
      }
    }
    link_row_totals(metrics, figures[table], words_at[table], parts_of_columns);
    link_halves_of_rows(metrics, figures[table], words_at[table]);
  }
}

}  // namespace docpipe::metrics
