// Issue 13 end to end: what validates runs. Each mistake class makes `validate` and `run` exit 2 before
// any document is read; --print round-trips the county examples; <policies> govern a third-party plugin's
// findings; a library in --plugin-path replaces a bundled plugin of the same name.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace docpipe::test {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

const std::string kDefault = (kSourceDir / "configs" / "default.xml").string();
const std::string kReports = (kTestData / "reports").string();

// A county override of configs/default.xml setting `parameters` on node `node`.
std::string county(const std::string& node, const std::string& parameters) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pipeline>\n  <extends>" + kDefault +
         "</extends>\n  <nodes>\n    <node>\n      <id>" + node + "</id>\n      <parameters>" + parameters +
         "</parameters>\n    </node>\n  </nodes>\n</pipeline>\n";
}

struct Mistake {
  std::string name;
  std::string node;
  std::string parameters;
  std::string parameter;  // the message must name it
  std::string value;      // and the bad value
};

const std::vector<Mistake> kMistakes = {
    {"deadline-digits", "anomalies", "<publication_deadline>15-03</publication_deadline>", "publication_deadline",
     "15-03"},
    {"deadline-chinese", "anomalies", "<publication_deadline>3月15日</publication_deadline>", "publication_deadline",
     "3月15日"},
    {"severity", "anomalies", "<severities>rate-mismatch=critical</severities>", "severities",
     "rate-mismatch=critical"},
    {"rule-id", "anomalies", "<disabled_rules>aproximate-precise</disabled_rules>", "disabled_rules",
     "did you mean 'approximate-precise'?"},
    {"taxonomy-line", "metrics", "<indicator_codes>+; legal_literate_training 法律明白人培训</indicator_codes>",
     "indicator_codes", "legal_literate_training 法律明白人培训"},
    {"unit", "metrics", "<units>+; 棵=株*x</units>", "units", "棵=株*x"},
    {"encoding", "txt", "<fallback_encoding>GBKK</fallback_encoding>", "fallback_encoding", "GBKK"},
    {"limit", "docx", "<max_part_megabytes>-1</max_part_megabytes>", "max_part_megabytes", "-1"},
    {"nan", "docx", "<max_compression_ratio>nan</max_compression_ratio>", "max_compression_ratio", "nan"},
    {"indicator-label", "html", "<indicator_labels>+; fines 罚没款</indicator_labels>", "indicator_labels",
     "fines 罚没款"},
};

TEST(ConfigChecking, EachMistakeMakesValidateAndRunExitTwoBeforeAnyRow) {
  TemporaryDirectory dir;
  for (const auto& mistake : kMistakes) {
    const fs::path config = dir / (mistake.name + ".xml");
    write_file(config, county(mistake.node, mistake.parameters));
    const auto validated = run_docpipe({"validate", "--config", config.string()});
    EXPECT_EQ(validated.exit_code, 2) << mistake.name;
    EXPECT_THAT(validated.err, AllOf(HasSubstr(config.string()), HasSubstr("node '" + mistake.node + "'"),
                                     HasSubstr(mistake.parameter), HasSubstr(mistake.value)))
        << mistake.name;

    const fs::path out = dir / ("out-" + mistake.name);
    const auto ran = run_docpipe({"run", "--config", config.string(), "--out", out.string(), "-j", "1", kReports});
    EXPECT_EQ(ran.exit_code, 2) << mistake.name;
    EXPECT_THAT(ran.err, HasSubstr(mistake.parameter)) << mistake.name;
    EXPECT_FALSE(fs::exists(out / "documents.csv")) << mistake.name << ": a row was written";
  }
}

TEST(ConfigChecking, AMismatchedClosingTagIsReportedWithItsLine) {
  TemporaryDirectory dir;
  std::string text = county("metrics", "\n        <units>+; 棵</unit>\n      ");
  write_file(dir / "county.xml", text);
  const auto result = run_docpipe({"validate", "--config", (dir / "county.xml").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr((dir / "county.xml").string() + ":8: malformed XML"));
}

// Issue 16 item 5: this crashed the host with exit 139.
TEST(ConfigChecking, AConfigNestedThirtyThousandDeepIsAnErrorNotACrash) {
  TemporaryDirectory dir;
  std::string xml = "<pipeline>";
  for (int i = 0; i < 30000; ++i) xml += "<n>";
  for (int i = 0; i < 30000; ++i) xml += "</n>";
  write_file(dir / "deep.xml", xml + "</pipeline>");
  const auto result = run_docpipe({"validate", "--config", (dir / "deep.xml").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("deep.xml:1: malformed XML"));
}

class PrintRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(PrintRoundTrip, ThePrintedConfigValidatesAndRunsIdentically) {
  TemporaryDirectory dir;
  const std::string original = (kSourceDir / "configs" / "counties" / GetParam()).string();
  const auto printed = run_docpipe({"validate", "--config", original, "--print"});
  ASSERT_EQ(printed.exit_code, 0) << printed.err;
  EXPECT_THAT(printed.out, HasSubstr(GetParam() + " sets -->"));  // where an override came from
  EXPECT_THAT(printed.out, ::testing::Not(HasSubstr("<extends>")));
  write_file(dir / "effective.xml", printed.out);

  const auto validated = run_docpipe({"validate", "--config", (dir / "effective.xml").string()});
  EXPECT_EQ(validated.exit_code, 0) << validated.err;
  const auto reprinted = run_docpipe({"validate", "--config", (dir / "effective.xml").string(), "--print"});
  EXPECT_EQ(reprinted.exit_code, 0) << reprinted.err;

  const auto a = run_docpipe({"run", "--config", original, "--out", (dir / "a").string(), "-j", "2", kReports});
  const auto b = run_docpipe(
      {"run", "--config", (dir / "effective.xml").string(), "--out", (dir / "b").string(), "-j", "2", kReports});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  std::size_t compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir / "a")) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = fs::relative(entry.path(), dir / "a");
    // The run's record of its config names the files it came from; its hash (in the manifest) must agree.
    if (relative == fs::path(".docpipe") / "config.xml") continue;
    ASSERT_TRUE(fs::exists(dir / "b" / relative)) << relative;
    EXPECT_EQ(read_file(entry.path()), read_file(dir / "b" / relative)) << relative;
    ++compared;
  }
  EXPECT_GE(compared, 5u);
}

