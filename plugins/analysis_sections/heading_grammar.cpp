#include "heading_grammar.hpp"

#include "docpipe/chinese_numerals.hpp"

namespace docpipe::sections {

namespace {

constexpr std::size_t kLongestChineseNumeral = 3;  // 九十九
constexpr std::size_t kLongestArabicNumeral = 2;

bool is_open_paren(char32_t c) { return c == U'（' || c == U'('; }
bool is_close_paren(char32_t c) { return c == U'）' || c == U')'; }
bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_circled_number(char32_t c) { return c >= 0x2460 && c <= 0x2473; }
// Numerals of heading markers: 两, 〇 and the financial forms never number headings.
bool is_heading_numeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十零").find(c) != std::u32string_view::npos;
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

}  // namespace

std::optional<HeadingMarker> match_heading_marker(std::u32string_view text) {
  if (text.empty()) return std::nullopt;
  const char32_t first = text[0];

  // 一、 一． and 十二、
  if (const std::size_t n = count_while(text, 0, kLongestChineseNumeral, is_heading_numeral);
      n > 0 && n <= kLongestChineseNumeral && n < text.size()) {
    const char32_t delimiter = text[n];
    if (delimiter == U'、' || delimiter == U'．' ||
        (delimiter == U'.' && !(n + 1 < text.size() && is_ascii_digit(text[n + 1])))) {
      const auto value = parse_chinese_numeral(text.substr(0, n));
      return finish(1, text, n + 1, static_cast<int>(*value));
    }
    // 一) and 一）: a level-2 marker whose opening bracket was dropped
    if (is_close_paren(delimiter)) {
      return finish(2, text, n + 1, static_cast<int>(*parse_chinese_numeral(text.substr(0, n))));
    }
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

  // （一） and （1）
  if (is_open_paren(first)) {
    if (const std::size_t n = count_while(text, 1, kLongestChineseNumeral, is_heading_numeral);
        n > 0 && n <= kLongestChineseNumeral && 1 + n < text.size() && is_close_paren(text[1 + n])) {
      std::size_t end = 2 + n;
      if (end < text.size() && text[end] == U'、') ++end;
      return finish(2, text, end, static_cast<int>(*parse_chinese_numeral(text.substr(1, n))));
    }
    if (const std::size_t n = count_while(text, 1, kLongestArabicNumeral, is_ascii_digit);
        n > 0 && n <= kLongestArabicNumeral && 1 + n < text.size() && is_close_paren(text[1 + n])) {
      return finish(4, text, 2 + n, arabic_value(text.substr(1, n)));
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
  // 1. 1、 1． and 1) 1）: the last a level-4 marker whose opening bracket was dropped
  if (const std::size_t n = count_while(text, 0, kLongestArabicNumeral, is_ascii_digit);
      n > 0 && n <= kLongestArabicNumeral && n < text.size()) {
    const char32_t delimiter = text[n];
    const bool decimal_follows = n + 1 < text.size() && is_ascii_digit(text[n + 1]);
    if ((delimiter == U'.' || delimiter == U'、' || delimiter == U'．') && !decimal_follows) {
      return finish(3, text, n + 1, arabic_value(text.substr(0, n)));
    }
    if (is_close_paren(delimiter)) return finish(4, text, n + 1, arabic_value(text.substr(0, n)));
    return std::nullopt;
  }
  // ①
  if (is_circled_number(first)) return finish(5, text, 1, static_cast<int>(first - 0x2460 + 1));
  return std::nullopt;
}

std::optional<HeadingMarker> parse_numbering_label(std::u32string_view label) {
  std::u32string padded(label);
  padded += U'x';  // match_heading_marker wants a title after the marker
  auto marker = match_heading_marker(padded);
  if (marker) marker->length = label.size();
  return marker;
}

std::u32string heading_title(std::u32string_view after_marker) {
  std::size_t end = after_marker.size();
  for (std::size_t i = 0; i < after_marker.size(); ++i) {
    const char32_t c = after_marker[i];
    if (c == U'。' || c == U'！' || c == U'？') {
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
  std::u32string title(after_marker.substr(0, end));
  while (!title.empty() &&
         (title.back() == U'：' || title.back() == U':' || title.back() == U'；' || title.back() == U';' ||
          title.back() == U'，' || title.back() == U',' || title.back() == U' ')) {
    title.pop_back();
  }
  return title;
}

}  // namespace docpipe::sections
