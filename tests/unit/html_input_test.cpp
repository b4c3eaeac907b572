// input.html on the portal-page corpus (tests/data/html, written by scripts/generate_html_fixtures.py):
// each page reads to exactly the text, sections and metrics of the report's TXT, with none of the
// page's chrome, and with the title, region, year, publication date and unit right.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "docpipe/decimal.hpp"
#include "docpipe/text.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using test::table_cells;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

struct ExpectedPage {
  std::string page, report, title, region, year, published, unit;
};

std::vector<ExpectedPage> expected_pages() {
  std::ifstream in(test::kTestData / "html" / "expected.tsv");
  std::vector<ExpectedPage> pages;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    ExpectedPage page;
    for (std::string* field :
         {&page.page, &page.report, &page.title, &page.region, &page.year, &page.published, &page.unit}) {
      std::getline(fields, *field, '\t');
    }
    pages.push_back(page);
  }
  return pages;
}

std::vector<std::string> section_tree(const Document& document) {
  std::vector<std::string> tree;
  for (const auto& s : document.sections) {
    std::string kinds;
    for (const auto& k : s.kinds) kinds += k + ";";
    tree.push_back(s.id + "|" + s.parent + "|" + std::to_string(s.level) + "|" + s.number + "|" + s.title + "|" +
                   kinds + "|" + std::to_string(s.start) + "-" + std::to_string(s.end));
  }
  return tree;
}

std::vector<std::string> metric_list(const Document& document) {
  std::vector<std::string> metrics;
  for (const auto& m : document.metrics) {
    metrics.push_back(format_decimal(m.value) + "|" + m.unit + "|" + m.text + "|" + m.code + "|" + m.section + "|" +
                      std::to_string(m.start));
  }
  return metrics;
}

// The report's TXT read with its title on one line, as its page shows it: the page wraps a title the TXT writes
// on two lines (酉阳…麻旺镇⏎关于2023年度…的报告) with a <br>, which input.html reads as the one line a title is,
// while input.txt keeps the lines its writer typed.
Document txt_with_its_title_on_one_line(const ExpectedPage& expected, const test::TemporaryDirectory& dir) {
  const std::filesystem::path report = test::kTestData / "reports" / expected.report;
  std::istringstream lines(test::read_file(report));
  std::string title, line;
  std::size_t title_lines = 0;
  while (title.size() < expected.title.size() && std::getline(lines, line)) {
    line.erase(0, line.find_first_not_of(' '));
    title += line, ++title_lines;
  }
  if (title_lines < 2 || title != expected.title) return test::process_with_default_pipeline(report);
  std::string rest((std::istreambuf_iterator<char>(lines)), std::istreambuf_iterator<char>());
  test::write_file(dir / expected.report, title + "\n" + rest);
  return test::process_with_default_pipeline(dir / expected.report);
}

class PortalPage : public ::testing::TestWithParam<ExpectedPage> {};

TEST_P(PortalPage, ReadsAsTheReportsTxtWithoutChrome) {
  const ExpectedPage& expected = GetParam();
  test::TemporaryDirectory dir;
  const Document txt = txt_with_its_title_on_one_line(expected, dir);
  const Document page = test::process_with_default_pipeline(test::kTestData / "html" / expected.page);
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_EQ(page.format, "html");
  EXPECT_EQ(page.text, txt.text);
  EXPECT_THAT(section_tree(page), ::testing::ElementsAreArray(section_tree(txt)));
  EXPECT_THAT(metric_list(page), ::testing::ElementsAreArray(metric_list(txt)));
  for (const char* chrome : {"ICP", "公网安备", "浏览次数", "第3期", "0871", "设为首页", "今天是", "您当前所在位置",
                             "分享到", "打印本页", "var visits", "line-height"}) {
    EXPECT_THAT(page.text, Not(HasSubstr(chrome))) << chrome;
  }
  for (const auto& metric : page.metrics) EXPECT_THAT(metric.text, Not(HasSubstr("第3期")));
  EXPECT_EQ(page.metadata.get("title"), expected.title);
  EXPECT_EQ(page.metadata.get("region"), expected.region);
  EXPECT_EQ(page.metadata.get("year"), expected.year);
  EXPECT_EQ(page.metadata.get("published"), expected.published);
  EXPECT_EQ(page.metadata.get("unit"), expected.unit);
}

INSTANTIATE_TEST_SUITE_P(Corpus, PortalPage, ::testing::ValuesIn(expected_pages()), [](const auto& info) {
  std::string name = info.param.page.substr(0, info.param.page.find('.'));
  for (auto& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(HtmlInput, TheCorpusHasAtLeastEightPages) { EXPECT_GE(expected_pages().size(), 8u); }

TEST(HtmlInput, ACharsetDeclaredWronglyIsDetectedAndRecorded) {
  const Document declared_utf8 =
      test::process_with_default_pipeline(test::kTestData / "html" / "05-ucap-utf8-declared-gbk.html");
  EXPECT_EQ(declared_utf8.encoding, "GB18030");
  EXPECT_EQ(declared_utf8.metadata.get("declared_encoding"), "utf-8");
  const Document declared_gb2312 =
      test::process_with_default_pipeline(test::kTestData / "html" / "01-trs-gb2312-declared-gbk.html");
  EXPECT_EQ(declared_gb2312.encoding, "GB18030");
  EXPECT_THAT(declared_gb2312.metadata.get("web.site"), HasSubstr("喆"));  // a GBK character outside GB2312
  const Document with_bom =
      test::process_with_default_pipeline(test::kTestData / "html" / "04-table-layout-utf8-bom.html");
  EXPECT_EQ(with_bom.encoding, "UTF-8");
}

TEST(HtmlInput, PortalMetadataAndAttachmentsGoToMetadataNotText) {
  const Document page =
      test::process_with_default_pipeline(test::kTestData / "html" / "01-trs-gb2312-declared-gbk.html");
  EXPECT_EQ(page.metadata.get("web.source"), "黄门镇人民政府");
  EXPECT_EQ(page.metadata.get("web.index_number"), "11530424MB1C12345A/2025-00012");
  const auto attachments = page.metadata.all("web.attachment");
  EXPECT_THAT(attachments, Contains("/files/report.pdf"));
  EXPECT_THAT(attachments, Contains("/files/report.wps"));
  EXPECT_THAT(page.text, Not(HasSubstr("索引号")));
  EXPECT_THAT(page.text, Not(HasSubstr("附件")));
}

TEST(HtmlInput, ContentDecidesNotTheExtension) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "saved-page.txt", test::read_file(test::kTestData / "html" / "06-html5-utf8.html"));
  const Document page = test::process_with_default_pipeline(dir / "saved-page.txt");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_EQ(page.format, "html");
  EXPECT_THAT(page.text, Not(HasSubstr("<p")));
}

TEST(HtmlInput, APageWithoutArticleTextIsAClearError) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "empty.html",
                   "<!DOCTYPE html><html><head><title>x</title></head><body><ul><li><a "
                   "href='/'>首页</a></li></ul></body></html>");
  const Document page = test::process_with_default_pipeline(dir / "empty.html");
  EXPECT_EQ(page.status, DocumentStatus::error);
  EXPECT_THAT(page.error, HasSubstr("input.html: the page holds no article text"));
}

// The error of a page written to `dir` as `name`, which must be one.
std::string error_of_page(const test::TemporaryDirectory& dir, const std::string& name, const std::string& html) {
  test::write_file(dir / name, html);
  const Document page = test::process_with_default_pipeline(dir / name);
  EXPECT_EQ(page.status, DocumentStatus::error) << name;
  return page.error;
}

// What a portal serves when a download fails, saved under the report's name, is no empty report: an error that
// says what the page is.
TEST(HtmlInput, AnErrorLoginOrRedirectPageIsAFailedDownload) {
  test::TemporaryDirectory dir;
  const auto error_of = [&](const std::string& name, const std::string& html) {
    return error_of_page(dir, name, html);
  };
  EXPECT_THAT(error_of("404.pdf",
                       "<!DOCTYPE html><html><head><meta charset='utf-8'><title>404 页面不存在_青禾县人民政府</title>"
                       "</head><body><div><h2>抱歉，您访问的页面不存在或已被删除！</h2><p>请检查网址是否正确，或返回"
                       "<a href='/'>首页</a>。</p><p>5秒后自动跳转……</p></div></body></html>"),
              HasSubstr("input.html: the file is a web site's error page, not a report (the download failed); its "
                        "title says 404 页面不存在_青禾县人民政府"));
  EXPECT_THAT(error_of("login.docx",
                       "<!DOCTYPE html><html><head><meta charset='utf-8'><title>用户登录 - 青禾县政务OA</title></head>"
                       "<body><form action='/login'><p>请输入用户名和密码</p><input name='u'><input type='password' "
                       "name='p'><button>登录</button></form><p>会话已过期，请重新登录后下载附件。</p></body></html>"),
              HasSubstr("login page"));
  EXPECT_THAT(
      error_of("redirect.pdf",
               "<html><head><meta http-equiv='refresh' content='0;url=/attach/2025/liuxi.pdf'><script>"
               "location.href=\"/attach/2025/liuxi.pdf\"</script></head><body>正在跳转，请稍候……</body></html>"),
      HasSubstr("redirect page, not a report (the download failed); it refreshes to /attach/2025/liuxi.pdf"));
  // Each sign on its own: a script that only redirects, a password field, the words of a near-empty page.
  EXPECT_THAT(error_of("script.html",
                       "<html><head><script>window.location.replace('/a/b.pdf');</script></head>"
                       "<body><p>请稍候。</p></body></html>"),
              HasSubstr("its script sends the reader to /a/b.pdf"));
  EXPECT_THAT(error_of("password.html",
                       "<html><body><form><p>用户名：</p><input><p>密码：</p>"
                       "<input type='password'></form><p>请输入。</p></body></html>"),
              HasSubstr("it asks for a password"));
  EXPECT_THAT(error_of("gone.html", "<html><body><p>您访问的页面找不到了。</p></body></html>"),
              HasSubstr("error page"));
}

TEST(HtmlInput, HeadingsAndParagraphsFromMarkupWithoutContainerNames) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "p.html",
                   "<html><head><meta charset='utf-8'></head><body><div class='menu'><a href='/'>首页</a> <a "
                   "href='/a'>机构概况</a></div><div class='q1'><div class='q2' "
                   "align='center'>某某县2023年法治政府建设年度报告</div>"
                   "<div class='q3'>2023年，某某县深入推进法治政府建设，现将有关情况报告如下：<br>"
                   "<h3>一、主要工作</h3><p>全年开展法治讲座12场，发放宣传资料3000份。</p>"
                   "<h3>二、存在问题</h3><p>基层法治力量仍显薄弱，执法队伍专业化水平有待提高。</p></div></div>"
                   "<div class='bottom'>版权所有：某某县人民政府 联系电话：0000-1234567</div></body></html>");
  const Document page = test::process_with_default_pipeline(dir / "p.html");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_EQ(
      page.text,
      "某某县2023年法治政府建设年度报告\n2023年，某某县深入推进法治政府建设，现将有关情况报告如下：\n一、主要工作\n"
      "全年开展法治讲座12场，发放宣传资料3000份。\n二、存在问题\n基层法治力量仍显薄弱，执法队伍专业化水平有待提高。");
  EXPECT_EQ(page.metadata.get("region"), "某某县");
  int headings = 0;
  for (const auto& block : page.blocks) headings += block.kind == BlockKind::heading;
  EXPECT_EQ(headings, 2);
}

TEST(HtmlInput, AnUndeclaredGbkPageIsDetected) {
  std::string bytes = test::read_file(test::kTestData / "html" / "03-unnamed-br-gbk.html");
  const std::string declaration = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">";
  const auto at = bytes.find(declaration);
  ASSERT_NE(at, std::string::npos);
  bytes.erase(at, declaration.size());
  test::TemporaryDirectory dir;
  test::write_file(dir / "undeclared.html", bytes);
  const Document undeclared = test::process_with_default_pipeline(dir / "undeclared.html");
  const Document declared = test::process_with_default_pipeline(test::kTestData / "html" / "03-unnamed-br-gbk.html");
  ASSERT_EQ(undeclared.status, DocumentStatus::ok) << undeclared.error;
  EXPECT_EQ(undeclared.encoding, "GB18030");
  EXPECT_EQ(undeclared.text, declared.text);
}

TEST(HtmlInput, AKnownContainerNameDecidesOnlyWhereTheStructureIsUnclear) {
  const std::string sidebar_paragraph =
      "<p>镇长简介：某某，男，汉族，大学学历，主持镇政府全面工作，分管财政、审计工作。</p>";
  const std::string article_paragraph =
      "<p>全年开展法治讲座12场，发放宣传资料3000份，群众满意度明显提升，基层治理水平不断提高。</p>";
  std::string page =
      "<html><head><meta charset='utf-8'><title>某某镇2023年法治政府建设年度报告_某某镇</title></head>"
      "<body><div class='wrap'><div class='side'>";
  for (int i = 0; i < 3; ++i) page += sidebar_paragraph;
  page += "</div><div id='zoom'>";
  for (int i = 0; i < 5; ++i) page += article_paragraph;
  page += "</div></div></body></html>";
  test::TemporaryDirectory dir;
  test::write_file(dir / "hinted.html", page);
  const Document document = test::process_with_default_pipeline(dir / "hinted.html");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_THAT(document.text, Not(HasSubstr("镇长简介")));
  EXPECT_THAT(document.text, HasSubstr("全年开展法治讲座12场"));
  EXPECT_THAT(document.text, ::testing::StartsWith("某某镇2023年法治政府建设年度报告\n"));
}

// A report's body with a signature, for the page tests below.
std::string report_body(const std::string& extra = "") {
  return "<div class='content'><p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件12件，调解纠纷86件。</p>"
         "<p>二、存在的不足</p><p>一是执法力量不足。</p><p>三、下一步工作打算</p><p>2024年，将加强执法队伍建设。</p>" +
         extra + "<p>河口镇人民政府</p><p>2024年1月18日</p></div>";
}

Document page_of(const std::string& title, const std::string& header, const std::string& body = report_body()) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "p.html", "<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>" +
                                       header + body + "</body></html>");
  return test::process_with_default_pipeline(dir / "p.html");
}

