// Turns command-line arguments into the ordered list of documents to process.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace docpipe::host {

struct InputItem {
  std::string id;  // path relative to the argument it was found under
  std::filesystem::path path;
  std::string error;  // set when the item cannot be read at all
};

// Files stay in argument order; a directory contributes its files recursively,
// sorted by relative path, hidden entries (".name") skipped. Nothing given
// disappears: a missing path, a non-regular file or a directory with no files
// becomes an item with an error. Ids are made unique with a " (2)" suffix.
std::vector<InputItem> collect_inputs(const std::vector<std::string>& arguments);

}  // namespace docpipe::host
