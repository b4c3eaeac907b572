// analysis.sections on small inputs: each heading form, each non-heading, parts, the signature
// block, numbering problems, metadata, and county keyword tables.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docpipe/document_builder.hpp"
#include "document_processor.hpp"
#include "pipeline_loader.hpp"
#include "report_metadata.hpp"
#include "section_splitter.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using test::process_text_with_default_pipeline;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string> headings(const Document& document) { return test::section_headings(document); }

std::vector<std::string> issue_types(const Document& document) {
  std::vector<std::string> out;
  if (const auto found = document.layers.find("structure_issues"); found != document.layers.end()) {
    for (const auto& a : found->second) out.push_back(a.type);
  }
  return out;
}

const Section* section(const Document& document, const std::string& id) {
  for (const auto& s : document.sections) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

TEST(SectionHeadings, WholeLineAndRunInHeadingsAtEveryLevel) {
  const auto document = process_text_with_default_pipeline(
      "一、工作开展情况\n（一）加强组织领导\n1."
      "健全工作机制。乡党委召开会议5次。\n（1）完善制度。正文。\n①建章立制。正文。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 工作开展情况 [achievements]", "2 （一） 加强组织领导 [achievements]",
                          "3 1. 健全工作机制 [achievements]", "4 （1） 完善制度 [achievements]",
                          "5 ① 建章立制 [achievements]"));
}

// Markers as PDF copies and typists leave them: spaces inside, a comma for 、 in a title-like line, ⒈; a run-in
// heading's title ends at its colon.
TEST(SectionHeadings, MarkersWithSpacesCommasAndDigitFullStops) {
  const auto document = process_text_with_default_pipeline(
      "一 、主要举措和成效\n（ 一 ）完善制度\n⒈ 健全议事规则。正文。\n1 、推行公示\n"
      "2.健全审查机制：明确由司法所牵头审查，做到应审必审。\n二，存在的不足和原因\n正文。\n"
      "三，下一步工作安排\n一，二级响应机制已建立，运行良好。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一 、 主要举措和成效 [achievements]", "2 （ 一 ） 完善制度 [achievements]",
                          "3 ⒈ 健全议事规则 [achievements]", "3 1 、 推行公示 [achievements]",
                          "3 2. 健全审查机制 [achievements]", "1 二， 存在的不足和原因 [shortcomings]",
                          "1 三， 下一步工作安排 [plan]"));
}

// A report in parts (第一部分) numbers its topics 一、 under them; an attachment list numbers no headings.
TEST(SectionHeadings, PartsOverTopicsAndAttachmentLists) {
  constexpr std::string_view kBody = "全镇坚持把法治建设摆在突出位置，统筹推进各项工作任务，取得了阶段性的明显成效。";
  const auto document = process_text_with_default_pipeline(
      "第一部分 主要举措和成效\n一、深入学习习近平法治思想\n" + std::string(kBody) + "\n二、依法全面履行政府职能\n" +
      std::string(kBody) + "\n第二部分 存在的不足和原因\n" + std::string(kBody) +
      "\n附件：1.行政执法情况统计表\n2.法律顾问服务事项清单\n"
      "松岭镇人民政府\n2024年1月22日");
  EXPECT_THAT(headings(document),
              ElementsAre("1 第一部分 主要举措和成效 [achievements]", "2 一、 深入学习习近平法治思想 [achievements]",
                          "2 二、 依法全面履行政府职能 [achievements]", "1 第二部分 存在的不足和原因 [shortcomings]"));
  EXPECT_THAT(issue_types(document), IsEmpty());
  EXPECT_EQ(document.metadata.get("date"), "2024-01-22");
  // After the signature, the list is part of the closing.
  const auto after = process_text_with_default_pipeline(
      "一、主要举措和成效\n正文。\n松岭镇人民政府\n2024年1月22日\n附件：1.行政执法情况统计表\n2.法律顾问服务事项清单");
  EXPECT_EQ(after.metadata.get("date"), "2024-01-22");
  EXPECT_EQ(after.metadata.get("unit"), "松岭镇人民政府");
}

TEST(SectionHeadings, DelimiterAndBracketVariants) {
  const auto document =
      process_text_with_default_pipeline("一、 主要举措\n(一)半角括号\n1、顿号\n2．全角点\n（二）全角括号");
  EXPECT_THAT(headings(document), ElementsAre("1 一、 主要举措 [achievements]", "2 (一) 半角括号 [achievements]",
                                              "3 1、 顿号 [achievements]", "3 2． 全角点 [achievements]",
                                              "2 （二） 全角括号 [achievements]"));
}

// Department reports number their second level in square brackets; a level-4 marker may lose its opening
// bracket as a level-2 one does.
TEST(SectionHeadings, SquareBracketsAndALostOpeningBracket) {
  const auto document = process_text_with_default_pipeline(
      "第一部分 主要工作\n【一】健全工作机制\n1.完善制度\n1）人民调解。正文。\n2)信访工作。正文。\n〔二〕加强普法");
  EXPECT_THAT(headings(document),
              ElementsAre("1 第一部分 主要工作 [achievements]", "2 【一】 健全工作机制 [achievements]",
                          "3 1. 完善制度 [achievements]", "4 1） 人民调解 [achievements]",
                          "4 2) 信访工作 [achievements]", "2 〔二〕 加强普法 [achievements]"));
}

// A report numbering its top level （一）（二）… with no 一、 anywhere: those are its level-1 sections, with
// their parts, not orphans.
TEST(SectionHeadings, WithNoLevelOneMarkerTheOutermostLevelIsLevelOne) {
  const auto document = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n（一）主要举措和成效\n1.健全机制\n正文。\n（二）存在的不足\n正文。\n"
      "（三）2024年工作计划\n正文。");
  EXPECT_THAT(headings(document), ElementsAre("1 （一） 主要举措和成效 [achievements]", "2 1. 健全机制 [achievements]",
                                              "1 （二） 存在的不足 [shortcomings]", "1 （三） 2024年工作计划 [plan]"));
  EXPECT_THAT(issue_types(document), ::testing::IsEmpty());
  EXPECT_EQ(document.metadata.get("numbering.top_level"), "2");
}

TEST(SectionHeadings, NumbersEnumerationsAndDatesInRunningTextAreNotHeadings) {
  const auto document = process_text_with_default_pipeline(
      "一、工作情况\n一是强化组织领导。二是强化制度建设。\n1.5万人次参加了培训。\n2024年12月召开会议。\n"
      "共开展活动：1.法治讲座；2.法律咨询。\n3月12日召开推进会。");
  EXPECT_THAT(headings(document), ElementsAre("1 一、 工作情况 [achievements]"));
}

TEST(SectionHeadings, ASectionSpansToTheNextHeadingOfTheSameOrAHigherLevel) {
  const auto document = process_text_with_default_pipeline("一、甲\n（一）乙\n正文\n（二）丙\n二、存在问题\n正文");
  const auto* first = section(document, "s1");
  const auto* sub = section(document, "s2");
  const auto* second = section(document, "s4");
  ASSERT_TRUE(first && sub && second);
  EXPECT_EQ(first->end, second->start);
  EXPECT_EQ(sub->end, section(document, "s3")->start);
  EXPECT_EQ(sub->parent, "s1");
  EXPECT_EQ(second->end, count_code_points(document.text));
}

TEST(SectionHeadings, HintsFromTheInputDecideTheLevel) {
  Document document;
  DocumentBuilder builder(document);
  Block heading;
  heading.kind = BlockKind::heading;
  heading.heading_level = 1;
  heading.numbering_label = "二、";
  builder.add_block("二、存在问题", heading);
  builder.add_block("正文。");
  Block styled;
  styled.heading_level = 2;
  builder.add_block("加强执法监督", styled);  // a Heading 2 style with no literal marker
  // GB/T 9704's Chinese markers say their level whatever the style (a title styled 标题 1 pushes 一、 to 标题 2).
  builder.add_block("（一）样式说是一级，标记说是二级", Block{BlockKind::heading, 0, 0, 1, "", {}, {}, {}, {}, ""});
  sections::SectionSplitter(sections::PartKeywords{}).analyze(document);
  ASSERT_EQ(document.sections.size(), 3u);
  EXPECT_EQ(document.sections[0].level, 1);
  EXPECT_EQ(document.sections[0].number, "二、");
  EXPECT_EQ(document.sections[1].level, 2);
  EXPECT_EQ(document.sections[1].title, "加强执法监督");
  EXPECT_EQ(document.sections[1].parent, document.sections[0].id);
  EXPECT_EQ(document.sections[2].level, 2);
  EXPECT_EQ(document.sections[2].number, "（一）");
  EXPECT_EQ(document.sections[2].parent, document.sections[0].id);
}

// A label of no GB/T 9704 form (Word's legal numbering) is still the heading's number, not part of its title.
TEST(SectionHeadings, ALegalNumberingLabelIsTheNumber) {
  Document document;
  DocumentBuilder builder(document);
  Block styled;
  styled.heading_level = 2;
  styled.numbering_label = "1.1 ";
  builder.add_block("一、主要工作情况", Block{BlockKind::heading, 0, 0, 1, "", {}, {}, {}, {}, ""});
  builder.add_block("1.1 规范行政审批", styled);
  sections::SectionSplitter(sections::PartKeywords{}).analyze(document);
  ASSERT_EQ(document.sections.size(), 2u);
  EXPECT_EQ(document.sections[1].number, "1.1");
  EXPECT_EQ(document.sections[1].title, "规范行政审批");
  EXPECT_THAT(issue_types(document), IsEmpty());
}

// A heading style whose number was switched off between numbered siblings (Word's numId 0) lost no number.
TEST(SectionNumbering, AStyledHeadingWithItsNumberSwitchedOffIsNoGap) {
  Document document;
  DocumentBuilder builder(document);
  Block styled;
  styled.heading_level = 2;
  builder.add_block("一、主要举措和成效", Block{BlockKind::heading, 0, 0, 1, "", {}, {}, {}, {}, ""});
  for (const char* heading : {"（一）推进依法治校", "工作亮点", "（二）规范办学行为"}) {
    builder.add_block(heading, styled);
    builder.add_block("正文。");
  }
  sections::SectionSplitter(sections::PartKeywords{}).analyze(document);
  ASSERT_EQ(document.sections.size(), 4u);
  EXPECT_EQ(document.sections[2].title, "工作亮点");
  EXPECT_THAT(issue_types(document), IsEmpty());
}

// A title styled as a heading is the title; headings an outline styles without any number lost none.
TEST(SectionHeadings, ATitleStyledAsAHeadingAndUnnumberedOutlines) {
  Document document;
  DocumentBuilder builder(document);
  Block level_one;
  level_one.kind = BlockKind::heading;
  level_one.heading_level = 1;
  Block level_two = level_one;
  level_two.heading_level = 2;
  builder.add_block("青山镇关于2024年度法治政府建设情况的报告", level_one);
  builder.add_block("主要举措和成效", level_one);
  builder.add_block("加强组织领导", level_two);
  builder.add_block("正文。");
  builder.add_block("存在的不足", level_one);
  builder.add_block("正文。");
  sections::SectionSplitter(sections::PartKeywords{}).analyze(document);
  EXPECT_EQ(document.metadata.get("title"), "青山镇关于2024年度法治政府建设情况的报告");
  ASSERT_EQ(document.sections.size(), 4u);  // the preamble (the title) and three headings
  EXPECT_EQ(document.sections[1].title, "主要举措和成效");
  EXPECT_EQ(document.sections[1].level, 1);
  EXPECT_THAT(issue_types(document), Not(Contains("missing-marker")));
}

// A street's Party committee named under its district (中共柳湾区委青禾街道工作委员会) is the street's; a date in
// brackets under the title is the report's date when no signature gives one.
TEST(SectionMetadata, AStreetCommitteeUnderItsDistrictAndADateUnderTheTitle) {
  const auto signed_ = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n正文。\n中共柳湾区委青禾街道工作委员会\n2024年1月15日");
  EXPECT_EQ(signed_.metadata.get("region"), "柳湾区青禾街道");
  const auto dated = process_text_with_default_pipeline(
      "松岭镇2023年法治政府建设情况报告\n（2024年1月22日）\n一、主要举措和成效\n正文。");
  EXPECT_EQ(dated.metadata.get("date"), "2024-01-22");
}

// A letter's list of its attachments set first (附件：1.…统计表 2.…清单 on the label's line) names the
// attachments, not the report under it: the title is the report's. A single attachment under its label keeps its own
// title, its number aside.
TEST(SectionMetadata, AListOfAttachmentsFirstIsNoTitle) {
  const std::string report =
      "柳溪镇2025年法治政府建设年度报告\n2025年，柳溪镇坚持依法行政。\n一、主要举措和成效\n正文。\n"
      "二、存在的不足\n不足。\n三、2026年工作打算\n继续推进。";
  for (const char* list : {"附件：1.柳溪镇2025年行政执法情况统计表 2.柳溪镇权责事项清单\n",
                           "附件：1、柳溪镇2025年行政执法情况统计表　2、柳溪镇权责事项清单\n"}) {
    const auto document = process_text_with_default_pipeline(list + report);
    EXPECT_EQ(document.metadata.get("title"), "柳溪镇2025年法治政府建设年度报告") << list;
    EXPECT_EQ(document.metadata.get("unit"), "柳溪镇") << list;
  }
  // A title naming no year, or none at all: the list is still no title.
  const std::string body = "2025年，柳溪镇坚持依法行政。\n一、主要举措和成效\n正文。\n二、存在的不足\n不足。";
  const std::string list = "附件：1.柳溪镇2025年行政执法情况统计表 2.柳溪镇权责事项清单\n";
  EXPECT_EQ(process_text_with_default_pipeline(list + "柳溪镇法治政府建设年度报告\n" + body).metadata.get("title"),
            "柳溪镇法治政府建设年度报告");
  EXPECT_EQ(process_text_with_default_pipeline(list + body).metadata.get("title"), "");
  const auto one = process_text_with_default_pipeline(
      "附件：1.柳溪镇2025年行政执法情况统计表\n执法类别 案件数\n行政处罚 12\n行政检查 30");
  EXPECT_EQ(one.metadata.get("title"), "柳溪镇2025年行政执法情况统计表");
}

// The list set first with its items on lines of their own under the label (附件： / 1.…统计表 / 2.…清单) heads no
// section and is no title: the report's title and parts are found under it.
TEST(SectionMetadata, AListOfAttachmentsALineEachFirstIsNoTitleNorHeadings) {
  const auto document = process_text_with_default_pipeline(
      "附件：\n1.云岭县2025年行政复议和行政应诉案件统计表\n2.云岭县2025年法治政府建设任务完成情况清单\n"
      "云岭县2025年法治政府建设年度报告\n2025年，云岭县坚持依法行政。\n一、主要举措和成效\n正文。\n"
      "二、存在的不足和原因\n不足。\n三、2026年工作安排\n继续推进。\n云岭县人民政府\n2026年1月20日");
  EXPECT_EQ(document.metadata.get("title"), "云岭县2025年法治政府建设年度报告");
  EXPECT_EQ(document.metadata.get("unit"), "云岭县人民政府");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
                          "1 三、 2026年工作安排 [plan]"));
}

// A heading of two parts with each written one level down under its own name: each subsection is its part.
TEST(SectionKinds, SubsectionsOfATwoPartHeadingTakeTheirOwnPart) {
  const auto document = process_text_with_default_pipeline(
      "某县2018年依法行政工作报告\n一、主要工作\n开展普法。\n二、存在的不足及2019年工作打算\n（一）存在的不足\n力量薄弱"
      "。\n"
      "（二）2019年工作打算\n力争培训1,200人次以上。\n（三）其他\n无。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要工作 [achievements]", "1 二、 存在的不足及2019年工作打算 [shortcomings;plan]",
                          "2 （一） 存在的不足 [shortcomings]", "2 （二） 2019年工作打算 [plan]",
                          "2 （三） 其他 [shortcomings;plan]"));
}

// The printed copy's mark where the seal goes (（盖章）) is no part of the issuer's name: the signature is still
// the closing, and names the unit when the title does not.
TEST(SectionMetadata, ASealMarkAfterTheIssuerKeepsTheSignature) {
  for (const char* mark : {"（盖章）", "(公章)", "（章）", "（ 盖 章 ）", "（签字盖章）"}) {
    const auto document = process_text_with_default_pipeline(
        std::string("2024年法治政府建设工作情况报告\n一、主要工作\n正文。\n二、存在的问题\n不足。\n莲塘镇人民政府") +
        mark + "\n2025年1月20日");
    EXPECT_EQ(document.metadata.get("unit"), "莲塘镇人民政府") << mark;
    EXPECT_EQ(document.sections.back().id, "closing");
    EXPECT_EQ(document.sections.back().start, count_code_points(document.text.substr(0, document.text.find("莲塘镇"))));
  }
}

// An official document's record (版记) after the signature is part of the closing: the date is still read.
// GB/T 9704 puts attachments after the signature: they are closing matter, and name neither the unit nor
// the date.
TEST(SectionMetadata, AnAttachmentAfterTheSignatureIsClosingMatter) {
  const auto document = process_text_with_default_pipeline(
      "东湖区司法局2023年度法治政府建设年度报告\n一、主要举措和成效\n受理法律援助案件1,036件。\n二、2024年工作思路\n"
      "继续深化法治宣传教育。\n临川市东湖区司法局\n2024年2月28日\n附件\n东湖区2023年度法治建设主要数据\n"
      "全年办理公证事项4,527件，行政复议案件156件。\n安和县司法局\n2023年12月1日");
  EXPECT_EQ(document.metadata.get("date"), "2024-02-28");
  EXPECT_EQ(document.metadata.get("unit"), "临川市东湖区司法局");
  EXPECT_EQ(document.sections.back().id, "closing");
  EXPECT_THAT(headings(document).back(), "1 二、 2024年工作思路 [plan]");
  for (const auto& metric : document.metrics) {
    if (metric.text == "4,527件") {
      EXPECT_EQ(metric.section, "closing");
    }
  }
}

// The leaders' part attached after the signature with a text of its own is recorded as given (parts.attached);
// a list that only names it attaches nothing. The attachment stays closing matter either way.
TEST(SectionMetadata, TheLeadersPartAttachedWithItsTextIsRecorded) {
  const std::string report =
      "东湖区司法局2023年度法治政府建设年度报告\n一、主要举措和成效\n受理法律援助案件1,036件。\n二、2024年工作思路\n"
      "继续深化法治宣传教育。\n临川市东湖区司法局\n2024年2月28日\n";
  const auto attached = process_text_with_default_pipeline(
      report +
      "附件\n东湖区司法局主要负责人履行推进法治建设第一责任人职责情况\n"
      "局党组书记、局长带头学习宪法和法律法规，全年主持党组会议专题学法6次，审签法律顾问意见23份。\n");
  EXPECT_EQ(attached.metadata.get("parts.attached"), "leadership");
  EXPECT_EQ(attached.sections.back().id, "closing");
  EXPECT_THAT(headings(attached).back(), "1 二、 2024年工作思路 [plan]");
  const auto listed = process_text_with_default_pipeline(
      report + "附件：1.东湖区司法局主要负责人履行推进法治建设第一责任人职责情况\n2.东湖区2023年度法治建设主要数据\n");
  EXPECT_EQ(listed.metadata.get("parts.attached"), "");
}

// The leaders' report appended after the signature with its title on two lines: the organ reporting over a
// 关于…的报告.
TEST(SectionMetadata, AnAppendedLeadersReportWithATwoLineTitleIsRecorded) {
  const std::string report =
      "东湖区司法局2023年度法治政府建设年度报告\n一、主要举措和成效\n受理法律援助案件1,036件。\n二、2024年工作思路\n"
      "继续深化法治宣传教育。\n临川市东湖区司法局\n2024年2月28日\n";
  const std::string text =
      "2023年，本人认真履行推进法治建设第一责任人职责，主持召开党组会议专题学法6次，带头旁听庭审1次。\n";
  auto document = process_text_with_default_pipeline(
      report + "中共临川市东湖区司法局党组书记\n关于2023年度履行推进法治建设第一责任人职责情况的报告\n" + text);
  EXPECT_EQ(document.metadata.get("parts.attached"), "leadership");
  // The person on a line of their own too.
  document =
      process_text_with_default_pipeline(report + "附件\n东湖区司法局局长  王林\n关于2023年度述法情况的报告\n" + text);
  EXPECT_EQ(document.metadata.get("parts.attached"), "leadership");
  // A 关于…的报告 on other work under the organ gives no part.
  document = process_text_with_default_pipeline(
      report + "中共临川市东湖区司法局党组书记\n关于2023年度党风廉政建设情况的报告\n" + text);
  EXPECT_EQ(document.metadata.get("parts.attached"), "");
}

// The next year's plan attached after the signature with its text is given too (parts.attached: plan); a plan on
// one field, or for the report's own year, is none, nor is a list that only names it.
TEST(SectionMetadata, ThePlanAttachedWithItsTextIsRecorded) {
  const std::string report =
      "青林乡2024年法治政府建设情况报告\n一、主要举措和成效\n开展法治讲座8场。\n二、存在的不足和原因\n"
      "普法阵地建设滞后。\n青林乡人民政府\n2025年1月14日\n";
  const std::string text =
      "2025年，我乡将以提升基层依法治理能力为重点，全面推进法治乡村建设，实现村级法律顾问全覆盖。\n";
  const auto attached = [&](const std::string& title) {
    return process_text_with_default_pipeline(report + "附件：" + title + "\n" + title + "\n" + text)
        .metadata.get("parts.attached");
  };
  EXPECT_EQ(attached("青林乡2025年法治政府建设工作计划"), "plan");
  EXPECT_EQ(attached("2025年法治建设工作要点"), "plan");
  EXPECT_EQ(attached("青林乡2025年工作计划"), "plan");
  EXPECT_EQ(attached("青林乡2025年安全生产工作计划"), "");
  EXPECT_EQ(attached("青林乡2024年法治政府建设工作计划"), "");
  EXPECT_EQ(attached("青林乡2025年行政执法统计表"), "");
  EXPECT_EQ(process_text_with_default_pipeline(report + "附件：青林乡2025年法治政府建设工作计划\n")
                .metadata.get("parts.attached"),
            "");
  // With the leaders' part beside it, both.
  EXPECT_EQ(process_text_with_default_pipeline(
                report + "附件1\n青林乡党政主要负责人履行推进法治建设第一责任人职责情况\n" +
                "乡党委书记认真履行推进法治建设第一责任人职责，全年主持专题学法4次，审签合同12份。\n" + "附件2\n" +
                "青林乡2025年法治政府建设工作计划\n" + text)
                .metadata.get("parts.attached"),
            "leadership;plan");
}

// An attached table of many short cells does not move the report's middle: the 附件 after the date still
// starts the closing matter.
TEST(SectionMetadata, AnAttachedTableAfterTheSignatureIsClosingMatter) {
  std::string table = "项目\t2022年\t2023年\n";
  for (int row = 1; row <= 8; ++row) table += fmt::format("第{}项（件）\t{}\t{}\n", row, row * 10, row * 11);
  const auto document = process_text_with_default_pipeline(
      "东湖区司法局2023年度法治政府建设年度报告\n一、主要举措和成效\n受理法律援助案件1,036件。\n二、2024年工作思路\n"
      "继续深化法治宣传教育。\n临川市东湖区司法局\n2024年2月28日\n附件\n" +
      table);
  EXPECT_EQ(document.metadata.get("date"), "2024-02-28");
  EXPECT_EQ(document.sections.back().id, "closing");
  EXPECT_THAT(headings(document).back(), "1 二、 2024年工作思路 [plan]");
}

// An attached table read as loose lines, a cell to a line (an OFD's or a PDF's cells), more of them than the
// report has paragraphs: the 附表 after the date still starts the closing matter, and the date is read.
TEST(SectionMetadata, AnAttachedTableOfLooseCellsAfterTheSignatureIsClosingMatter) {
  std::string cells = "社区\n受理（件）\n调解成功（件）\n";
  for (int row = 1; row <= 6; ++row) cells += fmt::format("第{}社区\n{}\n{}\n", row, row * 10, row * 9);
  const auto document = process_text_with_default_pipeline(
      "东城街道2023年法治政府建设情况报告\n一、工作开展情况\n受理纠纷342件。\n二、存在的问题\n人员不足。\n三、下一步打"
      "算\n"
      "调解员培训2次。\n东城街道办事处\n2024年3月8日\n附表 2023年各社区调解情况统计\n" +
      cells);
  EXPECT_EQ(document.metadata.get("date"), "2024-03-08");
  EXPECT_EQ(document.metadata.get("unit"), "东城街道办事处");
  EXPECT_EQ(document.sections.back().id, "closing");
}

// An attached table before the signature (附件：…, its table, then the issuer and date) is closing matter too, not
// the plan's: its figures are the year's.
TEST(SectionMetadata, AnAttachedTableBeforeTheSignatureIsClosingMatter) {
  std::string table = "县（市、区）\t行政处罚\n";
  for (int row = 1; row <= 6; ++row) table += fmt::format("第{}区\t{}件\n", row, row * 100);
  const auto document = process_text_with_default_pipeline(
      "澜州市2024年度法治政府建设情况报告\n一、2024年主要工作成效\n收到复议申请5,126件。\n二、2025年工作计划\n"
      "推进法治督察全覆盖。\n附件：2024年各县（市、区）行政处罚情况\n" +
      table + "合计\t2,100件\n澜州市人民政府\n2025年3月26日");
  EXPECT_EQ(document.metadata.get("date"), "2025-03-26");
  EXPECT_EQ(document.metadata.get("unit"), "澜州市人民政府");
  EXPECT_EQ(document.sections.back().id, "closing");
  for (const auto& metric : document.metrics) {
    if (metric.text == "2,100件") {
      EXPECT_EQ(metric.part, "closing");
    }
  }
}

