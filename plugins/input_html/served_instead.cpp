#include "served_instead.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "docpipe/heading_markers.hpp"
#include "docpipe/text.hpp"
#include "page_metadata.hpp"

namespace docpipe::html {

namespace {

// An error page's message is a sentence or two; the shortest report is several paragraphs.
constexpr std::size_t kLongestNearEmptyArticle = 200;  // visible code points

struct PageKind {
  const char* name;                       // as the message says it
  std::array<std::string_view, 8> words;  // in the <title> or a near-empty article; "" unused
};

// The words that say what a page is, checked in this order (an error page often says it will redirect).
constexpr PageKind kPageKinds[] = {
    {"error page", {"页面不存在", "找不到", "不存在或已被删除", "无法访问", "访问出错", "not found", "forbidden", ""}},
    {"login page", {"登录", "登陆", "统一身份认证", "login", "sign in", "", "", ""}},
    {"redirect page", {"跳转", "重定向", "redirect", "", "", "", "", ""}},
};
// HTTP status codes an error page's title or message names, standing alone (404 页面不存在; not 1404, not 500件).
constexpr std::array<std::string_view, 5> kStatusCodes = {"404", "403", "500", "502", "503"};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_word_character(char32_t c) {
  return (c < 0x80 && std::isalnum(static_cast<int>(c))) || (c >= 0x2E80 && c <= 0x9FFF);
}

bool names_a_status_code(std::string_view text) {
  const std::u32string line = decode_utf8(text);
  for (const std::string_view code : kStatusCodes) {
    const std::u32string wide = decode_utf8(code);
    for (auto at = line.find(wide); at != std::u32string::npos; at = line.find(wide, at + 1)) {
      const bool alone_before = at == 0 || !is_word_character(line[at - 1]);
      const bool alone_after = at + wide.size() == line.size() || !is_word_character(line[at + wide.size()]);
      if (alone_before && alone_after) return true;
    }
  }
  return false;
}

// The kind of page `text` (a title or a near-empty article) says it is, or nullptr.
const char* kind_named_in(std::string_view text) {
  const std::string lowered = lower_ascii(text);
  if (names_a_status_code(lowered)) return kPageKinds[0].name;
  for (const PageKind& kind : kPageKinds) {
    for (const std::string_view word : kind.words) {
      if (!word.empty() && lowered.find(word) != std::string::npos) return kind.name;
    }
  }
  return nullptr;
}

std::string trimmed(std::string_view text) {
  constexpr std::string_view kSpaces = " \t\r\n";
  const auto first = text.find_first_not_of(kSpaces);
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(kSpaces) - first + 1));
}

// Where a <meta http-equiv="refresh" content="0;url=…"> sends the reader; "" for none or a page that only reloads.
std::string refresh_target(const ParsedPage& page) {
  for (const auto& [key, content] : page.meta) {
    if (key != "refresh") continue;
    const auto url = lower_ascii(content).find("url=");
    if (url == std::string::npos) continue;
    std::string target = trimmed(std::string_view(content).substr(url + 4));
    std::erase_if(target, [](char c) { return c == '\'' || c == '"'; });
    if (!target.empty()) return target;
  }
  return {};
}

