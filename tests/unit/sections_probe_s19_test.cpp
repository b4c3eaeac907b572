// analysis.sections on shapes seen in real reports of kinds probed in session 46: a portal's column name and a
// record's fields over the title, a 团 and a branch named without their level's word, a meeting's chair, the
// organ a sentence says compiled the report, a bureau's summary of its whole year, and numbering that restarts
// and runs on in one report.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docpipe/document_builder.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using test::process_text_with_default_pipeline;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> issue_types(const Document& document) {
  std::vector<std::string> out;
  if (const auto found = document.layers.find("structure_issues"); found != document.layers.end()) {
    for (const auto& a : found->second) out.push_back(a.type);
  }
  return out;
}

constexpr const char* kBody =
    "一、主要举措和成效\n（一）加强组织领导\n召开专题会议4次。\n二、存在的不足和原因\n执法人员仅有3名。\n"
    "三、2025年工作计划\n加强执法队伍建设。\n";

// A portal's column (工作报告) over the article's title names no report: the title is the line under it.
TEST(SectionsProbeS19, APortalsColumnOverTheTitleIsNoTitle) {
  const auto document =
      process_text_with_default_pipeline(std::string("工作报告\n2024年榆城区法治政府建设情况报告\n2024年，榆城区坚持以"
                                                     "习近平法治思想为指导，扎实推进法治政府建设。\n") +
                                         kBody);
  EXPECT_EQ(document.metadata.get("title"), "2024年榆城区法治政府建设情况报告");
  EXPECT_EQ(document.metadata.get("region"), "榆城区");
  // A title's last words wrapped onto a line of their own are the title's, a sentence under them.
  const auto wrapped = process_text_with_default_pipeline(
      std::string("青石县市场监督管理局法治政府建设\n工作总结\n今年以来，县市场监督管理局扎实推进法治政府建设。\n") +
      kBody);
  EXPECT_EQ(wrapped.metadata.get("title"), "青石县市场监督管理局法治政府建设工作总结");
}

// A record's fields left on one line over the title (文件编号: 组配分类: 规划总结) are the portal's, not the title.
TEST(SectionsProbeS19, ARecordsFieldsOverTheTitleAreNoTitle) {
  const auto document = process_text_with_default_pipeline(
      std::string("文件编号: 组配分类: 规划总结\n青石县司法局2024年度法治政府建设工作报告\n"
                  "2024年，县司法局扎实推进法治政府建设。现将有关情况报告如下：\n") +
      kBody);
  EXPECT_EQ(document.metadata.get("title"), "青石县司法局2024年度法治政府建设工作报告");
  EXPECT_EQ(document.metadata.get("unit"), "青石县司法局");
}

// A 团 its own reports name by one numeral without its 师 (五团) is a place, as 106团 is; a numeral in a phrase
// (拧成一团) is none.
TEST(SectionsProbeS19, ATuanNamedByOneNumeralIsAPlace) {
  const auto titled = process_text_with_default_pipeline(
      std::string("2024年五团法治政府建设工作报告\n2024年，五团扎实推进依法治团工作。\n") + kBody);
  EXPECT_EQ(titled.metadata.get("region"), "五团");
  const auto opening =
      process_text_with_default_pipeline(std::string("2024年，全体干部拧成一团，扎实推进法治建设。\n") + kBody);
  EXPECT_EQ(opening.metadata.get("region"), "");
}

// A city's 生态环境局 has a branch for each county: the branch's name is the county's, as written, when the text
// never names the county with its level's word. A zone's branch (高新分局) and another bureau's (公安局城关分局) name
// no county.
TEST(SectionsProbeS19, AnEnvironmentBureausBranchNamesItsCounty) {
  const auto branch = process_text_with_default_pipeline(
      std::string("榆城市生态环境局凤山分局2024年度法治政府建设情况报告\n2024年，凤山分局扎实推进法治政府建设。\n") +
      kBody);
  EXPECT_EQ(branch.metadata.get("region"), "榆城市凤山");
  EXPECT_EQ(branch.metadata.get("region.county"), "凤山");
  const auto zone = process_text_with_default_pipeline(
      std::string("榆城市生态环境局高新分局2024年度法治政府建设情况报告\n2024年，高新分局扎实推进法治政府建设。\n") +
      kBody);
  EXPECT_EQ(zone.metadata.get("region"), "榆城市");
  const auto police = process_text_with_default_pipeline(
      std::string("榆城市公安局城关分局2024年度法治政府建设情况报告\n2024年，城关分局扎实推进法治政府建设。\n") +
      kBody);
  EXPECT_EQ(police.metadata.get("region"), "榆城市");
  const auto direct = process_text_with_default_pipeline(
      std::string("榆城市生态环境局直属分局2024年度法治政府建设情况报告\n2024年，直属分局扎实推进法治政府建设。\n") +
      kBody);
  EXPECT_EQ(direct.metadata.get("region"), "榆城市");
}

