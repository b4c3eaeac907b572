// The header block of a MIME message or of one of its parts (RFC 5322, RFC 2045): fields with folded lines
// joined, and the parameters of a structured value (`multipart/related; boundary="…"`, `text/html; charset=gb2312`).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace docpipe::html {

class MimeHeaders {
 public:
  // Reads the fields up to the first empty line; `body_offset` is where what follows it begins (the text's end
  // when no empty line comes).
  explicit MimeHeaders(std::string_view text);

  // The first field of that name (case-insensitive), its value trimmed; empty when absent.
  std::string get(std::string_view name) const;
  std::size_t body_offset() const { return body_offset_; }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;  // name lower-case, value as written
  std::size_t body_offset_ = 0;
};

// The media type of a Content-Type value, lower-case: "text/html" of `Text/HTML; charset=gb2312`.
std::string media_type(std::string_view content_type);

// A parameter of a structured value, unquoted: `boundary` of `multipart/related; boundary="----=_NextPart"`.
// Empty when absent.
std::string header_parameter(std::string_view value, std::string_view name);

}  // namespace docpipe::html
