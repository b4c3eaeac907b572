// What the PDF reader module offers input.pdf. Poppler and the libraries it brings (NSS, lcms, the font and
// image libraries) live in a module of their own, docpipe-pdf-reader.so, which input.pdf loads on the first PDF
// it reads (module_library.hpp). Linked into the plugin, they were loaded by every run whose pipeline names
// input.pdf: about 5.5 ms of CPU, 40 % of the start of a run that reads DOCX files only.
//
// Both sides are built together from this tree with the same compiler, so the interface is C++ (virtual calls,
// standard containers, exceptions). The interface version is checked before any of it is used.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "docpipe/line_assembly.hpp"
#include "engine_module.hpp"

namespace docpipe::pdf {

// Raised whenever this interface changes; the module refuses any other.
inline constexpr int kReaderInterfaceVersion = 3;
// The module's one exported function: `const ReaderModule* docpipe_pdf_reader_module(int interface_version)`,
// null when the module was built for another interface version.
inline constexpr const char* kReaderModuleSymbol = "docpipe_pdf_reader_module";
inline constexpr const char* kReaderModuleFile = "docpipe-pdf-reader.so";

struct PageText {
  double height = 0;                // points
  std::vector<layout::Word> words;  // poppler's word boxes, in the order poppler gives them
  std::vector<int> quarter_turns;   // parallel to words: 0 upright, 1 to 3 turned by that many quarters, the nearest
};

// One PDF, open.
class OpenedPdf {
 public:
  virtual ~OpenedPdf() = default;
  virtual int pages() const = 0;
  // The text layer of page `index` (0-based); nullopt when poppler cannot open the page.
  virtual std::optional<PageText> page_text(int index) = 0;
  // Page `index` rendered in colour at `dpi` and made ready for OCR by `engine`; null when poppler cannot
  // render it.
  virtual ocr::PageImagePtr rendered_for_ocr(int index, int dpi, const ocr::EngineModule& engine) = 0;
  // Whether page `index`, rendered small, shows no ink outside the boxes of `spared` (points, as page_text gives
  // them): a blank page but for its page number. False when poppler cannot render it.
  virtual bool blank_outside(int index, const std::vector<layout::Word>& spared) = 0;
};

class ReaderModule {
 public:
  // Opens the PDF in `bytes`, which it reads in place: they must outlive the result. Throws std::runtime_error
  // for a file poppler cannot read and for one that needs a password.
  virtual std::unique_ptr<OpenedPdf> open(std::string_view bytes) const = 0;

 protected:
  ~ReaderModule() = default;  // the module owns its one instance
};

}  // namespace docpipe::pdf
