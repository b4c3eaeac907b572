// analysis.metrics on short excerpts in the styles of reports the other tests do not cover: county departments
// (司法局, 市场监管局, 交通运输局, 人社局, 城管, 应急, 税务, 卫健, 自然资源), a subdistrict, a development zone, a
// township and a 2025 report. Each figure is checked as a reader would write it down: value, unit, qualifier,
// what it counts and its code.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "metric_excerpt_reader.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAre;
using ::testing::StartsWith;  // a figure whose name is still wrong: its value, unit and qualifier

std::vector<std::string> read(const std::string& title, const std::string& body) {
  return test::read_excerpt(title, body);
}

// A county justice bureau: legal aid with its change, lawyers and law firms (law_firms), a coverage rate.
TEST(MetricExcerpts, ACountyJusticeBureausLawFirmsAndLawyers) {
  EXPECT_THAT(read("某县司法局2024年法治政府建设年度报告",
                   "全年共受理法律援助案件512件，同比增长8.7%，为受援人挽回经济损失1260余万元。办理公证事"
                   "项3,146件，较上年下降2.1个百分点。全县有律师事务所7家，执业律师86名。律师担任村（社区"
                   "）法律顾问实现全覆盖，覆盖率100%。"),
              ElementsAre("512件=512 件 | 受理法律援助案件 | legal_aid", "8.7%=8.7 % | 受理法律援助案件同比增长 | ",
                          "1260余万元=12600000 元 余 | 受援人挽回经济损失 | economic_losses",
                          "3,146件=3146 件 | 办理公证事项 | notarizations",
                          "2.1个百分点=2.1 个百分点 | 办理公证事项较上年下降 | ", "7家=7 家 | 律师事务所 | law_firms",
                          "86名=86 名 | 执业律师 | practising_lawyers", "100%=100 % | 覆盖率 | coverage_rate"));
}

// A market regulator: cases and their parts, fines in 万元, a share hedged before 占 (约占…的三成: 约).
TEST(MetricExcerpts, AMarketRegulatorsCasesFinesAndAShareHedgedBeforeZhan) {
  EXPECT_THAT(read("某县市场监督管理局2024年法治政府建设情况报告",
                   "全年查办各类违法案件236件，罚没款合计412.6万元，同比下降12.4%。其中一般程序案件15"
                   "8件、简易程序案件78件。开展“双随机、一公开”抽查1,208户次，抽查事项覆盖率100%。对轻"
                   "微违法行为不予处罚案件43件，涉及金额约占罚没款总额的三成。"),
              ElementsAre("236件=236 件 | 查办各类违法案件 | ", "412.6万元=4126000 元 | 罚没款合计 | fines",
                          "12.4%=12.4 % | 罚没款合计同比下降 | ", "158件=158 件 | 一般程序案件 | penalty_cases",
                          "78件=78 件 | 简易程序案件 | penalty_cases",
                          "1,208户次=1208 户次 | “双随机、一公开”抽查 | inspections",
                          "100%=100 % | 抽查事项覆盖率 | coverage_rate",
                          "43件=43 件 | 轻微违法行为不予处罚案件 | penalty_exemptions",
                          "三成=30 % 约 | 涉及金额约占罚没款总额 | "));
}

// A transport bureau: a time limit cut from the one the law set (由法定的: no part of the name), hedges 近 and 余.
TEST(MetricExcerpts, ATransportBureausTimeLimitFromTheLegalOne) {
  EXPECT_THAT(read("某县交通运输局2024年度法治政府建设工作报告",
                   "全年办理道路运输行政许可2,356件，承诺办结时限由法定的20个工作日压缩至5个工作日。开展路面"
                   "联合执法检查近300次，查处超限超载车辆145辆，卸载货物3860余吨。组织执法人员培训6期、参"
                   "训420人次，考试合格率98.5%。"),
              ElementsAre("2,356件=2356 件 | 办理道路运输行政许可 | licensing",
                          "20个工作日=20 工作日 | 承诺办结时限 | ", "5个工作日=5 工作日 | 承诺办结时限 | ",
                          "近300次=300 次 近 | 路面联合执法检查 | inspections", "145辆=145 辆 | 查处超限超载车辆 | ",
                          "3860余吨=3860 吨 余 | 卸载货物 | ", "6期=6 期 | 执法人员培训 | legal_training",
                          "420人次=420 人次 | 参训 | legal_training", "98.5%=98.5 % | 考试合格率 | "));
}

