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

std::u32string visible_text(const std::string& text) {
  std::u32string visible;
  for (const char32_t c : decode_utf8(text)) {
    if (layout_tables::is_visible(c)) visible += c;
  }
  return visible;
}

// A cell that says it has no figure: a dash or a slash (— as chi_sim reads it: —, -, 一, _), one or two of them.
bool is_placeholder(std::u32string_view visible) {
  constexpr std::size_t kLongestPlaceholder = 2;
  return !visible.empty() && visible.size() <= kLongestPlaceholder &&
         visible.find_first_not_of(U"—–-－一_/／") == std::u32string_view::npos;
}

// Whether the pieces after a row's label are its figures: a number each (94, 61.30, 36件, 12.5%) or a placeholder
// for none (—, /), one number at least.
bool holds_figures(const std::vector<Piece>& row) {
  bool number = false;
  for (std::size_t column = 1; column < row.size(); ++column) {
    const std::u32string visible = visible_text(row[column].text);
    if (layout_tables::holds_a_number(visible)) {
      number = true;
    } else if (!is_placeholder(visible)) {
      return false;
    }
  }
  return number;
}

// Whether a row's pieces are a label and figures: 食品安全 | 94 | 61.30, 合计 | 286 | 158.42, 2024年 | 36件 | 12.5%,
// 特种设备 | 22 | — | 9.60.
bool is_figure_row(const std::vector<Piece>& row) {
  return row.size() >= kFewestColumns && row.size() <= kMostColumns && holds_figures(row);
}

// Whether `row` is a row of the columns of `full` (a row of figures that fills them all) with a cell left empty: a
// label over the first, and figures each over one column of its own, left to right (药品监管 | 37 | 35 | , its
// fines unreported).
bool fills_some_columns(const std::vector<Piece>& row, const std::vector<Piece>& full) {
  if (row.size() < kFewestColumns || row.size() >= full.size() || !holds_figures(row)) return false;
  std::size_t next_column = 0;
  for (const Piece& piece : row) {
    std::size_t under = full.size();
    for (std::size_t column = next_column; column < full.size(); ++column) {
      if (!overlaps(piece, full[column])) continue;
      if (under != full.size()) return false;  // over two columns
      under = column;
    }
    if (under == full.size() || (next_column == 0 && under != 0)) return false;
    next_column = under + 1;
  }
  return true;
}

// The columns the rows `full` fill: each column's widest extent.
std::vector<Piece> bands_of(const std::vector<std::vector<Piece>>& pieces, const std::vector<std::size_t>& full) {
  std::vector<Piece> bands = pieces[full.front()];
  for (const std::size_t row : full) {
    for (std::size_t column = 0; column < bands.size(); ++column) {
      bands[column].left = std::min(bands[column].left, pieces[row][column].left);
      bands[column].right = std::max(bands[column].right, pieces[row][column].right);
    }
  }
  return bands;
}

