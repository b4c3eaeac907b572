#include "pdf_input.hpp"

#include <fmt/format.h>

#include <memory>
#include <stdexcept>
#include <tuple>

#include "body_blocks.hpp"
#include "cell_gaps.hpp"
#include "contents_rows.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "docpipe/symbol_fonts.hpp"
#include "docpipe/text.hpp"
#include "footnotes.hpp"
#include "module_library.hpp"
#include "seal_text.hpp"
#include "title_lines.hpp"

namespace docpipe::pdf {

using layout::Line;
using layout::Word;

namespace {

constexpr int kScoreMagic = 100;
constexpr std::size_t kMagicWithin = 1024;

constexpr modules::ModuleSpec kReaderModule{
    .folder = "pdf",
    .file = kReaderModuleFile,
    .symbol = kReaderModuleSymbol,
    .interface_version = kReaderInterfaceVersion,
    .failure = "PDF: the PDF reader module cannot be loaded",
    .advice = " (reinstall docpipe with its poppler libraries)",
};

std::string joined(const std::vector<int>& pages) {
  std::string text;
  for (const int page : pages) text += (text.empty() ? "" : ",") + std::to_string(page);
  return text;
}

// A page whose only text is its page number is a scan with a number stamped on by the scanning software.
bool only_page_numbers(const std::vector<Word>& words) {
  for (const auto& line : layout::lines_of_page(words, 1)) {
    if (!layout::is_page_number(line.text)) return false;
  }
  return true;
}

// A font without a ToUnicode map whose glyphs were numbered from 0x21 in the order they were first used (a subset
// LibreOffice and some converters embed) extracts a page of Chinese as ASCII: !"#$%&'()*+,-./0123456789:;<=>?@AB…
// A page of the genre with no Chinese character at all, on which ASCII symbols are a fifth of what it holds, is such
// a page: English prose has few symbols, a page of figures has Chinese headers, and a run of one character (a rule
// of 20,000 dashes under English text) counts once.
bool reads_as_unmapped_ascii(const std::vector<Word>& words) {
  constexpr std::size_t kFewestCharacters = 30;
  constexpr double kSymbolShare = 0.2;
  std::size_t visible = 0, symbols = 0;
  char32_t previous = 0;
  for (const auto& word : words) {
    for (const char32_t c : decode_utf8(word.text)) {
      if (c >= 0x3400 && c <= 0x9FFF) return false;  // a Chinese character
      // A run of one character counts once: a rule of dashes or dots, a form's blank to fill.
      const bool repeated = c == previous;
      previous = c;
      if (c <= U' ' || repeated) continue;
      ++visible;
      symbols += c < 0x7F && !(c >= U'0' && c <= U'9') && !(c >= U'A' && c <= U'Z') && !(c >= U'a' && c <= U'z');
    }
  }
  return visible >= kFewestCharacters && static_cast<double>(symbols) >= kSymbolShare * static_cast<double>(visible);
}

// Footnotes and their marks are no body text, but kept in the record like the page's furniture.
void record_footnotes(const std::vector<NoteMark>& marks, const std::vector<Footnote>& notes, Metadata& metadata) {
  for (const NoteMark& mark : marks) metadata.add("removed.footnote-mark", mark.text);
  for (const Footnote& note : notes) metadata.add("removed.footnote", note.mark + " " + note.text);
}

}  // namespace

PdfSettings read_pdf_settings(const Parameters& parameters) {
  PdfSettings settings;
  ParameterProblems problems;
  problems.collect([&] {
    settings.max_unreadable_share =
        number_in_range(parameters, "max_unreadable_share", 0, 1, "a share of a page's characters: 0.3 is 30%");
  });
  problems.collect([&] { settings.ocr = ocr::read_ocr_settings(parameters); });
  problems.throw_if_any();
  return settings;
}

PdfInput::PdfInput(const PluginContext& context)
    : settings_(read_pdf_settings(context.parameters)),
      remove_artifacts_(context.parameters.boolean("remove_artifacts")) {}

const ReaderModule& PdfInput::reader() {
  if (reader_ == nullptr) reader_ = modules::load_module<ReaderModule>(kReaderModule, reader_library_);
  return *reader_;
}

int PdfInput::sniff(std::string_view head) const {
  return head.substr(0, kMagicWithin).find("%PDF-") != std::string_view::npos ? kScoreMagic : 0;
}

void PdfInput::read(std::string_view bytes, Document& document) {
  // Poppler reads the buffer in place; `bytes` outlives `pdf`.
  const std::unique_ptr<OpenedPdf> pdf = reader().open(bytes);
  const int pages = pdf->pages();
  if (pages <= 0) throw std::runtime_error("the PDF has no pages");
  document.format = "pdf";
  document.encoding = "";
  document.metadata.set("pdf.pages", std::to_string(pages));

  std::vector<Line> lines;
  std::vector<double> heights;
  std::vector<int> without_text, unreadable, partly_unmapped, unread, blank;
  ocr::OcrRun ocr(settings_.ocr, engine_);
  for (int index = 0; index < pages; ++index) {
    const int number = index + 1;
    std::optional<PageText> page = pdf->page_text(index);
    if (!page) {
      heights.push_back(0);
      without_text.push_back(number);
      unread.push_back(number);
      continue;
    }
    heights.push_back(page->height);
    std::vector<Word> words = std::move(page->words);
    // Symbol and Wingdings characters (2.4×1.2米, a bullet) come out at their private-use codes: read as Unicode
    // before anything judges the page's characters unmapped.
    for (Word& word : words) word.text = with_symbol_font_characters(word.text);
    // Boxes as tall as their type, not a browser's Type 3 font's bounding box (layout::type_extents): the passes below
    // (cells, footnotes, rows) measure gaps and sizes in line heights.
    const std::vector<layout::Extent> extents = layout::type_extents(words);
    for (std::size_t i = 0; i < words.size(); ++i) std::tie(words[i].top, words[i].bottom) = extents[i];
    // A text layer is used when it holds readable text beyond a page number; otherwise the page is a scan
    // (no text, fonts without Unicode maps, or a stamped page number) and OCR reads it.
    bool usable = !words.empty();
    bool numbered_only = false;
    const double unmapped = usable ? layout::unreadable_share(words) : 0;
    if (words.empty()) {
      without_text.push_back(number);
    } else if (unmapped > settings_.max_unreadable_share || reads_as_unmapped_ascii(words)) {
      unreadable.push_back(number);
      usable = false;
    } else if (only_page_numbers(words)) {
      usable = false;
      numbered_only = true;
    }
    if (usable) {
      // Below the share that sends the page to OCR, unmapped glyphs (a font without a ToUnicode map gives
      // private-use and control code points) still garble words: the page is kept, and said to be suspect.
      if (unmapped > 0) partly_unmapped.push_back(number);
      // A seal set as text, its glyphs turned round a circle, would scatter them through the signature.
      for (auto& text : take_turned_text(words, page->quarter_turns)) {
        document.metadata.add("removed.rotated-text", std::move(text));
      }
      // Footnotes are set aside before the lines are built: a mark would run into the figure after it, and the
      // notes into the body where the page ends.
      const std::vector<NoteMark> marks = take_note_marks(words);
      auto page_lines = lines_with_aligned_cells(std::move(words), number);
      record_footnotes(marks, take_footnotes(page_lines, marks, page->height), document.metadata);
      lines.insert(lines.end(), std::make_move_iterator(page_lines.begin()), std::make_move_iterator(page_lines.end()));
      continue;
    }
    if (!settings_.ocr.enabled || !ocr.admit(number)) {
      unread.push_back(number);
      continue;
    }
    // A page showing nothing but its number (the back of a leaf, a page left empty before an annex) has nothing to
    // read, and OCR would spend a third of a second finding that out. Judged only for a page OCR is about to read
    // (its time counts against the OCR's budget), and only for a page that has its number as text: a scan with
    // no text layer at all is OCR'd as it comes.
    if (numbered_only && pdf->blank_outside(index, words)) {
      blank.push_back(number);
      for (const auto& line : layout::lines_of_page(words, number)) {
        document.metadata.add("removed.page-number", line.text);
      }
      continue;
    }
    const ocr::EngineModule& engine = engine_.module();
    const ocr::PageImagePtr image = pdf->rendered_for_ocr(index, settings_.ocr.dpi, engine);
    auto recognised =
        image ? ocr.recognise(*image, settings_.ocr.dpi, number, engine.skew_degrees(*image)) : ocr::RecognisedPage{};
    if (recognised.lines.empty()) {
      unread.push_back(number);
      continue;
    }
    // Furniture zones are shares of the page: the height of the image OCR saw, in the same points.
    heights.back() = recognised.height;
    lines.insert(lines.end(), std::make_move_iterator(recognised.lines.begin()),
                 std::make_move_iterator(recognised.lines.end()));
  }
  if (!without_text.empty()) document.metadata.set("pdf.pages_without_text", joined(without_text));
  if (!unreadable.empty()) document.metadata.set("pdf.pages_with_unmapped_fonts", joined(unreadable));
  if (!blank.empty()) document.metadata.set("pdf.blank_pages", joined(blank));
  ocr.record(document.metadata);
  if (lines.empty() && static_cast<int>(blank.size()) == pages) {
    throw std::runtime_error(pages == 1 ? std::string("no extractable text: its one page is blank but for its number")
                                        : fmt::format("no extractable text: all {} pages are blank but for their "
                                                      "numbers",
                                                      pages));
  }
  if (lines.empty()) {
    const std::string limit = ocr.limit_reached();
    throw std::runtime_error(fmt::format(
        "no extractable text on any of the {} pages (scanned images, or fonts without Unicode maps){}", pages,
        !settings_.ocr.enabled ? "; OCR is switched off (ocr=false)"
                               : (limit.empty() ? std::string(", and OCR recognised none") : "; " + limit)));
  }
  if (!unread.empty()) {
    document.metadata.add("warning", fmt::format("text could not be extracted from page(s) {}", joined(unread)));
  }

  if (!partly_unmapped.empty()) {
    document.metadata.set("pdf.pages_with_unmapped_characters", joined(partly_unmapped));
    document.metadata.add("warning", fmt::format("page(s) {} hold characters their fonts do not map to Unicode (no "
                                                 "ToUnicode map); text there may be garbled",
                                                 joined(partly_unmapped)));
  }
  layout::Furniture furniture = layout::remove_furniture(lines, heights);
  for (const auto& [key, value] : furniture.removed) document.metadata.add(key, value);
  join_wrapped_title_tail(furniture.body);
  for (auto& entry : take_contents_rows(furniture.body)) {
    document.metadata.add("removed.table-of-contents", std::move(entry));
  }
  add_paragraphs(document, body_blocks(furniture.body), remove_artifacts_ ? &filter_ : nullptr);
  if (document.text.empty()) throw std::runtime_error("the PDF holds no text");
}

}  // namespace docpipe::pdf
