// Every bundled plugin checks what it parses when the pipeline is validated: one test per kind of
// mistake a county makes in an override of configs/default.xml. Each message names the file, the node,
// the parameter, the bad value and what is allowed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../../plugins/analysis_anomalies/rule_ids.hpp"  // two plugins have a rule_ids.hpp
#include "config_error.hpp"
#include "pipeline_loader.hpp"
#include "pipeline_validator.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

using test::TemporaryDirectory;
using test::write_file;
using ::testing::AllOf;
using ::testing::HasSubstr;

// The problems of a county config that extends configs/default.xml and sets `parameters` on `node`.
std::string county_error(const std::string& node, const std::string& parameters, const std::string& extra = "") {
  TemporaryDirectory dir;
  write_file(dir / "county.xml", "<pipeline><extends>" + (test::kSourceDir / "configs" / "default.xml").string() +
                                     "</extends><nodes><node><id>" + node + "</id><parameters>" + parameters +
                                     "</parameters></node></nodes>" + extra + "</pipeline>");
  try {
    load_pipeline(dir / "county.xml", {test::kBuiltPlugins, test::kTestPlugins});
    return "";
  } catch (const ConfigError& error) {
    return error.what();
  }
}

TEST(ParameterCheck, TheDefaultConfigAndBothCountyExamplesPass) {
  for (const char* config : {"default.xml", "counties/example-county.xml", "counties/strict-county.xml"}) {
    EXPECT_NO_THROW(load_pipeline(test::kSourceDir / "configs" / config, {test::kBuiltPlugins})) << config;
  }
}

TEST(ParameterCheck, ADeadlineWithAMonthThatDoesNotExist) {
  EXPECT_THAT(county_error("anomalies", "<publication_deadline>15-03</publication_deadline>"),
              AllOf(HasSubstr("county.xml: node 'anomalies' (analysis.anomalies): parameter 'publication_deadline'"),
                    HasSubstr("'15-03'"), HasSubstr("month 15 does not exist"), HasSubstr("MM-DD")));
}

// Every rule the flagger runs is declared by the plugin: a county may switch each off and re-level each.
TEST(RuleDeclarations, EveryRuleTheFlaggerRunsIsDeclared) {
  for (const auto& rule : docpipe::anomalies::kRules) {
    const std::string id = rule.id;
    EXPECT_EQ(county_error("anomalies", "<disabled_rules>" + id + "</disabled_rules>"), "") << id;
    EXPECT_EQ(county_error("anomalies", "<severities>" + id + "=info</severities>"), "") << id;
  }
}

TEST(ParameterCheck, ADeadlineWrittenInChinese) {
  EXPECT_THAT(county_error("anomalies", "<publication_deadline>3月15日</publication_deadline>"),
              AllOf(HasSubstr("parameter 'publication_deadline'"), HasSubstr("'3月15日'"), HasSubstr("not MM-DD")));
  EXPECT_THAT(county_error("anomalies", "<publication_deadline>02-30</publication_deadline>"),
              HasSubstr("day 30 does not exist in month 2"));
}

TEST(ParameterCheck, AnUnknownSeverityLevel) {
  EXPECT_THAT(county_error("anomalies", "<severities>rate-mismatch=critical</severities>"),
              AllOf(HasSubstr("parameter 'severities'"), HasSubstr("'rate-mismatch=critical'"),
                    HasSubstr("'critical' is not a level"), HasSubstr("info, warning, error")));
}

TEST(ParameterCheck, AMisspeltRuleIdWithDidYouMean) {
  EXPECT_THAT(county_error("anomalies", "<disabled_rules>aproximate-precise</disabled_rules>"),
              AllOf(HasSubstr("parameter 'disabled_rules'"),
                    HasSubstr("unknown rule 'aproximate-precise' (did you mean 'approximate-precise'?)")));
}

TEST(ParameterCheck, AnUnknownReportPart) {
  EXPECT_THAT(county_error("anomalies", "<required_parts>+; others</required_parts>"),
              AllOf(HasSubstr("parameter 'required_parts'"), HasSubstr("(did you mean 'other'?)")));
}

TEST(ParameterCheck, AMalformedTaxonomyLine) {
  EXPECT_THAT(county_error("metrics", "<indicator_codes>+; legal_literate_training 法律明白人培训</indicator_codes>"),
              AllOf(HasSubstr("node 'metrics' (analysis.metrics): parameter 'indicator_codes'"),
                    HasSubstr("'legal_literate_training 法律明白人培训'"), HasSubstr("not code=keyword|keyword")));
  EXPECT_THAT(county_error("metrics", "<indicator_codes>+; Legal Aid=法律援助</indicator_codes>"),
              HasSubstr("lower-case letters"));
  EXPECT_THAT(county_error("metrics", "<indicator_codes>+; trees@=植树</indicator_codes>"),
              HasSubstr("no unit after '@'"));
  // - is the one code that is no name: a code of dashes or a dash inside a name is still a mistake.
  EXPECT_THAT(county_error("metrics", "<indicator_codes>+; --=植树</indicator_codes>"),
              HasSubstr("lower-case letters"));
  EXPECT_THAT(county_error("metrics", "<indicator_codes>+; tree-planting=植树</indicator_codes>"),
              HasSubstr("lower-case letters"));
}

TEST(ParameterCheck, AUnitWhoseFactorIsNotANumber) {
  EXPECT_THAT(county_error("metrics", "<units>+; 棵=株*x</units>"),
              AllOf(HasSubstr("parameter 'units'"), HasSubstr("'棵=株*x'"), HasSubstr("not a positive number")));
}

