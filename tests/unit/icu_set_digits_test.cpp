// The decimal digits of a bracket expression's `\d` spelled out once a process (docpipe/icu_patterns.hpp): the same
// code points as ICU's own set, the reader of bracket depth that decides which `\d` stand in a set, and every
// artifact pattern matching as ICU compiles it as written.
#include "docpipe/artifact_rules.hpp"
#include "docpipe/icu_known_sets.hpp"
#include "docpipe/icu_patterns.hpp"
#include "icu_pattern_matchers.hpp"

#include <gtest/gtest.h>
#include <unicode/uniset.h>

#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace {

using docpipe::testing_icu::as_icu_compiles_it;
using docpipe::testing_icu::spelled_out;
using docpipe::testing_icu::utf8;

icu::UnicodeString rewritten(const char16_t* pattern, uint32_t flags = 0) {
  return docpipe::with_set_digits_spelled_out(icu::UnicodeString(pattern), flags);
}

// Everything a matcher says of `text`: whole-line match, prefix match, and each find's span and groups' spans.
std::vector<int32_t> what_it_finds(icu::RegexMatcher& matcher, const icu::UnicodeString& text) {
  std::vector<int32_t> seen;
  UErrorCode status = U_ZERO_ERROR;
  matcher.setTimeLimit(docpipe::kArtifactMatchStepLimit, status);
  matcher.reset(text);
  seen.push_back(matcher.matches(status) ? 1 : 0);
  matcher.reset(text);
  seen.push_back(matcher.lookingAt(status) ? 1 : 0);
  matcher.reset(text);
  while (U_SUCCESS(status) && matcher.find(status)) {
    for (int32_t group = 0; group <= matcher.groupCount(); ++group) {
      seen.push_back(matcher.start(group, status));
      seen.push_back(matcher.end(group, status));
    }
  }
  seen.push_back(static_cast<int32_t>(status));
  return seen;
}

TEST(IcuSetDigits, SpelledOutTheyAreExactlyTheCodePointsBackslashDNamedInASet) {
  const char* const patterns[] = {R"([\d])", R"([^\d])", R"([^\s\d])"};
  for (const char* pattern : patterns) {
    const auto original = as_icu_compiles_it(pattern);
    const auto spelled = spelled_out(pattern);
    int matched = 0;
    for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
      if (U_IS_SURROGATE(c)) continue;
      const icu::UnicodeString text(c);
      UErrorCode status = U_ZERO_ERROR;
      original->reset(text);
      spelled->reset(text);
      const bool expected = original->matches(status);
      ASSERT_EQ(spelled->matches(status), expected) << pattern << " U+" << std::hex << c;
      matched += expected;
    }
    EXPECT_GT(matched, 600) << pattern;  // [\d]: ASCII, fullwidth, Arabic-Indic, Devanagari, mathematical…
  }
}

// The tables written down for Unicode 15.0 are ICU's own sets when ICU implements that Unicode (else unused).
TEST(IcuKnownSets, TheTablesAreIcusOwnSetsWhenItsUnicodeIsTheirs) {
  if (!docpipe::known_sets::tables_match_icu()) GTEST_SKIP() << "this ICU implements another Unicode";
  const auto as_set = [](std::span<const docpipe::known_sets::CodePointRange> table) {
    icu::UnicodeSet set;
    for (const auto& range : table) set.add(range.first, range.last);
    return set;
  };
  UErrorCode status = U_ZERO_ERROR;
  EXPECT_EQ(as_set(docpipe::known_sets::kHan), icu::UnicodeSet(u"[\\p{Han}]", status));
  EXPECT_EQ(as_set(docpipe::known_sets::kDecimalDigits), icu::UnicodeSet(u"[\\p{Nd}]", status));
  EXPECT_TRUE(U_SUCCESS(status));
}

TEST(IcuSetDigits, OnlyADigitInsideABracketExpressionIsSpelledOut) {
  const std::string in_set = utf8(rewritten(u"[\\d,]+"));
  EXPECT_EQ(in_set.rfind("[[0-9٠-٩", 0), 0U) << in_set;          // a set nested in the expression
  EXPECT_NE(in_set.find("０-９"), std::string::npos) << in_set;  // fullwidth ０-９
  EXPECT_EQ(in_set.substr(in_set.size() - 4), "],]+");
  const std::string nested = utf8(rewritten(u"[^\\s[a\\d]]"));
  EXPECT_EQ(nested.rfind("[^\\s[a[0-9", 0), 0U) << nested;
  const std::string first_bracket = utf8(rewritten(u"[]\\d]"));  // `]` first is a member: \d still in the set
  EXPECT_EQ(first_bracket.rfind("[][0-9", 0), 0U) << first_bracket;
  const std::string negated_first_bracket = utf8(rewritten(u"[^]\\d]"));
  EXPECT_EQ(negated_first_bracket.rfind("[^][0-9", 0), 0U) << negated_first_bracket;
  const std::string leading_free_spacing = utf8(rewritten(u"(?x) \\d # [\n [\\d]"));
  EXPECT_EQ(leading_free_spacing.rfind("(?x) \\d # [\n [[0-9", 0), 0U) << leading_free_spacing;
}

