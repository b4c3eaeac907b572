// The descriptor of input.doc.
#include "doc_input.hpp"
#include "docpipe/descriptor.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"max_stream_megabytes", docpipe::ParameterType::integer, "64",
     "largest compound-file stream read (WordDocument, the table stream)"},
    {"remove_artifacts", docpipe::ParameterType::boolean, "true",
     "remove web-page and Word-conversion debris (recorded in metadata as removed.*)"},
};
constexpr const char* kProduces[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kExtensions[] = {"doc", "dot", "wps", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::input,
    .name = "input.doc",
    .version = "1.0.0",
    .description = "Word 97-2003 binary documents and WPS Office .wps files (libgsf): piece table, tracked changes, "
                   "fields, tables; main text only",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = kProduces,
    .extensions = kExtensions,
    .create_input = &docpipe::make_input<docpipe::doc::DocInput>,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::doc::read_max_stream_bytes>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
