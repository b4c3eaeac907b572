#include "rtf_reader.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "code_pages.hpp"
#include "docpipe/contents_lines.hpp"
#include "docpipe/text.hpp"
#include "rtf_tokenizer.hpp"
#include "style_sheet.hpp"
#include "text_assembly.hpp"

namespace docpipe::rtf {

namespace {

constexpr int kDefaultCodePage = 1252;  // RTF's `\ansi` without `\ansicpgN`
constexpr int kLongestUnicodeFallback = 16;

// Where a group's text goes. A field's instruction is read to tell a table of contents (TOC) from other fields; a
// table of contents' result (Word's copy of the headings and their pages) is set aside, as input.docx sets it aside.
// A shape is skipped but for its text box's text (`\shptxt`), read as paragraphs after the one the shape is in.
enum class Sink {
  body,
  skip,
  font_table,
  style_sheet,
  style_entry,
  list_text,
  field_instruction,
  contents,
  shape,
  text_box
};

// What a group carries and `}` restores: its destination, character and paragraph properties.
struct Group {
  Sink sink = Sink::body;
  int unicode_fallback = 1;  // `\ucN`: characters after `\uN` for readers without Unicode
  int font = -1;
  bool hidden = false;
  bool deleted = false;  // `\deleted`: a tracked change took the text out
  bool bold = false;
  int style = 0;
  std::optional<int> outline_level;
  bool in_table = false;
};

// Destinations whose content is no part of the report's text.
bool is_skipped_destination(std::string_view word) {
  static constexpr std::string_view kSkipped[] = {
      "colortbl",     "info",      "pict",       "object",     "header",
      "headerl",      "headerr",   "headerf",    "footer",     "footerl",
      "footerr",      "footerf",   "themedata",  "listtable",  "listoverridetable",
      "rsidtbl",      "generator", "xmlnstbl",   "mmathPr",    "pn",
      "pntxta",       "pntxtb",    "revtbl",     "filetbl",    "template",
      "userprops",    "docvar",    "ftnsep",     "ftnsepc",    "aftnsep",
      "aftnsepc",     "ftncn",     "aftncn",     "tc",         "tcn",
      "xe",           "sp",        "shprslt",    "nonshppict", "do",
      "atnid",        "atnauthor", "annotation", "comment",    "datastore",
      "latentstyles", "fontemb",   "fontfile",   "objdata",    "result",
      "bkmkstart",    "bkmkend"};
  for (const auto skipped : kSkipped) {
    if (word == skipped) return true;
  }
  return false;
}

// Destinations written after `\*` that this reader reads rather than skips.
bool is_read_optional_destination(std::string_view word) {
  return word == "fldinst" || word == "shpinst" || word == "shptxt";
}

// A control word that stands for one character.
std::string_view character_of(std::string_view word) {
  static const std::map<std::string_view, std::string_view> kCharacters = {
      {"tab", "\t"},    {"emdash", "—"},    {"endash", "–"},    {"bullet", "•"},    {"lquote", "‘"},
      {"rquote", "’"},  {"ldblquote", "“"}, {"rdblquote", "”"}, {"emspace", " "},   {"enspace", " "},
      {"qmspace", " "}, {"zwj", "\u200D"},  {"zwnj", "\u200C"}, {"zwbo", "\u200B"}, {"zwnbo", "\u2060"},
  };
  const auto found = kCharacters.find(word);
  return found == kCharacters.end() ? std::string_view() : found->second;
}

class Reader {
 public:
  explicit Reader(std::string_view rtf) : tokens_(rtf) { groups_.emplace_back(); }

