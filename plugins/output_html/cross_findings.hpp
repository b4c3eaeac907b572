// The corpus stage's findings on the pages: a table on the overview, and on each review page the findings
// that involve its document. Review pages are written as documents arrive, before the findings exist, so
// each carries an empty placeholder that the findings replace once they are known (only the pages of
// documents some finding names are rewritten).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "docpipe/findings.hpp"
#include "html_writer.hpp"

namespace docpipe::html {

// document id -> its review page's file name
using PageNames = std::map<std::string, std::string>;

// The overview's section: every finding, with links to both documents' pages.
void write_cross_findings(HtmlWriter& w, const std::vector<Finding>& findings, const PageNames& pages);

// The empty element a review page carries where its findings go.
void write_cross_findings_placeholder(HtmlWriter& w);

// The review page `page` of `document` with its placeholder replaced by the findings that name it (as the
// document or the other document). Returns the page unchanged when it has no placeholder.
std::string with_cross_findings(const std::string& page, const std::string& document,
                                const std::vector<const Finding*>& findings, const PageNames& pages);

}  // namespace docpipe::html
