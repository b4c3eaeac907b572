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
  static constexpr std::string_view kUnits[] = {"次", "场", "场次", "件",   "起",   "宗",   "人", "人次", "名",
                                                "位", "份", "个",   "个次", "家",   "家次", "户", "户次", "期",
                                                "篇", "条", "项",   "批",   "批次", "例",   "所", "处",   "台",
                                                "辆", "本", "册",   "张",   "套",   "支",   "类", "轮",   "座"};
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
    // A lone digit with 余 on a count of whole things: 6余次 is six times, or 60余次 with its 0 lost. 3个多月, 1年多
    // and 2亩余 hedge a measure that goes on past its figure, and 30余场 is a hedge whatever the base.
    constexpr double kLoneDigit = 10;
    if (metric.value < std::min(base, kLoneDigit)) {
      if (!yu || !counts_whole_things(metric.unit)) continue;
      context.flag({rule::approximate_precise, std::nullopt, metric.section,
                    fmt::format("“{}”在个位数后加“余”，是确数还是漏写了0", metric.text), metric.text, metric.start,
                    metric.end});
      continue;
    }
    if (metric.value < base || !(yu || duo) || std::fmod(metric.value, base) == 0) continue;
    context.flag({rule::approximate_precise, std::nullopt, metric.section,
                  fmt::format("“{}”以“余”“多”修饰一个不是{}的倍数的数，像是确数却写成约数", metric.text, base),
                  metric.text, metric.start, metric.end});
  }
}

}  // namespace docpipe::anomalies
