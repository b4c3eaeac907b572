// analysis.sections on shapes the probes of session 46 left: a release of statistics that is no report, an organ of
// the State Council as the unit, and a township's report that names its town only in its body.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "document_genre.hpp"
#include "test_support.hpp"
#include "town_named_in_body.hpp"

namespace docpipe {
namespace {

using test::process_text_with_default_pipeline;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> anomaly_rules(const Document& document) {
  std::vector<std::string> rules;
  for (const auto& anomaly : document.anomalies) rules.push_back(anomaly.rule);
  return rules;
}

constexpr const char* kBody =
    "一、主要举措和成效\n（一）加强组织领导\n召开专题会议4次。\n二、存在的不足和原因\n执法人员仅有3名。\n"
    "三、2025年工作计划\n加强执法队伍建设。\n";

// A ministry's release of a year's figures, a table under a line or two, is said once to be no report: not asked for
// a report's parts nor held to its deadline, though its title, run into the first table's caption, names 情况.
TEST(SectionsProbeS20, AReleaseOfStatisticsIsNoReport) {
  const auto release = process_text_with_default_pipeline(
      "2023年榆城市行政复议、行政应诉案件统计数据表1：各区县受理行政复议案件情况\n"
      "发布时间：2024-09-20\n区县 | 数量 | 区县 | 数量\n青石县 | 412 | 柳溪区 | 388\n石门县 | 205 | 白沙区 | 97\n"
      "总计 | 1102 | |\n");
  EXPECT_EQ(release.metadata.get("genre"), "statistics");
  EXPECT_THAT(anomaly_rules(release), ElementsAre("not-a-report"));
  EXPECT_THAT(release.anomalies.front().message, HasSubstr("统计数据"));
  EXPECT_EQ(sections::genre_of_a_statistics_release(U"2024年度青石县行政执法数据统计").name, "statistics");
  // A report on the figures calls itself one, and one quoting a release's name in book marks is on its own work.
  EXPECT_EQ(sections::genre_of_a_statistics_release(U"青石县2024年行政执法统计数据分析报告").name, "");
  EXPECT_EQ(sections::genre_of_a_statistics_release(U"关于《2024年全省统计数据》的说明").name, "");
  EXPECT_EQ(sections::genre_of_a_statistics_release(U"青石县2024年法治政府建设情况").name, "");
}

// An organ of the State Council reports for no region, but it is the unit: before its Party committee's word (…总署
// 党委 …总署关于…), or a year.
TEST(SectionsProbeS20, AnOrganOfTheStateCouncilIsTheUnit) {
  const auto joint = process_text_with_default_pipeline(
      std::string("榆关总署党委 榆关总署关于2024年度推进法治政府建设情况的报告\n2024年，榆关总署坚持依法行政。\n") +
      kBody);
  EXPECT_EQ(joint.metadata.get("unit"), "榆关总署");
  EXPECT_EQ(joint.metadata.get("region"), "");
  const auto ministry = process_text_with_default_pipeline(
      std::string("水土保持部2024年法治政府建设年度报告\n2024年，水土保持部坚持依法行政。\n") + kBody);
  EXPECT_EQ(ministry.metadata.get("unit"), "水土保持部");
  const auto commission = process_text_with_default_pipeline(
      std::string("国家山林事务委员会关于2024年法治政府建设情况的报告\n2024年，委员会坚持依法行政。\n") + kBody);
  EXPECT_EQ(commission.metadata.get("unit"), "国家山林事务委员会");
  // A county's department (县委组织部), or words that end in 部 (全体干部), are no such organ.
  const auto county = process_text_with_default_pipeline(
      std::string("县委组织部2024年法治建设工作报告\n2024年，全体干部坚持依法办事。\n") + kBody);
  EXPECT_EQ(county.metadata.get("unit"), "");
}

// A township's report whose title names no place, speaking of itself as 我镇, is the town's it names in its body
// clearly and repeatedly; a neighbour named once is not it, and two named as often leave it open.
TEST(SectionsProbeS20, ATownNamedOnlyInTheBodyIsTheRegion) {
  const std::string opening =
      "法治政府建设工作报告\n2024年，在县委、县政府的领导下，我镇全面推进法治政府建设。现将有关情况报告如下。\n";
  const auto town = process_text_with_default_pipeline(
      opening +
      "一、主要举措和成效\n结合石桥镇实际，出台《石桥镇2024年依法治镇工作要点》，与白沙镇开展联合执法1次。\n"
      "二、存在的不足和原因\n全镇执法人员仅有3名。\n三、2025年工作计划\n推进石桥镇“法治乡村”建设。\n");
  EXPECT_EQ(town.metadata.get("region"), "石桥镇");
  EXPECT_EQ(town.metadata.get("unit"), "石桥镇");
  const auto rivals = process_text_with_default_pipeline(
      opening +
      "一、主要举措和成效\n结合石桥镇、白沙镇实际，石桥镇与白沙镇开展联合执法，石桥镇和白沙镇共享调解员。\n"
      "二、存在的不足和原因\n执法人员仅有3名。\n三、2025年工作计划\n加强执法队伍建设。\n");
  EXPECT_EQ(rivals.metadata.get("region"), "");
  // Named once or twice, or a township's report speaking of a town (我乡 … 石桥镇): no place is taken.
  const auto once = process_text_with_default_pipeline(
      opening + "一、主要举措和成效\n结合石桥镇实际，依法治镇，建设法治城镇，全镇推进乡镇综合执法。\n" + kBody);
  EXPECT_EQ(once.metadata.get("region"), "");
  const std::vector<std::u32string> township{U"2024年，我乡全面推进法治政府建设。"};
  const std::vector<std::u32string_view> body{U"结合石桥镇实际，石桥镇、石桥镇。", U"统筹城乡发展，城乡、城乡。"};
  EXPECT_EQ(sections::town_named_in_the_body(township, body), U"");
}

}  // namespace
}  // namespace docpipe
