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

std::string defuse_formula(std::string_view field) {
  if (field.empty() || std::string_view("=+-@\t\r").find(field.front()) == std::string_view::npos) {
    return std::string(field);
  }
  return "'" + std::string(field);
}

CsvTable::CsvTable(const std::filesystem::path& path, const std::vector<std::string>& header, CsvOptions options)
    : file_(path), columns_(header.size()), options_(options) {
  // Excel reads a CSV without a BOM in the legacy code page, garbling Chinese.
  if (options_.excel_bom) file_.write("\xEF\xBB\xBF");
  write_row(header, false);
}

void CsvTable::add_row(const std::vector<std::string>& fields) { write_row(fields, options_.defuse_formulas); }

void CsvTable::write_row(const std::vector<std::string>& fields, bool defuse) {
  if (fields.size() != columns_) throw std::logic_error("CSV row has the wrong number of fields");
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += quote_field(defuse ? defuse_formula(fields[i]) : fields[i]);
  }
  line += "\r\n";
  file_.write(line);
}

}  // namespace docpipe::csv
