#include "frequencies.hpp"

#include <algorithm>

namespace docpipe::metrics {

namespace {

constexpr std::u32string_view kClauseBreaks = U"，,。；;：:！？!?\n（）()、";
constexpr std::size_t kLongestClause = 24;  // 各村每季度至少组织村民集中学习法律知识 and a few words more

bool is_digit_like(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
         std::u32string_view(U"一二三四五六七八九十〇零两").find(c) != std::u32string_view::npos;
}

// The period that follows 每 at `at` (月, 两月, 3个月, 季度, 半年, 周): where it ends, or `at` when there is none or
// it is the year's own (年, 个年).
std::size_t period_end(std::u32string_view text, std::size_t at) {
  std::size_t k = at + 1;
  // 每两月, 每3个月, 每半年, 每十天: a count of periods before the period.
  constexpr std::size_t kLongestCount = 2;
  while (k < text.size() && k - at <= kLongestCount &&
         (is_digit_like(text[k]) || text[k] == U'半' || text[k] == U'双')) {
    ++k;
  }
  const bool counted = k > at + 1;
  if (k < text.size() && text[k] == U'个') ++k;
  for (const std::u32string_view period : {U"季度", U"星期", U"季", U"月", U"周", U"旬", U"天", U"日", U"年"}) {
    if (text.substr(k, period.size()) != period) continue;
    if (period == U"年" && !counted) return at;  // 每年: a total of the year, not a frequency within it
    return k + period.size();
  }
  return at;
}

// Whether the clause's words before a 每 leave a quotation or a title open (“每月法治讲堂, 《每周说法): the 每 is a
// word of a name.
bool inside_a_name(std::u32string_view before) {
  int open = 0;
  for (const char32_t c : before) {
    if (std::u32string_view(U"“《「『‘〈\"").find(c) != std::u32string_view::npos) {
      open = c == U'"' && open > 0 ? open - 1 : open + 1;
    } else if (std::u32string_view(U"”》」』’〉").find(c) != std::u32string_view::npos && open > 0) {
      --open;
    }
  }
  return open > 0;
}

}  // namespace

std::optional<Frequency> frequency_before(std::u32string_view text, std::size_t start, std::u32string_view unit) {
  constexpr std::u32string_view kUnitsOfOccasions[] = {U"次", U"场",   U"场次", U"期", U"轮", U"轮次",
                                                       U"批", U"批次", U"课时", U"节", U"堂", U"回"};
  if (std::find(std::begin(kUnitsOfOccasions), std::end(kUnitsOfOccasions), unit) == std::end(kUnitsOfOccasions)) {
    return std::nullopt;
  }
  std::size_t from = start;
  while (from > 0 && start - from < kLongestClause && kClauseBreaks.find(text[from - 1]) == std::u32string_view::npos) {
    --from;
  }
  const std::u32string_view clause = text.substr(from, start - from);
  // The last 每 that says a period (各单位每季度每人至少学法1次: 每人 is whom, 每季度 how often).
  for (std::size_t at = clause.size(); at-- > 0;) {
    if (clause[at] != U'每') continue;
    const std::size_t begin = from + at;
    // 《每周说法》52期, “每月法治讲堂”12期, “每日普法”120次: a 每 inside a name in quotes or a title's marks names a
    // column or an event; the figure counts its issues.
    if (inside_a_name(clause.substr(0, at))) return std::nullopt;
    const std::size_t end = period_end(text, begin);
    if (end == begin) continue;
    // 每周五, 每月初, 每月15日, 每季度末: a day or time in the period, when a deed is done, not how often.
    if (end < start && (is_digit_like(text[end]) ||
                        std::u32string_view(U"初中末底的号").find(text[end]) != std::u32string_view::npos)) {
      return std::nullopt;
    }
    // 利用每月赶集日, 依托每周“法律服务日”, 在每月的例会上: the period is the time of something else.
    const std::u32string_view before = text.substr(from, begin - from);
    for (const std::u32string_view other : {U"利用", U"依托", U"结合", U"借助", U"借", U"逢", U"在", U"于"}) {
      if (before.ends_with(other)) return std::nullopt;
    }
    return Frequency{begin, end};
  }
  return std::nullopt;
}

std::u32string name_without_the_period(std::u32string_view name, std::u32string_view period, std::u32string_view text,
                                       std::size_t end) {
  std::u32string left(name);
  if (const auto at = left.find(period); at != std::u32string::npos) left.erase(at, period.size());
  for (const std::u32string_view opener : {U"按照", U"以", U"按"}) {
    if (left.starts_with(opener)) left.erase(0, opener.size());
  }
  if (left.ends_with(U"的")) left.pop_back();
  constexpr std::size_t kShortestName = 2;
  if (left.size() >= kShortestName) return left;
  // 以每两月1次频次组织干部学法, 每季度至少1次开展法治讲座: the deed is written after the figure.
  std::size_t from = end;
  for (const std::u32string_view lead : {U"的频次", U"的频率", U"频次", U"频率"}) {
    if (text.substr(from, lead.size()) == lead) {
      from += lead.size();
      break;
    }
  }
  constexpr std::size_t kLongestDeed = 12;
  std::size_t to = from;
  while (to < text.size() && to - from < kLongestDeed && kClauseBreaks.find(text[to]) == std::u32string_view::npos) {
    ++to;
  }
  if (to < text.size() && kClauseBreaks.find(text[to]) == std::u32string_view::npos) return {};  // a longer clause
  return to - from >= kShortestName ? std::u32string(text.substr(from, to - from)) : std::u32string();
}

}  // namespace docpipe::metrics
