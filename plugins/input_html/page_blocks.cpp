#include "page_blocks.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>
#include <set>
#include <stdexcept>
#include <string_view>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/superscripts.hpp"
#include "docpipe/text.hpp"
#include "table_grid.hpp"

namespace docpipe::html {

namespace {

bool is_wide(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

// A page's source breaks long lines anywhere. A line break between two Chinese characters is nothing, as
// CSS Text renders it (全年主持\n召开 is 全年主持召开); any other is a space, as are tabs.
std::string without_line_breaks(std::string_view content) {
  if (content.find_first_of("\n\r\t") == std::string_view::npos) return std::string(content);
  const std::u32string text = decode_utf8(content);
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != U'\n' && text[i] != U'\r' && text[i] != U'\t' && text[i] != U' ') {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    bool line_break = false;
    while (end < text.size() && (text[end] == U'\n' || text[end] == U'\r' || text[end] == U'\t' || text[end] == U' ')) {
      line_break = line_break || text[end] == U'\n' || text[end] == U'\r';
      ++end;
    }
    const bool between_wide = i > 0 && end < text.size() && is_wide(text[i - 1]) && is_wide(text[end]);
    if (!(line_break && between_wide)) out.append(end - i, U' ');
    i = end;
  }
  return encode_utf8(out);
}

// The last code point of a UTF-8 text, or "".
std::string last_code_point(std::string_view utf8) {
  std::size_t start = utf8.size();
  while (start > 0 && (static_cast<unsigned char>(utf8[start - 1]) & 0xC0) == 0x80) --start;
  if (start > 0) --start;
  return std::string(utf8.substr(start));
}

// The source text after `before` (the block's last character): a line break at its start is judged with that
// character, as one inside the text is.
std::string without_line_breaks_after(const std::string& before, std::string_view content) {
  if (before.empty() || content.empty() || content.find_first_of("\r\n") == std::string_view::npos)
    return without_line_breaks(content);
  std::string joined = before;
  joined += content;
  return without_line_breaks(joined).substr(before.size());
}

constexpr std::array<std::string_view, 16> kSkipped = {"script", "style",    "noscript", "iframe",  "select", "option",
                                                       "button", "input",    "textarea", "object",  "embed",  "svg",
                                                       "canvas", "template", "head",     "frameset"};
constexpr std::array<std::string_view, 35> kBlockLevel = {
    "html",  "body",  "div",    "p",          "h1",  "h2",      "h3",      "h4",     "h5",
    "h6",    "li",    "ul",     "ol",         "dl",  "dt",      "dd",      "table",  "tbody",
    "thead", "tfoot", "tr",     "td",         "th",  "section", "article", "header", "footer",
    "nav",   "aside", "center", "blockquote", "pre", "form",    "address", "caption"};

bool one_of(std::string_view name, const auto& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The simple selectors a page's own <style> blocks hide (.wap-only{display:none}, #share{visibility:hidden},
// p.hide{…}): a mobile copy of the article, a paragraph withdrawn from the report. Only rules outside an
// @media block (the page as a desktop browser draws it), only a class, an id or a tag with a class or id; a
// later rule showing the same selector again shows it. No external style sheet is read.
class HiddenSelectors {
 public:
  explicit HiddenSelectors(const std::vector<std::string>& styles) {
    for (const auto& style : styles) read_rules(without_comments(style));
  }

  bool hides(const xmlNode* element, std::string_view name) const {
    if (hidden_.empty()) return false;
    const std::string id = attribute(element, "id");
    if (!id.empty() && (hidden_.contains("#" + id) || hidden_.contains(std::string(name) + "#" + id))) return true;
    const std::string classes = attribute(element, "class");
    for (std::size_t from = 0; from < classes.size();) {
      const std::size_t end = std::min(classes.find_first_of(" \t\n\r", from), classes.size());
      const std::string word = classes.substr(from, end - from);
      if (!word.empty() && (hidden_.contains("." + word) || hidden_.contains(std::string(name) + "." + word)))
        return true;
      from = end + 1;
    }
    return false;
  }

 private:
  static std::string without_comments(const std::string& css) {
    std::string out;
    for (std::size_t i = 0; i < css.size();) {
      if (css.compare(i, 2, "/*") == 0) {
        const std::size_t end = css.find("*/", i + 2);
        i = end == std::string::npos ? css.size() : end + 2;
        continue;
      }
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(css[i++])));
    }
    return out;
  }

