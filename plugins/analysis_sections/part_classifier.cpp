#include "part_classifier.hpp"

#include <algorithm>

#include "docpipe/dates.hpp"

namespace docpipe::sections {

namespace {

// Nouns that a slogan heading takes as the object of what was done (对标先进找差距, 补齐执法短板, 拓宽普法思路):
// there they name no part of the report.
constexpr std::u32string_view kSloganObjects[] = {U"差距", U"短板", U"薄弱", U"思路"};
constexpr std::u32string_view kFixingVerbs[] = {U"找",   U"补",   U"拓宽", U"拓展", U"创新", U"缩小", U"弥补",
                                                U"破解", U"理清", U"厘清", U"强化", U"夯实", U"攻坚", U"转变"};
// How far before the noun its verb may stand (补齐执法|短板).
constexpr std::size_t kObjectReach = 4;

// Whether the keyword at `at` is a slogan's object: a noun of kSloganObjects with a fixing verb shortly before it
// in its clause, in a heading of two clauses or more.
bool is_a_slogan_object(std::u32string_view title, std::size_t at, std::u32string_view keyword) {
  // A slogan heading has two clauses (对标先进找差距，加强组织领导); 二、对标对表找差距 alone heads the shortcomings.
  if (title.find_first_of(U"，,") == std::u32string_view::npos) return false;
  const bool slogan_noun = std::any_of(std::begin(kSloganObjects), std::end(kSloganObjects),
                                       [&](std::u32string_view noun) { return keyword.find(noun) != keyword.npos; });
  if (!slogan_noun) return false;
  std::size_t from = at > kObjectReach ? at - kObjectReach : 0;
  if (const auto comma = title.substr(0, at).find_last_of(U"，,、；："); comma != std::u32string_view::npos) {
    from = std::max(from, comma + 1);
  }
  const auto before = title.substr(from, at - from);
  return std::any_of(std::begin(kFixingVerbs), std::end(kFixingVerbs),
                     [&](std::u32string_view verb) { return before.find(verb) != before.npos; });
}

// Where the first of `keywords` in `title` starts, no slogan's object counted; npos for none.
std::size_t first_mention(std::u32string_view title, const std::vector<std::u32string>& keywords) {
  std::size_t first = std::u32string_view::npos;
  for (const auto& keyword : keywords) {
    if (keyword.empty()) continue;
    for (auto at = title.find(keyword); at != std::u32string_view::npos; at = title.find(keyword, at + 1)) {
      if (!is_a_slogan_object(title, at, keyword)) {
        first = std::min(first, at);
        break;
      }
    }
  }
  return first;
}

bool mentions_any(std::u32string_view title, const std::vector<std::u32string>& keywords) {
  return first_mention(title, keywords) != std::u32string_view::npos;
}

}  // namespace

std::vector<std::string> classify_heading(std::u32string_view title, const PartKeywords& keywords,
                                          std::optional<int> report_year) {
  bool achievements = mentions_any(title, keywords.achievements);
  const bool results = mentions_any(title, keywords.results);
  const bool shortcomings = mentions_any(title, keywords.shortcomings);
  const bool leadership = mentions_any(title, keywords.leadership);
  bool plan = mentions_any(title, keywords.plan);
  // A heading on a later year is the plan (2025年重点工作, 2025年主要举措), unless it reports how the work went or
  // what came of it: then the report's year is wrong, not the part (2022年工作开展情况 under a title for 2021;
  // year-mismatch asks).
  const bool reports_what_was_done = results || (achievements && title.find(U"情况") != std::u32string_view::npos);
  if (report_year && !reports_what_was_done) {
    const auto years = years_written(title);
    plan = plan || std::any_of(years.begin(), years.end(), [&](int year) { return year > *report_year; });
  }
  // A measures word after the leadership words describes the leaders' work (…第一责任人职责，加强法治政府建设工作
  // 情况); one before them is a part of its own merged with theirs (主要做法及主要负责人履职情况).
  if (leadership && first_mention(title, keywords.achievements) > first_mention(title, keywords.leadership)) {
    achievements = false;
  }
  if (plan) achievements = false;
  achievements = achievements || results;

  std::vector<std::string> parts;
  if (achievements) parts.emplace_back(part::achievements);
  if (shortcomings) parts.emplace_back(part::shortcomings);
  if (leadership) parts.emplace_back(part::leadership);
  if (plan) parts.emplace_back(part::plan);
  return parts;
}

}  // namespace docpipe::sections
