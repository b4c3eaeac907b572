#include "docpipe/icu_patterns.hpp"
#include "icu_pattern_matchers.hpp"

#include <gtest/gtest.h>
#include <unicode/uniset.h>

#include <memory>
#include <string>

namespace {

using docpipe::testing_icu::as_icu_compiles_it;
using docpipe::testing_icu::spelled_out;
using docpipe::testing_icu::utf8;

// Where the two matchers' first match in `text` starts and ends; -1, -1 for none.
std::pair<int32_t, int32_t> first_match(icu::RegexMatcher& matcher, const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  matcher.reset(text);
  if (!matcher.find(status) || U_FAILURE(status)) return {-1, -1};
  return {matcher.start(status), matcher.end(status)};
}

TEST(IcuPatterns, HanSpelledOutMatchesExactlyTheCodePointsHanDid) {
  const auto original = as_icu_compiles_it(R"(\p{Han})");
  const auto rewritten = spelled_out(R"(\p{Han})");
  int matched = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    const icu::UnicodeString text(c);
    UErrorCode status = U_ZERO_ERROR;
    original->reset(text);
    rewritten->reset(text);
    const bool expected = original->matches(status);
    ASSERT_EQ(rewritten->matches(status), expected) << "U+" << std::hex << c;
    matched += expected;
  }
  EXPECT_GT(matched, 90'000);  // the unified ideographs and their extensions, 〇, 々, the radicals
}

TEST(IcuPatterns, InsideAndOutsideBracketsLookAroundsAndNegationsMatchAsBefore) {
  const char* const patterns[] = {R"([\p{Han}\d]{2,})",        R"([^\p{Han}\s]+)",
                                  R"((?<!\p{Han})局)",         R"((?:(?![县区])\p{Han}){2,6}?市)",
                                  R"(\p{Han}{2,4}+(?=[：:]))", R"([\p{Han}-]+)",
                                  R"([^]\p{Han}]+)",           R"([\p{Han}--[局]]+)",
                                  R"([\p{Han}&&[^局]]+)",      "(?x) # a [ comment\n \\p{Han}+",
                                  R"(\c[\p{Han}|\p{Han}{2})",  R"(\\\p{Han}|\p{Han}市)"};
  const char* const texts[] = {"宁丰县2024年", "abc 宁丰 def", "公安局",         "司法局",   "青石县榆城市", "州市区县",
                               "⺀⻳〇々",     "𠀀𠀁市",       "来源：县司法局", "ＡＢＣ局", "x局"};
  for (const char* pattern : patterns) {
    const auto original = as_icu_compiles_it(pattern);
    const auto rewritten = spelled_out(pattern);
    for (const char* text : texts) {
      const icu::UnicodeString line = icu::UnicodeString::fromUTF8(text);
      EXPECT_EQ(first_match(*rewritten, line), first_match(*original, line)) << pattern << " on " << text;
    }
  }
}

TEST(IcuPatterns, HanStandsAsABracketExpressionOfItsRanges) {
  const std::string outside = utf8(docpipe::with_han_spelled_out(u"a\\p{Han}b"));
  EXPECT_EQ(outside.rfind("a[⺀-", 0), 0U) << outside;
  EXPECT_EQ(outside.substr(outside.size() - 2), "]b");
  const std::string inside = utf8(docpipe::with_han_spelled_out(u"[\\p{Han}\\d]"));
  EXPECT_EQ(inside.rfind("[[⺀-", 0), 0U) << inside;  // a set nested in the expression
  EXPECT_EQ(inside.substr(inside.size() - 4), "]\\d]");
  // After an escaped backslash, \p{Han} is the property again.
  const std::string after_backslash = utf8(docpipe::with_han_spelled_out(u"\\\\\\p{Han}"));
  EXPECT_EQ(after_backslash.rfind("\\\\[⺀-", 0), 0U) << after_backslash;
}

TEST(IcuPatterns, EscapedBackslashesAndQuotedTextStayAsWritten) {
  for (const char16_t* pattern : {u"a\\\\p{Han}", u"\\\\\\\\p{Han}", u"\\Q\\p{Han}\\E", u"x\\Qa\\p{Han}"}) {
    EXPECT_EQ(docpipe::with_han_spelled_out(icu::UnicodeString(pattern)), icu::UnicodeString(pattern));
  }
  // An escaped bracket is a character of the pattern: the \p{Han} after it is spelled out all the same.
  const std::string after_escaped_bracket = utf8(docpipe::with_han_spelled_out(u"\\[\\p{Han}"));
  EXPECT_EQ(after_escaped_bracket.rfind("\\[[⺀-", 0), 0U) << after_escaped_bracket;
}

}  // namespace
