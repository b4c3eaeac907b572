// input.docx on hand-built fixtures (scripts/make-docx-fixtures.py): numbering, tracked changes, runs,
// fields, text boxes, tables, flat XML, and the unsafe or broken packages.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>

#include "docpipe/placeholder_styles.hpp"
#include "docpipe/safe_xml.hpp"
#include "docx_input.hpp"
#include "numbering.hpp"
#include "run_text.hpp"
#include "styles.hpp"
#include "test_support.hpp"

namespace docpipe::docx {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

PluginContext docx_context() {
  PluginContext context;
  context.parameters.set("max_part_megabytes", std::int64_t{64});
  context.parameters.set("max_compression_ratio", 200.0);
  context.parameters.set("remove_artifacts", true);
  context.parameters.set("max_label_characters", std::int64_t{64});
  context.parameters.set("max_blocks", std::int64_t{200000});
  return context;
}

Document read_fixture(const std::string& name) {
  Document document;
  DocxInput(docx_context()).read(test::read_file(test::kTestData / "docx" / name), document);
  return document;
}

std::vector<std::string> lines(const Document& document) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= document.text.size(); ++i) {
    if (i == document.text.size() || document.text[i] == '\n')
      out.push_back(document.text.substr(start, i - start)), start = i + 1;
  }
  return out;
}

std::string error_of(const std::string& name) {
  try {
    read_fixture(name);
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

// Word's XML document (pkg:package) of a body, the styles it uses and its numbering definitions, if any (the
// contents of w:styles and w:numbering).
Document read_package(const std::string& body, const std::string& styles, const std::string& numbering = "") {
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  const auto part = [](const std::string& name, const std::string& xml) {
    return "<pkg:part pkg:name=\"/word/" + name + "\"><pkg:xmlData>" + xml + "</pkg:xmlData></pkg:part>";
  };
  std::string package =
      "<?xml version=\"1.0\"?><pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">";
  package += part("document.xml", "<w:document " + w + "><w:body>" + body + "</w:body></w:document>");
  package += part("styles.xml", "<w:styles " + w + ">" + styles + "</w:styles>");
  if (!numbering.empty()) package += part("numbering.xml", "<w:numbering " + w + ">" + numbering + "</w:numbering>");
  package += "</pkg:package>";
  Document document;
  DocxInput(docx_context()).read(package, document);
  return document;
}

TEST(DocxNumbering, LabelsAreRenderedWhereWordShowsThemThroughTheStyleChain) {
  const auto document = read_fixture("numbering.docx");
  EXPECT_THAT(lines(document), ElementsAre("一、工作情况", "（一）加强组织领导", "1.健全工作机制。乡党委召开会议5次。",
                                           "①完善制度", "（二）深入普法", "二、存在问题", "（一）执法不够规范",
                                           "五、其他事项", "甲. 甲项", "乙. 乙项"));
}

TEST(DocxNumbering, HeadingLevelsAndLabelsBecomeBlockHints) {
  const auto document = read_fixture("numbering.docx");
  ASSERT_GE(document.blocks.size(), 6u);
  EXPECT_EQ(document.blocks[0].heading_level, 1);
  EXPECT_EQ(document.blocks[0].numbering_label, "一、");
  EXPECT_EQ(document.blocks[1].heading_level, 2);
  EXPECT_EQ(document.blocks[5].heading_level, 1);  // "Part Title" is based on heading 1
  EXPECT_EQ(document.blocks[5].style, "Part Title");
  EXPECT_FALSE(document.blocks[2].heading_level.has_value());
}

TEST(DocxNumbering, NumberFormats) {
  EXPECT_EQ(format_number(3, "decimal"), "3");
  EXPECT_EQ(format_number(12, "chineseCounting"), "十二");
  EXPECT_EQ(format_number(21, "chineseCountingThousand"), "二十一");
  EXPECT_EQ(format_number(3, "ideographTraditional"), "丙");
  EXPECT_EQ(format_number(3, "decimalEnclosedCircle"), "③");
  EXPECT_EQ(format_number(4, "upperRoman"), "IV");
  EXPECT_EQ(format_number(2, "lowerLetter"), "b");
}

// Word's legal formats are the 大写 numerals, in the SDK that input.docx and input.doc share: simplified for
// chineseLegalSimplified, traditional for ideographLegalTraditional; ten is 壹拾 as Word writes it, and a counter
// past 9999 falls back to decimal like the other Chinese formats.
TEST(DocxNumbering, LegalFormatsAreTheFinancialNumerals) {
  EXPECT_EQ(format_number(3, "chineseLegalSimplified"), "叁");
  EXPECT_EQ(format_number(10, "chineseLegalSimplified"), "壹拾");
  EXPECT_EQ(format_number(26, "chineseLegalSimplified"), "贰拾陆");
  EXPECT_EQ(format_number(105, "chineseLegalSimplified"), "壹佰零伍");
  EXPECT_EQ(format_number(2, "ideographLegalTraditional"), "貳");
  EXPECT_EQ(format_number(36, "ideographLegalTraditional"), "參拾陸");
  EXPECT_EQ(format_number(12000, "chineseLegalSimplified"), "12000");
  EXPECT_EQ(format_number(3, "chineseCounting"), "三");  // the ordinary numerals stay ordinary
}

// The other ST_NumberFormat values a Chinese report's list may use render as Word shows them, not as 1, 2, 3:
// Japan's and Korea's legal numerals, ideographs digit by digit, full-width digits and the enclosed numbers Unicode
// has (⑴ ⒈ ㈠ ㊀), the number itself past them.
TEST(DocxNumbering, OtherEastAsianFormatsAreWordsNumerals) {
  EXPECT_EQ(format_number(2, "japaneseLegal"), "弐");
  EXPECT_EQ(format_number(5, "japaneseLegal"), "伍");
  EXPECT_EQ(format_number(11, "japaneseLegal"), "壱拾壱");
  EXPECT_EQ(format_number(3, "koreanLegal"), "參");
  EXPECT_EQ(format_number(10, "koreanLegal"), "拾");
  EXPECT_EQ(format_number(12, "ideographDigital"), "一二");
  EXPECT_EQ(format_number(10, "ideographDigital"), "一〇");
  EXPECT_EQ(format_number(12, "decimalFullWidth"), "１２");
  EXPECT_EQ(format_number(3, "decimalEnclosedParen"), "⑶");
  EXPECT_EQ(format_number(2, "decimalEnclosedFullstop"), "⒉");
  EXPECT_EQ(format_number(4, "ideographParenthetical"), "㈣");
  EXPECT_EQ(format_number(1, "ideographEnclosedCircle"), "㊀");
  EXPECT_EQ(format_number(11, "ideographParenthetical"), "11");
}

// Word's legal numbering writes every level in decimal (1.1, not 1.一); a format Word 2010 wraps for newer
// readers is read from its fallback.
TEST(DocxNumbering, LegalNumberingAndAFormatInAlternateContent) {
  const std::string xml =
      "<w:numbering xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
      "xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'>"
      "<w:abstractNum w:abstractNumId='0'>"
      "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='chineseCounting'/><w:lvlText w:val='%1、'/></w:lvl>"
      "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:isLgl/><w:numFmt w:val='chineseCounting'/>"
      "<w:lvlText w:val='%1.%2'/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId='1'><w:lvl w:ilvl='0'><w:start w:val='1'/><mc:AlternateContent>"
      "<mc:Choice Requires='w14'><w:numFmt w:val='custom' w:format='一, 二, 三, ...'/></mc:Choice>"
      "<mc:Fallback><w:numFmt w:val='chineseCounting'/></mc:Fallback></mc:AlternateContent>"
      "<w:lvlText w:val='%1、'/></w:lvl></w:abstractNum>"
      "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num><w:num w:numId='2'><w:abstractNumId w:val='1'/></w:num>"
      "</w:numbering>";
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> tree(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr, XML_PARSE_NONET), &xmlFreeDoc);
  ASSERT_TRUE(tree);
  docx::Numbering numbering(xmlDocGetRootElement(tree.get()), 40);
  EXPECT_EQ(numbering.next_label(1, 0), "一、 ");
  EXPECT_EQ(numbering.next_label(1, 1), "1.1 ");
  EXPECT_EQ(numbering.next_label(1, 1), "1.2 ");
  EXPECT_EQ(numbering.next_label(2, 0), "一、 ");
}

// Word's placeholder style is known by its name, in English or Chinese, also among a .doc style name's aliases; a
// style merely mentioning placeholders is not it.
TEST(DocxPlaceholders, WordsPlaceholderStyleIsKnownByItsNames) {
  EXPECT_TRUE(is_placeholder_style_name("Placeholder Text"));
  EXPECT_TRUE(is_placeholder_style_name("占位符文本"));
  EXPECT_TRUE(is_placeholder_style_name("Placeholder Text,占位符文本"));
  EXPECT_TRUE(is_placeholder_style_name("正文小字,占位符文本"));
  EXPECT_FALSE(is_placeholder_style_name("Placeholder Text 2"));
  EXPECT_FALSE(is_placeholder_style_name("占位符"));
  EXPECT_FALSE(is_placeholder_style_name(""));
}

// A level's lvlRestart (one-based) says which levels above it restart it: 1, only the first (1. runs on across the
// （一）（二） under one 一、); 0, none (第N条 numbered on across chapters). Without it any level above restarts it.
TEST(DocxNumbering, ALevelsRestartLimitSaysWhichLevelsRestartIt) {
  const std::string xml =
      "<w:numbering xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
      "<w:abstractNum w:abstractNumId='0'>"
      "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='chineseCounting'/><w:lvlText w:val='%1、'/></w:lvl>"
      "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='chineseCounting'/><w:lvlText w:val='（%2）'/></w:lvl>"
      "<w:lvl w:ilvl='2'><w:start w:val='1'/><w:lvlRestart w:val='1'/><w:numFmt w:val='decimal'/>"
      "<w:lvlText w:val='%3.'/></w:lvl>"
      "<w:lvl w:ilvl='3'><w:start w:val='1'/><w:lvlRestart w:val='0'/><w:numFmt w:val='decimal'/>"
      "<w:lvlText w:val='第%4条'/></w:lvl></w:abstractNum>"
      "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num></w:numbering>";
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> tree(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr, XML_PARSE_NONET), &xmlFreeDoc);
  ASSERT_TRUE(tree);
  docx::Numbering numbering(xmlDocGetRootElement(tree.get()), 40);
  std::vector<std::string> labels;
  for (const int level : {0, 1, 2, 3, 2, 1, 2, 3, 0, 1, 2, 3}) labels.push_back(numbering.next_label(1, level));
  EXPECT_THAT(labels, ElementsAre("一、 ", "（一） ", "1. ", "第1条 ", "2. ", "（二） ", "3. ", "第2条 ", "二、 ",
                                  "（一） ", "1. ", "第3条 "));
}

