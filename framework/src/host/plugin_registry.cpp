#include "plugin_registry.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/dll/shared_library.hpp>
#include <cstdlib>
#include <set>

#include "install_layout.hpp"

namespace docpipe::host {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> libraries_in(const fs::path& directory) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(directory, error)) {
    if (entry.is_regular_file(error) && entry.path().extension() == boost::dll::shared_library::suffix()) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());  // deterministic listing and conflict reports
  return files;
}

// The plugin name `file` declares, from the cache when it knows the file unchanged, else by examining it.
std::variant<std::string, RefusedPlugin> identify(const fs::path& file, RegistryCache* cache, bool trust_cache) {
  const auto stamp = cache != nullptr ? stamp_of(file) : std::nullopt;
  if (stamp && trust_cache) {
    if (auto name = cache->plugin_name(file, *stamp)) return std::move(*name);
  }
  auto examined = examine_plugin_library(file);
  if (cache != nullptr) {
    if (const auto* name = std::get_if<std::string>(&examined); name != nullptr && stamp) {
      cache->remember(file, *stamp, *name);
    } else {
      cache->forget(file);
    }
  }
  return examined;
}

}  // namespace

PluginRegistry PluginRegistry::discover(const std::vector<fs::path>& directories, const DiscoveryOptions& options) {
  PluginRegistry registry;
  std::set<fs::path> seen;
  for (std::size_t index = 0; index < directories.size(); ++index) {
    const fs::path& directory = directories[index];
    const bool explicit_directory = index < options.overriding;
    std::error_code error;
    const fs::path canonical = fs::weakly_canonical(directory, error);
    if (error || !fs::is_directory(canonical, error) || !seen.insert(canonical).second) continue;
    registry.directories_.push_back(canonical);
    for (const auto& file : libraries_in(canonical)) {
      auto identified = identify(file, options.cache, options.trust_cache);
      if (auto* refused = std::get_if<RefusedPlugin>(&identified)) {
        registry.refused_.push_back(std::move(*refused));
        continue;
      }
      const std::string name = std::get<std::string>(std::move(identified));
      if (auto existing = registry.available_.find(name);
          existing != registry.available_.end() && registry.overrides_[name] && !explicit_directory) {
        registry.notices_.push_back(
            fmt::format("plugin '{}' from {} replaces the one in {}", name, existing->second.string(), file.string()));
        continue;
      }
      if (auto existing = registry.available_.find(name); existing != registry.available_.end()) {
        registry.conflicts_[name] = {existing->second};
        registry.available_.erase(existing);
      }
      if (auto conflict = registry.conflicts_.find(name); conflict != registry.conflicts_.end()) {
        conflict->second.push_back(file);
        registry.refused_.push_back(
            {file, fmt::format("plugin name '{}' is also claimed by {}", name, conflict->second.front().string())});
        continue;
      }
      registry.overrides_[name] = explicit_directory;
      registry.available_.emplace(name, file);
    }
  }
  // The first claimant of a conflicting name is refused too, naming the others.
  for (const auto& [name, files] : registry.conflicts_) {
    registry.refused_.push_back(
        {files.front(), fmt::format("plugin name '{}' is also claimed by {}", name, files.back().string())});
  }
  for (auto entry = registry.available_.begin(); entry != registry.available_.end();) {
    const auto& [name, file] = *entry;
    if (options.load_only && !options.load_only->contains(name)) {
      ++entry;
      continue;
    }
    auto loaded = load_plugin_library(file, Examined::already);
    if (const auto* plugin = std::get_if<LoadedPlugin>(&loaded);
        plugin != nullptr && plugin->descriptor->name != name) {
      loaded = RefusedPlugin{
          file, fmt::format("it declared plugin '{}' when examined, '{}' when loaded", name, plugin->descriptor->name)};
    }
    if (auto* refused = std::get_if<RefusedPlugin>(&loaded)) {
      // Examined fine, yet not loadable here (changed since the cache saw it): not usable after all.
      if (options.cache != nullptr) options.cache->forget(file);
      registry.refused_.push_back(std::move(*refused));
      entry = registry.available_.erase(entry);
      continue;
    }
    registry.plugins_.emplace(name, std::get<LoadedPlugin>(std::move(loaded)));
    ++entry;
  }
  if (options.cache != nullptr) options.cache->save();
  return registry;
}

const LoadedPlugin* PluginRegistry::find(const std::string& name) const {
  const auto found = plugins_.find(name);
  return found == plugins_.end() ? nullptr : &found->second;
}

std::vector<std::string> PluginRegistry::names() const {
  std::vector<std::string> names;
  names.reserve(available_.size());
  for (const auto& [name, file] : available_) names.push_back(name);
  return names;
}

std::vector<fs::path> PluginRegistry::conflicting_files(const std::string& name) const {
  const auto found = conflicts_.find(name);
  return found == conflicts_.end() ? std::vector<fs::path>{} : found->second;
}

std::vector<fs::path> plugin_search_path(const std::vector<fs::path>& command_line,
                                         const std::vector<fs::path>& from_config) {
  std::vector<fs::path> path = command_line;
  path.insert(path.end(), from_config.begin(), from_config.end());
  if (const char* environment = std::getenv("DOCPIPE_PLUGIN_PATH")) {
    std::string_view rest = environment;
    while (!rest.empty()) {
      const auto colon = rest.find(':');
      const auto entry = rest.substr(0, colon);
      if (!entry.empty()) path.emplace_back(entry);
      rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
  }
  // Built or installed alike: <prefix>/lib/docpipe/plugins, found from the program's own location.
  if (auto bundled = bundled_plugin_directory()) path.push_back(std::move(*bundled));
  return path;
}

}  // namespace docpipe::host
