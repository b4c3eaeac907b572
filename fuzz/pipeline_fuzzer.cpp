// libFuzzer target: one input plugin of configs/default.xml, with the parameters that config gives it,
// reads the fuzzer's bytes; with DOCPIPE_FUZZ_ANALYSES the analyses of its route then run on the document.
// A plugin may refuse input by throwing; anything else it does wrong (a crash, a sanitizer report, a hang
// libFuzzer times out) is a finding.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <string_view>
#include <vector>

#include "pipeline_loader.hpp"

namespace {

using docpipe::host::LoadedPipeline;

struct Target {
  LoadedPipeline loaded;
  std::unique_ptr<docpipe::InputPlugin> input;
  std::vector<std::unique_ptr<docpipe::AnalysisPlugin>> analyses;
};

// OCR kept to one small page: Tesseract, not instrumented but allocating through AddressSanitizer's malloc, runs
// about ten times slower here than in a release build (a mutated PDF of four pages read as scans took 82 s, four
// times libFuzzer's timeout). What is fuzzed is how the plugin handles the bytes; the recognition paths still run.
// Every plugin declaring the OCR parameters gets these caps (input.pdf, and input.ofd, whose scanned pages OCR reads:
// an OFD's image is read at its own resolution, so there the page and time caps are what bound it).
void bound_ocr(docpipe::Parameters& parameters) {
  if (!parameters.contains("ocr_time_budget_seconds")) return;
  parameters.set("ocr_max_pages", std::int64_t{1});
  parameters.set("ocr_dpi", std::int64_t{100});
  parameters.set("ocr_time_budget_seconds", 2.0);
}

docpipe::PluginContext context_of(const docpipe::host::PipelineNode& node) {
  docpipe::PluginContext context{node.id, node.parameters, {}};
  bound_ocr(context.parameters);
  return context;
}

Target load_target() {
  Target made{
      docpipe::host::load_pipeline(DOCPIPE_SOURCE_DIR "/configs/default.xml", {DOCPIPE_BUILD_PLUGIN_DIR}), nullptr, {}};
  const auto& pipeline = made.loaded.pipeline;
  for (const std::size_t index : pipeline.inputs) {
    const auto& node = pipeline.nodes[index];
    if (node.id != DOCPIPE_FUZZ_NODE) continue;
    made.input = node.plugin.descriptor->create_input(context_of(node));
    if (DOCPIPE_FUZZ_ANALYSES) {
      for (const std::size_t analysis : pipeline.routes.at(index).analyses) {
        const auto& step = pipeline.nodes[analysis];
        made.analyses.push_back(step.plugin.descriptor->create_analysis(context_of(step)));
      }
    }
  }
  if (!made.input) std::terminate();  // the node is not in configs/default.xml
  return made;
}

// Loaded once: plugin loading is the host's business, not what is fuzzed here.
Target& target() {
  static Target instance = load_target();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  target();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Target& fuzzed = target();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  fuzzed.input->sniff(bytes);
  docpipe::Document document;
  try {
    fuzzed.input->read(bytes, document);
  } catch (const std::exception&) {
    return 0;  // refused, with a message: what a plugin should do with bad input
  }
  for (auto& analysis : fuzzed.analyses) {
    try {
      analysis->analyze(document);
    } catch (const std::exception&) {
      return 0;
    }
  }
  return 0;
}
