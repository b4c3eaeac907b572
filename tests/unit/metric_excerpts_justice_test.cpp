// analysis.metrics on the justice bureau's own figures and the newest campaigns of 2023–2025 reports:
// 案卷评查, 涉企行政检查 (综合查一次, 扫码入企), 包容审慎监管 (不予处罚, 首违不罚), 府院联动 and 非诉执行,
// 负责人出庭应诉, 法律援助, 人民调解, 公证, 社区矫正, 行政复议 as the main channel, 营商环境, 证明事项告知承诺制,
// 一网通办, the budget — and what the last round left: a note holding a figure, a speed-up, measures cleared out,
// legal opinions. Excerpts written for these tests after the wording, units and layout of such reports. Each figure
// is checked as a reader writes it down: value, unit, qualifier, what it counts and its code.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "metric_excerpt_reader.hpp"

namespace docpipe {
namespace {

using test::read_excerpt;
using ::testing::ElementsAre;

// A bracket holding a figure of its own (含上年结转3件) between a word and its figure: the figure is named by the
// word, and the bare stage after it (审结) counts the same applications.
TEST(MetricExcerptsJustice, AFigureNoteBetweenAWordAndItsFigure) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告", "全年受理行政复议申请（含上年结转3件）15件，审结14件。"),
      ElementsAre("3件=3 件 | 含上年结转 | ", "15件=15 件 | 受理行政复议申请 | admin_reconsideration_cases",
                  "14件=14 件 | 审结行政复议申请 | admin_reconsideration_cases"));
}

// A body named by what is done there (调处化解中心, 数据处理中心, 受理窗口) keeps its name: its handling verb does not
// end the noun as in 3个公证处办理公证业务.
TEST(MetricExcerptsJustice, PlacesNamedByTheirHandlingKeepTheirName) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告", "全县建成12个矛盾纠纷调处化解中心，8个数据处理中心。"),
      ElementsAre("12个=12 个 | 矛盾纠纷调处化解中心 | ", "8个=8 个 | 数据处理中心 | "));
}

// A time limit cut from 12 to 4.5 working days and the speed-up said by its verb alone (提速62.5%): a change of the
// time limit, named by it; a share and its change in points.
TEST(MetricExcerptsJustice, ASpeedUpIsAChangeOfTheTimeLimit) {
  EXPECT_THAT(read_excerpt("某市政务服务管理局2023年法治政府建设年度报告",
                           "平均审批时限由12个工作日压缩至4.5个工作日，提速62.5%，即办件占比达到48%，较上年提高"
                           "6个百分点。"),
              ElementsAre("12个工作日=12 工作日 | 平均审批时限 | ", "4.5个工作日=4.5 工作日 | 平均审批时限 | ",
                          "62.5%=62.5 % | 平均审批时限提速 | ", "达到48%=48 % 达到 | 即办件占比 | ",
                          "6个百分点=6 个百分点 | 即办件占比较上年提高 | "));
}

// A cut after the work it was made in (项目审批压缩时限40%) and a speed-up (审批提速30%以上): changes, not rates.
TEST(MetricExcerptsJustice, CutsAfterTheirSubject) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告", "项目审批压缩时限40%，工程建设项目审批提速30%以上。"),
      ElementsAre("40%=40 % | 项目审批压缩时限 | ", "30%以上=30 % 以上 | 工程建设项目审批提速 | "));
}

// Fair competition review: measures reviewed; the measures abolished or amended are named with the deed done to them
// (a clause opening with 废止, 修订, 清理 … keeps it, up to twenty characters) and are no reviews.
TEST(MetricExcerptsJustice, MeasuresClearedOutKeepTheirDeed) {
  EXPECT_THAT(read_excerpt("某市发展和改革委员会2023年法治政府建设工作报告",
                           "对新出台的涉及经营主体经济活动的政策措施开展公平竞争审查37件，清理存量文件210件，废止或修订"
                           "妨碍公平竞争的政策措施6件。"),
              ElementsAre("37件=37 件 | 公平竞争审查 | fair_competition_reviews", "210件=210 件 | 清理存量文件 | ",
                          "6件=6 件 | 废止或修订妨碍公平竞争的政策措施 | "));
}

