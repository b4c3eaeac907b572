// input.txt: encodings, normalization, and the debris it removes (and records).
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "docpipe/normalize.hpp"
#include "encoding_detection.hpp"
#include "test_support.hpp"
#include "txt_input.hpp"

namespace docpipe::txt {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::string kFirstLine = "黄门镇2024年法治建设工作报告";

PluginContext txt_context(double max_invalid_ratio = 0.05) {
  PluginContext context;
  context.parameters.set("fallback_encoding", std::string("GB18030"));
  context.parameters.set("max_invalid_ratio", max_invalid_ratio);
  context.parameters.set("remove_artifacts", true);
  context.parameters.set("max_blocks", std::int64_t{200000});
  return context;
}

Document read_bytes(const std::string& bytes) {
  TxtInput input(txt_context());
  Document document;
  input.read(bytes, document);
  return document;
}

Document read_fixture(const std::string& name) {
  return read_bytes(test::read_file(test::kTestData / "encodings" / name));
}

std::string first_line(const Document& document) { return document.text.substr(0, document.text.find('\n')); }

std::string encode(const std::string& utf8, const char* charset) {
  const auto text = icu::UnicodeString::fromUTF8(utf8);
  std::string out(utf8.size() * 4 + 16, '\0');
  const auto length = text.extract(0, text.length(), out.data(), static_cast<uint32_t>(out.size()), charset);
  out.resize(static_cast<std::size_t>(length));
  return out;
}

TEST(TxtEncoding, Utf8WithoutBom) {
  const auto document = read_bytes("一、工作情况\n开展法治讲座14期");
  EXPECT_EQ(document.encoding, "UTF-8");
  EXPECT_EQ(document.text, "一、工作情况\n开展法治讲座14期");
}

// A stray broken byte and a NUL in a long UTF-8 report are damage, not another encoding.
TEST(TxtEncoding, Utf8WithAStrayByteAndANulIsStillUtf8) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "全年开展法治宣传活动12次，发放资料300份。\n";
  text.insert(text.size() / 2, std::string("\xE6\0", 2));
  const auto document = read_bytes(text);
  EXPECT_EQ(document.encoding, "UTF-8");
  EXPECT_EQ(document.status, DocumentStatus::ok);
}

TEST(TxtEncoding, Utf8WithBomDropsTheBom) {
  const auto document = read_fixture("utf8-bom.txt");
  EXPECT_EQ(document.encoding, "UTF-8");
  EXPECT_EQ(first_line(document), kFirstLine);
}

TEST(TxtEncoding, Gb18030File) {
  const auto document = read_fixture("gb18030.txt");
  EXPECT_EQ(document.encoding, "GB18030");
  EXPECT_EQ(first_line(document), kFirstLine);
}

TEST(TxtEncoding, GbkTextReadsAsGb18030) {
  const auto document = read_bytes(encode("二、存在问题\n法律咨询286人次。", "GBK"));
  EXPECT_EQ(document.encoding, "GB18030");
  EXPECT_EQ(document.text, "二、存在问题\n法律咨询286人次。");
}

// Big5 decodes as GBK without an error, into a scatter of kana, Greek and Cyrillic: it is read as Big5.
TEST(TxtEncoding, Big5TextIsReadAsBig5) {
  const std::string report =
      "柳溪鎮2024年度法治政府建設情況報告\n一、主要舉措和成效\n全年辦理行政執法案件126件，提供法律諮詢286人次。";
  const auto document = read_bytes(encode(report, "Big5"));
  EXPECT_EQ(document.encoding, "Big5");
  // Traditional characters fold to the simplified ones the analyses know, one for one.
  EXPECT_EQ(document.text,
            "柳溪镇2024年度法治政府建设情况报告\n一、主要举措和成效\n全年办理行政执法案件126件，提供法律咨询286人次。");
  EXPECT_EQ(document.metadata.get("folded_traditional_characters"), "9");
  // A simplified report naming a traditional word or two stays as written.
  const auto simplified = read_bytes("某镇2024年度法治政府建设情况报告\n邀请台湾“鄉鎮”代表座谈1次。");
  EXPECT_THAT(simplified.text, HasSubstr("“鄉鎮”"));
  EXPECT_EQ(simplified.metadata.get("folded_traditional_characters"), "");
}

TEST(TxtEncoding, Utf16LittleAndBigEndianWithBom) {
  for (const char* name : {"utf16le-bom.txt", "utf16be-bom.txt"}) {
    const auto document = read_fixture(name);
    EXPECT_EQ(first_line(document), kFirstLine) << name;
  }
  EXPECT_EQ(read_fixture("utf16le-bom.txt").encoding, "UTF-16LE");
  EXPECT_EQ(read_fixture("utf16be-bom.txt").encoding, "UTF-16BE");
}

TEST(TxtEncoding, Utf16WithoutBom) {
  EXPECT_EQ(read_fixture("utf16le-no-bom.txt").encoding, "UTF-16LE");
  EXPECT_EQ(first_line(read_fixture("utf16le-no-bom.txt")), kFirstLine);
  EXPECT_EQ(read_fixture("utf16be-no-bom.txt").encoding, "UTF-16BE");
  EXPECT_EQ(first_line(read_fixture("utf16be-no-bom.txt")), kFirstLine);
}

TEST(TxtEncoding, AFewInvalidBytesInUtf8AreReplacedAndCounted) {
  std::string bytes = "开展法治讲座14期，法律咨询286人次，发放资料9600余份。";
  bytes.insert(6, "\xFF");
  const auto document = read_bytes(bytes);
  EXPECT_EQ(document.encoding, "UTF-8");
  EXPECT_EQ(document.metadata.get("invalid_sequences"), "1");
  EXPECT_THAT(document.metadata.get("warning"), HasSubstr("1 byte sequence(s) undecodable as UTF-8"));
  EXPECT_THAT(document.text, HasSubstr("\xEF\xBF\xBD"));  // U+FFFD
}

