// One RFC 4180 table: UTF-8, CRLF line ends, fields quoted when they need it,
// written atomically.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/atomic_file.hpp"

namespace docpipe::csv {

// Quotes a field when it holds a comma, a quote or a line break (quotes doubled).
std::string quote_field(std::string_view field);

// A field a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return)
// gets a leading apostrophe, as OWASP advises against CSV injection; other fields are returned as they are.
std::string defuse_formula(std::string_view field);

struct CsvOptions {
  bool excel_bom = true;
  bool defuse_formulas = true;
};

// Rows as CSV bytes: what one document adds to a table, made wherever the document is (a worker's
// renderer or the host) and appended to the table as it is.
class CsvRows {
 public:
  CsvRows(std::size_t columns, bool defuse_formulas) : columns_(columns), defuse_(defuse_formulas) {}

  // Throws std::logic_error when `fields` does not have one field per column.
  void add(const std::vector<std::string>& fields);
  const std::string& bytes() const { return bytes_; }
  std::string take() { return std::move(bytes_); }

 private:
  std::size_t columns_;
  bool defuse_;
  std::string bytes_;
};

class CsvTable {
 public:
  // `header` is the first row as written (English or Chinese names of `columns`' fields).
  CsvTable(const std::filesystem::path& path, const std::vector<std::string>& header, CsvOptions options);

  void add_row(const std::vector<std::string>& fields);
  // Rows made by CsvRows for a table of this many columns.
  void append(std::string_view rows) { file_.write(rows); }
  void commit() { file_.commit(); }

 private:
  AtomicFile file_;
  std::size_t columns_;
  CsvOptions options_;
};

}  // namespace docpipe::csv
