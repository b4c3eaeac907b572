// input.pdf's tables: recognised from word boxes alone (table_layout.hpp), and laid into the blocks between the
// paragraphs (body_blocks.hpp). The layouts here are synthetic pages: words and where they sit, in points.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "body_blocks.hpp"
#include "cell_gaps.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/text.hpp"
#include "table_layout.hpp"
#include "test_support.hpp"

namespace docpipe::pdf {
namespace {

using layout::Line;
using layout::Word;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

constexpr double kCell = 12;  // the cells' type size
constexpr double kBody = 16;  // the body text's
// The white a document grid (Word's linesAndChars) prints between two characters in the cells' type.
constexpr double kGridGap = 5.6;

// A page laid out word by word: a CJK character is as wide as the type is high, an ASCII one about half.
class Page {
 public:
  explicit Page(int number) : number_(number) {}

  Page& word(double left, double top, const std::string& text, double size = kCell) {
    double width = 0;
    for (const char32_t c : decode_utf8(text)) width += c < 0x80 ? size * 0.55 : size;
    words_.push_back({left, top, left + width, top + size * 1.3, text, false});
    return *this;
  }
  // A table row: one word per cell, at the cells' left edges.
  Page& row(double top, const std::vector<std::pair<double, std::string>>& cells) {
    for (const auto& [left, text] : cells) word(left, top, text);
    return *this;
  }
  Page& prose(double top, double left, const std::string& text) { return word(left, top, text, kBody); }
  // A line under a document grid (or stretched): each character a word of its own, `gap` apart.
  Page& spread(double left, double top, const std::string& text, double gap = kGridGap) {
    for (const char32_t c : decode_utf8(text)) {
      word(left, top, encode_utf8(std::u32string(1, c)));
      left = words_.back().right + gap;
    }
    return *this;
  }

  // As input.pdf builds them: a row also parted at narrower gaps where another row's cell gap runs.
  std::vector<Line> lines() const { return lines_with_aligned_cells(words_, number_); }

 private:
  int number_;
  std::vector<Word> words_;
};

std::vector<Line> joined(std::initializer_list<std::vector<Line>> pages) {
  std::vector<Line> lines;
  for (const auto& page : pages) lines.insert(lines.end(), page.begin(), page.end());
  return lines;
}

std::vector<std::string> texts_of(const std::vector<Line>& lines) {
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.push_back(line.text);
  return texts;
}

// The cells as "row,column:text".
std::vector<std::string> cells_of(const LaidOutTable& table) {
  std::vector<std::string> cells;
  for (const auto& cell : table.cells) {
    cells.push_back(cell.note ? "note:" + cell.text
                              : std::to_string(cell.row) + "," + std::to_string(cell.column) + ":" + cell.text);
  }
  return cells;
}

// The blocks as "text" for a paragraph, "[table row,column] text" for a cell.
std::vector<std::string> blocks_of(const std::vector<SourceParagraph>& blocks) {
  std::vector<std::string> out;
  for (const auto& block : blocks) {
    if (block.hints.kind == BlockKind::table_cell) {
      out.push_back("[" + std::to_string(*block.hints.table) + " " + std::to_string(*block.hints.row) + "," +
                    std::to_string(*block.hints.column) + "] " + block.text);
    } else {
      out.push_back(block.text);
    }
  }
  return out;
}

// A Word table exported to PDF: 单位：件 flush right above it, centred cells, a rule's padding between rows.
Page enforcement_page() {
  Page page(1);
  page.prose(100, 111, "全年执法情况见下表。")
      .prose(130, 466, "单位：件")
      .row(160, {{130, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(188, {{118, "行政检查"}, {290, "312"}, {428, "296"}})
      .row(216, {{118, "行政处罚"}, {293, "87"}, {428, "102"}})
      .prose(250, 111, "二、存在的不足");
  return page;
}

TEST(PdfTables, RowsWhoseCellsShareColumnBandsAreATable) {
  const auto lines = enforcement_page().lines();
  const auto tables = find_tables(lines);
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:类别", "0,1:2023年", "0,2:2024年", "1,0:行政检查", "1,1:312",
                                               "1,2:296", "2,0:行政处罚", "2,1:87", "2,2:102"));
  ASSERT_THAT(tables[0].spans, SizeIs(1));
  EXPECT_EQ(lines[tables[0].spans[0].begin].text, "类别");
  EXPECT_EQ(lines[tables[0].spans[0].end].text, "二、存在的不足");
}

// Rows set single-spaced, Word's default in a table: each row's glyph boxes overlap the row above by a sliver.
TEST(PdfTables, RowsSetSingleSpacedAreRowsNotOneWrappedRow) {
  constexpr double kPitch = kCell * 1.3 - 1;  // the boxes are 1.3 type sizes tall
  Page page(1);
  page.prose(100, 111, "全年行政处罚案件情况如下：")
      .word(118, 130 - kPitch, "（一）行政处罚")  // a heading set as tight as the rows, right above them
      .row(130, {{118, "执法门类"}, {260, "案件数（件）"}, {400, "罚款（万元）"}})
      .row(130 + kPitch, {{118, "道路运输"}, {260, "231"}, {400, "42.6"}})
      .row(130 + 2 * kPitch, {{118, "路政"}, {260, "97"}, {400, "38.1"}})
      .row(130 + 3 * kPitch, {{118, "合计"}, {260, "328"}, {400, "80.7"}})
      .prose(200, 111, "二、存在的不足");
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:执法门类", "0,1:案件数（件）", "0,2:罚款（万元）", "1,0:道路运输", "1,1:231", "1,2:42.6",
                          "2,0:路政", "2,1:97", "2,2:38.1", "3,0:合计", "3,1:328", "3,2:80.7"));
}

TEST(PdfTables, TheCellsStandBetweenTheParagraphsAroundThem) {
  const auto blocks = body_blocks(enforcement_page().lines());
  EXPECT_THAT(blocks_of(blocks), ElementsAre("全年执法情况见下表。", "单位：件", "[0 0,0] 类别", "[0 0,1] 2023年",
                                             "[0 0,2] 2024年", "[0 1,0] 行政检查", "[0 1,1] 312", "[0 1,2] 296",
                                             "[0 2,0] 行政处罚", "[0 2,1] 87", "[0 2,2] 102", "二、存在的不足"));
  EXPECT_EQ(blocks[2].hints.page, 1);
}

// A cell wrapped inside its row, the other cells centred beside its two lines: three page lines, one row.
TEST(PdfTables, ACellWrappedAndCentredIsOneCell) {
  Page page(1);
  page.row(160, {{100, "执法部门"}, {282, "行政检查"}, {420, "行政处罚"}})
      .row(188, {{94, "县市场监管局"}, {296, "1,846"}, {434, "612"}})
      .word(94, 212, "县生态环境分")
      .row(222, {{296, "528"}, {434, "96"}})
      .word(118, 232, "局")
      .row(260, {{94, "县交通运输局"}, {296, "912"}, {434, "704"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:执法部门", "0,1:行政检查", "0,2:行政处罚", "1,0:县市场监管局", "1,1:1,846", "1,2:612",
                          "2,0:县生态环境分局", "2,1:528", "2,2:96", "3,0:县交通运输局", "3,1:912", "3,2:704"));
}

// Rows whose first cells wrap, centred beside the figures, one after another: the line a row's cell starts with
// sits closer under the row before than rows usually do, but closer still to its own figures.
TEST(PdfTables, RowsOfCentredWrappedCellsStayApart) {
  Page page(1);
  page.row(250, {{110, "服务项目"}, {235, "2023年"}, {345, "2024年"}})
      .word(98, 278, "律师代理诉讼")
      .row(288, {{230, "1,768"}, {341, "1,903"}})
      .word(116, 298, "（件）")
      .word(98, 318.5, "基层法律服务")
      .row(328.5, {{235, "529"}, {345, "506"}})
      .word(116, 338.5, "（件）")
      .row(367, {{92, "公证（件）"}, {230, "2,316"}, {341, "2,188"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:服务项目", "0,1:2023年", "0,2:2024年", "1,0:律师代理诉讼（件）",
                                               "1,1:1,768", "1,2:1,903", "2,0:基层法律服务（件）", "2,1:529", "2,2:506",
                                               "3,0:公证（件）", "3,1:2,316", "3,2:2,188"));
}

// LibreOffice's narrow columns: header cells 18 pt apart at 12 pt type, less than the cell gap a row is parted at.
// The data rows' cell gaps run through that gap, so the header's cells are apart too and every figure keeps its
// column (桥头村1 + 11 read 桥头村111 when 村（社区）排查纠纷 made one band).
TEST(PdfTables, HeaderCellsCloserThanACellGapArePartedWhereTheColumnsRun) {
  Page page(1);
  page.row(638.9, {{123.8, "序号"}, {201.9, "村（社区）"}, {280, "排查纠纷"}, {403.6, "调解成功"}});
  const std::vector<std::pair<std::string, std::string>> villages = {
      {"桥头村1", "11"}, {"上坪村2", "12"}, {"下坪村3", "13"}};
  double top = 656.3;
  for (std::size_t i = 0; i < villages.size(); ++i, top += 17.4) {
    page.row(top,
             {{132.5, std::to_string(i + 1)}, {209.4, villages[i].first}, {297.4, villages[i].second}, {421, "10"}});
  }
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:序号", "0,1:村（社区）", "0,2:排查纠纷", "0,3:调解成功", "1,0:1",
                                               "1,1:桥头村1", "1,2:11", "1,3:10", "2,0:2", "2,1:上坪村2", "2,2:12",
                                               "2,3:10", "3,0:3", "3,1:下坪村3", "3,2:13", "3,3:10"));
}

// A table set narrow, its columns fitted to what they hold (LibreOffice and Word set a small table so): only the
// cells' padding, 6 pt at 12 pt type, stands between them, less than half a line. The columns' boundaries run down
// through every row, so the rows are parted there: a table, and the sentence before it stays a paragraph of its own
// (…如下：执法领域立案数结案数罚没金额（万元） was one, the table lost).
TEST(PdfTables, ANarrowTableWhoseCellsOnlyTheirPaddingPartsIsATable) {
  Page page(1);
  page.prose(70, 56.8, "各领域办案情况如下：")
      .row(100, {{58.3, "执法领域"}, {112.3, "立案数"}, {153.6, "结案数"}, {194.9, "罚没金额（万元）"}})
      .row(117.6, {{58.3, "食品安全"}, {112.3, "42件"}, {153.6, "40件"}, {194.9, "18.6"}})
      .row(135.2, {{58.3, "特种设备"}, {112.3, "11件"}, {153.6, "11件"}, {194.9, "3.2"}})
      .row(152.8, {{58.3, "合计"}, {112.3, "53件"}, {153.6, "51件"}, {194.9, "21.8"}})
      .prose(180, 56.8, "二、主要负责人履行推进法治建设第一责任人职责情况");
  EXPECT_THAT(
      blocks_of(body_blocks(page.lines())),
      ElementsAre("各领域办案情况如下：", "[0 0,0] 执法领域", "[0 0,1] 立案数", "[0 0,2] 结案数",
                  "[0 0,3] 罚没金额（万元）", "[0 1,0] 食品安全", "[0 1,1] 42件", "[0 1,2] 40件", "[0 1,3] 18.6",
                  "[0 2,0] 特种设备", "[0 2,1] 11件", "[0 2,2] 11件", "[0 2,3] 3.2", "[0 3,0] 合计", "[0 3,1] 53件",
                  "[0 3,2] 51件", "[0 3,3] 21.8", "二、主要负责人履行推进法治建设第一责任人职责情况"));
}

// Narrow columns of single figures, 22 pt apart at 12 pt type (under the cell gap a row is parted at, and no wider
// gap on the page for them to line up with): each figure is a cell of its own, never 1505 or 1918.
TEST(PdfTables, FiguresInNarrowColumnsAreNeverOneNumber) {
  const std::vector<double> columns = {148.3, 178.0, 207.8, 237.5, 266.8, 296.2};
  const auto row_of = [&](double top, const std::string& label, const std::string& figures) {
    std::vector<std::pair<double, std::string>> cells = {{58.3, label}};
    for (std::size_t i = 0; i < figures.size(); ++i) cells.emplace_back(columns[i], figures.substr(i, 1));
    return std::make_pair(top, cells);
  };
  Page page(1);
  for (const auto& [top, cells] : {row_of(645.5, "镇政府", "331505"), row_of(663.1, "综合行政执法队", "214413"),
                                   row_of(680.8, "合计", "545918")}) {
    page.row(top, cells);
  }
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:镇政府", "0,1:3", "0,2:3", "0,3:1", "0,4:5", "0,5:0", "0,6:5", "1,0:综合行政执法队",
                          "1,1:2", "1,2:1", "1,3:4", "1,4:4", "1,5:1", "1,6:3", "2,0:合计", "2,1:5", "2,2:4", "2,3:5",
                          "2,4:9", "2,5:1", "2,6:8"));
}

