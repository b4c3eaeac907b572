// analysis.metrics on figure-dense paragraphs of kinds the other excerpt tests do not cover, written after the
// statistics real reports give: 行政复议 and 应诉 with their rates, 执法 (户次, 罚没款), 公平竞争审查, 合法性审核, 普法
// (资料, 受众), 调解, 依申请公开, 信访, the 12345 and 12348 hotlines, 法律顾问, ranges (2-3次, 3至5名), hedges (约, 余,
// 近, 逾, 超过), 万元/亿元/亩/平方米/公里/小时/工作日, 个百分点 and 同比, fractions, Chinese numerals, scores and
// ranks. Each figure is checked as a reader writes it down: value, unit, qualifier, what it counts and its code.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "metric_excerpt_reader.hpp"

namespace docpipe {
namespace {

using test::read_excerpt;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A county's reconsideration account: applications received, accepted and concluded (bare stages named by what the
// first figure handled), outcomes after 其中, a correction rate.
TEST(MetricExcerptsStatistics, Reconsideration) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告",
                   "全年共收到行政复议申请47件，受理42件，审结39件，其中维持28件、驳回4件、撤销3件、确认违法2件、终止2"
                   "件，直接纠错率12.8%。"),
      ElementsAre("47件=47 件 | 收到行政复议申请 | admin_reconsideration_cases",
                  "42件=42 件 | 受理行政复议申请 | admin_reconsideration_cases",
                  "39件=39 件 | 审结行政复议申请 | admin_reconsideration_cases",
                  "28件=28 件 | 维持 | reconsideration_outcomes", "4件=4 件 | 驳回 | reconsideration_outcomes",
                  "3件=3 件 | 撤销 | reconsideration_outcomes", "2件=2 件 | 确认违法 | reconsideration_outcomes",
                  "2件=2 件 | 终止 | reconsideration_outcomes", "12.8%=12.8 % | 直接纠错率 | correction_rate"));
}

// Litigation: cases newly received (新收, a court's word for the year's intake) and concluded, losses and their rate,
// appearances owed (no code: the base of a rate) and made, the appearance rate of 100%.
TEST(MetricExcerptsStatistics, Litigation) {
  EXPECT_THAT(
      read_excerpt("某区人民政府2023年法治政府建设情况报告",
                   "全年新收行政诉讼一审案件63件，审结58件，败诉3件，败诉率5.2%"
                   "；行政机关负责人应出庭应诉58件，实际出庭58件，出庭应诉率100%。"),
      ElementsAre("63件=63 件 | 新收行政诉讼一审案件 | admin_litigation_cases",
                  "58件=58 件 | 审结行政诉讼一审案件 | admin_litigation_cases", "3件=3 件 | 败诉 | litigation_outcomes",
                  "5.2%=5.2 % | 败诉率 | litigation_loss_rate", "58件=58 件 | 行政机关负责人应出庭应诉 | ",
                  "58件=58 件 | 实际出庭 | court_appearances", "100%=100 % | 出庭应诉率 | court_appearance_rate"));
}

// Enforcement: inspections in 户次, hazards in 处, cases in 起, fines 合计 and their change.
TEST(MetricExcerptsStatistics, Enforcement) {
  EXPECT_THAT(
      read_excerpt(
          "某县市场监督管理局2024年法治政府建设年度报告",
          "全年开展执法检查3,260户次，发现问题隐患412处，立案查处违法案件96起，罚没款合计186.7万元，同比增长8.4%。"),
      ElementsAre("3,260户次=3260 户次 | 执法检查 | inspections", "412处=412 处 | 发现问题隐患 | safety_hazards",
                  "96起=96 起 | 立案查处违法案件 | penalty_cases", "186.7万元=1867000 元 | 罚没款合计 | fines",
                  "8.4%=8.4 % | 罚没款合计同比增长 | "));
}

// Fair competition review: measures reviewed (37), the stock cleared (no review code of its own), the measures
// abolished or amended named with the deed done to them (no review either).
TEST(MetricExcerptsStatistics, FairCompetition) {
  EXPECT_THAT(read_excerpt("某市发展和改革委员会2023年法治政府建设工作报告",
                           "对新出台的涉及经营主体经济活动的政策措施开展公平竞争审查37件，清理存量文件210件，废止或修订"
                           "妨碍公平竞争的政策措施6件。"),
              ElementsAre("37件=37 件 | 公平竞争审查 | fair_competition_reviews", "210件=210 件 | 清理存量文件 | ",
                          "6件=6 件 | 废止或修订妨碍公平竞争的政策措施 | "));
}

