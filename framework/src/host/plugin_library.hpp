// Loading one plugin library and checking its descriptor.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "docpipe/descriptor.hpp"

namespace boost::dll {
class shared_library;
}

namespace docpipe::host {

// A library that passed every check. Instances created from its descriptor must
// not outlive `library`, which is why it is shared with them.
struct LoadedPlugin {
  std::shared_ptr<boost::dll::shared_library> library;
  const PluginDescriptor* descriptor = nullptr;
  std::filesystem::path file;
};

// What is wrong with a descriptor whose ABI version is this host's, or "" (factories, renderers, reserved
// slots, rule ids, parameters).
std::string descriptor_problem(const PluginDescriptor& descriptor);

// Whether an output plugin's documents are rendered in the workers (either kind of renderer).
inline bool renders_in_workers(const PluginDescriptor& descriptor) {
  return descriptor.create_renderer != nullptr || descriptor.create_summary_renderer != nullptr;
}

// A library the host would not use, and why.
struct RefusedPlugin {
  std::filesystem::path file;
  std::string reason;
};

// Examines `file` in a throwaway child process, so that a library whose initialization crashes, exits or
// hangs (10 s) cannot take this process with it: loads it there and checks it as load_plugin_library does.
// Returns the plugin name its descriptor declares, or why the library is refused.
std::variant<std::string, RefusedPlugin> examine_plugin_library(const std::filesystem::path& file);

// Whether examine_plugin_library has already passed the library (in this run, or in an earlier one
// according to the registry cache).
enum class Examined { not_yet, already };

// Loads `file` into this process (examining it first unless it was) and checks, in this order: it loads,
// it exports the descriptor, its ABI version equals ours (before any other field is read), and the rest of
// the descriptor is well formed.
std::variant<LoadedPlugin, RefusedPlugin> load_plugin_library(const std::filesystem::path& file,
                                                              Examined examined = Examined::not_yet);

// Null-terminated C string array (as in the descriptor) to strings.
std::vector<std::string> to_strings(const char* const* items);

}  // namespace docpipe::host
