// A figure the drafter never filled in: a placeholder where the number belongs (受理案件xxx件, 开展学法*次), or
// nothing at all between a count's name and its unit (涉法涉诉信访 件。). The report was published from its template.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// Units a count or a share is written in, longest first so that 人次 is read before 人.
constexpr std::array<std::u32string_view, 23> kUnits = {
    U"人次", U"场次", U"批次", U"万元", U"亿元", U"件", U"次", U"人", U"个", U"场", U"名", U"家",
    U"份",   U"起",   U"宗",   U"条",   U"项",   U"期", U"篇", U"户", U"元", U"%",  U"％"};
// Units a blank may stand before: counts only, none that also end common words (名 of 签名, 人 of 个人).
constexpr std::array<std::u32string_view, 11> kCountUnits = {U"人次", U"场次", U"件", U"次", U"个", U"场",
                                                             U"起",   U"宗",   U"项", U"家", U"户"};

bool is_placeholder_mark(char32_t c) {
  return c == U'x' || c == U'X' || c == U'ｘ' || c == U'Ｘ' || c == U'*' || c == U'＊' || c == U'×';
}
bool is_ascii_alnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         (c >= U'０' && c <= U'９') || (c >= U'ａ' && c <= U'ｚ') || (c >= U'Ａ' && c <= U'Ｚ');
}
bool is_blank(char32_t c) { return c == U' ' || c == U'\u3000'; }
bool is_percent(std::u32string_view unit) { return unit == U"%" || unit == U"％"; }

// Whether a unit after marks closes a figure rather than opening the next word: a count's unit is followed by what
// ends its clause or by a word that only qualifies it (xx件，xx次的, xx人以上); 件, 人, 项, 起 and the rest open many
// words (××人民法院, 张××起诉, 带*项目, ××条例, 王×名下), which a name made anonymous or a footnote's mark stands
// before. A share's % opens none.
bool closes_a_figure(std::u32string_view text, std::size_t after_unit, std::u32string_view unit) {
  if (is_percent(unit) || after_unit >= text.size()) return true;
  const char32_t next = text[after_unit];
  return !is_han(next) || std::u32string_view(U"的余以左").find(next) != std::u32string_view::npos;
}

// The words naming what a blank figure counts: from the clause's start (after the last 。，；、： or line break) to the
// space, so that the message quotes whole words (审查规范性文件 件, not 范性文件 件).
std::size_t clause_start(std::u32string_view text, std::size_t at) {
  constexpr std::size_t kLongestName = 16;
  std::size_t from = at;
  while (from > 0 && at - from < kLongestName &&
         std::u32string_view(U"。，；、：:,;\n").find(text[from - 1]) == std::u32string_view::npos) {
    --from;
  }
  return from;
}
bool ends_a_clause(char32_t c) { return std::u32string_view(U"。，；、,;）)").find(c) != std::u32string_view::npos; }

// Whether the words before a blank head a table's column rather than name a count: a table flattened to text keeps
// its header row (案件类型 件, 计量单位 件, 统计项目 单位 件), where the unit is the column's and the figures stand in
// the rows below or in an attached table. A count's name never ends with what sorts or labels the counts.
// Not a bare 项目, 指标, 单位 or 内容, which end names of counts as often (重大民生项目 个, 考核指标 项).
bool heads_a_column(std::u32string_view name) {
  static constexpr std::u32string_view kColumnHeads[] = {U"类型",     U"类别",     U"种类",     U"名称",
                                                         U"序号",     U"计量单位", U"统计单位", U"统计项目",
                                                         U"统计指标", U"项目内容", U"指标内容"};
  return std::any_of(std::begin(kColumnHeads), std::end(kColumnHeads),
                     [&](std::u32string_view head) { return name.ends_with(head); });
}

// Whether the sentence after a blank says where its figures are (案件类型 件，数量见附表; 详见附件; 见下表): the
// figures were put in a table, not left out.
bool points_to_a_table(std::u32string_view rest_of_sentence) {
  for (const std::u32string_view pointer : {U"见附表", U"见附件", U"见下表", U"见上表", U"见表"}) {
    if (rest_of_sentence.find(pointer) != std::u32string_view::npos) return true;
  }
  return false;
}

// The unit of `units` the text opens with at `at`, if any.
template <std::size_t N>
std::u32string_view unit_at(std::u32string_view text, std::size_t at, const std::array<std::u32string_view, N>& units) {
  const std::u32string_view rest = text.substr(at);
  const auto found =
      std::find_if(units.begin(), units.end(), [&](std::u32string_view u) { return rest.starts_with(u); });
  return found == units.end() ? std::u32string_view{} : *found;
}

