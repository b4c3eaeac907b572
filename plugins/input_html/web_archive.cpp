#include "web_archive.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>
#include <vector>

#include "mime_headers.hpp"
#include "transfer_decoding.hpp"

namespace docpipe::html {

namespace {

// Mail headers are short; a page's first tag within this many bytes means it is no archive.
constexpr std::size_t kHeadersWithin = 8192;
// multipart/related inside multipart/alternative and the like: deeper nesting is no saved page.
constexpr int kDeepestNesting = 4;

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

bool is_field_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::string_view strip_angle_brackets(std::string_view id) {
  while (!id.empty() && (id.front() == '<' || id.front() == ' ')) id.remove_prefix(1);
  while (!id.empty() && (id.back() == '>' || id.back() == ' ')) id.remove_suffix(1);
  return id;
}

// The parts between the delimiter lines `--boundary` (each at a line's start); a missing closing delimiter
// lets the last part run to the end, as mail readers do.
std::vector<std::string_view> split_parts(std::string_view body, const std::string& boundary) {
  const std::string delimiter = "--" + boundary;
  std::vector<std::string_view> parts;
  std::size_t open = std::string_view::npos;  // where the current part's content begins
  for (std::size_t at = body.find(delimiter); at != std::string_view::npos; at = body.find(delimiter, at + 1)) {
    if (at != 0 && body[at - 1] != '\n') continue;
    // `--abc` opening `--abcdef` or `--abc-d` is another boundary's line, not this one's: the delimiter ends its
    // line, or closes the body with `--`.
    const std::size_t after = at + delimiter.size();
    const bool closing = body.substr(after, 2) == "--";
    if (!closing && after < body.size() && std::string_view(" \t\r\n").find(body[after]) == std::string_view::npos) {
      continue;
    }
    if (open != std::string_view::npos) {
      std::size_t end = at == 0 ? 0 : at - 1;  // the line break before the delimiter belongs to it
      if (end > open && body[end - 1] == '\r') --end;
      parts.push_back(body.substr(open, end > open ? end - open : 0));
    }
    if (closing) return parts;
    const std::size_t line_end = body.find('\n', at);
    open = line_end == std::string_view::npos ? body.size() : line_end + 1;
  }
  if (open != std::string_view::npos) parts.push_back(body.substr(open));
  return parts;
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool is_page(const MimeHeaders& headers, std::string_view body) {
  const std::string type = media_type(headers.get("Content-Type"));
  return (type == "text/html" || type == "application/xhtml+xml") && !is_blank(body);
}

bool is_web_address(std::string_view location) {
  const std::string scheme = lower_ascii(location.substr(0, 8));
  return scheme.starts_with("http://") || scheme.starts_with("https://");
}

ArchivedPage page_of(const MimeHeaders& headers, std::string_view body) {
  const std::string content_type = headers.get("Content-Type");
  std::string location = headers.get("Content-Location");
  return {decode_transfer_encoding(body, headers.get("Content-Transfer-Encoding")),
          lower_ascii(header_parameter(content_type, "charset")),
          is_web_address(location) ? std::move(location) : std::string()};
}

ArchivedPage page_in(const MimeHeaders& headers, std::string_view body, int depth) {
  const std::string content_type = headers.get("Content-Type");
  const std::string type = media_type(content_type);
  if (type == "text/html" || type == "application/xhtml+xml") return page_of(headers, body);
  if (!type.starts_with("multipart/")) {
    throw std::runtime_error("not a readable web archive: it holds " + (type.empty() ? "no typed body" : type) +
                             ", not a page");
  }
  const std::string boundary = header_parameter(content_type, "boundary");
  if (boundary.empty()) throw std::runtime_error("not a readable web archive: its multipart body names no boundary");
  const std::vector<std::string_view> parts = split_parts(body, boundary);
  if (parts.empty()) {
    // RFC 2046 boundaries are at most 70 characters: a longer one is quoted cut, not as the header's whole length.
    constexpr std::size_t kLongestBoundary = 70;
    std::size_t cut = std::min(boundary.size(), kLongestBoundary);
    while (cut > 0 && cut < boundary.size() && (static_cast<unsigned char>(boundary[cut]) & 0xC0) == 0x80) --cut;
    const std::string quoted = cut < boundary.size() ? boundary.substr(0, cut) + "…" : boundary;
    throw std::runtime_error("not a readable web archive: its boundary '" + quoted + "' is never found");
  }
  const std::string start(strip_angle_brackets(header_parameter(content_type, "start")));
  std::vector<MimeHeaders> part_headers;
  part_headers.reserve(parts.size());
  for (const auto part : parts) part_headers.emplace_back(part);
  // The root part, as RFC 2387 names it, when it is a page.
  if (!start.empty()) {
    for (std::size_t k = 0; k < parts.size(); ++k) {
      if (strip_angle_brackets(part_headers[k].get("Content-ID")) == start &&
          is_page(part_headers[k], parts[k].substr(part_headers[k].body_offset()))) {
        return page_of(part_headers[k], parts[k].substr(part_headers[k].body_offset()));
      }
    }
  }
  // Else the first page that holds anything (a part of 0 bytes is a saver's slip, not the page).
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const std::string part_type = media_type(part_headers[k].get("Content-Type"));
    if (is_page(part_headers[k], parts[k].substr(part_headers[k].body_offset()))) {
      return page_of(part_headers[k], parts[k].substr(part_headers[k].body_offset()));
    }
    if (part_type.starts_with("multipart/") && depth < kDeepestNesting) {
      try {
        return page_in(part_headers[k], parts[k].substr(part_headers[k].body_offset()), depth + 1);
      } catch (const std::runtime_error&) {
        // No page in this branch: the next part may hold it.
      }
    }
  }
  throw std::runtime_error("not a readable web archive: none of its " + std::to_string(parts.size()) +
                           " parts is an HTML page");
}

}  // namespace

bool looks_like_web_archive(std::string_view head) {
  // The first line is a header field ("MIME-Version: 1.0", "From: <Saved by …>"), as in any mail message.
  const auto colon = head.find(':');
  const auto first_break = head.find('\n');
  if (colon == std::string_view::npos || colon > first_break || !is_field_name(head.substr(0, colon))) return false;
  const MimeHeaders headers(head.substr(0, kHeadersWithin));
  if (headers.get("MIME-Version").empty()) return false;
  const std::string type = media_type(headers.get("Content-Type"));
  return type == "multipart/related" || type == "text/html";
}

ArchivedPage archived_page(std::string_view archive) {
  const MimeHeaders headers(archive);
  ArchivedPage page = page_in(headers, archive.substr(headers.body_offset()), 0);
  if (std::string snapshot = headers.get("Snapshot-Content-Location"); is_web_address(snapshot)) {
    page.address = std::move(snapshot);
  }
  return page;
}

}  // namespace docpipe::html
