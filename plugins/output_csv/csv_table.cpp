#include "csv_table.hpp"

#include <stdexcept>

namespace docpipe::csv {

std::string quote_field(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string quoted = "\"";
  for (const char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

CsvTable::CsvTable(const std::filesystem::path& path, const std::vector<std::string>& columns, bool excel_bom)
    : file_(path), columns_(columns.size()) {
  // Excel reads a CSV without a BOM in the legacy code page, garbling Chinese.
  if (excel_bom) file_.write("\xEF\xBB\xBF");
  add_row(columns);
}

void CsvTable::add_row(const std::vector<std::string>& fields) {
  if (fields.size() != columns_) throw std::logic_error("CSV row has the wrong number of fields");
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += quote_field(fields[i]);
  }
  line += "\r\n";
  file_.write(line);
}

}  // namespace docpipe::csv
