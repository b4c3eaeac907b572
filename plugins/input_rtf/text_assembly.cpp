#include "text_assembly.hpp"

#include <algorithm>
#include <utility>

#include "docpipe/layout_tables.hpp"
#include "docpipe/line_breaks.hpp"
#include "docpipe/text.hpp"

namespace docpipe::rtf {

namespace {

// A tab shown as the space it looks like (a cell's, a heading's wrapped line), as input.doc shows one.
std::string spaced(std::string text) {
  std::replace(text.begin(), text.end(), '\t', ' ');
  return text;
}

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
  return text;
}

std::string joined_lines(const EndedParagraph& paragraph) {
  std::string text = trimmed(paragraph.label);
  for (const auto& line : paragraph.lines) {
    if (!text.empty() && !line.empty() && text.back() != ' ') text += ' ';
    text += line;
  }
  return spaced(std::move(text));
}

// A cell's paragraphs joined by a space, as input.docx joins them.
std::string cell_text(const std::vector<EndedParagraph>& cell) {
  std::string text;
  for (const auto& paragraph : cell) {
    std::string part = trimmed(joined_lines(paragraph));
    if (part.empty()) continue;
    if (!text.empty()) text += ' ';
    text += part;
  }
  return text;
}

layout_tables::CellContent measure(const std::vector<EndedParagraph>& cell) {
  layout_tables::CellContent content;
  for (const auto& paragraph : cell) {
    const std::size_t visible = layout_tables::visible_code_points(joined_lines(paragraph));
    content.code_points += visible;
    content.paragraphs += visible > 0 ? 1 : 0;
  }
  return content;
}

bool holds_a_number(const std::string& text) {
  std::u32string visible;
  for (const char32_t c : decode_utf8(text)) {
    if (layout_tables::is_visible(c)) visible += c;
    if (visible.size() > layout_tables::kLongestNumberCell) break;
  }
  return layout_tables::holds_a_number(visible);
}

}  // namespace

bool EndedParagraph::shows_text() const {
  return std::any_of(lines.begin(), lines.end(),
                     [](const std::string& line) { return line.find_first_not_of(" \t") != std::string::npos; });
}

void TextAssembly::add_paragraph(EndedParagraph paragraph) {
  close_table();
  place(std::move(paragraph));
}

void TextAssembly::add_cell_paragraph(EndedParagraph paragraph) { cell_.push_back(std::move(paragraph)); }

void TextAssembly::end_cell() { row_.push_back(std::exchange(cell_, {})); }

void TextAssembly::end_row(const std::vector<int>& edges) {
  if (!cell_.empty()) end_cell();
  if (!row_.empty()) rows_.push_back({std::exchange(row_, {}), edges});
}

std::vector<SourceParagraph> TextAssembly::finish() {
  close_table();
  return std::move(out_);
}

// A body paragraph: a heading's hand-wrapped lines joined (一、坚持依法决策，⏎推进…), a body line wrapped by hand
// joined, every other line break a block of its own; the label before the text and in the hints.
void TextAssembly::place(EndedParagraph paragraph) {
  if (!paragraph.shows_text()) return;
  Block hints;
  hints.heading_level = paragraph.heading_level;
  if (hints.heading_level) hints.kind = BlockKind::heading;
  hints.style = paragraph.style;
  std::vector<std::string> lines;
  for (auto& line : paragraph.lines) lines.push_back(paragraph.lines.size() > 1 ? spaced(std::move(line)) : line);
  // The label as Word shows it, without the tab or space that parts it from the text (as input.doc gives it).
  std::string label = trimmed(spaced(paragraph.label));
  while (!label.empty() && label.front() == ' ') label.erase(0, 1);
  if (lines.size() > 1 && (hints.heading_level || paragraph.all_bold || line_breaks::marks_a_heading(label) ||
                           line_breaks::marks_a_heading(lines.front()))) {
    line_breaks::join_heading_wraps(lines);
  }
  // A short paragraph all in bold on one line: a heading hint, as input.docx and input.html give one.
  constexpr std::size_t kLongestBoldLine = 120;  // bytes: some 40 characters
  if (!hints.heading_level && lines.size() == 1 && paragraph.all_bold && lines.front().size() <= kLongestBoldLine) {
    hints.style = "bold";
  }
  if (!label.empty()) {
    hints.numbering_label = label;
    lines.front().insert(0, label);
  }
  line_breaks::join_visual_wraps(lines);  // after the label, which may make the first line a heading's
  bool first = true;
  for (auto& line : lines) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    out_.push_back({std::move(line), first ? hints : Block{}});
    first = false;
  }
}

// The table ends: the report's own paragraphs when it only lays them out (a WPS 红头 template's one big cell), else
// one table-cell block per cell. Paragraphs left in a cell no `\cell` closed end the table's last row.
void TextAssembly::close_table() {
  end_row();
  if (rows_.empty()) return;
  const std::vector<Row> rows = std::exchange(rows_, {});
  bool article = false;
  std::size_t number_cells = 0;
  for (const auto& row : rows) {
    for (const auto& cell : row.cells) {
      article = article || layout_tables::holds_an_article(measure(cell));
      number_cells += holds_a_number(cell_text(cell)) ? 1 : 0;
    }
  }
  if (layout_tables::lays_out_text(article, number_cells)) {
    for (const auto& row : rows) {
      for (const auto& cell : row.cells) {
        for (const auto& paragraph : cell) place(paragraph);
      }
    }
    return;
  }
  add_cells(rows);
}

// Each cell a table-cell block. A cell's column is where its left boundary lies among all the table's boundaries, so
// that a cell merged across columns takes as many as it spans (as input.doc and input.docx count them); a row without
// as many boundaries as cells counts its cells one by one.
void TextAssembly::add_cells(const std::vector<Row>& rows) {
  std::vector<int> grid{0};
  for (const auto& row : rows) grid.insert(grid.end(), row.edges.begin(), row.edges.end());
  std::sort(grid.begin(), grid.end());
  grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    int column = -1;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      int at = column + 1;
      if (row.edges.size() >= row.cells.size()) {
        const int left = c == 0 ? std::min(0, row.edges.front()) : row.edges[c - 1];
        at = static_cast<int>(std::lower_bound(grid.begin(), grid.end(), left) - grid.begin());
      }
      column = std::max(at, column + 1);
      Block hints;
      hints.kind = BlockKind::table_cell;
      hints.table = tables_;
      hints.row = static_cast<int>(r);
      hints.column = column;
      out_.push_back({cell_text(row.cells[c]), hints});
    }
  }
  ++tables_;
}

}  // namespace docpipe::rtf
