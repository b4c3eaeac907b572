// UTF-8 and code-point helpers. Document::text is valid UTF-8 by contract and
// every offset in every layer counts code points, so plugins convert with these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace docpipe {

// Whether a caller knows a text to be well-formed UTF-8 (ICU's output, text validated once already, what
// normalize_paragraph returns): functions that take it then do not scan the text again to find out.
enum class Utf8State { unchecked, well_formed };

// A Chinese character: the CJK Unified Ideographs, Extension A (rare characters of names and places), the
// Compatibility Ideographs, and 〇 (the zero of 二〇二五年), which Unicode files as a symbol. Punctuation and
// full-width forms are not characters of a word.
inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || c == U'〇';
}

// Appends one code point as UTF-8.
inline void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// Length in bytes of the UTF-8 sequence that starts with `lead` (1 for stray bytes).
inline std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// True when `text` is well-formed UTF-8: no stray or truncated sequences, overlong forms, surrogates or
// code points past U+10FFFF. Such text is what a UTF-8 decoder passes through unchanged, so a reader may
// keep the bytes as they are instead of converting them.
inline bool is_well_formed_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size;) {
    if (bytes[i] < 0x80) {  // ASCII, most of a report's markup and figures, then eight bytes at a time
      ++i;
      while (i + 8 <= size) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes + i, sizeof word);
        if ((word & 0x8080808080808080ULL) != 0) break;
        i += 8;
      }
      continue;
    }
    // A run of three-byte sequences, as Chinese text is, one sequence a word: the lead's high nibble E and two
    // continuations. Only E0 (overlong below A0) and ED (surrogates from A0) limit the second byte further.
    while (i + 3 <= size) {
      const std::uint32_t word = bytes[i] | (std::uint32_t{bytes[i + 1]} << 8) | (std::uint32_t{bytes[i + 2]} << 16);
      if ((word & 0xC0C0F0U) != 0x8080E0U) break;
      const unsigned char lead = bytes[i];
      if ((lead == 0xE0 && bytes[i + 1] < 0xA0) || (lead == 0xED && bytes[i + 1] >= 0xA0)) return false;
      i += 3;
    }
    if (i >= size || bytes[i] < 0x80) continue;
    const unsigned char lead = bytes[i];
    std::size_t length = 0;
    char32_t code_point = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2, code_point = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, code_point = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4, code_point = lead & 0x07;
    } else {
      return false;
    }
    if (i + length > size) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return false;
      code_point = (code_point << 6) | (bytes[i + k] & 0x3F);
    }
    if (length == 3 && (code_point < 0x800 || (code_point >= 0xD800 && code_point <= 0xDFFF))) return false;
    if (length == 4 && (code_point < 0x10000 || code_point > 0x10FFFF)) return false;
    i += length;
  }
  return true;
}

// Calls `visit` with each code point of valid UTF-8, in order, without decoding the whole text into memory;
// a truncated sequence at the end is dropped.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit&& visit) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_sequence_length(lead);
    if (i + length > text.size()) break;
    char32_t code_point = length == 1   ? lead
                          : length == 2 ? (lead & 0x1F)
                          : length == 3 ? (lead & 0x0F)
                                        : (lead & 0x07);
    for (std::size_t k = 1; k < length; ++k)
      code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    visit(code_point);
    i += length;
  }
}

// Decodes valid UTF-8; a truncated sequence at the end is dropped.
inline std::u32string decode_utf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for_each_code_point(text, [&out](char32_t code_point) { out += code_point; });
  return out;
}

inline std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (const char32_t code_point : text) append_utf8(out, code_point);
  return out;
}

// The bytes of `text` that do not continue a sequence (10xxxxxx): its code points when it is valid UTF-8.
// Eight bytes at a time: a continuation byte has its top bit set and the next one clear. The marks are
// summed by one multiplication (each byte holds 0 or 1, so the top byte gets at most 8): std::popcount
// would be a library call on CPUs the build does not assume to have POPCNT.
inline std::size_t count_code_points(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t continuations = 0;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes + i, sizeof word);
    const std::uint64_t marks = (word & ~(word << 1) & 0x8080808080808080ULL) >> 7;
    continuations += static_cast<std::size_t>((marks * 0x0101010101010101ULL) >> 56);
  }
  for (; i < size; ++i) continuations += (bytes[i] & 0xC0) == 0x80;
  return size - continuations;
}

// Maps code-point offsets to byte offsets and back for one UTF-8 text.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text) {
    byte_offsets_.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_offsets_.push_back(i);
    }
    byte_offsets_.push_back(text.size());
  }

  std::size_t code_points() const { return byte_offsets_.size() - 1; }
  std::size_t byte_offset(std::size_t code_point) const {
    return byte_offsets_[code_point < byte_offsets_.size() ? code_point : byte_offsets_.size() - 1];
  }

 private:
  std::vector<std::size_t> byte_offsets_;
};

// The substring of a UTF-8 text between two code-point offsets.
inline std::string_view slice_code_points(std::string_view text, const CodePointIndex& index, std::size_t start,
                                          std::size_t end) {
  const std::size_t begin_byte = index.byte_offset(start);
  return text.substr(begin_byte, index.byte_offset(end) - begin_byte);
}

}  // namespace docpipe
