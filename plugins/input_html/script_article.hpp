// A page whose article its script writes in (document.write('<p>…</p>'), or an object's string set as a box's
// innerHTML: var articleInfo = {content: "<p>…"}): the page as served holds only its chrome. When the article's
// markup is plainly in the script, as string literals, it is read from there; a page whose script writes it
// from elsewhere (a request) is said to be one.
#pragma once

#include <string>

#include "page_blocks.hpp"

namespace docpipe::html {

// The page's source with the article markup its script's string literals hold set where the script stands, or
// "" when no script holds an article's markup (paragraphs of sentences).
std::string with_the_scripted_article(const std::string& source, const ParsedPage& page);

// Whether a script of the page writes markup into it (innerHTML, document.write, jQuery's .html()).
bool a_script_writes_the_page(const ParsedPage& page);

}  // namespace docpipe::html
