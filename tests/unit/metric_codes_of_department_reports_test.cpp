// analysis.metrics on figures county departments' reports write (an emergency management bureau's penalties, a health
// bureau's permits, a party group's meetings, an environment bureau's improvements): what each is coded and which are
// changes. The texts are invented (青石县, 榆城市), modelled on how such reports word them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "figure_names.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> coded(const std::string& text) { return test::figures_with_codes(text); }
std::vector<std::string> roles(const std::string& text) { return test::figures_with_roles(text); }

// 对6家企业依法不予处罚、60家企业适用简易程序处罚: firms penalized are what a penalty counts, as firms exempted are
// penalty_exemptions; a bare 处罚 in cases (处罚18件) is a penalty case too.
TEST(MetricCodesOfDepartmentReports, FirmsPenalizedAndBarePenaltiesArePenaltyCases) {
  EXPECT_THAT(coded("青石县应急管理局全年作出行政处罚86件，对4家企业依法不予处罚、35家企业适用简易程序处罚。"),
              ElementsAre("86件 | 作出行政处罚 | penalty_cases", "4家 | 企业不予处罚 | penalty_exemptions",
                          "35家 | 企业适用简易程序处罚 | penalty_cases"));
  EXPECT_THAT(coded("开展招投标治理，立案9件，处罚企业5家；开展突出问题治理，行政处理12件、处罚7件。"),
              ElementsAre("9件 | 立案 | penalty_cases", "5家 | 处罚企业 | penalty_cases", "12件 | 行政处理 | ",
                          "7件 | 处罚 | penalty_cases"));
  EXPECT_THAT(coded("榆城市市场监管局查处无证经营户14户。"),
              ElementsAre("14户 | 榆城市市场监管局查处无证经营户 | penalty_cases"));
  // Penalties lightened are some of the cases counted, a manner of penalty: no second count of them.
  EXPECT_THAT(coded("对违法企业从轻处罚17件。"), ElementsAre("17件 | 违法企业从轻处罚 | "));
  // Penalties waived are exemptions, penalties published a disclosure (R12).
  EXPECT_THAT(coded("依法减免处罚22户。"), ElementsAre("22户 | 依法减免处罚 | penalty_exemptions"));
  EXPECT_THAT(coded("公示行政处罚信息120家。"), ElementsAre("120家 | 公示行政处罚信息 | "));
}

// 为市场主体减免处罚金额1023.8万元: penalties waived in money are exemption amounts, not fines collected.
TEST(MetricCodesOfDepartmentReports, PenaltiesWaivedInMoneyAreNoFines) {
  EXPECT_THAT(coded("“认罚轻处”制度已在86个案件中适用，为市场主体减免处罚金额312.5万元。"),
              ElementsAre("86个 | “认罚轻处”制度在案件中适用 | ",
                          "312.5万元 | 市场主体减免处罚金额 | penalty_exemption_amounts"));
}

// 发放《公共场所卫生许可证》1095件: a permit's title names the licences issued (in 件 or 张); revoked, none.
TEST(MetricCodesOfDepartmentReports, PermitsIssuedByTheirTitleAreLicensing) {
  EXPECT_THAT(coded("县卫生健康局发放《公共场所卫生许可证》412件，核发《食品经营许可证》96张，吊销《卫生许可证》2件。"),
              ElementsAre("412件 | 《公共场所卫生许可证》 | licensing", "96张 | 核发《食品经营许可证》 | licensing",
                          "2件 | 吊销《卫生许可证》 | "));
}

// 全年召开党委会议33次: a meeting counted is one on the rule of law only when its clause, or its sentence's opening,
// says it took up law.
TEST(MetricCodesOfDepartmentReports, OnlyMeetingsThatTakeUpLawAreRuleOfLawMeetings) {
  EXPECT_THAT(coded("严格执行议事规则，重大事项坚持党委会议研究解决，全年组织召开党委会议33次。"),
              ElementsAre("33次 | 召开党委会议 | "));
  EXPECT_THAT(coded("全年召开党组会议24次，其中专题研究法治建设6次。"),
              ElementsAre("24次 | 召开党组会议 | ", "6次 | 专题研究法治建设 | rule_of_law_meetings"));
  EXPECT_THAT(coded("局党组会议4次专题研究法治政府建设工作。"), ElementsAre("4次 | 局党组会议 | rule_of_law_meetings"));
  EXPECT_THAT(coded("召开局务会12次，研究安全生产工作。"), ElementsAre("12次 | 召开局务会 | "));
  // 办法 and 方法 are no law.
  EXPECT_THAT(coded("召开党组会议9次研究改进工作方法。"), ElementsAre("9次 | 召开党组会议 | "));
  // What the meetings took up said in the clause after the figure (R12).
  EXPECT_THAT(coded("全年召开局党组会议5次，专题研究法治政府建设工作。"),
              ElementsAre("5次 | 召开局党组会议 | rule_of_law_meetings"));
  EXPECT_THAT(coded("召开党组会议8次，传达学习习近平法治思想。"),
              ElementsAre("8次 | 召开党组会议 | rule_of_law_meetings"));
  // Another deed with its own figure after it says nothing of the meetings.
  EXPECT_THAT(coded("全年召开局务会12次，审查规范性文件8件。"),
              ElementsAre("12次 | 召开局务会 | ", "8件 | 审查规范性文件 | legality_reviews"));
  // A topic meeting whose topic is left unsaid is on the report's, the rule of law; one on another topic is not.
  EXPECT_THAT(coded("（一）加强组织领导。全年召开专题会议4次，审查规范性文件12件。"),
              ElementsAre("4次 | 召开专题会议 | rule_of_law_meetings", "12件 | 审查规范性文件 | legality_reviews"));
  EXPECT_THAT(coded("全年召开专题会议4次，研究部署安全生产工作。"), ElementsAre("4次 | 召开专题会议 | "));
  EXPECT_THAT(coded("召开专题会议研究防汛工作3次。"), ElementsAre("3次 | 召开专题会议研究防汛工作 | "));
}

// 开展习近平法治思想学习15次, 法律法规知识测试6次: study of the thought on the rule of law and tests of legal knowledge
// are legal_training, as 法治学习 and 考试 are.
TEST(MetricCodesOfDepartmentReports, StudyOfTheThoughtOnLawAndKnowledgeTestsAreTraining) {
  EXPECT_THAT(coded("在每周学习例会上，组织民警开展习近平法治思想学习15次。"),
              ElementsAre("15次 | 民警开展习近平法治思想学习 | legal_training"));
  EXPECT_THAT(coded("对执法人员进行法律法规知识测试6次。"),
              ElementsAre("6次 | 执法人员法律法规知识测试 | legal_training"));
  // A test of another trade's knowledge is no legal training (R12).
  EXPECT_THAT(coded("组织安全生产知识测试6次。"), ElementsAre("6次 | 安全生产知识测试 | "));
}

// 较2020年改善13.6%: an improvement is a change whose direction the report leaves unsaid, no rate of the year.
TEST(MetricCodesOfDepartmentReports, AnImprovementIsAChange) {
  EXPECT_THAT(roles("青石县空气优良天数比例较2020年改善13.6%，PM2.5浓度同比好转8.2%。"),
              ElementsAre("13.6% | 青石县空气优良天数比例较2020年改善 | change", "8.2% | PM2.5浓度同比好转 | change"));
  // A level reached stays a rate.
  EXPECT_THAT(roles("水质达标率改善为96%。"), ElementsAre("96% | 水质达标率改善 | rate"));
}

}  // namespace
}  // namespace docpipe
