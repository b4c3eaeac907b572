// Documents processed in worker processes, after Tika Pipes: a plugin that crashes, hangs or exhausts
// memory on one bad document costs that document an error, never the batch or the server. Workers are
// forked from the host once its plugins are loaded; each owns its plugin instances; a worker that dies
// or overruns its time is replaced. The pool takes a stream of jobs (a batch run's files, a server's
// requests) one per idle worker, and hands back each result with the ticket its job was given.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "document_processor.hpp"
#include "input_collector.hpp"
#include "pipeline.hpp"
#include "worker_stage.hpp"

namespace docpipe::host {

struct IsolationLimits {
  std::chrono::seconds timeout{300};   // per document; 0 for no limit
  std::uint64_t max_memory_bytes = 0;  // address space of a worker (resident set in sanitizer builds); 0 for no limit
};

struct PoolResult {
  std::uint64_t ticket = 0;
  ProcessedDocument processed;
  bool worker_lost = false;  // the worker crashed, timed out or broke the protocol (the error names the plugin)
};

class WorkerPool {
 public:
  // Starts `workers` (at least one) worker processes.
  WorkerPool(const Pipeline& pipeline, std::filesystem::path output_directory, ProcessingLimits processing,
             IsolationLimits isolation, std::size_t workers);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  std::size_t size() const { return workers_.size(); }
  std::size_t busy() const;
  bool has_idle() const { return busy() < size(); }

  // Hands a job to an idle worker (call only when has_idle()). Without `bytes` the worker reads
  // item.path itself; with them, item.path only names the file (its extension breaks format ties).
  void submit(std::uint64_t ticket, const InputItem& item, std::optional<std::string> bytes = std::nullopt);

  // Waits until some job finishes or fails, `wake_fd` (if not -1) becomes readable, or `limit` passes,
  // and returns the jobs that ended. Workers past their deadline are replaced here.
  std::vector<PoolResult> collect(std::chrono::milliseconds limit, int wake_fd = -1);

  // From when `descriptor` becomes readable (a signalfd for SIGTERM/SIGINT), run() hands out no more
  // documents: it finishes those in flight, delivers them, and returns. -1: never.
  void stop_when_readable(int descriptor) { stop_descriptor_ = descriptor; }
  // The documents delivered by the last run(): all of them unless it was stopped.
  std::size_t delivered() const { return delivered_; }

 private:
  struct Worker {
    int pid = -1;
    int socket = -1;                      // the host's end
    std::optional<std::uint64_t> ticket;  // job in progress
    InputItem item;                       // its item, to name it in a failure
    WorkerStage stage;                    // node running on it, written by the worker
    std::chrono::steady_clock::time_point deadline;
    std::chrono::steady_clock::time_point started;
  };

  void start(Worker& worker);
  void stop(Worker& worker, bool kill);
  [[noreturn]] void work(int socket, WorkerStage& stage);
  PoolResult lose(Worker& worker, bool kill, const std::string& what);
  PoolResult finished(Worker& worker, ProcessedDocument processed, bool lost) const;
  std::string stage_name(const Worker& worker) const;

  const Pipeline& pipeline_;
  std::filesystem::path output_directory_;
  ProcessingLimits processing_;
  IsolationLimits isolation_;
  std::vector<Worker> workers_;
  int stop_descriptor_ = -1;
  std::size_t delivered_ = 0;
};

// A batch on a pool: processes every input and passes the results to `sink` in input order, holding at
// most `window` finished documents. From when `stop_fd` (a signalfd for SIGTERM/SIGINT; -1: never) becomes
// readable, no more inputs are handed out: those in flight finish and are delivered. Returns the number
// of documents delivered: all of them unless stopped.
using BatchSink = std::function<void(std::size_t index, ProcessedDocument& processed)>;
std::size_t process_in_order(WorkerPool& pool, const std::vector<InputItem>& inputs, std::size_t window,
                             const BatchSink& sink, int stop_fd = -1);

}  // namespace docpipe::host