// A portal's record lines under the title (发文字号：…, 成文日期：…) take the title away no more than above it.
TEST(SectionMetadata, RecordLinesUnderTheTitleLeaveItTheTitle) {
  const std::string record = "发文字号：县政发〔2024〕12号\n成文日期：2024年3月5日\n";
  const std::string notice = "安和县人民政府关于印发《安和县法治政府建设实施方案》的通知\n";
  const std::string body = "各乡镇人民政府：\n现将方案印发给你们，请认真贯彻执行。\n";
  for (const std::string& text : {notice + record + body, record + notice + body}) {
    const auto document = process_text_with_default_pipeline(text);
    EXPECT_EQ(document.metadata.get("title"), "安和县人民政府关于印发《安和县法治政府建设实施方案》的通知") << text;
  }
  const auto report = process_text_with_default_pipeline("安和县2024年度法治政府建设情况报告\n" + record +
                                                         "一、主要工作\n开展讲座3期。\n");
  EXPECT_EQ(report.metadata.get("title"), "安和县2024年度法治政府建设情况报告");
}

// A joint title's Party side spelt with the county's name and 县委 (中共浚县县委 浚县人民政府) gives the county as
// the unit, as 中共青禾县委 青禾县人民政府 does; a department's name after a county (青禾县司法局) stays its unit.
TEST(SectionMetadata, AJointTitlesCountyPartyCommitteeIsNoDepartment) {
  for (const std::string county : {"浚县", "青禾县"}) {
    const auto document = process_text_with_default_pipeline("中共" + county + "县委 " + county +
                                                             "人民政府关于2024年法治政府建设情况的报告\n"
                                                             "一、主要工作\n开展讲座3期。\n");
    EXPECT_EQ(document.metadata.get("unit"), county) << county;
    EXPECT_EQ(document.metadata.get("region"), county) << county;
  }
  const auto department =
      process_text_with_default_pipeline("青禾县司法局2024年法治政府建设情况报告\n一、主要工作\n开展讲座3期。\n");
  EXPECT_EQ(department.metadata.get("unit"), "青禾县司法局");
}

// 庄市街道 is a subdistrict named after a one-character place and 市; 宁桥市城区街道 is 宁桥市's 城区街道.
TEST(SectionMetadata, ASubdistrictWhoseNameEndsInShi) {
  const std::string body = "\n一、主要工作\n开展讲座3期。\n";
  const auto opening = process_text_with_default_pipeline("2023年庄市街道法治政府建设工作总结" + body);
  EXPECT_EQ(opening.metadata.get("region"), "庄市街道");
  const auto office = process_text_with_default_pipeline("庄市街道办事处2023年法治政府建设工作总结" + body);
  EXPECT_EQ(office.metadata.get("region"), "庄市街道");
  EXPECT_EQ(office.metadata.get("unit"), "庄市街道办事处");
  const auto city = process_text_with_default_pipeline("宁桥市城区街道办事处2023年法治政府建设工作总结" + body);
  EXPECT_EQ(city.metadata.get("region"), "宁桥市城区街道");
  EXPECT_EQ(city.metadata.get("unit"), "宁桥市城区街道办事处");
  const auto county_city = process_text_with_default_pipeline("宁桥市2023年法治政府建设工作总结" + body);
  EXPECT_EQ(county_city.metadata.get("region"), "宁桥市");
}

// Districts named …山区 and …城区 are places; 老城区 is a phrase.
TEST(SectionMetadata, DistrictsEndingInShanquAndChengqu) {
  for (const std::string district : {"南山区", "东城区"}) {
    const auto document =
        process_text_with_default_pipeline(district + "2024年度法治政府建设情况报告\n一、主要举措\n正文。");
    EXPECT_EQ(document.metadata.get("region"), district);
  }
  const auto phrase = process_text_with_default_pipeline("老城区2024年度法治政府建设情况报告\n一、主要举措\n正文。");
  EXPECT_EQ(phrase.metadata.get("region"), "");
}

// A table's last row signs nothing: the signature above a 附表 does, and with no signature there is no date.
TEST(SectionMetadata, ATablesLastRowIsNoSignature) {
  const std::string body = "某某县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n开展讲座3期。\n";
  const std::string table = "序号\t单位\t完成日期\n1\t青山镇人民政府\t2024年3月1日\n";
  const auto signed_ =
      process_text_with_default_pipeline(body + "某某县司法局\n2025年1月10日\n附表：完成情况\n" + table);
  EXPECT_EQ(signed_.metadata.get("date"), "2025-01-10");
  EXPECT_EQ(signed_.metadata.get("unit"), "某某县司法局");
  const auto unsigned_ = process_text_with_default_pipeline(body + table);
  EXPECT_EQ(unsigned_.metadata.get("date"), "");
  EXPECT_EQ(unsigned_.metadata.get("unit"), "某某县司法局");
}

// A table numbering its rows as headings do (一、 over （一）) heads no section: its row labels stay in the table.
TEST(SectionSplitting, ARowLabelOfATableIsNoHeading) {
  const auto document = process_text_with_default_pipeline(
      "东山县2024年法治政府建设年度报告\n一、主要举措和成效\n执法案件情况（单位：件）\n执法类别\t立案数\n"
      "一、行政处罚\t30\n（一）一般程序\t18\n（二）简易程序\t12\n二、行政强制\t5\n合计\t35\n"
      "二、存在的不足和原因\n执法力量不足。\n");
  std::vector<std::string> headings;
  for (const auto& section : document.sections) headings.push_back(section.number + section.title);
  EXPECT_THAT(headings, ElementsAre("", "一、主要举措和成效", "二、存在的不足和原因"));
  for (const auto& anomaly : document.anomalies) EXPECT_NE(anomaly.rule, "heading-sequence") << anomaly.message;
}

// The attachments after a 版记 printed between them and the signature: the signature still signs.
TEST(SectionMetadata, AttachmentsAfterTheRecordLeaveTheSignature) {
  const auto document = process_text_with_default_pipeline(
      "柳溪街道2024年法治政府建设情况报告\n一、主要举措和成效\n开展讲座3期。\n附件：1.主要指标统计表\n"
      "安澜县人民政府柳溪街道办事处\n2025年1月20日\n（此件公开发布）\n抄送：县司法局，县人民政府办公室。\n"
      "柳溪街道党政综合办公室　　2025年1月21日印发\n附件1\n主要指标统计表\n序号\t指标\t数量\n1\t调解纠纷\t54件\n");
  EXPECT_EQ(document.metadata.get("date"), "2025-01-20");
  EXPECT_EQ(document.metadata.get("unit"), "安澜县柳溪街道办事处");
}

// Footnotes a page sets under the signature leave it its date.
TEST(SectionMetadata, FootnotesAfterTheSignatureKeepTheDate) {
  const auto document = process_text_with_default_pipeline(
      "青石镇2023年法治政府建设情况报告\n一、主要举措和成效\n全年调解纠纷40件。\n青石镇人民政府\n2024年1月15日\n"
      "[1] 数据截至2023年12月31日。\n注：含村级调解组织。");
  EXPECT_EQ(document.metadata.get("date"), "2024-01-15");
}

TEST(SectionMetadata, ARecordAfterTheSignatureKeepsTheDate) {
  const auto document = process_text_with_default_pipeline(
      "红旗镇关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n正文。\n红旗镇人民政府\n2025年1月18日\n"
      "抄送：县委办，县人大办，县政协办，县司法局。\n红旗镇党政综合办公室 2025年1月18日印发");
  EXPECT_EQ(document.metadata.get("date"), "2025-01-18");
  EXPECT_EQ(document.metadata.get("unit"), "红旗镇人民政府");  // 旗 is no banner before 镇
}

// A record's 发文日期 or 印发日期 left in the text, over the title or under the signature, gives the publication date
// when no 发布日期 does, as the inputs' web.issued does; a 成文日期 is the document's own date, not its publication's.
TEST(SectionMetadata, AnIssueDateFieldLeftInTheTextIsThePublication) {
  const std::string report =
      "青平县司法局2024年法治政府建设年度报告\n一、主要举措和成效\n全年调解纠纷40件。\n二、存在的不足\n不足。\n"
      "青平县司法局\n2025年2月8日\n";
  for (const std::string& text :
       {"发文日期：2025-02-10\n" + report, report + "发文日期：2025-02-10", "[ 印发日期 ] 2025年2月10日\n" + report,
        "发文日期：2025-02-01\n发布日期：2025-02-10\n" + report}) {
    const auto document = process_text_with_default_pipeline(text);
    EXPECT_EQ(document.metadata.get("published"), "2025-02-10") << text;
    EXPECT_EQ(document.metadata.get("date"), "2025-02-08") << text;
  }
  EXPECT_EQ(process_text_with_default_pipeline("成文日期：2025-02-08\n" + report).metadata.get("published"), "");
}

// A portal's publication line printed under the signature, after its note or right under its date (青石县人民政府 /
// 2025年1月20日 / （此件公开发布） / 发布时间：2025-01-22), is the page's record: the signature keeps its date, and the
// line gives the publication date. A sentence of the body that mentions a publication is no such line.
TEST(SectionMetadata, APublicationLineUnderTheSignatureKeepsTheDate) {
  const std::string report =
      "石门县2024年法治政府建设年度报告\n一、主要举措和成效\n全年调解纠纷40件。\n二、存在的不足\n不足。\n"
      "石门县人民政府\n2025年1月20日\n";
  for (const char* after : {"（此件公开发布）\n发布时间：2025-01-22", "发布时间：2025-01-22 09:18",
                            "（此件主动公开）\n发布日期：2025年1月22日", "来源：石门县司法局 发布时间：2025-01-22"}) {
    const auto document = process_text_with_default_pipeline(report + after);
    EXPECT_EQ(document.metadata.get("date"), "2025-01-20") << after;
    EXPECT_EQ(document.metadata.get("unit"), "石门县人民政府") << after;
    EXPECT_EQ(document.metadata.get("published"), "2025-01-22") << after;
  }
  const auto sentence = process_text_with_default_pipeline(
      "石门县2024年法治政府建设年度报告\n一、主要举措和成效\n全年调解纠纷40件。\n二、下一步打算\n"
      "本报告经县政府常务会议审议通过后于2025年1月22日向社会公开发布，发布时间：2025-01-22。");
  EXPECT_EQ(sentence.metadata.get("published"), "");
}

// A report written as an official document: its parts, then what GB/T 9704 puts after them.
std::string official_report(const std::string& after_the_parts) {
  return "柳溪乡人民政府关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
         "全年召开党政联席会议研究涉法事项9件，重大行政决策全部经过合法性审查，全年办理行政复议案件12件，有效维护了"
         "基层社会和谐稳定。\n二、存在的不足和原因\n部分干部依法办事意识仍需增强，基层执法力量与任务不相匹配，普法形式"
         "较为单一。\n三、2024年工作打算\n下一年度将继续压实法治建设责任，计划组织集中学法不少于4次，进一步完善矛盾纠纷"
         "多元化解机制。\n" +
         after_the_parts;
}

// The 版记's printing line split in two (the office over its date, as two lines, a DOCX table row of two cells or
// a PDF's tab gap give it) is the record's: the office signs nothing and the printing date dates nothing.
TEST(SectionMetadata, APrintingOfficeOverItsDateIsTheRecordNotTheSignature) {
  for (const std::string printing :
       {"柳溪乡党政综合办公室\n2024年1月13日印发", "柳溪乡党政综合办公室\t2024年1月13日印发"}) {
    const auto document = process_text_with_default_pipeline(
        official_report("柳溪乡人民政府\n2024年1月12日\n抄送：县司法局。\n" + printing));
    EXPECT_EQ(document.metadata.get("unit"), "柳溪乡人民政府") << printing;
    EXPECT_EQ(document.metadata.get("date"), "2024-01-12") << printing;
    EXPECT_EQ(headings(document).back(), "1 三、 2024年工作打算 [plan]") << printing;
  }
}

// GB/T 9704's 附注 (（此件公开发布）) stands between the date and the attachments: the signature is still read.
TEST(SectionMetadata, ANoteBetweenTheDateAndTheAttachmentsKeepsTheSignature) {
  const auto document = process_text_with_default_pipeline(official_report(
      "柳溪乡人民政府\n2024年1月12日\n（此件公开发布）\n附件\n调解情况统计表\n调解纠纷 40件\n调解成功 38件"));
  EXPECT_EQ(document.metadata.get("unit"), "柳溪乡人民政府");
  EXPECT_EQ(document.metadata.get("date"), "2024-01-12");
  EXPECT_EQ(document.sections.back().id, "closing");
  EXPECT_EQ(headings(document).back(), "1 三、 2024年工作打算 [plan]");
}

// A 发文字号 and its 签发人 on one line (GB/T 9704's 上行文 letterhead) are letterhead, not the title's.
TEST(SectionMetadata, ADocumentNumberAndItsSignersOnOneLineAreLetterhead) {
  const auto document =
      process_text_with_default_pipeline("柳溪乡人民政府文件\n柳政报〔2024〕5号　　　　签发人： 王明 李华\n" +
                                         official_report("柳溪乡人民政府\n2024年1月12日"));
  EXPECT_EQ(document.metadata.get("title"), "柳溪乡人民政府关于2023年度法治政府建设情况的报告");
}

// A cover letter (函) with its own 版记 over the report it sends: the letter's signature above the record signs the
// report; 报送 after 关于 is the letter's verb, not part of a place's name.
TEST(SectionMetadata, ACoverLettersRecordHidesNotItsSignature) {
  const auto document = process_text_with_default_pipeline(
      "关于报送桃源街道2022年度法治政府建设情况报告的函\n县委依法治县办：\n现将我街道2022年度法治政府建设情况报告随函报"
      "送。\n"
      "附件：桃源街道2022年度法治政府建设情况报告\n桃源街道办事处\n2023年1月18日\n抄送：县司法局。\n"
      "桃源街道党政办公室 2023年1月18日印发\n附件\n桃源街道2022年度法治政府建设情况报告\n一、主要举措和成效\n正文。\n"
      "二、存在的不足和原因\n正文。\n三、2023年工作安排\n正文。");
  EXPECT_EQ(document.metadata.get("unit"), "桃源街道办事处");
  EXPECT_EQ(document.metadata.get("date"), "2023-01-18");
  // The report's own title under the 附件 line is the document's, not the letter's.
  EXPECT_EQ(document.metadata.get("title"), "桃源街道2022年度法治政府建设情况报告");
  const auto unsigned_ = process_text_with_default_pipeline(
      "关于报送桃源街道2022年度法治政府建设情况报告的函\n一、主要举措和成效\n正文。\n二、存在的不足和原因\n正文。");
  EXPECT_EQ(unsigned_.metadata.get("unit"), "桃源街道");
}

// A note under the cover letter's date (a contact, 此件公开发布) stands between it and the 附件 as GB/T 9704's 附注
// does: the letter's signature still signs the report it sends.
TEST(SectionMetadata, ANoteUnderACoverLettersDateHidesNotItsSignature) {
  for (const std::string note : {"（联系人：赵敏；联系电话：13907451286）", "（此件公开发布）"}) {
    const auto document = process_text_with_default_pipeline(
        "栖霞县石岭乡人民政府\n石政函〔2025〕1号\n石岭乡人民政府\n关于报送2024年法治政府建设年度报告的报告\n"
        "县人民政府：\n现将《石岭乡2024年法治政府建设年度报告》报送给你们，请审阅。\n"
        "附件：石岭乡2024年法治政府建设年度报告\n栖霞县石岭乡人民政府\n2025年3月5日\n" +
        note +
        "\n附件\n石岭乡2024年法治政府建设年度报告\n一、主要举措和成效\n正文。\n二、存在的不足和原因\n正文。\n"
        "三、2025年工作打算\n正文。");
    EXPECT_EQ(document.metadata.get("date"), "2025-03-05") << note;
    EXPECT_EQ(document.metadata.get("unit"), "栖霞县石岭乡人民政府") << note;
    EXPECT_EQ(document.metadata.get("title"), "石岭乡2024年法治政府建设年度报告") << note;
  }
}

// The 版记 in the forms official documents print it: between rules (a text copy draws them as ─── lines, and the
// rule under the letterhead is no part of the title), a 抄送 list wrapped onto a second line, a label spaced out to
// the width of the others (抄  送：), the 主题词 line older documents carry.
TEST(SectionMetadata, TheRecordInItsCommonFormsKeepsTheSignature) {
  const std::string rule = "──────────────────────────\n";
  const std::string printed = "柳溪乡党政综合办公室 2024年1月13日印发\n";
  for (const std::string& record :
       {rule + "抄送：县司法局。\n" + rule + printed + rule,
        "抄送：县委依法治县办，县司法局，\n县人大常委会办公室，县政协办公室。\n" + printed,
        "抄  送：县司法局。\n" + printed, "主题词：法治政府 年度报告\n抄送：县司法局。\n" + printed}) {
    const auto document =
        process_text_with_default_pipeline("柳溪乡人民政府文件\n柳政发〔2024〕3号\n" + rule +
                                           official_report("柳溪乡人民政府\n二〇二四年一月十二日\n" + record));
    EXPECT_EQ(document.metadata.get("title"), "柳溪乡人民政府关于2023年度法治政府建设情况的报告") << record;
    EXPECT_EQ(document.metadata.get("unit"), "柳溪乡人民政府") << record;
    EXPECT_EQ(document.metadata.get("date"), "2024-01-12") << record;
    EXPECT_EQ(headings(document).back(), "1 三、 2024年工作打算 [plan]") << record;
  }
}

// The 版记's print run (（共印5份）, 共印5份) is a line of the record: the signature above it is still read.
TEST(SectionMetadata, APrintRunEndsTheRecord) {
  for (const std::string run : {"（共印5份）", "共印5份", "共印 5 份"}) {
    const auto document = process_text_with_default_pipeline(official_report(
        "柳溪乡人民政府\n2024年1月12日\n抄送：县司法局。\n柳溪乡党政综合办公室 2024年1月13日印发\n" + run));
    EXPECT_EQ(document.metadata.get("date"), "2024-01-12") << run;
    EXPECT_EQ(headings(document).back(), "1 三、 2024年工作打算 [plan]") << run;
  }
}

// A 信函式 letterhead is the issuer's name alone over the 发文字号; the title under it may open with the same name
// on a line of its own, and that line is the title's.
TEST(SectionMetadata, ALetterStyleHeaderKeepsTheIssuerInTheTitle) {
  const auto document = process_text_with_default_pipeline(
      "平阳县人民政府\n平政函〔2024〕11号\n平阳县人民政府\n关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n正文"
      "。\n"
      "平阳县人民政府\n2024年2月28日");
  EXPECT_EQ(document.metadata.get("title"), "平阳县人民政府关于2023年度法治政府建设情况的报告");
}

// A date a copy sets alone over the title, in either script, is no line of it; an attachment's label over a
// report's title is none either, and names no place.
TEST(SectionMetadata, ADateOrAnAttachmentsLabelOverTheTitleIsNoPartOfIt) {
  for (const char* above : {"二〇二六年一月十八日", "2026年1月18日", "附件", "附件1："}) {
    const auto document = process_text_with_default_pipeline(
        std::string(above) +
        "\n和丰县农业农村局2025年法治政府建设工作总结\n一、工作开展情况\n查办案件27件。\n"
        "二、存在问题\n执法力量不足。");
    EXPECT_EQ(document.metadata.get("title"), "和丰县农业农村局2025年法治政府建设工作总结") << above;
    EXPECT_EQ(document.metadata.get("region"), "和丰县") << above;
    EXPECT_EQ(document.metadata.get("year"), "2025") << above;
  }
}

// A portal's column name set alone over its record and the text it files (政府信息公开, 政务公开) heads the page, not
// the title; a line naming an organ over a 关于…的报告 stays its subject.
TEST(SectionMetadata, APortalsColumnOverTheTitleIsNoPartOfIt) {
  for (const char* column : {"政府信息公开", "政务公开", "法定主动公开内容"}) {
    const auto document = process_text_with_default_pipeline(
        std::string(column) +
        "\n索引号:\n发文机关:\n滇南省民政厅2025年法治政府建设工作情况\n发布时间:2026-02-27\n2025年，省民政厅坚持依法"
        "行政。\n一、提高站位，深入学习贯彻习近平法治思想\n一是强化学习。厅党组会前学法10次。");
    EXPECT_EQ(document.metadata.get("title"), "滇南省民政厅2025年法治政府建设工作情况") << column;
  }
  EXPECT_EQ(process_text_with_default_pipeline("滇南省民政厅\n关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n"
                                               "正文。")
                .metadata.get("title"),
            "滇南省民政厅关于2025年度法治政府建设情况的报告");
}

// A portal's stamp over the article (the time it published it, a bar, the organ that supplied it) is the page's, no
// line of the title, and names the unit the title only abbreviates (市水务局…: 榆城市水务局). A title's date or a
// sentence holds no bar after a date of digits.
TEST(SectionMetadata, APortalsStampOverTheTitleIsNoPartOfIt) {
  const auto document = process_text_with_default_pipeline(
      "中国政府网|省政府网|繁体|无障碍\n2026-01-20 17:01  |  榆城市水务局\n市水务局2025年度法治政府建设情况报告\n"
      "2025年，我局扎实推动法治政府建设。\n一、主要举措和成效\n正文。\n二、存在的不足\n不足。");
  EXPECT_EQ(document.metadata.get("title"), "市水务局2025年度法治政府建设情况报告");
  EXPECT_EQ(document.metadata.get("unit"), "榆城市水务局");
  EXPECT_EQ(document.metadata.get("region"), "榆城市");
  const auto source_named_a_site = process_text_with_default_pipeline(
      "2026-01-20 17:01 | 榆城发布\n市水务局2025年度法治政府建设情况报告\n一、主要举措和成效\n正文。");
  EXPECT_EQ(source_named_a_site.metadata.get("title"), "市水务局2025年度法治政府建设情况报告");
  EXPECT_EQ(source_named_a_site.metadata.get("unit"), "");
  // A table's row of a date and an event has no time of day: no stamp, and the event names no source.
  EXPECT_EQ(std::u32string(sections::source_in_a_publication_stamp(U"2026-01-20 17:01  |  榆城市水务局")),
            U"榆城市水务局");
  EXPECT_TRUE(sections::source_in_a_publication_stamp(U"2025-01-20 | 行政复议听证会").empty());
}

// A government's name over a title that names one of its departments (a portal's masthead: 榆城市罗湖区人民政府 /
// 罗湖区应急管理局2025年…报告) issues nothing: the department is the unit. A town's government over a title naming
// the town alone still issues it.
TEST(SectionMetadata, AGovernmentsMastheadOverADepartmentsTitleIsNoIssuer) {
  const auto department = process_text_with_default_pipeline(
      "榆城市罗湖区人民政府\n罗湖区应急管理局2025年法治政府建设年度报告\n2025年，区应急管理局扎实推进法治政府建设。"
      "\n一、主要举措和成效\n正文。\n二、存在的不足\n不足。");
  EXPECT_EQ(department.metadata.get("title"), "罗湖区应急管理局2025年法治政府建设年度报告");
  EXPECT_EQ(department.metadata.get("unit"), "罗湖区应急管理局");
  const auto town = process_text_with_default_pipeline(
      "青禾县柳溪镇人民政府\n柳溪镇2025年度法治政府建设情况报告\n2025年，柳溪镇坚持依法行政。\n一、主要举措和成效\n"
      "正文。");
  EXPECT_EQ(town.metadata.get("unit"), "青禾县柳溪镇人民政府");
}

// A title wrapped after a conjunction and the next year (关于2025年…情况及2026年 / 推进…工作要点的报告) goes on to the
// line that ends it, though its first line names a 情况; a title on one line naming 情况 and 2026年工作打算 ends there.
TEST(SectionMetadata, ATitleWrappedAfterAConjunctionAndAYearIsJoined) {
  const auto wrapped = process_text_with_default_pipeline(
      "关于2025年法治政府建设情况及2026年\n推进法治政府建设工作要点的报告\n区政府：\n2025年，清河街道扎实推进法治政府"
      "建设。\n一、主要情况\n正文。\n二、存在的问题\n问题。");
  EXPECT_EQ(wrapped.metadata.get("title"), "关于2025年法治政府建设情况及2026年推进法治政府建设工作要点的报告");
  const auto whole = process_text_with_default_pipeline(
      "清河街道2025年法治政府建设情况及2026年工作打算\n2025年，清河街道扎实推进法治政府建设。\n一、主要情况\n正文。");
  EXPECT_EQ(whole.metadata.get("title"), "清河街道2025年法治政府建设情况及2026年工作打算");
}

// A record flattened so that each label runs into the line of the value before it (…发文日期:2026-02-25 15:58 -
// 名称: / the title - 文号:) titles the text with the line under the 名称 label, the next field's label run into its
// end aside; a sentence under such a label is no title.
TEST(SectionMetadata, ATitleUnderALabelRunIntoTheLineAboveIsTheTitle) {
  const std::string body = "\n2025年，宁丰县教育局坚持依法治教。\n一、主要举措和成效\n正文。\n二、存在的不足\n不足。";
  const auto document = process_text_with_default_pipeline(
      "- 索 引 号:4311230009/2026-00321 分 类:\n-\n发文机关:\n宁丰县教育局 发文日期:2026-02-25 15:58 - 名称:\n"
      "中共宁丰县教育局党组2025年度法治政府建设年度报告 - 文号:" +
      body);
  EXPECT_EQ(document.metadata.get("title"), "中共宁丰县教育局党组2025年度法治政府建设年度报告");
  EXPECT_EQ(document.metadata.get("unit"), "宁丰县教育局");
  const auto sentence = process_text_with_default_pipeline(
      "宁丰县教育局 发文日期:2026-02-25 - 名称:\n2025年，宁丰县教育局坚持依法治教，现将情况报告如下。\n"
      "一、主要举措和成效\n正文。");
  EXPECT_EQ(sentence.metadata.get("title").find("现将"), std::string::npos);
}

