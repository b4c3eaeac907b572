// analysis.metrics on what a count is named by when the report writes the thing counted after it: a quoted name
// opening the noun phrase, an adverb ending it, a name that runs past a bracket into a deed, a verb before the
// count whose object follows it, a typist's space before the figure, and a table laid on its side whose row says
// only that it counts.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "figure_names.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;

// What each figure in a text is named (figures_with_codes).
std::vector<std::string> named(const std::string& text) { return test::figures_with_codes(text); }

// 上线112个“一件事”集成服务: a quoted name right after the count opens what is counted; the verb before the count
// (上线, 打造, 开展) names nothing.
TEST(MetricNamesAfterTheCount, AQuotedNameRightAfterTheCountOpensWhatIsCounted) {
  EXPECT_THAT(named("区政务平台上线24个“指尖办”服务场景，打造9个“法治护航”企业联系点。"),
              ElementsAre("24个 | “指尖办”服务场景 | ", "9个 | “法治护航”企业联系点 | "));
  EXPECT_THAT(named("全年市场监管所开展36批次“双随机”抽查。"), ElementsAre("36批次 | “双随机”抽查 | inspections"));
  // The quoted name alone, at the clause's end.
  EXPECT_THAT(named("新培育3个“枫桥式”司法所，谋划5个“一件事”。"),
              ElementsAre("3个 | “枫桥式”司法所 | ", "5个 | “一件事” | "));
  // A quote too long for a name ends nothing new: the words before the count name it, as before.
  EXPECT_THAT(named("全街道4个社区建成“一站式多元解纷调处化解中心服务站”。"), ElementsAre("4个 | 社区建成 | "));
}

// 138项配合履职事项以及41项…, 3个事业单位机构设置调整并配备干部: 以及 ends the noun after a count before another count
// as 及 does, and 并 ends it before a second deed; 组成部门 is one word, no deed of making up.
TEST(MetricNamesAfterTheCount, TheNounAfterTheCountEndsAtASecondCountOrASecondDeed) {
  EXPECT_THAT(named("清单包括96项基本履职事项、27项配合履职事项以及12项收回事项。"),
              ElementsAre("96项 | 基本履职事项 | ", "27项 | 配合履职事项 | ", "12项 | 收回事项 | "));
  EXPECT_THAT(named("新建4个村级调解室并配齐专职调解员。"), ElementsAre("4个 | 村级调解室 | "));
  EXPECT_THAT(named("9名政府组成部门负责人列席旁听庭审。"), ElementsAre("9名 | 政府组成部门负责人 | "));
  // 撤并, 合并: 并 of a word of its own ends nothing.
  EXPECT_THAT(named("全县完成18个行政村撤并。"), ElementsAre("18个 | 行政村撤并 | "));
}

// 主持召开4次区政府常务会议专题研究法治政府建设、…: a count of sessions named by the words after it, which run past
// the longest name to a clause's end close by, is named by them all, not cut mid-word.
TEST(MetricNamesAfterTheCount, ACountOfSessionsNamedAfterItIsNamedToItsClauseEnd) {
  EXPECT_THAT(named("区长主持召开3次区政府常务会议专题研究行政执法规范化、普法等工作。"),
              ElementsAre("3次 | 区政府常务会议专题研究行政执法规范化 | rule_of_law_meetings"));
  // A word ending a name right at the longest one ends it there.
  EXPECT_THAT(named("召开3次常务会议专题研究法治政府建设的议题，形成纪要。"),
              ElementsAre("3次 | 常务会议专题研究法治政府建设 | rule_of_law_meetings"));
}

// 汇编党内法规（32部）、法律法规（86部）: a count alone in brackets after the words it counts is named by them.
TEST(MetricNamesAfterTheCount, ACountInBracketsIsNamedByTheWordsBeforeThem) {
  EXPECT_THAT(named("编印学习清单，收录党内法规（32部）、法律法规（86部）和部门规章（17部）。"),
              ElementsAre("32部 | 收录党内法规 | ", "86部 | 法律法规 | ", "17部 | 部门规章 | "));
}

