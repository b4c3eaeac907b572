// Chinese numerals as reports write them: 三, 十二, 二十五, 一百零三, 两千, 一万二千, 1.27亿 (the
// 万/亿 part), and digit-by-digit years such as 二〇二四.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace docpipe {

// 0-9 for 〇零一二两三四五六七八九 (and 壹贰叁… financial forms), -1 otherwise.
inline int chinese_digit_value(char32_t c) {
  switch (c) {
    case U'〇':
    case U'零':
    case U'○':
      return 0;
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'两':
    case U'贰':
      return 2;
    case U'三':
    case U'叁':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

// 10, 100, 1000, 10000, 100000000 for 十百千万亿 (and 拾佰仟), 0 otherwise.
inline std::int64_t chinese_unit_value(char32_t c) {
  switch (c) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    case U'万':
      return 10000;
    case U'亿':
      return 100000000;
    default:
      return 0;
  }
}

inline bool is_chinese_numeral_char(char32_t c) { return chinese_digit_value(c) >= 0 || chinese_unit_value(c) > 0; }

// The value of a whole string of Chinese numeral characters; nullopt if it holds anything else.
inline std::optional<std::int64_t> parse_chinese_numeral(std::u32string_view text) {
  if (text.empty()) return std::nullopt;
  bool has_unit = false;
  for (const char32_t c : text) {
    if (!is_chinese_numeral_char(c)) return std::nullopt;
    has_unit = has_unit || chinese_unit_value(c) > 0;
  }
  if (!has_unit) {
    // 二〇二四: positional digits. A lone digit is the same thing.
    std::int64_t value = 0;
    for (const char32_t c : text) value = value * 10 + chinese_digit_value(c);
    return value;
  }
  std::int64_t total = 0;    // everything above the current 万/亿 group
  std::int64_t section = 0;  // the current group below 万
  std::int64_t digit = 0;
  bool digit_pending = false;
  for (const char32_t c : text) {
    if (const int d = chinese_digit_value(c); d >= 0) {
      digit = d;
      digit_pending = true;
      continue;
    }
    const std::int64_t unit = chinese_unit_value(c);
    if (unit < 10000) {
      section += (digit_pending ? digit : 1) * unit;  // 十二: an unwritten one before 十
    } else if (unit == 10000) {
      total += (section + digit) * unit;
      section = 0;
    } else {
      total = (total + section + digit) * unit;
      section = 0;
    }
    digit = 0;
    digit_pending = false;
  }
  return total + section + digit;
}

// 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五, 103 → 一百零三: how headings and reports write small numbers.
inline std::u32string to_chinese_numeral(int value) {
  static constexpr char32_t kDigits[] = U"零一二三四五六七八九";
  if (value <= 0 || value > 9999) return U"";
  std::u32string out;
  static constexpr std::pair<int, char32_t> kUnits[] = {{1000, U'千'}, {100, U'百'}, {10, U'十'}};
  bool pending_zero = false;
  for (const auto& [unit, name] : kUnits) {
    const int digit = value / unit % 10;
    if (digit == 0) {
      pending_zero = !out.empty();
      continue;
    }
    if (pending_zero) out += U'零', pending_zero = false;
    if (!(unit == 10 && digit == 1 && out.empty())) out += kDigits[digit];  // 十二, not 一十二
    out += name;
  }
  if (value % 10 != 0) {
    if (pending_zero) out += U'零';
    out += kDigits[value % 10];
  }
  return out;
}

}  // namespace docpipe
