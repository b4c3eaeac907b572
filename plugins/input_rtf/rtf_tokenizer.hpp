// The lexical level of RTF 1.9: groups, control words with their parameters, control symbols, `\'hh` bytes and
// runs of text. Knows no meaning; `\binN` data is skipped on the reader's word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace docpipe::rtf {

enum class TokenKind { group_open, group_close, control_word, control_symbol, hex_byte, text, end };

struct Token {
  TokenKind kind = TokenKind::end;
  std::string_view name;                  // a control word's letters, a control symbol's character, a text run's bytes
  std::optional<std::int32_t> parameter;  // a control word's, clamped to 32 bits
  unsigned char byte = 0;                 // a `\'hh` escape's
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view rtf) : rest_(rtf) {}

  Token next();
  // Skips up to `count` bytes of binary data (`\binN`); a length past the end stops at the end.
  void skip(std::uint64_t count);

 private:
  Token control();
  std::string_view rest_;
};

}  // namespace docpipe::rtf
