// A small HTML writer over libxml2's xmlTextWriter: every text and attribute value is escaped by libxml2,
// and what it writes is polyglot markup (well-formed XML that browsers read as HTML5), so tests can
// check it with an XML parser.
#pragma once

#include <libxml/xmlwriter.h>

#include <memory>
#include <string>
#include <string_view>

namespace docpipe::html {

class HtmlWriter {
 public:
  HtmlWriter();  // writes <!DOCTYPE html>

  void start(const char* element);
  // Closes the innermost element with an end tag (<span></span>, never <span/>, which HTML misreads).
  void end();
  // Closes a void element (meta, br), which has no content: written <meta .../>.
  void end_void();
  void attribute(const char* name, std::string_view value);
  void text(std::string_view value);
  void element(const char* name, std::string_view text);
  // Inline CSS or JS: in a CDATA section hidden from the HTML parser by comments, so it needs no escaping
  // for either reader. `code` must not contain "]]>".
  void style(std::string_view css);
  void script(std::string_view js);

  std::string finish();

 private:
  std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer_;
  std::unique_ptr<xmlTextWriter, decltype(&xmlFreeTextWriter)> writer_{nullptr, &xmlFreeTextWriter};
};

// Replaces code points XML cannot carry (control characters) with U+FFFD.
std::string markup_safe(std::string_view text);

}  // namespace docpipe::html
