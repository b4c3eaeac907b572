// analysis.metrics on excerpts from report genres and years the other excerpt tests do not cover: 税务局, 市场监管局,
// 人社局, 住建局, 卫健委, 自然资源局, 交通运输局, 应急管理局, 退役军人事务局, 教育局, 文旅局, 农业农村局, 水利局,
// township reports of 2020 and 2021, a development zone, a subdistrict with grids. Rich in figure forms: 万元/亿元,
// 平方米/公里/公顷, 个百分点, 倍, 工作日/小时, 人次/家次/户次/批次/辆次, scores, ranges, hedges, shares in words,
// figures after 其中 and a table given as lines of text. Each figure is checked as a reader writes it down: value,
// unit, qualifier, what it counts and its code.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "metric_excerpt_reader.hpp"

namespace docpipe {
namespace {

using test::read_excerpt;
using ::testing::ElementsAre;

// A tax bureau in 2021: revenue in 亿元 and its change, households, a change in a count, a hotline in 万余次, a rate
// hedged twice (达98%以上), a score in 分 (全省, the area it was measured over, no part of its name); a place in a
// ranking (排名全市第2) is no figure.
TEST(MetricExcerptsGenres, TaxBureau2021) {
  EXPECT_THAT(
      read_excerpt("某市税务局2021年法治税务建设工作报告",
                   "全年累计组织各项税费收入156.3亿元，同比增长12.5%。办理留抵退税4.2亿元，惠及纳税人1,3"
                   "60户。受理税务行政复议申请3件，较上年减少2件。纳税服务热线接听来电8.6万余次，一次性解答率达9"
                   "8%以上。在全省纳税人满意度调查中得分95.6分，排名全市第2。"),
      ElementsAre("156.3亿元=15630000000 元 | 各项税费收入 | ", "12.5%=12.5 % | 各项税费收入同比增长 | ",
                  "4.2亿元=420000000 元 | 办理留抵退税 | ", "1,360户=1360 户 | 惠及纳税人 | ",
                  "3件=3 件 | 受理税务行政复议申请 | admin_reconsideration_cases",
                  "2件=2 件 | 受理税务行政复议申请较上年减少 | ",
                  "8.6万余次=86000 次 余 | 纳税服务热线接听来电 | hotline_tickets",
                  "达98%以上=98 % 达;以上 | 一次性解答率 | ", "95.6分=95.6 分 | 纳税人满意度调查得分 | "));
}

// A market regulator in 2022: new market entities and their parts after 其中, a time limit cut to, inspections in
// 批次 and 家, a rate, cases, fines and their change.
TEST(MetricExcerptsGenres, MarketRegulator2022) {
  EXPECT_THAT(
      read_excerpt("某区市场监督管理局2022年法治政府建设情况报告",
                   "全年新登记各类市场主体8,425户，其中企业2,106户、个体工商户6,319户。办理食品经营许可1"
                   ",236件，平均办理时限压缩至3个工作日。开展“双随机、一公开”抽查检查426批次，抽查企业1,58"
                   "0家，问题发现率4.3%。查处违法案件178件，罚没款326.8万元，同比下降9.2%。"),
      ElementsAre("8,425户=8425 户 | 新登记各类市场主体 | ", "2,106户=2106 户 | 企业 | ",
                  "6,319户=6319 户 | 个体工商户 | ", "1,236件=1236 件 | 办理食品经营许可 | licensing",
                  "3个工作日=3 工作日 | 平均办理时限 | ", "426批次=426 批次 | “双随机、一公开”抽查检查 | inspections",
                  "1,580家=1580 家 | 抽查企业 | inspections", "4.3%=4.3 % | 问题发现率 | ",
                  "178件=178 件 | 查处违法案件 | penalty_cases", "326.8万元=3268000 元 | 罚没款 | fines",
                  "9.2%=9.2 % | 罚没款同比下降 | "));
}

// A human resources bureau in 2023: jobs, a rate kept within a bound (控制在3.2%以内), loans in 亿元, wages recovered
// for workers (named with the workers, as 为受援人挽回 is), a change in points.
TEST(MetricExcerptsGenres, HumanResources2023) {
  EXPECT_THAT(
      read_excerpt("某市人力资源和社会保障局2023年法治政府建设年度报告",
                   "全年城镇新增就业5,218人，城镇登记失业率控制在3.2%以内。发放创业担保贷款1.26亿元，扶持创"
                   "业820人，带动就业2,460人。立案查处欠薪案件56件，为1,204名劳动者追回工资1,865.3"
                   "万元。劳动人事争议仲裁结案率98.2%，调解成功率同比提高4个百分点。"),
      ElementsAre("5,218人=5218 人 | 城镇新增就业 | ", "3.2%以内=3.2 % 以内 | 城镇登记失业率 | ",
                  "1.26亿元=126000000 元 | 创业担保贷款 | ", "820人=820 人 | 扶持创业 | ",
                  "2,460人=2460 人 | 带动就业 | ", "56件=56 件 | 立案查处欠薪案件 | penalty_cases",
                  "1,204名=1204 名 | 劳动者追回工资 | ", "1,865.3万元=18653000 元 | 劳动者追回工资 | wages_recovered",
                  "98.2%=98.2 % | 劳动人事争议仲裁结案率 | ", "4个百分点=4 个百分点 | 调解成功率同比提高 | "));
}

// A housing bureau: a licence limit cut from the legal one, renovated estates, an area hedged in 万平方米, fines
// 合计, inspections hedged with 余, hazards.
TEST(MetricExcerptsGenres, HousingBureau2024) {
  EXPECT_THAT(
      read_excerpt("某县住房和城乡建设局2024年法治政府建设情况报告",
                   "全年办理建筑工程施工许可证136件，审批时限由法定的7个工作日压减至1个工作日。完成老旧小区改造42"
                   "个、涉及居民4,860户，改造面积约58万平方米。查处建设领域违法违规案件39起，罚款金额合计213"
                   ".7万元。开展建筑施工安全检查260余次，排查整改安全隐患1,125处。"),
      ElementsAre("136件=136 件 | 办理建筑工程施工许可证 | licensing", "7个工作日=7 工作日 | 审批时限 | ",
                  "1个工作日=1 工作日 | 审批时限 | ", "42个=42 个 | 老旧小区改造 | ", "4,860户=4860 户 | 涉及居民 | ",
                  "约58万平方米=580000 平方米 约 | 改造面积 | ",
                  "39起=39 起 | 查处建设领域违法违规案件 | penalty_cases",
                  "213.7万元=2137000 元 | 罚款金额合计 | fines", "260余次=260 次 余 | 建筑施工安全检查 | inspections",
                  "1,125处=1125 处 | 排查整改安全隐患 | safety_hazards"));
}

// A health commission in 2022: inspections of 双随机, cases and their parts, contracts reviewed by legal advisers
// (审核: legality_reviews), a mediation rate said in tenths (九成以上); 二级以上 is a grade, no figure.
TEST(MetricExcerptsGenres, HealthCommission2022) {
  EXPECT_THAT(
      read_excerpt("某市卫生健康委员会2022年法治政府建设年度报告",
                   "全年开展“双随机”监督抽检1,042户次，完成率100%。立案查处卫生违法案件87件，其中医疗机构案"
                   "件52件、公共场所案件35件，罚没款合计64.3万元。二级以上公立医院全部设立总法律顾问，法律顾问审"
                   "核合同312份。医疗纠纷人民调解委员会调处医疗纠纷46起，调解成功率九成以上。"),
      ElementsAre("1,042户次=1042 户次 | “双随机”监督抽检 | inspections", "100%=100 % | 完成率 | ",
                  "87件=87 件 | 立案查处卫生违法案件 | penalty_cases", "52件=52 件 | 医疗机构案件 | ",
                  "35件=35 件 | 公共场所案件 | ", "64.3万元=643000 元 | 罚没款合计 | fines",
                  "312份=312 份 | 法律顾问审核合同 | legality_reviews",
                  "46起=46 起 | 医疗纠纷人民调解委员会调处医疗纠纷 | mediation_cases",
                  "九成以上=90 % 以上 | 调解成功率 | mediation_success_rate"));
}

// A natural resources bureau in 2021: land in 公顷, registrations in 万件 with 达, a time limit with 内, a period of
// one working day.
TEST(MetricExcerptsGenres, NaturalResources2021) {
  EXPECT_THAT(read_excerpt("某县自然资源局2021年法治政府建设工作报告",
                           "2021年，全局共办理建设用地审批事项68件，批准用地面积235.6公顷。不动产登记“一窗受理”办件"
                           "量达3.2万件，一般登记办理时间压缩至5个工作日内，抵押登记1个工作日办结。卫片执法图斑核查1,26"
                           "8个，整改到位率97.6%。"),
              ElementsAre("68件=68 件 | 办理建设用地审批事项 | licensing", "235.6公顷=235.6 公顷 | 批准用地面积 | ",
                          "达3.2万件=32000 件 达 | 不动产登记“一窗受理”办件量 | ",
                          "5个工作日内=5 工作日 以内 | 一般登记办理时间 | ", "1个工作日=1 工作日 | 抵押登记 | ",
                          "1,268个=1268 个 | 卫片执法图斑核查 | ", "97.6%=97.6 % | 整改到位率 | "));
}

// A transport bureau in 2023: roads in 公里, a multiple of the year before (是上年的1.8倍: the period names nothing),
// a range of 人次 (30至40), vehicles in 辆次 and their change, a quoted name (“两客一危”) with no figure.
TEST(MetricExcerptsGenres, Transport2023) {
  EXPECT_THAT(
      read_excerpt("某县交通运输局2023年法治政府建设年度报告",
                   "全年完成农村公路建设126.8公里，养护里程达2,350公里。办理道路运输许可事项4,562件，“跨"
                   "省通办”事项办件量是上年的1.8倍。共开展联合治超行动12次，每次出动执法人员30至40人次，查处超"
                   "限超载车辆312辆次，同比下降23.6%。“两客一危”车辆动态监控入网率100%。"),
      ElementsAre("126.8公里=126.8 公里 | 农村公路建设 | ", "达2,350公里=2350 公里 达 | 养护里程 | ",
                  "4,562件=4562 件 | 办理道路运输许可事项 | licensing", "1.8倍=1.8 倍 | “跨省通办”事项办件量 | ",
                  "12次=12 次 | 联合治超行动 | ", "30至40人次=30~40 人次 | 每次出动执法人员 | ",
                  "312辆次=312 辆次 | 查处超限超载车辆 | ", "23.6%=23.6 % | 查处超限超载车辆同比下降 | ",
                  "100%=100 % | “两客一危”车辆动态监控入网率 | "));
}

// An emergency bureau in 2021: accidents and deaths with changes listed after 分别, hazards, a multiple as a change
// (增长1.2倍).
TEST(MetricExcerptsGenres, Emergency2021) {
  EXPECT_THAT(
      read_excerpt("某县应急管理局2021年法治政府建设情况报告",
                   "2021年，全县共发生各类生产安全事故5起、死亡4人，分别同比下降28.6%和33.3%，未发生较大"
                   "以上事故。全年检查企业2,860家次，发现并整改隐患8,742项，责令停产停业整顿17家。实施行政处"
                   "罚64起，罚款金额183.5万元，较上年增长1.2倍。"),
      ElementsAre("5起=5 起 | 发生各类生产安全事故 | ", "4人=4 人 | 死亡 | ",
                  "28.6%=28.6 % | 发生各类生产安全事故同比下降 | ", "33.3%=33.3 % | 死亡同比下降 | ",
                  "2,860家次=2860 家次 | 检查企业 | inspections", "8,742项=8742 项 | 发现并整改隐患 | safety_hazards",
                  "17家=17 家 | 责令停产停业整顿 | ", "64起=64 起 | 实施行政处罚 | penalty_cases",
                  "183.5万元=1835000 元 | 罚款金额 | fines", "1.2倍=1.2 倍 | 罚款金额较上年增长 | "));
}

// A veterans' affairs bureau in 2022: placements and their parts after 其中, funds, visits in 批次 and 人次.
TEST(MetricExcerptsGenres, Veterans2022) {
  EXPECT_THAT(
      read_excerpt("某县退役军人事务局2022年法治政府建设年度报告",
                   "全年接收安置退役军人426人，其中安排工作62人、自主就业358人、退休6人，安置率100%。发放各"
                   "类优抚资金4,862.5万元，惠及优抚对象12,300余人次。接待退役军人来访326批次、1,024"
                   "人次，办结率98.5%。开展“退役军人法治讲堂”活动16场。"),
      ElementsAre("426人=426 人 | 接收安置退役军人 | ", "62人=62 人 | 安排工作 | ", "358人=358 人 | 自主就业 | ",
                  "6人=6 人 | 退休 | ", "100%=100 % | 安置率 | ", "4,862.5万元=48625000 元 | 各类优抚资金 | funds",
                  "12,300余人次=12300 人次 余 | 惠及优抚对象 | ", "326批次=326 批次 | 退役军人来访 | petitions",
                  "1,024人次=1024 人次 | 退役军人来访 | petitions", "98.5%=98.5 % | 办结率 | ",
                  "16场=16 场 | “退役军人法治讲堂”活动 | legal_lectures"));
}

// A township in 2020: villages and communities, grids and grid workers, disputes screened and settled, nouns
// joined by 、 (土地、劳务纠纷) that share one figure, after 疫情期间 (a time, no part of the name), a publicity
// vehicle's trips (no events: 宣传车 in 车次 takes no code).
TEST(MetricExcerptsGenres, Township2020) {
  EXPECT_THAT(
      read_excerpt("某镇人民政府2020年法治政府建设工作报告",
                   "全镇辖12个行政村、2个社区，划分网格86个，配备专兼职网格员102名。全年排查化解矛盾纠纷213件"
                   "，化解率96.7%，其中疫情期间涉及土地、劳务纠纷42件。开展疫情防控政策法规宣传150余次，张贴通"
                   "告3,000余份，出动宣传车辆近200车次。"),
      ElementsAre("12个=12 个 | 行政村 | ", "2个=2 个 | 社区 | ", "86个=86 个 | 划分网格 | ",
                  "102名=102 名 | 专兼职网格员 | grid_workers", "213件=213 件 | 排查化解矛盾纠纷 | mediation_cases",
                  "96.7%=96.7 % | 化解率 | mediation_success_rate", "42件=42 件 | 涉及土地、劳务纠纷 | mediation_cases",
                  "150余次=150 次 余 | 疫情防控政策法规宣传 | publicity_events", "3,000余份=3000 份 余 | 通告 | ",
                  "近200车次=200 车次 近 | 出动宣传车辆 | "));
}

// A development zone in 2023: projects, an investment over 320 亿元, an average time limit (平均 is how it was taken,
// no part of its name), a cut measured against the time before a reform (较改革前压减: named by what was cut), a cut in
// four tenths, a satisfaction score.
TEST(MetricExcerptsGenres, DevelopmentZone2023) {
  EXPECT_THAT(
      read_excerpt("某高新技术产业开发区管理委员会2023年法治政府建设年度报告",
                   "全年新引进项目48个，总投资额超过320亿元。推行“拿地即开工”，项目审批时间平均缩短至35个工作日"
                   "，较改革前压减60%。为园区企业提供法律体检服务112家次，出具法律意见书86份。全年涉企行政检查次"
                   "数同比减少四成，企业满意度达96.8分。"),
      ElementsAre("48个=48 个 | 新引进项目 | ", "超过320亿元=32000000000 元 超过 | 总投资额 | ",
                  "35个工作日=35 工作日 | 项目审批时间 | ", "60%=60 % | 项目审批时间较改革前压减 | ",
                  "112家次=112 家次 | 园区企业提供法律体检服务 | ", "86份=86 份 | 出具法律意见书 | legal_opinions",
                  "四成=40 % | 涉企行政检查次数同比减少 | ", "达96.8分=96.8 分 达 | 企业满意度 | "));
}

// A subdistrict in 2024: communities, grids of two levels, grid workers, events reported, an upper bound in hours.
TEST(MetricExcerptsGenres, Subdistrict2024Grids) {
  EXPECT_THAT(
      read_excerpt("某街道办事处2024年法治政府建设工作报告",
                   "街道下辖8个社区，划分一级网格8个、二级网格64个，配备专职网格员72人。全年网格员上报各类事件1."
                   "56万件，办结率99.3%。通过“街乡吹哨、部门报到”机制解决问题137个，平均响应时间不超过2小时"
                   "。社区法律顾问坐班服务1,040小时，提供咨询2,300余人次。"),
      ElementsAre("8个=8 个 | 社区 | ", "8个=8 个 | 划分一级网格 | ", "64个=64 个 | 二级网格 | ",
                  "72人=72 人 | 专职网格员 | grid_workers", "1.56万件=15600 件 | 网格员上报各类事件 | ",
                  "99.3%=99.3 % | 办结率 | ", "137个=137 个 | “街乡吹哨、部门报到”机制解决问题 | ",
                  "不超过2小时=2 小时 不超过 | 平均响应时间 | ", "1,040小时=1040 小时 | 社区法律顾问坐班服务 | ",
                  "2,300余人次=2300 人次 余 | 提供咨询 | legal_consultations"));
}

// A county in 2021: reconsideration and its outcomes listed after 其中, litigation, a change in points, a rate
// written 百分之百.
TEST(MetricExcerptsGenres, CountyReconsideration2021) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2021年法治政府建设年度报告",
                   "全县2021年共办理行政复议案件58件，其中维持41件、撤销5件、确认违法3件、终止9件，综合纠错率"
                   "13.8%。行政诉讼一审案件71件，败诉4件，败诉率5.6%，较上年下降3个百分点。行政机关负责人出"
                   "庭应诉率达到百分之百。"),
      ElementsAre("58件=58 件 | 办理行政复议案件 | admin_reconsideration_cases",
                  "41件=41 件 | 维持 | reconsideration_outcomes", "5件=5 件 | 撤销 | reconsideration_outcomes",
                  "3件=3 件 | 确认违法 | reconsideration_outcomes", "9件=9 件 | 终止 | reconsideration_outcomes",
                  "13.8%=13.8 % | 综合纠错率 | correction_rate",
                  "71件=71 件 | 行政诉讼一审案件 | admin_litigation_cases", "4件=4 件 | 败诉 | litigation_outcomes",
                  "5.6%=5.6 % | 败诉率 | litigation_loss_rate", "3个百分点=3 个百分点 | 败诉率较上年下降 | ",
                  "达到百分之百=100 % 达到 | 行政机关负责人出庭应诉率 | court_appearance_rate"));
}