// 信息公开 info blocks as portals lay them out: the publication date is read from every one.
TEST(HtmlInput, PublicationFactsFromInfoBlocksOfEveryLayout) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  // A table of label and value cells: its rows count as lines, not its cells.
  std::string table = "<table>";
  for (const char* row : {"<td>发布日期：</td><td>2024-03-05</td><td>索引号：</td><td>1311/2024-0012</td>",
                          "<td>主题分类：</td><td>司法</td><td>发文机关：</td><td>河口镇人民政府</td>",
                          "<td>文号：</td><td>无</td><td>有效性：</td><td>有效</td>",
                          "<td>体裁分类：</td><td>报告</td><td>公开方式：</td><td>主动公开</td>",
                          "<td>服务对象：</td><td>公众</td><td>组配分类：</td><td>法治</td>"}) {
    table += std::string("<tr>") + row + "</tr>";
  }
  table += "</table><h1>" + title + "</h1>";
  EXPECT_EQ(page_of(title, table).metadata.get("web.published"), "2024-03-05");
  // 成文日期 is when it was written, not published.
  EXPECT_EQ(page_of(title,
                    "<table><tr><td>成文日期：</td><td>2024-01-18</td><td>发布日期：</td><td>2024-03-05</td>"
                    "</tr></table>")
                .metadata.get("web.published"),
            "2024-03-05");
  // Labels without a colon in header cells.
  const Document no_colon =
      page_of(title,
              "<table><tr><th>发文机关</th><td>河口镇人民政府</td><th>发布日期</th><td>2024年03月05日</td>"
              "</tr></table>");
  EXPECT_EQ(no_colon.metadata.get("web.published"), "2024-03-05");
  EXPECT_EQ(no_colon.metadata.get("web.publisher"), "河口镇人民政府");
  EXPECT_THAT(no_colon.text, Not(HasSubstr("发文机关")));
  // A label and its value in blocks of their own.
  const Document split = page_of(
      title,
      "<ul><li><span>发布日期：</span><p>2024-03-05</p></li><li><span>来源：</span><p>河口镇人民政府</p></li></ul>");
  EXPECT_EQ(split.metadata.get("web.published"), "2024-03-05");
  EXPECT_EQ(split.metadata.get("web.source"), "河口镇人民政府");
  // Fields glued together: the source ends where the next label begins.
  EXPECT_EQ(page_of(title,
                    "<div class='info'><span>发布时间：2024-03-05</span><span>来源：河口镇人民政府</span>"
                    "<span>浏览次数：1234</span></div>")
                .metadata.get("web.source"),
            "河口镇人民政府");
}

// The info block with bracketed labels ([ 索引号 ] …, 【发布日期】…), above the article or inside its container over
// the title, in a table or several fields to a line: portal chrome whose publication date is the report's, never
// its title or text.
TEST(HtmlInput, AnInfoBlockWithBracketedLabels) {
  const std::string title = "河口镇人民政府关于2023年度法治政府建设工作情况的报告";
  const std::string fields =
      "<div class='xxgk'><span>[ 索引号 ]</span> 11510322MB1234567X/2024-00012 <span>[ 发文字号 ]</span></div>"
      "<div class='xxgk'><span>[ 发布机构 ]</span> 河口镇人民政府 <span>[ 成文日期 ]</span> 2024-01-18 "
      "<span>[ 发布日期 ]</span> 2024-04-20</div>";
  const std::string body = report_body();
  const std::string inside = "<div class='content'>" + fields + "<p>" + title + "</p>" +
                             body.substr(std::string("<div class='content'>").size());
  const std::string table =
      "<table><tr><td>[ 索引号 ]</td><td>11510322MB1234567X/2024-00012</td><td>[ 发布机构 ]</td><td>河口镇人民政府</td>"
      "</tr><tr><td>[ 成文日期 ]</td><td>2024-01-18</td><td>[ 发布日期 ]</td><td>2024-04-20</td></tr></table><h1>" +
      title + "</h1>";
  const std::string solid =
      "<ul><li>【索引号】11510322MB1234567X/2024-00012</li><li>【发布机构】河口镇人民政府</li>"
      "<li>【发布日期】2024-04-20</li></ul><h1>" +
      title + "</h1>";
  for (const auto& [header, page_body] :
       {std::pair{fields + "<h1>" + title + "</h1>", body}, std::pair{std::string(), inside}, std::pair{table, body},
        std::pair{solid, body}}) {
    const Document page = page_of("详情页", header, page_body);
    EXPECT_EQ(page.metadata.get("title"), title) << header << page_body;
    EXPECT_EQ(page.metadata.get("published"), "2024-04-20") << header << page_body;
    EXPECT_THAT(page.text, Not(HasSubstr("索引号"))) << header << page_body;
    EXPECT_THAT(page.text, Not(HasSubstr("2024-04-20"))) << header << page_body;
  }
}

// A portal may state its date in Chinese numerals, as signatures are written (日 or 号): it is read as one of digits.
TEST(HtmlInput, APortalDateInChineseNumeralsIsThePublicationDate) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  for (const std::string date : {"二〇二四年四月二十日", "二○二四年四月二十日", "二〇二四年四月二十号"}) {
    const Document page = page_of("详情页", "<h1>" + title + "</h1><div class='info'>日期：" + date + "</div>");
    EXPECT_EQ(page.metadata.get("published"), "2024-04-20") << date;
    EXPECT_THAT(page.text, Not(HasSubstr(date))) << date;
  }
}

TEST(HtmlInput, TheTitleIsThePartOfThePageTitleThatNamesAReport) {
  const Document page = page_of("安平县人民政府 - 河口镇2023年法治政府建设情况报告", "");
  EXPECT_EQ(page.metadata.get("title"), "河口镇2023年法治政府建设情况报告");
  EXPECT_EQ(page.metadata.get("year"), "2023");
  EXPECT_EQ(page_of("关于《纲要（2021-2025年）》落实情况的报告_安平县人民政府", "").metadata.get("title"),
            "关于《纲要（2021-2025年）》落实情况的报告");
}

// A report's own words are never the sign: a short report telling citizens to 登录 a platform, under a site's
// name or with a login box and a mobile redirect in the page's frame, is a report.
TEST(HtmlInput, AReportMentioningLoginOrRedirectsIsAReport) {
  const std::string login_sentence = "<p>群众可登录政务服务网查询办理进度，页面自动跳转至办件详情。</p>";
  for (const std::string& title : {std::string("河口镇2023年法治政府建设情况报告"), std::string("河口镇人民政府")}) {
    const Document page = page_of(title,
                                  "<script>if(/Android/i.test(navigator.userAgent)){location.href='/m/';}</script>"
                                  "<div class='login'><input name='u'><input type='password'></div>",
                                  report_body(login_sentence));
    ASSERT_EQ(page.status, DocumentStatus::ok) << title << ": " << page.error;
    EXPECT_THAT(page.text, HasSubstr("登录政务服务网")) << title;
  }
  // An attachment's notice that names the report stays the page it was (its report is the attachment).
  const Document notice = page_of(
      "用户登录后下载", "", "<div class='content'><p>河口镇2023年法治政府建设情况报告，请登录后下载附件。</p></div>");
  EXPECT_EQ(notice.status, DocumentStatus::ok) << notice.error;
}

// Words of a site's footer in the report's own last sentences are the report's.
TEST(HtmlInput, AReportSentenceWithFooterWordsIsKept) {
  const Document page = page_of(
      "河口镇2023年法治政府建设情况报告", "",
      report_body("<p>（二）依托省级平台提供的技术支持，推进非现场监管。</p><p>（三）明确各站所为普法承办单位。</p>"));
  EXPECT_THAT(page.text, HasSubstr("技术支持，推进非现场监管"));
  EXPECT_THAT(page.text, HasSubstr("普法承办单位"));
  const Document footer = page_of("河口镇2023年法治政府建设情况报告", "",
                                  report_body() + "<div>主办单位：河口镇人民政府 技术支持：某某网络公司</div>");
  EXPECT_THAT(footer.text, Not(HasSubstr("主办单位")));
}

// A line break in the page's source between a figure and its unit is a space, which the figure keeps.
TEST(HtmlInput, AFigureBrokenAcrossSourceLinesIsRead) {
  const Document page =
      page_of("河口镇2023年法治政府建设情况报告", "", report_body("<p>全年办理法律援助案件412\n件。</p>"));
  EXPECT_TRUE(std::any_of(page.metrics.begin(), page.metrics.end(),
                          [](const Metric& m) { return m.unit == "件" && m.value == 412; }));
}

// A signature and date the page set after the element that holds the prose belong to the report.
TEST(HtmlInput, ASignatureOutsideTheProsesElementIsTheReports) {
  const Document page = page_of(
      "河口镇2023年法治政府建设情况报告", "",
      "<div class='view'><div class='WordSection1'><p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件12件，"
      "调解纠纷86件。</p><p>二、存在的不足</p><p>一是执法力量不足，二是宣传不够深入。</p><p>三、下一步工作打算</p>"
      "<p>2024年，将加强执法队伍建设，组织培训不少于4次。</p></div><p>河口镇人民政府</p><p>2024年1月18日</p></div>");
  EXPECT_EQ(page.metadata.get("date"), "2024-01-18");
  EXPECT_EQ(page.metadata.get("unit"), "河口镇人民政府");
}

// One paragraph of <br>-separated lines holding most of the prose is not the whole article: the headings,
// sentences and signature around it in its parent are the report's too.
TEST(HtmlInput, AParagraphHoldingMostOfTheProseIsNotTheWholeArticle) {
  const Document page = page_of(
      "柳林乡2022年法治政府建设工作报告", "",
      "<div id='zoom'><p>2022年，柳林乡扎实推进法治政府建设，现将有关情况报告如下。<br>一、主要举措和成效<br>全年组织"
      "班子成员集中学法12次，开展干部法治培训3期，参训干部达到156人次，干部法治素养持续提升。<br>二、存在的不足<br>一是"
      "部分村干部依法办事能力不强，二是法治宣传形式较为单一，针对性有待提高。</p><p>三、2023年工作打算</p>"
      "<p>开展干部法治培训3次。</p><p>宜君县柳林乡人民政府</p><p>2023年1月10日</p></div>");
  EXPECT_THAT(page.text, HasSubstr("\n三、2023年工作打算\n开展干部法治培训3次。\n"));
  EXPECT_EQ(page.metadata.get("date"), "2023-01-10");
  EXPECT_EQ(page.metadata.get("unit"), "宜君县柳林乡人民政府");
  const Document before = page_of(
      "柳林乡2022年法治政府建设工作报告", "",
      "<div class='article-content'><p>2022年，柳林乡扎实推进法治建设。</p><p>一、主要成效</p><p>" +
          std::string(20, ' ') +
          "全年组织集中学法12次，开展法治宣传活动35场次，发放宣传资料4200份，调解矛盾纠纷86件，成功83件，办理行政执法"
          "案件19件，全年组织集中学法12次，开展法治宣传活动35场次，发放宣传资料4200份，调解矛盾纠纷86件，各项工作稳步推"
          "进。</p><p>二、存在问题</p><p>干部法治意识不强。</p><p>宜君县柳林乡人民政府</p><p>2023年1月10日</p></div>");
  EXPECT_THAT(before.text, HasSubstr("2022年，柳林乡扎实推进法治建设。\n一、主要成效\n"));
  EXPECT_EQ(before.metadata.get("date"), "2023-01-10");
}

// A table of figures after that paragraph, and the line introducing it, are the report's too: the rest of the
// report after the table is not lost.
TEST(HtmlInput, ATableAfterTheParagraphHoldingTheProseIsTheReports) {
  const Document page = page_of(
      "青石镇2023年法治政府建设年度报告", "",
      "<div "
      "class='content'><h1>青石镇2023年法治政府建设年度报告</h1><p>一、主要工作开展情况</p><p>各级调解组织调解矛盾纠纷"
      "168件，调解成功165件，调解成功率98.2%。全年办理行政处罚案件37件，较上年减少4件。</"
      "p><p>主要工作数据见下表（单位："
      "件）：</p><table "
      "border='1'><tr><td>指标</td><td>2023年</td><td>2022年</td><td>增减</td></tr><tr><td>调解矛盾纠纷"
      "</td><td>168</td><td>152</td><td>+16</td></tr><tr><td>办理行政处罚案件</td><td>37</td><td>41</td><td>-4</td></"
      "tr>"
      "</table><p>二、存在的不足</p><p>村级合法性审查工作仍较薄弱。</p><p style='text-align:right'>青石镇人民政府</p>"
      "<p style='text-align:right'>2024年1月16日</p></div>");
  EXPECT_THAT(page.text, HasSubstr("主要工作数据见下表（单位：件）：\n"));
  EXPECT_THAT(page.text, HasSubstr("二、存在的不足\n村级合法性审查工作仍较薄弱。"));
  EXPECT_EQ(page.metadata.get("date"), "2024-01-16");
  // The table's change column holds changes, signed or not; its earlier year's column earlier figures.
  std::vector<std::string> roles;
  for (const Metric& m : page.metrics) roles.push_back(m.text + "|" + m.role);
  EXPECT_THAT(roles, Contains("+16|change"));
  EXPECT_THAT(roles, Contains("-4|change"));
  EXPECT_THAT(roles, Contains("152|previous"));
}

// After the report's date, a table is the page's (the site's facts), and a line ending in a colon introduces a
// table only when one follows it.
TEST(HtmlInput, TheArticleEndsAtItsDateAndALabelIsNoIntroduction) {
  const Document page = page_of(
      "柳林乡2022年法治政府建设工作报告", "",
      "<div id='zoom'><p>2022年，柳林乡扎实推进法治政府建设，现将有关情况报告如下。<br>一、主要举措和成效<br>全年组织"
      "班子成员集中学法12次，开展干部法治培训3期，参训干部达到156人次，干部法治素养持续提升。<br>二、存在的不足<br>一是"
      "部分村干部依法办事能力不强，二是法治宣传形式较为单一，针对性有待提高。<br>宜君县柳林乡人民政府<br>2023年1月10日"
      "</p><p>温馨提示：</p><table><tr><td>本站信息</td><td>网站标识码6100000001</td></tr><tr><td>统计</td>"
      "<td>今日访问 1268 人</td></tr></table></div>");
  EXPECT_EQ(page.metadata.get("date"), "2023-01-10");
  EXPECT_THAT(page.text, Not(HasSubstr("今日访问")));
  EXPECT_THAT(page.text, Not(HasSubstr("温馨提示")));
}

// A read count written as a sentence about the page, bare or in brackets with the editor's credit, after the
// signature's date is chrome: the date is still read, and the count is no figure.
TEST(HtmlInput, AReadCountOrBracketedCreditsAfterTheDateAreChrome) {
  for (const std::string chrome : {"<p>本文已被浏览 867 次</p>", "<p>该信息已被阅读867次</p>", "<p>点击：867</p>",
                                   "<p>阅读 867</p>", "<p>（责任编辑：王晓燕　审核：刘建国）</p>"}) {
    std::string body = report_body();
    body.insert(body.rfind("</div>"), chrome);
    const Document page = page_of("河口镇2023年法治政府建设情况报告", "", body);
    EXPECT_EQ(page.metadata.get("date"), "2024-01-18") << chrome;
    EXPECT_THAT(page.text, Not(HasSubstr("867"))) << chrome;
    EXPECT_THAT(page.text, Not(HasSubstr("责任编辑"))) << chrome;
  }
  // A report's own sentence about reads is the report's.
  const Document kept = page_of("河口镇2023年法治政府建设情况报告", "",
                                report_body("<p>全年推送普法文章56篇，公众号文章已被阅读12万次。</p>"));
  EXPECT_THAT(kept.text, HasSubstr("公众号文章已被阅读12万次"));
}

