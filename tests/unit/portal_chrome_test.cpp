// Portal chrome in the shapes other platforms give it, as a copy of the page keeps it (own text, modelled on the
// pages of provincial platforms, a central portal's reprints, news sites and WeChat mirrors): the artifact filter
// takes the page's lines and reads their facts, and the report's own lines stay.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/flattened_record.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

const std::string kTitle = "青石县2024年度法治政府建设情况报告";
const std::string kOpening = "2024年，青石县坚持以习近平法治思想为指导，全面推进依法行政。";

std::vector<std::string> kept(const FilteredParagraphs& filtered) {
  std::vector<std::string> out;
  for (const auto& line : filtered.kept) out.push_back(line.text);
  return out;
}

std::vector<std::string> web_facts(const FilteredParagraphs& filtered) {
  std::vector<std::string> facts;
  for (const auto& [key, value] : filtered.metadata) {
    if (key.starts_with("web.")) facts.push_back(key + "=" + value);
  }
  return facts;
}

std::vector<std::string> removed_by(const FilteredParagraphs& filtered, const std::string& rule) {
  std::vector<std::string> lines;
  for (const auto& [key, value] : filtered.metadata) {
    if (key == "removed." + rule) lines.push_back(value);
  }
  return lines;
}

// The lines of a page's copy over the report's title and opening sentence.
FilteredParagraphs over_the_report(std::vector<std::string> chrome) {
  chrome.push_back(kTitle);
  chrome.push_back(kOpening);
  return ArtifactFilter().filter(chrome);
}

// The report's title, its text and signature, then `chrome` under it.
FilteredParagraphs under_the_report(const std::vector<std::string>& chrome) {
  std::vector<std::string> lines = {
      kTitle, kOpening, "一、主要举措和成效", "全年办理行政处罚案件58件。", "青石县人民政府", "2025年1月20日"};
  lines.insert(lines.end(), chrome.begin(), chrome.end());
  return ArtifactFilter().filter(lines);
}

// 制发机构 in brackets opens the record's line as the other labels do: the line is the page's, its facts read, and a
// flattened copy opening with it is split as one opening with [ 发布机构 ] is.
TEST(PortalChrome, TheIssuingOrgansBracketedLabelOpensARecordLine) {
  const auto filtered = over_the_report({"[ 制发机构 ] 青石县司法局 [ 发布日期 ] 2025-02-12"});
  EXPECT_THAT(kept(filtered), ElementsAre(kTitle, kOpening));
  EXPECT_THAT(removed_by(filtered, "web-bracketed-info"),
              ElementsAre("[ 制发机构 ] 青石县司法局 [ 发布日期 ] 2025-02-12"));
  EXPECT_THAT(web_facts(filtered), ElementsAre("web.published=2025-02-12", "web.publisher=青石县司法局"));
  EXPECT_THAT(over_the_report({"【发文机构】青石县司法局 【发布日期】2025-02-12"}).kept.size(), 2u);
  const ArtifactFilter filter;
  EXPECT_THAT(lines_of_a_flattened_record(
                  filter, "[ 制发机构 ] 青石县司法局 [ 发布日期 ] 2025-02-12 " + kTitle + " " + kOpening),
              ElementsAre("[ 制发机构 ] 青石县司法局 [ 发布日期 ] 2025-02-12", kTitle, kOpening));
}

// The record copied as a table's rows with bars, each row opening with a bracketed label after a bar (| [ 索引号 ] |
// …): the page's, its publisher read; a table of figures with bars under the title stays.
TEST(PortalChrome, ARecordsRowsCopiedWithBarsAreThePages) {
  const auto filtered = over_the_report(
      {"| [ 索引号 ] | 11500000MB1234567X/2025-00031 | [ 发文字号 ] | 无 |", "| [ 发布机构 ] | 青石县司法局 | | |"});
  EXPECT_THAT(kept(filtered), ElementsAre(kTitle, kOpening));
  EXPECT_EQ(removed_by(filtered, "web-bracketed-info").size(), 2u);
  EXPECT_THAT(web_facts(filtered),
              ElementsAre("web.index_number=11500000MB1234567X/2025-00031", "web.publisher=青石县司法局"));
  EXPECT_THAT(kept(over_the_report({"| 类别 | 数量（件） |"})), ElementsAre("| 类别 | 数量（件） |", kTitle, kOpening));
}

// A record's row pasted with only spaces between its cells (发布机构 青石县 司法局): the publisher is the place and the
// department, one name. A place with no department after it before the next label is no value.
TEST(PortalChrome, APublisherRowWithOnlySpacesBetweenItsCellsNamesThePublisher) {
  EXPECT_THAT(web_facts(over_the_report({"发布机构 青石县 司法局", "发布日期 2025-01-30"})),
              ElementsAre("web.publisher=青石县司法局", "web.published=2025-01-30"));
  EXPECT_THAT(web_facts(over_the_report({"发布机构 榆城市 白沙镇人民政府"})),
              ElementsAre("web.publisher=榆城市白沙镇人民政府"));
  EXPECT_THAT(web_facts(over_the_report({"发布机构 青石县 成文日期 2025-01-13"})), ElementsAre());
}