// A subdistrict in a 2025 report: 街道 as the subject is no name, 过半数的 and 超过半数的 before a noun are shares of
// half, named by the things and what they did.
TEST(MetricExcerpts, ASubdistrictsSharesOfHalfWrittenWithBanshu) {
  EXPECT_THAT(
      read("某街道办事处2025年法治政府建设年度报告",
           "2025年，街道共排查化解矛盾纠纷386件，化解率达97.2%。过半数的社区建成“法律服务驿站”"
           "，超过半数的小区设立调解室。开展法治宣传活动45场次，发放宣传资料1.2万份，受众约8000人次"
           "。辖区12个社区均配备法律顾问。"),
      ElementsAre("386件=386 件 | 排查化解矛盾纠纷 | mediation_cases",
                  "达97.2%=97.2 % 达 | 化解率 | mediation_success_rate", "过半数=50 % 过 | 社区建成“法律服务驿站” | ",
                  "超过半数=50 % 超过 | 小区设立调解室 | ", "45场次=45 场次 | 法治宣传活动 | publicity_events",
                  "1.2万份=12000 份 | 宣传资料 | publicity_materials", "约8000人次=8000 人次 约 | 受众 | ",
                  "12个=12 个 | 社区 | "));
}

// A development zone: a change by half (缩短一半以上), a fraction of the firms named with what they did.
TEST(MetricExcerpts, ADevelopmentZonesChangesAndAFractionOfFirms) {
  EXPECT_THAT(read("某经济开发区管委会2024年法治政府建设年度报告",
                   "全年新设立市场主体1,032户，较上年增长15%。办理涉企审批事项680项，平均审批时间缩短一半"
                   "以上。组织涉企法律服务进园区活动28场，服务企业300余家。入驻企业中，约三分之二的企业建立了合"
                   "规管理制度。"),
              ElementsAre("1,032户=1032 户 | 新设立市场主体 | ", "15%=15 % | 新设立市场主体较上年增长 | ",
                          "680项=680 项 | 办理涉企审批事项 | licensing", "一半以上=50 % 以上 | 平均审批时间缩短 | ",
                          "28场=28 场 | 涉企法律服务进园区活动 | ", "300余家=300 家 余 | 服务企业 | ",
                          "约三分之二=66.7 % 约 | 企业建立合规管理制度 | "));
}

// A township: a level alone after a level and its noun borrows the noun (市级5个: 市级民主法治示范村), the villages a
// share is picked from (中 closing the clause is no name), units stationed in a petitions centre (no petitions), a
// share hedged before 占 named by the figure before it.
TEST(MetricExcerpts, ATownshipsVillagesUnitsStationedAndAShareOfHouseholds) {
  EXPECT_THAT(read("某镇人民政府2024年法治政府建设工作报告",
                   "全镇16个行政村（社区）中，过半的村（社区）建成法治示范点，其中省级民主法治示范村2个、市级5个"
                   "。培育“法律明白人”128名，约占全镇户数的5%。镇信访接待中心进驻单位8个，全年接待来访群众2"
                   "36人次。"),
              ElementsAre("16个=16 个 | 行政村（社区） | ", "过半=50 % 过 | 村（社区）建成法治示范点 | ",
                          "2个=2 个 | 省级民主法治示范村 | ", "5个=5 个 | 市级民主法治示范村 | ",
                          "128名=128 名 | 法律明白人 | legal_literates", "5%=5 % 约 | 法律明白人占全镇户数 | ",
                          "8个=8 个 | 镇信访接待中心进驻单位 | ", "236人次=236 人次 | 来访群众 | petitions"));
}

