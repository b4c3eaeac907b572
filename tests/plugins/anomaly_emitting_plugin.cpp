// Test fixture: a third party's analysis that reports findings of its own rules, so that the host's
// <policies> can be shown to switch them off and re-level them. Every document gets one
// "test-long-document" warning and one "test-first-line" info, both pointing at the first character.
#include "docpipe/descriptor.hpp"

namespace {

class EmitsAnomalies final : public docpipe::AnalysisPlugin {
 public:
  explicit EmitsAnomalies(const docpipe::PluginContext&) {}
  void analyze(docpipe::Document& document) override {
    document.anomalies.push_back({"test-long-document", docpipe::Severity::warning, "", "测试：文档较长", "", 0, 1});
    document.anomalies.push_back({"test-first-line", docpipe::Severity::info, "", "测试：第一行", "", 0, 1});
  }
};

constexpr const char* kConsumes[] = {docpipe::layer::text, nullptr};
constexpr const char* kProduces[] = {docpipe::layer::anomalies, nullptr};
constexpr const char* kRules[] = {"test-long-document", "test-first-line", nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "test.emits_anomalies",
    .version = "1.0.0",
    .description = "reports two findings of its own rules on every document",
    .parameters = nullptr,
    .parameter_count = 0,
    .consumes = kConsumes,
    .produces = kProduces,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<EmitsAnomalies>,
    .create_output = nullptr,
    .check_parameters = nullptr,
    .rules = kRules,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