// Whether an amount's unit at `at` (万元, 亿元) stands right after a name with nothing between, closing its clause
// (查处违规违纪和管理不规范资金亿元，移送…): the figure was cut from the template's sentence. Not after a numeral or a
// word that says how many (三百万元, 点五万元, 百余万元, 数亿元, 超亿元, 近亿元, 贰拾万元), nor where no name precedes
// (单位：万元), nor where the unit is what a sentence states (金额单位均为万元, 精确到万元, 以万元计).
bool is_an_amount_left_blank(std::u32string_view text, std::size_t at) {
  constexpr std::size_t kName = 2;  // 资金 of 资金亿元: a name of two characters at least
  static constexpr std::u32string_view kHowMany =
      U"〇零一二三四五六七八九十百千万亿两廿卅点余多数几上近超逾过约达壹贰叁肆伍陆柒捌玖拾佰仟";
  static constexpr std::u32string_view kUnitStated = U"为到至是以按于";
  if (at < kName || !(text.substr(at).starts_with(U"万元") || text.substr(at).starts_with(U"亿元"))) return false;
  constexpr std::size_t kUnit = 2;
  if (at + kUnit >= text.size() || !ends_a_clause(text[at + kUnit])) return false;
  for (std::size_t i = at - kName; i < at; ++i) {
    if (!is_han(text[i])) return false;
  }
  return kHowMany.find(text[at - 1]) == std::u32string_view::npos &&
         kUnitStated.find(text[at - 1]) == std::u32string_view::npos && !text.substr(0, at).ends_with(U"单位");
}

// Whether [from, to) is a rate's bare name and nothing else (接通率, 办结率): two to six Chinese characters ending with
// 率, not a word for speed or chance (效率, 频率, 概率) or a price (税率, 利率, 汇率), which name no share.
bool is_a_bare_rate_name(std::u32string_view text, std::size_t from, std::size_t to) {
  constexpr std::size_t kShortest = 2;
  constexpr std::size_t kLongest = 6;
  if (to - from < kShortest || to - from > kLongest || text[to - 1] != U'率') return false;
  const std::u32string_view name = text.substr(from, to - from);
  for (const std::u32string_view word : {U"效率", U"频率", U"概率", U"税率", U"利率", U"汇率"}) {
    if (name.ends_with(word)) return false;
  }
  return std::all_of(name.begin(), name.end(), is_han);
}

// Where a sentence ending at `end` (its 。 or ；) closes with two rates' bare names or more set apart by commas, the
// figures cut from the template's sentence (受理市民来电万余条，接通率，办结率，满意率。): the start of the first name,
// if so. Names listed with 、 and a figure after them (参考率、合格率均达100%) are no such run.
std::optional<std::size_t> rates_left_blank(std::u32string_view text, std::size_t end) {
  constexpr std::size_t kAtLeast = 2;
  std::size_t names = 0;
  std::size_t clause_end = end;
  std::optional<std::size_t> first;
  while (clause_end > 0) {
    std::size_t from = clause_end;
    while (from > 0 && std::u32string_view(U"，,。；;：:、\n").find(text[from - 1]) == std::u32string_view::npos)
      --from;
    if (!is_a_bare_rate_name(text, from, clause_end)) break;
    ++names;
    first = from;
    if (from == 0 || (text[from - 1] != U'，' && text[from - 1] != U',')) break;
    clause_end = from - 1;
  }
  if (names < kAtLeast) return std::nullopt;
  // A goal (努力提高结案率，调解率，履行率。): rates to raise, no figures left out. The clause before the run names it.
  std::size_t goal = *first > 0 ? *first - 1 : 0;
  while (goal > 0 && std::u32string_view(U"，,。；;：:\n").find(text[goal - 1]) == std::u32string_view::npos) --goal;
  const std::u32string_view before = text.substr(goal, end - goal);  // its names too: 提高结案率，调解率
  for (const std::u32string_view aim : {U"提高", U"提升", U"确保", U"保持", U"力争", U"努力", U"稳步", U"不断"}) {
    if (before.find(aim) != std::u32string_view::npos) return std::nullopt;
  }
  return first;
}

}  // namespace

