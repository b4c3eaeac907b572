// Where output plugins may write: inside the run's output directory (--out), never beside or above it.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace docpipe {

// The subdirectory `relative` (a parameter's value, "" for the output directory itself) of
// `output_directory`. Throws std::invalid_argument naming `parameter` for an absolute path or one that
// climbs out with "..", so that a config can never make a plugin write outside --out.
inline std::filesystem::path output_subdirectory(const std::filesystem::path& output_directory,
                                                 const std::string& parameter, const std::string& relative) {
  const std::filesystem::path path(relative);
  const std::filesystem::path normal = path.lexically_normal();
  if (path.has_root_path() || (!normal.empty() && *normal.begin() == "..")) {
    throw std::invalid_argument("parameter '" + parameter + "' is '" + relative +
                                "': it must name a subdirectory of the output directory");
  }
  return output_directory / normal;
}

}  // namespace docpipe
