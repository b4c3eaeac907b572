#include "table_layout.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>

#include "docpipe/layout_tables.hpp"
#include "docpipe/text.hpp"

namespace docpipe::pdf {

namespace {

using layout::Line;

// Caps that keep a hostile page's cost linear (every line is looked at a bounded number of times): a report's
// table has a handful of columns, a cell a few lines, and at most a category row or two (行政执法类) between
// rows that fill several columns.
constexpr std::size_t kMaxColumns = 32;
constexpr std::size_t kMaxLinesPerRow = 12;
constexpr std::size_t kMaxPendingRows = 4;
constexpr std::size_t kMaxLookBack = 3;
// The rows of a header a table repeats at the top of each page it runs over: two for a header of two levels.
constexpr std::size_t kHeaderRows = 2;
// A line this close under a row (in line heights) continues a cell wrapped inside the row (法律援助 / 案件), while
// the table shows no gap between its rows yet...
constexpr double kWrapGapInLines = 0.35;
// ... and, once it does, closer than this share of the narrowest gap between two rows: a cell's own lines sit
// closer together than the rows, which the cell padding and the rule between them part.
constexpr double kWrapShareOfRowGap = 0.6;
// Rows set single-spaced (Word's and WPS's default in a table) overlap by a sliver of their glyph boxes, a line's
// box being taller than the pitch: that is no line set beside the row's others, which overlaps by far more.
constexpr double kSliverOfALine = 0.25;
// Lines in one type size differ in height by at most this share (a header's two levels); the sizes a report sets a
// table in stand further apart from the body's (小四 12 pt, 五号 10.5 pt under 三号 16 pt).
constexpr double kTypeSizeTolerance = 0.1;

// The pieces the row assembly put side by side on one line of a page: lines [first, end).
struct PageRow {
  std::size_t first = 0, end = 0;
  int page = 0;
  double top = 0, bottom = 0;

  std::size_t pieces() const { return end - first; }
  double height() const { return std::max(1.0, bottom - top); }
};

std::vector<PageRow> page_rows_of(const std::vector<Line>& lines) {
  std::vector<PageRow> rows;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (!rows.empty()) {
      PageRow& row = rows.back();
      const Line& first = lines[row.first];
      const double middle = (line.top + line.bottom) / 2;
      // As lines_of_page groups words: the middle within the row's first piece, and right of the piece before.
      if (line.page == row.page && line.left >= lines[i - 1].right && middle >= first.top && middle <= first.bottom) {
        row.end = i + 1;
        row.top = std::min(row.top, line.top);
        row.bottom = std::max(row.bottom, line.bottom);
        continue;
      }
    }
    rows.push_back({i, i + 1, line.page, line.top, line.bottom});
  }
  return rows;
}

// The table's columns as the x-extents of what they hold, left to right and apart; a piece of a row belongs to the
// band it overlaps. A band only widens by pieces that overlap it alone, so bands never come to overlap.
class ColumnBands {
 public:
  static constexpr int kNone = -1;

  // The band [left, right] overlaps, kNone for none; `across` when it overlaps more than one.
  int place(double left, double right, bool* across = nullptr) const {
    const auto at =
        std::upper_bound(bands_.begin(), bands_.end(), left, [](double x, const Band& band) { return x < band.right; });
    if (at == bands_.end() || at->left >= right) return kNone;
    if (across != nullptr) *across = std::next(at) != bands_.end() && std::next(at)->left < right;
    return static_cast<int>(at - bands_.begin());
  }
  void widen(int band, double left, double right) {
    Band& b = bands_[static_cast<std::size_t>(band)];
    b.left = std::min(b.left, left);
    b.right = std::max(b.right, right);
  }
  // The band left of the gap between two bands that [left, right] lies in; kNone when it lies in no such gap.
  int left_of_the_gap(double left, double right) const {
    const auto after =
        std::upper_bound(bands_.begin(), bands_.end(), left, [](double x, const Band& band) { return x < band.left; });
    if (after == bands_.begin() || after == bands_.end()) return kNone;
    if (std::prev(after)->right > left || after->left < right) return kNone;
    return static_cast<int>(std::prev(after) - bands_.begin());
  }
  // How many bands lie wholly left of `left`: a piece that overlaps none lies between band gap - 1 and band gap.
  int gap_at(double left) const {
    return static_cast<int>(std::upper_bound(bands_.begin(), bands_.end(), left,
                                             [](double x, const Band& band) { return x < band.right; }) -
                            bands_.begin());
  }
  // A band for a piece that overlaps none.
  void add(double left, double right) {
    const auto at =
        std::upper_bound(bands_.begin(), bands_.end(), left, [](double x, const Band& band) { return x < band.left; });
    bands_.insert(at, Band{left, right});
  }
  std::size_t size() const { return bands_.size(); }
  double width(int band) const {
    const Band& b = bands_[static_cast<std::size_t>(band)];
    return b.right - b.left;
  }
  // The same number of bands, each overlapping its counterpart: the same columns.
  bool line_up_with(const ColumnBands& other) const {
    if (other.bands_.size() != bands_.size()) return false;
    for (std::size_t i = 0; i < bands_.size(); ++i) {
      if (std::min(bands_[i].right, other.bands_[i].right) <= std::max(bands_[i].left, other.bands_[i].left)) {
        return false;
      }
    }
    return true;
  }

 private:
  struct Band {
    double left, right;
  };
  std::vector<Band> bands_;
};

// The band where piece `i` of `row`, in no band, starts a cell merged over two columns: set in the gap between two
// bands, in a row that fills neither (合计 centred over 序号 and 类别), it starts the first, as a Word table's merged
// cell does. kNone for any other piece.
int merged_over(const PageRow& row, std::size_t i, const std::vector<Line>& lines, const ColumnBands& bands) {
  if (row.pieces() > kMaxColumns) return ColumnBands::kNone;
  const int first = bands.left_of_the_gap(lines[i].left, lines[i].right);
  if (first == ColumnBands::kNone) return ColumnBands::kNone;
  for (std::size_t j = row.first; j < row.end; ++j) {
    const int band = bands.place(lines[j].left, lines[j].right);
    if (band == first || band == first + 1) return ColumnBands::kNone;
  }
  return first;
}

// Whether a piece of a row is a figure (46, 12.5%, 36件), not a year heading a column (2024年, 2024).
bool is_figure(const Line& piece) {
  std::u32string visible;
  for (const char32_t c : decode_utf8(piece.text)) {
    if (layout_tables::is_visible(c)) visible.push_back(c);
  }
  const std::u32string_view digits = std::u32string_view(visible).substr(0, 4);
  const bool year = (digits.starts_with(U"19") || digits.starts_with(U"20")) && digits.size() == 4 &&
                    std::all_of(digits.begin(), digits.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }) &&
                    (visible.size() == 4 || visible.substr(4) == U"年" || visible.substr(4) == U"年度");
  return layout_tables::holds_a_number(visible) && !year;
}

