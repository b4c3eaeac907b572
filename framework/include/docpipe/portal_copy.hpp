// What a portal's page sets around a report's title, as a clerk's copy of the page keeps it on lines of its own,
// whether copied as text (input.txt) or pasted into Word (input.docx), and what the page's HTML may glue to the
// title (input.html): the column's name over the title (计划总结), the title and its info line run together in one
// element (…情况报告发布时间：2025-01-08 来源：…), and the page's date under the title in the forms a page stamps it
// (2025-01-08, 2025年01月08日). The artifact rules judge a line alone; these need the title beside it. Header-only.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "dates.hpp"
#include "text.hpp"

namespace docpipe::portal_copy {

namespace detail {

// The columns (栏目) and information classes portals file a report under, as their pages set the name over the
// title. None is a part of a report's own title: 法治政府建设 alone may be, on a cover (平川县 / 法治政府建设 /
// 年度报告), so a column's name goes only over a title that is whole (is_whole_report_title).
inline constexpr std::array<std::u32string_view, 24> kColumnNames = {
    U"通知公告", U"公示公告",     U"计划总结", U"计划规划",         U"规划计划",         U"工作总结",
    U"总结报告", U"工作报告",     U"工作动态", U"政务动态",         U"部门动态",         U"乡镇动态",
    U"新闻动态", U"法治政府建设", U"法治建设", U"法治政府",         U"依法行政",         U"年度报告",
    U"其他",     U"其他文件",     U"政策文件", U"重点领域信息公开", U"法定主动公开内容", U"法治政府建设年度报告"};

// The labels an info line opens with when the page glued it to the title: a date's, which a digit must follow, or a
// source's, which a date's label must follow later on the line.
inline constexpr std::array<std::u32string_view, 4> kDateLabels = {U"发布时间", U"发布日期", U"发表时间", U"更新时间"};
inline constexpr std::array<std::u32string_view, 3> kSourceLabels = {U"信息来源", U"文章来源", U"来源"};

// The labels of an information platform's record of the document (索 引 号, 关 键 词 spaced out as its cells set
// them), as a page sets them in cells or list items of their own, with no colon, beside their values; the one list
// of them input.txt, input.html and input.docx read. 标题, 名称 and 信息名称 label the row that names the report.
inline constexpr std::array<std::u32string_view, 30> kRecordLabels = {
    U"索引号",   U"索 引 号", U"信息分类", U"发布机构",     U"发布日期", U"成文日期",     U"发文日期", U"生成日期",
    U"信息来源", U"关键词",   U"关 键 词", U"主题分类",     U"体裁分类", U"生命周期分类", U"组配分类", U"文号",
    U"文 号",    U"发文字号", U"发文机关", U"服务对象分类", U"公开方式", U"公开范围",     U"公开时限", U"有效性",
    U"时效性",   U"名称",     U"名 称",    U"信息名称",     U"标题",     U"内容概述"};

inline constexpr std::size_t kLongestTitle = 80;  // code points: a report's title, however long, is shorter

// How an organ's name ends (青石县人民政府, 青石县司法局, 青石街道办事处): a publisher's, a department's.
inline constexpr std::array<std::u32string_view, 9> kOrganEnds = {U"人民政府", U"政府", U"办公室", U"办事处", U"公开办",
                                                                  U"司法局",   U"局",   U"委员会", U"中心"};

inline bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

inline std::u32string trimmed(std::string_view line) {
  std::u32string text = decode_utf8(line);
  const auto is_space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00a0'; };
  while (!text.empty() && is_space(text.back())) text.pop_back();
  std::size_t first = 0;
  while (first < text.size() && is_space(text[first])) ++first;
  return text.substr(first);
}

// A place's name alone (青石县, 青石镇, 河口街道): a publisher's value a cell sets apart from its department.
inline bool is_place(std::u32string_view word) {
  constexpr std::size_t kLongestPlace = 10;  // code points
  constexpr std::array<std::u32string_view, 9> kPlaceEnds = {U"省", U"市", U"县", U"区",  U"镇",
                                                             U"乡", U"旗", U"州", U"街道"};
  return word.size() >= 2 && word.size() <= kLongestPlace && std::none_of(word.begin(), word.end(), is_digit) &&
         std::any_of(kPlaceEnds.begin(), kPlaceEnds.end(),
                     [&](std::u32string_view end) { return word.ends_with(end); });
}

// A department's or an organ's name after its place (司法局, 人民政府, 政府办公室), short and no sentence's.
inline bool is_department(std::u32string_view word) {
  constexpr std::size_t kLongestDepartment = 12;  // code points
  return !word.empty() && word.size() <= kLongestDepartment && std::none_of(word.begin(), word.end(), is_digit) &&
         word.find_first_of(U"。，；：:、") == std::u32string_view::npos &&
         std::any_of(kOrganEnds.begin(), kOrganEnds.end(),
                     [&](std::u32string_view end) { return word.ends_with(end); });
}

// Where a colon follows `at` (spaces before it allowed), or npos.
inline std::size_t colon_after(std::u32string_view text, std::size_t at) {
  while (at < text.size() && text[at] == U' ') ++at;
  return at < text.size() && (text[at] == U'：' || text[at] == U':') ? at + 1 : std::u32string_view::npos;
}

}  // namespace detail

// A record's label alone (发布机构, 索引号), with no colon: its value is the next cell or item.
inline bool is_record_label(std::string_view line) {
  const std::u32string text = detail::trimmed(line);
  return std::find(detail::kRecordLabels.begin(), detail::kRecordLabels.end(), text) != detail::kRecordLabels.end();
}

// A record's label of the row that names the document (标题, 名称, 名 称, 信息名称), alone: its value is the title.
inline bool is_name_label(std::string_view line) {
  const std::u32string text = detail::trimmed(line);
  return text == U"标题" || text == U"名称" || text == U"名 称" || text == U"信息名称";
}

// Whether a line opens with a record's label and then its value after a tab or a space, or nothing (索引号⇥…⇥信息分类
// ⇥…, a record table's row pasted with its tabs).
inline bool opens_with_record_label(std::string_view line) {
  const std::u32string text = decode_utf8(line);
  return std::any_of(detail::kRecordLabels.begin(), detail::kRecordLabels.end(), [&](std::u32string_view label) {
    return text.starts_with(label) &&
           (text.size() == label.size() || text[label.size()] == U'\t' || text[label.size()] == U' ');
  });
}

// A report's title whole on its line: it names a year, the rule of law or administration by law, and a report, a
// summary or a state of work (…2024年度法治政府建设情况报告, 关于2024年法治政府建设工作的总结), and is no sentence.
inline bool is_whole_report_title(std::u32string_view title) {
  if (title.size() > detail::kLongestTitle || title.find_first_of(U"。，；！？") != std::u32string_view::npos)
    return false;
  const bool subject =
      title.find(U"法治") != std::u32string_view::npos || title.find(U"依法") != std::u32string_view::npos;
  const bool kind = title.find(U"报告") != std::u32string_view::npos ||
                    title.find(U"总结") != std::u32string_view::npos ||
                    title.find(U"情况") != std::u32string_view::npos;
  return subject && kind && !years_written(title).empty();
}

// How many code points a column's tag in brackets takes before a whole report title (【年度报告】青石县2024年…报告,
// 【法治政府】…): the page's column or label, never a part of a report's title, which opens with its place or 关于.
// Any short tag counts, not only the known columns' names (【转载】, 【专题】). 0 when the title has none.
inline std::size_t column_tag_length(std::u32string_view line) {
  constexpr std::size_t kLongestTag = 12;  // code points between the brackets: a column's name is short
  if (!line.starts_with(U'【')) return 0;
  const std::size_t close = line.find(U'】');
  if (close == std::u32string_view::npos || close < 2 || close > kLongestTag + 1 ||
      line.substr(1, close - 1).find_first_of(U"。，；：:、【 ") != std::u32string_view::npos)
    return 0;
  return is_whole_report_title(line.substr(close + 1)) ? close + 1 : 0;
}

// The actions a WeChat article sets under its text (分享 / 点赞 / 在看 / 写留言), as a copy sets them a line each,
// whether copied as text or pasted into Word: one such word alone may be a report's, two or more a line each are the
// bar (the wechat-actions rule takes them on one line).
inline bool is_wechat_action(std::string_view line) {
  constexpr std::array<std::u32string_view, 10> kActions = {U"分享", U"收藏",   U"在看", U"点赞", U"赞",
                                                            U"转发", U"写留言", U"留言", U"喜欢", U"推荐"};
  const std::u32string text = detail::trimmed(line);
  return std::find(kActions.begin(), kActions.end(), text) != kActions.end();
}

// A WeChat article's account named alone over its title (青石司法, 平安青石, 青石县司法局), as a copy has it: the
// line at `at` of `head` (the lines above the first sentence) is short and no clause, a whole title follows it (its
// column's tag before it or not), and a later line the wechat-dateline rule takes (`datelines`, parallel to `head`)
// names the same account right before its date (青石司法 2025年01月08日 09:30 云南), which a report's line over its
// title (a cover's organ, a place) never does.
inline bool is_account_over_title(const std::vector<std::string_view>& head, const std::vector<bool>& datelines,
                                  std::size_t at) {
  constexpr std::size_t kLongestAccount = 30;  // code points
  const std::u32string account = detail::trimmed(head[at]);
  if (account.empty() || account.size() > kLongestAccount || at + 1 >= head.size() ||
      account.find_first_of(U"。！？，、；：,;") != std::u32string::npos)
    return false;
  const std::u32string title = detail::trimmed(head[at + 1]);
  if (!is_whole_report_title(std::u32string_view(title).substr(column_tag_length(title)))) return false;
  for (std::size_t k = at + 2; k < head.size(); ++k) {
    if (!datelines[k]) continue;
    const std::u32string line = decode_utf8(head[k]);
    const std::size_t named = line.find(account);
    if (named == std::u32string::npos) continue;
    const std::u32string after = detail::trimmed(encode_utf8(std::u32string_view(line).substr(named + account.size())));
    if (after.size() >= 4 && std::all_of(after.begin(), after.begin() + 4, detail::is_digit)) return true;
  }
  return false;
}

// Where, in bytes, the text begins on a line a flattened copy opened with the record's fields in brackets
// ([ 发布日期 ] 2026-02-12 [ 来源 ] 青石县司法局 青石县2025年…报告 2025年，…): after the last label's value (a word;
// a place and its department, which a page's cell may set apart, 青石县 司法局; a date with its time), when a whole
// report title or a sentence follows; before the value when the value is the title (【标题】…报告 …). npos when the
// line opens with no such field, or nothing but fields is on it: the web-bracketed-info rule takes such a line whole,
// and with it any text glued to it. Any short label in brackets counts here: the caller asks that rule whether the part
// before is its fields (a column's tag, 【年度报告】, is not).
inline std::size_t text_after_bracketed_fields(std::string_view line) {
  constexpr std::size_t kLongestLabel = 8;  // code points between the brackets: 信息索引号, 发布日期
  const std::u32string text = decode_utf8(line);
  const std::u32string_view view(text);
  const auto is_space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00a0'; };
  const auto skip_spaces = [&](std::size_t at) {
    while (at < view.size() && is_space(view[at])) ++at;
    return at;
  };
  const auto word_end = [&](std::size_t at) {
    while (at < view.size() && !is_space(view[at]) && std::u32string_view(U"[【［").find(view[at]) == view.npos) ++at;
    return at;
  };
  std::size_t at = skip_spaces(0);
  std::size_t fields = 0;
  while (at < view.size() && std::u32string_view(U"[【［").find(view[at]) != std::u32string_view::npos) {
    const std::size_t close = view.find_first_of(U"]】］", at);
    if (close == std::u32string_view::npos) return std::string_view::npos;
    const std::u32string_view label = view.substr(at + 1, close - at - 1);
    const std::u32string trimmed_label = detail::trimmed(encode_utf8(label));
    if (trimmed_label.empty() || trimmed_label.size() > kLongestLabel ||
        !std::all_of(trimmed_label.begin(), trimmed_label.end(),
                     [](char32_t c) { return c >= U'\u4e00' && c <= U'\u9fff'; }))
      return std::string_view::npos;
    ++fields;
    const std::size_t value = skip_spaces(close + 1);
    at = value;
    if (value >= view.size() || std::u32string_view(U"[【［").find(view[value]) != std::u32string_view::npos)
      continue;  // an empty value
    std::size_t end = word_end(value);
    if (is_whole_report_title(view.substr(value, end - value))) return encode_utf8(view.substr(0, value)).size();
    if (detail::is_place(view.substr(value, end - value))) {  // a place and its department a cell set apart
      const std::size_t department = skip_spaces(end);
      const std::size_t department_end = word_end(department);
      if (detail::is_department(view.substr(department, department_end - department))) end = department_end;
    }
    if (detail::is_digit(view[value])) {  // a date, and its time after it
      const std::size_t clock = skip_spaces(end);
      const std::size_t clock_end = word_end(clock);
      if (clock < clock_end && detail::is_digit(view[clock]) &&
          view.substr(clock, clock_end - clock).find_first_of(U":：") != std::u32string_view::npos)
        end = clock_end;
    }
    at = skip_spaces(end);
  }
  if (fields == 0 || at >= view.size()) return std::string_view::npos;
  const std::u32string_view rest = view.substr(at);
  const bool text_follows =
      rest.find(U'。') != std::u32string_view::npos || is_whole_report_title(rest.substr(0, word_end(at) - at));
  return text_follows ? encode_utf8(view.substr(0, at)).size() : std::string_view::npos;
}

// Where, in bytes, a whole report title opening a flattened line ends, when the text goes on after a space
// (青石县2025年法治政府建设年度报告 2025年，…): the title is a line of its own. npos otherwise.
inline std::size_t title_before_text(std::string_view line) {
  const std::size_t space = line.find(' ');
  if (space == std::string_view::npos || line.find_first_not_of(' ', space) == std::string_view::npos ||
      !is_whole_report_title(decode_utf8(line.substr(0, space))))
    return std::string_view::npos;
  return space;
}

// A column's name alone on its line (计划总结, 通知公告): the page's, when a whole title follows it.
inline bool is_column_name(std::string_view line) {
  const std::u32string text = detail::trimmed(line);
  return std::find(detail::kColumnNames.begin(), detail::kColumnNames.end(), text) != detail::kColumnNames.end();
}

// Where, in bytes, the info line a page glued to a whole report title begins (…情况报告发布时间：2025-01-08 来源：…,
// …情况报告来源：平川县司法局 发布日期：2025-01-22): a date's label with a date after its colon, or a source's with a
// date's label later on; nothing of a sentence after it. npos when the line is no such pair.
inline std::size_t glued_info_line_at(std::string_view line) {
  const std::u32string text = decode_utf8(line);
  // The info line starts right after a title: no farther in than a title runs (a long paragraph is not searched).
  for (std::size_t at = 1; at < text.size() && at <= detail::kLongestTitle; ++at) {
    const std::u32string_view rest = std::u32string_view(text).substr(at);
    std::size_t value = std::u32string_view::npos;
    for (const auto label : detail::kDateLabels) {
      if (!rest.starts_with(label)) continue;
      const std::size_t colon = detail::colon_after(rest, label.size());
      if (colon != std::u32string_view::npos && colon < rest.size() && detail::is_digit(rest[colon])) value = colon;
    }
    for (const auto label : detail::kSourceLabels) {
      if (value != std::u32string_view::npos || !rest.starts_with(label)) continue;
      const std::size_t colon = detail::colon_after(rest, label.size());
      const bool dated_later = std::any_of(detail::kDateLabels.begin(), detail::kDateLabels.end(),
                                           [&](std::u32string_view date) { return rest.find(date) != rest.npos; });
      if (colon != std::u32string_view::npos && dated_later) value = colon;
    }
    if (value == std::u32string_view::npos) continue;
    if (rest.find(U'。') != std::u32string_view::npos ||
        !is_whole_report_title(std::u32string_view(text).substr(0, at)))
      return std::string_view::npos;
    return encode_utf8(std::u32string_view(text).substr(0, at)).size();
  }
  return std::string_view::npos;
}

// A date alone on its line as a page stamps it under the title or an info list gives it (its bullet before it or
// not): in dashes (2025-01-08, 2025-1-8), or with 年月日 and a month or day padded with a zero (2025年01月08日),
// which a report's signature does not write.
inline std::optional<CalendarDate> stamped_date_alone(std::string_view line) {
  std::u32string text = detail::trimmed(line);
  if (!text.empty() && (text.front() == U'•' || text.front() == U'·' || text.front() == U'●'))
    text = detail::trimmed(encode_utf8(std::u32string_view(text).substr(1)));
  const auto digits = [&](std::size_t from, std::size_t count) {
    return from + count <= text.size() &&
           std::all_of(text.begin() + static_cast<std::ptrdiff_t>(from),
                       text.begin() + static_cast<std::ptrdiff_t>(from + count), detail::is_digit);
  };
  const std::size_t month_digits = text.find(U'-', 5) == std::u32string::npos ? 0 : text.find(U'-', 5) - 5;
  const std::size_t day_digits = text.size() - 6 - month_digits;
  const bool dashes = text.size() >= 8 && text.size() <= 10 && digits(0, 4) && text[4] == U'-' && month_digits >= 1 &&
                      month_digits <= 2 && digits(5, month_digits) && day_digits >= 1 && day_digits <= 2 &&
                      digits(6 + month_digits, day_digits);
  const bool padded = text.size() == 11 && digits(0, 4) && text[4] == U'年' && digits(5, 2) && text[7] == U'月' &&
                      digits(8, 2) && text[10] == U'日' && (text[5] == U'0' || text[8] == U'0');
  if (!dashes && !padded) return std::nullopt;
  return parse_date(text);
}

// The publishing organ and the page's date on one line under the title, as a provincial platform stamps it
// (某某县人民政府 2025年02月08日, 青石县司法局  2025-02-08): an organ's name, spaces, and a date in a form
// stamped_date_alone takes. A report's signature puts its organ and date below its text, and unpadded.
inline std::optional<CalendarDate> organ_and_stamped_date(std::string_view line) {
  constexpr std::size_t kLongestOrgan = 30;  // code points
  const std::u32string text = detail::trimmed(line);
  const std::size_t space = text.find_first_of(U" \u3000");
  if (space == std::u32string::npos || space > kLongestOrgan) return std::nullopt;
  const std::u32string_view organ = std::u32string_view(text).substr(0, space);
  const bool named = std::any_of(detail::kOrganEnds.begin(), detail::kOrganEnds.end(),
                                 [&](std::u32string_view end) { return organ.ends_with(end); }) &&
                     std::none_of(organ.begin(), organ.end(), detail::is_digit) &&
                     organ.find_first_of(U"。，；：:、（）()") == std::u32string_view::npos;
  if (!named) return std::nullopt;
  return stamped_date_alone(encode_utf8(std::u32string_view(text).substr(space)));
}

}  // namespace docpipe::portal_copy
