// Documents run in worker processes: a plugin that crashes, hangs or exhausts memory costs its own
// document an error row naming the plugin, and the batch goes on in order.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "input_collector.hpp"
#include "pipeline_loader.hpp"
#include "pipeline_runner.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

using test::TemporaryDirectory;
using test::write_file;
using ::testing::HasSubstr;

// Runs dir/in through input.txt → test.misbehaving (CRASH, HANG, HOG, NAP in a text) → output.csv (dir/out).
RunSummary run_misbehaving(const TemporaryDirectory& dir, RunOptions options) {
  write_file(dir / "p.xml", R"(<pipeline><nodes>
      <node><id>txt</id><plugin>input.txt</plugin></node>
      <node><id>bad</id><plugin>test.misbehaving</plugin></node>
      <node><id>csv</id><plugin>output.csv</plugin></node></nodes>
      <edges><edge>txt -> bad</edge><edge>bad -> csv</edge></edges></pipeline>)");
  const auto loaded = load_pipeline(dir / "p.xml", {test::kTestPlugins});
  options.output_directory = dir / "out";
  return run_pipeline(loaded.pipeline, collect_inputs({(dir / "in").string()}), options);
}

TEST(WorkerIsolation, CrashHangAndMemoryExhaustionFailOnlyTheirDocuments) {
  TemporaryDirectory dir;
  write_file(dir / "in" / "1.txt", "一、工作情况\n开展法治讲座14期。");
  write_file(dir / "in" / "2.txt", "这份报告会让插件 CRASH 崩溃。");
  write_file(dir / "in" / "3.txt", "这份报告会让插件 HANG 卡住。");
  write_file(dir / "in" / "4.txt", "这份报告会让插件 HOG 耗尽内存。");
  write_file(dir / "in" / "5.txt", "二、存在问题\n无。");
  RunOptions options;
  options.workers = 2;
  options.isolation.timeout = std::chrono::seconds(2);
  options.isolation.max_memory_bytes = 1ull << 30;
  const auto summary = run_misbehaving(dir, options);
  EXPECT_EQ(summary.documents, 5u);
  EXPECT_EQ(summary.failed, 3u);

  const auto table = test::read_csv(dir / "out" / "documents.csv");
  ASSERT_EQ(table.size(), 6u);
  const auto status = test::column(table, "status");
  const auto error = test::column(table, "error");
  EXPECT_EQ(table[1][0], "1.txt");
  EXPECT_EQ(table[1][status], "ok");
  EXPECT_EQ(table[2][status], "error");
  EXPECT_THAT(table[2][error], HasSubstr("test.misbehaving: crashed (signal 11"));
  EXPECT_EQ(table[3][status], "error");
  EXPECT_THAT(table[3][error], HasSubstr("test.misbehaving: timed out after 2 s"));
  EXPECT_EQ(table[4][status], "error");
  EXPECT_THAT(table[4][error], HasSubstr("test.misbehaving"));
  EXPECT_EQ(table[5][0], "5.txt");
  EXPECT_EQ(table[5][status], "ok");
}

// A batch gives each worker its next document before it finishes the last. With one worker every document
// waits behind another: those behind a crash or a hang go to the replacement worker and succeed, each
// failure still names the plugin, and the timeout counts from when a document starts, not from when it
// was handed over (4.txt waits 1.5 s behind 3.txt, then takes 1.5 s of its 2).
TEST(WorkerIsolation, ADocumentWaitingBehindALostOneGoesToTheReplacementWorker) {
  TemporaryDirectory dir;
  write_file(dir / "in" / "1.txt", "这份报告会让插件 CRASH 崩溃。");
  write_file(dir / "in" / "2.txt", "一、工作情况\n开展法治讲座14期。");
  write_file(dir / "in" / "3.txt", "这份报告让插件 NAP 慢一些。");
  write_file(dir / "in" / "4.txt", "这份报告也让插件 NAP 慢一些。");
  write_file(dir / "in" / "5.txt", "这份报告会让插件 HANG 卡住。");
  write_file(dir / "in" / "6.txt", "这份报告会让插件 CRASH 崩溃。");
  write_file(dir / "in" / "7.txt", "二、存在问题\n无。");
  RunOptions options;
  options.workers = 1;
  options.isolation.timeout = std::chrono::seconds(2);
  const auto summary = run_misbehaving(dir, options);
  EXPECT_EQ(summary.documents, 7u);
  EXPECT_EQ(summary.failed, 3u);

  const auto table = test::read_csv(dir / "out" / "documents.csv");
  ASSERT_EQ(table.size(), 8u);
  const auto status = test::column(table, "status");
  const auto error = test::column(table, "error");
  EXPECT_THAT(table[1][error], HasSubstr("test.misbehaving: crashed (signal 11"));
  EXPECT_EQ(table[2][status], "ok");
  EXPECT_EQ(table[3][status], "ok");
  EXPECT_EQ(table[4][status], "ok") << table[4][error];
  EXPECT_THAT(table[5][error], HasSubstr("test.misbehaving: timed out after 2 s"));
  EXPECT_THAT(table[6][error], HasSubstr("test.misbehaving: crashed (signal 11"));
  EXPECT_EQ(table[7][0], "7.txt");
  EXPECT_EQ(table[7][status], "ok");
}