TEST(ParameterCheck, SeveralProblemsOfOneNodeAreAllReported) {
  const auto error = county_error("metrics", "<units>+; 棵=株*x; 亩=*2</units>");
  EXPECT_THAT(error, AllOf(HasSubstr("'棵=株*x'"), HasSubstr("'亩=*2'")));
}

TEST(ParameterCheck, AnEncodingIcuDoesNotKnow) {
  EXPECT_THAT(county_error("txt", "<fallback_encoding>GBKK</fallback_encoding>"),
              AllOf(HasSubstr("node 'txt' (input.txt): parameter 'fallback_encoding'"), HasSubstr("'GBKK'"),
                    HasSubstr("GB18030")));
}

TEST(ParameterCheck, LimitsOutOfTheirRange) {
  EXPECT_THAT(county_error("docx", "<max_part_megabytes>-1</max_part_megabytes>"),
              AllOf(HasSubstr("parameter 'max_part_megabytes'"), HasSubstr("'-1'"), HasSubstr("from 1 to 4096")));
  EXPECT_THAT(county_error("docx", "<max_compression_ratio>nan</max_compression_ratio>"),
              AllOf(HasSubstr("parameter 'max_compression_ratio' must be a finite number, not 'nan'")));
  EXPECT_THAT(county_error("docx", "<max_compression_ratio>0.5</max_compression_ratio>"), HasSubstr("from 1 to"));
  EXPECT_THAT(county_error("pdf", "<max_unreadable_share>30</max_unreadable_share>"),
              AllOf(HasSubstr("parameter 'max_unreadable_share'"), HasSubstr("from 0 to 1")));
  EXPECT_THAT(county_error("txt", "<max_invalid_ratio>-0.1</max_invalid_ratio>"), HasSubstr("from 0 to 1"));
  EXPECT_THAT(county_error("anomalies", "<rate_tolerance>-1</rate_tolerance>"), HasSubstr("cannot be negative"));
  EXPECT_THAT(county_error("anomalies", "<approximation_round_base>0</approximation_round_base>"),
              HasSubstr("parameter 'approximation_round_base'"));
}

TEST(ParameterCheck, AnOutputDirectoryOutsideTheRunsOutput) {
  EXPECT_THAT(county_error("xml", "<directory>../elsewhere</directory>"),
              AllOf(HasSubstr("node 'xml' (output.xml): parameter 'directory'"), HasSubstr("without '..'")));
  EXPECT_THAT(county_error("csv", "<directory>/tmp/x</directory>"), HasSubstr("relative path"));
}

TEST(ParameterCheck, MalformedRateDefinitionsAndPartMentions) {
  EXPECT_THAT(county_error("anomalies", "<rate_definitions>+; 结案率=结案</rate_definitions>"),
              HasSubstr("not rate=numerator/denominator"));
  EXPECT_THAT(county_error("anomalies", "<part_mentions>+; plans=下一步</part_mentions>"),
              HasSubstr("(did you mean 'plan'?)"));
}

TEST(ParameterCheck, NamesGetDidYouMean) {
  EXPECT_THAT(county_error("anomalies", "<publication_dedline>03-31</publication_dedline>"),
              HasSubstr("no parameter 'publication_dedline' (did you mean 'publication_deadline'?)"));
  TemporaryDirectory dir;
  write_file(dir / "p.xml",
             "<pipeline><nodes><node><id>txt</id><plugin>input.text</plugin></node>"
             "<node><id>csv</id><plugin>output.csv</plugin></node></nodes><edges><edge>txt -> cvs</edge></edges>"
             "</pipeline>");
  try {
    load_pipeline(dir / "p.xml", {test::kBuiltPlugins});
    FAIL() << "accepted";
  } catch (const ConfigError& error) {
    EXPECT_THAT(error.what(), HasSubstr("unknown plugin 'input.text' (did you mean 'input.txt'?)"));
  }
  write_file(dir / "p.xml",
             "<pipeline><nodes><node><id>txt</id><plugin>input.txt</plugin></node>"
             "<node><id>csv</id><plugin>output.csv</plugin></node></nodes><edges><edge>txt -> cvs</edge></edges>"
             "</pipeline>");
  try {
    load_pipeline(dir / "p.xml", {test::kBuiltPlugins});
    FAIL() << "accepted";
  } catch (const ConfigError& error) {
    EXPECT_THAT(error.what(), HasSubstr("unknown node 'cvs' (did you mean 'csv'?)"));
  }
}

// Issue 13 item 5: a county's taxonomy entry must be able to win over the base's.
TEST(ListParameters, ACaretPutsACountysEntriesFirstAndAPlusAppends) {
  ParameterSetting setting;
  setting.inherited = {"a; b"};
  setting.inherited_from = {"base.xml"};
  setting.value = "^; x; y";
  setting.defined_in = "county.xml";
  EXPECT_EQ(resolve_list("default", setting), (std::vector<std::string>{"x", "y", "a", "b"}));
  setting.value = "+; x";
  EXPECT_EQ(resolve_list("default", setting), (std::vector<std::string>{"a", "b", "x"}));
  setting.value = "x";
  EXPECT_EQ(resolve_list("default", setting), (std::vector<std::string>{"x"}));
  setting.inherited = {"^ first"};
  setting.value = "+ last";
  EXPECT_EQ(resolve_list("d1; d2", setting), (std::vector<std::string>{"first", "d1", "d2", "last"}));
}

}  // namespace
}  // namespace docpipe::host
