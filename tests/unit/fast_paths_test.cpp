// The fast paths of issue 18 give exactly what the slow ones gave: the offset index answers as the linear
// section lookups do, the artifact filter's keyword test never skips a line a rule matches, well-formed
// UTF-8 already in NFC normalizes as through ICU, and input.txt declines binary formats before decoding.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <random>

#include "docpipe/artifact_filter.hpp"
#include "docpipe/contents_lines.hpp"
#include "docpipe/json_document.hpp"
#include "docpipe/layout_tables.hpp"
#include "docpipe/line_breaks.hpp"
#include "docpipe/normalize.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "docpipe/safe_xml.hpp"
#include "docpipe/section_lookup.hpp"
#include "docpipe/text.hpp"
#include "docpipe/traditional_chinese.hpp"
#include "docpipe/xml_text.hpp"
#include "encoding_detection.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

// ---- offset index

std::vector<Section> random_sections(std::mt19937& random, std::size_t count) {
  std::vector<Section> sections;
  std::uniform_int_distribution<std::size_t> offset(0, 200);
  std::uniform_int_distribution<int> level(0, 3);
  for (std::size_t i = 0; i < count; ++i) {
    Section section;
    section.id = "s" + std::to_string(i);
    section.level = level(random);
    section.parent = section.level <= 1 && random() % 2 ? "" : "p";
    section.start = offset(random);
    section.end = section.start + offset(random) / 4;  // some empty, many overlapping
    sections.push_back(section);
  }
  return sections;
}

TEST(SectionIndex, AnswersExactlyAsTheLinearLookups) {
  std::mt19937 random(18);
  for (int round = 0; round < 200; ++round) {
    const auto sections = random_sections(random, round % 30);
    const SectionIndex index(sections);
    for (std::size_t offset = 0; offset < 260; ++offset) {
      ASSERT_EQ(index.innermost_at(offset), innermost_section_at(sections, offset)) << round << " " << offset;
      ASSERT_EQ(index.top_at(offset), top_section_at(sections, offset)) << round << " " << offset;
    }
  }
}

TEST(PageIndex, AnswersExactlyAsPageAt) {
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    std::vector<Block> blocks;
    for (int b = 0; b < round % 20; ++b) {
      Block block;
      block.start = random() % 100;
      block.end = block.start + random() % 30;
      if (random() % 3) block.page = static_cast<int>(random() % 5) + 1;
      blocks.push_back(block);
    }
    const PageIndex index(blocks);
    for (std::size_t offset = 0; offset < 140; ++offset) {
      ASSERT_EQ(index.page_at(offset), page_at(blocks, offset)) << round << " " << offset;
    }
  }
}

// ---- artifact keywords

