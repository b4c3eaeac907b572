// A validated pipeline: every node bound to its plugin with typed parameters,
// in an order that runs each node after everything upstream of it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "anomaly_policy.hpp"
#include "docpipe/parameters.hpp"
#include "plugin_library.hpp"

namespace docpipe::host {

struct PipelineNode {
  std::string id;
  LoadedPlugin plugin;
  Parameters parameters;
  std::filesystem::path defined_in;

  PluginKind kind() const { return plugin.descriptor->kind; }
  std::string plugin_name() const { return plugin.descriptor->name; }
};

// What runs on a document read by one input node.
struct Route {
  std::vector<std::size_t> analyses;  // node indices, in execution order
  std::vector<std::size_t> outputs;   // node indices
  std::vector<std::size_t> corpora;   // corpus node indices: each gets the document's summary
};

struct Pipeline {
  std::vector<PipelineNode> nodes;                                 // topological order; ties keep config order
  std::vector<std::size_t> inputs;                                 // input node indices, in order
  std::vector<std::size_t> outputs;                                // every output node index, in order
  std::map<std::size_t, Route> routes;                             // by input node index
  std::vector<std::size_t> corpora;                                // every corpus node index, in order
  std::map<std::size_t, std::vector<std::size_t>> corpus_outputs;  // by corpus node: the outputs it feeds findings
  AnomalyPolicy policy;  // applied after a route's analyses, before any output sees the document
};

}  // namespace docpipe::host
