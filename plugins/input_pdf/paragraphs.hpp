// Paragraphs from the body lines of a PDF: a new paragraph where a line is indented past the left
// margin, where the line before it stopped short of the right margin, or after a vertical gap. A
// paragraph that crosses a page break stays one paragraph.
#pragma once

#include <string>
#include <vector>

#include "page_lines.hpp"

namespace docpipe::pdf {

struct Paragraph {
  int page = 0;  // where it starts
  std::string text;
};

std::vector<Paragraph> build_paragraphs(const std::vector<Line>& lines);

}  // namespace docpipe::pdf
