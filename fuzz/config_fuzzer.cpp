// libFuzzer target: the pipeline config reader (XML, JSON and INFO through Boost.PropertyTree, extends
// chains) on the fuzzer's bytes. A config error is an answer; a crash, a hang or a sanitizer report is a
// finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

#include "pipeline_config.hpp"

namespace {

const std::filesystem::path& config_file() {
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("docpipe-fuzz-config-" + std::to_string(::getpid()) + ".xml");
  return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream out(config_file(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    docpipe::host::load_pipeline_config(config_file());
  } catch (const std::exception&) {
  }
  return 0;
}
