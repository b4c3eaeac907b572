// Where a document's review page goes: html/<document>.html, one flat directory so that the pages and the
// overview link to each other by plain relative names that work from file://.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::html {

// The document id with every '/' and '\' turned into '_' and characters that need escaping in a URL
// (space, #, ?, %, quotes, < >) turned into '-': "sub/r 1.txt" → "sub_r-1.txt.html"; `tag` (-2, -3 …) before
// .html tells apart ids that flatten alike. A name too long for a file system keeps its start and a hash
// (docpipe/file_names.hpp).
std::string page_name(const std::string& document_id, std::string_view tag = "");
// The flattened id alone, without .html and unshortened.
std::string page_stem(const std::string& document_id);

}  // namespace docpipe::html
