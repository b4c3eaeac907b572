// The repair of Tesseract's Chinese text and the page images it reads: spaces, punctuation, digits untouched,
// red seals whitened, a scanned table's rows cut into their cells.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "chinese_ocr_repair.hpp"
#include "ocr_settings.hpp"
#include "page_foot.hpp"
#include "page_image.hpp"
#include "table_rows.hpp"

namespace docpipe::ocr {
namespace {

TEST(ChineseOcrRepair, SpacesBetweenChineseCharactersAndBetweenNumbersAndUnitsGo) {
  EXPECT_EQ(repair_chinese_ocr("黄 门 镇 2024 年 法治 建设"), "黄门镇2024年法治建设");
  EXPECT_EQ(repair_chinese_ocr("覆盖 12个 村 ， 共 3.5 万元"), "覆盖12个村，共3.5万元");
  EXPECT_EQ(repair_chinese_ocr("化解率 100 % 。"), "化解率100 %。");
}

// Specks read as marks that never open a printed Chinese line, and a rule's edge at its end, go: the heading's
// marker under them is found again.
TEST(ChineseOcrRepair, MarksNoLineOpensWithAreSpecks) {
  EXPECT_EQ(repair_chinese_ocr("。，，，”一、2023年工作情况"), "一、2023年工作情况");
  EXPECT_EQ(repair_chinese_ocr("。（三）规范行政执法"), "（三）规范行政执法");
  EXPECT_EQ(repair_chinese_ocr("柳市监〔2024〕8号|"), "柳市监〔2024〕8号");
  EXPECT_EQ(repair_chinese_ocr("，"), "");
  EXPECT_EQ(repair_chinese_ocr("“八五”普法，全年开展"), "“八五”普法，全年开展");
}

TEST(ChineseOcrRepair, SpacesBetweenLatinWordsAndBetweenNumbersStay) {
  EXPECT_EQ(repair_chinese_ocr("LED screen"), "LED screen");
  EXPECT_EQ(repair_chinese_ocr("2024 12"), "2024 12");
  EXPECT_EQ(repair_chinese_ocr("  前后空格  "), "前后空格");
}

TEST(ChineseOcrRepair, PunctuationNextToChineseBecomesFullWidth) {
  EXPECT_EQ(repair_chinese_ocr("(一)加强组织领导,完善机制;总结如下:"), "（一）加强组织领导，完善机制；总结如下：");
  EXPECT_EQ(repair_chinese_ocr("〈二〉常态化宣传"), "（二）常态化宣传");
  EXPECT_EQ(repair_chinese_ocr("《纲要(2021-2025年)》"), "《纲要（2021-2025年）》");
  EXPECT_EQ(repair_chinese_ocr("是否到位?是!"), "是否到位？是！");
}

// A mark between a number or a percentage and Chinese text is Chinese punctuation too; a mark inside a number is not.
TEST(ChineseOcrRepair, PunctuationAfterAFigureAndBeforeChineseBecomesFullWidth) {
  EXPECT_EQ(repair_chinese_ocr("优秀率45%;行政复议被纠错0件"), "优秀率45%；行政复议被纠错0件");
  EXPECT_EQ(repair_chinese_ocr("办结12件,其余在办"), "办结12件，其余在办");
  EXPECT_EQ(repair_chinese_ocr("共受理37,其中"), "共受理37，其中");
  EXPECT_EQ(repair_chinese_ocr("上午8:30开庭"), "上午8:30开庭");
  EXPECT_EQ(repair_chinese_ocr("法律援助案件1,046件"), "法律援助案件1,046件");
  EXPECT_EQ(repair_chinese_ocr("ISO 9001:2015"), "ISO 9001:2015");
}

// A '.' ending a line after Chinese text or a percentage is a full stop; inside numbers and after list numbers it
// stays.
TEST(ChineseOcrRepair, AFullStopReadAsADotEndingALineIsRestored) {
  EXPECT_EQ(repair_chinese_ocr("形成齐抓共管的工作格局."), "形成齐抓共管的工作格局。");
  EXPECT_EQ(repair_chinese_ocr("覆盖率达到95%."), "覆盖率达到95%。");
  EXPECT_EQ(repair_chinese_ocr("罚没款合计61.30"), "罚没款合计61.30");
  EXPECT_EQ(repair_chinese_ocr("罚没款合计61."), "罚没款合计61.");
  EXPECT_EQ(repair_chinese_ocr("1.严格执法程序"), "1.严格执法程序");
  EXPECT_EQ(repair_chinese_ocr("see Fig."), "see Fig.");
}

// Quotation marks beside Chinese text open and close in turn, also across the lines of a page; a sentence's end
// closes what OCR left open, and marks around Latin text stay.
TEST(ChineseOcrRepair, QuotationMarksBesideChineseArePairedByOrder) {
  EXPECT_EQ(repair_chinese_ocr("（二）深化\"放管服”改革"), "（二）深化“放管服”改革");
  EXPECT_EQ(repair_chinese_ocr("深化”放管服\"改革"), "深化“放管服”改革");
  EXPECT_EQ(repair_chinese_ocr("开展“八五\"普法，落实\"谁执法谁普法\"责任制。"),
            "开展“八五”普法，落实“谁执法谁普法”责任制。");
  EXPECT_EQ(repair_chinese_ocr("全面落实行政执法\"三项制度\"。"), "全面落实行政执法“三项制度”。");

  OcrRepairState page;
  EXPECT_EQ(repair_chinese_ocr("满意率98.7%。\"一网", page), "满意率98.7%。“一网");
  EXPECT_EQ(repair_chinese_ocr("通办\"事项占比达到90%", page), "通办”事项占比达到90%");
  EXPECT_FALSE(page.quotation_open);

  OcrRepairState lost;  // the closing mark was never read: the sentence's end closes the quotation
  EXPECT_EQ(repair_chinese_ocr("培育\"法律明白人312名。", lost), "培育“法律明白人312名。");
  EXPECT_EQ(repair_chinese_ocr("开展\"送法下乡\"活动", lost), "开展“送法下乡”活动");

  EXPECT_EQ(repair_chinese_ocr("开展\"八五“普法"), "开展“八五”普法");
  EXPECT_EQ(repair_chinese_ocr("执法三项制度\"。全年作出\"首违不罚\"决定"), "执法三项制度”。全年作出“首违不罚”决定");

  OcrRepairState speck;  // a stray “ read from a speck turns no correct pair round on the next line
  EXPECT_EQ(repair_chinese_ocr("重大问题的决定和“《关", speck), "重大问题的决定和“《关");
  EXPECT_EQ(repair_chinese_ocr("以“不忘初心、牢记使命”主题教育为契机", speck), "以“不忘初心、牢记使命”主题教育为契机");

  EXPECT_EQ(repair_chinese_ocr("the \"Open Data\" portal"), "the \"Open Data\" portal");
}

TEST(ChineseOcrRepair, PageNumbersAndListLabelsReadWrongAreRestored) {
  EXPECT_EQ(repair_chinese_ocr("_2—"), "— 2 —");
  EXPECT_EQ(repair_chinese_ocr("1一"), "— 1 —");
  EXPECT_EQ(repair_chinese_ocr("一 12 一"), "— 12 —");
  EXPECT_EQ(repair_chinese_ocr("(=）推进依法治理"), "（二）推进依法治理");
  EXPECT_EQ(repair_chinese_ocr("(-)加强领导"), "（一）加强领导");
  // Not a page number: words, two numbers, five digits, no dash.
  EXPECT_EQ(repair_chinese_ocr("一是12"), "一是12");
  EXPECT_EQ(repair_chinese_ocr("1-2"), "1-2");
  EXPECT_EQ(repair_chinese_ocr("—12345—"), "—12345—");
  EXPECT_EQ(repair_chinese_ocr("2024"), "2024");
  EXPECT_EQ(repair_chinese_ocr("a=b"), "a=b");
}

// A page number chi_sim read as letters between its dashes, or without them: — 2 — set left on an even page came out
// as 一DID-一, and as D.
// A page number chi_sim read as one stroke or two, its figures lost: marks and nothing else.
TEST(OcrPageFoot, APageNumberReadAsAMarkIsKnownByHavingNothingElse) {
  for (const char* remains : {">", "»", "> ", "·>", "。"}) EXPECT_TRUE(is_page_number_remains(remains)) << remains;
  for (const char* line : {"", " ", ">>>", "2>", "D>", "完", "（一）", "a", "— END —"}) {
    EXPECT_FALSE(is_page_number_remains(line)) << line;
  }
}

TEST(OcrPageFoot, APageNumberReadAsLettersIsKnownByItsGlyphs) {
  for (const char* misread : {"一DID-一", "一DID", "-IO-", "— l4 —", "_ZS_", "一 B 一", "D", "4", "1O"}) {
    EXPECT_TRUE(is_misread_page_number(misread)) << misread;
  }
  // Prose, a list label, a date, a rule, a closing line, five figures, four glyphs without a dash, a mark.
  for (const char* line :
       {"一是加强学习", "（一）", "2025年1月22日", "———", "— END —", "一DIDDI一", "2024", ">", "完"}) {
    EXPECT_FALSE(is_misread_page_number(line)) << line;
  }
}

layout::Line page_line(double top, const char* text, double left = 90, double right = 505) {
  return {1, left, top, right, top + 16, text, false, 0};
}

// Only the page's lowest line, in its foot, alone in its row, left, centre or right set, is taken; the same glyphs
// higher up stay, and so do a line of text at the foot, a table's last row there, and a page number furniture
// removal knows.
TEST(OcrPageFoot, TheMisreadPageNumberIsTakenFromThePagesFootOnly) {
  const auto page_ending = [](layout::Line last) {
    RecognisedPage page;
    page.height = 842;
    page.lines = {page_line(120, "乡村两级调解组织共受理矛盾纠纷187件，调解成功182件。"),
                  page_line(600, "白沙乡人民政府", 330, 440), page_line(624, "2025年1月22日", 320, 440),
                  std::move(last)};
    return page;
  };
  RecognisedPage left_set = page_ending(page_line(760, "一DID-一", 90, 130));
  EXPECT_EQ(take_misread_page_number(left_set), "一DID-一");
  ASSERT_EQ(left_set.lines.size(), 3U);
  EXPECT_EQ(left_set.lines.back().text, "2025年1月22日");
  RecognisedPage right_set = page_ending(page_line(760, "-IO-", 465, 505));
  EXPECT_EQ(take_misread_page_number(right_set), "-IO-");
  RecognisedPage without_dashes = page_ending(page_line(760, "D", 100, 110));
  EXPECT_EQ(take_misread_page_number(without_dashes), "D");
  RecognisedPage bare_figure = page_ending(page_line(760, "4", 100, 110));
  EXPECT_EQ(take_misread_page_number(bare_figure), "4");

  RecognisedPage above_the_foot = page_ending(page_line(650, "一DID-一", 90, 130));
  EXPECT_EQ(take_misread_page_number(above_the_foot), std::nullopt);
  EXPECT_EQ(above_the_foot.lines.size(), 4U);
  RecognisedPage text_at_the_foot = page_ending(page_line(760, "送涉嫌犯罪案件2件。", 90, 250));
  EXPECT_EQ(take_misread_page_number(text_at_the_foot), std::nullopt);
  RecognisedPage not_lowest = page_ending(page_line(760, "一DID-一", 90, 130));
  not_lowest.lines.push_back(page_line(790, "（此件公开发布）", 90, 220));
  EXPECT_EQ(take_misread_page_number(not_lowest), std::nullopt);
  RecognisedPage table_row = page_ending(page_line(760, "12", 300, 316));
  table_row.lines.push_back(page_line(760, "合计", 120, 160));
  EXPECT_EQ(take_misread_page_number(table_row), std::nullopt);
  // — 2 — of which chi_sim read one stroke: marks alone at the foot are taken, the same mark higher up stays.
  RecognisedPage one_mark = page_ending(page_line(760, ">", 100, 108));
  EXPECT_EQ(take_misread_page_number(one_mark), ">");
  ASSERT_EQ(one_mark.lines.size(), 3U);
  RecognisedPage mark_above_the_foot = page_ending(page_line(650, ">", 100, 108));
  EXPECT_EQ(take_misread_page_number(mark_above_the_foot), std::nullopt);
  RecognisedPage known = page_ending(page_line(760, "— 12 —", 90, 140));
  EXPECT_EQ(take_misread_page_number(known), std::nullopt);
  RecognisedPage known_bare = page_ending(page_line(790, "7", 90, 100));
  EXPECT_EQ(take_misread_page_number(known_bare), std::nullopt);
}

// chi_sim's misreadings of a serif "%", of a label's opening bracket and of a seal's star in a date.
TEST(ChineseOcrRepair, APercentSignSplitIntoDigitsIsRestored) {
  EXPECT_EQ(repair_chinese_ocr("化解率1009%6;开展"), "化解率100%；开展");
  EXPECT_EQ(repair_chinese_ocr("调解成功率96.89%0;组织"), "调解成功率96.8%；组织");
  EXPECT_EQ(repair_chinese_ocr("持证率仅为869%，"), "持证率仅为86%，");
  EXPECT_EQ(repair_chinese_ocr("考试合格率97.5%4。"), "考试合格率97.5%。");
  EXPECT_EQ(repair_chinese_ocr("45岁以上人员占比达629%，"), "45岁以上人员占比达62%，");
  // A rate that may be true stays: 99%, 96.89% with nothing after it, a growth rate over 100.
  EXPECT_EQ(repair_chinese_ocr("化解率99%。"), "化解率99%。");
  EXPECT_EQ(repair_chinese_ocr("成功率96.89%。"), "成功率96.89%。");
  EXPECT_EQ(repair_chinese_ocr("同比增长率109%。"), "同比增长率109%。");
  EXPECT_EQ(repair_chinese_ocr("任务完成率109%。"), "任务完成率109%。");
  EXPECT_EQ(repair_chinese_ocr("化解率99%6。"), "化解率99%。");
  EXPECT_EQ(repair_chinese_ocr("办理109件"), "办理109件");
}

TEST(ChineseOcrRepair, ALabelsOpeningBracketAndASealInADateAreRestored) {
  EXPECT_EQ(repair_chinese_ocr("\\四）强化执法监督"), "（四）强化执法监督");
  EXPECT_EQ(repair_chinese_ocr("《四）强化执法监督"), "（四）强化执法监督");
  EXPECT_EQ(repair_chinese_ocr("《法治政府建设实施纲要》"), "《法治政府建设实施纲要》");
  EXPECT_EQ(repair_chinese_ocr("2025人年1月10日"), "2025年1月10日");
  EXPECT_EQ(repair_chinese_ocr("2025年1月10日"), "2025年1月10日");
  EXPECT_EQ(repair_chinese_ocr("共12345人年均"), "共12345人年均");
}

// A signature's date under a red seal: its 日 read as a character of like shape, only where a date in figures ends
// the line.
TEST(ChineseOcrRepair, ADaysCharacterMisreadUnderASealIsRestored) {
  EXPECT_EQ(repair_chinese_ocr("2025年1月16晶"), "2025年1月16日");
  EXPECT_EQ(repair_chinese_ocr("2024年12月3曰"), "2024年12月3日");
  EXPECT_EQ(repair_chinese_ocr("梧桐县司法局 2025年2月8目"), "梧桐县司法局2025年2月8日");
  // Not a date's end: a word after the day, no year, a five-digit "year", the day's own 日.
  EXPECT_EQ(repair_chinese_ocr("自2024年3月5白天起"), "自2024年3月5白天起");
  EXPECT_EQ(repair_chinese_ocr("3月5晶"), "3月5晶");
  EXPECT_EQ(repair_chinese_ocr("12025年1月16晶"), "12025年1月16晶");
  EXPECT_EQ(repair_chinese_ocr("2025年1月16日"), "2025年1月16日");
  EXPECT_EQ(repair_chinese_ocr("种植面积2025亩1月16目"), "种植面积2025亩1月16目");
}

// A quotation mark Tesseract reads into the gap between a table row's cells is the gap, and opens no quotation that
// would turn the next real pair round; quotations of figures and prose keep their marks.
TEST(ChineseOcrRepair, AMarkInTheGapBetweenCellsIsNoQuotation) {
  EXPECT_EQ(repair_chinese_ocr("项目2023年\"2024年"), "项目2023年 2024年");
  EXPECT_EQ(repair_chinese_ocr("行政复议审结\"109 138"), "行政复议审结 109 138");
  EXPECT_EQ(repair_chinese_ocr("罚没款（万元）” 61.30 58.12"), "罚没款（万元） 61.30 58.12");
  OcrRepairState page;
  EXPECT_EQ(repair_chinese_ocr("受理投诉举报\"326 301", page), "受理投诉举报 326 301");
  EXPECT_FALSE(page.quotation_open);
  EXPECT_EQ(repair_chinese_ocr("开展\"宪法宣传周\"活动", page), "开展“宪法宣传周”活动");
  // Quotations: of figures with their pair, in prose with its punctuation or its words after the figures.
  EXPECT_EQ(repair_chinese_ocr("畅通\"12345\"热线"), "畅通“12345”热线");
  EXPECT_EQ(repair_chinese_ocr("培育\"法律明白人\"600名。"), "培育“法律明白人”600名。");
  EXPECT_EQ(repair_chinese_ocr("工程\"300余名村干部参加培训"), "工程“300余名村干部参加培训");
  OcrRepairState open;  // a quotation opened on the line before closes here
  EXPECT_EQ(repair_chinese_ocr("实施“法律明白人", open), "实施“法律明白人");
  EXPECT_EQ(repair_chinese_ocr("培养\"120 人", open), "培养”120人");
}

TEST(ChineseOcrRepair, DigitsAndNumberPunctuationAreNeverChanged) {
  EXPECT_EQ(repair_chinese_ocr("金额1,234,567元"), "金额1,234,567元");
  EXPECT_EQ(repair_chinese_ocr("时间10:30"), "时间10:30");
  EXPECT_EQ(repair_chinese_ocr("(2021-2025)"), "(2021-2025)");
  EXPECT_EQ(repair_chinese_ocr("0123456789.5"), "0123456789.5");
  EXPECT_EQ(repair_chinese_ocr("1.加强学习"), "1.加强学习");
}

// A text line as Tesseract gives it, at `top` (16 points high): each word "text@left-right".
TextLineWords text_line(double top, const std::vector<std::pair<const char*, std::pair<double, double>>>& words) {
  TextLineWords line;
  for (const auto& [text, span] : words) line.push_back({span.first, top, span.second, top + 16, text, false});
  return line;
}

// A page of prose, the caption of a table, its header (cells about a line height apart, an invented quotation mark
// in a gap) and its rows of figures (cells far apart), then prose again.
std::vector<TextLineWords> page_with_a_table() {
  return {
      text_line(100, {{"全年", {112, 140}},
                      {"受理", {142, 170}},
                      {"投诉", {172, 200}},
                      {"举报", {202, 230}},
                      {"326件，", {232, 290}},
                      {"办结", {292, 320}},
                      {"301件。", {322, 380}}}),
      text_line(124, {{"主要", {112, 140}}, {"情况", {142, 170}}, {"见下表：", {172, 230}}}),
      text_line(148, {{"业务", {150, 180}},
                      {"类别", {182, 212}},
                      {"”受理", {230, 282}},
                      {"数（件）", {284, 340}},
                      {"“金额", {356, 404}},
                      {"（万元）", {406, 460}}}),
      text_line(172, {{"消费", {150, 180}}, {"维权", {182, 212}}, {"184", {286, 310}}, {"35.60", {394, 436}}}),
      text_line(196, {{"价格", {150, 180}}, {"投诉", {182, 212}}, {"142", {286, 310}}, {"12.05", {394, 436}}}),
      text_line(220, {{"合计", {166, 198}}, {"326", {286, 310}}, {"47.65", {394, 436}}}),
      text_line(244, {{"（二）", {112, 160}}, {"强化", {162, 190}}, {"执法", {192, 220}}, {"监督", {222, 250}}}),
  };
}

// The rows of figures, aligned under a header, are cut where their columns part, and the header with them; the
// prose around them, the caption and the heading after the table are not.
TEST(OcrTables, RowsOfFiguresUnderAHeaderAreCutIntoTheirColumns) {
  const std::vector<ColumnCuts> cuts = table_cuts(page_with_a_table());
  ASSERT_EQ(cuts.size(), 7U);
  for (const std::size_t prose : {0U, 1U, 6U}) EXPECT_TRUE(cuts[prose].empty()) << prose;
  for (std::size_t row = 2; row <= 5; ++row) {
    ASSERT_EQ(cuts[row].size(), 2U) << row;
    EXPECT_GT(cuts[row][0], 212);
    EXPECT_LT(cuts[row][0], 286);
    EXPECT_GT(cuts[row][1], 310);
    EXPECT_LT(cuts[row][1], 394);
  }
  const std::vector<TextLineWords> header = cells_of(page_with_a_table()[2], cuts[2]);
  ASSERT_EQ(header.size(), 3U);
  EXPECT_EQ(header[1].front().text, "”受理");
  EXPECT_EQ(header[2].front().text, "“金额");
  EXPECT_EQ(repair_chinese_ocr_cell("“金额（万元）"), "金额（万元）");
  EXPECT_EQ(repair_chinese_ocr_cell("|受理数（件）”"), "受理数（件）");
  EXPECT_EQ(repair_chinese_ocr_cell("“12345”热线"), "“12345”热线");
}

// Rows whose label Tesseract read together with the first figure as one word (2022年21): the word is parted where
// the header's and the other rows' second cell lies, and the row is cut into its columns with the others; where no
// line near it has a cell more over the figure (a row alone, prose), the word stays whole.
TEST(OcrTables, ALabelGluedToItsFirstFigureIsPartedWhereTheColumnsPart) {
  std::vector<TextLineWords> page{
      text_line(100, {{"年度", {130, 160}}, {"立案（件）", {200, 280}}, {"结案（件）", {340, 420}}}),
      text_line(124, {{"2022年21", {120, 250}}, {"19", {370, 390}}}),
      text_line(148, {{"2023年", {120, 166}}, {"25", {230, 250}}, {"22", {370, 390}}}),
      text_line(172, {{"2024年", {120, 166}}, {"31", {230, 250}}, {"30", {370, 390}}}),
  };
  part_labels_glued_to_figures(page);
  ASSERT_EQ(page[1].size(), 3U);
  EXPECT_EQ(page[1][0].text, "2022年");
  EXPECT_EQ(page[1][1].text, "21");
  const std::vector<ColumnCuts> cuts = table_cuts(page);
  ASSERT_EQ(cuts[1].size(), 2U);
  const auto cells = cells_of(page[1], cuts[1]);
  ASSERT_EQ(cells.size(), 3U);
  EXPECT_EQ(cells[0].front().text, "2022年");
  EXPECT_EQ(cells[1].front().text, "21");
  EXPECT_EQ(cells[2].front().text, "19");

  // Alone, or beside lines of as many cells: nothing tells where the label ends.
  std::vector<TextLineWords> alone{text_line(100, {{"全年", {112, 140}}, {"开展", {142, 170}}}),
                                   text_line(124, {{"2022年21", {120, 250}}, {"19", {370, 390}}})};
  part_labels_glued_to_figures(alone);
  EXPECT_EQ(alone[1].size(), 2U);
  std::vector<TextLineWords> prose{text_line(124, {{"全年办理", {112, 200}}, {"案件21", {202, 250}}})};
  part_labels_glued_to_figures(prose);
  EXPECT_EQ(prose[0].size(), 2U);
}

// A table whose header has two levels, its first line's cells each over two columns and its second beside 年度
// merged down (in the first line), then a row whose fines were not reported and one with a dash for none.
std::vector<TextLineWords> page_with_an_uneven_table() {
  return {
      text_line(100, {{"近三年", {112, 160}},
                      {"复议", {162, 190}},
                      {"诉讼", {192, 220}},
                      {"情况", {222, 250}},
                      {"如下：", {252, 300}}}),
      text_line(124, {{"年度", {130, 160}}, {"行政复议（件）", {200, 300}}, {"行政诉讼（件）", {340, 440}}}),
      text_line(148, {{"受理", {200, 230}}, {"办结", {270, 300}}, {"应诉", {340, 370}}, {"败诉", {410, 440}}}),
      text_line(
          172, {{"2023年", {126, 166}}, {"26", {208, 222}}, {"25", {278, 292}}, {"11", {348, 362}}, {"0", {422, 428}}}),
      text_line(
          196, {{"2024年", {126, 166}}, {"31", {208, 222}}, {"30", {278, 292}}, {"14", {348, 362}}, {"—", {418, 432}}}),
      text_line(220, {{"2025年", {126, 166}}, {"18", {208, 222}}, {"17", {278, 292}}}),
      text_line(244,
                {{"合计", {130, 160}}, {"75", {208, 222}}, {"72", {278, 292}}, {"25", {348, 362}}, {"0", {422, 428}}}),
      text_line(268, {{"全年", {112, 140}},
                      {"开展", {142, 170}},
                      {"检查", {172, 200}},
                      {"12次，", {202, 250}},
                      {"发现", {252, 280}},
                      {"问题", {282, 310}},
                      {"27个。", {312, 360}}}),
  };
}

// The header's lines that leave a column empty or span two are cut at their own gaps, for the table layout to place
// each cell over the columns it spans; the rows with a cell empty or a dash stay rows of the table; the prose around
// it stays whole.
TEST(OcrTables, AHeaderOfTwoLevelsAndRowsWithACellEmptyAreCut) {
  const std::vector<TextLineWords> page = page_with_an_uneven_table();
  const std::vector<ColumnCuts> cuts = table_cuts(page);
  ASSERT_EQ(cuts.size(), 8U);
  EXPECT_TRUE(cuts[0].empty());
  EXPECT_TRUE(cuts[7].empty());
  const auto texts = [&](std::size_t line) {
    std::vector<std::string> cells;
    for (const auto& cell : cells_of(page[line], cuts[line])) {
      std::string text;
      for (const auto& word : cell) text += word.text;
      cells.push_back(text);
    }
    return cells;
  };
  EXPECT_THAT(texts(1), ::testing::ElementsAre("年度", "行政复议（件）", "行政诉讼（件）"));
  EXPECT_THAT(texts(2), ::testing::ElementsAre("受理", "办结", "应诉", "败诉"));
  for (std::size_t row = 3; row <= 6; ++row) EXPECT_EQ(cuts[row].size(), 4U) << row;
  EXPECT_THAT(texts(4), ::testing::ElementsAre("2024年", "31", "30", "14", "—"));
  EXPECT_THAT(texts(5), ::testing::ElementsAre("2025年", "18", "17", "", ""));
}

// A line of prose over the figures with gaps in it is no header, and a short line under them in one column no row.
TEST(OcrTables, ProseAroundAnUnevenTableStaysWhole) {
  std::vector<TextLineWords> page = page_with_an_uneven_table();
  page[1] = text_line(124, {{"详见", {112, 140}}, {"下表，", {142, 190}}, {"单位：", {240, 290}}, {"件", {292, 306}}});
  page[2] = text_line(148, {{"统计", {112, 140}}, {"口径", {142, 170}}, {"同上年", {172, 220}}});
  for (const auto& cut : table_cuts(page)) EXPECT_TRUE(cut.empty());

  page = page_with_an_uneven_table();
  page[7] = text_line(268, {{"（三）", {112, 160}}, {"2026年", {162, 206}}});
  const std::vector<ColumnCuts> cuts = table_cuts(page);
  EXPECT_FALSE(cuts[6].empty());
  EXPECT_TRUE(cuts[7].empty());
}

// No table without a header over its figures, nor where a line of prose runs across the columns above them; lines
// of prose with figures far apart are no table either.
TEST(OcrTables, ProseAndHeaderlessFiguresStayLines) {
  std::vector<TextLineWords> headless = page_with_a_table();
  headless.erase(headless.begin() + 2);
  for (const auto& cut : table_cuts(headless)) EXPECT_TRUE(cut.empty());

  std::vector<TextLineWords> prose_above = page_with_a_table();
  prose_above[2] = text_line(148, {{"各类", {112, 140}},
                                   {"案件", {142, 170}},
                                   {"办理", {172, 200}},
                                   {"情况", {202, 230}},
                                   {"统计", {232, 260}},
                                   {"如下", {262, 290}},
                                   {"并", {292, 320}},
                                   {"逐项", {322, 350}},
                                   {"公开", {352, 380}},
                                   {"结果", {382, 410}},
                                   {"于", {412, 440}},
                                   {"网站", {442, 470}}});
  for (const auto& cut : table_cuts(prose_above)) EXPECT_TRUE(cut.empty());

  const std::vector<TextLineWords> prose = {
      text_line(100, {{"全年", {112, 140}}, {"受理", {142, 170}}, {"326件，", {172, 230}}, {"办结", {232, 260}}}),
      text_line(124, {{"调解", {112, 140}}, {"纠纷", {142, 170}}, {"184起，", {172, 230}}, {"成功", {232, 260}}}),
      text_line(148, {{"杉溪县司法局", {380, 470}}}),
      text_line(172, {{"2025年1月20日", {384, 470}}}),
  };
  for (const auto& cut : table_cuts(prose)) EXPECT_TRUE(cut.empty());
}

TEST(PageImage, TheRedChannelWhitensRedSealsAndKeepsBlackText) {
  // Four 0xAARRGGBB pixels: paper, black text, seal red, dark grey.
  const std::vector<std::uint32_t> pixels = {0xFFFFFFFF, 0xFF000000, 0xFFDC1E28, 0xFF404040};
  const PixPtr grey = red_channel_of_argb32(reinterpret_cast<const char*>(pixels.data()), 4, 1, 16);
  ASSERT_EQ(pixGetDepth(grey.get()), 8);
  const auto value = [&](int x) {
    l_uint32 v = 0;
    pixGetPixel(grey.get(), x, 0, &v);
    return v;
  };
  EXPECT_EQ(value(0), 255u);
  EXPECT_EQ(value(1), 0u);
  EXPECT_EQ(value(2), 255u);  // the seal: paper
  EXPECT_EQ(value(3), 0x40u);
}

struct Rect {
  l_int32 x, y, width, height;
  l_int32 area() const { return width * height; }
};

// Leptonica's BOX of a rectangle (its struct is opaque in newer versions).
std::unique_ptr<BOX, void (*)(BOX*)> box_of(const Rect& rect) {
  return {boxCreate(rect.x, rect.y, rect.width, rect.height), [](BOX* box) { boxDestroy(&box); }};
}

// A grey page at 300 dpi with black rectangles drawn on white paper.
PixPtr page_with(const std::vector<Rect>& ink) {
  PixPtr page(pixCreate(1200, 600, 8));
  pixSetAllArbitrary(page.get(), 255);
  pixSetResolution(page.get(), 300, 300);
  for (const Rect& rect : ink) pixClearInRect(page.get(), box_of(rect).get());  // cleared grey is black
  return page;
}

l_int32 ink_in(Pix* page, const Rect& rect) {
  const PixPtr part(pixClipRectangle(page, box_of(rect).get(), nullptr));
  const PixPtr binary(pixConvertTo1(part.get(), 128));
  l_int32 count = 0;
  pixCountPixels(binary.get(), &count, nullptr);
  return count;
}

// The rules of a ruled table go; strokes of characters, a dash pair "——" of body text and a short vertical stroke
// as tall as a line stay, as does a page without rules.
TEST(PageImage, LongRulesAreWhitenedAndTextStrokesStay) {
  const Rect horizontal_rule{100, 100, 1000, 4}, vertical_rule{100, 100, 4, 400};
  const Rect dash_pair{300, 300, 130, 5}, stroke{600, 250, 6, 70}, dot{800, 300, 10, 10};
  const PixPtr page = page_with({horizontal_rule, vertical_rule, dash_pair, stroke, dot});
  const PixPtr unruled = without_rules(page.get(), 300);
  EXPECT_EQ(ink_in(unruled.get(), Rect{150, 90, 900, 24}), 0);
  EXPECT_EQ(ink_in(unruled.get(), Rect{90, 150, 24, 300}), 0);
  EXPECT_EQ(ink_in(unruled.get(), dash_pair), dash_pair.area());
  EXPECT_EQ(ink_in(unruled.get(), stroke), stroke.area());
  EXPECT_EQ(ink_in(unruled.get(), dot), dot.area());

  const PixPtr plain = page_with({dash_pair, stroke});
  const PixPtr same = without_rules(plain.get(), 300);
  l_int32 equal = 0;
  pixEqual(plain.get(), same.get(), &equal);
  EXPECT_TRUE(equal);
}

TEST(PageImage, ADamagedImageIsAClearError) {
  EXPECT_THROW(read_image_pages("\x89PNG\r\n\x1A\nnot really"), std::runtime_error);
}

TEST(OcrSettings, OutOfRangeValuesAreNamedTogether) {
  Parameters parameters;
  parameters.set("ocr", true);
  parameters.set("ocr_language", std::string("chi_sim"));
  parameters.set("ocr_dpi", std::int64_t{50});
  parameters.set("ocr_max_pages", std::int64_t{-1});
  parameters.set("ocr_time_budget_seconds", 240.0);
  parameters.set("ocr_min_confidence", 101.0);
  try {
    read_ocr_settings(parameters);
    FAIL() << "no ParameterError";
  } catch (const ParameterError& error) {
    ASSERT_EQ(error.problems().size(), 3u);
    EXPECT_EQ(error.problems()[0].parameter, "ocr_dpi");
    EXPECT_EQ(error.problems()[1].parameter, "ocr_max_pages");
    EXPECT_EQ(error.problems()[2].parameter, "ocr_min_confidence");
  }
  parameters.set("ocr_dpi", std::int64_t{300});
  parameters.set("ocr_max_pages", std::int64_t{40});
  parameters.set("ocr_min_confidence", 60.0);
  parameters.set("ocr_language", std::string("../../etc/passwd"));
  EXPECT_THROW(read_ocr_settings(parameters), ParameterError);
}

}  // namespace
}  // namespace docpipe::ocr
