// The heading level a word processor's style name gives: "heading 2", "Heading2", "标题 2", "标题2" (Word names its
// built-in headings so in English and Chinese installations). Shared by input.docx and input.doc.
#pragma once

#include <algorithm>
#include <cctype>
#include <optional>
#include <stdexcept>
#include <string>

namespace docpipe {

inline std::optional<int> heading_level_in_style_name(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const std::string prefix : {"heading ", "heading", "标题 ", "标题"}) {
    if (name.rfind(prefix, 0) == 0 && name.size() > prefix.size()) {
      try {
        std::size_t used = 0;
        const int level = std::stoi(name.substr(prefix.size()), &used);
        if (used == name.size() - prefix.size() && level >= 1 && level <= 9) return level;
      } catch (const std::exception&) {
      }
    }
  }
  return std::nullopt;
}

}  // namespace docpipe
