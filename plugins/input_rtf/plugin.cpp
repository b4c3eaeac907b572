// The descriptor of input.rtf.
#include "docpipe/descriptor.hpp"
#include "rtf_input.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"remove_artifacts", docpipe::ParameterType::boolean, "true",
     "remove web-page and Word-conversion debris (recorded in metadata as removed.*)"},
};
constexpr const char* kProduces[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kExtensions[] = {"rtf", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::input,
    .name = "input.rtf",
    .version = "1.0.0",
    .description = "Rich Text Format, also under a .doc or .wps name (WPS, portals): GBK and Unicode text, headings "
                   "by outline level or style, tables, text boxes; tracked deletions and tables of contents left out",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = kProduces,
    .extensions = kExtensions,
    .create_input = &docpipe::make_input<docpipe::rtf::RtfInput>,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