// chineseLegalSimplified is Word's 大写 numbering (壹、贰、…壹拾壹、): a part numbered so reads as Word shows it, not
// in ordinary numerals; chineseCounting beside it is unchanged.
TEST(DocxNumbering, ChineseLegalNumeralsAreTheFinancialForms) {
  const std::string xml =
      "<w:numbering xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
      "<w:abstractNum w:abstractNumId='0'>"
      "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='chineseLegalSimplified'/><w:lvlText w:val='%1、'/>"
      "</w:lvl><w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='decimal'/><w:lvlText w:val='%1.%2'/></w:lvl>"
      "</w:abstractNum><w:abstractNum w:abstractNumId='1'>"
      "<w:lvl w:ilvl='0'><w:start w:val='9'/><w:numFmt w:val='chineseLegalSimplified'/><w:lvlText w:val='%1、'/>"
      "</w:lvl></w:abstractNum><w:abstractNum w:abstractNumId='2'>"
      "<w:lvl w:ilvl='0'><w:start w:val='10'/><w:numFmt w:val='chineseCounting'/><w:lvlText w:val='%1、'/>"
      "</w:lvl></w:abstractNum>"
      "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num><w:num w:numId='2'><w:abstractNumId w:val='1'/></w:num>"
      "<w:num w:numId='3'><w:abstractNumId w:val='2'/></w:num></w:numbering>";
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> tree(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr, XML_PARSE_NONET), &xmlFreeDoc);
  ASSERT_TRUE(tree);
  docx::Numbering numbering(xmlDocGetRootElement(tree.get()), 40);
  EXPECT_EQ(numbering.next_label(1, 0), "壹、 ");
  EXPECT_EQ(numbering.next_label(1, 1), "壹.1 ");
  EXPECT_EQ(numbering.next_label(1, 0), "贰、 ");
  EXPECT_EQ(numbering.next_label(2, 0), "玖、 ");
  EXPECT_EQ(numbering.next_label(2, 0), "壹拾、 ");
  EXPECT_EQ(numbering.next_label(2, 0), "壹拾壹、 ");
  EXPECT_EQ(numbering.next_label(3, 0), "十、 ");
}

TEST(DocxTrackedChanges, InsertionsKeptDeletionsDroppedMovesOnce) {
  EXPECT_THAT(lines(read_fixture("tracked-changes.docx")),
              ElementsAre("开展法治讲座14期。", "保留的句子。", "挪走的句子。"));
}

// A numbered heading moved with tracking on (its paragraph mark and runs in w:moveFrom at the old place, w:moveTo at
// the new one) takes its number where it now stands: nothing is left at the old place, and the list runs 一、二、三、
// in the order Word shows. A heading merely numbered, and one whose mark is only formatted, keep their numbers.
TEST(DocxTrackedChanges, AMovedHeadingIsNumberedOnlyWhereItWasMovedTo) {
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>";
  const std::string numbered = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
  const auto run = [](const std::string& text) { return "<w:r><w:t>" + text + "</w:t></w:r>"; };
  const auto paragraph = [](const std::string& properties, const std::string& content) {
    return "<w:p><w:pPr>" + properties + "</w:pPr>" + content + "</w:p>";
  };
  const std::string moved_from =
      "<w:rPr><w:moveFrom w:id=\"5\" w:author=\"审核人\" w:date=\"2025-01-10T08:00:00Z\"/></w:rPr>";
  const std::string moved_to =
      "<w:rPr><w:moveTo w:id=\"6\" w:author=\"审核人\" w:date=\"2025-01-10T08:00:00Z\"/></w:rPr>";
  const std::string body =
      paragraph(numbered, run("工作成效")) + paragraph("", run("全年办理复议案件18件。")) +
      paragraph(numbered + moved_from, "<w:moveFrom w:id=\"7\">" + run("明年打算") + "</w:moveFrom>") +
      paragraph(numbered + "<w:rPr><w:b/></w:rPr>", run("存在问题")) + paragraph("", run("执法力量不足。")) +
      paragraph(numbered + moved_to, "<w:moveTo w:id=\"8\">" + run("明年打算") + "</w:moveTo>") +
      paragraph("", run("计划培训4期。"));
  const Document document = read_package(body, styles, numbering);
  EXPECT_THAT(lines(document), ElementsAre("一、工作成效", "全年办理复议案件18件。", "二、存在问题", "执法力量不足。",
                                           "三、明年打算", "计划培训4期。"));
}

// The text boxes of a group shape (a flow chart of steps drawn as one wpg:wgp) are read in the order they are
// written, which is the order the steps are read in.
TEST(DocxRuns, TheTextBoxesOfAGroupShapeComeInTheirOrder) {
  const auto box = [](const std::string& text) {
    return "<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>" + text +
           "</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>";
  };
  const std::string group = "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><wpg:wgp>" +
                            box("第一步：受理申请") + box("第二步：合法性审查") + box("第三步：集体讨论决定") +
                            "</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
  const std::string namespaces =
      " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
      " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
      " xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\""
      " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";
  const std::string body = "<w:p><w:r><w:t>重大行政决策流程：</w:t></w:r></w:p><w:sdt" + namespaces +
                           "><w:sdtContent>" + group + "</w:sdtContent></w:sdt>";
  const Document document = read_package(body, "");
  EXPECT_THAT(lines(document),
              ElementsAre("重大行政决策流程：", "第一步：受理申请", "第二步：合法性审查", "第三步：集体讨论决定"));
}

