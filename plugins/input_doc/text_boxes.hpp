// The text boxes of a Word binary document's main text, read where they are anchored as input.docx reads
// w:txbxContent. Word keeps their text in a story of its own after the main text, footnotes, headers, comments and
// endnotes (ccpTxbx CPs), one range per box (PlcftxbxTxt, with the box's shape id in its FTXBXS); the shape is
// anchored at a CP of the main text (PlcSpaMom: the CP and the shape id in its SPA). A box inside a group shape (a
// flow chart's steps) has an id of its own, and the group's is anchored: the drawing (OfficeArtContent at DggInfo)
// says which group holds it and in what order its boxes are written.
#pragma once

#include <cstdint>
#include <vector>

#include "properties.hpp"
#include "word_binary.hpp"

namespace docpipe::doc {

// A text box's text, [cp_start, cp_end) of the document's CPs, and the main-text CP its shape is anchored at.
struct TextBox {
  std::uint32_t cp_start = 0, cp_end = 0;
  std::uint32_t anchor = 0;
  bool anchored = false;  // false: no shape of the main text was found for it (a damaged drawing)
  // Where its anchored shape lies (the SPA's yaTop, xaLeft in twips) and what the position is measured from (its
  // fbx and fby bits): boxes anchored in one paragraph are read from the top down and from the left.
  std::int32_t top = 0, left = 0;
  std::uint16_t frame = 0;
};

// The main text's text boxes in the order they are read: by their anchor, the boxes of one group in the order the
// group writes them, and then any found without an anchor. A box Word keeps for reuse (fReusable: deleted) is none,
// nor one that lies outside the text-box story or over a part of it an earlier box took (each CP of the story is
// read at most once), nor any past the 10,000th. Structures that point outside the table stream cost the text boxes,
// never the document: they are then none.
std::vector<TextBox> read_text_boxes(const Bytes& table, const Fib& fib);

// The main text (`characters`, CPs [0, ccpText)) with each text box's characters (`all`, indexed by CP) after the
// paragraph its anchor is in, as input.docx places a box: in a table, after the table's end, so that its paragraphs
// never break a row. The boxes of one paragraph whose positions are measured alike are read in the order they lie on
// the page (a flow chart's steps side by side, whose anchors LibreOffice writes in z-order, the last step first).
// Boxes found without an anchor follow the main text.
std::vector<Character> with_text_boxes(const std::vector<Character>& all, std::uint32_t ccp_text,
                                       const std::vector<TextBox>& boxes, const std::vector<ParagraphRun>& paragraphs);

}  // namespace docpipe::doc
