#include "metrics_analysis.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "deeds_on_documents.hpp"
#include "docpipe/changes.hpp"
#include "docpipe/chinese_numerals.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/section_lookup.hpp"
#include "docpipe/text.hpp"
#include "frequencies.hpp"
#include "inclusion_notes.hpp"
#include "items_continuing_a_deed.hpp"
#include "meetings_on_law.hpp"
#include "metric_grammar.hpp"
#include "metric_roles.hpp"
#include "occasions_and_items.hpp"
#include "table_headers.hpp"
#include "table_totals.hpp"

namespace docpipe::metrics {

namespace {

// The innermost section holding `offset`, and the part: the kinds of the top-level section holding it.
std::pair<std::string, std::string> place_of(const SectionIndex& sections, std::size_t offset) {
  const Section* innermost = sections.innermost_at(offset);
  const Section* top = sections.top_at(offset);
  // The part of the section the figure is in when it names one (a required part written one level down:
  // 一、2024年度工作情况 / （三）存在的不足), else its level-1 section's.
  const Section* named = innermost && !innermost->kinds.empty() ? innermost : top;
  std::string part;
  if (named) {
    for (const auto& kind : named->kinds) part += (part.empty() ? "" : ";") + kind;
  }
  return {innermost ? innermost->id : std::string(), part};
}

struct TableUnit {
  std::u32string unit;
  double factor = 1;  // 万元: 10,000 元
};

// The unit all of `units` share, if they share one.
std::optional<TableUnit> the_one_unit(const std::vector<TableUnit>& units) {
  if (units.empty()) return std::nullopt;
  const bool shared = std::all_of(units.begin(), units.end(), [&](const TableUnit& unit) {
    return unit.unit == units.front().unit && unit.factor == units.front().factor;
  });
  return shared ? std::optional(units.front()) : std::nullopt;
}

// "人民调解案件（件）" → {"人民调解案件", "件"}.
std::pair<std::u32string, std::u32string> split_header_unit(std::u32string_view header) {
  const auto open = header.find_last_of(U"（(");
  const auto close = header.find_last_of(U"）)");
  if (open == std::u32string_view::npos || close == std::u32string_view::npos || close < open + 2) return {};
  return {std::u32string(header.substr(0, open)), std::u32string(header.substr(open + 1, close - open - 1))};
}

// Whether a column's name says what is counted (行政检查, 受理), not only that it counts (数量, 合计, 本年度) or
// when (2024年).
// A column's name without the year a spanning cell over it gave (2024年 over 立案 | 结案: 2024年立案 is 立案), or
// the year it divides a spanning measure by (行政复议（件） over 2023年 | 2024年: 行政复议2023年 is 行政复议).
std::u32string_view without_a_year_above(std::u32string_view column_name) {
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  std::size_t digits = 0;
  while (digits < column_name.size() && is_digit(column_name[digits])) ++digits;
  if (digits == 4 && digits < column_name.size() && column_name[digits] == U'年') {
    std::u32string_view rest = column_name.substr(digits + 1);
    if (rest.starts_with(U"度")) rest.remove_prefix(1);
    return rest.size() >= 2 ? rest : column_name;
  }
  std::u32string_view rest = column_name;
  if (rest.ends_with(U"年度"))
    rest.remove_suffix(2);
  else if (rest.ends_with(U"年"))
    rest.remove_suffix(1);
  else
    return column_name;
  for (int i = 0; i < 4; ++i) {
    if (rest.empty() || !is_digit(rest.back())) return column_name;
    rest.remove_suffix(1);
  }
  if (!rest.empty() && is_digit(rest.back())) return column_name;
  return rest.size() >= 2 ? rest : column_name;
}

// A whole number that a table heading could name as a year (the same bounds as docpipe/dates.hpp's).
bool a_year_number(double value) { return value >= 1949 && value <= 2100 && value == std::floor(value); }

// A year heading a column without 年 (项目 | 2022 | 2023).
std::optional<int> bare_year(std::u32string_view header) {
  if (header.size() != 4 ||
      !std::all_of(header.begin(), header.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }))
    return std::nullopt;
  int year = 0;
  for (const char32_t c : header) year = year * 10 + static_cast<int>(c - U'0');
  if (!a_year_number(year)) return std::nullopt;
  return year;
}

// A row headed by nothing but a year before the report's (年度 | 行政复议 …, 2023年 | 57 in a 2024 report): its
// figures are that year's. A label that only mentions a year (2023年结转案件) counts this year's work.
bool row_of_a_year_before(std::u32string_view row_header, int report_year) {
  if (row_header.ends_with(U"年度"))
    row_header.remove_suffix(2);
  else if (row_header.ends_with(U"年"))
    row_header.remove_suffix(1);
  const auto year = bare_year(row_header);
  return year && *year < report_year;
}

// Words that say only that a row or a column counts (数量 | 38件), and nothing of what.
constexpr std::u32string_view kWordsOfCounting[] = {U"数量", U"数值", U"数目", U"数据",
                                                    U"件数", U"人数", U"次数", U"个数"};
// Words that say a column holds a total, a period or a form's furniture: they name no measure either, but a row
// labelled by one is a row of its own (a 合计 row is the total, an 上年 row another year's) and keeps its word.
constexpr std::u32string_view kTotalsPeriodsAndFurniture[] = {
    U"数额", U"金额",     U"合计", U"小计", U"总计", U"总数", U"完成数", U"完成情况", U"实际完成",
    U"本年", U"本年度",   U"今年", U"当年", U"年度", U"全年", U"上年",   U"上年度",   U"去年",
    U"同期", U"上年同期", U"备注", U"指标", U"项目", U"内容", U"情况"};

bool only_counts(std::u32string_view name) {
  return std::find(std::begin(kWordsOfCounting), std::end(kWordsOfCounting), name) != std::end(kWordsOfCounting);
}

bool names_a_measure(std::u32string_view column_name) {
  if (column_name.size() < 2 || !years_written(column_name).empty() || bare_year(column_name)) return false;
  return !only_counts(column_name) &&
         std::find(std::begin(kTotalsPeriodsAndFurniture), std::end(kTotalsPeriodsAndFurniture), column_name) ==
             std::end(kTotalsPeriodsAndFurniture);
}

// A row's name and its column's measure, as a reader names the cell: 市场监管局 | 行政检查（件） → 市场监管局行政检查.
// A row labelled by nothing but a word of counting (数量, 件数) in a table laid on its side (申请事项 | 行政处罚 |
// 政府信息公开 over 数量 | 40件 | 16件) is named by its column alone: 数量 says only that the row counts.
// `measure` names something (names_a_measure, and more than a unit).
std::u32string row_and_measure(const std::u32string& row_name, std::u32string_view measure) {
  return only_counts(row_name) ? std::u32string(measure) : row_name + std::u32string(measure);
}

// A table's number times its unit's multiple (0.57 万元 → 5700 元), as exact as the number was written: the
// product of two doubles is not (5699.999999999999).
double multiplied_exactly(double value, std::u32string_view written, double factor) {
  if (factor == 1) return value;
  const auto point = written.find(U'.');
  const int decimals = point == std::u32string_view::npos ? 0 : static_cast<int>(written.size() - point - 1);
  const int places = std::max(0, decimals - static_cast<int>(std::lround(std::log10(factor))));
  const double scale = std::pow(10.0, places);
  return std::round(value * factor * scale) / scale;
}

// Words heading a column (or a row) of changes from an earlier period.
constexpr std::u32string_view kChangeHeaderWords[] = {U"增减", U"同比", U"较上年", U"比上年", U"较去年", U"比去年",
                                                      U"增幅", U"增长", U"变化",   U"变动",   U"升降"};

bool names_changes(std::u32string_view header) {
  return std::any_of(std::begin(kChangeHeaderWords), std::end(kChangeHeaderWords),
                     [&](std::u32string_view word) { return header.find(word) != std::u32string_view::npos; });
}

// A cell that breaks down the figure before it in its row: 其中女律师, 其中：女性.
bool opens_a_breakdown(std::u32string_view cell) { return cell.starts_with(U"其中"); }

// 其中女律师 → 女律师, 其中：女性 → 女性.
std::u32string words_of_a_breakdown(std::u32string_view cell) {
  cell.remove_prefix(std::u32string_view(U"其中").size());
  const auto first = cell.find_first_not_of(U"：:，,、 \u3000");
  return first == std::u32string_view::npos ? std::u32string() : std::u32string(cell.substr(first));
}

// A column of the men or the women of its row's count (项目 | 人数 | 男 | 女): the half that names its figures.
std::u32string_view half_named_by(std::u32string_view column_name) {
  if (column_name == U"男" || column_name == U"男性") return U"男";
  if (column_name == U"女" || column_name == U"女性") return U"女";
  return {};
}

// A column of changes in percent although its header names no unit: 增长率, 增减幅度, 增幅, 同比增减率.
bool names_a_rate_of_change(std::u32string_view header) {
  return header.find(U"率") != std::u32string_view::npos || header.find(U"幅") != std::u32string_view::npos;
}

// A cell of digits, signed only where `signed_changes` (-4, +35 in a column of changes).
std::optional<double> bare_number(std::u32string_view cell, bool signed_changes = false) {
  const auto signed_with = [&](std::u32string_view signs) {
    return signed_changes && !cell.empty() && signs.find(cell.front()) != std::u32string_view::npos;
  };
  const bool negative = signed_with(kMinusSigns);
  if (negative || signed_with(kPlusSigns)) cell.remove_prefix(1);
  std::string ascii;
  for (const char32_t c : cell) {
    if (c == U' ' || c == U',') continue;
    if (!((c >= U'0' && c <= U'9') || c == U'.')) return std::nullopt;
    ascii += static_cast<char>(c);
  }
  if (ascii.empty()) return std::nullopt;
  try {
    const double value = std::stod(ascii);
    return negative ? -value : value;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// An official document's print run (（共印5份）, 共印 20 份, 印数：20份 in its 版记): the line holds nothing but the
// number of copies printed, which is no work the report accounts for. 共印发宣传资料3000份 is work done. Looks only
// around the figure (a line may be a page long and hold a hundred figures).
bool counts_printed_copies(std::u32string_view text, std::size_t start, std::size_t end, std::u32string_view unit) {
  if (unit != U"份") return false;
  constexpr std::u32string_view kAround = U" （）()：:。";
  std::size_t label = start;
  while (label > 0 && kAround.find(text[label - 1]) != std::u32string_view::npos) --label;
  if (label < 2) return false;
  const std::u32string_view before = text.substr(label - 2, 2);
  if (before != U"共印" && before != U"印数") return false;
  std::size_t line_start = label - 2;
  while (line_start > 0 && kAround.find(text[line_start - 1]) != std::u32string_view::npos) --line_start;
  if (line_start > 0 && text[line_start - 1] != U'\n') return false;
  std::size_t line_end = end;
  while (line_end < text.size() && kAround.find(text[line_end]) != std::u32string_view::npos) ++line_end;
  return line_end == text.size() || text[line_end] == U'\n';
}

}  // namespace

void check_metrics_parameters(const Parameters& parameters) {
  const auto& units = parameters.list("units");
  if (units.empty()) {
    throw ParameterError("units", "", "the unit table is empty: configs/default.xml carries the standard table");
  }
  ParameterProblems problems;
  problems.collect([&] { UnitTable{units}; });
  problems.collect([&] { Taxonomy{parameters.list("indicator_codes")}; });
  problems.throw_if_any();
}

MetricsAnalysis::MetricsAnalysis(const PluginContext& context)
    : MetricsAnalysis(context.parameters.list("units"), context.parameters.list("indicator_codes")) {}

MetricsAnalysis::MetricsAnalysis(const std::vector<std::string>& units, const std::vector<std::string>& taxonomy)
    : units_(units), taxonomy_(taxonomy), extractor_(units_) {
  if (units_.empty()) {
    throw std::invalid_argument("the units parameter is empty: configs/default.xml carries the standard table");
  }
}

namespace {

// Whether the ASCII comma at `at` separates thousands (1,468件): a part of a figure, no clause's end.
bool separates_thousands(std::u32string_view text, std::size_t at) {
  const auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  return text[at] == U',' && at > 0 && at + 1 < text.size() && digit(text[at - 1]) && digit(text[at + 1]);
}

// The clause a figure at `start` stands in, up to it: back to the last ，。；：or line break, bounded.
std::u32string_view clause_before(std::u32string_view text, std::size_t start) {
  constexpr std::size_t kLongestClause = 40;
  std::size_t from = start;
  while (from > 0 && start - from < kLongestClause &&
         (std::u32string_view(U"，,。；;：:！？!?\n").find(text[from - 1]) == std::u32string_view::npos ||
          separates_thousands(text, from - 1))) {
    --from;
  }
  return text.substr(from, start - from);
}

// 每村配备1名法律顾问, 实现每个村配备2名调解员, 每月开展两三次: a clause that opens with 每 counts per village, per
// household or per month, which no total of the year may add (每年 is the year's). A 每 inside the clause modifies
// something else (利用每月赶集日开展法治宣传活动24场, 依托每周五“法律服务日”接待咨询320人次: the year's totals).
bool counts_per_unit(std::u32string_view text, std::size_t start) {
  std::u32string_view clause = clause_before(text, start);
  for (const std::u32string_view lead :
       {U"基本实现", U"全部实现", U"实现", U"坚持", U"做到", U"确保", U"保证", U"力争"}) {
    if (clause.starts_with(lead)) {
      clause.remove_prefix(lead.size());
      break;
    }
  }
  return clause.size() >= 2 && clause[0] == U'每' && clause[1] != U'年';
}

// 对同一企业的检查原则上每年不超过2次: a cap on how often something may be done in a period is a rule, no work done.
bool caps_a_frequency(std::u32string_view text, std::size_t start, std::u32string_view qualifier) {
  const auto a_cap = [&](std::u32string_view cap) { return qualifier.find(cap) != std::u32string_view::npos; };
  if (!a_cap(U"不超过") && !a_cap(U"不多于") && !a_cap(U"最多") && !a_cap(U"至多")) return false;
  const std::u32string_view clause = clause_before(text, start);
  for (const std::u32string_view per : {U"每年", U"每月", U"每季度", U"每周", U"每半年"}) {
    if (clause.find(per) != std::u32string_view::npos) return true;
  }
  return false;
}

// 对83户经营主体不予行政处罚，涉及金额46.2万元: the money a clause on exempted penalties involves is not collected.
bool involved_in_exemptions(std::u32string_view text, std::size_t start) {
  const std::u32string_view clause = clause_before(text, start);
  if (!clause.starts_with(U"涉及") || clause.data() == text.data()) return false;
  const std::size_t clause_start = static_cast<std::size_t>(clause.data() - text.data());
  const std::u32string_view before = clause_before(text, clause_start - 1);
  for (const std::u32string_view exempted : {U"不予处罚", U"不予行政处罚", U"免予处罚", U"免于处罚", U"免予行政处罚",
                                             U"免于行政处罚", U"免除处罚", U"首违不罚", U"轻微不罚", U"免罚"}) {
    if (before.find(exempted) != std::u32string_view::npos) return true;
  }
  return false;
}

// 查补税款、滞纳金、罚款合计1.28亿元: a sum named after the items it adds up (a listing joined by 、 before 合计, 共计,
// 总计 or 共 right before the figure). Empty when the figure is no such sum.
std::u32string_view items_summed(std::u32string_view text, std::size_t start) {
  std::u32string_view clause = clause_before(text, start);
  while (!clause.empty() && (clause.front() == U' ' || clause.front() == U'\u3000')) clause.remove_prefix(1);
  std::u32string_view items = clause;
  for (const std::u32string_view link : {U"为", U"达"}) {
    if (items.ends_with(link)) items.remove_suffix(link.size());
  }
  for (const std::u32string_view sum : {U"合计", U"共计", U"总计", U"共"}) {
    if (items.ends_with(sum)) {
      items.remove_suffix(sum.size());
      // 一、二审行政诉讼案件共9件: numerals listed before one word are no items.
      const bool numerals = items.size() >= 3 && items[1] == U'、' && chinese_digit_value(items[0]) > 0;
      return items.find(U'、') == std::u32string_view::npos || numerals ? std::u32string_view() : clause;
    }
  }
  return {};
}

// Whether the figure ending at `end` lies in the sentence of a figure at `at`, close enough to be what a change
// there is of. Bounded: a text without sentence ends must not make every figure read back to its start.
bool changed_in_sentence(std::u32string_view text, std::size_t end, std::size_t at) {
  constexpr std::size_t kFarthest = 60;
  return end > 0 && at >= end && at - end <= kFarthest &&
         text.substr(end, at - end).find_first_of(U"。！？；;!?\n") == std::u32string_view::npos;
}

// 案件类警情（同比下降21.9%）、刑事立案数（同比下降13.4%）: a change set in brackets right after what changed — the
// bracket opens with the comparison, the figure ends it or its first clause — is of the words before the bracket, which
// name it with the change. Where that bracket opens, else npos. (较上年（50份）增加14份 holds an earlier figure in its
// bracket: the change is outside it.)
std::size_t bracket_around_a_change(std::u32string_view text, std::size_t start, std::size_t end) {
  constexpr std::size_t kLongestComparison = 12;  // 较上年同期下降了
  if (end >= text.size() || std::u32string_view(U"）)，,、；;").find(text[end]) == std::u32string_view::npos) {
    return std::u32string_view::npos;
  }
  for (std::size_t at = start; at > 0 && start - at < kLongestComparison; --at) {
    const char32_t c = text[at - 1];
    if (c == U'（' || c == U'(') {
      const std::u32string_view inside = text.substr(at, start - at);
      const bool compares = inside.starts_with(U"同比") || inside.starts_with(U"较") || inside.starts_with(U"比") ||
                            inside.starts_with(U"环比");
      return compares && at >= 3 ? at - 1 : std::u32string_view::npos;
    }
    if (std::u32string_view(U"，,；;。、：:）)\n").find(c) != std::u32string_view::npos) break;
  }
  return std::u32string_view::npos;
}

// Whether an indicator is nothing but what became of a case: 维持, 直接纠错, 决定撤销, 确认违法.
bool names_an_outcome_alone(std::string_view indicator) {
  for (const std::string_view prefix : {"其中", "依法", "决定", "予以", "直接", "作出"}) {
    if (indicator.starts_with(prefix)) indicator.remove_prefix(prefix.size());
  }
  for (const std::string_view suffix : {"结案", "决定"}) {
    if (indicator.ends_with(suffix)) indicator.remove_suffix(suffix.size());
  }
  constexpr std::string_view kOutcomes[] = {"维持", "撤销", "纠错", "变更", "确认违法", "责令履行", "驳回", "终止"};
  const auto an_outcome = [&](std::string_view words) {
    return std::find(std::begin(kOutcomes), std::end(kOutcomes), words) != std::end(kOutcomes);
  };
  // 撤销或确认违法等纠错, 撤销、变更: outcomes listed (joined by 或, 、, 和), then perhaps 等 and what they all are.
  if (const auto etc = indicator.rfind("等"); etc != std::string_view::npos && an_outcome(indicator.substr(etc + 3))) {
    indicator = indicator.substr(0, etc);
  }
  for (std::size_t from = 0; from <= indicator.size();) {
    std::size_t next = indicator.size();
    for (const std::string_view join : {"或", "、", "和"}) next = std::min(next, indicator.find(join, from));
    if (!an_outcome(indicator.substr(from, next - from))) return false;
    if (next == indicator.size()) return true;
    from = next + 3;  // each join is one CJK character: three bytes in UTF-8
  }
  return false;
}

// 受理行政复议申请286件，通过调解和解结案47件: a settlement in a sentence on reconsiderations is what became of
// them, not people's mediation (人民调解委员会调解和解矛盾纠纷45件 is); so is an outcome named alone
// (被申请行政复议5件， 维持4件，撤销1件; 直接纠错38件).
void settle_reconsiderations(std::vector<Metric>& metrics, std::u32string_view text) {
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    Metric& metric = metrics[i];
    const bool settled =
        metric.indicator.find("和解") != std::string::npos && metric.indicator.find("纠纷") == std::string::npos;
    // A share or a change in points (调解和解率较上年提高5.3个百分点) is a rate's, no count of outcomes.
    const bool of_a_rate = metric.unit == "%" || metric.unit == "个百分点" || metric.unit == "百分点";
    if ((!settled && !names_an_outcome_alone(metric.indicator)) || of_a_rate) continue;
    bool on_reconsiderations = metric.indicator.find("复议") != std::string::npos;  // 行政复议通过调解和解结案
    // Or one of the figures before it in its paragraph is on reconsiderations (受理行政复议申请286件，审结264件…。
    // 通过调解和解结案47件).
    constexpr std::size_t kFiguresLookedBack = 12;
    for (std::size_t k = i; k-- > 0 && i - k <= kFiguresLookedBack && !on_reconsiderations;) {
      const Metric& before = metrics[k];
      if (before.end > metric.start ||
          text.substr(before.end, metric.start - before.end).find(U'\n') != std::u32string_view::npos) {
        break;
      }
      // A lawsuit nearer (行政复议…；行政诉讼案件5件，维持3件): its outcomes are the court's.
      if (before.code == "admin_litigation_cases" || before.code == "litigation_outcomes") break;
      on_reconsiderations = before.code == "admin_reconsideration_cases" || before.code == "reconsideration_outcomes";
    }
    if (on_reconsiderations) metric.code = "reconsideration_outcomes";
  }
}

// Whether the clause before `start` names a hotline that is no legal one: 12345政务服务便民热线, 12345热线 (not
// 12348公共法律服务热线, 法律援助热线: a hotline whose name says 法 or 12348 answers legal questions).
bool in_a_clause_on_a_hotline(std::u32string_view text, std::size_t start) {
  const std::u32string_view clause = clause_before(text, start);
  const auto hotline = clause.find(U"热线");
  if (hotline == std::u32string_view::npos) return false;
  const std::u32string_view named = clause.substr(0, hotline);
  return named.find(U'法') == std::u32string_view::npos && named.find(U"12348") == std::u32string_view::npos;
}

// …热线受理群众诉求10.26万件，其中咨询类5.82万件: what callers ask a hotline that is no legal one is no legal
// consultation, though the words that name the figure (a class of calls that is a part of the hotline's total) no
// longer say 热线. A name that says 法 (法律咨询) keeps its
// code. After the roles: a part is known by its total.
void clear_hotline_enquiries(std::vector<Metric>& metrics, std::u32string_view text) {
  // Most documents name no legal consultation: then no index of the figures is built.
  if (std::none_of(metrics.begin(), metrics.end(),
                   [](const Metric& metric) { return metric.code == "legal_consultations"; })) {
    return;
  }
  std::map<std::string_view, const Metric*> by_id;
  for (const Metric& metric : metrics) by_id.emplace(metric.id, &metric);
  for (Metric& metric : metrics) {
    if (metric.code != "legal_consultations" || metric.indicator.find("法") != std::string::npos) continue;
    const auto total = metric.role == role::part ? by_id.find(metric.of) : by_id.end();
    if (in_a_clause_on_a_hotline(text, metric.start) ||
        (total != by_id.end() && in_a_clause_on_a_hotline(text, total->second->start))) {
      metric.code.clear();
    }
  }
}

// The stages an application, a case or a person taken in goes through, as a deed that names a figure: 收到, 受理,
// 办结, 接收 …, and 新收, a court's and a reconsideration office's word for the cases taken in during the year.
constexpr std::u32string_view kStagesOfHandling[] = {U"收到", U"受理", U"办理", U"办结", U"审结", U"接收", U"新收"};
// The stages a dispute goes through: screened (排查), then settled (化解, 调处). 排查矛盾纠纷2,318件次，化解2,296件次:
// the bare 化解 settled what was screened, 化解矛盾纠纷.
constexpr std::u32string_view kStagesOfADispute[] = {U"排查", U"化解", U"调处"};
// Words that say in which state what a noun names is counted (在册社区矫正对象, 现有执法人员): no deed, so the noun
// after them is what a bare stage later in the sentence handled.
constexpr std::u32string_view kStatesOfTheCounted[] = {U"在册", U"在编", U"在岗", U"在职", U"在押", U"在管", U"现有"};
// The documents a name opening with a deed on them counts (废止规范性文件 → 规范性文件), or empty. A bare deed
// (废止规范性文件12件，修订6件) counts the documents the figure before did something else to, and only a name that
// opens with such a deed says which.
std::u32string_view documents_after_a_deed(std::u32string_view name) {
  for (const auto deed : kDeedsOnDocuments) {
    if (name.starts_with(deed)) return name.substr(deed.size());
  }
  return {};
}

// The stage a name is nothing but (受理, 依法受理, 上年受理: the earlier period kept in `period`; 新接收: the 新 of
// what was newly taken in kept in `fresh`), or empty.
std::u32string_view bare_stage(std::u32string_view name, std::u32string_view& period, std::u32string_view& fresh,
                               bool of_disputes) {
  period = {};
  fresh = {};
  for (const auto earlier : kEarlierPeriods) {
    if (name.starts_with(earlier)) {
      period = name.substr(0, earlier.size());
      name.remove_prefix(earlier.size());
      break;
    }
  }
  if (name.starts_with(U"依法")) name.remove_prefix(2);
  if (name.starts_with(U'新')) {
    fresh = name.substr(0, 1);
    name.remove_prefix(1);
  }
  if (of_disputes) {
    for (const auto stage : kStagesOfADispute) {
      if (name == stage && stage != U"排查") return stage;
    }
    return {};
  }
  for (const auto stage : kStagesOfHandling) {
    if (name == stage && stage != U"收到") return stage;
  }
  if (period.empty() && fresh.empty()) {
    for (const auto deed : kDeedsOnDocuments) {
      if (name == deed) return deed;
    }
  }
  return {};
}

// What a name counts after the last stage of handling in it (县政府收到行政复议申请 → 行政复议申请), or after a word of
// the state it is counted in (在册社区矫正对象 → 社区矫正对象), or empty.
std::u32string_view handled_after_a_stage(std::u32string_view name, bool of_disputes) {
  std::size_t object = 0;
  for (const auto stage : kStagesOfHandling) {
    if (const auto at = name.rfind(stage); at != std::u32string_view::npos)
      object = std::max(object, at + stage.size());
  }
  for (const auto stage : kStagesOfADispute) {
    if (const auto at = name.rfind(stage); of_disputes && at != std::u32string_view::npos)
      object = std::max(object, at + stage.size());
  }
  if (object == 0) {
    for (const auto state : kStatesOfTheCounted) {
      if (name.starts_with(state)) object = state.size();
    }
  }
  return object == 0 ? std::u32string_view{} : name.substr(object);
}

// Deeds that put out things of their own (推出便民措施103项, 梳理免办证事项225项, 上线服务场景12个): a bare stage of
// handling right after such a count handles what they put out, not what a figure of its unit before them counted.
// Not the places set up to handle the items before (设立信访代办点12个，办结86件: the 86 are the 信访事项).
constexpr std::u32string_view kDeedsPuttingOutThings[] = {U"推出", U"梳理", U"制定", U"出台",
                                                          U"编制", U"发布", U"上线", U"打造"};

// Whether a figure of another unit than a bare stage's, between it and a figure of its unit, counts things a deed put
// out (推出便民措施103项，办理5万件: the 5万 are handled under the measures): it ends the look back. A sum of money or
// a rate (挽回经济损失27.4万元, 办结率98%) or people (涉及群众230人, 12名) says more of the items before and does not.
bool puts_out_things_of_its_own(const Metric& between) {
  const std::u32string name = decode_utf8(between.indicator);
  return between.unit != "%" && !between.unit.ends_with("元") && between.unit != "人" && between.unit != "人次" &&
         between.unit != "名" && between.unit != "位" &&
         std::any_of(std::begin(kDeedsPuttingOutThings), std::end(kDeedsPuttingOutThings),
                     [&](std::u32string_view deed) { return name.starts_with(deed); });
}

}  // namespace

// 收到行政复议申请186件，受理172件，审结165件；上年受理128件: a bare stage of handling (受理, 依法受理, 办结, 审结,
// 办理) after a figure of its unit in its sentence whose name says what was handled at an earlier stage counts that:
// 受理行政复议申请, coded. One of an earlier period (上年受理) looks back into the sentence before too. Figures whose
// names name no stage (受理172件（其中涉企案件58件）) are passed over.
void MetricsAnalysis::name_bare_stages_of_handling(std::vector<Metric>& metrics, std::u32string_view text,
                                                   bool of_disputes) const {
  constexpr std::size_t kFarthest = 200;
  constexpr std::u32string_view kSentenceEnds = U"。！？；;!?";
  for (std::size_t i = 1; i < metrics.size(); ++i) {
    Metric& bare = metrics[i];
    // A bare stage is a few characters (上年同期依法受理: eight, 24 bytes): longer names are not decoded.
    constexpr std::size_t kLongestBareStage = 24;
    if (bare.indicator.empty() || bare.indicator.size() > kLongestBareStage) continue;
    const std::u32string named = decode_utf8(bare.indicator);
    std::u32string_view period, fresh;
    const std::u32string_view stage = bare_stage(named, period, fresh, of_disputes);
    if (stage.empty()) continue;
    const int sentence_ends_allowed = period.empty() ? 0 : 1;
    for (std::size_t k = i; k-- > 0;) {
      const Metric& before = metrics[k];
      if (before.end > bare.start) continue;
      const auto between = text.substr(before.end, bare.start - before.end);
      const auto sentence_ends = std::count_if(between.begin(), between.end(), [&](char32_t c) {
        return kSentenceEnds.find(c) != std::u32string_view::npos;
      });
      // 受理142件，同比增长18.3%；审结135件: one ； parts the clauses of one account, not two accounts.
      const auto semicolons =
          std::count_if(between.begin(), between.end(), [](char32_t c) { return c == U'；' || c == U';'; });
      if (bare.start - before.end > kFarthest || between.find(U'\n') != std::u32string_view::npos ||
          sentence_ends - std::min<std::ptrdiff_t>(semicolons, 1) > sentence_ends_allowed) {
        break;
      }
      if (before.unit != bare.unit) {
        if (puts_out_things_of_its_own(before)) break;
        continue;
      }
      const std::u32string name = decode_utf8(before.indicator);
      if (names_a_change(name) || names_an_earlier_period(name)) continue;
      const bool on_documents =
          std::find(std::begin(kDeedsOnDocuments), std::end(kDeedsOnDocuments), stage) != std::end(kDeedsOnDocuments);
      const std::u32string_view handled =
          on_documents ? documents_after_a_deed(name) : handled_after_a_stage(name, of_disputes);
      if (handled.size() < 2) continue;
      const std::u32string renamed =
          std::u32string(period) + std::u32string(fresh) + std::u32string(stage) + std::u32string(handled);
      bare.indicator = encode_utf8(renamed);
      bare.code = taxonomy_.code_for(renamed, decode_utf8(bare.unit));
      // 受理142件，同比增长18.3%: the change named after the bare stage is the change of what it now names.
      if (i + 1 < metrics.size()) {
        Metric& next = metrics[i + 1];
        const std::u32string next_name = decode_utf8(next.indicator);
        if (next_name.size() > named.size() && next_name.starts_with(named) &&
            names_a_change(std::u32string_view(next_name).substr(named.size())) &&
            text.substr(bare.end, next.start - std::min(next.start, bare.end)).find_first_of(kSentenceEnds) ==
                std::u32string_view::npos) {
          next.indicator = encode_utf8(renamed + next_name.substr(named.size()));
        }
      }
      break;
    }
  }
}

namespace {

// Whether a cell holds one figure and nothing else (5020, 64件, 97.8%, —): a place of the row's figures, no label.
bool holds_only_a_figure(std::u32string_view cell, const MetricExtractor& extractor) {
  const auto first = cell.find_first_not_of(U" \u3000");
  if (first == std::u32string_view::npos) return false;
  cell = cell.substr(first, cell.find_last_not_of(U" \u3000") + 1 - first);
  if (bare_number(cell, /*signed_changes=*/true) || says_none(cell)) return true;
  const auto found = extractor.extract(cell);
  return found.size() == 1 && found.front().start == 0 && found.front().end == cell.size();
}

// The row labels of tables of two or more columns (其他19个部门 | 5020 | 380, 其余7个村 | …): a figure inside one names
// the row and counts nothing the table reports. A row's label is its first cell, and, as a figure's name is read
// (the rightmost words left of it), every cell after that before the row's first figure: after a 序号 or a 类别
// column, 2 | 其他19个部门 | 5020. A row of sentences (开展普法活动 | 全年开展宣传活动126场) has no figure on its own:
// only its first cell is a label. Spans [start, end) in code points, in text order.
std::vector<std::pair<std::size_t, std::size_t>> row_labels(const Document& document, std::u32string_view text,
                                                            const MetricExtractor& extractor) {
  std::map<std::pair<int, int>, std::map<int, const Block*>> rows;  // (table, row) → column → cell
  std::set<int> wide_tables;
  for (const Block& block : document.blocks) {
    if (block.kind != BlockKind::table_cell || !block.table || !block.column || !block.row) continue;
    if (*block.column > 0) wide_tables.insert(*block.table);
    if (*block.row > 0) rows[{*block.table, *block.row}][*block.column] = &block;
  }
  std::vector<std::pair<std::size_t, std::size_t>> labels;
  for (const auto& [at, cells] : rows) {
    if (!wide_tables.contains(at.first)) continue;
    const auto first_figure = std::find_if(cells.begin(), cells.end(), [&](const auto& cell) {
      const Block& block = *cell.second;
      return cell.first > 0 && holds_only_a_figure(text.substr(block.start, block.end - block.start), extractor);
    });
    for (auto cell = cells.begin(); cell != first_figure; ++cell) {
      if (cell->first == 0 || first_figure != cells.end()) labels.emplace_back(cell->second->start, cell->second->end);
    }
  }
  std::sort(labels.begin(), labels.end());
  return labels;
}

bool named_only_by_a_comparison(std::u32string_view text, std::size_t start, std::u32string_view indicator);

// Whether [start, end) lies inside a row label and leaves words of it beside the figure.
bool inside_a_row_label(const std::vector<std::pair<std::size_t, std::size_t>>& labels, std::size_t start,
                        std::size_t end) {
  const auto after = std::upper_bound(labels.begin(), labels.end(), std::pair{start, std::size_t(-1)});
  if (after == labels.begin()) return false;
  const auto& [label_start, label_end] = *std::prev(after);
  return start >= label_start && end <= label_end && end - start < label_end - label_start;
}

}  // namespace

void MetricsAnalysis::analyze(Document& document) {
  document.metrics.clear();
  const std::u32string text = decode_utf8(document.text);
  std::size_t floor = 0;
  std::size_t earlier_floor = 0;  // where the figure before the last one ends
  std::u32string previous_indicator;
  std::size_t previous_end = 0;  // where the last figure ends that was not passed over as named only by a comparison
  // The last figure that is no change and no earlier period's, a count and a rate apart: what a change later in its
  // sentence is of (one in points is a rate's, one in percent the nearer's, one in a count's unit the last count in
  // that unit: 办理行政处罚案件38件，罚没款12.6万元，比上年减少3件 is of the cases).
  struct Changed {
    std::u32string indicator;
    std::size_t end = 0;
  } changed_count, changed_rate;
  std::map<std::u32string, Changed> changed_by_unit;
  std::vector<std::size_t> refused;
  const SectionIndex sections(document.sections);  // one lookup per figure: indexed, not scanned
  const auto labels = row_labels(document, text, extractor_);
  for (const auto& found : extractor_.extract(text, &refused)) {
    if (counts_printed_copies(text, found.start, found.end, found.unit)) continue;
    if (inside_a_row_label(labels, found.start, found.end)) continue;
    const bool in_points = found.unit == U"个百分点" || found.unit == U"百分点";
    const bool in_percent = found.unit == U"%";
    const auto same_unit = changed_by_unit.find(found.unit);
    const Changed& changed = in_points || (in_percent && changed_rate.end > changed_count.end) ? changed_rate
                             : !in_percent && same_unit != changed_by_unit.end()               ? same_unit->second
                                                                                               : changed_count;
    // 受理行政复议申请（含上年结转3件）15件: a note holding a figure of its own stands between the words and the figure
    // they name; the figure is named as if the note were not there.
    const auto note = figure_note_before(text, found.start, floor, earlier_floor);
    std::u32string indicator = find_indicator(
        text, note.value_or(found.start), found.end, note ? earlier_floor : floor, previous_indicator, found.unit,
        changed_in_sentence(text, changed.end, found.start) ? std::u32string_view(changed.indicator)
                                                            : std::u32string_view());
    // 刑事立案数（同比下降13.4%）: the words before the bracket name what changed, not the figure before it.
    if (names_a_change(indicator)) {
      if (const auto bracket = bracket_around_a_change(text, found.start, found.end);
          bracket != std::u32string_view::npos && bracket > floor) {
        const std::u32string subject = find_indicator(text, bracket, bracket, floor, {}, found.unit);
        if (subject.size() >= 2 && !names_a_change(subject)) {
          indicator = subject + indicator.substr(subject_of_a_change(indicator).size());
        }
      }
    }
    Metric metric;
    std::tie(metric.section, metric.part) = place_of(sections, found.start);
    metric.indicator = encode_utf8(indicator);
    metric.code = taxonomy_.code_for(indicator, found.unit);
    if (const auto summed = items_summed(text, found.start); !summed.empty()) {
      // Named by all its items, and coded only when they all are the same (the fines are one part of the sum).
      metric.indicator = encode_utf8(name_of_a_sum(summed));
      // Kinds of case files (抽查行政处罚、行政许可案卷共计420卷) share the last item's noun: one thing, coded by the
      // whole listing, not a sum of several.
      const auto items = summed.substr(0, summed.find_last_not_of(U"合计共总为达") + 1);
      if (items.ends_with(U"案卷")) {
        metric.code = taxonomy_.code_for(summed, found.unit);
      } else {
        for (std::size_t from = 0; from < summed.size();) {
          const std::size_t comma = std::min(summed.find(U'、', from), summed.size());
          if (taxonomy_.code_for(summed.substr(from, comma - from), found.unit) != metric.code) metric.code.clear();
          from = comma + 1;
        }
      }
    }
    if (counts_per_unit(text, found.start) || caps_a_frequency(text, found.start, found.qualifier)) metric.code.clear();
    if (found.unit == U"元" && involved_in_exemptions(text, found.start)) {
      metric.code = taxonomy_.code_for(U"免罚金额", found.unit);
    }
    metric.value = found.value;
    metric.value_max = found.value_max;
    metric.unit = encode_utf8(found.unit);
    metric.qualifier = encode_utf8(found.qualifier);
    // 每季度至少1次, 以每两月1次频次: how often, not how many; the period is read as a qualifier (每季度;至少).
    if (const auto frequency = frequency_before(text, found.start, found.unit)) {
      const auto period = std::u32string_view(text).substr(frequency->start, frequency->end - frequency->start);
      if (auto named = name_without_the_period(indicator, period, text, found.end); !named.empty()) {
        metric.indicator = encode_utf8(named);
      }
      metric.code.clear();
      metric.qualifier = encode_utf8(period) + (metric.qualifier.empty() ? "" : ";" + metric.qualifier);
    }
    metric.text = encode_utf8(std::u32string_view(text).substr(found.start, found.end - found.start));
    metric.start = found.start;
    metric.end = found.end;
    document.metrics.push_back(std::move(metric));
    earlier_floor = floor;
    floor = found.end;
    // An earlier figure named by nothing but the year compared with (比2024年的468件, 较上年（356件）) is named
    // later, after the current figure before it in its sentence; a change right after it is that figure's
    // (办理法律援助案件增加). One whose sentence opens with the comparison has no such figure.
    if (!previous_indicator.empty() && changed_in_sentence(text, previous_end, found.start) &&
        named_only_by_a_comparison(text, found.start, indicator)) {
      continue;
    }
    previous_end = found.end;
    // A figure named by nothing of its own counts what the figure before it counted: not a change (受理信访事项
    // 37件，较上年减少4件，2019年为41件 — the 41 is of 受理信访事项, not of 较上年减少).
    if (!names_a_change(indicator)) {
      previous_indicator = indicator;
    } else if (const auto subject = subject_of_a_change(indicator); subject.size() >= 2) {
      previous_indicator = subject;  // 受理行政复议申请同比增长近一倍，达到5,126件
    }
    if (!names_a_change(indicator) && !names_an_earlier_period(indicator)) {
      (found.unit == U"%" ? changed_rate : changed_count) = {indicator, found.end};
      if (found.unit != U"%") {
        Changed& last = changed_by_unit[found.unit];  // reused: no allocation per figure once its unit is seen
        last.indicator.assign(indicator);
        last.end = found.end;
      }
    }
  }
  for (const std::size_t offset : refused) {
    document.metadata.add("warning", fmt::format("a figure at offset {} has more than 15 significant digits, more "
                                                 "than a value keeps exactly; it is not recorded",
                                                 offset));
  }
  name_bare_stages_of_handling(document.metrics, text, /*of_disputes=*/false);
  name_figures_listed_with_fenbie(document.metrics, text);
  name_rates_sharing_a_figure(document.metrics, text);
  code_items_sharing_a_verb(document.metrics, text);
  code_items_continuing_a_deed(document.metrics, text, taxonomy_);
  code_listed_objects(document.metrics, text);
  name_counts_of_described_classes(document.metrics, text);
  name_occasions_before_items(document.metrics);
  name_subsets_of_a_class(document.metrics, text);
  code_fair_competition_reviews(document.metrics, text);
  settle_reconsiderations(document.metrics, text);
  clear_meetings_on_no_law(document.metrics, text);
  add_table_cell_metrics(document, text, sections);
  std::stable_sort(document.metrics.begin(), document.metrics.end(),
                   [](const Metric& a, const Metric& b) { return a.start < b.start; });
  const PageIndex pages(document.blocks);
  for (auto& metric : document.metrics) metric.page = pages.page_at(metric.start);
  name_bare_deeds_of_a_period(document.metrics, text);
  assign_roles(document.metrics, text, parse_report_year(document.metadata.get("year")));
  // 排查矛盾纠纷86件，化解83件: the settled are named once their roles are set, which read the bare 化解 as settling.
  name_bare_stages_of_handling(document.metrics, text, /*of_disputes=*/true);
  clear_hotline_enquiries(document.metrics, text);
  link_table_totals(document.metrics, document.blocks, text);
  name_bare_totals_by_their_parts(document.metrics);
  link_restated_heading_figures(document.metrics, document.sections, text);
  name_earlier_figures(document.metrics, text);
  carry_rates_of_pay(document.metrics, text);
}

namespace {

// Where the last of a list of names joins it (A、B和C): the last 和, 及, 与 or 以及 that is no part of a word
// (参与率, 普及率, 涉及, 和解, 及时), as {position, length}; {0, 0} when there is none.
std::pair<std::size_t, std::size_t> last_link(std::u32string_view names) {
  for (std::size_t at = names.size(); at-- > 1;) {
    const char32_t c = names[at];
    if (c != U'和' && c != U'及' && c != U'与') continue;
    const char32_t before = names[at - 1];
    const char32_t after = at + 1 < names.size() ? names[at + 1] : U'\0';
    if (c == U'及' && before == U'以') return {at - 1, 2};
    if ((c == U'与' && before == U'参') || (c == U'及' && (before == U'普' || before == U'涉')) ||
        (c == U'和' && after == U'解') || (c == U'及' && after == U'时') || (c == U'与' && after == U'会')) {
      continue;
    }
    if (at + 1 < names.size()) return {at, 1};
  }
  return {0, 0};
}

// What a name counts after the verb it opens with (办结行政复议案件 → 行政复议案件), or the whole name.
std::u32string_view noun_after_a_verb(std::u32string_view name) {
  for (const std::u32string_view verb : {U"受理", U"办结", U"办理", U"审结", U"审查", U"调解", U"化解", U"查处",
                                         U"处理", U"接待", U"收到", U"答复", U"开展", U"举办", U"组织", U"发放"}) {
    if (name.starts_with(verb) && name.size() > verb.size()) return name.substr(verb.size());
  }
  return {};
}

// The review named in the clause a figure stands in (between ，。； and the next), the first of 公平竞争审查 and the
// legality review's names found there, or empty: 完成18件规范性文件、68件上会文件合法性审查 → 合法性审查.
std::u32string_view own_review_in_clause(std::u32string_view text, std::size_t start, std::size_t end) {
  constexpr std::size_t kLongestClause = 40;
  constexpr std::u32string_view kClauseEnds = U"，,。；;！？!?\n";
  std::size_t begin = start;
  while (begin > 0 && start - begin < kLongestClause &&
         kClauseEnds.find(text[begin - 1]) == std::u32string_view::npos) {
    --begin;
  }
  std::size_t stop = end;
  while (stop < text.size() && stop - end < kLongestClause &&
         kClauseEnds.find(text[stop]) == std::u32string_view::npos) {
    ++stop;
  }
  const auto clause = text.substr(begin, stop - begin);
  std::size_t first = std::u32string_view::npos;
  std::u32string_view named;
  for (const std::u32string_view review : {U"公平竞争审查", U"合法性审查", U"合法性审核", U"法制审核"}) {
    if (const auto at = clause.find(review); at < first) {
      first = at;
      named = review;
    }
  }
  return named;
}

}  // namespace

// 开展公平竞争审查，审查文件37份; 审查涉及经营主体经济活动的政策措施126件: a review in a sentence on fair competition
// (the review the 2024 regulation names by the measures it covers) is a fair-competition review, not a legality review,
// unless it names the legality review itself.
void MetricsAnalysis::code_fair_competition_reviews(std::vector<Metric>& metrics, std::u32string_view text) const {
  constexpr std::size_t kLongestSentence = 80;
  // 废止或修订妨碍公平竞争的政策措施6件: measures cleared out after a review are no reviews, whatever the name says.
  for (Metric& metric : metrics) {
    if (metric.code == "fair_competition_reviews" && opens_with_a_deed_on_documents(decode_utf8(metric.indicator)))
      metric.code.clear();
  }
  // Most reports name no fair-competition review: then no figure's sentence is read back.
  if (text.find(U"公平竞争审查") == std::u32string_view::npos &&
      text.find(U"经营主体经济活动") == std::u32string_view::npos) {
    return;
  }
  for (Metric& metric : metrics) {
    if (!metric.code.empty() && metric.code != "legality_reviews") continue;
    if (metric.indicator.find("合法性") != std::string::npos || metric.indicator.find("法制") != std::string::npos) {
      continue;
    }
    // A review, or the documents and measures reviewed; not the problems it found, the opinions it gave or the
    // documents cleared out after it.
    const std::string_view named = metric.indicator;
    const bool reviewed =
        named.find("审查") != std::string_view::npos ||
        ((named.ends_with("文件") || named.ends_with("措施")) && named.find("问题") == std::string_view::npos &&
         named.find("意见") == std::string_view::npos && !names_a_deed_of_clearing_out(decode_utf8(named)));
    if (!reviewed) continue;
    // A ； parts no sentence here: 开展公平竞争审查163件…；经审查修改完善9件 tells of the same review.
    std::size_t begin = metric.start;
    while (begin > 0 && metric.start - begin < kLongestSentence &&
           std::u32string_view(U"。！？\n").find(text[begin - 1]) == std::u32string_view::npos) {
      --begin;
    }
    const std::u32string_view sentence = text.substr(begin, metric.start - begin);
    if (sentence.find(U"公平竞争审查") == std::u32string_view::npos &&
        sentence.find(U"经营主体经济活动") == std::u32string_view::npos) {
      continue;
    }
    // 以合法性审查和公平竞争审查为抓手，完成18件规范性文件、68件上会文件合法性审查: a review named in the figure's own
    // clause says which review it counts, whatever the sentence opened with.
    if (const auto own = own_review_in_clause(text, metric.start, metric.end); !own.empty()) {
      if (own != U"公平竞争审查" && metric.code.empty())
        metric.code = taxonomy_.code_for(own, decode_utf8(metric.unit));
      if (own != U"公平竞争审查") continue;
    }
    if (std::string code = taxonomy_.code_for(U"公平竞争审查", decode_utf8(metric.unit)); !code.empty()) {
      metric.code = std::move(code);
    }
  }
}

// 法律顾问团队人数为3—5人的县区有6个: a figure before 的 describes the class a later figure counts (…的县区有6个).
// It counts nothing of its own (summed, the 3 would be advisers), and the later figure counts what follows 的.
void MetricsAnalysis::name_counts_of_described_classes(std::vector<Metric>& metrics, std::u32string_view text) const {
  constexpr std::size_t kLongestClass = 10;
  constexpr std::u32string_view kDelimiters = U"，。；、：,;:!?！？\n";
  for (std::size_t i = 0; i + 1 < metrics.size(); ++i) {
    Metric& description = metrics[i];
    Metric& count = metrics[i + 1];
    if (count.start < description.end || count.start - description.end > kLongestClass + 2) continue;
    const auto between = text.substr(description.end, count.start - description.end);
    if (!between.starts_with(U'的') || !between.ends_with(U'有') || between.size() < 3) continue;
    const auto named = between.substr(1, between.size() - 2);
    if (named.find_first_of(kDelimiters) != std::u32string_view::npos) continue;
    description.code.clear();
    count.indicator = encode_utf8(named);
    count.code = taxonomy_.code_for(named, decode_utf8(count.unit));
  }
}

// 18个乡镇中仅6个配备专职法制审核人员, 9个司法所中有3个…, 6名执法人员中法律专业仅1名: the later figure counts some of
// what the earlier one counts, in its unit. The earlier is named by its class (乡镇, not 乡镇中仅); the later counts
// members of the class, not what it says they have (6 is no legality review), and summed with the class it would
// count them twice: it takes the words after 中 as its name, if any, and no code.
void MetricsAnalysis::name_subsets_of_a_class(std::vector<Metric>& metrics, std::u32string_view text) const {
  constexpr std::size_t kLongestClass = 10, kLongestSubset = 6;
  constexpr std::u32string_view kDelimiters = U"，。；、：,;:!?！？\n（）()";
  // After 中, the characters that make it the first of a word (中心, 中学, 中队, 中级, 中华, 中央, 中共, 中介, 中医 …).
  constexpr std::u32string_view kOpensAWordWithZhong = U"心学队级华央共介医院国小层端止断标型部";
  constexpr std::u32string_view kHedges[] = {U"仅有", U"只有", U"共有", U"仍有", U"尚有", U"还有", U"已有",
                                             U"有",   U"仅",   U"只",   U"仍",   U"尚",   U"还",   U"已"};
  for (std::size_t i = 0; i + 1 < metrics.size(); ++i) {
    Metric& whole = metrics[i];
    Metric& some = metrics[i + 1];
    if (some.start < whole.end || some.unit != whole.unit || some.unit == "%") continue;
    std::u32string_view between = text.substr(whole.end, some.start - whole.end);
    const auto in = between.find(U'中');
    if (in == 0 || in == std::u32string_view::npos || in > kLongestClass || between.size() - in - 1 > kLongestSubset ||
        between.find_first_of(kDelimiters) != std::u32string_view::npos) {
      continue;
    }
    // 1个便民服务中心及21个便民服务站: 中 opening a word (中心, 中学, 中队) is no "among", and a subset closed by a
    // conjunction (及, 和, 以及) joins a second count to the first instead of picking from it.
    if (in + 1 < between.size() && kOpensAWordWithZhong.find(between[in + 1]) != std::u32string_view::npos) continue;
    if (between.ends_with(U'及') || between.ends_with(U'和') || between.ends_with(U'与') || between.ends_with(U'或')) {
      continue;
    }
    std::u32string_view subset = between.substr(in + 1);
    for (const std::u32string_view hedge : kHedges) {
      if (subset.ends_with(hedge)) {
        subset.remove_suffix(hedge.size());
        break;
      }
    }
    for (const std::u32string_view hedge : kHedges) {
      if (subset.starts_with(hedge)) {
        subset.remove_prefix(hedge.size());
        break;
      }
    }
    const std::u32string_view named = between.substr(0, in);
    whole.indicator = encode_utf8(named);
    whole.code = taxonomy_.code_for(named, decode_utf8(whole.unit));
    if (!subset.empty()) some.indicator = encode_utf8(subset);
    some.code.clear();
  }
}

// 审查县政府规范性文件9件、县政府常务会议议题64件、行政协议132份: the verb opening a listing's first item is every
// item's. An item whose words name no code takes the code its words name after that verb.
void MetricsAnalysis::code_items_sharing_a_verb(std::vector<Metric>& metrics, std::u32string_view text) const {
  // UTF-8, as the indicators are kept: a figure's indicator is decoded only when it is an item to code.
  static constexpr std::string_view kSharedVerbs[] = {"审查", "审核", "备案", "办理", "受理", "查处"};
  std::string_view verb;  // the verb of the listing the figure before belongs to, if any
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    Metric& metric = metrics[i];
    const std::string_view indicator = metric.indicator;
    const bool an_item =
        i > 0 && metrics[i - 1].end < metric.start && text[metrics[i - 1].end] == U'、' &&
        text.substr(metrics[i - 1].end + 1, metric.start - metrics[i - 1].end - 1).find_first_of(U"，,。；;：:\n") ==
            std::u32string_view::npos;
    if (!an_item) {
      verb = {};
      for (const auto candidate : kSharedVerbs) {
        if (indicator.starts_with(candidate)) verb = candidate;
      }
      continue;
    }
    if (verb.empty() || !metric.code.empty() || indicator.starts_with(verb)) continue;
    metric.code = taxonomy_.code_for(decode_utf8(std::string(verb) + metric.indicator), decode_utf8(metric.unit));
  }
}