// A DOCX converted from a PDF has a paragraph for every printed line and the page numbers as paragraphs: read as
// they are, 2⏎.5名 loses its figure and 、进学校 opens a false heading. Such lines, most of one width and ending
// mid-sentence, are reflowed into the paragraphs the page showed (as input.txt reflows them), the page number taken
// out; a heading stays a line of its own.
TEST(DocxRuns, ADocumentConvertedFromAPdfHasItsLinesRejoined) {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>";
  const auto paragraph = [](const std::string& text, const std::string& properties = "") {
    return "<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  };
  std::string body = paragraph("（一）强化执法队伍建设", "<w:pStyle w:val=\"2\"/>");
  for (const char* line :
       {"　　县司法局全年审查行政规范性文件23件，提出修改意见", "41条，全部被采纳。全县各乡镇平均配备专职执法人员2",
        ".5名，较上年增加0.5名，执法力量不断充实。", "　　全年办理人大代表建议和政协委员提案15件，办复率100",
        "%，代表委员满意率保持高位；开展法治宣传进机关、进社区", "— 1 —",
        "、进学校、进企业活动36场次，发放宣传资料1.2万份，", "群众法治意识明显增强。"}) {
    body += paragraph(line);
  }
  body += paragraph("（二）化解行政争议", "<w:pStyle w:val=\"2\"/>");
  for (const char* line : {"　　全年办理行政复议案件71件，审结58件，纠错9件，纠",
                           "错率15.5%；行政机关负责人出庭应诉率达100%，行政", "争议得到实质性化解。"}) {
    body += paragraph(line);
  }
  const Document document = read_package(body, styles);
  EXPECT_THAT(
      lines(document),
      ElementsAre("（一）强化执法队伍建设",
                  "县司法局全年审查行政规范性文件23件，提出修改意见41条，全部被采纳。全县各乡镇平均配备专职执法人员2."
                  "5名，较上年增加0.5名，执法力量不断充实。",
                  "全年办理人大代表建议和政协委员提案15件，办复率100%，代表委员满意率保持高位；开展法治宣传进机关、"
                  "进社区、进学校、进企业活动36场次，发放宣传资料1.2万份，群众法治意识明显增强。",
                  "（二）化解行政争议",
                  "全年办理行政复议案件71件，审结58件，纠错9件，纠错率15.5%；行政机关负责人出庭应诉率达100%，"
                  "行政争议得到实质性化解。"));
  EXPECT_EQ(document.metadata.get("reflowed_line_breaks"), "7");
  EXPECT_THAT(document.metadata.all("removed.page-number"), ElementsAre("— 1 —"));
  ASSERT_EQ(document.blocks.size(), 5u);
  EXPECT_EQ(document.blocks[3].heading_level, 2);
}

// A document of one paragraph per paragraph is never reflowed, even when its paragraphs are short and of nearly one
// width: each ends its sentence.
TEST(DocxRuns, ShortParagraphsOfOneWidthAreNoConvertedLines) {
  const auto paragraph = [](const std::string& text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  };
  const std::vector<std::string> texts = {"全年审查行政规范性文件23件，提出修改意见41条。",
                                          "全年办理行政复议案件71件，审结58件，纠错9件。",
                                          "组织执法人员培训4期，参训执法人员326人次。",
                                          "开展执法案卷评查2次，评查案卷160卷。",
                                          "办理政府信息公开申请9件，均在法定期限内答复。",
                                          "全年办理人大代表建议和政协委员提案15件。",
                                          "发放宣传资料1.2万份，开展法治讲座36场次。",
                                          "新增市级民主法治示范村2个，培育法律明白人156名。",
                                          "行政机关负责人出庭应诉率达100%，较上年提高5个百分点。"};
  std::string body;
  for (const auto& text : texts) body += paragraph(text);
  const Document document = read_package(body, "");
  EXPECT_EQ(lines(document), texts);
  EXPECT_EQ(document.metadata.get("reflowed_line_breaks"), "");
}

// A line break after 第一行, a line too short to run to the margin, is a line of its own (see
// LineBreaksThatOnlyWrapALineJoin).
TEST(DocxRuns, SplitNumbersTabsBreaksHyperlinksFieldResultsAndTextBoxesOnce) {
  EXPECT_THAT(lines(read_fixture("runs-and-fields.docx")),
              ElementsAre("开展法治讲座14期 法律咨询286人次", "第一行", "第二行", "链接文字", "域结果",
                          "2024年12月24日", "正文", "文本框内容"));
}

// A line break (Shift+Enter) typed in mid-sentence wraps the line by hand: the lines join, so a figure keeps its
// indicator (…培训执法人员⏎52人次). A break after a sentence, after a short line (a list item, an organ over its
// date), before a heading marker, a bullet, a label or a date stays.
TEST(DocxRuns, LineBreaksThatOnlyWrapALineJoin) {
  const auto paragraph = [](const std::vector<std::string>& lines) {
    std::string runs;
    for (const auto& line : lines) {
      if (!runs.empty()) runs += "<w:r><w:br/></w:r>";
      runs += "<w:r><w:t>" + line + "</w:t></w:r>";
    }
    return "<w:p>" + runs + "</w:p>";
  };
  Document document;
  DocxInput(docx_context())
      .read(
          "<?xml version=\"1.0\"?><w:wordDocument "
          "xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body>" +
              paragraph({"全年组织镇村两级干部和综合行政执法队员参加培训执法人员", "52人次，考试合格率", "96%。",
                         "（一）强化组织领导", "组织全镇机关干部和各村（社区）工作人员开展Excel", "Word培训2期：",
                         "审查合同31份"}) +
              paragraph({"法律顾问服务村（社区）18个", "人民调解组织调解纠纷236件"}) +
              paragraph({"全镇各村（社区）普法宣传阵地建设情况如下所列各项", "●开展法治讲座24场",
                         "地址：测试县测试镇人民路8号"}) +
              paragraph({"中共测试县测试镇委员会", "测试县测试镇人民政府", "2024年1月10日"}) +
              "</w:body></w:wordDocument>",
          document);
  EXPECT_THAT(
      lines(document),
      ElementsAre("全年组织镇村两级干部和综合行政执法队员参加培训执法人员52人次，考试合格率96%。", "（一）强化组织领导",
                  "组织全镇机关干部和各村（社区）工作人员开展Excel Word培训2期：", "审查合同31份",
                  "法律顾问服务村（社区）18个", "人民调解组织调解纠纷236件",
                  "全镇各村（社区）普法宣传阵地建设情况如下所列各项", "●开展法治讲座24场",
                  "地址：测试县测试镇人民路8号", "中共测试县测试镇委员会", "测试县测试镇人民政府", "2024年1月10日"));
}

// A heading numbered by Word (its （一） a list label, not text) ends at its line break too.
TEST(DocxRuns, ALineBreakAfterANumberedHeadingStays) {
  const Document document = read_package(
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
      "<w:r><w:t>强化组织领导</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>召开会议6次。</w:t></w:r></w:p>",
      "",
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%1）\"/><w:suff w:val=\"nothing\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
  EXPECT_THAT(lines(document), ElementsAre("（一）强化组织领导", "召开会议6次。"));
}

// A heading a typist wrapped with Shift+Enter to centre it (一、坚持依法决策，⏎推进政府治理规范化) is one heading: in a
// paragraph with a written marker, Word's number, a heading style or all in bold, a line that ends no sentence joins
// the short remainder after it. A body paragraph's break, a heading's break before a sentence, a bold signature's
// (two organs, an organ over its date, a right-aligned block) and a table cell's stay.
TEST(DocxRuns, AHeadingWrappedByHandIsOneHeading) {
  const auto paragraph = [](const std::string& properties, const std::vector<std::string>& lines,
                            const std::string& run_properties = "") {
    std::string runs;
    for (const auto& line : lines) {
      if (!runs.empty()) runs += "<w:r><w:br/></w:r>";
      runs += "<w:r><w:rPr>" + run_properties + "</w:rPr><w:t>" + line + "</w:t></w:r>";
    }
    return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
  };
  const std::string bold = "<w:b/>";
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>";
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"2\"/>"
      "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  const std::string cell =
      "<w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>执法人员</w:t></w:r><w:r><w:br/></w:r>"
      "<w:r><w:rPr><w:b/></w:rPr><w:t>（人）</w:t></w:r></w:p></w:tc>";
  const auto figure = [](const std::string& text) {
    return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
  };
  const Document document = read_package(
      paragraph("", {"关于测试县2024年度法治政府建设", "情况的报告"}, bold) +
          paragraph("", {"一、坚持依法决策，", "推进政府治理规范化"}) +
          paragraph("<w:pStyle w:val=\"2\"/>", {"全面推进严格规范公正文明执法", "持续提升行政执法质效"}) +
          paragraph("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>",
                    {"深化放管服改革", "优化营商环境"}) +
          paragraph("", {"三、强化行政监督", "全年召开常务会议12次。"}) +
          paragraph("", {"测试镇综合行政执法队", "执法人员12名"}) +
          paragraph("", {"中共测试县测试镇委员会", "测试县测试镇人民政府"}, bold) +
          paragraph("", {"测试县司法局", "2024年1月10日"}, bold) +
          paragraph("<w:jc w:val=\"right\"/>", {"测试县测试镇", "法治建设领导小组"}, bold) + "<w:tbl><w:tr>" + cell +
          figure("执法案件") + "</w:tr><w:tr>" + figure("12") + figure("36") + "</w:tr></w:tbl>",
      styles, numbering);
  EXPECT_THAT(lines(document),
              ElementsAre("关于测试县2024年度法治政府建设情况的报告", "一、坚持依法决策，推进政府治理规范化",
                          "全面推进严格规范公正文明执法持续提升行政执法质效", "二、深化放管服改革优化营商环境",
                          "三、强化行政监督", "全年召开常务会议12次。", "测试镇综合行政执法队", "执法人员12名",
                          "中共测试县测试镇委员会", "测试县测试镇人民政府", "测试县司法局", "2024年1月10日",
                          "测试县测试镇", "法治建设领导小组", "执法人员 （人）", "执法案件", "12", "36"));
  EXPECT_EQ(document.blocks[0].style, "bold");  // one bold line now: a heading hint, as a title on one line is
  EXPECT_EQ(document.blocks[2].heading_level, 2);
  EXPECT_EQ(document.blocks[3].numbering_label, "二、");
}

// A numbered item is body text, whatever its number: its line breaks are its own (a contact item over its address),
// written or Word's 1., as a body paragraph's are; only a heading's number (一、, （二）) makes a wrapped line a
// heading's.
TEST(DocxRuns, ALineBreakInANumberedItemStays) {
  const auto paragraph = [](const std::string& properties, const std::string& first, const std::string& second) {
    return "<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t>" + first + "</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>" +
           second + "</w:t></w:r></w:p>";
  };
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:suff w:val=\"space\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"2\"/>"
      "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%1）\"/><w:suff w:val=\"nothing\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
  const std::string decimal = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
  const std::string chinese = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>";
  const Document document = read_package(paragraph(decimal, "联系单位：测试县法律援助中心", "人民路8号") +
                                             paragraph("", "2. 受理地点：测试县公共法律服务中心", "一楼3号窗口") +
                                             paragraph(chinese, "深化府院联动，", "推动行政争议实质化解"),
                                         "", numbering);
  EXPECT_THAT(lines(document),
              ElementsAre("1. 联系单位：测试县法律援助中心", "人民路8号", "2. 受理地点：测试县公共法律服务中心",
                          "一楼3号窗口", "（二）深化府院联动，推动行政争议实质化解"));
}

// Word's 带圈字符 past ⑳ is an EQ field drawing a circle over the number (EQ \o\ac(○,21)), with no result or a result
// of its parts: it reads as the enclosed number Unicode has (㉑ up to ㊿), else in parentheses, never without its
// number. Other EQ fields keep their result, as any field does.
TEST(DocxRuns, EnclosedNumbersWrittenAsEqFieldsAreTheirCharacters) {
  const auto field = [](const std::string& type) { return "<w:r><w:fldChar w:fldCharType=\"" + type + "\"/></w:r>"; };
  const auto code = [](const std::string& text) {
    return "<w:r><w:instrText xml:space=\"preserve\">" + text + "</w:instrText></w:r>";
  };
  const auto run = [](const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; };
  const auto paragraph = [](const std::string& runs) { return "<w:p>" + runs + "</w:p>"; };
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>";
  const Document document =
      read_package(paragraph(field("begin") + code(" eq \\o\\ac(") + code("○") + code(",21)") + field("end") +
                             run("推进行政执法三项制度")) +
                       paragraph(field("begin") + code(" EQ \\o\\ac(○,\\s\\up 1(22))") + field("separate") + run("○") +
                                 run("22") + field("end") + run("规范行政裁量权基准")) +
                       paragraph("<w:fldSimple w:instr=\" EQ \\o\\ac(○,36) \">" + run("○36") + "</w:fldSimple>" +
                                 run("健全行政复议体制")) +
                       paragraph(field("begin") + code("EQ \\o\\ac(○,51)") + field("end") + run("完善法律顾问制度")) +
                       paragraph(run("事项") + field("begin") + code("EQ \\o\\ac(□,5)") + field("separate") + run("5") +
                                 field("end") + run("已完成")),
                   styles);
  EXPECT_THAT(lines(document), ElementsAre("㉑推进行政执法三项制度", "㉒规范行政裁量权基准", "㊱健全行政复议体制",
                                           "(51)完善法律顾问制度", "事项5已完成"));
}

// A 序号 column numbered by Word's automatic numbering, each cell's paragraph empty but for its number: the numbers
// are in the cells (1, 2), as Word shows them, so each row keeps its label and the table its columns; input.doc reads
// such a column alike.
TEST(DocxTables, AutomaticNumbersOfASerialColumnAreInItsCells) {
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  const auto cell = [](const std::string& text) {
    return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
  };
  const std::string numbered =
      "<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
      "</w:pPr></w:p></w:tc>";
  const Document document =
      read_package("<w:p><w:r><w:t>主要执法数据见下表。</w:t></w:r></w:p><w:tbl><w:tr>" + cell("序号") +
                       cell("执法领域") + cell("立案（件）") + "</w:tr><w:tr>" + numbered + cell("市场监管") +
                       cell("23") + "</w:tr><w:tr>" + numbered + cell("生态环境") + cell("8") + "</w:tr></w:tbl>",
                   "", numbering);
  EXPECT_THAT(test::table_cells(document),
              ElementsAre("0:0:0=序号", "0:0:1=执法领域", "0:0:2=立案（件）", "0:1:0=1", "0:1:1=市场监管", "0:1:2=23",
                          "0:2:0=2", "0:2:1=生态环境", "0:2:2=8"));
}

TEST(DocxRuns, CommentsAndFootersStayOutOfTheBody) {
  const auto document = read_fixture("runs-and-fields.docx");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("批注")));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("— 1 —")));
}

TEST(DocxTables, CellsInRowOrderWithTheirRowAndColumn) {
  const auto document = read_fixture("table.docx");
  EXPECT_THAT(lines(document), ElementsAre("调解情况如下：", "项目", "2024年", "人民调解案件（件）", "120",
                                           "法律援助（人次）", "86", "合计说明", "表后正文。"));
  const Block& cell = document.blocks[4];
  EXPECT_EQ(cell.kind, BlockKind::table_cell);
  EXPECT_EQ(cell.table, 0);
  EXPECT_EQ(cell.row, 1);
  EXPECT_EQ(cell.column, 1);
}

TEST(DocxTables, ANumberInACellBecomesAMetricWithTheHeadersUnit) {
  const auto document = test::process_with_default_pipeline(test::kTestData / "docx" / "table.docx");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  std::vector<std::string> figures;
  for (const auto& m : document.metrics) figures.push_back(m.text + " " + m.unit + " " + m.indicator);
  EXPECT_THAT(figures, ElementsAre("120 件 人民调解案件", "86 人次 法律援助"));
}

// What offices' Word files hold beyond plain paragraphs (word-features.docx): Word shows each line below.
TEST(DocxWordFeatures, TheTextWordShows) {
  const Document document = read_fixture("word-features.docx");
  EXPECT_THAT(
      lines(document),
      ElementsAre("青山镇关于2024年度法治政府建设情况的报告", "一、主要举措和成效", "（一）加强组织领导",
                  "开展法治讲座14期。",          // a field nested in another's code shows no result of its own
                  "印发资料300份。",             // hidden text, direct and by character style, is not shown
                  "建成法治广场面积120×80米。",  // a Symbol-font character
                  "提供法律咨询286人次。",       // a deleted paragraph mark joins the paragraph to the next
                  "（二）加强队伍",
                  "（三）深化普法宣传",                          // a deleted numbered paragraph takes no number
                  "甲、条目内容",                                // a list following a list style (numStyleLink)
                  "①覆盖项目",                                   // a level redefined in the list's override
                  "行政复议（件）", "3", "行政诉讼（件）", "2",  // a row in a content control
                  "行政处罚（件）", "32",                        // a cell in a content control
                  "项目", "数量", "单位", "法律援助", "86", "人次", "指标（件）", "2023年", "2024年", "人民调解", "104",
                  "120", "青山镇人民政府", "2025年1月18日"));  // no placeholder of a content control
  EXPECT_THAT(document.metadata.get("warning"), HasSubstr("1 imported chunk(s) (w:altChunk"));
}

// A table's unit may stand in a column of its own or in its corner over year columns; an earlier year's column
// holds figures of that year.
TEST(DocxTables, UnitColumnsAndYearColumns) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "docx" / "word-features.docx");
  std::vector<std::string> figures;
  for (const auto& m : document.metrics) {
    if (m.text == "86" || m.text == "104" || m.text == "120") {
      figures.push_back(m.indicator + " " + m.text + " " + m.unit + " " + m.role);
    }
  }
  EXPECT_THAT(figures, ElementsAre("法律援助 86 人次 value", "人民调解 104 件 previous", "人民调解 120 件 value"));
}

