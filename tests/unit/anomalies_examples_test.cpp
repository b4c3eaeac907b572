// The anomalies of the five example reports: every error and warning is one a careful reviewer agrees
// with (each is justified in docs/analysis-anomalies.md), and none else is raised.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// "rule: evidence" of every error and warning.
std::vector<std::string> questions(const std::string& name) {
  std::vector<std::string> out;
  const auto document = test::process_with_default_pipeline(test::kTestData / "reports" / (name + ".txt"));
  for (const auto& a : document.anomalies) {
    if (a.severity != Severity::info) out.push_back(a.rule + ": " + a.evidence.substr(0, a.evidence.find("，")));
  }
  return out;
}

TEST(ExampleAnomalies, HuangmenHasNoLeadershipPart) {
  EXPECT_THAT(questions("000_cef3d45027b726e1"), ElementsAre("missing-section: leadership"));
}

TEST(ExampleAnomalies, NichengRepeatsThree) {
  EXPECT_THAT(questions("001_45bb725d25c6ce65"), ElementsAre("heading-sequence: 三、存在的不足和原因"));
}

TEST(ExampleAnomalies, MawangAndQinglongRaiseNoWarnings) {
  EXPECT_THAT(questions("002_0bf2e85c5618e9db"), IsEmpty());
  EXPECT_THAT(questions("003_f3ad0f8b935bdfdd"), IsEmpty());
}

TEST(ExampleAnomalies, DongliMiscomputesItsRateRepeatsTwoLosesANumeralAndIsLateAndUndated) {
  EXPECT_THAT(questions("004_a8147dcb4b98a366"),
              ElementsAre("missing-section: leadership", "late-publication: 发布日期2020-04-13；期限2020-04-01",
                          "heading-sequence: 二、依法行政,深入推行政务公开",
                          "heading-sequence: 、加强社会矛盾防范和化解,社会发展局面不断稳定",
                          "rate-mismatch: 排查社会矛盾纠纷：205宗；成功化解：198宗；93%", "malformed-date: 2020413"));
}

TEST(ExampleAnomalies, NichengsConsistentMediationFiguresAreNotFlagged) {
  const auto document = test::process_with_default_pipeline(test::kTestData / "reports" / "001_45bb725d25c6ce65.txt");
  for (const auto& a : document.anomalies) EXPECT_NE(a.rule, "rate-mismatch") << a.message;
}

// The two county configs differ in rules and thresholds, and it shows in their output.
std::vector<std::vector<std::string>> anomalies_with(const std::string& config, const test::TemporaryDirectory& dir) {
  const auto out = dir / config;
  const auto result =
      test::run_docpipe({"run", "--config", (test::kSourceDir / "configs" / "counties" / config).string(), "--out",
                         out.string(), (test::kTestData / "reports").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return test::read_csv(out / "anomalies.csv");
}

std::size_t count(const std::vector<std::vector<std::string>>& table, const std::string& rule,
                  const std::string& severity) {
  std::size_t n = 0;
  for (std::size_t i = 1; i < table.size(); ++i) n += table[i][1] == rule && table[i][2] == severity;
  return n;
}

TEST(CountyConfigs, ExampleCountySwitchesOffInformationalRules) {
  test::TemporaryDirectory dir;
  const auto table = anomalies_with("example-county.xml", dir);
  EXPECT_EQ(count(table, "approximate-precise", "info"), 0u);
  EXPECT_EQ(count(table, "leftover-artifact", "info"), 0u);
  EXPECT_EQ(count(table, "rate-mismatch", "error"), 1u);
}

TEST(CountyConfigs, StrictCountyReLevelsAndRetunes) {
  test::TemporaryDirectory dir;
  const auto table = anomalies_with("strict-county.xml", dir);
  EXPECT_EQ(count(table, "missing-section", "warning"), 0u);
  EXPECT_GE(count(table, "missing-section", "error"), 3u);  // leadership in three reports, "other" in all
  EXPECT_EQ(count(table, "heading-sequence", "error"), 3u);
  EXPECT_GT(count(table, "approximate-precise", "info"), 5u);  // 余 must round to hundreds
}

}  // namespace
}  // namespace docpipe
