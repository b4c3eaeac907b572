#include "tab_tables.hpp"

#include "docpipe/tab_tables.hpp"

namespace docpipe::txt {

namespace {

// A cell's block: a table cell at its row's place in its table.
Block cell_hints(const tab_tables::Row& row, const tab_tables::Cell& cell) {
  Block hints;
  hints.kind = BlockKind::table_cell;
  hints.table = row.table;
  hints.row = row.row;
  hints.column = cell.column;
  return hints;
}

}  // namespace

LinePieces split_tab_tables(const std::vector<SourceLine>& source) {
  const auto rows = tab_tables::find_rows(source);
  LinePieces pieces;
  pieces.texts.reserve(source.size());
  pieces.hints.reserve(source.size());
  auto next_row = rows.begin();
  for (std::size_t line = 0; line < source.size(); ++line) {
    if (next_row == rows.end() || next_row->line != line) {
      pieces.texts.push_back(source[line].text);
      pieces.hints.emplace_back();
      continue;
    }
    for (const auto& cell : next_row->cells) {
      pieces.texts.push_back(cell.text);
      pieces.hints.push_back(cell_hints(*next_row, cell));
    }
    ++next_row;
  }
  return pieces;
}

std::vector<SourceParagraph> split_reflowed_tab_tables(Reflowed& reflowed, const std::vector<SourceLine>& rows,
                                                       const std::vector<SourceLine>& source) {
  const auto found = tab_tables::find_rows(rows);
  std::vector<SourceParagraph> paragraphs;
  paragraphs.reserve(reflowed.paragraphs.size());
  auto next_row = found.begin();
  for (std::size_t p = 0; p < reflowed.paragraphs.size(); ++p) {
    const std::size_t line = reflowed.first_lines[p];
    while (next_row != found.end() && next_row->line < line) ++next_row;
    const bool a_row = next_row != found.end() && next_row->line == line &&
                       reflowed.paragraphs[p] == wrapping::detail::trimmed_utf8(source[line].text);
    if (!a_row) {
      paragraphs.push_back({std::move(reflowed.paragraphs[p]), {}});
      continue;
    }
    for (const auto& cell : next_row->cells)
      paragraphs.push_back({std::string(cell.text), cell_hints(*next_row, cell)});
  }
  return paragraphs;
}

}  // namespace docpipe::txt
