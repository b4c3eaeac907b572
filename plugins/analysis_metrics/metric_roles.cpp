#include "metric_roles.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <utility>

#include "docpipe/changes.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/heading_markers.hpp"
#include "docpipe/metric_kinds.hpp"
#include "docpipe/text.hpp"
#include "docpipe/text_spans.hpp"
#include "indicator.hpp"
#include "metric_grammar.hpp"

namespace docpipe::metrics {

namespace {

bool is_open(char32_t c) { return c == U'(' || c == U'（'; }
bool is_close(char32_t c) { return c == U')' || c == U'）'; }

std::size_t matching_close(std::u32string_view text, std::size_t open, std::size_t limit) {
  int depth = 0;
  for (std::size_t i = open; i < limit; ++i) {
    if (is_open(text[i])) ++depth;
    if (is_close(text[i]) && --depth == 0) return i;
  }
  return std::u32string_view::npos;
}

constexpr std::size_t kLongestSettlingWords = 12;  // 经人民调解委员会调解成功: the clause's words before a figure

// 差错率千分之三, 超限率2.6‰: a share per mille or per ten thousand is a rate, as a percentage is.
bool is_per_mille(const Metric& m) { return m.unit == "‰" || m.unit == "‱"; }

// 同比翻一番, 翻两番: a doubling is a change by its word alone.
bool is_a_doubling(std::u32string_view text, const Metric& m) {
  return m.start < text.size() && text[m.start] == U'翻';
}

// A count a breakdown or a rate may be made of: not a percentage, and not a figure of an earlier period.
bool is_count(const Metric& m) {
  return !is_percentage(m) && !is_per_mille(m) && m.role != role::previous && m.role != role::change &&
         m.role != role::cumulative;
}

bool ends_with_any(std::u32string_view text, std::size_t end, std::span<const std::u32string_view> words,
                   std::size_t slack) {
  for (std::size_t at = end; at + slack >= end && at > 0; --at) {
    for (const auto word : words) {
      if (at >= word.size() && text.substr(at - word.size(), word.size()) == word) return true;
    }
  }
  return false;
}

struct Listing {
  std::size_t start = 0;  // the span the parts are read from
  std::size_t end = 0;
};

bool is_clause_separator(std::u32string_view text, std::size_t at) {
  const char32_t c = text[at];
  if (c == U',') return !detail::separates_thousands(text, at);  // not 1,102件
  return c == U'，' || c == U'；' || c == U';';
}

// The words of the clause before `at`, at most `longest` characters of them.
std::u32string_view clause_before(std::u32string_view text, std::size_t at, std::size_t longest) {
  std::size_t clause = at;
  while (clause > 0 && !is_clause_separator(text, clause - 1) && text[clause - 1] != U'。' &&
         text[clause - 1] != U'\n' && at - clause < longest) {
    --clause;
  }
  return text.substr(clause, at - clause);
}

// Whether the clause before `settled` opens with disputes settled (调解成功21起, 化解矛盾纠纷118件), naming nothing
// after the settling words or disputes: not 化解信访积案12件 or 化解行政争议15件.
bool names_settled_disputes(std::u32string_view text, const Metric& settled) {
  constexpr std::u32string_view kSettled[] = {U"调解成功", U"成功调解", U"调处成功",     U"成功调处",     U"化解成功",
                                              U"成功化解", U"化解",     U"调解达成协议", U"达成调解协议", U"达成协议"};
  std::u32string_view words = clause_before(text, settled.start, kLongestSettlingWords);
  for (const std::u32string_view lead : {U"其中", U"共", U"已", U"累计"}) {
    if (words.starts_with(lead)) words.remove_prefix(lead.size());
  }
  const auto settled_word = std::find_if(std::begin(kSettled), std::end(kSettled),
                                         [&](std::u32string_view word) { return words.starts_with(word); });
  if (settled_word == std::end(kSettled)) return false;
  const std::u32string_view what = words.substr(settled_word->size());
  return what.empty() || what.find(U"纠纷") != std::u32string_view::npos ||
         what.find(U"矛盾") != std::u32string_view::npos;
}

// The count of disputes that the settled count `metrics[k]` is an outcome of: the nearest count of its kind
// before it in its sentence, when that counts disputes (mediation_cases, dispute_screening) and is no smaller;
// npos if there is none.
std::size_t disputes_settled_by(const std::vector<Metric>& metrics, std::size_t k, std::u32string_view text,
                                const TextSpans& spans) {
  constexpr auto npos = std::u32string_view::npos;
  const Metric& settled = metrics[k];
  if (!is_count(settled) || !names_settled_disputes(text, settled)) return npos;
  const std::size_t sentence = spans.sentence_around(settled.start).first;
  for (std::size_t j = k; j-- > 0 && metrics[j].start >= sentence;) {
    const Metric& before = metrics[j];
    if (!is_count(before) || !same_unit_family(before, settled)) continue;
    const bool counts_disputes = before.code == "mediation_cases" || before.code == "dispute_screening";
    return counts_disputes && before.value >= settled.value ? j : npos;
  }
  return npos;
}

// Whether a whole clause without any figure stands between the total `metrics[index]` and a listing marker
// at `marker`: the listing then breaks down what that clause names ("承接事项62项，编制履职清单，其中基本履职事项
// 108项…": the 清单's items, not the 62). A clause with a figure of another kind between them (同比增长5%)
// leaves the listing to the total, and so does a clause on what became of the whole total (全部按时办结).
constexpr std::u32string_view kWordsOfTheWhole[] = {U"全部", U"已全部", U"均", U"全都", U"一律"};

bool figureless_clause_between(const std::vector<Metric>& metrics, std::size_t index, std::u32string_view text,
                               std::size_t marker) {
  std::size_t clause_start = std::u32string_view::npos;
  std::size_t next = index + 1;
  for (std::size_t at = metrics[index].end; at < marker; ++at) {
    if (!is_clause_separator(text, at)) continue;
    if (clause_start != std::u32string_view::npos && at > clause_start) {
      while (next < metrics.size() && metrics[next].end <= clause_start) ++next;
      const bool has_figure = next < metrics.size() && metrics[next].start < at;
      // 受理2,964件，全部按时办结，其中…: a clause on what became of the whole total names nothing new.
      std::u32string_view clause = text.substr(clause_start, at - clause_start);
      while (!clause.empty() && clause.front() == U' ') clause.remove_prefix(1);
      const bool of_the_whole = std::any_of(std::begin(kWordsOfTheWhole), std::end(kWordsOfTheWhole),
                                            [&](std::u32string_view word) { return clause.starts_with(word); });
      if (!has_figure && !of_the_whole) return true;
    }
    clause_start = at + 1;
  }
  return false;
}

// Whether a clause between the total `metrics[index]` and a listing marker at `marker` opens with a subject of its
// own, things of the total's kind but another sort (政务服务事项2474项，行政许可类事项全程网办率达98%，其中不见面
// 审批事项…): the listing then breaks down that subject, whose count the report may not give, not the total. The
// subject shares the total's head noun (事项, 案件) after words of its own; one that is the total's name again
// (政务服务事项网上可办率) or a clause on a change or a rate with no subject (同比增长12%) leaves it to the total.
bool clause_of_another_subject_between(const std::vector<Metric>& metrics, std::size_t index, std::u32string_view text,
                                       std::size_t marker) {
  constexpr std::size_t kHead = 2;             // 事项, 案件, 纠纷: the head noun of a name
  constexpr std::size_t kLongestSubject = 12;  // a subject longer than a name is a clause's deed, not its subject
  const std::u32string name = decode_utf8(metrics[index].indicator);
  if (name.size() <= kHead) return false;
  const std::u32string_view head = std::u32string_view(name).substr(name.size() - kHead);
  const auto names_another_subject = [&](std::u32string_view clause) {
    while (!clause.empty() && clause.front() == U' ') clause.remove_prefix(1);
    const auto words = clause.substr(0, clause.find_first_of(U"0123456789"));
    const auto found = words.find(head);
    if (found == std::u32string_view::npos || found < kHead || found + kHead > kLongestSubject) return false;
    const auto subject = words.substr(0, found + kHead);
    return !subject.ends_with(name) && !std::u32string_view(name).ends_with(subject);
  };
  std::size_t clause_start = std::u32string_view::npos;
  for (std::size_t at = metrics[index].end; at < marker; ++at) {
    if (!is_clause_separator(text, at)) continue;
    if (clause_start != std::u32string_view::npos && at > clause_start &&
        names_another_subject(text.substr(clause_start, at - clause_start))) {
      return true;
    }
    clause_start = at + 1;
  }
  return false;
}

// Whether the text from `from` to `to` closes a bracket opened before `from`: a figure inside a bracket
// (审结7件（含上年结转2件），其中维持5件…) has its breakdown in that bracket, never past it.
bool closes_a_bracket_around(std::u32string_view text, std::size_t from, std::size_t to) {
  int depth = 0;
  for (std::size_t i = from; i < to; ++i) {
    if (is_open(text[i])) ++depth;
    if (is_close(text[i]) && --depth < 0) return true;
  }
  return false;
}

// A listing marker opening the clause at `from` (after a ，or a space), with its size; npos if none.
std::pair<std::size_t, std::size_t> listing_marker_right_after(std::u32string_view text, std::size_t from,
                                                               std::size_t limit) {
  while (from < limit && (text[from] == U'，' || text[from] == U',' || text[from] == U' ')) ++from;
  for (const auto word : kListingMarkers) {
    if (text.substr(from, limit - std::min(from, limit)).starts_with(word)) return {from, word.size()};
  }
  return {std::u32string_view::npos, 0};
}

// 在受理的86件行政复议案件中，维持52件: where the clause after a whole framed by 在…中 starts (the frame's 在 opening
// the figure's clause, or nothing before the figure there: 16个行政村中，12个建成…), npos for none. The things after
// the figure and 中 close its clause; the next clause picks some of them, as 其中 would.
std::size_t clause_picking_from(std::u32string_view text, const Metric& whole, std::size_t sentence_end) {
  constexpr std::u32string_view kDelimiters = U"，,；;。：:、（）()“”《》";
  constexpr std::size_t kLongestThings = 20;
  const auto after = text.substr(whole.end, std::min(sentence_end, whole.end + kLongestThings + 2) - whole.end);
  const auto close = after.find_first_of(kDelimiters);
  if (close == std::u32string_view::npos || (after[close] != U'，' && after[close] != U',') || close < 3) {
    return std::u32string_view::npos;
  }
  const auto things = after.substr(0, close);
  // Not a word ending in 中 (初中, 高中, 集中, 其中, 空中 …) nor a figure's words.
  if (!things.ends_with(U'中') ||
      std::u32string_view(U"初高集其空心途考手之").find(things[close - 2]) != std::u32string_view::npos ||
      std::any_of(things.begin(), things.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
    return std::u32string_view::npos;
  }
  std::size_t clause = whole.start;
  while (clause > 0 && kDelimiters.find(text[clause - 1]) == std::u32string_view::npos && text[clause - 1] != U'\n' &&
         whole.start - clause <= kLongestThings) {
    --clause;
  }
  const auto before = text.substr(clause, whole.start - clause);
  return before.empty() || before.starts_with(U'在') ? whole.end + close + 1 : std::u32string_view::npos;
}

// Where the breakdown of the total `metrics[index]` is written: a bracket right after it
// ("120件(其中口头调解82件,协议调解38件)"), or a listing marker later in its sentence with no other
// figure of its kind in between ("4名，其中缓刑3人，管制1人"; "共5场，分别为…"). A bracket right after it that
// lists nothing and is followed by a listing says what the total includes or was (审结7件（含上年结转2件），其中
// 维持5件、撤销1件、确认违法1件): the listing after it is the breakdown, of the 7, not of the 2.
std::optional<Listing> listing_after(const std::vector<Metric>& metrics, std::size_t index, std::u32string_view text,
                                     const TextSpans& spans, bool past_settled_disputes) {
  const Metric& total = metrics[index];
  const auto sentence_end = spans.sentence_around(total.start).second;
  std::size_t from = total.end;
  while (from < sentence_end && text[from] == U' ') ++from;
  std::size_t marker = std::u32string_view::npos, marker_size = 0;
  if (from < sentence_end && is_open(text[from])) {
    const std::size_t close = matching_close(text, from, sentence_end);
    if (close == std::u32string_view::npos) return std::nullopt;
    const auto [after, after_size] = listing_marker_right_after(text, close + 1, sentence_end);
    const auto inside = text.substr(from + 1, close - from - 1);
    const bool inside_lists = std::any_of(std::begin(kListingMarkers), std::end(kListingMarkers),
                                          [&](std::u32string_view word) { return inside.find(word) != inside.npos; });
    if (inside_lists || after == std::u32string_view::npos) return Listing{from + 1, close};
    marker = after, marker_size = after_size;
  } else {
    for (const auto word : kListingMarkers) {
      const auto at = text.substr(0, sentence_end).find(word, total.end);
      if (at < marker) marker = at, marker_size = word.size();
    }
    if (const auto picking = clause_picking_from(text, total, sentence_end); picking < marker) {
      marker = picking, marker_size = 0;
    }
    if (marker == std::u32string_view::npos) return std::nullopt;
    if (closes_a_bracket_around(text, total.end, marker)) return std::nullopt;
    for (std::size_t k = index + 1; k < metrics.size() && metrics[k].start < marker; ++k) {
      // 调解矛盾纠纷320件，调解成功316件，其中婚姻家庭纠纷97件: asked to, the disputes settled are passed over as an
      // outcome of the total (link_listings decides).
      if (past_settled_disputes && disputes_settled_by(metrics, k, text, spans) == index) continue;
      if (is_count(metrics[k]) && same_unit_family(metrics[k], total)) return std::nullopt;  // a later total's
    }
    if (figureless_clause_between(metrics, index, text, marker)) return std::nullopt;
    if (clause_of_another_subject_between(metrics, index, text, marker)) return std::nullopt;
  }
  Listing listing{marker + marker_size, sentence_end};
  // A listing inside a bracket ends with the bracket.
  int depth = 0;
  for (std::size_t i = listing.start; i < sentence_end; ++i) {
    if (is_close(text[i]) && depth == 0) {
      listing.end = i;
      break;
    }
    if (is_open(text[i])) ++depth;
    if (is_close(text[i])) --depth;
  }
  return listing;
}

void make_part(Metric& part, const Metric& total) {
  part.role = role::part;
  part.of = total.id;
}

void make_total(Metric& total) {
  if (total.of.empty()) total.role = role::total;  // a part with parts of its own stays a part of its total
}

// What became of a listing's items, in a clause after them: not another item (化解3,401件, 已办结12件).
constexpr std::u32string_view kOutcomeWords[] = {U"成功化解", U"化解", U"办结", U"结案", U"审结", U"调处",
                                                 U"调解成功", U"已",   U"均",   U"全部", U"按期", U"按时"};

bool starts_with_any(std::u32string_view text, std::span<const std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view word) { return text.starts_with(word); });
}

// Words anywhere in an indicator that make it what became of the items before: 应出庭43件，负责人实际出庭42件.
constexpr std::u32string_view kOutcomeWordsInside[] = {U"实际", U"出庭"};

bool names_an_outcome(std::u32string_view indicator) {
  return starts_with_any(indicator, kOutcomeWords) ||
         std::any_of(std::begin(kOutcomeWordsInside), std::end(kOutcomeWordsInside),
                     [&](std::u32string_view word) { return indicator.find(word) != std::u32string_view::npos; });
}

// The last item of a listing, after the others: 其余18件, 其他案件83件.
constexpr std::u32string_view kRemainderWords[] = {U"其余", U"其他", U"另有", U"剩余", U"余下"};

// Whether the clause opening `text` counts items not yet dealt with (另有1件尚在审理中): those are of the larger
// number the listing's total was taken from (受理12件，审结11件), not of the total.
bool still_pending(std::u32string_view text) {
  const auto clause = text.substr(0, text.find_first_of(U"，,；;。"));
  constexpr std::u32string_view kPending[] = {U"尚在", U"正在",   U"仍在",   U"尚未",   U"仍未",
                                              U"未结", U"未办结", U"未审结", U"审理中", U"办理中"};
  return std::any_of(std::begin(kPending), std::end(kPending),
                     [&](std::u32string_view word) { return clause.find(word) != std::u32string_view::npos; });
}

// Words of a total that counts items already dealt with (审结3件, 已办结5件, 化解72件): items still pending are
// none of them.
constexpr std::u32string_view kConcludedWords[] = {U"审结", U"办结", U"结案", U"已结", U"化解", U"调处成功"};

// Whether the figure at `at` opens a clause on the rest still pending (另有1件尚在审理中) after the parts of a
// concluded total (审结3件，其中胜诉3件，另有1件尚在审理中): those are of the cases received, not of the 3.
bool is_a_pending_rest_of(std::u32string_view text, std::size_t at, const Metric& total) {
  const auto lead = clause_before(text, at, kLongestSettlingWords);
  if (!starts_with_any(lead, kRemainderWords) || !still_pending(text.substr(at - lead.size()))) return false;
  const std::u32string total_name = decode_utf8(total.indicator);
  return std::any_of(std::begin(kConcludedWords), std::end(kConcludedWords),
                     [&](std::u32string_view word) { return total_name.find(word) != std::u32string::npos; });
}

// A listing whose items are set apart by 、 ends at the first ，or ； after its first item: what follows is a
// clause of its own ("其中一审10件、二审2件，已审结11件，败诉2件": 11 and 2 are not parts of the total).
void end_at_a_change_of_separator(Listing& listing, const std::vector<Metric>& metrics, std::size_t total,
                                  std::u32string_view text) {
  std::size_t first_item_end = std::u32string_view::npos;
  for (std::size_t k = total + 1; k < metrics.size() && metrics[k].start < listing.end; ++k) {
    if (metrics[k].start >= listing.start && is_count(metrics[k]) && same_unit_family(metrics[k], metrics[total])) {
      first_item_end = metrics[k].end;
      break;
    }
  }
  if (first_item_end == std::u32string_view::npos) return;
  const auto rest = text.substr(first_item_end, listing.end - first_item_end);
  // The first ，or ； that ends a clause: not a thousands separator (1,102件), and not one before the rest of
  // the total (，其余18件 is its last item).
  std::size_t clause = std::u32string_view::npos;
  for (std::size_t i = 0; i < rest.size() && clause == std::u32string_view::npos; ++i) {
    if (!is_clause_separator(rest, i)) continue;
    if (starts_with_any(rest.substr(i + 1), kRemainderWords) && !still_pending(rest.substr(i + 1))) continue;
    clause = i;
  }
  const auto enumeration = rest.find(U'、');
  if (enumeration < clause && clause != std::u32string_view::npos) listing.end = first_item_end + clause;
}

constexpr std::u32string_view kWordsOfAWholeClause[] = {U"全年", U"今年", U"本年", U"当年", U"年内",
                                                        U"累计", U"共计", U"合计", U"总计"};

// Words that name the whole in a clause that says what it reached (教师总数达到6,022名): not another item.
constexpr std::u32string_view kWordsOfATotal[] = {U"总数", U"总量", U"总额", U"总人数", U"总规模"};

bool names_a_total(std::u32string_view clause, const Metric& figure) {
  // The whole said to stand at the figure (总数达到, 总量为), not a share of it (占案件总数的) nor an item's own name
  // (婚姻家庭纠纷总数68件).
  constexpr std::u32string_view kReached[] = {U"达", U"为", U"是", U"共", U"已", U"增至", U"增加到", U"超过", U"突破"};
  for (const std::u32string_view word : kWordsOfATotal) {
    for (auto at = clause.find(word); at != std::u32string_view::npos; at = clause.find(word, at + 1)) {
      // The verb may be the figure's own hedge (总数达到6,022名: its text opens with 达到).
      const std::u32string after =
          std::u32string(clause.substr(at + word.size())) + decode_utf8(figure.text).substr(0, 2);
      if (std::any_of(std::begin(kReached), std::end(kReached),
                      [&](std::u32string_view verb) { return std::u32string_view(after).starts_with(verb); })) {
        return true;
      }
    }
  }
  return false;
}

// Whether a clause names the largest or smallest single item (其中单笔最高罚款5万元, 单宗最大涉案金额, 最高一笔):
// one item's size, no part of the total beside others.
bool is_the_extreme_of_one_item(std::u32string_view clause) {
  constexpr std::u32string_view kOneItem[] = {U"单笔", U"单宗", U"单件", U"单次", U"单起",
                                              U"单个", U"单家", U"单户", U"一笔", U"一宗"};
  constexpr std::u32string_view kExtremes[] = {U"最高", U"最大", U"最低", U"最小", U"最多", U"最少"};
  const auto has_any = [&](std::span<const std::u32string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::u32string_view word) { return clause.find(word) != std::u32string_view::npos; });
  };
  return has_any(kOneItem) && has_any(kExtremes);
}

