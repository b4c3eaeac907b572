#include "tab_tables.hpp"

#include <cstddef>

namespace docpipe::txt {

namespace {

// Nothing but spaces, ideographic spaces (U+3000) and a carriage return.
bool blank(std::string_view field) {
  constexpr std::string_view kIdeographicSpace = "\u3000";
  while (!field.empty()) {
    if (field.front() == ' ' || field.front() == '\r') {
      field.remove_prefix(1);
    } else if (field.starts_with(kIdeographicSpace)) {
      field.remove_prefix(kIdeographicSpace.size());
    } else {
      return false;
    }
  }
  return true;
}

// The line's tab-separated fields. Leading tabs are an indent (a signature pushed right), not empty cells.
std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> fields;
  while (!line.empty() && line.front() == '\t') line.remove_prefix(1);
  for (std::size_t from = 0;;) {
    const std::size_t tab = line.find('\t', from);
    fields.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
    if (tab == std::string_view::npos) break;
    from = tab + 1;
  }
  return fields;
}

// A table row: a tab between at least two fields that hold something.
bool a_row(std::string_view line) {
  if (line.find('\t') == std::string_view::npos) return false;
  int filled = 0;
  for (const auto field : fields_of(line)) filled += blank(field) ? 0 : 1;
  return filled >= 2;
}

}  // namespace

LinePieces split_tab_tables(const std::vector<std::string_view>& lines) {
  LinePieces pieces;
  pieces.texts.reserve(lines.size());
  pieces.hints.reserve(lines.size());
  int table = 0;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i;
    while (end < lines.size() && a_row(lines[end])) ++end;
    if (end - i < 2) {
      pieces.texts.push_back(lines[i]);
      pieces.hints.emplace_back();
      ++i;
      continue;
    }
    for (std::size_t row = 0; i < end; ++i, ++row) {
      const auto fields = fields_of(lines[i]);
      for (std::size_t column = 0; column < fields.size(); ++column) {
        if (blank(fields[column])) continue;  // an empty cell, or one merged with the cell above
        Block cell;
        cell.kind = BlockKind::table_cell;
        cell.table = table;
        cell.row = static_cast<int>(row);
        cell.column = static_cast<int>(column);
        pieces.texts.push_back(fields[column]);
        pieces.hints.push_back(cell);
      }
    }
    ++table;
  }
  return pieces;
}

}  // namespace docpipe::txt
