// Finds the article in a portal page by the page's own structure, as boilerplate-removal work
// (jusText, Boilerpipe) does: prose blocks (long, punctuated, few links) credit every element that
// encloses them, and the article is the deepest element holding nearly all the prose. Portals' usual
// content containers (TRS_Editor, zoom, UCAP-CONTENT…) are only a hint when the structure is unclear.
#pragma once

#include <cstddef>
#include <vector>

#include "page_blocks.hpp"

namespace docpipe::html {

struct Article {
  const xmlNode* container = nullptr;
  std::vector<std::size_t> blocks;      // indices into ParsedPage::blocks, in order
  std::vector<std::size_t> link_lists;  // blocks inside the container dropped as mostly links
  std::vector<std::size_t> title;       // the visible title's blocks when it sits outside the container
  std::size_t first = 0;                // the first block of the article (title excluded)
};

Article find_article(const ParsedPage& page);

}  // namespace docpipe::html
