// Dates a reviewer would question: a report made public after the deadline, and years that do not fit
// the year reported on.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "docpipe/dates.hpp"
#include "docpipe/text.hpp"
#include "docpipe/title_period.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// What a plan heading calls itself (2024年工作打算, 工作计划, 重点安排, 工作思路).
constexpr std::string_view kPlanWords[] = {"打算", "计划", "安排", "思路"};

struct OpeningYear {
  int year = 0;
  bool since = false;     // 2022年以来: a period from that year on
  std::size_t start = 0;  // the year as written, up to the comma after it
  std::size_t end = 0;
};

// The year a line of [from, to) opens with, as a report's first sentence does: "2022年，我乡…", "2023年以来，",
// "2023年度，", "二〇二二年，". A title ("2023年度法治政府建设…") has no comma there.
std::optional<OpeningYear> opening_year(std::u32string_view text, std::size_t from, std::size_t to) {
  for (std::size_t line = from; line < to;) {
    std::size_t line_end = text.find(U'\n', line);
    if (line_end == std::u32string_view::npos || line_end > to) line_end = to;
    std::size_t i = line;
    while (i < line_end && (text[i] == U' ' || text[i] == U'\u3000')) ++i;
    if (const auto year = i + 5 < line_end ? year_written_at(text, i) : std::nullopt) {
      std::size_t k = i + 5;
      if (text[k] == U'度') ++k;
      const bool since = text.substr(k, 2) == U"以来";
      if (since) k += 2;
      if (k < line_end && (text[k] == U'，' || text[k] == U',')) return OpeningYear{*year, since, i, k};
    }
    line = line_end + 1;
  }
  return std::nullopt;
}

// The first line of `section` after its heading that no subsection's heading opens ([start, end)), if any.
std::optional<std::pair<std::size_t, std::size_t>> first_body_line(const RuleContext& context, const Section& section) {
  const std::u32string_view text = context.text();
  std::set<std::size_t> headings;
  for (const auto& other : context.document().sections) {
    if (other.start >= section.start && other.start < section.end) headings.insert(other.start);
  }
  for (std::size_t line = section.start; line < section.end;) {
    std::size_t line_end = text.find(U'\n', line);
    if (line_end == std::u32string_view::npos || line_end > section.end) line_end = section.end;
    std::size_t first = line;
    while (first < line_end && (text[first] == U' ' || text[first] == U'\u3000')) ++first;
    const bool heading =
        std::any_of(headings.lower_bound(line), headings.upper_bound(first), [](auto) { return true; });
    if (!heading && first < line_end) return std::pair(line, line_end);
    line = line_end + 1;
  }
  return std::nullopt;
}

// The first year of a period the title names and the report year ends (2021—2023年, 2021年至2023年, or the years
// listed: 2023年度、2024年度, 2023年和2024年), if any; not a plan's span (title_period.hpp), as analysis.sections
// reads the period.
std::optional<int> period_start(std::u32string_view title, int report_year) {
  for (const auto& span : title_period::year_spans(title)) {
    if (span.last == report_year) return span.first;
  }
  return std::nullopt;
}

