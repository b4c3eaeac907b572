// Documents of other genres in a batch of reports: the title says which, and the report's checks are not theirs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "anomaly_findings.hpp"
#include "docpipe/text.hpp"
#include "document_genre.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using test::findings;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

struct TitleCase {
  const char* title;
  const char* genre;  // empty: a report, or no genre named
};

class TitleGenre : public ::testing::TestWithParam<TitleCase> {};

TEST_P(TitleGenre, IsReadFromTheTitlesLastWord) {
  EXPECT_EQ(sections::genre_of_title(decode_utf8(GetParam().title)), GetParam().genre) << GetParam().title;
}

INSTANTIATE_TEST_SUITE_P(
    Titles, TitleGenre,
    ::testing::Values(
        // Reports, however they are worded.
        TitleCase{"关于2024年度法治政府建设情况的报告", ""}, TitleCase{"柳溪镇2024年法治政府建设工作总结", ""},
        TitleCase{"石门街道2023年法治政府建设情况", ""}, TitleCase{"青禾县司法局2024年工作总结和2025年工作计划", ""},
        TitleCase{"2024年度党政主要负责人述法报告", ""}, TitleCase{"关于报送2024年度法治政府建设情况报告的函", ""},
        TitleCase{"关于印发《青禾县2024年法治政府建设情况报告》的通知", ""},
        TitleCase{"柳溪镇法治政府建设年度报告（2024年）", ""},
        TitleCase{"2024年度乡镇法治政府建设情况报告及2025年工作方案", ""},
        TitleCase{"关于2024年度法治建设工作情况的汇报", ""},
        // A report's word before another document's last noun: the notice on that situation or report.
        TitleCase{"关于2025年8月份12345政务服务便民热线办理情况的通报", "notice"},
        TitleCase{"关于青禾镇2024年法治政府建设情况报告的批复", "notice"},
        // A bulletin names its subject's 情况 right before its own word, 的 or not.
        TitleCase{"青禾县2025年第一季度法治政府建设工作情况通报", "notice"},
        TitleCase{"柳溪镇12345政务服务便民热线2025年第8期工作通报", "notice"},
        TitleCase{"青禾县12345热线第12期运行情况通报", "notice"},
        // A year's work named before the next year's plan: a report with its plan, whatever ends the title.
        TitleCase{"宁丰县2023年度法治政府建设及2024年工作计划", ""},
        TitleCase{"宁丰县2023年度法治政府建设工作和2024年工作安排", ""},
        TitleCase{"宁丰县2023年度法治政府建设工作的回顾和2024年安排", ""},
        TitleCase{"关于印发宁丰县2023年度法治政府建设工作和2024年工作安排的通知", ""},
        TitleCase{"宁丰县2021—2025年法治政府建设规划", "plan"},
        // The report retold.
        TitleCase{"《青禾县人民政府关于2024年度法治政府建设情况的报告》政策解读", "interpretation"},
        TitleCase{"关于2024年度法治政府建设情况报告的解读", "interpretation"},
        TitleCase{"一图读懂丨青禾县2024年法治政府建设年度报告", "interpretation"},
        TitleCase{"一图速览：柳溪镇2024年法治政府建设工作", "interpretation"},
        TitleCase{"县司法局负责人就《法治政府建设年度报告》答记者问", "interpretation"},
        // Next year's plan, alone or printed by a notice.
        TitleCase{"青禾县2025年法治政府建设工作要点", "plan"},
        TitleCase{"柳溪镇法治政府建设示范创建实施方案（征求意见稿）", "plan"},
        TitleCase{"关于印发《青禾县2025年法治政府建设工作要点》的通知", "plan"},
        TitleCase{"关于印发2025年全面依法治县工作要点的通知", "plan"},
        // Notices and rules, also about the reporting (a report's word followed by 工作, 制度, 制定 …).
        TitleCase{"关于做好2024年度法治政府建设年度报告工作的通知", "notice"},
        TitleCase{"青禾县法治政府建设年度报告制定和公开工作办法", "rules"},
        TitleCase{"行政机关负责人出庭应诉和行政诉讼案件报告制度", "rules"},
        TitleCase{"县政府常务会议学法制度（试行）", "rules"},
        TitleCase{"市县法治政府建设示范指标体系申报指南", "rules"},
        TitleCase{"青禾县法治政府建设实施纲要（2021—2025年）", "plan"},
        TitleCase{"2025年法治建设成效考核任务分解清单", "plan"},
        TitleCase{"乡镇2025年法治政府建设工作方案【3篇】", "plan"},
        TitleCase{"县政府常务会议议题解读：关于2024年度法治建设工作情况的汇报", "interpretation"},
        TitleCase{"关于开展法治政府建设督察工作的通知", "notice"},
        TitleCase{"关于2024年度法治政府建设考核结果的通报", "notice"}, TitleCase{"青禾县行政执法公示办法", "rules"},
        TitleCase{"关于进一步加强法治政府建设的实施意见", "rules"},
        // Another annual report, sent in with this genre's: a report on another subject, no rule-of-law word.
        TitleCase{"柳溪镇人民政府2024年政府信息公开工作年度报告", "other-report"},
        TitleCase{"2025年青禾县人民政府工作报告", "other-report"},
        TitleCase{"石门街道2024年安全生产工作总结", "other-report"},
        TitleCase{"关于2024年度优化营商环境工作情况的报告", "other-report"},
        TitleCase{"中共柳溪镇委员会2024年党风廉政建设工作情况报告", "other-report"},
        TitleCase{"青禾县农业农村局2024年度部门整体支出绩效自评报告", "other-report"},
        // The citizens' channels a government reports on by the week or quarter.
        TitleCase{"青禾县12345热线2025年第12期运行情况报告", "other-report"},
        TitleCase{"2025年第一季度市长信箱来信办理情况", "other-report"},
        TitleCase{"宁丰县县长信箱2024年度工作总结", "other-report"},
        TitleCase{"12345热线办公室2024年法治政府建设工作总结", ""},
        TitleCase{"关于印发《青禾县2024年政务公开工作总结》的通知", "other-report"},
        // The rule-of-law family's reports stay this genre's, whatever else they name.
        TitleCase{"柳溪镇2024年法治政府建设和政府信息公开工作报告", ""},
        TitleCase{"青禾县2024年度依法行政暨政务公开工作总结", ""},
        TitleCase{"青禾县应急管理局2024年“谁执法谁普法”履职报告", ""},
        TitleCase{"石门街道2024年法治宣传教育工作总结", ""}, TitleCase{"青禾县信访局局长2024年度述法报告", ""},
        // A subject naming the organ that reports names no other subject: its work summary stays a report.
        TitleCase{"青禾市生态环境局2024年工作总结", ""}, TitleCase{"青禾县乡村振兴局2024年工作总结", ""},
        TitleCase{"青禾县营商环境建设局2024年度工作总结", ""}, TitleCase{"青禾县生态环境分局2024年工作总结", ""},
        TitleCase{"青禾县国有资产监督管理委员会2024年度工作报告", ""},
        // A PDF's title spaced within a word, and a report on enforcement in another field, are this genre's.
        TitleCase{"青禾县2024年度法 治政府建设和政务公开工作报告", ""},
        TitleCase{"青禾县应急管理局2024年度安全生产执法工作情况报告", ""},
        // No genre named: nothing said.
        TitleCase{"青禾县法治政府建设", ""}, TitleCase{"", ""}));

