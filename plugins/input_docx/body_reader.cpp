#include "body_reader.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docpipe/contents_lines.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/layout_tables.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/line_breaks.hpp"
#include "docpipe/paragraph_assembly.hpp"
#include "docpipe/phonetic_guides.hpp"
#include "docpipe/placeholder_prompts.hpp"
#include "docpipe/safe_xml.hpp"
#include "docpipe/superscripts.hpp"
#include "docpipe/symbol_fonts.hpp"
#include "docpipe/tab_tables.hpp"
#include "docpipe/text.hpp"
#include "pasted_page.hpp"
#include "run_text.hpp"

namespace docpipe::docx {

namespace {

bool is_any(const xmlNode* node, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    if (is_element(node, name)) return true;
  }
  return false;
}

int int_value(const xmlNode* node, int fallback) {
  const std::string value = attribute(node, "val");
  if (value.empty()) return fallback;
  try {
    return std::stoi(value);
  } catch (const std::exception&) {
    return fallback;
  }
}

// A content control still showing its placeholder (单击或点击此处输入日期。): nothing was entered. showingPlcHdr is an
// on/off property: w:val="0" says the control shows what was entered.
bool is_placeholder(const xmlNode* node) {
  if (!is_element(node, "sdt")) return false;
  const xmlNode* showing = child_element(child_element(node, "sdtPr"), "showingPlcHdr");
  if (showing == nullptr) return false;
  const std::string value = attribute(showing, "val");
  return value != "0" && value != "false" && value != "off";
}

// An element of a table (a row, a cell) and whether a content control still showing its placeholder holds it: a
// cell-level control whose runs are not in the placeholder style (Word's placeholder for a cell is the control's).
struct TablePart {
  const xmlNode* node = nullptr;
  bool placeholder = false;
};

// The elements of `name` (tr in a table, tc in a row) in reading order, also inside the wrappers Word puts around
// them (a content control, custom XML, a tracked insertion), never a deleted one's.
void collect(const xmlNode* node, const char* name, std::vector<TablePart>& out, bool in_placeholder = false) {
  for (const xmlNode* child = node ? node->children : nullptr; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_element(child, name)) {
      out.push_back({child, in_placeholder});
    } else if (is_any(child, {"sdt", "sdtContent", "customXml", "ins", "moveTo"})) {
      collect(child, name, out, in_placeholder || is_placeholder(child));
    }
  }
}
std::vector<TablePart> collected(const xmlNode* node, const char* name) {
  std::vector<TablePart> out;
  collect(node, name, out);
  return out;
}

using layout_tables::CellContent;

std::size_t visible_code_points(std::string_view utf8) { return layout_tables::visible_code_points(utf8); }

void measure(const xmlNode* node, CellContent& content, const CellContent& enough) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (content.code_points > enough.code_points || content.paragraphs > enough.paragraphs) return;
    if (child->type != XML_ELEMENT_NODE || is_any(child, {"del", "moveFrom", "Fallback", "rt"})) continue;
    if (is_element(child, "t")) {
      std::string scratch;
      content.code_points += visible_code_points(text_view(child, scratch));
    } else if (is_element(child, "p")) {
      const std::size_t before = content.code_points;
      measure(child, content, enough);
      content.paragraphs += content.code_points > before ? 1 : 0;
    } else {
      measure(child, content, enough);
    }
  }
}

// A cell of more text or more paragraphs than any table of figures puts in one (layout_tables.hpp).
bool holds_an_article(const xmlNode* cell) {
  CellContent content;
  measure(cell, content, layout_tables::kLargestDataCell);
  return layout_tables::holds_an_article(content);
}

// Word's tables have at most 63 columns: a hostile gridBefore or gridSpan is held to this, so that columns stay
// small numbers that a table's readers may walk.
constexpr int kWidestGrid = 1000;

// The grid columns a row leaves empty before its first cell (w:gridBefore: a row starting under the second
// column); its cells stand that far right. A row ending early (w:gridAfter) needs nothing.
int grid_columns_before(const xmlNode* row) {
  return std::clamp(int_value(child_element(child_element(row, "trPr"), "gridBefore"), 0), 0, kWidestGrid);
}

bool holds_a_table(const xmlNode* node) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || is_any(child, {"del", "moveFrom", "Fallback", "rt"})) continue;
    if (is_element(child, "tbl") || holds_a_table(child)) return true;
  }
  return false;
}

