// SIGTERM and SIGINT as a file descriptor instead of a signal handler: while an InterruptSignals lives,
// both are blocked in this process and in the worker processes it forks (so a Ctrl-C to the terminal's
// process group, or a service manager's SIGTERM to the whole control group, does not kill documents in
// flight), and a signalfd becomes readable when one arrives. The worker pool polls it and stops taking
// documents (WorkerPool::stop_when_readable).
#pragma once

#include <signal.h>

namespace docpipe::cli {

class InterruptSignals {
 public:
  InterruptSignals();  // throws std::runtime_error when the signalfd cannot be made
  // Discards the signals received (the run already answered them) and restores the signal mask.
  ~InterruptSignals();
  InterruptSignals(const InterruptSignals&) = delete;
  InterruptSignals& operator=(const InterruptSignals&) = delete;

  int descriptor() const { return descriptor_; }

 private:
  sigset_t previous_mask_;
  int descriptor_ = -1;
};

}  // namespace docpipe::cli