TEST(TxtEncoding, BinaryContentIsAnErrorNotText) {
  TxtInput input(txt_context());
  Document document;
  EXPECT_THROW(
      {
        try {
          input.read(test::read_file(test::kTestData / "bad" / "binary-junk.txt"), document);
        } catch (const std::exception& error) {
          EXPECT_THAT(error.what(), HasSubstr("not text"));
          throw;
        }
      },
      std::runtime_error);
}

TEST(TxtEncoding, WhitespaceOnlyFileHasNoText) {
  TxtInput input(txt_context());
  Document document;
  EXPECT_THROW(input.read(" \n\t\r\n", document), std::runtime_error);
}

TEST(TxtSniff, ScoresTextAboveZeroAndBinaryAtZero) {
  TxtInput input(txt_context());
  EXPECT_GT(input.sniff("一、工作情况"), 0);
  EXPECT_GT(input.sniff(test::read_file(test::kTestData / "encodings" / "utf16le-bom.txt")),
            input.sniff("一、工作情况"));
  EXPECT_EQ(input.sniff(test::read_file(test::kTestData / "bad" / "binary-junk.txt")), 0);
  static constexpr char kPdfHead[] = "%PDF-1.7\n\0\0\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f";
  EXPECT_EQ(input.sniff(std::string(kPdfHead, sizeof kPdfHead - 1)), 0);
}

TEST(TxtNormalization, LineEndingsBecomeLineFeeds) {
  EXPECT_EQ(read_bytes("一、甲\r\n二、乙\r三、丙\n").text, "一、甲\n二、乙\n三、丙");
}

TEST(TxtNormalization, FullWidthDigitsAndLatinBecomeAsciiButChinesePunctuationStays) {
  EXPECT_EQ(read_bytes("成功率达９８．７２％，ＬＥＤ屏（一）：").text, "成功率达98．72％，LED屏（一）：");
}

TEST(TxtNormalization, SpacesAreUnifiedCollapsedAndTrimmed) {
  EXPECT_EQ(read_bytes("\u3000\u3000一、  主要举措\t \u00a0和成效  ").text, "一、 主要举措 和成效");
}

TEST(TxtNormalization, ComposesToNfc) { EXPECT_EQ(read_bytes("Cafe\u0301").text, "Caf\u00e9"); }

TEST(TxtNormalization, ControlCharactersAreDroppedAndCounted) {
  const std::string sentence = "年内共开展法治讲座14期，组织开展法治进机关、进校园、进社区宣传活动25场次。";
  const auto document = read_bytes(sentence + "\x07" + sentence + "\x1b");
  EXPECT_EQ(document.text, sentence + sentence);
  EXPECT_EQ(document.metadata.get("removed_control_characters"), "2");
}

TEST(TxtNormalization, BlocksAreOneParagraphPerNonEmptyLine) {
  const auto document = read_bytes("标题\n\n\n一、工作\n正文");
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(document.blocks[1].start, 3u);  // code points, not bytes
  EXPECT_EQ(document.blocks[1].end, 7u);
  EXPECT_EQ(document.blocks[2].start, 8u);
}

// A table pasted from Word keeps tabs between its cells: each cell is a table-cell block of its own line.
TEST(TxtTables, TabSeparatedRowsBecomeTableCells) {
  const auto document =
      read_bytes("一、主要举措\n项目\t2022年\t2023年\n人民调解案件（件）\t\t2014\n\t\t\t某某镇人民政府");
  EXPECT_EQ(document.text, "一、主要举措\n项目\n2022年\n2023年\n人民调解案件（件）\n2014\n某某镇人民政府");
  ASSERT_EQ(document.blocks.size(), 7u);
  EXPECT_EQ(document.blocks[0].kind, BlockKind::paragraph);
  const Block& figure = document.blocks[5];
  EXPECT_EQ(figure.kind, BlockKind::table_cell);
  EXPECT_EQ(figure.table, 0);
  EXPECT_EQ(figure.row, 1);
  EXPECT_EQ(figure.column, 2);                               // the empty cell between keeps its column
  EXPECT_EQ(document.blocks[6].kind, BlockKind::paragraph);  // a signature indented with tabs is no row
}

// Word saves an automatically numbered paragraph as 一、<TAB>title: headings, not a table.
TEST(TxtTables, NumberedParagraphsSavedByWordAreNoTable) {
  const auto document = read_bytes("一、\t主要举措和成效\n（一）\t加强组织领导\n二、\t存在的不足");
  for (const auto& block : document.blocks) EXPECT_EQ(block.kind, BlockKind::paragraph);
  EXPECT_EQ(document.text, "一、 主要举措和成效\n（一） 加强组织领导\n二、 存在的不足");
}

// The blank corner over the row headers is a cell: the year columns keep their places. A category row between
// rows stays in the table.
TEST(TxtTables, ABlankCornerAndACategoryRowKeepTheColumns) {
  const auto document = read_bytes("\t2023年\t2024年\n行政复议（件）\t64\t70\n行政执法类\n行政处罚（件）\t120\t130");
  std::vector<std::string> cells;
  for (const auto& block : document.blocks) {
    ASSERT_EQ(block.kind, BlockKind::table_cell);
    cells.push_back(fmt::format("{}/{} {}", *block.row, *block.column,
                                encode_utf8(decode_utf8(document.text).substr(block.start, block.end - block.start))));
  }
  EXPECT_THAT(cells, ElementsAre("0/1 2023年", "0/2 2024年", "1/0 行政复议（件）", "1/1 64", "1/2 70", "2/0 行政执法类",
                                 "3/0 行政处罚（件）", "3/1 120", "3/2 130"));
}

