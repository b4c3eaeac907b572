#include "ocr_run.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "page_foot.hpp"

namespace docpipe::ocr {

namespace {

std::string joined(const std::vector<int>& pages) {
  std::string text;
  for (const int page : pages) text += (text.empty() ? "" : ",") + std::to_string(page);
  return text;
}

}  // namespace

OcrRun::OcrRun(const OcrSettings& settings, EngineSlot& engine) : settings_(settings), engine_(engine) {}

double OcrRun::seconds_left() const {
  const std::chrono::duration<double> spent = std::chrono::steady_clock::now() - start_;
  return settings_.time_budget_seconds - spent.count();
}

bool OcrRun::admit(int page) {
  if (!left_out_.empty() || static_cast<int>(pages_.size()) >= settings_.max_pages || seconds_left() <= 0) {
    if (left_out_.empty()) out_of_time_ = static_cast<int>(pages_.size()) < settings_.max_pages;
    left_out_.push_back(page);
    return false;
  }
  return true;
}

RecognisedPage OcrRun::recognise(const PageImage& image, int dpi, int page, double skew) {
  RecognisedPage result = engine_.recogniser(settings_.language).recognise(image, dpi, page, seconds_left(), skew);
  pages_.push_back(page);
  confidences_.push_back(result.mean_confidence);
  words_.push_back(result.words);
  if (result.deadline_reached) cut_short_.push_back(page);
  // A reading this unsure is noise taken for characters (a blurred thumbnail, a photo of no text): its "figures"
  // and "headings" would be made up. The page counts as unread.
  if (result.words > 0 && result.mean_confidence < kIllegibleConfidence) {
    illegible_.push_back(page);
    result.lines.clear();
  }
  // A page number read as letters (一DID-一) is no text of the report; furniture removal would not know it.
  if (auto page_number = take_misread_page_number(result)) misread_page_numbers_.push_back(std::move(*page_number));
  return result;
}

void OcrRun::record(Metadata& metadata) const {
  if (!used()) return;
  metadata.set("ocr", "true");
  metadata.set("ocr.engine", engine_.module().version());
  metadata.set("ocr.language", settings_.language);
  metadata.set("ocr.pages", joined(pages_));
  for (const auto& page_number : misread_page_numbers_) metadata.add("removed.page-number", page_number);
  double weighted = 0;
  std::size_t words = 0;
  std::string per_page;
  // A page OCR found no words on has no confidence: the input plugin reports it as a page without text.
  for (std::size_t i = 0; i < pages_.size(); ++i) {
    if (words_[i] == 0) continue;
    weighted += confidences_[i] * static_cast<double>(words_[i]);
    words += words_[i];
    per_page += fmt::format("{}{}:{:.1f}", per_page.empty() ? "" : ",", pages_[i], confidences_[i]);
  }
  if (words > 0) {
    metadata.set("ocr.confidence", fmt::format("{:.1f}", words == 0 ? 0.0 : weighted / static_cast<double>(words)));
    metadata.set("ocr.page_confidence", per_page);
  }
  for (std::size_t i = 0; i < pages_.size(); ++i) {
    const bool illegible = std::find(illegible_.begin(), illegible_.end(), pages_[i]) != illegible_.end();
    if (words_[i] > 0 && confidences_[i] < settings_.min_confidence && !illegible) {
      metadata.add("warning", fmt::format("OCR confidence {:.1f} on page {} is below ocr_min_confidence {:g}: check "
                                          "its text and figures against the scan",
                                          confidences_[i], pages_[i], settings_.min_confidence));
    }
  }
  if (!cut_short_.empty()) {
    metadata.add("warning", fmt::format("OCR of page(s) {} stopped at the time budget of {:g} s: text may be missing",
                                        joined(cut_short_), settings_.time_budget_seconds));
  }
  if (!left_out_.empty() || !illegible_.empty()) {
    if (!left_out_.empty()) metadata.set("ocr.pages_not_read", joined(left_out_));
    metadata.add("warning", limit_reached());
  }
}

std::string OcrRun::limit_reached() const {
  std::string illegible;
  if (!illegible_.empty()) {
    illegible = fmt::format(
        "page(s) {} illegible (OCR confidence under {:g} of 100: blurred, too small or no text; "
        "scan at 300 dpi)",
        joined(illegible_), kIllegibleConfidence);
  }
  if (left_out_.empty()) return illegible;
  const std::string limit =
      out_of_time_ ? fmt::format("OCR time budget of {:g} s (ocr_time_budget_seconds) reached: page(s) {} not read",
                                 settings_.time_budget_seconds, joined(left_out_))
                   : fmt::format("OCR page limit of {} (ocr_max_pages) reached: page(s) {} not read",
                                 settings_.max_pages, joined(left_out_));
  return illegible.empty() ? limit : illegible + "; " + limit;
}

}  // namespace docpipe::ocr
