// input.ofd: glyph positions (DeltaX "g" syntax, CTM), lines from split text objects, furniture, DocInfo,
// several DocBody entries, broken, encrypted and signed-only packages, and hostile pages.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zip.h>

#include <cmath>

#include <fmt/format.h>

#include "docpipe/decimal.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/safe_xml.hpp"
#include "docpipe/text.hpp"
#include "glyph_positions.hpp"
#include "ofd_input.hpp"
#include "ofd_package.hpp"
#include "page_content.hpp"
#include "test_support.hpp"

namespace docpipe::ofd {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// The plugin's parameters at their descriptor defaults (OCR on, as configs/default.xml has it) or with OCR off.
PluginContext ofd_context(std::int64_t max_text_objects = 100000, bool ocr = true) {
  PluginContext context;
  context.parameters.set("max_part_megabytes", std::int64_t{64});
  context.parameters.set("max_compression_ratio", 200.0);
  context.parameters.set("max_text_objects_per_page", max_text_objects);
  context.parameters.set("remove_artifacts", true);
  for (const auto& spec : ocr::kOcrParameters)
    context.parameters.set(spec.name, *parse_parameter(spec.type, spec.default_value));
  context.parameters.set("ocr", ocr);
  return context;
}

Document read_ofd_bytes(const std::string& bytes, std::int64_t max_text_objects = 100000, bool ocr = true) {
  Document document;
  OfdInput(ofd_context(max_text_objects, ocr)).read(bytes, document);
  return document;
}

std::string error_of(const std::string& bytes, std::int64_t max_text_objects = 100000) {
  try {
    read_ofd_bytes(bytes, max_text_objects);
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

std::string fixture(const std::string& name) { return test::read_file(test::kTestData / "ofd" / name); }

// A zip of (name, content, stored uncompressed?) entries written with libzip, read back as bytes.
std::string make_zip(const std::vector<std::tuple<std::string, std::string, bool>>& entries) {
  test::TemporaryDirectory directory;
  const auto path = (directory / "package.ofd").string();
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  for (const auto& [name, content, stored] : entries) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    const auto index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
    if (stored) zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  EXPECT_EQ(zip_close(archive), 0);  // the buffers must live until here
  return test::read_file(path);
}

const std::string kNs = R"(xmlns:ofd="http://www.ofdspec.org/2016")";

// A one-page OFD whose page Content.xml is `content`.
std::string one_page_ofd(const std::string& content, bool stored = false) {
  return make_zip(
      {{"OFD.xml",
        "<ofd:OFD " + kNs +
            R"( Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:Title>T</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>)",
        false},
       {"Doc_0/Document.xml",
        "<ofd:Document " + kNs +
            R"(><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>)",
        false},
       {"Doc_0/Pages/Page_0/Content.xml", content, stored}});
}

std::string page(const std::string& objects) {
  return "<ofd:Page " + kNs + R"(><ofd:Content><ofd:Layer ID="9">)" + objects + "</ofd:Layer></ofd:Content></ofd:Page>";
}

// An OFD of A4 portrait pages whose Content.xml parts are `contents`, with a DocumentRes part `resources` (none when
// empty) and `files` in the package besides.
std::string pages_ofd(const std::vector<std::string>& contents, const std::string& resources = "",
                      const std::vector<std::tuple<std::string, std::string, bool>>& files = {}) {
  std::string pages;
  std::vector<std::tuple<std::string, std::string, bool>> entries{
      {"OFD.xml",
       "<ofd:OFD " + kNs +
           R"( Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>)",
       false}};
  for (std::size_t i = 0; i < contents.size(); ++i) {
    pages += fmt::format(R"(<ofd:Page ID="{}" BaseLoc="Pages/Page_{}/Content.xml"/>)", i + 1, i);
    entries.emplace_back(fmt::format("Doc_0/Pages/Page_{}/Content.xml", i), contents[i], false);
  }
  const std::string res = resources.empty() ? "" : "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>";
  if (!resources.empty()) entries.emplace_back("Doc_0/DocumentRes.xml", resources, false);
  entries.insert(entries.end(), files.begin(), files.end());
  entries.emplace_back(
      "Doc_0/Document.xml",
      "<ofd:Document " + kNs +
          R"(><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>)" + res +
          "</ofd:CommonData><ofd:Pages>" + pages + "</ofd:Pages></ofd:Document>",
      false);
  return make_zip(entries);
}

std::vector<std::string> line_texts(const std::string& content) {
  const auto xml = parse_safe_xml(content, "Content.xml");
  auto words = words_of_content(xmlDocGetRootElement(xml.get()), "Content.xml");
  mark_spaces(words);
  std::vector<std::string> texts;
  for (const auto& line : layout::lines_of_page(std::move(words), 1)) texts.push_back(line.text);
  return texts;
}

TEST(OfdGlyphs, TheGRepeatSyntaxExpands) {
  EXPECT_THAT(*parse_deltas("g 3 5.6 2.8", 10), ElementsAre(5.6, 5.6, 5.6, 2.8));
  EXPECT_THAT(*parse_deltas("1 g 2 3 4", 10), ElementsAre(1, 3, 3, 4));
  EXPECT_EQ(parse_deltas("g 999999999 1", 5)->size(), 5u);  // clamped to the glyphs there are
  EXPECT_FALSE(parse_deltas("g 3", 10));
  EXPECT_FALSE(parse_deltas("5.6 x", 10));
  EXPECT_EQ(resolve_path("Doc_0/Document.xml", "Pages/Page_0/Content.xml"), "Doc_0/Pages/Page_0/Content.xml");
  EXPECT_EQ(resolve_path("Doc_0/Document.xml", "/Doc_0/Res/../PublicRes.xml"), "Doc_0/PublicRes.xml");
  EXPECT_EQ(resolve_path("OFD.xml", "./Doc_0/Document.xml"), "Doc_0/Document.xml");
}

TEST(OfdGlyphs, ALineCutIntoSeveralTextObjectsOrOneGlyphEachIsOneLine) {
  const std::string split = page(
      R"(<ofd:TextObject ID="1" Boundary="28 40 30 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 2 5">调解纠</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="2" Boundary="43 40 30 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="2.5">38</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="3" Boundary="48 40 30 8" Size="5"><ofd:TextCode X="0" Y="5">件</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="4" Boundary="28 50 30 8" Size="5"><ofd:TextCode X="0" Y="5">次</ofd:TextCode></ofd:TextObject>)");
  EXPECT_THAT(line_texts(split), ElementsAre("调解纠38件", "次"));
  // Glyphs written right to left into separate objects still read left to right.
  std::string glyphs;
  const std::u32string text = U"法治讲座";
  for (std::size_t i = text.size(); i-- > 0;) {
    glyphs += R"(<ofd:TextObject ID="1" Boundary=")" + std::to_string(28 + 5 * i) +
              R"( 40 5 8" Size="5"><ofd:TextCode X="0" Y="5">)" + encode_utf8(text.substr(i, 1)) +
              "</ofd:TextCode></ofd:TextObject>";
  }
  EXPECT_THAT(line_texts(page(glyphs)), ElementsAre("法治讲座"));
}

TEST(OfdGlyphs, CtmAndBoundaryPlaceTheText) {
  // The second object is drawn at half scale and moved by its CTM onto the first object's baseline.
  const std::string content = page(
      R"(<ofd:TextObject ID="1" Boundary="20 100 20 10" Size="5"><ofd:TextCode X="0" Y="5">全年</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="2" Boundary="0 0 200 200" Size="10" CTM="0.5 0 0 0.5 30 100"><ofd:TextCode X="0" Y="10">开展</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="3" Boundary="20 10 20 10" Size="5"><ofd:TextCode X="0" Y="5">标题</ofd:TextCode></ofd:TextObject>)");
  EXPECT_THAT(line_texts(content), ElementsAre("标题", "全年开展"));
}

TEST(OfdGlyphs, LatinWordsInSeparateObjectsKeepTheirSpace) {
  const std::string content = page(
      R"(<ofd:TextObject ID="1" Boundary="20 40 20 10" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="g 2 2">LED</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="2" Boundary="30 40 20 10" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="g 5 2">screen</ofd:TextCode></ofd:TextObject>)");
  EXPECT_THAT(line_texts(content), ElementsAre("LED screen"));
}

// One TextObject per glyph along a line, as OCR text layers and per-glyph converters write them: 5 mm characters
// (digits and Latin letters half as wide, a space an empty half), placed exactly, each glyph's size scaled by the
// i-th of `scales` and its baseline moved by the i-th of `shifts` (mm), both cycled.
std::string glyph_per_object(const std::u32string& text, const std::vector<double>& scales,
                             const std::vector<double>& shifts) {
  std::string objects;
  double x = 20;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const double width = text[i] < 0x2E80 ? 2.5 : 5;
    if (text[i] != U' ') {
      const double size = 5 * scales[i % scales.size()];
      const double baseline = 40 + shifts[i % shifts.size()];
      objects += fmt::format(
          R"(<ofd:TextObject ID="{}" Boundary="{} {} {} 8" Size="{}"><ofd:TextCode X="0" Y="{}">{}</ofd:TextCode></ofd:TextObject>)",
          i + 1, x, baseline - size, width, size, size, encode_utf8(text.substr(i, 1)));
    }
    x += width;
  }
  return page(objects);
}

