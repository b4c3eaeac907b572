#include "numbering.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "docpipe/list_labels.hpp"
#include "docpipe/safe_xml.hpp"

namespace docpipe::docx {

namespace {

int int_attribute(const xmlNode* node, const char* name, int fallback) {
  const std::string value = attribute(node, name);
  if (value.empty()) return fallback;
  try {
    return std::stoi(value);
  } catch (const std::exception&) {
    return fallback;
  }
}

NumberingLevel read_level(const xmlNode* level) {
  NumberingLevel target;
  target.start = clamp_list_counter(int_attribute(child_element(level, "start"), "val", 1));
  if (const auto* format = child_element(level, "numFmt")) {
    target.format = attribute(format, "val");
  } else if (const auto* choice = child_element(level, "AlternateContent")) {
    // Word 2010 writes a custom format (一, 二, 三, ...) for newer readers and a standard one as the fallback.
    if (const auto* fallback = child_element(choice, "Fallback")) {
      if (const auto* standard = child_element(fallback, "numFmt")) target.format = attribute(standard, "val");
    }
  }
  if (const auto* legal = child_element(level, "isLgl")) {
    const std::string value = attribute(legal, "val");
    target.legal = value != "0" && value != "false" && value != "off";
  }
  if (const auto* restart = child_element(level, "lvlRestart")) {
    target.restart_limit = std::max(0, int_attribute(restart, "val", 0));
  }
  if (const auto* text = child_element(level, "lvlText")) target.text = attribute(text, "val");
  if (const auto* suffix = child_element(level, "suff")) target.suffix = attribute(suffix, "val");
  return target;
}

}  // namespace

Numbering::Numbering(const xmlNode* root, std::size_t max_label_characters)
    : max_label_characters_(max_label_characters) {
  if (root == nullptr) return;
  // A list that follows a list style (numStyleLink) takes its levels, and its counters, from the list the
  // style defines (styleLink).
  std::map<std::string, int> defined_by_style;
  std::map<int, std::string> following_style;
  for (const xmlNode* abstract : child_elements(root, "abstractNum")) {
    const int id = int_attribute(abstract, "abstractNumId", -1);
    auto& levels = abstracts_[id];
    for (const xmlNode* level : child_elements(abstract, "lvl")) {
      const int index = int_attribute(level, "ilvl", -1);
      if (index < 0 || index >= kNumberingLevels) continue;
      levels[index] = read_level(level);
      if (const std::string style = attribute(child_element(level, "pStyle"), "val"); !style.empty())
        style_levels_[id].emplace(style, index);
    }
    if (const auto* link = child_element(abstract, "styleLink")) defined_by_style[attribute(link, "val")] = id;
    if (const auto* link = child_element(abstract, "numStyleLink")) following_style[id] = attribute(link, "val");
  }
  for (const auto& [id, style] : following_style) {
    if (const auto defined = defined_by_style.find(style); defined != defined_by_style.end() && defined->second != id) {
      aliases_[id] = defined->second;
    }
  }
  for (const xmlNode* num : child_elements(root, "num")) {
    Instance& instance = instances_[int_attribute(num, "numId", -1)];
    instance.abstract_id = int_attribute(child_element(num, "abstractNumId"), "val", -1);
    for (const xmlNode* override_node : child_elements(num, "lvlOverride")) {
      const int index = int_attribute(override_node, "ilvl", 0);
      if (const auto* start = child_element(override_node, "startOverride")) {
        instance.start_overrides[index] = clamp_list_counter(int_attribute(start, "val", 1));
      }
      if (const auto* level = child_element(override_node, "lvl");
          level != nullptr && index >= 0 && index < kNumberingLevels) {
        instance.level_overrides[index] = read_level(level);
      }
    }
  }
}

std::optional<int> Numbering::level_of_style(int num_id, const std::string& style_id) const {
  const auto instance = instances_.find(num_id);
  if (instance == instances_.end()) return std::nullopt;
  int abstract_id = instance->second.abstract_id;
  if (const auto alias = aliases_.find(abstract_id); alias != aliases_.end()) abstract_id = alias->second;
  const auto styles = style_levels_.find(abstract_id);
  if (styles == style_levels_.end()) return std::nullopt;
  const auto level = styles->second.find(style_id);
  if (level == styles->second.end()) return std::nullopt;
  return level->second;
}

std::string Numbering::next_label(int num_id, int level) {
  if (num_id == 0 || level < 0 || level >= kNumberingLevels) return {};
  const auto instance = instances_.find(num_id);
  if (instance == instances_.end()) return {};
  int abstract_id = instance->second.abstract_id;
  if (const auto alias = aliases_.find(abstract_id); alias != aliases_.end()) abstract_id = alias->second;
  const auto abstract = abstracts_.find(abstract_id);
  if (abstract == abstracts_.end()) return {};
  auto levels = abstract->second;
  for (const auto& [index, redefined] : instance->second.level_overrides) levels[index] = redefined;
  Counters& counters = counters_[abstract_id];
  // A startOverride restarts the list where this instance is first used.
  if (!instance->second.override_applied) {
    instance->second.override_applied = true;
    for (const auto& [overridden, start] : instance->second.start_overrides) {
      if (overridden >= 0 && overridden < kNumberingLevels) {
        counters.value[overridden] = start - 1;
        counters.started[overridden] = true;
      }
    }
  }
  if (counters.started[level]) {
    counters.value[level] = clamp_list_counter(counters.value[level] + 1);
  } else {
    counters.value[level] = levels[level].start;
    counters.started[level] = true;
  }
  // A deeper level restarts, unless its lvlRestart names a level above the one used (a 第N条 level numbered on
  // across chapters: lvlRestart 0, or 1 under a level 1 and 2).
  for (int deeper = level + 1; deeper < kNumberingLevels; ++deeper) {
    const auto& limit = levels[deeper].restart_limit;
    if (!limit || level < *limit) counters.started[deeper] = false;
  }

  const NumberingLevel& format = levels[level];
  if (format.format == "bullet" || format.format == "none") return {};
  std::string label;
  for (std::size_t i = 0; i < format.text.size(); ++i) {
    if (format.text[i] == '%' && i + 1 < format.text.size() && format.text[i + 1] >= '1' && format.text[i + 1] <= '9') {
      const int referenced = format.text[i + 1] - '1';
      const std::int64_t value = counters.started[referenced] ? counters.value[referenced] : levels[referenced].start;
      label += format_number(value, format.legal ? "decimal" : levels[referenced].format, max_label_characters_);
      ++i;
    } else {
      label += format.text[i];
    }
    // lvlText may repeat a level ("%1%1%1…") as often as the part is long.
    if (label.size() > max_label_characters_ * 4) {
      throw std::length_error(fmt::format("the numbering label of list {} level {} is over max_label_characters={}",
                                          num_id, level + 1, max_label_characters_));
    }
  }
  if (!label.empty() && format.suffix != "nothing") label += ' ';
  return label;
}

}  // namespace docpipe::docx
