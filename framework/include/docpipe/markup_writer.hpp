// An XML (or polyglot HTML) writer that appends to one string: every text and attribute value is made
// XML-safe and escaped, and elements are closed in order. For the same calls it writes byte for byte what
// libxml2's xmlTextWriter writes (tests/unit/markup_writer_test.cpp compares the two): output.xml and
// output.html wrote their files with it, and its per-call copies, strlen and buffer flushes were most of
// what rendering a document cost. Header-only.
#pragma once

#include <array>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/text.hpp"
#include "docpipe/xml_text.hpp"

namespace docpipe {

// `text` with every code point XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF, malformed UTF-8) replaced
// by U+FFFD, one for one, so code-point offsets stay valid; adds the number replaced to `*replaced`.
inline std::string xml_safe_copy(std::string_view text, std::size_t* replaced = nullptr) {
  if (is_xml_safe_utf8(text)) return std::string(text);  // nearly all text: one scan, one copy
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t c) {
    if (is_allowed_in_xml(c)) {
      append_utf8(out, c);
    } else {
      append_utf8(out, 0xFFFD);
      if (replaced != nullptr) ++*replaced;
    }
  });
  return out;
}

class MarkupWriter {
 public:
  struct Options {
    // A line break after every tag that holds no text and two spaces per level before it, as
    // xmlTextWriterSetIndent(1) with xmlTextWriterSetIndentString("  ") writes.
    bool indent = false;
    // Every non-ASCII code point of an attribute value as a hexadecimal reference, as libxml2 writes the
    // attributes of a document of no declared encoding (HTML pages); raw UTF-8 otherwise.
    bool ascii_attributes = false;
  };

  explicit MarkupWriter(Options options, std::size_t expected_size = 0) : options_(options) {
    out_.reserve(expected_size);
  }

  // Bytes as they are, outside any element: a declaration, a DOCTYPE.
  void prolog(std::string_view bytes) { out_ += bytes; }

  void start(std::string_view element) {
    if (!open_.empty() && open_.back().in_start_tag) {
      out_ += '>';
      if (options_.indent) out_ += '\n';
      open_.back().in_start_tag = false;
    }
    if (options_.indent) indent(open_.size());
    out_ += '<';
    out_ += element;
    open_.push_back({std::string(element), true});
  }

  // Only right after start() or another attribute(): throws std::logic_error otherwise.
  void attribute(std::string_view name, std::string_view value) {
    if (open_.empty() || !open_.back().in_start_tag) {
      throw std::logic_error("MarkupWriter: attribute " + std::string(name) + " after content");
    }
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    if (is_xml_safe_utf8(value)) {
      append_attribute_value(value);
    } else {
      append_attribute_value(xml_safe_copy(value, &replaced_));
    }
    out_ += '"';
  }

  void text(std::string_view value) {
    close_start_tag();
    indent_next_ = false;
    // One scan both escapes the text and meets any byte XML forbids; the rare text that holds one is written
    // again, made safe. A document's text was three scans: forbidden bytes, UTF-8, escapes.
    const std::size_t written = out_.size();
    if (!is_well_formed_utf8(value) || !append_allowed_text(value)) {
      out_.resize(written);
      append_allowed_text(xml_safe_copy(value, &replaced_));  // nothing forbidden is left in the copy
    }
  }

  // Bytes as they are inside the current element (inline CSS or JS in a CDATA section).
  void raw(std::string_view bytes) {
    close_start_tag();
    indent_next_ = false;
    out_ += bytes;
  }

  // Closes the innermost element; one with no content as <name/>.
  void end() { close(false); }
  // Closes the innermost element with an end tag even when it is empty: <span></span>, which HTML needs.
  void end_with_tag() { close(true); }

  // Code points replaced by U+FFFD so far.
  std::size_t replaced() const { return replaced_; }

  // The document, with every element still open closed, ending with a line break.
  std::string finish() {
    while (!open_.empty()) end();
    if (out_.empty() || out_.back() != '\n') out_ += '\n';
    return std::move(out_);
  }

 private:
  struct Open {
    std::string name;
    bool in_start_tag;  // attributes may follow: the start tag's ">" is not written yet
  };

