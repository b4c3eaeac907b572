// Rows of a page that read as one line however far apart their words stand. Office software spreads the characters
// of a line in three ways that the cell gaps of a table (cell_gaps.hpp) must not take for columns:
// - a document grid (Word's w:docGrid linesAndChars, WPS's 文档网格) prints some half an em between every Chinese
//   character of every line;
// - a justified line ended by a manual line break, and a line set 分散对齐 (a signature, a red-head's spread
//   organ name), spreads its characters over the whole column: gaps of one or two ems;
// - automatic numbering prints a list label, then a tab to the heading's text (1. ⇥ 审查规范性文件。).
// A spread line is told by its own spacing: its words are single characters, apart by much the same gap. A gap
// well wider than that spacing (a date set right of a signature) still parts it.
#pragma once

#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::pdf {

// How a row of words (left to right, one visual row) spaces its characters.
struct RowSpacing {
  bool spread = false;     // letter-spaced or stretched: single characters, evenly apart
  double typical_gap = 0;  // the gap between two of its characters, when spread
  double line_height = 0;  // its tallest word's height
};

// Where a page's text runs: the left and right edges of its lines (the lower tenth of their left edges, the upper
// tenth of their right edges).
struct ColumnEdges {
  double left = 0, right = 0;
};
ColumnEdges column_edges(const std::vector<std::vector<layout::Word>>& rows);

// A row spread whatever its spacing when it fills the column from edge to edge and spaces every character alike (a
// justified line of a few characters, 法 ⋯ 建 ⋯ 筑; two characters set 分散对齐, 附 ⋯ 件); else only when its spacing
// is at most three line heights, wider being a table's columns.
RowSpacing spacing_of(const std::vector<layout::Word>& row, const ColumnEdges* column = nullptr);

// Whether a gap of `width` between two words of a spread row parts it: wider than its characters' spacing by half
// as much again and by half a line at least.
bool parts_a_spread_row(double width, const RowSpacing& spacing);

// Whether a spread row opens with a row number (digits, set in the Latin font: no character of the spread) apart from
// the character after it by more than the row's own spacing: a table's serial cell beside a label its row spreads,
// which only the columns of the rows around can tell from a figure opening a line of prose (2025 年…).
bool opens_with_a_row_number(const std::vector<layout::Word>& row, const RowSpacing& spacing);

// A list label that opens a row (1.  1、  1）  (1)  （一）  一、  ①, a bullet ●) joined to the word after it, whatever
// tab stands between them, when the rest of the row is one line of text: the label's own box (a Latin font's, shorter
// than the Chinese beside it) made the tab read as a table's cell gap, and the heading lost its number.
void join_list_label(std::vector<layout::Word>& row);

}  // namespace docpipe::pdf
