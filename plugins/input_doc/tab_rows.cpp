#include "tab_rows.hpp"

#include <utility>

#include "docpipe/tab_tables.hpp"

namespace docpipe::doc {

void read_tab_tables(std::vector<SourceParagraph>& paragraphs) {
  std::vector<SourceParagraph> kept;
  kept.reserve(paragraphs.size());
  std::vector<bool> after_blank;
  after_blank.reserve(paragraphs.size());
  bool blank_before = false;
  for (auto& paragraph : paragraphs) {
    if (paragraph.text.empty() && paragraph.hints.kind != BlockKind::table_cell) {
      blank_before = true;
      continue;
    }
    after_blank.push_back(std::exchange(blank_before, false));
    kept.push_back(std::move(paragraph));
  }
  paragraphs = std::move(kept);
  tab_tables::split_paragraph_rows(paragraphs, after_blank);
}

}  // namespace docpipe::doc