// 合法性审核文件、合同29份, 审查合同、协议等17份: one figure counts every object a listing names, and the verb before
// the first names what was done to them; the indicator is the last object alone (or what follows quoted names and
// 等). A count that took no code from it
// takes the code the listing's first item names with its verb (明确公众参与、专家论证…五个环节 names none). Not a rate:
// the rates of a listing (备案率、及时率均为100%) are different rates.
void MetricsAnalysis::code_listed_objects(std::vector<Metric>& metrics, std::u32string_view text) const {
  constexpr std::size_t kLongestClause = 24;
  constexpr std::u32string_view kClauseEnds = U"，,。；;：:\n";
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    Metric& metric = metrics[i];
    if (!metric.code.empty() || metric.role == role::change || metric.unit == "%") continue;
    const std::size_t floor = i > 0 && metrics[i - 1].end <= metric.start ? metrics[i - 1].end : 0;
    std::size_t begin = metric.start;
    while (begin > floor && metric.start - begin < kLongestClause &&
           kClauseEnds.find(text[begin - 1]) == kClauseEnds.npos) {
      --begin;
    }
    const std::u32string_view clause = text.substr(begin, metric.start - begin);
    // 对6家企业依法不予处罚、60家企业适用简易程序处罚: a clause that runs back to the figure before opens with that
    // figure's own words, so its 、 parts two figures, each with its deed, not two objects of one.
    if (i > 0 && begin == floor && floor == metrics[i - 1].end) continue;
    // A division into classes (评查结果分为优秀、良好、合格、不合格四个等次) counts the classes: no work done to them.
    if (clause.find(U"分为") != std::u32string_view::npos) continue;
    // So does a count of aspects or fields the listing names (在行政权力事项、投资审批事项…等5个方面削权放权): the
    // kinds of things, not work done on any one of them.
    if (metric.indicator.starts_with("方面") || metric.indicator.starts_with("领域")) continue;
    // Nor are a decision's procedures reviews or hearings its first item names (将合法性审查、集体讨论决定等3项程序).
    if (names_the_procedures_of_a_decision(decode_utf8(metric.indicator))) continue;
    // Not an item of a listing of figures (调解纠纷36件、信访事项12件): code_items_sharing_a_verb's.
    // Or names quoted before 等 (适用“首违不罚”“轻微免罚”等柔性执法方式办理案件864件): they name what was done.
    const auto quoted = clause.find(U"”等");
    const auto first_item_end = std::min(clause.find(U'、'), quoted == std::u32string_view::npos ? quoted : quoted + 1);
    if (first_item_end == std::u32string_view::npos || first_item_end == 0) continue;
    metric.code = taxonomy_.code_for(clause.substr(0, first_item_end), decode_utf8(metric.unit));
  }
}