  void indent(std::size_t level) { out_.append(2 * level, ' '); }

  void close_start_tag() {
    if (!open_.empty() && open_.back().in_start_tag) {
      out_ += '>';
      open_.back().in_start_tag = false;
    }
  }

  void close(bool with_tag) {
    if (open_.empty()) throw std::logic_error("MarkupWriter: no open element to close");
    Open& element = open_.back();
    if (element.in_start_tag && !with_tag) {
      out_ += "/>";
    } else {
      // An element with content ends on a line of its own after child elements, never after its text or
      // right after its start tag.
      const bool empty = element.in_start_tag;
      close_start_tag();
      if (options_.indent && indent_next_ && !empty) indent(open_.size() - 1);
      out_ += "</";
      out_ += element.name;
      out_ += '>';
    }
    indent_next_ = true;
    if (options_.indent) out_ += '\n';
    open_.pop_back();
  }

  // Text content: the five characters an XML reader would misread or normalise away.
  static const char* text_reference(char c) {
    switch (c) {
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '&':
        return "&amp;";
      case '"':
        return "&quot;";
      case '\r':
        return "&#13;";
      default:
        return nullptr;
    }
  }

  // Text content escaped, for well-formed UTF-8 that may hold what XML forbids: false at the first C0 control
  // other than tab, line feed and carriage return, or U+FFFE/U+FFFF (EF BF BE/BF), with part of `text` appended.
  bool append_allowed_text(std::string_view text) {
    // Bytes that need a second look: the escaped characters, C0 controls, and EF, the lead byte of U+FFFE/F.
    static constexpr auto kSecondLook = [] {
      std::array<bool, 256> look{};
      for (int byte = 0; byte < 0x20; ++byte) look[byte] = true;
      for (const unsigned char byte : {'<', '>', '&', '"', '\xEF'}) look[byte] = true;
      return look;
    }();
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (!kSecondLook[byte]) continue;
      if (byte == 0xEF) {
        if (i + 2 < text.size() && text[i + 1] == '\xBF' && (text[i + 2] == '\xBE' || text[i + 2] == '\xBF'))
          return false;
        continue;
      }
      if (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD) return false;
      const char* reference = text_reference(text[i]);
      if (reference == nullptr) continue;
      out_.append(text.substr(copied, i - copied));
      out_ += reference;
      copied = i + 1;
    }
    out_.append(text.substr(copied));
    return true;
  }

  void append_hex_reference(char32_t code_point) {
    // Written back to front into one buffer and appended once: an HTML page's attributes hold one reference per
    // Chinese character.
    char reference[16];
    char* at = std::end(reference);
    *--at = ';';
    do {
      *--at = "0123456789ABCDEF"[code_point & 0xF];
      code_point >>= 4;
    } while (code_point != 0);
    *--at = 'x';
    *--at = '#';
    *--at = '&';
    out_.append(at, std::end(reference));
  }

  // In an attribute value line breaks and tabs are references too, so that no reader normalises them to
  // spaces. `text` is well-formed UTF-8.
  void append_attribute_value(std::string_view text) {
    // Runs of bytes that need no reference are appended whole: a value is mostly such bytes.
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size();) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte >= 0x80 && options_.ascii_attributes) {
        out_.append(text.substr(copied, i - copied));
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        char32_t code_point = byte & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
        for (std::size_t k = 1; k < length; ++k) code_point = (code_point << 6) | (text[i + k] & 0x3F);
        append_hex_reference(code_point);
        i += length;
        copied = i;
        continue;
      }
      const char* reference = text[i] == '\n' ? "&#10;" : text[i] == '\t' ? "&#9;" : text_reference(text[i]);
      if (reference != nullptr) {
        out_.append(text.substr(copied, i - copied));
        out_ += reference;
        copied = i + 1;
      }
      ++i;
    }
    out_.append(text.substr(copied));
  }

  Options options_;
  std::string out_;
  std::vector<Open> open_;
  bool indent_next_ = true;  // the next end tag of an element with content goes on a line of its own
  std::size_t replaced_ = 0;
};

}  // namespace docpipe
