// The spans of years a title reports on (title_period.hpp): analysis.sections dates a report on several years by
// the last of them, analysis.anomalies accepts the earlier ones; plans' spans and single years are no such period.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "docpipe/text.hpp"
#include "docpipe/title_period.hpp"
#include "report_metadata.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

MATCHER_P3(SpanOf, first, last, with_year_word, "") {
  return arg.first == first && arg.last == last && arg.last_written_with_year_word == with_year_word;
}

std::vector<title_period::YearSpan> spans_in(const char* title) { return title_period::year_spans(decode_utf8(title)); }

TEST(TitlePeriod, ASingleYearIsNoSpan) {
  EXPECT_THAT(spans_in("测试县司法局2023年度法治政府建设情况报告"), IsEmpty());
  EXPECT_THAT(spans_in("2024年法治政府建设工作总结"), IsEmpty());
}

TEST(TitlePeriod, YearsListedAreASpan) {
  EXPECT_THAT(spans_in("测试镇2023年度、2024年度法治政府建设情况报告"), ElementsAre(SpanOf(2023, 2024, true)));
  EXPECT_THAT(spans_in("测试镇2023年和2024年法治政府建设情况"), ElementsAre(SpanOf(2023, 2024, true)));
  EXPECT_THAT(spans_in("测试乡2022年及2023年依法行政工作总结"), ElementsAre(SpanOf(2022, 2023, true)));
}

TEST(TitlePeriod, RangesWithEveryDashOrWord) {
  for (const char* title : {"测试镇2021—2023年法治政府建设工作总结", "测试镇2021-2023年法治政府建设工作总结",
                            "测试镇2021－2023年法治政府建设工作总结", "测试镇2021~2023年法治政府建设工作总结",
                            "测试镇2021年至2023年法治政府建设工作总结", "测试镇2021到2023年法治政府建设工作总结",
                            "测试镇2021年度—2023年度法治政府建设工作总结"}) {
    EXPECT_THAT(spans_in(title), ElementsAre(SpanOf(2021, 2023, true))) << title;
  }
}

TEST(TitlePeriod, TheLastYearWithoutItsYearWordIsMarked) {
  EXPECT_THAT(spans_in("测试局2022-2023 述职述法报告"), ElementsAre(SpanOf(2022, 2023, false)));
}

TEST(TitlePeriod, SpansAreGivenAsWrittenInOrder) {
  EXPECT_THAT(spans_in("测试县2024—2023年情况"), ElementsAre(SpanOf(2024, 2023, true)));
  EXPECT_THAT(spans_in("测试县2021—2022年及2023—2024年工作总结"),
              ElementsAre(SpanOf(2021, 2022, true), SpanOf(2022, 2023, false), SpanOf(2023, 2024, true)));
}

TEST(TitlePeriod, APlansSpanInBracketsOrABookTitleIsNoPeriod) {
  EXPECT_THAT(spans_in("贯彻落实《法治政府建设实施纲要（2021—2025年）》2024年度情况报告"), IsEmpty());
  EXPECT_THAT(spans_in("测试县落实规划（2021-2025年）情况报告"), IsEmpty());
  EXPECT_THAT(spans_in("测试县《2021至2025年普法规划》中期报告"), IsEmpty());
  EXPECT_THAT(spans_in("测试县（2022年至2023年）"), IsEmpty());
}

TEST(TitlePeriod, APlansSpanRightAfterItsWordIsNoPeriod) {
  for (const char* title :
       {"测试县实施纲要2021-2025年情况报告", "测试县普法规划2021—2025年中期评估", "测试县工作方案2021至2025年落实情况",
        "测试县行动计划2021到2025年总结", "测试县指导意见2021-2025年落实情况", "测试县实施纲要 2021—2025年情况报告"}) {
    EXPECT_THAT(spans_in(title), IsEmpty()) << title;
  }
}

TEST(TitlePeriod, BracketsClosedLeaveTheSpanAfterThem) {
  EXPECT_THAT(spans_in("测试县（试行）2021—2023年法治政府建设总结"), ElementsAre(SpanOf(2021, 2023, true)));
  // A plan named in book marks claims nothing after them: the span is the years the report is on.
  EXPECT_THAT(spans_in("测试县司法局贯彻落实《法治政府建设实施纲要》2021—2023年情况报告"),
              ElementsAre(SpanOf(2021, 2023, true)));
}

TEST(TitlePeriod, YearsInsideLongerNumbersAreNoSpan) {
  EXPECT_THAT(spans_in("文号120210—2023年"), IsEmpty());
  // A digit right after the last year makes it a longer number, not a span's end.
  EXPECT_THAT(spans_in("测试镇2021—20235年法治政府建设工作总结"), IsEmpty());
  EXPECT_THAT(spans_in("测试镇2023年、20245号文件落实情况"), IsEmpty());
}

TEST(TitlePeriod, ThreeYearsListedAreOneSpanToTheLast) {
  EXPECT_THAT(spans_in("测试镇2022年、2023年、2024年工作情况"), ElementsAre(SpanOf(2022, 2024, true)));
  EXPECT_THAT(spans_in("测试镇2022年度、2023年度和2024年度法治政府建设情况"), ElementsAre(SpanOf(2022, 2024, true)));
  // A listing that turns back is not carried on: its later span is given as written.
  EXPECT_THAT(spans_in("测试县2023年、2024年、2022年情况"),
              ElementsAre(SpanOf(2023, 2024, true), SpanOf(2024, 2022, true)));
  EXPECT_EQ(sections::find_report_year(decode_utf8("测试镇2022年、2023年、2024年工作情况"), {}), 2024);
}

TEST(TitlePeriod, AReportOnSeveralYearsIsOfItsLastYear) {
  EXPECT_EQ(sections::find_report_year(decode_utf8("测试镇2021—2023年法治政府建设工作总结"), {}), 2023);
  EXPECT_EQ(sections::find_report_year(decode_utf8("测试镇2021年至2023年法治政府建设工作总结"), {}), 2023);
  EXPECT_EQ(sections::find_report_year(decode_utf8("测试镇2021年－2023年法治政府建设工作总结"), {}), 2023);
}

TEST(TitlePeriod, APlansSpanLeavesTheYearToThePreamble) {
  EXPECT_EQ(sections::find_report_year(decode_utf8("测试县实施纲要2021-2025年情况报告"),
                                       {decode_utf8("2024年，我县深入推进依法行政。")}),
            2024);
  EXPECT_EQ(sections::find_report_year(decode_utf8("测试县落实纲要（2021—2025年）情况报告"),
                                       {decode_utf8("2024年，我县深入推进依法行政。")}),
            2024);
}

}  // namespace
}  // namespace docpipe
