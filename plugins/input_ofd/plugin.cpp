// The descriptor of input.ofd.
#include "docpipe/descriptor.hpp"
#include "ofd_input.hpp"

namespace {

constexpr docpipe::ParameterSpec kOwnParameters[] = {
    {"max_part_megabytes", docpipe::ParameterType::integer, "64", "largest uncompressed part read from a package"},
    {"max_compression_ratio", docpipe::ParameterType::number, "200",
     "a part over 1 MiB expanding more than this many times is refused (zip bomb)"},
    {"max_text_objects_per_page", docpipe::ParameterType::integer, "100000",
     "a page description with more TextObjects than this is refused before it is parsed"},
    {"remove_artifacts", docpipe::ParameterType::boolean, "true",
     "remove web-page and Word-conversion debris (recorded in metadata as removed.*)"},
};
constexpr auto kParameters = docpipe::ocr::with_ocr_parameters(kOwnParameters);
constexpr const char* kProduces[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kExtensions[] = {"ofd", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::input,
    .name = "input.ofd",
    .version = "1.1.0",
    .description = "OFD documents (GB/T 33190): glyph positions into lines and paragraphs, templates, stamps and "
                   "page numbers recorded as furniture, scanned pages read by OCR (Tesseract)",
    .parameters = kParameters.data(),
    .parameter_count = kParameters.size(),
    .consumes = nullptr,
    .produces = kProduces,
    .extensions = kExtensions,
    .create_input = &docpipe::make_input<docpipe::ofd::OfdInput>,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::ofd::read_ofd_settings>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
