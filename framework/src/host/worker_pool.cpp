#include "worker_pool.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <stdexcept>

#include "document_codec.hpp"

namespace docpipe::host {

namespace {

// Messages to a worker: a job ('J'). From a worker: a finished document ('D'); the stage it is in is in
// shared memory (worker_stage.hpp), so that a document costs one message each way.
constexpr char kJob = 'J';
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

// Header and payload in one system call (one wake-up of the reader) when the socket takes them at once.
bool send_message(int socket, char type, std::string_view payload) {
  char header[1 + sizeof(std::uint64_t)];
  const std::uint64_t size = payload.size();
  header[0] = type;
  std::memcpy(header + 1, &size, sizeof size);
  iovec parts[2] = {{header, sizeof header}, {const_cast<char*>(payload.data()), payload.size()}};
  msghdr message{};
  message.msg_iov = parts;
  message.msg_iovlen = 2;
  ssize_t sent = 0;
  do {
    sent = ::sendmsg(socket, &message, MSG_NOSIGNAL);
  } while (sent < 0 && errno == EINTR);
  if (sent < 0) return false;
  const auto done = static_cast<std::size_t>(sent);
  if (done < sizeof header) {
    return send_all(socket, header + done, sizeof header - done) && send_all(socket, payload.data(), payload.size());
  }
  return send_all(socket, payload.data() + (done - sizeof header), payload.size() - (done - sizeof header));
}

// Reads one message; false on end of stream or error.
bool receive_message(int socket, char& type, std::string& payload) {
  std::uint64_t size = 0;
  if (!receive_all(socket, &type, 1) || !receive_all(socket, &size, sizeof size)) return false;
  payload.resize(size);
  return receive_all(socket, payload.data(), size);
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

// A worker keeps only stdio and its own channel: an inherited client connection or listening socket
// would stay open in it after the host closed it, and other workers' channels would never hang up.
void close_inherited_descriptors(int keep) {
  constexpr unsigned kLast = std::numeric_limits<unsigned>::max();
  const auto keep_fd = static_cast<unsigned>(keep);
  const bool closed =
      (keep_fd <= 3 || ::close_range(3, keep_fd - 1, 0) == 0) && ::close_range(keep_fd + 1, kLast, 0) == 0;
  if (closed) return;
  const long limit = std::min<long>(::sysconf(_SC_OPEN_MAX), 1 << 16);
  for (int fd = 3; fd < limit; ++fd) {
    if (fd != keep) ::close(fd);
  }
}

}  // namespace

WorkerPool::WorkerPool(const Pipeline& pipeline, std::filesystem::path output_directory, ProcessingLimits processing,
                       IsolationLimits isolation, std::size_t workers, std::size_t jobs_per_worker)
    : pipeline_(pipeline),
      output_directory_(std::move(output_directory)),
      processing_(processing),
      isolation_(isolation),
      workers_(std::max<std::size_t>(1, workers)),
      jobs_per_worker_(std::max<std::size_t>(1, jobs_per_worker)) {
  for (auto& worker : workers_) start(worker);
}

WorkerPool::~WorkerPool() {
  for (auto& worker : workers_) stop(worker, !worker.jobs.empty());
}

std::size_t WorkerPool::busy() const {
  return static_cast<std::size_t>(
      std::count_if(workers_.begin(), workers_.end(), [](const Worker& worker) { return !worker.jobs.empty(); }));
}

bool WorkerPool::has_idle() const {
  return std::any_of(workers_.begin(), workers_.end(),
                     [this](const Worker& worker) { return worker.jobs.size() < jobs_per_worker_; });
}

void WorkerPool::start(Worker& worker) {
  worker.stage = WorkerStage();  // a fresh word: a replaced worker's may still be written by the old process
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
    // SIGKILL, since workers ignore SIGTERM/SIGINT. The host may have died between fork and prctl, so its
    // pid is checked after the death signal is armed.
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != host) ::_exit(4);
    // Named apart from the host in ps, top and profiles.
    ::prctl(PR_SET_NAME, "docpipe-worker");
    close_inherited_descriptors(sockets[1]);
    work(sockets[1], worker.stage);
  }
  ::close(sockets[1]);
  worker.pid = pid;
  worker.socket = sockets[0];
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

namespace {

// A result too large to encode within the worker's memory limit becomes an error row saying so, rather
// than a worker that dies with a status naming the last stage.
std::string encoded_for_host(ProcessedDocument processed) {
  try {
    return encode_processed_document(processed);
  } catch (const std::bad_alloc&) {
  }
  // Rendered outputs are a copy of the document in other forms: without them the host writes it itself.
  if (!processed.rendered.empty()) {
    processed.rendered = {};
    try {
      return encode_processed_document(processed);
    } catch (const std::bad_alloc&) {
    }
  }
  ProcessedDocument failed;
  failed.document.id = std::move(processed.document.id);
  failed.document.source = std::move(processed.document.source);
  processed = {};
  failed.document.status = DocumentStatus::error;
  failed.document.error =
      "sending the result to the host: out of memory: the document needs more than the "
      "worker's memory limit (--max-memory)";
  return encode_processed_document(failed);
}

}  // namespace

// The worker process: jobs in, results out, until the host hangs up. It never returns, and it leaves
// with _exit so that nothing of the host (buffered output, destructors) runs twice. It ignores the
// signals that ask the host to stop, so that the host can finish the documents in flight.
void WorkerPool::work(int socket, WorkerStage& stage) {
  ::signal(SIGTERM, SIG_IGN);
  ::signal(SIGINT, SIG_IGN);
  if (isolation_.max_memory_bytes > 0 && !kLimitByResidentSet) {
    const rlimit limit{isolation_.max_memory_bytes, isolation_.max_memory_bytes};
    ::setrlimit(RLIMIT_AS, &limit);
  }
  int code = 0;
  try {
    DocumentProcessor processor(pipeline_, output_directory_, processing_,
                                [&stage](std::size_t node) { stage.enter(node); });
    char type = 0;
    std::string message;
    while (receive_message(socket, type, message) && type == kJob) {
      // The host may not have read the last result yet: the job starts with no stage of the one before.
      stage.clear();
      const WorkerJob job = decode_worker_job(message);
      message.clear();
      ProcessedDocument processed = job.bytes ? processor.process(job.item, *job.bytes) : processor.process(job.item);
      if (!send_message(socket, kDocument, encoded_for_host(std::move(processed)))) break;
    }
  } catch (...) {
    code = 3;
  }
  ::_exit(code);
}

namespace {

bool readable(int descriptor) {
  pollfd polled{descriptor, POLLIN, 0};
  return ::poll(&polled, 1, 0) > 0 && (polled.revents & POLLIN) != 0;
}

}  // namespace

std::string WorkerPool::stage_name(const Worker& worker) const {
  const std::optional<std::size_t> stage = worker.stage.current();
  return stage && *stage < pipeline_.nodes.size() ? pipeline_.nodes[*stage].plugin_name()
                                                  : std::string("docpipe worker");
}

// Ends the worker's running job with `processed` (the caller starts the clock of the next one, if any).
PoolResult WorkerPool::finished(Worker& worker, ProcessedDocument processed, bool lost) {
  processed.worker = static_cast<std::size_t>(&worker - workers_.data()) + 1;
  processed.elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - worker.started);
  PoolResult result{worker.jobs.front().ticket, std::move(processed), lost};
  worker.jobs.pop_front();
  return result;
}