// The visible text of a cell, up to `limit` code points and one more (enough to tell a short cell).
void short_text(const xmlNode* node, std::u32string& out, std::size_t limit) {
  for (const xmlNode* child = node->children; child != nullptr && out.size() <= limit; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || is_any(child, {"del", "moveFrom", "Fallback", "rt"})) continue;
    if (is_element(child, "t")) {
      std::string scratch;
      for (const char32_t c : decode_utf8(text_view(child, scratch))) {
        if (c != U' ' && c != U'\t' && c != 0x3000 && c != 0xA0) out.push_back(c);
      }
    } else {
      short_text(child, out, limit);
    }
  }
}

// A cell that holds a number and at most a short unit after it (layout_tables.hpp).
bool holds_a_number(const xmlNode* cell) {
  std::u32string text;
  short_text(cell, text, layout_tables::kLongestNumberCell);
  return layout_tables::holds_a_number(text);
}

// A table is the layout of text, not a table of figures, when one of its cells holds another table, or an article
// in a table with no column of numbers (a long 备注 or 完成情况 cell beside cells of figures or serial numbers is a
// table's): its cells' paragraphs are then the document's paragraphs, headings and all, it takes no table number,
// and a table inside it is read as a table of its own (as input.html reads the innermost table of figures).
bool lays_out_text(const std::vector<TablePart>& rows) {
  bool article = false;
  std::size_t numbers = 0;
  for (const TablePart& row : rows) {
    for (const TablePart& cell : collected(row.node, "tc")) {
      if (row.placeholder || cell.placeholder) continue;
      if (holds_a_table(cell.node)) return true;
      article = article || holds_an_article(cell.node);
      numbers += holds_a_number(cell.node) ? 1 : 0;
    }
  }
  return layout_tables::lays_out_text(article, numbers);
}

std::u32string without_spaces(std::string_view text) {
  std::u32string out = decode_utf8(text);
  std::erase_if(out, [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\u00a0' || c == U'\u3000'; });
  return out;
}

// A paragraph set to the right margin (w:jc right or end): a signature or its date, whose lines stay apart.
void spaces_for_tabs(std::vector<std::string>& segments) {
  for (auto& segment : segments) std::replace(segment.begin(), segment.end(), '\t', ' ');
}

bool is_right_aligned(const xmlNode* properties) {
  const std::string alignment = attribute(child_element(properties, "jc"), "val");
  return alignment == "right" || alignment == "end";
}

// Text shows when no open field is in its code or has its result replaced.
bool shows_field_text(const std::vector<OpenField>& fields) {
  return std::none_of(fields.begin(), fields.end(),
                      [](const OpenField& field) { return field.in_code || field.result_replaced; });
}

// A character of a symbol font (w:sym) as Unicode: the ones reports use between figures (120×80米) and as
// marks. Any other is a space, so that the digits around it never join into one figure.
std::string symbol_text(const xmlNode* sym) {
  const std::string font = attribute(sym, "font");
  unsigned code = 0;
  try {
    code = static_cast<unsigned>(std::stoul(attribute(sym, "char"), nullptr, 16)) & 0xFFu;
  } catch (const std::exception&) {
    return " ";
  }
  const auto known = font == "Symbol"                ? symbol_font_character(SymbolFont::symbol, code)
                     : font.starts_with("Wingdings") ? symbol_font_character(SymbolFont::wingdings, code)
                                                     : std::string_view();
  return known.empty() ? std::string(" ") : std::string(known);
}

// A tab stop with a leader (dots, a rule) in the paragraph's own properties or its style's (along basedOn, where a
// typed table of contents' own style sets it): how a table of contents runs a heading out to its page number. The
// paragraph may clear a stop its style sets.
bool declares_a_leader_tab(const xmlNode* properties, const Styles& styles, const std::string& style) {
  std::map<int, bool> stops = tab_stops_in(properties);
  for (const int position : styles.leader_tab_stops(style)) stops.emplace(position, true);  // own stops decide
  return std::any_of(stops.begin(), stops.end(), [](const auto& stop) { return stop.second; });
}

}  // namespace

std::vector<SourceParagraph> BodyReader::read(const xmlNode* body) {
  std::vector<SourceParagraph> out;
  block_container(body, out);
  if (!carried_.empty()) out.push_back({std::exchange(carried_, {}), {}});  // the last paragraph's mark deleted
  std::vector<bool> after_blank(out.size());
  for (const std::size_t at : blank_before_) {
    if (at < after_blank.size()) after_blank[at] = true;
  }
  tab_tables::split_paragraph_rows(out, after_blank);
  return out;
}

void BodyReader::block_container(const xmlNode* node, std::vector<SourceParagraph>& out) {
  for (const xmlNode* child = node ? node->children : nullptr; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_element(child, "p")) {
      paragraph(child, out);
    } else if (is_element(child, "tbl")) {
      table(child, out);
    } else if (is_any(child, {"del", "moveFrom", "sectPr", "Fallback"}) || is_placeholder(child)) {
      continue;  // deleted or moved-away content, section settings, the duplicate of a text box, a placeholder
    } else if (is_element(child, "altChunk")) {
      ++imported_chunks_;
    } else {
      block_container(child, out);  // sdt, sdtContent, customXml, ins, moveTo, AlternateContent/Choice …
    }
  }
}

