#include "meetings_on_law.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>

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
    if (speaks_of_law(text.substr(from, to - from))) continue;
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
