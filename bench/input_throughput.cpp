// Reading speed of the input plugins, in pages per second, on the five example reports in every format
// (tests/data/formats): DOCX, PDF, DOC and OFD. A report's page count is that of its PDF (LibreOffice laid
// out all its versions alike), so the figures compare the formats on the same pages.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "doc_input.hpp"
#include "docx_input.hpp"
#include "ocr_settings.hpp"
#include "ofd_input.hpp"
#include "pdf_input.hpp"

namespace {

namespace fs = std::filesystem;
const fs::path kFormats = DOCPIPE_SOURCE_DIR "/tests/data/formats";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

struct Report {
  std::string bytes;
  int pages = 0;
};

docpipe::PluginContext context() {
  docpipe::PluginContext context;
  context.parameters.set("max_part_megabytes", std::int64_t{64});
  context.parameters.set("max_stream_megabytes", std::int64_t{64});
  context.parameters.set("max_compression_ratio", 200.0);
  context.parameters.set("max_text_objects_per_page", std::int64_t{100000});
  context.parameters.set("max_unreadable_share", 0.3);
  context.parameters.set("remove_artifacts", true);
  for (const auto& spec : docpipe::ocr::kOcrParameters) {
    context.parameters.set(spec.name, *docpipe::parse_parameter(spec.type, spec.default_value));
  }
  return context;
}

// The reports in one format, each with the page count of its PDF version.
std::vector<Report> reports(const std::string& extension) {
  std::vector<Report> out;
  docpipe::pdf::PdfInput pdf(context());
  for (const auto& entry : fs::directory_iterator(kFormats)) {
    if (entry.path().extension() != ".pdf") continue;
    docpipe::Document document;
    pdf.read(read_file(entry.path()), document);
    auto path = entry.path();
    out.push_back({read_file(path.replace_extension(extension)), std::stoi(document.metadata.get("pdf.pages"))});
  }
  return out;
}

template <typename Input>
void BM_Read(benchmark::State& state, const std::string& extension) {
  const auto corpus = reports(extension);
  Input input(context());
  std::size_t pages = 0;
  for (auto _ : state) {
    for (const auto& report : corpus) {
      docpipe::Document document;
      input.read(report.bytes, document);
      benchmark::DoNotOptimize(document.text.data());
      pages += static_cast<std::size_t>(report.pages);
    }
  }
  state.counters["pages_per_second"] = benchmark::Counter(static_cast<double>(pages), benchmark::Counter::kIsRate);
}

void BM_ReadDocx(benchmark::State& state) { BM_Read<docpipe::docx::DocxInput>(state, ".docx"); }
void BM_ReadPdf(benchmark::State& state) { BM_Read<docpipe::pdf::PdfInput>(state, ".pdf"); }
void BM_ReadDoc(benchmark::State& state) { BM_Read<docpipe::doc::DocInput>(state, ".doc"); }
void BM_ReadOfd(benchmark::State& state) { BM_Read<docpipe::ofd::OfdInput>(state, ".ofd"); }
BENCHMARK(BM_ReadDocx)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadDoc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadOfd)->Unit(benchmark::kMillisecond);

}  // namespace
