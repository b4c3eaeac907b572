// Test fixture: a library that sets the descriptor's reserved padding, as a plugin built for a later SDK
// that gave those fields a meaning might. The host must refuse it rather than ignore what it set.
#include "docpipe/descriptor.hpp"

namespace {

class Nothing final : public docpipe::AnalysisPlugin {
 public:
  explicit Nothing(const docpipe::PluginContext&) {}
  void analyze(docpipe::Document&) override {}
};

constexpr int kLaterEntry = 1;

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "test.reserved_set",
    .version = "1.0.0",
    .description = "sets a reserved field",
    .parameters = nullptr,
    .parameter_count = 0,
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<Nothing>,
    .create_output = nullptr,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {&kLaterEntry},
})
