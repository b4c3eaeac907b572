// docpipe-ocr-engine.so: Tesseract and Leptonica behind the interface of engine_module.hpp.
#include "engine_module.hpp"

#include <memory>
#include <utility>

#include "docpipe/descriptor.hpp"
#include "ocr_engine.hpp"
#include "page_image.hpp"

namespace docpipe::ocr {

namespace {

class PixPage final : public PageImage {
 public:
  explicit PixPage(PixPtr pix) : pix_(std::move(pix)) {}
  int height() const override { return pixGetHeight(pix_.get()); }
  int resolution() const override { return pixGetXRes(pix_.get()); }
  // Every PageImage a plugin holds was made by this module.
  static Pix* of(const PageImage& page) { return static_cast<const PixPage&>(page).pix_.get(); }

 private:
  PixPtr pix_;
};

class TesseractRecogniser final : public Recogniser {
 public:
  explicit TesseractRecogniser(const std::string& language) : engine_(language) {}
  RecognisedPage recognise(const PageImage& image, int dpi, int page, double seconds, double skew) override {
    return engine_.recognise(PixPage::of(image), dpi, page, seconds, skew);
  }

 private:
  OcrEngine engine_;
};

class LeptonicaAndTesseract final : public EngineModule {
 public:
  PageImagePtr page_of_argb32(const char* data, int width, int height, int bytes_per_row) const override {
    const PixPtr red = red_channel_of_argb32(data, width, height, bytes_per_row);
    return std::make_unique<PixPage>(prepare_for_ocr(red.get()));
  }
  std::vector<PageImagePtr> pages_of_image_file(std::string_view bytes) const override {
    std::vector<PageImagePtr> pages;
    for (auto& pix : read_image_pages(bytes)) pages.push_back(std::make_unique<PixPage>(std::move(pix)));
    return pages;
  }
  PageImagePtr prepared(const PageImage& page) const override {
    return std::make_unique<PixPage>(prepare_for_ocr(PixPage::of(page)));
  }
  double skew_degrees(const PageImage& prepared) const override { return ocr::skew_degrees(PixPage::of(prepared)); }
  std::unique_ptr<Recogniser> recogniser(const std::string& language) const override {
    return std::make_unique<TesseractRecogniser>(language);
  }
  std::string version() const override { return OcrEngine::version(); }
};

// Stateless: one constant instance serves every plugin instance that loads the module.
const LeptonicaAndTesseract kModule;

}  // namespace

}  // namespace docpipe::ocr

extern "C" DOCPIPE_SYMBOL_EXPORT const docpipe::ocr::EngineModule* docpipe_ocr_engine_module(int interface_version) {
  return interface_version == docpipe::ocr::kEngineInterfaceVersion ? &docpipe::ocr::kModule : nullptr;
}
