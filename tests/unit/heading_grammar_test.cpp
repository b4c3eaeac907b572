// The heading markers: every variant reports use, and the look-alikes that are not headings.
#include <gtest/gtest.h>

#include "docpipe/text.hpp"
#include "heading_grammar.hpp"

namespace docpipe::sections {
namespace {

struct Case {
  const char* text;
  int level;
  const char* number;
  std::optional<int> value;
  const char* title;
};

class HeadingMarkerVariant : public ::testing::TestWithParam<Case> {};

TEST_P(HeadingMarkerVariant, IsRecognized) {
  const Case& c = GetParam();
  const std::u32string text = decode_utf8(c.text);
  const auto marker = match_heading_marker(text);
  ASSERT_TRUE(marker.has_value()) << c.text;
  EXPECT_EQ(marker->level, c.level) << c.text;
  EXPECT_EQ(encode_utf8(marker->number), c.number) << c.text;
  EXPECT_EQ(marker->value, c.value) << c.text;
  EXPECT_EQ(encode_utf8(heading_title(std::u32string_view(text).substr(marker->length))), c.title) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    GbT9704AndVariants, HeadingMarkerVariant,
    ::testing::Values(
        Case{"一、工作开展情况", 1, "一、", 1, "工作开展情况"}, Case{"十二、其他事项", 1, "十二、", 12, "其他事项"},
        Case{"一、 主要举措", 1, "一、", 1, "主要举措"}, Case{"三．存在问题", 1, "三．", 3, "存在问题"},
        Case{"第二部分 存在的问题", 1, "第二部分", 2, "存在的问题"},
        // The 大写 numerals (Word's chineseLegalSimplified), which some offices number a report's parts with.
        Case{"贰、存在的不足", 1, "贰、", 2, "存在的不足"}, Case{"（叁）加强执法监督", 2, "（叁）", 3, "加强执法监督"},
        Case{"、加强社会矛盾防范和化解", 1, "、", std::nullopt, "加强社会矛盾防范和化解"},
        Case{"（一）加强组织领导", 2, "（一）", 1, "加强组织领导"}, Case{"(二)常态化宣传", 2, "(二)", 2, "常态化宣传"},
        Case{"（三） 学习新修订行政复议法。", 2, "（三）", 3, "学习新修订行政复议法"},
        Case{"1.健全工作机制。乡党委召开会议5次。", 3, "1.", 1, "健全工作机制"},
        Case{"2、行政复议应诉。继续保持", 3, "2、", 2, "行政复议应诉"},
        Case{"3．完善公共法律服务", 3, "3．", 3, "完善公共法律服务"}, Case{"12.其他", 3, "12.", 12, "其他"},
        Case{"（1）开展普法", 4, "（1）", 1, "开展普法"}, Case{"(2)调解纠纷：", 4, "(2)", 2, "调解纠纷"},
        Case{"①法治讲座", 5, "①", 1, "法治讲座"}, Case{"③送法上门", 5, "③", 3, "送法上门"},
        // Items run together in one paragraph: the title is the first item's.
        Case{"（一）干部法治意识有待增强；（二）宣传形式单一。", 2, "（一）", 1, "干部法治意识有待增强"},
        Case{"1.队伍不强; 2.经费不足", 3, "1.", 1, "队伍不强"},
        Case{"（一）强化组织领导；落实第一责任人职责", 2, "（一）", 1, "强化组织领导；落实第一责任人职责"},
        Case{"（二）经费保障；1.5万元用于普法", 2, "（二）", 2, "经费保障；1.5万元用于普法"},
        // Run into its paragraph with a comma: the first clause, when no title would run so long (a thousands
        // comma ends no clause, and a clause over 20 characters is no title either).
        Case{"（一）强化组织领导，镇党委书记切实履行第一责任人职责，全年召开专题会议4次，研究解决问题6个。", 2,
             "（一）", 1, "强化组织领导"},
        Case{"（二）深化普法宣传，营造良好法治氛围", 2, "（二）", 2, "深化普法宣传，营造良好法治氛围"},
        Case{"（四）全市行政执法部门全年办理行政处罚案件4,215件，罚没款3,067.4万元；办理行政许可6.37万件", 2, "（四）",
             4, "全市行政执法部门全年办理行政处罚案件4,215件，罚没款3,067.4万元；办理行政许可6.37万件"},
        Case{"二、坚持以上率下，党政主要负责人切实履行推进法治建设第一责任人职责情况", 1, "二、", 2,
             "坚持以上率下，党政主要负责人切实履行推进法治建设第一责任人职责情况"},
        // A page flattened into one line keeps a space where the heading's line ended: the body's sentence after it
        // (a clause or a figure before its full stop) is no part of the title; a slogan's second clause is.
        Case{"（二）规范执法行为 全年办理执法案件30件，无一被纠错。 （三）", 2, "（二）", 2, "规范执法行为"},
        Case{"三、存在的不足 乡村两级法律明白人偏少，调解能力不强。", 1, "三、", 3, "存在的不足"},
        Case{"（三）推进政务公开 打造阳光政府。", 2, "（三）", 3, "推进政务公开 打造阳光政府"},
        Case{"（一）强化理论武装 筑牢法治根基", 2, "（一）", 1, "强化理论武装 筑牢法治根基"},
        // A year's digits are no figure of a body's sentence, and a slogan's clauses are short.
        Case{"（二）推进“八五”普法 圆满完成2024年度普法任务。", 2, "（二）", 2,
             "推进“八五”普法 圆满完成2024年度普法任务"},
        Case{"（三）深化改革 优化营商环境，激发市场活力。", 2, "（三）", 3, "深化改革 优化营商环境，激发市场活力"},
        // The plan named as a part, then a space and its text, however short: the space is where its line ended.
        Case{"三、2024年工作计划 持续深化法治乡村建设。", 1, "三、", 3, "2024年工作计划"},
        Case{"四、下一步工作打算 巩固示范创建成果。", 1, "四、", 4, "下一步工作打算"},
        Case{"（二）2024年度普法计划 宣传民法典", 2, "（二）", 2, "2024年度普法计划"},
        Case{"（二）加强年度计划管理 规范审批", 2, "（二）", 2, "加强年度计划管理 规范审批"},
        Case{"（三）坚持严格规范公正文明执法，全面提升行政执法水平和效能", 2, "（三）", 3,
             "坚持严格规范公正文明执法，全面提升行政执法水平和效能"},
        // A flattened page's part run straight into its text: a part named in the guidance's words closes the title.
        Case{"三、存在的不足和原因部分乡镇执法人员专业化水平不高，执法程序仍不够规范。", 1, "三、", 3,
             "存在的不足和原因"},
        Case{"二、党政主要负责人履行推进法治建设第一责任人职责情况县政府主要负责同志主持专题学法6次。", 1, "二、", 2,
             "党政主要负责人履行推进法治建设第一责任人职责情况"},
        // A name that goes on (原因分析) is not closed there; a heading on a line of its own stays whole.
        Case{"三、存在的不足和原因分析部分乡镇执法人员专业化水平不高，执法程序仍不够规范。", 1, "三、", 3,
             "存在的不足和原因分析部分乡镇执法人员专业化水平不高，执法程序仍不够规范"},
        Case{"二、党政主要负责人履行第一责任人职责情况及镇党委推动依法治镇的有关做法", 1, "二、", 2,
             "党政主要负责人履行第一责任人职责情况及镇党委推动依法治镇的有关做法"},
        // A page flattened into one line keeps a space where each line ended: the title stops before an
        // enumeration's first point or a heading after that space, and a heading so ended is whole however long.
        Case{"（三）规范涉企行政检查 一是制定年度检查计划，全年检查企业46户次。二是推行联合检查。", 2, "（三）", 3,
             "规范涉企行政检查"},
        Case{"三、存在的不足和原因　首先，执法力量与任务不相适应。", 1, "三、", 3, "存在的不足和原因"},
        Case{"四、2026年工作计划 （一）深化依法行政。", 1, "四、", 4, "2026年工作计划"},
        Case{"（一）坚持党的领导，健全工作机制，局主要负责人履行推进法治建设第一责任人职责方面 一是召开党组会6次。", 2,
             "（一）", 1, "坚持党的领导，健全工作机制，局主要负责人履行推进法治建设第一责任人职责方面"},
        // A part named in the guidance's words, then a space and its text, however short: the line ended there.
        Case{"三、存在的不足和原因 执法人员专业素质有待提高，普法针对性不强。", 1, "三、", 3, "存在的不足和原因"},
        Case{"二、党政主要负责人履行推进法治建设第一责任人职责情况　书记主持学法3次。", 1, "二、", 2,
             "党政主要负责人履行推进法治建设第一责任人职责情况"},
        // A title run straight into an enumeration (一是 with a 二是 after it) or its next bracketed sibling, with no
        // stop or space left where the line ended: the title ends where they open.
        Case{"四、2026年工作计划一是加强执法培训；二是创新普法方式。", 1, "四、", 4, "2026年工作计划"},
        Case{"（二）规范涉企检查一是制定检查计划。二是推行联合检查。", 2, "（二）", 2, "规范涉企检查"},
        Case{"（一）加强执法队伍建设（二）创新普法方式", 2, "（一）", 1, "加强执法队伍建设"},
        Case{"（一）加强执法队伍建设(2)创新普法方式", 2, "（一）", 1, "加强执法队伍建设"},
        // A lone 一是 (统一是, or no second point) and a bracket of words or years in a title end nothing.
        Case{"（三）坚持标准统一是前提，二是指第二批清单", 2, "（三）", 3, "坚持标准统一是前提，二是指第二批清单"},
        Case{"（四）落实一是一、二是二的要求", 2, "（四）", 4, "落实一是一、二是二的要求"},
        Case{"一、贯彻落实《法治政府建设实施纲要（2021—2025年）》情况", 1, "一、", 1,
             "贯彻落实《法治政府建设实施纲要（2021—2025年）》情况"},
        Case{"（二）落实行政执法三项制度（试行）", 2, "（二）", 2, "落实行政执法三项制度（试行）"},
        Case{"一、坚持思想引领（一）强化理论武装", 1, "一、", 1, "坚持思想引领（一）强化理论武装"},
        // A space between a slogan's clauses, or in a year typed with spaces, ends nothing.
        Case{"（二）强化理论武装 筑牢法治根基", 2, "（二）", 2, "强化理论武装 筑牢法治根基"},
        Case{"五、2026 年工作打算", 1, "五、", 5, "2026 年工作打算"}));

class NotAHeading : public ::testing::TestWithParam<const char*> {};

TEST_P(NotAHeading, IsNotRecognized) {
  EXPECT_FALSE(match_heading_marker(decode_utf8(GetParam())).has_value()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(LookAlikes, NotAHeading,
                         ::testing::Values("1.5万人次参加培训", "2.3万件", "一是强化组织领导", "2024年12月24日",
                                           "2020413", "12348热线", "3月12日召开推进会", "两名干部", "〇、", "（一）",
                                           "一、", "今年以来，1.开展", "第一时间协调", "（2024）5号", "(依法行政)工作",
                                           "十四五规划"));

// A digit whose point was lost before a title-like clause; never a count, a date, a figure or a long sentence.
TEST(PointlessDigitMarker, ReadsADigitBeforeATitleClause) {
  const auto marker = match_pointless_digit_marker(U"1理论武装入脑入心，筑牢思想根基。区党工委…");
  ASSERT_TRUE(marker.has_value());
  EXPECT_EQ(marker->level, 3);
  EXPECT_EQ(marker->value, 1);
  EXPECT_EQ(marker->length, 1U);
  EXPECT_TRUE(match_pointless_digit_marker(U"12强化执法监督。").has_value());
  EXPECT_TRUE(match_pointless_digit_marker(U"3规范行政执法").has_value());
  for (const char32_t* text :
       {U"1名律师担任法律顾问，全年审查合同32份。", U"3月12日召开推进会。", U"12348热线接听1.2万次。",
        U"2024年工作要点", U"1.健全机制。", U"120急救网络覆盖全镇。", U"0元收费，全部免费。",
        U"2个专班推动落实，覆盖全部村（社区）。", U"1全年组织学法12次，覆盖300人。",
        U"3深入学习贯彻习近平法治思想并将其作为党委理论学习中心组的重点内容，全年学习12次。"}) {
    EXPECT_FALSE(match_pointless_digit_marker(text).has_value()) << encode_utf8(text);
  }
}

TEST(NumberingLabel, GivesTheValueOfADocxLabel) {
  const auto label = parse_numbering_label(U"（二）");
  ASSERT_TRUE(label.has_value());
  EXPECT_EQ(label->level, 2);
  EXPECT_EQ(label->value, 2);
  EXPECT_FALSE(parse_numbering_label(U"第").has_value());
}

}  // namespace
}  // namespace docpipe::sections
