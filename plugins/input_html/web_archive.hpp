// A web archive (MHTML, RFC 2557): Word's 单个文件网页 and a browser's "save as a single file", which portals
// serve under .mht and .doc names. It is a mail message: headers, then a multipart/related body whose root part
// is the page (text/html, quoted-printable or base64, in the charset its header or its <meta> names) and whose
// other parts are its images, style sheets and Word's filelist.xml. Only the page is wanted: input.html reads it
// as it reads a page saved from a portal.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::html {

// Mail headers before the first empty line naming a MIME version and a multipart/related body (or a bare
// text/html one). The host names the same shape "MHTML web archive" when no plugin reads it.
bool looks_like_web_archive(std::string_view head);

struct ArchivedPage {
  std::string html;     // the page's bytes, transfer encoding undone, in its own charset
  std::string charset;  // as the part's Content-Type names it, lower-case; empty when it names none
  // The page's web address, when the archive names one (a browser's Snapshot-Content-Location, else the part's
  // http(s) Content-Location); empty for Word's file:/// names.
  std::string address;
};

// The archive's page: the part the multipart/related `start` parameter names, else its first text/html part.
// Throws std::runtime_error with what is wrong when the archive holds no page (no boundary, a boundary never
// found, no HTML part).
ArchivedPage archived_page(std::string_view archive);

}  // namespace docpipe::html
