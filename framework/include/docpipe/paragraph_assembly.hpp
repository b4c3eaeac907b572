// Paragraphs from the body lines of fixed-layout pages (layout::Line from line_assembly.hpp): a new
// paragraph where a line is indented past the left margin, where the line before it stopped short of
// the right margin or was set flush right, where the type size changes, after a vertical gap, or where a
// heading marker opens a line after a sentence ended. A paragraph that crosses a page break stays one paragraph.
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "docpipe/heading_markers.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/text.hpp"

namespace docpipe::layout {

struct Paragraph {
  int page = 0;  // where it starts
  std::string text;
  std::size_t first_line = 0;  // the index of its first line in the lines it was built from
};

namespace detail {

inline constexpr double kIndentInLines = 0.8;     // a first-line indent of two characters is well over this
inline constexpr double kShortLineInLines = 2.0;  // a line ending this far before the right margin ends its paragraph
// ... unless the document indents its paragraphs, where a Latin run wrapped whole can leave a line a few
// characters short ("《纲要（2021-2025" / "年）》"): then only a much shorter line ends a paragraph.
inline constexpr double kShortLineWhenIndentedInLines = 6.0;
inline constexpr double kIndentedShare = 0.1;  // the share of indented lines that shows a document indents
inline constexpr double kGapInLines = 1.2;     // a vertical gap this large separates paragraphs
// A line that starts this far past the left margin and still reaches the right one is set flush right (a
// signature, its date) or centred: a paragraph of its own, even where a page break follows it.
inline constexpr double kFlushRightInLines = 4.0;
// Lines whose heights differ by more than this share are set in different sizes: a title (二号) over the
// addressee line (三号, 县委、县政府：), which may reach the same margins.
inline constexpr double kSizeChangeShare = 0.2;

inline double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

// The left edge most lines start at: continuation lines of paragraphs.
inline double body_left(const std::vector<Line>& lines) {
  std::map<long, int> counts;
  for (const auto& line : lines) ++counts[std::lround(line.left)];
  long best = 0;
  int best_count = -1;
  for (const auto& [left, count] : counts) {
    if (count > best_count) best = left, best_count = count;
  }
  // A body whose lines are all indented first lines: the smallest common edge is the margin.
  double left = static_cast<double>(best);
  for (const auto& line : lines) left = std::min(left, line.left);
  return counts[std::lround(left)] * 5 >= best_count ? left : static_cast<double>(best);
}

}  // namespace detail

// Coordinates in points (1/72 inch) or anything of similar scale: a line height under 1 counts as 1.
// A heading marker opening a line after one that ended a sentence (…现将有关情况报告如下： / 一、主要举措和成效):
// a new paragraph even where the layout shows none, as in a document set flush left without indents whose
// sentence happened to fill its line.
inline bool heading_after_a_sentence(const std::string& previous, const std::string& line) {
  constexpr std::size_t kLongestMarker = 8;  // code points: 第十二部分, （十一）
  const std::u32string head = decode_utf8(std::string_view(line).substr(0, kLongestMarker * 4));
  if (heading_marker_length(head) == 0) return false;
  for (const std::string_view end : {"。", "：", "；", "！", "？", ":"}) {
    if (previous.ends_with(end)) return true;
  }
  return false;
}

// `starts`: ascending indices of lines that open a paragraph whatever the layout says, such as the first line
// after a table that was taken out of `lines` (the line before the table and the one after it are no longer
// neighbours on the page). `page_lines`, when given, are all the lines of the body, `lines` among them: the
// margins and the line height are measured on them (a short report whose widest lines are a table's rows would
// otherwise take its centred title for a full line).
inline std::vector<Paragraph> build_paragraphs(const std::vector<Line>& lines,
                                               const std::vector<std::size_t>& starts = {},
                                               const std::vector<Line>* page_lines = nullptr) {
  using namespace detail;
  std::vector<Paragraph> paragraphs;
  if (lines.empty()) return paragraphs;
  const std::vector<Line>& measured = page_lines && !page_lines->empty() ? *page_lines : lines;
  std::vector<double> heights, rights;
  for (const auto& line : measured) heights.push_back(line.bottom - line.top), rights.push_back(line.right);
  const double height = std::max(1.0, median(heights));
  const double left = body_left(measured);
  std::sort(rights.begin(), rights.end());
  const double right = rights[rights.size() * 9 / 10];

  std::size_t indented_lines = 0;
  for (const auto& line : lines) indented_lines += line.left > left + kIndentInLines * height;
  const bool indents = static_cast<double>(indented_lines) >= kIndentedShare * static_cast<double>(lines.size());
  const double short_line = (indents ? kShortLineWhenIndentedInLines : kShortLineInLines) * height;

  std::size_t next_start = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    while (next_start < starts.size() && starts[next_start] < i) ++next_start;
    bool opens = i == 0 || (next_start < starts.size() && starts[next_start] == i);
    if (!opens) {
      const Line& previous = lines[i - 1];
      const bool indented = line.left > left + kIndentInLines * height;
      const bool previous_short = previous.right < right - short_line;
      const bool previous_set_apart = previous.left > left + kFlushRightInLines * height;
      const bool gap = line.page == previous.page && line.top - previous.bottom > kGapInLines * height;
      const double this_height = line.bottom - line.top, previous_height = previous.bottom - previous.top;
      const bool resized =
          line.exact_height && previous.exact_height &&
          std::abs(this_height - previous_height) > kSizeChangeShare * std::max(this_height, previous_height);
      opens = indented || previous_short || previous_set_apart || gap || resized ||
              heading_after_a_sentence(previous.text, line.text);
    }
    if (opens) {
      paragraphs.push_back({line.page, line.text, i});
    } else {
      append_joined(paragraphs.back().text, line.text);
    }
  }
  return paragraphs;
}

}  // namespace docpipe::layout
