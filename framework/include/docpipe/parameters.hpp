// Typed plugin parameters: the plain-data spec a plugin declares, and the
// validated values the host hands to it.
#pragma once

#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace docpipe {

enum class ParameterType : std::uint32_t { string = 1, integer = 2, number = 3, boolean = 4, string_list = 5 };

// Plain data so it can sit in the exported descriptor. `default_value` is written
// the way a config file would write it (lists separated by ';').
struct ParameterSpec {
  const char* name;
  ParameterType type;
  const char* default_value;
  const char* doc;
};

using ParameterValue = std::variant<std::string, std::int64_t, double, bool, std::vector<std::string>>;

inline std::string_view to_string(ParameterType type) {
  switch (type) {
    case ParameterType::string:
      return "string";
    case ParameterType::integer:
      return "integer";
    case ParameterType::number:
      return "number";
    case ParameterType::boolean:
      return "boolean";
    case ParameterType::string_list:
      return "string-list";
  }
  return "unknown";
}

namespace detail {
inline std::string_view trim_ascii(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}
}  // namespace detail

// Splits a list written in a config file: items separated by ';' or new lines,
// surrounding white space trimmed, empty items dropped.
inline std::vector<std::string> split_parameter_list(std::string_view text) {
  std::vector<std::string> items;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ';' || text[i] == '\n') {
      const auto item = detail::trim_ascii(text.substr(begin, i - begin));
      if (!item.empty()) items.emplace_back(item);
      begin = i + 1;
    }
  }
  return items;
}

// Parses the text of a parameter as the declared type; nullopt when it is not of that type.
inline std::optional<ParameterValue> parse_parameter(ParameterType type, std::string_view raw) {
  const auto text = detail::trim_ascii(raw);
  switch (type) {
    case ParameterType::string:
      return ParameterValue{std::string(raw)};
    case ParameterType::string_list:
      return ParameterValue{split_parameter_list(raw)};
    case ParameterType::boolean:
      if (text == "true" || text == "on" || text == "yes" || text == "1") return ParameterValue{true};
      if (text == "false" || text == "off" || text == "no" || text == "0") return ParameterValue{false};
      return std::nullopt;
    case ParameterType::integer: {
      try {
        std::size_t used = 0;
        const long long value = std::stoll(std::string(text), &used, 10);
        if (used != text.size()) return std::nullopt;
        return ParameterValue{static_cast<std::int64_t>(value)};
      } catch (const std::exception&) {
        return std::nullopt;
      }
    }
    case ParameterType::number: {
      try {
        std::size_t used = 0;
        const double value = std::stod(std::string(text), &used);
        // nan and inf parse, but no threshold or limit means them: every comparison with nan is false.
        if (used != text.size() || !std::isfinite(value)) return std::nullopt;
        return ParameterValue{value};
      } catch (const std::exception&) {
        return std::nullopt;
      }
    }
  }
  return std::nullopt;
}

// One thing wrong with a node's parameters, found when the pipeline is checked: the host adds the
// config file and node, so a plugin says only which parameter, which value (the entry of a list),
// why it is wrong and what is allowed.
struct ParameterProblem {
  std::string parameter;
  std::string value;
  std::string reason;  // why, and what is allowed: "month 15 does not exist; write MM-DD, e.g. 03-31"
};

// What a plugin's parameter parsing throws. The same parsing serves the descriptor's
// check_parameters (at validation, before any document) and the plugin's constructor, so a config
// that validates cannot fail at run time for its parameters. Throw several problems at once where
// parsing can go on past the first.
class ParameterError : public std::invalid_argument {
 public:
  explicit ParameterError(std::vector<ParameterProblem> problems)
      : std::invalid_argument(describe(problems)), problems_(std::move(problems)) {}
  ParameterError(std::string parameter, std::string value, std::string reason)
      : ParameterError(std::vector<ParameterProblem>{{std::move(parameter), std::move(value), std::move(reason)}}) {}

  const std::vector<ParameterProblem>& problems() const { return problems_; }

 private:
  static std::string describe(const std::vector<ParameterProblem>& problems) {
    std::string text;
    for (const auto& p : problems) {
      text += (text.empty() ? "" : "; ") + ("parameter '" + p.parameter + "': '" + p.value + "': " + p.reason);
    }
    return text;
  }

  std::vector<ParameterProblem> problems_;
};

// Collects problems while parsing goes on, then throws them together.
class ParameterProblems {
 public:
  void add(std::string parameter, std::string value, std::string reason) {
    problems_.push_back({std::move(parameter), std::move(value), std::move(reason)});
  }
  // Runs `parse`; a ParameterError it throws is collected instead of ending the parse.
  template <class Parse>
  void collect(Parse&& parse) {
    try {
      parse();
    } catch (const ParameterError& error) {
      problems_.insert(problems_.end(), error.problems().begin(), error.problems().end());
    }
  }
  void throw_if_any() const {
    if (!problems_.empty()) throw ParameterError(problems_);
  }
  bool empty() const { return problems_.empty(); }

