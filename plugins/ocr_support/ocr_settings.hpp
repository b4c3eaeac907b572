// The OCR parameters input.pdf and input.image share, read and range-checked in one place (the plugins'
// constructors and their descriptors' check_parameters).
#pragma once

#include <array>
#include <iterator>
#include <string>

#include "docpipe/descriptor.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe::ocr {

struct OcrSettings {
  bool enabled = true;
  std::string language = "chi_sim";
  int dpi = 300;
  int max_pages = 40;
  double time_budget_seconds = 240;
  double min_confidence = 60;
};

// Throws ParameterError naming every out-of-range value.
OcrSettings read_ocr_settings(const Parameters& parameters);

// The descriptor entries of these parameters; a plugin appends them to its own with with_ocr_parameters().
inline constexpr ParameterSpec kOcrParameters[] = {
    {"ocr", ParameterType::boolean, "true",
     "recognise pages without a usable text layer (scans) with Tesseract; false reports them as pages without text"},
    {"ocr_language", ParameterType::string, "chi_sim",
     "Tesseract language data, '+' between several: chi_sim reads the reports' digits and Latin as well as chi_sim+eng "
     "did on the example scans, and faster (tesseract-ocr-chi-sim; add eng for English text, tesseract-ocr-eng)"},
    {"ocr_dpi", ParameterType::integer, "300", "resolution PDF pages are rendered at for OCR (100 to 600)"},
    {"ocr_max_pages", ParameterType::integer, "40",
     "most pages recognised per document (0 to 10000); later pages are left out with a warning"},
    {"ocr_time_budget_seconds", ParameterType::number, "240",
     "seconds of OCR per document (1 to 86400; keep it under the worker --timeout); pages past it are left out "
     "with a warning"},
    {"ocr_min_confidence", ParameterType::number, "60",
     "a page whose mean word confidence (0 to 100) is below this gets a document warning"},
};

template <std::size_t N>
constexpr std::array<ParameterSpec, N + std::size(kOcrParameters)> with_ocr_parameters(const ParameterSpec (&own)[N]) {
  std::array<ParameterSpec, N + std::size(kOcrParameters)> all{};
  for (std::size_t i = 0; i < N; ++i) all[i] = own[i];
  for (std::size_t i = 0; i < std::size(kOcrParameters); ++i) all[N + i] = kOcrParameters[i];
  return all;
}

}  // namespace docpipe::ocr
