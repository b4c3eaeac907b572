// The descriptor of input.html.
#include "docpipe/descriptor.hpp"
#include "html_input.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"remove_artifacts", docpipe::ParameterType::boolean, "true",
     "remove web-page debris left in the article (recorded in metadata as removed.*)"},
    {"heading_hints", docpipe::ParameterType::boolean, "true",
     "mark <h2>…<h6> blocks as headings and table cells as cells for analysis.sections"},
};
constexpr const char* kProduces[] = {docpipe::layer::text, docpipe::layer::blocks, nullptr};
constexpr const char* kExtensions[] = {"html", "htm", "shtml", "xhtml", "mht", "mhtml", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::input,
    .name = "input.html",
    .version = "1.0.0",
    .description = "Web pages saved from a portal, also as a web archive (MHTML): charset detection, article "
                   "extraction by text and link density, "
                   "portal metadata and attachments into metadata",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = kProduces,
    .extensions = kExtensions,
    .create_input = &docpipe::make_input<docpipe::html::HtmlInput>,
    .create_analysis = nullptr,
    .create_output = nullptr,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
