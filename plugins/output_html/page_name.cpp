#include "page_name.hpp"

#include <string_view>

#include "docpipe/file_names.hpp"

namespace docpipe::html {

std::string page_name(const std::string& document_id, std::string_view tag) {
  return fitting_file_name(page_stem(document_id) + std::string(tag), ".html");
}

std::string page_stem(const std::string& document_id) {
  std::string name;
  for (const char c : document_id) {
    if (c == '/' || c == '\\') {
      name += '_';
    } else if (std::string_view(" #?%\"'<>&:*|").find(c) != std::string_view::npos ||
               static_cast<unsigned char>(c) < 0x20) {
      name += '-';
    } else {
      name += c;
    }
  }
  if (name.empty() || name.front() == '.') name.insert(0, "document");
  return name;
}

}  // namespace docpipe::html