// 办理公共场所卫生许可、…、消毒产品许可等业务5650件: examples listed and closed by 等 and their kind name the figure
// together: the listing whole when it fits in a name, else the first example and the kind, never the last ones alone.
TEST(MetricNamesAfterTheCount, ExamplesClosedByDengNameTheFigureTogether) {
  EXPECT_THAT(
      named("全年办理食品经营许可、药品零售许可、医疗器械经营备案、特种设备使用登记、广告发布登记等业务2860件。"),
      ElementsAre("2860件 | 办理食品经营许可等业务 | licensing"));
  EXPECT_THAT(named("全年审查合同、行政协议、会议纪要等156份。"),
              ElementsAre("156份 | 审查合同、行政协议、会议纪要等 | legality_reviews"));
  // 等 of a word (高等院校) closes no listing.
  EXPECT_THAT(named("法治宣传教育覆盖全县机关、企业、农村、社区、中小学校、高等院校32所。"),
              ElementsAre("32所 | 中小学校、高等院校 | "));
}

// 截至11月共召开党委会、局办会41次: a month the figures were counted up to names nothing, and its digits are no figure
// that would part the listing after it.
TEST(MetricNamesAfterTheCount, AMonthCountedUpToIsNoPartOfTheName) {
  // (Sessions that take up no law are no rule_of_law_meetings: meetings_on_law.hpp.)
  EXPECT_THAT(named("截至10月共召开局务会、专题会36次。"), ElementsAre("36次 | 召开局务会、专题会 | "));
}

// 11个村社也都聘请律师: 也, like 都 and 均, is an adverb of the deed, not part of what is counted.
TEST(MetricNamesAfterTheCount, AnAdverbEndsTheNounAfterTheCount) {
  EXPECT_THAT(named("辖区7个社区也同步设立法治宣传栏。"), ElementsAre("7个 | 社区 | "));
}

// 对9个乡镇（街道）党政主要负责人履行推进法治建设第一责任人职责情况开展督察: a name that runs on past its bracket to
// the longest name, with no word ending it, ran into what the things did; the first word and its bracket are counted.
TEST(MetricNamesAfterTheCount, ANameRunningOnPastItsBracketKeepsTheBracketedWord) {
  EXPECT_THAT(named("对全县9个乡镇（街道）党政主要负责人履行推进法治建设第一责任人职责情况开展督察。"),
              ElementsAre("9个 | 乡镇（街道） | "));
  // One a word ends keeps its whole name.
  EXPECT_THAT(named("全镇17个村（社区）党组织书记参加述法。"), ElementsAre("17个 | 村（社区）党组织书记 | "));
  // One that runs on past a place or body of work it names (工作室, 服务站, 中心) counts that place: the rest is
  // what became of them.
  EXPECT_THAT(named("推动全区86个村(社区)人民调解工作室规范化标准化运行。"),
              ElementsAre("86个 | 村(社区)人民调解工作室 | "));
  EXPECT_THAT(named("指导23个乡镇（街道）公共法律服务站全面提档升级建设。"),
              ElementsAre("23个 | 乡镇（街道）公共法律服务站 | "));
}

// 司法所共参与领导班子会议12次: 共 between the doer and its deed says "in all", of the figure, not of its name; 公共
// and 共建 are words of their own.
TEST(MetricNamesAfterTheCount, GongOfInAllInsideANameIsLeftOut) {
  EXPECT_THAT(named("镇综治中心共参与联合调处会商9次。"), ElementsAre("9次 | 镇综治中心参与联合调处会商 | "));
  EXPECT_THAT(named("法律服务站公共法律服务咨询接待46次。"),
              ElementsAre("46次 | 法律服务站公共法律服务咨询接待 | legal_consultations"));
}

