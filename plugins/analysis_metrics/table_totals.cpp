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
  for (const std::u32string_view total : {U"合计", U"总计", U"总数", U"共计", U"全县合计", U"全区合计", U"全市合计"}) {
    if (header == total) return true;
  }
  return false;
}

// Rows that break down the row above them (其中：…, 含…) or subtotals: the rows no longer add up as one listing.
bool nests_rows(std::u32string_view header) {
  return header.starts_with(U"其中") || header.starts_with(U"含") || header.starts_with(U"小计");
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
std::map<int, std::pair<int, std::u32string>> row_labels(const std::map<int, std::map<int, std::u32string>>& words) {
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

// The rows a 其中/含 label makes parts of the row above (市场监管 24 | 其中：食品安全 9), with their label's column.
std::map<int, int> sub_rows_of(const std::map<int, std::map<int, std::u32string>>& words) {
  std::map<int, int> sub_rows;
  for (const auto& [row, label] : row_labels(words)) {
    if (opens_a_sub_row(label.second)) sub_rows[row] = label.first;
  }
  return sub_rows;
}

// The rows of no 其中 of its own right after 其中 rows, with nothing to tell them apart (其中：一般程序 15 | 简易程序
// 9): each may be the next sub-row, as forms indent them, or the next row of the sum. Keyed by row, the value the first
// row of the 其中 rows they follow. A serial number, a total row or another 其中 row ends such a run clearly.
std::map<int, int> rows_after_sub_rows(const std::map<int, std::map<int, std::u32string>>& words,
                                       const std::map<int, int>& sub_rows) {
  const auto labels = row_labels(words);
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
    if (!after_a_run || heads_a_total(label.second) || numbered(row)) {
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

// A 合计 column (类别 | 第一季度 … 第四季度 | 合计): in each row, its figure is the total of the row's figures left
// of it, back to the last such column. Run after the columns' totals, whose links come first: a cell is the part
// of one total only.
void link_row_totals(std::vector<Metric>& metrics, const std::map<int, std::map<int, std::size_t>>& figures,
                     const std::map<int, std::map<int, std::u32string>>& words) {
  std::vector<int> total_columns;
  for (const auto& [column, header] : lowest_headers(figures, words)) {
    if (nests_rows(header)) return;  // 其中 columns: the row's figures no longer add up as one listing
    if (heads_a_total(header)) total_columns.push_back(column);
  }
  int from = 1;
  for (const int total_column : total_columns) {
    const auto totals = figures.find(total_column);
    if (totals != figures.end()) {
      for (const auto& [row, index] : totals->second) {
        if (!is_summable(metrics[index])) continue;
        std::vector<std::size_t> parts;
        for (auto column = figures.lower_bound(from); column != figures.end() && column->first < total_column;
             ++column) {
          const auto cell = column->second.find(row);
          if (cell != column->second.end() && is_summable(metrics[cell->second])) parts.push_back(cell->second);
        }
        if (parts.size() >= 2) link_parts(metrics, parts, metrics[index], 0);
      }
    }
    from = total_column + 1;
  }
}

// The figure in `column` of `row`, if the table has one there.
std::optional<std::size_t> figure_at(const std::map<int, std::map<int, std::size_t>>& figures, int column, int row) {
  const auto in_column = figures.find(column);
  if (in_column == figures.end()) return std::nullopt;
  const auto cell = in_column->second.find(row);
  return cell == in_column->second.end() ? std::nullopt : std::optional(cell->second);
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
    if (*block.column == 0 || found == metric_at.end() || metrics[found->second].end != block.end) continue;
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
    const auto sub_rows = sub_rows_of(words_at[table]);
    // A 小计 anywhere, or a 其中/含 cell that labels no row (a column's header, a cell between figures): the rows no
    // longer add up as one listing.
    const bool nested = std::any_of(nesting_cells[table].begin(), nesting_cells[table].end(), [&](const auto& cell) {
      const auto label = sub_rows.find(cell.first);
      return label == sub_rows.end() || label->second != cell.second;
    });
    if (nested) continue;
    const auto unclear_rows = rows_after_sub_rows(words_at[table], sub_rows);
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
      // under the header (合计 first, as statistics forms set it) takes the figures below it.
      std::vector<std::size_t> parts;
      std::map<std::size_t, int> row_of;  // figure → its row
      for (const auto& [row, index] : by_row) row_of.emplace(index, row);
      std::optional<std::size_t> total_above;
      int boundary = -1;  // the row of the last total
      // The figure of the last row of the sum and the figures of the 其中 rows right under it.
      std::optional<std::pair<int, std::size_t>> parent;
      std::vector<std::pair<int, std::size_t>> under_parent;
      const auto link_under_parent = [&] {
        if (parent && under_parent.size() == 1) link_sub_row(metrics, under_parent.front().second, parent->second);
        parent.reset();
        under_parent.clear();
      };
      for (const auto& [row, index] : by_row) {
        Metric& figure = metrics[index];
        if (sub_rows.contains(row)) {
          // Only right under its row: every row between them a sub-row too.
          const bool right_under = parent && std::distance(sub_rows.upper_bound(parent->first),
                                                           sub_rows.lower_bound(row)) == row - parent->first - 1;
          if (right_under) under_parent.emplace_back(row, index);
          continue;
        }
        const auto header = row_header.find({table, row});
        if (header == row_header.end() || !heads_a_total(header->second)) {
          if (is_summable(figure)) parts.push_back(index);
          link_under_parent();
          parent.emplace(row, index);
          continue;
        }
        link_under_parent();
        const bool on_the_grid =
            cells_in_row[table][row] == usual_cells || last_column[table][row] == usual_last_column;
        const bool usable = on_the_grid && is_summable(figure);
        const bool first_row =
            parts.empty() && boundary < 0 && empty_rows.lower_bound(0) == empty_rows.lower_bound(row);
        if (usable && first_row) {
          total_above = index;
        } else if (usable && links_under_unclear_rows(metrics, parts, figure, row_of, unclear_rows)) {
          // The rows between the last total and this one, each a figure or a cell that says none: a total may
          // have a single part when the other rows have nothing (镇政府 1 | 执法队 — | 合计 1).
          const auto rows_between =
              static_cast<std::size_t>(std::distance(empty_rows.upper_bound(boundary), empty_rows.lower_bound(row)));
          link_parts(metrics, parts, figure, rows_between);
        }
        parts.clear();
        boundary = row;
      }
      link_under_parent();
      if (total_above && links_under_unclear_rows(metrics, parts, metrics[*total_above], row_of, unclear_rows)) {
        link_parts(metrics, parts, metrics[*total_above], 0);
      }
    }
    link_row_totals(metrics, figures[table], words_at[table]);
    link_halves_of_rows(metrics, figures[table], words_at[table]);
  }
}

}  // namespace docpipe::metrics