// The first row of figures under a header whose cells are centred while the figures are set flush right (a table
// pasted from a spreadsheet) or flush left: a figure narrower than its header cell lies beside it, overlapping no
// band, and made a column of its own, which no header named, while the header's column kept no figure (结案数 lost
// its four). Each piece of the row in no band goes to the band on one side of it that the row leaves empty, the
// pieces keeping their order and every band taking one at most, so that every figure finds its header's column (a
// label may not: under a blank corner it opens the labels' column as before). Of the ways to do so, the one placing
// most pieces, then most figures to their left (flush right): the bands widen to take them. When some figure finds
// none, the row is left as it was.
void widen_the_header_to_its_figures(const PageRow& row, const std::vector<Line>& lines, ColumnBands& bands) {
  if (row.pieces() > kMaxColumns || bands.size() > kMaxColumns) return;
  std::vector<bool> filled(bands.size(), false);
  std::vector<std::size_t> loose;
  bool loose_figure = false;
  for (std::size_t i = row.first; i < row.end; ++i) {
    bool across = false;
    const int band = bands.place(lines[i].left, lines[i].right, &across);
    if (across) return;
    if (band != ColumnBands::kNone) {
      filled[static_cast<std::size_t>(band)] = true;
    } else {
      loose.push_back(i);
      loose_figure = loose_figure || is_figure(lines[i]);
    }
  }
  if (!loose_figure) return;
  // best[k][b + 1]: the best placing of loose pieces [k, end) when the last band taken so far is b (-1: none), as
  // (pieces placed, figures placed left); kUnplaceable where some figure finds no band.
  constexpr std::pair<int, int> kUnplaceable{-1, -1};
  const std::size_t count = loose.size(), width = bands.size() + 1;
  std::vector<std::pair<int, int>> best((count + 1) * width, {0, 0});
  std::vector<int> choice((count + 1) * width, ColumnBands::kNone);
  for (std::size_t k = count; k-- > 0;) {
    const Line& piece = lines[loose[k]];
    const int gap = bands.gap_at(piece.left);
    for (int last = -1; last < static_cast<int>(bands.size()); ++last) {
      auto& here = best[k * width + static_cast<std::size_t>(last + 1)];
      int& chosen = choice[k * width + static_cast<std::size_t>(last + 1)];
      here = is_figure(piece) ? kUnplaceable : best[(k + 1) * width + static_cast<std::size_t>(last + 1)];
      for (const int band : {gap - 1, gap}) {
        if (band <= last || band >= static_cast<int>(bands.size()) || filled[static_cast<std::size_t>(band)]) continue;
        const auto after = best[(k + 1) * width + static_cast<std::size_t>(band + 1)];
        if (after == kUnplaceable) continue;
        const std::pair<int, int> placed{after.first + 1, after.second + (band == gap - 1 && is_figure(piece) ? 1 : 0)};
        if (placed > here) here = placed, chosen = band;
      }
    }
  }
  if (best[0] == kUnplaceable) return;
  int last = -1;
  for (std::size_t k = 0; k < count; ++k) {
    const int band = choice[k * width + static_cast<std::size_t>(last + 1)];
    if (band == ColumnBands::kNone) continue;
    bands.widen(band, lines[loose[k]].left, lines[loose[k]].right);
    last = band;
  }
}

bool holds_a_figure_piece(const PageRow& row, const std::vector<Line>& lines) {
  for (std::size_t i = row.first; i < row.end; ++i) {
    if (is_figure(lines[i])) return true;
  }
  return false;
}

// How a page row's pieces fall into the bands.
struct Fit {
  std::size_t bands_filled = 0;  // distinct bands that get a piece
  std::size_t outside = 0;       // pieces in no band: a new column, or not the table's
  bool across = false;           // a piece over two bands: prose, or a heading under the table
};

Fit fit_of(const PageRow& row, const std::vector<Line>& lines, const ColumnBands& bands) {
  Fit fit;
  int last = ColumnBands::kNone;
  for (std::size_t i = row.first; i < row.end && !fit.across; ++i) {
    int band = bands.place(lines[i].left, lines[i].right, &fit.across);
    if (band == ColumnBands::kNone) band = merged_over(row, i, lines, bands);
    if (band == ColumnBands::kNone) {
      ++fit.outside;
    } else if (band != last) {
      ++fit.bands_filled;  // pieces come left to right, so one band's pieces are neighbours
      last = band;
    }
  }
  return fit;
}

// Widens the bands by the row's pieces, and gives those outside every band one of their own.
void take_into(const PageRow& row, const std::vector<Line>& lines, ColumnBands& bands) {
  for (std::size_t i = row.first; i < row.end; ++i) {
    const int band = bands.place(lines[i].left, lines[i].right);
    if (band == ColumnBands::kNone) {
      if (merged_over(row, i, lines, bands) == ColumnBands::kNone) bands.add(lines[i].left, lines[i].right);
    } else {
      bands.widen(band, lines[i].left, lines[i].right);
    }
  }
}

// One row of the table: the page rows it spans (a cell's wrapped lines, set above, beside or under the others).
struct TableRow {
  std::vector<std::size_t> page_rows;
  int page = 0, last_page = 0;
  double bottom = 0;
  double apart_bottom = 0;  // the bottom of its page rows that fill two or more columns
  bool apart = false;       // some page row of it fills two or more columns
  bool closed = false;      // a cell spanning the table's width between its rows: the next line opens a new row
  // A header's first row: its cells spanning columns by line index, each with the first column it spans, which a
  // cell centred over narrow columns need not overlap (take_spanning_header).
  std::vector<std::pair<std::size_t, int>> spanning_cells;
};

// The band piece `i` of one of `row`'s page rows is placed in: the first a spanning header cell spans, else the one
// it overlaps; kNone for none.
int band_in_row(const TableRow& row, std::size_t i, const std::vector<Line>& lines, const ColumnBands& bands) {
  for (const auto& [line, band] : row.spanning_cells) {
    if (line == i) return band;
  }
  return bands.place(lines[i].left, lines[i].right);
}

struct GrownTable {
  std::size_t first_row = 0, end_row = 0;  // page rows
  std::vector<TableRow> rows;
  ColumnBands bands;
};

TableRow row_of(std::size_t index, const PageRow& row, bool apart) {
  return TableRow{{index}, row.page, row.page, row.bottom, apart ? row.bottom : 0, apart, false, {}};
}

// How far under page row `j` the next page row starts when it could be the table's (a line of a table's cell, or a
// row); a line that overlaps gives a negative gap, anything else none.
std::optional<double> gap_to_the_row_under(std::size_t j, const std::vector<PageRow>& rows,
                                           const std::vector<Line>& lines, const ColumnBands& bands) {
  if (j + 1 >= rows.size() || rows[j + 1].page != rows[j].page || rows[j + 1].pieces() > kMaxColumns) {
    return std::nullopt;
  }
  const Fit fit = fit_of(rows[j + 1], lines, bands);
  if (fit.across || (fit.outside > 0 && fit.bands_filled < 2)) return std::nullopt;
  return rows[j + 1].top - rows[j].bottom;
}

