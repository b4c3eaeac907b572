#include "encoding_detection.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

#include "docpipe/text.hpp"

namespace docpipe::txt {

namespace {

constexpr std::size_t kSampleBytes = 64 * 1024;

struct Utf8Scan {
  std::size_t multibyte = 0;  // well-formed sequences of two or more bytes
  std::size_t invalid = 0;
  std::size_t nul_bytes = 0;
};

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  for (std::size_t i = 0; i < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      scan.nul_bytes += lead == 0;
      ++i;
      continue;
    }
    std::size_t length = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
    if (length == 0 || lead == 0xC0 || lead == 0xC1 || lead > 0xF4) {
      ++scan.invalid, ++i;
      continue;
    }
    if (i + length > bytes.size()) break;  // a sample may cut the last character
    bool ok = true;
    for (std::size_t k = 1; k < length; ++k) ok = ok && (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80;
    if (!ok) {
      ++scan.invalid, ++i;
      continue;
    }
    ++scan.multibyte;
    i += length;
  }
  return scan;
}

bool is_plausible_text_unit(char32_t c) {
  return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || (c >= 0xA0 && c <= 0x24F) ||
         (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2460 && c <= 0x24FF) ||
         (c >= 0x2150 && c <= 0x218F);
}

// Share of UTF-16 code units that look like the text of a Chinese report.
double utf16_plausibility(std::string_view bytes, bool little_endian) {
  std::size_t units = 0, plausible = 0;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    const auto low = static_cast<unsigned char>(bytes[i + (little_endian ? 0 : 1)]);
    const auto high = static_cast<unsigned char>(bytes[i + (little_endian ? 1 : 0)]);
    ++units;
    plausible += is_plausible_text_unit(static_cast<char32_t>(high << 8 | low));
  }
  return units == 0 ? 0.0 : static_cast<double>(plausible) / static_cast<double>(units);
}

// Counts, then substitutes U+FFFD, for every sequence the converter cannot map.
void count_and_substitute(const void* context, UConverterToUnicodeArgs* arguments, const char* code_units,
                          int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
  if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
    ++*static_cast<std::size_t*>(const_cast<void*>(context));
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, arguments, code_units, length, reason, status);
}

// Big5 bytes read as GBK decode without an error, but partly into kana, Greek, Cyrillic and bopomofo (GBK's rows of
// those scripts are where many of Big5's commonest characters fall): their share among those and the Han characters.
double share_of_foreign_scripts(std::string_view utf8) {
  std::size_t han = 0, foreign = 0;
  for (const char32_t c : decode_utf8(utf8)) {
    if (c >= 0x4E00 && c <= 0x9FFF) {
      ++han;
    } else if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x0391 && c <= 0x03C9) || (c >= 0x0401 && c <= 0x0451) ||
               (c >= 0x3105 && c <= 0x312F)) {
      ++foreign;
    }
  }
  return han + foreign == 0 ? 0.0 : static_cast<double>(foreign) / static_cast<double>(han + foreign);
}

// Whether text decoded from the GB family is Big5 (a Taiwanese or Hong Kong system's, or a portal's 繁体 page saved
// as text): its GB reading is strewn with foreign scripts, its Big5 reading decodes as well and is not.
bool reads_as_big5(std::string_view sample, const DecodedText& as_gb) {
  constexpr double kStrewn = 0.02;  // a Greek letter or a kana in a GB report is rare; Big5 read as GB gives ~10%
  const double gb_share = share_of_foreign_scripts(as_gb.utf8);
  if (gb_share <= kStrewn) return false;
  try {
    const DecodedText as_big5 = decode_to_utf8(sample, {"Big5", 0});
    return as_big5.invalid_sequences <= as_gb.invalid_sequences + 1 &&
           share_of_foreign_scripts(as_big5.utf8) * 4 < gb_share;
  } catch (const std::exception&) {
    return false;
  }
}

std::string icu_detected_charset(std::string_view sample) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
  if (U_FAILURE(status)) return {};
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr || ucsdet_getConfidence(match, &status) < 50) return {};
  const char* name = ucsdet_getName(match, &status);
  return U_SUCCESS(status) && name != nullptr ? name : "";
}

}  // namespace

EncodingGuess guess_encoding(std::string_view bytes, const std::string& fallback) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {"UTF-8", 3};
  if (bytes.substr(0, 2) == "\xFF\xFE") return {"UTF-16LE", 2};
  if (bytes.substr(0, 2) == "\xFE\xFF") return {"UTF-16BE", 2};

  const std::string_view sample = bytes.substr(0, kSampleBytes);
  const Utf8Scan scan = scan_utf8(sample);
  // A few broken sequences in otherwise good UTF-8 are damage, not another encoding.
  const bool utf8 = scan.invalid == 0 || scan.invalid * 20 <= scan.multibyte;
  if (utf8 && scan.nul_bytes == 0) return {"UTF-8", 0};

  const double little = utf16_plausibility(sample, true);
  const double big = utf16_plausibility(sample, false);
  if (std::max(little, big) >= 0.95) return {little >= big ? "UTF-16LE" : "UTF-16BE", 0};
  // A stray NUL or two in good UTF-8 that reads as no UTF-16 is damage too (a byte lost in a copy).
  if (utf8 && scan.nul_bytes * 100 <= sample.size()) return {"UTF-8", 0};

  // Chinese government text that is not Unicode is GB-family; ask ICU only when that decodes badly, and try Big5
  // when it decodes into a scatter of foreign scripts.
  DecodedText as_fallback = decode_to_utf8(sample, {fallback, 0});
  if (reads_as_big5(sample, as_fallback)) return {"Big5", 0};
  if (as_fallback.invalid_sequences * 100 > sample.size()) {
    const std::string detected = icu_detected_charset(sample);
    if (!detected.empty() && detected != fallback) {
      try {
        if (decode_to_utf8(sample, {detected, 0}).invalid_sequences < as_fallback.invalid_sequences)
          return {detected, 0};
      } catch (const std::exception&) {
        // ICU named a charset it cannot convert; keep the fallback.
      }
    }
  }
  return {fallback, 0};
}

