// html/index.html: the county overview, one row per document and the indicator sums side by side.
#pragma once

#include <string>
#include <vector>

#include "document_summary.hpp"

namespace docpipe::html {

std::string render_overview_page(const std::vector<DocumentSummary>& documents);

}  // namespace docpipe::html
