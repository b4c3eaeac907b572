// What input.docx counts in a run's text, for less than a byte at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace docpipe::docx {

// The spaces (0x20) and tabs of `text`, eight bytes at a time: each run's text is counted for its paragraph's share
// of bold characters, and a byte-by-byte count was a tenth of reading the body. The found bytes' flags are summed
// by one multiplication, as count_code_points (text.hpp) sums its marks.
inline std::size_t count_spaces_and_tabs(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  // 0x80 in each byte of `word` that is zero and nowhere else: no carry crosses into a neighbouring byte.
  const auto zero_bytes = [](std::uint64_t word) { return ~(((word & ~kHighs) + ~kHighs) | word) & kHighs; };
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, sizeof word);
    const std::uint64_t found = zero_bytes(word ^ (kOnes * ' ')) | zero_bytes(word ^ (kOnes * '\t'));
    count += static_cast<std::size_t>(((found >> 7) * kOnes) >> 56);
  }
  for (; i < text.size(); ++i) count += (text[i] == ' ' || text[i] == '\t') ? 1 : 0;
  return count;
}

}  // namespace docpipe::docx