// A SummaryRenderer is handed the summary the worker made, the same as summarize() gives in the host: the corpus
// stage's when the pipeline has a corpus node, else one made for the renderers; a failed document gets none.
TEST(WorkerIsolation, SummaryRenderersAreHandedTheDocumentsSummary) {
  for (const bool corpus : {false, true}) {
    SCOPED_TRACE(corpus ? "with a corpus node" : "without a corpus node");
    TemporaryDirectory dir;
    // Without: input.txt straight to the probe. With: the default pipeline (its corpus node) and the probe.
    write_file(dir / "p.xml",
               corpus ? "<pipeline><extends>" + (test::kSourceDir / "configs" / "default.xml").string() +
                            "</extends><nodes><node><id>probe</id><plugin>test.summary_probe</plugin></node></nodes>"
                            "<edges><edge>anomalies -> probe</edge><edge>corpus -> probe</edge></edges></pipeline>"
                      : R"(<pipeline><nodes><node><id>txt</id><plugin>input.txt</plugin></node>
                           <node><id>probe</id><plugin>test.summary_probe</plugin></node></nodes>
                           <edges><edge>txt -> probe</edge></edges></pipeline>)");
    write_file(dir / "in" / "1.txt", "一、工作情况\n开展法治讲座14期，参与群众1200人，化解矛盾纠纷36件。");
    write_file(dir / "in" / "2.txt", "");
    write_file(dir / "in" / "3.txt", "二、存在问题\n基层法治宣传的覆盖面仍然不足。");
    const auto loaded = load_pipeline(dir / "p.xml", {test::kTestPlugins});
    RunOptions options;
    options.output_directory = dir / "out";
    options.workers = 2;
    const auto summary = run_pipeline(loaded.pipeline, collect_inputs({(dir / "in").string()}), options);
    EXPECT_EQ(summary.failed, 1u);
    EXPECT_TRUE(summary.output_errors.empty());

    std::istringstream rows(test::read_file(dir / "out" / "probe.tsv"));
    std::vector<std::vector<std::string>> table;
    for (std::string line; std::getline(rows, line);) {
      std::vector<std::string> fields;
      std::istringstream cells(line);
      for (std::string cell; std::getline(cells, cell, '\t');) fields.push_back(cell);
      table.push_back(fields);
    }
    ASSERT_EQ(table.size(), 3u);
    for (const auto& row : table) ASSERT_EQ(row.size(), 3u);
    EXPECT_EQ(table[0][0], "1.txt");
    EXPECT_THAT(table[0][1], ::testing::StartsWith("characters="));
    EXPECT_EQ(table[0][1], table[0][2]);
    EXPECT_EQ(table[1][0], "2.txt");
    EXPECT_EQ(table[1][1], "none");
    EXPECT_EQ(table[2][0], "3.txt");
    EXPECT_THAT(table[2][1], ::testing::StartsWith("characters="));
    EXPECT_EQ(table[2][1], table[2][2]);
    EXPECT_NE(table[0][1], table[2][1]);
  }
}