// Word 2003 XML for a body of paragraphs and tables: "|" separates cells, "/" rows; a row of one cell spans, an
// empty cell is what a cell merged down from the row above leaves.
std::string word_body(const std::vector<std::string>& parts) {
  std::string body;
  const auto paragraph = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  for (const auto& part : parts) {
    if (part.find('|') == std::string::npos && part.find('/') == std::string::npos) {
      body += paragraph(part);
      continue;
    }
    body += "<w:tbl>";
    std::istringstream rows(part);
    for (std::string row; std::getline(rows, row, '/');) {
      body += "<w:tr>";
      std::istringstream cells(row);
      for (std::string cell; std::getline(cells, cell, '|');) body += "<w:tc>" + paragraph(cell) + "</w:tc>";
      body += "</w:tr>";
    }
    body += "</w:tbl>";
  }
  return "<?xml version=\"1.0\"?><w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\">"
         "<w:body>" +
         body + "</w:body></w:wordDocument>";
}

std::vector<std::string> table_figures(const std::vector<std::string>& parts) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "report.xml", word_body(parts));
  const Document document = test::process_with_default_pipeline(dir / "report.xml");
  std::vector<std::string> figures;
  for (const auto& m : document.metrics) figures.push_back(m.indicator + " " + m.text + " " + m.unit + " " + m.role);
  return figures;
}

// 单位：件 above the table, in its corner or in a first row across it declares the unit of its bare numbers.
TEST(DocxTables, AUnitTheTableDeclares) {
  const std::string title = "平川县司法局2024年法治政府建设年度报告";
  EXPECT_THAT(table_figures({title, "单位：件", "项目|2023年|2024年/矛盾纠纷排查|186|204"}),
              ElementsAre("矛盾纠纷排查 186 件 previous", "矛盾纠纷排查 204 件 value"));
  EXPECT_THAT(table_figures({title, "单位：件|2024年/矛盾纠纷排查|204"}), ElementsAre("矛盾纠纷排查 204 件 value"));
  EXPECT_THAT(table_figures({title, "（单位：件）/项目|2024年/矛盾纠纷排查|204"}),
              ElementsAre("矛盾纠纷排查 204 件 value"));
  // No unit anywhere: a bare number is no figure.
  EXPECT_THAT(table_figures({title, "项目|2024年/矛盾纠纷排查|204"}), ::testing::IsEmpty());
}

// A figure a cell writes with its unit is counted under the row's words left of it, a category merged down
// from the row above included.
TEST(DocxTables, AFigureWithItsUnitInACellIsNamedByItsRow) {
  EXPECT_THAT(table_figures({"平川县司法局2024年法治政府建设年度报告", "类别|项目|数量/行政复议|受理|64件/|审结|60件"}),
              ElementsAre("行政复议受理 64件 件 value", "行政复议审结 60件 件 value"));
}

// A Word table's rate cell is checked against the counts of its row, as a text table's is (analysis.anomalies'
// rate-mismatch): 64 of 65 is 98.5%, not 95.8%; the 合计 row agrees.
TEST(DocxTables, ARateCellIsCheckedAgainstItsRowsCounts) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "report.xml",
                   word_body({"平川县司法局2024年法治政府建设年度报告", "一、主要举措和成效",
                              "单位|受理|办结|办结率/江北社区|65|64|95.8%/江南社区|40|40|100%/合计|105|104|99.0%"}));
  const Document document = test::process_with_default_pipeline(dir / "report.xml");
  std::vector<std::string> rates;
  for (const auto& a : document.anomalies) {
    if (a.rule == "rate-mismatch") rates.push_back(a.message);
  }
  EXPECT_THAT(rates, ElementsAre("江北社区办结率为95.8%，按64÷65计算应为98.5%"));
}

// A template's borderless table that sets the unit and the date at the end signs the report; a table of figures
// that ends a report does not.
TEST(DocxTables, ASignatureInASmallTableAtTheEndSigns) {
  const std::vector<std::string> body = {"龙泉街道2023年法治政府建设情况报告", "一、主要举措和成效", "开展讲座3期。"};
  const auto read = [](std::vector<std::string> parts) {
    test::TemporaryDirectory dir;
    test::write_file(dir / "report.xml", word_body(parts));
    return test::process_with_default_pipeline(dir / "report.xml");
  };
  auto signed_parts = body;
  signed_parts.push_back("|龙泉街道办事处/|2024年1月19日");
  const Document signed_ = read(signed_parts);
  EXPECT_EQ(signed_.metadata.get("date"), "2024-01-19");
  EXPECT_EQ(signed_.metadata.get("unit"), "龙泉街道办事处");
  auto table_parts = body;
  table_parts.push_back("序号|单位|完成日期/1|青山镇人民政府|2024年3月1日");
  EXPECT_EQ(read(table_parts).metadata.get("date"), "");
}

// Bold lines under a numbered part with no headings of its own are its topics, one level down (a WPS report's
// way without （一）).
TEST(DocxStyles, BoldTopicsUnderANumberedPartAreItsHeadings) {
  const auto paragraph = [](const std::string& text, bool bold = false) {
    return "<w:p><w:r>" + std::string(bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t>" + text + "</w:t></w:r></w:p>";
  };
  const std::string body = paragraph("云岭镇2024年法治政府建设年度报告") + paragraph("一、主要举措和成效") +
                           paragraph("坚持依法决策，规范权力运行", true) + paragraph("全年审查合同32份。") +
                           paragraph("坚持严格执法，提升执法效能", true) + paragraph("全年办理案件57件。") +
                           paragraph("二、存在的不足和原因") + paragraph("执法力量不足。") +
                           paragraph("云岭镇人民政府") + paragraph("2025年1月6日");
  test::TemporaryDirectory dir;
  test::write_file(dir / "report.xml",
                   "<?xml version=\"1.0\"?><w:wordDocument "
                   "xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body>" +
                       body + "</w:body></w:wordDocument>");
  const Document document = test::process_with_default_pipeline(dir / "report.xml");
  std::vector<std::string> headings;
  for (const auto& s : document.sections) {
    if (s.level > 0) headings.push_back(std::to_string(s.level) + " " + s.number + s.title);
  }
  EXPECT_THAT(headings, ElementsAre("1 一、主要举措和成效", "2 坚持依法决策，规范权力运行",
                                    "2 坚持严格执法，提升执法效能", "1 二、存在的不足和原因"));
  // Bold lines further down a part whose first paragraph is plain are emphasis.
  const std::string emphasis = paragraph("云岭镇2024年法治政府建设年度报告") + paragraph("一、主要举措和成效") +
                               paragraph("全年审查合同32份。") + paragraph("全年未发生一起行政败诉案件", true) +
                               paragraph("全年办理案件57件。") + paragraph("群众满意度持续提升", true) +
                               paragraph("二、存在的不足和原因") + paragraph("执法力量不足。");
  test::write_file(dir / "emphasis.xml",
                   "<?xml version=\"1.0\"?><w:wordDocument "
                   "xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body>" +
                       emphasis + "</w:body></w:wordDocument>");
  const Document emphasised = test::process_with_default_pipeline(dir / "emphasis.xml");
  EXPECT_EQ(std::count_if(emphasised.sections.begin(), emphasised.sections.end(),
                          [](const Section& s) { return s.level == 2; }),
            0);
}

// A 版记 set as a ruled table after the signature is the record: the signature above it still signs.
TEST(DocxTables, ARecordTableAfterTheSignature) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "report.xml",
                   word_body({"青石镇2023年法治政府建设情况报告", "一、主要举措和成效", "开展讲座3期。",
                              "青石镇人民政府", "2024年1月15日", "（此件公开发布）",
                              "抄送：县委依法治县办，县司法局。/青石镇党政办公室|2024年1月16日印发"}));
  const Document document = test::process_with_default_pipeline(dir / "report.xml");
  EXPECT_EQ(document.metadata.get("date"), "2024-01-15");
  EXPECT_EQ(document.metadata.get("unit"), "青石镇人民政府");
}

// Word 2003 XML for a body as written (paragraphs, tables), and what the default pipeline makes of it.
Document processed_body(const std::string& body) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "report.xml",
                   "<?xml version=\"1.0\"?><w:wordDocument "
                   "xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body>" +
                       body + "</w:body></w:wordDocument>");
  return test::process_with_default_pipeline(dir / "report.xml");
}

