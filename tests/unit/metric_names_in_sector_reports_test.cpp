// analysis.metrics on what reports of sector departments (education, health, transport, natural resources, tax),
// development zones and city sub-districts write, and on the names left wrong last session: a subject applied in the
// things counted, rounds of a review, a change said without a comparison word, 大 before the word for major parts,
// the copula of a part, a verb of reaching typed 到达, a word governing the next figure, a quote right after the
// count, the outcomes of a clean-up of documents. The texts are invented, modelled on how such reports word them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "figure_names.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> named(const std::string& text) { return test::figures_with_codes(text); }
std::vector<std::string> roles(const std::string& text) { return test::figures_with_roles(text); }

// 清单已在232个案件中得到适用: the things counted in the frame 在…中 are named with the subject that was applied in
// them.
TEST(MetricNamesInSectorReports, ASubjectAppliedInTheThingsCountedIsNamed) {
  EXPECT_THAT(named("轻微违法免罚清单已在86个案件中得到适用。"),
              ElementsAre("86个 | 轻微违法免罚清单在案件中得到适用 | penalty_exemptions"));
  // No subject before 在: the things and the deed, as before.
  EXPECT_THAT(named("全县已在12个村中建成法治广场。"), ElementsAre("12个 | 村中建成法治广场 | "));
}

// 经过两轮…会议研究审定: a count of rounds after 经过 is named by the review it counts.
TEST(MetricNamesInSectorReports, RoundsAfterJingguoAreNamedByTheReview) {
  EXPECT_THAT(named("经过两轮榆城区机构改革领导小组会议研究审定，印发实施方案。"),
              ElementsAre("两轮 | 榆城区机构改革领导小组会议研究审定 | "));
}

// 空气优良天数增加50天: a count right after what changed and 增加 or 减少 is the change, no comparison word needed; a
// deed of adding with what was added after it, or a time word before the verb, stays a count of the year.
TEST(MetricNamesInSectorReports, ACountRightAfterADirectionIsAChange) {
  EXPECT_THAT(roles("全县空气优良天数增加50天，刑事案件下降12起。"),
              ElementsAre("50天 | 空气优良天数增加 | change", "12起 | 刑事案件下降 | change"));
  EXPECT_THAT(roles("今年增加调解员3名，全年新增加执法人员4名。"),
              ElementsAre("3名 | 增加调解员 | value", "4名 | 执法人员 | value"));
}

// What was added named after the count (增加12个公共法律服务点) is a deed of adding, and a part after 其中 is a part:
// neither is a change of something named before.
TEST(MetricNamesInSectorReports, ThingsAddedNamedAfterTheCountAreNoChange) {
  const auto rows = roles("县司法局增加5名专职人民调解员。全年开展普法宣传活动42场，其中线上增加20场、线下22场。");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_THAT(rows[0], ::testing::EndsWith("| value"));
  EXPECT_THAT(rows[2], ::testing::StartsWith("20场"));
  EXPECT_THAT(rows[2], ::testing::EndsWith("| part"));
}

// 提出6大板块31项具体举措: 大 between Arabic digits and the word for major parts keeps the count of the parts.
TEST(MetricNamesInSectorReports, MajorPartsWithDaAreCounted) {
  EXPECT_THAT(named("围绕法治教育提出6大板块31项具体举措。"),
              ElementsAre("6大板块 | 具体举措 | ", "31项 | 具体举措 | "));
  EXPECT_THAT(named("聚焦5大领域开展专项整治。"), ElementsAre("5大领域 | 领域 | "));
  // A programme named by a Chinese numeral is no count.
  EXPECT_THAT(named("实施五大工程。"), ElementsAre());
}

// (其中2项为子项): the copula after a part's count is no part of its name.
TEST(MetricNamesInSectorReports, TheCopulaOfAPartIsNoPartOfItsName) {
  EXPECT_THAT(roles("共取消行政许可事项15项（其中2项为子项），新增17项。"),
              ElementsAre("15项 | 取消行政许可事项 | total", "2项 | 子项 | part", "17项 | 新增 | value"));
}

// 发放比例到达98%: 到达 is a verb of reaching, and the measure a long name ends with keeps the words before it.
TEST(MetricNamesInSectorReports, ReachingTypedDaodaAndABareMeasureAreNotCut) {
  EXPECT_THAT(named("榆城市律师协会和市司法局共同推进的全市办案补贴发放比例到达98%。"),
              ElementsAre("98% | 办案补贴发放比例 | "));
}

// 17个委办局对182个事项, 两个科室和司法所各1名, 100个城市第10名: a word governing the next figure ends this one's name.
TEST(MetricNamesInSectorReports, AWordGoverningTheNextFigureEndsTheName) {
  EXPECT_THAT(named("全区17个委办局对182个事项实施告知承诺。"), ElementsAre("17个 | 委办局 | ", "182个 | 事项 | "));
  EXPECT_THAT(named("在全省60个县区第5名。"), ElementsAre("60个 | 县区 | "));
}