// A human resources bureau: a rate about half of its whole (约占结案总数的一半), named by the rate; a range 3至5.
TEST(MetricExcerpts, AHumanResourcesBureausRateAboutHalfOfItsWhole) {
  EXPECT_THAT(
      read("某县人力资源和社会保障局2024年法治政府建设情况报告",
           "全年受理劳动人事争议仲裁案件318件，结案率96.5%，仲裁调解率约占结案总数的一半。为农民工追"
           "发工资2,860余万元，涉及农民工1,450人。开展劳动保障监察执法检查3至5轮，检查用人单位6"
           "12家。"),
      ElementsAre("318件=318 件 | 受理劳动人事争议仲裁案件 | labour_disputes", "96.5%=96.5 % | 结案率 | ",
                  "一半=50 % 约 | 仲裁调解率 | ", "2,860余万元=28600000 元 余 | 农民工追发工资 | wages_recovered",
                  "1,450人=1450 人 | 涉及农民工 | ", "3至5轮=3~5 轮 | 劳动保障监察执法检查 | inspections",
                  "612家=612 家 | 检查用人单位 | inspections"));
}

// An urban management bureau: hotline tickets, a change in points; a place in a ranking (第3名) is no figure.
TEST(MetricExcerpts, AnUrbanManagementBureausHotlineAndRanking) {
  EXPECT_THAT(
      read("某区城市管理综合执法局2024年法治政府建设年度报告",
           "全年处理12345热线工单5,632件，按时办结率99.2%，群众满意率较上年提高3.5个百分点"
           "。查处违法建设案件67起，拆除违法建筑1.8万平方米。在全市城管系统法治考核中位列第3名。"),
      ElementsAre("5,632件=5632 件 | 处理12345热线工单 | hotline_tickets", "99.2%=99.2 % | 按时办结率 | ",
                  "3.5个百分点=3.5 个百分点 | 群众满意率较上年提高 | ", "67起=67 起 | 查处违法建设案件 | penalty_cases",
                  "1.8万平方米=18000 平方米 | 拆除违法建筑 | "));
}

// An emergency management bureau in a 2025 report: changes listed after 分别, a round hundred hedged (近百次).
TEST(MetricExcerpts, AnEmergencyBureausChangesListedWithFenbie) {
  EXPECT_THAT(
      read("某县应急管理局2025年法治政府建设年度报告",
           "全年开展安全生产执法检查1,126家次，排查整改安全隐患2,340处，整改率98.6%。立案查处"
           "安全生产违法行为85起，罚款236.5万元，分别较上年增长12%和18%。组织应急演练近百次，参"
           "演群众2万余人次。"),
      ElementsAre("1,126家次=1126 家次 | 安全生产执法检查 | inspections",
                  "2,340处=2340 处 | 排查整改安全隐患 | safety_hazards", "98.6%=98.6 % | 整改率 | ",
                  "85起=85 起 | 立案查处安全生产违法行为 | penalty_cases", "236.5万元=2365000 元 | 罚款 | fines",
                  "12%=12 % | 立案查处安全生产违法行为较上年增长 | ", "18%=18 % | 罚款较上年增长 | ",
                  "近百次=100 次 近 | 应急演练 | ", "2万余人次=20000 人次 余 | 参演群众 | "));
}

