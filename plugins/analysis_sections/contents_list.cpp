#include "contents_list.hpp"

#include <set>
#include <string>

#include "docpipe/contents_lines.hpp"
#include "docpipe/text.hpp"

namespace docpipe::sections {

namespace {

// An entry names a heading and nothing more: the longest form, 二、党政主要负责人履行推进法治建设第一责任人职责，
// 加强法治政府建设的有关情况, with room for its page number.
constexpr std::size_t kLongestEntry = 60;
constexpr std::size_t kFewestEntries = 2;

std::u32string_view trimmed(std::u32string_view line) {
  const auto space = [](char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; };
  while (!line.empty() && space(line.front())) line.remove_prefix(1);
  while (!line.empty() && space(line.back())) line.remove_suffix(1);
  return line;
}

// What an entry and the heading it lists share: the line without its leader and page number.
std::u32string entry_text(std::u32string_view line) {
  std::u32string text(trimmed(line));
  while (!text.empty() && ((text.back() >= U'0' && text.back() <= U'9') ||
                           std::u32string_view(U"…⋯·.．‥ \u3000").find(text.back()) != std::u32string_view::npos)) {
    text.pop_back();
  }
  return text;
}

bool reads_as_an_entry(std::u32string_view line) {
  line = trimmed(line);
  return !line.empty() && line.size() <= kLongestEntry &&
         line.find_first_of(U"。！？!?；;") == std::u32string_view::npos;
}

}  // namespace

std::vector<bool> contents_lines(const std::vector<std::u32string_view>& lines) {
  std::vector<bool> in_contents(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!contents::ends_with_typed_leader_and_page(encode_utf8(lines[i]))) continue;
    in_contents[i] = true;
    if (i > 0 && contents::names_the_contents(encode_utf8(lines[i - 1]))) in_contents[i - 1] = true;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!contents::names_the_contents(encode_utf8(lines[i]))) continue;
    const std::size_t first = i + 1;
    std::size_t end = first;
    while (end < lines.size() && reads_as_an_entry(lines[end]) &&
           !(end > first && entry_text(lines[end]) == entry_text(lines[first]))) {
      ++end;
    }
    if (end - first < kFewestEntries) continue;
    // The report's first heading may be gone (an input drops a line repeated near the top as a web page's title
    // twice), so that the run reads on into the body: the contents end with the last entry the body repeats.
    std::set<std::u32string> below;
    for (std::size_t k = end; k < lines.size(); ++k) {
      if (reads_as_an_entry(lines[k])) below.insert(entry_text(lines[k]));
    }
    std::size_t repeated = 0;
    std::size_t last_repeated = first;
    for (std::size_t k = first; k < end; ++k) {
      if (below.contains(entry_text(lines[k]))) ++repeated, last_repeated = k;
    }
    if (repeated >= kFewestEntries) end = last_repeated + 1;
    for (std::size_t k = i; k < end; ++k) in_contents[k] = true;
    i = end - 1;
  }
  return in_contents;
}

}  // namespace docpipe::sections
