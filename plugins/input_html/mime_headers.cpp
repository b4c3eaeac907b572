#include "mime_headers.hpp"

#include <algorithm>

namespace docpipe::html {

namespace {

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

}  // namespace

MimeHeaders::MimeHeaders(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    const bool last_line = end == std::string_view::npos;
    if (last_line) end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (line.ends_with('\r')) line.remove_suffix(1);
    at = last_line ? text.size() : end + 1;
    if (line.empty()) break;
    // A line opening with white space continues the field before it (folding).
    if ((line.front() == ' ' || line.front() == '\t') && !fields_.empty()) {
      fields_.back().second += ' ';
      fields_.back().second += trimmed(line);
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;  // not a field: a stray line is passed over
    fields_.emplace_back(lower_ascii(trimmed(line.substr(0, colon))), std::string(trimmed(line.substr(colon + 1))));
  }
  body_offset_ = at;
}

std::string MimeHeaders::get(std::string_view name) const {
  const std::string wanted = lower_ascii(name);
  for (const auto& [field, value] : fields_) {
    if (field == wanted) return value;
  }
  return {};
}

std::string media_type(std::string_view content_type) {
  return lower_ascii(trimmed(content_type.substr(0, content_type.find(';'))));
}

std::string header_parameter(std::string_view value, std::string_view name) {
  const std::string wanted = lower_ascii(name);
  for (std::size_t at = value.find(';'); at != std::string_view::npos; at = value.find(';', at + 1)) {
    std::string_view rest = trimmed(value.substr(at + 1));
    const auto equals = rest.find('=');
    if (equals == std::string_view::npos || lower_ascii(trimmed(rest.substr(0, equals))) != wanted) continue;
    rest = trimmed(rest.substr(equals + 1));
    if (!rest.empty() && rest.front() == '"') {
      const auto close = rest.find('"', 1);
      return std::string(rest.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
    }
    return std::string(trimmed(rest.substr(0, rest.find(';'))));
  }
  return {};
}

}  // namespace docpipe::html
