// input.txt's tables written with bars between their cells (plugins/input_txt/bar_tables.hpp): which lines are a
// table's rows and the tab-separated form they are given, the lines with bars that never are rows, and what
// analysis.metrics and analysis.anomalies then read in such a table.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bar_tables.hpp"
#include "docpipe/text.hpp"
#include "test_support.hpp"
#include "txt_input.hpp"

namespace docpipe::txt {
namespace {

using ::testing::ElementsAre;
using ::testing::IsSupersetOf;

// The lines of `text` after the bar rule, a row's tabs written as `\t` → `^`.
std::vector<std::string> lines_after(const std::string& text, const ArtifactFilter* filter = nullptr) {
  std::vector<std::string> owned;
  for (std::size_t from = 0; from <= text.size();) {
    const std::size_t end = std::min(text.find('\n', from), text.size());
    owned.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  std::vector<SourceLine> source;
  for (const auto& line : owned) source.push_back({line, false});
  const LinesWithBarRows result = with_bar_rows_as_tabs(source, filter);
  EXPECT_EQ(result.lines.size(), result.source.size());
  std::vector<std::string> lines;
  for (const auto& line : result.lines) {
    std::string text_of_line(line.text);
    std::replace(text_of_line.begin(), text_of_line.end(), '\t', '^');
    lines.push_back(text_of_line);
  }
  return lines;
}

// A portal's table flattened to rows of cells: the title spanning it is its one cell, an empty cell keeps its
// column, the bar closing a row parts nothing.
TEST(BarTables, RowsOfCellsPartedByBarsAreRewrittenWithTabs) {
  EXPECT_THAT(lines_after("处罚情况见下表。\n"
                          "行政处罚实施数量(宗) | ||||\n"
                          "警告 | 罚款 | 合计(宗) | 罚没金额(万元) |\n"
                          "12 | 95 | 107 | 17.5 |\n"
                          "| 其中：简易程序 | | 30 | |\n"
                          "二、存在的不足"),
              ElementsAre("处罚情况见下表。", "行政处罚实施数量(宗)", "警告^罚款^合计(宗)^罚没金额(万元)",
                          "12^95^107^17.5", "其中：简易程序^^30^", "二、存在的不足"));
}

// A Markdown table: bars at both ends, its alignment row no line at all; fullwidth bars part cells as well.
TEST(BarTables, AMarkdownTablesAlignmentRowGoesAndFullwidthBarsPartCells) {
  EXPECT_THAT(lines_after("| 申请事项 | 政府信息公开 | 行政处罚 |\n|---|:--:|--:|\n| 数量 | 16件 | 40件 |\n"
                          "| 占比 | 10.59% | 26.49% |"),
              ElementsAre("申请事项^政府信息公开^行政处罚", "数量^16件^40件", "占比^10.59%^26.49%"));
  EXPECT_THAT(lines_after("村名｜受理｜调解成功\n青石村｜36｜35"), ElementsAre("村名^受理^调解成功", "青石村^36^35"));
}

// A row the tab rule then leaves alone — cut off from the table by a heading between — is given back as the file
// wrote it, not as tabs that would become spaces and glue its figures to its words (`1 榆城市卫生健康委 0 1`).
TEST(BarTables, ARowTheTabRuleLeavesAloneKeepsItsBars) {
  EXPECT_THAT(lines_after("序号 | 单位名称 | 罚款(宗) | 合计(宗) |\n警告 | 罚款 | 合计 | |\n（一）本单位实施的 | |||\n"
                          "1 | 榆城市卫生健康委 | 0 | 1 |"),
              ElementsAre("序号^单位名称^罚款(宗)^合计(宗)", "警告^罚款^合计^", "（一）本单位实施的",
                          "1 | 榆城市卫生健康委 | 0 | 1 |"));
}

// A page that broke a cell's text onto a new line leaves a space there in its copy: one space between two Chinese
// characters goes, in the headers and in a title row alike; one by Latin letters or digits, and a run of two, stay.
TEST(BarTables, ASpaceWhereThePageBrokeACellBetweenChineseCharactersGoes) {
  EXPECT_THAT(lines_after("行政处罚 实施数量(宗) | |||\n"
                          "没收违法 所得、没收 非法财物 | 行政 拘留 | COVID 19 防控 | 青石村  白沙村 |\n"
                          "235 | 504 | 12 | 3 |"),
              ElementsAre("行政处罚实施数量(宗)", "没收违法所得、没收非法财物^行政拘留^COVID 19 防控^青石村  白沙村",
                          "235^504^12^3"));
}

// A row declaring the table's unit (单位：件, in the first cell or pushed right into the last) is its caption, no
// label of a record table and its value: it stays a line right above the table. A name after 单位： is a label.
TEST(BarTables, ARowDeclaringTheUnitIsTheTablesCaption) {
  EXPECT_THAT(lines_after("单位：件 | | |\n类别 | 警告 | 罚款\n数量 | 12 | 95"),
              ElementsAre("单位：件", "类别^警告^罚款", "数量^12^95"));
  EXPECT_THAT(lines_after("| | | 计量单位：件、万元 |\n类别 | 警告 | 罚款\n数量 | 12 | 95"),
              ElementsAre("计量单位：件、万元", "类别^警告^罚款", "数量^12^95"));
  EXPECT_THAT(lines_after("单位：青石县司法局 | | |\n类别 | 警告 | 罚款\n数量 | 12 | 95"),
              ElementsAre("单位：青石县司法局 | | |", "类别^警告^罚款", "数量^12^95"));
}

// Lines with bars that are no table: a menu, a stamp, a line of prose with a bar, labels with their values, a
// list of links whose figures stand in its first column only, a table copied one cell a line, an alignment row
// with no table around it, rows of figures with no header row.
TEST(BarTables, MenusStampsProseLabelsAndLinksAreNoRows) {
  const std::vector<std::string> none = {
      "首页 | 政务公开 | 网站地图 | 联系我们\n政务服务 | 互动交流 | 走进榆城",
      "2026-01-20 17:01 | 榆城市水务局\n2026-01-21 09:30 | 榆城市水务局",
      "全年受理复议案件24件 | 办结22件。\n其余2件正在审理 | 将于下月办结。",
      "索引号: | 1150-2026-00028 | 发布机构: | 榆城市水务局 |\n发布日期: | 2026-01-20 | 浏览次数: | 356 |",
      "全省律师4.2万 | 榆城市律师行业数据发布\n律所46家 | 青石县律师事务所名录",
      "事项 |\n行政处罚 |\n数量 |\n33 |",
      "|---|---|",
      // rows of a label and its figures with no header over them name their figures in their own words
      "全年主要执法数据如下：\n行政处罚 | 120件 | 罚没款50万元\n行政检查 | 360次 | 发现问题42个",
  };
  for (const std::string& text : none) {
    std::string expected = text;
    const auto lines = lines_after(text);
    for (const auto& line : lines) EXPECT_EQ(line.find('^'), std::string::npos) << line;
    EXPECT_EQ(lines.size(), static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n') + 1)) << text;
  }
}

// A portal's record table the artifact rules remove (web-metadata-table) stays a line for them even when a value
// in it reads as a figure.
TEST(BarTables, ARecordTableTheArtifactRulesTakeIsNoTable) {
  const ArtifactFilter filter;
  EXPECT_THAT(
      lines_after("| 发布机构 | 榆城市应急管理局 | 有效性 | 有效 |\n| 主题分类 | 安全生产 | 浏览次数 | 356 |", &filter),
      ElementsAre("| 发布机构 | 榆城市应急管理局 | 有效性 | 有效 |", "| 主题分类 | 安全生产 | 浏览次数 | 356 |"));
}

Document read_txt(const std::string& bytes) {
  TxtSettings settings;
  settings.fallback_encoding = "GB18030";
  settings.remove_artifacts = true;
  TxtInput input(settings);
  Document document;
  input.read(bytes, document);
  return document;
}

// Read by input.txt, the rows are table cells with their rows and columns; the record rows above are removed and
// recorded as before; the lines around stay.
TEST(BarTables, InputTxtReadsTheRowsAsTableCellsAndStillRemovesARecordTable) {
  const Document document = read_txt(
      "| 索引号 | 11530000MB1234567X/2026-00028 | 发文字号 | 无 |\n"
      "| 发布机构 | 榆城市应急管理局 | 文 号 | 榆应急〔2026〕11号 |\n"
      "榆城市应急管理局2025年度法治政府建设情况报告\n处罚情况如下：\n| 类别 | 警告 | 罚款 |\n|---|---|---|\n"
      "| 数量 | 12 | 95 |\n完");
  EXPECT_EQ(document.text,
            "榆城市应急管理局2025年度法治政府建设情况报告\n处罚情况如下：\n类别\n警告\n罚款\n数量\n12\n95\n完");
  EXPECT_THAT(test::table_cells(document),
              ElementsAre("0:0:0=类别", "0:0:1=警告", "0:0:2=罚款", "0:1:0=数量", "0:1:1=12", "0:1:2=95"));
  EXPECT_EQ(document.metadata.get("web.publisher"), "榆城市应急管理局");
  EXPECT_EQ(document.metadata.all("removed.web-metadata-table").size(), 2u);
}

// The joined cells are the document's text: the blocks' offsets find them whole, and so do the figures' names.
TEST(BarTablesEndToEnd, CellsBrokenByThePageAreJoinedInTheTextTheirBlocksAndTheFiguresNames) {
  const Document document = test::process_text_with_default_pipeline(
      "青石县2024年度行政执法数据\n"
      "行政处罚 实施数量(宗) | |||\n"
      "警告 | 没收违法 所得 | 行政 拘留 | 合计(宗) |\n"
      "31 | 12 | 5 | 48 |\n"
      "以上为全年数据。");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_THAT(test::table_cells(document), IsSupersetOf({"0:0:1=没收违法所得", "0:0:2=行政拘留", "0:1:2=5"}));
  const std::u32string text = decode_utf8(document.text);
  std::vector<std::string> figures;
  for (const Metric& m : document.metrics) {
    figures.push_back(m.indicator + " " + m.text + " " + m.unit);
    EXPECT_EQ(encode_utf8(text.substr(m.start, m.end - m.start)), m.text) << m.indicator;
  }
  EXPECT_THAT(figures, IsSupersetOf({"没收违法所得 12 宗", "行政拘留 5 宗"}));
}

// The title row of one cell over the headers (行政许可实施数量(宗) | ||||) is the line right above the table, so
// its unit is the table's, as a DOCX table's first row of one cell gives it: headers naming no unit count in it.
TEST(BarTablesEndToEnd, ATitleRowsUnitIsTheUnitOfTheFiguresUnderHeadersNamingNone) {
  const Document document = test::process_text_with_default_pipeline(
      "榆城市2024年度行政许可实施情况统计表\n"
      "行政许可实施数量(宗) | ||||\n"
      "申请数量 | 受理数量 | 许可数量 | 不予许可数量 |\n"
      "2656 | 2656 | 2646 | 10 |\n"
      "说明：数量以决定书为准。");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  std::vector<std::string> figures;
  for (const Metric& m : document.metrics) figures.push_back(m.indicator + " " + m.text + " " + m.unit);
  EXPECT_THAT(figures, IsSupersetOf({"申请数量 2656 宗", "许可数量 2646 宗", "不予许可数量 10 宗"}));
}

// A caption row declaring the unit gives it to the figures under headers naming none.
TEST(BarTablesEndToEnd, ARowDeclaringTheUnitGivesItToTheTablesFigures) {
  const Document document = test::process_text_with_default_pipeline(
      "榆城市2024年度行政复议案件统计\n"
      "单位：件 | | |\n"
      "类别 | 受理 | 办结 |\n"
      "行政复议 | 36 | 33 |\n"
      "说明：数量以决定书为准。");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  std::vector<std::string> figures;
  for (const Metric& m : document.metrics) figures.push_back(m.indicator + " " + m.text + " " + m.unit);
  EXPECT_THAT(figures, IsSupersetOf({"行政复议受理 36 件", "行政复议办结 33 件"}));
}

// A portal page copied as text (tests/data/bar-tables/enforcement-page.txt): its menu, record table and stamp are
// removed as before; its two bar tables are tables, their figures named by their headers with the headers' units;
// the 合计 column that does not add up is flagged.
TEST(BarTablesEndToEnd, APortalPagesBarTablesAreReadAndTheirTotalChecked) {
  const Document document =
      test::process_with_default_pipeline(test::kTestData / "bar-tables" / "enforcement-page.txt");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  const auto cells = test::table_cells(document);
  EXPECT_THAT(cells, IsSupersetOf({"0:0:0=警告、通报批评", "0:0:4=合计(宗)", "0:1:0=136", "0:1:4=1321",
                                   "1:0:0=申请事项", "1:1:1=16件", "1:2:2=26.49%"}));
  std::vector<std::string> figures;
  for (const Metric& m : document.metrics) figures.push_back(m.indicator + " " + m.text + " " + m.unit);
  EXPECT_THAT(figures, IsSupersetOf({"罚款 952 宗", "合计 1321 宗", "罚没金额 175.37 元", "政府信息公开 16件 件",
                                     "占新受理数比例行政处罚 26.49% %"}));
  for (const Metric& m : document.metrics) EXPECT_EQ(m.indicator.find('|'), std::string::npos) << m.indicator;
  EXPECT_TRUE(std::any_of(document.anomalies.begin(), document.anomalies.end(), [](const Anomaly& a) {
    return a.rule == "part-exceeds-total" && a.message.find("1121") != std::string::npos;
  })) << "the 合计(宗) 1321 against its parts 1121";
  EXPECT_EQ(document.text.find("首页"), std::string::npos);
  EXPECT_EQ(document.text.find("索引号"), std::string::npos);
  EXPECT_EQ(document.metadata.get("title"), "榆城市应急管理局2025年度法治政府建设情况报告");
}

}  // namespace
}  // namespace docpipe::txt
