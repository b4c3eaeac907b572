#include "document_genre.hpp"

#include <algorithm>
#include <iterator>
#include <optional>

#include "attachment_label.hpp"
#include "docpipe/text.hpp"

namespace docpipe::sections {

namespace {

// Words a report's title is written with; 情况 alone (…法治政府建设情况) is a report's title in this genre.
constexpr std::u32string_view kReportWords[] = {U"报告", U"总结", U"述职", U"述法", U"情况", U"年报"};
// Words after a report's word that make it a thing of another text's (年度报告制定和公开工作办法, 案件报告制度,
// 做好年度报告工作的通知): the reporting, not a report; or the subject of a news story, a meeting held on the
// reports (…年度报告评议会, …工作总结会, …报告发布会, 述职报告会): the story's lead then says what it is.
constexpr std::u32string_view kReportingAsATopic[] = {U"工作", U"制度", U"制定", U"编制",  U"公开",
                                                      U"报送", U"评议", U"评审", U"发布会"};
// A meeting right after a report's word (…总结会, 述职报告会召开): 会 alone ending the title, or a meeting's word.
// Not 会 before anything else, which is another word (情况会商, 总结会签, 会同).
constexpr std::u32string_view kMeetingWords[] = {U"会议", U"会上", U"大会", U"会召开", U"会举行", U"会在"};

bool opens_on_a_meeting(std::u32string_view after) {
  if (after == U"会") return true;
  return std::any_of(std::begin(kMeetingWords), std::end(kMeetingWords),
                     [&](std::u32string_view word) { return after.starts_with(word); });
}

// A graphic or a question-and-answer retelling of the report, named at the title's start.
constexpr std::u32string_view kInterpretationOpenings[] = {U"一图", U"图解"};  // 一图读懂, 一图看懂, 一图速览
constexpr std::u32string_view kInterpretationEndings[] = {U"解读", U"答记者问", U"问答"};

struct Ending {
  std::u32string_view word;
  const char* genre;
};
// The word that ends a title names its document (the last noun of 关于…的通知). 安排 and 计划 end next year's plan
// alone; a report with its plan (…总结和2025年工作计划) names its report first.
constexpr Ending kEndings[] = {
    {U"要点", "plan"},     {U"计划", "plan"},   {U"方案", "plan"},   {U"规划", "plan"},   {U"安排", "plan"},
    {U"任务分工", "plan"}, {U"通知", "notice"}, {U"通报", "notice"}, {U"的函", "notice"}, {U"复函", "notice"},
    {U"公告", "notice"},   {U"通告", "notice"}, {U"批复", "notice"}, {U"办法", "rules"},  {U"规定", "rules"},
    {U"细则", "rules"},    {U"意见", "rules"},  {U"决定", "rules"},  {U"指引", "rules"},  {U"指南", "rules"},
    {U"制度", "rules"},    {U"规则", "rules"},  {U"纲要", "plan"},   {U"清单", "plan"},
};

const char* genre_of_ending(std::u32string_view text) {
  for (const Ending& ending : kEndings) {
    if (text.ends_with(ending.word)) return ending.genre;
  }
  return nullptr;
}

// Verbs of a notice that carries another text (关于印发…的通知): the genre is that text's.
constexpr std::u32string_view kCarryingVerbs[] = {U"印发", U"转发", U"下发", U"报送", U"呈报", U"上报", U"发布"};

// What follows a report's word when the title's last noun is another document's, just after 的 (…情况的通报,
// …报告的函): the words of the ending and no more.
// A bulletin names its subject's word right before its own, 的 or not (…热线运行情况通报, 第5期工作情况通报).
bool ends_on_the_documents_noun(std::u32string_view after) {
  constexpr std::size_t kLongestEnding = 5;  // 的 and a genre's word (的任务分工)
  if (after == U"通报") return true;
  return after.starts_with(U'的') && after.size() <= kLongestEnding && genre_of_ending(after) != nullptr;
}

// Whether `text` holds a report's word (报告, 总结, 情况 …) that no word after it makes the reporting a topic
// (报告制度): the genre's test, stricter than report_metadata.hpp's names_a_report, which any title word passes.
bool holds_a_report_word_not_as_a_topic(std::u32string_view text) {
  for (const std::u32string_view word : kReportWords) {
    for (auto at = text.find(word); at != std::u32string_view::npos; at = text.find(word, at + word.size())) {
      const std::u32string_view after = text.substr(at + word.size());
      // 情况报告, 总结报告: the last of the words is the one that says what follows them (…情况报告发布会).
      const auto starts_after = [&](std::u32string_view next) { return after.starts_with(next); };
      if (std::any_of(std::begin(kReportWords), std::end(kReportWords), starts_after)) continue;
      // The report's word before the title's last noun (…办理情况的通报, …报告的批复): what the title names is
      // the notice on that situation or report, as 关于…的通知 is a notice.
      if (ends_on_the_documents_noun(after)) continue;
      if (std::none_of(std::begin(kReportingAsATopic), std::end(kReportingAsATopic),
                       [&](std::u32string_view topic) { return after.starts_with(topic); }) &&
          !opens_on_a_meeting(after)) {
        return true;
      }
    }
  }
  return false;
}

bool is_space_or_mark(char32_t c) {
  return c == U' ' || c == U'\u3000' || c == U'\t' || c == U'。' || c == U'.' || c == U'，' || c == U'、' ||
         c == U'：' || c == U':';
}

// The title without what its book marks hold (《…》, 〈…〉), which names another text, and without a bracketed note at
// its end (（征求意见稿）, （2025年）, 【5篇】); `quoted` collects the marked names.
std::u32string outer_words(std::u32string_view title, std::u32string& quoted) {
  std::u32string outer;
  int depth = 0;
  for (const char32_t c : title) {
    if (c == U'《' || c == U'〈') {
      ++depth;
      continue;
    }
    if ((c == U'》' || c == U'〉') && depth > 0) {
      --depth;
      continue;
    }
    (depth > 0 ? quoted : outer) += c;
  }
  while (!outer.empty()) {
    if (is_space_or_mark(outer.back())) {
      outer.pop_back();
    } else if (outer.back() == U'）' || outer.back() == U')' || outer.back() == U'】') {
      const auto open = outer.find_last_of(U"（(【");
      if (open == std::u32string::npos || open == 0) break;
      outer.erase(open);
    } else {
      break;
    }
  }
  return outer;
}

// Whether a title names a year's work before a later year's plan (…2023年度法治政府建设工作和2024年工作安排,
// …建设及2024年工作计划 under a 2023 title): a report with its plan, as …总结和2024年工作计划 is. A span (2021—2025年)
// names one plan's years, not the work of an earlier one.
bool names_a_years_work_before_a_later_plan(std::u32string_view title) {
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  std::optional<int> earliest;  // the earliest year named on its own, not opening a span
  for (std::size_t i = 0; i + 4 < title.size(); ++i) {
    if ((i > 0 && is_digit(title[i - 1])) || !std::all_of(title.begin() + static_cast<std::ptrdiff_t>(i),
                                                          title.begin() + static_cast<std::ptrdiff_t>(i + 4), is_digit))
      continue;
    if (i + 4 < title.size() && is_digit(title[i + 4])) continue;
    int year = 0;
    for (std::size_t k = i; k < i + 4; ++k) year = year * 10 + static_cast<int>(title[k] - U'0');
    std::size_t after = i + 4;
    if (after < title.size() && title[after] == U'年') ++after;
    if (after < title.size() && title[after] == U'度') ++after;
    const bool opens_a_span =
        after < title.size() && std::u32string_view(U"—–-－~～至到").find(title[after]) != std::u32string_view::npos;
    if (earliest && year > *earliest) return true;
    if (!opens_a_span && (!earliest || year < *earliest)) earliest = year;
    i += 3;
  }
  return false;
}

// The other annual reports a government or a department writes, which a portal files in the same column or a
// bureau receives by mistake with this genre's: each names its subject in the title (…政府信息公开工作年度报告,
// …政府工作报告, …安全生产工作总结, …优化营商环境工作情况报告, …党风廉政建设…, …年度绩效自评报告). A title naming
// none of them (…2024年工作总结) says nothing of its subject, and stays a report.
constexpr std::u32string_view kOtherReportSubjects[] = {
    U"信息公开", U"政务公开", U"政府工作报告", U"安全生产", U"营商环境", U"党风廉政", U"廉政建设", U"廉洁", U"绩效",
    U"预算执行", U"决算", U"国有资产", U"审计工作", U"国民经济", U"基层党建", U"意识形态", U"全面从严治党", U"乡村振兴",
    U"河长制", U"林长制", U"信访工作", U"生态环境", U"环境状况",
    // The citizens' channels a government reports on by the week, month or quarter: 12345热线, 市长信箱.
    U"12345", U"热线", U"信箱"};
// The rule-of-law family's words: a report naming one of them with another subject is still this genre's
// (…法治政府建设和政府信息公开工作报告, …依法行政暨政务公开工作总结), and so are a leader's 述法报告, the 普法 or
// 法治宣传教育 reports (…“谁执法谁普法”履职报告) and a report on enforcement (…安全生产执法工作情况报告), which the
// same 依法治县办 collects: they report on a duty of the rule-of-law work, not on another work of the government.
constexpr std::u32string_view kRuleOfLawWords[] = {U"法治", U"法制", U"依法", U"普法", U"述法", U"执法"};

bool holds_a_rule_of_law_word(std::u32string_view text) {
  return std::any_of(std::begin(kRuleOfLawWords), std::end(kRuleOfLawWords),
                     [&](std::u32string_view word) { return text.find(word) != std::u32string_view::npos; });
}

// What an organ's name ends with: a subject at the head of one names the organ that reports, not what it reports on
// (市生态环境局2024年工作总结, 县营商环境建设局…, 生态环境分局…, 县国有资产监督管理委员会…): its report may be of any
// subject.
constexpr std::u32string_view kOrganEndings[] = {U"局", U"厅",   U"委",     U"办",    U"所",
                                                 U"站", U"中心", U"委员会", U"办公室"};
// How far after the subject an organ's name may end (营商环境 + 建设局, 国有资产 + 监督管理委员会).
constexpr std::size_t kLongestOrganTail = 8;

// Whether the subject ending at `after` heads the name of the organ that reports: the words after it, up to the year,
// a 关于 or the title's end and no farther than an organ's name runs, end as an organ's name does.
bool heads_an_organs_name(std::u32string_view title, std::size_t after) {
  std::size_t end = after;
  while (end < title.size() && end - after < kLongestOrganTail && !(title[end] >= U'0' && title[end] <= U'9') &&
         title[end] != U'年' && title[end] != U'关') {
    ++end;
  }
  const std::u32string_view tail = title.substr(after, end - after);
  return std::any_of(std::begin(kOrganEndings), std::end(kOrganEndings),
                     [&](std::u32string_view ending) { return tail.ends_with(ending); });
}

bool names_another_subject(std::u32string_view written) {
  // A title set in a PDF with spaces between its characters (法 治政府) is read without them.
  std::u32string title;
  for (const char32_t c : written) {
    if (c != U' ' && c != U'\u3000') title.push_back(c);
  }
  if (holds_a_rule_of_law_word(title)) return false;
  for (const std::u32string_view subject : kOtherReportSubjects) {
    for (auto at = title.find(subject); at != std::u32string::npos; at = title.find(subject, at + 1)) {
      if (!heads_an_organs_name(title, at + subject.size())) return true;
    }
  }
  return false;
}

}  // namespace

std::string genre_of_title(std::u32string_view title) {
  std::u32string quoted;
  const std::u32string outer = outer_words(title, quoted);
  if (outer.empty()) return {};
  if (std::any_of(std::begin(kInterpretationOpenings), std::end(kInterpretationOpenings),
                  [&](std::u32string_view word) { return outer.starts_with(word); }) ||
      std::any_of(std::begin(kInterpretationEndings), std::end(kInterpretationEndings),
                  [&](std::u32string_view word) { return outer.ends_with(word); }) ||
      outer.find(U"解读：") != std::u32string::npos || outer.find(U"解读:") != std::u32string::npos) {
    return "interpretation";
  }
  if (holds_a_report_word_not_as_a_topic(outer)) return names_another_subject(outer) ? "other-report" : "";
  const char* genre = genre_of_ending(outer);
  if (!genre) return {};
  if (std::string_view(genre) == "plan" && names_a_years_work_before_a_later_plan(outer)) return {};
  const auto verb = std::find_if(std::begin(kCarryingVerbs), std::end(kCarryingVerbs),
                                 [&](std::u32string_view word) { return outer.find(word) != std::u32string::npos; });
  if (std::string_view(genre) == "notice" && verb != std::end(kCarryingVerbs)) {
    // What the notice carries: the marked name, else the words between its verb and 的通知.
    std::u32string_view carried = quoted;
    if (carried.empty()) {
      carried = std::u32string_view(outer).substr(outer.find(*verb) + verb->size());
      if (const auto of = carried.rfind(U'的'); of != std::u32string_view::npos) carried = carried.substr(0, of);
    }
    if (holds_a_report_word_not_as_a_topic(carried)) return names_another_subject(carried) ? "other-report" : "";
    if (const char* carried_genre = genre_of_ending(carried)) {
      const bool a_report_with_its_plan =
          std::string_view(carried_genre) == "plan" && names_a_years_work_before_a_later_plan(carried);
      return a_report_with_its_plan ? std::string() : std::string(carried_genre);
    }
  }
  return genre;
}

namespace {

// A text of prose: long enough, with a clause in it (an addressee line, 各乡镇人民政府，…：, is one too, and says
// nothing either way).
bool is_prose(std::u32string_view paragraph) {
  constexpr std::size_t kShortestProse = 20;
  return paragraph.size() >= kShortestProse && paragraph.find_first_of(U"。，,；") != std::u32string_view::npos;
}

// Words a plan or rules name themselves with before their genre's word (制定本实施方案, 制定本工作指引,
// 制定本暂行办法); anything else after 本 names another thing (制定本单位法治建设工作方案, 本年度工作计划).
constexpr std::u32string_view kSelfNameModifiers[] = {U"工作", U"实施", U"行动", U"考核", U"评价", U"评估",
                                                      U"管理", U"暂行", U"试行", U"指导", U"专项"};

// `…，制定本方案。`: what comes after 制定本 up to the clause's end, when it is only a genre's word and modifiers.
const char* self_named_genre(std::u32string_view paragraph, std::string& evidence) {
  for (const std::u32string_view verb : {U"制定本", U"制订本"}) {
    for (auto at = paragraph.find(verb); at != std::u32string_view::npos; at = paragraph.find(verb, at + 1)) {
      std::u32string_view rest = paragraph.substr(at + verb.size());
      const auto end = rest.find_first_of(U"。，,；（(");
      if (end == std::u32string_view::npos) continue;
      const std::u32string_view name = rest.substr(0, end);
      std::u32string_view core = name;
      for (bool stripped = true; stripped;) {
        stripped = false;
        for (const std::u32string_view modifier : kSelfNameModifiers) {
          if (core.size() > modifier.size() && core.starts_with(modifier)) {
            core.remove_prefix(modifier.size());
            stripped = true;
          }
        }
      }
      const auto ending =
          std::find_if(std::begin(kEndings), std::end(kEndings), [&](const Ending& e) { return e.word == core; });
      if (ending != std::end(kEndings)) {
        evidence = encode_utf8(std::u32string(verb) + std::u32string(name));
        return ending->genre;
      }
    }
  }
  for (const std::u32string_view phrase :
       {U"提出如下意见", U"提出以下意见", U"提出如下实施意见", U"提出以下实施意见"}) {
    if (paragraph.find(phrase) != std::u32string_view::npos) {
      evidence = encode_utf8(phrase);
      return "rules";
    }
  }
  if (paragraph.find(U"通知如下") != std::u32string_view::npos) {
    evidence = "通知如下";
    return "notice";
  }
  return nullptr;
}

// A news story's lead: a wire's or paper's mark (本报讯, 本网讯), 近日 or 日前, or a day and month with no year, the
// time of day after it (7月4日，…, 4月24日上午，…), or a day alone before the time of day (7日上午，…).
std::string news_lead(std::u32string_view paragraph) {
  for (const std::u32string_view mark : {U"本报讯", U"本网讯", U"本台讯", U"本刊讯", U"新华社"}) {
    if (paragraph.starts_with(mark)) return encode_utf8(mark);
  }
  // A paper's or an account's own mark, its name before 讯, then its reporter in brackets or a space
  // (昆仑讯（通讯员 冯春燕）…, 湖南日报讯（记者 …）): no report opens on a medium's name.
  constexpr std::size_t kLongestMediumName = 8;
  if (const auto mark = paragraph.find(U'讯');
      mark != std::u32string_view::npos && mark >= 2 && mark <= kLongestMediumName && mark + 1 < paragraph.size() &&
      std::all_of(paragraph.begin(), paragraph.begin() + mark, is_han) &&
      std::u32string_view(U"（( \u3000").find(paragraph[mark + 1]) != std::u32string_view::npos) {
    const std::u32string_view after = paragraph.substr(mark + 2);
    if (after.starts_with(U"记者") || after.starts_with(U"通讯员") || after.starts_with(U"见习记者") ||
        paragraph[mark + 1] == U' ' || paragraph[mark + 1] == U'\u3000') {
      return encode_utf8(paragraph.substr(0, mark + 1));
    }
  }
  // A report tells a year (2024年，…, 今年以来，…); a story, the days just past.
  for (const std::u32string_view recently : {U"近日，", U"近日,", U"日前，", U"日前,"}) {
    if (paragraph.starts_with(recently)) return encode_utf8(recently.substr(0, 2));
  }
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < paragraph.size() && is_digit(paragraph[i]) && i - from < 2) ++i;
    return i > from && (i >= paragraph.size() || !is_digit(paragraph[i]));
  };
  if (!digits() || i >= paragraph.size() || (paragraph[i] != U'月' && paragraph[i] != U'日')) return {};
  // A day alone (7日上午，…, as local papers date the week's stories) only with the time of day after it.
  const bool day_alone = paragraph[i] == U'日';
  if (!day_alone) {
    ++i;
    if (!digits() || i >= paragraph.size() || paragraph[i] != U'日') return {};
  }
  ++i;
  bool timed = false;
  for (const std::u32string_view time : {U"上午", U"下午", U"晚上", U"晚", U"早"}) {
    if (paragraph.substr(i).starts_with(time)) {
      i += time.size();
      timed = true;
      break;
    }
  }
  if (day_alone && !timed) return {};
  if (i >= paragraph.size() || (paragraph[i] != U'，' && paragraph[i] != U',')) return {};
  return encode_utf8(paragraph.substr(0, i));
}

