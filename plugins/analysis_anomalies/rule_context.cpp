#include "rule_context.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "docpipe/dates.hpp"
#include "docpipe/section_lookup.hpp"
#include "docpipe/text.hpp"

namespace docpipe::anomalies {

RuleContext::RuleContext(const Document& document, const RuleSettings& settings)
    : document_(document),
      text_(decode_utf8(document.text)),
      spans_(text_),
      sections_(document.sections),
      settings_(settings),
      report_year_(parse_report_year(document.metadata.get("year"))) {}

std::string RuleContext::section_at(std::size_t offset) const {
  const Section* section = sections_.innermost_at(offset);
  return section ? section->id : std::string();
}

std::vector<std::string> RuleContext::part_at(std::size_t offset) const {
  const Section* section = sections_.top_at(offset);
  return section ? section->kinds : std::vector<std::string>{};
}

std::pair<std::size_t, std::size_t> RuleContext::sentence_around(std::size_t offset) const {
  return spans_.sentence_around(offset);
}

std::pair<std::size_t, std::size_t> RuleContext::paragraph_around(std::size_t offset) const {
  return spans_.paragraph_around(offset);
}

std::string RuleContext::slice(std::size_t start, std::size_t end) const {
  if (start >= end || start >= text_.size()) return {};
  return encode_utf8(std::u32string_view(text_).substr(start, end - start));
}

std::optional<CaseStage> case_stage(std::u32string_view indicator) {
  static const std::vector<std::pair<CaseStage, std::vector<std::u32string>>> kStages = {
      // 排查 and 化解 (调处成功) are the received and concluded stages of disputes: 排查74件，化解72件.
      {CaseStage::received, {U"受理", U"立案", U"应诉", U"被申请", U"收到", U"排查"}},
      {CaseStage::concluded, {U"审结", U"办结", U"结案", U"已结", U"化解", U"调处成功"}},
      {CaseStage::outcome,
       {U"纠错", U"撤销", U"变更", U"确认违法", U"责令履行", U"维持", U"驳回", U"终止", U"调解", U"和解", U"败诉",
        U"胜诉"}},
  };
  for (const auto& stage : kStages) {
    if (contains_any(indicator, stage.second)) return stage.first;
  }
  return std::nullopt;
}

std::optional<int> year_written_at(std::u32string_view text, std::size_t at) {
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  if (at + 4 >= text.size() || text[at + 4] != U'年') return std::nullopt;
  if (is_digit(text[at])) {
    if (at > 0 && is_digit(text[at - 1])) return std::nullopt;
    int year = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      if (!is_digit(text[k])) return std::nullopt;
      year = year * 10 + static_cast<int>(text[k] - U'0');
    }
    return year;
  }
  // 十二〇二四年 is no year: a Chinese one starts where the numerals do.
  if (at > 0 && is_chinese_numeral_char(text[at - 1])) return std::nullopt;
  return chinese_year_at(text, at);
}

bool contains_any(std::u32string_view text, const std::vector<std::u32string>& words) {
  for (const auto& word : words) {
    if (!word.empty() && text.find(word) != std::u32string_view::npos) return true;
  }
  return false;
}

Closing closing_of(const Document& document) {
  for (const auto& section : document.sections) {
    if (section.id == "closing") return {section.id, section.start, section.end};
  }
  return {};
}

bool agrees_as_written(double computed, double stated, int decimals, double tolerance) {
  // A computed value half a unit of the last digit away rounds up to the stated one (608 over 512 is +18.75%,
  // written 18.8%); stated decimals are not exact in binary, so the bound gets a hair of slack.
  const double slack = 1e-9 * std::max(1.0, std::fabs(stated));
  if (std::fabs(computed - stated) <= tolerance + slack) return true;
  const double scale = std::pow(10.0, decimals);
  return std::fabs(std::trunc(computed * scale + std::copysign(1e-9, computed)) / scale - stated) < 1e-9;
}

namespace {

// The multiplier a figure is written with: 亿, 万, or none; a table cell under a （万元） header is written 13,500
// and worth 135,000,000 元.
const char* notation_of(const Metric& figure) {
  if (figure.text.find("亿") != std::string::npos) return "亿";
  if (figure.text.find("万") != std::string::npos) return "万";
  std::string digits;
  for (const char c : figure.text) {
    if (c == ',') continue;
    if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+') return "";
    digits += c;
  }
  double written = 0;
  if (digits.starts_with('+')) digits.erase(0, 1);
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), written);
  if (error != std::errc() || end != digits.data() + digits.size() || written == 0) return "";
  const double multiplier = figure.value / written;
  if (std::fabs(multiplier - 1e8) < 1e-3) return "亿";
  if (std::fabs(multiplier - 1e4) < 1e-3) return "万";
  return "";
}

}  // namespace

