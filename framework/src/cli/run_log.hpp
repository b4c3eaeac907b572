// What a batch run tells its operator, on standard error (a service manager's journal, a terminal or a
// log file). Text: one line per failed document and a final summary, always (a progress bar only on a
// terminal); --verbose adds the start and every document; --quiet leaves only run errors. JSON
// (--log-format json): one object per line, events "start", "notice", "document", "error" and "summary".
#pragma once

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "commands.hpp"
#include "host/pipeline_runner.hpp"

namespace docpipe::cli {

struct RunStart {
  std::size_t inputs = 0;
  std::size_t workers = 0;
  std::filesystem::path config;
  std::filesystem::path output_directory;
};

struct RunEnd {
  host::RunSummary summary;
  std::filesystem::path output_directory;
  bool published = false;
  int exit_code = 0;
  std::chrono::milliseconds elapsed{0};
};

class RunLog {
 public:
  // `terminal`: the stream is a terminal, where text logs draw a progress bar.
  RunLog(LogFormat format, Verbosity verbosity, bool terminal, std::FILE* stream = stderr);

  void start(const RunStart& start);
  void document(std::size_t done, std::size_t total, const host::ProcessedDocument& processed);
  void error(const std::string& message);
  // Something the operator should know that changes nothing by itself (a bundled plugin replaced).
  void notice(const std::string& message);
  void summary(const RunEnd& end);

 private:
  void clear_progress();

  LogFormat format_;
  Verbosity verbosity_;
  bool terminal_;
  std::FILE* stream_;
  bool progress_shown_ = false;
};

}  // namespace docpipe::cli