// Legality review: documents reviewed, opinions for amendment put forward in 条 (no code: opinions are no reviews,
// and not the legal opinions a lawyer signs), an adoption rate bounded below, contracts and the sum they involve (约).
TEST(MetricExcerptsStatistics, LegalityReview) {
  EXPECT_THAT(
      read_excerpt("某县司法局2024年法治政府建设年度报告",
                   "全年审核规范性文件23件，提出修改意见86条，采纳率95%以上；审查政府合同64份，涉及金额约9.3亿元。"),
      ElementsAre("23件=23 件 | 审核规范性文件 | legality_reviews", "86条=86 条 | 提出修改意见 | ",
                  "95%以上=95 % 以上 | 采纳率 | ", "64份=64 份 | 审查政府合同 | legality_reviews",
                  "约9.3亿元=930000000 元 约 | 涉及金额 | amounts_involved"));
}

// Legal publicity: materials in 万余份, events with a quoted name, an audience in 万人次 (约), participants (逾).
TEST(MetricExcerptsStatistics, Publicity) {
  EXPECT_THAT(read_excerpt("某镇人民政府2023年法治政府建设情况报告",
                           "全年发放法治宣传资料5.2万余份，开展“送法下乡”活动46场，受众约3."
                           "5万人次，线上法律知识竞赛参与人数逾1.2万人。"),
              ElementsAre("5.2万余份=52000 份 余 | 法治宣传资料 | publicity_materials",
                          "46场=46 场 | “送法下乡”活动 | publicity_events", "约3.5万人次=35000 人次 约 | 受众 | ",
                          "逾1.2万人=12000 人 逾 | 线上法律知识竞赛参与人数 | "));
}

// Mediation: disputes received and settled, the success rate, the sum involved in 万元 with 余.
TEST(MetricExcerptsStatistics, Mediation) {
  EXPECT_THAT(
      read_excerpt("某乡人民政府2024年法治政府建设年度报告",
                   "全乡人民调解组织受理矛盾纠纷412件，调解成功405件，调解成功率98.3%，涉及金额1,260余万元。"),
      ElementsAre("412件=412 件 | 人民调解组织受理矛盾纠纷 | mediation_cases",
                  "405件=405 件 | 调解成功 | mediation_cases", "98.3%=98.3 % | 调解成功率 | mediation_success_rate",
                  "1,260余万元=12600000 元 余 | 涉及金额 | amounts_involved"));
}

// Disclosure: items published, requests received and what became of them after 其中, a rate of timely replies.
TEST(MetricExcerptsStatistics, Disclosure) {
  EXPECT_THAT(
      read_excerpt(
          "某区人民政府2022年法治政府建设年度报告",
          "全年主动公开政府信息3,156条，受理依申请公开212件，其中予以公开98件、部分公开21件，按期答复率100%。"),
      ElementsAre("3,156条=3156 条 | 主动公开政府信息 | disclosure_items",
                  "212件=212 件 | 受理依申请公开 | disclosure_items", "98件=98 件 | 予以公开 | disclosure_items",
                  "21件=21 件 | 部分公开 | disclosure_items", "100%=100 % | 按期答复率 | "));
}

// Petitions in 件次 and 人次, their change, two rates said with one figure (及时受理率和按期办结率均达).
TEST(MetricExcerptsStatistics, Petitions) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2023年法治政府建设年度报告",
                   "全年受理群众来信来访316件次、1,024人次，同比下降11.3%，及时受理率和按期办结率均达100%。"),
      ElementsAre("316件次=316 件次 | 受理群众来信来访 | petitions",
                  "1,024人次=1024 人次 | 受理群众来信来访 | petitions", "11.3%=11.3 % | 受理群众来信来访同比下降 | ",
                  "达100%=100 % 达 | 及时受理率、按期办结率 | acceptance_rate"));
}

// A 12345 hotline: tickets in 万件, those concluded, the rate, a change in points.
TEST(MetricExcerptsStatistics, Hotline) {
  EXPECT_THAT(read_excerpt("某市人民政府2024年法治政府建设年度报告",
                           "12345政务服务便民热线全年受理群众诉求12.6万件，办结12.4万件，办结率98.4%"
                           "，群众满意率较上年提高2.6个百分点。"),
              ElementsAre("12.6万件=126000 件 | 12345政务服务便民热线受理群众诉求 | hotline_tickets",
                          "12.4万件=124000 件 | 办结群众诉求 | ", "98.4%=98.4 % | 办结率 | ",
                          "2.6个百分点=2.6 个百分点 | 群众满意率较上年提高 | "));
}

