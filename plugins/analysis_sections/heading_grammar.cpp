#include "heading_grammar.hpp"

#include <algorithm>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/heading_markers.hpp"

namespace docpipe::sections {

namespace {

constexpr std::size_t kLongestChineseNumeral = 3;  // 九十九
constexpr std::size_t kLongestArabicNumeral = 2;

bool is_open_paren(char32_t c) { return c == U'（' || c == U'('; }
bool is_close_paren(char32_t c) { return c == U'）' || c == U')'; }
bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_circled_number(char32_t c) { return c >= 0x2460 && c <= 0x2473; }
bool is_digit_full_stop(char32_t c) { return c >= 0x2488 && c <= 0x249B; }  // ⒈ … ⒛
// A space a PDF copy leaves inside a marker (一 、, （ 一 ）, 1 、).
bool is_marker_space(char32_t c) { return c == U' ' || c == U'\u3000'; }
std::size_t skip_marker_spaces(std::u32string_view text, std::size_t at) {
  while (at < text.size() && is_marker_space(text[at])) ++at;
  return at;
}
// A line short and unpunctuated enough to be a heading's, for markers that are rather a heading's only when so
// (二，党政主要负责人履行…: a comma written for 、).
bool reads_as_a_title(std::u32string_view text) {
  constexpr std::size_t kLongestTitleLine = 50;
  return text.size() <= kLongestTitleLine && text.find_first_of(U"。！？；") == std::u32string_view::npos;
}
// Numerals of heading markers: 两, 〇 and the financial forms never number headings.
bool is_heading_numeral(char32_t c) {
  // 壹、贰、: the 大写 numerals some offices number a report's parts with (Word's chineseLegalSimplified).
  return std::u32string_view(U"一二三四五六七八九十零壹贰叁肆伍陆柒捌玖拾").find(c) != std::u32string_view::npos;
}

std::size_t count_while(std::u32string_view text, std::size_t at, std::size_t limit, bool (*predicate)(char32_t)) {
  std::size_t n = 0;
  while (at + n < text.size() && n < limit + 1 && predicate(text[at + n])) ++n;
  return n;
}

std::size_t skip_spaces(std::u32string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == U' ' || text[at] == U'\t')) ++at;
  return at;
}

int arabic_value(std::u32string_view digits) {
  int value = 0;
  for (const char32_t c : digits) value = value * 10 + static_cast<int>(c - U'0');
  return value;
}

std::optional<HeadingMarker> finish(int level, std::u32string_view text, std::size_t marker_end,
                                    std::optional<int> value) {
  const std::size_t body = skip_spaces(text, marker_end);
  if (body >= text.size()) return std::nullopt;  // a marker with nothing after it titles nothing
  return HeadingMarker{level, std::u32string(text.substr(0, marker_end)), value, body};
}

std::optional<HeadingMarker> match_bare_marker(std::u32string_view text);

}  // namespace

// A marker, also behind decoration: a bullet (◆一、主要举措) or brackets around the whole heading (【一、主要举措】).
std::optional<HeadingMarker> match_heading_marker(std::u32string_view text) {
  if (auto marker = match_bare_marker(text)) return marker;
  if (text.empty()) return std::nullopt;
  std::size_t decoration = 0;
  if (is_bullet(text[0])) {
    decoration = skip_marker_spaces(text, 1);
  } else if (text[0] == U'【' && text.ends_with(U"】")) {
    decoration = skip_marker_spaces(text, 1);
  }
  if (decoration == 0 || decoration >= text.size()) return std::nullopt;
  auto marker = match_bare_marker(text.substr(decoration));
  if (!marker) return std::nullopt;
  marker->length += decoration;
  return marker;
}