void BodyReader::paragraph(const xmlNode* p, std::vector<SourceParagraph>& out) {
  const xmlNode* properties = child_element(p, "pPr");
  std::string style = attribute(child_element(properties, "pStyle"), "val");
  if (style.empty()) style = styles_.default_paragraph_style();

  const Styles::ParagraphStyle& styled = styles_.paragraph_style(style);
  Block hints;
  hints.style = styled.name;
  hints.heading_level = styled.heading_level;
  // The paragraph's own outline level overrides its style's: level 9 (Word's "body text") makes a paragraph in a
  // heading style body text.
  if (const xmlNode* outline = child_element(properties, "outlineLvl")) {
    const int level = int_value(outline, -1);
    if (level >= 0 && level < 9) hints.heading_level = level + 1;
    if (level >= 9) hints.heading_level.reset();
  }
  if (hints.heading_level) hints.kind = BlockKind::heading;

  std::optional<std::pair<int, int>> numbered = styled.numbering;
  // A style linked to a level of its list (the level's w:pStyle) is numbered at that level (ECMA-376 §17.9.23), as
  // Word numbers a heading style that writes only its list's numId.
  if (numbered) {
    if (const auto linked = numbering_.level_of_style(numbered->first, style)) numbered->second = *linked;
  }
  if (const xmlNode* numbering = child_element(properties, "numPr")) {
    const int num_id = int_value(child_element(numbering, "numId"), numbered ? numbered->first : 0);
    const int level = int_value(child_element(numbering, "ilvl"), numbered ? numbered->second : 0);
    numbered = std::make_pair(num_id, level);
  }

  Inline state;
  state.bold_by_style = styled.bold;
  state.hidden_by_style = styled.hidden;
  const bool in_contents_field = in_contents_field_;
  inline_content(p, state);
  // A tab stays one only in a body paragraph of one line outside a table, where it may part the cells of a table
  // pasted as text (docpipe/tab_tables.hpp, judged over the whole body); anywhere else it is the space it shows as.
  if (cells_open_ > 0 || state.segments.size() > 1 || hints.heading_level || numbered) spaces_for_tabs(state.segments);
  // A TOC field still open at the paragraph's end holds the paragraphs after it, up to its end.
  for (const OpenField& field : state.fields) {
    if (field.contents) in_contents_field_ = true;
  }
  if (styled.contents || is_contents_entry(properties, style, state, in_contents_field || state.contents_field_seen)) {
    set_aside_as_contents(state, out);
    return;
  }
  // A deleted paragraph mark (a tracked change) joins the paragraph to the next, as Word shows it; a deleted
  // paragraph with no text left takes no number of its list. A mark moved away (w:moveFrom: the paragraph was
  // dragged elsewhere with tracking on) is gone from here likewise: its number is taken where it was moved to.
  const xmlNode* mark_properties = child_element(properties, "rPr");
  const bool mark_deleted =
      child_element(mark_properties, "del") != nullptr || child_element(mark_properties, "moveFrom") != nullptr;
  if (mark_deleted) {
    for (const auto& segment : state.segments) carried_ += segment;
    for (const xmlNode* box : state.text_boxes) block_container(box, out);
    return;
  }
  std::string label;
  if (numbered) label = numbering_.next_label(numbered->first, numbered->second);
  // In a heading (its style or outline level, a heading's number from Word or written, or all in bold) a line break
  // that only wraps it is no break; a body paragraph's, a numbered item's, a signature's and a table cell's stay.
  const bool all_bold = state.characters > 0 && state.bold_characters == state.characters;
  if (cells_open_ == 0 && state.segments.size() > 1 && !is_right_aligned(properties) &&
      (hints.heading_level || line_breaks::marks_a_heading(label) || all_bold ||
       line_breaks::marks_a_heading(state.segments.front()))) {
    line_breaks::join_heading_wraps(state.segments);
  }
  // A short paragraph all in bold, on one line and styled as body text: a heading hint, as the HTML reader gives
  // for a bold line (WPS documents head their topics so, with no number and no heading style).
  constexpr std::size_t kLongestBoldLine = 120;  // bytes: some 40 characters
  if (!hints.heading_level && state.segments.size() == 1 && all_bold &&
      state.segments.front().size() <= kLongestBoldLine) {
    hints.style = "bold";
  }
  if (!carried_.empty()) {
    state.segments.front().insert(0, carried_);
    carried_.clear();
  }
  if (!label.empty()) {
    hints.numbering_label = label.back() == ' ' ? label.substr(0, label.size() - 1) : label;
    state.segments.front().insert(0, label);
  }
  line_breaks::join_visual_wraps(state.segments);  // after the label, which may make the first line a heading's
  const bool blank = std::all_of(state.segments.begin(), state.segments.end(),
                                 [](const std::string& segment) { return segment.empty(); });
  if (blank && cells_open_ == 0 && state.text_boxes.empty()) {
    blank_before_.push_back(out.size());
    return;
  }
  for (std::size_t i = 0; i < state.segments.size(); ++i) {
    // An empty paragraph makes no block; dropping it here keeps a part of empty <w:p/> from costing memory.
    if (state.segments[i].empty()) continue;
    check_block_limit(out.size() + 1, max_blocks_);
    SourceParagraph paragraph{state.segments[i], i == 0 ? hints : Block{}};
    sentence_seen_ = sentence_seen_ || paragraph.text.find("。") != std::string::npos;
    out.push_back(std::move(paragraph));
  }
  // Text boxes anchored in the paragraph follow it.
  for (const xmlNode* box : state.text_boxes) block_container(box, out);
}

