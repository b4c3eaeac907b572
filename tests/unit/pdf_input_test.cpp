// input.pdf: reading order and paragraphs, page furniture, encryption, broken and scanned files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <tuple>

#include "cell_gaps.hpp"
#include "contents_rows.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/paragraph_assembly.hpp"
#include "docpipe/symbol_fonts.hpp"
#include "footnotes.hpp"
#include "pdf_input.hpp"
#include "seal_text.hpp"
#include "test_support.hpp"
#include "title_lines.hpp"

namespace docpipe::pdf {
namespace {

using namespace docpipe::layout;

using ::testing::ElementsAre;
using ::testing::HasSubstr;

PluginContext pdf_context() {
  PluginContext context;
  context.parameters.set("max_unreadable_share", 0.3);
  context.parameters.set("remove_artifacts", true);
  for (const auto& spec : ocr::kOcrParameters) {
    context.parameters.set(spec.name, *parse_parameter(spec.type, spec.default_value));
  }
  return context;
}

Document read_pdf(const std::filesystem::path& file) {
  Document document;
  PdfInput(pdf_context()).read(test::read_file(file), document);
  return document;
}

std::string error_of(const std::string& name) {
  try {
    read_pdf(test::kTestData / "pdf" / name);
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

TEST(PdfJoining, NoSpaceBetweenChineseAndDigitsAcrossALineBreak) {
  std::string text = "调解员86";
  append_joined(text, "名");
  EXPECT_EQ(text, "调解员86名");
  std::string latin = "Rule of";
  append_joined(latin, "law");
  EXPECT_EQ(latin, "Rule of law");
  std::string hyphenated = "govern-";
  append_joined(hyphenated, "ment");
  EXPECT_EQ(hyphenated, "government");
}

TEST(PdfJoining, WordsOfALineKeepSpacesOnlyBetweenLatinWordsAndNumbers) {
  const auto lines = lines_of_page({{100, 10, 130, 22, "化解率", true},
                                    {131, 10, 150, 22, "100", true},
                                    {151, 10, 160, 22, "%", true},
                                    {161, 10, 190, 22, "LED", true},
                                    {191, 10, 220, 22, "screen", false}},
                                   1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "化解率100%LED screen");
}

// A table row: its cells stand apart by more than any gap prose leaves, and become lines of their own; OCR's
// uneven boxes are kept together.
TEST(PdfJoining, ATableRowsCellsAreLinesOfTheirOwn) {
  const std::vector<Word> row = {{60, 10, 70, 22, "3", false},
                                 {100, 10, 250, 22, "人民调解受理矛盾纠纷", false},
                                 {300, 10, 324, 22, "318", false},
                                 {380, 10, 404, 22, "296", false}};
  const auto cells = lines_of_page(row, 1);
  ASSERT_EQ(cells.size(), 4u);
  EXPECT_EQ(cells[2].text, "318");
  EXPECT_EQ(cells[2].left, 300);
  const auto ocr = lines_of_page(row, 1, Cells::keep_together);
  ASSERT_EQ(ocr.size(), 1u);
  EXPECT_EQ(ocr[0].text, "3人民调解受理矛盾纠纷318296");
}

// Two issuers of a joint letterhead set on one line with spaces between them (three spaces at 22 points leave some two
// thirds of the line's height): the text keeps one space there. A justified line's words of Chinese, a fraction of
// that apart, stay joined, and so do the characters of a row spread over the measure (一 、 工 作 …) and OCR's words.
TEST(PdfJoining, WordsOfChineseAHandSetApartKeepOneSpace) {
  const std::vector<Word> issuers = {{149, 111, 281, 137, "中共青石县委", false},
                                     {298, 111, 452, 137, "青石县人民政府", false}};
  const auto letterhead = lines_of_page(issuers, 1);
  ASSERT_EQ(letterhead.size(), 1u);
  EXPECT_EQ(letterhead[0].text, "中共青石县委 青石县人民政府");
  const auto justified = lines_of_page({{80, 10, 240, 26, "社会发展全过程，各项工作", false},
                                        {243, 10, 400, 26, "取得了明显成效。现将全年", false},
                                        {404, 10, 522, 26, "工作情况报告", false}},
                                       1);
  ASSERT_EQ(justified.size(), 1u);
  EXPECT_EQ(justified[0].text, "社会发展全过程，各项工作取得了明显成效。现将全年工作情况报告");
  // Punctuation leaves its own white: no space after 、 or before 《.
  const auto punctuated =
      lines_of_page({{80, 10, 128, 26, "一、", false}, {140, 10, 240, 26, "工作开展情况", false}}, 1);
  EXPECT_EQ(punctuated[0].text, "一、工作开展情况");
  const std::vector<Word> spread = {{80, 10, 96, 26, "工", false},
                                    {110, 10, 126, 26, "作", false},
                                    {140, 10, 156, 26, "情", false},
                                    {170, 10, 186, 26, "况", false}};
  EXPECT_EQ(lines_of_page(spread, 1)[0].text, "工作情况");
  EXPECT_EQ(lines_of_page(issuers, 1, Cells::keep_together)[0].text, "中共青石县委青石县人民政府");
  // A label of two characters set a full space apart (附　件, 目　录) is one word: a single character is no issuer.
  const auto label = lines_of_page({{100, 10, 116, 26, "附", false}, {132, 10, 148, 26, "件", false}}, 1);
  ASSERT_EQ(label.size(), 1u);
  EXPECT_EQ(label[0].text, "附件");
}

TEST(PdfParagraphs, IndentedFirstLinesStartParagraphsAndWrappedLinesJoin) {
  std::vector<Line> lines = {{1, 124, 100, 500, 112, "一、工作开展情况"},
                             {1, 124, 118, 560, 130, "（一）加强组织领导。成立了委员会，形成上有领导负责抓的工作局"},
                             {1, 100, 136, 560, 148, "面。二是强化制度建设。"},
                             {1, 124, 154, 300, 166, "二、存在问题"}};
  const auto paragraphs = build_paragraphs(lines);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[1].text, "（一）加强组织领导。成立了委员会，形成上有领导负责抓的工作局面。二是强化制度建设。");
}

// A portal's page printed to PDF: the menu's row, run into the breadcrumb, reaches the right margin, and the
// article's title under it starts at the same left one. The breadcrumb ends its paragraph; a report's sentence that
// mentions a 位置 wraps on.
TEST(PdfParagraphs, ABreadcrumbEndsItsRowAndTheTitleUnderItStandsAlone) {
  std::vector<Line> lines = {
      {1, 100, 100, 560, 112, "网站首页政务公开办事服务公众参与走进平川当前位置：首页>政府信息公开>法治政府建设"},
      {1, 100, 118, 420, 130, "白沙镇人民政府2024年法治政府建设情况报告"},
      {1, 100, 136, 560, 148, "全镇在重要位置：首页、显著位置设置普法专栏，将法治宣传融入"},
      {1, 100, 154, 300, 166, "日常工作。"}};
  const auto paragraphs = build_paragraphs(lines);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[1].text, "白沙镇人民政府2024年法治政府建设情况报告");
  EXPECT_EQ(paragraphs[2].text, "全镇在重要位置：首页、显著位置设置普法专栏，将法治宣传融入日常工作。");
}

// A document set flush left, without indents: a heading after a sentence that filled its line is still a
// paragraph of its own; a line that merely opens with a number after a wrapped sentence is not.
TEST(PdfParagraphs, AHeadingMarkerAfterAFullSentenceStartsAParagraph) {
  std::vector<Line> lines = {{1, 100, 100, 560, 112, "2023年，我镇坚持依法行政，现将有关情况报告如下："},
                             {1, 100, 118, 300, 130, "一、主要举措和成效"},
                             {1, 100, 136, 560, 148, "全年召开党政联席会议研究涉法事项9件，重大行政决策全部"},
                             {1, 100, 154, 560, 166, "1.经过合法性审查，依托村（社区）人民调解委员会开展"},
                             {1, 100, 172, 300, 184, "矛盾纠纷排查。"}};
  const auto paragraphs = build_paragraphs(lines);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[1].text, "一、主要举措和成效");
}

// A document set flush left, whose centred title and right-aligned signature make it look indented: a heading of
// twenty-odd characters ending a few characters short of the margin is a paragraph of its own, before a heading or
// a body line. Text set flush left fills its lines to within a character, so a heading wrapped at the margin, or
// short by no more than the number that opens its next line, goes on.
TEST(PdfParagraphs, AHeadingEndingShortOfTheMarginInAFlushLeftDocument) {
  const std::vector<Line> lines = {{1, 116, 112, 485, 140, "桐溪乡2024年度法治工作报告"},
                                   {1, 80, 175, 422, 196, "一、2024年推进法治政府建设的主要举措和成效"},
                                   {1, 80, 203, 400, 224, "（一）健全依法决策机制，提升行政决策质量"},
                                   {1, 80, 231, 521, 252, "全年召开党政联席会议研究涉法事项18件，重大行政决策全部"},
                                   {1, 80, 259, 368, 280, "经过合法性审查，未发生行政复议案件。"},
                                   {1, 80, 287, 520, 308, "（二）深入推进严格规范公正文明执法，全面提升行政执法质"},
                                   {1, 80, 315, 208, 336, "量和基层治理效能"},
                                   {1, 80, 343, 492, 364, "（三）健全矛盾纠纷多元化解机制，推进"},
                                   {1, 80, 371, 240, 392, "2024年度重点工作"},
                                   {1, 80, 399, 521, 420, "全年调解纠纷86件，调解成功率98%，其中口头调解82件，协议"},
                                   {1, 80, 427, 200, 448, "调解4件。"},
                                   {1, 394, 483, 490, 504, "桐溪乡人民政府"},
                                   {1, 366, 511, 490, 532, "2025年1月15日"}};
  const auto paragraphs = build_paragraphs(lines);
  std::vector<std::string> texts;
  for (const auto& paragraph : paragraphs) texts.push_back(paragraph.text);
  EXPECT_THAT(texts, ::testing::ElementsAre(
                         "桐溪乡2024年度法治工作报告", "一、2024年推进法治政府建设的主要举措和成效",
                         "（一）健全依法决策机制，提升行政决策质量",
                         "全年召开党政联席会议研究涉法事项18件，重大行政决策全部经过合法性审查，未发生行政复议案件。",
                         "（二）深入推进严格规范公正文明执法，全面提升行政执法质量和基层治理效能",
                         "（三）健全矛盾纠纷多元化解机制，推进2024年度重点工作",
                         "全年调解纠纷86件，调解成功率98%，其中口头调解82件，协议调解4件。", "桐溪乡人民政府",
                         "2025年1月15日"));
}

// A body paragraph that opens with a number is no heading once a sentence ended in it: its lines join as before.
TEST(PdfParagraphs, ANumberedBodyParagraphIsNoHeading) {
  const std::vector<Line> lines = {{1, 124, 82, 560, 94, "全年召开党政联席会议研究涉法事项18件，重大行政决策全部经过"},
                                   {1, 100, 100, 300, 112, "合法性审查。"},
                                   {1, 124, 118, 560, 130, "1.全年开展行政检查206次。办理行政处罚案件31件，行政执"},
                                   {1, 100, 136, 500, 148, "法公示率100%，行政复议纠错率为零，执法人员持证率"},
                                   {1, 100, 154, 300, 166, "100%。"}};
  const auto paragraphs = build_paragraphs(lines);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(
      paragraphs[1].text,
      "1.全年开展行政检查206次。办理行政处罚案件31件，行政执法公示率100%，行政复议纠错率为零，执法人员持证率100%。");
}

TEST(PdfParagraphs, AParagraphCrossingAPageBreakIsOneParagraph) {
  std::vector<Line> lines = {{1, 124, 700, 560, 712, "其中口头调解82件，协议调解"},
                             {2, 100, 80, 400, 92, "38件。"},
                             {2, 124, 98, 500, 110, "二、存在问题"}};
  const auto paragraphs = build_paragraphs(lines);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[0].text, "其中口头调解82件，协议调解38件。");
  EXPECT_EQ(paragraphs[0].page, 1);
}

