// analysis.metrics on more short excerpts, in the styles metric_excerpts_test.cpp does not cover: a county and a
// district government, 公安局, 教育局, 生态环境局, 医保局, 水利局, 信访局, 综合行政执法局, 自然资源局, townships in
// 2025, a subdistrict and a community's own report, tables pasted as prose (其中：A 3件，B 5件) and comparisons (较上年
// 增加, 同比下降, 提高…个百分点). Each figure is checked as a reader would write it down: value, unit, qualifier, what
// it counts and its code.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "metric_excerpt_reader.hpp"

namespace docpipe {
namespace {

using test::read_excerpt;
using ::testing::ElementsAre;

// A county government: reconsideration received, accepted and concluded, the direct corrections a part of the
// concluded cases, a court appearance rate.
TEST(MetricExcerptsMore, ACountyGovernmentsReconsiderationAndItsCorrections) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设情况报告",
                   "全县共有行政执法主体46个，持证执法人员1,286名。全年县政府常务会议审"
                   "议规范性文件9件，开展合法性审核132件。行政复议机关收到复议申请214件"
                   "，受理198件，审结187件，其中确认违法等直接纠错决定5件。县政府作为被"
                   "告的行政诉讼案件应诉31件，行政机关负责人出庭应诉率100%。"),
      ElementsAre("46个=46 个 | 行政执法主体 | ", "1,286名=1286 名 | 持证执法人员 | enforcement_officers",
                  "9件=9 件 | 县政府常务会议审议规范性文件 | ", "132件=132 件 | 合法性审核 | legality_reviews",
                  "214件=214 件 | 行政复议机关收到复议申请 | admin_reconsideration_cases",
                  "198件=198 件 | 受理复议申请 | admin_reconsideration_cases",
                  "187件=187 件 | 审结复议申请 | admin_reconsideration_cases", "5件=5 件 | 确认违法等直接纠错决定 | ",
                  "31件=31 件 | 行政诉讼案件应诉 | admin_litigation_cases",
                  "100%=100 % | 行政机关负责人出庭应诉率 | court_appearance_rate"));
}

// A police bureau: cases with a change in 起, changes in percent named by their subject, an exam's outcome (通过).
TEST(MetricExcerptsMore, APoliceBureausCasesChangesAndAnExam) {
  EXPECT_THAT(read_excerpt("某县公安局2024年法治政府建设年度报告",
                           "全年受理治安案件2,416起，较上年减少318起，查处违法人员1,872人。刑事案"
                           "件立案数同比下降12.5%，电信网络诈骗案件发案数下降21.3%。开展执法资格"
                           "等级考试，参考民警186人，通过179人。组织执法案卷评查2次，评查案卷4"
                           "20卷，发现问题36个。"),
              ElementsAre("2,416起=2416 起 | 受理治安案件 | ", "318起=318 起 | 受理治安案件较上年减少 | ",
                          "1,872人=1872 人 | 查处违法人员 | ", "12.5%=12.5 % | 刑事案件立案数同比下降 | ",
                          "21.3%=21.3 % | 电信网络诈骗案件发案数下降 | ", "186人=186 人 | 参考民警 | ",
                          "179人=179 人 | 通过 | ", "2次=2 次 | 执法案卷评查 | case_file_reviews",
                          "420卷=420 卷 | 评查案卷 | case_file_reviews", "36个=36 个 | 发现问题 | "));
}

// An education bureau: schools and their vice-principals, campus publicity, a change in points of a rate.
TEST(MetricExcerptsMore, AnEducationBureausSchoolsAndVicePrincipals) {
  EXPECT_THAT(
      read_excerpt("某县教育局2024年度法治政府建设情况报告",
                   "全县73所中小学校全部配齐法治副校长，共聘任法治副校长73名。开展“法"
                   "治进校园”巡讲活动96场次，覆盖师生4.2万人次。办理学校周边安全隐患"
                   "整改事项28件。受理教育领域信访事项19件，按期办结率100%，较上年提高"
                   "2个百分点。"),
      ElementsAre("73所=73 所 | 中小学校 | ", "73名=73 名 | 聘任法治副校长 | vice_principals",
                  "96场次=96 场次 | “法治进校园”巡讲活动 | publicity_events", "4.2万人次=42000 人次 | 覆盖师生 | ",
                  "28件=28 件 | 办理学校周边安全隐患整改事项 | safety_hazards",
                  "19件=19 件 | 受理教育领域信访事项 | petitions", "100%=100 % | 按期办结率 | ",
                  "2个百分点=2 个百分点 | 按期办结率较上年提高 | "));
}

