// Test fixture: an output whose renderer is a SummaryRenderer. probe.tsv gets one line per document:
// "<id>\t<what the renderer was given>\t<the same figures of summarize() run on the document in the host>",
// the figures being "characters=N fingerprints=M text_hash=H", or "none" for a document without a summary.
#include <string>

#include "docpipe/atomic_file.hpp"
#include "docpipe/descriptor.hpp"
#include "docpipe/document_summary.hpp"

namespace {

std::string figures(const docpipe::DocumentSummary* summary) {
  if (summary == nullptr) return "none";
  return "characters=" + std::to_string(summary->characters) +
         " fingerprints=" + std::to_string(summary->fingerprints.size()) +
         " text_hash=" + std::to_string(summary->text_hash);
}

std::string own_figures(const docpipe::Document& document) {
  if (document.status != docpipe::DocumentStatus::ok) return figures(nullptr);
  const docpipe::DocumentSummary summary = docpipe::summarize(document);
  return figures(&summary);
}

class SummaryProbe final : public docpipe::OutputPlugin {
 public:
  explicit SummaryProbe(const docpipe::PluginContext& context) : file_(context.output_directory / "probe.tsv") {}
  void write(const docpipe::Document& document) override {
    file_.write(document.id + "\twrite\t" + own_figures(document) + "\n");
  }
  void write_rendered(const docpipe::Document& document, std::string_view rendered) override {
    file_.write(document.id + "\t" + std::string(rendered) + "\t" + own_figures(document) + "\n");
  }
  void finish() override { file_.commit(); }

 private:
  docpipe::AtomicFile file_;
};

class SummaryProbeRenderer final : public docpipe::SummaryRenderer {
 public:
  explicit SummaryProbeRenderer(const docpipe::PluginContext&) {}
  std::string render(const docpipe::Document&, const docpipe::DocumentSummary* summary) override {
    return figures(summary);
  }
};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::output,
    .name = "test.summary_probe",
    .version = "1.0.0",
    .description = "records the summary its renderer was given beside one made in the host",
    .parameters = nullptr,
    .parameter_count = 0,
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = &docpipe::make_output<SummaryProbe>,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = &docpipe::make_summary_renderer<SummaryProbeRenderer>,
    .reserved = {},
})