// A signature's date set flush right at the foot of a page, and the attachment at the top of the next.
TEST(PdfParagraphs, AFlushRightLineIsAParagraphOfItsOwnAcrossAPageBreak) {
  std::vector<Line> lines = {{1, 124, 600, 560, 612, "继续深化法治宣传教育，完善矛盾纠纷多元化解体系，推进基层"},
                             {1, 100, 618, 300, 630, "依法治理。"},
                             {1, 400, 660, 560, 672, "临川市东湖区司法局"},
                             {1, 420, 678, 560, 690, "2024年2月28日"},
                             {2, 100, 80, 130, 92, "附件"},
                             {2, 124, 98, 560, 110, "全年办理公证事项4,527件。"}};
  const auto paragraphs = build_paragraphs(lines);
  ASSERT_EQ(paragraphs.size(), 5u);
  EXPECT_EQ(paragraphs[2].text, "2024年2月28日");
  EXPECT_EQ(paragraphs[3].text, "附件");
}

// A note under a cover letter's date that reaches the margin at the foot of its page, and 附件 at the top of the
// next over the report it sends: the label opens a paragraph of its own.
TEST(PdfParagraphs, AnAttachmentsLabelAtTheTopOfAPageIsAParagraphOfItsOwn) {
  const std::vector<Line> lines = {{1, 400, 640, 560, 652, "栖霞县石岭乡人民政府"},
                                   {1, 420, 658, 560, 670, "2025年3月5日"},
                                   {1, 124, 676, 560, 688, "（联系人：赵敏；联系电话：13907451286）"},
                                   {2, 100, 80, 130, 92, "附件"},
                                   {2, 180, 110, 480, 130, "石岭乡2024年法治政府建设年度报告"},
                                   {2, 124, 140, 560, 152, "今年以来，石岭乡坚持依法行政，全乡法治政府建设稳步推"},
                                   {2, 100, 158, 200, 170, "进。"}};
  const auto paragraphs = build_paragraphs(lines);
  ASSERT_EQ(paragraphs.size(), 6u);
  EXPECT_EQ(paragraphs[2].text, "（联系人：赵敏；联系电话：13907451286）");
  EXPECT_EQ(paragraphs[3].text, "附件");
}

// An electronic seal set as text over the signature: poppler reports the glyphs on its sides a quarter turn or more
// off the horizontal, those on its top arc upright; a star and 专用章 stand inside. All are set aside, together; the
// signature and its date under the seal stay.
TEST(PdfSeal, ASealSetAsTurnedTextIsSetAsideAndTheSignatureStays) {
  std::vector<Word> words = {{110, 393, 187, 409, "特此报告。", false},
                             {434, 389, 447, 402, "源", false},
                             {455, 386, 468, 399, "镇", false},
                             {475, 393, 485, 406, "人", false},
                             {487, 418, 500, 430, "民", false},
                             {396, 438, 409, 451, "坞", false},
                             {397, 418, 410, 430, "县", false},
                             {417, 401, 427, 414, "桃", false},
                             {343, 422, 498, 438, "梅坞县桃源镇人民政府", false},
                             {494, 438, 507, 451, "政", false},
                             {491, 459, 504, 470, "府", false},
                             {440, 433, 462, 455, "★", false},
                             {405, 459, 418, 470, "梅", false},
                             {392, 450, 498, 466, "2025年1月16日", false},
                             {431, 464, 461, 474, "专用章", false}};
  const std::vector<int> quarter_turns = {0, 0, 0, 0, 1, 3, 3, 0, 0, 1, 1, 0, 3, 0, 0};
  EXPECT_THAT(take_turned_text(words, quarter_turns), ElementsAre("源镇人民坞县桃政府★梅专用章"));
  std::vector<std::string> kept;
  for (const auto& word : words) kept.push_back(word.text);
  EXPECT_THAT(kept, ElementsAre("特此报告。", "梅坞县桃源镇人民政府", "2025年1月16日"));
}

// A page whose text is set sideways (all of it turned) keeps it.
TEST(PdfSeal, APageSetSidewaysKeepsItsText) {
  std::vector<Word> words = {{100, 100, 115, 400, "全年调解纠纷86件", false},
                             {120, 100, 135, 300, "调解成功率98%", false}};
  EXPECT_THAT(take_turned_text(words, {1, 1}), ::testing::IsEmpty());
  EXPECT_EQ(words.size(), 2u);
}

// A title in 二号 reaching the margins, then the addressee in 三号: two paragraphs.
TEST(PdfParagraphs, ALineInAnotherTypeSizeStartsAParagraph) {
  std::vector<Line> lines = {{1, 104, 150, 556, 172, "关于2023年度法治政府建设情况的报告"},
                             {1, 100, 190, 212, 206, "市人民政府："},
                             {1, 132, 212, 560, 228, "2023年，安和县认真贯彻落实法治政府建设决策部署，现将全年工"},
                             {1, 100, 234, 400, 250, "作情况报告如下。"}};
  const auto paragraphs = build_paragraphs(lines);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[1].text, "市人民政府：");
  EXPECT_EQ(paragraphs[2].text, "2023年，安和县认真贯彻落实法治政府建设决策部署，现将全年工作情况报告如下。");
}

// Figures in a font whose boxes stand taller than the Chinese around them (a substituted Latin font): a line with
// figures over one without is one paragraph, its sentences whole (…咨询460余 / 人次。 was two paragraphs).
TEST(PdfParagraphs, FiguresInATallerFontChangeNoTypeSize) {
  std::vector<Line> lines;
  for (const auto& row :
       std::vector<std::vector<Word>>{{{100, 100, 124, 122, "2024", false},
                                       {124, 107, 556, 121, "年，本镇法律顾问为群众提供法律咨询服务共计达到"}},
                                      {{100, 130, 118, 152, "460", false},
                                       {118, 137, 556, 151, "余人次，调解成功率有所提升，各项工作均有所进步和"}},
                                      {{100, 167, 172, 181, "进步完善。"}}}) {
    for (auto& line : lines_of_page(row, 1)) lines.push_back(std::move(line));
  }
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_DOUBLE_EQ(lines[1].type_height, 14);  // the Chinese word's, not the figure's 22
  const auto paragraphs = build_paragraphs(lines);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_TRUE(paragraphs[0].text.ends_with("和进步完善。"));
}