// 42名普法宣讲队队员, 普法宣传员35名: the people of a publicity team are no publicity events, as the team itself is
// none; the sessions they hold are.
TEST(MetricNamesAfterTheCount, APublicityTeamsPeopleAreNoEvents) {
  EXPECT_THAT(
      named("组建42名青年普法宣讲队队员深入村组，培养普法宣传员35名，开展普法宣讲28场。"),
      ElementsAre("42名 | 青年普法宣讲队队员 | ", "35名 | 培养普法宣传员 | ", "28场 | 普法宣讲 | publicity_events"));
}

// 班子成员讲授5次专题党课, 举行3场听证会: the verb before the count says what was done to what follows it.
TEST(MetricNamesAfterTheCount, AVerbOfTeachingOrHoldingBeforeTheCountNamesItsObject) {
  EXPECT_THAT(named("局领导讲授4次法治专题课。"), ElementsAre("4次 | 法治专题课 | "));
  EXPECT_THAT(named("全年举行6场行政复议听证。"), ElementsAre("6场 | 行政复议听证 | "));
}

// 权重提升至 15%: a space typed before the figure does not hide the verb of change before it, so the level reached is
// named by its subject, as it is without the space.
TEST(MetricNamesAfterTheCount, ASpaceBeforeTheFigureHidesNoVerbOfChange) {
  EXPECT_THAT(named("考核权重提升至 20%，平均办案用时缩短至 9 天。考核权重提升至20%。"),
              ElementsAre("20% | 考核权重 | ", "9 天 | 平均办案用时 | ", "20% | 考核权重 | "));
}

// 占新收案件比例最高，达61.3%: a percentage said alone after a clause naming a share or a rate is that share or rate;
// the superlative only ranks it. A clause naming no share names no percentage.
TEST(MetricNamesAfterTheCount, APercentageAloneAfterAShareNamedBeforeIsThatShare) {
  EXPECT_THAT(named("市场监管类案件52件，占新收案件比例最高，达61.3%。涉企案件占比最大，为27.5%。"),
              ElementsAre("52件 | 市场监管类案件 | ", "达61.3% | 占新收案件比例 | ", "27.5% | 涉企案件占比 | "));
}

// 提升审批效率，达95%: 效率 and 频率 end in 率 but are no share of anything, so a percentage after them is not theirs;
// 覆盖率 is a share.
TEST(MetricNamesAfterTheCount, EfficiencyAndFrequencyAreNoShares) {
  EXPECT_THAT(named("持续提升办案效率，达96%。执法检查抽查频率，为30%。法律顾问覆盖率，为100%。"),
              ElementsAre("达96% |  | ", "30% |  | ", "100% | 法律顾问覆盖率 | coverage_rate"));
}

// 1520项审批事项中，1496项实现全程网办: a count said alone after the whole it is picked from is named by what it
// did, not left nameless, and not by the whole's name, which would read as the whole again.
TEST(MetricNamesAfterTheCount, ACountPickedFromAWholeIsNamedByWhatItDid) {
  EXPECT_THAT(named("全镇1520项审批事项中，1496项实现全程网办。"),
              ElementsAre("1520项 | 审批事项 | licensing", "1496项 | 实现全程网办 | "));
}

// 全年开展专题学习18次: a study group's sessions, as 集中学习 and 理论学习 are, count as training.
TEST(MetricNamesAfterTheCount, StudySessionsAreTraining) {
  EXPECT_THAT(named("党组全年开展专题学习11次，组织学习研讨5次。"),
              ElementsAre("11次 | 党组开展专题学习 | legal_training", "5次 | 学习研讨 | legal_training"));
}

// 申请事项 | 行政处罚 | 政府信息公开 over 数量 | 38件 | 12件: a table laid on its side names each figure by its
// column; 数量 says only that the row counts. A total's row keeps its word (below).
TEST(MetricNamesAfterTheCount, ARowThatOnlyCountsAddsNothingToTheColumnsName) {
  EXPECT_THAT(named("各类申请事项情况如下。\n申请事项\t行政处罚\t政府信息公开\n数量\t38件\t12件\n"),
              ElementsAre("38件 | 行政处罚 | penalty_cases", "12件 | 政府信息公开 | disclosure_items"));
}

