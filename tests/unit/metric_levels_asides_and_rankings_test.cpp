// analysis.metrics on what a second probe of department and township reports left wrong: a level reached set after a
// comma or named by its own words, a count of what falls outside a class, a figure after an aside, and the topic of an
// assessment that ranked the things counted. The texts are invented, modelled on how such reports word them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "figure_names.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> named(const std::string& text) { return test::figures_with_codes(text); }
std::vector<std::string> roles(const std::string& text) { return test::figures_with_roles(text); }

// 由原来串联办理审批时间240多天，缩短到并联办理审批时间92天: the level a change started from is the earlier one though
// a name stands between 由 and it; the level reached may follow a comma and be named by the words after the verb.
TEST(MetricLevelsAsidesAndRankings, ALevelReachedAfterACommaOrANameIsTheChangesEnd) {
  EXPECT_THAT(
      roles("青石县重大项目审批由原来串联办理审批时间180多天，缩短到并联办理审批时间65天。"),
      ElementsAre("180多天 | 青石县重大项目审批串联办理审批时间 | previous", "65天 | 并联办理审批时间 | value"));
  EXPECT_THAT(roles("企业开办从法定平均办理时间15.5天提速至3.2天。"),
              ElementsAre("15.5天 | 企业开办法定平均办理时间 | previous", "3.2天 | 企业开办法定平均办理时间 | value"));
  // 由 right before the level, and the verb alone after it, read as before.
  EXPECT_THAT(roles("法制审核人员由3人增加到5人。"),
              ElementsAre("3人 | 法制审核人员 | previous", "5人 | 法制审核人员 | value"));
  // A 由 that says who did the deed starts no change: no verb of change and 到 comes after the figure.
  EXPECT_THAT(roles("由县司法局组织培训执法人员120人次，参训率达到98%。"),
              ElementsAre("120人次 | 由县司法局组织培训执法人员 | value", "达到98% | 参训率 | rate"));
}

// 确定不属于行政审批中介服务事项154项: the class's keyword names what the count leaves out of it.
TEST(MetricLevelsAsidesAndRankings, ACountOfWhatFallsOutsideAClassTakesNoCode) {
  EXPECT_THAT(named("经清理，确定不属于行政审批中介服务事项86项。"),
              ElementsAre("86项 | 确定不属于行政审批中介服务事项 | "));
}

// 共取消15项（其中2项为子项），新增17项: the aside's words are of the figure inside it, not of the one after it (and
// the copula after its count is no part of its name, M26).
TEST(MetricLevelsAsidesAndRankings, AFigureAfterAnAsideIsNamedByItsOwnDeed) {
  EXPECT_THAT(roles("榆城市共取消行政许可事项12项（其中3项为子项），新增9项。"),
              ElementsAre("12项 | 榆城市取消行政许可事项 | total", "3项 | 子项 | part", "9项 | 新增 | value"));
}

// 在16个地市法治建设考评中位列第3: the places ranked are counted, not the assessment nor what it assessed.
TEST(MetricLevelsAsidesAndRankings, TheTopicOfARankingsAssessmentIsNoPartOfTheName) {
  EXPECT_THAT(named("在全省16个地市法治建设考评中位列第3。"), ElementsAre("16个 | 地市 | "));
  EXPECT_THAT(named("在全市12个县区依法行政考核中排名第2。"), ElementsAre("12个 | 县区 | "));
  // Words of the things themselves stay: 12个法治示范村 is no ranking.
  EXPECT_THAT(named("建成12个法治示范村。"), ElementsAre("12个 | 法治示范村 | "));
}

// 查处全市建筑市场三包一挂等违法违规行为5起: a long clause cut after 等 keeps the deed of handling before the examples.
TEST(MetricLevelsAsidesAndRankings, AClauseCutAfterItsExamplesKeepsItsDeed) {
  EXPECT_THAT(named("今年以来全县共查处全县建筑市场违法分包转包等违法违规行为7起。"),
              ElementsAre("7起 | 查处违法违规行为 | penalty_cases"));
  // A short clause keeps its examples whole, as before.
  EXPECT_THAT(named("查处无证经营等违法行为9起。"), ElementsAre("9起 | 查处无证经营等违法行为 | penalty_cases"));
}

// 大讲堂自开班以来，已成功举办38期: the subject named before the time since when is what held the sessions.
TEST(MetricLevelsAsidesAndRankings, SessionsHeldAreNamedByTheSubjectBeforeTheTimeSince) {
  EXPECT_THAT(named("榆城法治大讲堂自开班以来，已成功举办26期。"),
              ElementsAre("26期 | 榆城法治大讲堂举办 | legal_lectures"));
  EXPECT_THAT(named("道德讲堂从2022年起，共举办9期。"), ElementsAre("9期 | 道德讲堂举办 | "));
  // 成功 before another verb stays: a mediation that succeeded is its own count.
  EXPECT_THAT(named("全年成功调解纠纷86件。"), ElementsAre("86件 | 成功调解纠纷 | mediation_cases"));
}

// 现区级保留的政务服务事项515项: 现 says the figure stands now; the level of government is where.
TEST(MetricLevelsAsidesAndRankings, NowBeforeALevelOfGovernmentIsNoPartOfTheName) {
  EXPECT_THAT(named("现县级保留的政务服务事项386项。"), ElementsAre("386项 | 县级保留的政务服务事项 | "));
  // 现有 and 现场 are words of their own.
  EXPECT_THAT(named("现场检查企业45家。"), ElementsAre("45家 | 现场检查企业 | inspections"));
}

}  // namespace
}  // namespace docpipe
