// The real CLI on hostile input (issue 16): the files under tests/data/hostile/ (scripts/make-hostile-
// fixtures.py, and whatever the fuzzers found) plus giants made here, under the limits a service would run
// with; and a host killed mid-document leaves no worker behind.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <set>
#include <thread>

#include "test_support.hpp"

namespace docpipe::test {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const std::string kDefaultConfig = (kSourceDir / "configs" / "default.xml").string();

#ifdef DOCPIPE_SANITIZED
// The sanitized tree looks for memory errors, which a fifth of each giant reaches as well as the whole; at full size
// the 10 MB paragraph alone took 160 s of CPU there (19 s in the normal build), the longest test of CI. The normal
// build keeps the full sizes, which are what catch a stage gone quadratic.
constexpr std::size_t kGiantScale = 5;
#else
constexpr std::size_t kGiantScale = 1;
#endif

void write_giants(const fs::path& directory) {
  fs::create_directories(directory);
  // 20 MB of line breaks reached 2 GB as empty lines and blocks.
  write_file(directory / "newlines-20mb.txt",
             "一、工作情况\n" + std::string((20u << 20) / kGiantScale, '\n') + "开展讲座3期。");
  // A 10 MB paragraph without punctuation, full of figures: every figure's sentence was the whole paragraph.
  std::string paragraph = "一、工作情况\n";
  while (paragraph.size() < (10u << 20) / kGiantScale) paragraph += "办理案件12件调解纠纷3起培训干部45人次";
  write_file(directory / "paragraph-10mb.txt", paragraph);
  // Far more paragraphs than any report: refused by max_blocks, not by the memory limit.
  std::string lines;
  for (int i = 0; i < 250000; ++i) lines += "第" + std::to_string(i) + "行\n";
  write_file(directory / "lines-250k.txt", lines);
  // A non-UTF-8 (GBK) file name, as unpacked from a Windows zip: 报告.txt.
  write_file(directory / "\xb1\xa8\xb8\xe6.txt", "一、工作情况\n开展讲座3期。");
}

// Pids of the live (not zombie) children of `parent`.
std::set<pid_t> children_of(pid_t parent) {
  std::set<pid_t> children;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    std::getline(stat, line);
    const auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    char state = 0;
    int ppid = 0;
    if (std::sscanf(line.c_str() + close + 1, " %c %d", &state, &ppid) == 2 && ppid == parent && state != 'Z') {
      children.insert(static_cast<pid_t>(std::stoi(name)));
    }
  }
  return children;
}

bool alive(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return false;
  const auto close = line.rfind(')');
  return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z';
}

TEST(HostileCorpus, EveryInputGetsOneRowAndNoneCrashesTimesOutOrRunsOutOfMemory) {
  TemporaryDirectory dir;
  write_giants(dir / "giants");
  const fs::path hostile = kTestData / "hostile";
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(hostile)) files += entry.is_regular_file();
  ASSERT_GT(files, 5u);

#ifdef DOCPIPE_SANITIZED
  // The sanitized tree (ASan, UBSan and the fuzzers' coverage callbacks at -O1) makes every stage about eight
  // times slower (the giants are a fifth of their size there, kGiantScale). The budget per document scales with it; the
  // normal build's 90 s is what catches a stage gone slow (one gone quadratic on 10 MB takes many minutes), with room
  // for ctest's other test beside it on two busy cores: the 10 MB paragraph of figures takes some 33 s alone (593,000
  // figures), and more than 45 s beside builds and other tests.
  const std::string timeout = "300";
#else
  const std::string timeout = "90";
