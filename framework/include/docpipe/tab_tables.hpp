// A table pasted as text — from Excel or Word into a text file, or into a Word document with "keep text only" —
// keeps its cells apart with tabs, one row a line or paragraph. A run of such rows becomes table cells, one block
// each, as a real table gives them, so the figures in them take their units and names from the row and column
// headers (docs/input-formats.md). Shared by input.txt (lines) and the word processors' readers (paragraphs).
#pragma once

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/hard_wraps.hpp"
#include "docpipe/heading_markers.hpp"
#include "docpipe/layers.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "docpipe/text.hpp"

namespace docpipe::tab_tables {

struct Cell {
  std::string_view text;  // a view into the row's line
  int column = 0;
};

struct Row {
  std::size_t line = 0;  // index of the line in the lines given
  int table = 0;         // 0-based, in the order the tables appear
  int row = 0;
  std::vector<Cell> cells;  // the filled fields; an empty one keeps its column and makes no cell
};

namespace detail {

constexpr std::size_t kLongestCategory = 20;  // code points of a category row inside a table

// Nothing but spaces, ideographic spaces (U+3000) and a carriage return.
inline bool blank(std::string_view field) {
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

inline std::size_t leading_tabs(std::string_view line) { return std::min(line.find_first_not_of('\t'), line.size()); }

// The line's tab-separated fields after its first `indent` tabs.
inline std::vector<std::string_view> fields_of(std::string_view line, std::size_t indent) {
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
inline bool a_row(std::string_view line) {
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
inline bool names_something(std::string_view field) {
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
inline bool a_header_row(std::string_view line) {
  const auto fields = fields_of(line, leading_tabs(line));
  return std::all_of(fields.begin(), fields.end(),
                     [](std::string_view field) { return blank(field) || names_something(field); });
}

// A line of one field right before a row: a category heading a group of the table's rows (行政执法类), not a
// heading of the report (二、存在的不足 ends the table), nor a sentence leading in to a table (罚没款情况如下：).
inline bool a_category(std::string_view line, bool row_follows) {
  if (!row_follows || line.find('\t') != std::string_view::npos) return false;
  std::u32string text = decode_utf8(line);
  while (!text.empty() && (text.back() == U' ' || text.back() == U'\r')) text.pop_back();
  return text.size() <= kLongestCategory && heading_marker_length(text) == 0 && !text.ends_with(U"：") &&
         !text.ends_with(U":") && !text.ends_with(U"。");
}

}  // namespace detail

// The rows of every run of at least two lines that hold two or more tab-separated fields (a category line of one
// field between rows belongs to the run, as a row of one cell). Other lines, and a lone line with a tab
// (联系人：张三<TAB>电话：…), are no rows. A row of headers (no figure in it) after a blank line opens a new table once
// the table has a row of figures, as a second table pasted under the first does; so does a line of words after a
// blank line (the title of a table of its own).
inline std::vector<Row> find_rows(const std::vector<wrapping::SourceLine>& lines) {
  using namespace detail;
  std::vector<bool> row(lines.size());
  for (std::size_t k = 0; k < lines.size(); ++k) row[k] = a_row(lines[k].text);
  std::vector<Row> rows;
  int table = 0;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i;
    std::size_t counted = 0;
    bool figures = false;  // a row of this table holds a figure
    while (end < lines.size() &&
           (row[end] || (counted > 0 && a_category(lines[end].text, end + 1 < lines.size() && row[end + 1])))) {
      // Headers after a blank line open the next table once this one has figures (before, they are a second
      // level of its own headers).
      if (row[end]) {
        const bool header = a_header_row(lines[end].text);
        if (figures && header && lines[end].after_blank) break;
        figures = figures || !header;
      } else if (figures && lines[end].after_blank) {
        break;  // a line of words after a blank line, then rows: the title of a table of its own
      }
      counted += row[end] ? 1 : 0;
      ++end;
    }
    if (counted < 2) {
      ++i;
      continue;
    }
    // Tabs every row opens with indent the table; one more (the blank corner over the row headers) is a cell.
    std::size_t indent = leading_tabs(lines[i].text);
    for (std::size_t k = i; k < end; ++k) indent = std::min(indent, leading_tabs(lines[k].text));
    for (int at_row = 0; i < end; ++i, ++at_row) {
      Row found{i, table, at_row, {}};
      const auto fields = fields_of(lines[i].text, indent);
      for (std::size_t column = 0; column < fields.size(); ++column) {
        // an empty cell, or one merged with the cell above
        if (!blank(fields[column])) found.cells.push_back({fields[column], static_cast<int>(column)});
      }
      rows.push_back(std::move(found));
    }
    ++table;
  }
  return rows;
}

// The word processors' form: each paragraph that is body text (no heading, no table cell, no numbered item) and
// holds tabs is judged with the paragraphs around it as a line of text is; each row found is replaced by its cells,
// and the tables of the document are numbered again in reading order, the real ones and these together. A tab left
// in any other paragraph becomes a space, as the reader made it before. `after_blank[i]` says whether an empty
// paragraph came before paragraph i. Returns the tables made.
inline int split_paragraph_rows(std::vector<SourceParagraph>& paragraphs, const std::vector<bool>& after_blank) {
  const auto holds_tabs = [](const SourceParagraph& paragraph) {
    return paragraph.text.find('\t') != std::string::npos;
  };
  const auto plain = [](const SourceParagraph& paragraph) {
    const Block& hints = paragraph.hints;
    return hints.kind == BlockKind::paragraph && !hints.table && hints.numbering_label.empty();
  };
  if (std::none_of(paragraphs.begin(), paragraphs.end(), holds_tabs)) return 0;

  // Runs of plain paragraphs, each judged on its own: a real table, a heading or a numbered item ends a run.
  std::vector<std::vector<Row>> rows_at(paragraphs.size());  // rows found, kept at the run's first paragraph
  std::vector<bool> in_row(paragraphs.size());
  int made = 0;
  for (std::size_t i = 0; i < paragraphs.size();) {
    if (!plain(paragraphs[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::vector<wrapping::SourceLine> lines;
    bool tabs = false;
    while (end < paragraphs.size() && plain(paragraphs[end])) {
      tabs = tabs || holds_tabs(paragraphs[end]);
      lines.push_back({paragraphs[end].text, end < after_blank.size() && after_blank[end]});
      ++end;
    }
    if (tabs) {
      auto rows = find_rows(lines);
      for (auto& found : rows) {
        found.line += i;
        in_row[found.line] = true;
      }
      if (!rows.empty()) made += rows.back().table + 1;
      rows_at[i] = std::move(rows);
    }
    i = end;
  }

  std::vector<SourceParagraph> result;
  result.reserve(paragraphs.size());
  std::map<int, int> real_tables;  // the reader's table number → the new one
  int next_table = 0;
  int run_base = 0;  // the new number of a run's first tab table
  int run_tables = 0;
  std::size_t row_of_run = 0;
  const std::vector<Row>* run = nullptr;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (!rows_at[i].empty()) {
      run = &rows_at[i];
      row_of_run = 0;
      run_base = next_table;
      run_tables = 0;
    }
    SourceParagraph& paragraph = paragraphs[i];
    if (in_row[i] && run != nullptr) {
      const Row& found = (*run)[row_of_run++];
      run_tables = std::max(run_tables, found.table + 1);
      next_table = run_base + run_tables;
      for (const Cell& cell : found.cells) {
        Block hints;
        hints.kind = BlockKind::table_cell;
        hints.table = run_base + found.table;
        hints.row = found.row;
        hints.column = cell.column;
        result.push_back({std::string(cell.text), hints});
      }
      continue;
    }
    if (paragraph.hints.table) {
      const auto [at, added] = real_tables.try_emplace(*paragraph.hints.table, next_table);
      if (added) ++next_table;
      paragraph.hints.table = at->second;
    }
    std::replace(paragraph.text.begin(), paragraph.text.end(), '\t', ' ');
    result.push_back(std::move(paragraph));
  }
  paragraphs = std::move(result);
  return made;
}

}  // namespace docpipe::tab_tables
