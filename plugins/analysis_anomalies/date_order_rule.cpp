// Dates in an order that cannot be: a report signed after the web page that published it, or work told as done
// on a day after the report was signed. Either is a mistyped date or a report revised after signing, which
// a reviewer asks about.
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "docpipe/dates.hpp"
#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

constexpr std::size_t kMostEventsFlagged = 3;

// Words that make a later date an aim, a deadline set or a rule coming into force rather than work done
// (要求各村于2024年1月20日前完成整改; 《条例》将于2024年3月1日起施行; 计划2024年2月召开).
constexpr std::u32string_view kWordsOfTheFuture[] = {U"力争", U"争取",   U"计划", U"预计", U"目标", U"将于",
                                                     U"将在", U"即将",   U"拟",   U"施行", U"生效", U"聘期",
                                                     U"任期", U"有效期", U"期限", U"届满", U"为期"};
// Words of an instruction, which make a later date its aim only when they come before it (部署于2025年3月开展,
// 要求各村于…): after it, the date is the day the meeting that gave it met (2025年3月6日，局党组召开专题会议，
// 研究部署…), which is work done.
constexpr std::u32string_view kWordsOfAnInstruction[] = {U"要求", U"明确", U"部署", U"安排"};
// Words right before a date that make it the end of a period (聘期至2025年12月31日, 2024年12月1日至2025年1月31日,
// 截至2025年2月底): the period began before the signature.
constexpr std::u32string_view kWordsBeforeAnEnd[] = {U"至", U"到", U"截至", U"截止", U"止于"};
constexpr std::u32string_view kWordsAfterADeadline[] = {U"前", U"之前", U"以前", U"起", U"以后", U"后", U"止"};

struct WrittenDate {
  CalendarDate date;
  std::size_t start = 0;
  std::size_t end = 0;
};

// A full date written at `at` in the Chinese form (2023年12月28日, 2023年12月28号), its year in four digits or in
// Chinese numerals (二〇二四年三月十二日), as year_written_at reads it. Four digits may stand apart from their 年
// (2023 年12月28日).
std::optional<WrittenDate> date_at(std::u32string_view text, std::size_t at) {
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  const bool digits_start = is_digit(text[at]) && (at == 0 || !is_digit(text[at - 1]));
  if (!digits_start && !year_written_at(text, at)) return std::nullopt;
  std::size_t next = at;
  const auto year_month = detail::read_year_and_month(text, next);
  if (!year_month || year_month->separator != U'年' || next >= text.size() || text[next] != U'月') {
    return std::nullopt;
  }
  ++next;
  detail::skip_spaces(text, next);
  const auto day = detail::read_date_number(text, next);
  if (!day || next >= text.size() || (text[next] != U'日' && text[next] != U'号')) return std::nullopt;
  const CalendarDate date{year_month->year, year_month->month, *day};
  if (!is_valid_date(date)) return std::nullopt;
  return WrittenDate{date, at, next + 1};
}

void check_signed_after_published(RuleContext& context, const Closing& closing) {
  const auto& metadata = context.document().metadata;
  const std::string date = metadata.get("date"), published = metadata.get("published");
  // ISO dates compare as strings; a signature of month precision (2024-03) sorts before every day of its month,
  // so it is after a day only when its whole month is.
  if (date.empty() || published.empty() || date <= published) return;
  context.flag({rule::date_order, std::nullopt, closing.id,
                fmt::format("落款日期{}晚于网页发布日期{}：报告发布在前、成文在后，应核对日期", date, published),
                fmt::format("落款日期{}；发布日期{}", date, published), closing.start, closing.end});
}

void check_work_after_signature(RuleContext& context, const Closing& closing) {
  const std::string signed_on = context.document().metadata.get("date");
  if (signed_on.size() != 10 || closing.id.empty()) return;  // a full date only: 2024-01 says too little
  const std::u32string_view text = context.text();
  std::set<std::size_t> flagged_sentences;
  for (std::size_t at = 0; at + 4 < closing.start && flagged_sentences.size() < kMostEventsFlagged; ++at) {
    const auto written = date_at(text, at);
    if (!written) continue;
    at = written->end - 1;
    if (to_iso(written->date) <= signed_on) continue;
    // The year's work and the leaders' duties are told as done; a plan or a shortcoming may name later days.
    const auto kinds = context.part_at(written->start);
    if (has_kind(kinds, part::plan) || (!has_kind(kinds, part::achievements) && !has_kind(kinds, part::leadership))) {
      continue;
    }
    const std::u32string_view after = text.substr(written->end);
    const std::u32string_view before = text.substr(0, written->start);
    if (std::any_of(std::begin(kWordsAfterADeadline), std::end(kWordsAfterADeadline),
                    [&](std::u32string_view word) { return after.starts_with(word); }) ||
        std::any_of(std::begin(kWordsBeforeAnEnd), std::end(kWordsBeforeAnEnd),
                    [&](std::u32string_view word) { return before.ends_with(word); })) {
      continue;
    }
    const auto [sentence_start, sentence_end] = context.sentence_around(written->start);
    const std::u32string_view sentence = text.substr(sentence_start, sentence_end - sentence_start);
    const std::u32string_view before_in_sentence = text.substr(sentence_start, written->start - sentence_start);
    if (flagged_sentences.count(sentence_start) ||
        std::any_of(std::begin(kWordsOfTheFuture), std::end(kWordsOfTheFuture),
                    [&](std::u32string_view word) { return sentence.find(word) != std::u32string_view::npos; }) ||
        std::any_of(std::begin(kWordsOfAnInstruction), std::end(kWordsOfAnInstruction), [&](std::u32string_view word) {
          return before_in_sentence.find(word) != std::u32string_view::npos;
        })) {
      continue;
    }
    flagged_sentences.insert(sentence_start);
    context.flag({rule::date_order, std::nullopt, context.section_at(written->start),
                  fmt::format("正文记述{}的工作，晚于落款日期{}", to_iso(written->date), signed_on),
                  context.slice(sentence_start, sentence_end), written->start, written->end});
  }
}

}  // namespace

void check_date_order(RuleContext& context) {
  const Closing closing = closing_of(context.document());
  check_signed_after_published(context, closing);
  check_work_after_signature(context, closing);
}

}  // namespace docpipe::anomalies
