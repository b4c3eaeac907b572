// input.doc: Word 97–2003 binary files and .wps — tracked changes, tables, fields, main text only, and
// legacy, encrypted, disguised and hostile files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <future>
#include <map>
#include <sstream>
#include <string_view>
#include <tuple>

#include "doc_input.hpp"
#include "docpipe/contents_lines.hpp"
#include "docpipe/layout_tables.hpp"
#include "docpipe/text.hpp"
#include "main_text.hpp"
#include "mapped_libraries.hpp"
#include "test_support.hpp"
#include "text_boxes.hpp"
#include "word_binary.hpp"

namespace docpipe::doc {
namespace {

using test::table_cells;
using ::testing::HasSubstr;
using ::testing::Not;

PluginContext doc_context() {
  PluginContext context;
  context.parameters.set("max_stream_megabytes", std::int64_t{64});
  context.parameters.set("remove_artifacts", true);
  return context;
}

Document read_doc_bytes(const std::string& bytes) {
  Document document;
  DocInput(doc_context()).read(bytes, document);
  return document;
}

std::string error_of(const std::string& bytes) {
  try {
    read_doc_bytes(bytes);
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

std::string without_spaces(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

std::string fixture(const std::string& name) { return test::read_file(test::kTestData / "doc" / name); }

// libgsf and the GLib it brings are loaded with the compound-file module on the first Word binary document, not by
// every run whose pipeline names input.doc (ctest runs each test in a process of its own).
TEST(DocReaderModule, LibgsfIsLoadedOnlyWhenADocumentNeedsIt) {
  ASSERT_FALSE(test::mapped("libgsf"));
  DocInput input(doc_context());
  EXPECT_FALSE(test::mapped(kCompoundFileModuleFile));
  Document document;
  input.read(test::read_file(test::kTestData / "formats" / "000_cef3d45027b726e1.doc"), document);
  EXPECT_FALSE(document.text.empty());
  EXPECT_TRUE(test::mapped(kCompoundFileModuleFile));
  EXPECT_TRUE(test::mapped("libgsf"));
}
// A report saved as .doc and as .docx (scripts/make-doc-fixtures.py, PAIRED): the .doc.
std::string pair_fixture(const std::string& name) { return test::read_file(test::kTestData / "doc-pairs" / name); }
std::string report_doc() { return test::read_file(test::kTestData / "formats" / "001_45bb725d25c6ce65.doc"); }

// The text of each block, in order.
std::vector<std::string> block_texts(const Document& document) {
  std::vector<std::string> texts;
  const std::u32string text = decode_utf8(document.text);
  for (const auto& block : document.blocks)
    texts.push_back(encode_utf8(text.substr(block.start, block.end - block.start)));
  return texts;
}

std::uint32_t u32_at(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  std::memcpy(&value, bytes.data() + at, 4);
  return value;
}

std::uint16_t u16_at(const std::string& bytes, std::size_t at) {
  std::uint16_t value = 0;
  std::memcpy(&value, bytes.data() + at, 2);
  return value;
}
void put_u32(std::string& bytes, std::size_t at, std::uint32_t value) { std::memcpy(bytes.data() + at, &value, 4); }

// [MS-CFB] header fields of a version 3 file (512-byte sectors).
constexpr std::size_t kFirstDirectorySector = 0x30, kFirstFatSector = 0x4C, kSector = 512;
std::size_t sector_offset(std::uint32_t sector) { return (sector + 1) * kSector; }

// The directory entry of the WordDocument stream, found by its UTF-16 name.
std::size_t word_document_entry(const std::string& bytes) {
  const std::string name("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);
  std::size_t at = bytes.find(name);
  while (at != std::string::npos && at % 128 != 0) at = bytes.find(name, at + 1);
  return at;
}

// The start of the WordDocument stream (its FIB) in the file, through the directory entry.
std::size_t fib_offset(const std::string& bytes) {
  return sector_offset(u32_at(bytes, word_document_entry(bytes) + 0x74));
}

TEST(DocRevisions, ATrackedDeletionIsDroppedAndAnInsertionKept) {
  const auto document = read_doc_bytes(fixture("tracked-changes.doc"));
  EXPECT_EQ(document.format, "doc");
  EXPECT_THAT(document.text, HasSubstr("全年开展法治讲座14期，受众860人次。"));
  EXPECT_THAT(document.text, Not(HasSubstr("12期")));
  EXPECT_THAT(document.text, Not(HasSubstr("500人次")));
  EXPECT_FALSE(document.metadata.get("doc.deleted_revision_characters").empty());
  EXPECT_FALSE(document.metadata.get("doc.inserted_revision_characters").empty());
}

TEST(DocTables, ATableReadsCellByCell) {
  const auto document = read_doc_bytes(fixture("table.doc"));
  const auto cells = table_cells(document);
  EXPECT_THAT(cells, ::testing::ElementsAre("0:0:0=指标", "0:0:1=数量", "0:1:0=法治讲座", "0:1:1=14期",
                                            "0:2:0=调解纠纷", "0:2:1=38件"));
  EXPECT_THAT(document.text, HasSubstr("主要指标如下：\n指标\n"));
  EXPECT_THAT(document.text, HasSubstr("38件\n以上为本年度情况。"));
}

TEST(DocTables, ACellMergedAcrossColumnsTakesEveryColumnItSpans) {
  const auto cells = table_cells(read_doc_bytes(fixture("merged-cells.doc")));
  // 合计 spans 序号 and 类别: its figures stay under 受理 and 调解成功.
  EXPECT_THAT(cells, ::testing::IsSupersetOf({"0:0:2=受理", "0:0:3=调解成功", "0:2:0=合计", "0:2:2=41", "0:2:3=40"}));
  // 案件数（件） spans 一般程序 and 简易程序; the row under it has one cell more than the header row.
  EXPECT_THAT(cells, ::testing::IsSupersetOf({"1:0:0=领域", "1:0:1=案件数（件）", "1:1:1=一般程序", "1:1:2=简易程序",
                                              "1:2:0=食品安全", "1:2:1=121", "1:2:2=16"}));
}

TEST(DocTables, RowsWhosePropertiesAreInTheDataStreamStillEnd) {
  // Seven bordered columns and a cell merged down: LibreOffice moves each row's properties, its end mark with them,
  // to the Data stream (sprmPHugePapx). Read from the FKP pages alone, no row ended: the table was one row.
  const auto document = read_doc_bytes(fixture("merged-down.doc"));
  const auto cells = table_cells(document);
  EXPECT_THAT(cells, ::testing::IsSupersetOf({"0:0:0=类别", "0:0:6=合计", "0:1:0=行政复议", "0:1:1=收案", "0:1:6=50",
                                              "0:2:1=审结", "0:2:6=47", "0:3:1=纠错", "0:3:4=—", "0:3:6=6",
                                              "0:4:0=行政应诉", "0:4:6=26"}));
  // The rows the merged cell covers start at its column with nothing, as input.docx reads a vMerge continuation.
  EXPECT_THAT(cells, ::testing::Each(::testing::Not(::testing::StartsWith("0:2:0="))));
  EXPECT_THAT(cells, ::testing::Each(::testing::Not(::testing::StartsWith("0:3:0="))));
  EXPECT_EQ(cells.size(), 33u);
  EXPECT_THAT(document.text, HasSubstr("26\n以上为本年度情况。"));
}

TEST(DocRevisions, HiddenTextIsNotReadAndVisibleTextAroundItIs) {
  // A reviser's notes hidden beside the figures (sprmCFVanish), as LibreOffice writes a DOCX's w:vanish runs:
  // read, 6次 was 6（原稿为5次，已核）次 and gave the figures 5次 and 3次 of the notes.
  const auto document = read_doc_bytes(fixture("hidden-text.doc"));
  EXPECT_THAT(document.text, HasSubstr("全年带头学法6次，听取法治建设工作汇报4次，研究解决法治建设重大问题7个"));
  EXPECT_THAT(document.text, Not(HasSubstr("原稿")));
  EXPECT_THAT(document.text, Not(HasSubstr("待核实")));
  EXPECT_FALSE(document.metadata.get("doc.hidden_characters").empty());
  // The paragraphs around the hidden runs stay apart, and visible text elsewhere is all kept.
  EXPECT_THAT(document.text, HasSubstr("投入资金18.6万元。\n"));
  EXPECT_THAT(document.text, HasSubstr("办理法律援助案件19件。"));
}

TEST(DocSuperscripts, AFootnoteMarkRaisedInsideAFigureIsDroppedAndRecorded) {
  // 咨询8 + a superscript 2 (a note's mark) + 3人次: read, the figure was 823人次.
  const auto document = read_doc_bytes(fixture("hidden-text.doc"));
  EXPECT_THAT(document.text, HasSubstr("接待群众咨询83人次，办理法律援助案件19件。"));
  EXPECT_THAT(document.metadata.all("removed.footnote-mark"), ::testing::ElementsAre("2"));
  // Figures set in ordinary type around it keep every digit.
  EXPECT_THAT(document.text, HasSubstr("投入资金18.6万元。"));
  EXPECT_TRUE(read_doc_bytes(report_doc()).metadata.all("removed.footnote-mark").empty());
}

// A paragraph style that hides its text (sprmCFVanish in the style's UpxChpx: a reviser's 内部核对 style over
// （内部核对：原稿为59件，已核）) hides its paragraphs, as input.docx reads a paragraph style's w:vanish; a run that
// turns it off shows its text, and the paragraphs around are read.
TEST(DocRevisions, AParagraphStylesHiddenTextIsNotRead) {
  const auto document = read_doc_bytes(fixture("hidden-paragraph-style.doc"));
  EXPECT_THAT(block_texts(document),
              ::testing::ElementsAre("测试县司法局2024年度法治政府建设情况报告", "全年办理行政复议案件62件，纠错9件。",
                                     "行政机关负责人出庭应诉率100%。", "全年开展法治讲座14期。"));
  EXPECT_THAT(document.text, Not(HasSubstr("59件")));
  EXPECT_FALSE(document.metadata.get("doc.hidden_characters").empty());
}

TEST(DocRevisions, ADocumentWithoutHiddenTextRecordsNone) {
  const auto document = read_doc_bytes(fixture("table.doc"));
  EXPECT_TRUE(document.metadata.get("doc.hidden_characters").empty());
  EXPECT_THAT(document.text, HasSubstr("以上为本年度情况。"));
}

TEST(DocMainText, FootnotesEndnotesCommentsAndHeadersStayOutOfTheBody) {
  const auto document = read_doc_bytes(fixture("notes-and-headers.doc"));
  EXPECT_THAT(document.text, HasSubstr("全年开展法治讲座14期，调解纠纷38件。"));
  for (const char* outside : {"脚注", "尾注", "批注", "页眉", "页脚"})
    EXPECT_THAT(document.text, Not(HasSubstr(outside)));
  EXPECT_FALSE(document.metadata.get("doc.footnote_characters").empty());
  EXPECT_FALSE(document.metadata.get("doc.header_characters").empty());
  EXPECT_FALSE(document.metadata.get("doc.comment_characters").empty());
}

// Word keeps a text box's text in a story after the main text: each box is read once, after the paragraph its shape
// is anchored in, as input.docx reads w:txbxContent — a red head's organ name before the 文号 and the title, a 专栏
// anchored mid-sentence after its whole sentence, a group's boxes in the order the group writes them.
TEST(DocTextBoxes, EachTextBoxIsReadOnceAfterTheParagraphItIsAnchoredIn) {
  const auto document = read_doc_bytes(fixture("text-boxes.doc"));
  EXPECT_THAT(
      block_texts(document),
      ::testing::ElementsAre("安和县柳溪镇人民政府文件", "柳政发〔2025〕4号", "柳溪镇2024年度法治政府建设情况报告",
                             "一、主要举措和成效", "全年组织集中学法6次，参学干部312人次。", "专栏：法律顾问进村",
                             "全年为17个村提供法律咨询245人次，审查村规民约17份。", "办理行政复议案件9件，纠错2件。",
                             "复议案件按以下流程办理。", "第一步：登记受理", "第二步：审查决定", "二、存在的不足",
                             "执法人员仅有5名。"));
  EXPECT_EQ(document.metadata.get("doc.text_boxes"), "4");
  EXPECT_TRUE(document.metadata.get("doc.textbox_characters").empty());  // nothing of the story left out
}

// PlcftxbxTxt's CPs, then one FTXBXS a box (fReusable 0, the shape id at 14): the table stream of a document whose
// boxes are given by their story CPs.
std::string text_box_table(const std::vector<std::uint32_t>& cps) {
  std::string table;
  const auto put32 = [&](std::uint32_t value) {
    for (int shift = 0; shift < 32; shift += 8) table.push_back(static_cast<char>((value >> shift) & 0xFF));
  };
  for (const auto cp : cps) put32(cp);
  for (std::size_t box = 0; box + 1 < cps.size(); ++box) {
    std::string descriptor(22, '\0');
    descriptor[14] = static_cast<char>(box % 250 + 1);
    table += descriptor;
  }
  return table;
}

// A damaged or hostile PlcftxbxTxt whose boxes go back over the story would copy it once a box: each CP of the story
// is read at most once, and no more than 10,000 boxes are.
TEST(DocTextBoxes, EachCharacterOfTheStoryIsReadAtMostOnce) {
  std::vector<std::uint32_t> back_and_forth;
  for (int i = 0; i < 5'000; ++i) back_and_forth.insert(back_and_forth.end(), {0, 1'000});
  const std::string table = text_box_table(back_and_forth);
  Fib fib;
  fib.ccp_text = 50;
  fib.ccp_txbx = 1'000;
  fib.text_boxes = {0, static_cast<std::uint32_t>(table.size())};
  const auto boxes = read_text_boxes(Bytes(table, "table"), fib);
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_EQ(boxes.front().cp_start, 50u);
  EXPECT_EQ(boxes.front().cp_end, 1'050u);

  std::vector<std::uint32_t> one_character_each;
  for (std::uint32_t cp = 0; cp <= 20'000; ++cp) one_character_each.push_back(cp);
  const std::string many = text_box_table(one_character_each);
  fib.ccp_txbx = 20'000;
  fib.text_boxes = {0, static_cast<std::uint32_t>(many.size())};
  EXPECT_EQ(read_text_boxes(Bytes(many, "table"), fib).size(), 10'000u);
}

// A document without text boxes reads as before, its footnotes and headers still out of the body.
TEST(DocTextBoxes, ADocumentWithoutTextBoxesReadsAsBefore) {
  const auto document = read_doc_bytes(fixture("notes-and-headers.doc"));
  EXPECT_THAT(block_texts(document),
              ::testing::ElementsAre("某某镇2024年法治政府建设工作报告", "全年开展法治讲座14期，调解纠纷38件。"));
  EXPECT_TRUE(document.metadata.get("doc.text_boxes").empty());
}

// The heading level of each paragraph block, by its text; 0 for body text.
std::map<std::string, int> heading_levels(const Document& document) {
  std::map<std::string, int> levels;
  for (const auto& block : document.blocks) {
    const auto text = decode_utf8(document.text).substr(block.start, block.end - block.start);
    levels[without_spaces(encode_utf8(text))] = block.heading_level.value_or(0);
  }
  return levels;
}

TEST(DocHeadings, AHeadingStyleOrAnOutlineLevelMakesAHeadingWithoutANumber) {
  const auto document = read_doc_bytes(fixture("heading-styles.doc"));
  const auto levels = heading_levels(document);
  EXPECT_EQ(levels.at("规范行政执法行为"), 2);      // the style Heading 2 (its built-in sti)
  EXPECT_EQ(levels.at("加大重点领域执法力度"), 3);  // outline level 3 on the paragraph
  EXPECT_EQ(levels.at("全年查处案件31件。"), 0);
  for (const auto& block : document.blocks) {
    EXPECT_EQ(block.kind == BlockKind::heading, block.heading_level.has_value());
  }
}

TEST(DocFields, FieldCodesAreDroppedAndResultsKept) {
  const auto document = read_doc_bytes(fixture("fields.doc"));
  EXPECT_THAT(document.text, HasSubstr("本页为第1页，共1页。"));
  EXPECT_THAT(document.text, Not(HasSubstr("PAGE")));
}

TEST(DocNumbering, AutomaticListLabelsAreRenderedWithLowerLevelsRestarting) {
  const auto document = read_doc_bytes(fixture("numbering.doc"));
  std::vector<std::string> labels;
  for (const auto& block : document.blocks) labels.push_back(block.numbering_label);
  EXPECT_THAT(labels, ::testing::ElementsAre("", "一、", "（一）", "（二）", "二、", "（一）"));
  EXPECT_THAT(without_spaces(document.text),
              HasSubstr("一、工作开展情况\n（一）加强组织领导\n（二）完善制度建设\n二、存在问题"));
}

// The first LVL of numbering.doc's list (start 1, its number text "\0、"): its MSONFC byte, found by its shape so
// the test needs no offsets of the fixture.
std::size_t first_level_format_offset(const std::string& bytes) {
  for (std::size_t at = 0; at + 40 < bytes.size(); ++at) {
    if (u32_at(bytes, at) != 1) continue;
    const std::size_t text =
        at + 28 + static_cast<unsigned char>(bytes[at + 24]) + static_cast<unsigned char>(bytes[at + 25]);
    if (text + 6 <= bytes.size() && u16_at(bytes, text) == 2 && u16_at(bytes, text + 2) == 0 &&
        u16_at(bytes, text + 4) == 0x3001)
      return at + 4;
  }
  return std::string::npos;
}

// A list in the 大写 numerals (msonfcChnDbNum2, Word's chineseLegalSimplified) reads 壹、贰、 as Word shows it, not
// 一、二、; its second level, in ordinary numerals, is unchanged.
TEST(DocNumbering, ChineseLegalNumeralsAreTheFinancialForms) {
  std::string bytes = fixture("numbering.doc");
  const std::size_t format = first_level_format_offset(bytes);
  ASSERT_NE(format, std::string::npos);
  bytes[format] = 0x26;
  const auto document = read_doc_bytes(bytes);
  std::vector<std::string> labels;
  for (const auto& block : document.blocks) labels.push_back(block.numbering_label);
  EXPECT_THAT(labels, ::testing::ElementsAre("", "壹、", "（一）", "（二）", "贰、", "（一）"));
}

// The MSONFC codes of the other East Asian formats map onto the numFmt names format_number renders: msonfcDbNum3
// (japaneseLegal) reads 壱、弐、, msonfcGB2 (decimalEnclosedParen) ⑴ ⑵, as Word shows them.
TEST(DocNumbering, OtherEastAsianCodesRenderAsWordShowsThem) {
  for (const auto& [code, first, second] : {std::tuple<char, std::string, std::string>{0x10, "壱、", "弐、"},
                                            {0x1B, "⑴、", "⑵、"},
                                            {0x0E, "１、", "２、"}}) {
    std::string bytes = fixture("numbering.doc");
    const std::size_t format = first_level_format_offset(bytes);
    ASSERT_NE(format, std::string::npos);
    bytes[format] = code;
    const auto document = read_doc_bytes(bytes);
    std::vector<std::string> labels;
    for (const auto& block : document.blocks) labels.push_back(block.numbering_label);
    EXPECT_THAT(labels, ::testing::ElementsAre("", first, "（一）", "（二）", second, "（一）"));
  }
}

std::vector<std::string> numbering_labels(const Document& document) {
  std::vector<std::string> labels;
  for (const auto& block : document.blocks) labels.push_back(block.numbering_label);
  return labels;
}

// The labels input.docx reads of the same report saved as .docx.
std::vector<std::string> docx_labels(const std::string& name) {
  return numbering_labels(test::process_with_default_pipeline(test::kTestData / "doc-pairs" / (name + ".docx")));
}

// Headings of one list written as separate lists continuing it run on 一、二、三 whatever lies between them; the items
// of another list between them start again where a list of them is started anew at 1 (LibreOffice writes it as a
// list of its own), as input.docx reads the .docx and LibreOffice reads the .doc.
TEST(DocNumbering, ListsContinuedAcrossLfosRunOnAndARestartedListStartsAgain) {
  const auto labels = numbering_labels(read_doc_bytes(pair_fixture("list-two-instances.doc")));
  EXPECT_THAT(labels, ::testing::ElementsAre("", "一、", "1.", "2.", "二、", "1.", "三、", ""));
  EXPECT_EQ(labels, docx_labels("list-two-instances"));
}

// A table stream holding one simple list (lsid 7: "1.", decimal, nothing after the number) and the LFOs given, each
// (lsid, its LFOLVLs as raw bytes), for a ListNumbering read from it.
ListNumbering numbering_of(const std::vector<std::pair<std::int32_t, std::string>>& lfos, std::uint8_t level_count) {
  const auto u16 = [](std::uint16_t value) {
    return std::string{static_cast<char>(value & 0xFF), static_cast<char>(value >> 8)};
  };
  const auto u32 = [&](std::uint32_t value) { return u16(value & 0xFFFF) + u16(value >> 16); };
  std::string table = u16(1);                                          // cLst
  table += u32(7) + u32(0) + std::string(18, '\xFF') + '\x01' + '\0';  // LSTF: lsid, tplc, rgistdPara, fSimpleList
  std::string lvlf = u32(1) + '\0' + '\0' + '\x01' + std::string(8, '\0') + '\x02' + std::string(8, '\0') +
                     std::string(4, '\0');     // iStartAt 1, nfc 0, …, ixchFollow 2, cb 0/0
  table += lvlf + u16(2) + u16(0) + u16('.');  // LVL: number text "\0."
  Fib fib;
  fib.list_formats = {0, static_cast<std::uint32_t>(table.size())};
  const auto overrides_at = static_cast<std::uint32_t>(table.size());
  table += u32(static_cast<std::uint32_t>(lfos.size()));
  for (const auto& [lsid, levels] : lfos)
    table += u32(static_cast<std::uint32_t>(lsid)) + u32(0) + u32(0) +
             static_cast<char>(levels.empty() ? 0 : level_count) + std::string(3, '\0');
  for (const auto& [lsid, levels] : lfos) table += u32(0xFFFFFFFF) + levels;
  fib.list_overrides = {overrides_at, static_cast<std::uint32_t>(table.size() - overrides_at)};
  return ListNumbering(Bytes(table, "table"), fib);  // which copies what it reads
}

// Two LFOs over one list share its numbers (one list, continued); an LFO that overrides the start (LFOLVL fStartAt)
// restarts the list where a paragraph first names it, and the numbers run on from there whichever LFO a paragraph
// names, as input.docx reads a w:num's startOverride. An LFO that redefines the level (fFormatting) shows its format.
TEST(DocNumbering, AnLfosStartOverrideRestartsTheListItShares) {
  const auto u32 = [](std::uint32_t value) {
    std::string bytes(4, '\0');
    std::memcpy(bytes.data(), &value, 4);
    return bytes;
  };
  ListNumbering shared = numbering_of({{7, ""}, {7, ""}}, 0);
  EXPECT_EQ(shared.next_label(1, 0), "1.");
  EXPECT_EQ(shared.next_label(2, 0), "2.");
  EXPECT_EQ(shared.next_label(1, 0), "3.");

  ListNumbering restarted = numbering_of({{7, ""}, {7, u32(5) + u32(0x10)}}, 1);  // level 0 starts at 5
  EXPECT_EQ(restarted.next_label(1, 0), "1.");
  EXPECT_EQ(restarted.next_label(1, 0), "2.");
  EXPECT_EQ(restarted.next_label(2, 0), "5.");
  EXPECT_EQ(restarted.next_label(1, 0), "6.");
  EXPECT_EQ(restarted.next_label(2, 0), "7.");  // the override restarts the list once, where it is first used

  // Level 0 redefined: chineseLegalSimplified (0x26), its number text "\0、", started at 1.
  std::string lvl = u32(1) + std::string(1, '\x26') + std::string(1, '\0') + '\x01' + std::string(8, '\0') + '\x02' +
                    std::string(12, '\0');
  lvl += std::string{'\x02', '\0', '\0', '\0', '\x01', '\x30'};
  ListNumbering redefined = numbering_of({{7, ""}, {7, u32(1) + u32(0x30) + lvl}}, 1);
  EXPECT_EQ(redefined.next_label(1, 0), "1.");
  EXPECT_EQ(redefined.next_label(2, 0), "壹、");
  EXPECT_EQ(redefined.next_label(1, 0), "2.");  // the list's own format, its number run on from the restart
  // An override that runs past the stream is dropped, the list read without it.
  ListNumbering cut = numbering_of({{7, ""}, {7, u32(5)}}, 1);
  EXPECT_EQ(cut.next_label(2, 0), "1.");
}

// Level-2 items in lists of their own after each level-1 heading restart under each heading.
TEST(DocNumbering, ALevelRestartsAfterEachHeadingOfTheLevelAboveIt) {
  const auto labels = numbering_labels(read_doc_bytes(pair_fixture("list-level-restart.doc")));
  EXPECT_THAT(labels, ::testing::ElementsAre("", "一、", "（一）", "（二）", "", "二、", "（一）", ""));
  EXPECT_EQ(labels, docx_labels("list-level-restart"));
}

// Where a paragraph's own properties set its list (sprmPIlfo, or `sprm`: sprmPIlvl): every occurrence of the sprm but
// those a style's properties hold, found as the few bytes after its name (a style's UpxPapx follows its name in the
// STD).
std::vector<std::size_t> paragraph_list_sprms(const std::string& bytes, std::u16string_view style_name,
                                              std::string_view sprm = "\x0B\x46") {
  std::string name;
  for (const char16_t c : style_name) name += std::string{static_cast<char>(c & 0xFF), static_cast<char>(c >> 8)};
  std::vector<std::size_t> names;
  for (std::size_t at = bytes.find(name); at != std::string::npos; at = bytes.find(name, at + 1)) names.push_back(at);
  constexpr std::size_t kStyleTail = 64;  // a style's name to the end of its UpxPapx
  std::vector<std::size_t> sprms;
  for (std::size_t at = bytes.find(sprm); at != std::string::npos; at = bytes.find(sprm, at + 1)) {
    if (std::none_of(names.begin(), names.end(), [&](std::size_t n) { return at > n && at - n < kStyleTail; }))
      sprms.push_back(at);
  }
  return sprms;
}

// Word numbers headings through their styles: 标题 1 and 标题 2 linked to a list keep sprmPIlfo in the styles'
// properties, and a paragraph that names only its style is numbered by it (LibreOffice writes the list on both: the
// test takes it off the paragraphs, leaving an unknown sprm of the same size). A paragraph's own ilfo of 0 takes the
// style's number away.
TEST(DocNumbering, AParagraphInAStyleLinkedToAListIsNumberedByIt) {
  std::string bytes = pair_fixture("list-in-heading-styles.doc");
  const auto labels = numbering_labels(read_doc_bytes(bytes));
  EXPECT_THAT(labels, ::testing::ElementsAre("", "一、", "（一）", "", "（二）", "", "二、", "", "三、", ""));
  EXPECT_EQ(labels, docx_labels("list-in-heading-styles"));
  const auto own = paragraph_list_sprms(bytes, u"Heading");
  ASSERT_EQ(own.size(), 5u);  // the five headings'
  for (const std::size_t at : own) bytes[at] = '\xFF';
  EXPECT_EQ(numbering_labels(read_doc_bytes(bytes)), labels);
  // A paragraph that sets its list but not its level takes its style's level (标题 2 stays （一）, R10).
  std::string own_lists = pair_fixture("list-in-heading-styles.doc");
  const auto levels = paragraph_list_sprms(own_lists, u"Heading", "\x0A\x26");
  ASSERT_EQ(levels.size(), 5u);
  for (const std::size_t at : levels) own_lists[at] = '\xFF';
  EXPECT_EQ(numbering_labels(read_doc_bytes(own_lists)), labels);
  // Each heading's own ilfo set to 0 (the sprm put back, its operand 0): that heading alone loses its number.
  for (const std::size_t at : own) {
    std::string unnumbered = bytes;
    unnumbered[at] = '\x0B';
    unnumbered[at + 2] = '\0';
    const auto left = numbering_labels(read_doc_bytes(unnumbered));
    EXPECT_EQ(std::count_if(left.begin(), left.end(), [](const std::string& label) { return !label.empty(); }), 4);
  }
}

// The second LVL of a list whose number text is "\0.\1" (壹.1): its flags byte (jc, fLegal, fNoRestart …).
std::size_t second_level_flags_offset(const std::string& bytes) {
  for (std::size_t at = 0; at + 40 < bytes.size(); ++at) {
    if (u32_at(bytes, at) != 1) continue;
    const std::size_t text =
        at + 28 + static_cast<unsigned char>(bytes[at + 24]) + static_cast<unsigned char>(bytes[at + 25]);
    if (text + 8 <= bytes.size() && u16_at(bytes, text) >= 3 && u16_at(bytes, text + 2) == 0 &&
        u16_at(bytes, text + 4) == u'.' && u16_at(bytes, text + 6) == 1)
      return at + 5;
  }
  return std::string::npos;
}

// A level numbered legally (fLegal) writes every number its text shows in decimal: 1.1 under 壹、, not 壹.1.
TEST(DocNumbering, ALegalLevelWritesTheNumbersItShowsInDecimal) {
  std::string bytes = pair_fixture("list-legal.doc");
  EXPECT_THAT(numbering_labels(read_doc_bytes(bytes)),
              ::testing::ElementsAre("", "壹、", "壹.1", "壹.2", "贰、", "贰.1"));
  EXPECT_EQ(numbering_labels(read_doc_bytes(bytes)), docx_labels("list-legal"));
  const std::size_t flags = second_level_flags_offset(bytes);
  ASSERT_NE(flags, std::string::npos);
  bytes[flags] = static_cast<char>(bytes[flags] | 0x04);
  EXPECT_THAT(numbering_labels(read_doc_bytes(bytes)), ::testing::ElementsAre("", "壹、", "1.1", "1.2", "贰、", "2.1"));
}

// A level that does not restart (fNoRestart) after levels from its ilvlRestartLim on runs on under the next heading.
TEST(DocNumbering, ALevelWithoutRestartRunsOnAfterTheLevelAboveIt) {
  std::string bytes = pair_fixture("list-legal.doc");
  const std::size_t flags = second_level_flags_offset(bytes);
  ASSERT_NE(flags, std::string::npos);
  bytes[flags] = static_cast<char>(bytes[flags] | 0x08);
  bytes[flags + 21] = 0;  // ilvlRestartLim: no level restarts it
  EXPECT_THAT(numbering_labels(read_doc_bytes(bytes)),
              ::testing::ElementsAre("", "壹、", "壹.1", "壹.2", "贰、", "贰.3"));
  bytes[flags + 21] = 1;  // restarted by the levels above level 1 (0-based): 贰、 restarts it
  EXPECT_THAT(numbering_labels(read_doc_bytes(bytes)),
              ::testing::ElementsAre("", "壹、", "壹.1", "壹.2", "贰、", "贰.1"));
}

TEST(DocConvertedLines, ADocOfAPdfsLinesIsReflowedIntoItsParagraphs) {
  // A report converted from a PDF, one paragraph per printed line, the page numbers as paragraphs: 执法人员2 /
  // — 2 — / .5名 lost the figure 2.5名, and 、进学校… after a page number read as a heading.
  const auto document = read_doc_bytes(fixture("converted-lines.doc"));
  EXPECT_FALSE(document.metadata.get("reflowed_line_breaks").empty());
  EXPECT_THAT(document.text, HasSubstr("平均每个所仅有执法人员2.5名；二是违法用地发现机制有待完善"));
  EXPECT_THAT(document.text,
              HasSubstr("进乡村、进社区、进学校、进企业、进单位活动，发放宣传资料1.2万份，营造了浓厚的法治氛围。"));
  EXPECT_THAT(document.text, HasSubstr("重大执法决定法制审核19件，审核率100%。"));
  EXPECT_THAT(document.text, Not(HasSubstr("— 1 —")));
  EXPECT_THAT(document.metadata.all("removed.page-number"), ::testing::Not(::testing::IsEmpty()));
  // Headings and the signature stay paragraphs of their own.
  const auto texts = block_texts(document);
  EXPECT_THAT(texts, ::testing::Contains("（一）强化法治建设组织保障"));
  EXPECT_THAT(texts, ::testing::Contains("二、存在的不足"));
  EXPECT_THAT(texts, ::testing::Contains("2026年1月26日"));
}

// A line break (Shift+Enter) is judged as input.docx judges a w:br: a heading wrapped to centre it (written 一、 or
// Word's 二、) is one heading, a sentence wrapped by hand in mid-sentence one paragraph; a heading over its first
// sentence, a numbered item over its address and a signature over its date keep their lines, and a numbered
// paragraph of two lines takes one number.
TEST(DocLineBreaks, OnlyAWrappedHeadingOrSentenceIsJoined) {
  const auto document = read_doc_bytes(fixture("line-breaks.doc"));
  EXPECT_THAT(
      block_texts(document),
      ::testing::ElementsAre("测试县司法局2024年度法治政府建设情况报告", "一、坚持依法决策，推进政府治理规范化",
                             "全年组织开展安全生产、食品药品等重点领域执法检查，累计检查经营主体386家次，"
                             "立案查处47件。",
                             "一、严格规范执法", "二、深化放管服改革，优化营商环境", "三、强化行政监督",
                             "全年召开常务会议12次。", "法律援助联系方式：", "1. 联系单位：测试县法律援助中心",
                             "人民路8号", "2. 受理事项：法律咨询、代写法律文书", "测试县司法局", "2024年1月10日"));
  EXPECT_EQ(document.blocks[4].numbering_label, "二、");
  EXPECT_EQ(document.blocks[8].numbering_label, "1.");
  EXPECT_EQ(document.blocks[9].numbering_label, "");
  EXPECT_EQ(document.blocks[10].numbering_label, "2.");
}

// A symbol font's character (the private-use code points LibreOffice writes for a DOCX's w:sym, in a run of Symbol or
// Wingdings) is the character Word shows, as input.docx reads w:sym: 2.4×1.2米 keeps its sign, ✓ and ✗ their items;
// one reports do not use is a space, so that 12 and 3 never read as 123.
TEST(DocSymbols, SymbolFontCharactersAreTheCharactersWordShows) {
  const auto document = read_doc_bytes(fixture("symbols.doc"));
  EXPECT_THAT(block_texts(document), ::testing::ElementsAre("测试镇2024年度法治政府建设情况报告",
                                                            "新建法治宣传栏24块（每块2.4×1.2米），群众满意率≥95%。",
                                                            "✓已完成年度任务32项，✗未完成2项。", "执法车辆12 3辆。"));
}

// Word's Insert Symbol writes sprmCSymbol (a font and the character's code in it) on a placeholder character: the
// code is read in the font the run names (Symbol 0xB4 is ×), and one in a font that is no symbol font is a space.
TEST(DocSymbols, AnInsertedSymbolIsReadInItsFont) {
  const std::vector<std::string> fonts{"Times New Roman", "Symbol", "Wingdings 2", "宋体"};
  std::vector<Character> characters;
  std::uint32_t fc = 0;
  for (const char32_t c : std::u32string(U"面积120(80米，(完成\r")) characters.push_back({c, fc++ * 2});
  const auto symbol = [](std::uint32_t at, std::uint16_t font, std::uint16_t code) {
    CharacterRun run{at * 2, at * 2 + 2};
    run.symbol_font = font;
    run.symbol_code = code;
    return run;
  };
  const std::vector<CharacterRun> runs{symbol(5, 1, 0xF0B4), symbol(10, 3, 0xF0FC)};
  ListNumbering numbering;
  TextStats stats;
  const auto paragraphs = main_text(characters, runs, {}, StyleSheet(), numbering, fonts, stats);
  ASSERT_EQ(paragraphs.size(), 1u);
  // ftc 3 is no symbol font: its character is a space, never a figure's neighbour.
  EXPECT_EQ(paragraphs[0].text, "面积120×80米， 完成");
}

// The main text's characters of `text`, a control character where it is written: \x13 begins a field, \x14 parts its
// code from its result, \x15 ends it, \r ends a paragraph.
std::vector<Character> characters_of(std::u32string_view text) {
  std::vector<Character> characters;
  std::uint32_t fc = 0;
  for (const char32_t c : text) characters.push_back({c, fc++ * 2});
  return characters;
}

std::vector<std::string> paragraph_texts(const std::vector<Character>& characters) {
  ListNumbering numbering;
  TextStats stats;
  std::vector<std::string> texts;
  for (const auto& paragraph : main_text(characters, {}, {}, StyleSheet(), numbering, {}, stats))
    texts.push_back(paragraph.text);
  return texts;
}

// Word's 带圈字符 past ⑳ is an EQ field drawing a circle over the digits, saved with no result: it reads as the
// enclosed number, as input.docx reads it, with or without a result of its parts and with its digits raised by \s\up.
// Other fields keep their result: a page number, an EQ of another shape.
TEST(DocFields, AnEnclosedNumberWrittenAsAnEqFieldIsItsCharacter) {
  EXPECT_THAT(paragraph_texts(characters_of(U"完成\x13 eq \\o\\ac(○,21)\x15项重点任务。\r")),
              ::testing::ElementsAre("完成㉑项重点任务。"));
  EXPECT_THAT(paragraph_texts(characters_of(U"\x13 EQ \\o\\ac(○,\\s\\up 1(36))\x14○36\x15健全行政复议体制\r")),
              ::testing::ElementsAre("㊱健全行政复议体制"));
  EXPECT_THAT(paragraph_texts(characters_of(U"\x13 eq \\o\\ac(○,57)\x15完善法律顾问制度\r")),
              ::testing::ElementsAre("(57)完善法律顾问制度"));
  EXPECT_THAT(
      paragraph_texts(characters_of(U"事项\x13 EQ \\o\\ac(□,5)\x14\x35\x15已完成，第\x13 PAGE \x14\x32\x15页\r")),
      ::testing::ElementsAre("事项5已完成，第2页"));
}

// A phonetic guide (拼音指南) is an EQ field setting the guide raised over its base, saved with no result (Word's
// \o\ad, LibreOffice's \o): it reads as its base, so 东岙村 keeps its rare character (before, 东村). An EQ raising
// no guide, or another field, is read as before.
TEST(DocFields, APhoneticGuideWrittenAsAnEqFieldIsItsBase) {
  EXPECT_THAT(paragraph_texts(characters_of(
                  U"东\x13 EQ \\* jc2 \\* \"Font:宋体\" \\* hps10 \\o\\ad(\\s\\up 9(ào),岙)\x15村调解纠纷12件。\r")),
              ::testing::ElementsAre("东岙村调解纠纷12件。"));
  EXPECT_THAT(paragraph_texts(characters_of(
                  U"东\x13 EQ \\* jc0 \\* \"Font:Times New Roman\" \\* hps16 \\o(\\s\\up 15(ào),岙)\x15村\r")),
              ::testing::ElementsAre("东岙村"));
  EXPECT_THAT(paragraph_texts(characters_of(U"比例\x13 EQ \\f(1,2)\x14½\x15\r")), ::testing::ElementsAre("比例½"));
}

// A FORMTEXT field whose result is only Word's prompt for a content control shows nothing entered; its paragraph
// mark still ends the paragraph. A form field's typed value, and the prompt outside a form field, are read.
TEST(DocFields, AFormFieldShowingOnlyWordsPromptIsNotRead) {
  EXPECT_THAT(paragraph_texts(characters_of(
                  U"联系人：\x13 FORMTEXT \x01\x14单击或点击此处输入文字。\x15\r电话：\x13 FORMTEXT \x01\x14"
                  U"0571-8888123\x15\r")),
              ::testing::ElementsAre("联系人：", "电话：0571-8888123"));
  auto texts =
      paragraph_texts(characters_of(U"\x13 FORMTEXT \x01\x14"
                                    U"Click or tap here to enter text.\r\x15\r说明\r"));
  std::erase(texts, "");  // the prompt's own paragraph mark still ends a paragraph, an empty one
  EXPECT_THAT(texts, ::testing::ElementsAre("说明"));
  EXPECT_THAT(paragraph_texts(characters_of(U"示例：\x13 MACROBUTTON x \x14选择一项。\x15\r")),
              ::testing::ElementsAre("示例：选择一项。"));
  // A form field with no end mark (a damaged text) still shows what it holds.
  EXPECT_THAT(paragraph_texts(characters_of(U"联系人：\x13 FORMTEXT \x01\x14王明\r")),
              ::testing::ElementsAre("联系人：王明"));
}

TEST(DocConvertedLines, AnOrdinaryDocumentsParagraphsAreNotJoined) {
  for (const std::string& bytes : {report_doc(), fixture("numbering.doc"), fixture("hidden-text.doc")}) {
    const auto document = read_doc_bytes(bytes);
    EXPECT_TRUE(document.metadata.get("reflowed_line_breaks").empty());
  }
  const auto numbered = read_doc_bytes(fixture("numbering.doc"));
  EXPECT_THAT(without_spaces(numbered.text), HasSubstr("（一）加强组织领导\n（二）完善制度建设"));
}

TEST(DocLayoutTables, AReportLaidOutInOneTableCellReadsAsParagraphs) {
  // A WPS-style template: the title in the first row, the whole report in the one cell of the second. Read cell by
  // cell, the report was one block and none of its five sections was found.
  const auto document = read_doc_bytes(fixture("report-in-table-cell.doc"));
  EXPECT_THAT(table_cells(document), ::testing::IsEmpty());
  const auto texts = block_texts(document);
  EXPECT_THAT(texts, ::testing::Contains("一、2025年度推进法治政府建设的主要举措和成效"));
  EXPECT_THAT(texts, ::testing::Contains("（一）强化组织保障"));
  EXPECT_THAT(texts, ::testing::Contains("（二）提升政务服务质效"));
  EXPECT_THAT(texts, ::testing::Contains("三、2026年度推进法治政府建设的主要安排"));
  EXPECT_THAT(texts, ::testing::Contains("中心党组全年研究法治建设工作3次，组织干部学法10次，参学320人次。"));
  EXPECT_THAT(texts, ::testing::Contains("2026年1月30日"));
  std::vector<std::string> labels;
  for (const auto& block : document.blocks) {
    if (!block.numbering_label.empty()) labels.push_back(block.numbering_label);
  }
  EXPECT_THAT(labels, ::testing::ElementsAre("一、", "（一）", "（二）", "二、", "三、"));
}

// A 序号 column numbered by Word's automatic numbering: each cell's paragraph is empty but for its number, which the
// row keeps (1, 2, 3, as Word shows them), so that the table keeps its columns and each row its label. The
// paragraphs around the table take no number.
TEST(DocTables, AutomaticNumbersOfASerialColumnAreInItsCells) {
  const auto document = read_doc_bytes(fixture("numbered-table-cells.doc"));
  EXPECT_THAT(table_cells(document),
              ::testing::ElementsAre("0:0:0=序号", "0:0:1=执法领域", "0:0:2=立案（件）", "0:1:0=1", "0:1:1=市场监管",
                                     "0:1:2=23", "0:2:0=2", "0:2:1=生态环境", "0:2:2=8", "0:3:0=3", "0:3:1=交通运输",
                                     "0:3:2=5"));
  const auto texts = block_texts(document);
  EXPECT_EQ(texts.front(), "柳溪镇2024年度行政执法情况");
  EXPECT_EQ(texts.back(), "以上案件均已办结。");
  for (const auto& block : document.blocks) {
    if (block.kind != BlockKind::table_cell) {
      EXPECT_EQ(block.numbering_label, "");
    }
  }
  // A table whose cells are not numbered is read as before.
  EXPECT_THAT(table_cells(read_doc_bytes(fixture("table.doc"))),
              ::testing::ElementsAre("0:0:0=指标", "0:0:1=数量", "0:1:0=法治讲座", "0:1:1=14期", "0:2:0=调解纠纷",
                                     "0:2:1=38件"));
}

// A report laid out in a table nested in a frame table's cell: the cell holding a table makes the frame layout, as in
// input.docx; the nested table, whose cell holds the report, is layout in turn; and the table of figures nested in
// that stays a table, cell by cell.
TEST(DocLayoutTables, AReportInATableNestedInACellReadsAsParagraphs) {
  const auto document = read_doc_bytes(fixture("report-in-nested-table.doc"));
  EXPECT_THAT(table_cells(document), ::testing::ElementsAre("0:0:0=项目", "0:0:1=数量", "0:1:0=立案（件）", "0:1:1=146",
                                                            "0:2:0=听证（次）", "0:2:1=4"));
  std::vector<std::string> paragraphs;
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    if (document.blocks[i].kind != BlockKind::table_cell) paragraphs.push_back(block_texts(document)[i]);
  }
  EXPECT_THAT(paragraphs, ::testing::ElementsAre(
                              "安和县市场监督管理局2024年度法治政府建设情况报告", "报送单位", "一、主要举措和成效",
                              "（一）健全执法制度。全年修订执法制度8项，开展执法案卷评查2次。",
                              "（二）规范执法行为。全年办理行政处罚案件146件，罚没款83.5万元。主要数据如下表。",
                              "二、存在的不足", "基层执法人员仅有12名。", "安和县市场监督管理局"));
}

TEST(DocLayoutTables, ATableOfFiguresStaysATable) {
  // Short cells of figures: a table, whatever else the document holds.
  const auto cells = table_cells(read_doc_bytes(fixture("merged-cells.doc")));
  EXPECT_THAT(cells, ::testing::Contains("0:2:0=合计"));
  // A long 备注 cell beside serial numbers and figures is a table's, not the report's layout.
  EXPECT_FALSE(layout_tables::lays_out_text(true, 2));
  EXPECT_TRUE(layout_tables::lays_out_text(true, 1));
  EXPECT_TRUE(layout_tables::holds_a_number(U"36件"));
  EXPECT_TRUE(layout_tables::holds_a_number(U"12.5%"));
  EXPECT_FALSE(layout_tables::holds_a_number(U"2025年度工作要点"));
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

TEST(DocContents, ATableOfContentsIsSetAsideHoweverItIsMarked) {
  // LibreOffice's .doc of four reports with a table of contents: Word's TOC field in its toc 1/toc 2 styles, WPS's
  // manual contents styles, an unstyled TOC field, and bare lines with a leader tab stop. Read, each heading was
  // there twice and made a duplicate section.
  for (const char* name : {"toc-field.doc", "toc-wps-manual.doc", "toc-field-unstyled.doc", "toc-leader-tabs.doc"}) {
    SCOPED_TRACE(name);
    const auto document = read_doc_bytes(fixture(name));
    const auto removed = document.metadata.all("removed.table-of-contents");
    ASSERT_EQ(removed.size(), 6u);
    EXPECT_EQ(without_spaces(removed.front()), "目录");
    EXPECT_THAT(document.text, Not(HasSubstr("目录")));
    EXPECT_THAT(document.text, Not(HasSubstr("目 录")));
    EXPECT_EQ(occurrences(document.text, "存在的不足"), 1u);
    EXPECT_THAT(document.text, HasSubstr("存在的不足\n"));  // the heading in the body stays
  }
  const auto field = read_doc_bytes(fixture("toc-field.doc"));
  EXPECT_EQ(occurrences(field.text, "严格规范交通运输执法"), 1u);
  EXPECT_THAT(field.text, HasSubstr("2025年，县交通运输局以“法治交通”建设为统领"));  // where the field ends
}

TEST(DocContents, ATabBeforeAFigureOrAnEllipsisIsNoContentsLine) {
  using contents::EntryCandidate;
  using contents::is_contents_entry;
  // A tab before a figure, with no leader tab stop and no TOC field: a row of figures set with a tab.
  EXPECT_FALSE(is_contents_entry(EntryCandidate{"行政处罚案件 126", "126", false, false}));
  // A form's leader line with no page number.
  EXPECT_FALSE(is_contents_entry(EntryCandidate{"填报人： ", "", false, true}));
  // An ellipsis before a figure is no typed leader.
  EXPECT_FALSE(is_contents_entry(EntryCandidate{"办理了行政复议、行政诉讼等案件……12", std::nullopt, false, false}));
  // The same heading with a leader tab stop, inside a TOC field, or run out by typed dots is one.
  EXPECT_TRUE(is_contents_entry(EntryCandidate{"二、存在的不足 3", "3", false, true}));
  EXPECT_TRUE(is_contents_entry(EntryCandidate{"二、存在的不足 3", "3", true, false}));
  EXPECT_TRUE(is_contents_entry(EntryCandidate{"二、存在的不足……………3", std::nullopt, false, false}));
  EXPECT_FALSE(contents::is_contents_style_name("Contents 1"));  // LibreOffice's name; its sti says toc 1
  EXPECT_TRUE(contents::is_contents_style_name("WPSOffice手动目录 1"));
  EXPECT_TRUE(contents::is_contents_style_name("toc 2"));
}

// A paragraph ending in a long run of digits or letters (a pasted code, a hash) is no page number; it is told as
// soon as the run is longer than one, so a paragraph of megabytes costs no more than its decoding.
TEST(DocContents, ALongRunOfDigitsIsNoPageNumber) {
  const std::string digits(4u << 20, '7');
  auto told = std::async(std::launch::async,
                         [&] { return contents::ends_with_typed_leader_and_page("一、主要工作……………" + digits); });
  ASSERT_EQ(told.wait_for(std::chrono::seconds(60)), std::future_status::ready) << "the page number is read forever";
  EXPECT_FALSE(told.get());
  EXPECT_TRUE(contents::ends_with_typed_leader_and_page("一、主要工作……………1234"));
  EXPECT_FALSE(contents::ends_with_typed_leader_and_page("一、主要工作……………12345"));
  EXPECT_TRUE(contents::ends_with_typed_leader_and_page("序言………ii"));
}

TEST(DocContents, AReportWithoutContentsLosesNoLine) {
  const auto document = read_doc_bytes(report_doc());
  EXPECT_TRUE(document.metadata.all("removed.table-of-contents").empty());
}

// Each metric as value|unit|indicator|text.
std::vector<std::string> metric_rows(const Document& document) {
  std::vector<std::string> rows;
  for (const auto& m : document.metrics)
    rows.push_back(std::to_string(m.value) + "|" + m.unit + "|" + m.indicator + "|" + m.text);
  return rows;
}

// A table pasted as text (one paragraph a row, tabs between the cells) is a table, as input.docx reads the same
// report saved as .docx: the same cells, numbered in reading order with the real table after it, and the same
// metrics, whose figures take their units and names from the column and row headers. The typed contents lines with
// their tabs are set aside one line each, and a lone tabbed line stays one line with a space for its tab.
TEST(DocTabTables, ParagraphsOfTabSeparatedCellsAreATableAsInTheDocx) {
  const Document doc = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "tab-table.doc");
  const Document docx = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "tab-table.docx");
  ASSERT_EQ(doc.status, DocumentStatus::ok) << doc.error;
  const auto cells = table_cells(doc);
  EXPECT_THAT(cells,
              ::testing::IsSupersetOf({"0:0:0=村名", "0:0:1=调解纠纷（件）", "0:0:2=调解成功（件）", "0:3:0=南坪村",
                                       "0:3:1=15", "0:6:0=合计", "0:6:1=55", "0:6:2=51", "1:0:0=项目", "1:1:1=4"}));
  EXPECT_EQ(cells.size(), 25u);
  EXPECT_EQ(cells, table_cells(docx));
  EXPECT_EQ(metric_rows(doc), metric_rows(docx));
  bool found = false;
  for (const auto& metric : doc.metrics) {
    if (metric.text != "51") continue;
    found = true;
    EXPECT_EQ(metric.unit, "件");
    EXPECT_THAT(metric.indicator, HasSubstr("调解成功"));
  }
  EXPECT_TRUE(found);
  EXPECT_THAT(doc.metadata.all("removed.table-of-contents"),
              ::testing::ElementsAre("目录", "一、主要举措和成效 1", "二、存在的不足 3", "三、下一步工作安排 4"));
  EXPECT_EQ(doc.metadata.all("removed.table-of-contents"), docx.metadata.all("removed.table-of-contents"));
  EXPECT_THAT(doc.text, HasSubstr("联系人：王明 电话：0000-1234567"));
  EXPECT_THAT(doc.text, Not(HasSubstr("\t")));
}

// Content controls of a report's head (scripts/make-docx-fixtures.py, content-controls): a date picker and a text
// control still showing their placeholders, filled ones, one whose showingPlcHdr is off, and a placeholder left by a
// removed control in Word's placeholder style. No placeholder is read, whatever was entered is. The .doc LibreOffice
// saves keeps the date's placeholder as text in the placeholder style, which input.doc drops too; the block
// control becomes a FORMTEXT field with no style and an empty default text, whose result is only Word's prompt
// (Click or tap here to enter text.): that is not read either, and the two formats read alike.
TEST(DocContentControls, APlaceholderIsNoContentInEitherFormat) {
  const Document docx = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "content-controls.docx");
  const Document doc = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "content-controls.doc");
  ASSERT_EQ(docx.status, DocumentStatus::ok) << docx.error;
  ASSERT_EQ(doc.status, DocumentStatus::ok) << doc.error;
  EXPECT_THAT(
      block_texts(docx),
      ::testing::ElementsAre("青禾镇2024年度法治政府建设情况报告", "填报日期：", "全年开展法治讲座14期，受众860人次。",
                             "调解矛盾纠纷38件，调解成功36件。", "联系人：", "报送日期：2025年1月18日"));
  EXPECT_EQ(block_texts(doc), block_texts(docx));
  EXPECT_THAT(doc.text, Not(HasSubstr("单击")));
  EXPECT_EQ(doc.metadata.get("doc.placeholder_fields"), "1");
  EXPECT_EQ(metric_rows(doc), metric_rows(docx));
}

// A FORMTEXT field's result is read unless it is only Word's prompt: a legacy form's typed text stays. The test
// writes a form's value over the prompt in the .doc (same length: 32 UTF-16 characters).
TEST(DocContentControls, AFormFieldsTypedResultIsRead) {
  std::string bytes = pair_fixture("content-controls.doc");
  const std::u16string prompt = u"Click or tap here to enter text.";
  const std::u16string typed = u"Contact: Wang Ming, 0571-8888123";
  ASSERT_EQ(prompt.size(), typed.size());
  const std::string from(reinterpret_cast<const char*>(prompt.data()), prompt.size() * 2);
  const std::size_t at = bytes.find(from);
  ASSERT_NE(at, std::string::npos);
  bytes.replace(at, from.size(), reinterpret_cast<const char*>(typed.data()), typed.size() * 2);
  const Document document = read_doc_bytes(bytes);
  EXPECT_THAT(document.text, HasSubstr("Contact: Wang Ming, 0571-8888123"));
  EXPECT_TRUE(document.metadata.get("doc.placeholder_fields").empty());
}

// The lines of a truth TXT beside a fixture.
std::vector<std::string> truth_lines(const std::filesystem::path& path) {
  std::vector<std::string> lines;
  std::istringstream in(test::read_file(path));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// A report as WPS Office writes a .docx (scripts/make-docx-fixtures.py, wps-habits): digit style ids, headings
// numbered through styles linked to their list's levels, a text box with its VML fallback, a smart-tagged date, a
// phonetic guide, custom XML, a heading with its numbering taken off, a cell still showing its control's
// placeholder, WPS's custom data and a footer. It reads exactly as its truth TXT: each text once, the headings at
// their levels, nothing of the custom data, the prompt or the footer.
TEST(DocWpsHabits, AReportWrittenByWpsOfficeReadsAsItsTruthText) {
  const Document docx = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "wps-habits.docx");
  ASSERT_EQ(docx.status, DocumentStatus::ok) << docx.error;
  EXPECT_EQ(block_texts(docx), truth_lines(test::kTestData / "doc-pairs" / "wps-habits.txt"));
  std::vector<std::string> headings;
  const std::u32string text = decode_utf8(docx.text);
  for (const auto& block : docx.blocks) {
    if (block.heading_level)
      headings.push_back(std::to_string(*block.heading_level) + ":" +
                         encode_utf8(text.substr(block.start, block.end - block.start)));
  }
  EXPECT_THAT(headings, ::testing::ElementsAre("1:一、主要举措和成效", "2:（一）健全依法决策机制",
                                               "2:（二）推进基层依法治理", "1:二、存在的不足", "1:三、下一步工作打算",
                                               "2:着力提升执法能力", "3:1.加强执法队伍培训"));
  EXPECT_THAT(docx.text, Not(HasSubstr("99件")));
  EXPECT_THAT(docx.text, Not(HasSubstr("88人次")));
}

// The same WPS-written report saved as .doc by LibreOffice, and that .doc as a .wps: the two read alike, the text box
// once, the phonetic guide's base (an EQ field in the .doc), the table's figures as the .docx gives them; the form
// fields LibreOffice makes of the cell's control show only Word's prompt and are not read (LibreOffice also writes
// the prompt once as plain text there, which nothing tells from typed text). LibreOffice numbers the second-level
// headings at the first level (it ignores the list level's w:pStyle), and the .doc holds that; its DATE field shows
// the day it was converted.
TEST(DocWpsHabits, TheDocAndTheWpsOfAWpsReportReadAlikeAndAsTheDocx) {
  const Document docx = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "wps-habits.docx");
  const Document doc = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "wps-habits.doc");
  const Document wps = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "wps-habits.wps");
  ASSERT_EQ(doc.status, DocumentStatus::ok) << doc.error;
  ASSERT_EQ(wps.status, DocumentStatus::ok) << wps.error;
  EXPECT_EQ(block_texts(wps), block_texts(doc));
  const auto texts = block_texts(doc);
  EXPECT_THAT(texts, ::testing::Contains("东岙村等5个村完成民主法治示范村创建，法律援助86人次。"));
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "专栏：东岙村“法律明白人”工作法"), 1);
  EXPECT_EQ(doc.metadata.get("doc.placeholder_fields"), "3");
  auto cells = table_cells(docx);
  cells.push_back("0:2:2=单击此处输入文字。");  // LibreOffice's plain copy of the prompt
  EXPECT_EQ(table_cells(doc), cells);
}

