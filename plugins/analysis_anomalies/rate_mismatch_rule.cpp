// A rate that is not the quotient of the counts it is stated beside.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// Whether the share's own clause names, before its 占, a subject other than the part before it (其中具有法律职业
// 资格的11人，35岁以下的占四成左右; 其中执法人员48人，研究生学历占比12.9%): a share of another attribute of the
// total, not the part's. A share naming nothing (占比12%), words of the part (涉企案件占比) or a word pointing back
// to it (该类案件占比) is still the part's.
bool share_names_another_subject(std::u32string_view text, const Metric& part, const Metric& rate) {
  constexpr std::size_t kLongestSubject = 16;
  constexpr std::u32string_view kSeparators = U"，,；;：:、";
  if (part.end > rate.start || rate.start - part.end > 4 * kLongestSubject) return false;
  const std::u32string_view between = text.substr(part.end, rate.start - part.end);
  const auto share_word = between.rfind(U'占');
  if (share_word == std::u32string_view::npos) return false;
  const auto clause_start = between.substr(0, share_word).find_last_of(kSeparators);
  if (clause_start == std::u32string_view::npos) return false;  // 其中首违不罚案件21件占比15%: the part's own clause
  std::u32string_view subject = between.substr(clause_start + 1, share_word - clause_start - 1);
  for (const std::u32string_view filler : {U"其", U"所", U"分别", U"均", U"约", U"仅"}) {
    if (subject.starts_with(filler)) subject.remove_prefix(filler.size());
  }
  if (subject.ends_with(U"的")) subject.remove_suffix(1);
  if (subject.size() < 2) return false;
  for (const std::u32string_view back : {U"该", U"此", U"这", U"上述", U"以上"}) {
    if (subject.starts_with(back)) return false;
  }
  // The part's words: its clause up to the figure (其中具有法律职业资格的), and its indicator.
  const std::u32string_view before_part = text.substr(0, part.start);
  const auto part_clause = before_part.find_last_of(kSeparators, part.start == 0 ? 0 : part.start - 1);
  std::size_t from = part_clause == std::u32string_view::npos ? 0 : part_clause + 1;
  from = std::max(from, part.start > 4 * kLongestSubject ? part.start - 4 * kLongestSubject : std::size_t{0});
  const std::u32string part_words = std::u32string(before_part.substr(from)) + decode_utf8(part.indicator);
  for (std::size_t at = 0; at + 2 <= subject.size(); ++at) {
    if (part_words.find(subject.substr(at, 2)) != std::u32string::npos) return false;
  }
  return true;
}

// The part a rate right after it in its sentence is the share of: "其中已结案30件，结案率80%" (结案率 names
// 已结案), "其中首违不罚案件21件，占比15%". Rates that analysis.metrics linked to their counts agree with them.
const Metric* part_before_rate(const RuleContext& context, std::size_t r) {
  const auto& metrics = context.document().metrics;
  const Metric& rate = metrics[r];
  if (!rate.of.empty() || r == 0) return nullptr;
  const Metric& part = metrics[r - 1];
  if (part.role != role::part || part.of.empty() || is_percentage(part) ||
      part.start < context.sentence_around(rate.start).first) {
    return nullptr;
  }
  const std::u32string named_by = decode_utf8(rate.indicator);
  // 占比15%, named by the part before it or not (首违不罚案件占比).
  if (named_by.starts_with(U"占") || named_by.ends_with(U"占比") || named_by.ends_with(U"占") ||
      named_by.ends_with(U"所占比例")) {
    return share_names_another_subject(context.text(), part, rate) ? nullptr : &part;
  }
  const std::u32string stem = rate_stem(rate);
  if (stem.empty()) return nullptr;
  const std::u32string word = stem.substr(stem.size() - 2);
  // The rate may name any part of the listing it follows (其中调解结案187件、裁决结案97件，调解率75.8%: 调解结案),
  // when it names only one (调解结案…、调解撤诉… leave open which, or both).
  const Metric* named = nullptr;
  const std::size_t sentence_start = context.sentence_around(rate.start).first;
  for (std::size_t k = r; k-- > 0;) {
    const Metric& sibling = metrics[k];
    if (sibling.role != role::part || sibling.of != part.of || sibling.start < sentence_start) break;
    if (is_percentage(sibling) || decode_utf8(sibling.indicator).find(word) == std::u32string::npos) continue;
    if (named) return nullptr;
    named = &sibling;
  }
  return named;
}

// Whether `figure` may be a count `rate` is computed from: no percentage, no change (较上年增加16件), and of the
// rate's period (2022年为104件 counts only for that period's rate).
bool counts_for(const Metric& figure, const Metric& rate) {
  return !is_percentage(figure) && figure.role != role::change &&
         (figure.role == role::previous) == (rate.role == role::previous);
}

