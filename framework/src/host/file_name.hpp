// File names as text. Linux file names are bytes; ones unpacked from a Chinese Windows zip are often
// GBK/GB18030, not UTF-8, and would reach documents.csv and the XML ids as invalid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::host {

struct ReadableName {
  std::string text;  // valid UTF-8
  std::string note;  // "" when the name was UTF-8; otherwise how it was read, with its raw bytes
};

// UTF-8 names pass unchanged; others are decoded as GB18030 (which includes GBK and GB2312) when they decode
// cleanly, and otherwise have each byte that is not UTF-8 escaped as \xNN. The note records the raw bytes.
ReadableName readable_name(std::string_view raw);

}  // namespace docpipe::host