  RtfContent read() {
    for (Token token = tokens_.next(); token.kind != TokenKind::end && !ended_; token = tokens_.next()) {
      if (overflow_ > 0) {
        skip_overflow(token);
        continue;
      }
      if (fallback_left_ > 0 && consume_fallback(token)) continue;
      handle(token);
    }
    flush_bytes();
    if (paragraph_.shows_text() || !paragraph_.label.empty()) end_paragraph(false);
    add_text_boxes(false);
    RtfContent content;
    content.paragraphs = assembly_.finish();
    content.tables = assembly_.tables();
    content.encoding = decoder_.name_used_for(ansi_code_page_);
    content.footnotes = footnotes_;
    content.hidden_characters = hidden_characters_;
    content.deleted_characters = deleted_characters_;
    content.contents_lines = std::move(contents_lines_);
    content.skipped_groups = skipped_groups_;
    return content;
  }

 private:
  Group& group() { return groups_.back(); }

  // Groups past the depth limit: counted, their content left unread.
  void skip_overflow(const Token& token) {
    if (token.kind == TokenKind::group_open) ++overflow_;
    if (token.kind == TokenKind::group_close) --overflow_;
    if (token.kind == TokenKind::control_word && token.name == "bin") tokens_.skip(binary_length(token));
  }

  // The characters after `\uN` that stand in for it: a text byte, an escape or a control word each count as one.
  bool consume_fallback(Token& token) {
    switch (token.kind) {
      case TokenKind::text: {
        const std::size_t taken = std::min<std::size_t>(static_cast<std::size_t>(fallback_left_), token.name.size());
        fallback_left_ -= static_cast<int>(taken);
        token.name.remove_prefix(taken);
        return token.name.empty();
      }
      case TokenKind::hex_byte:
      case TokenKind::control_symbol:
        --fallback_left_;
        return true;
      case TokenKind::control_word:
        if (token.name == "bin") break;
        --fallback_left_;
        return true;
      default:
        break;
    }
    fallback_left_ = 0;
    return false;
  }

  void handle(const Token& token) {
    // After `\*`, an optional destination: read when it is one this reader knows, skipped otherwise.
    if (std::exchange(optional_destination_, false) &&
        !(token.kind == TokenKind::control_word && is_read_optional_destination(token.name))) {
      group().sink = Sink::skip;
    }
    switch (token.kind) {
      case TokenKind::text:
        if (group().sink != Sink::skip && group().sink != Sink::font_table) {
          for (const char byte : token.name) add_byte(byte);
        }
        return;
      case TokenKind::hex_byte:
        if (group().sink != Sink::skip && group().sink != Sink::font_table) add_byte(static_cast<char>(token.byte));
        return;
      case TokenKind::group_open:
        open_group();
        return;
      case TokenKind::group_close:
        close_group();
        return;
      case TokenKind::control_symbol:
        control_symbol(token.name);
        return;
      case TokenKind::control_word:
        control_word(token.name, token.parameter);
        return;
      case TokenKind::end:
        return;
    }
  }

  void open_group() {
    flush_bytes();
    pending_high_surrogate_.reset();
    if (groups_.size() >= kMaxGroupDepth) {
      ++skipped_groups_;
      overflow_ = 1;
      return;
    }
    Group inner = group();
    if (inner.sink == Sink::style_sheet) {
      inner.sink = Sink::style_entry;
      styles_.begin_entry();
    }
    groups_.push_back(inner);
  }

  void close_group() {
    flush_bytes();
    pending_high_surrogate_.reset();
    if (groups_.size() <= 1) return;  // an unbalanced `}`: read on
    const Sink closed = group().sink;
    groups_.pop_back();
    if (closed == Sink::text_box && group().sink != Sink::text_box) end_text_box_paragraph();
    if (closed == Sink::contents && group().sink != Sink::contents) end_contents_line();
    // The document's group ends the document; what a server appended after it is no text of the report. A `}` that
    // closes it before any text was read is damage, and the reader reads on.
    if (groups_.size() == 1 && read_text_) ended_ = true;
    if (closed == Sink::style_entry && group().sink == Sink::style_sheet) styles_.end_entry();
  }

