// analysis.metrics on names that county departments' and townships' reports make hard: a change set in brackets after
// what changed, a law's full title holding 共, a listing's last item after 和, 双 before the figure two rates share,
// and 对照. The texts are invented, modelled on how such reports word them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "figure_names.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> named(const std::string& text) { return test::figures_with_codes(text); }
std::vector<std::string> roles(const std::string& text) { return test::figures_with_roles(text); }

// 案件类警情（同比下降21.9%）、刑事立案数（同比下降13.4%）: each change in brackets is named by the words before its
// bracket, not by the figure before it nor by the change before it.
TEST(MetricNamesInDepartmentReports, AChangeInBracketsIsNamedByTheWordsBeforeThem) {
  EXPECT_THAT(
      roles("全县受理调解申请86件。全县治安警情（同比下降12.5%）、刑事立案数（同比下降8.1%）、破案率（同比提高3.2个"
            "百分点）均向好。"),
      ElementsAre("86件 | 受理调解申请 | value", "12.5% | 治安警情同比下降 | change",
                  "8.1% | 刑事立案数同比下降 | change", "3.2个百分点 | 破案率同比提高 | change"));
  // A bracket that holds an earlier figure, the change outside it, is read as before.
  EXPECT_THAT(roles("办理法律援助案件64件，较上年（50件）增加14件。"),
              ElementsAre("64件 | 办理法律援助案件 | value", "50件 | 办理法律援助案件 | previous",
                          "14件 | 办理法律援助案件增加 | change"));
}

// 学习《中华人民共和国民法典》3次: a title keeps its 共; 和 opens no name; 双 says two rates reached the figure; 对照
// is a word.
TEST(MetricNamesInDepartmentReports, TitlesListingsAndSharedFiguresKeepTheirWords) {
  EXPECT_THAT(named("组织学习《中华人民共和国行政复议法》3次。"),
              ElementsAre("3次 | 学习《中华人民共和国行政复议法》 | "));
  EXPECT_THAT(named("全年开展党组学习5次、中心组学习7次和支部学习8次。"),
              ElementsAre("5次 | 党组学习 | ", "7次 | 中心组学习 | legal_training", "8次 | 支部学习 | "));
  // A place whose name opens with 和 keeps it (R12).
  EXPECT_THAT(named("和平街道司法所共调解纠纷56件。"), ElementsAre("56件 | 和平街道司法所调解纠纷 | mediation_cases"));
  EXPECT_THAT(named("实现执法人员持证上岗率、年度培训覆盖率双100%。"),
              ElementsAre("100% | 年度培训覆盖率 | coverage_rate"));
  EXPECT_THAT(named("对照问题清单逐项整改问题12个。"), ElementsAre("12个 | 对照问题清单逐项整改问题 | "));
  // 和 of a word of its own stays.
  EXPECT_THAT(named("和解率达12%。"), ElementsAre("达12% | 和解率 | settlement_rate"));
}

// 在全市14个乡镇考核中排第2名: the things ranked are counted, not the assessment that ranked them.
TEST(MetricNamesInDepartmentReports, TheFieldOfARankingIsNamedByWhatWasRanked) {
  EXPECT_THAT(named("在全市14个乡镇考核中排第2名。"), ElementsAre("14个 | 乡镇 | "));
  EXPECT_THAT(named("在全县23个部门评比中位列第一。"), ElementsAre("23个 | 部门 | "));
  EXPECT_THAT(named("在全国168个重点城市中排第3名。"), ElementsAre("168个 | 重点城市 | "));
}

}  // namespace
}  // namespace docpipe
