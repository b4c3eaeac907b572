// What kind of document a title names, when it is not a report: a batch of annual reports collected from portals
// and mailboxes also brings the texts around them (the report's 政策解读, next year's 工作要点, the notice asking
// for reports), whose parts and dates are not a report's to check.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::sections {

// The genre of a document whose title names one other than a report: `interpretation` (…政策解读, 一图读懂…),
// `plan` (…工作要点, …实施方案, …工作计划), `notice` (…的通知, …的通报, …的函) or `rules` (…办法, …规定, …实施意见);
// empty for a report (a title naming 报告, 总结, 述职, 述法 or 情况 outside a title's book marks, or the report a
// notice prints: 关于印发《…情况报告》的通知) and for a title that names no genre at all.
std::string genre_of_title(std::u32string_view title);

}  // namespace docpipe::sections
