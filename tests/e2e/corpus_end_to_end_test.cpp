// The corpus stage and the store through the real CLI, on batches built here from the example reports
// (tests/data/reports, tests/data/formats): one report as TXT and DOCX, its next year (years shifted, one
// figure ×10), another township's report with one of its paragraphs pasted in, the other examples.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <boost/json.hpp>
#include <regex>

#include "docpipe/text.hpp"
#include "test_support.hpp"

namespace docpipe::test {
namespace {

using ::testing::AnyOf;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

const fs::path kDefaultConfig = kSourceDir / "configs" / "default.xml";
const fs::path kReports = kTestData / "reports";
const std::string kReportA = "000_cef3d45027b726e1";
const std::string kReportB = "001_45bb725d25c6ce65";
const std::vector<std::string> kOthers = {"002_0bf2e85c5618e9db", "003_f3ad0f8b935bdfdd", "004_a8147dcb4b98a366"};
// A figure of report A (法治讲座14期) that the next year's copy multiplies by ten.
const std::string kFigure = "14期";
const std::string kFigureTimesTen = "140期";

std::string shift_years(const std::string& text) {
  const std::regex year("(20[0-9][0-9])年");
  std::string out;
  auto last = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), year), end; it != end; ++it) {
    out.append(last, (*it)[0].first);
    out += std::to_string(std::stoi((*it)[1].str()) + 1) + "年";
    last = (*it)[0].second;
  }
  out.append(last, text.cend());
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

// The longest paragraph of a report that names no year: what a neighbour would paste.
std::string pasted_paragraph(const std::string& report) {
  std::string best;
  for (const auto& line : lines_of(report)) {
    if (line.find("年") == std::string::npos && line.size() > best.size()) best = line;
  }
  return best;
}

struct Batch {
  fs::path directory;
  std::string pasted;
};

Batch make_batch(const fs::path& directory) {
  fs::create_directories(directory);
  const std::string a = read_file(kReports / (kReportA + ".txt"));
  write_file(directory / "a.txt", a);
  fs::copy_file(kTestData / "formats" / (kReportA + ".docx"), directory / "a.docx");
  std::string next = shift_years(a);
  const auto figure = next.find(kFigure);
  EXPECT_NE(figure, std::string::npos);
  next.replace(figure, kFigure.size(), kFigureTimesTen);
  write_file(directory / "a-next.txt", next);
  auto b = lines_of(read_file(kReports / (kReportB + ".txt")));
  const std::string pasted = pasted_paragraph(a);
  EXPECT_GT(pasted.size(), 300u);  // bytes: about 100 characters or more
  b.insert(b.begin() + 6, pasted);
  std::string b_text;
  for (const auto& line : b) b_text += line + "\n";
  write_file(directory / "b.txt", b_text);
  for (std::size_t i = 0; i < kOthers.size(); ++i) {
    fs::copy_file(kReports / (kOthers[i] + ".txt"), directory / ("c" + std::to_string(i) + ".txt"));
  }
  return {directory, pasted};
}

CommandResult run_batch(const fs::path& config, const fs::path& out, const std::vector<fs::path>& inputs,
                        const std::string& workers = "2") {
  std::vector<std::string> arguments = {"run", "--config", config.string(), "--out", out.string(), "-j", workers};
  for (const auto& input : inputs) arguments.push_back(input.string());
  return run_docpipe(arguments);
}

fs::path county_config(const fs::path& directory, const std::string& nodes) {
  const fs::path config = directory / "county.xml";
  write_file(config,
             "<pipeline><extends>" + kDefaultConfig.string() + "</extends><nodes>" + nodes + "</nodes></pipeline>");
  return config;
}

using Table = std::vector<std::vector<std::string>>;

Table rows_of_rule(const Table& findings, const std::string& rule) {
  Table rows;
  for (std::size_t i = 1; i < findings.size(); ++i) {
    if (findings[i][1] == rule) rows.push_back(findings[i]);
  }
  return rows;
}