// 参考率、合格率均为百分之百, 衔接率、帮教率均为100%, 参考率和通过率均达100%, 办件率、办结率100%: one figure that two
// or more rates listed before it (and its 均, if any) share is named by all of them, and coded by the first that names
// a code (a figure is one row: the others' codes would count it twice). Only short names that are rates (持证率,
// 合格率): a longer clause is left to the usual naming.
void MetricsAnalysis::name_rates_sharing_a_figure(std::vector<Metric>& metrics, std::u32string_view text) const {
  constexpr std::size_t kLongestRateName = 8;  // 法律知识考试合格率
  constexpr std::u32string_view kClauseEnds = U"，,。；;：:！？!?\n";
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    Metric& metric = metrics[i];
    if (metric.unit != "%" || metric.role == role::change) continue;
    const std::size_t floor = i > 0 && metrics[i - 1].end <= metric.start ? metrics[i - 1].end : 0;
    std::size_t begin = metric.start;
    while (begin > floor && metric.start - begin < 3 * kLongestRateName &&
           kClauseEnds.find(text[begin - 1]) == std::u32string_view::npos) {
      --begin;
    }
    if (begin > floor && kClauseEnds.find(text[begin - 1]) == std::u32string_view::npos) continue;  // cut short
    std::u32string_view clause = text.substr(begin, metric.start - begin);
    for (const std::u32string_view link : {U"保持在", U"稳定在", U"达到", U"为", U"是", U"达"}) {
      if (clause.ends_with(link)) {
        clause.remove_suffix(link.size());
        break;
      }
    }
    // 网上办件率、办结率100%: rates listed right up to one figure share it, with or without 均.
    if (clause.ends_with(U"均")) clause.remove_suffix(1);
    // 我委参考率、合格率均为99%: the reporting body opening the first rate says whose rates they are, no part of a
    // name.
    clause.remove_prefix(leading_noise_length(clause.substr(0, clause.find(U'、'))));
    const auto a_rate = [&](std::u32string_view name) {
      return name.size() >= 2 && name.size() <= kLongestRateName && name.ends_with(U"率") &&
             name.find_first_of(U"0123456789") == std::u32string_view::npos;
    };
    std::vector<std::u32string_view> names;
    const auto add_names = [&](std::u32string_view item) {
      // 参考率和通过率, 备案率与及时率: two rates joined by a conjunction are two names. Only where both sides are
      // rates, since a rate's own name may hold one (和解率, 及时率).
      for (std::size_t at = 1; at + 1 < item.size(); ++at) {
        if (std::u32string_view(U"和与及").find(item[at]) == std::u32string_view::npos) continue;
        if (a_rate(item.substr(0, at)) && a_rate(item.substr(at + 1))) {
          names.push_back(item.substr(0, at));
          names.push_back(item.substr(at + 1));
          return;
        }
      }
      names.push_back(item);
    };
    for (std::size_t cut; (cut = clause.find(U'、')) != std::u32string_view::npos; clause.remove_prefix(cut + 1)) {
      add_names(clause.substr(0, cut));
    }
    add_names(clause);
    if (names.size() < 2 || !std::all_of(names.begin(), names.end(), a_rate)) continue;
    std::u32string named;
    std::string code;
    for (const std::u32string_view name : names) {
      if (!named.empty()) named += U'、';
      named += name;
      if (code.empty()) code = taxonomy_.code_for(name, decode_utf8(metric.unit));
    }
    metric.indicator = encode_utf8(named);
    metric.code = std::move(code);
  }
}

