// The blocks of a body laid out in pages (a PDF's, a scanned image's): its tables' cells (table_layout.hpp) where the
// tables stand, and the paragraphs of the text around them (paragraph_assembly.hpp), in reading order.
#pragma once

#include <vector>

#include "docpipe/line_assembly.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "table_layout.hpp"

namespace docpipe::pdf {

// `body`: the document's lines without page furniture, page after page. Each paragraph and each table cell is
// one source paragraph; a cell carries its table, row, column and page, a paragraph its page.
std::vector<SourceParagraph> body_blocks(const std::vector<layout::Line>& body);

// Appends the lines of a table's `span` of `body` joined into one line per row (pieces whose heights overlap on one
// page), as a laid-out table's rows are measured with the prose: its narrow columns must not set the right margin.
void add_table_rows(const std::vector<layout::Line>& body, const LineSpan& span, std::vector<layout::Line>& out);

}  // namespace docpipe::pdf
