// A plugin built out of tree against the SDK loads into the unmodified host,
// and its layer reaches both outputs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace docpipe::test {
namespace {

using ::testing::HasSubstr;

TEST(ThirdPartyPlugin, IsListedByDocpipePlugins) {
  const auto result = run_docpipe({"plugins", "--plugin-path", THIRD_PARTY_PLUGIN_DIR});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_THAT(result.out, HasSubstr("example.paragraph_lengths"));
  EXPECT_THAT(result.out, HasSubstr("minimum_characters"));
}

TEST(ThirdPartyPlugin, ItsGenericLayerIsSerializedByBothOutputs) {
  TemporaryDirectory dir;
  const auto result =
      run_docpipe({"run", "--plugin-path", THIRD_PARTY_PLUGIN_DIR, "--config",
                   (kSourceDir / "examples" / "third-party-plugin" / "pipeline.xml").string(), "--out",
                   (dir / "out").string(), (kTestData / "reports" / "000_cef3d45027b726e1.txt").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto annotations = read_csv(dir / "out" / "annotations.csv");
  ASSERT_GT(annotations.size(), 5u);
  EXPECT_EQ(annotations[1][column(annotations, "layer")], "paragraph_lengths");
  EXPECT_EQ(annotations[1][column(annotations, "type")], "paragraph");
  EXPECT_THAT(annotations[1][column(annotations, "attributes")], HasSubstr("characters="));
  EXPECT_THAT(read_file(dir / "out" / "xml" / "000_cef3d45027b726e1.txt.xml"),
              HasSubstr("<layer name=\"paragraph_lengths\">"));
}

TEST(ThirdPartyPlugin, ItsFindingsAreGovernedByThePipelinesPolicies) {
  TemporaryDirectory dir;
  // pipeline.xml re-levels example-long-paragraph to info; this county also lowers the threshold.
  write_file(dir / "county.xml",
             "<pipeline><extends>" + (kSourceDir / "examples" / "third-party-plugin" / "pipeline.xml").string() +
                 "</extends><nodes><node><id>lengths</id><parameters><maximum_characters>60</maximum_characters>"
                 "</parameters></node></nodes></pipeline>");
  const auto result =
      run_docpipe({"run", "--plugin-path", THIRD_PARTY_PLUGIN_DIR, "--config", (dir / "county.xml").string(), "--out",
                   (dir / "out").string(), (kTestData / "reports" / "000_cef3d45027b726e1.txt").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto anomalies = read_csv(dir / "out" / "anomalies.csv");
  std::size_t long_paragraphs = 0;
  for (std::size_t row = 1; row < anomalies.size(); ++row) {
    if (anomalies[row][column(anomalies, "rule")] != "example-long-paragraph") continue;
    ++long_paragraphs;
    EXPECT_EQ(anomalies[row][column(anomalies, "severity")], "info");
  }
  EXPECT_GT(long_paragraphs, 0u);
}

TEST(ThirdPartyPlugin, ItsParameterCheckRunsAtValidation) {
  TemporaryDirectory dir;
  write_file(dir / "county.xml",
             "<pipeline><extends>" + (kSourceDir / "examples" / "third-party-plugin" / "pipeline.xml").string() +
                 "</extends><nodes><node><id>lengths</id><parameters><minimum_characters>0</minimum_characters>"
                 "</parameters></node></nodes></pipeline>");
  const auto result =
      run_docpipe({"validate", "--plugin-path", THIRD_PARTY_PLUGIN_DIR, "--config", (dir / "county.xml").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("node 'lengths' (example.paragraph_lengths): parameter 'minimum_characters'"));
}

TEST(ThirdPartyPlugin, WithoutItsPluginPathTheConfigIsRejected) {
  const auto result =
      run_docpipe({"validate", "--config", (kSourceDir / "examples" / "third-party-plugin" / "pipeline.xml").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("unknown plugin 'example.paragraph_lengths'"));
}

}  // namespace
}  // namespace docpipe::test
