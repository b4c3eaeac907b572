// Hostile input and faults (issue 16): each test reproduces one hole found by probing the previous
// release — memory amplification, integer overflow, quadratic spans, plugin libraries that crash as they
// load, colliding or non-UTF-8 document ids, misleading messages — and shows it closed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <climits>
#include <fstream>

#include "docpipe/list_labels.hpp"
#include "docpipe/parameters.hpp"
#include "docpipe/safe_xml.hpp"
#include "docx_input.hpp"
#include "file_name.hpp"
#include "input_collector.hpp"
#include "numbering.hpp"
#include "pipeline_loader.hpp"
#include "pipeline_runner.hpp"
#include "plugin_library.hpp"
#include "plugin_registry.hpp"
#include "rule_context.hpp"
#include "test_support.hpp"
#include "txt_input.hpp"

namespace docpipe {
namespace {

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

PluginContext docx_context() {
  PluginContext context;
  context.parameters.set("max_part_megabytes", std::int64_t{64});
  context.parameters.set("max_compression_ratio", 200.0);
  context.parameters.set("remove_artifacts", true);
  context.parameters.set("max_label_characters", std::int64_t{64});
  context.parameters.set("max_blocks", std::int64_t{200000});
  return context;
}

// A flat WordprocessingML package with the given numbering definitions and body paragraphs.
std::string flat_docx(const std::string& numbering, const std::string& body) {
  const std::string w = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
  return R"(<?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">)"
         R"(<pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document )" +
         w + "><w:body>" + body +
         R"(</w:body></w:document></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/numbering.xml"><pkg:xmlData><w:numbering )" +
         w + ">" + numbering + "</w:numbering></pkg:xmlData></pkg:part></pkg:package>";
}

std::string numbered_paragraph(const std::string& text) {
  return R"(<w:p><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>)" + text +
         "</w:t></w:r></w:p>";
}

std::string list_definition(const std::string& level, const std::string& override_value = "") {
  std::string num = R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/>)";
  if (!override_value.empty()) {
    num += R"(<w:lvlOverride w:ilvl="0"><w:startOverride w:val=")" + override_value + R"("/></w:lvlOverride>)";
  }
  return R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">)" + level + "</w:lvl></w:abstractNum>" + num +
         "</w:num>";
}

