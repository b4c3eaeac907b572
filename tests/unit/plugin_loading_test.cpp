// Loading plugin libraries: the ABI check comes first, refusals carry reasons,
// two libraries may not claim one name.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docpipe/descriptor.hpp"
#include "plugin_library.hpp"
#include "plugin_registry.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

TEST(PluginLoading, LoadsABundledPluginAndReadsItsDescriptor) {
  auto loaded = load_plugin_library(test::kBuiltPlugins / "docpipe-input-txt.so");
  ASSERT_TRUE(std::holds_alternative<LoadedPlugin>(loaded)) << std::get<RefusedPlugin>(loaded).reason;
  const auto& descriptor = *std::get<LoadedPlugin>(loaded).descriptor;
  EXPECT_STREQ(descriptor.name, "input.txt");
  EXPECT_EQ(descriptor.kind, PluginKind::input);
  EXPECT_EQ(descriptor.abi_version, kAbiVersion);
  EXPECT_THAT(to_strings(descriptor.extensions), ::testing::Contains("txt"));
}

TEST(PluginLoading, RefusesAnAbi1LibraryNamingFileBothVersionsAndTheRemedy) {
  const fs::path file = test::kTestPlugins / "test-wrong-abi.so";
  auto loaded = load_plugin_library(file);
  ASSERT_TRUE(std::holds_alternative<RefusedPlugin>(loaded));
  const auto& refused = std::get<RefusedPlugin>(loaded);
  EXPECT_EQ(refused.file, file);
  EXPECT_THAT(refused.reason, HasSubstr("ABI version mismatch"));
  EXPECT_EQ(kAbiVersion, 2u);
  EXPECT_THAT(refused.reason, HasSubstr("built for docpipe ABI 1"));
  EXPECT_THAT(refused.reason, HasSubstr("this host speaks ABI 2"));
  EXPECT_THAT(refused.reason, HasSubstr("rebuild the plugin"));
}

TEST(PluginLoading, RefusesALibraryThatSetsTheReservedFields) {
  auto loaded = load_plugin_library(test::kTestPlugins / "test-reserved-set.so");
  ASSERT_TRUE(std::holds_alternative<RefusedPlugin>(loaded));
  EXPECT_THAT(std::get<RefusedPlugin>(loaded).reason, HasSubstr("reserved fields are set"));
}

// output.sqlite's renderer is handed the document's summary (create_summary_renderer, the third former reserved
// slot); an output has one renderer or the other, and only outputs have one.
TEST(PluginLoading, AnOutputHasOneKindOfRendererAndOnlyOutputsHaveOne) {
  const auto sqlite = load_plugin_library(test::kBuiltPlugins / "docpipe-output-sqlite.so");
  const auto xml = load_plugin_library(test::kBuiltPlugins / "docpipe-output-xml.so");
  const auto metrics = load_plugin_library(test::kBuiltPlugins / "docpipe-analysis-metrics.so");
  ASSERT_TRUE(std::holds_alternative<LoadedPlugin>(sqlite));
  ASSERT_TRUE(std::holds_alternative<LoadedPlugin>(xml));
  ASSERT_TRUE(std::holds_alternative<LoadedPlugin>(metrics));
  const PluginDescriptor& store = *std::get<LoadedPlugin>(sqlite).descriptor;
  EXPECT_NE(store.create_summary_renderer, nullptr);
  EXPECT_EQ(store.create_renderer, nullptr);
  EXPECT_TRUE(renders_in_workers(store));

  PluginDescriptor both = store;
  both.create_renderer = std::get<LoadedPlugin>(xml).descriptor->create_renderer;
  EXPECT_THAT(descriptor_problem(both), HasSubstr("both create_renderer and create_summary_renderer are set"));
  PluginDescriptor analysis = *std::get<LoadedPlugin>(metrics).descriptor;
  EXPECT_EQ(descriptor_problem(analysis), "");
  analysis.create_summary_renderer = store.create_summary_renderer;
  EXPECT_THAT(descriptor_problem(analysis), HasSubstr("only output plugins have renderers"));
}

TEST(PluginLoading, LoadsTheCorpusKindWithItsFactoryInTheFormerReservedSlot) {
  auto loaded = load_plugin_library(test::kBuiltPlugins / "docpipe-analysis-corpus.so");
  ASSERT_TRUE(std::holds_alternative<LoadedPlugin>(loaded)) << std::get<RefusedPlugin>(loaded).reason;
  const auto& descriptor = *std::get<LoadedPlugin>(loaded).descriptor;
  EXPECT_EQ(descriptor.kind, PluginKind::corpus);
  EXPECT_NE(descriptor.create_corpus, nullptr);
  EXPECT_EQ(to_string(descriptor.kind), "corpus");
}

TEST(PluginLoading, RefusesACorpusKindWithoutTheCorpusFactory) {
  auto loaded = load_plugin_library(test::kTestPlugins / "test-corpus-without-factory.so");
  ASSERT_TRUE(std::holds_alternative<RefusedPlugin>(loaded));
  EXPECT_THAT(std::get<RefusedPlugin>(loaded).reason, HasSubstr("kind is corpus but create_corpus is not set"));
}

