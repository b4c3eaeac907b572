#include "page_content.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

#include "docpipe/safe_xml.hpp"
#include "docpipe/text.hpp"
#include "glyph_positions.hpp"

namespace docpipe::ofd {

namespace {

// How far a glyph box reaches above and below its baseline, in font sizes.
constexpr double kAscent = 0.85;
constexpr double kDescent = 0.15;

struct TextState {
  Matrix to_page;  // object space to page millimetres: CTM, then the Boundary origin
  double size = 0;
};

std::runtime_error malformed(std::string_view part, const std::string& what) {
  return std::runtime_error("malformed OFD page " + std::string(part) + ": " + what);
}

bool is_wide(char32_t c) { return c >= 0x2E80; }

// The most a glyph's own width advances the pen: a character for Chinese and for Latin letters (proportional
// capitals such as W and M take nearly one), half of one for digits, whose widths fonts keep even.
double widest_advance(char32_t c, double size) {
  const bool letter = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  return is_wide(c) || letter ? size : size / 2;
}

// One TextCode as one word (or several, parted where DeltaX leaves a gap), or one word per glyph when the
// code runs vertically (DeltaY).
void add_text_code(const xmlNode* code, const TextState& state, double& pen_x, double& pen_y,
                   std::vector<layout::Word>& words, std::string_view part) {
  const std::u32string glyphs = decode_utf8(text_content(code));
  if (const auto x = attribute(code, "X"); !x.empty()) {
    const auto value = parse_numbers(x);
    if (!value || value->size() != 1) throw malformed(part, "TextCode X \"" + x + "\"");
    pen_x = value->front();
  }
  if (const auto y = attribute(code, "Y"); !y.empty()) {
    const auto value = parse_numbers(y);
    if (!value || value->size() != 1) throw malformed(part, "TextCode Y \"" + y + "\"");
    pen_y = value->front();
  }
  if (glyphs.empty()) return;
  const std::size_t gaps = glyphs.size() - 1;
  const auto delta_x = parse_deltas(attribute(code, "DeltaX"), gaps);
  const auto delta_y = parse_deltas(attribute(code, "DeltaY"), gaps);
  if (!delta_x || !delta_y) throw malformed(part, "DeltaX/DeltaY");
  const bool vertical = std::any_of(delta_y->begin(), delta_y->end(), [](double d) { return d != 0; });

  const double size = state.size * state.to_page.scale();
  const auto box = [&](double x, double y, double advance, std::string text) {
    const double page_x = state.to_page.x(x, y), page_y = state.to_page.y(x, y);
    return layout::Word{page_x * kPointsPerMillimetre,
                        (page_y - kAscent * size) * kPointsPerMillimetre,
                        (page_x + advance * state.to_page.scale()) * kPointsPerMillimetre,
                        (page_y + kDescent * size) * kPointsPerMillimetre,
                        std::move(text),
                        false};
  };
  // The advance after glyph i: its DeltaX, else the last one given, else the font size (half for Latin).
  const auto advance = [&](std::size_t i) {
    if (i < delta_x->size()) return (*delta_x)[i];
    if (!delta_x->empty()) return delta_x->back();
    return is_wide(glyphs[i]) ? state.size : state.size / 2;
  };
  double x = pen_x, y = pen_y;
  if (vertical) {
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
      words.push_back(box(x, y, state.size, encode_utf8(glyphs.substr(i, 1))));
      x += advance(i);
      y += i < delta_y->size() ? (*delta_y)[i] : 0;
    }
  } else {
    // A DeltaX that jumps well past its glyph is a gap the writer left without a space glyph (a PDF's TJ run
    // converted as it was: a table row's cells in one TextCode), and parts the code into words as separate
    // TextCodes are parted: more than a third of a character is a space, a cell's width a new cell.
    std::size_t first = 0;
    double start = x;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
      const bool last = i + 1 == glyphs.size();
      if (!last && advance(i) - widest_advance(glyphs[i], state.size) <= state.size / 3) {
        x += advance(i);
        continue;
      }
      const double width = is_wide(glyphs[i]) ? state.size : state.size / 2;  // the glyph's own, as far as known
      words.push_back(box(start, y, x + width - start, encode_utf8(glyphs.substr(first, i + 1 - first))));
      x += last ? width : advance(i);
      start = x;
      first = i + 1;
    }
  }
  pen_x = x;
  pen_y = y;
}

// Whether text set with this matrix runs along the page's horizontal. Turned text (a watermark drawn across the
// page, a rotated caption) is no line of the body; a scan's text layer, a degree or two askew, still is.
bool is_level(const Matrix& to_page) {
  constexpr double kSteepestSlope = 0.0875;  // tan 5°
  return to_page.a > 0 && std::abs(to_page.b) <= kSteepestSlope * to_page.a;
}

