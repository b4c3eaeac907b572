// What kind of figure a metric is, as every plugin that relates figures must agree: analysis.metrics
// pairs totals with their parts by it, analysis.anomalies adds them up by it.
#pragma once

#include <string>

#include "docpipe/layers.hpp"

namespace docpipe {

inline bool is_percentage(const Metric& metric) { return metric.unit == "%"; }

// A difference between two percentages (较上年提高2个百分点).
inline bool is_points(const Metric& metric) { return metric.unit == "个百分点" || metric.unit == "百分点"; }

// A multiple of something else (增长2倍, 是上年的1.5倍).
inline bool is_multiple(const Metric& metric) { return metric.unit == "倍"; }

// A percentage, a number of points or a multiple: growth by it is a change whether or not a comparison word
// says so (增长8%, 咨询量增长2倍).
inline bool is_relative(const Metric& metric) {
  return is_percentage(metric) || is_points(metric) || is_multiple(metric);
}

// 人, 名 and 位 count the same people; 件, 宗 and 起 the same cases (其中食品安全案件173件，药品案件46宗，…); 项 and
// 件 the same matters (行政权力事项441项，其中…行政征收4件); 场 and 场次 the same events, in a report's loose wording
// (普法活动1,150场次，其中“送法进企业”活动86场: a 场次 is a 场 held).
inline bool same_unit_family(const Metric& a, const Metric& b) {
  const auto person = [](const std::string& unit) { return unit == "人" || unit == "名" || unit == "位"; };
  const auto cases = [](const std::string& unit) { return unit == "件" || unit == "宗" || unit == "起"; };
  const auto matters = [](const std::string& unit) { return unit == "项" || unit == "件"; };
  const auto events = [](const std::string& unit) { return unit == "场" || unit == "场次"; };
  return a.unit == b.unit || (person(a.unit) && person(b.unit)) || (cases(a.unit) && cases(b.unit)) ||
         (matters(a.unit) && matters(b.unit)) || (events(a.unit) && events(b.unit));
}

// Qualified by 余, 多, 近, 约 … (达 and 达到 only introduce an exact figure): cannot be added up exactly.
inline bool is_approximate(const Metric& metric) {
  return !metric.qualifier.empty() && metric.qualifier != "达" && metric.qualifier != "达到";
}

}  // namespace docpipe