// Whether [left, right] and [other_left, other_right] share some width.
bool overlap(double left, double right, double other_left, double other_right) {
  return left < other_right && other_left < right;
}

// How many pieces of page row `row` the line `piece` lies over.
std::size_t pieces_under(const Line& piece, const PageRow& row, const std::vector<Line>& lines) {
  std::size_t covered = 0;
  for (std::size_t k = row.first; k < row.end; ++k) {
    covered += overlap(piece.left, piece.right, lines[k].left, lines[k].right) ? 1 : 0;
  }
  return covered;
}

// The page row a header row `j` would span, the second row of a header of two levels: the next, set close under it
// (header rows are no further apart than a line), or the one after a line merged down beside both (单位 centred
// between 行政复议（件） and 受理), or, `j` the last row of its page, the first of the next (a table broken between
// the rows of its header, LibreOffice repeating neither). std::nullopt for none.
std::optional<std::size_t> row_under_a_header(const std::vector<PageRow>& rows, std::size_t j) {
  std::size_t under = j + 1;
  const auto middle = [&](std::size_t k) { return (rows[k].top + rows[k].bottom) / 2; };
  if (under + 1 < rows.size() && rows[under].pieces() == 1 && rows[under + 1].page == rows[j].page &&
      middle(under) > middle(j) && middle(under) < middle(under + 1)) {
    ++under;
  }
  if (under >= rows.size() || rows[under].pieces() < 2 || rows[under].pieces() > kMaxColumns) return std::nullopt;
  const bool at_the_top_of_the_next_page = under == j + 1 && rows[under].page == rows[j].page + 1;
  if (!at_the_top_of_the_next_page &&
      (rows[under].page != rows[j].page || rows[under].top - rows[j].bottom > rows[j].height())) {
    return std::nullopt;
  }
  return under;
}

// Whether `piece` lies in the gap between two neighbouring pieces of `row`, centred over the two: a header cell
// over both columns, narrower than they are together (立案 over 2024年 | 2025年).
bool centred_over_a_gap(const Line& piece, const PageRow& row, const std::vector<Line>& lines) {
  const double middle = (piece.left + piece.right) / 2;
  const double tolerance = std::max(1.0, piece.bottom - piece.top);  // a line height: centred, not merely between
  for (std::size_t k = row.first; k + 1 < row.end; ++k) {
    const Line& left = lines[k];
    const Line& right = lines[k + 1];
    if (left.right <= piece.left && piece.right <= right.left) {
      return std::abs(middle - (left.left + right.right) / 2) < tolerance;
    }
  }
  return false;
}

// Pieces [first, last] of a page row.
struct PieceRun {
  std::size_t first = 0, last = 0;

  std::size_t size() const { return last - first + 1; }
};

// The run of pieces of `under` that header cell `piece` of `row` spans: those it overlaps, or the two it is centred
// over the gap between. Over columns narrower than it, a cell centred over three (行政复议 over 受理 | 审结 | 纠错)
// overlaps only the middle one: reaching past the run it overlaps on both sides into the gaps, with the pieces beside
// that run headed by nothing, it spans them too, as far out as it stays centred over the run. std::nullopt for none.
std::optional<PieceRun> run_spanned(const Line& piece, const PageRow& row, const PageRow& under,
                                    const std::vector<Line>& lines) {
  std::optional<PieceRun> run;
  for (std::size_t k = under.first; k < under.end; ++k) {
    if (!overlap(piece.left, piece.right, lines[k].left, lines[k].right)) continue;
    if (!run) run = PieceRun{k, k};
    run->last = k;
  }
  if (!run) {
    if (!centred_over_a_gap(piece, under, lines)) return std::nullopt;
    for (std::size_t k = under.first; k + 1 < under.end; ++k) {
      if (lines[k].right <= piece.left && piece.right <= lines[k + 1].left) return PieceRun{k, k + 1};
    }
    return std::nullopt;
  }
  if (piece.left >= lines[run->first].left || piece.right <= lines[run->last].right) return run;
  const double middle = (piece.left + piece.right) / 2;
  const double tolerance = std::max(1.0, piece.bottom - piece.top);  // a line height, as centred_over_a_gap
  for (std::size_t out = 1; run->first - under.first >= out && run->last + out < under.end; ++out) {
    const Line& left = lines[run->first - out];
    const Line& right = lines[run->last + out];
    // A cell beside the run with a header of its own in `row` ends the reach.
    if (pieces_under(left, row, lines) > 0 || pieces_under(right, row, lines) > 0) break;
    if (std::abs(middle - (left.left + right.right) / 2) < tolerance)
      return PieceRun{run->first - out, run->last + out};
  }
  return run;
}

// How many pieces of the row under a header cell `piece` of `row` lies over (run_spanned).
std::size_t pieces_spanned(const Line& piece, const PageRow& row, const PageRow& under,
                           const std::vector<Line>& lines) {
  const auto run = run_spanned(piece, row, under, lines);
  return run ? run->size() : 0;
}

// Whether `text` is a label with its value after a full-width colon outside any bracket (联系人：张某, 电话：…): a
// form's or a letter's line; a header cell names a column (案件数（件）, 金额（单位：万元）).
bool reads_as_a_label_and_its_value(const std::string& text) {
  int depth = 0;
  const std::u32string code_points = decode_utf8(text);
  for (std::size_t i = 0; i < code_points.size(); ++i) {
    const char32_t c = code_points[i];
    depth += c == U'（' || c == U'(' ? 1 : (c == U'）' || c == U')') && depth > 0 ? -1 : 0;
    if (c == U'：' && depth == 0 && i + 1 < code_points.size()) return true;
  }
  return false;
}

// Whether `piece` stands over the pieces of `under` it lies over as a header cell does: no label with its value, in
// their type, and centred over them or flush with their left or right edge (within a line height). A page's last line
// (联系人：张某    联系电话：… under a cover letter) over a table that opens the next page lies over its header's cells
// too, but in the body's type and where the page's margins set it.
bool set_as_a_header_cell_over(const Line& piece, const PageRow& under, const std::vector<Line>& lines) {
  if (reads_as_a_label_and_its_value(piece.text)) return false;
  const double height = std::max(1.0, piece.bottom - piece.top);
  std::optional<double> left, right;
  bool same_type = true;
  const auto take = [&](const Line& cell) {
    const double cell_height = std::max(1.0, cell.bottom - cell.top);
    same_type = same_type && std::abs(cell_height - height) <= kTypeSizeTolerance * std::max(cell_height, height);
    left = std::min(left.value_or(cell.left), cell.left);
    right = std::max(right.value_or(cell.right), cell.right);
  };
  for (std::size_t k = under.first; k < under.end; ++k) {
    if (overlap(piece.left, piece.right, lines[k].left, lines[k].right)) take(lines[k]);
  }
  for (std::size_t k = under.first; !left && k + 1 < under.end; ++k) {
    if (lines[k].right <= piece.left && piece.right <= lines[k + 1].left) {
      take(lines[k]);
      take(lines[k + 1]);
    }
  }
  if (!left || !same_type) return false;
  const bool centred = std::abs((piece.left + piece.right) / 2 - (*left + *right) / 2) < height;
  return centred || std::abs(piece.left - *left) < height || std::abs(piece.right - *right) < height;
}

