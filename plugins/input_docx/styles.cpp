#include "styles.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "docpipe/contents_lines.hpp"
#include "docpipe/heading_styles.hpp"
#include "docpipe/placeholder_styles.hpp"
#include "docpipe/safe_xml.hpp"

namespace docpipe::docx {

namespace {

constexpr int kLongestChain = 16;  // basedOn loops are malformed; stop following them

std::optional<int> optional_int(const xmlNode* node, const char* name) {
  const std::string value = attribute(node, name);
  if (value.empty()) return std::nullopt;
  try {
    return std::stoi(value);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

std::map<int, bool> tab_stops_in(const xmlNode* paragraph_properties) {
  std::map<int, bool> stops;
  for (const xmlNode* tab : child_elements(child_element(paragraph_properties, "tabs"), "tab")) {
    const std::string leader = attribute(tab, "leader");
    stops[optional_int(tab, "pos").value_or(0)] =
        attribute(tab, "val") != "clear" && !leader.empty() && leader != "none";
  }
  return stops;
}

std::optional<bool> bold_in(const xmlNode* run_properties) { return toggle_in(run_properties, "b"); }

std::optional<bool> toggle_in(const xmlNode* run_properties, const char* name) {
  const xmlNode* toggle = child_element(run_properties, name);
  if (toggle == nullptr) return std::nullopt;
  const std::string value = attribute(toggle, "val");
  return value != "false" && value != "0" && value != "off";
}

Styles::Styles(const xmlNode* root) {
  if (root == nullptr) return;
  for (const xmlNode* node : child_elements(root, "style")) {
    if (attribute(node, "type") == "character") {
      const xmlNode* vanish = child_element(child_element(node, "rPr"), "vanish");
      const std::string value = vanish ? attribute(vanish, "val") : "false";
      if (value != "false" && value != "0" && value != "off")
        hidden_character_styles_.insert(attribute(node, "styleId"));
      if (bold_in(child_element(node, "rPr")).value_or(false))
        bold_character_styles_.insert(attribute(node, "styleId"));
      if (attribute(child_element(child_element(node, "rPr"), "vertAlign"), "val") == "superscript")
        superscript_character_styles_.insert(attribute(node, "styleId"));
      if (is_placeholder_style_name(attribute(child_element(node, "name"), "val")))
        placeholder_character_styles_.insert(attribute(node, "styleId"));
    }
    if (attribute(node, "type") != "paragraph") continue;
    Style style;
    style.name = attribute(child_element(node, "name"), "val");
    style.based_on = attribute(child_element(node, "basedOn"), "val");
    style.bold = bold_in(child_element(node, "rPr"));
    style.hidden = toggle_in(child_element(node, "rPr"), "vanish");
    const xmlNode* properties = child_element(node, "pPr");
    style.outline_level = optional_int(child_element(properties, "outlineLvl"), "val");
    style.tab_stops = tab_stops_in(properties);
    if (const xmlNode* numbering = child_element(properties, "numPr")) {
      style.num_id = optional_int(child_element(numbering, "numId"), "val");
      style.ilvl = optional_int(child_element(numbering, "ilvl"), "val");
    }
    const std::string id = attribute(node, "styleId");
    if (attribute(node, "default") == "1" || attribute(node, "default") == "true") default_paragraph_ = id;
    styles_[id] = std::move(style);
  }
}

const Styles::Style* Styles::find(const std::string& id) const {
  const auto found = styles_.find(id);
  return found == styles_.end() ? nullptr : &found->second;
}

std::optional<int> Styles::heading_level(const std::string& style_id) const {
  const Style* style = find(style_id);
  for (int hop = 0; style != nullptr && hop < kLongestChain; ++hop) {
    if (const auto level = heading_level_in_style_name(style->name)) return level;
    if (style->outline_level && *style->outline_level >= 0 && *style->outline_level < 9)
      return *style->outline_level + 1;
    style = find(style->based_on);
  }
  return std::nullopt;
}

std::optional<std::pair<int, int>> Styles::numbering(const std::string& style_id) const {
  const Style* style = find(style_id);
  std::optional<int> ilvl;
  for (int hop = 0; style != nullptr && hop < kLongestChain; ++hop) {
    if (!ilvl && style->ilvl) ilvl = style->ilvl;
    if (style->num_id) return std::make_pair(*style->num_id, ilvl.value_or(0));
    style = find(style->based_on);
  }
  return std::nullopt;
}

bool Styles::bold_paragraph(const std::string& style_id) const {
  const Style* style = find(style_id);
  for (int hop = 0; style != nullptr && hop < kLongestChain; ++hop) {
    if (style->bold) return *style->bold;
    style = find(style->based_on);
  }
  return false;
}

bool Styles::hidden_paragraph(const std::string& style_id) const {
  const Style* style = find(style_id);
  for (int hop = 0; style != nullptr && hop < kLongestChain; ++hop) {
    if (style->hidden) return *style->hidden;
    style = find(style->based_on);
  }
  return false;
}

std::set<int> Styles::leader_tab_stops(const std::string& style_id) const {
  // From the style itself down its bases: the nearest style that sets a stop at a position decides it.
  std::map<int, bool> stops;
  const Style* style = find(style_id);
  for (int hop = 0; style != nullptr && hop < kLongestChain; ++hop) {
    stops.insert(style->tab_stops.begin(), style->tab_stops.end());  // keeps what a nearer style set
    style = find(style->based_on);
  }
  std::set<int> leaders;
  for (const auto& [position, leader] : stops) {
    if (leader) leaders.insert(position);
  }
  return leaders;
}

bool Styles::is_contents(const std::string& style_id) const {
  const std::string name = Styles::name(style_id);
  // A style id with no definition (TOC1) still says what it is.
  return contents::is_contents_style_name(name.empty() ? style_id : name);
}

const Styles::ParagraphStyle& Styles::paragraph_style(const std::string& style_id) const {
  if (const auto known = paragraph_styles_.find(style_id); known != paragraph_styles_.end()) return known->second;
  ParagraphStyle style{name(style_id),           heading_level(style_id),    numbering(style_id),
                       bold_paragraph(style_id), hidden_paragraph(style_id), is_contents(style_id)};
  return paragraph_styles_.emplace(style_id, std::move(style)).first->second;
}

std::string Styles::name(const std::string& style_id) const {
  const Style* style = find(style_id);
  return style ? style->name : std::string();
}

}  // namespace docpipe::docx
