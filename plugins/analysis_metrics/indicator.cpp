#include "indicator.hpp"

#include <algorithm>
#include <stdexcept>

#include "deeds_on_documents.hpp"
#include "docpipe/changes.hpp"
#include "docpipe/chinese_numerals.hpp"
#include "docpipe/heading_markers.hpp"
#include "docpipe/parameters.hpp"
#include "docpipe/text.hpp"
#include "inclusion_notes.hpp"
#include "metric_grammar.hpp"
#include "metric_roles.hpp"

namespace docpipe::metrics {

namespace {

constexpr std::size_t kLongestIndicator = 14;
// A longer clause with no place to cut is kept whole up to this length: a name cut mid-word
// (众住院费用政策范围内报销比例) reads worse than a long one.
constexpr std::size_t kLongestUncutIndicator = 20;
constexpr std::size_t kLongestFollowingIndicator = 14;

constexpr std::u32string_view kClauseDelimiters = U"，。；：、！？（）()“”\"《》,;:!?\n";

// Words that open a clause without naming what is counted, longest first. 今年来 is 今年以来 said short (今年来开展
// 送法进校园活动5场次); 且 joins a second figure to the first (开展合法性审核111次且通过率100%). 苏木 and 旗 are
// the township and the county of Inner Mongolia (我苏木依申请公开政府信息4件, 全旗), as 镇 and 县 are elsewhere;
// 新增加 is 新增 said long (新增加行政执法人员4名), 具体为 opens the breakdown of a count (具体为土地征收类6件).
// 最终确定 says a clean-up settled what it names (最终确定保留96件).
constexpr std::u32string_view kLeadingNoise[] = {
    U"截至目前", U"截止目前", U"今年以来", U"最终确定", U"今年来",   U"新增加",   U"具体为", U"全苏木", U"我苏木",
    U"本苏木",   U"全旗",     U"我旗",     U"本旗",     U"组织开展", U"积极开展", U"全街道", U"我街道", U"本街道",
    U"共组织",   U"最终",     U"力争",     U"争取",     U"确保",     U"继续",     U"先后",   U"截至",   U"截止",
    U"目前",     U"年内",     U"全年",     U"今年",     U"当年",     U"同时",     U"其中",   U"共计",   U"累计",
    U"全镇",     U"我镇",     U"本镇",     U"全乡",     U"我乡",     U"本乡",     U"全县",   U"我县",   U"本县",
    U"全区",     U"我区",     U"本区",     U"全市",     U"我市",     U"本市",     U"全省",   U"全街",   U"我街",
    U"我局",     U"本局",     U"全局",     U"本单位",   U"我单位",   U"本部门",   U"我部门", U"本中心", U"我中心",
    U"我委",     U"本委",     U"我所",     U"辖区",     U"开展",     U"举办",     U"组织",   U"发放",   U"张贴",
    U"悬挂",     U"书写",     U"制作",     U"接待",     U"新增",     U"配备",     U"完成",   U"共有",   U"通过",
    U"积极",     U"已",       U"共",       U"有",       U"对",       U"向",       U"为",     U"并",     U"均",
    U"还",       U"在",       U"等",       U"且",       U"和",       U"了"};  // 《…办法》（…11号）等规范性文件3件: the
                                                                              // examples' 等
// (了 is left of a verb stripped before it: 举办了为期5天的培训班 reads as 开展为期 does.)
// (和 ends a listing before the last item: 中心组学习7次和支部学习8次 names the last 支部学习.)
// Words that close a clause before its figure: 调解成功率达, 化解率为.
// A rate held at a level (化解率保持在98%以上, 办理时限控制在3个工作日) and a count said to be small
// (专职法治人员仅2名) are named without the verb or the hedge.
constexpr std::u32string_view kTrailingNoise[] = {U"下降为",     U"降低为",     U"提高为",     U"提升为",
                                                  U"上升为",     U"增加为",     U"增长为",     U"减少为",
                                                  U"下降至",     U"下降到",     U"降低至",     U"降低到",
                                                  U"提高至",     U"提高到",     U"提升至",     U"提升到",
                                                  U"上升至",     U"上升到",     U"增长至",     U"增长到",
                                                  U"增加至",     U"增加到",     U"减少至",     U"减少到",
                                                  U"稳定保持在", U"始终保持在", U"持续保持在", U"一直保持在",
                                                  U"保持在",     U"稳定在",     U"维持在",     U"控制在",
                                                  U"达到",       U"到达",       U"均为",       U"共计",
                                                  U"累计",       U"进行",       U"达",         U"为",
                                                  U"共",         U"约",         U"近",         U"有",
                                                  U"是",         U"的",         U"均",         U"已",
                                                  U"由",         U"仅",         U"在",         U"保持",
                                                  U"人民币",     U"先后",       U"双"};  // 罚没款共计人民币86.4万元
// 持证上岗率、培训覆盖率双100%: 双 says both rates reached the figure, no part of their names. 到达 is 达到 typed
// the other way round (发放比例到达98%).
// 镇党委会议先后4次研究部署…: 先后 says the sessions came one after another, not what they were.
// Words that start or end with a noise word but are words of their own: 违法行为 keeps its 为, 在册对象 and 在用
// 电梯 their 在, 人均 its 均, 签约 its 约.
constexpr std::u32string_view kWordsNotNoise[] = {
    U"行为", U"作为", U"认为", U"成为", U"因为", U"人为", U"较为", U"更为", U"在册", U"在编", U"在岗", U"在职", U"在押",
    U"在建", U"在办", U"在审", U"在校", U"在读", U"在线", U"对象", U"对口", U"有效", U"有关", U"有序", U"有力", U"共同",
    U"共建", U"共享", U"共治", U"公共", U"人均", U"户均", U"年均", U"日均", U"平均", U"通过率", U"理由", U"自由",
    U"事由", U"缘由", U"了解", U"了结", U"在用", U"在运", U"在营", U"在管", U"在库", U"在逃", U"等级", U"等保", U"等额",
    U"等次", U"等同", U"等待", U"存在", U"所在", U"现在", U"正在", U"不仅", U"对照", U"对标", U"对接", U"和解", U"和谐",
    U"和睦", U"和美",
    // Places named with 和 first (和平街道, 和田路社区, 和县): a name opening with one keeps it.
    U"和平", U"和田", U"和县", U"和龙", U"和政", U"和顺", U"和静", U"和硕", U"和林", U"和布"};
// Where a long clause is cut, keeping what follows: the last verb of doing before the figure, or a word
// that ends a description of the counter (执法队现有|执法人员, 政策范围内|报销比例).
constexpr std::u32string_view kCutAfter[] = {
    U"开展", U"组织", U"举办",   U"通过",   U"悬挂", U"张贴",   U"书写", U"制作", U"发放", U"建设", U"接待", U"配备",
    U"新增", U"召开", U"现有",   U"共有",   U"的",   U"范围内", U"我镇", U"全镇", U"我乡", U"全乡", U"我县", U"全县",
    U"我区", U"全区", U"我街道", U"全街道", U"等",   U"对",     U"向",   U"为",   U"并",   U"全年"};
// The new value of a figure just given: 时限由5个工作日压缩至2个工作日 (both are the 时限).
constexpr std::u32string_view kChangedTo[] = {
    U"压缩至", U"压缩到", U"压减至", U"缩短至", U"缩短到", U"缩短为", U"减少至", U"减少到", U"减少为", U"下降至",
    U"下降到", U"降至",   U"降低至", U"降低到", U"降为",   U"提高至", U"提高到", U"提升至", U"提升到", U"增加至",
    U"增加到", U"增至",   U"上升至", U"上升到", U"增长至", U"增长到", U"精简至", U"精简到", U"缩减至", U"调整至",
    U"调整到", U"发展到", U"发展至", U"扩大到", U"扩大至", U"压减到", U"压减为", U"压缩为", U"缩减到", U"缩减为"};
// Verbs whose object is what a figure counts (not 排查: screening is itself what dispute_screening counts).
constexpr std::u32string_view kHandlingVerbs[] = {U"受理", U"办理", U"调处", U"化解", U"处理", U"接待", U"查处"};
// A figure that says how another changed: 同比增长15%, 较上年提高4.5个百分点.
constexpr std::u32string_view kChangeWords[] = {U"同比",   U"环比",   U"较上年",     U"比上年",
                                                U"较去年", U"比去年", U"与上年相比", U"较上一年"};
// Verbs that end a clause before a figure whose object follows it: 每月开展1次法律咨询, 组织民警进行2次比武考试.
// 深入 and 走进 go to the places counted (深入16个村开展宣讲).
constexpr std::u32string_view kVerbsBeforeWhatIsCounted[] = {U"开展", U"举办", U"举行", U"组织", U"召开",
                                                             U"讲授", U"提供", U"深入", U"走进", U"进行"};
// Deeds done to the things a count names right after it, ending the clause before the count (完成8项涉企行政许可事项
// 改革, 梳理1585项工作事项, 审查12件规范性文件, 对80件法规进行甄别, 收集74份述法报告, 分解13项具体任务): the count
// counts what follows it, not the deed.
// Not 培训 and 检查, which a count of sessions follows with the people or places trained or checked
// (培训3期学员200人). The words that join a second count to the first (召开6次部党组会暨12次理论学习中心组学习会,
// 办理12件复议案件和5件应诉案件) end such a clause too: the second count's name follows it. 提出 and 聚焦 too: 提出
// 6大板块31项具体举措, 聚焦5大领域. 落实 too: 对述职中的问题落实62条整改措施 counts the measures.
constexpr std::u32string_view kDeedsOnWhatFollows[] = {
    U"落实", U"完成", U"梳理", U"审查", U"审核", U"清理", U"制定", U"修订", U"修改", U"废止",
    U"出台", U"印发", U"整改", U"取消", U"承接", U"下放", U"建成", U"新建", U"打造", U"培育",
    U"创建", U"化解", U"查处", U"调处", U"办理", U"受理", U"签订", U"部署", U"推出", U"提出",
    U"聚焦", U"收集", U"分解", U"对",   U"针对", U"暨",   U"以及", U"和",   U"及",   U"与"};
// Deeds of sorting things out, with the 出 of what they picked (甄别出140件党内规范性文件): the count counts what
// follows.
constexpr std::u32string_view kDeedsOfPickingOut[] = {U"甄别出", U"梳理出", U"筛选出", U"清理出",
                                                      U"查找出", U"评选出", U"遴选出", U"排查出"};
// Where the noun phrase after a figure stops (not 对 or 中, which open 对象 and 中学). A place in a ranking among the
// things counted is no part of their name (在全国168个重点城市中排第3名, 全省16个地市中位列第3), nor is the assessment
// that ranked them: 在全市14个乡镇考核中排第2名 counts the 乡镇 ranked, not 14 assessments.
constexpr std::u32string_view kFollowingStops[] = {
    U"的",       U"思想",     U"均",       U"已",       U"都",       U"也",       U"参加",     U"参与",     U"进行",
    U"作为",     U"担任",     U"管理",     U"在",       U"从",       U"和",       U"及",       U"共",       U"每",
    U"被",       U"是",       U"开展",     U"移交",     U"接受",     U"完成",     U"签订",     U"列入",     U"列为",
    U"纳入",     U"实现",     U"获得",     U"受到",     U"通过",     U"依法",     U"全部",     U"分别",     U"先后",
    U"积极",     U"主动",     U"获评",     U"评为",     U"荣获",     U"成为",     U"达到",     U"达标",     U"设立",
    U"建立",     U"存在",     U"仍",       U"全年",     U"列席",     U"年终",     U"增加",     U"减少",     U"增长",
    U"下降",     U"提高",     U"降低",     U"上升",     U"组成",     U"述法",     U"逐项",     U"逐一",     U"逐条",
    U"逐件",     U"保持",     U"以及",     U"暨",       U"目前",     U"具备",     U"中排第",   U"中排名",   U"中位列",
    U"中位居",   U"中名列",   U"中居第",   U"排名第",   U"位列第",   U"位居第",   U"名列第",   U"考核中排", U"考核中位",
    U"考核中名", U"考核中居", U"考评中排", U"考评中位", U"评比中排", U"评比中位", U"测评中排", U"测评中位", U"评估中排",
    U"评估中位"};
// What an assessment that ranks places or bodies is of (法治建设考评, 依法行政考核), said between the things ranked and
// the assessment: words that open the topic, and how far the assessment's ranking may follow them.
constexpr std::u32string_view kTopicsOfARanking[] = {U"法治", U"依法", U"平安", U"营商", U"绩效", U"综合", U"年度"};
constexpr std::u32string_view kRankedInAnAssessment[] = {U"考核中", U"考评中", U"评比中", U"测评中", U"评估中",
                                                         U"考核排", U"考评排", U"考核位", U"考评位"};
constexpr std::size_t kLongestTopicOfARanking = 10;  // 法治政府建设示范创建

bool opens_the_topic_of_a_ranking(std::u32string_view rest) {
  if (std::none_of(std::begin(kTopicsOfARanking), std::end(kTopicsOfARanking),
                   [&](std::u32string_view word) { return rest.starts_with(word); })) {
    return false;
  }
  const auto window = rest.substr(0, kLongestTopicOfARanking + 3);
  return std::any_of(std::begin(kRankedInAnAssessment), std::end(kRankedInAnAssessment),
                     [&](std::u32string_view word) { return window.find(word) != std::u32string_view::npos; });
}

// Verbs of holding sessions (举办38期, 召开12次): what a subject named before the figure's clause held.
constexpr std::u32string_view kVerbsOfHolding[] = {U"举办", U"举行", U"召开", U"开展", U"组织"};

// Deeds the things counted did, and the word saying they did it alike, that end the noun phrase after a figure once it
// has named something (80所中小学完善学校章程, 278项行政许可事项统一划入县行政审批局, 21名干部持有行政执法证); right
// after the figure they open what is counted (12项完善措施, 3个统一标准).
constexpr std::u32string_view kDeedsOfTheThingsCounted[] = {U"完善", U"健全", U"统一", U"持有"};
// Verbs of providing that end the noun phrase after a figure once it has named something (9个村配备法律顾问9名: the 9
// are villages; 6个配备专职人员 names what the 6 have), never in a rate's name (配备率), with 未, 尚未 or 仅 before
// them (3个村未配备调解员: villages).
constexpr std::u32string_view kProvidingStops[] = {U"配备", U"配齐", U"聘请", U"选派", U"提供"};
constexpr std::u32string_view kHedgesBeforeProviding[] = {U"尚未", U"未", U"仅"};
// Verbs of people going where they serve (12名律师进驻信访接待中心, 30名干部下沉社区): they end the noun phrase after
// a figure, and right after a count of people (律师12名进驻信访接待中心) they say where the people went, not what was
// counted: the people are named before the figure.
constexpr std::u32string_view kVerbsOfGoingToServe[] = {U"进驻", U"入驻", U"派驻", U"下沉", U"深入", U"走进", U"前往"};
// Classifiers that count things named after them: 成立19个镇级专项普法工作队, 4名社区矫正对象.
constexpr std::u32string_view kClassifiers[] = {U"个", U"名", U"位", U"支", U"间", U"所", U"家", U"部",
                                                U"台", U"辆", U"座", U"张", U"处", U"批", U"套", U"块"};

// What the items counted may still be in after the figure: 另有1件尚在审理中.
constexpr std::u32string_view kStatesPending[] = {U"尚在", U"仍在", U"正在", U"尚未", U"仍未"};
// An average said alone, per a time or per a head (日均70余人次, 人均15件): a rate of what another figure counts.
constexpr std::u32string_view kBareAverages[] = {U"日均", U"月均", U"年均", U"周均",     U"人均",
                                                 U"户均", U"场均", U"平均", U"平均每天", U"平均每月"};
// A change said without a figure, manner then direction: 有所增加, 明显下降, 大幅增长.
constexpr std::u32string_view kMannersOfChange[] = {U"有所", U"明显", U"大幅",   U"显著", U"稳步",
                                                    U"持续", U"略有", U"进一步", U""};
constexpr std::u32string_view kDirectionsOfChange[] = {U"增加", U"增长", U"上升", U"提高", U"提升",
                                                       U"减少", U"下降", U"降低", U"回落"};
// Verbs that cut something down or speed it up, said alone before a percentage (提速62.5%, 压缩40%): how much the
// figure before changed.
constexpr std::u32string_view kCutsByAShare[] = {U"提速", U"压缩", U"压减", U"缩短", U"缩减",
                                                 U"精简", U"削减", U"压降", U"提效"};
// The size of a change said as a noun (增幅50%, 降幅为12%).
constexpr std::u32string_view kSizesOfChange[] = {U"增幅", U"降幅", U"涨幅", U"减幅", U"升幅"};

// Whether words after a year compared with say how something changed (比2019年增加), not only which figure of that
// year follows (较2020年底的45人: an earlier level, named 较2020年底).
bool says_how_after(std::u32string_view rest) {
  for (const std::u32string_view time : {U"同期", U"相比", U"年底", U"年末", U"底", U"末", U"度"}) {
    if (rest.starts_with(time)) {
      rest.remove_prefix(time.size());
      break;
    }
  }
  return !rest.empty();
}

// Verbs a change measured against an earlier state goes on with (较改革前压减, 比整治前下降): the directions of
// change and the verbs of cutting a time limit or a number down.
constexpr std::u32string_view kVerbsAfterAnEarlierState[] = {
    U"增加", U"增长", U"上升", U"提高", U"提升", U"减少", U"下降", U"降低", U"回落", U"压减",
    U"压缩", U"缩短", U"缩减", U"精简", U"节约", U"节省", U"提速", U"减轻", U"平均"};

// Where a comparison with the state before an event starts in `phrase` (较改革前压减, 比整治前下降, 较实施之前缩短):
// 较 or 比, a short event closed by 前, then a verb of change. The event is a point of time, as 上年 is, and names
// nothing of its own; the words before 较 are the subject the change is of. npos for none.
std::size_t compared_with_a_time_before(std::u32string_view phrase) {
  constexpr std::size_t kLongestEvent = 6;  // 改革前, 集中整治前, 机构改革实施之前
  for (std::size_t at = 0; at + 3 < phrase.size(); ++at) {
    if (phrase[at] != U'较' && phrase[at] != U'比') continue;
    for (std::size_t end = at + 2; end < phrase.size() && end <= at + 1 + kLongestEvent && is_han(phrase[end]); ++end) {
      if (phrase[end] != U'前') continue;
      const auto rest = phrase.substr(end + 1);
      if (std::any_of(std::begin(kVerbsAfterAnEarlierState), std::end(kVerbsAfterAnEarlierState),
                      [&](std::u32string_view verb) { return rest.starts_with(verb); })) {
        return at;
      }
      break;
    }
  }
  return std::u32string_view::npos;
}

// Where the first word saying what a change is measured against starts in `phrase` (同比, 较上年, and a year named:
// 比2019年, 较2020年, 与2021年相比), else where a direction ending it starts (受理案件增加: the change named by its
// subject, after an earlier period's figure), npos for none.
std::size_t first_change_word(std::u32string_view phrase) {
  std::size_t first = std::u32string_view::npos;
  for (const auto word : kChangeWords) first = std::min(first, phrase.find(word));
  for (std::size_t at = 0; at + 6 <= phrase.size() && at < first; ++at) {
    const char32_t c = phrase[at];
    if ((c == U'比' || c == U'较' || c == U'与') && phrase[at + 5] == U'年' &&
        std::all_of(phrase.begin() + static_cast<std::ptrdiff_t>(at + 1),
                    phrase.begin() + static_cast<std::ptrdiff_t>(at + 5),
                    [](char32_t d) { return d >= U'0' && d <= U'9'; }) &&
        (c != U'与' || phrase.substr(at + 6).starts_with(U"相比")) && says_how_after(phrase.substr(at + 6))) {
      return at;
    }
  }
  if (const std::size_t before = compared_with_a_time_before(phrase); before < first) return before;
  if (first == std::u32string_view::npos) {
    for (const auto direction : kDirectionsOfChange) {
      if (phrase.size() > direction.size() && phrase.ends_with(direction)) return phrase.size() - direction.size();
    }
  }
  return first;
}

bool starts_with(std::u32string_view text, std::u32string_view word) { return text.substr(0, word.size()) == word; }
bool ends_with(std::u32string_view text, std::u32string_view word) {
  return text.size() >= word.size() && text.substr(text.size() - word.size()) == word;
}
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Whether `word` at the start (or end) of `phrase` is noise there, not the first (last) part of a word
// (kWordsNotNoise, and the grammar's words that end in a hedge: 村规民约, 下达).
bool noise_at_start(std::u32string_view phrase, std::u32string_view word) {
  // A verb that a rate is made of: 配备率, 完成率 are rates of providing and completing.
  if (starts_with(phrase, word) && phrase.substr(word.size()).starts_with(U'率')) return false;
  // 共建成, 共建立: a total, then the deed (not 共建, building together).
  if (word == U"共" && (phrase.starts_with(U"共建成") || phrase.starts_with(U"共建立"))) return true;
  return starts_with(phrase, word) &&
         std::none_of(std::begin(kWordsNotNoise), std::end(kWordsNotNoise), [&](auto whole) {
           return whole.size() > word.size() && starts_with(whole, word) && starts_with(phrase, whole);
         });
}
// Whether the noise word `phrase` opens with is the first part of a word there (共建, 共同, 有效).
bool noise_is_a_word_at_start(std::u32string_view phrase) {
  return std::any_of(std::begin(kWordsNotNoise), std::end(kWordsNotNoise),
                     [&](std::u32string_view whole) { return starts_with(phrase, whole); }) &&
         !phrase.starts_with(U"共建成") && !phrase.starts_with(U"共建立");
}
bool noise_at_end(std::u32string_view phrase, std::u32string_view word) {
  const auto ends_a_longer_word = [&](std::u32string_view whole) {
    return whole.size() > word.size() && ends_with(whole, word) && ends_with(phrase, whole);
  };
  return ends_with(phrase, word) &&
         std::none_of(std::begin(kWordsNotNoise), std::end(kWordsNotNoise), ends_a_longer_word) &&
         std::none_of(std::begin(kWordsEndingInAHedge), std::end(kWordsEndingInAHedge), ends_a_longer_word);
}

// The length of a time within a year or a span of years that opens `phrase` (第四季度, 上半年, 前三季度, 五年间,
// 近三年, 三年来), 0 if none: when the figures were counted, not what.
std::size_t time_words_length(std::u32string_view phrase) {
  for (const std::u32string_view word : {U"上半年", U"下半年", U"前三季度"}) {
    if (starts_with(phrase, word)) return word.size();
  }
  std::size_t k = starts_with(phrase, U"第") || starts_with(phrase, U"近") ? 1 : 0;
  const std::size_t numerals_start = k;
  while (k < phrase.size() && k - numerals_start < 2 && (chinese_digit_value(phrase[k]) > 0 || is_digit(phrase[k]))) {
    ++k;
  }
  if (k == numerals_start) return 0;
  // 一、二季度, 三、四季度: quarters listed.
  for (std::size_t listed = k; listed + 1 < phrase.size() && phrase[listed] == U'、' && k - numerals_start < 7 &&
                               chinese_digit_value(phrase[listed + 1]) > 0;
       listed = k) {
    k = listed + 2;
  }
  if (starts_with(phrase.substr(k), U"季度")) return k + 2;
  // 截至11月共召开…, 10月底前完成…: a month the figures were counted up to (or in), no part of what.
  if (starts_with(phrase.substr(k), U"月") && phrase[0] != U'第' && phrase[0] != U'近') {
    std::size_t month_end = k + 1;
    for (const std::u32string_view after : {U"底前", U"以来", U"底", U"末", U"份", U"中旬", U"上旬", U"下旬"}) {
      if (starts_with(phrase.substr(month_end), after)) {
        month_end += after.size();
        break;
      }
    }
    if (month_end < phrase.size() && !is_digit(phrase[month_end]) && !is_chinese_numeral_char(phrase[month_end])) {
      return month_end;
    }
  }
  if (!starts_with(phrase.substr(k), U"年") || phrase[0] == U'第') return 0;
  ++k;
  if (starts_with(phrase.substr(k), U"以来")) return k + 2;
  if (k < phrase.size() && (phrase[k] == U'来' || phrase[k] == U'间')) return k + 1;
  // 近三年 alone is a span; 三年 alone may be what is counted (三年行动).
  return phrase[0] == U'近' ? k : 0;
}

// The length of a span of time closed by 期间 that opens `phrase` (疫情期间, 疫情防控期间, 期间), 0 if none or if
// nothing would be left after it.
std::size_t period_opening_length(std::u32string_view phrase) {
  constexpr std::u32string_view kDuring = U"期间";
  constexpr std::size_t kLongestSpanName = 6, kShortestRest = 2;
  const auto at = phrase.find(kDuring);
  if (at == std::u32string_view::npos || at > kLongestSpanName ||
      !std::all_of(phrase.begin(), phrase.begin() + static_cast<std::ptrdiff_t>(at), is_han)) {
    return 0;
  }
  const std::size_t length = at + kDuring.size();
  return phrase.size() >= length + kShortestRest ? length : 0;
}

// Whether the 、 at `at` joins two single numerals of one name (一、二审, 一、二、三季度): a numeral standing alone
// after `floor` or a clause's start before it, and another numeral after it.
bool numerals_listed_at(std::u32string_view text, std::size_t at, std::size_t floor) {
  if (at < floor + 1 || at + 1 >= text.size()) return false;
  const bool alone = at - 1 == floor || kClauseDelimiters.find(text[at - 2]) != std::u32string_view::npos;
  return alone && chinese_digit_value(text[at - 1]) > 0 && chinese_digit_value(text[at + 1]) > 0;
}

// Whether a phrase opens with numerals listed before one word (一、二审), which is no list label.
bool opens_with_listed_numerals(std::u32string_view phrase) {
  return phrase.size() >= 3 && phrase[1] == U'、' && chinese_digit_value(phrase[0]) > 0 &&
         chinese_digit_value(phrase[2]) > 0;
}

// Whether `phrase` ends with a verb of change to a new value (压缩到, 缩短为).
bool ends_with_a_change_to(std::u32string_view phrase) {
  return std::any_of(std::begin(kChangedTo), std::end(kChangedTo),
                     [&](std::u32string_view verb) { return phrase.ends_with(verb); });
}

// The reporting body named bare as the clause's subject (街道共排查化解矛盾纠纷, 镇全年受理…), as 我镇 and 全县 are:
// it says who counted, not what. Only before a word of when or how widely it counted or a deed, since the same
// words open names (镇司法所, 街道综合行政执法队, 乡村振兴).
constexpr std::u32string_view kBareReportingBodies[] = {U"街道办事处", U"街道办", U"街道", U"镇政府", U"乡政府",
                                                        U"社区",       U"镇",     U"乡",   U"村"};
constexpr std::u32string_view kWordsAfterABareSubject[] = {
    U"全年", U"今年", U"年内", U"当年", U"累计", U"共",   U"先后", U"开展", U"组织", U"举办", U"召开", U"排查",
    U"化解", U"调解", U"受理", U"办理", U"办结", U"查处", U"接待", U"培育", U"建成", U"发放", U"审核", U"聘请"};

// The length of a bare reporting body opening `phrase` as its subject, 0 if none. A township, town, county, district or
// city named right before the scope word of its own kind (新华乡全乡共27人, 万古镇全镇, 岳阳县全县) is one too: the
// scope word says as much, and it is cleared as 全乡 is.
std::size_t bare_subject_length(std::u32string_view phrase) {
  constexpr std::size_t kLongestPlaceName = 6;
  for (std::size_t suffix = 1; suffix < kLongestPlaceName && suffix + 2 < phrase.size() && is_han(phrase[suffix - 1]);
       ++suffix) {
    if (std::u32string_view(U"乡镇县区市").find(phrase[suffix]) != std::u32string_view::npos &&
        phrase[suffix + 1] == U'全' && phrase[suffix + 2] == phrase[suffix]) {
      return suffix + 1;
    }
  }
  for (const auto body : kBareReportingBodies) {
    if (!phrase.starts_with(body)) continue;
    const auto rest = phrase.substr(body.size());
    const bool said_as_subject =
        std::any_of(std::begin(kWordsAfterABareSubject), std::end(kWordsAfterABareSubject),
                    [&](std::u32string_view word) { return rest.starts_with(word) && rest.size() > word.size(); }) &&
        !noise_is_a_word_at_start(rest);  // 社区共建共治: 共 opens a word there, no total
    return said_as_subject ? body.size() : 0;
  }
  return 0;
}

// The length of a streak that ends `phrase` (出庭应诉率连续5年保持100%: 连续5年, 连续三年, 连续多个季度), 0 if none:
// how long a level has held is no part of what it names.
std::size_t streak_ending_length(std::u32string_view phrase) {
  constexpr std::u32string_view kStreak = U"连续";
  constexpr std::size_t kShortestRest = 2;
  const auto at = phrase.rfind(kStreak);
  if (at == std::u32string_view::npos || at < kShortestRest) return 0;
  std::size_t k = at + kStreak.size();
  const std::size_t numeral = k;
  while (k < phrase.size() && (is_digit(phrase[k]) || is_chinese_numeral_char(phrase[k]) || phrase[k] == U'多')) ++k;
  if (k == numeral) return 0;
  if (k < phrase.size() && phrase[k] == U'个') ++k;
  for (const std::u32string_view span : {U"年", U"月", U"季度", U"周", U"届", U"次"}) {
    if (phrase.substr(k) == span) return phrase.size() - at;
  }
  return 0;
}

// The length of a year written without 年 that opens `phrase` (2023总共需办理复议案件), 0 if none: four digits of a
// year, then a character that opens no unit (2023件 is a count, 2023年 a year time_words_length reads).
std::size_t bare_year_opening_length(std::u32string_view phrase) {
  constexpr std::size_t kDigits = 4;
  if (phrase.size() <= kDigits + 1 || !std::all_of(phrase.begin(), phrase.begin() + kDigits, is_digit)) return 0;
  int year = 0;
  for (const char32_t c : phrase.substr(0, kDigits)) year = (year * 10) + static_cast<int>(c - U'0');
  constexpr int kFirstYear = 1990;
  constexpr int kLastYear = 2099;
  if (year < kFirstYear || year > kLastYear || !is_han(phrase[kDigits])) return 0;
  constexpr std::u32string_view kUnitsOrDates = U"年月日号件人次名个项起宗例户家余多万亿元场份条位期批";
  return kUnitsOrDates.find(phrase[kDigits]) == std::u32string_view::npos ? kDigits : 0;
}

std::u32string_view strip(std::u32string_view phrase) {
  for (bool changed = true; changed && !phrase.empty();) {
    changed = false;
    // A bullet or a space a copy from a WeChat article leaves before the sentence: ▌ 开展执法督察, ● 开展学法.
    // A dash between two figures (最低500元—最高2万元) names nothing.
    if (phrase[0] == U' ' || phrase[0] == U'\u3000' || is_bullet(phrase[0]) ||
        std::u32string_view(U"—–－~～").find(phrase[0]) != std::u32string_view::npos) {
      phrase.remove_prefix(1);
      changed = true;
      continue;
    }
    // A typist's space before the figure (权重提升至 15%, 缩短至 12 天, as a PDF's text layer spaces digits): the
    // words before it end where they would without it, so a verb of change or a hedge there is read.
    if (phrase.back() == U' ' || phrase.back() == U'\u3000' || phrase.back() == U'\u00a0') {
      phrase.remove_suffix(1);
      changed = true;
      continue;
    }
    // An enumeration inside the paragraph: 一是开展法治讲座, 二是…
    if (phrase.size() > 2 && phrase[1] == U'是' && chinese_digit_value(phrase[0]) > 0) {
      phrase.remove_prefix(2);
      changed = true;
      continue;
    }
    // A list or heading label run in before the sentence: 1.领导干部学法15次, （二）开展普法. A heading's numbering
    // alone names nothing either: （一）过半的村（社区）建成法治示范点 is named by what follows the share.
    if (const std::size_t marker = heading_marker_length(phrase);
        marker > 0 && marker <= phrase.size() && !opens_with_listed_numerals(phrase)) {
      phrase.remove_prefix(marker);
      changed = true;
      continue;
    }
    if (const std::size_t time = time_words_length(phrase); time > 0 && time < phrase.size()) {
      phrase.remove_prefix(time);
      changed = true;
      continue;
    }
    if (const std::size_t year = bare_year_opening_length(phrase); year > 0) {
      phrase.remove_prefix(year);
      changed = true;
      continue;
    }
    // 疫情期间, 汛期期间, 春节期间: a short span of time closed by 期间 opens the clause as 全年 and 今年 do; it
    // names when the figure was counted, not what.
    if (const std::size_t span = period_opening_length(phrase); span > 0) {
      phrase.remove_prefix(span);
      changed = true;
      continue;
    }
    // A leading year: 2024年以来, 2023年1-12 月; a span of years: 2022—2024年, 2022年至2024年.
    constexpr std::u32string_view kJoins = U"—–-－~～至到";
    if (phrase.size() >= 10 && is_digit(phrase[0]) && is_digit(phrase[3]) &&
        kJoins.find(phrase[4]) != std::u32string_view::npos && is_digit(phrase[5]) && is_digit(phrase[8]) &&
        phrase[9] == U'年') {
      phrase.remove_prefix(5);
      changed = true;
      continue;
    }
    if (phrase.size() >= 5 && is_digit(phrase[0]) && is_digit(phrase[3]) && phrase[4] == U'年') {
      std::size_t k = 5;
      if (k + 5 < phrase.size() && kJoins.find(phrase[k]) != std::u32string_view::npos && is_digit(phrase[k + 1]) &&
          is_digit(phrase[k + 4]) && phrase[k + 5] == U'年') {
        k += 6;  // 2022年至2024年
      }
      while (k < phrase.size() && (is_digit(phrase[k]) || phrase[k] == U'-' || phrase[k] == U'－' ||
                                   phrase[k] == U' ' || phrase[k] == U'月' || phrase[k] == U'度')) {
        ++k;
      }
      if (starts_with(phrase.substr(k), U"以来")) k += 2;
      if (k < phrase.size() && (phrase[k] == U'间' || phrase[k] == U'内')) ++k;  // 2022—2024年间
      // 2024年底, 2024年末, 2024年初, 2024年底前: a time of that year.
      if (k < phrase.size() && std::u32string_view(U"底末初").find(phrase[k]) != std::u32string_view::npos) {
        ++k;
        if (starts_with(phrase.substr(k), U"前")) ++k;  // 2024年底前
      }
      phrase.remove_prefix(k);
      changed = true;
      continue;
    }
    // 现区级保留的政务服务事项515项: 现 (now) before a level of government says when the figure stands, no part of
    // what.
    if (phrase.starts_with(U"现") && phrase.size() > 3 && (phrase[1] == U'全' || phrase.substr(2).starts_with(U"级"))) {
      phrase.remove_prefix(1);
      changed = true;
      continue;
    }
    // 已成功举办38期: 成功 before a verb of holding says the sessions took place, no kind of them (成功调解 keeps it: a
    // mediation that succeeded is another count than one tried).
    if (phrase.starts_with(U"成功") &&
        std::any_of(std::begin(kVerbsOfHolding), std::end(kVerbsOfHolding),
                    [&](std::u32string_view verb) { return phrase.substr(2).starts_with(verb); })) {
      phrase.remove_prefix(2);
      changed = true;
      continue;
    }
    if (const std::size_t subject = bare_subject_length(phrase); subject > 0) {
      phrase.remove_prefix(subject);
      changed = true;
      continue;
    }
    for (const auto word : kLeadingNoise) {
      if (noise_at_start(phrase, word)) {
        phrase.remove_prefix(word.size());
        changed = true;
        break;
      }
    }
    for (const auto word : kTrailingNoise) {
      if (noise_at_end(phrase, word)) {
        phrase.remove_suffix(word.size());
        changed = true;
        break;
      }
    }
    if (const std::size_t streak = streak_ending_length(phrase); streak > 0) {
      phrase.remove_suffix(streak);
      changed = true;
      continue;
    }
    // 平均办案时长缩短至38天: a level reached is named by what reached it, as after 下降为 (not a bare 压缩至, which
    // names the figure before it).
    for (const auto verb : kChangedTo) {
      if (phrase.size() >= verb.size() + 2 && phrase.ends_with(verb)) {
        phrase.remove_suffix(verb.size());
        changed = true;
        break;
      }
    }
    // 微信群成员由去年(的)260人: the period a change is measured from.
    // 办理环节由平均6个压减至2个: the average a change is measured from; 时限由法定的20个工作日: the limit the law set.
    for (const std::u32string_view from :
         {U"由去年", U"由上年", U"由前年", U"由上一年", U"由平均", U"由原来的", U"由原来", U"由过去的", U"由过去",
          U"由法定的", U"由法定", U"由年初", U"由上年末", U"由上年底", U"由去年底", U"由改革前"}) {
      if (phrase.ends_with(from)) {
        phrase.remove_suffix(from.size());
        changed = true;
      }
    }
    // 项目审批时间平均缩短至35个工作日: an average is how the figure was taken, no part of what it names.
    if (phrase.size() >= 4 && phrase.ends_with(U"平均")) {
      phrase.remove_suffix(2);
      changed = true;
    }
    // 办件量是上年的1.8倍, 罚款金额为去年同期的2倍: the earlier period a figure is measured against names nothing.
    for (const auto earlier : kEarlierPeriods) {
      for (const std::u32string_view link : {U"相当于", U"达到", U"是", U"为", U"达"}) {
        if (phrase.size() > link.size() + earlier.size() + 1 && phrase.ends_with(earlier) &&
            phrase.substr(0, phrase.size() - earlier.size()).ends_with(link)) {
          phrase.remove_suffix(link.size() + earlier.size());
          changed = true;
          break;
        }
      }
    }
    // 压缩到现在的3个工作日, 缩短为目前的1个工作日: the level reached now, named as after the bare verb.
    for (const auto now : kWordsOfNow) {
      if (phrase.ends_with(now) && ends_with_a_change_to(phrase.substr(0, phrase.size() - now.size()))) {
        phrase.remove_suffix(now.size());
        changed = true;
        break;
      }
    }
    // 行政复议案件由2016年(的)19件: the year a change is measured from.
    constexpr std::size_t kFromAYear = 6;  // 由2016年
    if (phrase.size() >= kFromAYear && phrase.ends_with(U"年") && phrase[phrase.size() - kFromAYear] == U'由' &&
        std::all_of(phrase.end() - 5, phrase.end() - 1, [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
      phrase.remove_suffix(kFromAYear);
      changed = true;
    }
  }
  while (!phrase.empty() && phrase.front() == U' ') phrase.remove_prefix(1);
  while (!phrase.empty() && phrase.back() == U' ') phrase.remove_suffix(1);
  return phrase;
}

// What is left after a cut that names nothing on its own: 研究法治建设|工作 says what was studied only
// with the words before 工作.
constexpr std::u32string_view kTooGeneric[] = {U"工作", U"情况", U"事项", U"任务", U"议题"};
// Nor does the bare measure of what a verb of doing did: 办案补贴发放|比例 and 发放|金额 stay whole.
constexpr std::u32string_view kBareMeasures[] = {U"比例", U"比重", U"比率", U"金额", U"总额", U"数额"};

// Whether a cut after `word` at `at` would split a word the cut word is part of: 对象, 对接, 行为, 方向, 平等, 工程
// 建设领域 (a noun there, no verb).
bool splits_a_word(std::u32string_view phrase, std::size_t at, std::u32string_view word) {
  const std::size_t after = at + word.size();
  const char32_t before = at > 0 ? phrase[at - 1] : U'\0';
  const char32_t next = after < phrase.size() ? phrase[after] : U'\0';
  const auto one_of = [](std::u32string_view set, char32_t c) {
    return c != U'\0' && set.find(c) != std::u32string_view::npos;
  };
  if (word == U"对") return one_of(U"象接照标比外口策待应", next) || one_of(U"针面绝相核", before);
  if (word == U"为") return one_of(U"行作认成因称以", before);
  if (word == U"向") return one_of(U"方导意倾动走", before);
  // 政务新媒体（微信公众号等）公开: a 等 right before a closing bracket closes examples inside the bracket.
  if (word == U"等") return one_of(U"平同对高中初均", before) || one_of(U"级）)", next);
  if (word == U"并") return one_of(U"合兼吞", before) || one_of(U"购联", next);
  // 研究法治建设重点工作, 法治政府建设任务: after 法治 or 政府, 建设 is the noun of a name, no deed.
  if (word == U"建设") {
    return phrase.substr(after).starts_with(U"领域") || phrase.substr(after).starts_with(U"项目") ||
           one_of(U"治府", before);
  }
  return false;
}

// Words of the time or the scope a figure was counted in, said between its subject and its deed: 全年, 今年, 累计,
// 共计, 共, 全县 ….
constexpr std::u32string_view kTimesAndScopesOfACount[] = {U"全年", U"今年", U"年内", U"当年", U"累计",
                                                           U"共计", U"全县", U"全区", U"全市", U"共"};

// 12345政务服务便民热线全年受理群众咨询: a hotline's name, then a word of when or how widely the figure was counted,
// then the deed. The hotline is what the figure's tickets or calls came in on, and the name reaches back over the
// time word to it (12345政务服务便民热线受理群众咨询), where the cut after 全年 would leave the deed alone. An office
// that does many things (县信访局全年召开会议) is no such subject: only a name ending in 热线 is. Empty if none.
std::u32string hotline_over_a_time_word(std::u32string_view phrase) {
  constexpr std::u32string_view kHotline = U"热线";
  const auto hotline = phrase.find(kHotline);
  if (hotline == std::u32string_view::npos || hotline == 0) return {};
  const std::size_t after = hotline + kHotline.size();
  for (const auto word : kTimesAndScopesOfACount) {
    if (!phrase.substr(after).starts_with(word) || after + word.size() + 2 > phrase.size()) continue;
    std::u32string named(phrase.substr(0, after));
    named += phrase.substr(after + word.size());
    return named;
  }
  return {};
}

// 镇司法所全年办理法律援助案件, 镇长全年带头学法: in a short name, a word of when the figure was counted said between
// the body that counted it and the deed is no part of it (镇司法所办理法律援助案件, 镇长带头学法); a long one is cut
// after that word instead. Empty if none.
std::u32string body_over_a_time_word(std::u32string_view phrase) {
  constexpr std::size_t kShortestBody = 2, kShortestDeed = 2;
  for (const std::u32string_view time : {U"全年", U"今年"}) {
    const auto at = phrase.find(time);
    if (at == std::u32string_view::npos || at < kShortestBody || phrase.size() < at + time.size() + kShortestDeed) {
      continue;
    }
    std::u32string named(phrase.substr(0, at));
    named += phrase.substr(at + time.size());
    return named;
  }
  return {};
}

// The last characters of the name of a body or a place (综合行政执法队, 司法所, 法律援助中心, 某村, 某某公司, 服务机构,
// 合作社, 水厂), or 单位 (各单位: 位 alone ends 岗位 and 点位 too): the owner a word of having follows as its subject.
constexpr std::u32string_view kHeadsOfBodies = U"队所局站室院委会部处科办组庭团馆校心镇乡县区市村司构社厂";
bool ends_with_a_body(std::u32string_view words) {
  return !words.empty() && (kHeadsOfBodies.find(words.back()) != std::u32string_view::npos || words.ends_with(U"单位"));
}

// 乡综合行政执法队现有执法人员, 司法所共有工作人员: a body, a word of having, and what it has. What it has is what is
// counted, whatever the clause's length (the cut of a long clause after 现有 says so too); the body is no more part of
// the name than 全县 in 全县共有…. Not after a deed (清理现有规范性文件: there 现有 is "existing"). Empty if none.
std::u32string_view had_by_a_body(std::u32string_view phrase) {
  constexpr std::size_t kShortestBody = 2, kShortestThing = 2;
  for (const std::u32string_view having : {U"现有", U"共有"}) {
    const auto at = phrase.rfind(having);
    if (at == std::u32string_view::npos || at < kShortestBody || !ends_with_a_body(phrase.substr(0, at)) ||
        phrase.size() < at + having.size() + kShortestThing) {
      continue;
    }
    const auto rest = strip(phrase.substr(at + having.size()));
    if (rest.size() < kShortestThing ||
        std::find(std::begin(kTooGeneric), std::end(kTooGeneric), rest) != std::end(kTooGeneric)) {
      continue;
    }
    return rest;
  }
  return {};
}

// 被申请人为县政府部门的案件数量: a description of who a party to the cases was, before 的, is what sets these cases
// apart from the rest; the cut after 的 (or 为) would leave the bare 案件数量. The description and the things it
// describes, without a closing word that only says they are counted (数量); empty when `phrase` is no such
// description or runs too long.
std::u32string_view described_by_a_party(std::u32string_view phrase) {
  constexpr std::u32string_view kParties[] = {U"被申请人", U"申请人", U"被告", U"原告", U"当事人", U"被复议机关"};
  const bool a_party = std::any_of(std::begin(kParties), std::end(kParties), [&](std::u32string_view party) {
    return phrase.starts_with(party) && phrase.size() > party.size() &&
           (phrase[party.size()] == U'为' || phrase[party.size()] == U'是');
  });
  const auto de = phrase.find(U'的');
  if (!a_party || de == std::u32string_view::npos || de + 2 >= phrase.size()) return {};
  if (phrase.ends_with(U"数量")) phrase.remove_suffix(2);
  return phrase.size() <= kLongestUncutIndicator ? phrase : std::u32string_view{};
}

// Where a name cut at `from` starts once past the end of a word within its first characters: after a body's 局 (not
// 局长, 局面, 局势) or after 和, 及, 与 or 的 joining words (not 和解, 和谐, 及时, 与会). `from` when no word ends
// there, or too little would be left to name anything.
std::size_t past_a_word_end_close_by(std::u32string_view phrase, std::size_t from) {
  constexpr std::size_t kLookedAhead = 4, kShortestLeft = 6;
  for (std::size_t at = from; at < phrase.size() && at < from + kLookedAhead; ++at) {
    const char32_t next = at + 1 < phrase.size() ? phrase[at + 1] : U'\n';
    const auto one_of = [&](std::u32string_view set) { return set.find(next) != std::u32string_view::npos; };
    const bool ends_a_word = (phrase[at] == U'局' && !one_of(U"长面势")) ||
                             (phrase[at] == U'和' && !one_of(U"解谐美")) || (phrase[at] == U'及' && next != U'时') ||
                             (phrase[at] == U'与' && next != U'会') || phrase[at] == U'的';
    if (ends_a_word && phrase.size() >= at + 1 + kShortestLeft) return at + 1;
  }
  return from;
}

std::u32string_view shorten(std::u32string_view phrase) {
  if (const auto had = had_by_a_body(phrase); !had.empty()) phrase = had;
  if (const auto described = described_by_a_party(phrase); !described.empty()) return described;
  // 主题党日等开展集中学习, 专题讲座等形式开展学法: examples of how, closed by 等 (and 形式 or 方式), before a verb of
  // doing say how it was done; what follows the verb is what was done.
  if (const auto examples = phrase.rfind(U'等'); examples != std::u32string_view::npos && examples > 0) {
    auto rest = phrase.substr(examples + 1);
    for (const std::u32string_view manner : {U"形式", U"方式"}) {
      if (rest.starts_with(manner)) rest.remove_prefix(manner.size());
    }
    for (const std::u32string_view verb : {U"开展", U"组织", U"举办", U"召开", U"进行"}) {
      if (rest.starts_with(verb) && rest.size() >= verb.size() + 2) return rest.substr(verb.size());
    }
  }
  if (phrase.size() <= kLongestIndicator) return phrase;
  // Deeds done to documents and measures (废止或修订妨碍公平竞争的政策措施6件): what the figure counts is what was
  // done to them, so a clause that opens with one keeps it, as 清理存量文件 and 废止规范性文件 do.
  if (phrase.size() <= kLongestUncutIndicator && opens_with_a_deed_on_documents(phrase)) return phrase;
  // The last cut that leaves a phrase of two characters or more that names something: none that leaves only
  // a generic word (主持党工委会议研究法治建设|工作 stays whole).
  std::size_t cut = 0;
  for (const auto word : kCutAfter) {
    for (auto at = phrase.rfind(word); at != std::u32string_view::npos;
         at = at == 0 ? std::u32string_view::npos : phrase.rfind(word, at - 1)) {
      const std::size_t after = at + word.size();
      if (after + 2 > phrase.size() || splits_a_word(phrase, at, word)) continue;
      const auto rest = strip(phrase.substr(after));
      if (std::find(std::begin(kTooGeneric), std::end(kTooGeneric), rest) == std::end(kTooGeneric) &&
          std::find(std::begin(kBareMeasures), std::end(kBareMeasures), rest) == std::end(kBareMeasures)) {
        cut = std::max(cut, after);
      }
    }
  }
  phrase.remove_prefix(cut);
  if (phrase.size() > kLongestUncutIndicator) {
    std::size_t keep_from = phrase.size() - kLongestIndicator;
    // Not inside a book title: 《某县突发事件总体应急预案》和专项应急预案 keeps the title whole.
    const auto close = phrase.find(U'》', keep_from);
    if (close != std::u32string_view::npos &&
        phrase.substr(keep_from, close - keep_from).find(U'《') == std::u32string_view::npos) {
      if (const auto open = phrase.rfind(U'《', keep_from); open != std::u32string_view::npos) keep_from = open;
    }
    // Nor inside a number (0736-5321890举报电话 keeps none of it): a figure's tail names nothing.
    const auto in_a_number = [&](std::size_t at) {
      return at < phrase.size() &&
             (is_digit(phrase[at]) || phrase[at] == U'-' || phrase[at] == U'－' || phrase[at] == U'.');
    };
    if (keep_from > 0 && in_a_number(keep_from - 1)) {
      while (in_a_number(keep_from)) ++keep_from;
    }
    // Nor mid-word where a word ends a few characters on: the name starts past a body's 局 or a word joining two
    // (县行政审批局和县综合行政执法局相对集中行使行政权力事项 → 相对集中行使行政权力事项, not 法局相对…).
    keep_from = past_a_word_end_close_by(phrase, keep_from);
    phrase.remove_prefix(keep_from);
  }
  return strip(phrase);
}

// 查处全市建筑市场三包一挂等违法违规行为5起: a long clause cut after the 等 that closes its examples keeps the kind
// (违法违规行为) and loses the deed done to it; a verb of handling before the examples is put back before the kind
// (查处违法违规行为), which is what the figure counts. Empty when the cut was elsewhere or no such verb is there.
std::u32string the_deed_before_the_examples(std::u32string_view stripped, std::u32string_view shortened) {
  constexpr std::size_t kShortestExample = 2;
  if (shortened.size() < 2 || shortened.data() <= stripped.data() ||
      shortened.data() >= stripped.data() + stripped.size()) {
    return {};
  }
  const auto cut = static_cast<std::size_t>(shortened.data() - stripped.data());
  if (stripped[cut - 1] != U'等') return {};
  const auto before = stripped.substr(0, cut - 1);
  std::size_t best = std::u32string_view::npos;
  std::u32string_view verb;
  for (const auto handling : kHandlingVerbs) {
    const auto at = before.rfind(handling);
    if (at != std::u32string_view::npos && (best == std::u32string_view::npos || at > best) &&
        before.size() >= at + handling.size() + kShortestExample) {
      best = at;
      verb = handling;
    }
  }
  if (verb.empty() || shortened.starts_with(verb)) return {};
  return std::u32string(verb) + std::u32string(shortened);
}

// A verb of change to a new value and the year it was reached (增长到2020年, 提高至2025年底的, 降至2024年).
bool names_a_change_to_a_year(std::u32string_view phrase) {
  if (phrase.ends_with(U"的")) phrase.remove_suffix(1);
  for (const auto verb : kChangedTo) {
    if (!phrase.starts_with(verb)) continue;
    std::u32string_view year = phrase.substr(verb.size());
    for (const std::u32string_view end : {U"年度", U"年底", U"年末", U"年"}) {
      if (year.ends_with(end)) {
        year.remove_suffix(end.size());
        break;
      }
    }
    return year.size() == 4 && std::all_of(year.begin(), year.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
  }
  return false;
}

bool starts_with_change_word(std::u32string_view phrase) { return first_change_word(phrase) == 0; }

// Whether a word of kFollowingStops, or 时 (及时), starts at `at`: what follows 和/及 there is no second noun.
bool starts_a_verb(std::u32string_view text, std::size_t at) {
  if (text[at] == U'时') return true;
  return std::any_of(std::begin(kFollowingStops), std::end(kFollowingStops),
                     [&](std::u32string_view word) { return starts_with(text.substr(at), word); });
}

// Whether the 、 at `at` joins a noun before it to the short noun after it, up to the figure at `start`, as one name:
// 抽检种子、农药、肥料样品136个, 涉及土地、劳务纠纷42件. Not when a figure comes before the 、 in its clause
// (调解纠纷36件、 信访事项12件: the items of a listing), nor when a deed follows it (加强执法监督、开展案卷评查36卷:
// two clauses), nor after a rate.
bool nouns_joined_at(std::u32string_view text, std::size_t at, std::size_t start, std::size_t floor) {
  constexpr std::size_t kLongestAfter = 8;
  // 参考率、合格率均达100%: two rates said with one figure are two names, the nearer its own.
  if (at <= floor || at + 1 >= start || start - at - 1 > kLongestAfter || !is_han(text[at - 1]) ||
      text[at - 1] == U'率') {
    return false;
  }
  const auto after = text.substr(at + 1, start - at - 1);
  if (!std::all_of(after.begin(), after.end(), [](char32_t d) { return is_han(d) || d == U'、'; })) return false;
  const auto opens_with = [&](std::u32string_view words) {
    return words.starts_with(U'、') || starts_a_verb(words, 0);
  };
  for (std::size_t k = at; k < start; ++k) {
    if (text[k] != U'、') continue;
    const auto item = text.substr(k + 1, start - k - 1);
    if (item.empty() || opens_with(item)) return false;
    const auto opens = [&](std::u32string_view verb) { return item.starts_with(verb); };
    if (std::any_of(std::begin(detail::kDeedsDoneMoreOrLess), std::end(detail::kDeedsDoneMoreOrLess), opens) ||
        std::any_of(std::begin(kCutAfter), std::end(kCutAfter), opens) ||
        std::any_of(std::begin(kHandlingVerbs), std::end(kHandlingVerbs), opens)) {
      return false;
    }
  }
  for (std::size_t k = at; k > floor; --k) {
    const char32_t c = text[k - 1];
    // 截至11月共召开党委会、局办会41次: a date's digits (11月, 2024年) are no figure of a listing's item.
    // (The run's last digit decides: the ones before it are read with it.)
    if (is_digit(c) && !(k < text.size() && (is_digit(text[k]) || std::u32string_view(U"年月日号").find(text[k]) !=
                                                                      std::u32string_view::npos))) {
      return false;
    }
    if (c != U'、' && kClauseDelimiters.find(c) != std::u32string_view::npos) break;
  }
  return true;
}

// Whether the words after a listing's 等 are the kind its items are examples of: a short one (等业务, 等活动) or a
// longer noun (等专项执法行动, 等重点问题, 等关键事项, 等海岛帮办待办点). Not the way things were done (等方式学法,
// 等形式), nor a deed done to or at the things listed (机关、学校等开展普法宣传, 餐饮、住宿等行业开展检查), which the
// words after the deed name.
bool a_kind_after_deng(std::u32string_view kind) {
  constexpr std::size_t kLongestShortKind = 3, kLongestKind = 8;
  if (kind.size() <= kLongestShortKind) return true;
  if (kind.size() > kLongestKind) return false;
  constexpr std::u32string_view kWays[] = {U"形式", U"方式", U"途径", U"渠道", U"手段", U"载体"};
  if (std::any_of(std::begin(kWays), std::end(kWays), [&](std::u32string_view way) { return kind.starts_with(way); }))
    return false;
  constexpr std::u32string_view kDeeds[] = {U"开展", U"进行", U"组织", U"举办", U"召开", U"实施", U"参加", U"参与"};
  return std::none_of(std::begin(kDeeds), std::end(kDeeds),
                      [&](std::u32string_view deed) { return kind.find(deed) != std::u32string_view::npos; });
}

// 办理公共场所卫生许可、医疗机构变更校验、…、消毒产品许可等业务5650件: examples listed by 、 and closed by 等 and the
// kind they are examples of, right before the figure and with no figure among them, name it together: the whole
// listing when it fits in a name (审查行政规范性文件、政府合同、会议纪要等), else its first example and the kind
// (办理公共场所卫生许可等业务, 开展违法建设等专项执法行动). The last items alone would name only some of what was
// counted. `begin` is where the clause before the figure was found to start, after a 、; empty when there is no such
// listing.
std::u32string examples_closed_by_deng(std::u32string_view text, std::size_t begin, std::size_t start,
                                       std::size_t floor) {
  if (begin <= floor + 1 || begin >= start || text[begin - 1] != U'、') return {};
  const auto deng = text.substr(begin, start - begin).rfind(U'等');
  if (deng == std::u32string_view::npos || !a_kind_after_deng(text.substr(begin + deng + 1, start - begin - deng - 1)))
    return {};
  // 等 inside a word (高等院校, 中等职业学校, 一等奖, 平等) closes no listing.
  constexpr std::u32string_view kBeforeTheDengOfAWord = U"高中初同平均对优特超次上一二三四";
  if (kBeforeTheDengOfAWord.find(text[begin + deng - 1]) != std::u32string_view::npos) return {};
  std::size_t from = begin - 1;
  while (from > floor &&
         (text[from - 1] == U'、' || kClauseDelimiters.find(text[from - 1]) == std::u32string_view::npos)) {
    if (is_digit(text[from - 1])) return {};
    --from;
  }
  // 深入村组开展法治讲座、政策宣讲、案例剖析等活动: the first example starts after the verb of doing in its item; the
  // place it was done in names none of the examples.
  if (const auto first_end = text.find(U'、', from); first_end != std::u32string_view::npos && first_end < start) {
    std::size_t after_verb = from;
    for (const auto verb : kVerbsBeforeWhatIsCounted) {
      if (const auto at = text.substr(from, first_end - from).rfind(verb);
          at != std::u32string_view::npos && first_end - (from + at + verb.size()) >= 2) {
        after_verb = std::max(after_verb, from + at + verb.size());
      }
    }
    from = after_verb;
  }
  if (const auto listing = strip(text.substr(from, start - from));
      listing.size() >= 2 && listing.size() <= kLongestUncutIndicator) {
    return std::u32string(listing);
  }
  const auto first_end = text.find(U'、', from);
  const auto first = shorten(strip(text.substr(from, first_end - from)));
  if (first.size() < 2) return {};
  return std::u32string(first) + std::u32string(text.substr(begin + deng, start - begin - deng));
}

bool verb_of_going_to_serve_at(std::u32string_view text, std::size_t at) {
  return std::any_of(std::begin(kVerbsOfGoingToServe), std::end(kVerbsOfGoingToServe),
                     [&](std::u32string_view verb) { return starts_with(text.substr(at), verb); });
}

// Whether a providing verb, after a hedge or not, starts at `at`, and is no rate's name.
bool providing_verb_at(std::u32string_view text, std::size_t at) {
  for (const auto hedge : kHedgesBeforeProviding) {
    if (starts_with(text.substr(at), hedge)) {
      at += hedge.size();
      break;
    }
  }
  return std::any_of(std::begin(kProvidingStops), std::end(kProvidingStops), [&](std::u32string_view word) {
    return starts_with(text.substr(at), word) && !starts_with(text.substr(at + word.size()), U"率");
  });
}

// A place or body named by what is done there, the handling verb opening its name (办理点, 受理窗口,
// 矛盾纠纷调处化解中心, 数据处理中心, 垃圾处理场, 污水处理厂): no verb that ends the noun before it. `from` opens
// with the verb.
bool names_a_place_of_handling(std::u32string_view from) {
  constexpr std::size_t kLongestName = 8;  // 调处化解中心, 受理服务中心
  const std::u32string_view word = from.substr(
      0, std::min(from.find_first_of(U"，。；：、！？,;:!?（(\n0123456789"), std::min(from.size(), kLongestName)));
  constexpr std::u32string_view kPlaces[] = {U"中心", U"平台", U"窗口", U"专班", U"小组", U"委员会", U"机制"};
  if (std::any_of(std::begin(kPlaces), std::end(kPlaces),
                  [&](std::u32string_view place) { return word.find(place) != std::u32string_view::npos; }))
    return true;
  return word.size() > 2 && std::u32string_view(U"点处窗室厅区站所庭场厂").find(word[2]) != std::u32string_view::npos;
}

// Where the last place or body of work named in text [from, to) ends (公共法律服务工作室, 法律服务站, 调解中心):
// the head noun a name after a bracket closes with; `from` when none does.
std::size_t end_of_a_place_named_after(std::u32string_view text, std::size_t from, std::size_t to) {
  constexpr std::u32string_view kPlacesOfWork[] = {U"工作室",   U"工作站", U"服务站", U"服务点", U"服务室",
                                                   U"服务中心", U"调解室", U"联系点", U"中心",   U"书屋"};
  constexpr std::size_t kShortestName = 2;  // words of the place's own before its head (法律服务站, not 中心 alone)
  std::size_t best = from;
  const std::u32string_view run = text.substr(from, to - from);
  for (const auto place : kPlacesOfWork) {
    if (const auto at = run.rfind(place); at != std::u32string_view::npos && at >= kShortestName) {
      best = std::max(best, from + at + place.size());
    }
  }
  return best;
}

std::u32string following_phrase(std::u32string_view text, std::size_t end);

// 提出52项操作性、针对性强的改革措施: qualities (words in 性, said strong or not) listed right after a count, up to the
// 的 that closes them, describe what is counted; the head noun after that 的 names it, not the first quality. `stop` is
// where the noun phrase after the count stopped (at 、 or 的); empty when no such listing of qualities ends there.
std::u32string head_after_listed_qualities(std::u32string_view text, std::size_t end, std::size_t stop) {
  constexpr std::size_t kLongestQualities = 12;
  const auto so_far = text.substr(end, stop - end);
  if (!so_far.ends_with(U'性') && !so_far.ends_with(U"性强")) return {};
  for (std::size_t at = stop; at < text.size() && at - stop <= kLongestQualities; ++at) {
    const char32_t c = text[at];
    if (c == U'的') {
      const auto quality = text.substr(end, at - end);
      if (!quality.ends_with(U'性') && !quality.ends_with(U"性强")) return {};
      auto head = following_phrase(text, at + 1);
      return head.size() >= 2 ? head : std::u32string{};
    }
    if (is_digit(c) || (c != U'、' && kClauseDelimiters.find(c) != std::u32string_view::npos)) return {};
  }
  return {};
}

std::u32string following_phrase(std::u32string_view text, std::size_t end) {
  std::size_t stop = end;
  std::size_t aside = 0;        // a bracket's length, which does not count against the longest name
  std::size_t after_aside = 0;  // where that bracket closed
  while (stop < text.size() && stop - end < kLongestFollowingIndicator + aside && !is_digit(text[stop])) {
    // 17个村（社区）党组织书记: a short bracket right after the first word is part of the name; so is one typed
    // with half-width brackets, as many portals print them (1105个乡镇(街道)法律服务站).
    if ((text[stop] == U'（' || text[stop] == U'(') && stop > end && aside == 0) {
      constexpr std::size_t kLongestAside = 4;
      const auto close = text.substr(stop, kLongestAside + 2).find(text[stop] == U'（' ? U'）' : U')');
      if (close != std::u32string_view::npos && close > 1) {
        stop += close + 1;
        aside = close + 1;
        after_aside = stop;
        continue;
      }
    }
    // 3个小区建成“法治楼栋”: a quoted term after the first words is part of the name, as one before a figure is; the
    // quote is no clause's end. Only a closed one that fits in the name. One right after the figure opens the name
    // (上线112个“一件事”集成服务, 打造15个“法治护企”联系点, 开展42批次“双随机”抽查): what was made or done is
    // the quoted thing, not the verb before the figure.
    // A quote right after the figure may be as long as a name kept whole (建设好8家“上海教育立法咨询与服务研究基地”):
    // it is all of what is counted.
    if (text[stop] == U'“') {
      const std::size_t longest = stop == end ? kLongestUncutIndicator : kLongestQuotedName;
      const auto close = text.substr(stop, longest + 2).find(U'”');
      if (close == std::u32string_view::npos || close < 2 ||
          stop + close + 1 - end > std::max(kLongestFollowingIndicator + aside, stop == end ? close + 1 : 0)) {
        break;
      }
      stop += close + 1;
      continue;
    }
    if (kClauseDelimiters.find(text[stop]) != std::u32string_view::npos) break;
    bool at_stop_word = false;
    for (const auto word : kFollowingStops) at_stop_word = at_stop_word || starts_with(text.substr(stop), word);
    // 104名在编人员: right after the count, 在 opens a word of the state the things are in (在编, 在册, 在岗), no
    // place; so it does right after another such word (2名以上在职在编人员).
    const bool after_a_word_of_state =
        stop >= end + 2 && text[stop - 2] == U'在' &&
        std::any_of(std::begin(kWordsNotNoise), std::end(kWordsNotNoise),
                    [&](std::u32string_view word) { return word.size() == 2 && text.substr(stop - 2, 2) == word; });
    if ((stop == end || after_a_word_of_state) && text[stop] == U'在' &&
        std::any_of(std::begin(kWordsNotNoise), std::end(kWordsNotNoise), [&](std::u32string_view word) {
          return word.starts_with(U'在') && starts_with(text.substr(stop), word);
        })) {
      at_stop_word = false;
    }
    // 收集74份述法报告: 述法 opening the words of a report or its review (述法报告, 述法评议) is part of the thing
    // counted, not the people's deed.
    if (starts_with(text.substr(stop), U"述法报告") || starts_with(text.substr(stop), U"述法评议")) {
      at_stop_word = false;
    }
    // 15名党政主要负责人现场述法: 现场 before a deed that ends the noun (述法, 参加) says where it was done, once the
    // noun has named something (not 逾千名群众现场咨询, where 现场咨询 is what they sought, nor 3个现场教学点).
    if (stop > end && starts_with(text.substr(stop), U"现场") &&
        std::any_of(std::begin(kFollowingStops), std::end(kFollowingStops),
                    [&](std::u32string_view word) { return starts_with(text.substr(stop + 2), word); })) {
      at_stop_word = true;
    }
    // 在16个地市法治建设考评中位列第3: the topic of the assessment that ranked the things counted ends their name as
    // the assessment does (地市, not 地市法治建设考评).
    if (stop > end && opens_the_topic_of_a_ranking(text.substr(stop))) at_stop_word = true;
    // 45名区级部门和街道主要负责人: 和, 及 and 以及 join two nouns of one name, unless another figure follows them
    // (138项配合履职事项以及41项…: 以及 ends the noun as 及 does).
    const std::size_t joiner =
        starts_with(text.substr(stop), U"以及") ? 2 : (text[stop] == U'和' || text[stop] == U'及');
    if (joiner > 0 && stop > end && stop + joiner < text.size() && !is_digit(text[stop + joiner]) &&
        !is_chinese_numeral_char(text[stop + joiner]) && !starts_a_verb(text, stop + joiner)) {
      at_stop_word = false;
    }
    // 7名政府组成部门领导干部: 组成 opens a word there (组成部门, 组成人员, 组成单位), no deed of making up.
    if (starts_with(text.substr(stop), U"组成部门") || starts_with(text.substr(stop), U"组成人员") ||
        starts_with(text.substr(stop), U"组成单位")) {
      at_stop_word = false;
    }
    // 3个事业单位机构设置调整并配备干部: 并 joins a second deed to the first; it ends the noun (not 合并, 兼并, 撤并,
    // 并联, 并行, 并购, 并列, 并案, 并轨, words of their own).
    if (text[stop] == U'并' && stop > end + 1 &&
        std::u32string_view(U"合兼吞归撤裁整").find(text[stop - 1]) == std::u32string_view::npos &&
        (stop + 1 >= text.size() ||
         std::u32string_view(U"联行购列案网重轨发").find(text[stop + 1]) == std::u32string_view::npos)) {
      at_stop_word = true;
    }
    // 8个街道公共法律服务工作站, 5个共建单位: 共 of a word is no 共 of "in all".
    if (text[stop] == U'共' && ((stop > end && text[stop - 1] == U'公') ||
                                (stop + 1 < text.size() &&
                                 std::u32string_view(U"同建享治").find(text[stop + 1]) != std::u32string_view::npos))) {
      at_stop_word = false;
    }
    // 312家企业实行“无事不扰”: a verb of carrying out ends the noun (not 3个实施方案, where it opens one).
    const bool carries_out =
        stop > end && (starts_with(text.substr(stop), U"实行") || starts_with(text.substr(stop), U"推行") ||
                       (starts_with(text.substr(stop), U"实施") && !starts_with(text.substr(stop + 2), U"方案") &&
                        !starts_with(text.substr(stop + 2), U"细则") && !starts_with(text.substr(stop + 2), U"意见") &&
                        !starts_with(text.substr(stop + 2), U"办法")));
    // 25个基层党支部将习近平法治思想纳入学习内容: 将 puts what the counted things did to something; it ends their
    // name (not 将近, 将来).
    if (text[stop] == U'将' && stop > end + 1 &&
        (stop + 1 >= text.size() || std::u32string_view(U"近来").find(text[stop + 1]) == std::u32string_view::npos)) {
      at_stop_word = true;
    }
    if (stop > end && std::any_of(std::begin(kDeedsOfTheThingsCounted), std::end(kDeedsOfTheThingsCounted),
                                  [&](std::u32string_view deed) { return starts_with(text.substr(stop), deed); })) {
      at_stop_word = true;
    }
    // 14个村（社区）对人民调解员进行培训: 对 right after the bracket the name closes with turns to whom the things
    // counted did something to (not 对象, 对口: words of their own).
    if (stop == after_aside && (text[stop] == U'对' || text[stop] == U'向') &&
        (stop + 1 >= text.size() || std::u32string_view(U"象口").find(text[stop + 1]) == std::u32string_view::npos)) {
      at_stop_word = true;
    }
    // 3个公证处办理公证业务: a verb of handling ends the noun once it has named something (not 办理点, 受理窗口: a
    // place named by what is done there).
    const bool handles = stop > end + 1 &&
                         std::any_of(std::begin(kHandlingVerbs), std::end(kHandlingVerbs),
                                     [&](std::u32string_view verb) { return starts_with(text.substr(stop), verb); }) &&
                         stop + 2 < text.size() && !names_a_place_of_handling(text.substr(stop));
    if (at_stop_word || carries_out || handles ||
        (stop > end && (providing_verb_at(text, stop) || verb_of_going_to_serve_at(text, stop)))) {
      break;
    }
    ++stop;
  }
  // The phrase reached a delimiter, a stop word or a figure, not the longest name.
  const bool ended_by_a_word =
      stop == text.size() || is_digit(text[stop]) || stop - end < kLongestFollowingIndicator + aside;
  // 11个乡镇（街道）党政主要负责人履行推进法治建设情况: a name after a bracket that runs on to the longest name, with
  // no word ending it, has run into what the things did; the count counts the first word and its bracket.
  // 109个村(社区)公共法律服务工作室规范化运行: unless a place or body the bracket's words run on to closes a name
  // within it (工作室, 服务站, 中心), which the things counted are.
  if (after_aside > 0 && !ended_by_a_word) stop = end_of_a_place_named_after(text, after_aside, stop);
  // 212个村（社区）法律顾问覆盖率100%: a name running on into a rate before the next figure is that rate's; the count
  // counts the first word and its bracket.
  if (aside > 0 && stop > end && text[stop - 1] == U'率' && stop < text.size() && is_digit(text[stop])) {
    const auto close = text.substr(end, stop - end).find_first_of(U"）)");
    if (close != std::u32string_view::npos) stop = end + close + 1;
  }
  // 17个委办局对182个事项, 两个科室和司法所各1名, 100个城市第10名: a word that governs the next figure (对, 各, 第,
  // 共, 向) is that figure's, no part of this one's name.
  if (stop < text.size() && is_digit(text[stop]) && stop - end > 2 &&
      std::u32string_view(U"对各第共向").find(text[stop - 1]) != std::u32string_view::npos) {
    --stop;
  }
  // 全镇16个行政村（社区）中，过半的…: 中 closing the clause sets the things counted as the whole the next clause
  // picks some of; it is no part of their name (not 初中, 高中, 集中, 其中 …, words of their own).
  if (stop - end > 2 && text[stop - 1] == U'中' &&
      (stop == text.size() || kClauseDelimiters.find(text[stop]) != std::u32string_view::npos) &&
      std::u32string_view(U"初高集其空心途考手之").find(text[stop - 2]) == std::u32string_view::npos) {
    --stop;
  }
  return std::u32string(text.substr(end, stop - end));
}

// 首违不罚清单已在232个案件中得到适用: a count framed by 在…中 after a subject counts the things the subject did
// something in (or had something done to it in); the name says both, the subject and the frame as written
// (首违不罚清单在 案件中得到适用), not the deed alone (案件中得到适用). `following` is the noun phrase after the count;
// empty when the clause has no subject before 在, the frame closes no deed, or the name would run too long.
std::u32string done_by_a_subject_in(std::u32string_view text, std::size_t start, std::size_t floor,
                                    std::u32string_view following) {
  if (start <= floor || text[start - 1] != U'在') return {};
  // The frame's 中 after the noun, then the deed (not 中心, 中学, 中队 …: words that go on after it).
  const auto in = following.find(U'中');
  constexpr std::size_t kShortestDeed = 2;
  if (in == std::u32string_view::npos || in == 0 || following.size() < in + 1 + kShortestDeed ||
      std::u32string_view(U"心学队级层间期央型小华国").find(following[in + 1]) != std::u32string_view::npos) {
    return {};
  }
  // Back to the clause's start, over a quoted name or a title the subject holds (“认罚轻处”制度, 《…清单》).
  std::size_t begin = start - 1;
  while (begin > floor) {
    const char32_t c = text[begin - 1];
    if (c == U'”' || c == U'》') {
      const auto open = text.substr(floor, begin - 1 - floor).rfind(c == U'”' ? U'“' : U'《');
      if (open == std::u32string_view::npos) break;
      begin = floor + open;
      continue;
    }
    if (kClauseDelimiters.find(c) != std::u32string_view::npos) break;
    --begin;
  }
  const auto subject = shorten(strip(text.substr(begin, start - 1 - begin)));
  constexpr std::size_t kShortestSubject = 2;
  if (subject.size() < kShortestSubject || subject.size() + 1 + following.size() > kLongestUncutIndicator) return {};
  return std::u32string(subject) + U"在" + std::u32string(following);
}

// 实现全县105个单位法治建设考核全覆盖: a count of the places or bodies a measure covers, the name after it running on
// to 全覆盖 (or 覆盖), counts the places or bodies, the first word; what covers them is no part of what is counted.
// `following` unchanged when it says no coverage or opens with no such word.
std::u32string the_places_covered(std::u32string following) {
  if (!following.ends_with(U"覆盖")) return following;
  // Longest first: 村（社区） before 村.
  constexpr std::u32string_view kPlacesAndBodies[] = {
      U"乡镇（街道）", U"镇（街道）", U"村（社区）", U"村(社区)", U"行政村", U"村社区", U"村居",
      U"社区",         U"乡镇",       U"镇街",       U"街道",     U"部门",   U"单位",   U"学校",
      U"企业",         U"小区",       U"网格",       U"村",       U"镇",     U"乡"};
  for (const auto place : kPlacesAndBodies) {
    if (following.starts_with(place) && following.size() > place.size() + 2) return std::u32string(place);
  }
  return following;
}

// 九成以上的纠纷在村级化解, 过半的村（社区）建成法治示范点, 三分之二的村配备了法律顾问: a share is of the things
// named after its 的 that did what the rest of the clause says. A reader names it by both (纠纷在村级化解: the share of
// disputes settled in the villages, not of disputes), without the words that say only when or how completely
// (已, 均, 都, 全部, 了). Just the things when the clause runs on longer than a name, or says nothing more.
std::u32string share_and_what_it_is_of(std::u32string_view text, std::size_t after_noun, std::u32string noun) {
  // Quotes and book titles do not end the clause here: 过半数的社区建成“法律服务驿站”.
  constexpr std::u32string_view kEnds = U"，。；：、！？（）(),;:!?\n";
  // No name is longer than kLongestUncutIndicator: the clause is read no further than that and the words dropped.
  constexpr std::size_t kLongestRead = 2 * kLongestUncutIndicator;
  std::size_t stop = after_noun;
  while (stop < text.size() && stop - after_noun <= kLongestRead &&
         kEnds.find(text[stop]) == std::u32string_view::npos && !is_digit(text[stop])) {
    ++stop;
  }
  if (stop - after_noun > kLongestRead) return noun;
  std::u32string_view predicate = text.substr(after_noun, stop - after_noun);
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const std::u32string_view adverb : {U"已经", U"均已", U"都已", U"全部", U"已", U"均", U"都"}) {
      if (predicate.starts_with(adverb)) {
        predicate.remove_prefix(adverb.size());
        stripped = true;
      }
    }
  }
  const std::u32string whole = noun + std::u32string(predicate);
  std::u32string named;
  for (std::size_t k = 0; k < whole.size(); ++k) {
    if (whole[k] == U'了' && !(k + 1 < whole.size() && whole[k + 1] == U'解')) continue;  // 了解 stays
    named += whole[k];
  }
  if (named.size() > kLongestUncutIndicator) return noun;
  return named;
}

// Deeds people counted take part in or get through (参加培训, 完成培训, 通过考试, 参与旁听庭审).
constexpr std::u32string_view kDeedsOfPeopleCounted[] = {U"参加", U"参与", U"参训", U"完成", U"通过"};

// What people counted take part in or get through, the deed an analyst counts them by: training, study, exams,
// hearings sat in on.
constexpr std::u32string_view kWhatPeopleTakePartIn[] = {U"培训", U"轮训", U"集训", U"学习", U"讲座",
                                                         U"考试", U"测试", U"考核", U"旁听", U"竞赛"};

// The last characters of a word for people (干部, 执法人员, 职工, 律师, 党员, 负责人, 群众, 村民).
constexpr std::u32string_view kEndsOfPeopleWords = U"部员工师人者众民生";

// 将政务服务事项分为10类, 把执法事项划分为6大类, 权责清单事项共分3类: the things a clause sorts into kinds, between 将
// or 把 and the verb of sorting that ends it; empty when it ends on no such verb.
std::u32string_view things_sorted_into_kinds(std::u32string_view clause) {
  for (const std::u32string_view verb : {U"划分为", U"归纳为", U"分为", U"分成", U"归为", U"共分"}) {
    if (!clause.ends_with(verb)) continue;
    clause = strip(clause.substr(0, clause.size() - verb.size()));
    if (clause.starts_with(U'将') || clause.starts_with(U'把')) clause.remove_prefix(1);
    return clause;
  }
  return {};
}

// Verbs of sending or gathering people, which name nobody before a count of them (组织6人, 选派13名干部).
constexpr std::u32string_view kVerbsOfSendingPeople[] = {U"组织", U"选派", U"安排", U"推荐", U"动员", U"选送", U"派出"};

// Whether the clause before a count of people (`before`, from the figure before or the text's start) names nobody:
// it is empty once the words of when and how widely are stripped, or ends on a verb of sending them.
bool names_nobody_before(std::u32string_view before) {
  if (const auto delimiter = before.find_last_of(kClauseDelimiters); delimiter != std::u32string_view::npos) {
    before.remove_prefix(delimiter + 1);
  }
  const auto words = strip(before);
  return words.size() < 2 || std::any_of(std::begin(kVerbsOfSendingPeople), std::end(kVerbsOfSendingPeople),
                                         [&](std::u32string_view verb) { return ends_with(words, verb); });
}

// 上半年组织6人完成培训, 选派13名干部参加执法资格考试: a count of people whose words before it name nobody (nothing, or
// a verb of sending or organizing them) counts the people doing what follows them, and an analyst reads it by that
// deed: the people's word, if any, and the deed to the clause's end (干部参加执法资格考试, 完成培训). Empty when no
// such deed follows (执法人员153人参加培训 is named before its count, as before), or the name would run too long.
std::u32string people_and_their_deed(std::u32string_view text, std::size_t end) {
  constexpr std::size_t kLongestPeopleWord = 6;
  for (std::size_t verb = end; verb < text.size() && verb - end <= kLongestPeopleWord; ++verb) {
    if (kClauseDelimiters.find(text[verb]) != std::u32string_view::npos || is_digit(text[verb])) return {};
    const auto deed = std::find_if(std::begin(kDeedsOfPeopleCounted), std::end(kDeedsOfPeopleCounted),
                                   [&](std::u32string_view word) { return text.substr(verb, word.size()) == word; });
    if (deed == std::end(kDeedsOfPeopleCounted)) continue;
    // Only a word for people may stand between the count and the deed: 6个村完成… counts villages.
    if (verb > end && kEndsOfPeopleWords.find(text[verb - 1]) == std::u32string_view::npos) return {};
    std::size_t stop = verb;
    while (stop < text.size() && kClauseDelimiters.find(text[stop]) == std::u32string_view::npos &&
           !is_digit(text[stop])) {
      ++stop;
    }
    // 参加…并通过考试: a second deed after 并 is what the people went on to do; the first names them.
    if (const auto second = text.substr(verb, stop - verb).find(U'并');
        second != std::u32string_view::npos && second > 1) {
      stop = verb + second;
    }
    if (stop < text.size() && is_digit(text[stop])) return {};  // 6人参加培训3次: the deed has figures of its own
    // 安排5名党员干部参加, 120人参加: a deed with nothing after it says no more than the people's word (参训 is
    // whole).
    if (stop == verb + deed->size() && *deed != U"参训") return {};
    // 选派2名律师参与化解信访积案: people lent to a piece of work are still the people; only training, study and
    // exams (what a count of people taking part measures) name them by the deed.
    const auto done = text.substr(verb, stop - verb);
    if (*deed != U"参训" && std::none_of(std::begin(kWhatPeopleTakePartIn), std::end(kWhatPeopleTakePartIn),
                                         [&](std::u32string_view what) { return done.find(what) != done.npos; })) {
      return {};
    }
    // Kept whole up to the length a clause with no place to cut is kept (组织全市1.19万人参加习近平法治思想网络专题班
    // 学习): the people are named by nothing else.
    if (stop - end > kLongestUncutIndicator) return {};
    return std::u32string(text.substr(end, stop - end));
  }
  return {};
}

// 126名律师担任村（社区）法律顾问, 聘请1名律师作为法律顾问: people counted with the office they serve in, which is
// what the taxonomy knows them by (legal advisers, not practising lawyers), when 担任 or 作为 follows the noun after
// their classifier; else `noun`.
std::u32string with_the_office_served(std::u32string_view text, std::size_t after_noun, std::u32string noun) {
  for (const std::u32string_view serves : {U"担任", U"作为"}) {
    if (!starts_with(text.substr(after_noun), serves)) continue;
    const auto office = following_phrase(text, after_noun + serves.size());
    return office.size() >= 2 ? noun + std::u32string(serves) + office : noun;
  }
  return noun;
}

// Verbs that provide people or bodies: what follows the last of them in a clause is what was provided.
constexpr std::u32string_view kProvidingVerbs[] = {U"配备", U"聘请", U"聘任", U"选聘", U"选派", U"培育",
                                                   U"培养", U"组建", U"成立", U"设立", U"建立"};

// Where the object of the last of `verbs` in `clause` starts (the later of it and `object`), npos for none.
template <std::size_t N>
std::size_t after_last(std::u32string_view clause, const std::u32string_view (&verbs)[N],
                       std::size_t object = std::u32string_view::npos) {
  for (const auto verb : verbs) {
    if (const auto at = clause.rfind(verb); at != std::u32string_view::npos) {
      object = object == std::u32string_view::npos ? at + verb.size() : std::max(object, at + verb.size());
    }
  }
  return object;
}

// The object from `object` on, stripped and shortened; nothing for npos.
std::u32string object_at(std::u32string_view clause, std::size_t object) {
  if (object == std::u32string_view::npos) return {};
  return std::u32string(shorten(strip(clause.substr(object))));
}

// In the text between the figure before and a clause of nothing but 共: the object of the last providing verb
// of the last clause, or nothing. Quotes do not part clauses here (全部配备“法律明白人”，共计68名).
std::u32string provided_after(std::u32string_view between) {
  constexpr std::u32string_view kClauseEnds = U"，。；：、！？,;:!?\n";
  while (!between.empty() && kClauseEnds.find(between.back()) != std::u32string_view::npos) between.remove_suffix(1);
  const auto delimiter = between.find_last_of(kClauseEnds);
  if (delimiter != std::u32string_view::npos) between.remove_prefix(delimiter + 1);
  // 43个行政执法主体全部公布行政检查事项清单，共计1,598项: a list published is what the sum counts, item by item.
  if (between.ends_with(U"清单")) {
    constexpr std::u32string_view kListingVerbs[] = {U"公布", U"梳理", U"编制", U"制定", U"发布"};
    if (auto listed = object_at(between, after_last(between, kListingVerbs)); listed.size() >= 2) return listed;
  }
  return object_at(between, after_last(between, kProvidingVerbs));
}

// 持续开展“法律进客运站”活动，全年不少于10场: the object of the doing or providing verb of the clause right
// before a figure's clause, in the same sentence, or nothing. (Quotes and book titles do not part clauses here.)
std::u32string done_in_clause_before(std::u32string_view before) {
  constexpr std::u32string_view kSentenceEnds = U"。！？；;!?\n";
  constexpr std::u32string_view kCommas = U"，,：:";
  if (const auto sentence = before.find_last_of(kSentenceEnds); sentence != std::u32string_view::npos) {
    before.remove_prefix(sentence + 1);
  }
  while (!before.empty() && kCommas.find(before.back()) != std::u32string_view::npos) before.remove_suffix(1);
  if (const auto comma = before.find_last_of(kCommas); comma != std::u32string_view::npos) {
    before.remove_prefix(comma + 1);
  }
  return object_at(before, after_last(before, kProvidingVerbs, after_last(before, kVerbsBeforeWhatIsCounted)));
}

// The clause right before a figure's clause, in the same sentence: `before` (the text up to the figure's clause)
// must end on a comma; what lies between that comma and the comma or colon before it. Nothing when `before` ends
// on no comma.
std::optional<std::u32string_view> clause_right_before(std::u32string_view before) {
  constexpr std::u32string_view kSentenceEnds = U"。！？；;!?\n";
  constexpr std::u32string_view kCommas = U"，,";
  if (const auto sentence = before.find_last_of(kSentenceEnds); sentence != std::u32string_view::npos) {
    before.remove_prefix(sentence + 1);
  }
  if (before.empty() || kCommas.find(before.back()) == std::u32string_view::npos) return std::nullopt;
  before.remove_suffix(1);
  if (const auto comma = before.find_last_of(U"，,：:"); comma != std::u32string_view::npos) {
    before.remove_prefix(comma + 1);
  }
  return before;
}

// 大讲堂自开班以来，已成功举办38期: a clause of nothing but a verb of holding (`verb`, its adverbs stripped) after a
// clause naming a subject and the time since when (自…以来, 从…以来, 自…起) counts what the subject held: 大讲堂举办.
// Empty when the clause before is no such clause.
std::u32string held_by_a_subject_since(std::u32string_view before, std::u32string_view verb) {
  constexpr std::size_t kLongestSubject = 10;
  const auto clause = clause_right_before(before);
  if (!clause || (!clause->ends_with(U"以来") && !clause->ends_with(U"起"))) return {};
  const auto since = clause->find_first_of(U"自从");
  if (since == std::u32string_view::npos) return {};
  const auto subject = strip(clause->substr(0, since));
  if (subject.size() < 2 || subject.size() > kLongestSubject || !std::all_of(subject.begin(), subject.end(), is_han)) {
    return {};
  }
  return std::u32string(subject) + std::u32string(verb);
}

// 占受理案件数比例最高，达92.71%, 涉企案件占比最高，为41.5%: the clause right before a figure's, in its sentence,
// when it holds no figure and ends on a share or a rate (its 最高, 最大 … only rank it), else nothing.
std::u32string share_named_in_clause_before(std::u32string_view before) {
  const auto clause = clause_right_before(before);
  if (!clause) return {};
  before = *clause;
  if (std::any_of(before.begin(), before.end(), [](char32_t c) { return is_digit(c); })) return {};
  for (const std::u32string_view rank : {U"最高", U"最大", U"最多", U"最低", U"最小", U"最少"}) {
    if (before.ends_with(rank)) {
      before.remove_suffix(rank.size());
      break;
    }
  }
  constexpr std::u32string_view kShares[] = {U"率", U"比例", U"占比", U"比重"};
  // 提升审批效率，达95%: a word ending in 率 that is no part of a whole (how fast, how often, what a currency is worth)
  // names no percentage; 税率 and 利率 are shares of a sum and stay.
  constexpr std::u32string_view kRatesOfNoShare[] = {U"效率", U"频率", U"速率", U"功率", U"汇率"};
  const bool a_share = std::any_of(std::begin(kShares), std::end(kShares),
                                   [&](std::u32string_view word) { return before.ends_with(word); }) &&
                       std::none_of(std::begin(kRatesOfNoShare), std::end(kRatesOfNoShare),
                                    [&](std::u32string_view word) { return before.ends_with(word); });
  return a_share ? std::u32string(shorten(strip(before))) : std::u32string{};
}

// 2418项政务服务事项中，: whether the text after a whole's figure names the things it counted and closes with the 中
// that picks some of them out in the next clause.
bool picks_from_a_whole(std::u32string_view between) {
  if (!between.ends_with(U"中，")) return false;
  between.remove_suffix(2);
  return between.size() >= 2 && between.find_first_of(kClauseDelimiters) == std::u32string_view::npos;
}

// 2418项政务服务事项中，2331项纳入政务服务事项清单并向社会公布: what a count picked from a whole did, its clause
// after the figure up to a second deed (并, 并且, 同时: 向社会公布 is done to the list, not to the items); empty when
// that is no name (too short, too long to read whole, or holding a figure of its own).
std::u32string deed_of_a_part_picked(std::u32string_view text, std::size_t end) {
  // Read no further than a name may run (a paragraph of megabytes is no clause to scan for every figure).
  auto deed = text.substr(end, 2 * kLongestUncutIndicator);
  deed = deed.substr(0, deed.find_first_of(kClauseDelimiters));
  for (const std::u32string_view second : {U"并且", U"并", U"同时"}) {
    if (const auto at = deed.find(second); at != std::u32string_view::npos && at >= 2) deed = deed.substr(0, at);
  }
  if (deed.size() < 2 || deed.size() > kLongestUncutIndicator ||
      std::any_of(deed.begin(), deed.end(), [](char32_t c) { return is_digit(c); })) {
    return {};
  }
  return std::u32string(deed);
}

// Whether the sentence holding `at` has broken a figure down (其中) before `at`: a figure there is a part.
bool inside_a_breakdown(std::u32string_view text, std::size_t at) {
  // A breakdown's 其中 stands near its parts: look back no further than a long sentence runs.
  constexpr std::size_t kLongestLookBack = 200;
  const auto before = text.substr(at > kLongestLookBack ? at - kLongestLookBack : 0, std::min(at, kLongestLookBack));
  const auto sentence_end = before.find_last_of(U"。！？；;!?\n");
  const auto sentence = sentence_end == std::u32string_view::npos ? before : before.substr(sentence_end + 1);
  return sentence.find(U"其中") != std::u32string_view::npos;
}

// 开展法治宣传活动15场次，其中走进社区开展2场次: the object of the deed the whole counted, for a part that names
// only where or how the deed was done. The name of the whole, or of the part before (走进社区开展法治宣传活动), from
// after its last verb of doing on; nothing when that leaves no name.
std::u32string object_of_the_whole(std::u32string_view whole) {
  std::size_t from = 0;
  for (const auto verb : kVerbsBeforeWhatIsCounted) {
    if (const auto at = whole.rfind(verb); at != std::u32string_view::npos) from = std::max(from, at + verb.size());
  }
  return whole.size() >= from + 2 ? std::u32string(whole.substr(from)) : std::u32string{};
}

// Deeds done to the items a count in 项 counts, once named: 12项指标纳入年度综合考核.
constexpr std::u32string_view kDeedsOnItemsCounted[] = {U"纳入", U"列入", U"作为", U"实行", U"实施"};

// Verbs of studying, with the words that say how, longest first: a count of sessions after one and its object
// (专题学习习近平法治思想和关于法治建设的重要论述2次) counts the sessions, whatever was studied.
constexpr std::u32string_view kStudyVerbs[] = {U"中心组专题学习", U"中心组集中学习", U"中心组学习", U"专题学习",
                                               U"集中学习",       U"传达学习",       U"系统学习",   U"深入学习",
                                               U"认真学习",       U"学习贯彻",       U"学习研讨",   U"学习"};
// The units a count of study sessions is in.
constexpr std::u32string_view kUnitsOfSessions[] = {U"次", U"场", U"场次", U"期", U"轮", U"轮次"};

// 党委理论学习中心组专题学习习近平法治思想和关于法治建设的重要论述2次: when the name a long clause was cut to
// (`phrase`) is only the end of what the last study verb in `clause` studied (重要论述), the figure counts the study
// (专题学习): what was studied is the topic of the sessions, not what they were; titles closed by 等 and their kind
// give the kind with the verb (学习法律法规). Empty when the cut fell elsewhere.
std::u32string the_study_cut_short(std::u32string_view clause, std::u32string_view phrase) {
  std::size_t best_end = 0;
  std::u32string_view best;
  for (const auto verb : kStudyVerbs) {
    const auto at = clause.rfind(verb);
    if (at == std::u32string_view::npos || at + verb.size() < best_end ||
        (at + verb.size() == best_end && verb.size() <= best.size())) {
      continue;
    }
    best_end = at + verb.size();
    best = verb;
  }
  if (best.empty()) return {};
  const auto studied = clause.substr(best_end);
  if (studied.size() <= phrase.size() || !studied.ends_with(phrase)) return {};
  // 学习《民法典》《信访工作条例》等法律法规5次: what was studied, given as titles closed by 等 and their kind, is
  // named by the kind (学习法律法规): the titles are examples of it, and the verb alone names no subject.
  constexpr std::size_t kLongestKindStudied = 6;
  if (const auto deng = studied.rfind(U'等'); deng != std::u32string_view::npos && deng > 0 &&
                                              studied[deng - 1] == U'》' && studied.size() - deng - 1 >= 2 &&
                                              studied.size() - deng - 1 <= kLongestKindStudied) {
    return std::u32string(best) + std::u32string(studied.substr(deng + 1));
  }
  return std::u32string(best);
}

// 罚款金额最低 then 最高: a bound named alone after a figure named by the other bound is that figure's name with this
// bound, else nothing.
std::u32string the_other_bound(std::u32string_view previous, std::u32string_view phrase) {
  constexpr std::u32string_view kBounds[] = {U"最高", U"最低", U"最多", U"最少", U"最大", U"最小", U"最长", U"最短"};
  const auto is_bound = [&](std::u32string_view word) {
    return std::find(std::begin(kBounds), std::end(kBounds), word) != std::end(kBounds);
  };
  if (!is_bound(phrase) || previous.size() <= 2 || !is_bound(previous.substr(previous.size() - 2)) ||
      previous.ends_with(phrase)) {
    return {};
  }
  return std::u32string(previous.substr(0, previous.size() - 2)) + std::u32string(phrase);
}

// 另有1件尚在审理中: the state the items counted are in, when the figure is followed by one (尚在, 仍在, 正在, 尚未,
// 仍未 and what follows, up to the clause's end), else nothing.
std::u32string state_after(std::u32string_view text, std::size_t end) {
  constexpr std::size_t kLongestState = 10;
  const auto rest = text.substr(end, kLongestState);
  const bool a_state = std::any_of(std::begin(kStatesPending), std::end(kStatesPending),
                                   [&](std::u32string_view word) { return rest.starts_with(word); });
  if (!a_state) return {};
  const auto stop = rest.find_first_of(kClauseDelimiters);
  const auto state = rest.substr(0, stop);
  return state.size() > 2 && stop != std::u32string_view::npos ? std::u32string(state) : std::u32string{};
}

// 受理信访事项有所增加: the clause right before a figure's, in its sentence, when it says how what it names changed
// (有所增加, 明显下降, 大幅增长 …), without the words of change; else nothing.
std::u32string what_changed_in_clause_before(std::u32string_view before) {
  const auto clause = clause_right_before(before);
  if (!clause) return {};
  before = *clause;
  // Every manner with every direction, and doubling: made once, not per figure.
  static const std::vector<std::u32string> kChanges = [] {
    std::vector<std::u32string> changes;
    for (const auto manner : kMannersOfChange) {
      for (const auto direction : kDirectionsOfChange)
        changes.push_back(std::u32string(manner) + std::u32string(direction));
    }
    for (const auto doubled : {U"翻了一番多", U"翻了一番", U"翻一番", U"翻番"}) changes.emplace_back(doubled);
    return changes;
  }();
  for (const auto& change : kChanges) {
    if (!before.ends_with(change)) continue;
    auto subject = before.substr(0, before.size() - change.size());
    for (const auto word : kChangeWords) {  // 罚没款同比下降: what changed, not against what
      if (subject.ends_with(word)) subject.remove_suffix(word.size());
    }
    return std::u32string(shorten(strip(subject)));
  }
  return {};
}

// Where a short bracket (up to six characters, no clause delimiter inside) that closes at `close` opens, after
// `floor`: 示范村（社区）, 乡镇（街道）.
std::optional<std::size_t> short_bracket_closed_at(std::u32string_view text, std::size_t close, std::size_t floor) {
  constexpr std::size_t kLongestAside = 6;
  if (close >= text.size() || (text[close] != U'）' && text[close] != U')')) return std::nullopt;
  const std::size_t from = std::max(floor, close > kLongestAside + 1 ? close - (kLongestAside + 1) : 0);
  const auto found = text.substr(from, close - from).find_last_of(U"（(");
  if (found == std::u32string_view::npos || from + found <= floor) return std::nullopt;
  const std::size_t open = from + found;
  if (text.substr(open + 1, close - open - 1).find_first_of(kClauseDelimiters) != std::u32string_view::npos) {
    return std::nullopt;
  }
  return open;
}

// The words of an exemption from a penalty, longest first: the measure (不予行政处罚) and the lists and
// slogans of the policy a report applies (适用“首违不罚”).
constexpr std::u32string_view kExemptions[] = {U"不予行政处罚", U"免予行政处罚", U"免于行政处罚", U"不予处罚",
                                               U"免予处罚",     U"免于处罚",     U"首违不罚",     U"轻微不罚",
                                               U"轻微免罚",     U"免罚"};

// Whether the figure at `start` is the object of 对, right after it (对27起…) or after a description of what was
// exempted that ends in 的 (对首次轻微违法的68户…): no figure, and only quotes, between them.
bool is_the_object_of_dui(std::u32string_view text, std::size_t start, std::size_t floor) {
  constexpr std::size_t kLongestDescription = 20;  // 首次发生清单所列轻微违法行为并及时纠正的
  if (start <= floor) return false;
  if (text[start - 1] == U'对') return true;
  if (text[start - 1] != U'的') return false;
  for (std::size_t at = start - 1; at > floor && start - at <= kLongestDescription; --at) {
    const char32_t c = text[at - 1];
    if (c == U'对') return true;
    if (is_digit(c) || (kClauseDelimiters.find(c) != std::u32string_view::npos && c != U'“' && c != U'”')) break;
  }
  return false;
}

// 对27起首次违法且及时改正的案件依法不予处罚, 对首次轻微违法的68户经营主体依法不予行政处罚, 对19家经营主体适用“首违
// 不罚”: a figure in the object of 对 whose clause ends by exempting it from a penalty counts what was exempted. A
// clause ending in the exemption is named by the noun before it (after the last 的, without 依法) and the exemption
// (案件不予处罚); one ending in the policy's quoted name or in the decision taken (作出不予处罚决定) by all its words.
// Nothing when the clause after the figure ends otherwise: 对12家企业依法从轻处罚, 对30家企业开展“首违不罚”政策宣传
// (publicity about the policy exempts no one).
std::u32string exempted_after(std::u32string_view text, std::size_t start, std::size_t end, std::size_t floor) {
  constexpr std::size_t kLongestClause = 24;
  if (!is_the_object_of_dui(text, start, floor)) return {};
  std::u32string_view rest = text.substr(end, kLongestClause);
  const auto stop = rest.find_first_of(U"，。；：、！？（）(),;:!?\n");  // a quoted policy stays in its clause
  if (stop == std::u32string_view::npos) return {};
  rest = rest.substr(0, stop);
  std::u32string_view exempting = rest;
  if (exempting.ends_with(U"决定")) exempting.remove_suffix(2);
  if (exempting.ends_with(U'”')) exempting.remove_suffix(1);
  for (const std::u32string_view exemption : kExemptions) {
    if (!exempting.ends_with(exemption)) continue;
    std::u32string_view what = exempting.substr(0, exempting.size() - exemption.size());
    if (exempting.size() != rest.size() || what.ends_with(U'“')) return std::u32string(rest);
    if (what.ends_with(U"依法")) what.remove_suffix(2);
    if (const auto de = what.rfind(U'的'); de != std::u32string_view::npos) what.remove_prefix(de + 1);
    return std::u32string(what) + std::u32string(exemption);
  }
  return {};
}

// 共对2391家企业开展执法检查, 对86户经营主体进行“双随机”抽查: a figure in the object of 对 whose clause ends by
// checking it counts what was checked; it is named by the noun before the verb of doing (after the last 的, without
// 依法) and the check, as an exemption is. Nothing when the clause ends on another deed (对30家企业开展法治宣传).
std::u32string checked_after(std::u32string_view text, std::size_t start, std::size_t end, std::size_t floor) {
  constexpr std::size_t kLongestClause = 24;
  constexpr std::size_t kLongestCheck = 12;  // “双随机、一公开”联合抽查
  if (!is_the_object_of_dui(text, start, floor)) return {};
  std::u32string_view rest = text.substr(end, kLongestClause);
  const auto stop = rest.find_first_of(U"，。；：！？（）(),;:!?\n");
  if (stop == std::u32string_view::npos) return {};
  rest = rest.substr(0, stop);
  if (std::any_of(rest.begin(), rest.end(), [](char32_t c) { return is_digit(c); })) return {};  // another figure's
  if (!rest.ends_with(U"检查") && !rest.ends_with(U"抽查")) return {};
  for (const std::u32string_view doing : {U"开展", U"进行", U"实施", U"组织"}) {
    const auto at = rest.find(doing);
    if (at == std::u32string_view::npos || rest.size() - at - doing.size() > kLongestCheck) continue;
    std::u32string_view what = rest.substr(0, at);
    if (what.ends_with(U"依法")) what.remove_suffix(2);
    if (const auto de = what.rfind(U'的'); de != std::u32string_view::npos) what.remove_prefix(de + 1);
    if (what.empty()) return {};
    return std::u32string(what) + std::u32string(rest.substr(at + doing.size()));
  }
  return {};
}

// Levels of government or award a list of figures runs through (省级…2个、市级5个): 国家级, 省级, 市级 ….
constexpr std::u32string_view kLevels[] = {U"国家级", U"自治区级", U"省级", U"市级", U"州级",   U"县级", U"区级",
                                           U"县区级", U"乡镇级",   U"镇级", U"乡级", U"街道级", U"村级", U"社区级"};

// Where the first level in `name` starts, npos for none.
std::size_t first_level_in(std::u32string_view name, std::u32string_view& level) {
  std::size_t first = std::u32string_view::npos;
  for (const auto candidate : kLevels) {
    if (const auto at = name.find(candidate);
        at < first || (at == first && at != std::u32string_view::npos && candidate.size() > level.size())) {
      first = at;
      level = candidate;
    }
  }
  return first;
}

// `phrase` alone a level (市级) after a figure whose name holds another level and the noun after it (省级民主法治
// 示范村): the earlier name with this level (市级民主法治示范村); empty when the shape does not hold.
std::u32string with_the_noun_of_the_level_before(std::u32string_view previous, std::u32string_view phrase) {
  if (std::find(std::begin(kLevels), std::end(kLevels), phrase) == std::end(kLevels)) return {};
  std::u32string_view level;
  const auto at = first_level_in(previous, level);
  constexpr std::size_t kShortestNoun = 2;
  if (at == std::u32string_view::npos || previous.size() < at + level.size() + kShortestNoun) return {};
  std::u32string named(previous.substr(0, at));
  named += phrase;
  named += previous.substr(at + level.size());
  return named;
}

// A name that says only that its figure is a total (总数达到312名): 总数, 总量, 总人数, 总额.
bool is_a_bare_total(std::u32string_view phrase) {
  for (const std::u32string_view total : {U"总数", U"总量", U"总人数", U"总额"}) {
    if (phrase == total) return true;
  }
  return false;
}

// A result given on an occasion (在全市法治政府建设考核中得分96.5分, 在满意度调查中得分): the 中 that closes the frame
// 在…中, whose 在 is cleared as noise, says when the result was given, not what it is: 法治政府建设考核得分.
constexpr std::u32string_view kResultsOfAnOccasion[] = {U"得分", U"获得"};
// Before 中, the characters that make it part of a word of its own (集中得分, 高中, 初中, 命中, 适中, 其中).
constexpr std::u32string_view kBeforeZhongInAWord = U"集高初命适其空心";

// The ways a penalty is waived or lightened that close a name whose object 对 opens it
// (依法对轻微违法行为不予处罚136件): 对 and 依法 only frame the deed, and the name is the things it was done to and the
// deed, as after a figure (案件不予处罚).
constexpr std::u32string_view kWaivingsClosingAName[] = {U"不予处罚",     U"不予行政处罚", U"免予处罚", U"免于处罚",
                                                         U"免予行政处罚", U"免于行政处罚", U"减轻处罚", U"从轻处罚"};

std::u32string without_the_frame_of_a_waiving(std::u32string name) {
  const std::u32string_view view = name;
  const auto waiving = std::find_if(std::begin(kWaivingsClosingAName), std::end(kWaivingsClosingAName),
                                    [&](std::u32string_view word) { return view.ends_with(word); });
  if (waiving == std::end(kWaivingsClosingAName)) return name;
  std::size_t prefix = view.starts_with(U"依法对") ? 3 : view.starts_with(U"对") ? 1 : 0;
  if (prefix == 0 || view.size() < prefix + 2 + waiving->size()) return name;
  std::u32string things(view.substr(prefix, view.size() - prefix - waiving->size()));
  if (std::u32string_view(things).ends_with(U"依法")) things.resize(things.size() - 2);
  if (things.size() < 2) return name;
  return things + std::u32string(*waiving);
}

std::u32string without_the_frame_of_an_occasion(std::u32string name) {
  constexpr std::size_t kShortestOccasion = 2;
  for (const auto result : kResultsOfAnOccasion) {
    if (name.size() < kShortestOccasion + 1 + result.size() || !std::u32string_view(name).ends_with(result)) continue;
    const std::size_t zhong = name.size() - result.size() - 1;
    if (name[zhong] == U'中' && kBeforeZhongInAWord.find(name[zhong - 1]) == std::u32string_view::npos) {
      name.erase(zhong, 1);
    }
    break;
  }
  return name;
}

std::u32string find_indicator_as_written(std::u32string_view text, std::size_t start, std::size_t end,
                                         std::size_t floor, const std::u32string& previous, std::u32string_view unit,
                                         std::u32string_view changed);

}  // namespace

std::optional<int> year_written_without_nian(std::u32string_view clause) {
  const std::size_t digits = bare_year_opening_length(clause);
  if (digits == 0) return std::nullopt;
  int year = 0;
  for (const char32_t c : clause.substr(0, digits)) year = (year * 10) + static_cast<int>(c - U'0');
  return year;
}

std::u32string name_of_a_sum(std::u32string_view items_and_sum) {
  // A short listing (开展法治讲座、普法讲座共) reads whole; only one running past a name's length is cleared.
  const auto first_comma = items_and_sum.find(U'、');
  if (first_comma == std::u32string_view::npos || items_and_sum.size() <= kLongestUncutIndicator) {
    return std::u32string(items_and_sum);
  }
  auto first = strip(items_and_sum.substr(0, first_comma));
  // The last verb of doing in the first item: what precedes it says who did it, not what is summed.
  std::size_t cut = 0;
  for (const auto word : kCutAfter) {
    const auto at = first.rfind(word);
    if (at == std::u32string_view::npos || at + word.size() + 2 > first.size() || splits_a_word(first, at, word)) {
      continue;
    }
    cut = std::max(cut, at + word.size());
  }
  first.remove_prefix(cut);
  if (first.size() < 2) return std::u32string(items_and_sum);
  return std::u32string(first) + std::u32string(items_and_sum.substr(first_comma));
}

std::u32string find_indicator(std::u32string_view text, std::size_t start, std::size_t end, std::size_t floor,
                              const std::u32string& previous, std::u32string_view unit, std::u32string_view changed) {
  // 纠错（含撤销、确认违法）29件: the bracket says what 纠错 takes in, and 纠错 names the figure, as it would without
  // the note.
  const std::size_t named_from = inclusion_note_before(text, start, floor).value_or(start);
  auto name = without_the_frame_of_a_waiving(without_the_frame_of_an_occasion(
      find_indicator_as_written(text, named_from, end, floor, previous, unit, changed)));
  // 一季度12件, 上半年35件: a time within the year says when the figure was counted, never what; alone it is no name.
  if (!name.empty() && time_words_length(name) == name.size()) return {};
  return name;
}

namespace {

// 分解5大类13项具体任务, 梳理3个方面12项措施: where the noun after a second count set right after this one starts,
// when the text after this count opens with it (digits and their unit); npos when it does not.
std::size_t past_a_count_right_after(std::u32string_view text, std::size_t end) {
  std::size_t at = end;
  while (at < text.size() && is_digit(text[at])) ++at;
  if (at == end) return std::u32string_view::npos;
  constexpr std::u32string_view kUnitsOfThingsCounted[] = {U"大类", U"项", U"件", U"个", U"类", U"条", U"种", U"方面"};
  for (const auto unit : kUnitsOfThingsCounted) {
    if (text.substr(at, unit.size()) == unit) return at + unit.size();
  }
  return std::u32string_view::npos;
}

// 落实公众参与、专家论证等5项程序: the examples listed by 、 and closed by the 等 right before `start`, from the
// clause's start on, without the words that open it (落实); empty when there is no listing of two or more, or one
// holds a figure or its first example is shorter than a word.
std::u32string examples_listed_before(std::u32string_view text, std::size_t start, std::size_t floor) {
  if (start <= floor + 1 || text[start - 1] != U'等') return {};
  std::size_t from = start - 1;
  while (from > floor &&
         (text[from - 1] == U'、' || kClauseDelimiters.find(text[from - 1]) == std::u32string_view::npos)) {
    if (is_digit(text[from - 1])) return {};
    --from;
  }
  auto listing = strip(text.substr(from, start - from));
  // 将公众参与、专家论证等5项程序纳入…: 将 and 把 put what follows before its verb; they name nothing.
  for (const std::u32string_view marker : {U"将", U"把"}) {
    if (listing.starts_with(marker)) listing.remove_prefix(marker.size());
  }
  auto first = listing.find(U'、');
  if (first == std::u32string_view::npos || first < 2) return {};
  // 年度入校开展法治讲座、模拟法庭等活动, 制定及修订完善印章管理、值班、考勤等制度: the first example starts after
  // the verb of doing or making in its item.
  constexpr std::u32string_view kVerbsOfMaking[] = {U"制定", U"修订", U"修改", U"完善", U"健全", U"建立"};
  std::size_t examples_from = 0;
  const auto after_verb = [&](std::u32string_view verb) {
    if (const auto at = listing.substr(0, first).rfind(verb);
        at != std::u32string_view::npos && first - (at + verb.size()) >= 2) {
      examples_from = std::max(examples_from, at + verb.size());
    }
  };
  std::for_each(std::begin(kVerbsBeforeWhatIsCounted), std::end(kVerbsBeforeWhatIsCounted), after_verb);
  std::for_each(std::begin(kVerbsOfMaking), std::end(kVerbsOfMaking), after_verb);
  return std::u32string(listing.substr(examples_from));
}

// 组织执法人员进行培训3次: 进行 between what a name's first words name and the deed after it says nothing of either
// (执法人员培训). Not at the name's start or end, which the clause's verb rules read.
std::u32string without_jinxing_inside(std::u32string_view phrase) {
  constexpr std::u32string_view kFiller = U"进行";
  constexpr std::size_t kShortestSide = 2;
  const auto at = phrase.find(kFiller);
  if (at == std::u32string_view::npos || at < kShortestSide || phrase.size() - at - kFiller.size() < kShortestSide) {
    return std::u32string(phrase);
  }
  return std::u32string(phrase.substr(0, at)) + std::u32string(phrase.substr(at + kFiller.size()));
}

// 司法所共参与领导班子会议12次: 共 between the doer a name opens with and its deed says "in all", of the figure, not
// of the name (司法所参与领导班子会议). Not of a word of its own: 公共, 总共, 一共, 中共, 共同, 共建, 共享, 共治, 共识,
// 共商, 共性, 共青团, 共产党, 共和国, nor 共有 and 共计, which say what there is; nor inside a title, which is quoted
// as written (学习《中华人民共和国民法典》3次).
std::u32string without_gong_inside(std::u32string phrase) {
  constexpr std::size_t kShortestSide = 2;
  for (std::size_t at = phrase.find(U'共'); at != std::u32string::npos; at = phrase.find(U'共', at + 1)) {
    if (at < kShortestSide || phrase.size() - at - 1 < kShortestSide) continue;
    if (std::u32string_view(U"公总一中").find(phrase[at - 1]) != std::u32string_view::npos ||
        std::u32string_view(U"同建享治识商性青产有计和").find(phrase[at + 1]) != std::u32string_view::npos) {
      continue;
    }
    const auto opened = phrase.rfind(U'《', at);
    if (opened != std::u32string::npos && phrase.find(U'》', opened) > at) continue;
    phrase.erase(at, 1);
    break;
  }
  return phrase;
}

// People or organs named as the subject before 先后 (国务院先后两次发文, 市政府主要领导先后30次主持…): a count of times
// they acted, named by the deed, not by who did it (a meeting's name before 先后 still names it: 常务会议先后6次研究).
constexpr std::u32string_view kPeopleOrOrgans[] = {U"领导", U"负责人", U"国务院", U"政府", U"党委", U"书记", U"市长",
                                                   U"县长", U"区长",   U"镇长",   U"乡长", U"主任", U"局长", U"厅长",
                                                   U"部长", U"省委",   U"市委",   U"县委", U"区委"};

// The deed a count of times after 先后 counts when the clause before names people or an organ, read to the clause's end
// (、 joins deeds: 主持、参与…会议或活动) and cut before 对, which opens what the deed was about; empty otherwise.
std::u32string deed_done_one_time_after_another(std::u32string_view text, std::size_t begin, std::size_t start,
                                                std::size_t end, std::u32string_view unit) {
  constexpr std::u32string_view kXianhou = U"先后";
  auto subject = text.substr(begin, start - begin);
  if (unit != U"次" || !subject.ends_with(kXianhou)) return {};
  subject.remove_suffix(kXianhou.size());
  if (std::none_of(std::begin(kPeopleOrOrgans), std::end(kPeopleOrOrgans),
                   [&](std::u32string_view word) { return subject.ends_with(word); })) {
    return {};
  }
  std::size_t stop = end;
  while (stop < text.size() &&
         (text[stop] == U'、' || kClauseDelimiters.find(text[stop]) == std::u32string_view::npos) &&
         !is_digit(text[stop])) {
    ++stop;
  }
  auto deed = text.substr(end, stop - end);
  constexpr std::size_t kShortestDeed = 2;
  if (const auto about = deed.find(U'对'); about != std::u32string_view::npos && about >= kShortestDeed) {
    deed = deed.substr(0, about);
  }
  if (deed.size() < kShortestDeed || deed.size() > kLongestUncutIndicator) return {};
  return std::u32string(deed);
}

std::u32string find_indicator_as_written(std::u32string_view text, std::size_t start, std::size_t end,
                                         std::size_t floor, const std::u32string& previous, std::u32string_view unit,
                                         std::u32string_view changed) {
  // Whether a verb of change to a new value follows the figure (由2020年的8个发展到14个): what follows names nothing.
  const auto changes_next = [&] {
    return std::any_of(std::begin(kChangedTo), std::end(kChangedTo),
                       [&](std::u32string_view verb) { return text.substr(end, verb.size()) == verb; });
  };
  // 对首次轻微违法的68户经营主体依法不予行政处罚: what was exempted, before a classifier's noun phrase is read.
  if (auto exempted = exempted_after(text, start, end, floor); exempted.size() >= 2) return exempted;
  if (auto checked = checked_after(text, start, end, floor); checked.size() >= 2) return checked;
  // A classifier followed by a noun phrase counts that phrase; a count of people followed by where they went
  // (选派律师12名进驻信访接待中心) counts the people named before it.
  const bool people_going_to_serve = (unit == U"名" || unit == U"位") && verb_of_going_to_serve_at(text, end);
  // 组织6人完成培训, 13名干部完成执法资格考试: people counted by what they did, when nothing before the count names
  // them.
  // So are people counted by visits (组织300人次参加普法培训): 人次 counts people as 人 does, once per time.
  if ((unit == U"人" || unit == U"名" || unit == U"位" || unit == U"人次") &&
      names_nobody_before(text.substr(floor, start - floor))) {
    if (auto deed = people_and_their_deed(text, end); !deed.empty()) return deed;
  }
  // 聚焦5大领域开展专项整治: the major parts counted, when no noun after them says whose parts they are, are named by
  // their word (领域), not by the verb before them.
  const bool counts_greater_kinds =
      std::find(std::begin(kGreaterKinds), std::end(kGreaterKinds), unit) != std::end(kGreaterKinds);
  if (counts_greater_kinds && following_phrase(text, end).size() < 2 &&
      past_a_count_right_after(text, end) == std::u32string_view::npos) {
    return std::u32string(unit);
  }
  if (std::find(std::begin(kClassifiers), std::end(kClassifiers), unit) != std::end(kClassifiers) && !changes_next() &&
      !people_going_to_serve) {
    if (auto following = following_phrase(text, end); following.size() >= 2) {
      if (auto done = done_by_a_subject_in(text, start, floor, following); !done.empty()) return done;
      if (unit == U"名" || unit == U"位") return with_the_office_served(text, end + following.size(), following);
      return the_places_covered(std::move(following));
    }
    // 2名存在违法违纪问题的执法人员: a description before 的, then what is counted.
    constexpr std::size_t kLongestDescription = 12;
    const auto described = text.substr(end, kLongestDescription);
    if (const auto de = described.find(U'的');
        de != std::u32string_view::npos &&
        described.substr(0, de).find_first_of(kClauseDelimiters) == std::u32string_view::npos) {
      if (auto following = following_phrase(text, end + de + 1); following.size() >= 2) return following;
    }
  }
  // 分解为6个方面32项重点任务: a short noun right after a classifier of the figure before (6个方面) is that
  // figure's; this one counts what follows it. Not after a measure (办理案件12件调解纠纷3起: 调解纠纷 is the 3's).
  constexpr std::size_t kLongestNounOfTheFigureBefore = 4;
  const bool after_a_classifier = floor > 0 && std::find(std::begin(kClassifiers), std::end(kClassifiers),
                                                         text.substr(floor - 1, 1)) != std::end(kClassifiers);
  if (after_a_classifier && start > floor && start - floor <= kLongestNounOfTheFigureBefore &&
      text.substr(floor, start - floor).find_first_of(kClauseDelimiters) == std::u32string_view::npos) {
    if (auto following = following_phrase(text, end); following.size() >= 2) return following;
  }
  // A figure right after a quoted name counts what the name names: “平安校园”34间.
  if (start > floor && text[start - 1] == U'”') {
    const auto open = text.substr(floor, start - 1 - floor).rfind(U'“');
    if (open != std::u32string_view::npos && start - (floor + open) - 2 >= 2) {
      return std::u32string(text.substr(floor + open + 1, start - (floor + open) - 2));
    }
  }
  // 汇总党内法规（45部）和法律法规规章（131部）: a figure alone in brackets right after the words it counts, closing an
  // item of a listing or the clause, is named by them, as it would be written after them without the brackets (not
  // 较上年（118件）增加24件, an earlier figure its comparison names).
  if (start > floor + 1 && (text[start - 1] == U'（' || text[start - 1] == U'(') && end < text.size() &&
      (text[end] == U'）' || text[end] == U')') &&
      (end + 1 == text.size() ||
       std::u32string_view(U"、，。；和及与,;").find(text[end + 1]) != std::u32string_view::npos)) {
    std::size_t from = start - 1;
    while (from > floor && kClauseDelimiters.find(text[from - 1]) == std::u32string_view::npos) --from;
    auto words = text.substr(from, start - 1 - from);
    // …（45部）和法律法规规章（131部）: the conjunction after the item before joins the items, naming neither.
    for (const std::u32string_view joiner : {U"以及", U"和", U"及", U"与"}) {
      if (words.starts_with(joiner)) {
        words.remove_prefix(joiner.size());
        break;
      }
    }
    if (const auto named = shorten(strip(words)); named.size() >= 2) {
      return std::u32string(named);
    }
  }
  std::size_t begin = start;
  // 民主法治示范村（社区）36个: a short bracket right before the figure belongs to what it counts.
  if (begin > floor) {
    if (const auto open = short_bracket_closed_at(text, begin - 1, floor)) begin = *open;
  }
  // Back to the clause's start. A quoted name or a book title inside it is part of it: 开展“法律进社区”活动48场,
  // 学习新修订《行政复议法》2次.
  while (begin > floor) {
    const char32_t c = text[begin - 1];
    if (c == U'”' || c == U'》') {
      constexpr std::size_t kLongestQuote = 16;
      const std::size_t from = std::max(floor, begin - 1 > kLongestQuote ? begin - 1 - kLongestQuote : 0);
      const auto open = text.substr(from, begin - 1 - from).rfind(c == U'”' ? U'“' : U'《');
      if (open == std::u32string_view::npos) break;
      begin = from + open;
      continue;
    }
    // So is a short bracket inside a short name: 乡镇（街道）级14个, 村（社区）公共法律服务室186个. Only where
    // the words before it open a clause (、村（社区）级, not 23个村（社区）每村（社区）, which another figure counts).
    if (begin < start) {
      constexpr std::size_t kLongestBracketedName = 12;
      const auto opens_a_clause = [&](std::size_t at) {
        while (at > floor && kClauseDelimiters.find(text[at - 1]) == std::u32string_view::npos) --at;
        return at > floor || floor == 0 || kClauseDelimiters.find(text[floor - 1]) != std::u32string_view::npos;
      };
      const auto open = short_bracket_closed_at(text, begin - 1, floor);
      if (open && start - *open <= kLongestBracketedName &&
          kClauseDelimiters.find(text[*open - 1]) == std::u32string_view::npos && opens_a_clause(*open - 1) &&
          std::none_of(text.begin() + static_cast<std::ptrdiff_t>(begin),
                       text.begin() + static_cast<std::ptrdiff_t>(start),
                       [](char32_t d) { return d >= U'0' && d <= U'9'; })) {
        begin = *open;
        continue;
      }
    }
    // 一、二审行政诉讼案件, 一、二、三季度: numerals listed before one word are one name, not clauses.
    if (c == U'、' && numerals_listed_at(text, begin - 1, floor)) {
      begin -= 2;
      continue;
    }
    // 抽检种子、农药、肥料样品136个, 全县中小学、幼儿园128所: short nouns joined by 、 with no figure of their own
    // share the figure and its head; they are one name, not clauses.
    if (c == U'、' && nouns_joined_at(text, begin - 1, start, floor)) {
      --begin;
      continue;
    }
    if (kClauseDelimiters.find(c) != std::u32string_view::npos) break;
    --begin;
  }
  if (auto deed = deed_done_one_time_after_another(text, begin, start, end, unit); !deed.empty()) return deed;
  // 开展了宪法、民法典等7场专题法治讲座: examples closed by 等 right before the count, and the kind they are
  // examples of after it: the count counts the kind (the rule below), not the examples.
  const bool kind_after_the_count = start > 0 && text[start - 1] == U'等' && following_phrase(text, end).size() >= 2;
  if (!kind_after_the_count) {
    if (auto listed = examples_closed_by_deng(text, begin, start, floor); !listed.empty()) return listed;
  }
  // 分解5大类13项具体任务: a count right after another, no word between, when the one before was named by a deed
  // alone (the noun after this one being what both count), counts that noun too.
  if (begin == start && start == floor && !previous.empty() &&
      std::any_of(std::begin(kDeedsOnWhatFollows), std::end(kDeedsOnWhatFollows),
                  [&](std::u32string_view deed) { return previous == deed; })) {
    if (auto following = following_phrase(text, end); following.size() >= 2) return following;
  }
  if (begin == start && start == floor && !previous.empty()) return previous;
  // 行政处罚案件：156件 — a label and its value, as lists and tables in prose write them: the label names it.
  if (begin == start && start > floor && (text[start - 1] == U'：' || text[start - 1] == U':')) {
    std::size_t label = start - 1;
    while (label > floor && kClauseDelimiters.find(text[label - 1]) == std::u32string_view::npos) --label;
    if (const auto named = shorten(strip(text.substr(label, start - 1 - label))); named.size() >= 2) {
      return std::u32string(named);
    }
  }
  const auto between = text.substr(floor, start - floor);
  const bool same_sentence =
      !previous.empty() && floor > 0 && between.find_first_of(U"。！？；;!?\n") == std::u32string_view::npos;
  const auto clause = text.substr(begin, start - begin);
  // 参考186人，通过179人: a clause of nothing but 通过 or 完成 is the outcome counted, not a word before a verb.
  // Not when a noun runs on after the count (完成8项涉企行政许可事项改革): the count counts that.
  for (const std::u32string_view outcome : {U"通过", U"完成"}) {
    if (clause == outcome && following_phrase(text, end).size() < 2) return std::u32string(outcome);
  }
  const auto stripped = strip(clause);  // once: stripping is most of the cost of naming a figure
  std::u32string reached = hotline_over_a_time_word(stripped);
  if (reached.size() > kLongestUncutIndicator) reached.clear();
  if (reached.empty() && stripped.size() <= kLongestIndicator) reached = body_over_a_time_word(stripped);
  const std::u32string_view shortened = reached.empty() ? shorten(stripped) : std::u32string_view{};
  if (reached.empty()) reached = the_deed_before_the_examples(stripped, shortened);
  const std::u32string_view phrase = reached.empty() ? shortened : std::u32string_view(reached);
  // 年度入校开展法治讲座、模拟法庭等活动逾450课时: a clause too long to keep whole, cut to the bare kind after the
  // 等 that closes a listing, keeps its examples (法治讲座、模拟法庭等活动), as a short clause keeps them.
  constexpr std::size_t kLongestKindAlone = 3;
  if (reached.empty() && phrase.size() >= 2 && phrase.size() <= kLongestKindAlone && start >= phrase.size() + 1 &&
      text.substr(start - phrase.size(), phrase.size()) == phrase && a_kind_after_deng(phrase)) {
    if (auto listed = examples_listed_before(text, start - phrase.size(), floor); !listed.empty()) {
      if (listed.size() + phrase.size() <= kLongestUncutIndicator) return listed + std::u32string(phrase);
      return listed.substr(0, listed.find(U'、')) + U"等" + std::u32string(phrase);
    }
  }
  // 将政务服务事项分为10类: a count of kinds is named by the things sorted into them, not by the sorting.
  if (unit == U"类" || unit == U"大类") {
    if (auto sorted = things_sorted_into_kinds(clause); sorted.size() >= 2) return std::u32string(sorted);
  }
  // 专题学习习近平法治思想和关于法治建设的重要论述2次: a count of sessions whose long clause was cut inside what a
  // study verb studied counts the study.
  if (reached.empty() &&
      std::find(std::begin(kUnitsOfSessions), std::end(kUnitsOfSessions), unit) != std::end(kUnitsOfSessions)) {
    if (auto study = the_study_cut_short(stripped, phrase); !study.empty()) return study;
  }
  // 罚款金额最低500元—最高2万元: the other bound of what the figure before it bounded.
  if (same_sentence) {
    if (auto other = the_other_bound(previous, phrase); !other.empty()) return other;
  }
  // 其中省级民主法治示范村2个、市级5个: a level alone after a figure named by a level and a noun borrows the noun.
  if (same_sentence && begin == floor + 1) {
    if (auto borrowed = with_the_noun_of_the_level_before(previous, phrase); !borrowed.empty()) return borrowed;
  }
  // 公共法律服务站12个、室186个: one character alone after 、 is another head of the same modifier (公共法律服务室).
  constexpr std::size_t kShortestModifier = 2;
  if (same_sentence && begin == floor + 1 && text[floor] == U'、' && clause.size() == 1 && phrase == clause &&
      previous.size() > kShortestModifier && is_han(clause.front())) {
    return previous.substr(0, previous.size() - 1) + std::u32string(clause);
  }
  // 执法人员培训4期、培训520人次: a bare deed set after the figure before by 、 alone, the deed that figure's name ends
  // with, is that figure's too, in another unit.
  if (same_sentence && begin == floor + 1 && text[floor] == U'、' && phrase == clause && phrase.size() >= 2 &&
      previous.size() > phrase.size() && previous.ends_with(phrase) && !names_a_change(previous)) {
    return previous;
  }
  // 新培育“法律明白人”54名，总数达到312名: a total named by nothing else is the total of what the figure before
  // counted.
  if (same_sentence && is_a_bare_total(phrase) && !names_a_change(previous) && !previous.ends_with(phrase)) {
    return previous + std::u32string(phrase);
  }
  // 查处案件46起，同比增长15%: the change of the figure before it, named by both.
  if (same_sentence && starts_with_change_word(phrase)) {
    return (changed.empty() ? previous : std::u32string(changed)) + std::u32string(phrase);
  }
  // 接待群众咨询1.8万人次，日均70余人次: a bare average of a time or a head is the rate of what the figure before it
  // counted, named by that (日均群众咨询), as a change is.
  // The clause, not the phrase: stripping takes 均 off 月均 as it must off 各月均达 (each month, all).
  if (same_sentence && !names_a_change(previous) &&
      std::find(std::begin(kBareAverages), std::end(kBareAverages), clause) != std::end(kBareAverages)) {
    return std::u32string(clause) + previous;
  }
  // 受理信访事项41件，较上年的五十三件下降22.6%: a bare direction after an earlier period's figure is the change
  // between them, named as that figure is (受理信访事项较上年下降), else as the figure it is of.
  // So is a bare cut or speed-up in percent (由12个工作日压缩至4.5个工作日，提速62.5%): the change of the figure
  // before.
  const bool bare_cut_by_a_share =
      unit == U"%" && std::find(std::begin(kCutsByAShare), std::end(kCutsByAShare), phrase) != std::end(kCutsByAShare);
  if (same_sentence && (bare_cut_by_a_share || std::find(std::begin(kDirectionsOfChange), std::end(kDirectionsOfChange),
                                                         phrase) != std::end(kDirectionsOfChange))) {
    return (names_a_change(previous) || changed.empty() ? previous : std::u32string(changed)) + std::u32string(phrase);
  }
  // 受理行政复议申请63件，同比增加21件，增幅50%: the size of a change named by nothing else (增幅, 降幅) is the change
  // of what the figure before it, or the one a change before it is of, counted: 受理行政复议申请增幅.
  if (same_sentence &&
      std::find(std::begin(kSizesOfChange), std::end(kSizesOfChange), phrase) != std::end(kSizesOfChange)) {
    if (!changed.empty()) return std::u32string(changed) + std::u32string(phrase);
    if (!names_a_change(previous)) return previous + std::u32string(phrase);
  }
  // 其中法律专业44人，占比23.7%: a share named by nothing else is the share of the figure before it.
  std::u32string_view share = phrase;
  if (share.starts_with(U'约')) share.remove_prefix(1);  // 约占26.5%
  // 培育法律明白人128名，约占全镇户数的5%: a share of a whole named after 占 is the figure before it's share of that
  // whole too.
  const bool of_a_whole_named = share.size() > 1 && share.starts_with(U'占') && !share.starts_with(U"占地") &&
                                !share.starts_with(U"占用") && !share.starts_with(U"占有");
  if (same_sentence && unit == U"%" && of_a_whole_named && !names_a_change(previous)) {
    std::u32string_view named = previous;
    if (named.ends_with(U'占')) named.remove_suffix(1);
    return std::u32string(named) + std::u32string(share);
  }
  if (same_sentence && (share == U"占比" || share == U"占" || share == U"比例" || share == U"所占比例")) {
    std::u32string_view named = previous;
    if (named.ends_with(U'占')) named.remove_suffix(1);  // 具有法律专业背景的占48名，占比20.3%
    return std::u32string(named) + std::u32string(share);
  }
  if (same_sentence && std::find(std::begin(kChangedTo), std::end(kChangedTo), phrase) != std::end(kChangedTo)) {
    return previous;
  }
  // 由2016年的19件增长到2020年的38件: the new value at a later year, named as the old one.
  if (same_sentence && names_a_change_to_a_year(phrase)) return previous;
  // 每月开展1次法律咨询: a clause that ends on a verb says what was done to what follows the figure.
  const auto phrase_ends_with = [&](std::u32string_view verb) { return ends_with(phrase, verb); };
  // 进行 is trailing noise to the name (民警进行), yet the clause ending on it ends on a verb all the same.
  // 经过两轮…会议研究审定: after 经过 the count is of what the thing went through, which follows it.
  const bool ends_on_verb =
      std::any_of(std::begin(kVerbsBeforeWhatIsCounted), std::end(kVerbsBeforeWhatIsCounted), phrase_ends_with) ||
      clause.ends_with(U"进行") || clause.ends_with(U"经过");
  // 从中甄别出140件党内规范性文件, 梳理出12个问题: a deed of sorting with the 出 of its result picks out what follows.
  const bool ends_on_a_deed_on_what_follows =
      std::any_of(std::begin(kDeedsOnWhatFollows), std::end(kDeedsOnWhatFollows), phrase_ends_with) ||
      std::any_of(std::begin(kDeedsOfPickingOut), std::end(kDeedsOfPickingOut), phrase_ends_with);
  // 九成以上的纠纷在村级化解: what a figure is of may follow it after 的.
  // Not a verb of change to a new value (村级调解组织由8个扩大到14个: 组织 is a noun there, and 扩大到 names nothing).
  auto following = changes_next() ? std::u32string{}
                                  : following_phrase(text, end < text.size() && text[end] == U'的' ? end + 1 : end);
  // (其中2项为子项), 其中3件为简易程序案件: after 其中, 为 right after a part says what the part is; the copula is no
  // part of its name.
  const std::size_t copula = clause == U"其中" && following.size() >= 3 && following.front() == U'为' ? 1 : 0;
  following.erase(0, copula);
  // 提出了52项操作性、针对性强的改革措施: the head after listed qualities names the count, not the first quality.
  if (following.size() >= 2 && copula == 0 && following.find(U'（') == std::u32string::npos) {
    const std::size_t from = end < text.size() && text[end] == U'的' ? end + 1 : end;
    if (auto head = head_after_listed_qualities(text, from, from + following.size()); !head.empty()) return head;
  }
  // 分解5大类13项具体任务: a count after a deed done to what follows, with a second count right after it, counts
  // with that count the noun after it (5 kinds of tasks).
  if (ends_on_a_deed_on_what_follows && following.empty()) {
    if (const auto past = past_a_count_right_after(text, end); past != std::u32string_view::npos) {
      if (auto after = following_phrase(text, past); after.size() >= 2) return after;
    }
  }
  // 主持召开4次市政府常务会议专题研究法治政府建设、…: what a count of sessions names after it, running past the
  // longest name with no word ending it, is read to its clause's end when that end is near, as a clause before a
  // figure is kept whole up to kLongestUncutIndicator; cut at the longest name it would stop mid-word (法治政).
  if (following.size() == kLongestFollowingIndicator && following.find(U'（') == std::u32string::npos &&
      std::find(std::begin(kUnitsOfSessions), std::end(kUnitsOfSessions), unit) != std::end(kUnitsOfSessions)) {
    const std::size_t from = end < text.size() && text[end] == U'的' ? end + 1 : end;
    const auto rest = text.substr(from, kLongestUncutIndicator + 1);
    const auto clause_end = rest.find_first_of(kClauseDelimiters);
    // A word that ends a name standing right at the longest one (…研究法治政府建设的议题) ended it there.
    const auto after_longest = rest.substr(std::min(rest.size(), kLongestFollowingIndicator));
    const bool ended_by_a_stop_word =
        std::any_of(std::begin(kFollowingStops), std::end(kFollowingStops),
                    [&](std::u32string_view word) { return starts_with(after_longest, word); });
    if (!ended_by_a_stop_word && clause_end != std::u32string_view::npos && clause_end <= kLongestUncutIndicator &&
        std::none_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(clause_end),
                     [](char32_t c) { return is_digit(c); })) {
      following = std::u32string(rest.substr(0, clause_end));
    }
  }
  // 对《…实施细则》等二十八件规范性文件: examples before the figure, what it counts after it. A kind too short to say
  // which things it means (公众参与、专家论证等5项程序, 等4场活动) keeps the examples before it: the listing when both
  // fit in a name, else its first example (公众参与、专家论证等程序).
  constexpr std::size_t kLongestBareKind = 2;
  if (clause.ends_with(U'等') && following.size() >= 2 && following.size() <= kLongestBareKind) {
    if (auto listed = examples_listed_before(text, start, floor); !listed.empty()) {
      if (listed.size() + following.size() <= kLongestUncutIndicator) return listed + following;
      return listed.substr(0, listed.find(U'、')) + U"等" + following;
    }
  }
  if (clause.ends_with(U'等') && following.size() >= 2) return following;
  // “十四五”以来累计办理法律援助案件4.3万件，2024年办理1.1万件: a bare verb the figure before it in the sentence
  // did counts what that figure counted, from the verb on.
  const bool a_bare_deed = std::find(std::begin(detail::kDeedsDoneMoreOrLess), std::end(detail::kDeedsDoneMoreOrLess),
                                     phrase) != std::end(detail::kDeedsDoneMoreOrLess);
  if (same_sentence && a_bare_deed && following.size() < 2) {
    if (const auto verb = previous.find(phrase);
        verb != std::u32string::npos && previous.size() > verb + phrase.size() + 1) {
      return previous.substr(verb);
    }
  }
  // 持证率约占九成, 仲裁调解率约占结案总数的一半: a rate said as a share of its whole is the rate; 行政复议案件约占一半
  // is named as 占 names it, the hedge being the figure's qualifier.
  for (const std::u32string_view sharing : {U"率约占", U"率占"}) {
    if (const auto at = phrase.find(sharing); at != std::u32string_view::npos && at > 0) {
      return std::u32string(phrase.substr(0, at + 1));
    }
  }
  if (phrase.size() > 3 && phrase.ends_with(U"约占")) {
    return std::u32string(phrase.substr(0, phrase.size() - 2)) + U"占";
  }
  // 压缩办理时限至3个工作日以内: the thing a verb of change brought to the figure is named between them.
  for (const std::u32string_view verb : {U"压缩", U"缩短", U"压减", U"缩减", U"降低", U"提高", U"提升"}) {
    if (phrase.size() > verb.size() + 3 && phrase.starts_with(verb) &&
        (phrase.ends_with(U'至') || phrase.ends_with(U'到'))) {
      return std::u32string(phrase.substr(verb.size(), phrase.size() - verb.size() - 1));
    }
  }
  const std::size_t following_from = (end < text.size() && text[end] == U'的' ? end + 1 : end) + copula;
  const std::size_t following_end = following_from + following.size();
  const bool following_closes_the_clause =
      following_end == text.size() || kClauseDelimiters.find(text[following_end]) != std::u32string_view::npos;
  // 在受理的86件行政复议案件中，维持52件: the frame 在…中 around a count sets the things after it as the whole the
  // next clause picks from; the words between 在 and the count only say which.
  if (clause.starts_with(U'在') && following.size() >= 2 && following_end < text.size() &&
      text[following_end] == U'中') {
    return following;
  }
  // 动态调整121项镇街赋权执法事项, 推动全面依法治区59项重点工作: a count in 项 running straight into a noun phrase
  // that closes its clause counts that phrase; the words before it say what was done to the items (the verb) or
  // what they serve. Not a count at its clause's end (完成重点任务10项), nor one running into a deed or a word too
  // generic to name anything.
  // 将“…”考核12项指标纳入年度综合考核: a quote right before the words of the count's clause ends them there, and
  // they name no items (考核); the noun after the count does, a deed done to the items (纳入, 列入) after it.
  const bool words_before_cut_by_a_quote =
      begin > 0 && std::u32string_view(U"“”\"").find(text[begin - 1]) != std::u32string_view::npos;
  const bool following_stops_at_a_deed_on_the_items =
      std::any_of(std::begin(kDeedsOnItemsCounted), std::end(kDeedsOnItemsCounted),
                  [&](std::u32string_view deed) { return text.substr(following_end, deed.size()) == deed; });
  if (unit == U"项" && following_from == end && following.size() >= 2 &&
      (following_closes_the_clause || (words_before_cut_by_a_quote && following_stops_at_a_deed_on_the_items)) &&
      std::u32string_view(U"并且予均已都也全即及和或").find(following.front()) == std::u32string_view::npos &&
      std::find(std::begin(kTooGeneric), std::end(kTooGeneric), following) == std::end(kTooGeneric) &&
      following != U"内容") {
    return following;
  }
  // 全县27个部门单位的278项行政许可事项, 针对上级交办的14件行政争议化解案件: words closed by 的 right before a count
  // say which of the things it counts are meant; the noun after the count, ended by a word, names them. Not a share or
  // a sum (占全部案件的12%, 挽回损失的3.2万元), whose words before it name it, nor a noun too generic to.
  const bool described_right_before = start > begin && text[start - 1] == U'的' && unit != U"%" &&
                                      !unit.ends_with(U'元') && following.size() < kLongestFollowingIndicator;
  // Not words that go on with the deed (完成法治督察整改12项并通报: 并 opens a second deed, no noun; 审查86次且通过率
  // 100%: 且 joins a second figure).
  if ((ends_on_a_deed_on_what_follows || described_right_before) && following_from == end && following.size() >= 2 &&
      std::u32string_view(U"并且予均已都也全即及和或").find(following.front()) == std::u32string_view::npos &&
      std::find(std::begin(kTooGeneric), std::end(kTooGeneric), following) == std::end(kTooGeneric)) {
    return following;
  }
  // 实现行政执法人员100%持证上岗, 全镇村居95%配备法律顾问: a share the words before it give only the people or things
  // of, and a deed right after it closes its clause, is the share of them that did the deed; the verb of attaining
  // the share (实现, 做到) is no part of it. Not a rate named before it (持证率100%), whose words end on the rate.
  const auto names_a_share = [](std::u32string_view words) {
    return words.ends_with(U"率") || words.ends_with(U"比") || words.ends_with(U"比例") || words.ends_with(U"比重") ||
           words.ends_with(U"面") || words.ends_with(U"占");
  };
  if (unit == U"%" && following_from == end && following.size() >= 2 && following_closes_the_clause &&
      phrase.size() >= 2 && !ends_on_verb && !names_a_share(phrase) && !names_a_change(phrase) &&
      std::u32string_view(U"并且予均已都也全即及和或以左上").find(following.front()) == std::u32string_view::npos) {
    std::u32string_view whose = phrase;
    for (const std::u32string_view attaining : {U"实现", U"做到", U"达到"}) {
      if (whose.starts_with(attaining) && whose.size() > attaining.size() + 1) whose.remove_prefix(attaining.size());
    }
    return std::u32string(whose) + following;
  }
  if (phrase.size() >= 2 && !ends_on_verb) return without_gong_inside(without_jinxing_inside(phrase));
  // 司法所干部深入16个村开展法治宣传: after such a verb a classifier's one-character noun is what is counted.
  if (ends_on_verb && following.size() == 1 &&
      std::find(std::begin(kClassifiers), std::end(kClassifiers), unit) != std::end(kClassifiers)) {
    return following;
  }
  // 开展法治宣传活动15场次，其中走进社区开展2场次，线上开展3场: a part whose clause names only where or how the deed
  // was done, the verb ending it with nothing after the figure, counts what the whole it is picked from counted.
  if (same_sentence && ends_on_verb && following.size() < 2 && !names_a_change(previous) &&
      inside_a_breakdown(text, start)) {
    if (auto object = object_of_the_whole(previous); !object.empty()) return std::u32string(phrase) + object;
  }
  // 另有1件尚在审理中, 3件仍在调解中, 2件尚未办结: what becomes of the items named by the state they are in.
  if (phrase.size() < 2) {
    if (auto state = state_after(text, end); !state.empty()) return state;
  }
  if (!following.empty() && unit == U"%" && end < text.size() && text[end] == U'的') {
    return share_and_what_it_is_of(text, end + 1 + following.size(), following);
  }
  // 逾八成村民参与“学法用法”活动: a share written in words runs into its noun without 的 as well.
  if (!following.empty() && unit == U"%" && end < text.size() && text.substr(end, following.size()) == following &&
      text.substr(start, end - start).find_first_of(U"%％") == std::u32string_view::npos) {
    return share_and_what_it_is_of(text, end + following.size(), following);
  }
  if (following.size() >= 2) return following;
  if (phrase.size() >= 2) return std::u32string(phrase);
  if (!following.empty()) return following;  // 全镇共18个村: 村
  // 全年共12次: a clause of nothing but 全年/共/累计 counts what the figure before it in the sentence counted,
  // unless that clause went on to provide something else: 35个单位均配备法制审核人员，共112名 counts the staff.
  // Not a figure right after a bracket (未化解(或化解中)7宗): what it counts is in the bracket.
  // 组织培训3期、逾300人次: a figure set after the one before by a separator alone counts what it counted; so does
  // one that only says the level reached after a comma (律师总数突破3,000名，达到3,046名).
  const auto says_the_level_reached = [&] {
    for (const std::u32string_view word : {U"达到", U"达", U"突破", U"高达"}) {
      if (text.substr(start, word.size()) == word) return true;
    }
    return false;
  };
  const bool set_after_it =
      start - floor == 1 && (text[floor] == U'、' || (text[floor] == U'，' && says_the_level_reached()));
  // 2418项政务服务事项中，（其中）2331项纳入本级政务服务中心一体化管理: a count said alone after the whole it is
  // picked from is named by what it did, as 16个行政村中，12个建成法治示范村 is; the whole's name would read as the
  // whole again. A deed too long to read whole leaves it the whole's name, as the part of it that it is.
  if (same_sentence && phrase.empty() && (clause.empty() || clause == U"其中") && begin > floor &&
      picks_from_a_whole(text.substr(floor, begin - floor))) {
    if (auto deed = deed_of_a_part_picked(text, end); !deed.empty()) return deed;
    return previous;
  }
  // 共取消15项（其中2项为子项），新增17项: a figure before this one that stood in an aside closed since speaks of
  // the figure the aside was about, not of this one; this one's deed, left bare by stripping, is its name.
  // Not a word of when or how widely (全年, 累计), which says nothing of its own.
  constexpr std::size_t kLongestBareDeed = 4;
  const auto aside_closed = between.find_last_of(U"）)");
  if (same_sentence && phrase.empty() && aside_closed != std::u32string_view::npos &&
      between.find_first_of(U"（(", aside_closed) == std::u32string_view::npos && clause.size() >= 2 &&
      clause.size() <= kLongestBareDeed && std::all_of(clause.begin(), clause.end(), is_han) &&
      time_words_length(clause) == 0 && clause != U"其中" &&
      std::find(std::begin(kTimesAndScopesOfACount), std::end(kTimesAndScopesOfACount), clause) ==
          std::end(kTimesAndScopesOfACount)) {
    return std::u32string(clause);
  }
  if (same_sentence && (!clause.empty() || set_after_it)) {
    if (auto provided = provided_after(text.substr(floor, begin - floor)); provided.size() >= 2) return provided;
    return previous;
  }
  // 与上年相比，受理信访事项有所增加，达到156件: a level reached after a clause saying how something changed is
  // that something's.
  if (phrase.empty() && begin > floor) {
    if (auto changed_thing = what_changed_in_clause_before(text.substr(floor, begin - floor));
        changed_thing.size() >= 2) {
      return changed_thing;
    }
  }
  if (phrase.empty() && begin > floor && clause.size() >= 2) {
    const auto verb = std::find_if(std::begin(kVerbsOfHolding), std::end(kVerbsOfHolding),
                                   [&](std::u32string_view holding) { return clause.ends_with(holding); });
    if (verb != std::end(kVerbsOfHolding)) {
      if (auto held = held_by_a_subject_since(text.substr(floor, begin - floor), *verb); !held.empty()) return held;
    }
  }
  // With no figure before it in the sentence, such a clause counts what the clause before it did (开展普法活动，
  // 达到36场: a level reached, its words read with the figure).
  if ((!clause.empty() || says_the_level_reached()) && phrase.empty() && begin > floor) {
    if (auto done = done_in_clause_before(text.substr(floor, begin - floor)); done.size() >= 2) return done;
  }
  // 占受理案件数比例最高，达92.71%: a percentage said alone after a clause that names a share or a rate is that share
  // or rate.
  if (unit == U"%" && phrase.empty() && begin > floor) {
    if (auto share = share_named_in_clause_before(text.substr(floor, begin - floor)); share.size() >= 2) return share;
  }
  return {};
}

}  // namespace

bool names_an_earlier_period(std::u32string_view indicator) {
  return std::any_of(std::begin(kEarlierPeriods), std::end(kEarlierPeriods),
                     [&](std::u32string_view period) { return starts_with(indicator, period); });
}

bool names_a_change(std::u32string_view indicator) { return first_change_word(indicator) != std::u32string_view::npos; }

std::size_t leading_noise_length(std::u32string_view phrase) {
  std::size_t cleared = 0;
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto word : kLeadingNoise) {
      if (phrase.size() > cleared + word.size() && noise_at_start(phrase.substr(cleared), word)) {
        cleared += word.size();
        changed = true;
        break;
      }
    }
  }
  return cleared;
}

