#include "town_named_in_body.hpp"

#include <algorithm>
#include <iterator>
#include <map>

#include "docpipe/text.hpp"

namespace docpipe::sections {

namespace {

struct Level {
  std::u32string_view word;                // 镇
  std::u32string_view self_references[2];  // 我镇, 本镇
  std::u32string_view words_continuing;    // characters after the level word that make it another word (乡村)
};
constexpr Level kLevels[] = {
    {U"街道", {U"我街道", U"本街道"}, U"办"},  // 我街道办 is still the subdistrict's own office
    {U"镇", {U"我镇", U"本镇"}, U""},
    {U"乡", {U"我乡", U"本乡"}, U"村镇贤土亲愁情风"},  // 乡村振兴, 乡镇, 乡贤 are no township's name
};

// How often the name must be written to be the report's own place, not a neighbour's or a place in an example.
constexpr std::size_t kTimesNamed = 3;
constexpr std::size_t kShortestName = 2, kLongestName = 6;  // 水口, 伊金霍洛 (before 镇)

// The character right before the level word in phrases that end as a place's name does but name none: a slogan
// (依法治镇, 强镇, 兴镇), a kind of place (城镇, 集镇, 乡镇, 城乡, 小镇, 古镇, 重镇, 名镇), a move (下乡, 返乡) or
// a home (家乡, 故乡).
constexpr std::u32string_view kNotBeforeTheLevel = U"治城集乡小古重名强兴村镇街下返家故他异";
// Function words a clause runs into a name with (对水口镇, 在镇里) and determiners before the level (全镇, 各乡,
// 该街道, 本镇, 我镇): no place's name holds them.
constexpr std::u32string_view kNeverInNames = U"的和与及对在为是了将由把向从各全本我该此其每";

const Level* level_the_opening_speaks_of(const std::vector<std::u32string>& opening) {
  for (const Level& level : kLevels) {
    for (const std::u32string& paragraph : opening) {
      if (std::any_of(std::begin(level.self_references), std::end(level.self_references),
                      [&](std::u32string_view self) { return paragraph.find(self) != std::u32string::npos; })) {
        return &level;
      }
    }
  }
  return nullptr;
}

}  // namespace

std::u32string town_named_in_the_body(const std::vector<std::u32string>& opening,
                                      const std::vector<std::u32string_view>& paragraphs) {
  const Level* level = level_the_opening_speaks_of(opening);
  if (level == nullptr) return {};
  // Every mention's run of characters before the level word, nearest first, grouped by the two nearest (口 and 水
  // of 结合水口镇): the name is what all mentions of a group share.
  std::map<std::u32string, std::vector<std::u32string_view>> mentions;
  for (const std::u32string_view paragraph : paragraphs) {
    for (auto at = paragraph.find(level->word); at != std::u32string_view::npos;
         at = paragraph.find(level->word, at + level->word.size())) {
      const std::size_t after = at + level->word.size();
      if (after < paragraph.size() && level->words_continuing.find(paragraph[after]) != std::u32string_view::npos)
        continue;
      std::size_t length = 0;
      while (length < kLongestName && length < at && is_han(paragraph[at - length - 1]) &&
             kNeverInNames.find(paragraph[at - length - 1]) == std::u32string_view::npos) {
        ++length;
      }
      if (length < kShortestName || kNotBeforeTheLevel.find(paragraph[at - 1]) != std::u32string_view::npos) continue;
      const std::u32string_view run = paragraph.substr(at - length, length);
      mentions[std::u32string(run.substr(length - kShortestName))].push_back(run);
    }
  }
  std::u32string named;
  std::size_t named_times = 0;
  bool tied = false;
  for (const auto& mentioned : mentions) {
    // Not a structured binding: the lambda below reads the runs, and Debian 12's clang 14 captures no binding.
    const std::vector<std::u32string_view>& runs = mentioned.second;
    if (runs.size() < kTimesNamed) continue;
    // Longer while every mention has the same character before (水口 → 水口, not 合水口 of one 结合水口镇).
    std::size_t length = kShortestName;
    const auto shares_one_more = [&] {
      const std::u32string_view first = runs.front();
      if (first.size() <= length) return false;
      const char32_t c = first[first.size() - length - 1];
      return std::all_of(runs.begin(), runs.end(), [&](std::u32string_view run) {
        return run.size() > length && run[run.size() - length - 1] == c;
      });
    };
    while (length < kLongestName && shares_one_more()) ++length;
    if (runs.size() > named_times) {
      named = std::u32string(runs.front().substr(runs.front().size() - length));
      named_times = runs.size();
      tied = false;
    } else if (runs.size() == named_times) {
      tied = true;
    }
  }
  // A rival written as often leaves the place open; one written less is a neighbour's or an example's.
  if (named.empty() || tied) return {};
  return named + std::u32string(level->word);
}

}  // namespace docpipe::sections
