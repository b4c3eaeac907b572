// Which of a fixed set of literal keywords occur in a text, found in one pass over its bytes (Aho–Corasick).
// Searching each keyword with std::string_view::find costs one scan per keyword, and on Chinese UTF-8 every
// scan stops at nearly every character (the keywords' lead bytes are the text's); the automaton reads each
// byte once whatever the number of keywords. Bytes, not characters: a UTF-8 keyword only matches whole
// UTF-8 characters of valid UTF-8 text, since no character's encoding starts inside another's.
// Header-only, no dependencies; a KeywordSet is immutable once built, so threads may share one.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace docpipe {

class KeywordSet {
 public:
  // One bit per keyword (in the order given to the constructor): set when the keyword occurs in the text.
  class Hits {
   public:
    // `keyword` < size().
    bool test(std::size_t keyword) const { return (words_[keyword / 64] >> (keyword % 64)) & 1U; }
    std::size_t size() const { return size_; }
    bool any() const {
      return std::any_of(words_.begin(), words_.end(), [](std::uint64_t word) { return word != 0; });
    }
    std::size_t count() const {
      std::size_t total = 0;
      for (const std::uint64_t word : words_) total += static_cast<std::size_t>(std::popcount(word));
      return total;
    }

   private:
    friend class KeywordSet;
    void clear(std::size_t size) {
      size_ = size;
      words_.assign((size + 63) / 64, 0);
    }
    void set(std::size_t keyword) { words_[keyword / 64] |= std::uint64_t{1} << (keyword % 64); }

    std::vector<std::uint64_t> words_;
    std::size_t size_ = 0;
  };

  KeywordSet() : KeywordSet(std::vector<std::string>{}) {}

  // Duplicates are allowed (each gets its own bit); an empty keyword occurs in every text, even an empty one.
  // Throws std::length_error when the transition table (states × distinct keyword bytes) would pass 2³² entries.
  explicit KeywordSet(std::vector<std::string> keywords) : keywords_(std::move(keywords)) { build(); }

  std::size_t size() const { return keywords_.size(); }
  const std::string& keyword(std::size_t index) const { return keywords_.at(index); }

  Hits find(std::string_view text) const {
    Hits hits;
    find(text, hits);
    return hits;
  }

  // As above into `hits`, reusing its storage (one Hits serves every line of a document).
  void find(std::string_view text, Hits& hits) const {
    hits.clear(keywords_.size());
    mark_root(hits);  // the empty keywords
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    // Each byte's step waits for the last one's table load: one scan runs at the speed of that chain, not of the
    // core. A long text is read as four (or two) stretches at once, each begun from the root longest_ - 1 bytes
    // before its share so that a keyword ending in its share is seen whole; the chains' loads overlap. A keyword
    // seen twice, at a seam, sets its bit twice.
    if (text.size() >= 4 * longest_ + kSplitMargin) {
      scan_split<4>(bytes, text.size(), hits);
    } else if (text.size() >= 2 * longest_ + kSplitMargin) {
      scan_split<2>(bytes, text.size(), hits);
    } else {
      Offset state = 0;
      scan(bytes, bytes + text.size(), state, hits);
    }
  }

 private:
  // Transitions hold the target state's row offset (state × classes_), so a step is one add and one load.
  using Offset = std::uint32_t;
  static constexpr std::size_t kSplitMargin = 64;  // bytes: below that, one scan costs less than arranging several

  void scan(const unsigned char* from, const unsigned char* to, Offset& state, Hits& hits) const {
    for (; from != to; ++from) step(state, *from, hits);
  }
  // `ways` stretches of `size` / `ways` bytes: stretch w covers the keywords ending in [w·share, (w+1)·share), the
  // last one to the text's end.
  template <std::size_t ways>
  void scan_split(const unsigned char* bytes, std::size_t size, Hits& hits) const {
    scan_split(bytes, size, hits, std::make_index_sequence<ways>{});
  }
  // The stretches' states as separate variables (a fold over the ways), so that they stay in registers.
  template <std::size_t... way>
  void scan_split(const unsigned char* bytes, std::size_t size, Hits& hits, std::index_sequence<way...>) const {
    constexpr std::size_t ways = sizeof...(way);
    const std::size_t share = size / ways;
    const std::size_t lead = longest_ - 1;
    const std::array<const unsigned char*, ways> start{(bytes + (way == 0 ? 0 : way * share - lead))...};
    std::array<Offset, ways> state{};
    for (std::size_t i = 0; i < share; ++i) (step(state[way], start[way][i], hits), ...);
    // Each middle stretch reads its lead beyond its share; the last one reads to the end.
    for (std::size_t w = 1; w + 1 < ways; ++w) scan(start[w] + share, start[w] + share + lead, state[w], hits);
    scan(start[ways - 1] + share, bytes + size, state[ways - 1], hits);
  }
  void step(Offset& state, unsigned char byte, Hits& hits) const {
    state = next_[state + byte_class_[byte]];
    if (state >= first_output_offset_) [[unlikely]]
      mark(state / classes_, hits);
  }

