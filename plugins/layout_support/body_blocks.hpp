// The blocks of a body laid out in pages (a PDF's, a scanned image's): its tables' cells (table_layout.hpp) where the
// tables stand, and the paragraphs of the text around them (paragraph_assembly.hpp), in reading order.
#pragma once

#include <vector>

#include "docpipe/line_assembly.hpp"
#include "docpipe/paragraph_intake.hpp"

namespace docpipe::pdf {

// `body`: the document's lines without page furniture, page after page. Each paragraph and each table cell is
// one source paragraph; a cell carries its table, row, column and page, a paragraph its page.
std::vector<SourceParagraph> body_blocks(const std::vector<layout::Line>& body);

}  // namespace docpipe::pdf
