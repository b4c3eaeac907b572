// The pipeline a config file describes, after `extends` has been applied; not yet
// checked against the plugins (see pipeline_validator.hpp).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace docpipe::host {

struct ParameterSetting {
  std::string value;                   // as the last config of the extends chain wrote it; lists joined by new lines
  std::filesystem::path defined_in;    // that config
  std::vector<std::string> inherited;  // what the configs it extends wrote, base first
  std::vector<std::filesystem::path> inherited_from;  // the config that wrote each of `inherited`
};

struct NodeConfig {
  std::string id;
  std::string plugin;
  std::map<std::string, ParameterSetting> parameters;
  std::filesystem::path defined_in;  // the file that last set this node's plugin
};

struct EdgeConfig {
  std::string from;
  std::string to;
  std::filesystem::path defined_in;
};

// The names a <policies> element may hold: host-level rules applied to the anomalies of every plugin.
inline constexpr const char* kPolicyNames[] = {"disabled_rules", "severities"};

struct PipelineConfig {
  std::vector<std::filesystem::path> files;  // the extends chain, base first
  std::vector<NodeConfig> nodes;             // in the order they were first defined
  std::vector<EdgeConfig> edges;
  std::vector<std::filesystem::path> plugin_paths;   // absolute
  std::map<std::string, ParameterSetting> policies;  // by name (kPolicyNames); lists, like list parameters
};

// Reads a config (XML, or JSON / INFO by extension; see pipeline_config_syntax.hpp), following `extends`
// to its bases: a path relative to the extending file, or a bare name looked up on `config_search_path`
// (config_search_path.hpp). Throws ConfigError naming the file (and line, where known) for anything malformed.
PipelineConfig load_pipeline_config(const std::filesystem::path& file,
                                    const std::vector<std::filesystem::path>& config_search_path = {});

}  // namespace docpipe::host
