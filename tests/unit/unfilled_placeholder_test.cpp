// analysis.anomalies, unfilled-placeholder: a figure the drafter never filled in, and the marks and spaces the genre
// writes before a unit that are no blank.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "anomaly_findings.hpp"
#include "docpipe/text.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using test::findings;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A report with every required part, so that only the rule under test speaks.
std::string report(const std::string& achievements) {
  return "关于2024年度法治政府建设情况的报告\n一、2024年主要举措和成效\n" + achievements +
         "\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足和原因\n正文。\n"
         "四、2025年工作计划\n正文。\n";
}

TEST(UnfilledPlaceholder, MarksWhereTheFigureBelongsAreAWarningOnceASentence) {
  EXPECT_THAT(findings(report("全年共组织集体学法xx次，参学率100%。")), ElementsAre("unfilled-placeholder warning"));
  EXPECT_THAT(findings(report("化解矛盾纠纷XXX件，成功率＊＊%。")), ElementsAre("unfilled-placeholder warning"));
  EXPECT_THAT(findings(report("召开专题会议*次。开展法治培训×场次。")),
              ElementsAre("unfilled-placeholder warning", "unfilled-placeholder warning"));
  const auto document = test::process_text_with_default_pipeline(report("全年共组织集体学法xx次，参学率100%。"));
  ASSERT_EQ(document.anomalies.size(), 1U);
  EXPECT_EQ(document.anomalies[0].message, "数字处留有占位符“xx次”，数据未填写");
  EXPECT_EQ(decode_utf8(document.text)
                .substr(document.anomalies[0].start, document.anomalies[0].end - document.anomalies[0].start),
            U"xx次");
}

TEST(UnfilledPlaceholder, NoFigureBetweenANameAndItsUnitIsAWarning) {
  EXPECT_THAT(findings(report("全年未发生干预司法活动情况，涉法涉诉信访 件。")),
              ElementsAre("unfilled-placeholder warning"));
  EXPECT_THAT(findings(report("受理行政复议申请　件，均依法办结。")), ElementsAre("unfilled-placeholder warning"));
}

// Letters and digits before the marks (7×24小时, iPhone X), marks before no unit (xx月底), spaced-out text (受 理
// 案 件), a unit that opens a word (信访 件数) or a figure after the space are what the genre writes.
TEST(UnfilledPlaceholder, MarksAndSpacesTheGenreWritesAreNoBlank) {
  EXPECT_THAT(findings(report("提供7×24小时法律咨询服务，接听来电1,200次。")), IsEmpty());
  EXPECT_THAT(findings(report("截至xx月底，全面推行“X+1”服务模式。")), IsEmpty());
  EXPECT_THAT(findings(report("全 年 受 理 案 件 ， 办 结 率 100%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年受理信访 件数逐月下降。")), IsEmpty());
  EXPECT_THAT(findings(report("全年受理信访事项 36 件，均按期办结。")), IsEmpty());
}

// Case descriptions make names anonymous with × (张××, 王×), footnotes mark items with *, and a unit's character opens
// many words (起诉, 个人, 人民, 项目, 名下, 家属, 条例): marks before such a word, or after a plus (1+X项), are no
// blank.
TEST(UnfilledPlaceholder, AnAnonymousNameOrAMarkBeforeAWordIsNoBlank) {
  EXPECT_THAT(findings(report("原告张××起诉榆城市人民政府一案，法院判决驳回诉讼请求。")), IsEmpty());
  EXPECT_THAT(findings(report("办理李××个人信息保护案件，对××人民法院移送的线索及时核查。")), IsEmpty());
  EXPECT_THAT(findings(report("开展××项目征收补偿，落实王×名下房屋查封，刘××家属申请行政复议。")), IsEmpty());
  EXPECT_THAT(findings(report("××条例草案已提请审议，本表带*项目为重点任务。")), IsEmpty());
  EXPECT_THAT(findings(report("建立“1+X项”配套制度。")), IsEmpty());
  // A unit the clause ends with, or one a qualifier follows, closes the blank figure.
  EXPECT_THAT(findings(report("组织执法人员培训xx人次以上。")), ElementsAre("unfilled-placeholder warning"));
}