// The publication date above the article is read past a long menu of links, and a mobile page's date line
// is one with its read count after it.
TEST(HtmlInput, APublicationDateBelowALongMenuOrBeforeAReadCount) {
  std::string menu = "<ul class='nav'>";
  for (int i = 0; i < 14; ++i)
    menu += "<li><a href='/c" + std::to_string(i) + "/'>栏目" + std::to_string(i) + "</a></li>";
  menu += "</ul>";
  EXPECT_EQ(page_of("河口镇2023年法治政府建设情况报告",
                    menu + "<div class='fbxx'>信息来源：河口镇人民政府　　发布日期：2024年3月4日</div>")
                .metadata.get("web.published"),
            "2024-03-04");
  EXPECT_EQ(
      page_of("河口镇2023年法治政府建设情况报告",
              "<h1>河口镇2023年法治政府建设情况报告</h1><div class='m-info'>2024-03-28 10:05 · 来源：河口镇人民政府 · "
              "阅读 3218</div>")
          .metadata.get("web.published"),
      "2024-03-28");
}

// The date the page shows above the article is the one published, over a <meta> PubDate that differs.
TEST(HtmlInput, TheVisiblePublicationDateWinsOverTheMetaTags) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "p.html",
                   "<html><head><meta charset='utf-8'><meta name='PubDate' content='2024-03-20 09:00'><title>"
                   "河口镇2023年法治政府建设情况报告</title></head><body><div class='info'>发布日期：2024-04-15</div>" +
                       report_body() + "</body></html>");
  const Document page = test::process_with_default_pipeline(dir / "p.html");
  EXPECT_EQ(page.metadata.get("published"), "2024-04-15");
  // A mobile page's bare dateline too.
  test::write_file(dir / "m.html",
                   "<html><head><meta charset='utf-8'><meta name='PubDate' content='2024-03-20 09:00'><title>"
                   "河口镇2023年法治政府建设情况报告</title></head><body><h1>河口镇2023年法治政府建设情况报告</h1>"
                   "<div class='m-info'>2024-04-15 10:05 · 来源：河口镇人民政府 · 阅读 3218</div>" +
                       report_body() + "</body></html>");
  EXPECT_EQ(test::process_with_default_pipeline(dir / "m.html").metadata.get("published"), "2024-04-15");
}

// Word's downlevel-revealed conditionals around a list number are markup, not text: the number is kept.
TEST(HtmlInput, WordsListConditionalsAroundANumberAreDropped) {
  const Document page = page_of(
      "白马镇2023年度法治政府建设工作报告", "",
      "<div class='TRS_Editor'><p>一、主要举措和成效</p><p class='MsoListParagraph'><![if !supportLists]><span>（一）"
      "<span>&nbsp;&nbsp; </span></span><![endif]><span>推进依法决策</span></p><p>全年召开党委会研究重大事项26次。</p>"
      "<p>平武县白马镇人民政府</p><p>2024年1月8日</p></div>");
  EXPECT_THAT(page.text, Not(HasSubstr("<![")));
  EXPECT_TRUE(std::any_of(page.sections.begin(), page.sections.end(), [](const Section& s) {
    return s.level == 2 && s.number == "（一）" && s.title == "推进依法决策";
  }));
}

// A phone prompt or the article's pager after the signature's date is chrome, and the date is still read.
TEST(HtmlInput, APhonePromptOrAPagerAfterTheDateIsChrome) {
  for (const std::string chrome :
       {"<p>扫一扫在手机打开当前页</p>", "<div class='page'><a href='2.html'>上一页</a>　第3页　共3页</div>",
        "<p>首页 上一页 1 2 3 下一页 尾页</p>"}) {
    std::string body = report_body();
    body.insert(body.rfind("</div>"), chrome);
    const Document page = page_of("河口镇2023年法治政府建设情况报告", "", body);
    EXPECT_EQ(page.metadata.get("date"), "2024-01-18") << chrome;
    EXPECT_THAT(page.text, Not(HasSubstr("一页"))) << chrome;
    EXPECT_THAT(page.text, Not(HasSubstr("扫一扫"))) << chrome;
  }
}

// 信息索引号 is the index number's label too, and its row's publisher is read with it.
TEST(HtmlInput, AnInfoRowLabelledWithTheLongIndexNumberLabel) {
  const Document page =
      page_of("双河乡2021年度法治政府建设情况报告",
              "<table><tr><td>信息索引号：</td><td>11500222MB0000001A/2022-00017</td><td>发布机构：</"
              "td><td>綦江区双河乡人民政府</td></tr><tr><td>发文日期：</td><td>2022-02-11</td></tr></table>");
  EXPECT_EQ(page.metadata.get("web.index_number"), "11500222MB0000001A/2022-00017");
  EXPECT_EQ(page.metadata.get("web.publisher"), "綦江区双河乡人民政府");
  // The date it was issued, the publication date as far as the page says.
  EXPECT_EQ(page.metadata.get("web.issued"), "2022-02-11");
  EXPECT_EQ(page.metadata.get("published"), "2022-02-11");
}

// The date issued, written, generated or updated is no publication date when the page gives that one too.
TEST(HtmlInput, ThePublicationDateIsNotAnotherDateOfTheDocument) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  for (const char* header :
       {"<p>发文日期：2024-02-10　发布日期：2024-04-11</p>", "<p>更新时间：2024-06-01　发布时间：2024-04-11</p>",
        "<table><tr><td>生成日期</td><td>2024-02-10</td><td>公开日期</td><td>2024-04-11</td></tr></table>",
        "<ul><li><label>发文日期:</label><p>2024年02月10日 16:40</p></li><li><label>发布日期:</label><p>2024年04月11日 "
        "10:05</p></li></ul>"}) {
    EXPECT_EQ(page_of(title, header).metadata.get("published"), "2024-04-11") << header;
  }
  // A label with no value takes none: not the next label.
  const Document empty = page_of(title,
                                 "<ul><li><label>来源:</label><p></p></li><li><label>发文机构:</label><p>"
                                 "河口镇人民政府</p></li></ul>");
  EXPECT_EQ(empty.metadata.get("web.source"), "");
  // A source glued to the next label ends at it.
  EXPECT_EQ(page_of(title, "<p>来源：河口镇人民政府发文机构：河口镇党政办</p>").metadata.get("web.source"),
            "河口镇人民政府");
}

// A mobile page's bare dateline, or the page's <time> element, above the article dates it; a list of dated
// links does not.
TEST(HtmlInput, AnUnlabelledDatelineAboveTheArticle) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  EXPECT_EQ(
      page_of(title, "<h1>" + title + "</h1><div class='m-meta'>2024-04-11　河口镇</div>").metadata.get("published"),
      "2024-04-11");
  EXPECT_EQ(page_of(title, "<p><time datetime='2024-04-11T09:30:00+08:00'>2024年04月11日</time> · 来源：河口镇</p>")
                .metadata.get("published"),
            "2024-04-11");
  EXPECT_EQ(page_of(title,
                    "<ul><li>2024-04-02 关于开展普法宣传的通知</li><li>2024-03-28 "
                    "关于印发工作要点的通知</li></ul>")
                .metadata.get("published"),
            "");
  EXPECT_EQ(page_of(title, "<div>2024年4月20日 星期六</div>").metadata.get("published"), "");
  EXPECT_EQ(page_of(title, "<div>2024年4月20日 农历三月十二</div>").metadata.get("published"), "");
  // The <time> alone above the article; several <time>s are a list; one dated link in a sidebar dates nothing.
  EXPECT_EQ(
      page_of(title, "<div class='info'><time datetime='2024-04-11'>4月11日</time></div>").metadata.get("published"),
      "2024-04-11");
  EXPECT_EQ(page_of(title,
                    "<ul><li><time datetime='2024-04-02'>4-02</time>通知一</li><li><time "
                    "datetime='2024-03-28'>3-28</time>通知二</li></ul>")
                .metadata.get("published"),
            "");
  EXPECT_EQ(page_of(title,
                    "<div class='side'><p>2024-11-30 关于道路施工的公示</p></div><div>栏目：政务公开</div>"
                    "<div>字号：大 中 小</div><div>打印</div>")
                .metadata.get("published"),
            "");
  // 更新时间 is recorded, never the publication date: portals re-stamp it on every edit.
  const Document updated = page_of(title, "<p>更新时间：2024-06-20</p>");
  EXPECT_EQ(updated.metadata.get("web.updated"), "2024-06-20");
  EXPECT_EQ(updated.metadata.get("published"), "");
}

// Page tools, share bars, download counts and footnotes under the signature leave its date to it.
TEST(HtmlInput, ToolsSharingAndFootnotesAfterTheSignature) {
  for (const std::string after :
       {"<p>分享：微信 微博 QQ 空间</p>", "<p>【我要纠错】【打印】【关闭】</p>", "<p>收藏 分享 打印 关闭</p>",
        "<p>字体：【大】【中】【小】</p><p>A+ A A-</p>", "<p>附件下载次数：37次</p>",
        "<p>[1] 数据截至2023年12月31日。</p><p>[2] 含镇村两级调解组织。</p>",
        "<div><h4>相关链接</h4><ul><li><a href='#'>河口镇开展宪法宣传周活动</a> 发放资料1200份 "
        "2023-12-04</li></ul></div>"}) {
    std::string body = report_body();
    body.insert(body.rfind("</div>"), after);
    const Document page = page_of("河口镇2023年法治政府建设情况报告", "", body);
    EXPECT_EQ(page.metadata.get("date"), "2024-01-18") << after;
    EXPECT_EQ(page.metrics.size(), 2u) << after;
  }
}

// A table after 附件 is the attachment: its unit and date sign nothing.
TEST(HtmlInput, ATableAfterTheAttachmentsSignsNothing) {
  const Document page = page_of("河口镇2023年法治政府建设情况报告", "",
                                "<div class='content'><p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件12件，"
                                "调解纠纷86件。</p><p>二、存在的不足</p><p>一是执法力量不足。</p><p>附件：联络表</p>"
                                "<table border='1'><tr><td>河口镇司法所</td><td>2024年1月5日</td></tr></table></div>");
  EXPECT_EQ(page.metadata.get("date"), "");
}

// An old portal's layout cell holding the whole report between <br>s is no table: its signature signs.
TEST(HtmlInput, AReportInALayoutCellIsSigned) {
  const Document page = page_of(
      "河口镇2023年法治政府建设情况报告", "",
      "<table><tr><td "
      "class='content'>2023年，河口镇坚持依法行政。<br>一、主要举措和成效<br>办理行政复议案件12件，调解纠纷"
      "86件。<br>二、存在的不足<br>执法力量不足。<br>三、下一步工作打算<br>加强执法队伍建设。<br>河口镇人民政府<br>"
      "2024年1月18日</td></tr></table>");
  EXPECT_EQ(page.metadata.get("date"), "2024-01-18");
  EXPECT_EQ(page.metadata.get("unit"), "河口镇人民政府");
}

// An ordered list numbers the report's parts as a browser draws them.
TEST(HtmlInput, OrderedListNumbersAreTheHeadings) {
  const Document page = page_of(
      "河口镇2023年法治政府建设情况报告", "",
      "<div class='content'><p>2023年，河口镇全面推进依法行政，现将有关情况报告如下：</p><ol style='list-style-type: "
      "cjk-ideographic'><li><strong>主要举措和成效</strong><ol type='1'><li><strong>加强组织领导</"
      "strong><p>全年召开党委会专题研究"
      "法治政府建设工作4次，审查各类合同45份。</p></li><li><strong>化解矛盾纠纷</strong><p>各村调委会全年共排查矛盾纠纷"
      "128件，成功调解121件。</p></li></ol></li><li><strong>存在的不足</strong><p>执法力量相对薄弱，具有法学专业背景的"
      "干部仅2名。</p></li><li><p>下一步工作打算</p><p>持续深化法治学习，计划组织专题学法6次。</p></li></ol><p>河口镇"
      "人民政府</p><p>2024年1月18日</p></div>");
  std::vector<std::string> headings;
  for (const auto& s : page.sections) {
    if (s.level > 0) headings.push_back(std::to_string(s.level) + " " + s.number + s.title);
  }
  EXPECT_THAT(headings, ElementsAre("1 一、主要举措和成效", "3 1.加强组织领导", "3 2.化解矛盾纠纷", "1 二、存在的不足",
                                    "1 三、下一步工作打算"));
  // An undeclared style adds nothing (a style sheet may reset it), nor does a number before an item's own.
  const Document own = page_of(
      "河口镇2023年法治政府建设情况报告", "",
      "<div class='content'><p>2023年，河口镇全面推进依法行政，现将有关情况报告如下：</p><ol style='list-style-type: "
      "cjk-ideographic'><li><p>一、主要举措和成效</p><p>全年召开党委会专题研究法治政府建设工作4次，审查各类合同45份。</"
      "p>"
      "</li><li><p>二、存在的不足</p><p>执法力量相对薄弱，具有法学专业背景的干部仅2名。</p></li></"
      "ol><ol><li>持续深化法治"
      "学习，计划组织专题学法6次。</li></ol><p>河口镇人民政府</p><p>2024年1月18日</p></div>");
  EXPECT_THAT(own.text, Not(HasSubstr("一、一、")));
  EXPECT_THAT(own.text, Not(HasSubstr("1.持续")));
}

// A page titled by nothing but its breadcrumb's last item takes that as the report's title.
TEST(HtmlInput, TheBreadcrumbsLastItemTitlesAPageWithNoOtherTitle) {
  const Document page = page_of("详情页_城阳街道",
                                "<div class='crumb'>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; "
                                "城阳街道2020年法治政府建设工作报告</div>");
  EXPECT_EQ(page.metadata.get("title"), "城阳街道2020年法治政府建设工作报告");
  EXPECT_EQ(page.metadata.get("year"), "2020");
  const Document crumb_without_report =
      page_of("河口镇2023年法治政府建设情况报告",
              "<div class='crumb'>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 正文</div>");
  EXPECT_EQ(crumb_without_report.metadata.get("title"), "河口镇2023年法治政府建设情况报告");
}

// (W9 e) A breadcrumb ending in the column the page is filed under (首页 > 政务公开 > 工作报告) names no report: the
// title the article opens with is the page's, and the column's name is set over nothing.
TEST(HtmlInput, ABreadcrumbEndingInAColumnsNameIsNoTitle) {
  const std::string title = "城阳街道2024年法治政府建设工作报告";
  for (const std::string column : {"工作报告", "法治政府建设年度报告", "计划总结"}) {
    const Document page =
        page_of("详情页", "<div class='crumb'>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; " + column + "</div>",
                report_body().insert(std::string("<div class='content'>").size(), "<p>" + title + "</p>"));
    EXPECT_EQ(page.metadata.get("title"), title) << column;
    EXPECT_THAT(page.text, ::testing::StartsWith(title + "\n")) << column;
  }
}

