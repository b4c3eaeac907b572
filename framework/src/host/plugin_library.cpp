#include "plugin_library.hpp"

#include <fmt/format.h>

#include <boost/dll/shared_library.hpp>
#include <set>

namespace docpipe::host {

std::vector<std::string> to_strings(const char* const* items) {
  std::vector<std::string> out;
  for (; items != nullptr && *items != nullptr; ++items) out.emplace_back(*items);
  return out;
}

namespace {

bool is_blank(const char* text) { return text == nullptr || *text == '\0'; }

// Everything but the ABI version, which the caller has already checked.
std::string descriptor_problem(const PluginDescriptor& descriptor) {
  if (is_blank(descriptor.name)) return "descriptor has no name";
  if (is_blank(descriptor.version)) return "descriptor has no version";
  const bool has_input = descriptor.create_input != nullptr;
  const bool has_analysis = descriptor.create_analysis != nullptr;
  const bool has_output = descriptor.create_output != nullptr;
  const bool has_corpus = descriptor.create_corpus != nullptr;
  if (has_input + has_analysis + has_output + has_corpus != 1) return "descriptor must set exactly one factory";
  switch (descriptor.kind) {
    case PluginKind::input:
      if (!has_input) return "kind is input but create_input is not set";
      break;
    case PluginKind::analysis:
      if (!has_analysis) return "kind is analysis but create_analysis is not set";
      break;
    case PluginKind::output:
      if (!has_output) return "kind is output but create_output is not set";
      break;
    case PluginKind::corpus:
      if (!has_corpus) return "kind is corpus but create_corpus is not set";
      break;
    default:
      return fmt::format("unknown plugin kind {}", static_cast<std::uint32_t>(descriptor.kind));
  }
  for (const void* reserved : descriptor.reserved) {
    if (reserved != nullptr) return "reserved fields are set: the library was built for a newer SDK";
  }
  for (const auto& rule : to_strings(descriptor.rules)) {
    if (rule.empty()) return "a rule id is empty";
  }
  if (descriptor.parameter_count > 0 && descriptor.parameters == nullptr)
    return "parameter_count set but no parameters";
  std::set<std::string> names;
  for (std::size_t i = 0; i < descriptor.parameter_count; ++i) {
    const ParameterSpec& spec = descriptor.parameters[i];
    if (is_blank(spec.name)) return fmt::format("parameter {} has no name", i);
    if (!names.insert(spec.name).second) return fmt::format("parameter '{}' declared twice", spec.name);
    if (to_string(spec.type) == "unknown") return fmt::format("parameter '{}' has an unknown type", spec.name);
    if (!parse_parameter(spec.type, spec.default_value == nullptr ? "" : spec.default_value)) {
      return fmt::format("default of parameter '{}' is not a valid {}", spec.name, to_string(spec.type));
    }
  }
  return {};
}

}  // namespace

std::variant<LoadedPlugin, RefusedPlugin> load_plugin_library(const std::filesystem::path& file) {
  auto library = std::make_shared<boost::dll::shared_library>();
  boost::dll::fs::error_code error;
  library->load(file, error, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  if (error) return RefusedPlugin{file, "cannot be loaded: " + error.message()};
  if (!library->has(kDescriptorSymbol)) {
    return RefusedPlugin{file, fmt::format("not a docpipe plugin: it exports no '{}'", kDescriptorSymbol)};
  }
  // Read the ABI version alone first: a library built against another SDK may
  // lay out the rest of the descriptor differently.
  const auto abi_version = library->get<const std::uint32_t>(kDescriptorSymbol);
  if (abi_version != kAbiVersion) {
    return RefusedPlugin{file, fmt::format("ABI version mismatch: the library was built for docpipe ABI {}, "
                                           "this host speaks ABI {}; rebuild the plugin against this docpipe's SDK",
                                           abi_version, kAbiVersion)};
  }
  const auto& descriptor = library->get<const PluginDescriptor>(kDescriptorSymbol);
  if (const auto problem = descriptor_problem(descriptor); !problem.empty()) {
    return RefusedPlugin{file, "malformed descriptor: " + problem};
  }
  return LoadedPlugin{std::move(library), &descriptor, file};
}

}  // namespace docpipe::host
