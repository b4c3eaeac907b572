// Paragraphs from the body lines of fixed-layout pages (layout::Line from line_assembly.hpp): a new
// paragraph where a line is indented past the left margin, where the line before it stopped short of
// the right margin or was set flush right, where the type size changes, after a vertical gap, where a
// heading marker opens a line after a sentence ended, or after a heading that stopped short of the margin.
// A paragraph that crosses a page break stays one paragraph.
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <string_view>
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
// A heading (a marker, no sentence ended yet) whose line stops more than this many characters short of the right
// margin has ended, indents or not: text set flush left fills its lines to within a character (half a one more
// for the line-breaking rules, which carry a character down with punctuation that may not open a line).
inline constexpr double kHeadingShortInCharacters = 1.5;
// Latin letters and digits are about half a Chinese character wide, and a run of them wraps whole.
inline constexpr double kHalfWidthInCharacters = 0.6;
inline constexpr std::size_t kFewestCharactersToMeasure = 6;  // lines shorter than this say little of the width

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

// The line's type size as a height: its longest word of Chinese's (Line::type_height), else its box's.
inline double type_height_of(const Line& line) {
  return line.type_height > 0 ? line.type_height : line.bottom - line.top;
}

inline bool is_half_width(char32_t c) { return c < 0x2E80; }  // Latin, digits, ASCII punctuation

// The width of a Chinese character, measured on the document's own lines: the median of their widths per
// character (a Latin letter or digit counting as about half of one). The line height when no line says.
inline double character_width(const std::vector<Line>& lines, double height) {
  std::vector<double> widths;
  for (const auto& line : lines) {
    double characters = 0;
    std::size_t count = 0;
    for (const char32_t c : decode_utf8(line.text)) {
      if (c == U' ') continue;
      characters += is_half_width(c) ? kHalfWidthInCharacters : 1.0;
      ++count;
    }
    if (count >= kFewestCharactersToMeasure && line.right > line.left)
      widths.push_back((line.right - line.left) / characters);
  }
  return widths.empty() ? height : median(std::move(widths));
}

// How many characters the Latin word or number a line opens with takes: it wraps whole (…推进 / 2024年度… leaves
// the line before it short by its width). 0 for a line that opens with a Chinese character, which may break anywhere.
inline double leading_run_in_characters(const std::string& text) {
  constexpr std::size_t kLongestRun = 32;  // code points: more only when the line is a Latin run, wrapped anywhere
  const std::u32string head = decode_utf8(std::string_view(text).substr(0, kLongestRun * 4));
  std::size_t run = 0;
  const auto in_run = [](char32_t c) { return is_alphanumeric(c) || c == U'.' || c == U',' || c == U'%'; };
  while (run < head.size() && in_run(head[run])) ++run;
  return static_cast<double>(run) * kHalfWidthInCharacters;
}

inline constexpr std::size_t kTitleLines = 4;  // lines of the first page a title and a letterhead may take

