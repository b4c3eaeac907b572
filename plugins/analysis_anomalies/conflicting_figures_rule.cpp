// conflicting-figures: one figure of the year stated twice with two values (全年开展普法宣传活动42场 … 全年共开展普法
//宣传活动46场). Reports restate their headline figures in the overview, the body and the summary, and an edit in one
// place that misses the other leaves a report that contradicts itself. The genre also states many figures of one
// name that are not the same thing: a part, another period, another subject, a table's row, a target. A false
// warning here costs a reviewer more than a miss, so a figure is compared only when its words say, with nothing
// else, that it is the whole year's for the body that reports (全年, 共, 2024年): its clause holds its name and such
// words alone, and its sentence no word of another scope, period or subject.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// Words before a figure that shift what it counts away from the whole year of the body reporting: a part (其中),
// another or a partial period (上年, 一季度, 3月, 累计, 以来), a target (计划, 力争), an average or a share per head
// (每, 人均), another subject (各村, 社区, 司法所, 部门, 政府 …). Any of them in the sentence before the figure
// silences the rule for that figure; a miss is the price of never comparing two different things.
const std::vector<std::u32string> kScopeShifters = {
    U"其中", U"包括",   U"分别",   U"另有",   U"其余",   U"其他",     U"上年", U"去年", U"前年",    U"同期", U"同比",
    U"环比", U"较",     U"比上",   U"比去",   U"累计",   U"以来",     U"期间", U"季度", U"半年",    U"月",   U"周",
    U"旬",   U"近",     U"届",     U"计划",   U"目标",   U"力争",     U"预计", U"任务", U"拟",      U"将",   U"要",
    U"争取", U"确保",   U"每",     U"平均",   U"人均",   U"户均",     U"均",   U"各级", U"各乡",    U"各镇", U"各街道",
    U"乡镇", U"村",     U"社区",   U"小组",   U"工作组", U"部门",     U"单位", U"所",   U"局",      U"委",   U"中心",
    U"站",   U"办公室", U"治办",   U"综治办", U"队",     U"庭",       U"院",   U"校",   U"企业",    U"政府", U"班子",
    U"负责", U"干部",   U"党员",   U"牵头",   U"联合",   U"配合",     U"协助", U"督促", U"共同",    U"参与", U"涉及",
    U"覆盖", U"受众",   U"农民工", U"残疾人", U"老年人", U"未成年人", U"妇女", U"军人", U"困难群众"};

// More code points than this between a sentence's start and its figure: a run-on, not a report's sentence.
constexpr std::size_t kLongestSentenceBefore = 400;

// An opening clause on who led or what guided the year's work (在县委、县政府的坚强领导下，以习近平法治思想为指导，)
// names no subject of the figures after it.
const std::vector<std::u32string> kGuidanceEndings = {U"领导下", U"为指导", U"指引下", U"指导下", U"支持下"};

// Words a figure's own clause may hold besides its name: the whole year or the body that reports (全年, 全镇, 我县),
// a sum (共, 共计), emphasis (达到) and the verbs of doing the name was cleared of (开展, 组织). What is left after
// them is a subject or a scope the name does not carry, and the figure is not compared.
const std::vector<std::u32string> kNeutralWords = {
    U"全年度", U"本年度", U"全年", U"今年", U"年内",   U"本年",     U"当年", U"年度",   U"共计", U"总计",
    U"合计",   U"总共",   U"一共", U"共有", U"共",     U"全镇",     U"全乡", U"全县",   U"全区", U"全市",
    U"全街道", U"全旗",   U"我镇", U"我乡", U"我县",   U"我区",     U"我市", U"我街道", U"我旗", U"本镇",
    U"本乡",   U"本县",   U"本区", U"本市", U"本街道", U"组织开展", U"开展", U"组织",   U"举办", U"召开",
    U"发放",   U"进行",   U"实施", U"印发", U"办理",   U"受理",     U"已",   U"先后",   U"依法", U"积极",
    U"深入",   U"广泛",   U"扎实", U"持续", U"达到",   U"达",       U"有",   U"了",     U" ",    U"\u3000"};

// A time-limit or a duration (3个工作日) is a rule of service, stated per matter; a rate of pay (元/月) likewise.
bool counts_work_done(const Metric& figure) {
  static const std::vector<std::string> kDurations = {"日", "天", "工作日", "小时", "个月", "周", "分钟", "工作小时"};
  for (const auto& unit : kDurations) {
    if (figure.unit == unit) return false;
  }
  return figure.unit.find('/') == std::string::npos;
}

