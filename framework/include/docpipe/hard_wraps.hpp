// Text copied out of a PDF keeps the PDF's line breaks: every line about as wide as the page, a sentence
// broken wherever the line ended, a page number and the running header between pages. Read line by line,
// a figure loses its unit to the next line and a rate the counts it is computed from. Such text is reflowed
// here into the paragraphs the page showed, by the rules input.pdf applies to positioned lines (a paragraph
// ends at a short line, a blank line or a heading), with the page furniture taken out first. Shared by input.txt
// (a text file copied out of a PDF) and input.html (a page pasted from a PDF, a <br> or <p> at every line).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/heading_markers.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/text.hpp"

namespace docpipe::wrapping {

struct SourceLine {
  std::string_view text;
  bool after_blank = false;  // a blank line came before it
};

struct Reflowed {
  std::vector<std::string> paragraphs;
  std::size_t joined = 0;                                    // line breaks that were inside a paragraph
  std::vector<std::pair<std::string, std::string>> removed;  // removed.page-number / removed.running-header
  std::vector<std::size_t> first_lines;  // for each paragraph, the index in `lines` of the line it opens with
};

// The paragraphs of `lines` when they are hard-wrapped, nullopt when they are not (one paragraph a line, as
// nearly every text file is): reflowing is only ever done to text that was wrapped at a fixed width.

namespace detail {

// Lines narrower than this (ten Chinese characters) say nothing about a wrap width.
constexpr std::size_t kNarrowestMeasured = 20;
// A text of fewer lines is not judged.
constexpr std::size_t kFewestLines = 8;
// The share of the measured lines that must reach the wrap width, and of those the share that must end
// mid-sentence.
constexpr double kFullShare = 0.4;
constexpr double kMidSentenceShare = 0.5;
// Pages wider than this (in columns, a Chinese character two) are not a PDF page's lines.
constexpr std::size_t kWidestWrap = 160;
// A text with more of its lines laid out as table rows than this is a table, not wrapped prose.
constexpr double kMostTableRows = 0.2;
// Lines at the top where a line that repeats as a running header may be the title itself.
constexpr std::size_t kTitleLines = 5;
// Lines a file is judged on at most, spread evenly over it.
constexpr std::size_t kLinesJudged = 1000;
// A running header is at least six Chinese characters wide, and repeats on this many pages at least.
constexpr std::size_t kShortestRunningHeader = 12;
constexpr std::size_t kRunningHeaderRepeats = 3;

// `line` without the spaces, tabs, carriage returns and ideographic spaces around it.
inline std::string_view trimmed_utf8(std::string_view line) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  for (bool changed = true; changed;) {
    changed = false;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r')) {
      line.remove_prefix(1), changed = true;
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1), changed = true;
    }
    if (line.starts_with(kIdeographicSpace)) line.remove_prefix(kIdeographicSpace.size()), changed = true;
    if (line.ends_with(kIdeographicSpace)) line.remove_suffix(kIdeographicSpace.size()), changed = true;
  }
  return line;
}

// The columns a byte adds to a line's width (below).
inline std::size_t utf8_width_of_byte(unsigned char byte) {
  if (byte < 0x80 || (byte >= 0xC0 && byte < 0xE0)) return 1;  // ASCII, or the lead byte of two
  return byte >= 0xE0 && byte < 0xF8 ? 2 : 0;  // the lead byte of three or four; 0 for continuations and F8..FF
}