// An environment bureau: a listing after 其中： breaks down the cases, a concentration in 微克/立方米.
TEST(MetricExcerptsMore, AnEnvironmentBureausCasesListedAfterAColon) {
  EXPECT_THAT(
      read_excerpt("某市生态环境局2024年法治政府建设年度报告",
                   "全年出动执法人员5,620人次，检查企业2,134家次。立案查处环境违法案件5"
                   "8件，罚款742.3万元，同比下降8.6%。其中：按日连续处罚案件2件，查封扣"
                   "押案件11件，移送公安机关案件4件。全市细颗粒物平均浓度为32微克/立方"
                   "米，优良天数比例达到87.4%。"),
      ElementsAre("5,620人次=5620 人次 | 出动执法人员 | ", "2,134家次=2134 家次 | 检查企业 | inspections",
                  "58件=58 件 | 立案查处环境违法案件 | penalty_cases", "742.3万元=7423000 元 | 罚款 | fines",
                  "8.6%=8.6 % | 罚款同比下降 | ", "2件=2 件 | 按日连续处罚案件 | penalty_cases",
                  "11件=11 件 | 查封扣押案件 | ", "4件=4 件 | 移送公安机关案件 | ",
                  "32微克/立方米=32 微克/立方米 | 细颗粒物平均浓度 | ", "达到87.4%=87.4 % 达到 | 优良天数比例 | "));
}

// A health insurance bureau: funds recovered, the institutions dealt with and their parts.
TEST(MetricExcerptsMore, AHealthInsuranceBureausFundsRecoveredAndItsPartsListed) {
  EXPECT_THAT(read_excerpt("某县医疗保障局2024年法治政府建设工作报告",
                           "全年检查定点医药机构316家，实现现场检查全覆盖。追回医保基金1,286.4万"
                           "元，较上年增加36.7%。处理违规定点医药机构87家，其中暂停医保服务协议"
                           "4家、解除服务协议1家。医保经办窗口办理业务3.8万件，群众满意度99.1%。"),
              ElementsAre("316家=316 家 | 检查定点医药机构 | inspections",
                          "1,286.4万元=12864000 元 | 追回医保基金 | funds_recovered",
                          "36.7%=36.7 % | 追回医保基金较上年增加 | ", "87家=87 家 | 处理违规定点医药机构 | ",
                          "4家=4 家 | 暂停医保服务协议 | ", "1家=1 家 | 解除服务协议 | ",
                          "3.8万件=38000 件 | 医保经办窗口办理业务 | ", "99.1%=99.1 % | 群众满意度 | "));
}

// A water bureau: patrols, cases and fines, a time limit cut (both named by the limit).
TEST(MetricExcerptsMore, AWaterBureausPatrolsCasesAndATimeLimitCut) {
  EXPECT_THAT(read_excerpt("某县水利局2024年法治政府建设情况报告",
                           "全年开展河湖巡查1,240次，发现并制止涉河违法行为63起，立案查处水事违"
                           "法案件12件，收缴罚款18.6万元。办理取水许可审批事项45件，平均审批时"
                           "限由20个工作日压缩至8个工作日。调处水事纠纷9起，调处成功率100%。"),
              ElementsAre("1,240次=1240 次 | 河湖巡查 | security_patrols", "63起=63 起 | 发现并制止涉河违法行为 | ",
                          "12件=12 件 | 立案查处水事违法案件 | penalty_cases", "18.6万元=186000 元 | 收缴罚款 | fines",
                          "45件=45 件 | 办理取水许可审批事项 | licensing", "20个工作日=20 工作日 | 平均审批时限 | ",
                          "8个工作日=8 工作日 | 平均审批时限 | ", "9起=9 起 | 调处水事纠纷 | mediation_cases",
                          "100%=100 % | 调处成功率 | mediation_success_rate"));
}

