#include "part_classifier.hpp"

#include <algorithm>
#include <span>

#include "docpipe/dates.hpp"

namespace docpipe::sections {

namespace {

// Nouns a heading of the year's work takes as the object of what was done (补齐执法短板, 聚焦薄弱环节, 弥补力量不足,
// 拓宽普法思路, 深挖问题原因): there they name a measure, not the shortcomings or the plan, which are named as a state
// (存在的短板, 问题和差距, 下一步工作思路, 原因分析).
constexpr std::u32string_view kSloganObjects[] = {U"差距", U"短板", U"薄弱", U"不足", U"思路", U"原因"};
// Verbs that act on a weakness: a clause holding one before the noun names a measure however short the heading
// (补齐公共法律服务短板, 加强薄弱领域监管).
constexpr std::u32string_view kActingVerbs[] = {
    U"补齐", U"补强", U"补足", U"补上", U"弥补", U"缩小", U"破解", U"攻坚", U"夯实", U"拓宽", U"拓展", U"创新",
    U"理清", U"厘清", U"转变", U"强化", U"加强", U"聚焦", U"锚定", U"瞄准", U"紧盯", U"盯紧", U"针对", U"围绕",
    U"着力", U"狠抓", U"抓好", U"消除", U"解决", U"整治", U"扭转", U"突破", U"提升", U"提高", U"改进", U"优化"};
// Verbs that look for a weakness (对标先进找差距, 查找差距): a heading of that clause alone may head the shortcomings
// (二、对标对表找差距), so they name a measure only beside a second clause.
constexpr std::u32string_view kFindingVerbs[] = {U"查找", U"找准", U"查摆", U"对标", U"对照",
                                                 U"对表", U"分析", U"剖析", U"深挖"};
// One-character verbs, counted only right before the noun (补短板, 找差距): elsewhere the character is part of
// other words.
constexpr std::u32string_view kActingVerbNextToNoun = U"补";
constexpr std::u32string_view kFindingVerbNextToNoun = U"找";
// Words of state between the verb and the noun make the noun the part's subject (推进法治建设中存在的短板,
// 提升依法行政水平仍有差距): the clause states the weakness, it does not act on it.
constexpr std::u32string_view kStateWords[] = {U"存在", U"仍", U"还", U"尚", U"依然", U"有待", U"较"};

bool holds_any(std::u32string_view text, std::span<const std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::u32string_view word) { return text.find(word) != text.npos; });
}

// Whether `clause`, the words of a clause before the noun, ends in a verb of `verbs` with no word of state after it
// (a one-character verb `next_to_noun` counts only as the clause's last character).
bool acts_on_the_noun(std::u32string_view clause, std::span<const std::u32string_view> verbs,
                      std::u32string_view next_to_noun) {
  if (clause.ends_with(next_to_noun)) return true;
  std::size_t after_verb = std::u32string_view::npos;
  for (const auto verb : verbs) {
    if (const auto at = clause.rfind(verb); at != clause.npos) {
      const std::size_t end = at + verb.size();
      if (after_verb == std::u32string_view::npos || end > after_verb) after_verb = end;
    }
  }
  return after_verb != std::u32string_view::npos && !holds_any(clause.substr(after_verb), kStateWords);
}

// Whether the keyword at `at` is a slogan's object: a noun of kSloganObjects that a verb in its clause acts on
// (补齐公共法律服务短板, 聚焦薄弱环节，提升…), or, in a heading of two clauses or more, looks for
// (对标先进找差距，加强组织领导).
bool is_a_slogan_object(std::u32string_view title, std::size_t at, std::u32string_view keyword) {
  const bool slogan_noun = std::any_of(std::begin(kSloganObjects), std::end(kSloganObjects),
                                       [&](std::u32string_view noun) { return keyword.find(noun) != keyword.npos; });
  if (!slogan_noun) return false;
  std::size_t from = 0;
  if (const auto comma = title.substr(0, at).find_last_of(U"，,、；：;:"); comma != std::u32string_view::npos) {
    from = comma + 1;
  }
  const auto clause = title.substr(from, at - from);
  if (acts_on_the_noun(clause, kActingVerbs, kActingVerbNextToNoun)) return true;
  // 二、对标对表找差距 alone heads the shortcomings; beside a second clause it is a measure.
  const bool two_clauses = title.find_first_of(U"，,") != std::u32string_view::npos;
  return two_clauses && acts_on_the_noun(clause, kFindingVerbs, kFindingVerbNextToNoun);
}

