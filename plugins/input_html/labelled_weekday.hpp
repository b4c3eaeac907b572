// A portal's info line may follow its publication date with the weekday (发布日期：2024年1月21日 星期日), as its
// clock does (今天是：2024年1月21日 星期日). The artifact filter cuts a date and weekday as a clock wherever they
// stand, which would leave the label with no value: after a publication label, the weekday is the date's and goes
// first.
#pragma once

#include <string>

namespace docpipe::html {

// `line` without the weekday (星期日, 礼拜三, 周五, also bracketed: （星期日）) right after a date that a date or time
// label introduces (发布日期：, 发布时间：, 日期：, 更新时间：); a clock's (今天是：, 当前时间：, unlabelled) is kept.
std::string without_a_labelled_dates_weekday(const std::string& line);

}  // namespace docpipe::html
