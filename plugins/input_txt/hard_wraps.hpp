// Text copied out of a PDF keeps the PDF's line breaks: every line about as wide as the page, a sentence
// broken wherever the line ended, a page number and the running header between pages. Read line by line,
// a figure loses its unit to the next line and a rate the counts it is computed from. Such text is reflowed
// here into the paragraphs the page showed, by the rules input.pdf applies to positioned lines (a paragraph
// ends at a short line, a blank line or a heading), with the page furniture taken out first.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace docpipe::txt {

struct SourceLine {
  std::string_view text;
  bool after_blank = false;  // a blank line came before it
};

struct Reflowed {
  std::vector<std::string> paragraphs;
  std::size_t joined = 0;                                    // line breaks that were inside a paragraph
  std::vector<std::pair<std::string, std::string>> removed;  // removed.page-number / removed.running-header
};

// The paragraphs of `lines` when they are hard-wrapped, nullopt when they are not (one paragraph a line, as
// nearly every text file is): reflowing is only ever done to text that was wrapped at a fixed width.
std::optional<Reflowed> reflow_hard_wraps(const std::vector<SourceLine>& lines);

}  // namespace docpipe::txt
