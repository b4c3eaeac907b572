// Which figures are totals, which are parts of them and which rates are computed from them: the
// listing grammar of the genre (其中/包括/分别为, a bracket after the total, 共…占…) and rates whose
// arithmetic names their total. Consumers (the part-exceeds-total rule, the overview's sums) read
// Metric::role and Metric::of instead of parsing the text again.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/layers.hpp"

namespace docpipe::metrics {

// Words that open the breakdown of the figure before them. Longest first.
inline constexpr std::u32string_view kListingMarkers[] = {U"分别为", U"分别是", U"其中", U"包括"};
// Words before a figure that make it a share of the total named earlier in the sentence (共50人，女性占30人).
inline constexpr std::u32string_view kShareMarkers[] = {U"占比为", U"占比达", U"占比", U"占"};
// Words before a figure that make it the total of its sentence.
inline constexpr std::u32string_view kTotalMarkers[] = {U"合计", U"总计", U"累计", U"共", U"总"};

// Words right before a figure that make it one of an earlier period, given for comparison (上年同期为281起).
inline constexpr std::u32string_view kEarlierPeriods[] = {U"上年同期", U"去年同期", U"上年度", U"上一年度", U"上一年",
                                                          U"上年末",   U"上年底",   U"去年末", U"去年底",   U"上年",
                                                          U"去年",     U"前年",     U"同期"};

// The length of the end of a five-year plan that `words` open with (“十三五”末, 十四五期末), 0 if none: the point a
// sentence compares with as it would with a year (较“十三五”末, 与“十三五”末相比).
std::size_t plans_end_length(std::u32string_view words);

// Gives every metric its id (m1, m2 … in text order) and sets role and of. `metrics` must be sorted by
// start; `text` is the document's text as code points; `report_year` (from analysis.sections) tells a year of
// comparison (2022年为104件 in a 2023 report) from the report's own.
void assign_roles(std::vector<Metric>& metrics, std::u32string_view text, std::optional<int> report_year);

// A figure in a section's title that the section's body restates (（四）…全年化解纠纷286件 over 受理纠纷286件): the
// title's figure keeps its role, value, and its `of` names the body's figure, so that a sum of the totals and
// values without `of` counts it once. Run after assign_roles: it needs the ids.
void link_restated_heading_figures(std::vector<Metric>& metrics, const std::vector<Section>& sections,
                                   std::u32string_view text);

// A total named by nothing but its being one (a table's 合计 row, 合计（件）, 总计): named by what it adds up, the
// names of the figures whose `of` is it, joined by 、 before its word (行政许可、行政处罚合计), or, past a name's
// length, the end those names share (违法案件 and 食品安全案件: 案件合计). Run after link_table_totals: it reads the
// parts' links.
void name_bare_totals_by_their_parts(std::vector<Metric>& metrics);

}  // namespace docpipe::metrics
