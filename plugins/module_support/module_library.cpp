#include "module_library.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include <boost/dll/runtime_symbol_info.hpp>

namespace docpipe::modules::detail {

std::vector<std::filesystem::path> module_candidates(const ModuleSpec& spec) {
  std::error_code error;
  const std::filesystem::path here = boost::dll::this_line_location(error).parent_path();
  return {here / spec.folder / spec.file, here.parent_path() / "lib/docpipe/plugins" / spec.folder / spec.file};
}

std::optional<boost::dll::shared_library> open_module(const std::filesystem::path& file, const ModuleSpec& spec,
                                                      std::string& reasons) {
  std::error_code exists_error;
  if (!std::filesystem::exists(file, exists_error)) {
    reasons += fmt::format("; {}: no such file", file.string());
    return std::nullopt;
  }
  boost::dll::shared_library library;
  boost::dll::fs::error_code error;
  library.load(file, error,
               boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local |
                   static_cast<boost::dll::load_mode::type>(RTLD_NODELETE));
  if (error) {
    reasons += fmt::format("; {}: {}", file.string(), error.message());
    return std::nullopt;
  }
  if (!library.has(spec.symbol)) {
    reasons += fmt::format("; {}: does not export {}", file.string(), spec.symbol);
    return std::nullopt;
  }
  return library;
}

void add_version_mismatch(const std::filesystem::path& file, const ModuleSpec& spec, std::string& reasons) {
  reasons += fmt::format("; {}: built for another interface version than {}", file.string(), spec.interface_version);
}

}  // namespace docpipe::modules::detail