// Legal advisers: villages covered (a count of villages, no advisers), consultations, contracts reviewed and opinions
// issued (出具: a deed of its own, which the review before it does not carry over to).
TEST(MetricExcerptsStatistics, LegalAdvisers) {
  EXPECT_THAT(
      read_excerpt(
          "某区司法局2023年法治政府建设工作报告",
          "全区212个村（社区）均配备法律顾问，全年提供法律咨询4,300余人次，审查合同380份，出具法律意见书72份。"),
      ElementsAre("212个=212 个 | 村（社区） | ", "4,300余人次=4300 人次 余 | 提供法律咨询 | legal_consultations",
                  "380份=380 份 | 审查合同 | legality_reviews", "72份=72 份 | 出具法律意见书 | legal_opinions"));
}

// Ranges of a plan of work (2-3次 each month: a frequency, no code; 3至5名) and a count in Chinese numerals (十二场).
TEST(MetricExcerptsStatistics, Ranges) {
  EXPECT_THAT(read_excerpt("某镇人民政府2024年法治政府建设年度报告",
                           "各村每月开展法治宣传2-3次，每次安排3至5名党员干部参加，全年组织法治讲座十二场。"),
              ElementsAre("2-3次=2~3 次 每月 | 各村开展法治宣传 | ", "3至5名=3~5 名 | 党员干部 | ",
                          "十二场=12 场 | 法治讲座 | legal_lectures"));
}

// Approximate figures: 约, 近 before a Chinese numeral, 超过 before a rate, 逾 before a round hundred. People counted
// with nobody named before them are named by what they did (执法人员参加年度考试).
TEST(MetricExcerptsStatistics, Hedges) {
  EXPECT_THAT(
      read_excerpt(
          "某县人民政府2022年法治政府建设年度报告",
          "全年培训执法人员约1,500人次，近八百名执法人员参加年度考试，合格率超过96%，逾百名干部到法院旁听庭审。"),
      ElementsAre("约1,500人次=1500 人次 约 | 培训执法人员 | legal_training",
                  "近八百名=800 名 近 | 执法人员参加年度考试 | legal_training", "超过96%=96 % 超过 | 合格率 | ",
                  "逾百名=100 名 逾 | 干部到法院旁听庭审 | "));
}

// Money in 万元 and 亿元: funds, wages recovered, savings (约).
TEST(MetricExcerptsStatistics, Money) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2021年法治政府建设工作报告",
                   "落实法律援助经费180万元，为农民工追讨欠薪2,300余万元，通过合法性审查节约财政资金约1.2亿元。"),
      ElementsAre("180万元=1800000 元 | 落实法律援助经费 | funds",
                  "2,300余万元=23000000 元 余 | 农民工追讨欠薪 | wages_recovered",
                  "约1.2亿元=120000000 元 约 | 合法性审查节约财政资金 | savings"));
}

// Areas and lengths: 平方米 with 万, 亩, 公里 with 约.
TEST(MetricExcerptsStatistics, Areas) {
  EXPECT_THAT(read_excerpt("某县自然资源和规划局2023年法治政府建设情况报告",
                           "依法拆除违法建筑3.6万平方米，整治农村乱占耕地建房218亩，清理河道垃圾约42公里。"),
              ElementsAre("3.6万平方米=36000 平方米 | 依法拆除违法建筑 | ", "218亩=218 亩 | 整治农村乱占耕地建房 | ",
                          "约42公里=42 公里 约 | 清理河道垃圾 | "));
}

// Time limits: 工作日 and 小时, 内 and 以内 as upper bounds.
TEST(MetricExcerptsStatistics, TimeLimits) {
  EXPECT_THAT(
      read_excerpt("某区行政审批服务局2024年法治政府建设年度报告",
                   "企业开办时间压缩至1个工作日，不动产登记一般业务办理时限压缩至3个工作日内，热线工单平均响应时间缩短"
                   "至2小时以内。"),
      ElementsAre("1个工作日=1 工作日 | 企业开办时间 | ", "3个工作日内=3 工作日 以内 | 不动产登记一般业务办理时限 | ",
                  "2小时以内=2 小时 以内 | 热线工单平均响应时间 | "));
}

