// MarkupWriter writes the bytes libxml2's xmlTextWriter wrote for the same calls (the XML files, the review
// pages and the golden outputs were made with it), indented as output.xml writes or not as output.html
// does, for every kind of text a report holds, and keeps its markup well-formed.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "docpipe/markup_writer.hpp"
#include "html_writer.hpp"

namespace docpipe {
namespace {

// The same calls made on libxml2's writer, as output.xml (indented, declared UTF-8) and output.html (a
// DOCTYPE, no declared encoding) made them before they wrote the bytes themselves.
class LibxmlWriter {
 public:
  explicit LibxmlWriter(bool xml) : buffer_(xmlBufferCreate(), &xmlBufferFree) {
    writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
    if (xml) {
      xmlTextWriterSetIndent(writer_.get(), 1);
      xmlTextWriterSetIndentString(writer_.get(), BAD_CAST "  ");
      xmlTextWriterStartDocument(writer_.get(), "1.0", "UTF-8", nullptr);
    } else {
      xmlTextWriterWriteDTD(writer_.get(), BAD_CAST "html", nullptr, nullptr, nullptr);
      xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "\n");
    }
  }
  void start(const char* element) { xmlTextWriterStartElement(writer_.get(), BAD_CAST element); }
  void end() { xmlTextWriterEndElement(writer_.get()); }
  void end_with_tag() { xmlTextWriterFullEndElement(writer_.get()); }
  void attribute(const char* name, std::string_view value) {
    const std::string safe = xml_safe_copy(value);
    xmlTextWriterWriteAttribute(writer_.get(), BAD_CAST name, BAD_CAST safe.c_str());
  }
  void text(std::string_view value) {
    const std::string safe = xml_safe_copy(value);
    xmlTextWriterWriteString(writer_.get(), BAD_CAST safe.c_str());
  }
  void raw(std::string_view bytes) {
    xmlTextWriterWriteRawLen(writer_.get(), BAD_CAST bytes.data(), static_cast<int>(bytes.size()));
  }
  std::string finish() {
    xmlTextWriterEndDocument(writer_.get());
    writer_.reset();
    std::string out(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                    static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
    if (out.empty() || out.back() != '\n') out += '\n';
    return out;
  }

 private:
  std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer_;
  std::unique_ptr<xmlTextWriter, decltype(&xmlFreeTextWriter)> writer_{nullptr, &xmlFreeTextWriter};
};

MarkupWriter xml_writer() {
  MarkupWriter w({.indent = true, .ascii_attributes = false});
  w.prolog("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  return w;
}

MarkupWriter html_writer() {
  MarkupWriter w({.indent = false, .ascii_attributes = true});
  w.prolog("<!DOCTYPE html>\n");
  return w;
}

// Runs the same calls on both writers, in both of the outputs' modes.
template <typename Calls>
void expect_same_bytes(const Calls& calls) {
  for (const bool xml : {true, false}) {
    SCOPED_TRACE(xml ? "xml" : "html");
    MarkupWriter ours = xml ? xml_writer() : html_writer();
    LibxmlWriter theirs(xml);
    calls(ours);
    calls(theirs);
    EXPECT_EQ(ours.finish(), theirs.finish());
  }
}

const std::vector<std::string> kTexts = {
    "",
    "全年共办理行政复议案件12件，同比增长8.5%。",
    "a < b && c > d \"quoted\" 'single'",
    "line one\nline two\r\nthird\ttabbed",
    "emoji 😀 and rare 𠀋 and U+FFFD \xEF\xBF\xBD",
    std::string("control \x01 and \x1F and nul ") + '\0' + " inside",
    "broken \xE4\xB8 utf-8 \xFF bytes",
    "noncharacter \xEF\xBF\xBE and \xEF\xBF\xBF",
    "&amp; already escaped &#10;",
    "×÷—…“”‘’（）【】《》、。",
};

// The shapes both outputs write: nested elements, elements with text, empty ones, attributes of every kind.
TEST(MarkupWriter, WritesWhatLibxml2WroteForEveryKindOfText) {
  for (const auto& text : kTexts) {
    SCOPED_TRACE(text);
    expect_same_bytes([&](auto& w) {
      w.start("document");
      w.attribute("xmlns", "urn:docpipe:document:1");
      w.attribute("title", text);
      w.start("metadata");
      w.start("entry");
      w.attribute("key", "title");
      w.text(text);
      w.end();
      w.start("entry");
      w.attribute("key", "empty");
      w.text("");
      w.end();
      w.end();
      w.start("text");
      w.attribute("xml:space", "preserve");
      w.text(text);
      w.end();
      w.start("blocks");
      w.start("block");
      w.attribute("kind", "paragraph");
      w.attribute("data-empty", "");
      w.end();
      w.start("block");
      w.end_with_tag();
      w.end();
      w.start("style");
      w.raw("/*<![CDATA[*/\nbody { color: red; }\n/*]]>*/");
      w.end_with_tag();
      w.start("p");
      w.text("closed by finish");
    });
  }
}

TEST(MarkupWriter, WritesWhatLibxml2WroteForRandomText) {
  std::mt19937 random(18);
  // Mostly Chinese and ASCII punctuation, with now and then a byte of anything.
  const std::vector<std::string> pieces = {"法", "治", "年",           "报",  "告", "，", "。", "%", "<",
                                           ">",  "&",  "\"",           "'",   "\n", "\r", "\t", " ", "1",
                                           "a",  "😀",  "\xEF\xBF\xBE", "\x7F"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 40);
    for (int i = 0; i < length; ++i) {
      if (random() % 20 == 0) {
        text += static_cast<char>(random() % 256);
      } else {
        text += pieces[random() % pieces.size()];
      }
    }
    SCOPED_TRACE(round);
    expect_same_bytes([&](auto& w) {
      w.start("div");
      w.attribute("data-text", text);
      w.start("span");
      w.text(text);
      w.end();
      // Mixed content, as a review page's marked line has.
      w.start("p");
      w.text(text);
      w.start("mark");
      w.attribute("title", text);
      w.text(text);
      w.end_with_tag();
      w.text(text);
      w.start("br");
      w.end();
      w.end_with_tag();
      w.end();
    });
  }
}

// output.xml reports how many characters it had to replace.
TEST(MarkupWriter, CountsTheCharactersItReplaced) {
  MarkupWriter w({});
  w.start("p");
  w.attribute("a", std::string("x\x01y"));
  w.text(std::string("\x02\x03 ok \xEF\xBF\xBE"));
  EXPECT_EQ(w.replaced(), 4u);
}

TEST(MarkupWriter, RefusesAnAttributeAfterContent) {
  MarkupWriter w({});
  w.start("p");
  w.text("content");
  EXPECT_THROW(w.attribute("class", "late"), std::logic_error);
}

TEST(MarkupWriter, RefusesToCloseMoreElementsThanItOpened) {
  MarkupWriter w({});
  w.start("p");
  w.end();
  EXPECT_THROW(w.end(), std::logic_error);
  EXPECT_THROW(w.end_with_tag(), std::logic_error);
}

TEST(HtmlWriter, RefusesInlineCodeThatWouldEndItsSection) {
  html::HtmlWriter w;
  EXPECT_THROW(w.style("a { content: ']]>'; }"), std::logic_error);
  EXPECT_THROW(w.script("document.write('</script>')"), std::logic_error);
}

}  // namespace
}  // namespace docpipe
