// OCR in input.pdf, input.image and input.ofd on one-page fixtures (tests/data/scans, made by
// scripts/make-scan-fixtures.py; the OFD packages are built here around page.png): which pages are recognised, mixed
// PDFs and OFDs in reading order, red seals, images, limits, metadata; and the modules input.pdf and input.doc load
// when a document needs them (poppler's, Tesseract's, libgsf's).
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zip.h>

#include <sstream>
#include <tuple>

#include "compound_file.hpp"
#include "image_input.hpp"
#include "mapped_libraries.hpp"
#include "metrics_analysis.hpp"
#include "ofd_input.hpp"
#include "pdf_input.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using test::mapped;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::filesystem::path kScans = test::kTestData / "scans";

// The plugin's parameters at their descriptor defaults, then `overrides`.
PluginContext context_with(const std::vector<std::pair<std::string, std::string>>& overrides = {}) {
  PluginContext context;
  context.parameters.set("max_unreadable_share", 0.3);
  context.parameters.set("remove_artifacts", true);
  for (const auto& spec : ocr::kOcrParameters) {
    std::string raw = spec.default_value;
    for (const auto& [name, value] : overrides) {
      if (name == spec.name) raw = value;
    }
    context.parameters.set(spec.name, *parse_parameter(spec.type, raw));
  }
  return context;
}

Document read_pdf(const std::filesystem::path& file, const PluginContext& context = context_with()) {
  Document document;
  pdf::PdfInput(context).read(test::read_file(file), document);
  return document;
}

Document read_image(const std::filesystem::path& file, const PluginContext& context = context_with()) {
  Document document;
  image::ImageInput(context).read(test::read_file(file), document);
  return document;
}

bool has_warning(const Document& document, const std::string& part) {
  for (const auto& warning : document.metadata.all("warning")) {
    if (warning.find(part) != std::string::npos) return true;
  }
  return false;
}

// First in this file, so that no other test of the program has read a PDF before it (ctest runs each test in a
// process of its own in any case). Poppler's and Tesseract's libraries are most of what input.pdf would otherwise
// load into every run that names it.
TEST(Ocr, PopplerAndTesseractAreLoadedOnlyWhenADocumentNeedsThem) {
  ASSERT_FALSE(mapped("libpoppler"));
  ASSERT_FALSE(mapped("libtesseract"));
  const PluginContext context = context_with();
  pdf::PdfInput input(context);
  EXPECT_FALSE(mapped(pdf::kReaderModuleFile));
  EXPECT_FALSE(mapped("libpoppler"));

  Document digital;
  input.read(test::read_file(test::kTestData / "formats" / "000_cef3d45027b726e1.pdf"), digital);
  EXPECT_FALSE(digital.text.empty());
  EXPECT_TRUE(mapped(pdf::kReaderModuleFile));
  EXPECT_TRUE(mapped("libpoppler-cpp"));
  EXPECT_FALSE(mapped("libtesseract"));
  EXPECT_FALSE(mapped(ocr::kEngineModuleFile));

  Document mixed;
  input.read(test::read_file(kScans / "mixed.pdf"), mixed);
  EXPECT_EQ(mixed.metadata.get("ocr.pages"), "3");
  EXPECT_TRUE(mapped(ocr::kEngineModuleFile));
  EXPECT_TRUE(mapped("libtesseract"));
}

TEST(Ocr, ABornDigitalPdfIsNeverRecognised) {
  const auto document = read_pdf(test::kTestData / "formats" / "000_cef3d45027b726e1.pdf");
  EXPECT_FALSE(document.metadata.contains("ocr"));
  EXPECT_FALSE(document.metadata.contains("ocr.pages"));
  EXPECT_TRUE(document.metadata.all("warning").empty());
}