// A line of a table of contents in no contents style (contents_lines.hpp): one line, with the TOC field it is in and
// the leader tab stops of its own properties and of its style.
bool BodyReader::is_contents_entry(const xmlNode* properties, const std::string& style, const Inline& state,
                                   bool in_contents_field) const {
  if (state.segments.size() != 1) return false;
  // Asked of every paragraph, and nearly every one is no entry: the text is copied only to turn its tabs into
  // spaces, and the tab stops (the paragraph's and its styles') are looked up only for a page number after a tab.
  const std::string& text = state.segments.front();
  std::string tabs_as_spaces;
  std::string_view line = text;
  if (text.find('\t') != std::string::npos) {
    tabs_as_spaces = text;
    std::replace(tabs_as_spaces.begin(), tabs_as_spaces.end(), '\t', ' ');
    line = tabs_as_spaces;
  }
  contents::EntryCandidate entry{line};
  if (state.after_tab) entry.after_tab = *state.after_tab;
  entry.in_contents_field = in_contents_field;
  entry.leader_tab = entry.after_tab && contents::is_page_reference(*entry.after_tab) &&
                     declares_a_leader_tab(properties, styles_, style);
  return contents::is_contents_entry(entry);
}

// The paragraph's lines go to the contents lines, and with them the 目录 line just over the first of them.
void BodyReader::set_aside_as_contents(const Inline& state, std::vector<SourceParagraph>& out) {
  if (!out.empty() && out.back().hints.kind != BlockKind::table_cell && contents::names_the_contents(out.back().text)) {
    contents_lines_.push_back(std::move(out.back().text));
    out.pop_back();
  }
  for (const auto& segment : state.segments) {
    if (segment.empty()) continue;
    contents_lines_.push_back(segment);
    std::replace(contents_lines_.back().begin(), contents_lines_.back().end(), '\t', ' ');
  }
}

