// Reports in traditional characters (a portal's 繁体 page saved, a Big5 file) read as the simplified ones the
// analyses know: 鎮, 萬元, 約, 黨政主要負責人 are 镇, 万元, 约, 党政主要负责人. Each character is folded on its
// own, so the text keeps its length and every offset stays where it was. Needs ICU (ICU::uc, ICU::i18n).
#pragma once

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "docpipe/text.hpp"

namespace docpipe {

namespace detail {

// Common characters that only traditional text writes (simplified text has 们, 国, 这 …): a handful of them in
// a report's first paragraphs, never in a simplified one.
inline constexpr std::u32string_view kTraditionalOnly =
    U"們國這與會區縣鎮辦務機關發資處實體開條問個時設將對經為說學從進現報項專糾紛訴訟規範執審議員級組織聯網點數萬億"
    U"護傳層幹導參應認識據顯總黨負責簡罰沒擔歲蘇陽濟並產檢複況舉諮詢營環歷類邊鄉鄰車門間見話讓還過運選遠違義書長"
    U"業無電風東來結給樂勞眾爭權衛稅";

// kTraditionalOnly as one bit per character of the CJK Unified Ideographs block, where all of them lie: every
// character of a report's opening is looked up, and a search of the string was 7 % of reading a DOCX.
inline constexpr char32_t kTraditionalMapFirst = 0x4E00, kTraditionalMapEnd = 0xA000;
inline constexpr auto kTraditionalOnlyMap = [] {
  std::array<std::uint64_t, (kTraditionalMapEnd - kTraditionalMapFirst + 63) / 64> bits{};
  for (const char32_t c : kTraditionalOnly) {
    const char32_t at = c - kTraditionalMapFirst;
    bits[at / 64] |= std::uint64_t{1} << (at % 64);
  }
  return bits;
}();

inline bool is_traditional_only(char32_t c) {
  if (c < kTraditionalMapFirst || c >= kTraditionalMapEnd) return false;
  const char32_t at = c - kTraditionalMapFirst;
  return ((kTraditionalOnlyMap[at / 64] >> (at % 64)) & 1) != 0;
}

// How many characters of well-formed UTF-8 `text` only traditional text writes. All of them are three-byte
// sequences led by E4..E9 (U+4000..9FFF), decoded here without a general decoder: every character of a document's
// opening is looked at.
inline std::size_t count_traditional_only_in(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char lead = bytes[i];
    if (lead >= 0xE4 && lead <= 0xE9 && i + 3 <= text.size()) {
      const auto c =
          static_cast<char32_t>(((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
      count += is_traditional_only(c) ? 1 : 0;
      i += 3;
    } else {
      i += utf8_sequence_length(lead);
    }
  }
  return count;
}

// How many of the characters of `texts`' first paragraphs (some 8 KB of them: a traditional report shows itself
// in its title and opening, and a 10 MB file is not decoded twice) only traditional text writes, counting no
// further than the paragraph in which `enough` is reached.
inline std::size_t count_traditional_only(const std::vector<std::string>& texts, std::size_t enough) {
  constexpr std::size_t kLookedAt = 8 * 1024;  // bytes
  std::size_t count = 0;
  std::size_t looked_at = 0;
  for (const auto& text : texts) {
    if (looked_at >= kLookedAt) break;
    const std::string_view part = std::string_view(text).substr(0, kLookedAt - looked_at);
    looked_at += part.size();
    count += count_traditional_only_in(part);
    if (count >= enough) return count;
  }
  return count;
}

}  // namespace detail

// Folds `texts` to simplified characters, one character at a time, when they are written in traditional ones
// (at least `kTraditionalSigns` characters only traditional text writes); returns how many characters changed.
inline std::size_t fold_traditional_to_simplified(std::vector<std::string>& texts) {
  constexpr std::size_t kTraditionalSigns = 8;
  if (detail::count_traditional_only(texts, kTraditionalSigns) < kTraditionalSigns) return 0;
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::Transliterator> fold(
      icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !fold) return 0;
  // Each character is asked of ICU once: a long report repeats a few thousand of them.
  std::unordered_map<char32_t, char32_t> folded_as;
  const auto fold_one = [&](char32_t c) {
    const auto known = folded_as.find(c);
    if (known != folded_as.end()) return known->second;
    icu::UnicodeString one(static_cast<UChar32>(c));
    fold->transliterate(one);
    char32_t to = c;
    // Only a character that folds to one character: a phrase mapping would move the offsets after it. 諮詢 is 咨询
    // in today's standard (ICU's table gives the older 谘); 著 stays (显著, 著作), which ICU would make 着.
    if (one.countChar32() == 1 && c != U'著') to = static_cast<char32_t>(one.char32At(0));
    if (to == U'谘') to = U'咨';
    folded_as.emplace(c, to);
    return to;
  };
  std::size_t changed = 0;
  for (auto& text : texts) {
    std::u32string folded = decode_utf8(text);
    bool any = false;
    for (char32_t& c : folded) {
      if (c < 0x3400) continue;  // Han characters only: digits, letters and punctuation stay as written
      const char32_t to = fold_one(c);
      if (to == c) continue;
      c = to;
      any = true;
      ++changed;
    }
    if (any) text = encode_utf8(folded);
  }
  return changed;
}

}  // namespace docpipe
