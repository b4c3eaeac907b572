// What the report's structure lacks or gets wrong: heading numbers, required parts, unreadable dates,
// conversion debris. The numbering problems come from analysis.sections' structure_issues layer.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/contents_lines.hpp"
#include "docpipe/text.hpp"
#include "rule_context.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

// What each required part is called in the 2019 规定, for messages.
const std::map<std::string, std::string> kPartNames = {
    {part::achievements, "年度推进法治政府建设的主要举措和成效"},
    {part::shortcomings, "存在的不足和原因"},
    {part::leadership, "党政主要负责人履行推进法治建设第一责任人职责情况"},
    {part::plan, "下一年度推进法治政府建设的主要安排"},
    {part::other, "其他需要报告的情况"},
};

std::string attribute(const Annotation& annotation, const std::string& name) {
  for (const auto& [key, value] : annotation.attributes) {
    if (key == name) return value;
  }
  return {};
}

// The expected number written the way the found one is: "三、" for "四、" expecting 3, "（二）", "2.".
std::string expected_number(const std::string& found, int level, int expected) {
  const std::u32string written = decode_utf8(found);
  std::u32string numeral;
  bool chinese = level <= 2;
  for (const char32_t c : written) {
    if (c >= U'0' && c <= U'9') chinese = false;
  }
  const std::u32string value = chinese ? to_chinese_numeral(expected) : decode_utf8(std::to_string(expected));
  std::u32string out;
  bool replaced = false;
  for (const char32_t c : written) {
    const bool digit = (c >= U'0' && c <= U'9') || (is_chinese_numeral_char(c) && c != U'第');
    if (digit) {
      if (!replaced) out += value, replaced = true;
      continue;
    }
    if (!replaced && (c == U'、' || c == U'.' || c == U'．' || c == U')' || c == U'）')) out += value, replaced = true;
    out += c;
  }
  if (!replaced) out = value + out;
  return encode_utf8(out);
}

// A paragraph's words without its spaces: a copy pasted with a stray space (…98.7% 。) or a full-width indent
// reads the same to a reviewer.
std::u32string without_spaces(std::u32string_view text) {
  std::u32string words;
  words.reserve(text.size());
  for (const char32_t c : text) {
    if (c != U' ' && c != U'\t' && c != U'\u3000' && c != U'\u00A0') words += c;
  }
  return words;
}

const std::vector<Annotation>* structure_issues(const Document& document) {
  const auto found = document.layers.find(layer::structure_issues);
  return found == document.layers.end() ? nullptr : &found->second;
}

// Where the text first mentions a part's content by `word`: in the report's body, or after its signature in a
// paragraph of prose (an attached text may tell it). A line after the signature that only names a text, a list of
// attachments (附件：…第一责任人职责情况), tells nothing of it.
std::size_t mention_of(const RuleContext& context, const Closing& closing, std::u32string_view word) {
  constexpr std::size_t kShortestProse = 30;  // code points
  const std::u32string& text = context.text();
  for (std::size_t at = text.find(word); at != std::u32string::npos; at = text.find(word, at + word.size())) {
    if (closing.id.empty() || at < closing.start || at >= closing.end) return at;
    const auto [start, end] = context.paragraph_around(at);
    const std::u32string_view paragraph = std::u32string_view(text).substr(start, end - start);
    if (paragraph.size() >= kShortestProse && paragraph.find(U'。') != std::u32string_view::npos &&
        !paragraph.starts_with(U"附件") && !paragraph.starts_with(U"附表")) {
      return at;
    }
  }
  return std::u32string::npos;
}

}  // namespace

void check_heading_sequence(RuleContext& context) {
  const auto* issues = structure_issues(context.document());
  if (!issues) return;
  for (const auto& issue : *issues) {
    const std::string number = attribute(issue, "number");
    const std::string level_text = attribute(issue, "level");
    const int level = level_text.empty() ? 1 : std::stoi(level_text);
    const std::string expected_text = attribute(issue, "expected");
    const std::string expected = expected_text.empty() ? "" : expected_number(number, level, std::stoi(expected_text));
    std::string message;
    if (issue.type == "duplicate-number") {
      message = fmt::format("第{}级标题编号“{}”与前一个同级标题重复，按顺序应为“{}”", level, number, expected);
    } else if (issue.type == "number-gap") {
      message = fmt::format("第{}级标题编号跳号：按顺序应为“{}”，实为“{}”", level, expected, number);
    } else if (issue.type == "out-of-order") {
      message = fmt::format("第{}级标题编号顺序颠倒：按顺序应为“{}”，实为“{}”", level, expected, number);
    } else if (issue.type == "missing-marker") {
      message = fmt::format("第{}级标题缺少序号，按顺序应为“{}”", level, expected);
    } else if (issue.type == "orphan-heading") {
      // An unnumbered heading (a styled one) is named by its words.
      const auto [heading_start, heading_end] = context.paragraph_around(issue.start);
      const std::string named =
          number.empty() ? context.slice(heading_start, std::min(heading_end, heading_start + 30)) : number;
      message = fmt::format("第{}级标题“{}”之前没有上一级标题", level, named);
    } else {
      continue;
    }
    const std::string section = attribute(issue, "section");
    const auto [paragraph_start, paragraph_end] = context.paragraph_around(issue.start);
    const std::size_t evidence_end = std::min(paragraph_end, paragraph_start + 40);
    context.flag({rule::heading_sequence, std::nullopt, section, message, context.slice(paragraph_start, evidence_end),
                  issue.start, issue.end});
  }
}

