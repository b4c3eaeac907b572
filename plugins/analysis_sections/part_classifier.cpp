#include "part_classifier.hpp"

#include <algorithm>

#include "docpipe/dates.hpp"

namespace docpipe::sections {

namespace {

// Where the first of `keywords` in `title` starts; npos for none.
std::size_t first_mention(std::u32string_view title, const std::vector<std::u32string>& keywords) {
  std::size_t first = std::u32string_view::npos;
  for (const auto& keyword : keywords) {
    if (!keyword.empty()) first = std::min(first, title.find(keyword));
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