  static std::string without_spaces(std::string_view text) {
    std::string out;
    for (const char c : text) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
    }
    return out;
  }

  // A selector this rule can judge: .cls, #id, tag.cls, tag#id, nothing more (no descendant, no pseudo-class).
  static bool is_simple(std::string_view selector) {
    const std::size_t mark = selector.find_first_of(".#");
    if (mark == std::string_view::npos || mark + 1 >= selector.size()) return false;
    const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; };
    return std::all_of(selector.begin(), selector.begin() + static_cast<std::ptrdiff_t>(mark), word) &&
           std::all_of(selector.begin() + static_cast<std::ptrdiff_t>(mark) + 1, selector.end(), word);
  }

  void read_rules(const std::string& css) {
    int depth = 0;
    std::size_t from = 0;
    for (std::size_t i = 0; i < css.size(); ++i) {
      if (css[i] == '{') {
        const std::string selectors = without_spaces(std::string_view(css).substr(from, i - from));
        const std::size_t close = css.find('}', i);
        if (depth == 0 && !selectors.starts_with("@") && close != std::string::npos) {
          apply(selectors, without_spaces(std::string_view(css).substr(i + 1, close - i - 1)));
          from = i = close;
          ++from;
          continue;
        }
        ++depth;
        from = i + 1;
      } else if (css[i] == '}') {
        depth = std::max(0, depth - 1);
        from = i + 1;
      } else if (css[i] == ';' && depth == 0) {
        from = i + 1;  // an @import or @charset line
      }
    }
  }

  void apply(const std::string& selectors, const std::string& declarations) {
    const bool hides = declarations.find("display:none") != std::string::npos ||
                       declarations.find("visibility:hidden") != std::string::npos;
    const bool shows = declarations.find("display:") != std::string::npos ||
                       declarations.find("visibility:visible") != std::string::npos;
    if (!hides && !shows) return;
    for (std::size_t from = 0; from <= selectors.size();) {
      const std::size_t end = std::min(selectors.find(',', from), selectors.size());
      const std::string selector = selectors.substr(from, end - from);
      if (hides && is_simple(selector)) {
        hidden_.insert(selector);
      } else if (!hides) {
        shown_again(selector);
      }
      from = end + 1;
    }
  }

  // A rule showing an element the simple selectors hide: by the same selector, or by one that names its class or
  // id with more (.tab-pane{display:none} .tab-pane.active{display:block}: the active pane is drawn), which
  // this reading cannot judge, so the class or id no longer hides anything.
  void shown_again(const std::string& selector) {
    hidden_.erase(selector);
    for (std::size_t at = selector.find_first_of(".#"); at != std::string::npos;
         at = selector.find_first_of(".#", at + 1)) {
      std::size_t end = at + 1;
      while (end < selector.size() &&
             (std::isalnum(static_cast<unsigned char>(selector[end])) || selector[end] == '-' || selector[end] == '_'))
        ++end;
      const std::string named = selector.substr(at, end - at);
      std::erase_if(hidden_, [&](const std::string& hidden) { return hidden.ends_with(named); });
    }
  }

  std::set<std::string> hidden_;
};

