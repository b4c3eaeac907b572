#include "date_figure_spaces.hpp"

namespace docpipe::sections {

namespace {

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// The words a date's figure stands before: 2025 年, 1 月, 20 日, 20 号.
bool is_date_word(char32_t c) { return c == U'年' || c == U'月' || c == U'日' || c == U'号'; }

std::size_t end_of_spaces(std::u32string_view text, std::size_t at) {
  while (at < text.size() && text[at] == U' ') ++at;
  return at;
}

// Whether the spaces from `begin` to `end` stand around a date's figure: after digits, before the date's word they
// count (2025 年), before digits that such spaces and a date's word follow (县 2025 年, 年 1 月), or between a year's
// or a month's word and the figures of the month or day after it (2025年 1月 20日). A space before a year written close
// to its 年 (…的报告 2024年，…) is where a line ended, and stays.
bool spaces_a_date_figure(std::u32string_view text, std::size_t begin, std::size_t end) {
  if (begin == 0 || end >= text.size()) return false;
  if (is_ascii_digit(text[begin - 1]) && is_date_word(text[end])) return true;
  if (!is_ascii_digit(text[end])) return false;
  std::size_t digits_end = end;
  while (digits_end < text.size() && is_ascii_digit(text[digits_end])) ++digits_end;
  const std::size_t after = end_of_spaces(text, digits_end);
  if (after >= text.size() || !is_date_word(text[after])) return false;
  const bool spaced_after = after > digits_end;
  const bool month_or_day_after = (text[begin - 1] == U'年' || text[begin - 1] == U'月') && text[after] != U'年';
  return spaced_after || month_or_day_after;
}

}  // namespace

WithoutDateFigureSpaces::WithoutDateFigureSpaces(std::u32string_view text) : written_size_(text.size()) {
  text_.reserve(text.size());
  positions_.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == U' ') {
      const std::size_t end = end_of_spaces(text, i);
      if (spaces_a_date_figure(text, i, end)) {
        i = end;
        continue;
      }
    }
    text_.push_back(text[i]);
    positions_.push_back(i);
    ++i;
  }
}

std::vector<std::size_t> WithoutDateFigureSpaces::positions_written(const std::vector<std::size_t>& positions) const {
  std::vector<std::size_t> written;
  written.reserve(positions.size());
  for (const std::size_t at : positions) written.push_back(position_written(at));
  return written;
}

}  // namespace docpipe::sections
