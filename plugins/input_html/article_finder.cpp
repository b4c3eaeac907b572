#include "article_finder.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include "docpipe/heading_markers.hpp"
#include "docpipe/text.hpp"
#include "page_headline.hpp"
#include "page_metadata.hpp"

namespace docpipe::html {

namespace {

// A block counts as prose when it is punctuated like a sentence and mostly not link text; it credits
// its containers with its length beyond a short-line allowance, so menus and footers weigh little.
constexpr double kProseMaxLinkDensity = 0.3;
constexpr std::size_t kShortLine = 10;
// Descend into a child while it holds this share of its parent's prose.
constexpr double kDescendShare = 0.8;
// A hinted container is taken when it holds this share of the prose where the structure stopped.
constexpr double kHintShare = 0.6;
// Blocks in the article that are mostly links are lists of other pages (related reading), not text.
constexpr double kLinkListDensity = 0.5;
constexpr std::size_t kLongestTitle = 100;

constexpr std::array<std::string_view, 14> kContainerHints = {
    "trs_editor", "zoom",   "ucap-content", "article",    "content", "art",  "con",
    "text",       "detail", "main-text",    "bt_content", "view",    "conn", "news_content"};

bool is_prose(const PageBlock& block) {
  if (block.link_density() > kProseMaxLinkDensity) return false;
  return block.text.find("。") != std::string::npos || block.text.find("，") != std::string::npos ||
         block.text.find("；") != std::string::npos || block.text.find(',') != std::string::npos;
}

double prose_weight(const PageBlock& block) {
  return is_prose(block) && block.characters > kShortLine ? static_cast<double>(block.characters - kShortLine) : 0.0;
}

// A class or id word is a hint, alone or joined to another word by _ or - (con_main, article-content).
bool hinted(const xmlNode* element) {
  for (const char* name : {"id", "class"}) {
    const std::string value = attribute(element, name);
    for (std::size_t from = 0; from < value.size();) {
      const std::size_t end = std::min(value.find(' ', from), value.size());
      const std::string_view word = std::string_view(value).substr(from, end - from);
      for (const auto hint : kContainerHints) {
        const bool joined_after = word.starts_with(hint) && word.size() > hint.size() &&
                                  (word[hint.size()] == '_' || word[hint.size()] == '-');
        const bool joined_before =
            word.ends_with(hint) && word.size() > hint.size() &&
            (word[word.size() - hint.size() - 1] == '_' || word[word.size() - hint.size() - 1] == '-');
        if (word == hint || joined_after || joined_before) return true;
      }
      from = end + 1;
    }
  }
  return false;
}

// A line of a report's closing: short, no sentence punctuation, no link (河口镇人民政府, 2024年1月18日).
bool is_closing_line(const PageBlock& block) {
  constexpr std::size_t kLongestClosingLine = 40;
  if (block.characters == 0 || block.characters > kLongestClosingLine || block.link_characters > 0) return false;
  for (const std::string_view mark : {"。", "，", "；", "：", ":", ","}) {
    if (block.text.find(mark) != std::string::npos) return false;
  }
  return true;
}

bool is_date_line(const PageBlock& block) {
  const auto year = block.text.find("年");
  const auto month = block.text.find("月");
  const auto day = block.text.rfind("日");
  return year != std::string::npos && month != std::string::npos && day != std::string::npos && year < month &&
         month < day && block.text.find_last_not_of(" \t\r\n") + 1 == day + std::string_view("日").size();
}

// True when `element` lies strictly inside `ancestor`.
bool is_below(const xmlNode* element, const xmlNode* ancestor) {
  for (const xmlNode* node = element->parent; node != nullptr; node = node->parent) {
    if (node == ancestor) return true;
  }
  return false;
}

bool inside(const PageBlock& block, const xmlNode* element) {
  return std::find(block.owners.begin(), block.owners.end(), element) != block.owners.end();
}

// Chinese CMSs name their title boxes in pinyin or its initials: bt (标题), biaoti, wzbt (文章标题), tit, xl_bt,
// art_tit, detail-tit. Whole words of a class or id only, split at spaces, `_` and `-` (no `subtitle`'s tit).
bool names_a_title_in_pinyin(std::string_view value) {
  static constexpr std::array<std::string_view, 6> kTitleWords = {"bt", "biaoti", "wzbt", "tit", "xlbt", "btitle"};
  std::size_t from = 0;
  while (from < value.size()) {
    const std::size_t end = std::min(value.find_first_of(" _-\t", from), value.size());
    const std::string_view word = value.substr(from, end - from);
    if (std::find(kTitleWords.begin(), kTitleWords.end(), word) != kTitleWords.end()) return true;
    from = end + 1;
  }
  return false;
}

bool looks_like_title_element(const PageBlock& block) {
  if (block.characters > kLongestTitle || block.owners.empty()) return false;
  if (block.heading_tag >= 1 && block.heading_tag <= 3) return true;
  if (block.centred || block.bold_characters == block.characters) return true;
  for (const char* name : {"id", "class"}) {
    const std::string value = attribute(block.owners.back(), name);
    if (value.find("title") != std::string::npos || names_a_title_in_pinyin(value)) return true;
  }
  return false;
}

// Whether the article opens with a title of its own that names a report (a short line, no sentence): a headline
// above it, whatever the page's <title> says, is then the site's or a column's.
bool opens_with_a_report_title(const PageBlock& opening) {
  constexpr std::size_t kLongestTitleLine = 60;
  return opening.characters <= kLongestTitleLine && names_a_report(opening.text) &&
         opening.text.find("。") == std::string::npos;
}

// A paragraph element holding most of the prose (a <p> of <br>-separated lines) is seldom all of the article:
// the paragraphs around it in its parent that read as report text (sentences, numbered headings) belong to
// it too. Chrome around an article is neither: a date line, a source line, links.
bool is_paragraph_element(const xmlNode* element) {
  static constexpr std::array<std::string_view, 11> kParagraphTags = {"p", "span", "font",  "strong", "b",    "em",
                                                                      "i", "u",    "small", "big",    "label"};
  const std::string_view name = reinterpret_cast<const char*>(element->name);
  return std::find(kParagraphTags.begin(), kParagraphTags.end(), name) != kParagraphTags.end();
}

std::u32string_view without_leading_spaces(std::u32string_view text) {
  while (!text.empty() &&
         (text.front() == U' ' || text.front() == U'\u3000' || text.front() == U'\u00a0' || text.front() == U'\t'))
    text.remove_prefix(1);
  return text;
}

bool reads_as_report_text(const PageBlock& block) {
  return block.characters > 0 && block.link_density() <= kProseMaxLinkDensity &&
         (is_prose(block) || heading_marker_length(without_leading_spaces(decode_utf8(block.text))) > 0);
}

// A cell of a table set among the report's paragraphs (主要数据见下表：), which is the report's too.
bool in_a_table_below(const PageBlock& block, const xmlNode* parent) {
  return std::any_of(block.owners.begin(), block.owners.end(), [&](const xmlNode* owner) {
    return std::string_view(reinterpret_cast<const char*>(owner->name)) == "table" && is_below(owner, parent);
  });
}

// The line that introduces a table or a list (主要工作数据见下表（单位：件）：).
bool introduces_what_follows(const PageBlock& block) {
  const std::string_view text(block.text);
  const auto end = text.find_last_not_of(" \t\r\n");
  return block.link_characters == 0 && end != std::string_view::npos &&
         (text.substr(0, end + 1).ends_with("：") || text.substr(0, end + 1).ends_with(":"));
}

// A table's own heading, set right above it: its title (2024年度行政复议应诉情况表, 行政执法数据统计表（单位：件）)
// or the unit it counts in (单位：件): a short line, no sentence, no link.
bool heads_a_table(const PageBlock& block) {
  constexpr std::size_t kLongestTableHeading = 40;
  if (block.characters == 0 || block.characters > kLongestTableHeading || block.link_characters > 0) return false;
  for (const std::string_view mark : {"。", "；", "，"}) {
    if (block.text.find(mark) != std::string::npos) return false;
  }
  return block.text.find("表") != std::string::npos || block.text.find("单位") != std::string::npos;
}

// The line naming the report's annexes after its closing (附件：2024年度行政执法数据统计表); not a link to download
// one, which is the page's (web.attachment).
bool names_an_annex(const PageBlock& block) {
  constexpr std::size_t kLongestAnnexLine = 80;
  const std::u32string text = decode_utf8(block.text);
  return block.link_characters == 0 && block.characters <= kLongestAnnexLine &&
         without_leading_spaces(text).starts_with(U"附件");
}

// The content box the finder went below: a known content container (TRS_Editor around Word's WordSection1) or
// an <article> (around an <ol> of the parts). Its other paragraphs are the report's opening and closing.
const xmlNode* content_box_above(const xmlNode* container) {
  for (const xmlNode* node = container->parent; node != nullptr && node->type == XML_ELEMENT_NODE;
       node = node->parent) {
    if (hinted(node) || element_name(node) == "article") return node;
  }
  return nullptr;
}

// Where the rest of the article lies when the finder went below it: the content box, else the parent of a
// paragraph element.
const xmlNode* article_scope(const xmlNode* container) {
  if (const xmlNode* box = content_box_above(container); box != nullptr) return box;
  return is_paragraph_element(container) ? container->parent : nullptr;
}

void extend_past_a_paragraph(const ParsedPage& page, Article& article) {
  const xmlNode* parent = article_scope(article.container);
  if (parent == nullptr) return;
  // A table right after a line introducing or heading it, or after a few such lines (见下表： then its title
  // then 单位：件).
  const auto a_table_follows = [&](std::size_t i) {
    constexpr std::size_t kMostHeadingLines = 3;
    for (std::size_t next = i + 1; next < page.blocks.size() && next <= i + kMostHeadingLines; ++next) {
      if (in_a_table_below(page.blocks[next], parent)) return true;
      if (!introduces_what_follows(page.blocks[next]) && !heads_a_table(page.blocks[next])) return false;
    }
    return false;
  };
  // After the prose, a table of figures and the lines introducing or heading it are the report's, up to its
  // date; before it, a table is more often the page's (索引号, 发布机构, 生成日期).
  const auto belongs = [&](std::size_t i, bool after) {
    const PageBlock& block = page.blocks[i];
    if (!inside(block, parent) || inside(block, article.container)) return false;
    if (reads_as_report_text(block)) return true;
    if (!after || block.link_density() >= kLinkListDensity) return false;
    if (names_an_annex(block)) return true;
    return in_a_table_below(block, parent) ||
           ((introduces_what_follows(block) || heads_a_table(block)) && a_table_follows(i));
  };
  std::size_t first = article.blocks.front();
  while (first > 0 && belongs(first - 1, false)) --first;
  // Not past the report's date: what follows its signature is the page's (a table of the site's facts).
  const auto ends_the_report = [&](std::size_t i) { return is_date_line(page.blocks[i]); };
  std::size_t end = article.blocks.back() + 1;
  while (end < page.blocks.size() && !ends_the_report(end - 1) && belongs(end, true)) ++end;
  std::vector<std::size_t> blocks;
  for (std::size_t i = first; i < article.blocks.front(); ++i) blocks.push_back(i);
  blocks.insert(blocks.end(), article.blocks.begin(), article.blocks.end());
  for (std::size_t i = article.blocks.back() + 1; i < end; ++i) blocks.push_back(i);
  article.blocks = std::move(blocks);
}

// A line of a report's structure: a part's heading (一、…, （二）…) or its closing date (2024年1月18日).
bool marks_a_reports_structure(const PageBlock& block) {
  if (block.characters == 0 || block.link_density() > kProseMaxLinkDensity) return false;
  return is_date_line(block) || heading_marker_length(without_leading_spaces(decode_utf8(block.text))) > 0;
}

// Where the prose parts and no hint decides: a short report beside a sidebar (a notice, 重要提示, a related list
// with a sentence) may hold less prose than the sidebar, yet it is the only child with a report's structure. The
// child with two marks of it at least (its parts' headings, its closing date) and a quarter of the prose is taken
// when no other child holding prose has any (the rest of a report split across boxes would).
const xmlNode* the_structured_child(const std::vector<const xmlNode*>& children,
                                    const std::unordered_map<const xmlNode*, double>& prose,
                                    const std::unordered_map<const xmlNode*, int>& structure, double total) {
  constexpr double kLeastShare = 0.25;
  constexpr int kFewestMarks = 2;
  const auto weight = [&](const xmlNode* element) {
    const auto found = prose.find(element);
    return found == prose.end() ? 0.0 : found->second;
  };
  const auto marks = [&](const xmlNode* element) {
    const auto found = structure.find(element);
    return found == structure.end() ? 0 : found->second;
  };
  const xmlNode* chosen = nullptr;
  for (const xmlNode* child : children) {
    if (weight(child) <= 0 || marks(child) == 0) continue;
    if (chosen != nullptr) return nullptr;  // two children with a report's structure: the report spans both
    chosen = child;
  }
  if (chosen == nullptr || marks(chosen) < kFewestMarks || weight(chosen) < kLeastShare * total) return nullptr;
  return chosen;
}

const xmlNode* choose_container(const ParsedPage& page) {
  std::unordered_map<const xmlNode*, double> prose;
  std::unordered_map<const xmlNode*, int> structure;  // marks of a report's structure: headings, a closing date
  std::unordered_map<const xmlNode*, std::vector<const xmlNode*>> children;
  const xmlNode* root = nullptr;
  for (const auto& block : page.blocks) {
    if (block.owners.empty()) continue;
    if (root == nullptr) root = block.owners.front();
    const double weight = prose_weight(block);
    const bool marks_structure = marks_a_reports_structure(block);
    for (std::size_t i = 0; i < block.owners.size(); ++i) {
      auto [entry, added] = prose.try_emplace(block.owners[i], 0.0);
      entry->second += weight;
      if (marks_structure) ++structure[block.owners[i]];
      if (added && i > 0) children[block.owners[i - 1]].push_back(block.owners[i]);
    }
  }
  if (root == nullptr) return nullptr;
  const xmlNode* container = root;
  for (;;) {
    const double total = prose[container];
    const xmlNode* next = nullptr;
    for (const xmlNode* child : children[container]) {
      if (total > 0 && prose[child] >= kDescendShare * total) next = child;
    }
    if (next == nullptr) {
      // The structure is unclear here: a known content container holding most of the prose decides (the
      // innermost such; candidates nest, since two disjoint ones cannot both hold most, so the choice never
      // depends on the map's order).
      const xmlNode* best = nullptr;
      for (const auto& [element, weight] : prose) {
        if (total > 0 && weight >= kHintShare * total && hinted(element) && is_below(element, container) &&
            (best == nullptr || weight < prose[best] || (weight == prose[best] && is_below(element, best))))
          best = element;
      }
      if (best == nullptr) best = the_structured_child(children[container], prose, structure, total);
      if (best == nullptr) break;
      next = best;
    }
    container = next;
  }
  return container;
}

// The text of a block without the spaces, dashes and no-break spaces around it (— END —, -END-).
std::u32string bare_text(const PageBlock& block) {
  constexpr std::u32string_view kAround = U" \u3000\u00a0\t—–-－_·";
  std::u32string text = decode_utf8(block.text);
  const auto first = text.find_first_not_of(kAround);
  if (first == std::u32string::npos) return {};
  return text.substr(first, text.find_last_not_of(kAround) - first + 1);
}

// What a WeChat account or a portal's editor sets after an article's signature and date: an END mark, a list of
// other articles (往期推荐), the credits (图文：法规股, 编辑：, 初审：, a news app's 一审：), a read count
// (阅读：1024), a call to read more or to follow the account, a mailbox for contributions. None of it opens a line of a
// report's own after its date (a 附件 line, an annex table).
bool opens_end_matter(const PageBlock& block) {
  const std::u32string text = bare_text(block);
  if (text == U"END" || text == U"end" || text == U"End" || text == U"THE END") return true;
  for (const std::u32string_view heading :
       {U"往期推荐", U"往期回顾", U"往期精彩", U"推荐阅读", U"延伸阅读", U"精彩推荐"}) {
    if (text.starts_with(heading)) return true;
  }
  for (const std::u32string_view prompt : {U"点击“阅读原文”", U"点击\"阅读原文\"", U"点击阅读原文", U"长按识别",
                                           U"长按二维码", U"扫码关注", U"关注我们", U"投稿邮箱", U"投稿信箱"}) {
    if (text.starts_with(prompt)) return true;
  }
  // The page's read count set under the text (阅读：1024, 浏览：312次), a label the artifact rules leave to a sentence.
  for (const std::u32string_view counter : {U"阅读", U"浏览", U"点击", U"访问"}) {
    if (text.starts_with(counter) && text.size() > counter.size() + 1 &&
        std::u32string_view(U"：:").find(text[counter.size()]) != std::u32string_view::npos) {
      std::u32string_view rest = std::u32string_view(text).substr(counter.size() + 1);
      while (!rest.empty() && rest.front() == U' ') rest.remove_prefix(1);
      if (rest.ends_with(U"次")) rest.remove_suffix(1);
      if (!rest.empty() && std::all_of(rest.begin(), rest.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }))
        return true;
    }
  }
  // A credit: its role, then a colon or a bar (图文：法规股, 责任编辑｜王敏).
  for (const std::u32string_view role :
       {U"图文", U"文字", U"文图", U"供稿", U"撰稿", U"编辑", U"责任编辑", U"责编", U"审核", U"初审", U"复审", U"终审",
        U"一审", U"二审", U"三审", U"校对", U"排版", U"美编", U"摄影"}) {
    if (text.starts_with(role) && text.size() > role.size() &&
        std::u32string_view(U"：:|｜").find(text[role.size()]) != std::u32string_view::npos)
      return true;
  }
  return false;
}

// After the report's date, the end matter a WeChat account or an editor appends is not the report's: from the first
// block of it right after a date line, nothing more is read (往期推荐's titles, 供稿：… would be the report's last
// lines, and its signature and date no longer its close).
void cut_end_matter_after_the_date(const ParsedPage& page, Article& article) {
  for (std::size_t k = 0; k + 1 < article.blocks.size(); ++k) {
    if (is_date_line(page.blocks[article.blocks[k]]) && opens_end_matter(page.blocks[article.blocks[k + 1]])) {
      article.blocks.resize(k + 1);
      return;
    }
  }
}

// HTML5's own article markup: an <article>'s <header> holds its title and the line of its date, source and read
// count (<time datetime>, 浏览 642 次), its <footer> the sharing and print links — the page's, as what sits above
// and below a content box is. Only the article's own: a <section>'s header may hold a part's heading (一、…).
bool in_the_articles_own(const PageBlock& block, std::string_view tag, const xmlNode* container) {
  return std::any_of(block.owners.begin(), block.owners.end(), [&](const xmlNode* owner) {
    if (element_name(owner) != tag || owner->parent == nullptr) return false;
    const xmlNode* parent = owner->parent;
    return (parent == container || is_below(parent, container) || is_below(container, parent)) &&
           element_name(parent) == "article";
  });
}

// The header's blocks leave the article's opening, so that its title and info line are read as those above a
// content box are (the title, web.published from the <time>); the footer's leave its end, a signature, a date or
// an 附件 line set in it staying the report's.
void set_apart_header_and_footer(const ParsedPage& page, Article& article) {
  auto& blocks = article.blocks;
  const auto in_header = [&](std::size_t i) {
    return in_the_articles_own(page.blocks[i], "header", article.container);
  };
  const auto first_kept = std::find_if_not(blocks.begin(), blocks.end(), in_header);
  if (first_kept == blocks.end()) return;  // all of it in a header: no report text to set apart
  blocks.erase(blocks.begin(), first_kept);
  while (blocks.size() > 1 && in_the_articles_own(page.blocks[blocks.back()], "footer", article.container) &&
         !is_closing_line(page.blocks[blocks.back()]) && !names_an_annex(page.blocks[blocks.back()]))
    blocks.pop_back();
}

// A sentence of the report that names documents by their links (组织学习<a>《中华人民共和国行政复议法》</a>和<a>
// 《优化营商环境条例》</a>。): words of its own beside the links, and the full stop ending a sentence. A list of
// other pages has neither (<a>关于…的通知</a> <a>…</a>).
bool is_a_sentence_with_links(const PageBlock& block) {
  constexpr std::size_t kFewestOwnCharacters = 3;
  if (block.characters < block.link_characters + kFewestOwnCharacters) return false;
  const std::u32string text = decode_utf8(block.text);
  const auto last = text.find_last_not_of(U" \u3000\u00a0\t\r\n");
  return last != std::u32string::npos && (text[last] == U'。' || text[last] == U'；' || text[last] == U'！');
}

// A cell that labels the value in the cell after it (索引号：, 发布机构：): short, closed by its colon.
bool is_a_label_cell(const PageBlock& block) {
  constexpr std::size_t kLongestLabel = 8;
  const std::string_view text(block.text);
  const auto end = text.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos || block.characters > kLongestLabel) return false;
  return text.substr(0, end + 1).ends_with("：") || text.substr(0, end + 1).ends_with(":");
}

