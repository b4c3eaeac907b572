// The worker pool as a service: requests arrive from the HTTP threads one at a time, wait in a bounded
// queue for an idle worker, and their results come back through a callback. One dispatcher thread owns
// the pool (it is not thread-safe), handing out queued jobs and collecting results; an eventfd wakes it
// when a job arrives or the service stops.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "host/worker_pool.hpp"

namespace docpipe::service {

class DocumentService {
 public:
  // Called on the dispatcher thread when the job ends.
  using Callback = std::function<void(host::PoolResult&)>;

  // Starts the worker processes (before any other thread exists, ideally) and the dispatcher.
  DocumentService(const host::Pipeline& pipeline, host::ProcessingLimits processing, host::IsolationLimits isolation,
                  std::size_t workers, std::size_t queue);
  // Calls stop().
  ~DocumentService();
  DocumentService(const DocumentService&) = delete;
  DocumentService& operator=(const DocumentService&) = delete;

  // Queues a document given as bytes; false, without queuing, when every worker is busy and `queue`
  // jobs already wait.
  bool submit(host::InputItem item, std::string bytes, Callback done);

  // Refuses new jobs, lets the running ones finish and joins the dispatcher; queued jobs are dropped
  // unanswered. Once it returns no callback runs or is still being destroyed on another thread, so a
  // caller whose callbacks hold handles into its own state (an I/O context's executors) calls it before
  // that state goes. Idempotent.
  void stop();

  std::size_t workers() const { return workers_; }
  std::size_t busy() const { return busy_.load(); }
  std::size_t queued() const { return queued_.load(); }

 private:
  struct Job {
    host::InputItem item;
    std::string bytes;
    Callback done;
  };

  void dispatch();
  void wake();

  std::size_t workers_;
  std::size_t queue_limit_;
  host::WorkerPool pool_;
  int wake_fd_ = -1;
  std::mutex mutex_;
  std::deque<Job> waiting_;  // guarded by mutex_
  bool stopping_ = false;    // guarded by mutex_
  std::atomic<std::size_t> busy_{0};
  std::atomic<std::size_t> queued_{0};
  std::map<std::uint64_t, Callback> running_;  // dispatcher thread only
  std::uint64_t next_ticket_ = 0;              // dispatcher thread only
  std::thread dispatcher_;
};

}  // namespace docpipe::service
