#include "metrics_analysis.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

#include "docpipe/dates.hpp"
#include "docpipe/section_lookup.hpp"
#include "docpipe/text.hpp"
#include "metric_roles.hpp"

namespace docpipe::metrics {

namespace {

// The innermost section holding `offset`, and the part: the kinds of the top-level section holding it.
std::pair<std::string, std::string> place_of(const SectionIndex& sections, std::size_t offset) {
  const Section* innermost = sections.innermost_at(offset);
  const Section* top = sections.top_at(offset);
  std::string part;
  if (top) {
    for (const auto& kind : top->kinds) part += (part.empty() ? "" : ";") + kind;
  }
  return {innermost ? innermost->id : std::string(), part};
}

// "人民调解案件（件）" → {"人民调解案件", "件"}.
std::pair<std::u32string, std::u32string> split_header_unit(std::u32string_view header) {
  const auto open = header.find_last_of(U"（(");
  const auto close = header.find_last_of(U"）)");
  if (open == std::u32string_view::npos || close == std::u32string_view::npos || close < open + 2) return {};
  return {std::u32string(header.substr(0, open)), std::u32string(header.substr(open + 1, close - open - 1))};
}

std::optional<double> bare_number(std::u32string_view cell) {
  std::string ascii;
  for (const char32_t c : cell) {
    if (c == U' ' || c == U',') continue;
    if (!((c >= U'0' && c <= U'9') || c == U'.')) return std::nullopt;
    ascii += static_cast<char>(c);
  }
  if (ascii.empty()) return std::nullopt;
  try {
    return std::stod(ascii);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

void check_metrics_parameters(const Parameters& parameters) {
  const auto& units = parameters.list("units");
  if (units.empty()) {
    throw ParameterError("units", "", "the unit table is empty: configs/default.xml carries the standard table");
  }
  ParameterProblems problems;
  problems.collect([&] { UnitTable{units}; });
  problems.collect([&] { Taxonomy{parameters.list("indicator_codes")}; });
  problems.throw_if_any();
}

MetricsAnalysis::MetricsAnalysis(const PluginContext& context)
    : MetricsAnalysis(context.parameters.list("units"), context.parameters.list("indicator_codes")) {}

MetricsAnalysis::MetricsAnalysis(const std::vector<std::string>& units, const std::vector<std::string>& taxonomy)
    : units_(units), taxonomy_(taxonomy), extractor_(units_) {
  if (units_.empty()) {
    throw std::invalid_argument("the units parameter is empty: configs/default.xml carries the standard table");
  }
}

void MetricsAnalysis::analyze(Document& document) {
  document.metrics.clear();
  const std::u32string text = decode_utf8(document.text);
  std::size_t floor = 0;
  std::u32string previous_indicator;
  std::vector<std::size_t> refused;
  const SectionIndex sections(document.sections);  // one lookup per figure: indexed, not scanned
  for (const auto& found : extractor_.extract(text, &refused)) {
    const std::u32string indicator =
        find_indicator(text, found.start, found.end, floor, previous_indicator, found.unit);
    Metric metric;
    std::tie(metric.section, metric.part) = place_of(sections, found.start);
    metric.indicator = encode_utf8(indicator);
    metric.code = taxonomy_.code_for(indicator, found.unit == U"%");
    metric.value = found.value;
    metric.value_max = found.value_max;
    metric.unit = encode_utf8(found.unit);
    metric.qualifier = encode_utf8(found.qualifier);
    metric.text = encode_utf8(std::u32string_view(text).substr(found.start, found.end - found.start));
    metric.start = found.start;
    metric.end = found.end;
    document.metrics.push_back(std::move(metric));
    floor = found.end;
    previous_indicator = indicator;
  }
  for (const std::size_t offset : refused) {
    document.metadata.add("warning", fmt::format("a figure at offset {} has more than 15 significant digits, more "
                                                 "than a value keeps exactly; it is not recorded",
                                                 offset));
  }
  add_table_cell_metrics(document, text, sections);
  std::stable_sort(document.metrics.begin(), document.metrics.end(),
                   [](const Metric& a, const Metric& b) { return a.start < b.start; });
  const PageIndex pages(document.blocks);
  for (auto& metric : document.metrics) metric.page = pages.page_at(metric.start);
  assign_roles(document.metrics, text, parse_report_year(document.metadata.get("year")));
}

// A bare number in a table cell takes its unit, and its indicator, from the row or column header that
// names a unit in brackets: 人民调解案件（件）.
void MetricsAnalysis::add_table_cell_metrics(Document& document, const std::u32string& text,
                                             const SectionIndex& sections) const {
  std::map<std::tuple<int, int, int>, const Block*> cells;
  for (const auto& block : document.blocks) {
    if (block.kind == BlockKind::table_cell && block.table && block.row && block.column) {
      cells[{*block.table, *block.row, *block.column}] = &block;
    }
  }
  const auto cell_text = [&](int table, int row, int column) -> std::u32string {
    const auto found = cells.find({table, row, column});
    if (found == cells.end()) return {};
    return text.substr(found->second->start, found->second->end - found->second->start);
  };
  const auto report_year = parse_report_year(document.metadata.get("year"));
  // A column headed 单位 gives each row's unit (项目 | 数量 | 单位).
  std::map<int, int> unit_columns;
  for (const auto& [key, block] : cells) {
    const auto [table, row, column] = key;
    const std::u32string header = text.substr(block->start, block->end - block->start);
    if (row == 0 && (header == U"单位" || header == U"计量单位")) unit_columns.emplace(table, column);
  }
  const auto whole_unit = [&](const std::u32string& cell) -> std::u32string {
    const auto match = units_.match(cell, 0);
    return match && match->length == cell.size() ? match->unit : std::u32string();
  };
  for (const auto& [key, block] : cells) {
    const auto [table, row, column] = key;
    const std::u32string content = text.substr(block->start, block->end - block->start);
    const auto value = bare_number(content);
    if (!value || (row == 0 && column == 0)) continue;
    // The unit: the row's header (人民调解案件（件）), the column's (数量（件）), the row's 单位 cell, the table's
    // corner (指标（件） over year columns).
    const std::u32string row_header = cell_text(table, row, 0);
    const auto [row_named, row_unit] = split_header_unit(row_header);
    auto [indicator, unit] = split_header_unit(cell_text(table, 0, column));
    if (!row_unit.empty()) std::tie(indicator, unit) = std::tie(row_named, row_unit);
    if (const auto unit_column = unit_columns.find(table); unit.empty() && unit_column != unit_columns.end()) {
      unit = whole_unit(cell_text(table, row, unit_column->second));
    }
    if (unit.empty()) unit = split_header_unit(cell_text(table, 0, 0)).second;
    if (unit.empty()) continue;
    // What is counted: the row's header (行政复议 under 数量（件）), unless it names a year (2024年 | 120 under
    // 人民调解案件（件）) or is empty; then the column's.
    const std::u32string& row_name = row_unit.empty() ? row_header : row_named;
    if (!row_name.empty() && years_written(row_name).empty()) indicator = row_name;
    // A column of an earlier year (2023年 | 2024年 in a 2024 report, 上年) holds figures of that period.
    const std::u32string column_header = cell_text(table, 0, column);
    const auto years = years_written(column_header);
    const bool earlier = row > 0 && ((!years.empty() && report_year && years.front() < *report_year) ||
                                     column_header.starts_with(U"上年") || column_header.starts_with(U"去年"));
    Metric metric;
    std::tie(metric.section, metric.part) = place_of(sections, block->start);
    metric.indicator = encode_utf8(indicator);
    metric.code = taxonomy_.code_for(indicator, unit == U"%");
    metric.value = *value;
    metric.unit = encode_utf8(unit);
    metric.text = encode_utf8(content);
    metric.start = block->start;
    metric.end = block->end;
    if (earlier) metric.role = role::previous;  // kept by assign_roles
    document.metrics.push_back(std::move(metric));
  }
}

}  // namespace docpipe::metrics