// The count the rate's sentence gives before `numerator` (…。办理工单1,428件，办结1,402件，办结率98.9%; …。其中
// 重大隐患46项，整改销号41项，销号率95.7%): the nearest of the numerator's unit, when it is no smaller. The
// rate is of it, whatever words the two use.
const Metric* count_before_in_the_sentence(const RuleContext& context, std::size_t r, const Metric& numerator) {
  const auto& metrics = context.document().metrics;
  const Metric& rate = metrics[r];
  const std::size_t sentence_start = context.sentence_around(rate.start).first;
  if (numerator.start < sentence_start) return nullptr;
  for (std::size_t k = r; k-- > 0 && metrics[k].start >= sentence_start;) {
    const Metric& base = metrics[k];
    if (base.start >= numerator.start || !counts_for(base, rate) || !same_unit_family(base, numerator)) continue;
    return base.value >= numerator.value && base.value > 0 ? &base : nullptr;
  }
  return nullptr;
}

// Words of what was done in time (投诉按时办结率, 按期办结112件), one list for every path that asks (a configured
// rate's numerator, a rate of no configured name's, the numerator's own words): 按时 and 按期 say the same of a count.
constexpr std::u32string_view kInTimeWords[] = {U"按时", U"按期", U"及时", U"限时", U"如期"};

// Whether `named` says what it counts was done in time; whether it says it was done late (逾期办结3件, 超时办理).
bool names_in_time(std::u32string_view named) {
  return std::any_of(std::begin(kInTimeWords), std::end(kInTimeWords),
                     [&](std::u32string_view word) { return named.find(word) != std::u32string_view::npos; });
}
bool names_late(std::u32string_view named) { return contains_any(named, {U"超时", U"超期", U"逾期"}); }

// What a count set between a rate's numerator and the rate is to it, its name `stem`: what is left of the numerator,
// passed over — the items not done (已整改76个，未整改7个，整改率91.6%), or, of a rate of what was done in time,
// those done late (按时结案591件，超时办理3件，按时结案率99.5%); or, done late of a rate of all that was done, some
// of its numerator (整改110处，逾期整改4处，整改率91.7%: the 4 are among the 110; 按期办结112件，逾期办结3件，办结率
// 100%: 115 were done, the 112 only those in time). A rate of what is left (未整改率, 逾期率) names it itself.
enum class Between { other, rest, done_late };
Between between_numerator_and_rate(const Metric& count, std::u32string_view stem) {
  // Not done, late or not (超期未结案10件, 逾期未整改): what is left, never some of what was done.
  if (is_negated(count) && !names_what_was_not_done(stem)) return Between::rest;
  const std::u32string named = decode_utf8(count.indicator);
  if (names_late(named) && !names_late(stem)) return names_in_time(stem) ? Between::rest : Between::done_late;
  return Between::other;
}

// Those done in time and those done late after them, together all that was done (受理120件，按期办结104件，逾期办结
// 2件，办结率100%: 106 of 120), as one count from the first to the second.
Metric in_time_and_late(const RuleContext& context, const Metric& in_time, const Metric& late) {
  Metric both = in_time;
  both.value = in_time.value + late.value;
  both.indicator = in_time.indicator + "、" + late.indicator;
  both.text = encode_utf8(std::u32string_view(context.text()).substr(in_time.start, late.end - in_time.start));
  return both;
}

// The count a rate of no configured name is the share of: the nearest before it in its sentence, when that
// count's indicator holds the rate's word (发现问题83个，已整改76个，整改率98.8%: 整改), passing over what is left of
// it (派单594件，按时结案591件，超时办理3件，按时结案率99.6%: 按时结案). Those done in time, with those done late
// after them, are all that was done, as a configured rate takes them: the two together.
struct NamedCount {
  const Metric* count = nullptr;
  const Metric* done_late = nullptr;  // those done late, when `count` is those done in time
};
NamedCount count_named_by_rate(const RuleContext& context, std::size_t r) {
  const auto& metrics = context.document().metrics;
  const Metric& rate = metrics[r];
  const std::u32string whole_stem = rate_stem(rate);
  if (whole_stem.empty()) return {};
  const std::u32string stem = whole_stem.substr(whole_stem.size() - 2);
  const std::size_t sentence_start = context.sentence_around(rate.start).first;
  const Metric* done_late = nullptr;  // the nearest count of those done late, between the numerator and the rate
  for (std::size_t k = r; k-- > 0 && metrics[k].start >= sentence_start;) {
    const Metric& count = metrics[k];
    if (!counts_for(count, rate)) continue;
    const Between between = between_numerator_and_rate(count, whole_stem);
    if (between == Between::rest) continue;
    if (between == Between::done_late) {
      if (!done_late) done_late = &count;
      continue;
    }
    const std::u32string named = decode_utf8(count.indicator);
    // A count of what was not done is the numerator of a rate of it only (不起诉12人，不起诉率…; 不合格6批次).
    if (named.find(stem) == std::u32string::npos || (is_negated(count) && !names_what_was_not_done(whole_stem)))
      return {};
    return {&count, done_late && names_in_time(named) ? done_late : nullptr};
  }
  return {};
}