// Columns a line takes on a page, from its UTF-8: a character of three or four bytes (Chinese, full-width
// signs) two, anything else one.
inline std::size_t utf8_width(std::string_view text) {
  // Eight bytes at a time: each byte's top bits, moved to bit 7 by shifting the word, tell its kind (every
  // line judged is measured, the long ones of a big file too).
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::size_t width = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, text.data() + i, sizeof w);
    const std::uint64_t ascii = ~w & kHigh;
    const std::uint64_t lead_of_two = w & (w << 1) & ~(w << 2) & kHigh;                           // 110xxxxx
    const std::uint64_t lead_of_more = w & (w << 1) & (w << 2) & ~((w << 3) & (w << 4)) & kHigh;  // E0..F7
    // Each byte's columns (0, 1 or 2) summed by one multiplication into the top byte, as count_code_points does:
    // std::popcount is a library call where the build does not assume POPCNT.
    const std::uint64_t columns = ((ascii | lead_of_two) >> 7) + ((lead_of_more >> 7) << 1);
    width += static_cast<std::size_t>((columns * 0x0101010101010101ULL) >> 56);
  }
  for (; i < text.size(); ++i) width += utf8_width_of_byte(static_cast<unsigned char>(text[i]));
  return width;
}

// The last character of well-formed UTF-8.
inline std::string_view last_character(std::string_view text) {
  std::size_t start = text.size();
  while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0) == 0x80) --start;
  return start > 0 ? text.substr(start - 1) : text;
}

inline bool ends_a_sentence(std::u32string_view text) {
  return !text.empty() && std::u32string_view(U"。！？；：!?;:”」』").find(text.back()) != std::u32string_view::npos;
}

// A row of a table laid out with tabs or runs of spaces (`text` trimmed): never joined to its neighbours.
inline bool looks_like_a_table_row(std::string_view text) {
  return text.find('\t') != std::string_view::npos || text.find("  ") != std::string_view::npos;
}

inline bool opens_with_a_marker(std::string_view text) {
  constexpr std::size_t kLongestMarker = 8;  // code points: 第十二部分, （十一）
  std::u32string head;
  for (const char32_t c : decode_utf8(text.substr(0, std::min(text.size(), kLongestMarker * 4)))) {
    if (head.size() == kLongestMarker) break;
    head += c;
  }
  return heading_marker_length(head) > 0;
}

inline bool holds_an_ideograph(std::string_view text) {
  const std::u32string decoded = decode_utf8(text);
  return std::any_of(decoded.begin(), decoded.end(), is_han);
}

struct WrappedLine {
  std::u32string text;
  std::size_t width = 0;
  bool after_blank = false;
  bool indented = false;
  bool table_row = false;
  std::size_t source = 0;  // its index among the lines given
};

}  // namespace detail

