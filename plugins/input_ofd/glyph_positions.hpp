// The numbers of OFD attributes (GB/T 33190 §11): number lists ("0 0 210 297"), CTM matrices, and the
// DeltaX/DeltaY glyph advances with their "g" repeat syntax ("g 3 5.6 2.8" is 5.6 5.6 5.6 2.8).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace docpipe::ofd {

// Whitespace-separated numbers; nullopt when a token is not a number.
std::optional<std::vector<double>> parse_numbers(std::string_view text);

// DeltaX/DeltaY of a TextCode expanded into at most `limit` advances; nullopt when malformed. A repeat
// count beyond the limit is clamped, so "g 999999999 1" costs nothing.
std::optional<std::vector<double>> parse_deltas(std::string_view text, std::size_t limit);

// An affine matrix a b c d e f: x' = a·x + c·y + e, y' = b·x + d·y + f.
struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  double x(double px, double py) const { return a * px + c * py + e; }
  double y(double px, double py) const { return b * px + d * py + f; }
  double scale() const;  // how much the matrix scales lengths (the square root of |det|)
};

std::optional<Matrix> parse_matrix(std::string_view text);

}  // namespace docpipe::ofd
