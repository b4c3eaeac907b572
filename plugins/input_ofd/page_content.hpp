// The text of one OFD page description (a page's or a template's Content.xml): every TextObject of every
// Layer and PageBlock, each TextCode turned into a positioned word — Boundary origin, CTM, X/Y and
// DeltaX/DeltaY applied — in points (1/72 inch, from the file's millimetres), y growing downwards.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

#include "docpipe/line_assembly.hpp"

namespace docpipe::ofd {

inline constexpr double kPointsPerMillimetre = 72.0 / 25.4;

struct PageLimits {
  std::size_t max_text_objects = 100000;  // per page; a page beyond it is refused
};

// Counts "TextObject " open tags in raw XML, so that a page built to exhaust memory is refused before
// libxml2 builds its tree.
std::size_t count_text_objects(std::string_view xml);

// A TextObject drawn with an Alpha above 0 and at or below this (of 255) is a watermark: a site's name or 样本 laid
// over the page in pale, see-through type that no reader takes for the body. Alpha 0 is an OCR layer's invisible
// text, which is read.
inline constexpr int kFaintestReadAlpha = 100;

// A TextObject of one glyph turned off the horizontal: where it stands (its middle, points), its type height (points)
// and which way it turns (the sign of its angle): a seal's ring is drawn so, each glyph turned to follow the circle.
struct TurnedGlyph {
  double x = 0, y = 0, height = 0;
  int turn = 0;  // -1 or 1
};

// Text a page draws that is no part of its body, one string per TextObject.
struct SetAsideText {
  std::vector<std::string> turned;         // turned off the horizontal (a watermark across the page)
  std::vector<TurnedGlyph> turned_glyphs;  // the turned objects of one glyph
  std::vector<std::string> faint;          // level, but drawn pale (0 < Alpha ≤ kFaintestReadAlpha)
};

// The words of a parsed Content.xml (its root, ofd:Page or an annotation's Appearance). Throws
// std::runtime_error naming `part` when a TextObject's numbers are malformed. When `set_aside` is given, the text
// of each TextObject turned off the horizontal or drawn faint goes there instead; without it, as for templates and
// annotations recorded whole, it is read with the rest.
std::vector<layout::Word> words_of_content(const xmlNode* root, std::string_view part,
                                           SetAsideText* set_aside = nullptr);

// An ImageObject of a page: the MultiMedia it draws (ResourceID) and the box it is printed in (Boundary), in mm.
struct PlacedImage {
  std::string resource;
  double left = 0, top = 0, width = 0, height = 0;
  double area() const { return width * height; }
};

// The largest image a page description draws, in any Layer, PageBlock or CompositeObject: a scanned page is one
// image covering the page, beside which logos and seals are small. None when it draws no image; an ImageObject whose
// Boundary is malformed is passed over, as images were before OCR read them.
std::optional<PlacedImage> largest_image(const xmlNode* root);

// Takes out of `words` (points) those lying wholly outside the page, `width` × `height` points from its top left
// corner: a producer's tracking code or a file number parked off the page is never printed, and read it became the
// first line of the page and part of the title. Returns them in their order.
std::vector<layout::Word> take_off_page(std::vector<layout::Word>& words, double width, double height);

// Drops each word that repeats an earlier word's text at (almost) its place, within kOverprintShare of its height
// across and down: the second pass of simulated bold (伪粗体), which producers draw by painting a title's or a
// heading's glyphs twice a fraction of a millimetre apart. Returns how many were dropped.
inline constexpr double kOverprintShare = 0.15;
std::size_t drop_overprints(std::vector<layout::Word>& words);

// Marks a word as followed by a space when the word after it on its line (grouped as layout::lines_of_page
// groups them, whatever each glyph's size and baseline) starts more than a third of a character after it
// ends: text objects of one line that a writer split between Latin words.
void mark_spaces(std::vector<layout::Word>& words);

}  // namespace docpipe::ofd
