// Documents processed in worker processes, after Tika Pipes: a plugin that crashes, hangs or exhausts
// memory on one bad document costs that document an error, never the batch or the server. Workers are
// forked from the host once its plugins are loaded; each owns its plugin instances; a worker that dies
// or overruns its time is replaced. The pool takes a stream of jobs (a batch run's files, a server's
// requests) and hands back each result with the ticket its job was given. A batch may give each worker a
// second job while it works on the first (`jobs_per_worker`): the worker then starts it the moment it sends a
// result, instead of waiting for a host busy writing some document's outputs to hand it one.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
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
  // Starts `workers` (at least one) worker processes, each given up to `jobs_per_worker` (at least one) jobs
  // at a time. Only the first of a worker's jobs is running: the timeout counts from when it starts, and a
  // worker that is lost costs that job alone; the others go to its replacement.
  WorkerPool(const Pipeline& pipeline, std::filesystem::path output_directory, ProcessingLimits processing,
             IsolationLimits isolation, std::size_t workers, std::size_t jobs_per_worker = 1);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  std::size_t size() const { return workers_.size(); }
  // Workers with a job.
  std::size_t busy() const;
  // Whether submit() may be called: some worker has fewer than jobs_per_worker jobs.
  bool has_idle() const;

  // Hands a job to the worker with the fewest (call only when has_idle()). Without `bytes` the worker reads
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
  struct Job {
    std::uint64_t ticket = 0;
    InputItem item;       // to name it in a failure
    std::string message;  // the job as sent, kept while it waits, to send again to a replacement worker
  };
  struct Worker {
    int pid = -1;
    int socket = -1;       // the host's end
    std::deque<Job> jobs;  // sent to the worker, in order: the first is running, the others wait
    WorkerStage stage;     // node running on it, written by the worker
    std::chrono::steady_clock::time_point deadline;  // of the running job
    std::chrono::steady_clock::time_point started;   // when the running job started
  };

  void start(Worker& worker);
  // The first job of `worker` starts now: its clock and its deadline.
  void start_clock(Worker& worker);
  void stop(Worker& worker, bool kill);
  [[noreturn]] void work(int socket, WorkerStage& stage);
  PoolResult lose(Worker& worker, bool kill, const std::string& what);
  PoolResult finished(Worker& worker, ProcessedDocument processed, bool lost);
  std::string stage_name(const Worker& worker) const;

  const Pipeline& pipeline_;
  std::filesystem::path output_directory_;
  ProcessingLimits processing_;
  IsolationLimits isolation_;
  std::vector<Worker> workers_;
  std::size_t jobs_per_worker_;
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
