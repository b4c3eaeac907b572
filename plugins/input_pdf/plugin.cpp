// The descriptor of input.pdf.
#include "docpipe/descriptor.hpp"
#include "pdf_input.hpp"

namespace {

constexpr docpipe::ParameterSpec kOwnParameters[] = {
    {"max_unreadable_share", docpipe::ParameterType::number, "0.3",
     "a page whose extracted characters are more than this share of replacement or private-use codes has "
     "fonts without Unicode maps: its text is not used and the page is reported"},
    {"remove_artifacts", docpipe::ParameterType::boolean, "true",
     "remove web-page and Word-conversion debris (recorded in metadata as removed.*)"},
};
constexpr auto kParameters = docpipe::ocr::with_ocr_parameters(kOwnParameters);
constexpr const char* kProduces[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kExtensions[] = {"pdf", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::input,
    .name = "input.pdf",
    .version = "1.2.0",
    .description = "PDF reports (poppler-cpp): paragraphs in reading order, tables as cells, page furniture removed, "
                   "scanned pages read by OCR (Tesseract)",
    .parameters = kParameters.data(),
    .parameter_count = kParameters.size(),
    .consumes = nullptr,
    .produces = kProduces,
    .extensions = kExtensions,
    .create_input = &docpipe::make_input<docpipe::pdf::PdfInput>,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::pdf::read_pdf_settings>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