  void control_symbol(std::string_view symbol) {
    if (symbol == "*") {  // an optional destination: the control word after it decides (handle())
      flush_bytes();
      optional_destination_ = group().sink != Sink::skip;
      return;
    }
    if (symbol == "\\" || symbol == "{" || symbol == "}") {
      if (group().sink != Sink::skip) add_byte(symbol.front());
      return;
    }
    flush_bytes();
    if (symbol == "~") emit("\u00A0");
    if (symbol == "_") emit("\u2011");
  }

  void control_word(std::string_view word, std::optional<std::int32_t> parameter) {
    if (word == "bin") {
      flush_bytes();
      tokens_.skip(binary_length(Token{TokenKind::control_word, word, parameter, 0}));
      return;
    }
    flush_bytes();
    Group& current = group();
    if (current.sink == Sink::skip) return;
    if (current.sink == Sink::font_table) {
      font_table_word(word, parameter);
      return;
    }
    if (word != "u") pending_high_surrogate_.reset();
    if (destination(word)) return;
    const int value = parameter.value_or(1);
    if (current.sink == Sink::style_entry) {
      style_word(word, parameter);
    }
    if (word == "u" && parameter) {
      unicode(*parameter);
    } else if (word == "uc") {
      current.unicode_fallback = std::clamp(value, 0, kLongestUnicodeFallback);
    } else if (word == "ansicpg" && parameter) {
      ansi_code_page_ = *parameter;
    } else if (word == "deff" && parameter) {
      default_font_ = *parameter;
    } else if (word == "f" && parameter) {
      current.font = *parameter;
    } else if (word == "v") {
      current.hidden = value != 0;
    } else if (word == "deleted") {
      current.deleted = value != 0;
    } else if (word == "b") {
      current.bold = value != 0;
    } else if (word == "plain") {
      current.font = -1, current.hidden = false, current.deleted = false, current.bold = false;
    } else if (word == "pard") {
      current.style = 0, current.outline_level.reset(), current.in_table = false;
    } else if (word == "s" && parameter) {
      current.style = *parameter;
    } else if (word == "outlinelevel" && parameter) {
      current.outline_level = *parameter;
    } else if (word == "cellx" && parameter && current.sink == Sink::body) {
      constexpr std::size_t kMostCells = 64;  // RTF's own limit on a row's cells; a hostile row is cut
      if (row_edges_.size() < kMostCells) row_edges_.push_back(*parameter);
    } else if (word == "intbl") {
      current.in_table = true;
    } else if (word == "itap" && parameter) {
      current.in_table = *parameter > 0;
    } else if (current.sink == Sink::body) {
      body_word(word);
    } else if (current.sink == Sink::contents || current.sink == Sink::text_box) {
      aside_word(word);
    } else if (const auto character = character_of(word); !character.empty()) {
      emit(character);
    }
  }

  // A destination word opens the group it starts: set where the group's text goes.
  bool destination(std::string_view word) {
    Group& current = group();
    if (word == "fonttbl") {
      current.sink = Sink::font_table;
    } else if (word == "stylesheet") {
      current.sink = Sink::style_sheet;
    } else if (word == "listtext" || word == "pntext") {
      current.sink = Sink::list_text;
    } else if (word == "footnote") {
      current.sink = Sink::skip;
      ++footnotes_;
    } else if (word == "field") {
      field_instruction_.clear();  // a field without an instruction is no table of contents
    } else if (word == "fldinst") {
      current.sink = Sink::field_instruction;
      field_instruction_.clear();
    } else if (word == "fldrslt") {
      // A table of contents' entries (and the PAGEREF fields within them, whose results inherit this sink).
      if (contents::is_contents_field_code(field_instruction_)) current.sink = Sink::contents;
    } else if (word == "shp" || word == "shpinst") {
      if (current.sink != Sink::text_box) current.sink = Sink::shape;
    } else if (word == "shptxt") {
      // A shape drawn inside a text box reads its own box's text into the same box.
      current.sink = current.sink == Sink::shape || current.sink == Sink::text_box ? Sink::text_box : Sink::skip;
    } else if (is_skipped_destination(word)) {
      current.sink = Sink::skip;
    } else {
      return false;
    }
    return true;
  }

