// Text an XML (or XHTML) writer may take as it is. XML 1.0 allows tab, line feed, carriage return and the
// code points from U+0020 on, except surrogates, U+FFFE and U+FFFF; a writer replaces anything else.
#pragma once

#include <string_view>

#include "docpipe/text.hpp"

namespace docpipe {

inline bool is_allowed_in_xml(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// True when `text` is well-formed UTF-8 of allowed code points only, so that a writer may copy its bytes:
// nearly all text is. A byte scan: no C0 control but tab, line feed and carriage return, no U+FFFE or U+FFFF
// (EF BF BE/BF); surrogates cannot occur in well-formed UTF-8.
inline bool is_xml_safe_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD) return false;
    if (byte == 0xEF && i + 2 < text.size() && text[i + 1] == '\xBF' &&
        (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
      return false;
    }
  }
  return is_well_formed_utf8(text);
}

}  // namespace docpipe