TEST(OfdGlyphs, GlyphsVaryingInSizeOrBaselineReadAsTheirLineWithoutSpacesInNumbers) {
  const std::u32string text = U"办理案件58件，罚没款86.42万元，2024年2月5日通过ISO 9001认证";
  const std::string expected = "办理案件58件，罚没款86.42万元，2024年2月5日通过ISO 9001认证";
  EXPECT_THAT(line_texts(glyph_per_object(text, {1.07, 0.95, 1.02, 0.93, 1.05, 0.98, 1.0}, {0})),
              ElementsAre(expected));
  EXPECT_THAT(line_texts(glyph_per_object(text, {1}, {0.3, -0.2, 0.1, -0.3, 0.25, 0, -0.1})), ElementsAre(expected));
}

TEST(OfdGlyphs, AGapLeftByDeltaXInsideATextCodePartsWordsAndCells) {
  // As PDF converters write a TJ run: a table row in one TextCode, DeltaX jumping from cell to cell.
  const std::string row = page(
      R"(<ofd:TextObject ID="1" Boundary="28 100 156 7" Size="5.6"><ofd:TextCode X="0" Y="5.6" DeltaX="5.6 5.6 5.6 33.2 2.8 27.2 2.8 27.2 2.8">行政处罚4037-3</ofd:TextCode></ofd:TextObject>)");
  EXPECT_THAT(line_texts(row), ElementsAre("行政处罚", "40", "37", "-3"));
  // A character's gap between numbers is a space; proportional capitals advancing nearly a character are no gap.
  const std::string words = page(
      R"(<ofd:TextObject ID="1" Boundary="28 100 156 7" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="4 4 2 2 2 6 2 2 2">编号20240015</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="2" Boundary="28 120 156 7" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="3.8 2.5 3.1 4">WTO规则</ofd:TextCode></ofd:TextObject>)");
  EXPECT_THAT(line_texts(words), ElementsAre("编号2024 0015", "WTO规则"));
}

TEST(OfdReport, AReportReadsWithItsDocInfoAndFurnitureRecorded) {
  const auto document = read_ofd_bytes(test::read_file(test::kTestData / "formats" / "003_f3ad0f8b935bdfdd.ofd"));
  EXPECT_EQ(document.format, "ofd");
  EXPECT_EQ(document.metadata.get("ofd.author"), "docpipe fixtures");
  EXPECT_EQ(document.metadata.get("ofd.created"), "2025-01-15");
  EXPECT_EQ(document.metadata.get("ofd.modified"), "2025-01-16");
  EXPECT_EQ(document.metadata.get("ofd.custom.发文机关"), "某某镇人民政府");
  EXPECT_EQ(document.metadata.get("ofd.fonts"), "仿宋_GB2312");
  EXPECT_THAT(document.metadata.all("removed.page-number"), Contains("— 1 —"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("— 1 —")));
  ASSERT_FALSE(document.blocks.empty());
  EXPECT_EQ(document.blocks.front().page, 1);
  EXPECT_GT(document.blocks.back().page.value_or(0), 2);
}

TEST(OfdPackage, SeveralDocumentsReadTheFirstAndRecordTheRest) {
  const auto document = read_ofd_bytes(fixture("two-documents.ofd"));
  EXPECT_THAT(document.text, HasSubstr("全年开展法治讲座14期"));
  EXPECT_EQ(document.metadata.get("ofd.documents"), "2");
  EXPECT_EQ(document.metadata.get("ofd.unread_document"), "Doc_1/Document.xml (附件)");
}

TEST(OfdPackage, StampTextIsFurnitureNotBody) {
  const auto document = read_ofd_bytes(fixture("stamped.ofd"));
  EXPECT_THAT(document.metadata.all("removed.annotation"), Contains("某某镇人民政府"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("某某镇人民政府")));
}

// One line of 5 mm characters from x (mm) at baseline y.
std::string line_object(double x, double y, const std::string& text) {
  return fmt::format(
      R"(<ofd:TextObject ID="1" Boundary="{} {} 250 7" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 60 5">{}</ofd:TextCode></ofd:TextObject>)",
      x, y - 5, text);
}

TEST(OfdPackage, EachAnnotationOfAPageIsAnEntryOfItsOwn) {
  const std::string body = page(line_object(28, 60, "全年办理行政复议案件十二件。"));
  const std::string annotations =
      "<ofd:PageAnnot " + kNs +
      R"(><ofd:Annot ID="1" Type="Watermark" Subtype="PageNumber"><ofd:Appearance Boundary="0 270 210 20"><ofd:TextObject ID="2" Boundary="98 5 12.5 6" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="2.5 2.5 2.5 2.5">- 2 -</ofd:TextCode></ofd:TextObject></ofd:Appearance></ofd:Annot>)"
      R"(<ofd:Annot ID="3" Type="Stamp"><ofd:Appearance Boundary="120 150 42 42"><ofd:TextObject ID="4" Boundary="6 16 40 4.8" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="g 9 4">云岭县青石镇人民政府</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="5" Boundary="14 27 19.5 3.6" Size="3"><ofd:TextCode X="0" Y="3" DeltaX="g 12 1.5">5301230012345</ofd:TextCode></ofd:TextObject></ofd:Appearance></ofd:Annot></ofd:PageAnnot>)";
  const auto document = read_ofd_bytes(make_zip(
      {{"OFD.xml",
        "<ofd:OFD " + kNs + R"(><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>)",
        false},
       {"Doc_0/Document.xml",
        "<ofd:Document " + kNs +
            R"(><ofd:CommonData/><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages><ofd:Annotations>Annots/Annotations.xml</ofd:Annotations></ofd:Document>)",
        false},
       {"Doc_0/Pages/Page_0/Content.xml", body, false},
       {"Doc_0/Annots/Annotations.xml",
        "<ofd:Annotations " + kNs +
            R"(><ofd:Page PageID="1"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>)",
        false},
       {"Doc_0/Annots/Page_0/Annotation.xml", annotations, false}}));
  EXPECT_THAT(document.metadata.all("removed.annotation"), ElementsAre("- 2 -", "云岭县青石镇人民政府 5301230012345"));
}

TEST(OfdPackage, TextTurnedAcrossThePageIsSetAsideNotGluedIntoALine) {
  // A watermark turned 45° whose first glyph sits on the heading's baseline; a scan's text layer 1° askew.
  const std::string content = page(
      R"(<ofd:TextObject ID="1" Boundary="28 121.4 100 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 7 5">二、规范行政执法</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="2" Boundary="50 60 120 120" CTM="0.707 -0.707 0.707 0.707 0 60" Size="9" Alpha="60"><ofd:TextCode X="0" Y="9" DeltaX="g 10 9">云岭县人民政府门户网站</ofd:TextCode></ofd:TextObject>)"
      R"(<ofd:TextObject ID="3" Boundary="28 140 150 8" CTM="0.9998 0.0175 -0.0175 0.9998 0 0" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 15 5">全年办理行政许可案件一千二百件。</ofd:TextCode></ofd:TextObject>)");
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_THAT(document.metadata.all("removed.rotated-text"), ElementsAre("云岭县人民政府门户网站"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("门户网站")));
  EXPECT_THAT(document.text, HasSubstr("二、规范行政执法\n"));
  EXPECT_THAT(document.text, HasSubstr("全年办理行政许可案件一千二百件。"));
}

