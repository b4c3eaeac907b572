#include "html_input.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "article_finder.hpp"
#include "docpipe/chinese_numerals.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/flattened_record.hpp"
#include "docpipe/hard_wraps.hpp"
#include "docpipe/heading_markers.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/line_breaks.hpp"
#include "docpipe/normalize.hpp"
#include "docpipe/paragraph_assembly.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "docpipe/portal_copy.hpp"
#include "docpipe/text.hpp"
#include "html_charset.hpp"
#include "info_line_date.hpp"
#include "labelled_weekday.hpp"
#include "page_blocks.hpp"
#include "page_headline.hpp"
#include "page_metadata.hpp"
#include "script_article.hpp"
#include "served_instead.hpp"
#include "web_archive.hpp"

namespace docpipe::html {

namespace {

// Markup is a signature, but a weaker one than a binary magic number.
constexpr int kScoreDocument = 85;  // <!DOCTYPE html> or <html
constexpr int kScoreFragment = 65;  // <head>, <body>, <meta>, <div>, <p> near the start: above plain text
// A web archive's mail headers are a signature (at least the host's kSignatureScore): it is read here whatever its
// name, .mht or .doc, never named an unsupported format.
constexpr int kScoreWebArchive = 90;
constexpr std::size_t kSniffWithin = 2048;
// The page's header lines (info block, clock, breadcrumb) that are read for publication facts.
constexpr std::size_t kInfoLinesBeforeArticle = 20;
// How far back the page's blocks are read to make those lines (an info table is a block per cell).
constexpr std::size_t kBlocksReadBeforeArticle = 120;
// A bold or centred line this short is a heading hint.
constexpr std::size_t kLongestHintedHeading = 40;

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string without_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

std::string normalized(const std::string& text) {
  NormalizationStats stats;
  return normalize_paragraph(text, stats);
}

// What the markup says about a block: <h2>…<h6> and Word's mso-outline-level are headings; short bold or centred lines
// may be.
Block hints_for(const PageBlock& block) {
  Block hints;
  if (block.table) {
    hints.kind = BlockKind::table_cell;
    hints.table = block.table, hints.row = block.row, hints.column = block.column;
  }
  if (block.heading_tag >= 2) {
    hints.kind = BlockKind::heading;
    hints.style = "h" + std::to_string(block.heading_tag);
  } else if (block.outline_level > 0 && !block.table) {
    // Word's outline level, as input.docx reads w:outlineLvl: a heading at that level.
    hints.kind = BlockKind::heading;
    hints.heading_level = block.outline_level;
  } else if (block.characters <= kLongestHintedHeading && block.bold_characters == block.characters) {
    hints.style = "bold";
  } else if (block.characters <= kLongestHintedHeading && block.centred) {
    hints.style = "centred";
  }
  return hints;
}

bool is_a_bare_heading_marker(const std::string& text) {
  const std::u32string line = decode_utf8(normalized(text));
  return !line.empty() && heading_marker_length(line) == line.size();
}

bool ends_with_label_colon(std::string_view line) { return line.ends_with("：") || line.ends_with(":"); }

// An info line's labels set apart from the value before them, when the page glued their elements with no space
// (<span>发布机构：杉溪县司法局</span><span>发布时间：…</span> reads 杉溪县司法局发布时间：…): a label followed by its
// colon after any other character gets a space before it, so that the value ends where the next label begins. The
// longest label at a place is the one (发文字号 is no 发文 and 字号; 信息来源 no 信息 and 来源).
std::string with_glued_labels_apart(const std::string& line) {
  static constexpr std::array<std::u32string_view, 21> kLabels = {
      U"发布时间", U"发布日期", U"发布机构", U"发文机关", U"发文单位", U"发文日期", U"发文字号",
      U"成文日期", U"生成日期", U"更新时间", U"浏览次数", U"阅读次数", U"访问次数", U"点击数",
      U"索引号",   U"信息来源", U"文章来源", U"来源",     U"作者",     U"字号",     U"主题分类"};
  const std::u32string text = decode_utf8(line);
  std::u32string out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t matched = 0;
    for (const auto label : kLabels) {
      const std::size_t after = at + label.size();
      if (label.size() > matched && std::u32string_view(text).substr(at).starts_with(label) && after < text.size() &&
          (text[after] == U'：' || text[after] == U':'))
        matched = label.size();
    }
    if (matched == 0) {
      out += text[at++];
      continue;
    }
    if (!out.empty() && out.back() != U' ' && out.back() != U'\u3000') out += U' ';
    out += text.substr(at, matched);
    at += matched;
  }
  return encode_utf8(out);
}

// An info line whose fields are each bracketed with their label inside ([发布日期：2025-02-12]【来源：枫林街道】, as
// the bracketed-label form [ 发布日期 ] 2025-02-12 is not) reads as fields set apart by spaces: 发布日期：2025-02-12
// 来源：枫林街道. A bracket opens a field when a label of at most eight characters and its colon follow it.
std::string with_bracketed_fields_opened(const std::string& line) {
  constexpr std::size_t kLongestLabel = 8;
  constexpr std::u32string_view kOpening = U"【[［", kClosing = U"】]］";
  const std::u32string text = decode_utf8(line);
  std::u32string out;
  std::size_t open = std::u32string::npos;  // the kind of the field's bracket being read, or npos
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char32_t c = text[at];
    if (const auto kind = kOpening.find(c); kind != std::u32string_view::npos && open == std::u32string::npos) {
      // The colon is looked for within a label's reach only: a line of brackets without one stays linear.
      const std::u32string_view reach = std::u32string_view(text).substr(at + 1, kLongestLabel + 1);
      const std::size_t colon = reach.find_first_of(U"：:");
      const std::u32string_view label = reach.substr(0, colon);
      if (colon != std::u32string_view::npos && !label.empty() && label.size() <= kLongestLabel &&
          label.find_first_of(U"【】[]［］ ") == std::u32string_view::npos) {
        open = kind;
        if (!out.empty() && out.back() != U' ') out += U' ';
        continue;
      }
    } else if (open != std::u32string::npos && c == kClosing[open]) {
      open = std::u32string::npos;
      out += U' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  return encode_utf8(out);
}

// An info line's English labels as the Chinese ones the artifact filter reads (发布时间 Release Date：2025-03-28,
// Release Date: 2025-03-03, 发布日期/Date: …, 来源 Source：…): an English label after a Chinese one is dropped,
// one alone is translated. Only a label closed by its colon: the words in a value stay.
std::string with_english_labels_in_chinese(const std::string& line) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kLabels = {{
      {"release date", "发布日期"},
      {"publish date", "发布日期"},
      {"publication date", "发布日期"},
      {"date of publication", "发布日期"},
      {"release time", "发布时间"},
      {"publish time", "发布时间"},
      {"published", "发布日期"},
      {"date", "发布日期"},
      {"source", "来源"},
      {"publisher", "发布机构"},
  }};
  if (std::none_of(line.begin(), line.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
    return line;
  const std::string lower = lower_ascii(line);
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = 0; at < line.size(); ++at) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(line[at - 1]))) continue;
    for (const auto& [english, chinese] : kLabels) {
      if (std::string_view(lower).substr(at).starts_with(english) == false) continue;
      std::size_t end = at + english.size();
      while (end < line.size() && line[end] == ' ') ++end;
      const std::string_view rest = std::string_view(line).substr(end);
      if (!rest.starts_with(":") && !rest.starts_with("：")) continue;
      // What stands before it: a Chinese label and a space or a slash (发布日期/Date), or nothing of a label.
      std::size_t before = at;
      while (before > copied && (line[before - 1] == ' ' || line[before - 1] == '/')) --before;
      if (std::string_view(line).substr(copied, before - copied).ends_with("／")) before -= 3;
      const std::string_view prior = std::string_view(line).substr(0, before);
      const bool after_chinese_label = prior.ends_with("时间") || prior.ends_with("日期") || prior.ends_with("来源") ||
                                       prior.ends_with("机构") || prior.ends_with("发布");
      out += line.substr(copied, (after_chinese_label ? before : at) - copied);
      if (!after_chinese_label) out += chinese;
      copied = end;
      at = end;
      break;
    }
  }
  return out + line.substr(std::min(copied, line.size()));
}

