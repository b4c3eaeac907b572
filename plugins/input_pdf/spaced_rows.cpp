#include "spaced_rows.hpp"

#include <algorithm>
#include <string>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/text.hpp"

namespace docpipe::pdf {

namespace {

using layout::Word;

// A spread row has this many words at least, this share of them single characters.
constexpr std::size_t kFewestSpreadWords = 3;
constexpr double kCharacterShare = 2.0 / 3.0;
// Gaps within this ratio of the typical one are the same spacing: a grid's 7.5 and 8.2 pt, a stretched line's.
constexpr double kSameSpacingRatio = 1.35;
// A spread row's gaps are at most three line heights: wider, single characters evenly apart are a table's cells.
constexpr double kWidestSpacingInLines = 3.0;
// A gap parts a spread row when it is this much wider than the row's spacing, and by half a line at least.
constexpr double kPartingRatio = 1.5;
constexpr double kPartingMarginInLines = 0.5;
// The widest tab after a list label, in line heights: Word's hanging indent or next default tab stop.
constexpr double kWidestLabelTabInLines = 4.0;

// A word of one character that is no ASCII letter or digit: a Chinese character, full-width punctuation, a quote.
// A letter-spaced line leaves its characters words of their own; a table's single figures (1 | 5 | 0 | 5) are none.
bool is_single_character(const Word& word) {
  const std::u32string text = decode_utf8(word.text);
  return text.size() == 1 && text.front() >= 0x2000;
}

double height_of(const Word& word) { return std::max(1.0, word.bottom - word.top); }

double median(std::vector<double> values) {
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_circled_number(char32_t c) { return c >= U'①' && c <= U'⑳'; }
// A bullet Word prints before a tab as it prints a number (Wingdings ● read through symbol_fonts.hpp). Not the SDK's
// is_bullet (heading_markers.hpp), which lacks the ticks and the small square automatic numbering prints (✓ √ ▪):
// that header reaches nearly every file through document.hpp, so adding them there would rebuild everything, and
// would change what the sections and metrics take for a bullet.
bool is_label_bullet(char32_t c) { return std::u32string_view(U"●•■□◆◇★☆▪▶➢✓√").find(c) != std::u32string_view::npos; }

// Digits (up to two) or Chinese numerals (up to three) from `at`, moved past them.
bool skip_numerals(const std::u32string& text, std::size_t& at) {
  const std::size_t from = at;
  if (at < text.size() && is_digit(text[at])) {
    while (at < text.size() && is_digit(text[at]) && at - from < 2) ++at;
  } else {
    while (at < text.size() && is_chinese_numeral_char(text[at]) && at - from < 3) ++at;
  }
  return at > from;
}

// The labels automatic numbering prints: 1.  1．  1、  1）  1)  (1)  （1）  （一）  一、  ①, and bullets (● ■ ◆ ✓ …). A
// label is all the word.
bool is_list_label(const std::string& word) {
  const std::u32string text = decode_utf8(word);
  if (text.size() == 1) return is_circled_number(text.front()) || is_label_bullet(text.front());
  std::size_t at = 0;
  const bool bracketed = text.front() == U'（' || text.front() == U'(';
  if (bracketed) ++at;
  const bool digits = at < text.size() && is_digit(text[at]);
  if (!skip_numerals(text, at) || at + 1 != text.size()) return false;
  const char32_t last = text.back();
  if (bracketed) return last == U'）' || last == U')';
  if (digits) return last == U'.' || last == U'．' || last == U'、' || last == U'）' || last == U')';
  return last == U'、';
}

}  // namespace

ColumnEdges column_edges(const std::vector<std::vector<Word>>& rows) {
  std::vector<double> lefts, rights;
  for (const auto& row : rows) {
    if (row.empty()) continue;
    lefts.push_back(row.front().left);
    rights.push_back(row.back().right);
  }
  if (lefts.empty()) return {};
  std::sort(lefts.begin(), lefts.end());
  std::sort(rights.begin(), rights.end());
  return {lefts[lefts.size() / 10], rights[rights.size() * 9 / 10]};
}

RowSpacing spacing_of(const std::vector<Word>& row, const ColumnEdges* column) {
  RowSpacing spacing;
  if (row.empty()) return spacing;
  for (const Word& word : row) spacing.line_height = std::max(spacing.line_height, height_of(word));
  const double height = spacing.line_height;
  const bool fills_the_column = column != nullptr && column->right > column->left &&
                                row.front().left <= column->left + height && row.back().right >= column->right - height;
  // Two characters set 分散对齐 (附      件, a label over an attachment) stand at the column's two edges, one gap
  // between them to judge by; a table's header of two cells keeps them, its cells two characters or more, or inset
  // from the edges by their padding.
  if (row.size() == 2 && fills_the_column && is_single_character(row[0]) && is_single_character(row[1])) {
    spacing.spread = true;
    spacing.typical_gap = row[1].left - row[0].right;
    return spacing;
  }
  if (row.size() < kFewestSpreadWords) return spacing;
  const auto characters = std::count_if(row.begin(), row.end(), is_single_character);
  if (static_cast<double>(characters) < kCharacterShare * static_cast<double>(row.size())) return spacing;
  // The spacing between characters; gaps beside a figure or a Latin word vary with the font and are not judged.
  std::vector<double> gaps;
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (is_single_character(row[i - 1]) && is_single_character(row[i])) gaps.push_back(row[i].left - row[i - 1].right);
  }
  if (gaps.size() < 2) return spacing;
  const double typical = median(gaps);
  if (typical <= 0 || (typical > kWidestSpacingInLines * height && !fills_the_column)) return spacing;
  const auto same = std::count_if(gaps.begin(), gaps.end(), [&](double gap) {
    return gap * kSameSpacingRatio >= typical && gap <= typical * kSameSpacingRatio;
  });
  // Spaced wider than three line heights, a row is spread only as a line stretched over the column is, every gap
  // alike: a table's header of two-character cells each set 分散对齐 (类   别 | 件   数) fills a full-width table's
  // width too, but with a cell's padding between 别 and 件.
  const bool stretched = typical > kWidestSpacingInLines * height;
  const double share_alike = stretched ? 1.0 : kCharacterShare;
  spacing.spread = static_cast<double>(same) >= share_alike * static_cast<double>(gaps.size());
  spacing.typical_gap = typical;
  return spacing;
}

bool parts_a_spread_row(double width, const RowSpacing& spacing) {
  return width > std::max(kPartingRatio * spacing.typical_gap,
                          spacing.typical_gap + kPartingMarginInLines * spacing.line_height);
}

bool opens_with_a_row_number(const std::vector<Word>& row, const RowSpacing& spacing) {
  if (!spacing.spread || row.size() < 2 || row[0].text.empty() || !is_single_character(row[1])) return false;
  const std::u32string number = decode_utf8(row[0].text);
  if (number.size() > 3 || !std::all_of(number.begin(), number.end(), is_digit)) return false;
  return row[1].left - row[0].right > kSameSpacingRatio * spacing.typical_gap;
}

void join_list_label(std::vector<Word>& row) {
  if (row.size() < 2 || !is_list_label(row[0].text)) return;
  const double height = std::max(height_of(row[0]), height_of(row[1]));
  const double tab = row[1].left - row[0].right;
  if (tab < 0 || tab > kWidestLabelTabInLines * height) return;
  // The rest of the row is one line of text: no cell gap parts it (a table's numbered row keeps its columns).
  const std::vector<Word> rest(row.begin() + 1, row.end());
  const RowSpacing spacing = spacing_of(rest);
  for (std::size_t i = 1; i < rest.size(); ++i) {
    const double gap = rest[i].left - rest[i - 1].right;
    if (spacing.spread ? parts_a_spread_row(gap, spacing) : gap > layout::kCellGapInLines * spacing.line_height) return;
  }
  Word& text = row[1];
  text.text = row[0].text + text.text;
  text.left = row[0].left;
  text.top = std::min(text.top, row[0].top);
  text.bottom = std::max(text.bottom, row[0].bottom);
  row.erase(row.begin());
}

}  // namespace docpipe::pdf