// An education bureau in 2022: nouns joined by 、 (中小学、幼儿园), vice principals, training institutions cut from
// the number at the start of the year (由年初的: no part of the name), a table given as lines of text.
TEST(MetricExcerptsGenres, Education2022TableAsText) {
  EXPECT_THAT(read_excerpt("某县教育局2022年法治政府建设情况报告",
                           "全县中小学、幼儿园128所全部配备法治副校长，聘任法治副校长136名。开展“法治进校园”活动420余"
                           "场，受教育师生约9.6万人次。校外培训机构由年初的86家压减至23家，压减率73.3%。行政执法数据"
                           "如下：\n行政处罚案件 12件\n行政检查 215次\n罚没款 3.6万元"),
              ElementsAre("128所=128 所 | 中小学、幼儿园 | ", "136名=136 名 | 聘任法治副校长 | vice_principals",
                          "420余场=420 场 余 | “法治进校园”活动 | publicity_events",
                          "约9.6万人次=96000 人次 约 | 受教育师生 | ", "86家=86 家 | 校外培训机构 | ",
                          "23家=23 家 | 校外培训机构 | ", "73.3%=73.3 % | 压减率 | ",
                          "12件=12 件 | 行政处罚案件 | penalty_cases", "215次=215 次 | 行政检查 | inspections",
                          "3.6万元=36000 元 | 罚没款 | fines"));
}

