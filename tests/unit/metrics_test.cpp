// analysis.metrics on small inputs: every numeral form, unit, qualifier, range and exclusion.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <map>

#include "docpipe/decimal.hpp"
#include "docpipe/document_builder.hpp"
#include "document_processor.hpp"
#include "metrics_analysis.hpp"
#include "pipeline_loader.hpp"
#include "table_headers.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The indicator of each figure found in `text` by the default pipeline.
std::vector<std::string> names(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : test::process_text_with_default_pipeline(text).metrics) out.push_back(m.indicator);
  return out;
}

// "text=value[~max] unit [qualifier]" for each figure found in `text` by the default pipeline.
std::vector<std::string> figures(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : test::process_text_with_default_pipeline(text).metrics) {
    std::string line = m.text + "=" + format_decimal(m.value);
    if (m.value_max) line += "~" + format_decimal(*m.value_max);
    line += " " + m.unit;
    if (!m.qualifier.empty()) line += " " + m.qualifier;
    out.push_back(line);
  }
  return out;
}

// Areas written with the metre's sign are square metres.
TEST(MetricNumerals, AreasWrittenWithTheMetresSign) {
  EXPECT_THAT(figures("拆除违法建筑4260㎡，绿化1.2万m²，整治800m2，辖区面积86km²。"),
              ElementsAre("4260㎡=4260 平方米", "1.2万m²=12000 平方米", "800m2=800 平方米", "86km²=86 平方公里"));
}

// A range whose bounds each carry the percent sign is one figure, as 15—20% is.
TEST(MetricNumerals, PercentRangesWithTheSignOnBothBounds) {
  EXPECT_THAT(figures("纠错率稳定在10%—15%，再压减15%至20%，同比增长5%-8%。"),
              ElementsAre("10%—15%=10~15 %", "15%至20%=15~20 %", "5%-8%=5~8 %"));
}

// 分别提高0.4和2.1个百分点: a bare number joined to a figure in points or percent after 分别 and a word of change is
// in that unit. Bare numbers elsewhere are no figures.
TEST(MetricNumerals, BareNumbersSharingTheUnitOfTheLast) {
  EXPECT_THAT(figures("按时办结率、满意率较上年分别提高0.4和2.1个百分点，纠错率、败诉率分别下降1、0.5和3个百分点。"),
              ElementsAre("0.4=0.4 个百分点", "2.1个百分点=2.1 个百分点", "1=1 个百分点", "0.5=0.5 个百分点",
                          "3个百分点=3 个百分点"));
  EXPECT_THAT(figures("来电量和来信量分别增长8和12%。"), ElementsAre("8=8 %", "12%=12 %"));
  EXPECT_THAT(figures("第3和4个百分点。完成2和5%。"), ElementsAre("4个百分点=4 个百分点", "5%=5 %"));
}

TEST(MetricNumerals, ArabicIntegersDecimalsAndThousandsSeparators) {
  EXPECT_THAT(figures("开展法治讲座14期。"), ElementsAre("14期=14 期"));
  EXPECT_THAT(figures("涉及金额705.765万元。"), ElementsAre("705.765万元=7057650 元"));
  EXPECT_THAT(figures("接待群众12,345人次。"), ElementsAre("12,345人次=12345 人次"));
}

TEST(MetricNumerals, FullWidthDigitsAreReadAfterNormalization) {
  EXPECT_THAT(figures("开展法治讲座１４期，调解成功率达９８．７２％。"),
              ElementsAre("14期=14 期", "达98．72％=98.72 % 达"));
}

TEST(MetricNumerals, ChineseNumerals) {
  EXPECT_THAT(figures("举办讲座三场，新招录两名干部。"), ElementsAre("三场=3 场", "两名=2 名"));
  EXPECT_THAT(figures("发放资料一万二千余份，开展活动二十余场。"),
              ElementsAre("一万二千余份=12000 份 余", "二十余场=20 场 余"));
}

TEST(MetricNumerals, ChineseDecimalsWithDian) {
  EXPECT_THAT(figures("调解成功率为百分之九十五点四，化解率达九十七点八%。"),
              ElementsAre("百分之九十五点四=95.4 %", "达九十七点八%=97.8 % 达"));
  EXPECT_THAT(figures("资金投入三点五万元，补助二点四亿元。"),
              ElementsAre("三点五万元=35000 元", "二点四亿元=240000000 元"));
}

// 队伍 and 大陆 end in a financial-form numeral; the figure is the numeral after them.
TEST(MetricNumerals, WuAndLuEndingAWordAreNotNumerals) {
  EXPECT_THAT(figures("组建普法志愿者队伍两支，法治宣讲队伍3支。"), ElementsAre("两支=2 支", "3支=3 支"));
}

TEST(MetricNumerals, ARangeMayStartAtYi) {
  EXPECT_THAT(figures("每周开展排查一至二次，每周巡查一到两次，开展一次家访。"),
              ElementsAre("一至二次=1~2 次 每周", "一到两次=1~2 次 每周"));
}

TEST(MetricNumerals, ASignWithNoDigitBeforeItMakesTheFigureNegative) {
  EXPECT_THAT(figures("投诉举报同比-8.7%，案件数量同比－3.5%，2023-2024年开展活动5次，A-3栋。"),
              ElementsAre("-8.7%=-8.7 %", "－3.5%=-3.5 %", "5次=5 次"));
}

TEST(MetricNumerals, TenthsWrittenWithCheng) {
  EXPECT_THAT(figures("党员占六成以上，签订率达九成，女性约占三成。三成员到场，两成立即整改。"),
              ElementsAre("六成以上=60 % 以上", "达九成=90 % 达", "三成=30 % 约"));
  // 多 or 余 after the tenths is more than them, as 以上 is; 成多数 is most of them.
  EXPECT_THAT(figures("三成多的纠纷在村级化解，两成多在镇级化解，六成余的事项网上办理，七成多数群众满意。"),
              ElementsAre("三成多=30 % 多", "两成多=20 % 多", "六成余=60 % 余", "七成=70 %"));
  EXPECT_THAT(names("三成多的纠纷在村级化解。"), ElementsAre("纠纷在村级化解"));
}

TEST(MetricUnits, RoundsAndKinds) {
  EXPECT_THAT(figures("开展巡查36轮次，印制宣传资料8种。"), ElementsAre("36轮次=36 轮次", "8种=8 种"));
}

// 村规民约 ends in 约, 下达 in 达: neither hedges the figure after it.
TEST(MetricQualifiers, AHedgeThatEndsAWordIsTheWord) {
  EXPECT_THAT(figures("修订村规民约10份，制定居民公约4份，下达3项任务，约10份。"),
              ElementsAre("10份=10 份", "4份=4 份", "3项=3 项", "约10份=10 份 约"));
  // 居民 and 村民 end in 民, not 民约: the 约 after them hedges; 超 before a figure is more than it.
  EXPECT_THAT(figures("联系居民约480户，惠及村民约2000人，培训超60学时。"),
              ElementsAre("约480户=480 户 约", "约2000人=2000 人 约", "超60学时=60 学时 超"));
  const auto metrics = test::process_text_with_default_pipeline("修订村规民约10份。").metrics;
  ASSERT_EQ(metrics.size(), 1u);
  EXPECT_EQ(metrics[0].indicator, "修订村规民约");
}

// 多 or 半 inside a unit of time hedges or halves it: 3个多月 is more than 3 个月, 1个半月 is 1.5 个月.
TEST(MetricNumerals, MoreOrAHalfInsideAUnitOfTime) {
  EXPECT_THAT(figures("审查工作历时3个多月，平均用时两个多小时，办结时限压缩至1个半月。"),
              ElementsAre("3个多月=3 个月 多", "两个多小时=2 小时 多", "1个半月=1.5 个月"));
  EXPECT_THAT(figures("审批时限由一个半月压缩至半个工作日，10个多工作日内办结。"),
              ElementsAre("一个半月=1.5 个月", "半个工作日=0.5 工作日", "10个多工作日内=10 工作日 多;以内"));
  EXPECT_THAT(names("审查工作历时3个多月。"), ElementsAre("审查工作历时"));
  // Half of what is no unit of time is no figure.
  EXPECT_THAT(figures("近半个世纪。"), IsEmpty());
}

TEST(MetricNumerals, WorkingDaysAreAUnit) {
  EXPECT_THAT(figures("审批时限由5个工作日压缩至2个工作日。"), ElementsAre("5个工作日=5 工作日", "2个工作日=2 工作日"));
}

// A space between a figure and its unit, as typists and a web page's source lines leave it.
TEST(MetricNumerals, OneSpaceMayStandBetweenAFigureAndItsUnit) {
  EXPECT_THAT(figures("受理法律援助案件 412 件，成功率 97.7 %，资金3.6 万元。"),
              ElementsAre("412 件=412 件", "97.7 %=97.7 %", "3.6 万元=36000 元"));
  EXPECT_THAT(figures("依据第 3 条，2023 年 12 月。"), IsEmpty());
}

// A PDF's text layer may break a percentage after its decimal point; an item's number at a line's start, a
// year after it or a longer tail stay apart.
TEST(MetricNumerals, APercentageBrokenAfterItsPointIsOneFigure) {
  EXPECT_THAT(figures("调解成功率为97. 6%，同比提高2. 3个百分点。"),
              ElementsAre("97. 6%=97.6 %", "2. 3个百分点=2.3 个百分点"));
  EXPECT_THAT(figures("措施如下。\n1. 5%的村未建立台账。"), ElementsAre("5%=5 %"));
  EXPECT_THAT(figures("群众满意度达 97. 6%。主要指标：1. 95%的村达标；2. 5%的村未达标。"),
              ElementsAre("97. 6%=97.6 %", "95%=95 %", "5%=5 %"));
  EXPECT_THAT(figures("共计3. 2024年受理12件。"), ElementsAre("12件=12 件"));
  EXPECT_THAT(figures("比例为97. 612%。"), ElementsAre("612%=612 %"));
}

// A middle dot typed for the decimal point (满意率96·5%) is the point before a percentage or points; a day's name
// (12·4, 3·15) stays no figure.
TEST(MetricNumerals, AMiddleDotBeforeAPercentageIsTheDecimalPoint) {
  EXPECT_THAT(figures("调解满意率96·5%，办结率为98・2%，较上年提高0·8个百分点。"),
              ElementsAre("96·5%=96.5 %", "98・2%=98.2 %", "0·8个百分点=0.8 个百分点"));
  EXPECT_THAT(figures("开展“12·4”宪法宣传日活动2场，3·15当天受理投诉6件。"), ElementsAre("2场=2 场", "6件=6 件"));
}

// 化解率9 7%: a rate's two digits a page's spacing set apart right after its name are one figure; a space before the
// first digit, or more than a hundred per cent joined, is two cells of a flattened table.
TEST(MetricNumerals, ARatesDigitsSplitByASpaceAreOneFigure) {
  EXPECT_THAT(figures("各村矛盾纠纷化解率9 7%，群众满意度达9 9%。"), ElementsAre("9 7%=97 %", "达9 9%=99 % 达"));
  EXPECT_THAT(figures("满意率 9 8%。结案率95 100%。"), ElementsAre("8%=8 %", "100%=100 %"));
}

// Votes on a report (赞成 31 票) are counted in 票; a share of the votes (以2/3票数通过) and 一票否决 are none.
TEST(MetricNumerals, VotesAreCounted) {
  EXPECT_THAT(figures("镇人大主席团听取报告，赞成 31 票，弃权 2 票，以2/3票数通过。落实安全生产一票否决。"),
              ElementsAre("31 票=31 票", "2 票=2 票"));
}

// More than a multiple: 增长一倍多.
TEST(MetricNumerals, MoreThanAMultipleIsHedged) {
  EXPECT_THAT(figures("受理案件比上年增长一倍多，是前年的两倍余。"), ElementsAre("一倍多=1 倍 多", "两倍余=2 倍 余"));
}

// A PDF's text layer puts a space after Latin digits, also before a hedge.
TEST(MetricNumerals, OneSpaceMayStandBetweenAFigureAndItsHedge) {
  EXPECT_THAT(figures("发放宣传资料9600 余份，接待群众300 多人次。"),
              ElementsAre("9600 余份=9600 份 余", "300 多人次=300 人次 多"));
  EXPECT_THAT(figures("2023 多措并举。"), IsEmpty());
}

// A typist's space after the multiplier, before the unit: one ASCII or full-width space (normalized to one ASCII
// space), before a whole unit (人次, 元以上). A space before other words (2万 群众) or before a unit that opens a word
// (1.2万 人民群众, 5万 件事) ends the figure, which then has no unit.
TEST(MetricNumerals, OneSpaceMayStandBetweenTheMultiplierAndTheUnit) {
  EXPECT_THAT(figures("受援群众1.2万 人次，法律援助经费36.5万　元，挽回损失120余万 元，追发欠薪8.6万 元以上。"),
              ElementsAre("1.2万 人次=12000 人次", "36.5万 元=365000 元", "120余万 元=1200000 元 余",
                          "8.6万 元以上=86000 元 以上"));
  EXPECT_THAT(figures("法治宣传惠及1.2万 人民群众，覆盖2万 群众，办好5万 件事。"), IsEmpty());
}

// A hedge written before the multiplier, a lone 千 or 万 hedged as a round figure, and 千 after digits.
TEST(MetricNumerals, HedgedRoundFigures) {
  EXPECT_THAT(
      figures("挽回损失120余万元，发放资料千余份，服务群众万余人次，覆盖十余万人次，印发2千余份，走访近万人次。"),
      ElementsAre("120余万元=1200000 元 余", "千余份=1000 份 余", "万余人次=10000 人次 余", "十余万人次=100000 人次 余",
                  "2千余份=2000 份 余", "近万人次=10000 人次 近"));
  EXPECT_THAT(figures("千方百计，万达广场，接近万家灯火。"), IsEmpty());
  EXPECT_THAT(figures("上百人次参加，数十场活动。"), ElementsAre("上百人次=100 人次 上百", "数十场=10 场 数十"));
}

// Arabic digits may stand for the digits of a Chinese numeral: each is multiplied by the 十, 百, 千, 万 or 亿 after it.
TEST(MetricNumerals, ArabicDigitsBeforeChineseUnitsAreOneNumber) {
  EXPECT_THAT(figures("办理行政处罚案件5百余件，参训3百余人次。"),
              ElementsAre("5百余件=500 件 余", "3百余人次=300 人次 余"));
  EXPECT_THAT(names("办理行政处罚案件5百余件。"), ElementsAre("办理行政处罚案件"));
  EXPECT_THAT(figures("覆盖群众2千5百人，发放宣传资料4万5千份，投入资金1千2百万元。"),
              ElementsAre("2千5百人=2500 人", "4万5千份=45000 份", "1千2百万元=12000000 元"));
  EXPECT_THAT(figures("服务3万2千余人，总投资1亿2千万元，挽回3百余万元，发放3千余册、1.2万余份。"),
              ElementsAre("3万2千余人=32000 人 余", "1亿2千万元=120000000 元", "3百余万元=3000000 元 余",
                          "3千余册=3000 册 余", "1.2万余份=12000 份 余"));
  // 千 before 米 is a kilometre still.
  EXPECT_THAT(figures("新建道路3千米。"), ElementsAre("3千米=3 千米"));
  // One digit after 十 counts ones; groups out of order are no numeral; the largest a double holds exactly.
  EXPECT_THAT(figures("培训2千5百6十7人，资金9999亿9999万元。"),
              ElementsAre("2千5百6十7人=2567 人", "9999亿9999万元=999999990000 元"));
  EXPECT_THAT(figures("合计1亿亿元。"), IsEmpty());
  // A range's bounds each with their units, or the lower bound in the upper's.
  EXPECT_THAT(figures("每场3百至5百人，每场3-5百人，资金3万至5万元，每场3-5千人，补助1-2万元。"),
              ElementsAre("3百至5百人=300~500 人", "3-5百人=300~500 人", "3万至5万元=30000~50000 元",
                          "3-5千人=3000~5000 人", "1-2万元=10000~20000 元"));
}

// Full-width digits come with a full-width comma between their thousands (１，２０４家); between two numbers
// a full-width comma is punctuation.
// A typesetter's space between groups of digits (a no-break or ideographic one too), before the unit.
// A maximum or a minimum among several is stated so: 最高达 is no 高达 after 最.
TEST(MetricQualifiers, AMaximumOrAMinimum) {
  EXPECT_THAT(figures("行政复议纠错率偏高，最高达27.6%，最低为3.2%。"),
              ElementsAre("最高达27.6%=27.6 % 最高达", "最低为3.2%=3.2 % 最低为"));
}

TEST(MetricNumerals, ASpaceSeparatesThousandsBeforeAUnit) {
  EXPECT_THAT(figures("现有执法人员1 268人，调解纠纷2\u00a0046件，发放资料3\u3000600份。"),
              ElementsAre("1 268人=1268 人", "2 046件=2046 件", "3 600份=3600 份"));  // normalized to spaces
  EXPECT_THAT(figures("罚没款1 234 567元。"), ElementsAre("1 234 567元=1234567 元"));
  // Not a caption's number before a figure.
  EXPECT_THAT(figures("详见表1 268人。"), ElementsAre("268人=268 人"));
}

TEST(MetricNumerals, AFullWidthCommaSeparatesThousandsBeforeAUnit) {
  EXPECT_THAT(figures("检查企业１，２０４家。"), ElementsAre("1，204家=1204 家"));
  EXPECT_THAT(figures("检查企业12家，345家整改。"), ElementsAre("12家=12 家", "345家=345 家"));
}

TEST(MetricNumerals, MixedFormsFoldTheMultiplierIntoTheValue) {
  EXPECT_THAT(figures("投入3.6万元，总额1.27亿元，受理2.3万件。"),
              ElementsAre("3.6万元=36000 元", "1.27亿元=127000000 元", "2.3万件=23000 件"));
}

TEST(MetricNumerals, Percentages) {
  EXPECT_THAT(figures("成功率达98.72%，覆盖率100％，参考率百分之九十八。"),
              ElementsAre("达98.72%=98.72 % 达", "100％=100 %", "百分之九十八=98 %"));
  EXPECT_THAT(figures("法律顾问覆盖率百分百。"), ElementsAre("百分百=100 %"));
}

// How often (每周, 每月) is the qualifier of a frequency; 每年 is the year's own total.
TEST(MetricNumerals, RangesHaveALowerAndAnUpperBound) {
  EXPECT_THAT(figures("每周巡查1-2次，每月3至5次，每年1~2次。"),
              ElementsAre("1-2次=1~2 次 每周", "3至5次=3~5 次 每月", "1~2次=1~2 次"));
}

// Each bound with its unit is one range too (2万元至45万元之间, 从5000元到20万元不等); not two levels a verb joins, nor
// figures of two units, nor an upper bound below the lower.
TEST(MetricNumerals, ARangeWithTheUnitOnBothBounds) {
  EXPECT_THAT(figures("单宗罚款在2万元至45万元之间，罚款从5000元到20万元不等，每组3人—5人，约2万元至5万元，"
                      "时限由20个工作日压缩至12个工作日，调解12件至15人，排名由5名到3名。"),
              ElementsAre("2万元至45万元=20000~450000 元", "5000元到20万元=5000~200000 元", "3人—5人=3~5 人",
                          "约2万元至5万元=20000~50000 元 约", "20个工作日=20 工作日", "12个工作日=12 工作日",
                          "12件=12 件", "15人=15 人", "5名=5 名", "3名=3 名"));
}

// A small numeral counting a slogan's words (四个到位, 三个转变, 四个环节) names the slogan; a count of things is a
// figure, and so is an Arabic count of the same words.
TEST(MetricNumerals, ANumeralNamingASloganIsNoFigure) {
  EXPECT_THAT(figures("做到四个到位，实现三个转变，抓好四个环节，做到两个确保，突出三个聚焦的要求，培育三个示范点，"
                      "建成5个法治示范村，整改到位3个。"),
              ElementsAre("三个=3 个", "5个=5 个", "3个=3 个"));
}

// A small Chinese count of the abstract things a standing requirement or a reform is made of (五项法定程序, 四项机制,
// 两项改革, 三个步骤) names the set; the same words in Arabic, or going on to what is counted, are figures.
TEST(MetricNumerals, ACountNamingAStandingSetIsNoFigure) {
  EXPECT_THAT(figures("重大行政决策严格落实五项法定程序（公众参与、专家论证、风险评估、合法性审查、集体讨论决定），"
                      "全部履行调查研究、集体讨论决定五个法定程序。溪口镇建立健全四项机制，推动两项改革落地，"
                      "落实三个步骤、四个阶段和两项工作要求。"),
              IsEmpty());
  EXPECT_THAT(
      figures("建立4项机制，开展三次培训，走访三个乡镇，完成三项改革任务，修订两项制度文件，审查三个程序性文件。"),
      ElementsAre("4项=4 项", "三次=3 次", "三个=3 个", "三项=3 项", "两项=2 项", "三个=3 个"));
}

// A set the unit made new this year is work done: a verb of making it right before the count (建立三个工作机制, 建立了
// 两项制度) or before its members named with 等 (新建立矛盾纠纷排查、诉调对接等三项工作机制). Keeping a standing set
// up (建立健全, 完善) or carrying one out (落实…等五项法定程序) counts none.
TEST(MetricNumerals, ASetMadeNewIsACount) {
  EXPECT_THAT(figures("建立三个工作机制，建立了两项制度，新建立矛盾纠纷排查、诉调对接等三项工作机制，"
                      "新建立矛盾纠纷排查等3项工作机制，制定两项工作制度。"),
              ElementsAre("三个=3 个", "两项=2 项", "三项=3 项", "3项=3 项", "两项=2 项"));
  EXPECT_THAT(figures("建立健全三项机制，建立健全矛盾纠纷排查、诉调对接等四项机制，完善两项制度，"
                      "落实公众参与、专家论证等五项法定程序。"),
              IsEmpty());
}

