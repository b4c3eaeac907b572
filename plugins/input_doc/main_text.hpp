// The main document text of a Word binary file (CPs [0, ccpText), with its text boxes' characters after the paragraphs
// they are anchored in: text_boxes.hpp; footnotes, headers and comments are left out) turned into paragraphs: deleted
// revisions and hidden text dropped, insertions kept, symbol fonts' characters (Symbol ×, Wingdings ✓) read as
// Unicode, field codes dropped and field results kept (an enclosed number Word draws from an EQ field's code is its
// character), table cell marks into cells with their automatic numbers, paragraph marks into blocks with their
// automatic list labels and the heading level of their style or outline level.
#pragma once

#include <string>
#include <vector>

#include "docpipe/paragraph_intake.hpp"
#include "list_numbering.hpp"
#include "properties.hpp"
#include "style_sheet.hpp"
#include "word_binary.hpp"

namespace docpipe::doc {

struct TextStats {
  std::size_t deleted = 0;             // characters of deleted revisions dropped
  std::size_t inserted = 0;            // characters of inserted revisions kept
  std::size_t fields = 0;              // fields whose codes were dropped
  std::size_t hidden = 0;              // characters of hidden text (sprmCFVanish, a hidden character style) dropped
  std::size_t placeholder_fields = 0;  // form fields showing only Word's prompt for a content control, not read
  // The lines of a table of contents set aside (Word's copy of the headings with their page numbers), with the 目录
  // line over them.
  std::vector<std::string> contents_lines;
  // The footnote marks set in superscript after a figure and dropped (咨询8 + ² + 3人次 read 823人次).
  std::vector<std::string> footnote_marks;
};

// `fonts`: the document's font names by ftc (read_font_names), for its symbol fonts' characters.
std::vector<SourceParagraph> main_text(const std::vector<Character>& characters, const std::vector<CharacterRun>& runs,
                                       const std::vector<ParagraphRun>& paragraphs, const StyleSheet& styles,
                                       ListNumbering& numbering, const std::vector<std::string>& fonts,
                                       TextStats& stats);

}  // namespace docpipe::doc