// The third LVL of a list whose number text is "\2." (1. under 一、 and （一）): its flags byte (jc, fLegal, fNoRestart
// …).
std::size_t third_level_flags_offset(const std::string& bytes) {
  for (std::size_t at = 0; at + 40 < bytes.size(); ++at) {
    if (u32_at(bytes, at) != 1) continue;
    const std::size_t text =
        at + 28 + static_cast<unsigned char>(bytes[at + 24]) + static_cast<unsigned char>(bytes[at + 25]);
    if (text + 6 <= bytes.size() && u16_at(bytes, text) == 2 && u16_at(bytes, text + 2) == 2 &&
        u16_at(bytes, text + 4) == u'.')
      return at + 5;
  }
  return std::string::npos;
}

// A level restarted only by the first level (w:lvlRestart 1; fNoRestart with ilvlRestartLim 1) runs on across the
// （一）（二） between its items and restarts at 二、, in the .docx and the .doc alike; a list instance restarting the
// list at 五 (startOverride, an LFO's iStartAt) does so in both. LibreOffice 7.4 writes no restart limit into the
// .doc: the test sets it, as Word writes it.
TEST(DocNumbering, ALevelsRestartLimitNumbersAsInTheDocx) {
  std::string bytes = pair_fixture("list-restart-limit.doc");
  const auto expected =
      std::vector<std::string>{"", "一、", "（一）", "1.", "2.", "（二）", "3.", "二、", "1.", "五、"};
  EXPECT_EQ(docx_labels("list-restart-limit"), expected);
  const std::size_t flags = third_level_flags_offset(bytes);
  ASSERT_NE(flags, std::string::npos);
  EXPECT_THAT(numbering_labels(read_doc_bytes(bytes)), ::testing::Contains("（二）"));
  bytes[flags] = static_cast<char>(bytes[flags] | 0x08);
  bytes[flags + 21] = 1;
  EXPECT_EQ(numbering_labels(read_doc_bytes(bytes)), expected);
}