// 人, 名 and 位 count the same people, 件, 宗 and 起 the same cases; other units only themselves (人次 is no 人, and
// the looser pairs the SDK allows for breakdowns, 场/场次 and 项/件, may count different things when restated).
std::string measure_of(const Metric& figure) {
  if (figure.unit == "人" || figure.unit == "名" || figure.unit == "位") return "人";
  if (figure.unit == "件" || figure.unit == "宗" || figure.unit == "起") return "件";
  return figure.unit;
}

// The smallest step a figure as written can tell apart: 1 for 42场, 0.1 for 12.6吨, 1,000 for 1.2万人.
double step_of(const Metric& figure) {
  const double multiplier = figure.text.find("亿") != std::string::npos   ? 1e8
                            : figure.text.find("万") != std::string::npos ? 1e4
                                                                          : 1;
  return multiplier * std::pow(10.0, -stated_decimals(figure));
}

// Two statements of one figure agree when the coarser can be the finer rounded or cut off (1.2万 for 12,345).
bool agree(const Metric& a, const Metric& b) {
  return std::fabs(a.value - b.value) < std::max(step_of(a), step_of(b)) - 1e-9;
}

void erase_all(std::u32string& text, std::u32string_view word) {
  for (auto at = text.find(word); at != std::u32string::npos; at = text.find(word, at)) text.erase(at, word.size());
}

// The level of an area word (全镇, 我县, 本街道 → 镇, 县, 街道), or none.
std::u32string area_level(std::u32string_view clause) {
  static const std::vector<std::u32string> kLevels = {U"街道", U"镇", U"乡", U"县", U"区", U"市", U"旗"};
  for (const char32_t* lead : {U"全", U"我", U"本"}) {
    for (const auto& level : kLevels) {
      if (clause.find(std::u32string(lead) + level) != std::u32string_view::npos) return level;
    }
  }
  return {};
}

// The level of the body that reports, from the end of its region (…县麻旺镇 → 镇), or none.
std::u32string reporting_level(const Document& document) {
  const std::u32string region = decode_utf8(document.metadata.get("region"));
  for (const std::u32string level : {U"街道", U"镇", U"乡", U"县", U"区", U"市", U"旗"}) {
    if (region.ends_with(level)) return level;
  }
  return {};
}

bool is_clause_break(char32_t c) { return std::u32string_view(U"，,、：:").find(c) != std::u32string_view::npos; }

// A year written in the sentence other than the report's: the figure is of that year, or the sentence compares.
bool names_another_year(std::u32string_view text, std::optional<int> report_year) {
  for (std::size_t at = 0; at + 4 < text.size(); ++at) {
    const auto year = year_written_at(text, at);
    if (year && year != report_year) return true;
  }
  return false;
}

// A figure the rule may compare, with the words that name it.
struct Statement {
  const Metric* figure = nullptr;
  std::size_t sentence_start = 0;
  std::size_t clause_start = 0;
  std::u32string area;  // the level the figure is of: its clause's 全县, else the reporting body's; none if unknown
};

// Whether `figure` is stated as the whole year's for the body that reports, and where its words start.
std::optional<Statement> whole_year_statement(const RuleContext& context, const Metric& figure) {
  const std::u32string& text = context.text();
  const auto [sentence_start, sentence_end] = context.sentence_around(figure.start);
  // A sentence running longer than any a report writes before its figure (a paragraph without punctuation, text
  // extracted without its stops) cannot be judged by its words, and reading it whole for every figure in it would
  // cost the square of its length: such a figure is not compared.
  if (figure.start - sentence_start > kLongestSentenceBefore) return std::nullopt;
  std::size_t clause_start = figure.start;
  while (clause_start > sentence_start && !is_clause_break(text[clause_start - 1])) --clause_start;
  const std::u32string_view before(std::u32string_view(text).substr(sentence_start, figure.start - sentence_start));
  std::u32string scanned(before);
  for (std::size_t from = 0; from < scanned.size();) {
    auto to = scanned.find_first_of(U"，,：:", from);
    if (to == std::u32string::npos) break;
    const std::u32string_view opening(std::u32string_view(scanned).substr(from, to - from));
    const bool guidance = std::any_of(kGuidanceEndings.begin(), kGuidanceEndings.end(),
                                      [&](const std::u32string& ending) { return opening.ends_with(ending); });
    if (guidance) {
      scanned.erase(from, to + 1 - from);
    } else {
      from = to + 1;
    }
  }
  if (contains_any(scanned, kScopeShifters) || names_another_year(scanned, context.report_year())) return std::nullopt;
  // The clause holds the figure's name and neutral words only.
  std::u32string clause(std::u32string_view(text).substr(clause_start, figure.start - clause_start));
  const std::u32string name = decode_utf8(figure.indicator);
  const auto at = clause.rfind(name);
  if (at == std::u32string::npos) return std::nullopt;  // a name the clause does not write (shared, or a row's)
  clause.erase(at, name.size());
  std::u32string whole_year_words = clause;
  std::u32string area = area_level(clause);
  if (context.report_year()) erase_all(clause, decode_utf8(fmt::format("{}年", *context.report_year())));
  for (const auto& word : kNeutralWords) erase_all(clause, word);
  if (!clause.empty()) return std::nullopt;
  // The clause, or a sentence opening on the year alone (2024年，… / 全年，…), says it is the whole year's.
  const auto& marks = context.settings().whole_year_words;
  // A name may open with such a word itself (本年开展…, when 本年 is no time word of analysis.metrics).
  bool whole =
      contains_any(whole_year_words, marks) ||
      std::any_of(marks.begin(), marks.end(), [&](const std::u32string& mark) { return name.starts_with(mark); });
  const auto opening_end = before.find_first_of(U"，,、：:");
  if (!whole && opening_end != std::u32string_view::npos && sentence_start + opening_end < clause_start) {
    std::u32string opener(before.substr(0, opening_end));
    if (context.report_year()) erase_all(opener, decode_utf8(fmt::format("{}年", *context.report_year())));
    erase_all(opener, U"度");
    whole = opener.empty() || std::find(marks.begin(), marks.end(), opener) != marks.end();
  }
  if (!whole) return std::nullopt;
  return Statement{&figure, sentence_start, clause_start, area};
}

