// Tables on fixed-layout pages, recognised from where their text sits. A PDF's text layer has no table: poppler
// gives words and their boxes, and the ruled lines of a table are drawings it does not report. What is left is
// alignment: the row assembly (line_assembly.hpp) already parts a row's cells at gaps no prose leaves, and a
// table is a run of two or more such rows whose pieces fall into the same two or more column bands.
//
// Found tables become table cells with their row and column, as the DOCX reader gives them, so analysis.metrics
// reads a PDF's table as it reads a Word table (docs/input-formats.md).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::pdf {

struct LaidOutCell {
  int row = 0;     // 0-based, a repeated header row skipped
  int column = 0;  // 0-based: the column band, left to right
  int page = 0;    // where its row starts
  std::string text;
  // A note spanning the table's width between its rows (备注：本表含上年结转2件): no cell of the table but a paragraph
  // of the text between its rows, its figures read as the text's; its row and column mean nothing (input.pdf and
  // input.ofd give it a paragraph's hints).
  bool note = false;
};

struct LineSpan {
  std::size_t begin = 0, end = 0;  // lines [begin, end)
};

struct LaidOutTable {
  // The lines it takes, a repeated header included: one span, or one per page where lines that are not the
  // table's (a running header) stand between its rows at the top of a page.
  std::vector<LineSpan> spans;
  std::vector<LaidOutCell> cells;  // row by row, left to right; no empty cells
};

// The tables among `lines` (a document's body lines in reading order, page after page, each row's cells lines of
// their own), in order and without overlap. Cost linear in the lines.
std::vector<LaidOutTable> find_tables(const std::vector<layout::Line>& lines);

}  // namespace docpipe::pdf