// Places named by how many families, platforms, rooms or households settled there (八家子镇, 三台县, 五间房村,
// 三户营) are names; the same numeral and unit going on to what they count are figures.
TEST(MetricNumerals, APlaceNamedByACountIsNoFigure) {
  EXPECT_THAT(
      figures("六家子镇在三台县委领导下，与九台区、五台县、七台河市、四家子乡、五间房镇、十八家子村、二台子村接壤。"),
      IsEmpty());
  EXPECT_THAT(figures("镇政府驻三家子村，辖八家子、六家子、四间房、五台山、三户营等村，在十八户村建成法治广场。"),
              IsEmpty());
  EXPECT_THAT(figures("修缮五间房屋，走访三家企业，配备两台车辆，审查八家子公司合同，慰问十八户村民，帮扶三户营业户。"),
              ElementsAre("五间=5 间", "三家=3 家", "两台=2 台", "八家=8 家", "十八户=18 户", "三户=3 户"));
}

// A village's or a town's name that opens with a count of villages (六村堡街道, 三村坪镇) is a name: one character of
// it, then a town's or village's suffix; a count of villages going on to what they did or have is a figure.
TEST(MetricNumerals, APlaceNamedByACountOfVillagesIsNoFigure) {
  EXPECT_THAT(figures("两村沟街道召开普法会议，九村塘镇与四村岗乡、五村坝社区结对，七村营村建成法治广场。"), IsEmpty());
  EXPECT_THAT(figures("全乡六村开展法治体检，三村村民参加培训，四村全部建成阵地，五村各建调解室，八村两委换届。"),
              ElementsAre("六村=6 村", "三村=3 村", "四村=4 村", "五村=5 村", "八村=8 村"));
}

// Streets and bridges named by a sum (四元街, 三元巷, 两元桥) are names, as an address in a report's contact line
// writes them; a sum in words going on to what it pays for is a figure.
TEST(MetricNumerals, AStreetNamedByASumIsNoFigure) {
  EXPECT_THAT(figures("联系地址：城关街道四元街118号，邮编：351100。办公地点迁至三元巷，毗邻两元桥。"), IsEmpty());
  EXPECT_THAT(figures("每人每月补助五十元，发放慰问金三千元给困难户，报销两元路费。"),
              ElementsAre("五十元=50 元", "三千元=3000 元", "两元=2 元"));
}

// A count in 个 joined to a figure in a unit written with 个 is in that unit: the report wrote it once.
TEST(MetricNumerals, TheUnitWrittenOnceForTwoFigures) {
  EXPECT_THAT(figures("审批时限分别压缩至3个和1个工作日，办理时限3个至5个月，建成3个和5个村。"),
              ElementsAre("3个=3 工作日", "1个工作日=1 工作日", "3个至5个月=3~5 个月", "3个=3 个", "5个=5 个"));
}

// A new time limit written with a bare 个 after a verb of change is in the unit of the limit it was changed from; a
// count changed, or a 个 after no change, keeps its 个.
TEST(MetricNumerals, ANewTimeLimitInABareGeTakesTheOldLimitsUnit) {
  EXPECT_THAT(
      figures("办理时限由20个工作日压减到5个，备案时限由30日压缩至10个，审批时限从3个月缩短为1个。"),
      ElementsAre("20个工作日=20 工作日", "5个=5 工作日", "30日=30 日", "10个=10 日", "3个月=3 个月", "1个=1 个月"));
  EXPECT_THAT(figures("办理环节由平均6个压减至2个，审批时限压缩至5个工作日，新建服务站2个。"),
              ElementsAre("6个=6 个", "2个=2 个", "5个工作日=5 工作日", "2个=2 个"));
}

// A bound that picks out a class of matters (what must be reviewed or discussed) is no figure; a share with a
// bound, or a bound ending its clause, is one.
TEST(MetricNumerals, AThresholdOfAClassOfMattersIsNoFigure) {
  EXPECT_THAT(
      figures("对拟作出罚款5万元以上、吊销许可证件的重大执法决定进行法制审核，涉案金额10万元以上的案件集体讨论，"
              "对罚款金额在1万元以上的案件进行集体讨论，审核42件。"),
      ElementsAre("42件=42 件"));
  EXPECT_THAT(figures("95%以上的涉税事项网上办理，耕地保有量保持在86.42万亩以上，培训2000人次以上、考试3次，"
                      "全年建成5个以上的法治文化广场，对人数在100人以上的培训班备案。"),
              ElementsAre("95%以上=95 % 以上", "86.42万亩以上=864200 亩 以上", "2000人次以上=2000 人次 以上",
                          "3次=3 次", "5个以上=5 个 以上"));
  // A money bound running straight into the matters it classes, without 的, picks them out as well.
  EXPECT_THAT(figures("街道五十万元以上合同报备6份，200万元以上项目集体决策3项，为群众挽回损失20万元以上。"),
              ElementsAre("6份=6 份", "3项=3 项", "20万元以上=200000 元 以上"));
}

// A range copied from a WeChat article with full-width digits and minus.
// Two neighbouring Chinese digits are an approximate range, not one number read digit by digit.
TEST(MetricNumerals, NeighbouringChineseDigitsAreARange) {
  EXPECT_THAT(figures("每月开展两三次普法活动，每村配备七八名调解员，培训骨干十五六人，发放资料三四百份，"
                      "受教育群众五六千人次，组织骨干二三十人，每组三五个小组。"),
              ElementsAre("两三次=2~3 次 每月", "七八名=7~8 名", "十五六人=15~16 人", "三四百份=300~400 份",
                          "五六千人次=5000~6000 人次", "二三十人=20~30 人", "三五个=3~5 个"));
  // Numbers that are no such pair keep their value: 二十三人, 十三个, 一二九.
  EXPECT_THAT(figures("挽回经济损失三四十万元，涉及资金七八百万元。"),
              ElementsAre("三四十万元=300000~400000 元", "七八百万元=7000000~8000000 元"));
  EXPECT_THAT(figures("培训二十三人，设立十三个站点，四五十人参加。"),
              ElementsAre("二十三人=23 人", "十三个=13 个", "四五十人=40~50 人"));
}

// How a service runs is no figure; a time limit and hours spent are.
TEST(MetricNumerals, ServiceHoursAreNoFigures) {
  EXPECT_THAT(figures("实行24小时法律咨询值班，开通7×24小时服务热线，推行365天不打烊，5天无休。"), IsEmpty());
  EXPECT_THAT(figures("24小时内办结，累计培训24小时。"), ElementsAre("24小时内=24 小时 以内", "24小时=24 小时"));
}

// How near a service is (15分钟公共法律服务圈), slogans counted by 个 (两个毫不动摇, 三个一批), and units that begin a
// longer word (3200村民, 200余家长, 5场景) are no figures.
TEST(MetricNumerals, ServiceCirclesSlogansAndWordsAfterNumbersAreNoFigures) {
  EXPECT_THAT(figures("打造15分钟公共法律服务圈，建设30分钟法律援助服务圈。"), IsEmpty());
  EXPECT_THAT(figures("坚持两个毫不动摇，实施三个一批项目，践行三个代表重要思想，创建五个一工程。"), IsEmpty());
  EXPECT_THAT(figures("惠及3200村民，邀请200余家长，打造5场景。"), IsEmpty());
  EXPECT_THAT(figures("平均用时15分钟。"), ElementsAre("15分钟=15 分钟"));
}

// A breaker after a unit that opens a longer word (3家长期合作, 5家长途客运, 18村民主议事会) leaves the figure; 3百分点
// is points, not hundreds; a fraction in a rule of voting is no share; 上下学 is no 上下 of "about"; 大多达 is 达.
TEST(MetricNumerals, NearMissesOfTodaysRules) {
  EXPECT_THAT(figures("与3家长期合作的律师事务所签约，检查5家长途客运企业，18村民主议事会全部建立。"),
              ElementsAre("3家=3 家", "5家=5 家", "18村=18 村"));
  EXPECT_THAT(figures("执法案卷优良率提高3百分点。"), ElementsAre("3百分点=3 百分点"));
  EXPECT_THAT(figures("村规民约须经村民会议三分之二多数通过，经出席会议三分之二以上代表同意。"), IsEmpty());
  EXPECT_THAT(figures("护送学生1200人次上下学，调解成功率大多达95%。"),
              ElementsAre("1200人次=1200 人次", "达95%=95 % 达"));
}

// ≥ and ≤ bound a figure as 不低于 and 不超过 do.
TEST(MetricQualifiers, MathematicalBoundsAreQualifiers) {
  EXPECT_THAT(figures("查处超限超载车辆≥200辆次，培训合格率≥95%，差错率≤2%。"),
              ElementsAre("≥200辆次=200 辆次 ≥", "≥95%=95 % ≥", "≤2%=2 % ≤"));
}

// A verb of providing ends the name after a figure once it has named what is counted (villages, not advisers).
TEST(MetricIndicators, AProvidingVerbEndsTheNameAfterAFigure) {
  EXPECT_THAT(names("9个村配备法律顾问9名，3个村未配备专职调解员，法律顾问配备率100%。"),
              ElementsAre("村", "村配备法律顾问", "村", "法律顾问配备率"));
}

TEST(MetricUnits, TimesInBracketsAfterTheUnit) {
  EXPECT_THAT(figures("受教育群众2000余人（次），开展活动16场(次)，检查企业30家（次）。"),
              ElementsAre("2000余人（次）=2000 人次 余", "16场(次)=16 场次", "30家（次）=30 家次"));
}

TEST(MetricQualifiers, LessAndMoreThanBoundTheFigure) {
  EXPECT_THAT(figures("专职人员少于3名，纠错率低于5%，不高于2%，参与率高于90%，多于10件。"),
              ElementsAre("少于3名=3 名 少于", "低于5%=5 % 低于", "不高于2%=2 % 不高于", "高于90%=90 % 高于",
                          "多于10件=10 件 多于"));
}

TEST(MetricNumerals, AFullWidthRange) {
  EXPECT_THAT(figures("每月开展执法检查１－２次，选派１０－１５人参加。"),
              ElementsAre("1－2次=1~2 次 每月", "10－15人=10~15 人"));
}

// Corner and single quotes hold names as double quotes do: 『两个全覆盖』 counts nothing.
TEST(MetricNumerals, NoFigureInsideCornerOrSingleQuotes) {
  EXPECT_THAT(figures("深化『两个全覆盖』，推行‘三个一’机制，开展学法12次。"), ElementsAre("12次=12 次"));
}

// A reference to a table is no count of 所; 件次 is a unit of its own.
TEST(MetricNumerals, ATableReferenceAndJianci) {
  EXPECT_THAT(figures("如表1所示，全年批示法治工作8件次。"), ElementsAre("8件次=8 件次"));
}

TEST(MetricNumerals, Zero) { EXPECT_THAT(figures("败诉案件0件。"), ElementsAre("0件=0 件")); }

TEST(MetricUnits, MeasureWordsFromTheConfiguredTable) {
  EXPECT_THAT(figures("张贴海报32张，建设广场4处，收回手机5部，联防队21支，平安校园34间，法律咨询286人次。"),
              ElementsAre("32张=32 张", "4处=4 处", "5部=5 部", "21支=21 支", "34间=34 间", "286人次=286 人次"));
  EXPECT_THAT(figures("新建场地1200平方米，流转土地300亩，培训12小时。"),
              ElementsAre("1200平方米=1200 平方米", "300亩=300 亩", "12小时=12 小时"));
  // What county and department reports count besides: case files, inspections of premises, study hours,
  // percentage points (not 个 of something called 百分点).
  EXPECT_THAT(
      figures("评查案卷300卷，检查市场主体1026户次，学法40学时，原创歌曲3首，可办率较上年提高2.3个百分点。"),
      ElementsAre("300卷=300 卷", "1026户次=1026 户次", "40学时=40 学时", "3首=3 首", "2.3个百分点=2.3 个百分点"));
  // 二十届 is the Party congress, not a count.
  EXPECT_THAT(figures("学习贯彻党的二十届三中全会精神。"), IsEmpty());
}

// Department reports count vehicles, equipment sets and doses, measure land in 公顷 and rates in ‰.
TEST(MetricUnits, DepartmentsMeasureWords) {
  EXPECT_THAT(figures("检查车辆1.52万辆次，登记412台套，储备1.2万件套，接种68.42万剂次，供地86.43公顷，超限率2."
                      "6‰，是上年的2.1倍。"),
              ElementsAre("1.52万辆次=15200 辆次", "412台套=412 台套", "1.2万件套=12000 件套",
                          "68.42万剂次=684200 剂次", "86.43公顷=86.43 公顷", "2.6‰=2.6 ‰", "2.1倍=2.1 倍"));
}

// Scores, concentrations and categories; 十分 is "very", 三分之一 a fraction; a rate of pay per head and month.
TEST(MetricUnits, ScoresConcentrationsAndRatesOfPay) {
  EXPECT_THAT(figures("学法考试平均成绩92.6分。PM2.5平均浓度28微克/立方米，化学需氧量15毫克/升。十分重视。"),
              ElementsAre("92.6分=92.6 分", "28微克/立方米=28 微克/立方米", "15毫克/升=15 毫克/升"));
  EXPECT_THAT(figures("用时5分钟。高龄津贴标准为200元/人/月。"),
              ElementsAre("5分钟=5 分钟", "200元/人/月=200 元/人/月"));
}

// An environment bureau writes concentrations with Latin letters too (μg/m³, ug/m3): the same unit as 微克/立方米.
TEST(MetricUnits, ConcentrationsWrittenWithLatinLetters) {
  EXPECT_THAT(figures("PM10年均浓度为48μg/m3，二氧化氮年均浓度为21ug/m³，臭氧浓度为132 μg/m³，PM2.5浓度同比下降2ug/m3，"
                      "一氧化碳0.9mg/m³。"),
              ElementsAre("48μg/m3=48 微克/立方米", "21ug/m³=21 微克/立方米", "132 μg/m³=132 微克/立方米",
                          "2ug/m3=2 微克/立方米", "0.9mg/m³=0.9 毫克/立方米"));
}

// Transport, farming, forestry, fishery and energy departments' measure words.
TEST(MetricUnits, MeasureWordsOfTransportFarmsForestsAndEnergy) {
  EXPECT_THAT(figures("开行城际班车4,200趟，核查渔船126艘，检疫生猪3.2万头，补植林木1.6万株，植树5,000棵，"
                      "增殖放流鱼苗120万尾。"),
              ElementsAre("4,200趟=4200 趟", "126艘=126 艘", "3.2万头=32000 头", "1.6万株=16000 株", "5,000棵=5000 棵",
                          "120万尾=1200000 尾"));
  EXPECT_THAT(
      figures("新增装机容量2.4万千瓦，发电量3.2亿千瓦时，出动执法船艇312航次，检测扬尘120个次。"),
      ElementsAre("2.4万千瓦=24000 千瓦", "3.2亿千瓦时=320000000 千瓦时", "312航次=312 航次", "120个次=120 个次"));
}

// 头 and 尾 count only after digits: 两头 is both ends, 三头六臂 a saying, 收尾 and 结尾 an end; 带头 and 一头 have
// no figure. A category (一类水质) is no count; 个次 before 要 or 生 is 个 and a word (次要, 次生).
TEST(MetricUnits, WordsThatHoldTheNewMeasureWordsAreNoFigures) {
  EXPECT_THAT(figures("改变群众两头跑的状况，干部带头，三头六臂，做好收尾，一头雾水，工作结尾。"), IsEmpty());
  EXPECT_THAT(figures("断面水质达到一类水质，二类水质断面占比提高。"), IsEmpty());
  EXPECT_THAT(figures("梳理3个次要问题，排查2个次生灾害点。"), ElementsAre("3个=3 个", "2个=2 个"));
}

// 类 and 大类 count kinds after digits (梳理审批事项8大类, 分为12类); after a Chinese numeral 类 names a category
// (三类水质), and 类 opening a word (类似, 类型, 类别) or after 第 is no count. A count of kinds takes no code of
// what is sorted: it counts no licence, case or item of work.
TEST(MetricUnits, KindsAreCountedAfterDigits) {
  EXPECT_THAT(figures("全面梳理涉企审批事项8大类，并将便民服务事项分为12类。"),
              ElementsAre("8大类=8 大类", "12类=12 类"));
  EXPECT_THAT(names("全面梳理涉企审批事项8大类，并将便民服务事项分为12类。"),
              ElementsAre("全面梳理涉企审批事项", "便民服务事项"));
  // 共分 sorts as 分为 does: the things sorted name the count, not the verb.
  EXPECT_THAT(names("全镇权责清单事项共分3类，执法事项共分为5类。"), ElementsAre("权责清单事项", "执法事项"));
  EXPECT_THAT(figures("断面水质保持三类水质，此前4类似问题已整改，另有2类型纠纷，列入第3类管理。"), IsEmpty());
  for (const auto& m :
       test::process_text_with_default_pipeline("梳理行政许可事项9大类，划分行政处罚案件为6类。").metrics) {
    EXPECT_EQ(m.code, "") << m.text;
  }
}

// “护、帮、调”三件事, ‘放管服’两项改革: a numeral in words right after a quoted slogan counts the slogan's parts, and
// a slogan inside quotes (“一窗通办”, “三个一”, "两个到位") holds none; a count in digits after a quoted name
// (“法治书屋”26间) is a figure, as before.
TEST(MetricNumerals, ASlogansCountIsNoFigure) {
  EXPECT_THAT(
      figures("紧扣“护、帮、调”三件事，深化‘放管服’两项改革，推广“一窗通办”，落实“三个一”机制和\"两个到位\"要求。"),
      IsEmpty());
  EXPECT_THAT(figures("建成“法治书屋”26间。"), ElementsAre("26间=26 间"));
  // A longer name is of the things counted after it.
  EXPECT_THAT(figures("评选“最美人民调解员”十名。"), ElementsAre("十名=10 名"));
}

// 日 counts days only in a time limit; a date's day is no figure. 内 after a time limit is 以内.
TEST(MetricUnits, DaysInATimeLimit) {
  EXPECT_THAT(figures("审批时限由法定的60日压缩至30日，自受理之日起15日内办结。"),
              ElementsAre("60日=60 日", "30日=30 日", "15日内=15 日 以内"));
  EXPECT_THAT(figures("于3月12日召开会议，12日完成。"), IsEmpty());
  EXPECT_THAT(figures("行政许可事项在三十日内办结，于二〇二四年一月十五日报送。"), ElementsAre("三十日内=30 日 以内"));
  EXPECT_THAT(figures("受理后3个工作日内答复，紧急事项48小时内办结。"),
              ElementsAre("3个工作日内=3 工作日 以内", "48小时内=48 小时 以内"));
  EXPECT_THAT(figures("一般程序案件由90日缩短至60日以内。"), ElementsAre("90日=90 日", "60日以内=60 日 以内"));
}

// A place in a ranking is no count of people; a sum per case is a rate of pay, not a case.
TEST(MetricExclusions, RanksAndSumsPerCase) {
  EXPECT_THAT(figures("在全市考评中位列前三名，进入全市前3位。"), IsEmpty());
  EXPECT_THAT(figures("目前3名律师驻点服务。"), ElementsAre("3名=3 名"));
  const auto metrics = test::process_text_with_default_pipeline("法律援助办案补贴标准为1800元/件。").metrics;
  ASSERT_EQ(metrics.size(), 1u);
  EXPECT_EQ(metrics[0].unit, "元/件");
  EXPECT_EQ(metrics[0].code, "");
}

// Vague counts are approximate counts; views are counted without a unit.
TEST(MetricNumerals, VagueCountsAndViews) {
  EXPECT_THAT(figures("开展普法活动十几次，开展几十次宣传。"), ElementsAre("十几次=10 次 几", "几十次=10 次 几十"));
  EXPECT_THAT(figures("阅读量超过1,000万，点击量达3.2万，全镇人口3.2万。"),
              ElementsAre("超过1,000万=10000000 次 超过", "达3.2万=32000 次 达"));
}

// 参训人次近7.5万, 受益人数超2万: a multiplied figure written without a unit after the noun 人次 or 人数 counts in
// that unit, as one after 阅读量 counts views; a population (全镇人口3.2万) and a bare small number stay no figure.
// 组次 counts inspection teams sent out, as 车次 counts vehicles.
TEST(MetricNumerals, PeopleCountedByANounBeforeAFigureWithoutAUnit) {
  EXPECT_THAT(figures("全年参训人次近7.5万，受益人数超2万，全镇人口3.2万，参训人次300。"),
              ElementsAre("近7.5万=75000 人次 近", "超2万=20000 人 超"));
  EXPECT_THAT(figures("开展联合检查184组次。"), ElementsAre("184组次=184 组次"));
}

// A fraction is a share, in percent rounded to a tenth, its text as written.
TEST(MetricNumerals, FractionsInWordsAreShares) {
  EXPECT_THAT(figures("约三分之一的村法律顾问到村服务，约有十分之一的村规民约未及时修订，近三分之一，三分之二以上的村，"
                      "四分之三的社区。"),
              ElementsAre("约三分之一=33.3 % 约", "十分之一=10 % 约", "近三分之一=33.3 % 近",
                          "三分之二以上=66.7 % 以上", "四分之三=75 %"));
  const auto metrics = test::process_text_with_default_pipeline("约三分之一的村完成。").metrics;
  ASSERT_EQ(metrics.size(), 1u);
  EXPECT_EQ(metrics[0].role, "rate");
}