// A report on year Y describes Y, plans Y+1 and is signed once Y is over, or in its last quarter where a county
// collects them early (泥城镇 signed its 2024 report on 27 November 2024): whatever says otherwise contradicts
// the year the title gives.
void check_years_around_the_report_year(RuleContext& context, int report_year) {
  const std::u32string_view text = context.text();
  const auto& sections = context.document().sections;
  std::map<std::string_view, const Section*> section_by_id;
  for (const auto& section : sections) section_by_id.emplace(section.id, &section);
  // A report on several years (石门镇2021—2023年…总结, its report year the last) may open on any of them.
  const auto period = period_start(decode_utf8(context.document().metadata.get("title")), report_year);
  const auto in_the_titles_period = [&](int year) { return period && *period <= year && year < report_year; };
  // 2022年以来 may open a review of several years; only a period that starts after the report year cannot. Whether
  // [from, to) opens on a year at all.
  // In the results (`earlier_only`), a later year is the later-year figures' finding.
  const auto check_opening_year = [&](const Section& section, std::size_t from, std::size_t to, bool earlier_only) {
    const auto opening = opening_year(text, from, to);
    if (!opening) return false;
    if ((opening->since ? opening->year > report_year : opening->year != report_year) &&
        !(earlier_only && opening->year > report_year) && !in_the_titles_period(opening->year)) {
      context.flag({rule::year_mismatch, std::nullopt, section.id,
                    fmt::format("正文开头所述年份{}与报告年度{}不一致", opening->year, report_year),
                    context.slice(opening->start, opening->end), opening->start, opening->end});
    }
    return true;
  };
  bool opening_checked = false;
  for (const auto& section : sections) {
    if (section.id == "preamble") opening_checked = check_opening_year(section, section.start, section.end, false);
    // A report without a preamble opening on a year opens with its results: the first paragraph's year is the
    // report's opening (2023年，我镇… under 一、2024年主要举措和成效, a passage of last year's report kept).
    if (!opening_checked && section.level == 1 && has_kind(section.kinds, part::achievements) &&
        !has_kind(section.kinds, part::plan)) {
      opening_checked = true;
      if (const auto body = first_body_line(context, section))
        check_opening_year(section, body->first, body->second, true);
    }
    // A plan heading of its own: at level 1, or one level down when the parts are written there (（二）2023年工作
    // 打算 under 一、2023年度法治政府建设情况); not a subsection inheriting the plan (（一）巩固2023年成果).
    if (!has_kind(section.kinds, part::plan)) continue;
    if (section.level != 1) {
      const auto parent = section_by_id.find(section.parent);
      if (parent == section_by_id.end()) continue;
      // Under a heading that merges the plan with another part (三、存在的问题和下一步打算 / （二）2023年工作打算), a
      // subsection that names the plan in its own words is the plan heading.
      const auto& kinds = parent->second->kinds;
      const bool merged = has_kind(kinds, part::plan) && kinds.size() >= 2;
      const std::string& title = section.title;
      const bool names_the_plan = std::any_of(std::begin(kPlanWords), std::end(kPlanWords), [&](std::string_view word) {
        return title.find(word) != std::string::npos;
      });
      if (has_kind(kinds, part::plan) && !(merged && names_the_plan)) continue;
    }
    // The latest year it names: 2024年至2025年工作打算 in a 2024 report plans 2025 as well.
    const auto years = years_written(decode_utf8(section.title), true);
    if (years.empty()) continue;
    if (const int latest = *std::max_element(years.begin(), years.end()); latest <= report_year) {
      context.flag(
          {rule::year_mismatch, std::nullopt, section.id,
           fmt::format("工作安排部分写的是{}年，{}年度报告应安排{}年的工作", latest, report_year, report_year + 1),
           section.number + section.title, section.start,
           section.start + decode_utf8(section.number + section.title).size()});
    }
  }
  const Closing closing = closing_of(context.document());
  const auto& metadata = context.document().metadata;
  // A report on part of the year (2024年上半年…总结) is signed and published when that part is over: said once, as
  // information, instead of questioning its dates against a year's report's.
  if (const std::string part = metadata.get("period"); !part.empty()) {
    context.flag(
        {rule::year_mismatch, Severity::info, "",
         fmt::format("报告所述为{}年{}的工作，不是年度报告；落款和公开期限不按年度报告核对", report_year, part),
         metadata.get("title"), 0, 0});
    return;
  }
  const std::string last_quarter = fmt::format("{:04d}-10-01", report_year);
  // A date of month precision (2024-10) is read as its month's last day here, and as its first day for the
  // deadline (2024-04 is not after 2024-04-01): either way it is questioned only when every day of it would be.
  if (const std::string date = metadata.get("date");
      !date.empty() && (date.size() == 7 ? date + "-31" : date) < last_quarter) {
    context.flag({rule::year_mismatch, std::nullopt, closing.id,
                  fmt::format("落款日期{}早于{}年第四季度，{}年度的工作尚未做完", date, report_year, report_year),
                  fmt::format("落款日期{}", date), closing.start, closing.end});
  }
  if (const std::string published = metadata.get("published"); !published.empty() && published < last_quarter) {
    context.flag(
        {rule::year_mismatch, std::nullopt, "",
         fmt::format("网页发布日期{}早于{}年第四季度，{}年度的工作尚未做完", published, report_year, report_year),
         fmt::format("发布日期{}", published), 0, 0});
  }
}

