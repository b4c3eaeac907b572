#include "metric_extractor.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/text.hpp"
#include "metric_grammar.hpp"
#include "share_hedges.hpp"

namespace docpipe::metrics {

namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_inline_space(char32_t c) { return c == U' ' || c == U'\u00A0' || c == U'\u3000'; }
bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_punctuation_or_space(char32_t c) {
  return is_inline_space(c) || c == U'\n' ||
         std::u32string_view(U"，,。.；;：:、）)】」”\"！!？?").find(c) != std::u32string_view::npos;
}
bool is_chinese_numeral(char32_t c) { return is_chinese_numeral_char(c) && c != U'壹' && c != U'拾'; }
// A numeral character at `at` that is a numeral there: 伍 and 陆 are the last characters of common words
// (队伍, 入伍, 落伍; 大陆, 登陆, 着陆) far more often than financial-form numerals in this genre.
bool is_numeral_at(std::u32string_view text, std::size_t at) {
  const char32_t c = text[at];
  if (!is_chinese_numeral(c)) return false;
  if (at == 0) return true;
  const char32_t before = text[at - 1];
  if (c == U'伍') return std::u32string_view(U"队入落行为").find(before) == std::u32string_view::npos;
  if (c == U'陆') return std::u32string_view(U"大登着内").find(before) == std::u32string_view::npos;
  return true;
}
bool contains(std::u32string_view set, char32_t c) { return set.find(c) != std::u32string_view::npos; }
bool starts_with_at(std::u32string_view text, std::size_t at, std::u32string_view word) {
  return text.substr(at, word.size()) == word;
}
bool ends_with_at(std::u32string_view text, std::size_t end, std::u32string_view word) {
  return end >= word.size() && text.substr(end - word.size(), word.size()) == word;
}

// A decimal kept exact until the end, so 705.765万 is 7057650, not 7057650.000000001.
struct Decimal {
  long long mantissa = 0;
  int exponent = 0;
  double to_double() const {
    return exponent >= 0 ? static_cast<double>(mantissa) * std::pow(10.0, exponent)
                         : static_cast<double>(mantissa) / std::pow(10.0, -exponent);
  }
};

// Significant digits a figure may have: a double (metrics.csv's value) holds 15 exactly. A longer figure is
// refused with a warning, never rounded or wrapped.
constexpr std::size_t kExactDigits = 15;

struct Number {
  std::size_t end = 0;
  Decimal value;
  bool chinese = false;
  bool lone_yi = false;          // written 一: in this genre almost always an article, not a count
  bool too_long = false;         // more than kExactDigits significant digits
  std::optional<Decimal> upper;  // 七八名: the larger of two neighbouring digits
  bool multiplied = false;       // ends in a 万 or 亿 already folded into the value (1千2百万)
  bool with_units = false;       // Arabic digits with the 十, 百, 千, 万 or 亿 after them read into the value
};

// Whether a percentage or points in percent follow at `end`: the only figures a broken number is joined for.
bool a_percentage_follows(std::u32string_view text, std::size_t end) {
  const std::u32string_view after = text.substr(end);
  return after.starts_with(U"%") || after.starts_with(U"％") || after.starts_with(U"个百分点") ||
         after.starts_with(U"百分点");
}

// A number a page's spacing or a typist broke, read whole: where it starts and its digits as one figure.
struct BrokenNumber {
  std::size_t start = 0;
  std::u32string joined;  // 97.6, 98
};

// A decimal a PDF's text layer or a typist broke after its point (97. 6%, 2. 3个百分点): the percentage's
// fraction, one or two digits, after a whole number that is no item's number (1. 5%的… at a line's or a clause's
// start).
std::optional<BrokenNumber> broken_after_the_point(std::u32string_view text, std::size_t fraction, std::size_t end) {
  if (end - fraction > 2 || fraction < 3 || !is_inline_space(text[fraction - 1]) ||
      (text[fraction - 2] != U'.' && text[fraction - 2] != U'．') || !is_digit(text[fraction - 3]) ||
      !a_percentage_follows(text, end)) {
    return std::nullopt;
  }
  std::size_t start = fraction - 2;
  while (start > 0 && is_digit(text[start - 1])) --start;
  if (start == 0 || fraction - 2 - start > 3) return std::nullopt;
  // The words before it, past one space a PDF's text layer leaves (满意度达 97. 6%): not a line's, a list's or a
  // clause's start, where 1. 2. number items (主要指标：1. 95%的村…；2. 5%的村).
  std::size_t words = start;
  if (is_inline_space(text[words - 1])) --words;
  if (words == 0) return std::nullopt;
  const char32_t before = text[words - 1];
  if (std::u32string_view(U"\n：:；;，,。、（(").find(before) != std::u32string_view::npos || is_inline_space(before) ||
      is_ascii_letter(before) || before == U'.' || before == U'．' || is_digit(before)) {
    return std::nullopt;
  }
  std::u32string joined(text.substr(start, fraction - 2 - start));
  joined += U'.';
  joined += text.substr(fraction, end - fraction);
  return BrokenNumber{start, joined};
}

// The middle dots typists put between digits: a day's name (12·4), or the decimal point typed with a Chinese input
// method (97·5%).
constexpr std::u32string_view kMiddleDots = U"·・･";

// A middle dot typed for the decimal point (办结率97·5%, 满意率为98・6%): read as the point only before a
// percentage, where no date stands; 12·4国家宪法日, 3·15 and 4·15全民国家安全教育日 name days, and stay apart.
std::optional<BrokenNumber> dotted_decimal(std::u32string_view text, std::size_t fraction, std::size_t end) {
  if (end - fraction > 2 || fraction < 2 || !contains(kMiddleDots, text[fraction - 1]) ||
      !is_digit(text[fraction - 2]) || !a_percentage_follows(text, end)) {
    return std::nullopt;
  }
  std::size_t start = fraction - 1;
  while (start > 0 && is_digit(text[start - 1])) --start;
  if (fraction - 1 - start > 3) return std::nullopt;
  // A longer run of dotted numbers (1·2·3%) or a code (A1·5%) is no decimal.
  if (start > 0 && (is_ascii_letter(text[start - 1]) || contains(kMiddleDots, text[start - 1]) ||
                    text[start - 1] == U'.' || text[start - 1] == U'．')) {
    return std::nullopt;
  }
  std::u32string joined(text.substr(start, fraction - 1 - start));
  joined += U'.';
  joined += text.substr(fraction, end - fraction);
  return BrokenNumber{start, joined};
}

// A rate's two digits a page's spacing set apart (满意率9 8%, 化解率达9 6%): one digit, a space, one digit and the
// percent sign, right after the rate's name with no space between, read as one number up to 100. Two figures a
// flattened table sets side by side keep a space before the first (受理 12 8件, 满意率 9 8%) or make more than a
// hundred per cent (结案率95 100%), and stay two.
std::optional<BrokenNumber> rate_split_by_a_space(std::u32string_view text, std::size_t second, std::size_t end) {
  if (end - second != 1 || second < 3 || !is_inline_space(text[second - 1]) || !is_digit(text[second - 2]) ||
      !(text.substr(end).starts_with(U"%") || text.substr(end).starts_with(U"％"))) {
    return std::nullopt;
  }
  const std::size_t first = second - 2;
  constexpr std::u32string_view kEndsOfARatesName = U"率度达为";
  if (first == 0 || !contains(kEndsOfARatesName, text[first - 1])) return std::nullopt;
  std::u32string joined{text[first], text[second]};
  return BrokenNumber{first, joined};
}

std::optional<Number> read_arabic(std::u32string_view text, std::size_t at) {
  std::size_t i = at;
  Number number;
  std::size_t significant = 0;
  const auto take_digits = [&](std::size_t limit) {
    std::size_t n = 0;
    while (i < text.size() && is_digit(text[i]) && n < limit) {
      if (significant > 0 || text[i] != U'0') ++significant;
      if (significant > kExactDigits) {
        number.too_long = true;
      } else {
        number.value.mantissa = number.value.mantissa * 10 + (text[i] - U'0');
      }
      ++i, ++n;
    }
    return n;
  };
  const std::size_t leading = take_digits(std::numeric_limits<std::size_t>::max());
  if (leading == 0) return std::nullopt;
  // Thousands separators: 12,345 (a comma with exactly three digits after it). A full-width comma, as typed
  // with full-width digits (１，２０４家), or a space, as a typesetter groups digits (1 268人, 3　600份), only
  // before the figure's unit, not between two numbers (12，345。).
  const auto separates_thousands = [&](std::size_t comma) {
    if (comma + 3 >= text.size() || !is_digit(text[comma + 1]) || !is_digit(text[comma + 2]) ||
        !is_digit(text[comma + 3]) || (comma + 4 < text.size() && is_digit(text[comma + 4]))) {
      return false;
    }
    if (text[comma] == U',') return true;
    if (text[comma] == U'，') return comma + 4 < text.size() && !is_punctuation_or_space(text[comma + 4]);
    // A space: the groups run on to the unit (1 234 567元), and the figure is no caption's number (表1 268人).
    if (!is_inline_space(text[comma]) || (at > 0 && (text[at - 1] == U'表' || text[at - 1] == U'图' ||
                                                     text[at - 1] == U'第' || is_ascii_letter(text[at - 1])))) {
      return false;
    }
    std::size_t next = comma + 4;
    while (next + 3 < text.size() && text[next] == text[comma] && is_digit(text[next + 1]) &&
           is_digit(text[next + 2]) && is_digit(text[next + 3]) &&
           (next + 4 >= text.size() || !is_digit(text[next + 4]))) {
      next += 4;
    }
    // Not before a percent sign: no share runs to thousands, and 结案率95 100% is two cells of a flattened table.
    return next < text.size() && !is_punctuation_or_space(text[next]) && text[next] != U'%' && text[next] != U'％';
  };
  while (leading <= 3 && !number.too_long && i < text.size() && separates_thousands(i)) {
    ++i;
    take_digits(3);
  }
  if (i + 1 < text.size() && (text[i] == U'.' || text[i] == U'．') && is_digit(text[i + 1])) {
    ++i;
    const std::size_t before = i;
    take_digits(std::numeric_limits<std::size_t>::max());
    // Digits past kExactDigits were not added to the mantissa; the exponent counts only those that were.
    number.value.exponent = -static_cast<int>(std::min(i - before, kExactDigits));
  }
  number.end = i;
  return number;
}

// Whether the Chinese unit character at `at` multiplies the Arabic digits before it: not 千 beginning a unit (3千米,
// 5千瓦), and none of the financial forms, which no one mixes with Arabic digits.
std::int64_t unit_after_digits(std::u32string_view text, std::size_t at) {
  if (at >= text.size() || !contains(U"十百千万亿", text[at])) return 0;
  if (text[at] == U'千' && at + 1 < text.size() && contains(kUnitsAfterQian, text[at + 1])) return 0;
  // 3百分点 is 3 points, 5百分比 no hundreds.
  if (text[at] == U'百' && at + 1 < text.size() && text[at + 1] == U'分') return 0;
  return chinese_unit_value(text[at]);
}

// 5百余件, 2千5百人, 4万5千份, 1千2百万元, 1亿2千万元: whole Arabic numbers, each followed by 十, 百, 千, 万 or 亿,
// read as one Chinese numeral whose digits are written in Arabic. `first` is the number read before the first
// unit. A number with a point (1.2万余份, 3.6万元) or a single 万 or 亿 (120余万元) is left to the multiplier after
// the number, which may also come after a hedge (3百余万元), unless `a_single_multiplier_too` (a range's bounds
// each with their 万: 3万至5万元).
std::optional<Number> read_digits_with_chinese_units(std::u32string_view text, const Number& first,
                                                     bool a_single_multiplier_too = false) {
  constexpr std::int64_t kLargestExact = 999'999'999'999'999;  // kExactDigits
  constexpr std::int64_t kLargestGroupDigits = 9999;
  if (first.value.exponent != 0 || first.too_long || first.value.mantissa > kLargestGroupDigits) return std::nullopt;
  std::int64_t total = 0;    // everything above the current 万/亿 group
  std::int64_t section = 0;  // the current group below 万
  std::int64_t digits = first.value.mantissa;
  bool digits_pending = true;
  std::size_t digits_start = first.end;         // where the pending digits begin, once past the first unit
  std::int64_t smallest_in_section = 10000;     // 十, 百 and 千 fall within a group: 2千5百, not 5百2千
  std::int64_t smallest_group = 100000000 + 1;  // and 万 within 亿: 1亿2千万
  int groups = 0;
  bool small_unit = false;
  bool ends_in_multiplier = false;
  std::size_t i = first.end;
  while (const std::int64_t unit = unit_after_digits(text, i)) {
    if (unit < 10000) {
      if (!digits_pending || unit >= smallest_in_section) break;
      section += digits * unit;
      smallest_in_section = unit;
      small_unit = true;
    } else {
      // 1万万, and 亿 after 万 or each twice (1万2万, 9万9亿): no numeral.
      if ((!digits_pending && section == 0) || unit >= smallest_group) break;
      const std::int64_t group = section + (digits_pending ? digits : 0);
      if (unit == 10000 ? group > (kLargestExact - total) / unit : total + group > kLargestExact / unit) {
        return std::nullopt;  // more digits than a double holds exactly
      }
      total = unit == 10000 ? total + group * unit : (total + group) * unit;
      section = 0;
      smallest_in_section = 10000;
      smallest_group = unit;
    }
    digits_pending = false;
    ends_in_multiplier = unit >= 10000;
    ++groups;
    ++i;
    // The next group: whole digits, then their unit (4万5千份; not 4万5份 or 3万2.5千).
    std::size_t end = i;
    std::int64_t next = 0;
    while (end < text.size() && is_digit(text[end]) && end - i < 4) next = next * 10 + (text[end++] - U'0');
    if (end > i && (end >= text.size() || !is_digit(text[end])) && unit_after_digits(text, end) > 0) {
      digits = next;
      digits_pending = true;
      digits_start = i;
      i = end;
    }
  }
  // Digits whose unit did not fit (5百2千) are left to be read on their own.
  if (digits_pending && groups > 0) i = digits_start;
  // One digit after 十 counts ones (2千5百6十7人); after 百 or 千 it would be read as their tenth (5百6 is 560 as
  // often as 506), so it is left alone.
  if (!digits_pending && smallest_in_section == 10 && i < text.size() && is_digit(text[i]) &&
      (i + 1 >= text.size() || !(is_digit(text[i + 1]) || text[i + 1] == U'.' || text[i + 1] == U'．'))) {
    section += text[i] - U'0';
    ++i;
  }
  if (!small_unit && groups < 2 && !(a_single_multiplier_too && groups == 1)) return std::nullopt;
  Number number = first;
  number.end = i;
  number.value = Decimal{total + section, 0};
  number.multiplied = ends_in_multiplier;
  number.with_units = true;
  return number;
}

// 3万至5万元, 1亿-2亿元: a 万 or 亿 at `at` after the lower bound of a range whose upper bound has its own.
bool opens_a_range_after_its_multiplier(std::u32string_view text, std::size_t at) {
  return unit_after_digits(text, at) >= 10000 && at + 2 < text.size() && contains(kRangeSeparators, text[at + 1]) &&
         is_digit(text[at + 2]);
}

// A share of a whole as a percentage, rounded to a tenth as reports round theirs (1/3 is 33.3%).
Number share_of(std::int64_t numerator, std::int64_t denominator, std::size_t end) {
  Number number;
  number.end = end;
  number.value = Decimal{(numerator * 2000 + denominator) / (2 * denominator), -1};
  number.chinese = true;  // no multiplier, sign or range follows it
  return number;
}

// Whether the words after a fraction make it a rule of voting, not a share found (须经村民会议三分之二多数通过,
// 经三分之二以上代表同意).
bool is_a_voting_threshold(std::u32string_view text, std::size_t end) {
  std::u32string_view after = text.substr(end);
  if (after.starts_with(U"以上") || after.starts_with(U"以下")) after.remove_prefix(2);
  if (after.starts_with(U"多数")) return true;
  constexpr std::size_t kLongestVoters = 8;  // 的村民代表, 组成人员
  const auto clause = after.substr(0, std::min(after.size(), kLongestVoters + 2));
  for (const std::u32string_view vote : {U"同意", U"通过", U"表决", U"赞成"}) {
    const auto at = clause.find(vote);
    if (at != std::u32string_view::npos &&
        clause.substr(0, at).find_first_of(U"，。；、,;") == std::u32string_view::npos)
      return true;
  }
  return false;
}

// 三分之一, 十分之一, 四分之三: a share written in words. 百分之, 千分之 and 万分之 are read before this.
std::optional<Number> read_fraction_in_words(std::u32string_view text, std::size_t at) {
  if (!is_numeral_at(text, at) || (at > 0 && is_numeral_at(text, at - 1))) return std::nullopt;
  std::size_t whole_end = at;
  while (whole_end < text.size() && is_numeral_at(text, whole_end)) ++whole_end;
  if (!starts_with_at(text, whole_end, U"分之")) return std::nullopt;
  const std::size_t part_start = whole_end + 2;
  std::size_t part_end = part_start;
  while (part_end < text.size() && is_numeral_at(text, part_end)) ++part_end;
  const auto whole = parse_chinese_numeral(text.substr(at, whole_end - at));
  const auto part = parse_chinese_numeral(text.substr(part_start, part_end - part_start));
  if (!whole || !part || *part < 1 || *part > *whole) return std::nullopt;
  if (is_a_voting_threshold(text, part_end)) return std::nullopt;
  return share_of(*part, *whole, part_end);
}

// Whether the words around a share written in digits, [start, end), say it is one: 占, 占比 or a hedge before it
// (占比约1/3, 约1/3, 近1/3, 超过1/3), 以上, 以下, 左右 or 的 and a noun after it (3/4的村, 1/3以上).
bool reads_as_a_share(std::u32string_view text, std::size_t start, std::size_t end) {
  std::u32string_view before = text.substr(0, start);
  for (const std::u32string_view hedge : {U"超过", U"将近", U"接近", U"大约", U"不到", U"不足", U"约", U"近", U"超"}) {
    if (before.ends_with(hedge)) return true;
  }
  for (const std::u32string_view share : {U"占比为", U"占比达", U"占比", U"占"}) {
    if (before.ends_with(share)) return true;
  }
  const std::u32string_view after = text.substr(end);
  if (after.starts_with(U"以上") || after.starts_with(U"以下") || after.starts_with(U"左右")) return true;
  return after.size() >= 2 && after[0] == U'的' && is_han(after[1]);
}

// 1/3, 3/4 written as a share. Only where the words around say so: 2025/1/3 and 1/3号 are dates, 3/4票 a vote.
std::optional<Number> read_fraction_in_digits(std::u32string_view text, std::size_t at) {
  constexpr std::size_t kLongestPart = 3;
  if (at > 0 && (is_digit(text[at - 1]) || is_ascii_letter(text[at - 1]) || contains(U"/／.．-", text[at - 1]))) {
    return std::nullopt;
  }
  const auto read_whole = [&](std::size_t& i) -> std::optional<std::int64_t> {
    std::int64_t value = 0;
    const std::size_t from = i;
    while (i < text.size() && is_digit(text[i]) && i - from < kLongestPart) value = value * 10 + (text[i++] - U'0');
    if (i == from || (i < text.size() && is_digit(text[i]))) return std::nullopt;
    return value;
  };
  std::size_t i = at;
  const auto part = read_whole(i);
  if (!part || i + 1 >= text.size() || (text[i] != U'/' && text[i] != U'／')) return std::nullopt;
  ++i;
  const auto whole = read_whole(i);
  if (!whole || *part < 1 || *part >= *whole) return std::nullopt;
  if (i < text.size() && contains(U"/／.．", text[i])) return std::nullopt;  // 1/3/2025, 1/3.5
  if (!reads_as_a_share(text, at, i)) return std::nullopt;
  return share_of(*part, *whole, i);
}

// A one-character hedge that is the end of a word before the figure: 村规民约10份, 下达3项, 附近2处.
bool ends_a_word(std::u32string_view text, std::size_t at, std::u32string_view word) {
  if (word.size() != 1 || at == 0) return false;
  for (const auto whole : kWordsEndingInAHedge) {
    if (whole.back() == word.front() && ends_with_at(text, at + 1, whole)) return true;
  }
  return false;
}

// 增长一倍, 增加了一倍, 同比增长近一倍, 下降一成, 减少近一半, 缩短一半以上: the 一 at `at` (ending at `end`) before
// 倍, 成 or 半, right after the way something changed and a hedge. Not after 多 or 少, which end 差不多 and 至少 as
// often as 比上年多; nor elsewhere, where 一成不变 and 一半是 are words.
bool changes_by_one_after_a_direction(std::u32string_view text, std::size_t at, std::size_t end) {
  if (end >= text.size() || !contains(U"倍成半", text[end])) return false;
  std::u32string_view before = text.substr(0, at);
  for (const std::u32string_view hedge : {U"将近", U"接近", U"超过", U"近", U"超", U"约", U"了"}) {
    if (before.ends_with(hedge)) before.remove_suffix(hedge.size());
  }
  for (const std::u32string_view direction : {U"增长", U"增加", U"提高", U"提升", U"上升", U"下降", U"减少", U"降低",
                                              U"扩大", U"缩短", U"压缩", U"压减", U"缩减"}) {
    if (before.ends_with(direction)) return true;
  }
  return false;
}

// 占比不足一成, 占全部案件的近一半, 超过一半的执法人员, 约占一半: the 一 at `at` (ending at `end`) before 成 or 半,
// right after a hedge that sets a share against it (kHedgesOfAShareOfOne) or after 占. The hedge makes it a measured
// share; a bare 一半 (一半以上的时间, a rule of how to spend one's time; 一半是) and 一成不变 stay words.
bool hedges_a_share_of_one(std::u32string_view text, std::size_t at, std::size_t end) {
  if (end >= text.size() || !contains(U"成半", text[end])) return false;
  const std::u32string_view before = text.substr(0, at);
  for (const std::u32string_view hedge : kHedgesOfAShareOfOne) {
    if (before.ends_with(hedge) && !ends_a_word(text, at - hedge.size(), hedge)) return true;
  }
  return set_against_a_whole(text, at);  // 约占一半, 占全部案件的一半
}

// Half as a share (50 %), its words at [at, end).
Number half_as_a_share(std::size_t end) {
  Number number;
  number.end = end;
  number.value = Decimal{50, 0};
  number.chinese = true;  // no multiplier, sign or range follows it
  return number;
}

// Whether 的 and a noun follow `end`, as they follow a share of what they name (过半的村, 半数以上的企业).
bool before_a_noun(std::u32string_view text, std::size_t end) {
  return end + 1 < text.size() && text[end] == U'的' && is_han(text[end + 1]);
}

// 过半 (or 过半数) at `at` as a share above half: after 占 (占比过半) or before 的 and a noun (过半的村（社区）,
// 过半数的社区). Not 过半数 with no noun after it, a majority of a vote (过半数通过), nor a time or a task half gone
// (时间过半、任务过半, 一年过半): neither is a share found. Not after a character that makes 过 a word of its own
// (通过, 经过; 超过 is read with 一半 or 半数).
std::optional<Number> read_more_than_half(std::u32string_view text, std::size_t at) {
  if (!starts_with_at(text, at, U"过半") || (at > 0 && contains(kBeforeGuoInAWord, text[at - 1]))) return std::nullopt;
  const std::u32string_view before = text.substr(0, at);
  const bool after_a_share = before.ends_with(U"占") || before.ends_with(U"占比");
  if (after_a_share && !starts_with_at(text, at, U"过半数")) return half_as_a_share(at + 2);
  const std::size_t end = at + (starts_with_at(text, at, U"过半数") ? 3 : 2);
  if (!before_a_noun(text, end) || is_a_voting_threshold(text, end)) return std::nullopt;  // 过半数的成员同意
  return half_as_a_share(end);
}

// 半数 at `at` as a share of half: after a hedge that sets a share against it (超过半数的村, 近半数的企业, 近半数村民,
// 不足半数) or after 占 (占半数), or bounded before 的 and a noun (半数以上的社区). Not a majority of a vote
// (须经半数以上代表同意, 过半数通过: no 的 and noun after it), nor 半数 after 过 (read whole by read_more_than_half).
std::optional<Number> read_half_counted(std::u32string_view text, std::size_t at) {
  if (!starts_with_at(text, at, U"半数") || (at > 0 && text[at - 1] == U'过' && !(at > 1 && text[at - 2] == U'超'))) {
    return std::nullopt;
  }
  const std::size_t end = at + 2;
  if (is_a_voting_threshold(text, end)) return std::nullopt;  // 超过半数的代表同意
  const std::u32string_view before = text.substr(0, at);
  const bool hedged =
      std::any_of(std::begin(kHedgesOfAShareOfOne), std::end(kHedgesOfAShareOfOne), [&](std::u32string_view hedge) {
        return before.ends_with(hedge) && !ends_a_word(text, at - hedge.size(), hedge);
      });
  // 近半数村民参加, 矛盾纠纷近半数在村级化解: a hedge makes 半数 a share measured whatever follows it, as 逾八成 and
  // 约三分之一 are; only a vote's threshold (above) or its ballots (超半数票) are no share found.
  if ((hedged && !starts_with_at(text, end, U"票")) || set_against_a_whole(text, at)) return half_as_a_share(end);
  for (const std::u32string_view bound : {U"以上", U"以下"}) {
    if (starts_with_at(text, end, bound) && before_a_noun(text, end + bound.size())) return half_as_a_share(end);
  }
  return std::nullopt;
}

// 翻一番, 翻两番: the number at [at, end) counts doublings.
bool doubles_by_fan(std::u32string_view text, std::size_t at, std::size_t end) {
  return at > 0 && text[at - 1] == U'翻' && end < text.size() && text[end] == U'番';
}

// 过 before a lone round numeral at `at`: 受众过万人, 过千份 (not 通过, 经过, 不过).
bool is_guo_before(std::u32string_view text, std::size_t at) {
  return at > 0 && text[at - 1] == U'过' && contains(kLoneRoundNumerals, text[at]) &&
         !(at > 1 && contains(kBeforeGuoInAWord, text[at - 2]));
}

// A lone 千 or 万 at [at, at + 1) hedged as a round figure: 千余份, 万多人, 近万人次, 过万人 (not 接近 or 附近).
bool is_hedged_round_numeral(std::u32string_view text, std::size_t at) {
  if (!contains(kLoneRoundNumerals, text[at])) return false;
  const bool hedged_after = at + 1 < text.size() && (text[at + 1] == U'余' || text[at + 1] == U'多');
  const bool hedged_before =
      at > 0 && (text[at - 1] == U'近' || text[at - 1] == U'逾') && !ends_a_word(text, at - 1, text.substr(at - 1, 1));
  return hedged_after || hedged_before || is_guo_before(text, at);
}

// 上下 after a figure's unit is "about" (300人上下), unless it begins a word (上下班, 上下联动).
bool is_post_qualifier_at(std::u32string_view text, std::size_t at, std::u32string_view word) {
  if (!starts_with_at(text, at, word)) return false;
  const std::size_t next = at + word.size();
  return word != U"上下" || next >= text.size() || !contains(kAfterShangxiaInAWord, text[next]);
}

// 两三次, 七八名, 三五个, 十五六人, 二十七八人, 三四百份, 五六千人次, 二三十人, 三四十万元: two neighbouring digits (or
// 三五) say "about this many", a range from the smaller to the larger. Read digit by digit they were 23, 78, 16, 400.
std::optional<std::pair<std::int64_t, std::int64_t>> approximate_range(std::u32string_view run) {
  std::int64_t tens = 0;
  if (run.size() == 3 && run[0] == U'十') {
    tens = 10;
    run.remove_prefix(1);
  } else if (run.size() == 4 && chinese_digit_value(run[0]) > 0 && run[1] == U'十') {
    tens = 10 * chinese_digit_value(run[0]);
    run.remove_prefix(2);
  }
  if (run.size() < 2 || run.size() > 4 || (tens > 0 && run.size() != 2)) return std::nullopt;
  const int low = chinese_digit_value(run[0]);
  const int high = chinese_digit_value(run[1]);
  if (low < 1 || high < 1 || !(high == low + 1 || (low == 3 && high == 5 && tens == 0))) return std::nullopt;
  // After the digits, their order of magnitude in one or two characters: 十, 百, 千, 万, 十万, 百万, 千万 (三四十万元
  // is 300,000 to 400,000 元).
  std::int64_t factor = 1;
  for (const char32_t unit : run.substr(2)) {
    const std::int64_t times = chinese_unit_value(unit);
    if (times == 0 || times > 10000 || (factor > 1 && times != 10000)) return std::nullopt;
    factor *= times;
  }
  return std::pair{(tens + low) * factor, (tens + high) * factor};
}

std::optional<Number> read_chinese(std::u32string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && is_numeral_at(text, i)) ++i;
  const std::u32string_view run = text.substr(at, i - at);
  if ((run == U"万" || run == U"千" || run == U"百") && is_hedged_round_numeral(text, at)) {
    Number number;
    number.end = i;
    number.value.mantissa = run == U"万" ? 10000 : run == U"千" ? 1000 : 100;
    number.chinese = true;
    return number;
  }
  // 万达, 千方百计; and 百 alone names a programme (百名法律明白人培养工程, 百日攻坚): a count of a hundred is
  // written 一百.
  if (run == U"万" || run == U"亿" || run == U"千" || run == U"百") return std::nullopt;
  if (const auto range = approximate_range(run)) {
    Number number;
    number.end = i;
    number.value.mantissa = range->first;
    number.upper = Decimal{range->second, 0};
    number.chinese = true;
    return number;
  }
  const auto value = parse_chinese_numeral(run);
  // 亿亿, 万万: units with no digit are no numeral (they read as 0).
  if (!value || (*value == 0 && run.find_first_of(U"〇零○") == std::u32string_view::npos)) return std::nullopt;
  Number number;
  number.end = i;
  number.value.mantissa = *value;
  number.chinese = true;
  number.lone_yi = run == U"一";
  // A decimal: 九十五点四 (95.4), 三点五万 (35000). The digits after 点 are positional; a 万 or 亿 after them
  // multiplies the whole number, as it does after Arabic digits.
  std::size_t k = i + 1;
  if (i < text.size() && text[i] == U'点' && k < text.size() && chinese_digit_value(text[k]) >= 0) {
    while (k < text.size() && chinese_digit_value(text[k]) >= 0 && number.value.exponent > -6) {
      number.value.mantissa = number.value.mantissa * 10 + chinese_digit_value(text[k]);
      --number.value.exponent;
      ++k;
    }
    for (const auto& [word, factor] : kMultipliers) {
      if (k < text.size() && text[k] == word) {
        number.value.exponent += static_cast<int>(std::lround(std::log10(factor)));
        ++k;
        break;
      }
    }
    number.end = k;
    number.lone_yi = false;
  }
  return number;
}

