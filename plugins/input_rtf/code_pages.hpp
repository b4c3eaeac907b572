// RTF's bytes to UTF-8: the document's `\ansicpgN`, or the code page a font's `\fcharsetN` names, decoded with ICU.
// GBK (936, charset 134) is decoded as GB18030, its superset, so no byte a Chinese word processor wrote is lost.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

struct UConverter;

namespace docpipe::rtf {

// The Windows code page a font's `\fcharsetN` names, or 0 when it names none (ANSI, default, symbol).
int code_page_of_charset(int charset);

// The ICU converter name for a Windows code page ("GB18030" for 936).
std::string converter_name(int code_page);

class CodePageDecoder {
 public:
  CodePageDecoder();
  ~CodePageDecoder();
  CodePageDecoder(const CodePageDecoder&) = delete;
  CodePageDecoder& operator=(const CodePageDecoder&) = delete;

  // `bytes` in `code_page` as UTF-8; a byte the code page has no character for becomes U+FFFD. An unknown code
  // page decodes as Windows-1252.
  std::string decode(std::string_view bytes, int code_page);
  // The converter name `decode` reads `code_page` with: its own, or Windows-1252's for a code page ICU does not know
  // (\ansicpg99999 is reported as what it was read as, not as "windows-99999").
  std::string name_used_for(int code_page);

 private:
  struct CloseConverter {
    void operator()(UConverter* converter) const;
  };
  using Converter = std::unique_ptr<UConverter, CloseConverter>;
  UConverter* converter(int code_page);
  std::map<int, Converter> converters_;
};

}  // namespace docpipe::rtf
