#include "ocr_engine.hpp"

#include <fmt/format.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <chrono>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "chinese_ocr_repair.hpp"
#include "page_image.hpp"
#include "table_rows.hpp"

namespace docpipe::ocr {

namespace {

constexpr double kPointsPerInch = 72.0;
// A gap between two words of a line is a space when it is wider than this share of the line's height (a space
// in Latin text is about a third of the type size; digits of one number touch).
constexpr double kSpaceInLineHeights = 0.25;
// A page read with less mean confidence than this may lie on its side (text read sideways scores about 30, a
// fair scan 80 to 95); a turned reading replaces it only when surer by this much.
constexpr double kTurnBelowConfidence = 50;
constexpr double kSurerBy = 20;

struct TextDeleter {
  void operator()(char* text) const noexcept { delete[] text; }
};

}  // namespace

OcrEngine::OcrEngine(const std::string& language) : api_(std::make_unique<tesseract::TessBaseAPI>()) {
  // Tesseract's progress chatter ("Estimating resolution", "Detected N diacritics") would fill the worker's
  // stderr; what matters goes into the document's metadata instead.
  api_->SetVariable("debug_file", "/dev/null");
  if (api_->Init(nullptr, language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    throw std::runtime_error(fmt::format(
        "OCR: Tesseract cannot load the language data '{}' (install tesseract-ocr-chi-sim and tesseract-ocr-eng, "
        "or set ocr=false)",
        language));
  }
  // Reports are one column of text: a single block of lines is both faster and more accurate than automatic
  // page segmentation, which splits centred titles and signatures into blocks of their own.
  api_->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
}

OcrEngine::~OcrEngine() {
  if (api_) api_->End();
}

std::string OcrEngine::version() { return std::string("tesseract ") + tesseract::TessBaseAPI::Version(); }

RecognisedPage OcrEngine::recognise(Pix* image, int dpi, int page, double seconds, double skew) {
  const auto started = std::chrono::steady_clock::now();
  const PixPtr unruled = without_rules(image, dpi);
  image = unruled.get();
  RecognisedPage best = recognise_as_it_lies(image, dpi, page, seconds, skew);
  if (best.words == 0 || best.deadline_reached || best.mean_confidence >= kTurnBelowConfidence) return best;
  for (const int quarters : {1, 3}) {  // clockwise, then anticlockwise
    const std::chrono::duration<double> spent = std::chrono::steady_clock::now() - started;
    if (spent.count() >= seconds) break;
    const PixPtr turned(pixRotateOrth(image, quarters));
    if (!turned) break;
    RecognisedPage reading = recognise_as_it_lies(turned.get(), dpi, page, seconds - spent.count(), 0);
    // Surer, complete, and about as wordy: a few confident words read sideways replace nothing.
    if (!reading.deadline_reached && reading.words * 2 >= best.words &&
        reading.mean_confidence >= best.mean_confidence + kSurerBy) {
      best = std::move(reading);
    }
  }
  return best;
}

RecognisedPage OcrEngine::recognise_as_it_lies(Pix* image, int dpi, int page, double seconds, double skew) {
  api_->SetImage(image);
  api_->SetSourceResolution(dpi);
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(static_cast<int32_t>(std::max(1.0, seconds * 1000)));
  RecognisedPage result;
  const double scale = kPointsPerInch / dpi;
  // Turning a box clockwise by `skew` about the page's centre (y downwards): its centre moves, its size stays.
  const double radians = skew * std::numbers::pi / 180, cosine = std::cos(radians), sine = std::sin(radians);
  const double cx = pixGetWidth(image) / 2.0, cy = pixGetHeight(image) / 2.0;
  const auto level = [&](int left, int top, int right, int bottom) {
    const double x = (left + right) / 2.0 - cx, y = (top + bottom) / 2.0 - cy;
    const double mx = cx + x * cosine - y * sine, my = cy + x * sine + y * cosine;
    const double half_width = (right - left) / 2.0, half_height = (bottom - top) / 2.0;
    return layout::Word{(mx - half_width) * scale,
                        (my - half_height) * scale,
                        (mx + half_width) * scale,
                        (my + half_height) * scale,
                        {},
                        false};
  };
  result.height = pixGetHeight(image) * scale;
  if (api_->Recognize(&monitor) != 0) {
    api_->Clear();
    result.deadline_reached = monitor.deadline_exceeded();
    return result;
  }
  result.deadline_reached = monitor.deadline_exceeded();

  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  double confidence_sum = 0;
  std::vector<TextLineWords> text_lines;  // the page's, each word with its line's top and bottom
  std::vector<layout::Word> words;
  double line_top = 0, line_bottom = 0;
  const auto finish_line = [&] {
    if (words.empty()) return;
    // Tesseract's own text lines survive a slant that per-word grouping would not: every word gets the line's
    // height, and lines_of_page joins them as for a PDF (spaces only between Latin words and numbers). chi_sim
    // ends a "word" at any character, also inside a number ("1" "420人"): a space is where the gap is one.
    const double height = line_bottom - line_top;
    for (std::size_t i = 0; i < words.size(); ++i) {
      words[i].top = line_top, words[i].bottom = line_bottom;
      words[i].space_after = i + 1 < words.size() && words[i + 1].left - words[i].right > kSpaceInLineHeights * height;
    }
    text_lines.push_back(std::move(words));
    words.clear();
  };
  if (it) {
    constexpr auto kWord = tesseract::RIL_WORD;
    do {
      if (it->Empty(kWord)) continue;
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
        finish_line();
        int left = 0, top = 0, right = 0, bottom = 0;
        it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom);
        const layout::Word line = level(left, top, right, bottom);
        line_top = line.top, line_bottom = line.bottom;
      }
      const std::unique_ptr<char, TextDeleter> text(it->GetUTF8Text(kWord));
      if (!text || *text == '\0') continue;
      int left = 0, top = 0, right = 0, bottom = 0;
      it->BoundingBox(kWord, &left, &top, &right, &bottom);
      layout::Word word = level(left, top, right, bottom);
      word.text = text.get();
      words.push_back(std::move(word));
      confidence_sum += it->Confidence(kWord);
      ++result.words;
    } while (it->Next(kWord));
  }
  finish_line();
  // A table's rows part into their cells, lines of their own (table_rows.hpp); OCR's uneven boxes open cell-wide
  // gaps inside the words of other lines, which stay whole.
  part_labels_glued_to_figures(text_lines);
  const std::vector<ColumnCuts> cuts = table_cuts(text_lines);
  OcrRepairState repair_state;  // a quotation may open on one line and close on the next, never in a table
  const auto add_line = [&](const TextLineWords& line_words, bool cell) {
    for (auto& line : layout::lines_of_page(line_words, page, layout::Cells::keep_together)) {
      line.exact_height = false;
      line.text = cell ? repair_chinese_ocr_cell(line.text) : repair_chinese_ocr(line.text, repair_state);
      if (!line.text.empty()) result.lines.push_back(std::move(line));
    }
  };
  for (std::size_t i = 0; i < text_lines.size(); ++i) {
    if (cuts[i].empty()) {
      add_line(text_lines[i], false);
      continue;
    }
    for (const auto& cell : cells_of(text_lines[i], cuts[i])) add_line(cell, true);
  }
  api_->Clear();
  result.mean_confidence = result.words == 0 ? 0 : confidence_sum / static_cast<double>(result.words);
  return result;
}

}  // namespace docpipe::ocr
