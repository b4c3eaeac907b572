// Automatic list labels as word processors render them: a counter value in a WordprocessingML numFmt
// (decimal 3, chineseCounting 三, chineseLegalSimplified 叁, japaneseLegal 参, koreanLegal 參, ideographTraditional 丙,
// decimalEnclosedCircle ③, decimalEnclosedParen ⑶, ideographParenthetical ㈢, decimalFullWidth ３, upperRoman IV …).
// Shared by input.docx (numFmt names) and input.doc (whose MSONFC codes map onto the same names).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/text.hpp"

namespace docpipe {

namespace detail {

inline std::string roman(std::int64_t value, bool upper) {
  static constexpr std::pair<int, const char*> kNumerals[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [amount, letters] : kNumerals) {
    while (value >= amount) out += letters, value -= amount;
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// A counter (1–9999) in the 大写 numerals of cheques and contracts, as Word writes its legal formats: simplified
// for chineseLegalSimplified (壹、贰、叁…壹拾壹), traditional for ideographLegalTraditional (壹、貳、參…). Some offices
// number the parts of a report so. Word writes ten as 壹拾, not 拾.
inline std::string chinese_legal_numeral(std::int64_t value, bool traditional) {
  constexpr std::u32string_view kCounting = U"〇零一两二三四五六七八九十百千";
  constexpr std::u32string_view kSimplified = U"零零壹贰贰叁肆伍陆柒捌玖拾佰仟";
  constexpr std::u32string_view kTraditional = U"零零壹貳貳參肆伍陸柒捌玖拾佰仟";
  const std::u32string_view legal = traditional ? kTraditional : kSimplified;
  std::u32string numeral = to_chinese_numeral(static_cast<int>(value));
  for (char32_t& c : numeral) {
    if (const auto at = kCounting.find(c); at != std::u32string_view::npos) c = legal[at];
  }
  if (numeral.starts_with(U'拾')) numeral.insert(0, 1, U'壹');
  return encode_utf8(numeral);
}

// A counter (1–9999) in the legal numerals of Japan and Korea, as Word writes japaneseLegal (壱、弐、参、四、伍 … 壱拾)
// and koreanLegal (壹、貳、參、四、五 … 拾): the counting numeral with its ones to three and its powers of ten in their
// legal forms, and no 零 for a zero digit.
inline std::string east_asian_legal_numeral(std::int64_t value, bool japanese) {
  constexpr std::u32string_view kCounting = U"一两二三五十千";
  constexpr std::u32string_view kJapanese = U"壱弐弐参伍拾阡";
  constexpr std::u32string_view kKorean = U"壹貳貳參五拾千";
  const std::u32string_view legal = japanese ? kJapanese : kKorean;
  std::u32string numeral = to_chinese_numeral(static_cast<int>(value));
  std::erase_if(numeral, [](char32_t c) { return c == U'零' || c == U'〇'; });
  for (char32_t& c : numeral) {
    if (const auto at = kCounting.find(c); at != std::u32string_view::npos) c = legal[at];
  }
  if (japanese && numeral.starts_with(U'拾')) numeral.insert(0, 1, U'壱');
  return encode_utf8(numeral);
}

// A counter written digit by digit in ideographs (ideographDigital: 10 is 一〇).
inline std::string ideograph_digits(std::int64_t value) {
  constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
  std::u32string out;
  for (const char c : std::to_string(value)) out += c == '-' ? U'-' : kDigits[static_cast<std::size_t>(c - '0')];
  return encode_utf8(out);
}

// A counter in full-width digits (decimalFullWidth: １２).
inline std::string full_width_digits(std::int64_t value) {
  std::u32string out;
  for (const char c : std::to_string(value)) out += c == '-' ? U'－' : static_cast<char32_t>(U'０' + (c - '0'));
  return encode_utf8(out);
}

// The character `first + value - 1` of a Unicode run of enclosed numbers, when the value is in [1, count].
inline std::string enclosed(std::int64_t value, char32_t first, std::int64_t count) {
  return value >= 1 && value <= count ? encode_utf8(std::u32string(1, static_cast<char32_t>(first + value - 1)))
                                      : std::string();
}

}  // namespace detail

// Word counts no further than this; a counter outside it comes from a hostile or broken file, and would
// otherwise overflow, or grow a letter label ("AAAA…") of gigabytes.
inline constexpr std::int64_t kLargestListCounter = 999'999'999;
inline std::int64_t clamp_list_counter(std::int64_t value) {
  return std::clamp<std::int64_t>(value, -kLargestListCounter, kLargestListCounter);
}

// The longest label a list may render before a reader refuses the document (a parameter of the readers).
inline constexpr std::size_t kDefaultMaxLabelCharacters = 64;

// A counter value in a numFmt; unknown formats render as decimal. A letter label longer than
// `max_characters` throws std::length_error.
inline std::string format_number(std::int64_t value, const std::string& format,
                                 std::size_t max_characters = kDefaultMaxLabelCharacters) {
  if (format == "decimal" || format.empty()) return std::to_string(value);
  if (format == "decimalZero") return (value < 10 ? "0" : "") + std::to_string(value);
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "taiwaneseCounting" ||
      format == "taiwaneseCountingThousand" || format == "japaneseCounting") {
    return value >= 1 && value <= 9999 ? encode_utf8(to_chinese_numeral(static_cast<int>(value)))
                                       : std::to_string(value);
  }
  if (format == "chineseLegalSimplified" || format == "ideographLegalTraditional") {
    return value >= 1 && value <= 9999 ? detail::chinese_legal_numeral(value, format == "ideographLegalTraditional")
                                       : std::to_string(value);
  }
  if (format == "japaneseLegal" || format == "koreanLegal") {
    return value >= 1 && value <= 9999 ? detail::east_asian_legal_numeral(value, format == "japaneseLegal")
                                       : std::to_string(value);
  }
  if (format == "ideographDigital" && value >= 0) return detail::ideograph_digits(value);
  if ((format == "decimalFullWidth" || format == "decimalFullWidth2") && value >= 0)
    return detail::full_width_digits(value);
  // Enclosed numbers as Unicode has them: ⒈ to ⒛, ⑴ to ⒇, ㈠ to ㈩, ㊀ to ㊉; past them, the number.
  for (const auto& [name, first, count] :
       {std::tuple<std::string_view, char32_t, std::int64_t>{"decimalEnclosedFullstop", U'⒈', 20},
        {"decimalEnclosedParen", U'⑴', 20},
        {"ideographParenthetical", U'㈠', 10},
        {"ideographEnclosedCircle", U'㊀', 10}}) {
    if (format == name) {
      const std::string label = detail::enclosed(value, first, count);
      return label.empty() ? std::to_string(value) : label;
    }
  }
  if (format == "ideographTraditional" && value >= 1 && value <= 10) {
    return encode_utf8(std::u32string(1, U"甲乙丙丁戊己庚辛壬癸"[value - 1]));
  }
  if (format == "ideographZodiac" && value >= 1 && value <= 12) {
    return encode_utf8(std::u32string(1, U"子丑寅卯辰巳午未申酉戌亥"[value - 1]));
  }
  if ((format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") && value >= 1 && value <= 20) {
    return encode_utf8(std::u32string(1, static_cast<char32_t>(0x2460 + value - 1)));
  }
  // Roman numerals stop at 3999 (MMMCMXCIX), as in Word; letters repeat (AA, AAA), so their length is bounded.
  if ((format == "upperRoman" || format == "lowerRoman") && value >= 1 && value <= 3999) {
    return detail::roman(value, format == "upperRoman");
  }
  if ((format == "upperLetter" || format == "lowerLetter") && value >= 1) {
    const auto repeats = static_cast<std::size_t>((value - 1) / 26 + 1);
    if (repeats > max_characters) {
      throw std::length_error("a numbering label of " + std::to_string(repeats) +
                              " letters is over max_label_characters=" + std::to_string(max_characters));
    }
    return std::string(static_cast<std::size_t>((value - 1) / 26 + 1),
                       static_cast<char>((format == "upperLetter" ? 'A' : 'a') + (value - 1) % 26));
  }
  return std::to_string(value);
}

}  // namespace docpipe
