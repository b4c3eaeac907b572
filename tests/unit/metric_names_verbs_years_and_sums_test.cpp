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

// 全年由党政主要负责人主持召开…会议、…例会共12次: the first item of a long sum is cleared as any clause is; the
// items after it stay.
TEST(MetricNamesVerbsYearsAndSums, ALongSumsFirstItemIsClearedAsAClause) {
  EXPECT_THAT(named("全年由镇党委书记牵头召开法治工作专题会、镇长办公会、党委会共9次。"),
              ElementsAre("9次 | 法治工作专题会、镇长办公会、党委会共 | value"));
}

}  // namespace
}  // namespace docpipe
