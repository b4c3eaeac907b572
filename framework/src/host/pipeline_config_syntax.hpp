// Reading one config file into the tree the host works on, strictly: a config that is not well formed is
// an error naming the file and line, never a tree that silently differs from what the county wrote.
#pragma once

#include <boost/property_tree/ptree.hpp>
#include <filesystem>

namespace docpipe::host {

// Configs are a handful of levels deep (pipeline/nodes/node/parameters/name/item); anything far deeper
// is a mistake or an attack, and the readers recurse.
inline constexpr int kMaximumConfigNesting = 32;

// Reads XML (libxml2: mismatched tags, undefined entities, DOCTYPE declarations, attributes, text beside
// elements, nesting and an element repeated where one is allowed are errors with their line), or JSON /
// INFO by extension (malformed text and excessive nesting are errors with their line). Returns the
// pipeline: the children of the <pipeline> root. Throws ConfigError.
boost::property_tree::ptree read_config_tree(const std::filesystem::path& file);

}  // namespace docpipe::host
