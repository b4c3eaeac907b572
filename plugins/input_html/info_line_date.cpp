#include "info_line_date.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "docpipe/text.hpp"

namespace docpipe::html {

namespace {

constexpr std::size_t kLongestInfoLine = 80;  // code points
constexpr std::size_t kLongestName = 16;      // an organ (县市场监督管理局城关分局) or an author
constexpr std::size_t kLongestLabel = 6;      // 信息来源, 浏览次数, 责任编辑
constexpr int kMostNames = 2;                 // an organ and an author
constexpr std::size_t kLongestPersonalName = 4;
// The words an organ's or a source's name ends with (石湾乡人民政府, 县司法局, 党政综合办公室, 融媒体中心, 本站).
constexpr std::u32string_view kOrganEndings[] = {U"镇",   U"乡",   U"街道", U"办事处", U"局", U"委", U"办", U"办公室",
                                                 U"政府", U"中心", U"所",   U"院",     U"站", U"队", U"县", U"市",
                                                 U"区",   U"州",   U"旗",   U"委员会", U"厅", U"处", U"科", U"部",
                                                 U"网",   U"社",   U"台",   U"报",     U"馆", U"组", U"会"};

constexpr std::u32string_view kSpaces = U" \t\u3000\u00A0";
// What sets an info line's fields apart: spaces, dots, bars, brackets, slashes.
constexpr std::u32string_view kSeparators = U" \t\u3000\u00A0·•・|｜【】[]/";

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool contains(std::u32string_view text, std::u32string_view word) {
  return text.find(word) != std::u32string_view::npos;
}
bool contains(std::u32string_view text, char32_t c) { return text.find(c) != std::u32string_view::npos; }

struct Span {
  std::size_t begin = 0, end = 0;
};

// Digits from `at`, between `fewest` and `most` of them; their end, or npos.
std::size_t digits_end(std::u32string_view text, std::size_t at, std::size_t fewest, std::size_t most) {
  std::size_t end = at;
  while (end < text.size() && end - at < most && is_digit(text[end])) ++end;
  return end - at >= fewest && (end >= text.size() || !is_digit(text[end])) ? end : std::u32string_view::npos;
}

// A date at `at` (2024-01-21, 2024/1/21, 2024.01.21, 2024年01月21日): its end, or npos.
std::size_t date_end(std::u32string_view text, std::size_t at) {
  if (at > 0 && is_digit(text[at - 1])) return std::u32string_view::npos;
  std::size_t end = digits_end(text, at, 4, 4);
  if (end == std::u32string_view::npos || end >= text.size() || !contains(U"-/.年", text[end]))
    return std::u32string_view::npos;
  end = digits_end(text, end + 1, 1, 2);
  if (end == std::u32string_view::npos || end >= text.size() || !contains(U"-/.月", text[end]))
    return std::u32string_view::npos;
  end = digits_end(text, end + 1, 1, 2);
  if (end == std::u32string_view::npos) return end;
  if (end < text.size() && text[end] == U'日') ++end;
  return end;
}

// A time right after a date (10:32, 10:32:05), with the spaces before it: its end, else `at`.
std::size_t after_a_time(std::u32string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && contains(kSpaces, text[end])) ++end;
  for (int part = 0; part < 3; ++part) {
    const std::size_t digits = digits_end(text, end, part == 0 ? 1 : 2, 2);
    if (digits == std::u32string_view::npos) return part >= 2 ? end : at;
    end = digits;
    if (part == 2 || end >= text.size() || (text[end] != U':' && text[end] != U'：')) return part >= 1 ? end : at;
    ++end;
  }
  return at;
}

std::u32string_view trimmed_right(std::u32string_view text) {
  while (!text.empty() && contains(kSpaces, text.back())) text.remove_suffix(1);
  return text;
}

// The label ending `before` (its last field's words before a colon, 发布 in 来源：本站 发布：).
std::u32string_view label_before_colon(std::u32string_view before) {
  before = trimmed_right(before.substr(0, before.size() - 1));
  std::size_t start = before.size();
  while (start > 0 && !contains(kSeparators, before[start - 1]) && !contains(U"：:(（", before[start - 1])) --start;
  return before.substr(start);
}

enum class DateIntroduced { bare, as_published, otherwise };

// How what stands before the date introduces it: nothing but a separator (the line's start, a space, a dot, a
// bar after a field, a bracket opening), a publication's bare label (发布：, 发布于), or another label (成文日期：,
// 【发布日期】, 生成日期 ｜): that date is the filter's to read, or no publication's.
DateIntroduced introduction(std::u32string_view before) {
  const bool spaced = !before.empty() && contains(kSpaces, before.back());
  before = trimmed_right(before);
  for (const std::u32string_view label : {U"发布于", U"发表于", U"发布：", U"发布:"}) {
    if (before.ends_with(label)) return DateIntroduced::as_published;
  }
  if (before.empty()) return DateIntroduced::bare;
  const char32_t last = before.back();
  if (last == U'：' || last == U':') {
    const std::u32string_view label = label_before_colon(before);
    for (const std::u32string_view published : {U"发布", U"发表", U"发稿", U"刊发", U"发布于", U"发表于"}) {
      if (label == published) return DateIntroduced::as_published;
    }
    return DateIntroduced::otherwise;
  }
  if (last == U'|' || last == U'｜') {
    // A label cell joined to its value by a bar (生成日期 ｜ 2024-01-21) is a label's; a field before it is not.
    const std::u32string_view field = trimmed_right(before.substr(0, before.size() - 1));
    if (field.ends_with(U"日期") || field.ends_with(U"时间")) return DateIntroduced::otherwise;
    return DateIntroduced::bare;
  }
  if (last == U'】' || last == U']') return DateIntroduced::otherwise;
  return spaced || contains(kSeparators, last) ? DateIntroduced::bare : DateIntroduced::otherwise;
}

// Whether a field of an info line (between its separators) is one an info line holds beside its date.
bool is_an_info_field(std::u32string_view field, int& names) {
  if (const auto colon = field.find_first_of(U"：:"); colon != std::u32string_view::npos) {
    return colon > 0 && colon <= kLongestLabel;  // 来源：县司法局, 浏览次数：, 作者：党政办
  }
  if (std::all_of(field.begin(), field.end(), is_digit)) return true;  // a read count set apart
  // A read count: 浏览 312次, 阅读3218, 点击数 45 — its words and figures only.
  std::u32string figures(field);
  bool counted = false;
  for (const std::u32string_view word : {U"浏览", U"阅读", U"点击", U"访问", U"次数", U"人次", U"数", U"量", U"次"}) {
    for (auto at = figures.find(word); at != std::u32string::npos; at = figures.find(word)) {
      figures.erase(at, word.size());
      counted = true;
    }
  }
  if (counted && std::all_of(figures.begin(), figures.end(), is_digit)) return true;
  for (const std::u32string_view control : {U"字号", U"字体", U"大", U"中", U"小", U"打印", U"打印本页", U"关闭",
                                            U"关闭窗口", U"收藏", U"分享", U"A+", U"A-", U"默认"}) {
    if (field == control) return true;
  }
  // A name: a person's (党政办, 佚名: four characters at most) or an organ's, whose last word says what it is; a
  // title of another article (石湾乡召开安全生产专题会议) is neither.
  if (field.size() > kLongestName || std::any_of(field.begin(), field.end(), is_digit)) return false;
  const bool an_organ = std::any_of(std::begin(kOrganEndings), std::end(kOrganEndings),
                                    [&](std::u32string_view ending) { return field.ends_with(ending); });
  return (an_organ || field.size() <= kLongestPersonalName) && ++names <= kMostNames;
}

}  // namespace

