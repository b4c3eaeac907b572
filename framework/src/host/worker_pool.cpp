#include "worker_pool.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <stdexcept>

#include "document_codec.hpp"

namespace docpipe::host {

namespace {

// Messages from a worker: a stage ('S', the node about to run) or a finished document ('D').
constexpr char kStage = 'S';
constexpr char kDocument = 'D';

bool send_all(int socket, const void* data, std::size_t size) {
  const char* at = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t sent = ::send(socket, at, size, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    at += sent;
    size -= static_cast<std::size_t>(sent);
  }
  return true;
}

// Reads exactly `size` bytes; false on end of stream or error.
bool receive_all(int socket, void* data, std::size_t size) {
  char* at = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t got = ::recv(socket, at, size, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    at += got;
    size -= static_cast<std::size_t>(got);
  }
  return true;
}

bool send_message(int socket, char type, std::string_view payload) {
  const std::uint64_t size = payload.size();
  return send_all(socket, &type, 1) && send_all(socket, &size, sizeof size) &&
         send_all(socket, payload.data(), payload.size());
}

// Sanitizer builds reserve terabytes of address space for shadow memory, so RLIMIT_AS cannot cap their
// workers; there the host reads each busy worker's resident set instead and ends one that is over the limit.
#ifdef DOCPIPE_SANITIZED
constexpr bool kLimitByResidentSet = true;
#else
constexpr bool kLimitByResidentSet = false;
#endif
constexpr auto kResidentSetInterval = std::chrono::milliseconds(100);

// Resident memory of a process in bytes (0 when unknown), from /proc/PID/statm.
std::uint64_t resident_bytes(pid_t pid) {
  std::FILE* file = std::fopen(fmt::format("/proc/{}/statm", pid).c_str(), "r");
  if (file == nullptr) return 0;
  unsigned long long size = 0, resident = 0;
  const int read = std::fscanf(file, "%llu %llu", &size, &resident);
  std::fclose(file);
  return read == 2 ? resident * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE)) : 0;
}

std::string exit_description(int status) {
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    const char* name = strsignal(signal);
    return fmt::format("crashed (signal {}: {})", signal, name ? name : "unknown");
  }
  if (WIFEXITED(status)) return fmt::format("worker exited with status {}", WEXITSTATUS(status));
  return "worker ended";
}

}  // namespace

WorkerPool::WorkerPool(const Pipeline& pipeline, const std::vector<InputItem>& inputs,
                       std::filesystem::path output_directory, ProcessingLimits processing, IsolationLimits isolation)
    : pipeline_(pipeline),
      inputs_(inputs),
      output_directory_(std::move(output_directory)),
      processing_(processing),
      isolation_(isolation) {}

WorkerPool::~WorkerPool() {
  for (auto& worker : workers_) stop(worker, true);
}

void WorkerPool::start(Worker& worker) {
  int sockets[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
    throw std::runtime_error(std::string("cannot create a worker channel: ") + std::strerror(errno));
  }
  const pid_t host = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(sockets[0]), ::close(sockets[1]);
    throw std::runtime_error(std::string("cannot start a worker process: ") + std::strerror(errno));
  }
  if (pid == 0) {
    // A worker dies with the host: a killed host must not leave workers running with no timeout over them.
    // The host may have died between fork and prctl, so its pid is checked after the death signal is armed.
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != host) ::_exit(4);
    ::close(sockets[0]);
    // Other workers' channels must close here, or a worker would never see the host hang up on them.
    for (const auto& other : workers_) {
      if (other.socket >= 0) ::close(other.socket);
    }
    work(sockets[1]);
  }
  ::close(sockets[1]);
  worker.pid = pid;
  worker.socket = sockets[0];
  worker.document.reset();
  worker.stage.reset();
}

