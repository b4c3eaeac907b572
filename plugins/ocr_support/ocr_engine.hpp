// Tesseract through its C++ API (inside the OCR engine module, engine_module.hpp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine_module.hpp"
#include "page_image.hpp"

namespace tesseract {
class TessBaseAPI;
}

namespace docpipe::ocr {

class OcrEngine {
 public:
  // Throws std::runtime_error when the language data is missing.
  explicit OcrEngine(const std::string& language);
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Recognises one prepared page image (prepare_for_ocr) of `dpi` dots per inch as page `page` (1-based),
  // stopping after `seconds` at most. Boxes are turned by `skew` degrees (skew_degrees) so that the lines of a
  // page scanned askew are level and their indents and ends keep their meaning for paragraph assembly. A page
  // read with little confidence is read again turned a quarter each way, and the much surer reading is kept: a
  // landscape table is often scanned lying on its side.
  RecognisedPage recognise(Pix* image, int dpi, int page, double seconds, double skew = 0);

  // "tesseract 5.3.0"
  static std::string version();

 private:
  RecognisedPage recognise_as_it_lies(Pix* image, int dpi, int page, double seconds, double skew);

  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace docpipe::ocr
