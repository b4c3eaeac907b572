// Builds a Document's text from blocks, so every input plugin lays text out the
// same way: one block per line of text, blocks separated by a single '\n'.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "docpipe/document.hpp"
#include "docpipe/text.hpp"

namespace docpipe {

class DocumentBuilder {
 public:
  explicit DocumentBuilder(Document& document) : document_(document), code_points_(count_code_points(document.text)) {}

  // Appends `text` as a block; `hints` carries what the format knows (its offsets are filled in here).
  // Empty text adds nothing: an empty paragraph is layout, not content.
  void add_block(std::string_view text, Block hints = {}) {
    if (text.empty()) return;
    if (!document_.text.empty()) {
      document_.text += '\n';
      ++code_points_;
    }
    hints.start = code_points_;
    document_.text += text;
    code_points_ += count_code_points(text);
    hints.end = code_points_;
    document_.blocks.push_back(std::move(hints));
  }

  std::size_t code_points() const { return code_points_; }

 private:
  Document& document_;
  std::size_t code_points_;
};

}  // namespace docpipe