TEST(OfdPackage, ALandscapePageLeavesTheParagraphsOfThePortraitPagesWhole) {
  // Portrait page 1: two paragraphs, each indented and wrapped over three lines at the right margin (188 mm).
  std::string portrait;
  double y = 50;
  for (const char* opening : {"全年", "今年"}) {
    portrait += line_object(38, y, opening + std::string("办理行政复议案件共计十二件依法纠正违法或不当行政行为三件"));
    portrait += line_object(28, y += 8, "行政机关负责人出庭应诉率达到百分百行政诉讼败诉率持续下降各项工作");
    portrait += line_object(28, y += 8, "取得新进展。");
    y += 8;
  }
  // Landscape page 2: a table's wide rows, reaching 250 mm.
  std::string landscape;
  for (int row = 0; row < 5; ++row) {
    landscape +=
        line_object(20, 40 + 8 * row,
                    "社区名称调解案件数量调解成功数量调解成功率涉及金额万元备注说明情况调解员人数培训次数宣传次数");
  }
  const std::string area = R"(<ofd:Area><ofd:PhysicalBox>0 0 297 210</ofd:PhysicalBox></ofd:Area>)";
  const auto document =
      read_ofd_bytes(pages_ofd({page(portrait), "<ofd:Page " + kNs + ">" + area + R"(<ofd:Content><ofd:Layer ID="9">)" +
                                                    landscape + "</ofd:Layer></ofd:Content></ofd:Page>"}));
  EXPECT_THAT(document.text, HasSubstr("全年办理行政复议案件共计十二件依法纠正违法或不当行政行为三件"
                                       "行政机关负责人出庭应诉率达到百分百行政诉讼败诉率持续下降各项工作"
                                       "取得新进展。\n今年"));
}

// A text object of `size` mm type centred on the A4 page's middle (105 mm), one character of Chinese an em wide.
std::string centred_object(int id, double top, double size, const std::string& text) {
  const double width = size * static_cast<double>(decode_utf8(text).size());
  return fmt::format(
      R"(<ofd:TextObject ID="{}" Boundary="{} {} {} {}" Size="{}"><ofd:TextCode X="0" Y="{}">{}</ofd:TextCode></ofd:TextObject>)",
      id, 105 - width / 2, top, width, size * 1.2, size, size, text);
}

// A 二号 (7.76 mm) title GB/T 9704 sets wrapped inside a word, over the body in 三号: its two lines are one paragraph,
// as in a PDF of the same page, and the body's opening paragraph is a paragraph of its own.
TEST(OfdReport, ATitleWrappedInsideAWordIsOneLine) {
  const std::string body = line_object(39, 70, "本年度，我们坚持以习近平法治思想为指导，全面贯彻落实党中央、") +
                           line_object(28, 78, "国务院关于法治政府建设的决策部署。现将有关情况报告如下：");
  const auto document =
      read_ofd_bytes(pages_ofd({page(centred_object(1, 37, 7.76, "青石县人民政府关于二〇二四年度法治政府建") +
                                     centred_object(2, 49, 7.76, "设工作情况的报告") + body)}));
  EXPECT_TRUE(document.text.starts_with("青石县人民政府关于二〇二四年度法治政府建设工作情况的报告\n本年度，"))
      << document.text;
}

// A short report on one page (a title, two headings, three paragraphs and the issuer, GB/T 9704's two-character
// indent): a paragraph whose last line is justified to the margin, one of one full line and one of one line a
// character short are each one paragraph; the few lines measured give the margins all the same.
TEST(OfdReport, AShortReportsParagraphsOnOnePageAreItsOwn) {
  const std::string lines = line_object(38, 70, "今年以来，我局认真贯彻落实上级关于法治政府建设的部署") +
                            line_object(28, 80, "要求，扎实推进依法行政，完成各项工作，现将情况报告如下：") +
                            line_object(38, 90, "一、主要工作") +
                            line_object(38, 100, "全年办理行政许可事项四百余件，按时办结率达百分之百。") +
                            line_object(38, 110, "开展执法检查八十余次，查处违法案件九件，均在法定期限") +
                            line_object(28, 120, "内办结，无一起被复议撤销。") + line_object(38, 130, "二、存在问题") +
                            line_object(38, 140, "执法人员法律素养参差不齐，普法宣传覆盖面有待扩大。") +
                            line_object(118, 160, "青石县林业局");
  const auto document =
      read_ofd_bytes(pages_ofd({page(centred_object(1, 37, 7.76, "青石县林业局法治政府建设情况报告") + lines)}));
  EXPECT_EQ(
      document.text,
      "青石县林业局法治政府建设情况报告\n"
      "今年以来，我局认真贯彻落实上级关于法治政府建设的部署要求，扎实推进依法行政，完成各项工作，现将情况报告如下：\n"
      "一、主要工作\n全年办理行政许可事项四百余件，按时办结率达百分之百。\n"
      "开展执法检查八十余次，查处违法案件九件，均在法定期限内办结，无一起被复议撤销。\n二、存在问题\n"
      "执法人员法律素养参差不齐，普法宣传覆盖面有待扩大。\n青石县林业局");
}

TEST(OfdPackage, BrokenEncryptedAndSignedOnlyPackagesAreClearErrors) {
  EXPECT_THAT(error_of(fixture("missing-page.ofd")),
              HasSubstr("Doc_0/Pages/Page_1/Content.xml, named by Doc_0/Document.xml, is missing"));
  EXPECT_THAT(error_of(fixture("no-docroot.ofd")), HasSubstr("the DocBody has no DocRoot"));
  EXPECT_THAT(error_of(fixture("encrypted.ofd")), HasSubstr("encrypted"));
  EXPECT_THAT(error_of(fixture("signed-only.ofd")), HasSubstr("only signatures"));
  EXPECT_THAT(error_of("PK\x03\x04 truncated"), HasSubstr("not a readable OFD package"));
  EXPECT_THAT(error_of(one_page_ofd(page(R"(<ofd:TextObject ID="1" Boundary="0 0" Size="5"/>)"))),
              HasSubstr("TextObject Boundary"));
  EXPECT_THAT(error_of(one_page_ofd("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>")), HasSubstr("unsafe XML"));
  EXPECT_THAT(error_of(one_page_ofd("")),
              HasSubstr("Doc_0/Pages/Page_0/Content.xml, named by Doc_0/Document.xml, is empty (0 bytes)"));
}

// A page whose only content is an image: the scan of a page of a paper report.
std::string scanned_page(const std::string& boundary = "0 0 210 297") {
  return page(R"(<ofd:ImageObject ID="20" ResourceID="7" Boundary=")" + boundary + R"(" CTM="210 0 0 297 0 0"/>)");
}

// DocumentRes.xml declaring image 7 at Res/scan_1.png.
const std::string kScanResources =
    "<ofd:Res " + kNs +
    R"( BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="7" Type="Image" Format="PNG"><ofd:MediaFile>scan_1.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>)";

TEST(OfdScan, TheLargestImageOfAPageIsItsScan) {
  const std::string content =
      page(R"(<ofd:ImageObject ID="1" ResourceID="3" Boundary="20 15 18 18"/>)"  // the emblem of the letterhead
           R"(<ofd:PageBlock><ofd:ImageObject ID="2" ResourceID="4" Boundary="5 6 200 285"/></ofd:PageBlock>)"
           R"(<ofd:ImageObject ID="3" ResourceID="5" Boundary="120 230 40 40"/>)"  // the seal
           R"(<ofd:ImageObject ID="4" ResourceID="6" Boundary="0 0 x 297"/>)");    // malformed: passed over
  const auto xml = parse_safe_xml(content, "Content.xml");
  const auto scan = largest_image(xmlDocGetRootElement(xml.get()));
  ASSERT_TRUE(scan.has_value());
  EXPECT_EQ(scan->resource, "4");
  EXPECT_DOUBLE_EQ(scan->left, 5);
  EXPECT_DOUBLE_EQ(scan->top, 6);
  EXPECT_DOUBLE_EQ(scan->height, 285);
  const auto text_only = parse_safe_xml(page(line_object(28, 60, "全年办理行政复议案件十二件。")), "Content.xml");
  EXPECT_FALSE(largest_image(xmlDocGetRootElement(text_only.get())).has_value());
}