TEST(Ocr, AMixedPdfReadsItsTextPagesAndItsScannedPageInOrder) {
  const auto document = read_pdf(kScans / "mixed.pdf");
  EXPECT_EQ(document.metadata.get("ocr"), "true");
  EXPECT_EQ(document.metadata.get("ocr.pages"), "3");
  const auto before = document.text.find("接服务");                 // page 2, text layer
  const auto scanned = document.text.find("成功调解诉前纠纷18起");  // page 3, scanned
  const auto after = document.text.find("确保行政执法公正");        // page 4, text layer
  ASSERT_NE(before, std::string::npos);
  ASSERT_NE(scanned, std::string::npos) << document.text;
  ASSERT_NE(after, std::string::npos);
  EXPECT_LT(before, scanned);
  EXPECT_LT(scanned, after);
  // The scanned page's furniture is recorded like a text page's: its "—3—" is not in the text.
  EXPECT_THAT(document.metadata.all("removed.page-number"), ::testing::Contains(HasSubstr("3")));
  bool page_three = false;
  for (const auto& block : document.blocks) page_three |= block.page == 3;
  EXPECT_TRUE(page_three);
}

// 003's last page shows nothing but its "— 6 —": there is nothing to read, and OCR would cost a third of a second.
TEST(Ocr, APageBlankButForItsNumberIsNotRecognised) {
  const auto document = read_pdf(test::kTestData / "formats" / "003_f3ad0f8b935bdfdd.pdf");
  EXPECT_EQ(document.metadata.get("pdf.blank_pages"), "6");
  EXPECT_FALSE(document.metadata.contains("ocr.pages"));
  EXPECT_TRUE(document.metadata.all("warning").empty());  // no page "could not be extracted"
  EXPECT_THAT(document.metadata.all("removed.page-number"), ::testing::Contains("—6—"));
  EXPECT_THAT(document.text, ::testing::EndsWith("2024年12月24日"));
  // Judged only for OCR: with OCR off no page is rendered, and the page is one whose text was not extracted.
  const auto unread =
      read_pdf(test::kTestData / "formats" / "003_f3ad0f8b935bdfdd.pdf", context_with({{"ocr", "false"}}));
  EXPECT_FALSE(unread.metadata.contains("pdf.blank_pages"));
  EXPECT_TRUE(has_warning(unread, "page(s) 6"));
}

// The same number in the text layer over a scan: the page shows more than its number and is recognised.
TEST(Ocr, AScanWithItsNumberAsTextIsRecognised) {
  const auto document = read_pdf(kScans / "numbered-scan.pdf");
  EXPECT_FALSE(document.metadata.contains("pdf.blank_pages"));
  EXPECT_EQ(document.metadata.get("ocr.pages"), "1");
  EXPECT_THAT(document.text, HasSubstr("成功调解诉前纠纷18起"));
}

TEST(Ocr, TheDateUnderARedSealIsRead) {
  const auto document = read_image(kScans / "seal.jpg");
  EXPECT_EQ(document.format, "jpeg");
  EXPECT_THAT(document.text, HasSubstr("泥城镇人民政府"));
  EXPECT_THAT(document.text, HasSubstr("2024年11月27日"));
}

// A table boxed in rules is read row by row once its rules are gone; with them Tesseract took it for one picture
// and read a line of gibberish (区二天国生大汪世基因) with no figure of the table.
TEST(Ocr, ARuledTableIsReadRowByRow) {
  const auto document = read_image(kScans / "ruled_table.png");
  for (const char* part : {"执法领域", "食品安全", "94", "61.30", "药品医疗器械", "28.75", "合计", "286", "158.42",
                           "（二）执法监督", "优秀率45%"}) {
    EXPECT_THAT(document.text, HasSubstr(part));
  }
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("国生大汪")));
}

