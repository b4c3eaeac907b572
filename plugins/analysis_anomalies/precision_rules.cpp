// Figures written as approximations that look exact: 137余件 counts 137, so why 余?
#include <fmt/format.h>

#include <cmath>

#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

void check_approximate_precise(RuleContext& context) {
  const double base = context.settings().round_base;
  for (const Metric& metric : context.document().metrics) {
    // 余 or 多 as a qualifier of its own (多达 is emphasis: 多达137人 is exact).
    bool approximate = false;
    for (std::size_t from = 0; from <= metric.qualifier.size();) {
      const std::size_t to = std::min(metric.qualifier.find(';', from), metric.qualifier.size());
      const std::string_view word = std::string_view(metric.qualifier).substr(from, to - from);
      approximate = approximate || word == "余" || word == "多";
      from = to + 1;
    }
    if (!approximate || metric.value < base || std::fmod(metric.value, base) == 0) continue;
    context.flag({rule::approximate_precise, std::nullopt, metric.section,
                  fmt::format("“{}”以“余”“多”修饰一个不是{}的倍数的数，像是确数却写成约数", metric.text, base),
                  metric.text, metric.start, metric.end});
  }
}

}  // namespace docpipe::anomalies
