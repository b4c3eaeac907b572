// Test fixture: a library that says it is a corpus plugin but sets the analysis factory instead. The host
// must refuse it naming the missing factory.
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
    .kind = docpipe::PluginKind::corpus,
    .name = "test.corpus_without_factory",
    .version = "1.0.0",
    .description = "kind corpus, but the analysis factory",
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