// Other names portals give the publishing organ's label (发布者：河口镇司法所, 发布单位：…) and the source's (来自：
// 县司法局), as the ones the artifact filter reads (发布机构, 来源), so that the line is read as an info line, the
// date beside it too.
std::string with_publisher_labels_named_alike(const std::string& line) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kSynonyms = {{
      {"发布者", "发布机构"},
      {"发布单位", "发布机构"},
      {"来自", "来源"},
  }};
  std::string out = line;
  for (const auto& [synonym, label] : kSynonyms) {
    for (auto at = out.find(synonym); at != std::string::npos; at = out.find(synonym, at + 1)) {
      const std::string_view after = std::string_view(out).substr(at + synonym.size());
      if (after.starts_with("：") || after.starts_with(":")) out.replace(at, synonym.size(), label);
    }
  }
  return out;
}

// The page's column opening its info line (栏目：政策文件 发布时间：2023-01-12, 所属栏目：…): no field the
// artifact filter reads, it would keep the whole line from being read as one. Dropped when a labelled field
// follows it on the line; the column's name is no fact of the report.
std::string without_an_opening_column_field(const std::string& line) {
  for (const std::string_view label : {"所属栏目", "栏目"}) {
    if (!line.starts_with(label)) continue;
    const std::string_view rest = std::string_view(line).substr(label.size());
    if (!rest.starts_with("：") && !rest.starts_with(":")) return line;
    const auto space = line.find_first_of(" \t", label.size());
    if (space == std::string::npos) return line;
    const auto next = line.find_first_not_of(" \t", space);
    if (next == std::string::npos) return line;
    const std::string field = line.substr(next);
    const auto colon = std::min(field.find("："), field.find(':'));
    // The next field's label: a few characters closed by a colon (发布时间：, 来源:).
    if (colon == std::string::npos || colon == 0 || colon > 4 * 3) return line;
    return field;
  }
  return line;
}

// A sidebar's heading over a list of other articles (相关文章, 推荐阅读, 上一篇：…), set above the article by a
// template with its related list on the left: the artifact filter reads such a heading as the start of what follows
// the article, which above it would take the info line with it (时间：2025-01-22 作者：…).
bool heads_other_articles(std::string_view line) {
  for (const std::string_view heading : {"相关阅读", "相关文章", "相关新闻", "相关稿件", "相关链接", "推荐阅读",
                                         "热点推荐", "猜你喜欢", "上一篇", "下一篇", "分享到"}) {
    if (line.starts_with(heading)) return true;
  }
  return false;
}

// How long the date opening a line above the article is (2025-04-11, 2025年04月11日, 2025.4.11): it ends after its
// day, at whatever follows — a space, a time, or an element glued to it with none (<span>2025-02-06</span><span>
// 青石镇</span>, 2025-03-13【字号：大 中 小】). Only for the page's lines: inside the article, a line with words glued
// to a date (2025.12.31前完成) is the report's.
std::size_t opening_date_length(std::u32string_view text) {
  std::size_t end = 0;
  while (end < text.size() && ((text[end] >= U'0' && text[end] <= U'9') ||
                               std::u32string_view(U"-/.年月").find(text[end]) != std::u32string_view::npos))
    ++end;
  if (end < text.size() && text[end] == U'日') ++end;
  return end;
}

// An info line that opens with the page's date, a time after it, before labelled fields of its own (2024-01-21
// 09:30　来源：河口镇　浏览次数：12, 2024年01月21日 09:30:12 作者：李明): the date is the publication's, as a label
// would say. Labelled so, the line is read as any info line is, its source with it; else the artifact filter
// takes it as a counter's line (or a WeChat dateline) and records none of its fields. A clock (星期, 农历) stays.
std::string with_its_opening_date_labelled(const std::string& line) {
  static constexpr std::array<std::u32string_view, 11> kFieldLabels = {
      U"来源",     U"信息来源", U"文章来源", U"作者",   U"编辑",  U"发布机构",
      U"浏览次数", U"阅读次数", U"访问次数", U"点击数", U"发布人"};
  const std::u32string text = decode_utf8(line);
  const std::size_t end = opening_date_length(text);
  if (end == 0 || !parse_date(std::u32string_view(text).substr(0, end))) return line;
  for (const std::u32string_view word : {U"星期", U"农历", U"发布时间", U"发布日期"}) {
    if (text.find(word) != std::u32string::npos) return line;
  }
  const bool labelled_fields = std::any_of(kFieldLabels.begin(), kFieldLabels.end(), [&](std::u32string_view label) {
    for (auto at = text.find(label, end); at != std::u32string::npos; at = text.find(label, at + 1)) {
      const std::size_t after = at + label.size();
      if (after < text.size() && (text[after] == U'：' || text[after] == U':')) return true;
    }
    return false;
  });
  return labelled_fields ? "发布时间：" + line : line;
}

