#include "page_header.hpp"

#include "page_assets.hpp"

namespace docpipe::html {

void open_page(HtmlWriter& w, std::string_view title) {
  w.start("html");
  w.attribute("lang", "zh-CN");
  w.start("head");
  w.start("meta");
  w.attribute("charset", "utf-8");
  w.end_void();
  w.start("meta");
  w.attribute("name", "viewport");
  w.attribute("content", "width=device-width, initial-scale=1");
  w.end_void();
  w.element("title", title);
  w.style(kStyle);
  w.script(kErrorTrap);
  w.end();
  w.start("body");
}

void close_page(HtmlWriter& w, std::string_view script) {
  w.script(script);
  w.end();
  w.end();
}

void write_check(HtmlWriter& w, bool present) {
  w.start("span");
  w.attribute("class", present ? "yes" : "no");
  w.attribute("role", "img");
  w.attribute("aria-label", present ? "有" : "缺");
  w.text(present ? "✔" : "✘");
  w.end();
}

}  // namespace docpipe::html
