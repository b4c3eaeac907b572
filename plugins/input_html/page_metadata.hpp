// What a portal page says about the article, outside its text: the <meta> tags portals' content systems
// write (ArticleTitle, PubDate, ContentSource, SiteName), the <title>, and the attachment links.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "page_blocks.hpp"

namespace docpipe::html {

using MetadataEntries = std::vector<std::pair<std::string, std::string>>;

// web.title, web.published, web.source, web.site, web.column, web.page_title, web.keywords.
MetadataEntries meta_tag_facts(const ParsedPage& page);

// The article's title as the page's own metadata names it: ArticleTitle, else the <title> before its
// site-name suffix ("…报告_某某县人民政府" → "…报告").
std::string page_title(const ParsedPage& page);

// Links to attached files (.doc, .docx, .pdf, .wps, .ofd, .xls, .xlsx, .zip, .rar) as web.attachment.
MetadataEntries attachment_links(const ParsedPage& page);

}  // namespace docpipe::html
