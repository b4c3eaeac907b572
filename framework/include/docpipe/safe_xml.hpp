// XML parts parsed with libxml2 and no network, no DTD and no entities: a part with a DOCTYPE or an
// entity declaration is refused (Word and OFD writers never write one; XXE and "billion laughs" need one).
// Needs libxml2.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace docpipe {

using XmlDocument = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

// Throws std::runtime_error naming `part` when the XML is unsafe or malformed. The tree is for reading only
// (parsed with XML_PARSE_COMPACT): do not change its text nodes.
XmlDocument parse_safe_xml(std::string_view bytes, const std::string& part);

// Element helpers that compare local names, so WordprocessingML of any vintage (2006 OOXML,
// strict OOXML, Word 2003 XML) reads alike.
bool is_element(const xmlNode* node, const char* local_name);
const xmlNode* child_element(const xmlNode* node, const char* local_name);
std::vector<const xmlNode*> child_elements(const xmlNode* node, const char* local_name);
// An attribute by local name (w:val, w:ilvl …); "" when absent.
std::string attribute(const xmlNode* node, const char* local_name);
std::string text_content(const xmlNode* node);
// The same text without a copy when one text node holds it all (a w:t nearly always): a view into the tree, or
// into `scratch` when the text is split between nodes. Valid while the tree (and `scratch`) is.
std::string_view text_view(const xmlNode* node, std::string& scratch);
// Whether `bytes` hold a DOCTYPE or an entity declaration, found from their `!`: an ASCII `!` is rare in a part
// (Chinese text writes the full-width ！), while a search from `<` would stop at every tag.
inline bool declares_a_dtd(std::string_view bytes) {
  for (auto at = bytes.find('!'); at != std::string_view::npos; at = bytes.find('!', at + 1)) {
    if (at == 0 || bytes[at - 1] != '<') continue;
    const std::string_view declared = bytes.substr(at + 1);
    if (declared.starts_with("DOCTYPE") || declared.starts_with("ENTITY")) return true;
  }
  return false;
}

inline XmlDocument parse_safe_xml(std::string_view bytes, const std::string& part) {
  if (declares_a_dtd(bytes)) {
    throw std::runtime_error("unsafe XML in " + part + ": DOCTYPE or entity declarations are not allowed");
  }
  // No XML_PARSE_NOENT (entities stay unexpanded), no DTD loading, no network; errors are not printed.
  // XML_PARSE_COMPACT keeps short text in its node instead of a separate allocation: the tree is read-only.
  const int options =
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS | XML_PARSE_COMPACT;
  xmlResetLastError();
  XmlDocument document(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), part.c_str(), nullptr, options),
                       &xmlFreeDoc);
  if (!document || xmlDocGetRootElement(document.get()) == nullptr) {
    const xmlError* error = xmlGetLastError();
    const std::string message = error != nullptr && error->message != nullptr ? error->message : "";
    // libxml2 stops at 256 levels of nesting (without XML_PARSE_HUGE): a limit, not broken XML.
    if (message.find("depth") != std::string::npos) {
      throw std::runtime_error("XML in " + part + " nests elements deeper than the parser's limit of 256 levels");
    }
    std::string detail = message.substr(0, message.find_last_not_of(" \n") + 1);
    if (error != nullptr && error->line > 0) detail += " (line " + std::to_string(error->line) + ")";
    throw std::runtime_error("malformed XML in " + part + (detail.empty() ? "" : ": " + detail));
  }
  // The text check above sees only ASCII-compatible encodings; a UTF-16 part hides its DOCTYPE from it.
  if (document->intSubset != nullptr || document->extSubset != nullptr) {
    throw std::runtime_error("unsafe XML in " + part + ": DOCTYPE or entity declarations are not allowed");
  }
  return document;
}

inline bool is_element(const xmlNode* node, const char* local_name) {
  // The first letters compared here: readers ask of every element whether it is one of a dozen names, and a
  // call to strcmp for each was a twentieth of reading a DOCX.
  return node != nullptr && node->type == XML_ELEMENT_NODE && node->name[0] == static_cast<xmlChar>(local_name[0]) &&
         std::strcmp(reinterpret_cast<const char*>(node->name), local_name) == 0;
}

inline const xmlNode* child_element(const xmlNode* node, const char* local_name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (is_element(child, local_name)) return child;
  }
  return nullptr;
}

inline std::vector<const xmlNode*> child_elements(const xmlNode* node, const char* local_name) {
  std::vector<const xmlNode*> children;
  if (node == nullptr) return children;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (is_element(child, local_name)) children.push_back(child);
  }
  return children;
}

inline std::string attribute(const xmlNode* node, const char* local_name) {
  if (node == nullptr) return {};
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), local_name) == 0 && a->children != nullptr) {
      return reinterpret_cast<const char*>(a->children->content);
    }
  }
  return {};
}

inline std::string text_content(const xmlNode* node) {
  std::string text;
  for (const xmlNode* child = node ? node->children : nullptr; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
      text += reinterpret_cast<const char*>(child->content);
  }
  return text;
}

inline std::string_view text_view(const xmlNode* node, std::string& scratch) {
  const xmlNode* only = nullptr;
  for (const xmlNode* child = node ? node->children : nullptr; child != nullptr; child = child->next) {
    if (child->type != XML_TEXT_NODE && child->type != XML_CDATA_SECTION_NODE) continue;
    if (only != nullptr) {  // split (a CDATA section beside text): joined as text_content joins it
      scratch = text_content(node);
      return scratch;
    }
    only = child;
  }
  if (only == nullptr || only->content == nullptr) return {};
  return reinterpret_cast<const char*>(only->content);
}

}  // namespace docpipe
