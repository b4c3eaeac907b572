// Beyond one machine (issue 17) through the real CLI: `run --shard K/N` partitions a batch, `merge` makes
// the shards' outputs byte-identical to one unsharded run (cross-report findings included), refuses shards
// of other configs, versions or incomplete sets, and `run --skip-unchanged` reuses unchanged documents.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>
#include <set>

#include "directory_compare.hpp"
#include "test_support.hpp"

namespace docpipe::test {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;
namespace json = boost::json;

const fs::path kDefaultConfig = kSourceDir / "configs" / "default.xml";
const fs::path kReports = kTestData / "reports";
const fs::path kFormats = kTestData / "formats";
const std::string kReportA = "000_cef3d45027b726e1";
const std::string kReportB = "001_45bb725d25c6ce65";
const std::vector<std::string> kOthers = {"002_0bf2e85c5618e9db", "003_f3ad0f8b935bdfdd", "004_a8147dcb4b98a366"};

// One report as TXT, DOCX and PDF (duplicate submissions), another with a paragraph of the first pasted in
// (a copied passage), the other examples, and, unless `all_ok`, a file no input can read.
fs::path make_batch(const fs::path& directory, bool all_ok) {
  fs::create_directories(directory);
  const std::string a = read_file(kReports / (kReportA + ".txt"));
  write_file(directory / "a.txt", a);
  fs::copy_file(kFormats / (kReportA + ".docx"), directory / "a.docx");
  fs::copy_file(kFormats / (kReportA + ".pdf"), directory / "a.pdf");
  std::string pasted;
  std::string b;
  for (std::size_t start = 0; start < a.size();) {
    const auto end = std::min(a.find('\n', start), a.size());
    const std::string line = a.substr(start, end - start);
    if (line.find("年") == std::string::npos && line.size() > pasted.size()) pasted = line;
    start = end + 1;
  }
  const std::string report_b = read_file(kReports / (kReportB + ".txt"));
  const auto cut = report_b.find('\n', report_b.size() / 2);
  write_file(directory / "b.txt", report_b.substr(0, cut + 1) + pasted + "\n" + report_b.substr(cut + 1));
  for (std::size_t i = 0; i < kOthers.size(); ++i) {
    fs::copy_file(kReports / (kOthers[i] + ".txt"), directory / ("c" + std::to_string(i) + ".txt"));
  }
  if (!all_ok) write_file(directory / "broken.docx", "PK\x03\x04 not really a zip");
  return directory;
}

CommandResult run(const fs::path& out, const fs::path& input, std::vector<std::string> extra = {},
                  const fs::path& config = kDefaultConfig) {
  std::vector<std::string> arguments = {"run", "--config", config.string(), "--out", out.string(), "-j", "2"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  arguments.push_back(input.string());
  return run_docpipe(arguments);
}

CommandResult merge(const fs::path& out, const std::vector<fs::path>& shards) {
  std::vector<std::string> arguments = {"merge", "--out", out.string()};
  for (const auto& shard : shards) arguments.push_back(shard.string());
  return run_docpipe(arguments);
}

std::size_t csv_rows(const fs::path& file) { return read_csv(file).size() - 1; }

std::size_t findings_of_rule(const fs::path& out, const std::string& rule) {
  std::size_t n = 0;
  const auto findings = read_csv(out / "findings.csv");
  for (std::size_t i = 1; i < findings.size(); ++i) n += findings[i][1] == rule;
  return n;
}

std::string manifest_value(const fs::path& out, const std::string& key) {
  const std::string manifest = read_file(out / ".docpipe" / "manifest");
  const auto at = manifest.find("\n" + key + "\t");
  if (at == std::string::npos) return "";
  const auto start = at + key.size() + 2;
  return manifest.substr(start, manifest.find('\n', start) - start);
}

json::object summary_event(const std::string& log) {
  json::object summary;
  std::size_t start = 0;
  while (start < log.size()) {
    const auto end = std::min(log.find('\n', start), log.size());
    const auto line = log.substr(start, end - start);
    if (!line.empty()) {
      auto event = json::parse(line).as_object();
      if (event.at("event").as_string() == "summary") summary = event;
    }
    start = end + 1;
  }
  return summary;
}

TEST(ShardMerge, ThreeShardsMergedAreByteIdenticalToOneRun) {
  TemporaryDirectory dir;
  const fs::path batch = make_batch(dir / "in", false);
  const auto whole = run(dir / "whole", batch);
  ASSERT_EQ(whole.exit_code, 1) << whole.err;  // broken.docx fails, in every run alike
  ASSERT_GT(findings_of_rule(dir / "whole", "duplicate-submission"), 0u);
  ASSERT_GT(findings_of_rule(dir / "whole", "copied-passage"), 0u);

  std::vector<fs::path> shards;
  std::size_t documents = 0;
  for (int k = 1; k <= 3; ++k) {
    shards.push_back(dir / ("shard" + std::to_string(k)));
    const auto result = run(shards.back(), batch, {"--shard", std::to_string(k) + "/3"});
    ASSERT_THAT(result.exit_code, ::testing::AnyOf(0, 1)) << result.err;
    const std::size_t rows = csv_rows(shards.back() / "documents.csv");
    EXPECT_GT(rows, 0u) << "shard " << k << " of 3 got no document of the batch";
    documents += rows;
    EXPECT_EQ(manifest_value(shards.back(), "shard"), std::to_string(k) + "/3");
  }
  EXPECT_EQ(documents, csv_rows(dir / "whole" / "documents.csv"));  // a partition: every document once

  // The point of merging the corpus stage: some finding pairs documents that no single shard had together.
  std::map<std::string, std::size_t> shard_of_document;
  for (std::size_t s = 0; s < shards.size(); ++s) {
    for (const auto& row : read_csv(shards[s] / "documents.csv")) shard_of_document[row[0]] = s;
  }
  std::size_t across = 0;
  const auto findings = read_csv(dir / "whole" / "findings.csv");
  for (std::size_t i = 1; i < findings.size(); ++i) {
    const auto other = shard_of_document.find(findings[i][3]);
    across += other != shard_of_document.end() && other->second != shard_of_document.at(findings[i][0]);
  }
  EXPECT_GT(across, 0u) << "no finding spans two shards: the batch does not test the merged corpus stage";

  // Given in any order: the merge restores the unsharded run's.
  const auto merged = merge(dir / "merged", {shards[2], shards[0], shards[1]});
  ASSERT_EQ(merged.exit_code, 1) << merged.err;
  EXPECT_EQ(directory_differences(dir / "whole", dir / "merged"), "");
  EXPECT_GT(findings_of_rule(dir / "merged", "duplicate-submission"), 0u);
}

TEST(ShardMerge, ShardsAreStableWhenFilesAreAdded) {
  TemporaryDirectory dir;
  const fs::path batch = make_batch(dir / "in", true);
  ASSERT_EQ(run(dir / "before", batch, {"--shard", "2/3"}).exit_code, 0);
  write_file(batch / "zz-new.txt", read_file(kReports / (kReportB + ".txt")));
  ASSERT_EQ(run(dir / "after", batch, {"--shard", "2/3"}).exit_code, 0);
  auto ids = [](const fs::path& out) {
    std::set<std::string> found;
    for (const auto& row : read_csv(out / "documents.csv")) found.insert(row[0]);
    found.erase("document");
    found.erase("zz-new.txt");
    return found;
  };
  EXPECT_EQ(ids(dir / "before"), ids(dir / "after"));
}

TEST(ShardMerge, BadShardValuesAreUsageErrors) {
  TemporaryDirectory dir;
  for (const std::string value : {"0/3", "4/3", "1/0", "x", "2", "1/3/4", "1 /3", "1/1000001"}) {
    const auto result = run(dir / "out", kReports, {"--shard", value});
    EXPECT_EQ(result.exit_code, 2) << value;
    EXPECT_THAT(result.err, HasSubstr("--shard")) << value;
  }
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(ShardMerge, MergeRefusesShardsOfDifferentConfigs) {
  TemporaryDirectory dir;
  const fs::path county = dir / "county.xml";
  write_file(county, "<pipeline><extends>" + kDefaultConfig.string() +
                         "</extends><nodes><node><id>corpus</id><parameters><min_passage>60</min_passage>"
                         "</parameters></node></nodes></pipeline>");
  ASSERT_EQ(run(dir / "s1", kReports, {"--shard", "1/2"}).exit_code, 0);
  ASSERT_EQ(run(dir / "s2", kReports, {"--shard", "2/2"}, county).exit_code, 0);
  const std::string first = manifest_value(dir / "s1", "config-sha256");
  const std::string second = manifest_value(dir / "s2", "config-sha256");
  ASSERT_NE(first, second);
  const auto result = merge(dir / "merged", {dir / "s1", dir / "s2"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("different configs"));
  EXPECT_THAT(result.err, HasSubstr(first));
  EXPECT_THAT(result.err, HasSubstr(second));
  EXPECT_FALSE(fs::exists(dir / "merged"));
}

TEST(ShardMerge, MergeRefusesShardsOfDifferentVersions) {
  TemporaryDirectory dir;
  ASSERT_EQ(run(dir / "s1", kReports, {"--shard", "1/2"}).exit_code, 0);
  ASSERT_EQ(run(dir / "s2", kReports, {"--shard", "2/2"}).exit_code, 0);
  const std::string version = manifest_value(dir / "s2", "docpipe-version");
  std::string manifest = read_file(dir / "s2" / ".docpipe" / "manifest");
  manifest.replace(manifest.find(version), version.size(), "0.0.1-other");
  write_file(dir / "s2" / ".docpipe" / "manifest", manifest);
  const auto result = merge(dir / "merged", {dir / "s1", dir / "s2"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("different docpipe versions"));
  EXPECT_THAT(result.err, HasSubstr("docpipe " + version));
  EXPECT_THAT(result.err, HasSubstr("docpipe 0.0.1-other"));
}

TEST(ShardMerge, MergeRefusesIncompleteAndOverlappingSets) {
  TemporaryDirectory dir;
  for (int k = 1; k <= 3; ++k) {
    const std::string shard = std::to_string(k) + "/3";
    ASSERT_EQ(run(dir / ("s" + std::to_string(k)), kReports, {"--shard", shard}).exit_code, 0);
  }
  auto result = merge(dir / "merged", {dir / "s1", dir / "s3"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("missing shard 2 (of 3)"));
  result = merge(dir / "merged", {dir / "s1", dir / "s2", dir / "s3", dir / "s2"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("shard 2/3 given twice"));
  result = merge(dir / "merged", {dir / "s1", dir / "nowhere"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("no docpipe manifest"));
  EXPECT_FALSE(fs::exists(dir / "merged"));
}

TEST(ShardMerge, SkipUnchangedProcessesOnlyTheNewDocumentAndMatchesAFullRun) {
  TemporaryDirectory dir;
  const fs::path batch = make_batch(dir / "in", true);
  ASSERT_EQ(run(dir / "nightly", batch).exit_code, 0);
  // The archive grows by one report: a copy of another, so that its findings involve reused documents too.
  write_file(batch / "c9.txt", read_file(kReports / (kOthers[1] + ".txt")));

  const auto incremental =
      run(dir / "nightly", batch, {"--skip-unchanged", (dir / "nightly").string(), "--log-format", "json"});
  ASSERT_EQ(incremental.exit_code, 0) << incremental.err;
  const auto summary = summary_event(incremental.err);
  ASSERT_FALSE(summary.empty()) << incremental.err;
  EXPECT_EQ(summary.at("processed").as_int64(), 1);
  EXPECT_EQ(summary.at("reused").as_int64(), summary.at("documents").as_int64() - 1);

  const auto full = run(dir / "full", batch);
  ASSERT_EQ(full.exit_code, 0) << full.err;
  EXPECT_EQ(directory_differences(dir / "full", dir / "nightly"), "");

  // The text summary says it too.
  const auto again = run(dir / "again", batch, {"--skip-unchanged", (dir / "nightly").string()});
  EXPECT_THAT(again.err, HasSubstr("(0 processed, "));
  EXPECT_EQ(directory_differences(dir / "full", dir / "again"), "");
}

TEST(ShardMerge, SkipUnchangedWithoutAPreviousManifestProcessesEverything) {
  TemporaryDirectory dir;
  const auto result = run(dir / "out", kReports, {"--skip-unchanged", (dir / "nothing").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("holds no docpipe manifest"));
}

}  // namespace
}  // namespace docpipe::test