// A second table pasted under the first, after a blank line, opens with its headers: its own table, whose
// columns name its figures. Figures after a blank line are rows of the same table (an empty row).
TEST(TxtTables, HeadersAfterABlankLineOpenANewTable) {
  const auto document = read_bytes(
      "项目\t2024年\t2025年\n调解（件）\t312\t286\n\n社区\t网格员（人）\t调解员（人）\n湖东社区\t18\t6\n\n"
      "湖西社区\t12\t4");
  std::vector<std::string> cells;
  for (const auto& block : document.blocks) {
    ASSERT_EQ(block.kind, BlockKind::table_cell);
    cells.push_back(fmt::format("{}:{}/{} {}", *block.table, *block.row, *block.column,
                                encode_utf8(decode_utf8(document.text).substr(block.start, block.end - block.start))));
  }
  EXPECT_THAT(cells, ElementsAre("0:0/0 项目", "0:0/1 2024年", "0:0/2 2025年", "0:1/0 调解（件）", "0:1/1 312",
                                 "0:1/2 286", "1:0/0 社区", "1:0/1 网格员（人）", "1:0/2 调解员（人）",
                                 "1:1/0 湖东社区", "1:1/1 18", "1:1/2 6", "1:2/0 湖西社区", "1:2/1 12", "1:2/2 4"));
}

// A sentence leading in to the second table (罚没款情况如下：), or its title after a blank line, is no category row
// of the first: the second table has headers of its own.
TEST(TxtTables, ALeadInLineBetweenTwoTablesSeparatesThem) {
  for (const char* text :
       {"类别\t2023年\t2024年\n行政处罚\t126\t147\n\n罚没款情况如下：\n项目\t金额（万元）\n罚没款\t684.3",
        "类别\t2023年\t2024年\n行政处罚\t126\t147\n\n罚没款情况\n项目\t金额（万元）\n罚没款\t684.3"}) {
    const auto document = read_bytes(text);
    std::vector<std::string> cells;
    for (const auto& block : document.blocks) {
      if (block.kind != BlockKind::table_cell) continue;
      cells.push_back(
          fmt::format("{}:{}/{} {}", *block.table, *block.row, *block.column,
                      encode_utf8(decode_utf8(document.text).substr(block.start, block.end - block.start))));
    }
    EXPECT_THAT(cells, ElementsAre("0:0/0 类别", "0:0/1 2023年", "0:0/2 2024年", "0:1/0 行政处罚", "0:1/1 126",
                                   "0:1/2 147", "1:0/0 项目", "1:0/1 金额（万元）", "1:1/0 罚没款", "1:1/1 684.3"))
        << text;
  }
}

// After a blank line, a row that writes "none" (—, 暂无) or counts that look like years is data; headers before
// any figure are a second level of the table's own headers.
TEST(TxtTables, DataRowsAndSecondLevelHeadersAfterABlankLineStayInTheTable) {
  for (const char* text :
       {"社区\t网格员\t调解员\n湖东社区\t18\t6\n\n湖西社区\t—\t暂无\n合计\t18\t6",
        "项目\t2024年\t2025年\n受理（件）\t1876\t1987\n\n办结（件）\t2013\t2019",
        "项目\t行政复议\t\t行政诉讼\n\n\t2023年\t2024年\t2023年\t2024年\n收案（件）\t42\t51\t30\t36"}) {
    const auto document = read_bytes(text);
    for (const auto& block : document.blocks) {
      ASSERT_EQ(block.kind, BlockKind::table_cell) << text;
      EXPECT_EQ(*block.table, 0) << text;
    }
  }
}

// One line with a tab is a line (联系人：张三<TAB>电话：…), not a table.
TEST(TxtTables, ALoneLineWithATabStaysWhole) {
  const auto document = read_bytes("联系人：张三\t电话：12345678\n正文。");
  EXPECT_EQ(document.text, "联系人：张三 电话：12345678\n正文。");
  EXPECT_EQ(document.blocks[0].kind, BlockKind::paragraph);
}

TEST(TxtArtifacts, WebHeaderLinesAreRemovedAndRecorded) {
  const auto document = read_bytes(
      "关于2019年度法治政府建设工作情况的报告\n日期: 2020-04-13 15:01:56\n来源:雷州市东里镇人民政府\n文字:【 访问:-\n"
      "关于2019年度法治政府建设工作情况的报告\n一、加强组织领导");
  EXPECT_EQ(document.text, "关于2019年度法治政府建设工作情况的报告\n一、加强组织领导");
  EXPECT_EQ(document.metadata.get("web.published"), "2020-04-13");
  EXPECT_EQ(document.metadata.get("web.source"), "雷州市东里镇人民政府");
  EXPECT_EQ(document.metadata.get("removed.duplicate-title"), "关于2019年度法治政府建设工作情况的报告");
  EXPECT_EQ(document.metadata.all("removed.web-publication-info").size(), 2u);
}

// A short table of contents typed over the body lists the first heading again within the title's few lines:
// a numbered heading is no repeated title, so the body keeps it.
TEST(TxtArtifacts, AHeadingListedInAShortContentsStaysInTheBody) {
  const auto document = read_bytes(
      "某某镇2024年法治政府建设情况报告\n目录\n一、主要工作\n二、存在的不足\n一、主要工作\n全年办理案件12件。\n"
      "二、存在的不足\n宣传不够深入。");
  EXPECT_EQ(document.text,
            "某某镇2024年法治政府建设情况报告\n目录\n一、主要工作\n二、存在的不足\n一、主要工作\n全年办理案件12件。\n"
            "二、存在的不足\n宣传不够深入。");
  EXPECT_EQ(document.metadata.get("removed.duplicate-title"), "");
}

TEST(TxtArtifacts, PublicationTableLinesYieldPublisherAndDate) {
  const auto document = read_bytes(
      "2024年度泥城镇法治政府建设情况报告\n索引号 | 发布机构 | 泥城镇 | |\n"
      "公开类别 | 主动公开 | 发布时间 | 2024-12-17 |\n正文");
  EXPECT_EQ(document.text, "2024年度泥城镇法治政府建设情况报告\n正文");
  EXPECT_EQ(document.metadata.get("web.published"), "2024-12-17");
  EXPECT_EQ(document.metadata.get("web.publisher"), "泥城镇");
}

