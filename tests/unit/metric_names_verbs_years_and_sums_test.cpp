// analysis.metrics on names a verb, a frame or a description stood in for: a count in 项 after a verb, the places a
// coverage is over, who a party to the cases was, a year written without 年, the whole 在…中 sets, and a long sum's
// first item.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "figure_names.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

// What each figure in a text is named (figures_with_roles).
std::vector<std::string> named(const std::string& text) { return test::figures_with_roles(text); }

// 动态调整121项镇街赋权执法事项: the items after the count are what it counts; the verb before says what was done to
// them. A count closing its clause is still named by the words before it.
TEST(MetricNamesVerbsYearsAndSums, ACountInXiangRunningIntoANounCountsTheNoun) {
  EXPECT_THAT(named("镇政府清理调整36项下放审批事项，落实全面依法治镇18项年度任务。完成法治督察整改12项。"),
              ElementsAre("36项 | 下放审批事项 | value", "18项 | 年度任务 | value", "12项 | 法治督察整改 | value"));
  // Not a deed after the count, nor a word too generic to name anything.
  EXPECT_THAT(named("梳理乡级权责事项86项并向社会公布。"), ElementsAre("86项 | 梳理乡级权责事项 | value"));
}

// 实现全县105个单位法治建设考核全覆盖: the count counts the units the coverage is over, not the coverage.
TEST(MetricNamesVerbsYearsAndSums, ACoverageCountsThePlacesItIsOver) {
  EXPECT_THAT(named("实现全镇14个村（社区）法律顾问全覆盖，推动9个部门执法公示覆盖。"),
              ElementsAre("14个 | 村（社区） | value", "9个 | 部门 | value"));
}

// 被申请人为县政府部门的案件数量为140件: who the party was sets these cases apart; 数量 only says they are counted.
TEST(MetricNamesVerbsYearsAndSums, ADescriptionOfThePartyKeepsWhoItWas) {
  EXPECT_THAT(named("申请人为企业的行政复议案件数量为23件。"),
              ElementsAre("23件 | 申请人为企业的行政复议案件 | value"));
}

// 2023总共需办理复议案件66件 in a 2024 report: a year written without 年 names nothing and makes the figure that
// year's, as 2023年 would.
TEST(MetricNamesVerbsYearsAndSums, AYearWrittenWithoutNianIsAnEarlierPeriod) {
  EXPECT_THAT(named("某县2024年法治政府建设工作报告\n全年办理行政复议案件71件。2023共办理行政复议案件58件。"),
              ElementsAre("71件 | 办理行政复议案件 | value", "58件 | 办理行政复议案件 | previous"));
}

// 在受理的86件行政复议案件中，维持52件: 在…中 sets the cases as the whole the next clause picks from.
TEST(MetricNamesVerbsYearsAndSums, AWholeFramedByZaiAndZhongIsNamedByWhatItCounts) {
  const auto found = named("在审结的47件行政诉讼案件中，败诉3件。");
  ASSERT_FALSE(found.empty());
  EXPECT_THAT(found.front(), ::testing::StartsWith("47件 | 行政诉讼案件 | "));
}

// 2418项政务服务事项中，2331项纳入…: a count picked from a whole is named by what it did, up to a second deed (并向社会
// 公布 is done to the list), also after 其中; a deed too long to read whole leaves it the whole's name, not none.
TEST(MetricNamesVerbsYearsAndSums, ACountPickedFromAWholeIsNamedByItsDeedUpToASecondOne) {
  EXPECT_THAT(named("在梳理的3560项行政权力事项中，2980项纳入本级政务服务中心一体化管理事项清单并向社会公开。"),
              ElementsAre("3560项 | 行政权力事项 | total", "2980项 | 纳入本级政务服务中心一体化管理事项清单 | part"));
  EXPECT_THAT(named("1860项依申请政务服务事项中，其中1702项实现全程网上办理。"),
              ElementsAre("1860项 | 依申请政务服务事项 | total", "1702项 | 实现全程网上办理 | part"));
  EXPECT_THAT(named("在梳理的412项涉企行政检查事项中，36项纳入县市场监督管理局与县综合行政执法局联合检查目录。"),
              ElementsAre("412项 | 涉企行政检查事项 | total", "36项 | 涉企行政检查事项 | part"));
}

// 专题学习习近平法治思想和关于法治建设的重要论述2次: the sessions are the study, not its topic's last words. A study
// whose object is read whole keeps it (学习新修订《行政复议法》), and a count in another unit is left alone.
TEST(MetricNamesVerbsYearsAndSums, SessionsAfterALongObjectOfAStudyVerbAreTheStudy) {
  EXPECT_THAT(named("镇党委理论学习中心组专题学习习近平法治思想和关于全面依法治国的重要论述4次。"),
              ElementsAre("4次 | 中心组专题学习 | value"));
  EXPECT_THAT(named("镇政府常务会议传达学习习近平总书记关于法治政府建设的重要指示精神6次。"),
              ElementsAre("6次 | 传达学习 | value"));
  EXPECT_THAT(named("学习新修订《行政复议法》2次。"), ElementsAre("2次 | 学习新修订《行政复议法》 | value"));
}

// 将“…”考核12项指标纳入年度综合考核: the quote ends the words before the count, which name no items; the noun after
// it does, a deed on the items (纳入) following it. Without the quote the clause before names the count as before.
TEST(MetricNamesVerbsYearsAndSums, ACountInXiangAfterAQuoteCountsTheNounAfterIt) {
  EXPECT_THAT(named("将“党政主要负责人履行推进法治建设第一责任人职责”考核9项指标纳入年度综合考核。"),
              ElementsAre("9项 | 指标 | value"));
  EXPECT_THAT(named("将“法治政府建设年度考核15项指标列入部门绩效考核”。"), ElementsAre("15项 | 指标 | value"));
  EXPECT_THAT(named("完成法治督察整改12项并通报。"), ElementsAre("12项 | 法治督察整改 | value"));
}

// 全年由党政主要负责人主持召开…会议、…例会共12次: the first item of a long sum is cleared as any clause is; the
// items after it stay.
TEST(MetricNamesVerbsYearsAndSums, ALongSumsFirstItemIsClearedAsAClause) {
  EXPECT_THAT(named("全年由镇党委书记牵头召开法治工作专题会、镇长办公会、党委会共9次。"),
              ElementsAre("9次 | 法治工作专题会、镇长办公会、党委会共 | value"));
}

}  // namespace
}  // namespace docpipe
