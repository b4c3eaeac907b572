// Tables pasted into a text file from Word or Excel keep their cells apart with tabs. A run of such rows
// becomes table cells, one block each, as the DOCX and web readers give a table: the figures in them take
// their units and names from the row and column headers (docs/input-formats.md).
#pragma once

#include <string_view>
#include <vector>

#include "docpipe/layers.hpp"
#include "hard_wraps.hpp"

namespace docpipe::txt {

struct LinePieces {
  std::vector<std::string_view> texts;  // the lines, with a table row's cells in place of the row
  std::vector<Block> hints;             // the same length: a table cell's table, row and column
};

// Splits each run of at least two lines that hold two or more tab-separated fields into cells. Other lines,
// and a lone line with a tab (联系人：张三<TAB>电话：…), are kept whole. A row of headers (no figure in it)
// after a blank line opens a new table once the table has a row of figures, as a second table pasted under the
// first does.
LinePieces split_tab_tables(const std::vector<SourceLine>& source);

}  // namespace docpipe::txt
