// A portal's page a clerk selected in the browser and pasted into Word or WPS, then saved: the page's chrome comes
// along as Word content. Its menu and its links to other sites are tables of one row whose every cell is a link
// (w:hyperlink); its record of the document (索引号, 发布机构, 发文日期 …) a table of label and value cells with
// no colon; the column's name stands over the title, the page's date under it, and the title may hold its info line.
// The artifact rules (docpipe/artifact_rules.hpp) read lines; these are mended into lines they read, or taken out
// and recorded, here. A Word report of a clerk's own has no link over its text: the title's neighbours are read
// only in a document whose lines above the first sentence hold links.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <libxml/tree.h>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/paragraph_intake.hpp"

namespace docpipe::docx {

using Facts = std::vector<std::pair<std::string, std::string>>;

// Whether every visible character of `node` stands in a hyperlink (w:hyperlink, or a HYPERLINK simple field), and
// there is one.
bool all_link(const xmlNode* node);

// A table's cell texts, row by row, that are an information platform's record of the page: two of its labels or
// more, each a cell of its own.
bool is_record_table(const std::vector<std::vector<std::string>>& rows);

// Takes a pasted page's column name, its date under the title and its glued info line out of or apart in
// `paragraphs`, above the first sentence; returns the removed.* and web.* facts of what it took out.
Facts mend_pasted_page(std::vector<SourceParagraph>& paragraphs);

// A WeChat article pasted into Word, as input.txt mends its copy (docpipe/portal_copy.hpp): the account's name alone
// over the title goes when the dateline names it, 原创 alone over the dateline is one line with it, and the action
// bar a paragraph each (分享 / 点赞 / 在看) under the last sentence is one line, the rules'. Each is told by what
// stands around it, so a Word document with no links is read too. `filter` tells the datelines.
Facts mend_wechat_article(std::vector<SourceParagraph>& paragraphs, const ArtifactFilter& filter);

}  // namespace docpipe::docx
