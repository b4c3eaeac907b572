// The descriptor of input.image.
#include "docpipe/descriptor.hpp"
#include "image_input.hpp"

namespace {

constexpr docpipe::ParameterSpec kOwnParameters[] = {
    {"remove_artifacts", docpipe::ParameterType::boolean, "true",
     "remove web-page and Word-conversion debris (recorded in metadata as removed.*)"},
};
constexpr auto kParameters = docpipe::ocr::with_ocr_parameters(kOwnParameters);
constexpr const char* kProduces[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kExtensions[] = {"png", "jpg", "jpeg", "tif", "tiff", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::input,
    .name = "input.image",
    .version = "1.0.0",
    .description = "scanned or photographed report pages (PNG, JPEG, TIFF) read by OCR (Tesseract): lines and "
                   "paragraphs as for PDF pages, page furniture removed",
    .parameters = kParameters.data(),
    .parameter_count = kParameters.size(),
    .consumes = nullptr,
    .produces = kProduces,
    .extensions = kExtensions,
    .create_input = &docpipe::make_input<docpipe::image::ImageInput>,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::ocr::read_ocr_settings>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
