#include "tab_tables.hpp"

#include <algorithm>
#include <cstddef>
#include <string>

#include "docpipe/heading_markers.hpp"
#include "docpipe/text.hpp"

namespace docpipe::txt {

namespace {

constexpr std::size_t kLongestCategory = 20;  // code points of a category row inside a table

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

std::size_t leading_tabs(std::string_view line) { return std::min(line.find_first_not_of('\t'), line.size()); }

// The line's tab-separated fields after its first `indent` tabs.
std::vector<std::string_view> fields_of(std::string_view line, std::size_t indent) {
  line.remove_prefix(std::min(indent, line.size()));
  std::vector<std::string_view> fields;
  for (std::size_t from = 0;;) {
    const std::size_t tab = line.find('\t', from);
    fields.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
    if (tab == std::string_view::npos) break;
    from = tab + 1;
  }
  return fields;
}

// A table row: a tab between at least two fields that hold something, the first of them more than a heading or
// list marker (Word saves an automatically numbered paragraph as 一、<TAB>主要举措: a heading, not a row). Leading
// tabs are an indent here (a signature pushed right).
bool a_row(std::string_view line) {
  if (line.find('\t') == std::string_view::npos) return false;
  int filled = 0;
  for (const auto field : fields_of(line, leading_tabs(line))) {
    if (blank(field)) continue;
    if (filled == 0) {
      const std::u32string first = decode_utf8(field);
      if (heading_marker_length(first) == first.size()) return false;
    }
    ++filled;
  }
  return filled >= 2;
}

// A field that names something, as a column header does: words, or a year with its 年 (2024年, 2024年度). Not
// a figure, and not what a data cell writes for none (—, /, 无, 暂无); a bare 2024 may be a count.
bool names_something(std::string_view field) {
  const auto first = field.find_first_not_of(" \r");
  field = first == std::string_view::npos ? std::string_view{}
                                          : field.substr(first, field.find_last_not_of(" \r") - first + 1);
  for (const std::string_view none : {"无", "暂无", "空", "—", "——", "／", "×"}) {
    if (field == none) return false;
  }
  const auto digit = field.find_first_of("0123456789");
  if (digit == std::string_view::npos) return field.find_first_not_of("-/\\*.") != std::string_view::npos;
  const std::string_view rest = field.substr(digit);
  const bool year = rest.size() >= 4 && (rest.starts_with("19") || rest.starts_with("20")) &&
                    rest.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos;
  return year && rest.substr(4).starts_with("年") &&
         rest.substr(4).find_first_of("0123456789") == std::string_view::npos;
}

// A row of column headers: every filled field names something (the corner over the row headers may be blank).
// After a blank line it opens a table of its own; a row of figures there continues the table (a blank row
// inside it).
bool a_header_row(std::string_view line) {
  const auto fields = fields_of(line, leading_tabs(line));
  return std::all_of(fields.begin(), fields.end(),
                     [](std::string_view field) { return blank(field) || names_something(field); });
}

// A line of one field right before a row: a category heading a group of the table's rows (行政执法类), not a
// heading of the report (二、存在的不足 ends the table), nor a sentence leading in to a table (罚没款情况如下：).
bool a_category(std::string_view line, bool row_follows) {
  if (!row_follows || line.find('\t') != std::string_view::npos) return false;
  std::u32string text = decode_utf8(line);
  while (!text.empty() && (text.back() == U' ' || text.back() == U'\r')) text.pop_back();
  return text.size() <= kLongestCategory && heading_marker_length(text) == 0 && !text.ends_with(U"：") &&
         !text.ends_with(U":") && !text.ends_with(U"。");
}

}  // namespace

LinePieces split_tab_tables(const std::vector<SourceLine>& source) {
  std::vector<std::string_view> lines(source.size());
  LinePieces pieces;
  pieces.texts.reserve(lines.size());
  pieces.hints.reserve(lines.size());
  std::vector<bool> row(lines.size());
  for (std::size_t k = 0; k < lines.size(); ++k) {
    lines[k] = source[k].text;
    row[k] = a_row(lines[k]);
  }
  int table = 0;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i;
    std::size_t rows = 0;
    bool figures = false;  // a row of this table holds a figure
    while (end < lines.size() &&
           (row[end] || (rows > 0 && a_category(lines[end], end + 1 < lines.size() && row[end + 1])))) {
      // Headers after a blank line open the next table once this one has figures (before, they are a second
      // level of its own headers).
      if (row[end]) {
        const bool header = a_header_row(lines[end]);
        if (figures && header && source[end].after_blank) break;
        figures = figures || !header;
      } else if (figures && source[end].after_blank) {
        break;  // a line of words after a blank line, then rows: the title of a table of its own
      }
      rows += row[end] ? 1 : 0;
      ++end;
    }
    if (rows < 2) {
      pieces.texts.push_back(lines[i]);
      pieces.hints.emplace_back();
      ++i;
      continue;
    }
    // Tabs every row opens with indent the table; one more (the blank corner over the row headers) is a cell.
    std::size_t indent = leading_tabs(lines[i]);
    for (std::size_t k = i; k < end; ++k) indent = std::min(indent, leading_tabs(lines[k]));
    for (std::size_t at_row = 0; i < end; ++i, ++at_row) {
      const auto fields = fields_of(lines[i], indent);
      for (std::size_t column = 0; column < fields.size(); ++column) {
        if (blank(fields[column])) continue;  // an empty cell, or one merged with the cell above
        Block cell;
        cell.kind = BlockKind::table_cell;
        cell.table = table;
        cell.row = static_cast<int>(at_row);
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
