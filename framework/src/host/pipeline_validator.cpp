#include "pipeline_validator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "config_error.hpp"
#include "docpipe/did_you_mean.hpp"

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
    check_parameters(nodes);
    const AnomalyPolicy policy = read_policy(nodes);
    if (!problems_.empty()) throw ConfigError(problems_);

    const auto index_of = [&](const std::string& id) -> std::ptrdiff_t {
      const auto found = std::find_if(nodes.begin(), nodes.end(), [&](const PipelineNode& n) { return n.id == id; });
      return found == nodes.end() ? -1 : found - nodes.begin();
    };
    std::vector<std::vector<std::size_t>> downstream(nodes.size()), upstream(nodes.size());
    for (const auto& edge : config_.edges) {
      const auto from = index_of(edge.from);
      const auto to = index_of(edge.to);
      if (from < 0 || to < 0) {
        std::vector<std::string> ids;
        for (const auto& node : nodes) ids.push_back(node.id);
        const std::string& unknown = from < 0 ? edge.from : edge.to;
        problems_.push_back(fmt::format("{}: edge '{} -> {}' names unknown node '{}'{}", edge.defined_in.string(),
                                        edge.from, edge.to, unknown, did_you_mean(unknown, ids)));
        continue;
      }
      if (nodes[to].kind() == PluginKind::input) {
        problems_.push_back(
            fmt::format("{}: edge '{} -> {}' leads into input node '{}': inputs read files, not documents",
                        edge.defined_in.string(), edge.from, edge.to, edge.to));
      }
      if (nodes[from].kind() == PluginKind::corpus && nodes[to].kind() != PluginKind::output) {
        problems_.push_back(
            fmt::format("{}: edge '{} -> {}' leads from corpus node '{}' to a node that is not an output: "
                        "the corpus stage runs after every document and feeds outputs only",
                        edge.defined_in.string(), edge.from, edge.to, edge.from));
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
    Pipeline pipeline = assemble(std::move(nodes), order, downstream);
    pipeline.policy = policy;
    return pipeline;
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
        const std::vector<std::string> names = registry_.names();
        problems_.push_back(
            fmt::format("{}: unknown plugin '{}'{}{}", where(node), node.plugin, did_you_mean(node.plugin, names),
                        registry_.refused().empty() ? "" : " (some libraries were refused: see 'docpipe plugins')"));
      }
      return std::nullopt;
    }
    const PluginDescriptor& descriptor = *plugin->descriptor;
    PipelineNode bound{node.id, *plugin, {}, node.defined_in};
    for (const auto& [name, setting] : node.parameters) {
      const ParameterSpec* spec = find_spec(descriptor, name);
      if (spec == nullptr) {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < descriptor.parameter_count; ++i) names.emplace_back(descriptor.parameters[i].name);
        problems_.push_back(fmt::format("{}: node '{}': plugin {} has no parameter '{}'{}{}",
                                        setting.defined_in.string(), node.id, descriptor.name, name,
                                        did_you_mean(name, names), known_parameters(descriptor)));
        continue;
      }
      if (auto value = resolve(*spec, setting)) {
        bound.parameters.set(name, std::move(*value));
      } else {
        problems_.push_back(fmt::format("{}: node '{}': parameter '{}' must be {}, not '{}'",
                                        setting.defined_in.string(), node.id, name, type_description(spec->type),
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

  static std::optional<ParameterValue> resolve(const ParameterSpec& spec, const ParameterSetting& setting) {
    if (spec.type != ParameterType::string_list) return parse_parameter(spec.type, setting.value);
    return ParameterValue{resolve_list(spec.default_value ? spec.default_value : "", setting)};
  }

  static std::string type_description(ParameterType type) {
    switch (type) {
      case ParameterType::integer:
        return "an integer";
      case ParameterType::number:
        return "a finite number";
      case ParameterType::boolean:
        return "a boolean (true, false, on, off, yes, no, 1, 0)";
      default:
        return "a " + std::string(to_string(type));
    }
  }

  // Calls each plugin's check of its parameters (the descriptor's check_parameters, when set).
  void check_parameters(const std::vector<PipelineNode>& nodes) {
    for (const auto& bound : nodes) {
      const PluginDescriptor& descriptor = *bound.plugin.descriptor;
      if (descriptor.check_parameters == nullptr) continue;
      const NodeConfig& node = *std::find_if(config_.nodes.begin(), config_.nodes.end(),
                                             [&](const NodeConfig& n) { return n.id == bound.id; });
      std::vector<ParameterProblem> problems;
      try {
        problems = descriptor.check_parameters(bound.parameters);
      } catch (const std::exception& error) {
        problems.push_back({"", "", std::string("the parameter check failed: ") + error.what()});
      } catch (...) {
        problems.push_back({"", "", "the parameter check failed with an unknown exception"});
      }
      for (const auto& problem : problems) {
        const auto setting = node.parameters.find(problem.parameter);
        const std::string file =
            setting != node.parameters.end() ? setting->second.defined_in.string() : node.defined_in.string();
        const std::string place = fmt::format("{}: node '{}' ({})", file, node.id, descriptor.name);
        if (problem.parameter.empty()) {
          problems_.push_back(fmt::format("{}: {}", place, problem.reason));
        } else {
          problems_.push_back(fmt::format("{}: parameter '{}'{}: '{}': {}", place, problem.parameter,
                                          setting == node.parameters.end() ? " (its default)" : "", problem.value,
                                          problem.reason));
        }
      }
    }
  }

  // The pipeline's <policies>, checked against the rule ids its plugins declare.
  AnomalyPolicy read_policy(const std::vector<PipelineNode>& nodes) {
    std::vector<std::string> rules;
    for (const auto& node : nodes) {
      for (auto& rule : to_strings(node.plugin.descriptor->rules)) {
        if (std::find(rules.begin(), rules.end(), rule) == rules.end()) rules.push_back(std::move(rule));
      }
    }
    const auto list = [&](const char* name) {
      const auto found = config_.policies.find(name);
      return found == config_.policies.end() ? std::vector<std::string>{} : resolve_list("", found->second);
    };
    try {
      return read_anomaly_policy(list("disabled_rules"), list("severities"), rules);
    } catch (const ParameterError& error) {
      for (const auto& problem : error.problems()) {
        problems_.push_back(fmt::format("{}: policies: {}: '{}': {}",
                                        config_.policies.at(problem.parameter).defined_in.string(), problem.parameter,
                                        problem.value, problem.reason));
      }
      return {};
    }
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
      if (kind == PluginKind::corpus) {
        pipeline.corpora.push_back(k);
        auto& fed = pipeline.corpus_outputs[k];
        for (const std::size_t after : next[k]) fed.push_back(after);  // outputs only (checked above)
        std::sort(fed.begin(), fed.end());
      }
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
        const PluginKind reached_kind = pipeline.nodes[j].kind();
        (reached_kind == PluginKind::output   ? route.outputs
         : reached_kind == PluginKind::corpus ? route.corpora
                                              : route.analyses)
            .push_back(j);
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

std::vector<std::string> resolve_list(std::string_view default_value, const ParameterSetting& setting) {
  std::vector<std::string> items = split_parameter_list(default_value);
  std::vector<std::string> written = setting.inherited;
  written.push_back(setting.value);
  for (const auto& text : written) {
    const auto first = text.find_first_not_of(" \t\n");
    const char mark = first == std::string::npos ? '\0' : text[first];
    if (mark != '+' && mark != '^') {
      items = split_parameter_list(text);
      continue;
    }
    auto added = split_parameter_list(std::string_view(text).substr(first + 1));
    items.insert(mark == '+' ? items.end() : items.begin(), std::make_move_iterator(added.begin()),
                 std::make_move_iterator(added.end()));
  }
  return items;
}

Pipeline validate_pipeline(const PipelineConfig& config, const PluginRegistry& registry) {
  return Validator(config, registry).run();
}

}  // namespace docpipe::host
