#include "cell_gaps.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <string>

#include "spaced_rows.hpp"

namespace docpipe::pdf {

namespace {

using layout::Line;
using layout::Word;

// A gap this wide (in line heights) parts a row's cells when a cell gap of another row runs through it: wider than
// justified Chinese spreads its characters or a Latin space, narrower than the cell gap lines_of_page parts rows at.
constexpr double kAlignedCellGapInLines = 0.75;
// A table set narrow (its columns fitted to what they hold, as LibreOffice and Word set a small table) leaves only
// the cells' padding between them: 6 pt at 12 pt type, some 0.4 of a line height, where a Latin space or the space
// set between Chinese and a number is 0.15. A gap this wide parts a row where the rows around it leave one too, so
// that the white of a column's boundary runs down through them (行政处罚 | 46, 1 | 5 | 0 | 5).
constexpr double kPaddedCellGapInLines = 0.3;
// The rows around a row (either side) that a column's boundary is looked for in, and how many of them it must run
// through: a table's rows, a cell's wrapped line or two between them.
constexpr std::size_t kColumnReachInRows = 3;
constexpr std::size_t kColumnRunsThroughRows = 2;
// A row parted into this many cells is a table's, and only the columns of such rows part a row of fewer: a numbered
// list with a tab after its numbers (1. | 加强…) lines up one boundary; a table of three columns or more lines up two.
// A two-column table set narrow lines up one as well, but what stands right of it is a column of figures (受理 |
// 1,286), where a list's text follows its numbers: a row whose padded gap opens a bare figure, with such gaps of the
// rows around running down through it, is a table's too.
constexpr std::size_t kCellsOfAPaddedRow = 3;
// Two figures this far apart (in line heights) on one line are two, whatever else parts them or not: wider than a
// font's own spacing between the digits of one number, set apart by poppler as two words.
constexpr double kFiguresApartInLines = 0.2;

struct Gap {
  double left = 0, right = 0;
};

// The words in rows as lines_of_page groups them (layout::rows_of), moved out of `words`.
std::vector<std::vector<Word>> word_rows(std::vector<Word> words) {
  std::vector<std::vector<Word>> rows;
  for (const auto& indexes : layout::rows_of(words)) {
    auto& row = rows.emplace_back();
    row.reserve(indexes.size());
    for (const std::size_t i : indexes) row.push_back(std::move(words[i]));
    join_list_label(row);
  }
  return rows;
}

// A page number (— 1 —, 第3页 共5页) under a table: its dashes are set apart by more than a cell's gap may be, yet it
// is one line, which the furniture pass must see whole to set it aside.
bool reads_as_a_page_number(const std::vector<Word>& row) {
  std::string text;
  for (const Word& word : row) text += (text.empty() ? "" : " ") + word.text;
  return layout::is_page_number(text);
}

double line_height(const std::vector<Word>& row) { return std::max(1.0, row.front().bottom - row.front().top); }

// The gaps between a row's words wider than `share` of its line height; of a spread row (spaced_rows.hpp), only
// those wider than its own spacing: the white between its characters is no column's.
void add_gaps(const std::vector<Word>& row, const RowSpacing& spacing, double share, std::vector<Gap>& out) {
  const double height = line_height(row);
  for (std::size_t i = 1; i < row.size(); ++i) {
    const double width = row[i].left - row[i - 1].right;
    if (spacing.spread && !parts_a_spread_row(width, spacing)) continue;
    if (width > share * height) out.push_back({row[i - 1].right, row[i].left});
  }
}

// A table cell's figure as a text layer holds it, one word: digits, grouped and with a decimal part (1,286, 3.6),
// or a percentage (97.5%). A figure with its unit (286件) is prose's, and a year over a column (2024年) a header.
bool is_bare_figure(const std::string& text) {
  if (text.empty() || text.front() < '0' || text.front() > '9') return false;
  const std::size_t end = text.back() == '%' ? text.size() - 1 : text.size();
  for (std::size_t i = 0; i < end; ++i) {
    const char c = text[i];
    if (!((c >= '0' && c <= '9') || c == ',' || c == '.')) return false;
  }
  return text[end - 1] >= '0' && text[end - 1] <= '9';
}

// The gaps of a row wider than a cell's padding that open a bare figure: the left edges of a column of figures.
void add_figure_gaps(const std::vector<Word>& row, const RowSpacing& spacing, std::vector<Gap>& out) {
  if (spacing.spread) return;  // a spread row's white is its own spacing
  const double height = line_height(row);
  for (std::size_t i = 1; i < row.size(); ++i) {
    const double width = row[i].left - row[i - 1].right;
    if (width > kPaddedCellGapInLines * height && is_bare_figure(row[i].text))
      out.push_back({row[i - 1].right, row[i].left});
  }
}

// Whether some cell gap overlaps [left, right]: `gaps` sorted by their left edges, `reach` the rightmost right edge
// of each prefix. A row's own gaps never overlap each other, so a gap found is another row's.
bool crosses_a_cell_gap(const Gap& gap, const std::vector<Gap>& gaps, const std::vector<double>& reach) {
  const auto after =
      std::lower_bound(gaps.begin(), gaps.end(), gap.right, [](const Gap& g, double x) { return g.left < x; });
  if (after == gaps.begin()) return false;
  return reach[static_cast<std::size_t>(std::distance(gaps.begin(), after)) - 1] > gap.left;
}

// Whether one of a row's gaps (left to right, apart) overlaps `gap`.
bool overlaps_one_of(const Gap& gap, const std::vector<Gap>& row_gaps) {
  const auto at =
      std::upper_bound(row_gaps.begin(), row_gaps.end(), gap.left, [](double x, const Gap& g) { return x < g.right; });
  return at != row_gaps.end() && at->left < gap.right;
}

// The gaps of a page's rows wider than a cell's padding (and the white left of each row's first word), and the rows
// that are a table's for sure: parted at them into three cells or more.
struct PaddedGaps {
  std::vector<std::vector<Gap>> of_row;
  std::vector<bool> in_a_table;
};

// Whether a column's boundary runs down through `gap` of row `row`: enough rows around it leave a padded gap that
// overlaps it, among all rows, or only among a table's rows.
bool runs_down_a_column(const Gap& gap, std::size_t row, const PaddedGaps& padded, bool table_rows_only) {
  const std::size_t first = row >= kColumnReachInRows ? row - kColumnReachInRows : 0;
  const std::size_t end = std::min(padded.of_row.size(), row + kColumnReachInRows + 1);
  std::size_t through = 0;
  for (std::size_t other = first; other < end; ++other) {
    if (other == row || (table_rows_only && !padded.in_a_table[other])) continue;
    if (overlaps_one_of(gap, padded.of_row[other])) ++through;
  }
  return through >= kColumnRunsThroughRows;
}

bool ends_with_a_digit(const std::string& text) { return !text.empty() && text.back() >= '0' && text.back() <= '9'; }
bool starts_with_a_digit(const std::string& text) {
  return !text.empty() && text.front() >= '0' && text.front() <= '9';
}

// Gives the space of a Latin word to a figure set apart from the figure after it (cells of a table that nothing
// else parts, 1 | 5 | 0 | 5): lines_of_page then keeps them two numbers, never 1505.
void keep_figures_apart(std::vector<Word>& piece) {
  for (std::size_t i = 1; i < piece.size(); ++i) {
    Word& before = piece[i - 1];
    const double height = std::max(1.0, before.bottom - before.top);
    if (piece[i].left - before.right > kFiguresApartInLines * height && ends_with_a_digit(before.text) &&
        starts_with_a_digit(piece[i].text)) {
      before.space_after = true;
    }
  }
}

// Where a row is parted into cells beyond lines_of_page's own cell gaps: the words that open a cell.
struct CellStarts {
  std::vector<bool> at;   // by word
  std::size_t cells = 1;  // counting lines_of_page's
  bool spread = false;    // a spread row: its pieces are parted here alone, lines_of_page keeps each together
};

// At gaps over three quarters of a line that a cell gap of another row runs through, and at gaps of a cell's padding
// that a column runs down through. `table_rows_only`: the column is looked for among the rows of tables alone.
// A spread row is parted only at gaps wider than its own spacing.
CellStarts cell_starts(const std::vector<Word>& row, const RowSpacing& spacing, std::size_t index,
                       const std::vector<Gap>& cell_gaps, const std::vector<double>& reach, const PaddedGaps& padded,
                       bool table_rows_only) {
  CellStarts starts{std::vector<bool>(row.size(), false), 1, spacing.spread};
  if (reads_as_a_page_number(row)) return starts;
  const double height = line_height(row);
  for (std::size_t i = 1; i < row.size(); ++i) {
    const Gap gap{row[i - 1].right, row[i].left};
    const double width = gap.right - gap.left;
    if (spacing.spread && !parts_a_spread_row(width, spacing)) {
      // A table's row under a document grid is spread like every line, and its row number stands closer to the
      // label than the spread's own parting gap (3 | 医疗机构及医疗卫, the label stretched over its cell): parted
      // where the serial column's boundary runs, a cell gap of another row (1 | 公共场所卫生) crossing it or, on a
      // page whose padding gaps tell columns, the white of the rows around running down through it.
      if (i == 1 && opens_with_a_row_number(row, spacing) && width > kPaddedCellGapInLines * height &&
          (crosses_a_cell_gap(gap, cell_gaps, reach) || runs_down_a_column(gap, index, padded, table_rows_only))) {
        starts.at[i] = true;
        ++starts.cells;
      }
      continue;
    }
    if (width > layout::kCellGapInLines * height) {
      starts.at[i] = spacing.spread;
      ++starts.cells;
    } else if ((width > kAlignedCellGapInLines * height && crosses_a_cell_gap(gap, cell_gaps, reach)) ||
               (width > kPaddedCellGapInLines * height && runs_down_a_column(gap, index, padded, table_rows_only))) {
      starts.at[i] = true;
      ++starts.cells;
    }
  }
  return starts;
}

// Whether a page's text layer sets its words unevenly apart, as a scanner's invisible OCR layer does: half its rows
// of prose (with a comma or a full stop) or more leave a gap of a cell's padding somewhere, where a typeset page's
// prose leaves none. No column can be told from such gaps.
bool spaced_unevenly(const std::vector<std::vector<Word>>& rows, const std::vector<RowSpacing>& spacing,
                     const PaddedGaps& padded) {
  constexpr std::size_t kFewestProseRows = 4;
  std::size_t prose = 0, gapped = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const bool of_prose = std::any_of(rows[r].begin(), rows[r].end(), [](const Word& word) {
      return word.text.find("，") != std::string::npos || word.text.find("。") != std::string::npos;
    });
    if (!of_prose) continue;
    ++prose;
    // Beyond the white left of its first word; a spread row's characters, a grid's, stand a padding apart.
    gapped += padded.of_row[r].size() > 1 ||
              (spacing[r].spread && spacing[r].typical_gap > kPaddedCellGapInLines * spacing[r].line_height);
  }
  return prose >= kFewestProseRows && gapped * 2 >= prose;
}

}  // namespace

