// Lines of text on fixed-layout pages (PDF, OFD, OCR output), rebuilt from positioned words, and the
// page furniture (running headers, footers, page numbers) told apart from the body. Coordinates are
// any unit with y growing downwards; the thresholds are relative to line heights and page heights.
#pragma once

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docpipe/text.hpp"

namespace docpipe::layout {

struct Word {
  double left = 0, top = 0, right = 0, bottom = 0;
  std::string text;
  bool space_after = false;
};

struct Line {
  int page = 0;  // 1-based
  double left = 0, top = 0, right = 0, bottom = 0;
  std::string text;
  bool exact_height = true;  // from a text layer's boxes; OCR's line heights vary with what the line holds
  // The height of the line's longest word of Chinese (of its longest word, without Chinese): its type size, where
  // figures set in another font (Times New Roman beside 仿宋, a substituted font) stand taller or shorter than the
  // Chinese around them. 0 where not measured.
  double type_height = 0;
};

struct Furniture {
  std::vector<Line> body;
  std::vector<std::pair<std::string, std::string>> removed;  // removed.page-number / running-header / running-footer
};

namespace detail {

inline char32_t last_code_point(const std::string& text) {
  const auto decoded = decode_utf8(std::string_view(text).substr(text.size() >= 4 ? text.size() - 4 : 0));
  return decoded.empty() ? 0 : decoded.back();
}

inline char32_t first_code_point(const std::string& text) {
  const auto decoded = decode_utf8(std::string_view(text).substr(0, 4));
  return decoded.empty() ? 0 : decoded.front();
}

// How much of a line's type a word shows: its Chinese characters (U+3000 on: ideographs, full-width punctuation)
// first, then its other characters, so that a word of Chinese outweighs any run of figures beside it.
inline std::size_t type_weight(std::string_view text) {
  constexpr std::size_t kWide = 1 << 16;
  std::size_t weight = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) weight += byte >= 0xE3 ? kWide : 1;
  }
  return weight;
}

inline bool is_latin(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
inline bool is_alphanumeric(char32_t c) { return is_latin(c) || (c >= U'0' && c <= U'9'); }

// Digits replaced by '#', so that "第 3 页" and "第 4 页" are the same furniture.
inline std::string shape_of(const std::string& text) {
  std::string shape;
  for (const char c : text) {
    if (c == ' ') continue;
    shape += (c >= '0' && c <= '9') ? '#' : c;
  }
  return shape;
}

// A forward-only scanner over code points: every step consumes input, so a check costs time linear in
// the line and no stack (a regex with nested repetition recursed per character and overflowed the stack
// on a footer of 20,000 dashes).
class Scanner {
 public:
  explicit Scanner(const std::string& text) : text_(decode_utf8(text)) {}

  bool at_end() const { return position_ == text_.size(); }
  void skip_spaces() {
    while (!at_end() && is_space(text_[position_])) ++position_;
  }
  bool accept(char32_t c) {
    if (at_end() || text_[position_] != c) return false;
    ++position_;
    return true;
  }
  // One or more dashes of any width.
  bool dashes() {
    const std::size_t start = position_;
    while (!at_end() && is_dash(text_[position_])) ++position_;
    return position_ > start;
  }
  // One to four ASCII digits, and no fifth.
  bool number() {
    std::size_t count = 0;
    while (!at_end() && text_[position_] >= U'0' && text_[position_] <= U'9') ++position_, ++count;
    return count >= 1 && count <= 4;
  }
  std::size_t position() const { return position_; }
  void rewind(std::size_t position) { position_ = position; }

 private:
  static bool is_space(char32_t c) { return c == U' ' || (c >= U'\t' && c <= U'\r'); }
  static bool is_dash(char32_t c) { return c == U'—' || c == U'–' || c == U'-' || c == U'－'; }

  std::u32string text_;
  std::size_t position_ = 0;
};

}  // namespace detail

