#include "input_collector.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "file_name.hpp"

namespace docpipe::host {

namespace fs = std::filesystem;

namespace {

bool is_hidden(const fs::path& relative) {
  return std::any_of(relative.begin(), relative.end(), [](const fs::path& part) {
    const auto name = part.string();
    return name.size() > 1 && name[0] == '.' && name != "..";
  });
}

// Ids name the XML files and the CSV rows, so each must be unique in a run. A later item whose id is taken
// gets the first free " (N)" suffix — free also of ids that arguments gave literally ("x.txt (2)") — and a
// note saying so. Input order decides, so the result is the same on every run.
void make_ids_unique(std::vector<InputItem>& items) {
  std::set<std::string> taken;
  for (const auto& item : items) taken.insert(item.id);
  std::set<std::string> assigned;
  for (auto& item : items) {
    if (assigned.insert(item.id).second) continue;
    std::string candidate;
    for (int n = 2;; ++n) {
      candidate = item.id + " (" + std::to_string(n) + ")";
      if (!taken.count(candidate) && !assigned.count(candidate)) break;
    }
    item.notes.push_back("id '" + item.id + "' was already taken by an earlier input; this one is '" + candidate + "'");
    item.id = candidate;
    assigned.insert(candidate);
  }
}

// A directory's files, recursively, symlinked directories followed once each (a loop or a second link to a
// directory already walked adds nothing). A subdirectory that cannot be read is an item saying why, and the walk
// goes on; hidden entries and the directories in `skipped` (the run's own --out) are left out.
void walk_directory(const fs::path& root, const fs::path& directory, const std::set<fs::path>& skipped,
                    std::set<fs::path>& walked, std::vector<InputItem>& found) {
  std::error_code error;
  fs::directory_iterator it(directory, error);
  const auto id_of = [&](const fs::path& path) { return path.lexically_relative(root).generic_string(); };
  if (error) {
    found.push_back({id_of(directory), directory, "cannot read directory: " + error.message()});
    return;
  }
  for (const fs::directory_iterator end; it != end; it.increment(error)) {
    if (error) {
      found.push_back({id_of(directory), directory, "cannot read directory: " + error.message()});
      return;
    }
    const fs::path relative = it->path().lexically_relative(root);
    if (is_hidden(relative)) continue;
    if (it->is_directory(error)) {
      const fs::path canonical = fs::weakly_canonical(it->path(), error);
      if (skipped.contains(canonical) || !walked.insert(canonical).second) continue;
      walk_directory(root, it->path(), skipped, walked, found);
      continue;
    }
    InputItem item{relative.generic_string(), it->path(), ""};
    if (!it->is_regular_file(error)) item.error = error ? "cannot read: " + error.message() : "not a regular file";
    found.push_back(std::move(item));
  }
}

void collect_directory(const std::string& argument, const fs::path& directory, const std::set<fs::path>& skipped,
                       std::vector<InputItem>& items) {
  std::vector<InputItem> found;
  std::error_code error;
  fs::directory_iterator probe(directory, error);
  if (error) {
    items.push_back({argument, directory, "cannot read directory: " + error.message()});
    return;
  }
  std::set<fs::path> walked{fs::weakly_canonical(directory, error)};
  walk_directory(directory, directory, skipped, walked, found);
  std::sort(found.begin(), found.end(), [](const InputItem& a, const InputItem& b) { return a.id < b.id; });
  if (found.empty()) {
    items.push_back({argument, directory, "directory contains no files"});
    return;
  }
  items.insert(items.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace

std::vector<InputItem> collect_inputs(const std::vector<std::string>& arguments,
                                      const std::vector<fs::path>& skipped_directories) {
  std::set<fs::path> skipped;
  for (const auto& directory : skipped_directories) {
    std::error_code error;
    skipped.insert(fs::weakly_canonical(directory, error));
  }
  std::vector<InputItem> items;
  for (const auto& argument : arguments) {
    const fs::path path(argument);
    std::error_code error;
    const auto status = fs::status(path, error);
    const std::string name = path.filename().empty() ? argument : path.filename().string();
    if (error && error != std::errc::no_such_file_or_directory) {
      items.push_back({name, path, "cannot read: " + error.message()});  // a symlink loop, a denied directory
    } else if (error || !fs::exists(status)) {
      items.push_back({argument, path, "no such file or directory"});
    } else if (fs::is_directory(status)) {
      collect_directory(argument, path, skipped, items);
    } else if (fs::is_regular_file(status)) {
      items.push_back({name, path, ""});
    } else {
      items.push_back({name, path, "not a regular file"});
    }
  }
  for (auto& item : items) {
    const auto id = readable_name(item.id);
    if (id.note.empty()) continue;
    item.id = id.text;
    item.notes.push_back(id.note);
    item.display = readable_name(item.path.string()).text;
  }
  make_ids_unique(items);
  return items;
}

}  // namespace docpipe::host
