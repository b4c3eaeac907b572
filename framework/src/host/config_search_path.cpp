#include "config_search_path.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <string_view>

#include "config_error.hpp"
#include "install_layout.hpp"

namespace docpipe::host {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kExtensions[] = {".xml", ".json", ".info"};
constexpr std::string_view kSubfolders[] = {"", "counties"};

bool is_bare_name(const std::string& reference) {
  const fs::path path(reference);
  return !reference.empty() && !path.has_parent_path() && !path.has_extension() && reference != "." &&
         reference != "..";
}

bool is_file(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error);
}

}  // namespace

std::vector<fs::path> config_search_path(const std::vector<fs::path>& command_line) {
  std::vector<fs::path> path = command_line;
  if (const char* environment = std::getenv("DOCPIPE_CONFIG_PATH")) {
    std::string_view rest = environment;
    while (!rest.empty()) {
      const auto colon = rest.find(':');
      const auto entry = rest.substr(0, colon);
      if (!entry.empty()) path.emplace_back(entry);
      rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
  }
  if (auto bundled = bundled_config_directory()) path.push_back(std::move(*bundled));
  return path;
}

fs::path resolve_config(const std::string& reference, const fs::path& relative_to,
                        const std::vector<fs::path>& search_path) {
  const fs::path as_path = relative_to / reference;
  if (!is_bare_name(reference) || is_file(as_path)) return as_path;
  std::vector<std::string> looked_at;
  for (const auto& directory : search_path) {
    for (const auto subfolder : kSubfolders) {
      for (const auto extension : kExtensions) {
        const fs::path candidate = directory / subfolder / (reference + std::string(extension));
        if (is_file(candidate)) return candidate;
      }
    }
    looked_at.push_back(directory.string());
  }
  throw ConfigError(
      fmt::format("no config named '{}' on the config search path ({}); give a file path, or add "
                  "its directory with --config-path or DOCPIPE_CONFIG_PATH",
                  reference, looked_at.empty() ? std::string("empty") : fmt::format("{}", fmt::join(looked_at, ", "))));
}

}  // namespace docpipe::host