// The figures of a scanned table are read as a Word table's are, in cells under their header's units: 61.30 under
// 罚没款（万元） is 613,000 元; the prose after the table stays paragraphs.
TEST(Ocr, AScannedTablesFiguresAreMetricsInTheirHeadersUnits) {
  auto document = read_image(kScans / "ruled_table.png");
  int cells = 0;
  for (const Block& block : document.blocks) {
    if (block.kind != BlockKind::table_cell) continue;
    ++cells;
    EXPECT_EQ(block.table, 0);
  }
  EXPECT_EQ(cells, 21);  // a header and six rows of three cells
  document.metadata.set("year", "2024");
  metrics::MetricsAnalysis({"件", "次", "卷", "元"}, {}).analyze(document);
  std::vector<std::string> figures;
  for (const Metric& metric : document.metrics) {
    figures.push_back(fmt::format("{} {}{}", metric.indicator, metric.value, metric.unit));
  }
  EXPECT_THAT(figures,
              ::testing::IsSupersetOf({"食品安全立案数 94件", "食品安全罚没款 613000元", "药品医疗器械罚没款 287500元",
                                       "合计立案数 286件", "合计罚没款 1584200元", "评查案卷 60卷"}));
}

// A page of prose is never a table, however its figures fall.
TEST(Ocr, AScannedPageOfProseHoldsNoTable) {
  const auto document = read_image(kScans / "page.png");
  ASSERT_FALSE(document.text.empty());
  for (const Block& block : document.blocks) EXPECT_NE(block.kind, BlockKind::table_cell) << block.start;
}

TEST(Ocr, PngAndTiffPagesAreReadWithTheirMetadata) {
  for (const char* name : {"page.png", "page.tif"}) {
    const auto document = read_image(kScans / name, context_with({{"ocr_min_confidence", "100"}}));
    EXPECT_THAT(document.text, HasSubstr("法治政府建设")) << name;
    EXPECT_EQ(document.metadata.get("ocr"), "true");
    EXPECT_EQ(document.metadata.get("ocr.pages"), "1");
    EXPECT_EQ(document.metadata.get("ocr.language"), "chi_sim");
    EXPECT_THAT(document.metadata.get("ocr.engine"), StartsWith("tesseract 5"));
    EXPECT_THAT(document.metadata.get("ocr.page_confidence"), StartsWith("1:"));
    const double confidence = std::stod(document.metadata.get("ocr.confidence"));
    EXPECT_GT(confidence, 60) << name;
    // No page reaches 100: every page is reported as below the threshold.
    EXPECT_TRUE(has_warning(document, "below ocr_min_confidence 100")) << name;
  }
  EXPECT_EQ(read_image(kScans / "page.tif").format, "tiff");
}

TEST(Ocr, ThePageLimitLeavesLaterPagesOutWithAWarning) {
  const auto document =
      read_pdf(kScans / "000_cef3d45027b726e1-scan.pdf", context_with({{"ocr_max_pages", "1"}, {"ocr_dpi", "150"}}));
  EXPECT_EQ(document.metadata.get("ocr.pages"), "1");
  EXPECT_EQ(document.metadata.get("ocr.pages_not_read"), "2,3,4");
  EXPECT_TRUE(has_warning(document, "OCR page limit of 1 (ocr_max_pages) reached: page(s) 2,3,4 not read"));
  EXPECT_THAT(document.text, HasSubstr("黄门镇"));
}

// One second is less than a page takes: the first page is cut short, or yields nothing, and the rest are left
// out; either way the time budget is named (as a warning, or in the error when no text was read at all).
TEST(Ocr, TheTimeBudgetStopsOcrAndSaysSo) {
  std::string said;
  try {
    const auto document =
        read_pdf(kScans / "000_cef3d45027b726e1-scan.pdf", context_with({{"ocr_time_budget_seconds", "1"}}));
    for (const auto& warning : document.metadata.all("warning")) said += warning + "\n";
    EXPECT_FALSE(document.metadata.get("ocr.pages_not_read").empty());
  } catch (const std::exception& error) {
    said = error.what();
  }
  EXPECT_THAT(said, HasSubstr("OCR time budget of 1 s (ocr_time_budget_seconds) reached: page(s) "));
}

TEST(Ocr, SwitchedOffAScanIsAnErrorThatSaysSo) {
  try {
    read_pdf(kScans / "000_cef3d45027b726e1-scan.pdf", context_with({{"ocr", "false"}}));
    FAIL() << "no error";
  } catch (const std::exception& error) {
    EXPECT_THAT(error.what(), HasSubstr("OCR is switched off (ocr=false)"));
  }
  EXPECT_THROW(read_image(kScans / "page.png", context_with({{"ocr", "false"}})), std::runtime_error);
}