// 合计 | 180 | 52 under 单位 | 行政检查（件） | 行政处罚（件）: a total's row keeps its word, as another year's row
// would; only a word that says nothing but that the row counts (数量, 件数) is dropped.
TEST(MetricNamesAfterTheCount, ATotalsRowKeepsItsWord) {
  EXPECT_THAT(
      named(
          "各所执法情况如下。\n单位\t行政检查（件）\t行政处罚（件）\n城关所\t120\t35\n河西所\t60\t17\n合计\t180\t52\n"),
      ElementsAre("120 | 城关所行政检查 | ", "35 | 城关所行政处罚 | penalty_cases", "60 | 河西所行政检查 | ",
                  "17 | 河西所行政处罚 | penalty_cases", "180 | 合计行政检查 | ", "52 | 合计行政处罚 | penalty_cases"));
  EXPECT_THAT(named("各类申请事项情况如下。\n申请事项\t行政处罚\t政府信息公开\n件数\t38件\t12件\n合计\t40件\t13件\n"),
              ElementsAre("38件 | 行政处罚 | penalty_cases", "12件 | 政府信息公开 | disclosure_items",
                          "40件 | 合计行政处罚 | penalty_cases", "13件 | 合计政府信息公开 | disclosure_items"));
}

// 上半年组织6人完成培训, 13名干部完成…考试: a count of people named before it by nobody (nothing, or a verb of sending
// them) is named by what the people did in training, study or exams: their word, if any, and the deed. People named
// before the count (执法人员…) keep that name; a count of villages doing a deed (5个村完成…) is no count of people.
TEST(MetricNamesAfterTheCount, PeopleNamedByNobodyAreNamedByTheirDeed) {
  EXPECT_THAT(named("下半年组织9人完成岗前培训。"), ElementsAre("9人 | 完成岗前培训 | legal_training"));
  EXPECT_THAT(named("选派21名干部参加行政执法资格考试，全镇另有4人参训。"),
              ElementsAre("21名 | 干部参加行政执法资格考试 | legal_training", "4人 | 参训 | legal_training"));
  EXPECT_THAT(named("镇综合执法队执法人员37人参加业务培训。"),
              ElementsAre("37人 | 镇综合执法队执法人员 | enforcement_officers"));
  EXPECT_THAT(named("全县5个村完成民主法治示范村创建。"), ElementsAre("5个 | 村 | "));
  // People lent to a piece of work are still the people: only training, study and exams name them by the deed.
  EXPECT_THAT(named("选派3名律师参与化解信访积案。"), ElementsAre("3名 | 律师 | practising_lawyers"));
}

// 一季度12件, 前三季度28件: a time within the year opening a clause says when the figure was counted and is never
// its whole name.
TEST(MetricNamesAfterTheCount, ATimeWithinTheYearIsNeverTheWholeName) {
  EXPECT_THAT(named("全年办理复议案件40件。二季度15件。"),
              ElementsAre("40件 | 办理复议案件 | admin_reconsideration_cases", "15件 |  | "));
  EXPECT_THAT(named("前三季度受理举报31件。"), ElementsAre("31件 | 受理举报 | "));
}

// 建成12个乡镇(街道)公共法律服务站: a short bracket after the first word of what a count counts is part of its
// name whether the portal printed it in full-width or half-width brackets.
TEST(MetricNamesAfterTheCount, AHalfWidthBracketAfterTheFirstWordIsPartOfTheName) {
  EXPECT_THAT(named("全县建成12个乡镇(街道)公共法律服务站、245个村(社区)法律服务室。"),
              ElementsAre("12个 | 乡镇(街道)公共法律服务站 | ", "245个 | 村(社区)法律服务室 | "));
  EXPECT_THAT(named("全市有7个县(市、区)获评省级法治示范县(市、区)。"), ElementsAre("7个 | 县(市、区) | "));
  // The same name in full-width brackets, as before.
  EXPECT_THAT(named("全县建成12个乡镇（街道）公共法律服务站。"), ElementsAre("12个 | 乡镇（街道）公共法律服务站 | "));
}