// Debris of every kind the rules know, and ordinary report lines.
std::vector<std::string> sample_lines() {
  std::vector<std::string> lines = {"今天是：2021年3月2日 星期二",
                                    "当前时间：2023年 1月 5日 周四 10:30",
                                    "设为首页|加入收藏|无障碍|长者版",
                                    "English | 网站地图 | 手机版",
                                    "您的位置：首页 > 政务公开",
                                    "首页>法治政府",
                                    "当前位置: 政务公开",
                                    "发布日期：2021-02-01 来源：某某镇人民政府",
                                    "作者: 张三",
                                    "责任编辑：李四",
                                    "名 称：某某镇2020年法治政府建设年度报告",
                                    "索 引 号：0001/2021-00012",
                                    "主题分类：政务公开",
                                    "索引号 | 0001 发布机构 | 某某镇",
                                    "浏览次数：123",
                                    "您是第 12345 位访客",
                                    "阅读量 99",
                                    "【字体：大 中 小】",
                                    "字号：大 中 小",
                                    "文字：[大 中 小]",
                                    "打印本页 关闭窗口",
                                    "【打印】【关闭】",
                                    "分享到：微信 微博 QQ空间",
                                    "分享",
                                    "主办单位：某某镇人民政府 ICP备12345678号",
                                    "版权所有 © 2023",
                                    "Copyright 2023 某某镇",
                                    "联系电话：12345678",
                                    "建议使用1280×1024分辨率浏览",
                                    "相关阅读：",
                                    "上一篇：某某通知",
                                    "相关附件",
                                    "附件下载：",
                                    "— 3 —",
                                    "-12-",
                                    "第 3 页 共 10 页",
                                    "共10页 第2页",
                                    "image12.png",
                                    "IMAGE3.JPEG",
                                    "Image7.Jpg",
                                    "安澜教育 2022-04-20 18:30 发表于安澜",
                                    "原创 石门司法 2024年04月15日 09:12 云南",
                                    "发布机构｜某某镇人民政府 成文日期｜2025-01-17",
                                    "见附图[bookmark: _Toc123]所示",
                                    "[bookmark:a]",
                                    "青溪县人民政府 2025年3月3日星期一",
                                    "听全文",
                                    "2025-02-18 00:00:00 来源: 本站原创",
                                    "青溪市政府门户网站 2025-02-17 10:28:11 来源: 本网",
                                    "柳岸镇人民政府  2025/3/26",
                                    "柳岸镇人民政府 2025年02月08日",
                                    "河口街道办事处 2025年10月08日",
                                    "2025-01-23",
                                    "1151000000/2025-001005",
                                    "• 主题分类:",
                                    "索 引 号 003110926/202502-00016 信息分类 法治政府建设",
                                    "主题分类 服务对象分类",
                                    "信息名称 柳岸镇2024年度法治政府建设工作报告",
                                    "【字体:",
                                    "字体大小:【",
                                    "字号：",
                                    "【字号：A+ A A-】",
                                    "打印 | 关闭",
                                    "【返回】",
                                    "行业指导 更多>>",
                                    "微信号 qingshisifa",
                                    "功能介绍 宣传法律法规",
                                    "预览时标签不可点",
                                    "信息发布：柳岸镇政府办　发布时间：2025-02-11",
                                    "关怀版 网站支持IPv6",
                                    "首页→ 网站公告",
                                    "归档时间:2025-02-12",
                                    "发表时间:",
                                    "视力保护色:",
                                    "关注该公众号",
                                    "继续滑动看下一个",
                                    "分享到 -",
                                    "分享到：微信 - 微博 - QQ空间",
                                    "名称 柳岸镇2024年度法治政府建设工作报告",
                                    "发布机构 柳岸镇人民政府 时效性 有效",
                                    "jsxmsz/2025-00003"};
  for (const auto& entry : std::filesystem::directory_iterator(test::kSourceDir / "examples" / "reports")) {
    for_each_line(test::read_file(entry.path()), [&](std::string_view line) {
      NormalizationStats stats;
      lines.push_back(normalize_paragraph(line, stats));
    });
  }
  return lines;
}

TEST(ArtifactKeywords, NoRuleMatchesALineWithoutItsKeywords) {
  const ArtifactFilter filter;
  std::size_t matched = 0;
  for (std::size_t r = 0; r < std::size(kArtifactRules); ++r) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError error;
    std::unique_ptr<icu::RegexPattern> pattern(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(kArtifactRules[r].pattern), error, status));
    ASSERT_TRUE(U_SUCCESS(status));
    for (const auto& line : sample_lines()) {
      const icu::UnicodeString text = icu::UnicodeString::fromUTF8(line);
      std::unique_ptr<icu::RegexMatcher> matcher(pattern->matcher(text, status));
      const bool matches =
          kArtifactRules[r].scope == ArtifactScope::inline_token ? matcher->find(status) : matcher->matches(status);
      if (!matches) continue;
      ++matched;
      EXPECT_TRUE(filter.may_match(r, line))
          << kArtifactRules[r].name << " matches \"" << line << "\" but its keywords say it cannot";
    }
  }
  EXPECT_GT(matched, 35u);  // the samples exercise the rules
}

// ---- UTF-8 and NFC

// normalize_paragraph as it was before the fast path: always through ICU's UTF-16 and NFC.
std::string normalize_through_icu(std::string_view paragraph, NormalizationStats& stats) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(paragraph.data(), static_cast<int32_t>(paragraph.size())));
  const icu::UnicodeString composed = nfc->normalize(source, status);
  std::string expanded;
  composed.toUTF8String(expanded);
  std::string out;
  bool pending_space = false;
  for_each_code_point(expanded, [&](char32_t c) {
    if (detail::is_space_like(c)) {
      pending_space = !out.empty();
      return;
    }
    if (detail::is_dropped_silently(c)) return;
    if (detail::is_control(c)) {
      ++stats.removed_control_characters;
      return;
    }
    if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) c -= 0xFEE0;
    if (pending_space) out += ' ', pending_space = false;
    append_utf8(out, c);
  });
  return out;
}