TEST(OfdScan, ImageResourcesResolveAgainstTheirResFolder) {
  const std::string resources =
      "<ofd:Res " + kNs +
      R"( BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="仿宋_GB2312"/></ofd:Fonts><ofd:MultiMedias>)"
      R"(<ofd:MultiMedia ID="7" Type="Image" Format="PNG"><ofd:MediaFile>scan_1.png</ofd:MediaFile></ofd:MultiMedia>)"
      R"(<ofd:MultiMedia ID="8" Type="Image"><ofd:MediaFile>/Doc_0/Res/seal.jb2</ofd:MediaFile></ofd:MultiMedia>)"
      R"(<ofd:MultiMedia ID="9" Type="Video"><ofd:MediaFile>clip.mp4</ofd:MediaFile></ofd:MultiMedia>)"
      R"(</ofd:MultiMedias></ofd:Res>)";
  const OfdPackage package(pages_ofd({scanned_page()}, resources), ZipLimits{});
  const auto layout = package.layout(package.documents().front());
  ASSERT_EQ(layout.images.size(), 2u);
  EXPECT_EQ(layout.images.at("7").path, "Doc_0/Res/scan_1.png");
  EXPECT_EQ(layout.images.at("7").beside_res, "Doc_0/scan_1.png");
  EXPECT_EQ(layout.images.at("7").format, "PNG");
  EXPECT_EQ(layout.images.at("8").path, "Doc_0/Res/seal.jb2");
  EXPECT_THAT(layout.fonts, ElementsAre("仿宋_GB2312"));
}

// Without OCR a scanned page is what it was: a page without text, and an OFD of nothing else an error that says
// OCR is off. Neither reads the image nor loads the engine.
TEST(OfdScan, SwitchedOffAScannedPageIsAPageWithoutText) {
  const std::string text_page = page(line_object(28, 60, "全年办理行政复议案件十二件。"));
  const auto mixed = read_ofd_bytes(pages_ofd({text_page, scanned_page()}, kScanResources), 100000, false);
  EXPECT_THAT(mixed.text, HasSubstr("全年办理行政复议案件十二件。"));
  EXPECT_EQ(mixed.metadata.get("ofd.pages_without_text"), "2");
  EXPECT_THAT(mixed.metadata.all("warning"), ElementsAre("no text on page(s) 2"));
  EXPECT_FALSE(mixed.metadata.contains("ocr"));
  try {
    read_ofd_bytes(pages_ofd({scanned_page()}, kScanResources), 100000, false);
    FAIL() << "no error";
  } catch (const std::exception& error) {
    EXPECT_THAT(error.what(), HasSubstr("no text on any of the 1 pages of the OFD"));
    EXPECT_THAT(error.what(), HasSubstr("OCR is switched off (ocr=false)"));
  }
}

// A page of no text whose only image is a seal (40 mm square on A4) is no scan: it is neither looked up nor read
// (its file is not in the package), and stays a page without text.
TEST(OfdScan, APageOfASealAloneIsNoScan) {
  const std::string text_page = page(line_object(28, 60, "全年办理行政复议案件十二件。"));
  const auto document = read_ofd_bytes(pages_ofd({text_page, scanned_page("120 230 40 40")}, kScanResources));
  EXPECT_THAT(document.metadata.all("warning"), ElementsAre("no text on page(s) 2"));
  EXPECT_FALSE(document.metadata.contains("ocr"));
}

// A page of no text and no image (text drawn as paths) is never sent to OCR: the error is what it was.
TEST(OfdScan, APageOfPathsIsNoScan) {
  const std::string paths = page(
      R"(<ofd:PathObject ID="1" Boundary="28 50 150 10"><ofd:AbbreviatedData>M 0 0 L 10 10</ofd:AbbreviatedData></ofd:PathObject>)");
  EXPECT_EQ(error_of(pages_ofd({paths})),
            "no text on any of the 1 pages of the OFD (scanned images, or text drawn as paths)");
}

// An image the package does not declare, or declares but does not hold, leaves its page unread with a warning that
// names it; the engine is not needed to say so.
TEST(OfdScan, AnUndeclaredOrMissingImageLeavesItsPageUnreadWithAWarning) {
  const std::string text_page = page(line_object(28, 60, "全年办理行政复议案件十二件。"));
  const auto undeclared = read_ofd_bytes(pages_ofd({text_page, scanned_page()}));
  EXPECT_THAT(undeclared.metadata.all("warning"),
              Contains(HasSubstr("page(s) 2 (image resource 7 is not declared) cannot be read for OCR")));
  EXPECT_THAT(undeclared.metadata.all("warning"), Contains("no text on page(s) 2"));
  EXPECT_THAT(error_of(pages_ofd({scanned_page()}, kScanResources)),
              HasSubstr("the scanned image of page(s) 1 (Doc_0/Res/scan_1.png is missing)"));
}

TEST(OfdHostile, AZipBombPageIsRefused) {
  const std::string bomb = page(std::string(8u << 20, ' '));  // over 1 MiB, so its ratio is checked
  EXPECT_THAT(error_of(one_page_ofd(bomb)), HasSubstr("zip bomb"));
}

TEST(OfdHostile, APageOfAMillionTextObjectsIsRefusedBeforeParsing) {
  std::string objects;
  const std::string object = "<TextObject/>";
  objects.reserve(object.size() * 1000000);
  for (int i = 0; i < 1000000; ++i) objects += object;
  const auto error = error_of(one_page_ofd(page(objects), true));
  EXPECT_THAT(error, HasSubstr("1000000 text objects, more than the limit of 100000"));
}

TEST(OfdHostile, TextObjectsAreCountedByTheirOpenTagsOnly) {
  EXPECT_EQ(count_text_objects(R"(<ofd:TextObject ID="1"></ofd:TextObject><TextObject/><TextObject
 ID="2"/><TextObjects/><!-- TextObject -->)"),
            3u);
}

// A line of text at (left, top) mm, type 4 mm, each glyph its own advance (no DeltaX), one TextObject.
std::string text_at(int id, double left, double top, const std::string& text, const std::string& extra = "") {
  return fmt::format(
      R"(<ofd:TextObject ID="{}" Boundary="{} {} 150 6" Size="4"{}><ofd:TextCode X="0" Y="4">{}</ofd:TextCode></ofd:TextObject>)",
      id, left, top, extra, text);
}

// A straight rule from (x1, y1) to (x2, y2) mm, one PathObject of one segment, as 数科 and WPS draw a table's borders.
std::string rule(int id, double x1, double y1, double x2, double y2) {
  return fmt::format(
      R"(<ofd:PathObject ID="{}" Boundary="{} {} {} {}" LineWidth="0.35"><ofd:AbbreviatedData>M 0 0 L {} {}</ofd:AbbreviatedData></ofd:PathObject>)",
      id, x1, y1, std::max(0.5, x2 - x1), std::max(0.5, y2 - y1), x2 - x1, y2 - y1);
}

// A fully ruled table at (left, top) mm: rows 8 mm high, columns `widths` mm wide, each cell's text a TextObject of
// its own 1 mm in from its top left corner.
std::string ruled_table(double left, double top, const std::vector<double>& widths,
                        const std::vector<std::vector<std::string>>& rows) {
  const double row_height = 8;
  double right = left;
  for (const double width : widths) right += width;
  const double bottom = top + row_height * static_cast<double>(rows.size());
  std::string objects;
  int id = 500;
  for (std::size_t r = 0; r <= rows.size(); ++r)
    objects +=
        rule(id++, left, top + row_height * static_cast<double>(r), right, top + row_height * static_cast<double>(r));
  double x = left;
  for (std::size_t c = 0; c <= widths.size(); ++c) {
    objects += rule(id++, x, top, x, bottom);
    if (c < widths.size()) x += widths[c];
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    double cell_left = left;
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (!rows[r][c].empty())
        objects += text_at(id++, cell_left + 1, top + row_height * static_cast<double>(r) + 1, rows[r][c]);
      cell_left += widths[c];
    }
  }
  return objects;
}

// Each table cell of a document as "row,column:text", and its paragraphs as "¶text", in document order.
std::vector<std::string> blocks_of(const Document& document) {
  const std::u32string text = decode_utf8(document.text);
  std::vector<std::string> blocks;
  for (const auto& block : document.blocks) {
    const std::string content = encode_utf8(text.substr(block.start, block.end - block.start));
    if (block.kind == BlockKind::table_cell) {
      blocks.push_back(fmt::format("{},{}:{}", block.row.value_or(-1), block.column.value_or(-1), content));
    } else {
      blocks.push_back("¶" + content);
    }
  }
  return blocks;
}

bool has_table_cells(const Document& document) {
  return std::any_of(document.blocks.begin(), document.blocks.end(),
                     [](const Block& block) { return block.kind == BlockKind::table_cell; });
}