std::optional<Number> read_number(std::u32string_view text, std::size_t at) {
  if (is_digit(text[at])) return read_arabic(text, at);
  if (is_numeral_at(text, at)) return read_chinese(text, at);
  return std::nullopt;
}

// Units that begin a longer word when followed by these: 3部门 is departments, 一次性 an adverb, 如表1所示 a
// reference to a table.
bool unit_starts_a_word(std::u32string_view unit, char32_t next) {
  static constexpr std::pair<std::u32string_view, std::u32string_view> kBreakers[] = {
      {U"部", U"门"},
      {U"次", U"性"},
      {U"家", U"庭长属"},  // 200余家长; not 3家长期合作的 (unit_starts_a_word_at)
      {U"村", U"民"},      // 惠及3200村民; not 18村民主议事会
      {U"场", U"景所地馆"},
      {U"条", U"例件"},
      {U"处", U"理置罚"},
      {U"期", U"间限"},
      {U"本", U"镇级年地"},
      {U"名", U"单义"},
      {U"所", U"有示"},
      {U"个", U"体"},
      {U"类", U"似型别比推"},  // 分为10类, 10类事项; not 类似, 类型, 类别
      {U"个次", U"要生级序"},  // 检测扬尘120个次; not 3个次要问题, 2个次生灾害点
      {U"周", U"岁年"},
      {U"通", U"过知报告讯道行用信畅车水电网"},  // 来电2,036通; not 3通过
      {U"对", U"0123456789一象接照标比策话口外待应其于此该全辖各重违涉企群村社这我本相"},  // 婚姻登记2,864对; not 1对1
      {U"分", U"之钟局队类别批期散析管工配布成数解"}};  // 60周岁以上 is an age, 成立10周年 an anniversary
  for (const auto& [written, followers] : kBreakers) {
    if (unit == written && contains(followers, next)) return true;
  }
  return false;
}