void WorkerPool::stop(Worker& worker, bool kill) {
  if (worker.socket >= 0) ::close(worker.socket);
  worker.socket = -1;
  if (worker.pid > 0) {
    if (kill) ::kill(worker.pid, SIGKILL);
    int status = 0;
    while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  worker.pid = -1;
}

// The worker process: documents in, results out, until the host hangs up. It never returns, and it
// leaves with _exit so that nothing of the host (buffered output, destructors) runs twice.
void WorkerPool::work(int socket) {
  if (isolation_.max_memory_bytes > 0 && !kLimitByResidentSet) {
    const rlimit limit{isolation_.max_memory_bytes, isolation_.max_memory_bytes};
    ::setrlimit(RLIMIT_AS, &limit);
  }
  int code = 0;
  try {
    DocumentProcessor processor(pipeline_, output_directory_, processing_, [socket](std::size_t node) {
      const std::uint64_t value = node;
      send_message(socket, kStage, std::string_view(reinterpret_cast<const char*>(&value), sizeof value));
    });
    std::uint64_t index = 0;
    while (receive_all(socket, &index, sizeof index)) {
      if (index >= inputs_.size()) break;
      const ProcessedDocument processed = processor.process(inputs_[index]);
      if (!send_message(socket, kDocument, encode_processed_document(processed))) break;
    }
  } catch (...) {
    code = 3;
  }
  ::_exit(code);
}

std::string WorkerPool::stage_name(const Worker& worker) const {
  return worker.stage ? pipeline_.nodes[*worker.stage].plugin_name() : std::string("docpipe worker");
}

ProcessedDocument WorkerPool::failure(const Worker& worker, const std::string& what) const {
  ProcessedDocument processed;
  const InputItem& item = inputs_[*worker.document];
  processed.document.id = item.id;
  processed.document.source = item.display.empty() ? item.path : std::filesystem::path(item.display);
  for (const auto& note : item.notes) processed.document.metadata.add("warning", note);
  processed.document.status = DocumentStatus::error;
  processed.document.error = stage_name(worker) + ": " + what;
  return processed;
}

void WorkerPool::run(std::size_t workers, std::size_t window, const Sink& sink) {
  const std::size_t total = inputs_.size();
  workers_.assign(std::max<std::size_t>(1, std::min(workers, total)), Worker{});
  for (auto& worker : workers_) start(worker);

  std::map<std::size_t, ProcessedDocument> finished;
  std::size_t next = 0, delivered = 0;
  const auto finish = [&](Worker& worker, ProcessedDocument processed) {
    finished.emplace(*worker.document, std::move(processed));
    worker.document.reset();
    worker.stage.reset();
  };
  const auto replace = [&](Worker& worker, bool kill, const std::string& what) {
    finish(worker, failure(worker, what));
    stop(worker, kill);
    start(worker);
  };

  while (delivered < total) {
    // Hand out documents, never more than `window` ahead of the oldest one not yet delivered.
    for (auto& worker : workers_) {
      if (worker.document || next >= total || next >= delivered + std::max<std::size_t>(window, 1)) continue;
      const std::uint64_t index = next;
      worker.document = next++;
      // A timeout of 0 means no limit, as --max-memory 0 does.
      worker.deadline = isolation_.timeout.count() > 0 ? std::chrono::steady_clock::now() + isolation_.timeout
                                                       : std::chrono::steady_clock::time_point::max();
      if (!send_all(worker.socket, &index, sizeof index)) {
        int status = 0;
        ::waitpid(worker.pid, &status, 0);
        worker.pid = -1;
        replace(worker, false, exit_description(status));
      }
    }
    for (auto it = finished.find(delivered); it != finished.end(); it = finished.find(delivered)) {
      sink(delivered, it->second);
      finished.erase(it);
      ++delivered;
    }
    if (delivered >= total) break;

    std::vector<pollfd> polled;
    std::vector<Worker*> busy;
    std::chrono::milliseconds wait = isolation_.timeout.count() > 0
                                         ? std::chrono::milliseconds(isolation_.timeout)
                                         : std::chrono::milliseconds(std::chrono::minutes(1));
    const auto now = std::chrono::steady_clock::now();
    for (auto& worker : workers_) {
      if (!worker.document) continue;
      polled.push_back({worker.socket, POLLIN, 0});
      busy.push_back(&worker);
      if (isolation_.timeout.count() > 0) {
        wait = std::min<std::chrono::milliseconds>(
            wait, std::chrono::duration_cast<std::chrono::seconds>(worker.deadline - now) + std::chrono::seconds(1));
      }
    }
    if (busy.empty()) continue;
    if (kLimitByResidentSet && isolation_.max_memory_bytes > 0)
      wait = std::min(wait, std::chrono::milliseconds(kResidentSetInterval));
    const int timeout_ms = static_cast<int>(std::max<std::int64_t>(0, std::chrono::milliseconds(wait).count()));
    if (::poll(polled.data(), polled.size(), timeout_ms) < 0 && errno != EINTR) {
      throw std::runtime_error(std::string("cannot wait for workers: ") + std::strerror(errno));
    }
    for (std::size_t k = 0; k < busy.size(); ++k) {
      Worker& worker = *busy[k];
      if (polled[k].revents != 0) {
        char type = 0;
        std::uint64_t size = 0;
        std::string payload;
        bool ok = receive_all(worker.socket, &type, 1) && receive_all(worker.socket, &size, sizeof size);
        if (ok) {
          payload.resize(size);
          ok = receive_all(worker.socket, payload.data(), size);
        }
        if (!ok) {
          int status = 0;
          ::waitpid(worker.pid, &status, 0);
          worker.pid = -1;
          replace(worker, false, exit_description(status));
          continue;
        }
        if (type == kStage && size == sizeof(std::uint64_t)) {
          std::uint64_t node = 0;
          std::memcpy(&node, payload.data(), sizeof node);
          if (node < pipeline_.nodes.size()) worker.stage = node;
        } else if (type == kDocument) {
          try {
            finish(worker, decode_processed_document(payload));
          } catch (const std::exception& error) {
            replace(worker, true, error.what());
          }
        }
        continue;
      }
      if (kLimitByResidentSet && isolation_.max_memory_bytes > 0 &&
          resident_bytes(worker.pid) > isolation_.max_memory_bytes) {
        replace(worker, true,
                fmt::format("out of memory: resident memory over the limit of {} MB (--max-memory)",
                            isolation_.max_memory_bytes >> 20));
        continue;
      }
      if (std::chrono::steady_clock::now() >= worker.deadline) {
        replace(worker, true, fmt::format("timed out after {} s", isolation_.timeout.count()));
      }
    }
  }
  for (auto& worker : workers_) stop(worker, false);
  workers_.clear();
}

}  // namespace docpipe::host