// A blurred thumbnail OCR reads at a confidence near 10 is noise taken for characters: an error saying why, not a
// document of made-up figures.
TEST(Ocr, AnIllegibleImageIsAnErrorThatSaysWhy) {
  try {
    read_image(kScans / "illegible.jpg");
    FAIL() << "no error";
  } catch (const std::exception& error) {
    EXPECT_THAT(error.what(), HasSubstr("page(s) 1 illegible (OCR confidence under 20"));
  }
}

// --- input.ofd: scanned pages packaged as OFD ---

PluginContext ofd_context_with(const std::vector<std::pair<std::string, std::string>>& overrides = {}) {
  PluginContext context = context_with(overrides);
  context.parameters.set("max_part_megabytes", std::int64_t{64});
  context.parameters.set("max_compression_ratio", 200.0);
  context.parameters.set("max_text_objects_per_page", std::int64_t{100000});
  return context;
}

const std::string kNs = R"(xmlns:ofd="http://www.ofdspec.org/2016")";

// A zip of (name, content) entries written with libzip, read back as bytes.
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& entries) {
  test::TemporaryDirectory directory;
  const auto path = (directory / "package.ofd").string();
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  for (const auto& [name, content] : entries)
    zip_file_add(archive, name.c_str(), zip_source_buffer(archive, content.data(), content.size(), 0), 0);
  EXPECT_EQ(zip_close(archive), 0);  // the buffers must live until here
  return test::read_file(path);
}

// An A4 page of `objects`.
std::string ofd_page(const std::string& objects) {
  return "<ofd:Page " + kNs + R"(><ofd:Content><ofd:Layer ID="9">)" + objects + "</ofd:Layer></ofd:Content></ofd:Page>";
}

// A page that is the scan of a printed page, with the issuing office's seal (a small image) over its end.
const std::string kScannedPage =
    ofd_page(R"(<ofd:ImageObject ID="20" ResourceID="7" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>)"
             R"(<ofd:ImageObject ID="21" ResourceID="8" Boundary="120 240 40 40" CTM="40 0 0 40 0 0"/>)");

// A born-digital page of one heading and one sentence, with the emblem of the letterhead as an image.
const std::string kTextPage = ofd_page(
    R"(<ofd:ImageObject ID="30" ResourceID="8" Boundary="20 15 18 18" CTM="18 0 0 18 0 0"/>)"
    R"(<ofd:TextObject ID="31" Boundary="28 40 160 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 7 5">一、依法全面履职</ofd:TextCode></ofd:TextObject>)"
    R"(<ofd:TextObject ID="32" Boundary="28 52 160 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 15 5">全年受理行政复议申请二十三件。</ofd:TextCode></ofd:TextObject>)");

// An OFD of `pages` whose image 7 (the scan) is `scan` in format `format` and image 8 (the seal) a small PNG.
std::string ofd_of(const std::vector<std::string>& pages,
                   const std::string& scan = test::read_file(kScans / "page.png"), const std::string& format = "PNG") {
  const std::string extension = format == "JB2" ? "jb2" : "png";
  std::vector<std::pair<std::string, std::string>> entries{
      {"OFD.xml",
       "<ofd:OFD " + kNs +
           R"( Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>)"},
      {"Doc_0/DocumentRes.xml",
       "<ofd:Res " + kNs +
           fmt::format(
               R"( BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="7" Type="Image" Format="{}"><ofd:MediaFile>scan.{}</ofd:MediaFile></ofd:MultiMedia>)"
               R"(<ofd:MultiMedia ID="8" Type="Image" Format="PNG"><ofd:MediaFile>seal.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>)",
               format, extension)},
      {"Doc_0/Res/scan." + extension, scan},
      {"Doc_0/Res/seal.png", test::read_file(kScans / "page.png")}};
  std::string list;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    list += fmt::format(R"(<ofd:Page ID="{}" BaseLoc="Pages/Page_{}/Content.xml"/>)", i + 1, i);
    entries.emplace_back(fmt::format("Doc_0/Pages/Page_{}/Content.xml", i), pages[i]);
  }
  entries.emplace_back(
      "Doc_0/Document.xml",
      "<ofd:Document " + kNs +
          R"(><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>)"
          "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages>" +
          list + "</ofd:Pages></ofd:Document>");
  return zip_of(entries);
}

