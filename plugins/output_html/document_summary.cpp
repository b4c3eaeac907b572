#include "document_summary.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "docpipe/metric_kinds.hpp"

namespace docpipe::html {

namespace {

bool has_kind(const Document& document, const std::string& kind) {
  return std::any_of(document.sections.begin(), document.sections.end(), [&](const Section& section) {
    return std::find(section.kinds.begin(), section.kinds.end(), kind) != section.kinds.end();
  });
}

bool counts_in_sums(const Metric& metric) {
  return (metric.role == role::total || metric.role == role::value) && metric.of.empty() && !is_percentage(metric) &&
         !metric.code.empty() && metric.part.find(part::plan) == std::string::npos;
}

}  // namespace

std::string DocumentSummary::finding() const {
  if (!ok || errors > 0) return "error";
  if (warnings > 0) return "warning";
  if (infos > 0) return "info";
  return "none";
}

DocumentSummary summarize(const Document& document, const ReviewSettings& settings, std::string page) {
  DocumentSummary summary;
  const Metadata& metadata = document.metadata;
  summary.id = document.id;
  summary.page = std::move(page);
  summary.title = metadata.get("title");
  summary.region = metadata.get("region");
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
  for (const auto& metric : document.metrics) {
    if (counts_in_sums(metric)) summary.sums[{metric.code, metric.unit}] += metric.value;
  }
  return summary;
}

}  // namespace docpipe::html
