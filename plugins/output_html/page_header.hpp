// The parts both pages share: <head> with the inline stylesheet, and the document facts of a summary.
#pragma once

#include <string_view>

#include "document_summary.hpp"
#include "html_writer.hpp"

namespace docpipe::html {

// Opens <html lang="zh-CN">, writes <head>, opens <body> and the error trap script.
void open_page(HtmlWriter& w, std::string_view title);
// Closes <body> and <html> after the page's script.
void close_page(HtmlWriter& w, std::string_view script);

// ✔ or ✘ with a text alternative for screen readers.
void write_check(HtmlWriter& w, bool present);

}  // namespace docpipe::html