// A township in a 2025 report: a total named by nothing but 总数 is the total of what the figure before counted,
// levels listed after a level and its noun borrow the noun, 全年 after the body that counted is no name.
TEST(MetricExcerptsMore, ATownshipIn2025AddsLegalLiteratesToATotalAndListsLevels) {
  EXPECT_THAT(
      read_excerpt("某镇人民政府2025年法治政府建设年度报告",
                   "2025年，我镇共排查矛盾纠纷142件，化解138件，化解率97.2%。镇司法所全年"
                   "办理法律援助案件17件，为群众挽回经济损失86万元。全镇18个村（社区）"
                   "均聘请法律顾问，法律顾问提供咨询服务420余次。新培育“法律明白人”"
                   "54名，总数达到312名。其中省级民主法治示范村1个、市级3个、县级6个。"),
      ElementsAre("142件=142 件 | 排查矛盾纠纷 | dispute_screening", "138件=138 件 | 化解矛盾纠纷 | mediation_cases",
                  "97.2%=97.2 % | 化解率 | mediation_success_rate", "17件=17 件 | 镇司法所办理法律援助案件 | legal_aid",
                  "86万元=860000 元 | 群众挽回经济损失 | economic_losses", "18个=18 个 | 村（社区） | ",
                  "420余次=420 次 余 | 法律顾问提供咨询服务 | legal_consultations",
                  "54名=54 名 | 法律明白人 | legal_literates",
                  "达到312名=312 名 达到 | 法律明白人总数 | legal_literates", "1个=1 个 | 省级民主法治示范村 | ",
                  "3个=3 个 | 市级民主法治示范村 | ", "6个=6 个 | 县级民主法治示范村 | "));
}

// A subdistrict: 街道 as the subject is no name, 本单位 neither; grid workers and their part.
TEST(MetricExcerptsMore, ASubdistrictAsTheSubjectAndItsCommunities) {
  EXPECT_THAT(read_excerpt("某街道办事处2024年法治政府建设情况报告",
                           "街道共排查化解矛盾纠纷86件，调解成功84件。辖区11个社区全部建成公共"
                           "法律服务工作站，社区法律顾问开展法治讲座33场。本单位全年受理12345热"
                           "线工单1,826件，按时办结率98.9%。社区网格员共计126名，其中专职网格员9"
                           "8名。"),
              ElementsAre("86件=86 件 | 排查化解矛盾纠纷 | mediation_cases", "84件=84 件 | 调解成功 | mediation_cases",
                          "11个=11 个 | 社区 | ", "33场=33 场 | 社区法律顾问开展法治讲座 | legal_lectures",
                          "1,826件=1826 件 | 受理12345热线工单 | hotline_tickets", "98.9%=98.9 % | 按时办结率 | ",
                          "126名=126 名 | 社区网格员 | grid_workers", "98名=98 名 | 专职网格员 | grid_workers"));
}

// A justice bureau: disputes broken down after 其中：, community corrections (a bare 新接收 takes the noun counted
// before it: 新接收社区矫正对象).
TEST(MetricExcerptsMore, AJusticeBureausMediationListedAfterAColonAndCorrections) {
  EXPECT_THAT(
      read_excerpt("某县司法局2024年法治政府建设工作报告",
                   "全年人民调解组织调解各类矛盾纠纷3,412件，调解成功3,368件。其中：婚姻"
                   "家庭纠纷612件，邻里纠纷903件，土地承包纠纷287件，其他纠纷1,566件。在"
                   "册社区矫正对象168人，全年新接收92人，解除矫正87人。"),
      ElementsAre(
          "3,412件=3412 件 | 人民调解组织调解各类矛盾纠纷 | mediation_cases",
          "3,368件=3368 件 | 调解成功 | mediation_cases", "612件=612 件 | 婚姻家庭纠纷 | mediation_cases",
          "903件=903 件 | 邻里纠纷 | mediation_cases", "287件=287 件 | 土地承包纠纷 | mediation_cases",
          "1,566件=1566 件 | 其他纠纷 | mediation_cases", "168人=168 人 | 在册社区矫正对象 | community_corrections",
          "92人=92 人 | 新接收社区矫正对象 | community_corrections", "87人=87 人 | 解除矫正 | community_corrections"));
}