// The figures a listing holds as parts of `metrics[total]`: the same kind of figure, at the listing's own
// bracket depth, up to what became of the items.
std::vector<std::size_t> parts_in(const Listing& listing, const std::vector<Metric>& metrics, std::size_t total,
                                  std::u32string_view text) {
  std::vector<std::size_t> parts;
  // Bracket depth from the listing's start, carried forward from one candidate to the next.
  int depth = 0;
  std::size_t counted_to = listing.start;
  for (std::size_t k = total + 1; k < metrics.size() && metrics[k].start < listing.end; ++k) {
    const Metric& candidate = metrics[k];
    if (candidate.start < listing.start) continue;
    for (; counted_to < candidate.start; ++counted_to) {
      if (is_open(text[counted_to])) ++depth;
      if (is_close(text[counted_to])) --depth;
    }
    // 其中矛盾纠纷3,467件，化解3,401件: what became of the items, not another item. The listing ends there, and
    // at a clause on the whole year or a sum (其中“一窗受理”事项128项，全年办理各类事项3.6万件).
    if (!parts.empty() && depth == 0 && names_an_outcome(decode_utf8(candidate.indicator))) break;
    if (!parts.empty() && depth == 0 &&
        starts_with_any(clause_before(text, candidate.start, 2 * kLongestSettlingWords), kWordsOfAWholeClause)) {
      break;
    }
    if (depth == 0 && names_a_total(clause_before(text, candidate.start, 4 * kLongestSettlingWords), candidate)) break;
    // 其中维持54件，驳回18件，直接纠错15件，其中确认违法等直接纠错决定5件: a listing inside the listing breaks down the
    // part before it (link_listings gives it to that part); the outer listing ends there.
    if (!parts.empty() && depth == 0 &&
        text.substr(metrics[parts.back()].end, candidate.start - metrics[parts.back()].end).find(U"其中") !=
            std::u32string_view::npos) {
      break;
    }
    if (depth == 0 && is_a_pending_rest_of(text, candidate.start, metrics[total])) break;
    if (!candidate.of.empty() || !is_count(candidate) || !same_unit_family(candidate, metrics[total]) || depth != 0)
      continue;
    if (depth == 0 && is_the_extreme_of_one_item(clause_before(text, candidate.start, 2 * kLongestSettlingWords))) {
      continue;
    }
    parts.push_back(k);
  }
  return parts;
}

bool add_up_to(const std::vector<std::size_t>& parts, const std::vector<Metric>& metrics, const Metric& total) {
  double sum = 0;
  for (const std::size_t k : parts) sum += metrics[k].value;
  return !parts.empty() && std::abs(sum - total.value) <= 1e-9 * std::max(1.0, std::abs(total.value));
}

// The parts listed after the total `metrics[i]`. A 、 listing that a ， cuts short keeps the clause after the ，
// when only with it do the parts add up to the total (其中维持52件、驳回9件、…、责令履行1件，终止14件 of 83).
std::vector<std::size_t> listed_parts(const std::vector<Metric>& metrics, std::size_t i, std::u32string_view text,
                                      const TextSpans& spans, bool past_settled_disputes) {
  const auto listing = listing_after(metrics, i, text, spans, past_settled_disputes);
  if (!listing) return {};
  Listing cut = *listing;
  end_at_a_change_of_separator(cut, metrics, i, text);
  auto parts = parts_in(cut, metrics, i, text);
  if (cut.end != listing->end && !add_up_to(parts, metrics, metrics[i])) {
    if (auto whole = parts_in(*listing, metrics, i, text); add_up_to(whole, metrics, metrics[i])) {
      parts = std::move(whole);
    }
  }
  return parts;
}

// Parts listed after a total. After disputes and the disputes settled (调解矛盾纠纷320件，调解成功316件，其中婚姻
// 家庭纠纷97件) a listing breaks down the disputes, unless it adds up to the settled exactly (排查矛盾纠纷134件，化解
// 130件，其中婚姻家庭纠纷41件、邻里纠纷56件、其他纠纷33件: the 130's).
void link_listings(std::vector<Metric>& metrics, std::u32string_view text, const TextSpans& spans) {
  const auto settled_takes_its_listing = [&](std::size_t k) {
    return add_up_to(listed_parts(metrics, k, text, spans, false), metrics, metrics[k]);
  };
  // Whether the next count of the kind of `metrics[i]` is the disputes it counts settled: only then is a listing
  // past it looked for (a paragraph may hold a million figures).
  constexpr std::size_t kFiguresToTheSettled = 4;  // 调解矛盾纠纷320件，涉及金额…，调解成功316件
  const auto settled_next = [&](std::size_t i) {
    for (std::size_t k = i + 1; k < metrics.size() && k <= i + kFiguresToTheSettled; ++k) {
      if (is_count(metrics[k]) && same_unit_family(metrics[k], metrics[i])) {
        return disputes_settled_by(metrics, k, text, spans) == i;
      }
    }
    return false;
  };
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    if (!is_count(metrics[i])) continue;
    // The disputes come first: a listing they take is no longer the settled count's (parts_in).
    auto parts = listed_parts(metrics, i, text, spans, false);
    if (parts.empty() && settled_next(i)) {
      auto past = listed_parts(metrics, i, text, spans, true);
      bool taken = false;
      for (std::size_t k = i + 1; !past.empty() && k < past.front() && !taken; ++k) {
        taken = disputes_settled_by(metrics, k, text, spans) == i && settled_takes_its_listing(k);
      }
      if (!taken) parts = std::move(past);
    }
    for (const std::size_t k : parts) make_part(metrics[k], metrics[i]);
    if (!parts.empty()) make_total(metrics[i]);
  }
}