// Unnumbered bold lines are headings when two or more stand between the paragraphs, topics as well as parts.
TEST(HtmlInput, BoldLinesHeadAReportWithoutNumbers) {
  const Document page = page_of(
      "新店镇2022年度法治政府建设工作报告", "",
      "<div "
      "class='article-body'><p>2022年，新店镇认真贯彻法治政府建设部署。</p><p>　　<strong>坚持依法行政，规范权力运行"
      "</strong></p><p>梳理镇级权责事项142项，行政执法公示率100%。</p><p><strong>坚持服务群众，强化矛盾化解</strong></"
      "p>"
      "<p>全镇调处矛盾纠纷103起。</p><p><strong>存在的不足</strong></p><p>法治专业人才较少。</p>"
      "<p>汝州市新店镇人民政府</p><p>2023年1月16日</p></div>");
  std::vector<std::string> titles;
  for (const auto& section : page.sections) {
    if (section.level == 1) titles.push_back(section.title + " " + section.kinds.front());
  }
  EXPECT_THAT(titles, ::testing::ElementsAre("坚持依法行政，规范权力运行 achievements",
                                             "坚持服务群众，强化矛盾化解 achievements", "存在的不足 shortcomings"));
}

// Bold topics after a bold line naming a part are that part's topics, one level down.
TEST(HtmlInput, BoldTopicsUnderABoldPartGoOneLevelDown) {
  const Document page = page_of(
      "新店镇2022年度法治政府建设工作报告", "",
      "<div class='article-body'><p>2022年，新店镇认真贯彻法治政府建设部署。</p><p><strong>主要做法和成效</strong></p>"
      "<p><strong>坚持依法决策，规范权力运行</strong></p><p>梳理镇级权责事项142项。</p><p><strong>加强普法宣传，"
      "营造法治氛围</strong></p><p>开展普法活动12场。</p><p><strong>存在的不足</strong></p><p>法治专业人才较少。</p>"
      "<p>汝州市新店镇人民政府</p><p>2023年1月16日</p></div>");
  std::vector<std::string> levels;
  for (const auto& section : page.sections) {
    if (section.level > 0) levels.push_back(std::to_string(section.level) + " " + section.title);
  }
  EXPECT_THAT(levels, ::testing::ElementsAre("1 主要做法和成效", "2 坚持依法决策，规范权力运行",
                                             "2 加强普法宣传，营造法治氛围", "1 存在的不足"));
}

// A WeChat article: its time under the title, badge-numbered headings, prompts and closing credits.
TEST(HtmlInput, AWeChatArticleReadsLikeAPortalPage) {
  const Document page = page_of(
      "河口镇2023年法治政府建设情况报告",
      "<h1 class='rich_media_title' id='activity-name'>河口镇2023年法治政府建设情况报告</h1><div id='meta_content'>"
      "<span>河口司法所</span><em id='publish_time'>2024年3月5日 18:30</em></div>",
      "<div class='rich_media_content' id='js_content'><p>点击蓝字 关注我们</p><section><p>一、</p></section>"
      "<section><p><strong>主要举措和成效</strong></p></section><p>2023年，河口镇办理行政复议案件12件，调解纠纷86件。</"
      "p>"
      "<section><p>二、</p></section><section><p><strong>存在的不足</strong></p></section><p>一是执法力量不足。</p>"
      "<section><p>三、</p></section><section><p><strong>下一步工作打算</strong></p></section>"
      "<p>2024年，将加强执法队伍建设。</p><p>河口镇人民政府</p><p>2024年1月18日</p><p>来源：河口司法所</p>"
      "<p>编辑：陈思远</p><p>审核：周海燕</p></div>");
  EXPECT_EQ(page.metadata.get("web.published"), "2024-03-05");
  EXPECT_EQ(page.metadata.get("date"), "2024-01-18");
  EXPECT_THAT(page.text, HasSubstr("\n一、主要举措和成效\n"));
  EXPECT_THAT(page.text, Not(HasSubstr("关注我们")));
  EXPECT_THAT(page.text, Not(HasSubstr("编辑")));
  int level_one = 0;
  for (const auto& section : page.sections) level_one += section.level == 1;
  EXPECT_EQ(level_one, 3);
}

// A saved WeChat article states its time twice, in <em id="publish_time"> and in the dateline the filter takes above
// the text: one row of web.published.
TEST(HtmlInput, ASavedWeChatArticleRecordsItsTimeOnce) {
  const Document page =
      page_of("青石县2024年度法治政府建设情况报告",
              "<div id='img-content'><h1 class='rich_media_title'>青石县2024年度法治政府建设情况报告</h1>"
              "<div class='rich_media_meta_list'><span>原创</span> <a id='js_name'>青石司法</a> "
              "<em id='publish_time'>2025年01月08日 09:30</em> <span>发表于云南</span></div>",
              "<div id='js_content'><p>2024年，青石县坚持依法行政，现将有关情况报告如下：</p><p>一、主要举措和成效</p>"
              "<p>全年办理行政处罚案件58件。</p><p>青石县司法局</p><p>2025年1月20日</p></div></div>");
  EXPECT_THAT(page.metadata.all("web.published"), ::testing::ElementsAre("2025-01-08"));
}

// A line break in the page's source between two Chinese characters is nothing, as browsers render it.
TEST(HtmlInput, ASourceLineBreakInsideChineseTextIsNothing) {
  const Document page = page_of("河口镇2023年法治政府建设情况报告", "",
                                report_body("<p>全年主持\n召开专题会议4次，\n参加人员60\n人次。</p>"));
  // Between a digit and a character it is a space, which the figure keeps (60 人次).
  EXPECT_THAT(page.text, HasSubstr("全年主持召开专题会议4次，参加人员60 人次。"));
  EXPECT_TRUE(std::any_of(page.metrics.begin(), page.metrics.end(), [](const Metric& m) { return m.value == 60; }));
}

// A content container named with a hint joined to another word (con_main) is taken over a sidebar's prose,
// and a column's name above it is no title.
TEST(HtmlInput, AHintJoinedToAnotherWordIsAHint) {
  const Document page =
      page_of("河口镇2023年法治政府建设情况报告",
              "<div class='column'>法治政府建设年度报告</div><div "
              "class='side'><h3>领导信箱</h3><p>欢迎群众反映问题、提出意见建议，"
              "我们将在收到来信后5个工作日内予以答复，涉及多个部门的不超过15个工作日。</p></div>",
              "<div class='con_main'><h1>河口镇2023年法治政府建设情况报告</h1>" +
                  report_body("<p>一是组织全镇干部职工参加法治培训，全年举办专题讲座6场，参训人员达到420人次，"
                              "实现镇村干部全覆盖。</p><p>二是健全矛盾纠纷多元化解机制，镇村两级调解组织全年排查化解"
                              "各类纠纷86件，做到小事不出村、大事不出镇。</p>") +
                  "</div>");
  EXPECT_THAT(page.text, Not(HasSubstr("领导信箱")));
  EXPECT_EQ(page.metadata.get("title"), "河口镇2023年法治政府建设情况报告");
}

// Every figure as "indicator|text|role".
std::vector<std::string> figures(const Document& document) {
  std::vector<std::string> out;
  for (const auto& m : document.metrics) out.push_back(m.indicator + "|" + m.text + "|" + m.role);
  return out;
}

std::vector<std::string> rules_raised(const Document& document) {
  std::vector<std::string> rules;
  for (const auto& anomaly : document.anomalies) rules.push_back(anomaly.rule);
  return rules;
}

// A cell merged across columns (colspan) or down rows (rowspan) starts at its place in the grid a browser draws,
// and the cells after it keep their columns: the shape input.docx gives for gridSpan and vMerge, and
// input.doc for the same table (DocTables.ACellMergedAcrossColumnsTakesEveryColumnItSpans).
TEST(HtmlTables, AMergedCellTakesItsPlaceInTheGridAsInAWordTable) {
  const Document page =
      page_of("河口镇2023年法治政府建设情况报告", "",
              report_body("<table border='1'><tr><td>序号</td><td>类别</td><td>受理</td><td>调解成功</td></tr>"
                          "<tr><td>1</td><td>婚姻家庭</td><td>23</td><td>22</td></tr>"
                          "<tr><td>2</td><td>邻里纠纷</td><td>18</td><td>18</td></tr>"
                          "<tr><td colspan='2'>合计</td><td>41</td><td>40</td></tr></table>"
                          "<table border='1'><tr><td rowspan='2'>领域</td><td colspan='2'>案件数（件）</td></tr>"
                          "<tr><td>一般程序</td><td>简易程序</td></tr><tr><td>食品安全</td><td>121</td><td>16</td></tr>"
                          "</table>"));
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(table_cells(page),
              ::testing::IsSupersetOf({"0:0:2=受理", "0:0:3=调解成功", "0:3:0=合计", "0:3:2=41", "0:3:3=40",
                                       "1:0:0=领域", "1:0:1=案件数（件）", "1:1:1=一般程序", "1:1:2=简易程序",
                                       "1:2:0=食品安全", "1:2:1=121", "1:2:2=16"}));
  EXPECT_THAT(figures(page),
              ::testing::IsSupersetOf({"食品安全案件数一般程序|121|value", "食品安全案件数简易程序|16|value"}));
}

// A category merged down over two rows names the figures of both, and a 合计 spanning two columns keeps its
// figures under their years: 17 is a 2024 part of the total 40, 15 and 35 are 2023's (they were read as a part of
// 35 and a total, and made a false 分项之和38件超过总数35件).
TEST(HtmlTables, ACategoryMergedDownAndATotalAcrossTwoColumnsAreReadAsInAWordTable) {
  const Document page = page_of(
      "柳塘乡2024年度法治政府建设情况报告", "",
      "<div class='content'><p>一、主要举措和成效</p><p>（一）严格规范行政执法。全乡执法案件情况如下（单位：件）：</p>"
      "<table border='1'><tr><td>类别</td><td>项目</td><td>2024年</td><td>2023年</td></tr>"
      "<tr><td rowspan='2'>行政处罚</td><td>简易程序</td><td>23</td><td>20</td></tr>"
      "<tr><td>一般程序</td><td>17</td><td>15</td></tr>"
      "<tr><td colspan='2'>合计</td><td>40</td><td>35</td></tr></table>"
      "<p>二、存在的不足</p><p>执法力量不足。</p><p>三、下一步工作打算</p><p>2025年，将加强执法队伍建设。</p>"
      "<p>柳塘乡人民政府</p><p>2025年2月10日</p></div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(table_cells(page), ::testing::IsSupersetOf(
                                     {"0:2:1=一般程序", "0:2:2=17", "0:2:3=15", "0:3:0=合计", "0:3:2=40", "0:3:3=35"}));
  const auto read = figures(page);
  EXPECT_THAT(
      read, ::testing::IsSupersetOf({"行政处罚简易程序|23|part", "行政处罚一般程序|17|part",
                                     "行政处罚一般程序|15|previous", "行政处罚简易程序、行政处罚一般程序合计|40|total",
                                     "行政处罚简易程序、行政处罚一般程序合计|35|previous"}));
  EXPECT_THAT(rules_raised(page), Not(Contains("part-exceeds-total")));
}

// A 合计 spanning 序号 and 事项 in the first row of figures heads its own figures, not the column of 事项.
TEST(HtmlTables, ATotalSpanningTheLabelColumnsIsNamedByItself) {
  const Document page = page_of(
      "桃源镇2024年法治政府建设情况报告", "",
      report_body("<p>桃源镇2024年行政执法数据统计表（单位：件）</p><table border='1'><tr><td>序号</td><td>执法事项</"
                  "td><td>案件数</td><td>上年案件数</td></tr><tr><td colspan='2'>合计</td><td>74</td><td>70</td></"
                  "tr><tr><td>1</td><td>行政处罚</td><td>51</td><td>44</td></tr><tr><td>2</td><td>行政检查</td><td>"
                  "23</td><td>26</td></tr></table>"));
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  const auto read = figures(page);
  EXPECT_THAT(read, Contains(::testing::StartsWith("合计案件数|74|")));
  EXPECT_THAT(read, Contains("合计上年案件数|70|previous"));
  EXPECT_THAT(read, Not(Contains(::testing::StartsWith("合计执法事项"))));
}

// <th> cells are cells; the <thead> is drawn on top and the <tfoot> at the foot wherever the source puts them,
// so a total in a <tfoot> written before the <tbody> still closes the table and totals the rows above it.
TEST(HtmlTables, HeaderAndFooterRowGroupsAreReadWhereTheyAreDrawn) {
  const Document page =
      page_of("河口镇2023年法治政府建设情况报告", "",
              report_body("<table border='1'><tfoot><tr><th>合计</th><td>86</td></tr></tfoot>"
                          "<tbody><tr><td>人民调解</td><td>50</td></tr><tr><td>行政调解</td><td>36</td></tr></tbody>"
                          "<thead><tr><th>调解类别</th><th>数量（件）</th></tr></thead></table>"));
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(table_cells(page), ElementsAre("0:0:0=调解类别", "0:0:1=数量（件）", "0:1:0=人民调解", "0:1:1=50",
                                             "0:2:0=行政调解", "0:2:1=36", "0:3:0=合计", "0:3:1=86"));
  EXPECT_THAT(page.text, HasSubstr("行政调解\n36\n合计\n86"));
  EXPECT_THAT(figures(page),
              ::testing::IsSupersetOf({"人民调解|50|part", "行政调解|36|part", "人民调解、行政调解合计|86|total"}));
}

