// `docpipe plugins`: what gst-inspect is to GStreamer.
#include <fmt/format.h>

#include <optional>

#include "commands.hpp"
#include "docpipe/descriptor.hpp"
#include "host/config_error.hpp"
#include "host/config_search_path.hpp"
#include "host/pipeline_config.hpp"
#include "host/plugin_registry.hpp"

namespace docpipe::cli {

namespace {

std::string joined_or_dash(const std::vector<std::string>& items) {
  if (items.empty()) return "-";
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

void print_plugin(const host::LoadedPlugin& plugin) {
  const PluginDescriptor& d = *plugin.descriptor;
  fmt::print("{}\n", d.name);
  fmt::print("  kind:        {}\n", to_string(d.kind));
  fmt::print("  version:     {}\n", d.version);
  fmt::print("  abi:         {}\n", d.abi_version);
  fmt::print("  file:        {}\n", plugin.file.string());
  fmt::print("  description: {}\n", d.description ? d.description : "");
  if (d.kind == PluginKind::input) fmt::print("  extensions:  {}\n", joined_or_dash(host::to_strings(d.extensions)));
  fmt::print("  consumes:    {}\n", joined_or_dash(host::to_strings(d.consumes)));
  fmt::print("  produces:    {}\n", joined_or_dash(host::to_strings(d.produces)));
  if (d.rules != nullptr) fmt::print("  rules:       {}\n", joined_or_dash(host::to_strings(d.rules)));
  if (d.parameter_count == 0) {
    fmt::print("  parameters:  none\n");
  } else {
    fmt::print("  parameters:\n");
    for (std::size_t i = 0; i < d.parameter_count; ++i) {
      const ParameterSpec& p = d.parameters[i];
      fmt::print("    {:<24} {:<12} default: {}\n", p.name, to_string(p.type),
                 p.default_value && *p.default_value ? p.default_value : "(empty)");
      if (p.doc && *p.doc) fmt::print("      {}\n", p.doc);
    }
  }
}

}  // namespace

int plugins_command(const PipelineOptions& options, bool with_config, const std::string& only_name) {
  std::vector<std::filesystem::path> from_config;
  if (with_config) {
    try {
      from_config = host::load_pipeline_config(resolved_config(options), host::config_search_path(options.config_paths))
                        .plugin_paths;
    } catch (const host::ConfigError& error) {
      fmt::print(stderr, "{}\n", error.what());
      return kUsageOrConfigError;
    }
  }
  // Every library is examined afresh (this is the deployment check), and what is found refreshes the
  // registry cache that runs start from.
  host::DiscoveryOptions discovery;
  discovery.overriding = options.plugin_paths.size();
  discovery.trust_cache = false;
  std::optional<host::RegistryCache> cache;
  if (auto file = host::default_registry_cache_file()) discovery.cache = &cache.emplace(std::move(*file));
  const auto registry =
      host::PluginRegistry::discover(host::plugin_search_path(options.plugin_paths, from_config), discovery);
  if (!only_name.empty()) {
    const auto* plugin = registry.find(only_name);
    if (plugin == nullptr) {
      fmt::print(stderr, "docpipe: no plugin named '{}'\n", only_name);
      return kUsageOrConfigError;
    }
    print_plugin(*plugin);
    for (const auto& notice : registry.notices()) fmt::print("notice: {}\n", notice);
    return kAllOk;
  }
  fmt::print("Plugin search path:\n");
  for (const auto& directory : registry.directories()) fmt::print("  {}\n", directory.string());
  fmt::print("\n");
  for (const auto& [name, plugin] : registry.plugins()) {
    print_plugin(plugin);
    fmt::print("\n");
  }
  for (const auto& notice : registry.notices()) fmt::print("notice: {}\n", notice);
  fmt::print("{} plugins", registry.plugins().size());
  if (registry.refused().empty()) {
    fmt::print(", none refused\n");
    return kAllOk;
  }
  // A refused library is a broken install or plugin path: a deployment check must see it in the exit code.
  fmt::print(", {} refused:\n", registry.refused().size());
  for (const auto& refused : registry.refused()) fmt::print("  {}: {}\n", refused.file.string(), refused.reason);
  fmt::print(stderr, "docpipe: {} plugin libraries refused (listed above)\n", registry.refused().size());
  return kUsageOrConfigError;
}

}  // namespace docpipe::cli