// Whether `words` name a time within the year: 上半年, 下半年, 一季度, 第三季度, 前三季度, 1—6月, 12月.
bool names_a_time_within_the_year(std::u32string_view words) {
  for (const std::u32string_view period : {U"上半年", U"下半年", U"季度"}) {
    if (words.find(period) != std::u32string_view::npos) return true;
  }
  // A month written with its number (1—6月, 十二月), not a count of months (6个月).
  constexpr std::u32string_view kNumerals = U"0123456789０１２３４５６７８９一二三四五六七八九十";
  for (auto at = words.find(U'月'); at != std::u32string_view::npos; at = words.find(U'月', at + 1)) {
    if (at > 0 && kNumerals.find(words[at - 1]) != std::u32string_view::npos) return true;
  }
  return false;
}

// Code points the names `a` and `b` open with alike: 2 for 排查 and 排查矛盾纠纷.
std::size_t common_prefix(std::u32string_view a, std::u32string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// 全年排查矛盾纠纷74件，化解72件；其中上半年排查31件，化解30件: parts of a listing that opens with a time within
// the year are that time's share of the year's figure of their own stage (31 of the 74 screened, 30 of the 72
// resolved), not a breakdown of the last figure before the listing. Each such part goes to the one figure of its
// total's sentence, up to the total, whose name opens as its own does (排查, 受理, 化解, 调处成功); a part that
// names no stage (其中上半年41件、下半年37件) stays with the total and is added up.
void link_parts_of_a_time_within_the_year(std::vector<Metric>& metrics, std::u32string_view text,
                                          const TextSpans& spans) {
  constexpr std::size_t kSharedOpening = 2;  // the verb of a stage: 排查, 受理, 化解
  // The parts of each total, indexed once: scanning the figures after every total would be quadratic in a long
  // document of listings. A part moved below goes to a figure before its total, already passed.
  std::unordered_map<std::string, std::vector<std::size_t>> parts_of;
  for (std::size_t k = 0; k < metrics.size(); ++k) {
    if (metrics[k].role == role::part && !metrics[k].of.empty()) parts_of[metrics[k].of].push_back(k);
  }
  for (std::size_t t = 0; t < metrics.size(); ++t) {
    Metric& total = metrics[t];
    // A total, or a part with parts of its own (化解72件 of 排查74件, with 其中上半年…化解30件).
    if ((total.role != role::total && total.role != role::part) || total.id.empty()) continue;
    const auto indexed = parts_of.find(total.id);
    if (indexed == parts_of.end()) continue;
    std::vector<std::size_t> parts;
    for (const std::size_t k : indexed->second) {
      if (k > t && metrics[k].of == total.id && metrics[k].role == role::part) parts.push_back(k);
    }
    if (parts.empty() ||
        !names_a_time_within_the_year(clause_before(text, metrics[parts.front()].start, 2 * kLongestSettlingWords))) {
      continue;
    }
    const std::size_t sentence_start = spans.sentence_around(total.start).first;
    bool total_keeps_a_part = false;
    for (const std::size_t p : parts) {
      const std::u32string name = decode_utf8(metrics[p].indicator);
      std::optional<std::size_t> stage;
      bool several = false;
      for (std::size_t y = t + 1; y-- > 0 && metrics[y].start >= sentence_start;) {
        const Metric& year = metrics[y];
        if (!is_count(year) || !same_unit_family(year, metrics[p]) || (year.role == role::part && year.of == total.id))
          continue;
        if (common_prefix(decode_utf8(year.indicator), name) < kSharedOpening) continue;
        several = several || stage.has_value();
        stage = y;
      }
      if (!stage || several || *stage == t) {
        total_keeps_a_part = true;
        continue;
      }
      make_part(metrics[p], metrics[*stage]);
      make_total(metrics[*stage]);
    }
    if (!total_keeps_a_part && total.role == role::total) total.role = role::value;
  }
}

// Code points at the ends of `a` and `b` that are the same: 2 for 违法案件 and 食品安全案件.
std::size_t common_suffix(std::u32string_view a, std::u32string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

// Whether the sentence [start, end) opens with 其中 (after spaces): its figures then break down one of the
// sentence before ("全年立案215件，结案198件。其中，食品安全案件87件、…").
bool opens_with_breakdown(std::u32string_view text, std::size_t start, std::size_t end) {
  while (start < end && (text[start] == U' ' || text[start] == U'\u3000')) ++start;
  return text.substr(start, end - start).starts_with(U"其中");
}

// The figures of the clause that starts at `clause_start` and ends before `metrics[before]`: the counts of the
// kind of `kind` that no listing made a total (a total a 其中 sentence may break down), and whether the clause
// holds any figure at all.
struct ClauseFigures {
  std::vector<std::size_t> counts_of_the_kind;  // nearest first
  bool any = false;
};

ClauseFigures figures_of_clause(const std::vector<Metric>& metrics, std::size_t before, std::size_t clause_start,
                                const Metric& kind) {
  ClauseFigures figures;
  for (std::size_t k = before; k-- > 0 && metrics[k].start >= clause_start;) {
    const Metric& m = metrics[k];
    figures.any = true;
    if (is_count(m) && same_unit_family(m, kind) && m.role != role::total) figures.counts_of_the_kind.push_back(k);
  }
  return figures;
}

// The index of the first figure at or after `offset`, from `from` back (figures are sorted by start).
std::size_t first_figure_from(const std::vector<Metric>& metrics, std::size_t from, std::size_t offset) {
  while (from > 0 && metrics[from - 1].start >= offset) --from;
  return from;
}

// A sentence that opens with 其中 lists the parts of a figure of the sentence before it, in the same
// paragraph: the only figure of the parts' kind there, or else the only one whose indicator ends as a
// part's does (违法案件 for 食品安全案件, not 结案). Nothing is linked when that is not one figure: a breakdown
// tied to the wrong total would be reported as arithmetic that does not add up.
// A ； ends a sentence for TextSpans, but not the matter: "查办违法案件2,418件，同比增长9.8%；罚没款1.26亿元。其中
// 一般程序案件1,536件…" breaks down the 2,418 across a clause of money or a change. When the clause before the
// 其中 sentence holds figures but none of the parts' kind, the clause before its ； is looked at, and so on for a
// few clauses; a total found that way must be named as a part is (案件 … 案件) or be what the parts add up to,
// since a ； sets apart what may be another matter. A clause without figures (查办案件12件；加强执法监督。其中…)
// is not crossed: the listing may be of what it names.
void link_following_listings(std::vector<Metric>& metrics, std::u32string_view text, const TextSpans& spans) {
  constexpr std::size_t kSharedEnding = 2;        // 案件, 纠纷, 活动: the head noun of an indicator
  constexpr std::size_t kMostClausesCrossed = 3;  // ；-clauses of other figures between a total and its 其中
  for (std::size_t first = 0; first < metrics.size();) {
    const auto [start, end] = spans.sentence_around(metrics[first].start);
    std::size_t next = first + 1;  // the sentence's figures: at least this one, whatever its span
    while (next < metrics.size() && metrics[next].start < end) ++next;
    const std::size_t sentence_first = first;
    first = next;
    if (start == 0 || text[start - 1] == U'\n' || !opens_with_breakdown(text, start, end)) continue;
    // The parts: figures of the first one's kind outside brackets, not already a part of something (one with
    // parts of its own, "A 30件（其中…）", stays their total and becomes a part).
    std::vector<std::size_t> parts;
    int depth = 0;
    std::size_t counted_to = start;
    for (std::size_t k = sentence_first; k < next; ++k) {
      for (; counted_to < metrics[k].start; ++counted_to) {
        if (is_open(text[counted_to])) ++depth;
        if (is_close(text[counted_to])) --depth;
      }
      const Metric& m = metrics[k];
      if (depth != 0 || !m.of.empty() || !is_count(m)) continue;
      if (!parts.empty() && !same_unit_family(m, metrics[parts.front()])) continue;
      // 其中，单起最高罚款1万元: one item's size, no part beside others.
      if (is_the_extreme_of_one_item(clause_before(text, m.start, 2 * kLongestSettlingWords))) continue;
      parts.push_back(k);
    }
    if (parts.empty()) continue;
    const Metric& kind = metrics[parts.front()];
    std::vector<std::u32string> part_names;
    for (const std::size_t p : parts) part_names.push_back(decode_utf8(metrics[p].indicator));
    auto previous = spans.sentence_around(start - 1);
    std::size_t before = sentence_first;
    ClauseFigures figures = figures_of_clause(metrics, before, previous.first, kind);
    std::size_t crossed = 0;
    while (figures.counts_of_the_kind.empty() && figures.any && crossed < kMostClausesCrossed && previous.first > 0 &&
           (text[previous.first - 1] == U'；' || text[previous.first - 1] == U';')) {
      before = first_figure_from(metrics, before, previous.first);
      previous = spans.sentence_around(previous.first - 1);
      figures = figures_of_clause(metrics, before, previous.first, kind);
      ++crossed;
    }
    const auto named_as_the_parts = [&](const std::vector<std::size_t>& candidates) {
      std::vector<std::size_t> named_alike;
      for (const std::size_t k : candidates) {
        const std::u32string indicator = decode_utf8(metrics[k].indicator);
        if (std::any_of(part_names.begin(), part_names.end(),
                        [&](const std::u32string& name) { return common_suffix(indicator, name) >= kSharedEnding; })) {
          named_alike.push_back(k);
        }
      }
      return named_alike;
    };
    const std::vector<std::size_t>& candidates = figures.counts_of_the_kind;
    const std::vector<std::size_t> named_alike = named_as_the_parts(candidates);
    std::vector<std::size_t> chosen = candidates.size() == 1 && crossed == 0 ? candidates : named_alike;
    // 调解纠纷86件；办理公证2,150件。其中婚姻家庭纠纷30件: the one figure of the clause right before names nothing the
    // parts' names share, and a clause before its ； names them (纠纷 … 纠纷): the parts are of that one.
    if (candidates.size() == 1 && crossed == 0 && named_alike.empty()) {
      std::size_t earlier_before = before;
      auto earlier = previous;
      for (std::size_t looked = 0; looked < kMostClausesCrossed && earlier.first > 0 &&
                                   (text[earlier.first - 1] == U'；' || text[earlier.first - 1] == U';');
           ++looked) {
        earlier_before = first_figure_from(metrics, earlier_before, earlier.first);
        earlier = spans.sentence_around(earlier.first - 1);
        const auto alike =
            named_as_the_parts(figures_of_clause(metrics, earlier_before, earlier.first, kind).counts_of_the_kind);
        if (alike.empty()) continue;
        if (alike.size() == 1) chosen = alike;
        break;
      }
    }
    // 受理矛盾纠纷1,052件，调解成功1,031件。其中第一季度216件、…第四季度303件: parts named by nothing the totals'
    // names share are of the one figure they add up to exactly.
    if (chosen.size() != 1) {
      chosen.clear();
      std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(chosen),
                   [&](std::size_t k) { return add_up_to(parts, metrics, metrics[k]); });
    }
    if (chosen.size() != 1) continue;
    Metric& total = metrics[chosen.front()];
    for (const std::size_t p : parts) make_part(metrics[p], total);
    make_total(total);
  }
}

// 共有网格员50人，女性占30人、占60%: a figure right after 占 is a share of the sentence's 共 figure.
void link_shares(std::vector<Metric>& metrics, std::u32string_view text, const TextSpans& spans) {
  for (std::size_t k = 0; k < metrics.size(); ++k) {
    Metric& share = metrics[k];
    if (!share.of.empty() || share.role == role::previous || share.role == role::change ||
        !ends_with_any(text, share.start, kShareMarkers, 0))
      continue;
    const auto sentence_start = spans.sentence_around(share.start).first;
    for (std::size_t t = k; t-- > 0 && metrics[t].start >= sentence_start;) {
      Metric& total = metrics[t];
      if (!is_count(total) || !ends_with_any(text, total.start, kTotalMarkers, 6)) continue;
      if (is_percentage(share)) {
        share.of = total.id;
      } else if (same_unit_family(share, total)) {
        make_part(share, total);
        make_total(total);
      }
      break;
    }
  }
}

// Items' names listed as a sum's name lists them: 行政许可、行政处罚.
std::u32string listed_with_commas(const std::vector<std::u32string>& names) {
  std::u32string items;
  for (const auto& name : names) items += (items.empty() ? U"" : U"、") + name;
  return items;
}

// 调解纠纷36件、信访事项12件，合计48件: a sum is named by what it adds up, the names of its parts (`parts`, last
// first) joined by 、 before its own words (调解纠纷、信访事项合计), as a sum named after its items is; 合计 alone says
// only that it is one. A name shared by the parts is said once.
std::u32string name_of_what_is_summed(const std::vector<Metric>& metrics, const std::vector<std::size_t>& parts,
                                      std::u32string_view words) {
  std::vector<std::u32string> names;
  for (auto k = parts.rbegin(); k != parts.rend(); ++k) {
    auto name = decode_utf8(metrics[*k].indicator);
    if (name.empty()) return std::u32string(words);  // a part named by nothing leaves the sum its own words
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  }
  return name_of_a_sum(listed_with_commas(names) + std::u32string(words));
}

// The figures right before the sum at `k` in its sentence (from `sentence_start`), nearest first, that add up to it
// exactly: unlinked counts in its unit's family, two or more. Empty when no run of them does.
std::vector<std::size_t> parts_adding_up_to(const std::vector<Metric>& metrics, std::size_t k,
                                            std::size_t sentence_start) {
  const Metric& sum = metrics[k];
  std::vector<std::size_t> parts;
  double added = 0;
  for (std::size_t t = k; t-- > 0 && metrics[t].start >= sentence_start;) {
    const Metric& part = metrics[t];
    if (part.role != role::value || !part.of.empty() || !is_count(part) || !same_unit_family(part, sum) ||
        part.value_max) {
      break;
    }
    parts.push_back(t);
    added += part.value;
    if (parts.size() >= 2 && std::abs(added - sum.value) < 1e-9 * std::max(1.0, sum.value)) return parts;
    if (added > sum.value) break;
  }
  return {};
}

// What a decision on cases came to, opening a clause: 撤销1件, 维持3件, 驳回2件, 败诉1件, and the rest not decided yet
// (另2件尚未作出判决, 其余1件尚在审理中). Not 调解 or 化解, which a count of disputes is followed by as often with a
// second step of the same items (调解18件，调解成功12件).
// So is what a clean-up of documents decided for each (清理规范性文件56件，保留48件，修改3件，废止5件), said after what
// settled it or not (最终确定保留96件).
constexpr std::u32string_view kDecisionOutcomes[] = {
    U"维持", U"撤销",   U"驳回", U"纠错",   U"确认违法", U"变更",   U"责令履行", U"终止",
    U"撤回", U"撤诉",   U"胜诉", U"败诉",   U"尚未",     U"尚在",   U"保留",     U"继续有效",
    U"废止", U"拟废止", U"修改", U"拟修改", U"修订",     U"拟修订", U"宣布失效", U"失效"};
constexpr std::u32string_view kWordsSettlingAnOutcome[] = {U"最终确定", U"最终", U"确定", U"决定"};
// The rest, after a decision: 另2件尚未作出判决, 其余1件尚在审理中. Alone, 另 adds something else
// (全年受理行政复议案件6件， 另受理行政诉讼案件3件，另办理国家赔偿案件3件: three kinds of cases, no outcomes of the 6).
constexpr std::u32string_view kTheRest[] = {U"另有", U"另", U"其余"};

// 有行政复议案件4件，撤销1件，维持3件; 行政诉讼案件3件，维持1件，另2件尚未作出判决: counts right after a count, in the
// same sentence, each alone in a clause of its own opening with what the items came to, are its parts when two or more
// of them add up to it exactly. Without 其中 nothing else says they break it down; the sum and the words of a decision
// together do.
void link_outcomes_adding_up(std::vector<Metric>& metrics, std::u32string_view text, const TextSpans& spans) {
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    const Metric& whole = metrics[i];
    if (!is_count(whole) || whole.role != role::value || !whole.of.empty()) continue;
    const std::size_t sentence_end = spans.sentence_around(whole.start).second;
    std::vector<std::size_t> parts;
    double added = 0;
    std::size_t after = whole.end;
    for (std::size_t k = i + 1; k < metrics.size() && metrics[k].end <= sentence_end && added < whole.value; ++k) {
      const Metric& outcome = metrics[k];
      if (!is_count(outcome) || !same_unit_family(outcome, whole) || outcome.role != role::value ||
          !outcome.of.empty()) {
        break;
      }
      if (outcome.start < after) break;  // figures overlapping (a range's two ends)
      const auto between = text.substr(after, outcome.start - after);
      if (between.empty() || std::u32string_view(U"，,、").find(between.front()) == std::u32string_view::npos) break;
      auto words = between.substr(1);
      for (const std::u32string_view settling : kWordsSettlingAnOutcome) {
        if (words.starts_with(settling)) {
          words.remove_prefix(settling.size());
          break;
        }
      }
      const bool the_rest_after_a_decision = !parts.empty() && starts_with_any(words, kTheRest);
      if (words.find_first_of(U"，,、；;。") != std::u32string_view::npos ||
          !(starts_with_any(words, kDecisionOutcomes) || the_rest_after_a_decision)) {
        break;
      }
      parts.push_back(k);
      added += outcome.value;
      after = outcome.end;
    }
    if (parts.size() < 2 || !add_up_to(parts, metrics, whole)) continue;
    for (const std::size_t k : parts) make_part(metrics[k], whole);
    make_total(metrics[i]);
    i = parts.back();
  }
}