// 建设好8家“上海…研究基地”, 从中甄别出140件党内规范性文件: what was built or picked out is counted, as written after
// the count.
TEST(MetricNamesInSectorReports, WhatWasBuiltOrPickedOutAfterTheCountNamesIt) {
  EXPECT_THAT(named("持续建设好8家“榆城教育立法咨询与服务研究基地”。"),
              ElementsAre("8家 | “榆城教育立法咨询与服务研究基地” | "));
  EXPECT_THAT(named("从中甄别出140件党内规范性文件列为清理范围。"), ElementsAre("140件 | 党内规范性文件 | "));
  EXPECT_THAT(named("举办了为期5天的法治专题培训班。"), ElementsAre("5天 | 法治专题培训班 | "));
}

// 清理规范性文件56件，保留48件，修改3件，废止5件: what a clean-up decided for each document breaks its count down.
TEST(MetricNamesInSectorReports, TheOutcomesOfACleanUpAreItsParts) {
  EXPECT_THAT(roles("清理规范性文件56件，最终确定保留48件，修改3件，废止5件。"),
              ElementsAre("56件 | 清理规范性文件 | total", "48件 | 保留规范性文件 | part",
                          "3件 | 修改规范性文件 | part", "5件 | 废止规范性文件 | part"));
}

// 47个行政审批部门开展自查: a count of departments is no count of what their name holds; of the bodies inspected it
// is the inspections.
TEST(MetricNamesInSectorReports, ACountOfDepartmentsTakesNoCodeOfTheirWork) {
  EXPECT_THAT(named("全区47个行政审批部门开展自查。"), ElementsAre("47个 | 行政审批部门 | "));
  EXPECT_THAT(named("检查用人单位612家。"), ElementsAre("612家 | 检查用人单位 | inspections"));
}

// 进出口总额1.3亿美元: a sum in US dollars is a figure.
TEST(MetricNamesInSectorReports, SumsInDollarsAreFigures) {
  EXPECT_THAT(named("全区进出口总额完成1.3亿美元，增长32%。"),
              ElementsAre("1.3亿美元 | 进出口总额完成 | ", "32% | 进出口总额完成增长 | "));
}

// 提出52项操作性、针对性强的改革措施: qualities listed after a count up to the 的 that closes them describe what is
// counted; the head noun after the 的 names it. A noun in 性 that names the things (规范性文件) stays whole.
TEST(MetricNamesInSectorReports, QualitiesListedAfterACountLeaveTheNameToTheHeadNoun) {
  EXPECT_THAT(named("榆城市提出了36项系统性、针对性强的改革举措。"), ElementsAre("36项 | 改革举措 | "));
  EXPECT_THAT(named("出台21项可操作性的配套措施。"), ElementsAre("21项 | 配套措施 | "));
  EXPECT_THAT(named("审查12件规范性文件。"), ElementsAre("12件 | 规范性文件 | "));
}

// 对述职中存在的问题落实62条整改措施: 落实 right before a count is a deed done to what follows, as 制定 is.
TEST(MetricNamesInSectorReports, LuoshiBeforeACountLeavesTheNameToWhatFollows) {
  EXPECT_THAT(named("对年度述法评议指出的问题落实15条整改措施。"), ElementsAre("15条 | 整改措施 | "));
}

// 国务院先后两次发文, 市政府主要领导先后30次主持、参与…: times that people or an organ acted one after another are
// named by the deed, not by who did it; a meeting named before 先后 still names its sessions.
TEST(MetricNamesInSectorReports, TimesPeopleActedOneAfterAnotherAreNamedByTheDeed) {
  EXPECT_THAT(named("省政府先后三次发文对青石县经验予以推广。"), ElementsAre("三次 | 发文 | "));
  EXPECT_THAT(named("县委、县政府主要领导先后12次主持、参加法治建设专题会议。"),
              ElementsAre("12次 | 主持、参加法治建设专题会议 | rule_of_law_meetings"));
  EXPECT_THAT(named("区政府常务会议先后6次专题研究法治政府建设。"),
              ElementsAre("6次 | 区政府常务会议 | rule_of_law_meetings"));
}

// 我委参考率、合格率均为99%以上: the reporting body opening rates listed over one figure is no part of their name.
TEST(MetricNamesInSectorReports, TheReportingBodyBeforeListedRatesIsNoPartOfTheirName) {
  EXPECT_THAT(named("组织干部职工参加法治理论考试，我局参考率、合格率均为100%。"),
              ElementsAre("100% | 参考率、合格率 | exam_participation_rate"));
}

// 以合法性审查和公平竞争审查为抓手，完成18件规范性文件、68件上会文件合法性审查: a review named in a figure's own clause
// is the one it counts, whatever review the sentence opened with.
TEST(MetricNamesInSectorReports, AReviewNamedInTheFiguresOwnClauseWinsOverTheSentencesOpening) {
  EXPECT_THAT(named("以合法性审查和公平竞争审查为抓手，完成9件规范性文件、25件议题文件合法性审查。"),
              ElementsAre("9件 | 规范性文件 | legality_reviews", "25件 | 议题文件合法性审查 | legality_reviews"));
  EXPECT_THAT(named("开展公平竞争审查，审查文件37份。"), ElementsAre("37份 | 审查文件 | fair_competition_reviews"));
}

// 在…等5个方面削权放权: a count of aspects takes no code of the listing's first example.
TEST(MetricNamesInSectorReports, ACountOfAspectsTakesNoCodeOfItsExamples) {
  EXPECT_THAT(named("在行政权力事项、投资审批事项、收费项目等4个方面精简权力。"), ElementsAre("4个 | 方面精简权力 | "));
}

}  // namespace
}  // namespace docpipe