// 1/3 and 3/4 are shares where the words around say so; a date or a count of votes is none.
TEST(MetricNumerals, FractionsInDigitsAreSharesOnlyAsShares) {
  EXPECT_THAT(figures("占比约1/3，3/4的村完成，1/3以上的社区，占1/4。"),
              ElementsAre("约1/3=33.3 % 约", "3/4=75 %", "1/3以上=33.3 % 以上", "1/4=25 %"));
  EXPECT_THAT(figures("于2025/1/3召开，1/3号开会，以3/4票通过。"), IsEmpty());
}

// Per mille and per ten thousand written in words.
TEST(MetricNumerals, PerMilleAndPerTenThousandInWords) {
  EXPECT_THAT(figures("超限率控制在千分之二以内，过错率低于万分之三。"),
              ElementsAre("千分之二以内=2 ‰ 以内", "低于万分之三=3 ‱ 低于"));
  // 一 after 百分之 is a number, not an article.
  EXPECT_THAT(figures("差错率低于百分之一，过错率千分之一。"), ElementsAre("低于百分之一=1 % 低于", "千分之一=1 ‰"));
}

// An age or an anniversary is no count of weeks.
TEST(MetricExclusions, AgesAndAnniversaries) {
  EXPECT_THAT(figures("全县60周岁以上老年人3.2万人，单位成立10周年。"), ElementsAre("3.2万人=32000 人"));
  EXPECT_THAT(figures("培训2周。"), ElementsAre("2周=2 周"));
}

TEST(MetricUnits, MoneyPerPeriodAndPerPerson) {
  EXPECT_THAT(figures("落实生活补助费1300元/月，每人每月1300元。"),
              ElementsAre("1300元/月=1300 元/月", "每人每月1300元=1300 元/人/月"));
  // The sum a rate of pay is raised to is paid at the same rate.
  EXPECT_THAT(figures("基础养老金由每人每月148元提高到163元。"),
              ElementsAre("每人每月148元=148 元/人/月", "163元=163 元/人/月"));
}

// A change by a tenth, a half or a doubling, and a round figure exceeded: 三成 in that place was read already.
TEST(MetricQualifiers, ChangesByATenthAHalfOrADoubling) {
  EXPECT_THAT(
      figures("信访量下降一成，刑事案件减少近一半，用时比法定时限缩短一半以上，法律咨询量同比翻一番，受众过万人。"),
      ElementsAre("一成=10 %", "近一半=50 % 近", "一半以上=50 % 以上", "翻一番=100 %", "过万人=10000 人 过"));
  std::vector<std::string> roles;
  for (const auto& m :
       test::process_text_with_default_pipeline("信访量下降一成，刑事案件减少近一半，法律咨询量同比翻一番。").metrics) {
    roles.push_back(m.role);
  }
  EXPECT_THAT(roles, ElementsAre("change", "change", "change"));
  // Elsewhere they are words: 一成不变, 一半是, 通过万人.
  EXPECT_THAT(figures("制度一成不变，一半是村干部，通过万人评议。"), IsEmpty());
}

// A tenth or a half hedged as a share measured (不足一成, 近一半, 超过一半, 约占一半) is a share as 近三成 and 逾四成
// are, its hedge the qualifier; 过半 after 占 or before 的 and a noun is one above half.
TEST(MetricQualifiers, ATenthOrAHalfHedgedIsAShare) {
  EXPECT_THAT(
      figures("村级调处的纠纷占比不足一成，简易程序案件占全部案件的近一半，超过一半的行政执法人员具有法律职业资格，"
              "女性调解员约占一半，复议纠错案件未达一成，行政复议纠错率近三成，逾四成的事项当场办结，"
              "超过三分之二的纠纷在村级化解。"),
      ElementsAre("不足一成=10 % 不足", "近一半=50 % 近", "超过一半=50 % 超过", "一半=50 % 约", "未达一成=10 % 未达",
                  "近三成=30 % 近", "逾四成=40 % 逾", "超过三分之二=66.7 % 超过"));
  EXPECT_THAT(figures("过半的村（社区）已建成法治文化阵地，线上办理的事项占比过半。"),
              ElementsAre("过半=50 % 过", "过半=50 % 过"));
  EXPECT_THAT(names("过半的村（社区）已建成法治文化阵地，线上办理的事项占比过半。"),
              ElementsAre("村（社区）建成法治文化阵地", "线上办理的事项占比"));
}

// Half written 半数 is a share where a hedge or 占 sets it against a whole, or a bound before 的 and a noun; a
// majority needed for a vote is none. A hedge before 占 (or before 有) is the share's qualifier.
TEST(MetricQualifiers, HalfWrittenBanshuAndHedgesBeforeZhan) {
  EXPECT_THAT(figures("超过半数的村建成法治广场，过半数的社区开展讲座，半数以上的企业完成整改，近半数的案件当场办结。"),
              ElementsAre("超过半数=50 % 超过", "过半数=50 % 过", "半数以上=50 % 以上", "近半数=50 % 近"));
  EXPECT_THAT(names("超过半数的村建成法治广场，九成以上的纠纷已在村级化解。"),
              ElementsAre("村建成法治广场", "纠纷在村级化解"));
  EXPECT_THAT(figures("须经半数以上代表同意，经过半数成员通过，过半数通过，经村民会议过半数的成员同意，"
                      "超过半数的代表赞成，占用耕地一半。"),
              IsEmpty());
  EXPECT_THAT(
      figures("撤销案件约占一半，简易程序约占全部案件的一半，调解案件约占三成，约占总数的35%，约有四分之一的村完成。"),
      ElementsAre("一半=50 % 约", "一半=50 % 约", "三成=30 % 约", "35%=35 % 约", "四分之一=25 % 约"));
  // 村规民约 ends in 约: no hedge.
  EXPECT_THAT(figures("修订村规民约有12份。"), ElementsAre("12份=12 份"));
}

// A bare half is a rule, not a share found (领导干部一半以上的时间深入基层); a majority of a vote (过半数通过) and a
// time or a task half gone (时间过半、任务过半, 一年过半) are no shares either, nor is 过半 after 通过 or 经过.
TEST(MetricQualifiers, AHalfThatIsNoShareFound) {
  EXPECT_THAT(figures("领导干部一半以上的时间深入基层。村务事项须经村民代表会议过半数通过，经全体组成人员过半数同意。"
                      "确保时间过半、任务过半，一年过半，通过半年的努力，经过半天讨论。"),
              IsEmpty());
}

// 多达 hedges as 达 does; 上下 after a unit is about as much, as 左右 is.
TEST(MetricQualifiers, AsManyAsAndAboutWithShangxia) {
  EXPECT_THAT(figures("多达300人参加，参会代表300人上下，100人上下班。"),
              ElementsAre("多达300人=300 人 多达", "300人上下=300 人 上下", "100人=100 人"));
  EXPECT_THAT(names("参训群众多达300人。"), ElementsAre("参训群众"));
}

TEST(MetricQualifiers, ApproximationsAndBounds) {
  EXPECT_THAT(figures("发放9600余份，300多人，近100万元，约50人，100人左右，85%以上，10人以下。"),
              ElementsAre("9600余份=9600 份 余", "300多人=300 人 多", "近100万元=1000000 元 近", "约50人=50 人 约",
                          "100人左右=100 人 左右", "85%以上=85 % 以上", "10人以下=10 人 以下"));
  EXPECT_THAT(figures("不少于12次，超过200人，达98%，上千人参加。"),
              ElementsAre("不少于12次=12 次 不少于", "超过200人=200 人 超过", "达98%=98 % 达", "上千人=1000 人 上千"));
  EXPECT_THAT(figures("办结时限压缩至3个工作日以内，执法人员不足3名，8个工作小时。"),
              ElementsAre("3个工作日以内=3 工作日 以内", "不足3名=3 名 不足", "8个工作小时=8 小时"));
  EXPECT_THAT(figures("律师总数突破3,000名，覆盖率约为85%。"),
              ElementsAre("突破3,000名=3000 名 突破", "约为85%=85 % 约为"));
}

TEST(MetricExclusions, YearsAndDates) {
  EXPECT_THAT(figures("2024年3月12日召开会议，《纲要（2021-2025年）》，2021-2025年，2024-12-17 10:32发布。"),
              IsEmpty());
}

TEST(MetricExclusions, Ordinals) {
  EXPECT_THAT(figures("第一时间处置，依照第二十五条，第二届活动，第3次会议。"), IsEmpty());
  // A congress's session is numbered after its 届; a meeting held so many times is a count.
  EXPECT_THAT(figures("学习贯彻省委十五届六次全会、县委十四届七次全会和十四届全国人大二次会议精神。召开党委会议12次。"),
              ElementsAre("12次=12 次"));
}

// Names that hold numerals: a national service hotline, a programme of a hundred, slogans.
TEST(MetricExclusions, HotlinesProgrammesAndSlogans) {
  EXPECT_THAT(
      figures(
          "公布12333人社服务热线，实施百名法律明白人培养工程，落实两个规定和三个区分开来要求，构建三位一体工作机制。"
          "受理投诉12,333件。"),
      ElementsAre("12,333件=12333 件"));
  EXPECT_THAT(figures("述法覆盖率达百分之百。"), ElementsAre("达百分之百=100 % 达"));
  EXPECT_THAT(figures("培训骨干教师百余人次，出具法律意见书近百份。"),
              ElementsAre("百余人次=100 人次 余", "近百份=100 份 近"));
}

// An official document's print run (（共印5份） in its 版记) counts copies of the document, no work done.
TEST(MetricExclusions, APrintRunIsNoFigure) {
  for (const std::string run : {"（共印5份）", "共印5份", "（共印：20份）"}) {
    EXPECT_THAT(
        figures("全年印发宣传资料300份。\n共印发普法读本3000份\n柳溪乡党政综合办公室 2024年1月13日印发\n" + run),
        ElementsAre("300份=300 份", "3000份=3000 份"))
        << run;
  }
}

TEST(MetricExclusions, NumeralsInNamesAndSlogans) {
  EXPECT_THAT(figures("学习二十大和二十届三中全会精神，推进八五普法和十四五规划，开展12·4国家宪法日活动，"
                      "落实一村一法律顾问和“四个一”工作法，形成1+3+N机制，推行“三所联动”，增强四个意识。"),
              IsEmpty());
}

TEST(MetricExclusions, HotlinesAndDocumentNumbers) {
  EXPECT_THAT(figures("拨打12348热线，依据〔2024〕5号文件。"), IsEmpty());
}

TEST(MetricExclusions, HeadingMarkersAndEnumerations) {
  EXPECT_THAT(figures("一、工作情况\n（一）加强领导\n1.健全机制。一是强化领导，二是完善制度。"), IsEmpty());
}

TEST(MetricExclusions, SetPhrases) {
  EXPECT_THAT(figures("进一步统一思想，一些干部在第一时间到三角公园一站式服务，一人一档，一次性告知。"), IsEmpty());
  EXPECT_THAT(figures("落实中央八项规定精神和行政执法三项制度，压实两个责任，推行三张清单。"), IsEmpty());
}

TEST(MetricExclusions, ABareNumberWithoutAUnitIsNotAFigure) {
  EXPECT_THAT(figures("新增探头36特别要求各校建立系统，已化解事件3080，涉军群体等8特殊群体。"), IsEmpty());
}

// An earlier figure named only by its period counts what the current figure of its unit counts.
TEST(MetricIndicators, AnEarlierFigureNamedOnlyByItsPeriod) {
  const auto metrics =
      test::process_text_with_default_pipeline(
          "全年组织税费收入28.63亿元，同比增长9.6%，上年为26.12亿元。发生生产安全事故12起，死亡9人，上年"
          "分别为15起和12人。")
          .metrics;
  std::vector<std::string> earlier;
  for (const auto& m : metrics) {
    if (m.role == "previous") earlier.push_back(m.text + " " + m.indicator);
  }
  EXPECT_THAT(earlier, ElementsAre("26.12亿元 税费收入", "15起 发生生产安全事故", "12人 死亡"));
  // Nor is it the change between them: 41 is of 受理信访事项, not of 较上年减少.
  const auto after_a_change =
      test::process_text_with_default_pipeline("受理信访事项37件，较上年减少4件，2023年为41件。").metrics;
  ASSERT_EQ(after_a_change.size(), 3u);
  EXPECT_EQ(after_a_change[2].indicator, "受理信访事项");
  EXPECT_EQ(after_a_change[2].code, "petitions");
}

// The level reached after a change of the same thing, or after a sum of years, counts what the figure before it
// counts: a clause of nothing but 达到 after a comma, a bare deed of the figure before (2024年办理); not a noun
// the figure before also names (其中投诉6,139件 after 受理消费者投诉举报).
TEST(MetricIndicators, TheLevelReachedCountsWhatTheFigureBeforeItCounts) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "受理行政复议申请同比增长近一倍，达到5,126件。律师总数突破3,000名，达到3,046名。“十四五”"
                           "以来累计办理法律援助案件4.3万件，2024年办理1.1万件。开展讲座3场，120人参加。"
                           "全年受理消费者投诉举报9,426件，其中投诉6,139件。")
                           .metrics;
  std::vector<std::string> named;
  for (const auto& m : metrics) named.push_back(m.text + " " + m.indicator + " " + m.code);
  EXPECT_THAT(
      named, ElementsAre("近一倍 受理行政复议申请同比增长 ", "达到5,126件 受理行政复议申请 admin_reconsideration_cases",
                         "突破3,000名 律师总数 practising_lawyers", "达到3,046名 律师总数 practising_lawyers",
                         "4.3万件 “十四五”以来累计办理法律援助案件 legal_aid", "1.1万件 办理法律援助案件 legal_aid",
                         "3场 讲座 legal_lectures", "120人  ", "9,426件 受理消费者投诉举报 ", "6,139件 投诉 "));
}

// The year's share of a total over several years, said by a bare deed after the year or 全年 in the next clause or
// sentence, counts what that total counted; a bare deed with no earlier figure of its unit names nothing new.
TEST(MetricIndicators, ABareDeedOfTheYearCountsWhatTheTotalBeforeItCounted) {
  const auto metrics =
      test::process_text_with_default_pipeline(
          "某镇2025年法治政府建设年度报告\n一、主要成效\n“八五”普法以来，全镇累计开展普法活动386场次，"
          "覆盖群众11.5万人次；2025年开展79场次。“八五”普法实施以来，累计举办法治讲座210场，受众2.8万"
          "人次。全年举办52场。走访企业40家；全年办理9件。全镇累计接待群众来访320人次。全年开展45人次。")
          .metrics;
  std::vector<std::string> named;
  for (const auto& m : metrics) named.push_back(m.text + " " + m.indicator + " " + m.code);
  EXPECT_THAT(named, Contains("79场次 开展普法活动 publicity_events"));
  EXPECT_THAT(named, Contains("52场 举办法治讲座 legal_lectures"));
  EXPECT_THAT(named, Contains("9件 办理 "));  // no figure of its unit before it
  EXPECT_THAT(named, Contains("45人次  "));   // not the deed of the figure before
}

// An earlier figure named by nothing but the year or the plan's end it is compared with (较2020年的41场次,
// 比“十三五”末的2020年（94件）, 比“十三五”期末的…) counts what the current figure of its unit before it counts.
TEST(MetricIndicators, AnEarlierFigureNamedByTheYearComparedWith) {
  const auto metrics =
      test::process_text_with_default_pipeline(
          "某县2025年法治政府建设年度报告\n一、主要成效\n全年受理行政复议案件126件，较2020年的97件增长"
          "29.9%。全县调解矛盾纠纷1,260件，比“十三五”末的2020年（1,094件）增加166件。全年办理法律援助案件"
          "306件，其中农民工案件85件。比“十三五”期末的2020年（251件）增加55件。")
          .metrics;
  std::vector<std::string> earlier;
  for (const auto& m : metrics) {
    if (m.role == "previous") earlier.push_back(m.text + " " + m.indicator + " " + m.code);
  }
  EXPECT_THAT(earlier, ElementsAre("97件 受理行政复议案件 admin_reconsideration_cases",
                                   "1,094件 调解矛盾纠纷 mediation_cases", "251件 办理法律援助案件 legal_aid"));
}

// The year before said as a period (较上年（268件）, 较上年末的…) compares as a year named does; a bracketed earlier
// figure with no current one before it in its sentence is named by the words its clause opens with.
TEST(MetricIndicators, AnEarlierFigureComparedWithTheYearBefore) {
  const auto metrics =
      test::process_text_with_default_pipeline(
          "某县2025年法治政府建设年度报告\n一、主要成效\n全年受理行政复议案件142件，较上年（118件）增加"
          "24件。其他案件47件。查处违法案件数较上年（268件）减少31件。全县行政执法人员下降为842名，"
          "较上年末的905名减少63名。")
          .metrics;
  std::vector<std::string> earlier;
  for (const auto& m : metrics) {
    if (m.role == "previous") earlier.push_back(m.text + " " + m.indicator + " " + m.code);
  }
  EXPECT_THAT(earlier,
              ElementsAre("118件 受理行政复议案件 admin_reconsideration_cases", "268件 查处违法案件数 penalty_cases",
                          "905名 行政执法人员较上年末 enforcement_officers"));
}

// A change right after an earlier figure named only by the year compared with (比2024年的468件, a bracket after
// 较上年) is the change of the current figure before it, named as it is, as after 较上年的356件; a change after a
// current figure compared with a year keeps the comparison in its name.
TEST(MetricIndicators, AChangeAfterAnEarlierFigureNamedOnlyByItsYear) {
  EXPECT_THAT(
      names(
          "某县2025年法治政府建设年度报告\n全年受理行政复议案件312件，较上年（356件）减少44件。办理法律援助案件520件，"
          "比2024年的468件增加52件。"
          "调解纠纷96件，较上年的81件增加15件。受理信访事项36件，比2024年增加5件。查处案件数较上年（268件）减少31件。"),
      ElementsAre("受理行政复议案件", "受理行政复议案件", "受理行政复议案件减少", "办理法律援助案件",
                  "办理法律援助案件", "办理法律援助案件增加", "调解纠纷", "调解纠纷较上年", "调解纠纷增加",
                  "受理信访事项", "受理信访事项比2024年增加", "查处案件数", "查处案件数减少"));
}

// A sum named after the items it adds up is named by all of them, and coded only when they all share a code: the
// fines are one part of 查补税款、滞纳金、罚款合计.
TEST(MetricIndicators, ASumOfListedItemsIsNamedByThemAll) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "查补税款、滞纳金、罚款合计1.28亿元，其中罚款2,463.5万元。罚款、罚金共计36万元。"
                           "开展法治讲座、普法讲座共12场。罚没款合计8万元。")
                           .metrics;
  std::vector<std::string> named;
  for (const auto& m : metrics) named.push_back(m.text + " " + m.indicator + " " + m.code);
  EXPECT_THAT(named, ElementsAre("1.28亿元 查补税款、滞纳金、罚款合计 ", "2,463.5万元 罚款 fines",
                                 "36万元 罚款、罚金共计 fines", "12场 开展法治讲座、普法讲座共 legal_lectures",
                                 "8万元 罚没款合计 fines"));
}

// A figure that describes a class (人数为3—5人的县区有6个) counts nothing of its own; the count of the class is named
// by it.
TEST(MetricIndicators, AFigureDescribingAClassIsNoCount) {
  const auto metrics =
      test::process_text_with_default_pipeline("政府法律顾问团队人数为3—5人的县区有6个。聘请法律顾问12名。").metrics;
  ASSERT_EQ(metrics.size(), 3u);
  EXPECT_EQ(metrics[0].code, "");
  EXPECT_EQ(metrics[1].indicator, "县区");
  EXPECT_EQ(metrics[2].code, "legal_advisers");
}

// A clause of nothing but 共计 after a providing verb counts its object, quoted or not.
TEST(MetricIndicators, AQuotedObjectOfAProvidingVerb) {
  const auto metrics = test::process_text_with_default_pipeline("11个行政村全部配备“法律明白人”，共计68名。").metrics;
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[1].indicator, "“法律明白人”");
  EXPECT_EQ(metrics[1].code, "legal_literates");
}

// A code restricted to units names figures in those units only: officers are people, not mobilizations.
TEST(MetricIndicators, ACodeForSomeUnitsOnly) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "全县执法人员126人，出动执法人员3,416人次，设立调解组织28个，罚没款63.5万元。")
                           .metrics;
  std::vector<std::string> codes;
  for (const auto& m : metrics) codes.push_back(m.text + " " + m.code);
  EXPECT_THAT(codes, ElementsAre("126人 enforcement_officers", "3,416人次 ", "28个 ", "63.5万元 fines"));
}

// What a classifier counts ends before what became of it.
TEST(MetricIndicators, AClassifiersNounEndsBeforeWhatBecameOfIt) {
  const auto metrics = test::process_text_with_default_pipeline("已有3个村获评省级民主法治示范村。").metrics;
  ASSERT_EQ(metrics.size(), 1u);
  EXPECT_EQ(metrics[0].indicator, "村");
}

// A long clause is not cut where only a generic word would be left.
TEST(MetricIndicators, NoCutLeavesOnlyAGenericWord) {
  const auto metrics = test::process_text_with_default_pipeline("主持党工委会议研究法治建设工作4次。").metrics;
  ASSERT_EQ(metrics.size(), 1u);
  EXPECT_EQ(metrics[0].indicator, "主持党工委会议研究法治建设工作");
}

// A long clause cut to its end is not cut inside a number (a phone number's tail names nothing).
TEST(MetricIndicators, ALongClauseIsNotCutInsideANumber) {
  const auto metrics =
      test::process_text_with_default_pipeline("通过12336违法线索举报热线和0736-5321890举报电话受理群众举报86件。")
          .metrics;
  ASSERT_EQ(metrics.size(), 1u);
  EXPECT_EQ(metrics[0].indicator, "举报电话受理群众举报");
}