// A market regulator: a level reached after 缩短至 is named by its subject, and so is the change after it.
TEST(MetricExcerptsMore, AMarketRegulatorsLevelReachedAfterShortenedTo) {
  EXPECT_THAT(
      read_excerpt("某区市场监督管理局2024年度法治政府建设报告",
                   "全年办结行政处罚案件426件，较上年增加57件，罚没款合计318.5万元，同比"
                   "下降4.2%。一般程序案件平均办案时长缩短至38天，较上年缩短11天。抽查"
                   "经营主体1,560户，问题发现率6.8%，较上年提高1.3个百分点。"),
      ElementsAre("426件=426 件 | 办结行政处罚案件 | penalty_cases", "57件=57 件 | 办结行政处罚案件较上年增加 | ",
                  "318.5万元=3185000 元 | 罚没款合计 | fines", "4.2%=4.2 % | 罚没款合计同比下降 | ",
                  "38天=38 天 | 一般程序案件平均办案时长 | ", "11天=11 天 | 一般程序案件平均办案时长较上年缩短 | ",
                  "1,560户=1560 户 | 抽查经营主体 | inspections", "6.8%=6.8 % | 问题发现率 | ",
                  "1.3个百分点=1.3 个百分点 | 问题发现率较上年提高 | "));
}

// A township: study sessions, villages and venues, publicity, enforcement staff (what the team has, not the team)
// and its part.
TEST(MetricExcerptsMore, ATownshipsStudyPublicityAndEnforcementStaff) {
  EXPECT_THAT(
      read_excerpt("某乡人民政府2024年法治政府建设年度报告",
                   "乡党委理论学习中心组集体学法4次，乡政府常务会议会前学法12次。本乡"
                   "共有行政村8个，建成村级法治文化阵地8处。全年开展法治宣传活动26场，"
                   "发放宣传资料3,000余份，受教育群众2,600余人次。乡综合行政执法队现有执"
                   "法人员7名，其中持证执法人员5名。"),
      ElementsAre("4次=4 次 | 乡党委理论学习中心组集体学法 | legal_training",
                  "12次=12 次 | 乡政府常务会议会前学法 | legal_training", "8个=8 个 | 行政村 | ",
                  "8处=8 处 | 建成村级法治文化阵地 | publicity_venues", "26场=26 场 | 法治宣传活动 | publicity_events",
                  "3,000余份=3000 份 余 | 宣传资料 | publicity_materials", "2,600余人次=2600 人次 余 | 受教育群众 | ",
                  "7名=7 名 | 执法人员 | enforcement_officers", "5名=5 名 | 持证执法人员 | enforcement_officers"));
}

// A county report whose headings hold figures: a heading's numbering is no name (（一）过半的村…).
TEST(MetricExcerptsMore, AHeadingsNumberingIsNoName) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2025年法治政府建设情况报告",
                   "（一）过半的村（社区）建成法治示范点\n全县公共法律服务中心全年接"
                   "待群众咨询1.2万人次，办理公证事项1,035件。\n（二）行政执法案卷评查合"
                   "格率达96.5%，较上年提高3.2个百分点\n全县18个乡镇（街道）均设立行政复"
                   "议咨询服务点。"),
      ElementsAre("过半=50 % 过 | 村（社区）建成法治示范点 | ", "1.2万人次=12000 人次 | 群众咨询 | legal_consultations",
                  "1,035件=1035 件 | 办理公证事项 | notarizations", "达96.5%=96.5 % 达 | 行政执法案卷评查合格率 | ",
                  "3.2个百分点=3.2 个百分点 | 行政执法案卷评查合格率较上年提高 | ", "18个=18 个 | 乡镇（街道） | "));
}

// A transport bureau in a 2025 report: 我局 is no name, vehicles weighed in 万辆次.
TEST(MetricExcerptsMore, ATransportBureausWeighingAndLicensingIn2025) {
  EXPECT_THAT(read_excerpt("某县交通运输局2025年法治政府建设年度报告",
                           "全年治超站检测货车12.6万辆次，查处超限超载车辆1,045辆，卸载货物2.1万"
                           "吨。我局共办理道路运输行政许可1,820件，办结率100%。开展“送法进企业"
                           "”活动15场，培训驾驶员1,300余人次。"),
              ElementsAre("12.6万辆次=126000 辆次 | 治超站检测货车 | ", "1,045辆=1045 辆 | 查处超限超载车辆 | ",
                          "2.1万吨=21000 吨 | 卸载货物 | ", "1,820件=1820 件 | 办理道路运输行政许可 | licensing",
                          "100%=100 % | 办结率 | ", "15场=15 场 | “送法进企业”活动 | publicity_events",
                          "1,300余人次=1300 人次 余 | 培训驾驶员 | legal_training"));
}

