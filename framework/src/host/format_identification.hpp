// What a file is, by its content, when it is a format docpipe knows it does not read: so that such a
// file gets "unsupported format: RTF document" rather than a confusing message from a plugin that
// tried it, or garbage read as text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace docpipe::host {

struct IdentifiedFormat {
  std::string description;  // "RTF document", "OFD document", "PNG image"; empty when not identified
  // A container that a supported format also uses (an OLE compound file holds both a legacy .doc and a
  // password-protected .docx): the plugin claiming the file's extension may still explain it better.
  bool shared_container = false;
  // When not empty, the container is shared only with files of these extensions (lower case, with the dot): a bare
  // ZIP archive named .docx or .ofd is a damaged package, one named .html is no web page.
  std::vector<std::string> shared_extensions;
};

// Identifies a known unsupported format from the first bytes of a file.
IdentifiedFormat identify_unsupported_format(std::string_view head);

}  // namespace docpipe::host