// Measures declared void or revoked after the review are no reviews either (no code).
TEST(MetricExcerptsJustice, MeasuresVoidedOrRevokedAreNoReviews) {
  const auto figures =
      read_excerpt("某县市场监督管理局2024年法治政府建设工作报告",
                   "全年开展公平竞争审查，宣布失效妨碍公平竞争的政策措施4件，撤销妨碍公平竞争的政策措施2件。");
  ASSERT_EQ(figures.size(), 2u);
  for (const auto& figure : figures) EXPECT_THAT(figure, ::testing::EndsWith(" | ")) << figure;
}

// Legality review: decisions reviewed; legal opinions given, in 份 or 条, are legal_opinions, not reviews.
TEST(MetricExcerptsJustice, LegalOpinions) {
  EXPECT_THAT(
      read_excerpt("某县司法局2024年法治政府建设年度报告",
                   "全年审查重大行政决策事项21件，出具法律意见书32份，提出法律意见建议56条。"),
      ElementsAre("21件=21 件 | 审查重大行政决策事项 | legality_reviews",
                  "32份=32 份 | 出具法律意见书 | legal_opinions", "56条=56 条 | 提出法律意见建议 | legal_opinions"));
}

// 案卷评查: rounds, files reviewed, the excellent ones a part and their rate.
TEST(MetricExcerptsJustice, CaseFileReview) {
  EXPECT_THAT(
      read_excerpt("某县司法局2024年法治政府建设年度报告",
                   "全年组织行政执法案卷评查2轮，评查案卷326卷，其中优秀案卷48卷，优秀率14.7%。"),
      ElementsAre("2轮=2 轮 | 行政执法案卷评查 | case_file_reviews", "326卷=326 卷 | 评查案卷 | case_file_reviews",
                  "48卷=48 卷 | 优秀案卷 | ", "14.7%=14.7 % | 优秀率 | "));
}

// 涉企行政检查 in 2025: checks, their fall, joint checks (综合查一次) and the visits saved (a reduction, no code).
TEST(MetricExcerptsJustice, InspectionsOfFirms) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2025年法治政府建设年度报告",
                   "全县开展涉企行政检查11,206次，同比下降38.6%，实施“综合查一次”联合检查215次，减少"
                   "入企检查640余次。"),
      ElementsAre("11,206次=11206 次 | 涉企行政检查 | inspections", "38.6%=38.6 % | 涉企行政检查同比下降 | ",
                  "215次=215 次 | 实施“综合查一次”联合检查 | inspections", "640余次=640 次 余 | 减少入企检查 | "));
}

// 扫码入企: checks logged by code and the firms' satisfaction.
TEST(MetricExcerptsJustice, ScanCodeEntry) {
  EXPECT_THAT(read_excerpt("某区人民政府2025年法治政府建设年度报告",
                           "推行“扫码入企”，全年亮码检查3,412次，企业评价满意率99.2%。"),
              ElementsAre("3,412次=3412 次 | 亮码检查 | inspections", "99.2%=99.2 % | 企业评价满意率 | "));
}

// 包容审慎监管: penalties waived (依法对 … 不予处罚, named by what was waived), lightened, and the money involved.
TEST(MetricExcerptsJustice, PenaltiesWaived) {
  EXPECT_THAT(read_excerpt("某市市场监督管理局2024年法治政府建设年度报告",
                           "依法对轻微违法行为不予处罚136件、减轻处罚58件，涉及金额83.6万元。"),
              ElementsAre("136件=136 件 | 轻微违法行为不予处罚 | penalty_exemptions", "58件=58 件 | 减轻处罚 | ",
                          "83.6万元=836000 元 | 涉及金额 | penalty_exemption_amounts"));
}