void WorkerPool::start_clock(Worker& worker) {
  worker.started = std::chrono::steady_clock::now();
  // A timeout of 0 means no limit, as --max-memory 0 does.
  worker.deadline = isolation_.timeout.count() > 0 ? worker.started + isolation_.timeout
                                                   : std::chrono::steady_clock::time_point::max();
  worker.jobs.front().message = {};  // running: never sent again
}

// The running job fails; the worker is replaced, and the jobs that waited behind it go to the new one.
PoolResult WorkerPool::lose(Worker& worker, bool kill, const std::string& what) {
  const InputItem& item = worker.jobs.front().item;
  ProcessedDocument processed;
  Document& document = processed.document;
  document.id = item.id;
  document.source = item.display.empty() ? item.path : std::filesystem::path(item.display);
  for (const auto& note : item.notes) document.metadata.add("warning", note);
  document.status = DocumentStatus::error;
  document.error = stage_name(worker) + ": " + what;
  stop(worker, kill);
  PoolResult result = finished(worker, std::move(processed), true);
  start(worker);
  for (Job& waiting : worker.jobs) {
    if (!send_message(worker.socket, kJob, waiting.message)) ::shutdown(worker.socket, SHUT_RDWR);
  }
  if (!worker.jobs.empty()) start_clock(worker);
  return result;
}

void WorkerPool::submit(std::uint64_t ticket, const InputItem& item, std::optional<std::string> bytes) {
  const auto fewest = std::min_element(workers_.begin(), workers_.end(),
                                       [](const Worker& a, const Worker& b) { return a.jobs.size() < b.jobs.size(); });
  if (fewest == workers_.end() || fewest->jobs.size() >= jobs_per_worker_) {
    throw std::logic_error("WorkerPool::submit: no idle worker");
  }
  Worker& worker = *fewest;
  std::string message = encode_worker_job(item, bytes);
  // An idle worker's word may still name the last job's stage. Cleared before the job is sent, never after:
  // the worker may already be inside a plugin by the time the send returns (and crash there, to be named).
  if (worker.jobs.empty()) worker.stage.clear();
  const bool sent = send_message(worker.socket, kJob, message);
  worker.jobs.push_back({ticket, item, std::move(message)});
  if (worker.jobs.size() == 1) start_clock(worker);
  // The worker died: its end shows on the next collect() as its running job lost.
  if (!sent) ::shutdown(worker.socket, SHUT_RDWR);
}