// Rates and their changes in 个百分点 after 同比.
TEST(MetricExcerptsStatistics, Points) {
  EXPECT_THAT(
      read_excerpt("某市司法局2022年法治政府建设年度报告",
                   "行政复议案件直接纠错率为9.6%，同比下降1.4个百分点；调解和解率达到21.5%，同比提高3.2个百分点。"),
      ElementsAre("9.6%=9.6 % | 行政复议案件直接纠错率 | correction_rate",
                  "1.4个百分点=1.4 个百分点 | 行政复议案件直接纠错率同比下降 | ",
                  "达到21.5%=21.5 % 达到 | 调解和解率 | settlement_rate",
                  "3.2个百分点=3.2 个百分点 | 调解和解率同比提高 | "));
}

// Shares written as fractions in words, one bounded below (以上).
TEST(MetricExcerptsStatistics, Fractions) {
  EXPECT_THAT(
      read_excerpt("某县司法局2023年法治政府建设年度报告",
                   "全县三分之一的乡镇设立公共法律服务工作站，四分之三以上的村建立法律图书角。"),
      ElementsAre("三分之一=33.3 % | 乡镇设立公共法律服务工作站 | ", "四分之三以上=75 % 以上 | 村建立法律图书角 | "));
}

// Figures in Chinese numerals: 十二期, 两千余人次, 一百二十六名.
TEST(MetricExcerptsStatistics, ChineseNumerals) {
  EXPECT_THAT(
      read_excerpt("某县综合行政执法局2021年法治政府建设情况报告",
                   "全年举办执法人员培训班十二期，参训两千余人次，新增持证执法人员一百二十六名。"),
      ElementsAre("十二期=12 期 | 执法人员培训班 | legal_training", "两千余人次=2000 人次 余 | 参训 | legal_training",
                  "一百二十六名=126 名 | 持证执法人员 | enforcement_officers"));
}

// A publicity van's trips are vehicles, no publicity events; what the van broadcast (场次) is.
TEST(MetricExcerptsStatistics, Vehicles) {
  EXPECT_THAT(read_excerpt("某镇人民政府2022年法治政府建设工作报告",
                           "出动宣传车辆15台次，流动宣传车巡回播放法律法规120余场次。"),
              ElementsAre("15台次=15 台次 | 出动宣传车辆 | ",
                          "120余场次=120 场次 余 | 流动宣传车巡回播放法律法规 | publicity_events"));
}

// Scores given on an occasion: the 中 closing 在…中 is no part of the name.
TEST(MetricExcerptsStatistics, Scores) {
  EXPECT_THAT(read_excerpt("某县人民政府2023年法治政府建设年度报告",
                           "在全市法治政府建设年度考核中得分96.5分，在群众满意度测评中得分92分。"),
              ElementsAre("96.5分=96.5 分 | 法治政府建设年度考核得分 | ", "92分=92 分 | 群众满意度测评得分 | "));
}

// A rank said in words (全省第一) is an ordinal, no figure: a result, but no amount to sum or compare.
TEST(MetricExcerptsStatistics, RankInWords) {
  EXPECT_THAT(
      read_excerpt("某区人民政府2024年法治政府建设年度报告", "法治政府建设考核得分全省第一，连续三年获评优秀等次。"),
      IsEmpty());
}

// Half a whole after a hedge is a share whatever follows (近半数村民, 纠纷近半数在村级化解).
TEST(MetricExcerptsStatistics, Half) {
  EXPECT_THAT(read_excerpt("某镇人民政府2024年法治政府建设年度报告",
                           "近半数村民参加了“法治夜校”，全镇矛盾纠纷近半数在村级化解。"),
              ElementsAre("近半数=50 % 近 | 村民参加“法治夜校” | ", "近半数=50 % 近 | 矛盾纠纷 | "));
}

// Coverage rates of 100%; a streak before the level held (连续三年保持) names nothing.
TEST(MetricExcerptsStatistics, Coverage) {
  EXPECT_THAT(
      read_excerpt("某县司法局2024年法治政府建设年度报告",
                   "全县公职律师覆盖率达100%，村（社区）法律顾问覆盖率连续三年保持100%。"),
      ElementsAre("达100%=100 % 达 | 公职律师覆盖率 | coverage_rate", "100%=100 % | 法律顾问覆盖率 | coverage_rate"));
}

// A count, its change in the count's unit after 比上年, and the change in percent.
TEST(MetricExcerptsStatistics, ChangeCounts) {
  EXPECT_THAT(
      read_excerpt("某县司法局2022年法治政府建设年度报告", "受理法律援助案件326件，比上年增加41件，增长14.4%。"),
      ElementsAre("326件=326 件 | 受理法律援助案件 | legal_aid", "41件=41 件 | 受理法律援助案件比上年增加 | ",
                  "14.4%=14.4 % | 受理法律援助案件增长 | "));
}