// A page that states its date twice (发布日期 in the record, 发布时间 on the info line) records it once; a second,
// different value is another fact and stays after the first.
TEST(PortalChrome, AFactStatedTwiceIsOneRow) {
  const auto twice = over_the_report({"成文日期：2025-03-26 发布日期：2025-03-29 有效性：有效",
                                      "来源：榆城市人民政府办公室 发布时间：2025-03-29 累计次数： 字体：[ ]"});
  EXPECT_THAT(web_facts(twice), ElementsAre("web.published=2025-03-29", "web.source=榆城市人民政府办公室"));
  const auto differing = over_the_report({"发布日期：2025-03-29", "发布时间：2025-03-30 来源：青石县司法局"});
  EXPECT_THAT(web_facts(differing),
              ElementsAre("web.published=2025-03-29", "web.published=2025-03-30", "web.source=青石县司法局"));
}

// The info line in parentheses, and a WeChat article's 来源丨 line, as news sites and accounts set them.
TEST(PortalChrome, AnInfoLineInParenthesesOrWithABarAfterItsLabelIsThePages) {
  const auto bracketed = over_the_report({"（发布时间：2025-03-12 来源：青石县司法局 浏览：126次）"});
  EXPECT_THAT(kept(bracketed), ElementsAre(kTitle, kOpening));
  EXPECT_THAT(web_facts(bracketed), ElementsAre("web.published=2025-03-12", "web.source=青石县司法局"));
  const auto bar = over_the_report({"来源丨青石县司法局"});
  EXPECT_THAT(kept(bar), ElementsAre(kTitle, kOpening));
  EXPECT_THAT(web_facts(bar), ElementsAre("web.source=青石县司法局"));
}

// A central portal's reprint stamps its name, its address and the time in 时 and 分 before the source.
TEST(PortalChrome, AReprintsLineWithTheTimeInHoursAndMinutesIsThePages) {
  const auto filtered =
      over_the_report({"榆城市政府门户网站 www.yucheng.gov.cn 2025年03月29日 15时57分 来源：榆城市司法局"});
  EXPECT_THAT(kept(filtered), ElementsAre(kTitle, kOpening));
  EXPECT_THAT(web_facts(filtered), ElementsAre("web.published=2025-03-29", "web.source=榆城市司法局"));
}

// A provincial platform's masthead and menu copied a link a line: the links and the menu's words are the page's, and
// the record's lines under them stay in the header zone (they were pushed out of it), the publisher read.
TEST(PortalChrome, AMastheadAndAMenuALinkALineAreThePages) {
  const auto filtered = over_the_report(
      {"登录 注册", "蒙古文版", "无障碍浏览", "长者模式", "手机版", "首页", "要闻动态", "政务服务", "政民互动",
       "走进榆城", "在线投稿 | 加入收藏 | 设为首页", "发布机构 榆城市人民政府 文 号 榆政发〔2025〕8号",
       "成文日期 2025-03-02", "发布日期：2025-03-05 12:41 信息来源：榆城市司法局"});
  EXPECT_THAT(kept(filtered), ElementsAre(kTitle, kOpening));
  EXPECT_THAT(web_facts(filtered),
              ElementsAre("web.publisher=榆城市人民政府", "web.published=2025-03-05", "web.source=榆城市司法局"));
  // 政务公开 and 信息公开 alone may be a line of a title set over several lines: they stay.
  EXPECT_THAT(kept(ArtifactFilter().filter({"青石县人民政府办公室", "政务公开", "工作年度报告", kOpening})),
              ElementsAre("青石县人民政府办公室", "政务公开", "工作年度报告", kOpening));
}

// A column's name alone over the title (法治政府建设专栏) is the page's; a report's sentence about a column is not.
TEST(PortalChrome, AColumnsNameAloneIsThePages) {
  EXPECT_THAT(kept(over_the_report({"法治政府建设专栏"})), ElementsAre(kTitle, kOpening));
  EXPECT_THAT(kept(ArtifactFilter().filter({kTitle, "（一）开设法治专栏，刊发普法文章36篇。"})),
              ElementsAre(kTitle, "（一）开设法治专栏，刊发普法文章36篇。"));
}

// Under the text: a WeChat mirror's 查看原文, the print and close buttons in other shapes, a credit's bracket broken
// onto a line of its own, and an attachment's file under 附件下载. A report's list of annexes names no file.
TEST(PortalChrome, ControlsBracketsAndAttachmentsUnderTheTextAreThePages) {
  const auto filtered =
      under_the_report({"查看原文", "打印此文 关闭窗口 返回顶部", "〖打印〗〖关闭〗", "【责任编辑：赵青", "】",
                        "附件下载：", "青石县2024年度法治政府建设情况报告.pdf", "1.青石县行政执法统计表.xlsx（25KB）"});
  EXPECT_THAT(kept(filtered), ElementsAre(kTitle, kOpening, "一、主要举措和成效", "全年办理行政处罚案件58件。",
                                          "青石县人民政府", "2025年1月20日"));
  EXPECT_THAT(removed_by(filtered, "attachment-file"),
              ElementsAre("青石县2024年度法治政府建设情况报告.pdf", "1.青石县行政执法统计表.xlsx（25KB）"));
  const auto annexes = under_the_report({"附件：1.青石县行政执法统计表", "2.青石县法治宣传活动清单"});
  EXPECT_EQ(annexes.kept.size(), 8u);
  // A report's pointer to its full text at an address is the report's.
  EXPECT_EQ(under_the_report({"报告全文见http://www.qsx-example.gov.cn/art/2025/1/20/report.pdf"}).kept.size(), 7u);
  // 查看原文 in a report's sentence is the report's.
  EXPECT_EQ(under_the_report({"组织干部查看原文原著12次。"}).kept.size(), 7u);
}

}  // namespace
}  // namespace docpipe