// A township in 2021: a share in words running into its noun without 的 (逾八成村民参与…), 至少 before the deed (how
// often each quarter: a frequency, no count of events, no code), 逾
// before a count, the staff a team 现有.
TEST(MetricExcerptsGenres, Township2021Hedges) {
  EXPECT_THAT(
      read_excerpt("某乡人民政府2021年法治政府建设年度报告",
                   "全乡逾八成村民参与“学法用法”活动。乡村两级每季度至少开展法治宣传1次，全年举办法律知识讲座24场，"
                   "受众逾3,000人次。“法律明白人”队伍发展至46人。乡综合行政执法队现有执法人员9名，全年办理行政"
                   "处罚案件17件。"),
      ElementsAre("逾八成=80 % 逾 | 村民参与“学法用法”活动 | ", "1次=1 次 每季度;至少 | 法治宣传 | ",
                  "24场=24 场 | 法律知识讲座 | legal_lectures", "逾3,000人次=3000 人次 逾 | 受众 | ",
                  "46人=46 人 | “法律明白人”队伍 | legal_literates", "9名=9 名 | 执法人员 | enforcement_officers",
                  "17件=17 件 | 办理行政处罚案件 | penalty_cases"));
}

// A county in 2023: funds and their change, contracts reviewed, a third of the townships, a daily average
// (日均70余人次) named by what the figure before it counted.
TEST(MetricExcerptsGenres, CountyFunds2023) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2023年法治政府建设情况报告",
                   "全县本级财政投入法治建设经费1,260万元，较上年增加180万元。全年审查县政府合同87份，涉及金额"
                   "12.6亿元，提出修改意见300余条。约三分之一的乡镇建成标准化司法所。公共法律服务中心全年接待群众"
                   "咨询1.8万人次，日均70余人次。"),
      ElementsAre("1,260万元=12600000 元 | 本级财政投入法治建设经费 | funds",
                  "180万元=1800000 元 | 本级财政投入法治建设经费较上年增加 | ",
                  "87份=87 份 | 审查县政府合同 | legality_reviews",
                  "12.6亿元=1260000000 元 | 涉及金额 | amounts_involved", "300余条=300 条 余 | 提出修改意见 | ",
                  "约三分之一=33.3 % 约 | 乡镇建成标准化司法所 | ",
                  "1.8万人次=18000 人次 | 群众咨询 | legal_consultations", "70余人次=70 人次 余 | 日均群众咨询 | "));
}