// 首违不罚 applied to firms (after 对), lighter penalties (no code).
TEST(MetricExcerptsJustice, FirstOffenceNotPunished) {
  EXPECT_THAT(read_excerpt("某县市场监督管理局2023年法治政府建设年度报告",
                           "对首次违法且危害后果轻微的42家经营主体适用“首违不罚”，从轻处罚17件。"),
              ElementsAre("42家=42 家 | 经营主体适用“首违不罚” | penalty_exemptions", "17件=17 件 | 从轻处罚 | "));
}

// 府院联动: a joint meeting, non-litigation enforcement cases and their rate.
TEST(MetricExcerptsJustice, CourtGovernmentLinkage) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "召开府院联席会议2次，办理非诉执行案件27件，执行到位率92.6%。"),
              ElementsAre("2次=2 次 | 召开府院联席会议 | ", "27件=27 件 | 办理非诉执行案件 | ",
                          "92.6%=92.6 % | 执行到位率 | "));
}

// 负责人出庭: cases that required a leader, appearances, the rate.
TEST(MetricExcerptsJustice, LeadersInCourtCases) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "全年行政诉讼案件应出庭45件，行政机关负责人出庭45件，出庭率100%。"),
              ElementsAre("45件=45 件 | 行政诉讼案件应出庭 | ", "45件=45 件 | 行政机关负责人出庭 | court_appearances",
                          "100%=100 % | 出庭率 | court_appearance_rate"));
}

// Leaders in court counted in 次 and 人次.
TEST(MetricExcerptsJustice, LeadersInCourtTimes) {
  EXPECT_THAT(read_excerpt("某市人民政府2023年法治政府建设年度报告",
                           "县政府主要负责人出庭应诉3次，各部门负责人出庭应诉62人次。"),
              ElementsAre("3次=3 次 | 县政府主要负责人出庭应诉 | court_appearances",
                          "62人次=62 人次 | 各部门负责人出庭应诉 | court_appearances"));
}

// 法律援助: cases received, losses recovered for the aided (万元 with a decimal), consultations.
TEST(MetricExcerptsJustice, LegalAidAndLossesRecovered) {
  EXPECT_THAT(read_excerpt("某县司法局2024年法治政府建设年度报告",
                           "全年受理法律援助案件1,126件，为受援人挽回经济损失2,380.5万元，提供法律咨询8,900"
                           "余人次。"),
              ElementsAre("1,126件=1126 件 | 受理法律援助案件 | legal_aid",
                          "2,380.5万元=23805000 元 | 受援人挽回经济损失 | economic_losses",
                          "8,900余人次=8900 人次 余 | 提供法律咨询 | legal_consultations"));
}

// Legal aid for migrant workers' wages; wages recovered (劳动报酬) are wages_recovered.
TEST(MetricExcerptsJustice, WagesForMigrantWorkers) {
  EXPECT_THAT(read_excerpt("某县司法局2023年法治政府建设年度报告",
                           "办理农民工讨薪法律援助案件214件，帮助追回劳动报酬576万元。"),
              ElementsAre("214件=214 件 | 办理农民工讨薪法律援助案件 | legal_aid",
                          "576万元=5760000 元 | 帮助追回劳动报酬 | wages_recovered"));
}

// 人民调解: disputes, those settled and the success rate.
TEST(MetricExcerptsJustice, PeoplesMediation) {
  EXPECT_THAT(
      read_excerpt("某县司法局2024年法治政府建设年度报告",
                   "全县各级人民调解组织调处矛盾纠纷3,218件，调解成功3,187件，调解成功率99.0%。"),
      ElementsAre("3,218件=3218 件 | 各级人民调解组织调处矛盾纠纷 | mediation_cases",
                  "3,187件=3187 件 | 调解成功 | mediation_cases", "99.0%=99 % | 调解成功率 | mediation_success_rate"));
}

