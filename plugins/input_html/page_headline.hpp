// Whether a title element above a news story's text is its headline: the page's own <title> names the same words.
#pragma once

#include <string_view>

#include "page_blocks.hpp"

namespace docpipe::html {

// Whether a title element's text is the headline the page's ArticleTitle, or its <title> less the site's part, gives
// (spaces aside), long enough to be a story's (工作动态, 通知公告 name columns) and naming no organ, site or column
// (a masthead a page titled with nothing else repeats: 宁川县人民检察院, …门户网站).
bool headlines_the_page(std::string_view text, const ParsedPage& page);

}  // namespace docpipe::html
