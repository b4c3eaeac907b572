#include "body_reader.hpp"

#include "docpipe/safe_xml.hpp"

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

}  // namespace

std::vector<SourceParagraph> BodyReader::read(const xmlNode* body) {
  std::vector<SourceParagraph> out;
  block_container(body, out);
  return out;
}

void BodyReader::block_container(const xmlNode* node, std::vector<SourceParagraph>& out) {
  for (const xmlNode* child = node ? node->children : nullptr; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_element(child, "p")) {
      paragraph(child, out);
    } else if (is_element(child, "tbl")) {
      table(child, out);
    } else if (is_any(child, {"del", "moveFrom", "sectPr", "Fallback"})) {
      continue;  // deleted or moved-away content, section settings, the duplicate of a text box
    } else {
      block_container(child, out);  // sdt, sdtContent, customXml, ins, moveTo, AlternateContent/Choice …
    }
  }
}

void BodyReader::paragraph(const xmlNode* p, std::vector<SourceParagraph>& out) {
  const xmlNode* properties = child_element(p, "pPr");
  std::string style = attribute(child_element(properties, "pStyle"), "val");
  if (style.empty()) style = styles_.default_paragraph_style();

  Block hints;
  hints.style = styles_.name(style);
  hints.heading_level = styles_.heading_level(style);
  if (const xmlNode* outline = child_element(properties, "outlineLvl")) {
    const int level = int_value(outline, -1);
    if (level >= 0 && level < 9) hints.heading_level = level + 1;
  }
  if (hints.heading_level) hints.kind = BlockKind::heading;

  std::optional<std::pair<int, int>> numbered = styles_.numbering(style);
  if (const xmlNode* numbering = child_element(properties, "numPr")) {
    const int num_id = int_value(child_element(numbering, "numId"), numbered ? numbered->first : 0);
    const int level = int_value(child_element(numbering, "ilvl"), numbered ? numbered->second : 0);
    numbered = std::make_pair(num_id, level);
  }

  Inline state;
  inline_content(p, state);
  std::string label;
  if (numbered) label = numbering_.next_label(numbered->first, numbered->second);
  if (!label.empty()) {
    hints.numbering_label = label.back() == ' ' ? label.substr(0, label.size() - 1) : label;
    state.segments.front().insert(0, label);
  }
  for (std::size_t i = 0; i < state.segments.size(); ++i) {
    // An empty paragraph makes no block; dropping it here keeps a part of empty <w:p/> from costing memory.
    if (state.segments[i].empty()) continue;
    check_block_limit(out.size() + 1, max_blocks_);
    SourceParagraph paragraph{state.segments[i], i == 0 ? hints : Block{}};
    out.push_back(std::move(paragraph));
  }
  // Text boxes anchored in the paragraph follow it.
  for (const xmlNode* box : state.text_boxes) block_container(box, out);
}

void BodyReader::inline_content(const xmlNode* node, Inline& state) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_element(child, "r")) {
      run(child, state);
    } else if (is_any(child, {"del", "moveFrom", "pPr", "Fallback", "commentRangeStart", "commentRangeEnd"})) {
      continue;
    } else if (is_element(child, "fldSimple") ||
               is_any(child, {"hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "customXml",
                              "AlternateContent", "Choice", "bdo", "dir"})) {
      inline_content(child, state);  // a simple field's children are its displayed result
    }
  }
}

void BodyReader::run(const xmlNode* r, Inline& state) {
  for (const xmlNode* child = r->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_element(child, "fldChar")) {
      const std::string type = attribute(child, "fldCharType");
      if (type == "begin") ++state.field_depth, state.in_field_code = true;
      if (type == "separate") state.in_field_code = false;
      if (type == "end" && state.field_depth > 0) --state.field_depth, state.in_field_code = false;
      continue;
    }
    if (state.in_field_code) continue;  // instrText and anything else before the field's result
    if (is_element(child, "t")) {
      state.segments.back() += text_content(child);
    } else if (is_element(child, "tab") || is_element(child, "ptab")) {
      state.segments.back() += ' ';
    } else if (is_element(child, "br") || is_element(child, "cr")) {
      if (attribute(child, "type") == "page" || attribute(child, "type") == "column") continue;
      state.segments.emplace_back();
    } else if (is_element(child, "noBreakHyphen")) {
      state.segments.back() += '-';
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
        for (const xmlNode* c = at->children; c != nullptr; c = c->next) {
          if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
        }
      }
    }
    // delText, instrText, footnoteReference, commentReference, sym: not shown as body text.
  }
}

void BodyReader::table(const xmlNode* tbl, std::vector<SourceParagraph>& out) {
  const int table_index = tables_++;
  int row_index = 0;
  for (const xmlNode* row : child_elements(tbl, "tr")) {
    int column = 0;
    for (const xmlNode* cell : child_elements(row, "tc")) {
      Block hints;
      hints.kind = BlockKind::table_cell;
      hints.table = table_index;
      hints.row = row_index;
      hints.column = column;
      out.push_back({cell_text(cell), hints});
      const xmlNode* properties = child_element(cell, "tcPr");
      column += std::max(1, int_value(child_element(properties, "gridSpan"), 1));
    }
    ++row_index;
  }
}

// A cell's paragraphs (and nested tables) as one line: a cell is one value.
std::string BodyReader::cell_text(const xmlNode* tc) {
  std::vector<SourceParagraph> inside;
  block_container(tc, inside);
  std::string text;
  for (const auto& paragraph : inside) {
    if (paragraph.text.empty()) continue;
    text += (text.empty() ? "" : " ") + paragraph.text;
  }
  return text;
}

}  // namespace docpipe::docx
