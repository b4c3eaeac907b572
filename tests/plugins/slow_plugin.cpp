// Test fixture: an analysis that takes a while (300 ms) on every document, so that a test can signal or
// kill a batch run while documents are in flight.
#include <chrono>
#include <thread>

#include "docpipe/descriptor.hpp"

namespace {

class SlowAnalysis final : public docpipe::AnalysisPlugin {
 public:
  explicit SlowAnalysis(const docpipe::PluginContext&) {}
  void analyze(docpipe::Document&) override { std::this_thread::sleep_for(std::chrono::milliseconds(300)); }
};

constexpr const char* kConsumes[] = {docpipe::layer::text, nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "test.slow",
    .version = "1.0.0",
    .description = "takes 300 ms on every document",
    .parameters = nullptr,
    .parameter_count = 0,
    .consumes = kConsumes,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<SlowAnalysis>,
    .create_output = nullptr,
})
