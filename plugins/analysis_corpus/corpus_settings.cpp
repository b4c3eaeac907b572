#include "corpus_settings.hpp"

#include <cmath>
#include <filesystem>
#include <string>

namespace docpipe::corpus {

namespace {

std::size_t positive_integer(const Parameters& parameters, const char* name, ParameterProblems& problems) {
  const std::int64_t value = parameters.integer(name);
  if (value < 1) {
    problems.add(name, std::to_string(value), "must be at least 1");
    return 1;
  }
  return static_cast<std::size_t>(value);
}

double number_in(const Parameters& parameters, const char* name, double low, double high, const char* range,
                 ParameterProblems& problems) {
  const double value = parameters.number(name);
  if (!(value >= low && value <= high)) problems.add(name, std::to_string(value), range);
  return value;
}

}  // namespace

CorpusSettings read_corpus_settings(const Parameters& parameters) {
  CorpusSettings settings;
  ParameterProblems problems;
  settings.min_passage = positive_integer(parameters, "min_passage", problems);
  settings.boilerplate_units = positive_integer(parameters, "boilerplate_units", problems);
  settings.boilerplate_share =
      number_in(parameters, "boilerplate_share", 0, 1, "must be a share between 0 and 1", problems);
  settings.unchanged_share =
      number_in(parameters, "unchanged_share", 0.01, 1, "must be a share above 0 and at most 1", problems);
  settings.jump_factor = number_in(parameters, "jump_factor", 1.01, 1e12, "must be a factor above 1", problems);
  settings.outlier_threshold =
      number_in(parameters, "outlier_threshold", 0.5, 1e6, "must be a robust z-score of at least 0.5", problems);
  settings.outlier_min_group = positive_integer(parameters, "outlier_min_group", problems);
  if (settings.outlier_min_group < 3) {
    problems.add("outlier_min_group", std::to_string(settings.outlier_min_group),
                 "must be at least 3: a median of fewer values says nothing");
  }
  settings.history = parameters.list("history");
  for (const auto& store : settings.history) {
    // A store that is not there is a mistake in the config (exit 2 before any document runs), not a failure
    // to write the outputs.
    std::error_code error;
    if (store.empty()) {
      problems.add("history", store, "names an empty path");
    } else if (!std::filesystem::is_regular_file(store, error)) {
      problems.add("history", store, "no such file: name an earlier run's docpipe.sqlite");
    }
  }
  problems.throw_if_any();
  return settings;
}

}  // namespace docpipe::corpus
