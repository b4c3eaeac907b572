// analysis.metrics on how often a deed is done (每月1期, 每季度至少1次, 以每两月1次频次): a frequency, its period
// the qualifier, no code; and on two counts of one subject back to back (occasions, then items).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "metric_excerpt_reader.hpp"

namespace docpipe {
namespace {

using test::read_excerpt;
using ::testing::ElementsAre;

// The period before the figure, before the verb and its object, or before 至少: the qualifier, read first; the name
// says what is done, not how often; a frequency adds to no total of the year, so it takes no code.
TEST(MetricFrequencies, APeriodBeforeAFigureOfOccasionsIsItsQualifier) {
  EXPECT_THAT(read_excerpt("某街道办事处2025年法治政府建设年度报告",
                           "印发普法简报每月1期。以每两个月1次的频次组织班子成员集中学法。各社区每季度至少开展"
                           "法律讲座1场，司法所每周到社区值班2次，每3个月开展执法检查1轮。"),
              ElementsAre("1期=1 期 每月 | 印发普法简报 | ", "1次=1 次 每两个月 | 组织班子成员集中学法 | ",
                          "1场=1 场 每季度;至少 | 各社区至少开展法律讲座 | ", "2次=2 次 每周 | 司法所到社区值班 | ",
                          "1轮=1 轮 每3个月 | 开展执法检查 | "));
}

// Not a frequency: the year's own total (每年), a day in the period (每周五, 每月初), a time of something else (利用
// 每月赶集日), people or money per period (每天接待50人次, 每人每月200元), a count per village (每村).
TEST(MetricFrequencies, PeriodsThatSayNoFrequencyLeaveTheFigureAlone) {
  EXPECT_THAT(read_excerpt("某镇人民政府2025年法治政府建设年度报告",
                           "每年开展法治讲座4场。每周五开展普法活动12次。每月初召开例会11次。利用每月赶集日开展法治宣传"
                           "活动24场。每村配备法律顾问1名。"),
              ElementsAre("4场=4 场 | 每年开展法治讲座 | legal_lectures", "12次=12 次 | 每周五开展普法活动 | ",
                          "11次=11 次 | 每月初召开例会 | ", "24场=24 场 | 法治宣传活动 | publicity_events",
                          "1名=1 名 | 每村配备法律顾问 | "));
}

// A 每 inside a name in quotes or a title's marks names a column or an event (《每周说法》, “每月法治讲堂”): the figure
// counts its issues and keeps its name whole. Of two 每 the one that says a period is the frequency (每季度每人).
TEST(MetricFrequencies, APeriodInsideANameIsNoFrequencyAndThePeriodsOwn每IsFound) {
  const auto read =
      read_excerpt("某县司法局2025年法治政府建设年度报告",
                   "在县电视台播出《每周说法》52期。举办“每月法治讲堂”12期。各单位每季度每人至少学法1次。");
  ASSERT_EQ(read.size(), 3u);
  EXPECT_THAT(read[0], ::testing::HasSubstr("52 期 | 县电视台播出《每周说法》"));
  EXPECT_THAT(read[1], ::testing::HasSubstr("12 期 | 每月法治讲堂 | "));
  EXPECT_THAT(read[2], ::testing::HasSubstr("1 次 每季度 | 各单位每人至少学法"));
}

// 集体决策事项共76次546项: the times are of the deed, the items keep the things' name. A name that is the deed
// already (…集体讨论12次38项) or counts in other units stays as it was.
TEST(MetricOccasionsAndItems, TimesBeforeItemsOfOneSubjectAreTheDeeds) {
  EXPECT_THAT(
      read_excerpt("某县水利局2025年法治政府建设年度报告",
                   "全年局党组会议研究重大事项，集体决策事项共43次215项。重大行政决策集体讨论12次38项。局长办公会、"
                   "党组会集体研究议题共计25次130个。"),
      ElementsAre("43次=43 次 | 集体决策 | ", "215项=215 项 | 集体决策事项 | ", "12次=12 次 | 重大行政决策集体讨论 | ",
                  "38项=38 项 | 重大行政决策集体讨论 | ", "25次=25 次 | 局长办公会、党组会集体研究 | ",
                  "130个=130 个 | 局长办公会、党组会集体研究议题 | "));
}

}  // namespace
}  // namespace docpipe