// A page printed by a browser sets its bold Chinese in a Type 3 font whose glyph boxes are the whole font's bounding
// box: a 24-point title's characters stand in boxes 62 points tall, the figures beside them (another font) in tight
// ones, and the title's second line, 28 points lower, overlaps its first. Each line is a line of its own, as tall as
// its type, and the figures stay on theirs.
TEST(PdfLines, ATitleWhoseGlyphBoxesStandTallerThanItsTypeKeepsItsLines) {
  std::vector<Word> words = {
      {33.75, 96.9, 273.75, 159.3, "江口市市场监督管理局"},
      {273.75, 120.2, 340.55, 148.2, "2024"},
      {340.55, 96.9, 556.55, 159.3, "年法治政府建设年度"},
      {33.75, 125.4, 81.75, 187.8, "报告"},
      {65.7, 243.9, 570.3, 262.5, "2024年，市市场监管局深入学习贯彻习近平法治思想，严格规范公正文"}};
  EXPECT_EQ(lines_of_page(words, 1)[0].text, "江口市市场监督管理局报告");  // the boxes as poppler gives them
  const auto extents = type_extents(words);
  for (std::size_t i = 0; i < words.size(); ++i) std::tie(words[i].top, words[i].bottom) = extents[i];
  const auto lines = lines_of_page(words, 1);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "江口市市场监督管理局2024年法治政府建设年度");
  EXPECT_EQ(lines[1].text, "报告");
  EXPECT_NEAR(lines[0].type_height, 24, 0.1);
  EXPECT_NEAR(lines[1].type_height, 24, 0.1);
  EXPECT_NEAR(lines[1].top - lines[0].top, 28.5, 0.1);     // one line of the title's spacing apart
  EXPECT_NEAR(lines[2].bottom - lines[2].top, 18.6, 0.1);  // body text in a font with tight boxes: as it was
}

// A bold table header in the same Type 3 font: 2023年 and a bare 2024 stand in the same inflated box as 项目, and are
// cut alike, so that the header row ends above the first row of figures instead of overlapping it.
TEST(PdfLines, FiguresInTheSameInflatedBoxAsChineseBesideThemAreCutAlike) {
  const std::vector<Word> words = {{194.6, 119.3, 220.6, 153.1, "项目"}, {369.6, 119.3, 411.3, 153.1, "2023年"},
                                   {468.1, 119.3, 494.1, 153.1, "2024"}, {75, 149.1, 192, 164.3, "人民调解案件（件）"},
                                   {342.4, 149.1, 349.5, 164.3, "3"},    {440.8, 149.1, 448, 164.3, "5"}};
  const auto extents = type_extents(words);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_NEAR(extents[i].second - extents[i].first, 13, 1) << words[i].text;
    EXPECT_LT(extents[i].second, words[3].top) << words[i].text;
  }
  EXPECT_EQ(extents[3], Extent(149.1, 164.3));
}

// Boxes no taller than a font's ascent and descent keep their height: a text layer's (仿宋 at 1.2 ems, SimSun's
// 1.14), OCR's (a colon's ink, narrow and tall, holds no Chinese character to measure), and a column of vertical text
// (as tall as its characters, far beyond any font's inflation).
TEST(PdfLines, BoxesAsTallAsTheirTypeAreKept) {
  // An OCR line: every word in the line's box, a narrow character's as wide as half its height.
  const std::vector<Word> ocr_line = {
      {100, 100, 130, 118, "法治"}, {132, 100, 140, 118, "川"}, {142, 100, 170, 118, "2024"}};
  const auto ocr_extents = type_extents(ocr_line);
  for (std::size_t i = 0; i < ocr_line.size(); ++i) EXPECT_EQ(ocr_extents[i], Extent(100, 118)) << ocr_line[i].text;

  const std::vector<Word> words = {{100, 100, 420, 119.2, "各项工作均按计划有序推进，取得阶段性成效"},
                                   {100, 130, 116, 148, "一"},
                                   {120, 130, 124, 148, "："},
                                   {500, 100, 516, 180, "法治政府建"},
                                   {100, 160, 160, 178, "2023"}};
  const auto extents = type_extents(words);
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(extents[i], Extent(words[i].top, words[i].bottom)) << words[i].text;
  }
}

TEST(PdfFurniture, PageNumbersAndRunningHeadersAreRemovedAndRecorded) {
  std::vector<Line> lines;
  for (int page = 1; page <= 3; ++page) {
    lines.push_back({page, 200, 20, 400, 32, "某某镇人民政府文件"});
    lines.push_back({page, 100, 300, 500, 312, "正文第" + std::to_string(page) + "页"});
    lines.push_back({page, 280, 800, 320, 812, "— " + std::to_string(page) + " —"});
  }
  const auto furniture = remove_furniture(lines, {842, 842, 842});
  ASSERT_EQ(furniture.body.size(), 3u);
  EXPECT_EQ(furniture.body[0].text, "正文第1页");
  std::size_t page_numbers = 0, headers = 0;
  for (const auto& [key, value] : furniture.removed) {
    page_numbers += key == "removed.page-number";
    headers += key == "removed.running-header";
  }
  EXPECT_EQ(page_numbers, 3u);
  EXPECT_EQ(headers, 3u);
}

// Different odd and even pages and a first page of its own: the title runs over pages 3 and 5 of five, and is
// furniture all the same; a line at the top of one page only is not.
TEST(PdfFurniture, AHeaderOverEveryOtherPageAfterTheFirstIsRunning) {
  std::vector<Line> lines;
  for (int page = 1; page <= 5; ++page) {
    if (page % 2 == 1 && page > 1) lines.push_back({page, 170, 44, 430, 58, "岷安县人民政府关于2023年度报告"});
    lines.push_back({page, 100, 300, 500, 312, "正文"});
  }
  lines.push_back({2, 100, 44, 300, 58, "单位：件"});
  const auto furniture = remove_furniture(lines, {842, 842, 842, 842, 842});
  EXPECT_EQ(furniture.body.size(), 6u);
  EXPECT_EQ(furniture.body.back().text, "单位：件");
  EXPECT_EQ(furniture.removed.size(), 2u);
  EXPECT_FALSE(runs_over_the_pages({2, 3}, 5));  // two parities
  EXPECT_FALSE(runs_over_the_pages({3}, 5));
  EXPECT_TRUE(runs_over_the_pages({3, 5}, 6));
  EXPECT_TRUE(runs_over_the_pages({3, 5}, 9));    // two of four odd pages after the first: half
  EXPECT_FALSE(runs_over_the_pages({3, 5}, 11));  // two of five
  EXPECT_TRUE(runs_over_the_pages({1, 2}, 4));    // half of all pages, as before
  EXPECT_FALSE(runs_over_the_pages({2}, 2));      // one page of two is no run
  EXPECT_TRUE(runs_over_the_pages({1, 2}, 2));
}

// GB/T 9704 puts the page number 7 mm under the type area, about 9% of the page from its bottom, on the right
// of odd pages and the left of even ones. A bare number there may be a table's last cell and stays.
TEST(PdfFurniture, PageNumbersInTheOfficialPositionAreRemoved) {
  const std::vector<Line> lines = {{1, 100, 700, 560, 712, "受理97件，"},
                                   {1, 480, 752, 540, 766, "— 1 —"},
                                   {2, 100, 80, 560, 92, "其中维持58件。"},
                                   {2, 60, 752, 120, 766, "- 2 -"},
                                   {2, 100, 752, 110, 766, "7"}};
  const auto furniture = remove_furniture(lines, {842, 842});
  ASSERT_EQ(furniture.body.size(), 3u);
  EXPECT_EQ(furniture.body[1].text, "其中维持58件。");
  EXPECT_EQ(furniture.body[2].text, "7");
  EXPECT_EQ(furniture.removed.size(), 2u);
}

// Word's different first page and odd/even headers print the header on fewer than half of the pages: on page 3
// only, the title again above the body; an even pages' header on pages 2 and 4 of five. Each is removed; a heading
// or an attachment's label that opens a page where the body starts, set apart from what follows, stays.
TEST(PdfFurniture, HeadersOnFewerThanHalfThePagesAreRemoved) {
  std::vector<Line> lines = {{1, 116, 112, 485, 140, "桐溪乡2024年度法治工作报告"},
                             {1, 80, 175, 208, 196, "一、主要工作"},
                             {1, 112, 203, 521, 224, "全年开展行政检查206次，办理行政处罚案件31件，未发"}};
  for (int page = 2; page <= 5; ++page) {
    if (page == 3) lines.push_back({page, 213, 45, 388, 58, "桐溪乡 2024 年度法治工作报告"});
    if (page % 2 == 0) lines.push_back({page, 260, 45, 340, 58, "桐溪乡人民政府"});
    if (page == 4) {
      lines.push_back({page, 80, 112, 176, 133, "二、存在问题"});
      lines.push_back({page, 112, 175, 521, 196, "执法人员专业能力仍有欠缺。"});
    } else if (page == 5) {
      lines.push_back({page, 80, 112, 130, 133, "附件2"});
      lines.push_back({page, 112, 175, 521, 196, "全年行政执法统计表"});
    } else {
      lines.push_back({page, 80, 112, 400, 133, "生行政复议被撤销或行政诉讼败诉案件。"});
      lines.push_back({page, 112, 140, 521, 161, "全年开展行政检查206次，办理行政处罚案件31件，未发"});
    }
  }
  for (int page = 1; page <= 5; ++page) {
    for (const double top : {231.0, 259.0, 287.0}) lines.push_back({page, 80, top, 521, top + 21, "正文续行"});
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.page < b.page; });
  const auto furniture = remove_furniture(lines, {842, 842, 842, 842, 842});
  std::vector<std::string> removed, body;
  for (const auto& [key, value] : furniture.removed) removed.push_back(key + "=" + value);
  for (const auto& line : furniture.body) body.push_back(line.text);
  EXPECT_THAT(removed, ::testing::UnorderedElementsAre("removed.running-header=桐溪乡 2024 年度法治工作报告",
                                                       "removed.running-header=桐溪乡人民政府",
                                                       "removed.running-header=桐溪乡人民政府"));
  EXPECT_THAT(body, ::testing::Contains("二、存在问题"));
  EXPECT_THAT(body, ::testing::Contains("附件2"));
  EXPECT_EQ(body.front(), "桐溪乡2024年度法治工作报告");
  EXPECT_EQ(body.size(), 26u);
}

