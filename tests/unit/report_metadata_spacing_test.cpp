// Report metadata from real pages' odd copies (S18): a year or a date spaced out as a PDF prints it in a page
// flattened into one line, an organ and its date on one line under an interpretation's title, a publisher named as a
// site, and a news story whose dateline stands inside its lead.
#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace docpipe {
namespace {

using test::process_text_with_default_pipeline;

// A PDF sets a space on each side of a year's figures (青石县 2025 年度…): in a page flattened into one line those
// spaces are no line's end, so the title run into the opening sentence is still set apart, the half-width comma after
// the spaced year (2025 年,) closing the year's clause.
TEST(SpacedDatesInAFlattenedPage, TheRunInTitleIsFound) {
  const Document document = process_text_with_default_pipeline(
      "青石县 2025 年度法治政府建设情况报告2025 年,全县坚持以习近平法治思想为指导，统筹推进依法行政、公正执法、"
      "全民守法各项工作，为全县高质量发展提供了坚实法治保障。一、主要举措和成效（一）强化理论武装。全年开展专题学习"
      " 18 次，举办法治专题培训班 3 期。二、存在的不足和原因基层执法力量不足，执法人员仅有 12 名。三、2026 年工作计划"
      "持续深化法治政府建设。");
  EXPECT_EQ(document.metadata.get("title"), "青石县 2025 年度法治政府建设情况报告");
  EXPECT_EQ(document.metadata.get("year"), "2025");
  EXPECT_EQ(document.metadata.get("region"), "青石县");
}

// The signature's date spaced out the same way (2026 年 1 月 20 日) is one line after its issuer, not five.
TEST(SpacedDatesInAFlattenedPage, TheRunInSignatureKeepsItsDate) {
  const Document document = process_text_with_default_pipeline(
      "榆城市柳溪镇2025年法治政府建设工作报告\n一、主要举措和成效\n全年开展专题学习18次，办理行政执法案件27件。\n"
      "二、存在的不足和原因\n基层执法力量不足。\n三、2026年工作计划\n持续深化法治政府建设，推进严格规范公正文明执法。"
      " 柳溪镇人民政府 2026 年 1 月 20 日");
  EXPECT_EQ(document.metadata.get("date"), "2026-01-20");
  EXPECT_EQ(document.metadata.get("unit"), "柳溪镇人民政府");
  EXPECT_EQ(document.metadata.get("region"), "榆城市柳溪镇");
}

// A year written close to its 年 after a space is where the title's line ended (…报告 2024年，…): still a line's end,
// and the issuer's line over 关于…的报告 stays the title's subject.
TEST(SpacedDatesInAFlattenedPage, ASpaceBeforeAYearWrittenCloseIsALinesEnd) {
  const Document document = process_text_with_default_pipeline(
      "宁丰县青石镇人民政府 关于2024年度法治政府建设情况的报告 2024年，青石镇在县委、县政府的领导下，坚持依法行政，"
      "全年办理行政执法案件27件，开展法治宣传活动16场，化解矛盾纠纷58件，法治政府建设取得新成效。一、主要举措和成效"
      "（一）强化组织领导。镇党委召开专题会议4次。二、存在的不足和原因执法力量不足。三、下一步工作打算持续推进。");
  EXPECT_EQ(document.metadata.get("title"), "宁丰县青石镇人民政府关于2024年度法治政府建设情况的报告");
  EXPECT_EQ(document.metadata.get("year"), "2024");
  EXPECT_EQ(document.metadata.get("unit"), "宁丰县青石镇人民政府");
}

// The report's year is read past a date, spaced out or not (根据2025 年 1 月 5 日通知…, 现将2024年…): a date's year is
// no year reported on.
TEST(SpacedDatesInThePreamble, ADatesYearIsNoYearReportedOn) {
  for (const char* notice :
       {"根据2025 年 1 月 5 日通知要求，", "根据2025年 1月 5日通知要求，", "根据2025年1月5日通知要求，"}) {
    const Document document = process_text_with_default_pipeline(
        std::string("青石县法治政府建设情况报告\n") + notice +
        "现将2024年全县法治政府建设情况报告如下。\n一、主要举措和成效\n全年开展专题学习18次。");
    EXPECT_EQ(document.metadata.get("year"), "2024") << notice;
  }
}

// A portal stamps the organ and the page's date on one line under an interpretation's title: the organ issued the
// page, and names the unit the title names only inside its book marks.
TEST(OrganAndDateUnderTheTitle, NameTheUnitOfAnInterpretation) {
  const Document document = process_text_with_default_pipeline(
      "关于《榆城县人民政府关于榆城县2024年度法治政府建设工作总结的报告》的政策解读\n"
      "榆城县人民政府 2025年01月08日\n"
      "按照省市法治政府建设工作要求，我县总结2024年全县法治政府建设工作，现解读如下：\n"
      "一、起草背景\n党中央、国务院高度重视法治政府建设。\n二、起草过程\n县司法局多次组织研究讨论。");
  EXPECT_EQ(document.metadata.get("genre"), "interpretation");
  EXPECT_EQ(document.metadata.get("unit"), "榆城县人民政府");
  EXPECT_EQ(document.metadata.get("region"), "榆城县");
}

// A page's publisher named as its site (发布机构：宁丰县人民政府网) publishes; it names no unit and no place.
TEST(PublisherNamedAsASite, NamesNoUnit) {
  const Document document = process_text_with_default_pipeline(
      "关于印发2025年普法依法治理工作要点的通知\n发布机构：宁丰县人民政府网\n发布日期：2025-03-02\n各乡镇人民政府：\n"
      "现将2025年普法依法治理工作要点印发给你们，请认真贯彻落实。\n一、总体要求\n坚持以习近平法治思想为指导。\n"
      "二、重点任务\n深化法治宣传教育。");
  EXPECT_EQ(document.metadata.get("web.publisher"), "宁丰县人民政府网");
  EXPECT_EQ(document.metadata.get("unit"), "");
  EXPECT_EQ(document.metadata.get("region"), "");
}

// A verb crediting the leaders, a determiner or an adverb of time before a level's word names no place
// (得益于县委、县政府的坚强领导…, 其余镇部门…, 下一步全椒县将…).
TEST(OpeningSentenceUnit, NoPlaceFromAVerbOrADeterminerBeforeALevel) {
  EXPECT_EQ(process_text_with_default_pipeline(
                "2024年，得益于县委、县政府的坚强领导，我乡积极作为，法治政府建设取得新成效。\n一、主要举措和成效\n"
                "全年开展法治讲座12场。")
                .metadata.get("region"),
            "");
  EXPECT_EQ(process_text_with_default_pipeline("会上，部分村主要负责人现场述法，其余镇部门书面述法。\n"
                                               "下一步榆城县将在全县开展基层述法工作。")
                .metadata.get("region"),
            "");
}

// A titleless story whose lead opens on its purpose: its dateline, a day named, stands mid-sentence before the event
// it tells (…，2025年3月12日，…述法现场会在区委三楼会议室召开。).
TEST(NewsDatelineWithinTheLead, AfterAClauseOfPurposeIsNews) {
  const Document document = process_text_with_default_pipeline(
      "为进一步推动党政主要负责人履行推进法治建设第一责任人职责，创新述法形式，2025年3月12日，2024年度青山区述法"
      "现场会在区委三楼会议室召开。各街道党政主要负责人参加会议。\n会上，5家单位主要负责人进行现场述法。");
  EXPECT_EQ(document.metadata.get("genre"), "news");
  EXPECT_EQ(document.metadata.get("genre.evidence"), "2025年3月12日");
}

TEST(NewsDatelineWithinTheLead, AfterASayingIsNews) {
  const Document document = process_text_with_default_pipeline(
      "“法者，治之端也”。为深入学习贯彻习近平法治思想，压实第一责任人职责。近日，榆城县白沙镇组织召开镇村主要负责人"
      "述法评议会议。\n会议由镇党委书记主持，各村主要负责人现场述法。");
  EXPECT_EQ(document.metadata.get("genre"), "news");
  EXPECT_EQ(document.metadata.get("genre.evidence"), "近日");
}

// A report's lead names a year, not a day; and a day whose sentence tells no event held dates no story.
TEST(NewsDatelineWithinTheLead, AReportsLeadIsNone) {
  EXPECT_EQ(process_text_with_default_pipeline(
                "为深入贯彻习近平法治思想，2024年，青山区坚持依法行政，召开专题会议12次，法治政府建设取得新成效。\n"
                "全年办理行政执法案件27件。")
                .metadata.get("genre"),
            "");
  EXPECT_EQ(process_text_with_default_pipeline(
                "为落实上级部署，2024年5月6日，青山区印发法治政府建设工作要点，明确年度重点任务。\n全年办理案件27件。")
                .metadata.get("genre"),
            "");
}

}  // namespace
}  // namespace docpipe
