// WordprocessingML automatic numbering (numbering.xml): abstract definitions with lvlText and numFmt,
// instances with lvlOverride/startOverride, counters per level with lower levels restarting, rendered
// into the label Word shows ("一、", "（二）", "3.").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include <libxml/tree.h>

#include "docpipe/list_labels.hpp"

namespace docpipe::docx {

inline constexpr int kNumberingLevels = 9;

struct NumberingLevel {
  std::int64_t start = 1;
  std::string format = "decimal";  // numFmt
  std::string text;                // lvlText, "%1、"
  std::string suffix = "tab";      // what follows the label: tab, space, nothing
  bool legal = false;              // isLgl: every level the label shows is written in decimal (1.1, not 1.一)
  // lvlRestart: the level restarts only after a level numbered below this one-based value is used (0: never);
  // without it, after any level above it, as input.doc reads a level's fNoRestart and ilvlRestartLim.
  std::optional<int> restart_limit;
};

class Numbering {
 public:
  Numbering() = default;
  explicit Numbering(const xmlNode* numbering_root, std::size_t max_label_characters = kDefaultMaxLabelCharacters);

  // Advances the counter of (numId, ilvl) and renders the label, with its suffix as a space where
  // Word puts a tab or a space. "" for numId 0, an unknown list, or a bullet. Throws std::length_error
  // naming the list when a label would be longer than the limit (a hostile start value or lvlText).
  std::string next_label(int num_id, int level);
  // The level of list numId a paragraph style is linked to (w:lvl/w:pStyle: a heading style numbered by a multilevel
  // list), which decides the level of a paragraph numbered through that style, whatever ilvl the style writes.
  std::optional<int> level_of_style(int num_id, const std::string& style_id) const;

 private:
  struct Instance {
    int abstract_id = -1;
    std::map<int, std::int64_t> start_overrides;
    std::map<int, NumberingLevel> level_overrides;  // a level redefined for this instance (lvlOverride/lvl)
    bool override_applied = false;
  };
  struct Counters {
    std::array<std::int64_t, kNumberingLevels> value{};
    std::array<bool, kNumberingLevels> started{};
  };

  std::map<int, std::array<NumberingLevel, kNumberingLevels>> abstracts_;
  std::map<int, Instance> instances_;
  std::map<int, Counters> counters_;  // by abstractNumId: instances of one list continue each other
  std::map<int, int> aliases_;        // abstractNumId following a list style → the one the style defines
  std::map<int, std::map<std::string, int>> style_levels_;  // abstractNumId → paragraph style id → its level
  std::size_t max_label_characters_ = kDefaultMaxLabelCharacters;
};

}  // namespace docpipe::docx
