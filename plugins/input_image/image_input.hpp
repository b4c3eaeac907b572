// input.image: reports published as photographed or scanned pages (PNG, JPEG, TIFF, multi-page TIFF),
// recognised by Tesseract and assembled into lines and paragraphs like a PDF's pages.
#pragma once

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"
#include "ocr_run.hpp"
#include "ocr_settings.hpp"

namespace docpipe::image {

class ImageInput final : public InputPlugin {
 public:
  explicit ImageInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  ocr::OcrSettings settings_;
  bool remove_artifacts_;
  ArtifactFilter filter_;
  ocr::EngineSlot engine_;
};

}  // namespace docpipe::image