std::string plain_paragraph(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

std::string report_paragraphs() {
  std::string body;
  for (const char* line :
       {"测试镇2023年度法治政府建设情况报告", "一、主要举措和成效", "召开专题会议6次，研究事项14项。", "二、存在的不足",
        "力量不足。", "三、党政主要负责人履行推进法治建设第一责任人职责情况", "书记带头学法。", "四、下一步工作计划",
        "继续推进。", "测试镇人民政府", "2024年1月10日"}) {
    body += plain_paragraph(line);
  }
  return body;
}

std::vector<std::string> part_headings(const Document& document) {
  std::vector<std::string> headings;
  for (const auto& s : document.sections) {
    if (s.level > 0) headings.push_back(s.number + s.title);
  }
  return headings;
}

// A WPS 红头 or form template lays the report out in a table: the whole body in one cell, or under a letterhead
// row. Such a cell is no table cell: its paragraphs are the report's, its parts found and its date read.
TEST(DocxTables, AReportLaidOutInATableIsReadAsParagraphs) {
  const auto expect_report = [](const Document& document) {
    ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
    EXPECT_THAT(part_headings(document),
                ElementsAre("一、主要举措和成效", "二、存在的不足",
                            "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、下一步工作计划"));
    EXPECT_THAT(test::table_cells(document), ::testing::IsEmpty());
    EXPECT_EQ(document.metadata.get("date"), "2024-01-10");
    std::vector<std::string> figures;
    for (const auto& m : document.metrics) figures.push_back(m.indicator + " " + m.text);
    EXPECT_THAT(figures, ElementsAre("召开专题会议 6次", "研究事项 14项"));
  };
  expect_report(processed_body("<w:tbl><w:tr><w:tc>" + report_paragraphs() + "</w:tc></w:tr></w:tbl>"));
  expect_report(processed_body("<w:tbl><w:tr><w:tc>" + plain_paragraph("测试镇人民政府文件") + "</w:tc><w:tc>" +
                               plain_paragraph("测政发〔2024〕1号") + "</w:tc></w:tr><w:tr><w:tc>" +
                               report_paragraphs() + "</w:tc></w:tr></w:tbl>"));
}

// A cell of a table of figures may hold a few paragraphs (行政 / 处罚): it stays one cell.
TEST(DocxTables, ACellOfAFewParagraphsStaysACell) {
  const Document document =
      processed_body(plain_paragraph("测试镇2023年度法治政府建设情况报告") + plain_paragraph("单位：件") +
                     "<w:tbl><w:tr><w:tc>" + plain_paragraph("项目") + "</w:tc><w:tc>" + plain_paragraph("2023年") +
                     "</w:tc></w:tr><w:tr><w:tc>" + plain_paragraph("行政") + plain_paragraph("处罚") +
                     "</w:tc><w:tc>" + plain_paragraph("32") + "</w:tc></w:tr></w:tbl>");
  EXPECT_THAT(test::table_cells(document), ElementsAre("0:0:0=项目", "0:0:1=2023年", "0:1:0=行政 处罚", "0:1:1=32"));
}

// A paragraph whose cells are parted by tabs (w:tab), one below the other: a table pasted from Excel as text ("keep
// text only") or typed with tab stops. Its rows are a table, numbered in reading order with the real tables.
std::string tab_paragraph(const std::vector<std::string>& cells) {
  std::string runs;
  for (std::size_t i = 0; i < cells.size(); ++i)
    runs += (i > 0 ? "<w:r><w:tab/></w:r>" : "") + ("<w:r><w:t>" + cells[i] + "</w:t></w:r>");
  return "<w:p>" + runs + "</w:p>";
}

std::string one_row_table(const std::string& left, const std::string& right) {
  return "<w:tbl><w:tr><w:tc>" + plain_paragraph(left) + "</w:tc><w:tc>" + plain_paragraph(right) +
         "</w:tc></w:tr><w:tr><w:tc>" + plain_paragraph("合计") + "</w:tc><w:tc>" + plain_paragraph("12") +
         "</w:tc></w:tr></w:tbl>";
}

TEST(DocxTables, ParagraphsOfTabSeparatedCellsAreATable) {
  const Document document =
      processed_body(plain_paragraph("测试镇2024年度法治政府建设情况报告") + one_row_table("项目", "2024年") +
                     plain_paragraph("主要执法数据如下：") + tab_paragraph({"项目", "2023年", "2024年"}) +
                     tab_paragraph({"行政处罚（件）", "32", "41"}) + tab_paragraph({"行政复议（件）", "5", "7"}) +
                     "<w:p/>" + tab_paragraph({"类别", "人数"}) + tab_paragraph({"执法人员（人）", "56"}) +
                     tab_paragraph({"法律顾问（人）", "3"}) + one_row_table("项目", "2024年"));
  EXPECT_THAT(test::table_cells(document),
              ElementsAre("0:0:0=项目", "0:0:1=2024年", "0:1:0=合计", "0:1:1=12",  // the real table before
                          "1:0:0=项目", "1:0:1=2023年", "1:0:2=2024年", "1:1:0=行政处罚（件）", "1:1:1=32", "1:1:2=41",
                          "1:2:0=行政复议（件）", "1:2:1=5", "1:2:2=7",
                          // a row of headers after an empty paragraph opens a table of its own
                          "2:0:0=类别", "2:0:1=人数", "2:1:0=执法人员（人）", "2:1:1=56", "2:2:0=法律顾问（人）",
                          "2:2:1=3", "3:0:0=项目", "3:0:1=2024年", "3:1:0=合计", "3:1:1=12"));
  bool found = false;
  for (const auto& metric : document.metrics) {
    if (metric.text != "41") continue;
    found = true;
    EXPECT_EQ(metric.unit, "件");
    EXPECT_THAT(metric.indicator, HasSubstr("行政处罚"));
  }
  EXPECT_TRUE(found);
}

// A lone line with a tab (联系人<TAB>电话), a heading typed 一、<TAB>title and a numbered item are no rows: their tabs
// are the spaces they always were.
TEST(DocxTables, ALoneTabbedLineAndAHeadingAreNoTable) {
  const Document document =
      processed_body(plain_paragraph("测试镇2024年度法治政府建设情况报告") + tab_paragraph({"一、", "主要举措和成效"}) +
                     plain_paragraph("召开专题会议6次。") + tab_paragraph({"联系人：王明", "电话：0000-1234567"}) +
                     plain_paragraph("测试镇人民政府"));
  EXPECT_THAT(test::table_cells(document), ::testing::IsEmpty());
  EXPECT_THAT(document.text, HasSubstr("联系人：王明 电话：0000-1234567"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("\t")));
}

// A footnote's mark set in superscript after a figure, or written after a note reference with a mark of its own,
// is no digit of the figure: it is dropped and recorded, as input.html and input.pdf do; a unit's power stays.
TEST(DocxRuns, FootnoteMarksAfterAFigureAreDroppedAndRecorded) {
  const auto run = [](const std::string& text, const std::string& properties = "") {
    return "<w:r>" + (properties.empty() ? "" : "<w:rPr>" + properties + "</w:rPr>") + "<w:t>" + text + "</w:t></w:r>";
  };
  const std::string raised = "<w:vertAlign w:val=\"superscript\"/>";
  Document document;
  DocxInput(docx_context())
      .read(
          "<?xml version=\"1.0\"?><w:wordDocument "
          "xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body><w:p>" +
              run("办理复议案件26") + run("1", raised) + run("件，调解纠纷183") + "<w:r><w:rPr>" + raised +
              "</w:rPr><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"1\"/>"
              "<w:t>2</w:t></w:r>" +
              run("件，化解积案") + run("①", raised) + run("5件，其中") + run("[3]", raised) +
              run("4件，建成广场1,200m") + run("2", raised) + run("。") + "</w:p></w:body></w:wordDocument>",
          document);
  EXPECT_THAT(lines(document), ElementsAre("办理复议案件26件，调解纠纷183件，化解积案5件，其中4件，建成广场1,200m²。"));
  EXPECT_THAT(document.metadata.all("removed.footnote-mark"), ElementsAre("1", "2", "①", "[3]"));
}

// A superscript after a power of ten is its exponent, and one after a unit of length that follows a multiple, a
// per or an exponent is the unit's power: no note marks (1.2×10⁴m³, 4.8万m³, 31μg/m³).
TEST(DocxRuns, ExponentsAndPowersOfUnitsAreNoNoteMarks) {
  const auto run = [](const std::string& text, bool raised = false) {
    return "<w:r>" + std::string(raised ? "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>" : "") + "<w:t>" + text +
           "</w:t></w:r>";
  };
  Document document;
  DocxInput(docx_context())
      .read(
          "<?xml version=\"1.0\"?><w:wordDocument "
          "xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body><w:p>" +
              run("新增处理能力1.2×10") + run("4", true) + run("m") + run("3", true) + run("，清淤4.8万m") +
              run("3", true) + run("，浓度31μg/m") + run("3", true) + run("。") + "</w:p></w:body></w:wordDocument>",
          document);
  EXPECT_THAT(lines(document), ElementsAre("新增处理能力1.2×10⁴m³，清淤4.8万m³，浓度31μg/m³。"));
  EXPECT_TRUE(document.metadata.all("removed.footnote-mark").empty());
}

// A table of figures with one long remarks cell is a table: its cells of numbers say so (a layout table has none).
TEST(DocxTables, ATableOfFiguresWithALongRemarksCellStaysATable) {
  std::string remarks;
  for (int i = 0; i < 8; ++i) remarks += plain_paragraph("注：本表数据来源于县行政执法监督平台统计。");
  const Document document = processed_body(
      plain_paragraph("测试镇2023年度法治政府建设情况报告") + "<w:tbl><w:tr><w:tc>" + plain_paragraph("项目") +
      "</w:tc><w:tc>" + plain_paragraph("2023年") + "</w:tc><w:tc>" + plain_paragraph("说明") +
      "</w:tc></w:tr><w:tr><w:tc>" + plain_paragraph("行政复议（件）") + "</w:tc><w:tc>" + plain_paragraph("4") +
      "</w:tc><w:tc>" + remarks + "</w:tc></w:tr><w:tr><w:tc>" + plain_paragraph("行政诉讼（件）") + "</w:tc><w:tc>" +
      plain_paragraph("3") + "</w:tc><w:tc>" + plain_paragraph("无") + "</w:tc></w:tr></w:tbl>");
  EXPECT_THAT(test::table_cells(document), ::testing::Contains("0:1:1=4"));
  EXPECT_THAT(test::table_cells(document), ::testing::Contains("0:2:1=3"));
}

// A table set inside a cell of another is a table of its own, its figures in its cells (they were glued into the
// outer cell's text: 收案 14 结案 12); the table around it is layout, its cells' lines paragraphs.
TEST(DocxTables, ATableInsideACellIsATableOfItsOwn) {
  const std::string inner = "<w:tbl><w:tr><w:tc>" + plain_paragraph("事项") + "</w:tc><w:tc>" +
                            plain_paragraph("2023年") + "</w:tc></w:tr><w:tr><w:tc>" + plain_paragraph("收案（件）") +
                            "</w:tc><w:tc>" + plain_paragraph("14") + "</w:tc></w:tr><w:tr><w:tc>" +
                            plain_paragraph("结案（件）") + "</w:tc><w:tc>" + plain_paragraph("12") +
                            "</w:tc></w:tr></w:tbl>";
  const Document document =
      processed_body(plain_paragraph("测试镇2023年度法治政府建设情况报告") + plain_paragraph("一、主要举措和成效") +
                     "<w:tbl><w:tr><w:tc>" + plain_paragraph("项目") + "</w:tc><w:tc>" + plain_paragraph("单位：件") +
                     "</w:tc></w:tr><w:tr><w:tc>" + plain_paragraph("行政复议") + "</w:tc><w:tc>" + inner +
                     "<w:p/></w:tc></w:tr></w:tbl>");
  EXPECT_THAT(test::table_cells(document), ElementsAre("0:0:0=事项", "0:0:1=2023年", "0:1:0=收案（件）", "0:1:1=14",
                                                       "0:2:0=结案（件）", "0:2:1=12"));
  std::vector<std::string> figures;
  for (const auto& m : document.metrics) figures.push_back(m.indicator + " " + m.text + " " + m.unit);
  EXPECT_THAT(figures, ElementsAre("收案 14 件", "结案 12 件"));
}

// A row that starts further right (w:gridBefore) puts its cells under the columns they stand under.
TEST(DocxTables, ARowStartingLaterPutsItsCellsUnderTheirColumns) {
  const auto cell = [](const std::string& text) { return "<w:tc>" + plain_paragraph(text) + "</w:tc>"; };
  const Document document = processed_body(
      plain_paragraph("测试镇2023年度法治政府建设情况报告") + "<w:tbl><w:tr>" + cell("项目") + cell("2023年（件）") +
      cell("2022年（件）") + "</w:tr><w:tr>" + cell("行政复议") + cell("16") + cell("11") +
      "</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + cell("9") + cell("7") +
      "</w:tr><w:tr><w:trPr><w:gridAfter w:val=\"1\"/></w:trPr>" + cell("行政诉讼") + cell("5") + "</w:tr></w:tbl>");
  EXPECT_THAT(test::table_cells(document),
              ElementsAre("0:0:0=项目", "0:0:1=2023年（件）", "0:0:2=2022年（件）", "0:1:0=行政复议", "0:1:1=16",
                          "0:1:2=11", "0:2:1=9", "0:2:2=7", "0:3:0=行政诉讼", "0:3:1=5"));
}

TEST(DocxFlatXml, PkgPackageReadsLikeAPackage) {
  const auto document = read_fixture("flat.xml");
  EXPECT_EQ(document.format, "docx-xml");
  EXPECT_THAT(lines(document), ElementsAre("一、工作情况", "开展法治讲座14期。"));
}

// A WPS report heads its topics with short bold lines (bold in the run, its character style or its paragraph
// style): they get the same "bold" hint as the HTML reader's <strong> lines. A table of contents is Word's copy of
// the headings, set aside in the metadata.
TEST(DocxStyles, BoldLinesAreHintsAndATableOfContentsIsSetAside) {
  const auto paragraph = [](const std::string& style, const std::string& runs) {
    return "<w:p>" + (style.empty() ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") + runs + "</w:p>";
  };
  const auto run = [](const std::string& text, const std::string& properties = "") {
    return "<w:r>" + (properties.empty() ? "" : "<w:rPr>" + properties + "</w:rPr>") + "<w:t>" + text + "</w:t></w:r>";
  };
  const std::string body =
      paragraph("", run("某镇2023年法治政府建设工作报告", "<w:b/>")) + paragraph("TOC1", run("一、坚持依法决策 1")) +
      paragraph("", run("坚持依法决策，", "<w:b/>") + run("规范权力运行", "<w:b w:val=\"1\"/>")) +
      paragraph("", run("审查合同32份。")) + paragraph("", run("坚持严格执法", "<w:rStyle w:val=\"Strong\"/>")) +
      paragraph("BodyBold", run("提升执法效能")) + paragraph("", run("开展", "<w:b/>") + run("学法12次。")) +
      paragraph("BodyBold", run("这一段并不加粗", "<w:b w:val=\"0\"/>"));
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"BodyBold\"><w:name w:val=\"Body Bold\"/><w:basedOn "
      "w:val=\"Normal\"/><w:rPr><w:b/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr>"
      "</w:style>";
  const Document document = read_package(body, styles);
  EXPECT_THAT(lines(document),
              ElementsAre("某镇2023年法治政府建设工作报告", "坚持依法决策，规范权力运行", "审查合同32份。",
                          "坚持严格执法", "提升执法效能", "开展学法12次。", "这一段并不加粗"));
  std::vector<std::string> styles_of;
  for (const auto& block : document.blocks) styles_of.push_back(block.style);
  EXPECT_THAT(styles_of, ElementsAre("bold", "bold", "Normal", "bold", "bold", "Normal", "Body Bold"));
  EXPECT_EQ(document.metadata.get("removed.table-of-contents"), "一、坚持依法决策 1");
}

// A table of contents in no toc style is set aside as a styled one is, with the 目录 line over it: WPS's manual
// contents (styled "WPSOffice手动目录 1"), a TOC field's result in Normal paragraphs, and lines typed with a leader
// tab or leader dots to their page numbers. Each heading then appears once. A tab before a figure, a form's leader
// line with no page number, an ellipsis before a figure and a 目录 line over the body stay text.
TEST(DocxStyles, TablesOfContentsInNoContentsStyleAreSetAside) {
  const auto paragraph = [](const std::string& properties, const std::string& runs) {
    return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
  };
  const auto run = [](const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; };
  const std::string tab = "<w:r><w:tab/></w:r>";
  const std::string leader_tab = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"8834\"/></w:tabs>";
  const auto field = [](const std::string& type) { return "<w:r><w:fldChar w:fldCharType=\"" + type + "\"/></w:r>"; };
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"WPSToc1\"><w:name w:val=\"WPSOffice手动目录 1\"/></w:style>";
  const std::string body_text = paragraph("", run("一、主要举措和成效")) + paragraph("", run("审查合同32份。"));

  const Document wps =
      read_package(paragraph("", run("目　录")) +
                       paragraph("<w:pStyle w:val=\"WPSToc1\"/>", run("一、主要举措和成效") + tab + run("1")) +
                       paragraph("<w:pStyle w:val=\"WPSToc1\"/>", run("二、存在的不足") + tab + run("3")) + body_text,
                   styles);
  EXPECT_THAT(lines(wps), ElementsAre("一、主要举措和成效", "审查合同32份。"));
  EXPECT_THAT(wps.metadata.all("removed.table-of-contents"),
              ElementsAre("目　录", "一、主要举措和成效 1", "二、存在的不足 3"));

  const Document toc_field = read_package(
      paragraph("", run("目录")) +
          paragraph("", field("begin") +
                            "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\u </w:instrText></w:r>" +
                            field("separate") + run("一、主要举措和成效") + tab + run("1")) +
          paragraph("", run("（一）加强制度建设") + tab + run("2")) +
          paragraph("", run("二、存在的不足") + tab + run("4") + field("end")) + body_text,
      styles);
  EXPECT_THAT(lines(toc_field), ElementsAre("一、主要举措和成效", "审查合同32份。"));
  EXPECT_EQ(toc_field.metadata.all("removed.table-of-contents").size(), 4u);

  const Document typed = read_package(
      paragraph("", run("目录")) + paragraph(leader_tab, run("一、主要举措和成效") + tab + run("1")) +
          paragraph("", run("二、存在的不足……………………3")) + paragraph("", run("三、下一步打算·········iv")) + body_text,
      styles);
  EXPECT_THAT(lines(typed), ElementsAre("一、主要举措和成效", "审查合同32份。"));
  EXPECT_EQ(typed.metadata.all("removed.table-of-contents").size(), 4u);

  const Document report =
      read_package(paragraph("", run("目录")) + paragraph("", run("行政处罚案件") + tab + run("126")) +
                       paragraph(leader_tab, run("填报人：") + tab) + paragraph("", run("全年共办理……12")) +
                       paragraph("", run("审查合同32份。")),
                   styles);
  EXPECT_THAT(lines(report), ElementsAre("目录", "行政处罚案件 126", "填报人：", "全年共办理……12", "审查合同32份。"));
  EXPECT_TRUE(report.metadata.all("removed.table-of-contents").empty());
}

// A typed table of contents in a style of its own (not named toc) whose dot-leader tab stop the style sets, or a
// style based on it, is set aside like one whose paragraphs set the stop. A style's right tab with no leader, a
// style clearing its base's leader stop, and a paragraph clearing its style's stop leave the lines in the body.
TEST(DocxStyles, ALeaderTabSetByTheParagraphStyleMarksATableOfContents) {
  const auto paragraph = [](const std::string& style, const std::string& heading, const std::string& page,
                            const std::string& own_tabs = "") {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + own_tabs + "</w:pPr><w:r><w:t>" + heading +
           "</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>" + page + "</w:t></w:r></w:p>";
  };
  const auto style = [](const std::string& id, const std::string& based_on, const std::string& tab) {
    return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + id + "\"/>" +
           (based_on.empty() ? "" : "<w:basedOn w:val=\"" + based_on + "\"/>") + "<w:pPr><w:tabs>" + tab +
           "</w:tabs></w:pPr></w:style>";
  };
  const std::string leader = "<w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"8834\"/>";
  const std::string clear = "<w:tab w:val=\"clear\" w:pos=\"8834\"/>";
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>" +
      style("MuLu", "", leader) + style("MuLuEr", "MuLu", "") +
      style("ShuJu", "", "<w:tab w:val=\"right\" w:pos=\"8834\"/>") + style("ShuJuEr", "MuLu", clear);
  const Document document =
      read_package("<w:p><w:r><w:t>目录</w:t></w:r></w:p>" + paragraph("MuLu", "一、主要举措和成效", "1") +
                       paragraph("MuLuEr", "（一）加强制度建设", "2") + paragraph("MuLu", "二、存在的不足", "5") +
                       paragraph("ShuJu", "行政处罚案件", "126") + paragraph("ShuJuEr", "行政许可事项", "48") +
                       paragraph("MuLu", "行政复议案件", "17", "<w:tabs>" + clear + "</w:tabs>"),
                   styles);
  // The body's lines stay, as the rows of a table pasted as text their tabs make them (tab_tables.hpp).
  EXPECT_THAT(lines(document), ElementsAre("行政处罚案件", "126", "行政许可事项", "48", "行政复议案件", "17"));
  EXPECT_THAT(document.metadata.all("removed.table-of-contents"),
              ElementsAre("目录", "一、主要举措和成效 1", "（一）加强制度建设 2", "二、存在的不足 5"));
}

// A paragraph's own outline level overrides its style's: a heading-styled paragraph set to body text (level 9) is
// no heading. A paragraph style that hides its text (w:vanish) hides its paragraphs, unless a run shows itself.
TEST(DocxStyles, BodyTextOutlineLevelAndHiddenParagraphStyles) {
  const auto paragraph = [](const std::string& properties, const std::string& runs) {
    return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
  };
  const auto run = [](const std::string& text, const std::string& properties = "") {
    return "<w:r>" + (properties.empty() ? "" : "<w:rPr>" + properties + "</w:rPr>") + "<w:t>" + text + "</w:t></w:r>";
  };
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Hid\"><w:name w:val=\"核对说明\"/><w:rPr><w:vanish/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"HidNote\"><w:name w:val=\"核对附注\"/><w:basedOn w:val=\"Hid\"/>"
      "</w:style>";
  const Document document = read_package(
      paragraph("<w:pStyle w:val=\"1\"/>", run("一、主要举措和成效")) +
          paragraph("<w:pStyle w:val=\"1\"/><w:outlineLvl w:val=\"9\"/>", run("本部分数据截至2023年12月")) +
          paragraph("", run("审查合同31份。")) +
          paragraph("<w:pStyle w:val=\"Hid\"/>", run("（内部核对：原稿为29份）")) +
          paragraph("<w:pStyle w:val=\"HidNote\"/>", run("核对人：张三")) +
          paragraph("<w:pStyle w:val=\"Hid\"/>", run("（隐藏）") + run("开展讲座3期。", "<w:vanish w:val=\"0\"/>")),
      styles);
  EXPECT_THAT(lines(document),
              ElementsAre("一、主要举措和成效", "本部分数据截至2023年12月", "审查合同31份。", "开展讲座3期。"));
  ASSERT_EQ(document.blocks.size(), 4u);
  EXPECT_EQ(document.blocks[0].heading_level, 1);
  EXPECT_FALSE(document.blocks[1].heading_level.has_value());
  EXPECT_EQ(document.blocks[1].kind, BlockKind::paragraph);
}

// An Excel sheet embedded as an OLE object is only its picture in the document: a warning says it was not read.
TEST(DocxRuns, AnEmbeddedObjectIsAWarning) {
  const Document document = read_package(
      "<w:p><w:r><w:t>2023年行政执法数据如下表：</w:t></w:r></w:p><w:p><w:r><w:object><v:shape "
      "xmlns:v=\"urn:schemas-microsoft-com:vml\" id=\"s1\"/><o:OLEObject "
      "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
      "Type=\"Embed\" ProgID=\"Excel.Sheet.12\" ShapeID=\"s1\"/></w:object></w:r></w:p>",
      "");
  EXPECT_THAT(lines(document), ElementsAre("2023年行政执法数据如下表："));
  EXPECT_THAT(document.metadata.get("warning"), HasSubstr("1 embedded object(s) (OLE: Excel.Sheet.12) not read"));
}

TEST(DocxFlatXml, Word2003XmlIsRead) {
  Document document;
  DocxInput(docx_context())
      .read(
          "<?xml version=\"1.0\"?><w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\">"
          "<w:body><w:p><w:r><w:t>二、存在问题</w:t></w:r></w:p><w:p><w:r><w:t>执法监督不够。</w:t></w:r></w:p>"
          "</w:body></w:wordDocument>",
          document);
  EXPECT_EQ(document.format, "docx-xml");
  EXPECT_THAT(lines(document), ElementsAre("二、存在问题", "执法监督不够。"));
}

TEST(DocxSafety, ExternalEntitiesAreRefused) { EXPECT_THAT(error_of("xxe.docx"), HasSubstr("unsafe XML")); }
TEST(DocxSafety, ZipBombsAreRefused) { EXPECT_THAT(error_of("zip-bomb.docx"), HasSubstr("zip bomb")); }
TEST(DocxSafety, CorruptPackagesAreAClearError) {
  EXPECT_THAT(error_of("truncated.docx"), HasSubstr("corrupt or truncated"));
}
// Bytes after the archive's end: the package is read, with a warning; pasted scans and no text say what they are.
TEST(DocxSafety, TrailingBytesAreReadLenientlyAndScansAreNamed) {
  const auto document = read_fixture("trailing-junk.docx");
  EXPECT_THAT(document.text, HasSubstr("人民调解案件"));
  EXPECT_THAT(document.metadata.get("warning"), HasSubstr("read leniently"));
  EXPECT_THAT(error_of("images-only.docx"), HasSubstr("only 2 image(s): probably scanned pages"));
}
TEST(DocxSafety, EncryptedDocumentsAreAClearError) { EXPECT_THAT(error_of("encrypted.docx"), HasSubstr("encrypted")); }

TEST(DocxSniff, PackagesAndFlatXmlAreRecognizedOthersNot) {
  const DocxInput input(docx_context());
  EXPECT_GE(input.sniff(test::read_file(test::kTestData / "docx" / "numbering.docx")), 90);
  EXPECT_GE(input.sniff(test::read_file(test::kTestData / "docx" / "flat.xml")), 80);
  EXPECT_EQ(input.sniff("一、工作情况"), 0);
  EXPECT_EQ(input.sniff("%PDF-1.7"), 0);
}

TEST(DocxPipeline, BadPackagesGetErrorRowsNamingThePlugin) {
  test::TemporaryDirectory dir;
  const auto result = test::run_docpipe({"run", "--config", (test::kSourceDir / "configs" / "default.xml").string(),
                                         "--out", (dir / "out").string(), (test::kTestData / "docx").string()});
  EXPECT_EQ(result.exit_code, 1);
  const auto table = test::read_csv(dir / "out" / "documents.csv");
  for (const char* bad : {"encrypted.docx", "truncated.docx", "xxe.docx", "zip-bomb.docx"}) {
    const auto row = test::row_for(table, bad);
    ASSERT_FALSE(row.empty()) << bad;
    EXPECT_EQ(row[test::column(table, "status")], "error") << bad;
    EXPECT_THAT(row[test::column(table, "error")], HasSubstr("input.docx")) << bad;
  }
  EXPECT_EQ(test::row_for(table, "numbering.docx")[test::column(table, "status")], "ok");
}

// A phonetic guide (拼音指南, w:ruby) over a village's rare character: the character is the text, the guide set over
// it is not (before, the base was lost with the guide and 东岙村 read 东村).
TEST(DocxRuns, APhoneticGuideReadsItsBaseNotTheGuide) {
  const std::string ruby =
      "<w:r><w:ruby><w:rubyPr><w:hps w:val=\"16\"/></w:rubyPr><w:rt><w:r><w:t>ào</w:t></w:r></w:rt>"
      "<w:rubyBase><w:r><w:t>岙</w:t></w:r></w:rubyBase></w:ruby></w:r>";
  const Document document =
      read_package("<w:p><w:r><w:t>东</w:t></w:r>" + ruby + "<w:r><w:t>村调解纠纷12件。</w:t></w:r></w:p>", "");
  EXPECT_THAT(lines(document), ElementsAre("东岙村调解纠纷12件。"));
}

// A content control around a table cell (or a row) still showing its placeholder holds nothing entered, whatever
// style its runs are in: the cell keeps its column and reads empty, the cells beside it are read.
TEST(DocxTables, ACellStillShowingItsControlsPlaceholderIsEmpty) {
  const auto cell = [](const std::string& text) {
    return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
  };
  const std::string placeholder = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>";
  const std::string filled = "<w:sdt><w:sdtPr><w:showingPlcHdr w:val=\"0\"/></w:sdtPr><w:sdtContent>";
  const std::string body =
      "<w:tbl><w:tr>" + cell("项目") + cell("2024年") + cell("备注") + "</w:tr><w:tr>" + cell("行政复议（件）") +
      placeholder + cell("单击此处输入文字。") + "</w:sdtContent></w:sdt>" + cell("无") + "</w:tr><w:tr>" +
      cell("行政应诉（件）") + filled + cell("2") + "</w:sdtContent></w:sdt>" + cell("已结") + "</w:tr>" + placeholder +
      "<w:tr>" + cell("行政处罚（件）") + cell("单击此处输入文字。") + "</w:tr></w:sdtContent></w:sdt></w:tbl>";
  const Document document = read_package(body, "");
  EXPECT_THAT(test::table_cells(document),
              ElementsAre("0:0:0=项目", "0:0:1=2024年", "0:0:2=备注", "0:1:0=行政复议（件）", "0:1:2=无",
                          "0:2:0=行政应诉（件）", "0:2:1=2", "0:2:2=已结"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("单击")));
}

// A heading style numbered by a multilevel list names only the list (WPS and Word write numId without ilvl for a
// linked style); the list's level that names the style (w:lvl/w:pStyle) gives its level, so the second-level
// headings read （一）（二）, not 二、三、.
TEST(DocxNumbering, AStyleLinkedToAListLevelIsNumberedAtThatLevel) {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"1\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"1\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"3\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"1\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:pStyle w:val=\"2\"/>"
      "<w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:pStyle w:val=\"3\"/>"
      "<w:lvlText w:val=\"（%2）\"/><w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  const auto paragraph = [](const std::string& style, const std::string& text) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  const Document document =
      read_package(paragraph("2", "主要举措") + paragraph("3", "健全决策机制") + paragraph("3", "推进依法治理") +
                       paragraph("2", "存在的不足") + paragraph("3", "执法力量不足"),
                   styles, numbering);
  EXPECT_THAT(lines(document), ElementsAre("一、主要举措", "（一）健全决策机制", "（二）推进依法治理", "二、存在的不足",
                                           "（一）执法力量不足"));
}

// A text form field (FORMTEXT: a legacy form, or a content control LibreOffice saved as one) whose result is only
// Word's prompt for a new control was never filled in: not read. A typed value is, and so is the prompt's text
// outside a form field.
TEST(DocxFields, AFormFieldShowingOnlyWordsPromptIsNotRead) {
  const auto form = [](const std::string& result) {
    return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> FORMTEXT "
           "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>" +
           result + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
  };
  const std::string body = "<w:p><w:r><w:t>联系人：</w:t></w:r>" + form("单击或点击此处输入文字。") +
                           "</w:p><w:p><w:r><w:t>电话：</w:t></w:r>" + form("0571-8888123") +
                           "</w:p><w:p><w:r><w:t>示例：选择一项。</w:t></w:r></w:p>";
  EXPECT_THAT(lines(read_package(body, "")), ElementsAre("联系人：", "电话：0571-8888123", "示例：选择一项。"));
  // What the prompt added to the paragraph goes with it: a bold line beside a plain prompt is still all bold.
  const Document bold = read_package(
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>二、存在的不足</w:t></w:r>" + form("单击或点击此处输入文字。") + "</w:p>",
      "");
  ASSERT_EQ(bold.blocks.size(), 1u);
  EXPECT_EQ(bold.blocks[0].style, "bold");
}

// A statistics form in Word (subtotal-table.docx): categories merged down, each group closed by a 小计, a 其中 column.
// The one slip, the 乡镇 小计 of 收案数 (3 + 2 is not 6), is flagged once: the 合计 adds up the rows themselves.
TEST(DocxTables, SubtotalsAreCheckedAgainstTheirGroups) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "docx" / "subtotal-table.docx");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  std::vector<std::string> slips;
  for (const auto& anomaly : document.anomalies) {
    if (anomaly.rule == "part-exceeds-total") slips.push_back(anomaly.message);
  }
  EXPECT_THAT(slips, ElementsAre("分项之和5件与其后的小计6件不符"));
  std::vector<std::string> subtotals;
  for (const auto& m : document.metrics) {
    if (m.role == "total") subtotals.push_back(m.text);
  }
  // The 小计s of 收案数 and 审结数 and the 合计 of 审结数; the 收案数 合计 stays unlinked, the 小计 being the slip.
  EXPECT_THAT(subtotals, ::testing::Contains("10"));
  EXPECT_THAT(subtotals, ::testing::Contains("13"));
}

