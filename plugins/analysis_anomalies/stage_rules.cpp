// stage-exceeds-earlier: what came of cases cannot outnumber the cases it came of. Reports write the stages of
// one kind of case in a sentence, without 其中 (办理行政诉讼应诉案件8件，审结7件，败诉9件), so part-exceeds-total
// never sees them.
#include <fmt/format.h>

#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// A count of cases as written: no range, no hedge, no percentage, not of another period and no change.
bool counts_cases_exactly(const Metric& metric) {
  return !is_percentage(metric) && !is_approximate(metric) && !metric.value_max && metric.role != role::previous &&
         metric.role != role::change && metric.role != role::rate;
}

}  // namespace

// An outcome (维持, 撤销, 败诉 …) larger than the nearest earlier stage before it in its sentence: the concluded
// cases (审结) when the sentence gives them, else the received ones (受理, 应诉). Not concluded against received:
// cases carried over from the year before are concluded this year (立案120件，结案126件 is ordinary).
void check_stage_exceeds_earlier(RuleContext& context) {
  const auto& metrics = context.document().metrics;  // in text order
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    const Metric& outcome = metrics[i];
    if (case_stage(decode_utf8(outcome.indicator)) != CaseStage::outcome || !counts_cases_exactly(outcome)) continue;
    const std::size_t sentence_start = context.sentence_around(outcome.start).first;
    const Metric* earlier = nullptr;
    for (std::size_t k = i; k-- > 0 && metrics[k].start >= sentence_start;) {
      const Metric& candidate = metrics[k];
      const auto stage = case_stage(decode_utf8(candidate.indicator));
      if (!stage || *stage == CaseStage::outcome || !same_unit_family(candidate, outcome)) continue;
      if (counts_cases_exactly(candidate)) earlier = &candidate;
      break;
    }
    // A part listed under its total (应诉8件，其中败诉9件) is part-exceeds-total's.
    if (earlier == nullptr || outcome.value <= earlier->value || outcome.of == earlier->id) continue;
    context.flag({rule::stage_exceeds_earlier, std::nullopt, context.section_at(outcome.start),
                  fmt::format("{}{}多于{}{}：案件的结果不会多于案件本身", outcome.indicator, outcome.text,
                              earlier->indicator, earlier->text),
                  fmt::format("{}{}；{}{}", earlier->indicator, earlier->text, outcome.indicator, outcome.text),
                  earlier->start, outcome.end});
  }
}

}  // namespace docpipe::anomalies