// A row of three lines whose number is centred beside the second, under a header with a blank corner: the number
// opens the first column in the row it overlaps, and the row stays one (2 was a row of its own, cutting 约12.6 /
// 万元 and the work item in two).
TEST(PdfTables, ALineOverlappingARowIsTheRowsThoughItOpensAColumn) {
  Page page(1);
  page.row(120, {{88.3, "工作任务"}, {208.1, "责任单位"}, {262.0, "完成情况"}})
      .word(88.3, 156.6, "推进严格规范公正文")
      .row(149.6, {{208.1, "综合行"}, {262.0, "全年办理行政处罚案件38件，罚没款约12.6"}})
      .word(58.3, 163.6, "2")
      .word(88.3, 170.7, "明执法")
      .row(163.7, {{208.1, "政执法"}, {262.0, "万元，比上年减少3件"}})
      .word(208.1, 177.8, "队")
      .row(200, {{58.3, "3"}, {88.3, "加强规范性文件管理"}, {208.1, "司法所"}, {262.0, "清理文件9件"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,1:工作任务", "0,2:责任单位", "0,3:完成情况", "1,0:2", "1,1:推进严格规范公正文明执法",
                          "1,2:综合行政执法队", "1,3:全年办理行政处罚案件38件，罚没款约12.6万元，比上年减少3件",
                          "2,0:3", "2,1:加强规范性文件管理", "2,2:司法所", "2,3:清理文件9件"));
}

// A narrow table whose first column is a label merged down over rows (行政复议 over 收案 | 审结 | 纠错): the rows
// beside it leave that column empty, white through which its boundary runs on, so the label is parted from its
// row's item (行政复议审结 was one cell, and the table broke there in two).
TEST(PdfTables, ANarrowTablesColumnRunsOnThroughCellsMergedDown) {
  Page page(1);
  page.row(76.8, {{58.3, "类别"}, {112.3, "项目"}, {141.6, "一季度"}, {194.9, "二季度"}, {248.2, "合计"}})
      .row(94.4, {{112.3, "收案"}, {141.6, "12"}, {194.9, "15"}, {248.2, "27"}})
      .row(112.0, {{58.3, "行政复议"}, {112.3, "审结"}, {141.6, "10"}, {194.9, "14"}, {248.2, "24"}})
      .row(129.7, {{112.3, "纠错"}, {141.6, "2"}, {194.9, "1"}, {248.2, "3"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:类别", "0,1:项目", "0,2:一季度", "0,3:二季度", "0,4:合计",
                                               "1,1:收案", "1,2:12", "1,3:15", "1,4:27", "2,0:行政复议", "2,1:审结",
                                               "2,2:10", "2,3:14", "2,4:24", "3,1:纠错", "3,2:2", "3,3:1", "3,4:3"));
}

// Figures on one line that nothing parts into cells (no other row for a column to run down) keep the space between
// them: two numbers, 5 4 1, never 541.
TEST(PdfTables, FiguresApartOnALineOfTheirOwnStayApart) {
  Page page(1);
  page.row(680.8, {{148.3, "5"}, {178.0, "4"}, {207.8, "1"}});
  const auto lines = page.lines();
  ASSERT_THAT(lines, SizeIs(1));
  EXPECT_EQ(lines[0].text, "5 4 1");
}

// A numbered list with a tab after each number lines its items up as a column would, but two cells a row are no
// narrow table's: the lines stay whole, and no table is made of them.
TEST(PdfTables, ANumberedListWithTabsIsNoNarrowTable) {
  Page page(1);
  page.prose(100, 80, "1.")
      .prose(100, 106, "加强执法队伍建设。")
      .prose(128, 80, "2.")
      .prose(128, 106, "完善合法性审查机制。")
      .prose(156, 80, "3.")
      .prose(156, 106, "推进政务公开。");
  const auto lines = page.lines();
  EXPECT_THAT(find_tables(lines), IsEmpty());
  ASSERT_THAT(lines, SizeIs(3));
  EXPECT_EQ(lines[0].text, "1.加强执法队伍建设。");
}

// A two-column table set narrow (auto-fit: 受理 | 1,286, the cells' padding alone between them) lines up one
// boundary, as a numbered list with a tab does, but what stands right of it is a column of figures: its rows are a
// table's, and its header over that column (事项 | 数量) is parted there too. Both read 受理1,286 and 事项数量 before,
// and the table, its figures' names, were lost.
TEST(PdfTables, ATwoColumnTableSetNarrowOverAColumnOfFiguresIsATable) {
  Page page(1);
  page.prose(100, 111.5, "全年受理行政许可申请情况如下。")
      .row(130, {{269.6, "事项"}, {299.8, "数量"}})
      .row(152, {{269.6, "受理"}, {299.8, "1,286"}})
      .row(174, {{269.6, "办结"}, {299.8, "1,279"}})
      .row(196, {{269.6, "驳回"}, {299.8, "7"}})
      .prose(224, 111.5, "二、存在的不足");
  EXPECT_THAT(
      blocks_of(body_blocks(page.lines())),
      ElementsAre("全年受理行政许可申请情况如下。", "[0 0,0] 事项", "[0 0,1] 数量", "[0 1,0] 受理", "[0 1,1] 1,286",
                  "[0 2,0] 办结", "[0 2,1] 1,279", "[0 3,0] 驳回", "[0 3,1] 7", "二、存在的不足"));
}

// Lines whose words after a padded gap are figures with their units, or years, are no column of figures: a figure
// in a table's cell stands bare (1,286, 97.5%), where prose and a list write its unit (286件).
TEST(PdfTables, FiguresWithTheirUnitsAfterAPaddedGapAreNoColumnOfFigures) {
  Page page(1);
  page.row(130, {{269.6, "受理"}, {299.8, "286件"}})
      .row(152, {{269.6, "办结"}, {299.8, "279件"}})
      .row(174, {{269.6, "驳回"}, {299.8, "2024年"}});
  EXPECT_THAT(texts_of(page.lines()), ElementsAre("受理286件", "办结279件", "驳回2024年"));
}

// A scanner's invisible OCR layer sets the words of its prose unevenly apart, gaps of a cell's padding lining up
// down the page by chance: its lines stay whole (the narrow-table rule shattered a scanned report into 700 lines).
TEST(PdfTables, ProseWhoseWordsStandUnevenlyApartIsNoNarrowTable) {
  Page page(1);
  for (int r = 0; r < 6; ++r) {
    const double top = 100 + 28 * r;
    page.prose(top, 80, "全年办理")
        .prose(top, 150, "行政执法案件")
        .prose(top, 254, "八十七件，")
        .prose(top, 342, "同比下降。");
  }
  const auto lines = page.lines();
  EXPECT_THAT(find_tables(lines), IsEmpty());
  ASSERT_THAT(lines, SizeIs(6));
  EXPECT_EQ(lines[0].text, "全年办理行政执法案件八十七件，同比下降。");
}

// A header whose cells are centred at different heights, some wrapped (排查纠纷 / （件）, 调解成 / 功（件） beside
// 序号 and 村（社区）): the lines over and under the header row's are that row's, each cell whole.
TEST(PdfTables, AHeaderCentredAtDifferentHeightsIsOneRow) {
  Page page(1);
  page.word(299.8, 143.8, "调解成")
      .word(243.2, 150.8, "排查纠纷")
      .row(157.9, {{112.9, "序号"}, {173.9, "村（社区）"}, {311.8, "功"}, {382.3, "法律明白人（名）"}})
      .word(249.2, 164.9, "（件）")
      .word(299.8, 172.0, "（件）")
      .row(189.4, {{121.6, "1"}, {185.9, "双溪村"}, {260.6, "34"}, {311.2, "33"}, {427.0, "9"}})
      .row(206.8, {{121.6, "2"}, {185.9, "桥头村"}, {260.6, "27"}, {311.2, "27"}, {427.0, "7"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:序号", "0,1:村（社区）", "0,2:排查纠纷（件）", "0,3:调解成功（件）",
                                               "0,4:法律明白人（名）", "1,0:1", "1,1:双溪村", "1,2:34", "1,3:33",
                                               "1,4:9", "2,0:2", "2,1:桥头村", "2,2:27", "2,3:27", "2,4:7"));
}

// A page number under such a table stays one line, which the furniture pass sets aside whole (— 1 — was parted into
// —1 and — where a column's gap ran through it).
TEST(PdfTables, APageNumberUnderATableIsNotPartedAtItsColumns) {
  Page page(1);
  page.row(638.9, {{123.8, "序号"}, {201.9, "村（社区）"}, {280, "排查纠纷"}, {403.6, "调解成功"}});
  for (int i = 0; i < 3; ++i) {
    page.row(656.3 + 17.4 * i, {{132.5, std::to_string(i + 1)}, {209.4, "桥头村"}, {297.4, "11"}, {421, "10"}});
  }
  page.row(780, {{240, "—"}, {265, "1"}, {285, "—"}});
  const auto lines = page.lines();
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const auto& line) {
    return line.text.find("—") != line.text.rfind("—") && line.text.find('1') != std::string::npos;
  }));
}