Document read_ofd(const std::string& bytes, const PluginContext& context = ofd_context_with()) {
  Document document;
  ofd::OfdInput(context).read(bytes, document);
  return document;
}

std::string ofd_error(const std::string& bytes, const PluginContext& context = ofd_context_with()) {
  try {
    read_ofd(bytes, context);
  } catch (const std::exception& error) {
    return error.what();
  }
  return "";
}

// First of the OFD tests, each in a process of its own: a born-digital OFD, images and all, loads no Tesseract.
TEST(OfdOcr, ABornDigitalOfdIsNeverRecognised) {
  ASSERT_FALSE(mapped("libtesseract"));
  const auto document = read_ofd(ofd_of({kTextPage}));
  EXPECT_THAT(document.text, HasSubstr("全年受理行政复议申请二十三件。"));
  EXPECT_FALSE(document.metadata.contains("ocr"));
  EXPECT_FALSE(document.metadata.contains("ofd.pages_without_text"));
  EXPECT_TRUE(document.metadata.all("warning").empty());
  EXPECT_FALSE(mapped(ocr::kEngineModuleFile));
  EXPECT_FALSE(mapped("libtesseract"));
}

// A scanned report packaged as OFD: its page's largest image (not the seal) is recognised at the resolution its
// Boundary gives it (1654 × 2339 pixels on A4: 200 dpi), with the ocr* metadata of a scanned PDF.
TEST(OfdOcr, AScannedPageIsRecognised) {
  const auto document = read_ofd(ofd_of({kScannedPage}));
  EXPECT_THAT(document.text, HasSubstr("法治政府建设"));
  EXPECT_EQ(document.metadata.get("ocr"), "true");
  EXPECT_EQ(document.metadata.get("ocr.pages"), "1");
  EXPECT_THAT(document.metadata.get("ocr.engine"), StartsWith("tesseract 5"));
  EXPECT_GT(std::stod(document.metadata.get("ocr.confidence")), 60);
  EXPECT_EQ(document.metadata.get("ofd.pages_without_text"), "1");  // no text layer; OCR read it
  EXPECT_FALSE(has_warning(document, "no text on page"));
  ASSERT_FALSE(document.blocks.empty());
  EXPECT_EQ(document.blocks.front().page, 1);
}

// A text page, then a scanned one: read in page order, only the scanned page recognised.
TEST(OfdOcr, AMixedOfdReadsItsTextPageAndItsScanInOrder) {
  const auto document = read_ofd(ofd_of({kTextPage, kScannedPage}));
  EXPECT_EQ(document.metadata.get("ocr.pages"), "2");
  const auto text = document.text.find("全年受理行政复议申请二十三件。");
  const auto scanned = document.text.find("法治政府建设");
  ASSERT_NE(text, std::string::npos);
  ASSERT_NE(scanned, std::string::npos) << document.text;
  EXPECT_LT(text, scanned);
  bool page_two = false;
  for (const auto& block : document.blocks) page_two |= block.page == 2;
  EXPECT_TRUE(page_two);
}