TEST(NormalizeParagraph, FastPathGivesWhatIcuGives) {
  const std::vector<std::string> samples = {"",
                                            "plain ASCII line",
                                            "  某某镇　２０２３年 法治\t建设  ",
                                            "e\xCC\x81 composed café",
                                            "\xE2\x80\x8Bzero\xC2\xADwidth",
                                            "control\x01\x7F chars",
                                            "ＡＢＣａｂｃ１２３",
                                            "\xEF\xBC\x8C\xE3\x80\x82",
                                            "\xF0\x9F\x98\x80 emoji",
                                            "broken \xE4\xB8 sequence",
                                            "stray \x80 byte",
                                            "overlong \xC0\xAF",
                                            "surrogate \xED\xA0\x80",
                                            "\xEF\xBB\xBF BOM",
                                            "\xE1\x84\x80\xE1\x85\xA1 jamo",
                                            "Å angstrom \xE2\x84\xAB",
                                            "中\xC2\xA0文\xE3\x80\x80字 \t",
                                            "  \xE1\x9A\x80开头\xE2\x81\x9F中间\xE2\x80\xAF结尾\xE2\x81\xA0",
                                            "第１２３页\xEE\x80\x80私用区",
                                            "办理案件12件，调解纠纷3起。"};
  for (const auto& sample : samples) {
    NormalizationStats fast, slow;
    EXPECT_EQ(normalize_paragraph(sample, fast), normalize_through_icu(sample, slow)) << sample;
    EXPECT_EQ(fast.removed_control_characters, slow.removed_control_characters) << sample;
  }
}

// Random paragraphs over the characters the policy treats specially, among runs of ones it keeps.
TEST(NormalizeParagraph, FastPathGivesWhatIcuGivesOnRandomMixtures) {
  const std::vector<std::string> pieces = {"中",
                                           "文",
                                           "a",
                                           "Z",
                                           "1",
                                           " ",
                                           "\t",
                                           "\xC2\xA0",
                                           "\xE3\x80\x80",
                                           "\xE2\x80\x83",
                                           "\xE2\x80\x8B",
                                           "\xC2\xAD",
                                           "\xEF\xBB\xBF",
                                           "\x01",
                                           "\x7F",
                                           "\xC2\x85",
                                           "\xEF\xBC\x91",
                                           "\xEF\xBD\x81",
                                           "\xEF\xBC\x8C",
                                           "\xF0\x9F\x98\x80",
                                           "\xEA\xB0\x80",
                                           "é",
                                           "\xE1\x9A\x80",
                                           "\xE2\x81\xA0",
                                           "。",
                                           "e\xCC\x81",                 // e and a combining acute: é in NFC
                                           "\xE3\x81\x8B\xE3\x82\x99",  // か and a combining voiced mark: が
                                           "\xE3\x80\xAA",              // an ideographic tone mark (combining)
                                           "\xEF\xA4\x80",              // a compatibility ideograph NFC replaces
                                           "\xE2\x80\x80",              // an en quad NFC replaces
                                           "\xE2\x80\x94",              // an em dash
                                           "\xE3\x83\xBC"};             // a long vowel mark
  std::mt19937 random(18);
  for (int round = 0; round < 2000; ++round) {
    std::string sample;
    const int length = static_cast<int>(random() % 24);
    for (int k = 0; k < length; ++k) sample += pieces[random() % pieces.size()];
    NormalizationStats fast, slow;
    ASSERT_EQ(normalize_paragraph(sample, fast), normalize_through_icu(sample, slow)) << sample;
    ASSERT_EQ(fast.removed_control_characters, slow.removed_control_characters) << sample;
  }
}

