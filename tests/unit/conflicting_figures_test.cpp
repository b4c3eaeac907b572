// analysis.anomalies, conflicting-figures: one figure of the year stated twice with two values, and the many
// figures of one name that are not the same thing, which it must leave alone.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "anomaly_flagger.hpp"
#include "docpipe/text.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A report with every required part, its results in two subsections, so that a figure can be restated in
// another place of the report as the genre does (overview, body).
std::string report(const std::string& first, const std::string& second, const std::string& plan = "正文。") {
  return "关于2024年度法治政府建设情况的报告\n一、2024年主要举措和成效\n（一）深入开展法治宣传\n" + first +
         "\n（二）推进基层依法治理\n" + second +
         "\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足和原因\n正文。\n"
         "四、2025年工作计划\n" +
         plan + "\n";
}

// The rule ids of every finding.
std::vector<std::string> findings(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& anomaly : test::process_text_with_default_pipeline(text).anomalies) out.push_back(anomaly.rule);
  return out;
}

const Anomaly* conflict(const Document& document) {
  for (const auto& anomaly : document.anomalies) {
    if (anomaly.rule == "conflicting-figures") return &anomaly;
  }
  return nullptr;
}

TEST(ConflictingFigures, TheYearsFigureStatedTwiceWithTwoValuesIsAWarning) {
  const auto document = test::process_text_with_default_pipeline(
      report("全年开展普法宣传活动42场，发放宣传资料3,600份。", "全年共开展普法宣传活动46场，群众法治意识明显提升。"));
  const Anomaly* anomaly = conflict(document);
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->severity, Severity::warning);
  EXPECT_EQ(anomaly->message, "“普法宣传活动”前文为42场，此处为46场，同一年度的同一数字前后不一致");
  EXPECT_EQ(anomaly->evidence, "全年开展普法宣传活动42场；全年共开展普法宣传活动46场");
  EXPECT_EQ(decode_utf8(document.text).substr(anomaly->start, anomaly->end - anomaly->start), U"46场");
}

// A figure deep in a sentence longer than any a report writes (text extracted without its stops) is not judged by
// its words: it is not compared, and the rule reads no more than a short stretch before each figure.
TEST(ConflictingFigures, AFigureDeepInARunOnSentenceIsNotCompared) {
  std::string run_on;
  while (decode_utf8(run_on).size() < 450) run_on += "坚持依法行政，提升治理水平，";
  EXPECT_THAT(findings(report("全年开展普法宣传活动42场。", run_on + "全年共开展普法宣传活动46场。")), IsEmpty());
  EXPECT_THAT(
      findings(report("全年开展普法宣传活动42场。", "坚持依法行政，提升治理水平，全年共开展普法宣传活动46场。")),
      ElementsAre("conflicting-figures"));
}

// The report's year opening the sentence says the same as 全年; 人 and 名 count the same people.
TEST(ConflictingFigures, AYearOpeningTheSentenceAndPeopleInNameOrRenAreTheSameFigure) {
  EXPECT_THAT(findings(report("2024年，受理行政复议案件18件。", "全年共受理行政复议案件21件，办结19件。")),
              ElementsAre("conflicting-figures"));
  EXPECT_THAT(findings(report("全年培训行政执法人员320人。", "全年共培训行政执法人员350名。")),
              ElementsAre("conflicting-figures"));
}

TEST(ConflictingFigures, TheSameValueRestatedOrAFigureNotSaidToBeTheYearsIsNotFlagged) {
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "全年共开展普法宣传活动46场。")), IsEmpty());
  // Without 全年, 共 or the year, a campaign's own events (开展普法宣传活动12场 in its section) are not the year's.
  EXPECT_THAT(findings(report("开展普法宣传活动42场。", "全年共开展普法宣传活动46场。")), IsEmpty());
}

// A part of the year's figure, whether after 其中 or given as a subject's share.
TEST(ConflictingFigures, APartIsNotARestatement) {
  EXPECT_THAT(findings(report("全年共开展普法宣传活动46场。",
                              "其中，镇综治中心全年开展普法宣传活动12场，“法律进乡村”活动8场。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年共调解矛盾纠纷128件，调解成功126件。",
                              "全年共调解矛盾纠纷128件，其中全年调解矛盾纠纷36件为婚姻家庭纠纷。")),
              IsEmpty());
}

