#include "document_summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>
#include <tuple>

#include "docpipe/metric_kinds.hpp"

namespace docpipe::html {

namespace {

bool has_kind(const Document& document, const std::string& kind) {
  return std::any_of(document.sections.begin(), document.sections.end(), [&](const Section& section) {
    return std::find(section.kinds.begin(), section.kinds.end(), kind) != section.kinds.end();
  });
}

// A plan's figures are targets; the shortcomings' restate or narrow the year's work (18名持证执法人员中具有法律
// 专业背景的仅3名), and summed with it they would count its people twice. A percentage or a multiple is a ratio.
bool counts_in_sums(const Metric& metric) {
  return (metric.role == role::total || metric.role == role::value) && metric.of.empty() && !is_relative(metric) &&
         !metric.code.empty() && metric.part.find(part::plan) == std::string::npos &&
         metric.part.find(part::shortcomings) == std::string::npos;
}

// A county's departments share its region: their unit tells their reports apart. A government's own
// (华宁县青龙镇人民政府, 城南街道办事处) adds nothing to its region.
std::string author_of(const std::string& region, const std::string& unit) {
  std::string_view own = unit;
  for (const std::string_view office : {"人民政府", "办事处", "政府"}) {
    if (own.ends_with(office)) {
      own.remove_suffix(office.size());
      break;
    }
  }
  if (own.empty() || std::string_view(region).ends_with(own)) return region;
  return unit;
}

}  // namespace

DocumentSummary summarize(const Document& document, const ReviewSettings& settings, std::string page) {
  DocumentSummary summary;
  const Metadata& metadata = document.metadata;
  summary.id = document.id;
  summary.page = std::move(page);
  summary.title = metadata.get("title");
  summary.region = metadata.get("region");
  summary.author = author_of(summary.region, metadata.get("unit"));
  summary.year = metadata.get("year");
  summary.date = metadata.get("date");
  summary.published = metadata.get("published");
  summary.ok = document.status == DocumentStatus::ok;
  summary.error = document.error;
  if (summary.year.size() == 4 && std::all_of(summary.year.begin(), summary.year.end(), ::isdigit)) {
    summary.deadline = fmt::format("{:04d}-{:02d}-{:02d}", std::stoi(summary.year) + 1, settings.deadline_month,
                                   settings.deadline_day);
    const std::string& made_public = summary.published.empty() ? summary.date : summary.published;
    summary.late = !made_public.empty() && made_public > summary.deadline;
  }
  if (!summary.ok) return summary;
  for (const auto& kind : settings.parts) summary.parts.emplace_back(kind, has_kind(document, kind));
  for (const auto& anomaly : document.anomalies) {
    switch (anomaly.severity) {
      case Severity::error:
        ++summary.errors;
        break;
      case Severity::warning:
        ++summary.warnings;
        break;
      case Severity::info:
        ++summary.infos;
        break;
    }
  }
  summary.figures = document.metrics.size();
  // A table that restates the year's figures the text gives (全年调解矛盾纠纷168件 … 调解矛盾纠纷 | 168) would count
  // them twice: a cell's figure equal to one the text counts in the same sum is left out.
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  for (const auto& block : document.blocks) {
    if (block.kind == BlockKind::table_cell) cells.emplace_back(block.start, block.end);
  }
  const auto in_a_cell = [&](const Metric& metric) {
    auto after = std::upper_bound(cells.begin(), cells.end(), std::pair{metric.start, std::size_t(-1)});
    return after != cells.begin() && std::prev(after)->second > metric.start;
  };
  // Each of the text's figures stands for one cell: two towns' 12 in a table, one 12 in the text, is 12 + 12.
  std::map<std::tuple<std::string, std::string, double>, int> in_the_text;
  for (const auto& metric : document.metrics) {
    if (counts_in_sums(metric) && !in_a_cell(metric)) ++in_the_text[{metric.code, metric.unit, metric.value}];
  }
  for (const auto& metric : document.metrics) {
    if (!counts_in_sums(metric)) continue;
    if (in_a_cell(metric)) {
      const auto restated = in_the_text.find({metric.code, metric.unit, metric.value});
      if (restated != in_the_text.end() && restated->second > 0) {
        --restated->second;
        continue;
      }
    }
    summary.sums[{metric.code, metric.unit}] += metric.value;
  }
  return summary;
}

}  // namespace docpipe::html