// The boundaries between the columns `bands`: halfway across the gap between a column's widest extent and the next
// one's. Empty when two columns overlap.
ColumnCuts cuts_between(const std::vector<Piece>& bands) {
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

// Whether `line` is a row of figures in the columns parted at `cuts` with a cell left empty: a label in the first
// column, a figure or a placeholder in each other column it fills, two columns at the least and not all, a clear gap
// between the cells (药品监管 | 37 | 35 | , under 执法领域 | 立案数 | 结案数 | 罚没款). Prose runs on across the cuts.
bool lies_in_some_columns(const TextLineWords& line, const ColumnCuts& cuts) {
  TextLineWords words;
  std::copy_if(line.begin(), line.end(), std::back_inserter(words), shows_text);
  if (words.empty()) return false;
  const std::vector<TextLineWords> cells = cells_of(words, cuts);
  if (cells.front().empty()) return false;
  const double gap = kHeaderGapInLines * height_of(words);
  std::vector<Piece> row;
  for (std::size_t column = 0; column < cells.size(); ++column) {
    if (cells[column].empty()) continue;
    if (!row.empty() && left_of(cells[column]) - row.back().right < gap) return false;
    std::string text;
    for (const auto& word : cells[column]) text += word.text;
    row.push_back({left_of(cells[column]), right_of(cells[column]), std::move(text)});
  }
  return row.size() >= kFewestColumns && row.size() < cells.size() && holds_figures(row);
}

// A header line's cells where they part at clear gaps (kHeaderGapInLines): a cell over two columns or more (行政复议
// （件） over 受理 | 办结) stays whole, for the table layout to place over the columns it spans.
ColumnCuts own_cuts(const TextLineWords& line) {
  TextLineWords words;
  std::copy_if(line.begin(), line.end(), std::back_inserter(words), shows_text);
  ColumnCuts cuts;
  if (words.empty()) return cuts;
  const double gap = kHeaderGapInLines * height_of(words);
  for (std::size_t i = 1; i < words.size(); ++i) {
    const double left = text_left(words[i]), right = text_right(words[i - 1]);
    if (left - right >= gap) cuts.push_back((left + right) / 2);
  }
  return cuts;
}

// Whether `line` is a header line over the table's columns `bands` that leaves some of them empty or spans two: the
// first line of a header of two levels (行政复议（件） | 行政诉讼（件）, each over two columns), or its second under a
// cell merged down (受理 | 办结 | 应诉 | 败诉 beside 年度). Two cells or more, parted at clear gaps, within the
// table's width, each over a column, with no sentence punctuation: a caption or a lead-in runs on as one.
bool spans_the_columns(const TextLineWords& line, const std::vector<Piece>& bands) {
  const ColumnCuts cuts = own_cuts(line);
  if (cuts.empty() || cuts.size() + 1 > bands.size()) return false;
  const double slack = height_of(line);
  for (const auto& cell : cells_of(line, cuts)) {
    TextLineWords words;
    std::copy_if(cell.begin(), cell.end(), std::back_inserter(words), shows_text);
    if (words.empty()) return false;
    const Piece piece{left_of(words), right_of(words), {}};
    if (piece.left < bands.front().left - slack || piece.right > bands.back().right + slack) return false;
    if (std::none_of(bands.begin(), bands.end(), [&](const Piece& band) { return overlaps(piece, band); })) {
      return false;
    }
    for (const auto& word : words) {
      for (const char32_t c : decode_utf8(word.text)) {
        if (std::u32string_view(U"。，；：,;").find(c) != std::u32string_view::npos) return false;
      }
    }
  }
  return true;
}

bool is_chinese(char32_t c) { return c >= 0x3400 && c < 0xA000; }

// Where the figure glued to a row's label begins in `text` (2022年21, 食品安全94): the trailing digits (with . and %)
// after a label that ends in a Chinese character or a closing bracket; npos when the word is no such pair.
std::size_t glued_figure_at(const std::u32string& text) {
  std::size_t at = text.size();
  while (at > 0 && ((text[at - 1] >= U'0' && text[at - 1] <= U'9') || text[at - 1] == U'.' || text[at - 1] == U'%'))
    --at;
  if (at == 0 || at == text.size() || text[at] < U'0' || text[at] > U'9') return std::u32string::npos;
  const char32_t before = text[at - 1];
  if (!is_chinese(before) && before != U'）' && before != U')') return std::u32string::npos;
  if (!layout_tables::holds_a_number(std::u32string_view(text).substr(at))) return std::u32string::npos;
  return at;
}

// How wide a label is set: a Chinese character a line height, a digit or a Latin letter half of one.
double label_width(std::u32string_view text, double height) {
  double width = 0;
  for (const char32_t c : text) width += c < 0x2E80 ? 0.5 * height : height;
  return width;
}

// A line's pieces parted at a header's gaps (kHeaderGapInLines), figures' cells and a header's alike.
std::vector<Piece> cells_apart(const TextLineWords& words) {
  std::vector<Piece> pieces;
  const double gap = kHeaderGapInLines * height_of(words);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i == 0 || words[i].left - words[i - 1].right >= gap) pieces.push_back({words[i].left, words[i].right, {}});
    pieces.back().right = std::max(pieces.back().right, words[i].right);
  }
  return pieces;
}

}  // namespace

