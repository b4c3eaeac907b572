// The normalization every input plugin applies, so that the TXT, DOCX and PDF
// versions of one report yield the same text. Header-only; a plugin that
// includes it links ICU's common library (ICU::uc).
//
// Policy (docs/architecture.md, "Normalized text"):
//   - Unicode NFC;
//   - full-width digits and Latin letters (U+FF10-FF19, U+FF21-FF3A, U+FF41-FF5A) become ASCII;
//     Chinese and full-width punctuation (，。：；（）％ …) is kept as written;
//   - every kind of space (tab, ideographic space U+3000, no-break and typographic spaces) becomes
//     one ASCII space, runs collapse to one, and each paragraph is trimmed;
//   - zero-width characters and the BOM are dropped; other control characters are dropped and counted.
#pragma once

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/text.hpp"

namespace docpipe {

struct NormalizationStats {
  std::size_t removed_control_characters = 0;
};

// Calls `on_line(std::string_view)` for each line of `text`, split at LF, CR, CRLF, U+2028, U+2029, form
// feed and vertical tab, without copying: a file of newlines costs no memory per line.
template <typename OnLine>
void for_each_line(std::string_view text, OnLine&& on_line) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::size_t separator = 0;
    if (c == '\r') {
      separator = i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
    } else if (c == '\n' || c == '\f' || c == '\v') {
      separator = 1;
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      separator = 3;
    }
    if (separator == 0) continue;
    on_line(text.substr(start, i - start));
    i += separator - 1;
    start = i + 1;
  }
  on_line(text.substr(std::min(start, text.size())));
}

inline std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  for_each_line(text, [&](std::string_view line) { lines.emplace_back(line); });
  return lines;
}

namespace detail {
inline bool is_space_like(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x1680;
}
inline bool is_dropped_silently(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}
inline bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }
}  // namespace detail

namespace detail {
// The policy after NFC: spaces, dropped characters, controls and full-width forms, one code point at a time.
class ParagraphCleaner {
 public:
  ParagraphCleaner(std::size_t capacity, NormalizationStats& stats) : stats_(stats) { out_.reserve(capacity); }

  void add(char32_t c) {
    if (is_space_like(c)) {
      pending_space_ = !out_.empty();
      return;
    }
    if (is_dropped_silently(c)) return;
    if (is_control(c)) {
      ++stats_.removed_control_characters;
      return;
    }
    if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) c -= 0xFEE0;
    if (pending_space_) out_ += ' ', pending_space_ = false;
    append_utf8(out_, c);
  }
  // Well-formed UTF-8 that the policy leaves as it is (is_plain_lead), copied in one piece.
  void add_plain(std::string_view run) {
    if (run.empty()) return;
    if (pending_space_) out_ += ' ', pending_space_ = false;
    out_.append(run);
  }
  std::string take() { return std::move(out_); }

 private:
  NormalizationStats& stats_;
  std::string out_;
  bool pending_space_ = false;
};

// True when a code point with this lead byte is kept as it is by the policy: printable ASCII but the space,
// and everything from U+4000 up to U+EFFF (CJK, Yi, Hangul, private use) and above U+FFFF. The characters
// the policy changes (spaces, format characters, controls, full-width forms) all lie elsewhere.
inline bool is_plain_lead(unsigned char lead) {
  return (lead > 0x20 && lead < 0x7F) || (lead >= 0xE4 && lead <= 0xEE) || (lead >= 0xF0 && lead <= 0xF4);
}
inline std::size_t utf8_length(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

// True when well-formed UTF-8 `text` is NFC as it stands because every code point is one NFC keeps as it is and
// that combines with nothing (NFC_Quick_Check Yes, combining class 0): ASCII, U+4000..9FFF (the CJK ideographs), and
// the punctuation and kana reports write (U+2002..20BF, U+3000..30FF but for the combining marks U+302A..302F and
// U+3099/309A, U+FF00..FFFF). False says nothing: ICU decides. Nearly every paragraph of a Chinese report is such
// text, and ICU's own check of it was some 40 % of normalizing a paragraph. A test holds every code point of
// these ranges to ICU's properties.
inline bool is_plainly_nfc(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size;) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    if (lead < 0xE2 || lead > 0xEF || i + 3 > size) return false;
    const unsigned char second = bytes[i + 1], third = bytes[i + 2];
    const bool kept = (lead >= 0xE4 && lead <= 0xE9) ||
                      (lead == 0xE2 && ((second == 0x80 && third >= 0x82) || second == 0x81 || second == 0x82)) ||
                      (lead == 0xE3 && ((second == 0x80 && (third < 0xAA || third > 0xAF)) || second == 0x81 ||
                                        (second == 0x82 && third != 0x99 && third != 0x9A) || second == 0x83)) ||
                      (lead == 0xEF && second >= 0xBC);
    if (!kept) return false;
    i += 3;
  }
  return true;
}

// Feeds well-formed UTF-8 to the cleaner: runs of plain code points in one piece, the rest one by one.
inline void clean_well_formed(std::string_view text, ParagraphCleaner& cleaner) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_length(lead);
    if (is_plain_lead(lead)) {
      i += length;
      continue;
    }
    cleaner.add_plain(text.substr(run, i - run));
    for_each_code_point(text.substr(i, length), [&](char32_t c) { cleaner.add(c); });
    i += length;
    run = i;
  }
  cleaner.add_plain(text.substr(run));
}
}  // namespace detail

// Normalizes one paragraph (a line without line breaks) by the policy above. Utf8State::well_formed: the
// caller vouches for the bytes (a TXT file decoded and validated as a whole), so they are not checked again.
inline std::string normalize_paragraph(std::string_view paragraph, NormalizationStats& stats,
                                       Utf8State utf8_state = Utf8State::unchecked) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  detail::ParagraphCleaner cleaner(paragraph.size(), stats);
  // Most text is well-formed UTF-8 already in NFC: read it as it is, without a UTF-16 copy (ICU's quick
  // check answers without normalizing).
  if (U_SUCCESS(status) && (utf8_state == Utf8State::well_formed || is_well_formed_utf8(paragraph))) {
    const bool composed =
        detail::is_plainly_nfc(paragraph) ||
        nfc->isNormalizedUTF8(icu::StringPiece(paragraph.data(), static_cast<int32_t>(paragraph.size())), status);
    if (U_SUCCESS(status) && composed) {
      detail::clean_well_formed(paragraph, cleaner);
      return cleaner.take();
    }
    status = U_ZERO_ERROR;
  }
  icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(paragraph.data(), static_cast<int32_t>(paragraph.size())));
  icu::UnicodeString composed = U_SUCCESS(status) ? nfc->normalize(source, status) : source;
  if (U_FAILURE(status)) composed = source;
  for (int32_t i = 0; i < composed.length();) {
    const auto c = static_cast<char32_t>(composed.char32At(i));
    i = composed.moveIndex32(i, 1);
    cleaner.add(c);
  }
  return cleaner.take();
}

}  // namespace docpipe
