// The column headers of a table whose header has two levels: a cell spanning several columns
// (案件数（件）) over the cells that divide it (一般程序 | 简易程序), the row label merged down beside them
// (领域). Every column under the spanning cell takes its unit and its name, joined to its own.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace docpipe::metrics {

struct ColumnHeaders {
  int last_row = 0;                      // the header's last row: figures start below it
  std::map<int, std::u32string> titles;  // by column (from 1, or 0 under a cell spanning it): 案件数一般程序（件）
};

// A cell that says "none" (—, -, /, 无; spaces around it allowed): a figure's place in its row, never a label.
bool says_none(std::u32string_view cell);

// A 序号 column's cell: 1, 12, 3. (a number with a point after it): it numbers its row, it names nothing.
bool is_serial_number(std::u32string_view cell);

// `cell(row, column)` is a cell's text, empty for a cell that is absent (spanned or merged). One header row
// (`header_row`) gives each column its own cell as title; two rows give the combined titles. `columns` is one
// past the table's last column.
ColumnHeaders column_headers(const std::function<std::u32string(int, int)>& cell, int header_row, int columns);

}  // namespace docpipe::metrics
