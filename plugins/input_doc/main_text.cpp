#include "main_text.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "docpipe/contents_lines.hpp"
#include "docpipe/layout_tables.hpp"
#include "docpipe/line_breaks.hpp"
#include "docpipe/phonetic_guides.hpp"
#include "docpipe/placeholder_prompts.hpp"
#include "docpipe/superscripts.hpp"
#include "docpipe/symbol_fonts.hpp"
#include "docpipe/text.hpp"

namespace docpipe::doc {

namespace {

// Special characters of the text stream ([MS-DOC] 2.4.x).
constexpr char32_t kCellMark = 0x07, kTab = 0x09, kLineBreak = 0x0B, kPageBreak = 0x0C, kParagraphMark = 0x0D,
                   kFieldBegin = 0x13, kFieldSeparator = 0x14, kFieldEnd = 0x15, kNonBreakingHyphen = 0x1E,
                   kOptionalHyphen = 0x1F;

bool ends_a_block(char32_t c) { return c == kParagraphMark || c == kLineBreak || c == kPageBreak || c == kCellMark; }

// A tab shown as the space it looks like: in a cell, a heading's wrapped lines, a contents line.
std::string spaced(std::string text) {
  std::replace(text.begin(), text.end(), '\t', ' ');
  return text;
}

// Hidden text: the run's own sprmCFVanish, else its character style's, else its paragraph style's (a reviser's
// 内部批注 style), as input.docx reads w:vanish.
bool is_hidden(const CharacterRun* run, const ParagraphRun* paragraph, const StyleSheet& styles) {
  if (run != nullptr && run->hidden) return *run->hidden;
  if (run != nullptr && run->character_style) {
    if (const auto hidden = styles.hides_text(*run->character_style)) return *hidden;
  }
  return paragraph != nullptr && styles.hides_text(paragraph->style).value_or(false);
}

// Which symbol font a font's name is, as input.docx names them for w:sym.
std::optional<SymbolFont> symbol_font_named(const std::vector<std::string>& fonts, std::uint16_t ftc) {
  if (ftc >= fonts.size()) return std::nullopt;
  if (fonts[ftc] == "Symbol") return SymbolFont::symbol;
  if (fonts[ftc].starts_with("Wingdings")) return SymbolFont::wingdings;
  return std::nullopt;
}

// The text a symbol font's character shows, or nullopt for a character of no symbol font. Word's Insert Symbol
// (sprmCSymbol: a font and its code) is the character Word shows for the ones reports use (2.4×1.2米, ✓ 已完成), any
// other a space, so that the figures around it never join, as input.docx reads w:sym. A private-use character
// (U+F020–U+F0FF) typed in a symbol font is read likewise through the run's font; in a run naming no symbol font,
// by its code alone as input.pdf reads it, an unknown one kept.
std::optional<std::string> symbol_text(char32_t c, const CharacterRun* run, const std::vector<std::string>& fonts) {
  if (run != nullptr && run->symbol_font) {
    const auto font = symbol_font_named(fonts, *run->symbol_font);
    const std::string_view known = font ? symbol_font_character(*font, run->symbol_code & 0xFFu) : std::string_view();
    return known.empty() ? std::string(" ") : std::string(known);
  }
  if (c < 0xF020 || c > 0xF0FF) return std::nullopt;
  if (run != nullptr) {
    for (const std::uint16_t ftc : run->fonts) {
      if (const auto font = symbol_font_named(fonts, ftc)) {
        const std::string_view known = symbol_font_character(*font, static_cast<unsigned>(c - 0xF000));
        return known.empty() ? std::string(" ") : std::string(known);
      }
    }
  }
  const std::string_view known = symbol_font_private_use(c);
  return known.empty() ? std::nullopt : std::optional<std::string>(known);
}

// Cell boundaries of different rows this close (in twips, 1/1440 inch) are one column edge: rows laid out
// separately round their widths apart.
constexpr int kSameEdge = 10;

// A table's column edges: the union of its rows' cell boundaries, since a row may have fewer, wider cells
// (a merged cell) than the table has columns.
std::vector<int> table_grid(const std::vector<std::vector<std::int16_t>>& rows) {
  std::vector<int> edges;
  for (const auto& row : rows) edges.insert(edges.end(), row.begin(), row.end());
  std::sort(edges.begin(), edges.end());
  std::vector<int> grid;
  for (const int edge : edges) {
    if (grid.empty() || edge - grid.back() > kSameEdge) grid.push_back(edge);
  }
  return grid;
}

// The grid column a cell starting at `edge` begins in.
int grid_column(const std::vector<int>& grid, int edge) {
  const auto after = std::upper_bound(grid.begin(), grid.end(), edge + kSameEdge);
  return std::max(0, static_cast<int>(after - grid.begin()) - 1);
}

// A paragraph as its mark ends it, before it is placed: in the body, in a table's cell, or set aside as a line of a
// table of contents.
struct EndedParagraph {
  std::string text;
  const ParagraphRun* run = nullptr;
  std::optional<std::string> after_tab{};  // the text after its last tab, once it has one
  bool in_contents_field = false;          // a TOC field's result was open in it
};

// A table cell's paragraphs, in order.
using Cell = std::vector<EndedParagraph>;

class Assembler {
 public:
  Assembler(const std::vector<ParagraphRun>& paragraphs, const StyleSheet& styles, ListNumbering& numbering,
            std::vector<SourceParagraph>& out, TextStats& stats)
      : paragraphs_(paragraphs),
        styles_(styles),
        numbering_(numbering),
        out_(out),
        contents_lines_(stats.contents_lines),
        footnote_marks_(stats.footnote_marks) {}