// The verbs a story's lead tells its event with, held or taking place (…述法现场会在区委九楼会议室召开).
constexpr std::u32string_view kEventVerbs[] = {U"召开", U"举行", U"举办", U"开班", U"揭牌", U"启动"};

// The dateline opening the clause at `at` (近日，, 日前，, 2023年3月21日，, 3月21日上午，): its words without the
// comma, empty when the clause opens otherwise. A day is named: a report's clause opens on a year alone (2024年，).
std::u32string_view dateline_at(std::u32string_view sentence, std::size_t at) {
  const std::u32string_view clause = sentence.substr(at);
  const auto closed_at = [&](std::size_t end) {
    return end < clause.size() && (clause[end] == U'，' || clause[end] == U',') ? clause.substr(0, end)
                                                                                : std::u32string_view{};
  };
  if (clause.starts_with(U"近日") || clause.starts_with(U"日前")) return closed_at(2);
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  std::size_t i = 0;
  const auto number = [&](std::size_t most, char32_t word) {
    const std::size_t from = i;
    while (i < clause.size() && is_digit(clause[i]) && i - from < most) ++i;
    if (i == from || i >= clause.size() || clause[i] != word) return false;
    ++i;
    return true;
  };
  const std::size_t year_end = [&] {
    std::size_t k = 0;
    while (k < clause.size() && is_digit(clause[k])) ++k;
    return k == 4 && k < clause.size() && clause[k] == U'年' ? k + 1 : 0;
  }();
  i = year_end;
  if (!number(2, U'月') || !number(2, U'日')) return {};
  for (const std::u32string_view time : {U"上午", U"下午", U"晚上"}) {
    if (clause.substr(i).starts_with(time)) i += time.size();
  }
  return closed_at(i);
}

