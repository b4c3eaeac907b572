// The descriptor of input.docx.
#include "docpipe/descriptor.hpp"
#include "docx_input.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"max_part_megabytes", docpipe::ParameterType::integer, "64", "largest uncompressed part read from a package"},
    {"max_compression_ratio", docpipe::ParameterType::number, "200",
     "a part over 1 MiB expanding more than this many times is refused (zip bomb)"},
    {"remove_artifacts", docpipe::ParameterType::boolean, "true",
     "remove web-page and Word-conversion debris (recorded in metadata as removed.*)"},
    {"max_label_characters", docpipe::ParameterType::integer, "64",
     "longest automatic-numbering label (a start value or lvlText that would make a longer one is an error)"},
    {"max_blocks", docpipe::ParameterType::integer, "200000",
     "most paragraphs one document may have; a file with more is an error (bounds memory on hostile input)"},
};
constexpr const char* kProduces[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kExtensions[] = {"docx", "docm", "dotx", "dotm", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::input,
    .name = "input.docx",
    .version = "1.0.0",
    .description =
        "Word documents (.docx, flat WordprocessingML): tracked changes, automatic numbering, tables, text boxes",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = kProduces,
    .extensions = kExtensions,
    .create_input = &docpipe::make_input<docpipe::docx::DocxInput>,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::docx::read_docx_settings>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