// An appearance rate held for years (连续5年保持), and a loss rate's change in points.
TEST(MetricExcerptsStatistics, CourtStreak) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "行政机关负责人出庭应诉率连续5年保持100%，行政诉讼败诉率较上年下降0.8个百分点。"),
              ElementsAre("100%=100 % | 行政机关负责人出庭应诉率 | court_appearance_rate",
                          "0.8个百分点=0.8 个百分点 | 行政诉讼败诉率较上年下降 | "));
}

// The legal hotline 12348's calls, losses recovered by legal aid, notarizations in Chinese numerals.
TEST(MetricExcerptsStatistics, Hotline12348) {
  EXPECT_THAT(
      read_excerpt(
          "某县司法局2021年法治政府建设工作报告",
          "12348公共法律服务热线接听来电3,200余个，法律援助为群众挽回经济损失1,080万元，办理公证事项二十一件。"),
      ElementsAre("3,200余个=3200 个 余 | 12348公共法律服务热线接听来电 | hotline_tickets",
                  "1,080万元=10800000 元 | 法律援助为群众挽回经济损失 | economic_losses",
                  "二十一件=21 件 | 办理公证事项 | notarizations"));
}

// Round figures in Chinese numerals: 六十余场, 三千余份, 近万人次, 逾千名.
TEST(MetricExcerptsStatistics, RoundWords) {
  EXPECT_THAT(
      read_excerpt("某乡人民政府2023年法治政府建设年度报告",
                   "开展“法律进乡村”巡回宣讲六十余场，发放宣传册三千余份，覆盖群众近万人次，逾千名群众现场咨询。"),
      ElementsAre("六十余场=60 场 余 | “法律进乡村”巡回宣讲 | publicity_events",
                  "三千余份=3000 份 余 | 宣传册 | publicity_materials", "近万人次=10000 人次 近 | 覆盖群众 | ",
                  "逾千名=1000 名 逾 | 群众现场咨询 | legal_consultations"));
}

// A share written in digits (约2/3), a share in tenths bounded below, a range each quarter (no code: 每季度).
TEST(MetricExcerptsStatistics, ShareDigits) {
  EXPECT_THAT(read_excerpt(
                  "某区人民政府2022年法治政府建设情况报告",
                  "约2/3的行政执法案件适用简易程序，全区三成以上的社区建成“智慧调解室”，每季度开展1-2次执法案卷评查。"),
              ElementsAre("约2/3=66.7 % 约 | 行政执法案件适用简易程序 | ",
                          "三成以上=30 % 以上 | 社区建成“智慧调解室” | ", "1-2次=1~2 次 每季度 | 执法案卷评查 | "));
}

// A time limit cut from 12 to 4.5 working days, the speed-up (提速62.5%: a change of the time limit, named by it), a
// share and its change in points.
TEST(MetricExcerptsStatistics, Speedup) {
  EXPECT_THAT(
      read_excerpt("某市政务服务管理局2023年法治政府建设年度报告",
                   "平均审批时限由12个工作日压缩至4.5个工作日，提速62.5%，即办件占比达到48%，较上年提高6个百分点。"),
      ElementsAre("12个工作日=12 工作日 | 平均审批时限 | ", "4.5个工作日=4.5 工作日 | 平均审批时限 | ",
                  "62.5%=62.5 % | 平均审批时限提速 | ", "达到48%=48 % 达到 | 即办件占比 | ",
                  "6个百分点=6 个百分点 | 即办件占比较上年提高 | "));
}

// A count doubled and more (一倍多, a change), the level reached (达到), a part after 其中 and its share.
TEST(MetricExcerptsStatistics, Doubling) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "受理行政复议案件同比增长一倍多，达到86件，其中涉企案件27件，占31.4%。"),
              ElementsAre("一倍多=1 倍 多 | 受理行政复议案件同比增长 | ",
                          "达到86件=86 件 达到 | 受理行政复议案件 | admin_reconsideration_cases",
                          "27件=27 件 | 涉企案件 | ", "31.4%=31.4 % | 涉企案件占 | "));
}

// Study: sessions, hours bounded below (不少于40学时), an exam participation rate.
TEST(MetricExcerptsStatistics, StudyHours) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2023年法治政府建设年度报告",
                   "组织领导干部学法4次，县政府常务会议会前学法12次，全体公务员年度学法时长不少于40学时，参考率100%。"),
      ElementsAre("4次=4 次 | 领导干部学法 | legal_training", "12次=12 次 | 县政府常务会议会前学法 | legal_training",
                  "不少于40学时=40 学时 不少于 | 全体公务员年度学法时长 | legal_training",
                  "100%=100 % | 参考率 | exam_participation_rate"));
}

