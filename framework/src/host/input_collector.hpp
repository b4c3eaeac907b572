// Turns command-line arguments into the ordered list of documents to process.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace docpipe::host {

struct InputItem {
  InputItem() = default;
  InputItem(std::string id, std::filesystem::path path, std::string error = {})
      : id(std::move(id)), path(std::move(path)), error(std::move(error)) {}

  std::string id;  // path relative to the argument it was found under, as valid UTF-8
  std::filesystem::path path;
  std::string error;               // set when the item cannot be read at all
  std::vector<std::string> notes;  // how the id was made: a renamed duplicate, a file name not in UTF-8
  std::string display;             // the path as valid UTF-8, for outputs ("" when `path` is UTF-8 already)
};

// Files stay in argument order; a directory contributes its files recursively (symlinked directories followed,
// each directory once), sorted by relative path, hidden entries (".name") and `skipped_directories` (the run's
// own output directory) left out. Nothing given disappears: a missing path, a non-regular file, a subdirectory
// that cannot be read or a directory with no files becomes an item with an error. Ids are valid UTF-8 (see
// file_name.hpp) and unique in the run: a later duplicate gets the first free " (N)" suffix and a note.
std::vector<InputItem> collect_inputs(const std::vector<std::string>& arguments,
                                      const std::vector<std::filesystem::path>& skipped_directories = {});

}  // namespace docpipe::host