void part_labels_glued_to_figures(std::vector<TextLineWords>& lines) {
  std::vector<std::vector<Piece>> apart;
  apart.reserve(lines.size());
  for (const auto& line : lines) apart.push_back(line.empty() ? std::vector<Piece>{} : cells_apart(line));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    TextLineWords& line = lines[i];
    if (line.empty()) continue;
    const std::vector<Piece> pieces = pieces_of(line);
    if (pieces.size() < kFewestColumns || pieces.size() >= kMostColumns || !holds_figures(pieces)) continue;
    // The first piece's last word: the label and the first figure, which Tesseract read as one word.
    const auto last_of_label = std::find_if(
        line.begin(), line.end(), [&](const layout::Word& word) { return word.right >= pieces.front().right; });
    const std::u32string text = decode_utf8(last_of_label->text);
    const std::size_t figure_at = glued_figure_at(text);
    if (figure_at == std::u32string::npos) continue;
    // The figure's box from the word's right end, its digits half a character wide each; the label's from its left.
    const double height = height_of(line);
    const double figure_left = std::max(
        last_of_label->left, last_of_label->right - 0.5 * height * static_cast<double>(text.size() - figure_at));
    const Piece figure{figure_left, last_of_label->right, {}};
    // A line near it, a row or the header, has one cell more, its second over the figure: the label's column ends
    // before it.
    const std::size_t from = i >= kMostLinesAboveFigures ? i - kMostLinesAboveFigures : 0;
    const std::size_t to = std::min(lines.size(), i + 2);
    bool columns_agree = false;
    for (std::size_t k = from; k < to && !columns_agree; ++k) {
      const std::vector<Piece>& other = apart[k];
      columns_agree = k != i && other.size() == pieces.size() + 1 && overlaps(other[1], figure) &&
                      other[0].right < figure.left && overlaps(other[0], pieces.front());
    }
    if (!columns_agree) continue;
    // The label's box ends a cell's gap before the figure at the latest, so that the row parts there as its
    // neighbours do (pieces_of); where the word is too short for that, it stays whole.
    layout::Word label = *last_of_label;
    label.text = encode_utf8(text.substr(0, figure_at));
    label.right = std::min(figure_left - (layout::kCellGapInLines + 0.01) * height,
                           label.left + label_width(std::u32string_view(text).substr(0, figure_at), height));
    if (label.right <= label.left) continue;
    label.space_after = true;
    layout::Word number = *last_of_label;
    number.text = encode_utf8(text.substr(figure_at));
    number.left = figure_left;
    *last_of_label = std::move(number);
    line.insert(last_of_label, std::move(label));
  }
}

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
    // The rows of figures: those that fill the columns, and rows between them with a cell left empty.
    std::vector<std::size_t> full{first};
    std::size_t end = first + 1;
    while (end < lines.size()) {
      const std::vector<Piece>& last_full = pieces[full.back()];
      if (is_figure_row(pieces[end]) && continues_columns(last_full, pieces[end])) {
        full.push_back(end);
      } else if (!fills_some_columns(pieces[end], last_full)) {
        break;
      }
      ++end;
    }
    const std::vector<Piece> bands = bands_of(pieces, full);
    const ColumnCuts columns = end - first >= kFewestFigureRows ? cuts_between(bands) : ColumnCuts{};
    if (columns.empty()) {
      first = end;
      continue;
    }
    // Above the figures: rows with a cell left empty, then the header, of one line or two, and rows whose cells
    // sit closer than the figures' gaps (行政复议受理118 142).
    std::size_t top = first;
    bool header = false;
    std::vector<ColumnCuts> header_cuts;  // top-down from `top`, the cuts of each line above `first`
    while (top > 0 && top + kMostLinesAboveFigures > first && cuts[top - 1].empty()) {
      const TextLineWords& line = lines[top - 1];
      if (!header && lies_in_some_columns(line, columns)) {
        header_cuts.insert(header_cuts.begin(), columns);
      } else if (lies_in_columns(line, columns)) {
        header = true;
        header_cuts.insert(header_cuts.begin(), columns);
      } else if (spans_the_columns(line, bands)) {
        header = true;
        header_cuts.insert(header_cuts.begin(), own_cuts(line));
      } else {
        break;
      }
      --top;
    }
    while (end < lines.size() && (lies_in_columns(lines[end], columns) || lies_in_some_columns(lines[end], columns))) {
      ++end;
    }
    if (header) {  // no table without one
      std::copy(header_cuts.begin(), header_cuts.end(), cuts.begin() + static_cast<std::ptrdiff_t>(top));
      std::fill(cuts.begin() + static_cast<std::ptrdiff_t>(first), cuts.begin() + static_cast<std::ptrdiff_t>(end),
                columns);
    }
    first = end;
  }
  return cuts;
}

}  // namespace docpipe::ocr
