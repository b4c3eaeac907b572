// input.html reads a web archive (MHTML: Word's 单个文件网页, a browser's single-file page; tests/data/mhtml, written
// by scripts/make-mhtml-fixtures.py) as the page inside it: the same text, section tree and metrics as the same
// report's DOCX or HTML, whatever the archive is named; a damaged archive is an error row or a partial read, never a
// crash.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docpipe/decimal.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using ::testing::HasSubstr;

std::string without_spaces(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\n') out += c;
  }
  return out;
}

std::vector<std::string> section_tree(const Document& document) {
  std::vector<std::string> tree;
  for (const auto& s : document.sections) {
    tree.push_back(s.id + "|" + s.parent + "|" + std::to_string(s.level) + "|" + s.number + "|" +
                   without_spaces(s.title));
  }
  return tree;
}

std::vector<std::string> metric_list(const Document& document) {
  std::vector<std::string> metrics;
  for (const auto& m : document.metrics) {
    metrics.push_back(format_decimal(m.value) + "|" + m.unit + "|" + without_spaces(m.text) + "|" + m.section);
  }
  return metrics;
}

void expect_same_report(const Document& archive, const Document& reference) {
  ASSERT_EQ(archive.status, DocumentStatus::ok) << archive.error;
  EXPECT_EQ(archive.format, "html");
  EXPECT_EQ(archive.metadata.get("web_archive"), "mhtml");
  EXPECT_EQ(without_spaces(archive.text), without_spaces(reference.text));
  EXPECT_THAT(section_tree(archive), ::testing::ElementsAreArray(section_tree(reference)));
  EXPECT_THAT(metric_list(archive), ::testing::ElementsAreArray(metric_list(reference)));
  for (const char* key : {"title", "region", "year"}) {
    EXPECT_EQ(archive.metadata.get(key), reference.metadata.get(key)) << key;
  }
}

const std::filesystem::path kArchives = test::kTestData / "mhtml";

TEST(WebArchive, WordsSingleFilePageInGb2312ReadsAsTheSameReportsDocx) {
  const Document archive = test::process_with_default_pipeline(kArchives / "003-word-gb2312.mht");
  expect_same_report(archive,
                     test::process_with_default_pipeline(test::kTestData / "formats" / "003_f3ad0f8b935bdfdd.docx"));
  EXPECT_EQ(archive.encoding, "GB18030");
  EXPECT_EQ(archive.metadata.get("web_archive_address"), "");  // Word names the page file:///C:/…, no address
  EXPECT_EQ(without_spaces(archive.text),
            without_spaces(test::process_with_default_pipeline(kArchives / "003-word-gb2312.txt").text));
}

TEST(WebArchive, AnArchiveServedUnderADocNameIsReadByItsContent) {
  const Document archive = test::process_with_default_pipeline(kArchives / "000-word-utf8-served.doc");
  expect_same_report(archive,
                     test::process_with_default_pipeline(test::kTestData / "formats" / "000_cef3d45027b726e1.docx"));
  EXPECT_EQ(archive.encoding, "UTF-8");
}

// Word's 单个文件网页 saved with its Unicode encoding names the page's charset `unicode`: UTF-16LE, here without a
// BOM, every zero byte an escape.
TEST(WebArchive, WordsUnicodeArchiveReadsAsUtf16AndAsTheSameReportsDocx) {
  const Document archive = test::process_with_default_pipeline(kArchives / "004-word-unicode.mht");
  expect_same_report(archive,
                     test::process_with_default_pipeline(test::kTestData / "formats" / "004_a8147dcb4b98a366.docx"));
  EXPECT_EQ(archive.encoding, "UTF-16LE");
  EXPECT_EQ(archive.metadata.get("declared_encoding"), "unicode");
  EXPECT_EQ(without_spaces(archive.text),
            without_spaces(test::process_with_default_pipeline(kArchives / "004-word-unicode.txt").text));
}

TEST(WebArchive, ABrowsersSingleFilePageReadsExactlyAsThePageItself) {
  const Document archive = test::process_with_default_pipeline(kArchives / "001-browser-single-file.mht");
  const Document page = test::process_with_default_pipeline(test::kTestData / "html" / "02-zoom-utf8.html");
  expect_same_report(archive, page);
  EXPECT_EQ(archive.text, page.text);
  EXPECT_EQ(archive.metadata.get("published"), page.metadata.get("published"));
  EXPECT_EQ(archive.metadata.get("published"), "2024-12-17");
  EXPECT_EQ(archive.metadata.get("web_archive_address"), "https://www.pudong.gov.cn/zwgk/fzzfjs/2024/1217/001.html");
}