// Mediation rooms (no code), committees and mediators.
TEST(MetricExcerptsJustice, MediationBodies) {
  EXPECT_THAT(read_excerpt("某区司法局2025年法治政府建设年度报告",
                           "建成个人调解工作室12个、行业性专业性调解委员会9个，全区人民调解员达到1,036名。"),
              ElementsAre("12个=12 个 | 建成个人调解工作室 | ", "9个=9 个 | 行业性专业性调解委员会 | mediators",
                          "达到1,036名=1036 名 达到 | 人民调解员 | mediators"));
}

// 公证: notarizations and a part of them; fees waived in 元 are no notarizations.
TEST(MetricExcerptsJustice, Notarization) {
  EXPECT_THAT(read_excerpt("某县司法局2024年法治政府建设年度报告",
                           "全年办理公证事项2,460件，其中涉外公证312件，减免公证费用4.2万元。"),
              ElementsAre("2,460件=2460 件 | 办理公证事项 | notarizations", "312件=312 件 | 涉外公证 | notarizations",
                          "4.2万元=42000 元 | 减免公证费用 | "));
}

// 社区矫正: received, discharged, on the register.
TEST(MetricExcerptsJustice, CommunityCorrectionsIntake) {
  EXPECT_THAT(read_excerpt("某县司法局2024年法治政府建设年度报告",
                           "全年新接收社区矫正对象86人，解除矫正79人，在册社区矫正对象142人。"),
              ElementsAre("86人=86 人 | 新接收社区矫正对象 | community_corrections",
                          "79人=79 人 | 解除矫正 | community_corrections",
                          "142人=142 人 | 在册社区矫正对象 | community_corrections"));
}

// Pre-sentence assessments and community service.
TEST(MetricExcerptsJustice, CommunityCorrectionsWork) {
  EXPECT_THAT(read_excerpt("某县司法局2023年法治政府建设年度报告",
                           "开展调查评估58件，组织社区矫正对象参加公益活动1,200余人次。"),
              ElementsAre("58件=58 件 | 调查评估 | community_corrections",
                          "1,200余人次=1200 人次 余 | 社区矫正对象参加公益活动 | community_corrections"));
}

// 复议主渠道: applications received and accepted; a multiple of lawsuits.
TEST(MetricExcerptsJustice, ReconsiderationAsMainChannel) {
  EXPECT_THAT(read_excerpt("某市人民政府2024年法治政府建设年度报告",
                           "全年收到行政复议申请318件，受理296件，行政复议案件数是同期一审行政诉讼案件数的2.8倍。"),
              ElementsAre("318件=318 件 | 收到行政复议申请 | admin_reconsideration_cases",
                          "296件=296 件 | 受理行政复议申请 | admin_reconsideration_cases",
                          "2.8倍=2.8 倍 | 行政复议案件数是同期一审行政诉讼案件数 | "));
}

// Cases decided, corrected, settled, and the rates of each.
TEST(MetricExcerptsJustice, ReconsiderationOutcomes) {
  EXPECT_THAT(
      read_excerpt("某市人民政府2024年法治政府建设年度报告",
                   "审结行政复议案件281件，直接纠错39件，纠错率13.9%，调解和解结案76件，调解和解率27%"
                   "。"),
      ElementsAre("281件=281 件 | 审结行政复议案件 | admin_reconsideration_cases",
                  "39件=39 件 | 直接纠错 | reconsideration_outcomes", "13.9%=13.9 % | 纠错率 | correction_rate",
                  "76件=76 件 | 调解和解结案 | reconsideration_outcomes", "27%=27 % | 调解和解率 | settlement_rate"));
}