// ---- A portal's page pasted into Word (tests/data/pasted-pages/make_pasted_pages.py).

Document read_pasted(const std::string& name) {
  Document document;
  DocxInput(docx_context()).read(test::read_file(test::kTestData / "pasted-pages" / name), document);
  return document;
}

// The menu as a table of one row of links goes (its first cell, 首页, was the title); the column's name over the
// title, the page's info line, controls, share bar, 上一篇/下一篇 and footer go.
TEST(DocxPastedPage, AMenuTableOfLinksAndTheColumnOverTheTitleGo) {
  const auto document = read_pasted("01-county-portal-menu-table.docx");
  EXPECT_EQ(lines(document).front(), "白沙镇人民政府2024年度法治政府建设情况报告");
  EXPECT_EQ(document.metadata.get("removed.web-link-bar"), "首页 | 政务公开 | 政务服务 | 互动交流 | 走进平川");
  EXPECT_EQ(document.metadata.get("removed.web-column"), "计划总结");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-01-08");
  EXPECT_EQ(lines(document).back(), "2025年1月6日");
  EXPECT_TRUE(std::none_of(document.blocks.begin(), document.blocks.end(),
                           [](const Block& block) { return block.kind == BlockKind::table_cell; }));
}

// The record as a table of label and value cells without colons is the page's facts, not a table of the report nor
// its title; the zero-padded date under the title dates the page.
TEST(DocxPastedPage, ARecordTableAndThePagesDateAreFacts) {
  const auto document = read_pasted("02-record-table-pasted.docx");
  EXPECT_EQ(lines(document).front(), "青石乡2024年法治政府建设工作报告");
  EXPECT_EQ(document.metadata.get("web.publisher"), "青石乡人民政府");
  EXPECT_EQ(document.metadata.get("web.index_number"), "11530321MB0123456X/2025-00015");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-01-20");
  EXPECT_EQ(document.metadata.get("removed.web-bare-date"), "2025年01月20日");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("有效")));
}

