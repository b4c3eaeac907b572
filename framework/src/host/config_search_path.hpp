// Configs by name: `--config default` or `--config example-county` (and `extends` naming a base the same
// way) are looked up on a search path, so an installed docpipe runs from any directory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace docpipe::host {

// The config search path, most specific first: `--config-path` directories, DOCPIPE_CONFIG_PATH
// (':'-separated), then the configs installed with this docpipe (<prefix>/share/docpipe/configs; in the
// build tree that is the source tree's configs/).
std::vector<std::filesystem::path> config_search_path(const std::vector<std::filesystem::path>& command_line);

// The config file `reference` names. A reference with a directory part or an extension ("configs/x.xml",
// "../default.xml", "/etc/docpipe/x.xml") is a path, relative to `relative_to`. A bare name ("default",
// "example-county") is looked up in each directory of `search_path`, in order, as NAME.xml, NAME.json,
// NAME.info and then in its counties/ folder; a bare name that is also an existing file relative to
// `relative_to` is that file. Throws ConfigError listing the places looked at when nothing matches.
std::filesystem::path resolve_config(const std::string& reference, const std::filesystem::path& relative_to,
                                     const std::vector<std::filesystem::path>& search_path);

}  // namespace docpipe::host
