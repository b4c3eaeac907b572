// What a figure counts: the phrase naming it (法治讲座 in 开展法治讲座14期), and its canonical code from
// the taxonomy (`indicator_codes` parameter: "code=keyword|keyword", first match wins, on the object of a
// verb of handling first; codes ending in "_rate" only name percentages, the others only counts and amounts).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docpipe::metrics {

// The indicator phrase of the figure at [start, end): the clause before it, cleared of time words,
// verbs of doing and hedges; or, when that leaves nothing, the noun phrase after it (4名社区矫正对象).
// `floor` is where the clause may begin at the earliest (the end of the previous figure);
// `previous` is the previous figure's indicator, which a figure right after it shares (12次1450余人);
// `changed` the name of the figure a change in its sentence is of: the last one before it that is no change
// and no earlier period's (…5,832次，较上年减少2,670次，同比下降31.4%: both changes are of the 5,832), or empty.
// A classifier (个, 名, 支 …) followed by a noun phrase counts that phrase; a figure right after a
// quoted name counts the name (“平安校园”34间).
std::u32string find_indicator(std::u32string_view text, std::size_t start, std::size_t end, std::size_t floor,
                              const std::u32string& previous, std::u32string_view unit,
                              std::u32string_view changed = {});

// The year a clause opens with when it is written without 年 (2023总共需办理复议案件: 2023), else nothing: four digits
// of a year running into words, not into a unit or a date (2023件, 2023年).
std::optional<int> year_written_without_nian(std::u32string_view clause);
// The name of a sum after the items it adds up (查补税款、滞纳金、罚款合计), `items_and_sum` as written; past a name's
// length (20 characters), its first item cleared as any clause before a figure is (time words, the reporting body, the
// words up to its last verb of doing: 全年由党政主要负责人主持召开法治建设专题会议、… → 法治建设专题会议、…), the other
// items as written.
std::u32string name_of_a_sum(std::u32string_view items_and_sum);
// Whether an indicator names a figure of an earlier period by the period alone (上年为2,282户次 → 上年, 去年同期):
// it opens with one of metric_roles.hpp's kEarlierPeriods.
bool names_an_earlier_period(std::u32string_view indicator);

// Whether an indicator names a change (同比增长, 较上年提高) rather than a count or a rate of its own.
bool names_a_change(std::u32string_view indicator);
// What a change named by its subject first is a change of (受理行政复议申请同比增长: 受理行政复议申请), empty when it
// names none or names no change.
std::u32string_view subject_of_a_change(std::u32string_view indicator);

// Whether an indicator is nothing but a direction of change (增加, 下降 …): a change named only later, by what it is
// of.
bool is_a_bare_direction(std::u32string_view indicator);

// 公众参与、专家论证等程序: the procedures a decision goes through, named by examples of them; no work of the year,
// so no code.
bool names_the_procedures_of_a_decision(std::u32string_view indicator);

// How many characters of words that open a clause without naming what is counted (the reporting body 我委, 全县; time
// words 今年; verbs of doing 开展) `phrase` opens with: 我委参考率 → 2.
std::size_t leading_noise_length(std::u32string_view phrase);

class Taxonomy {
 public:
  explicit Taxonomy(const std::vector<std::string>& entries);

  // The code for an indicator counted in `unit` ("%" for percentages), or "" when no entry matches, the first
  // that matches is a `-` entry (what names no amount of work: -=缺口) or it names a change.
  std::string code_for(std::u32string_view indicator, std::u32string_view unit) const;

 private:
  struct Entry {
    std::string code;
    std::vector<std::u32string> keywords;
    std::vector<std::u32string> units;  // code@人,名=…: only figures in these units; empty for any
    bool rate;
    bool uncoded;  // -=缺口: a match leaves the figure without a code, counts and rates alike
  };
  // The code of the first entry in order with a keyword in `indicator` that takes figures in `unit` ("" for a `-`
  // entry), or nothing when none does.
  std::optional<std::string> first_code(std::u32string_view indicator, std::u32string_view unit) const;

  std::vector<Entry> entries_;
};

}  // namespace docpipe::metrics
