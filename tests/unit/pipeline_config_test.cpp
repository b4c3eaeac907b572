// Reading pipeline configs: the three formats, and how a county config extends a base.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config_error.hpp"
#include "pipeline_config.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

using test::TemporaryDirectory;
using test::write_file;

const char* kBase = R"(<pipeline>
  <nodes>
    <node><id>txt</id><plugin>input.txt</plugin></node>
    <node><id>csv</id><plugin>output.csv</plugin><parameters><excel_bom>true</excel_bom></parameters></node>
    <node><id>xml</id><plugin>output.xml</plugin></node>
  </nodes>
  <edges><edge>txt -> csv</edge><edge>txt -> xml</edge></edges>
</pipeline>)";

const NodeConfig* node(const PipelineConfig& config, const std::string& id) {
  for (const auto& n : config.nodes) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

TEST(PipelineConfig, ReadsNodesParametersAndEdgesFromXml) {
  TemporaryDirectory dir;
  write_file(dir / "base.xml", kBase);
  const auto config = load_pipeline_config(dir / "base.xml");
  ASSERT_EQ(config.nodes.size(), 3u);
  EXPECT_EQ(config.nodes[0].id, "txt");
  EXPECT_EQ(config.nodes[0].plugin, "input.txt");
  EXPECT_EQ(node(config, "csv")->parameters.at("excel_bom").value, "true");
  ASSERT_EQ(config.edges.size(), 2u);
  EXPECT_EQ(config.edges[1].from, "txt");
  EXPECT_EQ(config.edges[1].to, "xml");
}

TEST(PipelineConfig, ReadsJsonAndInfoByExtension) {
  TemporaryDirectory dir;
  write_file(dir / "p.json", R"({"nodes": [{"id": "txt", "plugin": "input.txt"},
    {"id": "csv", "plugin": "output.csv", "parameters": {"excel_bom": "false"}}], "edges": ["txt -> csv"]})");
  write_file(dir / "p.info",
             "nodes {\n node { id txt\n plugin input.txt }\n node { id csv\n plugin output.csv } }\n"
             "edges { edge \"txt -> csv\" }\n");
  for (const char* name : {"p.json", "p.info"}) {
    const auto config = load_pipeline_config(dir / name);
    ASSERT_EQ(config.nodes.size(), 2u) << name;
    EXPECT_EQ(config.nodes[1].plugin, "output.csv") << name;
    ASSERT_EQ(config.edges.size(), 1u) << name;
    EXPECT_EQ(config.edges[0].to, "csv") << name;
  }
}

TEST(PipelineConfig, ListParametersKeepTheirLineBreaksAndValuesAreTrimmed) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml",
             "<pipeline><nodes><node><id> m </id><plugin> analysis.metrics </plugin><parameters>"
             "<codes>\n  a=x|y\n  b=z\n</codes><items><item>甲</item><item> 乙 </item></items>"
             "</parameters></node></nodes></pipeline>");
  const auto config = load_pipeline_config(dir / "p.xml");
  ASSERT_EQ(config.nodes.size(), 1u);
  EXPECT_EQ(config.nodes[0].id, "m");
  EXPECT_EQ(config.nodes[0].plugin, "analysis.metrics");
  EXPECT_EQ(config.nodes[0].parameters.at("codes").value, "a=x|y\n  b=z");
  EXPECT_EQ(config.nodes[0].parameters.at("items").value, "甲\n乙");
}

TEST(PipelineConfig, EdgeWithSeveralSourcesExpandsToOneEdgeEach) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", "<pipeline><edges><edge>a, b -> c</edge></edges></pipeline>");
  const auto config = load_pipeline_config(dir / "p.xml");
  ASSERT_EQ(config.edges.size(), 2u);
  EXPECT_EQ(config.edges[0].from, "a");
  EXPECT_EQ(config.edges[1].from, "b");
}

TEST(PipelineConfig, ExtendOverridesParametersAndRecordsWhereTheyWereSet) {
  TemporaryDirectory dir;
  write_file(dir / "base.xml", kBase);
  write_file(dir / "county.xml", R"(<pipeline><extends>base.xml</extends>
    <nodes><node><id>csv</id><parameters><excel_bom>false</excel_bom></parameters></node></nodes></pipeline>)");
  const auto config = load_pipeline_config(dir / "county.xml");
  ASSERT_EQ(config.files.size(), 2u);
  const auto* csv = node(config, "csv");
  ASSERT_NE(csv, nullptr);
  EXPECT_EQ(csv->plugin, "output.csv");  // kept from the base
  EXPECT_EQ(csv->parameters.at("excel_bom").value, "false");
  EXPECT_EQ(csv->parameters.at("excel_bom").defined_in.filename(), "county.xml");
}

