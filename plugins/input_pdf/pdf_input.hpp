// input.pdf: PDF reports through poppler-cpp, read into paragraphs in reading order. Pages without a usable
// text layer (scans) are rendered and recognised by Tesseract (ocr_support), then assembled the same way.
// Poppler itself is in the PDF reader module (reader_module.hpp), loaded on the first PDF.
#pragma once

#include <boost/dll/shared_library.hpp>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"
#include "ocr_run.hpp"
#include "ocr_settings.hpp"
#include "reader_module.hpp"

namespace docpipe::pdf {

struct PdfSettings {
  double max_unreadable_share = 0.3;
  ocr::OcrSettings ocr;
};
// Reads and checks the parameters (for the constructor and the descriptor's check); throws ParameterError.
PdfSettings read_pdf_settings(const Parameters& parameters);

class PdfInput final : public InputPlugin {
 public:
  explicit PdfInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  // The reader module, loaded on the first call. Throws std::runtime_error when it cannot be.
  const ReaderModule& reader();

  // Declared first so that it is destroyed last: the reader's code lives in the library.
  boost::dll::shared_library reader_library_;
  const ReaderModule* reader_ = nullptr;
  PdfSettings settings_;
  bool remove_artifacts_;
  ArtifactFilter filter_;
  ocr::EngineSlot engine_;
};

}  // namespace docpipe::pdf
