// The host's <policies>: rules of any plugin switched off or re-levelled after the analyses.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "anomaly_policy.hpp"
#include "config_error.hpp"
#include "pipeline_loader.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

using ::testing::HasSubstr;

const std::vector<std::string> kKnown = {"test-long-document", "test-first-line"};

TEST(AnomalyPolicy, DropsDisabledRulesAndRelevelsOthersKeepingOrder) {
  const auto policy = read_anomaly_policy({"test-first-line"}, {"test-long-document=error"}, kKnown);
  Document document;
  document.anomalies = {{"test-long-document", Severity::warning, "", "a", "", 0, 1},
                        {"test-first-line", Severity::info, "", "b", "", 0, 1},
                        {"other", Severity::info, "", "c", "", 0, 1}};
  policy.apply(document);
  ASSERT_EQ(document.anomalies.size(), 2u);
  EXPECT_EQ(document.anomalies[0].rule, "test-long-document");
  EXPECT_EQ(document.anomalies[0].severity, Severity::error);
  EXPECT_EQ(document.anomalies[1].rule, "other");
  EXPECT_EQ(document.anomalies[1].severity, Severity::info);
}

TEST(AnomalyPolicy, AppliesToTheCorpusStagesFindingsToo) {
  const auto policy = read_anomaly_policy({"test-first-line"}, {"test-long-document=error"}, kKnown);
  std::vector<Finding> findings = {{"a.txt", "test-first-line", Severity::info, "", "x", "", 0, 0, 0, 0},
                                   {"b.txt", "test-long-document", Severity::warning, "a.txt", "y", "", 0, 0, 0, 0}};
  policy.apply(findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].document, "b.txt");
  EXPECT_EQ(findings[0].severity, Severity::error);
}

TEST(AnomalyPolicy, UnknownRulesAndLevelsAreProblemsWithSuggestions) {
  try {
    read_anomaly_policy({"test-first-lines"}, {"test-long-document=fatal", "nonsense"}, kKnown);
    FAIL() << "accepted";
  } catch (const ParameterError& error) {
    ASSERT_EQ(error.problems().size(), 3u);
    EXPECT_THAT(error.problems()[0].reason, HasSubstr("(did you mean 'test-first-line'?)"));
    EXPECT_THAT(error.problems()[1].reason, HasSubstr("'fatal' is not a level"));
    EXPECT_THAT(error.problems()[2].reason, HasSubstr("not rule=level"));
  }
}

TEST(AnomalyPolicy, ThePipelineKnowsTheRulesItsPluginsDeclare) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "p.xml",
                   "<pipeline><policies><disabled_rules>test-first-line; late-publication</disabled_rules>"
                   "</policies><nodes><node><id>txt</id><plugin>input.txt</plugin></node>"
                   "<node><id>emits</id><plugin>test.emits_anomalies</plugin></node>"
                   "<node><id>csv</id><plugin>output.csv</plugin></node></nodes>"
                   "<edges><edge>txt -> emits</edge><edge>emits -> csv</edge></edges></pipeline>");
  try {
    load_pipeline(dir / "p.xml", {test::kBuiltPlugins, test::kTestPlugins});
    FAIL() << "accepted a rule no plugin of the pipeline declares";
  } catch (const ConfigError& error) {
    EXPECT_THAT(error.what(), HasSubstr("p.xml: policies: disabled_rules: 'late-publication': unknown rule"));
    EXPECT_THAT(error.what(), HasSubstr("test-long-document, test-first-line"));
  }
}

}  // namespace
}  // namespace docpipe::host
