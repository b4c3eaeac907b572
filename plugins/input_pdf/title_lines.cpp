#include "title_lines.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "docpipe/paragraph_assembly.hpp"

namespace docpipe::pdf {

namespace {

using layout::Line;

// The lines of the first page a letterhead (…文件, its 文号, 签发人) and a title may take.
constexpr std::size_t kTitleLines = 6;
// A tail is at most a third as wide as the title line over it: the last word or two of a wrapped title.
constexpr double kWidestTailShare = 1.0 / 3.0;
// Its middle within one character of the title line's middle: centred under it.
constexpr double kCentredWithinCharacters = 1.0;
// Type sizes this close are one size.
constexpr double kSameSizeShare = 0.15;
// At most this many of its own line heights below the title line: one blank line of the title's size, no more.
constexpr double kFurthestInLines = 1.5;

double type_height(const Line& line) { return line.type_height > 0 ? line.type_height : line.bottom - line.top; }

bool holds_a_sentence_mark(const std::string& text) {
  for (const char* mark : {"，", "。", "；", "：", "！", "？"}) {
    if (text.find(mark) != std::string::npos) return true;
  }
  return false;
}

bool is_wrapped_tail(const Line& title, const Line& tail) {
  if (tail.page != title.page || !title.exact_height || !tail.exact_height) return false;
  const double size = type_height(title);
  if (size <= 0 || std::abs(type_height(tail) - size) > kSameSizeShare * size) return false;
  const double gap = tail.top - title.bottom;
  if (gap < 0 || gap > kFurthestInLines * size) return false;
  if (tail.right - tail.left > kWidestTailShare * (title.right - title.left)) return false;
  const double title_middle = (title.left + title.right) / 2, tail_middle = (tail.left + tail.right) / 2;
  if (std::abs(title_middle - tail_middle) > kCentredWithinCharacters * size) return false;
  if (holds_a_sentence_mark(title.text) || holds_a_sentence_mark(tail.text)) return false;
  std::string joined = title.text;
  layout::append_joined(joined, tail.text);
  return !layout::detail::ends_a_title(title.text) && layout::detail::ends_a_title(joined);
}

}  // namespace

void join_wrapped_title_tail(std::vector<Line>& body) {
  for (std::size_t i = 1; i < body.size() && i < kTitleLines && body[i].page == body.front().page; ++i) {
    if (!is_wrapped_tail(body[i - 1], body[i])) continue;
    layout::append_joined(body[i - 1].text, body[i].text);
    body.erase(body.begin() + static_cast<std::ptrdiff_t>(i));
    return;
  }
}

}  // namespace docpipe::pdf
