// A word processor's document converted from a PDF (by WPS, Word or an online converter) keeps the PDF's lines: one
// paragraph for every printed line, a sentence broken wherever the line ended (执法人员2⏎.5名), the page numbers as
// paragraphs of their own. Shared by input.docx and input.doc, which hand their paragraphs over with what the format
// knew of each; the judgement itself is hard_wraps.hpp's.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "docpipe/document.hpp"
#include "docpipe/hard_wraps.hpp"
#include "docpipe/paragraph_intake.hpp"

namespace docpipe {

// When the paragraphs look like a PDF's lines (most of them nearly one width and ending mid-sentence: input.txt's
// judgement of hard-wrapped text), they are reflowed into the paragraphs the page showed, page numbers taken out and
// recorded. A heading, a numbered paragraph, a short bold line and a table's cell stand alone: none is joined to a
// line, nor a line to it. An ordinary document, one paragraph per paragraph, is never judged wrapped and is left as it
// is. Returns the line breaks taken out.
inline std::size_t reflow_converted_lines(std::vector<SourceParagraph>& paragraphs, Document& document) {
  const auto stands_alone = [&](std::size_t i) {
    const Block& hints = paragraphs[i].hints;
    return hints.kind == BlockKind::table_cell || hints.kind == BlockKind::heading || !hints.numbering_label.empty() ||
           hints.style == "bold";
  };
  std::vector<wrapping::SourceLine> lines;
  lines.reserve(paragraphs.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    lines.push_back({paragraphs[i].text, stands_alone(i) || (i > 0 && stands_alone(i - 1))});
  }
  auto reflowed = wrapping::reflow_hard_wraps(lines);
  if (!reflowed || reflowed->joined == 0) return 0;
  std::vector<SourceParagraph> out;
  out.reserve(reflowed->paragraphs.size());
  for (std::size_t k = 0; k < reflowed->paragraphs.size(); ++k) {
    out.push_back({std::move(reflowed->paragraphs[k]), paragraphs[reflowed->first_lines[k]].hints});
  }
  for (auto& [key, value] : reflowed->removed) document.metadata.add(key, value);
  paragraphs = std::move(out);
  return reflowed->joined;
}

}  // namespace docpipe