// Whether page row `j` spans the row under it as the first row of a header of two levels does: each of its pieces
// over one or more of that row's, one over two or more (行政复议（件） over 受理 | 审结 | 纠错, 立案 centred over
// 2024年 | 2025年); a piece left of all of that row's is the row headers' cell merged down (乡镇, set in the first
// row). Grown from it, a table would make one column of each spanning cell and join the figures under it (11、8
// under 2025年 | 2024年); grown from the row under, it has every column, and takes this row as its header's first
// (take_spanning_header).
bool spans_the_row_under(const std::vector<PageRow>& rows, std::size_t j, const std::vector<Line>& lines) {
  const auto under = row_under_a_header(rows, j);
  if (!under || rows[j].pieces() > kMaxColumns) return false;
  const PageRow& second = rows[*under];
  const bool over_a_page_break = second.page != rows[j].page;
  bool spans = false;
  for (std::size_t i = rows[j].first; i < rows[j].end; ++i) {
    const std::size_t covered = pieces_spanned(lines[i], rows[j], second, lines);
    const bool row_headers_cell = i == rows[j].first && lines[i].right <= lines[second.first].left;
    if (covered == 0 && !row_headers_cell) return false;
    if (over_a_page_break && !row_headers_cell && !set_as_a_header_cell_over(lines[i], second, lines)) return false;
    spans = spans || covered >= 2;
  }
  return spans;
}

// The band a line merged down through both rows of a header (单位 beside 行政复议（件） and 受理) lies in: one band,
// which the header's second row leaves empty. kNone for any other row.
int merged_down_band(const PageRow& row, const PageRow& second, const std::vector<Line>& lines,
                     const ColumnBands& bands) {
  bool across = false;
  const int band = bands.place(lines[row.first].left, lines[row.first].right, &across);
  if (band == ColumnBands::kNone || across) return ColumnBands::kNone;
  for (std::size_t i = second.first; i < second.end; ++i) {
    if (bands.place(lines[i].left, lines[i].right) == band) return ColumnBands::kNone;
  }
  return band;
}

// Whether a piece of page row `upper` lies over two or more pieces of page row `lower`: a cell spanning columns.
bool spans_pieces_of(const PageRow& upper, const PageRow& lower, const std::vector<Line>& lines) {
  if (upper.pieces() > kMaxColumns || lower.pieces() > kMaxColumns) return false;
  for (std::size_t i = upper.first; i < upper.end; ++i) {
    if (pieces_under(lines[i], lower, lines) >= 2) return true;
  }
  return false;
}

// Parts the table's first row where it is a header of two levels whose lines came together as one row: a cell
// spanning columns (案件数（件）) with the cells merged down beside it (领域, 罚没款（万元）), set a little higher than
// the cells dividing it (一般程序 | 简易程序), which overlap them. The dividing cells and what is under them are the
// header's second row, as Word gives it; joined, 案件数（件）一般程序 named one column and 简易程序's figures had
// no unit.
void part_a_header_of_two_levels(GrownTable& table, const std::vector<Line>& lines, const std::vector<PageRow>& rows) {
  TableRow& header = table.rows.front();
  for (std::size_t k = 1; k < header.page_rows.size(); ++k) {
    const PageRow& lower = rows[header.page_rows[k]];
    const bool spanned = std::any_of(header.page_rows.begin(), header.page_rows.begin() + k,
                                     [&](std::size_t upper) { return spans_pieces_of(rows[upper], lower, lines); });
    if (!spanned || lower.pieces() < 2) continue;
    TableRow second = header;
    second.page_rows.erase(second.page_rows.begin(), second.page_rows.begin() + k);
    header.page_rows.resize(k);
    table.rows.insert(table.rows.begin() + 1, std::move(second));
    return;
  }
}

// Takes the first row of a header of two levels over the table's first row into the table (spans_the_row_under):
// its cells each over a run of the columns, and the lines merged down beside both rows, start the first column they
// lie over, as input.docx places a cell by its gridSpan (行政复议（件） in the column of 受理, 单位 in the first). Its
// figures' only unit was in that row (行政复议（件）): without it they were dropped.
void take_spanning_header(GrownTable& table, const std::vector<Line>& lines, const std::vector<PageRow>& rows,
                          std::size_t floor) {
  const std::size_t second = table.first_row;
  if (second == 0 || second - 1 < floor) return;
  std::size_t header = second - 1;
  std::optional<std::size_t> merged;
  if (rows[header].pieces() == 1 && header > floor &&
      merged_down_band(rows[header], rows[second], lines, table.bands) != ColumnBands::kNone) {
    merged = header--;
  }
  if (row_under_a_header(rows, header) != second || !spans_the_row_under(rows, header, lines)) return;
  // A caption over the table is one line over its columns too: a header's first row has two cells, or a cell
  // merged down beside it.
  if (rows[header].pieces() < 2 && !merged) return;
  for (std::size_t i = rows[header].first; merged && i < rows[header].end; ++i) {
    const Line& beside = lines[rows[*merged].first];
    if (overlap(lines[i].left, lines[i].right, beside.left, beside.right)) return;  // no line merged down, then
  }
  TableRow first = row_of(header, rows[header], true);
  for (std::size_t i = rows[header].first; i < rows[header].end; ++i) {
    const auto run = run_spanned(lines[i], rows[header], rows[second], lines);
    if (!run || run->size() < 2) continue;
    const int band = table.bands.place(lines[run->first].left, lines[run->first].right);
    if (band != ColumnBands::kNone) first.spanning_cells.emplace_back(i, band);
  }
  if (merged) {
    first.page_rows.push_back(*merged);
    first.bottom = std::max(first.bottom, rows[*merged].bottom);
  }
  table.rows.insert(table.rows.begin(), std::move(first));
  table.first_row = header;
}

