#include "inclusion_notes.hpp"

#include <algorithm>

namespace docpipe::metrics {
namespace {

// The words a note opens with, saying what the word before it takes in or leaves out.
constexpr std::u32string_view kWordsOfIncluding[] = {U"含", U"包括", U"包含", U"均含", U"不含", U"不包括", U"不包含"};

// The longest note read (含行政处罚、行政强制、行政检查及其他: a list of kinds stays short in this genre).
constexpr std::size_t kLongestNote = 24;

// Characters a note never holds: a clause's end, or a figure of its own (Arabic digits, and the Chinese numerals
// but 一, which is an article in most of the words it appears in: 统一, 一般程序).
constexpr std::u32string_view kNotInANote = U"，。；：！？,;:!?\n（(0123456789二三四五六七八九十两百千万";

// What may stand right before a note's bracket when the note is on a word: no clause's end, no figure's bracket.
constexpr std::u32string_view kNoWordBefore = U"，。；：、！？,;:!?\n）)”》";

}  // namespace

std::optional<std::size_t> inclusion_note_before(std::u32string_view text, std::size_t start, std::size_t floor) {
  if (start <= floor + 1 || start > text.size()) return std::nullopt;
  const std::size_t close = start - 1;
  if (text[close] != U'）' && text[close] != U')') return std::nullopt;
  const std::size_t from = std::max(floor, close > kLongestNote + 1 ? close - (kLongestNote + 1) : 0);
  const auto found = text.substr(from, close - from).find_last_of(U"（(");
  if (found == std::u32string_view::npos) return std::nullopt;
  const std::size_t open = from + found;
  // The word the note is on: words of its own right before the bracket, not a clause's end or the figure before.
  if (open <= floor || kNoWordBefore.find(text[open - 1]) != std::u32string_view::npos) return std::nullopt;
  const auto note = text.substr(open + 1, close - open - 1);
  if (note.find_first_of(kNotInANote) != std::u32string_view::npos) return std::nullopt;
  const bool opens_with_including =
      std::any_of(std::begin(kWordsOfIncluding), std::end(kWordsOfIncluding),
                  [&](std::u32string_view word) { return note.size() > word.size() && note.starts_with(word); });
  if (!opens_with_including) return std::nullopt;
  return open;
}

std::optional<std::size_t> figure_note_before(std::u32string_view text, std::size_t start, std::size_t floor,
                                              std::size_t earlier_floor) {
  if (start == 0 || start > text.size() || floor >= start || earlier_floor >= floor) return std::nullopt;
  const std::size_t close = start - 1;
  if (text[close] != U'）' && text[close] != U')') return std::nullopt;
  // The figure before ends inside the note: nothing but its closing bracket (or a hedge after the figure, 3件左右)
  // between them, and no clause ends between the opening and the figure before.
  constexpr std::size_t kLongestAfterTheFigure = 2;
  if (close < floor || close - floor > kLongestAfterTheFigure) return std::nullopt;
  const std::size_t from = std::max(earlier_floor, close > kLongestNote + 1 ? close - (kLongestNote + 1) : 0);
  const auto found = text.substr(from, floor - from).find_last_of(U"（(");
  if (found == std::u32string_view::npos) return std::nullopt;
  const std::size_t open = from + found;
  if (open <= earlier_floor || kNoWordBefore.find(text[open - 1]) != std::u32string_view::npos) return std::nullopt;
  const auto note = text.substr(open + 1, close - open - 1);
  if (note.find_first_of(U"，。；！？,;!?\n（(") != std::u32string_view::npos) return std::nullopt;
  constexpr std::u32string_view kWordsOpeningANoteWithFigures[] = {U"含", U"包括", U"包含", U"均含", U"其中"};
  const bool opens_with_including =
      std::any_of(std::begin(kWordsOpeningANoteWithFigures), std::end(kWordsOpeningANoteWithFigures),
                  [&](std::u32string_view word) { return note.starts_with(word); });
  if (!opens_with_including) return std::nullopt;
  return open;
}

}  // namespace docpipe::metrics
