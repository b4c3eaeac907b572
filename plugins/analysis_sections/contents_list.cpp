#include "contents_list.hpp"

#include <map>
#include <string>

#include "docpipe/contents_lines.hpp"
#include "docpipe/text.hpp"
#include "trimmed_line.hpp"

namespace docpipe::sections {

namespace {

// An entry names a heading and nothing more: the longest form, 二、党政主要负责人履行推进法治建设第一责任人职责，
// 加强法治政府建设的有关情况, with room for its page number.
constexpr std::size_t kLongestEntry = 60;
constexpr std::size_t kFewestEntries = 2;

// What an entry and the heading it lists share: the line without its leader and page number.
std::u32string entry_text(std::u32string_view line) {
  std::u32string text(trimmed(line));
  while (!text.empty() && ((text.back() >= U'0' && text.back() <= U'9') ||
                           std::u32string_view(U"…⋯·.．‥ \u3000").find(text.back()) != std::u32string_view::npos)) {
    text.pop_back();
  }
  return text;
}

// A heading run out to its page number by a short leader, one ellipsis (一、主要成效……3, 二、存在的不足..5): two
// leader characters. Alone such a line may be a sentence cut short before a figure, so it counts only in a run of
// entries the body repeats (contents_lines).
bool ends_with_short_leader_and_page(std::u32string_view line) {
  line = trimmed(line);
  std::size_t page = 0;
  while (page < line.size() && line[line.size() - 1 - page] >= U'0' && line[line.size() - 1 - page] <= U'9') ++page;
  if (page == 0 || page > contents::kLongestPageReference) return false;
  line = trimmed(line.substr(0, line.size() - page));
  constexpr std::u32string_view kLeaders = U"…⋯·.．‥";
  std::size_t leader = 0;
  while (leader < line.size() && kLeaders.find(line[line.size() - 1 - leader]) != std::u32string_view::npos) ++leader;
  constexpr std::size_t kShortestLeader = 2;
  return leader >= kShortestLeader && leader < line.size();
}

bool reads_as_an_entry(std::u32string_view line) {
  line = trimmed(line);
  return !line.empty() && line.size() <= kLongestEntry &&
         line.find_first_of(U"。！？!?；;") == std::u32string_view::npos;
}

}  // namespace

std::vector<bool> contents_lines(const std::vector<std::u32string_view>& lines) {
  // A line longer than this is no entry, no 目录 and no heading run out to its page: it is not read further (a
  // 10 MB paragraph costs nothing here).
  constexpr std::size_t kLongestLineRead = 4 * kLongestEntry;
  std::vector<bool> in_contents(lines.size(), false);
  std::vector<bool> names_contents(lines.size(), false);
  // Each entry-like line's text without leader and page, and the last line each such text stands on: whether an
  // entry is repeated below the contents is then one lookup.
  std::vector<std::u32string> entries(lines.size());
  std::map<std::u32string, std::size_t> last_line_of;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].size() > kLongestLineRead) continue;
    const std::string line = encode_utf8(lines[i]);
    names_contents[i] = contents::names_the_contents(line);
    if (contents::ends_with_typed_leader_and_page(line)) {
      in_contents[i] = true;
      if (i > 0 && names_contents[i - 1]) in_contents[i - 1] = true;
    }
    if (reads_as_an_entry(lines[i])) {
      entries[i] = entry_text(lines[i]);
      last_line_of[entries[i]] = i;
    }
  }
  // Runs of two or more lines with a short leader, two of their entries repeated below the run: a contents list
  // with no 目录 line over it, its leaders one ellipsis long.
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i;
    while (end < lines.size() && lines[end].size() <= kLongestEntry && ends_with_short_leader_and_page(lines[end])) {
      ++end;
    }
    if (end == i) {
      ++i;
      continue;
    }
    std::size_t repeated = 0;
    for (std::size_t k = i; k < end; ++k) {
      const auto last = last_line_of.find(entries[k]);
      repeated += !entries[k].empty() && last != last_line_of.end() && last->second >= end;
    }
    if (end - i >= kFewestEntries && repeated >= kFewestEntries) {
      for (std::size_t k = i; k < end; ++k) in_contents[k] = true;
      if (i > 0 && names_contents[i - 1]) in_contents[i - 1] = true;
    }
    i = end;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!names_contents[i]) continue;
    const std::size_t first = i + 1;
    std::size_t end = first;
    while (end < lines.size() && reads_as_an_entry(lines[end]) && !(end > first && entries[end] == entries[first])) {
      ++end;
    }
    if (end - first < kFewestEntries) continue;
    // The report's first heading may be gone (an input drops a line repeated near the top as a web page's title
    // twice), so that the run reads on into the body: the contents end with the last entry the body repeats.
    std::size_t repeated = 0;
    std::size_t last_repeated = first;
    for (std::size_t k = first; k < end; ++k) {
      if (last_line_of.at(entries[k]) >= end) ++repeated, last_repeated = k;
    }
    if (repeated >= kFewestEntries) end = last_repeated + 1;
    for (std::size_t k = i; k < end; ++k) in_contents[k] = true;
    i = end - 1;
  }
  return in_contents;
}

}  // namespace docpipe::sections
