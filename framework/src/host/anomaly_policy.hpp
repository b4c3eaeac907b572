// The pipeline's <policies>: which anomaly rules are off and at what level the others report, applied by
// the host after the analyses to the findings of every plugin, third-party ones included.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "docpipe/document.hpp"
#include "docpipe/findings.hpp"
#include "docpipe/parameters.hpp"

namespace docpipe::host {

struct AnomalyPolicy {
  std::set<std::string> disabled;              // rule ids whose findings are dropped
  std::map<std::string, Severity> severities;  // rule id -> the level every finding of it reports

  bool empty() const { return disabled.empty() && severities.empty(); }
  // Drops the findings of disabled rules and re-levels the others; keeps their order.
  void apply(Document& document) const;
  // The same for the corpus stage's findings.
  void apply(std::vector<Finding>& findings) const;
};

// Reads the resolved policy lists. `known_rules` are the rule ids the pipeline's plugins declare; any
// other id is a problem (with the nearest known id). Throws ParameterError listing every problem.
AnomalyPolicy read_anomaly_policy(const std::vector<std::string>& disabled_rules,
                                  const std::vector<std::string>& severities,
                                  const std::vector<std::string>& known_rules);

}  // namespace docpipe::host
