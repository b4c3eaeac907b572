// The spans of years a report's title names when it reports on more than one (石门镇2021—2023年法治政府建设工作
//总结, 2021年至2023年…, or the years listed: 2023年度、2024年度): analysis.sections dates such a report by the last
// of them, analysis.anomalies accepts the earlier ones in its body. One reading, so the two never disagree on
// which span is a period and which a plan's (sections further asks a span to rise and its last year to be written
// with 年). Header-only.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <vector>

namespace docpipe::title_period {

// A span from `first` to `last` (in that order as written, not checked to rise).
struct YearSpan {
  int first = 0;
  int last = 0;
  // 年 follows the last year (2021—2023年), not only its four digits (…2021—2023 述职): the span reads as years.
  bool last_written_with_year_word = false;
};

namespace detail {

// What joins the two years: a range's dash or word (2021—2023年, 2021年至2023年) or a listing's (2023年度、2024年度,
// 2023年和2024年).
inline constexpr std::u32string_view kRangeJoiners = U"—–-－~～至到";
inline constexpr std::u32string_view kListingJoiners = U"、和及与";

// Plans whose span of years a title names (…实施纲要2021-2025年…): what it names no period reported on.
inline constexpr std::u32string_view kPlanSpanWords[] = {U"纲要", U"规划", U"方案", U"计划", U"意见"};

// How far before a span a plan's word still claims it (实施纲要 2021—2025年, 规划纲要2021-2025).
inline constexpr std::size_t kPlanWordsWithin = 4;

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

inline bool four_digits_at(std::u32string_view text, std::size_t at) {
  return at + 4 <= text.size() && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at),
                                              text.begin() + static_cast<std::ptrdiff_t>(at + 4), is_ascii_digit);
}

// Four digits at `at` that end there (2023 in 2021—2023年, not in 2021—20235年, a number of five).
inline bool a_year_at(std::u32string_view text, std::size_t at) {
  return four_digits_at(text, at) && (at + 4 == text.size() || !is_ascii_digit(text[at + 4]));
}

inline int four_digit_value(std::u32string_view text, std::size_t at) {
  int value = 0;
  for (std::size_t k = at; k < at + 4; ++k) value = value * 10 + static_cast<int>(text[k] - U'0');
  return value;
}

inline bool follows_a_plan_word(std::u32string_view text, std::size_t at) {
  std::u32string_view lead =
      text.substr(at > kPlanWordsWithin ? at - kPlanWordsWithin : 0, std::min(at, kPlanWordsWithin));
  // A plan named in book marks or brackets claims nothing after them (贯彻落实《…实施纲要》2021—2023年情况报告).
  if (const auto closed = lead.find_last_of(U"》）)"); closed != std::u32string_view::npos) {
    lead.remove_prefix(closed + 1);
  }
  return std::any_of(std::begin(kPlanSpanWords), std::end(kPlanSpanWords),
                     [&](std::u32string_view word) { return lead.find(word) != std::u32string_view::npos; });
}

}  // namespace detail

// Whether `c` joins two years into a span: a range's (—, -, －, 至 …) or a listing's (、, 和 …).
inline bool is_range_joiner(char32_t c) { return detail::kRangeJoiners.find(c) != std::u32string_view::npos; }
inline bool is_listing_joiner(char32_t c) { return detail::kListingJoiners.find(c) != std::u32string_view::npos; }
inline bool is_joiner(char32_t c) { return is_range_joiner(c) || is_listing_joiner(c); }

// Where the year after the one ending at `end` (its 年 and 度 optional) starts, when a joiner of `joiners` links
// them (2023年、|2024年); npos when none follows.
inline std::size_t next_year_after(std::u32string_view title, std::size_t end, bool (*joins)(char32_t)) {
  if (end < title.size() && title[end] == U'年') ++end;
  if (end < title.size() && title[end] == U'度') ++end;
  if (end >= title.size() || !joins(title[end]) || !detail::a_year_at(title, end + 1)) return std::u32string_view::npos;
  return end + 1;
}

// The spans of years `title` names, in the order written: four digits, 年 and 度 optional, a joiner, four digits.
// Years listed on one after another (2022年、2023年、2024年) are one span from the first to the last, as long as
// each is later than the one before. Not a span in brackets or a book title, which names a plan or another text
// (贯彻落实纲要（2021—2025年）情况, 《…规划（2021-2025年）》), nor one a plan's word names just before it
// (实施纲要2021-2025年情况报告), nor four digits that a fifth follows (2021—20235年).
inline std::vector<YearSpan> year_spans(std::u32string_view title) {
  std::vector<YearSpan> spans;
  int depth = 0;
  for (std::size_t i = 0; i + 4 < title.size(); ++i) {
    if (std::u32string_view(U"《（(").find(title[i]) != std::u32string_view::npos) ++depth;
    if (std::u32string_view(U"》）)").find(title[i]) != std::u32string_view::npos && depth > 0) --depth;
    if (depth > 0 || (i > 0 && detail::is_ascii_digit(title[i - 1])) || !detail::a_year_at(title, i)) continue;
    std::size_t last = next_year_after(title, i + 4, is_joiner);
    if (last == std::u32string_view::npos || detail::follows_a_plan_word(title, i)) continue;
    const bool listed = is_listing_joiner(title[last - 1]);
    // A listing goes on while a later year is listed after its last (2022年、2023年、2024年).
    while (listed) {
      const std::size_t further = next_year_after(title, last + 4, is_listing_joiner);
      if (further == std::u32string_view::npos ||
          detail::four_digit_value(title, further) <= detail::four_digit_value(title, last))
        break;
      last = further;
    }
    spans.push_back({detail::four_digit_value(title, i), detail::four_digit_value(title, last),
                     last + 4 < title.size() && title[last + 4] == U'年'});
    if (listed) i = last - 1;  // the years listed within are no spans of their own
  }
  return spans;
}

}  // namespace docpipe::title_period
