#include "hard_wraps.hpp"

#include <algorithm>
#include <map>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/heading_markers.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/text.hpp"

namespace docpipe::txt {

namespace {

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
std::string_view trimmed_utf8(std::string_view line) {
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

// Columns a line takes on a page, from its UTF-8: a character of three or four bytes (Chinese, full-width
// signs) two, anything else one.
std::size_t utf8_width(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 || (byte >= 0xC0 && byte < 0xE0)) ++width;  // ASCII, or the lead byte of two
    if (byte >= 0xE0 && byte < 0xF8) width += 2;                // the lead byte of three or four
  }
  return width;
}

// The last character of well-formed UTF-8.
std::string_view last_character(std::string_view text) {
  std::size_t start = text.size();
  while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0) == 0x80) --start;
  return start > 0 ? text.substr(start - 1) : text;
}

bool ends_a_sentence(std::u32string_view text) {
  return !text.empty() && std::u32string_view(U"。！？；：!?;:”」』").find(text.back()) != std::u32string_view::npos;
}

// A row of a table laid out with tabs or runs of spaces (`text` trimmed): never joined to its neighbours.
bool looks_like_a_table_row(std::string_view text) {
  return text.find('\t') != std::string_view::npos || text.find("  ") != std::string_view::npos;
}

bool opens_with_a_marker(std::string_view text) {
  constexpr std::size_t kLongestMarker = 8;  // code points: 第十二部分, （十一）
  std::u32string head;
  for (const char32_t c : decode_utf8(text.substr(0, std::min(text.size(), kLongestMarker * 4)))) {
    if (head.size() == kLongestMarker) break;
    head += c;
  }
  return heading_marker_length(head) > 0;
}

bool holds_an_ideograph(std::string_view text) {
  const std::u32string decoded = decode_utf8(text);
  return std::any_of(decoded.begin(), decoded.end(), [](char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; });
}

struct Line {
  std::u32string text;
  std::size_t width = 0;
  bool after_blank = false;
  bool indented = false;
  bool table_row = false;
};

}  // namespace

std::optional<Reflowed> reflow_hard_wraps(const std::vector<SourceLine>& source) {
  if (source.size() < kFewestLines) return std::nullopt;
  // Judged on the UTF-8 as it is, and on at most kLinesJudged lines spread over the file: nearly every
  // file is not wrapped, and a long one is not scanned a second time for it.
  const std::size_t stride = std::max<std::size_t>(1, source.size() / kLinesJudged);
  std::vector<std::size_t> widths;
  std::size_t judged = 0, table_rows = 0, full = 0, mid_sentence = 0;
  for (std::size_t i = 0; i < source.size(); i += stride, ++judged) {
    const std::string_view text = trimmed_utf8(source[i].text);
    const std::size_t width = utf8_width(text);
    if (width >= kNarrowestMeasured) widths.push_back(width);
    if (looks_like_a_table_row(text)) ++table_rows;
  }
  if (widths.size() < kFewestLines / 2) return std::nullopt;
  // Tab- or space-aligned columns: a table, whose rows are lines by design.
  if (static_cast<double>(table_rows) > kMostTableRows * static_cast<double>(judged)) return std::nullopt;
  // The wrap width: most measured lines reach it, so it is a high quantile of their widths, not the widest
  // (a line of half-width digits runs a little over).
  const std::size_t measured = widths.size();
  const auto quantile = widths.begin() + static_cast<std::ptrdiff_t>(measured * 4 / 5);
  std::nth_element(widths.begin(), quantile, widths.end());
  const std::size_t wrap = *quantile;
  if (wrap > kWidestWrap) return std::nullopt;
  const std::size_t tolerance = std::max<std::size_t>(4, wrap / 10);
  for (std::size_t i = 0; i < source.size(); i += stride) {
    const std::string_view text = trimmed_utf8(source[i].text);
    const std::size_t width = utf8_width(text);
    if (width + tolerance < wrap || width > wrap + tolerance) continue;
    // The title, a heading or a rule that happens to be as wide says nothing of a wrap: each ends where it ends
    // (a short report's 二、党政主要负责人…情况 is as wide as its sentences).
    if (i == 0 || opens_with_a_marker(text) || !holds_an_ideograph(text)) continue;
    ++full;
    if (!ends_a_sentence(decode_utf8(last_character(text)))) ++mid_sentence;
  }
  if (full < kFewestLines / 2 || static_cast<double>(full) < kFullShare * static_cast<double>(measured) ||
      static_cast<double>(mid_sentence) < kMidSentenceShare * static_cast<double>(full)) {
    return std::nullopt;
  }

  std::vector<Line> lines;
  lines.reserve(source.size());
  for (std::size_t i = 0; i < source.size(); ++i) {
    const std::string_view raw = source[i].text;
    const bool indented = raw.starts_with("  ") || raw.starts_with("\t") || raw.starts_with("\xE3\x80\x80");  // U+3000
    const std::string_view text = trimmed_utf8(raw);
    lines.push_back(
        {decode_utf8(text), utf8_width(text), source[i].after_blank, indented, looks_like_a_table_row(text)});
  }
  const auto reaches_the_margin = [&](const Line& line) { return line.width + tolerance >= wrap; };

  Reflowed result;
  // Page furniture first, so that a paragraph running across a page break is joined across it.
  std::map<std::u32string, std::size_t> repeats;
  for (const auto& line : lines) {
    if (line.width >= kShortestRunningHeader) ++repeats[line.text];
  }
  std::vector<Line> body;
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
    if (repeats[line.text] >= kRunningHeaderRepeats && body.size() >= kTitleLines) {
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
    const Line& line = body[i];
    const bool continues = i > 0 && !line.after_blank && !line.indented && reaches_the_margin(body[i - 1]) &&
                           !ends_a_sentence(body[i - 1].text) && heading_marker_length(line.text) == 0 &&
                           !line.table_row && !body[i - 1].table_row;
    if (continues) {
      layout::append_joined(paragraph, encode_utf8(line.text));
      ++result.joined;
      continue;
    }
    if (i > 0) result.paragraphs.push_back(std::move(paragraph));
    paragraph = encode_utf8(line.text);
  }
  if (!body.empty()) result.paragraphs.push_back(std::move(paragraph));
  return result;
}

}  // namespace docpipe::txt