// An information-disclosure table opening the content box (<td>索引号：</td><td>…</td><td>发布日期：</td><td>…</td>)
// is the page's, as the same table above the box is: its cells leave the article, to be read as header lines.
// A table is one when at least two of its cells, and a third of them, are labels: a table of figures has none.
void set_apart_an_opening_info_table(const ParsedPage& page, Article& article) {
  constexpr std::size_t kFewestLabels = 2;
  auto& blocks = article.blocks;
  if (blocks.empty() || !page.blocks[blocks.front()].table) return;
  const int table = *page.blocks[blocks.front()].table;
  std::size_t cells = 0, labels = 0;
  for (const auto& block : page.blocks) {
    if (block.table != table) continue;
    ++cells;
    labels += is_a_label_cell(block);
  }
  if (labels < kFewestLabels || labels * 3 < cells) return;
  const auto first_kept =
      std::find_if(blocks.begin(), blocks.end(), [&](std::size_t i) { return page.blocks[i].table != table; });
  if (first_kept == blocks.end()) return;
  blocks.erase(blocks.begin(), first_kept);
}

// A label over the attachments' links that names no annex itself (附件：, 相关附件：, 附件下载): with its links
// dropped as the page's, it is the page's too, not a line of the report closing it.
bool is_a_bare_attachment_label(const PageBlock& block) {
  std::u32string text = bare_text(block);
  while (!text.empty() && (text.back() == U'：' || text.back() == U':')) text.pop_back();
  for (const std::u32string_view label : {U"附件", U"相关附件", U"附件下载", U"下载附件", U"附件列表"}) {
    if (text == label) return true;
  }
  return false;
}

