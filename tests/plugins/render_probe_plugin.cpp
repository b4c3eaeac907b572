// Test fixture: an output with a renderer that says where each document was rendered. probe.tsv gets one
// line per document: "<id>\trendered\tworker" when write_rendered got bytes a worker process made,
// "<id>\twrite" when the host fell back to write(). Its renderer throws on "RENDER-THROW" and crashes on
// "RENDER-CRASH", to prove that a failing renderer costs nothing but the fallback (or, for a crash, its own
// document's row).
#include <unistd.h>

#include <csignal>
#include <string>

#include "docpipe/atomic_file.hpp"
#include "docpipe/descriptor.hpp"

namespace {

class RenderProbe final : public docpipe::OutputPlugin {
 public:
  explicit RenderProbe(const docpipe::PluginContext& context) : file_(context.output_directory / "probe.tsv") {}
  void write(const docpipe::Document& document) override { file_.write(document.id + "\twrite\n"); }
  void write_rendered(const docpipe::Document& document, std::string_view rendered) override {
    const bool from_worker = rendered != "pid=" + std::to_string(::getpid());
    file_.write(document.id + "\trendered\t" + (from_worker ? "worker" : "host") + "\n");
  }
  void finish() override { file_.commit(); }

 private:
  docpipe::AtomicFile file_;
};

class RenderProbeRenderer final : public docpipe::OutputRenderer {
 public:
  explicit RenderProbeRenderer(const docpipe::PluginContext&) {}
  std::string render(const docpipe::Document& document) override {
    if (document.text.find("RENDER-THROW") != std::string::npos) throw std::runtime_error("cannot render");
    if (document.text.find("RENDER-CRASH") != std::string::npos) std::raise(SIGSEGV);
    return "pid=" + std::to_string(::getpid());
  }
};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::output,
    .name = "test.render_probe",
    .version = "1.0.0",
    .description = "records whether each document was rendered in a worker",
    .parameters = nullptr,
    .parameter_count = 0,
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = &docpipe::make_output<RenderProbe>,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = &docpipe::make_renderer<RenderProbeRenderer>,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