// A culture and tourism bureau: inspections in 人次 (no code: inspections are counted in visits) and 家次, a rate in
// tenths with 达 and 以上, a share hedged with 约.
TEST(MetricExcerptsGenres, CultureTourism2024) {
  EXPECT_THAT(read_excerpt("某县文化和旅游局2024年法治政府建设年度报告",
                           "全年开展文化市场执法检查1,630人次，检查经营场所760家次，办理行政处罚案件28件，罚没款14."
                           "2万元。A级景区安全检查覆盖率100%。“一网通办”事项可网办率达九成以上，即办件占比约45%。"),
              ElementsAre("1,630人次=1630 人次 | 文化市场执法检查 | ", "760家次=760 家次 | 检查经营场所 | inspections",
                          "28件=28 件 | 办理行政处罚案件 | penalty_cases", "14.2万元=142000 元 | 罚没款 | fines",
                          "100%=100 % | A级景区安全检查覆盖率 | coverage_rate",
                          "达九成以上=90 % 达;以上 | “一网通办”事项可网办率 | ", "约45%=45 % 约 | 即办件占比 | "));
}

// A district in 2021: rates, tax cuts in 亿元, firms in 万户, a change as a multiple (增长2.3倍) and the level reached.
TEST(MetricExcerptsGenres, District2021Multiples) {
  EXPECT_THAT(read_excerpt("某区人民政府2021年法治政府建设情况报告",
                           "全区政务服务事项网上可办率98.6%，“最多跑一次”事项占比提高至95%。全年新增减税降费5.3亿元"
                           "，惠及市场主体2.1万户。行政复议案件数量同比增长2.3倍，达到94件，直接纠错率12.8%。"),
              ElementsAre("98.6%=98.6 % | 政务服务事项网上可办率 | ", "95%=95 % | “最多跑一次”事项占比 | ",
                          "5.3亿元=530000000 元 | 减税降费 | ", "2.1万户=21000 户 | 惠及市场主体 | ",
                          "2.3倍=2.3 倍 | 行政复议案件数量同比增长 | ",
                          "达到94件=94 件 达到 | 行政复议案件数量 | admin_reconsideration_cases",
                          "12.8%=12.8 % | 直接纠错率 | correction_rate"));
}

