#include "page_metadata.hpp"

#include <algorithm>
#include <array>
#include <string_view>

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

std::string meta(const ParsedPage& page, std::string_view name) {
  for (const auto& [key, value] : page.meta) {
    if (key == name && !trimmed(value).empty()) return trimmed(value);
  }
  return {};
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

}  // namespace

MetadataEntries meta_tag_facts(const ParsedPage& page) {
  MetadataEntries facts;
  for (const auto& [key, names] : kMetaNames) {
    for (const auto name : names) {
      if (name.empty()) continue;
      if (std::string value = meta(page, name); !value.empty()) {
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

std::string page_title(const ParsedPage& page) {
  if (std::string title = meta(page, "articletitle"); !title.empty()) return title;
  std::string title = trimmed(page.title);
  for (const std::string_view separator : {"_", " - ", "-", "|", "｜", "—"}) {
    if (const auto at = title.find(separator); at != std::string::npos && at > 0) title = trimmed(title.substr(0, at));
  }
  return title;
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
