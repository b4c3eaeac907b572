// rate-mismatch for shares given beside their counts, one after another in a paragraph, that add up to the whole
// (从申请事项看，行政处罚类共349件，占比31%；投诉举报类296件，占比27%；…信息公开类58件，占比5.4%…其他类130件，占比12%):
// the counts are then all of the base, which is their sum (1,113), and each share is its count over it: 58 of 1,113 is
// 5.2%, not 5.4%. The base need not be stated anywhere near them.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "docpipe/decimal.hpp"
#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// A count and the share of the base it is said to be (349件，占比31%).
struct CountAndShare {
  const Metric* count = nullptr;
  const Metric* share = nullptr;
};

// Whether `share` is said of `count` right before it: its name ends with 占比 or 占, and nothing but a comma and those
// words stands between them (…58件，占比5.4%).
bool is_the_share_of(const RuleContext& context, const Metric& count, const Metric& share) {
  constexpr std::size_t kLongestLink = 5;  // ，占比为
  if (share.start < count.end || share.start - count.end > kLongestLink) return false;
  const std::u32string_view between = std::u32string_view(context.text()).substr(count.end, share.start - count.end);
  return between.find(U'占') != std::u32string_view::npos;
}

// Shares that add up to the whole, within their rounding, say the counts beside them are all of the base: the base
// is their sum, and each share is its count over it. One or a few that disagree are slips; most disagreeing would
// mean the counts are not the whole after all.
void flag_shares_off_their_sum(RuleContext& context, const std::vector<CountAndShare>& pairs) {
  constexpr std::size_t kAtLeast = 3;
  if (pairs.size() < kAtLeast) return;
  double counts = 0;
  double shares = 0;
  double rounding = 0;
  for (const CountAndShare& pair : pairs) {
    counts += pair.count->value;
    shares += pair.share->value;
    rounding += std::pow(10.0, -stated_decimals(*pair.share)) / 2;
  }
  if (std::abs(shares - 100) > rounding + 1e-9 || counts <= 0) return;
  std::vector<const CountAndShare*> off;
  for (const CountAndShare& pair : pairs) {
    const int decimals = stated_decimals(*pair.share);
    const double tolerance = context.settings().rate_tolerance * std::pow(10.0, -decimals);
    if (!agrees_as_written(pair.count->value / counts * 100, pair.share->value, decimals, tolerance)) {
      off.push_back(&pair);
    }
  }
  if (off.size() * 2 >= pairs.size()) return;
  std::vector<const Metric*> figures;
  for (const CountAndShare& pair : pairs) figures.push_back(pair.count);
  for (const CountAndShare* pair : off) {
    const int decimals = stated_decimals(*pair->share);
    context.flag(
        {rule::rate_mismatch, Severity::warning, context.section_at(pair->share->start),
         fmt::format("{}{}占比{}%，按{}÷{}（各分项之和，其占比合计为100%）计算应为{:.{}f}%", pair->count->indicator,
                     pair->count->text, number_as_written(*pair->share), pair->count->text,
                     written_like(counts, figures), pair->count->value / counts * 100, std::max(decimals, 1)),
         fmt::format("{}，{}", pair->count->text, pair->share->text), pair->count->start, pair->share->end});
  }
}

}  // namespace

void check_shares_of_one_base(RuleContext& context) {
  const auto& metrics = context.document().metrics;
  std::vector<CountAndShare> pairs;
  std::size_t paragraph_end = 0;
  std::string unit;
  const auto close_the_group = [&] {
    flag_shares_off_their_sum(context, pairs);
    pairs.clear();
  };
  for (std::size_t s = 1; s < metrics.size(); ++s) {
    const Metric& share = metrics[s];
    const Metric& count = metrics[s - 1];
    if (!is_percentage(share) || is_percentage(count) || count.role != role::value || share.role == role::change ||
        count.value <= 0 || share.value <= 0 || !is_the_share_of(context, count, share)) {
      continue;
    }
    // A group is one paragraph's pairs of one unit (件 beside 件).
    if (share.start >= paragraph_end || count.unit != unit) {
      close_the_group();
      paragraph_end = context.paragraph_around(share.start).second;
      unit = count.unit;
    }
    pairs.push_back({&count, &share});
  }
  close_the_group();
}

}  // namespace docpipe::anomalies