// An agriculture bureau in 2022: raids, officers, samples of three kinds joined by 、, goods' value, farmers trained,
// hours of training bounded below (不少于8学时).
TEST(MetricExcerptsGenres, Agriculture2022) {
  EXPECT_THAT(
      read_excerpt("某县农业农村局2022年法治政府建设年度报告",
                   "全年开展农资打假专项行动5次，出动执法人员860人次，检查农资经营门店420家次，抽检种子、农药、肥"
                   "料样品136个，合格率97.1%。查办农业违法案件31件，涉案货值12.8万元，移送司法机关2件。培"
                   "训高素质农民1,200人，其中法律知识培训不少于8学时。"),
      ElementsAre("5次=5 次 | 农资打假专项行动 | ", "860人次=860 人次 | 出动执法人员 | ",
                  "420家次=420 家次 | 检查农资经营门店 | inspections", "136个=136 个 | 抽检种子、农药、肥料样品 | ",
                  "97.1%=97.1 % | 合格率 | ", "31件=31 件 | 查办农业违法案件 | ",
                  "12.8万元=128000 元 | 涉案货值 | amounts_involved", "2件=2 件 | 移送司法机关 | ",
                  "1,200人=1200 人 | 培训高素质农民 | ", "不少于8学时=8 学时 不少于 | 法律知识培训 | legal_training"));
}