TEST(OfdTables, ACellRuledTableIsReadAsTableCellsWhereItStands) {
  const std::string content = page(text_at(1, 39, 40, "全年办理行政处罚案件四十三件。主要执法数据如下表：") +
                                   ruled_table(28, 50, {60, 30, 30, 30},
                                               {{"项目", "2023年", "2024年", "同比"},
                                                {"行政处罚（件）", "38", "43", "+5"},
                                                {"行政检查（次）", "306", "327", "+21"}}) +
                                   text_at(2, 39, 90, "（四）强化矛盾纠纷多元化解"));
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_THAT(blocks_of(document),
              ElementsAre("¶全年办理行政处罚案件四十三件。主要执法数据如下表：", "0,0:项目", "0,1:2023年", "0,2:2024年",
                          "0,3:同比", "1,0:行政处罚（件）", "1,1:38", "1,2:43", "1,3:+5", "2,0:行政检查（次）",
                          "2,1:306", "2,2:327", "2,3:+21", "¶（四）强化矛盾纠纷多元化解"));
  EXPECT_EQ(document.blocks[1].table, 0);
  EXPECT_EQ(document.blocks[1].page, 1);
}

TEST(OfdTables, ATableFiguresTakeTheirNamesAndUnitsFromItsHeaders) {
  const std::string content =
      page(text_at(1, 28, 40, "一、2024年度推进法治政府建设的主要举措和成效") +
           text_at(2, 39, 50, "全面落实行政执法三项制度，执法数据如下表：") +
           ruled_table(28, 60, {60, 40}, {{"指标", "完成情况"}, {"行政处罚案件", "19件"}, {"行政检查（次）", "264"}}));
  test::TemporaryDirectory directory;
  const auto path = directory / "report.ofd";
  test::write_file(path, one_page_ofd(content));
  const Document document = test::process_with_default_pipeline(path);
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  std::vector<std::string> metrics;
  for (const auto& metric : document.metrics)
    metrics.push_back(metric.indicator + "=" + format_decimal(metric.value) + metric.unit);
  EXPECT_THAT(metrics, Contains("行政处罚案件=19件"));
  EXPECT_THAT(metrics, Contains("行政检查=264次"));
}

TEST(OfdTables, CellsMergedAcrossAMissingRuleSpanTheRowsAndColumnsAfterThem) {
  // 案件数（件） spans two columns over 一般程序 | 简易程序; 执法领域 spans the two header rows; 合计 spans two rows.
  std::string objects;
  int id = 600;
  objects += rule(id++, 28, 50, 178, 50);   // top
  objects += rule(id++, 78, 58, 178, 58);   // under 案件数, not under 执法领域
  objects += rule(id++, 28, 66, 178, 66);   // under the header
  objects += rule(id++, 28, 74, 178, 74);   // under 道路运输
  objects += rule(id++, 28, 82, 178, 82);   // bottom
  objects += rule(id++, 28, 50, 28, 82);    // left
  objects += rule(id++, 78, 50, 78, 82);    // after the label column
  objects += rule(id++, 128, 58, 128, 82);  // between 一般程序 and 简易程序, not through 案件数
  objects += rule(id++, 178, 50, 178, 82);  // right
  objects += text_at(id++, 29, 55, "执法领域");
  objects += text_at(id++, 79, 51, "案件数（件）");
  objects += text_at(id++, 79, 59, "一般程序");
  objects += text_at(id++, 129, 59, "简易程序");
  objects += text_at(id++, 29, 67, "道路运输");
  objects += text_at(id++, 79, 67, "12");
  objects += text_at(id++, 129, 67, "30");
  objects += text_at(id++, 29, 75, "安全生产");
  objects += text_at(id++, 79, 75, "7");
  objects += text_at(id++, 129, 75, "15");
  const auto document = read_ofd_bytes(one_page_ofd(page(text_at(1, 39, 40, "执法案件情况如下：") + objects)));
  EXPECT_THAT(blocks_of(document),
              ElementsAre("¶执法案件情况如下：", "0,0:执法领域", "0,1:案件数（件）", "1,1:一般程序", "1,2:简易程序",
                          "2,0:道路运输", "2,1:12", "2,2:30", "3,0:安全生产", "3,1:7", "3,2:15"));
}

TEST(OfdTables, RulesDrawnAsThinBarsOrAsEachCellsRectangleMakeATable) {
  // 福昕 fills 0.3 mm bars for the rows' rules; a converter strokes each cell as a closed rectangle.
  std::string objects;
  int id = 700;
  for (const double y : {50.0, 58.0, 66.0}) {
    objects += fmt::format(
        R"(<ofd:PathObject ID="{}" Boundary="28 {} 120 0.3" Fill="true"><ofd:AbbreviatedData>M 0 0 L 120 0 L 120 0.3 L 0 0.3 C</ofd:AbbreviatedData></ofd:PathObject>)",
        id++, y);
  }
  for (const double x : {28.0, 88.0, 148.0}) {
    objects += fmt::format(
        R"(<ofd:PathObject ID="{}" Boundary="{} 50 0.3 16" Fill="true"><ofd:AbbreviatedData>M 0 0 L 0.3 0 L 0.3 16 L 0 16 C</ofd:AbbreviatedData></ofd:PathObject>)",
        id++, x);
  }
  objects += text_at(id++, 29, 51, "行政复议（件）");
  objects += text_at(id++, 89, 51, "4");
  objects += text_at(id++, 29, 59, "行政诉讼（件）");
  objects += text_at(id++, 89, 59, "2");
  std::string boxes;
  for (const double y : {100.0, 108.0}) {
    for (const double x : {28.0, 88.0}) {
      boxes += fmt::format(
          R"(<ofd:PathObject ID="{}" Boundary="{} {} 60 8" CTM="1 0 0 1 0 0"><ofd:AbbreviatedData>M 0 0 L 60 0 L 60 8 L 0 8 C</ofd:AbbreviatedData></ofd:PathObject>)",
          id++, x, y);
    }
  }
  boxes += text_at(id++, 29, 101, "法律援助（件）");
  boxes += text_at(id++, 89, 101, "86");
  boxes += text_at(id++, 29, 109, "人民调解（件）");
  boxes += text_at(id++, 89, 109, "512");
  const auto document = read_ofd_bytes(one_page_ofd(page(objects + text_at(1, 39, 80, "公共法律服务情况：") + boxes)));
  EXPECT_THAT(blocks_of(document),
              ElementsAre("0,0:行政复议（件）", "0,1:4", "1,0:行政诉讼（件）", "1,1:2", "¶公共法律服务情况：",
                          "0,0:法律援助（件）", "0,1:86", "1,0:人民调解（件）", "1,1:512"));
  EXPECT_EQ(document.blocks.back().table, 1);
}

TEST(OfdTables, AFrameARedRuleAnUnderlineOrABoxedNoteIsNoTable) {
  const std::string frame =
      R"(<ofd:PathObject ID="90" Boundary="20 20 170 257"><ofd:AbbreviatedData>M 0 0 L 170 0 L 170 257 L 0 257 C</ofd:AbbreviatedData></ofd:PathObject>)";
  const std::string red_rule =
      R"(<ofd:PathObject ID="91" Boundary="28 33.5 156 1" LineWidth="0.6"><ofd:StrokeColor Value="255 0 0"/><ofd:AbbreviatedData>M 0 0 L 156 0</ofd:AbbreviatedData></ofd:PathObject>)";
  // A note boxed in two rows of one column, and a two-by-two grid whose right column is empty.
  const std::string note = rule(92, 28, 120, 178, 120) + rule(93, 28, 128, 178, 128) + rule(94, 28, 136, 178, 136) +
                           rule(95, 28, 120, 28, 136) + rule(96, 178, 120, 178, 136);
  const std::string half_empty = rule(97, 28, 150, 178, 150) + rule(98, 28, 158, 178, 158) +
                                 rule(99, 28, 166, 178, 166) + rule(100, 28, 150, 28, 166) +
                                 rule(101, 100, 150, 100, 166) + rule(102, 178, 150, 178, 166);
  const std::string underline = rule(103, 120, 246, 178, 246);
  const std::string content =
      page(frame + text_at(1, 60, 25, "青禾县司法局") + red_rule + text_at(2, 39, 40, "全年办理行政复议案件4件。") +
           note + text_at(3, 29, 121, "注：本表数据截至2024年12月31日。") +
           text_at(4, 29, 129, "数据来源：县司法局。") + half_empty + text_at(5, 29, 151, "填报单位：县司法局") +
           text_at(6, 29, 159, "填报日期：2025年1月") + text_at(7, 130, 240, "青禾县司法局") + underline);
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_FALSE(has_table_cells(document));
  for (const char* text : {"全年办理行政复议案件4件。", "注：本表数据截至2024年12月31日。", "填报单位：县司法局"})
    EXPECT_THAT(document.text, HasSubstr(text));
}

