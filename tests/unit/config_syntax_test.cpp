// Strict config syntax: what the county wrote is what the host reads, or an error with file and line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config_error.hpp"
#include "pipeline_config.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

using test::TemporaryDirectory;
using test::write_file;
using ::testing::HasSubstr;

std::string config_error(const std::string& name, const std::string& text) {
  TemporaryDirectory dir;
  write_file(dir / name, text);
  try {
    load_pipeline_config(dir / name);
    return "";
  } catch (const ConfigError& error) {
    return error.what();
  }
}

TEST(ConfigSyntax, AMismatchedClosingTagIsAnErrorWithItsLine) {
  const std::string error = config_error("county.xml",
                                         "<pipeline>\n"
                                         "  <nodes>\n"
                                         "    <node><id>metrics</id><plugin>analysis.metrics</plugin>\n"
                                         "      <parameters>\n"
                                         "        <units>+; 棵</unit>\n"
                                         "      </parameters>\n"
                                         "    </node>\n"
                                         "  </nodes>\n"
                                         "</pipeline>\n");
  EXPECT_THAT(error, HasSubstr("county.xml:5: malformed XML"));
  EXPECT_THAT(error, HasSubstr("units"));
}

TEST(ConfigSyntax, AnUndefinedEntityIsAnError) {
  EXPECT_THAT(config_error("c.xml", "<pipeline>\n<nodes>&bogus;</nodes></pipeline>"),
              HasSubstr("c.xml:2: malformed XML"));
}

TEST(ConfigSyntax, ADoctypeIsRefusedSoNoEntityIsEverExpanded) {
  const std::string error = config_error("c.xml",
                                         "<?xml version=\"1.0\"?>\n<!DOCTYPE pipeline [<!ENTITY x "
                                         "\"txt\">]>\n<pipeline><remove><node>&x;</node></remove></pipeline>");
  EXPECT_THAT(error, HasSubstr("c.xml"));
  EXPECT_THAT(error, ::testing::AnyOf(HasSubstr("DOCTYPE"), HasSubstr("entity")));
}

TEST(ConfigSyntax, AnElementRepeatedWhereOneIsAllowedIsAnErrorWithBothLines) {
  const std::string error = config_error("c.xml",
                                         "<pipeline><nodes>\n"
                                         "<node><id>txt</id>\n"
                                         "<plugin>input.txt</plugin>\n"
                                         "<plugin>input.pdf</plugin></node>\n"
                                         "</nodes></pipeline>");
  EXPECT_THAT(error, HasSubstr("c.xml:4: <plugin> appears twice in <node> (first on line 3)"));
  EXPECT_THAT(config_error("c.xml",
                           "<pipeline><nodes><node><id>csv</id><plugin>output.csv</plugin><parameters>\n"
                           "<excel_bom>true</excel_bom>\n<excel_bom>false</excel_bom>\n"
                           "</parameters></node></nodes></pipeline>"),
              HasSubstr("c.xml:3: <excel_bom> appears twice in <parameters>"));
}

TEST(ConfigSyntax, RepeatedSectionsAtTheRootStillApplyInOrder) {
  EXPECT_EQ(config_error("c.xml",
                         "<pipeline><nodes><node><id>txt</id><plugin>input.txt</plugin></node></nodes>"
                         "<nodes><node><id>csv</id><plugin>output.csv</plugin></node></nodes>"
                         "<edges><edge>txt -> csv</edge></edges></pipeline>"),
            "");
}

TEST(ConfigSyntax, AttributesAndTextBesideElementsAreErrors) {
  EXPECT_THAT(config_error("c.xml", "<pipeline>\n<nodes><node id=\"txt\"/></nodes></pipeline>"),
              HasSubstr("c.xml:2: <node> has attributes"));
  EXPECT_THAT(
      config_error("c.xml",
                   "<pipeline><nodes>\nstray<node><id>x</id><plugin>input.txt</plugin></node></nodes></pipeline>"),
      HasSubstr("holds text beside its child elements"));
}

TEST(ConfigSyntax, TheRootMustBePipeline) {
  EXPECT_THAT(config_error("c.xml", "<config><nodes/></config>"), HasSubstr("the root element must be <pipeline>"));
}

// Issue 16 item 5: a config nested ~30,000 deep crashed the host (exit 139).
TEST(ConfigSyntax, DeepNestingIsAnErrorNotACrash) {
  std::string xml = "<pipeline><nodes>";
  for (int i = 0; i < 30000; ++i) xml += "<a>";
  for (int i = 0; i < 30000; ++i) xml += "</a>";
  xml += "</nodes></pipeline>";
  EXPECT_THAT(config_error("deep.xml", xml), HasSubstr("deep.xml:1:"));

  std::string json = "{\"nodes\": ";
  for (int i = 0; i < 30000; ++i) json += "[";
  for (int i = 0; i < 30000; ++i) json += "]";
  json += "}";
  EXPECT_THAT(config_error("deep.json", json), HasSubstr("nests deeper than"));

  std::string info = "nodes ";
  for (int i = 0; i < 30000; ++i) info += "{ a ";
  for (int i = 0; i < 30000; ++i) info += "} ";
  EXPECT_THAT(config_error("deep.info", info), HasSubstr("nests deeper than"));
}

TEST(ConfigSyntax, MalformedJsonAndInfoAreErrorsWithTheirLine) {
  EXPECT_THAT(config_error("c.json", "{\n\"nodes\": [\n{\"id\": \"txt\",, }\n]}"),
              HasSubstr("c.json:3: malformed JSON"));
  EXPECT_THAT(config_error("c.info", "nodes\n{\n  node { id txt\n"), HasSubstr("c.info:"));
  EXPECT_THAT(config_error("c.info", "nodes\n{\n  node { id txt\n"), HasSubstr("malformed INFO"));
}

TEST(ConfigSyntax, APolicyNameIsCheckedWithDidYouMean) {
  EXPECT_THAT(config_error("c.xml", "<pipeline><policies><disabled_rule>x</disabled_rule></policies></pipeline>"),
              HasSubstr("unknown policy 'disabled_rule' (did you mean 'disabled_rules'?)"));
}

}  // namespace
}  // namespace docpipe::host