 private:
  std::vector<ParameterProblem> problems_;
};

// The validated parameters of one pipeline node: every declared parameter is
// present (from the config, or its default) and has its declared type.
class Parameters {
 public:
  void set(std::string name, ParameterValue value) { values_[std::move(name)] = std::move(value); }
  bool contains(const std::string& name) const { return values_.count(name) != 0; }

  const std::string& string(const std::string& name) const { return get<std::string>(name); }
  std::int64_t integer(const std::string& name) const { return get<std::int64_t>(name); }
  double number(const std::string& name) const { return get<double>(name); }
  bool boolean(const std::string& name) const { return get<bool>(name); }
  const std::vector<std::string>& list(const std::string& name) const { return get<std::vector<std::string>>(name); }

  const std::map<std::string, ParameterValue>& values() const { return values_; }

 private:
  template <class T>
  const T& get(const std::string& name) const {
    const auto found = values_.find(name);
    if (found == values_.end()) throw std::out_of_range("no parameter named '" + name + "'");
    if (const auto* value = std::get_if<T>(&found->second)) return *value;
    throw std::invalid_argument("parameter '" + name + "' has another type");
  }

  std::map<std::string, ParameterValue> values_;
};

// A number parameter that must lie in [minimum, maximum]; throws ParameterError saying so.
inline double number_in_range(const Parameters& parameters, const std::string& name, double minimum, double maximum,
                              const std::string& meaning = {}) {
  const double value = parameters.number(name);
  if (!(value >= minimum && value <= maximum)) {
    std::ostringstream text;
    text << "must be from " << minimum << " to " << maximum << (meaning.empty() ? "" : " (" + meaning + ")");
    std::ostringstream shown;
    shown << value;
    throw ParameterError(name, shown.str(), text.str());
  }
  return value;
}

// An integer parameter that must lie in [minimum, maximum]; throws ParameterError saying so.
inline std::int64_t integer_in_range(const Parameters& parameters, const std::string& name, std::int64_t minimum,
                                     std::int64_t maximum, const std::string& meaning = {}) {
  const std::int64_t value = parameters.integer(name);
  if (value < minimum || value > maximum) {
    throw ParameterError(name, std::to_string(value),
                         "must be from " + std::to_string(minimum) + " to " + std::to_string(maximum) +
                             (meaning.empty() ? "" : " (" + meaning + ")"));
  }
  return value;
}

// A string parameter "MM-DD" (a deadline in the year): the month and a day that month has (29 February is allowed: the
// deadline year may be a leap year).
inline std::pair<int, int> month_day_parameter(const Parameters& parameters, const std::string& name) {
  const std::string deadline = parameters.string(name);
  const std::string_view text = detail::trim_ascii(deadline);
  const auto digits = [&](std::size_t at) {
    return std::isdigit(static_cast<unsigned char>(text[at])) && std::isdigit(static_cast<unsigned char>(text[at + 1]));
  };
  if (text.size() != 5 || text[2] != '-' || !digits(0) || !digits(3)) {
    throw ParameterError(name, deadline, "not MM-DD; write the month and day as digits, e.g. 03-31");
  }
  const int month = (text[0] - '0') * 10 + (text[1] - '0');
  const int day = (text[3] - '0') * 10 + (text[4] - '0');
  constexpr int kDaysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) {
    throw ParameterError(
        name, deadline,
        "month " + std::to_string(month) + " does not exist; write MM-DD with MM from 01 to 12, e.g. 03-31");
  }
  if (day < 1 || day > kDaysIn[month - 1]) {
    throw ParameterError(name, deadline,
                         "day " + std::to_string(day) + " does not exist in month " + std::to_string(month) +
                             "; write MM-DD, e.g. 03-31");
  }
  return {month, day};
}

// A string parameter naming a subdirectory of the run's output directory: relative, without "..".
inline std::string output_subdirectory(const Parameters& parameters, const std::string& name) {
  const std::string& value = parameters.string(name);
  const std::string_view text = detail::trim_ascii(value);
  bool escapes = !text.empty() && (text.front() == '/' || text.front() == '\\');
  for (std::size_t begin = 0; begin <= text.size() && !escapes;) {
    const auto end = std::min(text.find_first_of("/\\", begin), text.size());
    escapes = text.substr(begin, end - begin) == "..";
    begin = end + 1;
  }
  if (escapes) {
    throw ParameterError(name, value,
                         "must be a subdirectory of the run's output directory: a relative path without '..'");
  }
  // The outputs' scratch files live there (docpipe/scratch_files.hpp), and each output removes its own at the end.
  if (text == ".scratch" || text.starts_with(".scratch/") || text.starts_with(".scratch\\")) {
    throw ParameterError(name, value, "'.scratch' is reserved for the outputs' scratch files");
  }
  return std::string(text);
}

}  // namespace docpipe