// JBIG2 (JB2), the bilevel format of many OFD scanners, is not decoded by Leptonica: the page is left unread with a
// warning naming the format, and an OFD of nothing else is an error saying why.
TEST(OfdOcr, AJbig2ScanIsLeftUnreadWithAWarningNamingItsFormat) {
  const std::string jbig2 = std::string("\x97JB2\r\n\x1A\n\x01\x00\x00\x00\x01", 13) + std::string(200, '\x5A');
  const auto mixed = read_ofd(ofd_of({kTextPage, kScannedPage}, jbig2, "JB2"));
  EXPECT_THAT(mixed.text, HasSubstr("全年受理行政复议申请二十三件。"));
  EXPECT_TRUE(has_warning(mixed, "the scanned image of page(s) 2 (JB2, Doc_0/Res/scan.jb2) cannot be read for OCR"));
  EXPECT_TRUE(has_warning(mixed, "no text on page(s) 2"));
  EXPECT_FALSE(mixed.metadata.contains("ocr.pages"));
  const std::string error = ofd_error(ofd_of({kScannedPage}, "not an image at all", "JB2"));
  EXPECT_THAT(error, HasSubstr("no text on any of the 1 pages of the OFD"));
  EXPECT_THAT(error, HasSubstr("(JB2, Doc_0/Res/scan.jb2) cannot be read for OCR"));
}

// The OCR limits hold for OFD pages as for PDF pages; switched off, a scanned OFD is an error that says so.
TEST(OfdOcr, TheOcrLimitsAndTheSwitchHold) {
  const auto limited = read_ofd(ofd_of({kTextPage, kScannedPage}), ofd_context_with({{"ocr_max_pages", "0"}}));
  EXPECT_EQ(limited.metadata.get("ocr.pages_not_read"), "2");
  EXPECT_TRUE(has_warning(limited, "OCR page limit of 0 (ocr_max_pages) reached: page(s) 2 not read"));
  EXPECT_THAT(ofd_error(ofd_of({kScannedPage}), ofd_context_with({{"ocr", "false"}})),
              HasSubstr("OCR is switched off (ocr=false)"));
}

TEST(Ocr, ImagesAreRecognisedByContent) {
  const image::ImageInput input(context_with());
  EXPECT_EQ(input.sniff("\x89PNG\r\n\x1A\n...."), 100);
  EXPECT_EQ(input.sniff("\xFF\xD8\xFF\xE0...."), 100);
  EXPECT_EQ(input.sniff(std::string("II*\0", 4)), 100);
  EXPECT_EQ(input.sniff("GIF89a"), 0);
  EXPECT_EQ(input.sniff("%PDF-1.7"), 0);
}