// Whether the words from `at` name a circle within reach (服务圈, 法律服务圈) before any break.
bool reaches_a_circle(std::u32string_view text, std::size_t at) {
  constexpr std::size_t kLongestCircleName = 10;  // 公共法律服务圈
  for (std::size_t i = at; i < text.size() && i - at <= kLongestCircleName; ++i) {
    if (text[i] == U'圈') return true;
    if (!is_han(text[i])) return false;
  }
  return false;
}

// Whether the words at `at`, after a numeral and 个, name a slogan (四个到位, 三个转变): one of its words, then no
// more of a word (的 aside).
bool names_a_slogan_after(std::u32string_view text, std::size_t at) {
  for (const auto word : kSloganWordsAfterGe) {
    if (!starts_with_at(text, at, word)) continue;
    const std::size_t after = at + word.size();
    return after == text.size() || text[after] == U'的' || !is_han(text[after]);
  }
  return false;
}

// Whether the unit at `at` is all the words there: a unit of two characters or more (人次, 工作日), or one before no
// more of a word (人，, 元以上, 件的, 日内). After a typist's space behind a multiplier (受援群众1.2万 人次) only such
// a unit is the figure's: a one-character unit running on into a word opens that word (1.2万 人民群众, 2万 件事), and
// the space says the figure ended before it.
bool a_whole_unit_at(const UnitTable& units, std::u32string_view text, std::size_t at) {
  const auto match = units.match(text, at);
  if (!match) return false;
  const std::size_t after = at + match->length;
  if (match->length > 1 || after >= text.size() || !is_han(text[after])) return true;
  if (text[after] == U'的' || text[after] == U'内') return true;
  return std::any_of(std::begin(kPostQualifiers), std::end(kPostQualifiers),
                     [&](std::u32string_view word) { return starts_with_at(text, after, word); });
}

