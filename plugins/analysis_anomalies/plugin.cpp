// The descriptor of analysis.anomalies. Every rule can be switched off, re-leveled or re-tuned per county.
#include <iterator>

#include "anomaly_flagger.hpp"
#include "docpipe/descriptor.hpp"
#include "rule_ids.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"disabled_rules", docpipe::ParameterType::string_list, "", "rule ids to switch off"},
    {"severities", docpipe::ParameterType::string_list, "",
     "rule=info|warning|error, overriding a rule's default severity"},
    {"rate_tolerance", docpipe::ParameterType::number, "0.5",
     "rate-mismatch: allowed difference, in units of the last digit the report states (0.5: 93% allows 92.5-93.5)"},
    {"publication_deadline", docpipe::ParameterType::string, "04-01",
     "late-publication: MM-DD in the year after the report year (规定: made public before 1 April)"},
    {"required_parts", docpipe::ParameterType::string_list, "achievements;shortcomings;leadership;plan",
     "missing-section: report parts that must be present"},
    {"part_mentions", docpipe::ParameterType::string_list,
     "achievements=主要举措|主要做法|工作成效|取得成效|一是|全年共;"
     "leadership=第一责任人|述法|主要负责人|主要领导亲自|主要领导带头|主要领导履行|主要领导切实履行;"
     "shortcomings=存在问题|存在的问题|存在的不足|不足之处|存在一些不足|还存在|仍存在|短板;"
     "plan=下一步|下一年度|明年",
     "missing-section: words showing that the body covers a part it does not have (then only info); the plan is "
     "also mentioned by the year after the report's with 安排, 计划, 打算 or 重点 (2025年工作安排是…)"},
    {"rate_definitions", docpipe::ParameterType::string_list,
     "成功率=成功/总数|受理|排查|调解|调处;化解率=化解|调处成功/排查|上报|受理|调处|调解;调处率=调处|化解/排查|受理;"
     "办结率=办结|结案/受理|收到|申请;答复率=答复/申请|收到;合格率=合格|通过/参考|参加考试|应考;"
     "参考率=参考|参加考试/应考|应参考|应参加;出庭应诉率|出庭率=出庭/应出庭|应诉|开庭;败诉率=败诉/审结|结案|判决|一审",
     "rate-mismatch: rate=numerator keywords/denominator keywords, matched against indicators"},
    {"growth_words", docpipe::ParameterType::string_list, "增长;上升;提高;提升;增加;增幅;增速;涨幅;同比;环比;翻",
     "percent-over-100: a percentage after one of these is a growth rate, exempt"},
    {"target_words", docpipe::ParameterType::string_list,
     "完成率;执行率;完成;超额;达成率;毛入学率;毛入园率;巩固率;结案率;结收比;征缴率;收缴率;开工率;基本建成率;"
     "保值增值率;债务率;负债率;自给率;产销率;病床使用率;床位使用率",
     "percent-over-100: a percentage whose indicator has one of these measures against a target, which may be "
     "exceeded (征缴完成率103.2%, 征缴率101.6%: arrears collected; 开工率107.4%: of the year's housing target), or "
     "counts what the year before left (结案率102.7%: cases carried over; 保值增值率106.8%: equity against the year's "
     "start), or relates two amounts neither of which holds the other (债务率112.6%: debt over the year's means; "
     "病床使用率103.5%: bed-days used over beds set, extra beds added), or counts some outside its base (义务教育"
     "巩固率100.3%, 毛入学率104.0%: pupils moving in), exempt"},
    {"share_words", docpipe::ParameterType::string_list,
     "调解结案率;按期结案率;按时结案率;整改完成率;按期完成率;按时完成率;办结率;出庭应诉率;出庭率;公开率;覆盖率;"
     "合格率;知晓率;满意率;参考率;通过率;持证率;化解率;成功率",
     "percent-over-100: a percentage whose indicator has one of these is a share of the items it counts, some of its "
     "base, and never passes 100% (调解结案率 of the cases concluded, 整改完成率 of the problems found), whatever "
     "target word it holds"},
    {"approximation_round_base", docpipe::ParameterType::integer, "10",
     "approximate-precise: 余/多 on a multiple of this is a round approximation"},
    {"whole_year_words", docpipe::ParameterType::string_list,
     "全年;今年;年内;本年度;全年度;共;共计;总计;合计;一共;总共",
     "conflicting-figures: words before a figure (or opening its sentence) that make it the whole year's for the body "
     "reporting; only such figures are compared with their restatements"},
};
constexpr const char* kConsumes[] = {docpipe::layer::sections, docpipe::layer::metrics,
                                     docpipe::layer::structure_issues, nullptr};
constexpr const char* kProduces[] = {docpipe::layer::anomalies, nullptr};
constexpr const char* kRuleIds[] = {
    docpipe::anomalies::rule::part_exceeds_total,   docpipe::anomalies::rule::rate_mismatch,
    docpipe::anomalies::rule::change_mismatch,      docpipe::anomalies::rule::percent_over_100,
    docpipe::anomalies::rule::heading_sequence,     docpipe::anomalies::rule::missing_section,
    docpipe::anomalies::rule::late_publication,     docpipe::anomalies::rule::date_order,
    docpipe::anomalies::rule::year_mismatch,        docpipe::anomalies::rule::malformed_date,
    docpipe::anomalies::rule::approximate_precise,  docpipe::anomalies::rule::leftover_artifact,
    docpipe::anomalies::rule::repeated_paragraph,   docpipe::anomalies::rule::stage_exceeds_earlier,
    docpipe::anomalies::rule::conflicting_figures,  docpipe::anomalies::rule::not_a_report,
    docpipe::anomalies::rule::unfilled_placeholder, nullptr};
// As many rules declared as the flagger has defaults for (kRules), so that disabled_rules and severities may name
// every one; RuleDeclarations.EveryRuleTheFlaggerRunsIsDeclared checks the names.
static_assert(std::size(kRuleIds) == std::size(docpipe::anomalies::kRules) + 1);

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "analysis.anomalies",
    .version = "1.0.0",
    .description = "Flags what a reviewer would question: arithmetic, rates, headings, missing parts, dates",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = kConsumes,
    .produces = kProduces,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<docpipe::anomalies::AnomalyFlagger>,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::anomalies::read_rule_settings>,
    .rules = kRuleIds,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