// 衔接率、安置率分别达到100%、98.9%: the figures after 分别 are named, in order, by the names before it, each with
// the verb after it (同比、环比分别下降23.5%和9.8%: 同比下降, 环比下降). 查处案件1,203件、罚没款2,874万元，同比分别
// 下降4.2%和11.6%: with nothing but a change word before 分别, they are the changes of the figures before them.
void MetricsAnalysis::name_figures_listed_with_fenbie(std::vector<Metric>& metrics, std::u32string_view text) const {
  static constexpr std::u32string_view kLinks = U"为是达到有共";
  static constexpr std::u32string_view kBetweenItems = U"、，,和及与 ";
  static constexpr std::u32string_view kClauseEnds = U"。；;！？!?\n，,：:";
  constexpr std::size_t kLongestListingClause = 80;  // code points: names before 分别 and its verb
  const auto only = [](std::u32string_view between, std::u32string_view allowed) {
    return between.find_first_not_of(allowed) == std::u32string_view::npos;
  };
  std::deque<std::u32string> shared_nouns;  // names completed with a shared noun, viewed by `names`
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    const std::size_t start = metrics[i].start;
    std::size_t clause_start = start;
    // Within reach: a paragraph without punctuation may be megabytes long.
    while (clause_start > 0 && start - clause_start < kLongestListingClause &&
           kClauseEnds.find(text[clause_start - 1]) == std::u32string_view::npos) {
      --clause_start;
    }
    const std::u32string_view clause = text.substr(clause_start, start - clause_start);
    const auto fenbie = clause.rfind(U"分别");
    if (fenbie == std::u32string_view::npos) continue;
    std::u32string_view verb = clause.substr(fenbie + 2);
    while (!verb.empty() && kLinks.find(verb.front()) != std::u32string_view::npos) verb.remove_prefix(1);
    // The figures listed after 分别: this one and those following it, separated by 、 ， 和 and nothing else.
    std::size_t count = 1;
    while (i + count < metrics.size() && metrics[i + count - 1].end <= metrics[i + count].start &&
           only(text.substr(metrics[i + count - 1].end, metrics[i + count].start - metrics[i + count - 1].end),
                kBetweenItems)) {
      ++count;
    }
    if (count < 2) continue;
    // The names before 分别, split at 、 and the last at 和/及/与.
    std::vector<std::u32string_view> names;
    std::u32string_view rest = clause.substr(0, fenbie);
    for (std::size_t cut; (cut = rest.find(U'、')) != std::u32string_view::npos; rest.remove_prefix(cut + 1)) {
      names.push_back(rest.substr(0, cut));
    }
    if (names.size() + 1 < count) {
      if (const auto [link, length] = last_link(rest); length > 0) {
        names.push_back(rest.substr(0, link));
        rest.remove_prefix(link + length);
      }
    }
    names.push_back(rest);
    // 一、二、三季度分别办理案件12件、15件、18件: numerals standing alone share the last name's word (一季度).
    // So do letters of classes (A、B类企业占比分别为31.2%、52.6%: A类企业占比).
    const auto a_letter = [](char32_t c) { return c >= U'A' && c <= U'Z'; };
    const auto a_label = [&](char32_t c) { return chinese_digit_value(c) > 0 || a_letter(c); };
    const bool numerals_share_a_word =
        names.size() == count && names.back().size() >= 2 && a_label(names.back()[0]) &&
        std::all_of(names.begin(), names.end() - 1, [&](std::u32string_view name) {
          return name.size() == 1 && a_letter(name[0]) == a_letter(names.back()[0]) && a_label(name[0]);
        });
    for (std::size_t k = 0; k + 1 < names.size() && numerals_share_a_word; ++k) {
      shared_nouns.emplace_back(std::u32string(names[k]) + std::u32string(names.back().substr(1)));
      names[k] = shared_nouns.back();
    }
    // 全年受理、办结行政复议案件分别为52件、50件: the last name's noun is the earlier names' too.
    for (std::size_t k = 0; k + 1 < names.size() && names.size() == count && !numerals_share_a_word; ++k) {
      if (taxonomy_.code_for(names[k], decode_utf8(metrics[i + k].unit)).empty()) {
        shared_nouns.emplace_back(std::u32string(names[k]) + std::u32string(noun_after_a_verb(names.back())));
        names[k] = shared_nouns.back();
      }
    }
    const auto rename = [&](Metric& metric, std::u32string name) {
      name += verb;
      metric.indicator = encode_utf8(name);
      metric.code = taxonomy_.code_for(name, decode_utf8(metric.unit));
    };
    if (names.size() == count && std::none_of(names.begin(), names.end(), [](std::u32string_view name) {
          return name.empty() || name.find_first_of(U"0123456789") != std::u32string_view::npos;
        })) {
      for (std::size_t k = 0; k < count; ++k) rename(metrics[i + k], std::u32string(names[k]));
    } else if (names.size() == 1 && (names[0].empty() || names_a_change(names[0])) && i >= count) {
      // As many figures before, in the same sentence, just before this clause; before those, when they are only
      // an earlier period's (发生事故4起、死亡4人，上年分别为6起和7人，同比分别下降33.3%和42.9%).
      std::size_t first = i - count;
      const auto of_an_earlier_period = [&](std::size_t from) {
        return std::all_of(metrics.begin() + static_cast<std::ptrdiff_t>(from),
                           metrics.begin() + static_cast<std::ptrdiff_t>(from + count),
                           [](const Metric& m) { return names_an_earlier_period(decode_utf8(m.indicator)); });
      };
      if (first >= count && of_an_earlier_period(first)) first -= count;
      const auto sentence = text.substr(metrics[first].start, clause_start - metrics[first].start);
      if (sentence.find_first_of(U"。；;！？!?\n") != std::u32string_view::npos) continue;
      for (std::size_t k = 0; k < count; ++k) {
        rename(metrics[i + k], decode_utf8(metrics[first + k].indicator) + std::u32string(names[0]));
      }
    }
    i += count - 1;
  }
}

