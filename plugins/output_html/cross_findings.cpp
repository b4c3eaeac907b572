#include "cross_findings.hpp"

#include <fmt/format.h>

#include "labels.hpp"

namespace docpipe::html {

namespace {

constexpr const char* kPlaceholderStart = "<section class=\"cross-findings\"";
constexpr const char* kSectionEnd = "</section>";

// Text and attribute values escaped for the fragment written without HtmlWriter.
std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : xml_safe_copy(text)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string span_text(std::size_t start, std::size_t end) {
  return end > start ? fmt::format("[{}, {})", start, end) : std::string();
}

}  // namespace

void write_cross_findings(HtmlWriter& w, const std::vector<Finding>& findings, const PageNames& pages) {
  w.start("section");
  w.attribute("class", "cross-findings");
  w.attribute("aria-labelledby", "cross-findings-heading");
  w.start("h2");
  w.attribute("id", "cross-findings-heading");
  w.text(fmt::format("跨报告发现（{}）", findings.size()));
  w.end();
  if (findings.empty()) {
    w.element("p", "未发现跨报告的问题。");
    w.end();
    return;
  }
  const auto link = [&](const std::string& id) {
    const auto page = pages.find(id);
    if (page == pages.end()) {
      w.text(id);  // a previous year from a history store: no page in this run
      return;
    }
    w.start("a");
    w.attribute("href", page->second);
    w.text(id);
    w.end();
  };
  w.start("table");
  w.start("thead");
  w.start("tr");
  for (const char* column : {"报告", "规则", "严重程度", "相关报告", "说明", "依据"}) w.element("th", column);
  w.end();
  w.end();
  w.start("tbody");
  for (const auto& f : findings) {
    w.start("tr");
    w.attribute("class", std::string(to_string(f.severity)));
    w.attribute("data-rule", f.rule);
    w.start("td");
    link(f.document);
    w.end();
    w.element("td", f.rule);
    w.element("td", severity_label(f.severity));
    w.start("td");
    if (!f.other_document.empty()) link(f.other_document);
    w.end();
    w.element("td", f.message);
    w.element("td", f.evidence);
    w.end();
  }
  w.end();
  w.end();
  w.end();
}

void write_cross_findings_placeholder(HtmlWriter& w) {
  w.start("section");
  w.attribute("class", "cross-findings");
  w.attribute("hidden", "hidden");
  w.end();
}

std::string with_cross_findings(const std::string& page, const std::string& document,
                                const std::vector<const Finding*>& findings, const PageNames& pages) {
  const auto begin = page.find(kPlaceholderStart);
  if (begin == std::string::npos) return page;
  const auto end = page.find(kSectionEnd, begin);
  if (end == std::string::npos) return page;
  std::string section = fmt::format("<section class=\"cross-findings\"><h2>跨报告发现（{}）</h2><ol>", findings.size());
  for (const Finding* f : findings) {
    // Which side of the finding this page's document is: its span, and the other document with its span.
    const bool about_this = f->document == document;
    const std::string& other = about_this ? f->other_document : f->document;
    const std::string here = about_this ? span_text(f->start, f->end) : span_text(f->other_start, f->other_end);
    const std::string there = about_this ? span_text(f->other_start, f->other_end) : span_text(f->start, f->end);
    // The message speaks of the document the finding is about: on the other document's page it says so (a
    // passage of the copier "also in" this report, not "also in" itself).
    const std::string message = about_this ? f->message : fmt::format("{}：{}", f->document, f->message);
    section += fmt::format("<li class=\"{}\" data-rule=\"{}\"><span class=\"severity\">{}</span> {}",
                           to_string(f->severity), escaped(f->rule), severity_label(f->severity), escaped(message));
    std::string place = escaped(f->rule);
    if (!here.empty()) place += " · 本文" + here;
    if (!other.empty()) {
      const auto other_page = pages.find(other);
      place += " · 相关报告：" + (other_page == pages.end() ? escaped(other)
                                                            : fmt::format("<a href=\"{}\">{}</a>",
                                                                          escaped(other_page->second), escaped(other)));
      if (!there.empty()) place += " " + there;
    }
    section += "<div class=\"place\">" + place + "</div></li>";
  }
  section += "</ol></section>";
  const std::string_view before = std::string_view(page).substr(0, begin);
  const std::string_view after = std::string_view(page).substr(end + std::string_view(kSectionEnd).size());
  std::string result;
  result.reserve(before.size() + section.size() + after.size());
  result.append(before).append(section).append(after);
  return result;
}

}  // namespace docpipe::html