// A water resources bureau in 2023: licences, a time limit cut, areas and lengths, patrols in 公里 and 人次.
TEST(MetricExcerptsGenres, WaterResources2023) {
  EXPECT_THAT(
      read_excerpt("某县水利局2023年法治政府建设情况报告",
                   "全年办理取水许可审批23件，水土保持方案审批46件，审批时限由20个工作日缩减至10个工作日。开展河"
                   "湖“清四乱”专项行动，清理违建面积1.2万平方米，清除围堤约3.5公里。水行政执法巡查4,380公里"
                   "、1,260人次，立案查处水事违法案件11起。"),
      ElementsAre("23件=23 件 | 办理取水许可审批 | licensing", "46件=46 件 | 水土保持方案审批 | licensing",
                  "20个工作日=20 工作日 | 审批时限 | ", "10个工作日=10 工作日 | 审批时限 | ",
                  "1.2万平方米=12000 平方米 | 清理违建面积 | ", "约3.5公里=3.5 公里 约 | 清除围堤 | ",
                  "4,380公里=4380 公里 | 水行政执法巡查 | security_patrols",
                  "1,260人次=1260 人次 | 水行政执法巡查 | security_patrols",
                  "11起=11 起 | 立案查处水事违法案件 | penalty_cases"));
}

