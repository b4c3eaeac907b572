// The fixed grammar of a reported figure (numeral, range, multiplier, qualifiers, unit), in one place.
// The units and the indicator taxonomy are configuration (configs/default.xml); these are language.
#pragma once

#include <string_view>

namespace docpipe::metrics {

// Before a number: how the report hedges it. Longest first (最高达 is a maximum, not 高达 after 最).
inline constexpr std::u32string_view kPrefixQualifiers[] = {U"最高达", U"最低为", U"不少于", U"不低于", U"不超过",
                                                            U"不高于", U"不多于", U"不到",   U"不足",   U"未达",
                                                            U"超过",   U"突破",   U"高达",   U"多达",   U"少于",
                                                            U"低于",   U"多于",   U"高于",   U"达到",   U"至少",
                                                            U"大约",   U"约为",   U"将近",   U"达",     U"近",
                                                            U"约",     U"逾",     U"超",     U"≥",      U"≤",
                                                            U"＞",     U"＜"};  // 合格率≥95%: a bound, as 不低于 says
// Words that end in a one-character hedge but are words of their own: 村规民约10份 is ten 村规民约.
inline constexpr std::u32string_view kWordsEndingInAHedge[] = {
    U"公约", U"规民约", U"合约", U"契约", U"条约", U"签约", U"履约", U"预约", U"制约", U"节约",
    U"特约", U"邀约",   U"附近", U"最近", U"就近", U"接近", U"临近", U"到达", U"传达", U"下达",
    U"送达", U"表达",   U"发达", U"抵达", U"通达", U"转达", U"赶超", U"高超", U"出超", U"入超"};
// Before 一成 or 一半, the hedges that make it a share measured (占比不足一成, 近一半的案件, 超过一半的村), longest
// first; each is also a prefix qualifier, which the figure then carries (不足, 近, 超过).
inline constexpr std::u32string_view kHedgesOfAShareOfOne[] = {U"不足", U"不到", U"未达", U"将近", U"接近", U"超过",
                                                               U"达到", U"近",   U"超",   U"逾",   U"约",   U"达"};
// After Arabic digits and 大, the words for the major parts of a whole, which the figure counts:
// 提出6大板块31项具体举措 (6 板块), 聚焦5大领域. After a Chinese numeral they name a programme (五大工程, 三大攻坚战)
// and make no figure.
inline constexpr std::u32string_view kGreaterKinds[] = {U"板块", U"方面", U"领域", U"模块",
                                                        U"片区", U"专项", U"行动", U"工程"};
// Between a number and its unit: 9600余份, 300多人, 10来个.
inline constexpr std::u32string_view kSuffixQualifiers[] = {U"余", U"多", U"来", U"几"};  // 十几次 is 十余次
// After the unit: 85%以上, 100人左右; after a time limit's unit, 内 is 以内 (3个工作日内, 7日内).
inline constexpr std::u32string_view kPostQualifiers[] = {U"以上", U"以下", U"以内", U"左右",
                                                          U"上下", U"之多", U"有余"};
// After those characters 上下 begins a word of its own, not "about" (300人上下班, 上下联动, 上下一心, 上下级, 上下学).
inline constexpr std::u32string_view kAfterShangxiaInAWord = U"班联一级游贯功协楼车同齐学山";
// Before a lone 万, 千 or 百 (过万人, 过千份), 过 is "more than"; not after the characters that make it a verb of
// its own (通过, 经过, 超过 is read whole, 不过, 度过).
inline constexpr std::u32string_view kBeforeGuoInAWord = U"通经超不度越跨错路";
inline constexpr std::u32string_view kTimeLimitUnits[] = {U"日", U"天", U"工作日", U"小时", U"个月", U"周", U"分钟"};
// Verbs of a time limit changed to a new one (办理时限由20个工作日压减到5个, 由30日压缩至10个): the new limit written
// with a bare 个 is in the old one's unit.
inline constexpr std::u32string_view kChangesOfATimeLimit[] = {U"压缩", U"压减", U"缩短", U"缩减", U"减少",
                                                               U"降低", U"下降", U"精简", U"延长", U"调整"};
// After a verb of change and 到, 至 or 为, the words that set the level reached now (压缩到现在的3个工作日,
// 缩短为目前的 1个工作日, 增加到现在的168名): the level reached, as the bare verb sets it, as 由原来的 sets the level
// it started from.
inline constexpr std::u32string_view kWordsOfNow[] = {U"现在的", U"目前的", U"当前的", U"如今的",
                                                      U"现在",   U"目前",   U"当前",   U"如今"};
// Numerals that stand for a number: 上千人, 上万份.
inline constexpr std::pair<std::u32string_view, double> kRoundNumberWords[] = {
    {U"上百", 100},   {U"上千", 1000}, {U"上万", 10000}, {U"数十", 10},   {U"数百", 100},  {U"数千", 1000},
    {U"数万", 10000}, {U"几十", 10},   {U"几百", 100},   {U"几千", 1000}, {U"几万", 10000}};
// A bare 百, 千 or 万 is a number only as a hedged round figure: 百余人次, 近百份, 千余份, 万余人次, 近万人次 (not
// 千方百计, 万达, 百名…工程).
inline constexpr std::u32string_view kLoneRoundNumerals = U"百千万";
// Between the bounds of a range: 1-2次, 3至5次, 1~2.
inline constexpr std::u32string_view kRangeSeparators = U"-~～至到—–－";
// Before a number with no digit before them: a negative figure (同比-8.7%).
inline constexpr std::u32string_view kMinusSigns = U"-−－";
inline constexpr std::u32string_view kPlusSigns = U"+＋";
// Multipliers folded into the value: 3.6万元 → 36000 元, 1.27亿元, 2.3万件; also after a hedge, 120余万元.
inline constexpr std::pair<char32_t, double> kMultipliers[] = {{U'万', 1e4}, {U'亿', 1e8}};
// After Arabic digits 千 multiplies too (2千余份, 5千人次), except where it begins a unit (3千米, 5千瓦).
inline constexpr double kThousand = 1e3;
inline constexpr std::u32string_view kUnitsAfterQian = U"米克瓦伏帕";
// After 前 and a number, a place in a ranking: 前三名, 前3位, 前十强.
inline constexpr std::u32string_view kRankWords = U"名位强";
// Before that 前, a word of time, not of ranking: 目前3名律师, 此前2名, 之前, 当前, 提前, 年前, 日前.
inline constexpr std::u32string_view kBeforeQianOfTime = U"目此之当提年日月";
// What follows "元" for a rate: 1300元/月, 1800元/件, 300元/亩.
inline constexpr std::u32string_view kPerUnits = U"月年人次天户日件宗例亩";
// "每人每月1300元": the 每X before a sum of money becomes /X.
inline constexpr std::u32string_view kPerPrefix = U"每";

// Numerals inside these are names, not figures (after the examples); short quoted spans
// (“四个一”, “八五”, “两委”) and book titles (《…》) are excluded as well.
inline constexpr std::u32string_view kSetPhrases[] = {
    U"四个意识",   U"四个自信", U"两个维护", U"两个确立",     U"四个全面", U"五位一体",   U"三会一课",
    U"一村一",     U"八项规定", U"三项制度", U"两个责任",     U"三张清单", U"三所联动",   U"两个结合",
    U"三个务必",   U"两个规定", U"三个规定", U"三个区分开来", U"三位一体", U"三治融合",   U"四下基层",
    U"两个全覆盖", U"两法衔接", U"两项补贴", U"两个毫不动摇", U"三个代表", U"两个一百年", U"五个一工程",
    U"三个一批",   U"四个一批"};  // 残疾人两项补贴: a programme's name
// After a small Chinese numeral and 个, the verbs and abstract nouns of a slogan (做到四个到位, 实现三个转变,
// 抓好四个环 节, 突出三个聚焦), followed by no more of a word: they name the slogan, no work done (建成三个示范点 is a
// count).
inline constexpr std::u32string_view kSloganWordsAfterGe[] = {
    U"到位", U"转变", U"确保", U"聚焦", U"坚持", U"结合", U"统一", U"突出", U"注重", U"融合", U"必须",
    U"优先", U"不变", U"环节", U"层面", U"维度", U"原则", U"同步", U"并重", U"抓手", U"过硬", U"提升"};
// After a small Chinese numeral and 个 or 项 (and at most a short modifier, 法定, 工作), the abstract things a standing
// requirement or a reform is made of: 履行五个法定程序, 落实五项法定程序, 建立健全四项机制, 推动两项改革落地,
// 三个步骤、 四个阶段. The report names the set, it counts no work done (Arabic counts, 建立4项机制, stay figures).
inline constexpr std::u32string_view kNounsOfAStandingSet[] = {U"程序", U"机制", U"改革", U"步骤", U"阶段",
                                                               U"环节", U"原则", U"要求", U"制度"};
// What may follow such a noun with the phrase still ending on it: 两项改革落地, 五项法定程序的要求; any other word
// goes on to what is counted (完成三项改革任务, 修订两项制度文件 are figures).
inline constexpr std::u32string_view kWordsAfterAStandingSet[] = {U"落地", U"落实", U"到位", U"要求", U"全覆盖",
                                                                  U"的",   U"和",   U"与",   U"及"};
// Verbs that make such a set new, so that its count is work done (建立三个工作机制, 新建立…等3项工作机制, 制定两项
// 制度): not 建立健全 or 完善 (keeping a standing set up), nor 落实, 履行, 推动 (carrying one out).
inline constexpr std::u32string_view kVerbsOfMakingASetNew[] = {U"建立", U"新建", U"制定", U"出台",
                                                                U"创设", U"构建", U"创建", U"形成"};
inline constexpr std::size_t kLongestModifierOfASet = 2;
inline constexpr double kLargestCountOfASet = 10;
// The national service hotlines are 123xx (12333, 12345, 12348, 12366 …): names, not counts (公布12333人社服务热线).
inline constexpr long long kFirstHotline = 12300;
inline constexpr long long kLastHotline = 12399;
// A 次 after a congress's 届 numbers a session (省委十五届六次全会, 十四届全国人大二次会议), when 会 follows.
inline constexpr std::size_t kLongestCongressName = 12;
inline constexpr std::size_t kLongestQuotedName = 12;

}  // namespace docpipe::metrics
