#include "stored_page.hpp"

#include <cmath>

namespace docpipe::ocr {

int credible_dpi(double measured) {
  if (!(measured >= kLeastCredibleDpi && measured <= kMostCredibleDpi)) return kAssumedDpi;  // NaN included
  return static_cast<int>(std::lround(measured));
}

RecognisedPage recognise_stored_page(OcrRun& run, const EngineModule& engine, const PageImage& stored, int dpi,
                                     int number) {
  const PageImagePtr prepared = engine.prepared(stored);
  return run.recognise(*prepared, dpi, number, engine.skew_degrees(*prepared));
}

}  // namespace docpipe::ocr