// 完成6项涉企许可事项改革, 梳理1200项工作事项, 对36件规范性文件进行清理: a deed done to the things a count names
// right after it ends the clause before the count; the count counts the things, not the deed. Not 培训, whose count
// of sessions may run into the people trained (培训3期学员200人).
TEST(MetricNamesAfterTheCount, ADeedBeforeTheCountLeavesTheNameToTheNounAfterIt) {
  EXPECT_THAT(named("水利改革纵深推进，完成6项涉企许可事项“证照分离”改革。"),
              ElementsAre("6项 | 涉企许可事项“证照分离”改革 | licensing"));
  EXPECT_THAT(named("镇政府系统梳理1200项工作事项并形成履职清单。"), ElementsAre("1200项 | 工作事项 | "));
  EXPECT_THAT(named("县司法局对36件行政规范性文件进行清理。"), ElementsAre("36件 | 行政规范性文件 | "));
  // The clause alone, when nothing is named after the count.
  EXPECT_THAT(named("参考186人，完成120人。"), ElementsAre("186人 | 参考 | ", "120人 | 完成 | "));
  EXPECT_THAT(named("年度任务完成12项，培训3期学员200人。"),
              ElementsAre("12项 | 年度任务完成 | ", "3期 | 培训 | legal_training", "200人 | 学员 | "));
}

// 召开4次局党组会暨6次中心组学习会, 办理5件复议案件和3件应诉案件: a count after the word joining it to the count
// before is named by the noun after it, as the first is; 暨 ends the first count's name.
TEST(MetricNamesAfterTheCount, ASecondCountJoinedToTheFirstIsNamedByTheNounAfterIt) {
  // (A party group's sessions that take up no law are no rule_of_law_meetings: meetings_on_law.hpp.)
  EXPECT_THAT(named("局党组先后召开4次党组会暨6次理论学习中心组学习会。"),
              ElementsAre("4次 | 党组会 | ", "6次 | 理论学习中心组学习会 | legal_training"));
}

// 开展了民法典、安全生产法等9场专题讲座: examples closed by 等 right before the count, and their kind after it: the
// count counts the kind; with no kind after the count the examples name it, as before.
TEST(MetricNamesAfterTheCount, ExamplesBeforeTheCountAndTheirKindAfterIt) {
  EXPECT_THAT(named("组织机关干部开展了民法典、安全生产法、行政复议法等9场专题法治讲座。"),
              ElementsAre("9场 | 专题法治讲座 | legal_lectures"));
  EXPECT_THAT(named("会上提出了严格规范公正文明执法、持续优化法治化营商环境、加快建设法治社会等4项主要措施。"),
              ElementsAre("4项 | 主要措施 | "));
  EXPECT_THAT(named("审查行政规范性文件、政府合同、会议纪要等25件。"),
              ElementsAre("25件 | 审查行政规范性文件、政府合同、会议纪要等 | legality_reviews"));
}

// 分解5大类13项具体任务: a count right after a deed done to what follows, with a second count right after it,
// counts the noun after the second as that one does.
TEST(MetricNamesAfterTheCount, TwoCountsRightAfterADeedCountTheNounAfterTheSecond) {
  EXPECT_THAT(named("将年度目标分解5大类13项具体任务。"), ElementsAre("5大类 | 具体任务 | ", "13项 | 具体任务 | "));
  EXPECT_THAT(named("全年梳理3类26项重点工作。"), ElementsAre("3类 | 重点工作 | ", "26项 | 重点工作 | "));
}

