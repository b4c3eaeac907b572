// The real `docpipe serve` binary as a child process for end-to-end tests: started on a free loopback
// port (--listen 127.0.0.1:0, the port read from its log), stopped with SIGTERM when the test ends.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace docpipe::test {

class ServerProcess {
 public:
  // Starts `docpipe serve --listen 127.0.0.1:0 ARGUMENTS...` and waits until it listens.
  explicit ServerProcess(const std::vector<std::string>& arguments);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  unsigned short port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string log() const;  // what it wrote to stderr so far

  void signal(int number);
  // Waits for the process to end (SIGKILL after `limit`); returns its exit code, or -signal.
  int wait(std::chrono::seconds limit = std::chrono::seconds(30));

 private:
  TemporaryDirectory dir_;
  pid_t pid_ = -1;
  unsigned short port_ = 0;
};

// Runs the docpipe binary in `directory` (so relative inputs are named as given); returns the exit code.
int run_docpipe_in(const std::filesystem::path& directory, const std::vector<std::string>& arguments);

}  // namespace docpipe::test
