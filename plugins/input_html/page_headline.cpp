#include "page_headline.hpp"

#include <array>
#include <string>

#include "docpipe/text.hpp"
#include "page_metadata.hpp"

namespace docpipe::html {

namespace {

constexpr std::size_t kShortestHeadline = 8;  // code points

std::u32string without_spaces(std::string_view value) {
  std::u32string out;
  for (const char32_t c : decode_utf8(value)) {
    if (c != U' ' && c != U'\u3000' && c != U'\u00a0' && c != U'\t' && c != U'\r' && c != U'\n') out += c;
  }
  return out;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Whether the title's character at `at` separates its parts (…推进会_宁川县人民政府, …推进会 - 新闻动态): not a dash
// of a 破折号 (法治护航——青溪县召开…, which is the headline's own), nor one in a span of years (2021-2025).
bool separates_parts(std::u32string_view title, std::size_t at) {
  if (at >= title.size()) return false;
  const char32_t c = title[at];
  const char32_t before = at > 0 ? title[at - 1] : U'\0';
  const char32_t after = at + 1 < title.size() ? title[at + 1] : U'\0';
  if (c == U'—') return before != U'—' && after != U'—';
  if (c == U'-' || c == U'－' || c == U'–') return !(is_digit(before) && is_digit(after));
  return c == U'_' || c == U'|' || c == U'｜';
}

// An organ's, a site's or a column's name (宁川县人民检察院, 县人大常委会, …门户网站, 法治政府建设专栏): a masthead or
// a banner, not a story.
bool names_an_organ_or_site(std::u32string_view text) {
  static constexpr std::array<std::u32string_view, 18> kEndings = {
      U"政府", U"网站", U"门户", U"网",   U"委员会", U"常委会", U"办公室", U"局",   U"院",
      U"厅",   U"所",   U"街道", U"中心", U"平台",   U"栏目",   U"专栏",   U"专题", U"频道"};
  for (const auto ending : kEndings) {
    if (text.ends_with(ending)) return true;
  }
  return false;
}

// Whether the part of the title before a headline is the site's (its SiteName, or an organ or a site by its
// ending, in any of its parts: 青溪县人民政府 - 新闻动态 - …), so the headline comes after its site's name.
bool names_the_site(std::u32string_view before, std::u32string_view site) {
  std::size_t from = 0;
  for (std::size_t at = 0; at <= before.size(); ++at) {
    if (at < before.size() && !separates_parts(before, at)) continue;
    const std::u32string_view part = before.substr(from, at - from);
    if (!part.empty() && (part == site || names_an_organ_or_site(part))) return true;
    from = at + 1;
  }
  return false;
}

}  // namespace

bool headlines_the_page(std::string_view text, const ParsedPage& page) {
  const std::u32string headline = without_spaces(text);
  const std::u32string site = without_spaces(meta_content(page, "sitename"));
  if (headline.size() < kShortestHeadline || names_an_organ_or_site(headline) || headline == site) return false;
  if (const std::string article_title = meta_content(page, "articletitle"); !article_title.empty())
    return headline == without_spaces(article_title);
  // The whole <title>, or the headline then its site's part (…推进会_青溪县人民政府), or the site's part then the
  // headline; a masthead after a story's headline (…推进会_宁川县检察) is that <title>'s site part, no headline.
  const std::u32string title = without_spaces(page.title);
  if (title == headline) return true;
  if (title.starts_with(headline) && separates_parts(title, headline.size())) return true;
  if (title.size() > headline.size() && title.ends_with(headline)) {
    const std::size_t separator = title.size() - headline.size() - 1;
    return separates_parts(title, separator) && names_the_site(std::u32string_view(title).substr(0, separator), site);
  }
  return false;
}

}  // namespace docpipe::html
