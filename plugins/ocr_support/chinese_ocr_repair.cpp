#include "chinese_ocr_repair.hpp"

#include <algorithm>

#include "docpipe/text.hpp"

namespace docpipe::ocr {

namespace {

// Chinese and full-width punctuation: 。，、；：？！（）《》“”…—
bool is_wide_punctuation(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == U'“' || c == U'”' || c == U'‘' ||
         c == U'’' || c == U'…' || c == U'—';
}

bool is_chinese(char32_t c) { return is_han(c) || is_wide_punctuation(c); }
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_space(char32_t c) { return c == U' ' || c == 0x3000 || c == U'\t'; }

// A space OCR put where Chinese text has none: between Chinese characters, between a number (or %) and the
// Chinese unit or word after it, and between Chinese and the number after it. Spaces between Latin words and
// between two numbers stay.
bool drop_space_between(char32_t before, char32_t after) { return is_chinese(before) || is_chinese(after); }

// The full-width form of ASCII punctuation next to Chinese text, 0 when it stays.
char32_t wide_form(char32_t c) {
  switch (c) {
    case U',':
      return U'，';
    case U';':
      return U'；';
    case U':':
      return U'：';
    case U'?':
      return U'？';
    case U'!':
      return U'！';
    case U'(':
      return U'（';
    case U')':
      return U'）';
    default:
      return 0;
  }
}

bool is_dash_like(char32_t c) {
  return c == U'—' || c == U'–' || c == U'-' || c == U'_' || c == U'一' || c == U'~' || c == U'－' || c == U'=';
}

// A page number "— 3 —" as chi_sim reads it: "_2—", "1一", "一 3 一" (the dashes become underscores or the
// character 一, or vanish). A line of nothing but dashes and one number of up to four digits is made the page
// number it is, so furniture removal recognises it; the digits stay as read.
void repair_page_number(std::u32string& text) {
  std::u32string digits;
  std::size_t dashes = 0;
  for (const char32_t c : text) {
    if (is_digit(c)) {
      if (!digits.empty() && !is_digit(digits.back())) return;  // two numbers
      digits += c;
    } else if (is_dash_like(c)) {
      if (!digits.empty()) digits += U'|';  // a dash after the number
      ++dashes;
    } else if (!is_space(c)) {
      return;
    }
  }
  while (!digits.empty() && digits.back() == U'|') digits.pop_back();
  if (dashes == 0 || digits.empty() || digits.size() > 4 || digits.find(U'|') != std::u32string::npos) return;
  text = U"— " + digits + U" —";
}

// The list label "（二）" read as "(=)", "(=）" or "（-）": at the start of a line, between parentheses, '=' is
// 二 and a dash is 一 (chi_sim's two commonest confusions in headings).
void repair_label(std::u32string& text) {
  if (text.size() < 3 || (text[0] != U'(' && text[0] != U'（') || (text[2] != U')' && text[2] != U'）')) return;
  if (text[1] == U'=') text[1] = U'二';
  if (text[1] == U'-' || text[1] == U'—' || text[1] == U'_') text[1] = U'一';
}

// The opening bracket of "（四）" read as "\四）", "《四）" or "[四）" at the start of a line.
void repair_label_bracket(std::u32string& text) {
  if (text.size() < 3 || std::u32string_view(U"\\《<[［").find(text[0]) == std::u32string_view::npos) return;
  std::size_t close = 1;
  while (close < text.size() &&
         std::u32string_view(U"一二三四五六七八九十").find(text[close]) != std::u32string_view::npos)
    ++close;
  if (close > 1 && close < text.size() && (text[close] == U'）' || text[close] == U')')) text[0] = U'（';
}

// chi_sim reads a serif "%" as "9%" and often a stray digit after it: 化解率1009%6 is 100%, 成功率96.89%0 is
// 96.8%, 持证率仅为869% is 86%, 合格率97.5%4 is 97.5%. A digit right after "%" is never text, and a rate over 100 that
// is one "9" away from one no higher is the same misreading; only these forms are touched, right after a rate's 率 (not
// a growth rate's: 增长率109% may be true).
void repair_split_percent(std::u32string& text) {
  for (std::size_t rate = 0; rate < text.size(); ++rate) {
    const bool share = text[rate] == U'比' && rate > 0 && text[rate - 1] == U'占';  // 占比达629%
    if (text[rate] != U'率' && !share) continue;
    // Growth and target rates may pass 100 (增长率109%, 完成率109%, 执行率119%).
    if (rate > 0 && std::u32string_view(U"长涨速成行").find(text[rate - 1]) != std::u32string_view::npos) continue;
    std::size_t start = rate + 1;
    for (const std::u32string_view link : {U"仅为", U"达到", U"为", U"达", U"是", U"约"}) {
      if (std::u32string_view(text).substr(start).starts_with(link)) {
        start += link.size();
        break;
      }
    }
    std::size_t end = start;
    while (end < text.size() && (is_digit(text[end]) || text[end] == U'.')) ++end;
    if (end - start < 2 || end >= text.size() || text[end] != U'%') continue;
    const bool digit_after =
        end + 1 < text.size() && is_digit(text[end + 1]) && !(end + 2 < text.size() && is_digit(text[end + 2]));
    if (text[end - 1] != U'9') {
      if (digit_after) text.erase(end + 1, 1);  // 合格率97.5%4
      continue;
    }
    const std::u32string number(text.substr(start, end - start));
    const std::u32string without = number.substr(0, number.size() - 1);
    if (without.empty() || without.back() == U'.') continue;
    const auto value = [](const std::u32string& digits) {
      double v = 0, scale = 0;
      for (const char32_t c : digits) {
        if (c == U'.') {
          scale = 1;
          continue;
        }
        if (scale > 0) {
          scale /= 10;
          v += (c - U'0') * scale;
        } else {
          v = v * 10 + (c - U'0');
        }
      }
      return v;
    };
    const bool over = value(number) > 100 && value(without) <= 100;
    // 99%6 is 99% and a stray 6, not 9%: a dropped "9" leaves two integer digits, or undoes a rate over 100.
    const std::size_t integer_digits = without.find(U'.') == std::u32string::npos ? without.size() : without.find(U'.');
    if (!over && integer_digits < 2) {
      if (digit_after) text.erase(end + 1, 1);
      continue;
    }
    if (!digit_after && !over) continue;
    text.erase(end - 1, 1);               // the "9" before "%"
    if (digit_after) text.erase(end, 1);  // the digit after it
  }
}

// A seal's star read into a date: 2025人年1月10日. One character between a year and 年 before a month is no
// text.
void repair_date_debris(std::u32string& text) {
  for (std::size_t i = 0; i + 7 < text.size(); ++i) {
    if (!(is_digit(text[i]) && is_digit(text[i + 1]) && is_digit(text[i + 2]) && is_digit(text[i + 3]))) continue;
    if ((i > 0 && is_digit(text[i - 1])) || !is_han(text[i + 4]) || text[i + 4] == U'年' || text[i + 5] != U'年' ||
        !is_digit(text[i + 6])) {
      continue;
    }
    std::size_t month = i + 6;
    while (month < text.size() && is_digit(text[month])) ++month;
    if (month < text.size() && text[month] == U'月' && month - (i + 6) <= 2) text.erase(i + 4, 1);
  }
}

// The 日 of a signature's date read as a character it looks like, most often under a red seal whose ink clouds it:
// 2025年1月16晶, 2025年1月16曰. A date written in figures that ends a line with one of these is the day's 日; in the
// middle of a line the character may be the start of a word, and is left alone.
void repair_date_day(std::u32string& text) {
  constexpr std::u32string_view kMisreadDay = U"晶曰白目田旦";
  if (text.size() < 9 || kMisreadDay.find(text.back()) == std::u32string_view::npos) return;
  // Back over the day, 月, the month, 年 and the year: D{1,2} 月 M{1,2} 年 YYYY.
  std::size_t at = text.size() - 1;
  const auto digits_before = [&](std::size_t fewest, std::size_t most) {
    std::size_t count = 0;
    while (at > 0 && is_digit(text[at - 1]) && count < most) --at, ++count;
    return count >= fewest;
  };
  const auto mark_before = [&](char32_t mark) {
    if (at == 0 || text[at - 1] != mark) return false;
    --at;
    return true;
  };
  if (!digits_before(1, 2) || !mark_before(U'月') || !digits_before(1, 2) || !mark_before(U'年') ||
      !digits_before(4, 4) || (at > 0 && is_digit(text[at - 1]))) {
    return;
  }
  text.back() = U'日';
}

// Chinese print never opens a line with a comma, a full stop, a semicolon, a colon or a closing quote
// (the line-breaking rules carry them to the line before): at a line's start they are specks of the scan, read as
// the marks they look like, and they hide a heading's marker (。，一、…) from the splitter. A bar at a line's end is
// a rule's or a fold's edge.
void repair_line_edge_specks(std::u32string& text) {
  constexpr std::u32string_view kNeverFirst = U"，。；：,.;:”’";  // not 、: a heading whose numeral was lost keeps it
  const auto first = text.find_first_not_of(kNeverFirst);
  text.erase(0, first == std::u32string::npos ? text.size() : first);
  while (!text.empty() && (text.back() == U'|' || text.back() == U'丨')) text.pop_back();
}

// Whether ASCII punctuation stands for the full-width mark of Chinese text. "1,234" and "10:30" are numbers;
// "(2021-2025" after Chinese is the full-width parenthesis of Chinese text. Opening parentheses look at what
// follows, the rest at what precedes, or at what follows a number or a percentage (优秀率45%;行政复议).
bool stands_for_wide_form(char32_t mark, char32_t before, char32_t after) {
  if (is_digit(before) && is_digit(after)) return false;
  if (mark == U'(') return is_chinese(after) || is_chinese(before);
  if (mark == U')') return is_chinese(before) || is_chinese(after);
  return is_chinese(before) || ((is_digit(before) || before == U'%') && is_han(after));
}

// A full stop read as '.' where a line ends after a Chinese character or a percentage (管的工作格局., 达到95%.):
// Chinese text ends its sentences with 。; a '.' inside a number (61.30) or after a list number (1.) has a digit
// before it.
void repair_final_full_stop(std::u32string& text) {
  if (text.size() < 2 || text.back() != U'.') return;
  const char32_t before = text[text.size() - 2];
  if (is_han(before) || before == U'%') text.back() = U'。';
}

bool is_quotation_mark(char32_t c) { return c == U'"' || c == U'“' || c == U'”'; }
bool ends_sentence(char32_t c) { return c == U'。' || c == U'！' || c == U'？'; }

// Marks a quotation never opens right before: 执法三项制度"。 closes.
bool is_closing_position(char32_t next) {
  return std::u32string_view(U"。，、；：！？）").find(next) != std::u32string_view::npos;
}

bool beside_chinese(const std::u32string& text, std::size_t i) {
  const char32_t before = i > 0 ? text[i - 1] : 0;
  const char32_t after = i + 1 < text.size() ? text[i + 1] : 0;
  return (is_chinese(before) && !is_quotation_mark(before)) || (is_chinese(after) && !is_quotation_mark(after));
}

// Whether an ASCII '"' beside Chinese text follows position `i` in the same sentence.
bool ascii_quotation_follows(const std::u32string& text, std::size_t i) {
  for (std::size_t j = i + 1; j < text.size() && !ends_sentence(text[j]); ++j) {
    if (text[j] == U'"' && beside_chinese(text, j)) return true;
  }
  return false;
}

bool is_sentence_punctuation(char32_t c) {
  return std::u32string_view(U"。，、；：！？,;").find(c) != std::u32string_view::npos;
}

// Whether the text from `from` on is what a table row's last cells hold: figures with at most a short unit each
// (109 138, 2024年 61.30万元), no sentence punctuation and no word of three or more Chinese characters.
bool holds_only_cells(const std::u32string& text, std::size_t from) {
  constexpr std::size_t kLongestUnit = 2;
  if (from >= text.size() || !is_digit(text[from])) return false;
  std::size_t han_run = 0;
  for (std::size_t i = from; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (is_quotation_mark(c) || is_sentence_punctuation(c)) return false;
    han_run = is_han(c) ? han_run + 1 : 0;
    if (han_run > kLongestUnit) return false;
  }
  return true;
}

// Tesseract reads the gap between two cells of a table row as a quotation mark now and then (项目2023年"2024年,
// 行政复议审结"109 138): a mark no quotation pairs with, before the row's figures. Curled, it would open a quotation
// that swallows the next mark of the page. A lone mark followed by nothing but cells is the gap it stands for; a
// quotation of figures (开展"12345"热线) has its pair on the line, and prose has its punctuation or its words after.
void repair_cell_gap_quotation_marks(std::u32string& text, bool open) {
  if (open) return;  // a quotation opened on the line before may close here
  const std::size_t mark = text.find_first_of(U"\"“”");
  if (mark == std::u32string::npos || mark == 0) return;
  const std::size_t next = mark + 1 < text.size() && is_space(text[mark + 1]) ? mark + 2 : mark + 1;
  if (!holds_only_cells(text, next)) return;
  for (std::size_t i = 0; i < mark; ++i) {
    if (is_sentence_punctuation(text[i])) return;
  }
  // The cells stay apart, by one space.
  if (next > mark + 1 || is_space(text[mark - 1])) {
    text.erase(mark, 1);
  } else {
    text[mark] = U' ';
  }
}

// chi_sim reads Chinese quotation marks as ASCII '"' (深化"放管服”改革, 开展“八五"普法), now and then turned the wrong
// way (深化”放管服"改革). A '"' beside Chinese text opens a quotation or closes the open one, by order; a curly mark
// keeps its direction (a stray one read from a speck, 决定和“《关, must not turn the pairs after it round), except
// that one turned against a guess of the same line pairs with it: “ after a '"' that opened closes, and ” with
// nothing open before a '"' opens. A quotation in a report never runs past the end of a sentence, so 。！？ close
// whatever is open. `open` carries an open quotation from one line to the next.
void repair_quotation_marks(std::u32string& text, bool& open) {
  bool opened_by_guess = false;  // the open quotation was opened by a '"' of this line
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (ends_sentence(text[i])) open = opened_by_guess = false;
    if (!is_quotation_mark(text[i]) || !beside_chinese(text, i)) continue;
    if (text[i] == U'"') {
      // Nothing opens before a comma or a full stop: a '"' there closes, also when OCR lost the opening mark.
      const bool closes = open || (i + 1 < text.size() && is_closing_position(text[i + 1]));
      text[i] = closes ? U'”' : U'“';
      open = !closes;
      opened_by_guess = open;
    } else if (text[i] == U'“') {
      if (open && opened_by_guess) text[i] = U'”';
      open = !(open && opened_by_guess);
      opened_by_guess = false;
    } else if (open) {
      open = opened_by_guess = false;
    } else if (ascii_quotation_follows(text, i)) {
      text[i] = U'“';
      open = true;
      opened_by_guess = false;
    }
  }
}

// What Tesseract reads into the gap between two table cells: a bar left of a rule at a cell's edge (|罚没款（万元）),
// and a quotation mark there that pairs with none in the cell (“罚没款（万元）): a cell's quotation opens and closes
// inside it.
void drop_cell_edge_debris(std::u32string& text) {
  const auto is_bar = [](char32_t c) { return c == U'|' || c == U'丨'; };
  while (!text.empty() && is_bar(text.front())) text.erase(0, 1);
  while (!text.empty() && is_bar(text.back())) text.pop_back();
  if (text.empty()) return;
  const auto marks = std::count_if(text.begin(), text.end(), is_quotation_mark);
  if (marks != 1) return;
  if (is_quotation_mark(text.front())) {
    text.erase(0, 1);
  } else if (is_quotation_mark(text.back())) {
    text.pop_back();
  }
}

}  // namespace