// Who chaired a meeting (会议由镇党委书记主持) and who compiled a report (由山西省…局编制) name no place's start: 由
// and the meeting are no part of one.
TEST(SectionsProbeS19, TheChairAndTheCompilerAreNoPlacesStart) {
  const auto meeting =
      process_text_with_default_pipeline(std::string("会议由镇党委书记主持，研究部署全年法治建设工作。\n") + kBody);
  EXPECT_EQ(meeting.metadata.get("region"), "");
  const auto compiled = process_text_with_default_pipeline(
      std::string("本年度报告是根据有关通知要求，由榆城市气象局编制。全文包括总体情况等6项内容。\n") + kBody);
  EXPECT_EQ(compiled.metadata.get("unit"), "榆城市气象局");
  EXPECT_EQ(compiled.metadata.get("region"), "榆城市");
}

// A bureau's summary of its whole year with its next year's plan, whose title and opening never name the rule-of-law
// work, is another report; a township's report filed under such a title opens on the 法治 work and stays one.
TEST(SectionsProbeS19, AUnitsWholeYearSummaryIsAnotherReport) {
  const auto bureau = process_text_with_default_pipeline(
      std::string("青石县气象局2024年工作总结及2025年工作思路\n"
                  "2024年，县气象局紧密围绕县委县政府中心工作，扎实推进气象现代化建设。现将主要情况总结如下：\n") +
      kBody);
  EXPECT_EQ(bureau.metadata.get("genre"), "other-report");
  const auto township = process_text_with_default_pipeline(
      std::string("柳溪镇2024年工作总结\n2024年，柳溪镇扎实推进法治政府建设，依法全面履行政府职能。\n") + kBody);
  EXPECT_EQ(township.metadata.get("genre"), "");
  const auto subject = process_text_with_default_pipeline(
      std::string("青石县气象局2024年气象服务工作总结\n2024年，县气象局扎实推进气象现代化建设。\n") + kBody);
  EXPECT_EQ(subject.metadata.get("genre"), "");
}

// Lists of items run on across the topics of one part and restart under those of others: the vote goes to
// restarting, yet the part that runs on keeps its style; only a first item that fits neither its part's style is a
// gap, and a part that mixes both still flags the carried-over number.
TEST(SectionsProbeS19, EachPartKeepsItsOwnNumberingStyle) {
  EXPECT_THAT(
      issue_types(process_text_with_default_pipeline(
          "一、主要举措和成效\n（一）加强组织领导\n1.健全机制。\n2.压实责任。\n（二）规范行政执法\n3.严格程序。\n"
          "4.加强监督。\n二、存在的不足和原因\n（一）执法力量不足\n1.人员少。\n2.培训少。\n（二）普法不深\n1."
          "形式单一。\n"
          "三、2025年工作计划\n（一）加强队伍建设\n1.充实力量。\n（二）深化普法\n1.创新形式。")),
      IsEmpty());
  EXPECT_THAT(
      issue_types(process_text_with_default_pipeline(
          "一、主要举措和成效\n（一）加强组织领导\n1.健全机制。\n2.压实责任。\n（二）规范行政执法\n5.严格程序。\n"
          "二、存在的不足和原因\n（一）执法力量不足\n1.人员少。\n（二）普法不深\n1.形式单一。")),
      ElementsAre("number-gap"));
  // The continuous style winning the vote, a part whose topics all restart keeps its style too.
  EXPECT_THAT(
      issue_types(process_text_with_default_pipeline("一、甲\n（一）a\n1.x。\n2.y。\n（二）b\n3.z。\n4.w。\n（三）c\n5."
                                                     "v。\n二、乙\n（一）d\n1.u。\n（二）e\n1.t。")),
      IsEmpty());
}

}  // namespace
}  // namespace docpipe
