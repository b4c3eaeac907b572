// A MIME part's Content-Transfer-Encoding undone (RFC 2045 §6): quoted-printable and base64 back to the bytes
// they carry. Damaged input decodes as far as it can, never fails: a web archive whose page is partly damaged is
// still mostly a report.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::html {

// `=XX` escapes become their byte, a soft line break (`=` at a line's end) joins the lines; an `=` not followed
// by two hex digits is kept as it is.
std::string decode_quoted_printable(std::string_view text);

// Characters outside the base64 alphabet (line breaks, stray bytes) are skipped; decoding stops at padding.
std::string decode_base64(std::string_view text);

// The body decoded by its encoding's name (case-insensitive); 7bit, 8bit, binary and unknown names as they are.
std::string decode_transfer_encoding(std::string_view body, std::string_view encoding);

}  // namespace docpipe::html