// Whether `base`, the count before the numerator of a rate of no configured name, counts another thing than the
// numerator does: each names its own object and their head nouns differ
// (公示行政处罚决定47件，重大执法决定法制审核19件， 审核率100%: the decisions published are no base of the major
// decisions reviewed). A numerator named by its verb alone (发现问题83个，已整改76个) or a base named by one
// (审结302件) counts what the other names; so do 排查安全隐患 and 整改隐患, which end alike. Of those done in time
// counted with those done late (`with_the_late_ones`), the words of time say when, not what (按时结案 and 超时结案
// after 受理投诉: all the complaints concluded).
bool counts_another_thing(const Metric& base, const Metric& numerator, std::u32string_view stem,
                          bool with_the_late_ones) {
  constexpr std::size_t kVerb = 2;  // 排查, 公示, 发现: the verb a count's name opens with
  constexpr std::size_t kHeadNoun = 2;
  if (!numerator.of.empty() && numerator.of == base.id) return false;
  const std::u32string named = decode_utf8(numerator.indicator);
  const auto at = named.find(stem);
  if (at == std::u32string::npos) return false;
  std::u32string own = named.substr(0, at) + named.substr(at + stem.size());
  // 实际整改18个 after 应整改20个: what was done of what was due, no other object.
  for (const std::u32string_view hedge : {U"依法", U"累计", U"已", U"共", U"实际"}) {
    if (own.starts_with(hedge)) own.erase(0, hedge.size());
  }
  if (with_the_late_ones) {
    for (const std::u32string_view in_time : kInTimeWords) {
      if (own.starts_with(in_time)) own.erase(0, in_time.size());
    }
  }
  // 已整改到位64宗: a verb's complement says it was done, not what was.
  for (const std::u32string_view done : {U"到位", U"完毕", U"完成", U"销号"}) {
    if (own.ends_with(done)) own.erase(own.size() - done.size());
  }
  const std::u32string base_named = decode_utf8(base.indicator);
  if (own.size() < kHeadNoun || base_named.size() < kVerb + kHeadNoun) return false;
  const std::u32string_view object = std::u32string_view(base_named).substr(kVerb);
  return own.find(object) == std::u32string::npos && !object.ends_with(own.substr(own.size() - kHeadNoun));
}

// The count of an earlier sentence that the numerator's clause picks it out of, naming it with 中 (…审结284件，结案率
// 95.9%。审结案件中调解结案187件，调解率75.8%: of the 284 concluded): the nearest count before the sentence in
// its paragraph whose name holds the clause's first word (审结), when the words before 中 name cases (案件, 纠纷,
// 事项, 申请).
// Where `metric` stands in the layer: its index, or, for a numerator summed from counts (those done in time and those
// done late: a copy of the first with the sum), the index of the count it begins with, whose id it keeps. The walks
// back from a numerator start there.
std::size_t position_in_layer(const std::vector<Metric>& metrics, const Metric& metric) {
  const std::less<const Metric*> before;
  if (!metrics.empty() && !before(&metric, metrics.data()) && before(&metric, metrics.data() + metrics.size())) {
    return static_cast<std::size_t>(&metric - metrics.data());
  }
  const auto begins = std::find_if(metrics.begin(), metrics.end(), [&](const Metric& m) { return m.id == metric.id; });
  return begins == metrics.end() ? 0 : static_cast<std::size_t>(begins - metrics.begin());
}

