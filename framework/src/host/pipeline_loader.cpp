#include "pipeline_loader.hpp"

#include "pipeline_validator.hpp"

namespace docpipe::host {

LoadedPipeline load_pipeline(const std::filesystem::path& config_file,
                             const std::vector<std::filesystem::path>& command_line_plugin_paths,
                             const std::vector<std::filesystem::path>& config_search_path) {
  LoadedPipeline loaded;
  loaded.config = load_pipeline_config(config_file, config_search_path);
  // plugin_search_path puts the command line's directories first: they may replace bundled plugins.
  loaded.registry = PluginRegistry::discover(plugin_search_path(command_line_plugin_paths, loaded.config.plugin_paths),
                                             command_line_plugin_paths.size());
  loaded.pipeline = validate_pipeline(loaded.config, loaded.registry);
  return loaded;
}

}  // namespace docpipe::host