// 营商环境: a time limit cut to half a day; the online rate.
TEST(MetricExcerptsJustice, BusinessEnvironment) {
  EXPECT_THAT(
      read_excerpt("某区人民政府2024年法治政府建设年度报告", "企业开办时间压缩至0.5个工作日，全程网办率达98.6%。"),
      ElementsAre("0.5个工作日=0.5 工作日 | 企业开办时间 | ", "达98.6%=98.6 % 达 | 全程网办率 | "));
}

// 证明事项告知承诺制: items, applications handled by promise, later checks.
TEST(MetricExcerptsJustice, CertificationByPromise) {
  EXPECT_THAT(read_excerpt("某县人民政府2023年法治政府建设年度报告",
                           "公布实行告知承诺制的证明事项86项，以告知承诺方式办理证明事项4,632件，事后核查1,120件"
                           "。"),
              ElementsAre("86项=86 项 | 公布实行告知承诺制的证明事项 | ",
                          "4,632件=4632 件 | 以告知承诺方式办理证明事项 | ", "1,120件=1120 件 | 事后核查 | "));
}

// 一网通办: online rate, instant items' share, online cases in 万件.
TEST(MetricExcerptsJustice, OneNetworkService) {
  EXPECT_THAT(read_excerpt("某市政务服务数据管理局2024年法治政府建设年度报告",
                           "政务服务事项网上可办率达99.3%，即办件占比62.4%，全年网上办件18.6万件。"),
              ElementsAre("达99.3%=99.3 % 达 | 政务服务事项网上可办率 | ", "62.4%=62.4 % | 即办件占比 | ",
                          "18.6万件=186000 件 | 网上办件 | "));
}

// Budget: funds in 万元 and their change.
TEST(MetricExcerptsJustice, RuleOfLawBudget) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "将法治建设经费纳入年度财政预算，安排专项经费120万元，较上年增加20万元。"),
              ElementsAre("120万元=1200000 元 | 安排专项经费 | funds", "20万元=200000 元 | 安排专项经费较上年增加 | "));
}

// Subsidies for village advisers; villages counted before a rate's name (村（社区） then 法律顾问覆盖率).
TEST(MetricExcerptsJustice, AdviserSubsidiesAndCoverage) {
  EXPECT_THAT(read_excerpt("某县司法局2025年法治政府建设年度报告",
                           "落实村（社区）法律顾问补贴资金86.4万元，全县212个村（社区）法律顾问覆盖率100%。"),
              ElementsAre("86.4万元=864000 元 | 落实村（社区）法律顾问补贴资金 | funds", "212个=212 个 | 村（社区） | ",
                          "100%=100 % | 法律顾问覆盖率 | coverage_rate"));
}

// Officers holding permits, training sessions and a bare deed after 、 (培训520人次: the same training).
TEST(MetricExcerptsJustice, EnforcementOfficersTrained) {
  EXPECT_THAT(
      read_excerpt("某区人民政府2023年法治政府建设年度报告",
                   "全区持证行政执法人员1,286名，全年组织执法人员培训4期、培训520人次。"),
      ElementsAre("1,286名=1286 名 | 持证行政执法人员 | enforcement_officers",
                  "4期=4 期 | 执法人员培训 | legal_training", "520人次=520 人次 | 执法人员培训 | legal_training"));
}

// Documents reviewed, abolished, and amended: a bare 修订 after 废止规范性文件 counts documents too.
TEST(MetricExcerptsJustice, NormativeDocumentsCleared) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告", "审核行政规范性文件38件，废止规范性文件12件，修订6件。"),
      ElementsAre("38件=38 件 | 审核行政规范性文件 | legality_reviews", "12件=12 件 | 废止规范性文件 | ",
                  "6件=6 件 | 修订规范性文件 | "));
}

// A list of exemptions: items (no penalty_exemptions).
TEST(MetricExcerptsJustice, ListOfExemptions) {
  EXPECT_THAT(
      read_excerpt("某县市场监督管理局2024年法治政府建设年度报告", "制定涉企轻微违法行为免罚清单，涵盖事项128项。"),
      ElementsAre("128项=128 项 | 涵盖事项 | "));
}

