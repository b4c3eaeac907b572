// More report outlines, of kinds sections_skeletons_test.cpp does not hold: 2025 reports in the newest guidance's
// wording, a leader's 述法 report, departments (局, 委, 办), a development zone's committee, reports numbered by
// 第一部分 or by （1） alone, parts merged (问题及下一步打算), a foreword longer than a part, a report closing with
// 特此报告 and a list of attachments, a second year's plan as 2025年工作思路. Each is written here in our own words:
// its headings and a line or two under each, with the heading tree analysis.sections builds and the parts
// analysis.anomalies' missing-section asks for (a false finding makes a reviewer ask a question for nothing).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.hpp"

namespace docpipe {
namespace {

struct Skeleton {
  std::string name;
  std::string text;
  std::vector<std::string> headings;  // "level number title [kinds]"
  std::vector<std::string> missing;   // "severity part" of each missing-section finding, in the text's order
};

// The part a missing-section finding names: its evidence for a missing one, its message's part name for one only
// mentioned.
std::vector<std::string> missing_parts(const Document& document) {
  const std::vector<std::pair<std::string, std::string>> names = {{"主要举措和成效", "achievements"},
                                                                  {"存在的不足和原因", "shortcomings"},
                                                                  {"第一责任人职责情况", "leadership"},
                                                                  {"下一年度推进法治政府建设的主要安排", "plan"}};
  std::vector<std::string> out;
  for (const auto& a : document.anomalies) {
    if (a.rule != "missing-section") continue;
    std::string part = a.evidence;
    for (const auto& [name, id] : names) {
      if (a.message.find(name) != std::string::npos) part = id;
    }
    out.push_back(std::string(to_string(a.severity)) + " " + part);
  }
  return out;
}

const std::vector<Skeleton>& skeletons() {
  static const std::vector<Skeleton> all = {
      // A 2025 town report in the newest guidance's wording, its leaders' part closing 及相关工作情况.
      {"Guidance2025LeadersPartAndRelatedWork",
       "青禾镇2025年度法治政府建设情况报告\n"
       "2025年，青禾镇持续推进依法行政。现将有关情况报告如下：\n"
       "一、2025年度推进法治政府建设的主要举措和成效\n"
       "（一）健全依法决策机制\n"
       "重大事项经合法性审查23件。\n"
       "（二）规范基层综合执法\n"
       "办理简易程序案件41件。\n"
       "二、党政主要负责人履行推进法治建设第一责任人职责及相关工作情况\n"
       "镇党委书记主持专题会议研究法治工作5次。\n"
       "三、推进法治政府建设存在的不足和原因\n"
       "村级法治力量仍然薄弱。\n"
       "四、2026年度推进法治政府建设的主要安排\n"
       "推动村级法律顾问实质参与村务决策。\n"
       "五、其他需要报告的情况\n"
       "无。\n"
       "青禾镇人民政府\n"
       "2026年1月16日",
       {"1 一、 2025年度推进法治政府建设的主要举措和成效 [achievements]", "2 （一） 健全依法决策机制 [achievements]",
        "2 （二） 规范基层综合执法 [achievements]",
        "1 二、 党政主要负责人履行推进法治建设第一责任人职责及相关工作情况 [leadership]",
        "1 三、 推进法治政府建设存在的不足和原因 [shortcomings]", "1 四、 2026年度推进法治政府建设的主要安排 [plan]",
        "1 五、 其他需要报告的情况 [other]"},
       {}},
      // Topics of the year's work, the first naming the leaders' duty and the organisation: it is a measure of the
      // year (achievements) that tells the leaders' part too.
      {"TopicNamingTheLeadersDutyAndTheOrganisation",
       "红岩乡2024年法治政府建设工作总结\n"
       "一、强化主要负责人责任，夯实组织基础\n"
       "乡党委书记、乡长带头研究部署法治工作，全年召开专题会议4次。\n"
       "二、规范行政执法，提升执法质效\n"
       "办理行政执法案件17件。\n"
       "三、存在的问题\n"
       "执法人员法律素养参差不齐。\n"
       "四、下一步打算\n"
       "分批开展执法人员轮训。\n"
       "红岩乡人民政府\n"
       "2025年1月13日",
       {"1 一、 强化主要负责人责任，夯实组织基础 [achievements;leadership]",
        "1 二、 规范行政执法，提升执法质效 [achievements]", "1 三、 存在的问题 [shortcomings]",
        "1 四、 下一步打算 [plan]"},
       {}},
      // A town head's 述法 report: it reports on one duty, so no part of the government's year is asked of it.
      {"TownHeadsShuFaReport",
       "青溪镇镇长2024年度述法报告\n"
       "2024年，本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下：\n"
       "一、履职情况\n"
       "1.带头学法用法\n"
       "主持镇政府常务会议会前学法6次。\n"
       "2.推动依法决策\n"
       "重大行政决策均经集体讨论决定。\n"
       "二、存在的不足\n"
       "对执法工作的督导还不够经常。\n"
       "三、下一步打算\n"
       "定期听取执法工作汇报。\n"
       "述法人：王立新\n"
       "2025年1月8日",
       {"1 一、 履职情况 [achievements]", "3 1. 带头学法用法 [achievements]", "3 2. 推动依法决策 [achievements]",
        "1 二、 存在的不足 [shortcomings]", "1 三、 下一步打算 [plan]"},
       {}},
      // A county bureau's report in two 部分: the year (its work, the head's duty, the problems) and the plan.
      {"BureauInTwoPartsWithTheRequiredOnesUnderTheFirst",
       "安澜县卫生健康局2024年法治政府建设工作报告\n"
       "第一部分 2024年法治政府建设工作开展情况\n"
       "一、推进依法行政\n"
       "审查局属规范性文件3件。\n"
       "二、局主要负责人履职情况\n"
       "局长主持党组会议专题学法4次。\n"
       "三、存在的问题\n"
       "卫生监督执法人员不足。\n"
       "第二部分 2025年工作计划\n"
       "一、加强卫生监督执法队伍建设\n"
       "补充执法人员5名。\n"
       "安澜县卫生健康局\n"
       "2025年2月11日",
       {"1 第一部分 2024年法治政府建设工作开展情况 [achievements]", "2 一、 推进依法行政 [achievements]",
        "2 二、 局主要负责人履职情况 [leadership]", "2 三、 存在的问题 [shortcomings]",
        "1 第二部分 2025年工作计划 [plan]", "2 一、 加强卫生监督执法队伍建设 [plan]"},
       {}},
      // A report numbered by （1） alone: its outermost headings take level 1.
      {"NumberedByArabicBracketsOnly",
       "东坪街道2023年法治政府建设情况报告\n"
       "（1）主要举措和成效\n"
       "开展社区法治讲座14场。\n"
       "（2）党政主要负责人履行推进法治建设第一责任人职责情况\n"
       "党工委书记带头讲法治课1次。\n"
       "（3）存在的不足和原因\n"
       "社区法律顾问服务时间不足。\n"
       "（4）2024年工作安排\n"
       "延长法律顾问驻点时间。\n"
       "东坪街道办事处\n"
       "2024年1月19日",
       {"1 （1） 主要举措和成效 [achievements]",
        "1 （2） 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 （3） 存在的不足和原因 [shortcomings]", "1 （4） 2024年工作安排 [plan]"},
       {}},
      // The shortcomings and the plan merged into one part, each written one level down under it.
      {"ProblemsAndNextStepsMerged",
       "柏林镇2023年度法治政府建设工作报告\n"
       "一、主要工作开展情况\n"
       "（一）加强法治学习\n"
       "组织干部学法9次。\n"
       "（二）化解矛盾纠纷\n"
       "调解纠纷52起。\n"
       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
       "镇党委书记主持研究法治工作3次。\n"
       "三、问题及下一步打算\n"
       "（一）存在问题\n"
       "普法宣传形式单一。\n"
       "（二）下一步打算\n"
       "利用新媒体开展普法。\n"
       "柏林镇人民政府\n"
       "2024年1月22日",
       {"1 一、 主要工作开展情况 [achievements]", "2 （一） 加强法治学习 [achievements]",
        "2 （二） 化解矛盾纠纷 [achievements]", "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 问题及下一步打算 [shortcomings;plan]", "2 （一） 存在问题 [shortcomings]",
        "2 （二） 下一步打算 [plan]"},
       {}},
      // A foreword longer than any part: it stays the preamble, however long.
      {"ForewordLongerThanAPart",
       "桂岭县2024年度法治政府建设情况报告\n"
       "2024年，桂岭县坚持以习近平法治思想为指导，认真落实中央和省、市关于法治政府建设的决策部署，"
       "把法治政府建设摆在全局工作的重要位置，统筹推进依法行政、严格执法、公正司法和全民守法，"
       "持续深化行政执法体制改革，不断提升政府治理的法治化水平，全县法治政府建设取得新进展。"
       "全年未发生因行政决策失误引发的群体性事件，行政复议纠错率保持在合理区间。现将有关情况报告如下：\n"
       "一、主要举措和成效\n"
       "办理行政复议案件37件。\n"
       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
       "县长主持专题学法5次。\n"
       "三、存在的不足和原因\n"
       "乡镇执法力量薄弱。\n"
       "四、2025年工作安排\n"
       "充实乡镇执法力量。\n"
       "桂岭县人民政府\n"
       "2025年3月4日",
       {"1 一、 主要举措和成效 [achievements]", "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的不足和原因 [shortcomings]", "1 四、 2025年工作安排 [plan]"},
       {}},
      // A report that closes with 特此报告 over its signature, then a list of attachments that name no part.
      {"ClosingWithTeCiBaoGaoAndAnAttachmentList",
       "石门街道2024年法治政府建设情况报告\n"
       "一、主要举措和成效\n"
       "开展执法检查36次。\n"
       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
       "党工委书记主持专题学法3次。\n"
       "三、存在的不足和原因\n"
       "执法记录仪配备不足。\n"
       "四、2025年工作计划\n"
       "配齐执法记录设备。\n"
       "特此报告。\n"
       "石门街道办事处\n"
       "2025年1月17日\n"
       "附件：1.石门街道2024年行政执法统计表\n"
       "2.石门街道2024年普法工作台账\n",
       {"1 一、 主要举措和成效 [achievements]", "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的不足和原因 [shortcomings]", "1 四、 2025年工作计划 [plan]"},
       {}},
      // A second year's plan titled 2025年工作思路, the shortcomings as 困难和不足.
      {"NextYearAsWorkThoughts",
       "龙潭乡2024年法治政府建设工作情况报告\n"
       "一、2024年工作开展情况\n"
       "（一）深化法治宣传\n"
       "开展送法下乡11次。\n"
       "（二）乡党政主要负责人履职情况\n"
       "乡党委书记带头述法。\n"
       "二、存在的困难和不足\n"
       "法律服务供给不足。\n"
       "三、2025年工作思路\n"
       "推进公共法律服务站点建设。\n"
       "龙潭乡人民政府\n"
       "2025年1月6日",
       {"1 一、 2024年工作开展情况 [achievements]", "2 （一） 深化法治宣传 [achievements]",
        "2 （二） 乡党政主要负责人履职情况 [leadership]", "1 二、 存在的困难和不足 [shortcomings]",
        "1 三、 2025年工作思路 [plan]"},
       {}},
      // A development zone's committee whose subheadings are 一是…二是… paragraphs and whose leaders' part names
      // 主要领导.
      {"ZoneCommitteeWithYiShiPoints",
       "青川经济技术开发区管委会2024年度法治政府建设情况报告\n"
       "一、主要举措和成效\n"
       "一是优化涉企服务，开展法治体检27次。二是规范园区执法，办理案件8件。\n"
       "二、管委会主要领导履行法治建设第一责任人职责情况\n"
       "管委会主任主持专题学法3次。\n"
       "三、存在的不足\n"
       "园区执法权限划分不清。\n"
       "四、2025年工作打算\n"
       "推动理顺园区执法体制。\n"
       "青川经济技术开发区管理委员会\n"
       "2025年2月8日",
       {"1 一、 主要举措和成效 [achievements]", "1 二、 管委会主要领导履行法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的不足 [shortcomings]", "1 四、 2025年工作打算 [plan]"},
       {}},
      // A commission (委) that reports its tasks, how they were carried out, then its shortcomings and plan, the
      // head's duty told in the body.
      {"CommissionTasksThenHowTheyWent",
       "安澜县发展和改革委员会2024年法治政府建设工作报告\n"
       "一、重点任务\n"
       "围绕优化营商环境推进依法行政。\n"
       "二、贯彻落实情况\n"
       "委主要负责人切实履行推进法治建设第一责任人职责，审查招投标文件42份。\n"
       "三、存在的不足\n"
       "项目全过程监管仍较薄弱。\n"
       "四、下一步工作计划\n"
       "健全项目监管机制。\n"
       "安澜县发展和改革委员会\n"
       "2025年1月27日",
       {"1 一、 重点任务 [achievements]", "1 二、 贯彻落实情况 [achievements]", "1 三、 存在的不足 [shortcomings]",
        "1 四、 下一步工作计划 [plan]"},
       {"info leadership"}},
      // A government office (办) that puts the leaders' part first, as some reports since 2024 do.
      {"GovernmentOfficeLeadersPartFirst",
       "柳湾区人民政府办公室2025年度法治政府建设工作报告\n"
       "一、党政主要负责人履行法治建设第一责任人职责及相关工作情况\n"
       "党组书记主持召开法治建设专题会议4次。\n"
       "二、2025年度推进法治政府建设的主要举措和成效\n"
       "（一）健全制度体系\n"
       "修订内部管理制度6项。\n"
       "三、存在的不足和原因\n"
       "合法性审查力量不足。\n"
       "四、2026年工作安排\n"
       "配强合法性审查人员。\n"
       "柳湾区人民政府办公室\n"
       "2026年1月29日",
       {"1 一、 党政主要负责人履行法治建设第一责任人职责及相关工作情况 [leadership]",
        "1 二、 2025年度推进法治政府建设的主要举措和成效 [achievements]", "2 （一） 健全制度体系 [achievements]",
        "1 三、 存在的不足和原因 [shortcomings]", "1 四、 2026年工作安排 [plan]"},
       {}},
      // Bare part lines in the 2025 wording over （一） subheadings, as a township's web page sets them.
      {"BarePartLinesOverBracketedTopics",
       "重庆市青山区白岩乡人民政府关于2025年度法治政府建设情况的报告\n"
       "2025年推进法治政府建设的主要举措和成效\n"
       "（一）加强党对法治工作的领导\n"
       "乡党委研究法治工作4次。\n"
       "（二）推进严格规范公正文明执法\n"
       "办理执法案件13件。\n"
       "党政主要负责人履行推进法治建设第一责任人职责情况\n"
       "乡党委书记带头述法。\n"
       "存在的不足和原因\n"
       "执法人员专业背景不足。\n"
       "2026年推进法治政府建设的主要安排\n"
       "开展执法人员专题培训。\n"
       "重庆市青山区白岩乡人民政府\n"
       "2026年2月12日",
       {"1  2025年推进法治政府建设的主要举措和成效 [achievements]", "2 （一） 加强党对法治工作的领导 [achievements]",
        "2 （二） 推进严格规范公正文明执法 [achievements]",
        "1  党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]", "1  存在的不足和原因 [shortcomings]",
        "1  2026年推进法治政府建设的主要安排 [plan]"},
       {}},
      // A 第一部分 alone on its line, its title on the next.
      {"PartNumberOnALineOfItsOwn",
       "南山镇2024年法治政府建设年度报告\n"
       "第一部分\n"
       "主要举措和成效\n"
       "一、深化法治学习\n"
       "镇党委会前学法12次。\n"
       "第二部分\n"
       "党政主要负责人履职情况\n"
       "镇党委书记带头讲法治课。\n"
       "第三部分\n"
       "存在的不足和原因\n"
       "执法队伍年龄结构老化。\n"
       "第四部分\n"
       "2025年工作计划\n"
       "招录年轻执法人员。\n"
       "南山镇人民政府\n"
       "2025年1月15日",
       {"1 第一部分 主要举措和成效 [achievements]", "2 一、 深化法治学习 [achievements]",
        "1 第二部分 党政主要负责人履职情况 [leadership]", "1 第三部分 存在的不足和原因 [shortcomings]",
        "1 第四部分 2025年工作计划 [plan]"},
       {}},
      // The leaders' part titled as their 述法.
      {"LeadersPartAsTheirShuFa",
       "云台镇2023年度法治政府建设情况报告\n"
       "一、主要举措和成效\n"
       "开展法治文化进村活动12次。\n"
       "二、党政主要负责人述法情况\n"
       "镇党委书记、镇长在县委全面依法治县委员会会议上述法。\n"
       "三、存在问题及原因分析\n"
       "村级调解员业务能力偏弱。\n"
       "四、2024年重点工作\n"
       "开展调解员轮训。\n"
       "云台镇人民政府\n"
       "2024年1月25日",
       {"1 一、 主要举措和成效 [achievements]", "1 二、 党政主要负责人述法情况 [leadership]",
        "1 三、 存在问题及原因分析 [shortcomings]", "1 四、 2024年重点工作 [plan]"},
       {}},
      // A department's parts with （一） topics and 1. points under the year's work, the plan as 下一步工作举措.
      {"DepartmentWithThreeLevels",
       "青峰市人力资源和社会保障局2024年度法治政府建设情况报告\n"
       "一、推进法治政府建设的主要举措和成效\n"
       "（一）规范劳动保障监察执法\n"
       "1.开展根治欠薪专项行动\n"
       "为劳动者追发工资1,260万元。\n"
       "2.推行说理式执法\n"
       "制作说理式文书48份。\n"
       "二、局党组书记、局长履行推进法治建设第一责任人职责情况\n"
       "局长带头参加行政诉讼出庭应诉2次。\n"
       "三、存在的不足和原因\n"
       "劳动监察执法力量不足。\n"
       "四、下一步工作举措\n"
       "充实劳动监察执法力量。\n"
       "青峰市人力资源和社会保障局\n"
       "2025年2月20日",
       {"1 一、 推进法治政府建设的主要举措和成效 [achievements]", "2 （一） 规范劳动保障监察执法 [achievements]",
        "3 1. 开展根治欠薪专项行动 [achievements]", "3 2. 推行说理式执法 [achievements]",
        "1 二、 局党组书记、局长履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的不足和原因 [shortcomings]", "1 四、 下一步工作举措 [plan]"},
       {}},
      // A county's page copied into one long line, each part's title in the guidance's wording run straight into
      // its text: the title is the part's name.
      {"FlattenedPageTitlesRunIntoTheirText",
       "苍梧县2025年度法治政府建设情况报告\n"
       "2025年，苍梧县坚持依法行政，法治政府建设稳步推进。一、推进法治政府建设的主要举措和成效全县审查规范性文件"
       "28件，办理行政复议案件46件，开展执法案卷评查2次。二、党政主要负责人履行推进法治建设第一责任人职责情况县"
       "政府主要负责同志主持召开常务会议专题学法6次，带头出庭应诉1次。三、存在的不足和原因部分乡镇执法人员专业化"
       "水平不高，执法程序仍不够规范。四、下一年度推进法治政府建设的主要安排持续深化行政执法体制改革，加强执法人员"
       "培训。\n"
       "苍梧县人民政府\n"
       "2026年2月26日",
       {"1 一、 推进法治政府建设的主要举措和成效 [achievements]",
        "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的不足和原因 [shortcomings]", "1 四、 下一年度推进法治政府建设的主要安排 [plan]"},
       {}},
      // A department whose topics stand in square brackets, 【一】, as some departments number them.
      {"DepartmentSquareBracketedTopics",
       "临江市水利局2024年法治政府建设年度报告\n"
       "一、主要举措和成效\n"
       "【一】规范水行政执法\n"
       "查处河道违法案件15件。\n"
       "【二】推进依法决策\n"
       "重大行政决策事项2项均经合法性审查。\n"
       "二、局主要负责人履行推进法治建设第一责任人职责情况\n"
       "局长主持党组会专题学法4次。\n"
       "三、存在的不足和原因\n"
       "基层水政监察人员偏少。\n"
       "四、2025年工作打算\n"
       "充实水政监察队伍。\n"
       "临江市水利局\n"
       "2025年1月21日",
       {"1 一、 主要举措和成效 [achievements]", "2 【一】 规范水行政执法 [achievements]",
        "2 【二】 推进依法决策 [achievements]", "1 二、 局主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的不足和原因 [shortcomings]", "1 四、 2025年工作打算 [plan]"},
       {}},
      // The shortcomings merged with the next year's thoughts, named by its year.
      {"ProblemsAndNextYearsThoughtsMerged",
       "金沙街道2024年法治政府建设工作总结\n"
       "一、2024年主要工作及成效\n"
       "开展社区普法活动31场。\n"
       "二、党工委书记履行推进法治建设第一责任人职责情况\n"
       "党工委书记主持专题学法4次。\n"
       "三、存在问题和2025年工作思路\n"
       "社区法律服务力量不足，2025年将推动律师进社区全覆盖。\n"
       "金沙街道办事处\n"
       "2025年1月10日",
       {"1 一、 2024年主要工作及成效 [achievements]",
        "1 二、 党工委书记履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在问题和2025年工作思路 [shortcomings;plan]"},
       {}},
      // A township whose plan closes the report as a table of tasks, a row a line.
      {"PlanAsATableOfTasksAtTheEnd",
       "石坪乡2024年法治政府建设情况报告\n"
       "一、主要举措和成效\n"
       "办理行政执法案件9件。\n"
       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
       "乡党委书记带头述法。\n"
       "三、存在的不足和原因\n"
       "执法装备不足。\n"
       "四、2025年重点任务安排表\n"
       "序号\t重点任务\t责任单位\t完成时限\n"
       "1\t开展执法人员培训\t乡综合执法队\t2025年6月\n"
       "2\t完善村规民约\t各村委会\t2025年9月\n"
       "石坪乡人民政府\n"
       "2025年1月9日",
       {"1 一、 主要举措和成效 [achievements]", "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的不足和原因 [shortcomings]", "1 四、 2025年重点任务安排表 [plan]"},
       {}},
      // A leader's report on the first-responsibility duty, under the name and post of the one reporting: no part
      // of the government's year is asked of it.
      {"LeadersReportOnTheirDutyWithoutShuFa",
       "西岭管理区关于履行推进法治建设第一责任人职责情况的报告\n"
       "西岭管理区党委副书记、管委会主任 李明\n"
       "2024年，我切实履行推进法治建设第一责任人职责，现将本人履职情况报告如下：\n"
       "一、履职情况\n"
       "1.坚持把学习法治理论作为首要任务\n"
       "主持党委理论学习中心组法治专题学习4次。\n"
       "2.坚持把依法决策作为基本准则\n"
       "重大事项均经合法性审查。\n"
       "二、存在的不足\n"
       "运用法治思维解决问题的能力还需提升。\n"
       "三、下一步打算\n"
       "持续加强法治学习。",
       {"1 一、 履职情况 [achievements]", "3 1. 坚持把学习法治理论作为首要任务 [achievements]",
        "3 2. 坚持把依法决策作为基本准则 [achievements]", "1 二、 存在的不足 [shortcomings]",
        "1 三、 下一步打算 [plan]"},
       {}},
      // A city's year told as 基本情况 by fields (…方面), the leaders' part one level down among them.
      {"CityBasicSituationByFields",
       "江北市2018年法治政府建设情况报告\n"
       "2018年，江北市深入推进依法行政。现将有关情况报告如下：\n"
       "一、2018年法治政府建设基本情况\n"
       "（一）依法全面履行政府职能方面\n"
       "编制行政权力目录清单。\n"
       "（二）推进依法科学民主决策方面\n"
       "审查重大决策12项。\n"
       "（三）市政府主要负责人履行推进法治建设第一责任人职责情况\n"
       "市长主持常务会议学法6次。\n"
       "二、存在的问题\n"
       "法治建设发展不平衡。\n"
       "三、2019年工作安排\n"
       "推进基层法治建设。\n"
       "江北市人民政府\n"
       "2019年3月20日",
       {"1 一、 2018年法治政府建设基本情况 [achievements]", "2 （一） 依法全面履行政府职能方面 [achievements]",
        "2 （二） 推进依法科学民主决策方面 [achievements]",
        "2 （三） 市政府主要负责人履行推进法治建设第一责任人职责情况 [leadership]", "1 二、 存在的问题 [shortcomings]",
        "1 三、 2019年工作安排 [plan]"},
       {}},
      // A bureau that opens with an overview of the year, then topics, its weak points as 短板与不足.
      {"BureauOverviewThenTopics",
       "青山县司法局2024年法治政府建设工作总结\n"
       "一、总体工作回顾与成效总览\n"
       "全年办理法律援助案件312件。\n"
       "二、健全依法行政制度体系，夯实法治建设基石\n"
       "审查规范性文件18件。\n"
       "三、局党组书记、局长履行推进法治建设第一责任人职责情况\n"
       "局长带头述法。\n"
       "四、存在的短板与不足\n"
       "律师资源分布不均。\n"
       "五、2025年工作思路\n"
       "推动公共法律服务均衡发展。\n"
       "青山县司法局\n"
       "2025年1月20日",
       {"1 一、 总体工作回顾与成效总览 [achievements]", "1 二、 健全依法行政制度体系，夯实法治建设基石 [achievements]",
        "1 三、 局党组书记、局长履行推进法治建设第一责任人职责情况 [leadership]",
        "1 四、 存在的短板与不足 [shortcomings]", "1 五、 2025年工作思路 [plan]"},
       {}},
      // A bureau whose topic acts on its head's duty under the year's measures, its shortcomings as 问题剖析 and its
      // plan as 2025年工作谋划, closing with 特此报告: the leaders' part is only told within the year's work.
      {"BureauProblemAnalysisAndPlanning",
       "石城县应急管理局2024年法治政府建设情况报告\n"
       "一、主要举措和成效\n"
       "（一）强化主要负责人责任，夯实组织基础\n"
       "局长带头研究法治工作3次。\n"
       "（二）规范安全生产执法\n"
       "办理执法案件56件。\n"
       "二、问题剖析\n"
       "执法人员专业能力不足。\n"
       "三、2025年工作谋划\n"
       "开展执法能力提升行动。\n"
       "特此报告。\n"
       "石城县应急管理局\n"
       "2025年1月23日",
       {"1 一、 主要举措和成效 [achievements]", "2 （一） 强化主要负责人责任，夯实组织基础 [achievements]",
        "2 （二） 规范安全生产执法 [achievements]", "1 二、 问题剖析 [shortcomings]", "1 三、 2025年工作谋划 [plan]"},
       {"info leadership"}},
  };
  return all;
}

class MoreReportSkeletons : public ::testing::TestWithParam<Skeleton> {};

TEST_P(MoreReportSkeletons, HeadingTreeAndRequiredParts) {
  const Skeleton& skeleton = GetParam();
  const Document document = test::process_text_with_default_pipeline(skeleton.text);
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_EQ(test::section_headings(document), skeleton.headings);
  EXPECT_EQ(missing_parts(document), skeleton.missing);
}

INSTANTIATE_TEST_SUITE_P(Outlines, MoreReportSkeletons, ::testing::ValuesIn(skeletons()),
                         [](const ::testing::TestParamInfo<Skeleton>& info) { return info.param.name; });

}  // namespace
}  // namespace docpipe
