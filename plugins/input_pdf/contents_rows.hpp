// A table of contents printed to PDF. Word, WPS and LibreOffice print a contents entry's leader tab as a row of dots
// (一、主要举措和成效……………1): read as text, the entries ran together into one paragraph under 目录, each heading was a
// section twice and its page number a figure. The entries are set aside, as input.docx and input.doc set aside the
// paragraphs of a table of contents, by the judgement they share (docpipe/contents_lines.hpp).
#pragma once

#include <string>
#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::pdf {

// Removes from the body's lines the rows of a table of contents and returns their text, one entry a string: a row
// that runs out to its page number by three leader characters or more (its pieces, where a gap parted it, read as
// one), the first line of an entry wrapped before its leader when it follows another entry or the 目录 line, and the
// 目录 (目次) line right over the first entry. A line of the report that ends in a figure has no leader before it.
std::vector<std::string> take_contents_rows(std::vector<layout::Line>& body);

}  // namespace docpipe::pdf