TEST(PdfFurniture, PageNumberShapesAreRecognizedWithoutARegex) {
  for (const char* number :
       {"— 3 —", "- 12 -", "－ 4 －", "第 3 页", "第3页，共9页", "第 3 页 / 共 9 页", "7", " 3/9 ", "3 页"}) {
    EXPECT_TRUE(is_page_number(number)) << number;
  }
  for (const char* other : {"— 3", "第 3 章", "12345", "3/", "— —", "2024年", "第页", "-- 3 -- 4"}) {
    EXPECT_FALSE(is_page_number(other)) << other;
  }
}

// A portal's page saved as PDF from a browser: the date and time and the page's title at the top, the address and
// "1/1" at the bottom. On a page of its own nothing runs over the pages, so the stamps are known by their shape, and
// the title beside the date goes with it.
TEST(PdfFurniture, ABrowsersPrintStampAndItsRowAreRemovedOnASinglePage) {
  const std::vector<Line> lines = {
      {1, 20, 10, 90, 20, "12/7/26, 9:46\u202fAM"},
      {1, 200, 10, 520, 20, "石湾乡人民政府关于2023年度法治政府建设工作的报告_青溪县人民政府"},
      {1, 100, 120, 500, 134, "石湾乡人民政府关于2023年度法治政府建设工作的报告"},
      {1, 100, 160, 500, 172, "2023年，石湾乡认真贯彻落实上级关于法治政府建设的部署要求。"},
      {1, 380, 700, 480, 712, "2024年1月26日"},
      {1, 20, 820, 300, 830, "https://www.qingxi.gov.cn/art/2024/2/2/art_1_2.html"},
      {1, 540, 820, 570, 830, "1/1"},
  };
  const auto furniture = remove_furniture(lines, {842});
  ASSERT_EQ(furniture.body.size(), 3u);
  EXPECT_EQ(furniture.body[0].text, "石湾乡人民政府关于2023年度法治政府建设工作的报告");
  EXPECT_EQ(furniture.body[2].text, "2024年1月26日");
  EXPECT_THAT(furniture.removed,
              ::testing::Contains(std::pair<std::string, std::string>(
                  "removed.running-header", "石湾乡人民政府关于2023年度法治政府建设工作的报告_青溪县人民政府")));
}

// A table's row at a page's foot with a date and time in a cell keeps its cells: the stamp is in the middle of its
// row, or a line stands below it; a browser's stamp stands at an end of the page's outermost row.
TEST(PdfFurniture, ATableRowWithADateAndTimeAtAPagesFootStays) {
  const std::vector<Line> middle = {
      {1, 100, 160, 500, 172, "2023年，县司法局组织行政复议听证会3场。"},
      {1, 100, 925, 200, 937, "行政复议听证"},
      {1, 250, 925, 380, 937, "2023-11-20 14:30"},
      {1, 420, 925, 500, 937, "县司法局"},
  };
  EXPECT_EQ(remove_furniture(middle, {1000}).body.size(), 4u);
  const std::vector<Line> above_another = {
      {1, 100, 160, 500, 172, "2023年，县司法局组织行政复议听证会3场。"},
      {1, 100, 925, 250, 937, "2023-11-20 14:30"},
      {1, 300, 925, 500, 937, "行政复议听证"},
      {1, 100, 950, 500, 962, "县司法局会议室"},
  };
  EXPECT_EQ(remove_furniture(above_another, {1000}).body.size(), 4u);
}

// A table running over to the next page: its rows at the top of page 2 hold single figures, shaped as page numbers,
// beside their labels. They stay, and so do the same figures at the foot of a page whose page numbers below them run
// over the document; `2/2` beside the browser's address and a lone page number go.
TEST(PdfFurniture, ATablesFiguresAtThePagesTopOrFootAreNoPageNumbers) {
  const std::vector<Line> lines = {
      {1, 20, 15, 80, 24, "2025/2/10 10:02"},
      {1, 230, 15, 450, 24, "梅溪镇2024年度法治政府建设情况报告_安和县人民政府"},
      {1, 100, 300, 500, 318, "全年办理各类案件情况如下表。"},
      {1, 100, 740, 200, 755, "行政复议（件）"},
      {1, 340, 740, 350, 755, "1"},
      {1, 440, 740, 450, 755, "2"},
      {1, 290, 770, 300, 780, "1"},
      {2, 20, 15, 80, 24, "2025/2/10 10:02"},
      {2, 230, 15, 450, 24, "梅溪镇2024年度法治政府建设情况报告_安和县人民政府"},
      {2, 75, 33, 190, 48, "人民调解案件（件）"},
      {2, 340, 33, 350, 48, "3"},
      {2, 440, 33, 450, 48, "5"},
      {2, 100, 300, 500, 318, "下一步，我镇将持续完善矛盾纠纷多元化解机制。"},
      {2, 24, 767, 130, 777, "file:///tmp/long.html"},
      {2, 576, 767, 588, 777, "2/2"},
  };
  const auto furniture = remove_furniture(lines, {792, 792});
  std::vector<std::string> body;
  for (const auto& line : furniture.body) body.push_back(line.text);
  EXPECT_THAT(body, ElementsAre("全年办理各类案件情况如下表。", "行政复议（件）", "1", "2", "人民调解案件（件）", "3",
                                "5", "下一步，我镇将持续完善矛盾纠纷多元化解机制。"));
}

TEST(PdfFurniture, PrintStampsAreADateWithAClockOrAnAddressAlone) {
  for (const char* stamp : {"12/7/26, 9:46 AM", "2025/3/11 16:20", "2025/3/11 下午4:20", "2025-03-11 16:20:05",
                            "3/11/2025, 4:20\u202fPM", "https://www.gov.cn/a.html", "file:///tmp/report.html"}) {
    EXPECT_TRUE(is_print_stamp(stamp)) << stamp;
  }
  for (const char* other : {"2025年1月10日", "2025-01-10", "16:20", "网址：https://www.gov.cn", "http://",
                            "2025/3/11 16:20 打印", "第 3 页", "12/7/26", "3.1.2 10:00", "1-2-3 4:56",
                            "2023-12-31 24:00", "2025/13/11 16:20", "12/7/26, 13:46 PM"}) {
    EXPECT_FALSE(is_print_stamp(other)) << other;
  }
}

// Issue 16, item 5: a footer line of 20,000 dashes overflowed the stack of std::regex's recursive matcher.
TEST(PdfFurniture, AFooterOfTwentyThousandDashesIsBodyTextNotACrash) {
  std::string dashes;
  for (int i = 0; i < 20000; ++i) dashes += "—";
  EXPECT_FALSE(is_page_number(dashes));
  EXPECT_FALSE(is_page_number(dashes + " 3"));
  EXPECT_TRUE(is_page_number(dashes + " 3 " + dashes));
  const auto furniture = remove_furniture({{1, 100, 300, 500, 312, "正文"}, {1, 0, 800, 600, 812, dashes}}, {842});
  EXPECT_EQ(furniture.body.size(), 2u);
}

// The same footer in a real PDF, built here: poppler extracts it and input.pdf must return.
TEST(PdfFurniture, APdfWhoseFooterIsTwentyThousandDashesReads) {
  const std::string stream = "BT /F1 12 Tf 72 720 Td (Rule of law report) Tj ET\nBT /F1 1 Tf 10 20 Td (" +
                             std::string(20000, '-') + ") Tj ET\n";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const auto offset : offsets) {
    const std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  Document document;
  PdfInput(pdf_context()).read(pdf, document);
  EXPECT_THAT(document.text, HasSubstr("Rule of law report"));
  // Its text layer is read: a rule of dashes is no sign of unmapped glyphs (no page goes to OCR).
  EXPECT_EQ(document.metadata.get("pdf.pages_with_unmapped_fonts"), "");
}

// Boxes as LibreOffice exports a report in 三号 (16 pt) with footnotes in 10 pt: a mark's glyphs are 9.3 pt, their
// box as high as the text's but ending well above its baseline.
Word body_word(double left, double top, const std::string& text) {
  double width = 0;
  for (const char32_t c : decode_utf8(text)) width += c < 0x80 ? 8.8 : 16;
  return {left, top, left + width, top + 20.8, text, false};
}
Word mark_word(double left, double top, const std::string& text) {
  return {left, top, left + 5.1, top + 12.1, text, false};
}
Word note_word(double left, double top, const std::string& text) {
  double width = 0;
  for (const char32_t c : decode_utf8(text)) width += c < 0x80 ? 5.5 : 10;
  return {left, top, left + width, top + 13, text, false};
}

TEST(PdfFootnotes, AMarkBeforeAFigureIsNoPartOfIt) {
  std::vector<Word> words = {body_word(110.7, 144.7, "全年排查矛盾纠纷"), mark_word(238.7, 144.8, "1"),
                             body_word(243.8, 144.7, "183"), body_word(273.4, 144.7, "件。")};
  const auto marks = take_note_marks(words);
  ASSERT_EQ(marks.size(), 1u);
  EXPECT_EQ(marks[0].text, "1");
  const auto lines = lines_of_page(words, 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "全年排查矛盾纠纷183件。");
}

