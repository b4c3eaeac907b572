#include "space_tables.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <string_view>

#include "docpipe/heading_markers.hpp"
#include "docpipe/text.hpp"

namespace docpipe::txt {

namespace {

// Spaces in a row that part two cells; one space is a word's or a figure's own (`2023 年`, `行政 处罚`).
constexpr std::size_t kFewestSpacesBetweenCells = 2;
// Columns a cell may stand off its column: pdftotext places each cell by its position on the page, rounded.
constexpr int kColumnSlack = 1;
// Columns a cell holds at most; wider is a stretch of a sentence between a justified line's spaces.
constexpr int kWidestCell = 50;
// Fields of a row that must line up with the rows above it (the row label and a figure, at least).
constexpr int kFewestFieldsInLine = 2;
// Rows judged together at most, which bounds the work a row costs: a longer table goes on in a run of its own,
// its rows still one table for the tab rule.
constexpr std::size_t kLongestRun = 500;

// How a line's columns are counted. Typed in an editor, a Chinese character takes two columns, as on screen;
// `pdftotext -layout` gives every character, Chinese or not, one column of its grid.
enum Measure : std::size_t { kDisplayWidth = 0, kCharacters = 1, kMeasures = 2 };

int width_of(char32_t c, std::size_t measure) {
  return measure == kDisplayWidth && c >= 0x800 ? 2 : 1;  // as hard_wraps.hpp measures a line
}

struct Field {
  std::u32string text;
  std::array<int, kMeasures> start{};  // the column it opens at, counted either way
  std::array<int, kMeasures> end{};
};

bool is_space(char32_t c) { return c == U' ' || c == U'\u3000'; }

bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// pdftotext leaves one space between a row's label and a narrow column's figure (`滨江 126`): the figure is a
// cell of its own. A year with its 年 (`2023 年`) is no figure, and stays one cell.
void part_a_trailing_figure(std::vector<Field>& fields) {
  for (std::size_t k = 0; k < fields.size(); ++k) {
    const std::u32string& text = fields[k].text;
    const std::size_t space = text.rfind(U' ');
    if (space == std::u32string::npos || space == 0 || !is_han(text[space - 1]) || !is_figure(text.substr(space + 1))) {
      continue;
    }
    Field figure{text.substr(space + 1), fields[k].start, fields[k].end};
    Field label{text.substr(0, space), fields[k].start, fields[k].end};
    for (std::size_t measure = 0; measure < kMeasures; ++measure) {
      for (const char32_t c : label.text) figure.start[measure] += width_of(c, measure);
      label.end[measure] = figure.start[measure];
      figure.start[measure] += 1;  // the space
    }
    fields[k] = std::move(label);
    fields.insert(fields.begin() + static_cast<std::ptrdiff_t>(k) + 1, std::move(figure));
  }
}

// The line's fields, parted by runs of two or more spaces, with the columns they stand at.
std::vector<Field> fields_of(std::u32string_view line) {
  std::vector<Field> fields;
  Field field;
  std::u32string spaces;  // the spaces after the field's last character, kept when one space is the field's own
  std::array<int, kMeasures> column{};
  for (const char32_t c : line) {
    if (c == U'\r') continue;
    if (is_space(c)) {
      spaces += c;
    } else {
      if (!field.text.empty() && spaces.size() >= kFewestSpacesBetweenCells) {
        fields.push_back(std::move(field));
        field = {};
      }
      if (field.text.empty()) {
        field.start = column;
      } else {
        field.text += spaces;
      }
      spaces.clear();
      field.text += c;
      for (std::size_t measure = 0; measure < kMeasures; ++measure) {
        field.end[measure] = column[measure] + width_of(c, measure);
      }
    }
    for (std::size_t measure = 0; measure < kMeasures; ++measure) column[measure] += width_of(c, measure);
  }
  if (!field.text.empty()) fields.push_back(std::move(field));
  part_a_trailing_figure(fields);
  return fields;
}

// The fields of a line that may be a table's row, nothing when it is no row: fewer than two fields; a line
// opening with a heading marker (一、  主要工作, a contents line 一、主要工作  3, a numbered item 1.宣传经费  12万元);
// a sentence's piece (。，；！？); a label and its value; a stretch of prose; a title spread letter by letter
// (法  治  政  府).
std::optional<std::vector<Field>> row_fields(std::string_view line) {
  if (line.find('\t') != std::string_view::npos) return std::nullopt;  // the tab rule's
  // An indent parts no fields: most paragraphs open with one (　　2024年，…), so it is not what is looked for.
  std::string_view after_indent = line;
  while (after_indent.starts_with(' ') || after_indent.starts_with("\u3000")) {
    after_indent.remove_prefix(after_indent.starts_with(' ') ? 1 : std::string_view("\u3000").size());
  }
  if (after_indent.find("  ") == std::string_view::npos && after_indent.find("\u3000") == std::string_view::npos) {
    return std::nullopt;
  }
  auto fields = fields_of(decode_utf8(line));
  if (fields.size() < 2) return std::nullopt;
  // A heading or a numbered item, its marker parted from its title or its amount set apart: what
  // analysis.sections reads as a heading or a list, not a row.
  if (heading_marker_length(fields.front().text) > 0) return std::nullopt;
  std::size_t letters = 0;
  for (const Field& field : fields) {
    if (field.text.find_first_of(U"。，；！？!?;") != std::u32string::npos || holds_a_label(field.text) ||
        field.end[kDisplayWidth] - field.start[kDisplayWidth] > kWidestCell) {
      return std::nullopt;
    }
    letters += field.text.size() == 1 && is_han(field.text.front()) ? 1 : 0;
  }
  if (2 * letters > fields.size()) return std::nullopt;
  return fields;
}

// A column of a run of rows: where its cells stand, and the rows that fill it.
struct Column {
  int start = 0;
  int end = 0;
  std::vector<std::size_t> rows;
};

bool stands_in(const Field& field, const Column& column, Measure measure) {
  return field.start[measure] < column.end + kColumnSlack && column.start < field.end[measure] + kColumnSlack;
}

// Whether two columns hold cells of one row (their rows are kept in ascending order).
bool shares_a_row(const Column& a, const Column& b) {
  auto i = a.rows.begin();
  auto j = b.rows.begin();
  while (i != a.rows.end() && j != b.rows.end()) {
    if (*i == *j) return true;
    *i < *j ? ++i : ++j;
  }
  return false;
}

void take_in(Column& into, Column&& column) {
  into.start = std::min(into.start, column.start);
  into.end = std::max(into.end, column.end);
  std::vector<std::size_t> rows;
  rows.reserve(into.rows.size() + column.rows.size());
  std::merge(into.rows.begin(), into.rows.end(), column.rows.begin(), column.rows.end(), std::back_inserter(rows));
  into.rows = std::move(rows);
}

// Adds a row to the run's columns when its fields line up with them: at least two of its fields stand in a
// column of the rows before (the first row excepted), and no column, its cells joined by the row's, holds two
// cells of one row — as a justified line's text runs across the spaces of the line above. A field standing in
// two columns joins them. Judged before anything changes, so a row that does not line up costs no copy.
bool line_up(std::vector<Column>& columns, std::size_t row, const std::vector<Field>& fields, Measure measure) {
  std::vector<std::vector<std::size_t>> stands(fields.size());  // the columns each field stands in
  std::vector<bool> filled(columns.size());
  int in_line = 0;
  for (std::size_t k = 0; k < fields.size(); ++k) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (!stands_in(fields[k], columns[c], measure)) continue;
      if (filled[c]) return false;  // two fields of the row in one column
      for (const std::size_t other : stands[k]) {
        if (shares_a_row(columns[other], columns[c])) return false;
      }
      filled[c] = true;
      stands[k].push_back(c);
    }
    in_line += stands[k].empty() ? 0 : 1;
  }
  if (!columns.empty() && in_line < kFewestFieldsInLine) return false;
  std::vector<Column> next;
  next.reserve(columns.size() + fields.size());
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (!filled[c]) next.push_back(std::move(columns[c]));
  }
  for (std::size_t k = 0; k < fields.size(); ++k) {
    Column joined{fields[k].start[measure], fields[k].end[measure], {}};
    for (const std::size_t c : stands[k]) take_in(joined, std::move(columns[c]));
    joined.rows.push_back(row);  // after every row before it
    next.push_back(std::move(joined));
  }
  std::sort(next.begin(), next.end(), [](const Column& a, const Column& b) { return a.start < b.start; });
  columns = std::move(next);
  return true;
}