TEST(PipelineConfig, ExtendAddsNodesAndEdges) {
  TemporaryDirectory dir;
  write_file(dir / "base.xml", kBase);
  write_file(dir / "county.xml", R"(<pipeline><extends>base.xml</extends>
    <nodes><node><id>extra</id><plugin>analysis.extra</plugin></node></nodes>
    <edges><edge>txt -> extra</edge><edge>extra -> csv</edge></edges></pipeline>)");
  const auto config = load_pipeline_config(dir / "county.xml");
  EXPECT_EQ(config.nodes.size(), 4u);
  EXPECT_EQ(config.nodes.back().id, "extra");
  EXPECT_EQ(config.edges.size(), 4u);
}

TEST(PipelineConfig, ExtendRemovesNodesWithTheirEdges) {
  TemporaryDirectory dir;
  write_file(dir / "base.xml", kBase);
  write_file(dir / "county.xml", "<pipeline><extends>base.xml</extends><remove><node>xml</node></remove></pipeline>");
  const auto config = load_pipeline_config(dir / "county.xml");
  EXPECT_EQ(node(config, "xml"), nullptr);
  ASSERT_EQ(config.edges.size(), 1u);
  EXPECT_EQ(config.edges[0].to, "csv");
}

TEST(PipelineConfig, ExtendResolvesThroughSeveralLevels) {
  TemporaryDirectory dir;
  write_file(dir / "base.xml", kBase);
  write_file(dir / "region" / "city.xml", "<pipeline><extends>../base.xml</extends></pipeline>");
  write_file(dir / "region" / "county.xml", "<pipeline><extends>city.xml</extends></pipeline>");
  const auto config = load_pipeline_config(dir / "region" / "county.xml");
  EXPECT_EQ(config.files.size(), 3u);
  EXPECT_EQ(config.nodes.size(), 3u);
}

TEST(PipelineConfig, PluginPathsAreRelativeToTheirOwnFile) {
  TemporaryDirectory dir;
  write_file(dir / "sub" / "p.xml", "<pipeline><plugin-paths><path>../plugins</path></plugin-paths></pipeline>");
  const auto config = load_pipeline_config(dir / "sub" / "p.xml");
  ASSERT_EQ(config.plugin_paths.size(), 1u);
  EXPECT_EQ(config.plugin_paths[0], (dir.path() / "plugins").lexically_normal());
}

void expect_config_error(const std::filesystem::path& file, const std::string& fragment) {
  try {
    load_pipeline_config(file);
    FAIL() << "expected a ConfigError containing: " << fragment;
  } catch (const ConfigError& error) {
    EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find(file.filename().string()), std::string::npos) << error.what();
  }
}

TEST(PipelineConfig, ExtendsCycleIsAnError) {
  TemporaryDirectory dir;
  write_file(dir / "a.xml", "<pipeline><extends>b.xml</extends></pipeline>");
  write_file(dir / "b.xml", "<pipeline><extends>a.xml</extends></pipeline>");
  expect_config_error(dir / "a.xml", "cycle");
}

TEST(PipelineConfig, MissingFileIsAnError) {
  TemporaryDirectory dir;
  expect_config_error(dir / "absent.xml", "not found");
}

TEST(PipelineConfig, MalformedXmlIsAnError) {
  TemporaryDirectory dir;
  write_file(dir / "bad.xml", "<pipeline><nodes>");
  expect_config_error(dir / "bad.xml", "bad.xml:1: malformed XML");
}

TEST(PipelineConfig, UnknownKeyIsAnError) {
  TemporaryDirectory dir;
  write_file(dir / "typo.xml", "<pipeline><node><id>x</id></node></pipeline>");
  expect_config_error(dir / "typo.xml", "unknown key 'node'");
}

TEST(PipelineConfig, NodeWithoutPluginIsAnError) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", "<pipeline><nodes><node><id>x</id></node></nodes></pipeline>");
  expect_config_error(dir / "p.xml", "node 'x' names no plugin");
}

TEST(PipelineConfig, RemovingAnUnknownNodeIsAnError) {
  TemporaryDirectory dir;
  write_file(dir / "base.xml", kBase);
  write_file(dir / "county.xml", "<pipeline><extends>base.xml</extends><remove><node>nope</node></remove></pipeline>");
  expect_config_error(dir / "county.xml", "cannot remove node 'nope'");
}

TEST(PipelineConfig, MalformedEdgeIsAnError) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", "<pipeline><edges><edge>a to b</edge></edges></pipeline>");
  expect_config_error(dir / "p.xml", "not of the form 'from -> to'");
}

}  // namespace
}  // namespace docpipe::host
