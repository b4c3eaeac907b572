// input.rtf: RTF as WPS and portals serve it under a .doc name (tests/data/rtf, scripts/make-rtf-fixtures.py) —
// GBK escapes, \uN, headings by style or outline level, tables, skipped destinations — and hostile RTF.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "docpipe/text.hpp"
#include "rtf_input.hpp"
#include "rtf_reader.hpp"
#include "rtf_tokenizer.hpp"
#include "test_support.hpp"

namespace docpipe::rtf {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

PluginContext rtf_context() {
  PluginContext context;
  context.parameters.set("remove_artifacts", true);
  return context;
}

Document read_rtf_bytes(const std::string& bytes) {
  Document document;
  RtfInput(rtf_context()).read(bytes, document);
  return document;
}

std::string error_of(const std::string& bytes) {
  try {
    read_rtf_bytes(bytes);
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

std::string without_spaces(const std::string& text) {
  std::string out;
  for (const char32_t c : decode_utf8(text)) {
    if (c != U' ' && c != U'\n' && c != 0xA0 && c != 0x3000) append_utf8(out, c);
  }
  return out;
}

// Each block's text on a line, a table row's cells parted by " | ", spaces dropped.
std::vector<std::string> block_lines(const Document& document) {
  const CodePointIndex index(document.text);
  std::vector<std::string> lines;
  std::optional<std::pair<int, int>> row;
  for (const auto& block : document.blocks) {
    const std::string text =
        without_spaces(std::string(slice_code_points(document.text, index, block.start, block.end)));
    if (block.kind == BlockKind::table_cell) {
      const std::pair<int, int> here{*block.table, *block.row};
      if (row == here) {
        lines.back() += "|" + text;
        continue;
      }
      row = here;
    } else {
      row.reset();
    }
    lines.push_back(text);
  }
  return lines;
}

std::vector<std::string> truth_lines(const std::string& name) {
  std::istringstream truth(test::read_file(test::kTestData / "rtf" / name));
  std::vector<std::string> lines;
  for (std::string line; std::getline(truth, line);) {
    std::string compact;
    for (const char c : without_spaces(line)) compact += c;
    lines.push_back(compact);
  }
  return lines;
}

// Text of the body paragraphs of `body`, wrapped in an RTF header with a GB2312 font.
std::string rtf(const std::string& body, const std::string& stylesheet = "") {
  return "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}" + stylesheet + body + "}";
}

std::string text_of(const std::string& bytes) { return read_rtf_bytes(bytes).text; }

// UTF-8 `text` with every character beyond ASCII written as RTF's `\uN?` (BMP characters only).
std::string unicode_escaped(const std::string& text) {
  std::string out;
  for (const char32_t c : decode_utf8(text)) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += "\\u" + std::to_string(c < 0x8000 ? static_cast<int>(c) : static_cast<int>(c) - 0x10000) + "?";
    }
  }
  return out;
}

TEST(RtfFixtures, AWpsStyleRtfNamedDocReadsAsItsTruth) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "rtf" / "wps-style.doc");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_EQ(document.format, "rtf");
  EXPECT_EQ(document.encoding, "GB18030");
  EXPECT_THAT(block_lines(document), ::testing::ElementsAreArray(truth_lines("wps-style.txt")));
}

TEST(RtfFixtures, HeadingsComeFromOutlineLevelsAndStyleNames) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "rtf" / "wps-style.doc");
  std::vector<std::string> headings;
  const CodePointIndex index(document.text);
  for (const auto& block : document.blocks) {
    if (block.kind != BlockKind::heading) continue;
    headings.push_back(std::to_string(block.heading_level.value_or(0)) + " " +
                       std::string(slice_code_points(document.text, index, block.start, block.end)));
  }
  EXPECT_THAT(headings, ElementsAre("1 一、主要工作", "2 （一）推进依法行政", "1 二、存在的不足"));
  EXPECT_THAT(test::section_headings(document), ::testing::Contains(HasSubstr("（一） 推进依法行政")));
}

