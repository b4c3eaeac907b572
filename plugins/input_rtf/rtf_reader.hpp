// RTF's meaning: which groups are destinations to skip (font and colour tables, pictures, headers, footnotes) and
// which are read aside (a field's instruction, a table of contents, a text box), how bytes and `\uN` become text, where
// paragraphs, cells and rows end, and which paragraph properties make a heading. Groups live on a heap stack, never the
// call stack, so no nesting can overflow it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/paragraph_intake.hpp"

namespace docpipe::rtf {

struct RtfContent {
  std::vector<SourceParagraph> paragraphs;
  std::string encoding;  // the ICU name of the document's `\ansicpgN` ("GB18030")
  int tables = 0;
  std::size_t footnotes = 0;                // `\footnote` groups, not read (as input.doc reads no notes)
  std::size_t hidden_characters = 0;        // `\v` text, not read
  std::size_t deleted_characters = 0;       // text a tracked change took out (`\deleted`), not read
  std::vector<std::string> contents_lines;  // a table of contents field's entries, set aside
  std::size_t skipped_groups = 0;           // groups nested past the depth limit, not read
};

// The deepest group nesting read; deeper groups (a hostile `{{{{…`) are skipped and counted.
inline constexpr std::size_t kMaxGroupDepth = 1000;

RtfContent read_rtf(std::string_view rtf);

}  // namespace docpipe::rtf