TEST(OfdTables, RulesThatMissTheWrittenColumnsGiveWayToTheColumnsWritten) {
  // The figures of two years sit in one ruled column, 14 mm apart (the borders drawn before the columns were fitted
  // to their text): the table's columns are where its words leave white down every row, never a cell "38 43".
  std::string objects = rule(1, 28, 50, 178, 50) + rule(2, 28, 58, 178, 58) + rule(3, 28, 66, 178, 66) +
                        rule(4, 28, 50, 28, 66) + rule(5, 84, 50, 84, 66) + rule(6, 178, 50, 178, 66);
  objects += text_at(7, 29, 51, "项目") + text_at(8, 86, 51, "2023年") + text_at(9, 120, 51, "2024年");
  objects += text_at(10, 29, 59, "行政处罚（件）") + text_at(11, 90, 59, "38") + text_at(12, 125, 59, "43");
  const auto document = read_ofd_bytes(one_page_ofd(page(objects)));
  EXPECT_THAT(blocks_of(document),
              ElementsAre("0,0:项目", "0,1:2023年", "0,2:2024年", "1,0:行政处罚（件）", "1,1:38", "1,2:43"));
  // Under the figures, a note runs across the whole grid: no white runs down every row, and no table is made up.
  std::string noted_objects = rule(1, 28, 50, 178, 50) + rule(2, 28, 58, 178, 58) + rule(3, 28, 66, 178, 66) +
                              rule(4, 28, 50, 28, 66) + rule(5, 84, 50, 84, 66) + rule(6, 178, 50, 178, 66);
  noted_objects += text_at(7, 29, 51, "行政处罚（件）") + text_at(8, 90, 51, "38") + text_at(9, 125, 51, "43");
  noted_objects += text_at(10, 29, 59, "注：以上数据由县司法局汇总，截至2024年12月31日。");
  const auto noted = read_ofd_bytes(one_page_ofd(page(noted_objects)));
  EXPECT_FALSE(has_table_cells(noted));
}

// A table ruled only between its rows, as an annex's statistics are often set: a rule under the header and under each
// row, no vertical rule, each cell's text an object of its own where its column stands.
std::string table_ruled_between_rows(double left, double top, const std::vector<double>& column_lefts,
                                     const std::vector<std::vector<std::string>>& rows) {
  std::string objects;
  int id = 800;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const double row_top = top + 10 * static_cast<double>(r);
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (!rows[r][c].empty()) objects += text_at(id++, column_lefts[c], row_top + 2, rows[r][c]);
    }
    if (r + 1 < rows.size()) objects += rule(id++, left, row_top + 9, left + 150, row_top + 9);
  }
  return objects;
}

TEST(OfdTables, ATableRuledOnlyBetweenItsRowsIsLaidOutFromItsColumns) {
  const std::string content = page(text_at(1, 39, 40, "全年办理行政处罚案件22件，分领域情况如下：") +
                                   table_ruled_between_rows(28, 50, {30, 60, 110, 150},
                                                            {{"序号", "执法领域", "立案数（件）", "罚没金额（万元）"},
                                                             {"1", "道路运输", "11", "3.4"},
                                                             {"2", "安全生产", "7", "2.3"},
                                                             {"3", "市场监管", "4", "1.1"}}) +
                                   text_at(2, 39, 100, "（四）强化矛盾纠纷多元化解"));
  test::TemporaryDirectory directory;
  const auto path = directory / "report.ofd";
  test::write_file(path, one_page_ofd(content));
  const Document document = test::process_with_default_pipeline(path);
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_THAT(
      blocks_of(document),
      ElementsAre("¶全年办理行政处罚案件22件，分领域情况如下：", "0,0:序号", "0,1:执法领域", "0,2:立案数（件）",
                  "0,3:罚没金额（万元）", "1,0:1", "1,1:道路运输", "1,2:11", "1,3:3.4", "2,0:2", "2,1:安全生产",
                  "2,2:7", "2,3:2.3", "3,0:3", "3,1:市场监管", "3,2:4", "3,3:1.1", "¶（四）强化矛盾纠纷多元化解"));
  std::vector<std::string> metrics;
  for (const auto& metric : document.metrics)
    metrics.push_back(metric.indicator + "=" + format_decimal(metric.value) + metric.unit);
  EXPECT_THAT(metrics, Contains("道路运输立案数=11件"));
}

TEST(OfdTables, ProseAndAContactLineWithATabAreNoTable) {
  // Prose, a heading, and a contact line whose two halves stand a tab apart: no column runs down two rows.
  const std::string content =
      page(text_at(1, 39, 40, "全年办理行政复议案件4件，行政应诉案件3件，行政机关负责人出庭应诉率100%。") +
           text_at(2, 28, 50, "二、存在的不足和原因") +
           text_at(3, 39, 60, "一是部分干部运用法治思维和法治方式解决问题的能力还有待提高。") +
           text_at(4, 39, 80, "联系人：李明") + text_at(5, 120, 80, "联系电话：0571-8888666"));
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_FALSE(has_table_cells(document));
  EXPECT_THAT(document.text, HasSubstr("联系人：李明"));
}

// Each table cell of a document as "table/row,column:text", in document order.
std::vector<std::string> cells_of(const Document& document) {
  const std::u32string text = decode_utf8(document.text);
  std::vector<std::string> cells;
  for (const auto& block : document.blocks) {
    if (block.kind != BlockKind::table_cell) continue;
    cells.push_back(fmt::format("{}/{},{}:{}", block.table.value_or(-1), block.row.value_or(-1),
                                block.column.value_or(-1),
                                encode_utf8(text.substr(block.start, block.end - block.start))));
  }
  return cells;
}

// Two pages: prose over a ruled table that fills the first page's foot, and a ruled table with `next_widths` and
// `next_rows` at the top of the second, prose under it.
std::string table_over_two_pages(const std::vector<double>& next_widths,
                                 const std::vector<std::vector<std::string>>& next_rows) {
  const std::string first =
      page(text_at(1, 39, 200, "全年办理行政处罚案件，分领域情况如下：") +
           ruled_table(28, 226, {50, 50, 50},
                       {{"执法领域", "立案数（件）", "罚没金额（万元）"}, {"道路运输", "11", "3.4"}}));
  const std::string second =
      page(ruled_table(28, 30, next_widths, next_rows) + text_at(2, 39, 70, "（四）强化矛盾纠纷多元化解"));
  return pages_ofd({first, second});
}

TEST(OfdTables, ARuledTableContinuedAtTheTopOfTheNextPageIsOneTable) {
  const auto document =
      read_ofd_bytes(table_over_two_pages({50, 50, 50}, {{"安全生产", "7", "2.3"}, {"市场监管", "4", "1.1"}}));
  EXPECT_THAT(cells_of(document), ElementsAre("0/0,0:执法领域", "0/0,1:立案数（件）", "0/0,2:罚没金额（万元）",
                                              "0/1,0:道路运输", "0/1,1:11", "0/1,2:3.4", "0/2,0:安全生产", "0/2,1:7",
                                              "0/2,2:2.3", "0/3,0:市场监管", "0/3,1:4", "0/3,2:1.1"));
  const auto continued =
      std::find_if(document.blocks.begin(), document.blocks.end(), [](const Block& block) { return block.row == 2; });
  ASSERT_NE(continued, document.blocks.end());
  EXPECT_EQ(continued->page, 2);
  // Its header repeated at the top of the page (Word's 标题行重复) is skipped.
  const auto repeated = read_ofd_bytes(
      table_over_two_pages({50, 50, 50}, {{"执法领域", "立案数（件）", "罚没金额（万元）"}, {"安全生产", "7", "2.3"}}));
  EXPECT_THAT(cells_of(repeated),
              ElementsAre("0/0,0:执法领域", "0/0,1:立案数（件）", "0/0,2:罚没金额（万元）", "0/1,0:道路运输",
                          "0/1,1:11", "0/1,2:3.4", "0/2,0:安全生产", "0/2,1:7", "0/2,2:2.3"));
}

// A ruled table's last row alone at the top of the next page (its 合计), drawn with the table's columns, is its last
// row: one row makes no table of its own, and was read as a line. A row alone with other columns stays a line.
TEST(OfdTables, ARuledRowAloneAtTheTopOfTheNextPageEndsTheTableItContinues) {
  EXPECT_THAT(cells_of(read_ofd_bytes(table_over_two_pages({50, 50, 50}, {{"合计", "11", "3.4"}}))),
              ElementsAre("0/0,0:执法领域", "0/0,1:立案数（件）", "0/0,2:罚没金额（万元）", "0/1,0:道路运输",
                          "0/1,1:11", "0/1,2:3.4", "0/2,0:合计", "0/2,1:11", "0/2,2:3.4"));
  EXPECT_THAT(cells_of(read_ofd_bytes(table_over_two_pages({60, 45, 45}, {{"合计", "11", "3.4"}}))),
              ::testing::SizeIs(6));
}

