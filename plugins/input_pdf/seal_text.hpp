// An electronic seal set as text: its issuer's name runs round a circle, each glyph turned to follow it, with a star
// and a word such as 专用章 inside. Read as words, its characters scatter through the lines they cross, the
// signature and its date above all (梅坞县桃源镇人民政府县 / 民 / 坞 / ★ / 2025年1月16日梅). Glyphs turned off the
// horizontal are set aside before the lines are built, as input.ofd sets aside text drawn turned.
#pragma once

#include <string>
#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::pdf {

// Removes from a page the words of a seal set as text: where three or more single glyphs are turned (`quarter_turns`,
// parallel to `words`: 0 upright, 1 to 3 a quarter turn or more) and not all the same way (a ring's two sides face
// opposite ways), the turned words inside their circle and the short words there in a type size other than the
// page's text: the glyphs turned less than 45°, which poppler counts as upright, and the seal's star and inner word.
// Returns what it removed, one string per page, in the order of the words. Text turned one way only (a table's
// vertical headers, a page number or a running title set sideways) stays, and so does a page mostly turned.
std::vector<std::string> take_turned_text(std::vector<layout::Word>& words, const std::vector<int>& quarter_turns);

}  // namespace docpipe::pdf
