#include "section_splitter.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "attached_parts.hpp"
#include "contents_list.hpp"
#include "date_figure_spaces.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/text.hpp"
#include "document_genre.hpp"
#include "heading_grammar.hpp"
#include "list_openers.hpp"
#include "report_metadata.hpp"
#include "run_in_signature.hpp"
#include "run_in_title.hpp"
#include "town_named_in_body.hpp"
#include "trimmed_line.hpp"

namespace docpipe::sections {

namespace {

// How many times `name` stands in `text`, none overlapping.
std::size_t occurrences(std::u32string_view text, std::u32string_view name) {
  if (name.empty()) return 0;
  std::size_t count = 0;
  for (std::size_t at = text.find(name); at != std::u32string_view::npos; at = text.find(name, at + name.size())) {
    ++count;
  }
  return count;
}

constexpr std::size_t kLongestClosingBlock = 4;  // paragraphs: issuer lines and a date
constexpr std::size_t kLongestRecord = 8;  // paragraphs of a 版记: 主题词, 抄送 over two or three, 印发, 共印, rules
constexpr std::size_t kLongestAttachmentList = 8;  // 附件 and its items after a signature
constexpr std::size_t kLongestAttachmentLine = 60;
constexpr std::size_t kMostDebrisLines = 2;          // after the signature's date
constexpr std::size_t kLongestDebrisLine = 6;        // code points
constexpr std::size_t kMostFootnotes = 6;            // after the signature's date
constexpr std::size_t kMostPublicationLines = 2;     // a portal's record under the signature
constexpr std::size_t kLongestPublicationLine = 40;  // 来源：青石县司法局 发布时间：2025-01-22 09:18
constexpr std::size_t kRecordParagraphs = 12;        // a portal's record of up to a dozen fields over the title
constexpr std::size_t kTitleParagraphs = 4;    // a letterhead (…文件, 〔2024〕3号) may come before the title
constexpr std::size_t kLongestTitleRest = 20;  // what a line break leaves of a title (情况的报告)
constexpr std::size_t kLongestPartMarker = 8;  // 第十二部分：
constexpr std::size_t kLongestPartTitle = 40;  // the title on the line after a part marker
constexpr std::size_t kLongestBarePartHeading = 30;  // 党政主要负责人履行推进法治建设第一责任人职责情况
constexpr std::size_t kLongestBoldHeading = 40;  // a bold line, which may hold commas
// Only a paragraph this long (code points) may be a page flattened into one line.
constexpr std::size_t kShortestFlattenedParagraph = 200;
// A level-1 heading's title run on into its first （一） in such a paragraph: at most this long.
constexpr std::size_t kLongestRunOnTitle = 40;
const Block kNoHints{};
// Words that close a part's name after its keyword (…第一责任人职责情况, 一年来主要工作, 存在的问题如下).
constexpr std::u32string_view kClosingNouns[] = {U"情况", U"职责", U"工作", U"如下"};

std::vector<std::u32string> to_u32(const std::vector<std::string>& items) {
  std::vector<std::u32string> out;
  for (const auto& item : items) out.push_back(decode_utf8(item));
  return out;
}

struct Paragraph {
  std::size_t start = 0;  // code points
  std::u32string text;
  const Block* block = nullptr;
};

struct Heading {
  std::size_t paragraph = 0;
  int level = 0;
  std::u32string number;
  std::optional<int> value;
  std::u32string title;
  bool styled = false;  // from the source's structure (a heading style), not a marker in the text
};

// 问：…？ on a line of its own, short, with no sentence ended inside.
bool asks_after_a_part(std::u32string_view line) {
  constexpr std::size_t kLongestQuestion = 50;
  return line.size() > 3 && line.size() <= kLongestQuestion &&
         (line.starts_with(U"问：") || line.starts_with(U"问:")) && (line.ends_with(U"？") || line.ends_with(U"?")) &&
         line.find(U'。') == std::u32string_view::npos;
}

// Digits other than a year's (2024年): a figure or a date, which no bare heading holds.
bool holds_a_figure(std::u32string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] < U'0' || line[i] > U'9') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < line.size() && line[end] >= U'0' && line[end] <= U'9') ++end;
    if (end - i != 4 || end >= line.size() || line[end] != U'年') return true;
    // 2024年1月5日: a year that opens a date.
    if (end + 1 < line.size() && line[end + 1] >= U'0' && line[end + 1] <= U'9') return true;
    i = end;
  }
  return false;
}

// The preamble's lead-in that announces the report (现将工作开展情况总结如下, 现就有关情况汇报如下): a sentence,
// however short and whatever part it names. A part's name announcing its points (下一步工作打算如下：,
// 存在的问题和不足如下：) is a heading still.
bool announces_what_follows(std::u32string_view line) {
  if (line.starts_with(U"现将") || line.starts_with(U"现就")) return true;
  constexpr std::u32string_view kReportingVerbs[] = {U"总结如下", U"汇报如下", U"报告如下",
                                                     U"报送如下", U"说明如下", U"通报如下"};
  return std::any_of(std::begin(kReportingVerbs), std::end(kReportingVerbs),
                     [line](std::u32string_view verb) { return line.find(verb) != std::u32string_view::npos; });
}

// A part named at the head of its paragraph and run into its points (存在的问题。一是…；二是…), or labelled with a
// colon (下一步工作打算：一是…): the name up to its 。 before 一是, or up to the colon; empty when the paragraph opens
// with no such name. A sentence closed by 。 before text other than an enumeration (工作取得明显进展。全年…) is prose.
// With `before_prose`, also a short name of no clause closed by 。 before prose (主要负责人履职情况。乡党委书记…): a
// part of a report whose other parts run into their points so (a bold lead-in the copy lost), asked for only there;
// a name as a part is named, ending on its noun (情况, 问题, 打算 …), not a sentence of what was achieved
// (法治政府建设取得新成效。, 工作取得明显进展。 stay prose).
bool names_a_part_as_a_heading_does(std::u32string_view name) {
  constexpr std::u32string_view kPartNouns[] = {U"情况", U"工作", U"问题", U"不足", U"打算", U"计划",
                                                U"安排", U"思路", U"措施", U"举措", U"短板"};
  constexpr std::u32string_view kAchieving[] = {U"取得", U"实现", U"完成", U"获得", U"得到"};
  return std::any_of(std::begin(kPartNouns), std::end(kPartNouns),
                     [&](std::u32string_view noun) { return name.ends_with(noun); }) &&
         std::none_of(std::begin(kAchieving), std::end(kAchieving),
                      [&](std::u32string_view verb) { return name.find(verb) != std::u32string_view::npos; });
}

std::u32string_view part_name_run_in(std::u32string_view line, bool before_prose = false) {
  constexpr std::size_t kLongestRunInName = 30;
  constexpr std::size_t kLongestNameBeforeProse = 20;
  const std::size_t stop = line.find_first_of(U"。：:");
  if (stop == std::u32string_view::npos || stop == 0 || stop > kLongestRunInName) return {};
  std::u32string_view rest = line.substr(stop + 1);
  while (!rest.empty() && rest.front() == U' ') rest.remove_prefix(1);
  if (rest.empty()) return {};
  const std::u32string_view name = line.substr(0, stop);
  if (line[stop] == U'。' && !rest.starts_with(U"一是") &&
      (!before_prose || name.size() > kLongestNameBeforeProse ||
       name.find_first_of(U"，,；、") != std::u32string_view::npos || !names_a_part_as_a_heading_does(name))) {
    return {};
  }
  return name;
}

// A heading from the source's own structure (DOCX styles, outline levels, numbering) wins over the text.
std::optional<Heading> heading_from_hints(const Paragraph& paragraph, std::size_t index) {
  const Block& block = *paragraph.block;
  if (!block.heading_level && block.kind != BlockKind::heading) return std::nullopt;
  Heading heading{index, block.heading_level.value_or(1), {}, std::nullopt, {}, true};
  std::u32string_view rest = paragraph.text;
  if (const auto marker = match_heading_marker(rest)) {
    heading.styled = false;  // a marker written in the text (、加强… lost its numeral: that is a loss)
    heading.number = marker->number;
    heading.value = marker->value;
    // GB/T 9704's Chinese markers say their level (一、 is 1, （一） 2) whatever the style: a document that styles
    // its title 标题 1 styles 一、 标题 2. Digit markers (1. （1）) may head any level of an outline.
    const bool chinese = marker->number.find_first_of(U"一二三四五六七八九十") != std::u32string::npos;
    if (!block.heading_level || chinese) heading.level = marker->level;
    rest.remove_prefix(marker->length);
  } else if (!block.numbering_label.empty()) {
    std::u32string written = decode_utf8(block.numbering_label);
    while (!written.empty() && written.back() == U' ') written.pop_back();
    if (const auto label = parse_numbering_label(written)) {
      heading.number = label->number;
      heading.value = label->value;
    } else if (!written.empty() && rest.starts_with(written)) {
      // A label of no GB/T 9704 form (Word's legal numbering 1.1, 1.2) is still the heading's number.
      heading.number = written;
      rest.remove_prefix(written.size());
      while (!rest.empty() && rest.front() == U' ') rest.remove_prefix(1);
    }
  }
  heading.level = std::clamp(heading.level, 1, kDeepestLevel);
  heading.title = heading_title(rest);
  return heading;
}

// 附件：1.行政执法情况统计表, 附件1, 附件 (on its own line), 附表：…: GB/T 9704's note of attachments.
bool opens_an_attachment_list(std::u32string_view text) {
  if (!text.starts_with(U"附件") && !text.starts_with(U"附表")) return false;  // 附表：…统计表, 附表1
  const std::u32string_view rest = text.substr(2);
  return rest.empty() || rest.starts_with(U"：") || rest.starts_with(U":") ||
         (rest.front() >= U'0' && rest.front() <= U'9') || rest.front() == U' ';
}

bool dated_just_above(const std::vector<Paragraph>& paragraphs, std::size_t at);

// A report's title on a line of its own (青石镇2024年度法治政府建设情况报告): it names a report, is short and holds no
// sentence, and no heading's marker opens it.
bool reads_as_a_reports_title(std::u32string_view line) {
  constexpr std::size_t kLongestTitle = 60;
  return line.size() <= kLongestTitle && line.find_first_of(U"。，,；;：:！？") == std::u32string_view::npos &&
         names_a_report(line) && !match_heading_marker(line);
}

// The 附件 line over a whole report (a cover letter sending it: 关于报送…报告的报告, its signature, 附件, the
// report), or the paragraph count: the report is then the document, not an attachment to set aside. At least
// two level-1 headings follow it, and fewer than two come before: a report's own attachment with headings
// (附件：2024年工作要点 一、… 二、…) follows a report with headings. A letter that sets no 附件 over the report puts
// the report's title right under its date (…请审阅。 / 青石镇人民政府 / 2025年1月10日 / 青石镇2024年度…情况报告): that
// title line then stands for the label. One pass over the paragraphs, and one more for a letter with no label.
std::size_t attached_report_at(const std::vector<Paragraph>& paragraphs) {
  std::vector<std::size_t> level_ones_before(paragraphs.size() + 1, 0);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const auto marker = match_heading_marker(paragraphs[i].text);
    level_ones_before[i + 1] = level_ones_before[i] + (marker && marker->level == 1 ? 1 : 0);
  }
  // The last such line: a cover letter may note its attachment (附件：…报告) above its signature too.
  std::size_t found = paragraphs.size();
  for (std::size_t at = 0; at < paragraphs.size(); ++at) {
    if (!opens_an_attachment_list(paragraphs[at].text)) continue;
    const std::size_t after = level_ones_before.back() - level_ones_before[at + 1];
    if (after >= 2 && level_ones_before[at] < 2) found = at;
  }
  if (found < paragraphs.size()) return found;
  for (std::size_t at = 1; at < paragraphs.size() && level_ones_before[at] < 2; ++at) {
    if (!reads_as_a_reports_title(paragraphs[at].text) || level_ones_before.back() - level_ones_before[at + 1] < 2)
      continue;
    if (dated_just_above(paragraphs, at)) return at;
  }
  return found;
}

// Where the report a cover letter sends starts its own lines: under the 附件 label, or at its title when the letter
// set none.
std::size_t first_line_of_the_attached_report(const std::vector<Paragraph>& paragraphs, std::size_t attached_report) {
  return attached_report < paragraphs.size() && opens_an_attachment_list(paragraphs[attached_report].text)
             ? attached_report + 1
             : attached_report;
}

// Whether a 附件 line at `at` opens attachments to set aside: not one in a cover letter, up to the 附件 over
// the report it sends.
bool sets_attachments_aside(const std::vector<Paragraph>& paragraphs, std::size_t at, std::size_t attached_report) {
  return opens_an_attachment_list(paragraphs[at].text) &&
         !(attached_report < paragraphs.size() && at <= attached_report);
}

// Whether paragraph `at` is an item of a list of attachments that a kept 附件 label opens (a cover letter's, or one set
// first over the report: 附件： / 1.…统计表 / 2.…清单): a level-3 or level-4 marker's line (1.…, （1）…) right under
// the label or under another item. It names an attachment and heads no section. A report's own level-1 heading under
// the label (附件：… / 一、…) is a heading still.
bool lists_an_attachment(const std::vector<Paragraph>& paragraphs, std::size_t at) {
  const auto is_item = [&](std::size_t k) {
    const auto marker = match_heading_marker(paragraphs[k].text);
    return marker && (marker->level == 3 || marker->level == 4);
  };
  if (!is_item(at)) return false;
  for (std::size_t k = at; k-- > 0 && at - k <= kLongestAttachmentList;) {
    if (opens_an_attachment_list(paragraphs[k].text)) return true;
    if (!is_item(k)) return false;
  }
  return false;
}

std::optional<Heading> heading_from_text(const Paragraph& paragraph, std::size_t index) {
  const auto marker = match_heading_marker(paragraph.text);
  if (!marker) return std::nullopt;
  return Heading{index, marker->level, marker->number, marker->value,
                 heading_title(std::u32string_view(paragraph.text).substr(marker->length))};
}

