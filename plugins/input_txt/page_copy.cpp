#include "page_copy.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/flattened_record.hpp"
#include "docpipe/heading_markers.hpp"
#include "docpipe/portal_copy.hpp"
#include "docpipe/text.hpp"

namespace docpipe::txt {

namespace {

// How far above the first sentence and below the last a copy's chrome reaches: a breadcrumb, a record table of
// a dozen rows, an info list a field a line, a share bar; a related-reading list and a footer below.
constexpr std::size_t kFarthestChromeLines = 30;
// A field's value (a unit's name, a count, a date and time) is short; a title is longer and says 报告.
constexpr std::size_t kLongestValue = 30;  // code points
// The separators a share bar sets between its items (a lone -), as long as the page prints them.
constexpr std::size_t kLongestSeparator = 3;  // code points

// The labels of the fields an info list or a credits line sets before its value, their colon after them.
constexpr std::array<std::string_view, 36> kFieldLabels = {
    "发布时间", "发布日期", "发文日期", "成文日期", "更新时间", "日期",     "时间",     "来源",     "信息来源",
    "文章来源", "文章出处", "稿源",     "信息提供", "作者",     "编辑",     "责任编辑", "发布机构", "发文机关",
    "发文机构", "发布人",   "审核人",   "审核",     "校对",     "浏览次数", "点击数",   "点击量",   "阅读次数",
    "访问次数", "访问量",   "浏览量",   "阅读量",   "阅读",     "浏览",     "点击",     "索引号",   "发文字号"};

constexpr std::array<std::string_view, 6> kClausePunctuation = {"，", "、", "；", "：", ",", ";"};
// Labels of a count (a counter the page fills in by script, left empty in a copy) and of a date: their values are
// digits, or open with them.
constexpr std::array<std::string_view, 11> kCountLabels = {
    "浏览次数", "点击数", "点击量", "阅读次数", "访问次数", "访问量", "浏览量", "阅读量", "阅读", "浏览", "点击"};
constexpr std::array<std::string_view, 7> kDateLabels = {"发布时间", "发布日期", "发文日期", "成文日期",
                                                         "更新时间", "日期",     "时间"};

// A share bar's items, as a copy keeps their names (the icons' alt text) or drops them for their separators.
constexpr std::array<std::string_view, 14> kShareTargets = {"微信",   "朋友圈",   "微博", "新浪微博", "腾讯微博",
                                                            "QQ空间", "QQ",       "空间", "豆瓣",     "人人网",
                                                            "抖音",   "今日头条", "钉钉", "更多"};
constexpr std::array<std::string_view, 3> kShareLabels = {"分享到", "分享至", "分享"};

std::string_view trim(std::string_view text) {
  constexpr std::array<std::string_view, 3> kWideSpaces = {"\xE3\x80\x80", "\xC2\xA0", "\t"};
  bool trimmed = true;
  while (trimmed && !text.empty()) {
    trimmed = false;
    for (const std::string_view space : {std::string_view(" "), std::string_view("\r")}) {
      if (text.starts_with(space)) text.remove_prefix(space.size()), trimmed = true;
      if (text.ends_with(space)) text.remove_suffix(space.size()), trimmed = true;
    }
    for (const std::string_view space : kWideSpaces) {
      if (text.starts_with(space)) text.remove_prefix(space.size()), trimmed = true;
      if (text.ends_with(space)) text.remove_suffix(space.size()), trimmed = true;
    }
  }
  return text;
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool holds_sentence_end(std::string_view line) {
  return line.find("。") != std::string_view::npos || line.find("！") != std::string_view::npos ||
         line.find("？") != std::string_view::npos;
}

// The rest of `line` after `prefix`, if it opens with it.
std::optional<std::string_view> after(std::string_view line, std::string_view prefix) {
  if (!line.starts_with(prefix)) return std::nullopt;
  return line.substr(prefix.size());
}

std::string_view without_colon(std::string_view text) {
  text = trim(text);
  for (const std::string_view colon : {std::string_view(":"), std::string_view("：")}) {
    if (text.starts_with(colon)) return trim(text.substr(colon.size()));
  }
  return text;
}

// 来源： with nothing after it: the copy put the value on the next line.
bool is_label_alone(std::string_view line) {
  return std::any_of(kFieldLabels.begin(), kFieldLabels.end(), [&](std::string_view label) {
    const auto rest = after(line, label);
    if (!rest) return false;
    const std::string_view colon = trim(*rest);
    return colon == ":" || colon == "：";
  });
}

// • 发布日期: — an info list's item, its bullet before a field's label (a record's or an info line's, its colon after
// it or none): the label without the bullet, as the rules know it, or the line as it is.
std::string_view without_a_labels_bullet(std::string_view line) {
  for (const std::string_view bullet : {"•", "·", "●", "▪"}) {
    if (!line.starts_with(bullet)) continue;
    const std::string_view rest = trim(line.substr(bullet.size()));
    const std::string_view label = trim(rest.substr(0, std::min(rest.find(':'), rest.find("："))));
    const bool a_label = std::find(kFieldLabels.begin(), kFieldLabels.end(), label) != kFieldLabels.end() ||
                         portal_copy::is_record_label(label);
    return a_label ? rest : line;
  }
  return line;
}

// Punctuation inside a sentence: a value (a unit's name, a count, a date) has none, the first line of a report's
// paragraph wrapped by hand often does (2023年，在县委、县政府的坚强领导下，我县).
bool holds_clause_punctuation(std::string_view line) {
  return std::any_of(kClausePunctuation.begin(), kClausePunctuation.end(),
                     [&](std::string_view mark) { return line.find(mark) != std::string_view::npos; });
}

// What may stand under such a label: a short value, no sentence, no heading, no title, no label of its own.
bool is_field_value(std::string_view line) {
  return !line.empty() && code_points(line) <= kLongestValue && !holds_sentence_end(line) &&
         !holds_clause_punctuation(line) && line.find('\t') == std::string_view::npos &&
         line.find("报告") == std::string_view::npos && !is_label_alone(line) && !portal_copy::is_record_label(line) &&
         heading_marker_length(decode_utf8(line)) == 0;
}

bool opens_with_any(std::string_view line, const auto& labels) {
  return std::any_of(labels.begin(), labels.end(), [&](std::string_view label) { return line.starts_with(label); });
}

bool is_year(std::string_view text, std::size_t at) {
  if (at + 4 > text.size()) return false;
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at), text.begin() + static_cast<std::ptrdiff_t>(at + 4),
                     [](char c) { return c >= '0' && c <= '9'; }) &&
         text.substr(at + 4).starts_with("年") && (at == 0 || text[at - 1] < '0' || text[at - 1] > '9');
}

// Whether `value` is what `label` (a field's label alone, its colon after it) is filled with: a count's digits, a
// date opening with its year, or for any other label (来源, 作者, 发布机构 …) a name that names no year, as a title
// does (平川县2023年法治政府建设工作情况 under an empty 来源： is the page's title, not its source).
bool fits_label(std::string_view label, std::string_view value) {
  const bool digits_first = !value.empty() && value.front() >= '0' && value.front() <= '9';
  if (opens_with_any(label, kCountLabels)) {
    return std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
           (digits_first && value.ends_with("次"));
  }
  if (opens_with_any(label, kDateLabels)) return digits_first;
  for (std::size_t at = 0; at < value.size(); ++at) {
    if (is_year(value, at)) return false;
  }
  return true;
}

bool is_separator(char32_t c) {
  return c == '-' || c == '|' || c == '/' || c == 0x2014 || c == 0x2013 || c == 0xFF5C || c == 0x00B7 || c == 0x2022;
}

// | or - alone: what stood between a page's links or buttons (打印 | 关闭), left on a line of its own.
bool is_separator_alone(std::string_view line) {
  const std::u32string text = decode_utf8(line);
  return !text.empty() && text.size() <= kLongestSeparator && std::all_of(text.begin(), text.end(), is_separator);
}

// The links and buttons a page sets in a row, whose separators a copy leaves alone on their lines (打印 | 关闭).
constexpr std::array<std::string_view, 12> kPageControls = {
    "打印", "关闭", "打印本页", "关闭窗口", "返回", "返回顶部", "收藏", "大", "中", "小", "【打印】", "【关闭】"};

// An item of a share bar on a line of its own: a target's name, or the separators between them (a lone -).
bool is_share_item(std::string_view line) {
  if (line.empty()) return false;
  return std::find(kShareTargets.begin(), kShareTargets.end(), line) != kShareTargets.end() || is_separator_alone(line);
}

// 分享到, 分享到：, 分享：微信 微博: the share bar's label, with none but its items after it.
bool is_share_label(std::string_view line) {
  return std::any_of(kShareLabels.begin(), kShareLabels.end(), [&](std::string_view label) {
    const auto rest = after(line, label);
    if (!rest) return false;
    std::string_view items = without_colon(*rest);
    while (!items.empty()) {
      const std::size_t space = items.find(' ');
      if (!is_share_item(items.substr(0, space))) return false;
      items = space == std::string_view::npos ? std::string_view{} : trim(items.substr(space));
    }
    return true;
  });
}

// 2025/2/10 alone, the date of a browser's print stamp whose time (上午10:02, 下午4:20) a copy of the printed page
// set on the next line: alone, the date would read as the page's.
bool is_slash_date_alone(std::string_view line) {
  const std::u32string text = decode_utf8(line);
  const auto slashes = std::count(text.begin(), text.end(), U'/');
  return slashes == 2 && text.size() <= 10 && text.find(U'/') == 4 &&
         std::all_of(text.begin(), text.end(), [](char32_t c) { return c == U'/' || (c >= U'0' && c <= U'9'); });
}

bool is_half_day_clock(std::string_view line) {
  const std::u32string text = decode_utf8(line);
  if (!text.starts_with(U"上午") && !text.starts_with(U"下午")) return false;
  const std::u32string_view clock = std::u32string_view(text).substr(2);
  const auto colon = clock.find(U':');
  return colon >= 1 && colon <= 2 && clock.size() == colon + 3 &&
         std::all_of(clock.begin(), clock.end(), [](char32_t c) { return c == U':' || (c >= U'0' && c <= U'9'); });
}

// 2025/2/10 10:02 on a copy's first line, over the page's title (…报告_平川县人民政府): the stamp Chrome's zh-CN
// locale prints atop a printed page, in a 24-hour clock, beside the title it prints too. A page's own stamped date
// sits under the title or under its label, never over everything.
bool is_print_stamp_over_title(std::string_view line, std::string_view next) {
  const std::u32string text = decode_utf8(line);
  const auto space = text.find(U' ');
  if (space == std::u32string::npos || !is_slash_date_alone(encode_utf8(std::u32string_view(text).substr(0, space))))
    return false;
  const std::u32string_view clock = std::u32string_view(text).substr(space + 1);
  const auto colon = clock.find(U':');
  const bool a_clock =
      colon >= 1 && colon <= 2 && clock.size() == colon + 3 &&
      std::all_of(clock.begin(), clock.end(), [](char32_t c) { return c == U':' || (c >= U'0' && c <= U'9'); });
  const std::u32string title = decode_utf8(next);
  return a_clock && portal_copy::is_whole_report_title(std::u32string_view(title).substr(0, title.find(U'_')));
}

// A font-size switch's buttons a line each (大 / 中 / 小, 【小】 / 【中】 / 【大】): how many lines from `i` on make
// the three sizes, each once, or 0.
std::size_t font_size_buttons_at(const std::vector<SourceLine>& source, std::size_t i, std::size_t region_end) {
  constexpr std::array<std::string_view, 3> kSizes = {"大", "中", "小"};
  std::array<bool, 3> seen{};
  std::size_t k = i;
  for (; k < region_end && k < i + kSizes.size(); ++k) {
    std::string_view button = trim(source[k].text);
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"【", "】"}, {"[", "]"}}) {
      if (button.starts_with(open) && button.ends_with(close))
        button = button.substr(open.size(), button.size() - open.size() - close.size());
    }
    const auto size = std::find(kSizes.begin(), kSizes.end(), button);
    if (size == kSizes.end() || seen[static_cast<std::size_t>(size - kSizes.begin())]) return 0;
    seen[static_cast<std::size_t>(size - kSizes.begin())] = true;
  }
  return k - i == kSizes.size() ? kSizes.size() : 0;
}

