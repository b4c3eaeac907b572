#include "seal_text.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

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

// Glyphs of one ring stand a glyph or two apart along its arc; those of two seals set side by side (a joint report
// of two organs, each sealing its name) further than this many of their heights, so each ring is measured alone.
constexpr double kRingGlyphReach = 3;

// The turned glyphs grouped by the rings they draw: glyphs within kRingGlyphReach of their height of another of the
// group are one group. A page has a few dozen turned glyphs at most, so comparing every pair costs nothing; a page
// of more is no page of seals, and stays one group.
constexpr std::size_t kMostTurnedGlyphsGrouped = 400;
std::vector<std::vector<TurnedGlyph>> groups_of(const std::vector<TurnedGlyph>& turned) {
  if (turned.size() > kMostTurnedGlyphsGrouped) return {turned};
  std::vector<std::size_t> group(turned.size());
  for (std::size_t i = 0; i < group.size(); ++i) group[i] = i;
  const auto root = [&](std::size_t i) {
    while (group[i] != i) i = group[i];
    return i;
  };
  for (std::size_t i = 0; i < turned.size(); ++i) {
    for (std::size_t j = i + 1; j < turned.size(); ++j) {
      const double reach = kRingGlyphReach * std::max(turned[i].height, turned[j].height);
      if (std::hypot(turned[i].x - turned[j].x, turned[i].y - turned[j].y) <= reach) group[root(i)] = root(j);
    }
  }
  std::vector<std::vector<TurnedGlyph>> groups;
  std::vector<std::size_t> index_of_root(turned.size(), turned.size());
  for (std::size_t i = 0; i < turned.size(); ++i) {
    std::size_t& index = index_of_root[root(i)];
    if (index == turned.size()) index = groups.size(), groups.emplace_back();
    groups[index].push_back(turned[i]);
  }
  return groups;
}

// The rings the turned glyphs draw: each group's (groups_of), and all the glyphs' together when they draw one ring, as
// a seal's ring was found before seals were told apart.
std::vector<Ring> rings_of(const std::vector<TurnedGlyph>& turned) {
  std::vector<Ring> rings;
  for (const auto& group : groups_of(turned)) {
    if (auto ring = ring_of(group)) rings.push_back(*ring);
  }
  if (auto ring = ring_of(turned)) rings.push_back(*ring);
  return rings;
}

}  // namespace

std::string take_seal_text(std::vector<layout::Word>& words, const std::vector<TurnedGlyph>& turned) {
  const std::vector<Ring> rings = rings_of(turned);
  if (rings.empty() || words.empty()) return {};
  std::vector<double> heights;
  for (const auto& word : words) heights.push_back(word.bottom - word.top);
  const double text_height = layout::detail::median(heights);
  const auto in_seal = [&](const layout::Word& word) {
    const double height = word.bottom - word.top;
    const double x = (word.left + word.right) / 2, y = (word.top + word.bottom) / 2;
    const bool in_a_ring = std::any_of(rings.begin(), rings.end(), [&](const Ring& ring) {
      return std::hypot(x - ring.x, y - ring.y) <= ring.radius;
    });
    return in_a_ring && decode_utf8(word.text).size() <= kLongestSealWord &&
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