// The office that prints an official document, over its printing date (青石镇党政办公室 / 2024年1月16日印发): a 版记
// table's row of two cells, a PDF's tab gap or a line break parts the 印发 line so. It is the record's, never a
// signature's issuer.
bool prints_the_record(const std::vector<Paragraph>& paragraphs, std::size_t i) {
  return i + 1 < paragraphs.size() && looks_like_issuer(paragraphs[i].text) &&
         looks_like_printing_date(paragraphs[i + 1].text);
}

// A list of names only: parted by commas, ended by a 。 or not at all, with no label and no sentence in it.
bool reads_as_a_list(std::u32string_view line) {
  constexpr std::size_t kLongestListLine = 60;
  const auto stop = line.find_first_of(U"。；;：:");
  return !line.empty() && line.size() <= kLongestListLine &&
         (stop == std::u32string_view::npos || (stop + 1 == line.size() && line.back() == U'。'));
}

// A 抄送 list wrapped onto further lines (抄送：县委办，县司法局， / 县人大办，县政协办。): each line under the label
// carries on a line that ended in a list's comma.
bool continues_a_record_list(const std::vector<Paragraph>& paragraphs, std::size_t i) {
  constexpr std::size_t kMostWrappedLines = 3;
  for (std::size_t k = i; k > 0 && i - k < kMostWrappedLines; --k) {
    const std::u32string_view above = paragraphs[k - 1].text;
    if (!reads_as_a_list(paragraphs[k].text) || !(above.ends_with(U"，") || above.ends_with(U"、"))) return false;
    if (looks_like_record_line(above)) return true;
  }
  return false;
}

bool in_the_record(const std::vector<Paragraph>& paragraphs, std::size_t i) {
  return looks_like_record_line(paragraphs[i].text) || prints_the_record(paragraphs, i) ||
         continues_a_record_list(paragraphs, i);
}

bool in_a_table(const Paragraph& paragraph) {
  return paragraph.block && paragraph.block->kind == BlockKind::table_cell;
}

// Whether paragraph `i` is a cell in a row of two cells or more (一、行政处罚 | 30 | 28): a row's label, numbered as
// the table numbers its rows, heads no section; a table of one column may still hold a report's headings.
bool shares_a_table_row(const std::vector<Paragraph>& paragraphs, std::size_t i) {
  if (!in_a_table(paragraphs[i])) return false;
  const Block& cell = *paragraphs[i].block;
  const auto same_row = [&](std::size_t k) {
    return k < paragraphs.size() && in_a_table(paragraphs[k]) && paragraphs[k].block->table == cell.table &&
           paragraphs[k].block->row == cell.row && paragraphs[k].block != &cell;
  };
  return (i > 0 && same_row(i - 1)) || same_row(i + 1);
}

// The paragraphs [first, last] of the table that paragraph `i`, a table cell, belongs to.
std::pair<std::size_t, std::size_t> table_extent(const std::vector<Paragraph>& paragraphs, std::size_t i) {
  const auto table = paragraphs[i].block->table;
  const auto same_table = [&](std::size_t k) {
    return in_a_table(paragraphs[k]) && paragraphs[k].block->table == table;
  };
  std::size_t first = i, last = i;
  while (first > 0 && same_table(first - 1)) --first;
  while (last + 1 < paragraphs.size() && same_table(last + 1)) ++last;
  return {first, last};
}

// Whether paragraph `i` is a cell of a 版记 table: a table that ends at `end` and holds nothing but the record
// (抄送：… / 青石镇党政办公室 | 2024年1月16日印发), as Word templates rule it.
bool in_a_record_table(const std::vector<Paragraph>& paragraphs, std::size_t i, std::size_t end) {
  if (!in_a_table(paragraphs[i])) return false;
  const auto [first, last] = table_extent(paragraphs, i);
  if (last + 1 != end) return false;
  for (std::size_t k = first; k <= last; ++k) {
    if (!in_the_record(paragraphs, k)) return false;
  }
  return true;
}

// Where an official document's record (版记) that ends at paragraph `end` starts: at most kLongestRecord
// paragraphs, none of them a table cell unless the table is the record's own; `end` itself when there is none.
std::size_t record_start(const std::vector<Paragraph>& paragraphs, std::size_t end) {
  std::size_t start = end;
  while (start > 1 && end - start < kLongestRecord && in_the_record(paragraphs, start - 1) &&
         (!in_a_table(paragraphs[start - 1]) || in_a_record_table(paragraphs, start - 1, end))) {
    --start;
  }
  return start;
}

// The end of the signature that paragraph `at` follows: past the 附注 under its date (（此件公开发布）, a contact's
// （联系人：…；联系电话：…）), as GB/T 9704 puts the note between the date and the attachments, and past a 版记
// (抄送：…, …印发) printed before the attachments. The date is the paragraph before the end, if the signature is
// dated.
std::size_t signature_end_above(const std::vector<Paragraph>& paragraphs, std::size_t at) {
  constexpr std::size_t kMostNotes = 2;
  std::size_t above = record_start(paragraphs, at);
  const std::size_t below_notes = above;
  while (above > 0 && below_notes - above < kMostNotes && looks_like_note(paragraphs[above - 1].text)) --above;
  return above;
}

// Whether the signature's date stands right above paragraph `at`, or above the note or the record under it.
bool dated_just_above(const std::vector<Paragraph>& paragraphs, std::size_t at) {
  const std::size_t end = signature_end_above(paragraphs, at);
  return end > 0 && looks_like_date(paragraphs[end - 1].text);
}

// A footnote as a page sets it under the report: [1] 数据截至2024年12月31日。, 注：…, ①…, ※….
bool looks_like_footnote(std::u32string_view line) {
  if (line.starts_with(U"注：") || line.starts_with(U"注:") || line.starts_with(U"备注：") ||
      line.starts_with(U"说明：") || line.starts_with(U"※") || line.starts_with(U"*")) {
    return true;
  }
  if (!line.empty() && line[0] >= U'①' && line[0] <= U'⑳') return true;
  for (const auto& [open, close] : {std::pair{U'[', U']'}, std::pair{U'［', U'］'}}) {
    if (line.size() < 3 || line[0] != open) continue;
    std::size_t at = 1;
    while (at < line.size() && line[at] >= U'0' && line[at] <= U'9') ++at;
    if (at > 1 && at < line.size() && line[at] == close) return true;
  }
  return false;
}

// Where the lines of a portal's record that state the publication (发布时间：2025-01-22 09:18, 发布日期：2025年1月22日)
// start at the end of the text: up to two short lines, each holding such a field, outside tables; the paragraph count
// when the text ends otherwise. A sentence that mentions a date of publication is longer and holds no field's label.
std::size_t trailing_publication_lines(const std::vector<Paragraph>& paragraphs) {
  std::size_t first = paragraphs.size();
  while (first > 1 && paragraphs.size() - first < kMostPublicationLines && !in_a_table(paragraphs[first - 1]) &&
         paragraphs[first - 1].text.size() <= kLongestPublicationLine &&
         published_in_a_record_field(paragraphs[first - 1].text)) {
    --first;
  }
  return first;
}

// The signature block: issuer lines and a date closing the report, with what follows it: a list of
// attachments, a 版记, or the attachments themselves (GB/T 9704 puts them after the signature).
struct Closing {
  std::size_t start = 0;            // paragraph index; the paragraph count when there is no closing
  std::size_t signature_end = 0;    // where the signature block ends: an attachment or the 版记 may follow
  std::size_t attached_report = 0;  // attached_report_at
};

// A signature a template sets in a small table of its own at the very end (a borderless table that puts the unit and
// the date on the right): no more than four lines, every one an issuer, a date or a note, one of them a date. An
// attached table of figures has more rows than that, or lines that are neither.
std::optional<std::size_t> signature_table_at_end(const std::vector<Paragraph>& paragraphs) {
  constexpr std::size_t kMostSignatureCells = 4;
  if (paragraphs.empty() || !in_a_table(paragraphs.back())) return std::nullopt;
  const std::size_t first = table_extent(paragraphs, paragraphs.size() - 1).first;
  if (first == 0 || paragraphs.size() - first > kMostSignatureCells) return std::nullopt;
  // A table after 附件 is the attachment (a contact list: 河口镇司法所 | 2025年1月5日), not a signature.
  constexpr std::size_t kLinesAboveLooked = 3;
  for (std::size_t k = first; k > 0 && first - k < kLinesAboveLooked; --k) {
    const auto& above = paragraphs[k - 1].text;
    if (above.starts_with(U"附件") || above.starts_with(U"附表")) return std::nullopt;
  }
  bool dated = false;
  for (std::size_t i = first; i < paragraphs.size(); ++i) {
    const auto& text = paragraphs[i].text;
    dated = dated || looks_like_date(text) || issuer_and_date_on_one_line(text).has_value();
    if (!looks_like_date(text) && !looks_like_issuer(text) && !looks_like_note(text) &&
        !issuer_and_date_on_one_line(text)) {
      return std::nullopt;
    }
  }
  return dated ? std::optional<std::size_t>(first) : std::nullopt;
}

// The closing is read backwards from the end; a table cell is never part of a signature or a record (an attached
// table's last row 青山镇人民政府 | 2024年3月1日 signs nothing).
Closing find_closing(const std::vector<Paragraph>& paragraphs) {
  const std::size_t attached_report = attached_report_at(paragraphs);
  std::size_t start = paragraphs.size();
  bool any = false;
  // Attachments right after the signature's date, of any length: the first such in the second half. The
  // signature ends where they start. Halves count paragraphs outside tables, or their characters: an attached
  // table of many short cells, even one read as loose lines (an OFD's or a PDF's cells), does not move the
  // report's middle.
  std::size_t signature_end = paragraphs.size();
  std::size_t prose = 0;
  std::size_t prose_characters = 0;
  for (const Paragraph& p : paragraphs) {
    if (in_a_table(p)) continue;
    ++prose;
    prose_characters += p.text.size();
  }
  std::size_t prose_before = 0;
  std::size_t prose_characters_before = 0;
  for (std::size_t a = 0; a < paragraphs.size(); ++a) {
    if (a > 0 && !in_a_table(paragraphs[a - 1])) {
      ++prose_before;
      prose_characters_before += paragraphs[a - 1].text.size();
    }
    if (prose_before <= prose / 2 && prose_characters_before <= prose_characters / 2) continue;
    if (sets_attachments_aside(paragraphs, a, attached_report) && dated_just_above(paragraphs, a)) {
      start = signature_end = a, any = true;
      break;
    }
  }
  // Otherwise debris after the date: a line or two of a few characters and at most one Chinese one, which say
  // nothing (a scan's misread page number 一2”, a seal's remnant 印, a stray 7).
  for (std::size_t k = 1; !any && k <= kMostDebrisLines && k + 1 < paragraphs.size(); ++k) {
    const Paragraph& last = paragraphs[paragraphs.size() - k];
    const Paragraph& above = paragraphs[paragraphs.size() - k - 1];
    const auto han = std::count_if(last.text.begin(), last.text.end(), is_han);
    if (in_a_table(last) || last.text.size() > kLongestDebrisLine || han > 1 || looks_like_date(last.text)) break;
    if (!in_a_table(above) && looks_like_date(above.text)) start = signature_end = paragraphs.size() - k;
  }
  // Otherwise footnotes after the date ([1] 数据截至…, 注：…): they explain the report's figures and sign nothing.
  if (!any && start == paragraphs.size()) {
    std::size_t first = paragraphs.size();
    while (first > 1 && paragraphs.size() - first < kMostFootnotes && !in_a_table(paragraphs[first - 1]) &&
           looks_like_footnote(paragraphs[first - 1].text)) {
      --first;
    }
    if (first < paragraphs.size() && first > 0 && !in_a_table(paragraphs[first - 1]) &&
        looks_like_date(paragraphs[first - 1].text)) {
      start = signature_end = first;
    }
  }
  // Otherwise the page's publication line under the signature (青石县人民政府 / 2025年1月20日 / （此件公开发布） /
  // 发布时间：2025-01-22, as a portal's template prints its record's field after the text): it is the portal's, and
  // the signature and its date stand above it.
  if (!any && start == paragraphs.size()) {
    const std::size_t first = trailing_publication_lines(paragraphs);
    if (first < paragraphs.size() && dated_just_above(paragraphs, first)) start = signature_end = first;
  }
  // Otherwise a list of attachments near the end, all of it short lines, or an attached table: closing too,
  // wherever the signature stands (附件：1.… 2.…, then the issuer and date; 附件：各县行政处罚情况, its table, then
  // the issuer and date).
  std::size_t lines_after = 0;  // outside tables
  for (std::size_t a = paragraphs.size(); !any && a-- > 1;) {
    if (!in_a_table(paragraphs[a]) && ++lines_after > kLongestAttachmentList) break;
    if (!sets_attachments_aside(paragraphs, a, attached_report)) continue;
    const bool listing = std::all_of(paragraphs.begin() + static_cast<std::ptrdiff_t>(a), paragraphs.end(),
                                     [](const Paragraph& p) { return p.text.size() <= kLongestAttachmentLine; });
    if (listing) start = a, any = true;
    break;
  }
  // An official document's record (版记) after the signature belongs to the closing too.
  const std::size_t record = start - record_start(paragraphs, start);
  start -= record;
  any = any || record > 0;
  while (start > 1 && signature_end - start - record < kLongestClosingBlock && !in_a_table(paragraphs[start - 1])) {
    const auto& text = paragraphs[start - 1].text;
    // The organ the report is sent to (报送县司法局), over or under the date, closes it too and signs nothing.
    if (!looks_like_date(text) && !looks_like_issuer(text) && !looks_like_note(text) &&
        !issuer_and_date_on_one_line(text) && !looks_like_addressee(text)) {
      break;
    }
    any = true;
    --start;
  }
  if (!any) {
    if (const auto signed_in_a_table = signature_table_at_end(paragraphs)) {
      return {*signed_in_a_table, paragraphs.size(), attached_report};
    }
    return {paragraphs.size(), paragraphs.size(), attached_report};
  }
  return {start, signature_end, attached_report};
}

Annotation issue(const char* type, std::size_t start, std::size_t end,
                 std::vector<std::pair<std::string, std::string>> attributes) {
  return Annotation{start, end, type, std::move(attributes)};
}