// A document grid prints half an em after every character, a mark's too (件 ⋯ ¹ ⋯ ，): still the mark of the word
// before it, never a figure of 146件1. A raised digit further off is none.
TEST(PdfFootnotes, AMarkUnderADocumentGridIsStillAMark) {
  std::vector<Word> words = {body_word(110.7, 144.7, "146"), body_word(142.6, 144.7, "件"),
                             mark_word(166.1, 144.8, "1"), body_word(179.2, 144.7, "，")};
  const auto marks = take_note_marks(words);
  ASSERT_EQ(marks.size(), 1u);
  EXPECT_EQ(lines_of_page(words, 1)[0].text, "146件，");
  std::vector<Word> apart = {body_word(110.7, 144.7, "件"), mark_word(140.0, 144.8, "1")};
  EXPECT_THAT(take_note_marks(apart), ::testing::IsEmpty());
}

// A raised digit after a Latin letter is an exponent, and a digit of the text's own size no mark.
TEST(PdfFootnotes, AnExponentAndAFullSizedDigitAreNoMarks) {
  std::vector<Word> words = {body_word(110.7, 144.7, "新增绿地1200m"), mark_word(218.7, 144.8, "2"),
                             body_word(110.7, 172.7, "调解"), body_word(142.7, 172.7, "1"),
                             body_word(151.5, 172.7, "件")};
  EXPECT_THAT(take_note_marks(words), ::testing::IsEmpty());
  EXPECT_EQ(words.size(), 5u);
}

// The notes at a page's foot, under the body and over the page number, are set aside whole: the sentence running
// on to the next page is not cut by them, and the page number is left for the furniture pass.
TEST(PdfFootnotes, NotesAtThePagesFootAreSetAsideNotJoinedToTheBody) {
  std::vector<Word> words = {body_word(79.5, 663.5, "述法1次"),
                             mark_word(136.3, 663.6, "1"),
                             body_word(141.4, 663.5, "。"),
                             body_word(110.7, 719.5, "一是平均每所仅有执法人"),
                             note_word(79.5, 759.8, "1述法情况已于2023年12月报告。"),
                             note_word(79.5, 772.8, "汇总。"),
                             {279.1, 782.8, 322.1, 801.0, "— 2 —", false}};
  const auto marks = take_note_marks(words);
  std::vector<Line> lines = lines_of_page(words, 2);
  const auto notes = take_footnotes(lines, marks, 841.9);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].mark, "1");
  EXPECT_EQ(notes[0].text, "述法情况已于2023年12月报告。汇总。");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "述法1次。");
  EXPECT_EQ(lines[1].text, "一是平均每所仅有执法人");
  EXPECT_EQ(lines[2].text, "— 2 —");
}

// LibreOffice prints Word's footer page number some 10% above the page's foot, right under the notes: it is no line
// of the last note (which read 不予受理23件，…途径。—1—) and stays for the furniture pass.
TEST(PdfFootnotes, APageNumberRightUnderTheNotesIsNoPartOfThem) {
  std::vector<Word> words = {body_word(79.5, 663.5, "全年受理行政复议申请46件"),
                             mark_word(271.5, 663.6, "1"),
                             body_word(276.6, 663.5, "，不予受理23件"),
                             mark_word(392.6, 663.6, "2"),
                             body_word(397.7, 663.5, "。"),
                             note_word(79.5, 715.4, "1数据截至2025年12月31日。"),
                             note_word(79.5, 729.6, "2不予受理的均依法告知申请人救济途径。"),
                             {283.4, 755.7, 317.8, 769.4, "— 1 —", false}};
  const auto marks = take_note_marks(words);
  std::vector<Line> lines = lines_of_page(words, 1);
  const auto notes = take_footnotes(lines, marks, 841.9);
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].text, "数据截至2025年12月31日。");
  EXPECT_EQ(notes[1].text, "不予受理的均依法告知申请人救济途径。");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "全年受理行政复议申请46件，不予受理23件。");
  EXPECT_EQ(lines[1].text, "— 1 —");
}

// A table in small type at a page's foot is no footnote, though a cell opens with a mark's digit (10 after ¹).
TEST(PdfFootnotes, ATablesRowsAtThePagesFootAreNoNotes) {
  std::vector<Word> words = {body_word(79.5, 663.5, "述法1次"), mark_word(136.3, 663.6, "1"),
                             note_word(79.5, 746.8, "10"),      note_word(160, 746.8, "桥头村"),
                             note_word(260, 746.8, "12"),       note_word(79.5, 759.8, "11"),
                             note_word(160, 759.8, "上坪村"),   note_word(260, 759.8, "9")};
  const auto marks = take_note_marks(words);
  std::vector<Line> lines = lines_of_page(words, 1);
  const std::size_t before = lines.size();
  EXPECT_THAT(take_footnotes(lines, marks, 841.9), ::testing::IsEmpty());
  EXPECT_EQ(lines.size(), before);
}

// Small type at a page's foot is a footnote only where a mark on the page calls for it: a table's note (说明：…)
// and a page without marks keep their lines.
TEST(PdfFootnotes, SmallTypeWithoutAMarkIsNoFootnote) {
  std::vector<Word> words = {body_word(79.5, 663.5, "述法1次"), mark_word(136.3, 663.6, "1"),
                             note_word(79.5, 746.8, "说明：本表以平台数据为准。"),
                             note_word(79.5, 759.8, "1述法情况已于2023年12月报告。")};
  const auto marks = take_note_marks(words);
  std::vector<Line> lines = lines_of_page(words, 1);
  EXPECT_EQ(take_footnotes(lines, marks, 841.9).size(), 1u);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].text, "说明：本表以平台数据为准。");
  std::vector<Line> unmarked = lines_of_page({note_word(79.5, 759.8, "1述法情况已于2023年12月报告。")}, 1);
  EXPECT_THAT(take_footnotes(unmarked, {}, 841.9), ::testing::IsEmpty());
  EXPECT_EQ(unmarked.size(), 1u);
}

// A line whose characters office software sets apart, each a word of its own in 三号 (16 pt, boxes 20.8 high):
// a document grid's half em, a stretched line's ems, a 分散对齐 signature's.
void add_spread(std::vector<Word>& words, double left, double top, const std::string& text, double gap) {
  for (const char32_t c : decode_utf8(text)) {
    const Word word = body_word(left, top, encode_utf8(std::u32string(1, c)));
    words.push_back(word);
    left = word.right + gap;
  }
}

// A table of four columns (乡镇 | 检查 | 立案 | 结案) under the lines, as on the page that shredded them: its columns'
// white ran down through the gaps between the characters.
void add_table(std::vector<Word>& words, double top) {
  for (const auto& [town, figures] : std::vector<std::pair<std::string, std::vector<std::string>>>{
           {"柳溪镇", {"142", "12", "11"}}, {"石门乡", {"98", "7", "7"}}, {"青松镇", {"65", "4", "4"}}}) {
    words.push_back(note_word(107, top, town));
    double left = 205;
    for (const auto& figure : figures) {
      words.push_back(note_word(left, top, figure));
      left += 90;
    }
    top += 30;
  }
}

std::vector<std::string> texts_of(const std::vector<Line>& lines) {
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.push_back(line.text);
  return texts;
}

// A justified line ended by a manual break spreads its characters over the column, 2 em apart and more: one line,
// though each gap is wider than a table's cell gap, and though a table's columns run under it.
TEST(PdfSpreadLines, AStretchedLineIsOneLine) {
  std::vector<Word> words;
  add_spread(words, 112, 487, "全年开展行政执法案卷评查", 33);
  words.push_back(body_word(80, 516, "2次，抽查案卷186卷，发现问题37个。"));
  add_table(words, 600);
  const auto lines = lines_with_aligned_cells(words, 1);
  EXPECT_THAT(texts_of(lines), ::testing::Contains("全年开展行政执法案卷评查"));
  EXPECT_THAT(texts_of(lines), ::testing::Contains("柳溪镇"));
  EXPECT_THAT(texts_of(lines), ::testing::Contains("142"));
}

// A justified line of a few characters ended by a manual break spreads them over the whole column, 13 em apart:
// from the column's left edge to its right edge, it is one line however wide its gaps.
TEST(PdfSpreadLines, AFewCharactersFillingTheColumnAreOneLine) {
  std::vector<Word> words;
  add_spread(words, 83, 100, "收缴罚没款三百万元，拆除违法建设，整治违", 7.5);
  add_spread(words, 83, 129, "法建筑", 207.2);
  add_spread(words, 83, 158, "共计一万五千平方米。", 7.5);
  add_spread(words, 83, 187, "开展宪法、民法典等专题讲座，组织干部职工", 7.5);
  const auto texts = texts_of(lines_with_aligned_cells(words, 1));
  EXPECT_THAT(texts, ::testing::Contains("法建筑"));
}

