#include "contents_rows.hpp"

#include <cstddef>

#include "docpipe/contents_lines.hpp"
#include "docpipe/paragraph_assembly.hpp"

namespace docpipe::pdf {

namespace {

using layout::Line;

// The body lines [begin, end) that make one row of a page: pieces a gap parted, their heights overlapping.
struct Row {
  std::size_t begin = 0, end = 0;
  std::string text;  // the pieces' text, a space between two
};

bool same_row(const Line& a, const Line& b) { return a.page == b.page && b.top < a.bottom && b.bottom > a.top; }

Row row_at(const std::vector<Line>& body, std::size_t begin) {
  Row row{begin, begin + 1, body[begin].text};
  while (row.end < body.size() && same_row(body[begin], body[row.end])) {
    row.text += ' ';
    row.text += body[row.end].text;
    ++row.end;
  }
  return row;
}

}  // namespace

std::vector<std::string> take_contents_rows(std::vector<Line>& body) {
  std::vector<std::string> entries;
  std::vector<Line> kept;
  kept.reserve(body.size());
  const auto set_aside = [&](std::string entry) {
    // The 目录 line right over the first entry goes with it.
    if (!kept.empty() && contents::names_the_contents(kept.back().text)) {
      entries.push_back(std::move(kept.back().text));
      kept.pop_back();
    }
    entries.push_back(std::move(entry));
  };
  // Whether the row before is the 目录 line or an entry: an entry wrapped before its leader may follow.
  bool in_contents = false;
  std::size_t at = 0;
  while (at < body.size()) {
    const Row row = row_at(body, at);
    if (contents::ends_with_typed_leader_and_page(row.text)) {
      set_aside(row.text);
      in_contents = true;
      at = row.end;
      continue;
    }
    // An entry wrapped before its leader, or inside it, the dots typed past the margin running on to the next line
    // with the page number (三、下一步工作打算………… / ……6): the two lines read as one entry.
    if (in_contents && row.end < body.size()) {
      const Row next = row_at(body, row.end);
      std::string entry = row.text;
      layout::append_joined(entry, next.text);
      if (contents::ends_with_typed_leader_and_page(entry)) {
        set_aside(std::move(entry));
        at = next.end;
        continue;
      }
    }
    in_contents = contents::names_the_contents(row.text);
    for (std::size_t i = row.begin; i < row.end; ++i) kept.push_back(std::move(body[i]));
    at = row.end;
  }
  body = std::move(kept);
  return entries;
}

}  // namespace docpipe::pdf