std::int64_t row_count(const fs::path& store, const std::string& table) {
  sqlite3* raw = nullptr;
  sqlite3_open_v2(store.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> database(raw, &sqlite3_close_v2);
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(raw, ("SELECT count(*) FROM " + table).c_str(), -1, &statement, nullptr) != SQLITE_OK) {
    return -1;
  }
  sqlite3_step(statement);
  const std::int64_t n = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  return n;
}

TEST(CorpusEndToEnd, TheAcceptanceBatchGivesEachRuleItsFinding) {
  TemporaryDirectory dir;
  const Batch batch = make_batch(dir / "in");
  const auto result = run_batch(kDefaultConfig, dir / "out", {batch.directory});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const Table findings = read_csv(dir / "out" / "findings.csv");
  ASSERT_FALSE(findings.empty());
  EXPECT_THAT(findings[0], ::testing::ElementsAre("document", "rule", "severity", "other_document", "message",
                                                  "evidence", "start", "end", "other_start", "other_end"));

  const auto duplicates = rows_of_rule(findings, "duplicate-submission");
  ASSERT_EQ(duplicates.size(), 1u);
  EXPECT_EQ(duplicates[0][0], "a.txt");
  EXPECT_EQ(duplicates[0][3], "a.docx");

  const auto unchanged = rows_of_rule(findings, "unchanged-from-previous-year");
  ASSERT_EQ(unchanged.size(), 1u);
  EXPECT_EQ(unchanged[0][0], "a-next.txt");
  EXPECT_THAT(unchanged[0][3], AnyOf("a.txt", "a.docx"));

  const auto jumps = rows_of_rule(findings, "year-over-year-jump");
  ASSERT_EQ(jumps.size(), 1u);
  EXPECT_EQ(jumps[0][0], "a-next.txt");
  EXPECT_THAT(jumps[0][4], HasSubstr("是上年的10倍"));
  EXPECT_THAT(jumps[0][4], HasSubstr("140"));

  const auto copied = rows_of_rule(findings, "copied-passage");
  ASSERT_EQ(copied.size(), 1u);  // the pasted paragraph, once, and nothing among the examples
  EXPECT_EQ(copied[0][0], "b.txt");
  EXPECT_THAT(copied[0][3], AnyOf("a.txt", "a.docx", "a-next.txt"));
  // Both spans: in b.txt, inside the pasted paragraph; in the other report, where it came from.
  const std::size_t paragraph = count_code_points(pasted_paragraph(read_file(kReports / (kReportA + ".txt"))));
  const std::size_t start = std::stoul(copied[0][6]), end = std::stoul(copied[0][7]);
  const std::size_t other_start = std::stoul(copied[0][8]), other_end = std::stoul(copied[0][9]);
  EXPECT_GE(end - start, 50u);
  EXPECT_LE(end - start, paragraph);
  EXPECT_GE(other_end - other_start, 50u);
  std::string b_text;  // the normalized text the offsets count in, from output.json
  for (const auto& line : lines_of(read_file(dir / "out" / "documents.jsonl"))) {
    if (line.empty()) continue;
    const auto document = boost::json::parse(line).as_object();
    if (document.at("id").as_string() == "b.txt") b_text = document.at("text").as_string().c_str();
  }
  const auto at = b_text.find(batch.pasted);
  ASSERT_NE(at, std::string::npos);
  const std::size_t paragraph_start = count_code_points(std::string_view(b_text).substr(0, at));
  EXPECT_GE(start, paragraph_start);
  EXPECT_LE(end, paragraph_start + paragraph);
}