// A petitions bureau: letters and visits, rates sharing one figure, a change said with 多.
TEST(MetricExcerptsMore, APetitionsBureausLettersVisitsAndRatesSharingAFigure) {
  EXPECT_THAT(read_excerpt("某县信访局2024年法治政府建设情况报告",
                           "全年共受理群众来信来访1,204件次，同比下降9.4%，其中来信386件、来访81"
                           "8批次。信访事项及时受理率、按期办结率均为100%。化解信访积案23件，较"
                           "上年多化解8件。"),
              ElementsAre("1,204件次=1204 件次 | 受理群众来信来访 | petitions",
                          "9.4%=9.4 % | 受理群众来信来访同比下降 | ", "386件=386 件 | 来信 | petitions",
                          "818批次=818 批次 | 来访 | petitions", "100%=100 % | 按期办结率 | ",
                          "23件=23 件 | 化解信访积案 | petitions", "8件=8 件 | 化解信访积案较上年多化解 | "));
}

// A comprehensive enforcement bureau: a table written as prose (其中：类 126件，…), changes in 元 and points.
TEST(MetricExcerptsMore, AnEnforcementBureausProseTableWithSpaces) {
  EXPECT_THAT(read_excerpt("某县综合行政执法局2024年法治政府建设年度报告",
                           "全年共办理行政处罚案件312件。其中：市容环境类 126件，违法建设类 58件"
                           "，燃气安全类 41件，其他类 87件。罚没款共计96.8万元，较上年增加12.3万"
                           "元，同比增长14.6%。行政执法案件法制审核率达到100%，较上年提高5个百分"
                           "点。"),
              ElementsAre("312件=312 件 | 办理行政处罚案件 | penalty_cases", "126件=126 件 | 市容环境类 | ",
                          "58件=58 件 | 违法建设类 | ", "41件=41 件 | 燃气安全类 | ", "87件=87 件 | 其他类 | ",
                          "96.8万元=968000 元 | 罚没款 | fines", "12.3万元=123000 元 | 罚没款较上年增加 | ",
                          "14.6%=14.6 % | 罚没款同比增长 | ",
                          "达到100%=100 % 达到 | 行政执法案件法制审核率 | legality_review_rate",
                          "5个百分点=5 个百分点 | 行政执法案件法制审核率较上年提高 | "));
}

// A county government: a bare stage after a ； counts what the stage before counted, and the change named after
// a bare stage is renamed with it; a rate reached after 降至 is named by the rate.
TEST(MetricExcerptsMore, AReconsiderationAccountAcrossASemicolon) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设情况报告",
                   "县政府本级收到行政复议申请156件，受理142件，同比增长18.3%；审结135件"
                   "，纠正违法或不当行政行为19件，其中确认违法等直接纠错决定5件，直接"
                   "纠错率为3.7%。全年行政应诉案件86件，较上年下降7.5%，败诉率降至4.7%。"),
      ElementsAre("156件=156 件 | 县政府本级收到行政复议申请 | admin_reconsideration_cases",
                  "142件=142 件 | 受理行政复议申请 | admin_reconsideration_cases",
                  "18.3%=18.3 % | 受理行政复议申请同比增长 | ",
                  "135件=135 件 | 审结行政复议申请 | admin_reconsideration_cases",
                  "19件=19 件 | 纠正违法或不当行政行为 | ", "5件=5 件 | 确认违法等直接纠错决定 | ",
                  "3.7%=3.7 % | 直接纠错率 | correction_rate", "86件=86 件 | 行政应诉案件 | admin_litigation_cases",
                  "7.5%=7.5 % | 行政应诉案件较上年下降 | ", "4.7%=4.7 % | 败诉率 | litigation_loss_rate"));
}

// A health bureau in a 2025 report: changes listed with 分别, earlier figures named by their period after a ；
// (the places inspected after a comma continue the inspection before them).
TEST(MetricExcerptsMore, AHealthBureausEarlierFiguresAfterASemicolon) {
  EXPECT_THAT(
      read_excerpt("某县卫生健康局2025年法治政府建设年度报告",
                   "2025年共监督检查医疗机构428家次，公共场所312家次，较上年分别增加36家"
                   "次和21家次。立案查处违法案件39件，罚没款23.4万元；上年分别为31件和1"
                   "8.2万元。开展“谁执法谁普法”宣传活动18场，受众1.5万余人次。"),
      ElementsAre("428家次=428 家次 | 监督检查医疗机构 | inspections", "312家次=312 家次 | 公共场所 | inspections",
                  "36家次=36 家次 | 监督检查医疗机构较上年增加 | ", "21家次=21 家次 | 公共场所较上年增加 | ",
                  "39件=39 件 | 立案查处违法案件 | penalty_cases", "23.4万元=234000 元 | 罚没款 | fines",
                  "31件=31 件 | 立案查处违法案件 | penalty_cases", "18.2万元=182000 元 | 罚没款 | fines",
                  "18场=18 场 | “谁执法谁普法”宣传活动 | publicity_events", "1.5万余人次=15000 人次 余 | 受众 | "));
}

