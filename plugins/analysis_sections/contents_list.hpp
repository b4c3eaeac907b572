// A table of contents typed into the text (a TXT or web copy of a report; the word processors' inputs set theirs
// aside): the headings listed once over the report that has them, which read as headings would give every part
// twice and number each level twice over.
#pragma once

#include <string_view>
#include <vector>

namespace docpipe::sections {

// Which of `lines`, the paragraphs in order, belong to a table of contents: a heading run out to its page number by
// typed leader dots (二、存在的不足……………3) and the 目录 line over it; and under a 目录 (目次) line, the run of
// two or more short lines that end no sentence, up to the first that repeats the run's first (the body's own
// heading) or reads as body text, and, when two or more of them are repeated below, up to the last so repeated.
std::vector<bool> contents_lines(const std::vector<std::u32string_view>& lines);

}  // namespace docpipe::sections
