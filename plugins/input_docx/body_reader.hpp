// Walks a WordprocessingML body in reading order and yields its paragraphs: the text Word shows (tracked
// insertions kept, deletions dropped, moves once, field results not field codes, text boxes once,
// automatic numbering labels where Word shows them), and what Word knew about each paragraph.
#pragma once

#include <string>
#include <vector>

#include <libxml/tree.h>

#include "docpipe/layers.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "numbering.hpp"
#include "styles.hpp"

namespace docpipe::docx {

class BodyReader {
 public:
  BodyReader(const Styles& styles, Numbering& numbering, std::size_t max_blocks = kDefaultMaxBlocks)
      : styles_(styles), numbering_(numbering), max_blocks_(max_blocks) {}

  std::vector<SourceParagraph> read(const xmlNode* body);

 private:
  struct Inline {
    std::vector<std::string> segments{std::string()};  // split where Word breaks the line
    std::vector<const xmlNode*> text_boxes;
    int field_depth = 0;         // inside a complex field
    bool in_field_code = false;  // between fldChar begin and separate
  };

  void block_container(const xmlNode* node, std::vector<SourceParagraph>& out);
  void paragraph(const xmlNode* p, std::vector<SourceParagraph>& out);
  void table(const xmlNode* tbl, std::vector<SourceParagraph>& out);
  void inline_content(const xmlNode* node, Inline& state);
  void run(const xmlNode* r, Inline& state);
  std::string cell_text(const xmlNode* tc);

  const Styles& styles_;
  Numbering& numbering_;
  std::size_t max_blocks_;
  int tables_ = 0;
};

}  // namespace docpipe::docx
