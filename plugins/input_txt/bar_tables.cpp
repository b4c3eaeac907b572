#include "bar_tables.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "docpipe/tab_tables.hpp"
#include "docpipe/text.hpp"
#include "space_tables.hpp"

namespace docpipe::txt {

namespace {

// Code points a cell holds at most; longer is a stretch of prose that happens to hold a bar.
constexpr std::size_t kLongestCell = 40;

bool is_bar(char32_t c) { return c == U'|' || c == U'｜'; }

bool holds_a_bar(std::string_view line) {
  return line.find('|') != std::string_view::npos || line.find("｜") != std::string_view::npos;
}

std::u32string_view trimmed(std::u32string_view text) {
  const auto space = [](char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\r' || c == U'\u00a0'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// The line's fields between its bars, trimmed; a bar opening or closing the line parts nothing from nothing.
std::vector<std::u32string_view> fields_of(std::u32string_view line) {
  line = trimmed(line);
  if (!line.empty() && is_bar(line.front())) line.remove_prefix(1);
  if (!line.empty() && is_bar(line.back())) line.remove_suffix(1);
  std::vector<std::u32string_view> fields;
  std::size_t from = 0;
  for (std::size_t k = 0; k <= line.size(); ++k) {
    if (k == line.size() || is_bar(line[k])) {
      fields.push_back(trimmed(line.substr(from, k - from)));
      from = k + 1;
    }
  }
  return fields;
}

// A Markdown table's alignment row: every field dashes, a colon at either end for its alignment (---, :--:).
bool an_alignment_row(const std::vector<std::u32string_view>& fields) {
  return fields.size() >= 2 && std::all_of(fields.begin(), fields.end(), [](std::u32string_view field) {
           if (field.starts_with(U':')) field.remove_prefix(1);
           if (field.ends_with(U':')) field.remove_suffix(1);
           return !field.empty() && field.find_first_not_of(U'-') == std::u32string_view::npos;
         });
}

// A row's label naming a part of the row above (其中：食品安全): a table's, no label and its value.
bool a_part_of_the_row_above(std::u32string_view field) {
  return field.starts_with(U"其中：") || field.starts_with(U"其中:");
}

// A table's unit declared in a row of its own (单位：件 | ||||, 计量单位：万元): a caption, no label of a record
// table and its value, so the row stays the line right above the table whose unit analysis.metrics reads.
bool declares_a_unit(std::u32string_view field) {
  for (const std::u32string_view label : {U"单位：", U"单位:", U"计量单位：", U"计量单位:"}) {
    if (!field.starts_with(label)) continue;
    // Units of a few characters each (件, 万元, 万人次; a list 件、万元), not a name (单位：青石县司法局).
    constexpr std::size_t kLongestUnit = 3;
    std::u32string_view units = field.substr(label.size());
    for (;;) {
      const std::size_t end = std::min(units.find_first_of(U"、/／"), units.size());
      const std::u32string_view unit = units.substr(0, end);
      if (unit.empty() || unit.size() > kLongestUnit || unit.find_first_of(U"：: ") != std::u32string_view::npos) {
        return false;
      }
      if (end == units.size()) return true;
      units.remove_prefix(end + 1);
    }
  }
  return false;
}

// A line read as a row: its fields, and how many of them hold something.
struct BarLine {
  std::vector<std::u32string_view> fields;
  int filled = 0;
  bool figure = false;  // a field after the first holds a figure
  bool alignment = false;
};

// The line as a row of a bar table, nothing when it is none: no bar, a tab (the tab rule's), a sentence's piece,
// a label and its value (a portal's record row: 索引号： | 1150…), a cell as long as prose.
std::optional<BarLine> bar_line(std::string_view line, std::u32string& decoded) {
  if (!holds_a_bar(line) || line.find('\t') != std::string_view::npos) return std::nullopt;
  decoded = decode_utf8(line);
  BarLine found{fields_of(decoded), 0, false, false};
  if (found.fields.size() < 2) return std::nullopt;
  if (an_alignment_row(found.fields)) {
    found.alignment = true;
    return found;
  }
  for (std::size_t k = 0; k < found.fields.size(); ++k) {
    const std::u32string_view field = found.fields[k];
    if (field.empty()) continue;
    if (field.find_first_of(U"。；！？!?;") != std::u32string_view::npos ||
        (holds_a_label(field) && !a_part_of_the_row_above(field) && !declares_a_unit(field)) ||
        field.ends_with(U'：') || field.ends_with(U':') || field.size() > kLongestCell) {
      return std::nullopt;
    }
    ++found.filled;
    found.figure = found.figure || (k > 0 && is_figure(field));
  }
  return found;
}

// The cell as the row's text writes it. A page that broke a cell's text onto a new line leaves a space there when
// it is copied (`行政 拘留`, `住房 城乡建设部`): one space between two Chinese characters is that break and goes, so
// the headers name their figures whole. Spaces by Latin letters or digits (`COVID 19`), and runs of two or more (a
// gap set on purpose), stay.
std::string cell_text(std::u32string_view field) {
  std::u32string cell;
  cell.reserve(field.size());
  for (std::size_t k = 0; k < field.size(); ++k) {
    const bool a_line_break =
        field[k] == U' ' && k > 0 && k + 1 < field.size() && is_han(field[k - 1]) && is_han(field[k + 1]);
    if (!a_line_break) cell += field[k];
  }
  return encode_utf8(cell);
}

// The row's fields parted by tabs, an empty one keeping its column; a row of one filled field is that field (a
// table's title or a category over its rows), the empty fields around it no columns.
std::string as_tab_row(const BarLine& row) {
  std::string cells;
  if (row.filled < 2) {
    for (const auto field : row.fields) cells += cell_text(field);
    return cells;
  }
  for (std::size_t k = 0; k < row.fields.size(); ++k) {
    if (k > 0) cells += '\t';
    cells += cell_text(row.fields[k]);
  }
  return cells;
}

// A portal's record table copied with bars (发布机构 | 榆城市应急管理局 | 文 号 | …, [ 索引号 ] | 1150…) is the
// artifact rules' to remove whole, however it reads: the rules that take such a row decide, with the filter's own
// matchers, so one copy of their patterns serves both.
void drop_record_rows(const ArtifactFilter& filter, const std::vector<SourceLine>& source,
                      const std::vector<std::size_t>& at, std::vector<std::optional<BarLine>>& found) {
  std::vector<std::string_view> lines;
  lines.reserve(at.size());
  for (const std::size_t k : at) lines.push_back(source[k].text);
  for (const std::string_view rule : {"web-metadata-table", "web-bracketed-info", "web-info-block"}) {
    const std::vector<bool> taken = lines_the_rule_takes(filter, rule, lines);
    for (std::size_t j = 0; j < at.size(); ++j) {
      if (taken[j]) found[at[j]].reset();
    }
  }
}

// A line rewritten that the tab rule then takes for no row — a row left alone by a heading between it and the rest
// (（一）本单位实施的 | |||| over `1 | 本溪… | 0 | 1 |`), whose tabs would turn to spaces and glue its figures to its
// words — is given back as the file wrote it. A line of one cell stays that cell when it borders a row (the title
// spanning the table, whose unit its columns take), and is given back otherwise.
void keep_only_what_the_tab_rule_takes(LinesWithBarRows& result, const std::vector<std::size_t>& kept,
                                       const std::vector<bool>& in_table,
                                       const std::vector<std::optional<BarLine>>& found) {
  std::vector<bool> a_row(result.lines.size());
  for (const auto& row : tab_tables::find_rows(result.lines)) a_row[row.line] = true;
  for (std::size_t i = 0; i < result.lines.size(); ++i) {
    const std::size_t k = kept[i];
    if (!in_table[k] || a_row[i]) continue;
    const bool borders_a_row = (i > 0 && a_row[i - 1]) || (i + 1 < a_row.size() && a_row[i + 1]);
    if (found[k]->filled >= 2 || !borders_a_row) result.lines[i].text = result.source[i].text;
  }
}

}  // namespace

LinesWithBarRows with_bar_rows_as_tabs(const std::vector<SourceLine>& source, const ArtifactFilter* filter) {
  LinesWithBarRows result;
  std::vector<std::u32string> decoded(source.size());  // the text each found line's fields view
  std::vector<std::optional<BarLine>> found(source.size());
  std::vector<std::size_t> at;  // the lines found
  for (std::size_t k = 0; k < source.size(); ++k) {
    found[k] = bar_line(source[k].text, decoded[k]);
    if (found[k]) at.push_back(k);
  }
  if (filter != nullptr && !at.empty()) drop_record_rows(*filter, source, at, found);
  const bool any = std::any_of(found.begin(), found.end(), [](const auto& line) { return line.has_value(); });
  if (!any) {
    result.lines = source;
    result.source = source;
    return result;
  }
  // Runs of bar lines (an alignment row within them): a table when two of them are rows of two or more cells,
  // the first of them a header (no figure past its first cell), and one holds a figure.
  std::vector<bool> in_table(source.size());
  for (std::size_t i = 0; i < source.size();) {
    if (!found[i]) {
      ++i;
      continue;
    }
    std::size_t end = i;
    int rows = 0;
    bool figure = false;
    bool headed = false;  // its first row of two cells or more names columns, no figure in it
    for (; end < source.size() && found[end]; ++end) {
      if (found[end]->filled >= 2 && rows++ == 0) headed = !found[end]->figure;
      figure = figure || found[end]->figure;
    }
    // Rows of a label and its figures with no header over them (行政处罚 | 120件 | 罚没款50万元) name their figures in
    // their own words, which a table's cells would part from the figures: they stay lines.
    if (rows >= 2 && figure && headed) std::fill(in_table.begin() + i, in_table.begin() + end, true);
    i = end;
  }
  std::vector<std::size_t> kept;  // the lines left, an alignment row of a table taken out
  for (std::size_t k = 0; k < source.size(); ++k) {
    if (in_table[k] && found[k]->alignment) continue;
    kept.push_back(k);
    if (in_table[k]) result.rows.push_back(as_tab_row(*found[k]));
  }
  // All rows made before any is viewed.
  std::size_t next_row = 0;
  for (const std::size_t k : kept) {
    result.source.push_back(source[k]);
    result.lines.push_back(source[k]);
    if (in_table[k]) result.lines.back().text = result.rows[next_row++];
  }
  keep_only_what_the_tab_rule_takes(result, kept, in_table, found);
  return result;
}

}  // namespace docpipe::txt