// Text the browser does not draw: display:none, visibility:hidden, the hidden attribute (share counters, a
// paragraph withdrawn from the report), or a class or id the page's style hides. Not WeChat's js_content, hidden
// until its script has laid it out.
bool is_hidden(const xmlNode* element, std::string_view name, const HiddenSelectors& hidden_by_style) {
  if (attribute(element, "id") == "js_content") return false;
  if (xmlHasProp(element, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  std::string style = attribute(element, "style");
  std::erase_if(style, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos ||
         hidden_by_style.hides(element, name);
}

// Whether an element's own style sets its text's size to nothing (font-size:0, 0px, 0pt, 0em; the font:0/0
// shorthand): such text is not drawn — a watermark some portals hide in the report's sentences
// (办理案件<span style="font-size:0">某某网</span>12件) — unless an element inside sets a size again, as the
// inline-block layout trick does (<ul style="font-size:0"><li style="font-size:14px">…). nullopt when it sets none.
std::optional<bool> sets_zero_font_size(const xmlNode* element) {
  std::string style = attribute(element, "style");
  std::erase_if(style, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  for (auto& c : style) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::optional<bool> zero;
  for (std::size_t from = 0; from < style.size();) {
    const std::size_t end = std::min(style.find(';', from), style.size());
    const std::string_view declaration = std::string_view(style).substr(from, end - from);
    from = end + 1;
    std::string_view value;
    if (declaration.starts_with("font-size:")) {
      value = declaration.substr(std::string_view("font-size:").size());
    } else if (declaration.starts_with("font:")) {
      value = declaration.substr(std::string_view("font:").size());
      if (value.starts_with("0/"))
        value = "0";  // font:0/0 a
      else
        continue;  // a shorthand's size is not read otherwise
    } else {
      continue;
    }
    if (value.ends_with("!important")) value.remove_suffix(std::string_view("!important").size());
    std::size_t digits = 0;
    while (digits < value.size() && (value[digits] == '0' || value[digits] == '.')) ++digits;
    const std::string_view unit = value.substr(digits);
    zero = digits > 0 && (unit.empty() || unit == "px" || unit == "pt" || unit == "em" || unit == "rem" ||
                          unit == "%" || unit == "vw" || unit == "vh");
  }
  return zero;
}

// Text whose source line breaks the browser shows (<pre>, white-space:pre, pre-wrap, pre-line): each source
// line is a line on the screen, as a text file's is.
bool keeps_line_breaks(const xmlNode* element, std::string_view name) {
  if (name == "pre" || name == "listing" || name == "xmp" || name == "plaintext") return true;
  std::string style = attribute(element, "style");
  std::erase_if(style, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  for (const std::string_view kept : {"white-space:pre", "white-space:break-spaces"}) {
    if (style.find(kept) != std::string::npos) return true;  // pre, pre-wrap and pre-line too
  }
  return false;
}

// Word's HTML export writes a paragraph's outline level (大纲级别, a heading's level whatever its style) as
// mso-outline-level:n in its style; 0 when it writes none. Levels beyond 9 are body text, as in DOCX.
int word_outline_level(const xmlNode* element) {
  std::string style = attribute(element, "style");
  std::erase_if(style, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  constexpr std::string_view kProperty = "mso-outline-level:";
  const std::size_t at = style.find(kProperty);
  if (at == std::string::npos) return 0;
  const std::size_t digit = at + kProperty.size();
  if (digit >= style.size() || style[digit] < '1' || style[digit] > '9') return 0;
  const bool one_digit = digit + 1 >= style.size() || style[digit + 1] < '0' || style[digit + 1] > '9';
  return one_digit ? style[digit] - '0' : 0;
}

std::string lower(const xmlChar* name) {
  std::string out(name == nullptr ? "" : reinterpret_cast<const char*>(name));
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// An <ol>'s numbering as a browser draws it when the list declares it (list-style-type or type): 一、 for the
// Chinese styles, 1. for decimal; none for a <ul>, an undeclared style or one no report numbers its parts with.
struct ListCounter {
  enum class Style { none, chinese, decimal } style = Style::none;
  int next = 1;
};

ListCounter list_counter(const xmlNode* list, bool ordered) {
  ListCounter counter;
  if (!ordered) return counter;
  std::string style = attribute(list, "style");
  std::erase(style, ' ');
  const auto declared = style.find("list-style-type:");
  const std::string type = declared == std::string::npos
                               ? attribute(list, "type")
                               : style.substr(declared + 16, style.find(';', declared) - declared - 16);
  // Only a numbering the list declares: a portal's style sheet often resets lists (ol{list-style:none}), which a
  // page's own markup does not show.
  if (type.find("chinese") != std::string::npos || type == "cjk-ideographic") {
    counter.style = ListCounter::Style::chinese;
  } else if (type == "1" || type == "decimal") {
    counter.style = ListCounter::Style::decimal;
  }
  if (const std::string start = attribute(list, "start"); !start.empty()) {
    counter.next = std::max(1, std::atoi(start.c_str()));
  }
  return counter;
}

std::string list_marker(ListCounter& counter) {
  const int number = counter.next++;
  switch (counter.style) {
    case ListCounter::Style::chinese:
      return encode_utf8(to_chinese_numeral(number)) + "、";
    case ListCounter::Style::decimal:
      return std::to_string(number) + ".";
    case ListCounter::Style::none:
      break;
  }
  return {};
}

// A table being walked: where its cells stand, and its number among the tables of figures (none for a layout
// table).
struct OpenTable {
  TableGrid grid;
  std::optional<int> number;
};

// The cell of a table of figures being walked: all its text is one block, as a Word table's cell is.
struct OpenCell {
  int table = 0;
  GridPlace place;
};

class Walker {
 public:
  Walker(ParsedPage& page, const HiddenSelectors& hidden_by_style) : page_(page), hidden_by_style_(hidden_by_style) {}

  void walk(const xmlNode* node) {
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) visit(child);
  }

  void flush() {
    settle_line_break();
    const std::size_t characters = visible_code_points(current_.text);
    if (characters > 0) {
      current_.characters = characters;
      current_.owners = owners_;
      current_.heading_tag = heading_tag_;
      current_.outline_level = owners_.empty() ? 0 : word_outline_level(owners_.back());
      // Only the block's own element centres it: a layout table's align=center centres nothing.
      current_.centred = !owners_.empty() && is_centred(owners_.back());
      current_.after_blank_line = blank_line_before_;
      current_.after_line_break = line_break_before_;
      blank_line_before_ = false;
      if (cell_) {
        current_.table = cell_->table;
        current_.row = cell_->place.row;
        current_.column = cell_->place.column;
      }
      page_.blocks.push_back(std::move(current_));
    }
    line_break_before_ = false;
    current_ = PageBlock{};
  }

 private:
  void visit(const xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      text(reinterpret_cast<const char*>(node->content));
    } else if (node->type == XML_ELEMENT_NODE) {
      element(node);
    }
  }

  // A source line break at the end of a text node is judged with the text after it, which may be in the next
  // element (<span>全年主持召开</span>⏎<span>法治专题会议</span> is 全年主持召开法治专题会议), as CSS Text
  // judges it across inline elements: it waits here until that text comes.
  void text(const char* content) {
    if (content == nullptr || zero_font_) return;
    if (preformatted_depth_ > 0) return preformatted_text(content);
    std::string source = pending_line_break_ + content;
    pending_line_break_.clear();
    const auto last = source.find_last_not_of(" \t\r\n");
    const std::size_t kept = last == std::string::npos ? 0 : last + 1;
    if (source.find_first_of("\r\n", kept) != std::string::npos) {
      pending_line_break_ = source.substr(kept);
      source.resize(kept);
    }
    if (source.empty()) return;
    append(without_line_breaks_after(last_code_point(current_.text), source));
  }

  void append(const std::string& piece) {
    const std::size_t characters = visible_code_points(piece);
    if (link_depth_ > 0) current_.link_characters += characters;
    if (bold_depth_ > 0) current_.bold_characters += characters;
    current_.text += piece;
  }

  // Preformatted text keeps its source lines: each ends a block, as a <br> does, and an empty line is marked on
  // the line after it (a paragraph's end, for the reflow of hard-wrapped lines). Tabs are spaces.
  void preformatted_text(std::string_view content) {
    settle_line_break();
    for (;;) {
      const std::size_t end = content.find('\n');
      std::string line(content.substr(0, end));
      std::erase(line, '\r');
      std::replace(line.begin(), line.end(), '\t', ' ');
      append(line);
      if (end == std::string_view::npos) return;
      if (!cell_ && visible_code_points(current_.text) == 0 && !page_.blocks.empty()) blank_line_before_ = true;
      break_line();
      content.remove_prefix(end + 1);
    }
  }

  // A line break no text followed in the block is a space, as it was.
  void settle_line_break() {
    current_.text += std::string(decode_utf8(pending_line_break_).size(), ' ');
    pending_line_break_.clear();
  }

  // Inside a cell of a table of figures, a paragraph or line break parts the cell's words by a space: a cell
  // is one value (行政<br>处罚 is 行政 处罚), as input.docx joins a Word cell's paragraphs.
  void break_line() {
    if (!cell_) return flush();
    settle_line_break();
    if (!current_.text.empty() && current_.text.back() != ' ') current_.text += ' ';
  }

  void element(const xmlNode* node) {
    const bool outer_zero_font = zero_font_;
    if (const auto zero = sets_zero_font_size(node)) zero_font_ = *zero;
    drawn_element(node);
    zero_font_ = outer_zero_font;
  }

  void drawn_element(const xmlNode* node) {
    const std::string name = lower(node->name);
    if (one_of(name, kSkipped) || is_hidden(node, name, hidden_by_style_)) return;
    if (name == "br" && !cell_ && preformatted_depth_ == 0) {
      // Only a <br> after text in the block: <br><br> or a <br> opening an element parts paragraphs.
      const bool after_text = visible_code_points(current_.text) > 0;
      flush();
      line_break_before_ = after_text;
      return;
    }
    if (name == "br" || name == "hr") return break_line();
    if (keeps_line_breaks(node, name)) {
      ++preformatted_depth_;
      visit_element(node, name);
      --preformatted_depth_;
      if (current_.text.empty()) blank_line_before_ = false;  // an empty line closing it is no paragraph's
      return;
    }
    visit_element(node, name);
  }

  void visit_element(const xmlNode* node, const std::string& name) {
    if (attribute(node, "id") == "publish_time") {  // a WeChat article's publication time, under its title
      xmlChar* content = xmlNodeGetContent(node);
      if (content != nullptr) page_.publish_time = reinterpret_cast<const char*>(content);
      xmlFree(content);
    }
    if (name == "time") {
      if (const std::string datetime = attribute(node, "datetime"); !datetime.empty()) {
        page_.time_elements.emplace_back(page_.blocks.size(), datetime);
      }
    }
    if (name == "a") {
      link(node);
      ++link_depth_;
      walk(node);
      --link_depth_;
      return;
    }
    if (name == "sup" && superscript(node)) return;
    if (name == "strong" || name == "b") {
      ++bold_depth_;
      walk(node);
      --bold_depth_;
      return;
    }
    if (!one_of(name, kBlockLevel)) return walk(node);
    if (cell_) {
      break_line();
      return walk(node);
    }

    flush();
    if (name == "table") return table(node);
    if (const auto cell = data_cell(node)) return table_cell(node, *cell);
    const int heading = name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' ? name[1] - '0' : 0;
    if (name == "ol" || name == "ul") lists_.push_back(list_counter(node, name == "ol"));
    // The item's number opens its text, as the browser shows it (a lone number joins the block after it).
    if (name == "li" && !lists_.empty()) {
      if (const std::string value = attribute(node, "value"); !value.empty()) {
        lists_.back().next = std::max(1, std::atoi(value.c_str()));
      }
      current_.text = list_marker(lists_.back());
    }
    owners_.push_back(node);
    const int outer_heading = heading_tag_;
    if (heading) heading_tag_ = heading;
    walk(node);
    flush();
    heading_tag_ = outer_heading;
    owners_.pop_back();
    if (name == "ol" || name == "ul") lists_.pop_back();
  }

  // A table's rows in the order a browser draws them (its <thead> on top, its <tfoot> at the foot). Only a table
  // of figures is numbered: a layout table around the article is none.
  void table(const xmlNode* node) {
    OpenTable open{lay_out_table(node), std::nullopt};
    if (!open.grid.layout) open.number = tables_of_figures_++;
    const std::vector<const xmlNode*> drawn_order = open.grid.drawn_order;
    tables_.push_back(std::move(open));
    owners_.push_back(node);
    for (const xmlNode* child : drawn_order) visit(child);
    flush();
    owners_.pop_back();
    tables_.pop_back();
  }

  // A cell of a table of figures at its place in the table's grid; a layout table's cell (one holding the
  // article or another table) is no cell, its paragraphs are paragraphs.
  std::optional<OpenCell> data_cell(const xmlNode* node) const {
    if (tables_.empty() || !tables_.back().number) return std::nullopt;
    const auto placed = tables_.back().grid.cells.find(node);
    if (placed == tables_.back().grid.cells.end()) return std::nullopt;
    return OpenCell{*tables_.back().number, placed->second};
  }

  void table_cell(const xmlNode* node, const OpenCell& cell) {
    owners_.push_back(node);
    cell_ = cell;
    walk(node);
    flush();
    cell_.reset();
    owners_.pop_back();
  }

  // A <sup> that is a footnote's mark (调解矛盾纠纷<sup>1</sup>183件 would read 1183件) is dropped and recorded;
  // a unit's power (1,200m<sup>2</sup>) is the superscript digit, as Word and PDFs write it (1,200m²). False for
  // any other <sup>, whose text is read.
  bool superscript(const xmlNode* node) {
    xmlChar* content = xmlNodeGetContent(node);
    std::u32string mark = decode_utf8(content == nullptr ? "" : reinterpret_cast<const char*>(content));
    xmlFree(content);
    std::erase_if(mark,
                  [](char32_t c) { return c == U' ' || c == U'\n' || c == U'\r' || c == U'\t' || c == U'\u00a0'; });
    if ((mark == U"2" || mark == U"3") && ends_with_a_metric_unit_after_a_number(decode_utf8(current_.text))) {
      text(mark == U"2" ? "²" : "³");
      return true;
    }
    if (!is_footnote_mark(mark)) return false;
    if (ends_with_a_power_of_ten(decode_utf8(current_.text))) {  // 1.2×10<sup>4</sup> is 1.2×10⁴
      text(encode_utf8(as_superscript(mark)).c_str());
      return true;
    }
    page_.footnote_marks.push_back(encode_utf8(mark));
    return true;
  }

  void link(const xmlNode* node) {
    xmlChar* content = xmlNodeGetContent(node);
    std::string label = content == nullptr ? "" : reinterpret_cast<const char*>(content);
    xmlFree(content);
    xmlChar* href = xmlGetProp(node, reinterpret_cast<const xmlChar*>("href"));
    if (href != nullptr) {
      page_.links.push_back({std::move(label), reinterpret_cast<const char*>(href)});
      xmlFree(href);
    }
  }

  static bool is_centred(const xmlNode* element) {
    std::string style = attribute(element, "style");
    std::erase(style, ' ');
    return lower(element->name) == "center" || attribute(element, "align") == "center" ||
           style.find("text-align:center") != std::string::npos;
  }

  ParsedPage& page_;
  const HiddenSelectors& hidden_by_style_;
  PageBlock current_;
  std::vector<const xmlNode*> owners_;
  std::vector<OpenTable> tables_;  // the tables the walk is in, innermost last
  std::optional<OpenCell> cell_;   // the cell of a table of figures the walk is in
  std::vector<ListCounter> lists_;
  int tables_of_figures_ = 0;
  int link_depth_ = 0;
  int bold_depth_ = 0;
  int heading_tag_ = 0;
  int preformatted_depth_ = 0;      // inside <pre> or white-space:pre…
  bool blank_line_before_ = false;  // an empty preformatted line came before the next block
  bool line_break_before_ = false;  // a <br> came right before the next block
  bool zero_font_ = false;          // inside an element whose text is sized to nothing
  std::string pending_line_break_;  // the spaces and line break ending the last text node, until text follows
};

// An attribute's value as written (a link's case kept), or "".
std::string written_attribute(const xmlNode* element, const char* name) {
  xmlChar* value = xmlGetProp(element, reinterpret_cast<const xmlChar*>(name));
  std::string out = value == nullptr ? "" : reinterpret_cast<const char*>(value);
  xmlFree(value);
  return out;
}

// Where an element showing something other than text (a PDF in an <iframe>, a <frame>, an <img>) takes it from.
void read_shown_source(const xmlNode* element, const std::string& name, ParsedPage& page) {
  if (name == "iframe" || name == "embed" || name == "object") {
    if (std::string source = written_attribute(element, name == "object" ? "data" : "src"); !source.empty())
      page.embedded.push_back(std::move(source));
  } else if (name == "frame") {
    if (std::string source = written_attribute(element, "src"); !source.empty())
      page.frames.push_back(std::move(source));
  } else if (name == "img") {
    page.images.push_back(written_attribute(element, "src"));
  }
}

// What the page says of itself anywhere in its tree: <meta>, <title>, its scripts, a password field, what it
// embeds.
void read_head(const xmlNode* node, ParsedPage& page) {
  for (const xmlNode* child = node; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    const std::string name = lower(child->name);
    if (name == "meta") {
      std::string key = attribute(child, "name");
      if (key.empty()) key = attribute(child, "http-equiv");
      xmlChar* content = xmlGetProp(child, reinterpret_cast<const xmlChar*>("content"));
      if (!key.empty() && content != nullptr) page.meta.emplace_back(key, reinterpret_cast<const char*>(content));
      xmlFree(content);
    } else if (name == "title" && page.title.empty()) {
      xmlChar* content = xmlNodeGetContent(child);
      if (content != nullptr) page.title = reinterpret_cast<const char*>(content);
      xmlFree(content);
    } else if (name == "script") {
      xmlChar* content = xmlNodeGetContent(child);
      if (content != nullptr) page.scripts.emplace_back(reinterpret_cast<const char*>(content));
      xmlFree(content);
    } else if (name == "style") {
      xmlChar* content = xmlNodeGetContent(child);
      if (content != nullptr) page.styles.emplace_back(reinterpret_cast<const char*>(content));
      xmlFree(content);
    } else if (name == "input" && attribute(child, "type") == "password") {
      page.password_field = true;
    }
    read_shown_source(child, name, page);
    read_head(child->children, page);
  }
}

// Pages pasted from Word keep its downlevel-revealed conditionals around list numbers
// (<![if !supportLists]>（一）<![endif]>): browsers drop the two markers and show what is between them, but
// libxml2 reads them as text.
bool has_revealed_conditionals(const std::string& source) {
  return source.find("<![if") != std::string::npos || source.find("<![endif") != std::string::npos;
}

std::string without_revealed_conditionals(const std::string& source) {
  std::string out;
  out.reserve(source.size());
  for (std::size_t i = 0; i < source.size();) {
    const std::string_view rest = std::string_view(source).substr(i);
    const bool marker = rest.starts_with("<![if") || rest.starts_with("<![endif");
    const std::size_t close = marker ? rest.find("]>") : std::string_view::npos;
    if (close != std::string_view::npos && rest.substr(0, close).find('<', 1) == std::string_view::npos) {
      i += close + 2;
      continue;
    }
    out += source[i++];
  }
  return out;
}

}  // namespace

std::string element_name(const xmlNode* node) {
  return node != nullptr && node->type == XML_ELEMENT_NODE ? lower(node->name) : std::string();
}

std::size_t visible_code_points(std::string_view utf8) {
  std::size_t count = 0;
  for (const char32_t c : decode_utf8(utf8)) count += c != U' ' && c != 0x3000 && c != 0xA0;
  return count;
}

std::string attribute(const xmlNode* element, const char* name) {
  xmlChar* value = xmlGetProp(element, reinterpret_cast<const xmlChar*>(name));
  std::string out = lower(value);
  xmlFree(value);
  return out;
}

ParsedPage parse_page(const std::string& source) {
  ParsedPage page;
  const std::string cleaned = has_revealed_conditionals(source) ? without_revealed_conditionals(source) : "";
  const std::string& utf8 = cleaned.empty() ? source : cleaned;
  // The bytes are UTF-8 already: the explicit encoding keeps libxml2 from following the page's <meta>.
  page.tree.reset(htmlReadMemory(
      utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT));
  const xmlNode* root = page.tree ? xmlDocGetRootElement(page.tree.get()) : nullptr;
  if (root == nullptr) throw std::runtime_error("not a readable HTML page: the parser found no elements");
  read_head(root, page);
  const HiddenSelectors hidden_by_style(page.styles);
  Walker walker(page, hidden_by_style);
  walker.walk(reinterpret_cast<const xmlNode*>(page.tree.get()));
  walker.flush();
  return page;
}

}  // namespace docpipe::html