std::string archive_of(const std::string& part_headers, const std::string& body) {
  return "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"=_b\"\r\n\r\n--=_b\r\n" + part_headers +
         "\r\n\r\n" + body + "\r\n--=_b--\r\n";
}

Document read_archive(const std::string& bytes) {
  const test::TemporaryDirectory directory;
  test::write_file(directory.path() / "report.mht", bytes);
  return test::process_with_default_pipeline(directory.path() / "report.mht");
}

// Quoted-printable cuts a line wherever 76 characters end, inside a character's bytes too; lower-case escapes are
// not canonical but are written.
TEST(WebArchive, SoftLineBreaksInsideACharacterAreJoined) {
  const Document document = read_archive(archive_of(
      "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable",
      "<html><body><p>=E4=B8=80=E3=80=81=E5=B7=A5=E4=BD=9C=E6=83=85=E5=86=B5</p><p>=E5=85=A8=E5=B9=B4=E5=BC=80=\r\n"
      "=E5=B1=95=E8=AE=B2=E5=BA=A7=\n12=e5=9c=ba=E3=80=82</p></body></html>"));
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_THAT(document.text, HasSubstr("全年开展讲座12场。"));
  ASSERT_EQ(document.metrics.size(), 1u);
  EXPECT_EQ(format_decimal(document.metrics[0].value), "12");
}

// The page declares no charset; the part's header does: Big5 bytes would also decode as GB18030, wrongly.
TEST(WebArchive, ThePartsCharsetStandsForAPageWithoutADeclaration) {
  const std::string big5_report = "\xaa\x6b\xaa\x76\xac\x46\xa9\xb2";  // 法治政府 in Big5
  const Document document = read_archive(
      archive_of("Content-Type: text/html; charset=\"big5\"\r\nContent-Transfer-Encoding: 8bit",
                 "<html><body><p>" + big5_report + big5_report + big5_report + big5_report + "</p></body></html>"));
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_THAT(document.text, HasSubstr("法治政府法治政府"));
}

std::string utf16(const std::u16string& text, bool little_endian) {
  std::string bytes;
  for (const char16_t unit : text) {
    const char high = static_cast<char>(unit >> 8);
    const char low = static_cast<char>(unit & 0xFF);
    bytes += little_endian ? std::string{low, high} : std::string{high, low};
  }
  return bytes;
}

const std::u16string kSmallPage = u"<html><body><p>一、工作开展情况</p><p>全年开展法治讲座12场。</p></body></html>";

// `unicode` is UTF-16LE with a BOM or without; `unicodeFFFE` is UTF-16BE.
TEST(WebArchive, WordsUnicodeCharsetNamesUtf16WithOrWithoutBom) {
  const struct {
    const char* charset;
    std::string page;
    const char* encoding;
  } cases[] = {{"unicode", utf16(kSmallPage, true), "UTF-16LE"},
               {"unicode", "\xFF\xFE" + utf16(kSmallPage, true), "UTF-16LE"},
               {"unicodeFFFE", utf16(kSmallPage, false), "UTF-16BE"},
               {"unicodeFFFE", "\xFE\xFF" + utf16(kSmallPage, false), "UTF-16BE"}};
  for (const auto& c : cases) {
    const Document document = read_archive(archive_of(
        std::string("Content-Type: text/html; charset=\"") + c.charset + "\"\r\nContent-Transfer-Encoding: binary",
        c.page));
    ASSERT_EQ(document.status, DocumentStatus::ok) << c.charset << ": " << document.error;
    EXPECT_EQ(document.encoding, c.encoding) << c.charset;
    EXPECT_THAT(document.text, HasSubstr("全年开展法治讲座12场。")) << c.charset;
    ASSERT_EQ(document.metrics.size(), 1u) << c.charset;
    EXPECT_EQ(format_decimal(document.metrics[0].value), "12");
  }
}

// A part of nothing but Chinese text has no ASCII whose zero bytes tell the order: its name does (`unicode` is
// Windows' UTF-16LE, which ICU would read as big-endian).
TEST(WebArchive, AChineseOnlyUnicodePartIsReadInItsNamesByteOrder) {
  const std::u16string text =
      u"<p>全年开展法治宣传活动一百二十场次，受理行政复议申请十五件，化解矛盾纠纷三百余起。</p>";
  for (const bool little_endian : {true, false}) {
    const Document document = read_archive(archive_of(std::string("Content-Type: text/html; charset=\"") +
                                                          (little_endian ? "unicode" : "unicodeFFFE") +
                                                          "\"\r\nContent-Transfer-Encoding: binary",
                                                      utf16(text, little_endian)));
    ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
    EXPECT_EQ(document.encoding, little_endian ? "UTF-16LE" : "UTF-16BE");
    EXPECT_THAT(document.text, HasSubstr("受理行政复议申请十五件")) << little_endian;
  }
}