TEST(NotAReport, AnInterpretationOfTheReportIsSaidOnceAndNotAskedForItsParts) {
  const auto document = test::process_text_with_default_pipeline(
      "《青禾县人民政府关于2024年度法治政府建设情况的报告》政策解读\n一、起草背景\n按照督察规定，县政府每年向县委报告上"
      "一年度"
      "法治政府建设情况。\n二、主要内容\n报告分为四个部分：一是主要举措和成效；二是第一责任人职责情况；三是存在的不足和"
      "原因；"
      "四是2025年工作安排。\n三、解读机关\n青禾县司法局");
  EXPECT_EQ(document.metadata.get("genre"), "interpretation");
  std::vector<std::string> rules;
  for (const auto& a : document.anomalies) rules.push_back(a.rule);
  EXPECT_THAT(rules, ::testing::ElementsAre("not-a-report"));
  EXPECT_THAT(document.anomalies.front().message, HasSubstr("对报告的解读"));
}

TEST(NotAReport, NextYearsPlanSignedInSpringIsNoLateYearsReport) {
  const std::string plan =
      "青禾县2025年法治政府建设工作要点\n为深入推进法治政府建设，制定本要点。\n一、加强党的领导\n（一）全年开展学法活动"
      "不少于4次。"
      "\n二、保障措施\n各乡镇于2025年12月10日前报送年度工作总结。\n青禾县全面依法治县委员会办公室\n2025年3月5日";
  EXPECT_THAT(findings(plan), ::testing::ElementsAre("not-a-report warning"));
  // The same text as a report: its date and parts are questioned.
  std::string report = plan;
  report.replace(report.find("工作要点"), std::string("工作要点").size(), "工作情况报告");
  EXPECT_THAT(findings(report), Contains("year-mismatch warning"));
  EXPECT_THAT(findings(report), Contains("missing-section warning"));
  EXPECT_THAT(findings(report), Not(Contains("not-a-report warning")));
}

