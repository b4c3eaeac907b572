#include "history_store.hpp"

#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "docpipe/summary_codec.hpp"

namespace docpipe::corpus {

namespace {

struct CloseDatabase {
  void operator()(sqlite3* database) const { sqlite3_close_v2(database); }
};
struct FinalizeStatement {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Database = std::unique_ptr<sqlite3, CloseDatabase>;
using Statement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

std::runtime_error store_error(const std::filesystem::path& store, const std::string& what) {
  return std::runtime_error("history store '" + store.string() + "': " + what);
}

Database open_read_only(const std::filesystem::path& store) {
  if (!std::filesystem::is_regular_file(store)) throw store_error(store, "no such file");
  sqlite3* raw = nullptr;
  const int status = sqlite3_open_v2(store.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  Database database(raw);
  if (status != SQLITE_OK) {
    throw store_error(store, std::string("cannot open: ") + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(status)));
  }
  return database;
}

Statement prepare(sqlite3* database, const std::filesystem::path& store, const char* sql) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(database, sql, -1, &raw, nullptr) != SQLITE_OK) {
    Statement discard(raw);
    throw store_error(store, std::string("not a docpipe store: ") + sqlite3_errmsg(database));
  }
  return Statement(raw);
}

constexpr const char* kSelectSummaries = "SELECT summary FROM summaries ORDER BY sha256";

}  // namespace

void check_history_store(const std::filesystem::path& store) {
  const Database database = open_read_only(store);
  prepare(database.get(), store, kSelectSummaries);
}

void read_history_store(const std::filesystem::path& store, const std::function<void(DocumentSummary)>& take) {
  const Database database = open_read_only(store);
  const Statement select = prepare(database.get(), store, kSelectSummaries);
  int status;
  while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(select.get(), 0));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(select.get(), 0));
    try {
      take(decode_summary(std::string_view(bytes ? bytes : "", size)));
    } catch (const std::exception& error) {
      throw store_error(store, error.what());
    }
  }
  if (status != SQLITE_DONE) throw store_error(store, std::string("read error: ") + sqlite3_errmsg(database.get()));
}

}  // namespace docpipe::corpus