std::optional<CalendarDate> unlabelled_info_date(std::string_view line) {
  const std::u32string text = decode_utf8(line);
  if (text.empty() || text.size() > kLongestInfoLine) return std::nullopt;
  // A clock, a greeting, a sentence, or another article's title.
  for (const std::u32string_view word : {U"星期", U"礼拜", U"农历", U"今天", U"今日", U"当前时间", U"现在是", U"欢迎",
                                         U"关于", U"通知", U"公告", U"公示", U"报告", U"总结", U"的"}) {
    if (contains(text, word)) return std::nullopt;
  }
  if (text.find_first_of(U"。，；！？、,;!?") != std::u32string::npos) return std::nullopt;

  std::vector<Span> dates;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (const std::size_t end = date_end(text, at); end != std::u32string_view::npos) {
      dates.push_back({at, end});
      at = end;
    }
  }
  if (dates.size() != 1) return std::nullopt;
  const Span date = dates.front();
  const std::u32string_view view(text);
  const DateIntroduced introduced = introduction(view.substr(0, date.begin));
  if (introduced == DateIntroduced::otherwise) return std::nullopt;
  const auto parsed = parse_date(view.substr(date.begin, date.end - date.begin));
  if (!parsed) return std::nullopt;

  // Everything else on the line: the fields around the date and its time.
  std::u32string rest(view.substr(0, date.begin));
  bool closing_bracket = false;
  if (introduced == DateIntroduced::as_published) {
    rest.resize(trimmed_right(rest).size());
    if (rest.ends_with(U"：") || rest.ends_with(U":")) rest.pop_back();  // the colon, then the label before it
    for (const std::u32string_view label : {U"发布于", U"发表于", U"发布", U"发表", U"发稿", U"刊发"}) {
      if (rest.ends_with(label)) {
        rest.resize(rest.size() - label.size());
        break;
      }
    }
    // A news app sets the label and its date in brackets of their own: （发布于：2023-12-08 18:00）.
    if (rest.ends_with(U"(") || rest.ends_with(U"（")) {
      rest.pop_back();
      closing_bracket = true;
    }
  }
  rest += U' ';
  std::u32string_view after = view.substr(after_a_time(view, date.end));
  if (closing_bracket && (after.starts_with(U")") || after.starts_with(U"）"))) after.remove_prefix(1);
  rest += after;
  int names = 0;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= rest.size(); ++at) {
    if (at < rest.size() && !contains(kSeparators, rest[at])) continue;
    const std::u32string_view field = std::u32string_view(rest).substr(start, at - start);
    if (!field.empty() && !is_an_info_field(field, names)) return std::nullopt;
    start = at + 1;
  }
  return parsed;
}

}  // namespace docpipe::html
