#include "title_lines.hpp"

#include <cmath>
#include <string>
#include <string_view>

#include "docpipe/paragraph_assembly.hpp"

namespace docpipe::pdf {

namespace {

using layout::Line;

// The lines of the first page a letterhead (…文件, its 文号, 签发人) and a title may take.
constexpr std::size_t kTitleLines = 6;
// A title's next line is no wider than the line over it, give or take a character: a line wraps only when it is
// full, and a title set in a ladder narrows downwards. An issuer's name over a longer title is no first line of it.
constexpr double kWiderByAtMostCharacters = 1.0;
// Its middle within one character of the title line's middle: centred under it.
constexpr double kCentredWithinCharacters = 1.0;
// Edges this close are one edge: lines set flush with each other there.
constexpr double kSameEdgeCharacters = 0.5;
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

// Whether `next` stands as the next line of a title whose line `above` is: the layout only, not the words.
bool continues_title_line(const Line& above, const Line& next) {
  if (next.page != above.page || !above.exact_height || !next.exact_height) return false;
  const double size = type_height(above);
  if (size <= 0 || std::abs(type_height(next) - size) > kSameSizeShare * size) return false;
  const double gap = next.top - above.bottom;
  if (gap < 0 || gap > kFurthestInLines * size) return false;
  if (next.right - next.left > above.right - above.left + kWiderByAtMostCharacters * size) return false;
  const double above_middle = (above.left + above.right) / 2, next_middle = (next.left + next.right) / 2;
  if (std::abs(above_middle - next_middle) > kCentredWithinCharacters * size) return false;
  // Lines flush with each other on one side only are set flush left or right, not centred, however close their
  // middles (a portal's info row, 公开类别 | 主动公开 | 发布时间 | 2024-12-17 |, over the title flush left under it).
  const bool same_left = std::abs(next.left - above.left) <= kSameEdgeCharacters * size;
  const bool same_right = std::abs(next.right - above.right) <= kSameEdgeCharacters * size;
  if (same_left != same_right) return false;
  if (holds_a_sentence_mark(above.text) || holds_a_sentence_mark(next.text)) return false;
  // A title's line never ends right before its 关于, nor a letterhead (…人民政府文件) before the title: the line
  // over 关于… is its issuer (中共青石县委 青石县人民政府). A subtitle opens with a dash (——在县人大常委会会议上).
  const std::string_view next_text = next.text;
  for (const std::string_view opening : {"关于", "——", "—", "－－", "--"}) {
    if (next_text.starts_with(opening)) return false;
  }
  return !std::string_view(above.text).ends_with("文件");
}

}  // namespace

void join_wrapped_title_tail(std::vector<Line>& body) {
  const auto on_first_page = [&](std::size_t i) {
    return i < body.size() && i < kTitleLines && body[i].page == body.front().page;
  };
  for (std::size_t first = 0; on_first_page(first); ++first) {
    // A line that ends as a title does is a whole title: what stands under it is its issuer or its date.
    if (layout::detail::ends_a_title(body[first].text)) continue;
    std::string joined = body[first].text;
    for (std::size_t next = first + 1; on_first_page(next) && continues_title_line(body[next - 1], body[next]);
         ++next) {
      layout::append_joined(joined, body[next].text);
      if (!layout::detail::ends_a_title(joined)) continue;
      body[first].text = std::move(joined);
      body.erase(body.begin() + static_cast<std::ptrdiff_t>(first) + 1,
                 body.begin() + static_cast<std::ptrdiff_t>(next) + 1);
      return;
    }
  }
}

}  // namespace docpipe::pdf
