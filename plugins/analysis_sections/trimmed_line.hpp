// A paragraph without the spaces a copy leaves around it (half-width, full-width, tabs), as the splitter's helpers
// compare lines.
#pragma once

#include <string_view>

namespace docpipe::sections {

inline std::u32string_view trimmed(std::u32string_view line) {
  const auto space = [](char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; };
  while (!line.empty() && space(line.front())) line.remove_prefix(1);
  while (!line.empty() && space(line.back())) line.remove_suffix(1);
  return line;
}

}  // namespace docpipe::sections
