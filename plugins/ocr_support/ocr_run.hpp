// The OCR of one document: its page and time limits, the confidence of every page recognised, and what the
// document's metadata says about it (ocr, ocr.pages, ocr.engine, ocr.language, confidences, warnings).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "docpipe/metadata.hpp"
#include "engine_slot.hpp"
#include "ocr_settings.hpp"

namespace docpipe::ocr {

// Under this mean word confidence (0 to 100) a page's reading is noise: text on its side scores about 30 (and is
// turned), a fair scan 80 to 95, a blurred thumbnail 10.
inline constexpr double kIllegibleConfidence = 20;

class OcrRun {
 public:
  OcrRun(const OcrSettings& settings, EngineSlot& engine);

  // Whether page `page` (1-based) may still be recognised; when the page or time limit is reached, the page
  // is recorded as left out.
  bool admit(int page);
  // Recognises a prepared image (EngineModule::page_of_argb32, prepared) of `dpi` dots per inch and `skew`
  // degrees askew (EngineModule::skew_degrees), within the time left. A page number at the page's foot that OCR
  // read as letters is taken out (page_foot.hpp) and recorded as removed.page-number.
  RecognisedPage recognise(const PageImage& image, int dpi, int page, double skew);

  bool used() const { return !pages_.empty() || !left_out_.empty(); }
  // Adds the ocr* metadata, the page numbers taken out and the warnings (pages below ocr_min_confidence, pages left
  // out, pages cut short).
  void record(Metadata& metadata) const;
  // The warning about pages left out at the page or time limit or read as illegible, or "": for the error of a
  // document nothing was read from.
  std::string limit_reached() const;

 private:
  double seconds_left() const;

  const OcrSettings& settings_;
  EngineSlot& engine_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::vector<int> pages_;
  std::vector<double> confidences_;
  std::vector<std::size_t> words_;
  std::vector<int> cut_short_;
  std::vector<int> left_out_;
  std::vector<std::string> misread_page_numbers_;  // taken from the pages' feet (page_foot.hpp)
  std::vector<int> illegible_;  // read with a confidence under kIllegibleConfidence: counted as unread
  bool out_of_time_ = false;
};

}  // namespace docpipe::ocr