// A document grid prints half an em between every character of a page; the signature 分散对齐 under it and the
// date right of it: the signature is one line, the date another, the table's cells stay cells.
TEST(PdfSpreadLines, AGridsCharactersAndASpreadSignatureAreLines) {
  std::vector<Word> words;
  add_spread(words, 118, 100, "全年办理行政复议案件", 7.5);
  words.push_back(body_word(118 + 10 * 23.5, 100, "46"));
  add_spread(words, 118 + 10 * 23.5 + 25, 100, "件，同比增长", 7.5);
  add_spread(words, 360, 400, "柳溪镇司法所", 13.2);
  add_spread(words, 360, 430, "石门乡人民政府", 7.5);
  words.push_back(body_word(560, 430, "2026年1月16日"));
  add_table(words, 500);
  const auto texts = texts_of(lines_with_aligned_cells(words, 1));
  EXPECT_THAT(texts, ::testing::Contains("全年办理行政复议案件46件，同比增长"));
  EXPECT_THAT(texts, ::testing::Contains("柳溪镇司法所"));
  EXPECT_THAT(texts, ::testing::Contains("石门乡人民政府"));
  EXPECT_THAT(texts, ::testing::Contains("2026年1月16日"));
  EXPECT_THAT(texts, ::testing::Contains("石门乡"));
  EXPECT_THAT(texts, ::testing::Contains("98"));
}

// Negative cases: a table row of figures evenly apart, single figures evenly apart, and two columns of text keep
// their cells; a row of single characters a table's width apart is a table's.
TEST(PdfSpreadLines, EvenlySpacedCellsAndColumnsStayApart) {
  std::vector<Word> words;
  add_table(words, 100);
  for (const auto& [left, text] : std::vector<std::pair<double, std::string>>{{107, "1"}, {197, "5"}, {287, "0"}}) {
    words.push_back(note_word(left, 200, text));
  }
  words.push_back(body_word(80, 300, "一是加强组织领导"));
  words.push_back(body_word(330, 300, "二是完善工作机制"));
  add_spread(words, 80, 360, "是否是", 120);
  const auto texts = texts_of(lines_with_aligned_cells(words, 1));
  EXPECT_THAT(texts, ::testing::IsSupersetOf({"柳溪镇", "142", "12", "11", "一是加强组织领导", "二是完善工作机制"}));
  EXPECT_THAT(texts, ::testing::Not(::testing::Contains(HasSubstr("1 5"))));
  EXPECT_THAT(texts, ::testing::Not(::testing::Contains("是否是")));
}

// Automatic numbering prints its label in the Latin font (a shorter box) and a tab to the heading's text: one line,
// whatever the label (1. （一） 一、 1） ①). A table row numbered 1. keeps its cells, and a figure is no label.
TEST(PdfSpreadLines, AListLabelAndTheTextAfterItsTabAreOneLine) {
  std::vector<Word> words;
  double top = 100;
  for (const char* label : {"1.", "（一）", "一、", "1）", "①"}) {
    words.push_back(
        {112, top + 1.7, 112 + 10 * static_cast<double>(decode_utf8(label).size()), top + 15.4, label, false});
    words.push_back(body_word(150, top, "审查规范性文件。"));
    top += 29;
  }
  words.push_back(note_word(80, top, "1."));
  words.push_back(note_word(120, top, "行政许可"));
  words.push_back(note_word(260, top, "120"));
  words.push_back(note_word(340, top, "118"));
  words.push_back(body_word(80, top + 29, "2024"));
  words.push_back(body_word(150, top + 29, "桥头村"));
  const auto texts = texts_of(lines_with_aligned_cells(words, 1));
  EXPECT_THAT(texts, ::testing::IsSupersetOf({"1.审查规范性文件。", "（一）审查规范性文件。", "一、审查规范性文件。",
                                              "1）审查规范性文件。", "①审查规范性文件。"}));
  EXPECT_THAT(texts, ::testing::IsSupersetOf({"1.", "行政许可", "120", "118", "2024", "桥头村"}));
}

// The edges of the label sets: ticks and a small square Word's bullets print (not bullets in the SDK's
// heading_markers.hpp), and Chinese numerals with 百, 零 and 〇 or financial forms (the SDK's chinese_numerals.hpp);
// four numerals are no label.
TEST(PdfSpreadLines, TicksSquaresAndNumeralsWithHundredsAreListLabels) {
  std::vector<Word> words;
  double top = 100;
  for (const char* label : {"✓", "√", "▪", "一百、", "（一〇）", "壹、", "（一百零一）"}) {
    const double width = 10 * static_cast<double>(decode_utf8(label).size());
    words.push_back({112, top + 1.7, 112 + width, top + 15.4, label, false});
    words.push_back(body_word(112 + width + 30, top, "审查规范性文件。"));
    top += 29;
  }
  const auto texts = texts_of(lines_with_aligned_cells(words, 1));
  EXPECT_THAT(texts,
              ::testing::IsSupersetOf({"✓审查规范性文件。", "√审查规范性文件。", "▪审查规范性文件。",
                                       "一百、审查规范性文件。", "（一〇）审查规范性文件。", "壹、审查规范性文件。"}));
  EXPECT_THAT(texts, ::testing::Contains("（一百零一）"));
}

// A title in 二号 wrapped before its last word, LibreOffice setting Word's 1.5 lines 58 pt apart: its centred 报告
// joins the line above. A complete title over the organ's name, and a title over its date in body type, stay apart.
TEST(PdfTitle, AWrappedTitlesShortLastLineJoinsIt) {
  const auto title = [](double top, double left, double right, const std::string& text, double size = 28.6) {
    return Line{1, left, top, right, top + size, text, true, size};
  };
  std::vector<Line> wrapped = {title(121.7, 83, 516, "青石县水利局2025年度法治政府建设情况"),
                               title(179.7, 277, 323, "报告"),
                               title(226.6, 132, 510, "2025年，县水利局认真履行职责，现将有关情况报告如下：", 20.8)};
  join_wrapped_title_tail(wrapped);
  ASSERT_EQ(wrapped.size(), 2u);
  EXPECT_EQ(wrapped[0].text, "青石县水利局2025年度法治政府建设情况报告");
  EXPECT_EQ(wrapped[0].bottom, 150.3);

  std::vector<Line> complete = {title(121.7, 83, 516, "青石县水利局2025年度法治政府建设情况报告"),
                                title(179.7, 240, 360, "青石县水利局")};
  join_wrapped_title_tail(complete);
  EXPECT_EQ(complete.size(), 2u);
  std::vector<Line> dated = {title(121.7, 83, 516, "青石县水利局2025年度法治政府建设工作报告"),
                             title(160.7, 250, 350, "2026年1月", 20.8)};
  join_wrapped_title_tail(dated);
  EXPECT_EQ(dated.size(), 2u);
  std::vector<Line> body = {title(300, 83, 516, "全年查处水事违法案件31件，罚款46.8万元，并形成年度", 20.8),
                            title(329, 277, 323, "报告", 20.8)};
  join_wrapped_title_tail(body);
  EXPECT_EQ(body.size(), 2u);
}

// A 22-point title wrapped inside a word where its first line ran out of room (…法治政府建 / 设工作情况的报告), or over
// three lines, or set as a ladder narrowing downwards: one line. An issuer's name over a longer title, a title's
// issuer and date under it, and a heading under a whole title stay lines of their own.
TEST(PdfTitle, ATitleWrappedInsideAWordOrOverThreeLinesJoinsWhole) {
  const auto centred = [](double top, double width, const std::string& text, double size = 22) {
    const double middle = 297.6;
    return Line{1, middle - width / 2, top, middle + width / 2, top + size, text, true, size};
  };
  std::vector<Line> mid_word = {centred(105, 440, "青石县人民政府关于二〇二四年度法治政府建"),
                                centred(138, 176, "设工作情况的报告"),
                                centred(188, 442, "本年度，我们坚持以习近平法治思想为指导，全面贯彻落实", 16)};
  join_wrapped_title_tail(mid_word);
  ASSERT_EQ(mid_word.size(), 2u);
  EXPECT_EQ(mid_word[0].text, "青石县人民政府关于二〇二四年度法治政府建设工作情况的报告");
  EXPECT_EQ(mid_word[0].bottom, 127);

  std::vector<Line> three = {centred(105, 440, "中共青石县委员会青石县人民政府关于二〇二四"),
                             centred(138, 440, "年度法治政府建设和法治青石建设工作情况的"), centred(171, 44, "报告"),
                             centred(221, 120, "青石县人民政府", 16)};
  join_wrapped_title_tail(three);
  ASSERT_EQ(three.size(), 2u);
  EXPECT_EQ(three[0].text, "中共青石县委员会青石县人民政府关于二〇二四年度法治政府建设和法治青石建设工作情况的报告");

  std::vector<Line> ladder = {centred(105, 330, "青石县人民政府关于二〇二四年度"),
                              centred(138, 286, "法治政府建设工作情况的报告")};
  join_wrapped_title_tail(ladder);
  ASSERT_EQ(ladder.size(), 1u);
  EXPECT_EQ(ladder[0].text, "青石县人民政府关于二〇二四年度法治政府建设工作情况的报告");

  const auto unchanged = [](std::vector<Line> lines) {
    const std::size_t count = lines.size();
    join_wrapped_title_tail(lines);
    return lines.size() == count;
  };
  // The issuer over a longer title: its own line, as its author set it; over a title wrapped itself too (R10), and a
  // letterhead over it. A title's lines then join under the issuer.
  EXPECT_TRUE(unchanged(
      {centred(105, 286, "中共青石县委青石县人民政府"), centred(138, 374, "关于2024年法治政府建设情况的报告")}));
  std::vector<Line> under_issuer = {centred(105, 286, "中共青石县委青石县人民政府"),
                                    centred(138, 264, "关于2024年度法治政府建设"), centred(171, 154, "情况的报告")};
  join_wrapped_title_tail(under_issuer);
  ASSERT_EQ(under_issuer.size(), 2u);
  EXPECT_EQ(under_issuer[0].text, "中共青石县委青石县人民政府");
  EXPECT_EQ(under_issuer[1].text, "关于2024年度法治政府建设情况的报告");
  std::vector<Line> letterhead = {centred(105, 198, "青石县人民政府文件"), centred(138, 176, "青石县2024年度法治"),
                                  centred(171, 154, "政府建设工作报告")};
  join_wrapped_title_tail(letterhead);
  ASSERT_EQ(letterhead.size(), 2u);
  EXPECT_EQ(letterhead[0].text, "青石县人民政府文件");
  EXPECT_EQ(letterhead[1].text, "青石县2024年度法治政府建设工作报告");
  // A subtitle opening with a dash under a title that does not end as one.
  EXPECT_TRUE(unchanged({centred(105, 396, "青石县二〇二四年度法治政府建设工作情况"),
                         centred(138, 330, "——在县人大常委会会议上的报告")}));
  // A whole title's issuer and date under it, in the title's size or the body's.
  EXPECT_TRUE(unchanged({centred(105, 418, "青石县二〇二四年度法治政府建设工作报告"),
                         centred(138, 154, "青石县人民政府"), centred(171, 176, "（2025年1月20日）")}));
  EXPECT_TRUE(
      unchanged({centred(105, 396, "青石县二〇二四年度法治政府建设工作情况"), centred(138, 154, "青石县人民政府")}));
  // Two headings: a part's heading over a longer one, and a heading under a whole title.
  EXPECT_TRUE(unchanged({centred(105, 88, "第一部分"), centred(138, 220, "法治政府建设工作报告")}));
  EXPECT_TRUE(
      unchanged({centred(105, 374, "青石县2024年度法治政府建设工作总结"), centred(138, 96, "一、总体情况", 16)}));
  // A portal's info row set flush left over the title flush left under it, their middles within a character.
  EXPECT_TRUE(unchanged({Line{1, 103.6, 132.4, 340.9, 148, "公开类别|主动公开|发布时间|2024-12-17|", true, 15.6},
                         Line{1, 103.6, 161.9, 312.6, 177.5, "2024年度泥城镇法治政府建设情况报告", true, 15.6}}));
  // Body lines of one size centred alike, a sentence among them.
  EXPECT_TRUE(unchanged({centred(300, 442, "全年共办理行政复议案件9件，行政应诉案件6件，并形成年度", 16),
                         centred(328, 442, "分析报告", 16)}));
}

