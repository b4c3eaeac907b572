// The artifact filter on lines that used to make its patterns backtrack exponentially (issue 16): they
// are classified correctly, and at once. The time bound is only a guard against a hang, not a benchmark.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <future>

#include "docpipe/artifact_filter.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

std::string repeated(const std::string& word, int times, const std::string& separator) {
  std::string out;
  for (int i = 0; i < times; ++i) out += (i ? separator : "") + word;
  return out;
}

// Runs the filter, failing (rather than hanging the suite) if it does not finish in a minute.
FilteredParagraphs filter_with_hang_guard(const std::vector<std::string>& lines) {
  auto result = std::async(std::launch::async, [lines] { return ArtifactFilter().filter(lines); });
  if (result.wait_for(std::chrono::seconds(60)) != std::future_status::ready) {
    ADD_FAILURE() << "the artifact filter hangs";
    std::_Exit(1);
  }
  return result.get();
}

std::vector<std::string> kept(const FilteredParagraphs& filtered) {
  std::vector<std::string> out;
  for (const auto& k : filtered.kept) out.push_back(k.text);
  return out;
}

TEST(ArtifactFilterSafety, ALongRunOfControlWordsEndingInTextStaysText) {
  const std::string line = repeated("打印", 40, " ") + " 正文";
  const auto filtered = filter_with_hang_guard({"一、工作情况", line, "正文继续。"});
  EXPECT_THAT(kept(filtered), ElementsAre("一、工作情况", line, "正文继续。"));
}

TEST(ArtifactFilterSafety, ALongRunOfControlWordsAloneIsRemoved) {
  const std::string line = repeated("【打印】", 40, " ") + " 【关闭窗口】";
  const auto filtered = filter_with_hang_guard({"一、工作情况", line, "正文继续。"});
  EXPECT_THAT(kept(filtered), ElementsAre("一、工作情况", "正文继续。"));
}

TEST(ArtifactFilterSafety, LongLinesAgainstEveryRuleFinish) {
  const std::vector<std::string> lines = {repeated("设为首页 |", 200, " ") + " 正文",
                                          repeated("分享到 微信", 200, " ") + "。", repeated("首页 >", 300, " "),
                                          repeated("字", 5000, ""), repeated("名 称:", 50, " ")};
  const auto filtered = filter_with_hang_guard(lines);
  EXPECT_EQ(filtered.kept.size(), 3u);  // the breadcrumb and the info block are chrome; the rest is not
}

// 纠错 alone heads a table's column of reconsideration cases; bracketed, asked for, or among other controls it is
// the portal's button.
TEST(ArtifactFilterWebChrome, ALoneJiucuoIsACellNotAControl) {
  const auto filtered = filter_with_hang_guard(
      {"一、工作情况", "受理", "审结", "纠错", "正文继续。", "【纠错】", "我要纠错", "打印 关闭 纠错"});
  EXPECT_THAT(kept(filtered), ElementsAre("一、工作情况", "受理", "审结", "纠错", "正文继续。"));
}

// A short report's signature may name the issuer its title opens with: no repeated title that far down. A
// report to a superior sets 签发人 beside the 发文字号 (or in a cell of its own), and the title still opens
// with the issuer.
TEST(ArtifactFilterWebChrome, AnIssuerNamedAgainIsARepeatOnlyRightAfterIt) {
  const auto short_report =
      filter_with_hang_guard({"青岚县白石镇人民政府", "关于2023年度法治政府建设情况的报告", "一、主要成效", "正文。",
                              "二、存在的不足", "正文。", "青岚县白石镇人民政府", "2024年1月12日"});
  EXPECT_EQ(kept(short_report).size(), 8u);
  // A cover letter so short that its signature stands within four lines of the title naming the issuer: a name
  // over a date signs.
  const auto short_letter =
      filter_with_hang_guard({"青岚县白石镇人民政府", "关于报送2023年度法治政府建设情况报告的函", "县司法局：",
                              "现将我镇报告报送你局。", "青岚县白石镇人民政府", "2024年1月12日"});
  EXPECT_EQ(kept(short_letter).size(), 6u);
  for (const std::vector<std::string>& letterhead : {std::vector<std::string>{"白政报〔2024〕2号  签发人：陈立"},
                                                     std::vector<std::string>{"白政报〔2024〕2号", "签发人：陈立"}}) {
    std::vector<std::string> lines{"青岚县白石镇人民政府"};
    lines.insert(lines.end(), letterhead.begin(), letterhead.end());
    for (const char* line : {"青岚县白石镇人民政府", "关于2023年度法治政府建设情况的报告", "正文。"}) {
      lines.emplace_back(line);
    }
    EXPECT_THAT(kept(filter_with_hang_guard(lines)), ::testing::Contains("关于2023年度法治政府建设情况的报告"));
    EXPECT_EQ(kept(filter_with_hang_guard(lines)).size(), lines.size()) << letterhead.size();
  }
}

// A joint letterhead stacks its issuers above 文件; a title under the 发文字号 may restate them a line each, and
// both lines are the title's subject, not repeats.
TEST(ArtifactFilterWebChrome, AJointLetterheadsIssuersRestatedUnderTheNumberStay) {
  const std::vector<std::string> lines{"中共岚溪县青桐镇委员会",
                                       "岚溪县青桐镇人民政府",
                                       "文件",
                                       "青发〔2025〕2号",
                                       "中共岚溪县青桐镇委员会",
                                       "岚溪县青桐镇人民政府",
                                       "关于2024年度法治政府建设情况的报告",
                                       "正文。"};
  const auto filtered = filter_with_hang_guard(lines);
  EXPECT_EQ(kept(filtered), lines);
  // With no 发文字号 between them, the issuers named twice are a repeat.
  const auto repeated_issuers = filter_with_hang_guard(
      {"岚溪县青桐镇人民政府", "文件", "岚溪县青桐镇人民政府", "关于2024年度法治政府建设情况的报告", "正文。"});
  EXPECT_EQ(kept(repeated_issuers).size(), 4u);
}

TEST(ArtifactFilterWebChrome, PortalLinesCopiedIntoText) {
  const auto filtered = filter_with_hang_guard(
      {"今天是：2021年3月2日 星期二", "设为首页|加入收藏|无障碍|长者版", "您的位置：首页 > 政务公开",
       "名 称：某某镇2020年法治政府建设年度报告", "索 引 号：0001/2021-00012",
       "发布日期：2021-02-01 来源：某某镇人民政府", "【字体：大 中 小】", "打印本页 关闭窗口",
       "某某镇2020年法治政府建设年度报告", "2020年，某某镇坚持依法行政。"});
  EXPECT_THAT(kept(filtered), ElementsAre("某某镇2020年法治政府建设年度报告", "2020年，某某镇坚持依法行政。"));
  std::vector<std::string> facts;
  for (const auto& [key, value] : filtered.metadata) {
    if (key.starts_with("web.")) facts.push_back(key + "=" + value);
  }
  EXPECT_THAT(facts,
              ElementsAre("web.index_number=0001/2021-00012", "web.published=2021-02-01", "web.source=某某镇人民政府"));
}

// A portal's menu and its name copied over the article: neither joins the title.
TEST(ArtifactFilterWebChrome, APortalsMenuAndNameOverTheArticle) {
  const auto filtered =
      filter_with_hang_guard({"平川县人民政府门户网站", "首页 | 政务公开 | 政务服务 | 互动交流",
                              "网站首页 信息公开 政务服务", "平川镇2021年法治政府建设工作总结",
                              "首页工作是加强组织领导，全镇开展讲座12场。", "（二）加强政府网站", "政府网站"});
  EXPECT_THAT(kept(filtered),
              ElementsAre("平川镇2021年法治政府建设工作总结", "首页工作是加强组织领导，全镇开展讲座12场。",
                          "（二）加强政府网站", "政府网站"));
  EXPECT_THAT(filtered.metadata, ::testing::Contains(std::pair<std::string, std::string>("removed.web-site-name",
                                                                                         "平川县人民政府门户网站")));
}

