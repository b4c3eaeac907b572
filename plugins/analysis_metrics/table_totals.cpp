#include "table_totals.hpp"

#include <algorithm>
#include <map>
#include <tuple>

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
  struct Cell {
    int row;
    int column;
    std::size_t metric;
  };
  std::map<int, std::vector<Cell>> figures_of_table;
  std::map<std::pair<int, int>, std::u32string> row_header;  // (table, row) → column 0's words
  std::map<int, bool> nested;
  for (const Block& block : blocks) {
    if (block.kind != BlockKind::table_cell || !block.table || !block.row || !block.column) continue;
    const auto cell = text.substr(block.start, block.end - block.start);
    if (*block.column == 0) {
      const std::u32string header = words_of(cell);
      nested[*block.table] = nested[*block.table] || nests_rows(header);
      row_header[{*block.table, *block.row}] = header;
      continue;
    }
    const auto found = metric_at.find(block.start);
    if (found == metric_at.end() || metrics[found->second].end != block.end) continue;
    figures_of_table[*block.table].push_back({*block.row, *block.column, found->second});
  }
  for (auto& [table, figures] : figures_of_table) {
    if (nested[table]) continue;
    for (const Cell& total_cell : figures) {
      const auto header = row_header.find({table, total_cell.row});
      if (header == row_header.end() || !names_a_total(header->second)) continue;
      Metric& total = metrics[total_cell.metric];
      if (is_percentage(total) || total.role == role::previous || !total.of.empty()) continue;
      std::vector<std::size_t> parts;
      for (const Cell& cell : figures) {
        const Metric& part = metrics[cell.metric];
        if (cell.column != total_cell.column || cell.row >= total_cell.row || part.unit != total.unit ||
            part.role == role::previous || part.role == role::change || !part.of.empty()) {
          continue;
        }
        const auto above = row_header.find({table, cell.row});
        if (above != row_header.end() && names_a_total(above->second)) continue;
        parts.push_back(cell.metric);
      }
      if (parts.size() < 2) continue;
      for (const std::size_t p : parts) {
        metrics[p].role = role::part;
        metrics[p].of = total.id;
      }
      total.role = role::total;
    }
  }
}

}  // namespace docpipe::metrics
