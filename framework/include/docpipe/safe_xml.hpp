// XML parts parsed with libxml2 and no network, no DTD and no entities: a part with a DOCTYPE or an
// entity declaration is refused (Word and OFD writers never write one; XXE and "billion laughs" need one).
// Needs libxml2.
#pragma once

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <cstddef>
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

namespace detail {

// One parser context a thread, kept for every part it parses: making and freeing a context and its dictionary for
// each of a document's parts was some 1.7 M instructions per 100 DOCX (four parts each), and the dictionary already
// holds the names the next document's parts use (w:p, w:r, w:t…). The dictionary keeps every name and short text
// it was given, so the context is made anew after kMostParses parts or once its strings take kMostDictionaryBytes:
// a batch of documents each with names of their own cannot grow it without bound. libxml2 refuses a part whose
// names pass a limit of the whole dictionary (XML_MAX_DICTIONARY_LIMIT); the limit is moved up by what earlier parts
// left, so a part parses as it would with a context of its own. A document parsed holds its own reference to the
// dictionary, so a tree outlives the context that made it.
class ReusedParserContext {
 public:
  // The context for the next part, fresh or reset.
  xmlParserCtxt* next() {
    if (context_ && (parses_ >= kMostParses || xmlDictGetUsage(context_->dict) > kMostDictionaryBytes)) {
      context_.reset();
    }
    if (!context_) {
      context_.reset(xmlNewParserCtxt());
      parses_ = 0;
      if (!context_) return nullptr;
    }
    ++parses_;
    xmlDictSetLimit(context_->dict, xmlDictGetUsage(context_->dict) + XML_MAX_DICTIONARY_LIMIT);
    return context_.get();
  }
  // Drops what the last parse left in the context (its input, a copy of the part's bytes), keeping the dictionary.
  void release_input() {
    if (context_) xmlCtxtReset(context_.get());
  }

 private:
  static constexpr int kMostParses = 1024;
  static constexpr std::size_t kMostDictionaryBytes = std::size_t{1} << 20;
  struct FreeContext {
    void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
  };
  std::unique_ptr<xmlParserCtxt, FreeContext> context_;
  int parses_ = 0;
};

inline ReusedParserContext& parser_context_of_this_thread() {
  thread_local ReusedParserContext context;
  return context;
}

}  // namespace detail

inline XmlDocument parse_safe_xml(std::string_view bytes, const std::string& part) {
  if (declares_a_dtd(bytes)) {
    throw std::runtime_error("unsafe XML in " + part + ": DOCTYPE or entity declarations are not allowed");
  }
  // No XML_PARSE_NOENT (entities stay unexpanded), no DTD loading, no network; errors are not printed.
  // XML_PARSE_COMPACT keeps short text in its node instead of a separate allocation: the tree is read-only.
  const int options =
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS | XML_PARSE_COMPACT;
  xmlResetLastError();
  detail::ReusedParserContext& reused = detail::parser_context_of_this_thread();
  xmlParserCtxt* context = reused.next();
  XmlDocument document(
      context != nullptr
          ? xmlCtxtReadMemory(context, bytes.data(), static_cast<int>(bytes.size()), part.c_str(), nullptr, options)
          : xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), part.c_str(), nullptr, options),
      &xmlFreeDoc);
  reused.release_input();
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
