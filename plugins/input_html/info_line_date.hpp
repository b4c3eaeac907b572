// A portal's info line may give the page's date with no label of its own: after the source (河口镇 · 2024-01-21,
// 来源：河口镇 | 2024.01.21), in brackets (【2024-01-21】), between an author and a read count (作者：党政办
// 2024年01月21日 浏览：312次), or after a bare 发布 (发布：2024/01/21, 发布于 2024-01-21) that the artifact
// filter's date labels do not read.
#pragma once

#include <optional>
#include <string_view>

#include "docpipe/dates.hpp"

namespace docpipe::html {

// The date `line` states as the page's own when everything else on it is what an info line holds: labelled fields
// (来源：…, 作者：…), a short name (an organ, an author), a time, a read count, the font-size or print controls,
// separators. None for a line with two such dates, a date a label other than 发布 introduces (成文日期：…, the
// filter's to read), a clock (星期, 农历, 今天是), a sentence, or words of another article (关于, 通知, 报告).
std::optional<CalendarDate> unlabelled_info_date(std::string_view line);

}  // namespace docpipe::html
