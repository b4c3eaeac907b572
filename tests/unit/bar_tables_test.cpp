// input.txt's tables written with bars between their cells (plugins/input_txt/bar_tables.hpp): which lines are a
// table's rows and the tab-separated form they are given, the lines with bars that never are rows, and what
// analysis.metrics and analysis.anomalies then read in such a table.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bar_tables.hpp"
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

// Lines with bars that are no table: a menu, a stamp, a line of prose with a bar, labels with their values, a
// list of links whose figures stand in its first column only, a table copied one cell a line, an alignment row
// with no table around it.
TEST(BarTables, MenusStampsProseLabelsAndLinksAreNoRows) {
  const std::vector<std::string> none = {
      "首页 | 政务公开 | 网站地图 | 联系我们\n政务服务 | 互动交流 | 走进榆城",
      "2026-01-20 17:01 | 榆城市水务局\n2026-01-21 09:30 | 榆城市水务局",
      "全年受理复议案件24件 | 办结22件。\n其余2件正在审理 | 将于下月办结。",
      "索引号: | 1150-2026-00028 | 发布机构: | 榆城市水务局 |\n发布日期: | 2026-01-20 | 浏览次数: | 356 |",
      "全省律师4.2万 | 榆城市律师行业数据发布\n律所46家 | 青石县律师事务所名录",
      "事项 |\n行政处罚 |\n数量 |\n33 |",
      "|---|---|",
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
