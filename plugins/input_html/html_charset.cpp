#include "html_charset.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <utility>

namespace docpipe::html {

namespace {

constexpr std::size_t kDeclarationWithin = 4096;  // the HTML standard's prescan looks at 1024; pages pad more

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

// The charset named in a <meta charset=…> or <meta http-equiv content="…; charset=…">.
std::string declared_charset(std::string_view bytes) {
  const std::string head = lower_ascii(bytes.substr(0, kDeclarationWithin));
  for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const std::size_t close = head.find('>', at);
    const std::string tag = head.substr(at, close == std::string::npos ? std::string::npos : close - at);
    const std::size_t name = tag.find("charset");
    if (name == std::string::npos) continue;
    std::size_t value = tag.find_first_not_of(" =\"'", name + 7);
    if (value == std::string::npos) continue;
    const std::size_t end = tag.find_first_of(" \"';/>", value);
    return tag.substr(value, end == std::string::npos ? std::string::npos : end - value);
  }
  return {};
}

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    const std::size_t length = lead < 0x80             ? 1
                               : (lead & 0xE0) == 0xC0 ? 2
                               : (lead & 0xF0) == 0xE0 ? 3
                               : (lead & 0xF8) == 0xF0 ? 4
                                                       : 0;
    if (length == 0 || (length > 1 && lead < 0xC2) || lead > 0xF4) return false;
    if (i + length > bytes.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

std::size_t undecodable(std::string_view bytes, const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding.c_str(), &status), &ucnv_close);
  if (U_FAILURE(status)) return bytes.size();
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
  return static_cast<std::size_t>(std::count(text.getBuffer(), text.getBuffer() + text.length(), char16_t{0xFFFD}));
}

// The GB family is read as GB18030, its superset: a page declaring GB2312 is usually GBK.
std::string converter_for(const std::string& declared) {
  if (declared == "gb2312" || declared == "gbk" || declared == "gb18030" || declared == "x-gbk" ||
      declared == "cp936" || declared == "euc-cn")
    return "GB18030";
  if (declared == "utf8") return "UTF-8";
  return declared;
}

// Western single-byte charsets decode any byte without error, so a Chinese page declaring one (a template's
// default) would be read as Latin letters.
bool is_western_single_byte(const std::string& declared) {
  for (const std::string_view name : {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252",
                                      "us-ascii", "ascii", "iso-8859-15", "iso8859-15"}) {
    if (declared == name) return true;
  }
  return false;
}

// Chinese text written in GBK, as opposed to a Western page's accented letters: bytes over 0x7F are common and
// read as GB18030 without errors, most of them as CJK characters and punctuation.
bool reads_as_chinese_gb18030(std::string_view bytes) {
  const auto high = static_cast<std::size_t>(
      std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) > 0x7F; }));
  constexpr std::size_t kFewestHighBytes = 16;
  if (high < kFewestHighBytes || undecodable(bytes, "GB18030") != 0) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("GB18030", &status), &ucnv_close);
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
  if (U_FAILURE(status)) return false;
  std::size_t non_ascii = 0;
  std::size_t chinese = 0;
  for (int32_t i = 0; i < text.length(); ++i) {
    const char16_t c = text.charAt(i);
    if (c < 0x80) continue;
    ++non_ascii;
    chinese += (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
  }
  return 2 * chinese >= non_ascii;
}

// Word names UTF-16 by Windows' code page names (its .mht part's `charset="unicode"`, code page 1200, and
// `unicodeFFFE`, 1201) and often writes no BOM; ICU reads `unicode` without a BOM as big-endian and does not know
// `unicodeFFFE`. Whichever UTF-16 a page is declared in, its markup tells the byte order: an ASCII character's unit
// has its zero byte last in UTF-16LE, first in BE; a part too short or too Chinese to tell is read in the order its
// name says (`unicode` is Windows' UTF-16LE). Empty when the page is not declared UTF-16 or its bytes are not (a
// page mislabelled so, valid UTF-8 or of an odd length, is read as ever).
std::string declared_utf16(std::string_view bytes, const std::string& declared) {
  if (declared != "unicode" && declared != "unicodefffe" && declared != "utf-16" && declared != "utf-16le" &&
      declared != "utf-16be")
    return {};
  const std::string_view head = bytes.substr(0, kDeclarationWithin);
  std::size_t zero_high = 0;  // units whose second byte is zero: ASCII in UTF-16LE
  std::size_t zero_low = 0;   // units whose first byte is zero: ASCII in UTF-16BE
  for (std::size_t i = 0; i + 1 < head.size(); i += 2) {
    zero_low += head[i] == '\0' && head[i + 1] != '\0';
    zero_high += head[i] != '\0' && head[i + 1] == '\0';
  }
  const std::size_t units = head.size() / 2;
  // Markup is mostly ASCII; a page in a byte charset has no zero bytes at all.
  if (4 * zero_high >= units && zero_high > 2 * zero_low) return "UTF-16LE";
  if (4 * zero_low >= units && zero_low > 2 * zero_high) return "UTF-16BE";
  if (bytes.size() % 2 != 0 || is_valid_utf8(bytes)) return {};
  return declared == "unicodefffe" || declared == "utf-16be" ? "UTF-16BE" : "UTF-16LE";
}

}  // namespace

PageCharset detect_charset(std::string_view bytes, std::string_view enclosing_declaration) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {"UTF-8", 3, {}};
  if (bytes.substr(0, 2) == "\xFF\xFE") return {"UTF-16LE", 2, {}};
  if (bytes.substr(0, 2) == "\xFE\xFF") return {"UTF-16BE", 2, {}};
  PageCharset charset{"", 0, declared_charset(bytes)};
  if (charset.declared.empty()) charset.declared = lower_ascii(enclosing_declaration);
  // Before the UTF-8 check: ASCII text in UTF-16 is valid UTF-8 with a zero byte after every letter.
  if (std::string wide = declared_utf16(bytes, charset.declared); !wide.empty()) {
    charset.encoding = std::move(wide);
    return charset;
  }
  // Bytes that are valid UTF-8 and hold non-ASCII text are UTF-8, whatever the page says.
  if (is_valid_utf8(bytes)) {
    charset.encoding = "UTF-8";
    return charset;
  }
  const std::string declared = converter_for(charset.declared);
  if (is_western_single_byte(declared) && reads_as_chinese_gb18030(bytes)) {
    charset.encoding = "GB18030";
    return charset;
  }
  if (!declared.empty() && declared != "UTF-8" && undecodable(bytes, declared) == 0) {
    charset.encoding = declared;
    return charset;
  }
  // The declaration is missing or wrong: Chinese portals' other encoding is GB18030, else ask ICU.
  if (undecodable(bytes, "GB18030") == 0) {
    charset.encoding = "GB18030";
    return charset;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 16)),
                 &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  const char* name = U_SUCCESS(status) && match != nullptr ? ucsdet_getName(match, &status) : nullptr;
  charset.encoding = U_SUCCESS(status) && name != nullptr ? name : "GB18030";
  return charset;
}

std::string to_utf8(std::string_view bytes, const PageCharset& charset) {
  bytes.remove_prefix(std::min(charset.bom_bytes, bytes.size()));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset.encoding.c_str(), &status),
                                                               &ucnv_close);
  if (U_FAILURE(status)) throw std::runtime_error("unknown character set '" + charset.encoding + "'");
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
  if (U_FAILURE(status)) throw std::runtime_error("cannot convert from " + charset.encoding);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace docpipe::html