TEST(ConflictingFigures, AnEarlierYearsFigureIsNotARestatement) {
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "上年全年开展普法宣传活动38场。")), IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "2023年，全年开展普法宣传活动38场。")), IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "去年全年共开展普法宣传活动38场，同比增长21.1%。")),
              IsEmpty());
}

TEST(ConflictingFigures, ACountOverSeveralYearsIsNotARestatement) {
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "“八五”普法以来，累计开展普法宣传活动180场。")), IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "2021年以来共开展普法宣传活动180场。")), IsEmpty());
}

TEST(ConflictingFigures, APartOfTheYearIsNotARestatement) {
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "一季度共开展普法宣传活动12场。")), IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "上半年，共开展普法宣传活动21场。")), IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "1—6月，共开展普法宣传活动21场。")), IsEmpty());
}

// The villages' figure, a department's, the county's: another subject is another figure.
TEST(ConflictingFigures, AnotherSubjectIsNotARestatement) {
  EXPECT_THAT(findings(report("全镇全年开展普法宣传活动46场。", "各村（社区）全年共开展普法宣传活动120场。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "镇司法所全年共开展普法宣传活动15场。")), IsEmpty());
  EXPECT_THAT(findings(report("全年受理行政复议案件18件。", "县司法局全年共受理行政复议案件64件。")), IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "镇机关全年共开展普法宣传活动9场。")), IsEmpty());
}

// 全县 in a town's report is the county; in a county's it is the body that reports, as a figure naming no area is.
TEST(ConflictingFigures, TheCountyInATownsReportIsAnotherSubject) {
  const auto titled = [](const std::string& title, const std::string& text) {
    std::string body = report("全年办理法律援助案件86件。", text);
    return body.replace(0, body.find('\n'), title);
  };
  EXPECT_THAT(findings(titled("青山镇2024年法治政府建设情况报告", "全县共办理法律援助案件92件。")), IsEmpty());
  EXPECT_THAT(findings(titled("青山县2024年法治政府建设情况报告", "全县共办理法律援助案件92件。")),
              ElementsAre("conflicting-figures"));
  EXPECT_THAT(findings(report("全年办理法律援助案件86件。", "全县共办理法律援助案件92件。")), IsEmpty());
}

// An opening clause on who led the work or what guided it names no subject of the figure.
TEST(ConflictingFigures, AnOpeningOnGuidanceNamesNoSubject) {
  EXPECT_THAT(
      findings(report("2024年，在县委、县政府的坚强领导下，我镇以习近平法治思想为指导，全年共开展普法宣传活动42场。",
                      "全年开展普法宣传活动46场，覆盖群众1.2万人次。")),
      ElementsAre("conflicting-figures"));
}

TEST(ConflictingFigures, ATablesRowIsNotARestatementOfTheText) {
  EXPECT_THAT(findings(report("全年共开展普法宣传活动46场。",
                              "各单位开展情况如下：\n单位\t普法宣传活动（场）\n江北社区\t12\n江南社区\t9\n合计\t21")),
              IsEmpty());
}

TEST(ConflictingFigures, ATargetIsNotARestatement) {
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "全年共开展普法宣传活动46场。",
                              "全年开展普法宣传活动50场，进一步扩大覆盖面。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "年度目标为全年开展普法宣传活动50场。")), IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "力争全年开展普法宣传活动50场。")), IsEmpty());
}

TEST(ConflictingFigures, ARangeOrAnApproximationIsNotARestatement) {
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "全年共开展普法宣传活动40至50场。")), IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "全年共开展普法宣传活动40余场。")), IsEmpty());
}

// 1.2万 is 12,345 rounded to the thousands it states.
TEST(ConflictingFigures, ARoundedRestatementAgrees) {
  EXPECT_THAT(findings(report("全年受理群众来信来访1.2万人次。", "全年共受理群众来信来访12,345人次。")), IsEmpty());
  EXPECT_THAT(findings(report("全年罚没款收入128.6万元。", "全年共罚没款收入1,286,420元。")), IsEmpty());
}

