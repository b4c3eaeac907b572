// The node a worker is running, in memory the worker and the host share: the worker writes it as it
// enters each stage at the cost of a store, and the host reads it only when a document fails (timeout,
// crash, out of memory) to name the plugin. A message per stage would wake the host every time.
#pragma once

#include <sys/mman.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>
#include <optional>
#include <stdexcept>
#include <utility>

namespace docpipe::host {

class WorkerStage {
 public:
  // Maps the shared word; create it before fork() so that both processes see the same memory.
  WorkerStage() {
    void* memory = ::mmap(nullptr, sizeof(Slot), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) throw std::runtime_error("cannot map a worker's stage word");
    slot_ = new (memory) Slot{};
  }
  ~WorkerStage() {
    if (slot_ != nullptr) ::munmap(slot_, sizeof(Slot));
  }
  WorkerStage(WorkerStage&& other) noexcept : slot_(std::exchange(other.slot_, nullptr)) {}
  WorkerStage& operator=(WorkerStage&& other) noexcept {
    if (this != &other) {
      if (slot_ != nullptr) ::munmap(slot_, sizeof(Slot));
      slot_ = std::exchange(other.slot_, nullptr);
    }
    return *this;
  }
  WorkerStage(const WorkerStage&) = delete;
  WorkerStage& operator=(const WorkerStage&) = delete;

  void enter(std::size_t node) { slot_->node.store(node + 1, std::memory_order_release); }
  void clear() { slot_->node.store(0, std::memory_order_release); }
  std::optional<std::size_t> current() const {
    const std::uint64_t value = slot_->node.load(std::memory_order_acquire);
    if (value == 0) return std::nullopt;
    return static_cast<std::size_t>(value - 1);
  }

 private:
  struct Slot {
    std::atomic<std::uint64_t> node{0};  // 0: none yet; otherwise the node's index + 1
  };
  static_assert(std::atomic<std::uint64_t>::is_always_lock_free, "shared between processes: must be lock-free");
  Slot* slot_ = nullptr;
};

}  // namespace docpipe::host