void BodyReader::inline_content(const xmlNode* node, Inline& state) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_element(child, "r")) {
      run(child, state);
    } else if (is_any(child, {"del", "moveFrom", "pPr", "Fallback", "commentRangeStart", "commentRangeEnd"}) ||
               is_placeholder(child)) {
      continue;
    } else if (is_element(child, "fldSimple")) {
      // A simple field's children are its displayed result, unless Word draws the field from its code.
      if (const auto drawn = drawn_from_field_code(attribute(child, "instr"))) {
        if (shows_field_text(state.fields)) show_text(*drawn, format_of(child_element(child, "r")), state);
      } else {
        inline_content(child, state);
      }
    } else if (is_any(child, {"hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "customXml",
                              "AlternateContent", "Choice", "bdo", "dir"})) {
      if (!sentence_seen_ && is_element(child, "hyperlink")) ++links_above_text_;
      inline_content(child, state);
    }
  }
}

BodyReader::RunFormat BodyReader::format_of(const xmlNode* r) {
  const xmlNode* properties = child_element(r, "rPr");
  return {properties, attribute(child_element(properties, "rStyle"), "val")};
}

// Hidden text (w:vanish, in the run, else its character style, else the paragraph style) is not shown.
bool BodyReader::is_hidden(const RunFormat& format, const Inline& state) const {
  if (const auto hidden = toggle_in(format.properties, "vanish")) return *hidden;
  return styles_.hides(format.style) || state.hidden_by_style;
}

// Superscript text (w:vertAlign, in the run or its character style).
bool BodyReader::is_superscript(const RunFormat& format) const {
  if (const xmlNode* align = child_element(format.properties, "vertAlign"))
    return attribute(align, "val") == "superscript";
  return styles_.raises(format.style);
}

// A footnote's mark in superscript (调解纠纷183<sup>2</sup>件 would read 1832件) is dropped and recorded; a unit's
// power after a number (1,200m<sup>2</sup>) is the superscript digit (1,200m²). False for other superscript text,
// which is read.
bool BodyReader::note_mark(std::string_view text, Inline& state) {
  const std::u32string mark = without_spaces(text);
  if ((mark == U"2" || mark == U"3") && ends_with_a_metric_unit_after_a_number(decode_utf8(state.segments.back()))) {
    state.segments.back() += mark == U"2" ? "²" : "³";
    return true;
  }
  if (!is_footnote_mark(mark)) return false;
  if (ends_with_a_power_of_ten(decode_utf8(state.segments.back()))) {
    state.segments.back() += encode_utf8(as_superscript(mark));
    return true;
  }
  footnote_marks_.push_back(encode_utf8(mark));
  return true;
}

// Bold text (w:b in the run, else its character style, else the paragraph style).
bool BodyReader::is_bold(const RunFormat& format, const Inline& state) const {
  if (const auto bold = bold_in(format.properties)) return *bold;
  if (styles_.bold_characters(format.style)) return true;
  return state.bold_by_style;
}

void BodyReader::field_char(const xmlNode* r, const std::string& type, Inline& state) {
  if (type == "begin") {
    state.fields.emplace_back();
    return;
  }
  if (state.fields.empty()) {
    if (type == "end") in_contents_field_ = false;  // the end of a field begun in an earlier paragraph: a TOC's
    return;
  }
  // Where its code ends (at separate, or at end for a field with no result) a field Word draws from its code (an
  // enclosed number, a phonetic guide's base) is shown in place of its result.
  if ((type == "separate" || type == "end") && state.fields.back().in_code) {
    state.fields.back().in_code = false;
    if (const auto drawn = drawn_from_field_code(state.fields.back().code)) {
      // Whether it shows is for the fields around it to say: it is taken out while they are asked (moved out, not
      // referred to, since popping it destroys the element).
      OpenField field = std::move(state.fields.back());
      field.result_replaced = true;
      state.fields.pop_back();
      const RunFormat format = format_of(r);
      const bool visible = shows_field_text(state.fields) && !is_hidden(format, state);
      state.fields.push_back(std::move(field));
      if (visible) show_text(*drawn, format, state);
    }
  }
  if (type == "separate" && is_form_text_field_code(state.fields.back().code)) {
    state.fields.back().form_result_start =
        OpenField::FormResultStart{state.segments.size() - 1, state.segments.back().size(), state.characters,
                                   state.bold_characters, state.after_tab};
  }
  if (type == "end") {
    // A form field showing only Word's prompt (LibreOffice's FORMTEXT for a content control) was never filled in:
    // its text goes, and with it what it added to the paragraph's counts (bold, text after a tab).
    if (const auto& start = state.fields.back().form_result_start;
        start && start->line + 1 == state.segments.size() && start->byte <= state.segments.back().size()) {
      if (is_word_placeholder_prompt(std::string_view(state.segments.back()).substr(start->byte))) {
        state.segments.back().resize(start->byte);
        state.characters = start->characters;
        state.bold_characters = start->bold_characters;
        state.after_tab = start->after_tab;
      }
    }
    state.fields.pop_back();
  }
}

