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

TEST(ThirdPartyPlugin, WithoutItsPluginPathTheConfigIsRejected) {
  const auto result =
      run_docpipe({"validate", "--config", (kSourceDir / "examples" / "third-party-plugin" / "pipeline.xml").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("unknown plugin 'example.paragraph_lengths'"));
}

}  // namespace
}  // namespace docpipe::test
