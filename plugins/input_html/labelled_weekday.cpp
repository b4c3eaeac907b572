#include "labelled_weekday.hpp"

#include <string_view>

#include "docpipe/text.hpp"

namespace docpipe::html {

namespace {

constexpr std::u32string_view kSpaces = U" \u3000\u00a0\t";
constexpr std::u32string_view kWeekdays = U"一二三四五六日天";

// How long the weekday at `at` is (星期日, 礼拜三, 周五), or 0.
std::size_t weekday_length(std::u32string_view text, std::size_t at) {
  const std::u32string_view rest = text.substr(at);
  for (const std::u32string_view word : {U"星期", U"礼拜", U"周"}) {
    if (rest.starts_with(word) && rest.size() > word.size() && kWeekdays.find(rest[word.size()]) != kWeekdays.npos)
      return word.size() + 1;
  }
  return 0;
}

// Whether a date ending right before `end` is introduced by a publication label: the date (digits, 年月日, - / .)
// runs back to a colon whose label names a date or a time, and not the clock's.
bool follows_a_labelled_date(std::u32string_view text, std::size_t end) {
  while (end > 0 && kSpaces.find(text[end - 1]) != kSpaces.npos) --end;
  if (end == 0 || (text[end - 1] != U'日' && (text[end - 1] < U'0' || text[end - 1] > U'9'))) return false;
  std::size_t start = end;
  while (start > 0 && ((text[start - 1] >= U'0' && text[start - 1] <= U'9') ||
                       std::u32string_view(U"年月日-/.").find(text[start - 1]) != std::u32string_view::npos))
    --start;
  if (start == end) return false;
  while (start > 0 && kSpaces.find(text[start - 1]) != kSpaces.npos) --start;
  if (start == 0 || (text[start - 1] != U'：' && text[start - 1] != U':')) return false;
  std::u32string_view label = text.substr(0, start - 1);
  while (!label.empty() && kSpaces.find(label.back()) != kSpaces.npos) label.remove_suffix(1);
  for (const std::u32string_view clock : {U"当前时间", U"北京时间", U"现在时间", U"今天", U"今天是", U"今日"}) {
    if (label.ends_with(clock)) return false;
  }
  return label.ends_with(U"日期") || label.ends_with(U"时间");
}

}  // namespace

std::string without_a_labelled_dates_weekday(const std::string& line) {
  if (line.find("星期") == std::string::npos && line.find("礼拜") == std::string::npos &&
      line.find("周") == std::string::npos)
    return line;
  const std::u32string text = decode_utf8(line);
  std::u32string kept;  // the line so far, a weekday after a labelled date and the spaces before it left out
  kept.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const bool bracketed = text[at] == U'（' || text[at] == U'(';
    const std::size_t inner = at + (bracketed ? 1 : 0);
    const std::size_t length = weekday_length(text, inner);
    const std::size_t end = inner + length + (bracketed ? 1 : 0);
    const bool closed = !bracketed || (end <= text.size() && (text[end - 1] == U'）' || text[end - 1] == U')'));
    if (length > 0 && closed && follows_a_labelled_date(kept, kept.size())) {
      while (!kept.empty() && kSpaces.find(kept.back()) != kSpaces.npos) kept.pop_back();
      at = end;
      continue;
    }
    kept.push_back(text[at++]);
  }
  return encode_utf8(kept);
}

}  // namespace docpipe::html
