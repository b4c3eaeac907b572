// The GB/T 9704-2012 heading markers and the variants real reports use.
//
//   level 1  一、  一．  第一部分   (and a bare "、" whose numeral was lost)
//   level 2  （一）  (一)  （一）、  一)  一）
//   level 3  1.  1、  1．        (never "1.5万": a digit after the point is a decimal)
//   level 4  （1）  (1)
//   level 5  ①…⑳
//
// Only a marker that opens a paragraph makes a heading; markers inside a
// sentence, "一是…二是…" enumerations, dates and decimals never do.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace docpipe::sections {

inline constexpr int kDeepestLevel = 5;

struct HeadingMarker {
  int level = 0;
  std::u32string number;     // as written, delimiter included: "一、", "（二）", "3."
  std::optional<int> value;  // its place in the sequence; empty when the numeral is missing
  std::size_t length = 0;    // code points of the marker and the spaces after it
};

// The heading marker opening `paragraph`, if any.
std::optional<HeadingMarker> match_heading_marker(std::u32string_view paragraph);

// A level-3 marker whose point was lost (1理论武装入脑入心，筑牢思想根基。): one or two digits right before a
// title-like clause, never a count or a date (1名律师, 3月12日, 12348热线). Only a heading by its place among
// numbered siblings (the section splitter checks that); the number is the digits as written.
std::optional<HeadingMarker> match_pointless_digit_marker(std::u32string_view paragraph);

// The marker a level implies for a numbering label from the source (DOCX automatic numbering),
// so a label like "（二）" gets its value; nullopt if the label is not a marker.
std::optional<HeadingMarker> parse_numbering_label(std::u32string_view label);

// Where the body's sentence starts in a piece of a page flattened into one line that holds a heading, the space where
// its line ended and one sentence closed at the piece's end (（一）加强队伍建设 组织执法人员参加培训。), when the piece
// after it opens the next heading of its level or a higher one: a section is never its heading alone, so the sentence
// is its body. nullopt for any other piece: a slogan's clauses written with a full stop are its title when the body
// follows them (（三）推进政务公开 打造阳光政府。 全年公开信息…。), and a line of its own is not looked at.
std::optional<std::size_t> lone_sentence_under_a_heading(std::u32string_view piece, int level_after);

// The title in the text after a marker: up to the first 。！？ (a run-in heading's body follows it),
// without trailing punctuation such as ：
std::u32string heading_title(std::u32string_view after_marker);

}  // namespace docpipe::sections