  // A character set in superscript: read once the raised run ends, when it is known whole.
  void raised(char32_t c) { append_utf8(raised_, c); }

  void character(char32_t c) {
    settle_raised();
    append_utf8(text_, c);
    if (after_tab_) append_utf8(*after_tab_, c);
  }

  // A tab is kept: in a body paragraph of one line it may part the cells of a table pasted as text, which
  // docpipe/tab_tables.hpp judges over the whole body (read_tab_tables); anywhere else it becomes a space. What
  // follows the last one may be a contents line's page number.
  void tab() {
    settle_raised();
    text_ += '\t';
    after_tab_ = std::string();
  }

  // A TOC field's result is open in the paragraph being read (its code was read, or it began in an earlier one).
  void in_contents_field() { in_contents_field_ = true; }

  // A paragraph mark (or a page break): the paragraph ends. One inside a table cell waits for its table, which
  // decides whether its cells are a table's or the report's paragraphs.
  void paragraph_end(std::uint32_t fc) {
    settle_raised();
    const ParagraphRun* run = run_at(paragraphs_, fc);
    EndedParagraph paragraph = take_paragraph(run);
    if (run != nullptr && run->in_table) {
      flush_lines_into_cell();
      cell_.push_back(std::move(paragraph));
      return;
    }
    close_table();
    lines_.push_back(std::move(paragraph));
    place_lines(std::exchange(lines_, {}));
  }

  // A line break (Shift+Enter, 0x0B) ends a line of the paragraph, which the paragraph mark judges with the others
  // (line_breaks.hpp), as input.docx judges a w:br. In a table cell it ends a line of the cell, as it always has.
  void line_break(std::uint32_t fc) {
    const ParagraphRun* run = run_at(paragraphs_, fc);
    if (run != nullptr && run->in_table) {
      paragraph_end(fc);
      return;
    }
    settle_raised();
    lines_.push_back(take_paragraph(run));
  }

  // A cell mark ends a cell, or, in the paragraph that carries the TTP, the row.
  void cell_end(std::uint32_t fc) {
    settle_raised();
    const ParagraphRun* run = run_at(paragraphs_, fc);
    EndedParagraph paragraph = take_paragraph(run);
    flush_lines_into_cell();
    if (run != nullptr && run->row_end) {
      if (in_table()) {
        rows_.push_back({std::move(row_), run->cell_edges});
        row_.clear();
      }
      return;
    }
    cell_.push_back(std::move(paragraph));
    row_.push_back(std::move(cell_));
    cell_.clear();
  }

