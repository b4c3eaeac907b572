// output.html: the pages are well-formed (checked with libxml2's XML parser), mark every figure, finding
// and section, escape whatever the text holds, and are the same bytes on every run.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>

#include <algorithm>
#include <memory>
#include <regex>
#include <set>
#include <tuple>

#include "host/pipeline_loader.hpp"
#include "html_output.hpp"
#include "page_name.hpp"
#include "test_support.hpp"

namespace docpipe::html {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

PluginContext html_context(const std::filesystem::path& out) {
  PluginContext context;
  context.output_directory = out;
  context.parameters.set("directory", std::string("html"));
  context.parameters.set("required_parts",
                         std::vector<std::string>{"achievements", "shortcomings", "leadership", "plan", "other"});
  context.parameters.set("publication_deadline", std::string("04-01"));
  context.parameters.set("indicator_labels", std::vector<std::string>{});
  return context;
}

// A parsed page; parse errors fail the test.
class Page {
 public:
  explicit Page(const std::string& bytes)
      : doc_(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "page.html", "UTF-8", XML_PARSE_NONET),
             &xmlFreeDoc) {}
  bool well_formed() const { return doc_ != nullptr; }
  // How many nodes an XPath expression selects.
  std::size_t count(const std::string& xpath) const {
    std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> context(xmlXPathNewContext(doc_.get()),
                                                                             &xmlXPathFreeContext);
    std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> result(
        xmlXPathEvalExpression(BAD_CAST xpath.c_str(), context.get()), &xmlXPathFreeObject);
    if (!result || !result->nodesetval) return 0;
    return static_cast<std::size_t>(result->nodesetval->nodeNr);
  }

 private:
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc_;
};

const std::string kReport =
    "关于2024年度法治政府建设情况的报告\n一、2024年主要举措和成效\n"
    "共调解纠纷120件（其中口头调解82件,协议调解48件）。<script>alert(1)</script> & “四个一” \x01\n"
    "二、存在的不足和原因\n正文。\n三、2025年工作计划\n开展讲座10场。";

std::filesystem::path write_pages(const test::TemporaryDirectory& dir, const Document& document) {
  HtmlOutput output(html_context(dir.path()));
  output.write(document);
  output.finish();
  return dir / "html";
}