// A report's title ends with what it is: 报告, 总结, 汇报 (…年度报告, …情况的报告, …工作总结), and holds no clause of a
// sentence (…现将我乡2024年法治政府建设情况报告 / 如下，请审阅。 is the opening sentence's line).
inline bool ends_a_title(std::string_view text) {
  for (const std::string_view mark : {"，", "。", "；", "：", "、", ",", ";", ":"}) {
    if (text.find(mark) != std::string_view::npos) return false;
  }
  for (const std::string_view end : {"报告", "总结", "汇报"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

inline bool ends_a_sentence(std::string_view text) {
  for (const std::string_view end : {"。", "：", "；", "！", "？", ":"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// A sentence ended inside: a body paragraph that opens with a number (1.全年开展…。), no heading. A colon or a
// semicolon may part a heading's halves (一、主要举措：强化组织领导).
inline bool holds_sentence_punctuation(std::string_view text) {
  for (const std::string_view mark : {"。", "！", "？"}) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// A portal's breadcrumb (当前位置：首页 > 政府信息公开 > 法治政府建设), perhaps at the end of the menu's row: in a page
// printed to PDF the article's title stands under it at the same margins, and the row reaches the right one. No
// report's sentence points to a site's 首页 through a 位置 label.
inline bool holds_a_breadcrumb(std::string_view text) {
  const std::size_t label = text.find("位置");
  if (label == std::string_view::npos) return false;
  const std::string_view rest = text.substr(label + std::string_view("位置").size());
  if (!rest.starts_with("：") && !rest.starts_with(":") && !rest.starts_with(" ：") && !rest.starts_with(" :")) {
    return false;
  }
  const std::size_t home = rest.find("首页");
  if (home == std::string_view::npos || home > 8) return false;
  const std::string_view trail = rest.substr(home);
  for (const std::string_view arrow : {">", "＞", "»", "›", "→"}) {
    if (trail.find(arrow) != std::string_view::npos) return true;
  }
  return false;
}

// The label over an attachment (附件, 附件2) as GB/T 9704 sets it, alone on the first line of a new page.
inline bool labels_an_attachment(std::string_view text) {
  constexpr std::string_view kLabel = "附件";
  if (!text.starts_with(kLabel)) return false;
  text.remove_prefix(kLabel.size());
  return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == ' '; });
}

inline bool opens_with_heading_marker(const std::string& text) {
  constexpr std::size_t kLongestMarker = 8;  // code points: 第十二部分, （十一）
  return heading_marker_length(decode_utf8(std::string_view(text).substr(0, kLongestMarker * 4))) > 0;
}

}  // namespace detail

// Coordinates in points (1/72 inch) or anything of similar scale: a line height under 1 counts as 1.
// A heading marker opening a line after one that ended a sentence (…现将有关情况报告如下： / 一、主要举措和成效):
// a new paragraph even where the layout shows none, as in a document set flush left without indents whose
// sentence happened to fill its line.
inline bool heading_after_a_sentence(const std::string& previous, const std::string& line) {
  return detail::opens_with_heading_marker(line) && detail::ends_a_sentence(previous);
}

// `starts`: ascending indices of lines that open a paragraph whatever the layout says, such as the first line
// after a table that was taken out of `lines` (the line before the table and the one after it are no longer
// neighbours on the page). `page_lines`, when given, are the lines the margins and the line height are measured
// on: `lines` and what was taken out of them, such as a table's rows (a short report whose widest lines are a
// table's would otherwise take its centred title for a full line).
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
  const double character = character_width(lines, height);

  std::size_t next_start = 0;
  // Whether the paragraph being built is a heading so far: it opens with a marker (一、 （一） 1.) and no
  // sentence has ended in it. Kept line by line, so that a paragraph costs time linear in its length.
  bool open_heading = false;
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
      const double this_height = type_height_of(line), previous_height = type_height_of(previous);
      const bool resized =
          line.exact_height && previous.exact_height &&
          std::abs(this_height - previous_height) > kSizeChangeShare * std::max(this_height, previous_height);
      // A heading that stopped short of the margin by more than the next line's first word would take: in a
      // document set flush left, a title like 一、2024年推进法治政府建设的主要举措和成效 ends a character or
      // more before the margin, and a line-width tolerance made for indented text would join it to what follows.
      const bool heading_ended =
          open_heading && !ends_a_sentence(previous.text) &&
          previous.right < right - (kHeadingShortInCharacters + leading_run_in_characters(line.text)) * character;
      // The title's last line over the addressee or the opening (关于…的报告 / 县人民政府：): where a scan's line
      // heights cannot tell the title's type size from the body's, its closing word still ends it.
      const bool title_ended = i <= kTitleLines && line.page == lines.front().page && ends_a_title(previous.text);
      // An attachment's label at the top of its page opens it, however full the page's last line (a note under a
      // cover letter's date, （联系人：…；联系电话：…）, may reach the margin).
      const bool attachment = line.page != previous.page && labels_an_attachment(line.text);
      opens = indented || previous_short || previous_set_apart || gap || resized || heading_ended || title_ended ||
              attachment || holds_a_breadcrumb(previous.text) || heading_after_a_sentence(previous.text, line.text);
    }
    if (opens) {
      paragraphs.push_back({line.page, line.text, i});
      open_heading = opens_with_heading_marker(line.text) && !holds_sentence_punctuation(line.text);
    } else {
      append_joined(paragraphs.back().text, line.text);
      open_heading = open_heading && !holds_sentence_punctuation(line.text);
    }
  }
  return paragraphs;
}

}  // namespace docpipe::layout