// A portal's layout table around the article is no table: its paragraphs are paragraphs, and the table of
// figures inside it is the document's first table. A cell's paragraphs (pasted from Word: <td><p><span>) are
// one cell.
TEST(HtmlTables, OnlyTheInnermostDataTableIsATable) {
  const Document page = page_of(
      "河口镇2023年法治政府建设情况报告", "",
      "<table width='980'><tr><td class='title'>河口镇2023年法治政府建设情况报告</td></tr><tr><td "
      "class='content'><p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件12件，调解纠纷86件。</p>"
      "<table border='1'><tr><td><p class='MsoNormal'><span>调解</span></p><p>类别</p></td><td><p "
      "class='MsoNormal'><span>数量（件）</span></p></td></tr><tr><td><p>人民调解</p></td><td><p><span>50</span></p></"
      "td></tr></table><p>二、存在的不足</p><p>一是执法力量不足。</p><p>三、下一步工作打算</p><p>2024年，将加强执法队"
      "伍建设。</p><p>河口镇人民政府</p><p>2024年1月18日</p></td></tr></table>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(table_cells(page), ElementsAre("0:0:0=调解 类别", "0:0:1=数量（件）", "0:1:0=人民调解", "0:1:1=50"));
  EXPECT_THAT(figures(page), Contains("人民调解|50|value"));
  EXPECT_EQ(page.metadata.get("date"), "2024-01-18");
}

// rowspan and colspan as browsers read them: missing, 0 or not a number is 1 for colspan; rowspan="0" and a
// rowspan past the last row end at the row group's end; digits followed by words are the digits; a huge span is
// clamped, at no cost, and the columns it adds, which no cell starts in and a browser draws with no width, take
// no number (6 stands in the table's third column).
TEST(HtmlTables, SpanValuesAreReadAsBrowsersReadThem) {
  const Document page = page_of(
      "河口镇2023年法治政府建设情况报告", "",
      report_body("<table border='1'><tr><td rowspan='9999'>类别</td><td colspan='abc'>项目</td><td "
                  "colspan='0'>数量</td></tr><tr><td>甲项</td><td>5</td></tr><tr><td colspan=' 2列'>乙项</td><td "
                  "rowspan='-1'>7</td></tr></table>"
                  "<table border='1'><tbody><tr><td rowspan='0'>一组</td><td>1</td></tr><tr><td>2</td></tr></tbody>"
                  "<tbody><tr><td>二组</td><td>3</td></tr><tr><td colspan='4294967296'>合计</td><td>6</td></tr>"
                  "</tbody></table>"));
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(table_cells(page),
              ElementsAre("0:0:0=类别", "0:0:1=项目", "0:0:2=数量", "0:1:1=甲项", "0:1:2=5", "0:2:1=乙项", "0:2:3=7",
                          "1:0:0=一组", "1:0:1=1", "1:1:1=2", "1:2:0=二组", "1:2:1=3", "1:3:0=合计", "1:3:2=6"));
}

// A table after the paragraph holding the prose is the report's also under its title and its unit, with no
// line introducing it (the table was lost, and with it every figure the same table gives from a .docx).
TEST(HtmlTables, ATableUnderItsTitleAndUnitAfterTheProseIsTheReports) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "p.html",
                   "<html><head><meta charset='utf-8'></head><body><p>青禾镇2024年行政复议应诉情况如下。</p>"
                   "<p align='center'>2024年度行政复议应诉情况表</p><p>单位：件</p><table border='1'>"
                   "<tr><td>类别</td><td>项目</td><td>第一季度</td><td>第二季度</td></tr>"
                   "<tr><td rowspan='2'>行政复议</td><td>收案</td><td>12</td><td>15</td></tr>"
                   "<tr><td>审结</td><td>10</td><td>14</td></tr></table></body></html>");
  const Document page = test::process_with_default_pipeline(dir / "p.html");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, HasSubstr("如下。\n2024年度行政复议应诉情况表\n单位：件\n类别\n"));
  EXPECT_THAT(figures(page),
              ::testing::IsSupersetOf({"行政复议收案第一季度|12|value", "行政复议审结第二季度|14|value"}));
}

// An article opening with the page's title with the organ before it opens with its own title: the page's
// shorter one is not set above it (the .docx of the same report opens with the one line).
TEST(HtmlInput, AnArticleOpeningWithTheFullerTitleKeepsItsOwn) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "p.html",
                   "<html><head><meta charset='utf-8'><title>青禾镇2024年度法治政府建设情况报告</title></head><body>"
                   "<p align='center'><b>云溪县青禾镇2024年度法治政府建设情况报告</b></p><p>2024年，青禾镇扎实推进"
                   "法治政府建设，现将有关情况报告如下。</p><p>一、主要举措和成效</p><p>全年办理行政处罚案件46件，"
                   "开展行政检查210次。</p><p align='right'>云溪县青禾镇人民政府</p><p align='right'>2025年1月20日</p>"
                   "</body></html>");
  const Document page = test::process_with_default_pipeline(dir / "p.html");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, ::testing::StartsWith("云溪县青禾镇2024年度法治政府建设情况报告\n2024年，"));
  EXPECT_EQ(page.metadata.get("title"), "云溪县青禾镇2024年度法治政府建设情况报告");
}

