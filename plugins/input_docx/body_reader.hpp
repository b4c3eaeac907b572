// Walks a WordprocessingML body in reading order and yields its paragraphs: the text Word shows (tracked
// insertions kept, deletions dropped, moves once, field results not field codes, text boxes once,
// automatic numbering labels where Word shows them), and what Word knew about each paragraph.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <libxml/tree.h>

#include "docpipe/layers.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "numbering.hpp"
#include "styles.hpp"

namespace docpipe::docx {

// A complex field open in a paragraph (fldChar begin, before its end).
struct OpenField {
  bool in_code = true;           // between begin and separate
  bool contents = false;         // a table of contents (TOC \o "1-3")
  std::string code;              // the instrText so far
  bool result_replaced = false;  // its code was shown (an enclosed number): its result is not
  // A text form field (FORMTEXT): where its result starts in the paragraph's last line, and the paragraph's counts
  // there, to take it out again when it is only Word's prompt for a content control (placeholder_prompts.hpp).
  struct FormResultStart {
    std::size_t line = 0;
    std::size_t byte = 0;
    std::size_t characters = 0;
    std::size_t bold_characters = 0;
    std::optional<std::string> after_tab;
  };
  std::optional<FormResultStart> form_result_start;
};

class BodyReader {
 public:
  BodyReader(const Styles& styles, Numbering& numbering, std::size_t max_blocks = kDefaultMaxBlocks)
      : styles_(styles), numbering_(numbering), max_blocks_(max_blocks) {}

  std::vector<SourceParagraph> read(const xmlNode* body);
  // Documents pasted in whole (w:altChunk) met while reading: their parts are not read.
  int imported_chunks() const { return imported_chunks_; }
  // The programs of the objects embedded by OLE (o:OLEObject's ProgID: Excel.Sheet.12), in reading order: the
  // document shows only their picture, so their content is not read.
  const std::vector<std::string>& embedded_objects() const { return embedded_objects_; }
  // The footnote marks dropped from the text, in reading order: a superscript number after a figure, or the mark
  // a note with a custom mark writes after its reference.
  const std::vector<std::string>& footnote_marks() const { return footnote_marks_; }
  // The lines of a table of contents: Word's copy of the headings with page numbers, not the report's text.
  // Paragraphs styled "toc N", "目录 N" (WPS: "WPSOffice手动目录 N") or "TOC Heading"; paragraphs of a heading
  // and its page number that a TOC field holds, or set apart by a dot-leader tab or typed leader dots; and the
  // 目录 line over them.
  const std::vector<std::string>& contents_lines() const { return contents_lines_; }
  // The rows of links a pasted page's menu and its links to other sites left as tables (首页 | 政务公开 | …): not
  // read as text.
  const std::vector<std::string>& link_bars() const { return link_bars_; }
  // Whether such rows are set aside (the default) or read as the tables they are (artifacts kept).
  void set_drop_link_bars(bool drop) { drop_link_bars_ = drop; }
  // How many hyperlinks the paragraphs above the first sentence hold: a page pasted into Word has its menu, its
  // breadcrumb and its column's links there, a report typed in Word none.
  std::size_t links_above_text() const { return links_above_text_; }

 private:
  struct Inline {
    std::vector<std::string> segments{std::string()};  // split where Word breaks the line
    std::vector<const xmlNode*> text_boxes;
    // The complex fields the text is inside, innermost last. Text shows only when no enclosing field is in its code
    // (between begin and separate): a field nested in another's code (an IF's condition) shows nothing, however its
    // own result reads; nor does the result of a field whose code was rendered in its place.
    std::vector<OpenField> fields;
    bool bold_by_style = false;    // the paragraph style sets its text bold
    bool hidden_by_style = false;  // the paragraph style hides its text
    std::size_t characters = 0;    // bytes of visible text other than spaces, and how many of them are bold
    std::size_t bold_characters = 0;
    bool custom_mark_follows = false;  // a note reference with a mark of its own was read: its mark is the next text
    bool contents_field_seen = false;  // a TOC field began in the paragraph
    std::optional<std::string> after_tab;  // the visible text after the last tab, once there is a tab
  };

  void block_container(const xmlNode* node, std::vector<SourceParagraph>& out);
  void paragraph(const xmlNode* p, std::vector<SourceParagraph>& out);
  void table(const xmlNode* tbl, std::vector<SourceParagraph>& out);
  void inline_content(const xmlNode* node, Inline& state);
  void run(const xmlNode* r, Inline& state);
  void field_char(const xmlNode* r, const std::string& type, Inline& state);
  // A run's own formatting (w:rPr) and character style, looked up once for all that its children ask of them.
  struct RunFormat {
    const xmlNode* properties = nullptr;
    std::string style;
  };
  static RunFormat format_of(const xmlNode* r);
  void show_text(std::string_view text, const RunFormat& format, Inline& state);
  std::string cell_text(const xmlNode* tc);
  bool is_hidden(const RunFormat& format, const Inline& state) const;
  bool is_superscript(const RunFormat& format) const;
  bool note_mark(std::string_view text, Inline& state);
  bool is_bold(const RunFormat& format, const Inline& state) const;
  bool is_contents_entry(const xmlNode* properties, const std::string& style, const Inline& state,
                         bool in_contents_field) const;
  void set_aside_as_contents(const Inline& state, std::vector<SourceParagraph>& out);

  const Styles& styles_;
  Numbering& numbering_;
  std::size_t max_blocks_;
  int tables_ = 0;
  // The text of a paragraph whose mark was deleted as a tracked change: Word shows it joined to the next.
  std::string carried_;
  // A TOC field's result runs over many paragraphs: true from the paragraph its field begins in to its end.
  bool in_contents_field_ = false;
  // How many table cells of figures the paragraphs being read are in: a line break in a cell is never a heading's
  // wrap (a header 执法人员⏎（人） keeps its two lines).
  int cells_open_ = 0;
  int imported_chunks_ = 0;
  std::vector<std::string> contents_lines_;
  std::vector<std::string> footnote_marks_;
  std::vector<std::string> embedded_objects_;
  std::vector<std::string> link_bars_;
  bool drop_link_bars_ = true;
  bool sentence_seen_ = false;  // a paragraph with a full stop has been read
  std::size_t links_above_text_ = 0;
  // Where an empty paragraph was met between body paragraphs: the index the next paragraph takes in the body.
  std::vector<std::size_t> blank_before_;
};

}  // namespace docpipe::docx