// The examples' 等 is no part of what is counted; 在用 (in use) is no 在 (at).
TEST(MetricIndicators, TheExamplesDengAndZaiYong) {
  const auto metrics =
      test::process_text_with_default_pipeline(
          "印发《石门县集体经营性建设用地入市管理办法》（石政发〔2024〕11号）等规范性文件3件。全县在用电梯"
          "1,874台。")
          .metrics;
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[0].indicator, "规范性文件");
  EXPECT_EQ(metrics[1].indicator, "在用电梯");
  EXPECT_EQ(test::process_text_with_default_pipeline("完成等保测评12次。").metrics.at(0).indicator, "等保测评");
}

// A short bracket right before the figure belongs to what it counts.
TEST(MetricIndicators, AShortBracketBeforeTheFigure) {
  const auto metrics = test::process_text_with_default_pipeline("全乡建成民主法治示范村（社区）36个。").metrics;
  ASSERT_EQ(metrics.size(), 1u);
  EXPECT_EQ(metrics[0].indicator, "建成民主法治示范村（社区）");
  // So does one inside the name: each level of a listing is named by its own words.
  EXPECT_THAT(names("全县建成退役军人服务站196个，其中县级1个、乡镇（街道）级14个、村（社区）级181个。"),
              ElementsAre("建成退役军人服务站", "县级", "乡镇（街道）级", "村（社区）级"));
}

// A list label run in before the sentence is no part of what it counts.
TEST(MetricIndicators, ARunInListLabelIsNoPartOfTheIndicator) {
  const auto metrics =
      test::process_text_with_default_pipeline("一、工作\n1.领导干部学法15次。\n（2）办理行政复议案件64件。").metrics;
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[0].indicator, "领导干部学法");
  EXPECT_EQ(metrics[1].indicator, "办理行政复议案件");
}

TEST(MetricIndicators, ThePhraseThatSaysWhatWasCounted) {
  const auto metrics =
      test::process_text_with_default_pipeline(
          "年内共开展法治讲座14期，法律咨询286人次，调解成功率达98.72%。目前我所4名社区矫正对象思想稳定。")
          .metrics;
  ASSERT_EQ(metrics.size(), 4u);
  EXPECT_EQ(metrics[0].indicator, "法治讲座");
  EXPECT_EQ(metrics[0].code, "legal_lectures");
  EXPECT_EQ(metrics[1].indicator, "法律咨询");
  EXPECT_EQ(metrics[1].code, "legal_consultations");
  EXPECT_EQ(metrics[2].indicator, "调解成功率");
  EXPECT_EQ(metrics[2].code, "mediation_success_rate");
  EXPECT_EQ(metrics[3].indicator, "社区矫正对象");
  EXPECT_EQ(metrics[3].code, "community_corrections");
}

// A long clause is cut after its last verb of doing, but not where that leaves only 工作: 建设 there is a noun.
TEST(MetricIndicators, ALongClauseIsCutWhereWhatIsLeftStillNamesSomething) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "全年主持召开专题会议研究法治建设工作五次，全镇各村积极组织开展法治文化阵地建设3处。")
                           .metrics;
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[0].indicator, "专题会议研究法治建设工作");
  EXPECT_EQ(metrics[1].indicator, "法治文化阵地建设");
}

// 全区, 我县, 本街道 … say where, not what: a district's or a county's report reads like a township's.
TEST(MetricIndicators, TheReportingAreaIsNotPartOfWhatWasCounted) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "全区建成公共法律服务工作站12个。我县办理法律援助案件512件。本街道培养法律明白人86名。"
                           "全区共有人民调解委员会141个。")
                           .metrics;
  ASSERT_EQ(metrics.size(), 4u);
  EXPECT_EQ(metrics[0].indicator, "建成公共法律服务工作站");
  EXPECT_EQ(metrics[1].indicator, "办理法律援助案件");
  EXPECT_EQ(metrics[2].indicator, "培养法律明白人");
  EXPECT_EQ(metrics[3].indicator, "人民调解委员会");
  EXPECT_EQ(metrics[3].code, "mediators");  // the committees, as 调委会: not cases mediated
}

// What a figure counts when the words before it do not say: the object after a clause that ends on a verb,
// the figure before it in the sentence after 全年共, the same as its neighbour when written right after it.
TEST(MetricIndicators, AFigureTheWordsBeforeItDoNotNameTakesItsNameFromAround) {
  const auto metrics =
      test::process_text_with_default_pipeline("每月开展1次法律咨询，全年共12次。全年接待来访群众150批次523人次。")
          .metrics;
  ASSERT_EQ(metrics.size(), 4u);
  EXPECT_EQ(metrics[0].indicator, "法律咨询");
  EXPECT_EQ(metrics[1].indicator, "法律咨询");
  EXPECT_EQ(metrics[2].unit, "批次");
  EXPECT_EQ(metrics[2].indicator, "来访群众");
  EXPECT_EQ(metrics[3].indicator, "来访群众");
  // Unless that sentence went on to provide something else: the 112 are the staff, not more units.
  const auto staff = test::process_text_with_default_pipeline("全镇35个单位均配备法制审核人员，共112名。").metrics;
  ASSERT_EQ(staff.size(), 2u);
  EXPECT_EQ(staff[1].indicator, "法制审核人员");
  // 通过 alone is what passed; a time of the year (年底前) is no part of a name.
  const auto passed =
      test::process_text_with_default_pipeline("参考186人，通过179人。2024年底前新创建民主法治示范村1个。").metrics;
  ASSERT_EQ(passed.size(), 3u);
  EXPECT_EQ(passed[1].indicator, "通过");
  EXPECT_EQ(passed[2].indicator, "新创建民主法治示范村");
  // A change is of the last figure that is no change and no earlier period's, in its sentence.
  const auto changes = test::process_text_with_default_pipeline(
                           "开展涉企行政检查5,832次，较上年减少2,670次，同比下降31.4%。随机抽查经营主体1,860户次，"
                           "上年为2,282户次，同比下降18.5%。发生事故4起、死亡4人，上年分别为6起和7人，同比分别下降"
                           "33.3%和42.9%。")
                           .metrics;
  ASSERT_EQ(changes.size(), 12u);
  EXPECT_EQ(changes[2].indicator, "涉企行政检查同比下降");
  EXPECT_EQ(changes[5].indicator, "随机抽查经营主体同比下降");
  EXPECT_EQ(changes[10].indicator, "发生事故同比下降");
  EXPECT_EQ(changes[11].indicator, "死亡同比下降");
  // A change in a count's unit is the count's, even after a rate; one in percent right after a rate, the rate's.
  const auto after_rate = test::process_text_with_default_pipeline(
                              "受理行政复议案件120件，结案率95%，较上年增加10件。调解成功率97%，同比增长3%。")
                              .metrics;
  ASSERT_EQ(after_rate.size(), 5u);
  EXPECT_EQ(after_rate[2].indicator, "受理行政复议案件较上年增加");
  EXPECT_EQ(after_rate[4].indicator, "调解成功率同比增长");
  // A figure set after another by ， is no second count of it.
  EXPECT_EQ(test::process_text_with_default_pipeline("全镇共有行政村12个，2,000户。").metrics.at(1).indicator, "");
  // A short bracket after a classifier's first word is part of the name; a verb after the noun ends it.
  const auto places = test::process_text_with_default_pipeline(
                          "年底17个村（社区）党组织书记全部参加培训。14个司法所设立执法监督联络点。")
                          .metrics;
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0].indicator, "村（社区）党组织书记");
  EXPECT_EQ(places[1].indicator, "司法所");
  // 和 joins two nouns of one name; 公共 is a word; a description before 的 leaves the name to what follows it.
  const auto nouns = test::process_text_with_default_pipeline(
                         "组织45名区级部门和街道主要负责人述法。建成8个街道公共法律服务工作站。对2名存在违法违纪问题的"
                         "执法人员移交处理。修订完善《某县突发事件总体应急预案》和专项应急预案23件。")
                         .metrics;
  ASSERT_EQ(nouns.size(), 4u);
  EXPECT_EQ(nouns[0].indicator, "区级部门和街道主要负责人");
  EXPECT_EQ(nouns[1].indicator, "街道公共法律服务工作站");
  EXPECT_EQ(nouns[2].indicator, "执法人员");
  EXPECT_EQ(nouns[3].indicator, "《某县突发事件总体应急预案》和专项应急预案");
  // But 及时 is no 及, and a verb after 和 ends the noun.
  const auto verbs =
      test::process_text_with_default_pipeline("建立12个调解组织及时化解矛盾纠纷。配备5名调解员和设立调解室3个。")
          .metrics;
  ASSERT_EQ(verbs.size(), 3u);
  EXPECT_EQ(verbs[0].indicator, "调解组织");
  EXPECT_EQ(verbs[1].indicator, "调解员");
  // Nor does a change after the classifier name anything: what changed is before the figure.
  const auto grown = test::process_text_with_default_pipeline("社区“法律服务驿站”由6个增加到12个。").metrics;
  ASSERT_EQ(grown.size(), 2u);
  EXPECT_EQ(grown[0].indicator, "社区“法律服务驿站”");
  EXPECT_EQ(grown[1].indicator, "社区“法律服务驿站”");
  // Quoted names and book titles belong to the clause; examples before a figure leave the name to what
  // follows it, as 的 does after a rate; a figure set after another by 、 alone counts what it counted.
  const auto quoted = test::process_text_with_default_pipeline(
                          "开展“法律进社区”活动48场，其中学习新修订《行政复议法》2次。对《城市管理条例实施细则》等"
                          "28件规范性文件开展清理。九成以上的纠纷在村级化解。组织执法资格培训3期、逾300人次。")
                          .metrics;
  ASSERT_EQ(quoted.size(), 6u);
  EXPECT_EQ(quoted[0].indicator, "“法律进社区”活动");
  EXPECT_EQ(quoted[0].code, "publicity_events");
  EXPECT_EQ(quoted[1].indicator, "学习新修订《行政复议法》");
  EXPECT_EQ(quoted[2].indicator, "规范性文件");
  EXPECT_EQ(quoted[3].indicator, "纠纷在村级化解");
  EXPECT_EQ(quoted[5].indicator, "执法资格培训");
  // A rate made of a verb keeps it: 配备率 is no bare 率.
  const auto rate = test::process_text_with_default_pipeline("在82所中小学配备法治副校长，配备率100%。").metrics;
  ASSERT_EQ(rate.size(), 2u);
  EXPECT_EQ(rate[1].indicator, "配备率");
  // A figure right after a bracket is not its neighbour's: 7 were not settled, the bracket says what else.
  const auto unsettled =
      test::process_text_with_default_pipeline("共排查矛盾纠纷205宗，已成功化解198宗，未化解(或化解中)7宗。").metrics;
  ASSERT_EQ(unsettled.size(), 3u);
  EXPECT_EQ(unsettled[2].indicator, "未化解(或化解中)");
  // One character after the figure is still a name when nothing else is.
  const auto villages = test::process_text_with_default_pipeline("全镇共18个村。").metrics;
  ASSERT_EQ(villages.size(), 1u);
  EXPECT_EQ(villages[0].indicator, "村");
}

// Lists and tables in prose: "行政处罚案件：156件" names the figure by its label.
TEST(MetricIndicators, ALabelBeforeAColonNamesTheFigureAfterIt) {
  const auto metrics =
      test::process_text_with_default_pipeline("行政处罚案件：156件\n其中：简易程序：38件\n罚没款金额：218.6万元\n")
          .metrics;
  ASSERT_EQ(metrics.size(), 3u);
  EXPECT_EQ(metrics[0].indicator, "行政处罚案件");
  EXPECT_EQ(metrics[1].indicator, "简易程序");
  EXPECT_EQ(metrics[2].indicator, "罚没款金额");
  EXPECT_EQ(metrics[2].code, "fines");  // money, but fines, not funds
}

// 违法行为 ends in 为 and 在册 starts with 在, but neither is a hedge or a time word there.
TEST(MetricIndicators, WordsThatContainANoiseWordKeepIt) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "立案查处违法行为17起。辖区在册社区矫正对象14人。有效警情581起。人均15元。")
                           .metrics;
  ASSERT_EQ(metrics.size(), 4u);
  EXPECT_EQ(metrics[0].indicator, "立案查处违法行为");
  EXPECT_EQ(metrics[1].indicator, "在册社区矫正对象");
  EXPECT_EQ(metrics[2].indicator, "有效警情");
  EXPECT_EQ(metrics[3].indicator, "人均");
}

// A clause too long to show whole is cut where a word ends (执法队现有|执法人员), never mid-word; one with no
// such place is kept whole up to 20 characters.
TEST(MetricIndicators, ALongClauseIsNeverCutMidWord) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "街道综合行政执法队现有执法人员12名。困难群众住院费用政策范围内报销比例达到90%。"
                           "力争2024年创建市级民主法治示范村1个。")
                           .metrics;
  ASSERT_EQ(metrics.size(), 3u);
  EXPECT_EQ(metrics[0].indicator, "执法人员");
  EXPECT_EQ(metrics[1].indicator, "报销比例");
  EXPECT_EQ(metrics[2].indicator, "创建市级民主法治示范村");
}

// 同比增长15% is the change of the figure before it: named by both, and coded as neither (a change summed with
// counts would be wrong). 由5个工作日压缩至2个工作日: both are the 时限.
TEST(MetricIndicators, AChangeIsNamedByWhatChanged) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "办理行政复议案件46件，同比增加2件，增长4.5%。审批时限由5个工作日压缩至2个工作日。")
                           .metrics;
  ASSERT_EQ(metrics.size(), 5u);
  EXPECT_EQ(metrics[0].code, "admin_reconsideration_cases");
  EXPECT_EQ(metrics[1].indicator, "办理行政复议案件同比增加");
  EXPECT_EQ(metrics[1].code, "");
  EXPECT_EQ(metrics[3].indicator, "审批时限");
  EXPECT_EQ(metrics[4].indicator, "审批时限");
}

// The object of a verb of handling is what was counted: committees that took in disputes count disputes.
TEST(MetricIndicators, WhatAVerbOfHandlingTakesDecidesTheCode) {
  const auto metrics =
      test::process_text_with_default_pipeline(
          "乡、村两级人民调解委员会全年受理矛盾纠纷36件。全乡共有人民调解委员会12个。排查矛盾纠纷205宗。")
          .metrics;
  ASSERT_EQ(metrics.size(), 3u);
  EXPECT_EQ(metrics[0].code, "mediation_cases");
  EXPECT_EQ(metrics[1].code, "mediators");
  EXPECT_EQ(metrics[2].code, "dispute_screening");
}

// 一是…二是… enumerate inside a paragraph: the numbering is not what was counted. A noun after a measure
// word stops before the verb that follows it.
TEST(MetricIndicators, EnumerationsAndVerbsAfterTheNounAreNotPartOfIt) {
  const auto metrics =
      test::process_text_with_default_pipeline(
          "一是开展法治讲座12场；二是组织12名部门主要负责人开展年终述法；三是将2名人员移交派出所依法处理。")
          .metrics;
  ASSERT_EQ(metrics.size(), 3u);
  EXPECT_EQ(metrics[0].indicator, "法治讲座");
  EXPECT_EQ(metrics[1].indicator, "部门主要负责人");
  EXPECT_EQ(metrics[2].indicator, "人员");
}

// A leader's appearances in court are not cases: summed with the cases they would count each case twice.
TEST(MetricIndicators, AppearancesInCourtAreNotCases) {
  const auto metrics =
      test::process_text_with_default_pipeline("办理行政诉讼案件3件，主要负责人带头出庭应诉2次。").metrics;
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[0].code, "admin_litigation_cases");
  EXPECT_EQ(metrics[1].code, "court_appearances");
}

// "text=code" of each figure the default pipeline finds in `text`.
std::vector<std::string> codes_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : test::process_text_with_default_pipeline(text).metrics) out.push_back(m.text + "=" + m.code);
  return out;
}

// Rates listed before 均 share one figure: it is named by all of them and coded by the first that names a code.
// A rate listed with others but given its own figure, and a longer clause, keep the usual naming.
TEST(MetricIndicators, RatesSharingOneFigureAreNamedByAll) {
  EXPECT_THAT(names("全乡干部参加年度学法考试，参考率、合格率均为百分之百。安置帮教对象41名，衔接率、帮教率均为100%。"
                    "报备率、及时率均达到100%。"),
              ElementsAre("参考率、合格率", "安置帮教对象", "衔接率、帮教率", "报备率、及时率"));
  EXPECT_THAT(codes_of("参考率、合格率均为百分之百，报备率、及时率均达到100%，满意率、知晓率均为95%。"),
              ElementsAre("百分之百=exam_participation_rate", "达到100%=filing_rate", "95%="));
  EXPECT_THAT(names("参考率100%，合格率98%。群众法律知识知晓率、满意率稳步提升，达到96%。"),
              ElementsAre("参考率", "合格率", "群众法律知识知晓率、满意率"));
  // Joined by a conjunction, as often as by 、; a rate whose own name holds one (和解率, 及时率) stays whole.
  EXPECT_THAT(names("参加年度法治理论考试，参考率和通过率均达100%，备案率与及时率均为100%，和解率、及时率均为90%。"),
              ElementsAre("参考率、通过率", "备案率、及时率", "和解率、及时率"));
}

// Service departments' figures: calls and couples are counted, money recovered and involved is no funds spent,
// a school's 法 is no study of law, 解除 a labour contract no correction, a lawyer's lawsuits no administrative
// ones, a service's own counter no legal advice; penalty cases and licences have codes of their own.
TEST(MetricIndicators, CodesOfServiceDepartmentsFigures) {
  EXPECT_THAT(codes_of("热线接听来电2,036通，办理婚姻登记2,864对，开展1对1帮扶，3通过审查。"),
              ElementsAre("2,036通=hotline_tickets", "2,864对="));
  EXPECT_THAT(codes_of("聘任中小学法治副校长120名，开展中小学法治教育课156节，组织干部学法12次。"),
              ElementsAre("120名=vice_principals", "156节=", "12次=legal_training"));
  EXPECT_THAT(codes_of("依法解除行政协议3份，解除租赁合同5份。"), ElementsAre("3份=", "5份="));
  EXPECT_THAT(codes_of("受理解除劳动合同争议71件，解除矫正155名。律师代理各类诉讼案件2,140件，行政应诉案件12件。"),
              ElementsAre("71件=", "155名=community_corrections", "2,140件=", "12件=admin_litigation_cases"));
  EXPECT_THAT(
      codes_of("医保服务热线接听咨询1.8万人次，窗口接待政策咨询3,400人次，接待法律咨询200人次，群众咨询50人次。"),
      ElementsAre("1.8万人次=hotline_tickets", "3,400人次=", "200人次=legal_consultations",
                  "50人次=legal_consultations"));
  EXPECT_THAT(
      codes_of("发放宣传材料1万余份。涉及资金2.4亿元，追回违规资金82.7万元，追发工资2,345万元，发放高龄津贴36万元。"),
      ElementsAre("1万余份=publicity_materials", "2.4亿元=amounts_involved", "82.7万元=funds_recovered",
                  "2,345万元=wages_recovered", "36万元=funds"));
  EXPECT_THAT(codes_of("办理行政处罚案件42件，罚没款3.6万元，办理行政许可1,200件，审核行政处罚案件8件。"),
              ElementsAre("42件=penalty_cases", "3.6万元=fines", "1,200件=licensing", "8件=legality_reviews"));
}

// A hotline's or a complaint line's questions are no legal advice unless they name the law or the legal hotline
// 12348; hazards of geological disasters are safety hazards, not disputes screened.
TEST(MetricIndicators, HotlinesAndDisasterHazards) {
  EXPECT_THAT(
      codes_of(
          "12345热线受理群众咨询3,216件。12328交通运输服务监督热线受理投诉咨询1,862件。受理群众来电咨询2,600余件。"),
      ElementsAre("3,216件=hotline_tickets", "1,862件=hotline_tickets", "2,600余件="));
  EXPECT_THAT(
      codes_of("12348热线接听群众咨询1,520人次，公共法律服务热线解答法律咨询860人次，接待群众咨询75人次。"),
      ElementsAre("1,520人次=legal_consultations", "860人次=legal_consultations", "75人次=legal_consultations"));
  EXPECT_THAT(codes_of("排查地质灾害隐患点186处，排查道路交通安全隐患326处，排查矛盾纠纷隐患45处。"),
              ElementsAre("186处=safety_hazards", "326处=safety_hazards", "45处=dispute_screening"));
}

// Criminal cases are no administrative penalty cases; a legal-aid case in a criminal trial stays legal aid.
TEST(MetricIndicators, CriminalCasesAreNoPenaltyCases) {
  EXPECT_THAT(
      codes_of("刑事案件立案1,047起，立案侦查经济犯罪案件36起，办理刑事案件法律援助320件，立案查处违法案件58件。"),
      ElementsAre("1,047起=", "36起=", "320件=legal_aid", "58件=penalty_cases"));
}

// A count of lawyers is practising_lawyers, not legal_advisers; cases handled under the general or the simple
// procedure are penalty cases, unless a reconsideration's.
TEST(MetricIndicators, LawyersCountedAndCasesByProcedure) {
  EXPECT_THAT(codes_of("全县律师人数达到186名，聘请律师担任法律顾问12名。办理一般程序案件63件，办理简易程序案件128件，"
                       "受理行政复议简易程序案件5件。"),
              ElementsAre("达到186名=practising_lawyers", "12名=legal_advisers", "63件=penalty_cases",
                          "128件=penalty_cases", "5件=admin_reconsideration_cases"));
}