// Items numbered 1. 2. under bulleted topics restart under each: a bullet is an item of its level, which restarts the
// levels under it, in the .doc as in the .docx.
TEST(DocNumbering, ABulletedItemRestartsTheNumberedLevelUnderIt) {
  const auto labels = numbering_labels(read_doc_bytes(pair_fixture("list-under-bullets.doc")));
  EXPECT_THAT(labels, ::testing::ElementsAre("", "", "1.", "2.", "", "1."));
  EXPECT_EQ(labels, docx_labels("list-under-bullets"));
}

// Two text boxes anchored at one paragraph and two at one spot mid-sentence are read once each, after the paragraph,
// in the order they were written, in the .doc as in the .docx; each box's figure is one metric.
TEST(DocTextBoxes, BoxesAnchoredAtOneSpotKeepTheirOrderAsInTheDocx) {
  const Document doc = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "text-boxes-one-spot.doc");
  const Document docx = test::process_with_default_pipeline(test::kTestData / "doc-pairs" / "text-boxes-one-spot.docx");
  ASSERT_EQ(doc.status, DocumentStatus::ok) << doc.error;
  EXPECT_THAT(block_texts(doc),
              ::testing::ElementsAre("青禾镇2024年度法治政府建设情况报告", "一、主要举措和成效",
                                     "全年组织集中学法6次。", "专栏一：全年审查合同48份。",
                                     "专栏二：全年办理复议案件9件。", "开展法治讲座14期。", "专栏三：法律咨询245人次。",
                                     "专栏四：村规民约17份。", "二、存在的不足", "执法人员仅有5名。"));
  EXPECT_EQ(block_texts(doc), block_texts(docx));
  EXPECT_EQ(metric_rows(doc), metric_rows(docx));
  EXPECT_EQ(metric_rows(doc).size(), 7u);
}

