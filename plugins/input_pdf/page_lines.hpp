// The lines of text on PDF pages, rebuilt from poppler's positioned words, and the page furniture
// (running headers, footers, page numbers) told apart from the body.
#pragma once

#include <string>
#include <vector>

namespace docpipe::pdf {

struct Word {
  double left = 0, top = 0, right = 0, bottom = 0;
  std::string text;
  bool space_after = false;
};

struct Line {
  int page = 0;  // 1-based
  double left = 0, top = 0, right = 0, bottom = 0;
  std::string text;
};

// Groups a page's words into lines (by vertical overlap), left to right, joined without a space
// between Chinese characters and with one where the PDF put a space between Latin words.
std::vector<Line> lines_of_page(std::vector<Word> words, int page);

// Joins two pieces of text the way a line break inside a paragraph joins them: one space between Latin
// words, a hyphen at a line end dropped, and nothing otherwise (调解员86 + 名 is 调解员86名).
void append_joined(std::string& text, const std::string& next);

// Share of a page's characters that carry no text: replacement characters, private-use glyph codes,
// controls — what a font without a Unicode map extracts to. 1 for a page with no characters.
double unreadable_share(const std::vector<Word>& words);

struct Furniture {
  std::vector<Line> body;
  std::vector<std::pair<std::string, std::string>> removed;  // removed.page-number / running-header / running-footer
};

// Removes the lines in the top and bottom margins that are page numbers (— 1 —, - 2 -, 第 3 页, 4) or
// repeat on at least half of the pages (running headers and footers).
Furniture remove_furniture(const std::vector<Line>& lines, const std::vector<double>& page_heights);

}  // namespace docpipe::pdf
