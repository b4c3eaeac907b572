// Figures that state a change against an earlier period: 同比增长15%, 较上年增加16件, 比2022年多9件,
// 较上年（50份）增加14份, 同比-8.7%. analysis.metrics gives them the role `change` (never a total, a part or a
// rate's count, not summed with the year's figures); analysis.anomalies checks them against the figures they
// compare (change-mismatch).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "docpipe/heading_markers.hpp"

namespace docpipe {

namespace detail {

// What a change is measured against: the year before, or a year named (比2022年增加6件).
inline constexpr std::u32string_view kComparisonWords[] = {
    U"同比", U"较上年", U"比上年", U"较去年", U"比去年", U"与上年相比", U"较上一年", U"与去年相比", U"较", U"比"};
// The ones a signed figure may follow directly (同比-8.7%): not the bare 较, 比.
inline constexpr std::size_t kSignedAfter = std::size(kComparisonWords) - 2;
// Cuts are changes down (压减15%, 时限压缩约60%), and a change's size named as a noun is one (降幅40%, 增幅达15%).
inline constexpr std::u32string_view kUpWords[] = {U"增长", U"增加", U"上升", U"提高", U"提升",
                                                   U"多",   U"增幅", U"涨幅", U"升幅"};
inline constexpr std::u32string_view kDownWords[] = {U"下降", U"减少", U"降低", U"回落", U"下滑", U"少",
                                                     U"降幅", U"减幅", U"压减", U"压缩", U"缩短", U"缩减"};
inline constexpr std::u32string_view kSizesOfAChange[] = {U"增幅", U"涨幅", U"升幅", U"降幅", U"减幅"};
// Changes for the better or the worse that say nothing of which way the figure went (改善, 好转, 恶化).
inline constexpr std::u32string_view kWaysUnsaid[] = {U"改善", U"好转", U"恶化"};

// How far before a figure its clause is read (比2022年的218起增加, 较上年同期相比下降了): a text without
// punctuation must not make every figure read back to its start.
inline constexpr std::size_t kLongestChangeClause = 24;

// 多办理行政复议案件: the comparison's 多 or 少 and the deed that was done more or less, at most this long.
inline constexpr std::size_t kLongestDoneMoreOrLess = 9;
// The deeds (较去年多渠道化解 is no 多 of a count: 渠道 is no deed).
inline constexpr std::u32string_view kDeedsDoneMoreOrLess[] = {
    U"办理", U"受理", U"办结", U"审结", U"调解", U"化解", U"处理", U"查处", U"立案", U"开展", U"举办", U"组织",
    U"发放", U"接待", U"培训", U"检查", U"出动", U"收到", U"解答", U"提供", U"完成", U"审查", U"备案", U"征收"};

inline bool ends_a_change_clause(char32_t c) {
  return std::u32string_view(U"，,；;：:、。！？\n（(）)").find(c) != std::u32string_view::npos;
}

// +1 when the sentence around `at` opens with a clause that only names what the year is compared with (与上年相比，
// 与2023年同期相比，较上年，同比，), −1 when that clause compares with no period (与全市平均水平相比，), else 0.
inline int comparison_opening_the_sentence(std::u32string_view text, std::size_t at) {
  constexpr std::size_t kLongestSentenceBefore = 160;
  constexpr std::u32string_view kSentenceEnds = U"。！？；;\n";
  std::size_t start = at;
  while (start > 0 && at - start < kLongestSentenceBefore &&
         kSentenceEnds.find(text[start - 1]) == std::u32string_view::npos)
    --start;
  if (start > 0 && kSentenceEnds.find(text[start - 1]) == std::u32string_view::npos) return 0;
  std::u32string_view opening = text.substr(start, at - start);
  while (!opening.empty() && (opening.front() == U' ' || opening.front() == U'\u3000')) opening.remove_prefix(1);
  opening.remove_prefix(heading_marker_length(opening));  // 4.与上年相比，
  const auto comma = opening.find_first_of(U"，,");
  if (comma == std::u32string_view::npos || comma == 0) return 0;
  opening = opening.substr(0, comma);
  constexpr std::size_t kLongestComparison = 12;  // 与2023年同期相比
  if (opening.size() > kLongestComparison) return 0;
  if (opening == U"同比" || opening == U"环比") return 1;
  const bool names_a_period =
      opening.find(U'年') != std::u32string_view::npos || opening.find(U"同期") != std::u32string_view::npos;
  const bool with = opening.starts_with(U"与") || opening.starts_with(U"和") || opening.starts_with(U"同") ||
                    opening.starts_with(U"跟");
  const bool compares =
      (with && (opening.ends_with(U"相比") || opening.ends_with(U"比较") || opening.ends_with(U"对比"))) ||
      opening.starts_with(U"较") || opening.starts_with(U"相比") || opening.starts_with(U"相较");
  if (!compares) return 0;
  return names_a_period ? 1 : -1;
}

// Whether the sentence around `at` opens with a clause that only names what the year is compared with: its later
// clauses that end with a direction (罚没款增加52.3万元) state changes, as 较上年增加 would. A comparison with no
// period (与全市平均水平相比) is not one.
inline bool sentence_opens_with_a_comparison(std::u32string_view text, std::size_t at) {
  return comparison_opening_the_sentence(text, at) > 0;
}

// +1 or −1 when a clause ends with the way something changed (同比增长, 比上年减少了), else 0. The word must end
// the clause (了, 为, 达, 约 may follow it): 增加调解员3名 is no change, nor 提高到98% (a level reached).
inline int direction_ending(std::u32string_view clause) {
  for (const std::u32string_view tail : {U"了", U"为", U"达", U"约"}) {
    if (clause.ends_with(tail)) clause.remove_suffix(tail.size());
  }
  for (const auto word : kUpWords) {
    if (clause.ends_with(word)) return 1;
  }
  for (const auto word : kDownWords) {
    if (clause.ends_with(word)) return -1;
  }
  return 0;
}

// +1 or −1 when a clause names what changed and ends with 增加, 增长, 减少 or 下降 right before a count (空气优良天数
// 增加50天, 刑事案件下降12起), else 0: the count is by how much it changed, with or without a comparison word. Not a
// deed of adding with what was added after it (增加调解员3名), nor one whose words before the verb name no subject but
// when or how (今年增加, 全年减少, 新增加, 共增加, 其中增加: things added or cut, counted as the year's).
inline int direction_after_a_subject(std::u32string_view clause) {
  constexpr std::size_t kShortestSubject = 2;
  for (const std::u32string_view word : {U"增加", U"增长", U"减少", U"下降"}) {
    if (!clause.ends_with(word)) continue;
    const auto subject = clause.substr(0, clause.size() - word.size());
    if (subject.size() < kShortestSubject || subject.ends_with(U"年") || subject.ends_with(U"其中") ||
        subject.starts_with(U"其中") || subject.ends_with(U"累计") ||
        std::u32string_view(U"新净共再又还已均各").find(subject.back()) != std::u32string_view::npos) {
      return 0;
    }
    return word == U"增加" || word == U"增长" ? 1 : -1;
  }
  return 0;
}

// Whether the things counted are named after the figure at `start` and its unit (增加12个公共法律服务点, 增加5名专职
// 人民调解员): a deed of adding them, not by how much something named before changed (空气优良天数增加50天。).
inline bool names_what_is_counted_after(std::u32string_view text, std::size_t start) {
  std::size_t at = start;
  while (at < text.size() && ((text[at] >= U'0' && text[at] <= U'9') || text[at] == U'.' || text[at] == U',')) ++at;
  constexpr std::size_t kLongestUnit = 2;  // 个, 名, 万元
  constexpr std::size_t kShortestName = 2;
  std::size_t letters = 0;
  for (; at < text.size() && letters < kLongestUnit + kShortestName && !ends_a_change_clause(text[at]); ++at) ++letters;
  return letters >= kLongestUnit + kShortestName;
}

// Whether a clause ends with the size of a change (降幅, 增幅为, 降幅达).
inline bool ends_with_a_change_size(std::u32string_view clause) {
  for (const std::u32string_view tail : {U"了", U"为", U"达", U"约"}) {
    if (clause.ends_with(tail)) clause.remove_suffix(tail.size());
  }
  return std::any_of(std::begin(kSizesOfAChange), std::end(kSizesOfAChange),
                     [&](std::u32string_view size) { return clause.ends_with(size); });
}

// Whether the comma at `at` separates thousands (1,466): digits on both sides.
inline bool separates_thousands(std::u32string_view text, std::size_t at) {
  const auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= U'0' && text[i] <= U'9'; };
  return at > 0 && digit(at - 1) && digit(at + 1);
}

// The clause a figure at `start` reads back to for its change: up to the last clause break before it (not a thousands
// comma), an earlier figure in brackets inside it read over (较上年（50份）增加), at most kLongestChangeClause long.
inline std::u32string_view change_clause_before(std::u32string_view text, std::size_t start) {
  std::size_t clause_start = start;
  for (int brackets = 0; clause_start > 0 && start - clause_start < kLongestChangeClause;) {
    const char32_t c = text[clause_start - 1];
    if (c == U'）' || c == U')') {
      ++brackets;
    } else if ((c == U'（' || c == U'(') && brackets > 0) {
      --brackets;
    } else if (brackets == 0 && ends_a_change_clause(c) &&
               !(c == U',' && separates_thousands(text, clause_start - 1))) {
      break;  // not the comma of 较上年的1,466名增加
    }
    --clause_start;
  }
  return text.substr(clause_start, start - clause_start);
}

}  // namespace detail

