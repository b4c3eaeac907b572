// The descriptor of analysis.metrics. Its tables are configuration: configs/default.xml carries the
// standard unit table and indicator taxonomy, which a county extends with values starting with "+".
#include "docpipe/descriptor.hpp"
#include "metrics_analysis.hpp"

namespace {

constexpr docpipe::ParameterSpec kParameters[] = {
    {"units", docpipe::ParameterType::string_list, "",
     "measure words a figure may carry, longest match wins; \"written=canonical*factor\" converts "
     "(configs/default.xml has the standard table)"},
    {"indicator_codes", docpipe::ParameterType::string_list, "",
     "taxonomy: \"code=keyword|keyword\", first match on the indicator wins; *_rate codes name percentages"},
};
constexpr const char* kConsumes[] = {docpipe::layer::text, docpipe::layer::sections, nullptr};
constexpr const char* kProduces[] = {docpipe::layer::metrics, nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "analysis.metrics",
    .version = "1.0.0",
    .description = "Every reported figure: value, range, unit (money in 元), qualifier, indicator and code",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = kConsumes,
    .produces = kProduces,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<docpipe::metrics::MetricsAnalysis>,
    .create_output = nullptr,
    .check_parameters = &docpipe::check_by_parsing<docpipe::metrics::check_metrics_parameters>,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