std::string written_like(double value, const std::vector<const Metric*>& figures) {
  const Metric& model = *figures.front();
  std::string prefix = notation_of(model);
  int decimals = 0;
  int plain_decimals = 0;  // the places figures written in the plain unit state
  for (const Metric* figure : figures) {
    decimals = std::max(decimals, stated_decimals(*figure));
    if (std::string_view(notation_of(*figure)).empty())
      plain_decimals = std::max(plain_decimals, stated_decimals(*figure));
    if (std::string_view(notation_of(*figure)) != prefix) prefix = "-";
  }
  double multiplier = prefix == "亿" ? 1e8 : prefix == "万" ? 1e4 : 1;
  int stated = decimals;
  // Mixed: exact in the plain unit, to the places its own figures state (2.86万件 beside 3,126件 is 28600件: the
  // places of 2.86 are places of 万, not of 件).
  if (prefix == "-") prefix.clear(), multiplier = 1, stated = plain_decimals, decimals += 8;
  std::string number = fmt::format("{:.{}f}", value / multiplier, decimals);
  // The places the figures state stay (312.4 + 82.6 is 395.0, as precise as its parts); only the extra places of
  // a mixed notation are cut back.
  if (decimals > stated) {
    const std::size_t kept = number.find('.') + 1 + static_cast<std::size_t>(stated);
    while (number.size() > kept && number.back() == '0') number.pop_back();
    if (number.back() == '.') number.pop_back();
  }
  if (number == "-0") number = "0";
  return number + prefix + model.unit;
}

std::string number_as_written(const Metric& figure) {
  const std::string notation = notation_of(figure);
  const double multiplier = notation == "亿" ? 1e8 : notation == "万" ? 1e4 : 1;
  std::string number = fmt::format("{:.{}f}", figure.value / multiplier, stated_decimals(figure));
  if (number == "-0") number = "0";
  return number + notation;
}

int stated_decimals(const Metric& metric) {
  const auto point = metric.text.find_first_of(".");
  const auto wide_point = metric.text.find("．");
  std::size_t at = point != std::string::npos        ? point + 1
                   : wide_point != std::string::npos ? wide_point + 3
                                                     : std::string::npos;
  if (at == std::string::npos) return 0;
  int decimals = 0;
  while (at < metric.text.size() && metric.text[at] >= '0' && metric.text[at] <= '9') ++decimals, ++at;
  return decimals;
}

bool indicator_has(const Metric& metric, const std::vector<std::u32string>& words) {
  return contains_any(decode_utf8(metric.indicator), words);
}

std::u32string rate_stem(const Metric& rate) {
  std::u32string stem = decode_utf8(rate.indicator);
  if (!stem.ends_with(U"率") || stem.size() < 3) return {};
  stem.pop_back();
  return stem;
}

bool names_what_was_not_done(std::u32string_view named) {
  // 未 and 不 open a negation of the verb after them (未整改, 不予受理, 不起诉, 不合格, 不实: found untrue) but for the
  // words they start that negate nothing done: a group (未成年人), a kind of property (不动产) or of wrong (不正当竞争,
  // 不规范问题, 不作为, 未批先建, 未经许可), an adverb or a bound (不断, 不少于). Those count what was done as any
  // other name. 无 and 没 start far more nouns than negations (无人机, 无障碍, 无证经营, 无害化; 没收, 罚没款): only
  // their negations count.
  static constexpr std::u32string_view kWordsNegatingNothingDone[] = {
      U"未成年", U"未来",   U"未婚",   U"未知",   U"不动产",   U"不正当", U"不良",   U"不法",
      U"不特定", U"不稳定", U"不文明", U"不安全", U"不规范",   U"不合理", U"不作为", U"不断",
      U"不少于", U"不低于", U"不超过", U"不高于", U"未批先建", U"未经"};
  static constexpr std::u32string_view kNegationsOfWuAndMei[] = {U"无法", U"无果", U"无需", U"无须", U"没有"};
  for (std::size_t at = 0; at < named.size(); ++at) {
    if (named[at] != U'未' && named[at] != U'不') continue;
    const std::u32string_view from = named.substr(at);
    if (std::none_of(std::begin(kWordsNegatingNothingDone), std::end(kWordsNegatingNothingDone),
                     [&](std::u32string_view word) { return from.starts_with(word); })) {
      return true;
    }
  }
  return std::any_of(std::begin(kNegationsOfWuAndMei), std::end(kNegationsOfWuAndMei),
                     [&](std::u32string_view negation) { return named.find(negation) != std::u32string_view::npos; });
}

bool is_negated(const Metric& metric) { return names_what_was_not_done(decode_utf8(metric.indicator)); }

double rounding_of(const Metric& figure) {
  const double multiplier = figure.text.find("亿") != std::string::npos   ? 1e8
                            : figure.text.find("万") != std::string::npos ? 1e4
                                                                          : 0;
  return multiplier * 0.5 * std::pow(10.0, -stated_decimals(figure));
}

}  // namespace docpipe::anomalies
