// Serializes one Document as XML following docs/schema/docpipe.xsd.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <vector>

#include "docpipe/document.hpp"
#include "docpipe/findings.hpp"

namespace docpipe::xml {

inline constexpr const char* kNamespace = "urn:docpipe:document:1";

// The whole XML file for `document`, UTF-8, indented.
std::string serialize_document(const Document& document);

// findings.xml: the corpus stage's findings across the run's documents (root element <findings>).
std::string serialize_findings(const std::vector<Finding>& findings);

}  // namespace docpipe::xml