// Whether two blocks are the elements of one item (<li><p>label</p><p>value</p></li>, <li><span>label</span>
// value</li>): the element holding the one holds the other, or is it.
bool shares_the_item(const PageBlock& label, const PageBlock& value) {
  if (label.owners.empty() || value.owners.empty()) return false;
  if (label.owners.back() == value.owners.back()) return true;
  return label.owners.size() >= 2 && value.owners.size() >= 2 &&
         label.owners[label.owners.size() - 2] == value.owners[value.owners.size() - 2];
}

// Whether `metadata` holds `key` with `value` already.
bool records(const Metadata& metadata, const std::string& key, const std::string& value) {
  return std::any_of(metadata.entries().begin(), metadata.entries().end(),
                     [&](const Metadata::Entry& entry) { return entry.first == key && entry.second == value; });
}

// The lines above the article, as the artifact filter reads them. An info table's row is one line, its cells
// joined: a label ending in a colon by a space (发布日期： 2024-03-05), a label cell without one by a bar,
// as the metadata table rule expects (发文机关 ｜ 河口镇人民政府). A label alone in its block (<li><span>来源：
// </span><p>…</p></li>) takes the value that follows it. Only the last lines count, however many cells made them.
std::vector<std::string> header_lines(const ParsedPage& page, std::size_t article_first) {
  std::vector<std::string> lines;
  const std::size_t start = article_first > kBlocksReadBeforeArticle ? article_first - kBlocksReadBeforeArticle : 0;
  bool label_waits = false;
  for (std::size_t i = start; i < article_first; ++i) {
    const PageBlock& block = page.blocks[i];
    // A menu's item, all link (<li><a>机构概况</a></li>), is no line of facts, and a long menu would push the
    // info line out of the filter's header zone; a label's value may be a link (来源：<a>县司法局</a>).
    if (!label_waits && block.characters > 0 && block.link_characters == block.characters) continue;
    std::string line = with_its_opening_date_labelled(
        with_glued_labels_apart(without_an_opening_column_field(with_publisher_labels_named_alike(
            with_english_labels_in_chinese(with_bracketed_fields_opened(normalized(block.text)))))));
    if (line.empty() || heads_other_articles(line)) continue;
    const bool same_row = i > start && block.table && block.column > 0 && page.blocks[i - 1].table == block.table &&
                          page.blocks[i - 1].row == block.row;
    // A record's label in an item of its own list with no colon (<li><p>发布机构</p><p>青石镇人民政府</p></li>): its
    // value is the item's next block, joined as a table's cell is.
    const bool record_label = !block.table && portal_copy::is_record_label(line) && i + 1 < article_first &&
                              shares_the_item(block, page.blocks[i + 1]);
    if (!lines.empty() && (same_row || label_waits)) {
      lines.back() += ends_with_label_colon(lines.back()) ? " " : " ｜ ";
      lines.back() += line;
    } else {
      lines.push_back(std::move(line));
    }
    label_waits = (!block.table && ends_with_label_colon(lines.back())) || record_label;
  }
  if (lines.size() > kInfoLinesBeforeArticle) lines.erase(lines.begin(), lines.end() - kInfoLinesBeforeArticle);
  for (auto& line : lines) line = without_a_labelled_dates_weekday(line);
  return lines;
}

// The lines right after the article that state its publication with a label (<div class="articleFoot"><span>发布日期：
// 2025-01-23</span><span>信息来源：…</span>): some templates set the info line under the text, or the whole
// information-disclosure table (索引号, 发布机构, 发布日期 in rows of label and value cells). A table's row is one
// line, its cells joined as above the article, so a table's third cell is not its third line. Only the first few
// lines that are not all link, and only one naming 发布日期 or 发布时间 (a list of other articles dates them bare).
std::vector<std::string> labelled_lines_after(const ParsedPage& page, const Article& article) {
  constexpr std::size_t kLinesAfterTheArticle = 3;
  std::vector<std::string> lines;
  if (article.blocks.empty()) return lines;
  std::vector<std::string> seen;
  const PageBlock* previous = nullptr;
  for (std::size_t i = article.blocks.back() + 1; i < page.blocks.size(); ++i) {
    const PageBlock& block = page.blocks[i];
    if (block.characters == 0 || block.link_characters == block.characters) continue;
    std::string line = with_glued_labels_apart(with_bracketed_fields_opened(normalized(block.text)));
    const bool same_row = previous != nullptr && block.table && block.column > 0 && previous->table == block.table &&
                          previous->row == block.row;
    previous = &block;
    if (same_row && !seen.empty()) {
      seen.back() += (ends_with_label_colon(seen.back()) ? " " : " ｜ ") + line;
      continue;
    }
    if (seen.size() == kLinesAfterTheArticle) break;
    seen.push_back(std::move(line));
  }
  for (auto& line : seen) {
    line = without_a_labelled_dates_weekday(line);
    if (line.find("发布日期") != std::string::npos || line.find("发布时间") != std::string::npos)
      lines.push_back(std::move(line));
  }
  return lines;
}

