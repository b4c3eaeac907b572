// input.txt on text copied out of a PDF: lines wrapped at the page width are joined back into the
// paragraphs the page showed, page numbers and running headers are taken out, and text that was not
// wrapped (one paragraph a line, tables) is read line by line as before.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>

#include "docpipe/metadata.hpp"
#include "hard_wraps.hpp"
#include "test_support.hpp"
#include "txt_input.hpp"

namespace docpipe::txt {
namespace {

using ::testing::ElementsAre;

Document read_text(const std::string& text) {
  TxtInput input(TxtSettings{});
  Document document;
  input.read(text, document);
  return document;
}

std::vector<std::string> paragraphs(const Document& document) {
  std::vector<std::string> out;
  for (const auto& block : document.blocks) {
    out.push_back(encode_utf8(decode_utf8(document.text).substr(block.start, block.end - block.start)));
  }
  return out;
}

// Thirty characters a line, as a county government's report prints on A4, with the page's furniture.
const std::string kWrapped =
    "安和县人民政府关于2022年度法治政府建设情况的报告\n"
    "2022年，在市委、市政府的坚强领导下，县人民政府坚持以习近平法\n"
    "治思想为指导，统筹推进依法行政各项工作，法治政府建设取得新成\n"
    "效。现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）严格规范公正文明执法\n"
    "全县19个乡镇全部组建综合行政执法队，下放乡镇执法事项136项。\n"
    "— 1 —\n"
    "安和县人民政府关于2022年度法治政府建设情况的报告\n"
    "全县持证行政执法人员1,268人，其中乡镇执法人员732人，县直部门\n"
    "执法人员596人。全县行政机关作出行政处罚决定4,107件，罚没款2,\n"
    "863.5万元，组织行政执法案卷评查，抽查案卷360卷。\n"
    "（二）依法有效化解社会矛盾纠纷\n"
    "全年排查各类矛盾纠纷1,286件，成功化解1,207件，化解率为96.1%\n"
    "— 2 —\n"
    "安和县人民政府关于2022年度法治政府建设情况的报告\n"
    "，群众满意度持续提升，社会大局和谐稳定，无重大事件发生。\n"
    "二、存在的不足\n"
    "个别部门运用法治思维和法治方式推动工作的能力还有待进一步提高\n"
    "，基层执法队伍的专业化水平还需加强。\n"
    "— 3 —\n"
    "安和县人民政府关于2022年度法治政府建设情况的报告\n";

TEST(HardWraps, ALineBrokenParagraphIsJoinedBackAndTheFurnitureRemoved) {
  const Document document = read_text(kWrapped);
  EXPECT_THAT(
      paragraphs(document),
      ElementsAre("安和县人民政府关于2022年度法治政府建设情况的报告",
                  "2022年，在市委、市政府的坚强领导下，县人民政府坚持以习近平法治思想为指导，统筹推进依法行政各"
                  "项工作，法治政府建设取得新成效。现将有关情况报告如下：",
                  "一、主要举措和成效", "（一）严格规范公正文明执法",
                  "全县19个乡镇全部组建综合行政执法队，下放乡镇执法事项136项。",
                  "全县持证行政执法人员1,268人，其中乡镇执法人员732人，县直部门执法人员596人。全县行政机关作出行"
                  "政处罚决定4,107件，罚没款2,863.5万元，组织行政执法案卷评查，抽查案卷360卷。",
                  "（二）依法有效化解社会矛盾纠纷",
                  "全年排查各类矛盾纠纷1,286件，成功化解1,207件，化解率为96.1%，群众满意度持续提升，社会大局和谐"
                  "稳定，无重大事件发生。",
                  "二、存在的不足",
                  "个别部门运用法治思维和法治方式推动工作的能力还有待进一步提高，基层执法队伍的专业化水平还需加强"
                  "。"));
  EXPECT_EQ(document.metadata.get("reflowed_line_breaks"), "6");
  EXPECT_THAT(document.metadata.all("removed.page-number"), ElementsAre("— 1 —", "— 2 —", "— 3 —"));
  EXPECT_EQ(document.metadata.all("removed.running-header").size(), 3u);
}

// pdftotext's page break: the page number, a blank line and a form feed before the next page's first line.
TEST(HardWraps, BlankLinesAndAFormFeedAroundAPageNumberAreThePageBreak) {
  std::string text = kWrapped;
  const std::string number = "— 2 —\n";
  text.replace(text.find(number), number.size(), "\n— 2 —\n\n\f");
  const Document document = read_text(text);
  const auto found = paragraphs(document);
  EXPECT_THAT(found,
              ::testing::Contains("全年排查各类矛盾纠纷1,286件，成功化解1,207件，化解率为96.1%，群众满意度持续提升，"
                                  "社会大局和谐稳定，无重大事件发生。"));
}

// What the reflowing is for: a figure whose unit went to the next line, and a rate whose counts did.
TEST(HardWraps, FiguresAndChecksAcrossTheOldLineBreaks) {
  const Document document = test::process_text_with_default_pipeline(kWrapped);
  std::vector<std::string> texts;
  for (const auto& metric : document.metrics) texts.push_back(metric.text);
  EXPECT_THAT(texts, ::testing::Contains("1,268人"));
  std::vector<std::string> rules;
  for (const auto& anomaly : document.anomalies) rules.push_back(anomaly.rule);
  EXPECT_THAT(rules, ::testing::IsSupersetOf({"part-exceeds-total", "rate-mismatch"}));
}

TEST(HardWraps, TextWithAParagraphALineIsNotReflowed) {
  std::string text = "某某镇2023年法治政府建设情况报告\n";
  for (int i = 0; i < 12; ++i) {
    text += "第" + std::to_string(i) + "项：今年以来，全镇开展法治宣传活动" + std::to_string(10 + i * 7) +
            std::string(static_cast<std::size_t>(i % 4 * 3), 'x') + "次，发放资料若干份，群众反响良好。\n";
  }
  std::vector<SourceLine> lines;
  for (std::size_t at = 0; at < text.size();) {
    const auto end = text.find('\n', at);
    lines.push_back({std::string_view(text).substr(at, end - at), false});
    at = end + 1;
  }
  EXPECT_FALSE(reflow_hard_wraps(lines).has_value());
  EXPECT_EQ(read_text(text).metadata.get("reflowed_line_breaks"), "");
}

// A short report whose title, headings and rule are as wide as its sentences: they end where they end.
TEST(HardWraps, AShortReportsTitleAndHeadingsAreNoWrap) {
  const std::string text =
      "青石镇人民政府关于2023年度法治政府建设情况的报告\n2023年，我镇坚持依法行政，现将有关情况报告如下：\n"
      "一、主要举措和成效\n全年调解纠纷40件，调解成功38件。\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
      "主要负责同志带头学法4次。\n三、存在的不足和原因\n执法力量不足。\n四、2024年工作打算\n继续压实责任。\n"
      "青石镇人民政府\n2024年1月15日\n──────────────────────────\n抄送：县司法局。\n"
      "青石镇党政办公室 2024年1月16日印发\n";
  const Document document = read_text(text);
  EXPECT_EQ(document.metadata.get("reflowed_line_breaks"), "");
}

TEST(HardWraps, ATableIsNotReflowed) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "行政复议案件受理数量统计\t" + std::to_string(i) + "\t件\t同比增长\n";
  const Document document = read_text(text);
  EXPECT_EQ(document.metadata.get("reflowed_line_breaks"), "");
  // Each row's four cells: a table, one block a cell, with no cell taken for a title repeated.
  EXPECT_EQ(document.blocks.size(), 80u);
}

// A line's width is measured eight bytes at a time; it must be the byte-by-byte sum whatever the bytes are and
// wherever the word boundaries fall.
TEST(HardWraps, TheWidthMeasuredInWordsIsTheSumOverTheBytes) {
  const std::vector<std::string> pieces = {"a",    "某",   "。",   "\xC3\xA9", "\xF0\x9F\x98\x80",
                                           "\x80", "\xF8", "\xFF", "\xE0",     "\xF7",
                                           "\xDF", "\xC0", "  ",   "\t"};
  std::mt19937 random(21);
  for (int round = 0; round < 5000; ++round) {
    std::string sample;
    const int length = static_cast<int>(random() % 30);
    for (int k = 0; k < length; ++k) sample += pieces[random() % pieces.size()];
    std::size_t expected = 0;
    for (const char c : sample) expected += wrapping::detail::utf8_width_of_byte(static_cast<unsigned char>(c));
    ASSERT_EQ(wrapping::detail::utf8_width(sample), expected) << testing::PrintToString(sample);
  }
  EXPECT_EQ(wrapping::detail::utf8_width("青石镇2023年调解纠纷40件"), 24u);
}

}  // namespace
}  // namespace docpipe::txt
