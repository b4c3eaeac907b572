#include "page_lines.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "docpipe/text.hpp"

namespace docpipe::pdf {

namespace {

constexpr double kMarginShare = 0.08;  // the top and bottom 8% of a page hold its furniture

char32_t last_code_point(const std::string& text) {
  const auto decoded = decode_utf8(text.substr(text.size() >= 4 ? text.size() - 4 : 0));
  return decoded.empty() ? 0 : decoded.back();
}

char32_t first_code_point(const std::string& text) {
  const auto decoded = decode_utf8(text.substr(0, 4));
  return decoded.empty() ? 0 : decoded.front();
}

bool is_latin(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_alphanumeric(char32_t c) { return is_latin(c) || (c >= U'0' && c <= U'9'); }

// Digits replaced by '#', so that "第 3 页" and "第 4 页" are the same furniture.
std::string shape_of(const std::string& text) {
  std::string shape;
  for (const char c : text) {
    if (c == ' ') continue;
    shape += (c >= '0' && c <= '9') ? '#' : c;
  }
  return shape;
}

bool is_page_number(const std::string& text) {
  static const std::regex kPageNumber(
      R"(^\s*((—|–|-|－)+\s*\d{1,4}\s*(—|–|-|－)+|第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(\s*/\s*\d{1,4})?|\d{1,4}\s*页)\s*$)");
  return std::regex_match(text, kPageNumber);
}

}  // namespace

void append_joined(std::string& text, const std::string& next) {
  if (next.empty()) return;
  if (text.empty()) {
    text = next;
    return;
  }
  const char32_t before = last_code_point(text);
  const char32_t after = first_code_point(next);
  if (before == U'-' && is_latin(after) && text.size() >= 2) {
    text.pop_back();  // a word hyphenated at the line end
  } else if (is_latin(before) && is_latin(after)) {
    text += ' ';
  }
  text += next;
}

std::vector<Line> lines_of_page(std::vector<Word> words, int page) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return a.top + a.bottom < b.top + b.bottom || (a.top + a.bottom == b.top + b.bottom && a.left < b.left);
  });
  std::vector<std::vector<Word>> rows;
  for (auto& word : words) {
    const double middle = (word.top + word.bottom) / 2;
    if (!rows.empty()) {
      const Word& last = rows.back().front();
      // The same line when this word's middle falls within the line's first word.
      if (middle >= last.top && middle <= last.bottom) {
        rows.back().push_back(std::move(word));
        continue;
      }
    }
    rows.push_back({std::move(word)});
  }
  std::vector<Line> lines;
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [](const Word& a, const Word& b) { return a.left < b.left; });
    Line line{page, row.front().left, row.front().top, row.front().right, row.front().bottom, {}};
    for (std::size_t i = 0; i < row.size(); ++i) {
      const Word& word = row[i];
      line.left = std::min(line.left, word.left);
      line.right = std::max(line.right, word.right);
      line.top = std::min(line.top, word.top);
      line.bottom = std::max(line.bottom, word.bottom);
      // A space the PDF puts between words is kept only between Latin words and numbers: never inside
      // Chinese, nor before % or punctuation (100 %, 2024 年).
      if (i > 0 && row[i - 1].space_after && !line.text.empty() && is_alphanumeric(last_code_point(line.text)) &&
          is_alphanumeric(first_code_point(word.text))) {
        line.text += ' ';
      }
      line.text += word.text;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

double unreadable_share(const std::vector<Word>& words) {
  std::size_t total = 0, unreadable = 0;
  for (const auto& word : words) {
    for (const char32_t c : decode_utf8(word.text)) {
      ++total;
      unreadable += c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || (c < 0x20 && c != U'\t');
    }
  }
  return total == 0 ? 1.0 : static_cast<double>(unreadable) / static_cast<double>(total);
}

Furniture remove_furniture(const std::vector<Line>& lines, const std::vector<double>& page_heights) {
  const auto zone = [&](const Line& line) {
    const double height = page_heights.at(static_cast<std::size_t>(line.page - 1));
    if (line.bottom <= height * kMarginShare) return 1;     // header
    if (line.top >= height * (1 - kMarginShare)) return 2;  // footer
    return 0;
  };
  std::map<std::pair<int, std::string>, std::set<int>> pages_by_shape;  // (zone, shape) -> pages
  for (const auto& line : lines) {
    if (const int z = zone(line)) pages_by_shape[{z, shape_of(line.text)}].insert(line.page);
  }
  const std::size_t pages = page_heights.size();
  Furniture furniture;
  for (const auto& line : lines) {
    const int z = zone(line);
    if (z != 0 && is_page_number(line.text)) {
      furniture.removed.emplace_back("removed.page-number", line.text);
      continue;
    }
    if (z != 0 && pages >= 2 && pages_by_shape[{z, shape_of(line.text)}].size() * 2 >= pages) {
      furniture.removed.emplace_back(z == 1 ? "removed.running-header" : "removed.running-footer", line.text);
      continue;
    }
    furniture.body.push_back(line);
  }
  return furniture;
}

}  // namespace docpipe::pdf
