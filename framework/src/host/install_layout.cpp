#include "install_layout.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

namespace docpipe::host {

namespace fs = std::filesystem;

std::optional<fs::path> installation_prefix() {
  // The host library is linked into the program, so the program's location is the one that counts
  // (Boost.DLL reads /proc/self/exe: symbolic links such as build/docpipe are resolved).
  boost::dll::fs::error_code error;
  const auto program = boost::dll::program_location(error);
  if (error || program.empty()) return std::nullopt;
  return fs::path(program.native()).parent_path().parent_path();
}

std::optional<fs::path> bundled_plugin_directory() {
  const auto prefix = installation_prefix();
  if (!prefix) return std::nullopt;
  return *prefix / DOCPIPE_PLUGIN_DIR_FROM_PREFIX;
}

std::optional<fs::path> bundled_config_directory() {
  const auto prefix = installation_prefix();
  if (!prefix) return std::nullopt;
  return *prefix / DOCPIPE_SHARE_DIR_FROM_PREFIX / "configs";
}

}  // namespace docpipe::host
