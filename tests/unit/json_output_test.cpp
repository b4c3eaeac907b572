// output.json and the SDK's docpipe/json_document.hpp: the XML's content as JSON, in a fixed key order,
// always valid UTF-8, one line per document in documents.jsonl.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <limits>

#include "docpipe/json_document.hpp"
#include "json_output.hpp"
#include "test_support.hpp"

namespace docpipe::json {
namespace {

using ::testing::ElementsAre;

Document full_document() {
  Document d;
  d.id = "sub/r.txt";
  d.source = "in/sub/r.txt";
  d.format = "txt";
  d.encoding = "UTF-8";
  d.metadata.set("title", "黄门镇2024年法治建设工作报告");
  d.metadata.add("removed.page-number", "— 1 —");
  d.text = "一、工作情况\n开展法治讲座14期，覆盖率98.5%。";
  Block heading;
  heading.kind = BlockKind::heading, heading.start = 0, heading.end = 6, heading.heading_level = 1;
  d.blocks.push_back(heading);
  d.sections.push_back({"s1", "", 1, "一、", "工作情况", {"achievements"}, 0, 29});
  Metric lectures;
  lectures.section = "s1", lectures.indicator = "法治讲座", lectures.code = "legal_lectures", lectures.value = 14;
  lectures.unit = "期", lectures.text = "14期", lectures.start = 13, lectures.end = 16;
  lectures.id = "m1", lectures.role = role::total, lectures.page = 2;
  Metric coverage = lectures;
  coverage.id = "m2", coverage.role = role::rate, coverage.of = "m1";
  coverage.code = "coverage_rate", coverage.value = 98.5, coverage.unit = "%";
  d.metrics = {lectures, coverage};
  Anomaly anomaly;
  anomaly.rule = "heading-sequence", anomaly.section = "s1", anomaly.message = "标题编号重复",
  anomaly.evidence = "二、", anomaly.heading = "工作情况", anomaly.page = 2;
  d.anomalies.push_back(anomaly);
  d.layers["section_lengths"].push_back({0, 17, "section", {{"characters", "17"}, {"b", "2"}}});
  return d;
}

std::vector<std::string> keys(const boost::json::object& object) {
  std::vector<std::string> out;
  for (const auto& entry : object) out.emplace_back(entry.key());
  return out;
}

TEST(JsonDocument, CarriesEveryLayerInAFixedKeyOrder) {
  const std::string line = serialize_document(full_document());
  EXPECT_EQ(line.find('\n'), std::string::npos);
  const auto object = boost::json::parse(line).as_object();
  EXPECT_THAT(keys(object), ElementsAre("id", "source", "format", "encoding", "status", "metadata", "characters",
                                        "text", "blocks", "sections", "metrics", "anomalies", "layers"));
  EXPECT_EQ(object.at("characters").to_number<std::uint64_t>(), 26u);
  EXPECT_EQ(object.at("metrics").as_array()[0].at("value").as_int64(), 14);
  EXPECT_DOUBLE_EQ(object.at("metrics").as_array()[1].at("value").as_double(), 98.5);
  EXPECT_THAT(line, ::testing::HasSubstr("\"value\":98.5,"));  // a plain decimal, as in every output
  const auto& rate = object.at("metrics").as_array()[1].as_object();
  EXPECT_EQ(rate.at("id").as_string(), "m2");
  EXPECT_EQ(rate.at("role").as_string(), "rate");
  EXPECT_EQ(rate.at("of").as_string(), "m1");
  EXPECT_EQ(rate.at("page").as_int64(), 2);
  const auto& finding = object.at("anomalies").as_array()[0].as_object();
  EXPECT_EQ(finding.at("heading").as_string(), "工作情况");
  EXPECT_EQ(finding.at("page").as_int64(), 2);
  EXPECT_EQ(object.at("sections").as_array()[0].at("title").as_string(), "工作情况");
  const auto& annotation = object.at("layers").at("section_lengths").as_array()[0].as_object();
  EXPECT_THAT(keys(annotation.at("attributes").as_object()), ElementsAre("characters", "b"));
  EXPECT_EQ(line, serialize_document(full_document()));  // same document, same bytes
}

TEST(JsonDocument, AFailedDocumentHasItsErrorAndNoLayers) {
  Document d = full_document();
  d.status = DocumentStatus::error;
  d.error = "input.txt: not text";
  const auto object = boost::json::parse(serialize_document(d)).as_object();
  EXPECT_EQ(object.at("status").as_string(), "error");
  EXPECT_EQ(object.at("error").as_string(), "input.txt: not text");
  EXPECT_FALSE(object.contains("sections"));
  EXPECT_FALSE(object.contains("metrics"));
}

TEST(JsonDocument, InvalidUtf8InIdsAndErrorsBecomesReplacementCharacters) {
  Document d;
  d.id = "bad\xFF\xC0name.txt";
  d.status = DocumentStatus::error;
  d.error = "cannot read \xE4\xB8";
  const auto object = boost::json::parse(serialize_document(d)).as_object();
  EXPECT_EQ(object.at("id").as_string(), "bad\uFFFD\uFFFDname.txt");
  EXPECT_EQ(object.at("error").as_string(), "cannot read \uFFFD\uFFFD");
  EXPECT_EQ(utf8_safe("法治 ok"), "法治 ok");
}

TEST(JsonDocument, AnAttributeGivenTwiceIsOneKeyInItsFirstPlaceWithItsLastValue) {
  // JSON keys are unique: a plugin that sets an attribute again (or two names that are the same once made valid
  // UTF-8) must not make a line that a strict reader rejects.
  Document d = full_document();
  d.layers["section_lengths"][0].attributes = {{"a", "1"}, {"b", "2"}, {"a", "3"}, {"c\xFF", "4"}, {"c\xFE", "5"}};
  const std::string line = serialize_document(d);
  EXPECT_THAT(line, ::testing::HasSubstr(R"("attributes":{"a":"3","b":"2","c�":"5"})"));
  const auto object = boost::json::parse(line).as_object();
  const auto& attributes = object.at("layers").at("section_lengths").as_array()[0].at("attributes").as_object();
  EXPECT_THAT(keys(attributes), ElementsAre("a", "b", "c\uFFFD"));
}

TEST(JsonDocument, FiguresAreIntegersWhenWholeAndNullWhenNoNumber) {
  Document d = full_document();
  d.metrics[0].value = -0.0;
  d.metrics[1].value = std::numeric_limits<double>::quiet_NaN();
  d.metrics[1].value_max = 0.25;
  const std::string line = serialize_document(d);
  EXPECT_THAT(line, ::testing::HasSubstr(R"("value":0,)"));
  EXPECT_THAT(line, ::testing::HasSubstr(R"("value":null,"value_max":0.25,)"));
  EXPECT_NO_THROW(boost::json::parse(line));
}

TEST(JsonOutput, WritesOneLinePerDocumentInOrderOnFinish) {
  test::TemporaryDirectory dir;
  Parameters parameters;
  parameters.set("file", std::string("documents.jsonl"));
  JsonLinesOutput output(PluginContext{"json", parameters, dir.path()});
  Document failed;
  failed.id = "bad.bin", failed.status = DocumentStatus::error, failed.error = "unknown format";
  output.write(full_document());
  output.write(failed);
  EXPECT_FALSE(std::filesystem::exists(dir / "documents.jsonl"));  // only complete files appear
  output.finish();
  EXPECT_EQ(test::read_file(dir / "documents.jsonl"),
            serialize_document(full_document()) + "\n" + serialize_document(failed) + "\n");
}

}  // namespace
}  // namespace docpipe::json
