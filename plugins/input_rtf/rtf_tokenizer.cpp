#include "rtf_tokenizer.hpp"

#include <algorithm>
#include <limits>

namespace docpipe::rtf {

namespace {

constexpr std::size_t kLongestControlWord = 32;  // RTF 1.9: a control word has at most 32 letters
constexpr std::size_t kLongestParameter = 10;    // digits; a longer run is clamped, not read on

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Token Tokenizer::next() {
  while (!rest_.empty()) {
    const char c = rest_.front();
    if (c == '\r' || c == '\n') {  // line ends are no content in RTF
      rest_.remove_prefix(1);
      continue;
    }
    if (c == '{' || c == '}') {
      rest_.remove_prefix(1);
      return {c == '{' ? TokenKind::group_open : TokenKind::group_close, {}, {}, 0};
    }
    if (c == '\\') return control();
    const std::size_t end = std::min(rest_.find_first_of("\\{}\r\n"), rest_.size());
    Token token{TokenKind::text, rest_.substr(0, end), {}, 0};
    rest_.remove_prefix(end);
    return token;
  }
  return {};
}

Token Tokenizer::control() {
  rest_.remove_prefix(1);  // the backslash
  if (rest_.empty()) return {};
  const char first = rest_.front();
  if (!is_letter(first)) {
    const std::string_view symbol = rest_.substr(0, 1);
    rest_.remove_prefix(1);
    if (first == '\r' || first == '\n') return {TokenKind::control_word, "par", {}, 0};  // `\` before a line end
    if (first == '\'') {
      if (rest_.size() >= 2 && hex_value(rest_[0]) >= 0 && hex_value(rest_[1]) >= 0) {
        const auto byte = static_cast<unsigned char>(hex_value(rest_[0]) * 16 + hex_value(rest_[1]));
        rest_.remove_prefix(2);
        return {TokenKind::hex_byte, {}, {}, byte};
      }
      // A truncated escape stands for nothing, and neither does the one digit it has.
      if (!rest_.empty() && hex_value(rest_.front()) >= 0) rest_.remove_prefix(1);
      return {TokenKind::control_symbol, "'", {}, 0};
    }
    return {TokenKind::control_symbol, symbol, {}, 0};
  }
  std::size_t letters = 0;
  while (letters < rest_.size() && letters < kLongestControlWord && is_letter(rest_[letters])) ++letters;
  Token token{TokenKind::control_word, rest_.substr(0, letters), {}, 0};
  rest_.remove_prefix(letters);
  while (!rest_.empty() && is_letter(rest_.front())) rest_.remove_prefix(1);  // past the limit: one word still
  const bool negative = rest_.size() >= 2 && rest_[0] == '-' && is_digit(rest_[1]);
  if (negative || (!rest_.empty() && is_digit(rest_.front()))) {
    if (negative) rest_.remove_prefix(1);
    std::int64_t value = 0;
    std::size_t digits = 0;
    while (!rest_.empty() && is_digit(rest_.front())) {
      if (digits++ < kLongestParameter) value = value * 10 + (rest_.front() - '0');
      rest_.remove_prefix(1);
    }
    if (negative) value = -value;
    value = std::clamp<std::int64_t>(value, std::numeric_limits<std::int32_t>::min(),
                                     std::numeric_limits<std::int32_t>::max());
    token.parameter = static_cast<std::int32_t>(value);
  }
  if (!rest_.empty() && rest_.front() == ' ') rest_.remove_prefix(1);  // the delimiter belongs to the word
  return token;
}

void Tokenizer::skip(std::uint64_t count) {
  rest_.remove_prefix(static_cast<std::size_t>(std::min<std::uint64_t>(count, rest_.size())));
}

}  // namespace docpipe::rtf