// The date a line above the article opens with (2025-04-11　青石镇, 2025年04月11日 · 来源：青石镇, 2025-04-11
// 09:30:21), or gives elsewhere with no label of its own in an info line (河口镇 · 2024-01-21, 【2024-01-21】,
// 来源：河口镇 | 2024.01.21, 发布：2024/01/21), when exactly one line there does: a mobile page's or a bare
// template's publication line. Several such lines are a list of other articles; a weekday makes it the portal's clock.
std::optional<CalendarDate> lone_dateline(const std::vector<std::string>& header) {
  // Only right above the article, and with little after the date (a place, a source): a dated link in a sidebar
  // (2025-11-30 关于…的公示) or a clock (2025年12月4日 农历十月十五) is no publication line.
  constexpr std::size_t kLinesAboveTheArticle = 3;
  constexpr std::size_t kLongestRest = 24;  // code points after the date
  std::optional<CalendarDate> found;
  int lines = 0;
  for (const auto& line : header) {
    const std::u32string text = decode_utf8(line);
    const bool near = static_cast<std::size_t>(&line - header.data()) + kLinesAboveTheArticle >= header.size();
    if (text.empty() || text[0] < U'0' || text[0] > U'9') {
      // The date given elsewhere on the line with no label of its own (河口镇 · 2024-01-21, 【2024-01-21】).
      if (const auto date = unlabelled_info_date(line)) {
        ++lines;
        if (near) found = date;
      }
      continue;
    }
    // A portal's clock (2024年12月3日 星期二) dates no article: neither the page nor a list of others.
    if (text.find(U"星期") != std::u32string::npos || text.find(U"农历") != std::u32string::npos) continue;
    bool other_words = false;
    for (const std::u32string_view word : {U"关于", U"通知", U"公示", U"公告", U"的"}) {
      other_words = other_words || text.find(word) != std::u32string::npos;
    }
    const std::size_t end = opening_date_length(text);
    if (const auto date = parse_date(std::u32string_view(text).substr(0, end))) {
      ++lines;
      // A read count closing the line (· 阅读 3218) is the page's, as the date is.
      std::u32string_view rest = std::u32string_view(text).substr(end);
      for (const std::u32string_view counter : {U"阅读", U"浏览", U"点击", U"访问"}) {
        rest = rest.substr(0, rest.find(counter));
      }
      if (near && !other_words && rest.size() <= kLongestRest) found = date;
    }
  }
  return lines == 1 ? found : std::nullopt;
}

// The date of an article's publication line set inside its content box, under its title (2025-03-03,
// 2025-03-12　新桥区生态环境分局, 2025-03-03　来源：东湖区民政局): a short line opening with a date, with at most
// an organ or a source after it and no sentence, or an info line giving the date with no label of its own
// (来源：东湖区民政局 | 2025-03-03). A report's own first lines (2024年，我局…) are sentences.
std::optional<CalendarDate> publication_dateline(const std::string& line) {
  constexpr std::size_t kLongestRest = 30;  // code points after the date
  const std::u32string text = decode_utf8(normalized(line));
  if (text.empty()) return std::nullopt;
  if (text[0] < U'0' || text[0] > U'9') return unlabelled_info_date(normalized(line));  // 来源：… | 2025-03-03
  for (const char32_t mark : {U'。', U'，', U'；', U'、', U','}) {
    if (text.find(mark) != std::u32string::npos) return std::nullopt;
  }
  for (const std::u32string_view word : {U"星期", U"农历", U"关于", U"的"}) {
    if (text.find(word) != std::u32string::npos) return std::nullopt;
  }
  std::size_t end = 0;
  while (end < text.size() && std::u32string_view(U" \u3000·|｜").find(text[end]) == std::u32string_view::npos &&
         text[end] != U'日')
    ++end;
  if (end < text.size() && text[end] == U'日') ++end;
  if (text.size() - end > kLongestRest) return std::nullopt;
  return parse_date(std::u32string_view(text).substr(0, end));
}

// Whether a title names a year: four digits or Chinese numerals before 年 (2024年度, 二〇二四年).
bool names_a_year(std::u32string_view title) {
  for (auto at = title.find(U'年'); at != std::u32string_view::npos; at = title.find(U'年', at + 1)) {
    if (at >= 4 && std::all_of(title.begin() + static_cast<std::ptrdiff_t>(at - 4),
                               title.begin() + static_cast<std::ptrdiff_t>(at), [](char32_t c) {
                                 return (c >= U'0' && c <= U'9') || c == U'〇' || c == U'零' ||
                                        chinese_digit_value(c) >= 0;
                               })) {
      return true;
    }
  }
  return false;
}

// A report's title as its name reads whatever the wording around it: from its year on (河口镇2023年度…报告 is
// 2023年度…报告: the organ before it is worded differently by the page's <title> and the content box, or is two
// organs), without 关于 and 的 (…关于2023年度…情况的报告) and with 年度 as 年. Without a year, the whole title.
std::u32string report_name_key(std::u32string_view title) {
  std::size_t from = 0;
  for (auto at = title.find(U'年'); at != std::u32string_view::npos; at = title.find(U'年', at + 1)) {
    if (at >= 4 && names_a_year(title.substr(at - 4, 5))) {
      from = at - 4;
      break;
    }
  }
  std::u32string key;
  for (std::size_t at = from; at < title.size(); ++at) {
    const std::u32string_view rest = title.substr(at);
    if (rest.starts_with(U"关于")) {
      ++at;
    } else if (rest.starts_with(U"年度")) {
      key += U'年', ++at;
    } else if (title[at] != U'的' && title[at] != U' ' && title[at] != U'\u3000') {
      key += title[at];
    }
  }
  return key;
}

// Whether the article opens with the report's title the page's <title> names, however its organ is worded: the
// title lines opening it (no sentence among them) hold the report's name (report_name_key), as a joint report's
// organs over 关于2023年度…的报告 and 青溪县河口镇人民政府关于… under a page titled 河口镇2023年度…报告 do.
bool opens_with_the_named_report(const std::vector<std::string>& opening, const std::string& page_title) {
  constexpr std::size_t kLongestTitleLine = 80;  // code points
  constexpr std::size_t kShortestName = 6;       // a name shorter than this (报告) says nothing of which report
  const std::u32string name = report_name_key(decode_utf8(page_title));
  if (name.size() < kShortestName) return false;
  std::u32string lines;
  for (const auto& line : opening) {
    const std::u32string text = decode_utf8(normalized(line));
    if (text.size() > kLongestTitleLine || text.find_first_of(U"。，；：！？") != std::u32string::npos) break;
    lines += text;
  }
  return report_name_key(lines).find(name) != std::u32string::npos;
}

