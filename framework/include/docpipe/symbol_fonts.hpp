// Characters of the symbol fonts (Symbol, Wingdings) as Unicode. Word inserts them by their code in the font
// (w:sym w:font="Symbol" w:char="F0B4"); a PDF printed from such a document extracts them at U+F000 + the code, the
// private-use page these fonts are mapped to. Only the characters reports use are known: between figures
// (2.4×1.2米, ≥95%) and as marks and bullets.
#pragma once

#include <string>
#include <string_view>

#include "docpipe/text.hpp"

namespace docpipe {

enum class SymbolFont { symbol, wingdings };

// The character at `code` (the low byte of w:char) in `font`; empty when it is none reports use.
inline std::string_view symbol_font_character(SymbolFont font, unsigned code) {
  if (font == SymbolFont::symbol) {
    switch (code & 0xFFu) {
      case 0xB4:
        return "×";
      case 0xB8:
        return "÷";
      case 0xB1:
        return "±";
      case 0xA3:
        return "≤";
      case 0xB3:
        return "≥";
      case 0xB9:
        return "≠";
      case 0xBB:
        return "≈";
      case 0xB0:
        return "°";
      case 0xAE:
        return "→";
      case 0xD6:
        return "√";
      case 0xB7:
        return "•";
      default:
        return {};
    }
  }
  switch (code & 0xFFu) {
    case 0xFC:
      return "✓";
    case 0xFB:
      return "✗";
    case 0xFE:
      return "☑";
    case 0xA8:
      return "□";
    case 0x6C:
      return "●";
    case 0x9F:
      return "•";
    default:
      return {};
  }
}

// A symbol font's private-use character (U+F020 to U+F0FF) as Unicode, when its font is not known (a PDF's text
// layer): the codes the two fonts' known characters use differ, so each names its font. Empty for any other.
inline std::string_view symbol_font_private_use(char32_t c) {
  if (c < 0xF020 || c > 0xF0FF) return {};
  const unsigned code = static_cast<unsigned>(c - 0xF000);
  const std::string_view symbol = symbol_font_character(SymbolFont::symbol, code);
  return symbol.empty() ? symbol_font_character(SymbolFont::wingdings, code) : symbol;
}

// `text` with every known symbol-font private-use character replaced by its Unicode character.
inline std::string with_symbol_font_characters(std::string_view text) {
  // A private-use character of the page U+F0xx is three bytes, EF 80 xx to EF 83 xx: text without EF is as it was.
  if (text.find('\xEF') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (const char32_t c : decode_utf8(text)) {
    if (const std::string_view known = symbol_font_private_use(c); !known.empty()) {
      out += known;
    } else {
      out += encode_utf8(std::u32string(1, c));
    }
  }
  return out;
}

}  // namespace docpipe