bool may_be_compared(const RuleContext& context, const Metric& figure, const std::vector<const Block*>& cells) {
  if (figure.role != role::value && figure.role != role::total) return false;
  if (!figure.of.empty() || is_relative(figure) || is_approximate(figure) || figure.value_max || figure.value <= 0)
    return false;
  if (!counts_work_done(figure) || decode_utf8(figure.indicator).size() < 5) return false;
  // A target (the plan), what the leaders did themselves, a shortcoming's figure: not the year's results.
  const auto kinds = context.part_at(figure.start);
  if (has_kind(kinds, part::plan) || has_kind(kinds, part::leadership) || has_kind(kinds, part::shortcomings))
    return false;
  // A table's row counts one department or one kind, whatever its name says.
  for (const Block* cell : cells) {
    if (figure.start >= cell->start && figure.start < cell->end) return false;
  }
  return true;
}

}  // namespace

void check_conflicting_figures(RuleContext& context) {
  std::vector<const Block*> cells;
  for (const Block& block : context.document().blocks) {
    if (block.kind == BlockKind::table_cell) cells.push_back(&block);
  }
  // Statements of the year's whole, by name and measure, in text order.
  // In a town's report 全县 is the county's: a figure of another level is another subject's. A figure that names no
  // area is the reporting body's.
  const std::u32string own_level = reporting_level(context.document());
  std::map<std::tuple<std::string, std::string, std::u32string>, std::vector<Statement>> by_name;
  for (const Metric& figure : context.document().metrics) {
    if (!may_be_compared(context, figure, cells)) continue;
    if (auto statement = whole_year_statement(context, figure)) {
      if (statement->area.empty()) statement->area = own_level;
      by_name[{figure.indicator, measure_of(figure), statement->area}].push_back(*statement);
    }
  }
  std::vector<Finding> found;
  for (const auto& [key, statements] : by_name) {
    // A name stated four times or more, or with three values, names several things the words do not tell apart.
    if (statements.size() < 2 || statements.size() > 3) continue;
    const Statement& first = statements.front();
    const Statement* other = nullptr;
    bool third_value = false;
    for (std::size_t i = 1; i < statements.size(); ++i) {
      const Statement& later = statements[i];
      if (later.sentence_start == first.sentence_start || agree(*first.figure, *later.figure)) continue;
      if (other && !agree(*other->figure, *later.figure)) third_value = true;
      if (!other) other = &later;
    }
    if (!other || third_value) continue;
    const Metric& a = *first.figure;
    const Metric& b = *other->figure;
    found.push_back(
        {rule::conflicting_figures, std::nullopt, context.section_at(b.start),
         fmt::format("“{}”前文为{}，此处为{}，同一年度的同一数字前后不一致", a.indicator, a.text, b.text),
         fmt::format("{}；{}", context.slice(first.clause_start, a.end), context.slice(other->clause_start, b.end)),
         b.start, b.end});
  }
  for (auto& finding : found) context.flag(std::move(finding));
}

}  // namespace docpipe::anomalies