// A district government: 共建成 is a total and a deed, a head alone after 、 shares the modifier (站12个、室186个:
// 公共法律服务室); 全年 after the body that counted is no name (区政府全年制定…).
TEST(MetricExcerptsMore, ADistrictGovernmentsServiceStationsAndRooms) {
  EXPECT_THAT(read_excerpt("某区人民政府2024年法治政府建设年度报告",
                           "区政府全年制定行政规范性文件6件，备案审查率100%。全区行政机关负责"
                           "人出庭应诉112次，出庭应诉率较上年提高2.4个百分点。区级行政执法部门"
                           "28个，其中实行“综合查一次”的部门19个。全区公共法律服务中心、站、"
                           "室实现三级全覆盖，共建成公共法律服务站12个、室186个。"),
              ElementsAre("6件=6 件 | 区政府制定行政规范性文件 | ", "100%=100 % | 备案审查率 | filing_rate",
                          "112次=112 次 | 行政机关负责人出庭应诉 | court_appearances",
                          "2.4个百分点=2.4 个百分点 | 出庭应诉率较上年提高 | ", "28个=28 个 | 区级行政执法部门 | ",
                          "19个=19 个 | 实行“综合查一次”的部门 | ", "12个=12 个 | 建成公共法律服务站 | ",
                          "186个=186 个 | 建成公共法律服务室 | "));
}

// A township in a 2025 report: 镇政府 as the subject is no name; grid workers listed after 其中, a change hedged.
TEST(MetricExcerptsMore, ATownshipIn2025NamesNoBodyAndListsGridWorkers) {
  EXPECT_THAT(
      read_excerpt("某镇人民政府2025年度法治政府建设情况报告",
                   "镇人民调解委员会全年受理矛盾纠纷95件，调解成功93件，涉及金额326万元"
                   "。全镇共有网格员86名，其中专职网格员24名、兼职网格员62名。开展“民"
                   "法典进村入户”宣讲38场，覆盖村民4,500余人次，较上年增长约20%。镇政府"
                   "聘请法律顾问1名，审查合同协议17份，提出法律意见42条。"),
      ElementsAre("95件=95 件 | 受理矛盾纠纷 | mediation_cases", "93件=93 件 | 调解成功 | mediation_cases",
                  "326万元=3260000 元 | 涉及金额 | amounts_involved", "86名=86 名 | 网格员 | grid_workers",
                  "24名=24 名 | 专职网格员 | grid_workers", "62名=62 名 | 兼职网格员 | grid_workers",
                  "38场=38 场 | “民法典进村入户”宣讲 | publicity_events", "4,500余人次=4500 人次 余 | 覆盖村民 | ",
                  "约20%=20 % 约 | 覆盖村民较上年增长 | ", "1名=1 名 | 聘请法律顾问 | legal_advisers",
                  "17份=17 份 | 审查合同协议 | legality_reviews", "42条=42 条 | 提出法律意见 | legal_opinions"));
}

// A market regulator in a 2025 report: inspections cut, cases by field after a ； (the drug cases continue the
// 查处 of the food cases), penalties waived and the money they involved.
TEST(MetricExcerptsMore, AMarketRegulatorsCasesByFieldAfterASemicolon) {
  EXPECT_THAT(
      read_excerpt("某县市场监督管理局2025年法治政府建设年度报告",
                   "全年检查各类经营主体6,850户次，同比下降15.2%，减少重复检查1,230户次。"
                   "查处食品安全案件112件，罚没款186.4万元；药品案件23件，罚没款41.5万元"
                   "。对首次轻微违法的经营主体依法不予处罚96件，涉及金额38.7万元。"),
      ElementsAre("6,850户次=6850 户次 | 检查各类经营主体 | inspections", "15.2%=15.2 % | 检查各类经营主体同比下降 | ",
                  "1,230户次=1230 户次 | 减少重复检查 | ", "112件=112 件 | 查处食品安全案件 | penalty_cases",
                  "186.4万元=1864000 元 | 罚没款 | fines", "23件=23 件 | 药品案件 | penalty_cases",
                  "41.5万元=415000 元 | 罚没款 | fines", "96件=96 件 | 经营主体依法不予处罚 | penalty_exemptions",
                  "38.7万元=387000 元 | 涉及金额 | penalty_exemption_amounts"));
}

