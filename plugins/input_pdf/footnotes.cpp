#include "footnotes.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <string_view>

#include "docpipe/text.hpp"

namespace docpipe::pdf {

namespace {

using layout::Line;
using layout::Word;

// A mark's glyphs are a superscript's: at most this share of the height of the words they follow (Word and
// LibreOffice set them at 58%), ...
constexpr double kSmallerType = 0.75;
// ... their bottom raised above those words' by at least this share of their height (the baseline moves up a third),
constexpr double kRaised = 0.2;
// ... and set right after them: a gap of at most this share of the mark's height, or under a document grid (which
// prints half an em between every character, a mark's too) of this share of the text's height: 7.5 pt at 三号.
constexpr double kTouching = 0.5;
constexpr double kGridGapInLines = 0.45;
// How far left of a mark the words it may follow are looked for, in marks' heights: a superscript is some 0.4 of its
// text's height, so the grid's gap is under 1.2 of them.
constexpr double kFurthestInMarks = 1.2;
// Words whose right edge lies where a mark starts, looked at per mark: enough for a line's, bounded on a hostile
// page of words stacked at one x.
constexpr std::size_t kMaxNeighbours = 8;
// A footnote's type against the text its mark annotates (小五 or 10 pt under 三号 or 16 pt body text).
constexpr double kNoteType = 0.8;
// Footnotes stand at the foot: in the lower half of the page...
constexpr double kLowerHalf = 0.5;
// ... above the bottom margin, where a page number or running footer is left for the furniture pass.
constexpr double kFooterZone = layout::kDefaultMarginShare;
constexpr std::size_t kLongestMark = 4;  // code points: 12, [3], ⑤, **

bool is_mark_character(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'①' && c <= U'⑳') || c == U'*' || c == U'†' || c == U'‡' || c == U'[' ||
         c == U']' || c == U'(' || c == U')' || c == U'（' || c == U'）';
}

bool looks_like_a_mark(const std::string& text) {
  const std::u32string code_points = decode_utf8(text);
  if (code_points.empty() || code_points.size() > kLongestMark) return false;
  return std::all_of(code_points.begin(), code_points.end(), is_mark_character) &&
         !std::all_of(code_points.begin(), code_points.end(), [](char32_t c) {
           return c == U'[' || c == U']' || c == U'(' || c == U')' || c == U'（' || c == U'）';
         });
}

double height_of(const Word& word) { return word.bottom - word.top; }
double height_of(const Line& line) { return line.bottom - line.top; }

// The height of the words `mark` is a superscript to: a word ending where it starts, on its line (the mark's middle
// within the word's height), in type so much larger that the mark is raised above its baseline. Not after a Latin
// letter, where a raised digit is an exponent (m², km³).
std::optional<double> superscript_to(const Word& mark, const std::vector<Word>& words,
                                     const std::vector<std::size_t>& by_right) {
  const double height = height_of(mark);
  if (height <= 0) return std::nullopt;
  const double middle = (mark.top + mark.bottom) / 2;
  auto at = std::lower_bound(by_right.begin(), by_right.end(), mark.left - kFurthestInMarks * height,
                             [&](std::size_t i, double x) { return words[i].right < x; });
  for (std::size_t looked = 0; at != by_right.end() && looked < kMaxNeighbours; ++at, ++looked) {
    const Word& before = words[*at];
    if (before.right > mark.left + kTouching * height) break;
    const double text_height = height_of(before);
    const double gap = mark.left - before.right;
    if (&before == &mark || gap > std::max(kTouching * height, kGridGapInLines * text_height) ||
        height > kSmallerType * text_height || middle < before.top || middle > before.bottom ||
        mark.bottom > before.bottom - kRaised * text_height) {
      continue;
    }
    if (layout::detail::is_latin(layout::detail::last_code_point(before.text))) return std::nullopt;
    return text_height;
  }
  return std::nullopt;
}

// The mark `text` opens with, when what follows it is the note's text.
const NoteMark* opening_mark(const std::string& text, const std::vector<NoteMark>& marks) {
  for (const NoteMark& mark : marks) {
    if (text.size() > mark.text.size() && std::string_view(text).starts_with(mark.text)) return &mark;
  }
  return nullptr;
}

}  // namespace

std::vector<NoteMark> take_note_marks(std::vector<Word>& words) {
  std::vector<std::size_t> by_right(words.size());
  std::iota(by_right.begin(), by_right.end(), std::size_t{0});
  std::stable_sort(by_right.begin(), by_right.end(),
                   [&](std::size_t a, std::size_t b) { return words[a].right < words[b].right; });
  std::vector<NoteMark> marks;
  std::vector<bool> is_mark(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!looks_like_a_mark(words[i].text)) continue;
    if (const auto annotated = superscript_to(words[i], words, by_right)) {
      marks.push_back({words[i].text, *annotated});
      is_mark[i] = true;
    }
  }
  if (marks.empty()) return marks;
  std::vector<Word> kept;
  kept.reserve(words.size() - marks.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_mark[i]) kept.push_back(std::move(words[i]));
  }
  words = std::move(kept);
  return marks;
}

// Whether line `i` shares its row with a line beside it: a table's cell, as lines_with_aligned_cells parts a row
// into pieces next to each other. A footnote fills its row alone.
bool beside_another(const std::vector<Line>& lines, std::size_t i) {
  const auto same_row = [&](std::size_t j) {
    const double height = std::max(1.0, height_of(lines[i]));
    return std::abs(lines[j].top - lines[i].top) < height / 2 &&
           std::abs(lines[j].bottom - lines[i].bottom) < height / 2;
  };
  return (i > 0 && same_row(i - 1)) || (i + 1 < lines.size() && same_row(i + 1));
}

std::vector<Footnote> take_footnotes(std::vector<Line>& lines, const std::vector<NoteMark>& marks, double page_height) {
  if (marks.empty() || lines.empty()) return {};
  double annotated = 0;
  for (const NoteMark& mark : marks) annotated = std::max(annotated, mark.annotated_height);
  std::size_t end = lines.size();
  while (end > 0 && lines[end - 1].top >= page_height * (1 - kFooterZone)) --end;
  // A page number set higher (LibreOffice prints Word's footer — 1 — some 10% above the page's foot) is no line of
  // the last note either: it stays for the furniture pass.
  while (end > 0 && layout::is_page_number(lines[end - 1].text)) --end;
  // The run of lines in smaller type over the page's foot; the notes start at its first line opening with a mark
  // (a table's note, 说明：…, set small above them stays).
  std::size_t begin = end;
  // A table's row stops it: a cell opening with a mark's digits (10, 1,024) is no note.
  while (begin > 0 && lines[begin - 1].exact_height && height_of(lines[begin - 1]) <= kNoteType * annotated &&
         lines[begin - 1].top >= page_height * kLowerHalf && !beside_another(lines, begin - 1)) {
    --begin;
  }
  while (begin < end && opening_mark(lines[begin].text, marks) == nullptr) ++begin;
  if (begin == end) return {};
  std::vector<Footnote> notes;
  for (std::size_t i = begin; i < end; ++i) {
    const NoteMark* mark = opening_mark(lines[i].text, marks);
    if (mark != nullptr) {
      notes.push_back({mark->text, lines[i].text.substr(mark->text.size())});
    } else {
      layout::append_joined(notes.back().text, lines[i].text);
    }
  }
  lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(begin), lines.begin() + static_cast<std::ptrdiff_t>(end));
  return notes;
}

}  // namespace docpipe::pdf