// The info block as portals set it with bracketed labels, several fields to a line and a value left empty: chrome,
// whose publication date, publisher and index number are facts; 成文日期 (when it was written) is no publication.
TEST(ArtifactFilterWebChrome, AnInfoBlockWithBracketedLabels) {
  const auto filtered = filter_with_hang_guard(
      {"首页 > 政务公开 > 法治政府建设年度报告", "[ 索引号 ] 11510322MB1234567X/2025-00012 [ 发文字号 ]",
       "[ 发布机构 ] 桐溪乡人民政府 [ 成文日期 ] 2025-01-17 [ 发布日期 ] 2025-04-20",
       "桐溪乡人民政府关于2024年度法治政府建设工作情况的报告", "一、主要成效", "[1]全年办理行政处罚案件37件。"});
  EXPECT_THAT(kept(filtered), ElementsAre("桐溪乡人民政府关于2024年度法治政府建设工作情况的报告", "一、主要成效",
                                          "[1]全年办理行政处罚案件37件。"));
  std::vector<std::string> facts;
  for (const auto& [key, value] : filtered.metadata) {
    if (key.starts_with("web.")) facts.push_back(key + "=" + value);
  }
  EXPECT_THAT(facts, ElementsAre("web.index_number=11510322MB1234567X/2025-00012", "web.published=2025-04-20",
                                 "web.publisher=桐溪乡人民政府"));
  // Full-width brackets, no spaces, one field a line.
  const auto solid = filter_with_hang_guard({"【索引号】0001/2025-00003", "【发布机构】柳溪镇人民政府",
                                             "【成文日期】2025-01-08", "【发布日期】2025-03-02",
                                             "柳溪镇2024年法治政府建设年度报告", "2024年，柳溪镇坚持依法行政。"});
  EXPECT_THAT(kept(solid), ElementsAre("柳溪镇2024年法治政府建设年度报告", "2024年，柳溪镇坚持依法行政。"));
  std::vector<std::string> solid_facts;
  for (const auto& [key, value] : solid.metadata) {
    if (key.starts_with("web.")) solid_facts.push_back(key + "=" + value);
  }
  EXPECT_THAT(solid_facts, ElementsAre("web.index_number=0001/2025-00003", "web.publisher=柳溪镇人民政府",
                                       "web.published=2025-03-02"));
}

// Under the article: a prompt to read the page on a phone and the article's pager are chrome; a report's
// sentence about phones or pages is not.
TEST(ArtifactFilterWebChrome, PhonePromptsAndPagersUnderTheArticle) {
  const auto filtered = filter_with_hang_guard(
      {"一、工作情况", "通过手机短信推送普法信息2万条。", "编印宣传册共32页，发放1000册。", "河口镇人民政府",
       "2024年1月18日", "扫一扫在手机打开当前页", "上一页 第3页 共3页", "首页 上一页 1 2 3 下一页 尾页"});
  EXPECT_THAT(kept(filtered), ElementsAre("一、工作情况", "通过手机短信推送普法信息2万条。",
                                          "编印宣传册共32页，发放1000册。", "河口镇人民政府", "2024年1月18日"));
}