// A justice bureau in a 2025 report: disputes screened in 件次 (dispute_screening), legal aid broken down by kind.
TEST(MetricExcerptsMore, AJusticeBureausDisputesCountedInJianCi) {
  EXPECT_THAT(read_excerpt("某县司法局2025年度法治政府建设工作报告",
                           "全县共有人民调解组织246个，人民调解员1,126名。全年排查矛盾纠纷2,318件"
                           "次，化解2,296件次，化解率99.1%。法律援助中心受理法律援助案件436件，其"
                           "中刑事案件152件、民事案件268件、行政案件16件，提供法律咨询5,800余人次"
                           "。"),
              ElementsAre("246个=246 个 | 人民调解组织 | ", "1,126名=1126 名 | 人民调解员 | mediators",
                          "2,318件次=2318 件次 | 排查矛盾纠纷 | dispute_screening",
                          "2,296件次=2296 件次 | 化解矛盾纠纷 | mediation_cases",
                          "99.1%=99.1 % | 化解率 | mediation_success_rate",
                          "436件=436 件 | 法律援助中心受理法律援助案件 | legal_aid", "152件=152 件 | 刑事案件 | ",
                          "268件=268 件 | 民事案件 | ", "16件=16 件 | 行政案件 | ",
                          "5,800余人次=5800 人次 余 | 提供法律咨询 | legal_consultations"));
}

// A community's own report: 社区 as the subject is no name, how often a month (每月, a qualifier) takes no code, the 3
// 小区 are named with the quoted term they built.
TEST(MetricExcerptsMore, ACommunitysOwnReport) {
  EXPECT_THAT(
      read_excerpt("某社区居民委员会2024年法治建设工作报告",
                   "社区共有居民小区14个，住户5,260户。全年开展法治讲座9场，参与居民630"
                   "余人次。社区法律顾问每月坐班2次，全年提供法律咨询146人次，协助调解"
                   "纠纷31起。辖区内3个小区建成“法治楼栋”。"),
      ElementsAre("14个=14 个 | 居民小区 | ", "5,260户=5260 户 | 住户 | ", "9场=9 场 | 法治讲座 | legal_lectures",
                  "630余人次=630 人次 余 | 参与居民 | ", "2次=2 次 每月 | 社区法律顾问坐班 | ",
                  "146人次=146 人次 | 提供法律咨询 | legal_consultations",
                  "31起=31 起 | 协助调解纠纷 | mediation_cases", "3个=3 个 | 小区建成“法治楼栋” | "));
}

// A natural resources bureau: land in 亩 and its part in arable land, buildings in 万平方米.
TEST(MetricExcerptsMore, ANaturalResourcesBureausLandAndBuildings) {
  EXPECT_THAT(
      read_excerpt("某县自然资源和规划局2024年法治政府建设情况报告",
                   "全年立案查处土地违法案件47宗，涉及土地面积326.5亩，其中耕地118.2亩。"
                   "拆除违法建筑物2.3万平方米，没收违法建筑物面积0.8万平方米，收缴罚没"
                   "款215.6万元。办理行政复议案件6件、行政诉讼案件9件，均未被撤销或确认"
                   "违法。"),
      ElementsAre("47宗=47 宗 | 立案查处土地违法案件 | penalty_cases", "326.5亩=326.5 亩 | 涉及土地面积 | ",
                  "118.2亩=118.2 亩 | 耕地 | ", "2.3万平方米=23000 平方米 | 拆除违法建筑物 | ",
                  "0.8万平方米=8000 平方米 | 没收违法建筑物面积 | ", "215.6万元=2156000 元 | 收缴罚没款 | fines",
                  "6件=6 件 | 办理行政复议案件 | admin_reconsideration_cases",
                  "9件=9 件 | 行政诉讼案件 | admin_litigation_cases"));
}

}  // namespace
}  // namespace docpipe