std::optional<std::string_view> utf8_as_is(std::string_view bytes, const EncodingGuess& guess) {
  bytes.remove_prefix(std::min(guess.bom_bytes, bytes.size()));
  // Well-formed UTF-8 converts to itself: keep the bytes, ICU only for the rest.
  if (guess.encoding == "UTF-8" && is_well_formed_utf8(bytes)) return bytes;
  return std::nullopt;
}

DecodedText convert_with_icu(std::string_view bytes, const EncodingGuess& guess) {
  bytes.remove_prefix(std::min(guess.bom_bytes, bytes.size()));
  DecodedText decoded{"", guess.encoding, 0};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(guess.encoding.c_str(), &status), &ucnv_close);
  if (U_FAILURE(status)) throw std::runtime_error("unknown encoding '" + guess.encoding + "'");
  ucnv_setToUCallBack(converter.get(), count_and_substitute, &decoded.invalid_sequences, nullptr, nullptr, &status);
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("cannot convert from ") + guess.encoding + ": " + u_errorName(status));
  text.toUTF8String(decoded.utf8);
  return decoded;
}

DecodedText decode_to_utf8(std::string_view bytes, const EncodingGuess& guess) {
  if (const auto as_is = utf8_as_is(bytes, guess)) return {std::string(*as_is), guess.encoding, 0};
  return convert_with_icu(bytes, guess);
}

namespace {

// What a byte may begin, for garbage_ratio: a C0 control (tab and line breaks excepted) or DEL; C2, the
// lead of a C1 control (C2 80 to C2 9F); EF, the lead of U+FFFD (EF BF BD). Anything else is text.
enum ByteRole : unsigned char { text_byte, control_byte, c1_lead, replacement_lead };

constexpr std::array<ByteRole, 256> byte_roles() {
  std::array<ByteRole, 256> roles{};
  for (unsigned c = 0; c < 0x20; ++c) roles[c] = control_byte;
  for (const unsigned c : {'\t', '\n', '\r', '\f', '\v'}) roles[c] = text_byte;
  roles[0x7F] = control_byte;
  roles[0xC2] = c1_lead;
  roles[0xEF] = replacement_lead;
  return roles;
}

}  // namespace

double garbage_ratio(std::string_view utf8) {
  // Byte by byte with a table, no decoding: a 10 MB report is read once, at a few cycles per byte.
  static constexpr std::array<ByteRole, 256> kRoles = byte_roles();
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  const std::size_t size = utf8.size();
  std::size_t garbage = 0;
  for (std::size_t i = 0; i < size; ++i) {
    switch (kRoles[bytes[i]]) {
      case text_byte:
        break;
      case control_byte:
        ++garbage;
        break;
      case c1_lead:
        garbage += i + 1 < size && bytes[i + 1] >= 0x80 && bytes[i + 1] < 0xA0;
        break;
      case replacement_lead:
        garbage += i + 2 < size && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD;
        break;
    }
  }
  const std::size_t characters = count_code_points(utf8);
  if (characters == 0) return 0;
  return static_cast<double>(garbage) / static_cast<double>(characters);
}

bool has_binary_signature(std::string_view head) {
  static constexpr std::string_view kSignatures[] = {
      std::string_view("PK\x03\x04", 4),   // zip: DOCX, OFD, ODF, archives
      std::string_view("PK\x05\x06", 4),   // an empty zip
      "%PDF-",                             // PDF
      "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",  // OLE compound file: DOC, WPS, XLS
      "\x89PNG\r\n\x1A\n",
      "\xFF\xD8\xFF",
      "GIF87a",
      "GIF89a",  // images
      std::string_view("II*\0", 4),
      std::string_view("MM\0*", 4),  // TIFF
      "\x1F\x8B",
      "Rar!\x1A\x07",
      "7z\xBC\xAF\x27\x1C",  // archives
  };
  for (const std::string_view signature : kSignatures) {
    if (head.substr(0, signature.size()) == signature) return true;
  }
  return false;
}

bool looks_like_html(std::string_view head) {
  std::string_view start = head.substr(0, 1024);
  if (start.substr(0, 3) == "\xEF\xBB\xBF") start.remove_prefix(3);
  const auto first = start.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || start[first] != '<') return false;
  const auto starts_with_word = [&](std::string_view word) {
    if (start.size() - first < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
      const char c = start[first + k];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != word[k]) return false;
    }
    return true;
  };
  return starts_with_word("<!doctype html") || starts_with_word("<html");
}

}  // namespace docpipe::txt