bool holds_a_figure(const std::vector<Field>& fields) {
  return std::any_of(fields.begin() + 1, fields.end(), [](const Field& field) { return is_figure(field.text); });
}

// A run of rows lined up from a line on, counted one way.
struct Run {
  std::size_t end = 0;  // one past its last line
  std::vector<Column> columns;
  bool figures = false;
  Measure measure = kDisplayWidth;
};

Run grow_run(const std::vector<std::optional<std::vector<Field>>>& fields, std::size_t first, Measure measure) {
  Run run{first, {}, false, measure};
  while (run.end < fields.size() && run.end - first < kLongestRun && fields[run.end] &&
         line_up(run.columns, run.end, *fields[run.end], measure)) {
    run.figures = run.figures || holds_a_figure(*fields[run.end]);
    ++run.end;
  }
  return run;
}

// A header set off its figures (centred over them, or left-aligned over figures aligned right) makes a column of
// its own beside theirs; two neighbouring columns that no row fills both, one of them filled by rows without a
// figure, are one.
void join_headers_to_their_figures(Run& run, const std::vector<std::optional<std::vector<Field>>>& fields) {
  const auto only_headers = [&](const Column& column) {
    return std::none_of(column.rows.begin(), column.rows.end(),
                        [&](std::size_t row) { return holds_a_figure(*fields[row]); });
  };
  std::vector<Column> joined;
  for (Column& column : run.columns) {
    if (!joined.empty() && !shares_a_row(joined.back(), column) &&
        (only_headers(joined.back()) || only_headers(column))) {
      take_in(joined.back(), std::move(column));
      continue;
    }
    joined.push_back(std::move(column));
  }
  run.columns = std::move(joined);
}

