// A report's title wrapped before its last word: …年度法治政府建设情况 / 报告. Office software sets a title in 二号
// with generous line spacing (LibreOffice prints Word's 1.5 lines at 22 pt 58 pt apart), so its short last line stands
// further below the first than the body's lines stand apart, and is centred: paragraph assembly takes it for a
// paragraph of its own, and the title was read without its 报告.
#pragma once

#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::pdf {

// Joins to the line above it the short centred line under a title line of the same type size among the first page's
// opening lines, where the title line holds no sentence and only the two together end as a title does (报告, 总结,
// 汇报): the line above keeps its box, so that what follows the title still starts a paragraph.
void join_wrapped_title_tail(std::vector<layout::Line>& body);

}  // namespace docpipe::pdf