bool names_the_procedures_of_a_decision(std::u32string_view indicator) {
  return indicator.ends_with(U"等程序") || indicator.ends_with(U"等法定程序");
}

bool is_a_bare_direction(std::u32string_view indicator) {
  return std::find(std::begin(kDirectionsOfChange), std::end(kDirectionsOfChange), indicator) !=
         std::end(kDirectionsOfChange);
}

std::u32string_view subject_of_a_change(std::u32string_view indicator) {
  const std::size_t cut = first_change_word(indicator);
  return indicator.substr(0, cut == std::u32string_view::npos ? 0 : cut);
}

namespace {
// The code of a taxonomy entry that leaves what it matches without one: a shortfall, a standard, the largest single
// one (-=缺口): figures that are no amount of the year's work and, summed with it, would count what never happened.
constexpr std::string_view kNoCode = "-";
}  // namespace

Taxonomy::Taxonomy(const std::vector<std::string>& entries) {
  ParameterProblems problems;
  const auto is_code_character = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; };
  for (const auto& raw : entries) {
    const auto equals = raw.find('=');
    const std::string_view head =
        equals == std::string::npos ? std::string_view{} : detail::trim_ascii(std::string_view(raw).substr(0, equals));
    // code@人,名: the code names figures in those units only (enforcement_officers@人,名 is not 出动执法人员3416人次).
    const auto at = head.find('@');
    const std::string code(detail::trim_ascii(head.substr(0, at)));
    const std::string_view unit_list = at == std::string_view::npos ? std::string_view{} : head.substr(at + 1);
    const std::string_view words =
        equals == std::string::npos ? std::string_view{} : std::string_view(raw).substr(equals + 1);
    const char* why = nullptr;
    if (equals == std::string::npos) {
      why = "not code=keyword|keyword";
    } else if (code != kNoCode && (code.empty() || !std::all_of(code.begin(), code.end(), is_code_character))) {
      why = "the code before '=' must be lower-case letters, digits and '_', or '-' for none";
    } else if (detail::trim_ascii(words).empty() || words.find_first_not_of("| \t") == std::string_view::npos) {
      why = "no keyword after '='";
    } else if (at != std::string_view::npos && detail::trim_ascii(unit_list).empty()) {
      why = "no unit after '@'";
    }
    if (why != nullptr) {
      problems.add(
          "indicator_codes", raw,
          std::string(why) +
              "; write e.g. legal_aid=法律援助|援助 or enforcement_officers@人,名=执法人员 (codes ending _rate "
              "name percentages)");
      continue;
    }
    Entry entry;
    entry.code = code;
    std::string_view rest = std::string_view(raw).substr(equals + 1);
    while (!rest.empty()) {
      const auto bar = rest.find('|');
      const auto keyword = detail::trim_ascii(rest.substr(0, bar));
      if (!keyword.empty()) entry.keywords.push_back(decode_utf8(keyword));
      rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
    }
    for (std::string_view units = unit_list; !units.empty();) {
      const auto comma = units.find(',');
      if (const auto unit = detail::trim_ascii(units.substr(0, comma)); !unit.empty())
        entry.units.push_back(decode_utf8(unit));
      units = comma == std::string_view::npos ? std::string_view{} : units.substr(comma + 1);
    }
    entry.rate = entry.code.size() > 5 && entry.code.substr(entry.code.size() - 5) == "_rate";
    entry.uncoded = entry.code == kNoCode;
    if (entry.uncoded) entry.code.clear();
    entries_.push_back(std::move(entry));
  }
  problems.throw_if_any();
}