// Whether page rows `above` and `start + 1` are the two lines of one cell of page row `start` wrapped and centred
// vertically in it, the row's other cells one line each: both lines alone on their page rows, one over the other in
// a column none of the row's cells is in, each close to the row (within a sliver of a line set single-spaced, as
// LibreOffice sets a table, or a wrap's gap) and their middle the row's (罚没款（万 above 乡镇 | 检查（户次） …, 元）
// under). The line above overlaps the row by no more than a line right above it does, so only its partner under
// the row tells it from a heading or lead-in set tight above the table.
bool straddles_the_row(const std::vector<PageRow>& rows, std::size_t above, std::size_t start,
                       const std::vector<Line>& lines) {
  const std::size_t under = start + 1;
  if (under >= rows.size() || rows[above].pieces() != 1 || rows[under].pieces() != 1) return false;
  const PageRow& row = rows[start];
  if (rows[above].page != row.page || rows[under].page != row.page || row.pieces() > kMaxColumns) return false;
  const Line& upper = lines[rows[above].first];
  const Line& lower = lines[rows[under].first];
  if (!overlap(upper.left, upper.right, lower.left, lower.right)) return false;
  if (pieces_under(upper, row, lines) > 0 || pieces_under(lower, row, lines) > 0) return false;
  const double height = row.height();
  // Above and under the row, not beside it, and no further from it than a cell's wrapped line.
  const bool close = upper.top < row.top && lower.bottom > row.bottom &&
                     row.top - upper.bottom < kWrapGapInLines * height &&
                     lower.top - row.bottom < kWrapGapInLines * height;
  const double pair_middle = (upper.top + lower.bottom) / 2, row_middle = (row.top + row.bottom) / 2;
  return close && std::abs(pair_middle - row_middle) < kSliverOfALine * height;
}

// Whether page row `j`, one line in one column close under `row`, is the last line of that row's cell wrapped (医疗机构
// 及医疗卫 / 生): the row is numbered (a column left of the line's filled, as this line leaves it) and its cell in the
// line's column is one line as wide as the column, which a line Word or WPS wraps inside its cell fills, the line lying
// under it, narrower. A category row between numbered rows (行政执法类) fills the first column or runs over several,
// and a table set on a document grid leaves its rows as far apart as a cell's lines, so no gap tells them apart.
bool ends_a_cell_wrapped_full_width(const TableRow& row, std::size_t j, const std::vector<PageRow>& rows,
                                    const std::vector<Line>& lines, const ColumnBands& bands) {
  const PageRow& next = rows[j];
  if (next.pieces() != 1 || next.page != row.last_page || next.top - row.bottom > next.height()) return false;
  const Line& rest = lines[next.first];
  const int column = bands.place(rest.left, rest.right);
  if (column == ColumnBands::kNone || column == 0) return false;
  bool numbered = false;
  const Line* wrapped = nullptr;
  for (const std::size_t index : row.page_rows) {
    for (std::size_t i = rows[index].first; i < rows[index].end; ++i) {
      const int band = bands.place(lines[i].left, lines[i].right);
      numbered = numbered || (band != ColumnBands::kNone && band < column);
      if (band != column) continue;
      if (wrapped != nullptr) return false;  // a cell of two lines already: its own rows tell where it ends
      wrapped = &lines[i];
    }
  }
  if (!numbered || wrapped == nullptr || wrapped->bottom > rest.top) return false;
  const double character = std::max(1.0, wrapped->bottom - wrapped->top);
  return wrapped->right - wrapped->left >= bands.width(column) - character && rest.left >= wrapped->left &&
         rest.right <= wrapped->right && rest.right - rest.left < wrapped->right - wrapped->left;
}

// A row's gap to its neighbours a cell spanning the table's width may leave, in the narrowest gap between two rows:
// the same padding and rules part it from the rows, a little more for a cell set with padding of its own. A line set
// apart by a paragraph's spacing (a table's caption, a paragraph between two tables) stands further off.
constexpr double kSpanningCellGapInRowGaps = 1.5;

// The page rows after `j` that a cell spanning the table's width between its rows takes (备注：…, 其中：…, a note on
// the rows above), 0 where page row `j` opens no such cell: one line running across the table's columns, starting in
// the first, set in the type of the row over it and on its page, perhaps wrapped over lines that start in the first
// column too, and followed on the same page by a row filling several of the table's columns, and only those; each as
// close to the next as the table's rows stand to each other (`row_gap`, or a line's height before the table shows
// one). A line of prose under a table, or a caption between two tables, is set in the body's type or further off.
std::size_t spanning_cell_lines(const std::vector<PageRow>& rows, std::size_t j, const std::vector<Line>& lines,
                                const ColumnBands& bands, std::optional<double> row_gap) {
  if (j == 0 || rows[j].pieces() != 1) return 0;
  const PageRow& above = rows[j - 1];
  const double furthest = row_gap ? kSpanningCellGapInRowGaps * *row_gap : rows[j].height();
  const auto close_under = [&](const PageRow& upper, const PageRow& lower) {
    return lower.page == upper.page && lower.top - upper.bottom <= furthest;
  };
  const auto a_line_of_the_cell = [&](const PageRow& row) {
    const Line& line = lines[row.first];
    return row.pieces() == 1 && bands.place(line.left, line.right) == 0 &&
           std::abs(row.height() - above.height()) <= kTypeSizeTolerance * std::max(row.height(), above.height());
  };
  if (!close_under(above, rows[j]) || !a_line_of_the_cell(rows[j])) return 0;
  std::size_t end = j + 1;
  while (end < rows.size() && end - j < kMaxLinesPerRow && close_under(rows[end - 1], rows[end]) &&
         a_line_of_the_cell(rows[end]) && !fit_of(rows[end], lines, bands).across) {
    ++end;
  }
  if (end == rows.size() || !close_under(rows[end - 1], rows[end])) return 0;
  const Fit fit = fit_of(rows[end], lines, bands);
  return fit.bands_filled >= 2 && fit.outside == 0 && !fit.across ? end - j : 0;
}