const Metric* count_picked_from(const RuleContext& context, const Metric& numerator) {
  const auto& metrics = context.document().metrics;
  const std::size_t sentence_start = context.sentence_around(numerator.start).first;
  std::u32string_view before(context.text().data() + sentence_start, numerator.start - sentence_start);
  if (const auto clause_start = before.find_last_of(U"，,；;：:"); clause_start != std::u32string_view::npos) {
    before.remove_prefix(clause_start + 1);
  }
  const auto in = before.find(U'中');
  if (in == std::u32string_view::npos || in < 3) return nullptr;
  const std::u32string_view picked_from = before.substr(0, in);
  constexpr std::u32string_view kCases[] = {U"案件", U"纠纷", U"事项", U"申请", U"的"};
  if (std::none_of(std::begin(kCases), std::end(kCases),
                   [&](std::u32string_view cases) { return picked_from.ends_with(cases); })) {
    return nullptr;
  }
  const std::u32string_view first_word = picked_from.substr(0, 2);
  const std::size_t paragraph_start = context.paragraph_around(numerator.start).first;
  for (std::size_t k = position_in_layer(metrics, numerator); k-- > 0 && metrics[k].start >= paragraph_start;) {
    const Metric& count = metrics[k];
    if (count.start >= sentence_start || !counts_for(count, numerator) || !same_unit_family(count, numerator)) continue;
    if (decode_utf8(count.indicator).find(first_word) != std::u32string::npos) {
      return count.value >= numerator.value && count.value > 0 ? &count : nullptr;
    }
  }
  return nullptr;
}

// The count nearest before rate `r` in its sentence, if any.
const Metric* last_count_in_the_sentence(const RuleContext& context, std::size_t r) {
  const auto& metrics = context.document().metrics;
  const std::size_t sentence_start = context.sentence_around(metrics[r].start).first;
  for (std::size_t k = r; k-- > 0 && metrics[k].start >= sentence_start;) {
    if (counts_for(metrics[k], metrics[r])) return &metrics[k];
  }
  return nullptr;
}

// The part of `whole` whose name (two characters or more) `numerator`'s name holds, the longest such; none if none.
const Metric* part_named_by(const std::vector<Metric>& metrics, const Metric& whole, const Metric& numerator) {
  const Metric* named = nullptr;
  // From the whole on: both lie in the rate's paragraph, so this reads no further than it.
  for (std::size_t k = position_in_layer(metrics, whole) + 1; k < metrics.size() && metrics[k].start < numerator.start;
       ++k) {
    const Metric& part = metrics[k];
    if (part.role != role::part || part.of != whole.id || count_code_points(part.indicator) < 2) continue;
    if (part.value < numerator.value || !same_unit_family(part, numerator)) continue;
    if (numerator.indicator.find(part.indicator) == std::string::npos) continue;
    if (!named || part.indicator.size() > named->indicator.size()) named = &part;
  }
  return named;
}

// Whether rate `r`'s sentence gives a count its definition's base words name (…化解率97.8%。其中，县调解委员会调解
// 纠纷96件，调解成功率95.8%): the rate is of that base.
bool sentence_names_a_base(const RuleContext& context, std::size_t r, const RateDefinition& definition) {
  const auto& metrics = context.document().metrics;
  const Metric& rate = metrics[r];
  const std::size_t sentence_start = context.sentence_around(rate.start).first;
  for (std::size_t k = r; k-- > 0 && metrics[k].start >= sentence_start;) {
    if (counts_for(metrics[k], rate) && indicator_has(metrics[k], definition.denominator)) return true;
  }
  return false;
}

const Metric* metric_by_id(const std::vector<Metric>& metrics, const std::string& id) {
  const auto found = std::find_if(metrics.begin(), metrics.end(), [&](const Metric& m) { return m.id == id; });
  return found == metrics.end() ? nullptr : &*found;
}

// Whether `candidate` is one kind of a total that the rate's numerator words name as well, listed in a bracket
// opening with 其中 right after it (出庭应诉2次（其中1次为视频出庭），出庭应诉率100%): the total is what the rate
// counts, the bracket's count only how some of it was done.
bool is_a_bracketed_kind_of_the_numerator(const RuleContext& context, const Metric& candidate,
                                          const RateDefinition& definition) {
  const auto& metrics = context.document().metrics;
  if (candidate.role != role::part) return false;
  const Metric* total = metric_by_id(metrics, candidate.of);
  if (!total || total->end > candidate.start || !indicator_has(*total, definition.numerator)) return false;
  const std::u32string_view between(context.text().data() + total->end, candidate.start - total->end);
  return (between.starts_with(U"（其中") || between.starts_with(U"(其中")) &&
         between.find_first_of(U"）)") == std::u32string_view::npos;
}

