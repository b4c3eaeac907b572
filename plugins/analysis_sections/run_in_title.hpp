// A report's title run into its opening paragraph, as a page flattened into one line leaves it
// (宁丰县青石镇2024年法治政府建设工作报告2024年，青石镇在县委…): where its lines end, so that the title is found as it
// is on a line of its own.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace docpipe::sections {

// Where each line after the first of a title run into the start of `paragraph` starts, and last where the body
// starts; empty when the paragraph opens with no such title. The title's last line names the report (报告, 总结,
// 情况) and is closed by a space where its line ended, or run straight into the body's first sentence, which opens as
// a report's opening does (a year and its comma, 一年来, 今年以来, 按照, 根据, 在县委…, 我镇…, 现将…); issuer lines
// may stand over it, each closed by a space (宁丰县青石镇人民政府 关于…的报告 2024年，…), and the letter's addressees
// and their colon may follow it with no space between (…的报告县委、县政府：2023年，…), a line of their own. A title is
// short and holds no sentence's punctuation, and a sentence about a report (现将…情况报告如下：) is none.
std::vector<std::size_t> run_in_title_lines(std::u32string_view paragraph);

}  // namespace docpipe::sections