// The table that the page row `start` (two or more pieces) opens, if two or more of the rows from it fill two or
// more columns each; `floor`: the first page row after the previous table. `merged_down`: a line merged down beside
// the header's rows over `start` (乡镇 beside 立案 | 结案 and 2024年 | 2025年 …), whose column `start` leaves empty:
// it is the table's first, which the rows' labels fill (澄城 / 镇 beside the figures, a line alone at first).
std::optional<GrownTable> grow_table(const std::vector<Line>& lines, const std::vector<PageRow>& rows,
                                     std::size_t start, std::size_t floor, const PageRow* merged_down = nullptr) {
  GrownTable table;
  if (merged_down != nullptr) take_into(*merged_down, lines, table.bands);
  take_into(rows[start], lines, table.bands);
  TableRow first = row_of(start, rows[start], true);
  // A header cell wrapped and centred puts its first line above the header row's others, overlapping them.
  double top = rows[start].top;
  std::size_t from = start;
  while (from > floor && start - from < kMaxLookBack) {
    const PageRow& above = rows[from - 1];
    if (from == start && straddles_the_row(rows, from - 1, start, lines)) {
      take_into(above, lines, table.bands);  // a column of its own, which its partner under the row fills too
      top = std::min(top, above.top);
      --from;
      break;
    }
    const Fit fit = fit_of(above, lines, table.bands);
    // Overlapping by more than a sliver: a line right above the row, single-spaced, is no line of it.
    if (above.page != rows[start].page || above.bottom <= top + kSliverOfALine * above.height() || fit.outside > 0 ||
        fit.across) {
      break;
    }
    take_into(above, lines, table.bands);
    top = std::min(top, above.top);
    --from;
  }
  for (std::size_t k = from; k < start; ++k) first.page_rows.insert(first.page_rows.begin() + (k - from), k);
  table.first_row = from;
  table.rows.push_back(std::move(first));

  // What is the table's for sure: its rows up to a row that fills several columns, and the lines of a cell that
  // overlap the row's others. A line in one column under the table (a heading, a note) is a wrapped cell only if
  // the table goes on after it.
  std::size_t confirmed_rows = 1, confirmed_lines = table.rows.back().page_rows.size(), confirmed_end = start + 1;
  std::optional<double> narrowest_gap;
  bool figures_seen = false;
  for (std::size_t k = from; k <= start && !figures_seen; ++k) figures_seen = holds_a_figure_piece(rows[k], lines);
  for (std::size_t j = start + 1; j < rows.size(); ++j) {
    const PageRow& next = rows[j];
    if (next.pieces() > kMaxColumns) break;
    if (!figures_seen && holds_a_figure_piece(next, lines)) {
      widen_the_header_to_its_figures(next, lines, table.bands);
      figures_seen = true;
    }
    const Fit fit = fit_of(next, lines, table.bands);
    if (fit.across) {
      // A cell spanning the table's width between its rows is a row of it, its text in the first column; it widens no
      // column. Anything else across the columns ends the table.
      const std::size_t cell_lines = spanning_cell_lines(rows, j, lines, table.bands, narrowest_gap);
      if (cell_lines == 0 || table.rows.size() - confirmed_rows >= kMaxPendingRows) break;
      TableRow spanning = row_of(j, next, false);
      for (std::size_t k = j + 1; k < j + cell_lines; ++k) spanning.page_rows.push_back(k);
      spanning.bottom = rows[j + cell_lines - 1].bottom;
      spanning.closed = true;
      table.rows.push_back(std::move(spanning));
      j += cell_lines - 1;
      continue;
    }
    TableRow& row = table.rows.back();
    const bool apart = fit.bands_filled >= 2;
    const bool same_page = next.page == row.last_page;
    // A row filling several columns is measured against the row's lines that fill several too: a cell merged over
    // two rows (民间纠纷 over 婚姻家庭 and 邻里关系), centred between them, overlaps the next row, which is a row of
    // its own.
    const double gap = next.top - (apart && row.apart ? row.apart_bottom : row.bottom);
    const double wrap_gap = narrowest_gap ? kWrapShareOfRowGap * *narrowest_gap : kWrapGapInLines * next.height();
    // Beside the row's other lines, or close under them: one of its cells wrapped (法律援助 / 案件). Not a line that
    // fills several columns, which is the next row however close (a table set tight leaves rows as close as a
    // cell's lines), unless the row so far is one line standing alone (a cell centred over three lines); not a
    // line closer to the line under it, which opens the next row (its cell centred beside that line).
    const bool overlaps = gap < -kSliverOfALine * next.height();
    bool within_row = overlaps && !row.closed;
    if (!within_row && !row.closed && gap < wrap_gap) {
      const auto below = apart ? std::nullopt : gap_to_the_row_under(j, rows, lines, table.bands);
      within_row = apart ? !row.apart : !(below && *below < gap);
    }
    // The last line of a cell wrapped full width is the row's, and stays the row's at the table's end.
    const bool wrapped_rest = !apart && !within_row && !row.closed && fit.outside == 0 &&
                              ends_a_cell_wrapped_full_width(row, j, rows, lines, table.bands);
    within_row = within_row || wrapped_rest;
    bool sure = apart || wrapped_rest;
    // Cells centred at different heights (a header's 调解成 / 功（件） beside 序号, 排查纠纷 / （件） half a line
    // lower; a row number 2 beside the second of three lines): a line overlapping the row is the row's, though it fills
    // columns no line of it has yet.
    if ((fit.outside == 0 || overlaps) && same_page && within_row && row.page_rows.size() < kMaxLinesPerRow) {
      row.page_rows.push_back(j);
      row.bottom = std::max(row.bottom, next.bottom);
      if (apart) row.apart_bottom = std::max(row.apart_bottom, next.bottom);
      row.apart = row.apart || apart;
      sure = sure || (overlaps && confirmed_end == j);
    } else if (apart && table.bands.size() + fit.outside <= kMaxColumns) {
      if (same_page && gap > 0) narrowest_gap = std::min(gap, narrowest_gap.value_or(gap));
      table.rows.push_back(row_of(j, next, true));
    } else if (fit.outside == 0 && table.rows.size() - confirmed_rows < kMaxPendingRows) {
      // One column filled (a category row, or the rest of a cell cut by a page break): the table's only if a row
      // filling several columns follows.
      table.rows.push_back(row_of(j, next, false));
    } else {
      break;
    }
    take_into(next, lines, table.bands);
    if (sure) {
      confirmed_rows = table.rows.size();
      confirmed_lines = table.rows.back().page_rows.size();
      confirmed_end = j + 1;
    }
  }
  table.rows.resize(confirmed_rows);
  table.rows.back().page_rows.resize(confirmed_lines);
  table.end_row = confirmed_end;
  const auto apart_rows =
      std::count_if(table.rows.begin(), table.rows.end(), [](const TableRow& r) { return r.apart; });
  if (apart_rows < 2) return std::nullopt;
  part_a_header_of_two_levels(table, lines, rows);
  take_spanning_header(table, lines, rows, floor);
  return table;
}

// Whether `before` ends with a digit and `after` starts with one: two figures side by side.
bool figures_meet(const std::string& before, const std::string& after) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return !before.empty() && !after.empty() && digit(before.back()) && digit(after.front());
}

// The table page row `j` opens. The first row of a header of two levels (spans_the_row_under) opens none of its
// own: the table is grown from the row under it, taking it as its header's first row; should it not, the table is
// grown from `j` as from any row, its spanning cells making a column each, rather than lose them.
std::optional<GrownTable> table_opened_by(std::size_t j, const std::vector<Line>& lines,
                                          const std::vector<PageRow>& rows, std::size_t floor) {
  if (!spans_the_row_under(rows, j, lines)) return grow_table(lines, rows, j, floor);
  const std::size_t under = *row_under_a_header(rows, j);
  auto from_under = grow_table(lines, rows, under, floor, under == j + 2 ? &rows[j + 1] : nullptr);
  if (from_under && from_under->first_row == j) return from_under;
  auto from_here = grow_table(lines, rows, j, floor);
  return from_here ? from_here : from_under;
}

using RowCells = std::vector<std::string>;  // by column; empty where the row leaves a cell empty

RowCells cells_of(const TableRow& row, const std::vector<Line>& lines, const std::vector<PageRow>& rows,
                  const ColumnBands& bands) {
  RowCells cells(bands.size());
  // Top to bottom: a wrapped cell's lines in reading order (县生态环境分 / 局 → 县生态环境分局).
  for (const std::size_t index : row.page_rows) {
    std::vector<bool> taken(bands.size(), false);
    for (std::size_t i = rows[index].first; i < rows[index].end; ++i) {
      int band = band_in_row(row, i, lines, bands);
      if (band == ColumnBands::kNone) band = merged_over(rows[index], i, lines, bands);
      if (band == ColumnBands::kNone) continue;
      std::string& cell = cells[static_cast<std::size_t>(band)];
      // Pieces of one line that a cell's gap parts stay apart in one band (a header over two columns made it):
      // joined, 38 | 37 would read 3837, and so would 38 37, a space being how a typesetter groups digits.
      if (taken[static_cast<std::size_t>(band)]) cell += figures_meet(cell, lines[i].text) ? "、" : " ";
      layout::append_joined(cell, lines[i].text);
      taken[static_cast<std::size_t>(band)] = true;
    }
  }
  return cells;
}

