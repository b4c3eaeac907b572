// Where an offset falls in the sections layer: what plugins that consume `sections` ask of it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "docpipe/layers.hpp"

namespace docpipe {

// The deepest section holding `offset`, or nullptr.
inline const Section* innermost_section_at(const std::vector<Section>& sections, std::size_t offset) {
  const Section* innermost = nullptr;
  for (const auto& section : sections) {
    if (section.start <= offset && offset < section.end && (!innermost || section.level >= innermost->level)) {
      innermost = &section;
    }
  }
  return innermost;
}

// The top-level section (preamble, a level-1 part, closing) holding `offset`, or nullptr. Top-level
// sections tile the text, so its kinds are the report part of everything inside it.
inline const Section* top_section_at(const std::vector<Section>& sections, std::size_t offset) {
  for (const auto& section : sections) {
    if (section.parent.empty() && section.start <= offset && offset < section.end) return &section;
  }
  return nullptr;
}

// The section with this id, or nullptr.
inline const Section* section_by_id(const std::vector<Section>& sections, std::string_view id) {
  for (const auto& section : sections) {
    if (section.id == id) return &section;
  }
  return nullptr;
}

// The 1-based page of the block holding `offset`, when the input format knows pages (PDF).
inline std::optional<int> page_at(const std::vector<Block>& blocks, std::size_t offset) {
  for (const auto& block : blocks) {
    if (block.page && block.start <= offset && offset < block.end) return block.page;
  }
  return std::nullopt;
}

}  // namespace docpipe