TEST(RtfFixtures, NotesHeadersHiddenTextPicturesAndFieldCodesAreNotRead) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "rtf" / "wps-style.doc");
  for (const char* absent : {"含撤回申请", "测试县司法局文件", "内部核对", "HYPERLINK", "PAGE", "Times", "WPS"}) {
    EXPECT_THAT(document.text, Not(HasSubstr(absent))) << absent;
  }
  EXPECT_EQ(document.metadata.get("rtf.footnotes"), "1");
  EXPECT_EQ(document.metadata.get("rtf.hidden_characters"), "13");
  EXPECT_EQ(document.metadata.get("rtf.tables"), "1");
  EXPECT_THAT(test::table_cells(document), ::testing::Contains("0:1:1=14"));
}

TEST(RtfFixtures, ALibreOfficeRtfNamedDocReadsAsItsReport) {
  const Document rtf = test::process_with_default_pipeline(test::kTestData / "rtf" / "report-as-doc.doc");
  const Document txt = test::process_with_default_pipeline(test::kTestData / "rtf" / "report-as-doc.txt");
  ASSERT_EQ(rtf.status, DocumentStatus::ok) << rtf.error;
  EXPECT_EQ(rtf.format, "rtf");
  EXPECT_EQ(without_spaces(rtf.text), without_spaces(txt.text));
  EXPECT_EQ(test::section_headings(rtf), test::section_headings(txt));
}

TEST(RtfText, GbkBytesAreGatheredAcrossEscapesAndRuns) {
  // 法 is B7 A8 in GBK: escapes split by a line end, and a raw high byte beside an escape, decode whole.
  EXPECT_EQ(text_of(rtf("\\'b7\n\\'a8\\'d6\\'ce\\par")), "法治");
  EXPECT_EQ(text_of(rtf("\xB7\\'a8\\par")), "法");
  // A font's charset decides when the document names no code page.
  EXPECT_EQ(text_of("{\\rtf1\\ansi{\\fonttbl{\\f1\\fcharset134 x;}}\\f1 \\'b7\\'a8\\par}"), "法");
}

TEST(RtfText, UnicodeEscapesSkipTheirFallbackAndPairSurrogates) {
  EXPECT_EQ(text_of(rtf("\\uc1\\u27861?\\u27835?\\par")), "法治");
  EXPECT_EQ(text_of(rtf("\\uc2\\u27861\\'b7\\'a8\\u27835\\'d6\\'ce\\par")), "法治");
  EXPECT_EQ(text_of(rtf("\\uc0\\u27861\\u27835 \\par")), "法治");
  EXPECT_EQ(text_of(rtf("A\\u-10179?\\u-8704?B\\par")), "A\U0001F600B");
  EXPECT_EQ(text_of(rtf("{\\uc3 \\u27861abc}d\\par")), "法d");  // a group's end ends the fallback
}

TEST(RtfText, ControlSymbolsAndSpecialCharacters) {
  EXPECT_EQ(text_of(rtf("a\\{b\\}c\\\\d\\par")), "a{b}c\\d");
  EXPECT_EQ(text_of(rtf("\\ldblquote x\\rdblquote\\emdash y\\par")), "“x”—y");
  EXPECT_EQ(text_of(rtf("\\'b7\\'a8\\-\\'d6\\'ce\\par")), "法治");  // an optional hyphen is nothing
}

TEST(RtfStructure, StyleSheetHeadingsByOutlineLevelOrName) {
  const std::string styles =
      "{\\stylesheet{\\s0 Normal;}{\\s3\\outlinelevel1 Custom;}{\\s4 heading 3;}{\\*\\cs5 heading 1;}}";
  const Document document =
      read_rtf_bytes(rtf("\\pard\\s3 A\\par\\pard\\s4 B\\par\\pard\\s5 C\\par\\pard\\outlinelevel0 D\\par", styles));
  std::vector<std::string> levels;
  for (const auto& block : document.blocks) levels.push_back(std::to_string(block.heading_level.value_or(0)));
  EXPECT_THAT(levels, ElementsAre("2", "3", "0", "1"));
}

TEST(RtfStructure, ListTextIsTheLabel) {
  const Document document = read_rtf_bytes(rtf("\\pard{\\listtext \\'d2\\'bb\\'a1\\'a2\\tab}Work\\par"));
  ASSERT_EQ(document.blocks.size(), 1u);
  EXPECT_EQ(document.blocks[0].numbering_label, "一、");
  EXPECT_EQ(without_spaces(document.text), "一、Work");
}