// A table of contents printed to PDF: each entry runs out to its page number by a row of dots (the leader tab, as
// Word, WPS and LibreOffice print it). The entries and the 目录 line over them are set aside, an entry whose heading
// wrapped before its leader whole, and one whose page number a gap parted from its dots too.
TEST(PdfContents, EntriesRunningOutToTheirPageNumbersAreSetAside) {
  const auto line = [](double top, double left, double right, const std::string& text) {
    return Line{1, left, top, right, top + 20.8, text, true, 16};
  };
  std::vector<Line> body = {line(100, 240, 360, "青石县水利局2025年度法治政府建设情况报告"),
                            line(150, 265, 328, "目 录"),
                            line(180, 83, 520, "一、主要举措和成效··························1"),
                            line(209, 107, 516, "（一）深入推进严格规范公正文明执法，全面提升行政执法质量和基"),
                            line(238, 131, 520, "层治理效能………………………………2"),
                            line(267, 83, 501, "二、存在的不足和原因.............................."),
                            line(267, 513, 520, "3"),
                            line(310, 118, 516, "2025年，县水利局认真履行职责，现将有关情况报告如下："),
                            line(339, 83, 300, "一、主要举措和成效")};
  const auto entries = take_contents_rows(body);
  EXPECT_THAT(entries,
              ElementsAre("目 录", "一、主要举措和成效··························1",
                          "（一）深入推进严格规范公正文明执法，全面提升行政执法质量和基层治理效能………………………………2",
                          "二、存在的不足和原因.............................. 3"));
  EXPECT_THAT(texts_of(body),
              ElementsAre("青石县水利局2025年度法治政府建设情况报告",
                          "2025年，县水利局认真履行职责，现将有关情况报告如下：", "一、主要举措和成效"));
}

// Lines of a report that end in a figure have no leader before it: an ellipsis (……12), a figure after a gap, a
// form's dotted blank with no page number. A 目录 line over body text stays too.
TEST(PdfContents, BodyLinesEndingInAFigureStay) {
  const auto line = [](double top, double left, double right, const std::string& text) {
    return Line{1, left, top, right, top + 20.8, text, true, 16};
  };
  std::vector<Line> body = {line(100, 83, 520, "全年共受理行政复议案件……12"),
                            line(129, 83, 300, "行政处罚案件"),
                            line(129, 400, 430, "126"),
                            line(158, 83, 520, "填报人：................"),
                            line(187, 83, 520, "联系电话：0871-6512334"),
                            line(216, 265, 328, "目录"),
                            line(245, 83, 520, "本局所属各单位的权责清单已于年初公布，共计38项。")};
  const std::vector<std::string> before = texts_of(body);
  EXPECT_THAT(take_contents_rows(body), ::testing::IsEmpty());
  EXPECT_EQ(texts_of(body), before);
}

// WPS's manual table of contents printed by LibreOffice (the probe's o17): its entries are recorded, not read as the
// report's text, so each heading is one section and no page number is a figure.
TEST(PdfReport, ATableOfContentsIsSetAside) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "pdf" / "layout-contents.pdf");
  const auto contents = document.metadata.all("removed.table-of-contents");
  ASSERT_EQ(contents.size(), 6u);
  EXPECT_EQ(contents[0], "目录");
  EXPECT_THAT(contents[1], ::testing::StartsWith("一、主要举措和成效..."));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("...")));
  std::size_t first_headings = 0;
  for (const auto& section : document.sections) first_headings += section.title == "主要举措和成效";
  EXPECT_EQ(first_headings, 1u);
}

// Symbol and Wingdings characters printed to PDF come out at U+F000 + their code: the known ones read as Unicode,
// whatever the font, and any other private-use character stays (the page's unmapped share counts it).
TEST(PdfSymbols, SymbolFontCharactersReadAsUnicode) {
  EXPECT_EQ(with_symbol_font_characters("规格2.4\uF0B41.2米，达标率\uF0B395%"), "规格2.4×1.2米，达标率≥95%");
  EXPECT_EQ(with_symbol_font_characters("\uF06C加强组织领导"), "●加强组织领导");
  // Printed before a tab as a list's number is: the bullet stays with its item.
  std::vector<Word> bullet = {{118, 637.0, 125, 650.6, with_symbol_font_characters("\uF06C"), false},
                              body_word(166, 631.8, "水资源论证审查12项；")};
  const auto lines = lines_with_aligned_cells(bullet, 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "●水资源论证审查12项；");
  EXPECT_EQ(with_symbol_font_characters("\uF041\uE000甲"), "\uF041\uE000甲");
  EXPECT_EQ(with_symbol_font_characters("全年办理案件46件。"), "全年办理案件46件。");
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The fixtures of scripts/make-layout-fixtures.py, laid out by LibreOffice. Set flush left: each heading is a
// paragraph of its own, the one that wraps at the margin one paragraph.
TEST(PdfReport, AFlushLeftReportKeepsItsHeadingsApart) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "pdf" / "layout-flush-headings.pdf");
  const auto lines = lines_of(document.text);
  for (const char* heading : {"一、2024年推进法治政府建设的主要举措和成效", "（一）健全依法决策机制，提升行政决策质量",
                              "（二）深入推进严格规范公正文明执法，全面提升行政执法质量和基层治理效能",
                              "二、存在的不足和原因", "三、2025年推进法治政府建设的工作打算"}) {
    EXPECT_THAT(lines, ::testing::Contains(heading));
  }
  EXPECT_THAT(
      lines, ::testing::Contains("2024年，桐溪乡坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下："));
  std::size_t headings = 0;
  for (const auto& section : document.sections) headings += section.level > 0;
  EXPECT_EQ(headings, 5u);
}

// A centred title wrapped inside its last word (…工作报 / 告).
TEST(PdfReport, ATitleWrappedInsideItsLastWord) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "pdf" / "layout-title-wrap.pdf");
  EXPECT_EQ(document.metadata.get("title"), "桐溪乡人民政府2024年法治政府建设工作报告");
}

// A report printed from Word through LibreOffice (scripts: none; the probe's DOCX converted as it is): its red head
// set 分散对齐, list labels 1. and 2. before a tab, a justified line stretched by a manual break, a table, and a
// signature set letter-spaced. Each line reads as one, and the numbered headings are sections.
TEST(PdfReport, SpreadLinesAndListLabelsOfAnOfficeReport) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "pdf" / "layout-spread-lines.pdf");
  const auto lines = lines_of(document.text);
  EXPECT_THAT(lines, ::testing::IsSupersetOf({"澄江县司法局文件", "1.审查规范性文件。", "2.开展执法监督。",
                                              "澄江县司法局", "2026年1月16日"}));
  EXPECT_THAT(document.text, HasSubstr("全年开展行政执法案卷评查2次，抽查案卷186卷"));
  EXPECT_EQ(document.metadata.get("title"), "澄江县司法局关于2025年度法治政府建设情况的报告");
  std::vector<std::string> headings;
  for (const auto& section : document.sections) {
    if (section.level > 0) headings.push_back(section.title);
  }
  EXPECT_THAT(headings, ::testing::IsSupersetOf({"审查规范性文件", "开展执法监督"}));
  for (const auto& line : lines) EXPECT_NE(line, "全") << "a stretched line read one character a line";
}

