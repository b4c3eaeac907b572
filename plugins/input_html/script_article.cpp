#include "script_article.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "docpipe/text.hpp"

namespace docpipe::html {

namespace {

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of `digits` hex digits at `at`, or -1.
long hex_unit(std::string_view code, std::size_t at, std::size_t digits) {
  if (at + digits > code.size()) return -1;
  long value = 0;
  for (std::size_t i = at; i < at + digits; ++i) {
    const int digit = hex_value(code[i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// A JavaScript string literal's text from after its opening quote, its escapes decoded (\n, \", \/, \u4e00, a
// surrogate pair, \x41, a line continuation); `at` is left after its closing quote.
std::string string_literal(std::string_view code, std::size_t& at, char quote) {
  std::u32string out;
  while (at < code.size() && code[at] != quote) {
    if (code[at] != '\\' || at + 1 >= code.size()) {
      const std::size_t start = at++;
      while (at < code.size() && (static_cast<unsigned char>(code[at]) & 0xC0) == 0x80) ++at;
      out += decode_utf8(code.substr(start, at - start));
      continue;
    }
    const char escaped = code[at + 1];
    at += 2;
    switch (escaped) {
      case 'n':
        out += U'\n';
        break;
      case 't':
        out += U'\t';
        break;
      case 'r':
        out += U'\r';
        break;
      case '\n':
        break;  // a line continuation
      case 'u': {
        long unit = hex_unit(code, at, 4);
        if (unit < 0) break;
        at += 4;
        // A surrogate pair (\ud83d\ude00) is one code point.
        if (unit >= 0xD800 && unit <= 0xDBFF && code.substr(at, 2) == "\\u") {
          const long low = hex_unit(code, at + 2, 4);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            at += 6;
          }
        }
        // A lone surrogate is no character: UTF-8 cannot hold it.
        const bool lone_surrogate = unit >= 0xD800 && unit <= 0xDFFF;
        out += lone_surrogate ? U'\uFFFD' : static_cast<char32_t>(unit);
        break;
      }
      case 'x': {
        const long unit = hex_unit(code, at, 2);
        if (unit < 0) break;
        at += 2;
        out += static_cast<char32_t>(unit);
        break;
      }
      default:
        out += static_cast<char32_t>(static_cast<unsigned char>(escaped));
    }
  }
  ++at;
  return encode_utf8(out);
}

// The string literals of a script, in order; comments skipped.
std::vector<std::string> string_literals(std::string_view code) {
  std::vector<std::string> literals;
  for (std::size_t at = 0; at < code.size();) {
    const char c = code[at];
    if (c == '/' && at + 1 < code.size() && code[at + 1] == '/') {
      at = std::min(code.find('\n', at), code.size());
    } else if (c == '/' && at + 1 < code.size() && code[at + 1] == '*') {
      const std::size_t end = code.find("*/", at + 2);
      at = end == std::string_view::npos ? code.size() : end + 2;
    } else if (c == '"' || c == '\'' || c == '`') {
      ++at;
      literals.push_back(string_literal(code, at, c));
    } else {
      ++at;
    }
  }
  return literals;
}

// A literal holding markup of the article: a paragraph or line break element around Chinese text.
bool holds_article_markup(const std::string& literal) {
  const std::string lower = lower_ascii(literal);
  for (const std::string_view tag : {"<p", "<br", "<div", "<table", "<h2", "<h3"}) {
    if (lower.find(tag) != std::string::npos) return true;
  }
  return false;
}

// The markup a script's literals hold, joined, when it reads as a report's text: sentences, and more than a line.
std::string article_markup(std::string_view script) {
  constexpr std::size_t kFewestFullStops = 3;
  std::string markup;
  for (const auto& literal : string_literals(script)) {
    if (holds_article_markup(literal)) markup += literal;
  }
  std::size_t full_stops = 0;
  for (std::size_t at = markup.find("。"); at != std::string::npos; at = markup.find("。", at + 1)) ++full_stops;
  return full_stops >= kFewestFullStops ? markup : std::string();
}

}  // namespace

std::string with_the_scripted_article(const std::string& source, const ParsedPage& page) {
  const std::string* chosen = nullptr;
  std::string markup;
  for (const auto& script : page.scripts) {
    if (script.empty()) continue;
    std::string held = article_markup(script);
    if (held.size() > markup.size()) markup = std::move(held), chosen = &script;
  }
  if (chosen == nullptr) return {};
  // The <script> element as the source writes it: its text is the parser's, byte for byte.
  const std::size_t text = source.find(*chosen);
  if (text == std::string::npos) return {};
  const std::string lower = lower_ascii(source);
  const std::size_t open = lower.rfind("<script", text);
  const std::size_t close = lower.find("</script", text + chosen->size());
  const std::size_t end = close == std::string::npos ? std::string::npos : lower.find('>', close);
  if (open == std::string::npos || end == std::string::npos) return {};
  return source.substr(0, open) + "<div class=\"content\">" + markup + "</div>" + source.substr(end + 1);
}

bool a_script_writes_the_page(const ParsedPage& page) {
  return std::any_of(page.scripts.begin(), page.scripts.end(), [](const std::string& script) {
    for (const std::string_view writer : {"innerHTML", "document.write", ".html(", ".append("}) {
      if (script.find(writer) != std::string::npos) return true;
    }
    return false;
  });
}

}  // namespace docpipe::html
