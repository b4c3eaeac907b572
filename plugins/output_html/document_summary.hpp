// What the overview shows of one document, and what its review page's header shows: taken from the
// document once, so the output keeps only this (not whole documents) until the overview is written.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docpipe/document.hpp"

namespace docpipe::html {

struct ReviewSettings {
  std::vector<std::string> parts;  // the required parts, as section kinds
  int deadline_month = 4;          // a year's report is due by this day of the next year
  int deadline_day = 1;
  // What the pages call an indicator code (admin_reconsideration_cases: 行政复议案件): a reviewer reads Chinese,
  // the code stays in the markup for scripts and in the tooltips.
  std::map<std::string, std::string, std::less<>> indicator_labels;

  // The label of `code`, or the code itself when none is configured.
  std::string_view indicator_label(std::string_view code) const {
    const auto found = indicator_labels.find(code);
    return found == indicator_labels.end() ? code : std::string_view(found->second);
  }
};

struct DocumentSummary {
  std::string id;
  std::string page;  // file name of the review page under html/
  std::string title;
  std::string region;
  // What the overview calls the report's author: the unit when it is more than the region's government
  // (鹿溪县水利局 beside the other departments of 鹿溪县), else the region; empty when neither is known.
  std::string author;
  std::string year;
  std::string date;
  std::string published;
  std::string deadline;  // YYYY-MM-DD, when the year is known
  bool late = false;     // published (or, without a publication date, dated) after the deadline
  bool ok = true;
  std::string error;
  std::vector<std::pair<std::string, bool>> parts;  // required part, present
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t figures = 0;
  // Sums per (indicator code, unit) over totals and standalone values only, so that parts are not
  // counted twice; percentages, multiples, a plan's targets and the figures of the shortcomings are left out.
  std::map<std::pair<std::string, std::string>, double> sums;
};

DocumentSummary summarize(const Document& document, const ReviewSettings& settings, std::string page);

}  // namespace docpipe::html