std::string read_error(const std::string& bytes) {
  Document document;
  try {
    docx::DocxInput(docx_context()).read(bytes, document);
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

// Item 3: a letter list starting at 2·10⁹ grew a 3.9 GB label.
TEST(HostileDocx, AHugeLetterLabelIsRefusedNamingTheLimit) {
  const auto docx = flat_docx(
      list_definition(R"(<w:start w:val="2000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/>)"),
      numbered_paragraph("第一项"));
  EXPECT_THAT(read_error(docx), AllOf(HasSubstr("max_label_characters=64"), Not(HasSubstr("bad_alloc"))));
}

// Item 3: lvlText repeating the level multiplies every label.
TEST(HostileDocx, ARepeatedLvlTextIsRefusedNamingTheList) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "%1";
  const auto docx = flat_docx(
      list_definition(R"(<w:start w:val="100"/><w:numFmt w:val="decimal"/><w:lvlText w:val=")" + text + R"("/>)"),
      numbered_paragraph("第一项"));
  EXPECT_THAT(read_error(docx), AllOf(HasSubstr("list 1 level 1"), HasSubstr("max_label_characters")));
}

// Item 4: startOverride = INT_MIN made the counter overflow (start - 1).
TEST(HostileDocx, ExtremeStartValuesNeitherOverflowNorWrap) {
  Document document;
  const auto docx =
      flat_docx(list_definition(R"(<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>)",
                                std::to_string(INT_MIN)),
                numbered_paragraph("甲") + numbered_paragraph("乙"));
  docx::DocxInput(docx_context()).read(docx, document);
  EXPECT_EQ(document.text, "-999999999. 甲\n-999999998. 乙");

  const auto high =
      flat_docx(list_definition(R"(<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>)",
                                std::to_string(INT_MAX)),
                numbered_paragraph("甲") + numbered_paragraph("乙"));
  Document clamped;
  docx::DocxInput(docx_context()).read(high, clamped);
  EXPECT_EQ(clamped.text, "999999999. 甲\n999999999. 乙");
}

TEST(HostileDocx, RomanNumeralsPastWordsRangeFallBackToDigits) {
  EXPECT_EQ(format_number(4000, "upperRoman"), "4000");
  EXPECT_EQ(format_number(3999, "upperRoman"), "MMMCMXCIX");
  EXPECT_EQ(format_number(27, "lowerLetter"), "aa");
  EXPECT_THROW(format_number(26 * 64 + 1, "lowerLetter"), std::length_error);
}

// Item 3: empty paragraphs and blank lines cost nothing; a document over max_blocks says so.
TEST(HostileText, ParagraphsOverTheBlockLimitAreRefusedNamingIt) {
  PluginContext context;
  context.parameters.set("fallback_encoding", std::string("GB18030"));
  context.parameters.set("max_invalid_ratio", 0.05);
  context.parameters.set("remove_artifacts", false);
  context.parameters.set("max_blocks", std::int64_t{1000});
  txt::TxtInput input(context);
  std::string lines;
  for (int i = 0; i < 1001; ++i) lines += "第" + std::to_string(i) + "行\n\n\n";
  Document document;
  try {
    input.read(lines, document);
    FAIL() << "expected the block limit";
  } catch (const std::length_error& error) {
    EXPECT_THAT(error.what(), HasSubstr("max_blocks=1000"));
  }
  // Blank lines do not count.
  Document blank_heavy;
  input.read("一、工作情况" + std::string(100000, '\n') + "开展讲座3期。", blank_heavy);
  EXPECT_EQ(blank_heavy.blocks.size(), 2u);
}

// Item 4: 123456789012345.678901元 became -5670419503621.183 元.
TEST(HostileFigures, AFigureBeyondExactPrecisionIsRefusedWithAWarningNotWrapped) {
  const Document document = test::process_text_with_default_pipeline(
      "一、工作情况\n全年支出123456789012345.678901元，办理案件12件。\n另有99999999999999999999999人参加。");
  for (const auto& metric : document.metrics) {
    EXPECT_GE(metric.value, 0) << metric.text;
    EXPECT_LT(metric.value, 1e15) << metric.text;
  }
  ASSERT_EQ(document.metrics.size(), 1u);
  EXPECT_EQ(document.metrics[0].value, 12);
  EXPECT_EQ(document.metadata.all("warning").size(), 2u);
  EXPECT_THAT(document.metadata.get("warning"), HasSubstr("more than 15 significant digits"));
}

TEST(HostileFigures, FifteenDigitsAreKeptExactly) {
  const Document document = test::process_text_with_default_pipeline("一、工作情况\n全年支出123456789012.345元。");
  ASSERT_EQ(document.metrics.size(), 1u);
  EXPECT_EQ(document.metrics[0].value, 123456789012.345);
}

// Item 6: sentence_around walked the whole run of text per figure (quadratic); now a binary search, and a
// span is cut at kLongestSentence code points either side.
TEST(HostileSpans, SentencesAreFoundByBoundaryAndCutInAnUnpunctuatedRun) {
  Document document;
  document.text = "甲。乙丙；" + std::string(50000, 'x') + "。";
  const anomalies::RuleSettings settings;
  const anomalies::RuleContext context(document, settings);
  EXPECT_EQ(context.sentence_around(0), std::make_pair(std::size_t{0}, std::size_t{1}));
  EXPECT_EQ(context.sentence_around(2), std::make_pair(std::size_t{2}, std::size_t{4}));
  EXPECT_EQ(context.sentence_around(1), std::make_pair(std::size_t{0}, std::size_t{1}));
  const std::size_t middle = 5 + 25000;
  const auto [start, end] = context.sentence_around(middle);
  EXPECT_EQ(start, middle - TextSpans::kLongestSentence);
  EXPECT_EQ(end, middle + TextSpans::kLongestSentence);
  EXPECT_EQ(context.sentence_around(5 + 50000 - 10).second, 5u + 50000u);
}

// Item 5: a library whose constructor crashes took `docpipe plugins` and `run` down with it.
TEST(HostilePlugins, ALibraryThatCrashesWhileLoadingIsRefusedAndTheHostCarriesOn) {
  const auto loaded = host::load_plugin_library(test::kHostilePlugins / "test-crashing-constructor.so");
  ASSERT_TRUE(std::holds_alternative<host::RefusedPlugin>(loaded));
  EXPECT_THAT(std::get<host::RefusedPlugin>(loaded).reason, HasSubstr("crashed while initializing"));
  const auto registry = host::PluginRegistry::discover({test::kHostilePlugins, test::kBuiltPlugins});
  EXPECT_NE(registry.find("input.txt"), nullptr);
  ASSERT_FALSE(registry.refused().empty());
}

// Item 9: dlopen's reason, not "Bad file descriptor", for a file that is not a library.
TEST(HostilePlugins, AGarbageLibrarySaysWhatIsWrongWithIt) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "junk.so", std::string(4096, 'j'));
  const auto loaded = host::load_plugin_library(dir / "junk.so");
  ASSERT_TRUE(std::holds_alternative<host::RefusedPlugin>(loaded));
  const auto& reason = std::get<host::RefusedPlugin>(loaded).reason;
  EXPECT_THAT(reason, Not(HasSubstr("Bad file descriptor")));
  EXPECT_THAT(reason, HasSubstr("invalid ELF header"));
}