// A portal's record whose labels stand in square brackets instead of closing with a colon ([ 索引号 ] …, as a
// Chongqing template prints them) is furniture, whatever a field's value names ([ 体裁分类 ] 工作报告); a column's
// tag in 【】 before the title stays out of it as before.
TEST(SectionMetadata, ARecordWithBracketedLabelsIsNoTitle) {
  const auto document = process_text_with_default_pipeline(
      "- [ 索引号 ] 11500229000000000R/2026-00004\n- [ 发文字号 ] 鸣委文〔2026〕3号\n- [ 体裁分类 ] 工作报告\n"
      "- [ 发布机构 ] 渝北县鸣凤乡人民政府\n- [ 成文日期 ] 2026-02-12\n渝北县鸣凤乡人民政府2025年法治政府建设情况报告\n"
      "2025年，鸣凤乡深入学习贯彻习近平法治思想。\n一、主要工作及成效\n全年组织专题学习12次。");
  EXPECT_EQ(document.metadata.get("title"), "渝北县鸣凤乡人民政府2025年法治政府建设情况报告");
  EXPECT_EQ(document.metadata.get("region"), "渝北县鸣凤乡");
  const auto alone = process_text_with_default_pipeline(
      "[ 体裁分类 ] 工作报告\n渝东县栗园乡人民政府2025年法治政府建设情况报告\n一、主要工作及成效\n正文。");
  EXPECT_EQ(alone.metadata.get("title"), "渝东县栗园乡人民政府2025年法治政府建设情况报告");
}

TEST(SectionParts, RequiredPartsAreClassifiedAndInherited) {
  const auto document = process_text_with_default_pipeline(
      "一、2024年主要工作举措和成效\n（一）普法\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
      "三、存在的不足和原因\n四、2025年工作计划\n（一）持续学习");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 2024年主要工作举措和成效 [achievements]", "2 （一） 普法 [achievements]",
                          "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
                          "1 三、 存在的不足和原因 [shortcomings]", "1 四、 2025年工作计划 [plan]",
                          "2 （一） 持续学习 [plan]"));
}

TEST(SectionParts, AMergedHeadingGetsBothParts) {
  const auto document = process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、主要举措、成效及存在的问题\n二、存在问题及改进措施\n三、主要举措、成效及"
      "下一步打算");
  EXPECT_THAT(headings(document), ElementsAre("1 一、 主要举措、成效及存在的问题 [achievements;shortcomings]",
                                              "1 二、 存在问题及改进措施 [shortcomings;plan]",
                                              "1 三、 主要举措、成效及下一步打算 [achievements;plan]"));
}

TEST(SectionParts, OtherCommonTitlesOfTheParts) {
  const auto document = process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、主要工作\n二、存在的困难和问题\n三、下一年度工作重点\n四、今后工作方向");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要工作 [achievements]", "1 二、 存在的困难和问题 [shortcomings]",
                          "1 三、 下一年度工作重点 [plan]", "1 四、 今后工作方向 [plan]"));
}

TEST(SectionParts, MoreWordingsOfTheRequiredParts) {
  const auto document = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、主要工作\n二、法治政府建设中的问题及原因\n"
      "三、“一把手”抓法治工作情况\n四、来年工作重点\n五、问题与挑战\n六、主要领导履行法治建设职责情况");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要工作 [achievements]", "1 二、 法治政府建设中的问题及原因 [shortcomings]",
                          "1 三、 “一把手”抓法治工作情况 [leadership]", "1 四、 来年工作重点 [plan]",
                          "1 五、 问题与挑战 [shortcomings]", "1 六、 主要领导履行法治建设职责情况 [leadership]"));
}

// A heading that reports what was done in a later year than the title's is the results, not the plan: the
// title's year is the one in question.
TEST(SectionParts, ALaterYearsWorkDoneIsTheResultsNotThePlan) {
  const auto document = process_text_with_default_pipeline(
      "关于2021年度法治政府建设情况的报告\n一、2022年工作开展情况\n二、存在的不足\n三、2023年工作打算\n四、2022年重点工"
      "作"
      "\n五、2022年主要举措");
  EXPECT_THAT(headings(document), ElementsAre("1 一、 2022年工作开展情况 [achievements]",
                                              "1 二、 存在的不足 [shortcomings]", "1 三、 2023年工作打算 [plan]",
                                              "1 四、 2022年重点工作 [plan]", "1 五、 2022年主要举措 [plan]"));
}

// A report on 2025 plans the first year of the next five-year period: a heading opening with that period, quoted or
// not, is the plan, numbered or a bare line; one that names it after a verb of the year's work, or the period that
// ends with the report's year, is not.
TEST(SectionParts, TheNextFiveYearPeriodOpeningAHeadingIsThePlan) {
  const auto numbered = process_text_with_default_pipeline(
      "雁岭县林业局关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n开展执法检查40次。\n二、存在的不足和原因\n"
      "执法力量不足。\n三、“十五五”开局之年重点任务\n一是健全执法制度；二是加强队伍建设。\n"
      "四、十五五时期法治建设总体考虑\n正文。");
  EXPECT_THAT(headings(numbered),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
                          "1 三、 “十五五”开局之年重点任务 [plan]", "1 四、 十五五时期法治建设总体考虑 [plan]"));
  const auto bare = process_text_with_default_pipeline(
      "雁岭镇2025年法治政府建设工作总结\n一年来主要工作\n一是加强组织领导。镇党委专题研究法治工作4次。\n存在的问题\n"
      "一是群众法治意识有待提高；二是执法人员不足。\n“十五五”开局之年工作谋划\n一是深化法治乡村建设；二是加强人民调解"
      "。");
  EXPECT_THAT(headings(bare), ElementsAre("1  一年来主要工作 [achievements]", "1  存在的问题 [shortcomings]",
                                          "1  “十五五”开局之年工作谋划 [plan]"));
  // The year's work on the next plan, and the period closing with the report's year, name no plan: the year's work.
  const auto work = process_text_with_default_pipeline(
      "雁岭县林业局关于2025年度法治政府建设情况的报告\n一、科学谋划“十五五”林业法治建设\n编制规划1部。\n"
      "二、“十四五”法治建设圆满收官\n正文。");
  EXPECT_THAT(headings(work), ElementsAre("1 一、 科学谋划“十五五”林业法治建设 [achievements]",
                                          "1 二、 “十四五”法治建设圆满收官 [achievements]"));
  EXPECT_EQ(sections::opening_five_year_period(U"“十五五”开局之年重点任务"), 2026);
  EXPECT_EQ(sections::opening_five_year_period(U"十四五期间"), 2021);
  EXPECT_EQ(sections::opening_five_year_period(U"十五届四中全会精神"), std::nullopt);
}

// What needs improving is what falls short.
TEST(SectionParts, WhatNeedsImprovingIsTheShortcomings) {
  const auto document = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、主要工作\n二、工作中需要改进的方面\n三、有待加强的环节\n"
      "四、下一步工作打算");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要工作 [achievements]", "1 二、 工作中需要改进的方面 [shortcomings]",
                          "1 三、 有待加强的环节 [shortcomings]", "1 四、 下一步工作打算 [plan]"));
}

// Slogans take 差距, 短板 and 思路 as the object of what was done: those headings report measures.
TEST(SectionParts, ASlogansObjectNamesNoPart) {
  const auto document = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、对标先进找差距，加强组织领导\n二、坚持问题导向，补齐执法短板\n"
      "三、坚持创新驱动，拓宽普法思路\n四、存在的差距和短板\n五、下一步工作思路");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 对标先进找差距，加强组织领导 [achievements]",
                          "1 二、 坚持问题导向，补齐执法短板 [achievements]",
                          "1 三、 坚持创新驱动，拓宽普法思路 [achievements]", "1 四、 存在的差距和短板 [shortcomings]",
                          "1 五、 下一步工作思路 [plan]"));
  // A heading of one clause is no slogan: 找差距 alone heads the shortcomings.
  EXPECT_THAT(headings(process_text_with_default_pipeline("关于2023年度法治政府建设情况的报告\n一、主要举措\n"
                                                          "二、对标对表找差距\n三、下一步打算")),
              ElementsAre("1 一、 主要举措 [achievements]", "1 二、 对标对表找差距 [shortcomings]",
                          "1 三、 下一步打算 [plan]"));
}

// A heading that acts on a weakness (补齐…短板, 聚焦薄弱环节, 创新…思路) names a measure of the year's work however
// long the distance from its verb and however many clauses it has; the parts are named as a state.
TEST(SectionParts, AnActionOnAWeaknessNamesAMeasure) {
  const auto document = process_text_with_default_pipeline(
      "关于青川县2024年度法治政府建设情况的报告\n一、对标先进找差距，补齐基层行政执法短板\n"
      "二、聚焦薄弱环节，提升依法行政水平\n三、补齐公共法律服务短板\n四、加强薄弱领域监管\n"
      "五、创新法治宣传思路和方式\n六、锚定薄弱村居，推进民主法治示范创建\n七、存在的问题\n八、2025年工作打算");
  EXPECT_THAT(
      headings(document),
      ElementsAre("1 一、 对标先进找差距，补齐基层行政执法短板 [achievements]",
                  "1 二、 聚焦薄弱环节，提升依法行政水平 [achievements]", "1 三、 补齐公共法律服务短板 [achievements]",
                  "1 四、 加强薄弱领域监管 [achievements]", "1 五、 创新法治宣传思路和方式 [achievements]",
                  "1 六、 锚定薄弱村居，推进民主法治示范创建 [achievements]", "1 七、 存在的问题 [shortcomings]",
                  "1 八、 2025年工作打算 [plan]"));
  // Named as a state, with no verb on them or with a word of state after the verb, they are the parts.
  const auto kinds = [](const std::string& parts) {
    return headings(
        process_text_with_default_pipeline("关于青川县2024年度法治政府建设情况的报告\n一、主要举措和成效\n" + parts));
  };
  EXPECT_THAT(kinds("二、推进法治政府建设中存在的短板\n三、下一步工作思路").at(1),
              "1 二、 推进法治政府建设中存在的短板 [shortcomings]");
  EXPECT_THAT(kinds("二、提升依法行政水平仍有差距\n三、下一步打算").at(1),
              "1 二、 提升依法行政水平仍有差距 [shortcomings]");
  EXPECT_THAT(kinds("二、短板和不足\n三、工作思路").at(1), "1 二、 短板和不足 [shortcomings]");
  EXPECT_THAT(kinds("二、问题和差距\n三、工作思路").at(2), "1 三、 工作思路 [plan]");
  EXPECT_THAT(kinds("二、基层执法力量薄弱\n三、下一步打算").at(1), "1 二、 基层执法力量薄弱 [shortcomings]");
}

// The causes of the shortcomings are the shortcomings part (存在的不足和原因), however the report names them.
TEST(SectionParts, TheCausesOfTheShortcomingsAreThatPart) {
  for (const std::string causes : {"问题产生的原因", "原因分析", "产生问题的主要原因", "问题原因分析"}) {
    const auto document = process_text_with_default_pipeline(
        "关于青川县2024年度法治政府建设情况的报告\n一、主要举措和成效\n二、存在的问题\n三、" + causes +
        "\n四、党政主要负责人履行推进法治建设第一责任人职责情况\n五、2025年工作打算");
    EXPECT_THAT(headings(document).at(2), "1 三、 " + causes + " [shortcomings]");
    EXPECT_THAT(headings(document).at(3), ::testing::EndsWith("[leadership]"));
  }
  // Under a heading of two parts, the causes take the shortcomings only.
  EXPECT_THAT(
      headings(process_text_with_default_pipeline("关于青川县2024年度法治政府建设情况的报告\n一、主要举措和成效\n"
                                                  "二、存在的问题和下一步打算\n（一）存在的问题\n（二）原因分析\n"
                                                  "（三）下一步打算")),
      ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 存在的问题和下一步打算 [shortcomings;plan]",
                  "2 （一） 存在的问题 [shortcomings]", "2 （二） 原因分析 [shortcomings]",
                  "2 （三） 下一步打算 [plan]"));
  // A measure that digs for causes is no part.
  EXPECT_THAT(headings(process_text_with_default_pipeline("关于青川县2024年度法治政府建设情况的报告\n"
                                                          "一、深挖矛盾纠纷原因，推动源头治理\n二、存在的不足\n"
                                                          "三、下一步打算"))
                  .front(),
              "1 一、 深挖矛盾纠纷原因，推动源头治理 [achievements]");
}

// The required parts under other names: a county head's or a bureau head's duty, problems with their
// remedies, challenges, and a next year written in Chinese digits.
TEST(SectionParts, PartsUnderOtherNames) {
  const auto document = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n二、县长履职情况\n三、局长履职情况\n"
      "四、存在问题及对策\n五、困难与挑战\n六、需要解决的问题\n七、存在的问题及整改措施\n八、二〇二四年重点工作");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 县长履职情况 [leadership]",
                          "1 三、 局长履职情况 [leadership]", "1 四、 存在问题及对策 [shortcomings;plan]",
                          "1 五、 困难与挑战 [shortcomings]", "1 六、 需要解决的问题 [shortcomings]",
                          "1 七、 存在的问题及整改措施 [shortcomings;plan]", "1 八、 二〇二四年重点工作 [plan]"));
  // A department has a 党组, and its head may be a 厅长 or a 主任.
  const auto department = process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n二、党组书记、厅长履职情况\n三、局党组书记履职情况\n"
      "四、党组书记、主任推进法治建设情况\n五、存在的不足\n六、下一步工作打算");
  EXPECT_THAT(
      headings(department),
      ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 党组书记、厅长履职情况 [leadership]",
                  "1 三、 局党组书记履职情况 [leadership]", "1 四、 党组书记、主任推进法治建设情况 [leadership]",
                  "1 五、 存在的不足 [shortcomings]", "1 六、 下一步工作打算 [plan]"));
  // A village party secretary's training is a measure, not the leaders' duty.
  EXPECT_EQ(
      headings(process_text_with_default_pipeline("关于2024年度法治政府建设情况的报告\n"
                                                  "一、加强村党组织书记履职能力培训\n二、存在的不足\n三、下一步打算"))
          .front(),
      "1 一、 加强村党组织书记履职能力培训 [achievements]");
}

// Bare lines naming the parts over numbering that starts again at 一、 under each: the parts at level 1, the
// numbered headings one level down (they were six level-1 headings with two numbering warnings).
TEST(SectionParts, BarePartLinesOverNumberingThatStartsAgain) {
  const auto document = process_text_with_default_pipeline(
      "清河镇2023年度法治政府建设情况报告\n2023年，清河镇扎实推进法治政府建设，现报告如下。\n主要举措和成效\n"
      "一、加强组织领导\n正文。\n二、规范行政执法\n正文。\n存在的不足\n一、执法力量薄弱\n正文。\n下一步打算\n"
      "一、加强执法队伍建设\n正文。");
  EXPECT_THAT(headings(document), ElementsAre("1  主要举措和成效 [achievements]", "2 一、 加强组织领导 [achievements]",
                                              "2 二、 规范行政执法 [achievements]", "1  存在的不足 [shortcomings]",
                                              "2 一、 执法力量薄弱 [shortcomings]", "1  下一步打算 [plan]",
                                              "2 一、 加强执法队伍建设 [plan]"));
}

// The leaders' part titled as the guidance since 2024 words it, two clauses closing with 情况, heads its part as a
// bare line; a topic of two clauses in the body heads nothing.
TEST(SectionParts, ABarePartLineOfTwoClausesReportingTheLeadersDuty) {
  const auto document = process_text_with_default_pipeline(
      "青禾县2024年度法治政府建设情况报告\n2024年，青禾县扎实推进法治政府建设。\n"
      "2024年推进法治政府建设的主要举措和成效\n一、深入学习贯彻习近平法治思想\n正文。\n"
      "坚持依法行政，规范权力运行\n正文。\n"
      "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\n正文。\n"
      "2024年推进法治政府建设存在的不足和原因\n一、执法质效有待提升\n正文。\n2025年推进法治政府建设的主要安排\n"
      "一、深化行政执法改革\n正文。");
  EXPECT_THAT(
      headings(document),
      ElementsAre("1  2024年推进法治政府建设的主要举措和成效 [achievements]",
                  "2 一、 深入学习贯彻习近平法治思想 [achievements]",
                  "1  党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况 [leadership]",
                  "1  2024年推进法治政府建设存在的不足和原因 [shortcomings]", "2 一、 执法质效有待提升 [shortcomings]",
                  "1  2025年推进法治政府建设的主要安排 [plan]", "2 一、 深化行政执法改革 [plan]"));
}

// Bare lines naming three parts or more, each directly over a numbered heading, head the parts even when the
// numbering runs on under them (一、… 三、 / 存在的不足和原因 / 四、…): the numbered headings go one level down.
TEST(SectionParts, BarePartLinesOverNumberingThatRunsOn) {
  const auto document = process_text_with_default_pipeline(
      "松溪镇2024年法治政府建设情况报告\n2024年，松溪镇扎实推进法治政府建设，现报告如下。\n主要举措和成效\n"
      "一、强化组织领导\n镇党委全年召开专题会议4次。\n二、规范行政执法\n全年办理行政处罚案件29件。\n"
      "存在的不足和原因\n三、执法力量不足\n全镇持证执法人员仅6名。\n"
      "党政主要负责人履行推进法治建设第一责任人职责情况\n四、带头尊法学法\n镇党委书记全年讲法治课2次。\n"
      "2025年工作计划\n五、加强执法队伍建设\n力争新增持证执法人员3名。");
  EXPECT_THAT(
      headings(document),
      ElementsAre("1  主要举措和成效 [achievements]", "2 一、 强化组织领导 [achievements]",
                  "2 二、 规范行政执法 [achievements]", "1  存在的不足和原因 [shortcomings]",
                  "2 三、 执法力量不足 [shortcomings]",
                  "1  党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
                  "2 四、 带头尊法学法 [leadership]", "1  2025年工作计划 [plan]", "2 五、 加强执法队伍建设 [plan]"));
  EXPECT_THAT(document.metadata.get("numbering.continuous_levels"), "2");
  // Two such lines, or lines in the body away from the headings, head nothing in a numbered report.
  const auto two = process_text_with_default_pipeline(
      "松溪镇2024年法治政府建设情况报告\n一、主要举措和成效\n正文。\n存在的不足\n二、执法力量不足\n正文。\n"
      "下一步打算\n三、加强执法队伍建设\n正文。");
  EXPECT_THAT(headings(two), ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 执法力量不足 [shortcomings]",
                                         "1 三、 加强执法队伍建设 [other]"));
  const auto in_the_body = process_text_with_default_pipeline(
      "松溪镇2024年法治政府建设情况报告\n一、强化组织领导\n主要举措和成效\n正文。\n二、规范行政执法\n存在的不足\n"
      "正文。\n三、深化普法宣传\n下一步打算\n正文。");
  EXPECT_THAT(headings(in_the_body),
              ElementsAre("1 一、 强化组织领导 [achievements]", "1 二、 规范行政执法 [achievements]",
                          "1 三、 深化普法宣传 [achievements]"));
}

// A report in questions and answers: each question naming a part heads it.
TEST(SectionParts, QuestionsNamingThePartsHeadThem) {
  const auto document = process_text_with_default_pipeline(
      "东岭街道2024年度法治政府建设情况报告\n问：2024年推进法治政府建设有哪些主要举措和成效？\n答：全年办理案件12件。\n"
      "问：法治政府建设还存在哪些不足？\n答：执法力量薄弱。\n问：2025年有哪些工作安排？\n答：加强执法队伍建设。");
  EXPECT_THAT(headings(document),
              ElementsAre("1  2024年推进法治政府建设有哪些主要举措和成效 [achievements]",
                          "1  法治政府建设还存在哪些不足 [shortcomings]", "1  2025年有哪些工作安排 [plan]"));
}

TEST(SectionParts, MorePartsUnderOtherNames) {
  const auto document = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n二、党政负责人履职情况\n三、存在困难\n四、问题与打算\n"
      "五、当前面临的形势和问题\n六、今后重点");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 党政负责人履职情况 [leadership]",
                          "1 三、 存在困难 [shortcomings]", "1 四、 问题与打算 [shortcomings;plan]",
                          "1 五、 当前面临的形势和问题 [shortcomings]", "1 六、 今后重点 [plan]"));
}

// A part in a heading style after the title and the opening paragraph is a part, though it ends in 情况 as a title
// may (工作开展情况 was taken for the title, its topics left without a parent).
TEST(SectionHeadings, AStyledPartAfterTheTitleAndTheOpeningIsNoTitle) {
  Document document;
  DocumentBuilder builder(document);
  Block title;
  title.heading_level = 1;
  builder.add_block("青禾开发区管委会2023年度法治政府建设情况报告", title);
  builder.add_block("2023年，管委会认真落实法治政府建设各项任务，现将有关情况报告如下。");
  Block part;
  part.heading_level = 2;
  builder.add_block("工作开展情况", part);
  Block topic;
  topic.heading_level = 3;
  builder.add_block("规范行政执法行为", topic);
  builder.add_block("全年办理行政处罚案件12件。");
  sections::SectionSplitter(sections::PartKeywords{}).analyze(document);
  ASSERT_EQ(document.sections.size(), 3u);
  EXPECT_EQ(document.sections[1].title, "工作开展情况");
  EXPECT_EQ(document.sections[1].level, 1);
  EXPECT_EQ(document.sections[2].title, "规范行政执法行为");
  EXPECT_EQ(document.sections[2].parent, document.sections[1].id);
}

// 一、2023年工作情况 reports the year as a whole: the required parts may stand one level down (the 2019 layout).
TEST(SectionParts, APartOneLevelDownUnderTheYearAsAWhole) {
  const auto document = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、2023年工作开展情况\n（一）加强组织领导\n（二）存在的不足\n"
      "（三）主要负责人履行第一责任人职责情况\n二、主要举措\n（一）存在问题的整改\n三、2024年工作打算");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 2023年工作开展情况 [achievements]", "2 （一） 加强组织领导 [achievements]",
                          "2 （二） 存在的不足 [shortcomings]",
                          "2 （三） 主要负责人履行第一责任人职责情况 [leadership]", "1 二、 主要举措 [achievements]",
                          "2 （一） 存在问题的整改 [achievements]", "1 三、 2024年工作打算 [plan]"));
  // Under any other part, the leaders' duty written one level down is theirs as well; a slogan is not.
  const auto inside = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n（一）党政主要负责人履职情况\n"
      "（二）加强组织领导，主要领导亲自抓\n二、存在的问题\n三、2024年工作打算");
  EXPECT_THAT(headings(inside), ElementsAre("1 一、 主要举措和成效 [achievements]",
                                            "2 （一） 党政主要负责人履职情况 [achievements;leadership]",
                                            "2 （二） 加强组织领导，主要领导亲自抓 [achievements]",
                                            "1 二、 存在的问题 [shortcomings]", "1 三、 2024年工作打算 [plan]"));
  // A measure that names the leaders' duty reports no duty.
  const auto measure = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n（一）压实党政主要负责人推进法治建设第一责任人职责\n"
      "（二）组织开展述法评议\n二、存在的问题\n三、2024年工作打算");
  EXPECT_EQ(headings(measure)[1], "2 （一） 压实党政主要负责人推进法治建设第一责任人职责 [achievements]");
  EXPECT_EQ(headings(measure)[2], "2 （二） 组织开展述法评议 [achievements]");
}

TEST(SectionParts, AHeadingAboutTheNextYearIsThePlan) {
  const auto document = process_text_with_default_pipeline(
      "关于2023年度法治政府建设情况的报告\n一、2023年工作情况\n二、存在的不足\n三、2024年工作思路目标举措");
  EXPECT_THAT(headings(document).back(), "1 三、 2024年工作思路目标举措 [plan]");
}

TEST(SectionParts, TopicTitledSectionsBeforeTheShortcomingsAreTheYearsWork) {
  const auto document =
      process_text_with_default_pipeline("一、加强组织领导\n二、深入普法\n三、存在问题\n四、其他事项");
  EXPECT_THAT(headings(document), ElementsAre("1 一、 加强组织领导 [achievements]", "1 二、 深入普法 [achievements]",
                                              "1 三、 存在问题 [shortcomings]", "1 四、 其他事项 [other]"));
}

// Plain township reports name their problems and plans in words of their own.
TEST(SectionParts, ProblemsAndPlansInPlainWords) {
  const auto kinds = [](const std::string& text) {
    return headings(process_text_with_default_pipeline("一、工作开展情况\n" + text));
  };
  EXPECT_THAT(kinds("二、工作中存在的一些问题\n三、下一年工作设想"),
              ElementsAre("1 一、 工作开展情况 [achievements]", "1 二、 工作中存在的一些问题 [shortcomings]",
                          "1 三、 下一年工作设想 [plan]"));
  EXPECT_THAT(kinds("二、存在的几点问题\n三、工作设想").at(1), "1 二、 存在的几点问题 [shortcomings]");
  EXPECT_THAT(kinds("二、当前工作中的问题\n三、今后工作建议").at(1), "1 二、 当前工作中的问题 [shortcomings]");
  // A measure that solves problems is no part on problems.
  EXPECT_THAT(kinds("二、聚焦群众急需解决的问题，推进矛盾纠纷多元化解\n三、存在的不足").at(1),
              "1 二、 聚焦群众急需解决的问题，推进矛盾纠纷多元化解 [achievements]");
}

