// rate-mismatch for a correction rate after a listing of decisions (审结行政复议案件20件，其中撤销3件、变更1件、确认
// 违法1件、维持15件，纠错率20%): a correction (纠错) is a decision that undoes or amends the act — 撤销, 变更, 确认
// 违法, 确认无效, 责令履行 — so the rate is their sum over the cases decided (5 ÷ 20 = 25%). No part names the rate's
// word, so the rates of rate-mismatch's main pass find no numerator here.
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

// Decisions that correct the act reviewed.
const std::vector<std::u32string> kCorrective = {U"撤销",     U"变更",     U"确认违法",
                                                 U"确认无效", U"责令履行", U"责令限期履行"};
// Decisions that leave it standing: with one listed, the listing is of the decisions made, not a few picked out.
const std::vector<std::u32string> kUpholding = {U"维持", U"驳回"};

}  // namespace

void check_correction_rates(RuleContext& context) {
  const auto& metrics = context.document().metrics;
  const std::u32string_view text = context.text();
  for (std::size_t r = 1; r < metrics.size(); ++r) {
    const Metric& rate = metrics[r];
    if (!is_percentage(rate) || rate.role == role::change || !rate.of.empty() || !rate.qualifier.empty() ||
        !decode_utf8(rate.indicator).ends_with(U"纠错率")) {
      continue;
    }
    const std::size_t sentence_start = context.sentence_around(rate.start).first;
    const Metric& last_part = metrics[r - 1];
    if (last_part.role != role::part || last_part.of.empty() || last_part.start < sentence_start) continue;
    const auto total =
        std::find_if(metrics.begin(), metrics.end(), [&](const Metric& m) { return m.id == last_part.of; });
    if (total == metrics.end() || is_percentage(*total) || is_approximate(*total) || total->start < sentence_start) {
      continue;
    }
    // The decided cases: concluded, or cases of no stage that the decisions account for in full.
    std::vector<const Metric*> decisions;
    for (std::size_t k = r; k-- > 0 && metrics[k].start > total->start;) {
      const Metric& part = metrics[k];
      if (part.role != role::part || part.of != last_part.of) continue;
      decisions.insert(decisions.begin(), &part);
    }
    double corrected = 0;
    double decided = 0;
    bool any_upheld = false;
    bool names_the_rate = false;
    std::string listed;
    for (const Metric* decision : decisions) {
      const std::u32string name = decode_utf8(decision->indicator);
      names_the_rate = names_the_rate || name.find(U"纠错") != std::u32string::npos;
      any_upheld = any_upheld || contains_any(name, kUpholding);
      decided += decision->value;
      if (is_approximate(*decision)) names_the_rate = true;  // nothing to add up
      if (!contains_any(name, kCorrective)) continue;
      corrected += decision->value;
      listed += (listed.empty() ? "" : "、") + decision->indicator + decision->text;
    }
    if (names_the_rate || !any_upheld || listed.empty()) continue;
    // A listing that leaves a rest (…等) may leave corrections out.
    const std::u32string_view listing = text.substr(decisions.front()->start, rate.start - decisions.front()->start);
    if (listing.find(U'等') != std::u32string_view::npos || listing.find(U'万') != std::u32string_view::npos) continue;
    const auto stage = case_stage(decode_utf8(total->indicator));
    const bool all_decided = stage ? *stage == CaseStage::concluded : std::abs(decided - total->value) < 1e-9;
    if (!all_decided || total->value <= 0) continue;
    // Flagged once: the main pass may have read the rate already.
    if (std::any_of(context.findings().begin(), context.findings().end(), [&](const Finding& finding) {
          return finding.rule == rule::rate_mismatch && finding.end == rate.end;
        })) {
      continue;
    }
    const double computed = corrected / total->value * 100;
    const int decimals = stated_decimals(rate);
    if (agrees_as_written(computed, rate.value, decimals,
                          context.settings().rate_tolerance * std::pow(10.0, -decimals))) {
      continue;
    }
    context.flag({rule::rate_mismatch, std::nullopt, context.section_at(rate.start),
                  fmt::format("{}为{}%，按{}÷{}计算应为{:.{}f}%", rate.indicator, number_as_written(rate),
                              format_decimal(corrected), number_as_written(*total), computed, std::max(decimals, 1)),
                  fmt::format("{}：{}；纠错：{}；{}", total->indicator, total->text, listed, rate.text), total->start,
                  rate.end});
  }
}

}  // namespace docpipe::anomalies