// Item 8: x.txt given twice and a file literally named "x.txt (2)" made two documents one id.
TEST(HostileIdentity, IdsAreUniqueInARunAndRenamingIsNoted) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "a" / "x.txt", "甲");
  test::write_file(dir / "b" / "x.txt", "乙");
  test::write_file(dir / "c" / "x.txt (2)", "丙");
  const auto items = host::collect_inputs(
      {(dir / "a" / "x.txt").string(), (dir / "b" / "x.txt").string(), (dir / "c" / "x.txt (2)").string()});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].id, "x.txt");
  EXPECT_EQ(items[1].id, "x.txt (3)");
  EXPECT_EQ(items[2].id, "x.txt (2)");
  EXPECT_TRUE(items[0].notes.empty());
  ASSERT_EQ(items[1].notes.size(), 1u);
  EXPECT_THAT(items[1].notes[0], HasSubstr("already taken"));
}

// Item 8: a GBK file name (from a Windows zip) reached documents.csv as invalid UTF-8.
TEST(HostileIdentity, NonUtf8FileNamesAreDecodedOrEscapedWithTheirRawBytes) {
  const std::string gbk_name = "\xb1\xa8\xb8\xe6.txt";  // 报告.txt in GBK
  const auto decoded = host::readable_name(gbk_name);
  EXPECT_EQ(decoded.text, "报告.txt");
  EXPECT_THAT(decoded.note, HasSubstr("b1 a8 b8 e6"));
  const auto escaped = host::readable_name("bad\xff\xfe.txt");
  EXPECT_EQ(escaped.text, "bad\\xFF\\xFE.txt");
  EXPECT_THAT(escaped.note, HasSubstr("ff fe"));
  EXPECT_TRUE(host::readable_name("报告.txt").note.empty());

  test::TemporaryDirectory dir;
  test::write_file(dir / "in" / gbk_name, "一、工作情况\n开展讲座3期。");
  const auto items = host::collect_inputs({(dir / "in").string()});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].id, "报告.txt");
  EXPECT_THAT(items[0].notes.at(0), HasSubstr("GB18030"));
}

