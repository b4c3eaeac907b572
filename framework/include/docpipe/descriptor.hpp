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
// and Anomaly heading/page (layers.hpp). Within ABI 2: the corpus kind, its factory in the first reserved slot
// (layout unchanged, asserted below), and OutputPlugin::write_findings appended to the output vtable; then
// the output renderer's factory in the next reserved slot and OutputPlugin::write_rendered appended, which
// the host calls only on a plugin that sets create_renderer (so a library built before it runs unchanged);
// then the summary renderer's factory in the next (a host built before it refuses a library that sets it,
// since a reserved slot must be null).
inline constexpr std::uint32_t kAbiVersion = 2;

inline constexpr const char* kDescriptorSymbol = "docpipe_plugin_descriptor";

enum class PluginKind : std::uint32_t { input = 1, analysis = 2, output = 3, corpus = 4 };

inline std::string_view to_string(PluginKind kind) {
  switch (kind) {
    case PluginKind::input:
      return "input";
    case PluginKind::analysis:
      return "analysis";
    case PluginKind::output:
      return "output";
    case PluginKind::corpus:
      return "corpus";
  }
  return "unknown";
}

using InputFactory = std::unique_ptr<InputPlugin> (*)(const PluginContext&);
using AnalysisFactory = std::unique_ptr<AnalysisPlugin> (*)(const PluginContext&);
using OutputFactory = std::unique_ptr<OutputPlugin> (*)(const PluginContext&);
using CorpusFactory = std::unique_ptr<CorpusPlugin> (*)(const PluginContext&);
// Output plugins, optionally: the worker-side half of the output (OutputRenderer in plugin.hpp).
using RendererFactory = std::unique_ptr<OutputRenderer> (*)(const PluginContext&);
// Output plugins, optionally, instead of a RendererFactory: a renderer given the document's summary.
using SummaryRendererFactory = std::unique_ptr<SummaryRenderer> (*)(const PluginContext&);

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
  // Analysis and corpus plugins: the rule ids the plugin may emit (anomalies, findings), nullptr-terminated
  // (nullptr for none). The host's policies (<policies> in a config) accept only rule ids some plugin of the
  // pipeline declares, and apply to anomalies and findings alike.
  const char* const* rules;
  // Corpus plugins' factory: carved out of what was reserved[0], so the layout is that of ABI 2 as released.
  CorpusFactory create_corpus;
  // Output plugins, optional: renders each document's share of the output in the workers (what was reserved[1]).
  RendererFactory create_renderer;
  // Output plugins, optional, not with create_renderer: the same, given the document's summary (what was
  // reserved[2]).
  SummaryRendererFactory create_summary_renderer;
  // Must be null. Room for a later entry or plugin kind without another change of layout; a host
  // refuses a library that sets it, since it would not know what it means.
  const void* reserved[1];
};

// The descriptor's layout is ABI 2's: the corpus and renderer factories took the places of reserved[0..2].
namespace detail {
struct PluginDescriptorAbi2 {
  std::uint32_t abi_version;
  PluginKind kind;
  const char* name;
  const char* version;
  const char* description;
  const ParameterSpec* parameters;
  std::size_t parameter_count;
  const char* const* consumes;
  const char* const* produces;
  const char* const* extensions;
  InputFactory create_input;
  AnalysisFactory create_analysis;
  OutputFactory create_output;
  ParameterCheck check_parameters;
  const char* const* rules;
  const void* reserved[4];
};
}  // namespace detail
static_assert(sizeof(PluginDescriptor) == sizeof(detail::PluginDescriptorAbi2));
static_assert(sizeof(CorpusFactory) == sizeof(const void*));
static_assert(sizeof(RendererFactory) == sizeof(const void*));
static_assert(sizeof(SummaryRendererFactory) == sizeof(const void*));
#define DOCPIPE_SAME_OFFSET(member) \
  static_assert(offsetof(PluginDescriptor, member) == offsetof(detail::PluginDescriptorAbi2, member))
DOCPIPE_SAME_OFFSET(abi_version);
DOCPIPE_SAME_OFFSET(kind);
DOCPIPE_SAME_OFFSET(name);
DOCPIPE_SAME_OFFSET(version);
DOCPIPE_SAME_OFFSET(description);
DOCPIPE_SAME_OFFSET(parameters);
DOCPIPE_SAME_OFFSET(parameter_count);
DOCPIPE_SAME_OFFSET(consumes);
DOCPIPE_SAME_OFFSET(produces);
DOCPIPE_SAME_OFFSET(extensions);
DOCPIPE_SAME_OFFSET(create_input);
DOCPIPE_SAME_OFFSET(create_analysis);
DOCPIPE_SAME_OFFSET(create_output);
DOCPIPE_SAME_OFFSET(check_parameters);
DOCPIPE_SAME_OFFSET(rules);
#undef DOCPIPE_SAME_OFFSET
static_assert(offsetof(PluginDescriptor, create_corpus) == offsetof(detail::PluginDescriptorAbi2, reserved));
static_assert(offsetof(PluginDescriptor, create_renderer) ==
              offsetof(detail::PluginDescriptorAbi2, reserved) + sizeof(const void*));
static_assert(offsetof(PluginDescriptor, create_summary_renderer) ==
              offsetof(detail::PluginDescriptorAbi2, reserved) + 2 * sizeof(const void*));
static_assert(offsetof(PluginDescriptor, reserved) ==
              offsetof(detail::PluginDescriptorAbi2, reserved) + 3 * sizeof(const void*));

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
template <class Renderer>
std::unique_ptr<OutputRenderer> make_renderer(const PluginContext& context) {
  return std::make_unique<Renderer>(context);
}
template <class Renderer>
std::unique_ptr<SummaryRenderer> make_summary_renderer(const PluginContext& context) {
  return std::make_unique<Renderer>(context);
}
template <class Plugin>
std::unique_ptr<CorpusPlugin> make_corpus(const PluginContext& context) {
  return std::make_unique<Plugin>(context);
}

}  // namespace docpipe

#define DOCPIPE_SYMBOL_EXPORT __attribute__((visibility("default")))

// Defines the library's descriptor. Use once per plugin library:
//   DOCPIPE_EXPORT_PLUGIN({.abi_version = docpipe::kAbiVersion, .kind = ..., ...})
#define DOCPIPE_EXPORT_PLUGIN(...) \
  extern "C" DOCPIPE_SYMBOL_EXPORT const ::docpipe::PluginDescriptor docpipe_plugin_descriptor = __VA_ARGS__;