// A portal page copied as text, its info block with bracketed labels above the title: chrome, whose publication
// date and publisher are facts, and the title is the report's, then the late-publication check can run.
TEST(TxtArtifacts, AnInfoBlockWithBracketedLabelsIsChromeWithFacts) {
  const std::string report =
      "首页 > 政务公开 > 法治政府建设年度报告\n"
      "[ 索引号 ] 11510322MB1234567X/2025-00012 [ 发文字号 ]\n"
      "[ 发布机构 ] 桐溪乡人民政府 [ 成文日期 ] 2025-01-17 [ 发布日期 ] 2025-04-20\n"
      "桐溪乡人民政府关于2024年度法治政府建设工作情况的报告\n\n一、主要成效\n全年办理行政处罚案件37件。\n\n"
      "桐溪乡人民政府\n2025年1月17日\n";
  const auto document = read_bytes(report);
  EXPECT_EQ(document.text,
            "桐溪乡人民政府关于2024年度法治政府建设工作情况的报告\n一、主要成效\n全年办理行政处罚案件37件。\n"
            "桐溪乡人民政府\n2025年1月17日");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-04-20");
  EXPECT_EQ(document.metadata.get("web.publisher"), "桐溪乡人民政府");
  EXPECT_EQ(document.metadata.all("removed.web-bracketed-info").size(), 2u);
  const auto analysed = test::process_text_with_default_pipeline(report);
  EXPECT_EQ(analysed.metadata.get("title"), "桐溪乡人民政府关于2024年度法治政府建设工作情况的报告");
  EXPECT_EQ(analysed.metadata.get("published"), "2025-04-20");
  EXPECT_TRUE(std::any_of(analysed.anomalies.begin(), analysed.anomalies.end(),
                          [](const Anomaly& a) { return a.rule == "late-publication"; }));
}

// A news story copied from a portal as text: its bare publication line dates it, its byline and read count are
// chrome; the story is news by its headline though its lead gives no dateline.
TEST(TxtArtifacts, ANewsStorysBylineCountAndBarePublicationLine) {
  const std::string story =
      "青溪县司法局召开2024年法治政府建设工作推进会\n发布时间 2024年3月15日\n记者 陈晓 通讯员 刘洋\n"
      "为深入推进法治政府建设，青溪县司法局召开工作推进会，部署全年12项重点任务。\n"
      "会议要求，各股室要压实责任、细化举措。\n阅读：1024\n";
  const auto document = read_bytes(story);
  EXPECT_EQ(document.text,
            "青溪县司法局召开2024年法治政府建设工作推进会\n"
            "为深入推进法治政府建设，青溪县司法局召开工作推进会，部署全年12项重点任务。\n"
            "会议要求，各股室要压实责任、细化举措。");
  EXPECT_EQ(document.metadata.get("web.published"), "2024-03-15");
  EXPECT_EQ(document.metadata.get("removed.web-publication-date"), "发布时间 2024年3月15日");
  EXPECT_EQ(document.metadata.get("removed.news-credits"), "记者 陈晓 通讯员 刘洋");
  EXPECT_EQ(document.metadata.get("removed.web-counter"), "阅读：1024");
  const auto analysed = test::process_text_with_default_pipeline(story);
  EXPECT_EQ(analysed.metadata.get("published"), "2024-03-15");
  EXPECT_EQ(analysed.metadata.get("genre"), "news");
}

TEST(TxtArtifacts, WordDebrisIsRemovedAndRecorded) {
  const auto document =
      read_bytes("[bookmark: _GoBack]（二）加强教育宣传\n正文\n华宁县青龙镇人民政府\n— 1 —\n\nimage1.wmf\n");
  EXPECT_EQ(document.text, "（二）加强教育宣传\n正文\n华宁县青龙镇人民政府");
  EXPECT_EQ(document.metadata.get("removed.word-bookmark"), "[bookmark: _GoBack]");
  EXPECT_EQ(document.metadata.get("removed.page-number"), "— 1 —");
  EXPECT_EQ(document.metadata.get("removed.embedded-image"), "image1.wmf");
}

TEST(TxtArtifacts, PageNumbersInOtherFormsAreRemoved) {
  const auto document = read_bytes("正文一\n- 2 -\n正文二\n第 3 页\n正文三\n第3页 共5页\n结尾");
  EXPECT_EQ(document.text, "正文一\n正文二\n正文三\n结尾");
  EXPECT_EQ(document.metadata.all("removed.page-number").size(), 3u);
}

TEST(TxtArtifacts, TrailingAttachmentLabelIsRemoved) {
  const auto document = read_bytes("正文\n泥城镇人民政府\n2024年11月27日\n相关附件:");
  EXPECT_EQ(document.text, "正文\n泥城镇人民政府\n2024年11月27日");
  EXPECT_EQ(document.metadata.get("removed.attachment-label"), "相关附件:");
}

TEST(TxtArtifacts, BodyTextThatMerelyMentionsDatesOrSourcesIsKept) {
  std::string padded;
  for (int i = 0; i < 12; ++i) padded += "第" + std::to_string(i) + "段正文。\n";
  const auto document = read_bytes(padded + "时间：2024年3月12日召开推进会\n资金来源：镇财政\n一、工作");
  EXPECT_THAT(document.text, HasSubstr("时间：2024年3月12日召开推进会"));
  EXPECT_THAT(document.text, HasSubstr("资金来源：镇财政"));
}

// ---- A portal page's copy: what the page set on one line, the copy split over several.

const std::string kCopyBody =
    "2024年，青石镇依法全面履行政府职能，现将有关情况报告如下：\n一、主要工作\n全年审查合同36份。\n"
    "青石镇人民政府\n2025年1月18日\n";