// 查补税款120万元、罚款30万元，共计150万元; 调解纠纷36件、信访事项12件，合计48件: a clause that opens with 共计, 合计
// or 总计 (a verb of up to two characters may follow: 合计入库) and holds nothing but its figure sums the figures of
// its kind in the clause right before it that nothing has linked yet (two or more). It is no figure of the last
// one's kind: its indicator is its own words, its code the parts' when they share one.
void link_sums_after_parts(std::vector<Metric>& metrics, std::u32string_view text, const TextSpans& spans) {
  static constexpr std::u32string_view kSumMarkers[] = {U"共计", U"合计", U"总计"};
  constexpr std::size_t kLongestVerb = 2;
  for (std::size_t k = 0; k < metrics.size(); ++k) {
    Metric& sum = metrics[k];
    if (!sum.of.empty() || sum.role != role::value || !is_count(sum)) continue;
    const std::size_t sentence_start = spans.sentence_around(sum.start).first;
    // The clause is the marker and a verb at most: a separator further back is no such clause (and a long run
    // without separators is not walked for every figure in it).
    constexpr std::size_t kLongestClause = 2 + kLongestVerb;
    std::size_t clause = sum.start;
    while (clause > sentence_start && sum.start - clause <= kLongestClause && !is_clause_separator(text, clause - 1)) {
      --clause;
    }
    if (clause == sentence_start || !is_clause_separator(text, clause - 1)) continue;
    const std::u32string_view words = text.substr(clause, sum.start - clause);
    const auto marker = std::find_if(std::begin(kSumMarkers), std::end(kSumMarkers),
                                     [&](std::u32string_view m) { return words.starts_with(m); });
    if (marker == std::end(kSumMarkers) || words.size() > marker->size() + kLongestVerb) {
      continue;
    }
    // The parts are the listing of the clause right before it (新增专职调解员8名、法律明白人12名，共计20名: not the
    // 56 调解员 of the clause before that).
    constexpr std::size_t kLongestListing = 200;
    std::size_t listing = clause - 1;
    while (listing > sentence_start && clause - listing < kLongestListing && !is_clause_separator(text, listing - 1)) {
      --listing;
    }
    std::vector<std::size_t> parts;
    for (std::size_t t = k; t-- > 0 && metrics[t].start >= listing;) {
      const Metric& part = metrics[t];
      if (part.role == role::total || !part.of.empty()) break;
      if (part.role == role::value && is_count(part) && same_unit_family(part, sum)) parts.push_back(t);
    }
    // “好差评”非常满意802条，满意163条，合计965条: items in clauses of their own, one figure each, are the parts when
    // the nearest of them add up to the sum exactly; the sum says so, as a listing in one clause says it by its 、.
    if (parts.size() < 2) parts = parts_adding_up_to(metrics, k, sentence_start);
    if (parts.size() < 2) continue;
    const std::string& code = metrics[parts.front()].code;
    const bool one_code =
        std::all_of(parts.begin(), parts.end(), [&](std::size_t t) { return metrics[t].code == code; });
    sum.indicator = encode_utf8(name_of_what_is_summed(metrics, parts, words));
    sum.code = one_code ? code : std::string();
    for (const std::size_t t : parts) make_part(metrics[t], sum);
    make_total(sum);
  }
}

int stated_decimals(const Metric& metric) {
  auto at = metric.text.find('.');
  if (at == std::string::npos) {
    at = metric.text.find("．");
    if (at != std::string::npos) at += 2;
  }
  if (at == std::string::npos) return 0;
  int decimals = 0;
  for (++at; at < metric.text.size() && metric.text[at] >= '0' && metric.text[at] <= '9'; ++at) ++decimals;
  return decimals;
}

// 上半年调解纠纷41件，下半年调解纠纷37件，全年共调解纠纷78件: figures of parts of the year (halves, quarters) in
// clauses before a clause on the whole year, of the same code, are parts of the year's figure, not more of the same.
void link_periods_to_the_year(std::vector<Metric>& metrics, std::u32string_view text, const TextSpans& spans) {
  constexpr std::size_t kLongestLead = 2 * kLongestSettlingWords;
  constexpr std::u32string_view kPeriods[] = {U"上半年",   U"下半年", U"第一季度", U"第二季度", U"第三季度",
                                              U"第四季度", U"一季度", U"二季度",   U"三季度",   U"四季度"};
  constexpr std::u32string_view kPeriodShares[] = {U"上", U"下", U"1", U"2", U"3", U"4", U"1", U"2", U"3", U"4"};
  for (std::size_t k = 1; k < metrics.size(); ++k) {
    Metric& year = metrics[k];
    if (!year.of.empty() || year.role != role::value || !is_count(year) || year.code.empty()) continue;
    if (!clause_before(text, year.start, kLongestLead).starts_with(U"全年")) continue;
    const std::size_t sentence_start = spans.sentence_around(year.start).first;
    std::vector<std::size_t> parts;
    std::set<std::u32string_view> covered;
    for (std::size_t t = k; t-- > 0 && metrics[t].start >= sentence_start;) {
      const Metric& part = metrics[t];
      if (part.role != role::value || !part.of.empty() || part.code != year.code || !same_unit_family(part, year))
        continue;
      const auto lead = clause_before(text, part.start, kLongestLead);
      const auto period = std::find_if(std::begin(kPeriods), std::end(kPeriods),
                                       [&](std::u32string_view word) { return lead.starts_with(word); });
      if (period != std::end(kPeriods)) {
        parts.push_back(t);
        covered.insert(kPeriodShares[period - std::begin(kPeriods)]);
      }
    }
    // Only parts that make up the whole year: both halves or all four quarters (two quarters are no breakdown).
    const bool halves = covered.contains(U"上") && covered.contains(U"下");
    const bool quarters =
        covered.contains(U"1") && covered.contains(U"2") && covered.contains(U"3") && covered.contains(U"4");
    if (parts.size() < 2 || !(halves || quarters)) continue;
    for (const std::size_t t : parts) make_part(metrics[t], year);
    make_total(year);
  }
}

// Whether the percentage `rate` says it is no share of earlier counts: a bound (40%以内, 5%以下: a limit set or
// kept to, not a ratio worked out from counts), or a share of a length of time (压缩至法定时限的40%, 压缩至
// 原办理时间的50%): a time limit is no count of cases or licences.
bool is_a_share_of_something_else(std::u32string_view text, const Metric& rate) {
  if (rate.qualifier.find("以内") != std::string::npos || rate.qualifier.find("以下") != std::string::npos) return true;
  constexpr std::u32string_view kTimes[] = {U"时限", U"时间", U"时长", U"期限", U"用时", U"周期"};
  // The figure's text opens with its own qualifier (约40%), so the words before it are the lead's.
  std::u32string_view lead = text.substr(0, rate.start);
  if (lead.ends_with(U"的")) lead.remove_suffix(1);
  return std::any_of(std::begin(kTimes), std::end(kTimes),
                     [&](std::u32string_view time) { return lead.ends_with(time); });
}

// A rate whose value is, at the precision it is written with, one earlier count of its paragraph over
// another ("受理626件……达成协议618件……成功率98.72%"): the larger count is its total, and the smaller a part
// of that total. Only the nearest figures are tried, so a coincidence far away does not link; 100% is left
// alone, since any two equal counts would match it. A rate whose own sentence gives two counts it could be
// of ("来信来访32件，按期办结29件，办结率95%") is about them, matching or not: it is not linked to a pair in
// another sentence that happens to match (rate-mismatch judges the sentence's own). A count already listed as
// a part of another (其中…) is not one of those two: "达成协议618件，其中…161件，成功率98.72%" is 618 of the
// total in the sentence before. Arithmetic alone does not link a percentage whose words say what it is of or
// that it is a bound (is_a_share_of_something_else): "承诺时限压缩至法定时限的40%以内" after 48 and 19 licences is
// no 19 of 48.
void link_rates(std::vector<Metric>& metrics, std::u32string_view text, const TextSpans& spans) {
  constexpr std::size_t kCandidates = 6;
  for (std::size_t r = 0; r < metrics.size(); ++r) {
    Metric& rate = metrics[r];
    if (!is_percentage(rate) || rate.role != role::rate || !rate.of.empty() || rate.value_max || rate.value <= 0 ||
        rate.value >= 100) {
      continue;  // a change (同比增长15%) or an earlier period's rate is no rate of this year's counts
    }
    if (is_a_share_of_something_else(text, rate)) continue;
    const double tolerance = 0.5 * std::pow(10.0, -stated_decimals(rate)) + 1e-9;
    const std::size_t paragraph = spans.paragraph_around(rate.start).first;
    const std::size_t sentence = spans.sentence_around(rate.start).first;
    const auto is_exact_count = [&](const Metric& m) { return is_count(m) && !is_approximate(m) && !m.value_max; };
    std::size_t in_sentence = 0;
    for (std::size_t k = r; k-- > 0 && metrics[k].start >= sentence;) {
      in_sentence += is_exact_count(metrics[k]) && metrics[k].role != role::part ? 1 : 0;
    }
    const std::size_t floor = in_sentence >= 2 ? sentence : paragraph;
    std::vector<std::size_t> counts;
    for (std::size_t k = r; k-- > 0 && metrics[k].start >= floor && counts.size() < kCandidates;) {
      if (is_exact_count(metrics[k])) counts.push_back(k);
    }
    bool linked = false;
    for (std::size_t a = 0; a < counts.size() && !linked; ++a) {
      for (std::size_t b = 0; b < counts.size() && !linked; ++b) {
        Metric& total = metrics[counts[b]];
        Metric& part = metrics[counts[a]];
        if (a == b || total.start > part.start || !same_unit_family(part, total) || total.value <= 0 ||
            part.value > total.value || std::fabs(part.value / total.value * 100 - rate.value) > tolerance)
          continue;
        rate.of = total.id;
        // A total whose breakdown is listed keeps it; otherwise the rate's numerator is a part of it.
        const bool listed = total.role == role::total;
        if (!listed && part.of.empty() && part.value < total.value) {
          make_part(part, total);
          make_total(total);
        }
        linked = true;
      }
    }
  }
}