// The row's cells parted by tabs, each in the field of its column.
std::string tab_separated(const std::vector<Field>& fields, const Run& run) {
  std::string cells;
  std::size_t at = 0;  // the column the next tab opens
  for (const Field& field : fields) {
    const auto column = std::find_if(run.columns.begin(), run.columns.end(),
                                     [&](const Column& candidate) { return stands_in(field, candidate, run.measure); });
    const auto index = static_cast<std::size_t>(column - run.columns.begin());
    for (; at < index; ++at) cells += '\t';
    cells += encode_utf8(field.text);
  }
  return cells;
}

}  // namespace

// A figure as a table's cell writes it: 45, +7, -3, 1,268, 684.3, 98.7%, 12件, 3.5万元 — not a date (2025年1月10日)
// nor a year (2024年), which name a column or a day.
bool is_figure(std::u32string_view cell) {
  std::size_t i = 0;
  if (i < cell.size() && std::u32string_view(U"+-−＋－±").find(cell[i]) != std::u32string_view::npos) ++i;
  const std::size_t digits = i;
  while (i < cell.size() &&
         (is_digit(cell[i]) || std::u32string_view(U",.，．").find(cell[i]) != std::u32string_view::npos)) {
    ++i;
  }
  if (i == digits || !is_digit(cell[digits])) return false;
  if (i < cell.size() && std::u32string_view(U"%％‰").find(cell[i]) != std::u32string_view::npos) ++i;
  const std::u32string_view unit = cell.substr(i);
  constexpr std::size_t kLongestUnit = 4;  // 件, 人次, 万元, 万平方米
  return unit.size() <= kLongestUnit && std::all_of(unit.begin(), unit.end(), is_han) &&
         unit.find_first_of(U"年月日") == std::u32string_view::npos;
}

// A colon outside brackets: a label before its value (联系人：王明, 索引号：…, 发布日期：…), which a portal's record
// table and a contact line write and a table of figures does not; `（单位：件）` in a header keeps its colon inside.
bool holds_a_label(std::u32string_view cell) {
  int depth = 0;
  for (const char32_t c : cell) {
    if (c == U'（' || c == U'(') ++depth;
    if ((c == U'）' || c == U')') && depth > 0) --depth;
    if ((c == U'：' || c == U':') && depth == 0) return true;
  }
  return false;
}

std::vector<SpaceRow> find_space_rows(const std::vector<SourceLine>& lines) {
  std::vector<std::optional<std::vector<Field>>> fields(lines.size());
  for (std::size_t k = 0; k < lines.size(); ++k) fields[k] = row_fields(lines[k].text);
  std::vector<SpaceRow> rows;
  for (std::size_t i = 0; i < lines.size();) {
    if (!fields[i]) {
      ++i;
      continue;
    }
    // The way of counting that lines up more rows, or the same rows in fewer columns; typed text first.
    Run run = grow_run(fields, i, kDisplayWidth);
    join_headers_to_their_figures(run, fields);
    Run by_characters = grow_run(fields, i, kCharacters);
    join_headers_to_their_figures(by_characters, fields);
    if (by_characters.end > run.end ||
        (by_characters.end == run.end && by_characters.columns.size() < run.columns.size())) {
      run = std::move(by_characters);
    }
    if (run.end - i < 2 || !run.figures) {
      // Rows lined up without a figure: the next run may open at the last of them, not before (each line is
      // judged a bounded number of times).
      i = std::max(i + 1, run.end - 1);
      continue;
    }
    for (; i < run.end; ++i) rows.push_back({i, tab_separated(*fields[i], run)});
  }
  return rows;
}

LinesWithTabRows with_space_rows_as_tabs(const std::vector<SourceLine>& source) {
  LinesWithTabRows result;
  const auto found = find_space_rows(source);
  result.rows.reserve(found.size());
  for (const auto& row : found) result.rows.push_back(row.cells);  // all made before any is viewed
  result.lines = source;
  for (std::size_t k = 0; k < found.size(); ++k) result.lines[found[k].line].text = result.rows[k];
  return result;
}

}  // namespace docpipe::txt
