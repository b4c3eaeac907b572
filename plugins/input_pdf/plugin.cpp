// The descriptor of input.pdf.
#include "docpipe/descriptor.hpp"
#include "pdf_input.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"max_unreadable_share", docpipe::ParameterType::number, "0.3",
     "a page whose extracted characters are more than this share of replacement or private-use codes has "
     "fonts without Unicode maps: its text is not used and the page is reported"},
    {"remove_artifacts", docpipe::ParameterType::boolean, "true",
     "remove web-page and Word-conversion debris (recorded in metadata as removed.*)"},
};
constexpr const char* kProduces[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kExtensions[] = {"pdf", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::input,
    .name = "input.pdf",
    .version = "1.0.0",
    .description =
        "PDF reports (poppler-cpp): paragraphs in reading order, page furniture removed, scanned pages reported",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = kProduces,
    .extensions = kExtensions,
    .create_input = &docpipe::make_input<docpipe::pdf::PdfInput>,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::pdf::read_unreadable_share>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .reserved = {},
})