// Where `text` writes `year` (2025年 or 二〇二五年), in order.
std::vector<std::size_t> places_of_year(std::u32string_view text, int year) {
  std::vector<std::size_t> places;
  for (std::size_t at = 0; at + 4 < text.size(); ++at) {
    if (year_written_at(text, at) == year) places.push_back(at);
  }
  return places;
}

// Whether `text` writes `year` as its first quarter (2024年1月, 2024年2月底, 2024年元月, 2024年初, 二〇二四年一月),
// when a report on the year before is written and its figures brought up to date, or names that year's new-year
// holidays, which name the December's work before them (在2025年元旦、春节来临之际，开展节前安全检查15次).
constexpr std::u32string_view kNewYearHolidays[] = {U"元旦", U"春节", U"新春", U"两节", U"新年"};
// The school year's turn in those weeks: the winter holidays and the spring term's opening (2025年春季学期开学前，
// 开展校园安全检查42次; 2025年寒假期间…), not the spring term as a whole.
constexpr std::u32string_view kStartOfTheSchoolYearsSpring[] = {U"寒假", U"春季学期开学", U"春季开学"};

// Whether `after` (what follows a year's 年) opens with a month of the first quarter or a span of them (1月,
// 2月底, 一月, 1—2月, 1至3月, 1月至2月) or a listing of them (1、2月, 1月、2月); not a span or listing that runs on
// past March (1月至6月, 1、5月).
bool opens_with_first_quarter_months(std::u32string_view after) {
  const auto first_quarter = [&](std::size_t at) {
    return at < after.size() && std::u32string_view(U"123一二三").find(after[at]) != std::u32string_view::npos;
  };
  const auto month_at = [&](std::size_t at) { return at < after.size() && after[at] == U'月'; };
  if (!first_quarter(0)) return false;
  std::size_t at = 1;
  bool month = month_at(at);
  if (month) ++at;
  constexpr std::u32string_view kJoins = U"—–-－~～至到、";
  while (at < after.size() && kJoins.find(after[at]) != std::u32string_view::npos) {
    if (!first_quarter(at + 1)) return false;
    at += 2;
    month = month_at(at);
    if (month) ++at;
  }
  return month;
}

bool writes_reporting_weeks(std::u32string_view text, int year) {
  constexpr std::size_t kYearWritten = 5;  // 2025年, 二〇二五年
  for (const std::size_t at : places_of_year(text, year)) {
    const auto after = text.substr(at + kYearWritten);
    if (opens_with_first_quarter_months(after) || after.starts_with(U"元月") || after.starts_with(U"初") ||
        after.starts_with(U"一季度") ||
        std::any_of(std::begin(kNewYearHolidays), std::end(kNewYearHolidays),
                    [&](std::u32string_view holiday) { return after.starts_with(holiday); }) ||
        std::any_of(std::begin(kStartOfTheSchoolYearsSpring), std::end(kStartOfTheSchoolYearsSpring),
                    [&](std::u32string_view turn) { return after.starts_with(turn); })) {
      return true;
    }
  }
  return false;
}

// The years `text` names as years of their own: not inside a book title (《…2021-2025年…》), and not the end of
// a period (2023—2025年, （2021-2025年）), which names a plan's span, not a year whose figures these are.
std::vector<int> years_of_their_own(std::u32string_view original) {
  std::u32string text(original);
  for (std::size_t open = text.find(U'《'); open != std::u32string::npos; open = text.find(U'《', open + 1)) {
    const std::size_t close = text.find(U'》', open);
    if (close == std::u32string::npos) break;
    std::fill(text.begin() + static_cast<std::ptrdiff_t>(open), text.begin() + static_cast<std::ptrdiff_t>(close),
              U' ');
  }
  std::vector<int> years;
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  for (std::size_t i = 0; i + 4 < text.size(); ++i) {
    const auto year = year_written_at(text, i);
    if (!year) continue;
    std::size_t before = i;
    while (before > 0 && text[before - 1] == U' ') --before;
    const bool ends_a_period =
        before >= 5 && std::u32string_view(U"—–-－~～至到").find(text[before - 1]) != std::u32string_view::npos &&
        (is_digit(text[before - 2]) || chinese_digit_value(text[before - 2]) >= 0);
    if (!ends_a_period) years.push_back(*year);
  }
  return years;
}

