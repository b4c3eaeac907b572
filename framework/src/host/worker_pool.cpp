#include "worker_pool.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
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
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(sockets[0]), ::close(sockets[1]);
    throw std::runtime_error(std::string("cannot start a worker process: ") + std::strerror(errno));
  }
  if (pid == 0) {
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
  if (isolation_.max_memory_bytes > 0) {
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
  processed.document.source = item.path;
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
  std::size_t end = total;  // becomes `next` when the run is told to stop
  bool stopping = false;
  const auto finish = [&](Worker& worker, ProcessedDocument processed) {
    processed.worker = static_cast<std::size_t>(&worker - workers_.data()) + 1;
    processed.elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - worker.started);
    finished.emplace(*worker.document, std::move(processed));
    worker.document.reset();
    worker.stage.reset();
  };
  const auto replace = [&](Worker& worker, bool kill, const std::string& what) {
    finish(worker, failure(worker, what));
    stop(worker, kill);
    start(worker);
  };

  while (delivered < end) {
    // Hand out documents, never more than `window` ahead of the oldest one not yet delivered.
    for (auto& worker : workers_) {
      if (worker.document || next >= end || next >= delivered + std::max<std::size_t>(window, 1)) continue;
      const std::uint64_t index = next;
      worker.document = next++;
      worker.started = std::chrono::steady_clock::now();
      worker.deadline = worker.started + isolation_.timeout;
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
    if (delivered >= end) break;

    std::vector<pollfd> polled;
    std::vector<Worker*> busy;
    const bool may_stop = stop_descriptor_ >= 0 && !stopping;
    auto wait = isolation_.timeout;
    const auto now = std::chrono::steady_clock::now();
    for (auto& worker : workers_) {
      if (!worker.document) continue;
      polled.push_back({worker.socket, POLLIN, 0});
      busy.push_back(&worker);
      wait = std::min(
          wait, std::chrono::duration_cast<std::chrono::seconds>(worker.deadline - now) + std::chrono::seconds(1));
    }
    if (busy.empty()) continue;
    if (may_stop) polled.push_back({stop_descriptor_, POLLIN, 0});  // after the workers: indices stay aligned
    const int timeout_ms = static_cast<int>(std::max<std::int64_t>(0, std::chrono::milliseconds(wait).count()));
    if (::poll(polled.data(), polled.size(), timeout_ms) < 0 && errno != EINTR) {
      throw std::runtime_error(std::string("cannot wait for workers: ") + std::strerror(errno));
    }
    if (may_stop && polled.back().revents != 0) {
      stopping = true;
      end = next;  // finish what is in flight, take nothing new
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
      if (std::chrono::steady_clock::now() >= worker.deadline) {
        replace(worker, true, fmt::format("timed out after {} s", isolation_.timeout.count()));
      }
    }
  }
  delivered_ = delivered;
  for (auto& worker : workers_) stop(worker, false);
  workers_.clear();
}

}  // namespace docpipe::host