// A page number as offices print them: "— 3 —", "- 3 -", "第 3 页", "第 3 页 共 9 页", "3", "3/9", "3 页".
inline bool is_page_number(const std::string& text) {
  detail::Scanner s(text);
  s.skip_spaces();
  const std::size_t start = s.position();
  const auto ends = [&] {
    s.skip_spaces();
    return s.at_end();
  };
  // — 3 —
  if (s.dashes()) {
    s.skip_spaces();
    if (!s.number()) return false;
    s.skip_spaces();
    return s.dashes() && ends();
  }
  // 第 3 页, optionally followed by [,，/] 共 9 页
  if (s.accept(U'第')) {
    s.skip_spaces();
    if (!s.number()) return false;
    s.skip_spaces();
    if (!s.accept(U'页')) return false;
    if (ends()) return true;
    s.accept(U',') || s.accept(U'，') || s.accept(U'/');
    s.skip_spaces();
    if (!s.accept(U'共')) return false;
    s.skip_spaces();
    if (!s.number()) return false;
    s.skip_spaces();
    return s.accept(U'页') && ends();
  }
  // 3, 3/9, 3 页
  s.rewind(start);
  if (!s.number()) return false;
  if (ends()) return true;
  if (s.accept(U'页')) return ends();
  if (!s.accept(U'/')) return false;
  s.skip_spaces();
  return s.number() && ends();
}

// Joins two pieces of text the way a line break inside a paragraph joins them: one space between Latin
// words, a hyphen at a line end dropped, and nothing otherwise (调解员86 + 名 is 调解员86名).
inline void append_joined(std::string& text, const std::string& next) {
  if (next.empty()) return;
  if (text.empty()) {
    text = next;
    return;
  }
  const char32_t before = detail::last_code_point(text);
  const char32_t after = detail::first_code_point(next);
  if (before == U'-' && detail::is_latin(after) && text.size() >= 2) {
    text.pop_back();  // a word hyphenated at the line end
  } else if (detail::is_latin(before) && detail::is_latin(after)) {
    text += ' ';
  }
  text += next;
}

// A horizontal gap between two words of a row, in line heights, that only a table's columns (or tab stops)
// leave: justified Chinese spreads its characters by a fraction of one, a Latin space is a quarter.
inline constexpr double kCellGapInLines = 1.5;

// A gap between two words of Chinese, in line heights, that a hand set there (中共青石县委   青石县人民政府, two
// issuers of a joint letterhead parted by spaces): justified Chinese spreads its characters by a fraction of this, and
// the text keeps one space there, as the source's spaces would read.
inline constexpr double kWordSpaceInLines = 0.5;

// Whether a row's words parted by a cell's gap make lines of their own: yes for a text layer's exact boxes,
// no for OCR, whose boxes are uneven enough to open such gaps inside a word.
enum class Cells { split, keep_together };

// A box taller than this many ems of its type is no font's line height (ascent and descent together are 1 to 1.5
// ems), and a box this much taller still is no horizontal word's but a column of vertical text's.
inline constexpr double kInflatedBoxInEms = 2.0;
inline constexpr double kTallestInflatedBoxInEms = 4.0;

// A top and a bottom: a word's, a line's.
using Extent = std::pair<double, double>;

namespace detail {

// A word's type size as its width shows it, where it holds a Chinese character: each such character (and full-width
// punctuation) is set one em wide, other characters about half an em. 0 for a word without Chinese.
inline double em_across(const Word& word) {
  std::size_t ideographs = 0, wide = 0, narrow = 0;
  // Every word of every text-layer page passes here: its characters are read in place, no copy decoded.
  for_each_code_point(word.text, [&](char32_t c) {
    if ((c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000) {
      ++ideographs;
    } else if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60)) {
      ++wide;
    } else if (c > U' ' && c != 0xA0) {
      ++narrow;
    }
  });
  if (ideographs == 0) return 0;
  return (word.right - word.left) / (static_cast<double>(ideographs + wide) + 0.5 * static_cast<double>(narrow));
}