// A column's name above the article (工作报告, 法治政府建设年度报告) is no title when the page's own title names the
// report with more; CMSs name title boxes in pinyin (bt, wzbt, tit, biaoti).
TEST(HtmlInput, AColumnsNameIsNoTitleAndPinyinTitleBoxesAre) {
  const std::string full = "杉林县司法局2024年度法治政府建设工作报告";
  const auto read = [](const std::string& title, const std::string& above) {
    test::TemporaryDirectory dir;
    test::write_file(dir / "p.html", "<html><head><meta charset='utf-8'><title>" + title +
                                         "_杉林县人民政府</title></head><body>" + above +
                                         "<div class='content'><p>2024年，我局扎实推进法治政府建设，现将有关情况报告"
                                         "如下。</p><p>一、主要举措和成效</p><p>全年办理行政处罚案件46件，开展行政"
                                         "检查210次。</p><p>杉林县司法局</p><p>2025年1月20日</p></div></body></html>");
    return test::process_with_default_pipeline(dir / "p.html");
  };
  for (const std::string column : {"工作报告", "法治政府建设年度报告"}) {
    const Document page = read(full, "<h2 class='colname'>" + column + "</h2>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_EQ(page.metadata.get("title"), full) << column;
    EXPECT_THAT(page.text, ::testing::StartsWith(full + "\n2024年，")) << column;
  }
  for (const std::string box :
       {"<div class='bt'>", "<td class='wzbt'>", "<div class='art_tit'>", "<h4 class='biaoti'>"}) {
    const std::string close = "</" + box.substr(1, box.find(' ') - 1) + ">";
    // The page's own title names only the site: the visible title box is the title.
    const Document page = read("杉林县人民政府", "<h2>工作动态</h2>" + box + full + close);
    EXPECT_EQ(page.metadata.get("title"), full) << box;
  }
  // A title of the column's own that names a year and a unit stays the title.
  const Document own = read("杉林县人民政府", "<h2>" + full + "</h2>");
  EXPECT_EQ(own.metadata.get("title"), full);
}

// Word's WordSection1 inside a content box holds most of the prose; the opening paragraph before it and the
// closing after it (特此报告, 附件, the signature and its date) in the box are the report's too.
TEST(HtmlInput, TheTextBesideWordsSectionInAContentBoxIsTheReports) {
  std::string parts = "<p>一、主要举措和成效</p>";
  for (int i = 0; i < 5; ++i) {
    parts += "<p>（" + std::string(i % 2 == 0 ? "一" : "二") + "）工作情况。全年办理各类事项10" + std::to_string(i) +
             "件，开展专项检查1" + std::to_string(i) + "次，整改问题2" + std::to_string(i) + "个。</p>";
  }
  parts += "<p>二、存在的不足和原因</p><p>执法人员持证率不足80%。</p>";
  const Document page = page_of(
      "长岭镇2024年度法治政府建设情况报告", "<h1>长岭镇2024年度法治政府建设情况报告</h1>",
      "<div class='TRS_Editor'><p>2024年，长岭镇共有行政执法人员46名，办理行政许可1,032件，现将有关情况报告如下：</p>"
      "<div class='WordSection1'>" +
          parts +
          "</div><p>特此报告。</p><p>附件：2024年度行政执法数据统计表</p><p>长岭镇人民政府</p><p>2025年1月20日</p>"
          "</div><div class='share'><p>分享到：</p><p>打印本页</p><p>关闭窗口</p></div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, HasSubstr("办理行政许可1,032件，现将有关情况报告如下：\n一、主要举措和成效\n"));
  EXPECT_THAT(page.text, HasSubstr("\n特此报告。\n附件：2024年度行政执法数据统计表\n长岭镇人民政府\n2025年1月20日"));
  EXPECT_THAT(page.text, Not(HasSubstr("打印本页")));
  EXPECT_EQ(page.metadata.get("date"), "2025-01-20");
  EXPECT_TRUE(std::any_of(page.metrics.begin(), page.metrics.end(), [](const Metric& m) { return m.value == 1032; }));
  // An <article> around an <ol> of the parts keeps its opening line and its signature.
  const Document list = page_of(
      "详情", "<h2>长岭镇2024年法治政府建设年度报告</h2>",
      "<article><p>2024年，长岭镇坚持依法行政，现报告如下：</p><ol style='list-style-type: cjk-ideographic'>"
      "<li><strong>主要举措和成效</strong><p>全年完成行政执法案卷评查60卷，优良率95%，办理热线工单2,877件，按时办结率"
      "99.2%。</p></li><li><strong>存在的不足</strong><p>村级组织依法办事能力不强，4个村村务公开不及时。</p></li>"
      "<li><strong>2025年工作计划</strong><p>开展法律明白人培训2期。</p></li></ol><p>长岭镇人民政府<br>2025年4月8日"
      "</p></article>");
  ASSERT_EQ(list.status, DocumentStatus::ok) << list.error;
  EXPECT_THAT(list.text, HasSubstr("2024年，长岭镇坚持依法行政，现报告如下：\n一、主要举措和成效"));
  EXPECT_EQ(list.metadata.get("date"), "2025-04-08");
}

// A GBK page declaring a Western single-byte charset (a template's default) is read as GBK, not as Latin letters.
TEST(HtmlInput, AGbkPageDeclaringAWesternCharsetIsReadAsGbk) {
  const std::string original = test::read_file(test::kTestData / "html" / "03-unnamed-br-gbk.html");
  const Document gbk = test::process_with_default_pipeline(test::kTestData / "html" / "03-unnamed-br-gbk.html");
  for (const std::string western : {"iso-8859-1", "windows-1252", "us-ascii"}) {
    std::string bytes = original;
    const auto at = bytes.find("charset=gbk");
    ASSERT_NE(at, std::string::npos);
    bytes.replace(at, 11, "charset=" + western);
    test::TemporaryDirectory dir;
    test::write_file(dir / "western.html", bytes);
    const Document page = test::process_with_default_pipeline(dir / "western.html");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_EQ(page.encoding, "GB18030") << western;
    EXPECT_EQ(page.metadata.get("declared_encoding"), western);
    EXPECT_EQ(page.text, gbk.text) << western;
  }
  // A Western page with a few accented letters stays as it declares.
  test::TemporaryDirectory dir;
  test::write_file(dir / "latin.html",
                   "<html><head><meta charset='iso-8859-1'></head><body><p>Caf\xE9 r\xE9sum\xE9, na\xEFve.</p></body>"
                   "</html>");
  const Document latin = test::process_with_default_pipeline(dir / "latin.html");
  EXPECT_EQ(latin.encoding, "iso-8859-1");
}

// A page that holds no report text says what it holds instead: an embedded PDF, frames, scanned pages as images;
// its title and info table are no empty report.
TEST(HtmlInput, APageHoldingTheReportAsAPdfFramesOrImagesSaysSo) {
  test::TemporaryDirectory dir;
  const auto error_of = [&](const std::string& name, const std::string& html) {
    return error_of_page(dir, name, html);
  };
  const std::string head = "<html><head><meta charset='utf-8'><title>竹港镇2024年度法治政府建设情况报告</title></head>";
  EXPECT_THAT(
      error_of("pdf.html", head + "<body><table><tr><th>索引号</th><td>MB1D23456Y/2025-00007</td><th>发布机构</th>"
                                  "<td>竹港镇人民政府</td></tr><tr><th>发布日期</th><td>2025-02-10</td></tr></table>"
                                  "<div class='article'><h1>竹港镇2024年度法治政府建设情况报告</h1><div "
                                  "class='article-content'><iframe src='/attach/ZG2024.pdf'></iframe><p>附件：<a "
                                  "href='/attach/ZG2024.pdf'>竹港镇2024年度法治政府建设情况报告.pdf</a></p></div>"
                                  "</div></body></html>"),
      HasSubstr("the page holds no report text: the report is an embedded PDF (ZG2024.pdf)"));
  EXPECT_THAT(
      error_of("frames.html", head + "<frameset rows='120,*'><frame src='/top.html'><frame "
                                     "src='/content/report.html'></frameset><noframes><body>您的浏览器不支持框架。"
                                     "</body></noframes></html>"),
      HasSubstr("the report is in frames (/top.html, /content/report.html)"));
  EXPECT_THAT(
      error_of("images.html", head + "<body><h1>竹港镇2024年度法治政府建设情况报告</h1><div class='TRS_Editor'><p><img "
                                     "src='/u/p1.jpg'></p><p><img src='/u/p2.jpg'></p></div></body></html>"),
      HasSubstr("the page holds no report text, only 2 images"));
  // A report with a picture and a video beside it stays a report.
  test::write_file(dir / "report.html",
                   head + "<body>" + report_body("<p><img src='/u/photo.jpg'></p><iframe src='/video.html'></iframe>") +
                       "</body></html>");
  const Document report = test::process_with_default_pipeline(dir / "report.html");
  EXPECT_EQ(report.status, DocumentStatus::ok) << report.error;
}

// A page that posts the report only as an attachment (附件：…报告.pdf, 全文详见附件。, an empty body over a 附件下载
// list) holds no report text: an error naming the attachment, whatever chrome or badge picture the page has.
TEST(HtmlInput, APageHoldingTheReportOnlyAsAnAttachmentSaysSo) {
  test::TemporaryDirectory dir;
  const std::string head =
      "<html><head><meta charset='utf-8'><title>柏林镇2024年法治政府建设年度报告_柏林镇人民政府</title></head><body>"
      "<div class='topbar'><a href='/wza/'>无障碍</a> | <a href='/login'>登录</a></div>"
      "<div class='main'><h1>柏林镇2024年法治政府建设年度报告</h1><div class='info'>发布时间：2025-03-04　来源：柏林镇"
      "</div>";
  const std::string footer =
      "</div><div class='footer'><p>主办：柏林镇人民政府　<img src='/img/ga.png'>"
      "川公网安备 51072302000999号</p></div></body></html>";
  const std::string link = "<a href='/u/cms/202503/0304abc.pdf'>柏林镇2024年法治政府建设年度报告.pdf</a>";
  EXPECT_THAT(
      error_of_page(dir, "annex.html", head + "<div class='TRS_Editor'><p>　　附件：" + link + "</p></div>" + footer),
      HasSubstr("the page holds no report text: the report is an attachment (柏林镇2024年法治政府建设年度报告.pdf, "
                "0304abc.pdf)"));
  EXPECT_THAT(error_of_page(dir, "see.html",
                            head + "<div class='TRS_Editor'><p>　　全文详见附件。</p><p>　　附件：" + link +
                                "</p></div>" + footer),
              HasSubstr("the report is an attachment (柏林镇2024年法治政府建设年度报告.pdf"));
  // Among the page's links, the one naming a report is the report (not the site's guide in the sidebar).
  EXPECT_THAT(error_of_page(dir, "empty.html",
                            head +
                                "<div class='side'><a href='/zn/guide.pdf'>信息公开指南</a></div>"
                                "<div class='TRS_Editor'><p>&nbsp;</p></div><div class='fujian'>附件下载：<ul><li>" +
                                link + "</li></ul></div>" + footer),
              HasSubstr("the report is an attachment (柏林镇2024年法治政府建设年度报告.pdf, 0304abc.pdf)"));
  // A report in the page with its PDF attached as well stays a report.
  test::write_file(dir / "both.html", head + report_body("<p>附件：" + link + "</p>") + footer);
  const Document both = test::process_with_default_pipeline(dir / "both.html");
  EXPECT_EQ(both.status, DocumentStatus::ok) << both.error;
}

// Text pasted from a PDF keeps the PDF's lines, a <br> or a <p> at every one: it is reflowed by input.txt's rules,
// so a figure broken at a line's end (举办法治讲座1 / 5场) is whole and a paragraph one block.
TEST(HtmlInput, TextPastedFromAPdfWithALineBreakAtEveryLineIsReflowed) {
  const std::vector<std::string> lines = {"　　2024年，柏林镇坚持依法行政，全面推进法治政府建设，各项",
                                          "工作取得明显成效。现将有关情况报告如下：",
                                          "　　一、主要举措和成效",
                                          "　　（一）加强组织领导。镇党委、镇政府主要负责人认真履行推",
                                          "进法治建设第一责任人职责，全年召开专题会议研究法治工作5",
                                          "次，将法治建设纳入年度综合考核，考核权重占比百分之八。",
                                          "　　（二）深入开展普法宣传。开展法律进乡村活动，发放宣传资",
                                          "料3,400余份，培训村（社区）法律明白人212人次，举办讲座1",
                                          "5场，受益群众约2,600人次，群众法治意识普遍得到有效提升。",
                                          "　　二、存在的不足",
                                          "　　执法人员专业素质有待提高，执法力量相对薄弱，普法形式",
                                          "仍较单一，群众参与度不高，基层法治建设基础仍需进一步夯实。"};
  for (const bool as_paragraphs : {false, true}) {
    std::string body = "<div id='zoom'>";
    body += as_paragraphs ? "" : "<p>";
    for (const auto& line : lines) body += as_paragraphs ? "<p>" + line + "</p>\n" : line + "<br>\n";
    body += as_paragraphs ? "" : "</p>";
    body += "<p style='text-align:right'>柏林镇人民政府</p><p style='text-align:right'>2025年1月15日</p></div>";
    const Document page = page_of("柏林镇2024年法治政府建设年度报告", "", body);
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_THAT(page.text,
                HasSubstr("\n（二）深入开展普法宣传。开展法律进乡村活动，发放宣传资料3,400余份，培训村（社区）"
                          "法律明白人212人次，举办讲座15场，受益群众约2,600人次，群众法治意识普遍得到有效"
                          "提升。\n"))
        << as_paragraphs;
    EXPECT_THAT(page.text, HasSubstr("\n一、主要举措和成效\n"));
    EXPECT_THAT(page.text, HasSubstr("召开专题会议研究法治工作5次，"));
    EXPECT_THAT(page.text, HasSubstr("\n柏林镇人民政府\n2025年1月15日"));
    EXPECT_TRUE(std::any_of(page.metrics.begin(), page.metrics.end(), [](const Metric& m) { return m.value == 15; }));
    EXPECT_FALSE(page.metadata.get("reflowed_line_breaks").empty());
  }
  // A page of whole paragraphs, each ending its sentence, is not reflowed.
  const Document whole = page_of("河口镇2023年法治政府建设情况报告", "", report_body());
  EXPECT_TRUE(whole.metadata.get("reflowed_line_breaks").empty());
  EXPECT_THAT(whole.text, HasSubstr("\n河口镇人民政府\n2024年1月18日"));
}

// What a WeChat account appends after the report's signature and date (END, 往期推荐, the credits, a call to read
// the original or a mailbox) is not the report's: the report ends on its date.
TEST(HtmlInput, EndMatterAfterTheSignatureAndDateIsCut) {
  const std::string close = "<p style='text-align:right'>桐林县水利局<br>2025年2月10日</p>";
  for (const char* end :
       {"<p style='text-align:center'>END</p><p>往期推荐</p><p><a href='/s/1'>桐林县开展河湖巡查</a></p>",
        "<p>— END —</p>", "<p>图文：法规股</p><p>初审：李明</p><p>终审：周强</p>",
        "<p>点击“阅读原文”查看更多</p><p>分享、点赞、在看，一键三连</p>",
        "<p>编辑：刘一</p><p>投稿邮箱：tl@example.cn</p>", "<p>长按识别二维码关注我们</p>"}) {
    const Document page = page_of("桐林县水利局2024年法治政府建设年度报告", "",
                                  "<div id='js_content'><p>一、主要成效</p><p>全年办理水事违法案件14件，罚没款8.5万元。"
                                  "</p><p>二、下步安排</p><p>2025年，继续加强执法队伍建设。</p>" +
                                      close + end + "</div>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_TRUE(page.text.ends_with("桐林县水利局\n2025年2月10日")) << end << "\n" << page.text;
  }
  // After the date, the report's own annex line and an ordinary closing line stay.
  const Document annex =
      page_of("河口镇2023年法治政府建设情况报告", "",
              "<div class='content'><p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件12件。"
              "</p><p>二、存在的不足</p><p>一是执法力量不足。</p><p>河口镇人民政府</p><p>2024年1月18日"
              "</p><p>附件：2023年度行政执法数据统计表</p><p>编制说明：数据截至2023年12月31日。</p></div>");
  EXPECT_THAT(annex.text, HasSubstr("2024年1月18日\n附件：2023年度行政执法数据统计表"));
  EXPECT_THAT(annex.text, HasSubstr("编制说明"));
}

// Info fields the page glued with no space between their elements: a value ends where the next label begins.
TEST(HtmlInput, AnInfoValueGluedToTheNextLabelEndsAtIt) {
  const Document page =
      page_of("杉林县司法局2024年度法治政府建设工作报告",
              "<div class='info'><span>来源：</span><span>发布机构：杉林县司法局</span><span>发布时间："
              "2025-01-26</span><span>浏览次数：312</span></div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_EQ(page.metadata.get("web.publisher"), "杉林县司法局");
  EXPECT_EQ(page.metadata.get("web.published"), "2025-01-26");
  // A longer label is not split at a shorter one inside it (发文字号, 信息来源).
  const Document longer =
      page_of("杉林县司法局2024年度法治政府建设工作报告",
              "<div class='info'><span>信息来源：杉林县司法局</span><span>发文字号：杉司发〔2025〕3号"
              "</span><span>发布日期：2025-01-27</span></div>");
  EXPECT_EQ(longer.metadata.get("web.source"), "杉林县司法局");
  EXPECT_EQ(longer.metadata.get("web.published"), "2025-01-27");
}

// An HTML5 article's own <header> (its title, <time>, source and read count) and <footer> (sharing links) are the
// page's, as the lines above and below a content box are; a <section>'s header holds a part's heading.
TEST(HtmlInput, AnArticlesOwnHeaderAndFooterAreThePages) {
  const std::string title = "青禾镇2024年法治政府建设年度报告";
  const std::string paragraphs =
      "<p>2024年，青禾镇深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下。</p>"
      "<h2>一、主要举措和成效</h2><p>全年开展普法活动42场，排查矛盾纠纷156件，成功化解151件。</p>"
      "<h2>二、存在的不足</h2><p>一是法治队伍力量较为薄弱。</p><h2>三、下一步工作打算</h2>"
      "<p>2025年，我镇将继续加强法治宣传教育。</p><p>青禾镇人民政府</p><p>2025年1月15日</p>";
  const Document page = page_of(
      title, "<nav><a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a></nav>",
      "<main><article><header><h1>" + title +
          "</h1><p class='meta'><time datetime='2025-01-20'>2025-01-20 09:30</time> <span>来源：青禾镇人民政府</span> "
          "<span>浏览 642 次</span></p></header>" +
          paragraphs +
          "<footer><p>附件：青禾镇2024年度法治政府建设工作台账</p><p>分享到：微信 微博 打印本页</p>"
          "</footer></article></main>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, ::testing::StartsWith(title + "\n2024年，青禾镇"));
  EXPECT_THAT(page.text, Not(HasSubstr("浏览")));
  EXPECT_THAT(page.text, Not(HasSubstr("分享到")));
  EXPECT_THAT(page.text,
              ::testing::EndsWith("青禾镇人民政府\n2025年1月15日\n附件：青禾镇2024年度法治政府建设工作台账"));
  EXPECT_EQ(page.metadata.get("web.published"), "2025-01-20");
  for (const auto& metric : page.metrics) EXPECT_NE(metric.unit, "次") << metric.text;
  // A section's header is the report's: its heading stays, and the part it opens.
  const Document sectioned = page_of(
      title, "",
      "<article><section><header><h2>一、主要举措和成效</h2></header><p>全年开展普法活动42场，排查矛盾纠纷156件，"
      "成功化解151件。</p></section><section><header><h2>二、存在的不足</h2></header><p>一是法治队伍力量较为薄弱。"
      "</p></section><p>青禾镇人民政府</p><p>2025年1月15日</p></article>");
  ASSERT_EQ(sectioned.status, DocumentStatus::ok) << sectioned.error;
  EXPECT_THAT(sectioned.text, HasSubstr("一、主要举措和成效\n全年开展普法活动42场"));
}

// Text the browser does not draw (display:none, visibility:hidden, the hidden attribute) is not the report's.
TEST(HtmlInput, HiddenTextIsNotRead) {
  const Document page = page_of(
      "河口镇2023年法治政府建设情况报告", "",
      report_body("<div style='display: none'>分享到微信朋友圈，共计访问9999次，本文已被转载88次。</div>"
                  "<p style='visibility:hidden'>全年行政复议纠错7件。</p><p hidden>全年开展执法检查31次。</p>"));
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  for (const char* hidden : {"9999", "纠错", "31次"}) EXPECT_THAT(page.text, Not(HasSubstr(hidden))) << hidden;
  EXPECT_EQ(page.metrics.size(), 2u);
  // WeChat's article is hidden until its script shows it: it is read.
  const Document wechat = page_of("河口镇2023年法治政府建设情况报告", "",
                                  "<div id='js_content' style='visibility: hidden;'>" + report_body() + "</div>");
  EXPECT_THAT(wechat.text, HasSubstr("调解纠纷86件"));
}

// A footnote's mark in a <sup> is no digit of the figure after it and no part of its name; a unit's power
// after a number (1,200m<sup>2</sup>) is the unit.
TEST(HtmlInput, ASupFootnoteMarkIsDroppedAndAUnitsPowerKept) {
  const Document page = page_of("河口镇2023年法治政府建设情况报告", "",
                                report_body("<p>全镇调解矛盾纠纷<sup>1</sup>183件，化解信访积案<sup>[2]</sup>26件，"
                                            "拆除违建面积1,200m<sup>2</sup>，清理河道土方3km<sup>3</sup>。</p>"));
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, HasSubstr("全镇调解矛盾纠纷183件，化解信访积案26件，拆除违建面积1,200m²，清理河道土方3km³。"));
  EXPECT_THAT(page.metadata.all("removed.footnote-mark"), ElementsAre("1", "[2]"));
  EXPECT_TRUE(std::any_of(page.metrics.begin(), page.metrics.end(), [](const Metric& m) { return m.value == 183; }));
  EXPECT_FALSE(std::any_of(page.metrics.begin(), page.metrics.end(), [](const Metric& m) { return m.value == 1183; }));
}

// A power of ten's exponent and a unit's power after a multiple are no note marks (as in DOCX).
TEST(HtmlInput, AnExponentAndAPowerAfterAMultipleAreNoNoteMarks) {
  const Document page =
      page_of("河口镇2023年法治政府建设情况报告", "",
              report_body("<p>新增处理能力1.2×10<sup>4</sup>m<sup>3</sup>，清淤4.8万m<sup>3</sup>。</p>"));
  EXPECT_THAT(page.text, HasSubstr("新增处理能力1.2×10⁴m³，清淤4.8万m³。"));
  EXPECT_TRUE(page.metadata.all("removed.footnote-mark").empty());
}

// A source line break between two inline elements is judged by the characters on either side, as inside a text
// node: between two Chinese characters it is nothing.
TEST(HtmlInput, ASourceLineBreakBetweenInlineElementsIsNothingBetweenChineseCharacters) {
  const Document page = page_of("河口镇2023年法治政府建设情况报告", "",
                                report_body("<p><span>全年主持召开</span>\n<span>法治专题会议</span>\n  <b>共4次</b>，"
                                            "参加人员<span>60</span>\n<span>人次</span>。</p>"));
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, HasSubstr("全年主持召开法治专题会议共4次，参加人员60 人次。"));
}

// Preformatted text (<pre>, white-space:pre-wrap) keeps the lines a browser shows: one paragraph a line, and
// lines hard-wrapped at a width reflowed as input.txt reflows them.
TEST(HtmlInput, PreformattedTextKeepsItsLinesAndHardWrapsAreReflowed) {
  const std::string wrapped =
      "　　2024年，柏林镇坚持依法行政，全面推进法治政府建设，各项\n工作取得明显成效。现将有关情况报告如下：\n"
      "　　一、主要举措和成效\n　　（一）加强组织领导。镇党委、镇政府主要负责人认真履行推\n"
      "进法治建设第一责任人职责，全年召开专题会议研究法治工作5\n次，将法治建设纳入年度综合考核，考核权重占比百分之八。"
      "\n\n"
      "　　（二）深入开展普法宣传。开展法律进乡村活动，发放宣传资\n料3,"
      "400余份，培训村（社区）法律明白人212人次，举办讲座1\n"
      "5场，受益群众约2,600人次，群众法治意识普遍得到有效提升。\n　　二、存在的不足\n"
      "　　执法人员专业素质有待提高，执法力量相对薄弱，普法形式\n仍较单一，群众参与度不高，基层法治建设基础仍需进一步夯"
      "实。\n"
      "柏林镇人民政府\n2025年1月15日\n";
  const Document page =
      page_of("柏林镇2024年法治政府建设年度报告", "", "<div class='nr'><pre>" + wrapped + "</pre></div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  test::TemporaryDirectory dir;
  test::write_file(dir / "r.txt", wrapped);
  const Document txt = test::process_with_default_pipeline(dir / "r.txt");
  EXPECT_THAT(page.text, HasSubstr(txt.text));
  EXPECT_THAT(page.text, HasSubstr("\n一、主要举措和成效\n"));
  EXPECT_THAT(page.text, HasSubstr("举办讲座15场，"));
  EXPECT_THAT(page.text, ::testing::EndsWith("\n柏林镇人民政府\n2025年1月15日"));
  // One paragraph a line, in a div styled pre-wrap: each line a paragraph, nothing joined.
  const Document lines =
      page_of("河口镇2023年法治政府建设情况报告", "",
              "<div class='content'><div style='white-space: pre-wrap'>一、主要举措和成效\n"
              "　　2023年，河口镇办理行政复议案件12件，调解纠纷86件。\n二、存在的不足\n　　一是执法力量不足。\n"
              "三、下一步工作打算\n　　2024年，将加强执法队伍建设。\n河口镇人民政府\n2024年1月18日</div></div>");
  ASSERT_EQ(lines.status, DocumentStatus::ok) << lines.error;
  EXPECT_THAT(lines.text,
              HasSubstr("\n一、主要举措和成效\n2023年，河口镇办理行政复议案件12件，调解纠纷86件。\n二、存在的不足\n"));
  EXPECT_TRUE(lines.metadata.get("reflowed_line_breaks").empty());
  EXPECT_EQ(lines.sections.size(), page_of("河口镇2023年法治政府建设情况报告", "").sections.size());
  // Source line breaks outside preformatted text are still no breaks.
  const Document ordinary =
      page_of("河口镇2023年法治政府建设情况报告", "", report_body("<p>全年开展法治\n宣传活动9场。</p>"));
  EXPECT_THAT(ordinary.text, HasSubstr("全年开展法治宣传活动9场。"));
}

// Classes and ids the page's own <style> hides (a mobile copy of the article, a withdrawn paragraph) are not read;
// a rule inside @media, a selector naming more than one class or a descendant, or one shown again, hides nothing.
TEST(HtmlInput, TextHiddenByThePagesStyleIsNotRead) {
  const std::string style =
      "<style>/* 移动端 */ .wap-only{display:none} @media (max-width:768px){.pc-only{display:none} "
      ".wap-only{display:block}} p.hide, #withdrawn { visibility: hidden; } .tab-pane{display:none} "
      ".tab-pane.active{display:block} .content span{display:none}</style>";
  const Document page =
      page_of("河口镇2023年法治政府建设情况报告", style,
              "<div class='content wap-only'><p>2023年，河口镇办理行政复议案件99件。</p></div>" +
                  report_body("<p class='hide'>全年行政复议纠错7件。</p><p id='withdrawn'>全年开展执法检查31次。</p>"
                              "<div class='tab-pane active'><p>全年开展普法活动42场。</p></div>"
                              "<p>全年培训执法人员<span>56</span>人次。</p>"));
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  for (const char* hidden : {"99件", "纠错", "31次"}) EXPECT_THAT(page.text, Not(HasSubstr(hidden))) << hidden;
  EXPECT_THAT(page.text, HasSubstr("办理行政复议案件12件"));
  EXPECT_THAT(page.text, HasSubstr("全年开展普法活动42场。"));
  EXPECT_THAT(page.text, HasSubstr("全年培训执法人员56人次。"));
}

// An article the page's script writes in is read from the script's string literals when they hold its
// markup; a page whose script fetches it is an error that says so, not a report of the page's chrome.
TEST(HtmlInput, AnArticleWrittenByScriptIsReadFromItsStringLiterals) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  const std::string chrome = "<div class='nav'><a href='/'>首页</a><a href='/zwgk'>政务公开</a></div>";
  const std::string footer = "<div class='footer'>河口镇人民政府办公室主办</div>";
  std::string writes = "<div class='con'><script type='text/javascript'>\n";
  for (const char* paragraph :
       {"<p>一、主要举措和成效</p>", "<p>2023年，河口镇办理行政复议案件12件，调解纠纷86件。</p>",
        "<p>二、存在的不足</p>", "<p>一是执法力量不足。</p>", "<p>三、下一步工作打算</p>",
        "<p>2024年，将加强执法队伍建设。</p>", "<p>河口镇人民政府</p><p>2024年1月18日</p>"}) {
    writes += std::string("document.write('") + paragraph + "');\n";
  }
  writes += "</script></div>";
  const Document written = page_of(title, chrome, writes + footer);
  ASSERT_EQ(written.status, DocumentStatus::ok) << written.error;
  const Document plain = page_of(title, chrome, report_body() + footer);
  EXPECT_EQ(written.text, plain.text);
  EXPECT_EQ(written.metadata.get("article_from_script"), "true");
  // An object's string set as a box's innerHTML, with JSON's escapes.
  const Document json = page_of(
      title,
      "<script>var articleInfo = {\"title\": \"" + title +
          "\", \"content\": \"<p>\\u4e00\\u3001\\u4e3b\\u8981\\u4e3e\\u63aa\\u548c\\u6210\\u6548<\\/p><p>2023年，"
          "河口镇办理行政复议案件12件，调解纠纷86件。<\\/p><p>二、存在的不足<\\/p><p>一是执法力量不足。<\\/p>"
          "<p>三、下一步工作打算<\\/p><p>2024年，将加强执法队伍建设。<\\/p><p>河口镇人民政府<\\/p><p>2024年1月18日"
          "<\\/p>\"};</script>" +
          chrome,
      "<div id='artContent'></div><script>document.getElementById('artContent').innerHTML = articleInfo.content;"
      "</script>" +
          footer);
  ASSERT_EQ(json.status, DocumentStatus::ok) << json.error;
  EXPECT_EQ(json.text, plain.text);
  // Fetched by a request: no article in the page, and the error says why.
  const Document fetched =
      page_of(title, chrome,
              "<div id='c'></div><script>$.ajax({url: '/api/article/123.json', success: function (d) "
              "{ $('#c').html(d.content); }});</script>" +
                  footer);
  EXPECT_EQ(fetched.status, DocumentStatus::error);
  EXPECT_THAT(fetched.error, HasSubstr("rendered by script"));
  // A page with its article in the markup keeps it, whatever markup its scripts write (a loading notice).
  const Document served =
      page_of(title, chrome + "<script>document.write('<p>加载中，请稍候。</p>');</script>", report_body() + footer);
  EXPECT_EQ(served.text, plain.text);
  EXPECT_TRUE(served.metadata.get("article_from_script").empty());
}

// A line of the publication date (and its source or organ) right under the title inside the content box is the
// page's: published, not the report's first line. The report's own date, closing it, stays.
TEST(HtmlInput, ADateLineUnderTheTitleInsideTheContentBoxIsThePages) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  const std::string paragraphs =
      "<p>一、主要举措和成效</p><p>2023年，河口镇办理行政复议案件12件，调解纠纷86件。</p><p>二、存在的不足</p>"
      "<p>一是执法力量不足，全镇持证执法人员仅9人；二是普法形式较为单一，群众参与度不高。</p>"
      "<p>河口镇人民政府</p><p>2024年1月18日</p>";
  for (const char* line : {"2024-03-05", "2024-03-05　来源：河口镇人民政府", "2024-03-05 河口镇司法所",
                           "2024年3月5日　来源：河口镇人民政府"}) {
    const Document page = page_of(
        title, "",
        "<div class='content'><h2>" + title + "</h2><div class='meta'>" + line + "</div>" + paragraphs + "</div>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_EQ(page.metadata.get("web.published"), "2024-03-05") << line;
    EXPECT_THAT(page.text, Not(HasSubstr("2024-03-05"))) << line;
    EXPECT_THAT(page.text, Not(HasSubstr("来源"))) << line;
    EXPECT_THAT(page.metadata.all("removed.web-publication-info"), ElementsAre(::testing::StartsWith("2024"))) << line;
    EXPECT_THAT(page.text, ::testing::EndsWith("河口镇人民政府\n2024年1月18日")) << line;
  }
  // A labelled date above the box is the one published; the line is still the page's.
  const Document labelled =
      page_of(title, "<div class='info'>发布日期：2024-03-06</div>",
              "<div class='content'><h2>" + title + "</h2><p>2024-03-05</p>" + paragraphs + "</div>");
  EXPECT_EQ(labelled.metadata.get("web.published"), "2024-03-06");
  EXPECT_THAT(labelled.text, Not(HasSubstr("2024-03-05")));
  // An opening sentence that starts with a date is the report's.
  const Document opening =
      page_of(title, "",
              "<div class='content'><h2>" + title + "</h2><p>2023年12月31日前，全镇完成行政执法案卷评查。</p>" +
                  paragraphs + "</div>");
  EXPECT_THAT(opening.text, HasSubstr("2023年12月31日前，全镇完成行政执法案卷评查。"));
  EXPECT_TRUE(opening.metadata.all("removed.web-publication-info").empty());
}

// An information-disclosure table (label and value in cells of their own) opening the content box is the page's,
// as the same table above the box is: its date published, its values no text of the report.
TEST(HtmlInput, AnInfoTableOpeningTheContentBoxIsThePages) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  const Document page =
      page_of(title, "",
              "<div class='TRS_Editor'><table><tr><td>索引号：</td><td>1311/2024-0012</td><td>发布机构：</td>"
              "<td>河口镇人民政府</td></tr><tr><td>成文日期：</td><td>2024-01-18</td><td>发布日期：</td>"
              "<td>2024-03-05</td></tr></table><h2 style='text-align:center'>" +
                  title + "</h2>" + report_body() + "</div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_EQ(page.metadata.get("web.published"), "2024-03-05");
  for (const char* value : {"1311", "索引号", "2024-03-05"}) EXPECT_THAT(page.text, Not(HasSubstr(value))) << value;
  EXPECT_THAT(page.text, ::testing::StartsWith(title + "\n一、主要举措和成效"));
  // A table of labelled figures after the report's opening stays the report's.
  const Document figures =
      page_of(title, "",
              report_body("<table><tr><td>行政复议：</td><td>12件</td></tr><tr><td>行政诉讼：</td><td>3件</td></tr>"
                          "</table>"));
  EXPECT_THAT(figures.text, HasSubstr("行政诉讼"));
}

// A sentence that names documents by their links is the report's text, not a list of links; a list of other
// pages in the article is still set apart.
TEST(HtmlInput, ASentenceMadeMostlyOfLinksIsTheReports) {
  const Document page =
      page_of("河口镇2023年法治政府建设情况报告", "",
              report_body("<p>组织学习<a href='/fg/1'>《中华人民共和国行政复议法》</a>和<a href='/fg/2'>《优化营商环境"
                          "条例》</a>。</p><p><a href='/a/7'>河口镇开展宪法宣传周活动</a> <a href='/a/8'>河口镇召开法治"
                          "建设专题会议</a></p>"));
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, HasSubstr("组织学习《中华人民共和国行政复议法》和《优化营商环境条例》。"));
  EXPECT_THAT(page.text, Not(HasSubstr("宪法宣传周")));
  EXPECT_FALSE(page.metadata.all("removed.web-links").empty());
}

// Info lines that label in English beside Chinese, or in English alone, give the publication date and source.
TEST(HtmlInput, EnglishAndBilingualInfoLabelsAreRead) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  for (const char* info : {"发布时间 Release Date：2024-03-05 &nbsp; 来源 Source：河口镇人民政府",
                           "Release Date: 2024-03-05 &nbsp; Source: 河口镇人民政府",
                           "发布日期 Date：2024-03-05 &nbsp; 来源/Source：河口镇人民政府",
                           "发布日期/Date: 2024-03-05 来源：河口镇人民政府"}) {
    const Document page = page_of(title, "<h1>" + title + "</h1><div class='info'>" + info + "</div>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_EQ(page.metadata.get("web.published"), "2024-03-05") << info;
    EXPECT_EQ(page.metadata.get("web.source"), "河口镇人民政府") << info;
    EXPECT_THAT(page.text, Not(HasSubstr("Date"))) << info;
  }
  // English words in a value are no labels.
  const Document value = page_of(title, "<h1>" + title +
                                            "</h1><div class='info'>来源：Open Source 中心 发布日期："
                                            "2024-03-07</div>");
  EXPECT_EQ(value.metadata.get("web.published"), "2024-03-07");
}

// A <br> typed to wrap a line by hand (in mid-sentence, or inside a heading to centre it) is joined as input.docx
// joins a Shift+Enter; a <br> after a sentence, between a signature and its date, or before a numbered line stays.
TEST(HtmlInput, AHandTypedLineBreakInASentenceOrAHeadingIsJoined) {
  const Document page =
      page_of("河口镇2023年法治政府建设情况报告", "",
              "<div class='content'><p><strong>一、坚持依法决策，<br/>推进政府治理规范化</strong></p>"
              "<p>2023年，河口镇坚持严格规范公正文明执法，依法办理各类行政处罚案件<br/>137件，罚没款38.6万元。</p>"
              "<p>二、存在的不足</p><p>一是执法力量不足。<br>二是普法形式较为单一，群众参与度有待进一步提高。</p>"
              "<p>全年开展法治宣传活动，重点围绕以下内容：<br>（一）宪法宣传周活动</p>"
              "<p>河口镇人民政府<br>2024年1月18日</p></div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, HasSubstr("\n一、坚持依法决策，推进政府治理规范化\n"));
  EXPECT_THAT(page.text, HasSubstr("依法办理各类行政处罚案件137件，罚没款38.6万元。"));
  EXPECT_THAT(page.text, HasSubstr("一是执法力量不足。\n二是普法形式"));
  EXPECT_THAT(page.text, HasSubstr("重点围绕以下内容：\n（一）宪法宣传周活动"));
  EXPECT_THAT(page.text, ::testing::EndsWith("\n河口镇人民政府\n2024年1月18日"));
  EXPECT_TRUE(std::any_of(page.metrics.begin(), page.metrics.end(), [](const Metric& m) { return m.value == 137; }));
  // A short line over a <br> (an organ, a list item) is a line of its own.
  const Document short_lines =
      page_of("河口镇2023年法治政府建设情况报告", "",
              report_body("<p>中共河口镇委员会<br>河口镇人民政府</p><p>联系人：王敏<br>联系电话：0000-1234567</p>"));
  EXPECT_THAT(short_lines.text, HasSubstr("中共河口镇委员会\n河口镇人民政府"));
  EXPECT_THAT(short_lines.text, HasSubstr("\n联系人：王敏\n"));
}

// A page that shows no publication date but whose script holds the article's (a content system's object for the
// article, JSON-LD) is dated by it; a date the page shows comes first, and a script's other dates (a copyright, a
// modification, a visit count, a list of other articles) date nothing.
TEST(HtmlInput, APublicationDateOnlyInAScriptIsRead) {
  const std::string title = "白沙镇2024年度法治政府建设情况报告";
  const std::string heading = "<h1>" + title + "</h1>";
  for (const char* script : {"<script>var pubDate = \"2025-03-28\";</script>",
                             "<script>var articleInfo = {\"title\": \"白沙镇\", \"publishTime\":\"2025-03-28 10:00\", "
                             "\"visits\": \"2025\"};</script>",
                             "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": "
                             "\"2025-03-28T10:00:00+08:00\", \"dateModified\": \"2025-04-02\"}</script>",
                             "<script>articleInfo.pub_date = '2025-03-28'; var fbrq = '2025-03-28';</script>"}) {
    const Document page = page_of(title, std::string(script) + heading +
                                             "<div class='info'>发布时间：<span id='pubDate'>"
                                             "</span></div>");
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_EQ(page.metadata.get("web.published"), "2025-03-28") << script;
    EXPECT_THAT(page.text, Not(HasSubstr("2025-03-28"))) << script;
  }
  // The date the page shows is the one published.
  const Document shown = page_of(title, "<script>var pubDate = \"2025-03-28\";</script>" + heading +
                                            "<div class='info'>发布日期：2025-03-30</div>");
  EXPECT_EQ(shown.metadata.get("web.published"), "2025-03-30");
  // No key naming a publication, a comparison, an expression, or several articles' dates: nothing.
  for (const char* script :
       {"<script>var copyright = \"2008-2025\"; var updateTime = \"2025-04-01\"; var visitCount = \"2025-03-28\";"
        "</script>",
        "<script>{\"dateModified\": \"2025-04-02\", \"dateCreated\": \"2025-03-01\"}</script>",
        "<script>if (pubDate == \"2025-03-28\") { show(); } var publishTime = new Date();"
        "document.getElementById('pubDate').innerHTML = today;</script>",
        "<script>var related = [{\"title\": \"白沙镇召开法治建设专题会议\", \"pubDate\": \"2025-01-02\"}, "
        "{\"title\": \"白沙镇开展宪法宣传周活动\", \"pubDate\": \"2024-12-04\"}];</script>"}) {
    const Document page = page_of(title, std::string(script) + heading);
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_EQ(page.metadata.get("web.published"), "") << script;
  }
}

// A title a <br> wraps inside its element (to centre it, or to set the organ over the report's name) is one line,
// as the report's TXT writes it: above the content box (<h1>) or opening it. What follows the report's name (a
// date under it) and two organs stacked for a joint report keep their lines.
TEST(HtmlInput, ATitleWrappedByABreakIsOneLine) {
  const Document organ =
      page_of("柳溪县白沙镇人民政府2024年度法治政府建设情况报告_柳溪县人民政府",
              "<h1 class='title'>柳溪县白沙镇人民政府<br>2024年度法治政府建设情况报告</h1><div class='info'>发布日期："
              "2025-02-08</div>");
  ASSERT_EQ(organ.status, DocumentStatus::ok) << organ.error;
  EXPECT_THAT(organ.text,
              ::testing::StartsWith("柳溪县白沙镇人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n"));
  const Document centred = page_of("详情页", "<h1>白沙镇2024年度法治政府建设<br/>工作报告</h1>");
  EXPECT_THAT(centred.text, ::testing::StartsWith("白沙镇2024年度法治政府建设工作报告\n一、"));
  // Opening the content box, as a page pasted from Word sets it; not repeated by the <title>.
  const Document inside = page_of(
      "详情页", "",
      "<div class='TRS_Editor'><p style='text-align:center'><strong>柳溪县白沙镇人民政府<br>2024年度法治政府建设情况"
      "报告</strong></p><p>一、主要举措和成效</p><p>2024年，白沙镇办理行政复议案件12件，调解纠纷86件。</p><p>二、存在"
      "的不足</p><p>一是执法力量不足。</p><p>白沙镇人民政府</p><p>2025年1月20日</p></div>");
  ASSERT_EQ(inside.status, DocumentStatus::ok) << inside.error;
  EXPECT_THAT(inside.text,
              ::testing::StartsWith("柳溪县白沙镇人民政府2024年度法治政府建设情况报告\n一、主要举措和成效\n"));
  // The same title above the box and wrapped inside it is read once.
  const Document twice = page_of(
      "详情页", "<h1>柳溪县白沙镇人民政府2024年度法治政府建设情况报告</h1>",
      "<div class='TRS_Editor'><p style='text-align:center'>柳溪县白沙镇人民政府<br>2024年度法治政府建设情况报告</p>"
      "<p>一、主要举措和成效</p><p>2024年，白沙镇办理行政复议案件12件，调解纠纷86件。</p><p>二、存在的不足</p>"
      "<p>一是执法力量不足。</p><p>白沙镇人民政府</p><p>2025年1月20日</p></div>");
  EXPECT_THAT(twice.text, ::testing::StartsWith("柳溪县白沙镇人民政府2024年度法治政府建设情况报告\n一、"));
  EXPECT_THAT(twice.text, Not(HasSubstr("报告\n柳溪县")));
  // A date under the report's name, and a joint report's two organs, keep their lines.
  const Document dated = page_of("详情页", "<h1>白沙镇2024年度法治政府建设情况报告<br>（2025年1月20日）</h1>");
  EXPECT_THAT(dated.text, ::testing::StartsWith("白沙镇2024年度法治政府建设情况报告\n（2025年1月20日）\n"));
  const Document joint =
      page_of("详情页", "<h1>中共白沙镇委员会<br>白沙镇人民政府<br>关于2024年度法治政府建设情况的报告</h1>");
  EXPECT_THAT(joint.text, ::testing::StartsWith("中共白沙镇委员会\n白沙镇人民政府\n关于2024年度"));
  // An opening paragraph that is no title (the addressee over the first sentence) keeps its lines.
  const Document addressed =
      page_of("白沙镇2024年度法治政府建设情况报告", "",
              report_body("").insert(std::string("<div class='content'>").size(),
                                     "<p>县委依法治县办：<br>现将白沙镇2024年度法治政府建设情况报告如下。</p>"));
  EXPECT_THAT(addressed.text, HasSubstr("\n县委依法治县办：\n现将白沙镇2024年度法治政府建设情况报告如下。\n"));
}

// A Word list's label pasted with the tab after it (<span style='mso-list:Ignore'>一、<span>&nbsp;&nbsp;&nbsp;
// </span></span>) is the label and one space, as input.docx writes a list's tab and input.txt a Word-saved file's;
// the heading is read without the space, its figures as in the TXT.
TEST(HtmlInput, AWordListLabelsTabIsOneSpaceAndTheHeadingIsReadWithoutIt) {
  const std::string label = "<span style='mso-list:Ignore'>";
  const std::string tab = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>";
  const Document page =
      page_of("白沙镇2024年度法治政府建设情况报告", "",
              "<div class='content'><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>" +
                  label + "一、" + tab +
                  "<![endif]>2024年度主要举措和成效</p><p class=MsoListParagraph style='mso-list:l0 level2 "
                  "lfo1'>" +
                  label + "（一）" + tab +
                  "强化组织领导</p><p>全年办理行政复议案件12件，调解纠纷86件。</p><p>"
                  "二、&nbsp;存在的不足</p><p>一是执法力量不足。</p><p>白沙镇人民政府</p><p>2025年1月20日</p></div>");
  ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
  EXPECT_THAT(page.text, HasSubstr("\n一、 2024年度主要举措和成效\n（一） 强化组织领导\n"));
  std::vector<std::string> headings;
  for (const auto& section : page.sections) headings.push_back(section.number + "|" + section.title);
  EXPECT_THAT(headings, Contains("一、|2024年度主要举措和成效"));
  EXPECT_THAT(headings, Contains("（一）|强化组织领导"));
  EXPECT_THAT(headings, Contains("二、|存在的不足"));
  EXPECT_TRUE(std::any_of(page.metrics.begin(), page.metrics.end(), [](const Metric& m) { return m.value == 12; }));
}

// A portal's statistics table: categories merged down (rowspan), each group closed by a 小计, a 其中 column. The
// 小计s add up their groups and the 合计 the 小计s; a 其中 cell above the cell before it is the one slip.
TEST(HtmlTables, SubtotalsAndQizhongColumnsAreChecked) {
  test::TemporaryDirectory dir;
  const auto page = [&](const std::string& corrected) {
    test::write_file(
        dir / "table.html",
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>河西县2024年法治政府建设年度报告</title></head>"
        "<body><h1>河西县2024年法治政府建设年度报告</h1><p>一、主要举措和成效</p><p>行政应诉案件情况（单位：件）</p>"
        "<table><tr><td>类别</td><td>被诉机关</td><td>应诉</td><td>其中：败诉</td></tr>"
        "<tr><td rowspan=\"3\">县直部门</td><td>县自然资源局</td><td>5</td><td>1</td></tr>"
        "<tr><td>县住建局</td><td>3</td><td>" +
            corrected +
            "</td></tr>"
            "<tr><td>小计</td><td>8</td><td>1</td></tr>"
            "<tr><td rowspan=\"3\">乡镇</td><td>城关镇</td><td>2</td><td>0</td></tr>"
            "<tr><td>河口乡</td><td>1</td><td>0</td></tr>"
            "<tr><td>小计</td><td>3</td><td>0</td></tr>"
            "<tr><td colspan=\"2\">合计</td><td>11</td><td>1</td></tr></table>"
            "<p>河西县人民政府</p><p>2025年2月10日</p></body></html>");
    std::vector<std::string> slips;
    for (const auto& anomaly : test::process_with_default_pipeline(dir / "table.html").anomalies) {
      if (anomaly.rule == "part-exceeds-total") slips.push_back(anomaly.message);
    }
    return slips;
  };
  EXPECT_THAT(page("0"), ::testing::IsEmpty());
  EXPECT_THAT(page("4"), ElementsAre("分项之和4件超过总数3件"));
}

// (e) A title set in one element with its info line (<h1>…报告<span>发布时间：…</span>…</h1>) reads as the title,
// its info line's facts recorded; a title naming a source in its words stays whole.
TEST(HtmlInput, ATitleGluedToItsInfoLineIsTheTitleAlone) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  const Document glued = page_of(title, "<h1>" + title +
                                            "<span>发布时间：2024-03-05</span> <span>来源：河口镇人民政府</span> "
                                            "<span>阅读量：1203</span></h1>");
  ASSERT_EQ(glued.status, DocumentStatus::ok) << glued.error;
  EXPECT_THAT(glued.text, ::testing::StartsWith(title + "\n一、主要举措和成效"));
  EXPECT_EQ(glued.metadata.get("web.published"), "2024-03-05");
  EXPECT_EQ(glued.metadata.get("web.source"), "河口镇人民政府");
  const std::string worded = "河口镇关于2023年度法治政府建设发布时间节点落实情况的报告";
  const Document whole = page_of(worded, "<h1>" + worded + "</h1>");
  EXPECT_THAT(whole.text, ::testing::StartsWith(worded + "\n"));
}

// (W10 c) A column's tag in brackets the page set before the title (<h1>【年度报告】…报告</h1>) is the page's; the
// title is the report's alone.
TEST(HtmlInput, AColumnsTagBeforeTheTitleGoes) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  const Document tagged = page_of("【年度报告】" + title, "<h1>【年度报告】" + title + "</h1>");
  ASSERT_EQ(tagged.status, DocumentStatus::ok) << tagged.error;
  EXPECT_THAT(tagged.text, ::testing::StartsWith(title + "\n"));
  EXPECT_EQ(tagged.metadata.get("removed.web-column"), "【年度报告】");
  EXPECT_EQ(tagged.metadata.get("title"), title);
}

// (W11 a) The organ and the page's stamped date under the title inside the content box (青石县人民政府
// 2025年02月08日) are the line input.txt and input.docx take under the same name, and date the page.
TEST(HtmlInput, AnOrgansLineWithTheStampedDateUnderTheTitleIsThePages) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  const Document document = page_of(title, "",
                                    "<div class='content'><p>" + title + "</p><p>河口镇人民政府 2024年01月20日</p>" +
                                        report_body().substr(std::string("<div class='content'>").size()));
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_EQ(document.metadata.get("removed.web-organ-date"), "河口镇人民政府 2024年01月20日");
  EXPECT_EQ(document.metadata.get("removed.web-publication-info"), "");
  EXPECT_EQ(document.metadata.get("web.published"), "2024-01-20");
  EXPECT_THAT(document.text, ::testing::StartsWith(title + "\n一、主要举措和成效\n"));
}

