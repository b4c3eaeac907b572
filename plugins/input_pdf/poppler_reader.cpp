// docpipe-pdf-reader.so: poppler-cpp behind the interface of reader_module.hpp.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "docpipe/descriptor.hpp"
#include "reader_module.hpp"

namespace docpipe::pdf {

namespace {

void ignore_poppler_message(const std::string&, void*) {}

std::string utf8_of(const poppler::ustring& text) {
  const auto bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

class PopplerPdf final : public OpenedPdf {
 public:
  explicit PopplerPdf(std::unique_ptr<poppler::document> document) : document_(std::move(document)) {}

  int pages() const override { return document_->pages(); }

  std::optional<PageText> page_text(int index) override {
    const poppler::page* page = page_at(index);
    if (page == nullptr) return std::nullopt;
    PageText text;
    text.height = page->page_rect().height();
    for (const auto& box : page->text_list()) {
      const auto r = box.bbox();
      text.words.push_back({r.left(), r.top(), r.right(), r.bottom(), utf8_of(box.text()), box.has_space_after()});
      text.quarter_turns.push_back(box.rotation());
    }
    return text;
  }

  ocr::PageImagePtr rendered_for_ocr(int index, int dpi, const ocr::EngineModule& engine) override {
    const poppler::page* page = page_at(index);
    if (page == nullptr) return nullptr;
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_argb32);
    const poppler::image image = renderer.render_page(page, dpi, dpi);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) return nullptr;
    return engine.page_of_argb32(image.const_data(), image.width(), image.height(), image.bytes_per_row());
  }

 private:
  // The page last asked for is kept: a scanned page is asked for its text, then rendered.
  const poppler::page* page_at(int index) {
    if (!page_ || page_index_ != index) {
      page_.reset(document_->create_page(index));
      page_index_ = index;
    }
    return page_.get();
  }

  std::unique_ptr<poppler::document> document_;
  std::unique_ptr<poppler::page> page_;
  int page_index_ = -1;
};

class PopplerReader final : public ReaderModule {
 public:
  // Poppler prints its complaints about damaged files to stderr through one process-wide hook; the plugin
  // reports problems per document instead. Set once, when the module is first asked for.
  PopplerReader() { poppler::set_debug_error_function(&ignore_poppler_message, nullptr); }

  std::unique_ptr<OpenedPdf> open(std::string_view bytes) const override {
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size()), "", ""));
    if (!pdf) throw std::runtime_error("not a readable PDF (corrupt, truncated, or encrypted with a password)");
    // An encrypted PDF with an empty user password opens; unlock() returns the new locked state.
    if (pdf->is_locked()) pdf->unlock("", "");
    if (pdf->is_locked()) throw std::runtime_error("the PDF is encrypted and needs a password");
    return std::make_unique<PopplerPdf>(std::move(pdf));
  }
};

}  // namespace

}  // namespace docpipe::pdf

extern "C" DOCPIPE_SYMBOL_EXPORT const docpipe::pdf::ReaderModule* docpipe_pdf_reader_module(int interface_version) {
  if (interface_version != docpipe::pdf::kReaderInterfaceVersion) return nullptr;
  // Made on the first call: the debug hook is set only in a process that reads a PDF.
  static const docpipe::pdf::PopplerReader reader;
  return &reader;
}
