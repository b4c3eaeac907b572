// A report's title wrapped over two or more lines of its type (二号): …年度法治政府建设情况 / 报告, or inside a word
// (…法治政府建 / 设工作情况的报告) where the first line ran out of room. Office software sets a title with generous
// line spacing (LibreOffice prints Word's 1.5 lines at 22 pt 58 pt apart), so its next line stands further below the
// first than the body's lines stand apart, and is centred: paragraph assembly takes it for a paragraph of its own, and
// the title was read in pieces. PDF and OFD pages alike.
#pragma once

#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::pdf {

// Joins into the line they continue the centred lines under a title line of the same type size among the first page's
// opening lines, each no wider than the line above it (a wrapped title's last line, a ladder's shorter foot), where
// none holds a sentence mark and only all of them together end as a title does (报告, 总结, 汇报): the issuer or the
// date under a whole title is no part of it. The first line keeps its box, so that what follows the title still
// starts a paragraph.
void join_wrapped_title_tail(std::vector<layout::Line>& body);

}  // namespace docpipe::pdf
