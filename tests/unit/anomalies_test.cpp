// analysis.anomalies: each rule with a case it must flag and a case it must not.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "anomaly_findings.hpp"
#include "docpipe/document_summary.hpp"
#include "docpipe/text.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using test::findings;
using ::testing::Contains;
using ::testing::Each;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;
using ::testing::StartsWith;

// A report with every required part, so that only the rule under test speaks.
std::string report(const std::string& achievements, const std::string& extra_parts = "",
                   const std::string& closing = "") {
  return "关于2024年度法治政府建设情况的报告\n一、2024年主要举措和成效\n" + achievements +
         "\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足和原因\n正文。\n"
         "四、2025年工作计划\n正文。" +
         extra_parts + closing;
}

const Anomaly* first(const Document& document, const std::string& rule) {
  for (const auto& a : document.anomalies) {
    if (a.rule == rule) return &a;
  }
  return nullptr;
}

TEST(PartExceedsTotal, PartsAddingUpToMoreThanTheTotalAreAnError) {
  EXPECT_THAT(findings(report("共调解纠纷120件，其中口头调解82件，协议调解48件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("共调解纠纷120件(其中口头调解82件,协议调解48件)。")),
              ElementsAre("part-exceeds-total error"));
}

// Parts of which one is a kind of another, or a later stage of the same cases, are no breakdown to add up; a
// breakdown of one kind or one stage still is.
TEST(PartExceedsTotal, NestedKindsAndStagesOfCasesAreNotAddedUp) {
  EXPECT_THAT(findings(report("报批建设用地面积386.5公顷，其中农用地312.7公顷、耕地96.4公顷。")), IsEmpty());
  EXPECT_THAT(findings(report("收到行政复议申请57件，其中受理52件、审结48件、纠错9件。")), IsEmpty());
  EXPECT_THAT(findings(report("审结行政复议案件50件，其中维持32件、撤销12件、驳回9件。")),
              ElementsAre("part-exceeds-total error"));
  // One stage each part, the first its name holds: 调解结案 and 判决结案 are both concluded.
  EXPECT_THAT(findings(report("审结行政复议案件50件，其中作出维持决定32件、撤销决定12件、驳回决定9件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("审结民事纠纷案件40件，其中调解结案20件、判决结案25件。")),
              ElementsAre("part-exceeds-total error"));
}

// Parts naming no stage that add up exactly to a count their sentence gives before the total they follow break that
// count down (procedures split the cases filed, not those concluded); parts named by a stage stay of their stage.
TEST(PartExceedsTotal, PartsAddingUpToAnEarlierCountOfTheSentenceBreakThatDown) {
  EXPECT_THAT(
      findings(report("全年立案查处违法案件148件，结案141件，罚没款96.3万元，其中适用简易程序61件、普通程序87件。")),
      IsEmpty());
  EXPECT_THAT(findings(report("受理消费投诉210件，办结204件，其中食品类96件、服务类114件。")), IsEmpty());
  // The sum equal to no earlier count, or parts at the total's stage: still flagged.
  EXPECT_THAT(findings(report("全年立案查处违法案件148件，结案141件，其中适用简易程序61件、普通程序90件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("受理民事纠纷案件45件，审结40件，其中调解结案20件、判决结案25件。")),
              ElementsAre("part-exceeds-total error"));
  // Penalties are a decision's outcomes: of the cases decided, whatever the count filed happens to equal.
  EXPECT_THAT(findings(report("立案查处违法案件120件，办结100件，其中警告60件、罚款60件。")),
              ElementsAre("part-exceeds-total error"));
}

// Cases by their type and by whom they served overlap (a minor's case is civil or criminal too).
TEST(PartExceedsTotal, CaseTypesBesideTheGroupsServedAreNotAddedUp) {
  EXPECT_THAT(findings(report("受理法律援助案件86件，其中民事案件61件、刑事案件25件、未成年人案件12件。")), IsEmpty());
  EXPECT_THAT(findings(report("受理法律援助案件120件，其中民事案件80件、刑事案件40件、残疾人案件9件。")), IsEmpty());
  EXPECT_THAT(findings(report("受理法律援助案件86件，其中民事案件61件、刑事案件30件。")),
              ElementsAre("part-exceeds-total error"));
}

// A table's total after its rows sums them whatever their share; a 件数 header names the unit.
TEST(PartExceedsTotal, ATotalRowShortOfItsRowsIsAnErrorWhateverTheShare) {
  EXPECT_THAT(findings(report("（一）执法\n类别\t件数\n河道采砂\t12\n水资源\t9\n合计\t30")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("（一）执法\n项目\t数量\n森林火灾案件（件）\t12\n盗伐林木案件（件）\t9\n合计（件）\t21")),
              IsEmpty());
}

// A total split into two complementary halves (线上/线下, 城区/农村, 男/女) that add up to it exactly, beside parts of
// another dimension (an audience, a place): the halves are one breakdown, the rest is checked on its own.
TEST(PartExceedsTotal, ComplementaryHalvesAddingUpToTheTotalLeaveTheRestToItsOwnDimension) {
  EXPECT_THAT(findings(report("全年举办普法宣传活动326场次，其中线上112场次、线下214场次、进企业87场次。")), IsEmpty());
  EXPECT_THAT(findings(report("开展法治讲座58场，其中城区21场、农村37场，进校园16场、进社区12场。")), IsEmpty());
  EXPECT_THAT(findings(report("新招募法律明白人240名，其中男135名、女105名，村（社区）干部98名。")), IsEmpty());
  // Penalty cases split by procedure, beside a stage some of them reached.
  EXPECT_THAT(findings(report("全年立案查处违法案件260件（其中简易程序75件，普通程序185件、撤销立案6件）。")),
              IsEmpty());
  EXPECT_THAT(findings(report("办理行政处罚案件52件，其中一般程序40件、简易程序12件，移送司法机关3件。")), IsEmpty());
  // The rest is still an error when it alone is more than the total.
  const auto over = test::process_text_with_default_pipeline(
      report("全年举办普法宣传活动326场次，其中线上112场次、线下214场次、进企业215场次、进学校160场次。"));
  const Anomaly* anomaly = first(over, "part-exceeds-total");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "另一口径的分项之和375场次超过总数326场次");
  EXPECT_EQ(anomaly->evidence, "总数326场次；分项215场次、160场次");
}

// Halves that do not add up to the total, and parts that are no complementary pair however they add up, keep the
// listing one breakdown.
TEST(PartExceedsTotal, PartsAddingUpToTheTotalWithoutComplementaryNamesStayOneBreakdown) {
  EXPECT_THAT(findings(report("受理案件30件，其中民事10件、刑事20件、行政5件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("全年举办普法宣传活动326场次，其中线上112场次、线下200场次、进企业87场次。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("办理公证事项410件，其中国内公证260件、涉外公证150件、赋强公证35件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("开展法治讲座58场，其中城区21场、农村40场。")), ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("全年立案查处违法案件260件（其中简易程序75件，普通程序190件、撤销立案6件）。")),
              ElementsAre("part-exceeds-total error"));
}

// 件, 宗 and 起 count the same cases: a breakdown that mixes them is added up whole.
TEST(PartExceedsTotal, CasesCountedInJianZongAndQiAreOneKind) {
  EXPECT_THAT(findings(report("查处违法案件250件。其中，食品安全案件173件、药品案件46宗、价格违法案件31起。")),
              IsEmpty());
  EXPECT_THAT(findings(report("查处违法案件240件。其中，食品安全案件173件、药品案件46宗、价格违法案件31起。")),
              ElementsAre("part-exceeds-total error"));
  // 项 and 件 count the same matters.
  EXPECT_THAT(findings(report("梳理行政权力事项441项，其中行政许可28项、行政处罚342项、行政强制32项、行政奖励16项、"
                              "行政确认5项、行政征收4件、行政裁决3项、其他权力11项。")),
              IsEmpty());
}

// Items set apart by 、 end at the next ，: what follows is a clause of its own, not more parts.
TEST(PartExceedsTotal, AListingOfEnumeratedItemsEndsWhereItsSeparatorChanges) {
  EXPECT_THAT(findings(report("受理行政诉讼案件12件，其中一审10件、二审2件，已审结11件，败诉2件。")), IsEmpty());
  EXPECT_THAT(findings(report("受理行政诉讼案件12件，其中一审10件、二审3件，已审结11件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("共调解纠纷120件，其中口头调解82件，协议调解48件。")),
              ElementsAre("part-exceeds-total error"));
  // A thousands separator is no clause; 其余 after a ，is the listing's last item.
  EXPECT_THAT(findings(report("受理热线工单2,318件，其中咨询类846件、投诉类1,102件、求助类370件，全部按时办结。")),
              IsEmpty());
  EXPECT_THAT(findings(report("审结165件，其中维持118件、撤销14件、确认违法9件、责令履行6件，其余18件经调解后终止。")),
              IsEmpty());
  // Groups picked out of a total (less than three quarters of it) are no incomplete breakdown; a smaller gap is.
  EXPECT_THAT(findings(report("办理法律援助案件542件，其中为农民工提供法律援助125件、为残疾人提供法律援助38件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("办理行政处罚案件2.91万件，其中市场监管领域8,762件、生态环境领域1,943件、交通运输领域4,"
                              "120件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("办理行政处罚案件156件，其中一般程序38件、简易程序109件。")),
              ElementsAre("part-exceeds-total warning"));
}

TEST(PartExceedsTotal, APartsSentenceAfterItsTotalIsAddedUpToo) {
  const auto d = test::process_text_with_default_pipeline(
      report("全年立案查处违法案件215件，结案198件。其中，食品安全案件87件、价格违法案件74件、其他案件64件。"));
  const Anomaly* a = first(d, "part-exceeds-total");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->severity, Severity::error);
  EXPECT_THAT(a->message, HasSubstr("分项之和225件超过总数215件"));
  // The span runs from the total to the end of the parts' sentence.
  EXPECT_EQ(a->evidence, "总数215件；分项87件、74件、64件");
  const std::u32string text = decode_utf8(d.text);
  EXPECT_EQ(text.substr(a->end - 3, 3), U"64件");
  EXPECT_THAT(findings(report(
                  "全年立案查处违法案件215件，结案198件。其中，食品安全案件87件、价格违法案件64件、其他案件64件。")),
              IsEmpty());
}

TEST(PartExceedsTotal, AnExhaustiveListingShortOfTheTotalIsAWarning) {
  EXPECT_THAT(findings(report("共调解纠纷120件，其中口头调解62件，协议调解38件。")),
              ElementsAre("part-exceeds-total warning"));
  // Unless a rate right after the parts says they are what was concluded of it, the rest still open.
  EXPECT_THAT(findings(report("受理劳动争议案件96件，其中调解结案60件，裁决结案30件，结案率93.8%。")), IsEmpty());
  EXPECT_THAT(findings(report("受理劳动争议案件96件，其中调解结案60件，裁决结案30件，结案率98.5%。")),
              Contains("part-exceeds-total warning"));
}

// Standing bodies are listed by their main tiers and kinds, the few others left unsaid: a listing of most of them is
// no incomplete listing, a near miss still is.
TEST(PartExceedsTotal, StandingBodiesListedByTheirMainTiersAreNoIncompleteListing) {
  EXPECT_THAT(findings(report("全县共有各类人民调解组织3183个，其中村（社区）调委会2660个，乡镇（街道）调委会162个，"
                              "个人调解工作室45个。")),
              IsEmpty());
  EXPECT_THAT(
      findings(report("全市共设立人民调解委员会2.1万个，其中村（居）调委会1.77万个，乡镇（街道）调委会1550个。")),
      IsEmpty());
  EXPECT_THAT(findings(report("全市共有人民调解委员会1127个，其中村（居）民调委会972个、乡镇（街道）调委会49个、"
                              "企事业单位调委会81个、交通事故调委会6个、医疗纠纷调委会2个。")),
              ElementsAre("part-exceeds-total warning"));
  // Deeds and items handled are still expected to add up from three quarters on.
  EXPECT_THAT(findings(report("全年受理法律援助案件200件，其中民事案件120件，刑事案件62件。")),
              ElementsAre("part-exceeds-total warning"));
  // Centres listed by their levels are all of them (R12).
  EXPECT_THAT(findings(report("全县建成公共法律服务中心20个，其中县级中心1个，乡镇（街道）工作站17个。")),
              ElementsAre("part-exceeds-total warning"));
}

// The bodies are what the total's name ends with once words saying they exist or how many there are are set aside;
// organisations and committees of other kinds than mediation's are listed by all their kinds.
TEST(PartExceedsTotal, StandingBodiesAreKnownByTheirNounAndMediationsOwn) {
  EXPECT_THAT(
      findings(report("榆城市人民调解委员会已建成2180个，其中村（社区）调委会1862个、乡镇（街道）调委会143个。")),
      IsEmpty());
  EXPECT_THAT(findings(report("青石县调解组织总数218个，其中村（社区）调委会180个、乡镇（街道）调委会16个。")),
              IsEmpty());
  EXPECT_THAT(findings(report("青石县共有社会组织320个，其中社会团体120个、民办非企业单位150个、基金会20个。")),
              ElementsAre("part-exceeds-total warning"));
  EXPECT_THAT(findings(report("青石县共有基层党组织300个，其中党委20个、党总支30个、党支部230个。")),
              ElementsAre("part-exceeds-total warning"));
  EXPECT_THAT(findings(report("青石县共有村（居）民委员会218个，其中村民委员会180个，居民委员会20个。")),
              ElementsAre("part-exceeds-total warning"));
}

TEST(PartExceedsTotal, ConsistentOpenOrApproximateListingsAreNotFlagged) {
  EXPECT_THAT(findings(report("共调解纠纷120件(其中口头调解82件,协议调解38件)。")), IsEmpty());
  EXPECT_THAT(findings(report("共调解纠纷120件，其中口头调解62件、协议调解38件等。")), IsEmpty());
  EXPECT_THAT(findings(report("共接处警情620起，其中有效警情581起。")), IsEmpty());
  EXPECT_THAT(findings(report("共调解纠纷120余件，其中口头调解82件，协议调解48件。")), IsEmpty());
  EXPECT_THAT(findings(report("目前有矫正人员4名，其中缓刑3人，管制1人。")), IsEmpty());
  // A figure nested one bracket deeper belongs to its part.
  EXPECT_THAT(findings(report("调解民间纠纷694件，其中重大疑难纠纷9件（其中防止民转刑1件）。")), IsEmpty());
  // Items after a semicolon are not parts of the total before it.
  EXPECT_THAT(findings(report("平安小区5个,其中重点创建点1个;平安村庄190个。")), IsEmpty());
}

// Traits of one group of people overlap: mediators who are full-time, women or party members are no breakdown.
TEST(PartExceedsTotal, OverlappingTraitsOfOneGroupAreNoBreakdown) {
  EXPECT_THAT(findings(report("人民调解员86名，其中专职调解员12名，女性调解员31名，党员调解员52名。")), IsEmpty());
  EXPECT_THAT(findings(report("共有执法人员132人（其中持证128人，具有法律职业资格21人）。")), IsEmpty());
  // A people is a trait, as sex is.
  EXPECT_THAT(findings(report("全乡共有法律明白人96名，其中彝族71名，女性34名。")), IsEmpty());
  // Traits of one family do split the group.
  EXPECT_THAT(findings(report("人民调解员86名，其中专职调解员52名，兼职调解员42名。")),
              ElementsAre("part-exceeds-total error"));
}

// A trait written into the group's noun (女调解员, 党员律师, 苗族调解员) is the trait still.
TEST(PartExceedsTotal, TraitsWrittenIntoTheNounAreTraits) {
  EXPECT_THAT(findings(report("全乡人民调解员64名，其中瑶族42名、女调解员19名。")), IsEmpty());
  EXPECT_THAT(findings(report("全乡人民调解员64名，其中苗族调解员42名、女性19名。")), IsEmpty());
  EXPECT_THAT(findings(report("全县执业律师212名，其中党员律师131名、女律师78名。")), IsEmpty());
  EXPECT_THAT(findings(report("全乡人民调解员64名，其中女调解员19名、党员调解员40名。")), IsEmpty());
  // One trait's values do split the group.
  EXPECT_THAT(findings(report("全乡人民调解员64名，其中女调解员30名、男调解员40名。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("全乡人民调解员64名，其中瑶族调解员30名、苗族调解员40名。")),
              ElementsAre("part-exceeds-total error"));
}

// Service modes and designations are attributes a matter, a firm or a field may hold several of at once: such
// parts are no breakdown to add up.
TEST(PartExceedsTotal, ServiceModesAndDesignationsAreAttributesNotABreakdown) {
  EXPECT_THAT(findings(report("依申请政务服务事项2,184项，其中“一网通办”事项2,106项、“跨省通办”事项231项。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年办理政务服务事项6.35万件，其中“一件事一次办”事项2.14万件、“跨省通办”事项0.41万件、"
                              "网上办理5.87万件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("县级保留行政许可事项312项，其中实行告知承诺制事项58项、实现全程网办事项287项。")),
              IsEmpty());
  EXPECT_THAT(findings(report("依申请政务服务事项1,032项，其中“最多跑一次”事项1,032项、“全程网办”事项946项。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全镇耕地面积8.6万亩，其中水田5.2万亩、高标准农田6.1万亩。")), IsEmpty());
  // Designations picked out of a total are no complete listing either.
  EXPECT_THAT(findings(report("全县规上工业企业186家，其中高新技术企业121家、专精特新“小巨人”企业27家。")), IsEmpty());
  EXPECT_THAT(findings(report("全县规上工业企业186家，其中国有企业21家、民营企业142家。")),
              ElementsAre("part-exceeds-total warning"));
  // Matters done online beside those done at the window split the total: no attribute.
  EXPECT_THAT(findings(report("全年办理政务服务事项500件，其中网上办理320件、窗口办理200件。")),
              ElementsAre("part-exceeds-total error"));
}

// A bracket on what the total includes (上年结转) sits between the total and its listing: the listing breaks down
// the total, and is checked against it, not against the bracket's figure.
TEST(PartExceedsTotal, AListingAfterABracketOnWhatTheTotalIncludesIsTheTotals) {
  EXPECT_THAT(findings(report("全年审结复议案件9件（含上年结转3件），其中维持6件、撤销2件、确认违法1件。")), IsEmpty());
  EXPECT_THAT(findings(report("全年审结复议案件9件（含上年结转3件），其中维持6件、撤销3件、确认违法1件。")),
              ElementsAre("part-exceeds-total error"));
}

// One piece of information goes out on several channels: the channels it was published in overlap. Items received
// through a channel each came in one way, and still add up.
TEST(PartExceedsTotal, ChannelsAnItemWasPublishedInOverlap) {
  EXPECT_THAT(findings(report("全年主动公开政府信息412条，其中通过门户网站公开386条、政务新媒体发布298条。")),
              IsEmpty());
  EXPECT_THAT(findings(report("受理群众诉求500件，其中12345热线转办320件、网站留言210件。")),
              ElementsAre("part-exceeds-total error"));
  // 政府信息公开申请 names the matter: applications sent through a website were sent once.
  EXPECT_THAT(findings(report("受理政府信息公开申请40件，其中通过网站提交公开申请25件、当面提交申请20件。")),
              ElementsAre("part-exceeds-total error"));
}

// A listing that goes on with items counted in other units (…52份、…26场) holds more of the total than the parts of
// its unit: those alone falling short of it is no incomplete listing. Going over it still is.
TEST(PartExceedsTotal, ItemsOfOtherUnitsInTheListingAreItemsOfTheTotalToo) {
  EXPECT_THAT(
      findings(report("法律顾问全年提供服务692次，其中法律咨询518次、参与调解96次、审核合同52份、法治讲座26场。")),
      IsEmpty());
  EXPECT_THAT(findings(report("法律顾问全年提供服务692次，其中法律咨询518次、参与调解96次。")),
              ElementsAre("part-exceeds-total warning"));
  EXPECT_THAT(findings(report("法律顾问全年提供服务692次，其中法律咨询618次、参与调解96次、审核合同52份。")),
              ElementsAre("part-exceeds-total error"));
  // Money and the firms a count involves are the items' attributes, not items of their own.
  EXPECT_THAT(findings(report("办理行政处罚案件120件，其中一般程序案件80件、简易程序案件20件、罚没款50万元。")),
              ElementsAre("part-exceeds-total warning"));
  EXPECT_THAT(findings(report("办理行政处罚案件120件，其中一般程序案件80件、简易程序案件20件、涉及企业35家。")),
              ElementsAre("part-exceeds-total warning"));
}

// Thresholds of one direction are nested (5亿元以上 holds 10亿元以上); a band beside a threshold is not.
TEST(PartExceedsTotal, NestedThresholdsAreNoBreakdown) {
  EXPECT_THAT(findings(report("全年新签约招商项目45个，其中5亿元以上项目31个、10亿元以上项目12个。")), IsEmpty());
  EXPECT_THAT(findings(report("查处违法案件20件，其中罚没款1万元以上5万元以下12件、5万元以上10件。")),
              ElementsAre("part-exceeds-total error"));
}

// Kinds beside attributes are still added up, and breakdowns by kind (a procedure, a type of case, of dispute, the
// halves online and offline) are checked as before.
TEST(PartExceedsTotal, KindsBesideAttributesAndBreakdownsByKindAreStillAddedUp) {
  const auto over = test::process_text_with_default_pipeline(
      report("办理公证事项50件，其中“最多跑一次”事项50件、国内公证32件、涉外公证21件。"));
  // A part equal to the total is no attribute by that alone.
  EXPECT_THAT(findings(report("审结行政复议案件3件，其中维持3件、撤销1件。")), ElementsAre("part-exceeds-total error"));
  const Anomaly* anomaly = first(over, "part-exceeds-total");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "分项之和53件超过总数50件");
  EXPECT_EQ(anomaly->evidence, "总数50件；分项32件、21件");
  EXPECT_THAT(findings(report("办理政务服务事项4,720件，其中网上办理3,000件、线下办理1,800件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("办理法律援助案件2,364件，其中民事案件1,702件、刑事案件618件、行政案件96件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("办理行政处罚案件412件，其中一般程序案件286件、简易程序案件141件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("调解矛盾纠纷96件，其中婚姻家庭纠纷58件、邻里纠纷43件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("受理法律援助申请368件，其中线上申请152件、线下申请221件。")),
              ElementsAre("part-exceeds-total error"));
}

// Parts given with their shares are the largest groups picked out, not the whole.
TEST(PartExceedsTotal, PartsGivenWithTheirSharesAreNoCompleteListing) {
  EXPECT_THAT(findings(report("受理投诉举报6,318件，其中网络购物类2,431件，占比38.5%，食品类1,267件，占比20.1%。")),
              IsEmpty());
}

// A total after its parts (a table's 合计 row) adds up what was listed: falling short of it is an error too.
TEST(PartExceedsTotal, ATotalRowThePartsFallShortOfIsAnError) {
  const auto table = test::process_text_with_default_pipeline(
      report("单位：件\n乡镇\t受理纠纷\n城关镇\t212\n石门镇\t135\n河口镇\t98\n合计\t455\n"));
  const Anomaly* anomaly = first(table, "part-exceeds-total");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->severity, Severity::error);
  EXPECT_EQ(anomaly->message, "分项之和445件与其后的合计455件不符");
}

// Cells under a 万元 unit are written in 万元 in the message, as the table writes them.
TEST(PartExceedsTotal, ATablesSumsAreWrittenInTheTablesUnit) {
  const auto table = test::process_text_with_default_pipeline(
      report("单位：万元\n项目\t投入资金\n法治宣传\t2,640.5\n法律援助\t1,480.3\n合计\t4,200.8\n"));
  const Anomaly* anomaly = first(table, "part-exceeds-total");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "分项之和4120.8万元与其后的合计4200.8万元不符");
}

// Each year's column of a table is checked against its 合计: the earlier year's too, said to be that year's.
TEST(PartExceedsTotal, EachYearsColumnIsCheckedAgainstItsTotal) {
  EXPECT_THAT(findings(report("单位：件\n项目\t2023年\t2024年\n行政处罚\t54\t61\n行政许可\t230\t268\n"
                              "合计\t284\t329\n")),
              IsEmpty());
  const auto earlier = test::process_text_with_default_pipeline(
      report("单位：件\n项目\t2023年\t2024年\n行政处罚\t54\t61\n行政许可\t230\t268\n合计\t288\t329\n"));
  ASSERT_THAT(earlier.anomalies, SizeIs(1));
  EXPECT_EQ(earlier.anomalies[0].rule, "part-exceeds-total");
  EXPECT_EQ(earlier.anomalies[0].severity, Severity::error);
  EXPECT_EQ(earlier.anomalies[0].message, "往年数据：分项之和284件与其后的合计288件不符");
  const auto over = test::process_text_with_default_pipeline(
      report("项目\t2023年\t2024年\n行政处罚\t54件\t61件\n行政许可\t240件\t268件\n合计\t284件\t329件\n"));
  ASSERT_THAT(over.anomalies, SizeIs(1));
  EXPECT_EQ(over.anomalies[0].message, "往年数据：分项之和294件超过总数284件");
  // The report year's column is still checked as before, without the earlier year's words.
  const auto current = test::process_text_with_default_pipeline(
      report("单位：件\n项目\t2023年\t2024年\n行政处罚\t54\t61\n行政许可\t230\t268\n合计\t284\t339\n"));
  ASSERT_THAT(current.anomalies, SizeIs(1));
  EXPECT_EQ(current.anomalies[0].message, "分项之和329件与其后的合计339件不符");
}

// A table's 合计 row is checked against the rows above it.
TEST(PartExceedsTotal, ATablesTotalRowIsCheckedAgainstItsRows) {
  EXPECT_THAT(findings(report("单位：件\n部门\t行政处罚\n市场监管局\t486\n交通运输局\t318\n合计\t804\n")), IsEmpty());
  EXPECT_THAT(findings(report("单位：件\n部门\t行政处罚\n市场监管局\t486\n交通运输局\t318\n合计\t794\n")),
              ElementsAre("part-exceeds-total error"));
  // The finding spans the table from its first part to the total row below them.
  const auto table = test::process_text_with_default_pipeline(
      report("单位：件\n部门\t行政处罚\n市场监管局\t486\n交通运输局\t318\n合计\t794\n"));
  const Anomaly* anomaly = first(table, "part-exceeds-total");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_LT(anomaly->start, anomaly->end);
}

// The corner of a 合计 row and a 合计 column is its column's total: the 合计 row's figures are no more parts of it.
TEST(PartExceedsTotal, TheCornerOfATotalRowAndATotalColumnCountsEachCellOnce) {
  const std::string head =
      "单位：件\n执法部门\t一般程序\t简易程序\t合计\n市场监管局\t12\t11\t23\n交通运输局\t4\t4\t8\n";
  EXPECT_THAT(findings(report(head + "合计\t16\t15\t31\n")), IsEmpty());
  const auto wrong = test::process_text_with_default_pipeline(report(head + "合计\t16\t15\t33\n"));
  ASSERT_THAT(wrong.anomalies, SizeIs(1));
  EXPECT_EQ(wrong.anomalies[0].message, "分项之和31件与其后的合计33件不符");
  // The overview adds the corner alone: the 合计 row's figures name it.
  const auto table = test::process_text_with_default_pipeline(report(head + "合计\t16\t15\t31\n"));
  std::vector<std::string> counted;
  for (const auto& m : table.metrics) {
    if ((m.role == "total" || m.role == "value") && m.of.empty()) counted.push_back(m.text);
  }
  EXPECT_THAT(counted, ElementsAre("31"));
}

// A 其中 or 含 row breaks down the row above it: the 合计 row adds up the rows without it.
TEST(PartExceedsTotal, ASubRowOfATableIsAPartOfTheRowAboveNotARowOfTheSum) {
  EXPECT_THAT(findings(report("（一）执法\n执法领域\t立案数（件）\n市场监管\t24\n其中：食品安全\t9\n生态环境\t11\n"
                              "农业农村\t6\n合计\t41")),
              IsEmpty());
  EXPECT_THAT(
      findings(report("（一）执法\n执法领域\t立案数（件）\n市场监管\t24\n含：食品安全\t9\n生态环境\t11\n合计\t35")),
      IsEmpty());
  const auto wrong = test::process_text_with_default_pipeline(report(
      "（一）执法\n执法领域\t立案数（件）\n市场监管\t24\n其中：食品安全\t9\n生态环境\t11\n农业农村\t6\n合计\t44"));
  ASSERT_THAT(wrong.anomalies, SizeIs(1));
  EXPECT_EQ(wrong.anomalies[0].message, "分项之和41件与其后的合计44件不符");
  // Under serial numbers, the sub-row is the blank-numbered one; each column adds up on its own.
  EXPECT_THAT(findings(report("（一）执法\n序号\t执法领域\t立案数（件）\t结案数（件）\n1\t市场监管\t24\t23\n"
                              "\t其中：食品安全\t9\t9\n2\t生态环境\t11\t11\n3\t农业农村\t6\t6\n合计\t\t41\t40")),
              IsEmpty());
  EXPECT_THAT(findings(report("（一）执法\n序号\t执法领域\t立案数（件）\t结案数（件）\n1\t市场监管\t24\t23\n"
                              "\t其中：食品安全\t9\t9\n2\t生态环境\t11\t11\n3\t农业农村\t6\t6\n合计\t\t41\t49")),
              ElementsAre("part-exceeds-total error"));
}

// A single sub-row is a part of the row above it, as a 其中 makes it in a sentence: it cannot exceed it.
TEST(PartExceedsTotal, ASubRowAboveItsRowIsAnError) {
  const auto over = test::process_text_with_default_pipeline(
      report("（一）执法\n执法领域\t立案数（件）\n市场监管\t24\n其中：食品安全\t29\n生态环境\t11\n合计\t35"));
  ASSERT_THAT(over.anomalies, SizeIs(1));
  EXPECT_EQ(over.anomalies[0].message, "分项之和29件超过总数24件");
}

// A row after a 其中 row with no 其中 and no serial number of its own may be the next sub-row, as forms indent it,
// or the next row of the sum: a total row that adds up on either reading is consistent, one that adds up on none
// is checked as the table stands.
TEST(PartExceedsTotal, ARowThatMayContinueTheSubRowsIsReadBothWays) {
  const std::string rows =
      "（一）执法\n执法领域\t立案数（件）\n行政处罚\t24\n其中：一般程序\t15\n简易程序\t9\n行政强制\t11\n";
  EXPECT_THAT(findings(report(rows + "合计\t35")), IsEmpty());
  EXPECT_THAT(findings(report(rows + "合计\t44")), IsEmpty());
  const auto wrong = test::process_text_with_default_pipeline(report(rows + "合计\t50"));
  ASSERT_THAT(wrong.anomalies, SizeIs(1));
  EXPECT_EQ(wrong.anomalies[0].message, "分项之和44件与其后的合计50件不符");
}

// A 小计 adds up the group of rows above it, and the 合计 adds up the 小计s and the rows of no group.
TEST(PartExceedsTotal, ATablesSubtotalsAreCheckedAgainstTheirGroupsAndTheTotalAgainstTheSubtotals) {
  const std::string head = "（一）行政复议\n被申请人\t收案数（件）\n县市场监管局\t6\n县公安局\t4\n";
  EXPECT_THAT(findings(report(head + "县直部门小计\t10\n城关镇\t3\n河口乡\t2\n乡镇小计\t5\n合计\t15")), IsEmpty());
  // A 小计 that does not add up its rows is the slip: the 合计 over the rows themselves is not flagged as well.
  const auto subtotal = test::process_text_with_default_pipeline(
      report(head + "县直部门小计\t10\n城关镇\t3\n河口乡\t2\n乡镇小计\t6\n合计\t15"));
  ASSERT_THAT(subtotal.anomalies, SizeIs(1));
  EXPECT_EQ(subtotal.anomalies[0].message, "分项之和5件与其后的小计6件不符");
  // A 合计 that adds up neither.
  const auto total = test::process_text_with_default_pipeline(
      report(head + "县直部门小计\t10\n城关镇\t3\n河口乡\t2\n乡镇小计\t5\n合计\t17"));
  ASSERT_THAT(total.anomalies, SizeIs(1));
  EXPECT_EQ(total.anomalies[0].message, "分项之和15件与其后的合计17件不符");
  // A row of no group beside the 小计s counts for the 合计 itself.
  EXPECT_THAT(findings(report("（一）执法\n执法领域\t立案数（件）\n市场监管\t24\n生态环境\t11\n小计\t35\n"
                              "农业农村\t6\n合计\t41")),
              IsEmpty());
  EXPECT_THAT(findings(report("（一）执法\n执法领域\t立案数（件）\n市场监管\t24\n生态环境\t11\n小计\t35\n"
                              "农业农村\t6\n合计\t50")),
              ElementsAre("part-exceeds-total error"));
}

// A 小计 set first under its category (as statistics forms do) adds up the rows below it, up to the next 小计.
TEST(PartExceedsTotal, ASubtotalAboveItsGroupAddsUpTheRowsBelowIt) {
  const std::string table =
      "（一）行政复议\n单位：件\n类别\t被申请人\t收案数\t审结数\n县直部门\t小计\t10\t9\n\t县市场监管局\t6\t5\n"
      "\t县公安局\t4\t4\n乡镇\t小计\t5\t5\n\t城关镇\t3\t3\n\t河口乡\t2\t2\n合计\t\t15\t";
  EXPECT_THAT(findings(report(table + "14")), IsEmpty());
  EXPECT_THAT(findings(report(table + "15")), ElementsAre("part-exceeds-total error"));
  const auto wrong_group = test::process_text_with_default_pipeline(
      report("（一）行政复议\n单位：件\n类别\t被申请人\t收案数\n县直部门\t小计\t10\n\t县市场监管局\t6\n\t县公安局\t5\n"
             "乡镇\t小计\t5\n\t城关镇\t3\n\t河口乡\t2\n合计\t\t15"));
  ASSERT_THAT(wrong_group.anomalies, SizeIs(1));
  EXPECT_EQ(wrong_group.anomalies[0].message, "分项之和11件与其上的小计10件不符");
  // Short of a 小计 set above its group is a warning naming it (a cell whose figure was not read leaves the sum short
  // too), never an incomplete listing.
  const auto short_group = test::process_text_with_default_pipeline(
      report("（一）行政复议\n单位：件\n类别\t被申请人\t收案数\n县直部门\t小计\t10\n\t县市场监管局\t6\n\t县公安局\t3\n"
             "乡镇\t小计\t5\n\t城关镇\t3\n\t河口乡\t2\n合计\t\t15"));
  ASSERT_THAT(short_group.anomalies, SizeIs(1));
  EXPECT_EQ(short_group.anomalies[0].severity, Severity::warning);
  EXPECT_EQ(short_group.anomalies[0].message, "分项之和9件与其上的小计10件不符");
}

// A 合计 row set first (statistics forms) or a 合计 column set left of the columns it adds up: any difference is a
// finding naming it where it stands (an error over it, a warning short of it). A 合计 column set first adds up the
// columns right of it only where they add up to it in most rows.
TEST(PartExceedsTotal, ATotalSetBeforeItsRowsOrColumnsIsCheckedAsATotal) {
  const std::string rows = "（一）调解\n单位：件\n类别\t排查数\n合计\t";
  EXPECT_THAT(findings(report(rows + "126\n婚姻家庭纠纷\t38\n邻里纠纷\t45\n其他纠纷\t43")), IsEmpty());
  const auto row =
      test::process_text_with_default_pipeline(report(rows + "127\n婚姻家庭纠纷\t38\n邻里纠纷\t45\n其他纠纷\t43"));
  ASSERT_THAT(row.anomalies, SizeIs(1));
  EXPECT_EQ(row.anomalies[0].severity, Severity::warning);
  EXPECT_EQ(row.anomalies[0].message, "分项之和126件与其上的合计127件不符");
  const auto over =
      test::process_text_with_default_pipeline(report(rows + "125\n婚姻家庭纠纷\t38\n邻里纠纷\t45\n其他纠纷\t43"));
  ASSERT_THAT(over.anomalies, SizeIs(1));
  EXPECT_EQ(over.anomalies[0].severity, Severity::error);
  const std::string columns =
      "（一）执法\n单位：件\n乡镇\t合计\t行政许可\t行政处罚\t行政检查\n城关镇\t58\t20\t—\t38\n龙潭镇\t31\t/\t6\t25\n";
  EXPECT_THAT(findings(report(columns + "白沙乡\t13\t0\t4\t9")), IsEmpty());
  const auto column = test::process_text_with_default_pipeline(report(columns + "白沙乡\t14\t0\t4\t9"));
  ASSERT_THAT(column.anomalies, SizeIs(1));
  EXPECT_EQ(column.anomalies[0].message, "分项之和13件与左侧的合计14件不符");
  // A place's whole names the total as well (全镇合计, 全乡总计).
  for (const std::string whole : {"全镇合计", "全乡总计", "总合计"}) {
    const std::string first = "（一）调解\n单位：件\n类别\t排查数\n" + whole + "\t";
    const auto named =
        test::process_text_with_default_pipeline(report(first + "125\n婚姻家庭纠纷\t38\n邻里纠纷\t45\n其他纠纷\t43"));
    ASSERT_THAT(named.anomalies, SizeIs(1)) << whole;
    EXPECT_EQ(named.anomalies[0].message, "分项之和126件与其上的合计125件不符") << whole;
  }
  // A column of another quantity after the parts (已结案 beside the procedures) does not add up in any row: the
  // columns are no parts of the 合计 set first, and nothing is flagged.
  const std::string stages = "（一）执法\n单位：件\n乡镇\t合计\t一般程序\t简易程序\t已结案\n";
  EXPECT_THAT(findings(report(stages + "城关镇\t20\t12\t8\t18\n龙潭镇\t9\t5\t4\t9\n白沙乡\t6\t2\t4\t5")), IsEmpty());
}

// Rows numbered a level below the table's first enumerated row (一、 over （一）) break down the row above them: the
// 合计 adds up the first level.
TEST(PartExceedsTotal, RowsNumberedALevelDownArePartsOfTheRowAbove) {
  const std::string head = "（一）执法\n单位：件\n执法类别\t立案数\n一、行政处罚\t30\n（一）一般程序\t18\n";
  EXPECT_THAT(findings(report(head + "（二）简易程序\t12\n二、行政强制\t5\n合计\t35")), IsEmpty());
  EXPECT_THAT(findings(report(head + "（二）简易程序\t12\n二、行政强制\t5\n合计\t65")),
              ElementsAre("part-exceeds-total error"));
  const auto over =
      test::process_text_with_default_pipeline(report(head + "（二）简易程序\t15\n二、行政强制\t5\n合计\t35"));
  ASSERT_THAT(over.anomalies, SizeIs(1));
  EXPECT_EQ(over.anomalies[0].message, "分项之和33件超过总数30件");
  // One level throughout: every row is a row of the sum.
  EXPECT_THAT(findings(report("（一）执法\n单位：件\n执法类别\t立案数\n1.行政处罚\t30\n2.行政强制\t5\n合计\t35")),
              IsEmpty());
}

// A column headed 其中 is a part of the column before it in each row, and no term of a 合计 column's sum.
TEST(PartExceedsTotal, AColumnHeadedQizhongIsAPartOfTheColumnBeforeIt) {
  const std::string head = "（一）执法\n单位：件\n执法部门\t一般程序\t其中：重大案件\t简易程序\t合计\n";
  EXPECT_THAT(findings(report(head + "市场监管局\t12\t3\t11\t23\n交通运输局\t4\t1\t4\t8\n合计\t16\t4\t15\t31")),
              IsEmpty());
  const auto over = test::process_text_with_default_pipeline(
      report(head + "市场监管局\t12\t13\t11\t23\n交通运输局\t4\t1\t4\t8\n合计\t16\t14\t15\t31"));
  ASSERT_THAT(over.anomalies, SizeIs(1));
  EXPECT_EQ(over.anomalies[0].message, "分项之和13件超过总数12件");
  // The columns still add up down to the 合计 row; the corner is its column's total, not the sum of both.
  const auto column = test::process_text_with_default_pipeline(
      report(head + "市场监管局\t12\t3\t11\t23\n交通运输局\t4\t1\t4\t8\n合计\t17\t4\t15\t31"));
  ASSERT_THAT(column.anomalies, SizeIs(1));
  EXPECT_EQ(column.anomalies[0].message, "分项之和16件与其后的合计17件不符");
  // The rows add up across to the 合计 column without their 其中 cell (12 + 3 + 11 would make the 26).
  const auto row = test::process_text_with_default_pipeline(report(head + "市场监管局\t12\t3\t11\t26\n"));
  ASSERT_THAT(row.anomalies, SizeIs(1));
  EXPECT_EQ(row.anomalies[0].message, "分项之和23件与其后的合计26件不符");
  // A 其中 spanning the columns under it (其中 over 维持 | 撤销): each is a part of the column before them, never
  // a listing to complete.
  EXPECT_THAT(findings(report("（一）行政复议\n单位：件\n复议机关\t审结\t其中\t\n\t\t维持\t撤销\n县政府\t12\t7\t3\n")),
              IsEmpty());
  EXPECT_THAT(findings(report("（一）行政复议\n单位：件\n复议机关\t审结\t其中\t\n\t\t维持\t撤销\n县政府\t12\t10\t3\n")),
              ElementsAre("part-exceeds-total error"));
}

// Several 其中 rows under a row (其中：维持 | 撤销 | 确认违法 under 审结) pick out groups of it: together they
// cannot exceed it, and falling short of it is no slip.
TEST(PartExceedsTotal, SeveralSubRowsOfATableCannotExceedTheRowAbove) {
  const std::string head = "（一）行政复议\n项目\t数量（件）\n受理\t25\n审结\t20\n其中：维持\t12\n撤销\t5\n";
  EXPECT_THAT(findings(report(head + "确认违法\t2\n")), IsEmpty());
  const auto over = test::process_text_with_default_pipeline(report(head + "确认违法\t5\n"));
  ASSERT_THAT(over.anomalies, SizeIs(1));
  EXPECT_EQ(over.anomalies[0].message, "分项之和22件超过总数20件");
  // A row naming no kind of the breakdown is the next row of the table, not a sub-row.
  EXPECT_THAT(findings(report(head + "行政诉讼应诉\t30\n")), IsEmpty());
}

// Shares of kinds of one total, listed side by side, cannot add up to more than the whole of it.
TEST(PartExceedsTotal, SharesOfKindsOfOneTotalAddingUpToMoreThanTheWholeAreAnError) {
  const auto over = test::process_text_with_default_pipeline(
      report("全年调解矛盾纠纷240件，其中婚姻家庭纠纷占45%，邻里纠纷占38%，土地纠纷占25%。"));
  ASSERT_THAT(over.anomalies, SizeIs(1));
  EXPECT_EQ(over.anomalies[0].rule, "part-exceeds-total");
  EXPECT_EQ(over.anomalies[0].severity, Severity::error);
  EXPECT_EQ(over.anomalies[0].message, "分项占比之和108%超过100%");
  EXPECT_THAT(findings(report("全年调解矛盾纠纷240件，其中婚姻家庭纠纷占45%，邻里纠纷占38%，土地纠纷占17%。")),
              IsEmpty());
  // Rounded shares may add up to a little more than 100%.
  EXPECT_THAT(findings(report("全年调解矛盾纠纷240件，其中婚姻家庭纠纷占33.4%，邻里纠纷占33.3%，土地纠纷占33.4%。")),
              IsEmpty());
  // Traits of one group overlap, and thresholds nest.
  EXPECT_THAT(findings(report("全镇执法人员64人，其中女性执法人员占45%，党员执法人员占70%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年查处案件86件，其中罚款1万元以上案件占60%，罚款5万元以上案件占45%。")), IsEmpty());
}

// A total in 万 stands for every count that rounds to it; 其余… says the listing is not all of it.
TEST(PartExceedsTotal, ARoundedTotalAndAListingThatNamesTheRestAreNotFlagged) {
  EXPECT_THAT(findings(report("市场主体3.68万户，其中企业8912户、个体工商户27200户、农民专业合作社646户。")),
              IsEmpty());
  EXPECT_THAT(findings(report("市场主体3.68万户，其中企业9912户、个体工商户27200户、农民专业合作社646户。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(
      findings(report("受理投诉148件。其中，市容环境类72件、违法建设类31件、噪声扰民类18件，其余为其他类案件。")),
      IsEmpty());
  // What is still pending is of the larger number, not a rest of the concluded ones.
  EXPECT_THAT(
      findings(report("全年发生行政复议案件12件；复议审结11件，其中维持8件、驳回2件、撤销1件，另有1件尚在审理中。")),
      IsEmpty());
  // Groups picked out after a net increase are of the whole, not of the increase.
  EXPECT_THAT(
      findings(report("累计入驻企业8,452家，上年末为7,323家，净增1,129家，其中高新技术企业612家、专精特新企业87家。")),
      IsEmpty());
  // A rest that is counted is a part: the listing is whole, and short.
  EXPECT_THAT(findings(report("受理投诉148件，其中市容环境类72件、违法建设类31件、其余15件。")),
              ElementsAre("part-exceeds-total warning"));
}

// Items still pending after the parts of a concluded total (另有1件尚在审理中) are of the cases received, whether the
// listing has one part or several; a pending rest of a total of the cases received is one of its parts.
TEST(PartExceedsTotal, ThePendingRestAfterOnePartIsNoPartOfTheConcludedCases) {
  EXPECT_THAT(findings(report("本局作为被告的行政诉讼案件5件，审结4件，其中胜诉4件，另有1件尚在审理中。")), IsEmpty());
  EXPECT_THAT(findings(report("全年办理行政复议案件9件，已办结8件，其中维持8件，另有1件仍在办理中。")), IsEmpty());
  EXPECT_THAT(findings(report("全年受理行政复议申请7件，已审结6件，其中维持6件，另有1件尚未审结。")), IsEmpty());
  // Still flagged: parts above the concluded cases, and a pending rest that overfills the cases received.
  EXPECT_THAT(findings(report("本局作为被告的行政诉讼案件5件，审结4件，其中胜诉5件，另有1件尚在审理中。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("全年受理行政复议案件12件，其中维持8件，另有5件尚在审理中。")),
              ElementsAre("part-exceeds-total error"));
}

// A listing that opens with a time within the year (上半年, 一季度, 1—6月) gives that time's share of the year's
// figure of each part's own stage (排查 of 排查, 化解 of 化解), not a breakdown of the last figure before it.
TEST(PartExceedsTotal, AHalfYearsFiguresAreOfTheYearsFigureOfTheirOwnStage) {
  EXPECT_THAT(findings(report("全年排查矛盾纠纷86件，化解83件，化解率96.5%；其中上半年排查40件，化解38件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年排查矛盾纠纷86件，化解83件，化解率96.5%。其中上半年排查40件，化解38件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年受理物业纠纷投诉210件，调处成功198件；其中一季度受理52件，调处成功49件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年受理群众来信来访75件，办结75件，其中1—6月受理33件、办结33件。")), IsEmpty());
  // Two stages of the same items are no breakdown, with a time named or not: 排查 received, 化解 concluded.
  EXPECT_THAT(findings(report("全年接办群众诉求事项160件。其中，排查矛盾纠纷80件，化解78件。")), IsEmpty());
  // Still flagged: a half year above the year's figure of its stage, and halves that do not make the year.
  EXPECT_THAT(findings(report("全年排查矛盾纠纷86件，化解83件；其中上半年排查90件，化解38件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("全年调解纠纷78件，其中上半年41件、下半年39件。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("全年受理案件120件，其中上半年受理70件、下半年受理55件。")),
              ElementsAre("part-exceeds-total error"));
}

TEST(RateMismatch, ARateThatDisagreesWithItsCountsIsAnError) {
  const auto document = test::process_text_with_default_pipeline(
      report("共排查社会矛盾纠纷205宗，已成功化解198宗，未化解7宗，化解率为93%。"));
  const Anomaly* anomaly = first(document, "rate-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->severity, Severity::error);
  EXPECT_THAT(anomaly->message, HasSubstr("96.6%"));
  EXPECT_THAT(anomaly->evidence, HasSubstr("205宗"));
  EXPECT_THAT(anomaly->evidence, HasSubstr("198宗"));
}

// What was resolved is of the part the sentence names after its total: the message computes over that part.
// A correction rate after a listing of decisions is the corrective decisions (撤销, 变更, 确认违法 …) over the cases
// decided.
// Shares beside their counts that add up to the whole say the counts are all of the base: each share is its count
// over their sum, the base stated elsewhere or nowhere.
TEST(RateMismatch, SharesAddingUpToTheWholeAreTheirCountsOverTheSum) {
  const auto document = test::process_text_with_default_pipeline(
      report("从申请事项看，行政处罚类共340件，占比34%；投诉举报类260件，占比26%；行政强制类200件，占比20%；"
             "信息公开类54件，占比6.5%；其他类146件，占比14.6%。"));
  ASSERT_NE(first(document, "rate-mismatch"), nullptr);
  EXPECT_EQ(first(document, "rate-mismatch")->message,
            "信息公开类54件占比6.5%，按54件÷1000件（各分项之和，其占比合计为100%）计算应为5.4%");
  EXPECT_THAT(findings(report("从申请事项看，行政处罚类共340件，占比34%；投诉举报类260件，占比26%；行政强制类200件，"
                              "占比20%；信息公开类54件，占比5.4%；其他类146件，占比14.6%。")),
              IsEmpty());
  // Shares that leave some of the base unlisted say nothing of its size.
  EXPECT_THAT(findings(report("从管理类别看，公安交管类380件，占比34%，市场监管类297件，占比27%，违建拆除类219件，"
                              "占比25%。")),
              IsEmpty());
}

TEST(RateMismatch, ACorrectionRateIsTheCorrectiveDecisionsOverTheCasesDecided) {
  const auto wrong = test::process_text_with_default_pipeline(
      report("全年审结行政复议案件20件，其中撤销3件、变更1件、确认违法1件、维持15件，纠错率20%。"));
  ASSERT_THAT(wrong.anomalies, SizeIs(1));
  EXPECT_EQ(wrong.anomalies[0].rule, "rate-mismatch");
  EXPECT_EQ(wrong.anomalies[0].message, "纠错率为20%，按5÷20计算应为25.0%");
  EXPECT_THAT(findings(report("全年审结行政复议案件20件，其中撤销3件、变更1件、确认违法1件、维持15件，纠错率25%。")),
              IsEmpty());
  // A listing that leaves a rest, or picks out corrections with no decision upheld beside them, says too little.
  EXPECT_THAT(findings(report("全年审结行政复议案件20件，其中撤销3件、维持15件等，纠错率25%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年审结行政复议案件20件，其中撤销3件、确认违法1件，纠错率25%。")), IsEmpty());
}

// A bracket saying what the correction count takes in (纠错（含撤销、确认违法）) stands between it and its figure: the
// rate still finds it, and 19.2% is 29 of 151, not of the 135 concluded.
TEST(RateMismatch, ACorrectionCountBehindANoteOnWhatItIncludesIsFound) {
  const auto wrong = test::process_text_with_default_pipeline(
      report("全年审结行政复议案件135件（含上年度结转），其中纠错（含撤销、确认违法）29件，纠错率约19.2%。"));
  const Anomaly* anomaly = first(wrong, "rate-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "纠错率为19.2%，按29÷135计算应为21.5%");
  EXPECT_THAT(
      findings(report("全年审结行政复议案件135件（含上年度结转），其中纠错（含撤销、确认违法）29件，纠错率约21.5%。")),
      IsEmpty());
}

TEST(RateMismatch, ARateOfAPartIsComputedOverThePart) {
  const auto document = test::process_text_with_default_pipeline(
      report("网格员全年上报各类事件1.92万件，其中矛盾纠纷2,314件，已化解2,270件，化解率99.1%。"));
  const Anomaly* anomaly = first(document, "rate-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_THAT(anomaly->message, HasSubstr("按2270÷2314计算应为98.1%"));
  EXPECT_THAT(findings(report("网格员全年上报各类事件1.92万件，其中矛盾纠纷2,314件，已化解2,270件，化解率98.1%。")),
              IsEmpty());
}

// A rate is of its own sentence's counts when that sentence gives them, whatever the sentence before said; and of
// the part its numerator names when its base is a sentence back.
TEST(RateMismatch, ARateIsOfItsOwnSentencesCountsAndOfThePartItNames) {
  EXPECT_THAT(
      findings(report("调解室受理商事纠纷213件，成功调解187件，调解成功率87.8%。劳动争议调解中心受理劳动争议案件"
                      "296件，调解结案251件，调解成功率84.8%。")),
      IsEmpty());
  EXPECT_THAT(
      findings(report("全年受理消费者投诉举报9,426件，其中投诉6,139件、举报3,287件。投诉办结6,102件，办结率99.4%。")),
      IsEmpty());
  const auto wrong = test::process_text_with_default_pipeline(
      report("全年受理消费者投诉举报9,426件，其中投诉6,139件、举报3,287件。投诉办结6,102件，办结率95.4%。"));
  const Anomaly* anomaly = first(wrong, "rate-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_THAT(anomaly->message, HasSubstr("按6102÷6139计算应为99.4%"));
  // The sentence's own counts excuse a rate only when it agrees with them, and never stand in for the keyword's.
  EXPECT_THAT(
      findings(report("全年受理行政复议申请120件，办结115件。召开复议委员会会议12次，组织听证6次，办结率95.8%。")),
      IsEmpty());
  // A pass rate is checked: 通过 is the count passed, not a word before a verb.
  EXPECT_THAT(findings(report("执法资格考试参考186人，通过179人，通过率92.6%。")), ElementsAre("rate-mismatch error"));
}

// A value exactly half a unit of the last digit away is written rounded up: 3 of 16 is 18.75%, written 18.8%;
// 608 against 512 is +18.75%. Only a value past the half is flagged.
TEST(RateMismatch, AValueHalfAUnitAwayRoundsToTheStatedFigure) {
  EXPECT_THAT(findings(report("受理矛盾纠纷16件，化解3件，化解率18.8%。")), IsEmpty());
  EXPECT_THAT(findings(report("受理矛盾纠纷16件，化解3件，化解率18.9%。")), ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("全年提供法律咨询608次，较2023年的512次增长18.8%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年提供法律咨询608次，较2023年的512次增长18.9%。")),
              ElementsAre("change-mismatch warning"));
}

// A rate of what was done in time (按时办结率, 按期答复率) counts a part of what was done that the report does not
// state: the count of all done is no numerator of it. A count done in time is.
TEST(RateMismatch, ARateOfWhatWasDoneInTimeIsNotCheckedAgainstAllThatWasDone) {
  EXPECT_THAT(findings(report("受理投诉举报500件，办结480件，办结率96%；投诉按时办结率100%。")), IsEmpty());
  EXPECT_THAT(findings(report("受理投诉举报500件，办结480件，办结率90%。")), ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("受理投诉举报500件，按时办结480件，按时办结率90%。")),
              ElementsAre("rate-mismatch error"));
}

TEST(RateMismatch, AConsistentPassageIsNotFlagged) {
  EXPECT_THAT(findings(report("全镇共接受调解纠纷总数626件，涉及953人次。调解成功并达成协议618件，"
                              "其中文元工作室调解协议161件，调解成功率达98.72%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("共排查纠纷205宗，成功化解198宗，化解率96.6%。")), IsEmpty());
}

TEST(RateMismatch, ComparesAtThePrecisionTheReportStates) {
  EXPECT_THAT(findings(report("共排查纠纷205宗，成功化解198宗，化解率97%。")), IsEmpty());  // 96.59 rounds to 97
  EXPECT_THAT(findings(report("共排查纠纷205宗，成功化解198宗，化解率96.7%。")), Contains("rate-mismatch error"));
}

// 化解率98.1%，同比增长20.6%: the growth is a change, whatever indicator it inherits from the rate before it.
TEST(RateMismatch, AGrowthRateAfterARateIsNoRate) {
  EXPECT_THAT(findings(report("全年排查矛盾纠纷263件，化解258件，化解率98.1%，同比增长20.6%。")), IsEmpty());
}

// A clause after a 其中 part that opens with the total's verb again is another count of that deed, not a part (the
// listing ended before it); a listing whose parts all repeat the verb still names kinds of the deed.
TEST(PartExceedsTotal, AClauseOpeningWithTheTotalsVerbAgainIsNoPart) {
  EXPECT_THAT(findings(report("共排查整改事项问题20个，其中8个重大问题纳入专项整改台账，排查个人作风问题15个。")),
              IsEmpty());
  EXPECT_THAT(findings(report("累计走访企业60家，其中12家提出法律需求，走访个体工商户90家。")), IsEmpty());
  EXPECT_THAT(findings(report("开展执法检查120次，其中开展联合检查30次、开展专项检查100次。")),
              ElementsAre("part-exceeds-total error"));
  EXPECT_THAT(findings(report("排查整改事项问题20个，其中重大问题8个、一般问题15个。")),
              ElementsAre("part-exceeds-total error"));
}

// Those who appeared in court of those who had to: what became of the item, not another one.
// Cases carried over from the year before, set between the total and its listing, are broken down with it: 42
// received and 3 carried over are the 45 the listing splits. Parts adding up to anything else are still flagged.
TEST(PartExceedsTotal, AListingOfTheReceivedAndTheCarriedOverAddsUpToBoth) {
  EXPECT_THAT(findings(report("2023年共收到政府信息公开申请42件，上年结转3件，其中当面申请12件、网络申请26件、"
                              "信函申请7件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年受理行政复议申请36件，上年结转4件，其中维持21件、撤销9件、驳回10件。")), IsEmpty());
  EXPECT_THAT(findings(report("2023年共收到政府信息公开申请42件，上年结转3件，其中当面申请12件、网络申请28件、"
                              "信函申请7件。")),
              ElementsAre("part-exceeds-total error"));
  // A figure of the year before that is no count of the same thing makes no listing add up.
  EXPECT_THAT(findings(report("全年受理行政复议申请42件，上年办理调解38件，其中维持50件、撤销30件。")),
              ElementsAre("part-exceeds-total error"));
}

// A 其中 after a rate of another thing than the total breaks down what that rate counts: the appearances of 出庭率,
// not the lawsuits lost before it. A rate of the total's own stage leaves the listing the total's.
TEST(PartExceedsTotal, AListingAfterARateOfAnotherThingIsOfThatRatesCount) {
  EXPECT_THAT(findings(report("县法院审结以县政府部门为被告的行政诉讼案件46件，败诉5件，败诉率10.9%，"
                              "行政机关负责人出庭率为100%，其中县司法局代理县政府出庭应诉18件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("受理投诉举报120件，办结118件，办结率98.3%，其中调解结案60件、行政处理68件。")),
              ElementsAre("part-exceeds-total error"));
}

// Most listings after a rate of the total hold that rate's count among the total's parts (10 is 20% of 50): it
// stays a part, and a listing that then exceeds its total is still flagged.
TEST(PartExceedsTotal, APartThatIsTheRateOfTheTotalStaysItsPart) {
  EXPECT_THAT(findings(report("全年共办理行政复议案件50件，纠错率20%，其中维持25件、驳回15件、纠错10件。")), IsEmpty());
  EXPECT_THAT(findings(report("全年办理行政应诉案件40件，败诉率5%，其中胜诉32件、败诉2件、撤诉6件。")), IsEmpty());
  EXPECT_THAT(findings(report("受理行政复议案件36件，直接纠错率8.3%，其中维持26件，驳回7件，直接纠错3件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年共办理行政复议案件50件，纠错率20%，其中维持30件、驳回15件、纠错10件。")),
              ElementsAre("part-exceeds-total error"));
}

TEST(PartExceedsTotal, WhatBecameOfAnItemIsNoOtherItem) {
  EXPECT_THAT(findings(report("应诉案件52件，其中应出庭43件，负责人实际出庭42件，出庭应诉率97.7%。")), IsEmpty());
}

// A 、 listing whose last item follows a ， adds up to its total only with it.
TEST(PartExceedsTotal, AListingCutByACommaKeepsTheItemThatCompletesIt) {
  EXPECT_THAT(findings(report("审结83件，其中维持52件、驳回9件、撤销4件、确认违法3件、责令履行1件，终止14件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("审结83件，其中维持52件、驳回9件、撤销4件、确认违法3件、责令履行1件，终止15件。")),
              ElementsAre("part-exceeds-total warning"));
}

// The earlier figure after a later clause's current figure is that figure's, not the change's.
TEST(ChangeMismatch, AnEarlierFigureOfALaterClauseIsNotCompared) {
  EXPECT_THAT(findings(report("受理行政复议申请86件，同比增长13.2%，审结83件，较上年的75件增长10.7%。")), IsEmpty());
}

// Counts written in 万 stand for a range of counts, and so leave a range of rates open.
TEST(RateMismatch, CountsInWanLeaveTheRateOpen) {
  EXPECT_THAT(findings(report("全乡应参保人数1.25万人，已参保1.23万人，参保率98.6%。")), IsEmpty());
  EXPECT_THAT(findings(report("全乡应参保人数1.25万人，已参保1.23万人，参保率96.0%。")),
              ElementsAre("rate-mismatch error"));
}

TEST(RateMismatch, ABoundIsCheckedAsABound) {
  EXPECT_THAT(findings(report("共排查纠纷205宗，成功化解198宗，化解率95%以上。")), IsEmpty());
  EXPECT_THAT(findings(report("共排查纠纷205宗，成功化解198宗，化解率98%以上。")), Contains("rate-mismatch error"));
  // 以内 bounds from above: 8 of 50 is within 30%, 20 of 50 is not.
  EXPECT_THAT(findings(report("全年办理行政复议案件50件，其中纠错8件，纠错率控制在30%以内。")), IsEmpty());
  EXPECT_THAT(findings(report("全年办理行政复议案件50件，其中纠错20件，纠错率控制在30%以内。")),
              Contains("rate-mismatch error"));
}

TEST(PercentOver100, AShareAbove100PercentIsAnError) {
  EXPECT_THAT(findings(report("普法考试参考率达120%。")), ElementsAre("percent-over-100 error"));
  const auto share = test::process_text_with_default_pipeline(
      report("全年立案312件，其中占道经营128件、违法建设184件。占道经营案件占141.0%。"));
  ASSERT_NE(first(share, "percent-over-100"), nullptr);
  EXPECT_EQ(first(share, "percent-over-100")->message, "占道经营案件占141%，比率不应超过100%");
}

// The message quotes the clause's words before the figure, without the verb of reaching (到达, 高达, 达到) that its
// own 为 replaces.
TEST(PercentOver100, TheMessageQuotesTheNameWithoutItsVerb) {
  const auto document = test::process_text_with_default_pipeline(
      report("截至2024年底，全县办案补贴发放比例到达20230%。普法考试参考率高达101.5%。"));
  std::vector<std::string> messages;
  for (const auto& anomaly : document.anomalies) {
    if (anomaly.rule == "percent-over-100") messages.push_back(anomaly.message);
  }
  EXPECT_THAT(messages, ElementsAre("全县办案补贴发放比例为20230%，比率不应超过100%",
                                    "普法考试参考率为101.5%，比率不应超过100%"));
  // A name analysis.metrics cut short (比例 of 发放比例到达) is quoted with the clause's words before it.
  const auto cut = test::process_text_with_default_pipeline(report("向低保人口发放便民手册，发放比例到达20230%。"));
  ASSERT_NE(first(cut, "percent-over-100"), nullptr);
  EXPECT_EQ(first(cut, "percent-over-100")->message, "发放比例为20230%，比率不应超过100%");
}

TEST(PercentOver100, GrowthRatesAreExempt) {
  EXPECT_THAT(findings(report("受理案件同比增长120%，调解数量上升150%。")), IsEmpty());
}

// A growth word exempts only a figure of its own clause that is the growth itself, not a level reached.
TEST(PercentOver100, ALevelAfterAGrowthWordIsNoGrowthRate) {
  EXPECT_THAT(findings(report("抽检合格率由97.2%提高到101.3%。")), ElementsAre("percent-over-100 error"));
  EXPECT_THAT(findings(report("立案数同比增长12%，其中食品安全案件占比112%。")), ElementsAre("percent-over-100 error"));
  EXPECT_THAT(findings(report("立案数同比增长12%，增幅达120%。")), IsEmpty());
}

TEST(PercentOver100, RatesAgainstATargetMayExceedIt) {
  EXPECT_THAT(findings(report("医保基金征缴完成率达103.2%，预算执行率102.8%。")), IsEmpty());
  EXPECT_THAT(findings(report("公共法律服务站点建设达到省定标准的120%；案件数达去年同期的107.5%。")), IsEmpty());
  EXPECT_THAT(findings(report("城镇新增就业4215人，完成年度目标的105.4%；罚没款为上年的107.5%，增速达112.3%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("人均办理量为全市平均水平的132%。")), IsEmpty());
  EXPECT_THAT(findings(report("高中阶段教育毛入学率达到101.2%。")), IsEmpty());
  // Cases carried over from the year before are concluded too: a 结案率 (结收比) may pass 100%.
  EXPECT_THAT(findings(report("行政复议机构收案148件，审结152件（含上年结转案件），结案率102.7%。")), IsEmpty());
  EXPECT_THAT(findings(report("法治宣传覆盖率达103%。")), ElementsAre("percent-over-100 error"));
}

// A ratio to the start of the year (保值增值率), ratios of two amounts (债务率, 病床使用率) and the housing programme's
// rates against the year's target (开工率, 基本建成率) pass 100% as a matter of course; a rate of no configured name
// above 100% is no share of the smaller count before it, and rate-mismatch leaves it to percent-over-100.
TEST(PercentOver100, RatiosToAStartOrATargetMayExceedIt) {
  EXPECT_THAT(findings(report("区属国有企业国有资产保值增值率为104.6%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年城镇保障性安居工程新开工836套，开工率达108.2%，基本建成702套，基本建成率115.4%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("排查安全隐患83项，已整改76项，整改率108%。")), ElementsAre("percent-over-100 error"));
  // Debt over the year's means, bed-days over beds: two amounts neither of which holds the other.
  EXPECT_THAT(findings(report("全区政府债务率为108.3%，处于预警区间；区中医院病床使用率达104.2%。")), IsEmpty());
  // A base of what was due is the rate's base: 1,080 of 1,200 is 90%, not the 110% stated.
  EXPECT_THAT(findings(report("应征缴养老保险费1,200万元，实际征缴1,080万元，征缴率110%。")),
              ElementsAre("rate-mismatch error"));
}

// Rates whose numerator counts some outside their base pass 100% as a matter of course: 巩固率 counts the pupils
// who moved in since the cohort enrolled, as 毛入学率 counts over-age ones; so do ratios of two amounts (负债率,
// 自给率, 产销率) and a rate named as reached (目标达成率).
TEST(PercentOver100, RatesCountingSomeOutsideTheirBaseMayExceedIt) {
  EXPECT_THAT(findings(report("全镇九年义务教育巩固率为100.6%，初中阶段毛入学率102.3%。")), IsEmpty());
  EXPECT_THAT(findings(report("区属平台公司资产负债率为103.1%；全县粮食自给率达126%，工业产品产销率101.4%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("重点项目年度目标达成率为108.5%。")), IsEmpty());
  // A share of the pupils it counts may not: 辍学率, 入学率 (net), 升学率.
  EXPECT_THAT(findings(report("全镇适龄儿童入学率为100.6%。")), ElementsAre("percent-over-100 error"));
}

// A percentage written right after the target, task, quota or budget it is measured against, without a 的, is
// that target's share, as 完成年度目标的105.4% is; a clause ending with an earlier year or a standard is not.
TEST(PercentOver100, APercentageRightAfterItsTargetMayExceedIt) {
  EXPECT_THAT(findings(report("全年实际利用外资3862.5万美元，完成年度目标任务116.2%。")), IsEmpty());
  EXPECT_THAT(findings(report("截至11月底签约资金38.6亿元，完成第四季度调度指标109.4%，占年度预算达104%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年完成法治培训任务，执法人员持证率达102%。")), ElementsAre("percent-over-100 error"));
}

// A share of the items a rate counts never passes 100%, whatever target word its name holds: 调解结案率 is of the
// cases concluded (结案率 alone counts cases carried over), 整改完成率 of the problems found (完成率 alone is a
// target's).
TEST(PercentOver100, AShareNamedWithATargetWordIsStillAShare) {
  EXPECT_THAT(findings(report("劳动人事争议调解结案率为103.5%。")), ElementsAre("percent-over-100 error"));
  EXPECT_THAT(findings(report("巡察反馈问题整改完成率达104%。")), ElementsAre("percent-over-100 error"));
  EXPECT_THAT(findings(report("行政复议结案率102.7%，年度计划完成率108%。")), IsEmpty());
}

// A rate that agrees with a base its own sentence gives is not checked against a farther one.
TEST(RateMismatch, ARateThatAgreesWithItsSentencesBaseIsConsistent) {
  EXPECT_THAT(findings(report("全年网格员上报各类事件2.86万件，其中矛盾纠纷3,467件，化解3,401件，化解率98.1%。")),
              IsEmpty());
  EXPECT_THAT(
      findings(report("排查矛盾纠纷263起，其中已进入诉讼程序12起，其余251起全部开展调解，化解245起，化解率97.6%。")),
      IsEmpty());
}

// A leader's 述法报告, or a report on the leader's first-responsibility duty, is not an annual report: its parts
// are not asked of it.
TEST(MissingSection, ALeadersShufaReportIsNoAnnualReport) {
  const auto shufa = test::process_text_with_default_pipeline(
      "2023年度党政主要负责人述法报告\n一、带头尊法学法\n主持学法5次。\n二、存在的不足\n学习不够深入。");
  EXPECT_EQ(first(shufa, "missing-section"), nullptr);
  // Titled as a report on the first-responsibility duty, with no word of 述法: the same.
  const auto duty = test::process_text_with_default_pipeline(
      "西岭管理区关于履行推进法治建设第一责任人职责情况的报告\n一、履职情况\n主持学法5次。\n二、存在的不足\n"
      "学习不够深入。");
  EXPECT_EQ(first(duty, "missing-section"), nullptr);
  // An annual report that names the duty beside the government's year is still asked for its parts.
  const auto both = test::process_text_with_default_pipeline(
      "白沙镇2023年法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况报告\n一、带头尊法学法\n"
      "主持学法5次。\n二、存在的不足\n学习不够深入。");
  EXPECT_NE(first(both, "missing-section"), nullptr);
  const auto annual = test::process_text_with_default_pipeline(
      "白沙镇2023年法治政府建设年度报告\n一、带头尊法学法\n主持学法5次。\n二、存在的不足\n学习不够深入。");
  EXPECT_NE(first(annual, "missing-section"), nullptr);
}

// The same report under the duty's full name, by a town's Party secretary or a zone's director: no part is asked of
// it, and its title is no mere mention of the leaders' part. A title that names the government's year too is an
// annual report still.
TEST(MissingSection, AReportOnTheLeadersDutyUnderItsFullNameIsNoAnnualReport) {
  const std::string body = "\n一、履职情况\n主持召开专题会议研究法治工作5次。\n二、存在的问题\n学法不够系统。";
  for (const std::string title : {"2024年度镇党委主要负责人履行推进法治建设第一责任人职责情况的报告",
                                  "青湖经济开发区关于履行推进法治建设第一责任人职责情况的报告",
                                  "青湖区公安分局局长履行推进法治建设第一责任人职责情况报告"}) {
    EXPECT_EQ(first(test::process_text_with_default_pipeline(title + body), "missing-section"), nullptr) << title;
  }
  for (const std::string title : {"青湖区2024年法治政府建设和党政主要负责人履行推进法治建设第一责任人职责情况的报告",
                                  "青湖区水利局2024年度法治建设工作及主要负责人履行第一责任人职责情况的报告"}) {
    EXPECT_NE(first(test::process_text_with_default_pipeline(title + body), "missing-section"), nullptr) << title;
  }
}

// A portal's reading of a report (文件解读, 图解, 一图读懂) tells how the report was drafted; it is no report lacking
// parts.
TEST(MissingSection, AReadingOfAReportIsNoReport) {
  const std::string body =
      "\n一、起草背景\n依据督察工作规定，每年第一季度报告上一年度情况。\n二、起草过程\n2025年2月形成初稿。";
  EXPECT_EQ(
      first(test::process_text_with_default_pipeline("《青湖区关于2024年度法治政府建设情况的报告》文件解读" + body),
            "missing-section"),
      nullptr);
  EXPECT_EQ(first(test::process_text_with_default_pipeline("图解：青湖区2024年度法治政府建设情况报告" + body),
                  "missing-section"),
            nullptr);
  EXPECT_EQ(first(test::process_text_with_default_pipeline("一图读懂｜青湖区2024年度法治政府建设情况报告" + body),
                  "missing-section"),
            nullptr);
}

// A corrections subject's sentence and sex are traits of their own: 缓刑 and 女性 overlap, no breakdown to add up;
// a collection rate over 100% counts arrears collected.
TEST(PartExceedsTotal, SentencesAndSexOfCorrectionsSubjectsOverlap) {
  EXPECT_THAT(findings(report("在册社区矫正对象268名，其中缓刑241名、女性31名。医保基金征缴率101.6%。")), IsEmpty());
}

// The leaders' part is asked of the reports since 2019: an older 依法行政 report is not warned for lacking it.
TEST(MissingSection, ReportsBefore2019NeedNoLeadershipPart) {
  const std::string body = "\n一、主要工作\n开展普法宣传。\n二、存在的问题\n力量不足。\n三、下一步工作打算\n继续加强。";
  const auto older = test::process_text_with_default_pipeline("白沙县2018年依法行政工作报告" + body);
  EXPECT_EQ(first(older, "missing-section"), nullptr);
  const auto newer = test::process_text_with_default_pipeline("白沙县2019年法治政府建设年度报告" + body);
  ASSERT_NE(first(newer, "missing-section"), nullptr);
  EXPECT_EQ(first(newer, "missing-section")->evidence, "leadership");
}

// Sums and expected changes read as the report writes its figures: rounded to their places, in 万 when they are.
TEST(AnomalyMessages, AmountsAreWrittenAsTheReportWritesThem) {
  const auto roads = test::process_text_with_default_pipeline(report(
      "全县公路总里程2,146.8公里，其中高速公路68.2公里、国道126.5公里、省道213.4公里、县道486.7公里、乡道1,312.6公"
      "里。"));
  ASSERT_NE(first(roads, "part-exceeds-total"), nullptr);
  EXPECT_EQ(first(roads, "part-exceeds-total")->message, "分项之和2207.4公里超过总数2146.8公里");
  const auto money =
      test::process_text_with_default_pipeline(report("罚没款1,263.7万元，同比增加215.3万元，上年为1,068.4万元。"));
  ASSERT_NE(first(money, "change-mismatch"), nullptr);
  EXPECT_THAT(first(money, "change-mismatch")->message, HasSubstr("增加215.3万元"));
  EXPECT_THAT(first(money, "change-mismatch")->message, HasSubstr("应为增加195.3万元"));
  // Figures in two notations: the sum plainly, exact (300万元 stands for up to 3,004,999 元).
  const auto mixed =
      test::process_text_with_default_pipeline(report("拨付经费300万元，其中办案经费2,100,000元、宣传经费915,000元。"));
  ASSERT_NE(first(mixed, "part-exceeds-total"), nullptr);
  EXPECT_EQ(first(mixed, "part-exceeds-total")->message, "分项之和3015000元超过总数3000000元");
  // The places of a figure in 万 are places of 万, never of the plain unit's sum.
  const auto registrations = test::process_text_with_default_pipeline(
      report("办理不动产登记2.46万件，其中首次登记3,126件、转移登记1.32万件、抵押登记9,864件。"));
  ASSERT_NE(first(registrations, "part-exceeds-total"), nullptr);
  EXPECT_EQ(first(registrations, "part-exceeds-total")->message, "分项之和26190件超过总数24600件");
}

// A figure keeps the places it is written with, and a sum the places of its parts: 15.0% is no 15%, 412.0万元 no
// 412万元; counts written in 万 are quoted in 万.
TEST(AnomalyMessages, FiguresKeepTheirStatedPrecision) {
  const auto sum = test::process_text_with_default_pipeline(
      report("下达专项资金402.5万元，其中办案经费318.6万元、宣传经费93.4万元。"));
  ASSERT_NE(first(sum, "part-exceeds-total"), nullptr);
  EXPECT_EQ(first(sum, "part-exceeds-total")->message, "分项之和412.0万元超过总数402.5万元");
  const auto change =
      test::process_text_with_default_pipeline(report("全年受理信访事项462件，上年为528件，同比下降15.0%。"));
  ASSERT_NE(first(change, "change-mismatch"), nullptr);
  EXPECT_THAT(first(change, "change-mismatch")->message, StartsWith("下降15.0%，"));
  const auto rate =
      test::process_text_with_default_pipeline(report("全镇应参加医疗保险3.40万人，已参保3.31万人，参保率94.0%。"));
  ASSERT_NE(first(rate, "rate-mismatch"), nullptr);
  EXPECT_THAT(first(rate, "rate-mismatch")->message, StartsWith("参保率为94.0%，按3.31万÷3.40万计算"));
}

// A rate's own sentence counts its base: a keyword count in an earlier sentence, or a total the figures were
// linked to, is not it.
TEST(RateMismatch, TheBaseIsTheCountTheRatesSentenceGives) {
  const auto hotline = test::process_text_with_default_pipeline(
      report("受理医疗纠纷63起，调解成功58起，调解成功率92.1%。办理12345热线工单1,428件，办结1,402件，办结率98.9%。"));
  const Anomaly* anomaly = first(hotline, "rate-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_THAT(anomaly->message, HasSubstr("按1402÷1428计算应为98.2%"));
  const auto nested = test::process_text_with_default_pipeline(
      report("发现隐患6,372项，整改6,215项，整改率97.5%。其中重大事故隐患46项，整改销号41项，销号率95.7%。"));
  ASSERT_NE(first(nested, "rate-mismatch"), nullptr);
  EXPECT_THAT(first(nested, "rate-mismatch")->message, HasSubstr("按41÷46计算应为89.1%"));
  EXPECT_THAT(findings(report("发现隐患6,372项，整改6,215项，整改率97.5%。其中重大事故隐患46项，整改销号41项，"
                              "销号率89.1%。")),
              IsEmpty());
}

// A rate of no configured name is checked against the count it names and the count before that in its
// sentence.
// A rate whose sentence names its base but not its numerator is of that base: a numerator from an earlier
// sentence counts other cases (the county's 411 resolved are no numerator of the committee's 138).
TEST(RateMismatch, ASentenceNamingTheBaseButNoNumeratorIsNotCheckedAgainstAnEarlierOne) {
  EXPECT_THAT(findings(report("全年排查矛盾纠纷420件，成功化解411件，化解率97.9%。其中，镇人民调解委员会调解纠纷138件，"
                              "调解成功率96.4%，涉及金额86.5万元。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年排查矛盾纠纷420件，成功化解411件，化解率97.9%。镇人民调解委员会全年调解纠纷138件，"
                              "调解成功率96.4%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("网格员上报事件1.38万件，其中矛盾纠纷2,416件，已化解2,380件，化解率98.5%。物业纠纷调解室"
                              "受理纠纷64件，化解率95.3%。")),
              IsEmpty());
  // The sentence giving its numerator too is checked; so is a rate whose sentence gives no count at all.
  EXPECT_THAT(findings(report("全年排查矛盾纠纷420件，成功化解411件，化解率97.9%。镇人民调解委员会调解纠纷138件，"
                              "调解成功126件，调解成功率96.4%。")),
              ElementsAre("rate-mismatch error"));
  const auto d = test::process_text_with_default_pipeline(
      report("全年排查矛盾纠纷420件，成功化解411件。全镇矛盾纠纷化解率为93.0%。"));
  ASSERT_NE(first(d, "rate-mismatch"), nullptr);
  EXPECT_EQ(first(d, "rate-mismatch")->message, "矛盾纠纷化解率为93.0%，按411÷420计算应为97.9%");  // as stated
}

// A rate of no configured name may name any one part of the listing before it (调解率 of 调解结案, not of the
// 裁决结案 right before it), or a count its clause picks out of an earlier one (审结案件中调解结案…).
TEST(RateMismatch, ARateOfNoConfiguredNameOfAPartOfTheListingBeforeIt) {
  const auto d = test::process_text_with_default_pipeline(
      report("县劳动人事争议仲裁院受理案件318件，审结302件，结案率95.0%，其中调解结案204件、裁决结案98件，调解率"
             "77.5%。"));
  ASSERT_NE(first(d, "rate-mismatch"), nullptr);
  EXPECT_EQ(first(d, "rate-mismatch")->message, "调解率为77.5%，按204÷302计算应为67.5%");
  EXPECT_THAT(findings(report("县劳动人事争议仲裁院受理案件318件，审结302件，结案率95.0%，其中调解结案204件、裁决结案"
                              "98件，调解率67.5%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("县劳动人事争议仲裁院受理案件318件，审结302件，结案率95.0%。审结案件中调解结案204件，"
                              "调解率77.5%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("县劳动人事争议仲裁院受理案件318件，审结302件，结案率95.0%。审结案件中调解结案204件，"
                              "调解率67.5%。")),
              IsEmpty());
  // The count before the numerator counts another thing (decisions published, major decisions reviewed): no base.
  EXPECT_THAT(findings(report("公示行政处罚决定47件，重大执法决定法制审核19件，审核率100%。")), IsEmpty());
  // One named by a verb alone, or ending as the numerator's name does, is the base.
  EXPECT_THAT(findings(report("开展检查320次，发现问题83个，已整改76个，整改率95%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("排查安全隐患96处，整改隐患90处，整改率100%。")), ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("经核查属违法用地67宗，已整改到位64宗，整改率97.0%。")),
              ElementsAre("rate-mismatch error"));
  // Two parts the rate may name (mediated judgments and withdrawals): which one, or both, is unclear.
  EXPECT_THAT(findings(report("审结302件，其中调解结案150件、调解撤诉54件、裁决结案98件，调解率67.5%。")), IsEmpty());
}

// After a listing of kinds of concluded cases, a rate of the concluded stage (结案率, 办结率) is the total's over the
// cases received before it, never one part over another.
TEST(RateMismatch, AClosureRateAfterAListingOfConcludedKindsIsTheTotals) {
  const std::string counts = "全年受理劳动人事争议案件240件，审结228件，其中调解结案150件、裁决结案78件，";
  EXPECT_THAT(findings(report(counts + "调解率65.8%，结案率95.0%。")), IsEmpty());
  EXPECT_THAT(findings(report(counts + "办结率95.0%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年审结劳动争议案件228件，其中调解结案150件、裁决结案78件，结案率95.0%。")), IsEmpty());
  // A closure rate the counts do not give is still an error, computed from the total.
  const auto closure = test::process_text_with_default_pipeline(report(counts + "调解率65.8%，结案率98.5%。"));
  ASSERT_NE(first(closure, "rate-mismatch"), nullptr);
  EXPECT_EQ(first(closure, "rate-mismatch")->message, "结案率为98.5%，按228÷240计算应为95.0%");
  const auto done = test::process_text_with_default_pipeline(report(counts + "办结率98.5%。"));
  ASSERT_NE(first(done, "rate-mismatch"), nullptr);
  EXPECT_EQ(first(done, "rate-mismatch")->message, "办结率为98.5%，按228÷240计算应为95.0%");
  // The mediation rate is still its part's share of the total.
  EXPECT_THAT(findings(report(counts + "调解率75.8%，结案率95.0%。")), ElementsAre("rate-mismatch error"));
}

// Kinds of one outcome set side by side with no 其中 are no share of each other: the rate is of them together, and a
// count of what was due is the base of a closure rate, not a stage reached.
TEST(RateMismatch, KindsOfOneOutcomeSideBySideAreNoShareOfEachOther) {
  EXPECT_THAT(findings(report("全年受理劳动人事争议案件316件，较2024年减少18件，调解结案189件，裁决结案121件，"
                              "结案率98.1%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("人民调解成功120件，司法调解成功32件，调解成功率95%。")), IsEmpty());
  EXPECT_THAT(findings(report("人民调解化解250件，行政调解化解40件，化解率96.7%。")), IsEmpty());
  EXPECT_THAT(findings(report("受理案件100件，应结案90件，实际结案88件，结案率97.8%。")), IsEmpty());
  EXPECT_THAT(findings(report("受理300件，调解结案180件，裁决结案80件，撤诉结案20件，结案率93.3%。")), IsEmpty());
  // Their sum over the count before them is checked.
  const auto summed = test::process_text_with_default_pipeline(
      report("全年受理劳动人事争议案件300件，调解结案180件，裁决结案100件，结案率98%。"));
  ASSERT_NE(first(summed, "rate-mismatch"), nullptr);
  EXPECT_EQ(first(summed, "rate-mismatch")->message, "结案率为98%，按280÷300计算应为93.3%");
  // A rate named after one count (调解结案率, 诉前化解率) is that count's share of the bare total.
  const auto named = test::process_text_with_default_pipeline(report("全年共结案120件，调解结案96件，调解结案率85%。"));
  ASSERT_NE(first(named, "rate-mismatch"), nullptr);
  EXPECT_EQ(first(named, "rate-mismatch")->message, "调解结案率为85%，按96÷120计算应为80.0%");
  EXPECT_THAT(findings(report("全年累计化解120件，诉前化解90件，诉前化解率60%。")), ElementsAre("rate-mismatch error"));
  // A rate its own counts do not give is still an error.
  EXPECT_THAT(findings(report("排查矛盾纠纷312件，成功化解280件，化解率97.8%。")), ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("应结案90件，实际结案80件，结案率97.8%。")), ElementsAre("rate-mismatch error"));
}

TEST(RateMismatch, ARateNamingTheCountBeforeItIsChecked) {
  EXPECT_THAT(findings(report("发现问题83个，已整改76个，整改率98.8%。")), Contains("rate-mismatch error"));
  EXPECT_THAT(findings(report("回收问卷1,200份，满意1,164份，满意率96.0%。")), Contains("rate-mismatch error"));
  EXPECT_THAT(
      findings(report("发现问题83个，已整改76个，整改率91.6%。全县执法人员520人，持证上岗498人，持证率95.8%。")),
      IsEmpty());
  // A count the rate does not name is no numerator.
  EXPECT_THAT(findings(report("开展检查83次，发现问题76个，整改率98.8%。")), IsEmpty());
}

// Between the numerator and its rate, what is left of the numerator is passed over: the items not done, and of a rate
// of what was done in time, those done late. Items done late are done all the same: of a rate of all that was done they
// are some of its numerator, never all of it.
TEST(RateMismatch, WhatIsLeftOfTheNumeratorBeforeTheRateIsPassedOver) {
  EXPECT_THAT(findings(report("共派单480件，按时结案476件，超时办理4件，按时结案率98.1%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("共派单480件，按时结案476件，超时办理4件，按时结案率99.2%。")), IsEmpty());
  EXPECT_THAT(findings(report("排查问题64个，已整改57个，未整改7个，整改率97.5%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("排查问题64个，已整改57个，未整改7个，整改率89.1%。")), IsEmpty());
  // A rate of what is left names it itself.
  EXPECT_THAT(findings(report("排查问题64个，已整改57个，未整改7个，未整改率10.9%。")), IsEmpty());
  // All that was done counts the late ones too: 结案率 is 480 of 480, 办结率 106 of 106, 整改率 86 of 94.
  EXPECT_THAT(findings(report("共派单480件，按时结案476件，超时办理4件，结案率100%，按时结案率99.2%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年受理信访事项106件，按期办结104件，逾期办结2件，办结率100%。")), IsEmpty());
  // Those in time and those late are all that was done: 106 of 120 is no 100 %.
  EXPECT_THAT(findings(report("全年受理信访事项120件，按期办结104件，逾期办结2件，办结率100%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("排查安全隐患94处，整改86处，逾期整改5处，整改率91.5%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年受理信访事项106件，按期办结104件，逾期办结2件，按期办结率99%。")),
              ElementsAre("rate-mismatch error"));
  // Those in time alone are the least of all that was done: the late ones may go unsaid (96 of 100 may be 100 %), but
  // no rate of all that was done is below them (90 % of 100 is fewer than the 96 done in time).
  EXPECT_THAT(findings(report("全年受理信访事项100件，按期办结96件，办结率100%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年受理信访事项100件，按期办结96件，办结率90%。")), ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("全年受理信访事项100件，办结96件，办结率100%。")), ElementsAre("rate-mismatch error"));
  // Only when the sentence counts nothing else between the base and the rate (those late before the in-time count,
  // all that was done, what is left say more), and only for a few unsaid.
  EXPECT_THAT(findings(report("受理信访事项120件，逾期办结2件，按期办结104件，办结率100%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("受理信访事项120件，办结106件，按期办结104件，办结率100%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("受理投诉100件，按期办结90件，未办结8件，办结率98%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("受理投诉1000件，按期办结100件，办结率100%。")), ElementsAre("rate-mismatch error"));
}

// R10: what is not done, late or not, is what is left (超期未结案); 不实 and 无需 negate; a count of what was not done
// is the numerator of a rate of it (不起诉率, 不合格率); a numerator summed from those in time and late walks back from
// its first count (审结的案件中…: the count it is picked from).
TEST(RateMismatch, WhatIsNotDoneLateOrNotIsLeftAndARateOfItIsChecked) {
  EXPECT_THAT(findings(report("受理案件100件，按时结案90件，超期未结案10件，结案率90%。")), IsEmpty());
  EXPECT_THAT(findings(report("发现问题50个，按期整改40个，逾期未整改10个，整改率80%。")), IsEmpty());
  EXPECT_THAT(findings(report("核查举报线索40件，查实28件，不实12件，查实率80%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("发现问题50个，已整改45个，无需整改5个，整改率90%。")), IsEmpty());
  EXPECT_THAT(findings(report("审查起诉100人，不起诉12人，不起诉率20%。")), ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("审查起诉100人，不起诉12人，不起诉率12%。")), IsEmpty());
  EXPECT_THAT(findings(report("今年共审结案件100件。审结的案件中按时结案96件，超时结案4件，结案率90%。")),
              ElementsAre("rate-mismatch error"));
}

// A negation opens a word (未整改, 尚未办结, 不予受理, 无法办结): a count of a group or a thing whose name starts
// with the same character (未成年人, 不动产登记, 无人机, 罚没款) says what was done, and is a numerator as any other.
TEST(RateMismatch, ANounOpeningWithANegationsCharacterIsNoNegation) {
  EXPECT_THAT(findings(report("受理涉未成年人信访事项60件，办结涉未成年人信访事项57件，办结率98%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("受理涉未成年人信访事项60件，办结涉未成年人信访事项57件，办结率95%。")), IsEmpty());
  EXPECT_THAT(findings(report("受理不动产登记申请2,400件，办结不动产登记申请2,376件，办结率97%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("排查无人机违规飞行隐患40处，整改无人机违规飞行隐患36处，整改率95%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("排查无人机违规飞行隐患40处，整改无人机违规飞行隐患36处，整改率90%。")), IsEmpty());
  // Between a numerator and its rate such a count is no rest of the numerator, as a count of 涉企 is none.
  EXPECT_THAT(findings(report("排查隐患40处，整改36处，无人机巡查发现隐患3处，整改率95%。")),
              findings(report("排查隐患40处，整改36处，涉企隐患3处，整改率95%。")));
  // So is a kind of wrong named by a negated adjective (不规范), and a bound (不少于).
  EXPECT_THAT(findings(report("排查不规范执法问题40个，整改不规范执法问题36个，整改率95%。")),
              ElementsAre("rate-mismatch error"));
  // A negation opening a word still is: what is left, passed over; a decision not to act counts what was not done,
  // and a rate of it is of no count the sentence gives.
  EXPECT_THAT(findings(report("审查起诉142人，起诉98人，不起诉44人，附条件不起诉31人，附条件不起诉率21.8%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("排查问题64个，已整改57个，尚未整改7个，整改率97.5%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("受理复议申请64件，办结57件，无法办结7件，办结率89.1%。")), IsEmpty());
  EXPECT_THAT(findings(report("抽检食品320批次，合格314批次，不合格6批次，合格率98.1%。")), IsEmpty());
  EXPECT_THAT(findings(report("抽检食品320批次，合格314批次，不合格6批次，合格率99.1%。")),
              ElementsAre("rate-mismatch error"));
}

// A rate of no configured name takes those done in time and those done late after them together, as a configured
// rate does (受理120件，按期办结104件，逾期办结2件，办结率100%): one rule for both.
TEST(RateMismatch, ThoseInTimeAndThoseLateAreOneNumeratorOfAnUnconfiguredRate) {
  EXPECT_THAT(findings(report("全年受理投诉110件，按时结案96件，超时结案4件，结案率100%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("全年受理投诉100件，按时结案96件，超时结案4件，结案率100%。")), IsEmpty());
  EXPECT_THAT(findings(report("交办问题90个，按期整改84个，逾期整改3个，整改率100%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("交办问题87个，按期整改84个，逾期整改3个，整改率100%。")), IsEmpty());
  // Those done late with no count of those in time are among the count before them, not added to it.
  EXPECT_THAT(findings(report("排查安全隐患94处，整改86处，逾期整改5处，整改率91.5%。")), IsEmpty());
}

// One list of the words of time for every path: a count named by one of them (按时办结) is the numerator of a rate
// named by another (按期办结率), whether the rate is configured (办结率) or not (结案率), and both paths flag alike.
TEST(RateMismatch, EveryWordOfTimeIsInTimeForConfiguredAndUnconfiguredRatesAlike) {
  for (const std::string verb : {"办结", "结案"}) {
    SCOPED_TRACE(verb);
    EXPECT_THAT(findings(report("受理投诉106件，按时" + verb + "104件，按期" + verb + "率90%。")),
                ElementsAre("rate-mismatch error"));
    EXPECT_THAT(findings(report("受理投诉106件，按时" + verb + "104件，按期" + verb + "率98.1%。")), IsEmpty());
    EXPECT_THAT(findings(report("受理投诉106件，及时" + verb + "104件，逾期" + verb + "2件，限时" + verb + "率90%。")),
                ElementsAre("rate-mismatch error"));
    // A count that says nothing of time is still no numerator of a rate of those in time.
    EXPECT_THAT(findings(report("受理投诉106件，" + verb + "104件，按期" + verb + "率90%。")), IsEmpty());
  }
}

// A rate whose name runs on into digits is the tail of a number a page's spacing broke (调解成功率 98·6 5%: 98.65%,
// read as 5%): what it states is not known.
TEST(RateMismatch, ARateCutFromItsLeadingDigitsIsNotChecked) {
  EXPECT_THAT(findings(report("各调委会受理纠纷3,260件，成功调处3,216件，调解成功率 98·6 5%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年排查矛盾纠纷240件，成功化解236件，化解率9 8%。")), IsEmpty());
  EXPECT_THAT(findings(report("各调委会受理纠纷3,260件，成功调处3,216件，调解成功率96.65%。")),
              ElementsAre("rate-mismatch error"));
}

// A figure of an earlier period, given for comparison, is neither a part nor a base.
TEST(RateMismatch, AFigureOfAnEarlierPeriodIsNoBase) {
  EXPECT_THAT(findings(report("全年受理群众来信来访87件（2022年为104件），办结87件，办结率100%。")), IsEmpty());
  EXPECT_THAT(
      findings(report("城镇新增就业4215人，比2023年的3980人增长5.9%，其中城镇户籍人员1806人、农村转移劳动力2409人。")),
      IsEmpty());
  const auto d = test::process_text_with_default_pipeline(report("受理87件（上年同期为104件）。"));
  const auto previous =
      std::find_if(d.metrics.begin(), d.metrics.end(), [](const Metric& m) { return m.value == 104; });
  ASSERT_NE(previous, d.metrics.end());
  EXPECT_EQ(previous->role, "previous");
}

// A change is no count (较上年增加16件 is no base of the success rate); a rate of the year before is checked
// against the counts of the year before.
TEST(RateMismatch, ChangesAreNoCountsAndEarlierRatesHaveEarlierCounts) {
  EXPECT_THAT(findings(report("受理人民调解案件96件，较上年增加16件（2023年：80件）。调解成功93件，调解成功率96.9%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("排查矛盾纠纷263起，化解256起，化解率97.3%；2023年排查218起，化解209起，化解率95.9%。")),
              IsEmpty());
  EXPECT_THAT(findings(report("排查矛盾纠纷263起，化解256起，化解率97.3%；2023年排查218起，化解209起，化解率90.9%。")),
              ElementsAre("rate-mismatch error"));
}

// Courts and mediation: 出庭应诉率 and 败诉率 have definitions; a success rate's base may be what was mediated.
TEST(RateMismatch, CourtAndMediationRatesAreChecked) {
  EXPECT_THAT(findings(report("全县应出庭应诉案件91件，行政机关负责人出庭87件，出庭应诉率97%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("全县应出庭应诉案件91件，行政机关负责人出庭87件，出庭应诉率95.6%。")), IsEmpty());
  EXPECT_THAT(findings(report("一审行政诉讼案件审结41件，行政机关败诉6件，败诉率12.2%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("一审行政诉讼案件审结41件，行政机关败诉6件，败诉率14.6%。")), IsEmpty());
  EXPECT_THAT(findings(report("街道调解矛盾纠纷105件，调解成功98件，调解成功率99%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("街道调解矛盾纠纷105件，调解成功98件，调解成功率93.3%。")), IsEmpty());
  EXPECT_THAT(findings(report("调处矛盾纠纷86件，化解80件，化解率98%。")), ElementsAre("rate-mismatch error"));
}

// Disputes settled, a part of the disputes beside the kinds these are broken down into, are what became of them:
// only the kinds add up.
TEST(PartExceedsTotal, SettledDisputesBesideTheKindsAreNotAddedUp) {
  EXPECT_THAT(findings(report("全年调解矛盾纠纷412件，调解成功405件，其中邻里纠纷133件、婚姻家庭纠纷88件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全年调解矛盾纠纷412件，调解成功405件，其中邻里纠纷333件、婚姻家庭纠纷188件。")),
              ElementsAre("part-exceeds-total error"));
}

// A count in a bracket after 其中 that is one kind of appearances (其中1次为视频出庭) is no numerator of the
// appearance rate: the appearances it is one kind of are. A bracketed count of the rate's due base still is.
// A table's rate cell is checked against the counts of its own row that the headers of its columns name (受理 |
// 办结 for 办结率), with or without a unit in the headers, the 合计 row as every other.
TEST(RateMismatch, ATablesRateCellIsCheckedAgainstItsRowsCounts) {
  const auto row_wrong = test::process_text_with_default_pipeline(
      report("（一）矛盾化解\n单位\t受理\t办结\t办结率\n江北社区\t65\t64\t95.8%\n江南社区\t40\t40\t100%"));
  const Anomaly* anomaly = first(row_wrong, "rate-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "江北社区办结率为95.8%，按64÷65计算应为98.5%");
  EXPECT_EQ(anomaly->evidence, "江北社区受理：65；江北社区办结：64；95.8%");
  EXPECT_EQ(decode_utf8(row_wrong.text).substr(anomaly->start, anomaly->end - anomaly->start), U"65\n64\n95.8%");
  EXPECT_THAT(findings(report("（一）矛盾化解\n单位\t受理（件）\t办结（件）\t办结率\n江北社区\t65\t64\t95.8%\n"
                              "江南社区\t40\t40\t100%\n合计\t105\t104\t99.0%")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("（一）矛盾化解\n单位\t受理（件）\t办结（件）\t办结率\n江北社区\t65\t64\t98.5%\n"
                              "江南社区\t40\t40\t100%\n合计\t105\t104\t97.1%")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("（一）矛盾化解\n村（社区）\t排查纠纷\t化解纠纷\t化解率\n新桥村\t32\t30\t96.9%")),
              ElementsAre("rate-mismatch error"));
  // A rate of some of what a column counts (按期办结 of 办结) is over that column, not over the 受理 before it.
  EXPECT_THAT(findings(report("（一）信访办理\n单位\t受理\t办结\t按期办结\t按期办结率\n江北社区\t100\t98\t90\t"
                              "91.8%")),
              IsEmpty());
  EXPECT_THAT(findings(report("（一）信访办理\n单位\t受理\t办结\t按期办结\t按期办结率\n江北社区\t100\t98\t90\t"
                              "90.0%")),
              ElementsAre("rate-mismatch error"));
}

// A table's rate is quoted as the table prints it, its trailing zero kept (95.50%, never 95.5%), and the expected
// rate at the places it states.
TEST(RateMismatch, ATablesRateIsQuotedAsPrinted) {
  const auto document = test::process_text_with_default_pipeline(
      report("（一）矛盾化解\n单位\t受理\t办结\t办结率\n江北社区\t65\t64\t95.50%\n江南社区\t40\t40\t100.0%"));
  const Anomaly* anomaly = first(document, "rate-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "江北社区办结率为95.50%，按64÷65计算应为98.46%");
  const auto whole = test::process_text_with_default_pipeline(
      report("（一）矛盾化解\n单位\t受理\t办结\t办结率\n江北社区\t1,286\t1,190\t96.0%"));
  anomaly = first(whole, "rate-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "江北社区办结率为96.0%，按1190÷1286计算应为92.5%");
}

// A rate that matches its row to its printed precision (98.5% or 98.4% for 98.46%), a rate of no configured name
// (满意率), an earlier year's rate, and a row without the counts its name names are left alone.
TEST(RateMismatch, ATablesRateCellMatchingItsRowOrNamingNoCountsIsNotFlagged) {
  EXPECT_THAT(findings(report("（一）矛盾化解\n单位\t受理\t办结\t办结率\n江北社区\t65\t64\t98.5%\n江南社区\t65\t64\t"
                              "98.4%\n合计\t130\t128\t98.5%")),
              IsEmpty());
  EXPECT_THAT(findings(report("（一）矛盾化解\n单位\t受理\t办结\t满意率\n江北社区\t65\t64\t92.0%")), IsEmpty());
  EXPECT_THAT(findings(report("（一）矛盾化解\n单位\t受理\t办结\t办结率\t上年办结率\n江北社区\t65\t64\t98.5%\t91.2%")),
              IsEmpty());
  EXPECT_THAT(findings(report("（一）矛盾化解\n单位\t受理\t未办结\t办结率\n江北社区\t65\t4\t93.8%")), IsEmpty());
}

TEST(RateMismatch, AKindOfTheNumeratorInABracketIsNoNumerator) {
  EXPECT_THAT(findings(report("镇长带头参加行政诉讼出庭应诉3次（其中1次为视频出庭），出庭应诉率100%。")), IsEmpty());
  EXPECT_THAT(findings(report("全县应出庭应诉案件91件（其中一审62件），行政机关负责人出庭87件，出庭应诉率97%。")),
              ElementsAre("rate-mismatch error"));
}

// The leaders' court appearances over the cases that asked for them, however the counts and the rate are worded: a
// count of what was due (应出庭应诉) is the base, never one kind of appearance beside the other, and 出庭率 is
// 出庭应诉率 by a shorter name.
TEST(RateMismatch, CourtAppearancesOverTheDueCountAreChecked) {
  const auto message = [](const std::string& sentence) {
    const auto document = test::process_text_with_default_pipeline(report(sentence));
    const Anomaly* anomaly = first(document, "rate-mismatch");
    return anomaly ? anomaly->message : std::string("none");
  };
  EXPECT_EQ(message("全县行政机关负责人应出庭应诉23件，实际出庭应诉21件，出庭应诉率100%。"),
            "出庭应诉率为100%，按21÷23计算应为91.3%");
  EXPECT_EQ(message("应出庭应诉23件，实际出庭应诉21件，出庭应诉率95%。"), "出庭应诉率为95%，按21÷23计算应为91.3%");
  EXPECT_EQ(message("行政机关负责人应出庭应诉23件，实际出庭21件，出庭率100%。"), "出庭率为100%，按21÷23计算应为91.3%");
  EXPECT_EQ(message("全年行政诉讼应诉案件23件，负责人出庭21件，出庭率100%。"), "出庭率为100%，按21÷23计算应为91.3%");
  // The count done linked as a part of the count due (其中) is over it, not the due count taken for a stage reached.
  EXPECT_EQ(message("全县行政机关负责人应出庭应诉23件，其中实际出庭应诉21件，出庭应诉率100%。"),
            "出庭应诉率为100%，按21÷23计算应为91.3%");
  // The rates the counts give are no finding.
  EXPECT_THAT(findings(report("全县行政机关负责人应出庭应诉23件，实际出庭应诉21件，出庭应诉率91.3%。")), IsEmpty());
  EXPECT_THAT(findings(report("全县行政机关负责人应出庭应诉23件，其中实际出庭应诉21件，出庭应诉率91.3%。")), IsEmpty());
  EXPECT_THAT(findings(report("行政机关负责人应出庭应诉23件，实际出庭23件，出庭率100%。")), IsEmpty());
  EXPECT_THAT(findings(report("全年行政诉讼应诉案件23件，负责人出庭21件，出庭率91.3%。")), IsEmpty());
  // 实际 names what was done of the count due, whatever the rate is called.
  EXPECT_EQ(message("应整改问题20个，实际整改18个，整改率100%。"), "整改率为100%，按18÷20计算应为90.0%");
  EXPECT_THAT(findings(report("应整改问题20个，实际整改18个，整改率90%。")), IsEmpty());
}

// A rate of no configured name right after a part of a 其中 breakdown is that part's share of the total.
TEST(RateMismatch, ARateRightAfterAPartIsCheckedAgainstItsTotal) {
  EXPECT_THAT(findings(report("共查处违法用地案件40件，其中已结案30件，结案率80%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("处罚案件156件，其中首违不罚案件21件，占比15%。")), ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("共查处违法用地案件40件，其中已结案30件，结案率75%。")), IsEmpty());
  // A bound holds whatever the exact rate: 30 of 40 is 75%, below 80% and above 70%.
  EXPECT_THAT(findings(report("共查处违法用地案件40件，其中已结案30件，结案率低于80%。")), IsEmpty());
  EXPECT_THAT(findings(report("共查处违法用地案件40件，其中已结案30件，结案率高于70%。")), IsEmpty());
  EXPECT_THAT(findings(report("共查处违法用地案件40件，其中已结案30件，结案率不高于70%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("共查处违法用地案件40件，其中已结案30件，覆盖率80%。")), IsEmpty());
}

// A share whose own clause names another attribute of the total (age, sex, education) is not the part's share.
TEST(RateMismatch, AShareNamingAnotherSubjectIsNotThePartsShare) {
  EXPECT_THAT(findings(report("全局在编执法人员153人，其中具有法律职业资格的11人，35岁以下的占四成左右。")), IsEmpty());
  EXPECT_THAT(findings(report("全局在编执法人员153人，其中具有法律职业资格的11人，女性占比32.7%。")), IsEmpty());
  EXPECT_THAT(findings(report("全局干部职工62人，其中执法人员48人，研究生学历占比12.9%。")), IsEmpty());
  // The share right after the part, naming nothing else, naming the part, or pointing back to it, is still its.
  EXPECT_THAT(findings(report("全局在编执法人员153人，其中具有法律职业资格的11人，占比12%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("受理行政复议案件196件，其中涉企案件58件，涉企案件占比35.6%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("处罚案件156件，其中首违不罚案件21件，该类案件占比15%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("处罚案件156件，其中首违不罚案件21件，所占比例15%。")),
              ElementsAre("rate-mismatch error"));
  EXPECT_THAT(findings(report("受理行政复议案件196件，其中涉企案件58件，涉企案件占比29.6%。")), IsEmpty());
  EXPECT_THAT(findings(report("共排查纠纷205宗，其中化解198宗，化解率93%。")), ElementsAre("rate-mismatch error"));
}

// A share naming its base (占受理案件总数的38%) is the count before it over that base's count the paragraph gave
// before, with no 其中 to link them.
TEST(RateMismatch, AShareNamingItsBaseIsCheckedAgainstThatBasesCount) {
  const auto d = test::process_text_with_default_pipeline(
      report("青石县政府收到行政复议申请16件，立案受理15件。经审理，维持原行政行为5件，占受理案件总数的38%；"
             "撤销、变更6件，占受案总数的46%；终止审理4件。"));
  std::vector<std::string> messages;
  for (const Anomaly& a : d.anomalies) {
    if (a.rule == "rate-mismatch") messages.push_back(a.message);
  }
  EXPECT_THAT(messages, ElementsAre("维持原行政行为占受理案件总数为38%，按5÷15计算应为33.3%",
                                    "撤销、变更占受案总数为46%，按6÷15计算应为40.0%"));
  EXPECT_THAT(
      findings(report("榆城市共办理热线工单2495件，其中交通类783件、城建类579件、政法类562件，占工单总量的77%。")),
      IsEmpty());
  EXPECT_THAT(findings(report("青石县立案受理15件。经审理，维持原行政行为5件，占受理案件总数的33.3%。")), IsEmpty());
  // A base the paragraph does not state, or the whole of an area, is not guessed.
  EXPECT_THAT(findings(report("经审理，维持原行政行为5件，占受理案件总数的38%。")), IsEmpty());
  EXPECT_THAT(findings(report("青石县立案受理15件，维持原行政行为5件，占全省受理案件总数的0.2%。")), IsEmpty());
}

// A stated change against the figure and the earlier-period figure its sentence gives.
TEST(ChangeMismatch, AChangeThatTheTwoFiguresDoNotGiveIsAWarning) {
  const auto d = test::process_text_with_default_pipeline(report("受理行政复议案件36件，同比增长50%，2023年为30件。"));
  const Anomaly* a = first(d, "change-mismatch");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->severity, Severity::warning);
  EXPECT_EQ(a->message, "增长50%，按本期36件与上期30件计算应为增长20.0%");
  EXPECT_EQ(a->evidence, "本期36件；上期30件；变化50%");
  const std::u32string text = decode_utf8(d.text);
  EXPECT_EQ(text.substr(a->start, a->end - a->start), U"36件，同比增长50%，2023年为30件");
  EXPECT_THAT(findings(report("调解矛盾纠纷120件，比上年增加10件，上年同期为114件。")),
              ElementsAre("change-mismatch warning"));
  EXPECT_THAT(findings(report("开展法治宣传活动45场次，较上年增长10%（2023年为50场次）。")),
              ElementsAre("change-mismatch warning"));
  EXPECT_THAT(findings(report("行政复议纠错率12%，同比提高5个百分点，上年为10%。")),
              ElementsAre("change-mismatch warning"));
}

// What came of cases cannot outnumber the cases, stage after stage in one sentence, without 其中.
TEST(StageExceedsEarlier, AnOutcomeAboveTheCasesItCameOf) {
  const auto d = test::process_text_with_default_pipeline(report("办理行政诉讼应诉案件8件，审结7件，败诉9件。"));
  const Anomaly* a = first(d, "stage-exceeds-earlier");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->severity, Severity::warning);
  EXPECT_EQ(a->message, "败诉9件多于审结行政诉讼应诉案件7件：案件的结果不会多于案件本身");
  EXPECT_THAT(findings(report("被申请行政复议12件，复议维持9件，复议撤销14件。")),
              ElementsAre("stage-exceeds-earlier warning"));
  // Consistent stages, concluded cases carried over from the year before, a listing part-exceeds-total judges.
  EXPECT_THAT(findings(report("办理行政诉讼应诉案件8件，审结7件，败诉1件。")), IsEmpty());
  EXPECT_THAT(findings(report("立案查处案件120件，结案126件。")), IsEmpty());
  // Other stories: mediation after a count of aid requests, registrations changed, corrections ended.
  EXPECT_THAT(findings(report("全年受理法律援助申请12件，调解矛盾纠纷156件。受理企业登记申请320件，办理变更登记450件。"
                              "受理社区矫正对象报到6人，终止矫正9人。")),
              IsEmpty());
  EXPECT_THAT(findings(report("行政诉讼应诉案件8件，其中败诉9件。")), ElementsAre("part-exceeds-total error"));
}

// A count of lawsuits or reconsiderations naming no stage is of the cases received; after ； another kind of case
// starts its own stages.
// A figure in a bracket after a stage is a note on it (what it includes), no stage of its own: the decisions after
// the bracket are of the stage before it.
TEST(StageExceedsEarlier, ANoteInABracketIsNoStage) {
  EXPECT_THAT(findings(report("全县一审行政诉讼案件40件，法院审结44件（含上年未结案件6件），其中判决驳回诉讼请求30件、"
                              "原告撤诉9件、判决败诉5件。")),
              IsEmpty());
  EXPECT_THAT(findings(report("全县一审行政诉讼案件40件（含上年未结案件6件），败诉45件。")),
              ElementsAre("stage-exceeds-earlier warning"));
}

TEST(StageExceedsEarlier, ACountOfLawsuitsNamingNoStageIsTheCasesReceived) {
  const auto d = test::process_text_with_default_pipeline(report("本局作为被告的行政诉讼案件3件，败诉4件。"));
  ASSERT_NE(first(d, "stage-exceeds-earlier"), nullptr);
  EXPECT_EQ(first(d, "stage-exceeds-earlier")->message,
            "败诉4件多于作为被告的行政诉讼案件3件：案件的结果不会多于案件本身");
  EXPECT_THAT(findings(report("全年发生行政诉讼案件3件，败诉4件。")), ElementsAre("stage-exceeds-earlier warning"));
  EXPECT_THAT(findings(report("全年被诉行政诉讼案件3件，败诉4件。")), ElementsAre("stage-exceeds-earlier warning"));
  const auto semicolon = test::process_text_with_default_pipeline(
      report("本局作为被申请人的行政复议案件9件，审结9件，其中维持7件、撤销2件；行政诉讼案件3件，败诉4件。"));
  ASSERT_NE(first(semicolon, "stage-exceeds-earlier"), nullptr);
  EXPECT_EQ(first(semicolon, "stage-exceeds-earlier")->evidence, "行政诉讼案件3件；败诉4件");
  EXPECT_THAT(findings(report("本局作为被申请人的行政复议案件9件，审结9件，其中维持7件、撤销2件；行政诉讼案件3件，"
                              "胜诉2件，败诉1件。全年发生行政诉讼案件3件，败诉1件。")),
              IsEmpty());
}

// Groups picked out by whom they served are no breakdown of the whole, whatever their share.
TEST(PartExceedsTotal, GroupsServedAreNoFullListing) {
  EXPECT_THAT(findings(report("受理法律援助案件12件，其中为农民工讨薪5件、为残疾人维权2件。")), IsEmpty());
}

// A table's column of changes is checked against the row's figures of the two years, in its own terms.
TEST(ChangeMismatch, AColumnOfChangesIsCheckedRowByRow) {
  const std::string table = report(
      "主要数据如下：\n项目\t2023年\t2024年\t增减\n排查矛盾纠纷（件）\t96\t112\t+16\n法律援助（件）\t7\t10\t+2\n"
      "法治宣传活动（场）\t20\t18\t-2\n");
  ASSERT_THAT(findings(table), ElementsAre("change-mismatch warning"));
  const auto d = test::process_text_with_default_pipeline(table);
  EXPECT_EQ(first(d, "change-mismatch")->message, "增加2件，按本期10与上期7计算应为增加3件");
  EXPECT_THAT(findings(report("项目\t2024年\t2023年\t同比增减（%）\n罚款金额（万元）\t268.4\t301.5\t-11.0\n"
                              "受理行政案件（起）\t1846\t2012\t-8.3\n")),
              IsEmpty());
  EXPECT_THAT(findings(report("项目\t2024年\t2023年\t同比增减（%）\n罚款金额（万元）\t268.4\t301.5\t-1.0\n")),
              ElementsAre("change-mismatch warning"));
  // A row with a column of differences and one of rates: each is measured from the year's figure.
  const auto both = test::process_text_with_default_pipeline(
      report("项目\t2024年\t2023年\t增减\t增长率（%）\n法治讲座（场）\t12\t10\t2\t30\n"));
  ASSERT_NE(first(both, "change-mismatch"), nullptr);
  EXPECT_EQ(first(both, "change-mismatch")->message, "增长30%，按本期12与上期10计算应为增长20.0%");
}

// Rows adding up to a 合计 row are its parts, and their cells of changes are still checked.
TEST(ChangeMismatch, AColumnOfChangesIsCheckedAboveATotalRow) {
  const auto table = [](const std::string& second, const std::string& third) {
    return report(
        "各村矛盾纠纷排查情况如下（单位：件）：\n村（社区）\t2023年\t2024年\t增减\n东岭村\t42\t38\t-"
        "4\n新塘村\t35\t41\t" +
        second + "\n石门村\t28\t25\t" + third + "\n合计\t105\t104\t-1\n");
  };
  const auto d = test::process_text_with_default_pipeline(table("+8", "-3"));
  ASSERT_THAT(findings(table("+8", "-3")), ElementsAre("change-mismatch warning"));
  EXPECT_EQ(first(d, "change-mismatch")->message, "增加8件，按本期41与上期35计算应为增加6件");
  EXPECT_THAT(findings(table("+6", "+3")), ElementsAre("change-mismatch warning"));
  EXPECT_THAT(findings(table("+6", "-3")), IsEmpty());
}

TEST(ChangeMismatch, AConsistentChangeIsNotFlagged) {
  EXPECT_THAT(findings(report("受理行政复议案件36件，同比增长20%，2023年为30件。")), IsEmpty());
  EXPECT_THAT(findings(report("办理信访事项80件，上年为64件，同比增长25%。")), IsEmpty());
  EXPECT_THAT(findings(report("开展法治宣传活动45场次，较上年下降10%（2023年为50场次）。")), IsEmpty());
  EXPECT_THAT(findings(report("调解矛盾纠纷120件，比上年增加6件，上年同期为114件。")), IsEmpty());
  EXPECT_THAT(findings(report("行政复议纠错率12%，同比提高2个百分点，上年为10%。")), IsEmpty());
  EXPECT_THAT(findings(report("受理40件，上年为30件，同比增长33.3%。")), IsEmpty());
  EXPECT_THAT(findings(report("查处案件42起，上年为46起，同比-8.7%。")), IsEmpty());
  // The change of a change the sentence gave: 45 more than 218 is 20.6% more.
  EXPECT_THAT(findings(report("受理量比2023年的218起增加45起，同比增长20.6%。")), IsEmpty());
  // Read as the change of another figure of its sentence, with which it agrees (36 against 30).
  EXPECT_THAT(findings(report("受理行政复议案件36件，办结34件，同比增长20%，上年受理30件。")), IsEmpty());
}

// The ways reports lay a change out: the figure it leads to after it, a named year, a year-end stock, a change
// written cut off rather than rounded.
TEST(ChangeMismatch, LayoutsOfAChange) {
  EXPECT_THAT(findings(report("新收调解案件50件，调解结案同比增长20%，达到36件，2023年为30件。")), IsEmpty());
  EXPECT_THAT(findings(report("新收调解案件50件，调解结案同比增长50%，达到36件，2023年为30件。")),
              ElementsAre("change-mismatch warning"));
  // Against 2022, while the earlier figure given is 2023's: not compared.
  EXPECT_THAT(findings(report("排查矛盾纠纷168件，比2022年增长40%，2023年为150件。")), IsEmpty());
  EXPECT_THAT(findings(report("在编人员224人，较上年末减少28人，上年末为252人。")), IsEmpty());
  EXPECT_THAT(findings(report("在编人员234人，较上年末减少28人，上年末为252人。")),
              ElementsAre("change-mismatch warning"));
  EXPECT_THAT(findings(report("受理案件38件，上年为30件，同比增长26.6%。")), IsEmpty());  // 26.67 cut off
  EXPECT_THAT(findings(report("受理96件，上年受理80件，同比增长25%。")), ElementsAre("change-mismatch warning"));
  // Changes listed respectively are not paired.
  EXPECT_THAT(
      findings(report("办理行政处罚案件156件，罚没款48.6万元，同比分别增长30%和35%，上年分别为120件和36万元。")),
      IsEmpty());
  // The message shows the points at the precision of the stated change.
  const auto d = test::process_text_with_default_pipeline(report("办结率96.5%，较上年的94.3%提高3.2个百分点。"));
  const Anomaly* a = first(d, "change-mismatch");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->message, "增加3.2个百分点，按本期96.5%与上期94.3%计算应为增加2.2个百分点");
}

TEST(ChangeMismatch, AnUnclearPairingIsNoFinding) {
  // A part before the change: the part or its total may be what changed.
  EXPECT_THAT(findings(report("受理案件36件，其中行政复议10件，同比增长50%，2023年为30件。")), IsEmpty());
  // Two earlier figures of one unit.
  EXPECT_THAT(findings(report("受理36件，同比增长50%，2023年为30件，2022年为20件。")), IsEmpty());
  // Approximate figures, a bound, and a change between rates that may be relative or in points.
  EXPECT_THAT(findings(report("受理40余件，同比增长50%，2023年为30件。")), IsEmpty());
  EXPECT_THAT(findings(report("受理36件，同比增长50%以上，2023年为30件。")), IsEmpty());
  EXPECT_THAT(findings(report("行政复议纠错率12%，同比提高5%，上年为10%。")), IsEmpty());
  // The figure of another sentence, and a figure with no earlier one.
  EXPECT_THAT(findings(report("受理36件。同比增长50%，2023年为30件。")), IsEmpty());
  EXPECT_THAT(findings(report("受理36件，同比增长50%。")), IsEmpty());
  // 增加 that opens what was done is no change: 增加调解员3名.
  EXPECT_THAT(findings(report("调解员12名，较上年增加调解员3名，上年为10名。")), IsEmpty());
}

TEST(HeadingSequence, DuplicateGapAndMissingMarkerAreWarnings) {
  const auto duplicate = test::process_text_with_default_pipeline(report("正文。", "\n四、其他\n四、其他事项"));
  const Anomaly* anomaly = first(duplicate, "heading-sequence");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->severity, Severity::warning);
  EXPECT_THAT(anomaly->message, HasSubstr("“四、”"));
  EXPECT_THAT(anomaly->message, HasSubstr("应为“五、”"));
  EXPECT_THAT(findings(report("正文。", "\n六、其他事项")), ElementsAre("heading-sequence warning"));
  EXPECT_THAT(findings(report("正文。", "\n、其他事项")), ElementsAre("heading-sequence warning"));
}

// Two swapped headings are two findings, each naming its position's number; the heading after them is right.
TEST(HeadingSequence, SwappedHeadingsAreFlaggedOnceEach) {
  const auto d = test::process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、2024年主要举措和成效\n正文。\n"
      "三、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n二、存在的不足和原因\n正文。\n"
      "四、2025年工作计划\n正文。");
  std::vector<std::string> messages;
  for (const auto& a : d.anomalies) messages.push_back(a.message);
  EXPECT_THAT(messages, ElementsAre(HasSubstr("应为“二、”，实为“三、”"), HasSubstr("应为“三、”，实为“二、”")));
  // A duplicate, then a number right for its position.
  EXPECT_THAT(findings(report("正文。", "\n五、其他\n五、其他事项\n七、附则")),
              ElementsAre("heading-sequence warning"));
}

TEST(HeadingSequence, AWellNumberedReportIsNotFlagged) {
  EXPECT_THAT(findings(report("（一）加强领导\n（二）深入普法", "\n五、其他事项")), IsEmpty());
}

TEST(MissingSection, AnAbsentRequiredPartIsAWarningNamingIt) {
  const auto document = test::process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n正文。\n二、存在的不足\n正文。\n三、下一步工作打算\n正文"
      "。");
  const Anomaly* anomaly = first(document, "missing-section");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->severity, Severity::warning);
  EXPECT_EQ(anomaly->evidence, "leadership");
  EXPECT_THAT(anomaly->message, HasSubstr("第一责任人"));
}

TEST(MissingSection, APartTheBodyOnlyMentionsIsInformational) {
  const auto document = test::process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n党政主要负责人切实履行第一责任人职责。\n"
      "二、存在的不足\n正文。\n三、下一步工作打算\n正文。");
  const Anomaly* anomaly = first(document, "missing-section");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->severity, Severity::info);
}

// The principal leader named at work in the body, or in a topic's heading, mentions the leaders' part; the
// principal leaders named as a committee's members do not tell how they did their duty.
TEST(MissingSection, ThePrincipalLeaderAtWorkMentionsTheLeadersPart) {
  const auto leadership_severity = [](const std::string& body) {
    const auto document =
        test::process_text_with_default_pipeline("关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n" + body +
                                                 "\n二、存在的不足\n正文。\n三、下一步工作打算\n正文。");
    const Anomaly* anomaly = first(document, "missing-section");
    return anomaly == nullptr ? std::string("none") : std::string(to_string(anomaly->severity));
  };
  EXPECT_EQ(leadership_severity("街道党工委召开法治专题会议6次，主要负责人讲法治课2次。"), "info");
  EXPECT_EQ(leadership_severity("（一）强化主要负责人责任，夯实组织基础\n局长带头研究法治工作3次。"), "info");
  EXPECT_EQ(leadership_severity("成立了党政主要领导、分管领导为委员的依法治镇委员会。"), "warning");
  // 主要领导 at work, in passing or not, as 主要负责人 is.
  EXPECT_EQ(leadership_severity("坚持主要领导亲自抓、分管领导具体抓，全年研究法治工作5次。"), "info");
  EXPECT_EQ(leadership_severity("局主要领导带头讲法治课1次。"), "info");
  EXPECT_EQ(leadership_severity("成立以主要领导为组长的法治建设领导小组。"), "warning");
}

// The regulation's own words for the shortcomings, and the next year's 工作安排, mention those parts.
TEST(MissingSection, TheShortcomingsAndTheNextYearsPlanMentionedInTheBodyAreInformational) {
  const auto document = test::process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n党政主要负责人切实履行第一责任人职责。"
      "存在的不足是执法力量薄弱。2025年工作安排是加强执法队伍建设。");
  std::vector<std::string> severities;
  for (const auto& a : document.anomalies) {
    if (a.rule == "missing-section") severities.push_back(std::string(to_string(a.severity)));
  }
  EXPECT_THAT(severities, ElementsAre("info", "info", "info"));
}

// The leaders' part given after the signature as a text of its own (an attachment, or a second report appended to
// the file) is given: a reviewer asks for nothing. A list of attachments that only names it still lacks it.
namespace attached_part {

const std::string kReport =
    "石门镇2024年度法治政府建设情况报告\n一、2024年推进法治政府建设的主要举措和成效\n"
    "（一）强化组织领导。镇党委专题研究法治建设工作4次，制定年度工作要点并逐项分解落实。\n"
    "二、存在的不足和原因\n基层执法人员专业能力不足，部分执法案卷制作不够规范。\n"
    "三、2025年推进法治政府建设的主要安排\n持续开展执法人员培训，全面提升依法行政水平。\n";
const std::string kSignature = "青溪县石门镇人民政府\n2025年1月15日\n";
const std::string kLeadersText =
    "2024年，镇党委书记、镇长认真履行推进法治建设第一责任人职责，主持召开党委会议专题学法3次，"
    "带头落实重大行政决策合法性审查制度。\n";
const std::string kFiguresText = "全镇共办理行政处罚案件46件，较上年增长12%，行政复议案件无一被纠错。\n";

std::vector<std::string> missing_parts(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& a : test::process_text_with_default_pipeline(text).anomalies) {
    if (a.rule == "missing-section") out.push_back(std::string(to_string(a.severity)) + " " + a.evidence);
  }
  return out;
}

}  // namespace attached_part

TEST(MissingSection, TheLeadersPartAttachedWithItsTextIsGiven) {
  using namespace attached_part;
  // 附件：title, then the attachment's own title and text.
  EXPECT_THAT(missing_parts(kReport + kSignature + "附件：石门镇党政主要负责人履行推进法治建设第一责任人职责情况\n" +
                            "石门镇党政主要负责人2024年度履行推进法治建设第一责任人职责情况\n" + kLeadersText),
              IsEmpty());
  // 附件1, 附件2: bare labels over each attachment's title, after a list of them above the signature.
  EXPECT_THAT(
      missing_parts(kReport +
                    "附件：1.石门镇2024年度行政执法数据统计\n2.党政主要负责人履行推进法治建设第一责任人职责情况\n" +
                    kSignature + "附件1\n石门镇2024年度行政执法数据统计\n" + kFiguresText + "附件2\n" +
                    "党政主要负责人履行推进法治建设第一责任人职责情况\n" + kLeadersText),
      IsEmpty());
  // A leader's own report appended after the signature, with no 附件 line.
  EXPECT_THAT(missing_parts(kReport + kSignature + "石门镇党委书记2024年度述法报告\n" + kLeadersText), IsEmpty());
  // …情况的报告 after a signature set on one line (issuer and date parted by spaces).
  EXPECT_THAT(missing_parts(kReport + "青溪县石门镇人民政府　2025年1月15日\n" +
                            "2024年度镇党委主要负责人履行推进法治建设第一责任人职责情况的报告\n" + kLeadersText),
              IsEmpty());
  // The leader's report with its title on two lines: the organ over 关于…的报告.
  EXPECT_THAT(missing_parts(kReport + kSignature + "中共石门镇委员会书记\n" +
                            "关于2024年度履行推进法治建设第一责任人职责情况的报告\n" + kLeadersText),
              IsEmpty());
  // Without it, the part is missing.
  EXPECT_THAT(missing_parts(kReport + kSignature), ElementsAre("warning leadership"));
}

// The plan given after the signature as an attachment with its text is given; a plan for another field is not.
TEST(MissingSection, ThePlanAttachedWithItsTextIsGiven) {
  using namespace attached_part;
  const std::string report =
      "石门镇2024年度法治政府建设情况报告\n一、2024年推进法治政府建设的主要举措和成效\n"
      "（一）强化组织领导。镇党委专题研究法治建设工作4次。\n"
      "二、党政主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记主持专题学法3次。\n"
      "三、存在的不足和原因\n基层执法人员专业能力不足，部分执法案卷制作不够规范。\n";
  const std::string plan =
      "2025年，我镇将围绕基层依法治理，完善合法性审查机制，开展执法人员轮训两期，推进村级法律顾问全覆盖。\n";
  EXPECT_THAT(missing_parts(report + kSignature + "附件：石门镇2025年法治政府建设工作计划\n" +
                            "石门镇2025年法治政府建设工作计划\n" + plan),
              IsEmpty());
  EXPECT_THAT(
      missing_parts(report + kSignature + "附件：石门镇2025年安全生产工作计划\n" + "石门镇2025年安全生产工作计划\n" +
                    "全镇将开展安全生产隐患排查，重点整治企业消防通道堵塞等问题，确保全年无较大事故。\n"),
      ElementsAre("warning plan"));
}

TEST(MissingSection, AnAttachmentListNamingTheLeadersPartWithoutItsTextStillLacksIt) {
  using namespace attached_part;
  // The list names it; no text follows (only another attachment's).
  const auto listed = missing_parts(kReport +
                                    "附件：1.石门镇2024年度行政执法数据统计\n"
                                    "2.石门镇党政主要负责人履行推进法治建设第一责任人职责情况\n" +
                                    kSignature + "附件1\n石门镇2024年度行政执法数据统计\n" + kFiguresText);
  EXPECT_THAT(listed, SizeIs(1));
  // After the signature, the list alone: it names the part and tells nothing of it, so it is no mention either.
  EXPECT_THAT(missing_parts(kReport + kSignature + "附件：石门镇党政主要负责人履行推进法治建设第一责任人职责情况\n"),
              ElementsAre("warning leadership"));
  // A list of several, each on its line after the signature.
  EXPECT_THAT(missing_parts(kReport + kSignature +
                            "附件：1.石门镇2024年度行政执法数据统计\n"
                            "2.石门镇党政主要负责人履行推进法治建设第一责任人职责情况\n"),
              ElementsAre("warning leadership"));
  // An attached text telling of it in prose still mentions it.
  EXPECT_THAT(missing_parts(kReport + kSignature + "附件\n石门镇2024年度行政执法数据统计\n" +
                            "全镇共办理行政处罚案件46件，镇党委书记切实履行第一责任人职责，审签重大执法决定3件。\n"),
              ElementsAre(::testing::StartsWith("info ")));
  // An attachment on the leaders' duties, not on how they were done: a list of them.
  EXPECT_THAT(missing_parts(kReport + kSignature + "附件：石门镇党政主要负责人履行推进法治建设第一责任人职责清单\n" +
                            "一是统筹推进本镇法治建设工作，每年听取法治建设工作汇报不少于两次，研究解决重大问题。\n"),
              SizeIs(1));
}

// A report written only as 一是…二是… paragraphs reports its measures without a part for them.
TEST(MissingSection, MeasuresListedWithoutAPartAreInformational) {
  const auto document = test::process_text_with_default_pipeline(
      "某局2021年法治政府建设工作总结\n一是强化组织领导。局主要负责人履行推进法治建设第一责任人职责。\n"
      "二是规范行政执法。全年办结行政处罚案件176件。\n我局工作还存在一些不足。\n下一步，我局将加强培训。");
  std::vector<std::string> severities;
  for (const auto& a : document.anomalies) {
    if (a.rule == "missing-section") severities.push_back(std::string(to_string(a.severity)) + " " + a.evidence);
  }
  EXPECT_THAT(severities, Contains(HasSubstr("info 一是强化组织领导")));
  EXPECT_THAT(severities, Each(StartsWith("info")));
}

// A body paragraph pasted twice, even near the top where a page's repeated title is dropped, is a question.
TEST(RepeatedParagraph, AParagraphWrittenTwiceIsAWarning) {
  const std::string twice = "全年调解矛盾纠纷512件，调解成功503件，调解成功率98.2%。";
  const auto document = test::process_text_with_default_pipeline(report(twice + "\n" + twice));
  const Anomaly* anomaly = first(document, "repeated-paragraph");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->severity, Severity::warning);
  EXPECT_EQ(decode_utf8(document.text).substr(anomaly->start, anomaly->end - anomaly->start), decode_utf8(twice));
  EXPECT_EQ(findings(report(twice + "\n正文。\n正文。")), std::vector<std::string>{});  // too short to question
  // A volume of the same paragraphs: fifty findings, then one that counts the rest.
  std::string volume;
  for (int i = 0; i < 60; ++i) volume += twice + "\n";
  const auto pasted = test::process_text_with_default_pipeline(report(volume));
  const auto count = std::count_if(pasted.anomalies.begin(), pasted.anomalies.end(),
                                   [](const Anomaly& a) { return a.rule == "repeated-paragraph"; });
  EXPECT_EQ(count, 51);
  EXPECT_EQ(first(pasted, "repeated-paragraph")->message, "另有9段与前文完全相同的段落未逐一列出");  // sorted by offset
}

// A copy that differs only by a stray space (before its 。, a full-width indent) reads the same to a reviewer;
// one figure changed is another paragraph.
TEST(RepeatedParagraph, ACopyDifferingOnlyBySpacesIsRepeated) {
  const std::string once = "全镇人民调解组织全年调解纠纷1,236件，调解成功1,207件，调解成功率97.7%。";
  const std::string spaced = "全镇人民调解组织全年调解纠纷1,236件，调解成功1,207件，调解成功率97.7% 。";
  EXPECT_THAT(findings(report(once + "\n" + spaced)), ElementsAre("repeated-paragraph warning"));
  const std::string indented = "\u3000\u3000全镇人民调解组织全年调解纠纷1,236件，调解成功1,207件， 调解成功率97.7%。";
  EXPECT_THAT(findings(report(once + "\n" + indented)), ElementsAre("repeated-paragraph warning"));
  const std::string other = "全镇人民调解组织全年调解纠纷1,263件，调解成功1,207件，调解成功率95.6% 。";
  EXPECT_THAT(findings(report(once + "\n" + other)), IsEmpty());
}

// A table copied into a text file as rows of `|`-parted cells repeats its header row over each block of rows, as a
// table's cells repeat: no paragraph pasted twice.
TEST(RepeatedParagraph, ATablesHeaderRowWrittenAsTextAgainIsNoRepeat) {
  const std::string header = "乡镇  | 受理件数  | 乡镇  | 受理件数  | 乡镇  | 受理件数  | \n";
  const std::string rows =
      "青石镇  | 40  | 柳河镇  | 41  | 东坡镇  | 42  | \n白沙乡  | 47  | 云台乡  | 48  | 石门乡  | 49  | \n"
      "北岭镇  | 54  | 南湖镇  | 55  | 西山乡  | 56  | \n桃源乡  | 61  | 杏林乡  | 62  | 马坊镇  | 63  | \n"
      "龙泉乡  | 68  | 金沙镇  | 69  | 花溪乡  | 70  | \n";
  EXPECT_THAT(findings(report("表1：各乡镇受理矛盾纠纷情况\n" + header + rows + header +
                              "凤鸣镇  | 75  | 竹园乡  | 76  | 松林镇  | 77  | ")),
              IsEmpty());
}

// A table of contents typed under its 目录 lists the headings the body repeats: a heading is no paragraph pasted twice.
// A paragraph repeated after the contents still is.
TEST(RepeatedParagraph, AHeadingListedInTheContentsIsNoRepeat) {
  const auto repeats = [](const std::string& text) {
    const auto document = test::process_text_with_default_pipeline(text);
    return std::count_if(document.anomalies.begin(), document.anomalies.end(),
                         [](const Anomaly& a) { return a.rule == "repeated-paragraph"; });
  };
  const std::string contents =
      "目 录\n第一部分 青禾县2024年度行政执法情况统计表\n第二部分 青禾县2024年度行政执法情况说明\n"
      "第一部分 青禾县2024年度行政执法情况统计表\n";
  const std::string rest = "\n第二部分 青禾县2024年度行政执法情况说明\n全县持证执法人员312名。";
  EXPECT_EQ(repeats(contents + "全年作出行政处罚决定1,208件。" + rest), 0);
  // A paragraph repeated after the contents still is.
  const std::string twice = "全年作出行政处罚决定1,208件，罚没款合计386.4万元。";
  EXPECT_EQ(repeats(contents + twice + "\n" + twice + rest), 1);
  // Without a 目录 line a heading written twice is still questioned.
  EXPECT_EQ(repeats("第一部分 青禾县2024年度行政执法情况统计表\n第一部分 青禾县2024年度行政执法情况统计表\n正文。"), 1);
}

TEST(MissingSection, ACompleteReportIsNotFlagged) { EXPECT_THAT(findings(report("正文。")), IsEmpty()); }

TEST(LatePublication, ASignatureOrPublicationAfterTheDeadlineIsAWarning) {
  EXPECT_THAT(findings(report("正文。", "", "\n某某镇人民政府\n2025年4月13日")),
              ElementsAre("late-publication warning"));
  EXPECT_THAT(findings("发布日期：2025-05-06\n" + report("正文。")), ElementsAre("late-publication warning"));
}

// The web page's date is when the report was made public: with one, a late signature is no second finding.
TEST(LatePublication, APageDateAndASignatureBothLateAreOneFinding) {
  const auto late = test::process_text_with_default_pipeline("发布日期：2025-04-02\n" +
                                                             report("正文。", "", "\n某某镇人民政府\n2025年4月2日"));
  EXPECT_THAT(findings("发布日期：2025-04-02\n" + report("正文。", "", "\n某某镇人民政府\n2025年4月2日")),
              ElementsAre("late-publication warning"));
  ASSERT_NE(first(late, "late-publication"), nullptr);
  EXPECT_THAT(first(late, "late-publication")->message, StartsWith("网页发布日期2025-04-02"));
}

// Signed after the page that published it, or telling of work done after the signature: a date to check.
TEST(DateOrder, ASignatureAfterThePageDateIsAWarning) {
  EXPECT_THAT(findings("发布时间：2025-02-20\n" + report("正文。", "", "\n某某镇人民政府\n2025年3月1日")),
              ElementsAre("date-order warning"));
  EXPECT_THAT(findings("发布时间：2025-03-01\n" + report("正文。", "", "\n某某镇人民政府\n2025年2月20日")), IsEmpty());
  // A signature of month precision is after a day only when its whole month is.
  EXPECT_THAT(findings("发布时间：2025-03-05\n" + report("正文。", "", "\n某某镇人民政府\n2025年3月")), IsEmpty());
}

TEST(DateOrder, WorkToldAsDoneAfterTheSignatureIsAWarning) {
  const std::string closing = "\n某某镇人民政府\n2025年1月10日";
  const auto done = test::process_text_with_default_pipeline(
      report("2025年1月20日召开年度法治建设专题会议，听取汇报3次。", "", closing));
  const Anomaly* anomaly = first(done, "date-order");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "正文记述2025-01-20的工作，晚于落款日期2025-01-10");
  EXPECT_EQ(decode_utf8(done.text).substr(anomaly->start, anomaly->end - anomaly->start), U"2025年1月20日");
  // A deadline set, an aim, a plan, a period's end, or a day before the signature are no such work.
  EXPECT_THAT(findings(report("要求各村于2025年1月20日前完成整改。", "", closing)), IsEmpty());
  EXPECT_THAT(findings(report("聘请法律顾问2名，聘期至2025年12月31日。", "", closing)), IsEmpty());
  EXPECT_THAT(findings(report("2024年12月1日至2025年1月31日开展专项整治行动3次。", "", closing)), IsEmpty());
  EXPECT_THAT(findings(report("明确各村于2025年3月31日完成自查。", "", closing)), IsEmpty());
  EXPECT_THAT(findings(report("部署于2025年3月开展专项行动，安排2025年2月20日集中培训。", "", closing)), IsEmpty());
  // A meeting that gave instructions is work done on its day.
  EXPECT_THAT(findings(report("2025年1月16日，镇党委召开专题会议，研究部署行政执法监督工作。", "", closing)),
              ElementsAre("date-order warning"));
  EXPECT_THAT(findings(report("计划2025年2月15日召开述法会议。", "", closing)), IsEmpty());
  EXPECT_THAT(findings(report("2025年1月8日召开专题会议。", "", closing)), IsEmpty());
  EXPECT_THAT(
      findings("关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n正文。\n二、党政主要负责人履行推进法治建设"
               "第一责任人职责情况\n正文。\n三、存在的不足和原因\n正文。\n四、2025年工作计划\n2025年3月1日召开"
               "推进会。" +
               closing),
      IsEmpty());
}

// A date in the body written in Chinese numerals, as signatures often are, is read as its Arabic form is.
TEST(DateOrder, ADateInChineseNumeralsAfterTheSignatureIsAWarning) {
  const std::string closing = "\n某某镇人民政府\n2025年1月10日";
  const auto done = test::process_text_with_default_pipeline(
      report("二〇二五年三月十二日召开年度法治建设专题会议，听取汇报3次。", "", closing));
  const Anomaly* anomaly = first(done, "date-order");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "正文记述2025-03-12的工作，晚于落款日期2025-01-10");
  EXPECT_EQ(decode_utf8(done.text).substr(anomaly->start, anomaly->end - anomaly->start), U"二〇二五年三月十二日");
  EXPECT_THAT(findings(report("二○二五年一月二十日，镇党委召开专题会议。", "", closing)),
              ElementsAre("date-order warning"));
  // A day before the signature, a plan and a deadline stay unflagged, as in Arabic numerals.
  EXPECT_THAT(findings(report("二〇二四年三月十二日召开专题会议。二〇二五年一月八日召开述法会议。", "", closing)),
              IsEmpty());
  EXPECT_THAT(findings(report("计划二〇二五年二月十五日召开述法会议。", "", closing)), IsEmpty());
  EXPECT_THAT(findings(report("要求各村于二〇二五年三月三十一日前完成整改。", "", closing)), IsEmpty());
}

TEST(YearMismatch, YearsInChineseNumeralsAreReadAsArabicOnesAre) {
  EXPECT_THAT(findings(report("二〇二六年受理行政复议案件12件。")), ElementsAre("year-mismatch warning"));
  // The weeks the report is written in, a plan drawn up for the next year, and a book title are no results of it.
  EXPECT_THAT(findings(report("二〇二五年一月，组织开展述职述法12人次。")), IsEmpty());
  EXPECT_THAT(findings(report("制定二〇二五年普法工作方案，明确重点任务28项。")), IsEmpty());
  EXPECT_THAT(findings(report("组织学习《二〇二六年版行政执法手册》，发放手册1,200册。")), IsEmpty());
  EXPECT_THAT(findings(report("组织学习《2026年版行政执法手册》，发放手册1,200册。")), IsEmpty());
  const auto opening = test::process_text_with_default_pipeline(
      "某某乡2023年法治政府建设年度报告\n二〇二二年，我乡扎实推进法治政府建设。\n一、2023年主要举措和成效\n正文。"
      "\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足\n正文。\n四、2024年工作计划\n"
      "正文。");
  const Anomaly* anomaly = first(opening, "year-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "正文开头所述年份2022与报告年度2023不一致");
  EXPECT_EQ(anomaly->evidence, "二〇二二年");
}

// A report on several years may open on any of them.
TEST(YearMismatch, AReportOnSeveralYearsMayOpenOnAnyOfThem) {
  EXPECT_THAT(
      findings("石门镇2022—2024年法治政府建设工作总结\n2023年，我镇被评为法治建设先进单位。\n一、主要举措和成效\n"
               "正文。\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足和原因\n正文。\n"
               "四、2025年工作计划\n正文。"),
      IsEmpty());
  // Three years listed are one period from the first: the opening on the first of them is no other year's.
  EXPECT_THAT(findings("石门镇2022年、2023年、2024年法治政府建设工作情况\n2022年，我镇启动法治政府示范创建。\n"
                       "一、主要举措和成效\n正文。\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n"
                       "三、存在的不足和原因\n正文。\n四、2025年工作计划\n正文。"),
              IsEmpty());
}

// A report on two years, spanned or listed in its title, gives each year its results heading and is due when the
// later one's report is; a single year's report with a heading on another year is still questioned.
TEST(YearMismatch, AReportOnTwoYearsGivesEachItsHeading) {
  const std::string body =
      "\n2023年，我局扎实推进依法行政。\n一、2023年主要举措和成效\n查处案件21件。\n二、2024年主要举措和成效\n"
      "查处案件26件。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n四、存在的不足和原因\n正文。\n"
      "五、2025年工作计划\n正文。\n桐江县水利局\n2025年2月10日";
  for (const std::string title :
       {"桐江县水利局2023—2024年度法治政府建设工作报告", "桐江县水利局2023年度—2024年度法治政府建设工作报告",
        "桐江县水利局关于2023年度、2024年度法治政府建设情况的报告", "桐江县水利局2023年和2024年法治政府建设情况报告"}) {
    EXPECT_THAT(findings(title + body), IsEmpty()) << title;
  }
  // Its opening on 2023 and its 2023 heading.
  EXPECT_THAT(findings("桐江县水利局2024年度法治政府建设工作报告" + body),
              ElementsAre("year-mismatch warning", "year-mismatch warning"));
  // A plan's span in brackets, or right after the plan, is no period reported on: the 2024 report's 2023 heading and
  // opening are still questioned.
  for (const std::string title : {"桐江县水利局贯彻落实法治政府建设实施纲要（2021—2024年）2024年度情况报告",
                                  "桐江县水利局贯彻落实实施纲要2021-2024年2024年度情况报告"}) {
    EXPECT_THAT(findings(title + body), ElementsAre("year-mismatch warning", "year-mismatch warning")) << title;
  }
}

// Without a preamble the report opens with its results: a first paragraph on an earlier year is last year's text.
TEST(YearMismatch, AReportWithoutAPreambleOpensWithItsResults) {
  const auto kept = test::process_text_with_default_pipeline(
      report("2023年，我镇坚持以习近平法治思想为指导，全面推进依法行政。\n（一）规范执法\n开展联合执法检查36次。"));
  const Anomaly* anomaly = first(kept, "year-mismatch");
  ASSERT_NE(anomaly, nullptr);
  EXPECT_EQ(anomaly->message, "正文开头所述年份2023与报告年度2024不一致");
  EXPECT_EQ(anomaly->evidence, "2023年");
  // The first paragraph under a subsection heading is the opening too; the report year and a review since an
  // earlier year are not flagged, nor a paragraph after the first.
  EXPECT_THAT(findings(report("（一）规范执法\n2023年，我镇开展联合执法检查36次。")),
              ElementsAre("year-mismatch warning"));
  EXPECT_THAT(findings(report("2024年，我镇全面推进依法行政。\n2023年，我镇获评省级法治示范乡镇。")), IsEmpty());
  EXPECT_THAT(findings(report("2021年以来，我镇全面推进依法行政。")), IsEmpty());
  // A preamble that opens on a year is the opening: the results are not read for one.
  EXPECT_THAT(
      findings("关于2024年度法治政府建设情况的报告\n2024年，我镇全面推进依法行政。\n一、2024年主要举措和成效\n"
               "2023年，我镇获评省级法治示范乡镇。\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n"
               "三、存在的不足和原因\n正文。\n四、2025年工作计划\n正文。"),
      IsEmpty());
}

TEST(LatePublication, OnTimeIsNotFlagged) {
  EXPECT_THAT(findings(report("正文。", "", "\n某某镇人民政府\n2025年3月20日")), IsEmpty());
  EXPECT_THAT(findings(report("正文。", "", "\n某某镇人民政府\n2025年4月1日")), IsEmpty());
}

// A signature of month precision is late only when the whole month is past the deadline, and early only when
// the whole month is before the report year's last quarter.
TEST(LatePublication, ASignatureNamingOnlyTheMonthIsJudgedByTheWholeMonth) {
  EXPECT_THAT(findings(report("正文。", "", "\n某某镇人民政府\n2025年5月")), ElementsAre("late-publication warning"));
  EXPECT_THAT(findings(report("正文。", "", "\n某某镇人民政府\n2025年4月")), IsEmpty());
  EXPECT_THAT(findings(report("正文。", "", "\n某某镇人民政府\n2024年10月")), IsEmpty());
  EXPECT_THAT(findings(report("正文。", "", "\n某某镇人民政府\n2024年9月")), ElementsAre("year-mismatch warning"));
}

TEST(YearMismatch, ResultsForALaterYearAreAWarning) {
  EXPECT_THAT(findings(report("2025年受理行政复议案件12件。")), ElementsAre("year-mismatch warning"));
}

// Under a heading merging the shortcomings and the plan, the plan's own subsection names the year it plans.
TEST(YearMismatch, APlanSubsectionUnderAMergedHeadingNamesTheNextYear) {
  const auto text = [](const std::string& plan_year) {
    return "关于2023年度法治政府建设情况的报告\n一、2023年主要举措和成效\n正文。\n"
           "二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的问题和下一步打算\n（一）存在的问题"
           "\n"
           "正文。\n（二）" +
           plan_year + "年工作打算\n正文。";
  };
  EXPECT_THAT(findings(text("2023")), ElementsAre("year-mismatch warning"));
  EXPECT_THAT(findings(text("2024")), IsEmpty());
}

// The next year's work prepared at the year's end is a result of the report's year.
TEST(YearMismatch, TheNextYearsWorkPreparedIsNoResultOfIt) {
  EXPECT_THAT(findings(report("提前谋划2025年重大行政决策事项5项。制定2025年普法依法治理工作要点，明确重点任务28项。"
                              "完成2025年度重大行政决策事项目录编制，共5项。")),
              IsEmpty());
}

// The next year's plan drawn up in the report year (制定…方案, 印发…预案) is the year's work; the next year's
// work done, or a plan of it followed, is not.
TEST(YearMismatch, TheNextYearsPlanDrawnUpIsNoResultOfIt) {
  EXPECT_THAT(
      findings(report("开展冬春农机安全检查，检查农机合作社126家次。制定2025年春耕生产农资保供工作方案，储备化肥"
                      "1,260吨。印发2025年防汛抗旱应急预案，落实抢险队伍12支。")),
      IsEmpty());
  EXPECT_THAT(findings(report("2025年春耕期间储备化肥1,260吨，制定保供方案。")), ElementsAre("year-mismatch warning"));
  EXPECT_THAT(findings(report("全镇开展防汛演练6次，2025年制定应急预案3个。")), ElementsAre("year-mismatch warning"));
}

// 一、二季度 counts two quarters: no heading, and no question of its numbering.
TEST(HeadingSequence, TwoNumbersCountedTogetherOpenNoHeading) {
  EXPECT_THAT(findings(report("（一）化解纠纷\n一、二季度全镇共受理矛盾纠纷64件，三、四季度受理58件。\n"
                              "（二）行政诉讼\n一、二审行政诉讼案件共58件。")),
              IsEmpty());
}

// 述法 in the next January is told in the leadership part, and the weeks the report is written in (2025年1月,
// 2月底, 元月, 年初, the holidays of 元旦 and 春节, 寒假 and the spring term's opening) are not results of another
// year.
TEST(YearMismatch, TheNextJanuaryAndTheLeadershipPartAreNotResultsOfAnotherYear) {
  EXPECT_THAT(findings(report("2025年1月，组织开展述职述法12人次。")), IsEmpty());
  EXPECT_THAT(findings("关于2024年度法治政府建设情况的报告\n一、2024年主要举措和成效\n正文。\n"
                       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n2025年3月，组织12名部门主要负责人述法。\n"
                       "三、存在的不足\n正文。\n四、2025年工作计划\n正文。"),
              IsEmpty());
  EXPECT_THAT(findings(report("截至2025年2月底，整改问题12个。")), IsEmpty());
  // The next year's new-year holidays name the December's work before them.
  EXPECT_THAT(findings(report("在2025年元旦、春节来临之际，开展节前安全生产大检查15次。")), IsEmpty());
  EXPECT_THAT(findings(report("2025年春节前，为务工人员追回欠薪86万元。")), IsEmpty());
  EXPECT_THAT(findings(report("2025年6月受理行政复议案件12件。")), ElementsAre("year-mismatch warning"));
  // So do the winter holidays and the spring term's opening; the spring term as a whole runs on to July.
  EXPECT_THAT(findings(report("2025年春季学期开学前，开展校园周边安全检查36次，整改隐患29处。")), IsEmpty());
  EXPECT_THAT(findings(report("2025年寒假期间，组织中小学生参加法治网课学习1.6万人次。")), IsEmpty());
  EXPECT_THAT(findings(report("2025年春季学期，开展法治副校长讲座64场。")), ElementsAre("year-mismatch warning"));
  // So are those weeks written as a span or a listing of months (1—2月, 1至2月, 1月至3月, 1、2月); not a span or a
  // listing running past March.
  for (const char* span :
       {"2025年1—2月", "2025年1至2月", "2025年1月至2月", "2025年1-3月", "2025年1、2月", "2025年1月、2月"}) {
    EXPECT_THAT(findings(report(std::string(span) + "，全镇受理矛盾纠纷21件。")), IsEmpty()) << span;
  }
  for (const char* span : {"2025年1月至6月", "2025年1、5月", "2025年1—2月、6月"}) {
    EXPECT_THAT(findings(report(std::string(span) + "，全镇受理矛盾纠纷121件。")), ElementsAre("year-mismatch warning"))
        << span;
  }
  // A plan's span names its last year, not figures of that year.
  EXPECT_THAT(findings(report("印发2023—2025年依法治校三年行动方案，明确重点任务16项。")), IsEmpty());
}

// A target or a budget in the results part names a later year without giving figures of it; a heading that
// reviews the years since an earlier one is no other year's.
TEST(YearMismatch, TargetsBudgetsAndReviewsSinceAnEarlierYearAreNotFlagged) {
  EXPECT_THAT(findings(report("已建成民主法治示范村12个，力争到2026年底实现全部32个村全覆盖。")), IsEmpty());
  EXPECT_THAT(findings(report("已将2026年法治建设经费12万元纳入财政预算。")), IsEmpty());
  EXPECT_THAT(findings(report("服务中心新址已完成主体建设，已列入2026年县级民生实事项目，总投资320万元。")), IsEmpty());
  EXPECT_THAT(findings(report("《某省安全生产条例》将于2026年5月1日起施行，我镇提前组织专题培训3期。")), IsEmpty());
  EXPECT_THAT(findings("关于2024年度法治政府建设情况的报告\n一、2021年以来法治政府建设主要成效\n正文。\n"
                       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足\n正文。\n"
                       "四、2025年工作计划\n正文。"),
              IsEmpty());
}

// Money, projects or a title for the next year obtained in the report year are its results; the next year's own
// work is not.
TEST(YearMismatch, WhatWasObtainedForTheNextYearIsAResultOfTheReportYear) {
  EXPECT_THAT(findings(report("获批2025年省级法治建设专项资金150万元。")), IsEmpty());
  EXPECT_THAT(findings(report("省财政已下达我县2025年法律援助补助资金64万元。")), IsEmpty());
  EXPECT_THAT(findings(report("成功申报2025年中央财政衔接资金项目4个。")), IsEmpty());
  EXPECT_THAT(findings(report("我县入选2025年全省法治政府建设示范创建培育名单，并获批2025年专项资金80万元。")),
              IsEmpty());
  EXPECT_THAT(findings(report("2025年申报项目4个。")), ElementsAre("year-mismatch warning"));
  EXPECT_THAT(findings(report("2025年，全县获得专项资金80万元。")), ElementsAre("year-mismatch warning"));
}

// The plan written one level down, under a level-1 heading that names no part, is still checked.
TEST(YearMismatch, APlanOneLevelDownForTheReportYearIsAWarning) {
  EXPECT_THAT(
      findings("关于2023年度法治政府建设情况的报告\n一、2023年度法治政府建设情况\n（一）主要举措和成效\n正文。\n"
               "（二）党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n（三）存在的不足\n正文。\n"
               "（四）2023年工作打算\n正文。"),
      ElementsAre("year-mismatch warning"));
}

// A report on part of the year (上半年, 第一季度, 前三季度) is signed when that part is over and has no year's
// deadline: one piece of information, not a warning that the year's work was not done; the period is in the metadata
// and the report stands for no year among its unit's reports.
TEST(YearMismatch, AReportOnPartOfTheYearIsInformationNotALateOrEarlySignature) {
  const std::string body =
      "\n一、主要成效\n调解纠纷12件。\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n"
      "三、存在的不足\n正文。\n四、下半年工作计划\n正文。\n松岗街道办事处\n";
  const auto half =
      test::process_text_with_default_pipeline("松岗街道2024年上半年法治政府建设工作总结" + body + "2024年7月5日");
  EXPECT_EQ(half.metadata.get("period"), "上半年");
  EXPECT_EQ(half.metadata.get("year"), "2024");
  EXPECT_TRUE(summarize(half).year.empty());
  ASSERT_EQ(half.anomalies.size(), 1u);
  EXPECT_EQ(half.anomalies[0].rule, "year-mismatch");
  EXPECT_EQ(half.anomalies[0].severity, Severity::info);
  EXPECT_THAT(findings("松岗街道2024年前三季度法治政府建设工作情况报告" + body + "2025年5月6日"),
              ElementsAre("year-mismatch info"));
  // A year's report whose plan names part of the next year is a year's report.
  const auto year = test::process_text_with_default_pipeline(
      "松岗街道2024年法治政府建设工作总结和2025年上半年工作计划" + body + "2024年7月5日");
  EXPECT_EQ(year.metadata.get("period"), "");
  EXPECT_THAT(findings("松岗街道2024年法治政府建设工作总结和2025年上半年工作计划" + body + "2024年7月5日"),
              Contains("year-mismatch warning"));
}

TEST(YearMismatch, AResultsHeadingForAnotherYearIsAWarning) {
  EXPECT_THAT(findings("关于2024年度法治政府建设情况的报告\n一、2023年主要举措和成效\n正文。\n"
                       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足\n正文。\n"
                       "四、2025年工作计划\n正文。"),
              ElementsAre("year-mismatch warning"));
}

TEST(YearMismatch, PlansForTheNextYearAndResultsOfTheReportYearAreNotFlagged) {
  EXPECT_THAT(findings(report("2024年受理行政复议案件12件。", "", "")), IsEmpty());
  EXPECT_THAT(findings("关于2024年度法治政府建设情况的报告\n一、2024年主要举措和成效\n正文。\n"
                       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足\n正文。\n"
                       "四、2025年工作计划\n2025年计划开展讲座不少于12次。"),
              IsEmpty());
}

// A report titled 2023 whose text opens on 2022, plans 2023 and is signed in February 2023: each says the
// title's year is not the year reported on.
TEST(YearMismatch, AnOpeningAPlanOrASignatureThatContradictTheTitlesYearAreWarnings) {
  const auto d = test::process_text_with_default_pipeline(
      "某某乡2023年法治政府建设年度报告\n2022年，我乡扎实推进法治政府建设。\n一、2023年主要举措和成效\n正文。\n"
      "二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足\n正文。\n四、2023年工作计划\n"
      "正文。\n某某乡人民政府\n2023年2月10日");
  std::vector<std::string> messages;
  for (const auto& a : d.anomalies) {
    if (a.rule == "year-mismatch") messages.push_back(a.message);
  }
  EXPECT_THAT(messages, ElementsAre("正文开头所述年份2022与报告年度2023不一致",
                                    "工作安排部分写的是2023年，2023年度报告应安排2024年的工作",
                                    "落款日期2023-02-10早于2023年第四季度，2023年度的工作尚未做完"));
  const Anomaly* opening = first(d, "year-mismatch");
  ASSERT_NE(opening, nullptr);
  EXPECT_EQ(opening->evidence, "2022年");
}

TEST(YearMismatch, AReportSignedLateInItsOwnYearOrOpeningOnItsYearIsNotFlagged) {
  // 泥城镇 signed its 2024 report on 27 November 2024; 以来 and 度 are ways of opening on the year, and 以来 on
  // an earlier one opens a review of several years.
  EXPECT_THAT(
      findings("关于2024年度法治政府建设情况的报告\n2022年以来，我镇扎实推进法治建设。\n一、2024年主要举措和成效\n"
               "正文。\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足\n正文。\n"
               "四、2025年工作计划\n正文。\n某某镇人民政府\n2024年11月27日"),
      IsEmpty());
  EXPECT_THAT(findings("2024年度法治政府建设情况报告\n2024年度，我镇扎实推进法治建设。\n一、主要举措和成效\n正文。\n"
                       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n三、存在的不足\n正文。\n"
                       "四、2024年至2025年工作打算\n正文。"),
              IsEmpty());
}

TEST(MalformedDate, AnUnreadableSignatureDateIsAWarning) {
  EXPECT_THAT(findings(report("正文。", "", "\n东里镇人民政府\n2020413")), ElementsAre("malformed-date warning"));
  EXPECT_THAT(findings(report("正文。", "", "\n东里镇人民政府\n2025年3月1日")), IsEmpty());
}

TEST(ApproximatePrecise, YuOnANonRoundFigureIsInformational) {
  EXPECT_THAT(findings(report("排查出矛盾隐患137余件，送法上门427余次。")),
              ElementsAre("approximate-precise info", "approximate-precise info"));
  EXPECT_THAT(findings(report("发放资料9600余份，接待300多人次。")), IsEmpty());
  // 多达 is emphasis, no hedge: 多达137人 is exact.
  EXPECT_THAT(findings(report("普法宣讲受众多达137人。")), IsEmpty());
}

// 余 on a count below the base (6余次) is no hedge either: six times, or 60余次 with its 0 lost. A measure that goes
// on past its figure (3个多月, 1年多, 2亩余) and 多 on a small count (3个多) are plain speech.
TEST(ApproximatePrecise, YuOnACountBelowTheBaseIsInformational) {
  EXPECT_THAT(findings(report("全年共开展普法宣传活动7余次，解答法律咨询30余人次。")),
              ElementsAre("approximate-precise info"));
  EXPECT_THAT(findings(report("专项整治持续3个多月，历时1年多，流转土地2亩余。")), IsEmpty());
  EXPECT_THAT(findings(report("全年调处医疗纠纷8余例，发放宣传册5余本。")),
              ElementsAre("approximate-precise info", "approximate-precise info"));
}

// Two procedures beside a third are no complementary halves: the cases split three ways add up to more than the total.
TEST(PartExceedsTotal, AThirdProcedureMakesTheListingOneBreakdown) {
  EXPECT_THAT(findings(report("审结刑事案件120件，其中简易程序40件、普通程序80件、速裁程序30件。")),
              Contains("part-exceeds-total error"));
}

TEST(LeftoverArtifact, ConversionDebrisTheInputRemovedIsInformational) {
  EXPECT_THAT(findings(report("[bookmark: _GoBack]正文。", "\nimage1.wmf")),
              ElementsAre("leftover-artifact info", "leftover-artifact info"));
  EXPECT_THAT(findings(report("正文。")), Not(Contains("leftover-artifact info")));
}

}  // namespace
}  // namespace docpipe
