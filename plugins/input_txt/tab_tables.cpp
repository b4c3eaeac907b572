#include "tab_tables.hpp"

#include "docpipe/tab_tables.hpp"

namespace docpipe::txt {

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
      Block hints;
      hints.kind = BlockKind::table_cell;
      hints.table = next_row->table;
      hints.row = next_row->row;
      hints.column = cell.column;
      pieces.texts.push_back(cell.text);
      pieces.hints.push_back(hints);
    }
    ++next_row;
  }
  return pieces;
}

}  // namespace docpipe::txt
