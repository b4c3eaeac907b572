// Validation before any document runs: every error names the node and the file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config_error.hpp"
#include "pipeline_loader.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

using test::TemporaryDirectory;
using test::write_file;

std::string pipeline_xml(const std::string& nodes, const std::string& edges) {
  return "<pipeline><nodes>" + nodes + "</nodes><edges>" + edges + "</edges></pipeline>";
}

std::string node_xml(const std::string& id, const std::string& plugin, const std::string& parameters = "") {
  return "<node><id>" + id + "</id><plugin>" + plugin + "</plugin>" +
         (parameters.empty() ? "" : "<parameters>" + parameters + "</parameters>") + "</node>";
}

const std::string kTxt = node_xml("txt", "input.txt");
const std::string kCsv = node_xml("csv", "output.csv");

// Loads the pipeline with the bundled and the test plugins; returns the error text ("" if valid).
std::string validation_error(const std::string& xml) {
  TemporaryDirectory dir;
  write_file(dir / "county.xml", xml);
  try {
    load_pipeline(dir / "county.xml", {test::kBuiltPlugins, test::kTestPlugins});
    return "";
  } catch (const ConfigError& error) {
    return error.what();
  }
}

auto Mentions(const std::string& fragment) { return ::testing::HasSubstr(fragment); }

TEST(PipelineValidator, AcceptsAValidPipeline) {
  EXPECT_EQ(validation_error(pipeline_xml(kTxt + kCsv, "<edge>txt -> csv</edge>")), "");
}

TEST(PipelineValidator, OrdersNodesSoUpstreamRunsFirst) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", pipeline_xml(kCsv + node_xml("throw", "test.throwing") + kTxt,
                                         "<edge>throw -> csv</edge><edge>txt -> throw</edge>"));
  const auto loaded = load_pipeline(dir / "p.xml", {test::kTestPlugins});
  ASSERT_EQ(loaded.pipeline.nodes.size(), 3u);
  EXPECT_EQ(loaded.pipeline.nodes[0].id, "txt");
  EXPECT_EQ(loaded.pipeline.nodes[1].id, "throw");
  EXPECT_EQ(loaded.pipeline.nodes[2].id, "csv");
  const Route& route = loaded.pipeline.routes.at(0);
  EXPECT_EQ(route.analyses, std::vector<std::size_t>{1});
  EXPECT_EQ(route.outputs, std::vector<std::size_t>{2});
}

const std::string kCorpusChain = node_xml("sections", "analysis.sections") +
                                 node_xml("metrics", "analysis.metrics", "<units>件</units>") +
                                 node_xml("corpus", "analysis.corpus");

TEST(PipelineValidator, ACorpusNodeTakesSummariesAndFeedsItsOutputsFindings) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", pipeline_xml(kTxt + kCorpusChain + kCsv + node_xml("xml", "output.xml"),
                                         "<edge>txt -> sections</edge><edge>sections -> metrics</edge>"
                                         "<edge>metrics -> corpus</edge><edge>metrics -> xml</edge>"
                                         "<edge>corpus -> csv</edge>"));
  const auto loaded = load_pipeline(dir / "p.xml", {test::kBuiltPlugins});
  const auto& pipeline = loaded.pipeline;
  ASSERT_EQ(pipeline.corpora.size(), 1u);
  const std::size_t corpus = pipeline.corpora[0];
  EXPECT_EQ(pipeline.nodes[corpus].id, "corpus");
  ASSERT_EQ(pipeline.corpus_outputs.at(corpus).size(), 1u);
  EXPECT_EQ(pipeline.nodes[pipeline.corpus_outputs.at(corpus)[0]].id, "csv");
  const Route& route = pipeline.routes.at(pipeline.inputs[0]);
  EXPECT_EQ(route.corpora, std::vector<std::size_t>{corpus});
  EXPECT_EQ(route.analyses.size(), 2u);  // the corpus node is not a per-document analysis
  EXPECT_EQ(route.outputs.size(), 2u);
}

TEST(PipelineValidator, ACorpusNodeFeedsOutputsOnly) {
  const auto error = validation_error(
      pipeline_xml(kTxt + kCorpusChain + node_xml("anomalies", "analysis.anomalies") + kCsv,
                   "<edge>txt -> sections</edge><edge>sections -> metrics</edge><edge>metrics -> corpus</edge>"
                   "<edge>corpus -> anomalies</edge><edge>anomalies -> csv</edge>"));
  EXPECT_THAT(error, Mentions("edge 'corpus -> anomalies' leads from corpus node 'corpus' to a node that is not an "
                              "output"));
}

TEST(PipelineValidator, PoliciesAcceptTheCorpusRules) {
  const auto error = validation_error(
      "<pipeline><policies><disabled_rules>outlier</disabled_rules><severities>copied-passage=error</severities>"
      "</policies><nodes>" +
      kTxt + kCorpusChain + kCsv +
      "</nodes><edges><edge>txt -> sections</edge><edge>sections -> metrics</edge><edge>metrics -> corpus</edge>"
      "<edge>corpus -> csv</edge></edges></pipeline>");
  EXPECT_EQ(error, "");
}

TEST(PipelineValidator, FillsDefaultsForParametersNotGiven) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", pipeline_xml(kTxt + kCsv, "<edge>txt -> csv</edge>"));
  const auto loaded = load_pipeline(dir / "p.xml", {});
  EXPECT_TRUE(loaded.pipeline.nodes[1].parameters.boolean("excel_bom"));
  EXPECT_EQ(loaded.pipeline.nodes[0].parameters.string("fallback_encoding"), "GB18030");
}

