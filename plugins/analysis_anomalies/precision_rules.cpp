// Figures written as approximations that look exact: 137余件 counts 137, so why 余?
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string_view>

#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// Units that count whole things or deeds (次, 场, 件, 人 …), never a measure (亩, 小时, 年) that a part may follow.
bool counts_whole_things(std::string_view unit) {
  static constexpr std::string_view kUnits[] = {"次", "场", "场次", "件", "起", "宗", "人", "人次", "名", "位",
                                                "份", "个", "家",   "户", "期", "篇", "条", "项",   "批", "批次"};
  return std::find(std::begin(kUnits), std::end(kUnits), unit) != std::end(kUnits);
}

}  // namespace

void check_approximate_precise(RuleContext& context) {
  const double base = context.settings().round_base;
  for (const Metric& metric : context.document().metrics) {
    // 余 or 多 as a qualifier of its own (多达 is emphasis: 多达137人 is exact).
    bool yu = false;
    bool duo = false;
    for (std::size_t from = 0; from <= metric.qualifier.size();) {
      const std::size_t to = std::min(metric.qualifier.find(';', from), metric.qualifier.size());
      const std::string_view word = std::string_view(metric.qualifier).substr(from, to - from);
      yu = yu || word == "余";
      duo = duo || word == "多";
      from = to + 1;
    }
    // Below the base only 余 on a count of whole things is questioned: 6余次 is six times or a lost 0 (60余次),
    // while 3个多月, 1年多 and 2亩余 hedge a measure that goes on past its figure.
    const bool small = metric.value < base;
    if (small ? !(yu && counts_whole_things(metric.unit)) : !(yu || duo)) continue;
    if (std::fmod(metric.value, base) == 0) continue;
    context.flag({rule::approximate_precise, std::nullopt, metric.section,
                  fmt::format("“{}”以“余”“多”修饰一个不是{}的倍数的数，像是确数却写成约数", metric.text, base),
                  metric.text, metric.start, metric.end});
  }
}

}  // namespace docpipe::anomalies
