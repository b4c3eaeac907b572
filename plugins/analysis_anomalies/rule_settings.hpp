// What a county's config says about the rules: which are off, their severities, their thresholds.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "docpipe/plugin.hpp"

namespace docpipe::anomalies {

// How a rate is computed: the indicator of the rate, of its numerator and of its denominator each
// contain one of these keywords ("化解率=化解/排查|受理").
struct RateDefinition {
  std::vector<std::u32string> rate;
  std::vector<std::u32string> numerator;
  std::vector<std::u32string> denominator;
};

struct RuleSettings {
  std::set<std::string> disabled;
  std::map<std::string, Severity> severities;  // every rule, after overrides
  double rate_tolerance = 0.5;                 // in units of the last digit the report states
  int deadline_month = 4;                      // publication deadline, in the year after the report year
  int deadline_day = 1;
  std::vector<std::string> required_parts;
  std::map<std::string, std::vector<std::u32string>> part_mentions;  // words showing a part's content in the body
  std::vector<RateDefinition> rates;
  std::vector<std::u32string> growth_words;      // a percentage over 100 after these is a growth rate
  std::vector<std::u32string> target_words;      // … and one whose indicator has these is measured against a target
  std::vector<std::u32string> share_words;       // … unless it has these: a share of what it counts, never over 100
  int round_base = 10;                           // 余/多 on a multiple of this is a round approximation
  std::vector<std::u32string> whole_year_words;  // a figure after these is the year's whole (conflicting-figures)

  bool enabled(const std::string& rule) const { return disabled.count(rule) == 0; }
};

// Reads and checks the parameters; throws ParameterError naming every bad entry. Both the plugin's
// constructor and its check_parameters use it.
RuleSettings read_rule_settings(const Parameters& parameters);

}  // namespace docpipe::anomalies
