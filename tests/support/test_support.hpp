// Shared helpers for the docpipe tests: paths into the build and source trees,
// temporary directories, running the real CLI, reading CSV back.
#pragma once

#include <filesystem>

#include <string>
#include <vector>
#include "docpipe/document.hpp"

namespace docpipe::test {

// Where the source and build trees are. Only test_support.cpp is compiled with their paths, so that the
// tests themselves compile the same in any checkout and ccache serves a fresh clone (CI) what it compiled in
// another.
enum class TreePath { source, built_plugins, test_plugins, replacement_plugins, hostile_plugins, binary, build };
std::filesystem::path tree_path(TreePath which);

inline const std::filesystem::path kSourceDir = tree_path(TreePath::source);
inline const std::filesystem::path kTestData = kSourceDir / "tests" / "data";
inline const std::filesystem::path kBuiltPlugins = tree_path(TreePath::built_plugins);
inline const std::filesystem::path kTestPlugins = tree_path(TreePath::test_plugins);
inline const std::filesystem::path kReplacementPlugins = tree_path(TreePath::replacement_plugins);
inline const std::filesystem::path kHostilePlugins = tree_path(TreePath::hostile_plugins);  // crash as they load
inline const std::filesystem::path kDocpipeBinary = tree_path(TreePath::binary);
inline const std::filesystem::path kBuildDir = tree_path(TreePath::build);

// A fresh directory, removed with everything in it at the end of the test.
class TemporaryDirectory {
 public:
  TemporaryDirectory();
  ~TemporaryDirectory();
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `program` with `arguments` (each shell-quoted), capturing its output.
CommandResult run_command(const std::string& program, const std::vector<std::string>& arguments);

// Runs the docpipe binary with `arguments` (each shell-quoted).
CommandResult run_docpipe(const std::vector<std::string>& arguments);

// Parses an RFC 4180 file as output.csv writes it (optional BOM, CRLF); the header is row 0.
std::vector<std::vector<std::string>> read_csv(const std::filesystem::path& path);

// The row whose first column equals `document`, or an empty row.
std::vector<std::string> row_for(const std::vector<std::vector<std::string>>& table, const std::string& document);

// Index of a column in the header row (throws if absent).
std::size_t column(const std::vector<std::vector<std::string>>& table, const std::string& name);

// Validates XML text against docs/schema/docpipe.xsd with libxml2; returns the complaints, "" when valid.
std::string schema_errors(const std::string& xml);

// Runs the input and analysis plugins of configs/default.xml (the real plugin libraries with their
// real defaults) on one file, or on text written to a temporary file, and returns the document.
Document process_with_default_pipeline(const std::filesystem::path& file);
Document process_text_with_default_pipeline(const std::string& text);

// Every table cell of a document as "table:row:column=text", in block order.
std::vector<std::string> table_cells(const Document& document);

// "level number title [kinds]" for every section but the preamble and the closing, in order.
std::vector<std::string> section_headings(const Document& document);

}  // namespace docpipe::test