namespace {
// Services whose counters answer questions on their own rules, and hotlines and complaint lines that answer
// whatever callers ask (12345热线受理群众咨询, 受理群众来电咨询, 受理投诉咨询).
constexpr std::u32string_view kServiceWords[] = {U"医保", U"社保", U"人社", U"政策", U"业务", U"税务",
                                                 U"办事", U"政务", U"就业", U"热线", U"来电", U"投诉"};
// The national hotline for legal services: its questions are legal ones though its name may not say 法.
constexpr std::u32string_view kLegalHotline = U"12348";
// What else is 解除: a contract, a seizure, a freeze, a restriction, a marriage.
// What takes a permit away (吊销《卫生许可证》2件): no licence granted.
constexpr std::u32string_view kTakingPermitsAway[] = {U"吊销", U"注销", U"撤销", U"撤回", U"收回", U"暂扣", U"收缴"};
constexpr std::u32string_view kReleasedOtherThings[] = {U"劳动", U"合同",     U"聘用", U"查封", U"扣押",
                                                        U"冻结", U"服务协议", U"协议", U"限制", U"强制",
                                                        U"婚姻", U"警报",     U"预警", U"劳务", U"租赁"};
}  // namespace

namespace {
// Deeds done to bodies that a count of them counts (检查, 督查 …): the inspections, not the bodies.
constexpr std::u32string_view kDeedsOnBodies[] = {U"检查", U"督查", U"抽查", U"巡查", U"走访",
                                                  U"约谈", U"考核", U"督导", U"评估", U"指导"};
}  // namespace