TEST(NotAReport, ANoticesTitleWrappedUnderItsOrganIsJoined) {
  const auto document = test::process_text_with_default_pipeline(
      "青禾县人民政府办公室\n关于印发青禾县2025年法治政府建设\n工作安排的通知\n各乡镇人民政府，县政府各部门：\n现将《青"
      "禾县2025年"
      "法治政府建设工作安排》印发给你们，请认真贯彻执行。\n一、加强党的领导\n全年开展学法活动4次。");
  EXPECT_EQ(document.metadata.get("title"), "关于印发青禾县2025年法治政府建设工作安排的通知");
  EXPECT_EQ(document.metadata.get("genre"), "plan");
}

// A government's or a bureau's working rules (工作规则, 议事规则) come with the reports as their rules do.
TEST(NotAReport, WorkingRulesAreRules) {
  EXPECT_THAT(findings("青禾县人民政府工作规则\n第一章 总则\n一、为规范县政府工作，结合本县实际，制定本规则。"),
              Contains("not-a-report warning"));
  EXPECT_THAT(findings("柳溪镇2024年法治政府建设工作总结\n一、主要举措和成效\n修订党委会议事规则。\n"
                       "二、存在的不足和原因\n基层力量薄弱。\n三、2025年工作计划\n继续开展普法。"),
              Not(Contains("not-a-report warning")));
}

TEST(NotAReport, AReportIsNeverOne) {
  EXPECT_THAT(
      findings("柳溪镇2024年法治政府建设工作总结\n一、主要举措和成效\n开展普法活动12次。\n二、存在的不足和原因\n"
               "基层力量薄弱。\n三、2025年工作计划\n继续开展普法。"),
      Not(Contains("not-a-report warning")));
}

// A bureau collecting this genre's reports also receives the government's other annual reports, filed by portals in
// the same column: their parts are another template's (总体情况, 主动公开政府信息情况 …), and the leadership part and
// the plan are not asked of them.
TEST(NotAReport, AnotherAnnualReportInTheBatchIsSaidOnce) {
  const auto document = test::process_text_with_default_pipeline(
      "柳溪镇人民政府2024年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制。\n"
      "一、总体情况\n2024年，柳溪镇主动公开政府信息312条。\n二、主动公开政府信息情况\n（见附表）\n"
      "三、收到和处理政府信息公开申请情况\n全年收到申请4件，均按期答复。\n四、存在的主要问题及改进情况\n"
      "公开内容不够全面。\n柳溪镇人民政府\n2025年1月20日");
  EXPECT_EQ(document.metadata.get("genre"), "other-report");
  std::vector<std::string> rules;
  for (const auto& a : document.anomalies) rules.push_back(a.rule);
  EXPECT_THAT(rules, ::testing::ElementsAre("not-a-report"));
  EXPECT_THAT(document.anomalies.front().message, HasSubstr("文件标题“柳溪镇人民政府2024年政府信息公开工作年度报告”"));
  EXPECT_THAT(document.anomalies.front().message, HasSubstr("其他工作的报告"));
  // The same report joined to this genre's is one of it, and asked for its parts.
  EXPECT_THAT(findings("柳溪镇2024年法治政府建设和政府信息公开工作报告\n一、主要举措和成效\n主动公开政府信息312条。\n"
                       "二、存在的不足和原因\n公开内容不够全面。"),
              Contains("missing-section warning"));
}

