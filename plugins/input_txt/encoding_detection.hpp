// Which encoding a text file is in, and its conversion to UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace docpipe::txt {

struct EncodingGuess {
  std::string encoding;       // ICU converter name: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", ...
  std::size_t bom_bytes = 0;  // bytes of byte-order mark to skip
};

// Decides in this order: a byte-order mark; (nearly) valid UTF-8 without NUL
// bytes; UTF-16 without a BOM, when the code units look like text; otherwise
// `fallback` (GB18030, which covers GBK and GB2312), unless ICU's detector is
// confident of another charset that decodes with fewer errors.
EncodingGuess guess_encoding(std::string_view bytes, const std::string& fallback);

struct DecodedText {
  std::string utf8;
  std::string encoding;
  std::size_t invalid_sequences = 0;  // replaced by U+FFFD
};

// The bytes after the byte-order mark when they are well-formed UTF-8 and guessed to be UTF-8: the text as
// it is, without a conversion or a copy (most reports). nullopt when they need convert_with_icu.
std::optional<std::string_view> utf8_as_is(std::string_view bytes, const EncodingGuess& guess);

// Converts with ICU, replacing and counting invalid sequences. Throws on an unknown encoding. The result is
// always well-formed UTF-8.
DecodedText convert_with_icu(std::string_view bytes, const EncodingGuess& guess);

// utf8_as_is copied when it applies, convert_with_icu otherwise.
DecodedText decode_to_utf8(std::string_view bytes, const EncodingGuess& guess);

// Share of the decoded text (well-formed UTF-8) that is replacement or control characters (tab and line
// breaks excepted): high for binary files read as text.
double garbage_ratio(std::string_view utf8);

// The file starts with the magic number of a binary format (zip, PDF, OLE, images, archives): not text,
// whatever its bytes would decode to. Checked before any decoding, so that sniffing a DOCX or a PDF costs
// input.txt nothing.
bool has_binary_signature(std::string_view head);

// The file starts (after a BOM and blank space) with <!DOCTYPE html or <html: input.html scores it above
// any text score, so input.txt need not decode it to lose.
bool looks_like_html(std::string_view head);

}  // namespace docpipe::txt