// A township in 2021: two thirds and more of the villages, petitions and their change, a rate raised in points.
TEST(MetricExcerptsGenres, Township2021Shares) {
  EXPECT_THAT(
      read_excerpt("某镇人民政府2021年度法治政府建设情况报告",
                   "全镇23个村（居）全部建立村规民约，三分之二以上的村建成法治文化阵地。全年信访总量86件次，同比下降"
                   "17.3%，初信初访一次性化解率提高5.2个百分点。镇村两级调解组织调解纠纷158起，涉案金额230"
                   "余万元。"),
      ElementsAre("23个=23 个 | 村（居） | ", "三分之二以上=66.7 % 以上 | 村建成法治文化阵地 | ",
                  "86件次=86 件次 | 信访总量 | petitions", "17.3%=17.3 % | 信访总量同比下降 | ",
                  "5.2个百分点=5.2 个百分点 | 初信初访一次性化解率提高 | ",
                  "158起=158 起 | 镇村两级调解组织调解纠纷 | mediation_cases",
                  "230余万元=2300000 元 余 | 涉案金额 | amounts_involved"));
}

// A justice bureau in 2022: disputes settled after disputes screened (the bare 化解 settled what was screened:
// 化解矛盾纠纷), legal aid and its change by a tenth, a team's staff after 现有.
TEST(MetricExcerptsGenres, JusticeBureau2022Resolved) {
  EXPECT_THAT(
      read_excerpt("某区司法局2022年法治政府建设年度报告",
                   "全区各级调解组织排查矛盾纠纷3,126件次，化解3,087件次，化解率98.8%。受理法律援助案件6"
                   "82件，同比增长约一成，为受援人挽回经济损失逾2,100万元。城管执法大队现有执法人员48名，全年处"
                   "理违规户外广告牌匾260余块。"),
      ElementsAre("3,126件次=3126 件次 | 各级调解组织排查矛盾纠纷 | dispute_screening",
                  "3,087件次=3087 件次 | 化解矛盾纠纷 | mediation_cases",
                  "98.8%=98.8 % | 化解率 | mediation_success_rate", "682件=682 件 | 受理法律援助案件 | legal_aid",
                  "约一成=10 % 约 | 受理法律援助案件同比增长 | ",
                  "逾2,100万元=21000000 元 逾 | 受援人挽回经济损失 | economic_losses",
                  "48名=48 名 | 执法人员 | enforcement_officers", "260余块=260 块 余 | 处理违规户外广告牌匾 | "));
}

}  // namespace
}  // namespace docpipe

