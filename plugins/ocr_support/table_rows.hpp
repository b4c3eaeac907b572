// Tables on a scanned page, told from where Tesseract's words sit. OCR gives a page's text lines and the boxes of
// their words, and a table's rows come out as lines like any other (食品安全94 61.30): read as one line, a row's cells
// run together and its figures lose the units the header row gives them (案件数（件）). Where consecutive lines part
// into the same columns of figures, with a header over them, the cells of those lines become lines of their own,
// which the inputs' table layout (plugins/layout_support's table_layout.hpp) reads as a table, as it reads a text
// layer's.
#pragma once

#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::ocr {

// One text line as Tesseract found it: its words left to right, each with the line's top and bottom (y downwards).
using TextLineWords = std::vector<layout::Word>;

// Where a table row is cut into its cells: the x of each boundary between two columns, left to right. Empty for a
// line that is no table row.
using ColumnCuts = std::vector<double>;

// For each of a page's text lines, in reading order, where it is cut into cells. The rows of figures of a table are
// two or more consecutive lines parted by cell gaps (layout::kCellGapInLines) into the same number of pieces, two or
// more, each piece overlapping the one above it, and every piece after a row's first (its label) a figure or a dash
// for none; a row with a cell left empty, its pieces each over one of those columns, stays among them. The line
// right above them is their header when its words fall into the same columns, with a clear gap at every cut (its
// cells, 执法领域 | 立案数（件） | 罚没款（万元）, sit closer than the figures' and are wider), or when it parts at
// clear gaps into two cells or more over the columns, leaving some empty or spanning two (行政复议（件） over 受理 |
// 办结): such a line is cut at its own gaps, for the table layout to place each cell over the columns it spans.
// Prose never qualifies: justified Chinese leaves no cell gap, and a line set apart (a signature, a date) stands
// alone.
std::vector<ColumnCuts> table_cuts(const std::vector<TextLineWords>& lines);

// Parts a row's label from its first figure where Tesseract read the two as one word (2022年21 | 19 under 年度 |
// 立案 | 结案): the figure's digits at the word's end after a label ending in a Chinese character, in a row of
// figures, when a line near it (a row or the header) has one cell more, whose second lies over the figure. Without
// it the row has a cell too few, and its label names a figure that is not its own. Other words stay whole.
void part_labels_glued_to_figures(std::vector<TextLineWords>& lines);

// The words of `line` column by column: as many groups as `cuts` has boundaries and one more, each word in the column
// its middle falls in.
std::vector<TextLineWords> cells_of(const TextLineWords& line, const ColumnCuts& cuts);

}  // namespace docpipe::ocr
