// A table of figures that reached a text file without tabs — `pdftotext -layout`'s copy of a PDF, a clerk's copy
// of a Word table, or one typed with spaces — keeps its cells apart with runs of spaces, its columns lined up on
// the page (a Chinese character two columns wide). Such rows are rewritten here with a tab between their columns,
// so the SDK's tab rule (docpipe/tab_tables.hpp) reads them as it reads a table pasted with tabs: the same
// table-cell blocks, rows, columns and header rows. Only input.txt needs it: input.pdf and input.ofd place text
// by its position, and a word processor's paragraph typed with spaces in a proportional font lines up nothing.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "hard_wraps.hpp"

namespace docpipe::txt {

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