// Where the unit of a figure whose multiplier ends at `at` starts: past one typist's space, ASCII or full-width (1.2万
// 人次, 120余万　元), when a whole unit follows it; else `at`.
std::size_t past_a_space_before_the_unit(const UnitTable& units, std::u32string_view text, std::size_t at) {
  const bool a_typists_space = at + 1 < text.size() && (text[at] == U' ' || text[at] == U'\u3000');
  return a_typists_space && a_whole_unit_at(units, text, at + 1) ? at + 1 : at;
}

// Whether the words at `at`, after a small numeral and 个 or 项, name the abstract things a standing requirement is
// made of (五项法定程序, 四项机制, 两项改革落地, 三个步骤): a short modifier at most, one of those nouns, then the
// phrase ends.
bool names_a_standing_set_after(std::u32string_view text, std::size_t at) {
  for (std::size_t modifier = 0; modifier <= kLongestModifierOfASet && at + modifier < text.size(); ++modifier) {
    if (modifier > 0 && !is_han(text[at + modifier - 1])) return false;
    for (const auto noun : kNounsOfAStandingSet) {
      if (!starts_with_at(text, at + modifier, noun)) continue;
      const std::size_t after = at + modifier + noun.size();
      if (after == text.size() || !is_han(text[after])) return true;
      return std::any_of(std::begin(kWordsAfterAStandingSet), std::end(kWordsAfterAStandingSet),
                         [&](std::u32string_view word) { return starts_with_at(text, after, word); });
    }
  }
  return false;
}

// Whether the set counted at `start` (三项工作机制, 三个制度) was made this year: a verb of making it new (建立, 新建,
// 制定, 出台 …) right before the numeral, after 了 or not (建立了三项工作机制), or before the set's members named as
// examples with 等 (新建立矛盾纠纷排查、诉调对接等三项工作机制). The unit built that many; 建立健全四项机制 and
// 落实…等五项法定程序 carry out a standing requirement and count no work done.
bool a_set_made_new_before(std::u32string_view text, std::size_t start) {
  constexpr std::size_t kLongestExamples = 24;  // 矛盾纠纷排查、诉调对接、重大事项报告
  std::size_t verb_end = start;
  if (ends_with_at(text, verb_end, U"了")) --verb_end;
  const auto made_new_at = [&](std::size_t end) {
    return std::any_of(std::begin(kVerbsOfMakingASetNew), std::end(kVerbsOfMakingASetNew),
                       [&](std::u32string_view verb) { return ends_with_at(text, end, verb); });
  };
  if (made_new_at(verb_end)) return true;
  if (!ends_with_at(text, start, U"等")) return false;
  // Back over the examples to the verb: no clause ends between (、 lists them), no figure inside.
  for (std::size_t at = start - 1; at > 0 && start - at <= kLongestExamples; --at) {
    const char32_t c = text[at - 1];
    if (contains(U"，,。；;：:！？\n", c) || is_digit(c)) return false;
    if (made_new_at(at) && !starts_with_at(text, at, U"健全") && !starts_with_at(text, at, U"完善")) return true;
  }
  return false;
}

// The lower bound (至少, 不少于) set before a verb of doing and what it does, right before the figure at `start`:
// 每季度至少开展1次法治讲座, 每年至少开展法治讲座4场, 各村每季度至少组织村民学法1次. Only the verb's own words may
// stand between (no break, figure, numeral or second deed: 至少开展法治讲座，培训4场 is no bound of the 4场).
std::u32string_view bound_before_a_deed(std::u32string_view text, std::size_t start) {
  constexpr std::size_t kLongestObject = 10;  // 法治讲座, “法律进乡村”活动
  constexpr std::u32string_view kVerbs[] = {U"开展", U"举办", U"组织", U"召开", U"进行", U"参加", U"培训"};
  constexpr std::u32string_view kBounds[] = {U"至少", U"不少于"};
  std::size_t object_start = start;
  while (true) {
    for (const auto verb : kVerbs) {
      if (!ends_with_at(text, object_start, verb)) continue;
      for (const auto bound : kBounds) {
        if (ends_with_at(text, object_start - verb.size(), bound)) return bound;
      }
    }
    if (object_start == 0 || start - object_start >= kLongestObject) return {};
    const char32_t c = text[object_start - 1];
    const bool quote = c == U'“' || c == U'”';
    if ((!is_han(c) && !quote) || is_chinese_numeral(c) || contains(U"并和及与或、", c)) return {};
    --object_start;
  }
}

// Whether the words after a bound (以上, 以下) make it the threshold of a class of matters: 的 right after it
// (涉案金额10万元以上的案件) or the matters themselves (百万元以上合同), or after other thresholds listed with it
// before its clause ends (罚款5万元以上、吊销许可 证件的重大执法决定). What must be reviewed or discussed is no figure
// of the year's work.
bool picks_out_a_class(std::u32string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  if (text[at] == U'的') return true;
  // 百万元以上合同备案4份, 50万元以上项目: the bound runs straight into the matters it classes, as with 的.
  constexpr std::u32string_view kMattersClassedByAmount[] = {U"合同", U"项目", U"工程", U"案件", U"采购", U"事项"};
  if (std::any_of(std::begin(kMattersClassedByAmount), std::end(kMattersClassedByAmount),
                  [&](std::u32string_view matter) { return text.substr(at, matter.size()) == matter; })) {
    return true;
  }
  if (text[at] != U'、') return false;
  constexpr std::size_t kLongestListedThreshold = 16;  // 、没收较大数额违法所得的
  for (std::size_t k = at + 1; k < text.size() && k - at <= kLongestListedThreshold; ++k) {
    if (contains(U"，,。；;：:\n", text[k]) || is_digit(text[k])) return false;
    if (text[k] == U'的') return true;
  }
  return false;
}

// 分别压缩至3个和1个工作日, 3个至5个月: a count in 个 joined to a figure in a unit written with 个 (个工作日, 个月,
// 个小时) is in that unit; the report wrote the unit once.
void takes_the_unit_of_the_next(std::u32string_view text, FoundMetric& first, const FoundMetric& next) {
  if (first.unit != U"个" || next.unit == U"个" || next.start != first.end + 1 ||
      !contains(U"和、或及与至到-~～—", text[first.end])) {
    return;
  }
  if (text.substr(next.number_start, next.end - next.number_start).find(U'个') != std::u32string_view::npos) {
    first.unit = next.unit;
  }
}

bool is_a_time_limit_unit(std::u32string_view unit) {
  return std::find(std::begin(kTimeLimitUnits), std::end(kTimeLimitUnits), unit) != std::end(kTimeLimitUnits);
}