// 问题 as a heading's head noun names the problems the report owns up to, whatever words lead to it; a measure
// acting on problems stays the year's work.
TEST(SectionParts, ProblemsAsTheHeadNounAreTheShortcomings) {
  const auto third = [](const std::string& heading) {
    return headings(process_text_with_default_pipeline("关于桐溪镇2024年度法治政府建设情况的报告\n一、主要举措和成效\n"
                                                       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n" +
                                                       heading + "\n四、2025年工作计划"))
        .at(2);
  };
  EXPECT_EQ(third("三、自查发现的问题"), "1 三、 自查发现的问题 [shortcomings]");
  EXPECT_EQ(third("三、工作中遇到的问题"), "1 三、 工作中遇到的问题 [shortcomings]");
  EXPECT_EQ(third("三、查摆出的问题"), "1 三、 查摆出的问题 [shortcomings]");
  EXPECT_EQ(third("三、需要关注的问题"), "1 三、 需要关注的问题 [shortcomings]");
  // Problems acted on, or 问题 that is no head noun, are a measure.
  EXPECT_EQ(third("三、着力解决群众急难愁盼问题"), "1 三、 着力解决群众急难愁盼问题 [achievements]");
  EXPECT_EQ(third("三、依法化解信访积案中的难点问题"), "1 三、 依法化解信访积案中的难点问题 [achievements]");
  EXPECT_EQ(third("三、坚持问题导向，规范执法行为"), "1 三、 坚持问题导向，规范执法行为 [achievements]");
  EXPECT_EQ(third("三、聚焦群众反映强烈的问题"), "1 三、 聚焦群众反映强烈的问题 [achievements]");
  // 问题 first of two nouns joined at the title's end: still the head.
  EXPECT_EQ(third("三、问题与反思"), "1 三、 问题与反思 [shortcomings]");
  EXPECT_EQ(third("三、存在问题和隐患"), "1 三、 存在问题和隐患 [shortcomings]");
  // Or joined with the plan, however many words name it: the two parts merged.
  EXPECT_EQ(third("三、问题及下一步打算"), "1 三、 问题及下一步打算 [shortcomings;plan]");
  EXPECT_EQ(third("三、问题和今后工作思路"), "1 三、 问题和今后工作思路 [shortcomings;plan]");
  // Or examined or listed, nothing done to them before.
  EXPECT_EQ(third("三、问题分析"), "1 三、 问题分析 [shortcomings]");
  EXPECT_EQ(third("三、问题剖析"), "1 三、 问题剖析 [shortcomings]");
  EXPECT_EQ(third("三、存在的问题清单"), "1 三、 存在的问题清单 [shortcomings]");
  EXPECT_EQ(third("三、建立问题清单"), "1 三、 建立问题清单 [achievements]");
  // Not when the joined words report a deed on them, or a measure acts on both.
  EXPECT_EQ(third("三、问题及整改情况"), "1 三、 问题及整改情况 [achievements]");
  EXPECT_EQ(third("三、聚焦群众关注问题与难点"), "1 三、 聚焦群众关注问题与难点 [achievements]");
  EXPECT_EQ(third("三、问题导向与目标导向相结合"), "1 三、 问题导向与目标导向相结合 [achievements]");
}

// The leaders' part written with the leading group, the head of a government or leading cadres reporting how they
// did their duty (履职, 履责 … 情况); a measure on their duty stays the year's work.
TEST(SectionParts, TheLeadersDutyReportedWithoutTheListedTitles) {
  const auto second = [](const std::string& heading) {
    return headings(process_text_with_default_pipeline("关于云岭县林业局2024年度法治政府建设情况的报告\n"
                                                       "一、主要举措和成效\n" +
                                                       heading + "\n三、存在的不足\n四、2025年工作计划"))
        .at(1);
  };
  EXPECT_EQ(second("二、局领导班子履职情况"), "1 二、 局领导班子履职情况 [leadership]");
  EXPECT_EQ(second("二、领导班子及成员履职尽责情况"), "1 二、 领导班子及成员履职尽责情况 [leadership]");
  EXPECT_EQ(second("二、党政正职履职情况"), "1 二、 党政正职履职情况 [leadership]");
  EXPECT_EQ(second("二、领导干部学法用法及履职情况"), "1 二、 领导干部学法用法及履职情况 [leadership]");
  EXPECT_EQ(second("二、班子履职情况"), "1 二、 班子履职情况 [leadership]");
  EXPECT_EQ(second("二、压实领导干部履职责任"), "1 二、 压实领导干部履职责任 [achievements]");
  // A topic of the year's work that acts on the principal leaders' duty is a measure of the year that tells their
  // part too; one reporting it done is their part alone.
  EXPECT_EQ(second("二、压实党政主要负责人第一责任人职责"),
            "1 二、 压实党政主要负责人第一责任人职责 [achievements;leadership]");
  EXPECT_EQ(second("二、强化主要负责人责任，夯实组织基础"),
            "1 二、 强化主要负责人责任，夯实组织基础 [achievements;leadership]");
  EXPECT_EQ(second("二、党政主要负责人述法"), "1 二、 党政主要负责人述法 [leadership]");
  EXPECT_EQ(second("二、党政主要负责人认真履行第一责任人职责"),
            "1 二、 党政主要负责人认真履行第一责任人职责 [leadership]");
  EXPECT_EQ(second("二、领导干部学法用法情况"), "1 二、 领导干部学法用法情况 [achievements]");
  EXPECT_EQ(second("二、强化领导干部履职尽责，推进依法行政"),
            "1 二、 强化领导干部履职尽责，推进依法行政 [achievements]");
}

// Measures still to take: 今后, 改进 or 整改 before 举措 or 方向, and measures named alone after the shortcomings.
// Measures of the year, before the shortcomings or with their results, stay the year's work.
TEST(SectionParts, MeasuresAfterTheShortcomingsAreThePlan) {
  const auto fourth = [](const std::string& heading) {
    return headings(process_text_with_default_pipeline("关于桐溪镇2024年度法治政府建设情况的报告\n一、主要举措和成效\n"
                                                       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
                                                       "三、存在的不足\n" +
                                                       heading))
        .at(3);
  };
  EXPECT_EQ(fourth("四、今后举措"), "1 四、 今后举措 [plan]");
  EXPECT_EQ(fourth("四、改进举措"), "1 四、 改进举措 [plan]");
  EXPECT_EQ(fourth("四、改进方向"), "1 四、 改进方向 [plan]");
  EXPECT_EQ(fourth("四、整改方向"), "1 四、 整改方向 [plan]");
  EXPECT_EQ(fourth("四、主要举措"), "1 四、 主要举措 [plan]");
  EXPECT_EQ(fourth("四、重点举措落实情况"), "1 四、 重点举措落实情况 [achievements]");
  EXPECT_EQ(fourth("四、2024年主要举措"), "1 四、 2024年主要举措 [achievements]");
  // Before the shortcomings, measures are the year's.
  EXPECT_THAT(headings(process_text_with_default_pipeline("关于桐溪镇2024年度法治政府建设情况的报告\n一、主要举措\n"
                                                          "二、存在的不足\n三、下一步打算"))
                  .front(),
              "1 一、 主要举措 [achievements]");
}

// Some reports put the leadership part first and title the year's work by topic after it.
TEST(SectionParts, TopicTitledSectionsAfterALeadershipPartAreTheYearsWork) {
  const auto document = process_text_with_default_pipeline(
      "一、党政主要负责人履行推进法治建设第一责任人职责情况\n二、坚持依法全面履行职能\n三、存在的突出问题\n"
      "四、2024年工作计划\n五、其他需要报告的事项");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
                          "1 二、 坚持依法全面履行职能 [achievements]", "1 三、 存在的突出问题 [shortcomings]",
                          "1 四、 2024年工作计划 [plan]", "1 五、 其他需要报告的事项 [other]"));
}

// Under a level-1 heading that names no part, the required parts may be its subsections; under one that
// names a part, subsections inherit it unless they name a later part (below).
TEST(SectionParts, RequiredPartsOneLevelDownUnderAHeadingThatNamesNone) {
  const auto document = process_text_with_default_pipeline(
      "一、2023年度法治政府建设情况\n（一）主要举措和成效\n（二）党政主要负责人履行推进法治建设第一责任人职责情况\n"
      "1.带头学法\n（三）存在的不足和原因\n二、2024年工作打算\n（一）创新工作思路");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 2023年度法治政府建设情况 [achievements]", "2 （一） 主要举措和成效 [achievements]",
                          "2 （二） 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
                          "3 1. 带头学法 [leadership]", "2 （三） 存在的不足和原因 [shortcomings]",
                          "1 二、 2024年工作打算 [plan]", "2 （一） 创新工作思路 [plan]"));
  const auto named = process_text_with_default_pipeline("一、主要举措和成效\n（一）创新工作思路\n二、存在的问题");
  EXPECT_THAT(headings(named), ElementsAre("1 一、 主要举措和成效 [achievements]",
                                           "2 （一） 创新工作思路 [achievements]", "1 二、 存在的问题 [shortcomings]"));
}

// Under a heading of the year's work that names its measures or results (主要工作开展情况及成效, 2024年主要工作), a
// subsection naming the shortcomings or the plan is that part; the leaders' duty is added to the measures.
TEST(SectionParts, LaterPartsOneLevelDownUnderTheYearsWork) {
  for (const std::string year_s_work : {"主要工作开展情况及成效", "2024年主要工作"}) {
    const auto document = process_text_with_default_pipeline(
        "关于青川县白鹭镇2024年度法治政府建设情况的报告\n一、" + year_s_work +
        "\n（一）加强组织领导。镇党委全年召开专题会议4次。\n"
        "（二）党政主要负责人履行推进法治建设第一责任人职责情况。镇党委书记全年讲法治课2次。\n"
        "（三）存在的问题。持证执法人员仅5名。\n1.执法力量不足\n（四）2025年工作打算。新增持证执法人员2名。");
    EXPECT_THAT(headings(document),
                ElementsAre("1 一、 " + year_s_work + " [achievements]", "2 （一） 加强组织领导 [achievements]",
                            "2 （二） 党政主要负责人履行推进法治建设第一责任人职责情况 [achievements;leadership]",
                            "2 （三） 存在的问题 [shortcomings]", "3 1. 执法力量不足 [shortcomings]",
                            "2 （四） 2025年工作打算 [plan]"));
  }
  // Measures that act on a weakness, or a topic with a later year inside it, stay the year's work.
  const auto document = process_text_with_default_pipeline(
      "关于青川县白鹭镇2024年度法治政府建设情况的报告\n一、主要举措和成效\n（一）弥补基层执法力量不足\n"
      "（二）扎实开展2024—2025年度普法专项行动\n（三）补齐公共法律服务短板\n（四）着力解决执法中存在的问题\n"
      "（五）统筹做好年度工作安排\n（六）健全矛盾纠纷化解对策\n（七）开展“回头看”，整改存在的不足\n二、存在的问题");
  EXPECT_THAT(
      headings(document),
      ElementsAre("1 一、 主要举措和成效 [achievements]", "2 （一） 弥补基层执法力量不足 [achievements]",
                  "2 （二） 扎实开展2024—2025年度普法专项行动 [achievements]",
                  "2 （三） 补齐公共法律服务短板 [achievements]", "2 （四） 着力解决执法中存在的问题 [achievements]",
                  "2 （五） 统筹做好年度工作安排 [achievements]", "2 （六） 健全矛盾纠纷化解对策 [achievements]",
                  "2 （七） 开展“回头看”，整改存在的不足 [achievements]", "1 二、 存在的问题 [shortcomings]"));
}

// The plan written as the shortcomings' last subsection is the plan; the shortcomings' own topics, and a measure
// on them, stay the shortcomings.
TEST(SectionParts, ThePlanOneLevelDownUnderTheShortcomings) {
  const auto document = process_text_with_default_pipeline(
      "青石镇2024年度法治政府建设情况报告\n一、主要举措和成效\n审查合同21份。\n"
      "二、党政主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记带头学法。\n三、存在的问题\n"
      "（一）执法力量不足\n执法人员仅4名。\n（二）整改不到位\n个别问题反复出现。\n（三）统筹做好年度工作安排\n正文。\n"
      "（四）下一步工作打算\n1.加强执法队伍建设\n正文。\n（五）2025年工作安排\n正文。");
  EXPECT_THAT(
      headings(document),
      ElementsAre("1 一、 主要举措和成效 [achievements]",
                  "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
                  "1 三、 存在的问题 [shortcomings]", "2 （一） 执法力量不足 [shortcomings]",
                  "2 （二） 整改不到位 [shortcomings]", "2 （三） 统筹做好年度工作安排 [shortcomings]",
                  "2 （四） 下一步工作打算 [plan]", "3 1. 加强执法队伍建设 [plan]", "2 （五） 2025年工作安排 [plan]"));
}

// A report in parts: its first part, on the year's work, holds the required parts one level down.
TEST(SectionParts, RequiredPartsUnderAPartOnTheYearsWork) {
  const auto document = process_text_with_default_pipeline(
      "第一部分 2020年度工作情况\n一、主要举措与成效\n二、存在的问题\n三、主要负责人履行第一责任人职责情况\n"
      "第二部分 2021年工作安排\n一、加强培训");
  EXPECT_THAT(headings(document),
              ElementsAre("1 第一部分 2020年度工作情况 [achievements]", "2 一、 主要举措与成效 [achievements]",
                          "2 二、 存在的问题 [shortcomings]", "2 三、 主要负责人履行第一责任人职责情况 [leadership]",
                          "1 第二部分 2021年工作安排 [plan]", "2 一、 加强培训 [plan]"));
}

// Measures written before the leadership words are a part of their own merged with the leadership part.
TEST(SectionParts, MeasuresMergedWithTheLeadershipPart) {
  const auto document = process_text_with_default_pipeline(
      "一、推进法治政府建设的主要做法及主要负责人履职情况\n二、履行第一责任人职责，加强法治政府建设工作情况");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 推进法治政府建设的主要做法及主要负责人履职情况 [achievements;leadership]",
                          "1 二、 履行第一责任人职责，加强法治政府建设工作情况 [leadership]"));
}