// The tab-parted cells of a record table's row, one space apart, its empty cells dropped.
std::string cells_in_a_line(std::string_view line) {
  std::string joined;
  while (true) {
    const std::size_t tab = line.find('\t');
    const std::string_view cell = trim(line.substr(0, tab));
    if (!cell.empty()) joined.append(joined.empty() ? "" : " ").append(cell);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return joined;
}

// Whether the lone separator at `i` stands among a page's controls or a share bar's targets (the line before or after
// it is one), not among a table's cells copied a cell a line, where `—`, `/` and `-` say "none" (行政许可 / — / / …)
// and must keep their place; another separator beside it says nothing either way.
bool among_controls(const std::vector<SourceLine>& source, std::size_t i, std::size_t region_end) {
  const auto is_control = [&](std::size_t k) {
    const std::string_view line = trim(source[k].text);
    return std::find(kPageControls.begin(), kPageControls.end(), line) != kPageControls.end() ||
           std::find(kShareTargets.begin(), kShareTargets.end(), line) != kShareTargets.end() || is_share_label(line);
  };
  return (i > 0 && is_control(i - 1)) || (i + 1 < region_end && is_control(i + 1));
}

// The lines of `source` from `first` to `end`, trimmed.
std::vector<std::string_view> trimmed_lines(const std::vector<SourceLine>& source, std::size_t first, std::size_t end) {
  std::vector<std::string_view> lines;
  for (std::size_t i = first; i < end; ++i) lines.push_back(trim(source[i].text));
  return lines;
}

// The actions under a WeChat article, which a copy sets a line each (分享 / 点赞 / 在看 / 写留言): how many lines
// from `i` on are such actions, if two or more, or 0; one such word alone may be a report's.
std::size_t wechat_actions_at(const std::vector<SourceLine>& source, std::size_t i, std::size_t region_end) {
  std::size_t k = i;
  while (k < region_end && portal_copy::is_wechat_action(source[k].text)) ++k;
  return k - i >= 2 ? k - i : 0;
}

}  // namespace