TEST(OfdTables, ATableFiguresOnTheNextPageTakeTheUnitsOfTheHeader) {
  test::TemporaryDirectory directory;
  const auto path = directory / "report.ofd";
  test::write_file(path, table_over_two_pages({50, 50, 50}, {{"安全生产", "7", "2.3"}, {"市场监管", "4", "1.1"}}));
  const Document document = test::process_with_default_pipeline(path);
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  std::vector<std::string> metrics;
  for (const auto& metric : document.metrics)
    metrics.push_back(metric.indicator + "=" + format_decimal(metric.value) + metric.unit);
  EXPECT_THAT(metrics, Contains("安全生产立案数=7件"));
}

TEST(OfdTables, ATableOfOtherColumnsOrWithAHeaderOfItsOwnOnTheNextPageIsANewTable) {
  const auto other_columns =
      read_ofd_bytes(table_over_two_pages({60, 45, 45}, {{"安全生产", "7", "2.3"}, {"市场监管", "4", "1.1"}}));
  EXPECT_THAT(cells_of(other_columns), Contains("1/0,0:安全生产"));
  const auto own_header = read_ofd_bytes(
      table_over_two_pages({50, 50, 50}, {{"调解类型", "调解数（件）", "成功率"}, {"人民调解", "164", "99.1%"}}));
  EXPECT_THAT(cells_of(own_header), Contains("1/0,0:调解类型"));
  EXPECT_THAT(cells_of(own_header), Contains("1/1,1:164"));
}

// Reports whose tables OFD producers draw in ways that cut them apart (tests/data/ofd-tables, made by
// scripts/make-ofd-fixtures.py, each beside its TXT truth): header cells centred over figures set flush right, without
// borders (结案数 lost its four figures: none was read) and with them; a ruled and a borderless table whose 合计 row
// spilled onto the next page (read as plain lines, its three figures lost). Each gives the figures its text gives.
TEST(OfdTables, TablesCutApartByTheirLayoutGiveTheFiguresTheirTextGives) {
  const auto figures_of = [](const std::string& name) {
    const Document document = test::process_with_default_pipeline(test::kTestData / "ofd-tables" / name);
    std::vector<std::string> figures;
    for (const auto& m : document.metrics) figures.push_back(m.indicator + " " + m.text + " " + m.unit);
    return figures;
  };
  for (const std::string report :
       {"centred-header", "centred-header-ruled", "spilled-total-row", "spilled-total-row-ruled"}) {
    SCOPED_TRACE(report);
    const auto text = figures_of(report + ".txt");
    EXPECT_THAT(text, ::testing::SizeIs(::testing::Ge(8u)));
    EXPECT_EQ(figures_of(report + ".ofd"), text);
  }
}

TEST(OfdTables, AGridAroundTheWholeBodyLaysItOutAndIsNoTable) {
  std::string body;
  for (int i = 0; i < 8; ++i) {
    body +=
        text_at(10 + i, 31, 61 + 8 * i, "全面推进依法行政，深化行政执法体制改革，完善行政执法程序，规范行政裁量权基准");
  }
  const std::string grid = rule(1, 28, 40, 178, 40) + rule(2, 28, 50, 178, 50) + rule(3, 28, 140, 178, 140) +
                           rule(4, 28, 40, 28, 140) + rule(5, 60, 40, 60, 50) + rule(6, 178, 40, 178, 140);
  const auto document = read_ofd_bytes(
      one_page_ofd(page(grid + text_at(7, 29, 41, "标题") + text_at(8, 61, 41, "法治政府建设报告") + body)));
  EXPECT_FALSE(has_table_cells(document));
  EXPECT_THAT(document.text, HasSubstr("规范行政裁量权基准"));
}

TEST(OfdPageText, SimulatedBoldIsReadOnceAndOverlappingDifferentTextIsKept) {
  // The title and a heading drawn twice 0.12 mm apart (伪粗体); a repeated short line one line lower, and two
  // different words that happen to overlap, are text.
  const std::string content = page(
      text_at(1, 47.5, 37, "石湾镇人民政府2024年度法治政府建设情况报告") +
      text_at(2, 47.62, 37, "石湾镇人民政府2024年度法治政府建设情况报告") + text_at(3, 28, 50, "一、主要举措和成效") +
      text_at(4, 28.12, 50.1, "一、主要举措和成效") + text_at(5, 39, 60, "同上。") + text_at(6, 39, 66, "同上。") +
      text_at(7, 39, 80, "全年受理") + text_at(8, 39.2, 80, "办理"));
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_THAT(document.text, HasSubstr("石湾镇人民政府2024年度法治政府建设情况报告\n"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("报告石湾镇")));
  EXPECT_THAT(document.text, HasSubstr("一、主要举措和成效\n"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("成效一、")));
  const auto count = [&](const std::string& text) {
    std::size_t found = 0;
    for (auto at = document.text.find(text); at != std::string::npos; at = document.text.find(text, at + 1)) ++found;
    return found;
  };
  EXPECT_EQ(count("同上。"), 2u);
  EXPECT_EQ(count("石湾镇"), 1u);
  EXPECT_THAT(document.text, HasSubstr("受理"));
  EXPECT_THAT(document.text, HasSubstr("办理"));
  EXPECT_EQ(document.metadata.get("ofd.overprinted_words"), "2");
}

// `count` one-glyph words of `text`, `pitch` points apart from `left`, at one top: a leader drawn one object a dot.
std::vector<layout::Word> glyphs_in_a_row(const std::string& text, std::size_t count, double left, double pitch,
                                          double top = 100, double height = 10) {
  std::vector<layout::Word> words;
  for (std::size_t i = 0; i < count; ++i) {
    const double x = left + pitch * static_cast<double>(i);
    words.push_back({x, top, x + 3, top + height, text, false});
  }
  return words;
}

TEST(OfdPageText, ALeaderOfThousandsOfDotsAtOneHeightIsKeptWholeAndItsOverprintReadOnce) {
  // 20,000 dots 2 pt apart, more than 0.15 of their height: none is another's overprint, and each is read.
  auto leader = glyphs_in_a_row(".", 20000, 10, 2);
  EXPECT_EQ(drop_overprints(leader), 0u);
  EXPECT_EQ(leader.size(), 20000u);
  // The same leader drawn twice, the second pass 0.2 pt right and after the first (simulated bold): read once.
  auto bold = glyphs_in_a_row(".", 20000, 10, 2);
  const auto second_pass = glyphs_in_a_row(".", 20000, 10.2, 2);
  bold.insert(bold.end(), second_pass.begin(), second_pass.end());
  EXPECT_EQ(drop_overprints(bold), 20000u);
  ASSERT_EQ(bold.size(), 20000u);
  EXPECT_DOUBLE_EQ(bold.back().left, 10 + 2 * 19999.0);
  // A title drawn twice beside the dots reads once; the same words a line lower and one across the page stay.
  auto page_words = glyphs_in_a_row(".", 20000, 10, 2);
  for (const auto& [left, top] : std::vector<std::pair<double, double>>{{60, 40}, {60.15, 40.1}, {60, 60}, {300, 40}})
    page_words.push_back({left, top, left + 200, top + 16, "柳溪县司法局2024年度法治政府建设情况报告", false});
  EXPECT_EQ(drop_overprints(page_words), 1u);
  EXPECT_EQ(page_words.size(), 20003u);
}

TEST(OfdPageText, TextOutsideThePageIsRecordedNotRead) {
  const std::string content = page(
      R"(<ofd:TextObject ID="1" Boundary="-60 -20 50 6" Size="3"><ofd:TextCode X="0" Y="3">DZWJ-2025-000417-QX</ofd:TextCode></ofd:TextObject>)" +
      text_at(2, 47, 37, "柳溪县人民政府2024年度法治政府建设情况报告") +
      text_at(3, 39, 50, "全年办理行政复议案件4件。") +
      R"(<ofd:TextObject ID="4" Boundary="215 100 50 6" Size="3"><ofd:TextCode X="0" Y="3">页外批注</ofd:TextCode></ofd:TextObject>)");
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_THAT(document.metadata.all("removed.off-page-text"), ElementsAre("DZWJ-2025-000417-QX 页外批注"));
  EXPECT_EQ(document.text.rfind("柳溪县人民政府2024年度法治政府建设情况报告", 0), 0u);
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("DZWJ")));
}

