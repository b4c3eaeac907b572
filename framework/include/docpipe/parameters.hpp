// Typed plugin parameters: the plain-data spec a plugin declares, and the
// validated values the host hands to it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
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
        if (used != text.size()) return std::nullopt;
        return ParameterValue{value};
      } catch (const std::exception&) {
        return std::nullopt;
      }
    }
  }
  return std::nullopt;
}

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

}  // namespace docpipe
