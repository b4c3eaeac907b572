// Headless batch runs with the real CLI: logs on stderr in text and JSON, --files-from, SIGTERM draining,
// and an --out that only ever holds one whole run (lock, staging, publish; kill -9 leaves it intact).
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <boost/json.hpp>
#include <chrono>
#include <thread>

#include "test_support.hpp"

extern char** environ;

namespace docpipe::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;
namespace json = boost::json;

const std::string kDefaultConfig = (kSourceDir / "configs" / "default.xml").string();
const fs::path kReports = kTestData / "reports";

std::vector<json::object> json_lines(const std::string& text) {
  std::vector<json::object> events;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    if (!line.empty()) events.push_back(json::parse(line).as_object());  // throws on a line that is not JSON
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return events;
}

std::size_t count_events(const std::vector<json::object>& events, const std::string& name) {
  std::size_t count = 0;
  for (const auto& event : events) count += event.at("event").as_string() == name;
  return count;
}

std::vector<std::string> entries(const fs::path& directory) {
  std::vector<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    names.push_back(entry.path().lexically_relative(directory).string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// A docpipe run in the background, its stderr in a file, for signalling or racing it.
class BackgroundRun {
 public:
  BackgroundRun(const std::vector<std::string>& arguments, const fs::path& log) : log_(log) {
    std::vector<std::string> argv_strings = {kDocpipeBinary.string()};
    argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : argv_strings) argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    // Its own process group, like a job a shell starts: a signal to the group reaches its workers too.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    const int error = posix_spawn(&pid_, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) throw std::runtime_error("cannot start docpipe");
  }
  ~BackgroundRun() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      wait();
    }
  }

  // Waits (at most 20 s) until the log contains `text`.
  bool wait_for_log(const std::string& text) const {
    for (int i = 0; i < 400; ++i) {
      if (fs::exists(log_) && read_file(log_).find(text) != std::string::npos) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }
  void signal(int number) const { ::kill(pid_, number); }
  void signal_group(int number) const { ::kill(-pid_, number); }
  // The exit code, or 128 + the signal that ended it.
  int wait() {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  std::string log() const { return read_file(log_); }

 private:
  fs::path log_;
  pid_t pid_ = -1;
};

class BatchRun : public ::testing::Test {
 protected:
  // Small reports (twelve: about 2 s at -j 2) and a pipeline whose analysis takes 300 ms per document.
  void make_slow_batch(int count = 12) {
    write_file(dir_ / "slow.xml", R"(<pipeline><nodes>
        <node><id>txt</id><plugin>input.txt</plugin></node>
        <node><id>slow</id><plugin>test.slow</plugin></node>
        <node><id>csv</id><plugin>output.csv</plugin></node>
        <node><id>xml</id><plugin>output.xml</plugin></node></nodes>
        <edges><edge>txt -> slow</edge><edge>slow -> csv</edge><edge>slow -> xml</edge></edges></pipeline>)");
    for (int i = 0; i < count; ++i) {
      write_file(dir_ / "slow-in" / fmt::format("{:02}.txt", i),
                 fmt::format("一、工作情况\n开展法治讲座{}期。", i + 1));
    }
  }
  std::vector<std::string> slow_run_arguments(const fs::path& out) const {
    return {"run",
            "--config",
            (dir_ / "slow.xml").string(),
            "--plugin-path",
            kTestPlugins.string(),
            "--out",
            out.string(),
            "-j",
            "2",
            "--log-format",
            "json",
            (dir_ / "slow-in").string()};
  }
  TemporaryDirectory dir_;
};

TEST_F(BatchRun, SummaryAndFailuresGoToStderrWithoutATerminal) {
  const auto result =
      run_docpipe({"run", "--config", kDefaultConfig, "--out", (dir_ / "out").string(), "-j", "2",
                   (kReports / "000_cef3d45027b726e1.txt").string(), (kTestData / "bad" / "empty.txt").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("docpipe: failed empty.txt: "));
  EXPECT_THAT(result.err, HasSubstr("empty file"));
  EXPECT_THAT(result.err, HasSubstr("2 documents, 1 ok, 1 failed"));
  EXPECT_THAT(result.err, Not(HasSubstr("\033[K")));                    // no progress bar in a log
  EXPECT_THAT(result.err, Not(HasSubstr("000_cef3d45027b726e1.txt")));  // ok documents only with --verbose
  EXPECT_EQ(result.out, "");
}

TEST_F(BatchRun, QuietLogsNothingButRunErrorsAndVerboseLogsEveryDocument) {
  const std::vector<std::string> inputs = {(kReports / "000_cef3d45027b726e1.txt").string(),
                                           (kTestData / "bad" / "empty.txt").string()};
  auto quiet = std::vector<std::string>{"run", "--config", kDefaultConfig, "--out", (dir_ / "q").string(), "--quiet"};
  quiet.insert(quiet.end(), inputs.begin(), inputs.end());
  const auto quiet_result = run_docpipe(quiet);
  EXPECT_EQ(quiet_result.exit_code, 1);
  EXPECT_EQ(quiet_result.err, "");

  auto verbose = std::vector<std::string>{"run", "--config", kDefaultConfig, "--out", (dir_ / "v").string(), "-v"};
  verbose.insert(verbose.end(), inputs.begin(), inputs.end());
  const auto verbose_result = run_docpipe(verbose);
  EXPECT_EQ(verbose_result.exit_code, 1);
  EXPECT_THAT(verbose_result.err, HasSubstr("docpipe: ok 000_cef3d45027b726e1.txt ("));
  EXPECT_THAT(verbose_result.err, HasSubstr("worker"));
  EXPECT_THAT(verbose_result.err, HasSubstr("docpipe: 2 documents, 2 workers"));
}

TEST_F(BatchRun, JsonLogIsOneObjectPerLine) {
  const auto result =
      run_docpipe({"run", "--config", kDefaultConfig, "--out", (dir_ / "out").string(), "-j", "2", "--log-format",
                   "json", kReports.string(), (kTestData / "bad" / "empty.txt").string()});
  EXPECT_EQ(result.exit_code, 1);
  const auto events = json_lines(result.err);
  ASSERT_EQ(events.size(), 1u + 6u + 1u);
  EXPECT_EQ(events.front().at("event").as_string(), "start");
  EXPECT_EQ(events.front().at("documents").as_int64(), 6);
  EXPECT_EQ(count_events(events, "document"), 6u);
  for (const auto& event : events) {
    EXPECT_TRUE(event.contains("time"));
    if (event.at("event").as_string() != "document") continue;
    EXPECT_GE(event.at("worker").as_int64(), 1);
    EXPECT_LE(event.at("worker").as_int64(), 2);
    EXPECT_GE(event.at("milliseconds").as_int64(), 0);
    const bool failed = event.at("id").as_string() == "empty.txt";
    EXPECT_EQ(event.at("status").as_string(), failed ? "error" : "ok");
    EXPECT_EQ(event.contains("error"), failed);
  }
  const auto& summary = events.back();
  EXPECT_EQ(summary.at("event").as_string(), "summary");
  EXPECT_EQ(summary.at("documents").as_int64(), 6);
  EXPECT_EQ(summary.at("ok").as_int64(), 5);
  EXPECT_EQ(summary.at("failed").as_int64(), 1);
  EXPECT_EQ(summary.at("exit_code").as_int64(), 1);
  EXPECT_EQ(summary.at("interrupted").as_bool(), false);
}

TEST_F(BatchRun, FilesFromStandardInput) {
  write_file(dir_ / "list.txt", (kReports / "001_45bb725d25c6ce65.txt").string() + "\r\n\n" +
                                    (kReports / "003_f3ad0f8b935bdfdd.txt").string() + "\n" +
                                    (dir_ / "missing.txt").string() + "\n");
  const std::string command = "'" + kDocpipeBinary.string() + "' run --config '" + kDefaultConfig + "' --out '" +
                              (dir_ / "out").string() + "' --quiet --files-from - < '" + (dir_ / "list.txt").string() +
                              "'";
  const int status = std::system(command.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 1);  // the missing file is a failed document, not a lost one
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  ASSERT_EQ(documents.size(), 4u);
  EXPECT_EQ(documents[1][0], "001_45bb725d25c6ce65.txt");
  EXPECT_EQ(documents[2][0], "003_f3ad0f8b935bdfdd.txt");
  EXPECT_THAT(documents[3][0], ::testing::EndsWith("missing.txt"));
  EXPECT_EQ(documents[3][column(documents, "status")], "error");
}

TEST_F(BatchRun, NoInputsIsAUsageError) {
  const auto result = run_docpipe({"run", "--config", kDefaultConfig, "--out", (dir_ / "out").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("no inputs"));
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

// A negative worker count and a directory given as the config are usage errors that say what is wrong.
TEST_F(BatchRun, BadWorkerCountsAndConfigDirectoriesAreUsageErrors) {
  const auto negative =
      run_docpipe({"run", "--config", kDefaultConfig, "-j", "-1", "--out", (dir_ / "out").string(), kReports.string()});
  EXPECT_EQ(negative.exit_code, 2);
  EXPECT_THAT(negative.err, HasSubstr("not in range"));
  const auto directory =
      run_docpipe({"run", "--config", kReports.string(), "--out", (dir_ / "out").string(), kReports.string()});
  EXPECT_EQ(directory.exit_code, 2);
  EXPECT_THAT(directory.err, HasSubstr("is a directory"));
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(BatchRun, AnotherRunsOutputsNeverSurvive) {
  const fs::path out = dir_ / "out";
  ASSERT_EQ(run_docpipe({"run", "--config", kDefaultConfig, "--out", out.string(), kReports.string()}).exit_code, 0);
  EXPECT_EQ(read_csv(out / "documents.csv").size(), 6u);
  const auto second = run_docpipe(
      {"run", "--config", kDefaultConfig, "--out", out.string(), (kReports / "002_0bf2e85c5618e9db.txt").string()});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(read_csv(out / "documents.csv").size(), 2u);
  std::vector<std::string> xml;
  for (const auto& entry : fs::directory_iterator(out / "xml")) xml.push_back(entry.path().filename().string());
  std::sort(xml.begin(), xml.end());
  // The second run's document, and its corpus stage's findings (over that one document).
  EXPECT_EQ(xml, (std::vector<std::string>{"002_0bf2e85c5618e9db.txt.xml", "findings.xml"}));
  // Nothing beside --out but its lock: no staging or old directories.
  std::vector<std::string> beside;
  for (const auto& entry : fs::directory_iterator(dir_.path())) beside.push_back(entry.path().filename().string());
  std::sort(beside.begin(), beside.end());
  EXPECT_EQ(beside, (std::vector<std::string>{".out.lock", "out"}));
}

TEST_F(BatchRun, ADirectoryDocpipeDidNotWriteIsNeverReplaced) {
  write_file(dir_ / "mine" / "thesis.tex", "precious");
  const auto result = run_docpipe({"run", "--config", kDefaultConfig, "--out", (dir_ / "mine").string(),
                                   (kReports / "000_cef3d45027b726e1.txt").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("did not write"));
  EXPECT_EQ(read_file(dir_ / "mine" / "thesis.tex"), "precious");
}

TEST_F(BatchRun, SigtermDrainsTheDocumentsInFlightAndExitsThree) {
  make_slow_batch();
  BackgroundRun run(slow_run_arguments(dir_ / "out"), dir_ / "log");
  ASSERT_TRUE(run.wait_for_log(R"("event":"document")")) << run.log();
  run.signal(SIGTERM);
  EXPECT_EQ(run.wait(), 3) << run.log();
  const auto events = json_lines(run.log());
  const auto& summary = events.back();
  ASSERT_EQ(summary.at("event").as_string(), "summary");
  EXPECT_TRUE(summary.at("interrupted").as_bool());
  const auto done = summary.at("documents").as_int64();
  EXPECT_GE(done, 1);
  EXPECT_LT(done, 12);
  EXPECT_EQ(summary.at("failed").as_int64(), 0);  // in flight means finished, not killed
  EXPECT_EQ(static_cast<std::int64_t>(count_events(events, "document")), done);
  // Every table committed, holding exactly the documents done, in input order; no partial files.
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  ASSERT_EQ(static_cast<std::int64_t>(documents.size()), done + 1);
  for (std::int64_t i = 1; i <= done; ++i) EXPECT_EQ(documents[i][0], fmt::format("{:02}.txt", i - 1));
  for (const auto& name : entries(dir_ / "out")) EXPECT_THAT(name, Not(HasSubstr(".partial")));
  EXPECT_TRUE(fs::exists(dir_ / "out" / "sections.csv"));
}

TEST_F(BatchRun, CtrlCToTheWholeProcessGroupDrainsWithoutKillingWorkers) {
  make_slow_batch();
  BackgroundRun run(slow_run_arguments(dir_ / "out"), dir_ / "log");
  ASSERT_TRUE(run.wait_for_log(R"("event":"document")")) << run.log();
  run.signal_group(SIGINT);  // what a terminal's Ctrl-C does: the host and every worker get it
  EXPECT_EQ(run.wait(), 3) << run.log();
  const auto events = json_lines(run.log());
  const auto& summary = events.back();
  EXPECT_TRUE(summary.at("interrupted").as_bool());
  EXPECT_EQ(summary.at("failed").as_int64(), 0);  // no document in flight was lost to the signal
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  EXPECT_EQ(static_cast<std::int64_t>(documents.size()), summary.at("documents").as_int64() + 1);
  for (std::size_t i = 1; i < documents.size(); ++i) EXPECT_EQ(documents[i][column(documents, "status")], "ok");
}

TEST_F(BatchRun, ASecondRunOnTheSameOutIsRefusedWhileTheFirstCompletes) {
  make_slow_batch(30);  // about 5 s: ample time for the second run to start on a loaded machine
  BackgroundRun first(slow_run_arguments(dir_ / "out"), dir_ / "log");
  ASSERT_TRUE(first.wait_for_log(R"("event":"start")")) << first.log();
  const auto second = run_docpipe({"run", "--config", kDefaultConfig, "--out", (dir_ / "out").string(),
                                   (kReports / "000_cef3d45027b726e1.txt").string()});
  EXPECT_EQ(second.exit_code, 5);
  EXPECT_THAT(second.err, HasSubstr("is in use by another docpipe run"));
  EXPECT_EQ(first.wait(), 0) << first.log();
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  EXPECT_EQ(documents.size(), 31u);  // the first run's thirty documents, nothing of the second
}

TEST_F(BatchRun, KillNineMidRunLeavesThePreviousOutputIntact) {
  const fs::path out = dir_ / "out";
  ASSERT_EQ(run_docpipe({"run", "--config", kDefaultConfig, "--out", out.string(), kReports.string()}).exit_code, 0);
  const auto before = entries(out);
  const std::string documents_before = read_file(out / "documents.csv");

  make_slow_batch();
  {
    BackgroundRun killed(slow_run_arguments(out), dir_ / "log");
    ASSERT_TRUE(killed.wait_for_log(R"("event":"document")")) << killed.log();
    killed.signal(SIGKILL);
    EXPECT_EQ(killed.wait(), 128 + SIGKILL);
  }
  EXPECT_EQ(entries(out), before);  // no new XML beside the old CSVs, no .partial debris
  EXPECT_EQ(read_file(out / "documents.csv"), documents_before);

  // The next run clears what the killed one left beside --out and publishes normally.
  const auto next = run_docpipe(
      {"run", "--config", kDefaultConfig, "--out", out.string(), (kReports / "004_a8147dcb4b98a366.txt").string()});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(read_csv(out / "documents.csv").size(), 2u);
  for (const auto& entry : fs::directory_iterator(dir_.path())) {
    EXPECT_THAT(entry.path().filename().string(), Not(HasSubstr("staging"))) << entry.path();
  }
}

TEST_F(BatchRun, AnOutputFailureHasItsOwnExitCodeTheSystemsReasonAndKeepsThePreviousOutput) {
  const fs::path out = dir_ / "out";
  ASSERT_EQ(run_docpipe({"run", "--config", kDefaultConfig, "--out", out.string(), kReports.string()}).exit_code, 0);
  const std::string documents_before = read_file(out / "documents.csv");
  // A file size limit makes every output write past 4 KiB fail with EFBIG, as a full disk fails with ENOSPC.
  const std::string command = "trap '' XFSZ; ulimit -f 8; exec '" + kDocpipeBinary.string() + "' run --config '" +
                              kDefaultConfig + "' --out '" + out.string() + "' '" + kReports.string() + "' 2>'" +
                              (dir_ / "err").string() + "'";
  const int status = std::system(("sh -c \"" + command + "\"").c_str());
  EXPECT_EQ(WEXITSTATUS(status), 4);
  const std::string err = read_file(dir_ / "err");
  EXPECT_THAT(err, HasSubstr("File too large"));
  EXPECT_THAT(err, HasSubstr("nothing published"));
  EXPECT_EQ(read_file(out / "documents.csv"), documents_before);
}

}  // namespace
}  // namespace docpipe::test