inline Extent em_about_the_middle(const Word& word, double em) {
  const double middle = (word.top + word.bottom) / 2;
  return {middle - em / 2, middle + em / 2};
}

}  // namespace detail

// Each word's top and bottom as its type stands: its box, or the box cut to one em about its middle where the box
// stands taller than its type. A browser printing a page to PDF (Chromium's Skia) sets a font it cannot embed as it
// is, a Chinese font made bold by the browser, as a Type 3 font, and poppler takes such a font's glyph boxes from the
// whole font's bounding box: a 24-point title's characters stand in boxes 62 points tall, and the two lines of a
// title 28 points apart overlap, while the figures and Latin beside them, in another font, keep tight boxes. A
// Chinese character is set one em wide, so a word with Chinese shows its type size across (detail::em_across), and a
// box more than twice as tall is cut. Figures in the same font on the same line (2023 beside 年 in a bold table
// header) stand in the very same box, and are cut alike. The middle stays where it was: every word of that font is
// off its baseline alike, and the words of one line keep their middles together. OCR's boxes (a character's ink,
// about as tall as it is wide) and a text layer's in any other font keep theirs.
inline std::vector<Extent> type_extents(const std::vector<Word>& words) {
  std::vector<Extent> extents;
  extents.reserve(words.size());
  std::map<Extent, double> cut_boxes;  // an inflated box's top and bottom: its type's em
  for (const Word& word : words) {
    const double em = detail::em_across(word);
    const double height = word.bottom - word.top;
    if (em > 0 && height > kInflatedBoxInEms * em && height <= kTallestInflatedBoxInEms * em) {
      extents.push_back(detail::em_about_the_middle(word, em));
      cut_boxes.emplace(Extent{word.top, word.bottom}, em);
    } else {
      extents.push_back({word.top, word.bottom});
    }
  }
  if (cut_boxes.empty()) return extents;
  // A box shared with a word of Chinese that stands as tall as its type is a line's, not a font's: OCR's layers give
  // every word its line's height, and a narrow character (川, 了) alone looks inflated in it.
  for (std::size_t i = 0; i < words.size(); ++i) {
    const double em = detail::em_across(words[i]);
    if (em > 0 && extents[i] == Extent{words[i].top, words[i].bottom}) cut_boxes.erase({words[i].top, words[i].bottom});
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Extent box{words[i].top, words[i].bottom};
    const auto same_box = cut_boxes.find(box);
    if (same_box == cut_boxes.end()) {
      extents[i] = box;
    } else if (extents[i] == box) {
      extents[i] = detail::em_about_the_middle(words[i], same_box->second);
    }
  }
  return extents;
}

namespace detail {

// A row spread out character by character (a heading or a justified last line stretched over the measure, a
// title set letter-spaced: 一 、 工 作 情 况): three words or more, two thirds of them single characters. Its wide
// gaps are its own spacing, no space a hand set.
inline bool spread_by_character(const std::vector<const Word*>& row) {
  if (row.size() < 3) return false;
  std::size_t single = 0;
  for (const Word* word : row) single += decode_utf8(word->text).size() == 1 ? 1 : 0;
  return single * 3 >= row.size() * 2;
}

// Whether a space a hand set stands between two words of a row: a gap wider than kWordSpaceInLines between
// Chinese words of two characters or more (not punctuation, whose own width leaves white: 年度、 报告》), outside a
// spread row. A single character on either side is a word set letter-spaced (附　件, 目　录, 前　言: a label the
// text reads whole), never one of two issuers.
inline bool hand_set_space(const Word& before, const Word& after, double height) {
  constexpr std::size_t kShortestWord = 2;
  return after.left - before.right > kWordSpaceInLines * height && is_han(last_code_point(before.text)) &&
         is_han(first_code_point(after.text)) && count_code_points(before.text) >= kShortestWord &&
         count_code_points(after.text) >= kShortestWord;
}

}  // namespace detail

