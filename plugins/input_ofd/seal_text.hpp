// An electronic seal drawn as text on an OFD page: its issuer's name runs round a circle, each glyph a TextObject
// turned to follow it (set aside as turned text), with the glyph at the top of the arc upright and a word such as
// 专用章 or a ★ level inside. Read as words, those level glyphs split the signature's paragraph (桐林镇人民政府 / 人 /
// 2025年…) or become a line of their own (法治专用章). The judgement is input.pdf's (seal_text.cpp), made again on
// OFD's objects: the idea is shared, not the code.
#pragma once

#include <string>
#include <vector>

#include "docpipe/line_assembly.hpp"
#include "page_content.hpp"

namespace docpipe::ofd {

// Takes out of a page's `words` the level words of a seal drawn as text, and returns them joined ("" when none):
// where three or more single glyphs are turned and not all the same way (a ring's two sides face opposite ways),
// the short words (at most 8 characters) inside the ring they draw whose type height is more than a tenth off the
// page's text. Glyphs a few of their heights apart draw one ring, so two seals side by side (a joint report of two
// organs) are two rings, each cleared as one is. The signature under the seal, set in the text's own type, stays;
// so does everything when the turned glyphs draw no seal-sized ring (a table's vertical headers turn one way).
std::string take_seal_text(std::vector<layout::Word>& words, const std::vector<TurnedGlyph>& turned);

}  // namespace docpipe::ofd
