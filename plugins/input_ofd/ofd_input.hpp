// input.ofd: OFD files (GB/T 33190, China's fixed-layout format for official documents), read from the
// glyph positions of their pages into lines and paragraphs, page furniture recorded not read; a page holding only a
// scanned image is recognised by OCR (plugins/ocr_support).
#pragma once

#include "docpipe/artifact_filter.hpp"
#include "docpipe/plugin.hpp"
#include "docpipe/zip_package.hpp"
#include "ocr_run.hpp"
#include "ocr_settings.hpp"
#include "ofd_package.hpp"
#include "page_content.hpp"

namespace docpipe::ofd {

struct OfdSettings {
  ZipLimits limits;
  PageLimits page_limits;
  ocr::OcrSettings ocr;
};
// Throws ParameterError for out-of-range limits (the descriptor's parameter check).
OfdSettings read_ofd_settings(const Parameters& parameters);

class OfdInput final : public InputPlugin {
 public:
  explicit OfdInput(const PluginContext& context);

  int sniff(std::string_view head) const override;
  void read(std::string_view bytes, Document& document) override;

 private:
  // What OCR read in a page's scan: its lines, and the height of the page they lie on in points (0: the page's own).
  struct ScanReading {
    std::vector<layout::Line> lines;
    double page_height = 0;
  };
  // OCR of `scan`, the largest image of page `page`, within the run's limits; no lines when the page is past a limit
  // or illegible, or when its image is missing or cannot be decoded (then said in `undecodable`).
  ScanReading read_scan(const OfdPackage& package, const DocumentLayout& layout, const PlacedImage& scan, int page,
                        ocr::OcrRun& run, std::vector<std::string>& undecodable);

  OfdSettings settings_;
  bool remove_artifacts_;
  ArtifactFilter filter_;
  ocr::EngineSlot engine_;  // loaded on the first scanned page
};

}  // namespace docpipe::ofd