TEST(OfdPageText, PaleLevelWatermarkIsRecordedNotReadAndAnInvisibleOcrLayerIsRead) {
  const std::string content = page(
      text_at(1, 28, 100, "行政复议（件）") + text_at(2, 90, 100, "4") +
      R"(<ofd:TextObject ID="3" Boundary="45 96 120 16" Size="14" Alpha="60"><ofd:FillColor Value="200 200 200" Alpha="60"/><ofd:TextCode X="0" Y="14">柳溪县人民政府网</ofd:TextCode></ofd:TextObject>)" +
      text_at(4, 28, 120, "全年办理行政诉讼案件", R"( Fill="false")") +
      R"(<ofd:TextObject ID="5" Boundary="28 130 150 6" Size="4"><ofd:FillColor Value="0 0 0" Alpha="0"/><ofd:TextCode X="0" Y="4">应诉率100%。</ofd:TextCode></ofd:TextObject>)");
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_THAT(document.metadata.all("removed.watermark-text"), ElementsAre("柳溪县人民政府网"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("人民政府网")));
  EXPECT_THAT(document.text, HasSubstr("全年办理行政诉讼案件"));
  EXPECT_THAT(document.text, HasSubstr("应诉率100%。"));
}

// A seal of `name` drawn as text round a ring centred at (cx, cy) mm, radius 15 mm, over its top from -100° to
// +100°: each glyph a TextObject turned to follow the ring, the middle one upright; `inner` level inside it.
std::string seal_ring(double cx, double cy, const std::string& name, const std::string& inner) {
  const std::u32string glyphs = decode_utf8(name);
  std::string objects;
  const double pi = std::acos(-1.0);
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    const double degrees = -100 + 200.0 * static_cast<double>(i) / static_cast<double>(glyphs.size() - 1);
    const double angle = degrees * pi / 180;
    const double x = cx + 15 * std::sin(angle) - 4, y = cy - 15 * std::cos(angle) - 4;
    objects += fmt::format(
        R"(<ofd:TextObject ID="{}" Boundary="{:.3f} {:.3f} 8 8" CTM="{:.4f} {:.4f} {:.4f} {:.4f} 4 4" Size="5"><ofd:FillColor Value="230 0 0"/><ofd:TextCode X="-2.5" Y="1.8">{}</ofd:TextCode></ofd:TextObject>)",
        900 + i, x, y, std::cos(angle), std::sin(angle), -std::sin(angle), std::cos(angle),
        encode_utf8(glyphs.substr(i, 1)));
  }
  objects += fmt::format(
      R"(<ofd:TextObject ID="950" Boundary="{} {} 16 5" Size="3.2"><ofd:FillColor Value="230 0 0"/><ofd:TextCode X="0" Y="3.2">{}</ofd:TextCode></ofd:TextObject>)",
      cx - 8, cy + 4, inner);
  objects += fmt::format(
      R"(<ofd:PathObject ID="951" Boundary="{} {} 38 38" LineWidth="1"><ofd:AbbreviatedData>M 38 19 A 19 19 0 1 1 0 19 A 19 19 0 1 1 38 19 C</ofd:AbbreviatedData></ofd:PathObject>)",
      cx - 19, cy - 19);
  return objects;
}

TEST(OfdPageText, ASealDrawnAsTextLeavesTheSignatureAndItsDateWhole) {
  // The signature, one glyph per object in the text's type, under the seal's ring; its date below.
  std::string signature;
  const std::u32string issuer = U"桐林镇人民政府";
  for (std::size_t i = 0; i < issuer.size(); ++i)
    signature +=
        text_at(20 + static_cast<int>(i), 106 + 8.36 * static_cast<double>(i), 226, encode_utf8(issuer.substr(i, 1)));
  const std::string content =
      page(text_at(1, 39, 200, "（三）夯实基层基础。推进公共法律服务站点建设，实现村（社区）法律顾问全覆盖。") +
           signature + text_at(30, 125, 236, "2025年2月11日") + seal_ring(140, 232, "桐林镇人民政府", "法治专用章"));
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_THAT(document.metadata.all("removed.seal-text"), ElementsAre("人法治专用章"));
  EXPECT_THAT(document.text, HasSubstr("桐林镇人民政府\n2025年2月11日"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("专用章")));
}

TEST(OfdPageText, GlyphsTurnedOneWayAreNoSealAndSmallTypeBesideThemStays) {
  // A table's column headers set sideways, all turned the same way, beside a note in small type: no seal.
  std::string objects;
  for (int i = 0; i < 4; ++i) {
    objects += fmt::format(
        R"(<ofd:TextObject ID="{}" Boundary="{} 60 6 6" CTM="0 -1 1 0 0 6" Size="4"><ofd:TextCode X="0" Y="4">{}</ofd:TextCode></ofd:TextObject>)",
        40 + i, 100 + 6 * i, std::vector<std::string>{"序", "号", "数", "量"}[static_cast<std::size_t>(i)]);
  }
  const std::string content = page(
      text_at(1, 39, 50, "全年办理行政复议案件4件，行政应诉案件3件。") + objects +
      R"(<ofd:TextObject ID="2" Boundary="100 62 30 4" Size="3"><ofd:TextCode X="0" Y="3">注：单位件</ofd:TextCode></ofd:TextObject>)");
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_TRUE(document.metadata.all("removed.seal-text").empty());
  EXPECT_THAT(document.text, HasSubstr("注：单位件"));
}

TEST(OfdPageText, TwoSealsSideBySideAreEachClearedAndBothSignaturesStayWhole) {
  // A joint report of two organs: each signs in the text's type, glyph by glyph, under its own seal, 65 mm apart.
  const auto signature = [](int id, double left, const std::u32string& organ) {
    std::string objects;
    for (std::size_t i = 0; i < organ.size(); ++i)
      objects +=
          text_at(id + static_cast<int>(i), left + 4.2 * static_cast<double>(i), 226, encode_utf8(organ.substr(i, 1)));
    return objects;
  };
  const std::string content =
      page(text_at(1, 39, 200, "（三）夯实基层基础。推进公共法律服务站点建设，实现村（社区）法律顾问全覆盖。") +
           signature(20, 60, U"桐林镇人民政府") + signature(40, 125, U"桐林镇司法所") +
           text_at(60, 60, 236, "2025年2月11日") + seal_ring(75, 232, "桐林镇人民政府", "★") +
           seal_ring(140, 232, "桐林镇司法所", "法治专用章"));
  const auto document = read_ofd_bytes(one_page_ofd(content));
  ASSERT_EQ(document.metadata.all("removed.seal-text").size(), 1u);
  const std::string seal = document.metadata.all("removed.seal-text").front();
  EXPECT_THAT(seal, HasSubstr("★"));
  EXPECT_THAT(seal, HasSubstr("法治专用章"));
  EXPECT_THAT(document.text, HasSubstr("桐林镇人民政府"));
  EXPECT_THAT(document.text, HasSubstr("桐林镇司法所"));
  EXPECT_THAT(document.text, HasSubstr("2025年2月11日"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("专用章")));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("★")));
}

TEST(OfdPageText, SmallTypeBetweenTwoSealsIsNoSealText) {
  // Two seals 110 mm apart; a note in small type between them, outside both rings, stays.
  const std::string content = page(
      text_at(1, 39, 200, "全年办理行政复议案件4件，行政应诉案件3件。") +
      text_at(3, 39, 208, "行政机关负责人出庭应诉率100%，未发生败诉案件。") + text_at(4, 39, 216, "特此报告。") +
      seal_ring(45, 232, "桐林镇人民政府", "★") + seal_ring(155, 232, "桐林镇司法所", "★") +
      R"(<ofd:TextObject ID="2" Boundary="90 230 30 4" Size="3"><ofd:TextCode X="0" Y="3">（联合印发）</ofd:TextCode></ofd:TextObject>)");
  const auto document = read_ofd_bytes(one_page_ofd(content));
  EXPECT_THAT(document.metadata.all("removed.seal-text"), ElementsAre("人★★"));
  EXPECT_THAT(document.text, HasSubstr("（联合印发）"));
}

TEST(OfdSniff, AnOfdZipIsClaimedAndADocxIsNot) {
  const OfdInput input(ofd_context());
  EXPECT_EQ(input.sniff(fixture("stamped.ofd")), 95);
  EXPECT_EQ(input.sniff(test::read_file(test::kTestData / "docx" / "table.docx")), 0);
  EXPECT_EQ(input.sniff("一、工作情况"), 0);
}

}  // namespace
}  // namespace docpipe::ofd
