// docpipe-pdf-reader.so: poppler-cpp behind the interface of reader_module.hpp.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>

#include "docpipe/descriptor.hpp"
#include "reader_module.hpp"

namespace docpipe::pdf {

namespace {

void ignore_poppler_message(const std::string&, void*) {}

// A blank page is judged on a small rendering: at 50 dpi an A4 page is some 240,000 grey pixels, and a line of
// 10-point text still leaves dozens of pixels darker than kInkBelow. A page larger than some 8 A4 pages is rendered
// at a lower resolution, at most kMostInkPixels.
constexpr double kInkDpi = 50;
constexpr double kMostInkPixels = 2'000'000;
constexpr unsigned char kInkBelow = 192;
// A few dark pixels are a speck of dust in a scan or a stray dot, not something to read.
constexpr std::size_t kMostSpecks = 8;
// Spared boxes grow by this many pixels: anti-aliasing spreads a glyph's edge beyond its box.
constexpr int kSpareMargin = 2;

poppler::image rendered(const poppler::page& page, double dpi, poppler::image::format_enum format) {
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(format);
  return renderer.render_page(&page, dpi, dpi);
}

struct PixelBox {
  int left, top, right, bottom;  // inclusive
  bool holds(int x, int y) const { return x >= left && x <= right && y >= top && y <= bottom; }
};

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

  bool blank_outside(int index, const std::vector<layout::Word>& spared) override {
    const poppler::page* page = page_at(index);
    if (page == nullptr) return false;
    const poppler::rectf size = page->page_rect();
    const double square_inches = std::max(1.0, size.width() * size.height() / (72.0 * 72.0));
    const double dpi = std::min(kInkDpi, std::sqrt(kMostInkPixels / square_inches));
    const poppler::image image = rendered(*page, dpi, poppler::image::format_gray8);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) return false;
    const double scale = dpi / 72.0;
    std::vector<PixelBox> boxes;
    boxes.reserve(spared.size());
    for (const layout::Word& word : spared) {
      boxes.push_back({static_cast<int>(std::floor(word.left * scale)) - kSpareMargin,
                       static_cast<int>(std::floor(word.top * scale)) - kSpareMargin,
                       static_cast<int>(std::ceil(word.right * scale)) + kSpareMargin,
                       static_cast<int>(std::ceil(word.bottom * scale)) + kSpareMargin});
    }
    std::size_t ink = 0;
    for (int y = 0; y < image.height(); ++y) {
      const auto* row = reinterpret_cast<const unsigned char*>(image.const_data() + y * image.bytes_per_row());
      for (int x = 0; x < image.width(); ++x) {
        if (row[x] >= kInkBelow) continue;
        if (std::any_of(boxes.begin(), boxes.end(), [&](const PixelBox& box) { return box.holds(x, y); })) continue;
        if (++ink > kMostSpecks) return false;
      }
    }
    return true;
  }

  ocr::PageImagePtr rendered_for_ocr(int index, int dpi, const ocr::EngineModule& engine) override {
    const poppler::page* page = page_at(index);
    if (page == nullptr) return nullptr;
    const poppler::image image = rendered(*page, dpi, poppler::image::format_argb32);
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
