#include "pdf_input.hpp"

#include <fmt/format.h>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "docpipe/line_assembly.hpp"
#include "docpipe/paragraph_assembly.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "docpipe/text.hpp"

namespace docpipe::pdf {

using layout::Line;
using layout::Word;

namespace {

constexpr int kScoreMagic = 100;
constexpr std::size_t kMagicWithin = 1024;

void ignore_poppler_message(const std::string&, void*) {}

// Poppler prints its complaints about damaged files to stderr through one process-wide hook; the
// plugin reports problems per document instead.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(&ignore_poppler_message, nullptr); });
}

std::string utf8_of(const poppler::ustring& text) {
  const auto bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string joined(const std::vector<int>& pages) {
  std::string text;
  for (const int page : pages) text += (text.empty() ? "" : ",") + std::to_string(page);
  return text;
}

}  // namespace

double read_unreadable_share(const Parameters& parameters) {
  return number_in_range(parameters, "max_unreadable_share", 0, 1, "a share of a page's characters: 0.3 is 30%");
}

PdfInput::PdfInput(const PluginContext& context)
    : max_unreadable_share_(read_unreadable_share(context.parameters)),
      remove_artifacts_(context.parameters.boolean("remove_artifacts")) {
  silence_poppler();
}

int PdfInput::sniff(std::string_view head) const {
  return head.substr(0, kMagicWithin).find("%PDF-") != std::string_view::npos ? kScoreMagic : 0;
}

void PdfInput::read(std::string_view bytes, Document& document) {
  // Poppler reads the buffer in place; `bytes` outlives the document object.
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size()), "", ""));
  if (!pdf) throw std::runtime_error("not a readable PDF (corrupt, truncated, or encrypted with a password)");
  // An encrypted PDF with an empty user password opens; unlock() returns the new locked state.
  if (pdf->is_locked()) pdf->unlock("", "");
  if (pdf->is_locked()) throw std::runtime_error("the PDF is encrypted and needs a password");
  const int pages = pdf->pages();
  if (pages <= 0) throw std::runtime_error("the PDF has no pages");
  document.format = "pdf";
  document.encoding = "";
  document.metadata.set("pdf.pages", std::to_string(pages));

  std::vector<Line> lines;
  std::vector<double> heights;
  std::vector<int> without_text, unreadable, partly_unmapped;
  for (int index = 0; index < pages; ++index) {
    std::unique_ptr<poppler::page> page(pdf->create_page(index));
    if (!page) {
      heights.push_back(0);
      without_text.push_back(index + 1);
      continue;
    }
    heights.push_back(page->page_rect().height());
    std::vector<Word> words;
    for (const auto& box : page->text_list()) {
      const auto r = box.bbox();
      words.push_back({r.left(), r.top(), r.right(), r.bottom(), utf8_of(box.text()), box.has_space_after()});
    }
    if (words.empty()) {
      without_text.push_back(index + 1);
      continue;
    }
    const double unmapped = layout::unreadable_share(words);
    if (unmapped > max_unreadable_share_) {
      unreadable.push_back(index + 1);
      continue;
    }
    // Below the share that drops the page, unmapped glyphs (a font without a ToUnicode map gives private-use
    // and control code points) still garble words: the page is kept, and said to be suspect.
    if (unmapped > 0) partly_unmapped.push_back(index + 1);
    auto page_lines = layout::lines_of_page(std::move(words), index + 1);
    lines.insert(lines.end(), std::make_move_iterator(page_lines.begin()), std::make_move_iterator(page_lines.end()));
  }
  if (!without_text.empty()) document.metadata.set("pdf.pages_without_text", joined(without_text));
  if (!unreadable.empty()) document.metadata.set("pdf.pages_with_unmapped_fonts", joined(unreadable));
  if (lines.empty()) {
    throw std::runtime_error(
        fmt::format("no extractable text on any of the {} pages (scanned images, or fonts "
                    "without Unicode maps)",
                    pages));
  }
  if (!without_text.empty() || !unreadable.empty()) {
    document.metadata.add("warning", fmt::format("text could not be extracted from page(s) {}",
                                                 joined(without_text.empty() ? unreadable : without_text)));
  }

  if (!partly_unmapped.empty()) {
    document.metadata.set("pdf.pages_with_unmapped_characters", joined(partly_unmapped));
    document.metadata.add("warning", fmt::format("page(s) {} hold characters their fonts do not map to Unicode (no "
                                                 "ToUnicode map); text there may be garbled",
                                                 joined(partly_unmapped)));
  }
  const layout::Furniture furniture = layout::remove_furniture(lines, heights);
  for (const auto& [key, value] : furniture.removed) document.metadata.add(key, value);
  const auto paragraphs = layout::build_paragraphs(furniture.body);

  std::vector<SourceParagraph> source;
  for (const auto& paragraph : paragraphs) {
    Block hints;
    hints.page = paragraph.page;
    source.push_back({paragraph.text, std::move(hints)});
  }
  add_paragraphs(document, source, remove_artifacts_ ? &filter_ : nullptr);
  if (document.text.empty()) throw std::runtime_error("the PDF holds no text");
}

}  // namespace docpipe::pdf
