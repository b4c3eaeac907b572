// The real docpipe binary on the real example reports and on bad files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "test_support.hpp"

namespace docpipe::test {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

const std::string kDefaultConfig = (kSourceDir / "configs" / "default.xml").string();
const fs::path kBad = kTestData / "bad";

const std::vector<std::string> kReports = {"000_cef3d45027b726e1.txt", "001_45bb725d25c6ce65.txt",
                                           "002_0bf2e85c5618e9db.txt", "003_f3ad0f8b935bdfdd.txt",
                                           "004_a8147dcb4b98a366.txt"};

class CliRun : public ::testing::Test {
 protected:
  CommandResult run(const std::vector<std::string>& inputs, const std::string& jobs = "2",
                    const std::string& out_name = "out") {
    std::vector<std::string> arguments = {"run", "--config", kDefaultConfig, "--out", (dir_ / out_name).string(),
                                          "-j",  jobs};
    arguments.insert(arguments.end(), inputs.begin(), inputs.end());
    return run_docpipe(arguments);
  }
  TemporaryDirectory dir_;
};

TEST_F(CliRun, ExampleReportsAllSucceedWithExitZero) {
  const auto result = run({(kTestData / "reports").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  ASSERT_EQ(documents.size(), kReports.size() + 1);
  for (std::size_t i = 0; i < kReports.size(); ++i) {
    EXPECT_EQ(documents[i + 1][0], kReports[i]);
    EXPECT_EQ(documents[i + 1][column(documents, "status")], "ok");
    EXPECT_EQ(documents[i + 1][column(documents, "format")], "txt");
    EXPECT_EQ(documents[i + 1][column(documents, "encoding")], "UTF-8");
    EXPECT_GT(std::stoi(documents[i + 1][column(documents, "characters")]), 2000);
    EXPECT_TRUE(fs::exists(dir_ / "out" / "xml" / (kReports[i] + ".xml")));
  }
}

TEST_F(CliRun, EveryXmlFileValidatesAgainstTheSchema) {
  const auto result = run({(kTestData / "reports").string(), kBad.string(), (kTestData / "encodings").string()});
  EXPECT_EQ(result.exit_code, 1);
  std::size_t validated = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir_ / "out" / "xml")) {
    if (!entry.is_regular_file()) continue;
    EXPECT_EQ(schema_errors(read_file(entry.path())), "") << entry.path();
    ++validated;
  }
  EXPECT_GE(validated, 5u + 6u + 3u);
}

TEST_F(CliRun, OnlyTheSummaryWhenStderrIsNotATerminalAndAllIsWell) {
  const auto result = run({(kTestData / "reports").string()});
  EXPECT_THAT(result.err, ::testing::StartsWith("docpipe: 5 documents, 5 ok, 0 failed in "));
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
}

TEST_F(CliRun, BadFilesGetErrorRowsAndTheBatchGoesOn) {
  const auto result = run({(kBad / "empty.txt").string(), (kBad / "binary-junk.txt").string(),
                           (kTestData / "reports" / kReports[0]).string(), (kBad / "unknown.bin").string(),
                           (kBad / "directory-named-like-a-file.txt").string(), (dir_ / "missing.txt").string()});
  EXPECT_EQ(result.exit_code, 1);
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  ASSERT_EQ(documents.size(), 7u);
  const auto status = column(documents, "status");
  const auto error = column(documents, "error");
  const auto expect_row = [&](std::size_t row, const std::string& id, const std::string& state,
                              const std::string& reason) {
    EXPECT_EQ(documents[row][0], id);
    EXPECT_EQ(documents[row][status], state) << id;
    EXPECT_THAT(documents[row][error], HasSubstr(reason)) << id;
  };
  expect_row(1, "empty.txt", "error", "empty file");
  expect_row(2, "binary-junk.txt", "error", "input.txt: not text");
  expect_row(3, kReports[0], "ok", "");
  expect_row(4, "unknown.bin", "error", "unknown format");
  expect_row(5, (kBad / "directory-named-like-a-file.txt").string(), "error", "directory contains no files");
  expect_row(6, (dir_ / "missing.txt").string(), "error", "no such file or directory");
}

// Portal pages printed to PDF from a browser (html-templates 02, 03 and 09, and a page of three pages whose table runs
// over a page break), and the text pdftotext made of each PDF:
// every one reads like its page, with the portal's chrome, the browser's stamps and the site in the page's title
// gone, and the signature's date found under the article.
TEST_F(CliRun, PortalPagesPrintedToPdfAndTheirTextCopiesReadLikeThePage) {
  const auto result = run({(kTestData / "printed-pages").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  std::map<std::string, std::vector<std::string>> rows;
  for (std::size_t i = 1; i < documents.size(); ++i) rows[documents[i][0]] = documents[i];
  const auto expect_row = [&](const std::string& id, const std::string& title, const std::string& unit,
                              const std::string& date, const std::string& published) {
    ASSERT_TRUE(rows.contains(id)) << id;
    const auto& row = rows[id];
    EXPECT_EQ(row[column(documents, "title")], title) << id;
    EXPECT_EQ(row[column(documents, "unit")], unit) << id;
    EXPECT_EQ(row[column(documents, "date")], date) << id;
    EXPECT_EQ(row[column(documents, "published")], published) << id;
  };
  for (const char* copy : {"02-dahan-table-zoom.pdf", "02-dahan-table-zoom-pdftext.txt"}) {
    expect_row(copy, "石湾乡人民政府关于2023年度法治政府建设工作的报告", "石湾乡人民政府", "2024-01-26", "2024-02-02");
  }
  for (const char* copy : {"09-word-section-mso.pdf", "09-word-section-mso-pdftext.txt"}) {
    expect_row(copy, "枫林街道办事处2024年法治政府建设情况报告", "枫林街道办事处", "2025-02-10", "2025-02-12");
  }
  // Bold Chinese printed in a Type 3 font whose glyph boxes stand far taller than the type: the title's two lines
  // overlapped, and read 江口市人民政府江口市市场监督管理局报告.
  expect_row("03-kaipuyun-bold-p.pdf", "江口市市场监督管理局2024年法治政府建设年度报告", "江口市市场监督管理局",
             "2025-03-05", "2025-03-11");
  expect_row("21-table-over-a-page-break.pdf", "梅溪镇人民政府关于2024年度法治政府建设情况的报告", "梅溪镇人民政府",
             "2025-01-10", "2025-01-15");
}

// Portal pages pasted into Word from the browser (tests/data/pasted-pages): each reads like its article, titled by
// the report, not by the menu's first link or the record's first value, and dated by the page.
TEST_F(CliRun, PortalPagesPastedIntoWordReadLikeTheirArticle) {
  const fs::path pages = kTestData / "pasted-pages";
  const auto result =
      run({(pages / "01-county-portal-menu-table.docx").string(), (pages / "02-record-table-pasted.docx").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  ASSERT_EQ(documents.size(), 3u);
  const auto expect_row = [&](std::size_t row, const std::string& id, const std::string& title, const std::string& unit,
                              const std::string& date, const std::string& published) {
    EXPECT_EQ(documents[row][0], id);
    EXPECT_EQ(documents[row][column(documents, "title")], title) << id;
    EXPECT_EQ(documents[row][column(documents, "unit")], unit) << id;
    EXPECT_EQ(documents[row][column(documents, "date")], date) << id;
    EXPECT_EQ(documents[row][column(documents, "published")], published) << id;
    EXPECT_EQ(documents[row][column(documents, "year")], "2024") << id;
  };
  expect_row(1, "01-county-portal-menu-table.docx", "白沙镇人民政府2024年度法治政府建设情况报告", "白沙镇人民政府",
             "2025-01-06", "2025-01-08");
  expect_row(2, "02-record-table-pasted.docx", "青石乡2024年法治政府建设工作报告", "青石乡人民政府", "2025-01-15",
             "2025-01-20");
}

TEST_F(CliRun, WordAndPdfProblemsGetErrorRowsAndTheBatchGoesOn) {
  const auto result =
      run({(kTestData / "pdf").string(), (kTestData / "docx").string(), (kTestData / "formats").string(),
           (kTestData / "ofd").string(), (kTestData / "doc").string()});
  EXPECT_EQ(result.exit_code, 1);
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  const auto status = column(documents, "status");
  const auto error = column(documents, "error");
  const std::vector<std::pair<std::string, std::string>> failures = {
      {"encrypted-locked.pdf", "input.pdf: the PDF is encrypted and needs a password"},
      {"truncated.pdf", "input.pdf: not a readable PDF"},
      {"scanned.pdf", "input.pdf: no extractable text"},
      {"blank-numbered.pdf", "input.pdf: no extractable text: its one page is blank but for its number"},
      {"not-a-pdf.pdf", "input.pdf: not a readable PDF"},
      {"encrypted.docx", "input.docx: the document is encrypted"},
      {"xxe.docx", "input.docx: unsafe XML"},
      {"zip-bomb.docx", "input.docx:"},
      {"truncated.docx", "input.docx: not a readable DOCX package"},
      {"encrypted.ofd", "input.ofd: the OFD package is encrypted"},
      {"missing-page.ofd", "input.ofd: broken OFD package"},
      {"no-docroot.ofd", "input.ofd: not an OFD document"},
      {"signed-only.ofd", "input.ofd: the OFD package holds only signatures"},
      {"images-only.docx", "only 2 image(s): probably scanned pages"}};
  for (const auto& [file, reason] : failures) {
    const auto row = row_for(documents, file);
    ASSERT_FALSE(row.empty()) << file;
    EXPECT_EQ(row[status], "error") << file;
    EXPECT_THAT(row[error], HasSubstr(reason)) << file;
  }
  for (const std::string file : {"encrypted-open.pdf",
                                 "mixed.pdf",
                                 "numbering.docx",
                                 "flat.xml",
                                 "003_f3ad0f8b935bdfdd.pdf",
                                 "003_f3ad0f8b935bdfdd.docx",
                                 "003_f3ad0f8b935bdfdd.doc",
                                 "003_f3ad0f8b935bdfdd.wps",
                                 "003_f3ad0f8b935bdfdd.ofd",
                                 "stamped.ofd",
                                 "two-documents.ofd",
                                 "table.doc",
                                 "tracked-changes.doc",
                                 "notes-and-headers.doc",
                                 "fields.doc",
                                 "numbering.doc",
                                 "html-named-doc.doc",
                                 "rtf-named-doc.doc",
                                 "003_f3ad0f8b935bdfdd.rtf",
                                 "trailing-junk.docx",
                                 "statistics-forms.docx",
                                 "merged-cells.doc",
                                 "merged-down.doc",
                                 "heading-styles.doc"}) {
    EXPECT_EQ(row_for(documents, file)[status], "ok") << file;
  }
  for (const std::string file : {"layout-flush-headings.pdf", "layout-title-wrap.pdf", "layout-occasional-header.pdf",
                                 "layout-spread-lines.pdf", "layout-contents.pdf"}) {
    EXPECT_EQ(row_for(documents, file)[status], "ok") << file;
  }
  EXPECT_EQ(documents.size(),
            1 + 12 + 14 + 30 + 6 + 23u);  // every input has exactly one row (formats/: 6 of each report)
  EXPECT_THAT(row_for(documents, "mixed.pdf")[column(documents, "warnings")], HasSubstr("page(s) 2"));
}

TEST_F(CliRun, OutputIsByteIdenticalWhateverTheThreadCount) {
  const std::vector<std::string> inputs = {(kTestData / "reports").string(),   kBad.string(),
                                           (kTestData / "encodings").string(), (kTestData / "formats").string(),
                                           (kTestData / "docx").string(),      (kTestData / "pdf").string()};
  run(inputs, "1", "one");
  run(inputs, "2", "two");
  std::size_t compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir_ / "one")) {
    if (!entry.is_regular_file()) continue;
    const fs::path twin = dir_ / "two" / entry.path().lexically_relative(dir_ / "one");
    ASSERT_TRUE(fs::exists(twin)) << twin;
    EXPECT_EQ(read_file(entry.path()), read_file(twin)) << entry.path();
    ++compared;
  }
  EXPECT_GE(compared, 5u + 5u);
}

// A report whose title and lines start with =, +, - and @ (a spreadsheet would run them as formulas):
// no cell of any table starts with one of them; the title reads as written after a leading apostrophe.
TEST_F(CliRun, FormulaLikeCellsAreDefusedInEveryTable) {
  const auto result = run({(kTestData / "csv-injection" / "formula-title.txt").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::size_t rows = 0;
  for (const char* table : {"documents.csv", "sections.csv", "metrics.csv", "anomalies.csv", "annotations.csv"}) {
    const auto cells = read_csv(dir_ / "out" / table);
    for (std::size_t r = 1; r < cells.size(); ++r, ++rows) {
      for (const auto& cell : cells[r]) {
        EXPECT_TRUE(cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos)
            << table << ": " << cell;
      }
    }
  }
  EXPECT_GE(rows, 5u);
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  EXPECT_EQ(documents[1][column(documents, "title")].rfind("'=HYPERLINK(", 0), 0u);
}

// A report with tables exported to PDF by office software (tests/data/pdf-tables, made by
// scripts/make-pdf-table-fixtures.py): each table figure with its unit and its row and column, as the same report
// as DOCX and as tab-separated text gives them — a cell wrapped in its narrow column, a header row repeated on the
// next page, a cell wrapped over two lines beside the figures.
TEST_F(CliRun, PdfTablesGiveTheirFiguresAsWordAndTextTablesDo) {
  const auto result = run({(kTestData / "pdf-tables").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto metrics = read_csv(dir_ / "out" / "metrics.csv");
  const auto indicator = column(metrics, "indicator"), value = column(metrics, "value"), unit = column(metrics, "unit"),
             role = column(metrics, "role");
  std::map<std::string, std::vector<std::string>> figures;  // document -> indicator|value|unit|role
  for (std::size_t row = 1; row < metrics.size(); ++row) {
    figures[metrics[row][0]].push_back(metrics[row][indicator] + "|" + metrics[row][value] + "|" + metrics[row][unit] +
                                       "|" + metrics[row][role]);
  }
  const auto& pdf = figures["tables.pdf"];
  EXPECT_THAT(pdf, ::testing::IsSupersetOf({"行政检查|312|件|previous", "行政检查|296|件|value",
                                            "法律援助案件|156|件|value", "青禾镇受理纠纷|40|件|value",
                                            "桃源镇（含原桃溪乡、原源头乡、原清河乡）调解成功|129|件|value",
                                            "高岗乡调解成功|164|件|value"}));
  EXPECT_EQ(pdf.size(), 6u + 2u * 19u);
  EXPECT_THAT(pdf, ::testing::UnorderedElementsAreArray(figures["tables.docx"]));
  EXPECT_THAT(pdf, ::testing::UnorderedElementsAreArray(figures["tables.txt"]));
}

TEST(Cli, InvalidConfigExitsTwoNamingTheProblem) {
  TemporaryDirectory dir;
  write_file(dir / "bad.xml", "<pipeline><nodes><node><id>x</id><plugin>no.such</plugin></node></nodes></pipeline>");
  const auto result = run_docpipe({"run", "--config", (dir / "bad.xml").string(), (kTestData / "reports").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("unknown plugin 'no.such'"));
  EXPECT_THAT(result.err, HasSubstr("bad.xml"));
}

TEST(Cli, UsageErrorExitsTwo) {
  EXPECT_EQ(run_docpipe({"run"}).exit_code, 2);
  EXPECT_EQ(run_docpipe({"frobnicate"}).exit_code, 2);
}

TEST(Cli, HelpAndVersionExitZero) {
  const auto help = run_docpipe({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.out, HasSubstr("run"));
  const auto version = run_docpipe({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_THAT(version.out, HasSubstr("plugin ABI"));
}

TEST(Cli, ValidateAcceptsTheDefaultConfig) {
  const auto result = run_docpipe({"validate", "--config", kDefaultConfig});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("valid pipeline"));
}

// An RTF report under a .doc name, as portals and WPS serve one: input.rtf reads it by its signature; a pipeline that
// leaves input.rtf out still names it rather than guessing (format_identification.cpp).
TEST_F(CliRun, AnRtfNamedDocIsReadByInputRtfAndNamedByAPipelineWithoutIt) {
  const std::string report = (kTestData / "rtf" / "report-as-doc.doc").string();
  const auto result = run({report});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  const auto row = row_for(documents, "report-as-doc.doc");
  ASSERT_FALSE(row.empty());
  EXPECT_EQ(row[column(documents, "status")], "ok") << row[column(documents, "error")];
  EXPECT_EQ(row[column(documents, "format")], "rtf");
  EXPECT_GE(std::stoi(row[column(documents, "sections")]), 5);
  EXPECT_GE(std::stoi(row[column(documents, "metrics")]), 10);

  std::string config = read_file(kDefaultConfig);
  const std::string node = "    <node>\n      <id>rtf</id>\n      <plugin>input.rtf</plugin>\n    </node>\n";
  ASSERT_NE(config.find(node), std::string::npos);
  config.erase(config.find(node), node.size());
  ASSERT_NE(config.find(", rtf,"), std::string::npos);
  config.replace(config.find(", rtf,"), 6, ",");
  write_file(dir_.path() / "without-rtf.xml", config);
  const auto without = run_docpipe({"run", "--config", (dir_.path() / "without-rtf.xml").string(), "--out",
                                    (dir_.path() / "out-without").string(), "-j", "1", report});
  EXPECT_EQ(without.exit_code, 1) << without.err;
  const auto refused = read_csv(dir_.path() / "out-without" / "documents.csv");
  EXPECT_EQ(row_for(refused, "report-as-doc.doc")[column(refused, "error")], "unsupported format: RTF document");
}

TEST(Cli, PluginsListsEveryPluginWithParametersAndEveryRefusal) {
  const auto result = run_docpipe({"plugins", "--plugin-path", kTestPlugins.string()});
  EXPECT_EQ(result.exit_code, 2) << result.err;  // refused libraries make it fail
  EXPECT_THAT(result.out, HasSubstr("input.txt"));
  EXPECT_THAT(result.out, HasSubstr("input.rtf"));
  EXPECT_THAT(result.out, HasSubstr("output.csv"));
  EXPECT_THAT(result.out, HasSubstr("excel_bom"));
  EXPECT_THAT(result.out, HasSubstr("boolean"));
  EXPECT_THAT(result.out, HasSubstr("test-wrong-abi.so: ABI version mismatch"));
  EXPECT_THAT(result.out, HasSubstr("test-not-a-plugin.so: not a docpipe plugin"));
}

TEST(Cli, CountyConfigsInTheRepositoryValidate) {
  for (const auto& entry : fs::recursive_directory_iterator(kSourceDir / "configs")) {
    if (!entry.is_regular_file()) continue;
    const auto result = run_docpipe({"validate", "--config", entry.path().string()});
    EXPECT_EQ(result.exit_code, 0) << entry.path() << "\n" << result.err;
  }
}

TEST_F(CliRun, PortalPagesReadAsReportsAndUnsupportedFormatsAreNamed) {
  const auto result = run({(kTestData / "html").string(), (kTestData / "unsupported").string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  const auto status = column(documents, "status");
  const auto row = row_for(documents, "05-ucap-utf8-declared-gbk.html");
  ASSERT_FALSE(row.empty());
  EXPECT_EQ(row[status], "ok") << row[column(documents, "error")];
  EXPECT_EQ(row[column(documents, "format")], "html");
  EXPECT_EQ(row[column(documents, "region")], "雷州市东里镇");
  EXPECT_EQ(row[column(documents, "unit")], "雷州市东里镇人民政府");
  EXPECT_EQ(row[column(documents, "published")], "2020-04-13");
  const auto gif = row_for(documents, "scan.gif");
  ASSERT_FALSE(gif.empty());
  EXPECT_EQ(gif[status], "error");
  EXPECT_EQ(gif[column(documents, "error")], "unsupported format: GIF image");
  EXPECT_EQ(row_for(documents, "rtf-named.txt")[column(documents, "format")], "rtf");  // content decides, not the name
}

// A web archive named .doc, as portals serve Word's 单个文件网页, is read by input.html as the page inside it; a
// pipeline without input.html names it, never reads its MIME text as a report.
TEST_F(CliRun, AWebArchiveNamedDocIsReadAsItsPageAndNamedWithoutTheReader) {
  const fs::path archive = kTestData / "mhtml" / "000-word-utf8-served.doc";
  const auto result = run({archive.string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto documents = read_csv(dir_ / "out" / "documents.csv");
  const auto row = row_for(documents, "000-word-utf8-served.doc");
  ASSERT_FALSE(row.empty());
  EXPECT_EQ(row[column(documents, "status")], "ok") << row[column(documents, "error")];
  EXPECT_EQ(row[column(documents, "format")], "html");
  EXPECT_EQ(row[column(documents, "region")], "黄门镇");
  EXPECT_EQ(row[column(documents, "year")], "2024");

  const fs::path config = dir_ / "without-html.xml";
  write_file(config, "<pipeline><extends>" + kDefaultConfig + "</extends><remove><node>web</node></remove></pipeline>");
  const auto without = run_docpipe(
      {"run", "--config", config.string(), "--out", (dir_ / "without").string(), "-j", "1", archive.string()});
  EXPECT_EQ(without.exit_code, 1) << without.err;
  const auto refused = read_csv(dir_ / "without" / "documents.csv");
  EXPECT_EQ(row_for(refused, "000-word-utf8-served.doc")[column(refused, "error")],
            "unsupported format: MHTML web archive (a single-file web page; save it as HTML or DOCX)");
}

// The registry cache (configuration.md): a run remembers the libraries it examined; the next one starts
// from what it remembered, trusting it while the files are unchanged; `docpipe plugins` examines afresh and
// corrects it.
TEST_F(CliRun, RunsStartFromTheRegistryCacheAndPluginsRefreshesIt) {
  const std::string cache = (dir_ / "registry.json").string();
  const std::string report = (kSourceDir / "examples" / "reports" / kReports[0]).string();
  const auto docpipe = [&](std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"DOCPIPE_REGISTRY_CACHE=" + cache, kDocpipeBinary.string()});
    return run_command("env", arguments);
  };
  const auto first = docpipe({"run", "--config", kDefaultConfig, "--out", (dir_ / "a").string(), report});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string remembered = read_file(cache);
  EXPECT_THAT(remembered, HasSubstr("\"plugin\":\"input.txt\""));
  EXPECT_THAT(remembered, HasSubstr("docpipe-input-txt.so"));
  const auto second = docpipe({"run", "--config", kDefaultConfig, "--out", (dir_ / "b").string(), report});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(read_file(dir_ / "a" / "documents.csv"), read_file(dir_ / "b" / "documents.csv"));

  // Believed while the library is unchanged: a run that needs input.txt no longer finds it...
  std::string tampered = remembered;
  const std::string name = "\"plugin\":\"input.txt\"";
  tampered.replace(tampered.find(name), name.size(), "\"plugin\":\"input.tampered\"");
  write_file(cache, tampered);
  const auto misled = docpipe({"validate", "--config", kDefaultConfig});
  EXPECT_EQ(misled.exit_code, 2);
  EXPECT_THAT(misled.err, HasSubstr("unknown plugin 'input.txt'"));
  // ...until `docpipe plugins` examines every library again and rewrites the cache.
  const auto listing = docpipe({"plugins"});
  ASSERT_EQ(listing.exit_code, 0) << listing.err;
  EXPECT_THAT(read_file(cache), HasSubstr(name));
  EXPECT_EQ(docpipe({"validate", "--config", kDefaultConfig}).exit_code, 0);

  const auto without = run_command("env", {"DOCPIPE_REGISTRY_CACHE=off", kDocpipeBinary.string(), "run", "--config",
                                           kDefaultConfig, "--out", (dir_ / "c").string(), report});
  ASSERT_EQ(without.exit_code, 0) << without.err;
  EXPECT_EQ(read_file(dir_ / "a" / "documents.csv"), read_file(dir_ / "c" / "documents.csv"));
}

}  // namespace
}  // namespace docpipe::test