namespace {

// What two numbers counted together count (一、二季度, 一、二审, 一、二级风险): then 一、 is no marker.
constexpr std::u32string_view kCountedTogether[] = {U"季度", U"审", U"级", U"类", U"档",
                                                    U"期",   U"批", U"等", U"星", U"年级"};

std::optional<HeadingMarker> match_bare_marker(std::u32string_view text) {
  if (text.empty()) return std::nullopt;
  const char32_t first = text[0];

  // 一、 一． and 十二、, also 一 、; 二， in a title-like line
  if (const std::size_t n = count_while(text, 0, kLongestChineseNumeral, is_heading_numeral);
      n > 0 && n <= kLongestChineseNumeral && n < text.size()) {
    const std::size_t at = skip_marker_spaces(text, n);
    const char32_t delimiter = at < text.size() ? text[at] : U'\0';
    const int value = static_cast<int>(*parse_chinese_numeral(text.substr(0, n)));
    // 四.2022年工作打算: a year may follow a half-width point too.
    const auto year_after = [&](std::size_t from) {
      return count_while(text, from, 4, is_ascii_digit) == 4 && from + 4 < text.size() && text[from + 4] == U'年';
    };
    // 一、二季度, 一、二审, 三、四级: the first of two numbers counted together, not a marker (the next number, then 、
    // or what they count). 一、三级联动机制 is one.
    const auto counts_with_the_next = [&] {
      const std::size_t m = count_while(text, at + 1, kLongestChineseNumeral, is_heading_numeral);
      if (m == 0 || at + 1 + m >= text.size() || parse_chinese_numeral(text.substr(at + 1, m)) != value + 1) {
        return false;
      }
      const std::u32string_view rest = text.substr(at + 1 + m);
      return rest.front() == U'、' || std::any_of(std::begin(kCountedTogether), std::end(kCountedTogether),
                                                  [&](std::u32string_view word) { return rest.starts_with(word); });
    };
    if (delimiter == U'、' && counts_with_the_next()) return std::nullopt;
    if (delimiter == U'、' || delimiter == U'．' ||
        (delimiter == U'.' && (!(at + 1 < text.size() && is_ascii_digit(text[at + 1])) || year_after(at + 1)))) {
      return finish(1, text, at + 1, value);
    }
    if ((delimiter == U'，' || delimiter == U',') && at == n && reads_as_a_title(text)) {
      return finish(1, text, at + 1, value);
    }
    // 一) and 一）: a level-2 marker whose opening bracket was dropped
    if (is_close_paren(delimiter) && at == n) return finish(2, text, n + 1, value);
  }
  // 第一部分
  if (first == U'第') {
    const std::size_t n = count_while(text, 1, kLongestChineseNumeral, is_heading_numeral);
    if (n > 0 && n <= kLongestChineseNumeral && text.substr(1 + n, 2) == U"部分") {
      std::size_t end = 3 + n;
      if (end < text.size() && (text[end] == U'、' || text[end] == U'：' || text[end] == U':')) ++end;
      return finish(1, text, end, static_cast<int>(*parse_chinese_numeral(text.substr(1, n))));
    }
  }
  // 、 with its numeral lost
  if (first == U'、') return finish(1, text, 1, std::nullopt);

  // （一） and （1）, also （ 一 ）
  if (is_open_paren(first)) {
    const std::size_t open = skip_marker_spaces(text, 1);
    if (const std::size_t n = count_while(text, open, kLongestChineseNumeral, is_heading_numeral);
        n > 0 && n <= kLongestChineseNumeral) {
      const std::size_t close = skip_marker_spaces(text, open + n);
      if (close < text.size() && is_close_paren(text[close])) {
        std::size_t end = close + 1;
        if (end < text.size() && text[end] == U'、') ++end;
        return finish(2, text, end, static_cast<int>(*parse_chinese_numeral(text.substr(open, n))));
      }
    }
    if (const std::size_t n = count_while(text, open, kLongestArabicNumeral, is_ascii_digit);
        n > 0 && n <= kLongestArabicNumeral) {
      const std::size_t close = skip_marker_spaces(text, open + n);
      if (close < text.size() && is_close_paren(text[close])) {
        return finish(4, text, close + 1, arabic_value(text.substr(open, n)));
      }
    }
    return std::nullopt;
  }
  // 【一】 and 〔一〕: the second level in square brackets, as some department reports number it
  if (first == U'【' || first == U'〔') {
    const char32_t close = first == U'【' ? U'】' : U'〕';
    if (const std::size_t n = count_while(text, 1, kLongestChineseNumeral, is_heading_numeral);
        n > 0 && n <= kLongestChineseNumeral && 1 + n < text.size() && text[1 + n] == close) {
      return finish(2, text, 2 + n, static_cast<int>(*parse_chinese_numeral(text.substr(1, n))));
    }
    return std::nullopt;
  }
  // 1. 1、 1． and 1) 1）: the last a level-4 marker whose opening bracket was dropped; also 1 、
  if (const std::size_t n = count_while(text, 0, kLongestArabicNumeral, is_ascii_digit);
      n > 0 && n <= kLongestArabicNumeral && n < text.size()) {
    const char32_t delimiter = text[n];
    // 3.5 is a number, not a heading; 3.2024年工作打算 is a heading on a year.
    const auto rest = text.substr(n + 1);
    const bool year_follows = rest.size() > 4 && (rest.starts_with(U"19") || rest.starts_with(U"20")) &&
                              count_while(rest, 0, 4, is_ascii_digit) == 4 && rest[4] == U'年';
    const bool decimal_follows = !rest.empty() && is_ascii_digit(rest.front()) && !year_follows;
    if ((delimiter == U'.' || delimiter == U'、' || delimiter == U'．') && !decimal_follows) {
      return finish(3, text, n + 1, arabic_value(text.substr(0, n)));
    }
    if (const std::size_t at = skip_marker_spaces(text, n); at > n && at < text.size() && text[at] == U'、') {
      return finish(3, text, at + 1, arabic_value(text.substr(0, n)));
    }
    if (is_close_paren(delimiter)) return finish(4, text, n + 1, arabic_value(text.substr(0, n)));
    return std::nullopt;
  }
  // ①
  if (is_circled_number(first)) return finish(5, text, 1, static_cast<int>(first - 0x2460 + 1));
  // ⒈: a digit with its full stop in one character, as some fonts' lists write 1.
  if (is_digit_full_stop(first)) return finish(3, text, 1, static_cast<int>(first - 0x2488 + 1));
  return std::nullopt;
}

// Whether `text`, after a space inside a heading's paragraph, is the body's sentence that stood on the line under
// the heading (（一）强化组织领导 全年召开专题会议4次，研究部署…。): a sentence closed before the next space, with a
// figure in it (a year's digits are none: 圆满完成2024年度普法任务。 is a slogan's), or a clause longer than a
// slogan's (乡村两级法律明白人偏少，调解能力不强。). A slogan's second clause (强化理论武装 筑牢法治根基) closes no
// sentence, and a heading's clauses written with a full stop (推进政务公开 打造阳光政府。, 深化改革 优化营商环境，激发
// 市场活力。) are short.
bool opens_a_sentence_of_the_body(std::u32string_view text) {
  const std::u32string_view line = text.substr(0, std::min(text.find_first_of(U" \u3000"), text.size()));
  const std::size_t end = line.find_first_of(U"。！？");
  if (end == std::u32string_view::npos) return false;
  const std::u32string_view sentence = line.substr(0, end);
  for (std::size_t i = 0; i < sentence.size();) {
    if (!is_ascii_digit(sentence[i])) {
      ++i;
      continue;
    }
    const std::size_t digits = count_while(sentence, i, sentence.size() - i, is_ascii_digit);
    const bool a_year = digits == 4 && i + digits < sentence.size() && sentence[i + digits] == U'年';
    if (!a_year) return true;
    i += digits;
  }
  constexpr std::size_t kLongestSlogansClause = 8;  // 优化营商环境, 激发市场活力, 筑牢法治根基
  if (sentence.find_first_of(U"，,") == std::u32string_view::npos) return false;
  for (std::size_t from = 0; from <= sentence.size();) {
    const std::size_t comma = std::min(sentence.find_first_of(U"，,", from), sentence.size());
    if (comma - from > kLongestSlogansClause) return true;
    from = comma + 1;
  }
  return false;
}

// Whether `text`, after a space inside a heading's paragraph, opens what a line of its own did before the page was
// flattened: an inline enumeration's first point (一是, 首先) or a heading. A space between the clauses of a
// slogan (（一）强化理论武装 筑牢法治根基) is followed by neither and stays in the title.
bool opens_a_flattened_line(std::u32string_view text) {
  if (text.size() >= 3 && text[1] == U'是' &&
      std::u32string_view(U"一二三四五六七八九十").find(text[0]) != std::u32string_view::npos)
    return true;
  if (text.starts_with(U"首先")) return true;
  if (opens_a_sentence_of_the_body(text)) return true;
  return match_heading_marker(text).has_value();
}

// Where a part's name, as the guidance of 2019 words the parts (推进法治政府建设的主要举措和成效, 存在的不足和原因,
// 第一责任人职责情况, 加强法治政府建设的有关情况, 下一年度…的主要安排, 其他需要报告的情况), closes within the opening
// characters of `title`; 0 when none does. Those words end a title and never run on into a topic's.
std::size_t part_name_closing(std::u32string_view title) {
  constexpr std::size_t kLongestPartName = 40;  // 党政主要负责人履行…职责，加强法治政府建设的有关情况
  constexpr std::u32string_view kPartNameEnds[] = {U"举措和成效",   U"不足和原因", U"职责情况",      U"有关情况",
                                                   U"相关工作情况", U"的主要安排", U"需要报告的情况"};
  const std::u32string_view opening = title.substr(0, std::min(title.size(), kLongestPartName));
  std::size_t closing = 0;
  for (const auto name_end : kPartNameEnds) {
    const auto at = opening.find(name_end);
    if (at == std::u32string_view::npos) continue;
    const std::size_t end = at + name_end.size();
    // 存在的不足和原因分析: the name goes on, it is not closed.
    if (end < title.size() && std::u32string_view(U"分及和与、").find(title[end]) != std::u32string_view::npos)
      continue;
    if (closing == 0 || end < closing) closing = end;
  }
  return closing;
}

// Whether `name`, a title's words before a space, names the plan as a part (2025年工作计划, 2025年度法治政府建设工作
// 安排, 下一步工作打算): a year or 下一步 opening it, a plan's words closing it, no punctuation between.
bool names_the_plan(std::u32string_view name) {
  constexpr std::size_t kLongestPlanName = 20;
  if (name.size() > kLongestPlanName || name.find_first_of(U"，,；;：:、。") != std::u32string_view::npos) return false;
  const bool a_year = count_while(name, 0, 4, is_ascii_digit) == 4 && name.size() > 4 && name[4] == U'年';
  if (!a_year && !name.starts_with(U"下一步") && !name.starts_with(U"下步") && !name.starts_with(U"今后")) return false;
  constexpr std::u32string_view kPlansWords[] = {U"计划", U"打算", U"安排", U"思路", U"要点", U"重点工作", U"重点任务"};
  return std::any_of(std::begin(kPlansWords), std::end(kPlansWords),
                     [name](std::u32string_view word) { return name.ends_with(word); });
}

// Whether an inline enumeration opens at `at` in `text` run straight into a title with no stop or space
// (四、2025年工作计划一是加强执法培训；二是创新普法方式。): its first point 一是, the second 二是 after it in the same
// paragraph, the first point a clause closed before it. A lone 一是 (统一是…, 唯一是…), one with no second point, or
// a saying (一是一、二是二) is no enumeration.
bool opens_a_run_on_enumeration(std::u32string_view text, std::size_t at) {
  constexpr std::size_t kShortestTitle = 2;
  if (at < kShortestTitle || !text.substr(at).starts_with(U"一是")) return false;
  if (std::u32string_view(U"统唯第之单同专归").find(text[at - 1]) != std::u32string_view::npos) return false;
  // The first point is a clause of its own, closed before the second opens (一是一、二是二 is a saying).
  constexpr std::size_t kShortestPoint = 4;
  const std::size_t second = text.find(U"二是", at + 2);
  if (second == std::u32string_view::npos || second < at + 2 + kShortestPoint) return false;
  const std::u32string_view point = text.substr(at + 2, second - at - 2);
  return point.find_first_of(U"，；。,;") != std::u32string_view::npos;
}

// Whether the next sibling of a bracketed subheading (（二）, (2)) opens at `at`, run straight into the title
// before it with no stop (（一）加强执法队伍建设（二）创新普法方式, as a page that lost its line breaks leaves it). A
// first one (一、坚持思想引领（一）强化理论武装, a heading on its own line) stays in the title as written, and a
// bracket inside a title holds words, not a numeral alone (（试行）, （2021—2025年）).
bool opens_a_run_on_subheading(std::u32string_view text, std::size_t at) {
  constexpr std::size_t kShortestTitle = 2;
  if (at < kShortestTitle || (text[at] != U'（' && text[at] != U'(')) return false;
  const auto marker = match_heading_marker(text.substr(at));
  return marker && (marker->level == 2 || marker->level == 4) && marker->value.value_or(0) > 1 &&
         marker->length < text.size() - at;
}

}  // namespace

