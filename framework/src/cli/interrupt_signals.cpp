#include "interrupt_signals.hpp"

#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace docpipe::cli {

namespace {

sigset_t interrupt_set() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

InterruptSignals::InterruptSignals() {
  const sigset_t set = interrupt_set();
  if (::sigprocmask(SIG_BLOCK, &set, &previous_mask_) != 0) {
    throw std::runtime_error(std::string("cannot block SIGTERM/SIGINT: ") + std::strerror(errno));
  }
  descriptor_ = ::signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
  if (descriptor_ < 0) {
    const int error = errno;
    ::sigprocmask(SIG_SETMASK, &previous_mask_, nullptr);
    throw std::runtime_error(std::string("cannot watch SIGTERM/SIGINT: ") + std::strerror(error));
  }
}

InterruptSignals::~InterruptSignals() {
  // Unblocking with a signal still pending would deliver it now and kill the process on its way out.
  signalfd_siginfo info;
  while (::read(descriptor_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
  }
  ::close(descriptor_);
  ::sigprocmask(SIG_SETMASK, &previous_mask_, nullptr);
}

}  // namespace docpipe::cli
