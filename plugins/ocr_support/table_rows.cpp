#include "table_rows.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>

#include "docpipe/layout_tables.hpp"
#include "docpipe/text.hpp"

namespace docpipe::ocr {

namespace {

// Two rows of figures under a header, at the least.
constexpr std::size_t kFewestFigureRows = 2;
constexpr std::size_t kFewestColumns = 2;
// A report's table has a handful of columns; a line parted into more pieces is no row (a ruler of dots, debris).
constexpr std::size_t kMostColumns = 12;
// The gap a header line leaves where the columns part, in line heights: its cells are centred over wider columns
// and sit closer than the figures (执法领域 | 立案数（件）, about one line height apart), but prose runs on with no
// more than a third of one between its characters.
constexpr double kHeaderGapInLines = 0.75;
// A header of two levels and a row or two whose cells sit close stand above the rows of figures, no more.
constexpr std::size_t kMostLinesAboveFigures = 4;

struct Piece {
  double left = 0, right = 0;
  std::string text;
};

double height_of(const TextLineWords& line) { return std::max(1.0, line.front().bottom - line.front().top); }

// A line's words parted at cell gaps, as lines_of_page parts a text layer's row.
std::vector<Piece> pieces_of(const TextLineWords& words) {
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const layout::Word& word = words[i];
    if (i == 0 || word.left - words[i - 1].right > layout::kCellGapInLines * height_of(words)) {
      pieces.push_back({word.left, word.right, {}});
    }
    pieces.back().right = std::max(pieces.back().right, word.right);
    pieces.back().text += word.text;
  }
  return pieces;
}

bool overlaps(const Piece& a, const Piece& b) { return a.left < b.right && b.left < a.right; }

// Whether `row` continues the columns of `above`: as many pieces, each overlapping the one above it.
bool continues_columns(const std::vector<Piece>& above, const std::vector<Piece>& row) {
  if (row.size() != above.size()) return false;
  for (std::size_t column = 0; column < row.size(); ++column) {
    if (!overlaps(row[column], above[column])) return false;
  }
  return true;
}

// Whether a row's pieces are a label and figures: 食品安全 | 94 | 61.30, 合计 | 286 | 158.42, 2024年 | 36件 | 12.5%.
bool is_figure_row(const std::vector<Piece>& row) {
  if (row.size() < kFewestColumns || row.size() > kMostColumns) return false;
  for (std::size_t column = 1; column < row.size(); ++column) {
    std::u32string visible;
    for (const char32_t c : decode_utf8(row[column].text)) {
      if (layout_tables::is_visible(c)) visible += c;
    }
    if (!layout_tables::holds_a_number(visible)) return false;
  }
  return true;
}

// The boundaries between the columns the rows [first, end) share: halfway across the gap between a column's widest
// extent and the next one's. Empty when two columns overlap.
ColumnCuts cuts_between(const std::vector<std::vector<Piece>>& pieces, std::size_t first, std::size_t end) {
  std::vector<Piece> bands = pieces[first];
  for (std::size_t row = first + 1; row < end; ++row) {
    for (std::size_t column = 0; column < bands.size(); ++column) {
      bands[column].left = std::min(bands[column].left, pieces[row][column].left);
      bands[column].right = std::max(bands[column].right, pieces[row][column].right);
    }
  }
  ColumnCuts cuts;
  for (std::size_t column = 0; column + 1 < bands.size(); ++column) {
    if (bands[column].right >= bands[column + 1].left) return {};
    cuts.push_back((bands[column].right + bands[column + 1].left) / 2);
  }
  return cuts;
}

bool is_quotation_mark(char32_t c) { return c == U'"' || c == U'“' || c == U'”'; }

// Where a word's text begins and ends, without a quotation mark Tesseract read into the gap before or after it
// (”2024 begins where 2024 does): the mark's share of the box, as one of the word's characters.
double text_left(const layout::Word& word) {
  const std::u32string text = decode_utf8(word.text);
  if (text.size() < 2 || !is_quotation_mark(text.front())) return word.left;
  return word.left + (word.right - word.left) / static_cast<double>(text.size());
}

double text_right(const layout::Word& word) {
  const std::u32string text = decode_utf8(word.text);
  if (text.size() < 2 || !is_quotation_mark(text.back())) return word.right;
  return word.right - (word.right - word.left) / static_cast<double>(text.size());
}

double left_of(const TextLineWords& words) {
  double left = text_left(words.front());
  for (const auto& word : words) left = std::min(left, text_left(word));
  return left;
}

double right_of(const TextLineWords& words) {
  double right = text_right(words.front());
  for (const auto& word : words) right = std::max(right, text_right(word));
  return right;
}

// Whether a word shows a character, a letter or a figure: not a bar left of a rule, nor a quotation mark Tesseract
// reads into the gap between two cells.
bool shows_text(const layout::Word& word) {
  for (const char32_t c : decode_utf8(word.text)) {
    if (c >= 0x3400 || (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z')) return true;
  }
  return false;
}

// Whether `line` lies in columns parted at `cuts`: words in every column, and a clear gap between the columns'
// words (a word belongs to the column its middle falls in). A header's cells (执法领域 | 立案数（件）) sit closer than
// the figures under them, and so do the cells of a row whose label runs long; prose runs on across the cuts.
bool lies_in_columns(const TextLineWords& line, const ColumnCuts& cuts) {
  TextLineWords words;
  std::copy_if(line.begin(), line.end(), std::back_inserter(words), shows_text);
  if (words.empty()) return false;
  const std::vector<TextLineWords> cells = cells_of(words, cuts);
  const double gap = kHeaderGapInLines * height_of(words);
  for (std::size_t column = 0; column < cells.size(); ++column) {
    if (cells[column].empty()) return false;
    if (column > 0 && left_of(cells[column]) - right_of(cells[column - 1]) < gap) return false;
  }
  return true;
}

}  // namespace

std::vector<TextLineWords> cells_of(const TextLineWords& line, const ColumnCuts& cuts) {
  std::vector<TextLineWords> cells(cuts.size() + 1);
  for (const layout::Word& word : line) {
    const double middle = (word.left + word.right) / 2;
    const auto column = static_cast<std::size_t>(std::upper_bound(cuts.begin(), cuts.end(), middle) - cuts.begin());
    cells[column].push_back(word);
  }
  return cells;
}

std::vector<ColumnCuts> table_cuts(const std::vector<TextLineWords>& lines) {
  std::vector<std::vector<Piece>> pieces;
  pieces.reserve(lines.size());
  for (const auto& line : lines) pieces.push_back(line.empty() ? std::vector<Piece>{} : pieces_of(line));
  std::vector<ColumnCuts> cuts(lines.size());
  for (std::size_t first = 0; first < lines.size();) {
    if (!is_figure_row(pieces[first])) {
      ++first;
      continue;
    }
    std::size_t end = first + 1;
    while (end < lines.size() && is_figure_row(pieces[end]) && continues_columns(pieces[end - 1], pieces[end])) ++end;
    const ColumnCuts columns = end - first >= kFewestFigureRows ? cuts_between(pieces, first, end) : ColumnCuts{};
    if (columns.empty()) {
      first = end;
      continue;
    }
    // The header above the figures, and rows whose cells sit closer than the figures' gaps (行政复议受理118 142).
    std::size_t top = first;
    while (top > 0 && top + kMostLinesAboveFigures > first && cuts[top - 1].empty() &&
           lies_in_columns(lines[top - 1], columns)) {
      --top;
    }
    while (end < lines.size() && lies_in_columns(lines[end], columns)) ++end;
    if (top < first) {  // a header: no table without one
      std::fill(cuts.begin() + static_cast<std::ptrdiff_t>(top), cuts.begin() + static_cast<std::ptrdiff_t>(end),
                columns);
    }
    first = end;
  }
  return cuts;
}

}  // namespace docpipe::ocr
