// SDK helpers for Chinese text: numerals and dates as reports write them.
#include <gtest/gtest.h>

#include "docpipe/chinese_numerals.hpp"
#include "docpipe/dates.hpp"

namespace docpipe {
namespace {

TEST(ChineseNumerals, SingleDigitsAndTens) {
  EXPECT_EQ(parse_chinese_numeral(U"三"), 3);
  EXPECT_EQ(parse_chinese_numeral(U"十"), 10);
  EXPECT_EQ(parse_chinese_numeral(U"十二"), 12);
  EXPECT_EQ(parse_chinese_numeral(U"二十"), 20);
  EXPECT_EQ(parse_chinese_numeral(U"二十五"), 25);
}

TEST(ChineseNumerals, HundredsThousandsWithZeroAndLiang) {
  EXPECT_EQ(parse_chinese_numeral(U"一百零三"), 103);
  EXPECT_EQ(parse_chinese_numeral(U"两千"), 2000);
  EXPECT_EQ(parse_chinese_numeral(U"两名").has_value(), false);
  EXPECT_EQ(parse_chinese_numeral(U"三千五百"), 3500);
}

TEST(ChineseNumerals, WanAndYi) {
  EXPECT_EQ(parse_chinese_numeral(U"一万二千"), 12000);
  EXPECT_EQ(parse_chinese_numeral(U"十万"), 100000);
  EXPECT_EQ(parse_chinese_numeral(U"一亿二千万"), 120000000);
}

TEST(ChineseNumerals, DigitByDigitYears) {
  EXPECT_EQ(parse_chinese_numeral(U"二〇二四"), 2024);
  EXPECT_EQ(parse_chinese_numeral(U"二零一九"), 2019);
}

TEST(ChineseNumerals, NotANumeral) {
  EXPECT_FALSE(parse_chinese_numeral(U"").has_value());
  EXPECT_FALSE(parse_chinese_numeral(U"一是").has_value());
}

TEST(ChineseNumerals, RenderedAsHeadingsWriteThem) {
  EXPECT_EQ(to_chinese_numeral(1), U"一");
  EXPECT_EQ(to_chinese_numeral(10), U"十");
  EXPECT_EQ(to_chinese_numeral(12), U"十二");
  EXPECT_EQ(to_chinese_numeral(25), U"二十五");
  EXPECT_EQ(to_chinese_numeral(103), U"一百零三");
  EXPECT_EQ(to_chinese_numeral(110), U"一百一十");
  for (int n = 1; n < 200; ++n) EXPECT_EQ(parse_chinese_numeral(to_chinese_numeral(n)), n) << n;
}

TEST(Dates, AcceptsTheFormsReportsUse) {
  for (const auto* text : {U"2024年12月24日", U"2024-12-24", U"2024.12.24", U"2024/12/24", U"二〇二四年十二月二十四日",
                           U"2024 年 12 月 24 日"}) {
    const auto date = parse_date(text);
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(to_iso(*date), "2024-12-24");
  }
  EXPECT_EQ(to_iso(*parse_date(U"2024年3月1日")), "2024-03-01");
}

TEST(Dates, RejectsWhatIsNotADate) {
  for (const auto* text :
       {U"2020413", U"2024年13月1日", U"2023年2月29日", U"2024年12月", U"12月24日", U"2024-12-24 10:32"}) {
    EXPECT_FALSE(parse_date(text).has_value());
  }
  EXPECT_TRUE(parse_date(U"2024年2月29日").has_value());
}

}  // namespace
}  // namespace docpipe
