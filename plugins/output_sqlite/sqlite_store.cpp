#include "sqlite_store.hpp"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <initializer_list>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

#include "docpipe/text.hpp"

namespace docpipe::store {

namespace {

// The schema (docs/output-formats.md). Columns may be appended, never renamed or reordered.
constexpr const char* kSchema = R"sql(
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
  sha256 TEXT PRIMARY KEY, document TEXT NOT NULL, source TEXT NOT NULL, format TEXT, encoding TEXT,
  title TEXT, unit TEXT, region TEXT, year TEXT, date TEXT, published TEXT, characters INTEGER,
  status TEXT NOT NULL, error TEXT);
CREATE TABLE IF NOT EXISTS sections (
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE, section TEXT NOT NULL, parent TEXT,
  level INTEGER, number TEXT, title TEXT, kind TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS metrics (
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE, metric TEXT, section TEXT, indicator TEXT,
  code TEXT, value REAL, value_max REAL, unit TEXT, qualifier TEXT, text TEXT, start INTEGER, "end" INTEGER,
  part TEXT, role TEXT, "of" TEXT, page INTEGER);
CREATE TABLE IF NOT EXISTS anomalies (
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE, rule TEXT NOT NULL, severity TEXT NOT NULL,
  section TEXT, message TEXT, evidence TEXT, start INTEGER, "end" INTEGER, heading TEXT, page INTEGER);
CREATE TABLE IF NOT EXISTS summaries (
  sha256 TEXT PRIMARY KEY REFERENCES documents(sha256) ON DELETE CASCADE, summary BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS findings (
  sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE, other_sha256 TEXT, document TEXT NOT NULL,
  rule TEXT NOT NULL, severity TEXT NOT NULL, other_document TEXT, message TEXT, evidence TEXT, start INTEGER,
  "end" INTEGER, other_start INTEGER, other_end INTEGER);
CREATE INDEX IF NOT EXISTS sections_by_document ON sections(sha256);
CREATE INDEX IF NOT EXISTS metrics_by_document ON metrics(sha256);
CREATE INDEX IF NOT EXISTS metrics_by_code ON metrics(code);
CREATE INDEX IF NOT EXISTS anomalies_by_document ON anomalies(sha256);
CREATE INDEX IF NOT EXISTS findings_by_document ON findings(sha256);
)sql";

struct CloseDatabase {
  void operator()(sqlite3* database) const { sqlite3_close_v2(database); }
};
struct FinalizeStatement {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

// A bound value. Text is a view: it is bound without a copy (SQLITE_STATIC), which holds because every
// statement runs within the full expression that made its values.
using Value = std::variant<std::monostate, std::string_view, std::int64_t, double>;

class SqliteStore final : public DocumentStore {
 public:
  explicit SqliteStore(const std::filesystem::path& path) : path_(path) {
    sqlite3* raw = nullptr;
    // One thread uses the connection (the host's output stage): SQLite's own locking would only cost time.
    const int status =
        sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    database_.reset(raw);
    if (status != SQLITE_OK) fail("cannot open");
    sqlite3_busy_timeout(database_.get(), 10000);  // another run committing to a shared store
    // Each statement of the schema commits on its own (the file's bytes depend on it: the golden outputs
    // hold them). Only a store that has no tables yet is written to then, so those commits need not wait for
    // the disk: without this, a new store cost 44 fdatasyncs before the first document. The run's one
    // transaction is as synchronous as the library's default.
    const std::string synchronous = "PRAGMA synchronous = " + std::to_string(integer_of("PRAGMA synchronous"));
    execute("PRAGMA synchronous = OFF");
    execute(kSchema);
    execute(synchronous.c_str());
    execute("BEGIN IMMEDIATE");
  }

  ~SqliteStore() override {
    if (!committed_) sqlite3_exec(database_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
  }

  void put_document(const std::string& sha256, const Document& d, std::string_view encoded_summary) override {
    // Deleting the document row cascades to everything kept of it.
    run("DELETE FROM documents WHERE sha256 = ?", {sha256});
    const bool ok = d.status == DocumentStatus::ok;
    const auto& m = d.metadata;
    const auto text_or_null = [](std::string_view text) -> Value { return text.empty() ? Value{} : Value{text}; };
    run("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {sha256, d.id, d.source.generic_string(), text_or_null(d.format), text_or_null(d.encoding),
         text_or_null(m.get("title")), text_or_null(m.get("unit")), text_or_null(m.get("region")),
         text_or_null(m.get("year")), text_or_null(m.get("date")), text_or_null(m.get("published")),
         ok ? Value{static_cast<std::int64_t>(count_code_points(d.text))} : Value{}, std::string(to_string(d.status)),
         text_or_null(d.error)});
    if (!ok) return;
    for (const auto& s : d.sections) {
      std::string kinds;
      for (const auto& kind : s.kinds) kinds += (kinds.empty() ? "" : ";") + kind;
      run("INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {sha256, s.id, text_or_null(s.parent), std::int64_t{s.level}, text_or_null(s.number), s.title,
           text_or_null(kinds), static_cast<std::int64_t>(s.start), static_cast<std::int64_t>(s.end)});
    }
    for (const auto& x : d.metrics) {
      run("INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {sha256, text_or_null(x.id), text_or_null(x.section), x.indicator, text_or_null(x.code), x.value,
           x.value_max ? Value{*x.value_max} : Value{}, text_or_null(x.unit), text_or_null(x.qualifier), x.text,
           static_cast<std::int64_t>(x.start), static_cast<std::int64_t>(x.end), text_or_null(x.part),
           text_or_null(x.role), text_or_null(x.of), x.page ? Value{std::int64_t{*x.page}} : Value{}});
    }
    for (const auto& a : d.anomalies) {
      run("INSERT INTO anomalies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {sha256, a.rule, std::string(to_string(a.severity)), text_or_null(a.section), a.message, a.evidence,
           static_cast<std::int64_t>(a.start), static_cast<std::int64_t>(a.end), text_or_null(a.heading),
           a.page ? Value{std::int64_t{*a.page}} : Value{}});
    }
    if (!encoded_summary.empty()) run("INSERT INTO summaries VALUES (?, ?)", {sha256, encoded_summary}, true);
  }

