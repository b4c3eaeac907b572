// Every plugin library found on the search path, by plugin name.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "plugin_library.hpp"

namespace docpipe::host {

class PluginRegistry {
 public:
  // Examines every shared library directly inside each directory, in order.
  // Directories that do not exist are skipped; the same directory twice is read once.
  // The first `overriding` directories are the ones named explicitly (--plugin-path): a library there
  // replaces one of the same name found in a later directory (a bundled plugin), with a notice.
  // Two libraries claiming a name within the same group are a conflict, and both are refused.
  static PluginRegistry discover(const std::vector<std::filesystem::path>& directories, std::size_t overriding = 0);

  // The plugin with this name, or nullptr if there is none or the name is claimed twice.
  const LoadedPlugin* find(const std::string& name) const;

  // Files of every library claiming `name` when more than one does.
  std::vector<std::filesystem::path> conflicting_files(const std::string& name) const;

  const std::map<std::string, LoadedPlugin>& plugins() const { return plugins_; }
  const std::vector<RefusedPlugin>& refused() const { return refused_; }
  const std::vector<std::filesystem::path>& directories() const { return directories_; }
  // "plugin 'x' from A replaces the one in B": shown by `docpipe plugins` and logged by run and validate.
  const std::vector<std::string>& notices() const { return notices_; }

 private:
  std::vector<std::filesystem::path> directories_;
  std::map<std::string, LoadedPlugin> plugins_;
  std::map<std::string, std::vector<std::filesystem::path>> conflicts_;  // name -> every file claiming it
  std::vector<RefusedPlugin> refused_;
  std::vector<std::string> notices_;
  std::map<std::string, bool> overrides_;  // name -> claimed from an overriding directory
};

// The plugin search path, most specific first: --plugin-path, the config's
// plugin paths, DOCPIPE_PLUGIN_PATH (':'-separated), then the plugins built or
// installed with this docpipe.
std::vector<std::filesystem::path> plugin_search_path(const std::vector<std::filesystem::path>& command_line,
                                                      const std::vector<std::filesystem::path>& from_config);

}  // namespace docpipe::host