MendedCopy mend_page_copy(std::vector<SourceLine>& source, const ArtifactFilter& filter) {
  MendedCopy mended;
  const std::size_t count = source.size();
  // The article's first and last sentences (a record table's 内容概述 row may hold one: it is the page's), sought
  // from either end: the lines between them are never read.
  const auto is_a_sentence = [&](std::size_t i) {
    const std::string_view line = trim(source[i].text);
    return holds_sentence_end(line) && !portal_copy::opens_with_record_label(line);
  };
  std::size_t first_sentence = 0;
  while (first_sentence < count && !is_a_sentence(first_sentence)) ++first_sentence;
  if (first_sentence == count) return mended;  // no article: nothing to tell its chrome from
  std::size_t last_sentence = count - 1;
  while (!is_a_sentence(last_sentence)) --last_sentence;  // stops at the first sentence at the latest
  const std::size_t head_end = std::min(first_sentence, kFarthestChromeLines);
  const std::size_t tail_begin = std::max(last_sentence + 1, count - std::min(count, kFarthestChromeLines));
  // Which lines above the first sentence are a WeChat article's dateline, as the shared rule takes them.
  const std::vector<std::string_view> head = trimmed_lines(source, 0, head_end);
  const std::vector<bool> datelines = lines_the_rule_takes(filter, "wechat-dateline", head);

  std::vector<SourceLine> lines;
  lines.reserve(count);
  const auto join = [&](std::size_t first, std::string text) {
    lines.push_back({mended.joined.emplace_back(std::move(text)), source[first].after_blank});
  };
  for (std::size_t i = 0; i < count; ++i) {
    const bool in_head = i < head_end;
    const std::size_t region_end = in_head ? head_end : count;
    if (i <= first_sentence && i < kFarthestChromeLines) {
      // A flattened copy's line of the record's fields in brackets, the title and the text after them: the fields a
      // line of their own, when the rule takes them (a column's tag in brackets, 【年度报告】, is no field), the title
      // another.
      if (auto parts = lines_of_a_flattened_record(filter, source[i].text); !parts.empty()) {
        for (std::string& part : parts) join(i, std::move(part));
        continue;
      }
    }
    if (!in_head && i < tail_begin) {
      lines.push_back(source[i]);
      continue;
    }
    const std::string_view line = in_head ? without_a_labels_bullet(trim(source[i].text)) : trim(source[i].text);
    const std::string_view next =
        i + 1 < region_end ? (in_head ? without_a_labels_bullet(trim(source[i + 1].text)) : trim(source[i + 1].text))
                           : std::string_view{};
    const bool bullet_dropped = line.size() < trim(source[i].text).size();
    if (in_head && line.find('\t') != std::string_view::npos && portal_copy::opens_with_record_label(line)) {
      join(i, cells_in_a_line(line));
    } else if (is_label_alone(line) && is_field_value(next) && fits_label(line, next)) {
      join(i, std::string(line).append(next));
      ++i;
    } else if (in_head && portal_copy::is_record_label(line) &&
               (is_field_value(next) ||
                (portal_copy::is_name_label(line) && portal_copy::is_whole_report_title(decode_utf8(next))))) {
      // 标题 / …报告: the record's row naming the report; the rules cut its label, the title stays.
      join(i, std::string(line).append(" ").append(next));
      ++i;
    } else if (is_share_label(line) && is_share_item(next)) {
      const std::size_t label = i;
      std::string bar(line);
      for (; i + 1 < region_end && is_share_item(trim(source[i + 1].text)); ++i) {
        bar.append(" ").append(trim(source[i + 1].text));
      }
      join(label, std::move(bar));
    } else if (is_separator_alone(line) && among_controls(source, i, region_end)) {
      mended.facts.emplace_back("removed.web-separator", std::string(line));
    } else if (in_head && is_slash_date_alone(line) && is_half_day_clock(next)) {
      join(i, std::string(line).append(" ").append(next));
      ++i;
    } else if (in_head && i == 0 && is_print_stamp_over_title(line, next)) {
      mended.facts.emplace_back("removed.browser-print-clock", std::string(line));
    } else if (const std::size_t actions = in_head ? 0 : wechat_actions_at(source, i, region_end); actions > 0) {
      std::string bar(trim(source[i].text));
      for (std::size_t k = i + 1; k < i + actions; ++k) bar.append(" ").append(trim(source[k].text));
      join(i, std::move(bar));
      i += actions - 1;
    } else if (in_head && line == "原创" && i + 1 < head_end && datelines[i + 1]) {
      // 原创 alone over the dateline: the mark WeChat sets before the account's name, on a line of its own.
      join(i, std::string(line).append(" ").append(next));
      ++i;
    } else if (in_head && portal_copy::is_account_over_title(head, datelines, i)) {
      mended.facts.emplace_back("removed.wechat-account", std::string(line));
    } else if (const std::size_t tag = in_head ? portal_copy::column_tag_length(decode_utf8(line)) : 0; tag > 0) {
      const std::string tag_text = encode_utf8(std::u32string_view(decode_utf8(line)).substr(0, tag));
      mended.facts.emplace_back("removed.web-column", tag_text);
      join(i, std::string(line.substr(tag_text.size())));
    } else if (const auto organ_date = in_head && i > 0 ? portal_copy::organ_and_stamped_date(line) : std::nullopt) {
      mended.facts.emplace_back("removed.web-organ-date", std::string(line));
      mended.facts.emplace_back("web.published", to_iso(*organ_date));
    } else if (const std::size_t buttons = font_size_buttons_at(source, i, region_end); buttons > 0) {
      std::string sizes(trim(source[i].text));
      for (std::size_t k = i + 1; k < i + buttons; ++k) sizes.append(" ").append(trim(source[k].text));
      join(i, std::move(sizes));
      i += buttons - 1;
    } else if (in_head && portal_copy::is_column_name(line) && portal_copy::is_whole_report_title(decode_utf8(next))) {
      mended.facts.emplace_back("removed.web-column", std::string(line));
    } else if (const std::size_t info = in_head ? portal_copy::glued_info_line_at(line) : std::string_view::npos;
               info != std::string_view::npos) {
      join(i, std::string(line.substr(0, info)));
      join(i, std::string(line.substr(info)));
    } else if (const auto date = in_head && i > 0 ? portal_copy::stamped_date_alone(line) : std::nullopt) {
      mended.facts.emplace_back("removed.web-bare-date", std::string(line));
      mended.facts.emplace_back("web.published", to_iso(*date));
    } else if (bullet_dropped) {
      join(i, std::string(line));
    } else {
      lines.push_back(source[i]);
    }
  }
  source = std::move(lines);
  return mended;
}

}  // namespace docpipe::txt
