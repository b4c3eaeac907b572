#include "code_pages.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

namespace docpipe::rtf {

namespace {

constexpr int kFallbackCodePage = 1252;

}  // namespace

int code_page_of_charset(int charset) {
  switch (charset) {
    case 128:
      return 932;  // Shift-JIS
    case 129:
      return 949;  // Hangul
    case 134:
      return 936;  // GB2312, written by every Chinese word processor; GBK in practice
    case 136:
      return 950;  // Big5
    case 161:
      return 1253;
    case 162:
      return 1254;
    case 163:
      return 1258;
    case 177:
      return 1255;
    case 178:
      return 1256;
    case 186:
      return 1257;
    case 204:
      return 1251;
    case 222:
      return 874;
    case 238:
      return 1250;
    default:
      return 0;
  }
}

std::string converter_name(int code_page) {
  switch (code_page) {
    case 936:
    case 54936:
      return "GB18030";
    case 950:
      return "Big5";
    case 932:
      return "Shift_JIS";
    case 65001:
      return "UTF-8";
    case 10000:
      return "macintosh";
    default:
      return "windows-" + std::to_string(code_page);
  }
}

CodePageDecoder::CodePageDecoder() = default;
CodePageDecoder::~CodePageDecoder() = default;

void CodePageDecoder::CloseConverter::operator()(UConverter* converter) const { ucnv_close(converter); }

UConverter* CodePageDecoder::converter(int code_page) {
  auto found = converters_.find(code_page);
  if (found == converters_.end()) {
    UErrorCode status = U_ZERO_ERROR;
    Converter opened(ucnv_open(converter_name(code_page).c_str(), &status));
    if (U_FAILURE(status)) opened.reset();  // remembered as unknown: one failed open per code page
    found = converters_.emplace(code_page, std::move(opened)).first;
  }
  return found->second.get();
}

std::string CodePageDecoder::name_used_for(int code_page) {
  return converter_name(converter(code_page) != nullptr ? code_page : kFallbackCodePage);
}

std::string CodePageDecoder::decode(std::string_view bytes, int code_page) {
  UConverter* cnv = converter(code_page);
  if (cnv == nullptr) cnv = converter(kFallbackCodePage);
  std::string utf8;
  if (cnv == nullptr) {  // no ICU data at all: keep the ASCII
    for (const char c : bytes) utf8 += (static_cast<unsigned char>(c) < 0x80) ? c : '?';
    return utf8;
  }
  ucnv_reset(cnv);
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()), cnv, status);
  if (U_FAILURE(status)) return std::string(bytes.size(), '?');
  decoded.toUTF8String(utf8);
  return utf8;
}

}  // namespace docpipe::rtf