// A story's dateline inside its lead's first sentences, after a clause of purpose or a saying (为进一步推动…，
// 2023年3月21日，…述法现场会在区委…召开。, “法者，治之端也”。…近日，…召开…会议。), in a clause whose sentence tells
// the event; empty when none does.
std::string dateline_within_the_lead(std::u32string_view paragraph) {
  constexpr int kLeadSentences = 3;
  std::size_t from = 0;
  for (int n = 0; n < kLeadSentences && from < paragraph.size(); ++n) {
    const std::size_t end = std::min(paragraph.find_first_of(U"。！？", from), paragraph.size());
    const std::u32string_view sentence = paragraph.substr(from, end - from);
    for (std::size_t at = 0; at < sentence.size(); ++at) {
      if (at > 0 && sentence[at - 1] != U'，' && sentence[at - 1] != U',') continue;
      const std::u32string_view dateline = dateline_at(sentence, at);
      if (dateline.empty()) continue;
      const std::u32string_view told = sentence.substr(at + dateline.size());
      if (std::any_of(std::begin(kEventVerbs), std::end(kEventVerbs),
                      [&](std::u32string_view verb) { return told.find(verb) != std::u32string_view::npos; })) {
        return encode_utf8(dateline);
      }
    }
    from = end + 1;
  }
  return {};
}