// Parts headed by bare lines (bold in Word, plain in a TXT copy) when nothing is numbered at level 1; one such
// line alone heads nothing.
TEST(SectionParts, BareLinesNamingTwoPartsHeadThem) {
  const auto bare = process_text_with_default_pipeline(
      "安和县应急管理局2023年度法治建设工作情况报告\n主要举措和成效\n（一）严格执法\n检查单位486家次。\n"
      "存在的不足和原因\n执法人员偏少。\n党政主要负责人履行推进法治建设第一责任人职责情况\n局长带头学法。\n"
      "2024年计划\n加强培训。\nresult('存在的不足')");
  EXPECT_THAT(headings(bare),
              ElementsAre("1  主要举措和成效 [achievements]", "2 （一） 严格执法 [achievements]",
                          "1  存在的不足和原因 [shortcomings]",
                          "1  党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]", "1  2024年计划 [plan]"));
  const auto one_line = process_text_with_default_pipeline(
      "安和县应急管理局2023年度法治建设工作情况报告\n全年检查单位486家次。\n存在的不足和原因\n执法人员偏少。");
  EXPECT_TRUE(headings(one_line).empty());
  const auto numbered = process_text_with_default_pipeline(
      "白沙镇2023年法治政府建设情况报告\n一、主要举措和成效\n正文。\n存在的不足和原因\n二、下一步工作打算\n正文。");
  EXPECT_THAT(headings(numbered), ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 下一步工作打算 [plan]"));
}

// A report structured only by 一是…二是… paragraphs names its parts at their heads, run into their points
// (存在的问题。一是…) or labelled with a colon (下一步工作打算：一是…): the name is a bare part heading. A sentence run
// into its points (短板依然存在。一是…), a sentence before other text (工作取得新进展。全年…) and the preamble's
// lead-in (现将工作开展情况总结如下：一是…) head nothing.
TEST(SectionHeadings, APartNamedAtTheHeadOfItsPointsHeadsIt) {
  const auto run_in = process_text_with_default_pipeline(
      "石门乡2024年法治政府建设工作总结\n2024年，石门乡认真落实上级关于法治政府建设的部署。\n"
      "现将工作开展情况总结如下：一是健全领导小组，乡党委专题研究法治工作3次。\n"
      "今年以来的主要工作。一是规范执法，办理行政案件9件。二是开展普法，举办讲座6场。\n"
      "短板依然存在。一是普法形式单一；二是执法人员偏少。\n"
      "工作中存在的问题：一是学法不够深入；二是执法装备不足。\n"
      "下步工作打算：一是加强学法；二是充实执法力量。\n石门乡人民政府\n2025年1月8日");
  EXPECT_THAT(headings(run_in), ElementsAre("1  今年以来的主要工作 [achievements]",
                                            "1  工作中存在的问题 [shortcomings]", "1  下步工作打算 [plan]"));
  const auto prose = process_text_with_default_pipeline(
      "石门乡2024年法治政府建设工作总结\n法治政府建设工作取得新进展。全年召开专题会议4次。\n"
      "短板依然存在。一是普法形式单一；二是执法人员偏少。\n下一步，我乡将加强学法，充实执法力量。");
  EXPECT_THAT(headings(prose), IsEmpty());
  // Under numbered parts a label run into its text is the part's body.
  const auto numbered = process_text_with_default_pipeline(
      "石门乡2024年法治政府建设工作总结\n一、主要举措和成效\n存在的问题：一是普法形式单一。\n"
      "下步打算：一是加强学法。\n二、其他需要报告的事项\n无。");
  EXPECT_THAT(headings(numbered),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 其他需要报告的事项 [other]"));
  // A part's name announcing its points heads it; a year's sentence run into its points is the body's.
  const auto announced = process_text_with_default_pipeline(
      "石门乡2024年法治政府建设工作总结\n今年以来的主要工作。一是规范执法，办理行政案件9件。\n"
      "存在的问题和不足如下：一是学法不够深入；二是执法装备不足。\n"
      "2025年我乡将持续深化法治政府建设。一是加强学法；二是充实执法力量。\n石门乡人民政府\n2025年1月8日");
  EXPECT_THAT(headings(announced),
              ElementsAre("1  今年以来的主要工作 [achievements]", "1  存在的问题和不足如下 [shortcomings]"));
}

// A report whose parts run into their points (…主要工作。一是… / 存在的不足。一是…), as a copy leaves bold lead-ins,
// may run one part into prose: its short name of no clause heads it there, and only there. A sentence of the body
// closed before prose (镇党委高度重视，切实履行第一责任人职责。…) is no name, and a report with one part run into its
// points reads a name before prose as the body's (one part named is no report's structure: nothing heads it).
TEST(SectionHeadings, APartRunIntoProseAmongPartsRunIntoTheirPoints) {
  const auto document = process_text_with_default_pipeline(
      "榆林乡2024年法治政府建设工作总结\n2024年，榆林乡坚持依法行政，法治政府建设取得积极成效。\n"
      "一年来的主要工作。一是强化组织领导，召开专题会议4次。二是规范行政执法，办理案件19件。\n"
      "主要负责人履职情况。乡党委书记、乡长带头学法，主持专题会议3次。\n"
      "乡党委高度重视，切实履行第一责任人职责。全年听取法治工作汇报2次。\n"
      "存在的不足。一是执法力量不足。二是普法形式单一。\n2025年工作打算。一是加强执法队伍建设。二是创新普法方式。\n"
      "榆林乡人民政府\n2025年1月15日");
  EXPECT_THAT(headings(document),
              ElementsAre("1  一年来的主要工作 [achievements]", "1  主要负责人履职情况 [leadership]",
                          "1  存在的不足 [shortcomings]", "1  2025年工作打算 [plan]"));
  const auto one_run_in = process_text_with_default_pipeline(
      "榆林乡2024年法治政府建设工作总结\n主要负责人履职情况。乡党委书记、乡长带头学法，主持专题会议3次。\n"
      "存在的不足。一是执法力量不足。二是普法形式单一。");
  EXPECT_THAT(headings(one_run_in), IsEmpty());
  // A sentence of what was achieved, short and ending on a part's word, is prose all the same.
  const auto achieved = process_text_with_default_pipeline(
      "榆林乡2024年法治政府建设工作总结\n"
      "一年来的主要工作。一是强化组织领导，召开专题会议4次。二是规范行政执法，办理案件19件。\n"
      "法治政府建设取得新成效。全年办理行政复议案件5件，无一被纠错。\n"
      "存在的不足。一是执法力量不足。二是普法形式单一。\n2025年工作打算。一是加强执法队伍建设。二是创新普法方式。\n"
      "榆林乡人民政府\n2025年1月15日");
  EXPECT_THAT(headings(achieved), ElementsAre("1  一年来的主要工作 [achievements]", "1  存在的不足 [shortcomings]",
                                              "1  2025年工作打算 [plan]"));
}

// A page flattened into one line with a space where each line ended keeps a part named on a line of its own
// between two spaces, after a sentence's end and before a sentence: the paragraph is cut around it and it heads
// its part. A table's header row run together (存在问题 整改措施 完成时限) has no sentence after it.
TEST(SectionHeadings, APartNamedOnItsOwnLineInAPageFlattenedIntoOneLine) {
  const auto flattened = process_text_with_default_pipeline(
      "安平县交通运输局2024年法治政府建设工作总结\n"
      "2024年，我局在县委、县政府的坚强领导下，认真贯彻落实上级关于法治政府建设的决策部署，扎实推进交通运输领域依法"
      "行政，现将有关情况总结如下： 一年来主要工作 一是加强组织领导。局党组召开专题会议研究法治建设工作3次。 "
      "二是规范交通运输执法。全年查处超限超载车辆41台次，办理行政处罚案件52件。 三是深化普法宣传。开展路政宣传月"
      "活动6场次。 存在的问题 一是执法人员数量偏少；二是执法装备较为落后。 下一步工作打算 一是充实执法力量；二是"
      "更新执法装备；三是创新普法方式。");
  EXPECT_THAT(headings(flattened), ElementsAre("1  一年来主要工作 [achievements]", "1  存在的问题 [shortcomings]",
                                               "1  下一步工作打算 [plan]"));
  const auto table = process_text_with_default_pipeline(
      "安平县交通运输局2024年法治政府建设工作总结\n"
      "2024年，我局在县委、县政府的坚强领导下，认真贯彻落实上级关于法治政府建设的决策部署，扎实推进交通运输领域依法"
      "行政，全年查处超限超载车辆41台次，办理行政处罚案件52件，开展路政宣传月活动6场次，整改清单如下： 存在问题 "
      "整改措施 完成时限 执法人员偏少 充实执法力量 2025年6月 执法装备落后 更新执法装备 2025年9月 普法方式单一 "
      "创新普法方式 2025年12月");
  EXPECT_THAT(headings(table), IsEmpty());
}

// A part named on a line of its own in a flattened page may have its first numbered point next, the point's title on
// the line before its sentence (一年来主要工作 1.强化组织领导 局党组…): the name heads its part all the same.
TEST(SectionHeadings, APartNamedOverItsFirstNumberedPointInAPageFlattenedIntoOneLine) {
  const auto document = process_text_with_default_pipeline(
      "松岭县农业农村局2024年法治政府建设工作总结\n"
      "2024年，我局在县委、县政府的坚强领导下，认真贯彻落实上级关于法治政府建设的决策部署，扎实推进农业农村领域依法"
      "行政，现将有关情况总结如下： 一年来主要工作 1.强化组织领导 局党组召开专题会议研究法治建设工作4次。 "
      "2.规范农业执法 全年查处农资违法案件23件，罚没款3.1万元，开展农资市场专项检查6次。 存在的问题 "
      "一是执法人员数量偏少；二是执法装备较为落后。"
      " 下一步工作打算 一是充实执法力量；二是更新执法装备。");
  EXPECT_THAT(headings(document), ElementsAre("1  一年来主要工作 [achievements]", "3 1. 强化组织领导 [achievements]",
                                              "3 2. 规范农业执法 [achievements]", "1  存在的问题 [shortcomings]",
                                              "1  下一步工作打算 [plan]"));
}

// A page flattened into one line runs its title into the opening paragraph, with no space where the title's line
// ended (…工作报告2024年，…) or with one, an issuer's line over it: the title is found as on lines of its own. A
// sentence about the report (现将…情况报告如下：), a title that runs on after its report's word (…总结暨…计划) and a
// part's name opening a page that lost its title (一年来主要工作情况) are no title run in.
TEST(SectionMetadata, ATitleRunIntoTheOpeningOfAFlattenedPageIsTheTitle) {
  const std::string body =
      "青禾镇在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下： "
      "一、主要举措和成效 （一）健全依法决策机制。重大行政决策全部经过合法性审查，审查合同21份。 （二）规范行政执法。"
      "全年办理行政处罚案件26件。 二、存在的不足和原因 执法人员专业素质不高，普法形式较为单一。 三、2025年工作计划 "
      "一是加强执法培训；二是创新普法方式。 安溪县青禾镇人民政府 2025年1月12日";
  for (const char* opening :
       {"安溪县青禾镇2024年法治政府建设工作报告2024年，", "安溪县青禾镇2024年法治政府建设工作报告 2024年，",
        "安溪县青禾镇2024年度法治政府建设情况报告一年来，",
        "安溪县青禾镇2024年法治政府建设工作总结为深入推进依法行政，"}) {
    const auto document = process_text_with_default_pipeline(std::string(opening) + body);
    EXPECT_EQ(document.metadata.get("title").substr(0, 30), std::string(opening).substr(0, 30)) << opening;
    EXPECT_TRUE(document.metadata.get("title").ends_with("报告") || document.metadata.get("title").ends_with("总结"))
        << opening;
    EXPECT_THAT(headings(document), Contains("1 二、 存在的不足和原因 [shortcomings]")) << opening;
  }
  // A letter's title run straight into its addressees and their colon: the addressees are a line of their own.
  const auto addressed = process_text_with_default_pipeline(
      "中共青禾镇委员会青禾镇人民政府关于2024年度法治政府建设情况的报告县委、县政府：2024年，" + body);
  EXPECT_EQ(addressed.metadata.get("title"), "中共青禾镇委员会青禾镇人民政府关于2024年度法治政府建设情况的报告");
  const auto issuer_over_it =
      process_text_with_default_pipeline("安溪县青禾镇人民政府 关于2024年度法治政府建设情况的报告 2024年，" + body);
  EXPECT_EQ(issuer_over_it.metadata.get("title"), "安溪县青禾镇人民政府关于2024年度法治政府建设情况的报告");
  for (const char* opening : {"现将我镇2024年法治政府建设情况报告如下：2024年，", "一年来主要工作情况 2024年，",
                              "安溪县青禾镇2024年法治政府建设工作总结暨2025年工作计划2024年，"}) {
    const auto document = process_text_with_default_pipeline(std::string(opening) + body);
    EXPECT_EQ(document.metadata.get("title"), "") << opening;
  }
}

// The organ a report is sent to, on a line by the signature (报送县司法局 over or under the date, or run into a
// flattened page's end), closes the report as the signature does and names no unit: the title's town is the unit.
// A 述法 report is signed by the person reporting, the post held and the name parted by a space: on a page flattened
// into one line that space is no line's end, and the post and name close the page with the date, as on lines of
// their own.
TEST(SectionMetadata, ALeadersSignatureRunIntoAFlattenedPagesLastParagraph) {
  const std::string body =
      "宁丰县司法局党组书记、局长2024年度述法报告 2024年，本人认真履行推进法治建设第一责任人职责，现将有关情况报告如"
      "下。 一、学法用法情况 全年参加党组理论学习中心组专题学法6次，组织全局干部参加年度学法考试，参考率100%。 "
      "二、依法决策情况 提交局党组会议研究的事项均经法律顾问审查，全年审查合同和规范性文件23件。 三、存在的不足 对"
      "新出台法律法规学习不够深入。 四、下一步打算 一是持续加强学法。二是严格规范执法行为。";
  for (const std::string signature :
       {" 宁丰县司法局党组书记、局长　张明远 2025年1月15日", "宁丰县司法局党组书记、局长 张明远 2025年1月15日",
        " 宁丰县司法局局长 王　明 2025年1月15日"}) {
    const auto document = process_text_with_default_pipeline(body + signature);
    EXPECT_EQ(document.metadata.get("date"), "2025-01-15") << signature;
    EXPECT_EQ(document.metadata.get("unit"), "宁丰县司法局") << signature;
    ASSERT_EQ(document.sections.back().id, "closing") << signature;
    EXPECT_EQ(section(document, "s4")->title, "下一步打算") << signature;
  }
  // A name after a post that heads no unit signs nothing: the page keeps its last sentence.
  const auto no_unit = process_text_with_default_pipeline(body + " 局长 张明远 2025年1月15日");
  EXPECT_NE(no_unit.sections.back().id, "closing");
}

// A copy's cover or page head spreads the genre's name with spaces over the report's own title (法 治 政 府 建 设 年
// 度 报 告), on a line of its own or glued to the title: the title is the report's, the banner is not of it.
TEST(SectionMetadata, ATitleSpreadWithSpacesOverTheRealTitleIsNotOfIt) {
  const std::string report =
      "\n2024年，梅岭镇深入推进依法行政。\n一、主要举措和成效\n召开专题会议4次。\n二、存在的不足\n执法力量薄弱。"
      "\n三、2025年工作安排\n持续推进依法行政。\n梅岭镇人民政府\n2025年2月10日";
  for (const std::string banner : {"法 治 政 府 建 设 年 度 报 告\n", "法 治 政 府 建 设 年 度 报 告",
                                   "法　治　政　府　建　设　年　度　报　告\n"}) {
    const auto document = process_text_with_default_pipeline(banner + "梅岭镇2024年法治政府建设工作报告" + report);
    EXPECT_EQ(document.metadata.get("title"), "梅岭镇2024年法治政府建设工作报告") << banner;
  }
  // A spaced title with no other under it is the title.
  const auto alone = process_text_with_default_pipeline("年 度 工 作 报 告" + report);
  EXPECT_EQ(alone.metadata.get("title"), "年 度 工 作 报 告");
  // A place spaced before its organ written close is the title's start, not a banner.
  const auto spaced_place = process_text_with_default_pipeline("宁 丰 县 司法局2024年度法治政府建设工作报告" + report);
  EXPECT_THAT(spaced_place.metadata.get("title"), ::testing::StartsWith("宁 丰 县 司法局2024年度"));
  // A lead-in sentence under the banner is no title: the banner is.
  const auto over_a_lead_in = process_text_with_default_pipeline(
      "法 治 政 府 建 设 年 度 报 告\n现将我局2024年度法治政府建设工作情况报告如下：" + report);
  EXPECT_EQ(over_a_lead_in.metadata.get("title"), "法 治 政 府 建 设 年 度 报 告");
}

TEST(SectionMetadata, TheOrganTheReportIsSentToSignsNothing) {
  const std::string report =
      "宁丰县青石镇2024年法治政府建设工作报告\n一、主要举措和成效\n镇党委召开专题会议研究法治建设工作4次。\n"
      "二、存在的不足和原因\n执法人员专业素质不高。\n三、2025年工作计划\n加强执法培训。\n";
  for (const char* signature : {"报送县司法局\n2025年1月10日", "宁丰县青石镇人民政府\n2025年1月10日\n报送县司法局",
                                "2025年1月10日\n呈报县委依法治县办公室"}) {
    const auto document = process_text_with_default_pipeline(report + signature);
    EXPECT_EQ(document.metadata.get("date"), "2025-01-10") << signature;
    EXPECT_EQ(document.metadata.get("region"), "宁丰县青石镇") << signature;
    EXPECT_THAT(document.metadata.get("unit"), Not(::testing::HasSubstr("报"))) << signature;
    EXPECT_EQ(document.sections.back().id, "closing") << signature;
  }
  const auto flattened = process_text_with_default_pipeline(
      "宁丰县青石镇2024年法治政府建设工作报告\n2024年，青石镇在县委、县政府的坚强领导下，扎实推进法治政府建设，"
      "现将有关情况报告如下： 一、主要举措和成效 镇党委召开专题会议研究法治建设工作4次，全年办理行政处罚案件18件，"
      "开展法治宣传活动12场次，调解矛盾纠纷56起。 二、存在的不足和原因 执法人员专业素质不高，法治宣传形式单一。 "
      "三、2025年工作计划 加强执法培训，创新普法方式。 报送县司法局 2025年1月10日");
  EXPECT_EQ(flattened.metadata.get("date"), "2025-01-10");
  EXPECT_EQ(flattened.metadata.get("unit"), "宁丰县青石镇");
  // A common word ending as an organ's name does is no issuer: 服务发展大局 over a date signs nothing.
  const auto slogan = process_text_with_default_pipeline(report + "坚持服务发展大局\n2025年1月10日");
  EXPECT_EQ(slogan.metadata.get("unit"), "宁丰县青石镇");
  // But a bureau named so signs: 科技创新局, 城市更新局, 国家安全局; and so does a town whose name opens with a
  // character that may send (送桥镇).
  for (const std::string bureau :
       {"深圳市南山区科技创新局", "广州市城市更新局", "宁丰县国家安全局", "送桥镇人民政府"}) {
    const auto signed_by_it = process_text_with_default_pipeline(report + bureau + "\n2025年1月10日");
    ASSERT_EQ(signed_by_it.sections.back().id, "closing") << bureau;
    EXPECT_EQ(signed_by_it.sections.back().start, count_code_points(report)) << bureau;
  }
}

// A flattened page's heading over one short sentence, the next heading of its level right after it
// (（一）加强队伍建设 组织执法人员参加培训。 （二）…), is titled by its line: the sentence is its body. A slogan's
// second clause after a space stays in the title, and so does one written with a full stop when the body follows it.
TEST(SectionHeadings, AHeadingOverOneShortSentenceInAPageFlattenedIntoOneLine) {
  const auto document = process_text_with_default_pipeline(
      "柳川县白沙乡2024年法治政府建设年度报告\n2024年，白沙乡在县委、县政府的坚强领导下，扎实推进法治政府建设，现将有关"
      "情况报告如下： 一、主要举措和成效 （一）加强队伍建设 组织执法人员参加培训。 （二）推进政务公开 打造阳光政府。 "
      "全年主动公开政府信息126条，办理依申请公开2件。 （三）强化理论武装 筑牢法治根基 乡党委理论学习中心组专题学法4次。"
      " （四）深化法治宣传 开展宪法宣传周活动。 二、存在的不足和原因 执法人员专业素质不高，法治宣传形式单一。 "
      "三、2025年工作计划 加强执法培训，创新普法方式。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "2 （一） 加强队伍建设 [achievements]",
                          "2 （二） 推进政务公开 打造阳光政府 [achievements]",
                          "2 （三） 强化理论武装 筑牢法治根基 [achievements]", "2 （四） 深化法治宣传 [achievements]",
                          "1 二、 存在的不足和原因 [shortcomings]", "1 三、 2025年工作计划 [plan]"));
}

// A flattened page's plan may list its headings with no text under them, each after the space where its line ended
// (三、2023年工作计划 （一）… （二）… （三）…), and the signature follows the last heading's line with no sentence's
// end before it: each heading is cut, and the signature dates the report. Parts (第三部分) list their 一、 二、 so too.
TEST(SectionHeadings, APlanListingItsHeadingsInAPageFlattenedIntoOneLine) {
  const std::string opening =
      "平昌县白衣镇2022年法治政府建设工作报告\n2022年，白衣镇在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，"
      "扎实推进法治政府建设，现将有关情况报告如下： 一、主要举措和成效 （一）强化组织领导 镇党委召开专题会议研究法治"
      "建设工作4次，落实领导干部学法制度。 （二）规范行政执法 全年办理行政处罚案件21件，无行政复议和诉讼案件。 "
      "二、存在的不足和原因 执法人员专业素质不高，法治宣传形式单一，主要原因是培训不够。 ";
  const auto subheadings = process_text_with_default_pipeline(
      opening +
      "三、2023年工作计划 （一）加强法治队伍建设 （二）深化法治宣传教育 （三）推进矛盾纠纷多元化解 "
      "平昌县白衣镇人民政府 2023年1月12日");
  EXPECT_THAT(headings(subheadings),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "2 （一） 强化组织领导 [achievements]",
                          "2 （二） 规范行政执法 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
                          "1 三、 2023年工作计划 [plan]", "2 （一） 加强法治队伍建设 [plan]",
                          "2 （二） 深化法治宣传教育 [plan]", "2 （三） 推进矛盾纠纷多元化解 [plan]"));
  EXPECT_EQ(subheadings.metadata.get("date"), "2023-01-12");
  EXPECT_EQ(subheadings.sections.back().id, "closing");
  const auto parts = process_text_with_default_pipeline(
      "东兴县2022年法治政府建设情况报告\n2022年，东兴县在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进"
      "法治政府建设，现将有关情况报告如下： 第一部分 2022年法治政府建设主要成效 一、强化组织领导 县政府常务会议研究"
      "法治政府建设工作5次，会前学法12次。 二、规范行政执法 全县办理行政处罚案件1562件，组织执法案卷评查3次。 "
      "第二部分 存在的问题 一、基层执法力量薄弱 乡镇综合执法队伍人员不足，专业素质不高。 第三部分 2023年工作打算 "
      "一、深化法治政府示范创建 二、提升行政执法质效 东兴县人民政府 2023年2月10日");
  EXPECT_THAT(headings(parts), Contains("2 二、 提升行政执法质效 [plan]"));
  EXPECT_EQ(parts.metadata.get("date"), "2023-02-10");
  // A list of attachments after the run-in signature, as GB/T 9704 places it, leaves the signature its own.
  const auto attachments = process_text_with_default_pipeline(
      opening +
      "三、2023年工作计划 一是加强法治队伍建设；二是深化法治宣传教育。 平昌县白衣镇人民政府 2023年1月12日 "
      "附件：1.白衣镇2022年行政执法情况统计表 2.白衣镇2022年法治宣传活动一览表");
  EXPECT_EQ(attachments.metadata.get("date"), "2023-01-12");
  EXPECT_EQ(attachments.metadata.get("unit"), "平昌县白衣镇人民政府");
  EXPECT_EQ(attachments.sections.back().id, "closing");
  // And so does a 版记 closing the page after it: its 抄送 line, the printing office and its printing date.
  const auto record = process_text_with_default_pipeline(
      opening +
      "三、2023年工作计划 一是加强法治队伍建设；二是深化法治宣传教育。 平昌县白衣镇人民政府 2023年1月12日 "
      "（此件公开发布） 抄送：县委办公室，县人大常委会办公室。 平昌县白衣镇党政办公室 2023年1月12日印发");
  EXPECT_EQ(record.metadata.get("date"), "2023-01-12");
  EXPECT_EQ(record.metadata.get("unit"), "平昌县白衣镇人民政府");
  EXPECT_EQ(record.sections.back().id, "closing");
  EXPECT_THAT(headings(record), Contains("1 三、 2023年工作计划 [plan]"));
  // A slogan's clauses after a space are still one title, and one heading's line is no list of them.
  const auto slogans = process_text_with_default_pipeline(
      opening +
      "三、2023年工作计划 （一）强化理论武装 筑牢法治根基 （二）坚持依法行政 规范权力运行 "
      "平昌县白衣镇人民政府 2023年1月12日");
  EXPECT_THAT(headings(slogans), Contains("2 （一） 强化理论武装 筑牢法治根基 [plan]"));
  EXPECT_THAT(headings(slogans), Contains("2 （二） 坚持依法行政 规范权力运行 [plan]"));
}

TEST(SectionParts, PreambleAndClosingAreTheirOwnParts) {
  const auto document = process_text_with_default_pipeline(
      "青龙镇2024年法治政府建设年度报告\n现将情况报告如下：\n一、工作情况\n正文。\n华宁县青龙镇人民政府\n2024年12月24"
      "日");
  ASSERT_GE(document.sections.size(), 3u);
  EXPECT_EQ(document.sections.front().id, "preamble");
  EXPECT_THAT(document.sections.front().kinds, ElementsAre("preamble"));
  EXPECT_EQ(document.sections.back().id, "closing");
  EXPECT_THAT(document.sections.back().kinds, ElementsAre("closing"));
  EXPECT_EQ(section(document, "s1")->end, document.sections.back().start);
  EXPECT_EQ(document.metadata.get("date"), "2024-12-24");
  EXPECT_EQ(document.metadata.get("region"), "华宁县青龙镇");
}

TEST(SectionNumbering, DuplicateGapOutOfOrderOrphanAndMissingMarkerAreRecorded) {
  EXPECT_THAT(issue_types(process_text_with_default_pipeline("一、甲\n二、乙\n二、丙")),
              ElementsAre("duplicate-number"));
  EXPECT_THAT(issue_types(process_text_with_default_pipeline("一、甲\n四、乙")), ElementsAre("number-gap"));
  EXPECT_THAT(issue_types(process_text_with_default_pipeline("二、甲\n三、乙")), ElementsAre("number-gap"));
  EXPECT_THAT(issue_types(process_text_with_default_pipeline("一、甲\n三、乙\n二、丙")),
              ElementsAre("number-gap", "out-of-order"));
  EXPECT_THAT(issue_types(process_text_with_default_pipeline("前言\n（一）甲\n（二）乙\n一、丙\n（一）丁")),
              ElementsAre("orphan-heading", "orphan-heading"));
  EXPECT_THAT(issue_types(process_text_with_default_pipeline("一、甲\n、乙\n三、丙")), ElementsAre("missing-marker"));
}

TEST(SectionHeadings, APartMarkerAloneOnItsLineTitledByTheNext) {
  const auto document = process_text_with_default_pipeline(
      "第一部分\n2023年工作开展情况\n一、加强组织领导\n正文。\n第二部分\n存在的不足和原因\n一、执法人员不足");
  EXPECT_THAT(headings(document),
              ElementsAre("1 第一部分 2023年工作开展情况 [achievements]", "2 一、 加强组织领导 [achievements]",
                          "1 第二部分 存在的不足和原因 [shortcomings]", "2 一、 执法人员不足 [shortcomings]"));
  EXPECT_THAT(issue_types(document), IsEmpty());
}

// 3.5万人次 is a figure; 3.2024年工作打算 is a heading on a year.
TEST(SectionHeadings, AnArabicMarkerBeforeAYear) {
  const auto document =
      process_text_with_default_pipeline("1.主要举措和成效\n服务3.5万人次。\n2.存在的不足\n3.2024年工作打算");
  EXPECT_THAT(headings(document), ElementsAre("1 1. 主要举措和成效 [achievements]", "1 2. 存在的不足 [shortcomings]",
                                              "1 3. 2024年工作打算 [plan]"));
}

TEST(SectionHeadings, AChineseMarkerWithAHalfWidthPointBeforeAYear) {
  const auto document = process_text_with_default_pipeline("一.主要举措和成效\n正文。\n四.2022年工作打算\n正文。");
  EXPECT_THAT(headings(document), ElementsAre("1 一. 主要举措和成效 [achievements]", "1 四. 2022年工作打算 [plan]"));
}

TEST(SectionNumbering, LowerLevelsRestartUnderEachParent) {
  EXPECT_THAT(issue_types(process_text_with_default_pipeline("一、甲\n（一）a\n（二）b\n二、乙\n（一）c")),
              ElementsAre());
}

TEST(SectionHeadings, HeadingsInAPageFlattenedIntoOneLine) {
  const auto document = process_text_with_default_pipeline(
      "某某镇2023年法治政府建设工作报告。2023年,某某镇坚持依法行政,现将有关情况报告如下: 一、主要工作。(一)深入学习"
      "习近平法治思想。全年组织理论学习中心组学习6次,开展法治讲座12场,发放宣传资料3000份;(二)健全依法决策机制。重大"
      "行政决策全部经过合法性审查,合同审查率达到100%。二、存在的问题。基层法治力量薄弱,执法人员专业化水平不高,群众法治"
      "意识有待提高。三、下一步工作计划。一)加强队伍建设。持续开展执法人员培训,提高依法行政能力和水平。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要工作 [achievements]", "2 (一) 深入学习习近平法治思想 [achievements]",
                          "2 (二) 健全依法决策机制 [achievements]", "1 二、 存在的问题 [shortcomings]",
                          "1 三、 下一步工作计划 [plan]", "2 一) 加强队伍建设 [plan]"));
  EXPECT_THAT(issue_types(document), ElementsAre());
}

TEST(SectionHeadings, MarkersInsideAnOrdinaryParagraphStayText) {
  const auto document = process_text_with_default_pipeline(
      "一、主要工作\n全年开展活动,主要有:一、法治讲座12场。这些活动覆盖全镇各村,参与群众达到3000人次,取得良好效果,"
      "群众满意度明显提升,法治氛围日益浓厚,基层治理水平不断提高,矛盾纠纷化解率持续上升,信访总量明显下降,社会大局和谐"
      "稳定,人民群众获得感、幸福感、安全感不断增强,为经济社会发展营造了良好法治环境,也为下一步工作打下了坚实基础。");
  EXPECT_THAT(headings(document), ElementsAre("1 一、 主要工作 [achievements]"));
}

TEST(SectionNumbering, ContinuousLevelThreeNumberingIsAStyleNotAnError) {
  const auto document = process_text_with_default_pipeline(
      "一、甲\n（一）a\n1.x\n2.y\n（二）b\n3.z\n4.w\n（三）c\n5.v\n二、乙\n（一）d\n1.u\n（二）e\n2.t");
  EXPECT_THAT(issue_types(document), ElementsAre());
  EXPECT_EQ(document.metadata.get("numbering.continuous_levels"), "3");
}

TEST(SectionNumbering, ARealRepeatOrGapInTheContinuousStyleIsStillFlagged) {
  EXPECT_THAT(issue_types(process_text_with_default_pipeline(
                  "一、甲\n（一）a\n1.x\n2.y\n（二）b\n3.z\n4.w\n（三）c\n4.v\n5.u")),
              ElementsAre("duplicate-number"));
  EXPECT_THAT(
      issue_types(process_text_with_default_pipeline("一、甲\n（一）a\n1.x\n2.y\n（二）b\n3.z\n4.w\n（三）c\n6.v")),
      ElementsAre("number-gap"));
}

// Items run on across （一）（二） in the results part; the shortcomings and the plan list their own items right
// under 三、 and 四、, each list from 1.
TEST(SectionNumbering, ListsRightUnderLevelOneRestartBesideAContinuousLevel) {
  const auto document = process_text_with_default_pipeline(
      "一、主要举措和成效\n（一）健全依法决策机制\n1.完善决策程序。\n2.加强合法性审查。\n（二）规范行政执法\n"
      "3.推行三项制度。\n（三）化解矛盾纠纷\n4.办理行政复议案件。\n二、存在的不足和原因\n1.法治意识有待增强。\n"
      "2.专业化水平不高。\n三、2024年工作打算\n1.推进示范创建。\n2.加强执法培训。");
  EXPECT_EQ(document.metadata.get("numbering.continuous_levels"), "3");
  EXPECT_THAT(issue_types(document), IsEmpty());
}

// Two lists of the body under lines that introduce them (主要表现在： 1. 2. 3. 原因分析： 1. 2.) each start at 1;
// without such a line a 1. after 3. is still out of order.
TEST(SectionNumbering, AListUnderALeadInLineStartsAgain) {
  const std::string lists =
      "一、主要举措和成效\n正文。\n二、存在的问题及原因分析\n主要表现在：\n1.基层司法所人员力量不足。\n"
      "2.跟踪问效机制还不健全。\n3.普法精准性仍有提升空间。\n原因分析：\n1.司法所编制长期不足。\n"
      "2.部分干部重视不够。\n三、2025年工作安排\n正文。";
  EXPECT_THAT(issue_types(process_text_with_default_pipeline(lists)), IsEmpty());
  EXPECT_THAT(issue_types(process_text_with_default_pipeline(
                  "一、主要举措和成效\n正文。\n二、存在的问题\n1.人员力量不足。\n2.机制还不健全。\n3.精准性不够。\n"
                  "1.编制长期不足。\n2.重视不够。")),
              Contains("out-of-order"));
}

// Items numbered 1. 2. under topics that carry no number of their own — a bullet, a bold lead-in left plain in a
// copy, a topic in brackets — start again at 1. under each: a reviewer reads a new list, not a slip.
TEST(SectionNumbering, AListUnderAnUnnumberedTopicStartsAgain) {
  const std::string head = "青禾镇2024年度法治政府建设情况报告\n一、主要举措和成效\n";
  const std::string tail = "\n二、存在的不足和原因\n基层执法力量仍然薄弱。\n三、2025年工作打算\n持续推进示范创建。";
  const std::vector<std::string> silent = {
      // bulleted topics, as a WeChat copy sets them
      "● 依法全面履行政府职能\n1.动态调整权责清单。全年调整事项12项。\n2.持续优化营商环境。\n"
      "● 严格规范公正文明执法\n1.全年办理行政处罚案件32件。\n2.开展执法案卷评查2次。",
      // bold lead-ins without a number, plain in a TXT copy
      "深化法治宣传教育\n1.开展“八五”普法中期评估。\n2.组织法治讲座14场。\n3.发放宣传资料3000余份。\n"
      "推进矛盾纠纷多元化解\n1.调解矛盾纠纷86起，调解成功率98%。\n2.办理法律援助案件7件。",
      // a topic of two clauses, as the year's work is often titled
      "坚持依法决策，规范权力运行\n1.重大行政决策全部经合法性审查。\n2.法律顾问列席党委会议9次。\n"
      "坚持严格执法，提升执法质效\n1.推行行政执法三项制度。\n2.组织执法人员培训3期。",
      // topics in brackets
      "【依法行政】\n1.制定行政规范性文件2件，均经合法性审核。\n2.清理文件15件。\n"
      "【法治宣传】\n1.开展宪法宣传周活动。\n2.建成法治文化广场1处。",
      // items that are headings of their own, run on into their text, under level 2
      "（一）加强组织领导\n健全工作机制\n1.调整法治建设领导小组。镇党委召开专题会议4次。\n"
      "2.制定年度工作要点。\n压实工作责任\n1.签订责任书23份。\n2.开展述法评议。",
      // a bullet line of a sentence heads the list under it
      "◆ 全年共受理行政复议案件3件，均已依法办结。\n1.加强复议应诉工作。\n2.落实负责人出庭应诉。\n"
      "◆ 深入推进政务公开，主动公开信息428条。\n1.更新公开目录。\n2.规范依申请公开答复。",
  };
  for (const auto& body : silent) {
    EXPECT_THAT(issue_types(process_text_with_default_pipeline(head + body + tail)), IsEmpty()) << body;
  }
}

