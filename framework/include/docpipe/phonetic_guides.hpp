// A phonetic guide (拼音指南, ruby) as a .doc keeps it: Word and LibreOffice write it as an EQ field that sets the
// guide raised over the base (EQ \* jc2 \* "Font:宋体" \* hps10 \o\ad(\s\up 9(ào),岙)), saved with no result, so
// the base character, often a place name's rare one, would be lost with the field's code. Shared by input.doc and
// input.docx (a .docx keeps w:ruby, but one converted from a .doc may keep the field).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "docpipe/field_codes.hpp"
#include "docpipe/text.hpp"

namespace docpipe {

// The base text of an EQ field that overlays a raised guide on it (\o, \o\ad, \o\al … with the first argument
// \s\up N(guide)); nothing for any other field.
inline std::optional<std::string> phonetic_guide_base_of(std::string_view field_code) {
  const std::u32string code = decode_utf8(field_code);
  const std::u32string lower = ascii_lowercase(code);
  const std::size_t start = lower.find_first_not_of(U' ');
  if (start == std::u32string::npos || lower.compare(start, 3, U"eq ") != 0) return std::nullopt;
  // \o after the formatting switches (\* jc2 \* "Font:宋体" \* hps10), then only alignment switches up to its
  // arguments.
  const std::size_t overlay = lower.find(U"\\o", start + 3);
  if (overlay == std::u32string::npos) return std::nullopt;
  if (lower.find(U'(', start) < overlay) return std::nullopt;
  const std::size_t open = lower.find(U'(', overlay);
  if (open == std::u32string::npos ||
      !without_field_switches(std::u32string_view(lower).substr(overlay, open - overlay)).empty())
    return std::nullopt;
  // The guide, up to the comma outside any parentheses of its own, then the base up to the closing parenthesis.
  const auto arguments = overlay_arguments(code, open);
  if (!arguments) return std::nullopt;
  const auto [comma, close] = *arguments;
  const std::size_t guide = lower.find_first_not_of(U' ', open + 1);
  if (guide >= comma || lower.compare(guide, 5, U"\\s\\up") != 0) return std::nullopt;
  std::u32string_view base = std::u32string_view(code).substr(comma + 1, close - comma - 1);
  const std::size_t first = base.find_first_not_of(U" \u3000");
  if (first == std::u32string_view::npos) return std::nullopt;
  base = base.substr(first, base.find_last_not_of(U" \u3000") - first + 1);
  if (base.find(U'\\') != std::u32string_view::npos) return std::nullopt;
  return encode_utf8(base);
}

// What Word draws from a field's code in place of a result: an enclosed number past ⑳ (field_codes.hpp) or a
// phonetic guide's base.
inline std::optional<std::string> drawn_from_field_code(std::string_view field_code) {
  if (auto number = enclosed_number_of(field_code)) return number;
  return phonetic_guide_base_of(field_code);
}

}  // namespace docpipe
