#include "rule_settings.hpp"

#include <cstdio>
#include <stdexcept>

#include "docpipe/text.hpp"
#include "rule_ids.hpp"

namespace docpipe::anomalies {

namespace {

bool is_rule(const std::string& id) {
  for (const auto& rule : kRules) {
    if (id == rule.id) return true;
  }
  return false;
}

std::optional<Severity> severity_named(const std::string& name) {
  if (name == "info") return Severity::info;
  if (name == "warning") return Severity::warning;
  if (name == "error") return Severity::error;
  return std::nullopt;
}

std::vector<std::u32string> keywords(std::string_view text) {
  std::vector<std::u32string> out;
  while (!text.empty()) {
    const auto bar = text.find('|');
    const auto word = detail::trim_ascii(text.substr(0, bar));
    if (!word.empty()) out.push_back(decode_utf8(word));
    text = bar == std::string_view::npos ? std::string_view{} : text.substr(bar + 1);
  }
  return out;
}

}  // namespace

RuleSettings read_rule_settings(const Parameters& parameters) {
  RuleSettings settings;
  for (const auto& rule : kRules) settings.severities[rule.id] = rule.severity;
  for (const auto& id : parameters.list("disabled_rules")) {
    if (!is_rule(id)) throw std::invalid_argument("disabled_rules: no rule named '" + id + "'");
    settings.disabled.insert(id);
  }
  for (const auto& entry : parameters.list("severities")) {
    const auto equals = entry.find('=');
    const std::string id(detail::trim_ascii(std::string_view(entry).substr(0, equals)));
    const auto severity = equals == std::string::npos
                              ? std::nullopt
                              : severity_named(std::string(detail::trim_ascii(entry.substr(equals + 1))));
    if (!is_rule(id) || !severity) {
      throw std::invalid_argument("severities: '" + entry + "' is not rule=info|warning|error for a known rule");
    }
    settings.severities[id] = *severity;
  }
  settings.rate_tolerance = parameters.number("rate_tolerance");
  const std::string deadline = parameters.string("publication_deadline");
  if (deadline.size() != 5 || deadline[2] != '-' ||
      std::sscanf(deadline.c_str(), "%2d-%2d", &settings.deadline_month, &settings.deadline_day) != 2 ||
      settings.deadline_month < 1 || settings.deadline_month > 12 || settings.deadline_day < 1 ||
      settings.deadline_day > 31) {
    throw std::invalid_argument("publication_deadline must be MM-DD, not '" + deadline + "'");
  }
  settings.required_parts = parameters.list("required_parts");
  for (const auto& entry : parameters.list("part_mentions")) {
    const auto equals = entry.find('=');
    if (equals == std::string::npos)
      throw std::invalid_argument("part_mentions: '" + entry + "' is not part=word|word");
    settings.part_mentions[std::string(detail::trim_ascii(std::string_view(entry).substr(0, equals)))] =
        keywords(std::string_view(entry).substr(equals + 1));
  }
  for (const auto& entry : parameters.list("rate_definitions")) {
    const auto equals = entry.find('=');
    const auto slash = entry.find('/', equals == std::string::npos ? 0 : equals);
    if (equals == std::string::npos || slash == std::string::npos) {
      throw std::invalid_argument("rate_definitions: '" + entry + "' is not rate=numerator/denominator");
    }
    settings.rates.push_back({keywords(std::string_view(entry).substr(0, equals)),
                              keywords(std::string_view(entry).substr(equals + 1, slash - equals - 1)),
                              keywords(std::string_view(entry).substr(slash + 1))});
  }
  for (const auto& word : parameters.list("growth_words")) settings.growth_words.push_back(decode_utf8(word));
  settings.round_base = static_cast<int>(parameters.integer("approximation_round_base"));
  if (settings.round_base < 1) throw std::invalid_argument("approximation_round_base must be at least 1");
  return settings;
}

}  // namespace docpipe::anomalies