// The slips the numbering check exists for still show beside such topics.
TEST(SectionNumbering, RealSlipsBesideUnnumberedTopicsStillShow) {
  const std::string head = "青禾镇2024年度法治政府建设情况报告\n";
  // 三、 after 一、
  EXPECT_THAT(issue_types(process_text_with_default_pipeline(
                  head + "一、主要举措和成效\n依法全面履行政府职能\n1.调整权责清单。\n三、存在的不足和原因\n正文。")),
              ElementsAre("number-gap"));
  // （二） twice
  EXPECT_THAT(issue_types(process_text_with_default_pipeline(
                  head + "一、主要举措和成效\n（一）加强组织领导\n正文。\n（二）深化法治宣传\n正文。\n"
                         "（二）规范行政执法\n正文。")),
              ElementsAre("duplicate-number"));
  // 2. after 4. within one topic
  EXPECT_THAT(issue_types(process_text_with_default_pipeline(
                  head + "一、主要举措和成效\n● 严格规范公正文明执法\n1.推行三项制度。\n2.开展案卷评查。\n"
                         "3.组织执法培训。\n4.落实执法责任制。\n2.规范自由裁量权。")),
              ElementsAre("out-of-order"));
  // 1. after 3. with a sentence of the body between: no topic opens there
  EXPECT_THAT(issue_types(process_text_with_default_pipeline(
                  head + "一、主要举措和成效\n深化法治宣传教育\n1.开展普法评估。\n2.组织法治讲座。\n3.发放宣传资料。\n"
                         "全年法治宣传覆盖群众2万余人次。\n1.办理法律援助案件7件。")),
              ElementsAre("out-of-order"));
  // 1. after the tail of a heading a PDF copy wrapped: a line filled to the margin runs on into it
  EXPECT_THAT(issue_types(process_text_with_default_pipeline(
                  head + "一、主要举措和成效\n1.开展普法评估。\n2.组织法治讲座。\n"
                         "3.加强执法队伍建设，全年组织执法人员参加专题培训和考试，持续提升\n执法能力水平\n"
                         "1.办理法律援助案件7件。")),
              ElementsAre("out-of-order"));
}

// The DOCX and its DOC copy with ● topics whose items Word numbers 1. 2. again under each.
TEST(SectionNumbering, WordListsUnderBulletedTopicsStartAgain) {
  for (const char* name : {"list-under-bullets.docx", "list-under-bullets.doc"}) {
    const auto document = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / name);
    EXPECT_THAT(issue_types(document), IsEmpty()) << name;
  }
}

TEST(SectionNumbering, RestartingStyleStillFlagsACarriedOverNumber) {
  EXPECT_THAT(
      issue_types(process_text_with_default_pipeline("一、甲\n（一）a\n1.x\n2.y\n（二）b\n1.z\n2.w\n（三）c\n3.v")),
      ElementsAre("number-gap"));
}

TEST(ReportMetadata, YearIsTheYearReportedOnNotTheYearPublished) {
  const auto document = process_text_with_default_pipeline(
      "关于2019年度法治政府建设工作情况的报告\n日期: 2020-04-13 "
      "15:01:56\n来源:雷州市东里镇人民政府\n一、工作\n东里镇人民政府\n2020年3月1日");
  EXPECT_EQ(document.metadata.get("year"), "2019");
  EXPECT_EQ(document.metadata.get("date"), "2020-03-01");
  EXPECT_EQ(document.metadata.get("published"), "2020-04-13");
  EXPECT_EQ(document.metadata.get("region"), "雷州市东里镇");
}

// 〇 is hard to type: signatures write a letter O or a digit 0 for it; and a PDF copy may join the issuer
// and the date on one line.
TEST(ReportMetadata, TypedZerosAndAnIssuerAndDateOnOneLine) {
  for (const char* date : {"二O二五年四月八日", "二o二五年四月八日", "二0二五年四月八日", "二Ｏ二五年四月八日"}) {
    const auto document = process_text_with_default_pipeline(
        "白沙镇2024年度法治政府建设情况报告\n一、主要举措和成效\n正文。\n白沙镇人民政府\n" + std::string(date));
    EXPECT_EQ(document.metadata.get("date"), "2025-04-08") << date;
    EXPECT_EQ(document.metadata.get("unit"), "白沙镇人民政府") << date;
  }
  const auto one_line = process_text_with_default_pipeline(
      "白沙镇2024年度法治政府建设情况报告\n一、主要举措和成效\n正文。\n白沙镇人民政府　　2025年4月8日");
  EXPECT_EQ(one_line.metadata.get("date"), "2025-04-08");
  EXPECT_EQ(one_line.metadata.get("unit"), "白沙镇人民政府");
  const auto spaced = process_text_with_default_pipeline(
      "白沙镇2024年度法治政府建设情况报告\n一、主要举措和成效\n正文。\n白沙镇人民政府 2025 年 4 月 8 日");
  EXPECT_EQ(spaced.metadata.get("date"), "2025-04-08");
}

// The year reported on is not a plan's span in a book title, a date's year or the start of a review, unless
// no other year is written.
TEST(ReportMetadata, TheReportYearIsNoSpanDateOrReviewStart) {
  const auto book = process_text_with_default_pipeline(
      "白沙镇关于贯彻落实《法治政府建设实施纲要（2021—2025年）》2023年度情况的报告\n一、工作\n正文。");
  EXPECT_EQ(book.metadata.get("year"), "2023");
  const auto notice = process_text_with_default_pipeline(
      "白沙镇法治政府建设情况报告\n按照县委依法治县办2024年1月5日通知要求，现将我镇2023年度情况报告如下：\n一、工作\n正"
      "文。");
  EXPECT_EQ(notice.metadata.get("year"), "2023");
  const auto review = process_text_with_default_pipeline(
      "白沙镇法治政府建设工作报告\n2021年以来，我镇持续推进法治建设。2024年，主要工作如下：\n一、工作\n正文。");
  EXPECT_EQ(review.metadata.get("year"), "2024");
  // A report on several years is on the last of them.
  const auto period = process_text_with_default_pipeline(
      "石门镇2021—2023年法治政府建设工作总结\n2021年以来，我镇扎实推进法治政府建设。\n一、工作\n正文。");
  EXPECT_EQ(period.metadata.get("year"), "2023");
  const auto opened_on_a_year = process_text_with_default_pipeline(
      "石门镇2021—2023年法治政府建设工作总结\n2022年，我镇被评为法治建设先进单位。\n一、工作\n正文。");
  EXPECT_EQ(opened_on_a_year.metadata.get("year"), "2023");
  // Years listed, or spanned with 年度 on each, are a report on both: on the later one.
  for (const std::string title :
       {"桐江县水利局关于2023年度、2024年度法治政府建设情况的报告",
        "桐江县水利局2023年度和2024年度法治政府建设情况报告", "桐江县水利局2023年度—2024年度法治政府建设工作报告"}) {
    EXPECT_EQ(
        process_text_with_default_pipeline(title + "\n2023年，我局扎实推进。\n一、工作\n正文。").metadata.get("year"),
        "2024")
        << title;
  }
  const auto unbracketed_plan = process_text_with_default_pipeline(
      "石门镇贯彻落实法治政府建设实施纲要2021-2025年情况报告\n2023年，我镇扎实推进。\n一、工作\n正文。");
  EXPECT_EQ(unbracketed_plan.metadata.get("year"), "2023");
  const auto plan_span = process_text_with_default_pipeline(
      "石门镇贯彻落实法治政府建设实施纲要（2021—2025年）情况报告\n2023年以来，我镇扎实推进。\n一、工作\n正文。");
  EXPECT_EQ(plan_span.metadata.get("year"), "2023");
  const auto only_review = process_text_with_default_pipeline(
      "白沙镇法治政府建设工作报告\n2023年以来，我镇持续推进法治建设。\n一、工作\n正文。");
  EXPECT_EQ(only_review.metadata.get("year"), "2023");
}

// A title may name next year's plan before the report on the year past; a plan alone still gives its year.
TEST(ReportMetadata, TheReportYearIsNotThatOfAPlanNamedFirst) {
  const auto plan_first = process_text_with_default_pipeline(
      "石桥镇2024年法治政府建设工作要点暨2023年工作总结\n一、2023年主要工作\n正文。");
  EXPECT_EQ(plan_first.metadata.get("year"), "2023");
  const auto report_first =
      process_text_with_default_pipeline("石桥镇2023年工作总结和2024年工作计划\n一、2023年主要工作\n正文。");
  EXPECT_EQ(report_first.metadata.get("year"), "2023");
  const auto plan_reviewed = process_text_with_default_pipeline(
      "关于2023年法治政府建设工作要点落实情况的报告\n2024年1月，现报告如下。\n一、工作\n正文。");
  EXPECT_EQ(plan_reviewed.metadata.get("year"), "2023");
  const auto plan_only = process_text_with_default_pipeline("石桥镇2024年法治政府建设工作要点\n一、工作\n正文。");
  EXPECT_EQ(plan_only.metadata.get("year"), "2024");
}

TEST(ReportMetadata, SignatureDatesInChineseNumeralsAndOtherForms) {
  for (const auto& [written, iso] :
       std::vector<std::pair<std::string, std::string>>{{"二〇二四年十二月二十四日", "2024-12-24"},
                                                        {"2024-12-17", "2024-12-17"},
                                                        {"2024.12.24", "2024-12-24"},
                                                        {"2024年元月8日", "2024-01-08"},
                                                        {"二〇二四年元月十日", "2024-01-10"},
                                                        {"2024年2月6日（星期二）", "2024-02-06"},
                                                        {"2024年2月6日\n（此件主动公开）", "2024-02-06"}}) {
    const auto document = process_text_with_default_pipeline("一、工作\n正文。\n某某街道办事处\n" + written);
    EXPECT_EQ(document.metadata.get("date"), iso) << written;
  }
}

// A signature of month precision is a date all the same: ISO's YYYY-MM, and no malformed-date.
TEST(ReportMetadata, ASignatureNamingOnlyTheMonthKeepsTheMonth) {
  for (const auto& [written, iso] : std::vector<std::pair<std::string, std::string>>{{"2024年2月", "2024-02"},
                                                                                     {"二〇二四年十二月", "2024-12"},
                                                                                     {"二〇二四年元月", "2024-01"},
                                                                                     {"2024年13月", ""}}) {
    const auto document = process_text_with_default_pipeline("一、工作\n正文。\n某某街道办事处\n" + written);
    EXPECT_EQ(document.metadata.get("date"), iso) << written;
    EXPECT_EQ(issue_types(document).empty(), !iso.empty()) << written;
  }
}

TEST(ReportMetadata, AnUnreadableDateIsLeftEmptyAndRecorded) {
  const auto document = process_text_with_default_pipeline("一、工作\n正文。\n东里镇人民政府\n2020413");
  EXPECT_EQ(document.metadata.get("date"), "");
  EXPECT_THAT(issue_types(document), ElementsAre("malformed-date"));
}

// A report signed by the Party committee and the government together is the government's: the Party side
// adds no department, and a county government's name before its sub-district office's is the county's.
TEST(ReportMetadata, AJointPartyAndGovernmentSignatureNamesThePlace) {
  const auto document = process_text_with_default_pipeline(
      "中共江北市柳湾区青禾街道工作委员会\n江北市柳湾区人民政府青禾街道办事处\n关于2021年度法治政府建设情况的报告\n"
      "一、主要举措\n正文。\n中共江北市柳湾区青禾街道工作委员会\n江北市柳湾区人民政府青禾街道办事处\n2022年1月10日");
  EXPECT_EQ(document.metadata.get("region"), "江北市柳湾区青禾街道");
  EXPECT_EQ(document.metadata.get("unit"), "江北市柳湾区青禾街道");
}

// A county government's report under its letterhead: the title is the line that names the report.
TEST(ReportMetadata, TheLetterheadIsNotTheTitle) {
  const auto document = process_text_with_default_pipeline(
      "安和县人民政府文件\n安政报〔2023〕6号\n安和县人民政府\n关于2022年度法治政府建设情况的报告\n一、工作\n正文。");
  EXPECT_EQ(document.metadata.get("title"), "安和县人民政府关于2022年度法治政府建设情况的报告");
  EXPECT_EQ(document.metadata.get("year"), "2022");
  // A joint letterhead stacks its issuers above 文件; a 文号 under the title is no letterhead.
  const auto joint = process_text_with_default_pipeline(
      "中共桐溪乡委员会\n桐溪乡人民政府\n文件\n桐委发〔2024〕5号\n中共桐溪乡委员会桐溪乡人民政府\n"
      "关于2023年度法治政府建设情况的报告\n县委、县政府：\n一、工作\n正文。");
  EXPECT_EQ(joint.metadata.get("title"), "中共桐溪乡委员会桐溪乡人民政府关于2023年度法治政府建设情况的报告");
  const auto numbered = process_text_with_default_pipeline(
      "安和县人民政府关于2023年度法治政府建设情况的报告\n安政报〔2024〕5号\n市人民政府：\n一、工作\n正文。");
  EXPECT_EQ(numbered.metadata.get("title"), "安和县人民政府关于2023年度法治政府建设情况的报告");
}

// A joint letterhead ends at its 发文字号: the issuers restated under it, a line each, open the title and stay in
// the text.
TEST(ReportMetadata, AJointLetterheadsIssuersRestatedUnderTheNumberOpenTheTitle) {
  const auto document = process_text_with_default_pipeline(
      "中共岚溪县青桐镇委员会\n岚溪县青桐镇人民政府\n文件\n青发〔2025〕2号\n"
      "中共岚溪县青桐镇委员会\n岚溪县青桐镇人民政府\n关于2024年度法治政府建设情况的报告\n县委、县人民政府：\n一、工作\n"
      "正文。");
  EXPECT_EQ(document.metadata.get("title"),
            "中共岚溪县青桐镇委员会岚溪县青桐镇人民政府关于2024年度法治政府建设情况的报告");
  EXPECT_EQ(document.metadata.get("unit"), "岚溪县青桐镇");
  EXPECT_EQ(document.metadata.get("removed.duplicate-title"), "");
  EXPECT_THAT(document.text,
              ::testing::HasSubstr("青发〔2025〕2号\n中共岚溪县青桐镇委员会\n岚溪县青桐镇人民政府\n关于"));
}

// The signers' names wrapped onto a line of their own under the 签发人 line are the letterhead's, not the title's.
TEST(ReportMetadata, SignersWrappedOntoASecondLineAreLetterhead) {
  const auto document = process_text_with_default_pipeline(
      "中共岚溪县青桐镇委员会\n岚溪县青桐镇人民政府\n文件\n青发〔2025〕2号　　　　　　签发人：周立新　李红梅\n"
      "　　　　　　　　　　　　　　　　　　　张国强\n中共岚溪县青桐镇委员会　岚溪县青桐镇人民政府\n"
      "关于2024年度法治政府建设情况的报告\n县委、县人民政府：\n一、工作\n正文。");
  EXPECT_EQ(document.metadata.get("title"),
            "中共岚溪县青桐镇委员会 岚溪县青桐镇人民政府关于2024年度法治政府建设情况的报告");
  EXPECT_EQ(document.metadata.get("unit"), "岚溪县青桐镇");
  // A place's name under the 签发人 line is the title's first line, not a signer's.
  const auto place = process_text_with_default_pipeline(
      "青桐镇人民政府文件\n青政报〔2025〕4号　　签发人：周立新\n青桐镇\n2024年度法治政府建设工作报告\n"
      "一、工作\n正文。");
  EXPECT_EQ(place.metadata.get("title"), "青桐镇2024年度法治政府建设工作报告");
}

// A title wrapped inside its last word (a PDF's centred title breaks where the line is full): neither line names
// the report alone, the two together do.
TEST(ReportMetadata, ATitleWrappedInsideItsLastWordKeepsItsLastCharacter) {
  const auto document = process_text_with_default_pipeline(
      "岷安县司法局2024年度法治政府建设工作报\n告\n一、主要工作\n正文。\n岷安县司法局\n2025年1月10日");
  EXPECT_EQ(document.metadata.get("title"), "岷安县司法局2024年度法治政府建设工作报告");
  const auto summary = process_text_with_default_pipeline("柳溪乡2024年度依法行政工作总\n结\n一、主要工作\n正文。");
  EXPECT_EQ(summary.metadata.get("title"), "柳溪乡2024年度依法行政工作总结");
}

// The issuing organ's name over a title complete without it (its place, its year, 报告 or 总结 at its end) is no
// part of the title, and still names the unit in full; over a 关于 title, or over the rest of a wrapped title, it is.
TEST(ReportMetadata, TheOrgansLineOverAWholeTitleIsNotTheTitle) {
  const std::string body = "\n一、主要举措和成效\n正文。\n二、存在的不足和原因\n正文。";
  const auto organ =
      process_text_with_default_pipeline("青禾县柳溪镇人民政府\n柳溪镇2024年度法治政府建设情况报告" + body);
  EXPECT_EQ(organ.metadata.get("title"), "柳溪镇2024年度法治政府建设情况报告");
  EXPECT_EQ(organ.metadata.get("unit"), "青禾县柳溪镇人民政府");
  EXPECT_EQ(organ.metadata.get("region"), "青禾县柳溪镇");
  EXPECT_EQ(organ.metadata.get("year"), "2024");
  const auto summary =
      process_text_with_default_pipeline("中共柳溪镇委员会\n柳溪镇二〇二四年度依法行政工作总结" + body);
  EXPECT_EQ(summary.metadata.get("title"), "柳溪镇二〇二四年度依法行政工作总结");
  const auto subject =
      process_text_with_default_pipeline("青禾县柳溪镇人民政府\n关于2024年度法治政府建设情况的报告" + body);
  EXPECT_EQ(subject.metadata.get("title"), "青禾县柳溪镇人民政府关于2024年度法治政府建设情况的报告");
  const auto wrapped = process_text_with_default_pipeline("青禾县柳溪镇2024年度法治政府建设\n情况报告" + body);
  EXPECT_EQ(wrapped.metadata.get("title"), "青禾县柳溪镇2024年度法治政府建设情况报告");
  // A line naming the unit before a title that names no place of its own is the title's start.
  const auto unit_first = process_text_with_default_pipeline("青禾县柳溪镇\n2024年度法治政府建设情况报告" + body);
  EXPECT_EQ(unit_first.metadata.get("title"), "青禾县柳溪镇2024年度法治政府建设情况报告");
}

// A page printed from a browser: the browser's header (a date and time, the page's title and its site) and the
// portal's masthead under it are no title; the line the page's title names is. A header the input removed as every
// page's is still read from its record.
TEST(ReportMetadata, ABrowsersPrintHeaderAndThePortalsMastheadAreNotTheTitle) {
  const std::string page =
      "青禾县人民政府无障碍长者模式\n首页政务公开政务服务互动交流\n柳溪镇2024年度法治政府建设情况报告\n"
      "一、主要举措和成效\n正文。\n二、存在的不足和原因\n正文。";
  for (const std::string header : {"2025/2/10 10:02柳溪镇2024年度法治政府建设情况报告_青禾县人民政府",
                                   "2025/2/10 上午10:02柳溪镇2024年度法治政府建设情况报告 - 青禾县人民政府"}) {
    const auto printed = process_text_with_default_pipeline(header + "\n" + page);
    EXPECT_EQ(printed.metadata.get("title"), "柳溪镇2024年度法治政府建设情况报告") << header;
    EXPECT_EQ(printed.metadata.get("region"), "柳溪镇") << header;
  }
  Document document;
  DocumentBuilder builder(document);
  for (const char* line : {"青禾县人民政府无障碍长者模式", "首页政务公开政务服务互动交流",
                           "柳溪镇2024年度法治政府建设情况报告", "一、主要举措和成效", "正文。"}) {
    builder.add_block(line);
  }
  document.metadata.add("removed.running-header", "2025/2/10 10:02柳溪镇2024年度法治政府建设情况报告_青禾县人民政府");
  sections::SectionSplitter(sections::PartKeywords{}).analyze(document);
  EXPECT_EQ(document.metadata.get("title"), "柳溪镇2024年度法治政府建设情况报告");
  // The masthead opens a government's own page title: the title is the longest line the header names; a header
  // with seconds too.
  const auto government = process_text_with_default_pipeline(
      "2025/2/10 10:02:33青禾县人民政府关于2024年度法治政府建设情况的报告_青禾县人民政府\n青禾县人民政府\n无障碍 "
      "长者模式\n"
      "青禾县人民政府关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n正文。");
  EXPECT_EQ(government.metadata.get("title"), "青禾县人民政府关于2024年度法治政府建设情况的报告");
}

// A county's market regulation bureau: 县 then 市场, not a city named 安澜县市.
TEST(ReportMetadata, ACountysMarketRegulationBureauIsInTheCounty) {
  const auto document = process_text_with_default_pipeline(
      "安澜县市场监督管理局2022年度法治政府建设情况报告\n一、工作\n正文。\n安澜县市场监督管理局\n2023年1月5日");
  EXPECT_EQ(document.metadata.get("region"), "安澜县");
  EXPECT_EQ(document.metadata.get("unit"), "安澜县市场监督管理局");
}

// A county department's name is not a township's: 住房和城乡建设局 ends in 乡 only by way of 城乡.
TEST(ReportMetadata, ADepartmentOfHousingAndUrbanRuralDevelopmentIsNoTownship) {
  const auto document = process_text_with_default_pipeline(
      "安和县住房和城乡建设局2023年度法治政府建设情况报告\n一、工作\n正文。\n安和县住房和城乡建设局\n2024年1月5日");
  EXPECT_EQ(document.metadata.get("region"), "安和县");
  EXPECT_EQ(document.metadata.get("unit"), "安和县住房和城乡建设局");
}

// The Party working committee of a development zone signs beside its administrative committee, which is
// the unit.
TEST(ReportMetadata, AZonesPartyCommitteeIsNotTheUnit) {
  const auto joint = process_text_with_default_pipeline(
      "临江经济技术开发区党工委\n临江经济技术开发区管理委员会\n关于2023年度法治政府建设情况的报告\n一、工作\n正文。");
  EXPECT_EQ(joint.metadata.get("unit"), "临江经济技术开发区管理委员会");
  const auto party =
      process_text_with_default_pipeline("临江经济技术开发区党工委2023年度法治政府建设情况报告\n一、工作\n正文。");
  EXPECT_EQ(party.metadata.get("unit"), "临江经济技术开发区");
}

// Titles that do not name the unit leave it to the signature, which may be a zone's or a centre's.
TEST(ReportMetadata, ASignatureOfAZoneOrACentreNamesTheUnit) {
  const auto centre = process_text_with_default_pipeline(
      "2023年法治政府建设工作总结\n一、主要举措和成效\n正文。\n安和县政务服务中心\n2024年1月15日");
  EXPECT_EQ(centre.metadata.get("unit"), "安和县政务服务中心");
  EXPECT_EQ(centre.metadata.get("date"), "2024-01-15");
  const auto zone = process_text_with_default_pipeline(
      "2023年法治政府建设工作总结\n一、主要举措和成效\n正文。\n安和高新区管委会\n2024年1月15日");
  EXPECT_EQ(zone.metadata.get("unit"), "安和高新区管委会");
  EXPECT_EQ(zone.metadata.get("date"), "2024-01-15");
  EXPECT_EQ(zone.sections.back().kinds, std::vector<std::string>{"closing"});
}

// A line or two of debris after the date (a scan's misread page number, a seal's remnant) hides no signature.
TEST(ReportMetadata, DebrisAfterTheDateHidesNoSignature) {
  for (const std::string debris : {"一2”", "7", "一2”\n印"}) {
    const auto document = process_text_with_default_pipeline(
        "河口镇2024年法治政府建设年度报告\n一、主要成效\n正文。\n河口镇人民政府\n2025年1月16日\n" + debris);
    EXPECT_EQ(document.metadata.get("date"), "2025-01-16") << debris;
    EXPECT_EQ(document.metadata.get("unit"), "河口镇人民政府") << debris;
  }
  const auto sentence = process_text_with_default_pipeline(
      "河口镇2024年法治政府建设年度报告\n一、主要成效\n正文。\n2025年1月16日\n特此报告。");
  EXPECT_EQ(sentence.sections.back().kinds, std::vector<std::string>{"achievements"});
}

// A report sent under a cover letter in one file: 附件 over a whole report sets nothing aside, and the letter's
// signature signs a report that has none of its own.
TEST(SectionMetadata, AReportUnderACoverLetter) {
  const auto document = process_text_with_default_pipeline(
      "关于报送2022年度法治政府建设情况报告的报告\n县委依法治县办：\n现将我镇2022年度法治政府建设情况报告报送你们。\n"
      "桂花镇人民政府\n2023年2月15日\n附件\n桂花镇2022年度法治政府建设情况报告\n一、主要举措和成效\n正文。\n"
      "二、存在的不足和原因\n正文。\n三、2023年工作安排\n正文。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
                          "1 三、 2023年工作安排 [plan]"));
  EXPECT_EQ(document.metadata.get("unit"), "桂花镇人民政府");
  EXPECT_EQ(document.metadata.get("date"), "2023-02-15");
}

// A cover letter that sets no 附件 over the report it sends puts the report's title right under its date: the title
// is the document's, the letter's names the unit, and the letter's signature signs the report.
TEST(SectionMetadata, AReportUnderACoverLetterWithNoAttachmentsLabel) {
  const auto document = process_text_with_default_pipeline(
      "青石镇人民政府关于报送2024年度法治政府建设情况的报告\n县委依法治县办：\n现将我镇2024年度法治政府建设情况报告报送"
      "你们，请审阅。\n青石镇人民政府\n2025年1月10日\n青石镇2024年度法治政府建设情况报告\n2024年，青石镇扎实推进法治"
      "政府建设。\n一、主要举措和成效\n正文。\n二、存在的不足和原因\n正文。\n三、2025年工作计划\n正文。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
                          "1 三、 2025年工作计划 [plan]"));
  EXPECT_EQ(document.metadata.get("title"), "青石镇2024年度法治政府建设情况报告");
  EXPECT_EQ(document.metadata.get("unit"), "青石镇人民政府");
  EXPECT_EQ(document.metadata.get("date"), "2025-01-10");
  // A report whose signature is followed by a second report's title after its own headings is no cover letter.
  const auto report = process_text_with_default_pipeline(
      "青石镇2024年度法治政府建设情况报告\n一、主要举措和成效\n正文。\n二、存在的不足\n正文。\n青石镇人民政府\n"
      "2025年1月10日\n青石镇党委书记2024年度述法报告\n一、履职情况\n正文。\n二、下一步打算\n正文。");
  EXPECT_EQ(report.metadata.get("title"), "青石镇2024年度法治政府建设情况报告");
}