// 由每人每月148元提高到163元: the sum a rate of pay is raised or lowered to is paid at the same rate (元/人/月).
void MetricsAnalysis::carry_rates_of_pay(std::vector<Metric>& metrics, std::u32string_view text) {
  static constexpr std::u32string_view kChangedTo[] = {U"提高到", U"提高至", U"提升到", U"提升至", U"增加到",
                                                       U"增加至", U"上调到", U"上调至", U"调整到", U"调整至",
                                                       U"调整为", U"降低到", U"降低至", U"降至",   U"增至"};
  for (std::size_t i = 1; i < metrics.size(); ++i) {
    Metric& to = metrics[i];
    const Metric& from = metrics[i - 1];
    if (to.unit != "元" || !from.unit.starts_with("元/") || from.end > to.start) continue;
    std::u32string_view between = text.substr(from.end, to.start - from.end);
    while (!between.empty() && between.back() == U' ') between.remove_suffix(1);
    const bool changed_to = std::any_of(std::begin(kChangedTo), std::end(kChangedTo),
                                        [&](std::u32string_view words) { return between == words; });
    if (changed_to) to.unit = from.unit;
  }
}

namespace {

// The length of the year compared with that `words` open with: 较2020年, 比2020年底, 较“十三五”末, 0 if none.
std::size_t year_compared_with(std::u32string_view words) {
  std::size_t length = 0;
  for (const std::u32string_view word : {U"较", U"比"}) {
    if (words.starts_with(word)) length = word.size();
  }
  if (length == 0) return 0;
  const auto rest = words.substr(length);
  // 较上年（356件）, 较上年末的1,186名: the year before, said as a period.
  for (const std::u32string_view period :
       {U"上年同期", U"去年同期", U"上年度", U"上年末", U"上年底", U"去年底", U"上一年", U"上年", U"去年"}) {
    if (rest.starts_with(period)) return length + period.size();
  }
  const auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  if (rest.size() >= 5 && rest[4] == U'年' && std::all_of(rest.begin(), rest.begin() + 4, digit)) {
    length += 5;
    for (const std::u32string_view end : {U"同期", U"年底", U"底", U"末", U"度"}) {
      if (words.substr(length).starts_with(end)) return length + end.size();
    }
    return length;
  }
  const std::size_t plans_end = plans_end_length(rest);
  return plans_end == 0 ? 0 : length + plans_end;
}

// Words before a figure that say it was done in a period, or in the whole year: 2025年, 全年, 今年.
std::size_t time_done_in(std::u32string_view words) {
  for (const std::u32string_view year : {U"全年", U"今年", U"本年", U"当年", U"年内"}) {
    if (words.starts_with(year)) return year.size();
  }
  const auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  if (words.size() >= 5 && words[4] == U'年' && std::all_of(words.begin(), words.begin() + 4, digit)) {
    return words.substr(5).starts_with(U"度") ? 6 : 5;
  }
  return 0;
}

// 比“十三五”末的2020年（94件）, 较2020年（97件）: a figure in a bracket right after the year its clause compares with.
bool in_a_bracket_after_a_comparison(std::u32string_view text, std::size_t start) {
  if (start == 0 || (text[start - 1] != U'（' && text[start - 1] != U'(')) return false;
  constexpr std::size_t kLongestComparison = 16;  // 比“十三五”末的2020年
  std::size_t clause = start - 1;
  while (clause > 0 && start - 1 - clause < kLongestComparison &&
         std::u32string_view(U"，,；;。\n").find(text[clause - 1]) == std::u32string_view::npos) {
    --clause;
  }
  const auto words = text.substr(clause, start - 1 - clause);
  const auto compared = words.find_first_of(U"较比");
  return compared != std::u32string_view::npos && year_compared_with(words.substr(compared)) > 0;
}

// Whether a figure is named by nothing but the year its clause compares with: 比2024年的468件 (named 比2024年),
// 较上年（356件） (named by nothing, in a bracket after the comparison).
bool named_only_by_a_comparison(std::u32string_view text, std::size_t start, std::u32string_view indicator) {
  if (indicator.empty()) return in_a_bracket_after_a_comparison(text, start);
  const std::size_t compared = year_compared_with(indicator);
  return compared > 0 && (compared == indicator.size() || indicator.substr(compared) == U"的");
}

// The words a clause opens with before its comparison, when a bracket after it holds the earlier figure (查处案件数
// 较上年（356件）: 查处案件数); empty when the clause opens with the comparison or holds figures or changes before it.
std::u32string subject_before_the_comparison(std::u32string_view text, std::size_t start) {
  constexpr std::size_t kLongestClause = 24;
  std::size_t clause = start - 1;
  while (clause > 0 && start - 1 - clause < kLongestClause &&
         std::u32string_view(U"，,；;。！？!?\n").find(text[clause - 1]) == std::u32string_view::npos) {
    --clause;
  }
  if (clause > 0 && std::u32string_view(U"，,；;。！？!?\n").find(text[clause - 1]) == std::u32string_view::npos) {
    return {};
  }
  const auto words = text.substr(clause, start - 1 - clause);
  const auto compared = words.find_first_of(U"较比");
  if (compared == std::u32string_view::npos || compared < 2) return {};
  const auto subject = words.substr(0, compared);
  constexpr std::u32string_view kNoName = U"0123456789０１２３４５６７８９%％同增减降升提（）()";
  if (subject.find_first_of(kNoName) != std::u32string_view::npos) return {};
  return std::u32string(subject);
}

// The measure an earlier figure's name gives before the period it is compared with (行政执法人员较上年末 →
// 行政执法人员, 办件量比上年 → 办件量); empty when the name ends otherwise or leaves fewer than two characters.
std::u32string measure_compared(std::u32string_view indicator) {
  const auto compared = indicator.find_last_of(U"较比");
  if (compared == std::u32string_view::npos || compared < 2) return {};
  std::u32string_view tail = indicator.substr(compared);
  const std::size_t period = year_compared_with(tail);
  if (period == 0) return {};
  tail.remove_prefix(period);
  if (tail.starts_with(U"的")) tail.remove_prefix(1);
  if (!tail.empty()) return {};
  const auto measure = indicator.substr(0, compared);
  if (measure.find_first_of(U"0123456789%同增减降升提") != std::u32string_view::npos) return {};
  return std::u32string(measure);
}

// Whether the bracket before `start` closes a comparison that opens its sentence: 。比“十三五”末的2020年（94件）.
bool opens_a_sentence_with_a_comparison(std::u32string_view text, std::size_t start) {
  constexpr std::size_t kLongestComparison = 16;  // 比“十三五”末的2020年
  std::size_t at = start - 1;
  while (at > 0 && start - 1 - at < kLongestComparison &&
         std::u32string_view(U"，,；;。！？!?\n").find(text[at - 1]) == std::u32string_view::npos) {
    --at;
  }
  return at > 0 && std::u32string_view(U"。！？!?").find(text[at - 1]) != std::u32string_view::npos &&
         (text[at] == U'较' || text[at] == U'比');
}

}  // namespace