// Whether the words right before a figure name an earlier period it belongs to: 受理87件（2022年为104件）,
// 比2020年的3,980人, 上年同期为281起. A year counts when it is before the report's.
// The year `text` ends with (2022年, 2022年度, 2022年同期), and how many characters it takes, if any.
std::optional<std::pair<int, std::size_t>> year_ending(std::u32string_view text) {
  for (const std::u32string_view tail : {U"年同期", U"年度", U"年"}) {
    if (!text.ends_with(tail) || text.size() < tail.size() + 4) continue;
    const auto digits = text.substr(text.size() - tail.size() - 4, 4);
    if (!std::all_of(digits.begin(), digits.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) continue;
    int year = 0;
    for (const char32_t c : digits) year = year * 10 + static_cast<int>(c - U'0');
    return std::make_pair(year, tail.size() + 4);
  }
  return std::nullopt;
}

// The length of the earlier period `text` ends with (上年, 去年同期, 2022年 in a 2023 report), 0 if none.
std::size_t earlier_period_ending(std::u32string_view text, std::optional<int> report_year) {
  for (const auto period : kEarlierPeriods) {
    if (text.ends_with(period)) return period.size();
  }
  const auto year = year_ending(text);
  return year && report_year && year->first < *report_year ? year->second : 0;
}

// The length of the earlier period `clause` opens with (上年受理80件, 2022年办理30件), 0 if none. Not a span
// running to the present (2022年以来, 上年12月至今).
std::size_t earlier_period_opening(std::u32string_view clause, std::optional<int> report_year) {
  for (const std::u32string_view running : {U"以来", U"至", U"到", U"起"}) {
    if (clause.find(running) != std::u32string_view::npos) return 0;
  }
  for (const auto period : kEarlierPeriods) {
    if (clause.starts_with(period) && period != U"同期") return period.size();
  }
  // 2023总共需办理复议案件66件: a year written without 年 opens the clause as 2023年 would.
  if (const auto bare = year_written_without_nian(clause); bare && report_year && *bare < *report_year) return 4;
  if (clause.size() < 5 || !clause.substr(4).starts_with(U"年")) return 0;
  const auto year = year_ending(clause.substr(0, 5));
  return year && report_year && year->first < *report_year ? 5 : 0;
}

// Whether `sentence` opens with nothing but an earlier period and a comma (2024年，全镇排查矛盾纠纷218起 in a 2025
// report; 2024年度，; 去年，): the sentence is about that period, its first figure as much as 2024年排查218起's.
// Not a span (2024年以来，), nor a month or a span opening with one (2024年12月至2025年…): those are no period alone.
bool opens_with_an_earlier_period_alone(std::u32string_view sentence, std::optional<int> report_year) {
  const auto comma = sentence.find_first_of(U"，,");
  if (comma == std::u32string_view::npos || comma == 0) return false;
  const auto opening = sentence.substr(0, comma);
  for (const auto period : kEarlierPeriods) {
    if (opening == period && period != U"同期") return true;
  }
  const auto year = year_ending(opening);
  return year && year->second == opening.size() && report_year && year->first < *report_year;
}

// Whether `text` turns from an earlier period to the report's own year (今年, 本年, 2023年 in a 2023 report) or to
// a span that runs into it (三年累计, 以来).
bool leaves_the_earlier_period(std::u32string_view text, std::optional<int> report_year) {
  for (const std::u32string_view word :
       {U"今年", U"本年", U"当年", U"全年", U"累计", U"合计", U"总计", U"共计", U"以来"}) {
    if (text.find(word) != std::u32string_view::npos) return true;
  }
  if (!report_year) return false;
  const auto years = years_written(text);
  return std::find(years.begin(), years.end(), *report_year) != years.end();
}

// The four-digit year that ends at `end` in `text` (2022 in 2022年至 or 2022—), if any.
std::optional<int> four_digit_year_before(std::u32string_view text, std::size_t end) {
  if (end < 4) return std::nullopt;
  if (end > 4 && text[end - 5] >= U'0' && text[end - 5] <= U'9') return std::nullopt;
  int year = 0;
  for (std::size_t i = end - 4; i < end; ++i) {
    if (text[i] < U'0' || text[i] > U'9') return std::nullopt;
    year = year * 10 + static_cast<int>(text[i] - U'0');
  }
  return year;
}

// A span written from one year to another whose 年 is at `at` (2022—2024年, 2022年至2024年): its first and last
// year, and where the first year's digits end.
struct YearsJoined {
  int first = 0;
  int last = 0;
  std::size_t first_end = 0;
};

std::optional<YearsJoined> years_joined_at(std::u32string_view text, std::size_t at) {
  constexpr std::u32string_view kJoins = U"—–-－~～至到";
  const auto last = four_digit_year_before(text, at);
  if (!last || at < 5 || kJoins.find(text[at - 5]) == std::u32string_view::npos) return std::nullopt;
  std::size_t first_end = at - 5;
  if (first_end > 1 && text[first_end - 1] == U'起' && text[first_end - 2] == U'年') --first_end;  // 2021年起至2025年
  if (first_end > 0 && text[first_end - 1] == U'年') --first_end;  // 2022年至2024年 as well as 2022—2024年
  const auto first = four_digit_year_before(text, first_end);
  if (!first || *first >= *last) return std::nullopt;
  return YearsJoined{*first, *last, first_end};
}

bool contains_char(std::u32string_view set, char32_t c) { return set.find(c) != std::u32string_view::npos; }

// Whether `text` ends with the name of a five-year plan of legal education (“七五”普法, "八五"普法, 七五普法).
bool names_a_legal_education_period(std::u32string_view text) {
  for (const std::u32string_view name : {U"五”普法", U"五\"普法", U"五普法"}) {
    if (text.ends_with(name)) return true;
  }
  return false;
}

// Where a clause that opens with a span from one year to the report's or an earlier one ends (2022年至2024年，累计…;
// 2022—2024年共培训… in a 2024 report; 2020年至2023年; 2021年至今), npos if none: several years' figures, never the
// year's. Only at a clause's opening and before a clause break or a word of counting: 实施2023—2025年三年行动方案
// names a plan, not the years its figures count.
std::size_t end_of_a_span_between_years(std::u32string_view text, std::optional<int> report_year) {
  constexpr auto npos = std::u32string_view::npos;
  constexpr std::u32string_view kClauseOpenings = U"，,。；;：:\n（(";
  const auto opens_a_clause = [&](std::size_t at) {
    while (at > 0 && text[at - 1] == U' ') --at;
    return at == 0 || kClauseOpenings.find(text[at - 1]) != npos;
  };
  const auto counts_from = [&](std::size_t end) {
    const auto rest = text.substr(end);
    return rest.empty() || kClauseOpenings.find(rest.front()) != npos ||
           std::u32string_view(U"累共间内来期").find(rest.front()) != npos || rest.starts_with(U"以来");
  };
  // “七五”普法（2016—2020年）期间, “八五”普法（2021—2025年），全镇累计…: the years in brackets after the name of a
  // period, or before a word of a span; a plan's years in brackets (规划（2021—2025年），明确…) stay a name's.
  const auto counts_from_a_bracket = [&](std::size_t first_start, std::size_t end) {
    if (first_start == 0 || !contains_char(U"（(", text[first_start - 1]) || end >= text.size() ||
        !contains_char(U"）)", text[end])) {
      return false;
    }
    const auto after = text.substr(end + 1);
    if (after.starts_with(U"期间") || after.starts_with(U"以来") || after.starts_with(U"时期")) return true;
    const auto before = text.substr(0, first_start - 1);
    return names_a_legal_education_period(before) && (after.empty() || contains_char(U"，,", after.front()));
  };
  std::size_t found = npos;
  const auto note = [&](std::size_t end) { found = found == npos ? end : std::max(found, end); };
  if (text.find(U'年') == npos) return npos;
  for (auto at = text.find(U'年'); at != npos; at = text.find(U'年', at + 1)) {
    const auto span = years_joined_at(text, at);
    if (span && (!report_year || span->last <= *report_year) &&
        ((opens_a_clause(span->first_end - 4) && counts_from(at + 1)) ||
         counts_from_a_bracket(span->first_end - 4, at + 1))) {
      note(at + 1);
    }
  }
  for (auto at = text.find(U"年至今"); at != npos; at = text.find(U"年至今", at + 1)) {
    const auto first = four_digit_year_before(text, at);
    if (first && (!report_year || *first < *report_year) && opens_a_clause(at - 4) && counts_from(at + 3)) note(at + 3);
  }
  return found;
}

// The first year of the five-year plan whose name's 五 is at `five`: a development plan's (“十三五” 2016, “十四五”
// 2021, “十五五” 2026) or one of legal education (“七五”普法 2016, “八五”普法 2021), if its numeral is read.
std::optional<int> first_year_of_a_plan(std::u32string_view text, std::size_t five) {
  constexpr std::u32string_view kOrdinals = U"一二三四五六七八九";
  if (five == 0) return std::nullopt;
  const auto ordinal = kOrdinals.find(text[five - 1]);
  if (ordinal == std::u32string_view::npos) return std::nullopt;
  const bool development = five >= 2 && text[five - 2] == U'十';
  constexpr int kFirstDevelopmentPlanOfTheTens = 2006;  // “十一五”
  constexpr int kFirstLegalEducationPlan = 1986;        // “一五”普法
  return (development ? kFirstDevelopmentPlanOfTheTens : kFirstLegalEducationPlan) + 5 * static_cast<int>(ordinal);
}

// Where a clause that says what stands at a date opens (截至2025年底，截至目前，) and ends, when the figure's own
// clause after it counts 累计: everything done up to then, several years'
// (截至2025年底，全镇累计培育“法律明白人”326名). Without 累计 it is a stock at that date, the year's
// (截至2025年底，全镇共有人民调解员86名), and a date without a year (截至11月底，累计受理…) is of the report's year.
std::size_t end_of_a_cumulation_up_to_a_date(std::u32string_view text) {
  constexpr auto npos = std::u32string_view::npos;
  constexpr std::size_t kLongestDate = 14;  // 截至2025年12月31日
  const auto clause_start = text.find_last_of(U"，,；;：:");
  if (clause_start == npos || text.substr(clause_start).find(U"累计") == npos) return npos;
  std::size_t found = npos;
  for (const std::u32string_view until : {U"截至", U"截止到", U"截止"}) {
    for (auto at = text.find(until); at != npos && at < clause_start; at = text.find(until, at + 1)) {
      const auto date_end = text.find_first_of(U"，,", at);
      if (date_end == npos || date_end - at > kLongestDate) continue;
      const auto date = text.substr(at + until.size(), date_end - at - until.size());
      const bool a_year =
          date.size() >= 5 && date[4] == U'年' &&
          std::all_of(date.begin(), date.begin() + 4, [](char32_t c) { return c >= U'0' && c <= U'9'; });
      const bool now = date.starts_with(U"目前") || date.starts_with(U"当前") || date.starts_with(U"现在");
      if (a_year || now) found = found == npos ? date_end : std::max(found, date_end);
    }
  }
  return found;
}

// Where in `text` the last span of several years that runs to the report's ends (“十三五”期间, 2021年以来 in a
// later report, 近五年, 近10年来, 五年来, 三年间), npos if there is none. 近年来 and 一年来 are no such span, nor a
// law's start (新修订的《行政复议法》实施以来: it may be this year's).
std::size_t end_of_a_span_of_years(std::u32string_view text, std::optional<int> report_year) {
  constexpr auto npos = std::u32string_view::npos;
  std::size_t found = npos;
  // “七五”普法期间（2016—2020年）: the span's years in brackets after it are part of it, no turn to the report's
  // year (turns_to_the_year).
  const auto past_its_years = [&](std::size_t end) {
    constexpr std::size_t kLongestYears = 12;  // 2016年—2020年
    if (end >= text.size() || !contains_char(U"（(", text[end])) return end;
    const auto close = text.substr(end + 1, kLongestYears + 1).find_first_of(U"）)");
    if (close == npos || close == 0) return end;
    const auto years = text.substr(end + 1, close);
    const bool only_years = years.find_first_not_of(U"0123456789年—–-－~～至到") == npos;
    return only_years ? end + close + 2 : end;
  };
  const auto note = [&](std::size_t end) {
    end = past_its_years(end);
    found = found == npos ? end : std::max(found, end);
  };
  // A span that describes what the year's work looked at counts nothing of its own: 对近三年的行政执法案卷开展评查,
  // 清理近五年出台的规范性文件, 2021年以来出台的规范性文件.
  const auto describes_a_thing = [&](std::size_t end) {
    constexpr std::size_t kLongestVerbBeforeDe = 3;  // 出台的, 制定的, 印发的
    const auto after = text.substr(end, kLongestVerbBeforeDe + 1);
    const auto de = after.find(U'的');
    return de != npos && after.substr(0, de).find_first_of(U"，,。；;") == npos;
  };
  // 谋划“十五五”时期（2026—2030年）…重点项目12个: a plan still to come has done nothing yet.
  const auto a_plan_to_come = [&](std::size_t five) {
    const auto first = first_year_of_a_plan(text, five);
    return first && report_year && *first > *report_year;
  };
  // “十四五”期间, “十三五”时期, “十四五”以来, and with the plan or its start said: “十四五”规划期间,
  // “十四五”规划实施以来, “十四五”开局以来.
  for (auto at = text.find(U'五'); at != npos; at = text.find(U'五', at + 1)) {
    std::size_t end = at + 1;
    if (end < text.size() && contains_char(U"”\"", text[end])) ++end;
    const auto rest = text.substr(end);
    std::size_t started = 0;
    if (first_year_of_a_plan(text, at)) {
      for (const std::u32string_view start : {U"规划实施", U"规划启动", U"规划", U"开局", U"实施", U"启动"}) {
        if (rest.starts_with(start)) {
          started = start.size();
          break;
        }
      }
    }
    for (const std::u32string_view span : {U"期间", U"时期", U"以来"}) {
      if (!rest.substr(started).starts_with(span)) continue;
      const std::size_t span_end = end + started + span.size();
      if (!describes_a_thing(span_end) && !a_plan_to_come(at)) note(span_end);
    }
  }
  // “七五”普法期间, “八五”普法以来, “八五”普法实施以来: a five-year plan of legal education is such a span too.
  for (auto at = text.find(U"普法"); at != npos; at = text.find(U"普法", at + 1)) {
    if (!names_a_legal_education_period(text.substr(0, at + 2))) continue;
    const std::size_t five = text.substr(0, at).find_last_of(U'五');
    if (five != npos && a_plan_to_come(five)) continue;
    auto rest = text.substr(at + 2);
    std::size_t end = at + 2;
    // “八五”普法开展以来, “八五”普法启动以来: however the plan's start is said.
    for (const std::u32string_view started :
         {U"规划实施", U"规划启动", U"工作开展", U"工作启动", U"实施", U"开展", U"启动"}) {
      if (rest.starts_with(started)) {
        rest.remove_prefix(started.size());
        end += started.size();
        break;
      }
    }
    for (const std::u32string_view span : {U"期间", U"时期", U"以来"}) {
      if (rest.starts_with(span) && !describes_a_thing(end + span.size())) note(end + span.size());
    }
  }
  for (auto at = text.find(U"以来"); at != npos; at = text.find(U"以来", at + 1)) {
    const auto year = year_ending(text.substr(0, at));
    if (year && report_year && year->first < *report_year && !describes_a_thing(at + 2)) note(at + 2);
  }
  constexpr std::u32string_view kNumerals = U"〇零一二两三四五六七八九十";
  for (auto at = text.find(U'年'); at != npos; at = text.find(U'年', at + 1)) {
    // The number of years: two to ninety-nine in digits (近10年), or a Chinese numeral that is no year's last digit
    // (二〇二四年来信来访 is 2024).
    std::size_t digits = 0;
    while (digits < at && text[at - 1 - digits] >= U'0' && text[at - 1 - digits] <= U'9') ++digits;
    std::size_t from = at - digits;
    bool several = false;
    if (digits == 1 || digits == 2) {
      several = text[at - 1] >= U'2' || digits == 2;
    } else if (digits == 0 && at > 0 && kNumerals.find(text[at - 1]) != npos && text[at - 1] != U'一' &&
               text[at - 1] != U'〇' && text[at - 1] != U'零') {
      from = at - 1;
      several = from == 0 || kNumerals.find(text[from - 1]) == npos || text[from - 1] == U'十';
    }
    if (!several) continue;
    // 近五年, 过去五年, 过去5年: the years up to now.
    const bool near = (from > 0 && text[from - 1] == U'近') || (from > 1 && text.substr(from - 2, 2) == U"过去");
    const bool since = at + 1 < text.size() && (text[at + 1] == U'来' || text[at + 1] == U'间');
    const std::size_t end = at + (since ? 2 : 1);
    if ((near || since) && !describes_a_thing(end)) note(end);
  }
  // 自2021年起，从2021年起: from an earlier year on, up to now (not 自2025年起 in a 2025 report: the year's own).
  for (auto at = text.find(U"年起"); at != npos; at = text.find(U"年起", at + 1)) {
    const auto year = four_digit_year_before(text, at);
    const bool from_it = at >= 5 && (text[at - 5] == U'自' || text[at - 5] == U'从');
    if (year && from_it && report_year && *year < *report_year && !describes_a_thing(at + 2)) note(at + 2);
  }
  if (const std::size_t end = end_of_a_span_between_years(text, report_year); end != npos) note(end);
  if (const std::size_t end = end_of_a_cumulation_up_to_a_date(text); end != npos) note(end);
  return found;
}

// Whether `sentence` has a word every span of years has (以来, 期间, 时期, 年来, 年间, 近…年, 过去…年, …年起, 截至…)
// or opens a clause with one from year to year: most sentences have none, and their figures need no closer look.
bool may_hold_a_span_of_years(std::u32string_view sentence, std::optional<int> report_year) {
  // Every such word has 年, 来, 期 or 截: one scan settles most sentences.
  if (sentence.find_first_of(U"年来期截") == std::u32string_view::npos) return false;
  for (const std::u32string_view word :
       {U"以来", U"期间", U"时期", U"年来", U"年间", U"过去", U"年起", U"截至", U"截止"}) {
    if (sentence.find(word) != std::u32string_view::npos) return true;
  }
  constexpr std::size_t kLongestNumberOfYears = 3;  // 近10年, 近三十年
  for (auto at = sentence.find(U'近'); at != std::u32string_view::npos; at = sentence.find(U'近', at + 1)) {
    if (sentence.substr(at + 1, kLongestNumberOfYears + 1).find(U'年') != std::u32string_view::npos) return true;
  }
  return end_of_a_span_between_years(sentence, report_year) != std::u32string_view::npos;
}

// The first and last year of a span `clause` names (近三年, 近3年 up to the report year; 2022—2024年, 2022年至2024年),
// if any.
std::optional<std::pair<int, int>> years_of_the_span(std::u32string_view clause, int report_year) {
  constexpr auto npos = std::u32string_view::npos;
  constexpr std::u32string_view kCounts = U"两二三四五六七八九";
  for (auto at = clause.find(U'近'); at != npos && at + 2 < clause.size(); at = clause.find(U'近', at + 1)) {
    if (clause[at + 2] != U'年') continue;
    const char32_t count = clause[at + 1];
    int years = count >= U'2' && count <= U'9' ? static_cast<int>(count - U'0') : 0;
    if (const auto numeral = kCounts.find(count); numeral != npos)
      years = numeral == 0 ? 2 : static_cast<int>(numeral) + 1;
    if (years >= 2) return std::pair{report_year - years + 1, report_year};
  }
  for (auto at = clause.find(U'年'); at != npos; at = clause.find(U'年', at + 1)) {
    if (const auto span = years_joined_at(clause, at)) return std::pair{span->first, span->last};
  }
  return std::nullopt;
}

// 近三年受理案件分别为241件、268件和296件, 2022年至2024年分别化解纠纷301件、322件和340件: one figure for each year of
// the span, in order, listed after 分别 — the report year's a value, the earlier years' previous, not three sums
// over the span nor three of the year's figures.
void give_each_year_its_figure(std::vector<Metric>& metrics, std::u32string_view text, const TextSpans& spans,
                               std::optional<int> report_year) {
  if (!report_year) return;
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    // Sums over the span (近三年…分别为) or figures of no year (2022年至2024年分别化解纠纷…).
    if (metrics[i].role != role::cumulative && metrics[i].role != role::value) continue;
    constexpr std::size_t kLongestClause = 30;
    if (clause_before(text, metrics[i].start, kLongestClause).find(U"分别") == std::u32string_view::npos) continue;
    std::size_t last = i;
    while (last + 1 < metrics.size() && metrics[last + 1].role == metrics[i].role &&
           same_unit_family(metrics[i], metrics[last + 1]) && metrics[last].end <= metrics[last + 1].start) {
      const auto joint = text.substr(metrics[last].end, metrics[last + 1].start - metrics[last].end);
      if (joint != U"、" && joint != U"和" && joint != U"及") break;
      ++last;
    }
    const std::size_t sentence = spans.sentence_around(metrics[i].start).first;
    const auto years = years_of_the_span(text.substr(sentence, metrics[i].start - sentence), *report_year);
    if (years && years->second - years->first == static_cast<int>(last - i)) {
      for (std::size_t k = i; k <= last; ++k) {
        const int year = years->first + static_cast<int>(k - i);
        if (year <= *report_year) metrics[k].role = year == *report_year ? role::value : role::previous;
      }
    }
    i = last;
  }
}

