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

bool names_a_report(std::string_view text) {
  return text.find("报告") != std::string_view::npos || text.find("总结") != std::string_view::npos ||
         text.find("情况") != std::string_view::npos;
}

std::string page_title(const ParsedPage& page) {
  if (std::string title = meta(page, "articletitle"); !title.empty()) return title;
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