// Legal advisers at work: decisions argued (no code), meetings attended, contracts reviewed, legal opinions in 条 with
// 余 (legal_opinions).
TEST(MetricExcerptsStatistics, MajorDecisions) {
  EXPECT_THAT(
      read_excerpt("某市人民政府2022年法治政府建设年度报告",
                   "政府法律顾问参与重大行政决策论证15项，列席政府常务会议26次，审查重大合同协议48份，提出法律意见建议2"
                   "10余条。"),
      ElementsAre(
          "15项=15 项 | 政府法律顾问参与重大行政决策论证 | ", "26次=26 次 | 列席政府常务会议 | rule_of_law_meetings",
          "48份=48 份 | 审查重大合同协议 | legality_reviews", "210余条=210 条 余 | 提出法律意见建议 | legal_opinions"));
}
// Mediation in a year: disputes and those settled, a success rate with 达, the sum involved with a decimal in 万元,
// cases kept from turning criminal (民转刑: mediation's).
TEST(MetricExcerptsStatistics, Mediation2) {
  EXPECT_THAT(read_excerpt("某县司法局2023年法治政府建设年度报告",
                           "全年共调解各类矛盾纠纷1,326件，调解成功1,302件，调解成功率达98.2%，涉及金额2,860."
                           "5万元，防止民转刑案件6起。"),
              ElementsAre("1,326件=1326 件 | 调解各类矛盾纠纷 | mediation_cases",
                          "1,302件=1302 件 | 调解成功 | mediation_cases",
                          "达98.2%=98.2 % 达 | 调解成功率 | mediation_success_rate",
                          "2,860.5万元=28605000 元 | 涉及金额 | amounts_involved",
                          "6起=6 起 | 防止民转刑案件 | mediation_cases"));
}

// Legal requests on a 12345 hotline, two rates and a change in points (上升).
TEST(MetricExcerptsStatistics, Hotline2) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "全县12345热线共受理涉法类诉求3,420件，按时办结率99.6%，满意率95.3%，同比上升1.8个百分点。"),
              ElementsAre("3,420件=3420 件 | 12345热线受理涉法类诉求 | hotline_tickets", "99.6%=99.6 % | 按时办结率 | ",
                          "95.3%=95.3 % | 满意率 | ", "1.8个百分点=1.8 个百分点 | 满意率同比上升 | "));
}

// The three enforcement systems: items published (no code), cases recorded, decisions reviewed for legality.
TEST(MetricExcerptsStatistics, ThreeSystems) {
  EXPECT_THAT(read_excerpt("某市城市管理局2022年法治政府建设情况报告",
                           "公示执法信息12,860条，全过程记录执法案件2,140件，法制审核重大执法决定86件。"),
              ElementsAre("12,860条=12860 条 | 公示执法信息 | ", "2,140件=2140 件 | 全过程记录执法案件 | ",
                          "86件=86 件 | 法制审核重大执法决定 | legality_reviews"));
}

// Training and the qualifying exam: 逾 before a count, sessions, candidates, a pass rate.
TEST(MetricExcerptsStatistics, Exam) {
  EXPECT_THAT(read_excerpt("某县司法局2021年法治政府建设工作报告",
                           "培训执法人员逾2,000人次，组织执法资格考试2场，参考人员316人，通过率91.5%。"),
              ElementsAre("逾2,000人次=2000 人次 逾 | 培训执法人员 | legal_training",
                          "2场=2 场 | 执法资格考试 | legal_training", "316人=316 人 | 参考人员 | ",
                          "91.5%=91.5 % | 通过率 | "));
}

// Mediation committees and mediators, the full-time ones after 其中.
TEST(MetricExcerptsStatistics, Mediators) {
  EXPECT_THAT(read_excerpt("某县司法局2024年法治政府建设年度报告",
                           "全县共有人民调解委员会248个、人民调解员1,120名，其中专职调解员96名。"),
              ElementsAre("248个=248 个 | 人民调解委员会 | mediators", "1,120名=1120 名 | 人民调解员 | mediators",
                          "96名=96 名 | 专职调解员 | mediators"));
}

// Legal aid cases and their kinds after 其中 (a criminal case's aid is no criminal case: no code), losses recovered.
TEST(MetricExcerptsStatistics, LegalAid2) {
  EXPECT_THAT(read_excerpt("某市法律援助中心2023年法治政府建设年度报告",
                           "法律援助中心受理案件526件，其中刑事案件182件、民事案件331件、行政案件13件，为受援人挽回经济"
                           "损失2,100余万元。"),
              ElementsAre("526件=526 件 | 法律援助中心受理案件 | legal_aid", "182件=182 件 | 刑事案件 | ",
                          "331件=331 件 | 民事案件 | ", "13件=13 件 | 行政案件 | ",
                          "2,100余万元=21000000 元 余 | 受援人挽回经济损失 | economic_losses"));
}

