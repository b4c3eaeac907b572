// Test fixture: an analysis that crashes (SIGSEGV) on "CRASH", never returns on "HANG", allocates
// without end on "HOG", takes 1.5 s on "NAP", and a second on "SLOW" (a request still in flight when a server
// is told to stop), to prove that one bad document costs only its own row.
#include <chrono>
#include <csignal>
#include <memory>
#include <thread>
#include <vector>

#include "docpipe/descriptor.hpp"

namespace {

class MisbehavingAnalysis final : public docpipe::AnalysisPlugin {
 public:
  explicit MisbehavingAnalysis(const docpipe::PluginContext&) {}
  void analyze(docpipe::Document& document) override {
    if (document.text.find("CRASH") != std::string::npos) std::raise(SIGSEGV);
    if (document.text.find("SLOW") != std::string::npos) std::this_thread::sleep_for(std::chrono::seconds(1));
    if (document.text.find("HANG") != std::string::npos) {
      for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    if (document.text.find("NAP") != std::string::npos) std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    if (document.text.find("HOG") != std::string::npos) {
      std::vector<std::unique_ptr<char[]>> hoard;
      for (;;) {
        hoard.push_back(std::make_unique<char[]>(64 << 20));
        hoard.back()[0] = 1;
      }
    }
  }
};

constexpr const char* kConsumes[] = {docpipe::layer::text, nullptr};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::analysis,
    .name = "test.misbehaving",
    .version = "1.0.0",
    .description = "crashes, hangs or hoards memory on trigger words",
    .parameters = nullptr,
    .parameter_count = 0,
    .consumes = kConsumes,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = &docpipe::make_analysis<MisbehavingAnalysis>,
    .create_output = nullptr,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
