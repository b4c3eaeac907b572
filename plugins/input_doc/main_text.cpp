#include "main_text.hpp"

#include <algorithm>

#include "docpipe/text.hpp"

namespace docpipe::doc {

namespace {

// Special characters of the text stream ([MS-DOC] 2.4.x).
constexpr char32_t kCellMark = 0x07, kTab = 0x09, kLineBreak = 0x0B, kPageBreak = 0x0C, kParagraphMark = 0x0D,
                   kFieldBegin = 0x13, kFieldSeparator = 0x14, kFieldEnd = 0x15, kNonBreakingHyphen = 0x1E,
                   kOptionalHyphen = 0x1F;

bool ends_a_block(char32_t c) { return c == kParagraphMark || c == kLineBreak || c == kPageBreak || c == kCellMark; }

// Hidden text: the run's own sprmCFVanish, else its character style's (a reviser's 内部批注 style).
bool is_hidden(const CharacterRun* run, const StyleSheet& styles) {
  if (run == nullptr) return false;
  if (run->hidden) return *run->hidden;
  return run->character_style && styles.hides_text(*run->character_style);
}

// Cell boundaries of different rows this close (in twips, 1/1440 inch) are one column edge: rows laid out
// separately round their widths apart.
constexpr int kSameEdge = 10;

// A table's column edges: the union of its rows' cell boundaries, since a row may have fewer, wider cells
// (a merged cell) than the table has columns.
std::vector<int> table_grid(const std::vector<std::vector<std::int16_t>>& rows) {
  std::vector<int> edges;
  for (const auto& row : rows) edges.insert(edges.end(), row.begin(), row.end());
  std::sort(edges.begin(), edges.end());
  std::vector<int> grid;
  for (const int edge : edges) {
    if (grid.empty() || edge - grid.back() > kSameEdge) grid.push_back(edge);
  }
  return grid;
}

// The grid column a cell starting at `edge` begins in.
int grid_column(const std::vector<int>& grid, int edge) {
  const auto after = std::upper_bound(grid.begin(), grid.end(), edge + kSameEdge);
  return std::max(0, static_cast<int>(after - grid.begin()) - 1);
}

class Assembler {
 public:
  Assembler(const std::vector<ParagraphRun>& paragraphs, const StyleSheet& styles, ListNumbering& numbering,
            std::vector<SourceParagraph>& out)
      : paragraphs_(paragraphs), styles_(styles), numbering_(numbering), out_(out) {}

  void character(char32_t c) { append_utf8(text_, c); }

  // A paragraph mark (or a line or page break): the paragraph ends, unless it is one inside a table cell,
  // whose paragraphs read as one value.
  void paragraph_end(std::uint32_t fc) {
    const ParagraphRun* run = run_at(paragraphs_, fc);
    if (run != nullptr && run->in_table) {
      if (!text_.empty()) text_ += ' ';
      return;
    }
    close_table();
    Block hints = heading_hints(run);
    // The label of an automatically numbered paragraph, as Word shows it (only a paragraph mark carries one).
    if (run != nullptr && run->list > 0 && !text_.empty()) {
      std::string label = numbering_.next_label(run->list, run->level);
      if (!label.empty()) {
        hints.numbering_label = label.back() == ' ' ? label.substr(0, label.size() - 1) : label;
        text_.insert(0, label);
      }
    }
    out_.push_back({std::move(text_), std::move(hints)});
    text_.clear();
  }

  // A cell mark ends a cell, or, in the paragraph that carries the TTP, the row.
  void cell_end(std::uint32_t fc) {
    const ParagraphRun* run = run_at(paragraphs_, fc);
    if (run != nullptr && run->row_end) {
      text_.clear();
      if (in_table_) {
        rows_.push_back({std::move(row_cells_), run->cell_edges});
        row_cells_.clear();
        ++row_, column_ = 0;
      }
      return;
    }
    if (!in_table_) in_table_ = true, row_ = 0, column_ = 0;
    Block hints;
    hints.kind = BlockKind::table_cell;
    hints.table = table_;
    hints.row = row_;
    hints.column = column_++;
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    row_cells_.push_back(out_.size());
    out_.push_back({std::move(text_), hints});
    text_.clear();
  }