// A portal's page that sums a report up over a link to it has no parts to check: too short to hold them, and it
// sends its reader to the report. A short text that points nowhere, or one with a report's headings, is read as
// before.
TEST(NotAReport, APortalsSummaryOfAReportIsNoReport) {
  const auto summary = test::process_text_with_default_pipeline(
      "青禾县柳溪镇2024年法治政府建设工作报告 2024年，柳溪镇坚持依法行政，深化行政执法改革，法治政府建设取得新"
      "进展。报告全文详见附件。 发布日期：2025-03-12 来源：柳溪镇人民政府");
  EXPECT_EQ(summary.metadata.get("genre"), "summary");
  std::vector<std::string> rules;
  for (const auto& a : summary.anomalies) rules.push_back(a.rule);
  EXPECT_THAT(rules, ::testing::ElementsAre("not-a-report"));
  EXPECT_THAT(summary.anomalies.front().message, HasSubstr("正文篇幅“全文仅"));
  const auto cut_short = test::process_text_with_default_pipeline(
      "柳溪镇2024年法治政府建设工作报告\n2024年，柳溪镇坚持依法行政，全年办理行政复议案件9件，调解纠纷56起……");
  EXPECT_EQ(cut_short.metadata.get("genre"), "summary");
  EXPECT_EQ(test::process_text_with_default_pipeline(
                "柳溪镇2024年法治政府建设工作报告\n2024年，柳溪镇坚持依法行政，全年办理行政复议案件9件。")
                .metadata.get("genre"),
            "");
  // A short report of its own: an ellipsis in mid-text, 全文 as a word of the report's, point to nothing.
  EXPECT_EQ(test::process_text_with_default_pipeline(
                "柳溪镇2024年法治政府建设工作总结\n我镇2024年法治政府建设工作总结如下……全年办理行政复议案件12件，"
                "行政规范性文件全文公开。")
                .metadata.get("genre"),
            "");
  EXPECT_EQ(test::process_text_with_default_pipeline(
                "柳溪镇2024年法治政府建设工作报告\n一、主要举措和成效\n修订议事规则，详见附件1。\n二、存在的不足\n"
                "力量薄弱。")
                .metadata.get("genre"),
            "");
}

// A copy that lost its title still says what it is in its opening; a report's opening never does.
TEST(NotAReport, APlanThatLostItsTitleNamesItselfInItsOpening) {
  const auto document = test::process_text_with_default_pipeline(
      "为扎实推进依法行政，规范各乡镇法治政府建设年度报告的起草和公开，结合本县实际，制定本工作指引。\n"
      "一、报告主体。各乡镇人民政府、县政府各部门。\n二、报告时间。每年3月1日前报送上一年度情况。\n"
      "三、公开要求。报告应当在本单位门户网站公开。");
  EXPECT_EQ(document.metadata.get("genre"), "rules");
  EXPECT_EQ(document.metadata.get("genre.evidence"), "制定本工作指引");
  std::vector<std::string> rules;
  for (const auto& a : document.anomalies) rules.push_back(a.rule);
  EXPECT_THAT(rules, ::testing::ElementsAre("not-a-report"));
  EXPECT_THAT(document.anomalies.front().message, HasSubstr("正文开头“制定本工作指引”"));
  EXPECT_THAT(findings("根据省里的部署，结合本区实际，制定本实施方案。\n一、工作目标\n到年底完成示范创建。\n"
                       "二、主要任务\n（一）健全权责清单。"),
              ::testing::ElementsAre("not-a-report warning"));
}

TEST(NotAReport, ANewsStoryIsToldByItsDatelineOrItsPapersMark) {
  EXPECT_THAT(findings("分享到微信\n3月12日上午，青禾县政府召开常务会议，审议通过县法治政府建设示范创建方案。\n"
                       "会议要求，各乡镇各部门要压实责任、细化举措，确保创建任务按期完成。\n（记者 周岚）"),
              ::testing::ElementsAre("not-a-report warning"));
  const auto story = test::process_text_with_default_pipeline(
      "本报讯 近日，市委依法治市办公布2025年度法治建设重点项目46个，其中民生类20个、营商环境类26个。\n"
      "市委依法治市办要求各地抓好项目落实。");
  EXPECT_EQ(story.metadata.get("genre"), "news");
  EXPECT_EQ(story.metadata.get("genre.evidence"), "本报讯");
  // A paper's own mark before its reporter in brackets: the story of a regiment's 普法 years.
  const auto local = test::process_text_with_default_pipeline(
      "榆城讯（通讯员 林晓）“法律明白人”覆盖全部连队社区，矛盾纠纷调解成功率达97%。自2021年以来，第九师青河市一〇八团"
      "坚持以习近平法治思想为指引，构建大普法格局。\n团场党委书记挂帅成立普法领导小组。");
  EXPECT_EQ(local.metadata.get("genre"), "news");
  EXPECT_EQ(local.metadata.get("genre.evidence"), "榆城讯");
  EXPECT_THAT(findings("近日，县政府召开常务会议，听取全县法治政府建设工作汇报。\n会议要求，各部门要规范出庭应诉，"
                       "全面提升出庭应诉率。"),
              ::testing::ElementsAre("not-a-report warning"));
}

