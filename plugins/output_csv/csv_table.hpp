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

class CsvTable {
 public:
  CsvTable(const std::filesystem::path& path, const std::vector<std::string>& columns, bool excel_bom);

  void add_row(const std::vector<std::string>& fields);
  void commit() { file_.commit(); }

 private:
  AtomicFile file_;
  std::size_t columns_;
};

}  // namespace docpipe::csv