namespace docpipe {
namespace {

// The rules the excerpts above needed, each with the cases it must leave alone.

// A bare stage of a dispute (化解, 调处) after disputes screened or received settled those; 清理现有 is no having.
TEST(MetricExcerptsGenresRules, ABareSettlingNamesTheDisputesBeforeIt) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告",
                   "全年排查矛盾纠纷512件，化解506件。受理信访事项41件，调处39件。全年清理现有规范性文件45件。"),
      ElementsAre("512件=512 件 | 排查矛盾纠纷 | dispute_screening", "506件=506 件 | 化解矛盾纠纷 | mediation_cases",
                  "41件=41 件 | 受理信访事项 | petitions", "39件=39 件 | 调处信访事项 | petitions",
                  "45件=45 件 | 清理现有规范性文件 | "));
}

// 现有 after a body whatever it ends in (公司, 机构, 单位, 合作社): what the body has is what is counted; a post
// (岗位) is no body.
TEST(MetricExcerptsGenresRules, XianyouAfterAnyBody) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "县城市管理服务公司现有执法辅助人员12名，县法律服务机构现有工作人员30名，各单位现有公职律"
                           "师9名。政务服务窗口岗位现有工作人员8名。"),
              ElementsAre("12名=12 名 | 执法辅助人员 | ", "30名=30 名 | 工作人员 | ",
                          "9名=9 名 | 公职律师 | legal_advisers", "8名=8 名 | 政务服务窗口岗位现有工作人员 | "));
}

// Nouns joined by 、 share one figure; items of a listing, two rates said at once and two clauses do not join.
TEST(MetricExcerptsGenresRules, NounsJoinedByDunhaoButNotListingsRatesOrClauses) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "黄湾村、马什村法治广场4处全部建成。调解纠纷36件、信访事项12件。年度学法考试参考率、合格"
                           "率均达100%。加强执法监督、开展案卷评查36卷。"),
              ElementsAre("4处=4 处 | 黄湾村、马什村法治广场 | publicity_venues",
                          "36件=36 件 | 调解纠纷 | mediation_cases", "12件=12 件 | 信访事项 | petitions",
                          "达100%=100 % 达 | 合格率 | ", "36卷=36 卷 | 案卷评查 | case_file_reviews"));
}

// The point a change is measured from and an average name nothing: 由年初的, 是上年的, 平均.
TEST(MetricExcerptsGenresRules, StartOfYearEarlierPeriodAndAverageNameNothing) {
  EXPECT_THAT(
      read_excerpt("某县人民政府2024年法治政府建设年度报告",
                   "中介服务机构由年初的40家压减至25家。网上办件量是上年的2.5倍。企业开办时间平均压缩至1个工作日。"),
      ElementsAre("40家=40 家 | 中介服务机构 | ", "25家=25 家 | 中介服务机构 | ", "2.5倍=2.5 倍 | 网上办件量 | ",
                  "1个工作日=1 工作日 | 企业开办时间 | "));
}

// A share in words runs into its noun without 的 as it does with it; a percentage before a noun does not.
TEST(MetricExcerptsGenresRules, AShareInWordsBeforeItsNounWithoutDe) {
  EXPECT_THAT(
      read_excerpt("某镇人民政府2024年法治政府建设年度报告",
                   "全镇逾八成村民参与“法治夜校”学习，三分之一以上村民建立家庭法律档案。"),
      ElementsAre("逾八成=80 % 逾 | 村民参与“法治夜校”学习 | ", "三分之一以上=33.3 % 以上 | 村民建立家庭法律档案 | "));
}

// What a figure was measured over, when and against what names nothing of it: a province (全省) as a county (全县), a
// span closed by 期间, the state before a reform (较改革前). A bare average (月均) is a rate of what the figure before
// it counted. Left alone: 较 that opens a word (较大数额).
TEST(MetricExcerptsGenresRules, ScopesSpansEarlierStatesAndAveragesNameNothingOfTheirOwn) {
  EXPECT_THAT(read_excerpt("某县人民政府2024年法治政府建设年度报告",
                           "在全省法治政府建设考核中得分92.5分。汛期期间开展河道巡查36次。办理时限较改革前缩短40%。全年"
                           "受理法律援助案件360件，月均30件。作出较大数额罚款决定12件。"),
              ElementsAre("92.5分=92.5 分 | 法治政府建设考核得分 | ", "36次=36 次 | 河道巡查 | security_patrols",
                          "40%=40 % | 办理时限较改革前缩短 | ", "360件=360 件 | 受理法律援助案件 | legal_aid",
                          "30件=30 件 | 月均受理法律援助案件 | ", "12件=12 件 | 作出较大数额罚款决定 | "));
}

}  // namespace
}  // namespace docpipe