// A page labelled `unicode` whose bytes are UTF-8 (a producer's wrong label) is read by its bytes, as ever.
TEST(WebArchive, APageMislabelledUnicodeIsReadByItsBytes) {
  const Document document =
      read_archive(archive_of("Content-Type: text/html; charset=\"unicode\"\r\nContent-Transfer-Encoding: 8bit",
                              "<html><body><p>全年开展法治讲座12场。</p></body></html>"));
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_EQ(document.encoding, "UTF-8");
  EXPECT_THAT(document.text, HasSubstr("全年开展法治讲座12场。"));
}

// Word writes a paragraph's outline level (大纲级别) as mso-outline-level: a heading with no marker is still one,
// at that level, as input.docx reads w:outlineLvl.
TEST(WebArchive, WordsOutlineLevelsMakeHeadingsWithoutMarkers) {
  const Document document = read_archive(archive_of(
      "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit",
      "<html><body><div class=WordSection1>"
      "<p class=MsoNormal align=center style='text-align:center'>某某县司法局2024年法治政府建设年度报告</p>"
      "<p class=MsoNormal style='mso-outline-level:1'><b>主要举措和成效<o:p></o:p></b></p>"
      "<p class=MsoNormal style='text-indent:32.0pt'>全年开展法治讲座<span lang=EN-US>12</span>场。<o:p></o:p></p>"
      "<p class=MsoNormal style='mso-outline-level:2'>普法宣传<o:p></o:p></p>"
      "<p class=MsoNormal style='text-indent:32.0pt'>发放宣传资料<span lang=EN-US>3000</span>份。<o:p></o:p></p>"
      "<p class=MsoNormal style='mso-outline-level:1'>存在的不足和原因<o:p></o:p></p>"
      "<p class=MsoNormal style='text-indent:32.0pt'>基层执法力量不足。<o:p></o:p></p>"
      "</div></body></html>"));
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_THAT(test::section_headings(document),
              ::testing::ElementsAre(HasSubstr("1  主要举措和成效"), HasSubstr("2  普法宣传"),
                                     HasSubstr("1  存在的不足和原因")));
}

// A page in a multipart/alternative beside its plain-text copy, under a boundary that opens with the outer one's.
TEST(WebArchive, APageInsideANestedMultipartIsFound) {
  const Document document = read_archive(
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"=_b\"\r\n\r\n"
      "--=_b\r\nContent-Type: multipart/alternative; boundary=\"=_b-alt\"\r\n\r\n"
      "--=_b-alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n全年开展讲座99场。\r\n"
      "--=_b-alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
      "<html><body><p>一、工作情况</p><p>全年开展讲座12场。</p></body></html>\r\n"
      "--=_b-alt--\r\n"
      "--=_b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
      "--=_b--\r\n");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_THAT(document.text, HasSubstr("全年开展讲座12场。"));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("99场")));
}

TEST(WebArchive, AnArchiveWithoutAPageIsAClearError) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "hostile" / "mhtml-no-html-part.mht");
  EXPECT_EQ(document.status, DocumentStatus::error);
  EXPECT_THAT(document.error, HasSubstr("not a readable web archive: none of its 2 parts is an HTML page"));
}

TEST(WebArchive, ABoundaryNeverFoundIsAClearError) {
  const Document document =
      test::process_with_default_pipeline(test::kTestData / "hostile" / "mhtml-boundary-never-found.mht");
  EXPECT_EQ(document.status, DocumentStatus::error);
  EXPECT_THAT(document.error, HasSubstr("its boundary '----=_NextPart_01DB7A2C.5E3F1A90' is never found"));
}

// Damaged archives a mail reader still shows: the page is read as far as it goes.
TEST(WebArchive, DamagedArchivesAreReadAsFarAsTheyGo) {
  for (const char* name : {"mhtml-no-closing-boundary.mht", "mhtml-empty-parts.mht", "mhtml-unknown-charset.mht",
                           "mhtml-bad-escapes.mht", "mhtml-bad-base64.mht"}) {
    const Document document = test::process_with_default_pipeline(test::kTestData / "hostile" / name);
    ASSERT_EQ(document.status, DocumentStatus::ok) << name << ": " << document.error;
    EXPECT_THAT(document.text, HasSubstr("办理行政复议案件3件")) << name;
  }
}

}  // namespace
}  // namespace docpipe
