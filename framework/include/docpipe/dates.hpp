// Calendar dates as reports write them: 2024年12月24日, 2024-12-17, 2024.12.24, 2024/12/24,
// 二〇二四年十二月二十四日, 2024年元月8日. Anything else (2020413) is not a date.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/chinese_numerals.hpp"

namespace docpipe {

struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

inline bool is_valid_date(const CalendarDate& date) {
  static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.year < 1900 || date.year > 2200 || date.month < 1 || date.month > 12 || date.day < 1) return false;
  const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  if (date.month == 2 && date.day == 29) return leap;
  return date.day <= kDaysInMonth[date.month - 1];
}

inline std::string to_iso(const CalendarDate& date) {
  char buffer[40];  // room for any int, so that no compiler warns of truncation
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

namespace detail {
// Reads a run of ASCII digits or Chinese numeral characters at `at`; advances `at`.
inline std::optional<int> read_date_number(std::u32string_view text, std::size_t& at) {
  const std::size_t begin = at;
  if (at < text.size() && text[at] >= U'0' && text[at] <= U'9') {
    int value = 0;
    while (at < text.size() && text[at] >= U'0' && text[at] <= U'9' && at - begin < 4)
      value = value * 10 + (text[at++] - U'0');
    return value;
  }
  while (at < text.size() && is_chinese_numeral_char(text[at])) ++at;
  if (at == begin) return std::nullopt;
  const auto value = parse_chinese_numeral(text.substr(begin, at - begin));
  return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}
inline void skip_spaces(std::u32string_view text, std::size_t& at) {
  while (at < text.size() && text[at] == U' ') ++at;
}
// A month: its number, or 元 (元月 is January, as signatures written in January often say).
inline std::optional<int> read_month(std::u32string_view text, std::size_t& at) {
  if (at + 1 < text.size() && text[at] == U'元' && text[at + 1] == U'月') {
    ++at;
    return 1;
  }
  return read_date_number(text, at);
}
}  // namespace detail

namespace detail {
struct YearAndMonth {
  int year = 0;
  int month = 0;
  char32_t separator = 0;  // 年, or the - . / ． between the numbers
};
// Reads a year of four digits, its separator and a month from the start of `text` (spaces allowed around
// each), leaving `at` after the month's number.
inline std::optional<YearAndMonth> read_year_and_month(std::u32string_view text, std::size_t& at) {
  skip_spaces(text, at);
  const std::size_t year_begin = at;
  const auto year = read_date_number(text, at);
  if (!year || at - year_begin != 4) return std::nullopt;
  skip_spaces(text, at);
  if (at >= text.size()) return std::nullopt;
  const char32_t separator = text[at];
  if (std::u32string_view(U"年-./．").find(separator) == std::u32string_view::npos) return std::nullopt;
  ++at;
  skip_spaces(text, at);
  const auto month = read_month(text, at);
  if (!month) return std::nullopt;
  skip_spaces(text, at);
  return YearAndMonth{*year, *month, separator};
}
}  // namespace detail

// Parses a date that fills `text` entirely (surrounding spaces allowed).
inline std::optional<CalendarDate> parse_date(std::u32string_view text) {
  std::size_t at = 0;
  const auto year_month = detail::read_year_and_month(text, at);
  if (!year_month) return std::nullopt;
  const bool chinese = year_month->separator == U'年';
  if (at >= text.size() || text[at] != (chinese ? U'月' : year_month->separator)) return std::nullopt;
  ++at;
  detail::skip_spaces(text, at);
  const auto day = detail::read_date_number(text, at);
  if (!day) return std::nullopt;
  detail::skip_spaces(text, at);
  if (chinese) {
    if (at >= text.size() || (text[at] != U'日' && text[at] != U'号')) return std::nullopt;
    ++at;
  }
  detail::skip_spaces(text, at);
  if (at != text.size()) return std::nullopt;
  const CalendarDate date{year_month->year, year_month->month, *day};
  return is_valid_date(date) ? std::optional<CalendarDate>(date) : std::nullopt;
}

// A date that names only its month, as some signatures do: 2024年2月, 二〇二四年二月, 2024-02. `day` is 0.
inline std::optional<CalendarDate> parse_year_month(std::u32string_view text) {
  std::size_t at = 0;
  const auto year_month = detail::read_year_and_month(text, at);
  if (!year_month) return std::nullopt;
  if (year_month->separator == U'年' && (at >= text.size() || text[at++] != U'月')) return std::nullopt;
  detail::skip_spaces(text, at);
  if (at != text.size()) return std::nullopt;
  const CalendarDate first{year_month->year, year_month->month, 1};
  return is_valid_date(first) ? std::optional<CalendarDate>(CalendarDate{year_month->year, year_month->month, 0})
                              : std::nullopt;
}

// The report year as analysis.sections writes it in the `year` metadata ("2023"), or nullopt when there is none.
inline std::optional<int> parse_report_year(std::string_view year) {
  if (year.size() != 4) return std::nullopt;
  int value = 0;
  for (const char c : year) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// 2024-02: ISO 8601's month precision, for a date parse_year_month read.
inline std::string to_iso_month(const CalendarDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
  return buffer;
}

// The year written at `at` in four Chinese digits followed by 年 (二〇二四年, 二○二四年), if any.
inline std::optional<int> chinese_year_at(std::u32string_view text, std::size_t at) {
  if (at + 4 >= text.size() || text[at + 4] != U'年') return std::nullopt;
  int year = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const int value = text[at + k] == U'○' ? 0 : chinese_digit_value(text[at + k]);
    if (value < 0 || value > 9) return std::nullopt;
    year = year * 10 + value;
  }
  if (year < 1949 || year > 2100) return std::nullopt;
  return year;
}

// The years a text writes as four digits followed by 年 (2024年, 2024 年度, 二〇二四年), in order; with
// `outside_book_titles`, none inside 《…》 (《纲要（2021-2025年）》 names a plan, not a year reported on).
inline std::vector<int> years_written(std::u32string_view text, bool outside_book_titles = false) {
  std::vector<int> years;
  bool in_title = false;
  for (std::size_t i = 0; i + 4 < text.size(); ++i) {
    if (text[i] == U'《') in_title = true;
    if (text[i] == U'》') in_title = false;
    if (const auto chinese = chinese_year_at(text, i); chinese && !(in_title && outside_book_titles)) {
      years.push_back(*chinese);
      i += 3;
      continue;
    }
    bool digits = true;
    for (std::size_t k = 0; k < 4; ++k) digits = digits && text[i + k] >= U'0' && text[i + k] <= U'9';
    const bool bounded = i == 0 || text[i - 1] < U'0' || text[i - 1] > U'9';
    std::size_t after = i + 4;
    while (after < text.size() && text[after] == U' ') ++after;
    if (!digits || !bounded || after >= text.size() || text[after] != U'年' || (in_title && outside_book_titles))
      continue;
    int year = 0;
    for (std::size_t k = 0; k < 4; ++k) year = year * 10 + static_cast<int>(text[i + k] - U'0');
    years.push_back(year);
    i += 3;
  }
  return years;
}

}  // namespace docpipe
