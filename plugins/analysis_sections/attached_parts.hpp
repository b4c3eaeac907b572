// What a report gives after its body as a text of its own: an attachment (附件：…第一责任人职责情况 over its text, or
// 附件1 over its title and text) or a second report appended after the signature. A required part may stand there
// (the leaders' part, 党政主要负责人履行推进法治建设第一责任人职责情况, is often attached): the part is then given,
// even though no section of the report's own tree is classified as it.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace docpipe::sections {

// The titles of the texts attached to a report, by line (a paragraph each): the words of a 附件 line after its
// label (附件：, 附件2：, a list number 1.), or the line under a bare label (附件, 附件1), or a line right after a
// signature (an issuer over a date) that reads as a report's title; a title set on two lines, the organ or the
// person reporting over a 关于…的报告 (中共石门镇委员会书记 / 关于2024年度履行…职责情况的报告), is the two joined.
// Only titles with text of their own below them,
// up to the next 附件 line, count: a list of attachments that only names them (附件：1.… 2.…) attaches no text.
// `opens_an_attachment[i]` tells whether line i is a 附件 line that sets attachments aside (not a cover letter's).
std::vector<std::u32string> attached_titles(std::span<const std::u32string_view> lines,
                                            const std::vector<bool>& opens_an_attachment);

}  // namespace docpipe::sections