// 人 and 人次 count different things (people and attendances), as 场 and 场次 may.
TEST(ConflictingFigures, AnotherUnitOfItsFamilyIsNotARestatement) {
  EXPECT_THAT(findings(report("全年培训行政执法人员320人。", "全年共培训行政执法人员350人次。")), IsEmpty());
  EXPECT_THAT(findings(report("全年开展普法宣传活动42场。", "全年共开展普法宣传活动46场次。")), IsEmpty());
}

// An average or a figure per village is no total.
TEST(ConflictingFigures, AnAverageIsNotARestatement) {
  EXPECT_THAT(findings(report("全年开展普法宣传活动46场。", "平均每村全年开展普法宣传活动4场。")), IsEmpty());
}

// A name stated with three values names three things the words do not tell apart.
TEST(ConflictingFigures, ANameWithThreeValuesIsLeftAlone) {
  EXPECT_THAT(findings(report("全年开展普法宣传活动42场。全年开展普法宣传活动46场。", "全年开展普法宣传活动51场。")),
              IsEmpty());
}

// The plugin's parameters at their defaults, with `changes` over them.
Parameters anomaly_parameters(const std::map<std::string, std::vector<std::string>>& changes) {
  Parameters parameters;
  const std::vector<std::string> none;
  parameters.set("disabled_rules", none);
  parameters.set("severities", none);
  parameters.set("rate_tolerance", 0.5);
  parameters.set("publication_deadline", std::string("04-01"));
  parameters.set("required_parts", std::vector<std::string>{"achievements", "shortcomings", "leadership", "plan"});
  parameters.set("part_mentions", none);
  parameters.set("rate_definitions", none);
  parameters.set("growth_words", none);
  parameters.set("target_words", none);
  parameters.set("share_words", none);
  parameters.set("approximation_round_base", std::int64_t{10});
  parameters.set("whole_year_words", std::vector<std::string>{"全年", "共"});
  for (const auto& [name, value] : changes) parameters.set(name, value);
  return parameters;
}

std::vector<std::string> findings_with(const std::string& text,
                                       const std::map<std::string, std::vector<std::string>>& changes) {
  Document document = test::process_text_with_default_pipeline(text);
  anomalies::AnomalyFlagger(anomalies::read_rule_settings(anomaly_parameters(changes))).analyze(document);
  std::vector<std::string> out;
  for (const auto& anomaly : document.anomalies) out.push_back(anomaly.rule);
  return out;
}

// A county whose reports say 本年 for the year names it a word of the whole year; any county may switch the rule off.
TEST(ConflictingFigures, TheWordsOfTheWholeYearAreAParameterAndTheRuleCanBeSwitchedOff) {
  const std::string text = report("本年开展普法宣传活动42场。", "本年开展普法宣传活动46场。");
  EXPECT_THAT(findings_with(text, {}), IsEmpty());
  EXPECT_THAT(findings_with(text, {{"whole_year_words", {"本年"}}}), ElementsAre("conflicting-figures"));
  EXPECT_THAT(findings_with(text, {{"whole_year_words", {"本年"}}, {"disabled_rules", {"conflicting-figures"}}}),
              IsEmpty());
}

// 余 after a lone digit is questioned whatever the county's round base (strict-county.xml rounds to 100): 30余场 and
// 50余件 are hedges there, 5余本 and 8余户次 are six-or-so things or a 0 lost; 5余个月 is a measure.
TEST(ApproximatePrecise, ALoneDigitIsQuestionedWhateverTheRoundBase) {
  Document document = test::process_text_with_default_pipeline(
      report("全年开展普法活动30余场，调解纠纷50余件，发放宣传册5余本。", "走访群众8余户次，专项整治持续5余个月。"));
  Parameters parameters = anomaly_parameters({});
  parameters.set("approximation_round_base", std::int64_t{100});
  document.anomalies.clear();
  anomalies::AnomalyFlagger(anomalies::read_rule_settings(parameters)).analyze(document);
  std::vector<std::string> flagged;
  for (const auto& anomaly : document.anomalies) {
    if (anomaly.rule == "approximate-precise") flagged.push_back(anomaly.evidence);
  }
  EXPECT_THAT(flagged, ElementsAre("5余本", "8余户次"));
}

}  // namespace
}  // namespace docpipe