// The code points the plain NFC check passes are ones NFC keeps and that combine with nothing, by ICU's own
// properties, every one of them: a string of them is NFC whatever their order.
TEST(NormalizeParagraph, ThePlainNfcCheckPassesOnlyCodePointsNfcKeepsAlone) {
  std::size_t passed = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string one;
    append_utf8(one, static_cast<char32_t>(c));
    if (!detail::is_plainly_nfc(one)) continue;
    ++passed;
    ASSERT_EQ(u_getCombiningClass(c), 0) << std::hex << c;
    ASSERT_EQ(u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK), UNORM_YES) << std::hex << c;
  }
  EXPECT_GT(passed, 24000u);  // ASCII, the CJK ideographs, the punctuation and kana
  EXPECT_TRUE(detail::is_plainly_nfc("青石镇2024年办理案件12件，调解纠纷3起。“法治”——"));
  EXPECT_FALSE(detail::is_plainly_nfc("caf\xC3\xA9"));               // Latin-1: ICU decides
  EXPECT_FALSE(detail::is_plainly_nfc("\xE3\x81\x8B\xE3\x82\x99"));  // か and a combining voiced mark
}

// Traditional-only characters counted by their bytes, as decoding every code point counted them, wherever a
// paragraph is cut (the opening looked at ends mid-character).
TEST(TraditionalChinese, CountingByBytesAgreesWithDecoding) {
  const std::vector<std::string> pieces = {"們", "國", "这", "镇", "鎮", "a", "1", "，", "\xF0\x9F\x98\x80", "é", "萬"};
  std::mt19937 random(23);
  for (int round = 0; round < 3000; ++round) {
    std::string sample;
    const int length = static_cast<int>(random() % 20);
    for (int k = 0; k < length; ++k) sample += pieces[random() % pieces.size()];
    const std::string_view cut = std::string_view(sample).substr(0, random() % (sample.size() + 1));
    std::size_t decoded = 0;
    for_each_code_point(cut, [&decoded](char32_t c) { decoded += detail::is_traditional_only(c) ? 1 : 0; });
    ASSERT_EQ(detail::count_traditional_only_in(cut), decoded) << testing::PrintToString(std::string(cut));
  }
}

