// The service's promise to the server that owns its callbacks: once stop() returns, no callback is running
// and none is left alive, so the server may destroy what callbacks hold (`docpipe serve` destroys its I/O
// context, whose strands every callback holds a copy of, right after).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "pipeline_loader.hpp"
#include "service/document_service.hpp"
#include "test_support.hpp"

namespace docpipe::service {
namespace {

using namespace std::chrono_literals;
using test::TemporaryDirectory;
using test::write_file;

host::LoadedPipeline load_napping_pipeline(const TemporaryDirectory& dir) {
  write_file(dir / "p.xml", R"(<pipeline><nodes>
      <node><id>txt</id><plugin>input.txt</plugin></node>
      <node><id>nap</id><plugin>test.misbehaving</plugin></node>
      <node><id>csv</id><plugin>output.csv</plugin></node></nodes>
      <edges><edge>txt -> nap</edge><edge>nap -> csv</edge></edges></pipeline>)");
  return host::load_pipeline(dir / "p.xml", {test::kTestPlugins});
}

host::ProcessingLimits request_limits() {
  host::ProcessingLimits processing;
  processing.corpus_summaries = false;
  processing.render_outputs = false;
  return processing;
}

bool wait_for(const std::atomic<bool>& flag) {
  for (int waited = 0; waited < 3000 && !flag.load(); ++waited) std::this_thread::sleep_for(10ms);
  return flag.load();
}

TEST(DocumentService, StopWaitsForTheCallbackThatIsRunning) {
  TemporaryDirectory dir;
  const auto loaded = load_napping_pipeline(dir);
  DocumentService documents(loaded.pipeline, request_limits(), {}, 1, 0);
  std::atomic<bool> started{false};
  std::atomic<bool> finished{false};
  ASSERT_TRUE(documents.submit({"a.txt", "a.txt"}, "一、工作情况\n开展法治讲座14期。", [&](host::PoolResult& result) {
    EXPECT_FALSE(result.worker_lost);
    started = true;
    std::this_thread::sleep_for(300ms);
    finished = true;
  }));
  ASSERT_TRUE(wait_for(started));
  documents.stop();
  EXPECT_TRUE(finished.load());
  EXPECT_FALSE(documents.submit({"b.txt", "b.txt"}, "无。", [](host::PoolResult&) {}));
}

// A job still waiting when the service stops is dropped unanswered, and its callback with it, before stop()
// returns; the job already running is answered first.
TEST(DocumentService, StopAnswersTheRunningJobAndDropsTheWaitingOnesCallbacks) {
  TemporaryDirectory dir;
  const auto loaded = load_napping_pipeline(dir);
  DocumentService documents(loaded.pipeline, request_limits(), {}, 1, 1);
  std::atomic<bool> napper_answered{false};
  std::atomic<bool> waiting_answered{false};
  ASSERT_TRUE(documents.submit({"nap.txt", "nap.txt"}, "这份报告让插件 NAP 慢一些。",
                               [&](host::PoolResult&) { napper_answered = true; }));
  // Give the dispatcher time to hand the napper to the one worker, so the next job has to wait.
  for (int waited = 0; waited < 300 && documents.busy() == 0; ++waited) std::this_thread::sleep_for(10ms);
  auto held_by_callback = std::make_shared<int>(0);
  const std::weak_ptr<int> watch = held_by_callback;
  ASSERT_TRUE(documents.submit({"w.txt", "w.txt"}, "无。", [&, held = std::move(held_by_callback)](host::PoolResult&) {
    waiting_answered = true;
  }));
  documents.stop();
  EXPECT_TRUE(napper_answered.load());
  EXPECT_FALSE(waiting_answered.load());
  EXPECT_TRUE(watch.expired());
}

}  // namespace
}  // namespace docpipe::service