// A bare 律师 as the thing counted is a count of practising lawyers; lawyers hired or provided by the reporting body,
// or counted with the office of adviser they serve in, are legal advisers. A law firm is no lawyer: the head noun of
// 律师事务所 is 事务所, counted as law_firms in 家, 个 or 所 (this once expected practising_lawyers for 9家).
TEST(MetricIndicators, ABareLawyerIsAPractisingLawyer) {
  EXPECT_THAT(codes_of("全县律师共计102名，律师事务所9家。全市现有律师1,260人。组织38名律师开展“法治体检”。"),
              ElementsAre("102名=practising_lawyers", "9家=law_firms", "1,260人=practising_lawyers",
                          "38名=practising_lawyers"));
  EXPECT_THAT(codes_of("全县共有律师事务所7家，执业律师64名。引进律所2家。青山律师事务所律师23名。"),
              ElementsAre("7家=law_firms", "64名=practising_lawyers", "2家=law_firms", "23名=practising_lawyers"));
  EXPECT_THAT(
      codes_of("县政府聘请律师3名，镇政府外聘律师2名。为126个村配备律师126名。选派87名律师担任村（社区）法律顾问。"
               "全县公职律师28名。"),
      ElementsAre("3名=legal_advisers", "2名=legal_advisers", "126个=", "126名=legal_advisers", "87名=legal_advisers",
                  "28名=legal_advisers"));
  // What was stationed in a place is counted, not the place: units in a petitions centre are no petitions.
  EXPECT_THAT(codes_of("镇信访接待中心进驻单位8个，公共法律服务中心入驻律师6名。"),
              ElementsAre("8个=", "6名=practising_lawyers"));
  EXPECT_THAT(names("选派87名律师担任村（社区）法律顾问，12名干部担任专职网格员。"),
              ElementsAre("律师担任村（社区）法律顾问", "干部担任专职网格员"));
  // People counted, then where they went: the people named before the figure are what is counted, not the place
  // (选派律师12名进驻信访接待中心 counts lawyers the body provided, no petitions); after the figure the verb ends
  // the noun.
  EXPECT_THAT(codes_of("选派律师12名进驻信访接待中心。司法局派驻律师4名入驻县矛盾纠纷调处中心。"
                       "组织9名律师进驻信访接待大厅。"),
              ElementsAre("12名=legal_advisers", "4名=legal_advisers", "9名=practising_lawyers"));
  EXPECT_THAT(names("选派律师12名进驻信访接待中心。组织9名律师进驻信访接待大厅，30名干部下沉社区。"),
              ElementsAre("选派律师", "律师", "干部"));
  // Such a verb opening what a count of bodies counts is part of its name (28个进驻部门).
  EXPECT_THAT(names("政务服务中心现有28个进驻部门，12名调解员进驻法院诉讼服务中心。"),
              ElementsAre("进驻部门", "调解员"));
  // Not the cases lawyers handled, nor the times they took part.
  EXPECT_THAT(codes_of("律师代理法律援助案件316件，组织律师参与接访120人次。"),
              ElementsAre("316件=legal_aid", "120人次=petitions"));
}

// The taxonomy's `-` entries: a shortfall, a standard and the largest single fine are no amounts of the year's
// work, a petition's resolution rate no mediation's, a team of speakers no event; the money paid, collected or
// spent beside them keeps its code.
TEST(MetricIndicators, FiguresThatNameNoAmountOfWorkTakeNoCode) {
  EXPECT_THAT(codes_of("农村公路养护资金缺口约3,000万元，执法经费缺口50万元，落实执法经费86万元。"),
              ElementsAre("约3,000万元=", "50万元=", "86万元=funds"));
  EXPECT_THAT(codes_of("全市最低工资标准提高到2,100元。高龄津贴补助标准为每人每月200元。追发工资1,280万元。"),
              ElementsAre("2,100元=", "每人每月200元=", "1,280万元=wages_recovered"));
  EXPECT_THAT(codes_of("全年收缴罚款318万元，最高一笔罚款达186万元。标准化建设投入资金120万元。"),
              ElementsAre("318万元=fines", "达186万元=", "120万元=funds"));
  // The largest single case, firm or household, however it is counted (单起, 单宗, 单件, 单家, 单户).
  EXPECT_THAT(codes_of("全年罚款共计56万元，其中单起最高罚款3万元。罚没款共计88万元，其中单件最高罚款5万元，"
                       "单宗最高罚款十万余元，单户最高罚款8000元。调解纠纷120件，其中单起最大涉案金额30万元。"),
              ElementsAre("56万元=fines", "3万元=", "88万元=fines",
                          "5万元=", "十万余元=", "8000元=", "120件=mediation_cases", "30万元="));
  EXPECT_THAT(codes_of("信访积案化解率100%，矛盾纠纷化解率98.6%，调解成功率97.2%。"),
              ElementsAre("100%=", "98.6%=mediation_success_rate", "97.2%=mediation_success_rate"));
  EXPECT_THAT(codes_of("组建法治宣讲团12支，法治宣讲团开展宣讲活动86场。"),
              ElementsAre("12支=", "86场=publicity_events"));
}

// A verb opening a 、 listing's first item is every item's: each takes the code its words name after it.
TEST(MetricIndicators, ItemsOfAListingShareItsVerb) {
  EXPECT_THAT(codes_of("全年审查县政府规范性文件9件、县政府常务会议议题64件、行政协议132份。组织培训3次、座谈会2场。"),
              ElementsAre("9件=legality_reviews", "64件=legality_reviews", "132份=legality_reviews",
                          "3次=legal_training", "2场="));
}

// 6个方面32项重点任务: the noun right after a figure is that figure's; the next counts what follows it.
TEST(MetricIndicators, AFigureAfterTheNounOfTheOneBeforeCountsWhatFollows) {
  const auto d = test::process_text_with_default_pipeline("正文。\n将年度任务分解为6个方面32项重点任务逐项落实。");
  std::vector<std::string> read;
  for (const auto& m : d.metrics) read.push_back(m.indicator + " " + m.text);
  EXPECT_THAT(read, ElementsAre("方面 6个", "重点任务 32项"));
  read.clear();
  for (const auto& m :
       test::process_text_with_default_pipeline("正文。\n办理案件12件调解纠纷3起培训干部45人次").metrics) {
    read.push_back(m.indicator + " " + m.text);
  }
  EXPECT_THAT(read, ElementsAre("办理案件 12件", "调解纠纷 3起", "培训干部 45人次"));
}

// A new value at the year it was reached shares the old one's name, without the year it is measured from.
TEST(MetricIndicators, ANewValueAtALaterYearIsNamedAsTheOld) {
  const auto d = test::process_text_with_default_pipeline(
      "某县2020年法治政府建设年度报告\n一、主要举措\n行政复议案件由2016年的19件增长到2020年的38件，出庭应诉率由2016年的"
      "23%提高到2020年的81.7%。");
  std::vector<std::string> read;
  for (const auto& m : d.metrics) read.push_back(m.indicator + " " + m.text + " " + m.role);
  EXPECT_THAT(read, ElementsAre("行政复议案件 19件 previous", "行政复议案件 38件 value", "出庭应诉率 23% previous",
                                "出庭应诉率 81.7% rate"));
}

// A long clause is cut after who counts (全年 too), never inside a word the cut word belongs to.
TEST(MetricIndicators, ALongClauseIsNeverCutInsideAWord) {
  const auto d = test::process_text_with_default_pipeline(
      "区政府法制办全年审核区政府及其办公室规范性文件12件。园区商会人民调解委员会全年调解涉企矛盾纠纷57件。"
      "组织全镇社区矫正对象集中教育学习12次。工程建设领域项目实名制管理覆盖率超过98%。");
  std::vector<std::string> indicators;
  for (const auto& m : d.metrics) indicators.push_back(m.indicator);
  EXPECT_THAT(indicators, ElementsAre("审核区政府及其办公室规范性文件", "调解涉企矛盾纠纷", "社区矫正对象集中教育学习",
                                      "工程建设领域项目实名制管理覆盖率"));
}

// A reconsideration settled by mediation is the reconsideration's outcome, not people's mediation; a programme's
// name (两项补贴) is no figure.
TEST(MetricIndicators, ReconsiderationsSettledAndProgrammeNames) {
  EXPECT_THAT(
      codes_of(
          "受理行政复议申请286件，通过调解和解结案47件。人民调解组织调解矛盾纠纷6,342件。落实残疾人两项补贴发放。"),
      ElementsAre("286件=admin_reconsideration_cases", "47件=reconsideration_outcomes", "6,342件=mediation_cases"));
  EXPECT_THAT(codes_of("人民调解委员会调解和解矛盾纠纷45件，行政复议通过调解和解结案12件。"),
              ElementsAre("45件=mediation_cases", "12件=reconsideration_outcomes"));
  // A change of the settlement rate in points is the rate's, no count of outcomes.
  EXPECT_THAT(codes_of("审结行政复议案件214件，调解和解率16.4%，较上年提高4.2个百分点。"),
              ElementsAre("214件=admin_reconsideration_cases", "16.4%=settlement_rate", "4.2个百分点="));
}

// A thousands comma read or typed as a point: a count is never fractional to the thousandth; an amount may be.
TEST(MetricNumerals, AThousandsPointInACountIsAComma) {
  EXPECT_THAT(
      figures("受理群众办件4.386件，新增市场主体3.647户，面积4.386公顷，资金1.250万元，调解1.5件。"),
      ElementsAre("4.386件=4386 件", "3.647户=3647 户", "4.386公顷=4.386 公顷", "1.250万元=12500 元", "1.5件=1.5 件"));
}

// A township's figures per village or per month, the money exempted penalties involve, and what is counted in
// a plain report (sheets, grids, people checked, visits).
TEST(MetricIndicators, CodesOfPerUnitFiguresExemptionsAndPlainWords) {
  EXPECT_THAT(codes_of("实现每村配备1名法律顾问，每个村配备2名调解员，每月开展2次法治讲座，每年开展12次法治讲座。"),
              ElementsAre("1名=", "2名=", "2次=", "12次=legal_lectures"));
  EXPECT_THAT(codes_of("利用每月赶集日开展法治宣传活动24场，依托每周五法律服务日接待群众法律咨询320人次。"),
              ElementsAre("24场=publicity_events", "320人次=legal_consultations"));
  EXPECT_THAT(codes_of("对83户经营主体不予行政处罚，涉及金额46.2万元。全年收缴罚款318万元。"),
              ElementsAre("83户=penalty_exemptions", "46.2万元=penalty_exemption_amounts", "318万元=fines"));
  EXPECT_THAT(
      codes_of(
          "发放宣传单2600余份、明白纸1500张。划分网格36个，配备网格员36名。排查返乡人员2300余人。接待群众来访46批次。"),
      ElementsAre("2600余份=publicity_materials", "1500张=publicity_materials", "36个=", "36名=grid_workers",
                  "2300余人=", "46批次=petitions"));
}

// Codes name what is counted: not the money a case involves, an average, the staff or a time limit of cases.
TEST(MetricIndicators, CodesOfCasesAndMoneyNameWhatIsCounted) {
  EXPECT_THAT(codes_of("审查合同97份，涉及金额14.7亿元。节约资金5,238万元。"),
              ElementsAre("97份=legality_reviews", "14.7亿元=amounts_involved", "5,238万元=savings"));
  EXPECT_THAT(codes_of("收到行政复议申请1,106件，一般在三十日内审结。7名复议人员人均承办案件超过150件。"),
              ElementsAre("1,106件=admin_reconsideration_cases", "三十日内=", "7名=", "超过150件="));
  // Codes limited to their units: a committee's screened disputes are screening, not mediators; money not
  // collected is no count of exemptions and no fine.
  EXPECT_THAT(codes_of("村调解委员会共排查矛盾纠纷312件。全镇17个村调解委员会。"),
              ElementsAre("312件=dispute_screening", "17个=mediators"));
  // A lawyer counted as a practising lawyer, a supervisor or a vice-principal is no legal adviser; money for legal
  // aid is funds.
  EXPECT_THAT(codes_of("全县执业律师146名。聘请特邀行政执法监督员24名。聘请1名律师作为法律顾问。法律援助经费261万元。"
                       "公平竞争审查41件。"),
              ElementsAre("146名=practising_lawyers", "24名=enforcement_supervisors", "1名=legal_advisers",
                          "261万元=funds", "41件=fair_competition_reviews"));
  EXPECT_THAT(codes_of("开展“双随机、一公开”抽查86项，抽查市场主体2,150户次。"),
              ElementsAre("86项=inspections", "2,150户次=inspections"));
  EXPECT_THAT(codes_of("适用不予处罚清单683件，为企业减免罚款970万元。公开征求意见300人次。"),
              ElementsAre("683件=penalty_exemptions", "970万元=penalty_exemption_amounts", "300人次="));
  // 免于 as 免予: a penalty waived is no fine.
  EXPECT_THAT(codes_of("罚款金额合计317.8万元，免于处罚金额约38万元，依法不予行政处罚案件21件。"),
              ElementsAre("317.8万元=fines", "约38万元=penalty_exemption_amounts", "21件=penalty_exemptions"));
  // A sum per head is no funds: added to the totals, one person's share would count as the whole.
  EXPECT_THAT(codes_of("对困难群众每人每年补贴600元，全年发放补贴资金12万元。"), ElementsAre("600元=", "12万元=funds"));
  // A city's vocabulary: problems screened for are no disputes, a ruling on a dispute no mediation, a list's items no
  // exemptions, places of publicity no events; a bare 检查 of firms is an inspection, but not a patrol's.
  EXPECT_THAT(codes_of("排查涉企执法问题线索327条，排查矛盾纠纷218起。办理知识产权侵权纠纷行政裁决案件428件。"
                       "梳理免罚轻罚事项清单共1,032项。律师总数3,046名。建成法治宣传教育基地37个，开展法治宣传活动120场"
                       "。检查道路运输企业2,480家次，开展治安巡查检查11次。参训312人次。"),
              ElementsAre("327条=", "218起=dispute_screening", "428件=admin_rulings",
                          "1,032项=", "3,046名=practising_lawyers", "37个=publicity_venues", "120场=publicity_events",
                          "2,480家次=inspections", "11次=security_patrols", "312人次=legal_training"));
  EXPECT_THAT(codes_of("全年接受上级各类检查5次。建成廉政警示教育基地2个。"), ElementsAre("5次=", "2个="));
  // The newest campaigns: a list of checks is no checks, a reduction counts nothing done, fines handed back are no
  // fines collected, a law's title names no deed, a labour dispute is no penalty case.
  EXPECT_THAT(codes_of("梳理涉企行政检查事项412项，全年涉企行政检查1,286次，减少重复检查21次。减少罚款约47万元，"
                       "退还不当罚没款86.4万元。对照《中华人民共和国行政处罚法》清理规范性文件9件。"
                       "立案受理劳动人事争议案件633件。"),
              ElementsAre("412项=", "1,286次=inspections", "21次=", "约47万元=", "86.4万元=funds_recovered",
                          "9件=", "633件=labour_disputes"));
  EXPECT_THAT(codes_of("现场述法12人。完成信用修复1,027家次。办理行政执法监督案件15件，评查案卷620卷。开展法治督察2次。"
                       "向县司法局报备规范性文件3件。镇党委召开专题会议研究法治建设工作6次，常务会议会前学法12次。"
                       "主持局务会研究法治工作7次。"),
              ElementsAre("12人=law_reporting", "1,027家次=credit_repairs", "15件=enforcement_supervision",
                          "620卷=case_file_reviews", "2次=rule_of_law_inspections", "3件=normative_document_filings",
                          "6次=rule_of_law_meetings", "12次=legal_training", "7次=rule_of_law_meetings"));
  // Some members of a class the figure before counts: no code of what they have, and the class named alone.
  EXPECT_THAT(names("18个乡镇中仅6个配备专职法制审核人员。6名执法人员中法律专业仅1名。"),
              ElementsAre("乡镇", "配备专职法制审核人员", "执法人员", "法律专业"));
  EXPECT_THAT(codes_of("18个乡镇中仅6个配备专职法制审核人员。6名执法人员中法律专业仅1名。"),
              ElementsAre("18个=", "6个=", "6名=enforcement_officers", "1名="));
  // 中 opening a word (中心, 中学) is no "among", nor is a class closed by 及 before another count.
  EXPECT_THAT(names("设立1个矛盾纠纷调处中心及14个调解工作室。辖区3所中学和5所小学开展法治课。"),
              ElementsAre("矛盾纠纷调处中心", "调解工作室", "中学", "小学"));
  // 已有 is a hedge as 仅有 is: the members are named by what follows them, never 已.
  EXPECT_THAT(names("全镇17个村中已有6个村创建为省级民主法治示范村。9个司法所中已有7个配备公职律师。"),
              ElementsAre("村", "村创建为省级民主法治示范村", "司法所", "配备公职律师"));
  // Going to the places counted: 深入16个村 counts villages, not cadres who went (深入 was the name's last word).
  EXPECT_THAT(names("司法所干部深入16个村开展法治宣传。组织律师深入12个社区开展法律咨询。普法志愿者走进8所学校。"
                    "深入开展法治宣传活动36场。"),
              ElementsAre("村", "社区", "学校", "深入开展法治宣传活动"));
  // 议题 alone names nothing (as 工作 does not); a level kept (保持) is named by what is kept.
  EXPECT_THAT(names("局党组会议研究法治建设议题9次。7个国考断面水质优良比例保持100%。"),
              ElementsAre("局党组会议研究法治建设议题", "国考断面水质优良比例", "国考断面水质优良比例"));
  // Quoted names before 等 name what was done; a review in a sentence on fair competition is one of those.
  EXPECT_THAT(
      codes_of("适用“首违不罚”“轻微免罚”等柔性执法方式办理案件864件。新出台政策措施全部开展公平竞争审查，审查文件"
               "37份。审查涉及经营主体经济活动的政策措施126件。合法性审核文件12份。"),
      ElementsAre("864件=penalty_exemptions", "37份=fair_competition_reviews", "126件=fair_competition_reviews",
                  "12份=legality_reviews"));
  // A change in a count's unit is of the last count in that unit, not of the money between them.
  EXPECT_THAT(names("办理行政处罚案件38件，罚没款12.6万元，比上年减少3件。"),
              ElementsAre("办理行政处罚案件", "罚没款", "办理行政处罚案件比上年减少"));
  // What became of reconsiderations, named alone after them; a court's, after a lawsuit.
  EXPECT_THAT(
      codes_of("本局被申请行政复议5件，维持4件，撤销1件，直接纠错2件。行政诉讼案件3件，维持2件。"),
      ElementsAre("5件=admin_reconsideration_cases", "4件=reconsideration_outcomes", "1件=reconsideration_outcomes",
                  "2件=reconsideration_outcomes", "3件=admin_litigation_cases", "2件="));
  EXPECT_THAT(codes_of("行政复议纠错率18.6%，调解和解率27.4%，败诉率2.9%，备案审查率100%，合法性审查率100%。"),
              ElementsAre("18.6%=correction_rate", "27.4%=settlement_rate", "2.9%=litigation_loss_rate",
                          "100%=filing_rate", "100%=legality_review_rate"));
  // One figure for every object of a listing takes the code its first object names with the verb; a listing of
  // steps is no figure (五个环节 names them); rates listed before 均 share their figure, coded by the first that
  // names a code (name_rates_sharing_a_figure).
  EXPECT_THAT(codes_of("全年合法性审核文件、合同29份。明确公众参与、专家论证五个环节。备案率、及时率均为100%。"),
              ElementsAre("29份=legality_reviews", "100%=filing_rate"));
  // A business that trains and a trade's skills are no training in law; a lawyer's training of cadres is.
  EXPECT_THAT(
      codes_of("开展校外培训机构联合执法检查18次，检查培训机构63家。组织高素质农民培训480人。开展法治培训6期。"),
      ElementsAre("18次=inspections", "63家=inspections", "480人=", "6期=legal_training"));
  EXPECT_THAT(codes_of("开展行政执法人员职业培训3期。"), ElementsAre("3期=legal_training"));
  EXPECT_THAT(codes_of("培训高素质农民1200人次，培训农民学法用法示范户60人。"),
              ElementsAre("1200人次=", "60人=legal_training"));
  // Patrols, and patrol teams and their members; not what a patrol found or covers.
  EXPECT_THAT(
      codes_of("开展执法巡查420次，村级联防队21支。巡查发现问题83个，14名执法人员承担全镇12个村的巡查任务。"),
      ElementsAre("420次=security_patrols", "21支=security_patrols", "83个=", "14名=enforcement_officers", "12个="));
  // Hazards found in safety checks are no disputes screened; a consultation event is an event, counted in 场.
  EXPECT_THAT(codes_of("排查一般事故隐患3,482项。排查矛盾纠纷312件。开展宣传咨询活动24场，接受法律咨询560人次。"),
              ElementsAre("3,482项=safety_hazards", "312件=dispute_screening", "24场=publicity_events",
                          "560人次=legal_consultations"));
  // So are hazards of the environment, of gas, of a firm's risks; a dispute's or a petition's hazards stay screened.
  EXPECT_THAT(
      codes_of("帮助企业排查环境风险隐患64处。排查燃气隐患85处。排查矛盾纠纷隐患46件。排查信访隐患12件。"),
      ElementsAre("64处=safety_hazards", "85处=safety_hazards", "46件=dispute_screening", "12件=dispute_screening"));
  // Hazards counted in a dispute's units are a dispute screening's (开展信访矛盾隐患大排查，排查各类隐患58件).
  EXPECT_THAT(codes_of("开展矛盾隐患大排查，排查各类隐患58件，化解55件。"),
              ::testing::Contains("58件=dispute_screening"));
  // Projects screened are no disputes; items still pending are counted in their total already.
  EXPECT_THAT(codes_of("排查在建项目84个。全年共排查312件。审查合法性文件12件，另有2件尚在审查中。"),
              ElementsAre("84个=", "312件=dispute_screening", "12件=legality_reviews", "2件="));
  // Department reports: a city-management platform's problems are no penalty cases, a tutoring centre's violations no
  // training in law, and a health inspector is an enforcement officer, not an outside supervisor.
  EXPECT_THAT(codes_of("数字化城市管理平台全年立案处置各类城市管理问题8.64万件。立案查处违法案件96件。"
                       "查处违规培训行为47起。全县卫生监督员仅21名，聘请社会监督员40名。"),
              ElementsAre("8.64万件=", "96件=penalty_cases", "47起=penalty_cases", "21名=enforcement_officers",
                          "40名=enforcement_supervisors"));
  // A figure per ten thousand people or per event counts nothing of its own either.
  EXPECT_THAT(codes_of("每万人拥有律师1.6名。每场宣讲安排志愿者10至15人。"), ElementsAre("1.6名=", "10至15人="));
  // The base of a rate counts what was due, not what was done: added to the appearances it would count each twice.
  EXPECT_THAT(codes_of("行政机关负责人应出庭应诉案件211件，实际出庭211件，出庭应诉率100%。"),
              ElementsAre("211件=", "211件=court_appearances", "100%=court_appearance_rate"));
  // Tax reports count in 笔; a bullet before the sentence is no part of the name.
  const auto metrics =
      test::process_text_with_default_pipeline("▌ 办理涉税业务3.6万笔。\n● 开展集体学法12次。").metrics;
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[0].unit, "笔");
  EXPECT_EQ(metrics[0].indicator, "办理涉税业务");
  EXPECT_EQ(metrics[1].indicator, "集体学法");
}

