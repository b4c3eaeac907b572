// What a portal page says about the article, outside its text: the <meta> tags portals' content systems
// write (ArticleTitle, PubDate, ContentSource, SiteName), the <title>, and the attachment links.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docpipe/dates.hpp"
#include "page_blocks.hpp"

namespace docpipe::html {

using MetadataEntries = std::vector<std::pair<std::string, std::string>>;

// The content of the page's <meta name="…"> (lower-case name), trimmed; empty when it has none.
std::string meta_content(const ParsedPage& page, std::string_view name);

// web.title, web.published, web.source, web.site, web.column, web.page_title, web.keywords.
MetadataEntries meta_tag_facts(const ParsedPage& page);

// The publication date a script of the page holds for the article as a key's or a variable's string (var pubDate =
// "2025-03-28", "publishTime":"2025-03-28 10:00", JSON-LD's "datePublished"): a content system's, for a page that
// shows none. Only keys naming a publication; several different dates (a list of other articles) are none.
std::optional<CalendarDate> script_publication_date(const ParsedPage& page);

// Whether a line names a report (报告, 总结, 情况): a title, not a site's name.
bool names_a_report(std::string_view text);

// The article's title as the page's own metadata names it: ArticleTitle, else the part of the <title> that
// names a report, without the site's name around it ("…报告_某某县人民政府", "某某县人民政府 - …报告" → "…报告").
std::string page_title(const ParsedPage& page);

// Links to attached files (.doc, .docx, .pdf, .wps, .ofd, .xls, .xlsx, .zip, .rar) as web.attachment.
MetadataEntries attachment_links(const ParsedPage& page);

}  // namespace docpipe::html
