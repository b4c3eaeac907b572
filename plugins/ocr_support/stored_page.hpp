// The OCR of a page stored as an image (a page of an image file, the scan an OFD page holds), shared by input.image
// and input.ofd: the resolution it is read at, and the page made ready, measured for skew and recognised.
#pragma once

#include "engine_module.hpp"
#include "ocr_run.hpp"

namespace docpipe::ocr {

// Scanners write the resolution into the file, and an OFD's image has the printed size of its Boundary; a photo or
// a stripped file states none (or a screen's 72 or 96), and an image squeezed into a seal-sized box or spread over
// a poster measures nonsense. Tesseract reads Chinese best when told the page is printed at about 300 dpi.
inline constexpr int kAssumedDpi = 300;
inline constexpr int kLeastCredibleDpi = 100;
inline constexpr int kMostCredibleDpi = 1200;

// The dots per inch a stored page is recognised at: `measured` (stated by the file or measured on the page)
// rounded when it lies between kLeastCredibleDpi and kMostCredibleDpi, else kAssumedDpi.
int credible_dpi(double measured);

// Recognises a page as stored (EngineModule::pages_of_image_file) at `dpi` as page `number`: made ready for OCR
// (seals removed, paper whitened), measured for skew, read within the run's limits. The caller admits the page.
RecognisedPage recognise_stored_page(OcrRun& run, const EngineModule& engine, const PageImage& stored, int dpi,
                                     int number);

}  // namespace docpipe::ocr
