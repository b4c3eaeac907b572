// Where docpipe's own files are, found from the running program's location and never from a path compiled
// in, so an install can move (a package under /usr, a tarball in /opt, a copied prefix) and the build tree
// works the same way: <prefix>/bin/docpipe, <prefix>/lib/docpipe/plugins, <prefix>/share/docpipe/configs
// and <prefix>/share/docpipe/schema (the build tree's share/docpipe links into the source tree).
#pragma once

#include <filesystem>
#include <optional>

namespace docpipe::host {

// The prefix the running program is installed under (the directory above its bin/), if it can be found.
std::optional<std::filesystem::path> installation_prefix();

// <prefix>/lib/docpipe/plugins: the plugins installed or built with this docpipe.
std::optional<std::filesystem::path> bundled_plugin_directory();

// <prefix>/share/docpipe/configs: the configs installed (or, in the build tree, kept in the source tree).
std::optional<std::filesystem::path> bundled_config_directory();

}  // namespace docpipe::host
