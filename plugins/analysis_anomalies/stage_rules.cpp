// stage-exceeds-earlier: what came of cases cannot outnumber the cases it came of. Reports write the stages of
// one kind of case in a sentence, without 其中 (办理行政诉讼应诉案件8件，审结7件，败诉9件), so part-exceeds-total
// never sees them.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

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

// The stage a count of cases stands at in a sentence on reconsiderations or lawsuits. A count of such cases that
// names no stage (本局作为被告的行政诉讼案件2件, 全年发生行政诉讼案件2件, 被诉行政诉讼案件2件, 行政复议案件6件) is
// of the cases the body received: what came of them follows it.
std::optional<CaseStage> stage_in_a_sentence_on_cases(std::u32string_view indicator) {
  if (const auto stage = case_stage(indicator)) return stage;
  const bool names_such_cases =
      indicator.find(U"诉讼") != std::u32string_view::npos || indicator.find(U"复议") != std::u32string_view::npos;
  return names_such_cases ? std::optional{CaseStage::received} : std::nullopt;
}

// Whether the figure ending at `end` sits in a bracket that closes before `before`: a note on the figure before
// the bracket (审结61件（含上年未结案件9件），其中驳回诉讼请求38件), no stage of its own.
bool in_a_bracket_closed_before(std::u32string_view text, std::size_t end, std::size_t before) {
  int depth = 0;
  for (std::size_t i = end; i < before; ++i) {
    if (text[i] == U'(' || text[i] == U'（') ++depth;
    if ((text[i] == U')' || text[i] == U'）') && --depth < 0) return true;
  }
  return false;
}

}  // namespace

// A decision on a reconsideration or a lawsuit (维持, 撤销, 纠错, 败诉 …) larger than the nearest earlier stage
// before it in a sentence on such cases (行政复议, 行政诉讼, 应诉): the concluded cases (审结) when the sentence
// gives them, else the received ones (被申请, 受理, 应诉). Not concluded against received: cases carried over from
// the year before are concluded this year (立案120件，结案126件 is ordinary). Not 调解 or 和解, nor a sentence on
// other matters (受理法律援助申请12件，调解矛盾纠纷156件; 受理企业登记申请320件，办理变更登记450件): those
// words end other stories.
void check_stage_exceeds_earlier(RuleContext& context) {
  // The decisions, tested on the indicator's bytes first: most figures are no decision, and decoding each one's
  // indicator would cost a document of many figures (a volume of reports) a noticeable share of its time.
  static const std::string kDecisions[] = {"维持", "撤销", "纠错", "确认违法", "责令履行",
                                           "驳回", "终止", "变更", "败诉",     "胜诉"};
  const auto& metrics = context.document().metrics;  // in text order
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    const Metric& outcome = metrics[i];
    if (std::none_of(std::begin(kDecisions), std::end(kDecisions),
                     [&](const std::string& word) { return outcome.indicator.find(word) != std::string::npos; })) {
      continue;
    }
    const std::u32string outcome_words = decode_utf8(outcome.indicator);
    if (case_stage(outcome_words) != CaseStage::outcome || !counts_cases_exactly(outcome) ||
        contains_any(outcome_words, {U"调解", U"和解"})) {
      continue;
    }
    const std::size_t sentence_start = context.sentence_around(outcome.start).first;
    const std::u32string_view before_it =
        std::u32string_view(context.text()).substr(sentence_start, outcome.start - sentence_start);
    if (before_it.find(U"复议") == std::u32string_view::npos && before_it.find(U"诉讼") == std::u32string_view::npos &&
        before_it.find(U"应诉") == std::u32string_view::npos) {
      continue;
    }
    const Metric* earlier = nullptr;
    for (std::size_t k = i; k-- > 0 && metrics[k].start >= sentence_start;) {
      const Metric& candidate = metrics[k];
      const auto stage = stage_in_a_sentence_on_cases(decode_utf8(candidate.indicator));
      if (!stage || *stage == CaseStage::outcome || !same_unit_family(candidate, outcome)) continue;
      if (in_a_bracket_closed_before(context.text(), candidate.end, outcome.start)) continue;
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
