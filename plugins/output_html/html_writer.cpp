#include "html_writer.hpp"

#include <stdexcept>

#include "docpipe/text.hpp"
#include "docpipe/xml_text.hpp"

namespace docpipe::html {

namespace {

void check(int result) {
  if (result < 0) throw std::runtime_error("libxml2 failed to write HTML");
}

}  // namespace

std::string markup_safe(std::string_view text) {
  if (is_xml_safe_utf8(text)) return std::string(text);  // nearly all text: one scan, one copy
  std::string out;
  out.reserve(text.size());
  for (const char32_t c : decode_utf8(text)) append_utf8(out, is_allowed_in_xml(c) ? c : 0xFFFD);
  return out;
}

HtmlWriter::HtmlWriter() : buffer_(xmlBufferCreate(), &xmlBufferFree) {
  if (!buffer_) throw std::bad_alloc();
  // libxml2's default scheme grows the buffer to the exact size of every flush: quadratic copying on a
  // large document (minutes under AddressSanitizer, whose realloc always moves). Doubling is linear.
  xmlBufferSetAllocationScheme(buffer_.get(), XML_BUFFER_ALLOC_DOUBLEIT);
  writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
  if (!writer_) throw std::runtime_error("libxml2 cannot create a writer");
  check(xmlTextWriterWriteDTD(writer_.get(), BAD_CAST "html", nullptr, nullptr, nullptr));
  check(xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "\n"));
}

void HtmlWriter::start(const char* element) { check(xmlTextWriterStartElement(writer_.get(), BAD_CAST element)); }
void HtmlWriter::end() { check(xmlTextWriterFullEndElement(writer_.get())); }
void HtmlWriter::end_void() { check(xmlTextWriterEndElement(writer_.get())); }
void HtmlWriter::attribute(const char* name, std::string_view value) {
  const std::string safe = markup_safe(value);
  check(xmlTextWriterWriteAttribute(writer_.get(), BAD_CAST name, BAD_CAST safe.c_str()));
}
void HtmlWriter::text(std::string_view value) {
  const std::string safe = markup_safe(value);
  check(xmlTextWriterWriteString(writer_.get(), BAD_CAST safe.c_str()));
}
void HtmlWriter::element(const char* name, std::string_view value) {
  start(name);
  text(value);
  end();
}

void HtmlWriter::style(std::string_view css) {
  if (css.find("]]>") != std::string_view::npos) throw std::logic_error("inline CSS holds ]]>");
  start("style");
  check(xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "/*<![CDATA[*/\n"));
  check(xmlTextWriterWriteRawLen(writer_.get(), BAD_CAST css.data(), static_cast<int>(css.size())));
  check(xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "\n/*]]>*/"));
  end();
}

void HtmlWriter::script(std::string_view js) {
  if (js.find("]]>") != std::string_view::npos || js.find("</") != std::string_view::npos)
    throw std::logic_error("inline JS holds ]]> or </");
  start("script");
  check(xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "//<![CDATA[\n"));
  check(xmlTextWriterWriteRawLen(writer_.get(), BAD_CAST js.data(), static_cast<int>(js.size())));
  check(xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "\n//]]>"));
  end();
}

std::string HtmlWriter::finish() {
  check(xmlTextWriterEndDocument(writer_.get()));
  writer_.reset();  // flushes into the buffer
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                  static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

}  // namespace docpipe::html
