#include "image_input.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "body_blocks.hpp"
#include "docpipe/line_assembly.hpp"
#include "docpipe/paragraph_assembly.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "stored_page.hpp"

namespace docpipe::image {

namespace {

constexpr int kScoreMagic = 100;
std::string format_of(std::string_view head) {
  if (head.starts_with("\x89PNG\r\n\x1A\n")) return "png";
  if (head.starts_with("\xFF\xD8\xFF")) return "jpeg";
  if (head.starts_with(std::string_view("II*\0", 4)) || head.starts_with(std::string_view("MM\0*", 4))) return "tiff";
  return {};
}

}  // namespace

ImageInput::ImageInput(const PluginContext& context)
    : settings_(ocr::read_ocr_settings(context.parameters)),
      remove_artifacts_(context.parameters.boolean("remove_artifacts")) {}

int ImageInput::sniff(std::string_view head) const { return format_of(head).empty() ? 0 : kScoreMagic; }

void ImageInput::read(std::string_view bytes, Document& document) {
  document.format = format_of(bytes.substr(0, 8));
  if (document.format.empty()) throw std::runtime_error("not a PNG, JPEG or TIFF image");
  document.encoding = "";
  if (!settings_.enabled)
    throw std::runtime_error("an image holds no text without OCR, and OCR is switched off (ocr=false)");
  const ocr::EngineModule& engine = engine_.module();
  const auto pages = engine.pages_of_image_file(bytes);
  document.metadata.set("image.pages", std::to_string(pages.size()));

  ocr::OcrRun run(settings_, engine_);
  std::vector<layout::Line> lines;
  std::vector<double> heights;
  std::vector<int> unread;
  for (std::size_t index = 0; index < pages.size(); ++index) {
    const int number = static_cast<int>(index) + 1;
    const int dpi = ocr::credible_dpi(pages[index]->resolution());
    heights.push_back(pages[index]->height() * 72.0 / dpi);
    if (!run.admit(number)) {
      unread.push_back(number);
      continue;
    }
    auto recognised = ocr::recognise_stored_page(run, engine, *pages[index], dpi, number);
    if (recognised.lines.empty()) {
      unread.push_back(number);
      continue;
    }
    heights.back() = recognised.height;
    lines.insert(lines.end(), std::make_move_iterator(recognised.lines.begin()),
                 std::make_move_iterator(recognised.lines.end()));
  }
  run.record(document.metadata);
  if (lines.empty()) {
    const std::string limit = run.limit_reached();
    throw std::runtime_error(fmt::format("OCR recognised no text on the {} page(s) of the image{}", pages.size(),
                                         limit.empty() ? "" : "; " + limit));
  }
  if (!unread.empty()) {
    std::string list;
    for (const int page : unread) list += (list.empty() ? "" : ",") + std::to_string(page);
    document.metadata.add("warning", "no text recognised on page(s) " + list);
  }

  const layout::Furniture furniture = layout::remove_furniture(lines, heights);
  for (const auto& [key, value] : furniture.removed) document.metadata.add(key, value);
  // A scanned table's rows come out of OCR as their cells (table_rows.hpp): the same table layout as a PDF's page
  // reads them into table cells, which the metrics analysis reads with their header's units.
  add_paragraphs(document, pdf::body_blocks(furniture.body), remove_artifacts_ ? &filter_ : nullptr);
  if (document.text.empty()) throw std::runtime_error("OCR recognised no text in the image");
}

}  // namespace docpipe::image
