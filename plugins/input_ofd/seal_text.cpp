#include "seal_text.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "docpipe/paragraph_assembly.hpp"
#include "docpipe/text.hpp"

namespace docpipe::ofd {

namespace {

constexpr std::size_t kFewestRingGlyphs = 3;
// A seal is at most 45 mm across (GB/T 9704's and the public security rules' official seals: 42 or 45 mm): a ring
// whose glyphs lie further than this from their middle (points, 30 mm) is none.
constexpr double kWidestRingRadius = 30 * 72 / 25.4;
constexpr std::size_t kLongestSealWord = 8;  // code points: 法治专用章, 合同专用章, ★
constexpr double kOtherTypeShare = 0.1;      // a type height this share off the page's is not the text's

struct Ring {
  double x = 0, y = 0, radius = 0;
};

std::optional<Ring> ring_of(const std::vector<TurnedGlyph>& turned) {
  if (turned.size() < kFewestRingGlyphs) return std::nullopt;
  const bool both_ways = std::any_of(turned.begin(), turned.end(), [](const TurnedGlyph& g) { return g.turn < 0; }) &&
                         std::any_of(turned.begin(), turned.end(), [](const TurnedGlyph& g) { return g.turn > 0; });
  if (!both_ways) return std::nullopt;
  Ring ring;
  double height = 0;
  for (const TurnedGlyph& glyph : turned) ring.x += glyph.x, ring.y += glyph.y, height = std::max(height, glyph.height);
  ring.x /= static_cast<double>(turned.size());
  ring.y /= static_cast<double>(turned.size());
  for (const TurnedGlyph& glyph : turned)
    ring.radius = std::max(ring.radius, std::hypot(glyph.x - ring.x, glyph.y - ring.y));
  if (ring.radius > kWidestRingRadius) return std::nullopt;
  ring.radius += height;  // the upright glyph on the arc stands as far out as the turned ones
  return ring;
}

}  // namespace

std::string take_seal_text(std::vector<layout::Word>& words, const std::vector<TurnedGlyph>& turned) {
  const auto ring = ring_of(turned);
  if (!ring || words.empty()) return {};
  std::vector<double> heights;
  for (const auto& word : words) heights.push_back(word.bottom - word.top);
  const double text_height = layout::detail::median(heights);
  const auto in_seal = [&](const layout::Word& word) {
    const double height = word.bottom - word.top;
    return std::hypot((word.left + word.right) / 2 - ring->x, (word.top + word.bottom) / 2 - ring->y) <= ring->radius &&
           decode_utf8(word.text).size() <= kLongestSealWord &&
           std::abs(height - text_height) > kOtherTypeShare * text_height;
  };
  std::string taken;
  std::vector<layout::Word> kept;
  for (auto& word : words) {
    if (in_seal(word)) {
      layout::append_joined(taken, word.text);
    } else {
      kept.push_back(std::move(word));
    }
  }
  words = std::move(kept);
  return taken;
}

}  // namespace docpipe::ofd
