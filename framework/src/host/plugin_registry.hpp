// Every plugin library found on the search path, by plugin name.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "plugin_library.hpp"
#include "registry_cache.hpp"

namespace docpipe::host {

struct DiscoveryOptions {
  // The first `overriding` directories are the ones named explicitly (--plugin-path).
  std::size_t overriding = 0;
  // The plugins to load into this process, by name; every plugin found when unset (a listing). A run
  // loads only its pipeline's: the others are only known by name, for conflicts and suggestions.
  std::optional<std::set<std::string>> load_only;
  // Where libraries examined in earlier runs are remembered (registry_cache.hpp); none: examine each.
  RegistryCache* cache = nullptr;
  // false: examine every library afresh and only write what was found to the cache (`docpipe plugins`,
  // the deployment check, must see a library that no longer loads).
  bool trust_cache = true;
};

class PluginRegistry {
 public:
  // Examines every shared library directly inside each directory, in order.
  // Directories that do not exist are skipped; the same directory twice is read once.
  // The first `overriding` directories are the ones named explicitly (--plugin-path): a library there
  // replaces one of the same name found in a later directory (a bundled plugin), with a notice.
  // Two libraries claiming a name within the same group are a conflict, and both are refused.
  // Each library is examined in a child process (plugin_library.hpp) unless the cache knows it unchanged,
  // and only the selected plugins are then loaded here.
  static PluginRegistry discover(const std::vector<std::filesystem::path>& directories,
                                 const DiscoveryOptions& options);
  static PluginRegistry discover(const std::vector<std::filesystem::path>& directories, std::size_t overriding = 0) {
    DiscoveryOptions options;
    options.overriding = overriding;
    return discover(directories, options);
  }

  // The loaded plugin with this name, or nullptr if there is none, the name is claimed twice, or it was
  // not selected for loading.
  const LoadedPlugin* find(const std::string& name) const;

  // The names of every usable plugin found, loaded or not, sorted.
  std::vector<std::string> names() const;

  // Files of every library claiming `name` when more than one does.
  std::vector<std::filesystem::path> conflicting_files(const std::string& name) const;

  const std::map<std::string, LoadedPlugin>& plugins() const { return plugins_; }
  const std::vector<RefusedPlugin>& refused() const { return refused_; }
  const std::vector<std::filesystem::path>& directories() const { return directories_; }
  // "plugin 'x' from A replaces the one in B": shown by `docpipe plugins` and logged by run and validate.
  const std::vector<std::string>& notices() const { return notices_; }

 private:
  std::vector<std::filesystem::path> directories_;
  std::map<std::string, std::filesystem::path> available_;               // name -> library, every usable plugin found
  std::map<std::string, LoadedPlugin> plugins_;                          // the loaded ones
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