// Where a script that does nothing but send the reader elsewhere (location.href = "…") sends them. A script that
// decides first (a portal's mobile redirect tests navigator.userAgent) is the page's machinery, not its content.
std::string script_redirect_target(const ParsedPage& page) {
  constexpr std::size_t kLongestRedirectScript = 300;  // bytes without spaces
  constexpr std::array<std::string_view, 6> kDecisions = {"if(", "?", "&&", "||", "navigator", "switch"};
  for (const auto& script : page.scripts) {
    std::string code = script;
    std::erase_if(code, [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
    if (code.empty() || code.size() > kLongestRedirectScript) continue;
    const std::string lowered = lower_ascii(code);
    const bool decides = std::any_of(kDecisions.begin(), kDecisions.end(),
                                     [&](std::string_view word) { return lowered.find(word) != std::string::npos; });
    const auto location = lowered.find("location");
    if (decides || location == std::string::npos) continue;
    const auto quote = code.find_first_of("'\"", location);
    if (quote == std::string::npos) continue;
    const auto close = code.find(code[quote], quote + 1);
    if (close == std::string::npos) continue;
    return code.substr(quote + 1, close - quote - 1);
  }
  return {};
}

// A line opening with a heading marker (一、, （二）): a report's structure, however short.
bool has_a_numbered_line(std::string_view text) {
  for (std::size_t from = 0; from <= text.size();) {
    const auto end = std::min(text.find('\n', from), text.size());
    if (heading_marker_length(decode_utf8(text.substr(from, end - from))) > 0) return true;
    from = end + 1;
  }
  return false;
}

std::size_t visible_characters(std::string_view text) {
  const std::u32string decoded = decode_utf8(text);
  return static_cast<std::size_t>(
      std::count_if(decoded.begin(), decoded.end(), [](char32_t c) { return c != U' ' && c != U'\n'; }));
}

std::string refused(const char* kind, const std::string& evidence) {
  return std::string("the file is a web site's ") + kind + ", not a report (the download failed); " + evidence;
}

// The characters of the lines that are sentences (a title, an info table's cells and a 附件 line are none).
std::size_t sentence_characters(std::string_view text) {
  std::size_t characters = 0;
  for (std::size_t from = 0; from <= text.size();) {
    const auto end = std::min(text.find('\n', from), text.size());
    const std::string_view line = text.substr(from, end - from);
    for (const std::string_view mark : {"。", "，", "；"}) {
      if (line.find(mark) != std::string_view::npos) {
        characters += visible_characters(line);
        break;
      }
    }
    from = end + 1;
  }
  return characters;
}

// The document a link names, its file name after the last slash and before a query (/attach/bg.pdf?v=2 is bg.pdf).
std::string file_name(std::string_view link) {
  link = link.substr(0, std::min(link.find_first_of("?#"), link.size()));
  return std::string(link.substr(link.find_last_of('/') == std::string_view::npos ? 0 : link.find_last_of('/') + 1));
}

// The kind of report document a link names (PDF, OFD, DOC…), or "".
std::string document_kind(std::string_view link) {
  const std::string name = lower_ascii(file_name(link));
  for (const std::string_view extension : {".pdf", ".ofd", ".docx", ".doc", ".wps"}) {
    if (name.ends_with(extension)) {
      std::string kind(extension.substr(1));
      for (auto& c : kind) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return kind;
    }
  }
  return {};
}

// The report's document among the page's links (附件：<a href="/u/031547.pdf">…报告.pdf</a>), as "label, file" or
// "file": the first link to a PDF, OFD, DOC, DOCX or WPS whose label or file names a report, else the first such
// link. "" when the page links none.
std::string attached_report(const ParsedPage& page) {
  std::string first;
  for (const PageLink& link : page.links) {
    if (document_kind(link.href).empty()) continue;
    const std::string file = file_name(link.href);
    const std::string label = trimmed(link.text);
    const std::string named = label.empty() || label == file ? file : label + ", " + file;
    if (names_a_report(label) || names_a_report(file)) return named;
    if (first.empty()) first = named;
  }
  return first;
}

// A query value as the viewer reads it: %2F is /, + stays (a file name may hold one).
std::string percent_decoded(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '%' && i + 2 < value.size() && std::isxdigit(static_cast<unsigned char>(value[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(value[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(value.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += value[i];
    }
  }
  return out;
}

// The document an embedded element shows: its source when that names one, else the document a viewer page is
// given in its query (pdf.js's /pdfjs/web/viewer.html?file=%2Fu%2Fbg.pdf#page=1, an OFD reader's ofdview.html?url=…
// or, routed in its fragment, /ofd/#/?file=…), whatever the parameter's name. "" when it names none.
std::string shown_document(std::string_view source) {
  if (!document_kind(source).empty()) return std::string(source);
  const std::size_t query = source.find('?');
  if (query == std::string_view::npos) return {};
  std::string_view parameters = source.substr(query + 1);
  while (!parameters.empty()) {
    const std::size_t end = std::min(parameters.find_first_of("&#"), parameters.size());
    const std::string_view parameter = parameters.substr(0, end);
    if (const std::size_t equals = parameter.find('='); equals != std::string_view::npos) {
      std::string value = percent_decoded(parameter.substr(equals + 1));
      if (!document_kind(value).empty()) return value;
    }
    parameters.remove_prefix(std::min(end + 1, parameters.size()));
  }
  return {};
}

std::string listed(const std::vector<std::string>& sources) {
  constexpr std::size_t kMostListed = 3;
  std::string out;
  for (std::size_t i = 0; i < sources.size() && i < kMostListed; ++i) out += (i > 0 ? ", " : "") + sources[i];
  if (sources.size() > kMostListed) out += ", …";
  return out;
}

}  // namespace

std::string held_instead_of_report_text(const ParsedPage& page, std::string_view article_text) {
  // A report's opening alone is a few sentences; a page's caption over its PDF (请点击下载) is one.
  constexpr std::size_t kFewestReportCharacters = 100;
  if (sentence_characters(article_text) >= kFewestReportCharacters || has_a_numbered_line(article_text)) return {};
  const std::string_view lead = "the page holds no report text";
  for (const std::string& source : page.embedded) {
    const std::string document = shown_document(source);
    if (const std::string kind = document_kind(document); !kind.empty())
      return std::string(lead) + ": the report is an embedded " + kind + " (" + file_name(document) + ")";
  }
  if (!page.frames.empty()) return std::string(lead) + ": the report is in frames (" + listed(page.frames) + ")";
  if (!page.embedded.empty())
    return std::string(lead) + ": the report is in an embedded page (" + listed(page.embedded) + ")";
  // A link to the report's document, posted with no text of its own (附件：…报告.pdf, 全文详见附件。): the page's
  // pictures are then the portal's (a 公安备案 badge), not scanned pages.
  if (const std::string attached = attached_report(page); !attached.empty())
    return std::string(lead) + ": the report is an attachment (" + attached + ")";
  if (!page.images.empty()) {
    return std::string(lead) + ", only " + std::to_string(page.images.size()) +
           (page.images.size() == 1 ? " image (" : " images (") + listed(page.images) + ")";
  }
  return {};
}

std::string served_instead_of_a_report(const ParsedPage& page, std::string_view article_text) {
  const std::string title = trimmed(page.title);
  if (names_a_report(page_title(page)) || names_a_report(article_text)) return {};
  if (visible_characters(article_text) > kLongestNearEmptyArticle) return {};
  if (const char* kind = kind_named_in(title)) return refused(kind, "its title says " + title);
  // Below its title, a page with a report's structure is a report, whatever frame the portal set it in (a login
  // box, a mobile redirect) and whatever it tells citizens (登录政务服务网).
  if (has_a_numbered_line(article_text)) return {};
  if (const std::string target = refresh_target(page); !target.empty()) {
    return refused(kPageKinds[2].name, "it refreshes to " + target);
  }
  if (const std::string target = script_redirect_target(page); !target.empty()) {
    return refused(kPageKinds[2].name, "its script sends the reader to " + target);
  }
  if (page.password_field) return refused(kPageKinds[1].name, "it asks for a password");
  if (const char* kind = kind_named_in(article_text)) {
    std::string said(article_text);
    std::replace(said.begin(), said.end(), '\n', ' ');
    return refused(kind, "it says " + said);
  }
  return {};
}

}  // namespace docpipe::html