// Outputs with a renderer get each document's bytes from the worker that processed it; a renderer that
// throws leaves the document to write() in the host, and one that crashes costs its own document only.
TEST(WorkerIsolation, OutputsRenderInWorkersAndFallBackToWrite) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", R"(<pipeline><nodes>
      <node><id>txt</id><plugin>input.txt</plugin></node>
      <node><id>probe</id><plugin>test.render_probe</plugin></node>
      <node><id>csv</id><plugin>output.csv</plugin></node></nodes>
      <edges><edge>txt -> probe</edge><edge>txt -> csv</edge></edges></pipeline>)");
  write_file(dir / "in" / "1.txt", "一、工作情况\n开展法治讲座14期。");
  write_file(dir / "in" / "2.txt", "这份报告让渲染器 RENDER-THROW 失败。");
  write_file(dir / "in" / "3.txt", "这份报告让渲染器 RENDER-CRASH 崩溃。");
  write_file(dir / "in" / "4.txt", "二、存在问题\n无。");
  const auto loaded = load_pipeline(dir / "p.xml", {test::kTestPlugins});
  RunOptions options;
  options.output_directory = dir / "out";
  options.workers = 2;
  const auto summary = run_pipeline(loaded.pipeline, collect_inputs({(dir / "in").string()}), options);
  EXPECT_EQ(summary.documents, 4u);
  EXPECT_EQ(summary.failed, 1u);
  EXPECT_TRUE(summary.output_errors.empty());

  EXPECT_EQ(test::read_file(dir / "out" / "probe.tsv"),
            "1.txt\trendered\tworker\n"
            "2.txt\twrite\n"
            "3.txt\twrite\n"
            "4.txt\trendered\tworker\n");
  const auto table = test::read_csv(dir / "out" / "documents.csv");
  ASSERT_EQ(table.size(), 5u);
  const auto status = test::column(table, "status");
  EXPECT_EQ(table[2][status], "ok");
  EXPECT_EQ(table[3][status], "error");
  EXPECT_THAT(table[3][test::column(table, "error")], HasSubstr("test.render_probe: crashed (signal 11"));
  EXPECT_EQ(table[4][status], "ok");
}

// output.xml and output.html write each document's file in the worker, as a scratch file the host moves into
// place. A worker lost after it wrote one leaves it behind: the document's files come from write() instead, and
// the scratch directory is gone when the run ends.
TEST(WorkerIsolation, DocumentFilesWrittenInWorkersSurviveALostWorker) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", R"(<pipeline><nodes>
      <node><id>txt</id><plugin>input.txt</plugin></node>
      <node><id>xml</id><plugin>output.xml</plugin></node>
      <node><id>html</id><plugin>output.html</plugin></node>
      <node><id>probe</id><plugin>test.render_probe</plugin></node></nodes>
      <edges><edge>txt -> xml</edge><edge>txt -> html</edge><edge>txt -> probe</edge></edges></pipeline>)");
  write_file(dir / "in" / "1.txt", "一、工作情况\n开展法治讲座14期。");
  write_file(dir / "in" / "2.txt", "这份报告让渲染器 RENDER-CRASH 崩溃。");
  write_file(dir / "in" / "3.txt", "二、存在问题\n无。");
  const auto loaded = load_pipeline(dir / "p.xml", {test::kTestPlugins});
  RunOptions options;
  options.output_directory = dir / "out";
  options.workers = 2;
  const auto summary = run_pipeline(loaded.pipeline, collect_inputs({(dir / "in").string()}), options);
  EXPECT_EQ(summary.documents, 3u);
  EXPECT_EQ(summary.failed, 1u);
  EXPECT_TRUE(summary.output_errors.empty());
  EXPECT_THAT(test::read_file(dir / "out" / "xml" / "1.txt.xml"), HasSubstr("开展法治讲座14期"));
  EXPECT_THAT(test::read_file(dir / "out" / "xml" / "2.txt.xml"), HasSubstr("crashed (signal 11"));
  EXPECT_THAT(test::read_file(dir / "out" / "xml" / "3.txt.xml"), HasSubstr("存在问题"));
  EXPECT_THAT(test::read_file(dir / "out" / "html" / "2.txt.html"), HasSubstr("crashed (signal 11"));
  EXPECT_THAT(test::read_file(dir / "out" / "html" / "3.txt.html"), HasSubstr("存在问题"));
  EXPECT_FALSE(std::filesystem::exists(dir / "out" / ".scratch"));
}

}  // namespace
}  // namespace docpipe::host