TEST(PluginLoading, RefusesAKindThisHostDoesNotKnow) {
  auto loaded = load_plugin_library(test::kTestPlugins / "test-unknown-kind.so");
  ASSERT_TRUE(std::holds_alternative<RefusedPlugin>(loaded));
  EXPECT_THAT(std::get<RefusedPlugin>(loaded).reason, HasSubstr("unknown plugin kind 7"));
}

TEST(PluginLoading, RefusesALibraryWithoutADescriptor) {
  auto loaded = load_plugin_library(test::kTestPlugins / "test-not-a-plugin.so");
  ASSERT_TRUE(std::holds_alternative<RefusedPlugin>(loaded));
  EXPECT_THAT(std::get<RefusedPlugin>(loaded).reason, HasSubstr("not a docpipe plugin"));
}

TEST(PluginLoading, RefusesAFileThatIsNotALibrary) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "junk.so", "this is not an ELF file");
  auto loaded = load_plugin_library(dir / "junk.so");
  ASSERT_TRUE(std::holds_alternative<RefusedPlugin>(loaded));
  EXPECT_THAT(std::get<RefusedPlugin>(loaded).reason, HasSubstr("cannot be loaded"));
}

TEST(PluginRegistry, ListsRefusedLibrariesInsteadOfSkippingThem) {
  const auto registry = PluginRegistry::discover({test::kTestPlugins});
  EXPECT_NE(registry.find("test.throwing"), nullptr);
  EXPECT_EQ(registry.find("test.wrong_abi"), nullptr);
  std::vector<std::string> refused_files;
  for (const auto& refused : registry.refused()) refused_files.push_back(refused.file.filename().string());
  EXPECT_THAT(refused_files, ::testing::IsSupersetOf({"test-wrong-abi.so", "test-not-a-plugin.so"}));
}

TEST(PluginRegistry, TwoLibrariesClaimingOneNameAreBothRefusedNamingEachOther) {
  test::TemporaryDirectory first, second;
  fs::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", first / "csv-a.so");
  fs::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", second / "csv-b.so");
  const auto registry = PluginRegistry::discover({first.path(), second.path()});
  EXPECT_EQ(registry.find("output.csv"), nullptr);
  const auto files = registry.conflicting_files("output.csv");
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].filename(), "csv-a.so");
  EXPECT_EQ(files[1].filename(), "csv-b.so");
  ASSERT_EQ(registry.refused().size(), 2u);
  for (const auto& refused : registry.refused()) EXPECT_THAT(refused.reason, HasSubstr("also claimed by"));
}

TEST(PluginRegistry, AnExplicitDirectoryReplacesALaterLibraryOfTheSameNameWithANotice) {
  test::TemporaryDirectory mine, bundled;
  fs::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", mine / "my-csv.so");
  fs::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", bundled / "docpipe-output-csv.so");
  const auto registry = PluginRegistry::discover({mine.path(), bundled.path()}, 1);
  ASSERT_NE(registry.find("output.csv"), nullptr);
  EXPECT_EQ(registry.find("output.csv")->file.filename(), "my-csv.so");
  EXPECT_TRUE(registry.refused().empty());
  ASSERT_EQ(registry.notices().size(), 1u);
  EXPECT_THAT(registry.notices()[0],
              HasSubstr("plugin 'output.csv' from " + (fs::canonical(mine.path()) / "my-csv.so").string()));
  EXPECT_THAT(registry.notices()[0], HasSubstr("replaces the one in"));
}

TEST(PluginRegistry, TwoExplicitLibrariesOfOneNameStillConflict) {
  test::TemporaryDirectory first, second, bundled;
  fs::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", first / "a.so");
  fs::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", second / "b.so");
  fs::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", bundled / "c.so");
  const auto registry = PluginRegistry::discover({first.path(), second.path(), bundled.path()}, 2);
  EXPECT_EQ(registry.find("output.csv"), nullptr);
  EXPECT_GE(registry.conflicting_files("output.csv").size(), 2u);
}

TEST(PluginRegistry, ReadsTheSameDirectoryOnlyOnce) {
  const auto registry = PluginRegistry::discover({test::kBuiltPlugins, test::kBuiltPlugins / "."});
  EXPECT_EQ(registry.directories().size(), 1u);
  EXPECT_NE(registry.find("output.csv"), nullptr);
}

TEST(PluginSearchPath, CommandLineFirstThenConfigThenEnvironmentThenBuild) {
  setenv("DOCPIPE_PLUGIN_PATH", "/env/a:/env/b", 1);
  const auto path = plugin_search_path({"/cli"}, {"/config"});
  unsetenv("DOCPIPE_PLUGIN_PATH");
  ASSERT_GE(path.size(), 5u);
  EXPECT_EQ(path[0], "/cli");
  EXPECT_EQ(path[1], "/config");
  EXPECT_EQ(path[2], "/env/a");
  EXPECT_EQ(path[3], "/env/b");
  EXPECT_EQ(path[4], test::kBuiltPlugins);
}

}  // namespace
}  // namespace docpipe::host
