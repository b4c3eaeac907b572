// KeywordSet (the artifact filter's one-pass keyword test) against the obvious answer, one find() per keyword.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/keyword_set.hpp"

namespace docpipe {
namespace {

// Which keywords occur, by one substring search each: what KeywordSet must agree with.
std::vector<bool> expected(const std::vector<std::string>& keywords, std::string_view text) {
  std::vector<bool> found;
  for (const auto& word : keywords) found.push_back(text.find(word) != std::string_view::npos);
  return found;
}

std::vector<bool> found(const KeywordSet& set, std::string_view text) {
  const KeywordSet::Hits hits = set.find(text);
  std::vector<bool> out;
  for (std::size_t k = 0; k < hits.size(); ++k) out.push_back(hits.test(k));
  return out;
}

void expect_agrees(const std::vector<std::string>& keywords, const std::vector<std::string>& texts) {
  const KeywordSet set(keywords);
  ASSERT_EQ(set.size(), keywords.size());
  for (const auto& text : texts) EXPECT_EQ(found(set, text), expected(keywords, text)) << "text: \"" << text << '"';
}

TEST(KeywordSet, FindsOverlappingKeywords) {
  const KeywordSet set({"he", "she", "his", "hers"});
  EXPECT_EQ(found(set, "ushers"), (std::vector<bool>{true, true, false, true}));
  EXPECT_EQ(found(set, "ahishe"), (std::vector<bool>{true, true, true, false}));
  EXPECT_EQ(found(set, "hhhhh"), (std::vector<bool>{false, false, false, false}));
}

TEST(KeywordSet, AKeywordInsideAnotherIsFoundOnItsOwn) {
  // "相关" is a prefix of "相关阅读", "阅读" its suffix, "关阅" its middle; "页" ends "第3页".
  const std::vector<std::string> keywords{"相关阅读", "相关", "阅读", "关阅", "页", "第"};
  const KeywordSet set(keywords);
  EXPECT_EQ(found(set, "相关阅读："), (std::vector<bool>{true, true, true, true, false, false}));
  EXPECT_EQ(found(set, "相关文章"), (std::vector<bool>{false, true, false, false, false, false}));
  EXPECT_EQ(found(set, "推荐阅读"), (std::vector<bool>{false, false, true, false, false, false}));
  EXPECT_EQ(found(set, "相关阅"), (std::vector<bool>{false, true, false, true, false, false}));
  EXPECT_EQ(found(set, "第3页"), (std::vector<bool>{false, false, false, false, true, true}));
}

TEST(KeywordSet, FindsAKeywordAtTheVeryStartAndEnd) {
  const KeywordSet set({"ICP备", "浏览器", "©"});
  EXPECT_EQ(found(set, "ICP备"), (std::vector<bool>{true, false, false}));
  EXPECT_EQ(found(set, "建议使用谷歌浏览器"), (std::vector<bool>{false, true, false}));
  EXPECT_EQ(found(set, "版权所有 ©"), (std::vector<bool>{false, false, true}));
  EXPECT_EQ(found(set, "浏览"), (std::vector<bool>{false, false, false}));  // cut short at the end
}

TEST(KeywordSet, MatchesWholeUtf8CharactersOnly) {
  // 页 is E9 A1 B5, 顶 E9 A1 B6: they share two bytes; a one-byte keyword never matches inside CJK text.
  const KeywordSet set({"页", "-", "."});
  EXPECT_EQ(found(set, "返回顶部"), (std::vector<bool>{false, false, false}));
  EXPECT_EQ(found(set, "第 3 页"), (std::vector<bool>{true, false, false}));
  EXPECT_EQ(found(set, "— 3 —"), (std::vector<bool>{false, false, false}));  // U+2014 is not '-'
  EXPECT_EQ(found(set, "-3-"), (std::vector<bool>{false, true, false}));
  EXPECT_EQ(found(set, "image1.png"), (std::vector<bool>{false, false, true}));
}

TEST(KeywordSet, EmptyTextHoldsOnlyTheEmptyKeyword) {
  const KeywordSet set({"a", "", "页"});
  EXPECT_EQ(found(set, ""), (std::vector<bool>{false, true, false}));
  EXPECT_EQ(found(set, "xyz"), (std::vector<bool>{false, true, false}));
  EXPECT_EQ(found(set, "页a"), (std::vector<bool>{true, true, true}));
}

TEST(KeywordSet, NoKeywordsFindNothing) {
  const KeywordSet empty;
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_FALSE(empty.find("任何文字").any());
  EXPECT_FALSE(KeywordSet(std::vector<std::string>{}).find("").any());
}

TEST(KeywordSet, DuplicateKeywordsEachGetTheirBit) {
  const KeywordSet set({"打印", "关闭", "打印"});
  EXPECT_EQ(found(set, "【打印】"), (std::vector<bool>{true, false, true}));
  EXPECT_EQ(set.find("打印 关闭").count(), 3u);
}

TEST(KeywordSet, OneHitsServesManyTexts) {
  const KeywordSet set({"首页", "位置"});
  KeywordSet::Hits hits;
  set.find("首页 > 政务公开", hits);
  EXPECT_TRUE(hits.test(0));
  set.find("您的位置：", hits);  // the previous text's hits are gone
  EXPECT_FALSE(hits.test(0));
  EXPECT_TRUE(hits.test(1));
  set.find("", hits);
  EXPECT_FALSE(hits.any());
}

TEST(KeywordSet, BinaryBytesAndEveryByteValue) {
  std::vector<std::string> keywords;
  for (int b = 0; b < 256; ++b) keywords.emplace_back(1, static_cast<char>(b));
  keywords.emplace_back(std::string("\0\xff", 2));
  const std::string text("\0\xff\x80", 3);
  const KeywordSet set(keywords);
  EXPECT_EQ(found(set, text), expected(keywords, text));
}

// Many keywords (more than one 64-bit word of hits), random texts over an alphabet of keyword pieces, so
// that partial matches, overlaps and failure transitions are exercised everywhere.
TEST(KeywordSet, AgreesWithSubstringSearchOnManyKeywordsAndTexts) {
  const std::vector<std::string> pieces{"相", "关", "阅", "读", "页", "第", "a", "b", "ab", "-", "：", "—", " "};
  std::mt19937 random(18);  // fixed seed: the same texts on every run
  const auto random_text = [&](std::size_t max_pieces) {
    std::string text;
    const std::size_t n = random() % (max_pieces + 1);
    for (std::size_t i = 0; i < n; ++i) text += pieces[random() % pieces.size()];
    return text;
  };
  std::vector<std::string> keywords;
  for (int k = 0; k < 300; ++k) keywords.push_back(random_text(5));
  std::vector<std::string> texts;
  for (int t = 0; t < 500; ++t) texts.push_back(random_text(40));
  expect_agrees(keywords, texts);
}

// A long text is scanned as two or four stretches at once, each begun a keyword's length before its share: a
// keyword lying across any seam, at any offset, in texts of every length around the split thresholds, is found.
TEST(KeywordSet, AKeywordAcrossTheSeamsOfALongTextsScansIsFound) {
  const std::vector<std::string> keywords{"相关阅读", "x", "相关", "阅读相关阅读相关阅读"};  // the longest: 30 bytes
  const KeywordSet set(keywords);
  for (std::size_t length = 0; length <= 260; length += 7) {
    for (std::size_t at = 0; at <= length; ++at) {
      std::string text(length, 'y');
      text.insert(at, "相关阅读");
      const std::vector<bool> result = found(set, text);
      ASSERT_EQ(result, expected(keywords, text)) << "length " << length << ", keyword at " << at;
    }
  }
}

TEST(KeywordSet, AgreesWithSubstringSearchOnLongTexts) {
  const std::vector<std::string> pieces{"相", "关", "阅", "读", "页", "第", "a", "b", "ab", "-", "：", "—", " "};
  std::mt19937 random(1818);  // fixed seed: the same texts on every run
  const auto random_text = [&](std::size_t min_pieces, std::size_t max_pieces) {
    std::string text;
    const std::size_t n = min_pieces + random() % (max_pieces - min_pieces + 1);
    for (std::size_t i = 0; i < n; ++i) text += pieces[random() % pieces.size()];
    return text;
  };
  std::vector<std::string> keywords;
  for (int k = 0; k < 200; ++k) keywords.push_back(random_text(1, 9));
  std::vector<std::string> texts;
  for (int t = 0; t < 300; ++t) texts.push_back(random_text(20, 1500));
  expect_agrees(keywords, texts);
}

TEST(KeywordSet, TheArtifactRulesKeywordsAgreeOnChineseText) {
  expect_agrees({"年", "月",         "日", "星期", "礼拜", "周",     "首页",     "主页", "位置", ":",
                 "：", ">",          "＞", "»",    "›",    "索引号", "发布机构", "[",    "【",   "Copyright",
                 "©",  "[bookmark:", "—",  "–",    "-",    "－",     "页",       "."},
                {"今天是：2019年10月31日 星期四", "首页 > 政务公开 > 法治政府建设", "索引号 | 发布机构 | 泥城镇",
                 "一、2023年法治政府建设主要举措", "见附图[bookmark: _Toc123]所示", "— 3 —", "第 3 页 共 10 页",
                 "Copyright © 2023 某某镇", "image12.png", ""});
}

}  // namespace
}  // namespace docpipe
