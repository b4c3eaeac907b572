// A table of figures that reached a text file without tabs — `pdftotext -layout`'s copy of a PDF, a clerk's copy
// of a Word table, or one typed with spaces — keeps its cells apart with runs of spaces, its columns lined up on
// the page (a Chinese character two columns wide). Such rows are rewritten here with a tab between their columns,
// so the SDK's tab rule (docpipe/tab_tables.hpp) reads them as it reads a table pasted with tabs: the same
// table-cell blocks, rows, columns and header rows. Only input.txt needs it: input.pdf and input.ofd place text
// by its position, and a word processor's paragraph typed with spaces in a proportional font lines up nothing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "hard_wraps.hpp"

namespace docpipe::txt {

// A figure as a table's cell writes it: 45, +7, -3, 1,268, 684.3, 98.7%, 12件, 3.5万元 — not a date nor a year
// (2024年), which name a column or a day. Shared with the bar rule (bar_tables.hpp).
bool is_figure(std::u32string_view cell);

// A colon outside brackets: a label before its value (联系人：王明, 索引号：…), which a portal's record table and a
// contact line write and a table of figures does not; `（单位：件）` in a header keeps its colon inside.
bool holds_a_label(std::u32string_view cell);

// A row found: the index of its line, and its cells parted by tabs, one field per column from the table's
// first (an empty field for a column the row leaves empty).
struct SpaceRow {
  std::size_t line = 0;
  std::string cells;
};

// The rows of every run of two or more lines whose fields, parted by runs of two or more spaces (ASCII or
// ideographic), line up in columns and hold figures. A title or a heading spread by spaces, a signature, an
// indented or justified paragraph, a contact line and a portal's record table (label：value) are no rows.
std::vector<SpaceRow> find_space_rows(const std::vector<SourceLine>& lines);

// The lines with each space-aligned row replaced by its tab-separated form; `rows` holds the text they view.
struct LinesWithTabRows {
  std::vector<std::string> rows;
  std::vector<SourceLine> lines;
};

LinesWithTabRows with_space_rows_as_tabs(const std::vector<SourceLine>& source);

}  // namespace docpipe::txt
