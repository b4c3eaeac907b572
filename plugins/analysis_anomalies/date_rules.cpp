// Dates a reviewer would question: a report made public after the deadline, and years that do not fit
// the year reported on.
#include <fmt/format.h>

#include <set>

#include "docpipe/dates.hpp"
#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

bool has_kind(const std::vector<std::string>& kinds, const char* kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

}  // namespace

void check_late_publication(RuleContext& context) {
  if (!context.report_year()) return;
  const auto& settings = context.settings();
  const std::string deadline =
      fmt::format("{:04d}-{:02d}-{:02d}", *context.report_year() + 1, settings.deadline_month, settings.deadline_day);
  const auto& metadata = context.document().metadata;
  std::string closing_section;
  std::size_t closing_start = 0, closing_end = 0;
  for (const auto& section : context.document().sections) {
    if (section.id == "closing") closing_section = section.id, closing_start = section.start, closing_end = section.end;
  }
  if (const std::string date = metadata.get("date"); !date.empty() && date > deadline) {
    context.flag({rule::late_publication, std::nullopt, closing_section,
                  fmt::format("落款日期{}晚于{}年度报告的公开期限{}", date, *context.report_year(), deadline),
                  fmt::format("落款日期{}；期限{}", date, deadline), closing_start, closing_end});
  }
  if (const std::string published = metadata.get("published"); !published.empty() && published > deadline) {
    context.flag({rule::late_publication, std::nullopt, "",
                  fmt::format("网页发布日期{}晚于{}年度报告的公开期限{}", published, *context.report_year(), deadline),
                  fmt::format("发布日期{}；期限{}", published, deadline), 0, 0});
  }
}

void check_year_mismatch(RuleContext& context) {
  if (!context.report_year()) return;
  const int report_year = *context.report_year();
  // A heading of the year's results that names another year.
  for (const auto& section : context.document().sections) {
    if (section.level != 1 || has_kind(section.kinds, part::plan) || !has_kind(section.kinds, part::achievements))
      continue;
    for (const int year : years_written(decode_utf8(section.title), true)) {
      if (year == report_year) continue;
      context.flag({rule::year_mismatch, std::nullopt, section.id,
                    fmt::format("标题年份{}与报告年度{}不一致", year, report_year), section.number + section.title,
                    section.start, section.start + decode_utf8(section.number + section.title).size()});
    }
  }
  // Results reported for a year after the report year, once per sentence.
  std::set<std::size_t> flagged_sentences;
  for (const Metric& metric : context.document().metrics) {
    const auto kinds = context.part_at(metric.start);
    if (kinds.empty() || has_kind(kinds, part::plan) || has_kind(kinds, part::preamble) ||
        has_kind(kinds, part::closing)) {
      continue;
    }
    const auto [sentence_start, sentence_end] = context.sentence_around(metric.start);
    if (flagged_sentences.count(sentence_start)) continue;
    for (const int year : years_written(
             std::u32string_view(context.text()).substr(sentence_start, metric.start - sentence_start), true)) {
      if (year <= report_year) continue;
      flagged_sentences.insert(sentence_start);
      context.flag({rule::year_mismatch, std::nullopt, metric.section,
                    fmt::format("{}年度报告的成效部分列出了{}年的数据", report_year, year),
                    context.slice(sentence_start, sentence_end), sentence_start, sentence_end});
      break;
    }
  }
}

}  // namespace docpipe::anomalies
