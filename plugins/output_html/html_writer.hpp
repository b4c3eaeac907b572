// A small HTML writer that appends to one string: every text and attribute value is escaped, and what it
// writes is polyglot markup (well-formed XML that browsers read as HTML5), so tests can check it with an XML
// parser. It writes byte for byte what libxml2's xmlTextWriter wrote before it (a test compares the two):
// review pages are a worker's largest rendering, and the writer's per-call copies, strlen and buffer
// flushes were most of their cost.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace docpipe::html {

class HtmlWriter {
 public:
  HtmlWriter();  // writes <!DOCTYPE html>

  void start(const char* element);
  // Closes the innermost element with an end tag (<span></span>, never <span/>, which HTML misreads).
  void end();
  // Closes a void element (meta, br), which has no content: written <meta .../>.
  void end_void();
  // Only right after start() or another attribute(): throws std::logic_error otherwise.
  void attribute(const char* name, std::string_view value);
  void text(std::string_view value);
  void element(const char* name, std::string_view text);
  // Inline CSS or JS: in a CDATA section hidden from the HTML parser by comments, so it needs no escaping
  // for either reader. `code` must not contain "]]>".
  void style(std::string_view css);
  void script(std::string_view js);

  // The page, with any element still open closed, ending with a line break.
  std::string finish();

 private:
  void close_start_tag();

  std::string out_;
  std::vector<std::string> open_;  // names of the open elements, innermost last
  bool in_start_tag_ = false;      // attributes may follow: the start tag's ">" is not written yet
};

// Replaces code points XML cannot carry (control characters) with U+FFFD.
std::string markup_safe(std::string_view text);

}  // namespace docpipe::html
