#include "pipeline_validator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "config_error.hpp"

namespace docpipe::host {

namespace {

std::string where(const NodeConfig& node) { return fmt::format("{}: node '{}'", node.defined_in.string(), node.id); }

class Validator {
 public:
  Validator(const PipelineConfig& config, const PluginRegistry& registry) : config_(config), registry_(registry) {}

  Pipeline run() {
    std::vector<PipelineNode> nodes;
    for (const auto& node : config_.nodes) {
      if (auto bound = bind(node)) nodes.push_back(std::move(*bound));
    }
    if (!problems_.empty()) throw ConfigError(problems_);  // the graph checks need every node bound

    const auto index_of = [&](const std::string& id) -> std::ptrdiff_t {
      const auto found = std::find_if(nodes.begin(), nodes.end(), [&](const PipelineNode& n) { return n.id == id; });
      return found == nodes.end() ? -1 : found - nodes.begin();
    };
    std::vector<std::vector<std::size_t>> downstream(nodes.size()), upstream(nodes.size());
    for (const auto& edge : config_.edges) {
      const auto from = index_of(edge.from);
      const auto to = index_of(edge.to);
      if (from < 0 || to < 0) {
        problems_.push_back(fmt::format("{}: edge '{} -> {}' names unknown node '{}'", edge.defined_in.string(),
                                        edge.from, edge.to, from < 0 ? edge.from : edge.to));
        continue;
      }
      if (nodes[to].kind() == PluginKind::input) {
        problems_.push_back(
            fmt::format("{}: edge '{} -> {}' leads into input node '{}': inputs read files, not documents",
                        edge.defined_in.string(), edge.from, edge.to, edge.to));
      }
      if (nodes[from].kind() == PluginKind::output) {
        problems_.push_back(fmt::format("{}: edge '{} -> {}' leads out of output node '{}'", edge.defined_in.string(),
                                        edge.from, edge.to, edge.from));
      }
      downstream[from].push_back(to);
      upstream[to].push_back(from);
    }
    if (!problems_.empty()) throw ConfigError(problems_);

    const auto order = topological_order(nodes, downstream, upstream);
    if (!problems_.empty()) throw ConfigError(problems_);
    check_layers(nodes, order, upstream);
    if (!problems_.empty()) throw ConfigError(problems_);
    return assemble(std::move(nodes), order, downstream);
  }

 private:
  std::optional<PipelineNode> bind(const NodeConfig& node) {
    const LoadedPlugin* plugin = registry_.find(node.plugin);
    if (plugin == nullptr) {
      const auto conflicts = registry_.conflicting_files(node.plugin);
      if (conflicts.size() >= 2) {
        problems_.push_back(fmt::format("{}: plugin '{}' is claimed by two libraries: {} and {}", where(node),
                                        node.plugin, conflicts[0].string(), conflicts[1].string()));
      } else {
        problems_.push_back(
            fmt::format("{}: unknown plugin '{}'{}", where(node), node.plugin,
                        registry_.refused().empty() ? "" : " (some libraries were refused: see 'docpipe plugins')"));
      }
      return std::nullopt;
    }
    const PluginDescriptor& descriptor = *plugin->descriptor;
    PipelineNode bound{node.id, *plugin, {}, node.defined_in};
    for (const auto& [name, setting] : node.parameters) {
      const ParameterSpec* spec = find_spec(descriptor, name);
      if (spec == nullptr) {
        problems_.push_back(fmt::format("{}: node '{}': plugin {} has no parameter '{}'{}", setting.defined_in.string(),
                                        node.id, descriptor.name, name, known_parameters(descriptor)));
        continue;
      }
      if (auto value = resolve(*spec, setting)) {
        bound.parameters.set(name, std::move(*value));
      } else {
        problems_.push_back(fmt::format("{}: node '{}': parameter '{}' must be a {}, not '{}'",
                                        setting.defined_in.string(), node.id, name, to_string(spec->type),
                                        setting.value));
      }
    }
    for (std::size_t i = 0; i < descriptor.parameter_count; ++i) {
      const ParameterSpec& spec = descriptor.parameters[i];
      if (!bound.parameters.contains(spec.name)) {
        bound.parameters.set(spec.name, *parse_parameter(spec.type, spec.default_value ? spec.default_value : ""));
      }
    }
    return bound;
  }

  // The value a setting gives a parameter. A string list written "+; a; b" appends to what it
  // inherits (the base configs' value, or the plugin's default), so a county can extend a table.
  static std::optional<ParameterValue> resolve(const ParameterSpec& spec, const ParameterSetting& setting) {
    if (spec.type != ParameterType::string_list) return parse_parameter(spec.type, setting.value);
    std::vector<std::string> items = split_parameter_list(spec.default_value ? spec.default_value : "");
    std::vector<std::string> written = setting.inherited;
    written.push_back(setting.value);
    for (const auto& text : written) {
      const auto first = text.find_first_not_of(" \t\n");
      if (first != std::string::npos && text[first] == '+') {
        for (auto& item : split_parameter_list(std::string_view(text).substr(first + 1)))
          items.push_back(std::move(item));
      } else {
        items = split_parameter_list(text);
      }
    }
    return ParameterValue{std::move(items)};
  }