// 办理时限由20个工作日压减到5个, 由30日压缩至10个, 由5个工作日压缩至1个: a new time limit written with a bare 个
// after a verb of change is in the unit of the limit it was changed from (after 由 or 从); the report wrote the
// unit once. A count changed (办理环节由平均6个压减至2个) keeps its 个.
void takes_the_unit_of_the_old_limit(std::u32string_view text, const FoundMetric& old_limit, FoundMetric& next) {
  if (next.unit != U"个" || next.start != next.number_start || old_limit.end > next.start ||
      !is_a_time_limit_unit(old_limit.unit)) {
    return;
  }
  std::u32string_view between = text.substr(old_limit.end, next.start - old_limit.end);
  for (const auto now : kWordsOfNow) {
    if (between.ends_with(now)) {
      between.remove_suffix(now.size());
      break;
    }
  }
  if (between.empty() || !contains(U"到至为", between.back())) return;
  between.remove_suffix(1);
  if (between.ends_with(U"了")) between.remove_suffix(1);
  if (std::find(std::begin(kChangesOfATimeLimit), std::end(kChangesOfATimeLimit), between) ==
      std::end(kChangesOfATimeLimit)) {
    return;
  }
  // 由 or 从 before the old limit, past the words of an earlier or a standard level (由原来的, 由法定的).
  constexpr std::size_t kLongestFromWords = 5;  // 由法定的, 由原来的
  const std::size_t from = old_limit.start > kLongestFromWords ? old_limit.start - kLongestFromWords : 0;
  const std::u32string_view before = text.substr(from, old_limit.start - from);
  const auto opening = before.find_last_of(U"由从");
  if (opening == std::u32string_view::npos ||
      before.substr(opening).find_first_of(U"，,。；;、：:\n") != std::u32string_view::npos) {
    return;
  }
  next.unit = old_limit.unit;
}

// 较上年分别提高0.3和1.8个百分点, 分别下降2、3和5个百分点: bare numbers joined by 和 or 、 to a share or a number
// of points after 分别 and a word of change are each in its unit; the report wrote the unit once. Returned in
// text order, each after the last figure found (`found_to`); none when the chain does not follow such words.
std::vector<FoundMetric> bare_numbers_sharing_the_unit(std::u32string_view text, const FoundMetric& next,
                                                       std::size_t found_to) {
  if (next.unit != U"个百分点" && next.unit != U"百分点" && next.unit != U"%") return {};
  if (next.start != next.number_start || next.value_max) return {};
  constexpr std::size_t kMostJoined = 8;  // numbers before the last, more is no such listing
  std::vector<FoundMetric> bare;
  std::size_t joint = next.start;
  while (bare.size() < kMostJoined && joint > found_to + 1 && contains(U"和、", text[joint - 1])) {
    std::size_t from = joint - 1;
    while (from > found_to && (is_digit(text[from - 1]) || text[from - 1] == U'.')) --from;
    if (from == joint - 1 || !is_digit(text[from])) return {};
    const auto number = read_arabic(text, from);
    if (!number || number->too_long || number->end != joint - 1) return {};
    FoundMetric metric;
    metric.start = metric.number_start = from;
    metric.end = joint - 1;
    metric.value = number->value.to_double();
    metric.unit = next.unit;
    bare.insert(bare.begin(), std::move(metric));
    joint = from;
  }
  if (bare.empty()) return {};
  // The words before the chain: 分别 and a word of change (分别提高, 分别增长了).
  constexpr std::size_t kLongestLead = 5;  // 分别增长了
  const std::u32string_view lead =
      text.substr(joint > kLongestLead ? joint - kLongestLead : 0, std::min(joint, kLongestLead));
  const auto together = lead.rfind(U"分别");
  if (together == std::u32string_view::npos) return {};
  std::u32string_view change = lead.substr(together + 2);
  if (change.ends_with(U"了")) change.remove_suffix(1);
  constexpr std::u32string_view kChanges[] = {U"提高", U"增长", U"增加", U"上升", U"提升",
                                              U"下降", U"降低", U"减少", U"压减", U"压缩"};
  if (std::find(std::begin(kChanges), std::end(kChanges), change) == std::end(kChanges)) return {};
  return bare;
}

// Whether `upper` is the upper bound of a range whose lower bound `lower` carries the same unit (2万元至45万元,
// 3人至5人, 从5000元到20万元不等): one figure, not two. A verb between them (由20个工作日压缩至12个工作日) is a change.
bool bounds_a_range(std::u32string_view text, const FoundMetric& lower, const FoundMetric& upper) {
  if (upper.start != lower.end + 1 || !contains(kRangeSeparators, text[lower.end]) || lower.unit != upper.unit ||
      lower.unit == U"%" || lower.value_max || upper.value_max || upper.value <= lower.value) {
    return false;
  }
  // Only a hedge before the lower bound (约2万元至5万元) and after the upper (以上, 左右) stands for the range.
  return upper.number_start == upper.start;
}

// 提出6大板块31项具体举措, 聚焦5大领域: 大 between digits and the word for the parts of a whole says they are major
// ones; the count is of those parts (10大类 is in the units table already). The word for the parts
// (kGreaterKinds), or empty when none follows 大 at `at`.
std::u32string_view greater_kind_at(std::u32string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != U'大') return {};
  for (const std::u32string_view kind : kGreaterKinds) {
    if (starts_with_at(text, at + 1, kind)) return kind;
  }
  return {};
}

// Units that follow Arabic digits only: after a Chinese numeral the character is a word of its own (十分重视, 两头跑).
// So does 类: 一类水质, 二类疫苗 name a category, 10类 counts kinds (十大类, in 大类, is a count either way).
bool is_written_in_digits_only(std::u32string_view unit) {
  return unit == U"分" || unit == U"头" || unit == U"尾" || unit == U"类";
}

// Whether the unit's breaker at `next` is itself the start of a longer word the unit counts: 3家长期合作的律所 (长期),
// 5家长途客运企业 (长途), 18村民主议事会 (民主) are 3 家, 5 家, 18 村.
bool opens_a_longer_word(std::u32string_view text, std::size_t next) {
  for (const std::u32string_view word : {U"长期", U"长途", U"长效", U"长远", U"民主", U"民营", U"民俗", U"民宿"}) {
    if (text.substr(next).starts_with(word)) return true;
  }
  return false;
}

// Whether a Chinese numeral and its unit at [unit_at, after) open a place's name: villages, towns and counties of
// the north are named by how many families, platforms, rooms or households first settled there (八家子镇, 十八家子村,
// 二台子, 三台县, 九台区, 七台河, 五台山, 五间房村, 四间房、, 三户营, 十八户村), and streets by a sum (四元街). The
// unit then runs straight into a word of a place, where a count goes on to what it counts (三家企业, 两台车辆,
// 五间房屋, 八家子公司, 十八户村民), as villages' names do after the count of villages that named them (六村堡街道).
bool opens_a_place_name(std::u32string_view text, std::u32string_view unit, std::size_t after) {
  const auto at = [&](std::size_t k) { return after + k < text.size() ? text[after + k] : U'\n'; };
  // 三台县委, 十八户村建成: a place's suffix; 十八户村民, 三台县级, 两台区块链 go on to what is counted.
  const auto ends_in_a_place_suffix = [&](std::size_t k, std::u32string_view suffixes) {
    return contains(suffixes, at(k)) && !contains(U"民级集直属域块干", at(k + 1));
  };
  if (unit == U"家") return at(0) == U'子' && !starts_with_at(text, after + 1, U"公司") && at(1) != U'女';
  if (unit == U"台") return at(0) == U'子' || ends_in_a_place_suffix(0, U"县区河山镇乡村屯");
  if (unit == U"间") return at(0) == U'房' && (ends_in_a_place_suffix(1, U"村镇乡屯") || contains(U"、等", at(1)));
  if (unit == U"户") {
    return (at(0) == U'营' && !contains(U"业商销运", at(1))) || ends_in_a_place_suffix(0, U"村屯");
  }
  // 六村堡街道, 三村坪镇: a numeral and 村 then one character of the name and a town's or village's suffix name a
  // place; a count of villages goes on to what they did or have (六村开展, 六村村民, 六村全部, 六村各建, 六村两委).
  if (unit == U"村") {
    constexpr std::u32string_view kPlaceSuffixes[] = {U"街道", U"镇", U"乡", U"社区", U"村"};
    const bool one_name_character = is_han(at(0)) && !is_chinese_numeral(at(0)) &&
                                    !contains(U"街镇乡村社区县的和与及并全各均都共联同已分每等", at(0));
    return one_name_character &&
           std::any_of(std::begin(kPlaceSuffixes), std::end(kPlaceSuffixes), [&](std::u32string_view suffix) {
             return starts_with_at(text, after + 1, suffix) && !contains(U"民级委干", at(1 + suffix.size()));
           });
  }
  // 四元街206弄, 三元巷, 三元桥: streets and bridges of a town are named by a sum too; an amount in words never runs
  // into one (a sum goes on to 的, 钱 or what it paid for, not to a street).
  if (unit == U"元") return contains(U"街巷弄桥", at(0)) && at(1) != U'费';
  return false;
}

// Units of things counted whole: cases, people, households, times, documents.
bool counts_whole_things(std::u32string_view unit) {
  static constexpr std::u32string_view kWhole[] = {U"件", U"起", U"宗", U"例", U"户",   U"人",   U"名",   U"位",
                                                   U"家", U"次", U"场", U"个", U"份",   U"条",   U"项",   U"封",
                                                   U"篇", U"通", U"对", U"批", U"人次", U"户次", U"家次", U"场次"};
  return std::find(std::begin(kWhole), std::end(kWhole), unit) != std::end(kWhole);
}

// Digits [from, to) written as 1 to 3 digits, a point, and exactly three digits (4.386).
bool point_before_three_digits(std::u32string_view text, std::size_t from, std::size_t to) {
  const std::u32string_view written = text.substr(from, to - from);
  const auto point = written.find_first_of(U".．");
  return point != std::u32string_view::npos && point >= 1 && point <= 3 && written.size() - point - 1 == 3 &&
         std::all_of(written.begin(), written.end(), [](char32_t c) { return is_digit(c) || c == U'.' || c == U'．'; });
}

// 成 after a single Chinese digit counts tenths (六成 is 60%), unless it begins a word (成员, 成立, 成效 …).
bool is_tenths(std::u32string_view text, std::size_t at, const Decimal& value) {
  if (at >= text.size() || text[at] != U'成' || value.exponent != 0 || value.mantissa < 1 || value.mantissa > 9) {
    return false;
  }
  return at + 1 >= text.size() ||
         std::u32string_view(U"员立为功效果绩本熟型交年就片套都").find(text[at + 1]) == std::u32string_view::npos;
}