// An Alpha attribute (0 to 255) as a number; 255, opaque, when absent or malformed.
int alpha_of(const xmlNode* node) {
  const auto alpha = parse_numbers(attribute(node, "Alpha"));
  if (!alpha || alpha->size() != 1) return 255;
  return static_cast<int>(std::clamp(alpha->front(), 0.0, 255.0));
}

// Whether a TextObject is drawn pale but visible: its own Alpha (a graphic unit's) or its FillColor's, which the
// glyphs are painted with, above 0 and at most kFaintestReadAlpha. Text drawn fully transparent (Alpha 0) or not
// filled (Fill="false") is a scan's invisible OCR layer, the page's only text, and is read.
bool is_faint(const xmlNode* object) {
  if (attribute(object, "Fill") == "false") return false;
  const int alpha = std::min(alpha_of(object), alpha_of(child_element(object, "FillColor")));
  return alpha > 0 && alpha <= kFaintestReadAlpha;
}

// The words of a TextObject, or, when it is turned off the horizontal or drawn faint and `set_aside` is given, its
// text there.
void add_text_object(const xmlNode* object, std::vector<layout::Word>& words, SetAsideText* set_aside,
                     std::string_view part) {
  TextState state;
  const auto boundary = parse_numbers(attribute(object, "Boundary"));
  if (!boundary || boundary->size() != 4) throw malformed(part, "TextObject Boundary");
  if (const auto ctm = attribute(object, "CTM"); !ctm.empty()) {
    const auto matrix = parse_matrix(ctm);
    if (!matrix) throw malformed(part, "TextObject CTM \"" + ctm + "\"");
    state.to_page = *matrix;
  }
  state.to_page.e += (*boundary)[0];
  state.to_page.f += (*boundary)[1];
  const auto size = parse_numbers(attribute(object, "Size"));
  if (!size || size->size() != 1 || !(size->front() > 0)) throw malformed(part, "TextObject Size");
  state.size = size->front();
  double pen_x = 0, pen_y = 0;
  const bool level = is_level(state.to_page);
  if (set_aside == nullptr || (level && !is_faint(object))) {
    for (const xmlNode* code : child_elements(object, "TextCode"))
      add_text_code(code, state, pen_x, pen_y, words, part);
    return;
  }
  std::vector<layout::Word> aside_words;
  for (const xmlNode* code : child_elements(object, "TextCode"))
    add_text_code(code, state, pen_x, pen_y, aside_words, part);
  std::string text;
  for (const auto& word : aside_words) layout::append_joined(text, word.text);
  if (!level && aside_words.size() == 1 && decode_utf8(text).size() == 1) {
    const layout::Word& glyph = aside_words.front();
    set_aside->turned_glyphs.push_back({(glyph.left + glyph.right) / 2, (glyph.top + glyph.bottom) / 2,
                                        glyph.bottom - glyph.top, state.to_page.b < 0 ? -1 : 1});
  }
  // A watermark both turned and faint is recorded once, as turned text, as it always was.
  if (!text.empty()) (level ? set_aside->faint : set_aside->turned).push_back(std::move(text));
}

void collect(const xmlNode* node, std::vector<layout::Word>& words, SetAsideText* set_aside, std::string_view part) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_element(child, "TextObject")) {
      add_text_object(child, words, set_aside, part);
    } else if (!is_element(child, "PathObject") && !is_element(child, "ImageObject")) {
      collect(child, words, set_aside, part);  // Content, Layer, PageBlock, CompositeObject, Appearance …
    }
  }
}

// Every ImageObject under `node` with a Boundary of four numbers and some area, in paint order.
void collect_images(const xmlNode* node, std::vector<PlacedImage>& images) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (!is_element(child, "ImageObject")) {
      collect_images(child, images);
      continue;
    }
    const auto boundary = parse_numbers(attribute(child, "Boundary"));
    const auto resource = attribute(child, "ResourceID");
    if (resource.empty() || !boundary || boundary->size() != 4 || !((*boundary)[2] > 0) || !((*boundary)[3] > 0))
      continue;
    images.push_back({resource, (*boundary)[0], (*boundary)[1], (*boundary)[2], (*boundary)[3]});
  }
}

