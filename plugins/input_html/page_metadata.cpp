#include "page_metadata.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "docpipe/text.hpp"

namespace docpipe::html {

namespace {

std::string trimmed(std::string_view text) {
  constexpr std::string_view kSpaces = " \t\r\n";
  const auto first = text.find_first_not_of(kSpaces);
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(kSpaces) - first + 1));
}

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The portal content systems' names (TRS, Hanweb, UCAP) for each fact, lower-case.
struct MetaName {
  const char* key;
  std::array<std::string_view, 3> names;
};
constexpr MetaName kMetaNames[] = {
    {"web.title", {"articletitle", "dc.title", "title"}},
    {"web.published", {"pubdate", "firstpublishedtime", "dc.date"}},
    {"web.source", {"contentsource", "source", "dc.publisher"}},
    {"web.site", {"sitename", "site", ""}},
    {"web.column", {"columnname", "column", ""}},
    {"web.keywords", {"keywords", "", ""}},
};

bool is_identifier_character(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

// Whether a script's key or variable names the article's publication (pubDate, publish_time, datePublished,
// releaseDate; the pinyin fbrq 发布日期 and fbsj 发布时间), compared in lower case without `_`. Not a
// modification, a copyright or a visit count: those dates are no publication's.
bool names_a_publication_date(std::string_view name) {
  static constexpr std::array<std::string_view, 13> kNames = {
      "pubdate",         "pubtime",     "publishdate", "publishtime",   "publisheddate",
      "publishedtime",   "releasedate", "releasetime", "datepublished", "firstpublishedtime",
      "publicationdate", "fbrq",        "fbsj"};
  std::string key;
  for (const char c : name) {
    if (c != '_') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return std::find(kNames.begin(), kNames.end(), key) != kNames.end();
}

// The date a string value opens with, its time after a space or a T dropped (2025-03-28 10:00:00,
// 2025-03-28T10:00:00+08:00), when the value is one.
std::optional<CalendarDate> date_of_value(std::string_view value) {
  return parse_date(decode_utf8(value.substr(0, value.find_first_of(" T"))));
}

// The string a key or a variable is given right after its name at `at` (`": "…"`, ` = '…'`), or nullopt when it is
// given nothing, a number or an expression (new Date(), a comparison ==).
std::optional<std::string_view> assigned_string(std::string_view script, std::size_t at) {
  constexpr std::size_t kLongestDateValue = 40;
  if (at < script.size() && (script[at] == '"' || script[at] == '\'')) ++at;  // a quoted key's closing quote
  while (at < script.size() && (script[at] == ' ' || script[at] == '\t')) ++at;
  if (at >= script.size() || (script[at] != ':' && script[at] != '=')) return std::nullopt;
  if (script[at] == '=' && at + 1 < script.size() && script[at + 1] == '=') return std::nullopt;
  ++at;
  while (at < script.size() && (script[at] == ' ' || script[at] == '\t')) ++at;
  if (at >= script.size() || (script[at] != '"' && script[at] != '\'')) return std::nullopt;
  const char quote = script[at++];
  const std::size_t end = script.find(quote, at);
  if (end == std::string_view::npos || end - at > kLongestDateValue) return std::nullopt;
  return script.substr(at, end - at);
}

}  // namespace

std::optional<CalendarDate> script_publication_date(const ParsedPage& page) {
  std::optional<CalendarDate> found;
  for (const std::string_view script : page.scripts) {
    for (std::size_t at = 0; at < script.size();) {
      if (!is_identifier_character(script[at]) || (at > 0 && is_identifier_character(script[at - 1]))) {
        ++at;
        continue;
      }
      std::size_t end = at;
      while (end < script.size() && is_identifier_character(script[end])) ++end;
      if (names_a_publication_date(script.substr(at, end - at))) {
        if (const auto value = assigned_string(script, end)) {
          if (const auto date = date_of_value(*value)) {
            if (found && to_iso(*found) != to_iso(*date)) return std::nullopt;
            found = date;
          }
        }
      }
      at = end;
    }
  }
  return found;
}

std::string meta_content(const ParsedPage& page, std::string_view name) {
  for (const auto& [key, value] : page.meta) {
    if (key == name && !trimmed(value).empty()) return trimmed(value);
  }
  return {};
}

MetadataEntries meta_tag_facts(const ParsedPage& page) {
  MetadataEntries facts;
  for (const auto& [key, names] : kMetaNames) {
    for (const auto name : names) {
      if (name.empty()) continue;
      if (std::string value = meta_content(page, name); !value.empty()) {
        // A publication time is "2024-12-17 09:30" or "2024-12-17T09:30:00+08:00": the date is the fact.
        if (std::string_view(key) == "web.published") value = value.substr(0, value.find_first_of(" T"));
        facts.emplace_back(key, std::move(value));
        break;
      }
    }
  }
  if (const std::string title = trimmed(page.title); !title.empty()) facts.emplace_back("web.page_title", title);
  return facts;
}

bool names_a_report(std::string_view text) {
  return text.find("报告") != std::string_view::npos || text.find("总结") != std::string_view::npos ||
         text.find("情况") != std::string_view::npos;
}

std::string page_title(const ParsedPage& page) {
  if (std::string title = meta_content(page, "articletitle"); !title.empty()) return title;
  // The parts between the separators; the first that names a report, else the first.
  std::vector<std::string> parts{trimmed(page.title)};
  for (const std::string_view separator : {"_", " - ", "-", "|", "｜", "—"}) {
    std::vector<std::string> split;
    for (const auto& part : parts) {
      std::size_t from = 0;
      for (auto at = part.find(separator); at != std::string::npos; at = part.find(separator, at + 1)) {
        const auto digit = [&](std::size_t i) { return i < part.size() && part[i] >= '0' && part[i] <= '9'; };
        if (at > 0 && digit(at - 1) && digit(at + separator.size())) continue;  // a span of years: 2021-2025
        if (at > from) split.push_back(trimmed(part.substr(from, at - from)));
        from = at + separator.size();
      }
      if (from < part.size()) split.push_back(trimmed(part.substr(from)));
    }
    std::erase_if(split, [](const std::string& part) { return part.empty(); });
    parts = std::move(split);
  }
  if (parts.empty()) return {};
  const auto report =
      std::find_if(parts.begin(), parts.end(), [](const std::string& part) { return names_a_report(part); });
  return report != parts.end() ? *report : parts.front();
}

MetadataEntries attachment_links(const ParsedPage& page) {
  constexpr std::array<std::string_view, 10> kAttachments = {".doc", ".docx", ".pdf", ".wps", ".ofd",
                                                             ".xls", ".xlsx", ".zip", ".rar", ".et"};
  MetadataEntries links;
  for (const auto& link : page.links) {
    std::string href = lower(trimmed(link.href));
    if (const auto query = href.find_first_of("?#"); query != std::string::npos) href.resize(query);
    const bool attached = std::any_of(kAttachments.begin(), kAttachments.end(), [&](std::string_view ext) {
      return href.size() > ext.size() && href.ends_with(ext);
    });
    if (!attached) continue;
    links.emplace_back("web.attachment", trimmed(link.href));
    if (const std::string label = trimmed(link.text); !label.empty()) links.emplace_back("web.attachment_title", label);
  }
  return links;
}

}  // namespace docpipe::html
