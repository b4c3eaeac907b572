// The writer of the review pages: SDK's MarkupWriter writing polyglot markup (well-formed XML that browsers
// read as HTML5, so tests can check it with an XML parser), with HTML's rules on top: a DOCTYPE, end tags
// even on empty elements, inline CSS and JS.
#pragma once

#include <string>
#include <string_view>

#include "docpipe/markup_writer.hpp"

namespace docpipe::html {

class HtmlWriter {
 public:
  HtmlWriter();  // writes <!DOCTYPE html>

  void start(const char* element) { w_.start(element); }
  // Closes the innermost element with an end tag (<span></span>, never <span/>, which HTML misreads).
  void end() { w_.end_with_tag(); }
  // Closes a void element (meta, br), which has no content: written <meta .../>.
  void end_void() { w_.end(); }
  void attribute(const char* name, std::string_view value) { w_.attribute(name, value); }
  void text(std::string_view value) { w_.text(value); }
  void element(const char* name, std::string_view text);
  // Inline CSS or JS: in a CDATA section hidden from the HTML parser by comments, so it needs no escaping
  // for either reader. `code` must not contain "]]>".
  void style(std::string_view css);
  void script(std::string_view js);

  std::string finish() { return w_.finish(); }

 private:
  MarkupWriter w_;
};

}  // namespace docpipe::html