// A report whose title and opening name no year of their own (a plan's span, 2021—2025年, is none) reports on the
// year its first part's heading opens with, unless that part is next year's plan.
TEST(SectionMetadata, TheFirstPartsYearIsTheReportsWhenNothingElseNamesOne) {
  const auto document = process_text_with_default_pipeline(
      "根据《法治政府建设实施纲要（2021—2025年）》要求，现将法治政府建设工作情况报告如下。\n一、2023年总体情况\n"
      "全年办理行政复议案件12件。\n二、存在的不足\n执法力量薄弱。");
  EXPECT_EQ(document.metadata.get("year"), "2023");
  const auto plan_first = process_text_with_default_pipeline(
      "现将有关情况报告如下。\n一、2025年工作计划\n深化普法宣传。\n二、存在的不足\n执法力量薄弱。");
  EXPECT_EQ(plan_first.metadata.get("year"), "");
  // A span's first year is none (R12).
  const auto since = process_text_with_default_pipeline(
      "现将有关情况报告如下。\n一、2021年以来法治政府建设总体情况\n全年办理行政复议案件12件。\n二、存在的不足\n"
      "执法力量薄弱。");
  EXPECT_EQ(since.metadata.get("year"), "");
}

// A 述法 report printed for the meeting: the speaker's post and name over a bare month, no signature at the end.
TEST(SectionMetadata, ASpeakersHeaderDatesTheReport) {
  const auto document = process_text_with_default_pipeline(
      "西岭管理区关于履行推进法治建设第一责任人职责情况的报告\n西岭管理区党委副书记、管委会主任　林晓东\n2025年2月\n"
      "2024年，我坚持以习近平法治思想为指导，切实履行第一责任人职责。现将本人2024年述法情况报告如下：\n一、履职情况\n"
      "全年主持召开专题会议4次。\n二、存在的不足\n学法不够系统。\n三、下一步打算\n持续压实责任。");
  EXPECT_EQ(document.metadata.get("date"), "2025-02");
  EXPECT_EQ(document.metadata.get("year"), "2024");
  // A date under the title alone is the portal's, which published the page then: it signs nothing.
  const auto portal = process_text_with_default_pipeline(
      "西岭管理区2024年法治政府建设情况报告\n2025年2月10日\n2024年，管理区扎实推进依法行政。\n一、主要举措和成效\n正文"
      "。");
  EXPECT_EQ(portal.metadata.get("date"), "");
}

// A report's own attachment with headings of its own stays an attachment: only a cover letter sends a report.
TEST(SectionMetadata, AReportsOwnAttachmentWithHeadingsStaysAttached) {
  const auto document = process_text_with_default_pipeline(
      "桂花镇2023年法治政府建设情况报告\n一、主要举措和成效\n正文。\n二、存在的不足\n正文。\n桂花镇人民政府\n"
      "2024年1月15日\n附件：2024年工作要点\n一、加强学习\n正文。\n二、规范执法\n正文。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 存在的不足 [shortcomings]"));
  EXPECT_EQ(document.metadata.get("date"), "2024-01-15");
}

// A sentence opening 现将我镇… names no place; a committee's office is the office, the Party's name kept.
TEST(ReportMetadata, NoUnitFromASentenceAndACommitteesOfficeKeepsItsName) {
  const auto sentence = process_text_with_default_pipeline(
      "关于2022年度法治政府建设情况的报告\n现将我镇2022年度法治政府建设情况报告如下：\n一、主要举措和成效\n正文。");
  EXPECT_EQ(sentence.metadata.get("unit"), "");
  const auto office = process_text_with_default_pipeline(
      "关于2020年度全县法治政府建设情况的通报\n一、总体情况\n正文。\n中共平川县委全面依法治县委员会办公室\n2021年3月25"
      "日");
  EXPECT_EQ(office.metadata.get("unit"), "中共平川县委全面依法治县委员会办公室");
}

// Headings as WeChat articles set them: in brackets, behind a bullet, or bare topics in brackets.
TEST(SectionSplitter, HeadingsInBracketsOrBehindABullet) {
  const auto bracketed = process_text_with_default_pipeline(
      "某县教育局2021年度法治政府建设工作报告\n【一、主要举措和成效】\n学法12次。\n【二、存在的不足和原因】\n"
      "力量薄弱。\n【三、2022年工作打算】\n开展讲座。");
  EXPECT_THAT(headings(bracketed),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
                          "1 三、 2022年工作打算 [plan]"));
  const auto bulleted = process_text_with_default_pipeline(
      "某县交通运输局2021年法治政府建设年度报告\n◆一、主要举措和成效\n（一）加强组织领导。学法10次。\n"
      "● 二、存在的不足和原因\n装备落后。\n▲三、2022年工作计划\n新增执法记录仪15台。");
  EXPECT_THAT(headings(bulleted),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "2 （一） 加强组织领导 [achievements]",
                          "1 二、 存在的不足和原因 [shortcomings]", "1 三、 2022年工作计划 [plan]"));
  const auto topics = process_text_with_default_pipeline(
      "城关税务分局2021年度法治政府建设工作总结\n【强化组织领导】\n学法12次。\n【存在的不足】\n力量薄弱。\n"
      "【2022年工作打算】\n开展督察4次。");
  EXPECT_THAT(headings(topics), ElementsAre("1  强化组织领导 [achievements]", "1  存在的不足 [shortcomings]",
                                            "1  2022年工作打算 [plan]"));
  // Bracketed topics inside a report whose parts are not bracketed are no parts; nor is a bold date or figure.
  const auto inside = process_text_with_default_pipeline(
      "某县司法局2023年法治政府建设工作报告\n主要举措和成效\n学法12次。\n【典型案例】\n案例一。\n【以案释法】\n释法一。"
      "\n"
      "存在的不足和原因\n力量薄弱。");
  EXPECT_THAT(headings(inside), ElementsAre("1  主要举措和成效 [achievements]", "1  存在的不足和原因 [shortcomings]"));
  // A bullet before a sentence heads nothing.
  const auto list = process_text_with_default_pipeline(
      "某县交通运输局2021年法治政府建设年度报告\n一、主要举措\n● 开展学法12次。\n◆ 落实普法责任制。");
  EXPECT_THAT(headings(list), ElementsAre("1 一、 主要举措 [achievements]"));
}

// A tax bureau's unit under 国家税务总局, down to its branch; a WeChat column's tag is no part of the title.
TEST(ReportMetadata, ATaxBranchAndAColumnTag) {
  const auto branch = process_text_with_default_pipeline(
      "国家税务总局安澜县税务局城关税务分局2021年度法治政府建设工作总结\n一、主要举措\n正文。\n"
      "国家税务总局安澜县税务局城关税务分局\n2022年1月8日");
  EXPECT_EQ(branch.metadata.get("unit"), "安澜县税务局城关税务分局");
  EXPECT_EQ(branch.metadata.get("region"), "安澜县");
  const auto tagged = process_text_with_default_pipeline(
      "『法治交通』安澜县交通运输局2021年法治政府建设年度报告\n一、主要举措\n正文。\n安澜县交通运输局\n2022年2月28日");
  EXPECT_EQ(tagged.metadata.get("title"), "安澜县交通运输局2021年法治政府建设年度报告");
  EXPECT_EQ(tagged.metadata.get("unit"), "安澜县交通运输局");
  const auto year_tag = process_text_with_default_pipeline(
      "【2023年度】某县司法局法治政府建设年度报告\n一、主要举措\n正文。\n2024年1月10日　某县司法局");
  EXPECT_EQ(year_tag.metadata.get("title"), "【2023年度】某县司法局法治政府建设年度报告");
  // The date before the unit on one line.
  EXPECT_EQ(year_tag.metadata.get("date"), "2024-01-10");
  EXPECT_EQ(year_tag.metadata.get("unit"), "某县司法局");
}

TEST(ReportMetadata, ACountyLevelReportHasTheCountyAsItsRegion) {
  const auto document =
      process_text_with_default_pipeline("某某县2024年法治政府建设年度报告\n一、工作\n某某县人民政府\n2025年3月1日");
  EXPECT_EQ(document.metadata.get("region"), "某某县");
}

// A report's metadata as the sections analysis finds it in `lines`, read by OCR (`ocr`) or from a text layer.
Metadata metadata_of(const std::vector<const char*>& lines, bool ocr) {
  Document document;
  DocumentBuilder builder(document);
  for (const char* line : lines) builder.add_block(line);
  if (ocr) document.metadata.set("ocr", "true");
  sections::SectionSplitter(sections::PartKeywords{}).analyze(document);
  return document.metadata;
}

// An OCR'd signature lies under a red seal in body type: where it names the title's town in a county spelled
// otherwise, the title's county is the true one. A text layer's signature, and an OCR'd one naming another unit or
// the same county, keep their say.
TEST(ReportMetadata, AnOcrdSignaturesMisreadCountyGivesWayToTheTitles) {
  const std::vector<const char*> misread = {"梧桐县石门镇人民政府2024年度法治政府建设情况报告", "一、主要工作",
                                            "正文。", "梧洞县石门镇人民政府", "2025年1月16日"};
  const Metadata scanned = metadata_of(misread, true);
  EXPECT_EQ(scanned.get("region"), "梧桐县石门镇");
  EXPECT_EQ(scanned.get("unit"), "梧桐县石门镇人民政府");
  EXPECT_EQ(metadata_of(misread, false).get("region"), "梧洞县石门镇");

  // The title names the town alone: the signature adds its county.
  const Metadata town_title = metadata_of(
      {"石门镇2024年度法治政府建设情况报告", "一、主要工作", "正文。", "梧桐县石门镇人民政府", "2025年1月16日"}, true);
  EXPECT_EQ(town_title.get("region"), "梧桐县石门镇");
  EXPECT_EQ(town_title.get("unit"), "梧桐县石门镇人民政府");
  // A department's report signed by the department.
  const Metadata department = metadata_of(
      {"梧桐县司法局2024年法治政府建设年度报告", "一、主要工作", "正文。", "梧洞县司法局", "2025年1月20日"}, true);
  EXPECT_EQ(department.get("region"), "梧桐县");
  EXPECT_EQ(department.get("unit"), "梧桐县司法局");
}

// Either line of an OCR'd report may be the misread one: a title in large type is misread too, under a speck or a
// fold. The spelling of the county the body text repeats decides; without it, the title's stands.
TEST(ReportMetadata, TheBodyTextDecidesWhichSpellingOfAnOcrdCountyIsMisread) {
  const Metadata title_misread =
      metadata_of({"梧洞县石门镇人民政府2024年度法治政府建设情况报告",
                   "2024年，石门镇在梧桐县委、县政府的坚强领导下，深入推进法治政府建设。", "一、主要工作",
                   "全年召开专题会议4次。", "梧桐县石门镇人民政府", "2025年1月16日"},
                  true);
  EXPECT_EQ(title_misread.get("region"), "梧桐县石门镇");
  EXPECT_EQ(title_misread.get("unit"), "梧桐县石门镇人民政府");

  const Metadata signature_misread =
      metadata_of({"梧桐县石门镇人民政府2024年度法治政府建设情况报告",
                   "2024年，石门镇在梧桐县委、县政府的坚强领导下，深入推进法治政府建设。", "一、主要工作",
                   "全年召开专题会议4次。", "梧洞县石门镇人民政府", "2025年1月16日"},
                  true);
  EXPECT_EQ(signature_misread.get("region"), "梧桐县石门镇");

  // The body names each spelling once: no evidence, the title's stands.
  const Metadata even =
      metadata_of({"梧洞县石门镇人民政府2024年度法治政府建设情况报告", "按照梧桐县委部署，参照梧洞县经验。",
                   "一、主要工作", "正文。", "梧桐县石门镇人民政府", "2025年1月16日"},
                  true);
  EXPECT_EQ(even.get("region"), "梧洞县石门镇");

  // A department's report whose title was misread, its county named in the body.
  const Metadata department =
      metadata_of({"梧洞县司法局2024年法治政府建设年度报告", "2024年，梧桐县司法局坚持以习近平法治思想为指导。",
                   "一、主要工作", "正文。", "梧桐县司法局", "2025年1月20日"},
                  true);
  EXPECT_EQ(department.get("region"), "梧桐县");
  EXPECT_EQ(department.get("unit"), "梧桐县司法局");
}

TEST(CountyKeywords, AnExtendedTableClassifiesWhatTheDefaultsDoNot) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "county.xml",
                   "<pipeline><extends>" + (test::kSourceDir / "configs" / "default.xml").string() +
                       "</extends><nodes><node><id>sections</id><parameters>"
                       "<plan_keywords>+;今后谋划</plan_keywords></parameters></node></nodes></pipeline>");
  test::write_file(dir / "r.txt", "一、工作情况\n二、存在的不足\n三、今后谋划");
  const auto loaded = host::load_pipeline(dir / "county.xml", {});
  host::DocumentProcessor processor(loaded.pipeline, dir.path(), {});
  const auto extended = processor.process({"r.txt", dir / "r.txt", ""}).document;
  EXPECT_THAT(headings(extended).back(), "1 三、 今后谋划 [plan]");
  EXPECT_THAT(headings(process_text_with_default_pipeline("一、工作情况\n二、存在的不足\n三、今后谋划")).back(),
              "1 三、 今后谋划 [other]");
  // The defaults are still there: "+" appends.
  test::write_file(dir / "r2.txt", "一、工作情况\n二、存在的不足\n三、下一步打算");
  EXPECT_THAT(headings(processor.process({"r2.txt", dir / "r2.txt", ""}).document).back(), "1 三、 下一步打算 [plan]");
}

// A table of contents typed into a TXT or web copy lists the headings once more: under a 目录 line, or run out to
// page numbers by leader dots, the entries head nothing, and the report's headings are numbered once.
// A copy that opens on its table of contents, its title lost: 目录 heads the contents, it is no title.
TEST(ReportMetadata, AContentsLineIsNoTitle) {
  const auto document = process_text_with_default_pipeline(
      "目录\n一、主要工作……………3\n二、存在的不足……………5\n一、主要工作\n全年办理行政处罚案件126件。\n"
      "二、存在的不足\n宣传不够深入。\n");
  EXPECT_EQ(document.metadata.get("title"), "");
  const auto titled = process_text_with_default_pipeline(
      "青禾县司法局2024年法治政府建设年度报告\n目录\n"
      "一、主要工作……………3\n一、主要工作\n全年办理案件12件。\n");
  EXPECT_EQ(titled.metadata.get("title"), "青禾县司法局2024年法治政府建设年度报告");
}

// A portal page as text: the masthead's tools, a breadcrumb wrapped under 当前位置, a record's field, then the title.
// A copy with only the record and the addressee has no title; nor has one whose contents, spaced 目 录, open it.
TEST(ReportMetadata, ThePortalsFurnitureAndTheAddresseeAreNoTitle) {
  const auto page = process_text_with_default_pipeline(
      "青禾县人民政府 进入关怀模式\n> 政务公开 > 法定主动公开 > 工作总结\n发布单位：青禾县水利局\n"
      "青禾县水利局2024年度法治政府建设工作报告\n2024年，我局全面推进依法行政。\n一、主要举措和成效\n正文。");
  EXPECT_EQ(page.metadata.get("title"), "青禾县水利局2024年度法治政府建设工作报告");
  EXPECT_EQ(page.metadata.get("unit"), "青禾县水利局");
  const auto record = process_text_with_default_pipeline(
      "- 索 引 号：qh-2025-00031\n- 发布机构：柳溪镇人民政府\n- 公文生成日期：2025-02-10\n县委、县政府：\n"
      "2024年，柳溪镇全面推进依法行政，现将有关情况报告如下：\n一、主要举措和成效\n正文。");
  EXPECT_EQ(record.metadata.get("title"), "");
  // Each label over its value, under a breadcrumb whose last item names the column's reports.
  const auto stacked = process_text_with_default_pipeline(
      "首页\n>> 政务公开 >> 法治政府建设年度报告\n• 索引号:\nqh-2025-00031\n• 发布机构:\n柳溪镇人民政府\n• 文号:\n"
      "• 发布日期:\n2025-02-10\n柳溪镇2024年度法治政府建设工作报告\n2024年，柳溪镇全面推进依法行政。\n"
      "一、主要举措和成效\n正文。");
  EXPECT_EQ(stacked.metadata.get("title"), "柳溪镇2024年度法治政府建设工作报告");
  // A record under a title that names no report is the title's record: the title stays.
  const auto rules = process_text_with_default_pipeline(
      "青禾县人民政府工作规则\n• 索引号:\nqh-2024-00105\n• 发文日期:\n2024年04月06日\n第一章 总则\n"
      "一、为规范县政府工作，制定本规则。");
  EXPECT_EQ(rules.metadata.get("title"), "青禾县人民政府工作规则");
  const auto addressed = process_text_with_default_pipeline(
      "区委、区政府：\n2024年，桐林街道全面推进依法行政，现将有关情况报告如下：\n一、主要举措和成效\n正文。");
  EXPECT_EQ(addressed.metadata.get("title"), "");
  EXPECT_EQ(addressed.metadata.get("unit"), "桐林街道");
  const auto contents = process_text_with_default_pipeline(
      "目 录\n第一部分 青禾县2024年度行政执法情况统计表\n第二部分 青禾县2024年度行政执法情况说明\n"
      "第一部分 青禾县2024年度行政执法情况统计表\n全年作出行政处罚决定1,208件。\n"
      "第二部分 青禾县2024年度行政执法情况说明\n全县持证执法人员312名。");
  EXPECT_EQ(contents.metadata.get("title"), "");
  // A label before the report's name opens a title, not a record's field.
  const auto labelled =
      process_text_with_default_pipeline("专题：柳溪镇2024年度法治政府建设情况报告\n一、主要举措和成效\n正文。");
  EXPECT_EQ(labelled.metadata.get("title"), "专题：柳溪镇2024年度法治政府建设情况报告");
}

// A portal page whose report names no unit (no signature, 我局 and 我镇 for its subject, no place in its title): the
// record's publishing organ (发布机构, 发文机关) is the unit, not the page's source when that is a site
// (宁丰县人民政府网, …门户网站). As HTML and as a text copy of such a page.
TEST(ReportMetadata, TheRecordsPublishingOrganIsTheUnitWhenTheTextNamesNone) {
  const auto html = test::process_with_default_pipeline(test::kTestData / "publishers" / "record-names-the-unit.html");
  EXPECT_EQ(html.metadata.get("title"), "2024年度法治政府建设工作情况报告");
  EXPECT_EQ(html.metadata.get("unit"), "宁丰县司法局");
  EXPECT_EQ(html.metadata.get("region"), "宁丰县");
  const auto txt = test::process_with_default_pipeline(test::kTestData / "publishers" / "record-names-the-unit.txt");
  EXPECT_EQ(txt.metadata.get("title"), "2024年法治政府建设工作情况报告");
  EXPECT_EQ(txt.metadata.get("unit"), "宁丰县柳岸镇人民政府");
  EXPECT_EQ(txt.metadata.get("region.town"), "柳岸镇");
  // A source that names an organ names the unit when nothing else does; one that names a medium never does.
  const auto sourced = process_text_with_default_pipeline(
      "来源：宁丰县应急管理局\n2024年法治政府建设工作总结\n2024年，我局全面推进依法行政。\n一、主要举措和成效\n"
      "全年开展执法检查32次。");
  EXPECT_EQ(sourced.metadata.get("unit"), "宁丰县应急管理局");
  for (const char* medium : {"宁丰发布", "宁丰县融媒体中心", "宁丰日报", "宁丰县人民政府网"}) {
    const auto page = process_text_with_default_pipeline(
        std::string("来源：") + medium +
        "\n2024年法治政府建设工作总结\n2024年，我局全面推进依法行政。\n一、主要举措和成效\n全年开展执法检查32次。");
    EXPECT_EQ(page.metadata.get("unit"), "") << medium;
    // Nor when a platform's record gives the site as the publishing organ (发文机构: 县政府网站).
    const auto published = process_text_with_default_pipeline(
        std::string("发文机构：") + medium +
        "\n2024年法治政府建设工作总结\n2024年，我局全面推进依法行政。\n一、主要举措和成效\n全年开展执法检查32次。");
    EXPECT_EQ(published.metadata.get("web.publisher"), medium);
    EXPECT_EQ(published.metadata.get("unit"), "") << medium;
  }
  // The source, the organ that supplied the text, before the portal's government that published it.
  const auto supplied = process_text_with_default_pipeline(
      "来源：宁丰县应急管理局\n发布机构：宁丰县人民政府\n2024年法治政府建设工作总结\n2024年，我局全面推进依法行政。\n"
      "一、主要举措和成效\n全年开展执法检查32次。");
  EXPECT_EQ(supplied.metadata.get("unit"), "宁丰县应急管理局");
}

// A covering letter above the report (榆城市司法局： / 现将我镇…报告如下： / the report's title): the addressee is the
// letter's reader, never the unit, nor is it or the lead-in the title; the signature at the end signs and dates the
// report, and without one the title's place names the unit.
TEST(ReportMetadata, ACoverLettersAddresseeIsNeitherTheUnitNorTheTitle) {
  const std::string body =
      "2024年，我镇坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要举措和成效\n"
      "（一）加强组织领导。全年召开党委会议专题研究法治建设工作4次。\n二、存在的不足\n执法力量不足。\n"
      "三、2025年工作打算\n继续推进法治政府建设。\n";
  const auto signed_report = process_text_with_default_pipeline(
      "榆城市司法局：\n现将我镇2024年法治政府建设工作情况报告如下：\n柳岸镇2024年法治政府建设工作总结\n" + body +
      "宁丰县柳岸镇人民政府\n2025年1月15日\n");
  EXPECT_EQ(signed_report.metadata.get("title"), "柳岸镇2024年法治政府建设工作总结");
  EXPECT_EQ(signed_report.metadata.get("unit"), "宁丰县柳岸镇人民政府");
  EXPECT_EQ(signed_report.metadata.get("date"), "2025-01-15");
  // Unsigned: the title's place, not the addressee's city.
  const auto unsigned_report = process_text_with_default_pipeline(
      "榆城市司法局：\n现将我镇2024年法治政府建设工作情况报告如下：\n柳岸镇2024年法治政府建设工作总结\n" + body);
  EXPECT_EQ(unsigned_report.metadata.get("title"), "柳岸镇2024年法治政府建设工作总结");
  EXPECT_EQ(unsigned_report.metadata.get("unit"), "柳岸镇");
  // An office of the Party committee addressed, the report sent (报送如下), its title naming no place.
  const auto office = process_text_with_default_pipeline(
      "县委依法治县办：\n现将我镇2024年度法治政府建设工作情况报送如下：\n2024年法治政府建设工作总结\n" + body +
      "柳岸镇人民政府\n2025年1月15日\n");
  EXPECT_EQ(office.metadata.get("title"), "2024年法治政府建设工作总结");
  EXPECT_EQ(office.metadata.get("unit"), "柳岸镇人民政府");
  EXPECT_EQ(office.metadata.get("date"), "2025-01-15");
  // A line of the author's own closed by a colon is no addressee: its unit is the opening's.
  const auto lead = process_text_with_default_pipeline(
      "宁丰县司法局2024年法治政府建设情况如下：\n一、主要举措和成效\n全年审查规范性文件21件。\n");
  EXPECT_EQ(lead.metadata.get("unit"), "宁丰县司法局");
  // OCR reads the addressee's colon as a semicolon: still the reader, not the unit.
  const auto scanned = process_text_with_default_pipeline(
      "柳岸镇2024年法治政府建设工作总结\n榆城市依法行政工作领导小组办公室；\n2024年，我镇全面推进依法行政。\n"
      "一、主要举措和成效\n全年审查规范性文件21件。\n");
  EXPECT_EQ(scanned.metadata.get("unit"), "柳岸镇");
  const auto scanned_untitled = process_text_with_default_pipeline(
      "榆城市依法行政工作领导小组办公室；\n2024年，我镇全面推进依法行政。\n一、主要举措和成效\n全年审查规范性文件21件。"
      "\n");
  EXPECT_EQ(scanned_untitled.metadata.get("unit"), "");
  // A letter with no title of its own under it keeps none, and its addressee still names no unit.
  const auto untitled =
      process_text_with_default_pipeline("榆城市司法局：\n现将我局2024年法治政府建设情况报告如下：\n" + body);
  EXPECT_EQ(untitled.metadata.get("title"), "");
  EXPECT_EQ(untitled.metadata.get("unit"), "");
}

// The subject of the opening before a phrase of leadership, a copula, or levels in general: 柳溪乡在县委…领导下
// is 柳溪乡, 也是桐林街道…之年 is 桐林街道, and 对标省、市、县… names no place.
TEST(ReportMetadata, TheOpeningsSubjectIsNotReadIntoThePhraseAfterIt) {
  const auto led = process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n2024年，柳溪乡在县委、县政府的正确领导下，扎实推进依法行政。\n"
      "一、主要举措和成效\n正文。");
  EXPECT_EQ(led.metadata.get("unit"), "柳溪乡");
  const auto copula = process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n2024年是深化改革的关键之年，也是桐林街道转型发展的重要之年。"
      "桐林街道始终坚持依法行政。\n一、主要举措和成效\n正文。");
  EXPECT_EQ(copula.metadata.get("unit"), "桐林街道");
  const auto levels = process_text_with_default_pipeline(
      "关于2023年度法治政府建设工作的总结\n2023年以来，镇党委坚持依法执政，主动对标省、市、县法治建设要求，"
      "扎实推进各项工作。\n一、主要举措和成效\n正文。");
  EXPECT_EQ(levels.metadata.get("unit"), "");
  // 本人 is the official reporting on his own duty: 本人在区总工会工作 names no 本人在区.
  const auto own = process_text_with_default_pipeline(
      "副局长述职述廉报告\n本人在区总工会工作半年，6月调任区城管局，现将一年来的述职情况报告如下：\n一、述职情况\n正文"
      "。");
  EXPECT_EQ(own.metadata.get("region"), "");
}