class Splitter {
 public:
  Splitter(Document& document, const PartKeywords& keywords) : document_(document), keywords_(keywords) {}

  void run() {
    collect_paragraphs();
    const auto [closing, signature_end, attached_report] = find_closing(paragraphs_);
    signature_start_ = closing;
    signature_end_ = signature_end;
    attached_report_ = attached_report;
    // A table in the closing signs only when it is all the signature (signature_table_at_end): an attached table
    // after the list of attachments names no unit and no date.
    signed_in_a_table_ =
        closing < signature_end && std::all_of(paragraphs_.begin() + static_cast<std::ptrdiff_t>(closing),
                                               paragraphs_.begin() + static_cast<std::ptrdiff_t>(signature_end),
                                               [](const Paragraph& p) { return in_a_table(p); });
    if (closing == paragraphs_.size()) use_the_cover_letters_signature();
    std::vector<Heading> headings;
    bool attachments = false;  // 附件：1.… 2.…: the list of attachments numbers no headings
    // A table of contents typed into the text lists the headings once more: they head nothing there.
    std::vector<std::u32string_view> lines;
    lines.reserve(paragraphs_.size());
    for (const Paragraph& paragraph : paragraphs_) lines.emplace_back(paragraph.text);
    contents_ = contents_lines(lines);
    // Whether the title or a sentence of the body came before: then a styled heading is a part (工作开展情况 in 标题 2
    // after the title in 标题 1 and the opening paragraph), however it ends.
    bool past_the_title = false;
    for (std::size_t i = 0; i < closing; ++i) {
      attachments = attachments || sets_attachments_aside(paragraphs_, i, attached_report_);
      if (attachments || contents_[i] || lists_an_attachment(paragraphs_, i)) continue;
      auto heading = heading_from_hints(paragraphs_[i], i);
      // The title styled as a heading (标题 1): unnumbered, naming a report, before any heading; a line break
      // may split it into two blocks of the style.
      if (heading && headings.empty() && i < kTitleParagraphs && heading->number.empty() && !past_the_title) {
        if (names_a_report(paragraphs_[i].text)) {
          past_the_title = true;
          continue;
        }
        // The rest after a line break keeps no style (a block's hints are its start's), or keeps the same.
        const auto styled = i + 1 < closing ? heading_from_hints(paragraphs_[i + 1], i + 1) : std::nullopt;
        const bool continues = i + 1 < closing && !heading_from_text(paragraphs_[i + 1], i + 1) &&
                               (styled ? styled->number.empty() && styled->level == heading->level
                                       : paragraphs_[i + 1].text.size() <= kLongestTitleRest);
        if (continues && names_a_report(paragraphs_[i].text + paragraphs_[i + 1].text)) {
          past_the_title = true;
          ++i;
          continue;
        }
      }
      past_the_title = past_the_title || paragraphs_[i].text.find(U'。') != std::u32string::npos;
      if (!heading && !shares_a_table_row(paragraphs_, i)) heading = heading_from_text(paragraphs_[i], i);
      if (!heading && i + 1 < closing) {
        heading = part_marker_over_its_title(i);
        if (heading) ++i;
      }
      if (heading) headings.push_back(std::move(*heading));
    }
    add_headings_that_lost_their_point(headings);
    add_unnumbered_parts(headings, closing);
    add_bold_topics_under_parts(headings, closing);
    demote_under_parts(headings);
    promote_to_top_level(headings);
    const std::size_t preamble_end = headings.empty() ? closing : headings.front().paragraph;
    std::vector<std::u32string> preamble;
    for (std::size_t i = 0; i < preamble_end; ++i) preamble.push_back(paragraphs_[i].text);

    Title found = find_title(printed_pages_report(preamble));
    std::string title = std::move(found.text);
    title_issuer_ = std::move(found.issuer);
    // A cover letter's title (关于报送…报告的报告) over the report it sends: the report's own title, under the
    // 附件 line, is the document's.
    // The items of a list under the 附件 line (附件： / 1.…统计表 / 2.…清单) name the attachments, not the report.
    std::size_t attached_title = first_line_of_the_attached_report(paragraphs_, attached_report_);
    while (attached_title < preamble_end && lists_an_attachment(paragraphs_, attached_title)) ++attached_title;
    if (attached_title < preamble_end) {
      const std::vector<std::u32string> attached(preamble.begin() + static_cast<std::ptrdiff_t>(attached_title),
                                                 preamble.end());
      if (Title own = find_title(attached); !own.text.empty() && names_a_report(decode_utf8(own.text))) {
        cover_letter_title_ = std::exchange(title, std::move(own.text));
        title_issuer_ = std::move(own.issuer);
      }
    }
    report_year_ = find_report_year(decode_utf8(title), preamble);
    const std::size_t text_end = code_points_;
    const std::size_t closing_offset = closing < paragraphs_.size() ? paragraphs_[closing].start : text_end;

    if (preamble_end > 0) {
      add_section("preamble", "", 0, U"", U"", {part::preamble}, 0, start_of(preamble_end, closing_offset));
    }
    build_tree(headings, closing_offset);
    if (closing < paragraphs_.size())
      add_section("closing", "", 0, U"", U"", {part::closing}, closing_offset, text_end);
    check_numbering(headings);
    write_metadata(title, preamble, !headings.empty());
    record_attached_parts(lines);
  }

