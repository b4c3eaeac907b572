#include "directory_compare.hpp"

#include <set>

#include "test_support.hpp"

namespace docpipe::test {

namespace fs = std::filesystem;

namespace {

std::set<std::string> files_under(const fs::path& directory) {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    if (entry.is_regular_file()) files.insert(entry.path().lexically_relative(directory).generic_string());
  }
  return files;
}

}  // namespace

std::string directory_differences(const fs::path& a, const fs::path& b) {
  const auto in_a = files_under(a);
  const auto in_b = files_under(b);
  std::string differences;
  for (const auto& file : in_a) {
    if (!in_b.count(file)) {
      differences += "only in " + a.string() + ": " + file + "\n";
    } else if (read_file(a / file) != read_file(b / file)) {
      differences += "differs: " + file + "\n";
    }
  }
  for (const auto& file : in_b) {
    if (!in_a.count(file)) differences += "only in " + b.string() + ": " + file + "\n";
  }
  return differences;
}

}  // namespace docpipe::test