  void finish() {
    settle_raised();
    close_table();
    if (!lines_.empty()) {
      lines_.push_back(take_paragraph(lines_.back().run));
      place_lines(std::exchange(lines_, {}));
    }
    if (!text_.empty()) out_.push_back({std::move(text_), {}});
    text_.clear();
  }

 private:
  // A raised run as input.docx reads a superscript run (superscripts.hpp): 2 or 3 after a metric unit after a number
  // is the unit's power (1,200m²); a footnote's mark is the exponent after ×10, else dropped and recorded, so that it
  // never joins the figure's digits; other raised text is read as it is.
  void settle_raised() {
    if (raised_.empty()) return;
    const std::string raised = std::exchange(raised_, {});
    std::u32string mark = decode_utf8(raised);
    std::erase_if(mark, [](char32_t c) { return c == U' ' || c == U'\u3000'; });
    const std::u32string before = decode_utf8(text_);
    if ((mark == U"2" || mark == U"3") && ends_with_a_metric_unit_after_a_number(before)) {
      text_ += mark == U"2" ? "²" : "³";
    } else if (is_footnote_mark(mark) && ends_with_a_power_of_ten(before)) {
      text_ += encode_utf8(as_superscript(mark));
    } else if (is_footnote_mark(mark)) {
      footnote_marks_.push_back(encode_utf8(mark));
      return;
    } else {
      text_ += raised;
    }
    if (after_tab_) *after_tab_ += raised;
  }

  struct Row {
    std::vector<Cell> cells;
    std::vector<std::int16_t> edges;
  };

  EndedParagraph take_paragraph(const ParagraphRun* run) {
    EndedParagraph paragraph{std::move(text_), run, std::move(after_tab_), in_contents_field_};
    text_.clear();
    after_tab_.reset();
    in_contents_field_ = false;
    return paragraph;
  }

  bool in_table() const { return !rows_.empty() || !row_.empty(); }

  // The heading level of the paragraph's style, or of its own outline level, as input.docx gives it.
  Block heading_hints(const ParagraphRun* run) const {
    Block hints;
    if (run == nullptr) return hints;
    hints.heading_level = styles_.heading_level(run->style);
    if (run->outline_level && *run->outline_level >= 0 && *run->outline_level < 9)
      hints.heading_level = *run->outline_level + 1;
    if (hints.heading_level) hints.kind = BlockKind::heading;
    return hints;
  }

  // A line of a table of contents (contents_lines.hpp): in a contents style (toc 1, WPSOffice手动目录 1), or a
  // heading and its page number after a tab, in a TOC field's result or with a leader tab stop of its own, or after
  // typed leader dots.
  bool is_contents_line(const EndedParagraph& paragraph) const {
    if (paragraph.run != nullptr && styles_.is_contents(paragraph.run->style)) return true;
    const std::string text = spaced(paragraph.text);
    contents::EntryCandidate entry{text};
    if (paragraph.after_tab) entry.after_tab = *paragraph.after_tab;
    entry.in_contents_field = paragraph.in_contents_field;
    entry.leader_tab = paragraph.run != nullptr && paragraph.run->leader_tab;
    return contents::is_contents_entry(entry);
  }

  // Lines broken outside a table and then a cell mark (a damaged table): the lines are the cell's.
  void flush_lines_into_cell() {
    for (auto& line : lines_) cell_.push_back(std::move(line));
    lines_.clear();
  }