// The total of the listing `part` belongs to, when rate `r` is of the stage that total stands at (审结284件，其中
// 调解结案187件、裁决结案97件，结案率95.9%: 结案 is the stage of 审结): the parts are kinds of the total's cases,
// and the rate is the total's, not one part's over another. None when the total is not in the rate's sentence
// or the rate names another stage (调解率 is an outcome: its part's share).
const Metric* total_of_the_rates_stage(const RuleContext& context, std::size_t r, const Metric& part) {
  const auto& metrics = context.document().metrics;
  const Metric& rate = metrics[r];
  if (part.role != role::part || part.of.empty()) return nullptr;
  const Metric* whole = metric_by_id(metrics, part.of);
  if (!whole || is_percentage(*whole) || whole->start < context.sentence_around(rate.start).first) return nullptr;
  const std::u32string stem = rate_stem(rate);
  if (stem.empty()) return nullptr;
  const auto rates_stage = case_stage(std::u32string_view(stem).substr(stem.size() - 2));
  if (!rates_stage || *rates_stage == CaseStage::outcome) return nullptr;
  // A count of what was due (应结案90件，实际结案88件，结案率97.8%; 负责人应出庭应诉15件，其中实际出庭14件) is the
  // rate's base, not a stage reached.
  if (const std::u32string named = decode_utf8(whole->indicator);
      named.starts_with(U"应") || named.find(U"应" + stem.substr(0, 2)) != std::u32string::npos) {
    return nullptr;
  }
  return case_stage(decode_utf8(whole->indicator)) == rates_stage ? whole : nullptr;
}

// A count of one kind of the rate's outcome: its name ends with the rate's word (结案, 化解, 成功) after words of its
// own (调解结案, 行政调解化解). Not the outcome's bare total (全年结案86件), a count of what was due (应结案, and
// 负责人应出庭应诉 for 出庭应诉率, whose word 应诉 follows the 应 of 应出庭), nor the one count the rate's name names
// (调解结案率 is of 调解结案).
bool a_kind_of_the_outcome(std::u32string_view stem, const Metric& count) {
  if (stem.size() < 2 || is_percentage(count)) return false;
  const std::u32string_view word = stem.substr(stem.size() - 2);
  const std::u32string named = decode_utf8(count.indicator);
  if (!named.ends_with(word) || named.size() == word.size() || named == stem) return false;
  if (named.find(U"应" + std::u32string(stem.substr(0, 2))) != std::u32string::npos) return false;
  return named[named.size() - word.size() - 1] != U'应';
}

// Kinds of one outcome set side by side, with no 其中 to link them (调解结案189件，裁决结案121件，结案率98.1%;
// 人民调解化解250件，行政调解化解40件，化解率96.7%), are no share of each other: the rate is of their sum over the
// count the sentence gives before them (受理316件). The kinds run back from `last`; none when no such count is there.
struct KindsSummed {
  double sum = 0;
  std::string names;  // 调解结案、裁决结案
  const Metric* first = nullptr;
  const Metric* base = nullptr;
};
KindsSummed kinds_summed(const RuleContext& context, std::size_t r, const Metric& last, std::u32string_view stem) {
  const auto& metrics = context.document().metrics;
  const Metric& rate = metrics[r];
  const std::size_t sentence_start = context.sentence_around(rate.start).first;
  KindsSummed kinds;
  for (std::size_t k = position_in_layer(metrics, last) + 1; k-- > 0 && metrics[k].start >= sentence_start;) {
    const Metric& count = metrics[k];
    if (!counts_for(count, rate) || !same_unit_family(count, last)) continue;  // 较2024年减少18件 between them
    if (a_kind_of_the_outcome(stem, count)) {
      kinds.sum += count.value;
      kinds.names = kinds.names.empty() ? count.indicator : count.indicator + "、" + kinds.names;
      kinds.first = &count;
      continue;
    }
    if (count.value >= kinds.sum && count.value > 0) kinds.base = &count;
    break;
  }
  return kinds;
}

// Whether a rate's name says only the part done in time counts (投诉按时办结率, 按期答复率, 及时受理率) while the count
// says nothing of time: one without those words (办结4,231件) is all that was done, in time or not, and no numerator.
// Any word of the list on both sides is in time (按时办结104件 of 按期办结率), as the walks for the numerator take it.
bool counts_only_the_timely(const Metric& rate, const Metric& numerator) {
  return names_in_time(decode_utf8(rate.indicator)) && !names_in_time(decode_utf8(numerator.indicator));
}

// The converse: a count of those done in time alone (按期办结96件, no count of those done late after it) of a rate of
// all that was done (办结率): the late ones may go unsaid, so the count is only the least the rate can be.
bool counts_the_timely_alone(const Metric& rate, const Metric& numerator) {
  const std::u32string named = decode_utf8(numerator.indicator);
  return names_in_time(named) && !names_late(named) && !names_in_time(decode_utf8(rate.indicator));
}