TEST(IcuSetDigits, DigitsOutsideASetAndWhatTheReaderCannotFollowStayAsWritten) {
  const char16_t* const unchanged[] = {
      u"\\d{4}年",           // outside any set: an opcode already
      u"\\[\\d\\]",          // escaped brackets
      u"[\\\\]\\d",          // an escaped backslash closes nothing: the set holds `\`, \d is after it
      u"\\x{5B}\\d",         // a bracket written as its code point
      u"\\c[\\d",            // \c[ is ESC
      u"\\Q[\\E\\d",         // a quoted bracket
      u"(?#[)\\d",           // a comment's bracket
      u"[\\Q\\d\\E]",        // quoting inside a set: not followed
      u"[:digit:]\\d[\\d]",  // POSIX-like: not followed
      u"a(?x)[\\d]",         // free spacing switched on later: not followed
      u"(?x)[ \\d]",         // white space in a set in free spacing: not followed
      u"[\\d",               // brackets that do not balance
      u"[\\D]",              // the complement is left to ICU
  };
  for (const char16_t* pattern : unchanged) {
    EXPECT_EQ(utf8(rewritten(pattern)), utf8(icu::UnicodeString(pattern)));
  }
  EXPECT_EQ(utf8(rewritten(u"[\\d]", UREGEX_COMMENTS)).rfind("[[0-9", 0), 0U);
  EXPECT_EQ(utf8(rewritten(u"# [\n\\d", UREGEX_COMMENTS)), "# [\n\\d");  // a comment's bracket in free spacing
}

TEST(IcuSetDigits, EveryArtifactPatternMatchesAsIcuCompilesItAsWritten) {
  std::vector<const char*> patterns;
  for (const docpipe::ArtifactRule& rule : docpipe::kArtifactRules) patterns.push_back(rule.pattern);
  for (const char* named : {docpipe::kPublishedPattern, docpipe::kIssuedPattern, docpipe::kUpdatedPattern,
                            docpipe::kSourcePattern, docpipe::kPublisherPattern, docpipe::kIndexNumberPattern}) {
    patterns.push_back(named);
  }
  patterns.insert(patterns.end(), {R"([\d,]++)", R"([^\s\d]{1,3})", R"([\p{Han}\d]{2,})", R"([^]\d]+)",
                                   R"([\d&&[^5]]+)", R"([\d--[0]]+)", R"([a-c\d]+)"});
  // Digits of every script the reports use and a few more: ASCII, fullwidth, Arabic-Indic, Devanagari,
  // mathematical bold (outside the BMP); superscripts and circled numbers are no decimal digits.
  const char* const lines[] = {
      "2024-03-05 10:20:30",
      "２０２４年３月５日 星期二 １０:２０",
      "发布时间：2024-05-06 09:30 来源：青石县人民政府",
      "发布日期：２０２４－０５－０６",
      "榆城市司法局 2024-01-02 10:00:00 来源：本站",
      "青石县人民政府门户网站 2024-01-01",
      "阅读次数：1,234次",
      "阅读：１，２３４次",
      "浏览量：٣٤٥ 次",
      "点击：१२३ 次",
      "浏览次数：𝟏𝟐𝟑",
      "人气：²³次",
      "阅读 ①② 次",
      "第 3 页 共 12 页",
      "— ３ —",
      "- ٤ -",
      "上一页 1 2 3 下一页 尾页",
      "上一页 １ ２ ３ 下一页",
      "image12.png",
      "image１２.png",
      "（一）加强组织领导",
      "(１)健全制度",
      "1．总体情况",
      "索引号：11410000MB1234567X/2024-00012",
      "索 引 号：１１４１/２０２４-０００１２",
      "2024年03月5日",
      "2024年3月05日",
      "２０２４年０３月５日",
      "青石县2024年法治政府建设情况报告",
      "2024/3/5 上午10:20",
      "3.5.2024 10:20 PM",
      "今天是2024年3月5日 星期二",
      "青石县新闻网 2024-03-05 08:00 发表于榆城",
      "〇 零 一二三 123 ١٢٣ ١٢٣",
  };
  for (const char* pattern : patterns) {
    const auto original = as_icu_compiles_it(pattern);
    const auto spelled = spelled_out(pattern);
    ASSERT_TRUE(original && spelled) << pattern;
    for (const char* line : lines) {
      const icu::UnicodeString text = icu::UnicodeString::fromUTF8(line);
      EXPECT_EQ(what_it_finds(*spelled, text), what_it_finds(*original, text)) << pattern << "\non: " << line;
    }
  }
}

}  // namespace
