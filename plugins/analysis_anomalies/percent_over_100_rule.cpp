// percent-over-100: a percentage above 100 where the report's genre allows none. Which rates may pass 100% is a
// matter of what they measure, not of the figure:
// - a share of the items a rate counts (出庭应诉率, 公开率, 覆盖率, 办结率, 合格率, 知晓率, 调解结案率, 整改完成率 …)
//   never does: its numerator is some of its base;
// - a growth rate (同比增长120%), a rate against a target or plan (完成率, 执行率, 完成年度目标任务117.4%), a rate
//   whose numerator counts some outside its base (毛入学率 and 巩固率 with pupils moving in, 结案率 with cases
//   carried over, 征缴率 with arrears), and a ratio of two amounts neither of which holds the other (债务率,
//   负债率, 自给率, 产销率, 病床使用率) may.
// The words are parameters (`growth_words`, `target_words`, `share_words`); a share's name wins over a target
// word it holds (调解结案率 holds 结案率, 整改完成率 holds 完成率).
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "docpipe/dates.hpp"
#include "docpipe/decimal.hpp"
#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// The clause a figure stands in, up to the figure: what follows its sentence's last comma, semicolon or colon.
std::u32string_view clause_before(std::u32string_view before) {
  const auto clause_start = before.find_last_of(U"，,；;：:");
  return clause_start == std::u32string_view::npos ? before : before.substr(clause_start + 1);
}

// A percentage of a reference it may exceed, written "…的105.4%" after the reference: a target, a plan, a task,
// a standard, an average or an earlier year (完成年度目标的105.4%, 为年度征缴任务9.43亿元的104.6%, 达到省定标准的
// 120%, 为全市平均水平的132%, 是2022年的237.5%).
bool is_of_a_reference(std::u32string_view before) {
  const std::u32string_view clause = clause_before(before);
  if (!clause.ends_with(U"的")) return false;
  for (const std::u32string_view reference :
       {U"目标", U"任务", U"计划", U"上年", U"去年", U"前年", U"同期", U"预算", U"标准", U"指标", U"平均"}) {
    if (clause.find(reference) != std::u32string_view::npos) return true;
  }
  return !years_written(clause).empty();
}

// A percentage written right after the target, task, plan, quota or budget it is measured against, without a 的
// (实际利用外资4729.8万美元，完成年目标任务117.4%; 完成第三季度签约资金调度指标110.68%; 占年度预算112%): the
// clause ends with the reference, a verb of reaching (达, 达到, 为) aside. Only references that are amounts to reach:
// a clause ending with an earlier year or a standard says nothing without its 的.
bool follows_a_target(std::u32string_view before) {
  std::u32string_view clause = clause_before(before);
  for (const std::u32string_view verb : {U"达到", U"达", U"为", U"约"}) {
    if (clause.ends_with(verb)) {
      clause.remove_suffix(verb.size());
      break;
    }
  }
  if (clause.ends_with(U"数")) clause.remove_suffix(1);  // 任务数, 计划数
  for (const std::u32string_view target : {U"目标", U"任务", U"指标", U"计划", U"预算"}) {
    if (clause.ends_with(target)) return true;
  }
  return false;
}

// A growth rate (同比增长120%, 增幅达150%) may pass 100%: a growth word in the figure's own clause, not one it
// is the level reached by (合格率由97.2%提高到101.3%), nor one of an earlier clause (同比增长12%，其中…占比112%).
bool is_a_growth_rate(std::u32string_view before, const std::vector<std::u32string>& growth_words) {
  const auto clause_start = before.find_last_of(U"，,；;");
  const std::u32string_view clause =
      clause_start == std::u32string_view::npos ? before : before.substr(clause_start + 1);
  std::size_t last_end = std::u32string_view::npos;
  for (const auto& word : growth_words) {
    if (const auto at = clause.rfind(word); at != std::u32string_view::npos) {
      last_end = last_end == std::u32string_view::npos ? at + word.size() : std::max(last_end, at + word.size());
    }
  }
  if (last_end == std::u32string_view::npos) return false;
  const auto rest = clause.substr(last_end);
  return !(rest.starts_with(U"到") || rest.starts_with(U"至"));
}

// Words without a verb of reaching that they end with (发放比例到达, 参考率高达, 成功率为), which the message's own 为
// replaces: 发放比例到达为20230% reads as a slip of the tool's. 违法行为 keeps its 为.
std::u32string_view without_verb_of_reaching(std::u32string_view words) {
  for (const std::u32string_view verb :
       {U"到达", U"达到", U"高达", U"已达", U"约为", U"仅为", U"均为", U"达", U"为", U"是", U"约"}) {
    if (!words.ends_with(verb)) continue;
    if (verb == U"为" && (words.ends_with(U"行为") || words.ends_with(U"作为"))) break;
    words.remove_suffix(verb.size());
    break;
  }
  return words;
}

// What the message calls the figure: the clause's own words before it when they end with the figure's name and are
// short enough to quote (全市办案补贴发放比例, 发放比例 where analysis.metrics kept only 比例), else the name; either
// without the verb of reaching the clause ends with.
std::string quoted_name(const Metric& metric, std::u32string_view before) {
  constexpr std::size_t kLongestQuote = 12;
  const std::u32string indicator = decode_utf8(metric.indicator);
  const std::u32string_view name = without_verb_of_reaching(indicator);
  const std::u32string_view clause = without_verb_of_reaching(clause_before(before));
  if (!name.empty() && clause.ends_with(name) && clause.size() <= kLongestQuote) return encode_utf8(clause);
  return name.empty() ? std::string("比率") : encode_utf8(name);
}

}  // namespace

void check_percent_over_100(RuleContext& context) {
  const RuleSettings& settings = context.settings();
  for (const Metric& metric : context.document().metrics) {
    if (!is_percentage(metric)) continue;
    const double highest = std::max(metric.value, metric.value_max.value_or(metric.value));
    if (highest <= 100) continue;
    const auto [sentence_start, unused] = context.sentence_around(metric.start);
    const std::u32string_view before =
        std::u32string_view(context.text()).substr(sentence_start, metric.start - sentence_start);
    if (is_a_growth_rate(before, settings.growth_words)) continue;  // 增长120%
    if (is_of_a_reference(before)) continue;                        // 完成年度目标的105.4%, 为上年的107.5%
    const std::u32string indicator = decode_utf8(metric.indicator);
    // 调解结案率102%, 整改完成率108%: a share, whatever target word its name holds.
    if (!contains_any(indicator, settings.share_words)) {
      if (contains_any(indicator, settings.target_words)) continue;  // 完成率103.2%, 巩固率100.3%
      if (follows_a_target(before)) continue;                        // 完成年目标任务117.4%
    }
    context.flag({rule::percent_over_100, std::nullopt, context.section_at(metric.start),
                  fmt::format("{}{}{}%，比率不应超过100%", quoted_name(metric, before),
                              metric.indicator.ends_with("占") ? "" : "为", format_decimal(highest)),
                  metric.text, metric.start, metric.end});
  }
}

}  // namespace docpipe::anomalies