// Where the first of `keywords` in `title` starts, no slogan's object counted; npos for none.
std::size_t first_mention(std::u32string_view title, const std::vector<std::u32string>& keywords) {
  std::size_t first = std::u32string_view::npos;
  for (const auto& keyword : keywords) {
    if (keyword.empty()) continue;
    for (auto at = title.find(keyword); at != std::u32string_view::npos; at = title.find(keyword, at + 1)) {
      if (!is_a_slogan_object(title, at, keyword)) {
        first = std::min(first, at);
        break;
      }
    }
  }
  return first;
}

bool mentions_any(std::u32string_view title, const std::vector<std::u32string>& keywords) {
  return first_mention(title, keywords) != std::u32string_view::npos;
}

// The last clause of a title (after its last comma), where a heading puts its head noun.
std::u32string_view last_clause(std::u32string_view title) {
  const auto comma = title.find_last_of(U"，,；;：:");
  return comma == std::u32string_view::npos ? title : title.substr(comma + 1);
}

// Verbs that act on problems (着力解决群众急难愁盼问题, 化解信访积案中的难点问题): a clause holding one before its
// 问题 names a measure of the year, not the problems the report owns up to.
constexpr std::u32string_view kSolvingVerbs[] = {U"化解", U"处置", U"处理", U"回应", U"办理", U"整改",
                                                 U"纠正", U"治理", U"推动", U"协调", U"研究", U"督办"};

// 问题 as the head noun of a heading (三、自查发现的问题, 三、工作中遇到的问题, 三、需要关注的问题), alone or first of
// two nouns joined (二、问题与反思, 三、存在问题和隐患), or examined (三、问题分析): the problems the report owns up
// to, whatever words lead to them; not a measure that acts on problems (三、着力解决群众急难愁盼问题,
// 三、问题整改情况).
bool heads_with_problems(std::u32string_view title, const std::vector<std::u32string>& plan_keywords) {
  const std::u32string_view clause = last_clause(title);
  const std::size_t problems = clause.rfind(U"问题");
  if (problems == std::u32string_view::npos) return false;
  const std::u32string_view after = clause.substr(problems + 2);
  // The noun joined after it: short, and no deed on the problems (问题及整改情况 reports a measure); or the plan,
  // the parts merged (三、问题及下一步打算, 三、问题和今后工作思路), however many words name it.
  constexpr std::size_t kLongestJoined = 5;  // 与, and up to four characters
  const bool joins = !after.empty() &&
                     std::u32string_view(U"与和及、").find(after.front()) != std::u32string_view::npos &&
                     after.size() > 1 && after.find(U"情况") == std::u32string_view::npos;
  const bool joined = joins && ((after.size() <= kLongestJoined && !holds_any(after, kSolvingVerbs)) ||
                                mentions_any(after.substr(1), plan_keywords));
  const std::u32string_view before = clause.substr(0, problems);
  // The problems examined or listed, nothing done to them before (三、问题分析, 三、存在的问题清单): still the problems
  // the report owns up to; 一、建立问题清单 is a measure.
  constexpr std::u32string_view kExamined[] = {U"分析", U"剖析", U"清单", U"梳理", U"盘点"};
  const bool examined = std::find(std::begin(kExamined), std::end(kExamined), after) != std::end(kExamined) &&
                        (before.empty() || before.ends_with(U"的") || before == U"存在" || before == U"主要");
  if (!after.empty() && !joined && !examined) return false;
  return !holds_any(before, kActingVerbs) && !holds_any(before, kSolvingVerbs);
}

// Who answers for the report's leadership part beside the listed titles: the leading group (局领导班子), the head
// of a government (党政正职), cadres who lead (领导干部), a 负责人.
constexpr std::u32string_view kLeaders[] = {U"班子", U"正职", U"领导干部", U"负责人", U"领导", U"书记", U"一把手"};
constexpr std::u32string_view kDutyDone[] = {U"履职", U"履责"};

// Where a heading reporting how leaders did their duty names them (二、局领导班子履职情况, 二、领导班子及成员履职
// 尽责情况, 二、领导干部学法用法及履职情况): a leader noun, 履职 or 履责 after it in the same clause, and 情况 closing
// the title, as a part reports. A measure on the duty (一、压实领导干部履职责任) closes with no 情况. npos for none.
std::size_t leaders_duty_reported_at(std::u32string_view title) {
  const std::u32string_view clause = last_clause(title);
  if (!clause.ends_with(U"情况")) return std::u32string_view::npos;
  std::size_t duty = std::u32string_view::npos;
  for (const auto word : kDutyDone) duty = std::min(duty, clause.find(word));
  if (duty == std::u32string_view::npos) return duty;
  std::size_t leaders = std::u32string_view::npos;
  for (const auto noun : kLeaders) leaders = std::min(leaders, clause.substr(0, duty).find(noun));
  if (leaders == std::u32string_view::npos) return leaders;
  return title.size() - clause.size() + leaders;
}

