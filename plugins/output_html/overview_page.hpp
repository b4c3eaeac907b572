// html/index.html: the county overview, one row per document and the indicator sums side by side.
#pragma once

#include <string>
#include <vector>

#include "cross_findings.hpp"
#include "document_summary.hpp"

namespace docpipe::html {

// `findings`: the corpus stage's, when a corpus node feeds this output (a section of them), else nullptr.
// `settings` name the indicator codes' columns.
std::string render_overview_page(const std::vector<DocumentSummary>& documents, const std::vector<Finding>* findings,
                                 const ReviewSettings& settings);

}  // namespace docpipe::html
