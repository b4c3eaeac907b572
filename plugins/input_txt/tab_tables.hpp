// Tables pasted into a text file from Word or Excel keep their cells apart with tabs: the SDK's judgement
// (docpipe/tab_tables.hpp) finds their rows, and each cell becomes a line of its own with its place in the table.
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

LinePieces split_tab_tables(const std::vector<SourceLine>& source);

}  // namespace docpipe::txt
