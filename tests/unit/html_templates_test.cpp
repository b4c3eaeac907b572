// input.html on page templates of many portal systems (tests/data/html-templates, written by
// scripts/generate_html_template_fixtures.py): each page reads to exactly the text, sections and metrics of its
// truth TXT, with none of the page's chrome, and with the title and publication date right. Then the rules those
// pages needed, each on a page of its own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "docpipe/decimal.hpp"
#include "labelled_weekday.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::filesystem::path kTemplates = test::kTestData / "html-templates";

struct TemplatePage {
  std::string page, truth, title, published, source;  // source: web.source, checked where the page states one
};

std::vector<TemplatePage> template_pages() {
  std::ifstream in(kTemplates / "expected.tsv");
  std::vector<TemplatePage> pages;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    TemplatePage page;
    for (std::string* field : {&page.page, &page.truth, &page.title, &page.published, &page.source}) {
      std::getline(fields, *field, '\t');
    }
    pages.push_back(page);
  }
  return pages;
}

std::vector<std::string> sections_of(const Document& document) {
  std::vector<std::string> sections;
  for (const auto& s : document.sections) {
    std::string kinds;
    for (const auto& k : s.kinds) kinds += k + ";";
    sections.push_back(s.parent + "|" + std::to_string(s.level) + "|" + s.number + "|" + s.title + "|" + kinds);
  }
  return sections;
}

std::vector<std::string> metrics_of(const Document& document) {
  std::vector<std::string> metrics;
  for (const auto& m : document.metrics) {
    metrics.push_back(format_decimal(m.value) + "|" + m.unit + "|" + m.text + "|" + m.code + "|" + m.section);
  }
  return metrics;
}

void PrintTo(const TemplatePage& page, std::ostream* os) { *os << page.page; }

// What a page and its text copy both owe their truth: its text and sections, and the title, publication date and
// source the page states.
void expect_reads_as_its_truth(const Document& read, const Document& truth, const TemplatePage& expected,
                               const std::string& format) {
  ASSERT_EQ(read.status, DocumentStatus::ok) << read.error;
  EXPECT_EQ(read.format, format);
  EXPECT_EQ(read.text, truth.text);
  EXPECT_THAT(sections_of(read), ::testing::ElementsAreArray(sections_of(truth)));
  EXPECT_EQ(read.metadata.get("title"), expected.title);
  EXPECT_EQ(read.metadata.get("published"), expected.published);
  if (!expected.source.empty()) {
    EXPECT_EQ(read.metadata.get("web.source"), expected.source);
  }
}