// The last item of a breadcrumb above the article (当前位置：首页 > 政务公开 > 城阳街道2020年法治政府建设工作报告)
// when it names a report: some portals title a page with nothing else. A column's name there (首页 > 政务公开 >
// 工作报告) names the column the page is filed under, not the report.
std::string breadcrumb_title(const std::vector<std::string>& header) {
  for (auto line = header.rbegin(); line != header.rend(); ++line) {
    std::size_t after = std::string::npos;
    for (const std::string_view separator : {">", "＞", "»", "›"}) {
      if (const auto at = line->rfind(separator); at != std::string::npos) {
        const std::size_t end = at + separator.size();
        after = after == std::string::npos ? end : std::max(after, end);
      }
    }
    if (after == std::string::npos) continue;
    std::string last = normalized(line->substr(after));
    if (names_a_report(without_spaces(last)) && !portal_copy::is_column_name(last)) return last;
  }
  return {};
}

// A title the page set in one element with its info line (<h1>…情况报告<span>发布时间：2025-01-08</span>
// <span>来源：…</span></h1>) reads as the two lines it shows, above the first sentence: the artifact rules take the
// info line and its facts, the title stays.
void split_glued_info_lines(std::vector<SourceParagraph>& paragraphs) {
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    std::string& text = paragraphs[i].text;
    if (text.find("。") != std::string::npos) return;
    const std::size_t info = portal_copy::glued_info_line_at(text);
    if (info == std::string::npos) continue;
    SourceParagraph info_line{text.substr(info), Block{}};
    text.resize(info);
    paragraphs.insert(paragraphs.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(info_line));
    return;
  }
}

// A column's tag the page set before the title in its element (<h1>【年度报告】…情况报告</h1>) is the page's, not the
// title's: recorded as removed.web-column, above the first sentence.
void drop_column_tags(std::vector<SourceParagraph>& paragraphs, Document& document) {
  for (SourceParagraph& paragraph : paragraphs) {
    if (paragraph.text.find("。") != std::string::npos) return;
    const std::u32string text = decode_utf8(paragraph.text);
    const std::size_t tag = portal_copy::column_tag_length(text);
    if (tag == 0) continue;
    const std::string tag_text = encode_utf8(std::u32string_view(text).substr(0, tag));
    document.metadata.add("removed.web-column", tag_text);
    paragraph.text.erase(0, tag_text.size());
    return;
  }
}

// A paragraph's text as a line of pasted text: its leading no-break spaces (&nbsp;&nbsp;, a portal editor's
// indent) as spaces, so that the indent opening a paragraph is seen as one.
std::string as_pasted_line(const std::string& text) {
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  std::string_view rest(text);
  std::string line;
  while (rest.starts_with(kNoBreakSpace) || rest.starts_with(" ")) {
    line += ' ';
    rest.remove_prefix(rest.starts_with(" ") ? 1 : kNoBreakSpace.size());
  }
  return line + std::string(rest);
}

// Text pasted from a PDF keeps the PDF's lines, a <br> or a <p> at every one (举办法治讲座1<br>5场。): such
// hard-wrapped lines are reflowed into the paragraphs the PDF showed, by input.txt's rules. A table's cell or a
// heading element is never joined to a line, nor a line to it, nor a line to one after an empty line of a <pre>
// (`after_blank`, one flag a paragraph). Returns the line breaks taken out.
std::size_t reflow_pasted_lines(std::vector<SourceParagraph>& paragraphs, const std::vector<bool>& after_blank,
                                std::size_t first, Document& document) {
  std::vector<std::string> texts;
  std::vector<wrapping::SourceLine> lines;
  for (std::size_t i = first; i < paragraphs.size(); ++i) texts.push_back(as_pasted_line(paragraphs[i].text));
  const auto stands_alone = [&](std::size_t i) {
    return paragraphs[i].hints.kind == BlockKind::table_cell || paragraphs[i].hints.kind == BlockKind::heading;
  };
  for (std::size_t i = first; i < paragraphs.size(); ++i) {
    lines.push_back({texts[i - first], stands_alone(i) || (i > first && stands_alone(i - 1)) || after_blank[i]});
  }
  auto reflowed = wrapping::reflow_hard_wraps(lines);
  if (!reflowed || reflowed->joined == 0) return 0;
  std::vector<SourceParagraph> out(paragraphs.begin(), paragraphs.begin() + static_cast<std::ptrdiff_t>(first));
  for (std::size_t k = 0; k < reflowed->paragraphs.size(); ++k) {
    Block hints = paragraphs[first + reflowed->first_lines[k]].hints;
    // A paragraph made of several lines is no short bold or centred line.
    const bool joined = k + 1 < reflowed->first_lines.size()
                            ? reflowed->first_lines[k + 1] > reflowed->first_lines[k] + 1
                            : reflowed->first_lines[k] + 1 < lines.size();
    if (joined && hints.kind != BlockKind::table_cell && hints.kind != BlockKind::heading) hints.style.clear();
    out.push_back({std::move(reflowed->paragraphs[k]), std::move(hints)});
  }
  for (auto& [key, value] : reflowed->removed) document.metadata.add(key, value);
  paragraphs = std::move(out);
  return reflowed->joined;
}

// The article's blocks without a publication line right under its title inside the content box (<h2>title</h2>
// <div class="meta">2025-03-03　来源：…</div>): the page's, as the same line above the box is, and its date the
// published one when no label gave it. Only the first block, or the second after a title naming the report,
// and only with the body after it: a date closing the report is its signature's.
std::vector<std::size_t> without_the_publication_line(const ParsedPage& page, const Article& article,
                                                      Document& document) {
  constexpr std::size_t kFewestBlocksAfter = 2;
  std::vector<std::size_t> blocks = article.blocks;
  std::size_t at = 0;
  if (blocks.size() > 1 && names_a_report(without_spaces(normalized(page.blocks[blocks[0]].text))) &&
      !publication_dateline(page.blocks[blocks[0]].text))
    at = 1;
  if (blocks.size() < at + 1 + kFewestBlocksAfter) return blocks;
  const auto date = publication_dateline(page.blocks[blocks[at]].text);
  if (!date) return blocks;
  // The organ and the page's stamped date alone (青石县人民政府 2025年02月08日) are the line input.txt and input.docx
  // take under that name (docpipe/portal_copy.hpp).
  const std::string line = normalized(page.blocks[blocks[at]].text);
  const bool organ_and_date = portal_copy::organ_and_stamped_date(line).has_value();
  document.metadata.add(organ_and_date ? "removed.web-organ-date" : "removed.web-publication-info", line);
  if (document.metadata.get("web.published").empty()) document.metadata.add("web.published", to_iso(*date));
  blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(at));
  return blocks;
}