// Item 9: a symlink loop was "no such file or directory".
TEST(HostileInputs, ASymlinkLoopSaysSo) {
  test::TemporaryDirectory dir;
  fs::create_symlink(dir / "loop", dir / "loop");
  const auto items = host::collect_inputs({(dir / "loop").string()});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_THAT(items[0].error, HasSubstr("symbolic links"));
}

// Item 9: /proc files report size 0 and were "empty file".
TEST(HostileInputs, ProcFilesAreReadForWhatTheyHold) {
  EXPECT_THAT(host::read_file_bytes("/proc/self/status", 1 << 20), HasSubstr("Name:"));
}

// Item 9: a UTF-16 part hid its DOCTYPE from the byte check; nesting past libxml2's limit was "malformed".
TEST(HostileXml, DoctypeInAUtf16PartIsRefused) {
  const std::string utf8 =
      R"(<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e "x">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>)";
  std::string utf16 = "\xff\xfe";
  for (const char c : utf8) utf16 += c, utf16 += '\0';
  EXPECT_THAT(read_error(utf16), HasSubstr("DOCTYPE"));
}

TEST(HostileXml, NestingPastTheParserLimitIsNamedAsSuch) {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<a>";
  for (int i = 0; i < 300; ++i) deep += "</a>";
  try {
    parse_safe_xml(deep, "word/document.xml");
    FAIL() << "expected a refusal";
  } catch (const std::runtime_error& error) {
    EXPECT_THAT(error.what(), AllOf(HasSubstr("deeper"), Not(HasSubstr("malformed"))));
  }
}

// Item 9: a font without a ToUnicode map gave `ok` with garbled text and no warning.
TEST(HostilePdf, UnmappedGlyphsOnAKeptPageAreWarnedAbout) {
  const Document document =
      test::process_with_default_pipeline(test::kTestData / "hostile" / "font-without-tounicode.pdf");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_EQ(document.metadata.get("pdf.pages_with_unmapped_characters"), "1");
  EXPECT_THAT(document.metadata.get("warning"), HasSubstr("ToUnicode"));
}

// Item 9: directory parameters could name a place outside --out.
TEST(HostileConfig, OutputDirectoriesStayInsideOut) {
  const auto directory = [](const std::string& value) {
    Parameters parameters;
    parameters.set("directory", value);
    return output_subdirectory(parameters, "directory");
  };
  EXPECT_EQ(directory("xml"), "xml");
  EXPECT_EQ(directory(""), "");
  EXPECT_THROW(directory("../elsewhere"), ParameterError);
  EXPECT_THROW(directory("xml/../../x"), ParameterError);
  EXPECT_THROW(directory("/tmp/x"), ParameterError);
}

// Item 9: --timeout 0 meant one second, while --max-memory 0 meant no limit; now 0 is no limit for both.
TEST(HostileLimits, ZeroTimeoutMeansNoLimit) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "p.xml", R"(<pipeline><nodes>
      <node><id>txt</id><plugin>input.txt</plugin></node>
      <node><id>bad</id><plugin>test.misbehaving</plugin></node>
      <node><id>csv</id><plugin>output.csv</plugin></node></nodes>
      <edges><edge>txt -> bad</edge><edge>bad -> csv</edge></edges></pipeline>)");
  test::write_file(dir / "in" / "slow.txt", "这份报告要 NAP 一会儿。");
  const auto loaded = host::load_pipeline(dir / "p.xml", {test::kTestPlugins});
  host::RunOptions options;
  options.output_directory = dir / "out";
  options.isolation.timeout = std::chrono::seconds(0);
  const auto summary = host::run_pipeline(loaded.pipeline, host::collect_inputs({(dir / "in").string()}), options);
  EXPECT_EQ(summary.failed, 0u);
}

}  // namespace
}  // namespace docpipe