TEST(CorpusEndToEnd, XmlAndJsonHaveTheFindingsAndTheXmlValidatesAgainstTheSchema) {
  TemporaryDirectory dir;
  const Batch batch = make_batch(dir / "in");
  ASSERT_EQ(run_batch(kDefaultConfig, dir / "out", {batch.directory}).exit_code, 0);
  const std::string findings = read_file(dir / "out" / "xml" / "findings.xml");
  EXPECT_EQ(schema_errors(findings), "");
  EXPECT_THAT(findings, HasSubstr("<finding document=\"b.txt\" rule=\"copied-passage\" severity=\"warning\""));
  EXPECT_THAT(findings, HasSubstr("rule=\"year-over-year-jump\""));
  // findings.jsonl: the same findings, one JSON object per line, in the same order.
  const Table csv = read_csv(dir / "out" / "findings.csv");
  std::vector<std::string> rules;
  for (const auto& line : lines_of(read_file(dir / "out" / "findings.jsonl"))) {
    if (!line.empty()) rules.emplace_back(boost::json::parse(line).as_object().at("rule").as_string().c_str());
  }
  ASSERT_EQ(rules.size() + 1, csv.size());
  for (std::size_t i = 0; i < rules.size(); ++i) EXPECT_EQ(rules[i], csv[i + 1][1]);
  const std::string document = read_file(dir / "out" / "xml" / "a.txt.xml");
  EXPECT_EQ(schema_errors(document), "");
  EXPECT_THAT(document, HasSubstr("sha256=\""));
}

TEST(CorpusEndToEnd, HtmlPagesShowTheFindingsOfTheirDocuments) {
  TemporaryDirectory dir;
  const Batch batch = make_batch(dir / "in");
  ASSERT_EQ(run_batch(kDefaultConfig, dir / "out", {batch.directory}).exit_code, 0);
  const Table findings = read_csv(dir / "out" / "findings.csv");
  const std::string overview = read_file(dir / "out" / "html" / "index.html");
  EXPECT_THAT(overview, HasSubstr("跨报告发现（" + std::to_string(findings.size() - 1) + "）"));
  EXPECT_THAT(overview, HasSubstr("data-rule=\"copied-passage\""));
  // b.txt's page lists its copied passage and links the report it shares it with; that report's page
  // lists the same finding from its side.
  const auto copied = rows_of_rule(findings, "copied-passage").at(0);
  const std::string b_page = read_file(dir / "out" / "html" / "b.txt.html");
  EXPECT_THAT(b_page, HasSubstr("<section class=\"cross-findings\"><h2>跨报告发现（1）</h2>"));
  EXPECT_THAT(b_page, HasSubstr("<a href=\"" + copied[3] + ".html\">" + copied[3] + "</a>"));
  const std::string source_page = read_file(dir / "out" / "html" / (copied[3] + ".html"));
  EXPECT_THAT(source_page, HasSubstr("data-rule=\"copied-passage\""));
  EXPECT_THAT(source_page, HasSubstr("<a href=\"b.txt.html\">b.txt</a>"));
  // A report no finding names keeps the empty, hidden placeholder.
  EXPECT_THAT(read_file(dir / "out" / "html" / "c0.txt.html"), HasSubstr("class=\"cross-findings\" hidden=\"hidden\""));
}

