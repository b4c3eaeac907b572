#include "html_writer.hpp"

#include <stdexcept>

#include "docpipe/text.hpp"
#include "docpipe/xml_text.hpp"

namespace docpipe::html {

namespace {

// A page's usual size: one allocation for most pages.
constexpr std::size_t kTypicalPage = 32 * 1024;

// The reference written for a character of text content: the five an XML reader would misread or normalise
// away. nullptr for any other.
const char* text_reference(char c) {
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

// In an attribute value line breaks and tabs are references too, so that no reader normalises them to spaces.
const char* attribute_reference(char c) {
  if (c == '\n') return "&#10;";
  if (c == '\t') return "&#9;";
  return text_reference(c);
}

void append_text(std::string& out, std::string_view text) {
  std::size_t copied = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* reference = text_reference(text[i]);
    if (reference == nullptr) continue;
    out.append(text.substr(copied, i - copied));
    out += reference;
    copied = i + 1;
  }
  out.append(text.substr(copied));
}

void append_hex_reference(std::string& out, char32_t code_point) {
  char digits[8];
  int count = 0;
  do {
    digits[count++] = "0123456789ABCDEF"[code_point & 0xF];
    code_point >>= 4;
  } while (code_point != 0);
  out += "&#x";
  while (count > 0) out += digits[--count];
  out += ';';
}

// Every non-ASCII code point as a hexadecimal reference, as libxml2 writes an attribute of a document of no
// declared encoding. `text` is well-formed UTF-8.
void append_attribute_value(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      const char* reference = attribute_reference(text[i]);
      if (reference != nullptr) {
        out += reference;
      } else {
        out += text[i];
      }
      ++i;
      continue;
    }
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    char32_t code_point = byte & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
    for (std::size_t k = 1; k < length; ++k) code_point = (code_point << 6) | (text[i + k] & 0x3F);
    append_hex_reference(out, code_point);
    i += length;
  }
}

}  // namespace

std::string markup_safe(std::string_view text) {
  if (is_xml_safe_utf8(text)) return std::string(text);  // nearly all text: one scan, one copy
  std::string out;
  out.reserve(text.size());
  for (const char32_t c : decode_utf8(text)) append_utf8(out, is_allowed_in_xml(c) ? c : 0xFFFD);
  return out;
}

HtmlWriter::HtmlWriter() {
  out_.reserve(kTypicalPage);
  out_ += "<!DOCTYPE html>\n";
}

void HtmlWriter::close_start_tag() {
  if (in_start_tag_) out_ += '>';
  in_start_tag_ = false;
}

void HtmlWriter::start(const char* element) {
  close_start_tag();
  out_ += '<';
  out_ += element;
  open_.push_back(element);
  in_start_tag_ = true;
}

void HtmlWriter::end() {
  if (open_.empty()) throw std::logic_error("HtmlWriter::end with no open element");
  close_start_tag();
  out_ += "</";
  out_ += open_.back();
  out_ += '>';
  open_.pop_back();
}

void HtmlWriter::end_void() {
  if (open_.empty()) throw std::logic_error("HtmlWriter::end_void with no open element");
  if (in_start_tag_) {
    out_ += "/>";
    in_start_tag_ = false;
    open_.pop_back();
    return;
  }
  end();
}

void HtmlWriter::attribute(const char* name, std::string_view value) {
  if (!in_start_tag_) throw std::logic_error(std::string("HtmlWriter: attribute ") + name + " after content");
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  if (is_xml_safe_utf8(value)) {
    append_attribute_value(out_, value);
  } else {
    append_attribute_value(out_, markup_safe(value));
  }
  out_ += '"';
}

void HtmlWriter::text(std::string_view value) {
  close_start_tag();
  if (is_xml_safe_utf8(value)) {
    append_text(out_, value);
  } else {
    append_text(out_, markup_safe(value));
  }
}

void HtmlWriter::element(const char* name, std::string_view value) {
  start(name);
  text(value);
  end();
}

void HtmlWriter::style(std::string_view css) {
  if (css.find("]]>") != std::string_view::npos) throw std::logic_error("inline CSS holds ]]>");
  start("style");
  close_start_tag();
  out_ += "/*<![CDATA[*/\n";
  out_ += css;
  out_ += "\n/*]]>*/";
  end();
}

void HtmlWriter::script(std::string_view js) {
  if (js.find("]]>") != std::string_view::npos || js.find("</") != std::string_view::npos)
    throw std::logic_error("inline JS holds ]]> or </");
  start("script");
  close_start_tag();
  out_ += "//<![CDATA[\n";
  out_ += js;
  out_ += "\n//]]>";
  end();
}

std::string HtmlWriter::finish() {
  while (!open_.empty()) end_void();
  if (out_.empty() || out_.back() != '\n') out_ += '\n';
  return std::move(out_);
}

}  // namespace docpipe::html
