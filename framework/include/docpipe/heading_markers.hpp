// The markers GB/T 9704 headings open with (一、 （一） 1. （1） 第一部分 【一】 ①), as inputs need to know them
// before any analysis runs: input.txt never joins a heading to the line before it, input.html joins a
// marker set in an element of its own (a WeChat article's badge) to the title after it.
#pragma once

#include <cstddef>
#include <string_view>

namespace docpipe {

// A bullet a copy from a WeChat article or a slide puts before a heading's marker or a sentence (◆一、, ● 开展…).
inline bool is_bullet(char32_t c) {
  return std::u32string_view(U"◆◇●○■□▲△▶►▸★☆▌▍•※➢➤").find(c) != std::u32string_view::npos;
}

// The length of the heading marker `text` opens with, 0 when it opens with none.
inline std::size_t heading_marker_length(std::u32string_view text) {
  const auto is_numeral = [](char32_t c) {
    return std::u32string_view(U"一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾").find(c) != std::u32string_view::npos;
  };
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  if (text.empty()) return 0;
  if (text[0] >= 0x2460 && text[0] <= 0x2473) return 1;  // ①
  std::size_t i = 0;
  if (text.starts_with(U"第")) {
    i = 1;
    while (i < text.size() && is_numeral(text[i])) ++i;
    return i > 1 && text.substr(i).starts_with(U"部分") ? i + 2 : 0;
  }
  const bool bracket = std::u32string_view(U"（(【〔").find(text[0]) != std::u32string_view::npos;
  if (bracket) i = 1;
  const std::size_t numerals = i;
  while (i < text.size() && (is_numeral(text[i]) || is_digit(text[i]))) ++i;
  if (i == numerals || i >= text.size() || i - numerals > 3) return 0;
  const char32_t after = text[i];
  if (bracket) return std::u32string_view(U"）)】〕").find(after) != std::u32string_view::npos ? i + 1 : 0;
  const bool digits = is_digit(text[numerals]);
  if (after == U'、' || after == U'．') return i + 1;
  if (after == U'.' || after == U'）' || after == U')') {
    // 2.2023年受理…: a list number before a year, which no decimal would be followed by.
    const auto a_year_follows = [&] {
      std::size_t k = i + 1;
      while (k < text.size() && is_digit(text[k])) ++k;
      return k == i + 5 && k < text.size() && text[k] == U'年';
    };
    return digits && !(i + 1 < text.size() && is_digit(text[i + 1]) && !a_year_follows()) ? i + 1 : 0;
  }
  return 0;
}

}  // namespace docpipe
