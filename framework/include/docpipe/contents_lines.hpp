// The lines of a table of contents in a word processor's document: Word's (or WPS's) copy of the headings with
// their page numbers, which read as the report's text would give every section twice. What marks them is the same
// in a .docx and a .doc (a contents style, a TOC field, a leader tab before a page number, typed leader dots), so
// the judgement is shared by input.docx and input.doc; each reader finds the style, field and tab stops its own way.
#pragma once

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "docpipe/text.hpp"

namespace docpipe::contents {

// A contents style by its name: toc 1…toc 9 (Word's built-in), 目录 1…, WPS's manual contents (WPSOffice手动目录 1),
// TOC Heading and 目录标题; case and spaces aside.
inline bool is_contents_style_name(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  name.erase(std::remove(name.begin(), name.end(), ' '), name.end());
  if (name == "tocheading" || name == "目录标题") return true;
  if (name.empty() || name.back() < '1' || name.back() > '9') return false;
  const std::string_view stem = std::string_view(name).substr(0, name.size() - 1);
  return stem == "toc" || stem.ends_with("目录");
}

// A field code that makes a table of contents: TOC, alone or followed by its switches (TOC \o "1-3" \h).
inline bool is_contents_field_code(std::string_view code) {
  code.remove_prefix(std::min(code.find_first_not_of(' '), code.size()));
  return code.starts_with("TOC") && (code.size() == 3 || code[3] == ' ' || code[3] == '\\');
}

// A page number as a table of contents writes it: up to four digits, or a small roman numeral (a preface's ii).
inline constexpr std::size_t kLongestPageReference = 4;
inline bool is_page_reference(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty() || text.size() > kLongestPageReference) return false;
  const bool digits = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool roman = std::all_of(text.begin(), text.end(),
                                 [](char c) { return std::string_view("ivxIVX").find(c) != std::string_view::npos; });
  return digits || roman;
}

// A heading run out to its page number by typed leader dots (一、主要举措和成效……………3): three leader characters
// or more, so that an ellipsis (……) before a figure is none.
inline bool ends_with_typed_leader_and_page(std::string_view line) {
  // Nearly every paragraph ends in a character no page number has (。，字): known from its last byte, before the
  // line (well-formed UTF-8) is decoded. Spaces aside, a page number's last character is an ASCII letter or digit,
  // as is_page_reference reads one; a page number of other characters would need this test changed with it.
  std::string_view tail = line;
  while (tail.ends_with(' ') || tail.ends_with("\u3000")) tail.remove_suffix(tail.ends_with(' ') ? 1 : 3);
  if (tail.empty() || static_cast<unsigned char>(tail.back()) >= 0x80 ||
      !std::isalnum(static_cast<unsigned char>(tail.back()))) {
    return false;
  }
  std::u32string text = decode_utf8(tail);
  const auto drop_spaces = [&] {
    while (!text.empty() && (text.back() == U' ' || text.back() == U'\u3000')) text.pop_back();
  };
  drop_spaces();
  std::string page;  // read backwards, reversed once read
  while (!text.empty() && text.back() < 0x80 && std::isalnum(static_cast<unsigned char>(text.back()))) {
    // A run longer than any page number (a code, a long figure) is none: no need to read the rest of it.
    if (page.size() > kLongestPageReference) return false;
    page.push_back(static_cast<char>(text.back()));
    text.pop_back();
  }
  std::reverse(page.begin(), page.end());
  if (!is_page_reference(page)) return false;
  drop_spaces();
  constexpr std::u32string_view kLeaders = U"…⋯·.．‥";
  constexpr std::size_t kShortestLeader = 3;
  std::size_t leader = 0;
  while (!text.empty() && kLeaders.find(text.back()) != std::u32string_view::npos) text.pop_back(), ++leader;
  drop_spaces();
  return leader >= kShortestLeader && !text.empty();
}

// The line over a table of contents: 目录 (目  录), or 目次.
inline bool names_the_contents(std::string_view text) {
  std::u32string name = decode_utf8(text);
  std::erase_if(name, [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\u00a0' || c == U'\u3000'; });
  return name == U"目录" || name == U"目次";
}

// What a reader knows of a one-line paragraph in no contents style.
struct EntryCandidate {
  std::string_view line;                        // its text, tabs as spaces
  std::optional<std::string_view> after_tab{};  // the text after its last tab, when it has one
  bool in_contents_field = false;               // inside a TOC field's result
  bool leader_tab = false;                      // it declares a tab stop with a leader (dots, a rule)
};

// A line of a table of contents in no contents style: a heading and, after a tab, its page number, in a TOC field's
// result or with a leader tab stop of its own (WPS and converted documents write them so); or a heading and its page
// number joined by typed leader dots. A paragraph of the report has no tab before a page number; a tab before a
// figure (行政处罚案件⇥126) with no leader and no TOC field stays text.
inline bool is_contents_entry(const EntryCandidate& entry) {
  if (ends_with_typed_leader_and_page(entry.line)) return true;
  if (!entry.after_tab || !is_page_reference(*entry.after_tab)) return false;
  const auto visible = [](std::string_view utf8) {
    std::size_t count = 0;
    for (const char32_t c : decode_utf8(utf8)) count += c != U' ' && c != U'\t' && c != 0x3000 && c != 0xA0;
    return count;
  };
  const bool heading_before_tab = visible(entry.line) > visible(*entry.after_tab);
  return heading_before_tab && (entry.in_contents_field || entry.leader_tab);
}

}  // namespace docpipe::contents
