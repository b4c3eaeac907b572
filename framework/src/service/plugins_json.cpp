#include "plugins_json.hpp"

#include <boost/json.hpp>

#include "docpipe/json_document.hpp"

namespace docpipe::service {

namespace {

boost::json::array strings(const char* const* items) {
  boost::json::array out;
  for (const auto& item : host::to_strings(items)) out.push_back(json::string_value(item));
  return out;
}

boost::json::object plugin_json(const host::LoadedPlugin& plugin) {
  const PluginDescriptor& d = *plugin.descriptor;
  boost::json::array parameters;
  for (std::size_t i = 0; i < d.parameter_count; ++i) {
    const ParameterSpec& p = d.parameters[i];
    parameters.push_back(boost::json::object{{"name", json::string_value(p.name)},
                                             {"type", std::string_view(to_string(p.type))},
                                             {"default", json::string_value(p.default_value ? p.default_value : "")},
                                             {"doc", json::string_value(p.doc ? p.doc : "")}});
  }
  return boost::json::object{{"name", json::string_value(d.name)},
                             {"kind", std::string_view(to_string(d.kind))},
                             {"version", json::string_value(d.version)},
                             {"abi", d.abi_version},
                             {"description", json::string_value(d.description ? d.description : "")},
                             {"file", json::string_value(plugin.file.string())},
                             {"extensions", strings(d.extensions)},
                             {"consumes", strings(d.consumes)},
                             {"produces", strings(d.produces)},
                             {"parameters", std::move(parameters)}};
}

}  // namespace

std::string plugins_json(const host::PluginRegistry& registry, const host::Pipeline& pipeline) {
  boost::json::array plugins, refused, nodes;
  for (const auto& [name, plugin] : registry.plugins()) plugins.push_back(plugin_json(plugin));
  for (const auto& library : registry.refused()) {
    refused.push_back(boost::json::object{{"file", json::string_value(library.file.string())},
                                          {"reason", json::string_value(library.reason)}});
  }
  for (const auto& node : pipeline.nodes) {
    nodes.push_back(boost::json::object{{"id", json::string_value(node.id)},
                                        {"plugin", json::string_value(node.plugin_name())},
                                        {"kind", std::string_view(to_string(node.kind()))}});
  }
  return boost::json::serialize(boost::json::object{
      {"plugins", std::move(plugins)}, {"refused", std::move(refused)}, {"pipeline", std::move(nodes)}});
}

}  // namespace docpipe::service