// A later year in the results part that a target, a budget, a programme or a law coming into force names, not
// figures of that year (力争到2025年底实现全覆盖; 已将2025年经费12万元纳入财政预算; 已列入2025年民生实事项目;
// 《条例》将于2024年5月1日起施行), nor the next year's work prepared at the year's end (提前谋划2025年重大行政决策事项
// 5项; 制定2025年普法工作要点; 完成2025年度重大行政决策事项目录编制).
constexpr std::u32string_view kWordsOfAims[] = {U"力争", U"争取", U"计划", U"预计", U"目标", U"预算",
                                                U"规划", U"列入", U"纳入", U"将于", U"将在", U"即将",
                                                U"施行", U"生效", U"谋划", U"要点", U"目录", U"编制"};

// The next year's plan drawn up in the report year (制定2025年春耕生产农资保供工作方案; 印发2025年防汛应急预案):
// the year's own work, as 谋划 and 要点 are. A clause naming `year` after a word of drawing up a document and
// before the document's name; 2025年，制定…方案 is work done in 2025.
bool draws_up_a_plan_for(std::u32string_view sentence, int year) {
  static constexpr std::u32string_view kDrawingUp[] = {U"制定", U"制订", U"印发", U"出台", U"起草", U"拟定", U"修订"};
  static constexpr std::u32string_view kPlans[] = {U"方案", U"预案", U"计划", U"要点", U"清单", U"安排"};
  for (const std::size_t at : places_of_year(sentence, year)) {
    const auto separator = sentence.find_last_of(U"，,；;：:", at);
    const std::size_t clause_start = separator == std::u32string_view::npos ? 0 : separator + 1;
    const std::u32string_view before = sentence.substr(clause_start, at - clause_start);
    const auto clause_end = sentence.find_first_of(U"，,；;：:", at);
    const std::u32string_view after =
        sentence.substr(at, clause_end == std::u32string_view::npos ? std::u32string_view::npos : clause_end - at);
    const auto holds = [](std::u32string_view text, const auto& words) {
      return std::any_of(std::begin(words), std::end(words),
                         [&](std::u32string_view word) { return text.find(word) != std::u32string_view::npos; });
    };
    if (holds(before, kDrawingUp) && holds(after, kPlans)) return true;
  }
  return false;
}

// Money, projects or a title for the next year obtained in the report year (获批2026年省级法治建设专项资金120万元;
// 省财政已下达我市2026年法律援助补助资金86万元; 成功申报2026年中央财政衔接资金项目3个; 入选2026年…培育名单): a
// result of the year, as 争取 and 列入 are. Every place `text` names `year` has a verb of obtaining in its clause
// before it; 2026年申报项目3个 is the next year's work.
bool obtained_for(std::u32string_view text, int year) {
  static constexpr std::u32string_view kObtaining[] = {U"获批", U"批复", U"获得",   U"获评",  U"入选",
                                                       U"下达", U"申报", U"申请到", U"争取到"};
  const auto places = places_of_year(text, year);
  return !places.empty() && std::all_of(places.begin(), places.end(), [&](std::size_t at) {
    const auto separator = text.find_last_of(U"，,；;：:", at);
    const std::size_t clause_start = separator == std::u32string_view::npos ? 0 : separator + 1;
    const std::u32string_view before = text.substr(clause_start, at - clause_start);
    return std::any_of(std::begin(kObtaining), std::end(kObtaining),
                       [&](std::u32string_view word) { return before.find(word) != std::u32string_view::npos; });
  });
}

}  // namespace