  // A body paragraph of lines parted by line breaks: a heading's (its style or outline level, a heading's number from
  // Word or written) wrapped to centre it is one line, a line wrapped by hand in mid-sentence joins the next, and the
  // other lines are blocks of their own, the first with the paragraph's heading hints and its number's label. A
  // right-aligned paragraph (a signature) keeps its lines; a paragraph with a contents line reads line by line.
  void place_lines(std::vector<EndedParagraph> lines) {
    const bool any_contents_line = std::any_of(lines.begin(), lines.end(), [&](const EndedParagraph& line) {
      return !line.text.empty() && is_contents_line(line);
    });
    if (lines.size() == 1 || any_contents_line) {
      for (auto& line : lines) {
        if (lines.size() > 1) line.text = spaced(std::move(line.text));  // a line of a paragraph is no table's row
        place(std::move(line));
      }
      return;
    }
    const ParagraphRun* run = lines.back().run;  // the paragraph mark's, which are the paragraph's properties
    Block hints = heading_hints(run);
    std::vector<std::string> texts;
    for (auto& line : lines) texts.push_back(spaced(std::move(line.text)));  // no row of a table: lines of one
    const bool shows_text = std::any_of(texts.begin(), texts.end(), [](const auto& text) { return !text.empty(); });
    std::string label;
    if (run != nullptr && run->list > 0 && shows_text) label = numbering_.next_label(run->list, run->level);
    if (!(run != nullptr && run->right_aligned) &&
        (hints.heading_level || line_breaks::marks_a_heading(label) || line_breaks::marks_a_heading(texts.front()))) {
      line_breaks::join_heading_wraps(texts);
    }
    if (!label.empty()) {
      hints.numbering_label = label.back() == ' ' ? label.substr(0, label.size() - 1) : label;
      texts.front().insert(0, label);
    }
    line_breaks::join_visual_wraps(texts);  // after the label, which may make the first line a heading's
    bool first = true;
    for (auto& text : texts) {
      if (text.empty()) continue;
      out_.push_back({std::move(text), first ? hints : Block{}});
      first = false;
    }
  }

  // A body paragraph: set aside when it is a contents line (with the 目录 line just over the first), else a block
  // with its heading hints and the label of its automatic numbering, as Word shows it (only a paragraph mark carries
  // one). One of a layout table's cells (`in_cell`) has its tabs as spaces, as input.docx reads a cell's paragraph.
  void place(EndedParagraph paragraph, bool in_cell = false) {
    if (!paragraph.text.empty() && is_contents_line(paragraph)) {
      if (!out_.empty() && out_.back().hints.kind != BlockKind::table_cell &&
          contents::names_the_contents(out_.back().text)) {
        contents_lines_.push_back(spaced(std::move(out_.back().text)));
        out_.pop_back();
      }
      contents_lines_.push_back(spaced(std::move(paragraph.text)));
      return;
    }
    if (in_cell) paragraph.text = spaced(std::move(paragraph.text));
    const ParagraphRun* run = paragraph.run;
    Block hints = heading_hints(run);
    if (run != nullptr && run->list > 0 && !paragraph.text.empty()) {
      std::string label = numbering_.next_label(run->list, run->level);
      if (!label.empty()) {
        hints.numbering_label = label.back() == ' ' ? label.substr(0, label.size() - 1) : label;
        paragraph.text.insert(0, label);
      }
    }
    out_.push_back({std::move(paragraph.text), std::move(hints)});
  }

  // The table ends: read as the report's paragraphs when it lays them out (layout_tables.hpp: a cell holding an
  // article, and not two cells of numbers, or a cell holding a table), else cell by cell. Paragraphs left over without
  // a cell mark (a damaged table) run on into the paragraph after it, as they always have.
  void close_table() {
    std::string left_over = spaced(joined(cell_));
    cell_.clear();
    if (!row_.empty()) rows_.push_back({std::move(row_), {}});
    row_.clear();
    if (!rows_.empty()) read_table(std::exchange(rows_, {}));
    rows_.clear();
    if (!left_over.empty()) text_.insert(0, left_over + ' ');
  }

  // A table (or one nested in a layout table's cell, `depth` 2 and more) as the report's paragraphs or as cells.
  void read_table(std::vector<Row> rows, int depth = 1) {
    if (!lays_out_text(rows, depth)) {
      add_cells(rows);
      return;
    }
    for (auto& row : rows) {
      for (auto& cell : row.cells) place_cell(std::move(cell), depth);
    }
  }

  // The depth of a table's paragraph: 1 in a table of the body, more in one nested in a cell (sprmPItap).
  static int depth_of(const EndedParagraph& paragraph) {
    return paragraph.run != nullptr ? std::max(paragraph.run->depth, 1) : 1;
  }

