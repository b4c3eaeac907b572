// What every input plugin does last: normalize its paragraphs, remove web and Word debris (recording
// it), and add what remains as blocks with the hints the format knew. One function, so that a report
// reads the same whatever format it arrives in. Needs ICU (ICU::uc, ICU::i18n).
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/document_builder.hpp"
#include "docpipe/normalize.hpp"

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

// `filter` may be null to keep debris. Adds `removed_control_characters` and the filter's `removed.*`
// and `web.*` entries to the metadata.
inline void add_paragraphs(Document& document, const std::vector<SourceParagraph>& paragraphs,
                           const ArtifactFilter* filter, std::size_t max_blocks = kDefaultMaxBlocks) {
  check_block_limit(paragraphs.size(), max_blocks);
  NormalizationStats stats;
  std::vector<std::string> texts;
  std::vector<const Block*> hints;
  for (const auto& paragraph : paragraphs) {
    std::string normalized = normalize_paragraph(paragraph.text, stats);
    if (normalized.empty()) continue;
    texts.push_back(std::move(normalized));
    hints.push_back(&paragraph.hints);
  }
  if (stats.removed_control_characters > 0) {
    document.metadata.set("removed_control_characters", std::to_string(stats.removed_control_characters));
  }
  FilteredParagraphs filtered;
  if (filter != nullptr) {
    filtered = filter->filter(texts, ArtifactFilter::Utf8::well_formed);
  } else {
    for (std::size_t i = 0; i < texts.size(); ++i) filtered.kept.push_back({i, std::move(texts[i])});
  }
  for (auto& [key, value] : filtered.metadata) document.metadata.add(key, value);
  DocumentBuilder builder(document);
  for (const auto& kept : filtered.kept) builder.add_block(kept.text, *hints[kept.index]);
}

}  // namespace docpipe
