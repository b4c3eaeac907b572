#include "cell_gaps.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace docpipe::pdf {

namespace {

using layout::Line;
using layout::Word;

// A gap this wide (in line heights) parts a row's cells when a cell gap of another row runs through it: wider than
// justified Chinese spreads its characters or a Latin space, narrower than the cell gap lines_of_page parts rows at.
constexpr double kAlignedCellGapInLines = 0.75;

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

// The gaps between a row's words wider than `share` of its line height.
void add_gaps(const std::vector<Word>& row, double share, std::vector<Gap>& out) {
  const double height = line_height(row);
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row[i].left - row[i - 1].right > share * height) out.push_back({row[i - 1].right, row[i].left});
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

}  // namespace

std::vector<Line> lines_with_aligned_cells(std::vector<Word> words, int page) {
  std::vector<std::vector<Word>> rows = word_rows(std::move(words));
  std::vector<Gap> cell_gaps;
  for (const auto& row : rows) add_gaps(row, layout::kCellGapInLines, cell_gaps);
  std::sort(cell_gaps.begin(), cell_gaps.end(), [](const Gap& a, const Gap& b) { return a.left < b.left; });
  std::vector<double> reach;
  reach.reserve(cell_gaps.size());
  for (const Gap& gap : cell_gaps) reach.push_back(std::max(gap.right, reach.empty() ? gap.right : reach.back()));

  std::vector<Line> lines;
  const auto add_piece = [&](std::vector<Word> piece) {
    auto piece_lines = layout::lines_of_page(std::move(piece), page);
    lines.insert(lines.end(), std::make_move_iterator(piece_lines.begin()), std::make_move_iterator(piece_lines.end()));
  };
  for (auto& row : rows) {
    const double height = line_height(row);
    const bool page_number = reads_as_a_page_number(row);
    std::vector<Word> piece;
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0 && !page_number) {
        const Gap gap{row[i - 1].right, row[i].left};
        const double width = gap.right - gap.left;
        if (width > kAlignedCellGapInLines * height && width <= layout::kCellGapInLines * height &&
            crosses_a_cell_gap(gap, cell_gaps, reach)) {
          add_piece(std::move(piece));
          piece.clear();
        }
      }
      piece.push_back(std::move(row[i]));
    }
    add_piece(std::move(piece));
  }
  return lines;
}

}  // namespace docpipe::pdf
