// Tesseract through its C++ API, created once per plugin instance (that is, once per worker process) and reused
// for every page: loading the chi_sim model costs about as much as recognising a page.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "docpipe/line_assembly.hpp"
#include "page_image.hpp"

namespace tesseract {
class TessBaseAPI;
}

namespace docpipe::ocr {

struct RecognisedPage {
  std::vector<layout::Line> lines;  // in points (1/72 inch), y downwards, repaired text
  double height = 0;                // points
  double mean_confidence = 0;       // over the page's words, 0 to 100; 0 without words
  std::size_t words = 0;
  bool deadline_reached = false;  // Tesseract stopped early: the page may be incomplete
};

class OcrEngine {
 public:
  // Throws std::runtime_error when the language data is missing.
  explicit OcrEngine(const std::string& language);
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Recognises one prepared page image (prepare_for_ocr) of `dpi` dots per inch as page `page` (1-based),
  // stopping after `seconds` at most. Boxes are turned by `skew` degrees (skew_degrees) so that the lines of a
  // page scanned askew are level and their indents and ends keep their meaning for paragraph assembly.
  RecognisedPage recognise(Pix* image, int dpi, int page, double seconds, double skew = 0);

  // "tesseract 5.3.0"
  static std::string version();

 private:
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace docpipe::ocr
