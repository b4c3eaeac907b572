// docpipe/safe_xml.hpp keeps one libxml2 parser context a thread between parts: the trees it gives are those a
// context of their own gave, they outlive the context, and the context (with its dictionary) is made anew in time.
#include "docpipe/safe_xml.hpp"

#include <gtest/gtest.h>
#include <libxml/xmlsave.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace {

std::string serialized(xmlDoc* document) {
  xmlChar* bytes = nullptr;
  int size = 0;
  xmlDocDumpMemory(document, &bytes, &size);
  std::string text(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
  xmlFree(bytes);
  return text;
}

// As libxml2 parses a part with a context of its own (what parse_safe_xml did before it kept one).
std::string parsed_alone(const std::string& bytes) {
  const int options =
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS | XML_PARSE_COMPACT;
  xmlDoc* document = xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "part", nullptr, options);
  EXPECT_NE(document, nullptr);
  std::string text = serialized(document);
  xmlFreeDoc(document);
  return text;
}

const std::string kBody =
    R"(<w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t>青石县2024年</w:t></w:r></w:p></w:body></w:document>)";
const std::string kStyles =
    R"(<w:styles xmlns:w="urn:w"><w:style w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>)";
const std::string kOwnNames = R"(<root><a1 x="1">一</a1><b2>ab</b2><c3/></root>)";

TEST(SafeXmlContext, PartsParsedOneAfterAnotherAreTheTreesEachGotAlone) {
  for (const std::string* part : {&kBody, &kStyles, &kOwnNames, &kBody, &kOwnNames, &kStyles}) {
    const docpipe::XmlDocument document = docpipe::parse_safe_xml(*part, "part");
    EXPECT_EQ(serialized(document.get()), parsed_alone(*part));
  }
  // A malformed part in between is refused as before and leaves nothing behind for the next.
  EXPECT_THROW(docpipe::parse_safe_xml("<w:document><w:body>", "word/document.xml"), std::runtime_error);
  const docpipe::XmlDocument after = docpipe::parse_safe_xml(kBody, "part");
  EXPECT_EQ(serialized(after.get()), parsed_alone(kBody));
}

TEST(SafeXmlContext, OneDictionaryServesTheNextPartsAndTreesOutliveTheContext) {
  const docpipe::XmlDocument first = docpipe::parse_safe_xml(kBody, "first");
  const docpipe::XmlDocument second = docpipe::parse_safe_xml(kStyles, "second");
  ASSERT_NE(first->dict, nullptr);
  EXPECT_EQ(first->dict, second->dict);  // the context was kept: its names are looked up, not made again
  // Past the number of parts a context serves, a new one (a new dictionary) parses; the trees kept from the old
  // one still read.
  std::vector<docpipe::XmlDocument> later;
  bool renewed = false;
  for (int i = 0; i < 2100 && !renewed; ++i) {
    later.push_back(docpipe::parse_safe_xml(kOwnNames, "part"));
    renewed = later.back()->dict != first->dict;
  }
  EXPECT_TRUE(renewed);
  EXPECT_STREQ(reinterpret_cast<const char*>(xmlDocGetRootElement(first.get())->name), "document");
  EXPECT_EQ(serialized(first.get()), parsed_alone(kBody));
}

}  // namespace