// A clause of nothing but 全年/共计 with no figure before it in the sentence counts what the clause before it did;
// after a sentence's end it counts nothing.
TEST(MetricIndicators, AClauseOfNothingButATimeCountsWhatTheClauseBeforeDid) {
  EXPECT_THAT(
      names("持续开展“法律进客运站”活动，全年不少于10场。组织集中学法，全年4次。调解纠纷12件；开展法治宣传，共计8场。"),
      ElementsAre("“法律进客运站”活动", "集中学法", "调解纠纷", "法治宣传"));
  EXPECT_THAT(names("开展法治宣传。全年共12场。"), ElementsAre(""));
  // A period with a full-width dash before the clause is no part of the name.
  EXPECT_THAT(names("2023年1－12月共办理案件30件。"), ElementsAre("办理案件"));
}

// Names listed before 分别 name the figures after it, in order.
TEST(MetricIndicators, FiguresListedAfterFenbieTakeTheNamesBeforeIt) {
  EXPECT_THAT(names("信访事项及时受理率、按期办结率分别为99.8%和99.5%。"),
              ElementsAre("信访事项及时受理率", "按期办结率"));
  EXPECT_THAT(names("全年受理信访案件同比、环比分别下降23.5%和9.8%。"),
              ElementsAre("全年受理信访案件同比下降", "环比下降"));
  EXPECT_THAT(names("查处案件1,203件、罚没款2,874万元，同比分别下降4.2%和11.6%。"),
              ElementsAre("查处案件", "罚没款", "查处案件同比下降", "罚没款同比下降"));
  // A share named by nothing but 占比 is the share of the figure before it.
  EXPECT_THAT(names("共有在编人员186人，其中法律专业44人，占比23.7%。"),
              ElementsAre("在编人员", "法律专业", "法律专业占比"));
}

// Names a reviewer would give: the level reached after a clause of change, the state pending items are in, the
// year a change starts from, numerals listed before one word, and the other bound of a range of money.
TEST(MetricIndicators, LevelsStatesFromYearsListedNumeralsAndBounds) {
  EXPECT_THAT(names("与上年相比，受理信访事项有所增加，达到156件。"), ElementsAre("受理信访事项"));
  EXPECT_THAT(names("全年罚没款同比下降，达到86.4万元。"), ElementsAre("罚没款"));
  EXPECT_THAT(names("审结行政复议案件11件，其中维持8件、驳回2件，另有1件尚在审理中。"),
              ElementsAre("审结行政复议案件", "维持", "驳回", "尚在审理中"));
  EXPECT_THAT(names("罚没款同比下降8.6%，由2023年的118.2万元下降到2024年的86.4万元。"),
              ElementsAre("罚没款同比下降", "罚没款", "罚没款"));
  EXPECT_THAT(names("一、二审行政诉讼案件共9件。"), ElementsAre("一、二审行政诉讼案件"));
  EXPECT_THAT(names("一、二、三季度分别办理案件12件、15件、18件。"),
              ElementsAre("一季度办理案件", "二季度办理案件", "三季度办理案件"));
  EXPECT_THAT(names("单笔罚款金额最低500元—最高2万元。"), ElementsAre("单笔罚款金额最低", "单笔罚款金额最高"));
  // Left as they were: a list label before a sentence, a sum of items, a plain clause before a level.
  EXPECT_THAT(names("一、全年调解纠纷36件。"), ElementsAre("调解纠纷"));
  EXPECT_THAT(names("查补税款、滞纳金、罚款合计1.28亿元。"), ElementsAre("查补税款、滞纳金、罚款合计"));
  EXPECT_THAT(names("开展普法活动，达到36场。"), ElementsAre("普法活动"));
}

// Township reports of 2018–2021: 人/次 is 人次, a change against a year named is named by its subject, a hedge or
// a verb of holding a level is no part of a name, and a lower bound may stand before the verb of doing.
TEST(MetricIndicators, OlderWaysOfWritingUnitsChangesAndBounds) {
  EXPECT_THAT(figures("全年出动执法人员1200人/次，检查企业350家/次，开展普法宣传45场/次。"),
              ElementsAre("1200人/次=1200 人次", "350家/次=350 家次", "45场/次=45 场次"));
  EXPECT_THAT(figures("统一收费标准为30元/次。"), ElementsAre("30元/次=30 元/次"));
  EXPECT_THAT(names("受理信访事项36件，比2019年增加5件。调解纠纷96件，较2019年增长12%。"),
              ElementsAre("受理信访事项", "受理信访事项比2019年增加", "调解纠纷", "调解纠纷较2019年增长"));
  EXPECT_THAT(names("专职法治人员仅2名。矛盾纠纷化解率保持在98%以上，办理时限控制在3个工作日。"),
              ElementsAre("专职法治人员", "矛盾纠纷化解率", "办理时限"));
  EXPECT_THAT(names("全镇存在安全隐患的企业12家。"), ElementsAre("存在安全隐患的企业"));
  EXPECT_THAT(figures("每季度至少开展1次法治讲座，全年开展法治讲座6次。"),
              ElementsAre("1次=1 次 每季度;至少", "6次=6 次"));
  // Across the verb's object too, in its clause; not past a break, a numeral or a second deed.
  EXPECT_THAT(figures("每年至少开展法治讲座4场，各村每季度至少组织村民学法1次，每月不少于举办“法律进乡村”活动2场。"),
              ElementsAre("4场=4 场 至少", "1次=1 次 每季度;至少", "2场=2 场 每月;不少于"));
  EXPECT_THAT(figures("至少开展法治讲座，培训4场。至少开展培训并考试3次。至少开展一次培训学法5次。"),
              ElementsAre("4场=4 场", "3次=3 次", "5次=5 次"));
  EXPECT_THAT(names("法律咨询量翻了一番，达到860人次。"), ElementsAre("法律咨询量"));
  // A bare direction after an earlier period's figure is a change, named by its subject and given no code.
  const auto changes =
      test::process_text_with_default_pipeline("全年受理行政复议案件41件，较上年的五十三件下降22.6%。").metrics;
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[2].indicator, "受理行政复议案件下降");
  EXPECT_EQ(changes[2].code, "");
  EXPECT_THAT(names("普法微信群由2020年的400人发展到1,300人，成员由去年的260人增加到410人。"),
              ElementsAre("普法微信群", "普法微信群", "成员", "成员"));
}

// A level reached now (压缩到现在的, 缩短为目前的) or after 压减到, and a level started from in the past (由过去的),
// are named as the level they change; 现在 or 目前 elsewhere is left alone.
TEST(MetricIndicators, ALevelReachedNowSharesTheNameOfTheLevelItChanged) {
  EXPECT_THAT(
      names("审批时限由原来的15个工作日压缩到现在的3个工作日，登记时间由过去的10个工作日缩短为目前的1个工作日，"
            "法律明白人由120名增加到现在的168名，备案时限由20个工作日压减到5个工作日。"),
      ElementsAre("审批时限", "审批时限", "登记时间", "登记时间", "法律明白人", "法律明白人", "备案时限", "备案时限"));
  const auto metrics = test::process_text_with_default_pipeline("法律明白人由120名增加到现在的168名。").metrics;
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[1].code, "legal_literates");
  EXPECT_THAT(names("律师事务所由8家增加到12家，现在培育法律明白人86名。"),
              ElementsAre("律师事务所", "律师事务所", "现在培育法律明白人"));
}

// Some members of a class picked out by a trait are no count of the class: added to it they would count twice.
TEST(MetricIndicators, MembersOfAClassPickedOutByATraitTakeNoCode) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "全镇执法人员18名。执法人员中法律专业背景的仅3名。乡镇中心学校开展法治讲座4场。")
                           .metrics;
  ASSERT_EQ(metrics.size(), 3u);
  EXPECT_EQ(metrics[0].code, "enforcement_officers");
  EXPECT_EQ(metrics[1].indicator, "执法人员中法律专业背景");
  EXPECT_EQ(metrics[1].code, "");
  EXPECT_NE(metrics[2].code, "");  // a centre (乡镇中心) is no member of a class
}

// Second read of the rules above: an earlier level named by the year compared with keeps its code, a level reached
// after a direction and 为 or 至 is named by its subject, 中小学 is no member of a class, and a verb of change after a
// figure names nothing.
TEST(MetricIndicators, LevelsReachedAndEarlierLevelsKeepTheirNamesAndCodes) {
  const auto codes = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : test::process_text_with_default_pipeline(text).metrics) out.push_back(m.code);
    return out;
  };
  EXPECT_THAT(codes("全镇法律明白人较2022年末的60人增加到85人。"), ElementsAre("legal_literates", "legal_literates"));
  EXPECT_THAT(names("行政复议纠错率下降为3.2%，执法检查覆盖率提高至98%。"),
              ElementsAre("行政复议纠错率", "执法检查覆盖率"));
  EXPECT_THAT(codes("行政复议纠错率下降为3.2%。"), ElementsAre("correction_rate"));
  EXPECT_THAT(codes("走进农村中小学开展法治讲座18场。"), ElementsAre("legal_lectures"));
  EXPECT_THAT(names("村级调解组织由2020年的8个发展到14个，由8个扩大到14个。"),
              ElementsAre("村级调解组织", "村级调解组织", "村级调解组织", "村级调解组织"));
  // Still a change: a direction after the year compared with.
  EXPECT_THAT(codes("受理信访事项36件，比2019年增加5件。"), ElementsAre("petitions", ""));
}

TEST(MetricIndicators, AFigureWithNoMatchingCodeKeepsItsIndicator) {
  const auto metrics = test::process_text_with_default_pipeline("新建口袋公园3座。").metrics;
  ASSERT_EQ(metrics.size(), 1u);
  EXPECT_EQ(metrics[0].indicator, "新建口袋公园");
  EXPECT_EQ(metrics[0].code, "");
}

TEST(MetricTables, ABareNumberInACellTakesItsUnitAndIndicatorFromTheHeader) {
  Document document;
  DocumentBuilder builder(document);
  const auto cell = [&](const char* text, int row, int column) {
    Block block;
    block.kind = BlockKind::table_cell;
    block.table = 0, block.row = row, block.column = column;
    builder.add_block(text, block);
  };
  cell("项目", 0, 0), cell("2024年", 0, 1);
  cell("人民调解案件（件）", 1, 0), cell("120", 1, 1);
  cell("法律援助(人次)", 2, 0), cell("86", 2, 1);
  metrics::MetricsAnalysis({"件", "人次"}, {"mediation_cases=调解"}).analyze(document);
  ASSERT_EQ(document.metrics.size(), 2u);
  EXPECT_EQ(document.metrics[0].value, 120);
  EXPECT_EQ(document.metrics[0].unit, "件");
  EXPECT_EQ(document.metrics[0].indicator, "人民调解案件");
  EXPECT_EQ(document.metrics[0].code, "mediation_cases");
  EXPECT_EQ(document.metrics[1].value, 86);
  EXPECT_EQ(document.metrics[1].unit, "人次");
}

// A table pasted into a text file: the header's unit names the bare numbers, and an earlier year's column holds
// figures of that year, with or without their unit.
TEST(MetricTables, ATabSeparatedTableInATextFile) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "青山乡2021年度法治政府建设情况报告\n一、主要举措和成效\n项目\t2020年\t2021年\n"
                           "人民调解案件（件）\t1860\t2014\n法律援助\t312件\t356件\n")
                           .metrics;
  std::vector<std::string> read;
  for (const auto& m : metrics) read.push_back(fmt::format("{} {}{} {}", m.indicator, m.value, m.unit, m.role));
  EXPECT_THAT(read, ElementsAre("人民调解案件 1860件 previous", "人民调解案件 2014件 value", "法律援助 312件 previous",
                                "法律援助 356件 value"));
}

// A row of figures and nothing else under a header row (the statistics forms' 行政许可实施数量 | …): its first cell is
// a figure its column header names, not a row label; a year there is still no figure.
TEST(MetricTables, ARowOfFiguresOnlyReadsItsFirstCell) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "临江市2024年度行政执法数据\n一、行政执法数据\n行政许可实施情况统计表（宗）\n"
                           "准予许可\t不予许可\t撤销许可\t合计\n512\t18\t2\t532\n")
                           .metrics;
  std::vector<std::string> read;
  for (const auto& m : metrics) read.push_back(fmt::format("{} {}{} {}", m.indicator, m.value, m.unit, m.role));
  EXPECT_THAT(read, ElementsAre("准予许可 512宗 part", "不予许可 18宗 part", "撤销许可 2宗 part",
                                "准予许可、不予许可、撤销许可合计 532宗 total"));
  const auto years = test::process_text_with_default_pipeline(
                         "临江市2024年度行政执法数据\n一、行政执法数据\n单位：件\n年度\t受理\t办结\n2024\t57\t55\n")
                         .metrics;
  std::vector<std::string> values;
  for (const auto& m : years) values.push_back(fmt::format("{}", m.value));
  EXPECT_THAT(values, ElementsAre("57", "55"));
}

// A required part written one level down gives its figures its kind, not the level-1 section's.
TEST(MetricParts, APartOneLevelDownIsTheFiguresPart) {
  const auto metrics = test::process_text_with_default_pipeline(
                           "某镇2024年度法治政府建设情况报告\n一、2024年度法治政府建设工作情况\n（一）主要举措和成效\n"
                           "召开专题会议7次。\n（二）存在的不足\n法律顾问平均每月到社区仅1.5次。\n二、2025年工作计划\n"
                           "开展培训3次。")
                           .metrics;
  std::vector<std::string> parts;
  for (const auto& m : metrics) parts.push_back(m.text + " " + m.part);
  EXPECT_THAT(parts, ElementsAre("7次 achievements", "1.5次 shortcomings", "3次 plan"));
}

// A table of labels beside their figures has no header: its first row is a figure named by its label, and the
// rows below are not named by it (行政诉讼应诉14件). A first row of years heads its columns, with 年 or without.
TEST(MetricTables, ATableOfLabelsBesideFiguresHasNoHeader) {
  const auto read = [](const std::string& table) {
    std::vector<std::string> out;
    for (const auto& m :
         test::process_text_with_default_pipeline("青山乡2023年度法治政府建设情况报告\n一、主要举措和成效\n" + table)
             .metrics) {
      out.push_back(fmt::format("{} {}{} {}", m.indicator, m.value, m.unit, m.role));
    }
    return out;
  };
  EXPECT_THAT(read("行政复议收案\t14件\n行政诉讼应诉\t9件\n法律顾问（名）\t2\n"),
              ElementsAre("行政复议收案 14件 value", "行政诉讼应诉 9件 value", "法律顾问 2名 value"));
  EXPECT_THAT(read("超限检测（车次）\t3,580\n查处超限车辆（辆）\t126\n"),
              ElementsAre("超限检测 3580车次 value", "查处超限车辆 126辆 value"));
  EXPECT_THAT(read("项目\t2022\t2023\n人民调解案件（件）\t1860\t2014\n"),
              ElementsAre("人民调解案件 1860件 previous", "人民调解案件 2014件 value"));
  // A serial number before the label numbers the row: the first row is still one of the figures.
  EXPECT_THAT(read("1\t行政复议收案\t14件\n2\t行政诉讼应诉\t9件\n"),
              ElementsAre("行政复议收案 14件 value", "行政诉讼应诉 9件 value"));
  // A header row of words after its 序号 stays a header.
  EXPECT_THAT(read("序号\t项目\t数量\n1\t行政复议收案\t14件\n"), ElementsAre("行政复议收案 14件 value"));
}

// A figure inside a row's label (其他19个部门, 其余7个村) names the row: no figure of its own.
TEST(MetricTables, AFigureInARowLabelIsNoFigure) {
  const auto metrics =
      test::process_text_with_default_pipeline(
          "青山乡2021年度法治政府建设情况报告\n一、主要举措和成效\n单位\t行政许可（件）\t行政处罚（件）\n"
          "县市场监管局\t2136\t512\n其他19个部门\t5020\t380\n")
          .metrics;
  std::vector<std::string> read;
  for (const auto& m : metrics) read.push_back(fmt::format("{} {}{}", m.indicator, m.value, m.unit));
  EXPECT_THAT(read, ElementsAre("县市场监管局行政许可 2136件", "县市场监管局行政处罚 512件",
                                "其他19个部门行政许可 5020件", "其他19个部门行政处罚 380件"));
  // The label past a 序号 column (the cells before the row's first figure), and past a category.
  const auto figures = [](const std::string& table) {
    std::vector<std::string> out;
    for (const auto& m :
         test::process_text_with_default_pipeline("青山乡2024年度法治政府建设情况报告\n一、主要举措和成效\n" + table)
             .metrics) {
      out.push_back(fmt::format("{} {}{}", m.indicator, m.value, m.unit));
    }
    return out;
  };
  EXPECT_THAT(figures("单位：件\n序号\t部门\t行政许可\t行政处罚\n1\t县市场监管局\t2860\t512\n"
                      "2\t其他19个部门\t5020\t380\n"),
              ElementsAre("县市场监管局行政许可 2860件", "县市场监管局行政处罚 512件", "其他19个部门行政许可 5020件",
                          "其他19个部门行政处罚 380件"));
  EXPECT_THAT(figures("单位：件\n类别\t村（社区）\t调解纠纷\n矛盾化解\t其余7个村\t46\n"),
              ElementsAre("矛盾化解其余7个村调解纠纷 46件"));
  // A row of sentences has no figure on its own: only its first cell is a label, the sentences' figures count.
  EXPECT_THAT(figures("序号\t工作任务\t完成情况\n1\t开展普法活动\t全年开展宣传活动126场，发放资料1.2万份\n"),
              ElementsAre("宣传活动 126场", "资料 12000份"));
}

