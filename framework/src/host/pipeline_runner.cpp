#include "pipeline_runner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace docpipe::host {

namespace {

constexpr std::size_t kBatchJobsPerWorker = 2;

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

  // Documents that failed before an input read them reach every output, so none goes missing. What a
  // worker rendered for an output goes to its write_rendered; the pieces are used up here, so that the
  // run's record of the document never holds them.
  void write(ProcessedDocument& processed, RunSummary& summary) {
    const std::vector<RenderedOutput> rendered = std::exchange(processed.rendered, {});
    const auto& targets = processed.input_node ? pipeline_.routes.at(*processed.input_node).outputs : pipeline_.outputs;
    for (const std::size_t node : targets) {
      const auto piece =
          std::find_if(rendered.begin(), rendered.end(), [node](const RenderedOutput& r) { return r.node == node; });
      // A piece for a node no renderer belongs to would be a stray message: write() stays the safe path.
      const bool use_piece = piece != rendered.end() && renders_in_workers(*pipeline_.nodes[node].plugin.descriptor);
      try {
        if (use_piece) {
          outputs_[node]->write_rendered(processed.document, piece->bytes);
        } else {
          outputs_[node]->write(processed.document);
        }
      } catch (const std::exception& error) {
        summary.output_errors.push_back(fmt::format("{}: cannot write document '{}': {}",
                                                    pipeline_.nodes[node].plugin_name(), processed.document.id,
                                                    error.what()));
      }
    }
  }

  // Hands a corpus node's findings to the outputs it feeds.
  void write_findings(const std::vector<std::size_t>& targets, const std::vector<Finding>& findings,
                      RunSummary& summary) {
    for (const std::size_t node : targets) {
      try {
        outputs_[node]->write_findings(findings);
      } catch (const std::exception& error) {
        summary.output_errors.push_back(
            fmt::format("{}: cannot write findings: {}", pipeline_.nodes[node].plugin_name(), error.what()));
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

// The corpus nodes: created in the host, fed each ok document's summary in input order, and run once
// after the last document. Their findings pass the pipeline's policies, then go to the outputs they feed.
class CorpusStage {
 public:
  explicit CorpusStage(const Pipeline& pipeline, const std::filesystem::path& output_directory) : pipeline_(pipeline) {
    corpora_.resize(pipeline.nodes.size());
    for (const std::size_t node : pipeline.corpora) {
      const auto& descriptor = *pipeline.nodes[node].plugin.descriptor;
      try {
        corpora_[node] = descriptor.create_corpus(
            PluginContext{pipeline.nodes[node].id, pipeline.nodes[node].parameters, output_directory});
      } catch (const std::exception& error) {
        throw std::runtime_error(fmt::format("{}: cannot start corpus node '{}': {}", descriptor.name,
                                             pipeline.nodes[node].id, error.what()));
      }
    }
  }

  void add(const ProcessedDocument& processed, RunSummary& summary) {
    if (!processed.summary || !processed.input_node) return;
    for (const std::size_t node : pipeline_.routes.at(*processed.input_node).corpora) {
      try {
        corpora_[node]->add(*processed.summary);
      } catch (const std::exception& error) {
        summary.output_errors.push_back(fmt::format("{}: cannot take document '{}': {}",
                                                    pipeline_.nodes[node].plugin_name(), processed.document.id,
                                                    error.what()));
      }
    }
  }

  void finish(OutputStage& outputs, RunSummary& summary) {
    for (const std::size_t node : pipeline_.corpora) {
      std::vector<Finding> findings;
      try {
        findings = corpora_[node]->finish();
      } catch (const std::exception& error) {
        summary.output_errors.push_back(
            fmt::format("{}: cannot finish: {}", pipeline_.nodes[node].plugin_name(), error.what()));
        continue;
      }
      pipeline_.policy.apply(findings);
      summary.findings += findings.size();
      outputs.write_findings(pipeline_.corpus_outputs.at(node), findings, summary);
    }
  }

 private:
  const Pipeline& pipeline_;
  std::vector<std::unique_ptr<CorpusPlugin>> corpora_;  // by node index
};

}  // namespace

RunSummary run_pipeline(const Pipeline& pipeline, const std::vector<InputItem>& inputs, const RunOptions& options) {
  RunSummary summary;
  summary.inputs = inputs.size();
  OutputStage outputs(pipeline, options.output_directory);
  CorpusStage corpus(pipeline, options.output_directory);

  const auto deliver = [&](std::size_t index, ProcessedDocument& processed) {
    if (processed.document.status != DocumentStatus::ok) ++summary.failed;
    outputs.write(processed, summary);
    corpus.add(processed, summary);
    if (options.record) options.record(index, processed);
    if (options.progress) options.progress(index + 1, inputs.size(), processed);
  };
  // Replayed documents are delivered between the processed ones, so the order stays the input order.
  std::size_t next = 0;  // the next input index to deliver
  const auto replay_until = [&](std::size_t end) {
    for (; next < end; ++next) {
      ProcessedDocument replayed = options.replay(next);
      ++summary.reused;
      ++summary.documents;
      deliver(next, replayed);
    }
  };

  std::vector<std::size_t> fresh;  // the inputs to process
  std::vector<InputItem> items;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (options.reusable && options.reusable(i)) continue;
    fresh.push_back(i);
    items.push_back(inputs[i]);
  }
  std::size_t processed_count = 0;
  if (!items.empty()) {
    const std::size_t workers = std::max<std::size_t>(1, std::min(options.workers, items.size()));
    const std::size_t window = options.reorder_window > 0 ? options.reorder_window : 4 * workers;
    // Two jobs per worker: the next document is waiting in a worker's channel when it finishes one, so no
    // worker idles while the host writes another document's outputs (a batch has no latency to protect).
    WorkerPool pool(pipeline, options.output_directory, options.limits, options.isolation, workers,
                    kBatchJobsPerWorker);
    processed_count = process_in_order(
        pool, items, window,
        [&](std::size_t k, ProcessedDocument& processed) {
          replay_until(fresh[k]);
          ++summary.documents;
          deliver(fresh[k], processed);
          next = fresh[k] + 1;
        },
        options.stop_descriptor);
  }
  if (processed_count == items.size()) replay_until(inputs.size());
  summary.interrupted = summary.documents < inputs.size();
  corpus.finish(outputs, summary);
  outputs.finish(summary);
  return summary;
}

}  // namespace docpipe::host