// A report typed in Word keeps what looks like a page's: a table of one row of cells that are no links, a line
// naming a column over its title and a padded date under it (no links above its text). A row of links under the text
// goes, and makes the document a pasted page.
TEST(DocxPastedPage, AReportTypedInWordKeepsItsLines) {
  const auto paragraph = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  const auto cell = [](const std::string& inside) { return "<w:tc>" + inside + "</w:tc>"; };
  const std::string body = paragraph("法治政府建设") + paragraph("青石乡2024年法治政府建设工作报告") +
                           paragraph("2025年01月20日") + "<w:tbl><w:tr>" + cell(paragraph("项目")) +
                           cell(paragraph("件数")) + cell(paragraph("占比")) + "</w:tr></w:tbl>" +
                           paragraph("2024年，我乡深入推进法治政府建设。");
  const auto typed = read_package(body, "");
  EXPECT_THAT(lines(typed), ElementsAre("法治政府建设", "青石乡2024年法治政府建设工作报告", "2025年01月20日", "项目",
                                        "件数", "占比", "2024年，我乡深入推进法治政府建设。"));
  const std::string link = "<w:p><w:hyperlink><w:r><w:t>平川县司法局</w:t></w:r></w:hyperlink></w:p>";
  const auto pasted = read_package(body + "<w:tbl><w:tr>" + cell(link) + cell(link) + "</w:tr></w:tbl>", "");
  EXPECT_EQ(pasted.metadata.get("removed.web-link-bar"), "平川县司法局 | 平川县司法局");
  EXPECT_EQ(lines(pasted).front(), "青石乡2024年法治政府建设工作报告");
}