// A unit declared at the end of the sentence over the table; a table of departments by measures names each
// figure by both; a 单位 column's 万元 is 元 ×10,000.
TEST(MetricTables, DeclaredUnitsMultiplesAndTwoWayTables) {
  const auto read = [](const std::string& table) {
    std::vector<std::string> out;
    for (const auto& m : test::process_text_with_default_pipeline("一、主要工作\n" + table).metrics) {
      out.push_back(fmt::format("{} {}{}", m.indicator, m.value, m.unit));
    }
    return out;
  };
  EXPECT_THAT(read("各部门执法情况如下（单位：件）：\n部门\t行政检查\t行政处罚\n市场监管局\t2860\t512\n"),
              ElementsAre("市场监管局行政检查 2860件", "市场监管局行政处罚 512件"));
  EXPECT_THAT(read("指标\t数量\t单位\n行政检查\t8756\t次\n罚没金额\t2467.8\t万元\n办案经费\t0.57\t万元\n"),
              ElementsAre("行政检查 8756次", "罚没金额 24678000元", "办案经费 5700元"));
  EXPECT_THAT(read("项目\t数量（件）\n人民调解案件（含诉前）\t120\n"), ElementsAre("人民调解案件（含诉前） 120件"));
  // A corner that is a unit word alone (村) heads the rows' names: the unit the table declares counts; with none
  // declared, the corner's word is all there is.
  EXPECT_THAT(read("各村调解情况（单位：件）\n村\t受理纠纷\t调解成功\n上寨\t38\t36\n"),
              ElementsAre("上寨受理纠纷 38件", "上寨调解成功 36件"));
  EXPECT_THAT(read("指标（件）\t2023年\t2024年\n行政复议\t12\t9\n"), ElementsAre("行政复议 12件", "行政复议 9件"));
  // A caption ending in its unit alone in brackets declares it; a bracket naming no unit declares nothing, and a
  // header ending in a counted noun (案件) names none: such a table reads no figure.
  EXPECT_THAT(read("2024年行政复议案件统计表（件）\n复议机关\t受理\t审结\n县政府\t12\t11\n"),
              ElementsAre("县政府受理 12件", "县政府审结 11件"));
  EXPECT_THAT(read("行政执法情况（件）：\n部门\t行政处罚\n市场监管局\t486\n"), ElementsAre("市场监管局行政处罚 486件"));
  EXPECT_THAT(read("行政复议案件统计（2024年）\n复议机关\t受理\t审结\n县政府\t12\t11\n"), ::testing::IsEmpty());
  EXPECT_THAT(read("复议机关\t行政复议案件\n县政府\t12\n"), ::testing::IsEmpty());
  // A 合计 row totals the rows above it, column by column.
  const auto roles = [](const std::string& table) {
    std::vector<std::string> out;
    for (const auto& m : test::process_text_with_default_pipeline("一、主要工作\n" + table).metrics) {
      out.push_back(fmt::format("{} {}{}", m.value, m.role, m.of.empty() ? "" : " of " + m.of));
    }
    return out;
  };
  EXPECT_THAT(
      roles("单位：件\n部门\t行政处罚\t不予处罚\n市场监管局\t486\t62\n交通运输局\t318\t21\n合 计\t804\t83\n"),
      ElementsAre("486 part of m5", "62 part of m6", "318 part of m5", "21 part of m6", "804 total", "83 total"));
  // A 小计 over a single row, and a total row of fewer cells (a span the reader did not report), link nothing.
  EXPECT_THAT(roles("单位：件\n类别\t事项\t数量\n执法\t处罚\t84\n\t小计\t84\n合计\t\t84\n"),
              ElementsAre("84 value", "84 value", "84 value"));
  EXPECT_THAT(roles("单位：件\n部门\t事项\t数量\n市场监管局\t处罚\t10\n交通局\t处罚\t20\n合计\t30\n"),
              ElementsAre("10 value", "20 value", "30 value"));
  // A serial number is no label of the row: the category merged down still names it.
  EXPECT_THAT(read("单位：件\n序号\t类别\t项目\t数量\n1\t行政执法\t行政检查\t187\n2\t\t行政处罚\t40\n"),
              ElementsAre("行政执法行政检查 187件", "行政执法行政处罚 40件"));
  // Signed cells are changes, in a column or a row of changes only.
  EXPECT_THAT(roles("单位：件\n年度\t行政复议\t行政诉讼\n2023年\t50\t20\n2024年\t60\t15\n增减\t+10\t-5\n"),
              ElementsAre("50 value", "20 value", "60 value", "15 value", "10 change", "-5 change"));
  EXPECT_THAT(roles("单位：件\n部门\t行政复议\n市场监管局\t+10\n交通局\t-5\n"), ::testing::IsEmpty());
  // A column of changes in percent holds percentages whatever its rows count: the row's 万元 is not its unit.
  EXPECT_THAT(read("指标\t2024年\t2023年\t同比增减（%）\n罚款金额（万元）\t268.4\t301.5\t-11.0\n"),
              ElementsAre("罚款金额 2684000元", "罚款金额 3015000元", "罚款金额同比增减 -11%"));
  EXPECT_THAT(read("单位：件\n项目\t2024年\t2023年\t增长率\n立案\t462\t427\t8.2\n"),
              ElementsAre("立案 462件", "立案 427件", "立案增长率 8.2%"));
  EXPECT_THAT(read("项目\t2024年\t增幅（%）\n受理行政案件（起）\t1846\t-8.3\n"),
              ElementsAre("受理行政案件 1846起", "受理行政案件增幅 -8.3%"));
  // A total row whose label spans two columns, its figure in the usual last column (a DOCX gridSpan, an empty
  // field in a text file): its total is named by the rows it adds up, not by the row above alone.
  EXPECT_THAT(roles("单位：件\n类别\t项目\t数量\n行政执法\t行政检查\t187\n矛盾化解\t信访事项\t17\n合计\t\t204\n"),
              ElementsAre("187 part of m3", "17 part of m3", "204 total"));
  EXPECT_THAT(
      read("单位：件\n类别\t项目\t数量\n行政执法\t行政检查\t187\n矛盾化解\t信访事项\t17\n合计\t\t204\n"),
      ElementsAre("行政执法行政检查 187件", "矛盾化解信访事项 17件", "行政执法行政检查、矛盾化解信访事项合计 204件"));
  // Rows that break down the row above them are no rows of the total's listing: the sub-row is a part of its row,
  // and a total of a single row links nothing.
  EXPECT_THAT(roles("单位：件\n类别\t数量\n行政处罚\t486\n其中：简易程序\t318\n合计\t804\n"),
              ElementsAre("486 total", "318 part of m1", "804 value"));
  EXPECT_THAT(roles("单位：件\n类别\t数量\n行政处罚\t486\n其中：简易程序\t318\n行政许可\t230\n合计\t716\n"),
              ElementsAre("486 part of m4", "318 part of m1", "230 part of m4", "716 total"));
  // A cell with its own unit is named by its row and column too.
  EXPECT_THAT(read("单位：件\n纠纷类型\t受理\t调解成功\t调解成功率\n邻里纠纷\t138\t135\t97.8%\n"),
              ElementsAre("邻里纠纷受理 138件", "邻里纠纷调解成功 135件", "邻里纠纷调解成功率 97.8%"));
}

// Totals as statistics forms set them: a 合计 column totals its row, a 合计 row right under the header the rows
// below it, and a total may have one figure under it when the other rows say none (—); a cell that says none is
// no part of a name.
TEST(MetricTables, TotalColumnsLeadingTotalRowsAndCellsThatSayNone) {
  const auto roles = [](const std::string& table) {
    std::vector<std::string> out;
    for (const auto& m : test::process_text_with_default_pipeline("一、主要工作\n" + table).metrics) {
      out.push_back(fmt::format("{} {} {}{}", m.indicator, m.value, m.role, m.of.empty() ? "" : " of " + m.of));
    }
    return out;
  };
  EXPECT_THAT(roles("单位：件\n项目\t第一季度\t第二季度\t合计\n行政复议\t12\t15\t27\n行政应诉\t3\t—\t3\n"),
              ElementsAre("行政复议第一季度 12 part of m3", "行政复议第二季度 15 part of m3", "行政复议 27 total",
                          "行政应诉第一季度 3 value", "行政应诉 3 value"));
  EXPECT_THAT(roles("单位：件\n类别\t案件数\n合计\t74\n行政处罚\t51\n行政检查\t20\n"),
              ElementsAre("合计案件数 74 total", "行政处罚案件数 51 part of m1", "行政检查案件数 20 part of m1"));
  EXPECT_THAT(roles("单位：件\n单位\t受理\t纠错\t应诉\n镇政府\t3\t1\t5\n执法队\t2\t—\t4\n合计\t5\t1\t9\n"),
              ElementsAre("镇政府受理 3 part of m6", "镇政府纠错 1 part of m7", "镇政府应诉 5 part of m8",
                          "执法队受理 2 part of m6", "执法队应诉 4 part of m8", "合计受理 5 total", "合计纠错 1 total",
                          "合计应诉 9 total"));
}

// A year spanning the measures under it names no measure: the measures still name their columns.
TEST(MetricTables, AYearOverTheMeasuresLeavesThemTheirNames) {
  std::vector<std::string> out;
  for (const auto& m : test::process_text_with_default_pipeline(
                           "某县2024年法治政府建设情况报告\n一、主要工作\n单位：件\n案件类别\t2024年\t\t2023年\n"
                           "\t立案\t结案\t\n道路运输\t87\t85\t91\n")
                           .metrics) {
    out.push_back(m.indicator + " " + format_decimal(m.value) + " " + m.role);
  }
  EXPECT_THAT(out, ElementsAre("道路运输立案 87 value", "道路运输结案 85 value", "道路运输 91 previous"));
}

// A row header naming a transport or fishery bureau's measure word in brackets gives its figure that unit.
TEST(MetricTables, RowHeadersNamingTripsAndVessels) {
  std::vector<std::string> out;
  for (const auto& m :
       test::process_text_with_default_pipeline(
           "一、主要工作\n项目\t数量\n抽检批次（批次）\t4,620\n开行班次（趟）\t312\n渔船检查（艘）\t126\n")
           .metrics) {
    out.push_back(m.indicator + " " + format_decimal(m.value) + " " + m.unit);
  }
  EXPECT_THAT(out, ElementsAre("抽检批次 4620 批次", "开行班次 312 趟", "渔船检查 126 艘"));
}

// A column of evidence (佐证材料) repeats the result in the files kept: its figures count no work.
TEST(MetricTables, AnEvidenceColumnsFiguresCountNoWork) {
  std::vector<std::string> out;
  for (const auto& m : test::process_text_with_default_pipeline(
                           "一、主要工作\n序号\t工作任务\t完成情况\t佐证材料\n1\t学法\t组织学法4次\t会议记录4份\n")
                           .metrics) {
    out.push_back(m.text);
  }
  EXPECT_THAT(out, ElementsAre("4次"));
}

// A table's cells by (row, column), for column_headers.
std::function<std::u32string(int, int)> table_of(std::map<std::pair<int, int>, std::u32string> cells) {
  return [cells = std::move(cells)](int row, int column) {
    const auto found = cells.find({row, column});
    return found == cells.end() ? std::u32string() : found->second;
  };
}

TEST(MetricTables, EveryColumnUnderASpanningHeaderTakesItsUnitAndBothNames) {
  // 领域 (merged down) | 案件数（件） (across two columns) | 罚没款（万元） (merged down)
  //                   | 一般程序 | 简易程序 |
  // 食品安全          | 121      | 16       | 108.20
  const auto cell = table_of({{{0, 0}, U"领域"},
                              {{0, 1}, U"案件数（件）"},
                              {{0, 3}, U"罚没款（万元）"},
                              {{1, 1}, U"一般程序"},
                              {{1, 2}, U"简易程序"},
                              {{2, 0}, U"食品安全"},
                              {{2, 1}, U"121"},
                              {{2, 2}, U"16"},
                              {{2, 3}, U"108.20"}});
  const auto headers = metrics::column_headers(cell, 0, 4);
  EXPECT_EQ(headers.last_row, 1);
  EXPECT_EQ(headers.titles.at(1), U"案件数一般程序（件）");
  EXPECT_EQ(headers.titles.at(2), U"案件数简易程序（件）");
  EXPECT_EQ(headers.titles.at(3), U"罚没款（万元）");
}

TEST(MetricTables, AHeaderOfOneRowKeepsItsTitles) {
  const auto cell = table_of({{{0, 0}, U"类别"},
                              {{0, 1}, U"受理（件）"},
                              {{0, 2}, U"调解成功（件）"},
                              {{1, 0}, U"婚姻家庭"},
                              {{1, 1}, U"41"},
                              {{1, 2}, U"40"}});
  const auto headers = metrics::column_headers(cell, 0, 3);
  EXPECT_EQ(headers.last_row, 0);
  EXPECT_EQ(headers.titles.at(1), U"受理（件）");
  EXPECT_EQ(headers.titles.at(2), U"调解成功（件）");
}

// A table as a DOCX or HTML reader gives it to a 2024 report: a cell per row and column, none ("") where a cell
// spans or is merged; `above` is the paragraph right above it. Each figure as "indicator valueunit role".
std::vector<std::string> read_cells(const std::vector<std::vector<std::string>>& rows, const std::string& above = "") {
  Document document;
  document.metadata.set("year", "2024");
  DocumentBuilder builder(document);
  Block paragraph;
  paragraph.kind = BlockKind::paragraph;
  builder.add_block(above, paragraph);
  for (std::size_t row = 0; row < rows.size(); ++row) {
    for (std::size_t column = 0; column < rows[row].size(); ++column) {
      Block block;
      block.kind = BlockKind::table_cell;
      block.table = 0, block.row = static_cast<int>(row), block.column = static_cast<int>(column);
      builder.add_block(rows[row][column], block);
    }
  }
  metrics::MetricsAnalysis({"件", "场次", "场", "人次", "人", "份", "次", "座", "部", "元", "工作日"}, {})
      .analyze(document);
  std::vector<std::string> out;
  for (const auto& m : document.metrics) out.push_back(fmt::format("{} {}{} {}", m.indicator, m.value, m.unit, m.role));
  return out;
}

// A column headed by the unit it counts in, alone, with 数, or ending a name of two characters or more, gives its
// figures that unit, and its name adds nothing to the row's when it is only the unit.
TEST(MetricTables, AColumnHeadedByItsUnitGivesItsFiguresThatUnit) {
  EXPECT_THAT(read_cells({{"项目", "场次", "人次"}, {"法治讲座", "12", "860"}, {"送法下乡", "8", "1,020"}}),
              ElementsAre("法治讲座 12场次 value", "法治讲座 860人次 value", "送法下乡 8场次 value",
                          "送法下乡 1020人次 value"));
  EXPECT_THAT(read_cells({{"项目", "件数", "份数"}, {"合同审查", "12", "30"}}),
              ElementsAre("合同审查 12件 value", "合同审查 30份 value"));
  EXPECT_THAT(
      read_cells({{"项目", "举办场次", "参训人数", "办结工作日"}, {"法治讲座", "12", "860", "5"}}),
      ElementsAre("法治讲座举办场次 12场次 value", "法治讲座参训人数 860人 value", "法治讲座办结工作日 5工作日 value"));
  // A column's own unit beats the one the table declares.
  EXPECT_THAT(read_cells({{"单位：场", "", ""}, {"活动名称", "场次", "参与人次"}, {"“法律进社区”", "16", "1,240"}}),
              ElementsAre("“法律进社区” 16场次 value", "“法律进社区”参与人次 1240人次 value"));
  // A one-character unit that only ends a word (讲座, 干部) is no unit of the column: the table's 次 is.
  EXPECT_THAT(read_cells({{"单位", "法治讲座", "培训干部"}, {"城关镇", "6", "4"}}, "单位：次"),
              ElementsAre("城关镇法治讲座 6次 value", "城关镇培训干部 4次 value"));
}

// A first row of one cell spanning the table is its caption: a title, 填报单位：…　单位：件 or a list of units; the
// headers are the row below it.
TEST(MetricTables, AFirstRowSpanningTheTableIsItsCaption) {
  EXPECT_THAT(read_cells({{"2024年清河区行政复议案件统计表", "", ""},
                          {"单位", "受理（件）", "办结（件）"},
                          {"区公安分局", "21", "20"}}),
              ElementsAre("区公安分局受理 21件 value", "区公安分局办结 20件 value"));
  EXPECT_THAT(
      read_cells({{"填报单位：清河区司法局　　　单位：件", "", ""}, {"单位", "受理", "办结"}, {"区人社局", "9", "8"}}),
      ElementsAre("区人社局受理 9件 value", "区人社局办结 8件 value"));
  // 单位：件、万元: the row naming 万元 says so, the others count in 件; 2023年 heads the earlier year's column.
  EXPECT_THAT(read_cells({{"单位：件、万元", "", ""},
                          {"项目", "2023年", "2024年"},
                          {"行政处罚案件", "46", "52"},
                          {"罚没款（万元）", "38.6", "41.2"}}),
              ElementsAre("行政处罚案件 46件 previous", "行政处罚案件 52件 value", "罚没款 386000元 previous",
                          "罚没款 412000元 value"));
}

// A signed cell is a figure (under 增减) or none, never part of the next figure's name.
TEST(MetricTables, ASignedCellIsNoPartOfTheNextFiguresName) {
  EXPECT_THAT(read_cells({{"项目", "2023年", "2024年", "增减", "同比（%）"},
                          {"人民调解案件（件）", "1,286", "1,352", "+66", "5.1"}}),
              ElementsAre("人民调解案件 1286件 previous", "人民调解案件 1352件 value", "人民调解案件增减 66件 change",
                          "人民调解案件同比 5.1% change"));
  EXPECT_THAT(read_cells({{"单位：件", ""}, {"部门", "行政复议", "行政应诉"}, {"区交通局", "-5", "12"}}),
              ElementsAre("区交通局行政应诉 12件 value"));
}

// A measure spanning year columns names them (行政复议（件） over 2023年 | 2024年); the earlier year is previous.
TEST(MetricTables, AMeasureSpanningYearColumnsNamesThem) {
  EXPECT_THAT(read_cells({{"乡镇（街道）", "行政复议（件）", "", "行政应诉（件）", ""},
                          {"", "2023年", "2024年", "2023年", "2024年"},
                          {"城关街道", "12", "15", "6", "8"}}),
              ElementsAre("城关街道行政复议 12件 previous", "城关街道行政复议 15件 value",
                          "城关街道行政应诉 6件 previous", "城关街道行政应诉 8件 value"));
}

// A row headed by an earlier year holds that year's figures; a label that only mentions a year is this year's.
TEST(MetricTables, ARowHeadedByAnEarlierYearHoldsThatYearsFigures) {
  EXPECT_THAT(read_cells({{"年度", "行政复议收案（件）", "行政应诉（件）"},
                          {"2023年", "57", "31"},
                          {"2024年度", "64", "35"},
                          {"增减", "+7", "+4"}}),
              ElementsAre("行政复议收案 57件 previous", "行政应诉 31件 previous", "行政复议收案 64件 value",
                          "行政应诉 35件 value", "增减行政复议收案 7件 change", "增减行政应诉 4件 change"));
  EXPECT_THAT(read_cells({{"项目", "数量（件）"}, {"2023年结转案件", "5"}}), ElementsAre("数量 5件 value"));
  // The year past a 序号 column, and the row of changes.
  EXPECT_THAT(read_cells({{"序号", "年度", "行政复议收案（件）", "行政应诉（件）"},
                          {"1", "2023年", "57", "31"},
                          {"2", "2024年", "64", "35"},
                          {"3", "增减", "+7", "+4"}}),
              ElementsAre("行政复议收案 57件 previous", "行政应诉 31件 previous", "行政复议收案 64件 value",
                          "行政应诉 35件 value", "增减行政复议收案 7件 change", "增减行政应诉 4件 change"));
  // A year merged down as a category over the rows of its items.
  EXPECT_THAT(read_cells({{"年度", "项目", "数量"},
                          {"2023年", "行政复议（件）", "57"},
                          {"", "行政应诉（件）", "31"},
                          {"2024年", "行政复议（件）", "64"}}),
              ElementsAre("行政复议 57件 previous", "行政应诉 31件 previous", "行政复议 64件 value"));
  // A label that only mentions a year, past a 序号 column, is still this year's.
  EXPECT_THAT(read_cells({{"序号", "项目", "数量（件）"}, {"1", "2023年结转案件", "5"}}),
              ElementsAre("数量 5件 value"));
}

// A row's label need not be its first cell: after a 序号 or a 类别 column, its rightmost words left of the figures
// are its label, and their bracket names the unit (1 | 人民调解（件） | 412).
TEST(MetricTables, ARowLabelAfterASerialOrACategoryColumnGivesTheUnit) {
  EXPECT_THAT(read_cells({{"序号", "项目", "2024年"},
                          {"1", "人民调解（件）", "412"},
                          {"2", "法律援助（件）", "96"},
                          {"3", "普法活动（场）", "58"}}),
              ElementsAre("人民调解 412件 value", "法律援助 96件 value", "普法活动 58场 value"));
  // A category merged down names the rows under it with their items; a 合计 row naming no unit counts in the
  // one its column's rows count in, and totals the report year's figures above it.
  EXPECT_THAT(read_cells({{"类别", "项目", "2023年", "2024年"},
                          {"行政执法", "行政处罚（件）", "54", "61"},
                          {"", "行政许可（件）", "230", "268"},
                          {"行政争议", "行政复议（件）", "3", "4"},
                          {"", "行政诉讼（件）", "1", "2"},
                          {"合计", "", "288", "335"}}),
              ElementsAre("行政执法行政处罚 54件 previous", "行政执法行政处罚 61件 part",
                          "行政执法行政许可 230件 previous", "行政执法行政许可 268件 part",
                          "行政争议行政复议 3件 previous", "行政争议行政复议 4件 part", "行政争议行政诉讼 1件 previous",
                          "行政争议行政诉讼 2件 part", "合计 288件 previous", "合计 335件 total"));
  // Both: a serial number, then a category merged down, then the item.
  EXPECT_THAT(read_cells({{"序号", "类别", "项目", "数量"},
                          {"1", "公共法律服务", "法律咨询（人次）", "1,260"},
                          {"2", "", "法治讲座（场）", "24"}}),
              ElementsAre("公共法律服务法律咨询 1260人次 value", "公共法律服务法治讲座 24场 value"));
  // A category's bracket counts when the item names no unit.
  EXPECT_THAT(read_cells({{"类别", "项目", "2024年"}, {"行政执法案件（件）", "行政处罚", "61"}, {"", "行政强制", "5"}}),
              ElementsAre("行政执法案件行政处罚 61件 value", "行政执法案件行政强制 5件 value"));
}

// The shapes that worked before keep their reading: a label in the first column, a 单位 column, units in the cells.
TEST(MetricTables, LabelsInTheFirstColumnAUnitColumnAndUnitsInCellsAreUnchanged) {
  EXPECT_THAT(read_cells({{"项目", "数量"}, {"行政处罚（件）", "61"}, {"普法活动（场）", "37"}}),
              ElementsAre("行政处罚 61件 value", "普法活动 37场 value"));
  EXPECT_THAT(
      read_cells({{"序号", "项目", "单位", "数量"}, {"1", "行政处罚", "件", "61"}, {"2", "普法活动", "场", "37"}}),
      ElementsAre("行政处罚 61件 value", "普法活动 37场 value"));
  EXPECT_THAT(read_cells({{"项目", "单位", "数量"}, {"行政处罚", "件", "61"}}), ElementsAre("行政处罚 61件 value"));
  // A measure in the column's header still names the figures of a row labelled after its serial number.
  EXPECT_THAT(read_cells({{"序号", "部门", "行政检查（件）"}, {"1", "城南市场监管所", "45"}}),
              ElementsAre("城南市场监管所行政检查 45件 value"));
  // A row label with no unit and no unit elsewhere reads no figure: a serial number gives it none.
  EXPECT_THAT(read_cells({{"序号", "项目", "2024年"}, {"1", "矛盾纠纷排查", "12"}}), ::testing::IsEmpty());
  // A 合计 row under rows of different units takes none of them.
  EXPECT_THAT(read_cells({{"序号", "项目", "2024年"},
                          {"1", "人民调解（件）", "412"},
                          {"2", "普法活动（场）", "58"},
                          {"合计", "", "470"}}),
              ElementsAre("人民调解 412件 value", "普法活动 58场 value"));
}

