#include "table_headers.hpp"

#include <algorithm>

namespace docpipe::metrics {

bool says_none(std::u32string_view cell) {
  constexpr std::u32string_view kSpaces = U" \u3000";
  const auto first = cell.find_first_not_of(kSpaces);
  if (first == std::u32string_view::npos) return false;
  cell = cell.substr(first, cell.find_last_not_of(kSpaces) + 1 - first);
  return cell == U"无" || cell.find_first_not_of(U"—–―-－−/／\\×") == std::u32string_view::npos;
}

bool is_serial_number(std::u32string_view cell) {
  if (cell.ends_with(U".") || cell.ends_with(U"．") || cell.ends_with(U"、")) cell.remove_suffix(1);
  return !cell.empty() && cell.size() <= 3 &&
         std::all_of(cell.begin(), cell.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

namespace {

bool is_number(std::u32string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char32_t c) {
    return (c >= U'0' && c <= U'9') || c == U'.' || c == U',' || c == U'%' || c == U'％' || c == U'-' || c == U'+';
  });
}

// 案件数（件） → 案件数 and （件）; a title without a closing bracket is all name.
std::pair<std::u32string, std::u32string> name_and_bracket(const std::u32string& title) {
  if (title.empty() || (title.back() != U'）' && title.back() != U')')) return {title, {}};
  const auto open = title.find_last_of(U"（(");
  if (open == std::u32string::npos) return {title, {}};
  return {title.substr(0, open), title.substr(open)};
}

// Whether the table's first column holds figures under a header of two levels: the top cell over it spans the
// columns right of it (行政处罚实施数量（宗） over 警告 | 罚款 | … | 合计（宗）), as the national statistics forms set
// their one row of figures, with no column of row labels.
bool spans_from_the_first_column(const std::function<std::u32string(int, int)>& cell, int header_row, int columns) {
  const std::u32string below = cell(header_row + 1, 0);
  return columns > 2 && !cell(header_row, 0).empty() && cell(header_row, 1).empty() && !below.empty() &&
         !is_number(below) && !says_none(below);
}

// A second header row: its label cell is merged down from the row above (empty), or divides a cell spanning from
// the first column, it has words under a column of the row above and no figure, and the row above leaves a column
// empty for a cell spanning it.
bool second_header_row(const std::function<std::u32string(int, int)>& cell, int header_row, int columns) {
  const int below = header_row + 1;
  if (!cell(below, 0).empty() && !spans_from_the_first_column(cell, header_row, columns)) return false;
  bool words = false, spanned = false;
  for (int column = 1; column < columns; ++column) {
    const std::u32string text = cell(below, column);
    if (is_number(text)) return false;
    words = words || !text.empty();
    spanned = spanned || (cell(header_row, column).empty() && !text.empty() && !cell(header_row, column - 1).empty());
  }
  return words && spanned;
}

}  // namespace

ColumnHeaders column_headers(const std::function<std::u32string(int, int)>& cell, int header_row, int columns) {
  ColumnHeaders headers;
  headers.last_row = header_row;
  if (!second_header_row(cell, header_row, columns)) {
    for (int column = 1; column < columns; ++column) headers.titles[column] = cell(header_row, column);
    return headers;
  }
  headers.last_row = header_row + 1;
  std::u32string spanning;
  // The first column is titled too when the spanning cell covers it: its figures have no row label to name them.
  const int first = spans_from_the_first_column(cell, header_row, columns) ? 0 : 1;
  for (int column = first; column < columns; ++column) {
    if (const std::u32string top = cell(header_row, column); !top.empty()) spanning = top;
    const std::u32string sub = cell(header_row + 1, column);
    if (sub.empty()) {
      headers.titles[column] = spanning;  // a column merged down through both rows
      continue;
    }
    // The unit is the lower cell's own if it names one, else the spanning cell's.
    const auto [top_name, top_bracket] = name_and_bracket(spanning);
    const auto [sub_name, sub_bracket] = name_and_bracket(sub);
    headers.titles[column] = top_name + sub_name + (sub_bracket.empty() ? top_bracket : sub_bracket);
  }
  return headers;
}

}  // namespace docpipe::metrics
