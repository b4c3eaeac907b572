// The plugin interfaces. The host creates one instance per worker process for input and analysis
// plugins (and output renderers), so they need not be thread-safe; output and corpus plugins get one
// instance in the host that sees documents one at a time, in input order.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <vector>

#include "docpipe/document.hpp"
#include "docpipe/document_summary.hpp"
#include "docpipe/findings.hpp"
#include "docpipe/parameters.hpp"

namespace docpipe {

// What a plugin instance is created with.
struct PluginContext {
  std::string node_id;                     // the pipeline node this instance serves
  Parameters parameters;                   // validated, defaults filled in
  std::filesystem::path output_directory;  // where output plugins write (the run's --out)
};

class InputPlugin {
 public:
  virtual ~InputPlugin() = default;

  // How sure the plugin is, from the first bytes of a file, that it reads this
  // format: 0 not at all, 100 certain (a magic number). The host picks the
  // highest score and breaks ties by file extension.
  virtual int sniff(std::string_view head) const = 0;

  // Turns the file's bytes into the document's text, blocks, format, encoding
  // and metadata. Throws std::exception with a clear message when it cannot.
  virtual void read(std::string_view bytes, Document& document) = 0;
};

class AnalysisPlugin {
 public:
  virtual ~AnalysisPlugin() = default;

  // Adds the layers the plugin declares it produces. Throws on failure.
  virtual void analyze(Document& document) = 0;
};

class OutputPlugin {
 public:
  virtual ~OutputPlugin() = default;

  // Called once per document, in input order, including documents whose status is error.
  virtual void write(const Document& document) = 0;

  // Called once after the last document; results become visible here (atomically where possible).
  virtual void finish() = 0;

  // The corpus stage's findings (after every write(), before finish()), sorted by document in input order.
  // Called only on outputs downstream of a corpus node; outputs that show no findings ignore them.
  virtual void write_findings(const std::vector<Finding>& /*findings*/) {}

  // Called instead of write() when the output has a renderer (the descriptor's create_renderer): `rendered`
  // is what the renderer made of this document in a worker. Must leave the outputs exactly as
  // write(document) would; the host still calls write() for a document no renderer saw (one whose worker
  // crashed or timed out, one replayed from a record, or one whose render() threw).
  virtual void write_rendered(const Document& document, std::string_view /*rendered*/) { write(document); }
};

// An output's per-document work, done in the worker processes so that it runs on every core and the host
// only writes bytes in input order: the XML of a document, its CSV rows, its page. Optional (the
// descriptor's create_renderer). One instance per worker; it must not touch the output directory, except to
// write a document's whole file as a scratch file (docpipe/scratch_files.hpp) whose name it returns, nor keep
// anything between documents that changes what it renders: the same document renders the same bytes in
// every worker, whatever it rendered before.
class OutputRenderer {
 public:
  virtual ~OutputRenderer() = default;

  // The bytes OutputPlugin::write_rendered takes for this document: any layout the output chooses
  // (docpipe/rendered_parts.hpp packs several pieces into one). Throws std::exception on failure, and the
  // host falls back to OutputPlugin::write.
  virtual std::string render(const Document& document) = 0;
};

struct DocumentSummary;  // docpipe/document_summary.hpp

// An OutputRenderer for an output that keeps the document's corpus summary (output.sqlite): it is handed the
// summary the worker computes anyway when the pipeline has a corpus node (or once, for all such renderers,
// when it has none), instead of summarizing the document again. Optional, in place of an OutputRenderer (the
// descriptor's create_summary_renderer); the same rules apply.
class SummaryRenderer {
 public:
  virtual ~SummaryRenderer() = default;

  // `summary` is summarize(document) for a document whose status is ok, and null for a failed one.
  virtual std::string render(const Document& document, const DocumentSummary* summary) = 0;
};

// The corpus stage: runs in the host after the per-document stages, over every document's summary, and
// finds what only shows across reports (copied passages, unchanged years, jumps, outliers).
class CorpusPlugin {
 public:
  virtual ~CorpusPlugin() = default;

  // Called once per document whose status is ok, in input order. Keep only what finish() needs: a run
  // may hold 100,000 documents.
  virtual void add(const DocumentSummary& summary) = 0;

  // Called once after the last document. Must be deterministic: the same summaries in the same order
  // give the same findings in the same order. Throws std::exception on failure.
  virtual std::vector<Finding> finish() = 0;
};

}  // namespace docpipe