std::optional<HeadingMarker> parse_numbering_label(std::u32string_view label) {
  std::u32string padded(label);
  padded += U'x';  // match_heading_marker wants a title after the marker
  auto marker = match_heading_marker(padded);
  if (marker) marker->length = label.size();
  return marker;
}

std::optional<HeadingMarker> match_pointless_digit_marker(std::u32string_view paragraph) {
  const std::size_t digits = count_while(paragraph, 0, 2, is_ascii_digit);
  if (digits == 0 || digits > 2 || digits >= paragraph.size() || paragraph[0] == U'0') return std::nullopt;
  const char32_t next = paragraph[digits];
  // A Chinese word opens the title; a counter or a unit after the digits makes a count, a date or a figure.
  constexpr std::u32string_view kCountersAndUnits =
      U"年月日号时分秒个名次件项人家户所条份部台辆处天周岁倍届级类种位只头亩米吨万亿千百元角场期批起轮组支套座间栋层";
  if (next < 0x4E00 || next > 0x9FFF || kCountersAndUnits.find(next) != std::u32string_view::npos) return std::nullopt;
  // A heading's title: a short clause with no figure (1理论武装入脑入心，筑牢思想根基。), or a short line.
  constexpr std::size_t kLongestClause = 20;
  const std::u32string_view rest = paragraph.substr(digits);
  const std::size_t clause = std::min(rest.find_first_of(U"，。；：！？,;:"), rest.size());
  if (clause < 2 || clause > kLongestClause) return std::nullopt;
  if (std::any_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(clause), is_ascii_digit))
    return std::nullopt;
  return HeadingMarker{3, std::u32string(paragraph.substr(0, digits)), arabic_value(paragraph.substr(0, digits)),
                       digits};
}

