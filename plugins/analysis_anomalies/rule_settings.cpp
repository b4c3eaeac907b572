#include "rule_settings.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <utility>

#include "docpipe/did_you_mean.hpp"
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

// The report parts analysis.sections assigns (docs/analysis-sections.md).
constexpr const char* kParts[] = {part::achievements, part::shortcomings, part::leadership, part::plan, part::other};

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

std::string unknown_part(const std::string& part) {
  const std::vector<std::string> parts(std::begin(kParts), std::end(kParts));
  return "unknown report part '" + part + "'" + did_you_mean(part, parts) + "; parts: " + join(parts);
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
  ParameterProblems problems;
  std::vector<std::string> rule_ids;
  for (const auto& rule : kRules) {
    settings.severities[rule.id] = rule.severity;
    rule_ids.emplace_back(rule.id);
  }
  const auto unknown_rule = [&](const std::string& id) {
    return "unknown rule '" + id + "'" + did_you_mean(id, rule_ids) + "; rules: " + join(rule_ids);
  };
  for (const auto& id : parameters.list("disabled_rules")) {
    if (!is_rule(id)) {
      problems.add("disabled_rules", id, unknown_rule(id));
      continue;
    }
    settings.disabled.insert(id);
  }
  for (const auto& entry : parameters.list("severities")) {
    const auto equals = entry.find('=');
    if (equals == std::string::npos) {
      problems.add("severities", entry,
                   "not rule=level; write e.g. missing-section=error (levels: info, warning, error)");
      continue;
    }
    const std::string id(detail::trim_ascii(std::string_view(entry).substr(0, equals)));
    const std::string level(detail::trim_ascii(std::string_view(entry).substr(equals + 1)));
    const auto severity = severity_named(level);
    if (!is_rule(id)) {
      problems.add("severities", entry, unknown_rule(id));
    } else if (!severity) {
      problems.add("severities", entry,
                   "'" + level + "' is not a level" + did_you_mean(level, {"info", "warning", "error"}) +
                       "; levels are info, warning, error");
    } else {
      settings.severities[id] = *severity;
    }
  }
  settings.rate_tolerance = parameters.number("rate_tolerance");
  if (settings.rate_tolerance < 0) {
    problems.add("rate_tolerance", std::to_string(settings.rate_tolerance),
                 "a tolerance cannot be negative; write 0 or more (0.5: 93% allows 92.5-93.5)");
  }
  problems.collect([&] {
    std::tie(settings.deadline_month, settings.deadline_day) = month_day_parameter(parameters, "publication_deadline");
  });
  settings.required_parts = parameters.list("required_parts");
  for (const auto& part : settings.required_parts) {
    if (std::find(std::begin(kParts), std::end(kParts), part) == std::end(kParts)) {
      problems.add("required_parts", part, unknown_part(part));
    }
  }
  for (const auto& entry : parameters.list("part_mentions")) {
    const auto equals = entry.find('=');
    const std::string part = equals == std::string::npos
                                 ? std::string{}
                                 : std::string(detail::trim_ascii(std::string_view(entry).substr(0, equals)));
    if (equals == std::string::npos) {
      problems.add("part_mentions", entry, "not part=word|word; write e.g. plan=下一步|明年");
    } else if (std::find(std::begin(kParts), std::end(kParts), part) == std::end(kParts)) {
      problems.add("part_mentions", entry, unknown_part(part));
    } else if (keywords(std::string_view(entry).substr(equals + 1)).empty()) {
      problems.add("part_mentions", entry, "no words after '='; write e.g. plan=下一步|明年");
    } else {
      settings.part_mentions[part] = keywords(std::string_view(entry).substr(equals + 1));
    }
  }
  for (const auto& entry : parameters.list("rate_definitions")) {
    const auto equals = entry.find('=');
    const auto slash = entry.find('/', equals == std::string::npos ? 0 : equals);
    if (equals == std::string::npos || slash == std::string::npos) {
      problems.add("rate_definitions", entry, "not rate=numerator/denominator; write e.g. 化解率=化解/排查|受理");
      continue;
    }
    RateDefinition rate{keywords(std::string_view(entry).substr(0, equals)),
                        keywords(std::string_view(entry).substr(equals + 1, slash - equals - 1)),
                        keywords(std::string_view(entry).substr(slash + 1))};
    if (rate.rate.empty() || rate.numerator.empty() || rate.denominator.empty()) {
      problems.add("rate_definitions", entry,
                   "the rate, its numerator and its denominator each need a keyword; write e.g. 化解率=化解/排查|受理");
      continue;
    }
    settings.rates.push_back(std::move(rate));
  }
  for (const auto& word : parameters.list("growth_words")) settings.growth_words.push_back(decode_utf8(word));
  for (const auto& word : parameters.list("target_words")) settings.target_words.push_back(decode_utf8(word));
  for (const auto& word : parameters.list("share_words")) settings.share_words.push_back(decode_utf8(word));
  for (const auto& word : parameters.list("whole_year_words")) settings.whole_year_words.push_back(decode_utf8(word));
  const auto round_base = parameters.integer("approximation_round_base");
  if (round_base < 1 || round_base > 1'000'000'000) {
    problems.add("approximation_round_base", std::to_string(round_base),
                 "must be from 1 to 1000000000 (10: 余 on tens)");
  }
  settings.round_base = static_cast<int>(std::clamp<std::int64_t>(round_base, 1, 1'000'000'000));
  problems.throw_if_any();
  return settings;
}

}  // namespace docpipe::anomalies
