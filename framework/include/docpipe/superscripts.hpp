// Superscripts after a figure, as Word's runs, HTML's <sup> and a PDF's raised glyphs set them: a footnote's mark
// (no digit of the figure), a unit's power (m², m³) or a power of ten's exponent (1.2×10⁴). Shared by the inputs so
// that a note mark reads the same in every format.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

namespace docpipe {

// A footnote's mark: a number of up to three digits, alone or in brackets ([2], (3), （4）, 【5】, 〔6〕), or a circled
// one (①).
inline bool is_footnote_mark(std::u32string_view mark) {
  constexpr std::size_t kLongestNumber = 3;
  if (mark.size() == 1 && mark.front() >= U'\u2460' && mark.front() <= U'\u24FF') return true;
  for (const auto& brackets : {std::pair{U'[', U']'}, std::pair{U'(', U')'}, std::pair{U'（', U'）'},
                               std::pair{U'【', U'】'}, std::pair{U'〔', U'〕'}}) {
    if (mark.size() > 2 && mark.front() == brackets.first && mark.back() == brackets.second) {
      mark = mark.substr(1, mark.size() - 2);
      break;
    }
  }
  return !mark.empty() && mark.size() <= kLongestNumber && std::all_of(mark.begin(), mark.end(), [](char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
  });
}

// m, km, cm… right after a number (1,200m), a multiple of one (4.8万m, 1.2×10⁴m) or a per (31μg/m): a superscript
// 2 or 3 after it is the unit's power.
inline bool ends_with_a_metric_unit_after_a_number(std::u32string_view text) {
  while (!text.empty() && text.back() == U' ') text.remove_suffix(1);
  if (text.empty() || text.back() != U'm') return false;
  text.remove_suffix(1);
  if (!text.empty() && (text.back() == U'k' || text.back() == U'c' || text.back() == U'd' || text.back() == U'm'))
    text.remove_suffix(1);
  while (!text.empty() && text.back() == U' ') text.remove_suffix(1);
  return !text.empty() &&
         ((text.back() >= U'0' && text.back() <= U'9') || text.back() == U'万' || text.back() == U'千' ||
          text.back() == U'/' || std::u32string_view(U"⁰¹²³⁴⁵⁶⁷⁸⁹").find(text.back()) != std::u32string_view::npos);
}

// A power of ten written 1.2×10 with its exponent in superscript: the superscript is the exponent, no note mark.
inline bool ends_with_a_power_of_ten(std::u32string_view text) {
  while (!text.empty() && text.back() == U' ') text.remove_suffix(1);
  return text.ends_with(U"×10") || text.ends_with(U"x10") || text.ends_with(U"X10") || text.ends_with(U"*10");
}

// `digits` as superscript digits (4 → ⁴), other characters as they are: an exponent kept where it stands.
inline std::u32string as_superscript(std::u32string_view digits) {
  constexpr std::u32string_view kSuperscriptDigits = U"⁰¹²³⁴⁵⁶⁷⁸⁹";
  std::u32string raised;
  for (const char32_t c : digits) raised += c >= U'0' && c <= U'9' ? kSuperscriptDigits[c - U'0'] : c;
  return raised;
}

}  // namespace docpipe
