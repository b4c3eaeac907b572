#include "transfer_decoding.hpp"

#include <algorithm>
#include <cstdint>

namespace docpipe::html {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;  // lower-case escapes are not canonical but are written
  return -1;
}

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;  // '-' and '_': the URL-safe alphabet some savers use
  if (c == '/' || c == '_') return 63;
  return -1;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

}  // namespace

std::string decode_quoted_printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c != '=') {
      out += c;
      continue;
    }
    // A soft line break: '=' then optional trailing white space, then CRLF or LF.
    std::size_t after = at + 1;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    if (after < text.size() && (text[after] == '\n' || text[after] == '\r')) {
      if (text[after] == '\r' && after + 1 < text.size() && text[after + 1] == '\n') ++after;
      at = after;
      continue;
    }
    const int high = at + 1 < text.size() ? hex_value(text[at + 1]) : -1;
    const int low = at + 2 < text.size() ? hex_value(text[at + 2]) : -1;
    if (high >= 0 && low >= 0) {
      out += static_cast<char>(high * 16 + low);
      at += 2;
      continue;
    }
    out += c;
  }
  return out;
}

std::string decode_base64(std::string_view text) {
  std::string out;
  out.reserve(text.size() / 4 * 3 + 3);
  std::uint32_t bits = 0;
  int pending = 0;
  for (const char c : text) {
    if (c == '=') break;
    const int value = base64_value(c);
    if (value < 0) continue;
    bits = (bits << 6) | static_cast<std::uint32_t>(value);
    pending += 6;
    if (pending >= 8) {
      pending -= 8;
      out += static_cast<char>((bits >> pending) & 0xFF);
    }
  }
  return out;
}

std::string decode_transfer_encoding(std::string_view body, std::string_view encoding) {
  const std::string name = lower_ascii(encoding);
  if (name == "quoted-printable") return decode_quoted_printable(body);
  if (name == "base64") return decode_base64(body);
  return std::string(body);
}

}  // namespace docpipe::html
