// Where an offset falls in the sections layer: what plugins that consume `sections` ask of it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "docpipe/layers.hpp"
#include "docpipe/offset_index.hpp"

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

// The lookups above for many offsets of one document: built once (O(n log n)), each answer O(log n) and
// the same as the linear functions'. Holds pointers into the vectors it was built from.
class SectionIndex {
 public:
  explicit SectionIndex(const std::vector<Section>& sections)
      : innermost_(
            sections, [](const Section&) { return true; },
            [](const Section& a, std::size_t ia, const Section& b, std::size_t ib) {
              return a.level != b.level ? a.level > b.level : ia > ib;  // the deepest, the last of equals
            }),
        top_(
            sections, [](const Section& section) { return section.parent.empty(); },
            [](const Section&, std::size_t ia, const Section&, std::size_t ib) { return ia < ib; }) {}

  const Section* innermost_at(std::size_t offset) const { return innermost_.at(offset); }
  const Section* top_at(std::size_t offset) const { return top_.at(offset); }

 private:
  OffsetIndex<Section> innermost_;
  OffsetIndex<Section> top_;
};

class PageIndex {
 public:
  explicit PageIndex(const std::vector<Block>& blocks)
      : first_paged_(
            blocks, [](const Block& block) { return block.page.has_value(); },
            [](const Block&, std::size_t ia, const Block&, std::size_t ib) { return ia < ib; }) {}

  std::optional<int> page_at(std::size_t offset) const {
    const Block* block = first_paged_.at(offset);
    return block ? block->page : std::nullopt;
  }

 private:
  OffsetIndex<Block> first_paged_;
};

}  // namespace docpipe