// (a) A city portal's info list gives the date alone under the title (听全文 / 2025-01-20 / 来源:…): above the first
// sentence it is the page's, which dates the page; a report signs its dashed date below its text, where it stays.
TEST(TxtPageCopy, ADashDateAloneAboveTheFirstSentenceIsThePages) {
  const auto document =
      read_bytes("青石镇2024年度法治政府建设工作报告\n听全文\n2025-01-20\n来源:青石镇人民政府\n" + kCopyBody);
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("2025-01-20")));
  EXPECT_EQ(document.metadata.get("removed.web-bare-date"), "2025-01-20");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-01-20");
  const auto signed_below = read_bytes("一、主要工作\n全年审查合同36份。\n某某街道办事处\n2024-12-17");
  EXPECT_EQ(signed_below.text, "一、主要工作\n全年审查合同36份。\n某某街道办事处\n2024-12-17");
  // A labelled date on the page comes first.
  const auto labelled =
      read_bytes("青石镇2024年度法治政府建设工作报告\n2025-01-20\n发布时间：2025-01-21 09:30\n" + kCopyBody);
  EXPECT_EQ(labelled.metadata.get("web.published"), "2025-01-21");
}

// (b) A label alone on its line and its value on the next (来源： / 青石镇, 浏览次数： / 128), and a platform's list of
// colonless labels each over its value (发布机构 / 青石镇人民政府): set back on one line, they are the fields the rules
// know. A label over a title or a sentence is not joined to it.
TEST(TxtPageCopy, ALabelAndItsValueOnTwoLinesAreOneField) {
  const auto document =
      read_bytes("青石镇2024年度法治政府建设工作报告\n发布时间：\n2025-01-20 10:06\n来源：\n青石镇\n浏览次数：\n128\n" +
                 kCopyBody);
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("128")));
  EXPECT_EQ(document.metadata.get("removed.web-publication-info"), "发布时间：2025-01-20 10:06");
  EXPECT_EQ(document.metadata.get("web.source"), "青石镇");
  EXPECT_EQ(document.metadata.get("removed.web-counter"), "浏览次数：128");
  const auto listed = read_bytes(
      "索引号\njsxmsz/2025-00003\n发布机构\n青石镇人民政府\n文号\n发布日期\n2025-01-21\n时效性\n有效\n"
      "青石镇2024年度法治政府建设工作报告\n" +
      kCopyBody);
  EXPECT_EQ(first_line(listed), "青石镇2024年度法治政府建设工作报告");
  EXPECT_THAT(listed.text, ::testing::Not(HasSubstr("有效")));
  EXPECT_EQ(listed.metadata.get("web.published"), "2025-01-21");
  const auto over_a_title = read_bytes("作者：\n青石镇2024年度法治政府建设工作报告\n" + kCopyBody);
  EXPECT_EQ(first_line(over_a_title), "青石镇2024年度法治政府建设工作报告");
}

// A label whose value the page fills in by script (浏览次数：, left empty in a copy) or leaves empty (来源：) takes
// no line that is no value of its kind: the report's first line wrapped by hand, the title without 报告.
TEST(TxtPageCopy, AnEmptyLabelTakesNoReportLine) {
  const auto counter = read_bytes(
      "平川县2023年法治政府建设工作情况\n发布时间：2024-01-20 09:30\u3000来源：平川县司法局\n浏览次数：\n"
      "2023年，在县委、县政府的坚强领导下，我县\n深入学习贯彻习近平法治思想，现将有关情况报告如下。\n" +
      kCopyBody);
  EXPECT_THAT(counter.text, HasSubstr("2023年，在县委、县政府的坚强领导下，我县"));
  EXPECT_EQ(counter.metadata.get("removed.web-counter"), "浏览次数：");
  const auto source = read_bytes("来源：\n平川县2023年法治政府建设工作情况\n" + kCopyBody);
  EXPECT_EQ(first_line(source), "平川县2023年法治政府建设工作情况");
}

// A table the report closes with, copied a cell a line, keeps its cells that say "none" (—, /, -): a lone separator
// goes only beside a page's controls or a share bar's targets.
TEST(TxtPageCopy, ACopiedTablesNoneCellsStay) {
  const auto document = read_bytes(kCopyBody + "附件\n项目\n2022年\n2023年\n行政许可\n—\n/\n行政强制\n5\n-\n");
  EXPECT_THAT(document.text, HasSubstr("行政许可\n—\n/\n行政强制\n5\n-"));
  EXPECT_EQ(document.metadata.get("removed.web-separator"), "");
  const auto controls = read_bytes(kCopyBody + "打印\n|\n关闭\n");
  EXPECT_EQ(controls.metadata.get("removed.web-separator"), "|");
}

// (c) A record table pasted with its tabs is the page's chrome, not a table of the report: its date dates the page,
// its 名称 row names the report.
TEST(TxtPageCopy, ARecordTablePastedWithTabsIsChrome) {
  const auto document = read_bytes(
      "索引号\t11440000MB2C12345X/2025-00012\t信息分类\t法治政府建设\n发布机构\t青石镇人民政府\t发布日期\t2025-01-20\n"
      "名称\t青石镇2024年度法治政府建设工作报告\n青石镇2024年度法治政府建设工作报告\n" +
      kCopyBody);
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("法治政府建设\n")));
  EXPECT_EQ(document.metadata.get("web.published"), "2025-01-20");
  EXPECT_TRUE(std::none_of(document.blocks.begin(), document.blocks.end(),
                           [](const Block& block) { return block.kind == BlockKind::table_cell; }));
  // A report's own table pasted with tabs, under its text, stays a table.
  const auto table = read_bytes(kCopyBody + "项目\t件数\n行政复议\t12\n行政诉讼\t3\n");
  EXPECT_TRUE(std::any_of(table.blocks.begin(), table.blocks.end(),
                          [](const Block& block) { return block.kind == BlockKind::table_cell; }));
}

// (c) A column's name alone over a whole title (计划总结, 通知公告) is the page's, not the title's first line; over a
// line that is only part of a title (a cover's 法治政府建设 / 2024年度报告) it stays.
TEST(TxtPageCopy, AColumnsNameOverTheTitleGoes) {
  const auto document = read_bytes("计划总结\n青石镇2024年度法治政府建设工作报告\n" + kCopyBody);
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_EQ(document.metadata.get("removed.web-column"), "计划总结");
  const auto cover = read_bytes("青石镇\n法治政府建设\n2024年度报告\n" + kCopyBody);
  EXPECT_THAT(cover.text, ::testing::StartsWith("青石镇\n法治政府建设\n2024年度报告"));
  EXPECT_EQ(cover.metadata.get("removed.web-column"), "");
}