// 公众参与、专家论证等5项程序: a kind after the count too short to say which things it means keeps the examples
// before the count; a kind of its own (专题法治讲座) names the count alone, as before. A decision's procedures take no
// code from their first example.
TEST(MetricNamesAfterTheCount, ABareKindAfterTheCountKeepsItsExamples) {
  EXPECT_THAT(named("将合法性审查、集体讨论决定等3项程序纳入议事规则。"),
              ElementsAre("3项 | 合法性审查、集体讨论决定等程序 | "));
  EXPECT_THAT(named("开展送法下乡、以案释法等9场活动。"),
              ElementsAre("9场 | 送法下乡、以案释法等活动 | publicity_events"));
  EXPECT_THAT(named("组织机关干部开展了民法典、安全生产法、行政复议法等9场专题法治讲座。"),
              ElementsAre("9场 | 专题法治讲座 | legal_lectures"));
}

// 年度入校开展法治讲座、模拟法庭等活动逾450课时: a clause too long to keep whole, cut to the kind after a listing's
// 等, keeps the examples from the verb of doing on, as a short clause does.
TEST(MetricNamesAfterTheCount, ALongClauseCutToTheKindKeepsTheExamples) {
  EXPECT_THAT(named("年度入校开展法治讲座、模拟法庭等活动逾300课时。"),
              ElementsAre("逾300课时 | 法治讲座、模拟法庭等活动 | legal_lectures"));
  EXPECT_THAT(named("全年深入村组开展法治讲座、政策宣讲、案例剖析等活动近40场。"),
              ElementsAre("近40场 | 法治讲座、政策宣讲、案例剖析等活动 | legal_lectures"));
}

// 组织执法人员进行培训3次: 进行 inside a name says nothing (执法人员培训); 学习《…》《…》等法律法规6次 is named by
// the kind of what was studied, not by the verb alone.
TEST(MetricNamesAfterTheCount, FillerAndTitlesStudiedLeaveTheName) {
  EXPECT_THAT(named("组织网格员进行业务培训2次。"), ElementsAre("2次 | 网格员业务培训 | legal_training"));
  EXPECT_THAT(named("组织镇村干部学习《信访工作条例》《土地管理法》等法律法规6次。"),
              ElementsAre("6次 | 学习法律法规 | "));
}

// 21名干部持有行政执法证: what the people counted hold ends their name, as 完善 and 统一 end a noun once it has named
// something.
TEST(MetricNamesAfterTheCount, WhatThePeopleCountedHoldEndsTheirName) {
  EXPECT_THAT(named("教育系统共有21名干部持有国家统一制发的行政执法证。"), ElementsAre("21名 | 干部 | "));
}

// 16个基层党支部将学法纳入主题党日, 3项高频事项推行“马上办”, 1.2万名村(居)法律顾问提供服务: 将, 推行 and 提供 end
// the name after a count: what the things counted did is no part of it (not 将近).
TEST(MetricNamesAfterTheCount, JiangTuixingAndTigongEndTheNameAfterTheCount) {
  EXPECT_THAT(named("全局16个基层党支部将习近平法治思想纳入主题党日学习内容。"), ElementsAre("16个 | 基层党支部 | "));
  EXPECT_THAT(named("“社保卡申领”等3项高频事项推行“马上办”。"), ElementsAre("3项 | 高频事项 | "));
  EXPECT_THAT(named("全市850名村(居)法律顾问提供现场法律服务。"),
              ElementsAre("850名 | 村(居)法律顾问 | legal_advisers"));
}

// 组织300人次参加普法培训: a count of visits by people whom nothing before it names is named by their deed, as 组织6人
// 完成培训 is.
TEST(MetricNamesAfterTheCount, PeopleCountedByVisitsAreNamedByTheirDeed) {
  EXPECT_THAT(named("组织300人次参加行政执法人员培训。"),
              ElementsAre("300人次 | 参加行政执法人员培训 | legal_training"));
  // Named before the count, as before.
  EXPECT_THAT(named("执法人员450人次参加培训。"), ElementsAre("450人次 | 执法人员 | "));
}