TEST(WellFormedUtf8, AgreesWithTheDefinition) {
  EXPECT_TRUE(is_well_formed_utf8(""));
  EXPECT_TRUE(is_well_formed_utf8("ascii only, longer than eight bytes"));
  EXPECT_TRUE(is_well_formed_utf8("某某镇 \xF0\x9F\x98\x80 \xEF\xBF\xBF"));
  EXPECT_FALSE(is_well_formed_utf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(is_well_formed_utf8("\xE0\x80\xAF"));      // overlong
  EXPECT_FALSE(is_well_formed_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(is_well_formed_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(is_well_formed_utf8("abcdefgh\xE4\xB8"));  // truncated
  EXPECT_FALSE(is_well_formed_utf8("\x80"));
  EXPECT_FALSE(is_well_formed_utf8(std::string("abc\xFF", 4)));
}

// Random byte strings built from pieces near every boundary of the definition: each lead byte class, E0 and
// ED with second bytes on both sides of their limits, truncations and stray continuations.
std::string random_utf8_like(std::mt19937& random) {
  static const std::vector<std::string> pieces = {"a",
                                                  "abcdefgh",
                                                  "\x7F",
                                                  "\x80",
                                                  "\xBF",
                                                  "\xC0\xAF",
                                                  "\xC1\xBF",
                                                  "\xC2\x80",
                                                  "\xDF\xBF",
                                                  "\xC3",
                                                  "\xE0\x9F\xBF",
                                                  "\xE0\xA0\x80",
                                                  "\xE1\x80\x80",
                                                  "\xEC\xBF\xBF",
                                                  "\xED\x9F\xBF",
                                                  "\xED\xA0\x80",
                                                  "\xEE\x80\x80",
                                                  "\xEF\xBF\xBF",
                                                  "\xE4\xB8",
                                                  "\xE4",
                                                  "某",
                                                  "镇",
                                                  "。",
                                                  "\xE4\x41\x80",
                                                  "\xE4\xB8\x41",
                                                  "\xF0\x8F\xBF\xBF",
                                                  "\xF0\x90\x80\x80",
                                                  "\xF4\x8F\xBF\xBF",
                                                  "\xF4\x90\x80\x80",
                                                  "\xF5\x80\x80\x80",
                                                  "\xF0\x9F\x98",
                                                  "\xFF",
                                                  "\xFE"};
  std::string sample;
  const int length = static_cast<int>(random() % 12);
  for (int k = 0; k < length; ++k) sample += pieces[random() % pieces.size()];
  return sample;
}

// ICU's own decoder says what well-formed is: U8_NEXT gives a negative value for every ill-formed sequence.
bool well_formed_by_icu(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

TEST(WellFormedUtf8, AgreesWithIcuOnRandomBytes) {
  std::mt19937 random(9);
  for (int round = 0; round < 20000; ++round) {
    const std::string sample = random_utf8_like(random);
    ASSERT_EQ(is_well_formed_utf8(sample), well_formed_by_icu(sample)) << testing::PrintToString(sample);
  }
}

TEST(CountCodePoints, CountsTheBytesThatStartASequenceAtEveryLength) {
  std::mt19937 random(10);
  for (int round = 0; round < 5000; ++round) {
    const std::string sample = random_utf8_like(random);
    std::size_t expected = 0;
    for (const char c : sample) expected += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    ASSERT_EQ(count_code_points(sample), expected) << testing::PrintToString(sample);
  }
  EXPECT_EQ(count_code_points("某某镇2023年"), 8U);
  EXPECT_EQ(count_code_points(std::string(64, '\x80')), 0U);  // eight marks in every word: the sum's largest
  EXPECT_EQ(count_code_points(std::string(64, 'a')), 64U);
}

// The writers' fast path (output.xml, output.html, output.json copy text that needs nothing replaced)
// must take exactly the text whose decoding is itself and holds only code points XML allows.
TEST(XmlSafeUtf8, AgreesWithDecodingOnRandomBytes) {
  std::mt19937 random(42);
  const std::vector<std::string> pieces = {"a",
                                           "报",
                                           "\t",
                                           "\n",
                                           "\r",
                                           "\x01",
                                           "\x1F",
                                           "\xEF\xBF\xBD",
                                           "\xEF\xBF\xBE",
                                           "\xEF\xBF\xBF",
                                           "\xF0\x9F\x98\x80",
                                           "\xC0\xAF",
                                           "\xED\xA0\x80",
                                           "\x80",
                                           "\xE4\xB8",
                                           "\x7F",
                                           " "};
  for (int round = 0; round < 20000; ++round) {
    std::string sample;
    const int length = static_cast<int>(random() % 12);
    for (int k = 0; k < length; ++k) sample += pieces[random() % pieces.size()];
    bool allowed = is_well_formed_utf8(sample);
    if (allowed) for_each_code_point(sample, [&](char32_t c) { allowed = allowed && is_allowed_in_xml(c); });
    ASSERT_EQ(is_xml_safe_utf8(sample), allowed) << sample;
    if (is_well_formed_utf8(sample)) {
      ASSERT_EQ(json::utf8_safe(sample), sample);
    }
  }
}

// ---- input.txt sniffing

// ---- hand line breaks: a line's length counted over a prefix, as over the whole

TEST(HandWrapLength, CountingOverAPrefixAgreesWithCountingTheWhole) {
  std::mt19937 random(18);
  const std::vector<std::string> pieces = {"中", " ", "\u3000", "a", "\t", "。", "\u00A0", "𠀀"};
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<std::size_t> length(0, 1500);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const std::size_t n = length(random);
    // Runs of one piece, so that long stretches of spaces reach past the first windows.
    while (text.size() < n) {
      const std::string& p = pieces[piece(random)];
      for (std::size_t k = piece(random) * 40 + 1; k > 0; --k) text += p;
    }
    for (const std::size_t least : {std::size_t{1}, std::size_t{20}, std::size_t{50}}) {
      EXPECT_EQ(line_breaks::detail::shows_at_least(text, least), layout_tables::visible_code_points(text) >= least)
          << "length " << text.size() << ", at least " << least;
    }
  }
}

TEST(TxtSniff, BinarySignaturesAndHtmlAreDeclinedBeforeDecoding) {
  using txt::has_binary_signature;
  using txt::looks_like_html;
  for (const auto& file : {"formats/000_cef3d45027b726e1.docx", "formats/000_cef3d45027b726e1.pdf",
                           "formats/000_cef3d45027b726e1.doc", "formats/000_cef3d45027b726e1.ofd", "scans/page.png",
                           "scans/seal.jpg", "scans/page.tif", "unsupported/report.txt.gz"}) {
    EXPECT_TRUE(has_binary_signature(test::read_file(test::kTestData / file))) << file;
  }
  EXPECT_FALSE(has_binary_signature(test::read_file(test::kTestData / "reports" / "000_cef3d45027b726e1.txt")));
  EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF  <!DOCTYPE HTML><html>"));
  EXPECT_TRUE(looks_like_html("\n<html lang=\"zh\">"));
  EXPECT_FALSE(looks_like_html("<p>a fragment</p>"));
  EXPECT_FALSE(looks_like_html("某某镇 <html>"));
}

TEST(TxtDecode, WellFormedUtf8IsKeptAsItIs) {
  const std::string text = test::read_file(test::kTestData / "reports" / "000_cef3d45027b726e1.txt");
  const auto decoded = txt::decode_to_utf8(text, {"UTF-8", 0});
  EXPECT_EQ(decoded.utf8, text);
  EXPECT_EQ(decoded.invalid_sequences, 0u);
  const auto broken = txt::decode_to_utf8("ab\xE4\xB8", {"UTF-8", 0});  // through ICU: replaced and counted
  EXPECT_EQ(broken.utf8, "ab\xEF\xBF\xBD");
  EXPECT_EQ(broken.invalid_sequences, 1u);
}

TEST(TxtDecode, Utf8AsIsIsAViewOfTheBytesAfterTheBom) {
  const std::string text = "\xEF\xBB\xBF某某镇\n2023年";
  const auto as_is = txt::utf8_as_is(text, {"UTF-8", 3});
  ASSERT_TRUE(as_is.has_value());
  EXPECT_EQ(as_is->data(), text.data() + 3);  // no copy
  EXPECT_EQ(*as_is, "某某镇\n2023年");
  EXPECT_FALSE(txt::utf8_as_is("ab\xE4\xB8", {"UTF-8", 0}).has_value());  // broken: ICU replaces
  EXPECT_FALSE(txt::utf8_as_is(text, {"GB18030", 0}).has_value());        // another encoding: ICU converts
}

// The decoding definition garbage_ratio's byte table stands for: C0 controls but tab and line breaks, DEL,
// C1 controls and U+FFFD, over all code points.
double garbage_ratio_by_decoding(std::string_view utf8) {
  std::size_t characters = 0, garbage = 0;
  for_each_code_point(utf8, [&](char32_t c) {
    const bool control =
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || (c >= 0x7F && c < 0xA0);
    garbage += control || c == 0xFFFD;
    ++characters;
  });
  return characters == 0 ? 0 : static_cast<double>(garbage) / static_cast<double>(characters);
}

TEST(GarbageRatio, AgreesWithDecodingOnRandomText) {
  // Every kind of garbage and its near neighbours (C2 A0 after the C1 range, U+FFFC and U+FFFF beside U+FFFD,
  // full-width punctuation, which shares U+FFFD's lead byte EF).
  const std::vector<std::string> pieces = {"中",
                                           "a",
                                           "\t",
                                           "\n",
                                           "\r",
                                           "\f",
                                           "\v",
                                           "\x01",
                                           "\x1F",
                                           "\x7F",
                                           "\xC2\x80",
                                           "\xC2\x9F",
                                           "\xC2\xA0",
                                           "\xC3\xA9",
                                           "\xEF\xBF\xBD",
                                           "\xEF\xBF\xBC",
                                           "\xEF\xBF\xBF",
                                           "\xEF\xBC\x8C",
                                           "\xF0\x9F\x98\x80"};
  std::mt19937 random(33);
  for (int round = 0; round < 5000; ++round) {
    std::string sample;
    const int length = static_cast<int>(random() % 30);
    for (int k = 0; k < length; ++k) sample += pieces[random() % pieces.size()];
    ASSERT_DOUBLE_EQ(txt::garbage_ratio(sample), garbage_ratio_by_decoding(sample)) << testing::PrintToString(sample);
  }
}

// input.txt hands its decoded lines over as views it vouches for; what comes out is what the general
// intake makes of the same lines as copies it checks.
TEST(ParagraphIntake, WellFormedLinesGiveWhatParagraphsGive) {
  const std::string text = test::read_file(test::kTestData / "reports" / "000_cef3d45027b726e1.txt") +
                           "\n\xE3\x80\x80 全角空格\xEF\xBC\x91\x01\n打印本页\n关闭窗口\n";
  std::vector<std::string_view> lines;
  std::vector<SourceParagraph> paragraphs;
  for_each_line(text, [&](std::string_view line) {
    lines.push_back(line);
    paragraphs.push_back({std::string(line), {}});
  });
  const ArtifactFilter filter;
  for (const ArtifactFilter* used : {&filter, static_cast<const ArtifactFilter*>(nullptr)}) {
    Document as_views, as_copies;
    add_well_formed_lines(as_views, lines, used);
    add_paragraphs(as_copies, paragraphs, used);
    EXPECT_EQ(as_views.text, as_copies.text);
    EXPECT_EQ(json::serialize_document(as_views),
              json::serialize_document(as_copies));  // blocks, metadata (removed.*), everything
  }
}

// The DTD check finds a declaration from its '!': the same answer as searching for each declaration.
TEST(SafeXml, DtdCheckAgreesWithSearchingForEachDeclaration) {
  const auto searched = [](std::string_view bytes) {
    return bytes.find("<!DOCTYPE") != std::string_view::npos || bytes.find("<!ENTITY") != std::string_view::npos;
  };
  std::mt19937 random(33);
  const std::vector<std::string> pieces = {"<",   "!",         "<!",  "DOCTYPE", "ENTITY", "<w:t>", "</w:t>", "<!--",
                                           "-->", "<![CDATA[", "]]>", "法",      " ",      "D",     "E",      "\n"};
  for (int round = 0; round < 2000; ++round) {
    std::string bytes;
    const int length = static_cast<int>(random() % 12);
    for (int i = 0; i < length; ++i) bytes += pieces[random() % pieces.size()];
    EXPECT_EQ(declares_a_dtd(bytes), searched(bytes)) << bytes;
  }
  EXPECT_TRUE(declares_a_dtd("<!DOCTYPE d [<!ENTITY e \"x\">]><d/>"));
  EXPECT_FALSE(declares_a_dtd("<d>Hello! <!-- a note! --></d>"));
}

// input.docx reads a w:t's text in place when one text node holds it, and joined as text_content joins it when a
// CDATA section or an entity's text splits it.
TEST(SafeXml, TextViewGivesWhatTextContentGives) {
  const XmlDocument document = parse_safe_xml(
      "<d><t>青石县2023年</t><t/><t>a<![CDATA[<b>]]>c</t><t>&amp;x&lt;</t><t><e/>榆城</t>"
      "<t>short</t><t>a text node longer than sixteen bytes, stored outside its node</t></d>",
      "test");
  int texts = 0;
  for (const xmlNode* t = xmlDocGetRootElement(document.get())->children; t != nullptr; t = t->next, ++texts) {
    std::string scratch;
    EXPECT_EQ(text_view(t, scratch), text_content(t)) << texts;
  }
  EXPECT_EQ(texts, 7);
  std::string scratch;
  EXPECT_EQ(text_view(nullptr, scratch), "");
}

// A TOC entry's leader and page are tested from the line's last byte before it is decoded: the same answers as
// decoding every line.
TEST(ContentsLines, LeaderTestAgreesWhateverTheLineEndsWith) {
  using contents::ends_with_typed_leader_and_page;
  EXPECT_TRUE(ends_with_typed_leader_and_page("一、主要举措和成效……………3"));
  EXPECT_TRUE(ends_with_typed_leader_and_page("一、主要举措和成效..........12 \u3000 "));
  EXPECT_TRUE(ends_with_typed_leader_and_page("前言 ·········· ii"));
  EXPECT_FALSE(ends_with_typed_leader_and_page("一、主要举措和成效……………三"));
  EXPECT_FALSE(ends_with_typed_leader_and_page("共办理案件……12件"));
  EXPECT_FALSE(ends_with_typed_leader_and_page("结案率……12345"));
  EXPECT_FALSE(ends_with_typed_leader_and_page("……………3"));
  EXPECT_FALSE(ends_with_typed_leader_and_page("\u3000 "));
  EXPECT_FALSE(ends_with_typed_leader_and_page(""));
}

}  // namespace
}  // namespace docpipe