// The same tables pasted into a text file (tab-separated), and their totals: a 合计 row is the total of the rows
// above it, also when it leaves a 序号 column blank.
TEST(MetricTables, TabTablesWithASerialOrACategoryColumnAndTheirTotals) {
  const auto roles = [](const std::string& table) {
    std::vector<std::string> out;
    for (const auto& m : test::process_text_with_default_pipeline(
                             "金溪县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n" + table)
                             .metrics) {
      out.push_back(
          fmt::format("{} {}{} {}{}", m.indicator, m.value, m.unit, m.role, m.of.empty() ? "" : " of " + m.of));
    }
    return out;
  };
  EXPECT_THAT(roles("序号\t项目\t数量\n1\t行政处罚（件）\t61\n2\t行政许可（件）\t37\n\t合计\t98\n"),
              ElementsAre("行政处罚 61件 part of m3", "行政许可 37件 part of m3", "行政处罚、行政许可合计 98件 total"));
  EXPECT_THAT(roles("序号\t项目\t数量\n1\t行政处罚（件）\t61\n2\t行政许可（件）\t37\n3\t合计\t98\n"),
              ElementsAre("行政处罚 61件 part of m3", "行政许可 37件 part of m3", "行政处罚、行政许可合计 98件 total"));
  EXPECT_THAT(roles("类别\t项目\t2023年\t2024年\n行政执法\t行政处罚（件）\t54\t61\n\t行政许可（件）\t230\t268\n"
                    "合计\t\t284\t329\n"),
              ElementsAre("行政执法行政处罚 54件 previous of m5", "行政执法行政处罚 61件 part of m6",
                          "行政执法行政许可 230件 previous of m5", "行政执法行政许可 268件 part of m6",
                          "行政执法行政处罚、行政执法行政许可合计 284件 previous",
                          "行政执法行政处罚、行政执法行政许可合计 329件 total"));
  // The earlier year's 合计 adds up its own column, its figures still previous; the same with units in the cells.
  EXPECT_THAT(roles("项目\t2023年\t2024年\n行政处罚\t54件\t61件\n行政许可\t230件\t268件\n合计\t284件\t329件\n"),
              ElementsAre("行政处罚 54件 previous of m5", "行政处罚 61件 part of m6", "行政许可 230件 previous of m5",
                          "行政许可 268件 part of m6", "行政处罚、行政许可合计 284件 previous",
                          "行政处罚、行政许可合计 329件 total"));
  // A column of changes has no total: its 合计 row's change is a change.
  EXPECT_THAT(roles("单位：件\n项目\t2023年\t2024年\t增减\n行政处罚\t54\t61\t+7\n行政许可\t230\t268\t+38\n"
                    "合计\t284\t329\t+45\n"),
              ElementsAre("行政处罚 54件 previous of m7", "行政处罚 61件 part of m8", "行政处罚增减 7件 change",
                          "行政许可 230件 previous of m7", "行政许可 268件 part of m8", "行政许可增减 38件 change",
                          "行政处罚、行政许可合计 284件 previous", "行政处罚、行政许可合计 329件 total",
                          "合计增减 45件 change"));
  // A blank first cell under a category is the category merged down, not a serial column left blank: its 合计
  // is no total of the table.
  EXPECT_THAT(roles("单位：件\n类别\t项目\t数量\n行政执法\t行政处罚\t10\n\t合计\t10\n"),
              ElementsAre("行政执法行政处罚 10件 value", "行政执法合计 10件 value"));
}

// Each figure as "indicator valueunit role of", read from a tab table in a 2024 report.
std::vector<std::string> table_roles(const std::string& table) {
  std::vector<std::string> out;
  for (const auto& m : test::process_text_with_default_pipeline(
                           "金溪县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n" + table)
                           .metrics) {
    out.push_back(fmt::format("{} {}{} {}{}", m.indicator, m.value, m.unit, m.role, m.of.empty() ? "" : " of " + m.of));
  }
  return out;
}

// A row split by a 其中 cell or by columns of men and women: the figures after it are parts of the row's count, named
// by their own words.
TEST(MetricTables, ARowSplitByQizhongOrBySexHasItsPartsLinked) {
  EXPECT_THAT(table_roles("律师（人）\t46\t其中女律师\t18\n基层法律服务工作者（人）\t21\t其中女性\t9\n"),
              ElementsAre("律师 46人 total", "女律师 18人 part of m1", "基层法律服务工作者 21人 total",
                          "基层法律服务工作者女性 9人 part of m3"));
  EXPECT_THAT(table_roles("项目\t人数\t男\t女\n律师（人）\t46\t28\t18\n人民调解员（人）\t320\t190\t130\n"),
              ElementsAre("律师 46人 total", "男律师 28人 part of m1", "女律师 18人 part of m1",
                          "人民调解员 320人 total", "男人民调解员 190人 part of m4", "女人民调解员 130人 part of m4"));
  // A row opening with 其中 (a row breaking down the row above) keeps its name and is a part of that row; columns of
  // other words link nothing.
  EXPECT_THAT(table_roles("单位：件\n类别\t数量\n行政处罚\t486\n其中：简易程序\t318\n"),
              ElementsAre("行政处罚 486件 total", "其中：简易程序 318件 part of m1"));
  EXPECT_THAT(table_roles("项目\t人数\t专职\t兼职\n人民调解员（人）\t320\t190\t130\n"),
              ElementsAre("人民调解员 320人 value", "人民调解员专职 190人 value", "人民调解员兼职 130人 value"));
}

// A cell of sentences: its figures are read as running text; one named by nothing but a verb is of what its row
// names.
TEST(MetricTables, FiguresInSentenceCellsAreNamedWithTheirRow) {
  EXPECT_THAT(
      table_roles("工作\t完成情况\n行政复议\t受理12件，办结11件\n"
                  "开展普法活动\t全年开展宣传活动126场，发放资料1.2万份\n"),
      ElementsAre("行政复议受理 12件 value", "行政复议办结 11件 value", "宣传活动 126场 value", "资料 12000份 value"));
}

TEST(MetricConfiguration, ACountyExtendsTheUnitTable) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "county.xml", "<pipeline><extends>" + (test::kSourceDir / "configs" / "default.xml").string() +
                                           "</extends><nodes><node><id>metrics</id><parameters>"
                                           "<units>+; 盏</units></parameters></node></nodes></pipeline>");
  test::write_file(dir / "r.txt", "安装路灯200盏，开展活动3场。");
  const auto loaded = host::load_pipeline(dir / "county.xml", {});
  host::DocumentProcessor processor(loaded.pipeline, dir.path(), {});
  const auto metrics = processor.process({"r.txt", dir / "r.txt", ""}).document.metrics;
  ASSERT_EQ(metrics.size(), 2u);
  EXPECT_EQ(metrics[0].text, "200盏");
  EXPECT_EQ(metrics[1].text, "3场");                   // the standard table is still there
  EXPECT_THAT(figures("安装路灯200盏。"), IsEmpty());  // not a unit by default
}

// A county's own `-` entry, put first, leaves what it matches without a code; the others keep theirs.
TEST(MetricConfiguration, ACountysNoCodeEntryLeavesAFigureUncoded) {
  test::TemporaryDirectory dir;
  test::write_file(dir / "county.xml", "<pipeline><extends>" + (test::kSourceDir / "configs" / "default.xml").string() +
                                           "</extends><nodes><node><id>metrics</id><parameters>"
                                           "<indicator_codes>^; -@场=试点</indicator_codes></parameters></node></nodes>"
                                           "</pipeline>");
  test::write_file(dir / "r.txt", "开展试点宣传活动3场，开展普法宣传活动12场，试点单位发放宣传资料200份。");
  const auto loaded = host::load_pipeline(dir / "county.xml", {});
  host::DocumentProcessor processor(loaded.pipeline, dir.path(), {});
  std::vector<std::string> codes;
  for (const auto& m : processor.process({"r.txt", dir / "r.txt", ""}).document.metrics) {
    codes.push_back(m.text + "=" + m.code);
  }
  EXPECT_THAT(codes, ElementsAre("3场=", "12场=publicity_events", "200份=publicity_materials"));
}

TEST(MetricConfiguration, AnEmptyUnitTableIsAClearError) {
  EXPECT_THROW(metrics::MetricsAnalysis({}, {}), std::invalid_argument);
}

// 免予/免于 a penalty or a fine is an exemption, not a penalty case or a fine collected; so is a figure after 对 whose
// clause ends by exempting it, and the money such a clause involves even after a thousands comma.
TEST(MetricIndicators, PenaltiesAndFinesWaivedAreExemptions) {
  EXPECT_THAT(codes_of("全年依法免予行政处罚案件64件。对轻微违法行为免于行政处罚118件，涉及金额17.4万元。"),
              ElementsAre("64件=penalty_exemptions", "118件=penalty_exemptions", "17.4万元=penalty_exemption_amounts"));
  EXPECT_THAT(
      codes_of("适用“首违不罚”办理案件43件，免于罚款金额共计52.6万元。免予罚款39万元。"),
      ElementsAre("43件=penalty_exemptions", "52.6万元=penalty_exemption_amounts", "39万元=penalty_exemption_amounts"));
  EXPECT_THAT(codes_of("对19起首次违法且及时改正的案件依法不予处罚。"), ElementsAre("19起=penalty_exemptions"));
  EXPECT_THAT(names("对19起首次违法且及时改正的案件依法不予处罚。"), ElementsAre("案件不予处罚"));
  EXPECT_THAT(codes_of("对轻微违法行为依法不予处罚、减轻处罚共计2,317件，涉及金额二百六十万元。"),
              ElementsAre("2,317件=penalty_exemptions", "二百六十万元=penalty_exemption_amounts"));
  // Not a case punished, a penalty lessened, nor the money a case punished involves.
  EXPECT_THAT(codes_of("全年查处违法案件1,236件，涉及金额288万元，罚款金额合计96万元。对14起案件依法从轻处罚。"),
              ElementsAre("1,236件=penalty_cases", "288万元=amounts_involved", "96万元=fines", "14起="));
}

// A figure in the object of 对, after a description of what was exempted ending in 的 or after a classifier, whose
// clause ends by exempting it or by applying the policy (“首违不罚”) is an exemption; a penalty lessened or publicity
// about the policy is none.
TEST(MetricIndicators, WhatAClauseOfDuiExemptsIsAnExemption) {
  EXPECT_THAT(
      codes_of(
          "对首次轻微违法的68户经营主体依法不予行政处罚，涉及金额21.6万元。对1,245家经营主体依法不予处罚。"
          "对27家企业适用“首违不罚”，免予处罚金额31.5万元。对首次发生清单所列轻微违法行为并及时纠正的纳税人不予处罚"
          "1,508户次。对5起案件作出不予行政处罚决定。"),
      ElementsAre("68户=penalty_exemptions", "21.6万元=penalty_exemption_amounts", "1,245家=penalty_exemptions",
                  "27家=penalty_exemptions", "31.5万元=penalty_exemption_amounts", "1,508户次=penalty_exemptions",
                  "5起=penalty_exemptions"));
  EXPECT_THAT(names("对首次轻微违法的68户经营主体依法不予行政处罚。对27家企业适用“首违不罚”。"),
              ElementsAre("经营主体不予行政处罚", "企业适用“首违不罚”"));
  EXPECT_THAT(codes_of("全年适用“首违不罚”办理案件68件。首违不罚、轻微免罚案件共计45件。"),
              ElementsAre("68件=penalty_exemptions", "45件=penalty_exemptions"));
  EXPECT_THAT(codes_of("对首次违法的12家企业依法从轻处罚。对30家企业开展“首违不罚”政策宣传。"),
              ElementsAre("12家=", "30家="));
}

// A length of time, mostly a time limit, takes only a code that names its unit: no petitions' or training's code for
// the days a petition may wait or a course lasted; the petitions counted and the hours patrolled keep theirs.
TEST(MetricIndicators, ATimeLimitIsNoCount) {
  EXPECT_THAT(
      codes_of("群众信访事项一般在三日内受理，六十日内办结。信访事项在7个工作日内办结。组织执法人员集中培训3天。"),
      ElementsAre("三日内=", "六十日内=", "7个工作日内=", "3天="));
  EXPECT_THAT(codes_of("全年受理信访事项52件，开展治安巡逻120小时。集中培训执法人员3期。"),
              ElementsAre("52件=petitions", "120小时=security_patrols", "3期=legal_training"));
}

// What callers ask a hotline that is no legal one is no legal consultation, though the figure's name (a class of
// calls) no longer says 热线; a legal hotline's and a service's without a hotline keep the code. A hotline named before
// 全年, 今年, 累计 or 共 stays in the name (the name reaches back over the time word to what the calls came in on):
// its calls are its tickets. (This once expected no code: the cut after 全年 left 受理群众咨询, and no code was better
// than legal_consultations; hotline_tickets, added later, is what the figure counts.)
TEST(MetricIndicators, AHotlinesEnquiriesAreNoLegalConsultations) {
  EXPECT_THAT(codes_of("12345政务服务便民热线全年受理群众咨询3.46万件。12345政务服务便民热线今年受理群众诉求3562件。"
                       "12345市民服务热线累计办结群众诉求4,120件。"),
              ElementsAre("3.46万件=hotline_tickets", "3562件=hotline_tickets", "4,120件=hotline_tickets"));
  EXPECT_THAT(names("12345政务服务便民热线全年受理群众咨询3.46万件。12345热线共受理群众诉求890件。"),
              ElementsAre("12345政务服务便民热线受理群众咨询", "12345热线受理群众诉求"));
  // No hotline before the time word: the name is cut after it as before, and keeps its code.
  EXPECT_THAT(names("县公共法律服务中心全年受理群众法律咨询415人次。"), ElementsAre("受理群众法律咨询"));
  EXPECT_THAT(codes_of("县公共法律服务中心全年受理群众法律咨询415人次。"), ElementsAre("415人次=legal_consultations"));
  EXPECT_THAT(codes_of("全年12345热线受理群众诉求8.17万件，其中咨询类4.02万件、求助类1.35万件。"),
              ElementsAre("8.17万件=hotline_tickets", "4.02万件=", "1.35万件="));
  EXPECT_THAT(
      codes_of("12348公共法律服务热线全年解答咨询2,870人次。法律援助热线全年接听群众咨询940人次。"
               "开通12345热线。镇司法所全年接待群众咨询415人次。"),
      ElementsAre("2,870人次=legal_consultations", "940人次=legal_consultations", "415人次=legal_consultations"));
}

// A service hotline's tickets and calls have a code of their own, so that counties' volumes compare; it comes last
// of the counts: a ticket that names what it is keeps that code, the legal hotline's questions stay legal ones, and a
// hotline opened, a rate and a class of calls have none.
TEST(MetricIndicators, AServiceHotlinesTicketsAreHotlineTickets) {
  EXPECT_THAT(codes_of("全年12345政务服务便民热线受理群众诉求6.31万件，办结热线工单5,870件，区长热线接听来电912个。"),
              ElementsAre("6.31万件=hotline_tickets", "5,870件=hotline_tickets", "912个=hotline_tickets"));
  EXPECT_THAT(codes_of("12345热线转办矛盾纠纷74件。12348法律服务热线解答法律咨询2,140人次。开通法律援助热线2条。"
                       "12345热线按时办结率98.6%。"),
              ElementsAre("74件=mediation_cases", "2,140人次=legal_consultations", "2条=", "98.6%="));
}

// A bare stage of handling (受理, 依法受理, 审结, 办结) after a figure of its unit in its sentence that names what was
// handled at an earlier stage counts that, coded: a reconsideration's, a petition's; one of an earlier period looks
// into the sentence before too. A bare 受理 after nothing handled keeps no code.
TEST(MetricIndicators, ABareStageOfHandlingCountsWhatTheFigureBeforeHandled) {
  EXPECT_THAT(names("全年县政府收到行政复议申请243件，依法受理228件（其中涉企案件61件），审结219件；上年受理174件。"),
              ElementsAre("县政府收到行政复议申请", "受理行政复议申请", "涉企案件", "审结行政复议申请",
                          "上年受理行政复议申请"));
  EXPECT_THAT(
      codes_of("全年县政府收到行政复议申请243件，依法受理228件（其中涉企案件61件），审结219件；上年受理174件。"),
      ElementsAre("243件=admin_reconsideration_cases", "228件=admin_reconsideration_cases",
                  "61件=", "219件=admin_reconsideration_cases", "174件=admin_reconsideration_cases"));
  EXPECT_THAT(codes_of("受理信访事项87件，办结85件。"), ElementsAre("87件=petitions", "85件=petitions"));
  EXPECT_THAT(
      codes_of("全年开展普法活动42场，受理9件。接待来访群众260人次，受理31件。受理行政复议申请56件。办结54件。"),
      ElementsAre("42场=publicity_events", "9件=", "260人次=petitions", "31件=", "56件=admin_reconsideration_cases",
                  "54件="));
}

// No work of the code its words name: certificates vetted for issue, bodies that publish a list, a list's items and
// edits, a public consultation's feedback, classes a result is divided into, a cap on how often per year. A document
// revised after a fair-competition review, past a ； in its sentence, is that review's.
TEST(MetricIndicators, ListsCapsClassesAndVettingForIssueAreNoWorkOfTheirCode) {
  EXPECT_THAT(codes_of("全年审核换发行政执法证件438件。全市17个执法部门公布免罚轻罚事项清单共计506项。"
                       "行政许可事项清单动态调整三次，清单内行政许可事项共计218项。"),
              ElementsAre("438件=", "17个=", "506项=", "三次=", "218项="));
  EXPECT_THAT(codes_of("公开征求意见收到反馈意见二百六十余条。评查结果分为优秀、合格、不合格三个等次。"
                       "对同一企业的检查原则上每年不超过3次。"),
              ElementsAre("二百六十余条=", "三个=", "不超过3次="));
  EXPECT_THAT(codes_of("开展公平竞争审查126件，其中增量政策措施118件、存量政策措施8件；经审查修改完善6件。"),
              ElementsAre("126件=fair_competition_reviews", "118件=fair_competition_reviews",
                          "8件=fair_competition_reviews", "6件=fair_competition_reviews"));
  // Work still: a list applied to cases, permits handled, information disclosed, documents reviewed, a year's checks.
  EXPECT_THAT(codes_of("适用不予处罚清单办理案件417件。办理行政许可事项2,630件。依申请公开政府信息28件。"
                       "审核规范性文件15件。全年涉企检查不超过1,800户次。"),
              ElementsAre("417件=penalty_exemptions", "2,630件=licensing", "28件=disclosure_items",
                          "15件=legality_reviews", "不超过1,800户次=inspections"));
}

// Codes the words missed: a check made with an enforcement-supervision platform is an inspection, case files drawn
// for checking (kinds of them listed too) are case files reviewed, outcomes listed before 等纠错 are a
// reconsideration's.
TEST(MetricIndicators, PlatformChecksDrawnCaseFilesAndListedOutcomes) {
  EXPECT_THAT(codes_of("全年通过行政执法监督平台亮码检查3,517次。开展行政执法监督检查3轮。"),
              ElementsAre("3,517次=inspections", "3轮=inspections"));
  EXPECT_THAT(codes_of("开展案卷评查，抽查行政处罚、行政许可案卷共计286卷。抽查各部门案卷共347卷。"),
              ElementsAre("286卷=case_file_reviews", "347卷=case_file_reviews"));
  EXPECT_THAT(codes_of("审结行政复议案件142件，其中维持96件、撤销或确认违法等纠错17件。"),
              ElementsAre("142件=admin_reconsideration_cases", "96件=reconsideration_outcomes",
                          "17件=reconsideration_outcomes"));
  // Not files archived, nor a sum of different things.
  EXPECT_THAT(
      codes_of("整理归档案卷1,260卷。整理行政处罚、行政许可案卷共计310卷。查补税款、滞纳金、罚款合计1.28亿元。"),
      ElementsAre("1,260卷=", "310卷=", "1.28亿元="));
}

// Names that said little: letters of classes before 分别 share the last name's word, a sum after a published list
// counts the list's items, a verb of carrying out ends the noun after a figure, and the average a change starts from is
// cut.
TEST(MetricIndicators, NamesOfClassesListsCarriedOutAndAverages) {
  EXPECT_THAT(names("A、B类企业占比分别为27.4%、58.1%。"), ElementsAre("A类企业占比", "B类企业占比"));
  EXPECT_THAT(names("全区37个行政执法主体全部公布行政检查事项清单，共计1,243项。"),
              ElementsAre("行政执法主体", "行政检查事项清单"));
  EXPECT_THAT(names("对信用良好的268家企业实行“无事不扰”。办理环节由平均7个压减至3个。"),
              ElementsAre("企业", "办理环节", "办理环节"));
  // Not a plan that opens with 实施, numerals before 分别, or staff provided.
  EXPECT_THAT(names("制定4个实施方案。一、二季度分别办理案件14件、19件。28个单位均配备法制审核人员，共96名。"),
              ElementsAre("实施方案", "一季度办理案件", "二季度办理案件", "单位", "法制审核人员"));
}

}  // namespace
}  // namespace docpipe