#endif
  const auto started = std::chrono::steady_clock::now();
  const auto result =
      run_docpipe({"run", "--config", kDefaultConfig, "--out", (dir / "out").string(), "-j", "2", "--timeout", timeout,
                   "--max-memory", "1024", hostile.string(), (dir / "giants").string()});
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started).count();
  EXPECT_THAT(result.exit_code, ::testing::AnyOf(0, 1)) << result.err;

  const auto table = read_csv(dir / "out" / "documents.csv");
  ASSERT_EQ(table.size(), files + 4 + 1);
  const auto status = column(table, "status");
  const auto error = column(table, "error");
  std::set<std::string> ids;
  for (std::size_t i = 1; i < table.size(); ++i) {
    EXPECT_TRUE(ids.insert(table[i][0]).second) << "duplicate id " << table[i][0];
    EXPECT_THAT(table[i][error], Not(HasSubstr("crashed"))) << table[i][0];
    EXPECT_THAT(table[i][error], Not(HasSubstr("timed out"))) << table[i][0];
    EXPECT_THAT(table[i][error], Not(HasSubstr("memory"))) << table[i][0];
    EXPECT_THAT(table[i][error], Not(HasSubstr("bad_alloc"))) << table[i][0];
  }
  EXPECT_EQ(row_for(table, "newlines-20mb.txt").at(status), "ok");
  EXPECT_EQ(row_for(table, "paragraph-10mb.txt").at(status), "ok");
  EXPECT_THAT(row_for(table, "lines-250k.txt").at(error), HasSubstr("max_blocks"));
  EXPECT_THAT(row_for(table, "numbering-letter-start-2e9.docx").at(error), HasSubstr("max_label_characters"));
  EXPECT_THAT(row_for(table, "numbering-lvltext-repeated.docx").at(error), HasSubstr("max_label_characters"));
  EXPECT_EQ(row_for(table, "numbering-start-override-int-min.docx").at(status), "ok");
  EXPECT_THAT(row_for(table, "utf16-doctype.docx").at(error), HasSubstr("DOCTYPE"));
  EXPECT_THAT(row_for(table, "nesting-300-deep.docx").at(error), HasSubstr("deeper"));
  // Damaged RTF (under .doc names too) is read as far as it goes by input.rtf, never crashes.
  for (const char* rtf : {"rtf-unbalanced-braces.doc", "rtf-bin-huge.rtf", "rtf-nesting-100k.rtf",
                          "rtf-truncated-escape.doc", "rtf-unicode-out-of-range.rtf"}) {
    EXPECT_EQ(row_for(table, rtf).at(status), "ok") << rtf << ": " << row_for(table, rtf).at(error);
    EXPECT_EQ(row_for(table, rtf).at(column(table, "format")), "rtf") << rtf;
  }
  const auto gbk = row_for(table, "报告.txt");
  ASSERT_FALSE(gbk.empty());
  EXPECT_THAT(gbk.at(column(table, "warnings")), HasSubstr("raw bytes: b1 a8 b8 e6"));
  EXPECT_THAT(row_for(table, "figure-beyond-precision.txt").at(column(table, "warnings")),
              HasSubstr("more than 15 significant digits"));
  const auto metrics = read_file(dir / "out" / "metrics.csv");
  EXPECT_THAT(metrics, Not(HasSubstr("-5670419503621")));
  // Each document is bounded by --timeout; together they take a fraction of it.
  EXPECT_LT(seconds, std::stol(timeout) * static_cast<long>(files + 4));
}

TEST(HostileCorpus, KillingTheHostMidDocumentLeavesNoWorker) {
  TemporaryDirectory dir;
  write_file(dir / "p.xml", R"(<pipeline><nodes>
      <node><id>txt</id><plugin>input.txt</plugin></node>
      <node><id>bad</id><plugin>test.misbehaving</plugin></node>
      <node><id>csv</id><plugin>output.csv</plugin></node></nodes>
      <edges><edge>txt -> bad</edge><edge>bad -> csv</edge></edges></pipeline>)");
  write_file(dir / "in" / "1.txt", "这份报告会让插件 HANG 卡住。");
  write_file(dir / "in" / "2.txt", "这份报告也会让插件 HANG 卡住。");
  const std::string config = (dir / "p.xml").string(), out = (dir / "out").string(), plugins = kTestPlugins.string(),
                    inputs = (dir / "in").string(), binary = kDocpipeBinary.string();
  const pid_t host = ::fork();
  ASSERT_GE(host, 0);
  if (host == 0) {
    std::freopen("/dev/null", "w", stderr);
    ::execl(binary.c_str(), binary.c_str(), "run", "--config", config.c_str(), "--out", out.c_str(), "--plugin-path",
            plugins.c_str(), "-j", "2", "--timeout", "600", inputs.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // Wait until both workers are busy on their documents.
  std::set<pid_t> workers;
  for (int tries = 0; tries < 200 && workers.size() < 2; ++tries) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    workers = children_of(host);
  }
  ASSERT_EQ(workers.size(), 2u);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  ::kill(host, SIGKILL);
  int status = 0;
  ::waitpid(host, &status, 0);
  // The workers die with the host (PR_SET_PDEATHSIG), not after their 600 s timeout that nobody watches.
  bool any_alive = true;
  for (int tries = 0; tries < 100 && any_alive; ++tries) {
    any_alive = false;
    for (const pid_t worker : workers) any_alive = any_alive || alive(worker);
    if (any_alive) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_FALSE(any_alive);
  for (const pid_t worker : workers) {
    if (alive(worker)) ::kill(worker, SIGKILL);  // leave nothing running even when the test fails
  }
}

TEST(HostileCorpus, ALibraryThatCrashesWhileLoadingIsListedAsRefused) {
  const auto listed = run_docpipe({"plugins", "--plugin-path", kHostilePlugins.string()});
  EXPECT_EQ(listed.exit_code, 2) << listed.err;  // a refused library makes `plugins` exit 2 (a broken install)
  EXPECT_THAT(listed.out + listed.err, HasSubstr("test-crashing-constructor.so"));
  EXPECT_THAT(listed.out + listed.err, HasSubstr("crashed while initializing"));

  TemporaryDirectory dir;
  write_file(dir / "report.txt", "一、工作情况\n开展讲座3期。");
  const auto run = run_docpipe({"run", "--config", kDefaultConfig, "--out", (dir / "out").string(), "--plugin-path",
                                kHostilePlugins.string(), (dir / "report.txt").string()});
  EXPECT_EQ(run.exit_code, 0) << run.err;
}

}  // namespace
}  // namespace docpipe::test
