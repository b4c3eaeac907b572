// Tables pasted into a text file from Word or Excel keep their cells apart with tabs (and those laid out with
// spaces get them in space_tables.hpp): the SDK's judgement (docpipe/tab_tables.hpp) finds their rows, and each
// cell becomes a line of its own with its place in the table.
#pragma once

#include <string_view>
#include <vector>

#include "docpipe/layers.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "hard_wraps.hpp"

namespace docpipe::txt {

struct LinePieces {
  std::vector<std::string_view> texts;  // the lines, with a table row's cells in place of the row
  std::vector<Block> hints;             // the same length: a table cell's table, row and column
};

LinePieces split_tab_tables(const std::vector<SourceLine>& source);

// A hard-wrapped file's paragraphs (taken from `reflowed`) with each row's cells in place of the row: reflow_hard_wraps
// joins no row to its neighbours, so a paragraph that is a row's line alone is the row. `rows` are the lines judged, a
// space-aligned row in its tab-separated form (space_tables.hpp); `source` the lines as the file holds them.
std::vector<SourceParagraph> split_reflowed_tab_tables(Reflowed& reflowed, const std::vector<SourceLine>& rows,
                                                       const std::vector<SourceLine>& source);

}  // namespace docpipe::txt
