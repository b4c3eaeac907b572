// Unit-testing a plugin without the CLI or the host: link the plugin's sources into a test program and
// create it from its own descriptor, with parameters resolved as the host resolves them (declared types,
// defaults, the plugin's check_parameters). Header-only, like the rest of the SDK:
//
//   #include <docpipe/testing.hpp>
//   auto plugin = docpipe::testing::create_analysis(docpipe_plugin_descriptor, {{"minimum_characters", "5"}});
//   docpipe::Document document = docpipe::testing::document_from_paragraphs({"第一段", "第二段"});
//   plugin->analyze(document);
//
// docs/plugin-guide.md ("Testing a plugin") and examples/third-party-plugin show it end to end.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "docpipe/descriptor.hpp"
#include "docpipe/document_builder.hpp"

// The descriptor DOCPIPE_EXPORT_PLUGIN defines, for a test program linked with the plugin's sources.
extern "C" const ::docpipe::PluginDescriptor docpipe_plugin_descriptor;

namespace docpipe::testing {

// Values as a config would write them, by parameter name.
using ParameterTexts = std::map<std::string, std::string>;

// The problems the host would report for these values, as "parameter 'x': 'value': reason": an unknown
// name, a value not of the declared type, or whatever the plugin's check_parameters finds.
inline std::vector<std::string> parameter_problems(const PluginDescriptor& descriptor, const ParameterTexts& values,
                                                   Parameters* resolved = nullptr) {
  std::vector<std::string> problems;
  Parameters parameters;
  for (const auto& [name, text] : values) {
    const ParameterSpec* spec = nullptr;
    for (std::size_t i = 0; i < descriptor.parameter_count; ++i) {
      if (name == descriptor.parameters[i].name) spec = &descriptor.parameters[i];
    }
    if (spec == nullptr) {
      problems.push_back("parameter '" + name + "': the plugin declares no such parameter");
    } else if (auto value = parse_parameter(spec->type, text)) {
      parameters.set(name, std::move(*value));
    } else {
      problems.push_back("parameter '" + name + "': '" + text + "': not a valid " + std::string(to_string(spec->type)));
    }
  }
  for (std::size_t i = 0; i < descriptor.parameter_count; ++i) {
    const ParameterSpec& spec = descriptor.parameters[i];
    if (!parameters.contains(spec.name)) {
      parameters.set(spec.name, parse_parameter(spec.type, spec.default_value ? spec.default_value : "").value());
    }
  }
  if (problems.empty() && descriptor.check_parameters != nullptr) {
    for (const auto& p : descriptor.check_parameters(parameters)) {
      problems.push_back("parameter '" + p.parameter + "': '" + p.value + "': " + p.reason);
    }
  }
  if (resolved != nullptr) *resolved = std::move(parameters);
  return problems;
}

// The context the host would create the plugin with; throws std::invalid_argument listing the problems.
inline PluginContext context_for(const PluginDescriptor& descriptor, const ParameterTexts& values = {},
                                 std::filesystem::path output_directory = {}, std::string node_id = "under_test") {
  PluginContext context{std::move(node_id), {}, std::move(output_directory)};
  const auto problems = parameter_problems(descriptor, values, &context.parameters);
  if (!problems.empty()) {
    std::string text = descriptor.name + std::string(": ");
    for (const auto& problem : problems) text += problem + "; ";
    throw std::invalid_argument(text);
  }
  return context;
}

inline std::unique_ptr<InputPlugin> create_input(const PluginDescriptor& descriptor,
                                                 const ParameterTexts& values = {}) {
  if (descriptor.create_input == nullptr) throw std::invalid_argument("not an input plugin");
  return descriptor.create_input(context_for(descriptor, values));
}

inline std::unique_ptr<AnalysisPlugin> create_analysis(const PluginDescriptor& descriptor,
                                                       const ParameterTexts& values = {}) {
  if (descriptor.create_analysis == nullptr) throw std::invalid_argument("not an analysis plugin");
  return descriptor.create_analysis(context_for(descriptor, values));
}

inline std::unique_ptr<OutputPlugin> create_output(const PluginDescriptor& descriptor,
                                                   const std::filesystem::path& output_directory,
                                                   const ParameterTexts& values = {}) {
  if (descriptor.create_output == nullptr) throw std::invalid_argument("not an output plugin");
  return descriptor.create_output(context_for(descriptor, values, output_directory));
}

// A document as an input plugin would hand it on: the paragraphs joined by new lines, one block each.
// (Text given here should already be normalized: the harness does not normalize it.)
inline Document document_from_paragraphs(const std::vector<std::string>& paragraphs, std::string id = "test.txt") {
  Document document;
  document.id = std::move(id);
  document.format = "txt";
  document.encoding = "UTF-8";
  DocumentBuilder builder(document);
  for (const auto& paragraph : paragraphs) builder.add_block(paragraph);
  return document;
}

}  // namespace docpipe::testing