// A headline telling an event of the rule-of-law work, as a story's does when its page gave no dateline: a meeting
// held or a training given (…召开…工作推进会, …举办…专题培训班, …开展…法治督察), one that took place (…推进会召开,
// …培训班开班), a visit (…到…调研, …赴…督导). No report's title tells an event: a report names its year's work, and
// a notice calling a meeting (关于召开…的通知) ends in its own word, read before this.
constexpr std::u32string_view kHoldingVerbs[] = {U"召开", U"举行", U"举办", U"开展"};
constexpr std::u32string_view kEventsHeld[] = {U"会",   U"会议", U"培训", U"培训班", U"讲座", U"宣讲",
                                               U"仪式", U"论坛", U"活动", U"督察",   U"督查", U"竞赛"};
constexpr std::u32string_view kEventsTakingPlace[] = {U"会召开", U"会议召开", U"会举行", U"开班", U"揭牌", U"启动"};
constexpr std::u32string_view kVisitingVerbs[] = {U"到", U"赴", U"莅临", U"深入", U"走进"};
constexpr std::u32string_view kVisits[] = {U"调研", U"督导", U"督查", U"检查", U"考察", U"指导"};

bool tells_an_event(std::u32string_view title) {
  const auto holds = [&](std::u32string_view word) { return title.find(word) != std::u32string_view::npos; };
  const auto ends = [&](std::u32string_view word) { return title.ends_with(word); };
  if (std::any_of(std::begin(kHoldingVerbs), std::end(kHoldingVerbs), holds) &&
      std::any_of(std::begin(kEventsHeld), std::end(kEventsHeld), ends)) {
    return true;
  }
  if (std::any_of(std::begin(kEventsTakingPlace), std::end(kEventsTakingPlace), ends)) return true;
  for (const std::u32string_view verb : kVisitingVerbs) {
    const auto at = title.find(verb);
    if (at == std::u32string_view::npos) continue;
    const std::u32string_view after = title.substr(at + verb.size());
    if (std::any_of(std::begin(kVisits), std::end(kVisits),
                    [&](std::u32string_view visit) { return after.find(visit) != std::u32string_view::npos; })) {
      return true;
    }
  }
  return false;
}