// Every column `part` fills is filled in `whole`, which fills more.
bool fills_fewer_of_the_same(const RowCells& part, const RowCells& whole) {
  bool fewer = false;
  for (std::size_t column = 0; column < part.size(); ++column) {
    if (!part[column].empty() && whole[column].empty()) return false;
    fewer = fewer || (part[column].empty() && !whole[column].empty());
  }
  return fewer;
}

struct KeptRow {
  RowCells cells;
  int page = 0;
  bool note = false;  // a note spanning the table between its rows (LaidOutCell::note)
};

// Whether a cell spanning the table's width between its rows of figures is a note on them: a sentence (a colon, a
// comma, a semicolon or a full stop in it) that gives a figure (备注：本表含上年结转2件, 其中：自然资源领域7件). The
// table's analysis takes a row's first cell for the label of its figures, and a figure inside a label counts nothing: a
// note's figures are the text's. A category over the rows below (（一）行政许可类, 其中：) gives none and stays a row.
bool reads_as_a_note(const RowCells& cells) {
  if (cells.empty() || cells.front().empty()) return false;
  if (std::any_of(cells.begin() + 1, cells.end(), [](const std::string& cell) { return !cell.empty(); })) return false;
  const std::u32string text = decode_utf8(cells.front());
  const auto holds = [&](std::u32string_view any) { return text.find_first_of(any) != std::u32string::npos; };
  return holds(U"0123456789") && holds(U"：，；。:;");
}

// A table as it is assembled, from one grown table or from several on consecutive pages.
struct AssembledTable {
  std::vector<LineSpan> spans;
  std::vector<KeptRow> rows;
  ColumnBands bands;
  std::size_t end_row = 0;               // the page row after its last
  int page_read = 0;                     // the page of the last row read
  std::size_t header_rows_repeated = 0;  // on that page, before any row of its own
};

// Adds a row to those kept so far. Word and WPS repeat the header's rows (two for a header of two levels) on every
// page a table runs over: read once. A row a page break cut in two leaves its rest first on the next page (after the
// repeated header), filling only columns the row filled: it joins the row.
void keep_row(AssembledTable& table, RowCells cells, int page, bool apart) {
  std::vector<KeptRow>& kept = table.rows;
  if (page != table.page_read) {
    table.page_read = page;
    table.header_rows_repeated = 0;
  }
  const bool first_on_its_page = !kept.empty() && page != kept.back().page;
  const std::size_t repeated = table.header_rows_repeated;
  if (first_on_its_page && repeated < std::min(kHeaderRows, kept.size()) && cells == kept[repeated].cells) {
    ++table.header_rows_repeated;
    return;
  }
  if (first_on_its_page && !apart && fills_fewer_of_the_same(cells, kept.back().cells)) {
    for (std::size_t column = 0; column < cells.size(); ++column) {
      layout::append_joined(kept.back().cells[column], cells[column]);
    }
    return;
  }
  kept.push_back({std::move(cells), page, false});
}

// Whether `text` opens a bracket it does not close: a header cell's line cut inside its unit (检查（户).
bool leaves_a_bracket_open(std::string_view text) {
  int open = 0;
  for (const char32_t c : decode_utf8(text)) {
    if (c == U'（' || c == U'(') ++open;
    if ((c == U'）' || c == U')') && open > 0) --open;
  }
  return open > 0;
}

// Whether `text` opens with a bracket that holds no list number: the rest of a header cell wrapped before its unit
// ((件）, （户), never a category row's marker ((一）行政许可类, （2）).
bool opens_with_a_unit_bracket(std::string_view text) {
  const std::u32string code_points = decode_utf8(text);
  if (code_points.empty() || (code_points.front() != U'（' && code_points.front() != U'(')) return false;
  bool holds_other = false;
  for (std::size_t i = 1; i < code_points.size(); ++i) {
    const char32_t c = code_points[i];
    if (c == U'）' || c == U')') break;
    const bool numeral =
        (c >= U'0' && c <= U'9') || std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
    holds_other = holds_other || !numeral;
  }
  return holds_other;
}

// Whether a cell is a figure (142, 3.85, 1,846, 95%): the rows before the first such are the table's header.
bool holds_a_figure(const RowCells& cells) {
  return std::any_of(cells.begin(), cells.end(), [](const std::string& cell) {
    return !cell.empty() && std::isdigit(static_cast<unsigned char>(cell.front())) != 0 &&
           std::all_of(cell.begin(), cell.end(), [](char c) {
             return std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.' || c == ',' || c == '%';
           });
  });
}

// Whether header row `lower` holds the rest of the cells of header row `upper`, wrapped inside them with the line
// spacing of the rows (a table set at 1.5 lines leaves as much between a cell's lines as between rows): it fills
// only columns `upper` fills, and a cell of it goes on with a unit cut off (检查 / （户 / 次）, 立案 / （件）). A
// second level of a header divides a cell into columns of its own and never starts with a unit.
bool continues_the_header_row(const RowCells& upper, const RowCells& lower) {
  bool cut = false;
  for (std::size_t column = 0; column < lower.size(); ++column) {
    if (lower[column].empty()) continue;
    if (upper[column].empty()) return false;
    cut = cut || opens_with_a_unit_bracket(lower[column]) || leaves_a_bracket_open(upper[column]);
  }
  return cut;
}

// A table row's last line in each column (its first with `first`), nullptr where it holds none.
std::vector<const Line*> line_per_column(const TableRow& row, const std::vector<Line>& lines,
                                         const std::vector<PageRow>& rows, const ColumnBands& bands, bool first) {
  std::vector<const Line*> out(bands.size(), nullptr);
  for (const std::size_t index : row.page_rows) {
    for (std::size_t i = rows[index].first; i < rows[index].end; ++i) {
      const int band = band_in_row(row, i, lines, bands);
      if (band == ColumnBands::kNone) continue;
      const Line*& kept = out[static_cast<std::size_t>(band)];
      if (kept == nullptr || (first ? lines[i].top < kept->top : lines[i].top > kept->top)) kept = &lines[i];
    }
  }
  return out;
}

