// input.txt's tables laid out with spaces (plugins/input_txt/space_tables.hpp): which runs of lines are a
// table's rows, and the columns their cells are given — and the lines of a report that never are rows.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "space_tables.hpp"
#include "test_support.hpp"
#include "txt_input.hpp"

namespace docpipe::txt {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The rows found in `text`, each as "line: cells" with the cells' tabs written as |.
std::vector<std::string> rows_of(const std::string& text) {
  std::vector<std::string> owned;
  for (std::size_t from = 0; from <= text.size();) {
    const std::size_t end = std::min(text.find('\n', from), text.size());
    owned.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  std::vector<SourceLine> lines;
  for (const auto& line : owned) lines.push_back({line, false});
  std::vector<std::string> rows;
  for (const auto& row : find_space_rows(lines)) {
    std::string cells = row.cells;
    for (char& c : cells) c = c == '\t' ? '|' : c;
    rows.push_back(std::to_string(row.line) + ": " + cells);
  }
  return rows;
}

// Typed in an editor: a Chinese character is two columns, the figures set right under their years.
TEST(SpaceTables, ATypedTableOfFiguresIsRows) {
  EXPECT_THAT(rows_of("全年案件情况如下：\n"
                      "项目                  2023年    2024年    增减\n"
                      "行政复议案件              38        45      +7\n"
                      "行政诉讼案件              12         9      -3\n"
                      "二、存在的不足"),
              ElementsAre("1: 项目|2023年|2024年|增减", "2: 行政复议案件|38|45|+7", "3: 行政诉讼案件|12|9|-3"));
}

// Ideographic spaces part cells as ASCII spaces do.
TEST(SpaceTables, IdeographicSpacesPartCells) {
  EXPECT_THAT(rows_of("村名　　　　受理纠纷　　调解成功\n清河村　　　36　　　　　35\n合计　　　　64　　　　　62"),
              ElementsAre("0: 村名|受理纠纷|调解成功", "1: 清河村|36|35", "2: 合计|64|62"));
}

// pdftotext -layout gives every character one column of its grid, Chinese or not: by screen width its figures
// stand off their headers, by characters they line up.
TEST(SpaceTables, PdftotextsGridCountsCharacters) {
  EXPECT_THAT(rows_of(" 乡镇        检查（户次）      立案（件）         结案（件）     罚没款（万元）\n"
                      " 龙泉镇         142           12         11           3.6\n"
                      " 凤凰镇         98            7           7           1.9"),
              ElementsAre("0: 乡镇|检查（户次）|立案（件）|结案（件）|罚没款（万元）", "1: 龙泉镇|142|12|11|3.6",
                          "2: 凤凰镇|98|7|7|1.9"));
}

// An empty cell keeps its column; a header set off its figures (a wide cell's centred title) joins their column.
TEST(SpaceTables, AnEmptyCellAndAHeaderSetOffItsFiguresKeepTheColumns) {
  EXPECT_THAT(rows_of("乡镇            受理      调解成功  成功率\n"
                      "青禾镇          40        38        95%\n"
                      "白沙乡          47                  —"),
              ElementsAre("0: 乡镇|受理|调解成功|成功率", "1: 青禾镇|40|38|95%", "2: 白沙乡|47||—"));
  EXPECT_THAT(rows_of("部门          立案               结案\n"
                      "市场监管                 46      44\n"
                      "生态环境                 17      17"),
              ElementsAre("0: 部门|立案|结案", "1: 市场监管|46|44", "2: 生态环境|17|17"));
}

// pdftotext leaves one space between a row's label and a narrow column's figure: the figure is a cell; a year's
// 年 after a space (2023 年) stays the year's.
TEST(SpaceTables, ALabelOneSpaceBeforeAFigureIsTwoCells) {
  EXPECT_THAT(rows_of("滨江 126      118   6\n桥东 94       90    3"),
              ElementsAre("0: 滨江|126|118|6", "1: 桥东|94|90|3"));
  EXPECT_THAT(rows_of("类别    2023 年       2024 年\n行政检查    312          296"),
              ElementsAre("0: 类别|2023 年|2024 年", "1: 行政检查|312|296"));
}

// A row of words alone, lined up or not, holds no figure: two lines of words are no table.
TEST(SpaceTables, LinesOfWordsWithoutAFigureAreNoTable) {
  EXPECT_THAT(rows_of("项目          行政复议      行政诉讼\n类别          复议机关      审理法院"), IsEmpty());
}

// What reports spread or push with spaces and never is a table's row.
TEST(SpaceTables, TitlesSignaturesHeadingsParagraphsAndLabelsAreNoRows) {
  for (const char* text : {
           // a title spread letter by letter, over its year
           "法  治  政  府  建  设  年  度  报  告\n（  2  0  2  4  年  度  ）",
           // a title and a subtitle parted by spaces
           "宁丰县司法局  2024年法治政府建设工作报告\n宁丰县司法局  2025年1月10日",
           // a signature pushed right over its date
           "                              宁丰县青石镇人民政府\n                              2025年1月10日",
           // an annex list beside the signature
           "附件：1.行政执法数据表          宁丰县人民政府\n      2.行政复议情况表          2025年1月10日",
           // indented paragraphs
           "　　2024年，我镇全年办理行政复议案件12件。\n　　全年开展法治讲座14期，受众1200人次。",
           // headings whose markers spaces part from their titles
           "一、  主要工作\n（一）  加强组织领导\n1.  健全制度  2项",
           // a table of contents typed with spaces
           "一、主要工作          1\n二、存在的不足        5\n三、下一步打算        6",
           // numbered items with their amounts set apart, which analysis.sections reads as a list
           "1.法治宣传经费        12.5万元\n2.法律顾问费用        8万元\n3.执法装备购置        36.2万元",
           // a portal's record table copied with spaces
           "索 引 号：  001234567/2025-00012    信息分类：  法治政府\n"
           "发布机构：  宁丰县司法局            生成日期：  2025-01-10\n"
           "文    号：  宁司〔2025〕3号          有 效 性：  有效",
           // a record table whose counts line up under their labels
           "发布机构：  宁丰县司法局        浏览次数：  312\n"
           "发布日期：  2025-01-10          访问次数：  1,024",
           // contact lines
           "联系人：王明    电话：0571-88886666\n地址：宁丰县人民路1号    邮编：311000",
           "联系人：  王明      电话：  88886666\n传  真：  88886667  邮编：  311000",
       }) {
    EXPECT_THAT(rows_of(text), IsEmpty()) << text;
  }
}

// pdftotext justifies a paragraph's lines with spaces around its half-width figures: the text of each line runs
// across the spaces of the next, and its pieces end in sentence punctuation.
TEST(SpaceTables, AJustifiedParagraphIsNoTable) {
  EXPECT_THAT(rows_of("  2024 年，县政府全面贯彻落实中央、省、市关于法治政府建设的决策部署，全年共办理\n"
                      "行政复议案件  45  件，同比增长  15.6%，行政诉讼案件  12  件，行政机关负责人出庭\n"
                      "应诉率达  100%，全年开展法治培训  18  场次，培训人员  1,260  人次，组织执法人员\n"
                      "参加行政执法资格考试  2  次，新增持证人员  87  人，持证率达到  98.5%  以上，各项"),
              IsEmpty());
  // without a comma in them, the pieces of two justified lines still do not line up
  EXPECT_THAT(rows_of("全年共办理行政复议案件  45  件同比增长  15  件行政诉讼案件\n"
                      "共计受理行政诉讼案件和行政复议  12  件负责人出庭应诉率达  100%"),
              IsEmpty());
}

// Lines of one field, a line with a tab (the tab rule's) and a lone aligned line are no rows here.
TEST(SpaceTables, OneLineAndTabbedLinesAreLeftAlone) {
  EXPECT_THAT(rows_of("行政复议案件      45\n"), IsEmpty());
  EXPECT_THAT(rows_of("项目\t2023年\t2024年\n行政复议案件\t38\t45"), IsEmpty());
}

// The rows found replace their lines, tab-separated; the other lines are kept as they are.
TEST(SpaceTables, RowsReplaceTheirLinesWithTabs) {
  const std::vector<std::string> owned = {"情况如下：", "项目      2024年", "调解      312", "完"};
  std::vector<SourceLine> source;
  for (const auto& line : owned) source.push_back({line, false});
  const auto with_tabs = with_space_rows_as_tabs(source);
  ASSERT_EQ(with_tabs.lines.size(), 4u);
  EXPECT_EQ(with_tabs.lines[0].text, "情况如下：");
  EXPECT_EQ(with_tabs.lines[1].text, "项目\t2024年");
  EXPECT_EQ(with_tabs.lines[2].text, "调解\t312");
  EXPECT_EQ(with_tabs.lines[3].text, "完");
}

Document read_txt(const std::string& bytes) {
  TxtSettings settings;
  settings.fallback_encoding = "GB18030";
  TxtInput input(settings);
  Document document;
  input.read(bytes, document);
  return document;
}

// Read by input.txt, the rows are table cells as a table pasted with tabs gives them; the lines around stay.
TEST(SpaceTables, InputTxtReadsTheRowsAsTableCells) {
  const Document document = read_txt(
      "情况如下：\n项目                  2023年    2024年\n行政复议案件              38        45\n"
      "                              某某镇人民政府");
  EXPECT_EQ(document.text, "情况如下：\n项目\n2023年\n2024年\n行政复议案件\n38\n45\n某某镇人民政府");
  ASSERT_EQ(document.blocks.size(), 8u);
  EXPECT_EQ(document.blocks[0].kind, BlockKind::paragraph);
  EXPECT_EQ(document.blocks[6].kind, BlockKind::table_cell);
  EXPECT_EQ(document.blocks[6].row, 1);
  EXPECT_EQ(document.blocks[6].column, 2);
  EXPECT_EQ(document.blocks[7].kind, BlockKind::paragraph);
}

// A report copied out of a PDF with pdftotext -layout (tests/data/space-tables/pdftotext-layout.txt): its
// paragraphs are reflowed as before, its table's rows are table cells, and analysis.metrics names each figure by
// its row and takes its unit from the 单位：件 over the table.
TEST(SpaceTablesEndToEnd, APdftotextLayoutReportsTableIsReadAsATable) {
  const Document document =
      test::process_with_default_pipeline(test::kTestData / "space-tables" / "pdftotext-layout.txt");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_NE(document.metadata.get("reflowed_line_breaks"), "0");
  EXPECT_THAT(test::table_cells(document), ElementsAre("0:0:0=类别", "0:0:1=2023 年", "0:0:2=2024 年", "0:1:0=行政许可",
                                                       "0:1:1=1,204", "0:1:2=1,316", "0:2:0=行政检查", "0:2:1=486",
                                                       "0:2:2=521", "0:3:0=行政处罚", "0:3:1=97", "0:3:2=112"));
  std::vector<std::string> figures;
  for (const Metric& m : document.metrics) {
    figures.push_back(m.indicator + " " + m.text + " " + m.unit);
  }
  EXPECT_THAT(figures, ::testing::IsSupersetOf({"行政许可 1,204 件", "行政许可 1,316 件", "行政检查 486 件",
                                                "行政处罚 97 件", "行政处罚 112 件"}));
  EXPECT_EQ(document.metadata.get("date"), "2025-01-20");
}

// A report typed with spaces (tests/data/space-tables/typed-table.txt): two tables, one aligned with ASCII
// spaces and one with ideographic spaces, are read as tables; its spread title, its headings with spaces, its
// contact lines and its signature are what they were.
TEST(SpaceTablesEndToEnd, ATypedReportsTablesAreReadAndItsOtherLinesAreNot) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "space-tables" / "typed-table.txt");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  const auto cells = test::table_cells(document);
  ASSERT_EQ(cells.size(), 28u);
  EXPECT_EQ(cells.front(), "0:0:0=项目");
  EXPECT_EQ(cells[5], "0:1:1=21");
  EXPECT_EQ(cells[16], "1:0:0=村名");
  EXPECT_EQ(cells.back(), "1:3:2=62");
  std::vector<std::string> figures;
  for (const Metric& m : document.metrics) figures.push_back(m.indicator + " " + m.text + " " + m.unit);
  EXPECT_THAT(figures, ::testing::IsSupersetOf({"行政复议案件 21 件", "行政复议案件 26 件", "负责人出庭应诉率 100% %",
                                                "清河村受理纠纷 36 件", "合计调解成功 62 件"}));
  for (const Metric& m : document.metrics) EXPECT_EQ(m.indicator.find(' '), std::string::npos) << m.indicator;
  EXPECT_THAT(test::section_headings(document), ::testing::Contains(::testing::HasSubstr("主要工作")));
  EXPECT_NE(document.text.find("联系人：李红 电话：0871-66601234\n"), std::string::npos);
  EXPECT_EQ(document.metadata.get("date"), "2025-01-15");
  EXPECT_EQ(document.metadata.get("unit"), "云岭乡人民政府");
}

}  // namespace
}  // namespace docpipe::txt