// A line of prose whose words stand apart by less than a cell gap is never parted when no table's column runs
// through the gap; the gap a hand set between its words of Chinese reads as one space.
TEST(PdfTables, AWideGapInProseAloneIsNoCellGap) {
  Page page(1);
  page.prose(100, 111, "联系人：张三")
      .prose(100, 111 + 6 * kBody + 20, "电话：12345678")
      .prose(130, 111, "二、存在的不足");
  const auto lines = page.lines();
  ASSERT_THAT(lines, SizeIs(2));
  EXPECT_EQ(lines[0].text, "联系人：张三 电话：12345678");
}

// A category cell merged over two rows, centred between them, overlaps both: it belongs to the first, and the second
// stays a row of its own (婚姻家庭 and 邻里关系 were one row, their figures 41 + 58 read 4158).
TEST(PdfTables, ACellMergedOverTwoRowsDoesNotJoinThem) {
  Page page(1);
  page.row(167.3, {{123.8, "类别"}, {207.9, "纠纷类型"}, {292, "受理"}, {403.6, "调解成功"}})
      .row(184.7, {{207.9, "婚姻家庭"}, {297.4, "41"}, {421, "40"}})
      .word(111.8, 193.4, "民间纠纷")
      .row(202.1, {{207.9, "邻里关系"}, {297.4, "58"}, {421, "57"}})
      .row(219.5, {{207.9, "征地拆迁"}, {297.4, "29"}, {421, "27"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:类别", "0,1:纠纷类型", "0,2:受理", "0,3:调解成功", "1,0:民间纠纷", "1,1:婚姻家庭",
                          "1,2:41", "1,3:40", "2,1:邻里关系", "2,2:58", "2,3:57", "3,1:征地拆迁", "3,2:29", "3,3:27"));
}

// A header cell merged over two columns right above the rows is the first row of a header of two levels: it spans
// the columns, starting the first, and the figures under it keep a column each.
TEST(PdfTables, AHeaderCellOverTwoColumnsRightAboveTheRowsSpansThem) {
  Page page(1);
  page.row(160, {{100, "执法领域"}, {262, "案件数（立案、结案）"}, {460, "罚款"}})
      .row(188, {{100, "市容环境"}, {290, "38"}, {380, "37"}, {462, "4.2"}})
      .row(216, {{100, "城乡规划"}, {290, "21"}, {380, "19"}, {462, "9.8"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:执法领域", "0,1:案件数（立案、结案）", "0,3:罚款", "1,0:市容环境", "1,1:38", "1,2:37",
                          "1,3:4.2", "2,0:城乡规划", "2,1:21", "2,2:19", "2,3:9.8"));
}

// Set further above the rows than a header's rows are apart, such a cell makes one band of both columns: the figures
// under it share a cell, and stay two numbers (38 37 read 3837).
TEST(PdfTables, FiguresUnderAHeaderOverTwoColumnsAreNotJoined) {
  Page page(1);
  page.row(160, {{100, "执法领域"}, {262, "案件数（立案、结案）"}, {460, "罚款"}})
      .row(200, {{100, "市容环境"}, {290, "38"}, {380, "37"}, {462, "4.2"}})
      .row(228, {{100, "城乡规划"}, {290, "21"}, {380, "19"}, {462, "9.8"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:执法领域", "0,1:案件数（立案、结案）", "0,2:罚款", "1,0:市容环境",
                                               "1,1:38、37", "1,2:4.2", "2,0:城乡规划", "2,1:21、19", "2,2:9.8"));
}

// A header of two levels: 行政复议（件） and 行政诉讼（件） each over three columns, 单位 merged down beside both rows,
// centred between them. The table starts at the spanning row, its cells in the first column each spans, as a Word
// table's gridSpan places them; it started at 受理, and the unit in the spanning cells was lost with them.
TEST(PdfTables, AHeaderRowSpanningColumnsIsTheTablesFirstRow) {
  Page page(1);
  page.prose(600, 200, "2024年度行政复议应诉情况表")
      .row(636.5, {{202.7, "行政复议（件）"}, {359.0, "行政诉讼（件）"}})
      .word(61.4, 648.4, "单位")
      .row(
          660.4,
          {{202.7, "受理"}, {254.8, "审结"}, {306.9, "纠错"}, {359.0, "应诉"}, {411.1, "败诉"}, {463.3, "负责人出庭"}});
  const std::vector<double> columns = {202.7, 254.8, 306.9, 359.0, 411.1, 463.3};
  double top = 684.2;
  for (const auto& [label, figures] : std::vector<std::pair<std::string, std::string>>{
           {"镇政府", "331505"}, {"综合行政执法队", "214413"}, {"合计", "545918"}}) {
    std::vector<std::pair<double, std::string>> cells = {{61.4, label}};
    for (std::size_t i = 0; i < figures.size(); ++i) cells.emplace_back(columns[i], figures.substr(i, 1));
    page.row(top, cells);
    top += 23.8;
  }
  const auto lines = page.lines();
  const auto tables = find_tables(lines);
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:单位", "0,1:行政复议（件）", "0,4:行政诉讼（件）", "1,1:受理", "1,2:审结", "1,3:纠错",
                          "1,4:应诉", "1,5:败诉", "1,6:负责人出庭", "2,0:镇政府", "2,1:3", "2,2:3", "2,3:1", "2,4:5",
                          "2,5:0", "2,6:5", "3,0:综合行政执法队", "3,1:2", "3,2:1", "3,3:4", "3,4:4", "3,5:1", "3,6:3",
                          "4,0:合计", "4,1:5", "4,2:4", "4,3:5", "4,4:9", "4,5:1", "4,6:8"));
  EXPECT_EQ(lines[tables[0].spans[0].begin].text, "行政复议（件）");
}

// A header of two levels over columns narrower than its first-level cells: 行政复议 and 行政诉讼, each centred over
// three columns, overlap only the middle cell under them (审结, 败诉), the cells beside it headed by nothing. Each
// spans its three and starts the first (行政复议 in 受理's column), as input.docx places it; it was taken for no
// spanning row, and the header read as paragraphs.
TEST(PdfTables, AHeaderCellCentredOverThreeNarrowColumnsSpansThem) {
  Page page(1);
  page.row(200, {{136, "行政复议"}, {256, "行政诉讼"}})
      .word(68, 211.9, "乡镇")
      .row(223.8, {{108, "受理"}, {148, "审结"}, {188, "纠错"}, {228, "应诉"}, {268, "败诉"}, {308, "出庭"}});
  double top = 247.6;
  for (const auto& [label, figures] :
       std::vector<std::pair<std::string, std::string>>{{"城关镇", "731515"}, {"河西乡", "640303"}}) {
    std::vector<std::pair<double, std::string>> cells = {{62, label}};
    for (std::size_t i = 0; i < figures.size(); ++i) cells.emplace_back(117 + 40.0 * i, figures.substr(i, 1));
    page.row(top, cells);
    top += 23.8;
  }
  const auto lines = page.lines();
  const auto tables = find_tables(lines);
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:乡镇", "0,1:行政复议", "0,4:行政诉讼", "1,1:受理", "1,2:审结", "1,3:纠错", "1,4:应诉",
                          "1,5:败诉", "1,6:出庭", "2,0:城关镇", "2,1:7", "2,2:3", "2,3:1", "2,4:5", "2,5:1", "2,6:5",
                          "3,0:河西乡", "3,1:6", "3,2:4", "3,3:0", "3,4:3", "3,5:0", "3,6:3"));
  EXPECT_EQ(lines[tables[0].spans[0].begin].text, "行政复议");
}