TEST(RtfStructure, NestedCellsAreReadFlatIntoTheOuterCell) {
  const std::string body =
      "\\trowd\\cellx1000\\cellx2000\\pard\\intbl A\\cell\\pard\\intbl\\itap2 X\\nestcell Y\\nestcell"
      "{\\*\\nesttableprops\\trowd\\cellx500\\nestrow}\\pard\\intbl\\itap1 \\cell\\row\\pard after\\par";
  const Document document = read_rtf_bytes(rtf(body));
  EXPECT_THAT(test::table_cells(document), ElementsAre("0:0:0=A", "0:0:1=X Y"));
  EXPECT_THAT(document.text, HasSubstr("after"));
}

TEST(RtfStructure, ATableThatLaysOutTheReportIsReadAsParagraphs) {
  std::string article;
  for (int i = 0; i < 60; ++i)
    article += "\\'b7\\'a8\\'d6\\'ce\\'d5\\'fe\\'b8\\'ae\\'bd\\'a8\\'c9\\'e8";  // 法治政府建设
  const std::string body = "\\trowd\\cellx9000\\pard\\intbl\\s1 \\'d2\\'bb\\'a1\\'a2X\\par\\pard\\intbl " + article +
                           "\\cell\\row\\pard end\\par";
  const Document document = read_rtf_bytes(rtf(body, "{\\stylesheet{\\s1 heading 1;}}"));
  EXPECT_TRUE(test::table_cells(document).empty());
  ASSERT_GE(document.blocks.size(), 3u);
  EXPECT_EQ(document.blocks[0].heading_level, 1);
}

// Word keeps a tracked deletion in the file, marked \deleted: the text as it reads now has none of it.
TEST(RtfRevisions, TextATrackedChangeDeletedIsNotRead) {
  const Document document = read_rtf_bytes(rtf(unicode_escaped(
      "\\pard 全年开展法治宣传活动{\\deleted 20}32次{\\deleted\\b 仍删}{\\plain\\deleted0 ，受众}5000人。\\par")));
  EXPECT_EQ(without_spaces(document.text), "全年开展法治宣传活动32次，受众5000人。");
  EXPECT_EQ(document.metadata.get("rtf.deleted_characters"), "4");
}

// A table of contents field's result is Word's copy of the headings with their pages: set aside as input.docx sets it
// aside, its PAGEREF fields included; another field's result (a hyperlink's text) stays text.
TEST(RtfFields, ATableOfContentsIsSetAsideAndOtherFieldsResultsRead) {
  const Document document = read_rtf_bytes(rtf(unicode_escaped(
      "\\pard 青溪镇2024年法治政府建设年度报告\\par"
      "{\\field{\\*\\fldinst { TOC \\\\o \"1-3\" \\\\h }}{\\fldrslt "
      "\\pard 一、主要举措和成效\\tab {\\field{\\*\\fldinst PAGEREF _Toc1 \\\\h}{\\fldrslt 1}}\\par "
      "\\pard 二、存在的不足\\tab 3\\par}}"
      "\\pard 一、主要举措和成效\\par"
      "\\pard 详见{\\field{\\*\\fldinst HYPERLINK \"http://example.gov.cn\"}{\\fldrslt 县司法局网站}}公告。\\par")));
  EXPECT_THAT(block_lines(document),
              ElementsAre("青溪镇2024年法治政府建设年度报告", "一、主要举措和成效", "详见县司法局网站公告。"));
  EXPECT_EQ(document.metadata.all("removed.table-of-contents"),
            (std::vector<std::string>{"一、主要举措和成效 1", "二、存在的不足 3"}));
  EXPECT_THAT(document.text, Not(HasSubstr("HYPERLINK")));
  EXPECT_THAT(document.text, Not(HasSubstr("PAGEREF")));
}

// A text box's text (\shptxt) is read, after the paragraph its shape is anchored in; the shape's properties and its
// picture for old readers (\shprslt) are not; an optional destination this reader does not know stays skipped.
TEST(RtfShapes, ATextBoxIsReadAfterItsParagraph) {
  const Document document = read_rtf_bytes(
      rtf(unicode_escaped("\\pard 一、主要举措和成效{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn shapeType}{\\sv 202}}"
                          "{\\shptxt \\pard 注：数据截至12月底\\par}}{\\shprslt{\\*\\do\\dobxcolumn 旧图}}}\\par"
                          "\\pard 全年办理行政复议案件12件。{\\*\\unknowndestination 不读}\\par")));
  EXPECT_THAT(block_lines(document),
              ElementsAre("一、主要举措和成效", "注：数据截至12月底", "全年办理行政复议案件12件。"));
}