// Filing review by a people's congress: documents reviewed, those corrected after it, the correction rate.
TEST(MetricExcerptsStatistics, Filings) {
  EXPECT_THAT(read_excerpt("某县人大常委会2022年法治政府建设情况报告",
                           "审查备案规范性文件18件，纠正不规范文件2件，纠错率11.1%。"),
              ElementsAre("18件=18 件 | 审查备案规范性文件 | legality_reviews",
                          "2件=2 件 | 纠正不规范文件 | legality_reviews", "11.1%=11.1 % | 纠错率 | correction_rate"));
}

// Licences in 万件, a share, a time limit cut against the legal one by 80% and more (a change).
TEST(MetricExcerptsStatistics, Licensing2) {
  EXPECT_THAT(read_excerpt("某区行政审批局2024年法治政府建设年度报告",
                           "全年办理行政许可事项2.36万件，即办件占比67%，承诺时限较法定时限压缩80%以上。"),
              ElementsAre("2.36万件=23600 件 | 办理行政许可事项 | licensing", "67%=67 % | 即办件占比 | ",
                          "80%以上=80 % 以上 | 承诺时限较法定时限压缩 | "));
}

// Lawyers per ten thousand people (a sum per head: no code), law firms, practising lawyers and their change.
TEST(MetricExcerptsStatistics, PerCapita) {
  EXPECT_THAT(
      read_excerpt("某市司法局2024年法治政府建设年度报告",
                   "全市每万人拥有律师2.3名，律师事务所达到58家，执业律师总数1,046名，同比增长7.2%。"),
      ElementsAre("2.3名=2.3 名 | 每万人拥有律师 | ", "达到58家=58 家 达到 | 律师事务所 | law_firms",
                  "1,046名=1046 名 | 执业律师总数 | practising_lawyers", "7.2%=7.2 % | 执业律师总数同比增长 | "));
}

}  // namespace
}  // namespace docpipe

namespace docpipe {
namespace {

// The rules the excerpts above needed, each with the cases it must leave alone.

// A hedge makes 半数 a share whatever follows it; a vote's threshold and its ballots are none.
TEST(MetricExcerptsStatisticsRules, AHedgedHalfIsAShareButAVoteIsNot) {
  EXPECT_THAT(
      read_excerpt("某镇人民政府2024年法治政府建设年度报告",
                   "近半数村民参加“法治夜校”，超过半数受访群众表示满意。村委会主任须经半数以上代表同意，候选人获超半"
                   "数票当选。"),
      ElementsAre("近半数=50 % 近 | 村民参加“法治夜校” | ", "超过半数=50 % 超过 | 受访群众表示满意 | "));
}

// The 中 of 在…中 before a score and a streak before a level held name nothing; 中 of a word (高中) stays.
TEST(MetricExcerptsStatisticsRules, AnOccasionsFrameAndAStreakNameNothing) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告",
                   "在全省营商环境评价中得分88.6分，在全市依法行政考核中获得优秀等次。高中阶段学校3所。出庭应诉率连续"
                   "三年保持100%。"),
      ElementsAre("88.6分=88.6 分 | 营商环境评价得分 | ", "3所=3 所 | 高中阶段学校 | ",
                  "100%=100 % | 出庭应诉率 | court_appearance_rate"));
}

// Publicity vans are no events; their broadcasts are, and patrol cars stay patrols.
TEST(MetricExcerptsStatisticsRules, APublicityVanIsNoEvent) {
  EXPECT_THAT(
      read_excerpt("某镇人民政府2024年法治政府建设年度报告",
                   "出动宣传车辆15台次，宣传车巡回播放法律法规120余场次，出动巡逻车辆320台次，开展法治宣传活动36场。"),
      ElementsAre(
          "15台次=15 台次 | 出动宣传车辆 | ", "120余场次=120 场次 余 | 宣传车巡回播放法律法规 | publicity_events",
          "320台次=320 台次 | 出动巡逻车辆 | security_patrols", "36场=36 场 | 法治宣传活动 | publicity_events"));
}