 private:
  void collect_paragraphs() {
    const std::u32string text = decode_utf8(document_.text);
    code_points_ = text.size();
    if (!document_.blocks.empty()) {
      for (const auto& block : document_.blocks) {
        add_paragraph({block.start, text.substr(block.start, block.end - block.start), &block});
      }
      set_apart_a_run_in_title();
      set_apart_a_run_in_signature();
      return;
    }
    // A document without blocks: its lines are its paragraphs.
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == U'\n') {
        if (i > start) add_paragraph({start, text.substr(start, i - start), &kNoHints});
        start = i + 1;
      }
    }
    set_apart_a_run_in_title();
    set_apart_a_run_in_signature();
  }

  // A page flattened into one line runs its title into the opening paragraph (…工作报告2024年，青石镇在县委…, or
  // with a space where the title's line ended): its lines become paragraphs of their own, so that the title is found
  // as on lines of its own. A table's first cell, or a paragraph that is a heading, holds no such title.
  void set_apart_a_run_in_title() {
    if (paragraphs_.empty() || in_a_table(paragraphs_.front())) return;
    const Paragraph& first = paragraphs_.front();
    if (first.block->heading_level || first.block->kind == BlockKind::heading || match_heading_marker(first.text))
      return;
    // Read without the spaces a PDF sets around a date's figures (青石县 2025 年度…报告2025 年,全县…): they end no
    // line.
    const WithoutDateFigureSpaces unspaced(paragraphs_.front().text);
    const std::vector<std::size_t> cuts = unspaced.positions_written(run_in_title_lines(unspaced.text()));
    if (cuts.empty()) return;
    const Paragraph opening = std::move(paragraphs_.front());
    std::vector<Paragraph> lines;
    std::size_t from = 0;
    for (const std::size_t cut : cuts) {
      std::size_t end = cut;
      while (end > from && (opening.text[end - 1] == U' ' || opening.text[end - 1] == U'\u3000')) --end;
      lines.push_back(
          {opening.start + from, opening.text.substr(from, end - from), from == 0 ? opening.block : &kNoHints});
      from = cut;
    }
    lines.push_back({opening.start + from, opening.text.substr(from), &kNoHints});
    paragraphs_.erase(paragraphs_.begin());
    paragraphs_.insert(paragraphs_.begin(), std::make_move_iterator(lines.begin()),
                       std::make_move_iterator(lines.end()));
  }

  // A page flattened into one line runs its signature into the last paragraph (…创新普法方式。 平江街道办事处
  // 2025年1月10日): its lines become paragraphs of their own, so that the closing finds them as it finds a signature
  // on lines of its own. A table's last cell signs nothing.
  void set_apart_a_run_in_signature() {
    if (paragraphs_.empty() || in_a_table(paragraphs_.back())) return;
    // A date spaced out as a PDF prints it (… 青石县人民政府 2026 年 1 月 20 日) is one line, not five.
    const WithoutDateFigureSpaces unspaced(paragraphs_.back().text);
    const std::vector<std::size_t> lines = unspaced.positions_written(run_in_signature_lines(unspaced.text()));
    if (lines.empty()) return;
    Paragraph body = std::move(paragraphs_.back());
    paragraphs_.pop_back();
    std::vector<std::size_t> ends(lines.begin() + 1, lines.end());
    ends.push_back(body.text.size());
    std::vector<Paragraph> signature;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      std::size_t end = ends[k];
      while (end > lines[k] && (body.text[end - 1] == U' ' || body.text[end - 1] == U'\u3000')) --end;
      signature.push_back({body.start + lines[k], body.text.substr(lines[k], end - lines[k]), &kNoHints});
    }
    std::size_t body_end = lines.front();
    while (body_end > 0 && (body.text[body_end - 1] == U' ' || body.text[body_end - 1] == U'\u3000')) --body_end;
    body.text.resize(body_end);
    paragraphs_.push_back(std::move(body));
    for (Paragraph& line : signature) paragraphs_.push_back(std::move(line));
  }

  // A page printed from a browser opens with the browser's header (a date and time, the page's title) over the
  // portal's masthead and menus; the report's own title is the line the page's title names, and what stands above
  // it is furniture. A header printed on every page the input has already removed, and recorded.
  std::vector<std::u32string> printed_pages_report(const std::vector<std::u32string>& preamble) const {
    std::u32string page_title = preamble.empty() ? std::u32string() : page_title_in_print_header(preamble.front());
    for (const auto& header : document_.metadata.all("removed.running-header")) {
      if (!page_title.empty()) break;
      page_title = page_title_in_print_header(decode_utf8(header));
    }
    if (page_title.empty()) return preamble;
    if (const auto line = title_line_of_printed_page(preamble, page_title)) {
      return {preamble.begin() + static_cast<std::ptrdiff_t>(*line), preamble.end()};
    }
    // The report's title is not among the opening lines: the page's, when it names a report, is.
    if (names_a_report(page_title)) return {page_title};
    return preamble;
  }

  // A page copied into one long line keeps its headings in the running text ("…如下: 一、坚持… (一)深入…"):
  // such a paragraph is cut before each level-1 or level-2 marker that follows a sentence end and carries
  // on a numbered sequence, when at least two do. A shorter paragraph opening with a run-in heading
  // (（一）加强组织领导。召开会议3次。（二）规范行政执法。…) is cut so too before the next of its own level after a
  // full stop: a list inside a sentence (如下：（一）…；（二）…) follows a colon or a semicolon, and cutting a short
  // paragraph there would make headings of it.
  void add_paragraph(Paragraph paragraph) {
    const std::u32string& text = paragraph.text;
    std::vector<std::size_t> cuts;
    const auto own = match_heading_marker(text);
    const bool flattened = text.size() >= kShortestFlattenedParagraph;
    const bool run_in = own && own->value && own->level <= 2;
    std::size_t fewest_cuts = 2;
    std::vector<std::size_t> subheading_cuts;  // the level-2 ones among the cuts
    std::vector<std::size_t> item_cuts;        // the level-3 ones
    if (flattened || run_in) {
      const std::u32string_view sentence_ends = flattened ? U"。；;：:！？!?" : U"。！？!?";
      // A short paragraph is cut only before its own heading's siblings; its own heading is one of the pieces. One
      // opening with a level-1 heading whose title runs straight into its （一） is cut before its subheadings too,
      // when a （二） after a full stop shows them a list of headings run together (二、存在的不足和原因（一）执法力量
      // 不足。执法人员仅5名。（二）普法覆盖面不广。), not a title written so on a line of its own.
      const bool parts_run_in = !flattened && own->level == 1;
      const int deepest = flattened || parts_run_in ? 2 : own->level;
      const int shallowest = flattened ? 1 : own->level;
      if (!flattened) fewest_cuts = 1;
      int last[3] = {0, 0, 0};  // by level: the last value in the sequence
      // A report in parts (第一部分 … 第二部分) numbers its 一、 afresh under each: the parts count apart from them.
      int last_part = 0;
      const auto a_part = [](const HeadingMarker& marker) { return marker.number.starts_with(U"第"); };
      if (run_in) (a_part(*own) ? last_part : last[own->level]) = *own->value;
      // Where the title of the last level-1 heading cut off starts (npos: none, or its title has ended): its first
      // （一） may follow the title with no stop between (一、以思想引领为先导，凝聚法治共识（一）强化理论武装。…).
      std::size_t level_one_title =
          (flattened || parts_run_in) && own && own->level == 1 ? own->length : std::u32string_view::npos;
      // Where the title of the last part or heading cut off starts, in a page that kept a space where each line
      // ended (npos: none, or its title has ended): its first child may follow the space with no sentence's end
      // before it (第一部分 2024年工作情况 一、…, 一、主要工作及成效 1.强化组织领导 …).
      std::size_t open_title = run_in && (a_part(*own) || flattened) ? own->length : std::u32string_view::npos;
      bool open_title_is_a_part = run_in && a_part(*own);
      // The level of the heading whose title is open: its next sibling may follow it after the space too, when the
      // heading has no text of its own (三、2023年工作打算 一、深化示范创建 二、提升执法质效 …, a plan listing its
      // headings).
      int open_title_level = run_in ? own->level : 0;
      // A long line's 1. 2. under its headings, each after a space where its line ended: the leaders' part may be
      // one of them (4.党政主要负责人履职情况). Only after a space, so a list run into a sentence (如下：1.…；2.…)
      // stays.
      int last_item = 0;
      for (std::size_t i = 1; i < text.size(); ++i) {
        if (level_one_title != std::u32string_view::npos &&
            (i > level_one_title + kLongestRunOnTitle ||
             sentence_ends.find(text[i - 1]) != std::u32string_view::npos)) {
          level_one_title = std::u32string_view::npos;
        }
        if (open_title != std::u32string_view::npos &&
            (i > open_title + kLongestRunOnTitle || sentence_ends.find(text[i - 1]) != std::u32string_view::npos)) {
          open_title = std::u32string_view::npos;
        }
        std::size_t before = i;
        while (before > 0 && text[before - 1] == U' ') --before;
        if (before == 0) continue;
        if (level_one_title != std::u32string_view::npos && last[2] == 0 && (text[i] == U'（' || text[i] == U'(')) {
          const auto first = match_heading_marker(std::u32string_view(text).substr(i));
          if (first && first->level == 2 && first->value == 1) {
            last[2] = 1;
            last_item = 0;
            level_one_title = std::u32string_view::npos;
            open_title = i + first->length;
            open_title_is_a_part = false;
            open_title_level = 2;
            cuts.push_back(i);
            subheading_cuts.push_back(i);
            i += first->length;
            continue;
          }
        }
        const bool after_a_line_break = before < i;
        const bool first_child = open_title != std::u32string_view::npos && after_a_line_break;
        const bool after_a_sentence = sentence_ends.find(text[before - 1]) != std::u32string_view::npos;
        if (!first_child && !after_a_sentence) continue;
        const auto marker = match_heading_marker(std::u32string_view(text).substr(i));
        if (!marker || !marker->value) continue;
        if (marker->level == 3) {
          const bool item_follows = flattened && after_a_line_break && *marker->value == last_item + 1 &&
                                    (after_a_sentence || (first_child && !open_title_is_a_part));
          if (!item_follows) continue;
          last_item = *marker->value;
          cuts.push_back(i);
          item_cuts.push_back(i);
          i += marker->length;
          open_title = std::u32string_view::npos;
          continue;
        }
        if (marker->level > deepest || marker->level < shallowest) continue;
        const bool next_sibling = !open_title_is_a_part && !a_part(*marker) && marker->level == open_title_level;
        if (first_child && !after_a_sentence && !next_sibling &&
            !(open_title_is_a_part && !a_part(*marker) && marker->level == 1 && last[1] == 0))
          continue;
        int& sequence = a_part(*marker) ? last_part : last[marker->level];
        if (*marker->value != sequence + 1) continue;
        sequence = *marker->value;
        if (a_part(*marker)) last[1] = 0;
        if (marker->level == 1) last[2] = 0;
        last_item = 0;
        cuts.push_back(i);
        if (marker->level == 2) subheading_cuts.push_back(i);
        i += marker->length;
        if (marker->level == 1) level_one_title = i;
        open_title = a_part(*marker) || flattened ? i : std::u32string_view::npos;
        open_title_is_a_part = a_part(*marker);
        open_title_level = marker->level;
      }
    }
    // A short paragraph's level-1 title over a lone （一）, with no （二） after a full stop, is written as it stands.
    if (!flattened && own && own->level == 1 && subheading_cuts.size() < 2) {
      std::erase_if(cuts,
                    [&](std::size_t cut) { return std::ranges::find(subheading_cuts, cut) != subheading_cuts.end(); });
    }
    // A page with no numbered part of its own may head its parts with bare names (cuts_around_bare_parts), its items
    // numbered under them.
    if (flattened && cuts.size() == item_cuts.size()) {
      std::vector<std::size_t> bare = cuts_around_bare_parts(text);
      if (!bare.empty()) {
        cuts.insert(cuts.end(), bare.begin(), bare.end());
        std::ranges::sort(cuts);
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
      }
    }
    if (cuts.size() < fewest_cuts) {
      paragraphs_.push_back(std::move(paragraph));
      return;
    }
    cuts.push_back(text.size());
    if (flattened) cut_lone_sentences_under_headings(text, cuts);
    std::size_t from = 0;
    for (const std::size_t cut : cuts) {
      std::size_t end = cut;
      while (end > from && text[end - 1] == U' ') --end;
      if (end > from) {
        // The pieces of a cut paragraph keep no hints: the block's heading style belongs to its start only.
        paragraphs_.push_back(
            {paragraph.start + from, text.substr(from, end - from), from == 0 ? paragraph.block : &kNoHints});
      }
      from = cut;
    }
  }

  // A flattened page's heading over a single short sentence, the next heading of its level after it (（一）加强队伍建设
  // 组织执法人员参加培训。 （二）…): cut at the space where the heading's line ended, so the sentence is the body and
  // not the title's second clause. `cuts` are the starts of the pieces after the first, and the text's end.
  static void cut_lone_sentences_under_headings(std::u32string_view text, std::vector<std::size_t>& cuts) {
    std::vector<std::size_t> more;
    std::size_t from = 0;
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
      const std::size_t end = cuts[k];
      const auto next = match_heading_marker(text.substr(end));
      std::size_t trimmed_end = end;
      while (trimmed_end > from && text[trimmed_end - 1] == U' ') --trimmed_end;
      if (next) {
        if (const auto body = lone_sentence_under_a_heading(text.substr(from, trimmed_end - from), next->level)) {
          more.push_back(from + *body);
        }
      }
      from = end;
    }
    if (more.empty()) return;
    cuts.insert(cuts.end(), more.begin(), more.end());
    std::ranges::sort(cuts);
  }

  // A part's name, not a sentence about it: it closes with a part's keyword (存在的问题, 下一步工作打算,
  // 一年来主要工作; past the 职责情况 that closes …第一责任人职责情况) or is a year's plan (2025年重点任务).
  // 短板依然存在 closes with its verb: the body's sentence, run into its points as a lead-in.
  bool closes_with_a_parts_name(std::u32string_view name) const {
    // A year's plan names itself by a plan's word at its end (2025年重点任务, 2025年工作计划), not a sentence about
    // the year (2025年我局将持续深化法治政府建设).
    const auto a_years_plan = [name] {
      constexpr std::u32string_view kPlansWords[] = {U"任务", U"计划", U"打算", U"安排", U"思路",
                                                     U"重点", U"目标", U"措施", U"工作"};
      return name.size() > 4 && name[4] == U'年' &&
             std::all_of(name.begin(), name.begin() + 4, [](char32_t c) { return c >= U'0' && c <= U'9'; }) &&
             std::any_of(std::begin(kPlansWords), std::end(kPlansWords),
                         [name](std::u32string_view word) { return name.ends_with(word); });
    };
    if (a_years_plan()) return true;
    const auto closes_with_a_keyword = [&name](const std::vector<std::u32string>& words) {
      return std::any_of(words.begin(), words.end(),
                         [&name](const std::u32string& word) { return name.ends_with(word); });
    };
    for (;;) {
      if (closes_with_a_keyword(keywords_.achievements) || closes_with_a_keyword(keywords_.results) ||
          closes_with_a_keyword(keywords_.shortcomings) || closes_with_a_keyword(keywords_.leadership) ||
          closes_with_a_keyword(keywords_.plan)) {
        return true;
      }
      const auto tail =
          std::find_if(std::begin(kClosingNouns), std::end(kClosingNouns),
                       [&name](std::u32string_view noun) { return name.size() > noun.size() && name.ends_with(noun); });
      if (tail == std::end(kClosingNouns)) return false;
      name.remove_suffix(tail->size());
    }
  }

  // A page flattened into one line with a space where each line ended (…报告如下： 一年来主要工作 一是加强… 存在的问题
  // 一是…) keeps a part named on a line of its own between two spaces, after a sentence's end and before a sentence
  // or a numbered point (一年来主要工作 1.强化组织领导 …); the points numbered on from that 1. after a sentence's end
  // and a space are cut too.
  // Cut before and after each such name (add_unnumbered_parts then reads it as a bare line), when names of two
  // different parts stand so. A table's header row run together (存在问题 整改措施 完成时限) has no sentence after
  // its cells, and a slogan's clauses (强化理论武装 筑牢法治根基) name no part.
  std::vector<std::size_t> cuts_around_bare_parts(std::u32string_view text) const {
    constexpr std::u32string_view kSentenceEnds = U"。；：！？;:!?";
    constexpr std::u32string_view kInSentence = U"。；，";
    const auto skip_spaces = [text](std::size_t at) {
      while (at < text.size() && text[at] == U' ') ++at;
      return at;
    };
    std::vector<std::size_t> cuts;
    std::set<std::string> kinds_named;
    int last_item = 0;  // the last of the 1. 2. under the part named last, each after a sentence's end and a space
    for (std::size_t space = text.find(U' '); space != std::u32string_view::npos;) {
      const std::size_t name = skip_spaces(space);
      const std::size_t end = text.find(U' ', name);
      const bool after_a_sentence = space > 0 && kSentenceEnds.find(text[space - 1]) != std::u32string_view::npos;
      space = end;
      if (end == std::u32string_view::npos || !after_a_sentence) continue;
      std::u32string_view candidate = text.substr(name, end - name);
      if (const auto item = match_heading_marker(candidate);
          last_item > 0 && item && item->level == 3 && item->value == last_item + 1) {
        last_item = *item->value;
        cuts.push_back(name);
        continue;
      }
      if (candidate.ends_with(U"：") || candidate.ends_with(U":")) candidate.remove_suffix(1);
      if (!worded_as_a_heading(candidate, false) || holds_a_figure(candidate) || match_heading_marker(candidate) ||
          candidate.find(U"报告") != std::u32string_view::npos || announces_what_follows(candidate)) {
        continue;
      }
      const std::size_t next = skip_spaces(end);
      const std::u32string_view following = text.substr(next, text.find(U' ', next) - next);
      // Its first numbered point may stand next, its title on the line before its sentence (一年来主要工作
      // 1.强化组织领导 局党组…。).
      if (following.find_first_of(kInSentence) == std::u32string_view::npos && !match_heading_marker(following))
        continue;
      const auto kinds = classify_heading(candidate, keywords_, std::nullopt);
      if (kinds.empty()) continue;
      kinds_named.insert(kinds.begin(), kinds.end());
      cuts.push_back(name);
      cuts.push_back(next);
      const auto first_item = match_heading_marker(following);
      last_item = first_item && first_item->level == 3 && first_item->value == 1 ? 1 : 0;
    }
    if (kinds_named.size() < 2) return {};
    return cuts;
  }

  std::size_t start_of(std::size_t paragraph, std::size_t fallback) const {
    return paragraph < paragraphs_.size() ? paragraphs_[paragraph].start : fallback;
  }

  void add_section(std::string id, std::string parent, int level, const std::u32string& number,
                   const std::u32string& title, std::vector<std::string> kinds, std::size_t start, std::size_t end) {
    document_.sections.push_back(Section{std::move(id), std::move(parent), level, encode_utf8(number),
                                         encode_utf8(title), std::move(kinds), start, end});
  }

  // A report whose outermost headings are （一）（二）… (or 1. 2. …) with no 一、 anywhere numbers its top
  // level that way: those headings are its level 1, not orphans of a level that does not exist.
  // 第一部分 alone on its line, its title on the next (a short line that is no heading itself).
  std::optional<Heading> part_marker_over_its_title(std::size_t i) const {
    const std::u32string_view line = paragraphs_[i].text;
    if (!line.starts_with(U"第") || line.size() > kLongestPartMarker) return std::nullopt;
    const auto marker = parse_numbering_label(line);
    if (!marker || marker->number.find(U"部分") == std::u32string::npos) return std::nullopt;
    const Paragraph& next = paragraphs_[i + 1];
    if (next.text.size() > kLongestPartTitle || heading_from_text(next, i + 1)) return std::nullopt;
    return Heading{i, marker->level, marker->number, marker->value, heading_title(next.text)};
  }

  // Chinese words and years only, short (a bold line may hold commas and be longer): no code, no quotation, no
  // list, no sentence.
  static bool worded_as_a_heading(std::u32string_view line, bool bold) {
    // A part reported in two clauses, closing with 情况, as the guidance since 2024 titles the leaders' part
    // (党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况): plain in a TXT copy, as long as a
    // bold line. A topic of two clauses (坚持依法行政，规范权力运行) reports nothing.
    const bool two_clauses_reported = line.ends_with(U"情况") && std::count(line.begin(), line.end(), U'，') == 1;
    const bool commas = bold || two_clauses_reported;
    const auto heading_character = [commas](char32_t c) {
      return is_han(c) || (c >= U'0' && c <= U'9') || c == U'、' || (commas && c == U'，');
    };
    // A five-year period opening the line in its quotation marks (“十五五”开局之年工作谋划), as a year opens a plan's
    // name: the marks are no quotation of the body's.
    std::u32string_view words = line;
    if (line.starts_with(U"“") && opening_five_year_period(line) && line.substr(4).starts_with(U"”")) {
      words.remove_prefix(5);
    }
    return !line.empty() && line.size() <= (commas ? kLongestBoldHeading : kLongestBarePartHeading) &&
           std::all_of(words.begin(), words.end(), heading_character);
  }

  // Bare lines over numbered level-1 headings that run on across them (主要举措和成效 / 一、… 三、 / 存在的不足和原因
  // / 四、… / 2025年工作计划 / 七、…) are the parts when three lines or more, each directly over a numbered heading,
  // name three parts or more between them: lines naming different required parts, each alone on its line, are
  // evidence enough; one or two short body lines that happen to name a part are not.
  static bool runs_on_under_parts(const std::vector<Heading>& found, const std::set<std::string>& kinds_named,
                                  const std::vector<Heading>& numbered) {
    constexpr std::size_t kFewestParts = 3;
    if (found.size() < kFewestParts || kinds_named.size() < kFewestParts) return false;
    std::set<std::size_t> level_ones;
    for (const Heading& heading : numbered) {
      if (heading.level == 1) level_ones.insert(heading.paragraph);
    }
    return std::all_of(found.begin(), found.end(),
                       [&](const Heading& line) { return level_ones.contains(line.paragraph + 1); });
  }

  // A level-3 heading whose point was lost (1理论武装入脑入心，筑牢思想根基。 over 2.组织领导坚强有力，…): a heading
  // only in the place its number has in a list, the next level-3 heading numbered one more and the heading before
  // it the one before in the list, or, for the first, a heading of a higher level. A count or a date so placed
  // (1名律师…) never reads as a title (match_pointless_digit_marker).
  void add_headings_that_lost_their_point(std::vector<Heading>& headings) const {
    std::vector<Heading> found;
    for (std::size_t k = 1; k < headings.size(); ++k) {
      const Heading& next = headings[k];
      const Heading& before = headings[k - 1];
      if (next.level != 3 || next.styled || !next.value || *next.value < 2) continue;
      const int wanted = *next.value - 1;
      const bool fits =
          before.level < 3 ? wanted == 1 : before.level == 3 && !before.styled && before.value == wanted - 1;
      if (!fits) continue;
      for (std::size_t j = before.paragraph + 1; j < next.paragraph; ++j) {
        if (contents_[j] || in_a_table(paragraphs_[j])) continue;
        const auto marker = match_pointless_digit_marker(paragraphs_[j].text);
        if (!marker || marker->value != wanted) continue;
        found.push_back(Heading{j, marker->level, marker->number, marker->value,
                                heading_title(std::u32string_view(paragraphs_[j].text).substr(marker->length))});
        break;
      }
    }
    if (found.empty()) return;
    headings.insert(headings.end(), found.begin(), found.end());
    std::stable_sort(headings.begin(), headings.end(),
                     [](const Heading& a, const Heading& b) { return a.paragraph < b.paragraph; });
  }

  // A report with no level-1 marker may head its parts with bare lines (主要举措和成效 / 存在的不足和原因 /
  // 2024年工作计划, bold in Word, plain in a TXT copy). Such a line is short, has no sentence punctuation and
  // names a required part; it counts only when lines naming at least two different parts do, so one short
  // line of the body that happens to name a part heads nothing. Where the input marks lines bold (a web
  // page's <strong>), a bold line may hold commas, and bold lines naming no part are topic headings: two bold
  // lines are enough.
  void add_unnumbered_parts(std::vector<Heading>& headings, std::size_t closing) const {
    // Unless level 1 starts again at 一、 (主要举措和成效 / 一、… 二、… / 存在的不足 / 一、…): then the bare lines
    // naming parts stand over the numbered ones, which go one level down.
    // A report in parts (第一部分) has its own: demote_under_parts.
    const bool in_parts =
        std::any_of(headings.begin(), headings.end(), [](const Heading& h) { return h.number.starts_with(U"第"); });
    const bool restarts = !in_parts && std::count_if(headings.begin(), headings.end(), [](const Heading& h) {
                                         return h.level == 1 && h.value == 1;
                                       }) >= 2;
    // Or unless the bare lines over level-1 headings that run on (主要举措和成效 / 一、… 三、 / 存在的不足和原因 /
    // 四、…) name three parts or more between them: runs_on_under_parts.
    const bool numbered_top =
        std::any_of(headings.begin(), headings.end(), [](const Heading& h) { return h.level == 1; });
    if (in_parts && numbered_top) return;
    const bool runs_on = numbered_top && !restarts;
    std::vector<std::u32string> opening;
    for (std::size_t i = 1; i < closing && i < kTitleParagraphs; ++i) opening.push_back(paragraphs_[i].text);
    const auto year = paragraphs_.empty() ? std::nullopt : find_report_year(paragraphs_[0].text, opening);
    std::vector<Heading> found;
    std::set<std::string> kinds_named;
    std::size_t bold_lines = 0;
    std::size_t bracketed_parts = 0;
    std::set<std::size_t> bracketed_topics;
    std::set<std::size_t> naming_parts;  // lines that name a part; the others are topics
    std::set<std::size_t> already;
    for (const Heading& heading : headings) already.insert(heading.paragraph);
    // A report whose parts run into their points (一年来的主要工作。一是… / 存在的不足。一是…), two of them or more,
    // may run a part into prose too (主要负责人履职情况。乡党委书记…), its bold lead-in lost to the copy.
    std::size_t parts_run_in = 0;
    for (std::size_t i = 1; i < closing && !numbered_top; ++i) {
      const std::u32string_view name = part_name_run_in(paragraphs_[i].text);
      parts_run_in += !name.empty() && closes_with_a_parts_name(name);
    }
    constexpr std::size_t kFewestPartsRunIn = 2;
    const bool parts_run_into_prose = parts_run_in >= kFewestPartsRunIn;
    for (std::size_t i = 1; i < closing; ++i) {
      if (already.contains(i) || in_a_table(paragraphs_[i]) || contents_[i]) continue;
      std::u32string_view line = paragraphs_[i].text;
      // A part's name run into its points (存在的问题。一是…；二是…) in a report numbered nowhere above its topics:
      // the name is the heading. Only a name of a part (below): a topic's lead-in is the body's.
      std::u32string_view run_in = numbered_top ? std::u32string_view() : part_name_run_in(line, parts_run_into_prose);
      if (!run_in.empty() && !closes_with_a_parts_name(run_in)) run_in = {};
      if (!run_in.empty()) line = run_in;
      if (line.ends_with(U"：") || line.ends_with(U":")) line.remove_suffix(1);
      // A line in brackets (【存在的不足】, 【强化组织领导】) is set apart as a bold one is, when the report heads its
      // parts so (below).
      const bool bracketed = line.size() > 2 && line.front() == U'【' && line.back() == U'】';
      if (bracketed) line = line.substr(1, line.size() - 2);
      const bool bold = paragraphs_[i].block->style == "bold" || bracketed;
      // A report in questions and answers asks after each part (问：2025年有哪些工作安排？ / 答：…): the question
      // heads it, if it names one.
      const bool question = asks_after_a_part(line);
      if (question) line = line.substr(2, line.size() - 3);
      // A figure or a date (全年办理行政复议案件56件, 2024年1月5日) heads nothing; a year does (2024年工作计划).
      if (!question && holds_a_figure(line)) continue;
      if ((!question && !worded_as_a_heading(line, bold)) || line.find(U"报告") != std::u32string_view::npos ||
          announces_what_follows(line) || heading_from_text(paragraphs_[i], i)) {
        continue;
      }
      const auto kinds = classify_heading(line, keywords_, year);
      if (kinds.empty() && (!bold || restarts || question || runs_on || !run_in.empty())) continue;
      kinds_named.insert(kinds.begin(), kinds.end());
      const bool bold_by_style = paragraphs_[i].block->style == "bold";
      bold_lines += bold_by_style;
      bracketed_parts += bracketed && !kinds.empty();
      if (bracketed && kinds.empty() && !bold_by_style) bracketed_topics.insert(i);
      if (!kinds.empty()) naming_parts.insert(i);
      found.push_back(Heading{i, 1, {}, std::nullopt, std::u32string(line)});
    }
    // Bracketed lines naming no part (【典型案例】 inside a part) are topics only in a report whose parts are
    // bracketed too.
    if (bracketed_parts < 2) {
      std::erase_if(found, [&](const Heading& h) { return bracketed_topics.contains(h.paragraph); });
    }
    if (kinds_named.size() < 2 && (bold_lines < 2 || restarts)) return;
    if (runs_on && !runs_on_under_parts(found, kinds_named, headings)) return;
    if (restarts || runs_on) {
      for (Heading& heading : headings) heading.level = std::min(heading.level + 1, kDeepestLevel);
    }
    // A bold line naming no part after one that names a part is that part's topic (主要做法和成效 / 坚持依法决策，
    // 规范权力运行 / 加强普法宣传，营造法治氛围), one level down.
    if (kinds_named.size() >= 2) {
      bool under_a_part = false;
      for (Heading& heading : found) {
        const bool names = naming_parts.contains(heading.paragraph);
        if (!names && under_a_part) heading.level = 2;
        under_a_part = under_a_part || names;
      }
    }
    headings.insert(headings.end(), found.begin(), found.end());
    std::stable_sort(headings.begin(), headings.end(),
                     [](const Heading& a, const Heading& b) { return a.paragraph < b.paragraph; });
  }

  // Bold lines under a numbered part that has no headings of its own (一、主要举措和成效 / **坚持依法决策，规范
  // 权力运行** / …): its topics, one level down, as a Word or WPS report without （一） sets them. Two or more in
  // the part, each short, of words only, with no figure; one bold line alone may be emphasis.
  void add_bold_topics_under_parts(std::vector<Heading>& headings, std::size_t closing) const {
    std::vector<Heading> found;
    for (std::size_t h = 0; h < headings.size(); ++h) {
      if (headings[h].level != 1) continue;
      const std::size_t end = h + 1 < headings.size() ? headings[h + 1].paragraph : closing;
      if (h + 1 < headings.size() && headings[h + 1].level > 1) continue;  // the part has headings of its own
      std::vector<Heading> topics;
      for (std::size_t i = headings[h].paragraph + 1; i < end && i < closing; ++i) {
        if (in_a_table(paragraphs_[i]) || paragraphs_[i].block->style != "bold") continue;
        std::u32string_view line = paragraphs_[i].text;
        if (line.ends_with(U"：") || line.ends_with(U":")) line.remove_suffix(1);
        if (holds_a_figure(line) || !worded_as_a_heading(line, true) || heading_from_text(paragraphs_[i], i)) continue;
        topics.push_back(Heading{i, 2, {}, std::nullopt, std::u32string(line)});
      }
      // Topics open the part: bold lines further down with its first paragraph plain are emphasis.
      const bool opens_the_part = !topics.empty() && topics.front().paragraph == headings[h].paragraph + 1;
      if (topics.size() >= 2 && opens_the_part) found.insert(found.end(), topics.begin(), topics.end());
    }
    if (found.empty()) return;
    headings.insert(headings.end(), found.begin(), found.end());
    std::stable_sort(headings.begin(), headings.end(),
                     [](const Heading& a, const Heading& b) { return a.paragraph < b.paragraph; });
  }

  // 第一部分 over 一、 (a department's report in parts): the parts are the top level, every other heading one
  // below where its marker would put it.
  static void demote_under_parts(std::vector<Heading>& headings) {
    const auto is_part = [](const Heading& heading) {
      return heading.number.starts_with(U"第") && heading.number.find(U"部分") != std::u32string::npos;
    };
    bool parts = false;
    bool top_under_a_part = false;
    for (const Heading& heading : headings) {
      top_under_a_part = top_under_a_part || (parts && !is_part(heading) && heading.level == 1);
      parts = parts || is_part(heading);
    }
    if (!top_under_a_part) return;
    for (Heading& heading : headings) {
      if (!is_part(heading)) heading.level = std::min(heading.level + 1, kDeepestLevel);
    }
  }

  void promote_to_top_level(std::vector<Heading>& headings) {
    if (headings.empty()) return;
    const int top = std::min_element(headings.begin(), headings.end(), [](const Heading& a, const Heading& b) {
                      return a.level < b.level;
                    })->level;
    if (top <= 1) return;
    for (auto& heading : headings) heading.level -= top - 1;
    document_.metadata.set("numbering.top_level", std::to_string(top));
  }

  void build_tree(const std::vector<Heading>& headings, std::size_t closing_offset) {
    std::vector<std::size_t> open;  // indices into document_.sections of the headings enclosing the current one
    const std::size_t first = document_.sections.size();
    // A section ends where the next heading of its level or above starts: one pass with a stack.
    std::vector<std::size_t> ends(headings.size(), closing_offset);
    std::vector<std::size_t> unclosed;
    for (std::size_t h = 0; h < headings.size(); ++h) {
      while (!unclosed.empty() && headings[unclosed.back()].level >= headings[h].level) {
        ends[unclosed.back()] = paragraphs_[headings[h].paragraph].start;
        unclosed.pop_back();
      }
      unclosed.push_back(h);
    }
    for (std::size_t h = 0; h < headings.size(); ++h) {
      const Heading& heading = headings[h];
      while (!open.empty() && document_.sections[open.back()].level >= heading.level) open.pop_back();
      const std::size_t end = ends[h];
      const std::string parent = open.empty() ? "" : document_.sections[open.back()].id;
      if (parent.empty() && heading.level > 1) {
        issues_.push_back(issue("orphan-heading", paragraphs_[heading.paragraph].start,
                                paragraphs_[heading.paragraph].start + heading.number.size(),
                                {{"level", std::to_string(heading.level)}, {"number", encode_utf8(heading.number)}}));
      }
      add_section("s" + std::to_string(h + 1), parent, heading.level, heading.number, heading.title, {},
                  paragraphs_[heading.paragraph].start, end);
      open.push_back(document_.sections.size() - 1);
      heading_sections_.push_back(document_.sections.size() - 1);
    }
    assign_parts(first);
  }

  // 一、2023年工作情况, 一、2019年法治政府建设开展情况: a heading on how the year went, with no word of what was
  // done or achieved, may hold every required part (（二）存在的不足, （三）主要负责人履职情况) as the 2019 layout
  // does.
  static bool reports_the_year_as_a_whole(std::u32string_view title) {
    if (title.find(U"情况") == std::u32string_view::npos) return false;
    constexpr std::u32string_view kWhatWasDone[] = {U"举措", U"措施", U"做法", U"成效", U"成绩", U"成果", U"亮点"};
    return std::none_of(std::begin(kWhatWasDone), std::end(kWhatWasDone),
                        [&](std::u32string_view word) { return title.find(word) != std::u32string_view::npos; });
  }

  // Whether a heading reports how a duty was done (…履职情况, 履行…职责, 述职) rather than naming a measure about it:
  // a clause that names the leaders' duty and a word of doing it. A slogan's other clause changes nothing
  // (加强党的领导，认真履行第一责任人职责 reports the duty done); a measure on it has no such word
  // (压实党政主要负责人第一责任人职责).
  bool reports_a_duty(std::u32string_view title) const {
    constexpr std::u32string_view kClauseEnds = U"，, ；;";
    for (std::size_t from = 0; from <= title.size();) {
      const std::size_t end = std::min(title.find_first_of(kClauseEnds, from), title.size());
      const std::u32string_view clause = title.substr(from, end - from);
      const bool done = std::any_of(std::begin(kDutyDone), std::end(kDutyDone), [&](std::u32string_view word) {
        return clause.find(word) != std::u32string_view::npos;
      });
      if (done) {
        const auto kinds = classify_heading(clause, keywords_, report_year_);
        if (std::find(kinds.begin(), kinds.end(), part::leadership) != kinds.end()) return true;
      }
      from = end + 1;
    }
    return false;
  }
  static constexpr std::u32string_view kDutyDone[] = {U"履职", U"履行", U"情况", U"述职"};

  // The leaders' part given as a text of its own after the report (attached_titles): a title that reports their
  // duty on the rule of law (党政主要负责人履行推进法治建设第一责任人职责情况, 镇党委书记2024年度述法报告) and closes
  // as a report does. A list of their duties (…第一责任人职责清单) or a 述职 on other work reports no such part.
  bool reports_the_leaders_duty(std::u32string_view title) const {
    while (!title.empty() && (title.back() == U'》' || title.back() == U'。')) title.remove_suffix(1);
    if (!title.empty() && title.front() == U'《') title.remove_prefix(1);
    const bool closes_as_a_report = title.ends_with(U"情况") || title.ends_with(U"报告") || title.ends_with(U"总结");
    const bool on_the_rule_of_law = title.find(U"法治") != std::u32string_view::npos ||
                                    title.find(U"述法") != std::u32string_view::npos ||
                                    title.find(U"第一责任人") != std::u32string_view::npos;
    const auto kinds = classify_heading(title, keywords_, std::nullopt);
    const bool names_the_leaders = std::find(kinds.begin(), kinds.end(), part::leadership) != kinds.end();
    return closes_as_a_report && on_the_rule_of_law && names_the_leaders &&
           (reports_a_duty(title) || title.find(U"述法") != std::u32string_view::npos);
  }

  // The required parts given after the report as texts of their own (metadata parts.attached), which
  // analysis.anomalies' missing-section counts as given. A metadata entry rather than a kind on the closing: the
  // closing stays the signature and what follows it, and no section's kinds claim text outside the report's tree.
  void record_attached_parts(const std::vector<std::u32string_view>& lines) {
    std::vector<bool> opens_an_attachment(paragraphs_.size());
    for (std::size_t i = 0; i < paragraphs_.size(); ++i) {
      opens_an_attachment[i] = sets_attachments_aside(paragraphs_, i, attached_report_);
    }
    const auto titles = attached_titles(lines, opens_an_attachment);
    const auto given = [&](auto&& gives) {
      return std::any_of(titles.begin(), titles.end(), [&](const std::u32string& title) { return gives(title); });
    };
    std::string attached;
    if (given([&](std::u32string_view title) { return reports_the_leaders_duty(title); })) attached = part::leadership;
    if (given([&](std::u32string_view title) { return plans_the_next_year(title); })) {
      attached += (attached.empty() ? "" : ";") + std::string(part::plan);
    }
    if (!attached.empty()) document_.metadata.set("parts.attached", attached);
  }

  // The next year's plan given as a text of its own after the report (附件：2025年法治政府建设工作计划 over its
  // text): a title closing with a plan's noun, on the rule of law or on the unit's work as a whole (2025年工作要点,
  // 下一步工作打算), for a year after the report's when it names one. A plan on one field (2025年安全生产工作计划)
  // or of the report's own year is no such part.
  bool plans_the_next_year(std::u32string_view title) const {
    while (!title.empty() && (title.back() == U'》' || title.back() == U'。')) title.remove_suffix(1);
    if (!title.empty() && title.front() == U'《') title.remove_prefix(1);
    static constexpr std::u32string_view kPlanNouns[] = {U"计划", U"打算", U"安排", U"要点", U"思路", U"设想"};
    if (std::none_of(std::begin(kPlanNouns), std::end(kPlanNouns),
                     [&](std::u32string_view noun) { return title.ends_with(noun); })) {
      return false;
    }
    const auto years = years_written(title);
    if (!years.empty() && (!report_year_ || years.back() <= *report_year_)) return false;
    static constexpr std::u32string_view kOnTheRuleOfLaw[] = {U"法治", U"依法行政", U"法制"};
    if (std::any_of(std::begin(kOnTheRuleOfLaw), std::end(kOnTheRuleOfLaw),
                    [&](std::u32string_view word) { return title.find(word) != std::u32string_view::npos; })) {
      return true;
    }
    // The unit's work as a whole: nothing between the year (or 下一步, 明年) and 工作.
    const std::size_t work = title.rfind(U"工作");
    if (work == std::u32string_view::npos) return false;
    std::u32string_view before = title.substr(0, work);
    for (const std::u32string_view lead : {U"年度", U"年", U"下一步", U"下步", U"明年", U"来年", U"今后"}) {
      if (before.ends_with(lead)) return true;
    }
    return false;
  }

  // Whether a subsection's title names a part rather than a measure on it: one clause that opens, after a year or
  // 下一步, with no verb of doing (（一）着力解决执法中存在的问题, （二）统筹做好年度工作安排, （三）健全…化解对策 are
  // the year's measures; 存在的问题及整改措施, 2025年工作打算 name parts).
  static bool opens_with_no_deed(std::u32string_view title) {
    if (title.find_first_of(U"，,；;") != std::u32string_view::npos) return false;
    const auto year = years_written(title.substr(0, std::min<std::size_t>(title.size(), 5)));
    if (!year.empty()) title.remove_prefix(std::min(title.size(), title.find(U'年') + 1));
    for (const std::u32string_view lead : {U"度", U"下一步", U"下步", U"今后", U"明年", U"来年"}) {
      if (title.starts_with(lead)) title.remove_prefix(lead.size());
    }
    static constexpr std::u32string_view kDeeds[] = {
        U"着力", U"解决", U"做好", U"统筹", U"健全", U"整改", U"开展", U"完善", U"加强", U"推进", U"落实", U"强化",
        U"提升", U"建立", U"坚持", U"深化", U"抓好", U"制定", U"制订", U"优化", U"创新", U"破解", U"补齐", U"对标",
        U"对照", U"查找", U"聚焦", U"狠抓", U"研究", U"谋划", U"部署", U"实施", U"推动", U"加快", U"构建", U"压实",
        U"防范", U"化解", U"扎实", U"认真", U"切实", U"全力", U"持续", U"严格", U"规范", U"注重", U"突出"};
    return std::none_of(std::begin(kDeeds), std::end(kDeeds),
                        [&](std::u32string_view deed) { return title.starts_with(deed); });
  }

  // The parts a subsection names when it names the shortcomings or the plan (（四）存在的问题, （五）2025年工作打算):
  // by its words, or by a later year than the report's opening it (a year inside a topic, 开展2024—2025年普法专项
  // 行动, plans nothing); empty when it names neither.
  std::vector<std::string> names_a_later_part(std::u32string_view title) const {
    auto own = classify_heading(title, keywords_, std::nullopt);
    const auto has = [&](std::string_view kind) { return std::find(own.begin(), own.end(), kind) != own.end(); };
    // Named as the part, its keyword closing the title: 存在问题的整改 is a measure.
    const auto closes_the_title = [&](const std::vector<std::u32string>& words) {
      return std::any_of(words.begin(), words.end(),
                         [&](const std::u32string& word) { return !word.empty() && title.ends_with(word); });
    };
    if ((has(part::shortcomings) || has(part::plan)) &&
        (closes_the_title(keywords_.shortcomings) || closes_the_title(keywords_.plan)) && opens_with_no_deed(title)) {
      return own;
    }
    constexpr std::size_t kLongestYear = 5;  // 2025年, 二〇二五年
    const auto opening = years_written(title.substr(0, std::min(title.size(), kLongestYear)));
    if (report_year_ && !opening.empty() && opening.front() > *report_year_) {
      return classify_heading(title, keywords_, report_year_);
    }
    return {};
  }

  // （一）党政主要负责人履职情况 under the year's measures: the leaders' part, written inside another one. Not a
  // measure that only mentions them (（二）压实党政主要负责人…职责, （三）组织开展述法评议).
  void add_the_leaders_duty(std::u32string_view title, std::vector<std::string>& kinds) const {
    const auto own = classify_heading(title, keywords_, report_year_);
    const auto has = [](const std::vector<std::string>& in, std::string_view kind) {
      return std::find(in.begin(), in.end(), kind) != in.end();
    };
    if (has(own, part::leadership) && !has(kinds, part::leadership)) kinds.emplace_back(part::leadership);
  }

  // Level-1 sections are classified by their titles; unclassified ones before the first shortcomings or
  // plan part report the year's work (reports often title that part by topic only, and some put the
  // leadership part first); deeper sections inherit the part of their level-1 ancestor, unless that
  // ancestor was classified for want of words (一、2023年度法治政府建设情况), or reports the year as a whole
  // (一、2023年工作情况), or is a 第N部分 on the year's work,
  // and they name a part of their own: the required parts are then written one level down (（三）存在的不足和原因).
  void assign_parts(std::size_t first) {
    bool past_achievements = false;
    bool past_shortcomings = false;
    std::map<std::string, std::vector<std::string>> parts_by_id;
    std::set<std::string> classified_for_want_of_words;
    const auto names_another_part = [](const std::vector<std::string>& kinds) {
      return std::any_of(kinds.begin(), kinds.end(), [](const std::string& k) { return k != part::achievements; });
    };
    for (std::size_t i = first; i < document_.sections.size(); ++i) {
      Section& section = document_.sections[i];
      const std::u32string title = decode_utf8(section.title);
      if (!section.parent.empty()) {
        section.kinds = parts_by_id[section.parent];
        // 三、存在的不足及2018年工作打算 over （一）存在的不足 （二）2018年工作打算: a heading of two parts, each
        // written one level down, under its own name.
        std::vector<std::string> own;
        if (section.kinds.size() > 1) own = classify_heading(title, keywords_, report_year_);
        const auto inherited = [&](const std::string& kind) {
          return std::find(section.kinds.begin(), section.kinds.end(), kind) != section.kinds.end();
        };
        if (!own.empty() && own.size() < section.kinds.size() && std::all_of(own.begin(), own.end(), inherited)) {
          section.kinds = std::move(own);
        } else if (classified_for_want_of_words.contains(section.parent)) {
          auto own = classify_heading(title, keywords_, report_year_);
          if (names_another_part(own)) {
            section.kinds = std::move(own);
          } else if (own.empty()) {
            classified_for_want_of_words.insert(section.id);
          }
        } else {
          // 一、主要工作开展情况及成效 over （四）存在的问题 （五）2025年工作打算: a later part written one level down
          // under a heading of the year's work is that part, whatever the heading says.
          std::vector<std::string> later;
          if (section.kinds == std::vector<std::string>{part::achievements}) later = names_a_later_part(title);
          // 三、存在的问题 over （三）下一步工作打算: the plan written as the shortcomings' last subsection.
          if (section.kinds == std::vector<std::string>{part::shortcomings}) {
            auto named = names_a_later_part(title);
            if (std::find(named.begin(), named.end(), part::plan) != named.end()) later = std::move(named);
          }
          if (!later.empty()) {
            section.kinds = std::move(later);
          } else if (reports_a_duty(title)) {
            add_the_leaders_duty(title, section.kinds);
          }
        }
      } else {
        auto kinds = classify_heading(title, keywords_, report_year_);
        if (kinds.empty()) {
          const bool other_matters = title.find(U"其他") != std::u32string::npos;
          kinds.emplace_back(past_achievements || other_matters ? part::other : part::achievements);
          if (kinds.front() == part::achievements) classified_for_want_of_words.insert(section.id);
        }
        // 第一部分 2023年度工作情况 over 一、主要举措 二、存在的问题 三、主要负责人履职: a report in parts whose first
        // part holds the required ones.
        const bool a_part = section.number.starts_with("第") && section.number.find("部分") != std::string::npos;
        if ((a_part || reports_the_year_as_a_whole(title)) && kinds == std::vector<std::string>{part::achievements})
          classified_for_want_of_words.insert(section.id);
        // 一、强化主要负责人责任，夯实组织基础: a topic of the year's work that acts on the leaders' duty rather than
        // reporting it done (履职, 履行, 情况, 述职, 述法) is a measure of the year, and tells the leaders' part too.
        if (!past_achievements && kinds == std::vector<std::string>{part::leadership} && !reports_a_duty(title) &&
            title.find(U"述法") == std::u32string::npos) {
          kinds.insert(kinds.begin(), std::string(part::achievements));
        }
        // 三、存在的不足 四、主要举措: measures named after the shortcomings are those to take against them.
        if (past_shortcomings && kinds == std::vector<std::string>{part::achievements} &&
            names_measures_alone(title, keywords_, report_year_)) {
          kinds = {part::plan};
        }
        past_shortcomings =
            past_shortcomings || std::find(kinds.begin(), kinds.end(), part::shortcomings) != kinds.end();
        if (std::any_of(kinds.begin(), kinds.end(),
                        [](const std::string& k) { return k == part::shortcomings || k == part::plan; })) {
          past_achievements = true;
        }
        section.kinds = std::move(kinds);
      }
      parts_by_id[section.id] = section.kinds;
    }
  }

  // Duplicates, gaps and reversals among siblings, recorded as issues. Siblings are the headings of one
  // level under one parent, or, for a level the document numbers continuously across its parents
  // (（一）… 1. 2. （二）… 3.), under one grandparent: that is a style, and only a gap or repeat within it
  // is a problem. Linear in the number of headings.
  void check_numbering(const std::vector<Heading>& headings) {
    const bool promoted = !document_.metadata.get("numbering.top_level").empty();
    const auto styles = styles_by_grandparent(headings);
    const std::vector<bool> continuous = continuous_levels(styles);
    // A level whose headings carry no number at all (a Word outline styled without numbers) lost none.
    std::vector<bool> numbered(kDeepestLevel + 1, false);
    for (const Heading& heading : headings)
      numbered[heading.level] = numbered[heading.level] || !heading.number.empty();
    // Per (scope, level): the last number, the highest, and how many siblings came before.
    struct Siblings {
      int last = 0;
      int highest = 0;
      int count = 0;
    };
    std::map<std::pair<std::string, int>, Siblings> seen;
    // Per (grandparent, level): the parent of the last numbered heading and its number. Whichever way the vote
    // went, a part of the report may keep the other style throughout (一、 （一） 1. 2. （二） 3. 4. beside
    // 三、 （一） 1. 2. （二） 1. 2.): a first child under a new parent that carries on under a grandparent where
    // none restarts, or restarts under one where none carries on, follows its part's style; only a first child
    // that fits neither is a finding (（一） 1. 2. （二） 1. 2. （三） 3. is one): `styles` above.
    std::map<std::pair<std::string, int>, std::pair<std::string, int>> across_parents;
    for (std::size_t h = 0; h < headings.size(); ++h) {
      const Heading& heading = headings[h];
      const Section& section = document_.sections[heading_sections_[h]];
      const auto grandparent = heading.level >= 2 ? continuity_scope(section) : std::nullopt;
      const auto run_on = continuous[heading.level] ? grandparent : std::nullopt;
      const std::string scope = run_on ? *run_on : section.parent;
      Siblings& siblings = seen[std::make_pair(scope, heading.level)];
      if (grandparent && heading.value) {
        const auto key = std::make_pair(*grandparent, heading.level);
        if (const auto before = across_parents.find(key);
            before != across_parents.end() && before->second.first != section.parent) {
          const int carried = before->second.second;
          const auto style = styles.find(key);
          const int carries = style == styles.end() ? 0 : style->second.first;
          const int restarts = style == styles.end() ? 0 : style->second.second;
          if (!run_on && restarts == 0 && siblings.count == 0 && *heading.value == carried + 1 && *heading.value != 1) {
            siblings.last = carried;  // carries on from the previous parent's list
          } else if (run_on && carries == 0 && *heading.value == 1) {
            siblings = {};  // starts again under its own parent
          }
        }
        across_parents[key] = {section.parent, *heading.value};
      }
      // A list under a line of the body that opens it is a list of its own: a lead-in (主要表现在： 1. 2. 3. 原因分析：
      // 1. 2.), or a topic left unnumbered (● 严格规范执法 / 严格规范执法 1. 2.). Not the report's own parts: an
      // 一、 again after a short line (三、存在的不足 / 工作亮点 / 一、…) restarts the top level, which is a finding;
      // a list that is all a short report numbers (依法全面履行政府职能 / 1.… 2.… / 严格规范执法 / 1.…) is
      // promoted to the top and still restarts.
      const bool own_parts = heading.level == 1 && !promoted;
      if (!own_parts && heading.value == 1 && siblings.count > 0 && follows_a_list_opener(headings, h)) siblings = {};
      const int last = siblings.last;
      const int position = ++siblings.count;
      const std::size_t start = section.start;
      const std::size_t end = start + std::max<std::size_t>(1, heading.number.size());
      std::vector<std::pair<std::string, std::string>> attributes = {
          {"section", section.id}, {"level", std::to_string(heading.level)}, {"number", section.number}};
      if (!heading.value) {
        // A heading style without a number where its siblings have one: Word's numbering switched off for it
        // (numId 0, 工作亮点 between （一） and （二）), a choice, not a loss.
        if (!numbered[heading.level] || heading.styled) continue;
        attributes.emplace_back("expected", std::to_string(last + 1));
        issues_.push_back(issue("missing-marker", start, end, attributes));
        siblings.last = last + 1;
        continue;
      }
      const int value = *heading.value;
      if (value == last) {
        attributes.emplace_back("expected", std::to_string(last + 1));
        issues_.push_back(issue("duplicate-number", start, end, attributes));
      } else if (value < last) {
        // Two headings swapped (一、三、二、四、): the second of them stands where its position's number belongs.
        attributes.emplace_back("expected", std::to_string(position));
        issues_.push_back(issue("out-of-order", start, end, attributes));
      } else if (value > last + 1 && !(value == position && value > siblings.highest)) {
        // A number right for its position after an earlier mistake (一、三、二、四、, 一、二、二、四、) is no gap.
        attributes.emplace_back("expected", std::to_string(last + 1));
        issues_.push_back(issue("number-gap", start, end, attributes));
      }
      siblings.last = value;
      siblings.highest = std::max(siblings.highest, value);
    }
  }

  // Whether the paragraph right before heading `h` is a line of the body that opens the list under it: a lead-in
  // (原因分析：), a bullet line or an unnumbered topic line (list_openers.hpp). A table's cell opens nothing.
  bool follows_a_list_opener(const std::vector<Heading>& headings, std::size_t h) const {
    const std::size_t paragraph = headings[h].paragraph;
    if (paragraph == 0 || (h > 0 && headings[h - 1].paragraph == paragraph - 1)) return false;
    const Paragraph& line = paragraphs_[paragraph - 1];
    if (in_a_table(line)) return false;
    return opens_a_list(line.text, paragraph >= 2 ? std::u32string_view(paragraphs_[paragraph - 2].text) : U"");
  }

  // Per (grandparent, level): how many first children under a new parent carry on from the previous parent's
  // last child, and how many restart at 1.
  std::map<std::pair<std::string, int>, std::pair<int, int>> styles_by_grandparent(
      const std::vector<Heading>& headings) {
    std::map<std::pair<std::string, int>, std::pair<int, int>> styles;
    std::map<std::pair<std::string, int>, std::pair<std::string, int>> last;
    for (std::size_t h = 0; h < headings.size(); ++h) {
      const Heading& heading = headings[h];
      if (!heading.value || heading.level < 2) continue;
      const Section& section = document_.sections[heading_sections_[h]];
      const auto scope = continuity_scope(section);
      if (section.parent.empty() || !scope) continue;
      const auto key = std::make_pair(*scope, heading.level);
      if (const auto found = last.find(key); found != last.end() && found->second.first != section.parent) {
        if (*heading.value == found->second.second + 1 && *heading.value != 1) ++styles[key].first;
        if (*heading.value == 1) ++styles[key].second;
      }
      last[key] = {section.parent, *heading.value};
    }
    return styles;
  }

  // The levels this document numbers continuously across parents: at a new parent, the first child
  // either restarts at 1 or carries on from the previous parent's last child (`styles`, counted per part). The
  // majority over the whole document decides.
  std::vector<bool> continuous_levels(const std::map<std::pair<std::string, int>, std::pair<int, int>>& styles) {
    std::vector<int> carries(kDeepestLevel + 1, 0), restarts(kDeepestLevel + 1, 0);
    for (const auto& [key, style] : styles) {
      carries[key.second] += style.first;
      restarts[key.second] += style.second;
    }
    std::vector<bool> continuous(kDeepestLevel + 1, false);
    std::string described;
    for (int level = 2; level <= kDeepestLevel; ++level) {
      continuous[level] = carries[level] > restarts[level];
      if (continuous[level]) described += (described.empty() ? "" : ",") + std::to_string(level);
    }
    if (!described.empty()) document_.metadata.set("numbering.continuous_levels", described);
    return continuous;
  }

  // Where numbering that runs on across parents (（一）1. 2. （二）3.) runs: under the grandparent, for a
  // heading whose parent is one level up. A list right under a level-1 heading (三、 1. 2. 四、 1. 2.) is a
  // list of its own; nullopt then.
  std::optional<std::string> continuity_scope(const Section& section) {
    if (section_by_id_.empty()) {
      for (std::size_t i = 0; i < document_.sections.size(); ++i) section_by_id_[document_.sections[i].id] = i;
    }
    const auto parent = section_by_id_.find(section.parent);
    if (parent == section_by_id_.end()) return std::nullopt;
    const Section& up = document_.sections[parent->second];
    if (up.level + 1 != section.level) return std::nullopt;
    return up.parent;
  }

  // A report sent under a cover letter with no signature of its own is signed by the letter's: the issuer and
  // date right above 附件, or above the note under the date (（此件公开发布）, a contact) or the letter's 版记 there
  // (抄送：…, …印发).
  void use_the_cover_letters_signature() {
    if (attached_report_ == 0 || attached_report_ >= paragraphs_.size()) return;
    const std::size_t end = signature_end_above(paragraphs_, attached_report_);
    if (end == 0 || !looks_like_date(paragraphs_[end - 1].text)) return;
    std::size_t start = end - 1;
    while (start > 0 && end - start < kLongestClosingBlock && looks_like_issuer(paragraphs_[start - 1].text)) --start;
    signature_start_ = start;
    signature_end_ = end;
  }

  // How often `name` stands in the report outside its title (`title_sources`) and its signature: a county the body
  // text names, read in the same type as the rest, is spelled as the body spells it.
  std::size_t mentions_in_the_body(const std::string& name, const std::vector<std::string>& title_sources) const {
    const std::u32string wanted = decode_utf8(name);
    std::size_t everywhere = 0, in_title_or_signature = 0;
    for (std::size_t i = 0; i < paragraphs_.size(); ++i) {
      const std::size_t here = occurrences(paragraphs_[i].text, wanted);
      everywhere += here;
      if (i >= signature_start_ && i < signature_end_) in_title_or_signature += here;
    }
    for (const auto& source : title_sources) in_title_or_signature += occurrences(decode_utf8(source), wanted);
    return everywhere > in_title_or_signature ? everywhere - in_title_or_signature : 0;
  }

  // The signature names the unit best, but on an OCR'd report whose title and signature name the same town with the
  // county spelled two ways (青禾县云岭镇人民政府's report signed 青末县云岭镇人民政府), one of them is misread. The
  // body text decides: the spelling it repeats more often (在青禾县委的领导下) is the county's. Without that evidence
  // the title's wins, large and clear of the red seal that clouds a signature in body type.
  bool title_spells_the_county_better(const Region& signature, const Region& title,
                                      const std::vector<std::string>& title_sources) const {
    if (!spell_the_county_differently(signature, title)) return false;
    return mentions_in_the_body(county_or_city(signature), title_sources) <=
           mentions_in_the_body(county_or_city(title), title_sources);
  }

  // Whether a level-1 section names one of a report's required parts (not the preamble, the closing or a topic).
  bool heads_a_reports_part() const {
    return std::any_of(document_.sections.begin(), document_.sections.end(), [](const Section& section) {
      return section.level == 1 && std::any_of(section.kinds.begin(), section.kinds.end(), [](const std::string& kind) {
               return kind == part::achievements || kind == part::shortcomings || kind == part::leadership ||
                      kind == part::plan;
             });
    });
  }

  // A city bureau's branch named after its county without the level's word (温州市生态环境局泰顺分局): the county is
  // the one the text names with that word (泰顺县人大常委会…), the first of 县, 区, 市, 旗 written after the name.
  std::string county_a_branch_serves(const std::string& department) const {
    const std::u32string name = decode_utf8(department);
    const std::u32string_view place = name_of_a_branch(name);
    constexpr std::size_t kShortestPlace = 2, kLongestPlace = 4;  // 泰顺, 凤凰; 2-4 characters before the level
    if (place.size() < kShortestPlace || place.size() > kLongestPlace ||
        !std::all_of(place.begin(), place.end(), is_han) ||
        std::u32string_view(U"县区旗市镇乡").find(place.back()) != std::u32string_view::npos) {
      return {};
    }
    for (const Paragraph& paragraph : paragraphs_) {
      for (auto at = paragraph.text.find(place); at != std::u32string::npos;
           at = paragraph.text.find(place, at + place.size())) {
        const std::size_t level = at + place.size();
        if (level < paragraph.text.size() &&
            std::u32string_view(U"县区旗").find(paragraph.text[level]) != std::u32string_view::npos) {
          const std::u32string county = std::u32string(place) + paragraph.text[level];
          return names_a_zone(county) ? std::string() : encode_utf8(county);  // 高新分局 and 高新区: a zone
        }
      }
    }
    // The text never names the county with its level's word (湘西州生态环境局凤凰分局 and no 凤凰县): a city's
    // 生态环境局 has one branch for each of its counties since the vertical reform, so the branch's name is its
    // county's, as written without the word (凤凰), unless it names a zone (高新分局, 经开分局: 高新区, 经开区). Other
    // bureaus' branches serve a part of a city as often (公安局城关分局, 市场监管局城东分局): no county from them.
    // Nor does a branch named by its place in the bureau or the city's parts (直属分局, 城东分局, 临港分局).
    constexpr std::u32string_view kNoCounty[] = {U"直属", U"机关", U"市直", U"城东", U"城西", U"城南", U"城北",
                                                 U"城中", U"城关", U"临港", U"第一", U"第二", U"第三"};
    const bool names_no_county = std::find(std::begin(kNoCounty), std::end(kNoCounty), place) != std::end(kNoCounty);
    const std::u32string_view bureau = std::u32string_view(name).substr(0, name.size() - place.size() - 2);
    if (bureau.ends_with(U"生态环境局") && !names_no_county && !names_a_zone(std::u32string(place) + U"区")) {
      return encode_utf8(place);
    }
    return {};
  }

  // No year in the title or the preamble (根据《…纲要（2021—2025年）》…: a span names a plan's years): the first
  // part's heading names the year reported on when it opens with one (一、2023年总体情况), unless that part is the
  // plan (一、2025年工作计划), which names the next.
  std::optional<int> year_of_the_first_part() const {
    const auto first = std::find_if(document_.sections.begin(), document_.sections.end(),
                                    [](const Section& section) { return section.level == 1; });
    if (first == document_.sections.end() ||
        std::find(first->kinds.begin(), first->kinds.end(), part::plan) != first->kinds.end()) {
      return std::nullopt;
    }
    const std::u32string title = decode_utf8(first->title);
    constexpr std::size_t kYearDigits = 4;
    // A year a span starts from (2021年以来, 2021年至2024年, 2021—2024年) is not the year reported on.
    const std::u32string_view after_year = std::u32string_view(title).substr(std::min(title.size(), kYearDigits + 1));
    if (after_year.starts_with(U"以来") || after_year.starts_with(U"至") || after_year.starts_with(U"到") ||
        after_year.starts_with(U"—") || after_year.starts_with(U"-") || after_year.starts_with(U"～") ||
        (title.size() > kYearDigits && title[kYearDigits] != U'年')) {
      return std::nullopt;
    }
    if (title.size() <= kYearDigits || title[kYearDigits] != U'年' ||
        !std::all_of(title.begin(), title.begin() + kYearDigits, [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
      return std::nullopt;
    }
    int year = 0;
    for (std::size_t i = 0; i < kYearDigits; ++i) year = year * 10 + static_cast<int>(title[i] - U'0');
    constexpr int kEarliestReport = 2000, kLatestReport = 2100;
    return year >= kEarliestReport && year < kLatestReport ? std::optional<int>(year) : std::nullopt;
  }

  void write_metadata(const std::string& title, const std::vector<std::u32string>& preamble, bool has_headings) {
    Metadata& metadata = document_.metadata;
    metadata.set("title", title);
    if (!report_year_) report_year_ = year_of_the_first_part();
    if (report_year_) metadata.set("year", std::to_string(*report_year_));
    if (const std::string part = reported_part_of_the_year(decode_utf8(title)); !part.empty()) {
      metadata.set("period", part);
    }
    Genre genre = genre_of_document(decode_utf8(title), preamble, has_headings, code_points_);
    if (genre.name.empty() && !paragraphs_.empty()) {
      genre = genre_of_an_attachment(paragraphs_.front().text, decode_utf8(title), heads_a_reports_part());
    }
    // A release of figures under a title naming them (…案件统计数据), its report's word only a table's caption
    // (…受理行政复议案件情况): read after an attachment's label, which says more of a table sent alone.
    if (genre.name.empty()) genre = genre_of_a_statistics_release(decode_utf8(title));
    // The page's source the input took off the text (来源：《榆城年鉴（2025）》) names the yearbook the entry is taken
    // from, as the field left in the text does (genre_of_document), under no title that calls itself a report.
    if (const std::string source = metadata.get("web.source");
        genre.name.empty() && source.find("年鉴") != std::string::npos && !calls_itself_a_report(decode_utf8(title))) {
      genre = {"yearbook", source};
    }
    if (!genre.name.empty()) {
      metadata.set("genre", genre.name);
      if (!genre.evidence.empty()) metadata.set("genre.evidence", genre.evidence);
    }

    std::vector<std::string> signature_sources;
    for (std::size_t i = signature_start_; i < signature_end_; ++i) {
      if (prints_the_record(paragraphs_, i) || (in_a_table(paragraphs_[i]) && !signed_in_a_table_)) continue;
      if (looks_like_issuer(paragraphs_[i].text)) {
        signature_sources.push_back(encode_utf8(without_seal_mark(paragraphs_[i].text)));
      }
      if (const auto both = issuer_and_date_on_one_line(paragraphs_[i].text)) {
        signature_sources.push_back(encode_utf8(without_seal_mark(both->issuer)));
      }
    }
    // A government's name over a title naming one of its departments (榆城市罗湖区人民政府 / 罗湖区应急管理局2025年…
    // 报告) is the portal's masthead: a department reports for itself, and the government issues nothing of it.
    const std::string issuer =
        !find_region({title}).department.empty() && find_region({title_issuer_}).department.empty() ? ""
                                                                                                    : title_issuer_;
    const std::vector<std::string> title_sources{
        cover_letter_title_,  // 云泽市澄川区人民政府关于报送…: the sender names itself in full
        issuer,               // 青禾县柳溪镇人民政府 over 柳溪镇2024年度…报告: the organ in full
        title};
    const bool title_first =
        document_.metadata.get("ocr") == "true" &&
        title_spells_the_county_better(find_region(signature_sources), find_region(title_sources), title_sources);
    std::vector<std::string> unit_sources = title_first ? title_sources : signature_sources;
    const std::vector<std::string>& after = title_first ? signature_sources : title_sources;
    unit_sources.insert(unit_sources.end(), after.begin(), after.end());
    for (std::size_t i = 0; i < preamble.size() && i < 3; ++i) {
      if (looks_like_issuer(preamble[i])) unit_sources.push_back(encode_utf8(without_seal_mark(preamble[i])));
    }
    // The organ and its date on one line under the title (清水县人民政府 2024年01月08日, as a portal stamps the page
    // of an interpretation or a report): the organ that issued the page, in the text or taken off it by the input.
    for (std::size_t i = 0; i < preamble.size() && i < 3; ++i) {
      if (const auto both = issuer_and_date_on_one_line(preamble[i])) {
        unit_sources.push_back(encode_utf8(without_seal_mark(both->issuer)));
        break;
      }
    }
    if (const std::u32string stamped = decode_utf8(metadata.get("removed.web-organ-date")); !stamped.empty()) {
      if (const auto both = issuer_and_date_on_one_line(trimmed(stamped))) {
        unit_sources.push_back(encode_utf8(both->issuer));
      }
    }
    // The page's record: its source (来源, the organ that supplied the text) when that names an organ, not a site or
    // a medium (宁丰县人民政府网, 宁丰发布), then its publishing organ (发布机构, 发文机关) on the same terms.
    if (const std::string source = metadata.get("web.source"); !names_a_site(source)) unit_sources.push_back(source);
    // A stamp the portal left over the text (2026-01-20 17:01 | 榆城市水务局) names the source as the field would.
    for (std::size_t i = 0; i < preamble.size() && i < kRecordParagraphs; ++i) {
      if (const auto source = encode_utf8(source_in_a_publication_stamp(preamble[i]));
          !source.empty() && !names_a_site(source)) {
        unit_sources.push_back(source);
        break;
      }
    }
    // A publisher may be named as a site (发文机构：县政府网站): a site names no unit and no place.
    if (const std::string publisher = metadata.get("web.publisher"); !names_a_site(publisher)) {
      unit_sources.push_back(publisher);
    }
    // The record's fields the input left in the text (发布机构：清源街道办事处) name it as the page's would.
    for (std::size_t i = 0; i < preamble.size() && i < kRecordParagraphs; ++i) {
      if (const auto organ = encode_utf8(organ_in_a_record_field(preamble[i]));
          !organ.empty() && !names_a_site(organ)) {
        unit_sources.push_back(organ);
        break;
      }
    }
    // No title or signature names the unit: the subject of the opening sentence does, the first three lines of the
    // text counted past a record's lines over it (索引号：…, 发布日期：…), which are no sentences.
    for (std::size_t i = 0, lines = 0; i < preamble.size() && lines < 3; ++i) {
      if (looks_like_record_line(preamble[i]) || organ_in_a_record_field(preamble[i]).size() > 0 ||
          published_in_a_record_field(preamble[i]) || issued_in_a_record_field(preamble[i])) {
        continue;
      }
      ++lines;
      if (encode_utf8(preamble[i]) == title) continue;
      if (const std::string unit = unit_in_opening(preamble[i]); !unit.empty()) {
        unit_sources.push_back(unit);
        break;
      }
    }
    Region region = find_region(unit_sources);
    if (region.county.empty() && region.town.empty()) region.county = county_a_branch_serves(region.department);
    // No title, signature or record names the place, and the text calls itself 我镇: the town it names clearly and
    // repeatedly in its body (结合水口镇实际, 《水口镇…工作要点》) is its own.
    if (region.empty() && region.unit.empty()) {
      std::vector<std::u32string_view> texts;
      texts.reserve(paragraphs_.size());
      for (const Paragraph& paragraph : paragraphs_) texts.push_back(paragraph.text);
      constexpr std::size_t kOpeningParagraphs = 3;
      const std::vector<std::u32string> opening(preamble.begin(),
                                                preamble.begin() + std::min(preamble.size(), kOpeningParagraphs));
      if (const std::u32string town = town_named_in_the_body(opening, texts); !town.empty()) {
        region.town = encode_utf8(town);
        region.unit = region.town;
      }
    }
    metadata.set("region", region.full());
    metadata.set("unit", region.unit);
    if (!region.province.empty()) metadata.set("region.province", region.province);
    if (!region.city.empty()) metadata.set("region.city", region.city);
    if (const std::string county = region.county.empty() ? region.city : region.county; !county.empty()) {
      metadata.set("region.county", county);
    }
    if (!region.town.empty()) metadata.set("region.town", region.town);

    metadata.set("date", "");
    for (std::size_t i = signature_start_; i < signature_end_; ++i) {
      if (in_a_table(paragraphs_[i]) && !signed_in_a_table_) continue;
      std::u32string_view written = paragraphs_[i].text;
      if (const auto both = issuer_and_date_on_one_line(written)) written = both->date;
      if (!looks_like_date(written)) continue;
      const std::u32string text = with_typed_zeros_as_ling(written);
      if (const auto date = parse_date(without_trailing_note(text))) {
        metadata.set("date", to_iso(*date));
      } else if (const auto month = parse_year_month(without_trailing_note(text))) {
        metadata.set("date", to_iso_month(*month));  // 2024年2月: the month is all the report says
      } else {
        const std::size_t start = paragraphs_[i].start + (written.data() - paragraphs_[i].text.data());
        issues_.push_back(issue("malformed-date", start, start + written.size(),
                                {{"text", encode_utf8(written)}, {"where", "signature"}}));
      }
    }
    // No signature date: a date in brackets under the title (松岭镇…报告 / （2024年1月22日）), as speeches and
    // reports printed for a meeting give it.
    if (metadata.get("date").empty()) {
      for (std::size_t i = 0; i < std::min<std::size_t>(preamble.size(), kTitleParagraphs); ++i) {
        const std::u32string_view line = preamble[i];
        if (line.size() < 3 || !looks_like_note(line)) continue;
        if (const auto date = parse_date(line.substr(1, line.size() - 2))) metadata.set("date", to_iso(*date));
      }
    }
    // Nor in brackets: a 述法 report's header, the speaker's post and name over a bare date (…履行推进法治建设第一
    // 责任人职责情况的报告 / 西岭管理区党委书记　林晓东 / 2025年2月), or an issuer over its date, as a speech printed
    // for the meeting heads it; that date is the report's as a signature's would be. A date under the title alone is
    // the portal's (it published the page then), and signs nothing; so does a portal's stamp in digits
    // (2025-01-20): a document writes its date in words (2025年1月20日).
    if (metadata.get("date").empty()) {
      for (std::size_t i = 1; i < std::min<std::size_t>(preamble.size(), kTitleParagraphs + 1); ++i) {
        if (!looks_like_issuer(preamble[i - 1]) || preamble[i].find(U'年') == std::u32string::npos) continue;
        const std::u32string text = with_typed_zeros_as_ling(without_trailing_note(preamble[i]));
        if (const auto date = parse_date(text)) {
          metadata.set("date", to_iso(*date));
        } else if (const auto month = parse_year_month(text)) {
          metadata.set("date", to_iso_month(*month));
        } else {
          continue;
        }
        break;
      }
    }
    if (!report_year_) infer_year_from_the_date(metadata);
    metadata.set("published", "");
    // A page that states only the date it issued the document (发文日期) published it then as far as it says. Not
    // the date it was last updated (更新时间, web.updated): portals re-stamp it on every edit and migration.
    std::string published = metadata.get("web.published");
    // A record's field the portal's filter left in the text over the report (- [ 发布日期 ] 2026-02-12, a flattened
    // copy's …报告 发布时间：2026-02-15) states the publication as well as one it removed, or one under the signature
    // (青石县人民政府 / 2025年1月20日 / 发布时间：2025-01-22); a 发文日期 left there, only when no field says more, as
    // web.issued does.
    const auto date_in_the_record = [&](auto read_field) -> std::string {
      for (std::size_t i = 0; i < std::min<std::size_t>(preamble.size(), kRecordParagraphs); ++i) {
        if (const auto date = read_field(preamble[i])) return to_iso(*date);
      }
      for (std::size_t i = std::max(signature_end_, trailing_publication_lines(paragraphs_)); i < paragraphs_.size();
           ++i) {
        if (const auto date = read_field(paragraphs_[i].text)) return to_iso(*date);
      }
      return {};
    };
    if (published.empty()) published = date_in_the_record(published_in_a_record_field);
    if (published.empty()) published = metadata.get("web.issued");
    if (published.empty()) published = date_in_the_record(issued_in_a_record_field);
    if (!published.empty()) {
      if (const auto date = parse_date(decode_utf8(published))) {
        metadata.set("published", to_iso(*date));
      } else {
        issues_.push_back(issue("malformed-date", 0, 0, {{"text", published}, {"where", "publication"}}));
      }
    }
    auto& layer = document_.layers[layer::structure_issues];
    layer.insert(layer.end(), issues_.begin(), issues_.end());
  }

  // A report that names no year (平川镇法治政府建设工作总结 / 今年以来，…) reports on the year its signature closes
  // or on the one before: signed in the last quarter, that year; by March, the year before (the reports are due by
  // 1 April). Other months say neither, and a guessed year must not make the date itself questionable (a September
  // signature before the year's last quarter, an April one late).
  static void infer_year_from_the_date(Metadata& metadata) {
    const std::string date = metadata.get("date");
    if (date.size() < 7) return;
    const int year = std::stoi(date.substr(0, 4));
    const int month = std::stoi(date.substr(5, 2));
    if (month >= 10) metadata.set("year", std::to_string(year));
    if (month <= 3) metadata.set("year", std::to_string(year - 1));
  }

  Document& document_;
  const PartKeywords& keywords_;
  std::vector<Paragraph> paragraphs_;
  std::size_t code_points_ = 0;
  std::optional<int> report_year_;
  std::size_t attached_report_ = 0;  // the 附件 line over a cover letter's report (attached_report_at)
  std::string cover_letter_title_;   // the letter's title when the report it sends has its own
  std::string title_issuer_;         // the organ named on a line of its own over a title complete without it
  std::size_t signature_start_ = 0;  // paragraphs of the signature the unit and date are read from
  std::size_t signature_end_ = 0;    // what follows (attachments) names no unit and no date
  bool signed_in_a_table_ = false;   // the signature is a table of its own at the end
  std::vector<Annotation> issues_;
  std::vector<bool> contents_;                 // by paragraph: a line of a table of contents typed into the text
  std::vector<std::size_t> heading_sections_;  // the section each heading opened, by heading
  std::map<std::string, std::size_t> section_by_id_;
};

}  // namespace

SectionSplitter::SectionSplitter(const PluginContext& context)
    : keywords_{
          to_u32(context.parameters.list("achievements_keywords")), to_u32(context.parameters.list("results_keywords")),
          to_u32(context.parameters.list("shortcomings_keywords")),
          to_u32(context.parameters.list("leadership_keywords")), to_u32(context.parameters.list("plan_keywords"))} {}

void SectionSplitter::analyze(Document& document) {
  document.sections.clear();
  document.layers.erase(layer::structure_issues);
  Splitter(document, keywords_).run();
}

}  // namespace docpipe::sections
