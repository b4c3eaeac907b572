// Test fixture: a library of a plugin kind this host does not know (as a later SDK might add). The host
// must refuse it clearly instead of guessing.
#include "docpipe/descriptor.hpp"

namespace {
class Nothing final : public docpipe::AnalysisPlugin {
 public:
  explicit Nothing(const docpipe::PluginContext&) {}
  void analyze(docpipe::Document&) override {}
};
}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = static_cast<docpipe::PluginKind>(7),
    .name = "test.unknown_kind",
    .version = "1.0.0",
    .description = "a kind from the future",
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
    .reserved = {},
})
