#include "server_process.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <regex>
#include <stdexcept>
#include <thread>

namespace docpipe::test {

namespace {

// fork + exec with stdout and stderr to `log`, optionally in `directory`; returns the child's pid.
pid_t spawn(const std::vector<std::string>& arguments, const std::filesystem::path& log,
            const std::filesystem::path& directory = {}) {
  std::vector<std::string> argv_storage = {kDocpipeBinary.string()};
  argv_storage.insert(argv_storage.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& argument : argv_storage) argv.push_back(argument.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int null = ::open("/dev/null", O_RDONLY);
    if (fd < 0 || null < 0 || (!directory.empty() && ::chdir(directory.c_str()) != 0)) ::_exit(127);
    ::dup2(null, 0), ::dup2(fd, 1), ::dup2(fd, 2);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

int wait_for(pid_t pid, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& arguments) {
  std::vector<std::string> all = {"serve", "--listen", "127.0.0.1:0"};
  all.insert(all.end(), arguments.begin(), arguments.end());
  pid_ = spawn(all, dir_ / "log");
  const std::regex listening(R"(listening on http://127\.0\.0\.1:(\d+))");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    std::smatch match;
    const std::string text = log();
    if (std::regex_search(text, match, listening)) {
      port_ = static_cast<unsigned short>(std::stoi(match[1]));
      return;
    }
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("docpipe serve exited before listening:\n" + text);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(pid_, SIGKILL);
  wait_for(pid_, std::chrono::seconds(5));
  pid_ = -1;
  throw std::runtime_error("docpipe serve did not start listening:\n" + log());
}

ServerProcess::~ServerProcess() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  wait_for(pid_, std::chrono::seconds(20));
}

std::string ServerProcess::log() const {
  try {
    return read_file(dir_ / "log");
  } catch (const std::exception&) {
    return {};
  }
}

void ServerProcess::signal(int number) { ::kill(pid_, number); }

int ServerProcess::wait(std::chrono::seconds limit) {
  const int code = wait_for(pid_, limit);
  pid_ = -1;
  return code;
}

int run_docpipe_in(const std::filesystem::path& directory, const std::vector<std::string>& arguments) {
  const TemporaryDirectory capture;
  return wait_for(spawn(arguments, capture / "log", directory), std::chrono::seconds(120));
}

}  // namespace docpipe::test
