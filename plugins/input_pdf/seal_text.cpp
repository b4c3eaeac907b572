#include "seal_text.hpp"

#include <algorithm>
#include <cmath>

#include "docpipe/text.hpp"

namespace docpipe::pdf {

namespace {

using layout::Word;

constexpr std::size_t kFewestSealGlyphs = 3;     // turned glyphs that show a seal, not a word turned on its own
constexpr std::size_t kLongestSealGlyphBox = 2;  // code points: a seal's glyphs are placed one by one
constexpr std::size_t kLongestSealWord = 3;      // code points: 专用章, ★
constexpr double kMostTurnedShare = 0.25;        // more than this and the page is set sideways, not sealed
constexpr double kSameTypeSizeShare = 0.1;       // heights within this share of the page's text are its type

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

struct Box {
  double left = 0, top = 0, right = 0, bottom = 0;
  bool holds(const Word& word) const {
    const double x = (word.left + word.right) / 2, y = (word.top + word.bottom) / 2;
    return x >= left && x <= right && y >= top && y <= bottom;
  }
};

// The square a round seal takes, from its turned glyphs: they stand on its sides and foot (those on its top arc are
// turned less than 45°), so its width is theirs, and it reaches up from its lowest glyph by that width. A glyph's
// size to spare on every side.
Box seal_around(const std::vector<const Word*>& glyphs) {
  std::vector<double> sizes;
  Box box{glyphs.front()->left, glyphs.front()->top, glyphs.front()->right, glyphs.front()->bottom};
  for (const Word* glyph : glyphs) {
    sizes.push_back(std::max(glyph->right - glyph->left, glyph->bottom - glyph->top));
    box.left = std::min(box.left, glyph->left);
    box.right = std::max(box.right, glyph->right);
    box.bottom = std::max(box.bottom, glyph->bottom);
  }
  const double size = median(std::move(sizes));
  box.top = box.bottom - (box.right - box.left);
  return {box.left - size, box.top - size, box.right + size, box.bottom + size};
}

}  // namespace

std::vector<std::string> take_turned_text(std::vector<Word>& words, const std::vector<int>& quarter_turns) {
  if (quarter_turns.size() != words.size()) return {};
  std::size_t characters = 0, turned_characters = 0;
  std::vector<const Word*> seal_glyphs;
  std::vector<int> seal_turns;
  std::vector<double> upright_heights;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::size_t length = count_code_points(words[i].text);
    characters += length;
    if (quarter_turns[i] == 0) {
      // The page's type size from its words of text, not from the seal's short ones.
      if (length > kLongestSealWord) upright_heights.push_back(words[i].bottom - words[i].top);
      continue;
    }
    turned_characters += length;
    if (length <= kLongestSealGlyphBox) {
      seal_glyphs.push_back(&words[i]);
      seal_turns.push_back(quarter_turns[i]);
    }
  }
  if (turned_characters == 0 ||
      static_cast<double>(turned_characters) > kMostTurnedShare * static_cast<double>(characters)) {
    return {};
  }
  const double text_height = median(std::move(upright_heights));
  // A ring of glyphs turns them every way round it: those on its two sides face opposite ways. Text turned one way
  // only (a table's vertical headers, a page number or a running title set sideways) is no seal and is kept.
  std::sort(seal_turns.begin(), seal_turns.end());
  const bool turned_both_ways = std::unique(seal_turns.begin(), seal_turns.end()) - seal_turns.begin() >= 2;
  const bool sealed = seal_glyphs.size() >= kFewestSealGlyphs && turned_both_ways;
  if (!sealed) return {};
  const Box seal = seal_around(seal_glyphs);
  // Inside the seal, a short word in another type size than the page's text: the seal's, not the signature's.
  const auto in_the_seal = [&](const Word& word) {
    const double height = word.bottom - word.top;
    return seal.holds(word) && count_code_points(word.text) <= kLongestSealWord &&
           std::abs(height - text_height) > kSameTypeSizeShare * text_height;
  };
  std::string removed;
  std::vector<Word> kept;
  kept.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    if ((quarter_turns[i] != 0 && seal.holds(words[i])) || in_the_seal(words[i])) {
      removed += words[i].text;
    } else {
      kept.push_back(std::move(words[i]));
    }
  }
  words = std::move(kept);
  return {removed};
}

}  // namespace docpipe::pdf
