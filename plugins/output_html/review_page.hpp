// html/<document>.html: one report laid out by its heading tree, every figure and finding marked.
#pragma once

#include <string>

#include "docpipe/document.hpp"
#include "document_summary.hpp"

namespace docpipe::html {

// `settings` name the indicator codes in the figures' tooltips.
std::string render_review_page(const Document& document, const DocumentSummary& summary,
                               const ReviewSettings& settings);

}  // namespace docpipe::html
