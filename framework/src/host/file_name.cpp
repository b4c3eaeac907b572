#include "file_name.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

namespace docpipe::host {

namespace {

bool is_utf8(std::string_view raw) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, raw.data(), static_cast<int32_t>(raw.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status);  // overflow: the length query succeeded
}

std::string hex_bytes(std::string_view raw) {
  std::string out;
  for (const unsigned char byte : raw) out += fmt::format("{}{:02x}", out.empty() ? "" : " ", byte);
  return out;
}

// Strict GB18030: any byte sequence that is not GB18030 fails rather than becoming U+FFFD.
bool decode_gb18030(std::string_view raw, std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("GB18030", &status), &ucnv_close);
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> utf16(raw.size() * 2 + 1);
  const int32_t units = ucnv_toUChars(converter.get(), utf16.data(), static_cast<int32_t>(utf16.size()), raw.data(),
                                      static_cast<int32_t>(raw.size()), &status);
  if (U_FAILURE(status)) return false;
  int32_t length = 0;
  utf8.assign(static_cast<std::size_t>(units) * 3 + 1, '\0');
  u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &length, utf16.data(), units, &status);
  if (U_FAILURE(status)) return false;
  utf8.resize(static_cast<std::size_t>(length));
  return true;
}

// Valid UTF-8 sequences kept, every other byte as \xNN.
std::string escape_invalid(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(raw[i]);
    if (lead >= 0xC2 && lead <= 0xDF)
      length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
      length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
      length = 4;
    if (lead < 0x80 || (length > 1 && i + length <= raw.size() && is_utf8(raw.substr(i, length)))) {
      out.append(raw.substr(i, length));
      i += length;
    } else {
      out += fmt::format("\\x{:02X}", lead);
      ++i;
    }
  }
  return out;
}

}  // namespace

ReadableName readable_name(std::string_view raw) {
  if (is_utf8(raw)) return {std::string(raw), ""};
  std::string decoded;
  if (decode_gb18030(raw, decoded)) {
    return {decoded, fmt::format("the file name is not UTF-8; read as GB18030 (raw bytes: {})", hex_bytes(raw))};
  }
  return {escape_invalid(raw),
          fmt::format("the file name is not UTF-8 and not GB18030; invalid bytes shown as \\xNN (raw bytes: {})",
                      hex_bytes(raw))};
}

}  // namespace docpipe::host
