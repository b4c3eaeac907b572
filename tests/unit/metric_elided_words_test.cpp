// analysis.metrics on words a report leaves out and a reader supplies: the object of a bare deed that takes in
// (新接收), the deed a listing's later items share after a comma or a ；, a quoted term after a count's noun, and the
// body before a word of having (现有, 共有), which is no part of what is counted.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "figure_names.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

// What each figure in a text is named (figures_with_codes).
std::vector<std::string> named(const std::string& text) { return test::figures_with_codes(text); }

// 在册社区矫正对象215人，今年新接收64人: a bare deed of taking in, after a noun counted in a word of state in its
// unit, takes that noun as its object (新 kept). A bare 接收 after a deed's object does as 受理 does.
TEST(MetricElidedWords, ABareDeedOfTakingInCountsTheNounCountedBefore) {
  EXPECT_THAT(
      named("在册社区矫正对象215人，今年新接收64人，解除矫正58人。"),
      ElementsAre("215人 | 在册社区矫正对象 | community_corrections",
                  "64人 | 新接收社区矫正对象 | community_corrections", "58人 | 解除矫正 | community_corrections"));
  EXPECT_THAT(named("全年收到群众来信126件，接收119件。"),
              ElementsAre("126件 | 收到群众来信 | petitions", "119件 | 接收群众来信 | petitions"));
  // A unit of its own, or an outcome (通过), takes no object from the figure before.
  EXPECT_THAT(named("在册社区矫正对象40人，新接收3批。参考民警86人，通过80人。"),
              ElementsAre("40人 | 在册社区矫正对象 | community_corrections", "3批 | 新接收 | ", "86人 | 参考民警 | ",
                          "80人 | 通过 | "));
}

// 抽查餐饮单位156家次，学校食堂48家次: an item of nothing but a noun after a comma or a ； continues the deed of the
// nearest figure of its unit in the listing, and takes the code its noun names after that deed.
TEST(MetricElidedWords, ItemsAfterACommaOrASemicolonContinueTheDeedBefore) {
  EXPECT_THAT(named("全年抽查餐饮单位156家次，学校食堂48家次，养老机构12家次。"),
              ElementsAre("156家次 | 抽查餐饮单位 | inspections", "48家次 | 学校食堂 | inspections",
                          "12家次 | 养老机构 | inspections"));
  EXPECT_THAT(named("立案查处无证经营案件37件，罚款28.6万元；价格违法案件9件，罚款4.2万元。"),
              ElementsAre("37件 | 立案查处无证经营案件 | penalty_cases", "28.6万元 | 罚款 | fines",
                          "9件 | 价格违法案件 | penalty_cases", "4.2万元 | 罚款 | fines"));
}

// Not a deed's item: after a figure whose name opens no deed, after 其中 (a part, not a later item), in another unit,
// or an item that names a deed of its own.
TEST(MetricElidedWords, ItemsThatContinueNoDeedKeepNoCode) {
  EXPECT_THAT(named("一般程序案件14件，简易程序案件9件。"),
              ElementsAre("14件 | 一般程序案件 | penalty_cases", "9件 | 简易程序案件 | penalty_cases"));
  EXPECT_THAT(named("检查企业86家次，问题企业11家。办理法律援助案件52件，其中未成年人案件7件。"),
              ElementsAre("86家次 | 检查企业 | inspections", "11家 | 问题企业 | ",
                          "52件 | 办理法律援助案件 | legal_aid", "7件 | 未成年人案件 | "));
  EXPECT_THAT(named("受理信访事项64件，按期答复60件。"),
              ElementsAre("64件 | 受理信访事项 | petitions", "60件 | 按期答复 | "));
}

// 3个小区建成“法治楼栋”: the quoted term is part of the noun phrase after a classifier, not its end; one that does
// not fit a name ends it.
TEST(MetricElidedWords, AQuotedTermAfterACountsNounIsPartOfItsName) {
  EXPECT_THAT(named("全镇5个村建成“民主法治示范村”。"), ElementsAre("5个 | 村建成“民主法治示范村” | "));
  EXPECT_THAT(named("辖区12个小区评为“无讼小区”示范点。"), ElementsAre("12个 | 小区 | "));
  EXPECT_THAT(named("全街道4个社区建成“一站式多元解纷调处化解中心服务站”。"), ElementsAre("4个 | 社区建成 | "));
}

// 乡综合行政执法队现有执法人员7名: what a body has is what is counted, in a short clause as in a long one; 现有 after a
// deed is "existing" and cuts nothing.
TEST(MetricElidedWords, WhatABodyHasIsCountedWithoutTheBody) {
  EXPECT_THAT(named("镇综合执法队现有执法人员9名。街道综合行政执法队现有执法人员12名。"),
              ElementsAre("9名 | 执法人员 | enforcement_officers", "12名 | 执法人员 | enforcement_officers"));
  EXPECT_THAT(named("县法律援助中心共有工作人员6名。"), ElementsAre("6名 | 工作人员 | "));
  EXPECT_THAT(named("清理现有规范性文件26件。"), ElementsAre("26件 | 清理现有规范性文件 | "));
}

// 开展法治宣传活动15场次，其中走进社区开展2场次，线上开展3场: a part naming only where or how the deed was done,
// its verb with no object after the figure, counts what the whole counted (and takes its code); a part naming its
// own things keeps them.
TEST(MetricElidedWords, APartNamingOnlyWhereTheDeedWasDoneBorrowsTheWholesObject) {
  EXPECT_THAT(named("全年举办法治讲座24场，其中走进村（社区）举办15场，线上举办9场。"),
              ElementsAre("24场 | 法治讲座 | legal_lectures", "15场 | 走进村（社区）举办法治讲座 | legal_lectures",
                          "9场 | 线上举办法治讲座 | legal_lectures"));
  EXPECT_THAT(named("开展法治宣传活动40场次，其中走进企业11场次。"),
              ElementsAre("40场次 | 法治宣传活动 | publicity_events", "11场次 | 走进企业 | publicity_events"));
}

// 推出便民举措36项，办理1.2万件: a bare stage of handling right after a count of things a deed put out handles what it
// put out, not the cases a figure of its unit counted before it (受理法律援助案件212件): it stays bare, uncoded. A sum
// or people between (挽回经济损失, 涉及群众) say more of those cases and let the stage name them.
TEST(MetricElidedWords, ABareStageAfterThingsPutOutDoesNotHandleTheCasesBefore) {
  EXPECT_THAT(named("受理法律援助案件212件，挽回经济损失15.6万元；推出便民举措36项，办理1.2万件。"),
              ElementsAre("212件 | 受理法律援助案件 | legal_aid", "15.6万元 | 挽回经济损失 | economic_losses",
                          "36项 | 推出便民举措 | ", "1.2万件 | 办理 | "));
  EXPECT_THAT(named("受理信访事项64件，涉及群众150人，办结60件。"),
              ElementsAre("64件 | 受理信访事项 | petitions", "150人 | 涉及群众 | ", "60件 | 办结信访事项 | petitions"));
  // Places set up to take the items, or people, between them: the items handled are still the ones before.
  EXPECT_THAT(named("受理信访事项86件，设立信访代办点12个，办结80件。"),
              ::testing::Contains("80件 | 办结信访事项 | petitions"));
  EXPECT_THAT(named("受理信访事项86件，接待群众12名，办结80件。"),
              ::testing::Contains("80件 | 办结信访事项 | petitions"));
}

}  // namespace
}  // namespace docpipe