TEST(CorpusEndToEnd, PluginsListsTheCorpusKindAndItsRules) {
  const auto result = run_docpipe({"plugins", "analysis.corpus"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("kind:        corpus"));
  EXPECT_THAT(result.out, HasSubstr("duplicate-submission, copied-passage, unchanged-from-previous-year, "
                                    "year-over-year-jump, outlier"));
}

TEST(CorpusEndToEnd, TheFiveExamplesShareNoCopiedPassage) {
  TemporaryDirectory dir;
  std::vector<fs::path> inputs;
  for (const auto& name : {kReportA, kReportB, kOthers[0], kOthers[1], kOthers[2]}) {
    inputs.push_back(kReports / (name + ".txt"));
  }
  const auto result = run_batch(kDefaultConfig, dir / "out", inputs);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const Table findings = read_csv(dir / "out" / "findings.csv");
  EXPECT_TRUE(rows_of_rule(findings, "copied-passage").empty());
  EXPECT_TRUE(rows_of_rule(findings, "duplicate-submission").empty());
}

TEST(CorpusEndToEnd, FindingsAreTheSameForEveryWorkerCount) {
  TemporaryDirectory dir;
  const Batch batch = make_batch(dir / "in");
  ASSERT_EQ(run_batch(kDefaultConfig, dir / "one", {batch.directory}, "1").exit_code, 0);
  ASSERT_EQ(run_batch(kDefaultConfig, dir / "three", {batch.directory}, "3").exit_code, 0);
  EXPECT_EQ(read_file(dir / "one" / "findings.csv"), read_file(dir / "three" / "findings.csv"));
}

TEST(CorpusEndToEnd, PreviousYearFromAnEarlierRunsStoreGivesTheSameFindings) {
  TemporaryDirectory dir;
  const Batch batch = make_batch(dir / "in");
  const fs::path a = batch.directory / "a.txt", next = batch.directory / "a-next.txt";
  // Both years in one batch.
  ASSERT_EQ(run_batch(kDefaultConfig, dir / "together", {a, next}).exit_code, 0);
  // Last year's run, and this year's with last year's store as history.
  ASSERT_EQ(run_batch(kDefaultConfig, dir / "last-year", {a}).exit_code, 0);
  const fs::path config =
      county_config(dir.path(), "<node><id>corpus</id><parameters><history>" +
                                    (dir / "last-year" / "docpipe.sqlite").string() + "</history></parameters></node>");
  const auto result = run_batch(config, dir / "this-year", {next});
  ASSERT_EQ(result.exit_code, 0) << result.err;

  const Table together = read_csv(dir / "together" / "findings.csv");
  const Table from_store = read_csv(dir / "this-year" / "findings.csv");
  for (const char* rule : {"unchanged-from-previous-year", "year-over-year-jump"}) {
    const auto expected = rows_of_rule(together, rule);
    ASSERT_EQ(expected.size(), 1u) << rule;
    EXPECT_EQ(rows_of_rule(from_store, rule), expected) << rule;
  }
  // A store that is not there stops the run before any document, naming it.
  const fs::path missing =
      county_config(dir.path(), "<node><id>corpus</id><parameters><history>" + (dir / "nowhere.sqlite").string() +
                                    "</history></parameters></node>");
  const auto refused = run_batch(missing, dir / "refused", {next});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_THAT(refused.err, HasSubstr("nowhere.sqlite"));
}

TEST(CorpusEndToEnd, ReRunningTheSameFilesLeavesTheStoresRowCountsUnchanged) {
  TemporaryDirectory dir;
  const Batch batch = make_batch(dir / "in");
  const fs::path store = dir / "store" / "docpipe.sqlite";
  const fs::path config = county_config(
      dir.path(), "<node><id>sqlite</id><parameters><path>" + store.string() + "</path></parameters></node>");
  const std::vector<std::string> tables = {"documents", "sections", "metrics", "anomalies", "summaries", "findings"};
  ASSERT_EQ(run_batch(config, dir / "first", {batch.directory}).exit_code, 0);
  std::vector<std::int64_t> counts;
  for (const auto& table : tables) counts.push_back(row_count(store, table));
  EXPECT_EQ(counts[0], 7);  // every document once
  for (std::size_t i = 1; i < tables.size(); ++i) EXPECT_GT(counts[i], 0) << tables[i];
  ASSERT_EQ(run_batch(config, dir / "second", {batch.directory}).exit_code, 0);
  for (std::size_t i = 0; i < tables.size(); ++i) EXPECT_EQ(row_count(store, tables[i]), counts[i]) << tables[i];
}

TEST(CorpusEndToEnd, DocumentsCarryTheSha256OfTheirInputBytes) {
  TemporaryDirectory dir;
  const fs::path report = kReports / (kReportA + ".txt");
  ASSERT_EQ(run_batch(kDefaultConfig, dir / "out", {report}).exit_code, 0);
  const Table documents = read_csv(dir / "out" / "documents.csv");
  const auto sums = run_command("sha256sum", {report.string()});
  ASSERT_EQ(sums.exit_code, 0);
  EXPECT_EQ(documents.at(1).at(column(documents, "sha256")), sums.out.substr(0, 64));
  EXPECT_THAT(read_file(dir / "out" / "documents.jsonl"), HasSubstr(sums.out.substr(0, 64)));
}

}  // namespace
}  // namespace docpipe::test