  // A layout table's cell as the report's paragraphs; a table nested in it (its paragraphs deeper than the cell's)
  // is a table of its own, judged and read as input.docx reads a w:tbl inside a w:tc: its cells end at the marks of
  // its depth (sprmPFInnerTableCell), its rows at its row-end marks (sprmPFInnerTtp) with their boundaries.
  void place_cell(Cell cell, int depth) {
    for (std::size_t i = 0; i < cell.size();) {
      if (depth_of(cell[i]) <= depth) {
        place(std::move(cell[i++]), true);
        continue;
      }
      std::vector<Row> nested;
      Cell nested_cell;
      std::vector<Cell> nested_row;
      for (; i < cell.size() && depth_of(cell[i]) > depth; ++i) {
        const ParagraphRun& run = *cell[i].run;
        const bool own_mark = run.depth == depth + 1;
        if (own_mark && run.inner_row_end) {
          nested.push_back({std::exchange(nested_row, {}), run.cell_edges});
          continue;
        }
        nested_cell.push_back(std::move(cell[i]));
        if (own_mark && run.inner_cell_end) nested_row.push_back(std::exchange(nested_cell, {}));
      }
      if (!nested_cell.empty()) nested_row.push_back(std::move(nested_cell));
      if (!nested_row.empty()) nested.push_back({std::move(nested_row), {}});
      read_table(std::move(nested), depth + 1);
    }
  }

  // Whether a table lays out the report: one of its cells holds a table (as input.docx judges a w:tc holding a
  // w:tbl), or an article and not two cells of numbers.
  static bool lays_out_text(const std::vector<Row>& rows, int depth) {
    const auto holds_a_table = [depth](const Cell& cell) {
      return std::any_of(cell.begin(), cell.end(),
                         [depth](const EndedParagraph& paragraph) { return depth_of(paragraph) > depth; });
    };
    for (const auto& row : rows) {
      if (std::any_of(row.cells.begin(), row.cells.end(), holds_a_table)) return true;
    }
    bool article = false;
    std::size_t numbers = 0;
    for (const auto& row : rows) {
      for (const auto& cell : row.cells) {
        layout_tables::CellContent content;
        std::u32string visible;
        for (const auto& paragraph : cell) {
          const std::size_t count = layout_tables::visible_code_points(paragraph.text);
          content.code_points += count;
          content.paragraphs += count > 0 ? 1 : 0;
          for (const char32_t c : decode_utf8(paragraph.text)) {
            if (visible.size() > layout_tables::kLongestNumberCell) break;
            if (layout_tables::is_visible(c)) visible.push_back(c);
          }
        }
        article = article || layout_tables::holds_an_article(content);
        numbers += layout_tables::holds_a_number(visible) ? 1 : 0;
      }
    }
    return layout_tables::lays_out_text(article, numbers);
  }

  // A cell's paragraphs read as one value, joined by spaces.
  static std::string joined(const Cell& cell) {
    std::string text;
    for (const auto& paragraph : cell) {
      if (!text.empty()) text += ' ';
      text += paragraph.text;
    }
    return text;
  }

  // A cell's paragraphs with the labels of their automatic numbering, as Word shows them: a 序号 column is often
  // numbered so, its paragraphs empty but for the number, which the row needs to be told from the next. An empty
  // paragraph takes its number here, unlike in the body, since the number is all the cell holds.
  Cell labelled(Cell cell) {
    for (auto& paragraph : cell) {
      if (paragraph.run == nullptr || paragraph.run->list <= 0) continue;
      paragraph.text.insert(0, numbering_.next_label(paragraph.run->list, paragraph.run->level));
    }
    return cell;
  }

