#include "share_hedges.hpp"

#include <algorithm>
#include <iterator>

#include "metric_grammar.hpp"

namespace docpipe::metrics {
namespace {

// The longest name of a whole between 占 and its share (占全部诉讼和复议案件的近一半).
constexpr std::size_t kLongestWhole = 12;
constexpr std::u32string_view kWordsOfSharing[] = {U"占比", U"占到", U"占"};  // longest first
// Hedges said before 占 or 有 rather than before the figure: 约占, 大约占, 将近占, 约有.
constexpr std::u32string_view kHedgesBeforeSharing[] = {U"大约", U"将近", U"约", U"近"};
constexpr std::u32string_view kTakingUp = U"用地有领据";
constexpr std::u32string_view kBreaks = U"，。；：、！？,;:!?\n“”《》";

// A character of a written figure (12, 3.5): the whole between 占 and its share holds none.
bool is_figure_character(char32_t c) { return (c >= U'0' && c <= U'9') || c == U'.'; }

// Where the words of sharing (占, 占比, 占到) start before `at`, with at most a short whole between them (占全部案件的,
// 占纠纷总数); npos when there are none.
std::size_t sharing_before(std::u32string_view text, std::size_t at) {
  std::size_t whole_start = at;
  std::size_t k = at;
  while (k > 0 && at - k < kLongestWhole && text[k - 1] != U'占' &&
         kBreaks.find(text[k - 1]) == std::u32string_view::npos && !is_figure_character(text[k - 1])) {
    --k;
  }
  // 占用, 占地, 占有, 占领: to take up, not to make up a share of.
  if (k > 0 && text[k - 1] == U'占' && !(k < text.size() && kTakingUp.find(text[k]) != std::u32string_view::npos)) {
    whole_start = k;
  }
  const std::u32string_view before = text.substr(0, whole_start);
  for (const std::u32string_view word : kWordsOfSharing) {
    if (before.ends_with(word)) return whole_start - word.size();
  }
  return std::u32string_view::npos;
}

// The hedge ending right at `at`, unless it ends a word of its own (村规民约有).
std::u32string_view hedge_ending_at(std::u32string_view text, std::size_t at) {
  const std::u32string_view before = text.substr(0, at);
  for (const std::u32string_view hedge : kHedgesBeforeSharing) {
    if (!before.ends_with(hedge)) continue;
    const bool ends_a_word =
        std::any_of(std::begin(kWordsEndingInAHedge), std::end(kWordsEndingInAHedge), [&](std::u32string_view word) {
          return word.size() > hedge.size() && word.ends_with(hedge) && before.ends_with(word);
        });
    if (!ends_a_word) return hedge;
  }
  return {};
}

}  // namespace

bool set_against_a_whole(std::u32string_view text, std::size_t start) {
  return sharing_before(text, start) != std::u32string_view::npos;
}

std::u32string_view hedge_before_a_share(std::u32string_view text, std::size_t start) {
  if (const std::size_t sharing = sharing_before(text, start); sharing != std::u32string_view::npos) {
    return hedge_ending_at(text, sharing);
  }
  if (start > 0 && text[start - 1] == U'有') return hedge_ending_at(text, start - 1);
  return {};
}

}  // namespace docpipe::metrics
