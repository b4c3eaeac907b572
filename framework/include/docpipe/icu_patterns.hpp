// ICU regular expressions compiled for less. ICU builds the set a property names (`\p{Han}`) from its character
// tables at every compile, some 40 µs a time (a pattern of its 21 ranges compiles in a fifth of that): a worker's first
// report compiled the artifact rules and the unit patterns, which name \p{Han} some sixteen times. The Han characters
// are written into each pattern as a bracket expression of the ranges they are (`[⺀-⺙…一-鿿…]`), which ICU reads
// at once: the pattern compiled matches exactly what it matched. Likewise ICU builds the decimal digits' set from its
// tables for every `\d` inside a bracket expression (`[\d,]`, `[^\s\d]`; outside one `\d` is an opcode), some
// 300 K instructions a compile against 140 K for the digits' 64 ranges: such a `\d` is written as a nested set of
// them. The ranges come from docpipe/icu_known_sets.hpp when it describes this ICU's Unicode, else from ICU once a
// process. Header-only; the ranges are built on first use and never change (threads may share them).
#pragma once

#include "docpipe/icu_known_sets.hpp"

#include <unicode/regex.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

namespace docpipe {

namespace detail {

// The ranges `table` lists, or when the tables are not of this ICU's Unicode the ranges of the set `set_pattern`
// (`[\p{Han}]`) as ICU builds it, written as the members of a bracket expression without its brackets; empty if ICU
// could not build the set (the patterns then keep what they name). Each range is written with its code points
// themselves (`0-9０-９…`): none is a character of the pattern syntax, and ICU reads them faster than `\x{…}`.
inline icu::UnicodeString ranges_of(std::span<const known_sets::CodePointRange> table, const char16_t* set_pattern) {
  icu::UnicodeString out;
  const auto append_range = [&out](UChar32 first, UChar32 last) {
    out.append(first);
    if (last != first) out.append(u'-').append(last);
  };
  if (known_sets::tables_match_icu()) {
    for (const known_sets::CodePointRange& range : table) append_range(range.first, range.last);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeSet set(icu::UnicodeString(set_pattern), status);
  if (U_FAILURE(status)) return out;
  for (int32_t r = 0; r < set.getRangeCount(); ++r) append_range(set.getRangeStart(r), set.getRangeEnd(r));
  return out;
}

// The Han script's code points as the ranges of a bracket expression, without its brackets.
inline const icu::UnicodeString& han_ranges() {
  static const icu::UnicodeString ranges = ranges_of(known_sets::kHan, u"[\\p{Han}]");
  return ranges;
}

// What ICU's `\d` matches inside a bracket expression, the decimal digits (General_Category Nd: ASCII, fullwidth
// ０-９, Arabic-Indic, Devanagari…), as a bracket expression of their ranges; empty if ICU could not build it.
inline const icu::UnicodeString& decimal_digit_set() {
  static const icu::UnicodeString set = [] {
    icu::UnicodeString ranges = ranges_of(known_sets::kDecimalDigits, u"[\\p{Nd}]");
    return ranges.isEmpty() ? ranges : icu::UnicodeString(u'[').append(ranges).append(u']');
  }();
  return set;
}

// Where a bracket expression that opens at `open` (its `[`) has its first member: after a `^`, and after a `]` that
// comes first (ICU reads `[]…]` and `[^]…]` as holding `]`).
inline std::size_t first_member_of_set(std::u16string_view text, std::size_t open) {
  std::size_t i = open + 1;
  if (i < text.size() && text[i] == u'^') ++i;
  if (i < text.size() && text[i] == u']') ++i;
  return i;
}

inline bool is_ascii_letter(char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

inline bool is_pattern_white_space(char16_t c) {
  return c == u' ' || (c >= u'\t' && c <= u'\r') || c == 0x85 || c == 0x200E || c == 0x200F || c == 0x2028 ||
         c == 0x2029;
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

// `pattern` with each `\d` inside a bracket expression (`[\d,]`, `[^\s\d]`, `[a[\d]]`) written as a set of the
// decimal digits' ranges nested in it, which is the same member set; a `\d` outside one stays (ICU reads it as an
// opcode, no set). The reader follows what decides whether a `\d` stands in a set: escapes (`\[`, `\\d`, `\x{5B}`,
// `\c[` is a control character), quoted stretches (`\Q[\E`), `(?#…)` comments, a `]` first in a set (`[]…]`,
// `[^]…]`), nested sets. Where it could misread, the pattern is returned as it is, which is always right, only
// slower: a free-spacing mode other than a leading `(?x)` or the flag, white space or `#` in a set in that mode,
// `\Q` in a set, a POSIX-like `[:…:]`, brackets that do not balance.
inline icu::UnicodeString with_set_digits_spelled_out(const icu::UnicodeString& pattern, uint32_t flags) {
  const std::u16string_view text(pattern.getBuffer(), static_cast<std::size_t>(pattern.length()));
  if (text.find(u"\\d") == std::u16string_view::npos) return pattern;
  const icu::UnicodeString& digits = detail::decimal_digit_set();
  if (digits.isEmpty()) return pattern;
  constexpr auto npos = std::u16string_view::npos;
  bool free_spacing = (flags & UREGEX_COMMENTS) != 0;
  int depth = 0;  // of bracket expressions around position i
  icu::UnicodeString out;
  std::size_t copied = 0;  // text before this is in `out`
  for (std::size_t i = 0; i < text.size();) {
    const char16_t c = text[i];
    if (c == u'\\') {
      if (i + 1 == text.size()) return pattern;
      const char16_t escaped = text[i + 1];
      if (escaped == u'd' && depth > 0) {
        out.append(text.data() + copied, static_cast<int32_t>(i - copied));
        out.append(digits);
        i += 2;
        copied = i;
      } else if (escaped == u'Q') {
        if (depth > 0) return pattern;
        const std::size_t end = text.find(u"\\E", i + 2);
        i = end == npos ? text.size() : end + 2;
      } else if (escaped == u'c') {
        i += 3;  // \c[ is ESC, no bracket
      } else if ((escaped == u'x' || escaped == u'p' || escaped == u'P' || escaped == u'N') && i + 2 < text.size() &&
                 text[i + 2] == u'{') {
        const std::size_t end = text.find(u'}', i + 3);
        if (end == npos) return pattern;
        i = end + 1;
      } else {
        i += 2;
      }
    } else if (c == u'[') {
      if (i + 1 < text.size() && text[i + 1] == u':' && text.find(u":]", i + 2) != npos) return pattern;
      ++depth;
      i = detail::first_member_of_set(text, i);
    } else if (depth > 0) {
      if (free_spacing && (c == u'#' || detail::is_pattern_white_space(c))) return pattern;
      if (c == u']') --depth;
      ++i;
    } else if (c == u'(' && text.substr(i, 3) == u"(?#") {
      const std::size_t end = text.find(u')', i + 3);
      if (end == npos) return pattern;
      i = end + 1;
    } else if (c == u'(' && text.substr(i, 2) == u"(?") {
      std::size_t end = i + 2;  // past the flags of (?ix) or (?i-s:…), if these are flags
      while (end < text.size() && (detail::is_ascii_letter(text[end]) || text[end] == u'-')) ++end;
      const std::u16string_view letters = text.substr(i + 2, end - i - 2);
      if (letters.find(u'x') != npos) {
        const bool leading_on = i == 0 && end < text.size() && text[end] == u')' && letters.find(u'-') == npos;
        if (!leading_on) return pattern;
        free_spacing = true;
      }
      i += 2;
    } else if (c == u'#' && free_spacing) {
      const std::size_t end = text.find(u'\n', i);
      i = end == npos ? text.size() : end + 1;
    } else {
      ++i;
    }
  }
  if (depth != 0 || copied == 0) return pattern;
  out.append(text.data() + copied, static_cast<int32_t>(text.size() - copied));
  return out;
}

// A UTF-8 pattern as ICU reads it, its \p{Han} and its bracket expressions' \d spelled out; as it is when the flags
// make it a literal (UREGEX_LITERAL).
inline icu::UnicodeString spelled_out_unless_literal(std::string_view pattern, uint32_t flags) {
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  return (flags & UREGEX_LITERAL) != 0 ? text : with_set_digits_spelled_out(with_han_spelled_out(text), flags);
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