  void mark_root(Hits& hits) const { mark(0, hits); }
  void mark(std::size_t state, Hits& hits) const {
    for (std::uint32_t o = output_start_[state]; o < output_start_[state + 1]; ++o) hits.set(outputs_[o]);
  }

  void build() {
    longest_ = 1;
    for (const auto& word : keywords_) longest_ = std::max(longest_, word.size());
    // Bytes that occur in no keyword all behave alike (back to the root): one column serves them all, which
    // keeps the table states × (distinct keyword bytes + 1) instead of states × 256.
    byte_class_.fill(0);
    std::array<bool, 256> used{};
    for (const auto& word : keywords_) {
      for (const char c : word) used[static_cast<unsigned char>(c)] = true;
    }
    classes_ = 1;
    for (std::size_t b = 0; b < used.size(); ++b) {
      if (used[b]) byte_class_[b] = static_cast<std::uint16_t>(classes_++);
    }

    // The trie: goto transitions, kNone where a keyword does not continue.
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> go(classes_, kNone);
    std::vector<std::vector<std::uint32_t>> ends(1);  // keywords ending in each state
    for (std::uint32_t k = 0; k < keywords_.size(); ++k) {
      std::uint32_t state = 0;
      for (const char c : keywords_[k]) {
        std::uint32_t& target = go[state * classes_ + byte_class_[static_cast<unsigned char>(c)]];
        if (target == kNone) {
          target = static_cast<std::uint32_t>(ends.size());
          ends.emplace_back();
          go.resize(go.size() + classes_, kNone);
        }
        state = go[state * classes_ + byte_class_[static_cast<unsigned char>(c)]];  // go may have moved
      }
      ends[state].push_back(k);
    }
    const std::size_t states = ends.size();
    if (states * classes_ > std::numeric_limits<Offset>::max()) {
      throw std::length_error("KeywordSet: too many keyword bytes");
    }

    // Breadth first: each state's failure (longest proper suffix that is a trie state) is already complete
    // when its children are reached, so a missing transition is the failure state's transition, and a state's
    // outputs are its own keywords plus its failure state's.
    std::vector<std::uint32_t> failure(states, 0);
    std::vector<std::uint32_t> order;
    order.reserve(states);
    for (std::size_t c = 0; c < classes_; ++c) {
      std::uint32_t& target = go[c];
      if (target == kNone) {
        target = 0;
      } else {
        order.push_back(target);
      }
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
      const std::uint32_t state = order[i];
      // The root's outputs (empty keywords) are marked once per text, not at every state.
      if (failure[state] != 0) {
        const std::vector<std::uint32_t>& inherited = ends[failure[state]];
        ends[state].insert(ends[state].end(), inherited.begin(), inherited.end());
      }
      for (std::size_t c = 0; c < classes_; ++c) {
        std::uint32_t& target = go[state * classes_ + c];
        const std::uint32_t fallback = go[failure[state] * classes_ + c];
        if (target == kNone) {
          target = fallback;
        } else {
          failure[target] = fallback;
          order.push_back(target);
        }
      }
    }

    // States renumbered so that those where a keyword ends come last: find() tells them by their number,
    // without reading the output table at every byte. The root stays 0 (its outputs, the empty keywords, are
    // marked once per text).
    std::vector<std::uint32_t> number(states), state_of(states);
    std::uint32_t next_number = 0;
    for (std::size_t s = 0; s < states; ++s) {
      if (s == 0 || ends[s].empty()) number[s] = next_number++;
    }
    first_output_offset_ = static_cast<Offset>(next_number * classes_);
    for (std::size_t s = 1; s < states; ++s) {
      if (!ends[s].empty()) number[s] = next_number++;
    }
    for (std::size_t s = 0; s < states; ++s) state_of[number[s]] = static_cast<std::uint32_t>(s);

    next_.resize(go.size());
    output_start_.assign(states + 1, 0);
    outputs_.clear();
    for (std::size_t n = 0; n < states; ++n) {
      const std::uint32_t s = state_of[n];
      for (std::size_t c = 0; c < classes_; ++c)
        next_[n * classes_ + c] = static_cast<Offset>(number[go[s * classes_ + c]] * classes_);
      std::sort(ends[s].begin(), ends[s].end());
      output_start_[n] = static_cast<std::uint32_t>(outputs_.size());
      outputs_.insert(outputs_.end(), ends[s].begin(), ends[s].end());
    }
    output_start_[states] = static_cast<std::uint32_t>(outputs_.size());
  }

  std::vector<std::string> keywords_;
  std::size_t longest_ = 1;                      // bytes of the longest keyword (1 when none is longer)
  std::array<std::uint16_t, 256> byte_class_{};  // 0: in no keyword; up to 256 classes
  std::size_t classes_ = 1;
  std::vector<Offset> next_;                 // states × classes_: the complete transition function, as row offsets
  Offset first_output_offset_ = 0;           // rows from here on end at least one keyword
  std::vector<std::uint32_t> output_start_;  // per state (and one past): its range in outputs_
  std::vector<std::uint32_t> outputs_;       // keywords ending at each state, suffixes included
};

}  // namespace docpipe
