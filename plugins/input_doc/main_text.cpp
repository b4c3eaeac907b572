#include "main_text.hpp"

#include "docpipe/text.hpp"

namespace docpipe::doc {

namespace {

// Special characters of the text stream ([MS-DOC] 2.4.x).
constexpr char32_t kCellMark = 0x07, kTab = 0x09, kLineBreak = 0x0B, kPageBreak = 0x0C, kParagraphMark = 0x0D,
                   kFieldBegin = 0x13, kFieldSeparator = 0x14, kFieldEnd = 0x15, kNonBreakingHyphen = 0x1E,
                   kOptionalHyphen = 0x1F;

class Assembler {
 public:
  Assembler(const std::vector<ParagraphRun>& paragraphs, ListNumbering& numbering, std::vector<SourceParagraph>& out)
      : paragraphs_(paragraphs), numbering_(numbering), out_(out) {}

  void character(char32_t c) { append_utf8(text_, c); }

  // A paragraph mark (or a line or page break): the paragraph ends, unless it is one inside a table cell,
  // whose paragraphs read as one value.
  void paragraph_end(std::uint32_t fc) {
    const ParagraphRun* run = run_at(paragraphs_, fc);
    if (run != nullptr && run->in_table) {
      if (!text_.empty()) text_ += ' ';
      return;
    }
    close_table();
    Block hints;
    // The label of an automatically numbered paragraph, as Word shows it (only a paragraph mark carries one).
    if (run != nullptr && run->list > 0 && !text_.empty()) {
      std::string label = numbering_.next_label(run->list, run->level);
      if (!label.empty()) {
        hints.numbering_label = label.back() == ' ' ? label.substr(0, label.size() - 1) : label;
        text_.insert(0, label);
      }
    }
    out_.push_back({std::move(text_), std::move(hints)});
    text_.clear();
  }

  // A cell mark ends a cell, or, in the paragraph that carries the TTP, the row.
  void cell_end(std::uint32_t fc) {
    const ParagraphRun* run = run_at(paragraphs_, fc);
    if (run != nullptr && run->row_end) {
      text_.clear();
      if (in_table_) ++row_, column_ = 0;
      return;
    }
    if (!in_table_) in_table_ = true, row_ = 0, column_ = 0;
    Block hints;
    hints.kind = BlockKind::table_cell;
    hints.table = table_;
    hints.row = row_;
    hints.column = column_++;
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    out_.push_back({std::move(text_), hints});
    text_.clear();
  }

  void finish() {
    if (!text_.empty()) out_.push_back({std::move(text_), {}});
    text_.clear();
  }

 private:
  void close_table() {
    if (in_table_) in_table_ = false, ++table_;
  }

  const std::vector<ParagraphRun>& paragraphs_;
  ListNumbering& numbering_;
  std::vector<SourceParagraph>& out_;
  std::string text_;
  bool in_table_ = false;
  int table_ = 0, row_ = 0, column_ = 0;
};

}  // namespace

std::vector<SourceParagraph> main_text(const std::vector<Character>& characters, const std::vector<CharacterRun>& runs,
                                       const std::vector<ParagraphRun>& paragraphs, ListNumbering& numbering,
                                       TextStats& stats) {
  std::vector<SourceParagraph> out;
  Assembler assembler(paragraphs, numbering, out);
  // One entry per open field: true while its code is being read (before the separator).
  std::vector<bool> fields;
  const auto in_code = [&] {
    for (const bool code : fields) {
      if (code) return true;
    }
    return false;
  };
  for (const auto& [c, fc] : characters) {
    if (c == 0) continue;
    const CharacterRun* run = run_at(runs, fc);
    if (run != nullptr && run->deleted) {
      ++stats.deleted;
      continue;
    }
    if (c == kFieldBegin) {
      fields.push_back(true);
      ++stats.fields;
      continue;
    }
    if (c == kFieldSeparator) {
      if (!fields.empty()) fields.back() = false;
      continue;
    }
    if (c == kFieldEnd) {
      if (!fields.empty()) fields.pop_back();
      continue;
    }
    if (in_code()) continue;
    if (run != nullptr && run->inserted) ++stats.inserted;
    switch (c) {
      case kParagraphMark:
      case kLineBreak:
      case kPageBreak:
        assembler.paragraph_end(fc);
        break;
      case kCellMark:
        assembler.cell_end(fc);
        break;
      case kTab:
        assembler.character(U' ');
        break;
      case kNonBreakingHyphen:
        assembler.character(U'-');
        break;
      case kOptionalHyphen:
        break;
      default:
        // Other controls are anchors of pictures, drawn objects, footnote and comment references.
        if (c >= 0x20) assembler.character(c);
    }
  }
  assembler.finish();
  return out;
}

}  // namespace docpipe::doc