// The real CLI, worker processes and all: an image and a mixed PDF, documents.csv carrying the OCR warning of a
// county config that wants every page checked.
TEST(OcrEndToEnd, TheCliReadsImagesAndScansInWorkers) {
  test::TemporaryDirectory work;
  test::write_file(work / "county.xml", "<pipeline><extends>" +
                                            (test::kSourceDir / "configs" / "default.xml").string() +
                                            "</extends><nodes><node><id>image</id><parameters>"
                                            "<ocr_min_confidence>100</ocr_min_confidence></parameters></node></nodes>"
                                            "</pipeline>");
  const auto out = work / "out";
  const auto result =
      test::run_docpipe({"run", "--quiet", "--config", (work / "county.xml").string(), "--out", out.string(), "-j", "2",
                         (kScans / "page.png").string(), (kScans / "mixed.pdf").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto table = test::read_csv(out / "documents.csv");
  const auto png = test::row_for(table, "page.png");
  ASSERT_FALSE(png.empty());
  EXPECT_EQ(png[test::column(table, "status")], "ok");
  EXPECT_EQ(png[test::column(table, "format")], "png");
  EXPECT_THAT(png[test::column(table, "warnings")], HasSubstr("below ocr_min_confidence 100"));
  const auto mixed = test::row_for(table, "mixed.pdf");
  ASSERT_FALSE(mixed.empty());
  EXPECT_EQ(mixed[test::column(table, "status")], "ok");
}

// An installation whose OCR engine module is missing (a plugin folder copied without its "ocr" folder): the
// born-digital PDF is read, the scan is a document error that says what is missing, and the batch goes on.
TEST(OcrEndToEnd, AMissingEngineModuleFailsOnlyTheScans) {
  test::TemporaryDirectory work;
  std::filesystem::create_directories(work / "plugins");
  std::filesystem::copy_file(test::kBuiltPlugins / "docpipe-input-pdf.so", work / "plugins" / "docpipe-input-pdf.so");
  std::filesystem::create_directories(work / "plugins" / "pdf");
  std::filesystem::copy_file(test::kBuiltPlugins / "pdf" / pdf::kReaderModuleFile,
                             work / "plugins" / "pdf" / pdf::kReaderModuleFile);
  const auto out = work / "out";
  const auto result = test::run_docpipe({"run", "--quiet", "--plugin-path", (work / "plugins").string(), "--config",
                                         (test::kSourceDir / "configs" / "default.xml").string(), "--out", out.string(),
                                         "-j", "2", (test::kTestData / "formats" / "000_cef3d45027b726e1.pdf").string(),
                                         (kScans / "mixed.pdf").string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const auto table = test::read_csv(out / "documents.csv");
  const auto digital = test::row_for(table, "000_cef3d45027b726e1.pdf");
  ASSERT_FALSE(digital.empty());
  EXPECT_EQ(digital[test::column(table, "status")], "ok");
  const auto mixed = test::row_for(table, "mixed.pdf");
  ASSERT_FALSE(mixed.empty());
  EXPECT_EQ(mixed[test::column(table, "status")], "error");
  EXPECT_THAT(mixed[test::column(table, "error")], HasSubstr("OCR engine module cannot be loaded"));
  EXPECT_THAT(mixed[test::column(table, "error")], HasSubstr("ocr=false"));
}

// A plugin copied into a plugin folder without its module's folder beside it: the report in `failing` (a file of
// tests/data/formats) is a document error naming the module and the file tried, and a DOCX beside it is read as
// usual.
void expect_a_missing_module_fails_only(const char* plugin, const char* failing, const char* failure,
                                        const std::filesystem::path& module) {
  test::TemporaryDirectory work;
  std::filesystem::create_directories(work / "plugins");
  std::filesystem::copy_file(test::kBuiltPlugins / plugin, work / "plugins" / plugin);
  const auto out = work / "out";
  const auto result = test::run_docpipe({"run", "--quiet", "--plugin-path", (work / "plugins").string(), "--config",
                                         (test::kSourceDir / "configs" / "default.xml").string(), "--out", out.string(),
                                         "-j", "2", (test::kTestData / "formats" / failing).string(),
                                         (test::kTestData / "formats" / "000_cef3d45027b726e1.docx").string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const auto table = test::read_csv(out / "documents.csv");
  const auto docx = test::row_for(table, "000_cef3d45027b726e1.docx");
  ASSERT_FALSE(docx.empty());
  EXPECT_EQ(docx[test::column(table, "status")], "ok");
  const auto row = test::row_for(table, failing);
  ASSERT_FALSE(row.empty());
  EXPECT_EQ(row[test::column(table, "status")], "error");
  const std::string error = row[test::column(table, "error")];
  EXPECT_THAT(error, HasSubstr(failure));
  EXPECT_THAT(error, HasSubstr((work / "plugins" / module).string() + ": no such file"));
}

// The PDF reader module missing (a plugin folder copied without its "pdf" folder): only the PDFs fail.
TEST(PdfReaderModule, AMissingModuleFailsOnlyThePdfs) {
  expect_a_missing_module_fails_only("docpipe-input-pdf.so", "000_cef3d45027b726e1.pdf",
                                     "PDF reader module cannot be loaded",
                                     std::filesystem::path("pdf") / pdf::kReaderModuleFile);
}

// The compound-file module missing (no "doc" folder): only the Word binary documents fail.
TEST(DocReaderModule, AMissingModuleFailsOnlyTheWordBinaries) {
  expect_a_missing_module_fails_only("docpipe-input-doc.so", "000_cef3d45027b726e1.doc",
                                     "compound-file module cannot be loaded",
                                     std::filesystem::path("doc") / doc::kCompoundFileModuleFile);
}

}  // namespace
}  // namespace docpipe