// A shape drawn inside a text box (a group of boxes) reads its own box's text into the same place.
TEST(RtfShapes, AShapeInsideATextBoxIsReadToo) {
  const Document document = read_rtf_bytes(rtf(unicode_escaped(
      "\\pard 正文{\\shp{\\*\\shpinst{\\shptxt \\pard 外框\\par{\\shp{\\*\\shpinst{\\shptxt \\pard 内框\\par}}}}}}"
      "\\par")));
  EXPECT_THAT(block_lines(document), ElementsAre("正文", "外框", "内框"));
}

TEST(RtfSniff, TheSignatureScoresAboveTheHostsNamingOfRtf) {
  const RtfInput input(rtf_context());
  EXPECT_GE(input.sniff("{\\rtf1\\ansi\\ansicpg936"), 80);
  EXPECT_GE(input.sniff("\xEF\xBB\xBF\r\n {\\rtf1"), 80);
  EXPECT_EQ(input.sniff("{\\rt"), 0);
  EXPECT_EQ(input.sniff("<html>{\\rtf1"), 0);
  EXPECT_EQ(input.sniff(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)), 0);
}

TEST(RtfHostile, DamagedFilesEndAsErrorsOrBestEffortTextNeverACrash) {
  EXPECT_THAT(error_of("not rtf"), HasSubstr("not an RTF document"));
  EXPECT_THAT(error_of("{\\rtf1"), HasSubstr("holds no text"));
  EXPECT_EQ(text_of("{\\rtf1 }}}} a\\par}"), "a");                       // closing braces before any text: read on
  EXPECT_EQ(text_of("{\\rtf1 a}junk a server appended"), "a");           // the document's group ends the document
  EXPECT_EQ(text_of("{\\rtf1 {{{a\\par"), "a");                          // groups never closed
  EXPECT_EQ(text_of("{\\rtf1 a{\\pict\\bin2147483647 xyz}}"), "a");      // \bin longer than the file
  EXPECT_EQ(text_of("{\\rtf1 a{\\pict\\bin99999999999999 xyz}}"), "a");  // a length past 32 bits
  EXPECT_EQ(text_of("{\\rtf1 a\\'4"), "a");                              // a truncated escape
  EXPECT_EQ(text_of("{\\rtf1 a\\'zz b}"), "azz b");                      // an escape with no hex digits
  EXPECT_EQ(text_of("{\\rtf1 \\u70000?\\u-70000?x}"), "\uFFFD\uFFFDx");  // \u out of 16 bits
  EXPECT_EQ(text_of("{\\rtf1 \\u-10179?x}"), "x");                       // a lone high surrogate
  EXPECT_EQ(text_of("{\\rtf1 \\abcdefghijabcdefghijabcdefghijabcdefghij123456789012345 x}"), "x");
  const std::string deep = "{\\rtf1 ok" + std::string(100000, '{') + "lost" + std::string(100000, '}') + " end}";
  const Document document = read_rtf_bytes(deep);
  EXPECT_EQ(without_spaces(document.text), "okend");
  EXPECT_EQ(document.metadata.get("rtf.groups_too_deep"), "1");
}

TEST(RtfTokenizer, ControlWordsTakeTheirDelimiterAndClampParameters) {
  Tokenizer tokens("\\fs24 x\\b0\\par\\'b7\\u-3 \\\\");
  EXPECT_EQ(tokens.next().name, "fs");
  EXPECT_EQ(tokens.next().name, "x");
  const Token bold = tokens.next();
  EXPECT_EQ(bold.name, "b");
  EXPECT_EQ(bold.parameter, 0);
  EXPECT_EQ(tokens.next().name, "par");
  EXPECT_EQ(tokens.next().byte, 0xB7);
  EXPECT_EQ(tokens.next().parameter, -3);
  EXPECT_EQ(tokens.next().kind, TokenKind::control_symbol);
  EXPECT_EQ(tokens.next().kind, TokenKind::end);
  EXPECT_EQ(Tokenizer("\\bin99999999999999").next().parameter, 2147483647);
}

}  // namespace
}  // namespace docpipe::rtf
