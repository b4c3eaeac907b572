// What every input plugin does last: normalize its paragraphs, remove web and Word debris (recording
// it), and add what remains as blocks with the hints the format knew. One function, so that a report
// reads the same whatever format it arrives in. Needs ICU (ICU::uc, ICU::i18n).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/document_builder.hpp"
#include "docpipe/normalize.hpp"
#include "docpipe/traditional_chinese.hpp"

namespace docpipe {

struct SourceParagraph {
  std::string text;  // as the format holds it, not yet normalized
  Block hints;       // offsets are filled in when the block is added
};

// Paragraphs (blocks) one document may have. A real report has a few thousand; a hostile file of empty
// XML paragraphs or of line breaks would otherwise cost hundreds of bytes of memory per byte of input.
inline constexpr std::size_t kDefaultMaxBlocks = 200'000;

// Throws std::length_error when `count` paragraphs exceed `max_blocks`, naming the limit.
inline void check_block_limit(std::size_t count, std::size_t max_blocks) {
  if (count > max_blocks) {
    throw std::length_error("the document has more than " + std::to_string(max_blocks) +
                            " paragraphs (limit max_blocks=" + std::to_string(max_blocks) + ")");
  }
}

namespace detail {
// Normalizes `count` paragraphs (`text_at(i)`, `hints_at(i)`), filters them and adds what remains.
template <typename TextAt, typename HintsAt>
void add_normalized(Document& document, std::size_t count, TextAt text_at, HintsAt hints_at, Utf8State utf8_state,
                    const ArtifactFilter* filter, std::size_t max_blocks) {
  check_block_limit(count, max_blocks);
  NormalizationStats stats;
  std::vector<std::string> texts;
  std::vector<const Block*> hints;
  std::vector<bool> table_cells;
  bool any_cell = false;
  for (std::size_t i = 0; i < count; ++i) {
    std::string normalized = normalize_paragraph(text_at(i), stats, utf8_state);
    if (normalized.empty()) continue;
    texts.push_back(std::move(normalized));
    hints.push_back(&hints_at(i));
    table_cells.push_back(hints.back()->kind == BlockKind::table_cell);
    any_cell = any_cell || table_cells.back();
  }
  if (stats.removed_control_characters > 0) {
    document.metadata.set("removed_control_characters", std::to_string(stats.removed_control_characters));
  }
  // Before the filter, whose words (来源, 发布时间) are simplified too.
  if (const std::size_t folded = fold_traditional_to_simplified(texts); folded > 0) {
    document.metadata.set("folded_traditional_characters", std::to_string(folded));
  }
  FilteredParagraphs filtered;
  if (filter != nullptr) {
    filtered = filter->filter(texts, ArtifactFilter::Utf8::well_formed, any_cell ? &table_cells : nullptr);
  } else {
    for (std::size_t i = 0; i < texts.size(); ++i) filtered.kept.push_back({i, std::move(texts[i])});
  }
  for (auto& [key, value] : filtered.metadata) document.metadata.add(key, value);
  DocumentBuilder builder(document);
  for (const auto& kept : filtered.kept) builder.add_block(kept.text, *hints[kept.index]);
}
}  // namespace detail

// `filter` may be null to keep debris. Adds `removed_control_characters` and the filter's `removed.*`
// and `web.*` entries to the metadata.
inline void add_paragraphs(Document& document, const std::vector<SourceParagraph>& paragraphs,
                           const ArtifactFilter* filter, std::size_t max_blocks = kDefaultMaxBlocks) {
  detail::add_normalized(
      document, paragraphs.size(), [&](std::size_t i) -> std::string_view { return paragraphs[i].text; },
      [&](std::size_t i) -> const Block& { return paragraphs[i].hints; }, Utf8State::unchecked, filter, max_blocks);
}

// The same for plain lines without hints, each well-formed UTF-8 (a text file once decoded and validated
// as a whole): the lines are views into the caller's text, not copies, and are not validated again.
inline void add_well_formed_lines(Document& document, const std::vector<std::string_view>& lines,
                                  const ArtifactFilter* filter, std::size_t max_blocks = kDefaultMaxBlocks) {
  const Block no_hints;
  detail::add_normalized(
      document, lines.size(), [&](std::size_t i) { return lines[i]; },
      [&](std::size_t) -> const Block& { return no_hints; }, Utf8State::well_formed, filter, max_blocks);
}

// The same with what the format knew of each line (`hints`, as many as `lines`: a table cell's place).
inline void add_well_formed_lines(Document& document, const std::vector<std::string_view>& lines,
                                  const std::vector<Block>& hints, const ArtifactFilter* filter,
                                  std::size_t max_blocks = kDefaultMaxBlocks) {
  if (hints.size() != lines.size()) throw std::invalid_argument("add_well_formed_lines: one hint per line");
  detail::add_normalized(
      document, lines.size(), [&](std::size_t i) { return lines[i]; },
      [&](std::size_t i) -> const Block& { return hints[i]; }, Utf8State::well_formed, filter, max_blocks);
}

}  // namespace docpipe