TEST(DocWps, AWpsFileIsTheSameFormatAndReadsAlike) {
  const auto doc = read_doc_bytes(report_doc());
  const auto wps = read_doc_bytes(test::read_file(test::kTestData / "formats" / "001_45bb725d25c6ce65.wps"));
  EXPECT_EQ(doc.text, wps.text);
  EXPECT_THAT(doc.text, HasSubstr("法治"));
}

TEST(DocRefused, LegacyEncryptedAndDisguisedFilesAreSpecificErrors) {
  std::string word6 = report_doc();
  word6[fib_offset(word6) + 2] = 0x68;  // nFib of Word 95
  word6[fib_offset(word6) + 3] = 0x00;
  EXPECT_THAT(error_of(word6), HasSubstr("Word 6.0/95"));
  std::string encrypted = report_doc();
  encrypted[fib_offset(encrypted) + 0x0B] |= 0x01;  // fEncrypted
  EXPECT_THAT(error_of(encrypted), HasSubstr("encrypted (password-protected)"));
  EXPECT_THAT(error_of(fixture("rtf-named-doc.doc")), HasSubstr("an RTF document"));
  EXPECT_THAT(error_of("PK\x03\x04"), HasSubstr("no compound-file signature"));
}

TEST(DocRefused, HtmlNamedDocGoesToTheReaderThatFitsIt) {
  const auto document = test::process_with_default_pipeline(test::kTestData / "doc" / "html-named-doc.doc");
  EXPECT_NE(document.format, "doc");
  EXPECT_EQ(document.status, DocumentStatus::ok) << document.error;
  const auto rtf = test::process_with_default_pipeline(test::kTestData / "doc" / "rtf-named-doc.doc");
  EXPECT_EQ(rtf.status, DocumentStatus::ok) << rtf.error;
  EXPECT_EQ(rtf.format, "rtf");  // input.rtf's signature wins over the .doc name
}