// 日 is a date's day (3月12日, 一月十五日) save for a time limit: 30日内, 三十日内, 由法定的60日压缩至30日,
// 由90日缩短至60日.
bool is_a_time_limit_in_days(std::u32string_view text, std::size_t start, std::size_t at) {
  if (at >= text.size() || text[at] != U'日' || (start > 0 && text[start - 1] == U'月')) return false;
  if (starts_with_at(text, at + 1, U"内") || starts_with_at(text, at + 1, U"以内")) return true;
  // 由90日缩短至60日: the old limit, right before the change.
  for (const std::u32string_view change : {U"缩短", U"压缩", U"压减", U"减少", U"延长"}) {
    if (starts_with_at(text, at + 1, change)) return true;
  }
  for (const std::u32string_view before : {U"压缩至", U"压缩到", U"缩短至", U"缩短到", U"法定的", U"法定"}) {
    if (start >= before.size() && text.substr(start - before.size(), before.size()) == before) return true;
  }
  return false;
}

// Whether the figure at `start` is a count of views or plays (阅读量超过1,000万, 点击量达3.2万次): a 量 of reading,
// clicking, browsing, playing, visiting or sharing a few characters before it in its clause.
bool counts_views(std::u32string_view text, std::size_t start) {
  constexpr std::size_t kReach = 6;
  for (std::size_t at = start; at > 0 && start - at < kReach; --at) {
    const char32_t c = text[at - 1];
    if (c == U'，' || c == U'。' || c == U'；' || c == U'、' || c == U',' || c == U'\n') return false;
    if (c != U'量' || at < 3) continue;
    const std::u32string_view verb = text.substr(at - 3, 2);
    for (const std::u32string_view viewing : {U"阅读", U"点击", U"浏览", U"播放", U"访问", U"转发", U"观看"}) {
      if (verb == viewing) return true;
    }
  }
  return false;
}

// The unit a multiplied figure written without one counts in, said by the noun a few characters before it in its
// clause: 人次 or 人 (参训人次近7.5万, 服务群众人次达1.2万, 受益人数超2万), as 阅读量 says views; empty if none.
std::u32string_view unit_said_by_the_noun_before(std::u32string_view text, std::size_t start) {
  constexpr std::size_t kReach = 6;
  for (std::size_t at = start; at > 1 && start - at < kReach; --at) {
    const char32_t c = text[at - 1];
    if (c == U'，' || c == U'。' || c == U'；' || c == U'、' || c == U',' || c == U'\n') return {};
    const std::u32string_view word = text.substr(at - 2, 2);
    if (word == U"人次") return U"人次";
    if (word == U"人数") return U"人";
  }
  return {};
}

// A unit of time with 多, 余 or 半 between its 个 and the rest (3个多月, 两个多小时, 1个半月): the unit as if written
// whole, and what stood inside it.
struct SplitDuration {
  UnitMatch unit;
  std::size_t length = 0;  // code points in the text, the word inside included
  char32_t inside = 0;
};

std::optional<SplitDuration> split_duration(const UnitTable& units, std::u32string_view text, std::size_t at) {
  if (at + 2 >= text.size() || text[at] != U'个' || !contains(U"多余半", text[at + 1])) return std::nullopt;
  constexpr std::size_t kLongestTimeUnit = 4;  // 工作小时
  std::u32string whole = U"个";
  whole += text.substr(at + 2, kLongestTimeUnit);
  auto match = units.match(whole, 0);
  if (!match || match->length < 2 ||
      std::find(std::begin(kTimeLimitUnits), std::end(kTimeLimitUnits), match->unit) == std::end(kTimeLimitUnits)) {
    return std::nullopt;
  }
  const std::size_t length = match->length + 1;
  return SplitDuration{std::move(*match), length, text[at + 1]};
}

// 压缩至半个工作日, 半个月: half of a unit of time, written with no number before it.
std::optional<Number> read_half_of_a_duration(const UnitTable& units, std::u32string_view text, std::size_t at) {
  if (text[at] != U'半' || at + 1 >= text.size() || text[at + 1] != U'个') return std::nullopt;
  const auto match = units.match(text, at + 1);
  if (!match || match->length < 2 ||
      std::find(std::begin(kTimeLimitUnits), std::end(kTimeLimitUnits), match->unit) == std::end(kTimeLimitUnits)) {
    return std::nullopt;
  }
  Number number;
  number.end = at + 1;
  number.value = Decimal{5, -1};
  number.chinese = true;
  return number;
}

void append_qualifier(std::u32string& qualifier, std::u32string_view word) {
  if (!qualifier.empty()) qualifier += U';';
  qualifier += word;
}

// The quote that closes `open`, or 0: a name or a slogan is written in any of these (『两个全覆盖』, ‘三个一’).
char32_t closing_quote(char32_t open) {
  switch (open) {
    case U'《':
      return U'》';
    case U'“':
      return U'”';
    case U'「':
      return U'」';
    case U'『':
      return U'』';
    case U'‘':
      return U'’';
    case U'〈':
      return U'〉';
    case U'"':
      return U'"';
    default:
      return 0;
  }
}

// Whether a period of time follows `at` (个月, 月, 周, 星期, 年, 季度, 天, 日, 小时): after 每 a count of them says how
// often (每两个月1次).
bool says_a_period_at(std::u32string_view text, std::size_t at) {
  for (const std::u32string_view period :
       {U"个月", U"个季度", U"个星期", U"个工作日", U"月", U"周", U"星期", U"年", U"季度", U"天", U"日", U"小时"}) {
    if (starts_with_at(text, at, period)) return true;
  }
  return false;
}

// Whether the text before `at` ends with a quoted slogan (”, 」, 』, ’, 〉, " closing it; not a book title, 《民法典》
// 三编, left to the rules on titles) of the kind a numeral after it counts the parts of: a listing of words
// (“护、帮、调”) or a short watchword (‘放管服’, up to four characters). A longer name is of things a numeral after
// it counts (“最美调解员”十名, “民主法治示范村”三个).
bool closes_a_slogan(std::u32string_view text, std::size_t at) {
  constexpr std::size_t kLongestWatchword = 4;
  if (at == 0) return false;
  const char32_t close = text[at - 1];
  for (const char32_t open : {U'“', U'「', U'『', U'‘', U'〈', U'"'}) {
    if (closing_quote(open) != close) continue;
    // Looked for no farther back than a slogan runs: a long paragraph of quotes is not scanned again for each.
    constexpr std::size_t kLongestSlogan = 24;
    const std::size_t from = at - 1 > kLongestSlogan ? at - 1 - kLongestSlogan : 0;
    const std::size_t opened = text.substr(from, at - 1 - from).rfind(open);
    if (opened == std::u32string_view::npos) return false;
    const std::u32string_view quoted = text.substr(from + opened + 1, at - 1 - (from + opened + 1));
    return quoted.size() <= kLongestWatchword || quoted.find(U'、') != std::u32string_view::npos;
  }
  return false;
}

// The characters a set phrase starts with, each once: nearly every character of a text starts none, and one
// search among these few passes it over (comparing it with every phrase's first was 4 % of a DOCX worker).
constexpr auto kSetPhraseStarts = [] {
  std::array<char32_t, std::size(kSetPhrases)> starts{};
  std::size_t count = 0;
  for (const std::u32string_view phrase : kSetPhrases) {
    if (std::find(starts.begin(), starts.begin() + count, phrase.front()) == starts.begin() + count) {
      starts[count++] = phrase.front();
    }
  }
  return std::pair{starts, count};
}();

bool may_start_a_set_phrase(char32_t c) {
  return std::u32string_view(kSetPhraseStarts.first.data(), kSetPhraseStarts.second).find(c) !=
         std::u32string_view::npos;
}

}  // namespace

std::vector<bool> excluded_spans(std::u32string_view text) {
  std::vector<bool> excluded(text.size(), false);
  const auto exclude = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < text.size(); ++k) excluded[k] = true;
  };
  constexpr std::size_t kLongestBookTitle = 80;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    const char32_t close = closing_quote(c);
    if (close != 0) {
      const std::size_t limit = c == U'《' ? kLongestBookTitle : kLongestQuotedName;
      for (std::size_t k = i + 1; k < text.size() && k <= i + limit + 1 && text[k] != U'\n'; ++k) {
        if (text[k] == close) {
          exclude(i, k + 1);
          break;
        }
      }
    }
    // Compare whole phrases only where one starts: most positions start none.
    if (may_start_a_set_phrase(c)) {
      for (const auto phrase : kSetPhrases) {
        if (phrase.front() == c && starts_with_at(text, i, phrase)) exclude(i, i + phrase.size());
      }
    }
    // 12·4 国家宪法日: a day's name. Not a percentage with the dot for its point (办结率97·5%: dotted_decimal).
    if (contains(kMiddleDots, c) && i > 0 && is_digit(text[i - 1])) {
      std::size_t from = i, to = i + 1;
      while (from > 0 && is_digit(text[from - 1])) --from;
      while (to < text.size() && is_digit(text[to])) ++to;
      if (!dotted_decimal(text, i + 1, to)) exclude(from, to);
    }
  }
  return excluded;
}