// What is still to be done, named as measures or a direction (四、今后举措, 四、改进方向, 四、整改方向): a word of the
// future or of improvement right before the noun.
bool names_measures_ahead(std::u32string_view title) {
  constexpr std::u32string_view kAhead[] = {U"今后", U"改进", U"整改"};
  constexpr std::u32string_view kMeasures[] = {U"举措", U"措施", U"方向", U"打算", U"思路", U"重点"};
  for (const auto ahead : kAhead) {
    for (const auto measures : kMeasures) {
      if (title.find(std::u32string(ahead) + std::u32string(measures)) != std::u32string_view::npos) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<int> opening_five_year_period(std::u32string_view title) {
  constexpr std::u32string_view kQuotes = U"“\"‘「";
  if (!title.empty() && kQuotes.find(title.front()) != std::u32string_view::npos) title.remove_prefix(1);
  // 十一五 (2006–2010) … 十四五 (2021–2025), 十五五 (2026–2030): the period's numeral is 十 and a units digit.
  constexpr std::u32string_view kUnits = U"一二三四五六七八九";
  if (title.size() < 3 || title[0] != U'十' || title[2] != U'五') return std::nullopt;
  const std::size_t units = kUnits.find(title[1]);
  if (units == std::u32string_view::npos) return std::nullopt;
  constexpr int kFirstYearOfTheEleventh = 2006;
  constexpr int kYearsInAPeriod = 5;
  return kFirstYearOfTheEleventh + kYearsInAPeriod * static_cast<int>(units);
}

std::vector<std::string> classify_heading(std::u32string_view title, const PartKeywords& keywords,
                                          std::optional<int> report_year) {
  bool achievements = mentions_any(title, keywords.achievements);
  const bool results = mentions_any(title, keywords.results);
  const bool shortcomings = mentions_any(title, keywords.shortcomings) || heads_with_problems(title, keywords.plan);
  const std::size_t leaders_at = std::min(first_mention(title, keywords.leadership), leaders_duty_reported_at(title));
  const bool leadership = leaders_at != std::u32string_view::npos;
  bool plan = mentions_any(title, keywords.plan);
  // A heading on a later year is the plan (2025年重点工作, 2025年主要举措), unless it reports how the work went or
  // what came of it: then the report's year is wrong, not the part (2022年工作开展情况 under a title for 2021;
  // year-mismatch asks).
  const bool reports_what_was_done = results || (achievements && title.find(U"情况") != std::u32string_view::npos);
  if (report_year && !reports_what_was_done) {
    const auto years = years_written(title);
    plan = plan || std::any_of(years.begin(), years.end(), [&](int year) { return year > *report_year; });
    // So is one on the five-year period after the report's year (“十五五”开局之年重点任务 in the report on 2025).
    const auto period = opening_five_year_period(title);
    plan = plan || (period && *period > *report_year);
  }
  // 今后举措, 改进方向: measures still to take, unless the heading reports how they went (整改措施落实情况).
  plan = plan ||
         (!reports_what_was_done && title.find(U"情况") == std::u32string_view::npos && names_measures_ahead(title));
  // A measures word after the leadership words describes the leaders' work (…第一责任人职责，加强法治政府建设工作
  // 情况); one before them is a part of its own merged with theirs (主要做法及主要负责人履职情况).
  if (leadership && first_mention(title, keywords.achievements) > leaders_at) {
    achievements = false;
  }
  if (plan) achievements = false;
  achievements = achievements || results;

  std::vector<std::string> parts;
  if (achievements) parts.emplace_back(part::achievements);
  if (shortcomings) parts.emplace_back(part::shortcomings);
  if (leadership) parts.emplace_back(part::leadership);
  if (plan) parts.emplace_back(part::plan);
  return parts;
}

bool names_measures_alone(std::u32string_view title, const PartKeywords& keywords, std::optional<int> report_year) {
  if (title.find(U"举措") == std::u32string_view::npos && title.find(U"措施") == std::u32string_view::npos)
    return false;
  // 主要举措和成效, 整改措施落实情况: what was done and what came of it.
  if (mentions_any(title, keywords.results) || title.find(U"情况") != std::u32string_view::npos) return false;
  // 2024年主要举措 in the report on 2024 is the year's work wherever it stands.
  const auto years = years_written(title);
  return !report_year || std::none_of(years.begin(), years.end(), [&](int year) { return year <= *report_year; });
}

}  // namespace docpipe::sections
