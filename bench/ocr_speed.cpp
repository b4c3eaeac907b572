// OCR speed, one worker: seconds per scanned page at 200 and 300 dpi, split into rendering (poppler renders the
// page, its red channel is taken and the paper whitened) and recognition (Tesseract, one thread, as a worker runs
// it). The pages are the scan fixtures' (tests/data/scans/000_…-scan.pdf, 4 pages of a report at 200 dpi).
//   OMP_THREAD_LIMIT=1 build/bench/docpipe_ocr_benchmarks
#include <benchmark/benchmark.h>

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "ocr_engine.hpp"
#include "page_image.hpp"

namespace {

const std::filesystem::path kScan = DOCPIPE_SOURCE_DIR "/tests/data/scans/000_cef3d45027b726e1-scan.pdf";

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

struct Scan {
  std::string bytes = read_file(kScan);
  std::unique_ptr<poppler::document> pdf{
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size()))};
};

const Scan& scan() {
  static const Scan loaded;
  return loaded;
}

docpipe::ocr::PixPtr render(int index, int dpi) {
  const std::unique_ptr<poppler::page> page(scan().pdf->create_page(index));
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
  const auto red =
      docpipe::ocr::red_channel_of_argb32(image.const_data(), image.width(), image.height(), image.bytes_per_row());
  return docpipe::ocr::prepare_for_ocr(red.get());
}

void BM_OcrRender(benchmark::State& state) {
  const int dpi = static_cast<int>(state.range(0));
  const int pages = scan().pdf->pages();
  int index = 0;
  for (auto _ : state) {
    auto image = render(index++ % pages, dpi);
    benchmark::DoNotOptimize(docpipe::ocr::skew_degrees(image.get()));
  }
  state.counters["seconds_per_page"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                                          benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_OcrRecognise(benchmark::State& state) {
  const int dpi = static_cast<int>(state.range(0));
  const int pages = scan().pdf->pages();
  static docpipe::ocr::OcrEngine engine("chi_sim");
  int index = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto image = render(index % pages, dpi);
    state.ResumeTiming();
    benchmark::DoNotOptimize(engine.recognise(image.get(), dpi, ++index, 600).lines.size());
  }
  state.counters["seconds_per_page"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                                          benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

BENCHMARK(BM_OcrRender)->Arg(200)->Arg(300)->Unit(benchmark::kMillisecond)->Iterations(4)->UseRealTime();
BENCHMARK(BM_OcrRecognise)->Arg(200)->Arg(300)->Unit(benchmark::kMillisecond)->Iterations(4)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