std::string repair_chinese_ocr_cell(std::string_view cell) {
  std::u32string text = decode_utf8(repair_chinese_ocr(cell));
  drop_cell_edge_debris(text);
  return encode_utf8(text);
}

std::string repair_chinese_ocr(std::string_view line) {
  OcrRepairState state;
  return repair_chinese_ocr(line, state);
}

std::string repair_chinese_ocr(std::string_view line, OcrRepairState& state) {
  const std::u32string in = decode_utf8(line);
  // First the spaces, so that punctuation sees its real neighbours; then the list labels, whose parentheses become
  // full-width with the rest.
  std::u32string text;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (is_space(in[i])) {
      std::size_t end = i;
      while (end < in.size() && is_space(in[end])) ++end;
      const bool inside = !text.empty() && end < in.size();
      if (inside && !drop_space_between(text.back(), in[end])) text += U' ';
      i = end - 1;
      continue;
    }
    // Angle brackets are what chi_sim reads for the parentheses of "（一）"; Chinese reports write book titles
    // with 《》, never 〈〉.
    if (in[i] == U'〈') {
      text += U'（';
    } else if (in[i] == U'〉') {
      text += U'）';
    } else {
      text += in[i];
    }
  }
  repair_label(text);
  repair_label_bracket(text);
  repair_split_percent(text);
  repair_date_debris(text);
  repair_date_day(text);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t wide = wide_form(text[i]);
    if (wide == 0) continue;
    const char32_t before = i > 0 ? text[i - 1] : 0;
    const char32_t after = i + 1 < text.size() ? text[i + 1] : 0;
    if (stands_for_wide_form(text[i], before, after)) text[i] = wide;
  }
  repair_final_full_stop(text);
  repair_page_number(text);
  repair_line_edge_specks(text);
  repair_cell_gap_quotation_marks(text, state.quotation_open);
  // Last, so that a speck's mark at the line's start, gone now, opens no quotation.
  repair_quotation_marks(text, state.quotation_open);
  return encode_utf8(text);
}

}  // namespace docpipe::ocr