// An item opening with a verb of issuing is a deed of its own; a bare noun after a comma still continues the deed.
TEST(MetricExcerptsStatisticsRules, IssuingOpensAnItemOfItsOwn) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告",
                   "审查合同380份，出具法律意见书72份。监督检查医疗机构428家次，公共场所312家次。"),
      ElementsAre("380份=380 份 | 审查合同 | legality_reviews", "72份=72 份 | 出具法律意见书 | legal_opinions",
                  "428家次=428 家次 | 监督检查医疗机构 | inspections", "312家次=312 家次 | 公共场所 | inspections"));
}

// 新收 is a stage of handling: the bare stage after it counts what it took in.
TEST(MetricExcerptsStatisticsRules, NewlyReceivedIsAStageOfHandling) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "新收行政复议案件30件，审结28件，新收行政诉讼案件12件，办结10件。"),
              ElementsAre("30件=30 件 | 新收行政复议案件 | admin_reconsideration_cases",
                          "28件=28 件 | 审结行政复议案件 | admin_reconsideration_cases",
                          "12件=12 件 | 新收行政诉讼案件 | admin_litigation_cases",
                          "10件=10 件 | 办结行政诉讼案件 | admin_litigation_cases"));
}

// A rank in words or in digits after 第 is an ordinal, no figure.
TEST(MetricExcerptsStatisticsRules, ARankIsNoFigure) {
  EXPECT_THAT(read_excerpt("某区人民政府2024年法治政府建设年度报告",
                           "法治政府建设考核得分全省第一，营商环境评价位列全市第二，排名全市第2。"),
              IsEmpty());
}

// The size of a change said by a noun alone (增幅) is the change of what the figure before it counted; one with its own
// subject (受案量增幅) keeps it. The currency's name (人民币) is no part of a sum's name; consultations answered are
// counted in 条 as well.
TEST(MetricExcerptsStatisticsRules, ASizeOfChangeAloneIsTheChangeOfTheFigureBefore) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告",
                   "受理行政复议申请63件，同比增加21件，增幅50%。受案量增幅为12%。罚没款共计人民币86.4万元。解答"
                   "法律咨询3,600余条。"),
      ElementsAre("63件=63 件 | 受理行政复议申请 | admin_reconsideration_cases",
                  "21件=21 件 | 受理行政复议申请同比增加 | ", "50%=50 % | 受理行政复议申请增幅 | ",
                  "12%=12 % | 受案量增幅 | ", "86.4万元=864000 元 | 罚没款 | fines",
                  "3,600余条=3600 条 余 | 解答法律咨询 | legal_consultations"));
}

// A bracket saying what the word before it takes in or leaves out (含, 包括, 不含 …) is a note on that word: the figure
// after it is named by the word, so a rate of the word (纠错率) finds it.
TEST(MetricExcerptsStatisticsRules, ANoteOnWhatAWordIncludesLeavesTheFigureToTheWord) {
  EXPECT_THAT(
      read_excerpt(
          "某县人民政府2024年法治政府建设年度报告",
          "全年审结行政复议案件135件（含上年度结转），其中纠错（含撤销、确认违法）29件，纠错率约19.2%。全年办理"
          "行政处罚案件（含简易程序）312件，全县聘请法律顾问（含公职律师）17名，开展人民调解（包括诉前调解）46"
          "件，在编人员（不含工勤人员）42名，发放资料（包括宣传册、折页）1.2万份。"),
      ElementsAre("135件=135 件 | 审结行政复议案件 | admin_reconsideration_cases",
                  "29件=29 件 | 纠错 | reconsideration_outcomes", "约19.2%=19.2 % 约 | 纠错率 | correction_rate",
                  "312件=312 件 | 办理行政处罚案件 | penalty_cases", "17名=17 名 | 聘请法律顾问 | legal_advisers",
                  "46件=46 件 | 人民调解 | mediation_cases", "42名=42 名 | 在编人员 | ",
                  "1.2万份=12000 份 | 资料 | publicity_materials"));
}

// Brackets that are no such note keep their reading: one holding figures of its own, a bracketed year, an
// alternative that widens the word (村（社区）).
TEST(MetricExcerptsStatisticsRules, ABracketOfFiguresAYearOrAnAlternativeIsNoNote) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告",
                   "调解纠纷120件（其中口头调解82件），办理法律援助案件（2024年）86件，民主法治示范村（社区）36个。"),
      ElementsAre("120件=120 件 | 调解纠纷 | mediation_cases", "82件=82 件 | 口头调解 | mediation_cases",
                  "86件=86 件 | 办理法律援助案件（2024年） | legal_aid", "36个=36 个 | 民主法治示范村（社区） | "));
}

}  // namespace
}  // namespace docpipe