  // Each cell a table_cell block with its table, row and column. A cell's column is where its left boundary lies in
  // the table's grid, so that a cell merged across columns takes as many as it spans (as gridSpan does in
  // input.docx). A row without boundaries keeps its cells counted one by one.
  void add_cells(const std::vector<Row>& rows) {
    std::vector<std::vector<std::int16_t>> all_edges;
    for (const auto& row : rows) all_edges.push_back(row.edges);
    const std::vector<int> grid = table_grid(all_edges);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const Row& row = rows[r];
      int column = -1;
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (row.edges.size() < 2) {
          column = static_cast<int>(i);
        } else {
          const int at = i + 1 < row.edges.size() ? grid_column(grid, row.edges[i]) : column + 1;
          column = std::max(at, column + 1);
        }
        Block hints;
        hints.kind = BlockKind::table_cell;
        hints.table = table_;
        hints.row = static_cast<int>(r);
        hints.column = column;
        std::string text = spaced(joined(labelled(row.cells[i])));
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out_.push_back({std::move(text), hints});
      }
    }
    ++table_;
  }

  const std::vector<ParagraphRun>& paragraphs_;
  const StyleSheet& styles_;
  ListNumbering& numbering_;
  std::vector<SourceParagraph>& out_;
  std::vector<std::string>& contents_lines_;
  std::vector<std::string>& footnote_marks_;
  std::string raised_;  // the superscript characters not yet read
  std::string text_;
  std::optional<std::string> after_tab_;
  bool in_contents_field_ = false;
  std::vector<EndedParagraph> lines_;  // the open paragraph's lines ended by line breaks
  Cell cell_;                          // the open cell's paragraphs
  std::vector<Cell> row_;              // the open row's cells
  std::vector<Row> rows_;              // the open table's rows
  int table_ = 0;
};

}  // namespace