// (f) A record list whose labels have no colon, each item its label and value in elements of their own
// (<li><p>发布机构</p><p>…</p></li>): the values are read as the label's.
TEST(HtmlInput, ARecordListsColonlessLabelsTakeTheirValues) {
  const std::string title = "河口镇2023年法治政府建设情况报告";
  std::string list = "<ul class='xxgk'>";
  for (const auto& [label, value] :
       std::vector<std::pair<std::string, std::string>>{{"索引号", "11530000MB1234567X/2024-00012"},
                                                        {"发布机构", "河口镇人民政府"},
                                                        {"信息分类", "计划总结"},
                                                        {"发布日期", "2024-03-05"},
                                                        {"有效性", "有效"}}) {
    list += "<li><p>" + label + "</p><p>" + value + "</p></li>";
  }
  const Document document = page_of(title, list + "</ul><h1>" + title + "</h1>");
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_EQ(document.metadata.get("web.published"), "2024-03-05");
  EXPECT_EQ(document.metadata.get("web.publisher"), "河口镇人民政府");
  EXPECT_EQ(document.metadata.get("web.index_number"), "11530000MB1234567X/2024-00012");
  EXPECT_THAT(document.text, ::testing::StartsWith(title + "\n"));
}

// (W13 b) A page flattened into one paragraph at its top (a reader view, an editor's paste): the record's fields in
// brackets, the title and the first sentence run together. The fields go with their facts (the place and the
// department a cell set apart are one publisher), the title and the sentence stay, the title a line of its own, as
// input.txt reads the same copy. A column's tag in brackets is no field: that paragraph is read as before.
TEST(HtmlInput, BracketedFieldsOpeningAFlattenedParagraphGoAlone) {
  const std::string title = "青石县2024年度法治政府建设情况报告";
  const std::string text = "2024年，青石县司法局深入推进法治政府建设，各项工作取得新成效。";
  const auto flattened = [&](const std::string& fields) {
    test::TemporaryDirectory dir;
    test::write_file(dir / "p.html",
                     "<html><head><meta charset='utf-8'><title>详情</title></head><body>"
                     "<div class='content'><p>" +
                         fields + " " + title + " " + text +
                         "</p><p>一、主要举措和成效</p><p>全年审查合同36份，办理行政复议案件12件。</p>"
                         "<p>青石县司法局</p><p>2025年1月18日</p></div></body></html>");
    return test::process_with_default_pipeline(dir / "p.html");
  };
  for (const std::string fields :
       {"[ 发布日期 ] 2025-02-12 [ 来源 ] 青石县司法局", "[ 发布机构 ] 青石县 司法局 [ 发布日期 ] 2025-02-12"}) {
    const Document page = flattened(fields);
    ASSERT_EQ(page.status, DocumentStatus::ok) << page.error;
    EXPECT_THAT(page.text, ::testing::StartsWith(title + "\n" + text + "\n一、主要举措和成效\n")) << fields;
    EXPECT_EQ(page.metadata.get("title"), title) << fields;
    EXPECT_EQ(page.metadata.get("published"), "2025-02-12") << fields;
    EXPECT_EQ(page.metadata.get("removed.web-bracketed-info"), fields);
  }
  EXPECT_EQ(flattened("[ 发布日期 ] 2025-02-12 [ 来源 ] 青石县司法局").metadata.get("web.source"), "青石县司法局");
  EXPECT_EQ(flattened("[ 发布机构 ] 青石县 司法局 [ 发布日期 ] 2025-02-12").metadata.get("web.publisher"),
            "青石县司法局");
  const Document tagged = flattened("【年度报告】");
  EXPECT_EQ(tagged.metadata.get("removed.web-bracketed-info"), "");
  EXPECT_THAT(tagged.text, HasSubstr(text));
}

}  // namespace
}  // namespace docpipe
