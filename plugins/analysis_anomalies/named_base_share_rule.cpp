// rate-mismatch for a share that names its base (维持原具体行政行为5件，占受理案件总数的38%): the count right before
// it over the count of that base the paragraph gave before (立案受理15件: 5 ÷ 15 = 33.3%, not 38%). No 其中 links
// the count to its total, so the main pass and the shares of a listing find no base here; the share's own words do.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// The base a share's name states after its 占 and before 总数 or 总量 (维持原具体行政行为占受理案件总数 → 受理案件,
// 占受案总数 → 受案), words of the year's whole aside (全部, 全年 …); empty when it names none, names the whole of an
// area (占全省…总数: another area's, seldom stated beside) or only cases in general (占案件总数: any count of cases
// could be it).
std::u32string base_named_by(const Metric& share) {
  const std::u32string name = decode_utf8(share.indicator);
  const auto share_word = name.rfind(U'占');
  if (share_word == std::u32string::npos) return {};
  std::u32string_view base = std::u32string_view(name).substr(share_word + 1);
  for (const std::u32string_view tail : {U"的比例", U"的比重", U"比例", U"比重", U"的"}) {
    if (base.ends_with(tail)) {
      base.remove_suffix(tail.size());
      break;
    }
  }
  if (!base.ends_with(U"总数") && !base.ends_with(U"总量")) return {};
  base.remove_suffix(2);
  for (const std::u32string_view whole : {U"全部", U"所有", U"全年", U"本年度", U"本年", U"当年"}) {
    if (base.starts_with(whole)) {
      base.remove_prefix(whole.size());
      break;
    }
  }
  if (base.size() < 2 || base.starts_with(U"全") || base == U"案件" || base == U"件数") return {};
  return std::u32string(base);
}

// Whether a count's name is of the base the share names: its first two characters (受理案件 → 立案受理), or both
// characters of a two-character abbreviation (受案 → 立案受理).
bool names_the_base(const Metric& count, std::u32string_view base) {
  const std::u32string name = decode_utf8(count.indicator);
  if (name.find(base.substr(0, 2)) != std::u32string::npos) return true;
  return base.size() == 2 && name.find(base[0]) != std::u32string::npos && name.find(base[1]) != std::u32string::npos;
}

// Whether `count` and `share` are a count and the share said of it: the share's clause follows the count's with
// nothing but a comma and its own name between them (5件，占受理案件总数的38%).
bool is_said_of(const RuleContext& context, const Metric& count, const Metric& share) {
  constexpr std::size_t kLongestLink = 20;  // ，占受理行政复议案件总数的
  if (share.start < count.end || share.start - count.end > kLongestLink) return false;
  const std::u32string_view between = std::u32string_view(context.text()).substr(count.end, share.start - count.end);
  return between.find(U'占') != std::u32string_view::npos &&
         between.find_first_of(U"。；;") == std::u32string_view::npos;
}

// A figure that may enter the quotient: an exact count of the report's period.
bool is_exact_count(const Metric& figure) {
  return !is_percentage(figure) && figure.role != role::change && figure.role != role::previous &&
         !is_approximate(figure) && rounding_of(figure) == 0 && figure.value > 0;
}

}  // namespace

void check_shares_of_a_named_base(RuleContext& context) {
  const auto& metrics = context.document().metrics;
  const std::u32string_view text = context.text();
  for (std::size_t r = 1; r < metrics.size(); ++r) {
    const Metric& share = metrics[r];
    if (!is_percentage(share) || share.role == role::change || share.role == role::previous || !share.of.empty() ||
        !share.qualifier.empty() || is_approximate(share)) {
      continue;
    }
    const std::u32string base_words = base_named_by(share);
    const Metric& count = metrics[r - 1];
    if (base_words.empty() || !is_exact_count(count) || !is_said_of(context, count, share)) continue;
    // The base: the nearest count of it the paragraph gave before the count, of its unit and no smaller.
    const std::size_t paragraph_start = context.paragraph_around(share.start).first;
    const Metric* base = nullptr;
    for (std::size_t k = r - 1; k-- > 0 && metrics[k].start >= paragraph_start;) {
      const Metric& candidate = metrics[k];
      if (!is_exact_count(candidate) || !same_unit_family(candidate, count) || candidate.value < count.value) continue;
      if (names_the_base(candidate, base_words)) {
        base = &candidate;
        break;
      }
    }
    if (base == nullptr) continue;
    // A share said of several counts listed together (…783件、城乡建设类579件、政法类562件，占工单总量的77%) is of
    // their sum: the run of counts of the count's unit that 、 joins before it.
    double listed = count.value;
    for (std::size_t k = r - 1; k-- > 0 && metrics[k].start > base->end;) {
      const Metric& before = metrics[k];
      const std::u32string_view joint = text.substr(before.end, metrics[k + 1].start - before.end);
      if (!is_exact_count(before) || before.unit != count.unit || joint.find(U'、') == std::u32string_view::npos ||
          joint.find_first_of(U"，,。；;") != std::u32string_view::npos) {
        break;
      }
      listed += before.value;
    }
    const int decimals = stated_decimals(share);
    const double tolerance = context.settings().rate_tolerance * std::pow(10.0, -decimals);
    const double computed = count.value / base->value * 100;
    if (agrees_as_written(computed, share.value, decimals, tolerance) ||
        (listed <= base->value && agrees_as_written(listed / base->value * 100, share.value, decimals, tolerance))) {
      continue;
    }
    // Flagged once: another pass may have read the share already.
    if (std::any_of(context.findings().begin(), context.findings().end(), [&](const Finding& finding) {
          return finding.rule == rule::rate_mismatch && finding.end == share.end;
        })) {
      continue;
    }
    context.flag(
        {rule::rate_mismatch, std::nullopt, context.section_at(share.start),
         fmt::format("{}为{}%，按{}÷{}计算应为{:.{}f}%", share.indicator, number_as_written(share),
                     number_as_written(count), number_as_written(*base), computed, std::max(decimals, 1)),
         fmt::format("{}：{}；{}：{}；{}", base->indicator, base->text, count.indicator, count.text, share.text),
         base->start, share.end});
  }
}

}  // namespace docpipe::anomalies
