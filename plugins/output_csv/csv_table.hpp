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

class CsvTable {
 public:
  // `header` is the first row as written (English or Chinese names of `columns`' fields).
  CsvTable(const std::filesystem::path& path, const std::vector<std::string>& header, CsvOptions options);

  void add_row(const std::vector<std::string>& fields);
  void commit() { file_.commit(); }

 private:
  void write_row(const std::vector<std::string>& fields, bool defuse);

  AtomicFile file_;
  std::size_t columns_;
  CsvOptions options_;
};

}  // namespace docpipe::csv