std::string Taxonomy::code_for(std::u32string_view indicator, std::u32string_view unit) const {
  // A change (案件同比增加2起) is not a count of what changed: summing it with the counts would be wrong.
  if (names_a_change(indicator)) return {};
  // Nor is an average (人均承办案件150件, 平均办理时间) or a sum per head (每人每年补贴600元): it counts no
  // case of its own, and added to the totals it would count one person's share as the whole.
  for (const std::u32string_view average :
       {U"人均", U"平均", U"户均", U"场均", U"日均", U"月均", U"年均", U"每人", U"每户", U"每名", U"每位", U"每村",
        U"每件", U"每宗", U"每起", U"每万", U"每千", U"每百", U"每场", U"每期", U"每家", U"每所", U"每个"}) {
    if (indicator.find(average) != std::u32string_view::npos) return {};
  }
  // Nor are times a publication was used (学习“农村法律明白人培训手册”420余次, 翻阅普法读本30次): a count of times
  // named by a book counts no training, lecture or material handed out, whatever words its title holds.
  if (unit == U"次") {
    for (const std::u32string_view book : {U"手册", U"读本", U"汇编", U"教材", U"指南", U"画册", U"丛书"}) {
      if (indicator.ends_with(book)) return {};
    }
  }
  // Nor are the departments that do the work (47个行政审批部门开展自查, 17个执法委办局): a count of them is no count
  // of the approvals or cases their name holds. Not the bodies a deed was done to (检查部门12个, 督查单位): what the
  // deed counts (检查用人单位612家 is inspections).
  if (unit == U"个" || unit == U"家") {
    const bool done_to_them =
        std::any_of(std::begin(kDeedsOnBodies), std::end(kDeedsOnBodies),
                    [&](std::u32string_view deed) { return indicator.find(deed) != std::u32string_view::npos; });
    if (!done_to_them && (indicator.ends_with(U"部门") || indicator.ends_with(U"委办局"))) return {};
  }
  // Nor are items named by the state they are still in (另有2件尚在审查中, 3件仍在调解中): counted in their total
  // already, they are what is not done yet.
  for (const std::u32string_view pending : kStatesPending) {
    if (indicator.starts_with(pending)) return {};
  }
  // Nor is what a review found to be outside a class (确定不属于行政审批中介服务事项154项, 不属于行政许可的事项): the
  // keyword of the class is there, yet the count is of what it excludes.
  for (const std::u32string_view outside : {U"不属于", U"不纳入", U"不列入"}) {
    if (indicator.find(outside) != std::u32string_view::npos) return {};
  }
  // Nor is a reduction (减少重复检查21次, 减少罚款约47万元, 压减涉企检查): it counts what was not done.
  for (const std::u32string_view less : {U"减少", U"压减", U"削减"}) {
    if (indicator.starts_with(less)) return {};
  }
  // Nor are some members of a class picked out by a trait (执法人员中法律专业背景的仅3名, 调解员中具有法律职业资格的
  // 5人): added to the class's own count they would count those members twice.
  for (const std::u32string_view members : {U"人员中", U"干部中", U"调解员中", U"律师中", U"党员中", U"对象中",
                                            U"乡镇中", U"村中", U"社区中", U"单位中", U"部门中"}) {
    const auto at = indicator.find(members);
    // 乡镇中心, 农村中小学, 村中学: a centre or a school, not some members.
    if (at != std::u32string_view::npos && at + members.size() + 2 <= indicator.size() &&
        std::u32string_view(U"心小学医老青级华共央").find(indicator[at + members.size()]) ==
            std::u32string_view::npos) {
      return {};
    }
  }
  // Nor are the procedures a decision goes through (合法性审查、集体讨论决定等程序): steps every decision takes, no
  // reviews or hearings held.
  if (names_the_procedures_of_a_decision(indicator)) return {};
  // Nor is the base of a rate that counts what was due (应出庭应诉案件211件，实际出庭211件): added to the
  // appearances themselves it would count each one twice.
  for (const std::u32string_view due : {U"应出庭", U"应参考", U"应参加", U"应到会"}) {
    if (indicator.find(due) != std::u32string_view::npos) return {};
  }
  // 镇信访接待中心进驻单位8个, 政务服务中心入驻事项: what went to serve in a place is counted, not the place, which
  // is only where (a count of units stationed in a petitions centre is no petition). The code is read from the verb
  // on (入驻律师 stays lawyers).
  for (const std::u32string_view going : {U"进驻", U"入驻", U"派驻"}) {  // stationed; 深入, 走进 visit only
    if (const auto at = indicator.rfind(going);
        at != std::u32string_view::npos && at > 0 && at + going.size() < indicator.size()) {
      return code_for(indicator.substr(at), unit);
    }
  }
  // Words that name something else than what the figure counts are blanked out of the indicator (same length).
  std::u32string masked;
  const auto mask = [&](std::size_t at, std::size_t size) {
    if (masked.empty()) masked = indicator;
    masked.replace(at, size, size, U'　');
  };
  // A law's or a document's title names no deed (对照《中华人民共和国行政处罚法》清理规范性文件9件 counts documents
  // cleared, not penalty cases). A permit's title (发放《公共场所卫生许可证》1095件, 核发《食品经营许可证》320张) names
  // the licences a licensing office issued, though: it keeps its words, unless the permits were taken away (吊销, 注销
  // …: a sanction or a closing, no licence granted).
  const bool permits_taken_away =
      std::any_of(std::begin(kTakingPermitsAway), std::end(kTakingPermitsAway),
                  [&](auto verb) { return indicator.find(verb) != std::u32string_view::npos; });
  for (auto open = indicator.find(U'《'); open != std::u32string_view::npos; open = indicator.find(U'《', open + 1)) {
    const auto close = indicator.find(U'》', open);
    if (close == std::u32string_view::npos) break;
    if (!permits_taken_away && indicator.substr(open, close - open).ends_with(U"许可证")) continue;
    mask(open, close + 1 - open);
  }
  // Training that is no training in law: a business that trains (校外培训机构, 培训学校) and a trade's skills
  // (农民培训, 职业技能培训, 创业培训), which an education, agriculture or labour bureau's report counts too. (An
  // enforcement team's 业务技能培训 is its staff's training.)
  for (const std::u32string_view other :
       {U"培训机构", U"培训学校", U"农民培训", U"职业技能培训", U"就业技能培训", U"技能提升培训", U"就业培训",
        U"创业培训", U"违规培训", U"超范围培训", U"超标培训", U"培训行为"}) {
    for (auto at = indicator.find(other); at != std::u32string_view::npos; at = indicator.find(other, at + 1)) {
      mask(at, other.size());
    }
  }
  // A school before 法 is no 学法 (study of law): 中小学法治副校长, 中学法治教育课; 集中学法 is.
  for (const std::u32string_view school : {U"小学法", U"中学法"}) {
    for (auto at = indicator.find(school); at != std::u32string_view::npos; at = indicator.find(school, at + 1)) {
      if (at > 0 && indicator[at - 1] == U'集') continue;
      mask(at + 1, 1);
    }
  }
  // 培训高素质农民, 培训农村劳动力: training of a trade's people, with no law in it (法, 律, 维权: 以案释律).
  const auto names = [&](std::u32string_view word) { return indicator.find(word) != std::u32string_view::npos; };
  if ((names(U"农民") || names(U"务工") || names(U"劳动力")) &&
      indicator.find_first_of(U"法律") == std::u32string_view::npos && !names(U"维权")) {
    for (auto at = indicator.find(U"培训"); at != std::u32string_view::npos; at = indicator.find(U"培训", at + 2)) {
      mask(at, 2);
    }
  }
  // 解除 of a contract, a seizure or a restriction is no release from community corrections (入矫38人，解除30人 is).
  for (auto at = indicator.find(U"解除"); at != std::u32string_view::npos; at = indicator.find(U"解除", at + 2)) {
    constexpr std::size_t kLongestReleasedName = 6;  // 解除租赁合同, 解除行政协议
    const std::u32string_view what = indicator.substr(at + 2, kLongestReleasedName);
    if (std::any_of(std::begin(kReleasedOtherThings), std::end(kReleasedOtherThings),
                    [&](std::u32string_view thing) { return what.find(thing) != std::u32string_view::npos; })) {
      mask(at, 2);
    }
  }
  // Questions on a service's own rules or to a hotline, with no law in them (12393医保服务热线接听咨询, 窗口接待政策
  // 咨询, 12345热线受理群众咨询): no legal advice. The legal hotline 12348 answers legal ones.
  if (names(U"咨询") && indicator.find(U'法') == std::u32string_view::npos && !names(kLegalHotline) &&
      std::any_of(std::begin(kServiceWords), std::end(kServiceWords), names)) {
    for (auto at = indicator.find(U"咨询"); at != std::u32string_view::npos; at = indicator.find(U"咨询", at + 2)) {
      mask(at, 2);
    }
  }
  // Checks the unit underwent (接受上级各类检查5次, 迎接检查) are none it carried out; nor are the items of a list
  // of checks (梳理涉企行政检查事项412项: what may be checked, not the checks made), nor the entries of a list a
  // name ends on (明确检查企业清单, 建立检查对象名录: the firms to be checked, not checks).
  const bool ends_on_a_list = indicator.ends_with(U"清单") || indicator.ends_with(U"名单") ||
                              indicator.ends_with(U"名录") || indicator.ends_with(U"目录");
  if ((names(U"接受") || names(U"迎接") || names(U"迎检") || names(U"检查事项") || names(U"检查清单") ||
       ends_on_a_list) &&
      names(U"检查")) {
    for (auto at = indicator.find(U"检查"); at != std::u32string_view::npos; at = indicator.find(U"检查", at + 2)) {
      mask(at, 2);
    }
  }
  // Problems and leads screened for (排查涉企执法问题线索, 排查执法突出问题) are no disputes screened; nor are hazards
  // that are no disputes' (排查环境风险隐患, 排查燃气隐患: the taxonomy's last entry makes them safety_hazards).
  // Nor are projects, sites or premises screened (排查在建项目84个).
  // Hazards counted in a dispute's units (排查各类隐患58件，化解55件) are a dispute screening's still.
  const bool in_cases = unit == U"件" || unit == U"起" || unit == U"宗";
  const bool hazards_of_no_dispute =
      names(U"隐患") && !in_cases && !names(U"信访") && !names(U"稳定") && !names(U"涉稳");
  const bool sites = names(U"项目") || names(U"工地") || names(U"场所");
  if ((names(U"问题") || names(U"线索") || hazards_of_no_dispute || sites) && !names(U"纠纷") && !names(U"矛盾")) {
    for (auto at = indicator.find(U"排查"); at != std::u32string_view::npos; at = indicator.find(U"排查", at + 2)) {
      mask(at, 2);
    }
  }
  // Fines handed back (退还不当罚没款86.4万元) are money returned, not collected: funds_recovered.
  if (names(U"退还") || names(U"返还") || names(U"退回")) {
    for (const std::u32string_view fine : {U"罚没", U"罚款"}) {
      for (auto at = indicator.find(fine); at != std::u32string_view::npos; at = indicator.find(fine, at + 2)) {
        mask(at, fine.size());
      }
    }
  }
  // Vetting done to issue a certificate (审核换发行政执法证件, 审核发放) is no legality review of a document or a
  // decision.
  for (const std::u32string_view vetting : {U"审核", U"审查"}) {
    for (auto at = indicator.find(vetting); at != std::u32string_view::npos; at = indicator.find(vetting, at + 2)) {
      const std::u32string_view next = indicator.substr(at + 2, 2);
      if (next == U"换发" || next == U"发放" || next == U"颁发" || next == U"核发" || next == U"发证") mask(at, 2);
    }
  }
  // A list and what is done to it (行政许可事项清单动态调整, 清单内行政许可事项, 29个执法部门公布免罚轻罚事项清单) is
  // no permit granted and no penalty waived: its items are what may be, and the bodies that publish it did neither.
  // (适用不予处罚清单办理案件 applies the list to cases: those are exemptions.)
  if (names(U"清单")) {
    std::vector<std::u32string_view> listed = {U"许可", U"审批"};
    const bool published = names(U"公布") || names(U"制定") || names(U"梳理") || names(U"编制") || names(U"出台") ||
                           names(U"印发") || names(U"发布");
    if (published && !names(U"适用")) {
      listed.insert(listed.end(),
                    {U"免罚", U"不予处罚", U"不予行政处罚", U"免予处罚", U"免于处罚", U"首违不罚", U"轻微不罚"});
    }
    for (const auto word : listed) {
      for (auto at = indicator.find(word); at != std::u32string_view::npos; at = indicator.find(word, at + 1)) {
        mask(at, word.size());
      }
    }
  }
  // A public consultation (公开征求意见收到反馈意见, 公开征集) is no disclosure of government information.
  for (const std::u32string_view consulted : {U"公开征求", U"公开征集"}) {
    for (auto at = indicator.find(consulted); at != std::u32string_view::npos; at = indicator.find(consulted, at + 4)) {
      mask(at, 2);
    }
  }
  // A platform or system for supervising enforcement (行政执法监督平台亮码检查) names the tool a check was made with,
  // no supervision.
  for (auto at = indicator.find(U"执法监督"); at != std::u32string_view::npos;
       at = indicator.find(U"执法监督", at + 4)) {
    const std::u32string_view next = indicator.substr(at + 4, 2);
    if (next == U"平台" || next == U"系统") mask(at, 4);
  }
  if (!masked.empty()) indicator = masked;
  // Case files drawn for checking (抽查各部门案卷, 抽查行政处罚、行政许可案卷) are case files reviewed.
  if (names(U"案卷") && (names(U"抽查") || names(U"抽评"))) {
    if (auto code = first_code(U"案卷评查", unit)) return std::move(*code);
  }
  // What a verb of handling takes is what was counted: 人民调解委员会受理矛盾纠纷 counts disputes, not
  // committees. The words after the last such verb are tried first.
  const std::size_t object = after_last(indicator, kHandlingVerbs);
  if (object != std::u32string_view::npos && object < indicator.size()) {
    if (auto code = first_code(indicator.substr(object), unit)) return std::move(*code);
  }
  return first_code(indicator, unit).value_or(std::string{});
}

