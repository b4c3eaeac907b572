#include "pipeline_config_syntax.hpp"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <boost/property_tree/info_parser.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "config_error.hpp"
#include "docpipe/parameters.hpp"

namespace docpipe::host {

namespace fs = std::filesystem;
namespace pt = boost::property_tree;

namespace {

// Elements of which a config may hold one per parent: under the root, <extends> and <policies>; inside a
// <node>, <id>, <plugin> and <parameters>; inside <parameters> and <policies>, each name. (<nodes>,
// <edges> and <remove> may repeat at the root: they apply in order.)
bool allows_one(const std::string& parent, const std::string& child, int depth) {
  if (depth == 1) return child == "extends" || child == "policies";
  return parent == "node" || parent == "parameters" || parent == "policies";
}

std::string where(const fs::path& file, long line) {
  return line > 0 ? fmt::format("{}:{}", file.string(), line) : file.string();
}

struct XmlDocumentDeleter {
  void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
struct XmlContextDeleter {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

std::string name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::string trimmed_message(const char* message) {
  std::string text = message ? message : "malformed XML";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

class XmlConverter {
 public:
  explicit XmlConverter(const fs::path& file) : file_(file) {}

  pt::ptree convert(const xmlNode* element, int depth) {
    const std::string element_name = name_of(element);
    if (depth > kMaximumConfigNesting) {
      fail(element, fmt::format("elements nest deeper than {} levels", kMaximumConfigNesting));
    }
    if (element->properties != nullptr) {
      fail(element, fmt::format("<{}> has attributes; a config writes everything as elements", element_name));
    }
    pt::ptree tree;
    std::string text;
    bool has_elements = false;
    std::map<std::string, long> first_line;
    for (const xmlNode* child = element->children; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        if (child->content != nullptr) text += reinterpret_cast<const char*>(child->content);
      } else if (child->type == XML_ELEMENT_NODE) {
        const std::string name = name_of(child);
        const long line = xmlGetLineNo(child);
        if (allows_one(element_name, name, depth) && !first_line.emplace(name, line).second) {
          fail(child, fmt::format("<{}> appears twice in <{}> (first on line {}); only one is allowed", name,
                                  element_name, first_line[name]));
        }
        has_elements = true;
        tree.push_back({name, convert(child, depth + 1)});
      } else if (child->type == XML_ENTITY_REF_NODE) {
        fail(child, "entity references are not allowed in a config");
      }
      // Comments and processing instructions carry nothing.
    }
    if (has_elements && !detail::trim_ascii(text).empty()) {
      fail(element, fmt::format("<{}> holds text beside its child elements ('{}')", element_name,
                                std::string(detail::trim_ascii(text)).substr(0, 40)));
    }
    if (!has_elements) tree.data() = text;
    return tree;
  }

 private:
  [[noreturn]] void fail(const xmlNode* node, const std::string& message) const {
    throw ConfigError(fmt::format("{}: {}", where(file_, xmlGetLineNo(node)), message));
  }

  fs::path file_;
};

pt::ptree read_xml(const fs::path& file) {
  std::unique_ptr<xmlParserCtxt, XmlContextDeleter> context(xmlNewParserCtxt());
  if (!context) throw ConfigError(file.string() + ": cannot read config: out of memory");
  // No XML_PARSE_NOENT (entities are not substituted), no DTD loading, no network, and libxml2's own
  // depth limit (no XML_PARSE_HUGE) before ours; errors are collected, not printed.
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlDoc, XmlDocumentDeleter> document(xmlCtxtReadFile(context.get(), file.c_str(), nullptr, options));
  if (!document) {
    const xmlError* error = xmlCtxtGetLastError(context.get());
    throw ConfigError(fmt::format("{}: malformed XML: {}", where(file, error ? error->line : 0),
                                  trimmed_message(error ? error->message : nullptr)));
  }
  if (document->intSubset != nullptr) {
    throw ConfigError(fmt::format("{}: DOCTYPE declarations are not allowed in a config (no DTDs, no entities)",
                                  where(file, xmlGetLineNo(reinterpret_cast<xmlNode*>(document->intSubset)))));
  }
  const xmlNode* root = xmlDocGetRootElement(document.get());
  if (root == nullptr || name_of(root) != "pipeline") {
    throw ConfigError(fmt::format("{}: the root element must be <pipeline>{}",
                                  where(file, root ? xmlGetLineNo(root) : 0),
                                  root ? ", not <" + name_of(root) + ">" : ""));
  }
  return XmlConverter(file).convert(root, 1);
}

// The deepest nesting of {} and [] outside strings, and the line where it first passes the limit.
void check_nesting(const fs::path& file, const std::string& text, bool brackets_too) {
  int depth = 0;
  long line = 1;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') ++line;
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '{' || (brackets_too && c == '[')) {
      if (++depth > kMaximumConfigNesting) {
        throw ConfigError(
            fmt::format("{}: malformed config: nests deeper than {} levels", where(file, line), kMaximumConfigNesting));
      }
    } else if (c == '}' || (brackets_too && c == ']')) {
      --depth;
    }
  }
}

// JSON and INFO have no element names to hold repeats apart from lists, so the same rule applies after
// parsing (without a line: the parsers do not keep one).
void check_repeats(const fs::path& file, const pt::ptree& tree, const std::string& name, int depth) {
  std::set<std::string> seen;
  for (const auto& [key, child] : tree) {
    if (allows_one(name, key, depth) && !seen.insert(key).second) {
      throw ConfigError(fmt::format("{}: '{}' appears twice in '{}'; only one is allowed", file.string(), key, name));
    }
    check_repeats(file, child, key, depth + 1);
  }
}

pt::ptree read_json_or_info(const fs::path& file, bool json) {
  std::ifstream stream(file, std::ios::binary);
  std::stringstream buffer;
  buffer << stream.rdbuf();
  if (!stream) throw ConfigError(file.string() + ": cannot read config");
  check_nesting(file, buffer.str(), json);
  pt::ptree tree;
  try {
    std::istringstream input(buffer.str());
    if (json) {
      pt::read_json(input, tree);
    } else {
      pt::read_info(input, tree);
    }
  } catch (const pt::file_parser_error& error) {
    throw ConfigError(fmt::format("{}: malformed {}: {}", where(file, static_cast<long>(error.line())),
                                  json ? "JSON" : "INFO", error.message()));
  }
  // The pipeline may sit under a "pipeline" key or be the root itself.
  if (tree.size() == 1 && tree.begin()->first == "pipeline") tree = pt::ptree(tree.begin()->second);
  check_repeats(file, tree, "pipeline", 1);
  return tree;
}

}  // namespace

pt::ptree read_config_tree(const fs::path& file) {
  const auto extension = file.extension().string();
  if (extension == ".json") return read_json_or_info(file, true);
  if (extension == ".info") return read_json_or_info(file, false);
  return read_xml(file);
}

}  // namespace docpipe::host