// A headline naming the reports as what a meeting dealt with (…年度报告评议会, …工作总结会) names no report: the
// story's dateline tells it, as it does under a headline naming nothing.
TEST(NotAReport, AStoryOnAMeetingAboutTheReportsIsNews) {
  for (const char* headline : {"宁川县召开2023年度法治政府建设年度报告评议会", "青禾镇召开2024年法治政府建设工作总结会",
                               "青禾县2024年度法治政府建设情况报告发布会召开", "青禾镇2024年度述职报告会召开"}) {
    const auto story = test::process_text_with_default_pipeline(
        std::string(headline) +
        "\n6月25日，宁川县组织对各乡镇、县直部门报送的2023年度法治政府建设报告进行评议。\n"
        "参评人员从五个方面逐一评议打分。（陈敏）");
    EXPECT_EQ(story.metadata.get("genre"), "news") << headline;
    EXPECT_EQ(story.metadata.get("title"), headline);
  }
  // A local paper's lead dates the story by its day alone, the time of day after it; a day with none is no lead.
  const auto day_alone = test::process_text_with_default_pipeline(
      "东阳市首个全面依法治街委员会办公室揭牌\n7日上午，白云街道全面依法治街委员会办公室揭牌。\n"
      "这是我市首个挂牌成立的全面依法治街委员会办公室。");
  EXPECT_EQ(day_alone.metadata.get("genre"), "news");
  EXPECT_EQ(day_alone.metadata.get("genre.evidence"), "7日上午");
  const auto no_time = test::process_text_with_default_pipeline(
      "白云街道法治建设工作\n7日，白云街道全面依法治街委员会办公室揭牌。\n一、主要举措\n开展普法活动12次。");
  EXPECT_EQ(no_time.metadata.get("genre"), "");
  // The report itself, and a report with its plan, stay reports.
  EXPECT_EQ(sections::genre_of_title(U"宁川县2023年度法治政府建设情况报告"), "");
  EXPECT_EQ(sections::genre_of_title(U"宁川县2023年度法治政府建设工作总结和2024年工作计划"), "");
}

// A headline telling the meeting that deliberated the report (召开…会议 审议…报告, 常务会议听取…汇报) is a story's,
// with a dateline in its lead or none; the report's own title names no meeting.
TEST(NotAReport, AStoryOnAMeetingThatDeliberatedTheReportIsNews) {
  for (const char* headline :
       {"我县召开县政府常务会议 审议2024年法治政府建设情况报告",
        "宁丰县政府常务会议听取2024年度法治政府建设工作情况汇报", "柳溪镇党委会研究审议2025年法治政府建设年度报告"}) {
    const auto story = test::process_text_with_default_pipeline(
        std::string(headline) +
        "\n2月12日，县政府常务会议审议了2024年法治政府建设情况报告。\n会议指出，要以问题为导向抓好整改。");
    EXPECT_EQ(story.metadata.get("genre"), "news") << headline;
  }
  EXPECT_THAT(findings("我县召开县政府常务会议 审议2024年法治政府建设情况报告\n为推进依法行政，县政府召开常务会议，"
                       "审议了报告。\n会议要求各部门抓好整改。"),
              ::testing::ElementsAre("not-a-report warning"));
  // A report that tells its own deliberation in the text, not in its title, stays one.
  const auto report = test::process_text_with_default_pipeline(
      "宁丰县2024年法治政府建设情况报告\n本报告经县政府常务会议审议通过。\n一、主要举措和成效\n全年调解纠纷40件。");
  EXPECT_EQ(report.metadata.get("genre"), "");
  EXPECT_EQ(sections::genre_of_title(U"关于2024年度法治政府建设研究报告"), "");
}