TEST(DocHostile, ATruncatedCompoundFileIsAClearError) {
  const std::string whole = report_doc();
  for (const std::size_t keep : {std::size_t{100}, std::size_t{600}, whole.size() / 2, whole.size() - 512}) {
    EXPECT_THAT(error_of(whole.substr(0, keep)), HasSubstr("compound file")) << keep;
  }
}

TEST(DocHostile, AFatChainLoopEndsInAnError) {
  std::string looped = report_doc();
  const std::uint32_t start = u32_at(looped, word_document_entry(looped) + 0x74);
  const std::uint32_t fat = u32_at(looped, kFirstFatSector);
  put_u32(looped, sector_offset(fat) + start * 4, start);  // the stream's first sector is its own successor
  EXPECT_THAT(error_of(looped), HasSubstr("stream WordDocument is damaged"));
  std::string directory_loop = report_doc();
  const std::uint32_t directory = u32_at(directory_loop, kFirstDirectorySector);
  put_u32(directory_loop, sector_offset(fat) + directory * 4, directory);
  EXPECT_THAT(error_of(directory_loop), HasSubstr("no readable WordDocument stream"));
}

TEST(DocHostile, ASectorPointingOutsideTheFileIsAnError) {
  std::string outside = report_doc();
  put_u32(outside, word_document_entry(outside) + 0x74, 0x00FFFF00);
  EXPECT_THAT(error_of(outside), HasSubstr("stream WordDocument is damaged"));
  std::string directory = report_doc();
  put_u32(directory, kFirstDirectorySector, 0x00FFFF00);
  EXPECT_THAT(error_of(directory), HasSubstr("not a readable compound file"));
}

