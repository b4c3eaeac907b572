// A table's cells set closer than the row assembly's cell gap. lines_of_page (line_assembly.hpp) parts a row at a gap
// of 1.5 line heights, which no prose leaves; a table exported with narrow columns (LibreOffice: 12 pt cells 18 pt
// apart) leaves less between its header cells, which then ran together into one line over two columns
// (村（社区）排查纠纷) and made a column band that joined the numbers of both (桥头村1 + 11 → 桥头村111). Such a
// narrower gap parts a row's cells too where it lines up with a cell gap of another row on the page: a table's column
// boundary runs down it. A table set narrow (columns fitted to what they hold) leaves no cell gap anywhere, only the
// cells' padding: such a gap parts a row where the rows around it leave one too, a column's white running down them
// (行政处罚 | 46 read 行政处罚46, 1 | 5 | 0 | 5 read 1505).
#pragma once

#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::pdf {

// A page's words as lines, as layout::lines_of_page makes them, each row also parted at gaps of more than three
// quarters of a line height that overlap a cell gap (more than 1.5 line heights) of another row of the page, and at
// gaps of more than 0.3 of a line height that gaps so wide in the rows around it overlap (into three cells or more, or
// where such rows' columns run). Two figures set apart on a line keep a space between them.
std::vector<layout::Line> lines_with_aligned_cells(std::vector<layout::Word> words, int page);

}  // namespace docpipe::pdf
