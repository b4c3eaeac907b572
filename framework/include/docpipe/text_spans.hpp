// Sentences and paragraphs of a normalized text, for rules that look at the words around a figure. Found
// by binary search over the positions of their ends, and cut to a window either side of the offset: a run
// longer than that is not prose (a table flattened into one line, a hostile file), and work on a span must
// stay bounded whatever a document holds.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

namespace docpipe {

class TextSpans {
 public:
  static constexpr std::size_t kLongestSentence = 1000;   // code points either side of the offset
  static constexpr std::size_t kLongestParagraph = 4000;  // code points either side of the offset

  explicit TextSpans(std::u32string_view text) : size_(text.size()) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (ends_sentence(text[i])) sentence_ends_.push_back(i);
      if (text[i] == U'\n') paragraph_ends_.push_back(i);
    }
  }

  // 。！？；;!? and line breaks end a sentence.
  static bool ends_sentence(char32_t c) {
    return std::u32string_view(U"。！？；;!?\n").find(c) != std::u32string_view::npos;
  }

  // [start, end) of the sentence holding `offset`.
  std::pair<std::size_t, std::size_t> sentence_around(std::size_t offset) const {
    return around(sentence_ends_, offset, kLongestSentence);
  }
  // [start, end) of the paragraph (line) holding `offset`.
  std::pair<std::size_t, std::size_t> paragraph_around(std::size_t offset) const {
    return around(paragraph_ends_, offset, kLongestParagraph);
  }

 private:
  std::pair<std::size_t, std::size_t> around(const std::vector<std::size_t>& ends, std::size_t offset,
                                             std::size_t window) const {
    const auto next = std::lower_bound(ends.begin(), ends.end(), offset);
    std::size_t start = next == ends.begin() ? 0 : *std::prev(next) + 1;
    std::size_t end = next == ends.end() ? size_ : *next;
    if (offset > window) start = std::max(start, offset - window);
    end = std::min(end, offset + window);
    return {std::min(start, offset), std::max(end, std::min(offset, size_))};
  }

  std::size_t size_;
  std::vector<std::size_t> sentence_ends_;   // ascending
  std::vector<std::size_t> paragraph_ends_;  // ascending
};

}  // namespace docpipe