// A story whose page gave no dateline (its lead opens on its purpose, 为…，) is told by its headline: a meeting held,
// a training given, a visit paid. The same headline over a text with a report's parts, or a headline telling no
// event, names no genre.
TEST(NotAReport, AStoryWithoutADatelineIsToldByItsHeadlinesEvent) {
  for (const char* story :
       {"青溪县司法局召开2024年法治政府建设工作推进会\n为深入推进法治政府建设，青溪县司法局召开工作推进会，总结去年"
        "工作，部署今年任务。\n会议要求，各股室要压实责任、细化举措。",
        "柳溪镇举办法治政府建设专题培训班\n为提升干部依法行政能力，柳溪镇邀请执业律师为全镇干部授课。\n培训围绕"
        "行政执法程序、行政复议应诉等内容展开。",
        "市委依法治市办到青禾县调研法治政府建设工作\n市委依法治市办一行深入青禾县司法所、综合行政执法队，详细了解"
        "示范创建进展。\n调研组对青禾县的做法给予肯定。",
        "青禾县2025年法治政府建设工作会议召开\n会议通报了全县法治政府建设考核结果，部署了全年12项重点任务。\n"
        "县政府各部门主要负责人参加会议。"}) {
    const auto document = test::process_text_with_default_pipeline(story);
    EXPECT_EQ(document.metadata.get("genre"), "news") << story;
    EXPECT_EQ(document.metadata.get("genre.evidence"), "") << story;
  }
  EXPECT_THAT(findings("柳溪镇举办法治政府建设专题培训班\n为提升干部依法行政能力，柳溪镇邀请执业律师为全镇干部授课"
                       "。\n培训围绕行政执法程序展开。"),
              ::testing::ElementsAre("not-a-report warning"));
  // The headline over a text with a report's parts: no genre.
  const auto headed = test::process_text_with_default_pipeline(
      "青溪县召开法治政府建设工作推进会\n会议听取了各部门的工作汇报，形成以下意见。\n一、压实第一责任人职责\n"
      "各部门主要负责人要亲自部署、亲自推动。\n二、规范行政执法\n全年组织执法人员培训不少于4期。");
  EXPECT_EQ(headed.metadata.get("genre"), "");
  // A report's title names its work, not an event; nor does a title naming the committee that held it.
  for (const char* report :
       {"柳溪镇法治政府建设工作\n为推进依法行政，柳溪镇全年开展学法12次，办理行政复议案件9件。\n群众满意度明显提升。",
        "青溪县全面依法治县委员会\n为推进依法行政，全县全年开展学法12次，办理行政复议案件9件。\n群众满意度明显提升"
        "。"}) {
    EXPECT_EQ(test::process_text_with_default_pipeline(report).metadata.get("genre"), "") << report;
  }
  EXPECT_EQ(sections::genre_of_title(U"青溪县司法局召开2024年法治政府建设工作推进会"), "");
}

TEST(NotAReport, AReportWhoseTitleIsLostOrWhoseTextIsIntroducedStaysOne) {
  // A report's own opening: its year, the unit's plan named by another unit's words (本单位…方案 is no self-name).
  const auto report = test::process_text_with_default_pipeline(
      "2025年，青禾县坚持依法行政，组织各部门制定本单位法治建设工作方案，全年开展学法12次。\n"
      "一、主要举措和成效\n开展普法活动20场。");
  EXPECT_EQ(report.metadata.get("genre"), "");
  // A portal's story that gives the report whole after a dateline is the report.
  const auto introduced = test::process_text_with_default_pipeline(
      "3月20日，青禾县人民政府公布2024年度法治政府建设情况报告，全文如下：\n一、主要举措和成效\n开展普法活动20场。");
  EXPECT_EQ(introduced.metadata.get("genre"), "");
  // A title naming the report wins over an opening that names a plan (a report quoting its plan's words).
  EXPECT_THAT(findings("柳溪镇2024年法治政府建设工作总结\n为推进依法行政，制定本方案。\n一、主要举措和成效\n"
                       "开展普法活动12次。"),
              Not(Contains("not-a-report warning")));
}

