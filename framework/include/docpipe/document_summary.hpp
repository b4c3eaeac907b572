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

// FNV-1a over the code point's four bytes, low byte first. Below U+10000 the two high bytes are zero, and
// the steps for a zero byte are bare multiplications: two steps and one multiplication by the prime cubed
// (mod 2^64) give the same hash as four.
inline constexpr std::uint64_t kFnvPrimeCubed = kFnvPrime * kFnvPrime * kFnvPrime;
inline std::uint64_t fnv1a(std::uint64_t hash, char32_t code_point) {
  if (code_point < 0x10000) return ((hash ^ (code_point & 0xFF)) * kFnvPrime ^ (code_point >> 8)) * kFnvPrimeCubed;
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

// Winnowed fingerprints of a text: shingles of kShingleCharacters letters and digits (a digit of the prose as 0; a
// table cell's as written; none of fewer than four characters besides 0s), and of every window of kWinnowingWindow
// consecutive shingles the one with the smallest hash (the rightmost on ties). One pass over the text with a window's
// worth of state: a document's size costs time, not memory.
class Winnower {
 public:
  // The next code point of the text; `offset` is its code-point offset.
  // `digits_as_written`: in a table cell, where only the figures tell two units' filled-in copies of one county
  // form apart.
  void add(char32_t c, std::uint32_t offset, bool digits_as_written = false) {
    if (detail::is_space(c) || detail::is_punctuation(c)) return;
    // Every digit of the prose is one character to the shingles: a report made from last year's by updating its
    // figures and years (专题学法5次 → 6次, 2023年 → 2024年) keeps its fingerprints, and so does a passage copied
    // with other figures.
    if (!digits_as_written && c >= U'0' && c <= U'9') c = U'0';
    zeros_ += c == U'0';
    kept_[pending_++] = {c, offset, zeros_};
    if (pending_ == kKeptCapacity) hash_pending();
  }

  // The fingerprints; a text of fewer shingles than a window is one window.
  std::vector<TextFingerprint> finish() {
    hash_pending();
    if (shingles_ > 0 && shingles_ < kWinnowingWindow) take(minimum_.front());
    return std::move(selected_);
  }

 private:
  struct Kept {
    char32_t character = 0;
    std::uint32_t offset = 0;
    std::uint32_t zeros_so_far = 0;  // 0s kept up to this character, this one included
  };
  static constexpr std::uint32_t kFewestWordCharacters = 4;  // in a shingle: the rest may be digits

  // Shingles are hashed a block at a time, four interleaved: FNV-1a is one long chain of dependent
  // multiplications per shingle, and four independent chains keep the multiplier busy where one leaves it
  // waiting. The hashes are the same as one at a time (winnowing_test.cpp compares).
  static constexpr std::size_t kBlock = 64;
  static constexpr std::size_t kKeptCapacity = kBlock + kShingleCharacters - 1;

  void hash_pending() {
    if (pending_ < kShingleCharacters) return;
    const std::size_t count = pending_ - kShingleCharacters + 1;  // shingles ending in the pending characters
    std::size_t first = 0;
    for (; first + 4 <= count; first += 4) {
      std::uint64_t hash[4] = {detail::kFnvOffset, detail::kFnvOffset, detail::kFnvOffset, detail::kFnvOffset};
      for (std::size_t k = 0; k < kShingleCharacters; ++k) {
        const Kept* characters = kept_ + first + k;
        if ((characters[0].character | characters[1].character | characters[2].character | characters[3].character) <
            0x10000) {
          for (std::size_t j = 0; j < 4; ++j) {
            const std::uint32_t c = characters[j].character;
            hash[j] = ((hash[j] ^ (c & 0xFF)) * detail::kFnvPrime ^ (c >> 8)) * detail::kFnvPrimeCubed;
          }
        } else {
          for (std::size_t j = 0; j < 4; ++j) hash[j] = detail::fnv1a(hash[j], characters[j].character);
        }
      }
      for (std::size_t j = 0; j < 4; ++j) add_shingle(hash[j], first + j);
    }
    for (; first < count; ++first) {
      std::uint64_t hash = detail::kFnvOffset;
      for (std::size_t k = 0; k < kShingleCharacters; ++k) hash = detail::fnv1a(hash, kept_[first + k].character);
      add_shingle(hash, first);
    }
    // The last kShingleCharacters - 1 characters begin the shingles still to come.
    std::copy(kept_ + count, kept_ + pending_, kept_);
    pending_ -= count;
  }

  // The shingle of kept_[at .. at + kShingleCharacters - 1], the next one of the text. Each window of
  // kWinnowingWindow shingles selects its minimum hash, the rightmost of equal ones, unless that shingle is
  // already the last selected. `minimum_` holds the shingles that may still be a window's minimum: hashes
  // strictly increasing from the front, so the front is the current window's rightmost minimum.
  void add_shingle(std::uint64_t hash, std::size_t at) {
    // A shingle of figures with a word or three about them (a row of a table typed as text, an index number, 情况
    // 如下 before a row of percentages) reads 0000… in every report: it tells no two reports' passages apart, and is
    // neither a fingerprint nor a window's place.
    const std::uint32_t zeros =
        kept_[at + kShingleCharacters - 1].zeros_so_far - kept_[at].zeros_so_far + (kept_[at].character == U'0');
    if (zeros + kFewestWordCharacters > kShingleCharacters) return;
    const TextFingerprint shingle{hash, kept_[at].offset, kept_[at + kShingleCharacters - 1].offset + 1};
    const std::size_t index = shingles_++;
    while (!minimum_.empty() && minimum_.back().fingerprint.hash >= hash) minimum_.pop_back();
    minimum_.push_back({shingle, index});
    if (index + 1 < kWinnowingWindow) return;
    while (minimum_.front().index + kWinnowingWindow <= index) minimum_.pop_front();
    take(minimum_.front());
  }

  struct Candidate {
    TextFingerprint fingerprint;
    std::size_t index = 0;
  };

  void take(const Candidate& best) {
    if (best.index == last_) return;
    last_ = best.index;
    selected_.push_back(best.fingerprint);
  }

  // A double-ended queue of at most kWinnowingWindow candidates, in a fixed ring: no allocation per text.
  class CandidateQueue {
   public:
    bool empty() const { return size_ == 0; }
    const Candidate& front() const { return ring_[head_]; }
    const Candidate& back() const { return ring_[(head_ + size_ - 1) % kCapacity]; }
    void push_back(const Candidate& candidate) { ring_[(head_ + size_++) % kCapacity] = candidate; }
    void pop_back() { --size_; }
    void pop_front() { head_ = (head_ + 1) % kCapacity, --size_; }

   private:
    static constexpr std::size_t kCapacity = kWinnowingWindow + 1;
    Candidate ring_[kCapacity];
    std::size_t head_ = 0;
    std::size_t size_ = 0;
  };

  Kept kept_[kKeptCapacity];  // characters not yet hashed into every shingle they begin
  std::size_t pending_ = 0;
  std::uint32_t zeros_ = 0;   // 0s kept so far (wrapping is harmless: only differences are read)
  std::size_t shingles_ = 0;  // shingles so far
  CandidateQueue minimum_;
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
  // A report on part of a year (period: 上半年) stands for no year among its unit's reports, nor does a document of
  // another genre (genre: next year's 工作要点, the report's 解读).
  if (document.metadata.get("period").empty() && document.metadata.get("genre").empty()) {
    s.year = document.metadata.get("year");
  }
  s.title = document.metadata.get("title");
  s.date = document.metadata.get("date");
  // One pass over the text for its identity hash, its size and its fingerprints.
  std::uint64_t hash = detail::kFnvOffset;
  bool any = false;
  Winnower winnower;
  std::uint32_t offset = 0;
  auto block = document.blocks.begin();  // in text order
  for_each_code_point(document.text, [&](char32_t c) {
    while (block != document.blocks.end() && block->end <= offset) ++block;
    const bool in_a_cell =
        block != document.blocks.end() && block->start <= offset && block->kind == BlockKind::table_cell;
    winnower.add(c, offset++, in_a_cell);
    if (detail::is_space(c)) return;
    hash = detail::fnv1a(hash, c);
    any = true;
    if (!detail::is_punctuation(c)) ++s.characters;
  });
  s.text_hash = any ? hash : 0;
  // A document of another genre retells a report (解读, a news story) or plans the work: its quoting a report is no
  // copying, nor is a report's using its words, so it keeps no fingerprints (its text hash still finds it sent twice).
  if (document.metadata.get("genre").empty()) s.fingerprints = winnower.finish();
  for (const auto& m : document.metrics) {
    s.metrics.push_back({m.code, m.indicator, m.unit, m.role, m.value, m.start, m.end});
  }
  for (const auto& section : document.sections) s.sections.push_back({section.id, section.level, section.title});
  return s;
}

}  // namespace docpipe
