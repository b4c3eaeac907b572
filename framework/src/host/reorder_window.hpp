// Hands out work in index order and delivers results in the same order, holding
// at most `capacity` results at once. Memory stays flat on large batches, and
// what the sink sees never depends on the number of workers.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace docpipe::host {

template <class Result>
class ReorderWindow {
 public:
  using Sink = std::function<void(std::size_t index, Result&)>;

  ReorderWindow(std::size_t total, std::size_t capacity, Sink sink)
      : total_(total), capacity_(capacity < 1 ? 1 : capacity), sink_(std::move(sink)) {}

  // The next index to work on, waiting while the window is full; nullopt when all are handed out.
  std::optional<std::size_t> take() {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return next_ >= total_ || next_ < delivered_ + capacity_; });
    if (next_ >= total_) return std::nullopt;
    return next_++;
  }

  // Stores a finished result. Whichever thread completes the oldest missing
  // index passes every consecutive finished result to the sink, one at a time.
  void complete(std::size_t index, Result result) {
    std::unique_lock lock(mutex_);
    finished_.emplace(index, std::move(result));
    if (draining_) return;
    draining_ = true;
    for (auto it = finished_.find(delivered_); it != finished_.end(); it = finished_.find(delivered_)) {
      Result ready = std::move(it->second);
      finished_.erase(it);
      const std::size_t ready_index = delivered_;
      lock.unlock();
      sink_(ready_index, ready);
      lock.lock();
      ++delivered_;
      space_.notify_all();
    }
    draining_ = false;
  }

 private:
  const std::size_t total_;
  const std::size_t capacity_;
  Sink sink_;
  std::mutex mutex_;
  std::condition_variable space_;
  std::map<std::size_t, Result> finished_;
  std::size_t next_ = 0;
  std::size_t delivered_ = 0;
  bool draining_ = false;
};

}  // namespace docpipe::host
