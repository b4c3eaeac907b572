// The DOCX floor for bench/run.sh: the least any DOCX reader must do, in one process, per file — open the
// zip (libzip), inflate word/document.xml, parse it (libxml2) and collect the text of every w:t element.
// docpipe's DOCX batch is measured against this.   docpipe_floor_docx FILE...
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

namespace {

void collect_text(const xmlNode* node, std::string& text) {
  for (; node != nullptr; node = node->next) {
    if (node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), "t") == 0) {
      for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type == XML_TEXT_NODE) text += reinterpret_cast<const char*>(child->content);
      }
    }
    collect_text(node->children, text);
  }
}

std::string document_xml(const char* path) {
  int error = 0;
  std::unique_ptr<zip_t, decltype(&zip_discard)> archive(zip_open(path, ZIP_RDONLY, &error), &zip_discard);
  if (!archive) return {};
  zip_stat_t stat;
  if (zip_stat(archive.get(), "word/document.xml", 0, &stat) != 0) return {};
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive.get(), "word/document.xml", 0),
                                                          &zip_fclose);
  if (!file) return {};
  std::string bytes(stat.size, '\0');
  if (zip_fread(file.get(), bytes.data(), bytes.size()) != static_cast<zip_int64_t>(bytes.size())) return {};
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t characters = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string xml = document_xml(argv[i]);
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr, XML_PARSE_NONET), &xmlFreeDoc);
    if (!document) continue;
    std::string text;
    collect_text(xmlDocGetRootElement(document.get()), text);
    characters += text.size();
  }
  std::printf("%zu bytes of text\n", characters);
}