// Words with which a page that only sums a report up sends its reader to the report itself (详见附件,
// 点击下载, 查看原文), or the ellipsis that cuts a summary's last sentence short. Not 附件 alone: an attachment's
// label heads a table sent with a report (附件 / 2024年度行政执法数据统计), a text of its own.
constexpr std::u32string_view kPointersToTheReport[] = {U"详见",     U"见附件",   U"点击",    U"下载",
                                                        U"查看原文", U"阅读原文", U"原文链接"};
// The ellipsis that cuts a summary's last sentence short: only at the text's end (a report writes …… in mid-text, and
// 全文 in 全文公开).
constexpr std::u32string_view kCutShort[] = {U"……", U"..."};

// A portal's summary of a report over a link to it: too short to hold a report's parts (a report on a year's work
// runs to thousands of characters, its shortest part to a paragraph), with no heading, and pointing to the report or
// cut short at its end.
bool sums_a_report_up(const std::vector<std::u32string>& preamble, bool has_headings, std::size_t characters) {
  constexpr std::size_t kShortestReport = 200;
  if (has_headings || characters >= kShortestReport || preamble.empty()) return false;
  std::u32string_view last = preamble.back();
  while (!last.empty() && (last.back() == U' ' || last.back() == U'\u3000')) last.remove_suffix(1);
  if (std::any_of(std::begin(kCutShort), std::end(kCutShort),
                  [&](std::u32string_view ellipsis) { return last.ends_with(ellipsis); })) {
    return true;
  }
  return std::any_of(preamble.begin(), preamble.end(), [](const std::u32string& paragraph) {
    return std::any_of(std::begin(kPointersToTheReport), std::end(kPointersToTheReport),
                       [&](std::u32string_view word) { return paragraph.find(word) != std::u32string::npos; });
  });
}

