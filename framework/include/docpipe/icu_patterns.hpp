// ICU regular expressions compiled for less. ICU builds the set a property names (`\p{Han}`) from its character
// tables at every compile, some 40 µs a time (a pattern of its 21 ranges compiles in a fifth of that): a worker's first
// report compiled the artifact rules and the unit patterns, which name \p{Han} some sixteen times. The Han characters
// are looked up once a process and written into each pattern as a bracket expression of the ranges they are
// (`[\x{4E00}-\x{9FFF}…]`), which ICU reads at once: the pattern compiled matches exactly what it matched.
// Header-only; the ranges are built on first use and never change (threads may share them).
#pragma once

#include <unicode/regex.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace docpipe {

namespace detail {

inline void append_code_point_escape(icu::UnicodeString& out, UChar32 c) {
  static constexpr char16_t kHex[] = u"0123456789ABCDEF";
  out.append(u"\\x{");
  bool digits = false;
  for (int shift = 20; shift >= 0; shift -= 4) {
    const int digit = (c >> shift) & 0xF;
    if (digit == 0 && !digits && shift > 0) continue;
    digits = true;
    out.append(kHex[digit]);
  }
  out.append(u'}');
}

// The Han script's code points as the ranges of a bracket expression, without its brackets; empty if ICU could not
// build the set (the patterns then keep their \p{Han}).
inline const icu::UnicodeString& han_ranges() {
  static const icu::UnicodeString ranges = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeSet han(icu::UnicodeString(u"[\\p{Han}]"), status);
    icu::UnicodeString out;
    if (U_FAILURE(status)) return out;
    for (int32_t r = 0; r < han.getRangeCount(); ++r) {
      append_code_point_escape(out, han.getRangeStart(r));
      if (han.getRangeEnd(r) != han.getRangeStart(r)) {
        out.append(u'-');
        append_code_point_escape(out, han.getRangeEnd(r));
      }
    }
    return out;
  }();
  return ranges;
}

}  // namespace detail

// `pattern` with each `\p{Han}` written as a bracket expression of the ranges of the characters it names; inside
// another expression (`[\p{Han}\d]`) it is a set nested in it, which ICU reads as the same union, difference or
// complement. Escapes (`\\p{Han}` is a backslash and text) and quoted stretches (`\Q…\E`) are copied as they are.
inline icu::UnicodeString with_han_spelled_out(const icu::UnicodeString& pattern) {
  const icu::UnicodeString& ranges = detail::han_ranges();
  static constexpr std::u16string_view kHan = u"\\p{Han}";
  const std::u16string_view text(pattern.getBuffer(), static_cast<std::size_t>(pattern.length()));
  if (ranges.isEmpty() || text.find(kHan) == std::u16string_view::npos) return pattern;
  icu::UnicodeString out;
  std::size_t copied = 0;  // text before this is in `out`
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != u'\\' || i + 1 == text.size()) {
      ++i;
      continue;
    }
    if (text.substr(i, kHan.size()) == kHan) {
      out.append(text.data() + copied, static_cast<int32_t>(i - copied));
      out.append(u'[');
      out.append(ranges);
      out.append(u']');
      i += kHan.size();
      copied = i;
    } else if (text[i + 1] == u'Q') {
      const std::size_t end = text.find(u"\\E", i + 2);
      i = end == std::u16string_view::npos ? text.size() : end + 2;
    } else {
      i += 2;  // an escaped character
    }
  }
  out.append(text.data() + copied, static_cast<int32_t>(text.size() - copied));
  return out;
}

// A UTF-8 pattern as ICU reads it, its \p{Han} spelled out; as it is when the flags make it a literal
// (UREGEX_LITERAL).
inline icu::UnicodeString spelled_out_unless_literal(std::string_view pattern, uint32_t flags) {
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  return (flags & UREGEX_LITERAL) != 0 ? text : with_han_spelled_out(text);
}

// RegexPattern::compile and the RegexMatcher constructor for a UTF-8 pattern, its \p{Han} spelled out.
inline std::unique_ptr<icu::RegexPattern> compile_pattern(std::string_view pattern, uint32_t flags,
                                                          UErrorCode& status) {
  UParseError error;
  const icu::UnicodeString text = spelled_out_unless_literal(pattern, flags);
  return std::unique_ptr<icu::RegexPattern>(icu::RegexPattern::compile(text, flags, error, status));
}
inline std::unique_ptr<icu::RegexMatcher> compile_matcher(std::string_view pattern, uint32_t flags,
                                                          UErrorCode& status) {
  const icu::UnicodeString text = spelled_out_unless_literal(pattern, flags);
  auto matcher = std::make_unique<icu::RegexMatcher>(text, flags, status);
  if (U_FAILURE(status)) return nullptr;
  return matcher;
}

}  // namespace docpipe
