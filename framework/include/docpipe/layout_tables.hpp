// A table that lays out a report instead of holding figures: a WPS 红头 or form template's table with the whole body in
// one cell, or under a letterhead row. Its cells' paragraphs are the document's paragraphs, headings and all; read as
// table cells, the report is one block and loses every section. input.docx and input.doc judge it alike, each
// measuring its cells its own way (input.html reads an old portal's layout cell by rules of its own).
#pragma once

#include <cstddef>
#include <string_view>

#include "docpipe/text.hpp"

namespace docpipe::layout_tables {

// How much a cell holds: visible code points (not spaces) and paragraphs that show text.
struct CellContent {
  std::size_t code_points = 0;
  int paragraphs = 0;
};

// The most a table of figures puts in one cell; a reader may stop measuring a cell past it.
inline constexpr CellContent kLargestDataCell{300, 5};

// Whether a cell holds more text or more paragraphs than any table of figures puts in one: an article.
inline bool holds_an_article(const CellContent& content) {
  return content.code_points > kLargestDataCell.code_points || content.paragraphs > kLargestDataCell.paragraphs;
}

inline bool is_visible(char32_t c) { return c != U' ' && c != U'\t' && c != 0x3000 && c != 0xA0; }

inline std::size_t visible_code_points(std::string_view utf8) {
  std::size_t count = 0;
  for (const char32_t c : decode_utf8(utf8)) count += is_visible(c) ? 1 : 0;
  return count;
}

// A cell's visible text is read up to this many code points and one more, enough to tell a number cell.
inline constexpr std::size_t kLongestNumberCell = 12;

// A cell that holds a number and at most a short unit after it (46, 12.5%, 1,204, 36件, 1): a table of figures' cell,
// or its serial number. `visible` is the cell's text without spaces (its first kLongestNumberCell + 1 code points do).
inline bool holds_a_number(std::u32string_view visible) {
  constexpr std::size_t kLongestUnit = 2;
  const auto is_digit = [](char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); };
  std::size_t digits_end = 0;
  while (digits_end < visible.size() && (is_digit(visible[digits_end]) || visible[digits_end] == U',' ||
                                         visible[digits_end] == U'.' || visible[digits_end] == U'%')) {
    ++digits_end;
  }
  return visible.size() <= kLongestNumberCell && digits_end > 0 && is_digit(visible.front()) &&
         visible.size() - digits_end <= kLongestUnit;
}

// A table lays out text when one of its cells holds an article and fewer than two of its cells hold numbers: a table
// of figures or of tasks with one long 备注, 说明 or 完成情况 cell has its figures or serial numbers, and stays a
// table.
inline bool lays_out_text(bool holds_an_article_cell, std::size_t number_cells) {
  constexpr std::size_t kFewestNumbersOfATable = 2;
  return holds_an_article_cell && number_cells < kFewestNumbersOfATable;
}

}  // namespace docpipe::layout_tables