// Whether `text` turns to the report's own year (今年, 全年, 2023年 in a 2023 report).
bool turns_to_the_year(std::u32string_view text, std::optional<int> report_year) {
  for (const std::u32string_view word : {U"今年", U"本年", U"当年", U"全年", U"年内"}) {
    if (text.find(word) != std::u32string_view::npos) return true;
  }
  if (!report_year) return false;
  const auto years = years_written(text);
  return std::find(years.begin(), years.end(), *report_year) != years.end();
}

// Whether `opening` names nothing but the end of a plan compared with: 较“十三五”末, 与“十三五”末相比, 比“十四五”末.
bool compares_with_a_plans_end(std::u32string_view opening) {
  const bool with = opening.starts_with(U"与") || opening.starts_with(U"和") || opening.starts_with(U"同");
  if (with) {
    bool compared = false;
    for (const std::u32string_view word : {U"相比", U"比较", U"对比"}) {
      if (opening.ends_with(word)) {
        opening.remove_suffix(word.size());
        compared = true;
      }
    }
    if (!compared) return false;
    opening.remove_prefix(1);
  } else {
    bool compared = false;
    for (const std::u32string_view word : {U"相较于", U"相较", U"相比", U"较", U"比"}) {
      if (opening.starts_with(word)) {
        opening.remove_prefix(word.size());
        compared = true;
        break;
      }
    }
    if (!compared) return false;
  }
  return !opening.empty() && plans_end_length(opening) == opening.size();
}

// 较“十三五”末，全镇持证执法人员增加11名; 与“十三五”末相比，…增加11名: a sentence that opens with nothing but the end
// of a plan compared with states changes as one opening with a year (较2020年，) does: in a clause that ends with which
// way it went (not a level reached, 增加到28名, 达到28名).
bool changes_since_a_plans_end(std::u32string_view text, const Metric& m, const TextSpans& spans) {
  const auto clause = clause_before(text, m.start, detail::kLongestChangeClause);
  if (detail::direction_ending(clause) == 0 || clause.ends_with(U"为") || clause.ends_with(U"达")) return false;
  std::size_t sentence = spans.sentence_around(m.start).first;
  auto opening = text.substr(sentence, m.start - sentence);
  while (!opening.empty() && (opening.front() == U' ' || opening.front() == U'\u3000')) opening.remove_prefix(1);
  opening.remove_prefix(heading_marker_length(opening));
  const auto comma = opening.find_first_of(U"，,");
  return comma != std::u32string_view::npos && compares_with_a_plans_end(opening.substr(0, comma));
}

bool is_of_an_earlier_period(std::u32string_view text, const Metric& m, std::optional<int> report_year) {
  constexpr std::size_t kLongestLead = 12;
  constexpr std::u32string_view kLeadEnds = U"，,。；;（(、\n";
  std::size_t begin = m.start;
  while (begin > 0 && m.start - begin < kLongestLead && kLeadEnds.find(text[begin - 1]) == std::u32string_view::npos) {
    --begin;
  }
  std::u32string_view before = text.substr(begin, m.start - begin);
  const bool of_the_period = before.ends_with(U"的");
  while (!before.empty() && std::u32string_view(U"为的是：: ").find(before.back()) != std::u32string_view::npos) {
    before.remove_suffix(1);
  }
  if (before.ends_with(U"分别")) before.remove_suffix(2);  // 上年分别为6件和3件
  // 为上年的107.5%, 是2022年的237.5%, 达去年同期的107.5%, 是上年的1.5倍: a percentage or a multiple of the
  // earlier figure, not the earlier figure.
  const auto a_ratio_to = [&](std::size_t period_size) {
    const auto lead = before.substr(0, before.size() - period_size);
    return (is_percentage(m) || is_multiple(m)) && of_the_period &&
           (lead.ends_with(U"为") || lead.ends_with(U"是") || lead.ends_with(U"相当于") || lead.ends_with(U"达") ||
            lead.ends_with(U"达到"));
  };
  if (const std::size_t period = earlier_period_ending(before, report_year); period > 0) return !a_ratio_to(period);
  // 较上年（50份）增加14份: the earlier figure in a bracket right after the period.
  if (before.empty() && begin > 0 && (text[begin - 1] == U'（' || text[begin - 1] == U'(')) {
    const std::size_t from = begin - 1 >= kLongestLead ? begin - 1 - kLongestLead : 0;
    if (earlier_period_ending(text.substr(from, begin - 1 - from), report_year) > 0) return true;
  }
  // 上年受理80件, 2022年办理30件: a clause that opens with the earlier period.
  std::size_t clause = begin;
  while (clause > 0 && m.start - clause < 2 * kLongestLead &&
         kLeadEnds.find(text[clause - 1]) == std::u32string_view::npos) {
    --clause;
  }
  // After a bracketed heading marker, the clause opens past it (（一）2023年排查218起).
  if (clause > 0 && (text[clause - 1] == U'（' || text[clause - 1] == U'(')) {
    if (const std::size_t marker = heading_marker_length(text.substr(clause - 1, m.start - clause + 1)); marker > 0) {
      clause += marker - 1;
    }
  }
  const bool clause_opens = clause == 0 || kLeadEnds.find(text[clause - 1]) != std::u32string_view::npos ||
                            text[clause - 1] == U'）' || text[clause - 1] == U')';
  // After a list number at a line's start (2.2023年受理…; 2、 ends a clause already).
  if (clause == 0 || text[clause - 1] == U'\n') clause += heading_marker_length(text.substr(clause, m.start - clause));
  return clause_opens && earlier_period_opening(text.substr(clause, m.start - clause), report_year) > 0;
}