// 全县27个部门单位的278项行政许可事项, 针对上级交办的14件行政争议化解案件: words closed by 的 right before a count say
// which things are meant; the noun after the count names them. A share or a sum there keeps the words before it.
TEST(MetricNamesAfterTheCount, WordsClosedByDeRightBeforeACountLeaveItsNameToTheNounAfterIt) {
  EXPECT_THAT(named("将全镇19个站所的126项便民服务事项统一进驻便民服务中心。"),
              ElementsAre("19个 | 站所 | ", "126项 | 便民服务事项 | "));
  EXPECT_THAT(named("对上级转办的9件信访事项逐件回访。"), ElementsAre("9件 | 信访事项 | petitions"));
  EXPECT_THAT(named("办理案件48件，占受理案件总数的12%。"),
              ElementsAre("48件 | 办理案件 | ", "12% | 办理案件占受理案件总数 | "));
  // Nothing after the count: the words before it name it, as before.
  EXPECT_THAT(named("其中涉及企业的3件。"), ElementsAre("3件 | 涉及企业 | "));
}

// 共331项任务目前已全部完成, 80所中小学完善学校章程, 14个村(社区)对人民调解员进行培训: an adverb of time, a deed the
// things counted did (完善, 健全, 统一) and 对 right after the bracket a name closes with end the name after a count.
TEST(MetricNamesAfterTheCount, AnAdverbOfTimeADeedOfTheThingsOrDuiAfterABracketEndTheName) {
  EXPECT_THAT(named("共218项任务目前已全部完成。"), ElementsAre("218项 | 任务 | "));
  EXPECT_THAT(named("全县65所中小学健全学校法律顾问制度。"), ElementsAre("65所 | 中小学 | "));
  EXPECT_THAT(named("21个村（社区）对网格员开展培训。"), ElementsAre("21个 | 村（社区） | "));
  // Right after the count such a word opens what is counted.
  EXPECT_THAT(named("全县建成5个统一受理窗口。"), ElementsAre("5个 | 统一受理窗口 | "));
}

// 今年来开展送法进校园活动5场次, 审核111次且通过率100%, 镇党委会议先后4次研究: 今年来 opens a clause as 今年以来 does,
// 且 joins a second figure, and 先后 says only that sessions followed one another; none names a figure.
TEST(MetricNamesAfterTheCount, JinnianlaiQieAndXianhouNameNothing) {
  EXPECT_THAT(named("今年来开展法治讲座12场次。"), ElementsAre("12场次 | 法治讲座 | legal_lectures"));
  EXPECT_THAT(named("开展合法性审查86次且审查通过率100%。"),
              ElementsAre("86次 | 合法性审查 | legality_reviews", "100% | 审查通过率 | "));
  EXPECT_THAT(named("区政府常务会议先后6次专题研究法治政府建设。"),
              ElementsAre("6次 | 区政府常务会议 | rule_of_law_meetings"));
}

// 组织全市1.19万人参加习近平法治思想网络专题班学习: people named by a deed longer than a cut name are named by all of
// it, as a clause with no place to cut is kept whole, not left unnamed.
TEST(MetricNamesAfterTheCount, PeopleNamedByALongDeedKeepItWhole) {
  EXPECT_THAT(named("组织全县3200人参加法治政府建设网络专题培训班学习。"),
              ElementsAre("3200人 | 参加法治政府建设网络专题培训班学习 | legal_training"));
}

// 县行政审批局和县综合行政执法局相对集中行使行政权力事项1525项: a long clause cut to the longest name starts past a
// word that ends a few characters on (a body's 局, a joining 和), not mid-word (法局相对…).
TEST(MetricNamesAfterTheCount, ALongClauseIsCutPastAWordEndNotMidWord) {
  EXPECT_THAT(named("县市场监督管理局和县综合行政执法局相对集中行使行政处罚权事项1200项。"),
              ElementsAre("1200项 | 相对集中行使行政处罚权事项 | "));
}

