#include "body_blocks.hpp"

#include <algorithm>
#include <optional>

#include "docpipe/paragraph_assembly.hpp"
#include "table_layout.hpp"

namespace docpipe::pdf {

namespace {

void add_cells(const LaidOutTable& table, int index, std::vector<SourceParagraph>& out) {
  for (const LaidOutCell& cell : table.cells) {
    Block hints;
    hints.page = cell.page;
    if (cell.note) {  // a paragraph between the table's rows
      out.push_back({cell.text, std::move(hints)});
      continue;
    }
    hints.kind = BlockKind::table_cell;
    hints.table = index;
    hints.row = cell.row;
    hints.column = cell.column;
    out.push_back({cell.text, std::move(hints)});
  }
}

}  // namespace

void add_table_rows(const std::vector<layout::Line>& body, const LineSpan& span, std::vector<layout::Line>& out) {
  std::optional<layout::Line> row;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const layout::Line& piece = body[i];
    if (row && row->page == piece.page && piece.top < row->bottom && piece.bottom > row->top) {
      row->left = std::min(row->left, piece.left);
      row->right = std::max(row->right, piece.right);
      row->top = std::min(row->top, piece.top);
      row->bottom = std::max(row->bottom, piece.bottom);
      continue;
    }
    if (row) out.push_back(std::move(*row));
    row = piece;
  }
  if (row) out.push_back(std::move(*row));
}

std::vector<SourceParagraph> body_blocks(const std::vector<layout::Line>& body) {
  const std::vector<LaidOutTable> tables = find_tables(body);
  // The text around the tables is assembled as one, so that its margins and line height are the body's; a table
  // ends the paragraph before it, and the line after it opens one.
  std::vector<layout::Line> prose;
  std::vector<std::size_t> prose_before;  // per table: the prose lines above it
  std::vector<std::size_t> opening;       // prose lines that follow a table's lines
  prose.reserve(body.size());
  std::size_t at = 0;
  for (const LaidOutTable& table : tables) {
    for (const LineSpan& span : table.spans) {
      prose.insert(prose.end(), body.begin() + static_cast<std::ptrdiff_t>(at),
                   body.begin() + static_cast<std::ptrdiff_t>(span.begin));
      if (&span == &table.spans.front()) prose_before.push_back(prose.size());
      if (opening.empty() || opening.back() != prose.size()) opening.push_back(prose.size());
      at = span.end;
    }
  }
  prose.insert(prose.end(), body.begin() + static_cast<std::ptrdiff_t>(at), body.end());
  // The margins are measured on the prose and on each table row as one line: a row's cells are pieces of one line
  // on the page, and counted apart a long table's narrow columns would set the right margin.
  std::vector<layout::Line> measured = prose;
  for (const LaidOutTable& table : tables) {
    for (const LineSpan& span : table.spans) add_table_rows(body, span, measured);
  }
  const std::vector<layout::Paragraph> paragraphs = layout::build_paragraphs(prose, opening, &measured);

  std::vector<SourceParagraph> blocks;
  std::size_t next_table = 0;
  const auto add_tables_before = [&](std::size_t line) {
    for (; next_table < tables.size() && prose_before[next_table] <= line; ++next_table) {
      add_cells(tables[next_table], static_cast<int>(next_table), blocks);
    }
  };
  for (const auto& paragraph : paragraphs) {
    add_tables_before(paragraph.first_line);
    Block hints;
    hints.page = paragraph.page;
    blocks.push_back({paragraph.text, std::move(hints)});
  }
  add_tables_before(prose.size());
  return blocks;
}

}  // namespace docpipe::pdf
