// The character set of a saved web page: its BOM, else what it declares (<meta charset>, http-equiv),
// checked against the bytes, since portal pages are often GBK while declaring UTF-8 or GB2312.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::html {

struct PageCharset {
  std::string encoding;  // an ICU converter name: "UTF-8", "GB18030", "UTF-16LE"
  std::size_t bom_bytes = 0;
  std::string declared;  // as the page declares it, lower-case; empty when it declares none
};

// `enclosing_declaration` is the charset a container names for the page (a web archive part's Content-Type):
// it stands for the page's own declaration when the page makes none. A page declared UTF-16 (Word's `unicode`,
// `unicodeFFFE`) is read so when its bytes are, BOM or none.
PageCharset detect_charset(std::string_view bytes, std::string_view enclosing_declaration = {});

// The page in UTF-8, every undecodable sequence replaced by U+FFFD.
std::string to_utf8(std::string_view bytes, const PageCharset& charset);

}  // namespace docpipe::html
