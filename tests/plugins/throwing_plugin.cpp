// Test fixture: an analysis that throws on documents containing a trigger word,
// to prove the host turns the exception into that document's error only.
#include <stdexcept>

#include "docpipe/descriptor.hpp"

namespace {

class ThrowingAnalysis final : public docpipe::AnalysisPlugin {
 public:
  explicit ThrowingAnalysis(const docpipe::PluginContext& context) : trigger_(context.parameters.string("trigger")) {}
  void analyze(docpipe::Document& document) override {
    if (document.text.find(trigger_) != std::string::npos) throw std::runtime_error("refusing '" + trigger_ + "'");
  }

 private:
  std::string trigger_;
};

constexpr docpipe::ParameterSpec kParameters[] = {
    {"trigger", docpipe::ParameterType::string, "BOOM", "text that makes the analysis throw"},
    {"threshold", docpipe::ParameterType::integer, "3", "an integer, for type checks"},
};
constexpr const char* kConsumes[] = {docpipe::layer::text, nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "test.throwing",
    .version = "1.0.0",
    .description = "throws on a trigger word",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = kConsumes,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<ThrowingAnalysis>,
    .create_output = nullptr,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