void check_missing_section(RuleContext& context) {
  // A leader's 述法报告, or a leader's report on the first-responsibility duty
  // (关于履行推进法治建设第一责任人职责情况的报告), reports on one duty, not on the government's year: the annual
  // report's parts are not asked of it.
  // A title naming the year's work beside the duty (…2023年度法治建设工作及主要负责人履行…职责情况的报告) is an
  // annual report still.
  const std::string title = context.document().metadata.get("title");
  const bool on_the_leaders_duty =
      title.find("述法") != std::string::npos || title.find("第一责任人职责") != std::string::npos;
  const bool on_the_years_work = title.find("法治政府建设") != std::string::npos ||
                                 title.find("法治建设工作") != std::string::npos ||
                                 title.find("依法行政") != std::string::npos;
  if (on_the_leaders_duty && !on_the_years_work) return;
  // The part on the leaders' duty (党政主要负责人履行推进法治建设第一责任人职责) is asked of the reports since the
  // 2019 督察规定: an older 依法行政 report lacks it by design.
  constexpr int kLeadershipPartSince = 2019;
  const std::string year = context.document().metadata.get("year");
  const bool before_the_leadership_part = year.size() == 4 &&
                                          year.find_first_not_of("0123456789") == std::string::npos &&
                                          std::stoi(year) < kLeadershipPartSince;
  // Parts given after the report as texts of their own (an attachment on the leaders' duty): analysis.sections
  // lists them in parts.attached.
  const std::string attached = ";" + context.document().metadata.get("parts.attached") + ";";
  const Closing closing = closing_of(context.document());
  for (const auto& part : context.settings().required_parts) {
    if (part == "leadership" && before_the_leadership_part) continue;
    bool present = attached.find(";" + part + ";") != std::string::npos;
    for (const auto& section : context.document().sections) {
      for (const auto& kind : section.kinds) present = present || kind == part;
    }
    if (present) continue;
    const auto name = kPartNames.find(part);
    const std::string part_name = name == kPartNames.end() ? part : name->second;
    // Content the body mentions without a part of its own is a milder finding.
    const auto mentions = context.settings().part_mentions.find(part);
    if (mentions != context.settings().part_mentions.end()) {
      std::vector<std::u32string> words = mentions->second;
      if (part == "plan" && year.size() == 4 && year.find_first_not_of("0123456789") == std::string::npos) {
        const std::u32string next_year = decode_utf8(std::to_string(std::stoi(year) + 1) + "年");
        for (const std::u32string_view what :
             {U"工作安排", U"工作计划", U"工作打算", U"工作重点", U"安排", U"计划", U"打算", U"重点"}) {
          words.push_back(next_year + std::u32string(what));
        }
      }
      for (const auto& word : words) {
        const auto at = mention_of(context, closing, word);
        if (at == std::u32string::npos) continue;
        const auto [sentence_start, sentence_end] = context.sentence_around(at);
        context.flag({rule::missing_section, Severity::info, context.section_at(at),
                      fmt::format("报告未单列“{}”部分，相关内容仅在正文中提及", part_name),
                      context.slice(sentence_start, std::min(sentence_end, sentence_start + 60)), sentence_start,
                      sentence_end});
        present = true;
        break;
      }
    }
    if (present) continue;
    context.flag({rule::missing_section, std::nullopt, "", fmt::format("报告缺少“{}”部分", part_name), part, 0, 0});
  }
}

void check_malformed_date(RuleContext& context) {
  const auto* issues = structure_issues(context.document());
  if (!issues) return;
  for (const auto& issue : *issues) {
    if (issue.type != "malformed-date") continue;
    const std::string text = attribute(issue, "text");
    const bool signature = attribute(issue, "where") != "publication";
    context.flag({rule::malformed_date, std::nullopt, signature ? context.section_at(issue.start) : "",
                  fmt::format("{}“{}”无法识别为日期", signature ? "落款日期" : "网页发布日期", text), text, issue.start,
                  issue.end});
  }
}

void check_leftover_artifact(RuleContext& context) {
  for (const auto& [key, value] : context.document().metadata.entries()) {
    if (key != "removed.word-bookmark" && key != "removed.embedded-image") continue;
    context.flag({rule::leftover_artifact, std::nullopt, "",
                  fmt::format("原文残留文档转换痕迹“{}”（已从正文中移除）", value), value, 0, 0});
  }
}