void check_late_publication(RuleContext& context) {
  // The deadline is a year's report's (year-mismatch says when a report covers only part of the year).
  if (!context.report_year() || !context.document().metadata.get("period").empty()) return;
  const auto& settings = context.settings();
  const std::string deadline =
      fmt::format("{:04d}-{:02d}-{:02d}", *context.report_year() + 1, settings.deadline_month, settings.deadline_day);
  const auto& metadata = context.document().metadata;
  const Closing closing = closing_of(context.document());
  // The web page's date is when the report was made public; the signature stands in for it only when the page
  // gives none (a signature after the page's date is date-order's question).
  const std::string published = metadata.get("published");
  if (const std::string date = metadata.get("date"); published.empty() && !date.empty() && date > deadline) {
    context.flag({rule::late_publication, std::nullopt, closing.id,
                  fmt::format("落款日期{}晚于{}年度报告的公开期限{}", date, *context.report_year(), deadline),
                  fmt::format("落款日期{}；期限{}", date, deadline), closing.start, closing.end});
  }
  if (!published.empty() && published > deadline) {
    context.flag({rule::late_publication, std::nullopt, "",
                  fmt::format("网页发布日期{}晚于{}年度报告的公开期限{}", published, *context.report_year(), deadline),
                  fmt::format("发布日期{}；期限{}", published, deadline), 0, 0});
  }
}

void check_year_mismatch(RuleContext& context) {
  if (!context.report_year()) return;
  const int report_year = *context.report_year();
  check_years_around_the_report_year(context, report_year);
  const auto period = period_start(decode_utf8(context.document().metadata.get("title")), report_year);
  // A heading of the year's results that names another year.
  for (const auto& section : context.document().sections) {
    if (section.level != 1 || has_kind(section.kinds, part::plan) || !has_kind(section.kinds, part::achievements))
      continue;
    const std::u32string title = decode_utf8(section.title);
    for (const int year : years_written(title, true)) {
      if (year == report_year) continue;
      // 2021年以来法治政府建设主要成效: a review of the years up to the report year.
      if (year < report_year && title.find(decode_utf8(fmt::format("{}年以来", year))) != std::u32string::npos)
        continue;
      // A report on several years (2023—2024年…报告) gives each of them its results heading.
      if (period && *period <= year && year < report_year) continue;
      context.flag({rule::year_mismatch, std::nullopt, section.id,
                    fmt::format("一级标题年份{}与报告年度{}不一致", year, report_year), section.number + section.title,
                    section.start, section.start + decode_utf8(section.number + section.title).size()});
    }
  }
  // Results reported for a year after the report year, once per sentence: in the part of the year's results
  // (the leadership part tells of 述法 held in the next January as a matter of course), and not for the weeks
  // the report is written in (2024年1月, 元月, 年初 in a 2023 report).
  std::set<std::size_t> flagged_sentences;
  for (const Metric& metric : context.document().metrics) {
    const auto kinds = context.part_at(metric.start);
    if (!has_kind(kinds, part::achievements) || has_kind(kinds, part::plan)) continue;
    const auto [sentence_start, sentence_end] = context.sentence_around(metric.start);
    if (flagged_sentences.count(sentence_start)) continue;
    const std::u32string_view before =
        std::u32string_view(context.text()).substr(sentence_start, metric.start - sentence_start);
    const std::u32string_view sentence =
        std::u32string_view(context.text()).substr(sentence_start, sentence_end - sentence_start);
    const bool aims_ahead =
        std::any_of(std::begin(kWordsOfAims), std::end(kWordsOfAims),
                    [&](std::u32string_view word) { return sentence.find(word) != std::u32string_view::npos; });
    // Each year once, in the order written, however often the sentence writes it: the checks below read every place
    // it is written.
    std::vector<int> years = years_of_their_own(before);
    std::set<int> seen;
    std::erase_if(years, [&](int year) { return !seen.insert(year).second; });
    for (const int year : years) {
      if (year <= report_year || aims_ahead) continue;
      if (year == report_year + 1 && writes_reporting_weeks(before, year)) continue;
      if (draws_up_a_plan_for(sentence, year) || obtained_for(before, year)) continue;
      flagged_sentences.insert(sentence_start);
      context.flag({rule::year_mismatch, std::nullopt, metric.section,
                    fmt::format("{}年度报告的成效部分列出了{}年的数据", report_year, year),
                    context.slice(sentence_start, sentence_end), sentence_start, sentence_end});
      break;
    }
  }
}

}  // namespace docpipe::anomalies