// A headline telling a meeting that dealt with the report (我县召开县政府常务会议 审议2024年…情况报告, 县政府
// 常务会议听取…工作汇报): a meeting's word, then a verb of deliberation before the report's word. A report's title
// names its year's work, never the meeting that passed it.
constexpr std::u32string_view kMeetingNames[] = {U"召开",   U"举行",   U"会议",   U"常务会",
                                                 U"办公会", U"党组会", U"党委会", U"会上"};
constexpr std::u32string_view kDeliberatingVerbs[] = {U"审议", U"听取", U"研究"};

bool tells_a_meeting_on_the_report(std::u32string_view title) {
  for (const std::u32string_view verb : kDeliberatingVerbs) {
    const auto at = title.find(verb);
    if (at == std::u32string_view::npos) continue;
    const std::u32string_view before = title.substr(0, at);
    if (std::any_of(std::begin(kMeetingNames), std::end(kMeetingNames),
                    [&](std::u32string_view meeting) { return before.find(meeting) != std::u32string_view::npos; })) {
      return true;
    }
  }
  return false;
}

// A yearbook's entry (年鉴条目): a year's record of an organ a local yearbook prints, its topics as bracketed labels
// run into their text (【概况】2024年，青石县司法局内设股室6个…, 【行政复议】全年…), the first of them the overview
// (概况, 概述, 基本情况); or a page that names the yearbook it is taken from, in its title (司法行政 - 榆城年鉴2025) or
// in a source's field over the text (来源：《榆城年鉴（2025）》). It states the year's facts, not a report's parts.
constexpr std::u32string_view kOverviewLabels[] = {U"【概况】", U"【概述】", U"【基本情况】", U"【综述】"};
constexpr std::u32string_view kSourceLabels[] = {U"来源", U"出处", U"资料来源", U"信息来源", U"文章来源"};