TEST(HtmlOutput, PagesAreWellFormedAndMarkEveryFigureFindingAndSection) {
  const Document document = test::process_text_with_default_pipeline(kReport);
  ASSERT_FALSE(document.anomalies.empty());
  test::TemporaryDirectory dir;
  const auto html = write_pages(dir, document);
  const std::string page_bytes = test::read_file(html / page_name(document.id));
  const Page page(page_bytes);
  ASSERT_TRUE(page.well_formed());
  EXPECT_EQ(page_bytes.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_THAT(page_bytes, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(page_bytes, Not(HasSubstr("http://")));
  EXPECT_THAT(page_bytes, Not(HasSubstr("https://")));
  for (const auto& metric : document.metrics) {
    EXPECT_EQ(page.count("//span[@data-metric='" + metric.id + "' and @data-code='" + metric.code + "' and @title]"),
              1u)
        << metric.text;
  }
  for (std::size_t i = 0; i < document.anomalies.size(); ++i) {
    const std::string id = "a" + std::to_string(i + 1);
    EXPECT_EQ(page.count("//mark[@id='" + id + "' and @data-rule='" + document.anomalies[i].rule + "']"), 1u);
    EXPECT_EQ(page.count("//aside//a[@href='#" + id + "']"), 1u);
  }
  for (const auto& section : document.sections) {
    EXPECT_EQ(page.count("//nav//a[@href='#" + section.id + "']"), 1u) << section.id;
    EXPECT_EQ(page.count("//section[@id='" + section.id + "']"), 1u) << section.id;
  }
  EXPECT_EQ(page.count("//span[@data-role='part' and @data-of]"), 2u);
  EXPECT_EQ(page.count("//main"), 1u);
  EXPECT_EQ(page.count("//nav[@aria-label]"), 1u);

  const Page overview(test::read_file(html / "index.html"));
  ASSERT_TRUE(overview.well_formed());
  EXPECT_EQ(overview.count("//table[@id='documents']//tr[@data-document='" + document.id + "']"), 1u);
  EXPECT_EQ(overview.count("//tr[@data-document]//a[@href='" + page_name(document.id) + "']"), 1u);
}

TEST(HtmlOutput, TheOverviewSumsTotalsNotTheirParts) {
  const Document document = test::process_text_with_default_pipeline(kReport);
  test::TemporaryDirectory dir;
  const std::string overview = test::read_file(write_pages(dir, document) / "index.html");
  EXPECT_THAT(overview, HasSubstr(">120</td>"));  // mediation_cases: 120, not 120 + 82 + 48
  EXPECT_THAT(overview, Not(HasSubstr(">250</td>")));
}

// What 存在的不足 restates or narrows (18名…中具有法律专业背景的仅3名) is no second count of the year's work.
TEST(HtmlOutput, TheOverviewLeavesTheShortcomingsFiguresOut) {
  const Document document = test::process_text_with_default_pipeline(
      "关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n现有持证执法人员18名。\n"
      "二、存在的不足和原因\n18名持证执法人员中具有法律专业背景的仅3名。");
  test::TemporaryDirectory dir;
  const Page overview(test::read_file(write_pages(dir, document) / "index.html"));
  EXPECT_EQ(overview.count("//td[@data-code='enforcement_officers' and text()='18']"), 1u);
}

// A table restating the figures of the text counts them once; its own figures and its changes as before.
TEST(HtmlOutput, TheOverviewCountsATableRestatingTheTextOnce) {
  const Document document = test::process_text_with_default_pipeline(
      "关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n全年调解矛盾纠纷168件。\n主要数据如下：\n"
      "指标\t2025年\t2024年\t增减\n调解矛盾纠纷（件）\t168\t152\t16\n法律援助（件）\t45\t40\t5\n");
  test::TemporaryDirectory dir;
  const Page overview(test::read_file(write_pages(dir, document) / "index.html"));
  EXPECT_EQ(overview.count("//td[@data-code='mediation_cases' and text()='168']"), 1u);
  EXPECT_EQ(overview.count("//td[@data-code='legal_aid' and text()='45']"), 1u);
  // Each figure of the text stands for one cell: two towns' 12 and the text's 12 are 24.
  const Document towns = test::process_text_with_default_pipeline(
      "关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n东城镇法律援助12件。\n单位：件\n镇\t法律援助\n东城镇\t12"
      "\n"
      "西城镇\t12\n");
  test::TemporaryDirectory other;
  const Page counted(test::read_file(write_pages(other, towns) / "index.html"));
  EXPECT_EQ(counted.count("//td[@data-code='legal_aid' and text()='24']"), 1u);
}

// A multiple (是上年的1.5倍) is a ratio, as a percentage is: no column of sums.
// A reviewer reads the indicators in Chinese; the code stays in the markup (data-code, a header's title) and in a
// figure's tooltip beside its label. A code without a label shows as itself.
TEST(HtmlOutput, IndicatorsAreNamedByTheirLabelsAndKeepTheirCodes) {
  const Document document = test::process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n共调解纠纷120件，开展法治讲座12场。");
  test::TemporaryDirectory dir;
  PluginContext context = html_context(dir.path());
  context.parameters.set("indicator_labels", std::vector<std::string>{"mediation_cases=矛盾纠纷调解"});
  HtmlOutput output(context);
  output.write(document);
  output.finish();
  const Page overview(test::read_file(dir / "html" / "index.html"));
  EXPECT_EQ(overview.count("//th[@data-code='mediation_cases' and @title='mediation_cases' and "
                           "text()='矛盾纠纷调解（件）']"),
            1u);
  EXPECT_EQ(overview.count("//th[@data-code='legal_lectures' and text()='legal_lectures（场）']"), 1u);
  const Page page(test::read_file(dir / "html" / page_name(document.id)));
  EXPECT_EQ(
      page.count("//span[@data-code='mediation_cases' and contains(@title, '类别：矛盾纠纷调解（mediation_cases）')]"),
      1u);
  EXPECT_EQ(page.count("//span[@data-code='legal_lectures' and contains(@title, '类别：legal_lectures')]"), 1u);
}

TEST(HtmlOutput, AnIndicatorLabelIsCodeEqualsWordsAndTheLastOneWins) {
  Parameters parameters = html_context("out").parameters;
  parameters.set("indicator_labels", std::vector<std::string>{"fines=罚款", "fines=罚没款"});
  EXPECT_EQ(read_review_settings(parameters).indicator_label("fines"), "罚没款");
  for (const char* wrong : {"fines", "Fines=罚没款", "fines=", "=罚没款", "fine s=罚没款"}) {
    parameters.set("indicator_labels", std::vector<std::string>{wrong});
    EXPECT_THROW(read_review_settings(parameters), ParameterError) << wrong;
  }
}

// configs/default.xml names every code of its taxonomy, so that no column of a county's overview shows a bare code.
TEST(HtmlOutput, TheDefaultConfigLabelsEveryCodeOfItsTaxonomy) {
  const auto loaded = host::load_pipeline(test::kSourceDir / "configs" / "default.xml", {});
  std::set<std::string> codes;
  const ReviewSettings* settings = nullptr;
  ReviewSettings html_settings;
  for (const auto& node : loaded.pipeline.nodes) {
    if (node.plugin_name() == "analysis.metrics") {
      const std::regex entry(R"(^([a-z0-9_]+)(@[^=]*)?=)");
      for (const auto& line : node.parameters.list("indicator_codes")) {
        std::smatch match;
        if (std::regex_search(line, match, entry)) codes.insert(match[1]);
      }
    }
    if (node.plugin_name() == "output.html") {
      html_settings = read_review_settings(node.parameters);
      settings = &html_settings;
    }
  }
  ASSERT_NE(settings, nullptr);
  ASSERT_GT(codes.size(), 50u);
  for (const auto& code : codes) EXPECT_NE(settings->indicator_label(code), code) << code;
  for (const auto& [code, label] : settings->indicator_labels) EXPECT_TRUE(codes.count(code)) << code << " is no code";
}

TEST(HtmlOutput, TheOverviewSumsNoMultiples) {
  const Document document = test::process_text_with_default_pipeline(
      "关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n开展普法宣传活动30场，是上年的1.5倍。");
  test::TemporaryDirectory dir;
  const Page overview(test::read_file(write_pages(dir, document) / "index.html"));
  EXPECT_EQ(overview.count("//td[@data-code='publicity_events']"), 1u);
  EXPECT_EQ(overview.count("//th[contains(text(), '（倍）')]"), 0u);
}

// A county's departments share its region: the overview names each by its unit; a government by its region.
TEST(HtmlOutput, TheOverviewNamesADepartmentByItsUnit) {
  test::TemporaryDirectory dir;
  HtmlOutput output(html_context(dir.path()));
  for (const auto& [id, unit, region] :
       {std::tuple{"a.txt", "鹿溪县水利局", "鹿溪县"}, std::tuple{"b.txt", "鹿溪县枫林乡人民政府", "鹿溪县枫林乡"},
        std::tuple{"c.txt", "城南街道办事处", "鹿溪县城南街道"}}) {
    Document document = test::process_text_with_default_pipeline("关于2025年度法治政府建设情况的报告\n正文。");
    document.id = id;
    document.metadata.set("unit", unit);
    document.metadata.set("region", region);
    output.write(document);
  }
  output.finish();
  const Page overview(test::read_file(dir / "html" / "index.html"));
  EXPECT_EQ(overview.count("//table[@id='documents']//td[text()='鹿溪县水利局']"), 1u);
  EXPECT_EQ(overview.count("//table[@id='documents']//td[text()='鹿溪县枫林乡']"), 1u);
  EXPECT_EQ(overview.count("//table[@id='documents']//td[text()='鹿溪县城南街道']"), 1u);
  EXPECT_EQ(overview.count("//table[@id='indicators']//th[@scope='row' and text()='鹿溪县水利局 2025']"), 1u);
}

// A cross-report finding counts in its document's row and filter; the other document's page says whose
// finding it lists.
TEST(HtmlOutput, CrossReportFindingsCountInTheOverviewAndNameTheirDocument) {
  test::TemporaryDirectory dir;
  HtmlOutput output(html_context(dir.path()));
  for (const char* id : {"a.txt", "b.txt"}) {
    Document document = test::process_text_with_default_pipeline(
        "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n正文。\n二、党政主要负责人履行推进法治建设第一责任人职"
        "责情况\n"
        "正文。\n三、存在的不足和原因\n正文。\n四、2025年工作计划\n正文。");
    ASSERT_TRUE(document.anomalies.empty());
    document.id = id;
    output.write(document);
  }
  Finding copied;
  copied.document = "b.txt";
  copied.other_document = "a.txt";
  copied.rule = "copied-passage";
  copied.severity = Severity::warning;
  copied.message = "一段99字的内容也见于a.txt（柳河镇）";
  output.write_findings({copied});
  output.finish();
  const Page overview(test::read_file(dir / "html" / "index.html"));
  EXPECT_EQ(overview.count("//tr[@data-document='b.txt' and @data-finding='warning']"), 1u);
  EXPECT_EQ(overview.count("//tr[@data-document='a.txt' and @data-finding='none']"), 1u);
  EXPECT_EQ(overview.count("//select[@data-filter='finding']/option[@value='warning']"), 1u);
  EXPECT_THAT(test::read_file(dir / "html" / "a.txt.html"), HasSubstr("b.txt：一段99字的内容也见于a.txt（柳河镇）"));
  EXPECT_THAT(test::read_file(dir / "html" / "b.txt.html"), Not(HasSubstr("b.txt：")));
}

TEST(HtmlOutput, EveryPageOfALargeBatchGetsItsOwnCrossFindings) {
  // Enough pages that two threads share the rewrite: each page must get the findings naming its document
  // and no other's, whichever thread wrote it.
  test::TemporaryDirectory dir;
  HtmlOutput output(html_context(dir.path()));
  Document document = test::process_text_with_default_pipeline(kReport);
  constexpr int kPages = 300;
  std::vector<Finding> findings;
  for (int i = 0; i < kPages; ++i) {
    document.id = "r" + std::to_string(i) + ".txt";
    output.write(document);
    if (i % 3 == 2) continue;  // a third of the pages are named by no finding
    Finding duplicate;
    duplicate.document = document.id;
    duplicate.rule = "duplicate-document";
    duplicate.severity = Severity::info;
    duplicate.message = "第" + std::to_string(i) + "份的说明";
    findings.push_back(duplicate);
  }
  output.write_findings(findings);
  output.finish();
  for (int i = 0; i < kPages; ++i) {
    const std::string page = test::read_file(dir / "html" / ("r" + std::to_string(i) + ".txt.html"));
    ASSERT_TRUE(Page(page).well_formed()) << i;
    if (i % 3 == 2) {
      EXPECT_THAT(page, Not(HasSubstr("跨报告发现（"))) << i;
    } else {
      EXPECT_THAT(page, HasSubstr("跨报告发现（1）")) << i;
      EXPECT_THAT(page, HasSubstr("第" + std::to_string(i) + "份的说明<")) << i;
    }
  }
}

TEST(HtmlOutput, SameDocumentSameBytes) {
  const Document document = test::process_text_with_default_pipeline(kReport);
  test::TemporaryDirectory first, second;
  write_pages(first, document);
  write_pages(second, document);
  for (const std::string name : {page_name(document.id), std::string("index.html")}) {
    EXPECT_EQ(test::read_file(first / "html" / name), test::read_file(second / "html" / name)) << name;
  }
}

TEST(HtmlOutput, AFailedDocumentGetsARowAndAPageSayingWhy) {
  Document document;
  document.id = "bad.txt";
  document.status = DocumentStatus::error;
  document.error = "input.txt: <not> text";
  test::TemporaryDirectory dir;
  const auto html = write_pages(dir, document);
  const Page page(test::read_file(html / "bad.txt.html"));
  ASSERT_TRUE(page.well_formed());
  EXPECT_THAT(test::read_file(html / "bad.txt.html"), HasSubstr("input.txt: &lt;not&gt; text"));
  const Page overview(test::read_file(html / "index.html"));
  EXPECT_EQ(overview.count("//tr[@data-document='bad.txt' and @data-finding='error']"), 1u);
}

// A failed first document takes no column from the overview: the parts come from a document that was read,
// and the failed one's row shows dashes, not ✘ and 0. Its page has no link to a text it has not.
TEST(HtmlOutput, AFailedFirstDocumentKeepsThePartsColumns) {
  Document bad;
  bad.id = "0-empty.txt";
  bad.status = DocumentStatus::error;
  bad.error = "input.txt: the file is empty";
  const Document good = test::process_text_with_default_pipeline(kReport);
  test::TemporaryDirectory dir;
  HtmlOutput output(html_context(dir.path()));
  output.write(bad);
  output.write(good);
  output.finish();
  const Page overview(test::read_file(dir / "html" / "index.html"));
  ASSERT_TRUE(overview.well_formed());
  EXPECT_GE(overview.count("//table[@id='documents']/thead/tr/th"), 13u);  // 5 facts, the parts, 4 counts
  EXPECT_EQ(overview.count("//tr[@data-document='0-empty.txt']/td[text()='—']"), 9u);
  EXPECT_EQ(overview.count("//select/option[@value='*']"), 3u);  // 全部 is no unknown region
  EXPECT_THAT(test::read_file(dir / "html" / "0-empty.txt.html"), Not(HasSubstr("href=\"#text\"")));
}

TEST(HtmlPageName, FlattensPathsAndKeepsNamesUsable) {
  EXPECT_EQ(page_name("sub/r 1.txt"), "sub_r-1.txt.html");
  EXPECT_EQ(page_name("黄门镇.pdf"), "黄门镇.pdf.html");
  EXPECT_EQ(page_name("../x#y"), "document.._x-y.html");
  std::string long_name(300, 'a');
  EXPECT_LE(page_name(long_name).size(), 255u);
  EXPECT_NE(page_name(long_name), page_name(long_name + "b"));
  EXPECT_LE(page_name(long_name, "-2").size(), 255u);
}

TEST(HtmlOutput, IdsThatFlattenToTheSameNameGetDistinctPages) {
  test::TemporaryDirectory dir;
  HtmlOutput output(html_context(dir.path()));
  for (const char* id : {"a/b.txt", "a_b.txt", "R.txt", "r.txt"}) {
    Document document;
    document.id = id;
    output.write(document);
  }
  output.finish();
  EXPECT_TRUE(std::filesystem::exists(dir / "html" / "a_b.txt.html"));
  EXPECT_TRUE(std::filesystem::exists(dir / "html" / "a_b.txt-2.html"));
  // Names that differ only in case are one file on Windows and macOS.
  EXPECT_TRUE(std::filesystem::exists(dir / "html" / "R.txt.html"));
  EXPECT_TRUE(std::filesystem::exists(dir / "html" / "r.txt-2.html"));
}

}  // namespace
}  // namespace docpipe::html