// Whether the article found holds no sentence of a report (no full stop): only a page's chrome.
bool holds_no_sentence(const ParsedPage& page, const Article& article) {
  return std::none_of(article.blocks.begin(), article.blocks.end(),
                      [&](std::size_t i) { return page.blocks[i].text.find("。") != std::string::npos; });
}

// Whether a title's text so far ends where a report's title does, on the words naming it (…情况报告, …工作总结,
// …建设情况): what a <br> leaves after it (an organ's name, a date) is no more of the title.
bool ends_a_report_title(std::string_view title) {
  while (title.ends_with(' ')) title.remove_suffix(1);
  for (const std::string_view close : {"）", ")", "》", "”"}) {
    if (title.ends_with(close)) title.remove_suffix(close.size());
  }
  return title.ends_with("报告") || title.ends_with("总结") || title.ends_with("情况");
}

// How many of a title's lines, parted by <br> inside its element (青杉县溪口镇人民政府<br>2024年度…情况报告,
// 2024年度法治政府建设<br>工作报告), make the one line it is: the lines up to the one ending on the report's name,
// each wrapping the heading by hand as line_breaks.hpp judges a heading's remainder (no sentence, date, marker or
// second organ under the first). 1 when the first line is the whole title or the lines are no title's.
std::size_t title_lines(const std::vector<std::string>& lines) {
  std::string title = lines.empty() ? std::string() : normalized(lines.front());
  for (std::size_t count = 1; count < lines.size(); ++count) {
    if (ends_a_report_title(title)) return 1;
    const std::string next = normalized(lines[count]);
    if (!line_breaks::is_heading_wrap(title, next)) return 1;
    layout::append_joined(title, next);
    if (ends_a_report_title(title)) return count + 1;
  }
  return 1;
}

// A title's lines with those a <br> only wrapped joined into one (a title is one line); the lines after its end
// stay lines of their own.
void join_title_lines(std::vector<std::string>& lines) {
  const std::size_t count = title_lines(lines);
  if (count < 2) return;
  std::string title = normalized(lines.front());
  for (std::size_t i = 1; i < count; ++i) layout::append_joined(title, normalized(lines[i]));
  lines.front() = std::move(title);
  lines.erase(lines.begin() + 1, lines.begin() + static_cast<std::ptrdiff_t>(count));
}

// Whether a block is set as a title line: a heading element (<h1>–<h6>), or a short line all bold or centred.
bool set_as_a_title(const PageBlock& block) {
  return !block.table && (block.heading_tag > 0 || (block.characters <= kLongestHintedHeading &&
                                                    (block.centred || block.bold_characters == block.characters)));
}

// Whether `block` goes on the title line set before it: cut from it by a <br> in the same element, or a title line
// of its own right after one (<h1>河口镇人民政府</h1><h2>2023年度…报告</h2> opening the content box).
bool continues_a_title(const PageBlock& before, const PageBlock& block) {
  const bool same_element = block.after_line_break && !block.owners.empty() && !before.owners.empty() &&
                            block.owners.back() == before.owners.back();
  return same_element || (set_as_a_title(before) && set_as_a_title(block));
}

// The lines of the article's first element, as a <br> parts them, and of the title lines set right after it (at
// most a title's few).
std::vector<std::string> opening_element_lines(const ParsedPage& page, const Article& article) {
  constexpr std::size_t kMostTitleLines = 4;
  std::vector<std::string> lines;
  for (std::size_t k = 0; k < article.blocks.size() && lines.size() < kMostTitleLines; ++k) {
    const PageBlock& block = page.blocks[article.blocks[k]];
    if (k > 0 && !continues_a_title(page.blocks[article.blocks[k - 1]], block)) break;
    lines.push_back(block.text);
  }
  return lines;
}

// The title opening the article inside its content box, parted by a <br> in its element (<p align=center><strong>
// 青杉县溪口镇人民政府<br>2024年度…情况报告</strong></p>) or set in title lines of their own (<h1>…人民政府</h1>
// <h2>2024年度…情况报告</h2>), is one line: the paragraphs from `first` that continue it (`continues_title`) and
// make it are joined, `after_blank`, `after_break` and `continues_title` kept beside them.
void join_opening_title(std::vector<SourceParagraph>& paragraphs, std::vector<bool>& after_blank,
                        std::vector<bool>& after_break, std::vector<bool>& continues_title, std::size_t first) {
  std::vector<std::string> lines;
  for (std::size_t i = first; i < paragraphs.size() && (i == first || continues_title[i]); ++i) {
    if (paragraphs[i].hints.kind == BlockKind::table_cell) break;
    lines.push_back(paragraphs[i].text);
  }
  const std::size_t count = title_lines(lines);
  if (count < 2) return;
  join_title_lines(lines);
  paragraphs[first].text = std::move(lines.front());
  const auto erase = [&](auto& items) {
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(first + 1),
                items.begin() + static_cast<std::ptrdiff_t>(first + count));
  };
  erase(paragraphs), erase(after_blank), erase(after_break), erase(continues_title);
}

// A <br> typed to wrap a line by hand (Shift+Enter in the editor: 依法办理各类行政处罚案件<br>137件), judged as
// input.docx and input.doc judge a w:br or a 0x0B (docpipe/line_breaks.hpp).
bool is_a_hand_wrap(const std::string& line, const std::string& next) {
  return line_breaks::is_visual_wrap(normalized(line), normalized(next));
}

// A <br> typed inside a heading to centre a long one (一、坚持依法决策，<br>推进政府治理规范化), as the word
// processors' readers judge one: a heading marked by a Chinese numeral, then its short remainder.
bool is_a_heading_wrap(const std::string& line, const std::string& next) {
  const std::string before = normalized(line);
  return line_breaks::marks_a_heading(before) && line_breaks::is_heading_wrap(before, normalized(next));
}