std::vector<Line> lines_with_aligned_cells(std::vector<Word> words, int page) {
  std::vector<std::vector<Word>> rows = word_rows(std::move(words));
  std::vector<Gap> cell_gaps;
  PaddedGaps padded{std::vector<std::vector<Gap>>(rows.size()), std::vector<bool>(rows.size(), false)};
  std::vector<RowSpacing> spacing;
  spacing.reserve(rows.size());
  const ColumnEdges column = column_edges(rows);
  for (const auto& row : rows) spacing.push_back(spacing_of(row, &column));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    add_gaps(rows[r], spacing[r], layout::kCellGapInLines, cell_gaps);
    // Left of its first word a row is white too: the first cells of a row may be empty, under a cell merged down
    // beside it (行政复议 over 收案 | 审结 | 纠错), and the column's boundary runs on through them.
    padded.of_row[r].push_back({std::numeric_limits<double>::lowest(), rows[r].front().left});
    add_gaps(rows[r], spacing[r], kPaddedCellGapInLines, padded.of_row[r]);
  }
  const bool padded_gaps_unusable = spaced_unevenly(rows, spacing, padded);
  if (padded_gaps_unusable) {
    for (auto& row_gaps : padded.of_row) row_gaps.clear();
  }
  std::sort(cell_gaps.begin(), cell_gaps.end(), [](const Gap& a, const Gap& b) { return a.left < b.left; });
  std::vector<double> reach;
  reach.reserve(cell_gaps.size());
  for (const Gap& gap : cell_gaps) reach.push_back(std::max(gap.right, reach.empty() ? gap.right : reach.back()));

  // The left edges of columns of figures, each row's (a two-column table's rows: 受理 | 1,286).
  PaddedGaps figure_gaps{std::vector<std::vector<Gap>>(rows.size()), {}};
  if (!padded_gaps_unusable) {
    for (std::size_t r = 0; r < rows.size(); ++r) add_figure_gaps(rows[r], spacing[r], figure_gaps.of_row[r]);
  }
  const auto opens_a_column_of_figures = [&](std::size_t r) {
    return std::any_of(figure_gaps.of_row[r].begin(), figure_gaps.of_row[r].end(),
                       [&](const Gap& gap) { return runs_down_a_column(gap, r, figure_gaps, false); });
  };

  // A row parted into three cells or more is a table's, and so is one whose figure opens a column of figures; a row
  // of neither is parted only where the columns of such rows run through it (a header over two of their columns,
  // 行政复议（件） | 行政诉讼（件）, or over a column of figures, 事项 | 数量), never by a column of rows like itself
  // (a numbered list's tab).
  std::vector<CellStarts> starts;
  starts.reserve(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    starts.push_back(cell_starts(rows[r], spacing[r], r, cell_gaps, reach, padded, false));
    padded.in_a_table[r] = starts.back().cells >= kCellsOfAPaddedRow || opens_a_column_of_figures(r);
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (!padded.in_a_table[r]) starts[r] = cell_starts(rows[r], spacing[r], r, cell_gaps, reach, padded, true);
  }

  std::vector<Line> lines;
  const auto add_piece = [&](std::vector<Word> piece, bool spread) {
    keep_figures_apart(piece);
    auto piece_lines =
        layout::lines_of_page(std::move(piece), page, spread ? layout::Cells::keep_together : layout::Cells::split);
    lines.insert(lines.end(), std::make_move_iterator(piece_lines.begin()), std::make_move_iterator(piece_lines.end()));
  };
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<Word> piece;
    for (std::size_t i = 0; i < rows[r].size(); ++i) {
      if (starts[r].at[i]) {
        add_piece(std::move(piece), starts[r].spread);
        piece.clear();
      }
      piece.push_back(std::move(rows[r][i]));
    }
    add_piece(std::move(piece), starts[r].spread);
  }
  return lines;
}

}  // namespace docpipe::pdf
