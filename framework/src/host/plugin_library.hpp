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

// A library the host would not use, and why.
struct RefusedPlugin {
  std::filesystem::path file;
  std::string reason;
};

// Loads `file` and checks, in this order: it loads, it exports the descriptor,
// its ABI version equals ours (before any other field is read), and the rest of
// the descriptor is well formed.
std::variant<LoadedPlugin, RefusedPlugin> load_plugin_library(const std::filesystem::path& file);

// Null-terminated C string array (as in the descriptor) to strings.
std::vector<std::string> to_strings(const char* const* items);

}  // namespace docpipe::host