  void put_findings(const std::vector<std::string>& about, const std::vector<StoredFinding>& findings) override {
    for (const auto& sha256 : about) run("DELETE FROM findings WHERE sha256 = ?", {sha256});
    for (const auto& stored : findings) {
      const Finding& f = *stored.finding;
      const auto span = [](std::size_t start, std::size_t end, std::size_t value) -> Value {
        return end > start ? Value{static_cast<std::int64_t>(value)} : Value{};
      };
      run("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {stored.sha256, stored.other_sha256.empty() ? Value{} : Value{stored.other_sha256}, f.document, f.rule,
           std::string(to_string(f.severity)), f.other_document.empty() ? Value{} : Value{f.other_document}, f.message,
           f.evidence, span(f.start, f.end, f.start), span(f.start, f.end, f.end),
           span(f.other_start, f.other_end, f.other_start), span(f.other_start, f.other_end, f.other_end)});
    }
  }

  void commit() override {
    execute("COMMIT");
    committed_ = true;
  }

 private:
  // SQLite's message, and the system's reason when a system call failed ("File too large", "No space left").
  [[noreturn]] void fail(const std::string& what, int last_errno = 0) const {
    std::string reason = database_ ? sqlite3_errmsg(database_.get()) : "out of memory";
    int system_error = database_ ? sqlite3_system_errno(database_.get()) : 0;
    if (system_error == 0) system_error = last_errno;
    if (system_error != 0) {
      reason += std::string(": ") + std::strerror(system_error);
    }
    throw std::runtime_error("store '" + path_.string() + "': " + what + ": " + reason);
  }

  void execute(const char* sql) {
    errno = 0;
    if (sqlite3_exec(database_.get(), sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail("cannot write", errno);
  }

  // Prepared once per statement text. The texts are the literals at the call sites, so their addresses
  // are the keys: no string is built or compared per row.
  // The first column of the first row `sql` returns, as an integer.
  std::int64_t integer_of(const char* sql) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(database_.get(), sql, -1, &raw, nullptr) != SQLITE_OK) fail("cannot prepare");
    const std::unique_ptr<sqlite3_stmt, FinalizeStatement> query(raw);
    if (sqlite3_step(raw) != SQLITE_ROW) fail("cannot read");
    return sqlite3_column_int64(raw, 0);
  }

  sqlite3_stmt* statement(const char* sql) {
    auto& cached = statements_[sql];
    if (!cached) {
      sqlite3_stmt* raw = nullptr;
      if (sqlite3_prepare_v2(database_.get(), sql, -1, &raw, nullptr) != SQLITE_OK) fail("cannot prepare");
      cached.reset(raw);
    }
    return cached.get();
  }

  // Runs one statement with its parameters; `blob_last` binds the last string as a BLOB. Every call binds
  // every parameter of its statement, so none is left over from the previous row.
  void run(const char* sql, std::initializer_list<Value> values, bool blob_last = false) {
    sqlite3_stmt* s = statement(sql);
    sqlite3_reset(s);
    std::size_t i = 0;
    for (const Value& v : values) {
      const int slot = static_cast<int>(++i);
      if (const auto* text = std::get_if<std::string_view>(&v)) {
        if (blob_last && i == values.size()) {
          sqlite3_bind_blob64(s, slot, text->data(), text->size(), SQLITE_STATIC);
        } else {
          sqlite3_bind_text64(s, slot, text->data(), text->size(), SQLITE_STATIC, SQLITE_UTF8);
        }
      } else if (const auto* integer = std::get_if<std::int64_t>(&v)) {
        sqlite3_bind_int64(s, slot, *integer);
      } else if (const auto* number = std::get_if<double>(&v)) {
        sqlite3_bind_double(s, slot, *number);
      } else {
        sqlite3_bind_null(s, slot);
      }
    }
    errno = 0;
    if (sqlite3_step(s) != SQLITE_DONE) fail("cannot write", errno);
  }

  std::filesystem::path path_;
  std::unique_ptr<sqlite3, CloseDatabase> database_;
  std::map<const char*, std::unique_ptr<sqlite3_stmt, FinalizeStatement>> statements_;
  bool committed_ = false;
};

}  // namespace

std::unique_ptr<DocumentStore> open_sqlite_store(const std::filesystem::path& path) {
  return std::make_unique<SqliteStore>(path);
}

}  // namespace docpipe::store