TEST(SectionHeadings, ATypedTableOfContentsHeadsNothing) {
  const std::string parts =
      "一、主要举措和成效\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n三、存在的不足和原因\n"
      "四、2025年工作计划\n";
  const std::string body =
      "一、主要举措和成效\n（一）推进法治督察\n开展法治督察3次。\n二、党政主要负责人履行推进法治建设第一责任人职责情况"
      "\n"
      "局党组书记召开专题会议4次。\n三、存在的不足和原因\n法律服务资源分布不均衡。\n四、2025年工作计划\n"
      "加强公共法律服务体系建设。\n";
  const std::vector<std::string> expected = {"1 一、 主要举措和成效 [achievements]",
                                             "2 （一） 推进法治督察 [achievements]",
                                             "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
                                             "1 三、 存在的不足和原因 [shortcomings]", "1 四、 2025年工作计划 [plan]"};
  const std::string title = "青禾县司法局2024年法治政府建设年度报告\n";
  // Under 目录, the body's opening sentence after the entries.
  auto document = process_text_with_default_pipeline(title + "目  录\n" + parts +
                                                     "2024年，县司法局全面推进法治政府建设。\n" + body);
  EXPECT_EQ(headings(document), expected);
  EXPECT_THAT(issue_types(document), IsEmpty());
  // Under 目录, with the topics of the first part, the first heading right after the entries: it repeats the first
  // entry.
  document = process_text_with_default_pipeline(title + "目录\n一、主要举措和成效\n（一）推进法治督察\n" +
                                                parts.substr(parts.find("二、")) + body);
  EXPECT_EQ(headings(document), expected);
  EXPECT_THAT(issue_types(document), IsEmpty());
  // Leader dots and page numbers, no 目录 line.
  document = process_text_with_default_pipeline(
      title +
      "一、主要举措和成效……………………1\n二、党政主要负责人履行推进法治建设第一责任人职责情况…………3\n"
      "三、存在的不足和原因………………4\n四、2025年工作计划………………5\n" +
      body);
  EXPECT_EQ(headings(document), expected);
  EXPECT_THAT(issue_types(document), IsEmpty());
  // Leaders of one ellipsis (two dots), no 目录 line: a run of them whose entries the body repeats.
  document = process_text_with_default_pipeline(
      title +
      "一、主要举措和成效……1\n二、党政主要负责人履行推进法治建设第一责任人职责情况……3\n"
      "三、存在的不足和原因……4\n四、2025年工作计划..5\n" +
      body);
  EXPECT_EQ(headings(document), expected);
  EXPECT_THAT(issue_types(document), IsEmpty());
  // One such line alone, or lines the body does not repeat, are text: a heading cut short before a figure.
  document = process_text_with_default_pipeline(title + "一、主要举措和成效……1\n全年开展法治督察3次。\n" +
                                                body.substr(body.find("二、")));
  EXPECT_EQ(headings(document).front(), "1 一、 主要举措和成效……1 [achievements]");
  document = process_text_with_default_pipeline(title + "一、主要举措……12\n二、普法宣传……35\n全年开展宣传活动。\n");
  EXPECT_EQ(headings(document).size(), 2U);
  // A 目录 line over one line, or over body text, lists nothing.
  document = process_text_with_default_pipeline(title + "目录\n一、主要举措和成效\n全年开展法治督察3次。\n" +
                                                body.substr(body.find("二、")));
  EXPECT_EQ(headings(document).front(), "1 一、 主要举措和成效 [achievements]");
  EXPECT_EQ(headings(document).size(), 4U);
  document = process_text_with_default_pipeline(title + "目录\n2024年，县司法局全面推进法治政府建设。\n" + body);
  EXPECT_EQ(headings(document), expected);
}

// A page flattened into one long line: a level-1 title run straight into its first （一） (no stop between) is cut
// there too, so that neither title swallows the other; a （一） far into the text after the title, or one not
// first, is not cut on that account.
TEST(SectionHeadings, AFlattenedLevelOneTitleRunIntoItsFirstSubheading) {
  const std::string filler = "全年开展专题学习18次，举办法治培训班3期，覆盖干部680余人次，切实增强了依法行政能力。";
  auto document = process_text_with_default_pipeline(
      "平阳县2025年度法治政府建设情况报告\n2025年，全县深入推进依法行政。一、坚持思想引领，凝聚法治共识（一）强化理论武"
      "装。" +
      filler + "（二）压实法治责任。" + filler + "二、存在的不足和原因。基层执法力量薄弱。" + filler +
      "三、2026年工作安排（一）深化执法体制改革。" + filler);
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 坚持思想引领，凝聚法治共识 [achievements]", "2 （一） 强化理论武装 [achievements]",
                          "2 （二） 压实法治责任 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
                          "1 三、 2026年工作安排 [plan]", "2 （一） 深化执法体制改革 [plan]"));
  // The long line opening on the level-1 heading itself.
  document = process_text_with_default_pipeline("一、坚持思想引领，凝聚法治共识（一）强化理论武装。" + filler +
                                                "（二）压实法治责任。" + filler + filler + filler +
                                                "二、存在的不足和原因。" + filler + filler);
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 坚持思想引领，凝聚法治共识 [achievements]", "2 （一） 强化理论武装 [achievements]",
                          "2 （二） 压实法治责任 [achievements]", "1 二、 存在的不足和原因 [shortcomings]"));
  // A short paragraph is no flattened page: its （一） stays in the title line as written.
  document = process_text_with_default_pipeline("一、坚持思想引领（一）强化理论武装\n正文。\n二、存在的不足\n正文。");
  EXPECT_EQ(headings(document).front(), "1 一、 坚持思想引领（一）强化理论武装 [achievements]");
}

// Run-in headings of one level in a short paragraph (（一）…。（二）…。) are cut apart after each full stop; a list
// inside a sentence (如下：（一）…；（二）…) stays text.
TEST(SectionHeadings, RunInHeadingsInOneShortParagraph) {
  auto document = process_text_with_default_pipeline(
      "东湖乡2024年法治政府建设情况报告\n一、主要举措和成效\n"
      "（一）加强组织领导。召开专题会议3次。（二）规范行政执法。办理案件5件。（三）深化普法宣传。开展活动6场。\n"
      "二、存在的不足和原因\n（一）法治意识有待增强。部分干部学法不够。（二）执法力量不足。执法人员仅3名。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "2 （一） 加强组织领导 [achievements]",
                          "2 （二） 规范行政执法 [achievements]", "2 （三） 深化普法宣传 [achievements]",
                          "1 二、 存在的不足和原因 [shortcomings]", "2 （一） 法治意识有待增强 [shortcomings]",
                          "2 （二） 执法力量不足 [shortcomings]"));
  EXPECT_THAT(issue_types(document), IsEmpty());
  document = process_text_with_default_pipeline(
      "一、主要举措和成效\n（一）加强组织领导。主要做法如下：（二）召开会议；（三）完善制度。\n"
      "（二）规范行政执法。开展培训2次，（三）级响应已建立。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "2 （一） 加强组织领导 [achievements]",
                          "2 （二） 规范行政执法 [achievements]"));
}

// A subsection whose slogan adds a clause to the leaders' duty done still reports it.
TEST(SectionParts, TheLeadersDutyBesideASlogansClause) {
  const auto second = [](const std::string& heading) {
    return headings(process_text_with_default_pipeline("青山镇2023年度法治政府建设情况报告\n"
                                                       "一、2023年法治政府建设主要举措和成效\n" +
                                                       heading + "\n正文。\n二、存在的不足\n三、下一步工作打算"))
        .at(1);
  };
  EXPECT_EQ(second("（一）加强党的领导，认真履行第一责任人职责"),
            "2 （一） 加强党的领导，认真履行第一责任人职责 [achievements;leadership]");
  EXPECT_EQ(second("（一）坚持以上率下，党政主要负责人带头履职"),
            "2 （一） 坚持以上率下，党政主要负责人带头履职 [achievements;leadership]");
  EXPECT_EQ(second("（一）压实党政主要负责人第一责任人职责，健全工作机制"),
            "2 （一） 压实党政主要负责人第一责任人职责，健全工作机制 [achievements]");
  EXPECT_EQ(second("（一）履行政府职能，加强组织领导"), "2 （一） 履行政府职能，加强组织领导 [achievements]");
}

// A topic line left unnumbered restarts a list under it, never the report's parts: an 一、 again after such a line
// is recorded.
TEST(SectionNumbering, ALevelOneRestartAfterATopicLineIsRecorded) {
  const auto document = process_text_with_default_pipeline(
      "青禾镇2024年度法治政府建设情况报告\n一、主要举措和成效\n正文。\n二、党政主要负责人履职情况\n正文。\n"
      "三、存在的不足和原因\n工作中的短板\n一、执法力量不足\n正文。");
  EXPECT_THAT(issue_types(document), ElementsAre("out-of-order"));
}

// A department's page flattened into one line with a space where each line ended: every heading's title stops at
// that space, not in its first point (一是…), and a topic reporting the head's duty adds the leaders' part.
TEST(SectionHeadings, APageFlattenedWithSpacesEndsEachTitleAtItsLine) {
  const auto document = process_text_with_default_pipeline(
      "青川县林业局2024年法治政府建设工作报告\n"
      "2024年，我局在县委、县政府的坚强领导下深入推进依法行政。现将有关情况报告如下： 一、主要举措和成效 "
      "（一）加强组织领导，局主要负责人履行推进法治建设第一责任人职责情况 "
      "一是召开党组会专题研究法治工作5次。 二是落实领导干部学法制度。 （二）规范林业行政执法 一是全年办理林业行政案件"
      "38件。二是推行说理式执法。 二、存在的不足和原因 一是执法人员专业素质不高。二是普法形式单一。 "
      "三、2025年工作计划 一是加强执法队伍建设。二是创新普法方式。");
  EXPECT_THAT(
      headings(document),
      ElementsAre("1 一、 主要举措和成效 [achievements]",
                  "2 （一） 加强组织领导，局主要负责人履行推进法治建设第一责任人职责情况 [achievements;leadership]",
                  "2 （二） 规范林业行政执法 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
                  "1 三、 2025年工作计划 [plan]"));
}

// A page flattened into one line runs a part's title into its text after a space (存在的不足和原因 执法…), a plan
// straight into its first point (2025年工作计划一是…；二是…) and a subheading into its next sibling (（一）…（二）…):
// each title ends where its line did, and the parts keep their kinds.
TEST(SectionHeadings, AFlattenedTitleEndsWhereItsTextOrItsNextPointOpens) {
  auto document = process_text_with_default_pipeline(
      "宁溪县交通运输局关于2022年度法治政府建设情况的报告 2022年，我局坚持依法行政，现将有关情况报告如下： "
      "一、2022年度推进法治政府建设的主要举措和成效 （一）加强组织领导，压实法治责任。 "
      "局党组召开专题会议研究法治工作5次，明确主要负责人为第一责任人。 （二）规范交通运输执法。 "
      "全年开展路政巡查180余次，办理行政处罚案件42件。 二、存在的不足和原因 "
      "执法人员专业素质有待提高，普法宣传的针对性不强。 三、2023年工作计划一是加强执法队伍建设；二是深化普法宣传。");
  EXPECT_THAT(
      headings(document),
      ElementsAre("1 一、 2022年度推进法治政府建设的主要举措和成效 [achievements]",
                  "2 （一） 加强组织领导，压实法治责任 [achievements]", "2 （二） 规范交通运输执法 [achievements]",
                  "1 二、 存在的不足和原因 [shortcomings]", "1 三、 2023年工作计划 [plan]"));
  document = process_text_with_default_pipeline(
      "一、主要举措和成效\n正文。\n二、存在的不足\n正文。\n三、2023年工作安排\n"
      "（一）加强执法队伍建设（二）创新普法方式（三）推进智慧执法");
  EXPECT_EQ(headings(document).back(), "2 （一） 加强执法队伍建设 [plan]");
}

// Each part written as one short paragraph, its title run straight into its （一） and the subheadings run together
// after full stops: the part is cut before each of them. A lone （一） after the title, with no （二） after a full
// stop, is written so on the heading's own line and stays in its title.
TEST(SectionHeadings, APartsSubheadingsRunTogetherInItsParagraph) {
  auto document = process_text_with_default_pipeline(
      "柳塘镇2023年度法治政府建设情况报告\n"
      "一、主要举措和成效（一）强化组织领导。镇党委召开专题会议4次。（二）规范行政执法。全年开展执法检查30次。\n"
      "二、存在的不足和原因（一）执法力量不足。执法人员仅有5名。（二）普法覆盖面不广。\n"
      "三、2024年工作计划（一）加强执法队伍建设。（二）扩大普法覆盖面。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 主要举措和成效 [achievements]", "2 （一） 强化组织领导 [achievements]",
                          "2 （二） 规范行政执法 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
                          "2 （一） 执法力量不足 [shortcomings]", "2 （二） 普法覆盖面不广 [shortcomings]",
                          "1 三、 2024年工作计划 [plan]", "2 （一） 加强执法队伍建设 [plan]",
                          "2 （二） 扩大普法覆盖面 [plan]"));
  EXPECT_THAT(issue_types(document), IsEmpty());
  document = process_text_with_default_pipeline(
      "一、主要举措和成效（一）强化组织领导。镇党委召开专题会议4次。\n二、存在的不足\n正文。");
  EXPECT_EQ(headings(document).front(), "1 一、 主要举措和成效（一）强化组织领导 [achievements]");
}

// A level-3 heading whose point a web copy lost (1理论武装…) heads its place in the list, between a higher heading
// and 2.; a digit so lost where no list confirms it, or before a count, heads nothing.
TEST(SectionHeadings, ADigitThatLostItsPointHeadsItsPlaceInTheList) {
  const auto document = process_text_with_default_pipeline(
      "一、主要举措和成效\n（一）坚持党建引领\n1强化理论武装，筑牢思想根基。党工委全年集中学法12次。\n"
      "2.压实主体责任，健全工作机制。主要负责同志主持专题会议4次。\n（二）优化营商环境\n"
      "1名律师常驻服务大厅，全年解答咨询300余次。\n2.强化涉企法律服务。全年走访企业80家。\n"
      "二、存在的不足\n1加强执法队伍建设，执法人员仍然偏少。\n三、2025年工作计划\n持续深化法治建设。");
  EXPECT_THAT(
      headings(document),
      ElementsAre("1 一、 主要举措和成效 [achievements]", "2 （一） 坚持党建引领 [achievements]",
                  "3 1 强化理论武装，筑牢思想根基 [achievements]", "3 2. 压实主体责任，健全工作机制 [achievements]",
                  "2 （二） 优化营商环境 [achievements]", "3 2. 强化涉企法律服务 [achievements]",
                  "1 二、 存在的不足 [shortcomings]", "1 三、 2025年工作计划 [plan]"));
  // The list that lost its point is whole; the one whose first item is a count still misses it.
  EXPECT_THAT(issue_types(document), ElementsAre("number-gap"));
}

// A page flattened into one line runs its signature into the last part after a space where each line ended: the
// issuers, the date and a note after it are the closing, which dates the report, and the plan ends before them.
TEST(SectionHeadings, ASignatureRunIntoTheLastLineOfAFlattenedPage) {
  const auto document = process_text_with_default_pipeline(
      "枫林镇2023年法治政府建设年度报告 2023年，枫林镇持续推进依法行政，现将有关情况报告如下： 一、主要举措和成效 "
      "（一）规范行政执法。全年办理执法案件14件，无一被复议纠错。 （二）深化普法宣传。开展送法下乡活动9场次。 "
      "二、存在的不足和原因 村级调解员业务能力不强。 三、2024年工作计划 一是抓好执法培训；二是办好法治讲堂。 "
      "中共枫林镇委员会 枫林镇人民政府 2024年1月16日 （此件公开发布）");
  EXPECT_EQ(document.metadata.get("date"), "2024-01-16");
  const Section* closing = section(document, "closing");
  ASSERT_NE(closing, nullptr);
  const Section* plan = section(document, "s5");
  ASSERT_NE(plan, nullptr);
  EXPECT_EQ(plan->title, "2024年工作计划");
  EXPECT_LE(plan->end, closing->start);
  // Lines of a signature with no date, or a date with no issuer, after the body's last sentence sign nothing.
  for (const char* ending : {"。 枫林镇人民政府", "。 2024年1月16日"}) {
    const auto unsigned_page = process_text_with_default_pipeline(
        std::string("一、主要举措和成效 正文。 二、存在的不足 正文。 三、2024年工作计划 继续加强执法培训") + ending);
    EXPECT_EQ(section(unsigned_page, "closing"), nullptr) << ending;
  }
}

// A flattened page's signature may lose a space too: the issuer glued to its date (柳溪街道办事处2025年1月10日), or
// to the body's last sentence (…创新普法方式。柳溪街道办事处), is still the closing, which dates the report.
// A monthly or cumulative report names its months right after its year (2025年8月份, 2025年1—4月) or its days in
// brackets after its words (…运行分析报告（4月1日-4月30日）): the part of the year it covers, as a quarter's is.
TEST(SectionMetadata, TheMonthsOrDaysAPeriodicReportCoversAreItsPeriod) {
  const std::string body =
      "\n一、总体情况\n受理群众诉求2856件。\n二、存在的问题\n部分工单超期。\n三、下步工作\n加强督办。";
  const auto period_of = [&](const std::string& title) {
    return process_text_with_default_pipeline(title + body).metadata.get("period");
  };
  EXPECT_EQ(period_of("青禾县2025年8月份12345热线运行分析报告"), "8月份");
  EXPECT_EQ(period_of("青禾县2025年1—4月政务服务工作情况报告"), "1—4月");
  EXPECT_EQ(period_of("青禾县12345热线运行分析报告（4月1日-4月30日）"), "4月1日-4月30日");
  EXPECT_EQ(period_of("青禾县2025年度第一季度行政执法工作总结"), "第一季度");
  EXPECT_EQ(period_of("青禾县2024年第四季度法治政府建设工作总结"), "第四季度");
  EXPECT_EQ(period_of("青禾县2024年下半年法治政府建设工作总结"), "下半年");
  // A year's report: its months are all of the year, its date in brackets is one day, or none are named.
  EXPECT_EQ(period_of("青禾县2024年1—12月法治政府建设工作总结"), "");
  EXPECT_EQ(period_of("青禾县法治政府建设年度报告（2024年1月1日—12月31日）"), "");
  EXPECT_EQ(period_of("青禾县2024年法治政府建设年度报告（2025年1月10日）"), "");
  EXPECT_EQ(period_of("青禾县2024年度法治政府建设情况报告"), "");
  EXPECT_EQ(period_of("2025年4月15日青禾县法治政府建设推进会讲话"), "");
}

// A letter's lead-in verb opening the sentence that names the organ (现将宁丰县司法局2024年…情况报告如下) is no part
// of the organ's name, nor is a hotline that takes in requests (市民热线受理市民诉求…) a place.
TEST(SectionMetadata, ALeadInVerbOrAHotlinesVerbIsNoPartOfTheUnit) {
  const std::string body =
      "一、主要举措和成效\n召开专题会议4次。\n二、存在的不足和原因\n执法力量薄弱。\n三、2025年工作安排\n加强执法培训。";
  const auto named = process_text_with_default_pipeline(
      "2024年法治政府建设工作情况报告\n现将宁丰县司法局2024年法治政府建设工作情况报告如下：\n" + body);
  EXPECT_EQ(named.metadata.get("unit"), "宁丰县司法局");
  EXPECT_EQ(named.metadata.get("region"), "宁丰县");
  const auto unplaced = process_text_with_default_pipeline(
      "2024年法治政府建设工作情况报告\n现将区司法局2024年法治政府建设工作情况报告如下：\n" + body);
  EXPECT_THAT(unplaced.metadata.get("unit"), Not(::testing::HasSubstr("现将")));
  EXPECT_THAT(unplaced.metadata.get("region"), Not(::testing::HasSubstr("现将")));
  const auto hotline = process_text_with_default_pipeline(
      "2025年8月份热线办理情况通报\n8月份，市民热线受理市民诉求工单3200件，办结率98%。\n一、总体情况\n"
      "受理工单3200件。\n二、工单办理情况\n办结3136件。");
  EXPECT_THAT(hotline.metadata.get("unit"), Not(::testing::HasSubstr("受理")));
  EXPECT_THAT(hotline.metadata.get("region"), Not(::testing::HasSubstr("受理")));
}

TEST(SectionHeadings, AnIssuerGluedToItsDateOrToTheLastSentenceOfAFlattenedPage) {
  const std::string body =
      "柳溪街道2024年法治政府建设年度报告 2024年，柳溪街道坚持依法行政，现将有关情况报告如下： 一、主要举措和成效 "
      "（一）规范行政执法。全年办理执法案件18件，无一被复议纠错。 （二）深化普法宣传。开展法治进社区活动7场次。 "
      "（三）推进政务公开。主动公开政府信息86条，办理依申请公开5件。 二、存在的不足和原因 社区法律顾问作用发挥不够。 "
      "三、2025年工作计划 一是加强执法培训；二是创新普法方式。";
  for (const char* signature :
       {"柳溪街道办事处 2025年1月10日", " 柳溪街道办事处2025年1月10日", "柳溪街道办事处2025年1月10日",
        " 中共柳溪街道工作委员会 柳溪街道办事处二〇二五年一月十日 （此件公开发布）"}) {
    const auto document = process_text_with_default_pipeline(body + signature);
    EXPECT_EQ(document.metadata.get("date"), "2025-01-10") << signature;
    const Section* closing = section(document, "closing");
    ASSERT_NE(closing, nullptr) << signature;
    const Section* plan = section(document, "s6");
    ASSERT_NE(plan, nullptr) << signature;
    EXPECT_EQ(plan->title, "2025年工作计划") << signature;
    EXPECT_LE(plan->end, closing->start) << signature;
  }
  // A date with no issuer, or an issuer with no date, glued to the body's last sentence signs nothing.
  for (const char* ending : {"2025年1月10日", "柳溪街道办事处"}) {
    const auto unsigned_page = process_text_with_default_pipeline(body + ending);
    EXPECT_EQ(section(unsigned_page, "closing"), nullptr) << ending;
  }
}

// A page flattened into one long line with a space where each line ended: the 1. 2. under a heading are cut as
// their own lines were, so the leaders' part written as one of them (3、党政主要负责人…职责情况) is found; a list run
// into a sentence (如下：1.…；2.…) has no space before its points and stays text.
TEST(SectionHeadings, TheLeadersPartAsAnItemOfTheYearsWorkInAFlattenedPage) {
  const auto document = process_text_with_default_pipeline(
      "柏溪县民政局2022年法治政府建设年度报告 2022年，我局坚持依法行政，现将有关情况报告如下： "
      "一、2022年主要工作情况 1、健全法治工作机制 局党组召开会议专题研究法治工作3次，制定年度普法计划。 "
      "2、规范社会救助审批 全年审核低保申请215户，开展专项检查4次。 "
      "3、党政主要负责人履行推进法治建设第一责任人职责情况 局长带头学法，主持召开专题会议2次。 "
      "二、存在的不足 基层经办人员政策把握不准，主要表现为：1.审核标准不一；2.台账不全。 "
      "三、2023年工作打算 持续规范民政执法，提升依法行政水平。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 一、 2022年主要工作情况 [achievements]", "3 1、 健全法治工作机制 [achievements]",
                          "3 2、 规范社会救助审批 [achievements]",
                          "3 3、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
                          "1 二、 存在的不足 [shortcomings]", "1 三、 2023年工作打算 [plan]"));
}

// A report in parts flattened into one long line numbers its 一、 afresh under each 第N部分: the parts count apart
// from them, and the first 一、 follows its part's title after the space where the part's line ended.
TEST(SectionHeadings, AFlattenedReportInPartsNumbersItsTopicsUnderEachPart) {
  const auto document = process_text_with_default_pipeline(
      "桂坪街道2023年法治政府建设年度报告 2023年，桂坪街道扎实推进法治建设，现将有关情况报告如下： "
      "第一部分 2023年工作情况 一、主要举措和成效 街道党工委召开专题会议研究法治建设5次，办理执法案件21件。 "
      "二、党工委书记履行推进法治建设第一责任人职责情况 党工委书记带头讲法治课2次。 "
      "第二部分 存在的不足和下一步打算 一、存在的不足 社区法律顾问作用发挥不够，群众知晓率不高。 二、2024年工作计划 "
      "深化法治社区建设，办好法治讲堂。");
  EXPECT_THAT(headings(document),
              ElementsAre("1 第一部分 2023年工作情况 [achievements]", "2 一、 主要举措和成效 [achievements]",
                          "2 二、 党工委书记履行推进法治建设第一责任人职责情况 [leadership]",
                          "1 第二部分 存在的不足和下一步打算 [shortcomings;plan]", "2 一、 存在的不足 [shortcomings]",
                          "2 二、 2024年工作计划 [plan]"));
  EXPECT_THAT(issue_types(document), IsEmpty());
}

}  // namespace
}  // namespace docpipe
