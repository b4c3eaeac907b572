#include "document_service.hpp"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace docpipe::service {

DocumentService::DocumentService(const host::Pipeline& pipeline, host::ProcessingLimits processing,
                                 host::IsolationLimits isolation, std::size_t workers, std::size_t queue)
    : workers_(std::max<std::size_t>(1, workers)),
      queue_limit_(queue),
      pool_(pipeline, {}, processing, isolation, workers_) {
  wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (wake_fd_ < 0) throw std::runtime_error(std::string("cannot create an eventfd: ") + std::strerror(errno));
  dispatcher_ = std::thread([this] { dispatch(); });
}

DocumentService::~DocumentService() {
  stop();
  ::close(wake_fd_);
}

void DocumentService::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake();
  if (dispatcher_.joinable()) dispatcher_.join();
  std::deque<Job> dropped;
  {
    std::lock_guard lock(mutex_);
    dropped.swap(waiting_);
  }
}

void DocumentService::wake() {
  const std::uint64_t one = 1;
  [[maybe_unused]] const auto written = ::write(wake_fd_, &one, sizeof one);
}

bool DocumentService::submit(host::InputItem item, std::string bytes, Callback done) {
  {
    std::lock_guard lock(mutex_);
    // Admitted while a worker is free or the queue has room; counted from what is running and waiting.
    if (stopping_ || busy_.load() + waiting_.size() >= workers_ + queue_limit_) return false;
    waiting_.push_back({std::move(item), std::move(bytes), std::move(done)});
    queued_ = waiting_.size();
  }
  wake();
  return true;
}

void DocumentService::dispatch() {
  for (;;) {
    // Jobs leave the queue under the lock; their bytes go to the workers outside it.
    std::vector<Job> starting;
    {
      std::lock_guard lock(mutex_);
      if (stopping_ && running_.empty()) return;
      const std::size_t idle = pool_.size() - pool_.busy();
      while (!waiting_.empty() && starting.size() < idle) {
        starting.push_back(std::move(waiting_.front()));
        waiting_.pop_front();
        ++busy_;
      }
      queued_ = waiting_.size();
    }
    for (auto& job : starting) {
      const std::uint64_t ticket = next_ticket_++;
      running_.emplace(ticket, std::move(job.done));
      pool_.submit(ticket, job.item, std::move(job.bytes));
    }
    auto results = pool_.collect(std::chrono::seconds(60), wake_fd_);
    std::uint64_t drained = 0;
    while (::read(wake_fd_, &drained, sizeof drained) > 0) {
    }
    for (auto& result : results) {
      const auto found = running_.find(result.ticket);
      if (found == running_.end()) continue;
      Callback done = std::move(found->second);
      running_.erase(found);
      --busy_;
      done(result);
    }
  }
}

}  // namespace docpipe::service