// (W11 a) A page pasted into Word with the organ and the page's stamped date under its title (a provincial
// platform's 青石县人民政府 2025年02月08日): the line input.txt takes, and the page's date. The report's signature
// under its text stays.
TEST(DocxPastedPage, AnOrgansLineWithTheStampedDateUnderTheTitleIsThePages) {
  const auto paragraph = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  const std::string link = "<w:tc><w:p><w:hyperlink><w:r><w:t>首页</w:t></w:r></w:hyperlink></w:p></w:tc>";
  for (const std::string stamped : {"青石县人民政府 2025年02月08日", "青石县司法局  2025-02-08"}) {
    const auto pasted =
        read_package("<w:tbl><w:tr>" + link + link + "</w:tr></w:tbl>" + paragraph("青石县2024年法治政府建设年度报告") +
                         paragraph(stamped) + paragraph("2024年，青石县深入推进法治政府建设。") +
                         paragraph("青石县人民政府 2025年2月8日"),
                     "");
    EXPECT_EQ(pasted.metadata.get("removed.web-organ-date"), stamped);
    EXPECT_EQ(pasted.metadata.get("web.published"), "2025-02-08");
    EXPECT_THAT(lines(pasted), ElementsAre("青石县2024年法治政府建设年度报告", "2024年，青石县深入推进法治政府建设。",
                                           "青石县人民政府 2025年2月8日"));
  }
}

// (W12 a) The same page pasted into Word without its links: the shared web-organ-date rule takes the organ and the
// padded date, and dates the page in ISO; the signature, unpadded, stays.
TEST(DocxPastedPage, AnOrgansLineWithAPaddedDateGoesWithoutLinksToo) {
  const auto paragraph = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  const auto pasted =
      read_package(paragraph("青石县2024年法治政府建设年度报告") + paragraph("青石县人民政府 2025年02月08日") +
                       paragraph("2024年，青石县深入推进法治政府建设。") + paragraph("青石县人民政府 2025年2月8日"),
                   "");
  EXPECT_EQ(pasted.metadata.get("removed.web-organ-date"), "青石县人民政府 2025年02月08日");
  EXPECT_EQ(pasted.metadata.get("web.published"), "2025-02-08");
  EXPECT_THAT(lines(pasted), ElementsAre("青石县2024年法治政府建设年度报告", "2024年，青石县深入推进法治政府建设。",
                                         "青石县人民政府 2025年2月8日"));
}

// (W11 c) A WeChat article pasted into Word (no link over its text): the account's name over the title goes when the
// dateline names it, 原创 goes with the dateline, and the action bar a paragraph each under the text goes as one
// line. A place over a title with no such dateline and one action word alone stay.
TEST(DocxPastedPage, AWeChatArticlesAccountAndActionsGo) {
  const auto paragraph = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  const std::string body = paragraph("青石镇2024年法治政府建设工作情况报告") +
                           paragraph("2024年，青石镇深入推进法治政府建设。") + paragraph("全年审查合同36份。") +
                           paragraph("青石镇人民政府") + paragraph("2025年1月18日");
  for (const std::string account : {"青石司法", "青石县司法局"}) {
    const auto article = read_package(
        paragraph(account) + paragraph("青石镇2024年法治政府建设工作情况报告") + paragraph("原创") +
            paragraph(account + " 2025年01月08日 09:30 云南") + body.substr(body.find("<w:p><w:r><w:t>2024年")) +
            paragraph("阅读原文") + paragraph("分享") + paragraph("点赞") + paragraph("在看") + paragraph("写留言"),
        "");
    EXPECT_EQ(lines(article).front(), "青石镇2024年法治政府建设工作情况报告") << account;
    EXPECT_EQ(article.metadata.get("removed.wechat-account"), account);
    EXPECT_EQ(article.metadata.get("removed.wechat-dateline"), "原创 " + account + " 2025年01月08日 09:30 云南");
    EXPECT_THAT(article.text, Not(HasSubstr("点赞")));  // the bar, one line, the rules' (在看 a prompt)
    EXPECT_EQ(lines(article).back(), "2025年1月18日");
  }
  const auto cover = read_package(paragraph("青石镇") + body + paragraph("点赞"), "");
  EXPECT_EQ(lines(cover).front(), "青石镇");
  EXPECT_EQ(lines(cover).back(), "点赞");
  EXPECT_EQ(cover.metadata.get("removed.wechat-account"), "");
}

// (W9 f) The record's labels are the one list input.txt and input.html read (docpipe/portal_copy.hpp): a record
// table pasted with 标题, 生命周期分类 and 关 键 词 is the record, its 标题 row the title; a report's table whose cells
// name no two labels stays a table.
TEST(DocxPastedPage, ARecordTableOfEveryPlatformsLabelsIsTheRecord) {
  const auto paragraph = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  const auto row = [&](const std::string& label, const std::string& value) {
    return "<w:tr><w:tc>" + paragraph(label) + "</w:tc><w:tc>" + paragraph(value) + "</w:tc></w:tr>";
  };
  const auto record =
      read_package("<w:tbl>" + row("标题", "青石乡2024年法治政府建设工作报告") + row("生命周期分类", "长期") +
                       row("关 键 词", "法治政府") + "</w:tbl>" + paragraph("2024年，我乡深入推进法治政府建设。"),
                   "");
  EXPECT_THAT(lines(record), ElementsAre("青石乡2024年法治政府建设工作报告", "2024年，我乡深入推进法治政府建设。"));
  const auto table = read_package(paragraph("青石乡2024年法治政府建设工作报告") + "<w:tbl>" + row("项目", "件数") +
                                      row("标题", "3") + "</w:tbl>" + paragraph("2024年，我乡深入推进法治政府建设。"),
                                  "");
  EXPECT_THAT(lines(table), ElementsAre("青石乡2024年法治政府建设工作报告", "项目", "件数", "标题", "3",
                                        "2024年，我乡深入推进法治政府建设。"));
}

// input.docx counts a run's visible bytes as its length less its spaces and tabs, eight bytes at a time: the same
// count as testing each byte, at every length and alignment, with the blanks in every byte of a word.
TEST(DocxRunText, AgreesWithTestingEachByte) {
  std::mt19937 random(11);
  const std::vector<std::string> pieces = {" ",    "\t",   "a",    "报",   "\x20\x20", "\x09", "\xA0", "\xE3\x80\x80",
                                           "\x29", "\x2A", "\x08", "\x19", "\x21",     "\x89", "\xA9", "\xFF"};
  for (int round = 0; round < 5000; ++round) {
    std::string sample;
    const int length = static_cast<int>(random() % 40);
    for (int i = 0; i < length; ++i) sample += pieces[random() % pieces.size()];
    std::size_t expected = 0;
    for (const char c : sample) expected += (c == ' ' || c == '\t') ? 1 : 0;
    ASSERT_EQ(count_spaces_and_tabs(sample), expected) << testing::PrintToString(sample);
  }
  EXPECT_EQ(count_spaces_and_tabs(std::string(64, ' ')), 64U);  // eight in every word: the sum's largest
  EXPECT_EQ(count_spaces_and_tabs(std::string(64, '\t')), 64U);
  EXPECT_EQ(count_spaces_and_tabs("青石县 2023\t年"), 2U);
  EXPECT_EQ(count_spaces_and_tabs("\xE3\x80\x80"), 0U);  // the ideographic space is no ASCII blank
}

// What a paragraph takes from its style is looked up once a style (paragraph_style): the same answers as asking the
// chain each time, for a style, its bases, a contents style, a numbered one and an id with no definition.
TEST(DocxStyles, AParagraphStyleIsReadOnceAndAnswersAsItsChainDoes) {
  const XmlDocument document = parse_safe_xml(
      R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
           <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
           <w:style w:type="paragraph" w:styleId="Topic"><w:name w:val="青石县专题"/><w:basedOn w:val="Normal"/>
             <w:rPr><w:b/></w:rPr></w:style>
           <w:style w:type="paragraph" w:styleId="Part"><w:name w:val="榆城部分"/><w:basedOn w:val="Topic"/>
             <w:pPr><w:outlineLvl w:val="1"/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
           <w:style w:type="paragraph" w:styleId="Note"><w:name w:val="note"/><w:rPr><w:vanish/></w:rPr></w:style>
           <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
         </w:styles>)",
      "styles.xml");
  const Styles styles(xmlDocGetRootElement(document.get()));
  for (const std::string id : {"Normal", "Topic", "Part", "Note", "TOC1", "TOC2", ""}) {
    const Styles::ParagraphStyle& style = styles.paragraph_style(id);
    EXPECT_EQ(style.name, styles.name(id)) << id;
    EXPECT_EQ(style.heading_level, styles.heading_level(id)) << id;
    EXPECT_EQ(style.numbering, styles.numbering(id)) << id;
    EXPECT_EQ(style.bold, styles.bold_paragraph(id)) << id;
    EXPECT_EQ(style.hidden, styles.hidden_paragraph(id)) << id;
    EXPECT_EQ(style.contents, styles.is_contents(id)) << id;
    EXPECT_EQ(&styles.paragraph_style(id), &style) << id;  // kept, not looked up again
  }
  EXPECT_EQ(styles.paragraph_style("Part").heading_level, 2);
  EXPECT_EQ(styles.paragraph_style("Part").numbering, std::make_pair(7, 2));
  EXPECT_TRUE(styles.paragraph_style("Part").bold);
  EXPECT_TRUE(styles.paragraph_style("Note").hidden);
  EXPECT_TRUE(styles.paragraph_style("TOC2").contents);  // an id with no definition still says what it is
}

// (W13 b) A page flattened to one line at its top and pasted into Word: the record's fields in brackets, the title and
// the first sentence in one paragraph. The fields go with their facts, the title and the sentence stay, the title a
// paragraph of its own, as input.txt and input.html read the same copy.
TEST(DocxPastedPage, BracketedFieldsOpeningAFlattenedParagraphGoAlone) {
  const auto paragraph = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  const std::string title = "青石县2024年度法治政府建设情况报告";
  const std::string text = "2024年，青石县司法局深入推进法治政府建设，各项工作取得新成效。";
  const auto document =
      read_package(paragraph("[ 发布机构 ] 青石县 司法局 [ 发布日期 ] 2025-02-12 " + title + " " + text) +
                       paragraph("一、主要举措和成效") + paragraph("全年审查合同36份。") + paragraph("青石县司法局") +
                       paragraph("2025年1月18日"),
                   "");
  EXPECT_THAT(lines(document), ::testing::ElementsAre(title, text, "一、主要举措和成效", "全年审查合同36份。",
                                                      "青石县司法局", "2025年1月18日"));
  EXPECT_EQ(document.metadata.get("removed.web-bracketed-info"), "[ 发布机构 ] 青石县 司法局 [ 发布日期 ] 2025-02-12");
  EXPECT_EQ(document.metadata.get("web.publisher"), "青石县司法局");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-02-12");
}

}  // namespace
}  // namespace docpipe::docx
