#include "pipeline_config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/property_tree/ptree.hpp>
#include <set>

#include "config_error.hpp"
#include "config_search_path.hpp"
#include "docpipe/did_you_mean.hpp"
#include "docpipe/parameters.hpp"
#include "pipeline_config_syntax.hpp"

namespace docpipe::host {

namespace fs = std::filesystem;
namespace pt = boost::property_tree;

namespace {

constexpr int kMaximumExtendsDepth = 16;

std::string trim(const std::string& text) { return std::string(detail::trim_ascii(text)); }

// A parameter's text: its own value, or its children's values one per line (a list).
std::string parameter_text(const pt::ptree& node) {
  if (node.empty()) return trim(node.data());
  std::string text;
  for (const auto& [key, child] : node) {
    if (key == "<xmlattr>") continue;
    text += (text.empty() ? "" : "\n") + trim(child.data());
  }
  return text;
}

class ConfigReader {
 public:
  explicit ConfigReader(std::vector<fs::path> search_path) : search_path_(std::move(search_path)) {}

  PipelineConfig read(const fs::path& file, int depth) {
    const fs::path absolute = fs::absolute(file).lexically_normal();
    if (depth > kMaximumExtendsDepth) {
      throw ConfigError(
          fmt::format("{}: 'extends' nests deeper than {} files", absolute.string(), kMaximumExtendsDepth));
    }
    if (std::find(chain_.begin(), chain_.end(), absolute) != chain_.end()) {
      throw ConfigError(fmt::format("{}: 'extends' forms a cycle back to this file", absolute.string()));
    }
    std::error_code error;
    if (!fs::is_regular_file(absolute, error)) {
      throw ConfigError(fs::is_directory(absolute, error)
                            ? fmt::format("{}: is a directory, not a config file", absolute.string())
                            : fmt::format("{}: config file not found", absolute.string()));
    }
    chain_.push_back(absolute);
    const pt::ptree tree = read_config_tree(absolute);

    PipelineConfig config;
    if (const auto base = tree.get_optional<std::string>("extends")) {
      config = read(resolve_config(trim(*base), absolute.parent_path(), search_path_), depth + 1);
    }
    config.files.push_back(absolute);
    apply(tree, absolute, config);
    return config;
  }

 private:
  void apply(const pt::ptree& tree, const fs::path& file, PipelineConfig& config) {
    std::vector<std::string> problems;
    const auto problem = [&](const std::string& message) { problems.push_back(file.string() + ": " + message); };

    for (const auto& [key, child] : tree) {
      if (key == "extends") continue;
      if (key == "plugin-paths") {
        for (const auto& [unused, entry] : child) {
          config.plugin_paths.push_back((file.parent_path() / trim(entry.data())).lexically_normal());
        }
      } else if (key == "remove") {
        for (const auto& [unused, entry] : child) remove_node(trim(entry.data()), config, problem);
      } else if (key == "nodes") {
        std::set<std::string> ids_in_this_file;
        for (const auto& [unused, entry] : child) {
          read_node(entry, file, config, problem, ids_in_this_file);
        }
      } else if (key == "edges") {
        for (const auto& [unused, entry] : child) read_edges(trim(entry.data()), file, config, problem);
      } else if (key == "policies") {
        read_policies(child, file, config, problem);
      } else {
        problem(fmt::format("unknown key '{}'{} (expected extends, plugin-paths, nodes, edges, remove, policies)", key,
                            did_you_mean(key, {"extends", "plugin-paths", "nodes", "edges", "remove", "policies"})));
      }
    }
    if (!problems.empty()) throw ConfigError(problems);
  }