std::optional<std::size_t> lone_sentence_under_a_heading(std::u32string_view piece, int level_after) {
  const auto marker = match_heading_marker(piece);
  if (!marker || marker->level > 2 || level_after > marker->level) return std::nullopt;
  const std::u32string_view after_marker = piece.substr(marker->length);
  const std::size_t space = after_marker.find_first_of(U" \u3000");
  // A title on its line (no sentence's punctuation in it), then one sentence with no line break inside.
  constexpr std::size_t kLongestTitle = 32;
  if (space == std::u32string_view::npos || space == 0 || space > kLongestTitle ||
      after_marker.substr(0, space).find_first_of(U"，。；：！？,;:!?") != std::u32string_view::npos) {
    return std::nullopt;
  }
  const std::size_t sentence = skip_marker_spaces(after_marker, space);
  const std::u32string_view rest = after_marker.substr(sentence);
  if (rest.size() < 2 || rest.find_first_of(U" \u3000") != std::u32string_view::npos ||
      std::u32string_view(U"。！？!?").find(rest.back()) == std::u32string_view::npos ||
      rest.substr(0, rest.size() - 1).find_first_of(U"。！？!?") != std::u32string_view::npos) {
    return std::nullopt;
  }
  return marker->length + sentence;
}

std::u32string heading_title(std::u32string_view after_marker) {
  std::size_t end = after_marker.size();
  // A web page flattened into one line keeps a space where a line ended ("（二）依法全面履行教育职能 一是深化…"):
  // a heading that stood on a line of its own is whole, however long, and keeps no comma's first clause.
  bool ended_by_line_break = false;
  for (std::size_t i = 0; i < after_marker.size(); ++i) {
    const char32_t c = after_marker[i];
    if (i > 0 && is_marker_space(c) && !is_marker_space(after_marker[i - 1]) &&
        opens_a_flattened_line(after_marker.substr(skip_marker_spaces(after_marker, i)))) {
      end = i;
      ended_by_line_break = true;
      break;
    }
    if (c == U'。' || c == U'！' || c == U'？') {
      end = i;
      break;
    }
    // A flattened page runs the title straight into an enumeration or a subheading, with no space to mark the
    // line it ended: the title ends where they open.
    if (opens_a_run_on_enumeration(after_marker, i) || opens_a_run_on_subheading(after_marker, i)) {
      end = i;
      ended_by_line_break = true;
      break;
    }
    // A run-in heading: "1.健全审查机制：明确由司法所牵头审查，做到应审必审。" — the title ends at the colon.
    if ((c == U'：' || c == U':') && after_marker.substr(i + 1).find_first_of(U"，。；") != std::u32string_view::npos) {
      end = i;
      break;
    }
    // Items run together in one paragraph, "（一）意识有待增强；（二）形式仍需创新。": the title is the first.
    if ((c == U'；' || c == U';') && match_heading_marker(after_marker.substr(
                                         std::min(after_marker.find_first_not_of(U' ', i + 1), after_marker.size())))) {
      end = i;
      break;
    }
  }
  // A heading run into its paragraph with a comma ("（一）强化组织领导，镇党委书记切实履行…，全年召开专题会议4
  // 次"): no title runs that long, the first clause is the title. A two-clause title stays whole
  // (（二）深化普法宣传，营造良好法治氛围).
  // Only a heading run into its text: its sentence ends in the paragraph, or figures follow (a heading on a line
  // of its own, 二、坚持以上率下，党政主要负责人切实履行…职责情况, stays whole however long).
  constexpr std::size_t kLongestCommaTitle = 32, kLongestRunInClause = 20;
  const bool runs_into_its_text =
      !ended_by_line_break && (end < after_marker.size() || std::any_of(after_marker.begin(), after_marker.end(),
                                                                        [](char32_t c) { return is_ascii_digit(c); }));
  // A part named as the guidance words it, then a space and its text (三、存在的不足和原因 执法人员…): the space is
  // where the part's line ended, however short the text after it.
  if (const auto part_name = part_name_closing(after_marker.substr(0, end));
      part_name != 0 && part_name < end && is_marker_space(after_marker[part_name])) {
    end = part_name;
  }
  // The plan named so, then a space and its text (三、2025年工作计划 继续加强执法队伍建设。): likewise.
  if (const auto space = after_marker.substr(0, end).find_first_of(U" \u3000");
      space != std::u32string_view::npos && names_the_plan(after_marker.substr(0, space))) {
    end = space;
  }
  if (end > kLongestCommaTitle && runs_into_its_text) {
    // A page flattened into one line runs a part's title straight into its text, with no stop between
    // (三、存在的不足和原因部分乡镇执法人员…): a title opening with a part named as the guidance words it ends there.
    if (const auto part_name = part_name_closing(after_marker.substr(0, end)); part_name != 0) {
      end = part_name;
    }
  }
  if (end > kLongestCommaTitle && runs_into_its_text) {
    std::size_t comma = 0;
    while (
        comma < end && comma <= kLongestRunInClause &&
        !(after_marker[comma] == U'，' ||
          (after_marker[comma] == U',' && !(comma > 0 && comma + 1 < end && is_ascii_digit(after_marker[comma - 1]) &&
                                            is_ascii_digit(after_marker[comma + 1]))))) {
      ++comma;
    }
    if (comma >= 2 && comma < end && comma <= kLongestRunInClause) end = comma;
  }
  std::u32string title(after_marker.substr(0, end));
  // The closing bracket of a heading written in brackets (【一、主要举措和成效】).
  if (title.ends_with(U"】") && title.find(U'【') == std::u32string::npos) title.pop_back();
  while (!title.empty() &&
         (title.back() == U'：' || title.back() == U':' || title.back() == U'；' || title.back() == U';' ||
          title.back() == U'，' || title.back() == U',' || title.back() == U' ')) {
    title.pop_back();
  }
  return title;
}

}  // namespace docpipe::sections