// The title as running header on page 3 only: removed, so the sentence it stood in reads whole and is no repeat.
TEST(PdfReport, AHeaderOnOnePageOfFourIsFurniture) {
  const Document document =
      test::process_with_default_pipeline(test::kTestData / "pdf" / "layout-occasional-header.pdf");
  EXPECT_EQ(document.metadata.all("removed.running-header").size(), 1u);
  const auto lines = lines_of(document.text);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "桐溪乡2024年度法治工作报告"), 1);
  for (const auto& line : lines) {
    if (line.starts_with("全年第")) {
      EXPECT_TRUE(line.ends_with("的案件。")) << line;
    }
  }
  for (const auto& anomaly : document.anomalies) EXPECT_NE(anomaly.rule, "repeated-paragraph") << anomaly.message;
}

TEST(PdfReport, FooterPageNumbersOfARealReportAreRecordedNotRead) {
  const auto document = read_pdf(test::kTestData / "formats" / "003_f3ad0f8b935bdfdd.pdf");
  EXPECT_EQ(document.format, "pdf");
  EXPECT_THAT(document.metadata.all("removed.page-number"), ::testing::Contains("—1—"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("—1—")));
  ASSERT_FALSE(document.blocks.empty());
  EXPECT_EQ(document.blocks.front().page, 1);
  EXPECT_GT(document.blocks.back().page.value_or(0), 1);
}

// A portal's page printed by Chromium over three pages: its bold title in a Type 3 font wraps over two lines whose
// boxes overlap, and its table runs over a page break, the rows of single figures at the top of the last page under
// the browser's header. The title is one line, and the figures stay in their rows.
TEST(PdfReport, APrintedPagesWrappedTitleAndATableOverThePageBreak) {
  const Document document = read_pdf(test::kTestData / "printed-pages" / "21-table-over-a-page-break.pdf");
  EXPECT_TRUE(document.text.starts_with("梅溪镇人民政府关于2024年度法治政府建设情况的报告\n")) << document.text;
  EXPECT_THAT(document.text, HasSubstr("人民调解案件（件）\n3\n5\n行政复议（件）\n1\n2\n"));
}

// A report set as offices set one (GB/T 9704: a 22-point title, 16-point body indented two characters, — 1 — at the
// foot) and printed to PDF: its title wrapped inside a word (…法治政府建 / 设工作情况的报告) reads as one line.
TEST(PdfReport, AnOfficeReportsTitleWrappedInsideAWordIsOneLine) {
  const Document document = read_pdf(test::kTestData / "printed-pages" / "31-office-title-wrapped-in-a-word.pdf");
  EXPECT_TRUE(document.text.starts_with("青石县人民政府关于二〇二四年度法治政府建设工作情况的报告\n本年度，"))
      << document.text;
  EXPECT_THAT(document.metadata.all("removed.page-number"), ElementsAre("—1—", "—2—"));
}

// The same report's table with a 合计 row, a note spanning the table's width between its rows and another under its
// last row: the note between the rows is a paragraph between them (its figure, 结转2件, the text's), the row after it
// stays the table's with its figures, and the note under the table is a paragraph.
TEST(PdfReport, AnOfficeReportsTableKeepsItsRowsPastANoteSpanningItsWidth) {
  const Document document = read_pdf(test::kTestData / "printed-pages" / "32-office-table-with-a-spanning-note.pdf");
  const std::u32string text = decode_utf8(document.text);  // blocks count code points
  const auto cell = [&](const std::string& wanted) -> std::optional<std::pair<int, int>> {
    for (const auto& block : document.blocks) {
      if (encode_utf8(text.substr(block.start, block.end - block.start)) != wanted) continue;
      if (block.kind != BlockKind::table_cell) return std::pair{-1, -1};
      return std::pair{*block.row, *block.column};
    }
    return std::nullopt;
  };
  EXPECT_EQ(cell("备注：行政复议案件含上年结转2件"), (std::pair{-1, -1}));
  EXPECT_EQ(cell("行政执法案卷评查发现的问题已于年内全部整改到位"), (std::pair{6, 1}));
  EXPECT_EQ(cell("11"), (std::pair{6, 2}));
  EXPECT_EQ(cell("说明：本表数据来源于县司法局统计"), (std::pair{-1, -1}));
}

// A joint letterhead's two issuers set on one line three spaces apart (中共青石县委   青石县人民政府) over the title,
// the body justified with its last lines too (text-align-last: justify): the issuers keep one space between them,
// and no line of the body, nor the last line spread over the measure (况报告如下：), takes one.
TEST(PdfReport, AJointLetterheadsIssuersKeepTheSpaceBetweenThem) {
  const Document document = read_pdf(test::kTestData / "printed-pages" / "33-office-joint-letterhead.pdf");
  EXPECT_TRUE(document.text.starts_with("中共青石县委 青石县人民政府\n关于2024年度法治政府建设情况的报告\n今年以来，"))
      << document.text;
  EXPECT_THAT(document.text, HasSubstr("各项工作取得了明显成效。现将全年工作情况报告如下：\n一、工作开展情况\n"));
  EXPECT_EQ(std::count(document.text.begin(), document.text.end(), ' '), 1) << document.text;
}

TEST(PdfEncryption, AnEmptyUserPasswordOpens) {
  const auto document = read_pdf(test::kTestData / "pdf" / "encrypted-open.pdf");
  EXPECT_THAT(document.text, HasSubstr("黄门镇2024年法治建设工作报告"));
}

TEST(PdfEncryption, AUserPasswordIsAClearError) {
  EXPECT_THAT(error_of("encrypted-locked.pdf"), HasSubstr("needs a password"));
}

TEST(PdfBroken, TruncatedAndNonPdfFilesAreClearErrors) {
  EXPECT_THAT(error_of("truncated.pdf"), HasSubstr("not a readable PDF"));
  EXPECT_THAT(error_of("not-a-pdf.pdf"), HasSubstr("not a readable PDF"));
}

TEST(PdfScanned, APdfOfBlankImagesIsAnErrorNotAnEmptySuccess) {
  EXPECT_THAT(error_of("scanned.pdf"), HasSubstr("no extractable text on any of the 1 pages"));
  EXPECT_THAT(error_of("scanned.pdf"), HasSubstr("OCR recognised none"));
}

// A page showing nothing but its number is not sent to OCR (it would find nothing, at a third of a second a page).
TEST(PdfScanned, APdfOfBlankPagesIsAnErrorThatSaysSo) {
  EXPECT_THAT(error_of("blank-numbered.pdf"),
              HasSubstr("no extractable text: its one page is blank but for its number"));
}

// A subset font without a ToUnicode map, its glyphs numbered from 0x21 (LibreOffice's export of a font it cannot
// map): the text layer reads ! "#$%&'()… and the page goes to OCR, which reads the report (it was an `ok` document
// titled "!" with no figures). tests/data/pdf-fonts holds such a file, made from a report of our own.
TEST(PdfScanned, APageOfUnmappedAsciiIsReadByOcr) {
  const Document document =
      test::process_with_default_pipeline(test::kTestData / "pdf-fonts" / "unmapped-ascii-font.pdf");
  EXPECT_EQ(document.status, DocumentStatus::ok);
  EXPECT_EQ(document.metadata.get("pdf.pages_with_unmapped_fonts"), "1");
  EXPECT_EQ(document.metadata.get("title"), "柳溪镇2024年度法治政府建设情况报告");
  EXPECT_THAT(document.text, HasSubstr("法治"));
  EXPECT_GE(document.metrics.size(), 10u);
}

TEST(PdfScanned, AScannedPageAmongTextPagesIsReportedPerPageAndAsAWarning) {
  const auto document = read_pdf(test::kTestData / "pdf" / "mixed.pdf");
  EXPECT_EQ(document.metadata.get("pdf.pages"), "2");
  EXPECT_EQ(document.metadata.get("pdf.pages_without_text"), "2");
  EXPECT_THAT(document.metadata.get("warning"), HasSubstr("page(s) 2"));
  EXPECT_THAT(document.text, HasSubstr("黄门镇"));
  // The blank image page went through OCR, which found nothing on it.
  EXPECT_EQ(document.metadata.get("ocr.pages"), "2");
}

TEST(PdfScanned, TextFromFontsWithoutUnicodeMapsIsRecognizedAsUnreadable) {
  EXPECT_GT(unreadable_share({{0, 0, 1, 1, "\uE012\uE013\uE014", false}, {0, 0, 1, 1, "\uFFFD", false}}), 0.9);
  EXPECT_LT(unreadable_share({{0, 0, 1, 1, "法治讲座14期", false}}), 0.01);
  EXPECT_EQ(unreadable_share({}), 1.0);
}

TEST(PdfSniff, TheMagicNumberDecides) {
  const PdfInput input(pdf_context());
  EXPECT_EQ(input.sniff("%PDF-1.7\n..."), 100);
  EXPECT_EQ(input.sniff("一、工作情况"), 0);
  EXPECT_EQ(input.sniff(std::string("PK\x03\x04word/", 9)), 0);
}

}  // namespace
}  // namespace docpipe::pdf
