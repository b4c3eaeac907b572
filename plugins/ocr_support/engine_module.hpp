// What the OCR engine module offers input.pdf and input.image. Tesseract and Leptonica, and the sixty-odd
// libraries they bring (curl, GnuTLS, libarchive, image codecs), live in a module of their own,
// docpipe-ocr-engine.so, which a plugin loads on the first page that needs OCR (engine_slot.hpp). Most
// batches hold no scan. Linked into the plugins, those libraries were more than half of the start of every
// run that named input.pdf, even when it read no PDF (17 of 31 ms CPU for a one-document DOCX run).
//
// Both sides are built together from this tree with the same compiler, so the interface is C++ (virtual
// calls, standard containers, exceptions). The interface version is checked before any of it is used.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/line_assembly.hpp"

namespace docpipe::ocr {

// Raised whenever this interface changes; the module refuses any other.
inline constexpr int kEngineInterfaceVersion = 3;  // 2: layout::Line has exact_height; 3: type_height
// The module's one exported function: `const EngineModule* docpipe_ocr_engine_module(int interface_version)`,
// null when the module was built for another interface version.
inline constexpr const char* kEngineModuleSymbol = "docpipe_ocr_engine_module";
inline constexpr const char* kEngineModuleFile = "docpipe-ocr-engine.so";

struct RecognisedPage {
  std::vector<layout::Line> lines;  // in points (1/72 inch), y downwards, repaired text
  double height = 0;                // points
  double mean_confidence = 0;       // over the page's words, 0 to 100; 0 without words
  std::size_t words = 0;
  bool deadline_reached = false;  // Tesseract stopped early: the page may be incomplete
};

// A page image held by the module (a Leptonica Pix). Only the module that made one can read it.
class PageImage {
 public:
  virtual ~PageImage() = default;
  virtual int height() const = 0;      // pixels
  virtual int resolution() const = 0;  // dots per inch the file states; 0 when it states none
};
using PageImagePtr = std::unique_ptr<PageImage>;

// Tesseract for one language, created once per plugin instance (that is, once per worker process) and reused
// for every page: loading the chi_sim model costs about as much as recognising a page.
class Recogniser {
 public:
  virtual ~Recogniser() = default;
  // Recognises one prepared page image of `dpi` dots per inch as page `page` (1-based), stopping after
  // `seconds` at most. Boxes are turned by `skew` degrees (skew_degrees) so that the lines of a page scanned
  // askew are level and their indents and ends keep their meaning for paragraph assembly.
  virtual RecognisedPage recognise(const PageImage& image, int dpi, int page, double seconds, double skew) = 0;
};

class EngineModule {
 public:
  // 32-bit pixels as 0xAARRGGBB words in native byte order (poppler's format_argb32), rows `bytes_per_row`
  // apart, made ready for OCR: 8-bit grey without red seals (page_image.hpp). Never null; throws
  // std::runtime_error when Leptonica fails.
  virtual PageImagePtr page_of_argb32(const char* data, int width, int height, int bytes_per_row) const = 0;
  // Every page of a PNG, JPEG or (multi-page) TIFF file, as stored; throws std::runtime_error for a file
  // Leptonica cannot decode.
  virtual std::vector<PageImagePtr> pages_of_image_file(std::string_view bytes) const = 0;
  // A page of an image file made ready for OCR, as page_of_argb32 does.
  virtual PageImagePtr prepared(const PageImage& page) const = 0;
  // The angle in degrees by which a prepared page lies askew (page_image.hpp), 0 when unsure.
  virtual double skew_degrees(const PageImage& prepared) const = 0;
  // Throws std::runtime_error when the language data is missing.
  virtual std::unique_ptr<Recogniser> recogniser(const std::string& language) const = 0;
  // "tesseract 5.3.0"
  virtual std::string version() const = 0;

 protected:
  ~EngineModule() = default;  // the module owns its one instance
};

}  // namespace docpipe::ocr
