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

namespace {

// -8.7, -12, -5,570, +318: a signed number, which a spreadsheet reads as a number and cannot run. Its whole part
// may group thousands with commas.
bool is_signed_number(std::string_view field) {
  if (field.size() < 2 || (field.front() != '-' && field.front() != '+')) return false;
  const std::string_view digits = field.substr(1);
  const auto point = digits.find('.');
  const auto all_digits = [](std::string_view part) {
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  const auto whole_part = [&](std::string_view part) {
    if (part.find(',') == std::string_view::npos) return all_digits(part);
    const auto first = part.find(',');
    if (first == 0 || first > 3 || !all_digits(part.substr(0, first))) return false;
    for (std::size_t at = first; at < part.size(); at += 4) {
      if (part[at] != ',' || part.size() < at + 4 || !all_digits(part.substr(at + 1, 3))) return false;
    }
    return true;
  };
  return point == std::string_view::npos ? whole_part(digits)
                                         : whole_part(digits.substr(0, point)) && all_digits(digits.substr(point + 1));
}

}  // namespace

std::string defuse_formula(std::string_view field) {
  if (field.empty() || std::string_view("=+-@\t\r").find(field.front()) == std::string_view::npos ||
      is_signed_number(field)) {
    return std::string(field);
  }
  return "'" + std::string(field);
}

void CsvRows::add(const std::vector<std::string>& fields) {
  if (fields.size() != columns_) throw std::logic_error("CSV row has the wrong number of fields");
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) bytes_ += ',';
    bytes_ += quote_field(defuse_ ? defuse_formula(fields[i]) : fields[i]);
  }
  bytes_ += "\r\n";
}

CsvTable::CsvTable(const std::filesystem::path& path, const std::vector<std::string>& header, CsvOptions options)
    : file_(path), columns_(header.size()), options_(options) {
  // Excel reads a CSV without a BOM in the legacy code page, garbling Chinese.
  if (options_.excel_bom) file_.write("\xEF\xBB\xBF");
  CsvRows first(columns_, false);
  first.add(header);
  file_.write(first.bytes());
}

void CsvTable::add_row(const std::vector<std::string>& fields) {
  CsvRows row(columns_, options_.defuse_formulas);
  row.add(fields);
  file_.write(row.bytes());
}

}  // namespace docpipe::csv