// (d) The page's date under the title in 年月日 padded with zeros (2025年01月08日) is the page's; a report's date in
// 年月日 as a signature writes it stays.
TEST(TxtPageCopy, AZeroPaddedDateUnderTheTitleIsThePages) {
  const auto document = read_bytes("青石镇2024年度法治政府建设工作报告\n2025年01月08日\n" + kCopyBody);
  EXPECT_EQ(document.metadata.get("removed.web-bare-date"), "2025年01月08日");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-01-08");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("2025年01月08日")));
  const auto dated = read_bytes("青石镇2024年度法治政府建设工作报告\n2025年1月8日\n" + kCopyBody);
  EXPECT_THAT(dated.text, HasSubstr("2025年1月8日"));
}

// (e) A title copied with its info line on one line (…报告发布时间：2025-01-08 来源：…) is the title; the info
// line's facts are recorded.
TEST(TxtPageCopy, ATitleGluedToItsInfoLineIsTheTitle) {
  const auto document =
      read_bytes("青石镇2024年度法治政府建设工作报告发布时间：2025-01-08 来源：青石镇人民政府\n" + kCopyBody);
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-01-08");
  EXPECT_EQ(document.metadata.get("web.source"), "青石镇人民政府");
}

// (g) A browser's print stamp in the zh-CN locale whose time a copy set on the next line (2025/2/10 / 上午10:02)
// is the stamp, not the page's published date, and its time no part of the title.
TEST(TxtPageCopy, APrintStampSplitOverTwoLinesIsNoPublishedDate) {
  const auto document =
      read_bytes("2025/2/10\n上午10:02\n青石镇2024年度法治政府建设工作报告_平川县人民政府\n" + kCopyBody);
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_EQ(document.metadata.get("web.published"), "");
  EXPECT_EQ(document.metadata.get("removed.browser-print-clock"), "2025/2/10 上午10:02");
}

// (d) A share bar's items on lines of their own (分享到 / - , 分享到： / 微信 / - / 微博) go with its label, and a lone
// separator among a page's buttons (打印 / | / 关闭) goes; a separator inside the report's text stays.
TEST(TxtPageCopy, AShareBarsItemsAndALoneSeparatorGo) {
  const auto document = read_bytes("青石镇2024年度法治政府建设工作报告\n分享到\n-\n" + kCopyBody +
                                   "分享到：\n微信\n-\n微博\n打印\n|\n关闭\n");
  EXPECT_EQ(
      document.text,
      "青石镇2024年度法治政府建设工作报告\n2024年，青石镇依法全面履行政府职能，现将有关情况报告如下：\n一、主要工作\n"
      "全年审查合同36份。\n青石镇人民政府\n2025年1月18日");
  EXPECT_THAT(document.metadata.all("removed.web-share"), ElementsAre("分享到 -", "分享到： 微信 - 微博"));
  EXPECT_THAT(document.metadata.all("removed.web-separator"), ElementsAre("|"));
  const auto inside = read_bytes("一、主要工作\n全年审查合同36份。\n-\n二、存在的不足\n宣传形式单一。");
  EXPECT_THAT(inside.text, HasSubstr("\n-\n"));
}

// (W9 a) Chrome's zh-CN print stamp in its 24-hour clock on a copy's first line, over the page's title (2025/2/10
// 10:02 / …报告_平川县人民政府), is the stamp, not the page's date; the page's date and time under its title or its
// label is the page's.
TEST(TxtPageCopy, AChromePrintStampOverTheTitleIsNoPublishedDate) {
  const auto document = read_bytes("2025/2/10 10:02\n青石镇2024年度法治政府建设工作报告_平川县人民政府\n" + kCopyBody);
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_EQ(document.metadata.get("web.published"), "");
  EXPECT_EQ(document.metadata.get("removed.browser-print-clock"), "2025/2/10 10:02");
  const auto under_the_title = read_bytes("青石镇2024年度法治政府建设工作报告\n2025/1/16 10:06\n" + kCopyBody);
  EXPECT_EQ(under_the_title.metadata.get("web.published"), "2025-01-16");
  const auto under_its_label =
      read_bytes("青石镇2024年度法治政府建设工作报告\n发布时间：\n2025/1/16 10:06\n" + kCopyBody);
  EXPECT_EQ(under_its_label.metadata.get("web.published"), "2025-01-16");
}

// (W9 b) A font-size switch's buttons a line each (大 / 中 / 小, 【小】 / 【中】 / 【大】), over the text or under it,
// go with their label; a table's cells copied a line each that are not the three sizes stay.
TEST(TxtPageCopy, AFontSizeSwitchsButtonsALineEachGo) {
  const auto document =
      read_bytes("青石镇2024年度法治政府建设工作报告\n字号：\n大\n中\n小\n" + kCopyBody + "【小】\n【中】\n【大】\n");
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("\n中\n")));
  EXPECT_THAT(document.text, ::testing::EndsWith("2025年1月18日"));
  EXPECT_THAT(document.metadata.all("removed.web-font-size"),
              ElementsAre("字号：", "大 中 小", "【小】 【中】 【大】"));
  const auto cells = read_bytes(kCopyBody + "附件\n项目\n规模\n大\n中\n中\n小\n");
  EXPECT_THAT(cells.text, HasSubstr("规模\n大\n中\n中\n小"));
}

// (W9 c) A counter's empty label glued before the info line's (浏览次数:发布时间:2025-01-08) leaves the page's date.
TEST(TxtPageCopy, AnEmptyCounterGluedToTheInfoLineLeavesItsDate) {
  const auto document = read_bytes("青石镇2024年度法治政府建设工作报告\n浏览次数:发布时间:2025-01-08\n" + kCopyBody);
  EXPECT_EQ(document.metadata.get("removed.web-publication-info"), "浏览次数:发布时间:2025-01-08");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-01-08");
}