// The paragraphs of `lines` when they are hard-wrapped, nullopt when they are not (one paragraph a line, as
// nearly every text file is): reflowing is only ever done to text that was wrapped at a fixed width.
inline std::optional<Reflowed> reflow_hard_wraps(const std::vector<SourceLine>& source) {
  if (source.size() < detail::kFewestLines) return std::nullopt;
  // Judged on the UTF-8 as it is, and on at most kLinesJudged lines spread over the file: nearly every
  // file is not wrapped, and a long one is not scanned a second time for it.
  const std::size_t stride = std::max<std::size_t>(1, source.size() / detail::kLinesJudged);
  struct Judged {
    std::string_view text;  // trimmed
    std::size_t width = 0;
  };
  std::vector<Judged> judged_lines;  // every stride-th line, measured once
  std::vector<std::size_t> widths;
  std::size_t table_rows = 0, full = 0, mid_sentence = 0;
  for (std::size_t i = 0; i < source.size(); i += stride) {
    const std::string_view text = detail::trimmed_utf8(source[i].text);
    const std::size_t width = detail::utf8_width(text);
    judged_lines.push_back({text, width});
    if (width >= detail::kNarrowestMeasured) widths.push_back(width);
    if (detail::looks_like_a_table_row(text)) ++table_rows;
  }
  const std::size_t judged = judged_lines.size();
  if (widths.size() < detail::kFewestLines / 2) return std::nullopt;
  // Tab- or space-aligned columns: a table, whose rows are lines by design.
  if (static_cast<double>(table_rows) > detail::kMostTableRows * static_cast<double>(judged)) return std::nullopt;
  // The wrap width: most measured lines reach it, so it is a high quantile of their widths, not the widest
  // (a line of half-width digits runs a little over).
  const std::size_t measured = widths.size();
  const auto quantile = widths.begin() + static_cast<std::ptrdiff_t>(measured * 4 / 5);
  std::nth_element(widths.begin(), quantile, widths.end());
  const std::size_t wrap = *quantile;
  if (wrap > detail::kWidestWrap) return std::nullopt;
  const std::size_t tolerance = std::max<std::size_t>(4, wrap / 10);
  for (std::size_t k = 0; k < judged; ++k) {
    const auto [text, width] = judged_lines[k];
    if (width + tolerance < wrap || width > wrap + tolerance) continue;
    // The title, a heading or a rule that happens to be as wide says nothing of a wrap: each ends where it ends
    // (a short report's 二、党政主要负责人…情况 is as wide as its sentences).
    if (k == 0 || detail::opens_with_a_marker(text) || !detail::holds_an_ideograph(text)) continue;
    ++full;
    if (!detail::ends_a_sentence(decode_utf8(detail::last_character(text)))) ++mid_sentence;
  }
  if (full < detail::kFewestLines / 2 ||
      static_cast<double>(full) < detail::kFullShare * static_cast<double>(measured) ||
      static_cast<double>(mid_sentence) < detail::kMidSentenceShare * static_cast<double>(full)) {
    return std::nullopt;
  }

  std::vector<detail::WrappedLine> lines;
  lines.reserve(source.size());
  for (std::size_t i = 0; i < source.size(); ++i) {
    const std::string_view raw = source[i].text;
    const bool indented = raw.starts_with("  ") || raw.starts_with("\t") || raw.starts_with("\xE3\x80\x80");  // U+3000
    const std::string_view text = detail::trimmed_utf8(raw);
    lines.push_back({decode_utf8(text), detail::utf8_width(text), source[i].after_blank, indented,
                     detail::looks_like_a_table_row(text), i});
  }
  const auto reaches_the_margin = [&](const detail::WrappedLine& line) { return line.width + tolerance >= wrap; };

  Reflowed result;
  // Page furniture first, so that a paragraph running across a page break is joined across it.
  std::map<std::u32string, std::size_t> repeats;
  for (const auto& line : lines) {
    if (line.width >= detail::kShortestRunningHeader) ++repeats[line.text];
  }
  std::vector<detail::WrappedLine> body;
  // Blank lines and form feeds around removed furniture are the page break, not a paragraph's end
  // (pdftotext writes "…1,0", "—1—", "", "\f50人次").
  bool after_furniture = false;
  for (auto& line : lines) {
    const std::string utf8 = encode_utf8(line.text);
    if (layout::is_page_number(utf8)) {
      result.removed.emplace_back("removed.page-number", utf8);
      after_furniture = true;
      continue;
    }
    // An occurrence among the first lines may be the title itself; the others are the header of each page.
    if (repeats[line.text] >= detail::kRunningHeaderRepeats && body.size() >= detail::kTitleLines) {
      result.removed.emplace_back("removed.running-header", utf8);
      after_furniture = true;
      continue;
    }
    if (after_furniture) line.after_blank = false;
    after_furniture = false;
    body.push_back(std::move(line));
  }

  std::string paragraph;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const detail::WrappedLine& line = body[i];
    const bool continues = i > 0 && !line.after_blank && !line.indented && reaches_the_margin(body[i - 1]) &&
                           !detail::ends_a_sentence(body[i - 1].text) && heading_marker_length(line.text) == 0 &&
                           !line.table_row && !body[i - 1].table_row;
    if (continues) {
      layout::append_joined(paragraph, encode_utf8(line.text));
      ++result.joined;
      continue;
    }
    if (i > 0) result.paragraphs.push_back(std::move(paragraph));
    paragraph = encode_utf8(line.text);
    result.first_lines.push_back(line.source);
  }
  if (!body.empty()) result.paragraphs.push_back(std::move(paragraph));
  return result;
}

}  // namespace docpipe::wrapping
