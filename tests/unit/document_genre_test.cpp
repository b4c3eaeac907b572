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

TEST(NotAReport, AReportIsNeverOne) {
  EXPECT_THAT(
      findings("柳溪镇2024年法治政府建设工作总结\n一、主要举措和成效\n开展普法活动12次。\n二、存在的不足和原因\n"
               "基层力量薄弱。\n三、2025年工作计划\n继续开展普法。"),
      Not(Contains("not-a-report warning")));
}

}  // namespace
}  // namespace docpipe