// …累计开展普法活动386场次，覆盖群众11.5万人次；2025年开展79场次 and …累计举办法治讲座210场。全年举办52场: a bare deed
// after a year or 全年 names what the nearest figure of its unit before it, in its sentence or the one before,
// counted (开展普法活动, 举办法治讲座): the year's share of a total over several years, said without repeating it.
void MetricsAnalysis::name_bare_deeds_of_a_period(std::vector<Metric>& metrics, std::u32string_view text) const {
  constexpr std::u32string_view kSentenceEnds = U"。！？；;!?";
  constexpr std::size_t kLongestClause = 8;  // 2025年度开展
  for (std::size_t i = 1; i < metrics.size(); ++i) {
    Metric& bare = metrics[i];
    if (!bare.indicator.empty()) continue;
    std::size_t clause = bare.start;
    while (clause > 0 && bare.start - clause <= kLongestClause &&
           std::u32string_view(U"，,；;。！？!?\n").find(text[clause - 1]) == std::u32string_view::npos) {
      --clause;
    }
    auto words = text.substr(clause, bare.start - clause);
    const std::size_t time = time_done_in(words);
    if (time == 0) continue;
    words.remove_prefix(time);
    if (words.starts_with(U"共")) words.remove_prefix(1);
    if (std::find(std::begin(detail::kDeedsDoneMoreOrLess), std::end(detail::kDeedsDoneMoreOrLess), words) ==
        std::end(detail::kDeedsDoneMoreOrLess)) {
      continue;
    }
    // Where the sentence before begins, no farther back than a long sentence's length: a text without sentence ends
    // must not make every figure look back to its start.
    constexpr std::size_t kFarthest = 400;
    std::size_t floor = bare.start;
    for (int sentence_ends = 0; floor > 0 && bare.start - floor < kFarthest && text[floor - 1] != U'\n'; --floor) {
      if (kSentenceEnds.find(text[floor - 1]) != std::u32string_view::npos && ++sentence_ends > 1) break;
    }
    for (std::size_t k = i; k-- > 0;) {
      const Metric& before = metrics[k];
      if (before.end > bare.start) continue;
      if (before.end < floor) break;
      if (before.unit != bare.unit || before.indicator.empty()) continue;
      const std::u32string named = decode_utf8(before.indicator);
      const auto deed = named.find(words);
      // A name without the deed (累计开展普法活动386场次 is named 普法活动) takes it only when the text says the same
      // deed right before that name: 受理行政复议申请52件 and 全年办理49件 tell of different deeds.
      std::u32string indicator = deed == std::u32string::npos ? std::u32string(words) + named : named.substr(deed);
      const std::size_t lead = std::min<std::size_t>(before.start, indicator.size() + kLongestClause);
      if (indicator.size() <= words.size() + 1 ||
          (deed == std::u32string::npos &&
           text.substr(before.start - lead, lead).find(indicator) == std::u32string_view::npos)) {
        break;
      }
      bare.code = taxonomy_.code_for(indicator, decode_utf8(bare.unit));
      bare.indicator = encode_utf8(indicator);
      break;
    }
  }
}

// 上年为26.12亿元, 上年分别为15起和12人: a figure of the earlier period that only the period names counts what the
// nearest current figure of its unit before it in the sentence counts; so does one named by the year it is compared
// with (较2020年的97件, 比“十三五”末的2020年（94件）): the same measure, then.
void MetricsAnalysis::name_earlier_figures(std::vector<Metric>& metrics, std::u32string_view text) const {
  static constexpr std::u32string_view kPeriods[] = {U"上年同期", U"去年同期", U"上年度", U"上一年",
                                                     U"上年",     U"去年",     U"同期",   U"上期"};
  static constexpr std::u32string_view kLinks = U"分别为是均共的达";
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    Metric& earlier = metrics[i];
    if (earlier.role != role::previous) continue;
    const std::u32string indicator = decode_utf8(earlier.indicator);
    std::u32string_view rest = indicator;
    for (const auto period : kPeriods) {
      if (rest.starts_with(period)) {
        rest.remove_prefix(period.size());
        break;
      }
    }
    rest.remove_prefix(year_compared_with(rest));
    const bool named_by_nothing = indicator.empty() && in_a_bracket_after_a_comparison(text, earlier.start);
    // 行政执法人员下降为1,112名，较上年末的1,186名: named by its measure and the period compared with, it is a
    // level of that measure and keeps the measure's code (as 较2022年末的60人 does), though 较上年 reads as a change.
    if (const std::u32string measure = measure_compared(indicator); !measure.empty()) {
      if (earlier.code.empty()) earlier.code = taxonomy_.code_for(measure, decode_utf8(earlier.unit));
      continue;
    }
    if (rest.size() == indicator.size() && !named_by_nothing) continue;  // named by more than a period
    while (!rest.empty() && kLinks.find(rest.front()) != std::u32string_view::npos) rest.remove_prefix(1);
    if (rest.size() >= 2) continue;
    // 全年调解矛盾纠纷126件，其中…。比“十三五”末的2020年（94件）增加32件: a sentence that opens with the comparison
    // compares the whole the sentence before counted (not one of its parts).
    const bool opens_its_sentence = named_by_nothing && opens_a_sentence_with_a_comparison(text, earlier.start);
    // No farther back than a long sentence's length (and the sentence before, for one opening with the comparison):
    // a text without sentence ends must not make every earlier figure look back to its start.
    constexpr std::size_t kFarthest = 400;
    const std::size_t floor = earlier.start > kFarthest * (opens_its_sentence ? 2 : 1)
                                  ? earlier.start - kFarthest * (opens_its_sentence ? 2 : 1)
                                  : 0;
    bool renamed = false;
    for (std::size_t k = i; k-- > 0 && metrics[k].start >= floor;) {
      const Metric& current = metrics[k];
      const auto between = text.substr(current.end, earlier.start - std::min(earlier.start, current.end));
      auto sentence_ends = between.find_first_of(U"。！？；;!?\n");
      // 罚没款23.4万元；上年分别为31件和18.2万元: a clause after one ； that the period alone opens is of the clause
      // before it.
      if (sentence_ends != std::u32string_view::npos && !named_by_nothing &&
          between.find_first_of(U"。！？；;!?\n", sentence_ends + 1) == std::u32string_view::npos &&
          (between[sentence_ends] == U'；' || between[sentence_ends] == U';') &&
          text.substr(current.end + sentence_ends + 1).starts_with(indicator)) {
        sentence_ends = std::u32string_view::npos;
      }
      if (sentence_ends != std::u32string_view::npos &&
          (!opens_its_sentence || between.find(U'\n') != std::u32string_view::npos ||
           between.find_first_of(U"。！？；;!?", sentence_ends + 1) != std::u32string_view::npos)) {
        break;
      }
      if (sentence_ends != std::u32string_view::npos && current.role == role::part) continue;
      if (current.role == role::previous || current.role == role::change || current.unit != earlier.unit) continue;
      earlier.indicator = current.indicator;
      earlier.code = current.code;
      renamed = true;
      break;
    }
    // 查处案件数较上年（356件）减少44件: with no current figure before it in its sentence, the words its clause
    // opens with before the comparison name it.
    if (!renamed && named_by_nothing) {
      if (const std::u32string subject = subject_before_the_comparison(text, earlier.start); !subject.empty()) {
        earlier.indicator = encode_utf8(subject);
        earlier.code = taxonomy_.code_for(subject, decode_utf8(earlier.unit));
        // …减少44件 right after the bracket is the change of what the clause opens with: 查处案件数减少.
        if (i + 1 < metrics.size() && metrics[i + 1].role == role::change &&
            changed_in_sentence(text, earlier.end, metrics[i + 1].start) &&
            is_a_bare_direction(decode_utf8(metrics[i + 1].indicator))) {
          metrics[i + 1].indicator = encode_utf8(subject + decode_utf8(metrics[i + 1].indicator));
        }
      }
    }
  }
}

