// Which required part of an annual report a level-1 heading opens (《法治政府建设与责任落实督察工作规定》, 2019):
// achievements, shortcomings, leadership, plan, other. Keyword tables come from parameters so a county can
// extend them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/layers.hpp"

namespace docpipe::sections {

struct PartKeywords {
  std::vector<std::u32string> achievements;  // measures and work done: 举措, 工作情况 …
  std::vector<std::u32string> results;       // results, which stand even beside another part: 成效, 成绩
  std::vector<std::u32string> shortcomings;
  std::vector<std::u32string> leadership;
  std::vector<std::u32string> plan;
};

// The parts a heading names, in canonical order (achievements, shortcomings, leadership, plan); empty when
// it names none. A heading naming leadership or the plan is not also achievements unless it names results
// ("2024年工作思路目标举措" is a plan; "主要举措、成效及下一步打算" is both). A heading about a year after
// the report year is a plan.
std::vector<std::string> classify_heading(std::u32string_view title, const PartKeywords& keywords,
                                          std::optional<int> report_year);

// The first year of the five-year plan's period a title opens with, its quotation marks aside
// (“十五五”开局之年重点任务, 十五五时期工作思路: 2026; “十四五”: 2021); nullopt when it opens with none. Opening the
// title, the period is its subject: a measure of the year names it after its verb (科学谋划“十五五”规划).
std::optional<int> opening_five_year_period(std::u32string_view title);

// Whether a heading names measures and nothing else (四、主要举措, 四、具体措施): no results, no 情况 of how they went,
// no year up to the report's. After the shortcomings part such a heading is the plan: the measures to take.
bool names_measures_alone(std::u32string_view title, const PartKeywords& keywords, std::optional<int> report_year);

}  // namespace docpipe::sections