void check_unfilled_placeholder(RuleContext& context) {
  constexpr std::size_t kLongestMarks = 4;  // xxxx件: longer runs are no figure's stand-in
  constexpr std::size_t kNameBeforeBlank = 4;  // 涉诉信访 of 涉法涉诉信访 件: a name, not a page's spaced-out letters
  const std::u32string_view text = context.text();
  // Once a sentence: a template's sentence of blanks (共受理xxx件，其中刑事xx件、民事xxx件) is one thing to fill in.
  std::size_t flagged_sentence = std::u32string_view::npos;
  const auto first_in_its_sentence = [&](std::size_t at) {
    const std::size_t sentence = context.sentence_around(at).first;
    if (sentence == flagged_sentence) return false;
    flagged_sentence = sentence;
    return true;
  };
  for (std::size_t at = 0; at < text.size(); ++at) {
    // Rates named one after another with no figure, the sentence ending after them (接通率，办结率，满意率。).
    if (text[at] == U'率' && at + 1 < text.size() &&
        std::u32string_view(U"。；;").find(text[at + 1]) != std::u32string_view::npos) {
      if (const auto from = rates_left_blank(text, at + 1); from && first_in_its_sentence(at)) {
        context.flag({rule::unfilled_placeholder, std::nullopt, context.section_at(*from),
                      fmt::format("“{}”缺少数字，数据未填写", context.slice(*from, at + 1)),
                      context.slice(context.sentence_around(at).first, at + 1), *from, at + 1});
      }
      continue;
    }
    // An amount's unit with no figure before it, its name right before (资金亿元，): the number deleted, not replaced.
    if (is_an_amount_left_blank(text, at) && first_in_its_sentence(at)) {
      constexpr std::size_t kUnit = 2;
      context.flag({rule::unfilled_placeholder, std::nullopt, context.section_at(at),
                    fmt::format("“{}”缺少数字，数据未填写", context.slice(clause_start(text, at), at + kUnit)),
                    context.slice(context.sentence_around(at).first, at + kUnit), at, at + kUnit});
      continue;
    }
    // A run of x, X, * or × after words, never after a letter or digit (iPhone X, 7×24小时) or a plus (1+X项), right
    // before a unit that closes the figure.
    if (is_placeholder_mark(text[at]) &&
        (at == 0 || (!is_ascii_alnum(text[at - 1]) && !is_placeholder_mark(text[at - 1]) && text[at - 1] != U'+' &&
                     text[at - 1] != U'＋'))) {
      std::size_t end = at;
      while (end < text.size() && is_placeholder_mark(text[end])) ++end;
      std::u32string_view unit = end - at <= kLongestMarks ? unit_at(text, end, kUnits) : std::u32string_view{};
      if (!unit.empty() && !closes_a_figure(text, end + unit.size(), unit)) unit = {};
      if (!unit.empty() && first_in_its_sentence(at)) {
        const std::string written = encode_utf8(text.substr(at, end - at + unit.size()));
        context.flag({rule::unfilled_placeholder, std::nullopt, context.section_at(at),
                      fmt::format("数字处留有占位符“{}”，数据未填写", written),
                      context.slice(context.sentence_around(at).first, end + unit.size()), at, end + unit.size()});
      }
      at = end - 1;
      continue;
    }
    // Spaces between a name of four characters or more and a count's unit that closes its clause (信访 件。): the
    // figure left out. Spaced-out text (受 理 案 件) has no four characters together before its space.
    if (is_blank(text[at]) && at >= kNameBeforeBlank &&
        std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at - kNameBeforeBlank),
                    text.begin() + static_cast<std::ptrdiff_t>(at), is_han)) {
      std::size_t end = at;
      while (end < text.size() && is_blank(text[end])) ++end;
      const std::u32string_view unit = unit_at(text, end, kCountUnits);
      const auto a_header_row = [&] {
        const std::size_t sentence_end = context.sentence_around(at).second;
        const std::size_t after_unit = std::min(end + unit.size(), sentence_end);
        return heads_a_column(text.substr(0, at)) ||
               points_to_a_table(text.substr(after_unit, sentence_end - after_unit));
      };
      if (!unit.empty() && end + unit.size() < text.size() && ends_a_clause(text[end + unit.size()]) &&
          !a_header_row() && first_in_its_sentence(at)) {
        const std::size_t from = context.sentence_around(at).first;
        context.flag({rule::unfilled_placeholder, std::nullopt, context.section_at(at),
                      fmt::format("“{}”缺少数字，数据未填写", context.slice(clause_start(text, at), end + unit.size())),
                      context.slice(from, end + unit.size()), at, end + unit.size()});
      }
      at = end - 1;
    }
  }
}

}  // namespace docpipe::anomalies
