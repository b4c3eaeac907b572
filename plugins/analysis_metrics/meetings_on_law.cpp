#include "meetings_on_law.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>

#include "docpipe/text.hpp"

namespace docpipe::metrics {

namespace {

// The taxonomy's code for meetings on the rule of law (configs/default.xml).
constexpr std::string_view kMeetingsCode = "rule_of_law_meetings";
// How far a clause or a sentence is read either side of a figure: a text without punctuation must not make every
// figure read the whole document.
constexpr std::size_t kLongestClause = 60;
constexpr std::size_t kLongestSentence = 200;
// The characters before 法 that make it a way or a means, not law: 办法, 方法, 做法, 想法, 设法, 无法, 手法, 算法,
// 说法.
constexpr std::u32string_view kNotLawBefore = U"办方做想设无手算说";
constexpr std::u32string_view kLawWithoutFa[] = {U"复议", U"诉讼", U"规范性文件"};

bool ends_a_clause(char32_t c) { return std::u32string_view(U"，,；;。！？!?\n").find(c) != std::u32string_view::npos; }
bool ends_a_sentence(char32_t c) { return std::u32string_view(U"；;。！？!?\n").find(c) != std::u32string_view::npos; }

// Verbs that say what a meeting took up (专题会议研究安全生产工作, 召开专题会议3次，部署防汛工作).
constexpr std::u32string_view kTopicVerbs[] = {U"研究", U"部署", U"听取", U"审议", U"学习", U"传达", U"解决", U"推进"};

// A count of topic meetings alone (召开专题会议): not one that lists the body's general sessions with them
// (局务会、专题会36次), which take up whatever comes.
bool counts_topic_meetings_alone(std::u32string_view name) {
  constexpr std::u32string_view kGeneralSessions[] = {U"局务会", U"常务会", U"党委会", U"党组会", U"办公会", U"常委会"};
  return name.find(U"专题") != std::u32string_view::npos &&
         name.find_first_of(U"、和及") == std::u32string_view::npos &&
         std::none_of(std::begin(kGeneralSessions), std::end(kGeneralSessions),
                      [&](std::u32string_view session) { return name.find(session) != std::u32string_view::npos; });
}

bool names_a_topic(std::u32string_view words) {
  return std::any_of(std::begin(kTopicVerbs), std::end(kTopicVerbs),
                     [&](std::u32string_view verb) { return words.find(verb) != std::u32string_view::npos; });
}

}  // namespace

bool speaks_of_law(std::u32string_view words) {
  for (std::size_t at = words.find(U'法'); at != std::u32string_view::npos; at = words.find(U'法', at + 1)) {
    if (at == 0 || kNotLawBefore.find(words[at - 1]) == std::u32string_view::npos) return true;
  }
  return std::any_of(std::begin(kLawWithoutFa), std::end(kLawWithoutFa),
                     [&](std::u32string_view word) { return words.find(word) != std::u32string_view::npos; });
}

void clear_meetings_on_no_law(std::vector<Metric>& metrics, std::u32string_view text) {
  for (Metric& metric : metrics) {
    if (metric.code != kMeetingsCode || metric.start > text.size() || metric.end > text.size()) continue;
    std::size_t from = metric.start;
    while (from > 0 && metric.start - from < kLongestClause && !ends_a_clause(text[from - 1])) --from;
    std::size_t to = metric.end;
    while (to < text.size() && to - metric.end < kLongestClause && !ends_a_clause(text[to])) ++to;
    const std::u32string_view clause = text.substr(from, to - from);
    if (speaks_of_law(clause)) continue;
    // The clause after it in the sentence says what the meetings took up as often (全年召开局党组会议5次，专题研究法治
    // 政府建设工作).
    std::size_t next_end = to;
    if (next_end < text.size() && !ends_a_sentence(text[next_end])) {
      ++next_end;
      while (next_end < text.size() && next_end - to < kLongestClause && !ends_a_clause(text[next_end])) ++next_end;
    }
    std::u32string_view next_clause = text.substr(to, next_end - to);
    // Not a part of the count (…24次，其中专题研究法治建设6次: those are the meetings on law, not all of them), nor
    // another deed with a figure of its own (召开局务会12次，审查规范性文件8件).
    if (const auto words = next_clause.substr(std::min<std::size_t>(1, next_clause.size()));
        words.starts_with(U"其中") || words.starts_with(U"包括") || words.starts_with(U"含") ||
        std::any_of(words.begin(), words.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
      next_clause = {};
    }
    if (speaks_of_law(next_clause)) continue;
    // A topic meeting (专题会议) whose topic the sentence leaves unsaid (（一）加强组织领导。全年召开专题会议4次。) is
    // one on the report's topic, the rule of law; one that names another (专题会议研究安全生产工作4次, or in the
    // clause after it) is not.
    if (counts_topic_meetings_alone(decode_utf8(metric.indicator)) && !names_a_topic(clause) &&
        !names_a_topic(next_clause)) {
      continue;
    }
    // The sentence's opening clause, when the figure's is a later one.
    std::size_t sentence = from;
    while (sentence > 0 && from - sentence < kLongestSentence && !ends_a_sentence(text[sentence - 1])) --sentence;
    std::size_t opening_end = sentence;
    while (opening_end < from && !ends_a_clause(text[opening_end])) ++opening_end;
    if (opening_end < from && speaks_of_law(text.substr(sentence, opening_end - sentence))) continue;
    metric.code.clear();
  }
}

}  // namespace docpipe::metrics