// A test's name from its page's file name.
std::string test_name(const ::testing::TestParamInfo<TemplatePage>& info) {
  std::string name = info.param.page.substr(0, info.param.page.find('.'));
  for (auto& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

class TemplatePageTest : public ::testing::TestWithParam<TemplatePage> {};

TEST_P(TemplatePageTest, ReadsAsItsTruthWithoutChrome) {
  const TemplatePage& expected = GetParam();
  const Document truth = test::process_with_default_pipeline(kTemplates / expected.truth);
  const Document page = test::process_with_default_pipeline(kTemplates / expected.page);
  expect_reads_as_its_truth(page, truth, expected, "html");
  EXPECT_THAT(metrics_of(page), ::testing::ElementsAreArray(metrics_of(truth)));
  for (const char* chrome : {"ICP", "公网安备", "网站标识码", "索引号", "字号", "打印本页", "关闭窗口", "分享到",
                             "扫一扫", "相关文章", "上一篇", "当前位置", "浏览次数", "附件"}) {
    EXPECT_THAT(page.text, Not(HasSubstr(chrome))) << chrome;
  }
  EXPECT_THAT(page.text, Not(::testing::StartsWith("法治政府建设年度报告\n")));  // a breadcrumb's column
}

INSTANTIATE_TEST_SUITE_P(Templates, TemplatePageTest, ::testing::ValuesIn(template_pages()), test_name);

// A clerk's text copy of a page (select all, copy, paste: NN-name-copy.txt, beside the pages that have one) reads
// to the same text, title and publication date as the page: its chrome is left as lines of text, and the artifact
// rules know them without the page's markup.
std::vector<TemplatePage> pages_with_copies() {
  std::vector<TemplatePage> pages;
  for (TemplatePage page : template_pages()) {
    page.page = page.page.substr(0, page.page.find('.')) + "-copy.txt";
    if (std::filesystem::exists(kTemplates / page.page)) pages.push_back(page);
  }
  return pages;
}

class TemplateCopyTest : public ::testing::TestWithParam<TemplatePage> {};

TEST_P(TemplateCopyTest, ReadsAsItsTruthWithoutChrome) {
  const TemplatePage& expected = GetParam();
  const Document truth = test::process_with_default_pipeline(kTemplates / expected.truth);
  const Document copy = test::process_with_default_pipeline(kTemplates / expected.page);
  expect_reads_as_its_truth(copy, truth, expected, "txt");
  EXPECT_EQ(copy.metadata.get("unit"), truth.metadata.get("unit"));
}

INSTANTIATE_TEST_SUITE_P(Templates, TemplateCopyTest, ::testing::ValuesIn(pages_with_copies()), test_name);

// The probes' pages: 21 of the first, 19 of the second (pages 22-40), 8 of the third, 12 of the fourth (49-60),
// the fourth's stating the source they give; then pages 61-82, 77-79 and 80-82 with a clerk's text copy each (80-82:
// a date alone and a share bar's separator, labels over their values, a record table pasted with its tabs).
TEST(HtmlTemplates, TheCorpusHoldsEveryProbesPages) {
  const auto pages = template_pages();
  EXPECT_GE(pages.size(), 82u);
  EXPECT_GE(pages_with_copies().size(), 6u);
  EXPECT_GE(std::count_if(pages.begin(), pages.end(), [](const auto& page) { return !page.source.empty(); }), 10);
}

constexpr const char* kTitle = "河口镇2023年法治政府建设情况报告";

std::string report_body() {
  return "<div class='content'><p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件12件，调解纠纷86件。</p>"
         "<p>二、存在的不足</p><p>一是执法力量不足。</p><p>三、下一步工作打算</p><p>2024年，将加强执法队伍建设。</p>"
         "<p>河口镇人民政府</p><p>2024年1月18日</p></div>";
}

Document page_of(const std::string& above, const std::string& body = report_body(), const std::string& below = "") {
  test::TemporaryDirectory dir;
  test::write_file(dir / "p.html", std::string("<html><head><meta charset='utf-8'><title>") + kTitle +
                                       "_河口镇人民政府</title></head><body>" + above + body + below +
                                       "</body></html>");
  return test::process_with_default_pipeline(dir / "p.html");
}

// A breadcrumb's last item (a column: 法治政府建设年度报告) titles no page whose article opens with the report's
// title the page's title names.
TEST(HtmlTemplates, ABreadcrumbIsNoTitleWhenTheArticleOpensWithIt) {
  const Document page = page_of(
      "<div class='crumbs'><span>当前位置：</span><a>首页</a><span>&gt;</span><a>信息公开</a><span>&gt;</span>"
      "<span>法治政府建设年度报告</span></div>",
      std::string("<div class='detail-content'><h2>") + kTitle + "</h2>" + report_body() + "</div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, ::testing::StartsWith(std::string(kTitle) + "\n一、"));
  EXPECT_EQ(page.metadata.get("title"), kTitle);
}

// A date opening the line above the article dates it, when the element after it is glued to it with no space.
TEST(HtmlTemplates, ADatelineGluedToTheNextElementDatesThePage) {
  EXPECT_EQ(page_of("<h1>" + std::string(kTitle) +
                    "</h1><div class='m-meta'><span>2024-02-06</span><span>河口镇</span>"
                    "</div>")
                .metadata.get("published"),
            "2024-02-06");
  EXPECT_EQ(page_of("<div class='t'>" + std::string(kTitle) +
                    "</div><div class='d'>2025-03-13<span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>")
                .metadata.get("published"),
            "2025-03-13");
  // Two such lines are still a list of other articles.
  EXPECT_EQ(page_of("<ul><li><span>2024-02-01</span><span>河口镇召开会议</span></li><li><span>2024-02-03</span>"
                    "<span>河口镇开展普法</span></li></ul>")
                .metadata.get("published"),
            "");
}

// 【发布日期：2025-02-12】【来源：…】: each field bracketed with its label inside.
TEST(HtmlTemplates, FieldsBracketedWithTheirLabelsAreRead) {
  const Document page = page_of(
      "<div class='xl-info'>【发布日期：2025-02-12】【来源：河口镇人民政府】【字体：<a>大</a> "
      "<a>中</a> <a>小</a>】</div>");
  EXPECT_EQ(page.metadata.get("published"), "2025-02-12");
  EXPECT_EQ(page.metadata.get("web.source"), "河口镇人民政府");
  EXPECT_THAT(page.text, Not(HasSubstr("字体")));
}

// A sidebar's related list set above the article (a table layout's left column) hides no info line after it.
TEST(HtmlTemplates, ARelatedListAboveTheArticleLeavesItsInfoLine) {
  const Document page = page_of(
      "<div class='xgwz'><h3>相关文章</h3><ul><li><a>河口镇召开依法行政工作会议</a><span>2024-03-12</span></li>"
      "<li><a>河口镇开展宪法宣传周活动</a><span>2024-12-04</span></li></ul></div><div class='t'>" +
      std::string(kTitle) + "</div><div>时间：2024-01-22　作者：河口镇　点击：</div>");
  EXPECT_EQ(page.metadata.get("published"), "2024-01-22");
  EXPECT_THAT(page.text, Not(HasSubstr("相关文章")));
}

// A template setting its info line under the text: the 发布日期 there dates the page; a list of other articles'
// dates there does not.
TEST(HtmlTemplates, AnInfoLineUnderTheArticleDatesThePage) {
  EXPECT_EQ(page_of("", report_body(),
                    "<div class='articleFoot'><span>发布日期：2024-01-23</span><span>信息来源：河口镇</span></div>")
                .metadata.get("published"),
            "2024-01-23");
  EXPECT_EQ(page_of("", report_body(), "<ul><li><a>河口镇召开会议</a><span>2024-01-25</span></li></ul>")
                .metadata.get("published"),
            "");
  // The date above the article comes first.
  EXPECT_EQ(page_of("<div>发布日期：2024-01-20</div>", report_body(), "<div>发布日期：2024-01-23</div>")
                .metadata.get("published"),
            "2024-01-20");
}

// A table of one column setting each paragraph in a row of its own is the page's layout: its rows are paragraphs
// (the signature signs), not a table of figures.
TEST(HtmlTemplates, AOneColumnTableOfParagraphsIsTheLayout) {
  const std::string work =
      "全年办理行政复议案件12件，调解各类矛盾纠纷86件，开展法治宣传活动24场次，培训执法人员130人次，"
      "审查规范性文件9件、合同41份，提出法律意见63条，重大行政决策全部经过合法性审查。";
  std::string rows;
  for (const std::string& line :
       {std::string("一、主要举措和成效"), "2023年，河口镇坚持依法行政。" + work, std::string("二、存在的不足"),
        "一是执法力量不足。二是基层法治宣传的形式还比较单一。" + work, std::string("三、下一步工作打算"),
        "2024年，将加强执法队伍建设。" + work, std::string("河口镇人民政府"), std::string("2024年1月18日")}) {
    rows += "<tr><td>" + line + "</td></tr>";
  }
  const Document page = page_of("", "<table>" + rows + "</table>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_EQ(page.metadata.get("date"), "2024-01-18");
  EXPECT_EQ(test::table_cells(page).size(), 0u);
  // A table of figures of one label column and one figure column stays one.
  const Document figures =
      page_of("",
              "<div class='content'><p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件12件，调解纠纷86件。</p>"
              "<table><tr><td>行政复议</td><td>12</td></tr><tr><td>行政诉讼</td><td>3</td></tr></table>"
              "<p>二、存在的不足</p><p>一是执法力量不足。</p><p>河口镇人民政府</p><p>2024年1月18日</p></div>");
  EXPECT_EQ(test::table_cells(figures).size(), 4u);
}

// An information-disclosure table set under the text dates the page from its 发布日期 row: a row of label and
// value cells is one line, so the date in its second row is among the lines right after the article.
TEST(HtmlTemplates, AnInfoTableUnderTheTextDatesThePage) {
  const std::string table =
      "<table><tr><td>索引号：</td><td>11330000/2024-00012</td><td>发布机构：</td><td>河口镇人民政府</td></tr>"
      "<tr><td>发布日期：</td><td>2024-01-23</td><td>公开方式：</td><td>主动公开</td></tr></table>";
  const Document page = page_of("<div class='clock'>2019年12月3日 星期二</div>", report_body(), table);
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_EQ(page.metadata.get("published"), "2024-01-23");
  EXPECT_THAT(page.text, Not(HasSubstr("索引号")));
  // Its fourth row is past the lines read there.
  const std::string late =
      "<table><tr><td>索引号：</td><td>11330000/2024-00012</td></tr><tr><td>发布机构：</td>"
      "<td>河口镇人民政府</td></tr><tr><td>公开方式：</td><td>主动公开</td></tr><tr><td>发布日期："
      "</td><td>2024-01-23</td></tr></table>";
  EXPECT_EQ(page_of("", report_body(), late).metadata.get("published"), "");
}

// A report shown in a viewer page (pdf.js's viewer.html?file=…, an OFD reader's ?url=…) is an embedded PDF or OFD,
// named by the document the viewer is given, its query decoded.
TEST(HtmlTemplates, AViewerPageNamesTheDocumentItShows) {
  const auto error_of = [](const std::string& embedded) {
    return page_of("<h1>" + std::string(kTitle) + "</h1>",
                   "<div class='content'><p>现将报告予以公开。</p>" + embedded + "</div>")
        .error;
  };
  EXPECT_THAT(error_of("<iframe src='/pdfjs/web/viewer.html?file=%2Fu%2Fcms%2F2024%2Fhkz2023fzzf.pdf#page=1'>"
                       "</iframe>"),
              HasSubstr("the report is an embedded PDF (hkz2023fzzf.pdf)"));
  EXPECT_THAT(error_of("<iframe src='/ofdreader/ofdview.html?lang=zh&url=/attach/hkz2023.ofd'></iframe>"),
              HasSubstr("the report is an embedded OFD (hkz2023.ofd)"));
  EXPECT_THAT(error_of("<iframe src='/ofd/index.html#/?file=%2Fattach%2Fhkz2023.ofd'></iframe>"),
              HasSubstr("the report is an embedded OFD (hkz2023.ofd)"));
  // A viewer given no document is an embedded page.
  EXPECT_THAT(error_of("<iframe src='/pdfjs/web/viewer.html?lang=zh'></iframe>"),
              HasSubstr("the report is in an embedded page (/pdfjs/web/viewer.html?lang=zh)"));
}

// A weekday after a labelled publication date is the date's (发布日期：2024年1月20日 星期六), not a portal's clock,
// which is one without a publication label (今天是：…, 当前时间：…).
TEST(HtmlTemplates, AWeekdayAfterALabelledDateKeepsTheDate) {
  EXPECT_EQ(page_of("<div class='info'>发布日期：2024年1月20日 星期六</div>").metadata.get("published"), "2024-01-20");
  const Document bracketed = page_of("<div class='info'>时间：2024年1月20日（星期六）　来源：河口镇人民政府</div>");
  EXPECT_EQ(bracketed.metadata.get("published"), "2024-01-20");
  EXPECT_EQ(bracketed.metadata.get("web.source"), "河口镇人民政府");
  EXPECT_EQ(page_of("<div class='clock'>今天是：2019年12月3日 星期二</div>").metadata.get("published"), "");
  EXPECT_EQ(page_of("<div class='clock'>当前时间：2019年12月3日 星期二</div>").metadata.get("published"), "");
}

// The weekday goes whole, its brackets too; a clock's stays for the artifact filter to remove.
TEST(HtmlTemplates, TheWeekdayAfterALabelledDateGoesWithItsBrackets) {
  using html::without_a_labelled_dates_weekday;
  EXPECT_EQ(without_a_labelled_dates_weekday("时间：2024年1月20日（星期六）　来源：河口镇"),
            "时间：2024年1月20日　来源：河口镇");
  EXPECT_EQ(without_a_labelled_dates_weekday("发布日期：2024-01-20 星期六 浏览：12"), "发布日期：2024-01-20 浏览：12");
  EXPECT_EQ(without_a_labelled_dates_weekday("今天是：2019年12月3日 星期二"), "今天是：2019年12月3日 星期二");
  EXPECT_EQ(without_a_labelled_dates_weekday("时间：2024年1月20日（星期六"), "时间：2024年1月20日（星期六");
}

// Text sized to nothing is not drawn: a watermark in the sentences (font-size:0, 0px, font:0/0) is no text, and
// would glue its words to a figure; an element inside that sets a size again is drawn.
TEST(HtmlTemplates, TextSizedToNothingIsNotRead) {
  const Document page =
      page_of("",
              "<div class='content'><p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件<span "
              "style='font-size:0px'>河口镇网</span>12件，调解纠纷<font style='FONT-SIZE: 0'>www.hk.gov.cn</font>86件"
              "<span style='font:0/0 a'>x</span>。</p><div style='font-size:0'><span style='font-size:16px'>"
              "二、存在的不足</span></div><p style='font-size:0.5em'>一是执法力量不足。</p><p>河口镇人民政府</p>"
              "<p>2024年1月18日</p></div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text,
              HasSubstr("\n2023年，河口镇办理行政复议案件12件，调解纠纷86件。\n二、存在的不足\n一是执法力量不足。\n"));
  EXPECT_THAT(page.text, Not(HasSubstr("河口镇网")));
}

// An info line may give the page's date with no label of its own: after the source (a dot, a bar, a space), in
// brackets, between an author and a read count, with its time, or after a bare 发布.
TEST(HtmlTemplates, AnInfoLineDatesThePageWithoutALabel) {
  const std::string title = "<h1>" + std::string(kTitle) + "</h1>";
  for (const char* line : {"<span>河口镇人民政府</span> · <span>2024-01-21</span>", "【2024-01-21】",
                           "来源：河口镇人民政府 | 2024.01.21", "来源：<a>河口镇</a>　2024-01-21　浏览：<b>86</b>",
                           "发布：2024/01/21", "发布于 2024-01-21", "作者：党政办　2024年01月21日　浏览：312次",
                           "河口镇人民政府　2024-01-21 10:32:05", "2024-01-21 10:32 来源：县司法局 浏览次数："}) {
    const Document page = page_of(title + "<div class='info'>" + line + "</div>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_EQ(page.metadata.get("published"), "2024-01-21") << line;
    EXPECT_THAT(page.text, Not(HasSubstr("2024-01-21"))) << line;
  }
  // The same line as the content box's first, under the title.
  const Document in_box =
      page_of(title, "<div class='content'><p>来源：河口镇人民政府 | 2024-01-21</p>" + report_body() + "</div>");
  EXPECT_EQ(in_box.metadata.get("published"), "2024-01-21");
  EXPECT_THAT(in_box.text, Not(HasSubstr("来源")));
}

// A date a label other than the publication's introduces is not the page's publication: 成文日期 says when the
// report was written; beside a 发布日期, in either order, the 发布日期 is read, and beside a bare date, the bare one.
TEST(HtmlTemplates, TheWrittenDateIsNoPublicationDate) {
  const std::string title = "<h1>" + std::string(kTitle) + "</h1>";
  EXPECT_EQ(page_of(title + "<div class='info'>成文日期：2024-01-18</div>").metadata.get("published"), "");
  EXPECT_EQ(
      page_of(title + "<div class='info'>成文日期：2024-01-18　发布日期：2024-01-21</div>").metadata.get("published"),
      "2024-01-21");
  EXPECT_EQ(
      page_of(title + "<div class='info'>发布日期：2024-01-21　成文日期：2024-01-18</div>").metadata.get("published"),
      "2024-01-21");
  EXPECT_EQ(page_of(title + "<div>成文日期：2024-01-18</div><div>河口镇人民政府 · 2024-01-21</div>")
                .metadata.get("published"),
            "2024-01-21");
}

// Dates that are not the page's give none: a clock beside the site's name, several dated lines (a list of other
// articles), another article's title before its date, a date glued to words, the title's own date.
TEST(HtmlTemplates, NoUnlabelledDateFromAClockAListOrATitle) {
  const std::string title = "<h1>" + std::string(kTitle) + "</h1>";
  EXPECT_EQ(page_of("<div class='top'>河口镇人民政府　2024年1月21日 星期日</div>" + title).metadata.get("published"),
            "");
  EXPECT_EQ(page_of(title + "<div>河口镇人民政府 · 2024-01-05</div><div>县司法局 · 2024-01-09</div>")
                .metadata.get("published"),
            "");
  EXPECT_EQ(page_of("<ul><li><a>河口镇召开法治建设专题会议</a> <span>2024-01-05</span></li></ul>" + title)
                .metadata.get("published"),
            "");
  EXPECT_EQ(page_of(title + "<div>数据截至2024-01-21</div>").metadata.get("published"), "");
  EXPECT_EQ(page_of("<h1>" + std::string(kTitle) + "（2024-01-18）</h1>").metadata.get("published"), "");
}

// A title opening the content box in title lines of their own, the organ's then the report's name (<h1>, <h2>; or
// centred bold <p>s), is one line, and the page's <title> is not set above it again; a joint report's two organs
// keep their lines.
TEST(HtmlTemplates, ATitleInTwoElementsOpeningTheBoxIsOneLine) {
  const std::string body = report_body();
  for (const std::string& opening :
       {std::string("<h1>河口镇</h1><h2>2023年法治政府建设情况报告</h2>"),
        std::string("<p align='center'><b>河口镇</b></p><p align='center'><b>2023年法治政府建设情况报告</b></p>")}) {
    const Document page = page_of("", "<div class='content'>" + opening + body.substr(body.find("<p>")));
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_THAT(page.text, ::testing::StartsWith(std::string(kTitle) + "\n一、")) << opening;
  }
  const Document joint = page_of("", "<div class='content'><h1>中共河口镇委员会</h1><h1>河口镇人民政府</h1><h2>" +
                                         std::string(kTitle).substr(std::string("河口镇").size()) + "</h2>" +
                                         body.substr(body.find("<p>")));
  // The report's name in the box is the one the page's <title> names: it is not set above it again.
  EXPECT_THAT(joint.text, ::testing::StartsWith("中共河口镇委员会\n河口镇人民政府\n2023年法治政府建设情况报告\n一、"));
}

// An info line opening with the date and a time, its fields labelled after it (2024-01-21 09:30　来源：…　浏览次数：
// 12, 2024年01月21日 09:30:12 来源：… 作者：…), dates the page and gives its source, as a labelled line does.
TEST(HtmlTemplates, AnInfoLineOpeningWithADateAndATimeGivesItsSource) {
  const std::string title = "<h1>" + std::string(kTitle) + "</h1>";
  for (const std::string& line : {std::string("2024-01-21 09:30　来源：河口镇司法所　浏览次数：<span>12</span>"),
                                  std::string("2024年01月21日 09:30:12 来源：河口镇司法所 作者：李明")}) {
    const Document page = page_of(title + "<div class='info'>" + line + "</div>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_EQ(page.metadata.get("web.source"), "河口镇司法所") << line;
    EXPECT_EQ(page.metadata.get("published"), "2024-01-21") << line;
    EXPECT_THAT(page.text, Not(HasSubstr("来源"))) << line;
  }
  // A clock before a source labels no publication: its date is the clock's.
  EXPECT_EQ(page_of("<div>2024年12月3日 星期二 来源：河口镇司法所</div>" + title).metadata.get("published"), "");
}

// A content box opening with the report's title the page's <title> names, however the organ before the name is
// worded (two organs, the county before the town, 关于…的报告), is not titled again by the page's <title>; a box
// opening with a sentence that names the report is.
TEST(HtmlTemplates, TheReportNamedInTheBoxIsNotTitledAgain) {
  const std::string body = report_body().substr(report_body().find("<p>"));
  for (const std::string& opening :
       {std::string(
            "<p align='center'><b>中共河口镇委员会<br>河口镇人民政府<br>关于2023年法治政府建设情况的报告</b></p>"),
        std::string("<p align='center'><b>青溪县河口镇人民政府关于2023年度法治政府建设情况的报告</b></p>")}) {
    const Document page = page_of("", "<div class='content'>" + opening + body);
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_THAT(page.text, Not(::testing::StartsWith(std::string(kTitle)))) << opening;
    EXPECT_THAT(page.text, HasSubstr("情况的报告\n一、")) << opening;
  }
  const Document sentence = page_of(
      "", "<div class='content'><p>2023年，河口镇坚持依法行政，现将2023年法治政府建设情况报告如下：</p>" + body);
  EXPECT_THAT(sentence.text, ::testing::StartsWith(std::string(kTitle) + "\n2023年，"));
}

// A short report beside a sidebar in boxes no content system names (a notice with sentences, a related list) is read
// alone: the box with the report's headings and date holds most of the prose; the sidebar has neither.
TEST(HtmlTemplates, AShortReportBesideASidebarIsReadAlone) {
  const std::string sidebar =
      "<div class='zl'><div>重要提示</div><p>本站发布的信息仅供参考，如有疑问请致电县政府办公室。办公时间为工作日上午"
      "8:30至12:00。</p><div>相关链接</div><ul><li><a href='/1'>青溪县司法局</a></li></ul></div>";
  const std::string report = "<div class='zr'><div class='bt'>" + std::string(kTitle) + "</div><div class='nr'>" +
                             report_body().substr(report_body().find("<p>")) + "</div>";
  for (const bool sidebar_first : {true, false}) {
    const Document page =
        page_of("", "<div class='wrap'>" + (sidebar_first ? sidebar + report : report + sidebar) + "</div>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_THAT(page.text, HasSubstr("一、主要举措和成效")) << sidebar_first;
    EXPECT_THAT(page.text, Not(HasSubstr("重要提示"))) << sidebar_first;
    EXPECT_THAT(page.text, ::testing::EndsWith("2024年1月18日")) << sidebar_first;
  }
  // A report split across two boxes, each with headings, is read whole.
  const Document split = page_of(
      "",
      "<div class='wrap'><div class='a'><p>一、主要举措和成效</p><p>（一）推进依法决策</p><p>2023年，河口镇办理行政复议"
      "案件12件，调解纠纷86件，开展普法宣传活动15场次，审查合同39份。</p></div><div class='b'><p>二、存在的不足</p>"
      "<p>一是执法力量不足，基层执法人员数量偏少；二是法治宣传形式单一，群众参与度不高。</p><p>河口镇人民政府</p>"
      "<p>2024年1月18日</p></div></div>");
  EXPECT_THAT(split.text, HasSubstr("审查合同39份。\n二、存在的不足"));
}

// A layout cell around a short report (a title, an info line, the report's paragraphs in <p>s beside a cell of menu
// links) is no table of figures: its paragraphs are paragraphs. A cell of figures holding a <p> or two stays one.
TEST(HtmlTemplates, ALayoutCellAroundAShortReportIsNoTable) {
  const Document page = page_of("", "<table><tr><td><a href='/'>首页</a><br><a href='/zwgk/'>政务公开</a></td><td>" +
                                        report_body().substr(report_body().find("<p>")) + "</td></tr></table>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_EQ(test::table_cells(page).size(), 0u);
  EXPECT_EQ(page.metadata.get("date"), "2024-01-18");
  const Document figures = page_of(
      "",
      "<div class='content'><p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件12件，调解纠纷86件。</p>"
      "<table><tr><td><p>行政复议</p><p>（含听证）</p></td><td><p>12件。</p></td></tr><tr><td><p>行政诉讼</p></td>"
      "<td><p>3件。</p></td></tr></table><p>二、存在的不足</p><p>一是执法力量不足。</p><p>河口镇人民政府</p>"
      "<p>2024年1月18日</p></div>");
  EXPECT_EQ(test::table_cells(figures).size(), 4u);
}

// What the page sets in the content box after the report's date is the page's: a bare label over the attachments'
// download links (附件：), a read count (阅读：1024). A 附件 line naming the annex stays the report's.
TEST(HtmlTemplates, ABareAttachmentLabelAndAReadCountAfterTheDateAreThePages) {
  const std::string body = report_body().substr(0, report_body().rfind("</div>"));
  const Document label =
      page_of("", body + "<p>附件：</p><p><a href='/u/tj.xlsx'>行政执法数据统计表.xlsx</a></p></div>");
  ASSERT_EQ(label.status, DocumentStatus::ok) << label.error;
  EXPECT_THAT(label.text, ::testing::EndsWith("2024年1月18日"));
  EXPECT_EQ(label.metadata.get("web.attachment"), "/u/tj.xlsx");
  const Document count = page_of("", body + "<p>阅读：1024</p></div>");
  EXPECT_THAT(count.text, ::testing::EndsWith("2024年1月18日"));
  const Document annex = page_of("", body + "<p>附件：2023年度行政执法数据统计表</p></div>");
  EXPECT_THAT(annex.text, ::testing::EndsWith("附件：2023年度行政执法数据统计表"));
}

// 发布者： labels the publishing organ as 发布机构： does: the line is an info line, and its date the page's.
TEST(HtmlTemplates, APublisherLabelledOtherwiseLeavesTheDate) {
  const Document page =
      page_of("<h1>" + std::string(kTitle) +
              "</h1><div class='info'><span>发布者：河口镇司法所</span> <span>发布时间：2024-02-16</span></div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_EQ(page.metadata.get("published"), "2024-02-16");
  EXPECT_EQ(page.metadata.get("web.publisher"), "河口镇司法所");
  EXPECT_THAT(page.text, Not(HasSubstr("发布")));
}

// A story's headline naming no report titles its page when the page's <title> gives the same headline; a column's
// name above a box (工作动态, short) or a heading the <title> does not give is no title, so no chrome opens the text.
TEST(HtmlTemplates, AHeadlineTheTitleRepeatsTitlesAStory) {
  const std::string story =
      "<div class='content'><p>3月11日，河口镇召开法治政府建设推进会，部署2024年行政执法监督等12项任务。</p>"
      "<p>会议要求各村压实责任。</p></div>";
  const auto page_titled = [&](const std::string& title, const std::string& above) {
    test::TemporaryDirectory dir;
    test::write_file(dir / "p.html", "<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>" +
                                         above + story + "</body></html>");
    return test::process_with_default_pipeline(dir / "p.html");
  };
  const Document titled =
      page_titled("河口镇召开法治政府建设推进会-河口镇人民政府", "<h1>河口镇召开法治政府建设推进会</h1>");
  ASSERT_EQ(titled.status, DocumentStatus::ok) << titled.error;
  EXPECT_EQ(titled.metadata.get("title"), "河口镇召开法治政府建设推进会");
  EXPECT_THAT(titled.text, ::testing::StartsWith("河口镇召开法治政府建设推进会\n3月11日"));
  EXPECT_EQ(titled.metadata.get("genre"), "news");
  // A column's name, even one the page's <title> gives, and a heading the <title> does not repeat.
  for (const auto& [title, heading] : {std::pair<std::string, std::string>{"工作动态_河口镇人民政府", "工作动态"},
                                       {"详情页_河口镇人民政府", "河口镇召开法治政府建设推进会"}}) {
    const Document page = page_titled(title, "<h2>" + heading + "</h2>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_THAT(page.text, ::testing::StartsWith("3月11日")) << heading;
  }
  // A site's masthead or a column's banner the page's <title> repeats, over a report opening with its own title,
  // is no title either.
  std::string titled_body = report_body();
  titled_body.insert(titled_body.find('>') + 1, "<p>" + std::string(kTitle) + "</p>");
  for (const std::string site : {"河口镇人民政府门户网站", "河口镇法治政府建设专题栏目"}) {
    test::TemporaryDirectory dir;
    test::write_file(dir / "p.html", "<html><head><meta charset='utf-8'><title>" + site + "</title></head><body><h1>" +
                                         site + "</h1>" + titled_body + "</body></html>");
    const Document report = test::process_with_default_pipeline(dir / "p.html");
    EXPECT_EQ(report.metadata.get("title"), kTitle) << site;
    EXPECT_THAT(report.text, ::testing::StartsWith(std::string(kTitle) + "\n")) << site;
  }
}

// A masthead naming an organ (a procuratorate, a 人大常委会, a 司法所, a department, a column) or the site's own name
// (its SiteName, or the site's part of a <title> that names a story before it) is no story's headline, even when
// the page's <title> repeats it; a headline with a 破折号 is compared with the whole <title> less the site's part,
// which may come first.
TEST(HtmlTemplates, AMastheadOrTheSitesNameIsNoHeadline) {
  const std::string story =
      "<div class='content'><p>3月11日，青溪县召开法治政府建设推进会，部署2024年行政执法监督等12项任务。</p>"
      "<p>会议要求各单位压实责任。</p></div>";
  const auto page_with = [&](const std::string& head, const std::string& above) {
    test::TemporaryDirectory dir;
    test::write_file(dir / "p.html",
                     "<html><head><meta charset='utf-8'>" + head + "</head><body>" + above + story + "</body></html>");
    return test::process_with_default_pipeline(dir / "p.html");
  };
  for (const std::string masthead :
       {"青溪县人民检察院", "青溪县人大常委会", "青溪县河口镇司法所", "江南省自然资源厅", "法治政府建设专题栏目"}) {
    const Document page = page_with("<title>" + masthead + "</title>", "<h1>" + masthead + "</h1>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_THAT(page.text, ::testing::StartsWith("3月11日")) << masthead;
  }
  const std::string site = "青溪县法治建设动态";
  const Document named =
      page_with("<title>" + site + "</title><meta name='SiteName' content='" + site + "'>", "<h1>" + site + "</h1>");
  EXPECT_THAT(named.text, ::testing::StartsWith("3月11日"));
  const Document site_part = page_with("<title>青溪县召开法治政府建设推进会_" + site + "</title>",
                                       "<div class='logo'><h1>" + site + "</h1></div>");
  EXPECT_THAT(site_part.text, ::testing::StartsWith("3月11日"));
  // The headline with its 破折号, and the headline after the site's name and a column's.
  const std::string dashed = "法治护航——青溪县召开法治政府建设推进会";
  for (const std::string& title : {dashed + "_青溪县人民政府", "青溪县人民政府 - 新闻动态 - " + dashed}) {
    const Document page = page_with("<title>" + title + "</title>", "<h1>" + dashed + "</h1>");
    EXPECT_EQ(page.metadata.get("title"), dashed) << title;
    EXPECT_THAT(page.text, ::testing::StartsWith(dashed + "\n3月11日")) << title;
  }
}

// Labels portals name otherwise: 来自 for the source (empty here, before the date), and the page's column opening
// the info line before its labelled date (栏目：… 发布时间：…).
TEST(HtmlTemplates, AnInfoLineOpenedByItsColumnOrSourcedFromIsRead) {
  const std::string title = "<h1>" + std::string(kTitle) + "</h1>";
  const Document sourced = page_of(title + "<div class='info'>来自：　时间：2024-01-21</div>");
  EXPECT_EQ(sourced.metadata.get("published"), "2024-01-21");
  const Document from = page_of(title + "<div class='info'>来自：河口镇司法所　发布时间：2024-01-22</div>");
  EXPECT_EQ(from.metadata.get("web.source"), "河口镇司法所");
  EXPECT_EQ(from.metadata.get("published"), "2024-01-22");
  const Document column = page_of(title + "<div class='info'>栏目：法治政府建设　发布时间：2024-01-23</div>");
  EXPECT_EQ(column.metadata.get("published"), "2024-01-23");
  EXPECT_THAT(column.text, Not(HasSubstr("栏目")));
}
}  // namespace
}  // namespace docpipe
