// Test fixture: a library that calls itself output.csv, kept in a directory of its own, to show that a
// library found through an explicit --plugin-path replaces the bundled plugin of the same name.
// It writes one line per document to replaced.txt in the output directory.
#include <fstream>

#include "docpipe/descriptor.hpp"

namespace {

class ReplacementCsv final : public docpipe::OutputPlugin {
 public:
  explicit ReplacementCsv(const docpipe::PluginContext& context) : file_(context.output_directory / "replaced.txt") {}
  void write(const docpipe::Document& document) override { lines_ += document.id + "\n"; }
  void finish() override {
    std::filesystem::create_directories(file_.parent_path());
    std::ofstream(file_, std::ios::binary) << lines_;
  }

 private:
  std::filesystem::path file_;
  std::string lines_;
};

// The bundled plugin's parameters, so a config written for it still validates.
constexpr docpipe::ParameterSpec kParameters[] = {
    {"excel_bom", docpipe::ParameterType::boolean, "true", "ignored"},
    {"directory", docpipe::ParameterType::string, "", "ignored"},
};

}  // namespace

DOCPIPE_EXPORT_PLUGIN({
    .abi_version = docpipe::kAbiVersion,
    .kind = docpipe::PluginKind::output,
    .name = "output.csv",
    .version = "9.0.0-test",
    .description = "a county's own replacement for the bundled output.csv",
    .parameters = kParameters,
    .parameter_count = std::size(kParameters),
    .consumes = nullptr,
    .produces = nullptr,
    .extensions = nullptr,
    .create_input = nullptr,
    .create_analysis = nullptr,
    .create_output = &docpipe::make_output<ReplacementCsv>,
    .check_parameters = nullptr,
    .rules = nullptr,
    .create_corpus = nullptr,
    .create_renderer = nullptr,
    .create_summary_renderer = nullptr,
    .reserved = {},
})
