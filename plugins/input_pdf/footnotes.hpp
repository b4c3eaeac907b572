// Footnotes on a PDF's pages. A word processor sets a footnote's mark in the body as a superscript (smaller glyphs
// raised above the line's baseline, right after the words it annotates) and the note itself at the page's foot, in
// smaller type, opening with the mark's number. Read as words, the mark runs into the figure after it (矛盾纠纷¹183件
// read 1183件) and the notes into the body where the page ends (执法人 / 1述法情况… / 员6人). Both are set aside, as
// .doc and .docx keep footnotes out of the body.
#pragma once

#include <string>
#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::pdf {

struct NoteMark {
  std::string text;             // as written: 1, ①, *
  double annotated_height = 0;  // the height of the words it follows: the body's type where it stands
};

// Removes the note marks from a page's words and returns them in the order they were found.
std::vector<NoteMark> take_note_marks(std::vector<layout::Word>& words);

struct Footnote {
  std::string mark;  // the mark it opens with
  std::string text;  // what follows it, its lines joined
};

// Removes from a page's lines (lines_of_page, top to bottom) the footnotes at its foot: lines in type smaller than
// the text the page's `marks` annotate, in the lower half of the page and below the body, the first opening with one
// of the marks; a page number or running footer under them (in the bottom margin, and a page number wherever it
// stands under them) stays for the furniture pass. Without marks on the page,
// nothing is a footnote.
std::vector<Footnote> take_footnotes(std::vector<layout::Line>& lines, const std::vector<NoteMark>& marks,
                                     double page_height);

}  // namespace docpipe::pdf