// (W9 f) The one list of record labels (docpipe/portal_copy.hpp) as a copy sets them alone over their values: 发文日期
// dates the document's issue, not the page; 生命周期分类 and 关 键 词 go with their values; 标题 names the report.
TEST(TxtPageCopy, EveryRecordLabelOverItsValueIsTheRecords) {
  const auto document = read_bytes(
      "索 引 号\n11530321MB0123456X/2025-00015\n生命周期分类\n长期\n关 键 词\n法治政府\n发文日期\n2025-01-15\n"
      "发布日期\n2025-01-20\n标题\n青石镇2024年度法治政府建设工作报告\n" +
      kCopyBody);
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("长期")));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("法治政府\n")));
  EXPECT_EQ(document.metadata.get("web.issued"), "2025-01-15");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-01-20");
  // An info list's date alone with its bullet, in dashes unpadded, is the page's as the padded one is.
  const auto bulleted = read_bytes("青石镇2024年度法治政府建设工作报告\n• 2025-1-20\n" + kCopyBody);
  EXPECT_EQ(bulleted.metadata.get("web.published"), "2025-01-20");
}

// (W9 probe) An info list copied with its bullets (• 索引号: / value, • 发文日期: / 2025年01月22日 16:40, • 有效性:
// with no value): each label without its bullet is the field the rules know, its value joined; the page's date is its
// 发布日期's, not the document's 发文日期.
TEST(TxtPageCopy, AnInfoListsBulletedLabelsAreItsFields) {
  const auto document = read_bytes(
      "青石镇2024年度法治政府建设工作报告\n  • 索引号:\n    11530321MB0123456X/2025-00015\n  • 主题分类:\n"
      "  • 发文机构:\n    青石镇人民政府\n  • 发文日期:\n    2025年01月22日 16:40\n  • 有效性:\n  • 发布日期:\n"
      "    2025年01月23日 09:10\n  • 内容概述:\n" +
      kCopyBody);
  EXPECT_EQ(first_line(document), "青石镇2024年度法治政府建设工作报告");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("•")));
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("青石镇人民政府\n2024年")));
  EXPECT_EQ(document.metadata.get("web.published"), "2025-01-23");
  EXPECT_EQ(document.metadata.get("web.issued"), "2025-01-22");
  const auto list = read_bytes(kCopyBody + "附件\n• 行政许可\n• 来源追溯\n");
  EXPECT_THAT(list.text, HasSubstr("• 行政许可\n• 来源追溯"));
}

// (W10 a) A WeChat article copied as text: the account's name alone over the title, which the dateline under the
// title names again, is the page's, not the title's first line; 原创 alone over the dateline goes with it, and the
// action bar's words a line each (分享 / 点赞 / 在看 / 写留言) go together. A place alone over a title with no such
// dateline, and one action word alone under the text, stay.
TEST(TxtPageCopy, AWeChatArticlesAccountAndActionsGo) {
  for (const std::string account : {"青石司法", "平安青石", "青石县司法局"}) {
    const auto document =
        read_bytes(account + "\n青石镇2024年法治政府建设工作情况报告\n原创\n" + account +
                   " 2025年01月08日 09:30 云南\n" + kCopyBody + "阅读原文\n分享\n点赞\n在看\n写留言\n");
    EXPECT_EQ(first_line(document), "青石镇2024年法治政府建设工作情况报告") << account;
    EXPECT_EQ(document.metadata.get("removed.wechat-account"), account);
    EXPECT_EQ(document.metadata.get("removed.wechat-dateline"), "原创 " + account + " 2025年01月08日 09:30 云南");
    EXPECT_EQ(document.metadata.get("web.published"), "2025-01-08");   // (W12 b) in ISO, as every input sets it
    EXPECT_THAT(document.text, ::testing::EndsWith("2025年1月18日"));  // the bar, one line, the rules' (在看 a prompt)
    EXPECT_THAT(document.text, ::testing::Not(HasSubstr("原创")));
    EXPECT_THAT(document.text, ::testing::Not(HasSubstr("在看")));
  }
  const auto cover = read_bytes("青石镇\n2024年法治政府建设工作情况报告\n" + kCopyBody + "点赞\n");
  EXPECT_THAT(cover.text, ::testing::StartsWith("青石镇\n"));
  EXPECT_THAT(cover.text, HasSubstr("点赞"));
  EXPECT_EQ(cover.metadata.get("removed.wechat-account"), "");
}

// (W10 b) The organ and the page's date on one line under the title (某某县人民政府 2025年02月08日, a provincial
// platform's) are the page's and date it; a report's signature below its text, unpadded, stays.
TEST(TxtPageCopy, AnOrgansLineWithTheStampedDateUnderTheTitleIsThePages) {
  const auto document = read_bytes("青石县2024年法治政府建设年度报告\n青石县人民政府 2025年02月08日\n" + kCopyBody);
  EXPECT_EQ(document.metadata.get("removed.web-organ-date"), "青石县人民政府 2025年02月08日");
  EXPECT_EQ(document.metadata.get("web.published"), "2025-02-08");
  EXPECT_THAT(document.text, ::testing::Not(HasSubstr("2025年02月08日")));
  const auto signed_under =
      read_bytes("青石县2024年法治政府建设年度报告\n" + kCopyBody + "青石县人民政府 2025年2月8日\n");
  EXPECT_THAT(signed_under.text, HasSubstr("青石县人民政府 2025年2月8日"));
  const auto unpadded = read_bytes("青石县2024年法治政府建设年度报告\n青石县人民政府 2025年2月8日\n" + kCopyBody);
  EXPECT_EQ(unpadded.metadata.get("removed.web-organ-date"), "");
}