// A page's words grouped into visual rows, top to bottom, each left to right, as indexes into `words`: a word
// joins the row whose first word its middle falls within, so that glyphs varying a little in size or baseline
// (OCR layers, one object per glyph) stay on their line.
inline std::vector<std::vector<std::size_t>> rows_of(const std::vector<Word>& words) {
  std::vector<std::size_t> order(words.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto twice_middle = [&](std::size_t i) { return words[i].top + words[i].bottom; };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return twice_middle(a) < twice_middle(b) || (twice_middle(a) == twice_middle(b) && words[a].left < words[b].left);
  });
  std::vector<std::vector<std::size_t>> rows;
  for (const std::size_t i : order) {
    const double middle = twice_middle(i) / 2;
    if (!rows.empty()) {
      const Word& first = words[rows.back().front()];
      if (middle >= first.top && middle <= first.bottom) {
        rows.back().push_back(i);
        continue;
      }
    }
    rows.push_back({i});
  }
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [&](std::size_t a, std::size_t b) { return words[a].left < words[b].left; });
  }
  return rows;
}

// Groups a page's words into lines (rows_of), left to right, joined without a space between Chinese characters
// and with one where the source put a space between Latin words or a hand left a wide gap between Chinese words
// (detail::hand_set_space); a row's table cells are lines of their own unless told otherwise. Rows kept together
// (OCR's, a spread row's pieces) keep no space between Chinese: their gaps are no hand's.
inline std::vector<Line> lines_of_page(const std::vector<Word>& words, int page, Cells cells = Cells::split) {
  std::vector<Line> lines;
  for (const auto& indexes : rows_of(words)) {
    std::vector<const Word*> row;
    row.reserve(indexes.size());
    for (const std::size_t i : indexes) row.push_back(&words[i]);
    const double height = std::max(1.0, row.front()->bottom - row.front()->top);
    Line line{page, row.front()->left, row.front()->top, row.front()->right, row.front()->bottom, {}, true};
    std::size_t longest = 0;  // type_weight of the line's weightiest word so far
    const bool hand_spaced = cells == Cells::split && !detail::spread_by_character(row);
    for (std::size_t i = 0; i < row.size(); ++i) {
      const Word& word = *row[i];
      // A gap no prose leaves between words parts a table's cells (序号 | 指标 | 2023年 | 2022年): each is a
      // line of its own, so that cells never run together into one number (318 | 296 → 318296).
      if (cells == Cells::split && i > 0 && word.left - row[i - 1]->right > kCellGapInLines * height) {
        lines.push_back(std::move(line));
        line = Line{page, word.left, word.top, word.right, word.bottom, {}, true};
        longest = 0;
      }
      if (const std::size_t weight = detail::type_weight(word.text); weight > longest) {
        longest = weight;
        line.type_height = word.bottom - word.top;
      }
      line.left = std::min(line.left, word.left);
      line.right = std::max(line.right, word.right);
      line.top = std::min(line.top, word.top);
      line.bottom = std::max(line.bottom, word.bottom);
      // A space the source puts between words is kept only between Latin words and numbers: never inside
      // Chinese, nor before % or punctuation (100 %, 2024 年).
      if (i > 0 && row[i - 1]->space_after && !line.text.empty() &&
          detail::is_alphanumeric(detail::last_code_point(line.text)) &&
          detail::is_alphanumeric(detail::first_code_point(word.text))) {
        line.text += ' ';
      } else if (hand_spaced && i > 0 && !line.text.empty() && detail::hand_set_space(*row[i - 1], word, height)) {
        line.text += ' ';
      }
      line.text += word.text;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

// Share of a page's characters that carry no text: replacement characters, private-use glyph codes,
// controls — what a font without a Unicode map extracts to. 1 for a page with no characters.
inline double unreadable_share(const std::vector<Word>& words) {
  std::size_t total = 0, unreadable = 0;
  for (const auto& word : words) {
    for (const char32_t c : decode_utf8(word.text)) {
      ++total;
      unreadable += c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || (c < 0x20 && c != U'\t');
    }
  }
  return total == 0 ? 1.0 : static_cast<double>(unreadable) / static_cast<double>(total);
}

// The share of a page's height at its top and at its bottom where furniture sits: 8% suits office
// software's PDFs; GB/T 9704 official documents keep 37 mm above and 35 mm below the type area (12%), with
// the page number 7 mm under the last line, on the right of odd pages and the left of even ones.
inline constexpr double kDefaultMarginShare = 0.08;
inline constexpr double kOfficialMarginShare = 0.12;

// A page number no body line looks like: "— 3 —", "- 3 -", "第 3 页". Removed within the official margins
// whatever the margin a format assumes, since PDFs of official documents keep GB/T 9704's layout.
inline bool is_decorated_page_number(const std::string& text) {
  if (!is_page_number(text)) return false;
  detail::Scanner s(text);
  s.skip_spaces();
  return s.dashes() || s.accept(U'第');
}

// What a browser prints in a page's margins when a portal's page is saved as PDF ("Print → Save as PDF"): the date
// and time at the top (`12/7/26, 9:46 AM`, `2025/3/11 16:20`, `2025/3/11 下午4:20`) beside the page's title, and
// the page's address at the bottom (`https://…`, `file:///…`) beside `1/3`. Alone on its line, either is no body's:
// a date in a report is written with 年月日 and carries no clock time, and an address in the text has a label or a
// sentence around it. A one-page document has no header to run over its pages, so these are known by their shape.
inline bool is_print_stamp(const std::string& text) {
  // Spaces of every width are one: a browser's clock puts a narrow no-break space before its AM (9:46 AM).
  std::u32string t;
  for (const char32_t c : decode_utf8(text)) {
    const bool space = c == U' ' || c == U'\t' || c == U'\u00A0' || c == U'\u2009' || c == U'\u202F' || c == U'\u3000';
    if (!space) {
      t += c;
    } else if (!t.empty() && t.back() != U' ') {
      t += U' ';
    }
  }
  if (!t.empty() && t.back() == U' ') t.pop_back();
  for (const std::u32string_view scheme : {U"http://", U"https://", U"file://"}) {
    if (t.starts_with(scheme)) return t.size() > scheme.size();
  }
  std::size_t at = 0;
  const auto digits = [&](std::size_t fewest, std::size_t most) {
    std::size_t n = 0;
    while (at < t.size() && t[at] >= U'0' && t[at] <= U'9') ++at, ++n;
    return n >= fewest && n <= most;
  };
  const auto accept = [&](std::u32string_view word) {
    if (t.compare(at, word.size(), word) != 0) return false;
    at += word.size();
    return true;
  };
  const auto separator = [&] { return accept(U"/") || accept(U"-") || accept(U"."); };
  // A number of `fewest` to `most` digits: its value, and how many digits it was written with.
  struct Number {
    int value = 0;
    std::size_t written = 0;
  };
  const auto number = [&](std::size_t fewest, std::size_t most, Number& n) {
    const std::size_t from = at;
    if (!digits(fewest, most)) return false;
    n = {0, at - from};
    for (std::size_t k = from; k < at; ++k) n.value = n.value * 10 + static_cast<int>(t[k] - U'0');
    return true;
  };
  // The date: year, month and day in the order the locale prints them: the year's four digits first (2025/3/11),
  // else its two or four last (12/7/26, 3/11/2025, 11/3/2025), the month and the day each in their range.
  Number first, second, third;
  if (!number(1, 4, first) || !separator() || !number(1, 2, second) || !separator() || !number(1, 4, third)) {
    return false;
  }
  const auto in = [](const Number& n, int low, int high) { return n.value >= low && n.value <= high; };
  const bool year_first = first.written == 4 && in(second, 1, 12) && in(third, 1, 31);
  const bool year_last = first.written <= 2 && (third.written == 2 || third.written == 4) && in(first, 1, 31) &&
                         in(second, 1, 31) && (first.value <= 12 || second.value <= 12);
  if (!year_first && !year_last) return false;
  const bool comma = accept(U",") || accept(U"，");
  const bool space = accept(U" ");
  const bool half_of_the_day = accept(U"上午") || accept(U"下午");
  if (!comma && !space && !half_of_the_day) return false;
  // The time: hours and minutes, perhaps seconds, perhaps AM or PM.
  Number hours, minutes, seconds;
  if (!number(1, 2, hours) || !accept(U":") || !number(2, 2, minutes) || !in(hours, 0, 23) || !in(minutes, 0, 59)) {
    return false;
  }
  if (accept(U":") && (!number(2, 2, seconds) || !in(seconds, 0, 59))) return false;
  accept(U" ");
  const bool twelve_hours = accept(U"AM") || accept(U"PM") || accept(U"am") || accept(U"pm");
  if ((twelve_hours || half_of_the_day) && !in(hours, 1, 12)) return false;
  return at == t.size();
}

// Whether a line in a margin that stands on `on` of a document's `pages` pages runs as a header or footer: on at
// least half of the pages, or on two or more pages of one parity that make at least half of that parity's pages
// after the first (a document set with different odd and even pages and a first page of its own carries its
// title over every odd page but the first, and nothing over the even ones).
inline bool runs_over_the_pages(const std::set<int>& on, std::size_t pages) {
  // One page is no run, even of two (the first heading of a two-page report's second page stays).
  if (pages < 2 || on.size() < 2) return false;
  if (on.size() * 2 >= pages) return true;
  const int parity = *on.begin() % 2;
  for (const int page : on) {
    if (page == 1 || page % 2 != parity) return false;
  }
  const std::size_t of_that_parity = (pages - (parity == 1 ? 1 : 0)) / 2;  // pages 2..pages with that parity
  return on.size() * 2 >= of_that_parity;
}

namespace detail {

inline std::string without_spaces(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

// The first row of each page: the lines (a row's cells) that open it, and the top of the line below them.
struct TopRow {
  std::size_t first = 0, end = 0;  // indices of the row's lines
  double bottom = 0;               // the row's
  double next_top = 0;             // the line below it; no line below: no next row
  double next_height = 0;
  bool has_next = false;
};

inline std::vector<TopRow> top_rows(const std::vector<Line>& lines) {
  std::vector<TopRow> rows;
  for (std::size_t i = 0; i < lines.size();) {
    const int page = lines[i].page;
    TopRow row{i, i, lines[i].bottom, 0, 0, false};
    const double middle_of_first = (lines[i].top + lines[i].bottom) / 2;
    std::size_t j = i;
    // Cells of the same row: their middles within each other's height (lines_of_page's own test).
    while (j < lines.size() && lines[j].page == page && middle_of_first >= lines[j].top &&
           middle_of_first <= lines[j].bottom) {
      row.bottom = std::max(row.bottom, lines[j].bottom);
      ++j;
    }
    row.end = j;
    if (j < lines.size() && lines[j].page == page) {
      row.has_next = true, row.next_top = lines[j].top, row.next_height = lines[j].bottom - lines[j].top;
    }
    rows.push_back(row);
    while (j < lines.size() && lines[j].page == page) ++j;
    i = j;
  }
  return rows;
}

}  // namespace detail

// A running header on fewer than half of the pages: Word's different first page and odd/even headers print one
// on page 3 only, or on every other page but the first. Such a line sits at the top of its page, above where the
// body starts on the document's pages and set apart from the body below it by a blank line or more, and it
// repeats the document's title (the first lines of the first page) or stands so on another page as well. A heading
// or a body line that opens a page starts where the body starts, and stays. Removes them from `furniture.body`.
inline void remove_occasional_headers(Furniture& furniture, const std::vector<double>& page_heights,
                                      double zone_share) {
  constexpr std::size_t kTitleLines = 3;
  constexpr std::size_t kShortestTitle = 18;  // bytes: six Chinese characters; 附件 is no title
  std::vector<Line>& lines = furniture.body;
  if (lines.empty()) return;
  const std::vector<detail::TopRow> rows = detail::top_rows(lines);
  // The gap between two lines of a paragraph, and a row set apart from the line below it by half a line more.
  std::vector<double> gaps;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const double gap = lines[i].top - lines[i - 1].bottom;
    if (lines[i].page == lines[i - 1].page && gap > 0) gaps.push_back(gap);
  }
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
  const double line_gap = gaps.empty() ? 0 : gaps[gaps.size() / 2];
  const auto set_apart = [&](const detail::TopRow& row) {
    const double height = std::min(row.bottom - lines[row.first].top, row.next_height);
    return row.has_next && row.next_top - row.bottom > line_gap + std::max(1.0, height / 2);
  };
  // Where the body starts: on each page the line below a row set apart at the top, else the top row itself; the
  // lower median over the pages, so that one page opening with a set-apart heading moves it not.

  std::vector<double> body_tops;
  for (const auto& row : rows) body_tops.push_back(set_apart(row) ? row.next_top : lines[row.first].top);
  std::sort(body_tops.begin(), body_tops.end());
  const double body_top = body_tops[(body_tops.size() - 1) / 2];
  const auto at_the_top = [&](const detail::TopRow& row) {
    const double height = page_heights.at(static_cast<std::size_t>(lines[row.first].page - 1));
    return set_apart(row) && row.bottom <= height * zone_share && row.bottom < body_top;
  };

  // The title as the first page's opening lines read, one, two or three of them joined.
  std::vector<std::string> titles;
  std::string title;
  for (std::size_t i = 0; i < lines.size() && i < kTitleLines && lines[i].page == lines.front().page; ++i) {
    title += detail::without_spaces(lines[i].text);
    if (title.size() >= kShortestTitle) titles.push_back(title);
  }
  std::map<std::string, std::set<int>> pages_by_text;  // what stands at the top of pages, set apart
  for (const auto& row : rows) {
    if (!at_the_top(row)) continue;
    for (std::size_t i = row.first; i < row.end; ++i)
      pages_by_text[detail::without_spaces(lines[i].text)].insert(lines[i].page);
  }
  std::vector<bool> header(lines.size(), false);
  for (const auto& row : rows) {
    if (!at_the_top(row)) continue;
    for (std::size_t i = row.first; i < row.end; ++i) {
      const std::string text = detail::without_spaces(lines[i].text);
      const bool repeats_the_title =
          lines[i].page != lines.front().page && std::find(titles.begin(), titles.end(), text) != titles.end();
      header[i] = !text.empty() && (repeats_the_title || pages_by_text[text].size() >= 2);
    }
  }
  std::vector<Line> body;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (header[i]) {
      furniture.removed.emplace_back("removed.running-header", lines[i].text);
    } else {
      body.push_back(std::move(lines[i]));
    }
  }
  lines = std::move(body);
}

// Removes the lines in the top and bottom margins that are page numbers (— 1 —, - 2 -, 第 3 页, 4), run over the
// pages (running headers and footers, runs_over_the_pages) or are a browser's print stamp with its row
// (is_print_stamp), and the headers of fewer pages that repeat the title or each other (remove_occasional_headers).
inline Furniture remove_furniture(const std::vector<Line>& lines, const std::vector<double>& page_heights,
                                  double margin_share = kDefaultMarginShare) {
  const auto zone_within = [&](const Line& line, double share) {
    const double height = page_heights.at(static_cast<std::size_t>(line.page - 1));
    if (line.bottom <= height * share) return 1;     // header
    if (line.top >= height * (1 - share)) return 2;  // footer
    return 0;
  };
  const auto zone = [&](const Line& line) { return zone_within(line, margin_share); };
  std::map<std::pair<int, std::string>, std::set<int>> pages_by_shape;  // (zone, shape) -> pages
  for (const auto& line : lines) {
    if (const int z = zone(line)) pages_by_shape[{z, detail::shape_of(line.text)}].insert(line.page);
  }
  const std::size_t pages = page_heights.size();
  // A browser's print stamp and what shares its row in the same margin (the page's title beside the date, `1/3`
  // beside the address): the row is the browser's header or footer, on one page as on many.
  // It stands at the page's very edge, no line above it (a header) or below it (a footer), and at either end of its
  // row: a table's row at the foot of a page with a hearing's date and time in a middle cell is no browser's.
  const auto on_one_row = [](const Line& a, const Line& b) {
    return a.page == b.page && a.top < b.bottom && b.top < a.bottom;
  };
  // Only margin lines shaped as stamps are looked at further: most pages have none, and pay for nothing more.
  std::vector<const Line*> stamps;
  for (const auto& line : lines) {
    const int z = zone(line);
    if (z == 0 || !is_print_stamp(line.text)) continue;
    const auto outside_it = [&](const Line& other) {
      return other.page == line.page && (z == 1 ? other.bottom <= line.top : other.top >= line.bottom);
    };
    const auto beside_it_on = [&](bool left) {
      return [&, left](const Line& other) {
        return &other != &line && on_one_row(other, line) && (left ? other.left < line.left : other.right > line.right);
      };
    };
    if (std::none_of(lines.begin(), lines.end(), outside_it) &&
        (std::none_of(lines.begin(), lines.end(), beside_it_on(true)) ||
         std::none_of(lines.begin(), lines.end(), beside_it_on(false)))) {
      stamps.push_back(&line);
    }
  }
  const auto beside_a_stamp = [&](const Line& line, int z) {
    return std::any_of(stamps.begin(), stamps.end(),
                       [&](const Line* stamp) { return zone(*stamp) == z && on_one_row(*stamp, line); });
  };
  const auto running = [&](const Line& line, int z) {
    return z != 0 &&
           (runs_over_the_pages(pages_by_shape[{z, detail::shape_of(line.text)}], pages) || beside_a_stamp(line, z));
  };
  // A bare number (3, 3/5, 3 页) is a page number alone on its row, or beside the page's furniture (`1/3` beside the
  // address a browser prints, a running title beside its number); beside anything else it is a table's cell at the
  // top or foot of a page (人民调解案件（件） | 3 | 5), or one of two numbers on one row.
  const auto in_a_row_of_the_body = [&](const Line& line) {
    return std::any_of(lines.begin(), lines.end(), [&](const Line& other) {
      return &other != &line && on_one_row(other, line) && !is_print_stamp(other.text) && !running(other, zone(other));
    });
  };
  Furniture furniture;
  for (const auto& line : lines) {
    const int z = zone(line);
    // Nor is such a cell a running footer for the page numbers of the same shape on the other pages.
    const bool a_cell = z != 0 && is_page_number(line.text) && in_a_row_of_the_body(line);
    const bool page_number =
        (z != 0 && is_page_number(line.text) && !a_cell) ||
        (zone_within(line, std::max(margin_share, kOfficialMarginShare)) != 0 && is_decorated_page_number(line.text));
    if (page_number) {
      furniture.removed.emplace_back("removed.page-number", line.text);
      continue;
    }
    if (running(line, z) && !a_cell) {
      furniture.removed.emplace_back(z == 1 ? "removed.running-header" : "removed.running-footer", line.text);
      continue;
    }
    furniture.body.push_back(line);
  }
  remove_occasional_headers(furniture, page_heights, std::max(margin_share, kOfficialMarginShare));
  return furniture;
}

}  // namespace docpipe::layout