INSTANTIATE_TEST_SUITE_P(CountyExamples, PrintRoundTrip, ::testing::Values("example-county.xml", "strict-county.xml"));

const char* kEmittingPipeline = R"(<pipeline>
  %POLICIES%
  <nodes>
    <node><id>txt</id><plugin>input.txt</plugin></node>
    <node><id>third_party</id><plugin>test.emits_anomalies</plugin></node>
    <node><id>csv</id><plugin>output.csv</plugin></node>
  </nodes>
  <edges><edge>txt -> third_party</edge><edge>third_party -> csv</edge></edges>
</pipeline>)";

std::vector<std::vector<std::string>> anomalies_with(const std::string& policies) {
  TemporaryDirectory dir;
  std::string config = kEmittingPipeline;
  config.replace(config.find("%POLICIES%"), 10, policies);
  write_file(dir / "p.xml", config);
  const auto result =
      run_docpipe({"run", "--plugin-path", kTestPlugins.string(), "--config", (dir / "p.xml").string(), "--out",
                   (dir / "out").string(), (kTestData / "reports" / "000_cef3d45027b726e1.txt").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return read_csv(dir / "out" / "anomalies.csv");
}

TEST(ConfigChecking, PoliciesSwitchOffAndRelevelAThirdPartyPluginsFindings) {
  const auto plain = anomalies_with("");
  ASSERT_EQ(plain.size(), 3u);
  EXPECT_EQ(plain[1][column(plain, "rule")], "test-long-document");
  EXPECT_EQ(plain[1][column(plain, "severity")], "warning");
  EXPECT_EQ(plain[2][column(plain, "rule")], "test-first-line");

  const auto governed = anomalies_with(
      "<policies><disabled_rules>test-first-line</disabled_rules>"
      "<severities>test-long-document=error</severities></policies>");
  ASSERT_EQ(governed.size(), 2u);
  EXPECT_EQ(governed[1][column(governed, "rule")], "test-long-document");
  EXPECT_EQ(governed[1][column(governed, "severity")], "error");
}

TEST(ConfigChecking, ABundledPluginIsReplacedFromAnExplicitPluginPath) {
  const auto listed = run_docpipe({"plugins", "--plugin-path", kReplacementPlugins.string(), "output.csv"});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_THAT(listed.out, HasSubstr("9.0.0-test"));
  EXPECT_THAT(listed.out, HasSubstr("notice: plugin 'output.csv' from " + kReplacementPlugins.string()));

  TemporaryDirectory dir;
  const auto result =
      run_docpipe({"run", "--plugin-path", kReplacementPlugins.string(), "--config",
                   (kSourceDir / "configs" / "counties" / "example-county.xml").string(), "--out",
                   (dir / "out").string(), (kTestData / "reports" / "000_cef3d45027b726e1.txt").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("notice: plugin 'output.csv' from " + kReplacementPlugins.string()));
  EXPECT_EQ(read_file(dir / "out" / "replaced.txt"), "000_cef3d45027b726e1.txt\n");
  EXPECT_FALSE(fs::exists(dir / "out" / "documents.csv"));
}

// Issue 13 item 5: with "+" the base's publicity_materials (…|手册) matches first; with "^" the county's
// entry is tried first and wins.
TEST(ConfigChecking, ACaretPutsACountysTaxonomyEntryFirst) {
  TemporaryDirectory dir;
  write_file(dir / "report.txt",
             "某镇2023年法治政府建设工作报告\n一、主要工作\n全年发放农村法律明白人培训手册500册。\n");
  const auto code_with = [&](const std::string& mark) {
    write_file(dir / "county.xml", county("metrics", "<indicator_codes>" + mark +
                                                         "; legal_literate_training=法律明白人培训</indicator_codes>"));
    const fs::path out = dir / ("out" + mark);
    const auto result = run_docpipe(
        {"run", "--config", (dir / "county.xml").string(), "--out", out.string(), (dir / "report.txt").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto metrics = read_csv(out / "metrics.csv");
    for (std::size_t row = 1; row < metrics.size(); ++row) {
      if (metrics[row][column(metrics, "value")] == "500") return metrics[row][column(metrics, "code")];
    }
    return std::string("(no metric 500)");
  };
  EXPECT_EQ(code_with("+"), "publicity_materials");
  EXPECT_EQ(code_with("^"), "legal_literate_training");
}

}  // namespace
}  // namespace docpipe::test
