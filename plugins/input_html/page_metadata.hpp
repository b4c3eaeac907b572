// What a portal page says about the article, outside its text: the <meta> tags portals' content systems
// write (ArticleTitle, PubDate, ContentSource, SiteName), the <title>, and the attachment links.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "page_blocks.hpp"

namespace docpipe::html {

using MetadataEntries = std::vector<std::pair<std::string, std::string>>;

// web.title, web.published, web.source, web.site, web.column, web.page_title, web.keywords.
MetadataEntries meta_tag_facts(const ParsedPage& page);

// Whether a line names a report (报告, 总结, 情况): a title, not a site's name.
bool names_a_report(std::string_view text);

// The article's title as the page's own metadata names it: ArticleTitle, else the part of the <title> that
// names a report, without the site's name around it ("…报告_某某县人民政府", "某某县人民政府 - …报告" → "…报告").
std::string page_title(const ParsedPage& page);

// Links to attached files (.doc, .docx, .pdf, .wps, .ofd, .xls, .xlsx, .zip, .rar) as web.attachment.
MetadataEntries attachment_links(const ParsedPage& page);

}  // namespace docpipe::html