// An amount's unit right after its name, the number cut from the template's sentence, is a blank figure; an amount
// written in Chinese numerals or said to be some (数亿元, 超亿元, 百余万元) and a unit's label (单位：万元) are not.
TEST(UnfilledPlaceholder, AnAmountsUnitRightAfterItsNameIsABlank) {
  const auto document =
      test::process_text_with_default_pipeline(report("完成审计项目46个，查处不规范资金亿元，移送案件线索43起。"));
  ASSERT_EQ(document.anomalies.size(), 1U);
  EXPECT_EQ(document.anomalies[0].message, "“查处不规范资金亿元”缺少数字，数据未填写");
  EXPECT_THAT(findings(report("争取上级资金数亿元，撬动社会投资超亿元，落实经费百余万元。")), IsEmpty());
  EXPECT_THAT(findings(report("追回欠薪三百万元，挽回损失一点五亿元。")), IsEmpty());
  EXPECT_THAT(findings(report("罚没款情况（单位：万元），详见附件。")), IsEmpty());
  // A unit a sentence states, and capital numerals (R12).
  EXPECT_THAT(findings(report("以下金额单位均为万元。数据统计精确到万元。依法罚款人民币贰拾万元，责令改正。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全县交通建设投资完成亿元，同比增长。")), ElementsAre("unfilled-placeholder warning"));
}

// Rates named one after another with no figure, the sentence ending after them, are blanks; rates listed with 、 before
// their figure, or a lone rate or 效率 a sentence ends with, are not.
TEST(UnfilledPlaceholder, RatesNamedWithoutFiguresAtASentencesEndAreABlank) {
  const auto document =
      test::process_text_with_default_pipeline(report("12345热线受理市民来电万余条，接通率，办结率，满意率。"));
  ASSERT_EQ(document.anomalies.size(), 1U);
  EXPECT_EQ(document.anomalies[0].message, "“接通率，办结率，满意率”缺少数字，数据未填写");
  EXPECT_THAT(findings(report("普法考试参考率、合格率均达100%。")), IsEmpty());
  EXPECT_THAT(findings(report("持续提升群众满意率。优化流程，提高审批效率，行政效率。")), IsEmpty());
  // Rates to raise, a goal, name no figures left out (R12).
  EXPECT_THAT(findings(report("下一步，努力提高结案率，调解率，履行率。")), IsEmpty());
  EXPECT_THAT(findings(report("下一步，提高结案率，调解率，履行率。")), IsEmpty());
}

// A table flattened to text keeps its header row: a column's label and its unit (案件类型 件, 计量单位 件), or a
// pointer to the table the figures are in (数量见附表), are no blank figure.
TEST(UnfilledPlaceholder, AHeaderRowsUnitIsNoBlank) {
  EXPECT_THAT(findings(report("全年办理各类案件，案件类型 件，数量见附表。")), IsEmpty());
  EXPECT_THAT(findings(report("各乡镇报送情况如下：计量单位 件，按乡镇排列。")), IsEmpty());
  EXPECT_THAT(findings(report("全年受理信访事项 件，详见附表。")), IsEmpty());
  EXPECT_THAT(findings(report("全年受理信访事项 件，均按期办结。")), ElementsAre("unfilled-placeholder warning"));
  // A count's name ending with 项目 or 指标 is no column's label (R12).
  EXPECT_THAT(findings(report("全年完成重大民生项目 个，均按期交付。")), ElementsAre("unfilled-placeholder warning"));
  EXPECT_THAT(findings(report("完成法治政府建设考核指标 项，位居全市前列。")),
              ElementsAre("unfilled-placeholder warning"));
}

// The message quotes the clause's words from their start, not four characters cut inside a word.
TEST(UnfilledPlaceholder, ABlankFiguresMessageQuotesItsWholeName) {
  const auto document = test::process_text_with_default_pipeline(report("全年审查规范性文件 件，均按期备案。"));
  ASSERT_EQ(document.anomalies.size(), 1U);
  EXPECT_EQ(document.anomalies[0].message, "“全年审查规范性文件 件”缺少数字，数据未填写");
}

}  // namespace
}  // namespace docpipe