// Whether the figure at `start` states a change the text gives no way for (较2020年改善13.6%, 同比好转8.2%): an
// improvement is a rise of what is good (优良天数比例) or a fall of what is bad (PM2.5浓度), so the figure is a change,
// never a rate or a count of the year, but with no direction that analysis.anomalies could check it against. The
// clause must compare (同比, 较上年 …) or the figure be `relative` (a percentage, points, a multiple), and end with the
// word (了 may follow it; 改善为 is a level reached).
inline bool states_a_change_of_unsaid_direction(std::u32string_view text, std::size_t start, bool relative) {
  std::u32string_view clause = detail::change_clause_before(text, start);
  const bool compared =
      std::any_of(std::begin(detail::kComparisonWords), std::end(detail::kComparisonWords),
                  [&](std::u32string_view word) { return clause.find(word) != std::u32string_view::npos; });
  if (!compared && !relative) return false;
  if (clause.ends_with(U"了")) clause.remove_suffix(1);
  return std::any_of(std::begin(detail::kWaysUnsaid), std::end(detail::kWaysUnsaid),
                     [&](std::u32string_view word) { return clause.ends_with(word); });
}

// The direction (+1, −1) of the figure at [start, …) of `text` with `value` when it states a change, else 0.
// Its clause must hold a comparison word, or end with the direction and 了 (下降了) or a net change (净增); an earlier
// figure in brackets inside it (较上年（50份）增加) is read over. A signed figure right after 同比 (同比-8.7%,
// 同比+12.5%) carries its direction in its value. A `relative` figure (a percentage, a number of points, a multiple)
// needs no comparison word: 增长8%. More or fewer after the comparison, then a deed, is one too: 同比多办理27户.
inline int change_direction(std::u32string_view text, std::size_t start, double value, bool relative = false) {
  std::u32string_view clause = detail::change_clause_before(text, start);
  const std::size_t clause_start = start - clause.size();
  // A plus sign the figure's text starts with (+12.5%) or that stands right before it.
  constexpr std::u32string_view kPlusSigns = U"+＋";
  const bool plus_before = !clause.empty() && kPlusSigns.find(clause.back()) != std::u32string_view::npos;
  if (plus_before) clause.remove_suffix(1);
  const bool plus = plus_before || (start < text.size() && kPlusSigns.find(text[start]) != std::u32string_view::npos);
  bool compared = false;
  for (const auto word : detail::kComparisonWords)
    compared = compared || clause.find(word) != std::u32string_view::npos;
  // 刑事案件下降了17.1%: a perfective 了 after the direction says it changed, against the year before.
  const int direction = detail::direction_ending(clause);
  if (direction != 0 && clause.ends_with(U"了")) return direction;
  // 上年末为7,323家，净增1,129家: a net change is a change by its word alone.
  for (const std::u32string_view net : {U"净增", U"净增加", U"净增长"}) {
    if (clause.ends_with(net)) return 1;
  }
  for (const std::u32string_view net : {U"净减", U"净减少"}) {
    if (clause.ends_with(net)) return -1;
  }
  // 2018年，空气优良天数增加50天: a count right after what changed and the way it went is the change; not in a
  // sentence that compares with no period (与全市平均水平相比，培训人数增加200人: more than the others, no change).
  if (!relative) {
    if (const int after_a_subject = detail::direction_after_a_subject(clause);
        after_a_subject != 0 && !detail::names_what_is_counted_after(text, start) &&
        detail::comparison_opening_the_sentence(text, clause_start) >= 0) {
      return after_a_subject;
    }
  }
  // 工单量和来电量分别增长8%和12%: a percentage or a number of points right after the direction is a change
  // without a comparison word; a count after it (增加调解员3名) is not.
  if (relative && direction != 0 && clause.size() >= 2 && !clause.ends_with(U"为") && !clause.ends_with(U"达")) {
    return direction;
  }
  // 降幅为40%, 增幅达15%: the size of a change, whatever links it to the figure (提高为98% is a level reached).
  if (relative && direction != 0 && detail::ends_with_a_change_size(clause)) return direction;
  // 与上年相比，…罚没款增加52.3万元: the sentence's opening is the comparison (not 减少为30件: a level reached).
  if (!compared && direction != 0 && !clause.ends_with(U"为") && !clause.ends_with(U"达") &&
      detail::sentence_opens_with_a_comparison(text, clause_start)) {
    return direction;
  }
  if (!compared) return 0;
  if (direction != 0) return direction;
  // 同比多办理27户, 较上年少受理5件: more or fewer right after the comparison, then what was done more or less.
  for (std::size_t i = 0; i < detail::kSignedAfter; ++i) {
    const auto at = clause.rfind(detail::kComparisonWords[i]);
    if (at == std::u32string_view::npos) continue;
    const auto rest = clause.substr(at + detail::kComparisonWords[i].size());
    const bool more = rest.starts_with(U"多"), fewer = rest.starts_with(U"少");
    if ((!more && !fewer) || rest.size() > detail::kLongestDoneMoreOrLess ||
        rest.find(U'的') != std::u32string_view::npos) {
      continue;
    }
    const std::u32string_view done = rest.substr(1);
    if (std::any_of(std::begin(detail::kDeedsDoneMoreOrLess), std::end(detail::kDeedsDoneMoreOrLess),
                    [&](std::u32string_view deed) { return done.starts_with(deed); })) {
      return more ? 1 : -1;
    }
  }
  for (std::size_t i = 0; i < detail::kSignedAfter; ++i) {
    if (clause.ends_with(detail::kComparisonWords[i])) return value < 0 || plus ? 1 : 0;
  }
  return 0;
}

}  // namespace docpipe
