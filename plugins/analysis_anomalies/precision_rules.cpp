// Figures written as approximations that look exact: 137余件 counts 137, so why 余?
#include <fmt/format.h>

#include <cmath>

#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

void check_approximate_precise(RuleContext& context) {
  const double base = context.settings().round_base;
  for (const Metric& metric : context.document().metrics) {
    const bool approximate =
        metric.qualifier.find("余") != std::string::npos || metric.qualifier.find("多") != std::string::npos;
    if (!approximate || metric.value < base || std::fmod(metric.value, base) == 0) continue;
    context.flag({rule::approximate_precise, std::nullopt, metric.section,
                  fmt::format("“{}”以“余”“多”修饰一个不是{}的倍数的数，像是确数却写成约数", metric.text, base),
                  metric.text, metric.start, metric.end});
  }
}

}  // namespace docpipe::anomalies
