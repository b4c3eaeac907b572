#include "page_foot.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <iterator>

#include "docpipe/line_assembly.hpp"
#include "docpipe/text.hpp"

namespace docpipe::ocr {

namespace {

// A page number's figures: four at most ("— 1024 —"), three where OCR lost its dashes.
constexpr std::size_t kMostFigures = 4;
constexpr std::size_t kMostFiguresWithoutDashes = 3;

bool is_dash_like(char32_t c) { return std::u32string_view(U"—–‒―-_一~－=﹣").find(c) != std::u32string_view::npos; }

// A digit, or what chi_sim reads for one in small, noisy type: O o Q D for 0, I l i | ! J 丨 for 1, Z z for 2, A for
// 4, S s for 5, G b for 6, T for 7, B for 8, g q for 9. Latin letters alone, which no report's foot holds between
// dashes.
bool is_digit_like(char32_t c) {
  if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) return true;
  return std::u32string_view(U"OoQDIli|!Jj丨ZzASsGbTBgq").find(c) != std::u32string_view::npos;
}

bool is_space(char32_t c) { return c == U' ' || c == 0x3000 || c == U'\t'; }

// A mark that is no letter, digit or Chinese character: what is left of a page number chi_sim read as one stroke or
// two (— 2 — as >, as »).
bool is_mark(char32_t c) {
  if (c < 0x80) return std::ispunct(static_cast<int>(c)) != 0;
  return std::u32string_view(U"«»‹›·•¨´‘’“”、。，—–").find(c) != std::u32string_view::npos;
}

// The most marks a page number leaves when chi_sim reads nothing of its figures.
constexpr std::size_t kMostMarks = 2;

}  // namespace

bool is_page_number_remains(std::string_view text) {
  std::size_t marks = 0;
  for (const char32_t c : decode_utf8(text)) {
    if (is_space(c)) continue;
    if (!is_mark(c) || ++marks > kMostMarks) return false;
  }
  return marks > 0;
}

bool is_misread_page_number(std::string_view text) {
  std::u32string glyphs;
  for (const char32_t c : decode_utf8(text)) {
    if (!is_space(c)) glyphs += c;
  }
  std::size_t at = 0;
  while (at < glyphs.size() && is_dash_like(glyphs[at])) ++at;
  const std::size_t leading_dashes = at, figures_start = at;
  while (at < glyphs.size() && is_digit_like(glyphs[at])) ++at;
  const std::size_t figures = at - figures_start;
  const std::size_t trailing_start = at;
  while (at < glyphs.size() && is_dash_like(glyphs[at])) ++at;
  const std::size_t trailing_dashes = at - trailing_start;
  if (at != glyphs.size() || figures == 0 || figures > kMostFigures) return false;
  // Without its dashes, which chi_sim drops as often as it misreads them (— 2 — as D, — 4 — as 4), a page number is
  // told by its place alone: a glyph or three.
  return leading_dashes > 0 || trailing_dashes > 0 || figures <= kMostFiguresWithoutDashes;
}

std::optional<std::string> take_misread_page_number(RecognisedPage& page) {
  std::vector<layout::Line>& lines = page.lines;
  if (lines.empty() || page.height <= 0) return std::nullopt;
  const auto lowest =
      std::max_element(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.top < b.top; });
  if (lowest->top < page.height * (1 - layout::kOfficialMarginShare) ||
      (!is_misread_page_number(lowest->text) && !is_page_number_remains(lowest->text))) {
    return std::nullopt;
  }
  // A page number furniture removal takes out itself stays for it: — 3 — in the official margin, 3 in its own.
  const bool furniture_knows_it =
      layout::is_decorated_page_number(lowest->text) ||
      (layout::is_page_number(lowest->text) && lowest->top >= page.height * (1 - layout::kDefaultMarginShare));
  // A table's last row at the page's foot: its cells are lines side by side.
  const double middle = (lowest->top + lowest->bottom) / 2;
  const bool alone_in_its_row = std::none_of(lines.begin(), lines.end(), [&](const layout::Line& line) {
    return &line != &*lowest && line.top <= middle && middle <= line.bottom;
  });
  if (furniture_knows_it || !alone_in_its_row) return std::nullopt;
  std::string text = std::move(lowest->text);
  lines.erase(lowest);
  return text;
}

}  // namespace docpipe::ocr
