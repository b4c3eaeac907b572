// Every output file of a run over the example reports and the test corpora, byte for byte against the
// committed tests/golden/out/ (scripts/regenerate-golden.sh writes it, deliberately), at -j1 and at -j2.
// Performance work must not change a byte of any output; a change that means to updates the golden files
// in the same commit.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "test_support.hpp"

namespace docpipe::test {
namespace {

namespace fs = std::filesystem;

const fs::path kGolden = kSourceDir / "tests" / "golden";

std::vector<std::string> listed_inputs() {
  std::ifstream list(kGolden / "inputs.txt");
  std::vector<std::string> inputs;
  for (std::string line; std::getline(list, line);) {
    if (!line.empty()) inputs.push_back(line);
  }
  return inputs;
}

// Relative paths of every output file under `root`, sorted. The run's own state in `.docpipe/` (manifest,
// records for merge and --skip-unchanged) is not an output: it names the docpipe version and the plugins'
// versions, which change on purpose; tests/e2e/shard_merge_test.cpp holds it to its own contract.
std::set<std::string> files_under(const fs::path& root) {
  std::set<std::string> files;
  for (auto entry = fs::recursive_directory_iterator(root); entry != fs::recursive_directory_iterator(); ++entry) {
    if (entry->is_directory() && entry->path().filename() == ".docpipe") {
      entry.disable_recursion_pending();
    } else if (entry->is_regular_file()) {
      files.insert(fs::relative(entry->path(), root).generic_string());
    }
  }
  return files;
}

// The first differing byte and the lines around it, so that a failure says what changed.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
  const auto around = [&](const std::string& text) {
    const std::size_t from = at > 80 ? at - 80 : 0;
    return text.substr(from, 160);
  };
  return "sizes " + std::to_string(expected.size()) + " and " + std::to_string(actual.size()) +
         ", first difference at byte " + std::to_string(at) + "\nexpected: …" + around(expected) + "…\nactual:   …" +
         around(actual) + "…";
}

class GoldenOutput : public ::testing::TestWithParam<int> {};

TEST_P(GoldenOutput, EveryOutputFileIsByteIdenticalToTheGoldenFiles) {
  ASSERT_TRUE(fs::exists(kGolden / "out")) << "run scripts/regenerate-golden.sh";
  const TemporaryDirectory dir;
  // From the source tree, as the script runs it: documents record their source path as given.
  std::vector<std::string> arguments = {"-c",
                                        "cd \"$0\" && exec \"$@\"",
                                        kSourceDir.string(),
                                        kDocpipeBinary.string(),
                                        "run",
                                        "--config",
                                        "configs/default.xml",
                                        "--out",
                                        (dir / "out").string(),
                                        "-j",
                                        std::to_string(GetParam()),
                                        "--quiet"};
  for (const auto& input : listed_inputs()) arguments.push_back(input);
  const CommandResult result = run_command("sh", arguments);
  ASSERT_EQ(result.exit_code, 1) << result.err;  // some inputs are bad on purpose

  const std::set<std::string> expected = files_under(kGolden / "out");
  const std::set<std::string> actual = files_under(dir / "out");
  EXPECT_EQ(actual, expected);
  for (const auto& file : expected) {
    if (!actual.count(file)) continue;
    const std::string want = read_file(kGolden / "out" / file);
    const std::string got = read_file(dir / "out" / file);
    EXPECT_TRUE(want == got) << file << ": " << first_difference(want, got);
  }
}

INSTANTIATE_TEST_SUITE_P(Jobs, GoldenOutput, ::testing::Values(1, 2),
                         [](const ::testing::TestParamInfo<int>& info) { return "j" + std::to_string(info.param); });

}  // namespace
}  // namespace docpipe::test
