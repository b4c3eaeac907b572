// What a portal serves when a report's download fails: its error page (404 页面不存在), a login page (a session
// expired) or a redirect (正在跳转). Saved under the report's name, such a page is no empty report but no report.
#pragma once

#include <string>
#include <string_view>

#include "page_blocks.hpp"

namespace docpipe::html {

// Why the page is one a portal served instead of a report ("…login page, not a report …; its title says 用户登录"), or
// "" when it may be a report. `article_text` is the text the page's article reads to. Judged by what the page is (its
// <title>, a refresh, a script that only redirects, a password field, the words of a near-empty article), never by a
// report's own words: a page that names a report, or whose article is a report's length, is one.
std::string served_instead_of_a_report(const ParsedPage& page, std::string_view article_text);

// What a page with no report text holds instead ("the page holds no report text: the report is an embedded PDF
// (bg.pdf)", "…in frames (…)", "…, only 3 images"), or "" when its article reads as a report's text or it holds
// none of those. A portal that posts the report as a PDF, frames or scanned pages leaves only its title and
// info table in the page, which would read as an empty report.
std::string held_instead_of_report_text(const ParsedPage& page, std::string_view article_text);

}  // namespace docpipe::html