// Whether header row `lower` holds the next lines of the cells of header row `upper`, wrapped inside narrow columns
// and set as close under them as a cell's lines stand (人民调解委员 / 会受理纠纷, 法律援助 / 中心受理 / 案件, an
// auto-fit table's header over columns of figures): a table set tight leaves its rows as close, so the lines are
// measured: in every column `lower` fills, the last line of `upper` there is as wide as the column (a line wraps only
// where it fills its cell) and the first of `lower` stands close under it, no wider and within it (left-aligned,
// centred). A second level dividing a cell (一般程序 | 简易程序) fills a column the cell over it leaves empty, and a
// category (（一）行政许可类) is wider than the header cell over it.
bool wraps_into(const TableRow& upper, const TableRow& lower, const std::vector<Line>& lines,
                const std::vector<PageRow>& rows, const ColumnBands& bands) {
  if (upper.last_page != lower.page) return false;
  const auto over = line_per_column(upper, lines, rows, bands, false);
  const auto under = line_per_column(lower, lines, rows, bands, true);
  bool any = false;
  for (std::size_t column = 0; column < bands.size(); ++column) {
    const Line* rest = under[column];
    if (rest == nullptr) continue;
    const Line* wrapped = over[column];
    if (wrapped == nullptr) return false;
    const double height = std::max(1.0, wrapped->bottom - wrapped->top);
    const double slack = kSliverOfALine * height;
    const bool fills_its_column = wrapped->right - wrapped->left >= bands.width(static_cast<int>(column)) - slack;
    const bool close_under = rest->top > wrapped->top && rest->top - wrapped->bottom < kWrapGapInLines * height;
    const bool within = rest->left >= wrapped->left - slack && rest->right <= wrapped->right + slack;
    if (!fills_its_column || !close_under || !within) return false;
    any = true;
  }
  return any;
}

void add_rows(AssembledTable& table, const GrownTable& grown, const std::vector<Line>& lines,
              const std::vector<PageRow>& rows) {
  table.spans.push_back({rows[grown.first_row].first, rows[grown.end_row - 1].end});
  std::optional<KeptRow> header_row;       // a header row whose cells may go on in the next
  const TableRow* header_lines = nullptr;  // the table row that holds the header row's last lines
  bool apart = false, figures_seen = false;
  // Header lines wrapped in narrow columns are told by their measure only over a band of figures, whose header
  // they are: a table of text alone has no header to find so.
  const bool has_figures = std::any_of(grown.rows.begin(), grown.rows.end(), [&](const TableRow& row) {
    return holds_a_figure(cells_of(row, lines, rows, grown.bands));
  });
  for (const TableRow& row : grown.rows) {
    RowCells cells = cells_of(row, lines, rows, grown.bands);
    figures_seen = figures_seen || holds_a_figure(cells);
    const bool in_the_header = !figures_seen;
    if (header_row && in_the_header && row.page == header_row->page &&
        (continues_the_header_row(header_row->cells, cells) ||
         (has_figures && wraps_into(*header_lines, row, lines, rows, grown.bands)))) {
      for (std::size_t column = 0; column < cells.size(); ++column) {
        layout::append_joined(header_row->cells[column], cells[column]);
      }
      header_lines = &row;
      continue;
    }
    if (header_row) keep_row(table, std::move(header_row->cells), header_row->page, apart);
    header_row.reset();
    if (in_the_header) {
      header_row = KeptRow{std::move(cells), row.page};
      header_lines = &row;
      apart = row.apart;
      continue;
    }
    if (row.closed && reads_as_a_note(cells)) {
      table.rows.push_back({std::move(cells), row.page, true});
      continue;
    }
    keep_row(table, std::move(cells), row.page, row.apart);
  }
  if (header_row) keep_row(table, std::move(header_row->cells), header_row->page, apart);
  table.end_row = grown.end_row;
}

// Whether `next` goes on with `table` over a page break, past a few lines at the top of the new page that are
// neither's (a running header only some pages carry, which the furniture pass kept): the same columns, and its
// first row the repeated header or its columns where the table's were.
bool goes_on_with(const AssembledTable& table, const GrownTable& next, const std::vector<Line>& lines,
                  const std::vector<PageRow>& rows) {
  const int page = rows[next.first_row].page;
  if (next.first_row - table.end_row > kMaxLookBack || rows[table.end_row - 1].page >= page) return false;
  for (std::size_t between = table.end_row; between < next.first_row; ++between) {
    if (rows[between].page != page) return false;
  }
  if (next.bands.size() != table.bands.size()) return false;
  return cells_of(next.rows.front(), lines, rows, next.bands) == table.rows.front().cells ||
         next.bands.line_up_with(table.bands);
}

LaidOutTable laid_out(AssembledTable table) {
  LaidOutTable out;
  out.spans = std::move(table.spans);
  int row = 0;  // a note takes no row of the table
  for (KeptRow& kept : table.rows) {
    for (std::size_t column = 0; column < kept.cells.size(); ++column) {
      if (kept.cells[column].empty()) continue;
      out.cells.push_back({row, static_cast<int>(column), kept.page, std::move(kept.cells[column]), kept.note});
    }
    if (!kept.note) ++row;
  }
  return out;
}

// Whether page row `j`, the last of its page, is the page's own line and no table's first row: the next page opens
// with a row of two or more cells and no figure (a table's header, which stands under its top rule), and some piece
// of `j` does not stand over that row's cells as a header cell does. The last line of a cover letter (联系人：张某
// 联系电话：…) lay over the cells of a table opening the next page, became its first row, and the table's figures
// were named by it.
bool a_page_foot_over_a_new_header(const std::vector<PageRow>& rows, std::size_t j, const std::vector<Line>& lines) {
  if (j + 1 >= rows.size() || rows[j + 1].page == rows[j].page) return false;
  const PageRow& next = rows[j + 1];
  if (next.pieces() < 2 || next.pieces() > kMaxColumns) return false;
  RowCells texts;
  for (std::size_t i = next.first; i < next.end; ++i) texts.push_back(lines[i].text);
  if (holds_a_figure(texts)) return false;
  for (std::size_t i = rows[j].first; i < rows[j].end; ++i) {
    if (!set_as_a_header_cell_over(lines[i], next, lines)) return true;
  }
  return false;
}

}  // namespace

std::vector<LaidOutTable> find_tables(const std::vector<Line>& lines) {
  const std::vector<PageRow> rows = page_rows_of(lines);
  std::vector<AssembledTable> tables;
  std::size_t floor = 0;
  for (std::size_t j = 0; j < rows.size();) {
    if (rows[j].pieces() < 2 || rows[j].pieces() > kMaxColumns || a_page_foot_over_a_new_header(rows, j, lines)) {
      ++j;
      continue;
    }
    auto grown = table_opened_by(j, lines, rows, floor);
    if (!grown) {
      ++j;
      continue;
    }
    if (tables.empty() || !goes_on_with(tables.back(), *grown, lines, rows)) {
      tables.emplace_back();
      tables.back().bands = grown->bands;
    }
    add_rows(tables.back(), *grown, lines, rows);
    j = floor = grown->end_row;
  }
  std::vector<LaidOutTable> out;
  out.reserve(tables.size());
  for (auto& table : tables) out.push_back(laid_out(std::move(table)));
  return out;
}

}  // namespace docpipe::pdf