// A bare number in a table cell takes its unit, and its indicator, from the row or column header that
// names a unit in brackets (人民调解案件（件）), a 单位 column, or the unit the table declares (单位：件 above it,
// in its corner or in a first row across it). A figure a cell writes with its unit (64件) takes its indicator
// from the row's header.
void MetricsAnalysis::add_table_cell_metrics(Document& document, const std::u32string& text,
                                             const SectionIndex& sections) const {
  std::map<std::tuple<int, int, int>, const Block*> cells;
  std::map<int, std::size_t> first_block_of_table;  // index into document.blocks
  for (std::size_t b = 0; b < document.blocks.size(); ++b) {
    const Block& block = document.blocks[b];
    if (block.kind == BlockKind::table_cell && block.table && block.row && block.column) {
      cells[{*block.table, *block.row, *block.column}] = &block;
      first_block_of_table.try_emplace(*block.table, b);
    }
  }
  if (cells.empty()) return;  // no table: nothing to name, and no index of a long report's figures to build
  const auto block_text = [&](const Block& block) { return text.substr(block.start, block.end - block.start); };
  const auto cell_text = [&](int table, int row, int column) -> std::u32string {
    const auto found = cells.find({table, row, column});
    return found == cells.end() ? std::u32string() : block_text(*found->second);
  };
  const auto whole_unit = [&](std::u32string_view cell) -> std::u32string {
    const auto match = units_.match(cell, 0);
    return match && match->length == cell.size() ? match->unit : std::u32string();
  };
  // A unit as a table names it: 件, %, or a multiple of one (万元 is 元 ×10,000, 万人次), or none.
  const auto table_unit = [&](std::u32string_view written) -> std::optional<TableUnit> {
    while (!written.empty() && written.front() == U' ') written.remove_prefix(1);
    while (!written.empty() && written.back() == U' ') written.remove_suffix(1);
    if (written == U"%" || written == U"％") return TableUnit{U"%", 1};
    double factor = 1;
    for (const auto& [multiplier, times] : {std::pair{std::u32string_view(U"亿"), 1e8},
                                            {U"千万", 1e7},
                                            {U"百万", 1e6},
                                            {U"十万", 1e5},
                                            {U"万", 1e4},
                                            {U"千", 1e3}}) {
      if (written.starts_with(multiplier) && written.size() > multiplier.size()) {
        written.remove_prefix(multiplier.size());
        factor = times;
        break;
      }
    }
    if (auto unit = whole_unit(written); !unit.empty()) return TableUnit{std::move(unit), factor};
    return std::nullopt;
  };
  // A column headed by the unit it counts in: the unit alone (场次, 件), the unit with 数 (份数, 件数, 参训人数), or
  // a unit of two or more characters ending a name (举办场次, 参与人次, 办结工作日). A one-character unit ending a
  // word without 数 is left alone: 法治讲座, 培训干部, 办理时间 end in 座, 部, 间 but count nothing in them.
  const auto unit_word_ending = [&](std::u32string_view header) -> std::optional<TableUnit> {
    const bool counted = header.size() >= 2 && header.back() == U'数';
    if (counted) header.remove_suffix(1);
    for (std::size_t at = 0; at < header.size(); ++at) {
      const auto match = units_.match(header, at);
      if (!match || at + match->length != header.size()) continue;
      if (at == 0 || counted || match->length >= 2) return TableUnit{match->unit, match->factor};
    }
    return std::nullopt;
  };
  // A header that names nothing but its unit (场次, 人次, 件数, 份数): it adds nothing to a row's name.
  const auto only_a_unit = [&](std::u32string_view header) {
    if (header.size() >= 2 && header.back() == U'数') header.remove_suffix(1);
    const auto match = units_.match(header, 0);
    return match && match->length == header.size();
  };
  // 人民调解案件（件） → 人民调解案件 and 件; a bracket that names no unit (案件（含诉前）) is part of the name.
  const auto header_unit = [&](std::u32string_view header) -> std::pair<std::u32string, std::optional<TableUnit>> {
    const auto [named, written] = split_header_unit(header);
    if (auto unit = table_unit(written); unit && !written.empty()) return {named, unit};
    if (auto unit = unit_word_ending(header)) return {std::u32string(header), unit};
    return {std::u32string(header), std::nullopt};
  };
  // 单位：件, （单位：件）, 计量单位:万元, and the same at the end of a sentence introducing the table (各部门执法
  // 情况如下（单位：件）：).
  const auto declared_unit = [&](std::u32string_view line) -> std::optional<TableUnit> {
    for (const std::u32string_view label : {U"计量单位", U"单位"}) {
      auto at = line.rfind(label);
      if (at == std::u32string_view::npos) continue;
      const bool whole_line = line.substr(0, at).find_first_not_of(U" （(") == std::u32string_view::npos;
      // 填报单位：河西区司法局　单位：件: a field of its own after spaces, as a statistics form's caption sets it.
      const bool own_field =
          at > 0 && std::u32string_view(U"（( \u3000").find(line[at - 1]) != std::u32string_view::npos;
      if (!whole_line && !own_field) return std::nullopt;
      std::u32string_view rest = line.substr(at + label.size());
      if (rest.empty() || (rest.front() != U'：' && rest.front() != U':')) return std::nullopt;
      rest.remove_prefix(1);
      rest = rest.substr(0, rest.find_first_of(U"）)，,；;。：:"));
      // 单位：件、万元: the rows naming 万元 say so (罚没款（万元）); the others count in the first unit listed.
      if (const auto listed = rest.find_first_of(U"、/／"); listed != std::u32string_view::npos) {
        rest = rest.substr(0, listed);
      }
      return table_unit(rest);
    }
    return std::nullopt;
  };
  // A caption that ends in a unit alone in brackets (2024年行政复议案件统计表（件）, 各部门执法情况（件）：): the unit
  // of the table's bare numbers, as 单位：件 would declare it. A bracket holding anything else (（2024年）, （含诉前）)
  // is none.
  const auto caption_unit = [&](std::u32string_view line) -> std::optional<TableUnit> {
    if (auto unit = declared_unit(line)) return unit;
    while (!line.empty() && std::u32string_view(U" \u3000：:").find(line.back()) != std::u32string_view::npos) {
      line.remove_suffix(1);
    }
    if (line.empty() || (line.back() != U'）' && line.back() != U')')) return std::nullopt;
    const auto open = line.find_last_of(U"（(");
    if (open == std::u32string_view::npos || open == 0) return std::nullopt;
    const std::u32string_view inside = line.substr(open + 1, line.size() - open - 2);
    if (inside.empty()) return std::nullopt;
    return table_unit(inside);
  };
  const auto report_year = parse_report_year(document.metadata.get("year"));
  struct Layout {
    int header_row = 0;
    int last_header_row = 0;               // a header of two levels ends a row below header_row
    std::map<int, std::u32string> titles;  // by column: both levels' names (案件数简易程序（件）)
    std::optional<TableUnit> unit;         // declared for the whole table
    std::optional<int> unit_column;        // a column headed 单位
  };
  std::map<int, Layout> layouts;
  // A table of labels beside their figures (行政复议收案 | 14件, 超限检测（车次） | 3,580) has no header: its first row
  // is one of its figures, a label and figures (none of them a year heading a column) right of it. A serial number
  // before the label (1 | 行政复议收案 | 14件) numbers the row: the label is the cell after it.
  std::set<std::pair<std::size_t, std::size_t>> figures_read;
  for (const auto& metric : document.metrics) figures_read.emplace(metric.start, metric.end);
  const auto holds_figures = [&](int table, int row) {
    bool any = false;
    const bool numbered = is_serial_number(cell_text(table, row, 0)) && cells.contains({table, row, 1});
    const int label_column = numbered ? 1 : 0;
    for (auto it = cells.lower_bound({table, row, label_column});
         it != cells.end() && std::get<0>(it->first) == table && std::get<1>(it->first) == row; ++it) {
      const std::u32string content = block_text(*it->second);
      const bool label = std::get<2>(it->first) == label_column;
      if (!label && opens_a_breakdown(content)) continue;  // 律师（人） | 46 | 其中女律师 | 18: words between figures
      const auto value = bare_number(content);
      const bool a_year = value && a_year_number(*value);
      const bool a_figure = (value && !a_year) || figures_read.contains({it->second->start, it->second->end});
      if (label == (a_figure || content.empty() || value.has_value())) return false;
      any = any || a_figure;
    }
    return any;
  };
  const auto cells_in_row = [&](int table, int row) {
    int count = 0;
    for (auto it = cells.lower_bound({table, row, 0});
         it != cells.end() && std::get<0>(it->first) == table && std::get<1>(it->first) == row; ++it) {
      ++count;
    }
    return count;
  };
  // A row of figures and nothing else, two cells or more (36 | 1247 | 12 | 3 | 1298 under 警告 | 罚款 | … | 合计):
  // it has no label, and its first cell is a figure its column header names, as a year is not (2023 | 57 | 64).
  const auto only_figures_in = [&](int table, int row) {
    int count = 0;
    for (auto it = cells.lower_bound({table, row, 0});
         it != cells.end() && std::get<0>(it->first) == table && std::get<1>(it->first) == row; ++it) {
      const std::u32string content = block_text(*it->second);
      const auto value = bare_number(content);
      if (!says_none(content) && (!value || (std::get<2>(it->first) == 0 && a_year_number(*value)))) return false;
      ++count;
    }
    return count >= 2;
  };
  for (const auto& [table, first] : first_block_of_table) {
    Layout& layout = layouts[table];
    int columns = 0;
    for (auto it = cells.lower_bound({table, 0, 0}); it != cells.end() && std::get<0>(it->first) == table; ++it) {
      columns = std::max(columns, std::get<2>(it->first) + 1);
    }
    // A first row of one cell spanning the table is its caption (a title, 填报单位：…　单位：件, 单位：件): it may
    // declare the unit, and the headers are the row below it.
    const bool caption_row = columns > 1 && cells_in_row(table, 0) == 1;
    if (const auto unit = caption_row ? caption_unit(cell_text(table, 0, 0)) : declared_unit(cell_text(table, 0, 0))) {
      layout.unit = unit;
    }
    if (columns > 1 && cells_in_row(table, 0) == 1 && !cell_text(table, 0, 0).empty() && cells_in_row(table, 1) > 1) {
      layout.header_row = 1;
    }
    if (const auto unit = declared_unit(cell_text(table, layout.header_row, 0))) layout.unit = unit;
    // The paragraph right above the table (set flush right, as GB/T 9704's tables are).
    if (first > 0 && document.blocks[first - 1].kind != BlockKind::table_cell) {
      if (const auto unit = caption_unit(block_text(document.blocks[first - 1]))) layout.unit = unit;
    }
    // A cell spanning columns over the cells that divide it (案件数（件） over 一般程序 | 简易程序): every column
    // under it takes its unit and both names.
    if (holds_figures(table, layout.header_row)) {
      layout.header_row = layout.last_header_row = layout.header_row - 1;
      continue;
    }
    const int in_table = table;
    auto headers = column_headers([&](int row, int column) { return cell_text(in_table, row, column); },
                                  layout.header_row, columns);
    layout.last_header_row = headers.last_row;
    layout.titles = std::move(headers.titles);
  }
  for (const auto& [key, block] : cells) {
    const auto [table, row, column] = key;
    const std::u32string header = block_text(*block);
    Layout& layout = layouts[table];
    if (row == layout.header_row && (header == U"单位" || header == U"计量单位")) layout.unit_column = column;
  }
  // A column of the evidence a task was done (完成情况 | 佐证材料: 会议记录4份, 案卷38卷) repeats what the row's
  // result says in figures of the files kept: its figures count no work.
  std::vector<std::pair<std::size_t, std::size_t>> evidence;
  for (const auto& [key, block] : cells) {
    const auto [table, row, column] = key;
    const Layout& layout = layouts[table];
    if (row <= layout.last_header_row || column == 0) continue;
    const auto titled = layout.titles.find(column);
    const std::u32string title =
        titled != layout.titles.end() ? titled->second : cell_text(table, layout.header_row, column);
    for (const std::u32string_view kind : {U"佐证", U"证明材料", U"印证材料", U"支撑材料"}) {
      if (title.find(kind) != std::u32string::npos) evidence.emplace_back(block->start, block->end);
    }
  }
  std::sort(evidence.begin(), evidence.end());
  std::erase_if(document.metrics, [&](const Metric& metric) {
    const auto after = std::upper_bound(evidence.begin(), evidence.end(), std::pair{metric.start, std::size_t(-1)});
    return after != evidence.begin() && metric.end <= std::prev(after)->second;
  });
  // Figures the running text already read in cells that hold nothing else (64件). The table's own figures are
  // added after the loop, so these stay where they are.
  std::map<std::size_t, Metric*> read_in_cells;
  for (auto& metric : document.metrics) read_in_cells.emplace(metric.start, &metric);
  // The cells of a row left of a figure, in order: a cell merged down (absent) continues the cells left of it
  // merged down (a category over several rows); once the row has a label of its own, a missing cell to its right
  // is spanned by it (合计 across two columns), not merged down from the row above. A serial number (序号 | 类别 |
  // …) is no label.
  struct RowWords {
    int column = 0;
    std::u32string text;
    bool a_figure = false;  // a figure or a cell that says none: a place of the row's figures, no name
  };
  const auto row_words_left_of = [&](int table, int row, int column) {
    const int first_row = layouts[table].last_header_row + 1;
    std::vector<RowWords> words_left;
    bool own_label = false;
    for (int left = 0; left < column; ++left) {
      int from = row;
      while (!own_label && from > first_row && !cells.contains({table, from, left})) --from;
      const auto cell = cells.find({table, from, left});
      if (cell == cells.end()) continue;
      const std::u32string words = block_text(*cell->second);
      const auto figure_there = read_in_cells.find(cell->second->start);
      // A signed cell (+66 under 增减) is a figure, or no figure, but never a name: its sign belongs to it.
      const bool a_figure = bare_number(words, /*signed_changes=*/true).has_value() || says_none(words) ||
                            (figure_there != read_in_cells.end() && figure_there->second->end == cell->second->end);
      own_label = own_label || (from == row && !a_figure);
      words_left.push_back({left, words, a_figure});
    }
    return words_left;
  };
  // Verbs a figure of a sentence in a cell may be named by alone (行政复议 | 受理12件，办结11件): the stages of
  // handling and the deeds of a case or a dispute, which name no object; 资料, 案件 are objects.
  constexpr std::u32string_view kVerbsWithoutObject[] = {U"收到", U"受理", U"办理", U"办结", U"审结", U"立案",
                                                         U"结案", U"化解", U"排查", U"接待", U"审查", U"查处"};
  std::map<std::pair<int, int>, std::vector<TableUnit>> units_above;  // by table and column: the units read so far
  std::vector<Metric> added;
  for (const auto& [key, block] : cells) {
    const auto [table, row, column] = key;
    const Layout& layout = layouts[table];
    // A row's header is no figure, nor is a number in a column of serial numbers or years (序号 | 年度 | …). The
    // first column holds figures only under a header cell spanning it (行政处罚实施数量（宗） over 警告 | 罚款 | …)
    // or in a row of nothing but figures under a header row (准予许可 | 不予许可 | 合计（宗） over 512 | 18 | 528).
    if (row < layout.header_row) continue;
    if (column == 0 && !layout.titles.contains(0) && (row <= layout.last_header_row || !only_figures_in(table, row))) {
      continue;
    }
    if (row > layout.header_row && row <= layout.last_header_row) continue;  // a header's second level
    const auto titled = layout.titles.find(column);
    const std::u32string column_title =
        titled != layout.titles.end() ? titled->second : cell_text(table, layout.header_row, column);
    if (column_title == U"序号" || column_title == U"编号" || column_title == U"年度" || column_title == U"年份")
      continue;
    // What is counted: the row's words left of the figure (行政复议 under 数量（件）; 行政复议 | 受理 | 64件, a
    // category merged down from a row above), unless they name a year (2024年 | 120 under 人民调解案件（件）) or
    // there are none; then the column's.
    const auto words_left = row_words_left_of(table, row, column);
    // The row's label, whose bracket may name the unit (人民调解（件）): its rightmost words left of the figure,
    // not the serial number or the category a 序号 or 类别 column sets before it (1 | 人民调解（件） | 412).
    // A category's bracket counts when the item's names no unit (案件（件） merged down | 行政处罚 | 54).
    const auto a_name = [&](const RowWords& words) { return !words.a_figure && !table_unit(words.text); };
    // Whether the row's words (its label, or a category or a year merged down beside it, past a serial number) say
    // something of all its figures: 2023年 | 57, 1 | 2023年 | 57, 3 | 增减 | +7.
    const auto row_says = [&](const auto& says) {
      return std::any_of(words_left.begin(), words_left.end(),
                         [&](const RowWords& words) { return a_name(words) && says(words.text); });
    };
    // A column of an earlier year (2023年 | 2024年 in a 2024 report, 上年) holds figures of that period.
    auto years = years_written(column_title);
    if (const auto year = bare_year(column_title); years.empty() && year) years.push_back(*year);
    const bool earlier =
        (!years.empty() && report_year && years.front() < *report_year) || column_title.starts_with(U"上年") ||
        column_title.starts_with(U"去年") ||
        (report_year && row_says([&](std::u32string_view words) { return row_of_a_year_before(words, *report_year); }));
    // A column or a row of changes (增减, 同比增减, 较上年, 增长率) holds differences from that period, not counts,
    // signed or not.
    const bool changes = !earlier && (names_changes(column_title) ||
                                      row_says([](std::u32string_view words) { return names_changes(words); }));
    const std::u32string content = block_text(*block);
    const auto value = bare_number(content, changes);
    const auto read = read_in_cells.find(block->start);
    const bool read_whole = read != read_in_cells.end() && read->second->end == block->end;
    auto label = std::find_if(words_left.rbegin(), words_left.rend(),
                              [&](const RowWords& words) { return a_name(words) && header_unit(words.text).second; });
    if (label == words_left.rend()) label = std::find_if(words_left.rbegin(), words_left.rend(), a_name);
    const std::u32string row_header = label == words_left.rend() ? std::u32string() : label->text;
    const auto [row_named, row_unit] = header_unit(row_header);
    std::u32string row_name;
    for (const RowWords& words : words_left) {
      if (!a_name(words)) continue;  // a serial number, a figure, or a 单位 column's 件
      row_name += label != words_left.rend() && words.column == label->column && row_unit ? row_named : words.text;
    }
    // A cell opening with 其中 left of the figure (律师（人） | 46 | 其中女律师 | 18) breaks the row's figure before it
    // down: the figure is named by the cell's own words, after the row's name unless they hold it (女律师;
    // 基层法律服务工作者 | 21 | 其中女性 | 9 → 基层法律服务工作者女性).
    const auto rightmost = std::find_if(words_left.rbegin(), words_left.rend(), a_name);
    const bool after_a_figure =
        rightmost != words_left.rend() &&
        std::any_of(std::next(rightmost), words_left.rend(), [](const RowWords& words) { return words.a_figure; });
    if (after_a_figure && opens_a_breakdown(rightmost->text)) {
      std::u32string before;
      for (const RowWords& words : words_left) {
        if (!a_name(words) || words.column == rightmost->column) continue;
        before += label != words_left.rend() && words.column == label->column && row_unit ? row_named : words.text;
      }
      const std::u32string own = words_of_a_breakdown(rightmost->text);
      row_name = before.empty() || own.find(before) != std::u32string::npos ? own : before + own;
    }
    const bool row_names_it = !row_name.empty() && years_written(row_name).empty();
    if (!value && !read_whole) {
      // Words, or sentences (开展普法活动 | 全年开展宣传活动126场; 行政复议 | 受理12件，办结11件) whose figures were
      // read as running text: one named by nothing but a verb (受理, 办结) is of what its row names (行政复议受理).
      if (row > layout.last_header_row && row_names_it) {
        for (auto it = read_in_cells.lower_bound(block->start); it != read_in_cells.end() && it->first < block->end;
             ++it) {
          Metric& figure = *it->second;
          const std::u32string verb = decode_utf8(figure.indicator);
          if (figure.end > block->end || std::ranges::find(kVerbsWithoutObject, verb) == std::end(kVerbsWithoutObject))
            continue;
          const std::u32string named = row_name + verb;
          figure.indicator = encode_utf8(named);
          figure.code = taxonomy_.code_for(named, decode_utf8(figure.unit));
        }
      }
      continue;
    }
    if (!value) {
      // A figure with its own unit (64件, 97.8%) is named as the table's bare numbers are: the words around a
      // cell on its own are no clause of it (邻里纠纷 | 138 | 135 | 97.8% under …| 调解成功率).
      if (row > layout.last_header_row && row_names_it) {
        const std::u32string column_named = header_unit(column_title).first;
        const std::u32string_view measure = without_a_year_above(column_named);
        const std::u32string named =
            names_a_measure(measure) && !only_a_unit(measure) ? row_and_measure(row_name, measure) : row_name;
        read->second->indicator = encode_utf8(named);
        read->second->code = taxonomy_.code_for(named, decode_utf8(read->second->unit));
      }
      if (row > layout.last_header_row && earlier) read->second->role = role::previous;  // kept by assign_roles
      if (row > layout.last_header_row && changes) read->second->role = role::change;    // kept by assign_roles
      continue;
    }
    // A year heading a column (2023 | 2024) is no figure.
    if (row == layout.header_row && a_year_number(*value)) continue;
    // The unit: the row's header (人民调解案件（件）), the column's (数量（件）), the row's 单位 cell, the table's
    // corner (指标（件） over year columns), the unit the table declares.
    const auto [column_named, column_unit] = header_unit(column_title);
    auto unit = row_unit ? row_unit : column_unit;
    // A column in percent (同比增减（%）, 增幅（%）, 占比（%）) holds percentages whatever its rows count
    // (罚款金额（万元） | 268.4 | 301.5 | -11.0), and so does a column of changes named as a rate (增长率, 增幅).
    if (column_unit && column_unit->unit == U"%") unit = column_unit;
    if (!column_unit && changes && names_a_rate_of_change(column_title)) unit = TableUnit{U"%", 1};
    if (!row_unit && names_changes(row_header) && names_a_rate_of_change(row_header)) unit = TableUnit{U"%", 1};
    if (!unit && layout.unit_column) unit = table_unit(cell_text(table, row, *layout.unit_column));
    // The corner names a unit (指标（件） over year columns); one that is nothing but a unit word (村, 乡镇) most often
    // heads the rows' names (村 | 调解纠纷 | … over 上寨, 下寨), so the unit the table declares comes first then.
    const std::u32string corner = cell_text(table, layout.header_row, 0);
    if (!unit && !only_a_unit(corner)) unit = header_unit(corner).second;
    if (!unit) unit = layout.unit;
    if (!unit) unit = header_unit(corner).second;
    // A total row naming no unit (合计 | 288 | 335) counts in the unit its column's rows above count in, when they
    // name one and the same (行政处罚（件）, 行政许可（件）).
    if (!unit && heads_a_total(row_header)) unit = the_one_unit(units_above[{table, column}]);
    if (!unit) continue;
    units_above[{table, column}].push_back(*unit);
    std::u32string indicator = row_unit ? row_named : column_named;
    // A table of departments by measures names a figure by both: 市场监管局 | 行政检查（件）.
    if (row_names_it) {
      const std::u32string_view measure = without_a_year_above(column_named);
      indicator = names_a_measure(measure) && !only_a_unit(measure) ? row_and_measure(row_name, measure) : row_name;
      // 律师（人） | 46 | 28 | 18 under 人数 | 男 | 女: 男律师, 女律师.
      if (const auto half = half_named_by(column_named); !half.empty()) indicator = std::u32string(half) + row_name;
    }
    Metric metric;
    std::tie(metric.section, metric.part) = place_of(sections, block->start);
    metric.indicator = encode_utf8(indicator);
    metric.code = taxonomy_.code_for(indicator, unit->unit);
    metric.value = multiplied_exactly(*value, content, unit->factor);
    metric.unit = encode_utf8(unit->unit);
    metric.text = encode_utf8(content);
    metric.start = block->start;
    metric.end = block->end;
    if (earlier) metric.role = role::previous;  // kept by assign_roles
    if (changes) metric.role = role::change;    // kept by assign_roles
    added.push_back(std::move(metric));
  }
  document.metrics.insert(document.metrics.end(), std::make_move_iterator(added.begin()),
                          std::make_move_iterator(added.end()));
}

}  // namespace docpipe::metrics