// 新华乡全乡共27人持有行政执法证, 万古镇全镇共排查矛盾纠纷56起: a township or town named right before the scope word
// of its kind says no more than 全乡 or 全镇, and names nothing.
TEST(MetricNamesAfterTheCount, APlaceNamedBeforeItsOwnScopeWordNamesNothing) {
  EXPECT_THAT(named("2022年红星乡全乡共35人持有行政执法证。"),
              ElementsAre("35人 | 持有行政执法证 | enforcement_officers"));
  EXPECT_THAT(named("万古镇全镇共排查矛盾纠纷56起。"), ElementsAre("56起 | 排查矛盾纠纷 | dispute_screening"));
}

// 开展占道经营、违规停车、噪声扰民等专项整治行动8次: a listing closed by 等 and a longer kind (专项整治行动,
// 重点难点问题) names the count by its first example and the kind, or whole when it fits, never by its last examples
// alone. Not when the words after 等 are a deed done at the places listed (深入社区、学校等开展法治宣讲) or the way it
// was done (等方式): the words after the deed name the count, as before.
TEST(MetricNamesAfterTheCount, AListingClosedByDengBeforeALongerKindKeepsItsFirstExample) {
  EXPECT_THAT(named("全年开展占道经营、违规停车、噪声扰民等专项整治行动8次。"),
              ElementsAre("8次 | 占道经营等专项整治行动 | "));
  EXPECT_THAT(named("研究解决拆迁补偿、执法争议等重点难点问题5项。"),
              ElementsAre("5项 | 研究解决拆迁补偿、执法争议等重点难点问题 | "));
  EXPECT_THAT(named("深入社区、学校、企业等开展法治宣讲20场。"), ElementsAre("20场 | 法治宣讲 | publicity_events"));
}

// 收集74份述法报告, 组织民警进行2次比武考试: a count after 收集, 分解 or 进行 counts the noun after it; 述法 opening
// 述法报告 is part of that noun, not the people's deed.
TEST(MetricNamesAfterTheCount, ACountAfterAVerbOfCollectingOrDoingCountsTheNounAfterIt) {
  EXPECT_THAT(named("全面推行书面述法，收集52份述法报告。"), ElementsAre("52份 | 述法报告 | "));
  EXPECT_THAT(named("年初分解9项具体任务。"), ElementsAre("9项 | 具体任务 | "));
  EXPECT_THAT(named("组织执法队员进行3次业务比武。"), ElementsAre("3次 | 业务比武 | "));
}

// 实现2名以上在职在编人员具备执法资格, 直管两个垃圾处理场: a word of state right after another (在职在编) goes on
// naming the people, 具备 ends that name; a place named by what is done there (处理场, 处理厂) keeps its verb.
TEST(MetricNamesAfterTheCount, WordsOfStateAndPlacesOfHandlingStayInTheName) {
  EXPECT_THAT(named("各站所均有3名以上在职在编人员具备执法资格。"), ElementsAre("3名以上 | 在职在编人员 | "));
  EXPECT_THAT(named("全县建成4个污水处理厂。"), ElementsAre("4个 | 污水处理厂 | "));
}

// 通过政务新媒体（微信公众号等）公开229条, 我苏木依申请公开政府信息4件, 新增加执法人员4名, 具体为征收类6件: a 等
// inside a bracket closes no clause; 苏木 and 旗 are a reporting body as 镇 and 县 are; 新增加 and 具体为 name nothing.
TEST(MetricNamesAfterTheCount, WordsOfTheReportingBodyAndOfABreakdownNameNothing) {
  EXPECT_THAT(named("通过政务新媒体（今日头条号等）公开信息135条。"),
              ElementsAre("135条 | 政务新媒体（今日头条号等）公开信息 | disclosure_items"));
  EXPECT_THAT(named("2025年，我苏木调解矛盾纠纷31件，全旗共有行政执法人员412名。"),
              ElementsAre("31件 | 调解矛盾纠纷 | mediation_cases", "412名 | 行政执法人员 | enforcement_officers"));
  EXPECT_THAT(named("今年新增加行政执法人员6名。"), ElementsAre("6名 | 行政执法人员 | enforcement_officers"));
}

}  // namespace
}  // namespace docpipe
