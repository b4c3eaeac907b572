// Test fixture: an analysis that consumes the metrics layer, for the
// "consumed layer that nothing upstream produces" validation.
#include "docpipe/descriptor.hpp"

namespace {

class NeedsMetrics final : public docpipe::AnalysisPlugin {
 public:
  explicit NeedsMetrics(const docpipe::PluginContext&) {}
  void analyze(docpipe::Document&) override {}
};

constexpr const char* kConsumes[] = {docpipe::layer::metrics, nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "test.needs_metrics",
    .version = "1.0.0",
    .description = "consumes metrics",
    .parameters = nullptr,
    .parameter_count = 0,
    .consumes = kConsumes,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<NeedsMetrics>,
    .create_output = nullptr,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
