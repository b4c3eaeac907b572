// Numbers in every output are plain decimals: shortest round-trip digits, never an exponent.
#pragma once

#include <charconv>
#include <cmath>
#include <string>

namespace docpipe {

inline std::string format_decimal(double value) {
  if (!std::isfinite(value)) return {};
  if (value == 0) return "0";  // also folds -0
  char buffer[400];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return std::string(buffer, result.ptr);
}

}  // namespace docpipe