// The article's last block, when it is a bare attachment label whose links after it were set apart as a list of
// links: the label goes with them.
void set_apart_a_bare_attachment_label(const ParsedPage& page, Article& article) {
  if (article.blocks.empty() || !is_a_bare_attachment_label(page.blocks[article.blocks.back()])) return;
  const std::size_t label = article.blocks.back();
  const bool links_follow =
      std::any_of(article.link_lists.begin(), article.link_lists.end(), [&](std::size_t i) { return i > label; });
  if (!links_follow) return;
  article.blocks.pop_back();
  article.link_lists.insert(std::lower_bound(article.link_lists.begin(), article.link_lists.end(), label), label);
}

}  // namespace

Article find_article(const ParsedPage& page) {
  Article article;
  article.container = choose_container(page);
  if (article.container == nullptr) return article;
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const PageBlock& block = page.blocks[i];
    if (!inside(block, article.container)) continue;
    if (block.link_density() >= kLinkListDensity && !is_a_sentence_with_links(block)) {
      article.link_lists.push_back(i);
    } else {
      article.blocks.push_back(i);
    }
  }
  set_apart_a_bare_attachment_label(page, article);
  if (article.blocks.empty()) return article;
  set_apart_header_and_footer(page, article);
  set_apart_an_opening_info_table(page, article);
  extend_past_a_paragraph(page, article);
  // A signature and date set after the element that holds the prose, in its parent (…</div><p>河口镇人民政府
  // </p><p>2024年1月18日</p>): closing lines right after the article, up to a date.
  const xmlNode* scope = article_scope(article.container);
  if (const xmlNode* parent = scope != nullptr ? scope : article.container->parent; parent != nullptr) {
    constexpr std::size_t kMostClosingLines = 4;
    const std::size_t last = article.blocks.back();
    const auto closing = [&](std::size_t i) {
      return i < page.blocks.size() && i - last <= kMostClosingLines && inside(page.blocks[i], parent) &&
             !inside(page.blocks[i], article.container) && is_closing_line(page.blocks[i]);
    };
    std::size_t end = last + 1;
    while (closing(end) && !is_date_line(page.blocks[end])) ++end;
    if (closing(end)) {
      for (std::size_t i = last + 1; i <= end; ++i) article.blocks.push_back(i);
    }
  }
  cut_end_matter_after_the_date(page, article);
  article.first = article.blocks.front();
  // The visible title often sits above the content container: the last title-like element before it. Not
  // when the article opens with its own (a column's name above it is no title: 法治政府建设年度报告).
  const PageBlock& opening = page.blocks[article.first];
  if (looks_like_title_element(opening) && names_a_report(opening.text)) return article;
  for (std::size_t i = article.first; i-- > 0;) {
    const PageBlock& block = page.blocks[i];
    if (!looks_like_title_element(block) || block.link_density() >= kLinkListDensity) continue;
    const xmlNode* owner = block.owners.back();
    std::size_t first = i;
    while (first > 0 && !page.blocks[first - 1].owners.empty() && page.blocks[first - 1].owners.back() == owner)
      --first;
    std::string text;
    for (std::size_t k = first; k <= i; ++k) text += page.blocks[k].text;
    // A column's name or a box's heading is no title; a news story's headline naming no report is, when the
    // page's own <title> names the same headline (a column's name is short, and titles no story's page).
    if (!names_a_report(text) && (!headlines_the_page(text, page) || opens_with_a_report_title(opening))) continue;
    for (std::size_t k = first; k <= i; ++k) article.title.push_back(k);
    break;
  }
  return article;
}

}  // namespace docpipe::html