// 信用修复 in 家次.
TEST(MetricExcerptsJustice, CreditRepair) {
  EXPECT_THAT(read_excerpt("某县发展和改革局2024年法治政府建设年度报告", "指导企业完成信用修复413家次。"),
              ElementsAre("413家次=413 家次 | 指导企业完成信用修复 | credit_repairs"));
}

// Cases on firms: a change and a share of the total.
TEST(MetricExcerptsJustice, ReconsiderationOfFirms) {
  EXPECT_THAT(read_excerpt("某市人民政府2024年法治政府建设年度报告",
                           "受理涉企行政复议案件46件，同比增长24.3%，占受理总数的15.5%。"),
              ElementsAre("46件=46 件 | 受理涉企行政复议案件 | admin_reconsideration_cases",
                          "24.3%=24.3 % | 受理涉企行政复议案件同比增长 | ",
                          "15.5%=15.5 % | 受理涉企行政复议案件占受理总数 | "));
}

// 入企检查次数 down by a percentage; satisfaction raised to a level.
TEST(MetricExcerptsJustice, FewerVisitsToFirms) {
  EXPECT_THAT(
      read_excerpt("某市人民政府2025年法治政府建设年度报告", "全市入企检查次数同比下降42%，企业满意度提升至97.5%。"),
      ElementsAre("42%=42 % | 入企检查次数同比下降 | ", "97.5%=97.5 % | 企业满意度 | "));
}

// Notary offices counted before a verb of handling (公证处办理: the offices), their work and a part.
TEST(MetricExcerptsJustice, NotaryOffices) {
  EXPECT_THAT(read_excerpt("某县司法局2024年法治政府建设年度报告",
                           "全县3个公证处办理公证业务3,680件，其中“最多跑一次”公证事项1,240件。"),
              ElementsAre("3个=3 个 | 公证处 | ", "3,680件=3680 件 | 公证处办理公证业务 | notarizations",
                          "1,240件=1240 件 | “最多跑一次”公证事项 | notarizations"));
}

// A rate held for three years (连续三年 names nothing) and a loss rate fallen to a level.
TEST(MetricExcerptsJustice, LeadersRateAndLosses) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "行政机关负责人出庭应诉率连续三年保持100%，行政诉讼败诉率降至3.2%。"),
              ElementsAre("100%=100 % | 行政机关负责人出庭应诉率 | court_appearance_rate",
                          "3.2%=3.2 % | 行政诉讼败诉率 | litigation_loss_rate"));
}

// Satisfaction of the aided, cases of a defence pilot.
TEST(MetricExcerptsJustice, AidSatisfactionAndDefence) {
  EXPECT_THAT(
      read_excerpt("某县司法局2025年法治政府建设年度报告",
                   "法律援助受援群众满意率98.5%，刑事案件律师辩护全覆盖试点办理案件342件。"),
      ElementsAre("98.5%=98.5 % | 法律援助受援群众满意率 | ", "342件=342 件 | 刑事案件律师辩护全覆盖试点办理案件 | "));
}

// Agreements honoured, disputes screened, early signs found (苗头隐患: disputes in the making, not safety hazards).
TEST(MetricExcerptsJustice, ScreeningAndEarlySigns) {
  EXPECT_THAT(read_excerpt("某县司法局2024年法治政府建设年度报告",
                           "人民调解协议履行率99.6%，排查矛盾纠纷1,540次，发现苗头隐患36个。"),
              ElementsAre("99.6%=99.6 % | 人民调解协议履行率 | ", "1,540次=1540 次 | 排查矛盾纠纷 | dispute_screening",
                          "36个=36 个 | 发现苗头隐患 | dispute_screening"));
}

}  // namespace
}  // namespace docpipe
