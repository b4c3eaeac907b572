// Extraction throughput of analysis.metrics, in MB of UTF-8 text per second, with the unit table and
// taxonomy of configs/default.xml, on 1,000 generated documents of 10 KB (a typical report's size).
#include <benchmark/benchmark.h>

#include "corpus.hpp"
#include "docpipe/parameters.hpp"
#include "metrics_analysis.hpp"
#include "pipeline_config.hpp"

namespace {

std::vector<std::string> default_table(const std::string& name) {
  const auto config = docpipe::host::load_pipeline_config(DOCPIPE_SOURCE_DIR "/configs/default.xml");
  for (const auto& node : config.nodes) {
    if (node.plugin == "analysis.metrics") return docpipe::split_parameter_list(node.parameters.at(name).value);
  }
  return {};
}

void BM_MetricsThroughput(benchmark::State& state) {
  static const auto corpus = docpipe::bench::generate_corpus(1000, 10 * 1024);
  docpipe::metrics::MetricsAnalysis analysis(default_table("units"), default_table("indicator_codes"));
  std::size_t bytes = 0, figures = 0;
  for (auto _ : state) {
    for (const auto& text : corpus) {
      docpipe::Document document;
      document.text = text;
      analysis.analyze(document);
      bytes += text.size();
      figures += document.metrics.size();
      benchmark::DoNotOptimize(document.metrics.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["figures_per_second"] = benchmark::Counter(static_cast<double>(figures), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MetricsThroughput)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
