#include "glyph_positions.hpp"

#include <charconv>
#include <cmath>

namespace docpipe::ofd {

namespace {

std::vector<std::string_view> tokens(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

std::optional<double> number(std::string_view token) {
  double value = 0;
  if (!token.empty() && token.front() == '+') token.remove_prefix(1);
  const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
  if (error != std::errc() || end != token.data() + token.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::vector<double>> parse_numbers(std::string_view text) {
  std::vector<double> values;
  for (const auto token : tokens(text)) {
    const auto value = number(token);
    if (!value) return std::nullopt;
    values.push_back(*value);
  }
  return values;
}

std::optional<std::vector<double>> parse_deltas(std::string_view text, std::size_t limit) {
  const auto parts = tokens(text);
  std::vector<double> deltas;
  for (std::size_t i = 0; i < parts.size() && deltas.size() < limit; ++i) {
    if (parts[i] == "g") {
      if (i + 2 >= parts.size()) return std::nullopt;
      const auto count = number(parts[i + 1]);
      const auto value = number(parts[i + 2]);
      if (!count || !value || *count < 0) return std::nullopt;
      const auto repeat = static_cast<std::size_t>(std::min(*count, static_cast<double>(limit - deltas.size())));
      deltas.insert(deltas.end(), repeat, *value);
      i += 2;
      continue;
    }
    const auto value = number(parts[i]);
    if (!value) return std::nullopt;
    deltas.push_back(*value);
  }
  return deltas;
}

double Matrix::scale() const { return std::sqrt(std::abs(a * d - b * c)); }

std::optional<Matrix> parse_matrix(std::string_view text) {
  const auto values = parse_numbers(text);
  if (!values || values->size() != 6) return std::nullopt;
  const auto& v = *values;
  return Matrix{v[0], v[1], v[2], v[3], v[4], v[5]};
}

}  // namespace docpipe::ofd