// Whether rate `r`'s counts between its base and it are its numerator alone: any other (逾期办结2件, 办结106件,
// 未办结8件) says more of what was done than that those done late went unsaid.
bool nothing_else_counted_between(const RuleContext& context, std::size_t r, const Metric& base,
                                  const Metric& numerator) {
  const auto& metrics = context.document().metrics;
  for (std::size_t k = r; k-- > 0 && metrics[k].start > base.start;) {
    if (counts_for(metrics[k], metrics[r]) && metrics[k].id != numerator.id) return false;
  }
  return true;
}

// At most this share of a base done late and unsaid, in percentage points: a few cases past their time limit, not
// most of them (受理1000件，按期办结100件，办结率100%).
constexpr double kMostUnsaidLatePoints = 10;

// Whether the rate's figure is the tail of a number its name runs on into (调解成功率 99·5 9%: 99.59% broken by a
// page's spacing and a middle dot, read as 9%): a name ends in a word, never in a digit, so the stated rate is not
// known and is not checked.
bool figure_cut_from_its_digits(const Metric& rate) {
  std::u32string named = decode_utf8(rate.indicator);
  while (!named.empty() && (named.back() == U' ' || named.back() == U'\u3000')) named.pop_back();
  if (named.empty()) return false;
  const char32_t last = named.back();
  return (last >= U'0' && last <= U'9') || (last >= U'０' && last <= U'９');
}

}  // namespace