  void finish() {
    close_table();
    if (!text_.empty()) out_.push_back({std::move(text_), {}});
    text_.clear();
  }

 private:
  // The heading level of the paragraph's style, or of its own outline level, as input.docx gives it.
  Block heading_hints(const ParagraphRun* run) const {
    Block hints;
    if (run == nullptr) return hints;
    hints.heading_level = styles_.heading_level(run->style);
    if (run->outline_level && *run->outline_level >= 0 && *run->outline_level < 9)
      hints.heading_level = *run->outline_level + 1;
    if (hints.heading_level) hints.kind = BlockKind::heading;
    return hints;
  }

  struct Row {
    std::vector<std::size_t> cells;  // indexes into out_
    std::vector<std::int16_t> edges;
  };

  void close_table() {
    if (!in_table_) return;
    place_cells_in_grid();
    rows_.clear();
    row_cells_.clear();
    in_table_ = false, ++table_;
  }

  // A cell's column is where its left boundary lies in the table's grid, so that a cell merged across
  // columns takes as many as it spans (as gridSpan does in input.docx). A row without boundaries keeps
  // its cells counted one by one.
  void place_cells_in_grid() {
    std::vector<std::vector<std::int16_t>> all_edges;
    for (const auto& row : rows_) all_edges.push_back(row.edges);
    const std::vector<int> grid = table_grid(all_edges);
    for (const auto& row : rows_) {
      if (row.edges.size() < 2) continue;
      int column = -1;
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const int at = i + 1 < row.edges.size() ? grid_column(grid, row.edges[i]) : column + 1;
        column = std::max(at, column + 1);
        out_[row.cells[i]].hints.column = column;
      }
    }
  }

  const std::vector<ParagraphRun>& paragraphs_;
  const StyleSheet& styles_;
  ListNumbering& numbering_;
  std::vector<SourceParagraph>& out_;
  std::string text_;
  bool in_table_ = false;
  int table_ = 0, row_ = 0, column_ = 0;
  std::vector<Row> rows_;               // the open table's rows
  std::vector<std::size_t> row_cells_;  // the open row's cells
};

}  // namespace

std::vector<SourceParagraph> main_text(const std::vector<Character>& characters, const std::vector<CharacterRun>& runs,
                                       const std::vector<ParagraphRun>& paragraphs, const StyleSheet& styles,
                                       ListNumbering& numbering, TextStats& stats) {
  std::vector<SourceParagraph> out;
  Assembler assembler(paragraphs, styles, numbering, out);
  // One entry per open field: true while its code is being read (before the separator).
  std::vector<bool> fields;
  const auto in_code = [&] {
    for (const bool code : fields) {
      if (code) return true;
    }
    return false;
  };
  for (const auto& [c, fc] : characters) {
    if (c == 0) continue;
    const CharacterRun* run = run_at(runs, fc);
    if (run != nullptr && run->deleted) {
      ++stats.deleted;
      continue;
    }
    if (c == kFieldBegin) {
      fields.push_back(true);
      ++stats.fields;
      continue;
    }
    if (c == kFieldSeparator) {
      if (!fields.empty()) fields.back() = false;
      continue;
    }
    if (c == kFieldEnd) {
      if (!fields.empty()) fields.pop_back();
      continue;
    }
    if (in_code()) continue;
    // Hidden text (a reviser's 原稿为5次 beside the figure) is not shown; the marks that end a paragraph, a cell or
    // a row still do, so that a hidden mark never joins a paragraph to the next or breaks a table.
    if (is_hidden(run, styles) && !ends_a_block(c)) {
      ++stats.hidden;
      continue;
    }
    if (run != nullptr && run->inserted) ++stats.inserted;
    switch (c) {
      case kParagraphMark:
      case kLineBreak:
      case kPageBreak:
        assembler.paragraph_end(fc);
        break;
      case kCellMark:
        assembler.cell_end(fc);
        break;
      case kTab:
        assembler.character(U' ');
        break;
      case kNonBreakingHyphen:
        assembler.character(U'-');
        break;
      case kOptionalHyphen:
        break;
      default:
        // Other controls are anchors of pictures, drawn objects, footnote and comment references.
        if (c >= 0x20) assembler.character(c);
    }
  }
  assembler.finish();
  return out;
}

}  // namespace docpipe::doc
