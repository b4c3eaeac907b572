// analysis.metrics on the codes and names real reports got wrong: a listing's second figure with its own deed, a
// word shared by work that is no publicity or no check, a lecture series named for a hall, the share of people who
// did a deed named after the figure, rates listed before one figure without 均, and a rate held at a level.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "figure_names.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

// What each figure in a text is named and coded (figures_with_codes).
std::vector<std::string> coded(const std::string& text) { return test::figures_with_codes(text); }

// 对6家企业依法不予处罚、60家企业适用简易程序处罚: the 、 parts two figures, each with its own deed; the second takes
// no code from the first's, but its own: firms penalized are penalty_cases, as 简易程序案件 are.
TEST(MetricCodesOfDeedsAndShares, ASecondFigureOfAListingKeepsItsOwnDeed) {
  EXPECT_THAT(
      coded("全年对15家个体户依法不予处罚、42家个体户适用简易程序处罚。"),
      ElementsAre("15家 | 个体户不予处罚 | penalty_exemptions", "42家 | 个体户适用简易程序处罚 | penalty_cases"));
  // One figure counting the objects of one deed still takes the deed's code.
  EXPECT_THAT(coded("合法性审核文件、合同29份。"), ElementsAre("29份 | 合法性审核文件、合同 | legality_reviews"));
}

// 打电话提醒补齐资料800余次: reminders counted in 次 are no publicity material; material is counted in copies.
TEST(MetricCodesOfDeedsAndShares, PublicityMaterialIsCountedInCopiesNotTimes) {
  EXPECT_THAT(coded("窗口人员电话提醒申请人补正资料350余次。"),
              ElementsAre("350余次 | 窗口人员电话提醒申请人补正资料 | "));
  EXPECT_THAT(coded("发放普法宣传资料2600份。"), ElementsAre("2600份 | 普法宣传资料 | publicity_materials"));
  // Times a book was used count no training its title names, nor material handed out.
  EXPECT_THAT(coded("组织学习“村干部法律知识培训手册”310余次。"), ElementsAre("310余次 | 村干部法律知识培训手册 | "));
}

// 明确212家检查企业清单: the entries of a list of firms to check are no checks; 对2391家企业开展执法检查 are.
TEST(MetricCodesOfDeedsAndShares, AListOfFirmsToCheckIsNoCheck) {
  EXPECT_THAT(coded("确定86家重点检查企业名单。"), ElementsAre("86家 | 重点检查企业名单 | "));
  // 对2391家企业开展执法检查: the things checked and the check, whatever verb of doing stands between.
  EXPECT_THAT(coded("全年对1206家企业开展执法检查。"), ElementsAre("1206家 | 企业执法检查 | inspections"));
  EXPECT_THAT(coded("对52户个体工商户依法开展“双随机、一公开”抽查。"),
              ElementsAre("52户 | 个体工商户“双随机、一公开”抽查 | inspections"));
  // Not another deed done to them.
  EXPECT_THAT(coded("对21家企业开展安全生产宣传。"), ElementsAre("21家 | 企业 | "));
}

// 创新开设“法治讲堂”12期: a lecture series named for a hall of law is lectures.
TEST(MetricCodesOfDeedsAndShares, ALectureHallOfLawIsLectures) {
  EXPECT_THAT(coded("举办“法治大讲堂”8期。"), ElementsAre("8期 | 法治大讲堂 | legal_lectures"));
}

// 实现行政执法人员100%持证上岗: the share of the people before it that did the deed after it.
TEST(MetricCodesOfDeedsAndShares, AShareOfPeopleIsNamedWithTheDeedAfterIt) {
  EXPECT_THAT(coded("实现全县综合执法队员100%持证上岗。"), ElementsAre("100% | 全县综合执法队员持证上岗 | "));
  // A rate named before its figure keeps its name.
  EXPECT_THAT(coded("行政执法人员持证率100%。"), ElementsAre("100% | 行政执法人员持证率 | "));
}

// 网上办件率、办结率100%: two rates listed right before one figure share it, as with 均.
TEST(MetricCodesOfDeedsAndShares, RatesListedBeforeOneFigureShareIt) {
  EXPECT_THAT(coded("全县推行政务服务“一网通办”，网上可办率、按时办结率100%。"),
              ElementsAre("100% | 网上可办率、按时办结率 | "));
  // Rates each with a figure of its own are two.
  EXPECT_THAT(coded("全县推行“一网通办”，网上可办率98%、按时办结率100%。"),
              ElementsAre("98% | 网上可办率 | ", "100% | 按时办结率 | "));
}

// 在全国168个重点城市中排第3名: the place in a ranking is no part of the name of the things ranked among.
TEST(MetricCodesOfDeedsAndShares, APlaceInARankingIsNoPartOfTheName) {
  EXPECT_THAT(coded("营商环境评价在全省12个县区中排名第4。"), ElementsAre("12个 | 县区 | "));
  EXPECT_THAT(coded("全市16个地市中位列第3。"), ElementsAre("16个 | 地市 | "));
}

// 安全利用率稳定保持在93%以上: an adverb before 保持在 says how the rate was held, no part of its name.
TEST(MetricCodesOfDeedsAndShares, ARateHeldSteadyIsNamedWithoutHowItWasHeld) {
  EXPECT_THAT(coded("全区森林覆盖率始终保持在60%以上。"), ElementsAre("60%以上 | 森林覆盖率 | coverage_rate"));
}

}  // namespace
}  // namespace docpipe
