// Page images made ready for Tesseract (Leptonica Pix): one 8-bit grey channel in which red seals vanish,
// measured for skew. Reports are signed and stamped: a red seal lies over the issuing office and the date, and in
// plain grey its ink is as dark as the text under it. Pixels clearly redder than green and blue become paper, the
// rest is the red channel (black text stays black), so the date under the seal is read.
#pragma once

#include <leptonica/allheaders.h>

#include <memory>
#include <string_view>
#include <vector>

namespace docpipe::ocr {

struct PixDeleter {
  void operator()(Pix* pix) const noexcept { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// 32-bit pixels as 0xAARRGGBB words in native byte order (poppler's format_argb32), rows `bytes_per_row`
// apart: the 8-bit grey image without red seals.
PixPtr red_channel_of_argb32(const char* data, int width, int height, int bytes_per_row);

// Any image Leptonica reads (colour, grey, palette, 1-bit): 8-bit grey without red seals (1-bit stays as it
// is). Never null; throws std::runtime_error when Leptonica fails.
PixPtr prepare_for_ocr(Pix* image);

// The page without the long horizontal and vertical rules of ruled tables and frames, at `dpi` (same depth).
// Tesseract takes a table whose every cell is boxed for one picture and reads it as a line of gibberish; without
// its rules it reads the rows as lines of text. A rule is a straight run of ink at least 0.6 inch long horizontally or
// half an inch vertically; a character's strokes are shorter (a 22 pt title character is 0.3 inch tall), and so is a
// body-size dash "——". Only ink is whitened, never added: text and seals stay as they were.
PixPtr without_rules(Pix* grey, int dpi);

// The angle in degrees (clockwise positive, y downwards) by which a page lies askew, 0 when unsure. The image
// is not turned: resampling blurs the strokes of Chinese characters and costs accuracy (measured: a 1.5 degree
// scan lost title characters). OcrEngine straightens the boxes it finds instead.
double skew_degrees(Pix* grey);

// Every page of a PNG, JPEG or (multi-page) TIFF file; throws std::runtime_error for a file Leptonica cannot
// decode.
std::vector<PixPtr> read_image_pages(std::string_view bytes);

}  // namespace docpipe::ocr