  void body_word(std::string_view word) {
    if (word == "par" || word == "sect" || word == "page") {
      end_paragraph(false);
    } else if (word == "line") {
      paragraph_.lines.emplace_back();
    } else if (word == "cell" || word == "nestcell") {
      // A nested table's cells are read flat: each one a paragraph of the outer cell.
      end_paragraph(true);
      if (word == "cell") assembly_.end_cell();
    } else if (word == "row") {
      if (paragraph_.shows_text()) end_paragraph(true);
      assembly_.end_row(row_edges_);
    } else if (word == "trowd") {
      row_edges_.clear();
    } else if (const auto character = character_of(word); !character.empty()) {
      emit(character);
    }
  }

  // A table of contents' or a text box's paragraph ends as a body one does; a tab in an entry is the space before
  // its page number.
  void aside_word(std::string_view word) {
    const bool contents = group().sink == Sink::contents;
    if (word == "par" || word == "sect" || word == "page" || word == "cell" || word == "nestcell" || word == "row" ||
        (contents && word == "line")) {
      contents ? end_contents_line() : end_text_box_paragraph();
    } else if (word == "line") {
      text_box_paragraph_.lines.emplace_back();
    } else if (contents && word == "tab") {
      emit(" ");
    } else if (const auto character = character_of(word); !character.empty()) {
      emit(character);
    }
  }

  void end_contents_line() {
    std::string line = std::exchange(contents_line_, {});
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos) return;
    line = line.substr(first, line.find_last_not_of(" \t") - first + 1);
    contents_lines_.push_back(std::move(line));
  }

  void end_text_box_paragraph() {
    EndedParagraph ended = std::exchange(text_box_paragraph_, EndedParagraph{});
    if (ended.shows_text()) text_box_paragraphs_.push_back(std::move(ended));
  }

  void font_table_word(std::string_view word, std::optional<std::int32_t> parameter) {
    if (!parameter) return;
    if (word == "f") font_entry_ = *parameter;
    if (word == "fcharset") {
      if (const int code_page = code_page_of_charset(*parameter); code_page != 0)
        font_code_pages_[font_entry_] = code_page;
    }
    if (word == "cpg" && *parameter > 0) font_code_pages_[font_entry_] = *parameter;
  }

  void style_word(std::string_view word, std::optional<std::int32_t> parameter) {
    if (word == "s" && parameter) styles_.paragraph_style(*parameter);
    if (word == "cs" || word == "ds" || word == "ts") styles_.other_style();
    if (word == "outlinelevel" && parameter) styles_.outline_level(*parameter);
  }

  // `\uN`: a signed 16-bit code unit; a surrogate pair is two of them.
  void unicode(std::int32_t parameter) {
    fallback_left_ = group().unicode_fallback;
    std::int64_t unit = parameter < 0 ? std::int64_t{parameter} + 65536 : parameter;
    if (unit < 0 || unit > 0xFFFF) {
      pending_high_surrogate_.reset();
      emit("\uFFFD");
      return;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      pending_high_surrogate_ = static_cast<char32_t>(unit);
      return;
    }
    char32_t code_point = static_cast<char32_t>(unit);
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      code_point = pending_high_surrogate_
                       ? static_cast<char32_t>(0x10000 + ((*pending_high_surrogate_ - 0xD800) << 10) + (unit - 0xDC00))
                       : U'\uFFFD';
    }
    pending_high_surrogate_.reset();
    std::string utf8;
    append_utf8(utf8, code_point);
    emit(utf8);
  }

  static std::uint64_t binary_length(const Token& token) {
    return token.parameter && *token.parameter > 0 ? static_cast<std::uint64_t>(*token.parameter) : 0;
  }

  int code_page() {
    const int font = group().font >= 0 ? group().font : default_font_;
    if (const auto found = font_code_pages_.find(font); found != font_code_pages_.end()) return found->second;
    return ansi_code_page_;
  }

