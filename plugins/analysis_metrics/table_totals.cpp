#include "table_totals.hpp"

#include <algorithm>
#include <map>

#include "docpipe/metric_kinds.hpp"

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

}  // namespace

void link_table_totals(std::vector<Metric>& metrics, const std::vector<Block>& blocks, std::u32string_view text) {
  // Cell of each figure read in a table: metrics and cells both start where the cell does.
  std::map<std::size_t, std::size_t> metric_at;  // start → index
  for (std::size_t i = 0; i < metrics.size(); ++i) metric_at.emplace(metrics[i].start, i);
  // Per table and column, the figures by row; per table and row, column 0's words and how many cells it has.
  std::map<int, std::map<int, std::map<int, std::size_t>>> figures;  // table → column → row → metric
  std::map<std::pair<int, int>, std::u32string> row_header;
  std::map<int, std::map<int, int>> cells_in_row;  // table → row → cells
  std::map<int, std::map<int, int>> last_column;   // table → row → its last cell's column
  std::map<int, bool> nested;
  for (const Block& block : blocks) {
    if (block.kind != BlockKind::table_cell || !block.table || !block.row || !block.column) continue;
    const int table = *block.table;
    ++cells_in_row[table][*block.row];
    last_column[table][*block.row] = std::max(last_column[table][*block.row], *block.column);
    const std::u32string words = words_of(text.substr(block.start, block.end - block.start));
    // In any column: a 小计 in the second column under merged categories nests as much as one in the first.
    nested[table] = nested[table] || nests_rows(words);
    if (*block.column == 0) row_header[{table, *block.row}] = words;
    const auto found = metric_at.find(block.start);
    if (*block.column == 0 || found == metric_at.end() || metrics[found->second].end != block.end) continue;
    figures[table][*block.column][*block.row] = found->second;
  }
  for (const auto& [table, columns] : figures) {
    if (nested[table]) continue;
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
      // One pass down the column: the figures since the last total are the parts of the next.
      std::vector<std::size_t> parts;
      for (const auto& [row, index] : by_row) {
        Metric& figure = metrics[index];
        const auto header = row_header.find({table, row});
        if (header == row_header.end() || !names_a_total(header->second)) {
          if (!is_percentage(figure) && figure.role != role::previous && figure.role != role::change &&
              figure.of.empty()) {
            parts.push_back(index);
          }
          continue;
        }
        const bool on_the_grid =
            cells_in_row[table][row] == usual_cells || last_column[table][row] == usual_last_column;
        const bool usable = on_the_grid && !is_percentage(figure) && figure.role != role::previous && figure.of.empty();
        std::vector<std::size_t> same_unit;
        for (const std::size_t p : parts) {
          if (metrics[p].unit == figure.unit) same_unit.push_back(p);
        }
        if (usable && same_unit.size() >= 2) {
          for (const std::size_t p : same_unit) {
            metrics[p].role = role::part;
            metrics[p].of = figure.id;
          }
          figure.role = role::total;
        }
        parts.clear();
      }
    }
  }
}

}  // namespace docpipe::metrics
