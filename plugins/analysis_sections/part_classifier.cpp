#include "part_classifier.hpp"

#include <algorithm>

#include "docpipe/dates.hpp"

namespace docpipe::sections {

namespace {

bool mentions_any(std::u32string_view title, const std::vector<std::u32string>& keywords) {
  return std::any_of(keywords.begin(), keywords.end(), [&](const std::u32string& keyword) {
    return !keyword.empty() && title.find(keyword) != std::u32string_view::npos;
  });
}

}  // namespace

std::vector<std::string> classify_heading(std::u32string_view title, const PartKeywords& keywords,
                                          std::optional<int> report_year) {
  bool achievements = mentions_any(title, keywords.achievements);
  const bool results = mentions_any(title, keywords.results);
  const bool shortcomings = mentions_any(title, keywords.shortcomings);
  const bool leadership = mentions_any(title, keywords.leadership);
  bool plan = mentions_any(title, keywords.plan);
  if (report_year) {
    const auto years = years_written(title);
    plan = plan || std::any_of(years.begin(), years.end(), [&](int year) { return year > *report_year; });
  }
  if (leadership || plan) achievements = false;
  achievements = achievements || results;

  std::vector<std::string> parts;
  if (achievements) parts.emplace_back(part::achievements);
  if (shortcomings) parts.emplace_back(part::shortcomings);
  if (leadership) parts.emplace_back(part::leadership);
  if (plan) parts.emplace_back(part::plan);
  return parts;
}

}  // namespace docpipe::sections