  static const ParameterSpec* find_spec(const PluginDescriptor& descriptor, const std::string& name) {
    for (std::size_t i = 0; i < descriptor.parameter_count; ++i) {
      if (name == descriptor.parameters[i].name) return &descriptor.parameters[i];
    }
    return nullptr;
  }

  static std::string known_parameters(const PluginDescriptor& descriptor) {
    if (descriptor.parameter_count == 0) return " (it takes none)";
    std::string names;
    for (std::size_t i = 0; i < descriptor.parameter_count; ++i) {
      names += (i ? ", " : "") + std::string(descriptor.parameters[i].name);
    }
    return " (it takes " + names + ")";
  }

  // Kahn's algorithm; among ready nodes the one defined first runs first, so the order is stable.
  std::vector<std::size_t> topological_order(const std::vector<PipelineNode>& nodes,
                                             const std::vector<std::vector<std::size_t>>& downstream,
                                             const std::vector<std::vector<std::size_t>>& upstream) {
    std::vector<std::size_t> pending(nodes.size());
    std::set<std::size_t> ready;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      pending[i] = upstream[i].size();
      if (pending[i] == 0) ready.insert(i);
    }
    std::vector<std::size_t> order;
    while (!ready.empty()) {
      const std::size_t next = *ready.begin();
      ready.erase(ready.begin());
      order.push_back(next);
      for (const std::size_t after : downstream[next]) {
        if (--pending[after] == 0) ready.insert(after);
      }
    }
    if (order.size() != nodes.size()) {
      std::string cycle;
      for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (pending[i] > 0) cycle += (cycle.empty() ? "" : ", ") + fmt::format("'{}'", nodes[i].id);
      }
      problems_.push_back(
          fmt::format("{}: the edges form a cycle through nodes {}", config_.files.back().string(), cycle));
    }
    return order;
  }

  void check_layers(const std::vector<PipelineNode>& nodes, const std::vector<std::size_t>& order,
                    const std::vector<std::vector<std::size_t>>& upstream) {
    // Layers available after each node: its own products plus everything upstream's.
    std::vector<std::set<std::string>> available(nodes.size());
    bool any_input = false, any_output = false;
    for (const std::size_t i : order) {
      const PipelineNode& node = nodes[i];
      std::set<std::string> before;
      for (const std::size_t up : upstream[i]) before.insert(available[up].begin(), available[up].end());
      const std::string place =
          fmt::format("{}: node '{}' ({})", node.defined_in.string(), node.id, node.plugin_name());
      if (node.kind() == PluginKind::input) any_input = true;
      if (node.kind() == PluginKind::output) any_output = true;
      if (node.kind() != PluginKind::input && upstream[i].empty()) {
        problems_.push_back(fmt::format("{}: nothing upstream feeds it documents; add an edge from an input", place));
      }
      for (const auto& layer : to_strings(node.plugin.descriptor->consumes)) {
        if (!upstream[i].empty() && !before.count(layer)) {
          problems_.push_back(fmt::format("{}: consumes layer '{}' but nothing upstream produces it", place, layer));
        }
      }
      available[i] = std::move(before);
      for (const auto& layer : to_strings(node.plugin.descriptor->produces)) available[i].insert(layer);
    }
    const std::string file = config_.files.empty() ? std::string("config") : config_.files.back().string();
    if (!any_input) problems_.push_back(file + ": the pipeline has no input node");
    if (!any_output) problems_.push_back(file + ": the pipeline has no output node");
  }

  static Pipeline assemble(std::vector<PipelineNode> nodes, const std::vector<std::size_t>& order,
                           const std::vector<std::vector<std::size_t>>& downstream) {
    // Renumber into execution order.
    std::vector<std::size_t> position(nodes.size());
    for (std::size_t k = 0; k < order.size(); ++k) position[order[k]] = k;
    Pipeline pipeline;
    for (const std::size_t i : order) pipeline.nodes.push_back(std::move(nodes[i]));
    std::vector<std::vector<std::size_t>> next(order.size());
    for (std::size_t i = 0; i < downstream.size(); ++i) {
      for (const std::size_t j : downstream[i]) next[position[i]].push_back(position[j]);
    }
    for (std::size_t k = 0; k < pipeline.nodes.size(); ++k) {
      const PluginKind kind = pipeline.nodes[k].kind();
      if (kind == PluginKind::output) pipeline.outputs.push_back(k);
      if (kind != PluginKind::input) continue;
      pipeline.inputs.push_back(k);
      std::vector<bool> reached(pipeline.nodes.size(), false);
      std::vector<std::size_t> stack{k};
      while (!stack.empty()) {
        const std::size_t at = stack.back();
        stack.pop_back();
        for (const std::size_t after : next[at]) {
          if (!reached[after]) reached[after] = true, stack.push_back(after);
        }
      }
      Route route;
      for (std::size_t j = 0; j < pipeline.nodes.size(); ++j) {
        if (!reached[j]) continue;
        (pipeline.nodes[j].kind() == PluginKind::output ? route.outputs : route.analyses).push_back(j);
      }
      pipeline.routes.emplace(k, std::move(route));
    }
    return pipeline;
  }

  const PipelineConfig& config_;
  const PluginRegistry& registry_;
  std::vector<std::string> problems_;
};

}  // namespace

Pipeline validate_pipeline(const PipelineConfig& config, const PluginRegistry& registry) {
  return Validator(config, registry).run();
}

}  // namespace docpipe::host
