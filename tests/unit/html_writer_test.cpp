// HtmlWriter writes the bytes libxml2's xmlTextWriter wrote for the same calls (the review pages and the
// golden outputs were made with it), for every kind of text a report holds, and keeps its markup well-formed.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include <functional>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "html_writer.hpp"

namespace docpipe::html {
namespace {

// The same calls made on libxml2's writer, as HtmlWriter made them before it wrote the bytes itself.
class LibxmlWriter {
 public:
  LibxmlWriter() : buffer_(xmlBufferCreate(), &xmlBufferFree) {
    writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
    xmlTextWriterWriteDTD(writer_.get(), BAD_CAST "html", nullptr, nullptr, nullptr);
    xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "\n");
  }
  void start(const char* element) { xmlTextWriterStartElement(writer_.get(), BAD_CAST element); }
  void end() { xmlTextWriterFullEndElement(writer_.get()); }
  void end_void() { xmlTextWriterEndElement(writer_.get()); }
  void attribute(const char* name, std::string_view value) {
    const std::string safe = markup_safe(value);
    xmlTextWriterWriteAttribute(writer_.get(), BAD_CAST name, BAD_CAST safe.c_str());
  }
  void text(std::string_view value) {
    const std::string safe = markup_safe(value);
    xmlTextWriterWriteString(writer_.get(), BAD_CAST safe.c_str());
  }
  void element(const char* name, std::string_view value) {
    start(name);
    text(value);
    end();
  }
  void style(std::string_view css) {
    start("style");
    xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "/*<![CDATA[*/\n");
    xmlTextWriterWriteRawLen(writer_.get(), BAD_CAST css.data(), static_cast<int>(css.size()));
    xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "\n/*]]>*/");
    end();
  }
  void script(std::string_view js) {
    start("script");
    xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "//<![CDATA[\n");
    xmlTextWriterWriteRawLen(writer_.get(), BAD_CAST js.data(), static_cast<int>(js.size()));
    xmlTextWriterWriteRaw(writer_.get(), BAD_CAST "\n//]]>");
    end();
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

// Runs the same page on both writers.
template <typename Page>
void expect_same_bytes(const Page& page) {
  HtmlWriter ours;
  LibxmlWriter theirs;
  page(ours);
  page(theirs);
  EXPECT_EQ(ours.finish(), theirs.finish());
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

TEST(HtmlWriter, WritesWhatLibxml2WroteForEveryKindOfText) {
  for (const auto& text : kTexts) {
    SCOPED_TRACE(text);
    const auto page = [&](auto& w) {
      w.start("html");
      w.attribute("lang", "zh-CN");
      w.start("head");
      w.start("meta");
      w.attribute("charset", "utf-8");
      w.end_void();
      w.style("body { color: red; }");
      w.script("var a = 1 < 2 && 3 > 2;");
      w.end();
      w.start("body");
      w.start("p");
      w.attribute("title", text);
      w.attribute("data-empty", "");
      w.text(text);
      w.start("span");
      w.end();
      w.element("b", text);
      w.end();
      w.start("br");
      w.end_void();
      w.start("p");
      w.text("closed by finish");
    };
    expect_same_bytes(page);
  }
}

TEST(HtmlWriter, WritesWhatLibxml2WroteForRandomText) {
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
      w.text(text);
      w.end();
    });
  }
}

TEST(HtmlWriter, RefusesAnAttributeAfterContent) {
  HtmlWriter w;
  w.start("p");
  w.text("content");
  EXPECT_THROW(w.attribute("class", "late"), std::logic_error);
}

TEST(HtmlWriter, RefusesToCloseMoreElementsThanItOpened) {
  HtmlWriter w;
  w.start("p");
  w.end();
  EXPECT_THROW(w.end(), std::logic_error);
  EXPECT_THROW(w.end_void(), std::logic_error);
}

TEST(HtmlWriter, RefusesInlineCodeThatWouldEndItsSection) {
  HtmlWriter w;
  EXPECT_THROW(w.style("a { content: ']]>'; }"), std::logic_error);
  EXPECT_THROW(w.script("document.write('</script>')"), std::logic_error);
}

}  // namespace
}  // namespace docpipe::html
