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

// The words of a parsed Content.xml (its root, ofd:Page or an annotation's Appearance). Throws
// std::runtime_error naming `part` when a TextObject's numbers are malformed. When `turned` is given, the text
// of each TextObject turned off the horizontal (a watermark across the page) goes there instead, one string
// per object; without it, as for templates and annotations recorded whole, it is read with the rest.
std::vector<layout::Word> words_of_content(const xmlNode* root, std::string_view part,
                                           std::vector<std::string>* turned = nullptr);

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

// Marks a word as followed by a space when the word after it on its line (grouped as layout::lines_of_page
// groups them, whatever each glyph's size and baseline) starts more than a third of a character after it
// ends: text objects of one line that a writer split between Latin words.
void mark_spaces(std::vector<layout::Word>& words);

}  // namespace docpipe::ofd
