#include "page_image.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <stdexcept>

namespace docpipe::ocr {

namespace {

// A pixel this much redder than it is green and blue is seal ink (or its JPEG fringe): red seals are (220, 30, 40)
// or so, dull scans of them (170, 70, 70); grey paper and black or blue ink never are.
constexpr int kSealRedMargin = 60;

// One pixel of the grey image OCR reads: paper where the seal's red ink is, the red channel elsewhere (in which
// red ink is light and black text black; black text under a seal stays black, since ink over toner is dark).
l_uint32 seal_free_grey(int red, int green, int blue) {
  if (red - green > kSealRedMargin && red - blue > kSealRedMargin) return 255;
  return static_cast<l_uint32>(red);
}

// Grey levels from here to white are paper (measured on the scan fixtures: whitening from 180 and stretching the
// rest thinned '%' into "9%").
constexpr l_int32 kPaperLevel = 200;
constexpr l_int32 kInkLevel = 128;  // binarization threshold for measuring skew
// Leptonica's own threshold for trusting a measured skew (pixDeskew uses the same).
constexpr l_float32 kMinimumSkewConfidence = 2.0;

PixPtr checked(Pix* pix, const char* what) {
  if (pix == nullptr) throw std::runtime_error(std::string("image processing failed: ") + what);
  return PixPtr(pix);
}

// The shortest runs of ink taken for rules, in inches. Horizontal rules are found from 0.6 inch, so that a rule
// scanned up to a degree askew (a staircase of runs about 0.9 inch long at 300 dpi) is still found whole, while the
// dash pair "——" of 16 pt body text (0.45 inch) stays; vertical rules, which nothing in a line of text resembles
// past a character's height, from 0.5 inch, so that the rules between the cells of a two-row table go too.
constexpr double kHorizontalRuleInches = 0.6;
constexpr double kVerticalRuleInches = 0.5;
// Scans of the rules' anti-aliased edges are lighter than the ink threshold: the rule mask is widened by a pixel on
// each side so that no grey ghost of the rule stays for Tesseract to read as a stroke.
constexpr l_int32 kRuleEdgeWidening = 3;

// Leptonica prints its complaints about undecodable images to stderr through one process-wide setting; the
// plugin reports them per document instead.
void silence_leptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

}  // namespace

PixPtr red_channel_of_argb32(const char* data, int width, int height, int bytes_per_row) {
  PixPtr grey = checked(pixCreate(width, height, 8), "cannot allocate the page image");
  l_uint32* rows = pixGetData(grey.get());
  const l_int32 words_per_line = pixGetWpl(grey.get());
  for (int y = 0; y < height; ++y) {
    const char* row = data + static_cast<std::ptrdiff_t>(y) * bytes_per_row;
    l_uint32* line = rows + static_cast<std::ptrdiff_t>(y) * words_per_line;
    for (int x = 0; x < width; ++x) {
      std::uint32_t pixel = 0;
      std::memcpy(&pixel, row + static_cast<std::ptrdiff_t>(x) * 4, sizeof pixel);
      SET_DATA_BYTE(line, x, seal_free_grey((pixel >> 16) & 0xFF, (pixel >> 8) & 0xFF, pixel & 0xFF));
    }
  }
  return grey;
}

PixPtr prepare_for_ocr(Pix* image) {
  if (image == nullptr) throw std::runtime_error("no image");
  PixPtr plain = checked(pixRemoveColormap(image, REMOVE_CMAP_BASED_ON_SRC), "cannot remove the palette");
  PixPtr grey;
  switch (pixGetDepth(plain.get())) {
    case 32: {
      const l_int32 width = pixGetWidth(plain.get()), height = pixGetHeight(plain.get());
      grey = checked(pixCreate(width, height, 8), "cannot allocate the page image");
      pixCopyResolution(grey.get(), plain.get());
      for (l_int32 y = 0; y < height; ++y) {
        const l_uint32* in = pixGetData(plain.get()) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(plain.get());
        l_uint32* out = pixGetData(grey.get()) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(grey.get());
        for (l_int32 x = 0; x < width; ++x) {
          l_int32 red = 0, green = 0, blue = 0;
          extractRGBValues(in[x], &red, &green, &blue);
          SET_DATA_BYTE(out, x, seal_free_grey(red, green, blue));
        }
      }
      break;
    }
    case 8:
    case 1:
      grey = std::move(plain);
      break;
    default:
      grey = checked(pixConvertTo8(plain.get(), 0), "cannot convert the image to grey");
  }
  // Paper texture and JPEG noise are light grey speckles that Tesseract's layout analysis takes for marks; they
  // become paper. Only light values change, so the anti-aliased edges of thin strokes (the rings of %) stay.
  if (pixGetDepth(grey.get()) == 8) {
    grey = checked(pixThresholdToValue(nullptr, grey.get(), kPaperLevel, 255), "cannot whiten the paper");
  }
  return grey;
}

PixPtr without_rules(Pix* grey, int dpi) {
  if (grey == nullptr) throw std::runtime_error("no image");
  const int depth = pixGetDepth(grey);
  PixPtr page = checked(pixCopy(nullptr, grey), "cannot copy the page image");
  if (depth != 1 && depth != 8) return page;
  PixPtr ink = checked(depth == 1 ? pixCopy(nullptr, grey) : pixConvertTo1(grey, kInkLevel), "cannot binarize");
  const auto length = [dpi](double inches) { return std::max<l_int32>(2, static_cast<l_int32>(inches * dpi)); };
  PixPtr rules = checked(pixOpenBrick(nullptr, ink.get(), length(kHorizontalRuleInches), 1), "cannot find rules");
  const PixPtr vertical =
      checked(pixOpenBrick(nullptr, ink.get(), 1, length(kVerticalRuleInches)), "cannot find rules");
  pixOr(rules.get(), rules.get(), vertical.get());
  l_int32 none = 1;
  pixZero(rules.get(), &none);
  if (none) return page;  // no ruled table, the common case
  rules = checked(pixDilateBrick(nullptr, rules.get(), kRuleEdgeWidening, kRuleEdgeWidening), "cannot widen rules");
  if (depth == 1) {
    pixSubtract(page.get(), page.get(), rules.get());
  } else {
    pixSetMasked(page.get(), rules.get(), 255);  // paper
  }
  return page;
}

double skew_degrees(Pix* grey) {
  PixPtr binary = checked(pixConvertTo1(grey, kInkLevel), "cannot binarize the image");
  l_float32 angle = 0, confidence = 0;
  if (pixFindSkew(binary.get(), &angle, &confidence) != 0 || confidence < kMinimumSkewConfidence) return 0;
  return angle;
}

std::vector<PixPtr> read_image_pages(std::string_view bytes) {
  silence_leptonica();
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  std::vector<PixPtr> pages;
  l_int32 format = IFF_UNKNOWN;
  findFileFormatBuffer(data, &format);
  if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 || format == IFF_TIFF_LZW ||
      format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG) {
    Pixa* all = pixaReadMemMultipageTiff(data, bytes.size());
    if (all == nullptr) throw std::runtime_error("the TIFF image cannot be decoded");
    for (l_int32 i = 0; i < pixaGetCount(all); ++i) pages.emplace_back(pixaGetPix(all, i, L_COPY));
    pixaDestroy(&all);
  } else if (Pix* pix = pixReadMem(data, bytes.size())) {
    pages.emplace_back(pix);
  }
  if (pages.empty() || pages.front() == nullptr) throw std::runtime_error("the image cannot be decoded");
  return pages;
}

}  // namespace docpipe::ocr