// A header cell over one narrow column, wider than the cell under it, spans no more when the cells beside that one
// have a header of their own: 案件数 over 受理 alone, beside 立案 and 结案.
TEST(PdfTables, AHeaderCellOverOneNarrowColumnBesideHeadedOnesSpansOnlyIt) {
  Page page(1);
  page.row(200, {{100, "立案"}, {136, "案件数"}, {180, "结案"}})
      .row(223.8, {{100, "本年"}, {142, "受理"}, {180, "往年"}});
  page.row(247.6, {{100, "5"}, {148, "7"}, {180, "3"}}).row(271.4, {{100, "6"}, {148, "4"}, {180, "2"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:立案", "0,1:案件数", "0,2:结案", "1,0:本年", "1,1:受理", "1,2:往年",
                                               "2,0:5", "2,1:7", "2,2:3", "3,0:6", "3,1:4", "3,2:2"));
}

// A header of two levels whose lines come together as one row: 案件数（件） over 一般程序 | 简易程序, 领域 and
// 罚没款（万元） merged down beside both, each set a little lower than the one before. The dividing cells are the
// header's second row, as Word gives it (案件数（件）一般程序 named one column, and 简易程序's figures had no unit).
TEST(PdfTables, AHeaderOfTwoLevelsSetAsOneRowIsTwoRows) {
  Page page(1);
  page.word(226.8, 139.3, "案件数（件）")
      .row(148.0, {{123.8, "领域"}, {385.6, "罚没款（万元）"}})
      .row(156.7, {{207.9, "一般程序"}, {280.0, "简易程序"}})
      .row(174.1, {{111.8, "食品安全"}, {222.0, "121"}, {297.4, "16"}, {409.5, "108.20"}})
      .row(191.5, {{123.8, "合计"}, {222.0, "274"}, {297.4, "38"}, {409.5, "286.45"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:领域", "0,1:案件数（件）", "0,3:罚没款（万元）", "1,1:一般程序",
                                               "1,2:简易程序", "2,0:食品安全", "2,1:121", "2,2:16", "2,3:108.20",
                                               "3,0:合计", "3,1:274", "3,2:38", "3,3:286.45"));
}

// Word repeats both rows of a header of two levels on the next page: read once.
TEST(PdfTables, AHeaderOfTwoLevelsRepeatedOverAPageBreakIsReadOnce) {
  const auto header = [](Page& page, double top) {
    page.row(top, {{202.7, "行政复议（件）"}, {359.0, "行政诉讼（件）"}})
        .word(61.4, top + 11.9, "单位")
        .row(top + 23.9, {{202.7, "受理"}, {254.8, "审结"}, {306.9, "纠错"}, {359.0, "应诉"}, {411.1, "败诉"}});
  };
  const auto figures = [](Page& page, double top, const std::string& label, const std::string& digits) {
    std::vector<std::pair<double, std::string>> cells = {{61.4, label}};
    const std::vector<double> columns = {202.7, 254.8, 306.9, 359.0, 411.1};
    for (std::size_t i = 0; i < digits.size(); ++i) cells.emplace_back(columns[i], digits.substr(i, 1));
    page.row(top, cells);
  };
  Page first(1), second(2);
  header(first, 640);
  figures(first, 687.7, "镇政府", "33150");
  figures(first, 711.5, "司法所", "21041");
  header(second, 80);
  figures(second, 127.7, "合计", "54191");
  second.prose(170, 111, "二、存在的不足");
  const auto tables = find_tables(joined({first.lines(), second.lines()}));
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:单位", "0,1:行政复议（件）", "0,4:行政诉讼（件）", "1,1:受理", "1,2:审结", "1,3:纠错",
                          "1,4:应诉", "1,5:败诉", "2,0:镇政府", "2,1:3", "2,2:3", "2,3:1", "2,4:5", "2,5:0",
                          "3,0:司法所", "3,1:2", "3,2:1", "3,3:0", "3,4:4", "3,5:1", "4,0:合计", "4,1:5", "4,2:4",
                          "4,3:1", "4,4:9", "4,5:1"));
}

