// output.xml: every file validates against the published XSD, whatever the text holds.
#include "xml_output.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include "test_support.hpp"
#include "xml_document_writer.hpp"

namespace docpipe::xml {
namespace {

Document full_document() {
  Document d;
  d.id = "sub/r.txt";
  d.source = "in/sub/r.txt";
  d.format = "txt";
  d.encoding = "UTF-8";
  d.metadata.set("title", "黄门镇2024年法治建设工作报告");
  d.metadata.add("removed.page-number", "— 1 —");
  d.text = "一、工作情况\n开展法治讲座14期。";
  d.blocks.push_back({BlockKind::heading, 0, 6, 1, "一、", 1, std::nullopt, std::nullopt, std::nullopt, "Heading 1"});
  d.blocks.push_back({BlockKind::table_cell, 7, 17, std::nullopt, "", std::nullopt, 0, 1, 2, ""});
  d.sections.push_back({"s1", "", 1, "一、", "工作情况", {"achievements"}, 0, 17});
  d.metrics.push_back(
      {"m1", "s1", "法治讲座", "legal_lectures", 14, 16.0, "期", "余", "14期", 13, 16, "achievements", "total", "", 3});
  d.anomalies.push_back({"heading-sequence", Severity::warning, "s1", "标题编号重复", "二、", 0, 2, "工作情况", 1});
  d.layers["section_lengths"].push_back({0, 17, "section", {{"characters", "17"}}});
  return d;
}

TEST(XmlOutput, AFullDocumentValidatesAgainstTheSchema) {
  const std::string xml = serialize_document(full_document());
  EXPECT_EQ(test::schema_errors(xml), "");
  EXPECT_THAT(xml, ::testing::HasSubstr("xmlns=\"urn:docpipe:document:1\""));
  EXPECT_THAT(xml, ::testing::HasSubstr("一、工作情况\n开展法治讲座14期。</text>"));
}

TEST(XmlOutput, AFailedDocumentValidatesAgainstTheSchema) {
  Document d;
  d.id = "bad.bin";
  d.status = DocumentStatus::error;
  d.error = "unknown format";
  const std::string xml = serialize_document(d);
  EXPECT_EQ(test::schema_errors(xml), "");
  EXPECT_THAT(xml, ::testing::HasSubstr("<error>unknown format</error>"));
}

TEST(XmlOutput, ForbiddenControlCharactersAreReplacedOneForOneAndCounted) {
  Document d = full_document();
  d.text = std::string("a\x01") + "b\x1f" + "c";
  d.metadata.set("title", std::string("t\x02"));
  const std::string xml = serialize_document(d);
  EXPECT_EQ(test::schema_errors(xml), "");
  EXPECT_THAT(xml, ::testing::HasSubstr("a\uFFFDb\uFFFDc</text>"));  // offsets stay valid
  EXPECT_THAT(xml, ::testing::HasSubstr("<replaced-characters>3</replaced-characters>"));
}

TEST(XmlOutput, FileNamesCannotEscapeTheOutputDirectory) {
  EXPECT_EQ(xml_path_for("out/xml", "../../etc/passwd"), std::filesystem::path("out/xml/etc/passwd.xml"));
  EXPECT_EQ(xml_path_for("out/xml", "/tmp/a.txt"), std::filesystem::path("out/xml/tmp/a.txt.xml"));
  EXPECT_EQ(xml_path_for("out/xml", "sub/r.txt"), std::filesystem::path("out/xml/sub/r.txt.xml"));
  // A document named findings does not take the corpus findings' file.
  EXPECT_EQ(xml_path_for("out/xml", "findings"), std::filesystem::path("out/xml/findings-2.xml"));
}

// A name too long for a file system (255 bytes) keeps its start and a hash of itself: two stay apart.
TEST(XmlOutput, LongNamesFitTheFileSystem) {
  std::string long_name;
  for (int i = 0; i < 90; ++i) long_name += "报";  // 270 bytes
  const auto first = xml_path_for("out/xml", long_name + "甲.txt").filename().string();
  const auto second = xml_path_for("out/xml", long_name + "乙.txt").filename().string();
  EXPECT_LE(first.size(), 255u);
  EXPECT_NE(first, second);
  EXPECT_TRUE(first.ends_with(".xml"));
  EXPECT_EQ(decode_utf8(first).size() > 0, true);  // cut at a character boundary: valid UTF-8
  EXPECT_EQ(encode_utf8(decode_utf8(first)), first);
}

TEST(XmlOutput, WritesOneFilePerDocument) {
  test::TemporaryDirectory dir;
  PluginContext context;
  context.output_directory = dir.path();
  context.parameters.set("directory", std::string("xml"));
  XmlOutput output(context);
  output.write(full_document());
  output.finish();
  EXPECT_EQ(test::schema_errors(test::read_file(dir / "xml/sub/r.txt.xml")), "");
}

// What a worker's renderer writes is a scratch file; write_rendered moves it into place, and the bytes are
// write()'s. The scratch directory is gone after finish().
TEST(XmlOutput, ARenderedFileIsMovedIntoPlaceAsWriteWouldWriteIt) {
  test::TemporaryDirectory dir;
  PluginContext context;
  context.node_id = "xml";
  context.output_directory = dir.path();
  context.parameters.set("directory", std::string("xml"));
  XmlRenderer renderer(context);
  const std::string name = renderer.render(full_document());
  EXPECT_TRUE(std::filesystem::exists(scratch_file(context, name)));
  XmlOutput output(context);
  output.write_rendered(full_document(), name);
  const std::string rendered = test::read_file(dir / "xml/sub/r.txt.xml");
  EXPECT_FALSE(std::filesystem::exists(scratch_file(context, name)));
  output.write(full_document());
  EXPECT_EQ(test::read_file(dir / "xml/sub/r.txt.xml"), rendered);
  output.finish();
  EXPECT_FALSE(std::filesystem::exists(dir / ".scratch"));
  context.parameters.set("directory", std::string(".scratch/xml"));
  EXPECT_THROW(XmlOutput{context}, ParameterError);
}

}  // namespace
}  // namespace docpipe::xml