// A paragraph that opens with a bracketed label with text run in after it (【行政复议】全年办理…), not a line that is
// all label (【存在的不足】, a part's heading).
bool opens_with_a_run_in_label(std::u32string_view paragraph) {
  constexpr std::size_t kLongestLabel = 16;
  if (!paragraph.starts_with(U'【')) return false;
  const auto close = paragraph.find(U'】');
  return close != std::u32string_view::npos && close <= kLongestLabel && close + 1 < paragraph.size();
}

// Whether the document is a yearbook's entry, and what says so: nullopt for none; an empty evidence when the title
// names the yearbook, else the source's line or the overview's label.
std::optional<std::string> yearbook_evidence(std::u32string_view title, const std::vector<std::u32string>& preamble) {
  // A yearbook's name in the title, the page's (…年鉴2025, …年鉴（2025）): not one on the yearbook's making
  // (年鉴编纂工作总结), which names a report's or a plan's word, read before this.
  if (title.find(U"年鉴") != std::u32string_view::npos) return std::string();
  constexpr std::size_t kOpeningLines = 4;
  for (std::size_t i = 0; i < preamble.size() && i < kOpeningLines; ++i) {
    const std::u32string_view line = preamble[i];
    const bool a_source = std::any_of(std::begin(kSourceLabels), std::end(kSourceLabels), [&](std::u32string_view l) {
      return line.starts_with(l) && line.size() > l.size() && (line[l.size()] == U'：' || line[l.size()] == U':');
    });
    if (a_source && line.find(U"年鉴") != std::u32string_view::npos) return encode_utf8(line);
  }
  // The entry's form: its first run-in label the overview, and another after it.
  std::size_t labels = 0;
  std::string overview;
  for (const std::u32string& paragraph : preamble) {
    if (!opens_with_a_run_in_label(paragraph)) continue;
    if (labels++ == 0) {
      const auto label = std::find_if(std::begin(kOverviewLabels), std::end(kOverviewLabels),
                                      [&](std::u32string_view l) { return paragraph.starts_with(l); });
      if (label == std::end(kOverviewLabels)) return std::nullopt;
      overview = encode_utf8(*label);
    }
    if (labels >= 2) return overview;
  }
  return std::nullopt;
}

// A unit's summary of its whole year's work (海盐县气象局2018年工作总结及2019年工作思路, 平阳气象局2019年工作总结和
// 2020年计划): the year right before 工作总结 names no subject, and neither the title nor the opening's first
// paragraphs of prose name the rule-of-law work. A bureau's general report, one of whose parts may touch on 依法行政,
// is another report than this genre's; a township's report filed under such a title opens on the 法治 work it reports
// (2024年，我镇…扎实推进法治政府建设…) and stays one.
bool sums_up_a_units_whole_year(std::u32string_view title, const std::vector<std::u32string>& preamble) {
  const auto at = title.find(U"工作总结");
  if (at == std::u32string_view::npos || holds_a_rule_of_law_word(title)) return false;
  const std::u32string_view before = title.substr(0, at);
  if (!before.ends_with(U"年") && !before.ends_with(U"年度")) return false;
  constexpr std::size_t kOpeningParagraphs = 6;
  constexpr std::size_t kProseParagraphs = 2;
  std::size_t prose = 0;
  for (std::size_t i = 0; i < preamble.size() && i < kOpeningParagraphs && prose < kProseParagraphs; ++i) {
    if (!is_prose(preamble[i])) continue;
    ++prose;
    if (holds_a_rule_of_law_word(preamble[i])) return false;
  }
  return prose > 0;
}

}  // namespace

bool calls_itself_a_report(std::u32string_view title) {
  constexpr std::u32string_view kWordsOfAReportsOwnTitle[] = {U"报告", U"总结", U"汇报", U"述职", U"述法"};
  return std::any_of(std::begin(kWordsOfAReportsOwnTitle), std::end(kWordsOfAReportsOwnTitle),
                     [&](std::u32string_view word) { return title.find(word) != std::u32string_view::npos; });
}

