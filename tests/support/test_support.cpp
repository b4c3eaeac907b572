#include "test_support.hpp"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "docpipe/text.hpp"
#include "document_processor.hpp"
#include "pipeline_loader.hpp"

namespace docpipe::test {

namespace fs = std::filesystem;

fs::path tree_path(TreePath which) {
  switch (which) {
    case TreePath::source:
      return DOCPIPE_SOURCE_DIR;
    case TreePath::built_plugins:
      return DOCPIPE_BUILD_PLUGIN_DIR;
    case TreePath::test_plugins:
      return DOCPIPE_TEST_PLUGIN_DIR;
    case TreePath::replacement_plugins:
      return DOCPIPE_REPLACEMENT_PLUGIN_DIR;
    case TreePath::hostile_plugins:
      return DOCPIPE_HOSTILE_PLUGIN_DIR;
    case TreePath::binary:
      return DOCPIPE_BINARY;
    case TreePath::build:
      return DOCPIPE_BINARY_DIR;
  }
  throw std::logic_error("unknown tree path");
}

TemporaryDirectory::TemporaryDirectory() {
  std::string pattern = (fs::temp_directory_path() / "docpipe-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TemporaryDirectory::~TemporaryDirectory() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string read_file(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream content;
  content << stream.rdbuf();
  return content.str();
}

void write_file(const fs::path& path, const std::string& bytes) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream stream(path, std::ios::binary);
  stream << bytes;
}

namespace {
std::string shell_quote(const std::string& argument) {
  std::string quoted = "'";
  for (const char c : argument) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}
}  // namespace

CommandResult run_command(const std::string& program, const std::vector<std::string>& arguments) {
  const TemporaryDirectory capture;
  std::string command = shell_quote(program);
  for (const auto& argument : arguments) command += " " + shell_quote(argument);
  command +=
      " >" + shell_quote((capture / "out").string()) + " 2>" + shell_quote((capture / "err").string()) + " </dev/null";
  const int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(capture / "out");
  result.err = read_file(capture / "err");
  return result;
}

CommandResult run_docpipe(const std::vector<std::string>& arguments) {
  return run_command(kDocpipeBinary.string(), arguments);
}

std::vector<std::vector<std::string>> read_csv(const fs::path& path) {
  std::string text = read_file(path);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"', ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field)), field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row.push_back(std::move(field)), field.clear();
      rows.push_back(std::move(row)), row.clear();
      ++i;
    } else {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) row.push_back(field), rows.push_back(row);
  return rows;
}

std::vector<std::string> row_for(const std::vector<std::vector<std::string>>& table, const std::string& document) {
  for (std::size_t i = 1; i < table.size(); ++i) {
    if (!table[i].empty() && table[i][0] == document) return table[i];
  }
  return {};
}

std::size_t column(const std::vector<std::vector<std::string>>& table, const std::string& name) {
  for (std::size_t i = 0; i < table.at(0).size(); ++i) {
    if (table[0][i] == name) return i;
  }
  throw std::runtime_error("no column " + name);
}

Document process_with_default_pipeline(const fs::path& file) {
  static const host::LoadedPipeline loaded = host::load_pipeline(kSourceDir / "configs" / "default.xml", {});
  const TemporaryDirectory out;
  host::DocumentProcessor processor(loaded.pipeline, out.path(), {});
  return processor.process({file.filename().string(), file, ""}).document;
}

Document process_text_with_default_pipeline(const std::string& text) {
  const TemporaryDirectory dir;
  write_file(dir / "report.txt", text);
  return process_with_default_pipeline(dir / "report.txt");
}

std::vector<std::string> table_cells(const Document& document) {
  std::vector<std::string> cells;
  const std::u32string text = decode_utf8(document.text);
  for (const auto& block : document.blocks) {
    if (block.kind != BlockKind::table_cell) continue;
    cells.push_back(std::to_string(*block.table) + ":" + std::to_string(*block.row) + ":" +
                    std::to_string(*block.column) + "=" +
                    encode_utf8(text.substr(block.start, block.end - block.start)));
  }
  return cells;
}

std::vector<std::string> section_headings(const Document& document) {
  std::vector<std::string> out;
  for (const auto& s : document.sections) {
    if (s.level == 0) continue;
    std::string kinds;
    for (const auto& k : s.kinds) kinds += (kinds.empty() ? "" : ";") + k;
    out.push_back(std::to_string(s.level) + " " + s.number + " " + s.title + " [" + kinds + "]");
  }
  return out;
}

std::string schema_errors(const std::string& xml) {
  std::string errors;
  const std::string schema_path = (kSourceDir / "docs" / "schema" / "docpipe.xsd").string();
  std::unique_ptr<xmlSchemaParserCtxt, decltype(&xmlSchemaFreeParserCtxt)> parser(
      xmlSchemaNewParserCtxt(schema_path.c_str()), &xmlSchemaFreeParserCtxt);
  std::unique_ptr<xmlSchema, decltype(&xmlSchemaFree)> schema(xmlSchemaParse(parser.get()), &xmlSchemaFree);
  if (!schema) return "cannot parse the XSD";
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr, XML_PARSE_NONET), &xmlFreeDoc);
  if (!document) return "not well-formed XML";
  std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> validator(xmlSchemaNewValidCtxt(schema.get()),
                                                                                   &xmlSchemaFreeValidCtxt);
  xmlSchemaSetValidStructuredErrors(
      validator.get(), [](void* sink, xmlErrorPtr error) { *static_cast<std::string*>(sink) += error->message; },
      &errors);
  if (xmlSchemaValidateDoc(validator.get(), document.get()) != 0 && errors.empty()) errors = "invalid";
  return errors;
}

}  // namespace docpipe::test