// A township (the share is still named by the words before it, 约占纠纷总数): disputes mediated and settled, two thirds
// hedged before 占 (约占…三分之二: 约).
TEST(MetricExcerpts, ATownshipsMediationAndAShareOfTwoThirdsHedged) {
  EXPECT_THAT(
      read("某乡人民政府2024年法治政府建设年度报告",
           "全乡共有村（社区）9个，村级公共法律服务室实现全覆盖。全年人民调解委员会调解纠纷74起，调解成功"
           "72起。约占纠纷总数三分之二的纠纷在村级化解。举办法治讲座12场，参训干部群众600余人次。"),
      ElementsAre("9个=9 个 | 村（社区） | ", "74起=74 起 | 人民调解委员会调解纠纷 | mediation_cases",
                  "72起=72 起 | 调解成功 | mediation_cases", StartsWith("三分之二=66.7 % 约 | "),
                  "12场=12 场 | 法治讲座 | legal_lectures", "600余人次=600 人次 余 | 参训干部群众 | legal_training"));
}

// A tax bureau: revenue in 亿元, a share of matters named with what they did (实现网上办理), a cut in percent.
TEST(MetricExcerpts, ATaxBureausYiYuanAndAShareOfMattersOnline) {
  EXPECT_THAT(read("某县税务局2024年法治税务建设情况报告",
                   "全年组织税费收入28.6亿元，同比增长4.3%。95%以上的涉税事项实现网上办理，办税时间压缩3"
                   "0%以上。受理纳税人投诉12件，办结率100%。开展税收普法宣传活动20余场，发放宣传资料500"
                   "0余份。"),
              ElementsAre("28.6亿元=2860000000 元 | 税费收入 | ", "4.3%=4.3 % | 税费收入同比增长 | ",
                          "95%以上=95 % 以上 | 涉税事项实现网上办理 | ", "30%以上=30 % 以上 | 办税时间压缩 | ",
                          "12件=12 件 | 受理纳税人投诉 | ", "100%=100 % | 办结率 | ",
                          "20余场=20 场 余 | 税收普法宣传活动 | publicity_events",
                          "5000余份=5000 份 余 | 宣传资料 | publicity_materials"));
}

// A health bureau: a rate said as about nine tenths (持证率约占九成: the rate, 约), a quarter hedged before 有
// (约有四分之一的).
TEST(MetricExcerpts, AHealthBureausRateSaidAsAShareAndYueYou) {
  EXPECT_THAT(read("某县卫生健康局2024年法治政府建设年度报告",
                   "全年开展医疗卫生监督检查1,560户次，立案查处违法案件48件，罚没款36.8万元。全县卫生健康"
                   "监督员32名，其中持证执法人员29名，持证率约占九成。约有四分之一的医疗机构完成整改。"),
              ElementsAre("1,560户次=1560 户次 | 医疗卫生监督检查 | inspections",
                          "48件=48 件 | 立案查处违法案件 | penalty_cases", "36.8万元=368000 元 | 罚没款 | fines",
                          "32名=32 名 | 卫生健康监督员 | enforcement_officers",
                          "29名=29 名 | 持证执法人员 | enforcement_officers", "九成=90 % 约 | 持证率 | ",
                          "四分之一=25 % 约 | 医疗机构完成整改 | "));
}

// A natural resources bureau: a time limit cut to (压缩办理时限至: the limit), a share of cases named by the count it
// is of.
TEST(MetricExcerpts, ANaturalResourcesBureausTimeLimitAndAShareOfTheWhole) {
  EXPECT_THAT(
      read("某县自然资源局2024年法治政府建设年度报告",
           "全年办理不动产登记4.6万件，压缩办理时限至3个工作日以内。查处土地违法案件31宗，涉及土地面积"
           "120余亩，罚没款85万元。办理行政复议案件5件，占全部诉讼和复议案件的近一半。"),
      ElementsAre("4.6万件=46000 件 | 办理不动产登记 | ", "3个工作日以内=3 工作日 以内 | 办理时限 | ",
                  "31宗=31 宗 | 查处土地违法案件 | penalty_cases", "120余亩=120 亩 余 | 涉及土地面积 | ",
                  "85万元=850000 元 | 罚没款 | fines", "5件=5 件 | 办理行政复议案件 | admin_reconsideration_cases",
                  "近一半=50 % 近 | 办理行政复议案件占全部诉讼和复议案件 | "));
}

}  // namespace
}  // namespace docpipe
