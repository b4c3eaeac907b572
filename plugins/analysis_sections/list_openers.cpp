#include "list_openers.hpp"

#include <algorithm>

#include "docpipe/heading_markers.hpp"
#include "docpipe/text.hpp"
#include "trimmed_line.hpp"

namespace docpipe::sections {

namespace {

constexpr std::size_t kLongestTopicLine = 40;  // code points: 坚持依法行政，规范权力运行 and longer topics
// A line this long that ends no sentence may be filled to the margin, the line under it its tail.
constexpr std::size_t kShortestFilledLine = 20;

bool ends_a_sentence(std::u32string_view line) {
  return !line.empty() && std::u32string_view(U"。！？!?；;：:”）)").find(line.back()) != std::u32string_view::npos;
}

}  // namespace

bool opens_a_list(std::u32string_view line, std::u32string_view above) {
  line = trimmed(line);
  above = trimmed(above);
  if (line.empty()) return false;
  if (line.ends_with(U"：") || line.ends_with(U":")) return true;
  if (is_bullet(line.front())) return true;
  if (line.size() > kLongestTopicLine || std::none_of(line.begin(), line.end(), is_han)) return false;
  // 正文。 is a short sentence, 加强执法队伍建设， a line broken off inside one: neither opens a topic.
  if (line.find_first_of(U"。！？!?；;") != std::u32string_view::npos) return false;
  if (line.ends_with(U"，") || line.ends_with(U"、") || line.ends_with(U",")) return false;
  return above.size() < kShortestFilledLine || ends_a_sentence(above);
}

}  // namespace docpipe::sections
