// Report outlines as real annual reports lay them out (towns, streets, counties, departments, development zones;
// 2020 to 2025), each written here in our own words as a skeleton: its headings and a line or two under each. For
// each, the heading tree analysis.sections builds, with the parts it classifies, and the parts
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

std::vector<std::string> headings(const Document& document) { return test::section_headings(document); }

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
      // A town whose level-1 headings are all topics of the year's work, then its problems and its plan.
      {"TownTopicsThenProblemsAndPlan",
       "临河镇人民政府关于2022年度法治政府建设情况的报告\n2022年，临河镇围绕依法治镇目标推进各项工作。\n"
       "一、健全领导机制，夯实法治根基\n镇党委书记任依法治镇领导小组组长，全年召开专题会议3次。\n"
       "二、严格依法决策，管住关键少数\n重大事项均经合法性审查，审查合同17份。\n"
       "三、存在的问题\n少数干部依法行政意识不强，执法人员偏少。\n"
       "四、下一步打算\n继续加强执法队伍建设。\n临河镇人民政府\n2023年1月20日",
       {"1 一、 健全领导机制，夯实法治根基 [achievements]", "1 二、 严格依法决策，管住关键少数 [achievements]",
        "1 三、 存在的问题 [shortcomings]", "1 四、 下一步打算 [plan]"},
       {"warning leadership"}},
      // A district that puts the leaders' part first, as some reports since 2023 do.
      {"DistrictLeadersPartFirst",
       "云溪区2023年度法治政府建设情况报告\n"
       "一、区政府主要负责同志履行推进法治建设第一责任人职责情况\n区长主持召开常务会议专题学法4次。\n"
       "二、2023年推进法治政府建设的主要举措和成效\n（一）依法全面履行政府职能\n梳理权责清单事项2,316项。\n"
       "（二）严格规范公正文明执法\n全区办理行政处罚案件1,208件。\n"
       "三、存在的不足和原因\n基层执法力量仍然薄弱。\n四、2024年工作安排\n深化行政执法体制改革。\n"
       "云溪区人民政府\n2024年3月15日",
       {"1 一、 区政府主要负责同志履行推进法治建设第一责任人职责情况 [leadership]",
        "1 二、 2023年推进法治政府建设的主要举措和成效 [achievements]", "2 （一） 依法全面履行政府职能 [achievements]",
        "2 （二） 严格规范公正文明执法 [achievements]", "1 三、 存在的不足和原因 [shortcomings]",
        "1 四、 2024年工作安排 [plan]"},
       {}},
      // A county report in three 部分, each with its points as 一是…二是… paragraphs.
      {"CountyInThreeParts",
       "北岭县2023年度法治政府建设工作总结\n第一部分 工作开展情况\n"
       "一是强化组织领导。县委书记、县长带头履行推进法治建设第一责任人职责。二是规范行政执法。全年办结案件315件。\n"
       "第二部分 存在的问题\n一是法治宣传覆盖面不够宽。二是执法人员专业素质有待提高。\n"
       "第三部分 下一步工作打算\n一是加强执法培训。二是深化普法宣传。\n北岭县人民政府\n2024年2月6日",
       {"1 第一部分 工作开展情况 [achievements]", "1 第二部分 存在的问题 [shortcomings]",
        "1 第三部分 下一步工作打算 [plan]"},
       {"info leadership"}},
      // A township with three parts only, the leaders' part told within the year's work.
      {"TownshipThreePartsOnly",
       "石桥乡2020年法治政府建设工作总结\n一、2020年法治政府建设工作情况\n"
       "（一）抓好组织保障。乡党委书记、乡长切实履行第一责任人职责，研究法治工作4次。\n"
       "（二）抓好矛盾调处。调解纠纷36起，调解成功35起。\n二、存在的问题及原因\n村级法律顾问作用发挥不够。\n"
       "三、2021年工作思路\n持续推进依法治乡。\n石桥乡人民政府\n2021年1月8日",
       {"1 一、 2020年法治政府建设工作情况 [achievements]", "2 （一） 抓好组织保障 [achievements]",
        "2 （二） 抓好矛盾调处 [achievements]", "1 二、 存在的问题及原因 [shortcomings]",
        "1 三、 2021年工作思路 [plan]"},
       {"info leadership"}},
      // A department's report whose parts stand in 【】 on lines of their own.
      {"DepartmentBracketedParts",
       "青川县交通运输局2024年法治政府建设年度报告\n【主要举措和成效】\n全年开展路政执法检查126次。\n"
       "【党政主要负责人履行推进法治建设第一责任人职责情况】\n局党组书记、局长主持党组会议专题学法5次。\n"
       "【存在的不足和原因】\n执法装备更新不及时。\n【2025年工作计划】\n推进执法数字化建设。\n"
       "青川县交通运输局\n2025年1月22日",
       {"1  主要举措和成效 [achievements]", "1  党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1  存在的不足和原因 [shortcomings]", "1  2025年工作计划 [plan]"},
       {}},
      // A plain-text copy of a report whose parts were bold lines in Word.
      {"BareLinePartsOfAStreet",
       "东门街道2024年法治政府建设情况报告\n主要举措和成效\n一、强化法治学习\n街道党工委开展专题学法6次。\n"
       "二、规范行政执法\n办理综合执法案件88件。\n存在的不足和原因\n一、执法人员偏少\n专职执法人员仅有5名。\n"
       "2025年工作计划\n一、加强队伍建设\n补充执法人员。\n东门街道办事处\n2025年1月16日",
       {"1  主要举措和成效 [achievements]", "2 一、 强化法治学习 [achievements]", "2 二、 规范行政执法 [achievements]",
        "1  存在的不足和原因 [shortcomings]", "2 一、 执法人员偏少 [shortcomings]", "1  2025年工作计划 [plan]",
        "2 一、 加强队伍建设 [plan]"},
       {"warning leadership"}},
      // A report written only in 一是…二是… paragraphs: no headings, every part only mentioned.
      {"ParagraphsWithoutHeadings",
       "白沙镇2021年法治政府建设工作总结\n2021年，白沙镇扎实推进法治政府建设。一是强化组织领导，镇党委书记"
       "切实履行第一责任人职责。二是全年共调解纠纷42起。\n工作中还存在一些不足，普法形式较为单一。\n"
       "下一步，我镇将创新普法形式。\n白沙镇人民政府\n2022年1月12日",
       {},
       {"info achievements", "info leadership", "info shortcomings", "info plan"}},
      // The outline of the guidance since 2024: five parts, the leaders' part titled in full.
      {"GuidanceOutlineOfFiveParts",
       "青峰市司法局2024年度法治政府建设年度报告\n一、推进法治政府建设的主要举措和成效\n审查规范性文件21件。\n"
       "二、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\n局长带头述法。\n"
       "三、推进法治政府建设存在的不足和原因\n合法性审查力量不足。\n"
       "四、下一年度推进法治政府建设的主要安排\n完善行政执法监督体系。\n五、其他需要报告的情况\n无。\n"
       "青峰市司法局\n2025年2月10日",
       {"1 一、 推进法治政府建设的主要举措和成效 [achievements]",
        "1 二、 党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况 [leadership]",
        "1 三、 推进法治政府建设存在的不足和原因 [shortcomings]", "1 四、 下一年度推进法治政府建设的主要安排 [plan]",
        "1 五、 其他需要报告的情况 [other]"},
       {}},
      // A bureau that reports its head's duty as the last point of the year's work (under a heading on the year as a
      // whole, the point is that part alone).
      {"BureauLeadersDutyAsAPointOfTheYear",
       "安平县市场监督管理局2023年法治政府建设工作情况报告\n一、2023年法治政府建设工作开展情况\n"
       "（一）推进依法决策\n全年召开局务会议研究重大事项12次。\n（二）规范执法行为\n办理行政处罚案件402件。\n"
       "（三）局主要负责人履行推进法治建设第一责任人职责情况\n局长带头学法，审签案件28件。\n"
       "二、存在的问题\n基层所执法人员不足。\n三、2024年工作思路\n强化执法监督。\n"
       "安平县市场监督管理局\n2024年1月19日",
       {"1 一、 2023年法治政府建设工作开展情况 [achievements]", "2 （一） 推进依法决策 [achievements]",
        "2 （二） 规范执法行为 [achievements]", "2 （三） 局主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 二、 存在的问题 [shortcomings]", "1 三、 2024年工作思路 [plan]"},
       {}},
      // A development zone's committee, its plan titled 下步工作重点.
      {"DevelopmentZoneCommittee",
       "青江经济开发区管委会2022年法治政府建设情况报告\n一、基本情况和主要成效\n开展涉企法治体检32次。\n"
       "二、管委会主要负责人履行推进法治建设第一责任人职责情况\n主任主持专题学法3次。\n"
       "三、存在的短板和不足\n园区执法权限不明确。\n四、下步工作重点\n理顺园区执法体制。\n"
       "青江经济开发区管理委员会\n2023年2月14日",
       {"1 一、 基本情况和主要成效 [achievements]",
        "1 二、 管委会主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的短板和不足 [shortcomings]", "1 四、 下步工作重点 [plan]"},
       {}},
      // A street's report whose subheadings lost their opening bracket (一）) in a web copy.
      {"StreetWithLostOpeningBrackets",
       "和平街道2025年法治政府建设情况报告\n一、主要工作及成效\n一）深化法治学习\n党工委会前学法10次。\n"
       "二）推进依法决策\n审查合同35份。\n二、问题与不足\n法律顾问参与决策的深度不够。\n"
       "三、2026年工作计划\n推动法律顾问全程参与重大决策。\n和平街道办事处\n2026年1月9日",
       {"1 一、 主要工作及成效 [achievements]", "2 一） 深化法治学习 [achievements]",
        "2 二） 推进依法决策 [achievements]", "1 二、 问题与不足 [shortcomings]", "1 三、 2026年工作计划 [plan]"},
       {"warning leadership"}},
      // A town that writes the shortcomings and the plan one level down, under the year's work.
      {"TownPartsOneLevelDown",
       "柳林镇2021年度法治政府建设工作报告\n一、2021年度法治政府建设情况\n（一）主要工作\n开展普法活动16场。\n"
       "（二）镇党政主要负责人履职情况\n镇党委书记带头述法。\n（三）存在的不足\n执法程序仍不够规范。\n"
       "（四）2022年工作打算\n开展执法案卷评查。\n柳林镇人民政府\n2022年1月25日",
       {"1 一、 2021年度法治政府建设情况 [achievements]", "2 （一） 主要工作 [achievements]",
        "2 （二） 镇党政主要负责人履职情况 [leadership]", "2 （三） 存在的不足 [shortcomings]",
        "2 （四） 2022年工作打算 [plan]"},
       {}},
      // A town that names its parts by the year ahead and by its weak points in words of its own.
      {"TownPartsInOtherWords",
       "南湖镇2023年法治政府建设工作总结\n一、工作推进情况\n建成村级法治文化广场4个。\n"
       "二、工作中存在的困难\n专业法律人才缺乏。\n三、明年工作计划\n引进法律专业人才。\n"
       "南湖镇人民政府\n2024年1月5日",
       {"1 一、 工作推进情况 [achievements]", "1 二、 工作中存在的困难 [shortcomings]", "1 三、 明年工作计划 [plan]"},
       {"warning leadership"}},
      // The leaders' part appended after the signature as a report of its own with a two-line title.
      {"LeadersReportAppendedWithATwoLineTitle",
       "松溪镇2024年法治政府建设情况报告\n一、主要举措和成效\n办理行政处罚案件19件。\n二、存在的不足和原因\n"
       "执法力量不足。\n三、2025年工作计划\n加强执法培训。\n松溪镇人民政府\n2025年1月10日\n"
       "中共松溪镇委员会书记\n关于2024年度履行推进法治建设第一责任人职责情况的报告\n"
       "2024年，本人认真履行推进法治建设第一责任人职责，主持召开党委会议专题研究法治建设4次，带头学法讲法。\n",
       {"1 一、 主要举措和成效 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
        "1 三、 2025年工作计划 [plan]"},
       {}},
      // The plan given as an attachment after the signature, with its text.
      {"PlanAttachedWithItsText",
       "青林乡2024年法治政府建设情况报告\n一、主要举措和成效\n开展法治讲座8场。\n"
       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n乡党委书记主持专题学法4次。\n"
       "三、存在的不足和原因\n普法阵地建设滞后。\n青林乡人民政府\n2025年1月14日\n"
       "附件：青林乡2025年法治政府建设工作计划\n青林乡2025年法治政府建设工作计划\n"
       "2025年，我乡将以提升基层依法治理能力为重点，全面推进法治乡村建设，完成村级法律顾问全覆盖。\n",
       {"1 一、 主要举措和成效 [achievements]", "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的不足和原因 [shortcomings]"},
       {}},
      // A list of attachments after the signature that only names the leaders' part: it lacks that part, and
      // the list line is no mention of its content.
      {"AttachmentListOnlyNamingTheLeadersPart",
       "青林乡2024年法治政府建设情况报告\n一、主要举措和成效\n开展法治讲座8场。\n二、存在的不足和原因\n"
       "普法阵地建设滞后。\n三、2025年工作计划\n推进法治乡村建设。\n青林乡人民政府\n2025年1月14日\n"
       "附件：青林乡党政主要负责人履行推进法治建设第一责任人职责情况\n",
       {"1 一、 主要举措和成效 [achievements]", "1 二、 存在的不足和原因 [shortcomings]",
        "1 三、 2025年工作计划 [plan]"},
       {"warning leadership"}},
      // A township's 2025 report as a PDF copy leaves it: a space inside the year (2025 年), subheadings that lost
      // their opening bracket.
      {"YearSpacedAndLostOpeningBrackets",
       "溪口乡人民政府2025年法治政府建设情况报告\n"
       "2025年，溪口乡坚持依法行政，扎实推进法治政府建设。\n"
       "一、2025 年推进法治政府建设的主要举措和成效\n"
       "一）深化法治学习\n"
       "全年组织干部学法6次。\n"
       "二）规范行政执法\n"
       "办理执法案件21件。\n"
       "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
       "乡党委书记主持专题学法2次。\n"
       "三、存在的不足和原因\n"
       "执法人员偏少。\n"
       "四、2026 年重点工作\n"
       "推进执法规范化建设。\n"
       "溪口乡人民政府\n"
       "2026年1月20日",
       {"1 一、 2025 年推进法治政府建设的主要举措和成效 [achievements]", "2 一） 深化法治学习 [achievements]",
        "2 二） 规范行政执法 [achievements]", "1 二、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的不足和原因 [shortcomings]", "1 四、 2026 年重点工作 [plan]"},
       {}},
      // A street that titles its shortcomings 问题与反思, the problems first of two joined nouns, and its topics in
      // 【】 run into their text.
      {"StreetProblemsAndReflection",
       "西山街道2023年法治政府建设情况报告\n"
       "一、2023年工作回顾\n"
       "【强化组织领导】街道党工委研究法治工作3次。\n"
       "【深化普法宣传】开展普法活动22场。\n"
       "二、问题与反思\n"
       "普法形式单一，群众参与度不高。\n"
       "三、2024年重点任务\n"
       "创新普法载体。\n"
       "西山街道办事处\n"
       "2024年2月2日",
       {"1 一、 2023年工作回顾 [achievements]", "1 二、 问题与反思 [shortcomings]", "1 三、 2024年重点任务 [plan]"},
       {"warning leadership"}},
      // A township that only notes the leaders' part as an attachment above its signature, the attachment not in the
      // file.
      {"AttachmentNoteAboveTheSignatureOnlyNamingTheLeadersPart",
       "青苗乡2021年法治政府建设工作总结\n"
       "一、主要工作情况\n"
       "全年调解纠纷30起。\n"
       "二、存在的困难和问题\n"
       "法律服务资源不足。\n"
       "三、2022年工作打算\n"
       "完善公共法律服务体系。\n"
       "附件：青苗乡党政主要负责人2021年度履行推进法治建设第一责任人职责情况\n"
       "青苗乡人民政府\n"
       "2022年1月10日",
       {"1 一、 主要工作情况 [achievements]", "1 二、 存在的困难和问题 [shortcomings]", "1 三、 2022年工作打算 [plan]"},
       {"warning leadership"}},
      // A county's web page copied into one long line: each level-1 title runs straight into its first （一）, or, a
      // part
      // named in the guidance's words, into its text.
      {"CountyPageFlattenedIntoOneLine",
       "平阳县2025年度法治政府建设情况报告\n"
       "2025年，全县深入推进依法行政，政府治理效能持续提升。一、以思想引领为先导，凝聚法治共识（一）强化理论武装。全年"
       "开展专题学习18次。（二）压实法治责任。县政府主要负责同志切实履行推进法治建设第一责任人职责，主持召开专题会议4次"
       "。二、以制度建设为抓手，规范权力运行（一）严格合法性审查。审查规范性文件36件。（二）推进科学决策。公布重大行政"
       "决策事项目录5项。三、存在的不足和原因部分单位对法治建设重视不够，基层执法人员专业化水平不高。四、2026年工作安排"
       "（一）深化执法体制改革。（二）加强法治宣传教育。\n"
       "平阳县人民政府\n"
       "2026年2月28日",
       {"1 一、 以思想引领为先导，凝聚法治共识 [achievements]", "2 （一） 强化理论武装 [achievements]",
        "2 （二） 压实法治责任 [achievements]", "1 二、 以制度建设为抓手，规范权力运行 [achievements]",
        "2 （一） 严格合法性审查 [achievements]", "2 （二） 推进科学决策 [achievements]",
        "1 三、 存在的不足和原因 [shortcomings]", "1 四、 2026年工作安排 [plan]", "2 （一） 深化执法体制改革 [plan]",
        "2 （二） 加强法治宣传教育 [plan]"},
       {"info leadership"}},
      // A department that writes its parts as questions and answers.
      {"DepartmentInQuestionsAndAnswers",
       "临江市自然资源局2023年法治政府建设年度报告\n"
       "问：2023年推进法治政府建设采取了哪些主要举措？取得了哪些成效？\n"
       "答：全年办理土地执法案件62件，组织执法培训3期。\n"
       "问：局主要负责人如何履行推进法治建设第一责任人职责？\n"
       "答：局长主持专题学法4次，带头述法。\n"
       "问：工作中存在哪些不足？\n"
       "答：执法装备不足，专业人员偏少。\n"
       "问：2024年有哪些工作安排？\n"
       "答：推进执法数字化，补充专业人员。\n"
       "临江市自然资源局\n"
       "2024年1月30日",
       {"1  2023年推进法治政府建设采取了哪些主要举措？取得了哪些成效 [achievements]",
        "1  局主要负责人如何履行推进法治建设第一责任人职责 [leadership]", "1  工作中存在哪些不足 [shortcomings]",
        "1  2024年有哪些工作安排 [plan]"},
       {}},
      // Bare lines in the guidance's wording over parts numbered from 一、 again, the leaders' part in two clauses.
      {"BareLinePartsInTheGuidanceWording",
       "石门乡2024年法治政府建设年度报告\n"
       "主要举措和成效\n"
       "一、强化法治学习\n"
       "乡党委开展会前学法8次。\n"
       "二、规范行政执法\n"
       "办理执法案件14件。\n"
       "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\n"
       "一、带头学法\n"
       "乡党委书记讲授法治课1次。\n"
       "存在的不足和原因\n"
       "一、执法力量薄弱\n"
       "乡综合执法队仅有4人。\n"
       "下一年度推进法治政府建设的主要安排\n"
       "一、加强执法队伍建设\n"
       "补充执法人员。\n"
       "石门乡人民政府\n"
       "2025年1月24日",
       {"1  主要举措和成效 [achievements]", "2 一、 强化法治学习 [achievements]", "2 二、 规范行政执法 [achievements]",
        "1  党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况 [leadership]",
        "2 一、 带头学法 [leadership]", "1  存在的不足和原因 [shortcomings]", "2 一、 执法力量薄弱 [shortcomings]",
        "1  下一年度推进法治政府建设的主要安排 [plan]", "2 一、 加强执法队伍建设 [plan]"},
       {}},
      // A district in four 第…部分, each with its 一、 under it.
      {"DistrictInFourNumberedParts",
       "河东区2022年度法治政府建设情况报告\n"
       "第一部分 2022年法治政府建设主要举措和成效\n"
       "一、依法全面履行政府职能\n"
       "公布权责清单事项3,105项。\n"
       "二、严格规范公正文明执法\n"
       "办理行政处罚案件2,416件。\n"
       "第二部分 区政府主要负责人履行推进法治建设第一责任人职责情况\n"
       "一、带头学法用法\n"
       "区长主持常务会议学法6次。\n"
       "第三部分 存在的不足和原因\n"
       "一、法治意识有待提升\n"
       "部分干部运用法治思维的能力不足。\n"
       "第四部分 2023年工作打算\n"
       "一、深化行政执法改革\n"
       "推进综合行政执法。\n"
       "河东区人民政府\n"
       "2023年3月10日",
       {"1 第一部分 2022年法治政府建设主要举措和成效 [achievements]", "2 一、 依法全面履行政府职能 [achievements]",
        "2 二、 严格规范公正文明执法 [achievements]",
        "1 第二部分 区政府主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "2 一、 带头学法用法 [leadership]", "1 第三部分 存在的不足和原因 [shortcomings]",
        "2 一、 法治意识有待提升 [shortcomings]", "1 第四部分 2023年工作打算 [plan]", "2 一、 深化行政执法改革 [plan]"},
       {}},
      // A county's report under its letterhead (文件, 文号), its leaders' part as 履职情况 and its plan as 思路和举措.
      {"CountyUnderALetterhead",
       "梅岭县人民政府文件\n"
       "梅政报〔2024〕5号\n"
       "梅岭县人民政府\n"
       "关于2023年度法治政府建设情况的报告\n"
       "市委、市政府：\n"
       "2023年，我县扎实推进法治政府建设，现将有关情况报告如下。\n"
       "一、2023年法治政府建设主要成效\n"
       "（一）依法决策水平提升。审查重大行政决策7件。\n"
       "（二）行政执法更加规范。开展执法案卷评查2次。\n"
       "二、县政府主要负责人履职情况\n"
       "县长主持县政府常务会议专题学法8次。\n"
       "三、存在的主要问题及原因分析\n"
       "基层执法力量与任务不匹配。\n"
       "四、2024年法治政府建设工作思路和举措\n"
       "深化基层综合执法改革。\n"
       "梅岭县人民政府\n"
       "2024年2月5日",
       {"1 一、 2023年法治政府建设主要成效 [achievements]", "2 （一） 依法决策水平提升 [achievements]",
        "2 （二） 行政执法更加规范 [achievements]", "1 二、 县政府主要负责人履职情况 [leadership]",
        "1 三、 存在的主要问题及原因分析 [shortcomings]", "1 四、 2024年法治政府建设工作思路和举措 [plan]"},
       {}},
      // Years in Chinese numerals, the plan a later year's 重点工作.
      {"YearsInChineseNumerals",
       "二〇二三年度青山镇法治政府建设情况报告\n"
       "一、二〇二三年主要工作及成效\n"
       "全年办理行政执法案件19件。\n"
       "二、党政主要负责人履职情况\n"
       "镇党委书记主持专题学法3次。\n"
       "三、工作中存在的不足\n"
       "法治宣传覆盖面不够广。\n"
       "四、二〇二四年重点工作\n"
       "加强法治宣传。\n"
       "青山镇人民政府\n"
       "二〇二四年一月十六日",
       {"1 一、 二〇二三年主要工作及成效 [achievements]", "1 二、 党政主要负责人履职情况 [leadership]",
        "1 三、 工作中存在的不足 [shortcomings]", "1 四、 二〇二四年重点工作 [plan]"},
       {}},
      // Markers spaced out as a PDF copy leaves them: 一 、 and （ 一 ）.
      {"SpacedMarkersOfAPdfCopy",
       "枫林街道2024年法治政府建设工作报告\n"
       "一 、主要举措和成效\n"
       "（ 一 ）深化法治学习\n"
       "党工委会前学法12次。\n"
       "（ 二 ）规范执法\n"
       "办理案件31件。\n"
       "二 、党政主要负责人履行推进法治建设第一责任人职责情况\n"
       "党工委书记带头述法。\n"
       "三 、存在的不足和原因\n"
       "执法人员不足。\n"
       "四 、2025年工作计划\n"
       "加强执法力量。\n"
       "枫林街道办事处\n"
       "2025年1月8日",
       {"1 一 、 主要举措和成效 [achievements]", "2 （ 一 ） 深化法治学习 [achievements]",
        "2 （ 二 ） 规范执法 [achievements]", "1 二 、 党政主要负责人履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三 、 存在的不足和原因 [shortcomings]", "1 四 、 2025年工作计划 [plan]"},
       {}},
      // A high-tech zone's committee that names its shortcomings 短板弱项 and its plan 下一步工作举措.
      {"HighTechZoneShortcomingsAsWeakPoints",
       "高新技术产业开发区管理委员会2023年度法治政府建设情况报告\n"
       "一、推进法治政府建设的主要举措和成效\n"
       "（一）优化法治化营商环境。开展涉企法律服务46次。\n"
       "（二）规范行政执法。办理案件12件。\n"
       "二、管委会主要负责同志履行推进法治建设第一责任人职责情况\n"
       "管委会主任主持专题学法3次。\n"
       "三、存在的短板弱项\n"
       "园区执法权责不够清晰。\n"
       "四、下一步工作举措\n"
       "厘清园区执法权责。\n"
       "高新技术产业开发区管理委员会\n"
       "2024年1月26日",
       {"1 一、 推进法治政府建设的主要举措和成效 [achievements]", "2 （一） 优化法治化营商环境 [achievements]",
        "2 （二） 规范行政执法 [achievements]",
        "1 二、 管委会主要负责同志履行推进法治建设第一责任人职责情况 [leadership]",
        "1 三、 存在的短板弱项 [shortcomings]", "1 四、 下一步工作举措 [plan]"},
       {}},
  };
  return all;
}

class ReportSkeleton : public ::testing::TestWithParam<Skeleton> {};

TEST_P(ReportSkeleton, HeadingTreeAndRequiredParts) {
  const Skeleton& skeleton = GetParam();
  const Document document = test::process_text_with_default_pipeline(skeleton.text);
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  EXPECT_EQ(headings(document), skeleton.headings);
  EXPECT_EQ(missing_parts(document), skeleton.missing);
}

INSTANTIATE_TEST_SUITE_P(Outlines, ReportSkeleton, ::testing::ValuesIn(skeletons()),
                         [](const ::testing::TestParamInfo<Skeleton>& info) { return info.param.name; });

}  // namespace
}  // namespace docpipe
