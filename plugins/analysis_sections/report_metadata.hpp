// What a report says about itself: title, reporting unit, year, signature date, publication date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "docpipe/dates.hpp"

namespace docpipe::sections {

struct Region {
  std::string county;  // 华宁县, 酉阳土家族苗族自治县, 雷州市 (when written)
  std::string town;    // 青龙镇, 麻旺镇, 东里镇; a 街道 or 乡
  std::string full() const { return county + town; }
};

// The reporting unit named in `texts` (tried in order: the best sources first). County and town may
// come from different texts ("东里镇人民政府" signs, the web page names "雷州市东里镇人民政府").
Region find_region(const std::vector<std::string>& texts);

// The title: the opening lines up to the one that names the report (…报告, …总结), joined; else the first
// line when it reads as a title. `paragraphs` are the document's paragraphs before the first heading.
std::string find_title(const std::vector<std::u32string>& paragraphs);

// The year reported on: the first year in the title, else the first in the preamble.
std::optional<int> find_report_year(const std::u32string& title, const std::vector<std::u32string>& preamble);

// True when a line reads as a date, well formed or not (2024年12月24日, 2020413, 二〇二四年十二月).
bool looks_like_date(std::u32string_view line);

// True when a line reads as the issuing body of a signature block (华宁县青龙镇人民政府).
bool looks_like_issuer(std::u32string_view line);

}  // namespace docpipe::sections
