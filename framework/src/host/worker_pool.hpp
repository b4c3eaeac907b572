// Documents processed in worker processes, after Tika Pipes: a plugin that crashes, hangs or exhausts
// memory on one bad document costs that document an error row, never the batch. Workers are forked
// from the host once its plugins are loaded; each owns its plugin instances; a worker that dies or
// overruns its time is replaced.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

#include "document_processor.hpp"
#include "input_collector.hpp"
#include "pipeline.hpp"

namespace docpipe::host {

struct IsolationLimits {
  std::chrono::seconds timeout{300};   // per document; 0 for no limit
  std::uint64_t max_memory_bytes = 0;  // address space of a worker (resident set in sanitizer builds); 0 for no limit
};

class WorkerPool {
 public:
  using Sink = std::function<void(std::size_t index, ProcessedDocument& processed)>;

  WorkerPool(const Pipeline& pipeline, const std::vector<InputItem>& inputs, std::filesystem::path output_directory,
             ProcessingLimits processing, IsolationLimits isolation);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Processes every input on `workers` processes and passes the results to `sink` in input order,
  // holding at most `window` finished documents.
  void run(std::size_t workers, std::size_t window, const Sink& sink);

 private:
  struct Worker {
    int pid = -1;
    int socket = -1;                      // the host's end
    std::optional<std::size_t> document;  // in progress
    std::optional<std::size_t> stage;     // node running on it
    std::chrono::steady_clock::time_point deadline;
  };

  void start(Worker& worker);
  void stop(Worker& worker, bool kill);
  [[noreturn]] void work(int socket);
  ProcessedDocument failure(const Worker& worker, const std::string& what) const;
  std::string stage_name(const Worker& worker) const;

  const Pipeline& pipeline_;
  const std::vector<InputItem>& inputs_;
  std::filesystem::path output_directory_;
  ProcessingLimits processing_;
  IsolationLimits isolation_;
  std::vector<Worker> workers_;
};

}  // namespace docpipe::host
