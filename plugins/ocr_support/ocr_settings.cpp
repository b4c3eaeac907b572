#include "ocr_settings.hpp"

namespace docpipe::ocr {

OcrSettings read_ocr_settings(const Parameters& parameters) {
  OcrSettings settings;
  ParameterProblems problems;
  settings.enabled = parameters.boolean("ocr");
  settings.language = parameters.string("ocr_language");
  if (settings.language.empty() || settings.language.find_first_of(" /\\.") != std::string::npos) {
    problems.add("ocr_language", settings.language,
                 "Tesseract language names joined by '+', e.g. chi_sim (no spaces, paths or dots)");
  }
  problems.collect(
      [&] { settings.dpi = static_cast<int>(integer_in_range(parameters, "ocr_dpi", 100, 600, "dots per inch")); });
  problems.collect([&] {
    settings.max_pages =
        static_cast<int>(integer_in_range(parameters, "ocr_max_pages", 0, 10000, "pages per document; 0 reads none"));
  });
  problems.collect([&] {
    settings.time_budget_seconds =
        number_in_range(parameters, "ocr_time_budget_seconds", 1, 86400, "seconds of OCR per document");
  });
  problems.collect([&] {
    settings.min_confidence =
        number_in_range(parameters, "ocr_min_confidence", 0, 100, "Tesseract's word confidence, 0 to 100");
  });
  problems.throw_if_any();
  return settings;
}

}  // namespace docpipe::ocr