std::vector<FoundMetric> MetricExtractor::extract(std::u32string_view text, std::vector<std::size_t>* refused) const {
  std::vector<FoundMetric> found;
  const std::vector<bool> excluded = excluded_spans(text);
  std::size_t i = 0;
  while (i < text.size()) {
    if (excluded[i]) {
      ++i;
      continue;
    }
    const char32_t previous = i > 0 ? text[i - 1] : U'\n';
    std::optional<Number> number;
    std::size_t number_start = i;
    bool percent_words = false;
    bool fraction = false;
    std::u32string_view words_unit = U"%";  // 百分之五; 千分之二 is ‰, 万分之三 ‱
    std::u32string qualifier;
    if (starts_with_at(text, i, U"百分百") || starts_with_at(text, i, U"百分之百")) {
      number = Number{i + (starts_with_at(text, i, U"百分百") ? 3 : 4), Decimal{100, 0}, true, false};
      percent_words = true;
    } else if (starts_with_at(text, i, U"百分之") && i + 3 < text.size()) {
      number = read_number(text, i + 3);
      percent_words = number.has_value();
      if (number) number->lone_yi = false;  // 百分之一 is one percent, no article
    } else if ((starts_with_at(text, i, U"千分之") || starts_with_at(text, i, U"万分之")) && i + 3 < text.size()) {
      number = read_number(text, i + 3);
      percent_words = number.has_value();
      if (number) number->lone_yi = false;
      words_unit = text[i] == U'千' ? U"‰" : U"‱";
    } else if (auto share = is_digit(text[i]) ? read_fraction_in_digits(text, i) : read_fraction_in_words(text, i)) {
      number = share;
      percent_words = true;  // 三分之一 is a percentage (33.3 %) as 百分之五 is
      fraction = true;
    } else if (is_digit(text[i])) {
      // Part of a code, a version or a decimal tail (A12, 3.5), not a figure of its own; nor the lower part of a
      // fraction or a date written with a slash (以3/4票通过, 1/3号).
      const bool after_a_slash_of_digits = (previous == U'/' || previous == U'／') && i > 1 && is_digit(text[i - 2]);
      if (!(is_ascii_letter(previous) || is_digit(previous) || previous == U'.' || previous == U'．' ||
            after_a_slash_of_digits))
        number = read_arabic(text, i);
      if (number && !number->too_long) {
        auto broken = broken_after_the_point(text, i, number->end);
        if (!broken) broken = dotted_decimal(text, i, number->end);
        if (!broken) broken = rate_split_by_a_space(text, i, number->end);
        if (broken) {
          if (auto whole = read_arabic(broken->joined, 0); whole && whole->end == broken->joined.size()) {
            whole->end = number->end;
            number = whole;
            number_start = broken->start;
          }
        }
        if (auto mixed =
                read_digits_with_chinese_units(text, *number, opens_a_range_after_its_multiplier(text, number->end))) {
          number = mixed;
        }
      }
    } else if (is_numeral_at(text, i) && !(i > 0 && is_numeral_at(text, i - 1))) {
      number = read_chinese(text, i);
    } else if (auto half = read_half_of_a_duration(units_, text, i)) {
      number = half;
    } else if (auto more_than_half = read_more_than_half(text, i)) {
      number = more_than_half;
      qualifier = U"过";
      percent_words = true;  // 过半 is a share (50 % 过) as 三分之一 is
      fraction = true;
    } else if (auto half = read_half_counted(text, i)) {
      number = half;
      percent_words = true;  // 超过半数的村 is a share (50 % 超过)
      fraction = true;
    } else {
      for (const auto& [word, value] : kRoundNumberWords) {
        if (starts_with_at(text, i, word)) {
          number = Number{i + word.size(), Decimal{static_cast<long long>(value), 0}, true, false};
          qualifier = std::u32string(word);
          break;
        }
      }
    }
    if (!number) {
      // Skip the rest of a digit or numeral run so that "2024" is not read again as "024".
      std::size_t skip = i + 1;
      if (is_digit(text[i])) {
        while (skip < text.size() && is_digit(text[skip])) ++skip;
      }
      i = skip;
      continue;
    }
    const auto reject = [&] { i = std::max(number->end, i + 1); };
    if (number->too_long) {
      if (refused != nullptr) refused->push_back(number_start);
      reject();
      continue;
    }
    if (previous == U'第' || (is_inline_space(previous) && i > 1 && text[i - 2] == U'第')) {  // ordinals
      reject();
      continue;
    }
    // 每两个月, 每3周, 每两年: a count of periods after 每 says how often something is done (its figure's
    // qualifier, frequencies.hpp), no length of time; 每3名 and 每100人 are no periods.
    if (previous == U'每' && says_a_period_at(text, number->end)) {
      reject();
      continue;
    }
    // “防、救、新”三件事, ‘放管服’两项改革: a numeral written in words right after a quoted slogan counts the slogan's
    // own parts, no work done. A count in digits there (“平安校园”34间) is one.
    if (number->chinese && closes_a_slogan(text, i)) {
      reject();
      continue;
    }
    // A national service hotline (12333人社服务热线, 12345): a name.
    if (!number->chinese && number->value.exponent == 0 && number->value.mantissa >= kFirstHotline &&
        number->value.mantissa <= kLastHotline && number->end - i == 5) {
      reject();
      continue;
    }
    // A place in a ranking (位列前三名, 进入全市前3位, 前十强) is no count of people.
    if (previous == U'前' && number->end < text.size() && contains(kRankWords, text[number->end]) &&
        !(i >= 2 && contains(kBeforeQianOfTime, text[i - 2]))) {
      reject();
      continue;
    }

    std::size_t at = number->end;
    Decimal value = number->value;
    std::optional<Decimal> value_max = number->upper;
    // A range: 1-2次, 3至5次, 一至二次.
    if (!value_max && !fraction && at + 1 < text.size() && contains(kRangeSeparators, text[at]) && !excluded[at + 1]) {
      if (auto upper = read_number(text, at + 1);
          upper && upper->chinese == number->chinese && !upper->lone_yi && !upper->too_long) {
        // 3百至5百人, 3万至5万元: each bound with its units; 3-5百人: the lower bound in the upper's (300 to 500).
        const std::size_t upper_digits_end = upper->end;
        if (!upper->chinese) {
          if (auto mixed = read_digits_with_chinese_units(text, *upper, number->with_units)) upper = mixed;
        }
        if (upper->with_units && !number->with_units && value.exponent == 0) {
          value.exponent += static_cast<int>(std::lround(std::log10(unit_after_digits(text, upper_digits_end))));
        }
        value_max = upper->value;
        at = upper->end;
      }
    }
    // 15%—20%, 10%至15%: a range whose bounds each carry the percent sign.
    if (!value_max && !number->chinese && at + 2 < text.size() && (text[at] == U'%' || text[at] == U'％') &&
        contains(kRangeSeparators, text[at + 1]) && !excluded[at + 2]) {
      if (auto upper = read_number(text, at + 2);
          upper && !upper->chinese && !upper->too_long && upper->end < text.size() && text[upper->end] == text[at]) {
        value_max = upper->value;
        at = upper->end;
      }
    }
    // 一 as an article (一批, 一是), unless it opens a range or doubles something (受案数增长一倍).
    if (number->lone_yi && !value_max && !changes_by_one_after_a_direction(text, i, number->end) &&
        !hedges_a_share_of_one(text, i, number->end) && !doubles_by_fan(text, i, number->end) &&
        !split_duration(units_, text, number->end)) {  // 一个半月, 一个多小时
      reject();
      continue;
    }
    // A negative change: 同比-8.7%, a table cell "-8.7%". Not the second bound of a range (1-2) or a date's
    // field (2024-01), which have a digit before the sign.
    if (!number->chinese && !percent_words && i > 0 && contains(kMinusSigns, previous) &&
        (i < 2 || !(is_digit(text[i - 2]) || is_ascii_letter(text[i - 2]) || contains(kMinusSigns, text[i - 2])))) {
      value.mantissa = -value.mantissa;
      if (value_max) value_max->mantissa = -value_max->mantissa;
      number_start = i - 1;
    }
    // A positive change signed as one: 同比+12.5%, a table cell "+35". Not 1+1 (a digit before it).
    if (!number->chinese && !percent_words && i > 0 && contains(kPlusSigns, previous) &&
        (i < 2 || !(is_digit(text[i - 2]) || is_ascii_letter(text[i - 2])))) {
      number_start = i - 1;
    }
    const auto multiplier_at = [&](std::size_t where) -> double {
      if (where >= text.size()) return 0;
      for (const auto& [word, factor] : kMultipliers) {
        if (text[where] == word) return factor;
      }
      // 2千余份; not 3千米.
      if (!number->chinese && text[where] == U'千' &&
          !(where + 1 < text.size() && contains(kUnitsAfterQian, text[where + 1]))) {
        return kThousand;
      }
      return 0;
    };
    const auto suffix_qualifier_at = [&](std::size_t where) -> std::u32string_view {
      for (const auto word : kSuffixQualifiers) {
        if (starts_with_at(text, where, word)) return word;
      }
      return {};
    };
    const auto multiply = [&](double factor) {
      const int shift = static_cast<int>(std::lround(std::log10(factor)));
      value.exponent += shift;
      if (value_max) value_max->exponent += shift;
    };
    // One space a typist, a page's source or a PDF's text layer left between a figure and its unit (412 件,
    // 95 %, 3.6 万元, 9600 余份).
    if (!number->chinese && at + 1 < text.size() && is_inline_space(text[at])) {
      const auto unit_at = [&](std::size_t where) {
        return where < text.size() &&
               (text[where] == U'%' || text[where] == U'％' || multiplier_at(where) > 0 || units_.match(text, where));
      };
      const auto hedge = suffix_qualifier_at(at + 1);
      if (unit_at(at + 1) || (!hedge.empty() && unit_at(at + 1 + hedge.size()))) ++at;
    }
    bool multiplied = number->multiplied;
    if (!number->chinese && !multiplied) {
      if (const double factor = multiplier_at(at); factor > 0) {
        multiply(factor);
        multiplied = true;
        at = past_a_space_before_the_unit(units_, text, at + 1);
      }
    }
    if (const auto hedge = suffix_qualifier_at(at); !hedge.empty()) {
      append_qualifier(qualifier, hedge);
      at += hedge.size();
      // 120余万元, 十余万人次: the hedge before the multiplier.
      if (const double factor = multiplier_at(at); factor > 0 && !multiplied && value.exponent >= 0) {
        multiply(factor);
        at = past_a_space_before_the_unit(units_, text, at + 1);
      }
    }
    std::u32string unit;
    double factor = 1;
    bool in_tenths = false;  // 六成: a percentage written in tenths
    if (percent_words) {
      unit = words_unit;
      number_start = i;
    } else if (at < text.size() && (text[at] == U'%' || text[at] == U'％')) {
      unit = U"%";
      ++at;
    } else if (number->chinese && !value_max && is_tenths(text, at, value)) {
      unit = U"%";  // 六成以上: tenths
      factor = 10;
      in_tenths = true;
      ++at;
    } else if (number->lone_yi && at < text.size() && text[at] == U'半') {
      unit = U"%";  // 减少近一半: half
      factor = 50;
      ++at;
    } else if (number->chinese && !value_max && value.exponent == 0 && value.mantissa >= 1 && value.mantissa <= 3 &&
               doubles_by_fan(text, i, at)) {
      unit = U"%";  // 翻一番 is an increase by 100%, 翻两番 by 300%
      value = Decimal{((1LL << value.mantissa) - 1) * 100, 0};
      number_start = i - 1;
      ++at;
    } else if (auto duration = split_duration(units_, text, at);
               duration && (duration->inside != U'半' || (value.exponent == 0 && !value_max))) {
      if (duration->inside == U'半') {
        value = Decimal{value.mantissa * 10 + 5, -1};  // 1个半月 is 1.5 个月
      } else {
        append_qualifier(qualifier, std::u32string_view(&text[at + 1], 1));  // 3个多月 is more than 3 个月
      }
      unit = std::move(duration->unit.unit);
      factor = duration->unit.factor;
      at += duration->length;
    } else if (auto match = units_.match(text, at)) {
      // 3个次要问题: a longer unit that begins a word gives way to the shorter one it opens with (个次 to 个).
      if (match->length > 1 && at + match->length < text.size() &&
          unit_starts_a_word(text.substr(at, match->length), text[at + match->length])) {
        if (auto shorter = units_.match(text.substr(0, at + match->length - 1), at)) match = std::move(shorter);
      }
      if (at + match->length < text.size() &&
          unit_starts_a_word(text.substr(at, match->length), text[at + match->length]) &&
          !opens_a_longer_word(text, at + match->length)) {
        reject();
        continue;
      }
      // 八家子镇, 三台县委, 五间房村: a place named by a count, no count.
      if (number->chinese && opens_a_place_name(text, match->unit, at + match->length)) {
        reject();
        continue;
      }
      // A score is written in digits (92.6分); 十分 is "very" (十分重视). So are head of livestock and fish fry
      // (3.2万头, 120万尾): 两头 is both ends (两头跑), 三头六臂 a saying.
      if (number->chinese && is_written_in_digits_only(match->unit)) {
        reject();
        continue;
      }
      unit = match->unit;
      factor = match->factor;
      at += match->length;
      // 2000余人（次）, 16场（次）, 1200人/次: older ways of writing 人次 and 场次.
      for (const std::u32string_view times : {U"（次）", U"(次)", U"/次", U"／次"}) {
        if (starts_with_at(text, at, times) && (unit == U"人" || unit == U"场" || unit == U"户" || unit == U"家")) {
          unit += U"次";
          at += times.size();
        }
      }
    } else if (const auto kind = !number->chinese && !value_max ? greater_kind_at(text, at) : std::u32string_view{};
               !kind.empty()) {
      unit = std::u32string(kind);  // 提出6大板块31项具体举措: 6 板块
      at += 1 + kind.size();
    } else if (is_a_time_limit_in_days(text, number_start, at)) {
      unit = U"日";
      ++at;
    } else if (multiplied && counts_views(text, number_start)) {
      unit = U"次";  // 阅读量超过1,000万, 点击量达3.2万: views, which reports write without a unit
    } else if (const auto said = multiplied ? unit_said_by_the_noun_before(text, number_start) : std::u32string_view{};
               !said.empty()) {
      unit = std::u32string(said);  // 参训人次近7.5万: the people counted, their unit said before the figure
    } else {
      reject();
      continue;
    }
    // A thousands comma read or typed as a point (OCR's 4.386件 for 4,386件): a count of cases, people or times
    // is never fractional to the thousandth.
    if (!multiplied && !value_max && factor == 1 && value.exponent == -3 && counts_whole_things(unit) &&
        point_before_three_digits(text, number_start, number->end)) {
      value.exponent = 0;
    }
    // A session of a congress (省委十五届六次全会, 十四届全国人大二次会议): an ordinal, not a count of meetings.
    if (unit == U"次" && at < text.size() &&
        (text[at] == U'会' || starts_with_at(text, at, U"全会") || starts_with_at(text, at, U"全体会议"))) {
      const std::size_t from = number_start > kLongestCongressName ? number_start - kLongestCongressName : 0;
      const std::u32string_view before = text.substr(from, number_start - from);
      const auto congress = before.rfind(U'届');
      if (congress != std::u32string_view::npos &&
          before.substr(congress).find_first_of(U"，。；、,;\n") == std::u32string_view::npos) {
        reject();
        continue;
      }
    }
    // How a service runs, not an amount of work: 24小时值班, 7×24小时服务热线, 365天不打烊, 5天无休. A time limit
    // (24小时内) and hours spent (培训24小时。) stay figures.
    const bool times_a_week = i > 0 && std::u32string_view(U"×xX*＊").find(previous) != std::u32string_view::npos;
    const bool round_the_clock = unit == U"小时" && value.mantissa == 24 && value.exponent == 0 && at < text.size() &&
                                 is_han(text[at]) && !contains(U"内以左之多余", text[at]);
    const bool never_closed =
        unit == U"天" && (starts_with_at(text, at, U"无休") || starts_with_at(text, at, U"不打烊") ||
                          starts_with_at(text, at, U"不间断"));
    // 15分钟公共法律服务圈, 30分钟生活圈: how near a service is, not time spent.
    const bool a_service_radius = unit == U"分钟" && reaches_a_circle(text, at);
    const bool a_slogan =
        number->chinese && !number->upper &&
        ((unit == U"个" && names_a_slogan_after(text, at)) ||
         ((unit == U"个" || unit == U"项") && value.exponent == 0 && value.mantissa <= kLargestCountOfASet &&
          names_a_standing_set_after(text, at) && !a_set_made_new_before(text, number_start)));
    if (((unit == U"小时" || unit == U"天") && times_a_week) || round_the_clock || never_closed || a_service_radius ||
        a_slogan) {
      reject();
      continue;
    }
    bool post_qualified = false;
    for (const auto word : kPostQualifiers) {
      if (is_post_qualifier_at(text, at, word)) {
        append_qualifier(qualifier, word);
        at += word.size();
        post_qualified = true;
        break;
      }
    }
    // 增长一倍多, 两倍多, 三成多, 六成余: more than the multiple or the tenths, as 余 says before a unit (not 成多数,
    // most of them).
    if (!post_qualified && (unit == U"倍" || in_tenths) && at < text.size() &&
        (text[at] == U'多' || text[at] == U'余') && !(in_tenths && at + 1 < text.size() && text[at + 1] == U'数')) {
      append_qualifier(qualifier, std::u32string_view(&text[at], 1));
      ++at;
      post_qualified = true;
    }
    // Money bounds a class of cases (罚款5万元以上的); a count only when 在 sets it as a measure (人数在100人以上的):
    // 建成5个以上的法治文化广场 is a count of the year's work.
    const bool a_bound_of_a_class = unit == U"元" || (number_start > 0 && text[number_start - 1] == U'在');
    if (post_qualified && a_bound_of_a_class && (qualifier.ends_with(U"以上") || qualifier.ends_with(U"以下")) &&
        picks_out_a_class(text, at)) {
      reject();
      continue;
    }
    // 3个工作日内, 7日内: within the time limit, as 以内 says.
    if (!post_qualified && at < text.size() && text[at] == U'内' &&
        std::find(std::begin(kTimeLimitUnits), std::end(kTimeLimitUnits), unit) != std::end(kTimeLimitUnits)) {
      append_qualifier(qualifier, U"以内");
      ++at;
    }
    std::size_t start = number_start;
    // Money per person, per month: 1300元/月, 每人每月1300元.
    if (unit == U"元") {
      std::u32string per;
      while (start >= 2 && text[start - 2] == kPerPrefix[0] && contains(kPerUnits, text[start - 1])) {
        per.insert(per.begin(), {U'/', text[start - 1]});
        start -= 2;
      }
      while (at + 1 < text.size() && text[at] == U'/' && contains(kPerUnits, text[at + 1])) {  // 200元/人/月
        per += U'/';
        per += text[at + 1];
        at += 2;
      }
      unit += per;
    }
    bool prefixed = false;
    for (const auto word : kPrefixQualifiers) {
      // 大多达95%: mostly at 95%, not 多达 (as many as).
      const bool mostly = word == U"多达" && start >= 3 && text[start - 3] == U'大';
      if (ends_with_at(text, start, word) && !ends_a_word(text, start - word.size(), word) && !mostly) {
        qualifier.insert(0, std::u32string(word) + (qualifier.empty() ? U"" : U";"));
        start -= word.size();
        prefixed = true;
        break;
      }
    }
    // 每季度至少开展1次法治讲座, 每年至少开展法治讲座4场: a lower bound set before the verb of doing (and what it
    // does) is the figure's.
    if (!prefixed && start == number_start) {
      if (const auto bound = bound_before_a_deed(text, start); !bound.empty()) {
        qualifier.insert(0, std::u32string(bound) + (qualifier.empty() ? U"" : U";"));
        prefixed = true;
      }
    }
    // 约占一半, 约占全部案件的一半, 约占总数的35%, 约有四分之一的: a hedge before 占 or 有 is the figure's.
    if (!prefixed && start == number_start) {
      if (const auto hedge = hedge_before_a_share(text, start);
          !hedge.empty() && (unit == U"%" || unit == U"‰" || unit == U"‱" || text[start - 1] == U'有')) {
        qualifier.insert(0, std::u32string(hedge) + (qualifier.empty() ? U"" : U";"));
        prefixed = true;
      }
    }
    if (!prefixed && start == number_start && number->chinese && is_guo_before(text, number_start)) {
      qualifier.insert(0, std::u32string(U"过") + (qualifier.empty() ? U"" : U";"));
      --start;
    }
    FoundMetric metric;
    metric.start = start;
    metric.end = at;
    metric.number_start = number_start;
    metric.value = value.to_double() * factor;
    if (value_max) metric.value_max = value_max->to_double() * factor;
    metric.unit = std::move(unit);
    metric.qualifier = std::move(qualifier);
    if (!found.empty()) takes_the_unit_of_the_next(text, found.back(), metric);
    if (!found.empty()) takes_the_unit_of_the_old_limit(text, found.back(), metric);
    for (auto& bare : bare_numbers_sharing_the_unit(text, metric, found.empty() ? 0 : found.back().end)) {
      found.push_back(std::move(bare));
    }
    if (!found.empty() && bounds_a_range(text, found.back(), metric)) {
      FoundMetric& range = found.back();
      range.value_max = metric.value;
      range.end = metric.end;
      if (!metric.qualifier.empty()) append_qualifier(range.qualifier, metric.qualifier);
    } else {
      found.push_back(std::move(metric));
    }
    i = at;
  }
  return found;
}

}  // namespace docpipe::metrics