TEST(DocHostile, APieceTablePointingPastTheEndIsAnError) {
  std::string bytes = report_doc();
  // The Clx: found through the FIB (fcClx/lcbClx) in the table stream, which follows its clxt/lcb signature.
  const std::size_t fib = fib_offset(bytes);
  const std::uint32_t lcb_clx = u32_at(bytes, fib + 0x1A6);
  const std::uint32_t lcb_plc = lcb_clx - 5;
  std::string pattern("\x02", 1);
  pattern.append(reinterpret_cast<const char*>(&lcb_plc), 4);
  pattern.append(std::string(4, '\0'));  // the first CP is 0
  const std::size_t clx = bytes.find(pattern);
  ASSERT_NE(clx, std::string::npos);
  const std::size_t pieces = (lcb_plc - 4) / 12;
  put_u32(bytes, clx + 5 + (pieces + 1) * 4 + 2, 0x3FFFFFF0);  // the first Pcd's fc, far past the stream
  EXPECT_THAT(error_of(bytes), HasSubstr("past the end of the WordDocument stream"));
}

TEST(DocHostile, RowPropertiesPointingPastOrWithoutTheDataStreamAreAnError) {
  std::string bytes = fixture("merged-down.doc");
  // The second row's sprmPHugePapx (0x6646) names its PrcData at offset 514 of the Data stream.
  const std::string huge_properties("\x46\x66\x02\x02\x00\x00", 6);
  const std::size_t at = bytes.find(huge_properties);
  ASSERT_NE(at, std::string::npos);
  put_u32(bytes, at + 2, 0x00FFFF00);
  EXPECT_THAT(error_of(bytes), HasSubstr("the Data stream points past the end"));
  // The directory names no Data stream (its entry renamed).
  std::string without_data = fixture("merged-down.doc");
  const std::string data_name("D\0a\0t\0a\0\0\0", 10);
  std::size_t entry = without_data.find(data_name);
  while (entry != std::string::npos && entry % 128 != 0) entry = without_data.find(data_name, entry + 1);
  ASSERT_NE(entry, std::string::npos);
  without_data[entry] = 'X';
  EXPECT_THAT(error_of(without_data), HasSubstr("kept in the Data stream, which is missing or unreadable"));
}

TEST(DocSniff, ContentDecides) {
  const DocInput input(doc_context());
  EXPECT_EQ(input.sniff(report_doc()), 90);
  EXPECT_EQ(input.sniff(fixture("rtf-named-doc.doc")), 0);
  EXPECT_EQ(input.sniff(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')), 0);
  EXPECT_EQ(input.sniff("一、工作情况"), 0);
}

}  // namespace
}  // namespace docpipe::doc