TEST(PipelineValidator, UnknownPluginNamesNodeAndFile) {
  const auto error =
      validation_error(pipeline_xml(kTxt + node_xml("x", "analysis.nonexistent"), "<edge>txt -> x</edge>"));
  EXPECT_THAT(error, Mentions("node 'x'"));
  EXPECT_THAT(error, Mentions("county.xml"));
  EXPECT_THAT(error, Mentions("unknown plugin 'analysis.nonexistent'"));
}

TEST(PipelineValidator, UnknownParameterIsAnError) {
  const auto error = validation_error(
      pipeline_xml(kTxt + node_xml("csv", "output.csv", "<colour>red</colour>"), "<edge>txt -> csv</edge>"));
  EXPECT_THAT(error, Mentions("node 'csv'"));
  EXPECT_THAT(error, Mentions("no parameter 'colour'"));
  EXPECT_THAT(error, Mentions("county.xml"));
}

TEST(PipelineValidator, IllTypedParametersAreErrors) {
  const auto boolean = validation_error(
      pipeline_xml(kTxt + node_xml("csv", "output.csv", "<excel_bom>maybe</excel_bom>"), "<edge>txt -> csv</edge>"));
  EXPECT_THAT(boolean, Mentions("parameter 'excel_bom' must be a boolean"));
  const auto integer =
      validation_error(pipeline_xml(kTxt + node_xml("t", "test.throwing", "<threshold>3.5</threshold>") + kCsv,
                                    "<edge>txt -> t</edge><edge>t -> csv</edge>"));
  EXPECT_THAT(integer, Mentions("parameter 'threshold' must be an integer"));
  const auto number = validation_error(pipeline_xml(
      node_xml("txt", "input.txt", "<max_invalid_ratio>lots</max_invalid_ratio>") + kCsv, "<edge>txt -> csv</edge>"));
  EXPECT_THAT(number, Mentions("parameter 'max_invalid_ratio' must be a finite number"));
}

TEST(PipelineValidator, CycleIsAnError) {
  const auto error = validation_error(
      pipeline_xml(kTxt + node_xml("a", "test.throwing") + node_xml("b", "test.throwing") + kCsv,
                   "<edge>txt -> a</edge><edge>a -> b</edge><edge>b -> a</edge><edge>b -> csv</edge>"));
  EXPECT_THAT(error, Mentions("cycle"));
  EXPECT_THAT(error, Mentions("'a'"));
  EXPECT_THAT(error, Mentions("'b'"));
}

TEST(PipelineValidator, ConsumedLayerWithoutProducerIsAnError) {
  const auto error = validation_error(
      pipeline_xml(kTxt + node_xml("m", "test.needs_metrics") + kCsv, "<edge>txt -> m</edge><edge>m -> csv</edge>"));
  EXPECT_THAT(error, Mentions("node 'm'"));
  EXPECT_THAT(error, Mentions("consumes layer 'metrics' but nothing upstream produces it"));
}

TEST(PipelineValidator, OutputWithNothingUpstreamIsAnError) {
  const auto error =
      validation_error(pipeline_xml(kTxt + kCsv + node_xml("xml", "output.xml"), "<edge>txt -> csv</edge>"));
  EXPECT_THAT(error, Mentions("node 'xml'"));
  EXPECT_THAT(error, Mentions("nothing upstream"));
}

TEST(PipelineValidator, EdgeToUnknownNodeIsAnError) {
  const auto error = validation_error(pipeline_xml(kTxt + kCsv, "<edge>txt -> csv</edge><edge>txt -> ghost</edge>"));
  EXPECT_THAT(error, Mentions("unknown node 'ghost'"));
}

TEST(PipelineValidator, EdgeIntoAnInputIsAnError) {
  const auto error = validation_error(
      pipeline_xml(kTxt + node_xml("txt2", "input.txt") + kCsv, "<edge>txt -> txt2</edge><edge>txt2 -> csv</edge>"));
  EXPECT_THAT(error, Mentions("leads into input node 'txt2'"));
}

TEST(PipelineValidator, PipelineWithoutInputOrOutputIsAnError) {
  EXPECT_THAT(validation_error(pipeline_xml(kCsv, "")), Mentions("no input node"));
  EXPECT_THAT(validation_error(pipeline_xml(kTxt, "")), Mentions("no output node"));
}

TEST(PipelineValidator, APluginNameClaimedByTwoLibrariesNamesBothFiles) {
  TemporaryDirectory dir, first, second;
  std::filesystem::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", first / "csv-a.so");
  std::filesystem::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", second / "csv-b.so");
  write_file(dir / "p.xml", pipeline_xml(kTxt + kCsv, "<edge>txt -> csv</edge>"));
  try {
    load_pipeline(dir / "p.xml", {first.path(), second.path()});
    FAIL() << "expected a ConfigError";
  } catch (const ConfigError& error) {
    EXPECT_THAT(error.what(), Mentions("claimed by two libraries"));
    EXPECT_THAT(error.what(), Mentions("csv-a.so"));
    EXPECT_THAT(error.what(), Mentions("csv-b.so"));
  }
}

TEST(PipelineValidator, ReportsEveryProblemAtOnce) {
  const auto error = validation_error(
      pipeline_xml(kTxt + node_xml("a", "analysis.nonexistent") + node_xml("csv", "output.csv", "<colour>red</colour>"),
                   "<edge>txt -> csv</edge>"));
  EXPECT_THAT(error, Mentions("unknown plugin"));
  EXPECT_THAT(error, Mentions("no parameter 'colour'"));
}

}  // namespace
}  // namespace docpipe::host
