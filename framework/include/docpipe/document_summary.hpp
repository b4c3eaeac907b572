// What the corpus stage knows of a document: a compact, serializable value computed in the worker right
// after the analyses, so that the host never holds every full text. It keeps the report's identity and
// metadata, its figures, its outline and fingerprints of its text (winnowed shingle hashes, Schleimer et
// al. 2003): any passage of at least kGuaranteedPassage characters (white space and punctuation not
// counted) that two documents share yields at least one common fingerprint. Header-only.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "docpipe/document.hpp"
#include "docpipe/text.hpp"

namespace docpipe {

// Shingle length and winnowing window, in characters of the text without white space and punctuation.
// Part of the summary's meaning: stores written with other values are not comparable (summary_codec.hpp
// records them).
inline constexpr std::uint32_t kShingleCharacters = 16;
inline constexpr std::uint32_t kWinnowingWindow = 32;
inline constexpr std::uint32_t kGuaranteedPassage = kShingleCharacters + kWinnowingWindow - 1;

struct SummaryMetric {
  std::string code;
  std::string indicator;
  std::string unit;
  std::string role;
  double value = 0;
  std::size_t start = 0;
  std::size_t end = 0;
};

struct SummarySection {
  std::string id;
  int level = 0;
  std::string title;
};

// One selected shingle: its hash and where it lies, as code-point offsets into the normalized text.
struct TextFingerprint {
  std::uint64_t hash = 0;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

struct DocumentSummary {
  std::string id;
  std::string sha256;  // of the input bytes (metadata `sha256`)
  std::string format;
  std::string unit;  // metadata `unit`, else `region`: whose report it is
  std::string region;
  std::string year;
  std::string title;
  std::string date;
  std::uint64_t text_hash = 0;  // of the text without white space: equal for one report in any format
  std::size_t characters = 0;   // letters and digits: the text without white space and punctuation
  std::vector<SummaryMetric> metrics;
  std::vector<SummarySection> sections;
  std::vector<TextFingerprint> fingerprints;  // in text order
};

namespace detail {

inline constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ull;

inline std::uint64_t fnv1a(std::uint64_t hash, char32_t code_point) {
  for (int shift = 0; shift < 32; shift += 8) {
    hash ^= (static_cast<std::uint32_t>(code_point) >> shift) & 0xFF;
    hash *= kFnvPrime;
  }
  return hash;
}

inline bool is_space(char32_t c) {
  return c == U' ' || c == U'\n' || c == U'\t' || c == U'\r' || c == 0x3000 || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B);
}

// Punctuation and symbols of the scripts the reports use: ASCII, Latin-1, general punctuation, CJK
// symbols, full-width and vertical forms. Copying often changes only these, so fingerprints skip them.
inline bool is_punctuation(char32_t c) {
  if (c < 0x80) return !((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'));
  return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x2190 && c <= 0x23FF) || (c >= 0x2460 && c <= 0x27BF) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFFE0 && c <= 0xFFEF);
}

}  // namespace detail

// Winnowed fingerprints of a text: shingles of kShingleCharacters letters and digits, and of every window
// of kWinnowingWindow consecutive shingles the one with the smallest hash (the rightmost on ties). One pass
// over the text with a window's worth of state: a document's size costs time, not memory.
class Winnower {
 public:
  // The next code point of the text; `offset` is its code-point offset.
  void add(char32_t c, std::uint32_t offset) {
    if (detail::is_space(c) || detail::is_punctuation(c)) return;
    recent_[kept_ % kShingleCharacters] = {c, offset};
    if (++kept_ < kShingleCharacters) return;
    std::uint64_t hash = detail::kFnvOffset;
    for (std::size_t k = 0; k < kShingleCharacters; ++k) {
      hash = detail::fnv1a(hash, recent_[(kept_ + k) % kShingleCharacters].character);
    }
    const std::size_t shingle = kept_ - kShingleCharacters;
    window_[shingle % kWinnowingWindow] = {hash, recent_[kept_ % kShingleCharacters].offset, offset + 1};
    if (shingle + 1 >= kWinnowingWindow) select(shingle + 1 - kWinnowingWindow, kWinnowingWindow);
  }

  // The fingerprints; a text of fewer shingles than a window is one window.
  std::vector<TextFingerprint> finish() {
    const std::size_t shingles = kept_ < kShingleCharacters ? 0 : kept_ - kShingleCharacters + 1;
    if (shingles > 0 && shingles < kWinnowingWindow) select(0, shingles);
    return std::move(selected_);
  }

 private:
  struct Kept {
    char32_t character = 0;
    std::uint32_t offset = 0;
  };

  void select(std::size_t first, std::size_t width) {
    std::size_t best = first;
    for (std::size_t i = first; i < first + width; ++i) {
      if (window_[i % kWinnowingWindow].hash <= window_[best % kWinnowingWindow].hash) best = i;
    }
    if (best == last_) return;
    last_ = best;
    selected_.push_back(window_[best % kWinnowingWindow]);
  }

  Kept recent_[kShingleCharacters];             // the last kShingleCharacters kept characters
  TextFingerprint window_[kWinnowingWindow];    // the last kWinnowingWindow shingles
  std::size_t kept_ = 0;                        // characters kept so far
  std::size_t last_ = static_cast<std::size_t>(-1);  // the shingle selected last
  std::vector<TextFingerprint> selected_;
};

inline std::vector<TextFingerprint> text_fingerprints(std::string_view text) {
  Winnower winnower;
  std::uint32_t offset = 0;
  for_each_code_point(text, [&](char32_t c) { winnower.add(c, offset++); });
  return winnower.finish();
}

// The text without white space, hashed: one report read from TXT, DOCX or PDF hashes the same.
inline std::uint64_t text_identity_hash(std::string_view text) {
  std::uint64_t hash = detail::kFnvOffset;
  bool any = false;
  for_each_code_point(text, [&](char32_t c) {
    if (detail::is_space(c)) return;
    hash = detail::fnv1a(hash, c);
    any = true;
  });
  return any ? hash : 0;
}

// The summary of a processed document (status ok). Deterministic: the same document always gives the
// same summary, so an output may compute it again (output.sqlite does, to store it).
inline DocumentSummary summarize(const Document& document) {
  DocumentSummary s;
  s.id = document.id;
  s.sha256 = document.metadata.get("sha256");
  s.format = document.format;
  s.region = document.metadata.get("region");
  s.unit = document.metadata.get("unit");
  if (s.unit.empty()) s.unit = s.region;
  s.year = document.metadata.get("year");
  s.title = document.metadata.get("title");
  s.date = document.metadata.get("date");
  // One pass over the text for its identity hash, its size and its fingerprints.
  std::uint64_t hash = detail::kFnvOffset;
  bool any = false;
  Winnower winnower;
  std::uint32_t offset = 0;
  for_each_code_point(document.text, [&](char32_t c) {
    winnower.add(c, offset++);
    if (detail::is_space(c)) return;
    hash = detail::fnv1a(hash, c);
    any = true;
    if (!detail::is_punctuation(c)) ++s.characters;
  });
  s.text_hash = any ? hash : 0;
  s.fingerprints = winnower.finish();
  for (const auto& m : document.metrics) {
    s.metrics.push_back({m.code, m.indicator, m.unit, m.role, m.value, m.start, m.end});
  }
  for (const auto& section : document.sections) s.sections.push_back({section.id, section.level, section.title});
  return s;
}

}  // namespace docpipe