void check_rate_mismatch(RuleContext& context) {
  const auto& metrics = context.document().metrics;
  for (std::size_t r = 0; r < metrics.size(); ++r) {
    const Metric& rate = metrics[r];
    // 化解率98.1%，同比增长20.6%: the growth is a change of the count, whatever its indicator says.
    if (!is_percentage(rate) || rate.role == role::change || figure_cut_from_its_digits(rate)) continue;
    const auto definition = std::find_if(context.settings().rates.begin(), context.settings().rates.end(),
                                         [&](const RateDefinition& d) { return indicator_has(rate, d.rate); });
    const Metric* numerator = nullptr;
    const Metric* denominator = nullptr;
    const Metric* guessed_base = nullptr;  // the count before a numerator the rate names, taken for its base
    const Metric* named_numerator = nullptr;
    NamedCount named;                // the count a rate of no configured name names, and those done late with it
    Metric in_time_and_late_summed;  // the numerator when a rate's count is given as those in time and those late
    if (definition == context.settings().rates.end()) {
      // A rate of no configured name: the share of the part right before it, if it is one, else of the count
      // before the one it names.
      numerator = part_before_rate(context, r);
      if (numerator) {
        denominator = metric_by_id(metrics, numerator->of);
      } else if ((named = count_named_by_rate(context, r)).count) {
        if (named.done_late) in_time_and_late_summed = in_time_and_late(context, *named.count, *named.done_late);
        numerator = named.done_late ? &in_time_and_late_summed : named.count;
        denominator = count_before_in_the_sentence(context, r, *numerator);
        guessed_base = denominator;
        named_numerator = numerator;
        if (!denominator) denominator = count_picked_from(context, *numerator);
      }
    } else {
      // The counts it is computed from: the nearest before it in the same paragraph.
      const std::size_t paragraph_start = context.paragraph_around(rate.start).first;
      const Metric* done_late = nullptr;  // the nearest count of those done late, between the numerator and the rate
      for (std::size_t k = r; k-- > 0 && metrics[k].start >= paragraph_start;) {
        const Metric& candidate = metrics[k];
        if (!counts_for(candidate, rate)) continue;
        if (!numerator && indicator_has(candidate, definition->numerator) && !is_negated(candidate)) {
          if (is_a_bracketed_kind_of_the_numerator(context, candidate, *definition)) continue;
          // Done late (按期办结112件，逾期办结3件，办结率100%): some of the numerator, the count before it the rest
          // only when it counts those done in time.
          if (const auto between = between_numerator_and_rate(candidate, decode_utf8(rate.indicator));
              between != Between::other) {
            if (between == Between::done_late && !done_late) done_late = &candidate;
            continue;
          }
          // Those done in time and those done late after them are together all that was done (受理120件，按期办结
          // 104件，逾期办结2件，办结率100%: 106 of 120).
          if (done_late && names_in_time(decode_utf8(candidate.indicator))) {
            in_time_and_late_summed = in_time_and_late(context, candidate, *done_late);
            numerator = &in_time_and_late_summed;
            continue;
          }
          numerator = &candidate;
        } else if (!denominator && candidate.role != role::part && indicator_has(candidate, definition->denominator)) {
          // A part of a breakdown (其中…调解协议161件) is no base of the whole's rate.
          denominator = &candidate;
        }
      }
    }
    // After a listing, a rate of the stage its total stands at is the total's (…受理296件，审结284件，其中调解结案
    // 187件、裁决结案97件，结案率95.9%: 284 ÷ 296), over the count its sentence gives before the total.
    if (numerator) {
      if (const Metric* whole = total_of_the_rates_stage(context, r, *numerator)) {
        numerator = whole;
        if (!denominator || denominator->start >= whole->start) {
          denominator = count_before_in_the_sentence(context, r, *whole);
        }
      }
    }
    // A base outside the rate's sentence, or none, while the sentence counts its own: the sentence's.
    const std::size_t sentence_start = context.sentence_around(rate.start).first;
    // A sentence that names the rate's base but not its numerator (…化解305件，化解率97.8%。其中，县调解委员会调解
    // 纠纷96件，调解成功率95.8%; 物业纠纷专项调解室受理纠纷87件，化解率96.6%): the rate is of that base, whose
    // numerator the report does not state. One from an earlier sentence counts other cases.
    if (definition != context.settings().rates.end() && numerator && numerator->start < sentence_start &&
        sentence_names_a_base(context, r, *definition)) {
      continue;
    }
    // So is one of the base's own parts that the numerator follows (上报事件1.92万件，其中矛盾纠纷2,314件，已化解
    // 2,270件，化解率98.1%): what was resolved is of that part.
    // A base from an earlier sentence whose part the numerator names (受理投诉举报9,426件，其中投诉6,139件…。投诉
    // 办结6,102件，办结率99.4%): the part.
    if (numerator && denominator && denominator->start < sentence_start) {
      if (const Metric* part = part_named_by(metrics, *denominator, *numerator)) denominator = part;
    }
    if (numerator) {
      const Metric* own = count_before_in_the_sentence(context, r, *numerator);
      const bool outside = !denominator || denominator->start < sentence_start;
      const bool a_part_of_it = own && denominator && own != denominator && own->role == role::part &&
                                own->of == denominator->id && own->start > denominator->start;
      if (own && (outside || a_part_of_it)) denominator = own;
    }
    if (!numerator || !denominator || denominator->value <= 0 || !same_unit_family(*numerator, *denominator)) continue;
    if (counts_only_the_timely(rate, *numerator)) continue;
    // One part of a listing is never a share of another of its stage (调解结案187件、裁决结案97件: both concluded);
    // a part and what became of it may be (其中重大隐患46项，整改销号41项，销号率89.1%).
    if (numerator->role == role::part && !numerator->of.empty() && denominator->of == numerator->of) {
      const auto stage = case_stage(decode_utf8(numerator->indicator));
      if (stage && stage == case_stage(decode_utf8(denominator->indicator))) continue;
    }
    Metric kinds_together;
    if (const std::u32string stem = rate_stem(rate); a_kind_of_the_outcome(stem, *numerator) &&
                                                     a_kind_of_the_outcome(stem, *denominator) &&
                                                     !(numerator->of == denominator->id && !denominator->id.empty())) {
      const KindsSummed kinds = kinds_summed(context, r, *numerator, stem);
      if (!kinds.base || !kinds.first) continue;
      kinds_together = *kinds.first;
      kinds_together.value = kinds.sum;
      kinds_together.indicator = kinds.names;
      kinds_together.text = encode_utf8(
          std::u32string_view(context.text()).substr(kinds.first->start, numerator->end - kinds.first->start));
      numerator = &kinds_together;
      denominator = kinds.base;
    }
    // The count right before the numerator, taken for the base by position alone, counting another thing.
    if (guessed_base && denominator == guessed_base && numerator == named_numerator &&
        counts_another_thing(*denominator, *named.count, rate_stem(rate), named.done_late != nullptr)) {
      continue;
    }
    if (is_approximate(*numerator) || is_approximate(*denominator)) continue;
    const double computed = numerator->value / denominator->value * 100;
    // A rate of no configured name above 100% cannot be a count's share of a larger one before it (新开工1,286套，
    // 基本建成1,050套，基本建成率112.3%: of the year's target, which the sentence does not give); percent-over-100
    // questions it when it names no target. A base naming the plan (计划, 目标, 任务) or what was due (a due count,
    // 应征缴1,200万元，实际征缴1,080万元，征缴率110%: a target word spares it percent-over-100) is its base still.
    if (definition == context.settings().rates.end() && rate.value > 100 && computed < 100 &&
        !contains_any(decode_utf8(denominator->indicator), {U"计划", U"目标", U"任务", U"应"})) {
      continue;
    }
    const int decimals = stated_decimals(rate);
    const double tolerance = context.settings().rate_tolerance * std::pow(10.0, -decimals);
    const std::string& q = rate.qualifier;
    const bool upper_words = q.find("不超过") != std::string::npos;
    // 低于 and 少于 bound from above, 高于 and 多于 from below, unless 不 turns them round (不低于, 不高于).
    const auto bare = [&](std::string_view word) {
      for (auto at = q.find(word); at != std::string::npos; at = q.find(word, at + 1)) {
        if (at < 3 || q.compare(at - 3, 3, "不") != 0) return true;
      }
      return false;
    };
    const bool lower_bound = q.find("以上") != std::string::npos ||
                             (q.find("超") != std::string::npos && !upper_words) ||
                             q.find("突破") != std::string::npos || q.find("不低于") != std::string::npos ||
                             q.find("不少于") != std::string::npos || bare("高于") || bare("多于");
    const bool upper_bound = q.find("近") != std::string::npos || q.find("以下") != std::string::npos ||
                             q.find("以内") != std::string::npos || q.find("不到") != std::string::npos ||
                             q.find("不超过") != std::string::npos || bare("低于") || bare("少于") ||
                             q.find("不高于") != std::string::npos || q.find("不多于") != std::string::npos;
    const auto disagrees = [&](double value) {
      return lower_bound   ? value < rate.value - tolerance
             : upper_bound ? value > rate.value + tolerance
                           : !agrees_as_written(value, rate.value, decimals, tolerance);
    };
    if (!disagrees(computed)) continue;
    // 受理100件，按期办结96件，办结率100%: four done late and unsaid would make it so. Below the in-time share, a rate
    // of all that was done still contradicts it.
    if (counts_the_timely_alone(rate, *numerator) && rate.value >= computed - tolerance &&
        rate.value <= computed + kMostUnsaidLatePoints &&
        nothing_else_counted_between(context, r, *denominator, *numerator)) {
      continue;
    }
    // Counts written in 万 or 亿 stand for a range (1.23万 of 1.25万 is anything from 97.6% to 99.2%): a rate in
    // what they leave open agrees.
    if (const double n = rounding_of(*numerator), d = rounding_of(*denominator);
        (n > 0 || d > 0) && denominator->value > d) {
      const double lowest = (numerator->value - n) / (denominator->value + d) * 100;
      const double highest = (numerator->value + n) / (denominator->value - d) * 100;
      if (!(lower_bound   ? highest < rate.value - tolerance
            : upper_bound ? lowest > rate.value + tolerance
                          : rate.value < lowest - tolerance || rate.value > highest + tolerance)) {
        continue;
      }
    }
    // A base the sentence itself gives (其中矛盾纠纷3,467件，化解3,401件，化解率98.1%; 其余251起…化解245起) with
    // which the rate agrees: the report is consistent on that reading, which is the likelier one.
    bool agrees_with_its_sentence = false;
    for (std::size_t k = r; k-- > 0 && metrics[k].start >= sentence_start && !agrees_with_its_sentence;) {
      const Metric& base = metrics[k];
      agrees_with_its_sentence = &base != numerator && !is_percentage(base) &&
                                 (base.role == role::previous) == (rate.role == role::previous) &&
                                 base.role != role::change && base.value >= numerator->value && base.value > 0 &&
                                 same_unit_family(base, *numerator) && !disagrees(numerator->value / base.value * 100);
    }
    if (agrees_with_its_sentence) continue;
    // A numerator from an earlier sentence while the rate's own sentence gives two counts the rate agrees with
    // (…成功调解187件，调解成功率87.8%。劳动争议…受理296件，调解结案251件，调解成功率84.8%): that reading.
    if (numerator->start < sentence_start) {
      if (const Metric* last = last_count_in_the_sentence(context, r)) {
        const Metric* base = count_before_in_the_sentence(context, r, *last);
        if (base && !disagrees(last->value / base->value * 100)) continue;
      }
    }
    context.flag(
        {rule::rate_mismatch, std::nullopt, context.section_at(rate.start),
         fmt::format("{}为{}%，按{}÷{}计算应为{:.{}f}%", rate.indicator, number_as_written(rate),
                     number_as_written(*numerator), number_as_written(*denominator), computed, std::max(decimals, 1)),
         fmt::format("{}：{}；{}：{}；{}", denominator->indicator, denominator->text, numerator->indicator,
                     numerator->text, rate.text),
         std::min(denominator->start, numerator->start), rate.end});
  }
  check_correction_rates(context);
  check_shares_of_one_base(context);
  check_shares_of_a_named_base(context);
  check_table_rates(context);
}

}  // namespace docpipe::anomalies