// An attachment sent on its own (附件2：…统计表 over its table, 附件1 over a list of items) has none of a report's
// parts: said once, by its label, and titled by the words after the label. A report a portal copied with 附件 over
// its title, and a report sent under the label, stay reports.
TEST(NotAReport, AnAttachmentSentAloneIsSaidOnceByItsLabel) {
  const auto table = test::process_text_with_default_pipeline(
      "附件2：\n云岭县石桥乡2025年行政执法数据统计表\n序号 | 项目 | 件数\n1 | 行政处罚 | 27\n2 | 行政检查 | 64\n");
  EXPECT_EQ(table.metadata.get("genre"), "attachment");
  EXPECT_EQ(table.metadata.get("genre.evidence"), "附件2");
  EXPECT_EQ(table.metadata.get("title"), "云岭县石桥乡2025年行政执法数据统计表");
  std::vector<std::string> rules;
  for (const auto& a : table.anomalies) rules.push_back(a.rule);
  EXPECT_THAT(rules, ::testing::ElementsAre("not-a-report"));
  EXPECT_THAT(table.anomalies.front().message, HasSubstr("附件标注“附件2”"));
  // The label and the title on one line; a table's title naming 情况 is no report's.
  const auto one_line = test::process_text_with_default_pipeline(
      "附件1：2025年度行政复议案件办理情况汇总\n收到申请：19件\n审结：17件\n纠错：2件");
  EXPECT_EQ(one_line.metadata.get("genre"), "attachment");
  EXPECT_EQ(one_line.metadata.get("title"), "2025年度行政复议案件办理情况汇总");
  EXPECT_THAT(findings("附件\n2025年度重大行政决策事项目录\n1.城区停车收费标准调整\n2.老旧小区改造实施计划"),
              ::testing::ElementsAre("not-a-report warning"));
  // A report under the label: its title names it, or its headings name a report's parts.
  const auto report = test::process_text_with_default_pipeline(
      "附件\n云岭县石桥乡2025年法治政府建设工作报告\n2025年，石桥乡坚持依法行政。\n一、主要举措和成效\n"
      "开展普法活动20场。\n二、存在的不足和原因\n执法力量不足。\n三、2026年工作计划\n深化普法宣传。\n"
      "石桥乡人民政府\n2026年1月12日");
  EXPECT_EQ(report.metadata.get("genre"), "");
  EXPECT_EQ(report.metadata.get("title"), "云岭县石桥乡2025年法治政府建设工作报告");
  EXPECT_EQ(report.metadata.get("region"), "云岭县石桥乡");
  EXPECT_THAT(findings("附件1\n石桥乡法治政府建设工作\n一、主要举措和成效\n开展普法活动20场。\n二、存在的不足和原因\n"
                       "执法力量不足。\n三、2026年工作计划\n深化普法宣传。"),
              Not(Contains("not-a-report warning")));
  // A sentence opening with the word is no label.
  EXPECT_EQ(sections::genre_of_an_attachment(U"附件材料由司法所审核后报送。", U"", false).name, "");
  EXPECT_EQ(sections::genre_of_an_attachment(U"附件3", U"2025年法治政府建设工作总结", false).name, "");
  // A department's report titled by its work's 情况, prose and no headings: a report; a table's 情况 is not.
  EXPECT_EQ(sections::genre_of_an_attachment(U"附件", U"滇南省教育厅2025年法治政府建设工作情况", false).name, "");
  EXPECT_EQ(sections::genre_of_an_attachment(U"附件", U"2025年法治政府建设工作情况统计表", false).name, "attachment");
  EXPECT_EQ(sections::genre_of_an_attachment(U"附件", U"2025年度行政复议案件办理情况", false).name, "attachment");
}

// A portal's public-information record names the document in a field of its own, above whatever it prints.
TEST(NotAReport, ARecordsTitleFieldIsTheTitle) {
  const auto notice = test::process_text_with_default_pipeline(
      "索 引 号 | 11000000/2025-0101 | 主题分类 | 青政发 |\n发文字号 | 青政发〔2025〕8号 | 发布机构 | |\n"
      "标 题 | 青禾县人民政府关于印发《青禾县法治政府建设示范创建实施方案》的通知 |\n"
      "各乡镇人民政府，县政府各部门：\n《青禾县法治政府建设示范创建实施方案》已经县政府同意，现印发给你们。\n"
      "青禾县人民政府\n2025年5月10日");
  EXPECT_EQ(notice.metadata.get("title"), "青禾县人民政府关于印发《青禾县法治政府建设示范创建实施方案》的通知");
  EXPECT_EQ(notice.metadata.get("genre"), "plan");
  const auto report = test::process_text_with_default_pipeline(
      "- 索引号: 11000000/2026-0042\n- 发布时间: 2026-02-20\n"
      "- 标题: [青政发〔2026〕3号]青禾县人民政府关于2025年法治政府建设情况的报告\n"
      "县委：\n2025年，县政府坚持依法行政，全年开展学法12次。\n一、主要举措和成效\n开展普法活动20场。");
  EXPECT_EQ(report.metadata.get("title"), "青禾县人民政府关于2025年法治政府建设情况的报告");
  EXPECT_EQ(report.metadata.get("genre"), "");
}

