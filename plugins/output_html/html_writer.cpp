#include "html_writer.hpp"

#include <stdexcept>

namespace docpipe::html {

namespace {

// A page's usual size: one allocation for most pages.
constexpr std::size_t kTypicalPage = 32 * 1024;

}  // namespace

// A document of no declared encoding, as libxml2 wrote the pages: attribute values in ASCII with references.
HtmlWriter::HtmlWriter() : w_({.indent = false, .ascii_attributes = true}, kTypicalPage) {
  w_.prolog("<!DOCTYPE html>\n");
}

void HtmlWriter::element(const char* name, std::string_view value) {
  start(name);
  text(value);
  end();
}

void HtmlWriter::style(std::string_view css) {
  if (css.find("]]>") != std::string_view::npos) throw std::logic_error("inline CSS holds ]]>");
  start("style");
  w_.raw("/*<![CDATA[*/\n");
  w_.raw(css);
  w_.raw("\n/*]]>*/");
  end();
}

void HtmlWriter::script(std::string_view js) {
  if (js.find("]]>") != std::string_view::npos || js.find("</") != std::string_view::npos)
    throw std::logic_error("inline JS holds ]]> or </");
  start("script");
  w_.raw("//<![CDATA[\n");
  w_.raw(js);
  w_.raw("\n//]]>");
  end();
}

}  // namespace docpipe::html