// (W10 c) A column's tag in brackets before a whole title (【年度报告】…报告, 【法治政府】…) is the page's; the title
// is the report's alone. A bracketed note that opens no whole title stays.
TEST(TxtPageCopy, AColumnsTagBeforeTheTitleGoes) {
  for (const std::string tag : {"【年度报告】", "【法治政府】", "【转载】"}) {
    const auto document = read_bytes(tag + "青石县2024年法治政府建设情况报告\n" + kCopyBody);
    EXPECT_EQ(first_line(document), "青石县2024年法治政府建设情况报告") << tag;
    EXPECT_EQ(document.metadata.get("removed.web-column"), tag);
  }
  const auto note = read_bytes("【说明】本报告数据截至12月\n" + kCopyBody);
  EXPECT_EQ(note.metadata.get("removed.web-column"), "");
}

// (W11 b) The dateline is the one the shared wechat-dateline rule takes, in every form it takes: a copy that kept
// the date and the time in spans of their own sets two spaces between them, or a full-width colon in the time.
TEST(TxtPageCopy, AWeChatDatelineIsTheSharedRules) {
  for (const auto& [dateline, read] : {std::pair<std::string, std::string>{"青石司法 2025年01月08日  09:30 云南",
                                                                           "青石司法 2025年01月08日 09:30 云南"},
                                       {"青石司法 2025-01-08 09：30", "青石司法 2025-01-08 09：30"}}) {
    const auto document =
        read_bytes("青石司法\n青石镇2024年法治政府建设工作情况报告\n原创\n" + dateline + "\n" + kCopyBody);
    EXPECT_EQ(first_line(document), "青石镇2024年法治政府建设工作情况报告") << dateline;
    EXPECT_EQ(document.metadata.get("removed.wechat-account"), "青石司法");
    EXPECT_EQ(document.metadata.get("removed.wechat-dateline"), "原创 " + read);  // as normalized
  }
  // A date and a time in a line the rule does not take (a sentence's) name no account.
  const auto sentence = read_bytes(
      "青石司法\n青石镇2024年法治政府建设工作情况报告\n"
      "青石司法在2025年01月08日 09:30召开推进会，部署全年工作任务\n" +
      kCopyBody);
  EXPECT_EQ(sentence.metadata.get("removed.wechat-account"), "");
  EXPECT_THAT(sentence.text, ::testing::StartsWith("青石司法\n"));
}

// (W11 d) A flattened copy whose first line opens with the record's fields in brackets, the title and the text
// after them: the fields go (and date the page), the title and the text stay, the title a line of its own. A line of
// fields alone goes whole; one whose rest is no title nor sentence (a counter) too.
TEST(TxtPageCopy, BracketedFieldsOpeningAFlattenedLineGoAlone) {
  const std::string title = "青石县2025年法治政府建设年度报告";
  const std::string text = "2025年，青石县司法局深入推进法治政府建设，各项工作取得新成效。";
  for (const std::string fields :
       {"[ 发布日期 ] 2026-02-12 [ 来源 ] 青石县司法局", "【发布时间】2026-02-12 09:30:00",
        "［ 索引号 ］ 11530321MB0123456X/2026-00004 ［ 发文字号 ］ ［ 发布机构 ］ 青石县司法局"}) {
    const auto document = read_bytes(fields + " " + title + " " + text + "\n一、主要工作\n全年审查合同36份。\n");
    EXPECT_EQ(first_line(document), title) << fields;
    EXPECT_THAT(document.text, HasSubstr(title + "\n" + text + "\n"));
    EXPECT_EQ(document.metadata.get("removed.web-bracketed-info"), fields);
  }
  const auto dated = read_bytes("[ 发布日期 ] 2026-02-12 [ 来源 ] 青石县司法局 " + title + " " + text + "\n");
  EXPECT_EQ(dated.metadata.get("web.published"), "2026-02-12");
  EXPECT_EQ(dated.metadata.get("web.source"), "青石县司法局");
  // The record's 标题 field whose value is the title: the title stays.
  const auto named = read_bytes("【标题】" + title + " " + text + "\n");
  EXPECT_EQ(first_line(named), title);
  const auto alone = read_bytes("[ 发布日期 ] 2026-02-12 [ 来源 ] 青石县司法局\n" + title + "\n" + text + "\n");
  EXPECT_EQ(first_line(alone), title);
  EXPECT_EQ(alone.metadata.get("removed.web-bracketed-info"), "[ 发布日期 ] 2026-02-12 [ 来源 ] 青石县司法局");
  const auto counted = read_bytes("[ 发布日期 ] 2026-02-12 [ 来源 ] 本站 浏览次数：12\n" + title + "\n" + text + "\n");
  EXPECT_EQ(counted.metadata.get("removed.web-bracketed-info"), "[ 发布日期 ] 2026-02-12 [ 来源 ] 本站 浏览次数：12");
  EXPECT_EQ(first_line(counted), title);
}

// (W12 c) A publisher's value that a page's cell set as two words, a place and its department (青石县 司法局), is the
// field's whole: the title and the text after it stay, the title a line of its own. A place alone before the title
// is the value, the title the title.
TEST(TxtPageCopy, APlaceAndItsDepartmentAreOneFieldsValue) {
  const std::string title = "青石县2025年法治政府建设年度报告";
  const std::string text = "2025年，青石县司法局深入推进法治政府建设，各项工作取得新成效。";
  for (const std::string fields :
       {"[ 发布机构 ] 青石县 司法局", "[ 发布日期 ] 2026-02-12 [ 发布机构 ] 青石县 人民政府", "[ 发布机构 ] 青石县"}) {
    const auto document = read_bytes(fields + " " + title + " " + text + "\n一、主要工作\n全年审查合同36份。\n");
    EXPECT_EQ(first_line(document), title) << fields;
    EXPECT_THAT(document.text, HasSubstr(title + "\n" + text + "\n")) << fields;
    EXPECT_EQ(document.metadata.get("removed.web-bracketed-info"), fields);
  }
}

TEST(TxtArtifacts, CanBeSwitchedOff) {
  PluginContext context = txt_context();
  context.parameters.set("remove_artifacts", false);
  TxtInput input(context);
  Document document;
  input.read("正文\n— 1 —", document);
  EXPECT_EQ(document.text, "正文\n— 1 —");
}

}  // namespace
}  // namespace docpipe::txt
