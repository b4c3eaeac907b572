// The one plain-data descriptor every plugin library exports. The host reads
// `abi_version` (always the first field) before it touches anything else, and
// refuses a library whose version differs: only then do C++ objects cross.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "docpipe/parameters.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe {

// Bump whenever anything a plugin sees changes layout or meaning: this
// descriptor, the interfaces in plugin.hpp, Document and its layers, Parameters.
// ABI 2: the descriptor gained check_parameters, rules and reserved padding; Metric gained id/role/of/page
// and Anomaly heading/page (layers.hpp).
inline constexpr std::uint32_t kAbiVersion = 2;

inline constexpr const char* kDescriptorSymbol = "docpipe_plugin_descriptor";

enum class PluginKind : std::uint32_t { input = 1, analysis = 2, output = 3 };

inline std::string_view to_string(PluginKind kind) {
  switch (kind) {
    case PluginKind::input:
      return "input";
    case PluginKind::analysis:
      return "analysis";
    case PluginKind::output:
      return "output";
  }
  return "unknown";
}

using InputFactory = std::unique_ptr<InputPlugin> (*)(const PluginContext&);
using AnalysisFactory = std::unique_ptr<AnalysisPlugin> (*)(const PluginContext&);
using OutputFactory = std::unique_ptr<OutputPlugin> (*)(const PluginContext&);

// Checks a node's parameters once, when the pipeline is validated (`docpipe validate`, and `run` before
// it reads any document). The host has already checked each value's type and filled in defaults; the
// check looks at meaning: dates, table lines, ranges, names. Returns every problem found, empty when
// none. Must not touch files or documents: use the same parsing the plugin's constructor uses (see
// check_by_parsing), so that what passes the check cannot fail when the plugin is created.
using ParameterCheck = std::vector<ParameterProblem> (*)(const Parameters&);

// A ParameterCheck from the function that parses a plugin's parameters (and throws ParameterError):
//   .check_parameters = &docpipe::check_by_parsing<read_settings>,
template <auto Parse>
std::vector<ParameterProblem> check_by_parsing(const Parameters& parameters) {
  try {
    (void)Parse(parameters);
  } catch (const ParameterError& error) {
    return error.problems();
  } catch (const std::exception& error) {
    return {{"", "", error.what()}};
  }
  return {};
}

struct PluginDescriptor {
  std::uint32_t abi_version;  // must stay the first member, whatever else changes
  PluginKind kind;
  const char* name;     // "input.txt", "analysis.sections", "output.csv"
  const char* version;  // the plugin's own version
  const char* description;
  const ParameterSpec* parameters;
  std::size_t parameter_count;
  const char* const* consumes;    // layer names, nullptr-terminated (nullptr for none)
  const char* const* produces;    // layer names, nullptr-terminated
  const char* const* extensions;  // input plugins: file extensions without the dot, nullptr-terminated
  InputFactory create_input;      // exactly the factory matching `kind` is set
  AnalysisFactory create_analysis;
  OutputFactory create_output;
  // Optional (nullptr: nothing to check beyond the declared types). See ParameterCheck.
  ParameterCheck check_parameters;
  // Analysis plugins: the anomaly rule ids the plugin may emit, nullptr-terminated (nullptr for none).
  // The host's policies (<policies> in a config) accept only rule ids some plugin of the pipeline declares.
  const char* const* rules;
  // Must be null. Room for a later entry or plugin kind without another change of layout; a host
  // refuses a library that sets them, since it would not know what they mean.
  const void* reserved[4];
};

template <class Plugin>
std::unique_ptr<InputPlugin> make_input(const PluginContext& context) {
  return std::make_unique<Plugin>(context);
}
template <class Plugin>
std::unique_ptr<AnalysisPlugin> make_analysis(const PluginContext& context) {
  return std::make_unique<Plugin>(context);
}
template <class Plugin>
std::unique_ptr<OutputPlugin> make_output(const PluginContext& context) {
  return std::make_unique<Plugin>(context);
}

}  // namespace docpipe

#define DOCPIPE_SYMBOL_EXPORT __attribute__((visibility("default")))

// Defines the library's descriptor. Use once per plugin library:
//   DOCPIPE_EXPORT_PLUGIN({.abi_version = docpipe::kAbiVersion, .kind = ..., ...})
#define DOCPIPE_EXPORT_PLUGIN(...) \
  extern "C" DOCPIPE_SYMBOL_EXPORT const ::docpipe::PluginDescriptor docpipe_plugin_descriptor = __VA_ARGS__;
