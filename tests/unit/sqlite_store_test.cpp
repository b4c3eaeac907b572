// output.sqlite's store: rows keyed by SHA-256 (storing a document again replaces it), one transaction
// per run, summaries that decode back.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "docpipe/summary_codec.hpp"
#include "sqlite_store.hpp"
#include "test_support.hpp"

namespace docpipe::store {
namespace {

Document sample(const std::string& id) {
  Document d;
  d.id = id;
  d.source = id;
  d.format = "txt";
  d.text = "黄门镇2024年法治建设工作报告\n举办法治讲座14期。";
  d.metadata.set("unit", "黄门镇");
  d.metadata.set("year", "2024");
  d.sections.push_back({"s1", "", 1, "一", "工作开展情况", {"achievements"}, 0, 10});
  Metric m;
  m.indicator = "法治讲座", m.code = "legal_lectures", m.value = 14, m.unit = "期", m.text = "14期", m.start = 20,
  m.end = 23;
  d.metrics.push_back(m);
  d.anomalies.push_back({"missing-section", Severity::warning, "", "no plan", "", 0, 0});
  return d;
}

std::int64_t count(const std::filesystem::path& path, const std::string& table) {
  sqlite3* raw = nullptr;
  sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> database(raw, &sqlite3_close_v2);
  sqlite3_stmt* statement = nullptr;
  const std::string sql = "SELECT count(*) FROM " + table;
  if (sqlite3_prepare_v2(raw, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) return -1;
  sqlite3_step(statement);
  const std::int64_t n = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  return n;
}

void store_run(const std::filesystem::path& path, bool commit) {
  auto store = open_sqlite_store(path);
  const Document d = sample("a.txt");
  const DocumentSummary summary = summarize(d);
  store->put_document("aaaa", d, encode_summary(summary));
  Document failed;
  failed.id = "bad.txt";
  failed.source = "bad.txt";
  failed.status = DocumentStatus::error;
  failed.error = "unknown format";
  store->put_document("bbbb", failed, "");
  const Finding finding{"a.txt", "outlier", Severity::info, "", "far above", "z 9", 20, 23, 0, 0};
  store->put_findings({"aaaa", "bbbb"}, {{"aaaa", "", &finding}});
  if (commit) store->commit();
}

TEST(SqliteStore, StoringTheSameDocumentsAgainAddsNoRows) {
  test::TemporaryDirectory dir;
  const auto path = dir / "docpipe.sqlite";
  store_run(path, true);
  const std::vector<std::string> tables = {"documents", "sections", "metrics", "anomalies", "summaries", "findings"};
  std::vector<std::int64_t> first;
  for (const auto& table : tables) first.push_back(count(path, table));
  EXPECT_THAT(first, ::testing::ElementsAre(2, 1, 1, 1, 1, 1));
  store_run(path, true);
  for (std::size_t i = 0; i < tables.size(); ++i) EXPECT_EQ(count(path, tables[i]), first[i]) << tables[i];
}

TEST(SqliteStore, ARunThatDoesNotCommitLeavesTheStoreAsItWas) {
  test::TemporaryDirectory dir;
  const auto path = dir / "docpipe.sqlite";
  {
    auto store = open_sqlite_store(path);
    store->commit();
  }
  store_run(path, false);
  EXPECT_EQ(count(path, "documents"), 0);
}

TEST(SqliteStore, SummariesDecodeBack) {
  test::TemporaryDirectory dir;
  const auto path = dir / "docpipe.sqlite";
  store_run(path, true);
  sqlite3* raw = nullptr;
  sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> database(raw, &sqlite3_close_v2);
  sqlite3_stmt* statement = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw, "SELECT summary FROM summaries", -1, &statement, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
  const DocumentSummary back = decode_summary(std::string_view(
      static_cast<const char*>(sqlite3_column_blob(statement, 0)), sqlite3_column_bytes(statement, 0)));
  sqlite3_finalize(statement);
  EXPECT_EQ(back.id, "a.txt");
  EXPECT_EQ(back.unit, "黄门镇");
  ASSERT_EQ(back.metrics.size(), 1u);
  EXPECT_EQ(back.metrics[0].code, "legal_lectures");
}

}  // namespace
}  // namespace docpipe::store