// A yearbook's entry (年鉴条目) records an organ's year under run-in bracketed topics, the first its overview: it has
// no report's parts to miss, and is said to be an entry once.
TEST(NotAReport, AYearbooksEntryIsNoReport) {
  const auto entry = test::process_text_with_default_pipeline(
      "司法行政\n【概况】2024年，青禾县司法局内设股室6个，下辖司法所12个，有干部职工58人。\n"
      "【法治政府建设】县委、县政府召开专题会议3次，全年审查规范性文件14件。\n"
      "【普法宣传】开展“八五”普法活动210场次，受众3.2万人次。");
  EXPECT_EQ(entry.metadata.get("genre"), "yearbook");
  EXPECT_EQ(entry.metadata.get("genre.evidence"), "【概况】");
  std::vector<std::string> rules;
  for (const auto& a : entry.anomalies) rules.push_back(a.rule);
  EXPECT_THAT(rules, ::testing::ElementsAre("not-a-report"));
  EXPECT_THAT(entry.anomalies.front().message, HasSubstr("年鉴条目"));
  // A page that names the yearbook it is taken from, in its title or in its source's field.
  EXPECT_EQ(test::process_text_with_default_pipeline("依法行政 - 榆城年鉴2025\n2024年，市政府办理行政复议案件120件。")
                .metadata.get("genre"),
            "yearbook");
  const auto sourced = test::process_text_with_default_pipeline(
      "依法治市\n来源：《榆城年鉴（2025）》\n2024年，市委全面依法治市委员会召开会议2次。");
  EXPECT_EQ(sourced.metadata.get("genre"), "yearbook");
  EXPECT_EQ(sourced.metadata.get("genre.evidence"), "《榆城年鉴（2025）》");
  // A report with a bracketed topic or two, none of them an overview opening the text, is a report.
  EXPECT_EQ(
      test::process_text_with_default_pipeline(
          "青禾县2024年法治政府建设情况报告\n【典型案例】柳溪镇调解一起土地纠纷。\n【工作亮点】全年开展普法20场。\n"
          "一、主要举措和成效\n正文。\n二、存在的不足\n正文。")
          .metadata.get("genre"),
      "");
  // Nor is a report whose topics are run-in labels, its overview first, or a yearbook office's own report (R12).
  EXPECT_EQ(test::process_text_with_default_pipeline(
                "青禾县审计局2024年度法治政府建设工作报告\n【基本情况】2024年，我局全面推进依法行政。\n"
                "【主要做法】全年审查合同12份。\n【存在问题】执法力量不足。")
                .metadata.get("genre"),
            "");
  EXPECT_EQ(test::process_text_with_default_pipeline(
                "青禾县史志年鉴编纂中心2024年法治政府建设工作报告\n2024年，我中心全面推进依法行政。\n"
                "一、主要举措和成效\n正文。")
                .metadata.get("genre"),
            "");
  // Nor one a yearbook's site republished, its source field naming the yearbook.
  EXPECT_EQ(test::process_text_with_default_pipeline(
                "青禾县司法局2024年法治政府建设工作报告\n来源：《青禾年鉴（2025）》\n2024年，我局全面推进依法行政。\n"
                "一、主要举措和成效\n正文。")
                .metadata.get("genre"),
            "");
}

// A portal prints the title in its header and again over the article, spaced differently: that line is the title,
// not joined to the masthead lines above it.
TEST(NotAReport, ATitlePrintedTwiceIsTheTitle) {
  const auto notice = test::process_text_with_default_pipeline(
      "政府信息公开 规章库\n\n榆城高新区管委会办公室、榆城市青山区人民政府办公室政府信息公开\n\n"
      "榆城市青山区人民政府办公室关于印发 青山区2025年依法行政工作要点的通知\n\n"
      "榆城市青山区人民政府办公室关于印发青山区2025年依法行政工作要点的通知\n\n"
      "各镇（街），区政府各部门：\n\n《青山区2025年依法行政工作要点》已经区政府同意，现印发给你们。\n\n"
      "榆城市青山区人民政府办公室\n\n2025年3月10日");
  EXPECT_EQ(notice.metadata.get("title"), "榆城市青山区人民政府办公室关于印发青山区2025年依法行政工作要点的通知");
  EXPECT_EQ(notice.metadata.get("genre"), "plan");
}

}  // namespace
}  // namespace docpipe