// Lines a <br> parted inside one element that the writer only wrapped by hand are joined, as input.docx joins a
// hand-wrapped line and a heading's short remainder. `after_break[i]` says paragraph i was cut from the one before
// by a <br> in the same element. Returns the breaks taken out.
std::size_t join_hand_wraps(std::vector<SourceParagraph>& paragraphs, const std::vector<bool>& after_break,
                            std::size_t first) {
  std::vector<SourceParagraph> out(paragraphs.begin(), paragraphs.begin() + static_cast<std::ptrdiff_t>(first));
  std::size_t joined = 0;
  bool in_heading = false;  // the last paragraph out is a heading being joined to its remainder
  for (std::size_t i = first; i < paragraphs.size(); ++i) {
    if (i > first && after_break[i] && paragraphs[i].hints.kind != BlockKind::table_cell) {
      std::string& previous = out.back().text;
      const bool heading = in_heading || is_a_heading_wrap(previous, paragraphs[i].text);
      if (heading ? is_a_heading_wrap(previous, paragraphs[i].text) : is_a_hand_wrap(previous, paragraphs[i].text)) {
        std::string next = normalized(paragraphs[i].text);
        previous = normalized(previous);
        layout::append_joined(previous, next);
        in_heading = heading;
        ++joined;
        continue;
      }
    }
    in_heading = false;
    out.push_back(std::move(paragraphs[i]));
  }
  paragraphs = std::move(out);
  return joined;
}

// A portal's error, login or redirect page saved under a report's name is a failed download: an error, so that
// the unit does not look as if it filed an empty report.
void refuse_a_page_served_instead(const ParsedPage& page, std::string_view article_text) {
  if (std::string reason = served_instead_of_a_report(page, article_text); !reason.empty()) {
    throw std::runtime_error(reason);
  }
  if (std::string held = held_instead_of_report_text(page, article_text); !held.empty()) {
    throw std::runtime_error(held);
  }
}

}  // namespace

HtmlInput::HtmlInput(const PluginContext& context)
    : remove_artifacts_(context.parameters.boolean("remove_artifacts")),
      heading_hints_(context.parameters.boolean("heading_hints")) {}

int HtmlInput::sniff(std::string_view head) const {
  if (looks_like_web_archive(head)) return kScoreWebArchive;
  std::string_view start = head.substr(0, kSniffWithin);
  if (start.substr(0, 3) == "\xEF\xBB\xBF") start.remove_prefix(3);
  const std::string text = lower_ascii(start);
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || text[first] != '<') return 0;
  if (text.compare(first, 14, "<!doctype html") == 0 || text.find("<html") != std::string::npos) return kScoreDocument;
  for (const char* tag : {"<head", "<body", "<meta", "<div", "<p>", "<table"}) {
    if (text.find(tag) != std::string::npos) return kScoreFragment;
  }
  return 0;
}

