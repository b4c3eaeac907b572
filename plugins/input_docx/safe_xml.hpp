// XML parts parsed with libxml2 and no network, no DTD and no entities: a part with a DOCTYPE or an
// entity declaration is refused (Word never writes one; XXE and "billion laughs" need one).
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace docpipe::docx {

using XmlDocument = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

// Throws std::runtime_error naming `part` when the XML is unsafe or malformed.
XmlDocument parse_safe_xml(std::string_view bytes, const std::string& part);

// Element helpers that compare local names, so WordprocessingML of any vintage (2006 OOXML,
// strict OOXML, Word 2003 XML) reads alike.
bool is_element(const xmlNode* node, const char* local_name);
const xmlNode* child_element(const xmlNode* node, const char* local_name);
std::vector<const xmlNode*> child_elements(const xmlNode* node, const char* local_name);
// An attribute by local name (w:val, w:ilvl …); "" when absent.
std::string attribute(const xmlNode* node, const char* local_name);
std::string text_content(const xmlNode* node);

}  // namespace docpipe::docx
