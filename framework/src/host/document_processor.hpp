// Runs one document through a pipeline: read, sniff, input, analyses. One per worker process, owning that
// worker's plugin instances, so plugins need not be thread-safe. Every failure a plugin reports (an
// exception) becomes the document's error, naming the plugin; crashes are the worker pool's to catch.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "docpipe/document.hpp"
#include "docpipe/document_summary.hpp"
#include "docpipe/plugin.hpp"
#include "input_collector.hpp"
#include "pipeline.hpp"

namespace docpipe::host {

struct ProcessingLimits {
  std::uintmax_t max_file_bytes = 256ull << 20;
  // Compute the corpus summary of each ok document when the pipeline has a corpus node. The service answers
  // single documents and runs no corpus stage, so it saves the work.
  bool corpus_summaries = true;
  // Render each document's outputs in the worker, for the outputs that have a renderer. The service writes
  // no outputs, so it saves the work.
  bool render_outputs = true;
  // Only documents whose text is at most this long are rendered in the worker. A giant one's rendered
  // copies (its review page alone is some twenty times its text) would count against the worker's time and
  // memory limits, which are there to stop runaway plugins; the host writes such a document itself.
  std::size_t max_rendered_text_bytes = 2u << 20;
};

// What an output's renderer made of a document in a worker, for that output node's write_rendered.
struct RenderedOutput {
  std::size_t node = 0;
  std::string bytes;
};

struct ProcessedDocument {
  Document document;
  std::optional<std::size_t> input_node;  // the input node that read it, if any did
  // What the corpus stage sees of it: set for ok documents when the pipeline has a corpus node.
  std::optional<DocumentSummary> summary;
  // By output node, for the outputs with a renderer that rendered it; the output stage takes them. Never
  // part of a run's records (.docpipe/), which a merge replays through write().
  std::vector<RenderedOutput> rendered;
  // The document's record (encode_processed_document's bytes without rendered outputs) as it arrived from a
  // worker, so that the host writes the run's records without encoding each document again; empty for a
  // document made or changed in the host, which is encoded instead.
  std::string record;
  // Set by the worker pool on the host's side (for logs; never part of the outputs):
  std::size_t worker = 0;                // the worker slot, 1..-j
  std::chrono::milliseconds elapsed{0};  // from handing the document out to its result
};

class DocumentProcessor {
 public:
  // `on_stage` is told the node about to run, before each plugin call (a worker reports it to the host,
  // so that a crash can be put down to the right plugin).
  using StageCallback = std::function<void(std::size_t node)>;

  DocumentProcessor(const Pipeline& pipeline, std::filesystem::path output_directory, ProcessingLimits limits,
                    StageCallback on_stage = {});

  // Reads the item's file and processes it.
  ProcessedDocument process(const InputItem& item);
  // Processes bytes that arrived with the item (a served request); the item's path names the format.
  ProcessedDocument process(const InputItem& item, std::string_view bytes);

 private:
  ProcessedDocument analyze(const InputItem& item, std::string_view bytes);
  // Adds what the renderers of the outputs the document goes to make of it.
  void render(ProcessedDocument& processed);
  InputPlugin& input(std::size_t node);
  AnalysisPlugin& analysis(std::size_t node);
  OutputRenderer& renderer(std::size_t node);
  SummaryRenderer& summary_renderer(std::size_t node);
  std::size_t choose_input(std::string_view bytes, const std::filesystem::path& path);
  PluginContext context_for(std::size_t node) const;

  const Pipeline& pipeline_;
  std::filesystem::path output_directory_;
  ProcessingLimits limits_;
  StageCallback on_stage_;
  std::vector<std::unique_ptr<InputPlugin>> inputs_;  // by node index, created on first use
  std::vector<std::unique_ptr<AnalysisPlugin>> analyses_;
  std::vector<std::unique_ptr<OutputRenderer>> renderers_;
  std::vector<std::unique_ptr<SummaryRenderer>> summary_renderers_;
};

// Reads a whole file; throws std::runtime_error with the system's reason.
std::string read_file_bytes(const std::filesystem::path& path, std::uintmax_t max_bytes);

// Checks what an input plugin produced against the SDK contract (valid UTF-8,
// block offsets inside the text); returns the first violation or "".
std::string contract_violation(const Document& document);

}  // namespace docpipe::host