// Whether a line is a table's row written as text, its cells parted by `|` (省份 | 数量 | 省份 | 数量 |, as a page's
// table copied into a text file reads): a table repeats its header row over each block of rows, as its cells repeat.
namespace {
bool reads_as_a_table_row(std::u32string_view line) {
  constexpr std::size_t kFewestBars = 2;  // three cells, or two between bars
  return static_cast<std::size_t>(std::count(line.begin(), line.end(), U'|')) >= kFewestBars;
}
}  // namespace

// A paragraph of the report's body written twice, word for word (spaces aside): pasted twice, and its figures
// counted twice.
// Table cells repeat by nature, short lines (a heading's 正文, 无) say too little, and what follows the signature
// (attachments) may quote the body.
void check_repeated_paragraph(RuleContext& context) {
  constexpr std::size_t kShortestRepeated = 20;  // code points
  const Document& document = context.document();
  const Closing closing = closing_of(document);
  const std::size_t body_end = closing.id.empty() ? context.text().size() : closing.start;
  // A volume of reports pasted one after another repeats thousands: the first ones say it, a count says the rest.
  constexpr std::size_t kMostListed = 50;
  std::map<std::u32string, std::size_t> first_at;
  std::size_t repeated = 0;
  // A table of contents typed under its 目录 lists the headings the body repeats: its entries are no first copy.
  constexpr std::size_t kLongestEntry = 60;
  bool in_contents = false;
  std::set<std::u32string> entries;
  for (const Block& block : document.blocks) {
    if (block.kind == BlockKind::table_cell || block.start >= body_end) continue;
    const std::u32string_view text = std::u32string_view(context.text()).substr(block.start, block.end - block.start);
    std::u32string key = without_spaces(text);
    if (contents::names_the_contents(encode_utf8(text))) {
      in_contents = true;
      continue;
    }
    if (in_contents) {
      // The contents end at a line that is no entry, or at the body's first heading, which repeats an entry.
      const bool entry = text.size() <= kLongestEntry && text.find_first_of(U"。！？；;") == std::u32string_view::npos;
      in_contents = entry && !entries.contains(key);
      if (in_contents) {
        entries.insert(std::move(key));
        continue;
      }
    }
    if (block.end - block.start < kShortestRepeated || reads_as_a_table_row(text)) continue;
    const auto [earlier, first] = first_at.try_emplace(std::move(key), block.start);
    if (first || ++repeated > kMostListed) continue;
    context.flag({rule::repeated_paragraph, std::nullopt, context.section_at(block.start),
                  "本段与前文一段文字完全相同，疑为重复粘贴",
                  context.slice(block.start, std::min(block.end, block.start + 40)), block.start, block.end});
  }
  if (repeated > kMostListed) {
    context.flag({rule::repeated_paragraph, std::nullopt, "",
                  fmt::format("另有{}段与前文完全相同的段落未逐一列出", repeated - kMostListed),
                  fmt::format("共{}段重复", repeated), 0, 0});
  }
}

// A document whose title names another genre than a report (analysis.sections' metadata `genre`): a batch collected
// from portals brings the report's 政策解读, next year's 工作要点 or a notice with the reports. Said once; its parts
// and dates are not checked as a report's (anomaly_flagger.cpp).
void check_not_a_report(RuleContext& context) {
  static const std::map<std::string, std::string> kGenreNames = {
      {"interpretation", "对报告的解读"},
      {"plan", "工作计划或方案"},
      {"notice", "通知、通报或函"},
      {"rules", "制度规定或意见"},
      {"news", "新闻报道"},
      {"other-report", "其他工作的报告"},
      {"summary", "对报告的摘要"},
      {"yearbook", "年鉴条目"},
      {"attachment", "单独报送的附件（统计表、清单等）"},
      {"statistics", "统计数据的发布"},
  };
  const auto& metadata = context.document().metadata;
  const auto genre = kGenreNames.find(metadata.get("genre"));
  if (genre == kGenreNames.end()) return;
  // The title says it, or, for a document whose title names no report, its opening (制定本方案, 本报讯).
  const std::string opening = metadata.get("genre.evidence");
  const std::string words = opening.empty() ? metadata.get("title") : opening;
  // A news story's lead is only a dateline (7月4日): the message says what kind of words it is.
  // A summary's evidence is its length (全文仅103字), which the message states as it is.
  const char* source = opening.empty()             ? "文件标题"
                       : genre->first == "news"    ? "正文的新闻导语"
                       : genre->first == "summary" ? "正文篇幅"
                       // An attachment's evidence is its label (附件2), standing where a report's title stands.
                       : genre->first == "attachment" ? "文件开头的附件标注"
                                                      : "正文开头";
  context.flag({rule::not_a_report, std::nullopt, "",
                fmt::format("{}“{}”表明它是{}，不是法治政府建设年度报告；未按年度报告核对其组成部分和日期", source,
                            words, genre->second),
                words, 0, 0});
}

}  // namespace docpipe::anomalies
