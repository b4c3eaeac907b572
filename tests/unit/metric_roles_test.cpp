// analysis.metrics: which figure is a total, which a part of it, which rate is computed from it (role, of),
// one test per listing form the genre uses.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "test_support.hpp"

namespace docpipe {
namespace {

const Metric& by_text(const Document& document, const std::string& text) {
  for (const auto& metric : document.metrics) {
    if (metric.text == text) return metric;
  }
  throw std::runtime_error("no metric " + text);
}

// "role of-text" of a figure: "part 120件" is a part of the figure written 120件.
std::string role_of(const Document& document, const std::string& text) {
  const Metric& metric = by_text(document, text);
  std::string of;
  for (const auto& other : document.metrics) {
    if (other.id == metric.of) of = " " + other.text;
  }
  return metric.role + of;
}

Document run(const std::string& text) { return test::process_text_with_default_pipeline("正文。\n" + text); }

// A change's size named as a noun (降幅, 增幅) and a cut (压减, 压缩) are changes, checked against the levels given.
TEST(MetricRoles, ASizeOfAChangeAndACutAreChanges) {
  const auto d =
      run("涉企行政检查由上年的800次下降至600次，降幅40%。审批时限压缩约60%，受案量增幅为12%，合格率提高为98%。");
  EXPECT_EQ(role_of(d, "40%"), "change");
  EXPECT_EQ(role_of(d, "约60%"), "change");
  EXPECT_EQ(role_of(d, "12%"), "change");
  EXPECT_EQ(role_of(d, "98%"), "rate");  // a level reached
}

// A share per mille or per ten thousand is a rate as a percentage is; a change of one is a change.
// A speed-up said by its verb alone (提速62.5%), after the work sped up or not, and a cut after the work it was made in
// (项目审批压缩时限40%) are changes; a level a cut reached (压缩至法定时限的40%) and a rate (满意率) are not.
TEST(MetricRoles, SpeedUpsAndCutsAfterTheirSubjectAreChanges) {
  const auto d =
      run("审批时限由12个工作日压缩至4.5个工作日，提速62.5%。项目审批压缩时限40%，工程建设项目审批提速30%以上。"
          "承诺时限压缩至法定时限的35%，企业满意率99.2%。");
  EXPECT_EQ(role_of(d, "62.5%"), "change");
  EXPECT_EQ(role_of(d, "40%"), "change");
  EXPECT_EQ(role_of(d, "30%以上"), "change");
  EXPECT_EQ(role_of(d, "35%"), "rate");
  EXPECT_EQ(role_of(d, "99.2%"), "rate");
}

// A cut of the time things take is a change whatever the length of the things' name; a level reached and a rate
// of cases stay rates.
TEST(MetricRoles, ACutOfTheTimeThingsTakeIsAChangeWhateverTheThingsName) {
  const auto d =
      run("行政许可类事项压缩办理时限62%，全区政务服务事项平均压缩法定办理时间55.3%，即办件比例提高到45%，"
          "行政许可事项按时办结率100%，承诺时限压缩至法定时限的35%。");
  EXPECT_EQ(role_of(d, "62%"), "change");
  EXPECT_EQ(role_of(d, "55.3%"), "change");
  EXPECT_EQ(role_of(d, "45%"), "rate");
  EXPECT_EQ(role_of(d, "100%"), "rate");
  EXPECT_EQ(role_of(d, "35%"), "rate");
}

TEST(MetricRoles, RatesPerMilleAreRates) {
  const auto d = run("差错率千分之三，满意率百分之九十五，过错率低于万分之三，超限率2.6‰，发案率同比下降千分之二。");
  EXPECT_EQ(role_of(d, "千分之三"), "rate");
  EXPECT_EQ(role_of(d, "百分之九十五"), "rate");
  EXPECT_EQ(role_of(d, "低于万分之三"), "rate");
  EXPECT_EQ(role_of(d, "2.6‰"), "rate");
  EXPECT_EQ(role_of(d, "千分之二"), "change");
}

TEST(MetricRoles, IdsAreUniqueAndFollowTheText) {
  const auto d = run("开展法治讲座14期，发放资料300份，调解纠纷20件。");
  ASSERT_EQ(d.metrics.size(), 3u);
  EXPECT_EQ(d.metrics[0].id, "m1");
  EXPECT_EQ(d.metrics[2].id, "m3");
  EXPECT_EQ(role_of(d, "14期"), "value");
}

// A figure after a span of several years in its sentence counts those years (cumulative, never summed with the
// year's); a clause on the report's year, 近年来 and a span before the report year's only (2020年以来 in a 2020
// report) leave it the year's.
TEST(MetricRoles, FiguresOfSeveralYearsAreCumulative) {
  const auto d = test::process_text_with_default_pipeline(
      "某县2020年法治政府建设年度报告\n一、主要举措\n全年办理法律援助案件526件。“十三五”期间，全县累计办理法律援助案件2"
      ",310件，"
      "调解矛盾纠纷19,860件。2016年以来累计培训4,870人次。近五年共调解纠纷36,420件，今年调解3,000件。五年来化解率98%。"
      "近年来办理案件12件。2020年以来受理复议8件。对2018年以来的执法案卷开展自查，查出问题15处。");
  EXPECT_EQ(role_of(d, "526件"), "value");
  EXPECT_EQ(role_of(d, "2,310件"), "cumulative");
  EXPECT_EQ(role_of(d, "19,860件"), "cumulative");
  EXPECT_EQ(role_of(d, "4,870人次"), "cumulative");
  EXPECT_EQ(role_of(d, "36,420件"), "cumulative");
  EXPECT_EQ(role_of(d, "3,000件"), "value");
  EXPECT_EQ(role_of(d, "98%"), "rate");
  EXPECT_EQ(role_of(d, "12件"), "value");
  EXPECT_EQ(role_of(d, "8件"), "value");
  EXPECT_EQ(role_of(d, "15处"), "value");
  const auto later = test::process_text_with_default_pipeline(
      "某县2024年法治政府建设年度报告\n一、主要举措\n新修订的《行政复议法》实施以来，我县共受理行政复议案件56件。"
      "对近三年的行政执法案卷开展集中评查，共评查案卷320卷。清理近五年出台的规范性文件86件。二〇二四年来信来访共计120件"
      "。"
      "近10年来调解纠纷3,600件。“十四五”时期累计培训执法人员1,200人次。三年间办理复议案件900件。");
  EXPECT_EQ(role_of(later, "56件"), "value");
  EXPECT_EQ(role_of(later, "320卷"), "value");
  EXPECT_EQ(role_of(later, "86件"), "value");
  EXPECT_EQ(role_of(later, "120件"), "value");
  EXPECT_EQ(role_of(later, "3,600件"), "cumulative");
  EXPECT_EQ(role_of(later, "1,200人次"), "cumulative");
  EXPECT_EQ(role_of(later, "900件"), "cumulative");
}

// A five-year plan of legal education (“七五”普法, “八五”普法) is a span of years as “十三五” is: its period, the
// time since it began and its years in brackets count several years. Its name alone, or a plan's years in brackets,
// count nothing.
TEST(MetricRoles, APeriodOfLegalEducationIsCumulative) {
  const auto d = test::process_text_with_default_pipeline(
      "某乡2020年法治政府建设年度报告\n一、主要成效\n全年开展普法活动42场。"
      "“七五”普法期间（2016—2020年），全乡累计开展各类普法活动一百八十余场，受众超过三万人次。"
      "“七五”普法（2016—2020年）期间共培训村干部640人次。");
  EXPECT_EQ(role_of(d, "42场"), "value");
  EXPECT_EQ(role_of(d, "一百八十余场"), "cumulative");
  EXPECT_EQ(role_of(d, "超过三万人次"), "cumulative");
  EXPECT_EQ(role_of(d, "640人次"), "cumulative");
  const auto later = test::process_text_with_default_pipeline(
      "某镇2023年法治政府建设年度报告\n一、主要成效\n“八五”普法以来全镇累计开展普法活动一百二十余场。"
      "“八五”普法实施以来，共培养法律明白人三百二十名。八五普法期间建成法治广场6个。"
      "深入推进“八五”普法，开展法治讲座18场。"
      "印发法治宣传教育规划（2021—2023年），明确重点任务12项。");
  EXPECT_EQ(role_of(later, "一百二十余场"), "cumulative");
  EXPECT_EQ(role_of(later, "三百二十名"), "cumulative");
  EXPECT_EQ(role_of(later, "6个"), "cumulative");
  EXPECT_EQ(role_of(later, "18场"), "value");
  EXPECT_EQ(role_of(later, "12项"), "value");
}

// A clause that opens with a span from a year to the report's counts those years, however the span is written; a
// plan named by its span counts nothing; the level a change reached over a span is what stands now. The span and
// the time words are no part of the indicator.
// A figure for each year of a span, listed after 分别, is that year's: the report year's a value, the earlier
// years' previous. Not when the count of figures is not the span's years.
TEST(MetricRoles, FiguresListedForEachYearOfASpan) {
  const auto d = test::process_text_with_default_pipeline(
      "某县司法局2024年法治政府建设工作报告\n近三年受理案件分别为241件、268件和296件。2022—2024年办结率分别为96%、"
      "97%和98%。近三年累计培训分别为300人和12场。2022年至2024年分别化解纠纷301件、322件和340件。"
      "受理行政复议、行政诉讼案件分别为12件、5件。");
  EXPECT_EQ(role_of(d, "241件"), "previous");
  EXPECT_EQ(role_of(d, "268件"), "previous");
  EXPECT_EQ(role_of(d, "296件"), "value");
  EXPECT_EQ(role_of(d, "300人"), "cumulative");
  EXPECT_EQ(role_of(d, "301件"), "previous");
  EXPECT_EQ(role_of(d, "322件"), "previous");
  EXPECT_EQ(role_of(d, "340件"), "value");
  EXPECT_EQ(role_of(d, "5件"), "value");
}

TEST(MetricRoles, ASpanFromYearToYearOpeningAClauseIsCumulative) {
  const auto d = test::process_text_with_default_pipeline(
      "某镇2024年度法治政府建设情况报告\n一、主要成效\n2022年至2024年，累计办理法律援助案件1,126件。"
      "2022—2024年共培训人民调解员1,530人次。2021年至今，累计化解纠纷2,"
      "400件。实施2023—2025年三年行动方案，开展培训12场。"
      "五年间行政许可事项由38项精简为21项。第四季度开展集中排查行动3次。");
  EXPECT_EQ(role_of(d, "1,126件"), "cumulative");
  EXPECT_EQ(role_of(d, "1,530人次"), "cumulative");
  EXPECT_EQ(by_text(d, "1,530人次").indicator, "培训人民调解员");
  EXPECT_EQ(role_of(d, "2,400件"), "cumulative");
  EXPECT_EQ(role_of(d, "12场"), "value");
  EXPECT_EQ(role_of(d, "21项"), "value");
  EXPECT_EQ(by_text(d, "21项").indicator, "行政许可事项");
  EXPECT_EQ(by_text(d, "3次").indicator, "集中排查行动");
}

// Halves (or all four quarters) of the year before the whole year, of one code, are its parts: counted once. Two
// quarters are no breakdown of the year.
TEST(MetricRoles, HalvesOfTheYearArePartsOfTheYear) {
  const auto d = run("上半年调解纠纷41件，下半年调解纠纷37件，全年共调解纠纷78件。第一季度受理咨询20人次。");
  EXPECT_EQ(role_of(d, "41件"), "part 78件");
  EXPECT_EQ(role_of(d, "37件"), "part 78件");
  EXPECT_EQ(role_of(d, "78件"), "total");
  EXPECT_EQ(role_of(d, "20人次"), "value");
  const auto quarters = run("第一季度培训执法人员12人次，第二季度培训执法人员15人次，全年培训执法人员80人次。");
  EXPECT_EQ(role_of(quarters, "12人次"), "value");
  EXPECT_EQ(role_of(quarters, "80人次"), "value");
}

// 总数 ends a listing only where the whole is said to reach a figure: an item named by its 总数 and a share of the
// total (占案件总数的24.4%) leave the listing going.
TEST(MetricRoles, ATotalsNameOrShareInsideAListingEndsNothing) {
  const auto d = run("全年受理各类矛盾纠纷210件，其中婚姻家庭纠纷总数68件、邻里纠纷总数53件、土地纠纷总数89件。");
  EXPECT_EQ(role_of(d, "89件"), "part 210件");
  const auto share = run("受理案件86件，其中行政复议案件21件，占案件总数的24.4%，行政诉讼案件65件。");
  EXPECT_EQ(role_of(share, "65件"), "part 86件");
}

// A time limit cut from one unit of time to another (由1个半月压缩至10天) starts from an earlier level; a span of
// years that ended before the report's counts several years all the same.
TEST(MetricRoles, ALimitCutAcrossUnitsOfTimeAndASpanBeforeTheYear) {
  const auto d = test::process_text_with_default_pipeline(
      "某镇2024年度法治政府建设情况报告\n一、主要成效\n审批时限由1个半月压缩至10天。2020年至2023年，全镇累计调解纠纷1,"
      "480件。");
  EXPECT_EQ(role_of(d, "1个半月"), "previous");
  EXPECT_EQ(role_of(d, "10天"), "value");
  EXPECT_EQ(role_of(d, "1,480件"), "cumulative");
}

// A listing ends at a clause on the whole year or a sum: what follows counts something else.
TEST(MetricRoles, AListingEndsAtAClauseOnTheWholeYear) {
  const auto d = run("政务服务中心进驻事项146项，其中“一窗受理”事项128项，全年办理各类事项3.6万件。");
  EXPECT_EQ(role_of(d, "128项"), "part 146项");
  EXPECT_EQ(role_of(d, "3.6万件"), "value");
}

// A clause that names the whole (总数, 总量) ends a listing: 6,022 is the teachers now, not one more group of the
// 5,836 (a false part-exceeds-total error).
TEST(MetricRoles, AListingEndsAtAClauseNamingTheWhole) {
  const auto d = run("全县在编教师5,836人，其中研究生学历312人，新招聘教师186名，教师总数达到6,022名。");
  EXPECT_EQ(role_of(d, "312人"), "part 5,836人");
  EXPECT_NE(role_of(d, "达到6,022名"), "part 5,836人");
}

// 由…到…: the level a change started from is an earlier figure (never summed with the year's), the level reached
// the year's, named as the earlier one when its change's verb is all its name. Not a range with no verb between
// (从2000元到5万元不等).
TEST(MetricRoles, TheLevelAChangeStartedFromIsAnEarlierFigure) {
  const auto d =
      run("行政许可事项由62项精简为48项，审批时限由法定的20个工作日压缩至12个工作日，合格率由94.2%提高到97.8%。"
          "罚款数额从2000元到5万元不等，聘请律师5名。低保标准由每人每月780元提高到830元，由每月1,900元提高到2,100元。");
  EXPECT_EQ(role_of(d, "62项"), "previous");
  EXPECT_EQ(role_of(d, "48项"), "value");
  EXPECT_EQ(by_text(d, "48项").indicator, "行政许可事项");
  EXPECT_EQ(by_text(d, "48项").code, "licensing");
  EXPECT_EQ(role_of(d, "20个工作日"), "previous");
  EXPECT_EQ(role_of(d, "12个工作日"), "value");
  EXPECT_EQ(role_of(d, "94.2%"), "previous");
  EXPECT_EQ(role_of(d, "97.8%"), "rate");
  EXPECT_EQ(role_of(d, "2000元到5万元"), "value");  // a range
  EXPECT_EQ(role_of(d, "5名"), "value");
  // The level reached leaves unsaid the per-unit of the level it started from.
  EXPECT_EQ(role_of(d, "每人每月780元"), "previous");
  EXPECT_EQ(role_of(d, "830元"), "value");
  EXPECT_EQ(role_of(d, "每月1,900元"), "previous");
  // 压减, 压降 and 削减 are verbs of change too, and 平均 may stand between 由 and the figure.
  const auto cut = run("办理环节由平均7个压减至3个，跑动次数由4次压降为1次。");
  EXPECT_EQ(role_of(cut, "7个"), "previous");
  EXPECT_EQ(role_of(cut, "3个"), "value");
  EXPECT_EQ(role_of(cut, "4次"), "previous");
}

// The level reached now (压缩到现在的, 缩短为目前的) is the level reached: what it started from is an earlier figure.
TEST(MetricRoles, TheLevelReachedNowFollowsAnEarlierFigure) {
  const auto d =
      run("审批时限由原来的15个工作日压缩到现在的3个工作日，登记时间由过去的10个工作日缩短为目前的1个"
          "工作日，法律明白人由120名增加到现在的168名。");
  EXPECT_EQ(role_of(d, "15个工作日"), "previous");
  EXPECT_EQ(role_of(d, "3个工作日"), "value");
  EXPECT_EQ(role_of(d, "10个工作日"), "previous");
  EXPECT_EQ(role_of(d, "1个工作日"), "value");
  EXPECT_EQ(role_of(d, "120名"), "previous");
  EXPECT_EQ(role_of(d, "168名"), "value");
}

// Changes in one unit written once after the last (分别提高0.3和1.8个百分点) are each a change.
TEST(MetricRoles, ChangesSharingOneUnitAreEachAChange) {
  const auto d = run("按时办结率99.2%，群众满意率96.8%，较上年分别提高0.4和2.1个百分点。");
  EXPECT_EQ(role_of(d, "0.4"), "change");
  EXPECT_EQ(role_of(d, "2.1个百分点"), "change");
}

// A percentage after a verb of cutting and what was cut is how much the cut took off: a change.
TEST(MetricRoles, APercentageCutOffSomethingIsAChange) {
  const auto d = run("“一件事”办件量5,210件，平均减少申请材料58%、压减办理时间65%以上，降低企业办事成本30%。");
  EXPECT_EQ(role_of(d, "58%"), "change");
  EXPECT_EQ(role_of(d, "65%以上"), "change");
  // What was cut, then 精简, 削减 or 压降, as 缩减 after it; not a rate named so, a level reached or a share after it.
  const auto after =
      run("申请材料精简40%，审批环节精简了50%，企业成本削减约30%，审批时间缩减60%。精简率达45%，"
          "办理时限精简至法定时限的35%，精简后网办占比85%。");
  EXPECT_EQ(role_of(after, "40%"), "change");
  EXPECT_EQ(role_of(after, "50%"), "change");
  EXPECT_EQ(role_of(after, "约30%"), "change");
  EXPECT_EQ(role_of(after, "60%"), "change");
  EXPECT_EQ(role_of(after, "达45%"), "rate");
  EXPECT_EQ(role_of(after, "35%"), "rate");
  EXPECT_EQ(role_of(after, "85%"), "rate");
  EXPECT_EQ(role_of(d, "30%"), "change");
  // A level reached, a share of something and a named rate stay rates.
  const auto levels = run("承诺时限压缩至法定时限的40%，差错率降低到2%，减少率为5%，网上办件占比73.3%。");
  EXPECT_EQ(role_of(levels, "40%"), "rate");
  EXPECT_EQ(role_of(levels, "2%"), "rate");
  EXPECT_EQ(role_of(levels, "5%"), "rate");
  EXPECT_EQ(role_of(levels, "73.3%"), "rate");
}

// What the year added is some of the number the sentence says was reached, not more of it; not a figure of
// another kind, nor a number reached that is smaller.
TEST(MetricRoles, AdditionsArePartOfTheNumberReached) {
  const auto d =
      run("新增持证执法人员312名，全市持证执法人员达到2,846名。新增调解员8名，调解矛盾纠纷120件。"
          "新聘法律顾问30名，法律顾问达到20名。");
  EXPECT_EQ(role_of(d, "312名"), "part 达到2,846名");
  EXPECT_EQ(role_of(d, "达到2,846名"), "total");
  EXPECT_EQ(role_of(d, "8名"), "value");
  EXPECT_EQ(role_of(d, "30名"), "value");
  EXPECT_EQ(role_of(d, "达到20名"), "value");
  const auto this_year = run("全年新增持证执法人员30名，全县持证执法人员共有546名。");
  EXPECT_EQ(role_of(this_year, "30名"), "part 546名");
}

// A clause opening with the report's own year adds what 全年 does; an earlier year's additions stay apart.
TEST(MetricRoles, AdditionsOpeningWithTheReportsYearArePartOfTheNumberReached) {
  const auto d = test::process_text_with_default_pipeline(
      "某县2025年法治政府建设年度报告\n一、主要成效\n2025年新增“法律明白人”240名，全县“法律明白人”总数达到2,615名。"
      "2025年度新聘法律顾问6名，全县法律顾问共有41名。");
  EXPECT_EQ(role_of(d, "240名"), "part 达到2,615名");
  EXPECT_EQ(role_of(d, "达到2,615名"), "total");
  EXPECT_EQ(role_of(d, "6名"), "part 41名");
  const auto earlier = test::process_text_with_default_pipeline(
      "某县2025年法治政府建设年度报告\n一、主要成效\n2023年新增“法律明白人”240名，全县“法律明白人”总数达到2,615名。");
  EXPECT_NE(role_of(earlier, "240名"), "part 达到2,615名");
}

// Disputes settled are some of the disputes the sentence counted before them, with no rate to link them; not
// cases concluded (carried over from the year before), not more than the disputes, not a total already listed.
TEST(MetricRoles, SettledDisputesArePartOfTheDisputesBeforeThem) {
  const auto d =
      run("处理校园矛盾纠纷23起，调解成功21起。排查矛盾纠纷120件，其中邻里纠纷80件、婚姻家庭纠纷40件，化解118件。"
          "办理信访12件，办结12件。排查纠纷30件，调解成功32件。");
  EXPECT_EQ(role_of(d, "21起"), "part 23起");
  EXPECT_EQ(role_of(d, "23起"), "total");
  EXPECT_EQ(role_of(d, "118件"), "value");
  EXPECT_EQ(role_of(d, "12件"), "value");
  EXPECT_EQ(role_of(d, "32件"), "value");
  // What was settled must be disputes: not petitions or administrative disputes.
  const auto other = run("调解矛盾纠纷156件，化解信访积案12件。排查矛盾纠纷隐患80起，化解行政争议15件。");
  EXPECT_EQ(role_of(other, "12件"), "value");
  EXPECT_EQ(role_of(other, "15件"), "value");
}

// A listing after the disputes settled breaks down the disputes they were settled from: the settled count is an
// outcome of those, not a second total. Quarters opening a sentence after the disputes and the settled are parts
// of the one figure they add up to.
TEST(MetricRoles, AListingAfterSettledDisputesIsOfTheDisputes) {
  const auto d = run("全年调解矛盾纠纷412件，调解成功405件，其中邻里纠纷133件、婚姻家庭纠纷88件。");
  EXPECT_EQ(role_of(d, "412件"), "total");
  EXPECT_EQ(role_of(d, "405件"), "part 412件");
  EXPECT_EQ(role_of(d, "133件"), "part 412件");
  EXPECT_EQ(role_of(d, "88件"), "part 412件");
  const auto chinese = run("村调委会受理纠纷七十二件，调解成功七十件，调解成功率97.2%；其中涉及土地纠纷二十六件。");
  EXPECT_EQ(role_of(chinese, "七十二件"), "total");
  EXPECT_EQ(role_of(chinese, "七十件"), "part 七十二件");
  EXPECT_EQ(role_of(chinese, "二十六件"), "part 七十二件");
  const auto quarters =
      run("全年受理矛盾纠纷864件，调解成功851件。其中第一季度190件、第二季度205件、第三季度221件、第四季度248件。");
  EXPECT_EQ(role_of(quarters, "190件"), "part 864件");
  EXPECT_EQ(role_of(quarters, "248件"), "part 864件");
  EXPECT_EQ(role_of(quarters, "851件"), "part 864件");
  // A listing that adds up to the settled count exactly is the settled count's.
  const auto of_the_settled =
      run("全乡共排查矛盾纠纷150件，化解146件，其中婚姻家庭纠纷50件、邻里纠纷60件、其他纠纷36件，化解率97.3%。");
  EXPECT_EQ(role_of(of_the_settled, "50件"), "part 146件");
  EXPECT_EQ(role_of(of_the_settled, "36件"), "part 146件");
  EXPECT_EQ(role_of(of_the_settled, "146件"), "part 150件");
  // Quarters that add up to neither figure are linked to none.
  const auto neither = run("全年受理矛盾纠纷864件，调解成功851件。其中第一季度190件、第二季度205件。");
  EXPECT_EQ(role_of(neither, "190件"), "value");
  // A settled count with a listing of its own stays its total when it is no outcome of disputes (信访).
  const auto petitions = run("受理信访事项52件，办结50件，其中网上信访31件。");
  EXPECT_EQ(role_of(petitions, "31件"), "part 50件");
}

// A figure in a section's title that its body restates is linked to the body's (of), keeping its role: summed once.
// A title's figure the body does not restate, in its unit, stays on its own.
TEST(MetricRoles, AHeadingsFigureRestatedInItsBodyIsLinkedToIt) {
  const auto d = test::process_text_with_default_pipeline(
      "某镇2023年法治政府建设年度报告\n一、主要成效\n（一）信访和调解工作成效明显，全年化解纠纷214件。"
      "镇村两级调委会全年受理纠纷214件，调解成功210件。\n（二）开展普法活动36场\n"
      "全年主动公开政府信息36条，开展“法律进乡村”活动40场。\n（三）办理法律援助案件18件\n"
      "为困难群众提供法律咨询95人次。\n二、存在的不足\n调解员仅214人。");
  std::vector<const Metric*> restated;
  for (const auto& m : d.metrics) {
    if (m.text == "214件") restated.push_back(&m);
  }
  ASSERT_EQ(restated.size(), 2u);
  EXPECT_EQ(restated[0]->role, "value");
  EXPECT_EQ(restated[0]->of, restated[1]->id);
  EXPECT_EQ(restated[1]->role, "total");
  EXPECT_EQ(by_text(d, "36场").of, "");
  EXPECT_EQ(by_text(d, "18件").of, "");
  EXPECT_EQ(by_text(d, "214人").of, "");
}

// A rate of an earlier period is what a change is measured from; a percentage of an earlier figure is not it.
TEST(MetricRoles, ARateOfAnEarlierPeriodIsAPreviousFigure) {
  const auto d = run("办结率96.5%，较上年的92.0%提高4.5个百分点。案件数为上年的107.5%，纠错率（上年为8%）。");
  EXPECT_EQ(role_of(d, "96.5%"), "rate");
  EXPECT_EQ(role_of(d, "92.0%"), "previous");
  EXPECT_EQ(role_of(d, "8%"), "previous");
  EXPECT_EQ(role_of(d, "107.5%"), "rate");
}

// A figure that states a change is a change, not a count of its own: never a total, a part or a rate's base.
TEST(MetricRoles, AStatedChangeIsAChange) {
  const auto d = run("受理案件96件，较上年增加16件，同比增长20%，办结率较上年提高到98%，比上年多3件。");
  EXPECT_EQ(role_of(d, "16件"), "change");
  EXPECT_EQ(role_of(d, "20%"), "change");
  EXPECT_EQ(role_of(d, "98%"), "rate");  // a level reached
  EXPECT_EQ(role_of(d, "3件"), "change");
  EXPECT_EQ(role_of(run("刑事案件下降了17.1%。"), "17.1%"), "change");  // 了: it changed, against the year before
  const auto bracketed = run("发放宣传资料64份，较上年（50份）增加14份，同比分别增长8.5%和10%。");
  EXPECT_EQ(role_of(bracketed, "50份"), "previous");
  EXPECT_EQ(role_of(bracketed, "14份"), "change");
  EXPECT_EQ(role_of(bracketed, "10%"), "change");
  // A change's figure is no total of the parts listed after it.
  const auto listed = run("审结行政复议案件126件，同比增加36件，上年为90件，其中维持78件、撤销48件。");
  EXPECT_EQ(role_of(listed, "78件"), "part 126件");
  // A percentage or points right after a direction is a change without a comparison word; a level is not.
  const auto growth = run("工单量和来电量分别增长8%和12%，纠错率下降2个百分点，满意度达98%，增加调解员3名。");
  EXPECT_EQ(role_of(growth, "8%"), "change");
  EXPECT_EQ(role_of(growth, "12%"), "change");
  EXPECT_EQ(role_of(growth, "2个百分点"), "change");
  EXPECT_EQ(role_of(growth, "达98%"), "rate");
  EXPECT_EQ(role_of(growth, "3名"), "value");
  // A sign after 同比 carries the direction: +12.5% is a change as -8.3% is.
  const auto signed_changes = run("行政复议案件同比+12.5%，行政诉讼案件同比-8.3%。");
  EXPECT_EQ(role_of(signed_changes, "+12.5%"), "change");
  EXPECT_EQ(role_of(signed_changes, "-8.3%"), "change");
  // More or fewer after the comparison, then what was done: 同比多办理, 较上年少受理.
  const auto deeds =
      run("全年办理登记1,284户，同比多办理27户；受理投诉46件，较上年少受理5件，比较多的是消费纠纷12件。");
  EXPECT_EQ(role_of(deeds, "27户"), "change");
  EXPECT_EQ(role_of(deeds, "5件"), "change");
  EXPECT_NE(role_of(deeds, "12件"), "change");
  EXPECT_EQ(role_of(run("较去年多渠道化解纠纷36件。"), "36件"), "value");  // 渠道 is no deed
  // The thousands comma of the earlier figure does not end the change's clause.
  EXPECT_EQ(role_of(run("持证执法人员1,528名，较上年的1,466名增加62名。"), "62名"), "change");
  // A net change is one by its word alone, and what is picked out after it is of the whole.
  const auto net = run("累计入驻企业8,452家，上年末为7,323家，净增1,129家，其中高新技术企业612家。");
  EXPECT_EQ(role_of(net, "1,129家"), "change");
  EXPECT_EQ(role_of(net, "612家"), "part 8,452家");
  // A multiple after a direction is a change (一倍 too, which elsewhere is an article); one of the earlier
  // figure is no earlier figure.
  const auto multiples = run("受理案件数同比增长一倍，咨询量增长2倍，复议案件30件，是上年的1.5倍，形成一批成果。");
  EXPECT_EQ(role_of(multiples, "一倍"), "change");
  EXPECT_EQ(by_text(multiples, "一倍").value, 1);
  EXPECT_EQ(role_of(multiples, "2倍"), "change");
  EXPECT_EQ(role_of(multiples, "1.5倍"), "value");
  EXPECT_EQ(multiples.metrics.size(), 4u);  // 一批 is no figure
  const auto hedged = run("案件同比增长近一倍，咨询量增长了将近一倍，复议案件达到上年的1.5倍，差不多一倍的工作量。");
  EXPECT_EQ(role_of(hedged, "近一倍"), "change");
  EXPECT_EQ(by_text(hedged, "近一倍").qualifier, "近");
  EXPECT_EQ(role_of(hedged, "将近一倍"), "change");
  EXPECT_EQ(role_of(hedged, "1.5倍"), "value");
  EXPECT_EQ(hedged.metrics.size(), 3u);  // 差不多一倍: 多 there is no direction
}

// A sentence that opens by naming what it compares with (与上年相比，较上年，) makes its later clauses' counts after a
// direction changes; not a level reached, nor a count after a comparison with no period. A count right after what
// changed and its direction is a change on its own in any other sentence (M26: 罚没款增加9万元).
TEST(MetricRoles, ASentenceOpeningWithAComparisonStatesChanges) {
  const auto d =
      run("与上年相比，案件数下降14.5%，罚没款增加52.3万元。与2023年同期相比，全年受理行政复议案件增加12件，"
          "办结率减少为30件。较上年，查处案件减少8起。\n5."
          "与2023年相比，立案查处案件多15起。与全市平均水平相比，培训人数增加200人。罚没款增加9万元。");
  EXPECT_EQ(role_of(d, "14.5%"), "change");
  EXPECT_EQ(role_of(d, "52.3万元"), "change");
  EXPECT_EQ(role_of(d, "12件"), "change");
  EXPECT_EQ(role_of(d, "30件"), "value");
  EXPECT_EQ(role_of(d, "8起"), "change");
  EXPECT_EQ(role_of(d, "15起"), "change");  // after a run-in heading's marker
  EXPECT_EQ(role_of(d, "200人"), "value");
  EXPECT_EQ(role_of(d, "9万元"), "change");
}

// The ways a report gives a figure of the year before: 上年末, 上年分别为…和…, a clause or a sentence that opens
// with the earlier period.
TEST(MetricRoles, FiguresOfTheYearBefore) {
  const auto d =
      run("在编人员224人，较上年末减少28人，上年末为252人。行政复议和行政诉讼案件分别为4件和2件，上年分别为6件和3件。");
  EXPECT_EQ(role_of(d, "252人"), "previous");
  EXPECT_EQ(role_of(d, "6件"), "previous");
  EXPECT_EQ(role_of(d, "3件"), "previous");
  EXPECT_EQ(role_of(d, "4件"), "value");
  const auto clause =
      run("受理96件，上年受理80件。上年排查218起，化解209起，化解率95.9%；上年办理30件，三年累计办理82件。");
  EXPECT_EQ(role_of(clause, "80件"), "previous");
  EXPECT_EQ(role_of(clause, "209起"), "previous");
  EXPECT_EQ(role_of(clause, "95.9%"), "previous");
  EXPECT_EQ(role_of(clause, "82件"), "value");  // a span that runs into the report's year
  EXPECT_EQ(role_of(run("上年以来受理案件12件。"), "12件"), "value");
}

// A sentence that opens with nothing but an earlier period and a comma (2024年，, 2024年度，, 去年，) is about that
// period as one without the comma is, up to a turn to the report's year; the report's own year, a span since an
// earlier year and a span of months running into the report's year are no such opening.
TEST(MetricRoles, ASentenceOpeningWithAnEarlierYearAndACommaIsAboutThatYear) {
  const auto d = test::process_text_with_default_pipeline(
      "某镇2025年法治政府建设年度报告\n一、主要成效\n全年调解纠纷86件，调解成功84件。"
      "2024年，全镇排查矛盾纠纷218起，化解209起，化解率95.9%。2024年度，我局受理行政复议申请52件，审结50件。"
      "去年，全镇共办理法律援助案件37件。2024年，全镇办理信访事项41件，2025年办理信访事项47件。");
  EXPECT_EQ(role_of(d, "86件"), "total");
  EXPECT_EQ(role_of(d, "218起"), "previous");
  EXPECT_EQ(role_of(d, "209起"), "previous");
  EXPECT_EQ(role_of(d, "95.9%"), "previous");
  EXPECT_EQ(role_of(d, "52件"), "previous");
  EXPECT_EQ(role_of(d, "50件"), "previous");
  EXPECT_EQ(role_of(d, "37件"), "previous");
  EXPECT_EQ(role_of(d, "41件"), "previous");
  EXPECT_EQ(role_of(d, "47件"), "value");  // the turn to the report's year
  const auto own = test::process_text_with_default_pipeline(
      "某县2023年法治政府建设年度报告\n一、主要成效\n2023年，全县办理行政复议案件63件。2022年以来，累计培训执法人员"
      "900人次。2022年12月至2023年11月，共受理投诉举报128件。2022年，全县排查矛盾纠纷305起。");
  EXPECT_EQ(role_of(own, "63件"), "value");
  EXPECT_EQ(role_of(own, "900人次"), "cumulative");
  EXPECT_EQ(role_of(own, "128件"), "value");
  EXPECT_EQ(role_of(own, "305起"), "previous");
}

// Spans of several years however a report says them: since a plan of legal education was launched (开展以来,
// 启动以来), 过去五年, 自2021年起, 2021年起至2025年, and up to a date (截至2025年底, 截至目前) with 累计 — a stock at
// the date without 累计 is the year's. A plan still to come (“十五五”时期) has done nothing yet.
TEST(MetricRoles, MoreWaysOfSayingASpanOfYears) {
  const auto d = test::process_text_with_default_pipeline(
      "某镇2025年法治政府建设年度报告\n一、主要成效\n全年开展法治讲座48场。“八五”普法开展以来，全镇共开展法治讲座210场"
      "。"
      "“八五”普法启动以来，培育法治文化阵地14个。过去五年，全镇共调解纠纷1,"
      "036件。自2021年起，全镇累计培训网格员620人次。"
      "2021年起至2025年，全镇共受理投诉举报2,418件。截至2025年底，全镇累计培育“法律明白人”326名。截至目前，全镇累计建成"
      "法治示范村9个。截至2025年底，全镇共有人民调解员86名。自2025年起，每季度开展执法检查，全年检查23次。"
      "谋划“十五五”时期（2026—2030年）法治建设重点项目12个。过去一年，全镇化解信访积案5件。");
  EXPECT_EQ(role_of(d, "48场"), "value");
  EXPECT_EQ(role_of(d, "210场"), "cumulative");
  EXPECT_EQ(role_of(d, "14个"), "cumulative");
  EXPECT_EQ(role_of(d, "1,036件"), "cumulative");
  EXPECT_EQ(role_of(d, "620人次"), "cumulative");
  EXPECT_EQ(role_of(d, "2,418件"), "cumulative");
  EXPECT_EQ(role_of(d, "326名"), "cumulative");
  EXPECT_EQ(role_of(d, "9个"), "cumulative");
  EXPECT_EQ(role_of(d, "86名"), "value");
  EXPECT_EQ(role_of(d, "23次"), "value");
  EXPECT_EQ(role_of(d, "12个"), "value");
  EXPECT_EQ(role_of(d, "5件"), "value");
}

// A development plan's years however its start is said: “十四五”规划实施以来, “十四五”开局以来, “十四五”规划期间;
// a plan named in passing (实施“十四五”规划) opens no span.
TEST(MetricRoles, ADevelopmentPlansYearsWithItsStartSaid) {
  const auto d = test::process_text_with_default_pipeline(
      "某县2025年法治政府建设年度报告\n一、主要成效\n全年新建法治广场6个。“十四五”规划实施以来，全县累计建成法治广场"
      "41个。“十四五”开局以来，共培训执法人员3,260人次。“十四五”规划期间，全县共清理规范性文件214件。"
      "对照“十四五”规划实施方案，今年完成重点任务18项。");
  EXPECT_EQ(role_of(d, "6个"), "value");
  EXPECT_EQ(role_of(d, "41个"), "cumulative");
  EXPECT_EQ(role_of(d, "3,260人次"), "cumulative");
  EXPECT_EQ(role_of(d, "214件"), "cumulative");
  EXPECT_EQ(role_of(d, "18项"), "value");
}

// 较“十三五”末，与“十三五”末相比， opening a sentence compare as 较2020年， does: a direction ending a later clause is
// a change; the level reached is not.
TEST(MetricRoles, ASentenceComparingWithAPlansEndStatesChanges) {
  const auto d = test::process_text_with_default_pipeline(
      "某镇2025年法治政府建设年度报告\n一、主要成效\n较“十三五”末，全镇持证执法人员增加11名，达到28名。"
      "与“十三五”末相比，法律顾问覆盖村（社区）增加6个。较“十四五”规划，新建法治广场3个。");
  EXPECT_EQ(role_of(d, "11名"), "change");
  EXPECT_EQ(role_of(d, "达到28名"), "value");
  EXPECT_EQ(role_of(d, "6个"), "change");
  EXPECT_EQ(role_of(d, "3个"), "value");
}

TEST(MetricRoles, ABracketedQizhongListingNamesItsTotal) {
  const auto d = run("共调解纠纷120件（其中口头调解82件,协议调解38件）。");
  EXPECT_EQ(role_of(d, "120件"), "total");
  EXPECT_EQ(role_of(d, "82件"), "part 120件");
  EXPECT_EQ(role_of(d, "38件"), "part 120件");
}

// A sum after its parts (共计, 合计) is their total, named by what it adds up and coded only as they all are.
TEST(MetricRoles, ASumAfterItsPartsIsTheirTotal) {
  const auto d = run("查补税款120万元、罚款30万元，共计150万元。调解纠纷36件、信访事项12件，合计48件。");
  EXPECT_EQ(role_of(d, "150万元"), "total");
  EXPECT_EQ(role_of(d, "120万元"), "part 150万元");
  EXPECT_EQ(role_of(d, "30万元"), "part 150万元");
  EXPECT_EQ(by_text(d, "150万元").indicator, "查补税款、罚款共计");
  EXPECT_EQ(by_text(d, "150万元").code, "");  // tax and fines: not fines
  EXPECT_EQ(role_of(d, "48件"), "total");
  EXPECT_EQ(role_of(d, "12件"), "part 48件");
  EXPECT_EQ(by_text(d, "48件").indicator, "调解纠纷、信访事项合计");
  // The parts are the listing right before the sum, not every figure of its kind in the sentence.
  const auto listing = run("全镇现有人民调解员56名，今年新增专职调解员8名、法律明白人12名，共计20名。");
  EXPECT_EQ(role_of(listing, "56名"), "value");
  EXPECT_EQ(role_of(listing, "8名"), "part 20名");
  // A 共计 clause with more than its figure, or after one figure of its kind, sums nothing.
  const auto other = run("开展讲座12场，共计培训干部300人次。受理36件，合计办理40件。");
  EXPECT_EQ(role_of(other, "300人次"), "value");
  EXPECT_EQ(role_of(other, "40件"), "value");
}

// 非常满意610条，满意95条，合计705条: items in clauses of their own before a sum are its parts when the nearest of them
// add up to it exactly; figures that do not add up stay as they were.
TEST(MetricRoles, ASumAfterItemsInClausesOfTheirOwnTotalsThoseThatAddUpToIt) {
  const auto d = run("全年收到办事评价，非常满意610条，满意95条，合计705条，满意率100%。");
  EXPECT_EQ(role_of(d, "705条"), "total");
  EXPECT_EQ(role_of(d, "610条"), "part 705条");
  EXPECT_EQ(role_of(d, "95条"), "part 705条");
  EXPECT_EQ(by_text(d, "705条").indicator, "非常满意、满意合计");
  const auto short_of_it = run("接待来访群众40人，解答咨询25人，合计70人。");
  EXPECT_EQ(role_of(short_of_it, "40人"), "value");
  EXPECT_EQ(role_of(short_of_it, "70人"), "value");
}

// 办理行政许可312件、行政处罚41件，合计353件: 合计 alone says only that a figure is a sum; what it sums names it. A
// name the parts share is said once (上半年…、下半年…, both 调解纠纷), and the sum then keeps their code.
TEST(MetricRoles, ASumIsNamedByWhatItAddsUpNeverByHejiAlone) {
  const auto d = run("办理行政许可312件、行政处罚41件，合计353件。上半年调解纠纷41件、下半年调解纠纷37件，总计78件。");
  EXPECT_EQ(by_text(d, "353件").indicator, "办理行政许可、行政处罚合计");
  EXPECT_EQ(by_text(d, "353件").code, "");
  EXPECT_EQ(by_text(d, "78件").indicator, "调解纠纷总计");
  EXPECT_EQ(by_text(d, "78件").code, "mediation_cases");
}

// A table's 合计 row is named by the rows it adds up (行政许可、行政处罚合计), or, when they are many, by the end their
// names share (案件合计); a 合计 whose rows share no word keeps its own.
TEST(MetricRoles, ATablesTotalRowIsNamedByTheRowsItAddsUp) {
  const auto d = run("信息报送情况（单位：条）：\n类别\t数量\n行政许可\t1132\n行政处罚\t201\n合计\t1333\n");
  EXPECT_EQ(role_of(d, "1333"), "total");
  EXPECT_EQ(by_text(d, "1333").indicator, "行政许可、行政处罚合计");
  const auto many =
      run("立案情况（单位：件）：\n类别\t数量\n食品安全案件\t12\n环境污染案件\t9\n道路运输案件\t7\n"
          "安全生产案件\t5\n合计\t33\n");
  EXPECT_EQ(by_text(many, "33").indicator, "案件合计");
  const auto unlike =
      run("工作情况（单位：件）：\n类别\t数量\n普法宣传资料发放\t12\n矛盾纠纷排查化解\t9\n"
          "法律援助受理办结\t7\n行政复议申请办理\t5\n合计\t33\n");
  EXPECT_EQ(by_text(unlike, "33").indicator, "合计");
}

// 在受理的86件行政复议案件中，维持52件，撤销3件: the frame 在…中 sets the 86 as the whole the next clause picks from,
// so its figures are parts of it as after 其中; a figure of another unit (人次) is none, and neither is a count after a
// whole that only names a place or time (在全年工作中).
TEST(MetricRoles, ACountPickedFromAWholeFramedByZaiAndZhongIsItsPart) {
  const auto d =
      run("在受理的86件行政复议案件中，维持52件，撤销3件。在梳理的4127项行政权力事项中，2331项纳入政务服务事项清单。");
  EXPECT_EQ(role_of(d, "86件"), "total");
  EXPECT_EQ(role_of(d, "52件"), "part 86件");
  EXPECT_EQ(role_of(d, "3件"), "part 86件");
  EXPECT_EQ(role_of(d, "4127项"), "total");
  EXPECT_EQ(role_of(d, "2331项"), "part 4127项");
  const auto other = run("在开展的36场普法活动中，覆盖群众3000人次。在全年执法检查中，发现问题12个。");
  EXPECT_EQ(role_of(other, "36场"), "value");
  EXPECT_EQ(role_of(other, "3000人次"), "value");
  EXPECT_EQ(role_of(other, "12个"), "value");
}

// What became of reconsideration and litigation cases is coded apart from the cases, so that no overview adds them.
TEST(MetricRoles, OutcomesOfCasesAreNoCases) {
  const auto d = run("全年被申请行政复议12件，复议维持9件，复议撤销3件；行政诉讼应诉8件，败诉1件。");
  EXPECT_EQ(by_text(d, "12件").code, "admin_reconsideration_cases");
  EXPECT_EQ(by_text(d, "9件").code, "reconsideration_outcomes");
  EXPECT_EQ(by_text(d, "3件").code, "reconsideration_outcomes");
  EXPECT_EQ(by_text(d, "8件").code, "admin_litigation_cases");
  EXPECT_EQ(by_text(d, "1件").code, "litigation_outcomes");
}

TEST(MetricRoles, QizhongAfterACommaListsParts) {
  const auto d = run("受理行政复议案件50件，其中维持30件、撤销20件。");
  EXPECT_EQ(role_of(d, "50件"), "total");
  EXPECT_EQ(role_of(d, "30件"), "part 50件");
  EXPECT_EQ(role_of(d, "20件"), "part 50件");
}

// A 其中 inside a listing breaks down the part before it (the direct corrections are of the corrections), and the
// outer listing ends there: its parts add up to its total.
TEST(MetricRoles, AQizhongInsideAListingBreaksDownThePartBeforeIt) {
  const auto d = run("审结行政复议案件87件，其中维持54件，驳回18件，直接纠错15件，其中确认违法等直接纠错决定5件。");
  EXPECT_EQ(role_of(d, "87件"), "total");
  EXPECT_EQ(role_of(d, "54件"), "part 87件");
  EXPECT_EQ(role_of(d, "18件"), "part 87件");
  EXPECT_EQ(role_of(d, "15件"), "part 87件");
  EXPECT_EQ(role_of(d, "5件"), "part 15件");
}

// A clause naming something else between the figure and 其中 takes the listing: 108 and 73 are items of the
// 清单, not of the 62 事项. A clause with a figure of another kind in between does not.
// A run-in heading's marker before an earlier period's sentence leaves it the earlier period's.
TEST(MetricRoles, AnEarlierPeriodsSentenceAfterAHeadingMarker) {
  const auto bracketed = test::process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、工作\n（一）2023年排查218起，化解209起，化解率95.9%。");
  EXPECT_EQ(role_of(bracketed, "218起"), "previous");
  EXPECT_EQ(role_of(bracketed, "209起"), "previous");
  const auto numbered = test::process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、工作\n2、2023年排查218起，化解209起，化解率95.9%。");
  EXPECT_EQ(role_of(numbered, "209起"), "previous");
  EXPECT_EQ(role_of(numbered, "95.9%"), "previous");
  // A list number with a dot right before the year: no decimal is followed by 年.
  const auto dotted = test::process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、工作\n2.2023年受理行政处罚案件126件，2024年受理147件。");
  EXPECT_EQ(role_of(dotted, "126件"), "previous");
  EXPECT_EQ(by_text(dotted, "126件").indicator, "受理行政处罚案件");
  EXPECT_EQ(role_of(dotted, "147件"), "value");
}

TEST(MetricRoles, QizhongAfterAClauseWithoutFiguresListsThatClausesItems) {
  const auto d = run("承接上级下放事项62项，编制镇级履职事项清单，其中基本履职事项108项、配合履职事项73项。");
  EXPECT_EQ(role_of(d, "62项"), "value");
  EXPECT_EQ(role_of(d, "108项"), "value");
  const auto e = run("受理行政复议案件50件，同比增长25%，其中维持30件、撤销20件。");
  EXPECT_EQ(role_of(e, "30件"), "part 50件");
}

// 其中 after a clause with a figure whose subject is another sort of the total's things (行政许可类事项 after 政务服务
// 事项) breaks down that subject, whose count the report does not give: no part of the total. A clause naming the
// total again, or a change or a rate without a subject, leaves the listing to the total.
TEST(MetricRoles, QizhongAfterAClauseOfAnotherSubjectListsThatSubject) {
  const auto d = run("梳理依申请办理事项1856项，公共服务类事项即办率达75%，其中容缺受理事项1210项，占比68.42%。");
  EXPECT_EQ(role_of(d, "1856项"), "value");
  EXPECT_EQ(role_of(d, "1210项"), "value");
  const auto e = run("梳理依申请办理事项1856项，依申请办理事项即办率达75%，其中容缺受理事项1210项。");
  EXPECT_EQ(role_of(e, "1210项"), "part 1856项");
  const auto f = run("办理行政复议案件64件，同比增长8%，其中维持41件、撤销9件。");
  EXPECT_EQ(role_of(f, "41件"), "part 64件");
}

// A clause on what became of the whole total names nothing new: the listing after it is the total's.
TEST(MetricRoles, QizhongAfterAClauseOnTheWholeTotalListsTheTotal) {
  const auto d = run("受理行政许可申请2,964件，全部按时办结，其中食品经营许可1,587件、药品经营许可96件。");
  EXPECT_EQ(role_of(d, "1,587件"), "part 2,964件");
  EXPECT_EQ(role_of(d, "96件"), "part 2,964件");
}

// 其中 opening a sentence of its own breaks down a figure of the sentence before: the one whose indicator ends
// as the parts' do (案件), not the nearest figure of the same unit (结案198件).
TEST(MetricRoles, QizhongOpeningASentenceListsPartsOfTheFigureBefore) {
  const auto d =
      run("全年立案查处违法案件215件，同比增长12.6%，结案198件。其中，食品安全案件87件、价格违法案件64件、"
          "其他案件64件。");
  EXPECT_EQ(role_of(d, "215件"), "total");
  EXPECT_EQ(role_of(d, "198件"), "value");
  EXPECT_EQ(role_of(d, "87件"), "part 215件");
  EXPECT_EQ(role_of(d, "64件"), "part 215件");
  // The only figure of the parts' kind in the sentence before needs no shared ending.
  const auto single = run("开展普法活动12场，发放资料3000份。其中，线上5场，线下7场。");
  EXPECT_EQ(role_of(single, "12场"), "total");
  EXPECT_EQ(role_of(single, "5场"), "part 12场");
  // A part with a breakdown of its own stays the total of that breakdown.
  const auto nested = run("调解矛盾纠纷120件。其中，家庭纠纷50件（其中离婚纠纷20件），邻里纠纷70件。");
  EXPECT_EQ(role_of(nested, "50件"), "part 120件");
  EXPECT_EQ(role_of(nested, "20件"), "part 50件");
  EXPECT_EQ(role_of(nested, "70件"), "part 120件");
}

// A ； ends no matter: 其中 opening the next sentence breaks down the total before it, past clauses of money or a
// change, when the total is named as the parts are (案件) or is what they add up to.
TEST(MetricRoles, QizhongAfterASemicolonListsPartsOfTheTotalBeforeIt) {
  const auto d =
      run("全年共查处各类违法案件1,264件，同比增长7.2%，上年为1,179件；罚没款3,480万元，较上年的3,120万元增长11.5%。"
          "其中一般程序案件802件，简易程序案件462件。");
  EXPECT_EQ(role_of(d, "1,264件"), "total");
  EXPECT_EQ(role_of(d, "802件"), "part 1,264件");
  EXPECT_EQ(role_of(d, "462件"), "part 1,264件");
  // Several clauses of other figures, and a 其中 after a ； of its own.
  const auto clauses = run("审结行政诉讼案件38件；涉案金额156万元；同比下降3.5%；其中一审案件30件、二审案件8件。");
  EXPECT_EQ(role_of(clauses, "38件"), "total");
  EXPECT_EQ(role_of(clauses, "30件"), "part 38件");
  EXPECT_EQ(role_of(clauses, "8件"), "part 38件");
  // Parts named otherwise than the total are its parts when they add up to it.
  const auto summed = run("受理行政复议案件24件；罚没款15万元。其中维持16件，撤销8件。");
  EXPECT_EQ(role_of(summed, "16件"), "part 24件");
  EXPECT_EQ(role_of(summed, "8件"), "part 24件");
  // Parts that exceed the total are linked, so that part-exceeds-total can say so.
  const auto wrong = run("全年共查处各类违法案件1,264件；罚没款3,480万元。其中一般程序案件902件，简易程序案件462件。");
  EXPECT_EQ(role_of(wrong, "902件"), "part 1,264件");
}

TEST(MetricRoles, QizhongAfterASemicolonLeavesOtherMattersAlone) {
  // The clause right before the 其中 sentence holds a figure of the parts' kind: it is theirs, not the one before
  // the ；.
  const auto nearer = run("受理行政复议案件12件；开展普法活动30场。其中线上10场，线下20场。");
  EXPECT_EQ(role_of(nearer, "10场"), "part 30场");
  EXPECT_EQ(role_of(nearer, "12件"), "value");
  const auto same_unit = run("受理投诉举报1,520件；查办违法案件236件。其中一般程序案件150件，简易程序案件86件。");
  EXPECT_EQ(role_of(same_unit, "150件"), "part 236件");
  EXPECT_EQ(role_of(same_unit, "1,520件"), "value");
  // A clause without figures names what the listing may be of: not crossed.
  const auto figureless = run("查办违法案件215件；持续加强执法监督。其中一般程序案件120件，简易程序案件95件。");
  EXPECT_EQ(role_of(figureless, "120件"), "value");
  EXPECT_EQ(role_of(figureless, "215件"), "value");
  // Across a ；, a total named otherwise that the parts do not add up to is not assumed.
  const auto unnamed = run("受理行政复议案件24件；罚没款15万元。其中维持16件，撤销5件。");
  EXPECT_EQ(role_of(unnamed, "16件"), "value");
  EXPECT_EQ(role_of(unnamed, "24件"), "value");
  // Another paragraph is another matter still.
  const auto apart = run("查办违法案件215件；罚没款86万元。\n其中一般程序案件120件，简易程序案件95件。");
  EXPECT_EQ(role_of(apart, "120件"), "value");
}

// The one figure of the clause right before names nothing the parts' names share, and a clause before its ； names
// them: the parts are of that one. Parts named as the nearer figure, or as neither, stay with the nearer one.
TEST(MetricRoles, QizhongGoesPastANearerTotalOfAnotherKindToOneNamedAsItsParts) {
  const auto farther = run("调解矛盾纠纷86件；办理公证2,150件。其中婚姻家庭纠纷30件，邻里纠纷41件。");
  EXPECT_EQ(role_of(farther, "30件"), "part 86件");
  EXPECT_EQ(role_of(farther, "41件"), "part 86件");
  EXPECT_EQ(role_of(farther, "2,150件"), "value");
  const auto nearer = run("调解矛盾纠纷86件；办理公证2,150件。其中涉外公证30件。");
  EXPECT_EQ(role_of(nearer, "30件"), "part 2,150件");
  const auto neither = run("调解矛盾纠纷86件；办理公证2,150件。其中线上办理1,200件。");
  EXPECT_EQ(role_of(neither, "1,200件"), "part 2,150件");
  // Two earlier figures named as the parts: which one is unclear, so the nearer stays.
  const auto two = run("调解矛盾纠纷86件，化解矛盾纠纷84件；办理公证2,150件。其中婚姻家庭纠纷30件。");
  EXPECT_EQ(role_of(two, "30件"), "part 2,150件");
}

TEST(MetricRoles, QizhongOpeningASentenceLinksNothingWhenTheTotalIsUnclear) {
  // Two figures of the kind before, neither named like the parts.
  const auto two = run("受理120件，办结115件。其中，婚姻家庭40件，邻里35件。");
  EXPECT_EQ(role_of(two, "40件"), "value");
  EXPECT_EQ(role_of(two, "120件"), "value");
  // Another paragraph is another matter.
  const auto apart = run("调解纠纷86起。\n其中，家庭纠纷30起，邻里纠纷28起。");
  EXPECT_EQ(role_of(apart, "30起"), "value");
  // Not a breakdown of anything before: no figure of its kind there.
  const auto unrelated = run("培训干部3次。其中，参训人员200人次。");
  EXPECT_EQ(role_of(unrelated, "200人次"), "value");
}

TEST(MetricRoles, BaokuoListsParts) {
  const auto d = run("共开展普法活动12场，包括法治讲座5场、送法下乡7场。");
  EXPECT_EQ(role_of(d, "12场"), "total");
  EXPECT_EQ(role_of(d, "5场"), "part 12场");
  EXPECT_EQ(role_of(d, "7场"), "part 12场");
}

// Events counted by 场 and 场次 are of one kind in a listing.
TEST(MetricRoles, AListingMayMixChangAndChangci) {
  const auto d = run("全年开展普法活动640场次，其中“送法进企业”活动52场、“宪法宣传周”集中宣传活动18场。");
  EXPECT_EQ(role_of(d, "640场次"), "total");
  EXPECT_EQ(role_of(d, "52场"), "part 640场次");
  EXPECT_EQ(role_of(d, "18场"), "part 640场次");
  // Not another unit of events: people reached are no events.
  const auto people = run("全年开展普法活动640场次，其中受教育群众3,200人次。");
  EXPECT_EQ(role_of(people, "3,200人次"), "value");
}

// The largest or smallest single item is no part of the total it is picked out of.
TEST(MetricRoles, TheLargestSingleItemIsNoPart) {
  const auto d = run("全年罚没款总额为318.6万元，同比减少9.2%，其中单笔最高罚款8万元。");
  EXPECT_EQ(role_of(d, "8万元"), "value");
  // Also in a clause of its own after ；其中， and whatever the item is (单起, 单家).
  const auto own_clause =
      run("罚款共计8.72万元，较上年的6.4万元增加36.3%；其中，单起最高罚款1万元。罚没款共计40万元；"
          "其中，单家企业最高罚款6万元。");
  EXPECT_EQ(role_of(own_clause, "1万元"), "value");
  EXPECT_EQ(role_of(own_clause, "6万元"), "value");
  // The parts of such a sentence stay parts.
  const auto parts = run("罚款共计12万元；其中，个体户罚款4万元，企业罚款8万元。");
  EXPECT_EQ(role_of(parts, "4万元"), "part 12万元");
  EXPECT_EQ(role_of(parts, "8万元"), "part 12万元");
  const auto shares = run("全年罚没款318.6万元，其中食品安全领域罚没款120.5万元、药品领域罚没款46万元。");
  EXPECT_EQ(role_of(shares, "120.5万元"), "part 318.6万元");
  const auto largest = run("调解矛盾纠纷120件，其中最多的是婚姻家庭纠纷41件、邻里纠纷33件。");
  EXPECT_EQ(role_of(largest, "41件"), "part 120件");
}

TEST(MetricRoles, FenbieweiListsParts) {
  const auto d = run("办理法律援助案件9件，分别为民事案件6件、刑事案件3件。");
  EXPECT_EQ(role_of(d, "9件"), "total");
  EXPECT_EQ(role_of(d, "6件"), "part 9件");
  EXPECT_EQ(role_of(d, "3件"), "part 9件");
}

TEST(MetricRoles, ZhanAfterAGongTotalIsAShare) {
  const auto d = run("全镇共有网格员50人，女性占30人，党员占比60%。");
  EXPECT_EQ(role_of(d, "50人"), "total");
  EXPECT_EQ(role_of(d, "30人"), "part 50人");
  EXPECT_EQ(role_of(d, "60%"), "rate 50人");
}

TEST(MetricRoles, ARateNamesTheCountsItIsComputedFrom) {
  const auto d = run("共排查纠纷205宗，成功化解198宗，化解率96.6%。");
  EXPECT_EQ(role_of(d, "205宗"), "total");
  EXPECT_EQ(role_of(d, "198宗"), "part 205宗");
  EXPECT_EQ(role_of(d, "96.6%"), "rate 205宗");
}

// A share of a time limit, or a bound, is no rate of the counts before it, whatever their arithmetic: 24 of 60
// licences is 40%, but the 40% is of the legal time limit.
TEST(MetricRoles, AShareOfATimeOrABoundIsNoRateOfCounts) {
  const auto limit =
      run("全年办理行政许可2,150件，其中建设工程许可60件、排污许可1,990件、取水许可24件、其他许可76件。"
          "承诺时限压缩至法定时限的40%以内，群众满意率99.2%。");
  EXPECT_EQ(role_of(limit, "40%以内"), "rate");
  EXPECT_EQ(role_of(limit, "24件"), "part 2,150件");
  const auto time = run("全年受理不动产登记60件，当场办结24件。平均办理时间压缩至法定时间的40%。");
  EXPECT_EQ(role_of(time, "40%"), "rate");
  const auto bound = run("全年受理政务服务事项1,250件，其中即办件500件。群众投诉率控制在40%以下。");
  EXPECT_EQ(role_of(bound, "40%以下"), "rate");
  // A rate named by what it counts is still linked by its arithmetic, in its sentence or the one before.
  const auto counted = run("受理行政复议案件60件，纠错24件，纠错率40%。");
  EXPECT_EQ(role_of(counted, "40%"), "rate 60件");
  const auto before = run("全年受理不动产登记60件，当场办结24件。当场办结率40%。");
  EXPECT_EQ(role_of(before, "40%"), "rate 60件");
}

TEST(MetricRoles, FiguresTheTextDoesNotRelateStayValues) {
  const auto d = run("平安小区5个,其中重点创建点1个;平安村庄190个。化解率93%。");
  EXPECT_EQ(role_of(d, "5个"), "total");
  EXPECT_EQ(role_of(d, "1个"), "part 5个");
  EXPECT_EQ(role_of(d, "190个"), "value");
  EXPECT_EQ(role_of(d, "93%"), "rate");  // no counts it is computed from
}

TEST(MetricRoles, NestedBreakdownsNameTheirOwnTotal) {
  const auto d = run("调解民间纠纷694件，其中重大疑难纠纷9件（其中防止民转刑1件）。");
  EXPECT_EQ(role_of(d, "9件"), "part 694件");
  EXPECT_EQ(role_of(d, "1件"), "part 9件");
}

// A bracket that lists nothing (what the total includes, an earlier year's figure) leaves the listing after it to
// the total: the bracket's figure is no total of a listing past its bracket.
TEST(MetricRoles, AListingAfterABracketThatListsNothingIsTheTotals) {
  const auto d = run("全年审结复议案件9件（含上年结转3件），其中维持6件、撤销2件、确认违法1件。");
  EXPECT_EQ(role_of(d, "9件"), "total");
  EXPECT_EQ(role_of(d, "6件"), "part 9件");
  EXPECT_EQ(role_of(d, "1件"), "part 9件");
  EXPECT_NE(role_of(d, "3件"), "total");
  const auto earlier = run("办理援助案件40件（2023年为36件），其中刑事案件15件、民事案件25件。");
  EXPECT_EQ(role_of(earlier, "15件"), "part 40件");
  EXPECT_NE(role_of(earlier, "36件"), "total");
  // A bracket that lists is the breakdown, as before.
  const auto listed = run("受理纠纷30件（其中婚姻纠纷12件），化解29件。");
  EXPECT_EQ(role_of(listed, "12件"), "part 30件");
}

// 泥城镇: 626 received, 618 settled (98.72% of 626), 161 of those by two mediation rooms.
TEST(MetricRoles, NichengsMediationFiguresAsTheTextStatesThem) {
  const auto d = test::process_with_default_pipeline(test::kTestData / "reports" / "001_45bb725d25c6ce65.txt");
  EXPECT_EQ(role_of(d, "626件"), "total");
  EXPECT_EQ(role_of(d, "618件"), "part 626件");
  EXPECT_EQ(role_of(d, "161件"), "part 618件");
  EXPECT_EQ(role_of(d, "达98.72%"), "rate 626件");
  std::set<std::string> ids;
  for (const auto& metric : d.metrics) EXPECT_TRUE(ids.insert(metric.id).second) << metric.id;
}

// 有行政复议案件4件，撤销1件，维持3件: counts right after a count, each alone in a clause opening with what the items
// came to, are its parts when they add up to it; without the sum, or with a second step of the same items (调解18件，
// 调解成功12件), they stay values.
TEST(MetricRoles, DecisionsRightAfterACountThatAddUpToItAreItsParts) {
  const auto d = run("全年办理行政复议案件6件，维持4件，撤销2件；行政应诉案件5件，胜诉3件，另2件尚在审理中。");
  EXPECT_EQ(role_of(d, "6件"), "total");
  EXPECT_EQ(role_of(d, "4件"), "part 6件");
  EXPECT_EQ(role_of(d, "2件"), "part 6件");
  EXPECT_EQ(role_of(d, "5件"), "total");
  EXPECT_EQ(role_of(d, "3件"), "part 5件");
  const auto short_of_the_sum = run("办理行政复议案件7件，维持3件，撤销2件。");
  EXPECT_EQ(role_of(short_of_the_sum, "7件"), "value");
  EXPECT_EQ(role_of(short_of_the_sum, "3件"), "value");
  const auto a_stage_between = run("受理行政复议申请12件，审结10件，维持2件。");
  EXPECT_EQ(role_of(a_stage_between, "2件"), "value");
  // 另 alone adds other things (cases of other kinds), whatever they add up to; after a decision it is the rest.
  const auto other_kinds = run("全年受理行政复议案件6件，另受理行政诉讼案件3件，另办理国家赔偿案件3件。");
  EXPECT_EQ(role_of(other_kinds, "6件"), "value");
  EXPECT_EQ(role_of(other_kinds, "3件"), "value");
}

}  // namespace
}  // namespace docpipe
