#include "pipeline_runner.hpp"

#include <fmt/format.h>

#include <memory>

namespace docpipe::host {

namespace {

class OutputStage {
 public:
  OutputStage(const Pipeline& pipeline, const std::filesystem::path& output_directory) : pipeline_(pipeline) {
    outputs_.resize(pipeline.nodes.size());
    for (const std::size_t node : pipeline.outputs) {
      const auto& descriptor = *pipeline.nodes[node].plugin.descriptor;
      try {
        outputs_[node] = descriptor.create_output(
            PluginContext{pipeline.nodes[node].id, pipeline.nodes[node].parameters, output_directory});
      } catch (const std::exception& error) {
        throw std::runtime_error(fmt::format("{}: cannot start output node '{}': {}", descriptor.name,
                                             pipeline.nodes[node].id, error.what()));
      }
    }
  }

  // Documents that failed before an input read them reach every output, so none goes missing.
  void write(const ProcessedDocument& processed, RunSummary& summary) {
    const auto& targets = processed.input_node ? pipeline_.routes.at(*processed.input_node).outputs : pipeline_.outputs;
    for (const std::size_t node : targets) {
      try {
        outputs_[node]->write(processed.document);
      } catch (const std::exception& error) {
        summary.output_errors.push_back(fmt::format("{}: cannot write document '{}': {}",
                                                    pipeline_.nodes[node].plugin_name(), processed.document.id,
                                                    error.what()));
      }
    }
  }

  void finish(RunSummary& summary) {
    for (const std::size_t node : pipeline_.outputs) {
      try {
        outputs_[node]->finish();
      } catch (const std::exception& error) {
        summary.output_errors.push_back(
            fmt::format("{}: cannot finish: {}", pipeline_.nodes[node].plugin_name(), error.what()));
      }
    }
  }

 private:
  const Pipeline& pipeline_;
  std::vector<std::unique_ptr<OutputPlugin>> outputs_;  // by node index
};

}  // namespace

RunSummary run_pipeline(const Pipeline& pipeline, const std::vector<InputItem>& inputs, const RunOptions& options) {
  RunSummary summary;
  summary.inputs = inputs.size();
  OutputStage outputs(pipeline, options.output_directory);

  if (!inputs.empty()) {
    const std::size_t workers = std::max<std::size_t>(1, std::min(options.workers, inputs.size()));
    const std::size_t window = options.reorder_window > 0 ? options.reorder_window : 4 * workers;
    WorkerPool pool(pipeline, options.output_directory, options.limits, options.isolation, workers);
    summary.documents = process_in_order(
        pool, inputs, window,
        [&](std::size_t index, ProcessedDocument& processed) {
          if (processed.document.status != DocumentStatus::ok) ++summary.failed;
          outputs.write(processed, summary);
          if (options.progress) options.progress(index + 1, inputs.size(), processed);
        },
        options.stop_descriptor);
    summary.interrupted = summary.documents < inputs.size();
  }
  outputs.finish(summary);
  return summary;
}

}  // namespace docpipe::host