  template <class Problem>
  void read_node(const pt::ptree& entry, const fs::path& file, PipelineConfig& config, const Problem& problem,
                 std::set<std::string>& ids_in_this_file) {
    const std::string id = trim(entry.get<std::string>("id", ""));
    if (id.empty()) {
      problem("a node has no id");
      return;
    }
    if (!ids_in_this_file.insert(id).second) {
      problem(fmt::format("node '{}' is defined twice", id));
      return;
    }
    auto existing =
        std::find_if(config.nodes.begin(), config.nodes.end(), [&](const NodeConfig& n) { return n.id == id; });
    NodeConfig* node = nullptr;
    if (existing == config.nodes.end()) {
      config.nodes.push_back(NodeConfig{id, "", {}, file});
      node = &config.nodes.back();
    } else {
      node = &*existing;  // a derived config overriding a base node
    }
    for (const auto& [key, child] : entry) {
      if (key == "id") continue;
      if (key == "plugin") {
        node->plugin = trim(child.data());
        node->defined_in = file;
      } else if (key == "parameters") {
        for (const auto& [name, value] : child) set(node->parameters[name], value, file);
      } else {
        problem(fmt::format("node '{}': unknown key '{}'{} (expected id, plugin, parameters)", id, key,
                            did_you_mean(key, {"id", "plugin", "parameters"})));
      }
    }
    if (node->plugin.empty()) problem(fmt::format("node '{}' names no plugin", id));
  }

  // A later config's value overrides; what it overrode is kept, for "+"/"^" lists and for --print.
  static void set(ParameterSetting& setting, const pt::ptree& value, const fs::path& file) {
    if (!setting.defined_in.empty()) {
      setting.inherited.push_back(setting.value);
      setting.inherited_from.push_back(setting.defined_in);
    }
    setting.value = parameter_text(value);
    setting.defined_in = file;
  }

  template <class Problem>
  void read_policies(const pt::ptree& tree, const fs::path& file, PipelineConfig& config, const Problem& problem) {
    std::vector<std::string> names(std::begin(kPolicyNames), std::end(kPolicyNames));
    for (const auto& [name, value] : tree) {
      if (std::find(names.begin(), names.end(), name) == names.end()) {
        problem(fmt::format("policies: unknown policy '{}'{} (expected disabled_rules, severities)", name,
                            did_you_mean(name, names)));
        continue;
      }
      set(config.policies[name], value, file);
    }
  }

  template <class Problem>
  void read_edges(const std::string& text, const fs::path& file, PipelineConfig& config, const Problem& problem) {
    // "a -> b", or "a, b -> c" for several upstream nodes.
    const auto arrow = text.find("->");
    if (arrow == std::string::npos) {
      problem(fmt::format("edge '{}' is not of the form 'from -> to'", text));
      return;
    }
    const std::string to = trim(text.substr(arrow + 2));
    std::string sources = text.substr(0, arrow);
    std::size_t begin = 0;
    while (begin <= sources.size()) {
      const auto comma = std::min(sources.find(',', begin), sources.size());
      const std::string from = trim(sources.substr(begin, comma - begin));
      if (from.empty() || to.empty()) {
        problem(fmt::format("edge '{}' is not of the form 'from -> to'", text));
        return;
      }
      const bool known = std::any_of(config.edges.begin(), config.edges.end(),
                                     [&](const EdgeConfig& e) { return e.from == from && e.to == to; });
      if (!known) config.edges.push_back({from, to, file});
      begin = comma + 1;
    }
  }

  template <class Problem>
  void remove_node(const std::string& id, PipelineConfig& config, const Problem& problem) {
    const auto removed =
        std::remove_if(config.nodes.begin(), config.nodes.end(), [&](const NodeConfig& n) { return n.id == id; });
    if (removed == config.nodes.end()) {
      std::vector<std::string> ids;
      for (const auto& node : config.nodes) ids.push_back(node.id);
      problem(fmt::format("cannot remove node '{}': no base config defines it{}", id, did_you_mean(id, ids)));
      return;
    }
    config.nodes.erase(removed, config.nodes.end());
    std::erase_if(config.edges, [&](const EdgeConfig& e) { return e.from == id || e.to == id; });
  }

  std::vector<fs::path> search_path_;  // resolves `extends` by name
  std::vector<fs::path> chain_;
};

}  // namespace

PipelineConfig load_pipeline_config(const fs::path& file, const std::vector<fs::path>& config_search_path) {
  return ConfigReader{config_search_path}.read(file, 0);
}

}  // namespace docpipe::host