std::vector<PoolResult> WorkerPool::collect(std::chrono::milliseconds limit, int wake_fd) {
  if (busy() == 0 && wake_fd < 0) return {};
  std::vector<pollfd> polled;
  std::vector<Worker*> running;
  auto wait = limit;
  const auto now = std::chrono::steady_clock::now();
  for (auto& worker : workers_) {
    if (worker.jobs.empty()) continue;
    polled.push_back({worker.socket, POLLIN, 0});
    running.push_back(&worker);
    if (isolation_.timeout.count() > 0) {
      wait = std::min(wait, std::chrono::duration_cast<std::chrono::milliseconds>(worker.deadline - now) +
                                std::chrono::milliseconds(10));
    }
  }
  if (kLimitByResidentSet && isolation_.max_memory_bytes > 0 && !running.empty()) {
    wait = std::min<std::chrono::milliseconds>(wait, kResidentSetInterval);
  }
  if (wake_fd >= 0) polled.push_back({wake_fd, POLLIN, 0});
  const int timeout_ms = static_cast<int>(std::clamp<std::int64_t>(wait.count(), 0, std::numeric_limits<int>::max()));
  if (::poll(polled.data(), polled.size(), timeout_ms) < 0 && errno != EINTR) {
    throw std::runtime_error(std::string("cannot wait for workers: ") + std::strerror(errno));
  }

  std::vector<PoolResult> results;
  for (std::size_t k = 0; k < running.size(); ++k) {
    Worker& worker = *running[k];
    if (polled[k].revents != 0) {
      char type = 0;
      std::string payload;
      if (!receive_message(worker.socket, type, payload)) {
        int status = 0;
        ::waitpid(worker.pid, &status, 0);
        worker.pid = -1;
        results.push_back(lose(worker, false, exit_description(status)));
        continue;
      }
      if (type == kDocument) {
        try {
          ProcessedDocument processed = decode_worker_result(std::move(payload));
          results.push_back(finished(worker, std::move(processed), false));
          if (!worker.jobs.empty()) start_clock(worker);
        } catch (const std::exception& error) {
          results.push_back(lose(worker, true, error.what()));
        }
      }
      continue;
    }
    if (kLimitByResidentSet && isolation_.max_memory_bytes > 0 &&
        resident_bytes(worker.pid) > isolation_.max_memory_bytes) {
      results.push_back(lose(worker, true,
                             fmt::format("out of memory: resident memory over the limit of {} MB (--max-memory)",
                                         isolation_.max_memory_bytes >> 20)));
      continue;
    }
    if (std::chrono::steady_clock::now() >= worker.deadline) {
      results.push_back(lose(worker, true, fmt::format("timed out after {} s", isolation_.timeout.count())));
    }
  }
  return results;
}

std::size_t process_in_order(WorkerPool& pool, const std::vector<InputItem>& inputs, std::size_t window,
                             const BatchSink& sink, int stop_fd) {
  std::size_t total = inputs.size();  // becomes `next` when the run is told to stop
  std::map<std::size_t, ProcessedDocument> finished;
  std::size_t next = 0, delivered = 0;
  // Hand out documents, never more than `window` ahead of the oldest one not yet delivered.
  const auto hand_out = [&] {
    while (pool.has_idle() && next < total && next < delivered + std::max<std::size_t>(window, 1)) {
      pool.submit(next, inputs[next]);
      ++next;
    }
  };
  const auto take_results = [&](std::chrono::milliseconds wait) {
    for (auto& result : pool.collect(wait, stop_fd)) {
      finished.emplace(static_cast<std::size_t>(result.ticket), std::move(result.processed));
    }
    if (stop_fd >= 0 && total > next && readable(stop_fd)) total = next;  // finish what is in flight, take nothing new
  };
  while (delivered < total) {
    hand_out();
    for (auto it = finished.find(delivered); it != finished.end(); it = finished.find(delivered)) {
      sink(delivered, it->second);
      finished.erase(it);
      ++delivered;
      // A worker that finished while the host wrote outputs gets its next document now rather than after
      // every ready document is written: the host's writing and the workers' processing overlap.
      if (pool.busy() > 0) take_results(std::chrono::milliseconds(0));
      hand_out();
    }
    if (delivered >= total) break;
    if (pool.busy() == 0) continue;  // delivering made room in the window: hand out more first
    take_results(std::chrono::hours(1));
  }
  return delivered;
}

}  // namespace docpipe::host