Genre genre_of_document(std::u32string_view title, const std::vector<std::u32string>& preamble, bool has_headings,
                        std::size_t characters) {
  if (std::string genre = genre_of_title(title); !genre.empty()) return {std::move(genre), {}};
  if (std::u32string quoted; sums_up_a_units_whole_year(outer_words(title, quoted), preamble)) {
    return {"other-report", {}};
  }
  if (sums_a_report_up(preamble, has_headings, characters)) {
    return {"summary", "全文仅" + std::to_string(characters) + "字"};
  }
  if (std::u32string quoted; tells_a_meeting_on_the_report(outer_words(title, quoted))) return {"news", {}};
  // A yearbook's entry may be titled as a report's topic is (…法治政府建设情况): its form says what it is. Not a title
  // that calls itself a report (青石县审计局2024年度法治政府建设工作报告 over 【基本情况】…【主要做法】…, or a
  // yearbook office's own, 史志年鉴编纂中心…工作报告): no entry is titled so.
  if (!calls_itself_a_report(title)) {
    if (auto evidence = yearbook_evidence(title, preamble)) return {"yearbook", std::move(*evidence)};
  }
  if (holds_a_report_word_not_as_a_topic(title)) return {};
  // The opening's first paragraphs of prose: a plan names itself in its first; a notice's addressee line may
  // stand before it.
  constexpr std::size_t kOpeningParagraphs = 8;
  constexpr std::size_t kProseParagraphs = 3;
  std::size_t prose = 0;
  for (std::size_t i = 0; i < preamble.size() && i < kOpeningParagraphs && prose < kProseParagraphs; ++i) {
    const std::u32string_view paragraph = preamble[i];
    if (!is_prose(paragraph)) continue;
    if (prose++ == 0 && paragraph.find(U"如下") == std::u32string_view::npos) {
      if (std::string lead = news_lead(paragraph); !lead.empty()) return {"news", std::move(lead)};
    }
    std::string evidence;
    if (const char* genre = self_named_genre(paragraph, evidence)) return {genre, std::move(evidence)};
  }
  // A story whose lead gives no dateline (为…，青溪县司法局召开…): its headline tells the event, and it has none of a
  // report's parts. A text under such a headline with headings is a meeting's report or its record: left alone.
  if (!has_headings) {
    std::u32string quoted;
    if (tells_an_event(outer_words(title, quoted))) return {"news", {}};
    // A story that lost its headline: its dateline may stand inside its lead's first sentences.
    const auto lead =
        std::find_if(preamble.begin(), preamble.end(), [](const std::u32string& p) { return is_prose(p); });
    if (title.empty() && lead != preamble.end()) {
      if (std::string dateline = dateline_within_the_lead(*lead); !dateline.empty()) {
        return {"news", std::move(dateline)};
      }
    }
  }
  return {};
}

Genre genre_of_an_attachment(std::u32string_view first_line, std::u32string_view title, bool heads_a_reports_part) {
  const auto label = attachment_label(first_line);
  if (!label || heads_a_reports_part || !genre_of_title(title).empty()) return {};
  // A report's own words: 情况 only closing a title on the rule-of-law work (…2025年法治政府建设工作情况, as a
  // department titles its report), as a table's title names it too (…行政执法情况统计表, …办理情况汇总).
  if (calls_itself_a_report(title)) return {};
  const auto holds = [&](std::u32string_view word) { return title.find(word) != std::u32string_view::npos; };
  constexpr std::u32string_view kRuleOfLaw[] = {U"法治", U"法制", U"依法行政"};
  if (title.ends_with(U"情况") && std::any_of(std::begin(kRuleOfLaw), std::end(kRuleOfLaw), holds)) return {};
  return {"attachment", encode_utf8(label->label)};
}

Genre genre_of_a_statistics_release(std::u32string_view title) {
  constexpr std::u32string_view kReleasedFigures[] = {U"统计数据", U"数据统计"};
  std::u32string quoted;
  const std::u32string outer = outer_words(title, quoted);
  if (calls_itself_a_report(outer)) return {};
  const bool releases_figures = std::any_of(std::begin(kReleasedFigures), std::end(kReleasedFigures),
                                            [&](auto words) { return outer.find(words) != std::u32string::npos; });
  return releases_figures ? Genre{"statistics", {}} : Genre{};
}

}  // namespace docpipe::sections