void BodyReader::show_text(std::string_view text, const RunFormat& format, Inline& state) {
  const std::size_t visible = text.size() - count_spaces_and_tabs(text);
  state.characters += visible;
  if (visible > 0 && is_bold(format, state)) state.bold_characters += visible;
  state.segments.back() += text;
  if (state.after_tab) *state.after_tab += text;
}

void BodyReader::run(const xmlNode* r, Inline& state) {
  const RunFormat format = format_of(r);
  std::optional<bool> hidden_or_placeholder;
  for (const xmlNode* child = r->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_element(child, "fldChar")) {
      field_char(r, attribute(child, "fldCharType"), state);
      continue;
    }
    // A field whose code opens with TOC is a table of contents: its result is Word's copy of the headings.
    if (is_element(child, "instrText") && !state.fields.empty() && state.fields.back().in_code) {
      const std::string code = text_content(child);
      state.fields.back().code += code;
      if (contents::is_contents_field_code(code)) {
        state.fields.back().contents = true;
        state.contents_field_seen = true;
      }
      continue;
    }
    // instrText and anything else in a field's code, a nested field's result shown inside it, and the result of a
    // field shown from its code
    if (!shows_field_text(state.fields)) continue;
    // A placeholder's text outside a control showing it (a control removed, a file saved back from .doc): the run
    // is still in Word's placeholder style, which Word takes off whatever is typed in. Asked once a run, by its
    // first child after any field character (its w:rPr when it has one): the answer is the run's alone.
    if (!hidden_or_placeholder)
      hidden_or_placeholder = is_hidden(format, state) || styles_.marks_placeholder(format.style);
    if (*hidden_or_placeholder) return;
    // The run's properties, its first child nearly always: asked above, and none of the names below.
    if (is_element(child, "rPr")) continue;
    if (is_element(child, "footnoteReference") || is_element(child, "endnoteReference")) {
      // A note with a mark of its own: the mark is the text after the reference, not the figure's digits.
      const std::string custom = attribute(child, "customMarkFollows");
      state.custom_mark_follows = custom == "1" || custom == "true" || custom == "on";
      continue;
    }
    if (is_element(child, "t")) {
      // Read in place, not copied: a run's text is most of what the body holds.
      std::string scratch;
      const std::string_view text = text_view(child, scratch);
      if (std::exchange(state.custom_mark_follows, false)) {
        if (std::u32string mark = without_spaces(text); !mark.empty()) footnote_marks_.push_back(encode_utf8(mark));
        continue;
      }
      if (is_superscript(format) && note_mark(text, state)) continue;
      show_text(text, format, state);
    } else if (is_element(child, "tab") || is_element(child, "ptab")) {
      // A tab until the paragraph is judged: a body paragraph's tabs may part the cells of a table pasted as text.
      state.segments.back() += '\t';
      state.after_tab = std::string();
    } else if (is_element(child, "br") || is_element(child, "cr")) {
      if (attribute(child, "type") == "page" || attribute(child, "type") == "column") continue;
      state.segments.emplace_back();
    } else if (is_element(child, "noBreakHyphen")) {
      state.segments.back() += '-';
    } else if (is_element(child, "sym")) {
      state.segments.back() += symbol_text(child);
    } else if (is_element(child, "ruby")) {
      // Phonetic guide (拼音指南): the text is the base; the guide set over it (w:rt) is no text of the report.
      if (const xmlNode* base = child_element(child, "rubyBase")) inline_content(base, state);
    } else if (is_any(child, {"drawing", "pict", "object", "AlternateContent", "Choice", "inline", "anchor", "graphic",
                              "graphicData", "wsp", "txbx", "shape", "textbox", "rect", "roundrect"})) {
      // Find the text box content, once: AlternateContent's Fallback repeats the Choice.
      std::vector<const xmlNode*> stack{child};
      while (!stack.empty()) {
        const xmlNode* at = stack.back();
        stack.pop_back();
        if (is_element(at, "Fallback")) continue;
        if (is_element(at, "txbxContent")) {
          state.text_boxes.push_back(at);
          continue;
        }
        if (is_element(at, "OLEObject")) {
          const std::string program = attribute(at, "ProgID");
          embedded_objects_.push_back(program.empty() ? "unnamed" : program);
          continue;
        }
        // Children pushed last to first, so that the first is taken first: the text boxes of a group shape
        // (wpg:wgp) come in the order they are written, which is the order they are read in.
        for (const xmlNode* c = at->last; c != nullptr; c = c->prev) {
          if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
        }
      }
    }
    // delText, instrText, footnoteReference, commentReference: not shown as body text.
  }
}

