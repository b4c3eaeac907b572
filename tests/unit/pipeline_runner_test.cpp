// Running documents: failures stay with their document, and outputs see input order.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "input_collector.hpp"
#include "pipeline_loader.hpp"
#include "pipeline_runner.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

using test::TemporaryDirectory;
using test::write_file;
using ::testing::HasSubstr;

TEST(InputCollector, KeepsArgumentOrderAndSortsDirectoryContents) {
  TemporaryDirectory dir;
  write_file(dir / "tree" / "b.txt", "b");
  write_file(dir / "tree" / "a" / "z.txt", "z");
  write_file(dir / "tree" / ".hidden", "h");
  write_file(dir / "single.txt", "s");
  const auto items = collect_inputs({(dir / "single.txt").string(), (dir / "tree").string()});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].id, "single.txt");
  EXPECT_EQ(items[1].id, "a/z.txt");
  EXPECT_EQ(items[2].id, "b.txt");
}

TEST(InputCollector, NothingGivenDisappears) {
  TemporaryDirectory dir;
  std::filesystem::create_directories(dir / "empty.txt");
  const auto items = collect_inputs({(dir / "missing.txt").string(), (dir / "empty.txt").string()});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error, "no such file or directory");
  EXPECT_EQ(items[1].error, "directory contains no files");
}

// A symlinked directory is walked, once; the run's own output directory inside an input is not read back.
TEST(InputCollector, FollowsLinkedDirectoriesOnceAndSkipsTheOutput) {
  TemporaryDirectory dir;
  write_file(dir / "tree" / "a.txt", "a");
  write_file(dir / "elsewhere" / "b.txt", "b");
  write_file(dir / "tree" / "out" / "documents.csv", "document");
  std::filesystem::create_directory_symlink(dir / "elsewhere", dir / "tree" / "linked");
  std::filesystem::create_directory_symlink(dir / "tree", dir / "tree" / "loop");
  const auto items = collect_inputs({(dir / "tree").string()}, {dir / "tree" / "out"});
  std::vector<std::string> ids;
  for (const auto& item : items) ids.push_back(item.id);
  EXPECT_THAT(ids, ::testing::ElementsAre("a.txt", "linked/b.txt"));
}

TEST(InputCollector, MakesRepeatedIdsUnique) {
  TemporaryDirectory dir;
  write_file(dir / "a" / "r.txt", "1");
  write_file(dir / "b" / "r.txt", "2");
  const auto items = collect_inputs({(dir / "a" / "r.txt").string(), (dir / "b" / "r.txt").string()});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].id, "r.txt");
  EXPECT_EQ(items[1].id, "r.txt (2)");
}

TEST(PipelineRunner, AThrowingPluginFailsOnlyItsDocumentAndIsNamed) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", R"(<pipeline><nodes>
      <node><id>txt</id><plugin>input.txt</plugin></node>
      <node><id>t</id><plugin>test.throwing</plugin></node>
      <node><id>csv</id><plugin>output.csv</plugin></node></nodes>
      <edges><edge>txt -> t</edge><edge>t -> csv</edge></edges></pipeline>)");
  write_file(dir / "in" / "1-good.txt", "一、工作情况\n开展法治讲座14期。");
  write_file(dir / "in" / "2-bad.txt", "这份报告里有 BOOM 字样。");
  write_file(dir / "in" / "3-good.txt", "二、存在问题\n无。");
  const auto loaded = load_pipeline(dir / "p.xml", {test::kTestPlugins});
  RunOptions options;
  options.output_directory = dir / "out";
  options.workers = 2;
  const auto summary = run_pipeline(loaded.pipeline, collect_inputs({(dir / "in").string()}), options);
  EXPECT_EQ(summary.documents, 3u);
  EXPECT_EQ(summary.failed, 1u);
  const auto table = test::read_csv(dir / "out" / "documents.csv");
  ASSERT_EQ(table.size(), 4u);
  const auto status = test::column(table, "status");
  const auto error = test::column(table, "error");
  EXPECT_EQ(table[1][status], "ok");
  EXPECT_EQ(table[2][status], "error");
  EXPECT_THAT(table[2][error], HasSubstr("test.throwing"));
  EXPECT_THAT(table[2][error], HasSubstr("refusing 'BOOM'"));
  EXPECT_EQ(table[3][status], "ok");
}

}  // namespace
}  // namespace docpipe::host