// A portal's related links copied as text keep the label and the links on one line: that line and the rest of the
// page go, and the signature and date above it stay the report's last lines. A report's sentence about links stays.
TEST(ArtifactFilterWebChrome, RelatedLinksOnTheLabelsLineAfterTheSignature) {
  for (const std::string related :
       {"相关链接：国务院 江西省人民政府", "相关链接 国务院 江西省人民政府", "相关阅读："}) {
    const auto filtered = filter_with_hang_guard(
        {"一、工作情况", "在门户网站设置相关链接12个。", "柳溪镇人民政府", "2025年1月20日", related, "青禾县人民政府"});
    EXPECT_THAT(kept(filtered),
                ElementsAre("一、工作情况", "在门户网站设置相关链接12个。", "柳溪镇人民政府", "2025年1月20日"))
        << related;
    EXPECT_THAT(filtered.metadata,
                ::testing::Contains(std::pair<std::string, std::string>("removed.web-related", related)));
  }
  const std::vector<std::string> report = {"三、下一步打算", "相关链接建设有待加强",
                                           "相关链接：省政府网站开设普法专栏。", "柳溪镇人民政府", "2025年1月20日"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// The portal's controls under the article, with colons and in one line with the pager or the attachment label
// (分享：　打印　关闭, 分享到：　上一篇：无, 附件下载：无), are chrome: left in, they stood after the date and hid the
// signature. A report's sentence that shares or prints is the report's.
TEST(ArtifactFilterWebChrome, ControlsWithColonsAndEmptyLabelsUnderTheSignature) {
  for (const std::string chrome : {"分享：　打印　关闭", "【分享：】【打印】【关闭】", "分享到：　　上一篇：无",
                                   "附件下载：无", "相关附件：暂无"}) {
    const auto filtered = filter_with_hang_guard(
        {"一、工作情况", "分享典型案例6个，打印宣传册300份。", "鹿鸣街道办事处", "2025年2月6日", chrome});
    EXPECT_THAT(kept(filtered),
                ElementsAre("一、工作情况", "分享典型案例6个，打印宣传册300份。", "鹿鸣街道办事处", "2025年2月6日"))
        << chrome;
  }
}

// A report's paragraph that closes with a contact is the report's; a footer line names its contact first.
TEST(ArtifactFilterWebChrome, AReportSentenceEndingInAContactIsNoFooter) {
  const auto filtered =
      filter_with_hang_guard({"一、工作情况", "开展讲座2次。", "三、下一步打算",
                              "组织执法人员培训不少于3次，力争行政复议纠错率控制在5%以内。联系电话：0871-6123456。",
                              "青石镇人民政府", "2024年1月26日", "主办单位：青石镇人民政府 联系电话：0871-6123457"});
  EXPECT_THAT(kept(filtered),
              ElementsAre("一、工作情况", "开展讲座2次。", "三、下一步打算",
                          "组织执法人员培训不少于3次，力争行政复议纠错率控制在5%以内。联系电话：0871-6123456。",
                          "青石镇人民政府", "2024年1月26日"));
}

// A WeChat article copied whole: its dateline (a publication date), its prompts and its action bar are chrome;
// credits may be parted by a full-width bar.
TEST(ArtifactFilterWebChrome, AWeChatArticlesDatelineAndTrailer) {
  const auto filtered =
      filter_with_hang_guard({"某县教育局2021年度法治政府建设工作报告", "安澜教育  2022-04-20 18:30  发表于安澜",
                              "一、主要举措", "分享经验做法3次。", "某县教育局", "2022年4月18日", "来源｜某县教育局",
                              "编辑｜刘洋", "👇点击阅读原文", "分享 收藏 在看 赞"});
  EXPECT_THAT(kept(filtered), ElementsAre("某县教育局2021年度法治政府建设工作报告", "一、主要举措", "分享经验做法3次。",
                                          "某县教育局", "2022年4月18日"));
  std::vector<std::string> facts;
  for (const auto& [key, value] : filtered.metadata) {
    if (key.starts_with("web.")) facts.push_back(key + "=" + value);
  }
  EXPECT_THAT(facts, ElementsAre("web.published=2022-04-20"));
  // The dateline as WeChat writes it now: a Chinese date and the sender's province, no 发表于.
  const auto current = filter_with_hang_guard(
      {"某镇2023年度法治政府建设情况报告", "原创 石门司法 2024年04月15日 09:12 云南", "一、主要举措"});
  EXPECT_THAT(kept(current), ElementsAre("某镇2023年度法治政府建设情况报告", "一、主要举措"));
  std::vector<std::string> current_facts;
  for (const auto& [key, value] : current.metadata) {
    if (key.starts_with("web.")) current_facts.push_back(key + "=" + value);
  }
  EXPECT_THAT(current_facts, ElementsAre("web.published=2024-04-15"));  // in ISO, as every input sets it
  // 阅读原文 in a report's own heading or sentence is the report's.
  const auto reading = filter_with_hang_guard({"一、主要举措", "（一）坚持阅读原文原著", "组织干部阅读原文原著12次。",
                                               "某镇人民政府", "2024年1月5日", "阅读原文"});
  EXPECT_THAT(kept(reading), ElementsAre("一、主要举措", "（一）坚持阅读原文原著", "组织干部阅读原文原著12次。",
                                         "某镇人民政府", "2024年1月5日"));
}

std::vector<std::string> web_facts(const FilteredParagraphs& filtered) {
  std::vector<std::string> facts;
  for (const auto& [key, value] : filtered.metadata) {
    if (key.starts_with("web.")) facts.push_back(key + "=" + value);
  }
  return facts;
}

// A page's cell may set the publisher's or the source's place apart from its department ([ 发布机构 ] 青石县 司法局):
// the fact is the one name, not the place alone. A place before a label, a word that names no organ, or a department
// glued to the next label stay out of it.
TEST(ArtifactFilterWebChrome, APlaceAndItsDepartmentSetApartAreOneOrgan) {
  const auto facts_of = [](const std::string& line) {
    return web_facts(
        filter_with_hang_guard({line, "青石县2024年度法治政府建设情况报告", "2024年，青石县坚持依法行政。"}));
  };
  EXPECT_THAT(facts_of("[ 发布机构 ] 青石县 司法局 [ 发布日期 ] 2025-02-12"),
              ElementsAre("web.published=2025-02-12", "web.publisher=青石县司法局"));
  EXPECT_THAT(facts_of("【来源】榆城市 白沙镇人民政府 【发布日期】2025-02-12"),
              ElementsAre("web.published=2025-02-12", "web.source=榆城市白沙镇人民政府"));
  EXPECT_THAT(facts_of("发布机构：青石县 司法局　发布日期：2025-02-12"),
              ElementsAre("web.published=2025-02-12", "web.publisher=青石县司法局"));
  EXPECT_THAT(facts_of("来源：青石县 司法局 发布时间：2025-02-12 09:00"),
              ElementsAre("web.published=2025-02-12", "web.source=青石县司法局"));
  // No department after the place: the place alone.
  EXPECT_THAT(facts_of("来源：青石县 发布时间：2025-02-12"),
              ElementsAre("web.published=2025-02-12", "web.source=青石县"));
  EXPECT_THAT(facts_of("[ 发布机构 ] 青石县 [ 发布日期 ] 2025-02-12"),
              ElementsAre("web.published=2025-02-12", "web.publisher=青石县"));
  // A value that is no place alone keeps what it is; a word after it naming no organ is none of it.
  EXPECT_THAT(facts_of("来源：青石县司法局 办公室 发布时间：2025-02-12"),
              ElementsAre("web.published=2025-02-12", "web.source=青石县司法局"));
  EXPECT_THAT(facts_of("来源：青石县 本网 发布时间：2025-02-12"),
              ElementsAre("web.published=2025-02-12", "web.source=青石县"));
}

// The record's publisher under the labels other platforms give it (发文机构, 制发机构), and a row of two fields that
// opens with the information class (信息分类: 报告 发布机构: …), as a provincial platform's info table reads: the
// page's, its publisher read.
TEST(ArtifactFilterWebChrome, ThePublisherUnderEveryPlatformsLabel) {
  const auto filtered = [](const std::string& line) {
    return filter_with_hang_guard({line, "青石县2024年度法治政府建设情况报告", "2024年，青石县坚持依法行政。"});
  };
  for (const std::string line :
       {"信息分类: 报告 发布机构: 青石县司法局", "发文机构：青石县司法局", "发文字号 ｜ ｜ 制发机构 ｜ 青石县司法局"}) {
    const auto read = filtered(line);
    EXPECT_THAT(kept(read), ElementsAre("青石县2024年度法治政府建设情况报告", "2024年，青石县坚持依法行政。")) << line;
    EXPECT_THAT(web_facts(read), ::testing::Contains("web.publisher=青石县司法局")) << line;
  }
  // A record table's row pasted with its cells a space apart: the values after a space, when they read as values
  // (an organ's name, an index number in its form), never the next label of an empty field.
  const auto spaced = filter_with_hang_guard({"索 引 号 11530300013909010R/2025-48086 主题分类 司法",
                                              "发文字号 制发机构 青石县司法局", "发布机构 成文日期 2025-01-13",
                                              "青石县2024年度法治政府建设情况报告", "2024年，青石县坚持依法行政。"});
  EXPECT_THAT(kept(spaced), ElementsAre("青石县2024年度法治政府建设情况报告", "2024年，青石县坚持依法行政。"));
  EXPECT_THAT(web_facts(spaced),
              ElementsAre("web.index_number=11530300013909010R/2025-48086", "web.publisher=青石县司法局"));
  const auto empty = filter_with_hang_guard({"索引号 信息分类 报告", "发布机构 成文日期 2025-01-13",
                                             "青石县2024年度法治政府建设情况报告", "2024年，青石县坚持依法行政。"});
  EXPECT_THAT(web_facts(empty), ElementsAre());
  // A report's sentence on its information classes is no record's row.
  const auto sentence =
      filter_with_hang_guard({"青石县2024年度法治政府建设情况报告", "信息分类：按主题公开政府信息86条。"});
  EXPECT_THAT(kept(sentence), ElementsAre("青石县2024年度法治政府建设情况报告", "信息分类：按主题公开政府信息86条。"));
}

bool removed_as(const FilteredParagraphs& filtered, const std::string& rule, const std::string& text) {
  return std::find(filtered.metadata.begin(), filtered.metadata.end(),
                   std::pair<std::string, std::string>("removed." + rule, text)) != filtered.metadata.end();
}

// A report copied from a 范文 site: the site's notes offering it above and below, its count, the watermark set in a
// paragraph, its buttons, tags and recommendations are chrome, recorded by rule; the report's lines stay whole.
TEST(ArtifactFilterContentFarm, ACopysNotesWatermarkAndTrailerGo) {
  const std::string intro = "下面是小编为大家整理的宁川县自然资源局2023年度法治政府建设工作报告，供大家参考。";
  const std::string outro =
      "以上是小编为大家带来的宁川县自然资源局2023年度法治政府建设工作报告全部内容，希望对大家有所帮助。";
  const auto filtered = filter_with_hang_guard(
      {"宁川县自然资源局2023年度法治政府建设工作报告", "时间：2024-02-20 09:12:33 公文范文 来源：网友投稿", intro,
       "本文已影响 1,286人", "一、主要工作",
       "全年办理行政复议案件9件。 文秘之家—公文写作好帮手 www.wenmi-example.com 组织执法培训3期。", "二、下一步打算",
       "宁川县自然资源局", "2024年1月25日", outro, "【下载本文】", "复制全文", "TAG标签：法治政府建设 年度报告",
       "相关推荐", "宁川县2023年度依法行政工作总结"});
  EXPECT_THAT(kept(filtered), ElementsAre("宁川县自然资源局2023年度法治政府建设工作报告", "一、主要工作",
                                          "全年办理行政复议案件9件。组织执法培训3期。", "二、下一步打算",
                                          "宁川县自然资源局", "2024年1月25日"));
  EXPECT_TRUE(removed_as(filtered, "content-farm-note", intro));
  EXPECT_TRUE(removed_as(filtered, "content-farm-note", outro));
  EXPECT_TRUE(removed_as(filtered, "content-farm-watermark", " 文秘之家—公文写作好帮手 www.wenmi-example.com "));
  EXPECT_TRUE(removed_as(filtered, "web-counter", "本文已影响 1,286人"));
  EXPECT_TRUE(removed_as(filtered, "web-page-controls", "【下载本文】"));
  EXPECT_TRUE(removed_as(filtered, "web-related", "相关推荐"));
  EXPECT_THAT(web_facts(filtered), ElementsAre("web.published=2024-02-20", "web.source=网友投稿"));
  // Each note alone, as other sites word it.
  for (const std::string note :
       {"以下是范文网为大家带来的2023年度法治政府建设工作报告，欢迎阅读。",
        "本站为您精心整理了法治政府建设工作报告范文，希望对您有所帮助。", "欢迎阅读与收藏。", "希望对大家有所帮助！"}) {
    EXPECT_THAT(kept(filter_with_hang_guard({"一、主要工作", "开展讲座2次。", note, "二、下一步打算"})),
                ElementsAre("一、主要工作", "开展讲座2次。", "二、下一步打算"))
        << note;
  }
}

// A report's own sentences use the words such notes use in other senses: welcome, help, a station, a reference,
// a government site's address. They stay.
TEST(ArtifactFilterContentFarm, AReportsSentencesWithTheSameWordsStay) {
  const std::vector<std::string> report = {"一、主要工作",
                                           "邀请律师为大家讲解民法典，受到群众欢迎。",
                                           "本站共收集群众意见120条，供领导决策参考。",
                                           "开展送法下乡，帮助群众化解纠纷，群众希望多举办此类活动。",
                                           "在县政府门户网站www.ningchuan.gov.cn公开年度报告。",
                                           "群众可登录宁川普法网www.ncpf-example.cn",
                                           "（登录资料网www.ziliao-example.com查询。）",
                                           "欢迎访问宁川普法网 www.ncpf-example.cn",
                                           "二、下一步打算",
                                           "宁川县自然资源局",
                                           "2024年1月25日",
                                           "标签化管理执法事项32项。"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A news app's story: the date in brackets after 发布于, or its time glued to the read count, dates the page; the
// three reviewers after the text are credits.
TEST(ArtifactFilterContentFarm, ANewsAppsDatesAndReviewers) {
  const auto bracketed = filter_with_hang_guard({"青溪县召开法治政府建设推进会", "（发布于：2023-12-08 18:00）",
                                                 "12月8日，青溪县召开法治政府建设推进会。", "会议部署了12项任务。",
                                                 "一审：王芳", "二审：李明", "三审：张伟"});
  EXPECT_THAT(kept(bracketed), ElementsAre("青溪县召开法治政府建设推进会", "12月8日，青溪县召开法治政府建设推进会。",
                                           "会议部署了12项任务。"));
  EXPECT_THAT(web_facts(bracketed), ElementsAre("web.published=2023-12-08"));
  for (const std::string dateline : {"2023-07-10 10:114857阅读", "2023-07-10 10:11 4857阅读"}) {
    const auto glued =
        filter_with_hang_guard({"青溪县召开法治政府建设推进会", dateline, "7月10日，青溪县召开法治政府建设推进会。"});
    EXPECT_THAT(kept(glued), ElementsAre("青溪县召开法治政府建设推进会", "7月10日，青溪县召开法治政府建设推进会。"))
        << dateline;
    EXPECT_THAT(web_facts(glued), ElementsAre("web.published=2023-07-10")) << dateline;
  }
}

// A news story's byline names its reporters and correspondents, over the story or under it: chrome like the
// reviewers' credits, recorded as news-credits.
TEST(ArtifactFilterNewsCredits, ABylineOfRolesAndNamesGoes) {
  for (const std::string byline : {"记者 陈晓 通讯员 刘洋", "记者：陈晓", "本报记者 陈晓 通讯员 刘洋 赵敏",
                                   "（记者 陈晓 通讯员 刘洋）", "融媒体记者 陈晓 摄", "通讯员：刘洋、赵敏"}) {
    const auto filtered = filter_with_hang_guard(
        {"青溪县召开法治政府建设推进会", byline, "12月8日，青溪县召开法治政府建设推进会。", "会议部署了12项任务。"});
    EXPECT_THAT(kept(filtered), ElementsAre("青溪县召开法治政府建设推进会", "12月8日，青溪县召开法治政府建设推进会。",
                                            "会议部署了12项任务。"))
        << byline;
    EXPECT_TRUE(removed_as(filtered, "news-credits", byline)) << byline;
  }
  const auto under =
      filter_with_hang_guard({"青溪县召开法治政府建设推进会", "会议部署了12项任务。", "（记者 陈晓）", "编辑：王芳"});
  EXPECT_THAT(kept(under), ElementsAre("青溪县召开法治政府建设推进会", "会议部署了12项任务。"));
}

// A report's or a story's sentences about a reporter are text: more than names follow the role.
TEST(ArtifactFilterNewsCredits, SentencesAboutReportersStay) {
  const std::vector<std::string> text = {"一、主要工作",
                                         "记者从县司法局获悉，全年办理行政复议案件9件。",
                                         "县司法局局长接受记者采访时表示，将持续推进法治政府建设。",
                                         "县政府新闻办就法治政府建设年度报告答记者问",
                                         "记者：请介绍一下今年法治政府建设的主要成效。",
                                         "组建法治宣传通讯员队伍，全年发布信息86条。",
                                         "二、下一步打算"};
  EXPECT_THAT(kept(filter_with_hang_guard(text)), ::testing::ElementsAreArray(text));
}

// A 范文 site's name and address glued to the text's last word, the address ending the line or before a space, is
// cut with the two characters before the site's word; a report's own site address stays.
TEST(ArtifactFilterContentFarm, AWatermarkGluedToTheTextGoes) {
  const auto filtered = filter_with_hang_guard(
      {"一、主要工作", "全年法治政府建设工作取得新成效第一范文网www.fanwen-example.com",
       "组织执法培训3期秘书之家www.mishu-example.cn 全年办理行政复议案件9件。", "二、下一步打算"});
  EXPECT_THAT(kept(filtered), ElementsAre("一、主要工作", "全年法治政府建设工作取得新成效",
                                          "组织执法培训3期全年办理行政复议案件9件。", "二、下一步打算"));
  EXPECT_TRUE(removed_as(filtered, "content-farm-watermark", "第一范文网www.fanwen-example.com"));
  EXPECT_TRUE(removed_as(filtered, "content-farm-watermark", "秘书之家www.mishu-example.cn "));
  // A site of the report's own (普法网, 网 alone), a government address, or an address with text glued after it stay.
  const std::vector<std::string> report = {"一、主要工作", "全县各乡镇普遍依托宁川普法网www.ncpf-example.cn",
                                           "在县政府门户网站www.ningchuan.gov.cn公开年度报告",
                                           "全县各乡镇机关普遍参考某某范文网www.fanwen-example.com提供的模板",
                                           "二、下一步打算"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A text copy's bare publication line (发布：…, 发布时间 with no colon) over the text dates the page when it gives a
// full date; a line that says more, or a date in the body, is text.
TEST(ArtifactFilterWebChrome, ABarePublicationLabelDatesTheCopy) {
  // The date in ISO, however the line states it; analysis.sections reads it as the page's (TxtArtifacts tests the
  // whole way).
  for (const auto& [line, date] :
       std::vector<std::pair<std::string, std::string>>{{"发布：2024-03-15", "2024-03-15"},
                                                        {"发布时间 2024年3月15日", "2024-03-15"},
                                                        {"发布于 2024-03-15 09:30", "2024-03-15"}}) {
    const auto filtered =
        filter_with_hang_guard({"青溪县召开法治政府建设推进会", line, "3月14日，青溪县召开法治政府建设推进会。"});
    EXPECT_THAT(kept(filtered), ElementsAre("青溪县召开法治政府建设推进会", "3月14日，青溪县召开法治政府建设推进会。"))
        << line;
    EXPECT_THAT(web_facts(filtered), ElementsAre("web.published=" + date)) << line;
  }
  for (const std::string line : {"发布：2024-03", "发布2024年3月15日县政府第5号通告"}) {
    const auto filtered =
        filter_with_hang_guard({"青溪县召开法治政府建设推进会", line, "3月14日，青溪县召开法治政府建设推进会。"});
    EXPECT_EQ(kept(filtered).size(), 3u) << line;
    EXPECT_TRUE(web_facts(filtered).empty()) << line;
  }
}

// A page's read count in the forms portals and news sites print it, over the text or under it; a report's lines
// with the same words and a number stay.
TEST(ArtifactFilterWebChrome, ReadCountsInTheirForms) {
  for (const std::string counter : {"阅读：3218", "浏览：312次", "阅读数：56", "阅读 3218 次", "2 次浏览", "1234人阅读",
                                    "浏览次数：867", "阅读量：1,024", "【打印】 阅读：3218"}) {
    const auto filtered =
        filter_with_hang_guard({"一、主要工作", "开展讲座2次。", "二、下一步打算", "青溪县司法局", counter});
    EXPECT_THAT(kept(filtered), ElementsAre("一、主要工作", "开展讲座2次。", "二、下一步打算", "青溪县司法局"))
        << counter;
  }
  const std::vector<std::string> report = {"一、主要工作", "（三）全民阅读：12场读书活动", "组织全民阅读12场。",
                                           "浏览政务公开专栏的群众达3.2万人次。", "二、下一步打算"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A portal's 人气 counter, with its count or none (a script fills it in), over the text or under it; a report's
// word ending in 人气 is no label.
TEST(ArtifactFilterWebChrome, APopularityCounterGoes) {
  for (const std::string counter : {"人气：356", "人气：1,203", "人气：", "来源：白沙镇　人气：356"}) {
    const auto filtered =
        filter_with_hang_guard({"一、主要工作", "开展讲座2次。", "二、下一步打算", "白沙镇人民政府", counter});
    EXPECT_THAT(kept(filtered), ElementsAre("一、主要工作", "开展讲座2次。", "二、下一步打算", "白沙镇人民政府"))
        << counter;
  }
  const std::vector<std::string> report = {"一、主要工作", "（三）聚人气：开展文化下乡活动12场", "人气：旺盛的夜市",
                                           "二、下一步打算"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A portal's clock with the lunar date after the weekday goes whole, and leaves a title glued to it.
TEST(ArtifactFilterWebChrome, AClockWithItsLunarDateGoes) {
  const auto filtered = filter_with_hang_guard(
      {"今天是：2024年1月22日 星期一 农历腊月十二白沙镇2023年度法治政府建设情况报告", "一、主要工作", "开展讲座2次。"});
  EXPECT_THAT(kept(filtered), ElementsAre("白沙镇2023年度法治政府建设情况报告", "一、主要工作", "开展讲座2次。"));
}

// The info line as portals of other provinces label it, or with each field in brackets, goes and dates the page; the
// fields of an info table copied with its bars go too.
TEST(ArtifactFilterWebChrome, InfoLinesAndTablesOfOtherPortals) {
  for (const auto& [line, date] : std::vector<std::pair<std::string, std::string>>{
           {"文章出处：白沙镇人民政府　发布人：李明　审核人：张伟　发布时间：2024-01-22", "2024-01-22"},
           {"稿源：白沙镇　发布时间：2024-01-22", "2024-01-22"},
           {"[ 信息提供：白沙镇 ]　[ 发布日期：2024-01-22 ]　[ 浏览次数：45 ]", "2024-01-22"}}) {
    const auto filtered = filter_with_hang_guard({"白沙镇2023年度法治政府建设情况报告", line, "一、主要工作"});
    EXPECT_THAT(kept(filtered), ElementsAre("白沙镇2023年度法治政府建设情况报告", "一、主要工作")) << line;
    EXPECT_THAT(web_facts(filtered), ::testing::Contains("web.published=" + date)) << line;
  }
  EXPECT_THAT(web_facts(filter_with_hang_guard({"稿源：白沙镇　发布时间：2024-01-22", "一、主要工作"})),
              ::testing::Contains("web.source=白沙镇"));
  const auto table =
      filter_with_hang_guard({"白沙镇2023年度法治政府建设情况报告", "发文字号 | | 制发机构 | 白沙镇人民政府 |",
                              "有效性 | |", "公开形式 | | 责任部门 | |", "发文机构:白沙镇人民政府",
                              "发文字号:白政发〔2024〕3号", "内容概述:", "一、主要工作"});
  EXPECT_THAT(kept(table), ElementsAre("白沙镇2023年度法治政府建设情况报告", "一、主要工作"));
  // A report's sentence with the words stays.
  const std::vector<std::string> report = {"白沙镇2023年度法治政府建设情况报告", "一、主要工作",
                                           "审核人员对12件行政规范性文件的有效性进行了评估。", "二、下一步打算"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A byline whose name is glued to its role in brackets of its own, or set after a bar, goes; a sentence in brackets
// about a reporter stays.
TEST(ArtifactFilterNewsCredits, ABylineGluedInBracketsOrAfterABarGoes) {
  for (const std::string byline :
       {"（记者沈晓云）", "（记者沈晓云报道）", "（通讯员刘洋 记者陈晓）", "通讯员 | 苏芳芳", "(本报记者王芳、李明)"}) {
    const auto filtered = filter_with_hang_guard(
        {"白沙镇召开法治政府建设推进会", "1月18日，白沙镇召开推进会。", "会议部署了12项任务。", byline});
    EXPECT_THAT(kept(filtered),
                ElementsAre("白沙镇召开法治政府建设推进会", "1月18日，白沙镇召开推进会。", "会议部署了12项任务。"))
        << byline;
    EXPECT_TRUE(removed_as(filtered, "news-credits", byline)) << byline;
  }
  const std::vector<std::string> text = {"白沙镇召开法治政府建设推进会", "（记者从县司法局获悉）",
                                         "（记者会上介绍了12项任务）", "会议部署了12项任务。"};
  EXPECT_THAT(kept(filter_with_hang_guard(text)), ::testing::ElementsAreArray(text));
}

// A 范文 site's name longer than two characters before its 网, glued to the text's last word, goes without the
// text's words; after a comma the clause the watermark is glued to stays.
TEST(ArtifactFilterContentFarm, AWatermarkWithALongerNameGluedToAClauseGoes) {
  const auto filtered = filter_with_hang_guard(
      {"一、主要工作", "2023年，白沙镇深入学习贯彻习近平法治思想，全面推进依法行政范文先生网www.fanwen-example.com",
       "全年开展法治宣传24场公文大全网www.gongwen-example.cn 组织执法培训3期。",
       "一是执法力量不足。第一公文写作网www.gongwen-example.cn", "成效明显，秘书之家www.mishu-example.cn",
       "二、下一步打算"});
  EXPECT_THAT(kept(filtered), ElementsAre("一、主要工作", "2023年，白沙镇深入学习贯彻习近平法治思想，全面推进依法行政",
                                          "全年开展法治宣传24场组织执法培训3期。", "一是执法力量不足。", "成效明显，",
                                          "二、下一步打算"));
  EXPECT_TRUE(removed_as(filtered, "content-farm-watermark", "范文先生网www.fanwen-example.com"));
}

// ---- text copies of portals of provinces not probed before

// An information platform's record table copied as text sets each label and its value apart by spaces, with no
// colon or bar: its rows go and date the page; the 信息名称 row names the report, its label cut. A report's lines
// opening with the same words stay.
TEST(ArtifactFilterWebChrome, ARecordTableCopiedWithSpacesOnly) {
  const auto filtered = filter_with_hang_guard(
      {"索 引 号 003110926/202502-00016 信息分类 法治政府建设", "发布机构 柳岸镇人民政府 发布日期 2025-02-15 10:06:36",
       "信息来源 关 键 词", "主题分类 服务对象分类", "体裁分类 生命周期分类", "文 号 信息格式/语种",
       "信息名称 柳岸镇2024年度法治政府建设工作报告", "内容概述", "柳岸镇2024年度法治政府建设工作报告", "一、主要工作",
       "全年审查合同41份。"});
  EXPECT_THAT(kept(filtered), ElementsAre("柳岸镇2024年度法治政府建设工作报告", "一、主要工作", "全年审查合同41份。"));
  EXPECT_TRUE(removed_as(filtered, "web-info-table-row", "信息来源 关 键 词"));
  EXPECT_TRUE(removed_as(filtered, "web-info-table-row", "内容概述"));
  EXPECT_THAT(web_facts(filtered), ::testing::Contains("web.published=2025-02-15"));
  const std::vector<std::string> report = {"柳岸镇2024年度法治政府建设工作报告", "文号规范、内容概述清楚的文件占98%。",
                                           "有效性审查覆盖全部规范性文件。",
                                           "主题分类 公开政府信息120条，群众满意率98%。", "一、主要工作"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// The info line opening with the date and time, or with the site's name before them, goes and dates the page; a
// report's line opening with a date says more than a labelled field.
TEST(ArtifactFilterWebChrome, AnInfoLineOpeningWithTheDateGoes) {
  for (const auto& [line, source] :
       std::vector<std::pair<std::string, std::string>>{{"2025-02-18 00:00:00 来源: 本站原创", "本站原创"},
                                                        {"青溪市政府门户网站 2025-02-17 10:28:11 来源: 本网", "本网"},
                                                        {"2025-02-18 来源：柳岸镇人民政府", "柳岸镇人民政府"}}) {
    const auto filtered = filter_with_hang_guard({"柳岸镇2024年度法治政府建设工作报告", line, "一、主要工作"});
    EXPECT_THAT(kept(filtered), ElementsAre("柳岸镇2024年度法治政府建设工作报告", "一、主要工作")) << line;
    EXPECT_TRUE(removed_as(filtered, "web-dated-info", line)) << line;
    EXPECT_THAT(web_facts(filtered), ::testing::Contains("web.source=" + source)) << line;
  }
  EXPECT_THAT(web_facts(filter_with_hang_guard({"2025-02-18 00:00:00 来源: 本站原创", "一、主要工作"})),
              ::testing::Contains("web.published=2025-02-18"));
  const std::vector<std::string> report = {"柳岸镇2024年度法治政府建设工作报告",
                                           "2024-01-01起施行的《条例》来源于群众建议。", "一、主要工作"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A bare date under the title (its label on the line above, or in a list of its own), the publishing organ with a
// date, a bare index number: a copy's info fields, which date the page, in the forms a page stamps a date and a
// report never signs (slashes, or dashes with a time). A signature's date, alone or after its organ, in 年月日 or in
// dashes (a short report's signature is in the header too), is the report's.
TEST(ArtifactFilterWebChrome, BareDatesAndIndexNumbersUnderTheTitle) {
  for (const auto& [line, date] :
       std::vector<std::pair<std::string, std::string>>{{"2025/1/23", "2025-01-23"},
                                                        {"2025-01-23 09:30:12", "2025-01-23"},
                                                        {"柳岸镇人民政府  2025/3/26", "2025-03-26"},
                                                        {"青溪县司法局 2025-03-26 10:02:11", "2025-03-26"}}) {
    const auto filtered =
        filter_with_hang_guard({"柳岸镇2024年度法治政府建设工作报告", "发布时间：", line, "一、主要工作"});
    EXPECT_THAT(kept(filtered), ElementsAre("柳岸镇2024年度法治政府建设工作报告", "一、主要工作")) << line;
    EXPECT_THAT(web_facts(filtered), ElementsAre("web.published=" + date)) << line;
  }
  // The index number's value left under its label. (A bullet list's labels, • 索引号:, stay: analysis.sections reads
  // a label over its value, and without the labels a value would be the title.)
  const auto numbered =
      filter_with_hang_guard({"柳岸镇2024年度法治政府建设工作报告", "1151000000/2025-001005", "一、主要工作"});
  EXPECT_THAT(kept(numbered), ElementsAre("柳岸镇2024年度法治政府建设工作报告", "一、主要工作"));
  EXPECT_TRUE(removed_as(numbered, "web-index-number", "1151000000/2025-001005"));
  const std::vector<std::string> report = {"柳岸镇2024年度法治政府建设工作报告",
                                           "柳岸镇人民政府 2025年1月20日",
                                           "2025年1月20日",
                                           "一、主要工作",
                                           "全年审查合同41份。",
                                           "某某街道办事处 2024-12-17",
                                           "某某街道办事处",
                                           "2024-12-17"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A masthead's site name before the clock goes with it; the site's name alone (a letterhead's issuer) stays.
TEST(ArtifactFilterWebChrome, TheSitesNameBeforeTheClockGoesWithIt) {
  const auto filtered = filter_with_hang_guard(
      {"青溪县人民政府 2025年3月3日星期一", "柳岸镇2024年度法治政府建设工作报告", "一、主要工作"});
  EXPECT_THAT(kept(filtered), ElementsAre("柳岸镇2024年度法治政府建设工作报告", "一、主要工作"));
  const std::vector<std::string> letter = {"青溪县人民政府", "关于2024年度法治政府建设情况的报告", "一、主要工作"};
  EXPECT_THAT(kept(filter_with_hang_guard(letter)), ::testing::ElementsAreArray(letter));
}

// The font-size label left alone when a copy dropped its buttons, or with A+ A A- after it; a table's 字号 column
// heading stays.
TEST(ArtifactFilterWebChrome, AFontSizeLabelAloneGoes) {
  for (const std::string line : {"【字体:", "字体大小:【", "字号：", "【字号：A+ A A-】"}) {
    const auto filtered = filter_with_hang_guard({"柳岸镇2024年度法治政府建设工作报告", line, "一、主要工作"});
    EXPECT_THAT(kept(filtered), ElementsAre("柳岸镇2024年度法治政府建设工作报告", "一、主要工作")) << line;
  }
  const std::vector<std::string> table = {"一、主要工作", "文件名称", "字号", "柳岸镇行政执法公示办法",
                                          "柳政发〔2024〕3号"};
  EXPECT_THAT(kept(filter_with_hang_guard(table)), ::testing::ElementsAreArray(table));
}

// Controls with a bar between them, 【返回】, 打印文章; a column's 更多>> link; a WeChat account's card under an
// article; the 信息发布 label of an info line (which dates the page); an info line with a source and an empty counter.
TEST(ArtifactFilterWebChrome, ControlsColumnsCardsAndLabelsOfOtherPortals) {
  for (const std::string line :
       {"打印 | 关闭", "【返回】【打印】【关闭】", "【打印文章】【关闭窗口】", "行业指导 更多>>", "更多>>",
        "微信号 qingshisifa", "功能介绍 宣传法律法规，提供法律服务", "预览时标签不可点"}) {
    const auto filtered = filter_with_hang_guard(
        {"一、主要工作", "全年审查合同41份。", "二、下一步打算", "柳岸镇人民政府", "2025年1月20日", line});
    EXPECT_THAT(kept(filtered),
                ElementsAre("一、主要工作", "全年审查合同41份。", "二、下一步打算", "柳岸镇人民政府", "2025年1月20日"))
        << line;
  }
  const auto published =
      filter_with_hang_guard({"柳岸镇2024年度法治政府建设工作报告",
                              "信息发布：柳岸镇政府办 发布时间：2025-02-11 阅读次数：88", "一、主要工作"});
  EXPECT_THAT(kept(published), ElementsAre("柳岸镇2024年度法治政府建设工作报告", "一、主要工作"));
  EXPECT_THAT(web_facts(published), ::testing::Contains("web.published=2025-02-11"));
  const auto undated = filter_with_hang_guard(
      {"宁丰县司法局2024年度法治政府建设工作报告", "来源：宁丰县司法局 浏览次数：", "一、主要工作"});
  EXPECT_THAT(kept(undated), ElementsAre("宁丰县司法局2024年度法治政府建设工作报告", "一、主要工作"));
  EXPECT_THAT(web_facts(undated), ElementsAre("web.source=宁丰县司法局"));
  const std::vector<std::string> report = {"一、主要工作", "返回群众反映问题办理结果120件。", "关闭违规网站3个。",
                                           "更多群众通过微信号查询法律服务。", "二、下一步打算"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// Portals of other provinces: an eye-care colour switch, an IPv6 note beside 关怀版, a breadcrumb with arrows, an
// archive date (which is no publication date) and a 发表时间 label, a WeChat article's follow card and swipe prompt
// as a browser copies them, a share bar with separators, a record table's 名称 and 时效性 fields, an index number in
// lower-case letters.
TEST(ArtifactFilterWebChrome, ChromeOfPortalsNotProbedBefore) {
  const std::string title = "柳岸镇2024年度法治政府建设工作报告";
  for (const std::string line :
       {"视力保护色:", "关怀版 网站支持IPv6", "首页→ 网站公告", "发表时间:", "分享到 -", "分享到：微信 - 微博 | QQ空间",
        "发布机构 柳岸镇人民政府 时效性 有效", "jsxmsz/2025-00003", "关注该公众号", "继续滑动看下一个"}) {
    const auto filtered = filter_with_hang_guard({title, line, "一、主要工作"});
    EXPECT_THAT(kept(filtered), ElementsAre(title, "一、主要工作")) << line;
  }
  const auto archived = filter_with_hang_guard({"归档时间:2025-02-12", title, "日期:2025-01-12 17:08", "一、主要工作"});
  EXPECT_THAT(kept(archived), ElementsAre(title, "一、主要工作"));
  EXPECT_THAT(web_facts(archived), ElementsAre("web.published=2025-01-12"));
  const auto named = filter_with_hang_guard({"名称 " + title, title, "一、主要工作"});
  EXPECT_THAT(kept(named), ElementsAre(title, "一、主要工作"));
  // A report's lines with the same words stay: a sentence on sharing, a table's 名称 column, 时效性 in a sentence.
  const std::vector<std::string> report = {title, "一、主要工作", "分享到各村（社区）法律顾问群。", "名称",
                                           "时效性不强的问题仍然存在。"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A portal's page printed to PDF from a browser, and the text a clerk copies out of that PDF: the browser's header
// (the page's title with its site, the date and time), the masthead's welcome bar and search box, the menu run into
// the breadcrumb, and under the signature the error-report badge, the address and the page count. The title left
// when the site is cut from the first line is the article's, and its repeat goes.
TEST(ArtifactFilterWebChrome, APagePrintedFromABrowserReadsAsItsArticle) {
  const auto filtered =
      filter_with_hang_guard({"白沙镇人民政府2024年度法治政府建设情况报告_平川县人民政府", "3/5/25, 10:12 AM",
                              "欢迎访问平川县人民政府门户网站简体|繁體|无障碍浏览", "请输入关键字", "搜索",
                              "网站首页政务公开办事服务互动交流走进平川当前位置：首页>政府信息公开>法治政府建设",
                              "白沙镇人民政府2024年度法治政府建设情况报告", "一、主要成效", "全年审查规范性文件12件。",
                              "二、存在的不足", "正文。", "白沙镇人民政府", "2025年2月20日", "政府网站找错",
                              "https://www.pingchuan.gov.cn/art/2025/2/26/art_1.html", "1/1"});
  EXPECT_THAT(kept(filtered),
              ElementsAre("白沙镇人民政府2024年度法治政府建设情况报告", "一、主要成效", "全年审查规范性文件12件。",
                          "二、存在的不足", "正文。", "白沙镇人民政府", "2025年2月20日"));
  EXPECT_TRUE(removed_as(filtered, "browser-page-title", "_平川县人民政府"));
  EXPECT_TRUE(removed_as(filtered, "browser-print-clock", "3/5/25, 10:12 AM"));
  EXPECT_TRUE(removed_as(filtered, "web-welcome", "欢迎访问平川县人民政府门户网站简体|繁體|无障碍浏览"));
  EXPECT_TRUE(removed_as(filtered, "web-search-box", "请输入关键字"));
  EXPECT_TRUE(removed_as(filtered, "web-search-box", "搜索"));
  EXPECT_TRUE(removed_as(filtered, "web-page-controls", "政府网站找错"));
  EXPECT_TRUE(removed_as(filtered, "browser-print-footer", "1/1"));
}

// Other browsers print other stamps (a 24-hour clock, 上午/下午, Page 1 of 2); a report's own lines that look a
// little like them stay: its title with a dash in its years, a sentence welcoming or searching, a ratio in a sentence.
TEST(ArtifactFilterWebChrome, BrowserStampsOfOtherBrowsersGoAndReportLinesStay) {
  const auto filtered = filter_with_hang_guard(
      {"平川县2021-2025年法治政府建设规划实施情况报告", "落实《纲要（2021—2025年）》建设人民满意的法治政府",
       "2025/3/11 下午4:20", "07.12.2026 09:46", "欢迎光临平川政务网", "站内搜索", "关于2024年度法治政府建设情况的报告",
       "一、主要成效", "群众欢迎访问政务服务网办理事项。", "搜索引擎优化工作纳入考核。", "平川县人民政府",
       "2025年1月10日", "Page 1 of 2"});
  EXPECT_THAT(
      kept(filtered),
      ElementsAre("平川县2021-2025年法治政府建设规划实施情况报告", "落实《纲要（2021—2025年）》建设人民满意的法治政府",
                  "关于2024年度法治政府建设情况的报告", "一、主要成效", "群众欢迎访问政务服务网办理事项。",
                  "搜索引擎优化工作纳入考核。", "平川县人民政府", "2025年1月10日"));
}

// Counters a copy keeps in other forms: labels a script fills in left empty (浏览：, 点击数： 浏览：), the count in
// brackets or in 万. A report's lines with the same words stay: a reading campaign's count, a sentence.
TEST(ArtifactFilterWebChrome, CountersLeftEmptyOrCountedInWanGo) {
  const std::string title = "柳岸镇2024年度法治政府建设工作报告";
  for (const std::string line :
       {"浏览：", "阅读：", "点击数： 浏览：", "访问量：", "阅读(1203)", "浏览（56）", "阅读 1.2万", "浏览 10万+"}) {
    const auto filtered = filter_with_hang_guard({title, line, "一、主要工作"});
    EXPECT_THAT(kept(filtered), ElementsAre(title, "一、主要工作")) << line;
    EXPECT_TRUE(removed_as(filtered, "web-counter", line)) << line;
  }
  const std::vector<std::string> report = {title,  "一、主要工作", "全民阅读：12场",
                                           "阅读", "浏览",         "开展“法治阅读”活动，累计阅读1.2万人次。"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A news site's or a county media centre's masthead over the story goes; the centre named as an issuer stays.
TEST(ArtifactFilterWebChrome, ANewsSitesMastheadGoes) {
  const std::string title = "柳岸镇2024年度法治政府建设工作报告";
  for (const std::string line : {"平川新闻网", "平川融媒", "平川县融媒体"}) {
    const auto filtered = filter_with_hang_guard({line, title, "一、主要工作"});
    EXPECT_THAT(kept(filtered), ElementsAre(title, "一、主要工作")) << line;
    EXPECT_TRUE(removed_as(filtered, "web-news-site-name", line)) << line;
  }
  const std::vector<std::string> issuer = {"平川县融媒体中心", "关于2024年度法治政府建设情况的报告", "一、主要工作",
                                           "加强新闻网站建设。"};
  EXPECT_THAT(kept(filter_with_hang_guard(issuer)), ::testing::ElementsAreArray(issuer));
}

// A copy of a printed page of several pages has the browser's stamp atop each page, and under the signature when
// it copied the next page's header; the report's dates stay.
// Below the header only a 12-hour stamp is a browser's: a hearing's date and time in a table's cell, or a line of
// its own in the body, stays.
TEST(ArtifactFilterWebChrome, ADateWithA24HourTimeBelowTheHeaderStays) {
  std::vector<std::string> lines = {"柳岸镇2024年度法治政府建设工作报告", "一、主要工作"};
  for (int i = 0; i < 30; ++i) lines.push_back("第" + std::to_string(i) + "段正文。");
  lines.insert(lines.begin() + 15, "2024-06-12 09:30");
  lines.insert(lines.begin() + 20, "2024/6/12 14:30");
  const auto filtered = filter_with_hang_guard(lines);
  EXPECT_EQ(kept(filtered).size(), lines.size());
}

TEST(ArtifactFilterWebChrome, APrintStampAnywhereGoes) {
  std::vector<std::string> lines = {"柳岸镇2024年度法治政府建设工作报告", "一、主要工作"};
  for (int i = 0; i < 30; ++i) lines.push_back("第" + std::to_string(i) + "段正文。");
  lines.insert(lines.begin() + 15, "2025/2/10 上午10:02");
  lines.insert(lines.end(), {"柳岸镇人民政府", "2025年1月6日", "2025/2/10 下午4:20"});
  const auto filtered = filter_with_hang_guard(lines);
  EXPECT_EQ(kept(filtered).size(), lines.size() - 2);
  EXPECT_THAT(kept(filtered), ::testing::Contains("2025年1月6日"));
  EXPECT_TRUE(removed_as(filtered, "browser-print-clock", "2025/2/10 上午10:02"));
  EXPECT_TRUE(removed_as(filtered, "browser-print-clock", "2025/2/10 下午4:20"));
}

// A font-size switch's three buttons alone on a line (a copy joins them when it set them a line each) go, in
// either order and in brackets; a report's lines with the same characters stay.
TEST(ArtifactFilterWebChrome, AFontSizeSwitchsButtonsAloneGo) {
  const std::string title = "柳岸镇2024年度法治政府建设工作报告";
  for (const std::string line : {"大 中 小", "大中小", "【大】【中】【小】", "[大] [中] [小]", "小 中 大"}) {
    const auto filtered = filter_with_hang_guard({title, line, "一、主要工作"});
    EXPECT_THAT(kept(filtered), ElementsAre(title, "一、主要工作")) << line;
    EXPECT_TRUE(removed_as(filtered, "web-font-size", line)) << line;
  }
  const std::vector<std::string> report = {title,  "一、主要工作", "大中小学",        "大",
                                           "中小", "大 中",        "大中小企业座谈会"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

// A counter's label its script left empty, glued before the info line's label (浏览次数:发布时间:2025-01-08): the
// line is the info line, and its date is the page's.
TEST(ArtifactFilterWebChrome, AnEmptyCounterGluedBeforeTheInfoLineDatesThePage) {
  const std::string title = "柳岸镇2024年度法治政府建设工作报告";
  for (const std::string line : {"浏览次数:发布时间:2025-01-08", "点击数：发布日期：2025-01-08 来源：柳岸镇"}) {
    const auto filtered = filter_with_hang_guard({title, line, "一、主要工作"});
    EXPECT_THAT(kept(filtered), ElementsAre(title, "一、主要工作")) << line;
    EXPECT_TRUE(removed_as(filtered, "web-publication-info", line)) << line;
    EXPECT_THAT(web_facts(filtered), ::testing::Contains("web.published=2025-01-08")) << line;
  }
}

// A report's numbered heading near the page's end is no footer though it names a 承办单位 with no colon (a 12345
// hotline's 承办单位工单办理量); a footer's line with the same word and no number goes.
TEST(ArtifactFilterWebChrome, ANumberedHeadingNearTheEndIsNoFooter) {
  const std::vector<std::string> report = {
      "一、主要工作",         "开展讲座2次。",        "二、12345热线办理情况", "（一）承办单位工单办理量",
      "全年办理工单1200件。", "（二）承办单位满意率", "满意率98%。",           "1.承办单位按时办结率",
      "办结率99%。",          "三、技术支持单位情况", "青石镇人民政府",        "2024年1月26日"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
  for (const std::string footer : {"承办单位 青石镇党政办", "主办单位：青石镇人民政府", "滇ICP备05001234号"}) {
    const auto filtered = filter_with_hang_guard({"一、主要工作", "开展讲座2次。", "青石镇人民政府", footer});
    EXPECT_TRUE(removed_as(filtered, "web-footer", footer)) << footer;
  }
}

// (W12 a) The publishing organ and the page's date under the title, the date padded with a zero (青石县人民政府
// 2025年02月08日, a provincial platform's), in whatever format the page came (a PDF printed from it, a page pasted
// into Word without its links): the page's, and its date in ISO. A signature's 年月日 is never padded: after its organ
// on one line or under it, at the end of a text or at the head of a short one, it stays; so does a sentence.
TEST(ArtifactFilterWebChrome, AnOrgansLineWithAPaddedDateUnderTheTitleGoes) {
  const std::string title = "青石县2024年法治政府建设年度报告";
  for (const auto& [line, date] :
       std::vector<std::pair<std::string, std::string>>{{"青石县人民政府 2025年02月08日", "2025-02-08"},
                                                        {"青石县司法局 2025年10月08日", "2025-10-08"},
                                                        {"河口街道办事处 2025年01月20日", "2025-01-20"}}) {
    const auto filtered = filter_with_hang_guard({title, line, "一、主要工作", "全年审查合同36份。"});
    EXPECT_THAT(kept(filtered), ElementsAre(title, "一、主要工作", "全年审查合同36份。")) << line;
    EXPECT_TRUE(removed_as(filtered, "web-organ-date", line)) << line;
    EXPECT_THAT(web_facts(filtered), ElementsAre("web.published=" + date)) << line;
  }
  for (const std::vector<std::string>& report : std::vector<std::vector<std::string>>{
           {title, "一、主要工作", "全年审查合同36份。", "某某街道办事处 2024年12月17日"},
           {title, "一、主要工作", "全年审查合同36份。", "某某街道办事处", "2024年12月17日"},
           {"某某街道办事处 2024年12月17日", title, "一、主要工作"},
           {title, "青石县人民政府 2025年2月8日", "一、主要工作"},
           {title, "青石县人民政府 2025年02月08日印发实施方案", "一、主要工作"}}) {
    EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report)) << report[1];
  }
}

}  // namespace
}  // namespace docpipe

namespace docpipe {
namespace {

// A document-sharing site stamps each page of its copy with its name and address, or its name and slogan, at the
// end of a heading's line or on a line of its own: whatever word its name ends in, the stamp goes and the heading's
// title stays. A report's pointer to a site (a verb of visiting, a government address, text after it) stays.
TEST(ArtifactFilterWebChrome, ASharingSitesStampOnItsPagesGoes) {
  const auto filtered = filter_with_hang_guard(
      {"现将本年度法治政府建设工作情况报告如下：", "公文汇 www.gongwen-example.com",
       "一、2022年度推进法治政府建设的主要举措和成效 公文汇 www.gongwen-example.com",
       "（一）坚持党的领导，深入学习贯彻习近平法治思想 公文汇,办公文档之家", "局党组会议组织学习3次。",
       "（二）提高决策水平，规范合法性审查 稿子汇 www.gaozi-example.com", "二、下一步打算"});
  EXPECT_THAT(kept(filtered),
              ElementsAre("现将本年度法治政府建设工作情况报告如下：", "一、2022年度推进法治政府建设的主要举措和成效",
                          "（一）坚持党的领导，深入学习贯彻习近平法治思想", "局党组会议组织学习3次。",
                          "（二）提高决策水平，规范合法性审查", "二、下一步打算"));
  EXPECT_TRUE(removed_as(filtered, "doc-site-watermark", "公文汇 www.gongwen-example.com"));
  EXPECT_TRUE(removed_as(filtered, "doc-site-watermark", " 公文汇,办公文档之家"));
  const std::vector<std::string> report = {"一、主要工作",
                                           "群众可 登录宁川普法网 www.ncpf-example.cn",
                                           "年度报告见 县政府网站 www.ningchuan.gov.cn",
                                           "全县 青溪普法 www.qxpf-example.cn 开设专栏",
                                           "县法律援助中心 www.qsfy-example.org.cn",
                                           "公共法律服务平台 www.qs12348-example.com",
                                           "（一）深化普法，建设法治之家",
                                           "二、下一步打算"};
  EXPECT_THAT(kept(filter_with_hang_guard(report)), ::testing::ElementsAreArray(report));
}

}  // namespace
}  // namespace docpipe

namespace docpipe {
namespace {

// A county portal's record block under its 索引号 line: a line of two fields or more, whatever label opens it, goes
// (it is no title); a report's line with a colon, or one field alone, stays.
TEST(ArtifactFilterWebChrome, ALineOfARecordsFieldsGoesWhateverLabelOpensIt) {
  const auto filtered = filter_with_hang_guard(
      {"文件编号: 组配分类: 规划总结", "发布机构: 县气象局 有效性:", "青石县气象局2024年工作总结",
       "主要做法: 一是加强学习。", "文件编号: 青气发〔2025〕3号", "一、主要工作"});
  EXPECT_THAT(kept(filtered), ElementsAre("青石县气象局2024年工作总结", "主要做法: 一是加强学习。",
                                          "文件编号: 青气发〔2025〕3号", "一、主要工作"));
  EXPECT_TRUE(removed_as(filtered, "web-info-fields", "文件编号: 组配分类: 规划总结"));
}

// A document-sharing site's masthead over its copy (its name, a mark, its slogan) goes; a heading naming a 文库 stays.
TEST(ArtifactFilterWebChrome, ASharingSitesMastheadGoes) {
  const auto filtered = filter_with_hang_guard(
      {"青峰远眺 — — 青峰文库◆记住我,常来看看~", "榆城气象局2024年工作总结", "（一）建设法治文库", "二、下一步打算"});
  EXPECT_THAT(kept(filtered), ElementsAre("榆城气象局2024年工作总结", "（一）建设法治文库", "二、下一步打算"));
  EXPECT_TRUE(removed_as(filtered, "doc-site-masthead", "青峰远眺 — — 青峰文库◆记住我,常来看看~"));
}

}  // namespace
}  // namespace docpipe