// A spanning row the table grown under it cannot take (the line between the rows lies over a column the second row
// fills, no cell merged down) opens the table itself, as any row does: its cells are kept, not lost, and the figures
// under each stay two numbers.
TEST(PdfTables, ASpanningRowTheTableCannotTakeStillOpensIt) {
  Page page(1);
  page.row(100, {{202.7, "行政复议（件）"}, {359.0, "行政诉讼（件）"}})
      .word(202.7, 108, "含")
      .row(116, {{202.7, "受理"}, {254.8, "审结"}, {359.0, "应诉"}, {411.1, "败诉"}})
      .row(140, {{61.4, "镇政府"}, {202.7, "3"}, {254.8, "3"}, {359.0, "5"}, {411.1, "0"}})
      .row(164, {{61.4, "合计"}, {202.7, "5"}, {254.8, "4"}, {359.0, "9"}, {411.1, "1"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,1:行政复议（件）含", "0,2:行政诉讼（件）", "1,1:受理 审结", "1,2:应诉 败诉", "2,0:镇政府",
                          "2,1:3、3", "2,2:5、0", "3,0:合计", "3,1:5、4", "3,2:9、1"));
}

// A caption set close over the table spans its columns as well, but is one line with no cell merged down beside it:
// it stays a paragraph, and the table starts at its header.
TEST(PdfTables, ACaptionRightAboveATableIsNoHeaderRow) {
  Page page(1);
  page.word(250, 142, "青禾县2024年度行政执法情况统计表")
      .row(160, {{100, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(188, {{100, "行政检查"}, {290, "312"}, {428, "296"}})
      .row(216, {{100, "行政处罚"}, {290, "87"}, {428, "102"}});
  const auto blocks = blocks_of(body_blocks(page.lines()));
  EXPECT_THAT(blocks, ElementsAre("青禾县2024年度行政执法情况统计表", "[0 0,0] 类别", "[0 0,1] 2023年",
                                  "[0 0,2] 2024年", "[0 1,0] 行政检查", "[0 1,1] 312", "[0 1,2] 296",
                                  "[0 2,0] 行政处罚", "[0 2,1] 87", "[0 2,2] 102"));
}

// A total row's label merged over two columns (序号 and 类别), centred in the gap between them: it starts the first,
// as a Word table's merged cell does, so the row is read as the total it is, and makes no column of its own.
TEST(PdfTables, ALabelMergedOverTwoColumnsStartsTheFirst) {
  Page page(1);
  page.row(195.3, {{123.8, "序号"}, {219.9, "类别"}, {292, "受理"}, {403.6, "调解成功"}})
      .row(212.7, {{132.5, "1"}, {207.9, "婚姻家庭"}, {297.4, "41"}, {421, "40"}})
      .row(230.1, {{132.5, "2"}, {207.9, "邻里关系"}, {297.4, "58"}, {421, "57"}})
      .row(247.5, {{165, "合计"}, {297.4, "99"}, {421, "97"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:序号", "0,1:类别", "0,2:受理", "0,3:调解成功", "1,0:1", "1,1:婚姻家庭", "1,2:41",
                          "1,3:40", "2,0:2", "2,1:邻里关系", "2,2:58", "2,3:57", "3,0:合计", "3,2:99", "3,3:97"));
}

// A running header only some pages carry is no furniture, and stands between a table's rows at the top of the
// next page: the table goes on past it, and it stays a paragraph after the table.
TEST(PdfTables, ATableGoesOnPastALineAtTheTopOfTheNextPage) {
  Page first(1), second(2);
  first.row(640, {{100, "执法部门"}, {282, "行政检查"}, {420, "行政处罚"}})
      .row(668, {{100, "县市场监管局"}, {290, "1,846"}, {428, "612"}});
  second.prose(44, 170, "岷安县人民政府关于2023年度法治政府建设情况的报告")
      .row(110, {{100, "执法部门"}, {282, "行政检查"}, {420, "行政处罚"}})
      .row(138, {{100, "县交通运输局"}, {290, "912"}, {428, "704"}})
      .prose(180, 111, "（五）强化行政权力制约监督");
  const auto lines = joined({first.lines(), second.lines()});
  const auto tables = find_tables(lines);
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(tables[0].spans, SizeIs(2));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:执法部门", "0,1:行政检查", "0,2:行政处罚", "1,0:县市场监管局",
                                               "1,1:1,846", "1,2:612", "2,0:县交通运输局", "2,1:912", "2,2:704"));
  const auto blocks = blocks_of(body_blocks(lines));
  ASSERT_THAT(blocks, SizeIs(11));
  EXPECT_EQ(blocks[9], "岷安县人民政府关于2023年度法治政府建设情况的报告");
  EXPECT_EQ(blocks[10], "（五）强化行政权力制约监督");
}

// Cells set at the top of their rows: a wrapped cell's next line sits closer under the row than rows sit apart;
// a category row standing alone in the first column is spaced as rows are, and is a row of its own.
TEST(PdfTables, ACellWrappedUnderItsRowJoinsItAndACategoryRowStaysARow) {
  Page page(1);
  page.row(160, {{100, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(188, {{100, "行政检查"}, {290, "312"}, {428, "296"}})
      .word(100, 216, "行政执法类")
      .row(244, {{100, "法律援助"}, {290, "141"}, {428, "156"}})
      .word(100, 262, "案件")
      .row(290, {{100, "合计"}, {290, "453"}, {428, "452"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:类别", "0,1:2023年", "0,2:2024年", "1,0:行政检查", "1,1:312",
                                               "1,2:296", "2,0:行政执法类", "3,0:法律援助案件", "3,1:141", "3,2:156",
                                               "4,0:合计", "4,1:453", "4,2:452"));
}

// A cell spanning the table's width between its rows (备注：…, set flush left and wrapped over two lines) is the
// table's, and the rows after it stay the table's; being a note that gives figures, it is no row but a paragraph
// between the rows (LaidOutCell::note), and the rows after it number on. A category spanning the table (行政执法类),
// no sentence and no figure, is a row, its text in the first column. A note in the same type under the table's
// last row, and a line of prose in the body's type between two tables alike, are no row of either.
TEST(PdfTables, ACellSpanningTheTablesWidthBetweenItsRowsIsARowOfIt) {
  Page page(1);
  page.row(160, {{130, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(180, {{118, "行政检查"}, {290, "312"}, {428, "296"}})
      .word(104, 200, "备注：行政检查含联合检查12次，其中跨部门联合检查")
      .word(104, 216, "5次")
      .row(236, {{118, "行政处罚"}, {293, "87"}, {428, "102"}})
      .word(104, 256, "注：以上数据截至12月31日，来源于县司法局统计。")
      .prose(290, 111, "二、存在的不足");
  const auto lines = page.lines();
  const auto tables = find_tables(lines);
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:类别", "0,1:2023年", "0,2:2024年", "1,0:行政检查", "1,1:312",
                                               "1,2:296", "note:备注：行政检查含联合检查12次，其中跨部门联合检查5次",
                                               "2,0:行政处罚", "2,1:87", "2,2:102"));
  EXPECT_EQ(lines[tables[0].spans.back().end].text, "注：以上数据截至12月31日，来源于县司法局统计。");

  // The row under the note set closer to it (R10): a row of its own still, not a line of the note.
  Page tight(1);
  tight.row(160, {{130, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(180, {{118, "行政检查"}, {290, "312"}, {428, "296"}})
      .word(104, 200, "备注：行政检查含联合检查12次，其中跨部门联合检查")
      .word(104, 216, "5次")
      .row(234, {{118, "行政处罚"}, {293, "87"}, {428, "102"}});
  const auto tight_tables = find_tables(tight.lines());
  ASSERT_THAT(tight_tables, SizeIs(1));
  EXPECT_THAT(
      cells_of(tight_tables[0]),
      ElementsAre("0,0:类别", "0,1:2023年", "0,2:2024年", "1,0:行政检查", "1,1:312", "1,2:296",
                  "note:备注：行政检查含联合检查12次，其中跨部门联合检查5次", "2,0:行政处罚", "2,1:87", "2,2:102"));

  // A category spanning the table between its rows gives no figure: a row of the table.
  Page category(1);
  category.row(160, {{130, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(180, {{118, "行政检查"}, {290, "312"}, {428, "296"}})
      .word(104, 200, "（二）行政执法监督类事项")
      .row(220, {{118, "行政处罚"}, {293, "87"}, {428, "102"}});
  const auto category_tables = find_tables(category.lines());
  ASSERT_THAT(category_tables, SizeIs(1));
  EXPECT_THAT(cells_of(category_tables[0]),
              ElementsAre("0,0:类别", "0,1:2023年", "0,2:2024年", "1,0:行政检查", "1,1:312", "1,2:296",
                          "2,0:（二）行政执法监督类事项", "3,0:行政处罚", "3,1:87", "3,2:102"));

  Page two_tables(1);
  two_tables.row(160, {{130, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(180, {{118, "行政检查"}, {290, "312"}, {428, "296"}})
      .prose(200, 104, "行政复议和应诉案件情况见下表，均在法定期限内")
      .row(226, {{130, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(246, {{118, "行政复议"}, {293, "9"}, {428, "7"}});
  const auto apart = find_tables(two_tables.lines());
  ASSERT_THAT(apart, SizeIs(2));
  EXPECT_THAT(cells_of(apart[0]),
              ElementsAre("0,0:类别", "0,1:2023年", "0,2:2024年", "1,0:行政检查", "1,1:312", "1,2:296"));
}

// Header cells centred over their columns, figures set flush right (a table pasted from a spreadsheet) or flush
// left: a figure narrower than its header lies beside it, overlapping it nowhere, and made a column no header named
// (结案数 kept none of its figures). Each figure finds its header's column; under a blank corner the labels make a
// column of their own as before.
TEST(PdfTables, FiguresSetBesideTheirCentredHeaderCellsFindItsColumn) {
  const auto flush = [](double column_left, double column_width, const std::string& figure, bool right) {
    const double width = static_cast<double>(figure.size()) * kCell * 0.55;
    return std::pair<double, std::string>{right ? column_left + column_width - 4 - width : column_left + 4, figure};
  };
  for (const bool right : {true, false}) {
    SCOPED_TRACE(right ? "flush right" : "flush left");
    Page page(1);
    page.row(100, {{120, "执法领域"}, {255, "立案数"}, {375, "结案数"}});
    double top = 130;
    for (const auto& [label, filed, closed] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"食品安全", "46", "41"}, {"药品监管", "18", "17"}, {"特种设备", "9", "9"}}) {
      page.row(top, {{104, label}, flush(230, 120, filed, right), flush(350, 120, closed, right)});
      top += 30;
    }
    const auto tables = find_tables(page.lines());
    ASSERT_THAT(tables, SizeIs(1));
    EXPECT_THAT(cells_of(tables[0]),
                ElementsAre("0,0:执法领域", "0,1:立案数", "0,2:结案数", "1,0:食品安全", "1,1:46", "1,2:41",
                            "2,0:药品监管", "2,1:18", "2,2:17", "3,0:特种设备", "3,1:9", "3,2:9"));
  }
  Page corner(1);
  corner.row(100, {{255, "2023年"}, {375, "2024年"}});
  corner.row(130, {{104, "行政处罚"}, flush(230, 120, "38", true), flush(350, 120, "43", true)});
  corner.row(160, {{104, "行政许可"}, flush(230, 120, "212", true), flush(350, 120, "260", true)});
  const auto tables = find_tables(corner.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,1:2023年", "0,2:2024年", "1,0:行政处罚", "1,1:38", "1,2:43",
                                               "2,0:行政许可", "2,1:212", "2,2:260"));
}

// A table under a document grid, each row a spread line, its row numbers in a smaller Latin font: the number stands
// closer to a label stretched over its cell (医疗机构及医疗卫, wrapped) than a spread row is parted at, yet the serial
// column's boundary runs down the rows around it, so the number and the label are two cells, the number under 序号
// though it is set right of it (a figure beside its header cell finds its column); and the label's last line (生),
// under it as far as the rows are apart, stays in its cell.
Page grid_table_page() {
  Page page(1);
  // The grid's prose above: its characters a padding apart, so only cell gaps tell a column on the page.
  for (double top = 10; top < 90; top += 20) page.spread(66, top, "全面推行行政执法公示制度，执法全过程记录");
  page.row(100, {{60, "序号"}, {280, "检查（户次）"}, {380, "立案（件）"}}).spread(134, 100, "执法项目");
  const auto numbered = [&page](double top, const std::string& number, double label_left, const std::string& label,
                                const std::string& checked, const std::string& filed) {
    page.word(86, top + 2, number, 9).spread(label_left, top, label).row(top, {{290, checked}, {390, filed}});
  };
  numbered(130, "1", 117, "公共场所卫生", "142", "21");
  numbered(160, "2", 108, "生活饮用水卫生", "58", "6");
  numbered(190, "3", 99, "医疗机构及医疗卫", "97", "27");
  page.word(160.6, 220, "生");
  numbered(250, "4", 131, "职业卫生", "29", "4");
  return page;
}

TEST(PdfTables, ARowNumberBesideALabelStretchedOverItsCellIsACellOfItsOwn) {
  const auto tables = find_tables(grid_table_page().lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:序号", "0,1:执法项目", "0,2:检查（户次）", "0,3:立案（件）", "1,0:1", "1,1:公共场所卫生",
                          "1,2:142", "1,3:21", "2,0:2", "2,1:生活饮用水卫生", "2,2:58", "2,3:6", "3,0:3",
                          "3,1:医疗机构及医疗卫生", "3,2:97", "3,3:27", "4,0:4", "4,1:职业卫生", "4,2:29", "4,3:4"));
}

// The wrapped label the last row of the table: its last line stays in the cell, not in the paragraph after it.
TEST(PdfTables, TheLastLineOfALabelWrappedFullWidthInTheLastRowStaysInItsCell) {
  Page page = grid_table_page();
  page.prose(300, 66, "（四）化解医疗纠纷");
  auto lines = page.lines();
  lines.erase(
      std::remove_if(lines.begin(), lines.end(), [](const Line& line) { return line.top >= 250 && line.top < 290; }),
      lines.end());
  const auto blocks = blocks_of(body_blocks(lines));
  EXPECT_THAT(blocks, ::testing::Contains("[0 3,1] 医疗机构及医疗卫生"));
  EXPECT_EQ(blocks.back(), "（四）化解医疗纠纷");
}

// Negative cases: a category row in the first column under a numbered row, and a line in the label column under a
// label narrower than its column (a row's own line, not the rest of a full one), stay rows; a line of prose under
// the grid opening with a figure set a little apart keeps it.
TEST(PdfTables, ACategoryRowAndALineUnderANarrowLabelStayRowsAndProseKeepsItsFigure) {
  Page page(1);
  page.row(100, {{66, "序号"}, {280, "检查（户次）"}, {380, "立案（件）"}}).spread(134, 100, "执法项目");
  page.word(86, 132, "1", 9).spread(99, 130, "医疗机构及医疗卫").row(130, {{290, "97"}, {390, "27"}});
  page.word(60, 160, "执法类");
  page.word(86, 192, "2", 9).spread(140, 190, "职业卫生").row(190, {{290, "29"}, {390, "4"}});
  page.word(148, 220, "专项");
  page.word(86, 252, "3", 9).spread(117, 250, "公共场所卫生").row(250, {{290, "142"}, {390, "21"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ::testing::IsSupersetOf({"1,1:医疗机构及医疗卫", "2,0:执法类", "3,1:职业卫生",
                                                            "4,1:专项", "5,0:3", "5,1:公共场所卫生"}));

  Page prose(2);
  for (double top = 100; top < 220; top += 30) prose.spread(66, top, "全面推行行政执法公示制度执法全过程记录");
  prose.word(66, 220, "12", kCell).spread(66 + 2 * kCell * 0.55 + 8.5, 220, "月全面完成执法案卷评查工作");
  EXPECT_THAT(texts_of(prose.lines()), ::testing::Contains("12月全面完成执法案卷评查工作"));
}

// Word repeats the header row on the next page and may cut a row in two there: one table, the header once, the
// cut cell whole.
TEST(PdfTables, ATableOverAPageBreakIsOneWithItsHeaderOnceAndACutCellWhole) {
  Page first(1), second(2);
  first.prose(600, 111, "各乡镇调解情况如下。")
      .row(640, {{100, "乡镇"}, {282, "受理"}, {420, "成功"}})
      .row(668, {{100, "青禾镇"}, {290, "40"}, {428, "38"}})
      .row(696, {{100, "县生态环境分"}, {290, "47"}, {428, "45"}});
  second.row(80, {{100, "乡镇"}, {282, "受理"}, {420, "成功"}})
      .word(100, 108, "局")
      .row(136, {{100, "柳湾街道"}, {290, "54"}, {428, "52"}})
      .prose(170, 111, "二、存在的不足");
  const auto lines = joined({first.lines(), second.lines()});
  const auto tables = find_tables(lines);
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:乡镇", "0,1:受理", "0,2:成功", "1,0:青禾镇", "1,1:40", "1,2:38", "2,0:县生态环境分局",
                          "2,1:47", "2,2:45", "3,0:柳湾街道", "3,1:54", "3,2:52"));
  EXPECT_EQ(tables[0].cells.back().page, 2);
  // The repeated header is the table's, and no paragraph.
  EXPECT_THAT(blocks_of(body_blocks(lines)), ::testing::Not(::testing::Contains("乡镇")));
}

TEST(PdfTables, ATableGoesOnAtTheTopOfTheNextPageWithoutItsHeader) {
  Page first(1), second(2);
  first.row(640, {{100, "队伍类别"}, {282, "人数"}, {420, "新增"}})
      .row(668, {{100, "法治宣讲员"}, {290, "24"}, {428, "6"}});
  second.row(80, {{100, "普法志愿者"}, {290, "163"}, {428, "37"}}).prose(120, 111, "（六）推进政务公开");
  const auto tables = find_tables(joined({first.lines(), second.lines()}));
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:队伍类别", "0,1:人数", "0,2:新增", "1,0:法治宣讲员", "1,1:24",
                                               "1,2:6", "2,0:普法志愿者", "2,1:163", "2,2:37"));
}

// A heading set in the first column's band right under a table, closer than its rows sit apart, is no cell.
TEST(PdfTables, AHeadingRightUnderATableIsNoCell) {
  Page page(1);
  page.row(160, {{100, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(188, {{100, "行政检查"}, {290, "312"}, {428, "296"}})
      .row(216, {{100, "行政处罚"}, {290, "87"}, {428, "102"}})
      .prose(234, 104, "二、不足")
      .prose(262, 80, "基层执法力量仍显薄弱，部分执法人员业务能力有待提升，执法保障仍需加强。");
  const auto blocks = blocks_of(body_blocks(page.lines()));
  EXPECT_THAT(blocks, ::testing::Contains("二、不足"));
  EXPECT_EQ(blocks.back(), "基层执法力量仍显薄弱，部分执法人员业务能力有待提升，执法保障仍需加强。");
}

// What looks like columns but is none: prose, a centred title, a two-line heading, a signature set flush right, a
// lone row with a wide gap (联系人 … 电话), lines whose wide gaps do not line up.
TEST(PdfTables, ProseTitlesHeadingsSignaturesAndLoneRowsAreNoTable) {
  Page page(1);
  page.prose(60, 180, "青禾县司法局关于")
      .prose(84, 150, "2024年度法治政府建设情况的报告")
      .prose(120, 111, "一、主要举措")
      .prose(148, 80, "全年办理行政复议案件64件，较上年增长12%，纠错率8.2%，")
      .prose(176, 80, "行政诉讼案件18件，败诉率下降。")
      .word(80, 210, "联系人：张三", kBody)
      .word(400, 210, "电话：0731-1234567", kBody)
      .prose(240, 111, "二、下一步打算")
      .word(80, 268, "第一季度", kBody)
      .word(300, 268, "开展专项检查", kBody)
      .word(80, 296, "开展专项检查并形成报告等工作", kBody)
      .word(400, 296, "第二季度", kBody)
      .prose(320, 430, "青禾县司法局")
      .prose(348, 410, "2025年1月15日");
  EXPECT_THAT(find_tables(page.lines()), IsEmpty());
}

// A blank corner over the row headers: the header row fills only the year columns, the rows add the first.
TEST(PdfTables, ABlankCornerAddsTheFirstColumnWithTheFirstRow) {
  Page page(1);
  page.row(160, {{282, "2023年"}, {420, "2024年"}})
      .row(188, {{100, "行政检查"}, {290, "312"}, {428, "296"}})
      .row(216, {{100, "行政处罚"}, {290, "87"}, {428, "102"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,1:2023年", "0,2:2024年", "1,0:行政检查", "1,1:312", "1,2:296",
                                               "2,0:行政处罚", "2,1:87", "2,2:102"));
}

// A paragraph whose last line fills the measure right before a table, and one that follows it flush left, stay
// two paragraphs: the table stands between them.
TEST(PdfTables, TheParagraphsAroundATableAreNotJoinedAcrossIt) {
  Page page(1);
  page.prose(100, 80, "一二三四五六七八九十一二三四五六七八九十一二三四五六七")
      .prose(128, 80, "一二三四五六七八九十一二三四五六七八九十一二三四五六七")
      .row(160, {{100, "类别"}, {282, "2023年"}, {420, "2024年"}})
      .row(188, {{100, "行政检查"}, {290, "312"}, {428, "296"}})
      .prose(222, 80, "甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁")
      .prose(250, 80, "结束。");
  const auto blocks = blocks_of(body_blocks(page.lines()));
  ASSERT_THAT(blocks, SizeIs(8));
  EXPECT_EQ(
      blocks.front(),
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七一二三四五六七八九十一二三四五六七八九十一二三四五六七");
  EXPECT_EQ(blocks.back(), "甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁结束。");
}

// LibreOffice's narrow column, rows set single-spaced: a header cell wrapped in two (罚没款（万 / 元）) and centred
// in its row, the row's other cells one line each between them. Its lines overlap the row by no more than a sliver,
// as a heading set tight above a table does, but a line under the row in the same column is the rest of the cell.
TEST(PdfTables, AHeaderCellWrappedAroundTheRowsOtherCellsIsOneCell) {
  Page page(1);
  page.prose(574, 111, "各乡镇行政执法检查情况如下：")
      .word(446.6, 605.6, "罚没款（万")
      .row(620.1, {{112.6, "乡镇"}, {176.6, "检查（户次）"}, {270.6, "立案（件）"}, {358.6, "结案（件）"}})
      .word(464.6, 634.6, "元）")
      .row(664, {{106.6, "石桥镇"}, {201.2, "142"}, {293, "12"}, {381, "11"}, {467.1, "3.6"}})
      .row(693.5, {{106.6, "白沙镇"}, {205, "98"}, {296.8, "7"}, {384.8, "7"}, {467.1, "1.9"}});
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:乡镇", "0,1:检查（户次）", "0,2:立案（件）", "0,3:结案（件）",
                                               "0,4:罚没款（万元）", "1,0:石桥镇", "1,1:142", "1,2:12", "1,3:11",
                                               "1,4:3.6", "2,0:白沙镇", "2,1:98", "2,2:7", "2,3:7", "2,4:1.9"));
}

// A line set tight above a table's header is no cell of it when it lies over the header's cells (a heading), nor
// when it is over a column of its own but has no partner under the row (a unit over the last column).
TEST(PdfTables, ALineTightAboveAHeaderRowIsACellOnlyWithItsRestUnderTheRow) {
  Page over_the_cells(1);
  over_the_cells.word(112, 605.6, "（一）执法检查")
      .row(620.1, {{112.6, "乡镇"}, {176.6, "检查（户次）"}, {270.6, "立案（件）"}, {358.6, "结案（件）"}})
      .word(464.6, 634.6, "元）")
      .row(664, {{106.6, "石桥镇"}, {201.2, "142"}, {293, "12"}, {381, "11"}})
      .row(693.5, {{106.6, "白沙镇"}, {205, "98"}, {296.8, "7"}, {384.8, "7"}});
  const auto tables = find_tables(over_the_cells.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ::testing::Not(::testing::Contains(::testing::HasSubstr("执法检查"))));
  EXPECT_THAT(cells_of(tables[0]), ::testing::Contains(::testing::EndsWith(":石桥镇")));

  Page one_line_alone(1);
  one_line_alone.word(446.6, 605.6, "单位：万元")
      .row(620.1, {{112.6, "乡镇"}, {176.6, "检查（户次）"}, {270.6, "立案（件）"}})
      .row(649, {{106.6, "石桥镇"}, {201.2, "142"}, {293, "12"}})
      .row(678, {{106.6, "白沙镇"}, {205, "98"}, {296.8, "7"}});
  const auto lines = one_line_alone.lines();
  const auto alone = find_tables(lines);
  ASSERT_THAT(alone, SizeIs(1));
  EXPECT_THAT(cells_of(alone[0]), ElementsAre("0,0:乡镇", "0,1:检查（户次）", "0,2:立案（件）", "1,0:石桥镇", "1,1:142",
                                              "1,2:12", "2,0:白沙镇", "2,1:98", "2,2:7"));
  EXPECT_EQ(lines[alone[0].spans[0].begin].text, "乡镇");
}

// The figures of a table whose header cell wraps (tests/data/pdf-tables/header-cell-wrapped.pdf, LibreOffice's PDF
// of a Word report with narrow columns) are those of the same table with wider columns, as the .docx gives them:
// before, 罚没款（万 above the header and 元） under it ended the table there, and none of the 12 was read.
TEST(PdfTables, AReportWhoseHeaderCellWrapsGivesTheFiguresItDoesUnwrapped) {
  const auto figures_of = [](const char* name) {
    const Document document = test::process_with_default_pipeline(test::kTestData / "pdf-tables" / name);
    std::vector<std::string> figures;
    for (const auto& m : document.metrics) {
      if (m.indicator.find("镇") != std::string::npos || m.indicator.find("乡") != std::string::npos) {
        figures.push_back(m.indicator + " " + m.text + " " + m.unit);
      }
    }
    return figures;
  };
  const auto wrapped = figures_of("header-cell-wrapped.pdf");
  EXPECT_THAT(wrapped, ElementsAre("龙泉镇检查 142 户次", "龙泉镇立案 12 件", "龙泉镇结案 11 件", "龙泉镇罚没款 3.6 元",
                                   "凤凰镇检查 98 户次", "凤凰镇立案 7 件", "凤凰镇结案 7 件", "凤凰镇罚没款 1.9 元",
                                   "清水乡检查 65 户次", "清水乡立案 4 件", "清水乡结案 4 件", "清水乡罚没款 0.8 元"));
  EXPECT_EQ(wrapped, figures_of("header-cell-unwrapped.pdf"));
}

// The first level of a header whose cells are each centred over two columns, in the gap between them (立案 over
// 2024年 | 2025年), beside the row labels' cell merged down (乡镇, set in the first row), and a page break between the
// header's two rows (LibreOffice repeats neither). Each spanning cell starts the first column it lies over, as
// input.docx places a cell by its gridSpan; grown from the first row, the table made a column of each and joined
// the figures under them (11、8) and the second level's cells (2025年 2024年).
TEST(PdfTables, AHeaderCellCentredOverTwoColumnsSpansThemOverAPageBreak) {
  Page bottom(3);
  bottom.prose(630, 166, "2025年度各乡镇违法用地查处情况表")
      .row(692.5, {{112.6, "乡镇"}, {244.6, "立案"}, {420.6, "结案"}});
  Page top(4);
  top.row(113.5, {{190.2, "2024年"}, {278.2, "2025年"}, {366.2, "2024年"}, {454.2, "2025年"}})
      .row(142.9, {{106.6, "石门镇"}, {208.8, "8"}, {293, "11"}, {384.8, "8"}, {469, "10"}})
      .row(172.4, {{106.6, "白塔镇"}, {208.8, "6"}, {296.8, "9"}, {384.8, "5"}, {472.8, "9"}});
  const auto tables = find_tables(joined({bottom.lines(), top.lines()}));
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:乡镇", "0,1:立案", "0,3:结案", "1,1:2024年", "1,2:2025年",
                                               "1,3:2024年", "1,4:2025年", "2,0:石门镇", "2,1:8", "2,2:11", "2,3:8",
                                               "2,4:10", "3,0:白塔镇", "3,1:6", "3,2:9", "3,3:5", "3,4:9"));
}

// The same header on one page, the row labels' cell merged down and centred between its two rows (乡镇), the rows'
// labels wrapped round their figures (石门 / 镇): the labels' column, which no row of the header fills, is the merged
// cell's, so a label's first line, alone on its line, is the table's (the table had begun at the first label).
TEST(PdfTables, ALabelMergedDownBesideAHeaderOfTwoLevelsGivesTheLabelsTheirColumn) {
  Page page(1);
  page.row(576.7, {{234.7, "立案"}, {410.8, "结案"}})
      .word(105.6, 591.4, "乡镇")
      .row(606.1, {{184.8, "2024年"}, {275.8, "2025年"}, {361, "2024年"}, {452, "2025年"}})
      .word(105.6, 635.6, "石门")
      .row(649.6, {{208.3, "8"}, {293.5, "11"}, {384.5, "8"}, {469.6, "10"}})
      .word(117.3, 664.5, "镇")
      .word(105.6, 694, "白塔")
      .row(708, {{208.3, "6"}, {299.3, "9"}, {384.5, "5"}, {475.5, "9"}})
      .word(117.3, 722.9, "镇")
      .prose(770, 111, "二、存在的问题");
  const auto tables = find_tables(page.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ElementsAre("0,0:乡镇", "0,1:立案", "0,3:结案", "1,1:2024年", "1,2:2025年",
                                               "1,3:2024年", "1,4:2025年", "2,0:石门镇", "2,1:8", "2,2:11", "2,3:8",
                                               "2,4:10", "3,0:白塔", "3,1:6", "3,2:9", "3,3:5", "3,4:9"));
}

// A line of two pieces at the foot of a page over a table at the top of the next is no first row of a header of it
// when a piece lies between two of the table's first cells off their middle (a contact line).
TEST(PdfTables, ARowAtTheFootOfAPageIsNoHeaderOverTheNextPagesTableUnlessCentredOverItsColumns) {
  {
    Page bottom(1);
    bottom.row(700, {{118, "联系人：张立"}, {270, "电话：5501"}});
    Page top(2);
    top.row(113.5, {{118, "类别"}, {230, "2023年"}, {380, "2024年"}})
        .row(142.9, {{118, "行政检查"}, {236, "312"}, {386, "296"}})
        .row(172.4, {{118, "行政处罚"}, {239, "87"}, {386, "102"}});
    const auto lines = joined({bottom.lines(), top.lines()});
    const auto tables = find_tables(lines);
    ASSERT_THAT(tables, SizeIs(1));
    EXPECT_EQ(lines[tables[0].spans[0].begin].text, "类别");
  }
}

// LibreOffice's PDF of a report whose table breaks between the two rows of its header
// (tests/data/pdf-tables/header-two-levels-over-a-page-break.pdf): its 16 figures named as the .docx names them,
// none joined with another (11、8 read before, the years of the second level out of their order).
TEST(PdfTables, AReportWhoseHeaderOfTwoLevelsBreaksOverAPageGivesItsFigures) {
  const Document document =
      test::process_with_default_pipeline(test::kTestData / "pdf-tables" / "header-two-levels-over-a-page-break.pdf");
  std::vector<std::string> figures;
  for (const auto& m : document.metrics) {
    if (m.unit == "宗" && m.text.find("宗") == std::string::npos) figures.push_back(m.indicator + " " + m.text);
  }
  EXPECT_THAT(figures, ElementsAre("澄城镇立案 8", "澄城镇立案 11", "澄城镇结案 8", "澄城镇结案 10", "龙街镇立案 6",
                                   "龙街镇立案 9", "龙街镇结案 5", "龙街镇结案 9", "右所镇立案 7", "右所镇立案 10",
                                   "右所镇结案 7", "右所镇结案 8", "海口镇立案 4", "海口镇立案 7", "海口镇结案 4",
                                   "海口镇结案 7"));
}

// A header set at 1.5 lines, its cells at the top: a cell's wrapped lines (检查 / （户 / 次）, 立案 / （件）) stand as
// far apart as the rows do, and each made a row of its own, the figures' unit cut in three (检查（户立案（件）次）
// in the text, their names without units). A header line that fills only columns the line above fills, and in
// which a cell goes on with a cut-off unit, is the rest of that row.
TEST(PdfTables, HeaderCellsWrappedAsFarApartAsRowsAreOneRow) {
  Page page(2);
  page.row(458.6, {{88.6, "序"}, {179.3, "执法项目"}, {356.1, "检查"}, {450.6, "立案"}})
      .row(487.5, {{88.6, "号"}, {356.1, "（户"}, {438.8, "（件）"}})
      .word(356.1, 516.5, "次）")
      .row(545.9, {{88.6, "1"}, {155.8, "公共场所卫生"}, {362, "142"}, {462.3, "21"}})
      .row(575.4, {{88.6, "2"}, {144.1, "生活饮用水卫生"}, {367.8, "58"}, {468.2, "6"}});
  std::vector<std::string> blocks;
  for (const auto& block : body_blocks(page.lines())) blocks.push_back(block.text);
  EXPECT_THAT(blocks, ElementsAre("序号", "执法项目", "检查（户次）", "立案（件）", "1", "公共场所卫生", "142", "21",
                                  "2", "生活饮用水卫生", "58", "6"));
}

// An auto-fit table's header over narrow columns of figures, its cells set at the top (Word's default) and wrapped
// over two or three lines as close as a cell's lines stand (人民调解委员 / 会受理纠纷, 法律援助 / 中心受理 / 案件):
// each line made a row of its own, and the figures were named by the first lines alone (上寨人民调解委员).
Page header_wrapped_over_figures(const std::vector<std::pair<std::string, std::vector<std::string>>>& body) {
  Page page(1);
  page.row(222.6, {{81.7, "村"}, {112, "人民调解委员"}, {193, "法律援助"}, {253, "普法宣"}})
      .row(238.4, {{112, "会受理纠纷"}, {193, "中心受理"}, {253, "传讲座"}})
      .row(254.2, {{193, "案件"}});
  double top = 275;
  for (const auto& [label, cells] : body) {
    page.row(top, {{81.7, label}, {112, cells[0]}, {193, cells[1]}, {253, cells[2]}});
    top += 20;
  }
  return page;
}

TEST(PdfTables, HeaderCellsWrappedTightOverColumnsOfFiguresAreOneRow) {
  const auto lines = header_wrapped_over_figures({{"上寨", {"38", "5", "6"}}, {"下寨", {"27", "3", "4"}}}).lines();
  const auto tables = find_tables(lines);
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]),
              ElementsAre("0,0:村", "0,1:人民调解委员会受理纠纷", "0,2:法律援助中心受理案件", "0,3:普法宣传讲座",
                          "1,0:上寨", "1,1:38", "1,2:5", "1,3:6", "2,0:下寨", "2,1:27", "2,2:3", "2,3:4"));
}

// The same lines over rows of text alone (a table of tasks): no band of figures tells its header, and its rows,
// which a table set tight stands as close, stay rows.
TEST(PdfTables, LinesSetTightOverRowsOfTextStayRows) {
  const auto tables = find_tables(
      header_wrapped_over_figures({{"上寨", {"已完成", "已完成", "未"}}, {"下寨", {"已完成", "未", "未"}}}).lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ::testing::Contains("1,1:会受理纠纷"));
}

// Header rows that are rows: a second level dividing a cell (一般程序 | 简易程序 under 案件数（件）), and a category
// row opening with its list number (（一）行政许可类) under the header, are no wrapped lines of the row above.
TEST(PdfTables, HeaderRowsOfTheirOwnAreNotJoinedToTheRowAbove) {
  Page levels(1);
  levels.row(458.6, {{100, "执法领域"}, {250, "案件数（件）"}, {420, "罚没款（万元）"}})
      .row(487.5, {{220, "一般程序"}, {300, "简易程序"}})
      .row(516.5, {{100, "市容管理"}, {236, "46"}, {316, "212"}, {440, "3.85"}})
      .row(545.5, {{100, "违法建设"}, {236, "18"}, {316, "9"}, {440, "26.40"}});
  const auto tables = find_tables(levels.lines());
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_THAT(cells_of(tables[0]), ::testing::Contains("0,1:案件数（件）"));
  EXPECT_THAT(cells_of(tables[0]), ::testing::Contains(::testing::StartsWith("1,1:一般程序")));

  Page category(1);
  category.row(458.6, {{100, "事项"}, {300, "数量（件）"}})
      .row(487.5, {{100, "（一）行政许可类"}})
      .row(516.5, {{100, "企业登记"}, {316, "212"}})
      .row(545.5, {{100, "食品经营"}, {316, "96"}});
  EXPECT_THAT(cells_of(find_tables(category.lines()).at(0)),
              ElementsAre("0,0:事项", "0,1:数量（件）", "1,0:（一）行政许可类", "2,0:企业登记", "2,1:212",
                          "3,0:食品经营", "3,1:96"));
}

// Reports whose tables are auto-fit (tests/data/pdf-tables/autofit-*.pdf, made by
// scripts/make-pdf-autofit-table-fixtures.py: LibreOffice's PDFs of HTML tables whose columns are sized to what they
// hold — the cells' padding alone between a label and its figure, header cells wrapped over two or three lines, a
// 单位：件 line or a caption 表1 …（单位：件） over the table, a 合计 row, 2 to 8 columns) give the figures the same
// reports give as text, each with its indicator (row and column names), unit and value.
TEST(PdfTables, AutoFitTablesGiveTheFiguresTheirTextGives) {
  const auto figures_of = [](const std::string& name) {
    const Document document = test::process_with_default_pipeline(test::kTestData / "pdf-tables" / name);
    std::vector<std::string> figures;
    for (const auto& m : document.metrics) figures.push_back(m.indicator + " " + m.text + " " + m.unit);
    return figures;
  };
  for (const std::string report : {"autofit-squadrons", "autofit-wrapped-header", "autofit-caption",
                                   "autofit-top-aligned", "autofit-left-aligned"}) {
    SCOPED_TRACE(report);
    const auto text = figures_of(report + ".txt");
    EXPECT_THAT(text, SizeIs(::testing::Ge(8u)));
    EXPECT_EQ(figures_of(report + ".pdf"), text);
  }
}

// Known misreadings of LibreOffice's PDFs (tests/data/pdf-tables, scripts/make-pdf-table-fixtures.py: MISREADINGS),
// each read beside the same report as text.
Document misreading(const std::string& name) {
  return test::process_with_default_pipeline(test::kTestData / "pdf-tables" / name);
}

std::vector<std::string> figures_of(const Document& document) {
  std::vector<std::string> figures;
  for (const auto& m : document.metrics) figures.push_back(m.indicator + " " + m.text + " " + m.unit);
  return figures;
}

std::vector<std::string> block_texts(const Document& document) {
  std::vector<std::string> texts;
  const std::u32string text = decode_utf8(document.text);
  for (const auto& block : document.blocks) {
    texts.push_back(encode_utf8(text.substr(block.start, block.end - block.start)));
  }
  return texts;
}

// The last line of a page (联系人：张某    联系电话：…, two pieces a wide gap apart) over a table that opens the next
// page lay over the cells of its header and became the table's first row: the figures were named by no column (none
// read, 6 in the text). It stays text, and the table starts at its own header.
TEST(PdfTables, APagesLastLineIsNoRowOfATableOpeningTheNextPage) {
  const Document pdf = misreading("contact-line-over-a-page-break.pdf");
  EXPECT_THAT(block_texts(pdf), ::testing::Contains("联系人：张某"));
  const auto figures = figures_of(pdf);
  EXPECT_THAT(figures, ::testing::Contains("县市场监管局检查 312 户次"));
  EXPECT_EQ(figures, figures_of(misreading("contact-line-over-a-page-break.txt")));
}

// Two characters set 分散对齐 at the column's edges (附      件) read as one line; the headers of tables stay cells:
// two-character cells (部门 | 立案 | 结案, 事项 | 数量) and cells each spread over a full-width table's column
// (类   别 | 件   数, which read 类别件数 as one line, and the table's figures were lost).
TEST(PdfTables, TwoCharactersSpreadOverTheLineAreOneWordAndTableHeadersStayCells) {
  const Document pdf = misreading("distributed-labels.pdf");
  const auto blocks = block_texts(pdf);
  EXPECT_EQ(blocks.front(), "附件");
  EXPECT_THAT(blocks, ::testing::Not(::testing::Contains("附")));
  EXPECT_THAT(blocks, ::testing::IsSupersetOf({"联系人", "部门", "立案", "结案", "事项", "数量"}));
  EXPECT_THAT(blocks, ::testing::Not(::testing::Contains("类别件数")));
  const auto figures = figures_of(pdf);
  EXPECT_THAT(figures, ::testing::Contains("行政复议 64 件"));
  EXPECT_EQ(figures, figures_of(misreading("distributed-labels.txt")));
}

// A contents entry whose typed leader runs past the margin, its dots and page number wrapped to the next line, is set
// aside with the others; it stayed a paragraph, its page number a figure.
TEST(PdfTables, AContentsEntryWhoseLeaderWrapsIsSetAside) {
  const Document pdf = misreading("contents-dotted-leaders.pdf");
  const auto removed = pdf.metadata.all("removed.table-of-contents");
  ASSERT_THAT(removed, SizeIs(8));
  EXPECT_EQ(removed.front(), "目录");
  EXPECT_THAT(removed.back(), ::testing::StartsWith("五、本年度推进法治政府建设的主要举措和成效情况……"));
  EXPECT_THAT(removed.back(), ::testing::EndsWith("8"));
  for (const auto& block : block_texts(pdf)) EXPECT_THAT(block, ::testing::Not(::testing::HasSubstr("……")));
  EXPECT_EQ(figures_of(pdf), figures_of(misreading("contents-dotted-leaders.txt")));
}

// A row label wrapped in the table's last row (医疗机构及医疗卫 / 生), its cells centred or set at the top, keeps its
// last line, as the text names it.
TEST(PdfTables, ALabelWrappedInTheLastRowKeepsItsLastLine) {
  const Document pdf = misreading("wrapped-label-in-the-last-row.pdf");
  const auto figures = figures_of(pdf);
  EXPECT_THAT(figures, ::testing::Contains("医疗机构及医疗卫生受理 9 件"));
  EXPECT_EQ(figures, figures_of(misreading("wrapped-label-in-the-last-row.txt")));
}

// LibreOffice's PDF of a header of two levels over columns so narrow that each first-level cell (行政复议, centred
// over 受理 | 审结 | 纠错) overlaps only the middle cell under it, 乡镇 merged down beside both rows: its 12 figures
// named as input.docx names them (the header read as paragraphs, the figures named by no column).
TEST(PdfTables, AHeaderOfTwoLevelsOverNarrowColumnsNamesItsFigures) {
  EXPECT_EQ(figures_of(misreading("narrow-two-level-header.pdf")),
            figures_of(misreading("narrow-two-level-header.txt")));
}

// Hostile layouts cost time linear in their lines: rows that each start a table and never make one, columns past
// any report's, a cell of thousands of lines. A quadratic pass over these would take minutes.
TEST(PdfTables, HostileLayoutsCostLinearTime) {
  std::vector<Line> lines;
  constexpr int kRows = 60'000;
  for (int i = 0; i < kRows; ++i) {
    const double top = 10.0 * i;
    // Two pieces, then a line in the first column only: a table's start that never gets a second row.
    lines.push_back({1, 0, top, 40, top + 8, "a", true});
    lines.push_back({1, 200, top, 240, top + 8, "b", true});
  }
  for (int i = 0; i < kRows; ++i) lines.push_back({2, 0, 10.0 * i, 40, 10.0 * i + 12, "c", true});
  for (int i = 0; i < 2000; ++i) lines.push_back({3, 30.0 * i, 0, 30.0 * i + 10, 8, "d", true});
  for (int i = 0; i < 2000; ++i) lines.push_back({3, 30.0 * i, 20, 30.0 * i + 10, 28, "e", true});
  const auto tables = find_tables(lines);
  // The pairs of page 1 line up: one table of 60,000 rows.
  ASSERT_THAT(tables, SizeIs(1));
  EXPECT_EQ(tables[0].cells.size(), 2u * kRows);
}

}  // namespace
}  // namespace docpipe::pdf