// Whether `word` repeats a word already read with its text (`latest_top_at_left`: the top of the last word read at
// each left edge, at or above the word's) within kOverprintShare of its height across and down. At most
// kMostOverprintCandidates left edges within reach are looked at: a real page has one or two there (the first
// pass of its bold, a neighbouring dot of a leader); only a page built to be slow has more.
constexpr std::size_t kMostOverprintCandidates = 64;
bool is_overprint(const layout::Word& word, const std::map<double, double>& latest_top_at_left) {
  const double reach = kOverprintShare * (word.bottom - word.top);
  std::size_t looked_at = 0;
  for (auto at = latest_top_at_left.lower_bound(word.left - reach);
       at != latest_top_at_left.end() && at->first <= word.left + reach && looked_at < kMostOverprintCandidates;
       ++at, ++looked_at) {
    if (word.top - at->second <= reach) return true;
  }
  return false;
}

}  // namespace

std::optional<PlacedImage> largest_image(const xmlNode* root) {
  std::vector<PlacedImage> images;
  if (root != nullptr) collect_images(root, images);
  if (images.empty()) return std::nullopt;
  return *std::max_element(images.begin(), images.end(),
                           [](const PlacedImage& a, const PlacedImage& b) { return a.area() < b.area(); });
}

std::size_t count_text_objects(std::string_view xml) {
  constexpr std::string_view kName = "TextObject";
  constexpr std::size_t kLongestPrefix = 16;
  std::size_t count = 0;
  for (std::size_t at = xml.find(kName); at != std::string_view::npos; at = xml.find(kName, at + kName.size())) {
    // An open tag: "<TextObject" or "<prefix:TextObject", then white space, '/' or '>'.
    const std::size_t after = at + kName.size();
    if (after >= xml.size() || std::string_view(" \t\r\n/>").find(xml[after]) == std::string_view::npos) continue;
    std::size_t lt = at;
    while (lt > 0 && at - lt < kLongestPrefix && xml[lt - 1] != '<' && xml[lt - 1] != '>' && xml[lt - 1] != ' ') --lt;
    if (lt > 0 && xml[lt - 1] == '<' && xml[lt] != '/' && (lt == at || xml[at - 1] == ':')) ++count;
  }
  return count;
}

std::vector<layout::Word> words_of_content(const xmlNode* root, std::string_view part, SetAsideText* set_aside) {
  std::vector<layout::Word> words;
  if (root != nullptr) collect(root, words, set_aside, part);
  return words;
}

std::vector<layout::Word> take_off_page(std::vector<layout::Word>& words, double width, double height) {
  const auto outside = [&](const layout::Word& word) {
    return word.right <= 0 || word.bottom <= 0 || word.left >= width || word.top >= height;
  };
  std::vector<layout::Word> taken;
  std::vector<layout::Word> kept;
  for (auto& word : words) (outside(word) ? taken : kept).push_back(std::move(word));
  words = std::move(kept);
  return taken;
}

std::size_t drop_overprints(std::vector<layout::Word>& words) {
  // Sorted by text, then top: a word's overprints are among the words before it with its text and nearly its top.
  std::vector<std::size_t> order(words.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (words[a].text != words[b].text) return words[a].text < words[b].text;
    if (words[a].top != words[b].top) return words[a].top < words[b].top;
    return a < b;
  });
  std::vector<bool> dropped(words.size(), false);
  // The words of one text read so far, indexed by their left edge: a word is looked up among those that start
  // within reach of it, not among every earlier word of its text, so that a leader of thousands of dots drawn one
  // object each at one height costs a sort, not a comparison of every pair.
  std::map<double, double> latest_top_at_left;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const layout::Word& word = words[order[k]];
    if (k == 0 || words[order[k - 1]].text != word.text) latest_top_at_left.clear();
    if (is_overprint(word, latest_top_at_left)) {
      dropped[order[k]] = true;
      continue;
    }
    // Tops come in ascending order: the latest word at a left edge is the nearest above any word still to come.
    latest_top_at_left.insert_or_assign(word.left, word.top);
  }
  std::vector<layout::Word> kept;
  kept.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!dropped[i]) kept.push_back(std::move(words[i]));
  }
  const std::size_t count = words.size() - kept.size();
  words = std::move(kept);
  return count;
}

void mark_spaces(std::vector<layout::Word>& words) {
  // Each word against the one it is read next to on its line: glyphs written one per object by OCR layers and
  // converters vary in size and baseline by a few percent, and sorted by their exact bottoms the next word was as
  // often a glyph far along the line.
  for (const auto& row : layout::rows_of(words)) {
    for (std::size_t k = 0; k + 1 < row.size(); ++k) {
      layout::Word& word = words[row[k]];
      const layout::Word& next = words[row[k + 1]];
      const double height = word.bottom - word.top;
      word.space_after = next.left - word.right > height / 3;
    }
  }
}

}  // namespace docpipe::ofd