void BodyReader::table(const xmlNode* tbl, std::vector<SourceParagraph>& out) {
  std::vector<TablePart> rows;
  for (const TablePart& row : collected(tbl, "tr")) {
    // a row deleted as a tracked change is not shown
    if (child_element(child_element(row.node, "trPr"), "del") == nullptr) rows.push_back(row);
  }
  if (drop_link_bars_ && cells_open_ == 0 && rows.size() == 1) {
    // A pasted page's menu or its links to other sites: a row of links (首页 | 政务公开 | …), no table of the report.
    const std::vector<TablePart> cells = collected(rows.front().node, "tc");
    constexpr std::size_t kLongestLink = 16;  // code points of a menu's item or a site's name
    std::string bar;
    std::size_t links = 0;
    const bool all_links = std::all_of(cells.begin(), cells.end(), [&](const TablePart& cell) {
      const std::string text = cell_text(cell.node);
      if (text.empty()) return true;
      bar += (bar.empty() ? "" : " | ") + text;
      ++links;
      return all_link(cell.node) && decode_utf8(text).size() <= kLongestLink;
    });
    if (links >= 2 && all_links) {
      link_bars_.push_back(std::move(bar));
      return;
    }
  }
  if (lays_out_text(rows)) {
    for (const TablePart& row : rows) {
      for (const TablePart& cell : collected(row.node, "tc")) {
        if (!row.placeholder && !cell.placeholder) block_container(cell.node, out);
      }
    }
    return;
  }
  if (cells_open_ == 0 && !sentence_seen_) {
    // A pasted page's record over the title (索引号 | 115… | 信息分类 | …, its labels without colons): a line a row,
    // its cells apart by bars as the artifact rules read a record table copied as text, none of them a table's cell.
    std::vector<std::vector<std::string>> texts;
    for (const TablePart& row : rows) {
      auto& cells = texts.emplace_back();
      for (const TablePart& cell : collected(row.node, "tc")) cells.push_back(cell_text(cell.node));
    }
    if (is_record_table(texts)) {
      for (const auto& cells : texts) {
        std::string line;
        for (const auto& cell : cells) line += (line.empty() ? "" : " ｜ ") + cell;
        out.push_back({std::move(line), Block{}});
      }
      return;
    }
  }
  const int table_index = tables_++;
  int row_index = 0;
  for (const TablePart& row : rows) {
    int column = grid_columns_before(row.node);
    for (const TablePart& cell : collected(row.node, "tc")) {
      Block hints;
      hints.kind = BlockKind::table_cell;
      hints.table = table_index;
      hints.row = row_index;
      hints.column = column;
      // A cell still showing its control's placeholder holds nothing entered: it keeps its column, as an empty cell.
      out.push_back({row.placeholder || cell.placeholder ? std::string() : cell_text(cell.node), hints});
      const xmlNode* properties = child_element(cell.node, "tcPr");
      column += std::clamp(int_value(child_element(properties, "gridSpan"), 1), 1, kWidestGrid);
    }
    ++row_index;
  }
}

// A cell's paragraphs (and nested tables) as one line: a cell is one value.
std::string BodyReader::cell_text(const xmlNode* tc) {
  std::vector<SourceParagraph> inside;
  ++cells_open_;
  block_container(tc, inside);
  --cells_open_;
  std::string text;
  for (const auto& paragraph : inside) {
    if (paragraph.text.empty()) continue;
    text += (text.empty() ? "" : " ") + paragraph.text;
  }
  return text;
}

}  // namespace docpipe::docx