// 处理校园矛盾纠纷23起，调解成功21起: the disputes settled are some of the disputes the sentence counted before
// them, whatever a rate says (link_rates links them when it matches). Only settlement: cases concluded
// (办结, 审结) may include those carried over from the year before. The disputes may have a listing of their own
// after the settled count (调解矛盾纠纷320件，调解成功316件，其中婚姻家庭纠纷97件), not before it (排查矛盾纠纷120件，
// 其中…，化解118件: what was settled may be of the last item).
void link_settled_disputes(std::vector<Metric>& metrics, std::u32string_view text, const TextSpans& spans) {
  for (std::size_t k = 1; k < metrics.size(); ++k) {
    Metric& settled = metrics[k];
    if (settled.role != role::value || !settled.of.empty()) continue;
    const std::size_t j = disputes_settled_by(metrics, k, text, spans);
    if (j == std::u32string_view::npos) continue;
    const Metric& disputes = metrics[j];
    const bool listed_before = std::any_of(metrics.begin() + static_cast<std::ptrdiff_t>(j) + 1,
                                           metrics.begin() + static_cast<std::ptrdiff_t>(k),
                                           [&](const Metric& m) { return m.of == disputes.id; });
    const bool whole = disputes.role == role::value || (disputes.role == role::total && !listed_before);
    if (whole && disputes.of.empty()) {
      make_part(settled, disputes);
      make_total(metrics[j]);
    }
  }
}

// 新增持证执法人员312名，全市持证执法人员达到2,846名: the people or things added in the year are some of the
// number the same sentence says was reached, not more of them.
// A clause that opens with the report's own year (2025年新增…, 2025年度新增… in a 2025 report) opens, past it, as one
// without it: the year is the one the report is of, as 全年 is.
std::u32string_view past_the_reports_year(std::u32string_view words, std::optional<int> report_year) {
  if (!report_year || words.size() < 5) return words;
  for (const std::u32string_view tail : {U"年度", U"年"}) {
    if (words.size() < 4 + tail.size() || words.substr(4, tail.size()) != tail) continue;
    const auto year = year_ending(words.substr(0, 4 + tail.size()));
    if (year && year->first == *report_year && year->second == 4 + tail.size()) {
      return words.substr(4 + tail.size());
    }
  }
  return words;
}

void link_additions_to_the_number_reached(std::vector<Metric>& metrics, std::u32string_view text,
                                          const TextSpans& spans, std::optional<int> report_year) {
  constexpr std::u32string_view kAdded[] = {U"新增", U"新招录", U"新聘", U"新发展", U"新培育", U"新配备", U"划转"};
  constexpr std::u32string_view kReached[] = {U"达到", U"达", U"总数", U"共有", U"总计", U"现有"};
  const auto clause_words = [&](const Metric& m) { return clause_before(text, m.start, 2 * kLongestSettlingWords); };
  for (std::size_t k = 0; k + 1 < metrics.size(); ++k) {
    Metric& added = metrics[k];
    std::u32string_view added_words = past_the_reports_year(clause_words(added), report_year);
    for (const std::u32string_view year : {U"全年", U"今年", U"本年", U"当年", U"年内"}) {
      if (added_words.starts_with(year)) added_words.remove_prefix(year.size());  // 全年新增持证执法人员30名
    }
    if (added.role != role::value || !added.of.empty() || !is_count(added) || added.code.empty() ||
        !starts_with_any(added_words, kAdded)) {
      continue;
    }
    const std::size_t sentence_end = spans.sentence_around(added.start).second;
    for (std::size_t j = k + 1; j < metrics.size() && metrics[j].end <= sentence_end; ++j) {
      Metric& reached = metrics[j];
      if (!is_count(reached) || reached.code != added.code || !same_unit_family(reached, added)) continue;
      const std::u32string_view words = clause_words(reached);
      // The word may be the figure's own qualifier (达到2,846名).
      const bool says_reached = reached.qualifier.find("达") != std::string::npos ||
                                std::any_of(std::begin(kReached), std::end(kReached), [&](std::u32string_view word) {
                                  return words.find(word) != std::u32string_view::npos;
                                });
      if (says_reached && reached.role == role::value && reached.of.empty() && reached.value >= added.value) {
        make_part(added, reached);
        make_total(reached);
      }
      break;
    }
  }
}

// 由62项精简为48项, 由20个工作日压缩至12个工作日, 合格率由94.2%提高到97.8%, 从8人增加到12人: the figure after
// 由 or 从 is the level the change started from, an earlier one; the figure after a verb of change and 到, 至 or 为 the
// level reached, named as the earlier one when the change's verb is all its own name (精简).
// A length of time, whatever it is counted in: 由1个半月压缩至10天 changes one time limit.
bool is_duration(const Metric& metric) {
  const std::u32string unit = decode_utf8(metric.unit);
  return std::find(std::begin(kTimeLimitUnits), std::end(kTimeLimitUnits), unit) != std::end(kTimeLimitUnits);
}

// 由每月1,900元提高到2,100元: the level reached leaves unsaid the per-unit its starting level gave (元/月 and 元).
bool same_amount_per_unit(const Metric& from, const Metric& to) {
  return from.unit.starts_with(to.unit + "/") || to.unit.starts_with(from.unit + "/");
}

// Words that say the level a change started from was the earlier one, no part of its name:
// 由原来串联办理审批时间240多天.
constexpr std::u32string_view kWordsOfBefore[] = {U"原来的", U"过去的", U"以往的", U"原来", U"过去", U"以往", U"原"};

// The length of the verb of change and the 到, 至 or 为 that open `between` (缩短到, 提高了到, 精简为), 0 if none.
std::size_t change_to_length(std::u32string_view between) {
  constexpr std::u32string_view kChanges[] = {U"提高", U"增加", U"增长", U"上升", U"提升", U"扩大", U"下降", U"减少",
                                              U"降低", U"压缩", U"压减", U"压降", U"削减", U"缩短", U"缩减", U"精简",
                                              U"调整", U"提速", U"提",   U"增",   U"升",   U"降",   U"减",   U"缩"};
  for (const std::u32string_view verb : kChanges) {
    if (!between.starts_with(verb)) continue;
    std::size_t k = verb.size();
    if (k < between.size() && between[k] == U'了') ++k;
    if (k < between.size() && std::u32string_view(U"到至为").find(between[k]) != std::u32string_view::npos)
      return k + 1;
    return 0;  // the longest verb that opens it decides: 提速 is not 提
  }
  return 0;
}

// Where the 由 or 从 that opens the level a change started from stands before the figure at `start`, or npos: right
// before it with a few words (由每人每月148元), or with the name of what changed between (从法定平均办理时间20.86天,
// 由原来串联办理审批时间240多天: words of one name, nothing else).
std::size_t from_word_before(std::u32string_view text, std::size_t start) {
  constexpr std::size_t kLongestFromWords = 6;  // 由每人每月148元
  constexpr std::size_t kLongestName = 14;      // 原来串联办理审批时间 and a few words more
  constexpr std::u32string_view kSeparators = U"，,；;。、：:\n";
  for (std::size_t at = start; at > 0 && start - at < kLongestName; --at) {
    const char32_t c = text[at - 1];
    if (kSeparators.find(c) != std::u32string_view::npos) break;
    if (start - at >= kLongestFromWords && !is_han(c)) break;
    if (c == U'由' || c == U'从') {
      const bool named_between = start - at >= kLongestFromWords;
      if (named_between && !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at),
                                        text.begin() + static_cast<std::ptrdiff_t>(start), is_han)) {
        return std::u32string_view::npos;
      }
      return at - 1;
    }
  }
  return std::u32string_view::npos;
}

// The name of the level a change started from without its 由 or 从 and the words saying it was earlier
// (重大项目由原来串联办理审批时间 → 重大项目串联办理审批时间), when the name ends with what follows them.
std::string without_the_from_word(const std::string& indicator, std::u32string_view from_words) {
  const std::u32string name = decode_utf8(indicator);
  if (from_words.size() < 2 || !std::u32string_view(name).ends_with(from_words)) return indicator;
  std::u32string_view rest = from_words.substr(1);
  for (const auto before : kWordsOfBefore) {
    if (rest.starts_with(before)) {
      rest.remove_prefix(before.size());
      break;
    }
  }
  if (rest.empty()) return indicator;
  return encode_utf8(name.substr(0, name.size() - from_words.size()) + std::u32string(rest));
}

void mark_levels_changed_from(std::vector<Metric>& metrics, std::u32string_view text) {
  constexpr std::size_t kLongestNameOfTheLevelReached = 12;
  for (std::size_t i = 0; i + 1 < metrics.size(); ++i) {
    Metric& from = metrics[i];
    Metric& to = metrics[i + 1];
    if ((from.role != role::value && from.role != role::rate) || to.start < from.end ||
        !(same_unit_family(from, to) || same_amount_per_unit(from, to) || (is_duration(from) && is_duration(to)))) {
      continue;
    }
    std::u32string_view between = text.substr(from.end, to.start - from.end);
    // 由原来串联办理审批时间240多天，缩短到并联办理审批时间92天: a comma may set the level reached apart.
    if (between.starts_with(U"，") || between.starts_with(U",")) between.remove_prefix(1);
    // A verb of change between them: without one, 从2000元到5万元不等 and 由3至5名 are ranges.
    const std::size_t change_to = change_to_length(between);
    if (change_to == 0) continue;
    // 压缩到现在的3个工作日: the level reached now is the level reached. 缩短到并联办理审批时间92天: the words after
    // the verb name the level reached.
    std::u32string_view named_after = between.substr(change_to);
    for (const auto now : kWordsOfNow) {
      if (named_after == now) {
        named_after = {};
        break;
      }
    }
    if (named_after.size() > kLongestNameOfTheLevelReached ||
        !std::all_of(named_after.begin(), named_after.end(), is_han)) {
      continue;
    }
    const std::size_t from_word = from_word_before(text, from.start);
    if (from_word == std::u32string_view::npos) continue;
    from.role = role::previous;
    from.indicator = without_the_from_word(from.indicator, text.substr(from_word, from.start - from_word));
    std::u32string_view verb = between.substr(0, change_to - 1);
    if (verb.ends_with(U"了")) verb.remove_suffix(1);
    const std::u32string to_name = decode_utf8(to.indicator);
    if (to_name.empty() || to_name == verb || to_name == between.substr(0, change_to) || to_name == between ||
        to_name == named_after) {
      if (named_after.size() >= 2) {
        to.indicator = encode_utf8(named_after);
      } else {
        to.indicator = from.indicator;
        to.code = from.code;
      }
    }
  }
}

}  // namespace

// Whether `metrics[i]` is the level a change reached from the figure before it (五年间…由38项精简为21项): what
// stands now, not a sum over the span.
bool reaches_a_level(const std::vector<Metric>& metrics, std::size_t i, std::u32string_view text) {
  if (i == 0 || metrics[i - 1].role != role::previous || metrics[i - 1].end > metrics[i].start) return false;
  const auto between = text.substr(metrics[i - 1].end, metrics[i].start - metrics[i - 1].end);
  constexpr std::size_t kLongestChange = 4;  // 压缩到了
  return between.size() <= kLongestChange &&
         (between.ends_with(U"为") || between.ends_with(U"到") || between.ends_with(U"至"));
}

std::size_t plans_end_length(std::u32string_view words) {
  constexpr std::size_t kLongestPlanName = 4;  // “十三
  for (const std::u32string_view end : {U"五”末", U"五\"末", U"五末", U"五”期末", U"五\"期末", U"五期末"}) {
    const auto at = words.substr(0, kLongestPlanName + end.size()).find(end);
    if (at != std::u32string_view::npos && at <= kLongestPlanName) return at + end.size();
  }
  return 0;
}

