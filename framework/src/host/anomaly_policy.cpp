#include "anomaly_policy.hpp"

#include <algorithm>

#include "docpipe/did_you_mean.hpp"

namespace docpipe::host {

namespace {

std::string unknown_rule(const std::string& id, const std::vector<std::string>& known_rules) {
  if (known_rules.empty()) return "no plugin of this pipeline declares any rule";
  std::string list;
  for (const auto& rule : known_rules) list += (list.empty() ? "" : ", ") + rule;
  return "unknown rule '" + id + "'" + did_you_mean(id, known_rules) + "; the pipeline's plugins declare: " + list;
}

}  // namespace

void AnomalyPolicy::apply(Document& document) const {
  if (empty()) return;
  std::erase_if(document.anomalies, [&](const Anomaly& anomaly) { return disabled.count(anomaly.rule) != 0; });
  for (auto& anomaly : document.anomalies) {
    if (const auto level = severities.find(anomaly.rule); level != severities.end()) anomaly.severity = level->second;
  }
}

void AnomalyPolicy::apply(std::vector<Finding>& findings) const {
  if (empty()) return;
  std::erase_if(findings, [&](const Finding& finding) { return disabled.count(finding.rule) != 0; });
  for (auto& finding : findings) {
    if (const auto level = severities.find(finding.rule); level != severities.end()) finding.severity = level->second;
  }
}

AnomalyPolicy read_anomaly_policy(const std::vector<std::string>& disabled_rules,
                                  const std::vector<std::string>& severities,
                                  const std::vector<std::string>& known_rules) {
  const auto known = [&](const std::string& id) {
    return std::find(known_rules.begin(), known_rules.end(), id) != known_rules.end();
  };
  AnomalyPolicy policy;
  ParameterProblems problems;
  for (const auto& id : disabled_rules) {
    if (!known(id)) {
      problems.add("disabled_rules", id, unknown_rule(id, known_rules));
      continue;
    }
    policy.disabled.insert(id);
  }
  for (const auto& entry : severities) {
    const auto equals = entry.find('=');
    if (equals == std::string::npos) {
      problems.add("severities", entry,
                   "not rule=level; write e.g. missing-section=error (levels: info, warning, error)");
      continue;
    }
    const std::string id(detail::trim_ascii(std::string_view(entry).substr(0, equals)));
    const std::string level(detail::trim_ascii(std::string_view(entry).substr(equals + 1)));
    if (!known(id)) {
      problems.add("severities", entry, unknown_rule(id, known_rules));
      continue;
    }
    if (level == "info") {
      policy.severities[id] = Severity::info;
    } else if (level == "warning") {
      policy.severities[id] = Severity::warning;
    } else if (level == "error") {
      policy.severities[id] = Severity::error;
    } else {
      problems.add("severities", entry,
                   "'" + level + "' is not a level" + did_you_mean(level, {"info", "warning", "error"}) +
                       "; levels are info, warning, error");
    }
  }
  problems.throw_if_any();
  return policy;
}

}  // namespace docpipe::host
