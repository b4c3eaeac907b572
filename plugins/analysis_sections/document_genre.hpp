// What kind of document a title names, when it is not a report: a batch of annual reports collected from portals
// and mailboxes also brings the texts around them (the report's 政策解读, next year's 工作要点, the notice asking
// for reports), whose parts and dates are not a report's to check.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace docpipe::sections {

// The genre of a document whose title names one other than a report: `interpretation` (…政策解读, 一图读懂…),
// `plan` (…工作要点, …实施方案, …工作计划), `notice` (…的通知, …的通报, …的函) or `rules` (…办法, …规定, …实施意见);
// `other-report` for another annual report, a title naming a report on another subject and no word of the
// rule-of-law work (…政府信息公开工作年度报告, …安全生产工作总结; not …法治政府建设和政府信息公开工作报告, a 述法报告
// or a 普法 report); empty for a report (a title naming 报告, 总结, 述职, 述法 or 情况 outside a title's book marks, or
// the report a notice prints: 关于印发《…情况报告》的通知) and for a title that names no genre at all.
std::string genre_of_title(std::u32string_view title);

// Whether a title calls its own text a report (报告, 总结, 汇报, 述职, 述法; not 情况, which names a report's topic as
// a table's title does): no yearbook's entry and no attachment sent alone is titled so.
bool calls_itself_a_report(std::u32string_view title);

struct Genre {
  std::string name;      // as genre_of_title's, or `news`; empty for a report
  std::string evidence;  // the opening's words that state it; empty when the title does
};

// The title's genre; else, for a document whose title names no report (a copy that lost its title, a page whose
// first lines are a share bar), the genre its opening states: a plan or rules that name themselves (…，制定本方案。
// …，制定本工作指引。 …，现提出如下意见。), a notice (…现将有关事项通知如下：), or a news story (本报讯…, 近日，…, or a
// dateline with no year, 4月24日上午，…, which no report opens with; not one that introduces a text, …全文如下), or a
// yearbook's entry, `yearbook` (a title or a source's field naming a 年鉴, or its topics as bracketed labels run into
// their text, the first the overview: 【概况】2024年，…). A
// story whose lead has no dateline is one when its headline tells an event (…召开…推进会, …到…调研) and the text has no
// headings (`has_headings`: a report's parts). A page under a report's title that only sums it up is a `summary`:
// shorter than 200 code points in all (`characters`), with no headings, pointing to the report (详见附件, 全文…).
Genre genre_of_document(std::u32string_view title, const std::vector<std::u32string>& preamble, bool has_headings,
                        std::size_t characters);

// A document that opens with an attachment's label (附件2：…统计表, 附件1 over …清单, 附件 over a table of figures) and
// is no report under it: `attachment`, its evidence the label as written (附件2). Not when its title (`title`, read
// without the label) names a report (…报告, …总结, …汇报, a 述职 or 述法 report), nor when a level-1 heading names one
// of a report's required parts (`heads_a_reports_part`): a portal's copy of a report may keep the label over it.
// Empty too when the title names another genre, which genre_of_document says.
Genre genre_of_an_attachment(std::u32string_view first_line, std::u32string_view title, bool heads_a_reports_part);

// A release of statistics (2019年全国行政复议、行政应诉案件统计数据, …年度行政执法数据统计): `statistics` when the
// title, read without its book marks, names figures released as such (统计数据, 数据统计) and calls itself no report
// (报告, 总结, 汇报, 述职, 述法). A table of figures with a line or two over it, not a report with its parts; a title
// run into the first table's caption (…统计数据表1：…受理…案件情况) names the release all the same. Empty otherwise.
Genre genre_of_a_statistics_release(std::u32string_view title);

}  // namespace docpipe::sections