void HtmlInput::read(std::string_view bytes, Document& document) {
  // A web archive's page is read as the page itself; its images and Word's filelist.xml are not wanted.
  std::optional<ArchivedPage> archived;
  if (looks_like_web_archive(bytes)) archived = archived_page(bytes);
  const std::string_view page_bytes = archived ? std::string_view(archived->html) : bytes;
  const PageCharset charset = detect_charset(page_bytes, archived ? archived->charset : std::string_view{});
  const std::string source = to_utf8(page_bytes, charset);
  ParsedPage page = parse_page(source);
  Article article = find_article(page);
  // Read before a script writing the article is replaced by the article it holds: its object may date it.
  const std::optional<CalendarDate> script_published = script_publication_date(page);
  // A page whose article its script writes in holds no sentence of it: the article is read from the script when
  // the script holds its markup, else the page is refused (its chrome is no report).
  if (holds_no_sentence(page, article)) {
    if (const std::string written = with_the_scripted_article(source, page); !written.empty()) {
      page = parse_page(written);
      article = find_article(page);
      document.metadata.set("article_from_script", "true");
    } else if (a_script_writes_the_page(page)) {
      refuse_a_page_served_instead(page, "");
      throw std::runtime_error(
          "the report text is rendered by script: the page as served holds none of it (save the page as the "
          "browser shows it, or the document its script loads)");
    }
  }
  document.format = "html";
  if (archived) {
    document.metadata.set("web_archive", "mhtml");
    if (!archived->address.empty()) document.metadata.set("web_archive_address", archived->address);
  }
  document.encoding = charset.encoding;
  document.metadata.set("encoding", charset.encoding);
  if (!charset.declared.empty() && lower_ascii(charset.declared) != lower_ascii(charset.encoding)) {
    document.metadata.set("declared_encoding", charset.declared);
  }
  // The date the page shows its readers (发布日期 above the article) is the one a reviewer checks: a <meta>
  // PubDate, which content systems stamp on their own, comes after it.
  std::vector<std::pair<std::string, std::string>> meta_published;
  for (auto& [key, value] : meta_tag_facts(page)) {
    if (key == "web.published") {
      meta_published.emplace_back(std::move(key), std::move(value));
    } else {
      document.metadata.add(key, value);
    }
  }
  // A WeChat article's time: 2024年3月5日 18:30, the date first.
  const std::string publish_time = normalized(page.publish_time);
  if (const auto date = parse_date(decode_utf8(publish_time.substr(0, publish_time.find(' '))))) {
    document.metadata.add("web.published", to_iso(*date));
  }

  if (article.blocks.empty()) {
    refuse_a_page_served_instead(page, "");
    throw std::runtime_error("the page holds no article text");
  }

  // Publication facts in the header lines above the article (info block, source line): read, not kept.
  std::vector<std::string> header = header_lines(page, article.first);
  // One row a fact: a WeChat article's dateline states the time <em id="publish_time"> gave already.
  for (const auto& [key, value] : filter_.filter(header).metadata) {
    if (key.starts_with("web.") && !records(document.metadata, key, value)) document.metadata.add(key, value);
  }
  // Failing a label, the page's own markup of its time (<time datetime="2025-04-11">) above the article, else a
  // line there that opens with a date and is the only one.
  // One <time> above the article: several are a list of other articles' dates.
  if (document.metadata.get("web.published").empty()) {
    std::optional<CalendarDate> dated;
    int above = 0;
    for (const auto& [before, datetime] : page.time_elements) {
      if (before > article.first) continue;
      ++above;
      dated = parse_date(decode_utf8(datetime.substr(0, datetime.find_first_of(" t"))));
    }
    if (above == 1 && dated) document.metadata.add("web.published", to_iso(*dated));
  }
  if (document.metadata.get("web.published").empty()) {
    if (const auto date = lone_dateline(header)) document.metadata.add("web.published", to_iso(*date));
  }
  if (document.metadata.get("web.published").empty()) {
    for (const auto& [key, value] : filter_.filter(labelled_lines_after(page, article)).metadata) {
      if (key == "web.published") document.metadata.add(key, value);
    }
  }
  const std::vector<std::size_t> body = without_the_publication_line(page, article, document);
  for (auto& [key, value] : meta_published) document.metadata.add(key, value);
  // Last, the date a script holds for the article (var pubDate = "…"): the page shows none, but the content
  // system's object for the article says when it was published.
  if (document.metadata.get("web.published").empty() && script_published)
    document.metadata.add("web.published", to_iso(*script_published));
  for (auto& [key, value] : attachment_links(page)) document.metadata.add(key, value);
  for (const auto& mark : page.footnote_marks) document.metadata.add("removed.footnote-mark", mark);
  for (const std::size_t i : article.link_lists)
    document.metadata.add("removed.web-links", normalized(page.blocks[i].text));

  std::vector<SourceParagraph> paragraphs;
  // The title above the content container, unless the article repeats it; else the page's own title.
  // The article's first line, a title a <br> wrapped read as the one line it is.
  std::vector<std::string> opening = opening_element_lines(page, article);
  join_title_lines(opening);
  const std::string first_line = without_spaces(normalized(opening.front()));
  const std::string meta_title = without_spaces(normalized(page_title(page)));
  std::vector<std::string> title;
  for (const std::size_t i : article.title) title.push_back(normalized(page.blocks[i].text));
  join_title_lines(title);  // <h1>青杉县溪口镇人民政府<br>2024年度…报告</h1> is one title
  std::string joined;
  for (const auto& line : title) joined += without_spaces(line);
  // A column's name above the article (工作报告, 法治政府建设年度报告) is no report's title when the page's own
  // title names the report with more: the column's words, or a year the column lacks.
  const bool a_column_name = !joined.empty() && joined.size() < meta_title.size() && names_a_report(meta_title) &&
                             (meta_title.find(joined) != std::string::npos ||
                              (!names_a_year(decode_utf8(joined)) && names_a_year(decode_utf8(meta_title))));
  // A story's headline the page's <title> gives whole, less its site's part (法治护航——青溪县召开…_…), is its title.
  const bool visible_title = !joined.empty() && !a_column_name &&
                             (names_a_report(joined) || joined == meta_title || headlines_the_page(joined, page));
  // The article opens with the report's title the page's title names (the organ or 关于 before it: 云溪县青禾镇2024
  // 年度…报告 on a page titled 青禾镇2024年度…报告): it is titled, by neither the page's title nor a breadcrumb.
  const bool titled_by_its_first_line =
      !meta_title.empty() && names_a_report(meta_title) &&
      (first_line.ends_with(meta_title) || opens_with_the_named_report(opening, page_title(page)));
  if (visible_title && joined != first_line && !first_line.starts_with(joined) &&
      !opens_with_the_named_report(opening, joined)) {
    for (auto& line : title) paragraphs.push_back({std::move(line), {}});
  } else if (!visible_title && !meta_title.empty() && names_a_report(meta_title) && !titled_by_its_first_line) {
    paragraphs.push_back({normalized(page_title(page)), {}});
  } else if (!visible_title && !titled_by_its_first_line) {
    if (std::string crumb = breadcrumb_title(header); !crumb.empty() && !first_line.starts_with(without_spaces(crumb)))
      paragraphs.push_back({std::move(crumb), {}});
  }
  const std::size_t title_paragraphs = paragraphs.size();
  std::vector<bool> after_blank(paragraphs.size(), false);
  std::vector<bool> after_break(paragraphs.size(), false);
  std::vector<bool> continues_title(paragraphs.size(), false);
  std::optional<std::size_t> previous_block;  // the page's block the last paragraph was read from
  std::string badge;  // a heading marker in an element of its own (a WeChat badge: <p>一、</p>), for the next block
  for (const std::size_t i : body) {
    if (is_a_bare_heading_marker(page.blocks[i].text)) {
      badge += normalized(page.blocks[i].text);
      continue;
    }
    // A list's number before an item that writes its own (<li><p>一、…): the item's.
    if (!badge.empty() && heading_marker_length(decode_utf8(normalized(page.blocks[i].text))) > 0) badge.clear();
    paragraphs.push_back({badge + page.blocks[i].text, heading_hints_ ? hints_for(page.blocks[i]) : Block{}});
    after_blank.push_back(page.blocks[i].after_blank_line);
    after_break.push_back(page.blocks[i].after_line_break && badge.empty() && previous_block &&
                          !page.blocks[i].owners.empty() && !page.blocks[*previous_block].owners.empty() &&
                          page.blocks[*previous_block].owners.back() == page.blocks[i].owners.back());
    continues_title.push_back(after_break.back() || (badge.empty() && previous_block &&
                                                     continues_a_title(page.blocks[*previous_block], page.blocks[i])));
    previous_block = i;
    badge.clear();
  }
  if (!badge.empty()) {
    paragraphs.push_back({badge, {}});
    after_blank.push_back(false), after_break.push_back(false), continues_title.push_back(false);
  }
  join_opening_title(paragraphs, after_blank, after_break, continues_title, title_paragraphs);
  if (const std::size_t joined = reflow_pasted_lines(paragraphs, after_blank, title_paragraphs, document); joined > 0) {
    document.metadata.set("reflowed_line_breaks", std::to_string(joined));
  } else if (const std::size_t wraps = join_hand_wraps(paragraphs, after_break, title_paragraphs); wraps > 0) {
    // Text that is no PDF's lines: a <br> in mid-sentence or in a heading only wrapped a line by hand.
    document.metadata.set("joined_hand_wraps", std::to_string(wraps));
  }
  if (remove_artifacts_) {
    drop_column_tags(paragraphs, document);
    split_glued_info_lines(paragraphs);
    // A page flattened into one paragraph at its top (a reader view: <p>[ 发布日期 ] … [ 来源 ] … 青石县2024年…报告
    // 2024年，…</p>): else the web-bracketed-info rule takes the title and the first sentence with the fields.
    split_a_flattened_record(paragraphs, filter_);
  }
  add_paragraphs(document, paragraphs, remove_artifacts_ ? &filter_ : nullptr);
  refuse_a_page_served_instead(page, document.text);
  if (document.text.empty()) throw std::runtime_error("the page holds no article text");
}

}  // namespace docpipe::html
