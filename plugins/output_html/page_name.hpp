// Where a document's review page goes: html/<document>.html, one flat directory so that the pages and the
// overview link to each other by plain relative names that work from file://.
#pragma once

#include <string>

namespace docpipe::html {

// The document id with every '/' and '\' turned into '_' and characters that need escaping in a URL
// (space, #, ?, %, quotes, < >) turned into '-': "sub/r 1.txt" → "sub_r-1.txt.html".
std::string page_name(const std::string& document_id);

}  // namespace docpipe::html
