// Line breaks typed inside a word processor's paragraph (Shift+Enter: w:br in a .docx, character 0x0B in a .doc)
// that only wrap a line by hand, which the reader should not see: a body sentence run on to the next line, or a
// heading wrapped to centre it. input.docx and input.doc judge them alike; every other break splits the paragraph.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/dates.hpp"
#include "docpipe/heading_markers.hpp"
#include "docpipe/layout_tables.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/paragraph_assembly.hpp"
#include "docpipe/text.hpp"

namespace docpipe::line_breaks {

namespace detail {

inline constexpr std::u32string_view kBullets = U"●○■□◆◇▪▫•·√☆★-—–";

// The name of an organ (中共测试县委员会, 测试县人民政府, 测试县司法局): two of them stacked by a line break are a
// joint letterhead or signature, not one heading wrapped in two.
inline bool names_an_organ(std::string_view line) {
  while (line.ends_with(' ')) line.remove_suffix(1);
  for (const std::string_view suffix : {"委员会", "政府", "办公室", "局", "委", "院", "厅"}) {
    if (line.ends_with(suffix)) return true;
  }
  return false;
}

// Whether `utf8` shows at least `least` visible code points, counted over a prefix grown as needed: a paragraph is
// judged line by line against all it has joined so far, and decoding it whole at every line would cost the square
// of its lines (a file of 16,000 hand breaks took seconds).
inline bool shows_at_least(std::string_view utf8, std::size_t least) {
  for (std::size_t window = least * 16;; window *= 4) {
    if (window >= utf8.size()) return layout_tables::visible_code_points(utf8) >= least;
    std::size_t cut = window;
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80) --cut;  // a code point's start
    if (layout_tables::visible_code_points(utf8.substr(0, cut)) >= least) return true;
  }
}

}  // namespace detail

// A line break (Shift+Enter) typed to wrap a line by hand: after a line of 20 characters or more that ends no
// sentence and is no heading (a marker, no sentence in it: （一）强化组织领导⏎ ends there), before one that opens with
// no heading marker, bullet or label and is no date (a signature's), as input.pdf and input.txt join the lines of
// one paragraph.
inline bool is_visual_wrap(const std::string& line, const std::string& next) {
  std::string_view before(line);
  while (before.ends_with(' ')) before.remove_suffix(1);
  std::u32string after = decode_utf8(next);
  while (!after.empty() && after.front() == U' ') after.erase(0, 1);
  if (before.empty() || after.empty() || layout::detail::ends_a_sentence(before)) return false;
  // A hand-wrapped line runs to the margin: a short one is a line of its own (an organ over its date, a list item,
  // 中共…委员会 over …人民政府), and so is a line that opens with a bullet or a field's label (联系人：, 地址：).
  constexpr std::size_t kShortestWrappedLine = 20;
  if (!detail::shows_at_least(before, kShortestWrappedLine)) return false;
  constexpr std::size_t kLongestLabel = 6;
  const auto colon = after.find_first_of(U"：:");
  if (detail::kBullets.find(after.front()) != std::u32string::npos ||
      (colon != std::u32string::npos && colon > 0 && colon <= kLongestLabel)) {
    return false;
  }
  if (layout::detail::opens_with_heading_marker(line) && !layout::detail::holds_sentence_punctuation(line))
    return false;
  return !layout::detail::opens_with_heading_marker(encode_utf8(after)) && !parse_date(after) &&
         !parse_year_month(after);
}

// The lines of a paragraph, split where the writer broke them, with the breaks that only wrap a line joined.
inline void join_visual_wraps(std::vector<std::string>& lines) {
  std::vector<std::string> joined;
  for (auto& line : lines) {
    if (!joined.empty() && is_visual_wrap(joined.back(), line)) {
      layout::append_joined(joined.back(), line);
    } else {
      joined.push_back(std::move(line));
    }
  }
  lines = std::move(joined);
}

// A line break typed inside a heading to centre a long one (一、坚持依法决策，⏎推进政府治理规范化): the heading goes on
// after it when the line before ends no sentence and holds none, and the line after is a heading's short remainder
// with no punctuation of a sentence, no marker, bullet, label or date of its own, and is not a second organ's name
// under a first's.
inline bool is_heading_wrap(const std::string& line, const std::string& next) {
  constexpr std::size_t kLongestHeadingLine = 50;  // code points: a heading's line at the widest heading type
  constexpr std::size_t kLongestRemainder = 40;
  const std::u32string after = decode_utf8(next);
  if (line.empty() || next.empty() || layout::detail::ends_a_sentence(line) ||
      layout::detail::holds_sentence_punctuation(line) ||
      layout_tables::visible_code_points(line) > kLongestHeadingLine) {
    return false;
  }
  if (layout_tables::visible_code_points(next) >= kLongestRemainder ||
      after.find_first_of(U"。！？；：:") != std::u32string::npos)
    return false;
  const std::size_t first = after.find_first_not_of(U" \u3000");
  if (first == std::u32string::npos || detail::kBullets.find(after[first]) != std::u32string_view::npos) return false;
  if (layout::detail::opens_with_heading_marker(encode_utf8(after.substr(first))) || parse_date(after) ||
      parse_year_month(after)) {
    return false;
  }
  return !(detail::names_an_organ(line) && detail::names_an_organ(next));
}

// A heading's first line with the lines a typist wrapped it into joined to it (with no space between Chinese
// characters); the lines after its end stay lines of their own.
inline void join_heading_wraps(std::vector<std::string>& lines) {
  std::size_t next = 1;
  while (next < lines.size() && is_heading_wrap(lines.front(), lines[next])) {
    layout::append_joined(lines.front(), lines[next]);
    ++next;
  }
  lines.erase(lines.begin() + 1, lines.begin() + static_cast<std::ptrdiff_t>(next));
}

// Whether a number marks a heading, written (`一、` typed) or the label a list gives (Word's `（二）`): a Chinese
// numeral's marker (一、 （一） 第一部分 壹、). A digit's (1. （1） ①) numbers a heading's items as often as its
// third-level headings, and a numbered item is body text whose breaks are its own (1. 联系单位：测试县司法局⏎人民路8号
// keeps its two lines), so it does not make the paragraph a heading here.
inline bool marks_a_heading(std::string_view text) {
  constexpr std::size_t kLongestMarker = 8;  // code points: 第十二部分, （十一）
  std::u32string head = decode_utf8(text.substr(0, kLongestMarker * 4));
  while (!head.empty() && (head.front() == U' ' || head.front() == U'\u3000')) head.erase(0, 1);
  const std::size_t length = heading_marker_length(head);
  if (length == 0) return false;
  const std::u32string_view marker = std::u32string_view(head).substr(0, length);
  return marker.find_first_of(U"一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾") != std::u32string_view::npos;
}

}  // namespace docpipe::line_breaks
