// Fields Word draws from their code instead of showing a result: 带圈字符 past ⑳ is an EQ field overlaying a circle
// on the digits (EQ \o\ac(○,21)), saved with no result. Shared by input.docx and input.doc, so that ㉑ reads the
// same from either.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "docpipe/text.hpp"

namespace docpipe {

// A field code with its ASCII letters in lower case: field names and switches are case-insensitive (EQ, eq,
// \O), the text they carry is not changed.
inline std::u32string ascii_lowercase(std::u32string_view code) {
  std::u32string lower(code);
  for (char32_t& c : lower) {
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
  }
  return lower;
}

// A field argument with its switches and their values taken out (\s\up 1(21) is (21)), and its spaces.
inline std::u32string without_field_switches(std::u32string_view argument) {
  std::u32string out;
  for (std::size_t at = 0; at < argument.size();) {
    if (argument[at] != U'\\') {
      if (argument[at] != U' ' && argument[at] != U'\u3000') out.push_back(argument[at]);
      ++at;
      continue;
    }
    ++at;
    while (at < argument.size() &&
           ((argument[at] >= U'a' && argument[at] <= U'z') || (argument[at] >= U'A' && argument[at] <= U'Z')))
      ++at;
    while (at < argument.size() && argument[at] == U' ') ++at;
    if (at < argument.size() && argument[at] == U'-') ++at;
    while (at < argument.size() && argument[at] >= U'0' && argument[at] <= U'9') ++at;
  }
  std::erase_if(out, [](char32_t c) { return c == U'(' || c == U')'; });
  return out;
}

// Where an EQ overlay's two arguments part and end, from the parenthesis opening them at `open`: the comma and the
// closing parenthesis outside any parentheses of the arguments' own (EQ \o\ac(○,21), EQ \o\ad(\s\up 9(ào),岙)).
// Nothing when either is missing.
inline std::optional<std::pair<std::size_t, std::size_t>> overlay_arguments(std::u32string_view code,
                                                                            std::size_t open) {
  int depth = 0;
  std::size_t comma = std::u32string_view::npos, close = std::u32string_view::npos;
  for (std::size_t at = open + 1; at < code.size() && close == std::u32string_view::npos; ++at) {
    if (code[at] == U'(') ++depth;
    if (code[at] == U')' && depth-- == 0) close = at;
    if ((code[at] == U',' || code[at] == U'，') && depth == 0 && comma == std::u32string_view::npos) comma = at;
  }
  if (comma == std::u32string_view::npos || close == std::u32string_view::npos || close < comma) return std::nullopt;
  return std::make_pair(comma, close);
}

// The number a circle encloses as Word's 带圈字符 writes it past ⑳: an EQ field drawing a circle over the digits
// (EQ \o\ac(○,21)), with no result or one that is only its parts. As the character Unicode has for it (㉑ up to
// 50), else (51); nothing for any other field, an EQ of another shape or over anything but a number.
inline std::optional<std::string> enclosed_number_of(std::string_view field_code) {
  const std::u32string code = ascii_lowercase(decode_utf8(field_code));
  const std::size_t start = code.find_first_not_of(U' ');
  if (start == std::u32string::npos || code.compare(start, 3, U"eq ") != 0) return std::nullopt;
  // EQ \o\ac( (or \o( ) and nothing else before the arguments: an overlay, and the field is nothing else.
  const std::size_t overlay = code.find_first_not_of(U' ', start + 3);
  const std::size_t open = code.find(U'(', overlay);
  if (overlay == std::u32string::npos || code.compare(overlay, 2, U"\\o") != 0 || open == std::u32string::npos ||
      !without_field_switches(std::u32string_view(code).substr(overlay, open - overlay)).empty()) {
    return std::nullopt;
  }
  const auto arguments = overlay_arguments(code, open);
  if (!arguments) return std::nullopt;
  const auto [comma, close] = *arguments;
  const std::u32string shape = without_field_switches(std::u32string_view(code).substr(open + 1, comma - open - 1));
  const std::u32string digits = without_field_switches(std::u32string_view(code).substr(comma + 1, close - comma - 1));
  constexpr std::size_t kMostDigits = 6;
  if ((shape != U"○" && shape != U"◯") || digits.empty() || digits.size() > kMostDigits ||
      !std::all_of(digits.begin(), digits.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
    return std::nullopt;
  }
  const int number = std::stoi(encode_utf8(digits));
  if (number >= 1 && number <= 20) return encode_utf8(std::u32string(1, static_cast<char32_t>(0x2460 + number - 1)));
  if (number >= 21 && number <= 35) return encode_utf8(std::u32string(1, static_cast<char32_t>(0x3251 + number - 21)));
  if (number >= 36 && number <= 50) return encode_utf8(std::u32string(1, static_cast<char32_t>(0x32B1 + number - 36)));
  return "(" + encode_utf8(digits) + ")";
}

}  // namespace docpipe
