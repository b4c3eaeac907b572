#include "pipeline_loader.hpp"

#include "pipeline_validator.hpp"

namespace docpipe::host {

LoadedPipeline load_pipeline(const std::filesystem::path& config_file,
                             const std::vector<std::filesystem::path>& command_line_plugin_paths,
                             const std::vector<std::filesystem::path>& config_search_path, PluginLoading loading) {
  LoadedPipeline loaded;
  loaded.config = load_pipeline_config(config_file, config_search_path);
  DiscoveryOptions discovery;
  // plugin_search_path puts the command line's directories first: they may replace bundled plugins.
  discovery.overriding = command_line_plugin_paths.size();
  if (loading == PluginLoading::pipeline_only) {
    discovery.load_only.emplace();
    for (const auto& node : loaded.config.nodes) discovery.load_only->insert(node.plugin);
  }
  std::optional<RegistryCache> cache;
  if (auto file = default_registry_cache_file()) discovery.cache = &cache.emplace(std::move(*file));
  loaded.registry =
      PluginRegistry::discover(plugin_search_path(command_line_plugin_paths, loaded.config.plugin_paths), discovery);
  loaded.pipeline = validate_pipeline(loaded.config, loaded.registry);
  return loaded;
}

}  // namespace docpipe::host
