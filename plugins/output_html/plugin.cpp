// The descriptor of output.html.
#include "docpipe/descriptor.hpp"
#include "html_output.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"directory", docpipe::ParameterType::string, "html", "subdirectory of the run's output directory for the pages"},
    {"required_parts", docpipe::ParameterType::string_list, "achievements;shortcomings;leadership;plan;other",
     "the report parts the overview and the checklist show present or missing (section kinds; the five of the "
     "2019 督察规定)"},
    {"publication_deadline", docpipe::ParameterType::string, "04-01",
     "MM-DD of the year after the report's year by which it must be public"},
    {"indicator_labels", docpipe::ParameterType::string_list, "",
     "code=label lines: the words the pages show for an indicator code (a code without one shows as itself; "
     "configs/default.xml names every code of its taxonomy)"},
};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::output,
    .name = "output.html",
    .version = "1.0.0",
    .description = "Review pages: html/index.html (county overview) and html/<document>.html (text with every "
                   "figure and finding marked), self-contained and offline",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = &docpipe::make_output<docpipe::html::HtmlOutput>,
    .check_parameters = &docpipe::check_by_parsing<docpipe::html::read_review_settings>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = &docpipe::make_renderer<docpipe::html::ReviewPageRenderer>,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