namespace {

// The units of a length of time, the units a time limit is set in (日, 工作日, 小时, 个月 …).
bool is_a_length_of_time(std::u32string_view unit) {
  return std::find(std::begin(kTimeLimitUnits), std::end(kTimeLimitUnits), unit) != std::end(kTimeLimitUnits);
}

}  // namespace

std::optional<std::string> Taxonomy::first_code(std::u32string_view indicator, std::u32string_view unit) const {
  const bool is_percentage = unit == U"%" || unit == U"‰" || unit == U"‱";  // rates, whatever their base
  for (const auto& entry : entries_) {
    // An entry of no code stops counts and rates alike (资金缺口, 信访积案化解率), in its units if it names any.
    if (!entry.uncoded && entry.rate != is_percentage) continue;
    if (!entry.units.empty() && std::find(entry.units.begin(), entry.units.end(), unit) == entry.units.end()) continue;
    // A sum per case or per person (1800元/件) is a rate of pay: only a code that names its unit takes it.
    if (!entry.uncoded && entry.units.empty() && unit.find(U'/') != std::u32string_view::npos) continue;
    // So is a length of time, mostly a time limit (信访事项一般在三日内受理, 7个工作日内办结): no count of what
    // the code counts (security_patrols@…,小时,天 names the hours and days patrolled).
    if (!entry.uncoded && entry.units.empty() && is_a_length_of_time(unit)) continue;
    // So is a count of kinds (梳理行政许可事项10大类, 分为12类): the licences it sorts are no more counted by it.
    if (!entry.uncoded && entry.units.empty() && (unit == U"类" || unit == U"大类")) continue;
    for (const auto& keyword : entry.keywords) {
      if (indicator.find(keyword) != std::u32string_view::npos) return entry.code;
    }
  }
  return std::nullopt;
}

}  // namespace docpipe::metrics
