// Region, unit and year for every kind of reporting unit, with and without a title line, with a
// portal's clock line and publication stamp around the report (issue 9).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <tuple>

#include "docpipe/text.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using test::process_text_with_default_pipeline;

struct UnitCase {
  const char* name;
  const char* text;
  const char* region;
  const char* unit;
  const char* year;
};

constexpr const char* kBody =
    "\n一、主要工作\n全年开展法治讲座12场。\n二、存在问题\n基层力量薄弱。\n三、下一步打算\n继续推进。";

class ReportingUnit : public ::testing::TestWithParam<UnitCase> {};

TEST_P(ReportingUnit, RegionUnitAndYear) {
  const UnitCase& c = GetParam();
  const Document document = process_text_with_default_pipeline(std::string(c.text) + kBody);
  EXPECT_EQ(document.metadata.get("region"), c.region);
  EXPECT_EQ(document.metadata.get("unit"), c.unit);
  EXPECT_EQ(document.metadata.get("year"), c.year);
}

INSTANTIATE_TEST_SUITE_P(
    Units, ReportingUnit,
    ::testing::Values(
        UnitCase{"Township", "黄门镇2024年法治建设工作报告\n今年来，黄门镇扎实推进依法行政。", "黄门镇", "黄门镇",
                 "2024"},
        UnitCase{"TownshipOfACounty", "华宁县青龙镇人民政府\n2024年法治政府建设年度报告", "华宁县青龙镇",
                 "华宁县青龙镇人民政府", "2024"},
        UnitCase{"Subdistrict", "某某区城关街道2021年法治政府建设工作报告\n2021年，城关街道深入推进依法行政。",
                 "某某区城关街道", "某某区城关街道", "2021"},
        UnitCase{"ShortSubdistrict", "鹤龙街2020年法治政府建设年度报告\n2020年，鹤龙街坚持依法行政。", "鹤龙街",
                 "鹤龙街", "2020"},
        UnitCase{"County", "南昌县2019年法治政府建设情况报告\n2019年，南昌县全面贯彻落实法治政府建设要求。", "南昌县",
                 "南昌县", "2019"},
        UnitCase{"CountyWithoutTitle", "2019年，南昌县全面贯彻落实法治政府建设实施纲要，现将情况报告如下：", "南昌县",
                 "南昌县", "2019"},
        UnitCase{"CountyWithoutTitleAfterAPartyPhrase",
                 "2019年，在县委县政府的坚强领导下，南昌县全面贯彻落实法治政府建设实施纲要，现将情况报告如下：",
                 "南昌县", "南昌县", "2019"},
        UnitCase{"DistrictUnderAClock",
                 "今天是：2021年3月2日 星期二\n天津市静海区2020年度法治政府建设情况报告\n2020年，静海区坚持依法行政。",
                 "天津市静海区", "天津市静海区", "2020"},
        UnitCase{"ClockGluedToTheTitle", "今天是:2019年10月31日 星期四 静海区2020年法治政府建设年度报告", "静海区",
                 "静海区", "2020"},
        UnitCase{"CityDepartment", "东莞市司法局2020年度法治政府建设工作报告\n2020年，我局认真贯彻落实上级部署。",
                 "东莞市", "东莞市司法局", "2020"},
        UnitCase{"CityDepartmentWithoutTitle",
                 "发布时间：2021-01-05 10:00\n来源：东莞市司法局\n2020年，我局认真贯彻落实上级部署，现将情况报告如下：",
                 "东莞市", "东莞市司法局", "2020"},
        UnitCase{"ProvincialDepartmentChineseYear", "湖南省农业农村厅二〇二〇年法治政府建设情况报告", "湖南省",
                 "湖南省农业农村厅", "2020"},
        UnitCase{"ProvincialDepartmentSplitTitle", "湖南省农业农村厅\n关于2020年度法治政府建设情况的报告", "湖南省",
                 "湖南省农业农村厅", "2020"},
        // A state forest farm or farm reports on its own: it is no part of its county's government.
        UnitCase{"ForestFarm", "绿源县国有松岗林场2025年度法治政府建设年度报告", "绿源县", "绿源县国有松岗林场",
                 "2025"},
        UnitCase{"ForestFarmHeadquarters", "青州市国有林场总场2025年度法治政府建设年度报告", "青州市",
                 "青州市国有林场总场", "2025"},
        UnitCase{"Farm", "北辰县国营红旗农场2025年度法治政府建设年度报告", "北辰县", "北辰县国营红旗农场", "2025"},
        // A city bureau's branch named after the county it serves reports on that county.
        UnitCase{"CityBureausCountyBranch", "榆城市生态环境局青石县分局2024年法治政府建设工作总结", "榆城市青石县",
                 "榆城市生态环境局青石县分局", "2024"},
        UnitCase{"CityBureausDistrictBranch", "榆城市公安局青山区分局2024年法治政府建设情况报告", "榆城市青山区",
                 "榆城市公安局青山区分局", "2024"},
        // A branch serving a zone reports for no county (R12).
        UnitCase{"CityBureausDowntownBranch", "榆城市公安局市区分局2024年法治政府建设情况报告", "榆城市",
                 "榆城市公安局市区分局", "2024"},
        UnitCase{"CityBureausZoneBranch", "榆城市生态环境局工业园区分局2024年法治政府建设情况报告", "榆城市",
                 "榆城市生态环境局工业园区分局", "2024"},
        // A 生态环境局's branch named with no level's word, and the text naming no county with it: since the vertical
        // reform the city's bureau has one branch for each county, so the branch's name is the county's, as written.
        UnitCase{"BranchWithoutALevelsWord", "榆城市生态环境局青石分局2024年法治政府建设情况报告", "榆城市青石",
                 "榆城市生态环境局青石分局", "2024"},
        // A 兵团's 团 numbered in digits, as it writes its own name; 师市 (the division and its city together) is no
        // city's name.
        UnitCase{"RegimentInDigits",
                 "106团2022年法治政府建设年度报告\n在师市党委、政府的坚强领导下，106团深入推进依法治团。", "106团",
                 "106团", "2022"},
        UnitCase{"DivisionAndCityInGeneral",
                 "2022年，在师市司法局的指导下，我团扎实推进法治团场建设，现将情况报告如下：", "", "", "2022"},
        // The part of a year before an official's channel is no place.
        UnitCase{"QuarterBeforeAMayorsMailbox", "2025年第一季度市长信箱来信办理情况", "", "", "2025"},
        UnitCase{"HalfYearBeforeACountyHeadsHotline", "2024年上半年县长热线办理情况", "", "", "2024"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ReportingUnit, TheUnitComesFromTheSignatureWhenNothingElseNamesIt) {
  const Document document = process_text_with_default_pipeline(
      "法治政府建设年度报告\n现将本年度工作报告如下：\n一、主要工作\n正文。\n东莞市司法局\n2021年1月5日");
  EXPECT_EQ(document.metadata.get("region"), "东莞市");
  EXPECT_EQ(document.metadata.get("unit"), "东莞市司法局");
}

// A flattened portal copy whose report names its author only as 我局 or 本办 keeps the record's 发布机构 field in the
// text: it names the unit, as the page's field would; so does the opening sentence under the record's lines.
TEST(ReportingUnit, ARecordsOrganFieldLeftInTheTextNamesTheUnit) {
  const std::string body = "\n一、主要举措和成效\n全年调解纠纷40件。\n二、存在的不足\n不足。";
  for (const char* record : {"索引号：11330100/2025-00012\n发布机构：清源街道办事处\n发布日期：2025-02-11\n",
                             "索引号：11330100/2025-00012 发布机构：清源街道办事处 发布日期：2025-02-11\n",
                             "[ 发布机构 ] 清源街道办事处 [ 发布日期 ] 2025-02-11\n"}) {
    const auto document = process_text_with_default_pipeline(
        std::string(record) + "2024年法治政府建设年度报告\n2024年，本办坚持依法行政，全年办理行政复议案件9件。" + body);
    EXPECT_EQ(document.metadata.get("unit"), "清源街道办事处") << record;
  }
  // The opening sentence naming the unit, under a record of four lines and the title.
  const auto opening = process_text_with_default_pipeline(
      "索引号：11330100/2025-00012\n公开方式：主动公开\n公开时限：长期公开\n发布日期：2025-02-11\n"
      "2024年法治政府建设年度报告\n2024年，宁丰县交通运输局坚持依法行政，全年办理行政复议案件9件。" +
      body);
  EXPECT_EQ(opening.metadata.get("unit"), "宁丰县交通运输局");
  // A sentence's 来源 is no field.
  const auto sentence = process_text_with_default_pipeline(
      "2024年法治政府建设年度报告\n2024年，我局线索来源于群众来信的案件12件。" + body);
  EXPECT_EQ(sentence.metadata.get("unit"), "");
}

TEST(ReportingUnit, AClockLineIsNeitherTitleNorYear) {
  const Document document = process_text_with_default_pipeline(
      "今天是:2019年10月31日 星期四\n- 设为首页 | 加入收藏 | 无障碍 | "
      "长者版\n您当前所在位置:首页>政务公开>法治政府建设\n"
      "某某镇2020年法治政府建设工作报告\n一、2020年工作情况\n全年开展法治讲座12场。\n二、2021年工作计划\n继续推进。");
  EXPECT_EQ(document.metadata.get("title"), "某某镇2020年法治政府建设工作报告");
  EXPECT_EQ(document.metadata.get("year"), "2020");
  std::vector<std::string> kinds;
  for (const auto& section : document.sections) {
    if (section.level == 1) kinds.push_back(section.kinds.empty() ? "" : section.kinds.front());
  }
  EXPECT_THAT(kinds, ::testing::ElementsAre("achievements", "plan"));
  EXPECT_THAT(document.metadata.all("removed.web-clock"), ::testing::SizeIs(1));
}

// A report that names no year is on the year its signature closes, or the one before when signed by June.
TEST(ReportingUnit, TheYearFromTheSignatureWhenTheReportNamesNone) {
  const auto year_of = [](const std::string& date) {
    return process_text_with_default_pipeline(
               "平川镇法治政府建设工作总结\n今年以来，我镇扎实推进法治政府建设。\n"
               "一、工作开展情况\n全年开展法治宣传活动12场次。\n平川镇人民政府\n" +
               date)
        .metadata.get("year");
  };
  EXPECT_EQ(year_of("2020年12月10日"), "2020");
  EXPECT_EQ(year_of("2021年1月10日"), "2020");
  EXPECT_EQ(year_of("2021年7月10日"), "");
  EXPECT_EQ(year_of("2023年9月1日"), "");   // before the year's last quarter: no guess to question it by
  EXPECT_EQ(year_of("2024年6月30日"), "");  // after the deadline: no guess to call it late
}

TEST(ReportingUnit, PublicationStampsAreMetadataNotTheReportsYear) {
  const Document document = process_text_with_default_pipeline(
      "名 称：某某镇法治政府建设年度报告 索 引 号：0001/2021-00012\n发布机构：某某镇人民政府 成文日期：2021-02-01\n"
      "【字体：大 中 小】 【打印本页】 【关闭窗口】\n分享到：微信 微博 QQ空间\n"
      "2020年，某某镇坚持依法行政，现将情况报告如下：\n一、主要工作\n正文。\n相关阅读\n某某镇法治简报第3期\n"
      "主办单位：某某镇人民政府 联系电话：0000-1234567\n滇ICP备05001234号");
  EXPECT_EQ(document.metadata.get("year"), "2020");
  EXPECT_EQ(document.metadata.get("web.index_number"), "0001/2021-00012");
  EXPECT_EQ(document.metadata.get("region"), "某某镇");
  EXPECT_EQ(document.text, "2020年，某某镇坚持依法行政，现将情况报告如下：\n一、主要工作\n正文。");
  EXPECT_TRUE(document.metrics.empty());
}

// A portal's record field the filter leaves over the report (a list's dash before [ 发布日期 ], the field run into
// the line of a flattened copy) states the publication date: the document's own dates (成文日期) do not, nor a
// sentence's words run together.
TEST(ReportingUnit, ARecordFieldLeftInTheTextGivesThePublicationDate) {
  const std::string report = "青石镇2025年法治政府建设年度报告\n2025年，青石镇坚持依法行政。" + std::string(kBody);
  EXPECT_EQ(process_text_with_default_pipeline("- [ 发布日期 ] 2026-02-12\n" + report).metadata.get("published"),
            "2026-02-12");
  EXPECT_EQ(process_text_with_default_pipeline("- [ 成文日期 ] 2026-02-10\n" + report).metadata.get("published"), "");
}

// A department report as its body opens (我局…): the sentence under the title names the county's Party committee and
// government, not the author.
constexpr const char* kDepartmentOpening = "2024年，我局在县委、县政府的坚强领导下，认真落实县委全面依法治县工作部署。";

Document signed_department_report(const std::string& title, const std::string& signature) {
  return process_text_with_default_pipeline(
      title + "\n" + kDepartmentOpening +
      "\n一、主要举措和成效\n全年办理行政许可1,236件。\n二、存在的不足\n执法力量不足。\n" + signature +
      "\n2025年1月20日");
}

// A city named …城 is as much a city as any (聊城市, 晋城市): 城市 ends its name, and the signing body is the unit.
TEST(ReportingUnit, ACityNamedAfterAWalledTownKeepsItsDepartment) {
  const std::pair<const char*, const char*> units[] = {{"柘城市生态环境局", "柘城市"},
                                                       {"榆城市市场监督管理局", "榆城市"},
                                                       {"溧城市人社局", "溧城市"},
                                                       {"丹城市教育局", "丹城市"}};
  for (const auto& [unit, region] : units) {
    const Document document = signed_department_report(std::string(unit) + "2024年度法治政府建设情况报告", unit);
    EXPECT_EQ(document.metadata.get("unit"), unit);
    EXPECT_EQ(document.metadata.get("region"), region);
  }
  // Signed only, under a title naming no unit.
  const Document signed_only = signed_department_report("关于2024年度法治政府建设情况的报告", "丹城市教育局");
  EXPECT_EQ(signed_only.metadata.get("unit"), "丹城市教育局");
  EXPECT_EQ(signed_only.metadata.get("region"), "丹城市");
}

TEST(ReportingUnit, ADistrictOfACityNamedAfterAWalledTownKeepsTheCity) {
  const Document document =
      signed_department_report("榆城市桑湖区应急管理局2024年度法治政府建设情况报告", "榆城市桑湖区应急管理局");
  EXPECT_EQ(document.metadata.get("unit"), "榆城市桑湖区应急管理局");
  EXPECT_EQ(document.metadata.get("region"), "榆城市桑湖区");
  EXPECT_EQ(document.metadata.get("region.city"), "榆城市");
  EXPECT_EQ(document.metadata.get("region.county"), "桑湖区");
}

// 城市管理局 is the city's urban management bureau: 城市 opens the department's name, it is no place.
TEST(ReportingUnit, UrbanManagementKeepsItsCityWord) {
  for (const std::string unit :
       {"宁溪市城市管理局", "榆城市城市管理局", "安澜县城市管理局", "宁溪市城市管理综合行政执法局"}) {
    const Document document = signed_department_report(unit + "2024年度法治政府建设情况报告", unit);
    EXPECT_EQ(document.metadata.get("unit"), unit);
  }
  EXPECT_EQ(signed_department_report("宁溪市城市管理局2024年度法治政府建设情况报告", "宁溪市城市管理局")
                .metadata.get("region"),
            "宁溪市");
}

// A subdistrict named after the part of the city it serves keeps that word: 城区街道 is its name, no place.
TEST(ReportingUnit, ASubdistrictNamedCityDistrictKeepsItsName) {
  const Document document =
      signed_department_report("宁桥市城区街道办事处2025年法治政府建设年度报告", "宁桥市城区街道办事处");
  EXPECT_EQ(document.metadata.get("unit"), "宁桥市城区街道办事处");
  EXPECT_EQ(document.metadata.get("region"), "宁桥市城区街道");
  EXPECT_EQ(document.metadata.get("region.town"), "城区街道");
}

// Phrases ending in 城市 stay phrases: no city is named in 大城市 or 该城市.
TEST(ReportingUnit, APhraseEndingInCityIsNoCity) {
  for (const char* opening :
       {"2024年，大城市治理面临新的挑战，我镇坚持依法行政。", "2024年，该城市管理部门加强执法，我镇配合推进。"}) {
    const Document document =
        process_text_with_default_pipeline(std::string("关于2024年度法治政府建设情况的报告\n") + opening + kBody);
    EXPECT_EQ(document.metadata.get("unit"), "") << opening;
    EXPECT_EQ(document.metadata.get("region"), "") << opening;
  }
}

// Units of every level stay as they are signed.
TEST(ReportingUnit, TownshipCountyAndSubdistrictUnitsStayAsSigned) {
  const std::pair<const char*, const char*> units[] = {{"安澜县青石镇人民政府", "安澜县青石镇"},
                                                       {"安澜县人民政府", "安澜县"},
                                                       {"宁溪市柳湾区青禾街道办事处", "宁溪市柳湾区青禾街道"},
                                                       {"安澜县城乡建设局", "安澜县"}};
  for (const auto& [unit, region] : units) {
    const Document document = signed_department_report("关于2024年度法治政府建设情况的报告", unit);
    EXPECT_EQ(document.metadata.get("unit"), unit);
    EXPECT_EQ(document.metadata.get("region"), region);
  }
}

// A report whose author calls itself 我局 names no unit in its opening sentence: the county's Party committee its later
// clauses name (认真落实县委…, 深入贯彻落实区委…) is another's, and no verb phrase before it is a place.
TEST(ReportingUnit, AnAuthorSpeakingOfItselfNamesNoUnit) {
  for (const char* opening : {"2024年，我局坚持依法行政，认真落实县委、县政府关于法治政府建设的部署要求。",
                              "2024年，我局在区委、区政府的坚强领导下，深入贯彻落实区委全面依法治区工作部署。",
                              "2024年，本局认真落实市委全面依法治市委员会部署，扎实推进依法行政。"}) {
    const Document document =
        process_text_with_default_pipeline(std::string("关于2024年度法治政府建设情况的报告\n") + opening + kBody);
    EXPECT_EQ(document.metadata.get("unit"), "") << opening;
    EXPECT_EQ(document.metadata.get("region"), "") << opening;
  }
  // The signature still names it.
  const Document signed_report = signed_department_report("关于2024年度法治政府建设情况的报告", "安澜县市场监督管理局");
  EXPECT_EQ(signed_report.metadata.get("unit"), "安澜县市场监督管理局");
  // An opening that names its subject still does, after a phrase of time or leadership.
  const Document named = process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n2024年，在县委的坚强领导下，青石镇认真落实法治政府建设部署。" +
      std::string(kBody));
  EXPECT_EQ(named.metadata.get("unit"), "青石镇");
  const Document under_our_county = process_text_with_default_pipeline(
      "关于2024年度法治政府建设情况的报告\n2024年，在我县县委的坚强领导下，青石镇认真落实法治政府建设部署。" +
      std::string(kBody));
  EXPECT_EQ(under_our_county.metadata.get("unit"), "青石镇");
}

// The region left unnamed (在自治区党委领导下) and a verb leading to a place (结合自治区实际, 围绕全省…) name no unit:
// a report of a city in an autonomous region is that city's, not one of 自治区 with every other such report.
TEST(ReportingUnit, AnUnnamedRegionOrAVerbBeforeAPlaceNamesNone) {
  const Document city = process_text_with_default_pipeline(
      "2024年，在自治区党委、自治区人民政府领导下，宁川市坚持依法行政，全年开展学法12次。" + std::string(kBody));
  EXPECT_EQ(city.metadata.get("unit"), "宁川市");
  for (const char* opening : {"为深入推进依法行政，全面建设法治政府，结合自治区实际，扎实开展各项工作。",
                              "2025年，区政府办深入贯彻法治思想，围绕全省“三个年”活动，扎实推进依法行政。"}) {
    const Document document = process_text_with_default_pipeline(opening + std::string(kBody));
    EXPECT_EQ(document.metadata.get("unit"), "") << opening;
  }
}

// A county department that names no county (县司法局, signed 县司法局) names no place, and its opening sentence's
// 县司法局在县委… is no county 司法局在县: the report is left without a region rather than given a false one.
TEST(ReportingUnit, AnOrgansNameIsNoPlace) {
  const Document document = process_text_with_default_pipeline(
      "县司法局2024年法治政府建设年度报告\n2024年，县司法局在县委、县政府的领导下，全面履行法治政府建设职责。" +
      std::string(kBody));
  EXPECT_EQ(document.metadata.get("region"), "");
  EXPECT_EQ(document.metadata.get("unit"), "");
  const Document named = process_text_with_default_pipeline(
      "县司法局2024年法治政府建设年度报告\n2024年，杉溪县司法局在县委、县政府的领导下，全面履行法治政府建设职责。" +
      std::string(kBody));
  EXPECT_EQ(named.metadata.get("region"), "杉溪县");
  EXPECT_EQ(named.metadata.get("unit"), "杉溪县司法局");
}

// A commission goes by its short name (卫健委, 发改委) as a bureau does (住建局, 市监局): a department of its city.
TEST(ReportingUnit, ACommissionsShortNameIsADepartment) {
  const std::pair<const char*, const char*> units[] = {
      {"宁溪市卫健委", "宁溪市"}, {"宁溪市发改委", "宁溪市"}, {"安澜县住建局", "安澜县"},
      {"安澜县市监局", "安澜县"}, {"宁溪市自规局", "宁溪市"}, {"宁溪市城管局", "宁溪市"},
      {"安澜县应急局", "安澜县"}, {"安澜县教体局", "安澜县"}, {"安澜县政法委", "安澜县"}};
  for (const auto& [unit, region] : units) {
    const Document document = signed_department_report(std::string(unit) + "2024年度法治政府建设情况报告", unit);
    EXPECT_EQ(document.metadata.get("unit"), unit);
    EXPECT_EQ(document.metadata.get("region"), region);
  }
}

// A 党委 signing with its government is the Party side of a joint report, and a people's congress's 常委会 is no
// commission's short name: the place is the unit, as before.
TEST(ReportingUnit, APartyCommitteeOrAStandingCommitteeIsNoCommission) {
  EXPECT_EQ(process_text_with_default_pipeline("青石镇党委2024年度法治建设工作报告" + std::string(kBody))
                .metadata.get("unit"),
            "青石镇");
  EXPECT_EQ(
      process_text_with_default_pipeline("安澜县人大常委会2024年度工作报告" + std::string(kBody)).metadata.get("unit"),
      "安澜县");
}

// Titles whose words only look like a place's end: 市 of 市场, a slogan before the place, a report's subject
// (各市, 乡镇), a street's 大街 before its office's 街道; and a district's other name in brackets, which is its own.
TEST(ReportingUnit, WordsThatLookLikeAPlacesEndNameNone) {
  struct Case {
    const char* title;
    const char* region;
    const char* unit;
  };
  const Case cases[] = {
      {"宁川省法治市场监管工作情况报告", "宁川省", "宁川省"},
      {"法治柳县建设2024年度工作报告", "柳县", "柳县"},
      {"宁川省2024年度省政府各部门和各市（州）法治政府建设情况报告", "宁川省", "宁川省"},
      {"开元区（新城区）人民政府2024年法治政府建设工作报告", "开元区", "开元区（新城区）人民政府"},
      {"乡镇党委书记2024年述法报告", "", ""},
      {"梧桐大街街道2024年法治政府建设工作报告", "梧桐大街街道", "梧桐大街街道"},
      {"宁川省推进区域法治协同工作情况报告", "宁川省", "宁川省"},
      {"宁川省深化县域法治建设工作情况报告", "宁川省", "宁川省"},
      {"宁川省推进法治县建设工作情况报告", "宁川省", "宁川省"},
      // A city's 市场…局 is its department: the name's 市 still ends the city's.
      {"宁溪市场监管局2024年法治政府建设情况报告", "宁溪市", "宁溪市场监管局"},
      {"宁溪市市场监督管理局2024年法治政府建设情况报告", "宁溪市", "宁溪市市场监督管理局"},
  };
  for (const auto& [title, region, unit] : cases) {
    const Document document = process_text_with_default_pipeline(std::string(title) + kBody);
    EXPECT_EQ(document.metadata.get("region"), region) << title;
    EXPECT_EQ(document.metadata.get("unit"), unit) << title;
  }
  // A bracket that names no other name of the organ before it is still set aside.
  EXPECT_EQ(process_text_with_default_pipeline("开元区（汇总）2024年法治政府建设工作报告" + std::string(kBody))
                .metadata.get("unit"),
            "开元区");
}

// A city whose name ends in 都 or 门 (成都市, 江门市, 天门市) is a city: only a phrase's word before 都市 or 门市
// (大都市, 新门市) names none. Its district's subdistrict keeps the city in the unit.
TEST(ReportingUnit, ACityNamedWithDuOrMenIsACity) {
  const std::pair<const char*, const char*> signed_by[] = {
      {"成都市青羊区梧桐街道办事处", "成都市青羊区梧桐街道"},
      {"江门市新会区云岭镇人民政府", "江门市新会区云岭镇"},
      {"天门市柳河镇人民政府", "天门市柳河镇"},
      {"厦门市思明区司法局", "厦门市思明区"},
  };
  for (const auto& [unit, region] : signed_by) {
    const Document document = signed_department_report("2025年度法治政府建设情况报告", unit);
    EXPECT_EQ(document.metadata.get("unit"), unit);
    EXPECT_EQ(document.metadata.get("region"), region);
  }
  const Document phrase = process_text_with_default_pipeline(
      "2024年，大都市圈法治协作持续深化，全年开展联合执法12次。" + std::string(kBody));
  EXPECT_EQ(phrase.metadata.get("unit"), "");
  const Document capital = process_text_with_default_pipeline(
      "2024年，首都市民法治素养持续提升，各部门市场主体服务不断优化，全年开展联合执法12次。" + std::string(kBody));
  EXPECT_EQ(capital.metadata.get("unit"), "");
}

// A bureau's formation named for its duty is the reporting unit, with its bureau (公安局交通警察大队) or after its
// place alone (交警大队, 消防救援支队, 街道综合行政执法队), as is a county's 供销社 under any of its names: not the
// bureau above it, nor the bare place.
TEST(ReportingUnit, AFormationOrASupplyCooperativeIsItsOwnUnit) {
  const std::pair<const char*, const char*> units[] = {
      {"安澜县公安局交通警察大队", "安澜县"},
      {"安澜县公安局交警大队", "安澜县"},
      {"宁溪市公安局交通警察支队", "宁溪市"},
      {"宁溪市交警支队", "宁溪市"},
      {"安澜县消防救援大队", "安澜县"},
      {"宁溪市消防救援支队", "宁溪市"},
      {"柳湾街道综合行政执法队", "柳湾街道"},
      {"安澜县供销合作社联合社", "安澜县"},
      {"安澜县供销社", "安澜县"},
      {"安澜县供销联社", "安澜县"},
      {"宁溪市公安局交通警察支队桑湖大队", "宁溪市"},
  };
  for (const auto& [unit, region] : units) {
    const Document titled = process_text_with_default_pipeline(std::string(unit) + "2024年度法治建设工作报告" + kBody);
    EXPECT_EQ(titled.metadata.get("unit"), unit);
    EXPECT_EQ(titled.metadata.get("region"), region);
    const Document signed_only = signed_department_report("2024年度法治建设工作报告", unit);
    EXPECT_EQ(signed_only.metadata.get("unit"), unit);
  }
  // A 队伍 is a team in general, no formation: the place opening the sentence is the unit.
  for (const char* opening : {"2024年，安澜县打造一支队伍过硬的法治工作力量，全年开展培训12次。",
                              "2024年，安澜县加强执法队伍建设，全年开展培训12次。"}) {
    EXPECT_EQ(process_text_with_default_pipeline(opening + std::string(kBody)).metadata.get("unit"), "安澜县")
        << opening;
  }
  // A bureau's own report stays the bureau's.
  EXPECT_EQ(process_text_with_default_pipeline("安澜县公安局2024年度法治政府建设情况报告" + std::string(kBody))
                .metadata.get("unit"),
            "安澜县公安局");
}

// A vertically managed organ reports under its own name, its line of command before it set aside (国家税务总局,
// 中华人民共和国, 国家统计局, 国家金融监督管理总局, 中国人民银行): the unit is the organ as named after it, the
// region its place when the name gives the place's level word. A place named without its level (青溪海关, 宁丰调查队)
// is no region's: the unit alone is known. A bank's branch named without its bank says no bank: the central bank's
// keeps the bank's name (中国人民银行宁丰县支行), its place read after it.
TEST(ReportingUnit, AVerticallyManagedOrganIsItsOwnUnit) {
  struct Organ {
    const char* signed_as;
    const char* unit;
    const char* region;
  };
  const Organ organs[] = {
      {"国家税务总局宁丰县税务局", "宁丰县税务局", "宁丰县"},
      {"国家税务总局榆城市税务局第一稽查局", "榆城市税务局第一稽查局", "榆城市"},
      {"国家税务总局宁丰县税务局城关税务分局", "宁丰县税务局城关税务分局", "宁丰县"},
      {"中华人民共和国青溪海关", "青溪海关", ""},
      {"青溪海关", "青溪海关", ""},
      {"国家统计局宁丰调查队", "宁丰调查队", ""},
      {"国家统计局安澜县调查队", "安澜县调查队", "安澜县"},
      {"中国人民银行宁丰县支行", "中国人民银行宁丰县支行", "宁丰县"},
      {"宁丰县气象局", "宁丰县气象局", "宁丰县"},
      {"宁丰县烟草专卖局", "宁丰县烟草专卖局", "宁丰县"},
      {"榆城海事局", "榆城海事局", ""},
      {"榆城市邮政管理局", "榆城市邮政管理局", "榆城市"},
      {"国家金融监督管理总局榆城监管分局", "榆城监管分局", ""},
      {"国家金融监督管理总局宁丰监管支局", "宁丰监管支局", ""},
      {"国家统计局云岭调查总队", "云岭调查总队", ""},
      {"中国人民银行榆城市分行", "中国人民银行榆城市分行", "榆城市"},
      {"中国人民银行榆城市中心支行", "中国人民银行榆城市中心支行", "榆城市"},
  };
  for (const auto& organ : organs) {
    const Document titled =
        signed_department_report(std::string(organ.signed_as) + "2024年度法治政府建设年度报告", organ.signed_as);
    EXPECT_EQ(titled.metadata.get("unit"), organ.unit) << organ.signed_as;
    EXPECT_EQ(titled.metadata.get("region"), organ.region) << organ.signed_as;
    const Document signed_only = signed_department_report("2024年度法治建设工作报告", organ.signed_as);
    EXPECT_EQ(signed_only.metadata.get("unit"), organ.unit) << organ.signed_as;
  }
  // A title naming the bank and a signature naming the branch alone name one unit: the bank's name stays.
  EXPECT_EQ(
      signed_department_report("中国人民银行宁丰县支行2024年度法治建设工作报告", "宁丰县支行").metadata.get("unit"),
      "中国人民银行宁丰县支行");
  // 分行业 is by trade, no bank's branch: the county is the unit.
  EXPECT_EQ(
      process_text_with_default_pipeline("2024年，安澜县分行业开展普法宣传，全年开展培训12次。" + std::string(kBody))
          .metadata.get("unit"),
      "安澜县");
  // A clause or title about the organs in general names none: a rank, the country's system, a verb, a 队伍.
  for (const char* title : {"直属海关2024年法治建设工作报告", "中国海关2024年法治建设工作报告",
                            "推进海关法治建设2024年工作报告", "强化调查队伍建设2024年工作报告"}) {
    EXPECT_EQ(process_text_with_default_pipeline(title + std::string(kBody)).metadata.get("unit"), "") << title;
  }
}

// An autonomous prefecture's name runs to eight characters before 自治州 (two peoples named: …土家族苗族自治州,
// …布依族苗族自治州): still the city-level place, so a county-level city's department under it keeps its unit.
TEST(ReportingUnit, AnAutonomousPrefecturesLongNameIsAPlace) {
  const Document department = process_text_with_default_pipeline(
      "云岭土家族苗族自治州吉阳市司法局\n2025年度法治政府建设情况报告\n2025年，我局坚持依法行政。" +
      std::string(kBody));
  EXPECT_EQ(department.metadata.get("unit"), "云岭土家族苗族自治州吉阳市司法局");
  EXPECT_EQ(department.metadata.get("region"), "云岭土家族苗族自治州吉阳市");
  const Document prefecture = process_text_with_default_pipeline(
      "云岭布依族苗族自治州2025年法治政府建设情况报告\n2025年，全州坚持依法行政。" + std::string(kBody));
  EXPECT_EQ(prefecture.metadata.get("region"), "云岭布依族苗族自治州");
}

// A 述法 or 述职 report's header names the person reporting and the post held: the unit is the post's, when no title or
// signature names one. The name and the post stand apart (a space, brackets) or the post comes first; a name run into
// the post before it (张明远宁丰县…) would read as a place's, and is not read.
TEST(ReportingUnit, AHeaderNamingThePersonReportingNamesTheUnitOfThePost) {
  const std::string opening = "\n2024年，我认真履行推进法治建设第一责任人职责。";
  const std::pair<const char*, const char*> headers[] = {
      {"述法人：张明远 宁丰县司法局党组书记、局长", "宁丰县司法局"},
      {"述法人：张明远（宁丰县司法局党组书记、局长）", "宁丰县司法局"},
      {"述法人：李红梅（柳溪镇党委书记）", "柳溪镇"},
      {"述职述法人：周立新　宁丰县农业农村局党组书记、局长", "宁丰县农业农村局"},
      {"报告人：王建国 宁丰县水利局局长", "宁丰县水利局"},
      {"述法人：宁丰县司法局党组书记、局长张明远", "宁丰县司法局"},
      {"职务：宁丰县水利局党组书记、局长", "宁丰县水利局"},
      {"述法人：张明远宁丰县司法局党组书记、局长", ""},
      {"述法人：张明远", ""},
  };
  for (const auto& [header, unit] : headers) {
    const Document document =
        process_text_with_default_pipeline("2024年度述法报告\n" + std::string(header) + opening + kBody);
    EXPECT_EQ(document.metadata.get("unit"), unit) << header;
  }
  // The title naming the unit decides; the header's county fills in the town's.
  const Document town = process_text_with_default_pipeline(
      "柳溪镇党委书记2024年度述法报告\n述法人：李红梅 "
      "青禾县柳溪镇党委书记" +
      opening + kBody);
  EXPECT_EQ(town.metadata.get("unit"), "青禾县柳溪镇");
  EXPECT_EQ(town.metadata.get("region"), "青禾县柳溪镇");
}

// A department's Party group signs its report alone or above the department (中共青禾县水利局党组): its line is an
// issuer's, and the department is the unit.
TEST(ReportingUnit, ADepartmentsPartyGroupSignsForTheDepartment) {
  const Document alone = signed_department_report("关于2024年度法治政府建设情况的报告", "中共青禾县水利局党组");
  EXPECT_EQ(alone.metadata.get("unit"), "青禾县水利局");
  EXPECT_EQ(alone.metadata.get("region"), "青禾县");
  EXPECT_EQ(alone.metadata.get("date"), "2025-01-20");
  const Document jointly =
      signed_department_report("关于2024年度法治政府建设情况的报告", "中共青禾县水利局党组\n青禾县水利局");
  EXPECT_EQ(jointly.metadata.get("unit"), "青禾县水利局");
}

// A town's 司法所 is its own unit, named after its town (柳溪镇司法所) or after the county's 司法局 it belongs to
// (青禾县司法局柳溪司法所): not the town's government, nor the bureau. The bureau's report on its 司法所 (关于 between
// them) stays the bureau's.
TEST(ReportingUnit, ATownsJusticeOfficeIsItsOwnUnit) {
  const Document town_named = signed_department_report("柳溪镇司法所2024年度工作总结", "青禾县柳溪镇司法所");
  EXPECT_EQ(town_named.metadata.get("unit"), "青禾县柳溪镇司法所");
  EXPECT_EQ(town_named.metadata.get("region"), "青禾县柳溪镇");
  const Document bureau_named = signed_department_report("柳溪司法所2024年度工作总结", "青禾县司法局柳溪司法所");
  EXPECT_EQ(bureau_named.metadata.get("unit"), "青禾县司法局柳溪司法所");
  EXPECT_EQ(bureau_named.metadata.get("region"), "青禾县");
  EXPECT_EQ(process_text_with_default_pipeline("宁丰县司法局关于柳溪司法所规范化建设情况的报告" + std::string(kBody))
                .metadata.get("unit"),
            "宁丰县司法局");
  // The town's own report is still the town's.
  EXPECT_EQ(signed_department_report("柳溪镇2024年度法治政府建设情况报告", "青禾县柳溪镇人民政府").metadata.get("unit"),
            "青禾县柳溪镇人民政府");
}

// A 述法 report signed by the person reporting, the post held and the name apart (宁丰县司法局党组书记、局长　张明远):
// the line is the signature's issuer, and the post's unit is the report's. A post naming no unit, or a name run into
// the post, signs nothing a unit can be read from.
TEST(ReportingUnit, ASignatureOfThePostAndTheNameNamesTheUnitOfThePost) {
  const std::pair<const char*, const char*> signatures[] = {
      {"宁丰县司法局党组书记、局长　张明远", "宁丰县司法局"},
      {"青禾县柳溪镇党委书记 李红梅", "青禾县柳溪镇"},
      {"宁丰县农业农村局局长　王　明", "宁丰县农业农村局"},
      {"局长　张明远", ""},
      {"宁丰县司法局局长张明远", ""},
  };
  for (const auto& [signature, unit] : signatures) {
    const Document document = signed_department_report("2024年度述法报告", signature);
    EXPECT_EQ(document.metadata.get("unit"), unit) << signature;
    EXPECT_EQ(document.metadata.get("date"), "2025-01-20") << signature;
  }
  // The signature's line closes the report: it is no line of the last section's.
  const Document signed_by_the_head =
      signed_department_report("2024年度述法报告", "宁丰县司法局党组书记、局长　张明远");
  EXPECT_EQ(signed_by_the_head.metadata.get("region"), "宁丰县");
  ASSERT_FALSE(signed_by_the_head.sections.empty());
  const Section& closing = signed_by_the_head.sections.back();
  EXPECT_THAT(closing.kinds, ::testing::Contains("closing"));
  EXPECT_EQ(encode_utf8(decode_utf8(signed_by_the_head.text).substr(closing.start, 6)), "宁丰县司法局");
}

// A department has no government: 政府 after its name opens the next words, as a 政府信息公开 annual report's title
// runs on (滨江区民政局政府信息公开工作年度报告); so does 政府 after a year after a place's name (平川县2023年度政府
// 信息公开…: no 平川县政府 with its year set aside). A place's government keeps its word.
TEST(ReportingUnit, GovernmentAfterADepartmentOpensTheNextWords) {
  const std::pair<const char*, const char*> titles[] = {
      {"滨江区民政局政府信息公开工作年度报告", "滨江区民政局"},
      {"宁丰县人民政府办公室政府信息公开工作年度报告", "宁丰县人民政府办公室"},
      {"宁丰县柳溪镇人民政府2024年政府信息公开工作年度报告", "宁丰县柳溪镇人民政府"},
      {"宁丰县人民政府2024年法治政府建设年度报告", "宁丰县人民政府"},
      {"平川县2023年度政府信息公开工作年度报告", "平川县"},
      {"2023年政府信息公开工作年度报告", ""},
  };
  for (const auto& [title, unit] : titles) {
    EXPECT_EQ(process_text_with_default_pipeline(title + std::string(kBody)).metadata.get("unit"), unit) << title;
  }
}

// A national zone's full name (榆城国家高新技术产业开发区) and an ethnic township's, named for two or three peoples
// (翠玉傈僳族普米族乡), run longer than a county's or a town's: still the place. A clause on such zones in general, or
// on 少数民族乡镇, names none.
TEST(ReportingUnit, ANationalZonesAndAnEthnicTownshipsLongNamesArePlaces) {
  const Document zone = signed_department_report("榆城国家高新技术产业开发区管理委员会2023年度法治政府建设情况报告",
                                                 "榆城国家高新技术产业开发区管理委员会");
  EXPECT_EQ(zone.metadata.get("unit"), "榆城国家高新技术产业开发区管理委员会");
  EXPECT_EQ(zone.metadata.get("region"), "榆城国家高新技术产业开发区");
  const Document township = signed_department_report("翠玉傈僳族普米族乡2023年法治政府建设情况报告",
                                                     "宁蒗彝族自治县翠玉傈僳族普米族乡人民政府");
  EXPECT_EQ(township.metadata.get("unit"), "宁蒗彝族自治县翠玉傈僳族普米族乡人民政府");
  EXPECT_EQ(township.metadata.get("region"), "宁蒗彝族自治县翠玉傈僳族普米族乡");
  EXPECT_EQ(process_text_with_default_pipeline("大坪瑶族乡2023年法治政府建设工作报告" + std::string(kBody))
                .metadata.get("unit"),
            "大坪瑶族乡");
  for (const char* clause : {"2023年，全面推进国家级经济技术开发区法治建设，开展培训12次。",
                             "2023年，少数民族乡镇法治建设稳步推进，开展培训12次。"}) {
    EXPECT_EQ(process_text_with_default_pipeline(clause + std::string(kBody)).metadata.get("unit"), "") << clause;
  }
}

// The 新疆生产建设兵团's units: the 兵团 stands for a province, a 师 for a city (with the city it governs as one, as
// written: 第八师石河子市), a 团 for a county (一〇一团, 八团 after its 师). A 集团, a 宣讲团 or a 师范 names no place.
TEST(ReportingUnit, TheCorpsDivisionsAndRegimentsArePlaces) {
  const std::tuple<const char*, const char*, const char*> units[] = {
      {"新疆生产建设兵团第一师阿拉尔市司法局2025年法治政府建设情况报告", "新疆生产建设兵团第一师阿拉尔市司法局",
       "第一师阿拉尔市"},
      {"兵团第三师图木舒克市司法局2025年法治政府建设情况报告", "兵团第三师图木舒克市司法局", "第三师图木舒克市"},
      {"第八师石河子市2025年法治政府建设情况报告", "第八师石河子市", "第八师石河子市"},
      {"一师阿拉尔市2025年法治政府建设情况报告", "一师阿拉尔市", "一师阿拉尔市"},
      {"第十二师2025年法治政府建设工作报告", "第十二师", "第十二师"},
      {"第一师八团2025年法治建设工作总结", "第一师八团", "第一师八团"},
      {"第一师一〇一团2025年法治建设工作总结", "第一师一〇一团", "第一师一〇一团"},
      {"一〇一团2025年法治建设工作总结", "一〇一团", "一〇一团"},
      {"新疆生产建设兵团司法局2025年法治政府建设情况报告", "新疆生产建设兵团司法局", "新疆生产建设兵团"},
      // A 团's company (连) reports as a village does: the unit is the company, the place its 团.
      {"第一师八团三连2025年法治建设工作报告", "第一师八团三连", "第一师八团"},
      {"第三师四十四团九连2025年法治建设工作总结", "第三师四十四团九连", "第三师四十四团"},
      // The older names of the 师 (农一师, 农八师 for 第一师, 第八师) as written.
      {"农一师2025年法治政府建设情况报告", "农一师", "农一师"},
      {"农八师石河子市司法局2025年法治政府建设情况报告", "农八师石河子市司法局", "农八师石河子市"},
      {"兵团农十四师二二四团2025年法治建设工作总结", "兵团农十四师二二四团", "农十四师二二四团"}};
  for (const auto& [title, unit, region] : units) {
    const Document document = process_text_with_default_pipeline(std::string(title) + kBody);
    EXPECT_EQ(document.metadata.get("unit"), unit) << title;
    EXPECT_EQ(document.metadata.get("region"), region) << title;
  }
  for (const char* clause : {"2025年，法治宣讲团深入基层开展宣讲12场。", "2025年，集团公司法务部门审核合同12份。",
                             "2025年，第一师范学院开展法治讲座12场。", "2025年，兵团党委部署法治建设，开展培训12次。",
                             "2025年，农业农村局指导农技师开展培训12次。"}) {
    EXPECT_EQ(process_text_with_default_pipeline(clause + std::string(kBody)).metadata.get("unit"), "") << clause;
  }
  // 连 as a word after the 团 (连续, 连带) is no company.
  EXPECT_EQ(process_text_with_default_pipeline("2025年，一〇一团连续三年开展法治讲座12场。" + std::string(kBody))
                .metadata.get("unit"),
            "一〇一团");
}

// The Party's own organs keep 中共 in their name (the committee's office for law-based governance); a department's
// Party group signs for the department, without it.
TEST(ReportingUnit, APartyCommitteesOfficeKeepsThePartysName) {
  const Document office = process_text_with_default_pipeline(
      "中共青石县委全面依法治县委员会办公室\n关于青石县2025年法治政府建设情况的报告" + std::string(kBody));
  EXPECT_EQ(office.metadata.get("unit"), "中共青石县委全面依法治县委员会办公室");
  EXPECT_EQ(office.metadata.get("region"), "青石县");
  const Document general_office =
      process_text_with_default_pipeline("中共青石县委办公室2025年法治建设工作总结" + std::string(kBody));
  EXPECT_EQ(general_office.metadata.get("unit"), "中共青石县委办公室");
  const Document party_group =
      signed_department_report("中共宁丰县水利局党组2025年度法治政府建设情况报告", "中共宁丰县水利局党组");
  EXPECT_EQ(party_group.metadata.get("unit"), "宁丰县水利局");
  // Every organ of the Party: the committee's departments (组织部, 宣传部, 政法委员会) and its discipline commission.
  for (const char* organ : {"中共青石县委组织部", "中共青石县委宣传部", "中共青石县委政法委员会",
                            "中共青石县纪律检查委员会", "中共青石县纪委监委"}) {
    const Document document = signed_department_report(std::string(organ) + "2025年法治建设工作情况报告", organ);
    EXPECT_EQ(document.metadata.get("unit"), organ);
    EXPECT_EQ(document.metadata.get("region"), "青石县") << organ;
  }
  // A bureau of the committee whose name holds 干部 (老干部局) is a 局, not a 部 cut before it.
  for (const char* bureau : {"中共青石县委老干部局", "中共青石县委离退休干部工作局"}) {
    const Document document = signed_department_report(std::string(bureau) + "2025年法治建设工作情况报告", bureau);
    EXPECT_EQ(document.metadata.get("unit"), bureau);
  }
  // A county committee's meeting that deploys (县委常委会部署) names no department of it.
  EXPECT_EQ(
      process_text_with_default_pipeline("2025年，青石县委常委会部署法治建设，开展培训12次。" + std::string(kBody))
          .metadata.get("unit"),
      "青石县");
}

// Some portals' records repeat the title as the document's summary (内容概述): the field is the title when its value
// reads as one, so the unit is read from it, not from the label; a summary in sentences is no title.
TEST(ReportingUnit, ARecordsSummaryRepeatingTheTitleIsTheTitle) {
  const Document summary_field = process_text_with_default_pipeline(
      "• 索 引 号:QP0791-0700-2025-00003\n• 发布机构:柳湖镇人民政府\n"
      "• 内容概述: 青平市柳湖镇人民政府2025年法治政府建设年度报告\n青平市柳湖镇人民政府2025年法治政府建设年度报告\n"
      "2025年，柳湖镇坚持依法行政。" +
      std::string(kBody));
  EXPECT_EQ(summary_field.metadata.get("title"), "青平市柳湖镇人民政府2025年法治政府建设年度报告");
  EXPECT_EQ(summary_field.metadata.get("unit"), "青平市柳湖镇人民政府");
  EXPECT_EQ(summary_field.metadata.get("region"), "青平市柳湖镇");
  const Document sentences = process_text_with_default_pipeline(
      "• 内容概述: 2025年，柳湖镇坚持依法行政，全年开展学法12次。\n柳湖镇2025年法治政府建设年度报告\n"
      "2025年，柳湖镇坚持依法行政。" +
      std::string(kBody));
  EXPECT_EQ(sentences.metadata.get("title"), "柳湖镇2025年法治政府建设年度报告");
}

// A news lead's clause run on after the place to the committee where a meeting was held (…述法现场会在区委…召开)
// names no department: the place is the unit.
TEST(ReportingUnitOfANewsLead, AClauseUpToACommitteeNamesNoDepartment) {
  const Document document = process_text_with_default_pipeline(
      "2025年3月21日，2024年度青山区述法现场会在区委九楼会议室召开。各街道党政主要负责人现场述法。");
  EXPECT_EQ(document.metadata.get("region"), "青山区");
  EXPECT_EQ(document.metadata.get("unit"), "青山区");
}

// A city bureau's branch named after its county without the level's word: the county is the one the text names.
TEST(ReportingUnitOfABranch, TheTextNamesTheCountyABranchServes) {
  const Document document = process_text_with_default_pipeline(
      "榆城市生态环境局青石分局2024年法治政府建设年度报告\n2024年，在县委、县政府的领导下，我局认真落实"
      "《青石县人大常委会关于青石分局工作情况报告的审议意见》。\n一、主要工作\n全年办理案件27件。");
  EXPECT_EQ(document.metadata.get("region"), "榆城市青石县");
  EXPECT_EQ(document.metadata.get("region.county"), "青石县");
  EXPECT_EQ(document.metadata.get("unit"), "榆城市生态环境局青石分局");
}

// A branch named after a zone the text names with 区 (高新分局, 高新区党工委) serves no county (R12).
TEST(ReportingUnitOfABranch, AZoneTheTextNamesIsNoCounty) {
  const Document document = process_text_with_default_pipeline(
      "榆城市公安局高新分局2024年法治政府建设年度报告\n2024年，在高新区党工委的领导下，我局全面推进依法行政。\n"
      "一、主要工作\n全年办理案件27件。");
  EXPECT_NE(document.metadata.get("region.county"), "高新区");
  EXPECT_EQ(document.metadata.get("region"), "榆城市");
}

}  // namespace
}  // namespace docpipe