  // Bytes are gathered across text and `\'hh` escapes, so that a GBK character written as two escapes is decoded
  // whole.
  void add_byte(char byte) {
    const int page = code_page();
    if (!bytes_.empty() && page != bytes_code_page_) flush_bytes();
    bytes_code_page_ = page;
    bytes_ += byte;
  }

  void flush_bytes() {
    if (bytes_.empty()) return;
    const std::string utf8 = decoder_.decode(bytes_, bytes_code_page_);
    bytes_.clear();
    emit(utf8);
  }

  void emit(std::string_view utf8) {
    Group& current = group();
    switch (current.sink) {
      case Sink::body:
        if (current.hidden) {
          hidden_characters_ += decode_utf8(utf8).size();
          return;
        }
        if (current.deleted) {
          deleted_characters_ += decode_utf8(utf8).size();
          return;
        }
        paragraph_.lines.back() += utf8;
        read_text_ = true;
        if (utf8.find_first_not_of(" \t") != std::string_view::npos) (current.bold ? bold_ : plain_) = true;
        return;
      case Sink::list_text:
        if (!current.hidden && !current.deleted) paragraph_.label += utf8;
        return;
      case Sink::field_instruction:
        field_instruction_ += utf8;
        return;
      case Sink::contents:
        if (!current.hidden && !current.deleted) contents_line_ += utf8;
        return;
      case Sink::text_box:
        if (!current.hidden && !current.deleted) text_box_paragraph_.lines.back() += utf8;
        return;
      case Sink::style_entry:
        styles_.name_text(utf8);
        return;
      default:
        return;
    }
  }

  void end_paragraph(bool into_cell) {
    const Group& current = group();
    EndedParagraph ended = std::exchange(paragraph_, EndedParagraph{});
    ended.heading_level =
        current.outline_level ? heading_level_of_outline(*current.outline_level) : styles_.heading_level(current.style);
    if (current.style != 0) ended.style = styles_.name(current.style);  // the default style is no hint
    ended.all_bold = bold_ && !plain_;
    bold_ = plain_ = false;
    const bool in_cell = into_cell || current.in_table;
    in_cell ? assembly_.add_cell_paragraph(std::move(ended)) : assembly_.add_paragraph(std::move(ended));
    add_text_boxes(in_cell);
  }

  // The text boxes of the paragraph just ended (or of the document's end), in the order they were written.
  void add_text_boxes(bool in_cell) {
    for (auto& box : std::exchange(text_box_paragraphs_, {})) {
      in_cell ? assembly_.add_cell_paragraph(std::move(box)) : assembly_.add_paragraph(std::move(box));
    }
  }

  Tokenizer tokens_;
  std::vector<Group> groups_;
  std::size_t overflow_ = 0;
  bool read_text_ = false;
  bool ended_ = false;
  int fallback_left_ = 0;
  std::optional<char32_t> pending_high_surrogate_;
  int ansi_code_page_ = kDefaultCodePage;
  int default_font_ = -1;
  int font_entry_ = -1;
  std::map<int, int> font_code_pages_;
  StyleSheet styles_;
  CodePageDecoder decoder_;
  std::string bytes_;
  int bytes_code_page_ = kDefaultCodePage;
  EndedParagraph paragraph_;
  bool bold_ = false;
  bool plain_ = false;
  TextAssembly assembly_;
  std::vector<int> row_edges_;
  std::size_t footnotes_ = 0;
  std::size_t hidden_characters_ = 0;
  std::size_t deleted_characters_ = 0;
  std::size_t skipped_groups_ = 0;
  bool optional_destination_ = false;  // `\*` just read
  std::string field_instruction_;      // the last field's instruction (TOC \o "1-3" \h, HYPERLINK …)
  std::string contents_line_;
  std::vector<std::string> contents_lines_;
  EndedParagraph text_box_paragraph_;
  std::vector<EndedParagraph> text_box_paragraphs_;  // waiting for the end of the paragraph the shape is in
};

}  // namespace

RtfContent read_rtf(std::string_view rtf) { return Reader(rtf).read(); }

}  // namespace docpipe::rtf