// 行政许可类事项压缩办理时限62%, 全市政务服务事项平均压缩办理时间55%: a cut ending on the time a thing takes
// (时限, 时间, 用时, 时长, 周期) says what the share is of itself, so the things whose time was cut may be named at
// any length a name takes; a cut of other things keeps to a short subject (…申请材料精简40%).
namespace {
bool cuts_a_time(std::u32string_view clause) {
  for (const std::u32string_view time : {U"时限", U"时间", U"用时", U"时长", U"周期"}) {
    if (clause.ends_with(time)) return true;
  }
  return false;
}
}  // namespace

// Whether the percentage `m` is how much a cut took off something, its clause a verb of cutting and what was cut
// (平均减少申请材料62%, 压减办理时间70%以上, 降低企业成本15%): a change, not a rate. Not a level reached or a share
// of something (压缩至法定时限的40%, 降低到5%, 减少率3%), nor a clause holding other figures.
bool is_a_cut_by_a_share(std::u32string_view text, const Metric& m) {
  constexpr std::size_t kLongestClause = 14;         // 平均减少申请材料 and a few words more
  constexpr std::size_t kLongestClauseOnATime = 24;  // 全市行政许可类事项平均压缩法定办理时限
  constexpr std::u32string_view kSeparators = U"，,；;。、：:\n（(";
  std::size_t from = m.start;
  while (from > 0 && m.start - from < kLongestClauseOnATime &&
         kSeparators.find(text[from - 1]) == std::u32string_view::npos) {
    --from;
  }
  if (from > 0 && kSeparators.find(text[from - 1]) == std::u32string_view::npos) return false;  // a longer clause
  std::u32string_view clause = text.substr(from, m.start - from);
  const bool on_a_time = cuts_a_time(clause);
  if (clause.size() > kLongestClause && !on_a_time) return false;
  // 申请材料精简40%, 审批环节精简了50%: what was cut, then a verb of cutting the changes of the SDK do not hold (they
  // hold 压减, 缩减 …).
  std::u32string_view ending = clause;
  for (const std::u32string_view tail : {U"了", U"约", U"近"}) {
    if (ending.ends_with(tail)) ending.remove_suffix(tail.size());
  }
  // 提速62.5%, 审批提速30%以上: a speed-up said by its verb alone is a change too.
  for (const std::u32string_view cut : {U"精简", U"削减", U"压降", U"提速"}) {
    if (ending.ends_with(cut)) return true;
  }
  for (const std::u32string_view lead : {U"平均", U"累计", U"分别", U"再", U"共"}) {
    if (clause.starts_with(lead)) clause.remove_prefix(lead.size());
  }
  constexpr std::u32string_view kCuts[] = {U"减少", U"压减", U"压缩", U"精简", U"缩短",
                                           U"降低", U"削减", U"节约", U"节省"};
  // The verb may follow a short subject, the work whose part was cut (项目审批压缩时限40%).
  const std::size_t kLongestSubject = on_a_time ? kLongestClauseOnATime : 6;
  constexpr std::u32string_view kNoObject = U"率比占至到为达的了0123456789０１２３４５６７８９";
  std::size_t verb_at = std::u32string_view::npos;
  const std::u32string_view* verb = std::end(kCuts);
  for (std::size_t at = 0; at <= std::min(kLongestSubject, clause.size()) && verb == std::end(kCuts); ++at) {
    verb = std::find_if(std::begin(kCuts), std::end(kCuts),
                        [&](std::u32string_view word) { return clause.substr(at).starts_with(word); });
    verb_at = at;
  }
  if (verb == std::end(kCuts)) return false;
  if (clause.substr(0, verb_at).find_first_of(kNoObject) != std::u32string_view::npos) return false;
  const std::u32string_view cut = clause.substr(verb_at + verb->size());
  return !cut.empty() && cut.size() <= 8 && cut.find_first_of(kNoObject) == std::u32string_view::npos;
}

void name_bare_totals_by_their_parts(std::vector<Metric>& metrics) {
  static constexpr std::u32string_view kBareTotals[] = {U"合计", U"总计", U"共计", U"小计"};
  // The word of a total named by nothing else (合 计 → 合计), or empty.
  const auto bare_total = [](std::u32string_view name) {
    std::u32string words;
    for (const char32_t c : name) {
      if (c != U' ' && c != U'\u3000') words += c;
    }
    return std::find(std::begin(kBareTotals), std::end(kBareTotals), words) != std::end(kBareTotals) ? words
                                                                                                     : std::u32string{};
  };
  std::unordered_map<std::string, std::vector<std::size_t>> parts_of;
  for (std::size_t k = 0; k < metrics.size(); ++k) {
    if (!metrics[k].of.empty()) parts_of[metrics[k].of].push_back(k);
  }
  constexpr std::size_t kLongestListOfItems = 24;
  for (Metric& total : metrics) {
    const auto name = decode_utf8(total.indicator);
    const auto parts = parts_of.find(total.id);
    const auto word = bare_total(name);
    if (word.empty() || parts == parts_of.end() || parts->second.size() < 2) continue;
    std::vector<std::u32string> names;
    for (const std::size_t k : parts->second) {
      auto part = decode_utf8(metrics[k].indicator);
      if (part.empty() || !bare_total(part).empty()) {  // a corner's parts are totals themselves: nothing to name it by
        names.clear();
        break;
      }
      if (std::find(names.begin(), names.end(), part) == names.end()) names.push_back(std::move(part));
    }
    if (names.empty()) continue;
    std::u32string items = listed_with_commas(names);
    if (items.size() > kLongestListOfItems) {
      // Many rows: the end their names share, when it is a word (案件), else the total keeps its word.
      std::size_t shared = names.front().size();
      for (const auto& part : names) shared = std::min(shared, common_suffix(names.front(), part));
      if (shared < 2) continue;
      items = names.front().substr(names.front().size() - shared);
    }
    total.indicator = encode_utf8(items + word);
  }
}

void assign_roles(std::vector<Metric>& metrics, std::u32string_view text, std::optional<int> report_year) {
  const TextSpans spans(text);
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    Metric& metric = metrics[i];
    metric.id = "m" + std::to_string(i + 1);
    // A rate of an earlier period (上年为96%) is a previous figure too: what a change is measured from. A table
    // cell under an earlier year's column came as one, under a column of changes as a change.
    const bool share = is_percentage(metric) || is_per_mille(metric);
    const bool relative = is_relative(metric) || is_per_mille(metric);
    metric.role = metric.role == role::change                                                           ? role::change
                  : metric.role == role::previous || is_of_an_earlier_period(text, metric, report_year) ? role::previous
                  : change_direction(text, metric.start, metric.value, relative) != 0 ||
                          states_a_change_of_unsaid_direction(text, metric.start, relative) ||
                          is_a_doubling(text, metric) || changes_since_a_plans_end(text, metric, spans) ||
                          (is_percentage(metric) && is_a_cut_by_a_share(text, metric))
                      ? role::change
                  : share ? role::rate
                          : role::value;
    metric.of.clear();
  }
  // 2022年排查218起，化解209起，化解率95.9%: a sentence that opens with an earlier period is about it, up to a
  // clause on this year (今年受理96件) or a change.
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    auto [sentence_start, sentence_end] = spans.sentence_around(metrics[i].start);
    // After a run-in heading's marker (2、2023年排查218起…).
    if (sentence_start < metrics[i].start) {
      sentence_start += heading_marker_length(text.substr(sentence_start, metrics[i].start - sentence_start));
    }
    if (sentence_start >= metrics[i].start) continue;
    const auto opening = text.substr(sentence_start, metrics[i].start - sentence_start);
    // 2024年，全镇排查矛盾纠纷218起: the first figure after the period alone, up to a turn to the report's year.
    const bool first_of_its_sentence = i == 0 || metrics[i - 1].end <= sentence_start;
    if (first_of_its_sentence && (metrics[i].role == role::value || metrics[i].role == role::rate) &&
        opens_with_an_earlier_period_alone(opening, report_year) &&
        !leaves_the_earlier_period(opening.substr(opening.find_first_of(U"，,")), report_year)) {
      metrics[i].role = role::previous;
    }
    // Only a previous figure carries its period on: the openings (up to a sentence window each) are read for no other.
    if (metrics[i].role != role::previous) continue;
    const bool opens_with_the_period =
        earlier_period_opening(opening, report_year) > 0 || opens_with_an_earlier_period_alone(opening, report_year);
    if (!opens_with_the_period) continue;
    for (std::size_t k = i + 1; k < metrics.size() && metrics[k].end <= sentence_end; ++k) {
      const auto since = text.substr(metrics[i].end, metrics[k].start - metrics[i].end);
      if (metrics[k].role == role::change || leaves_the_earlier_period(since, report_year)) break;
      metrics[k].role = role::previous;
    }
  }
  // 上年分别为6件和3件, 同比分别增长8.5%和10%: a figure joined by 和 or 、 to a figure of an earlier period or
  // of a change is one too.
  for (std::size_t i = 1; i < metrics.size(); ++i) {
    const std::string& before = metrics[i - 1].role;
    if ((before != role::previous && before != role::change) || metrics[i].role == role::previous) continue;
    const auto joint =
        text.substr(metrics[i - 1].end, metrics[i].start - std::min(metrics[i].start, metrics[i - 1].end));
    if (joint == U"和" || joint == U"、" || joint == U"及" || joint == U"与") metrics[i].role = before;
  }
  mark_levels_changed_from(metrics, text);
  // “十三五”期间，全县累计办理法律援助案件2,310件: a figure after a span of several years in its sentence, with
  // no turn to the report's year between them, counts those years.
  // A span's words all hold 年, 来, 期 or 截 (may_hold_a_span_of_years): where the text has one, found once. A run with
  // no sentence end moves its window with each figure, and scanning each window for them again cost a 10 MB paragraph
  // of figures some seconds.
  std::vector<std::size_t> span_characters;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (std::u32string_view(U"年来期截").find(text[at]) != std::u32string_view::npos) span_characters.push_back(at);
  }
  const auto holds_a_span_character = [&](std::size_t from, std::size_t to) {
    const auto next = std::lower_bound(span_characters.begin(), span_characters.end(), from);
    return next != span_characters.end() && *next < to;
  };
  std::size_t looked_at = std::u32string_view::npos;
  bool may_hold_a_span = false;
  for (std::size_t i = 0; i < metrics.size(); ++i) {
    Metric& metric = metrics[i];
    if (metric.role != role::value || reaches_a_level(metrics, i, text)) continue;
    const auto [sentence, sentence_end] = spans.sentence_around(metric.start);
    if (sentence != looked_at) {
      looked_at = sentence;
      may_hold_a_span = holds_a_span_character(sentence, sentence_end) &&
                        may_hold_a_span_of_years(text.substr(sentence, sentence_end - sentence), report_year);
    }
    if (!may_hold_a_span || sentence >= metric.start) continue;
    const auto before = text.substr(sentence, metric.start - sentence);
    const std::size_t span = end_of_a_span_of_years(before, report_year);
    if (span != std::u32string_view::npos && !turns_to_the_year(before.substr(span), report_year)) {
      metric.role = role::cumulative;
    }
  }
  give_each_year_its_figure(metrics, text, spans, report_year);
  link_listings(metrics, text, spans);
  link_following_listings(metrics, text, spans);
  link_sums_after_parts(metrics, text, spans);
  link_outcomes_adding_up(metrics, text, spans);
  link_periods_to_the_year(metrics, text, spans);
  link_shares(metrics, text, spans);
  link_rates(metrics, text, spans);
  link_settled_disputes(metrics, text, spans);
  // After the links above, which read the listings as written (a rate of 72 out of 74 makes the 72 a part).
  link_parts_of_a_time_within_the_year(metrics, text, spans);
  link_additions_to_the_number_reached(metrics, text, spans, report_year);
}

void link_restated_heading_figures(std::vector<Metric>& metrics, const std::vector<Section>& sections,
                                   std::u32string_view text) {
  constexpr std::size_t kLongestMarkerAndSpace = 8;  // （十二）, 十二、 and a space
  const auto of_another_period = [](const Metric& m) {
    return m.role == role::previous || m.role == role::change || m.role == role::cumulative;
  };
  for (const Section& section : sections) {
    if (section.level < 1 || section.title.empty()) continue;
    const std::u32string title = decode_utf8(section.title);
    if (section.start >= text.size()) continue;
    const std::size_t found = text.substr(section.start, kLongestMarkerAndSpace + title.size()).find(title);
    if (found == std::u32string_view::npos) continue;
    const std::size_t title_start = section.start + found;
    const std::size_t title_end = title_start + title.size();
    // Metrics are sorted by start: the title's and the body's are found by search, not by a scan of all.
    const auto starting_at = [&](std::size_t offset) {
      return std::lower_bound(metrics.begin(), metrics.end(), offset,
                              [](const Metric& m, std::size_t at) { return m.start < at; });
    };
    const auto body_start = starting_at(title_end);
    const auto body_end = starting_at(section.end);
    for (auto heading_it = starting_at(title_start); heading_it != body_start; ++heading_it) {
      Metric& heading = *heading_it;
      if (heading.end > title_end || heading.role != role::value || !heading.of.empty()) continue;
      // The body's first figure of the same amount in the same unit, not one of another period.
      const auto restated = std::find_if(body_start, body_end, [&](const Metric& body) {
        return !of_another_period(body) && body.unit == heading.unit && body.value == heading.value &&
               body.value_max == heading.value_max;
      });
      if (restated != body_end) heading.of = restated->id;
    }
  }
}

}  // namespace docpipe::metrics