std::vector<SourceParagraph> main_text(const std::vector<Character>& characters, const std::vector<CharacterRun>& runs,
                                       const std::vector<ParagraphRun>& paragraphs, const StyleSheet& styles,
                                       ListNumbering& numbering, const std::vector<std::string>& fonts,
                                       TextStats& stats) {
  std::vector<SourceParagraph> out;
  Assembler assembler(paragraphs, styles, numbering, out, stats);
  // The open fields, innermost last.
  struct Field {
    bool in_code = true;  // its code is being read (before the separator)
    std::string code;     // the start of its code, enough to tell a TOC field and hold an EQ's enclosed number
    bool contents = false;
    bool drawn = false;  // Word draws it from its code (an enclosed number): its result, if any, is not shown
    // A text form field (FORMTEXT) holds its result until its end: one that is only Word's prompt for a content
    // control (placeholder_prompts.hpp) was never filled in, and is not read.
    bool form_text = false;
    std::vector<Character> result;
  };
  // bytes: EQ \o\ac(○,\s\up 1(21)) with room for its spaces, and a phonetic guide's EQ with its font and hps
  // switches before the guide and the base (EQ \* jc2 \* "Font:宋体" \* hps10 \o\ad(\s\up 9(ào),岙))
  constexpr std::size_t kLongestCodeKept = 256;
  std::vector<Field> fields;
  // Text shows when no open field is in its code or drawn from it.
  const auto hides_text = [&] {
    return std::any_of(fields.begin(), fields.end(), [](const Field& field) { return field.in_code || field.drawn; });
  };
  const auto in_contents_field = [&] {
    return std::any_of(fields.begin(), fields.end(), [](const Field& field) { return field.contents; });
  };
  // Where the innermost field's code ends (at its separator, or its end mark when it has no result): an enclosed
  // number Word draws from the code (EQ \o\ac(○,21), 带圈字符 past ⑳) is shown as its character (㉑), and a phonetic
  // guide's EQ as its base (岙 under ào), as input.docx shows them, in place of any result; other fields keep their
  // result.
  const auto end_code = [&](const CharacterRun* run, std::uint32_t fc) {
    Field& field = fields.back();
    field.in_code = false;
    const auto drawn = drawn_from_field_code(field.code);
    if (!drawn) return;
    field.drawn = true;
    Field taken = std::move(fields.back());
    fields.pop_back();  // whether it shows is for the fields around it to say
    const bool visible = !hides_text() && !is_hidden(run, run_at(paragraphs, fc), styles);
    fields.push_back(std::move(taken));
    if (!visible) return;
    for (const char32_t shown : decode_utf8(*drawn)) assembler.character(shown);
  };
  // A character of the text Word shows (no field code), with its run.
  const auto show = [&](char32_t c, std::uint32_t fc, const CharacterRun* run) {
    // Hidden text (a reviser's 原稿为5次 beside the figure) is not shown; the marks that end a paragraph, a cell or
    // a row still do, so that a hidden mark never joins a paragraph to the next or breaks a table.
    if (!ends_a_block(c) && is_hidden(run, run_at(paragraphs, fc), styles)) {
      ++stats.hidden;
      return;
    }
    // A content control's placeholder (单击或点击此处输入日期。) the control's conversion left as text in Word's
    // placeholder style: nothing was entered.
    if (!ends_a_block(c) && run != nullptr && run->character_style && styles.marks_placeholder(*run->character_style))
      return;
    if (run != nullptr && run->inserted) ++stats.inserted;
    if (const auto symbol = c >= 0x20 ? symbol_text(c, run, fonts) : std::nullopt) {
      for (const char32_t shown : decode_utf8(*symbol)) assembler.character(shown);
      return;
    }
    if (run != nullptr && run->superscript && c >= 0x20) {
      assembler.raised(c);
      return;
    }
    switch (c) {
      case kParagraphMark:
      case kPageBreak:
        assembler.paragraph_end(fc);
        if (in_contents_field()) assembler.in_contents_field();  // the field runs on into the next paragraph
        break;
      case kLineBreak:
        assembler.line_break(fc);
        if (in_contents_field()) assembler.in_contents_field();
        break;
      case kCellMark:
        assembler.cell_end(fc);
        if (in_contents_field()) assembler.in_contents_field();
        break;
      case kTab:
        assembler.tab();
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
  };
  // A form field's held result, shown; when it is only Word's prompt, only the marks that end blocks in it are.
  const auto show_form_result = [&](Field& field) {
    std::string text;
    for (const auto& [c, fc] : field.result) {
      if (c >= 0x20) append_utf8(text, c);
    }
    const bool prompt = is_word_placeholder_prompt(text);
    if (prompt) ++stats.placeholder_fields;
    for (const auto& [c, fc] : std::exchange(field.result, {})) {
      if (!prompt || ends_a_block(c)) show(c, fc, run_at(runs, fc));
    }
    field.form_text = false;
  };
  for (const auto& [c, fc] : characters) {
    if (c == 0) continue;
    const CharacterRun* run = run_at(runs, fc);
    if (run != nullptr && run->deleted) {
      ++stats.deleted;
      continue;
    }
    if (c == kFieldBegin) {
      // A field inside a form field's result: the result is shown as it comes, as before.
      if (!fields.empty() && fields.back().form_text) show_form_result(fields.back());
      fields.emplace_back();
      ++stats.fields;
      continue;
    }
    if (c == kFieldSeparator) {
      if (!fields.empty() && fields.back().in_code) {
        end_code(run, fc);
        // A TOC field's result is Word's copy of the headings, over as many paragraphs as it has lines.
        fields.back().contents = contents::is_contents_field_code(fields.back().code);
        if (fields.back().contents) assembler.in_contents_field();
        fields.back().form_text = is_form_text_field_code(fields.back().code);
      }
      continue;
    }
    if (c == kFieldEnd) {
      if (!fields.empty()) {
        if (fields.back().in_code) end_code(run, fc);
        if (fields.back().form_text) show_form_result(fields.back());
        fields.pop_back();
      }
      continue;
    }
    if (!fields.empty() && fields.back().in_code && fields.back().code.size() < kLongestCodeKept && c >= 0x20) {
      append_utf8(fields.back().code, c);
    }
    if (hides_text()) continue;
    if (!fields.empty() && fields.back().form_text) {
      fields.back().result.push_back({c, fc});
      continue;
    }
    show(c, fc, run);
  }
  // A form field left open by a damaged text (no end mark) still shows what it held.
  for (Field& field : fields) {
    if (field.form_text) show_form_result(field);
  }
  assembler.finish();
  return out;
}

}  // namespace docpipe::doc
