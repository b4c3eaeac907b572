#include "report_metadata.hpp"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "attachment_label.hpp"
#include "date_figure_spaces.hpp"
#include "docpipe/chinese_numerals.hpp"
#include "docpipe/contents_lines.hpp"
#include "docpipe/dates.hpp"
#include "docpipe/icu_patterns.hpp"
#include "docpipe/text.hpp"
#include "docpipe/title_period.hpp"
#include "document_genre.hpp"
#include "heading_grammar.hpp"
#include "part_classifier.hpp"
#include "trimmed_line.hpp"

namespace docpipe::sections {

namespace {

// A unit's name as reports write it, from its start: province, city, county, town, then a department,
// each optional. A zone's 管委会 follows its name directly (安和高新区管委会). A commission goes by its short name
// as often as by its full one (卫健委, 发改委 for 卫生健康委员会, 发展和改革委员会); a 党委 or 党工委 is the Party side
// of a joint signature, not a department, and a 常委会 is no commission's short name. Every part is bounded, so a match
// costs a bounded number of steps. 城乡 (town and country, 住房和城乡建设局) never ends a township's name, and a city's
// name holds no 县 or 区 (安澜县市场监督管理局 is a county's department, not a city named 安澜县市), and a banner (旗)
// is no town's first word (红旗镇). A place's last character inside a common word ends no place (市场, 县域, 区域,
// 区划: 山东省法治市场监管… names no city), unless a 市场…局 follows (宁溪市场监管局 is 宁溪市's 市场监管局); a street
// named …大街 is no town when its office, …大街街道, follows. A district's other name in brackets right after it
// (高新区（新市区）人民政府) is the same organ's: the unit keeps it. An autonomous prefecture's name runs longer than a
// city's (恩施土家族苗族自治州, 黔西南布依族苗族自治州: up to eight characters before 自治州). A bureau's formation
// named for its duty follows the bureau (公安局交通警察大队, 公安局交警支队, a 支队's 大队 in a county:
// 公安局交通警察支队桑湖大队), or the place alone (宁丰县交警大队, 宁丰县消防救援大队, 柳湾街道综合行政执法队); a
// 供销社 (供销合作社联合社, 供销联社) is named right after its place, as is a town's 司法所, the county's 司法局's
// office there (柳溪镇司法所, 青禾县司法局柳溪司法所: its own unit, not the town's government nor the bureau). A 队
// before 伍 is a 队伍's, a team in general (打造一支队伍, 加强执法队伍建设), no formation's. A vertically managed organ
// after its place: a 税务局's 稽查局 (榆城市税务局第一稽查局), a statistics bureau's 调查队 or 调查总队, a 海关, a
// central bank's 分行 or 支行, or a city's 中心支行 as the bank named its city branches until 2023 (宁丰县调查队,
// 榆城市分行, 宁丰县支行, 榆城市中心支行). A national zone's full name runs longer than a county's
// (榆城国家高新技术产业开发区, 平川国家级经济技术开发区: its city's name, up to four characters, before 国家), and so
// does an ethnic township's, named for up to three peoples (翠玉傈僳族普米族乡: up to ten characters before 族乡, not
// the phrase 民族乡镇). The 新疆生产建设兵团 (兵团 alone before its 师) stands for a province; a 师 for a city, with
// the city it governs as one written after it (第八师石河子市, 一师阿拉尔市: the city as written); a 团 (一〇一团, or
// 八团 right after its 师, or in digits as the 团 often writes its own number: 106团; one numeral alone names a 团 too
// where no word stands before it, as its own reports name it without its 师: 五团2024年…, 2021年五团…) for a county.
// Its numbers name it, so 集团, 代表团 or 团结 open no place. A 师 goes by its older name too (农一师, 农八师石河子市:
// as written), and a 团's company (三连, 九连) right after its 团 is the unit a village's committee would be, below its
// place. The Party committee's departments after its 委 (县委组织部, 市委统一战线工作部; no 部署 nor 部分, nor the 干部
// of a bureau, 县委老干部局) and its discipline commission joined with the supervisory one (纪委监委) are departments
// too.
constexpr const char* kUnitPattern =
    R"((\p{Han}{2,6}?(?:省|自治区)|新疆生产建设兵团|兵团(?=[第农]))?)"
    R"(((?:第|农)[一二三四五六七八九十]{1,3}师(?!范)(?:(?:(?!团)\p{Han}){2,4}?市(?!场))?|)"
    R"([一二三四五六七八九十]{1,3}师(?:(?!团)\p{Han}){2,4}?市(?!场)|)"
    R"((?:(?![县区])\p{Han}){2,6}?(?:市(?!场(?!\p{Han}{0,6}局))|自治州|州|盟|地区)|)"
    R"((?:(?![县区])\p{Han}){7,8}?自治州)?)"
    R"(((?:[〇零一二三四五六七八九十]{2,4}|(?<![0-9])[1-9][0-9]{1,2}|(?:(?<=师)|(?<=年|度)|(?<!\p{Han}))[一二三四五六七八九十])团(?!结|体|队|员|伙|委|支|和)|)"
    R"(\p{Han}{1,10}?(?:自治县|自治旗|县(?!域)|区(?![域划])|旗(?![镇乡])|市(?!场(?!\p{Han}{0,6}局)))|)"
    R"(\p{Han}{2,4}?国家级?(?:高新技术产业|经济技术)开发区)?)"
    R"(([(（]\p{Han}{1,10}?(?:自治县|县|区|旗|市)[)）])?)"
    R"((\p{Han}{1,6}?(?:街道|镇|(?<!城)乡|街(?!街道)|苏木)|\p{Han}{2,10}?族乡(?!镇))?)"
    R"((委\p{Han}{2,6}?(?<!干)部(?![门署分])|纪委监委|(?<=团)[一二三四五六七八九十]{1,3}连(?![续接锁带])|)"
    R"(\p{Han}{1,12}?(?:局(?:\p{Han}{1,8}?(?:分局|稽查局|司法所|支队(?:\p{Han}{1,6}?大队)?|大队)(?!伍))?|厅|)"
    R"(委员会办公室|委员会|)"
    R"(办公室|管委会|管理委员会|中心|司法所|林场总场|林场|农场|牧场|(?:支队(?:\p{Han}{1,6}?大队)?|大队|执法队)(?!伍)|)"
    R"((?<!党|党工)委(?![员会]))|管委会|供销合作社联合社|供销合作社|供销联社|供销社|调查总队|调查队(?!伍)|海关|分行(?!业)|中心支行|支行|司法所)?)"
    R"(((?:人民政府|政府|街道办事处|办事处|党委|党工委))?)";
// Words around a unit's name in titles and signatures that are not part of it. A cover letter's verb after 关于
// (关于报送桃源街道…报告的函) is the letter's, not the start of a place's name. A vertically managed organ's line of
// command before its name (国家税务总局宁丰县税务局, 中华人民共和国青溪海关, 国家统计局宁丰调查队,
// 国家金融监督管理总局榆城监管分局, 中国人民银行宁丰县支行) names no place: the unit is the organ as named after it
// (but a central bank's branch keeps its bank's name: see kBankNamingItsBranch).
// A county government's name before its sub-district office's (柳湾区人民政府青禾街道办事处) is the county's, not
// part of the office's. A letter's lead-in verb opening the clause (现将区司法局2024年…情况报告如下) leads to the
// organ's name and is no part of it, nor is the 由 of a sentence naming who compiled or did it
// (由山西省气象局编制: the organ after it, its place's name before a level's word).
constexpr const char* kNoisePattern =
    R"(^(?:现将|现就|现把|兹将|特将|由(?=\p{Han}{1,8}?(?:省|自治区|市|县|区|旗|州|盟)))|关于(?:报送|上报|呈报|转报|提交)?|中共|国家税务总局|中华人民共和国|国家统计局|国家金融监督管理总局|中国人民银行|)"
    R"(\d{4}\s*年度?|^[\s,，、:：]+|)"
    R"((?!(?<=[县区市旗])[(（]\p{Han}{1,10}?(?:县|区|旗|市)[)）])[(（][^)）]*+[)）]|)"
    R"((?<=[县区市旗])委(?=\p{Han}{1,6}?(?:街道|镇|乡))|)"
    R"(人民政府(?=\p{Han}{1,6}?(?:街道办事处|办事处|镇人民政府|乡人民政府)))";

// Words that end like a place but are not one ("全区", "社区", "城市"); 自治区 and 自治州 alone leave the region
// unnamed (在自治区党委领导下).
const std::u32string_view kNotPlaces[] = {U"社区", U"小区", U"园区", U"城区", U"景区", U"辖区", U"片区", U"山区",
                                          U"街区", U"城市", U"超市", U"都市", U"门市", U"夜市", U"街", U"乡", U"镇",
                                          U"县", U"区", U"市", U"乡镇", U"镇街", U"街镇", U"县区", U"区县", U"市县",
                                          U"县市", U"自治区", U"自治州",
                                          // 师市: a 兵团 division and the city it governs, named together in general
                                          // (在师市党委的领导下, 师市司法局): no city's name.
                                          U"师市"};
// Words of a report's subject (省政府各部门和各市, 各县区, 少数民族乡镇) or its slogan (推进法治县), never of a place's
// name; nor the verbs a clause leads to a place with (结合自治区实际, 围绕全省…活动, 按照市里部署,
// 依法治省办公布县…名单, a hotline's 市民热线受理市民诉求…: a service that takes in or handles a request names no
// place); nor the part of a year a title reports on before an official's channel (2025年第一季度市长信箱…,
// 上半年县长热线…: a period is no place); nor a verb crediting the leaders (得益于县委、县政府的坚强领导…), a
// determiner (其余镇部门…, 其他乡镇…) or an adverb of time (下一步全椒县将…) before a level's word; nor a meeting
// (会议由镇党委书记主持: the meeting and who chaired it, no 会议由镇).
const std::u32string_view kNeverInPlaceNames[] = {
    U"政府",     U"部门", U"各",   U"法治",   U"结合",   U"围绕",   U"按照", U"根据", U"公布",   U"受理", U"办理",
    U"少数民族", U"季度", U"半年", U"得益于", U"受益于", U"归功于", U"其余", U"其他", U"下一步", U"会议"};
// Slogan words a title opens on before the place (法治赵县建设规划): no place's name starts with them.
const std::u32string_view kSloganWordsBeforePlaces[] = {U"法治", U"法制"};
// A two-character name starting with one of these is a phrase ("全区", "本市", "我县"), not a place.
// Characters of phrases around a name ("县委县政府的领导下"), never of a place's name.
// 局 ends an organ's name and begins none: 县司法局在县委… is no county 司法局在县.
// 是 is a copula before a name (也是西兴街道高质量发展的重要之年), never a character of one.
constexpr std::u32string_view kNeverInPlaces = U"委党的与及领导我局是";   // 现将我镇… is a sentence
constexpr std::u32string_view kNotPlaceStarts = U"全本我各该此其在对由";  // 由县…主持: who chaired it
// Before 山区 or 城区, characters of a phrase (老城区, 全山区), not of a district's name (南山区, 东城区).
constexpr std::u32string_view kPhraseBeforeDistrict = U"老旧全本我各该此这其主";
// Before 城市 (or 都市, 门市), characters of a phrase (大城市, 该城市, 大都市, 首都市民, 部门市场) or the end of a
// place's name (the 市城市 of 宁桥市城市管理局), not of a city's name: a city named …城 is as common as any (聊城市,
// 晋城市, 邹城市), as are 成都市 and 厦门市, 江门市.
constexpr std::u32string_view kPhraseBeforeCity = U"大小新老旧全本我各该此这其主中省市县区州镇乡首部";

const std::u32string_view kTitleWords[] = {U"报告", U"总结", U"情况"};
// A department's Party group signs with it or alone (中共宁丰县水利局党组): 党组 ends an issuer's name too.
const std::u32string_view
    kIssuerSuffixes[] = {U"人民政府", U"政府",     U"党委",   U"党工委", U"党组", U"委员会", U"办公室", U"办事处",
                         U"司法所",   U"司法局",   U"局",     U"管委会", U"中心", U"大队",   U"支队",   U"执法队",
                         U"供销社",   U"联合社",   U"联社",   U"所",     U"委",   U"街道",   U"镇",     U"乡",
                         U"海关",     U"调查总队", U"调查队", U"分行",   U"支行"};  // vertically managed organs

std::unique_ptr<icu::RegexPattern> compile(const char* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  return compile_pattern(pattern, 0, status);
}

std::string group(icu::RegexMatcher& matcher, int index) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  if (matcher.start(index, status) >= 0 && U_SUCCESS(status)) matcher.group(index, status).toUTF8String(out);
  return out;
}

bool has_sentence_punctuation(std::u32string_view line) {
  return line.find_first_of(U"。，；！？,;") != std::u32string_view::npos;
}

// A WeChat account's column tag before the title (『法治交通』, 【法治建设】): the account's, not the report's.
std::u32string without_column_tag(const std::u32string& title) {
  constexpr std::size_t kLongestTag = 10;
  constexpr std::pair<char32_t, char32_t> kTagBrackets[] = {{U'『', U'』'}, {U'【', U'】'}, {U'［', U'］'}};
  for (const auto& [open, close] : kTagBrackets) {
    if (title.empty() || title.front() != open) continue;
    const auto end = title.find(close);
    if (end == std::u32string::npos || end > kLongestTag + 1 || end + 1 >= title.size()) continue;
    // 【2023年度】 says the report's year: no column's.
    const std::u32string_view tag = std::u32string_view(title).substr(1, end - 1);
    if (tag.find(U'年') != std::u32string_view::npos || tag.find_first_of(U"0123456789") != std::u32string_view::npos)
      continue;
    return title.substr(end + 1);
  }
  return title;
}

}  // namespace

bool names_a_zone(std::u32string_view place) {
  constexpr std::u32string_view kZones[] = {U"市区",   U"新区",   U"城区",   U"郊区",   U"矿区",   U"林区",   U"港区",
                                            U"景区",   U"经开区", U"高新区", U"园区",   U"开发区", U"保税区", U"示范区",
                                            U"经济区", U"试验区", U"合作区", U"功能区", U"产业区"};
  // A zone's generic name alone (市区, 新区) or a zone named by its kind (榆城高新区, 工业园区); a district whose own
  // name ends so is a county's equal (浦东新区: a name before 新区).
  return std::any_of(std::begin(kZones), std::end(kZones), [&](std::u32string_view zone) {
    return place == zone || ((zone.size() >= 3 || zone == U"园区") && place.ends_with(zone));
  });
}

std::u32string_view name_of_a_branch(std::u32string_view department) {
  if (!department.ends_with(U"分局")) return {};
  const std::u32string_view before = department.substr(0, department.size() - 2);
  const auto bureau_end = before.rfind(U'局');
  return bureau_end == std::u32string_view::npos ? std::u32string_view() : before.substr(bureau_end + 1);
}

namespace {

// Words before the name of a vertically managed organ named without its place's level word (placeless_organ below) or
// of a national zone that are no place's: its rank (直属海关, 隶属海关), the country's system (中国海关, 地方海关), or
// a verb a title or clause opens on (推进海关法治建设, 强化调查队伍, 全面加强海关…, 推进国家级经济技术开发区…).
const std::u32string_view kNotPlacesBeforeOrgans[] = {U"直属", U"隶属", U"中国", U"国家", U"地方", U"口岸", U"统计",
                                                      U"推进", U"推动", U"加强", U"强化", U"深化", U"促进", U"服务",
                                                      U"支持", U"开展", U"建设", U"优化", U"完善", U"落实", U"全面"};

bool is_place(const std::string& name) {
  if (name.empty()) return false;
  const std::u32string text = decode_utf8(name);
  if (text.size() == 2 && kNotPlaceStarts.find(text.front()) != std::u32string_view::npos) return false;
  if (text.find_first_of(kNeverInPlaces) != std::u32string::npos) return false;
  // A national zone's city stands before 国家 (榆城国家高新技术产业开发区); a verb there is a clause's
  // (推进国家级…开发区).
  if (const auto national = text.find(U"国家");
      national != std::u32string::npos && text.ends_with(U"开发区") &&
      std::any_of(std::begin(kNotPlacesBeforeOrgans), std::end(kNotPlacesBeforeOrgans), [&](std::u32string_view word) {
        return text.starts_with(word) || text.substr(0, national).ends_with(word);
      })) {
    return false;
  }
  if (std::any_of(std::begin(kNeverInPlaceNames), std::end(kNeverInPlaceNames),
                  [&](std::u32string_view word) { return text.find(word) != std::u32string::npos; })) {
    return false;
  }
  return std::none_of(std::begin(kNotPlaces), std::end(kNotPlaces), [&](std::u32string_view word) {
    if (text == word) return true;
    if (text.size() > word.size() + 1 || !text.ends_with(word) || word.size() < 2) return false;
    // 南山区, 东城区 are districts; 老城区, 全山区 are phrases.
    if (word == U"山区" || word == U"城区")
      return kPhraseBeforeDistrict.find(text.front()) != std::u32string_view::npos;
    // 聊城市 is a city; 大城市 is a phrase. So are 成都市 and 厦门市, 江门市, 荆门市, 天门市 (a city's name ends in 都
    // or 门 as often), but 大都市, 新门市 are phrases.
    if (word == U"城市" || word == U"都市" || word == U"门市")
      return kPhraseBeforeCity.find(text.front()) != std::u32string_view::npos;
    return true;
  });
}

// Whether `text` holds a character that ends a place's name in kUnitPattern (省, 自治区, 市, 州, 盟, 地区, 县, 区, 旗,
// 街道, 街, 镇, 乡, 苏木; the 兵团's 师 and 团). A unit is only found after a place, and most clauses tried name none:
// the check saves running the pattern on them, which costs far more than these searches.
bool may_name_a_place(std::string_view text) {
  constexpr std::string_view kPlaceEnds[] = {"省", "区", "市", "州", "盟", "县", "旗",
                                             "街", "镇", "乡", "木", "师", "团"};
  return std::any_of(std::begin(kPlaceEnds), std::end(kPlaceEnds),
                     [&](std::string_view end) { return text.find(end) != std::string_view::npos; });
}

// A vertically managed organ named after the place it serves without the place's level word (青溪海关, 宁丰调查队,
// 榆城海事局, 榆城监管分局, a county's 宁丰监管支局, a province's 云岭调查总队): the organ is the unit; the place,
// having no level, is no region's (city, county?).
constexpr const char* kPlacelessOrganPattern =
    R"((\p{Han}{2,4}?)(海关|海事局|调查总队|调查队(?!伍)|监管分局|监管支局))";
constexpr std::string_view kPlacelessOrgans[] = {"海关", "海事局", "调查总队", "调查队", "监管分局", "监管支局"};
bool may_name_a_placeless_organ(std::string_view text) {
  return std::any_of(std::begin(kPlacelessOrgans), std::end(kPlacelessOrgans),
                     [&](std::string_view organ) { return text.find(organ) != std::string_view::npos; });
}

// An organ of the State Council named at the start of a title or a signature (应急管理部, 海关总署, 国家发展和改革
// 委员会), before its Party committee's or group's word (海关总署党委), a 关于, a year, a space or nothing: a national
// organ reports for no region, but it is the unit. No place's level word in its name (县委组织部, 区政法委员会 are a
// place's), none of the words a sentence ends in 部 with (干部, 全部, 内部, 总部, 俱乐部), and no village's committee.
constexpr const char* kCentralOrganPattern = R"((\p{Han}{2,10}?(?:总署|部|委员会))(?=党委|党组|关于|\d|\s|$))";
constexpr std::string_view kCentralOrganEnds[] = {"总署", "部", "委员会"};
constexpr std::u32string_view kNeverInCentralOrgans = U"省市县区州盟旗镇乡村街居团师我本各该全其";
constexpr std::u32string_view kNotCentralOrgans[] = {U"干部", U"全部", U"内部",   U"外部",
                                                     U"局部", U"总部", U"俱乐部", U"基层部"};
bool may_name_a_central_organ(std::string_view text) {
  return std::any_of(std::begin(kCentralOrganEnds), std::end(kCentralOrganEnds),
                     [&](std::string_view end) { return text.find(end) != std::string_view::npos; });
}

Region central_organ(const icu::UnicodeString& written) {
  static const auto organ = compile(kCentralOrganPattern);
  // The country's name before a ministry's (中华人民共和国司法部) is no part of the unit as the portals name it.
  static const icu::UnicodeString kCountry = icu::UnicodeString::fromUTF8("中华人民共和国");
  // A matcher keeps a reference to its input: the text it reads lives as long as it.
  const icu::UnicodeString text = written.startsWith(kCountry) ? written.tempSubString(kCountry.length()) : written;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(organ->matcher(text, status));
  if (U_FAILURE(status) || !matcher->lookingAt(status) || U_FAILURE(status)) return {};
  const std::string name = group(*matcher, 1);
  const std::u32string organ_name = decode_utf8(name);
  // The Party's organs (中共…委员会) are a place's, named with it.
  if (organ_name.starts_with(U"中共") || organ_name.find_first_of(kNeverInCentralOrgans) != std::u32string::npos ||
      std::any_of(std::begin(kNotCentralOrgans), std::end(kNotCentralOrgans),
                  [&](std::u32string_view word) { return organ_name.ends_with(word); })) {
    return {};
  }
  Region region;
  region.department = name;
  region.unit = name;
  return region;
}

// The vertically managed organ named without its place's level word at the start of `cleaned`; an empty unit if none.
Region placeless_organ(const icu::UnicodeString& cleaned) {
  static const auto organ = compile(kPlacelessOrganPattern);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(organ->matcher(cleaned, status));
  if (U_FAILURE(status) || !matcher->lookingAt(status) || U_FAILURE(status)) return {};
  const std::string place = group(*matcher, 1);
  const std::u32string name = decode_utf8(place);
  if (!is_place(place) || std::any_of(std::begin(kNotPlacesBeforeOrgans), std::end(kNotPlacesBeforeOrgans),
                                      [&](std::u32string_view word) { return name.starts_with(word); })) {
    return {};
  }
  Region region;
  region.department = group(*matcher, 2);
  region.unit = place + region.department;
  return region;
}

// A branch's name without its bank's (宁丰县支行, 榆城市分行) says no bank: any bank has one. The central bank's branch
// keeps the bank's name in the unit (中国人民银行宁丰县支行), though the place is read after it as for any other
// vertically managed organ's line of command.
constexpr std::string_view kBankNamingItsBranch = "中国人民银行";

// The Party's name before its organs' names (中共青石县委办公室).
constexpr std::string_view kPartysName = "中共";

bool is_a_banks_branch(std::string_view department) {
  return department.ends_with("支行") || department.ends_with("分行");
}

// Where a year stands right before 政府 (平川县2023年度政府信息公开工作年度报告): the place before it is the report's
// and 政府 opens the next words (政府信息公开), no 平川县政府 with its year set aside. The unit's name ends there; at
// the text's end when no year stands so.
int32_t end_before_a_year_before_government(const std::string& text, const icu::UnicodeString& written) {
  if (text.find("政府") == std::string::npos) return written.length();  // most clauses: no pattern run
  static const auto year_before_government = compile(R"(\d{4}\s*年度?(?:人民)?政府)");
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(year_before_government->matcher(written, status));
  if (U_FAILURE(status) || !matcher->find(status) || U_FAILURE(status)) return written.length();
  const int32_t start = matcher->start(status);
  return U_SUCCESS(status) ? start : written.length();
}

// The county, district or county-level city a bureau's branch is named after (生态环境局岳阳县分局 → 岳阳县); empty
// for a branch named otherwise (公安局城关分局, 生态环境分局: no level's word, no county to tell).
std::string place_a_branch_serves(const std::string& department) {
  const std::u32string name = decode_utf8(department);
  const std::u32string_view place = name_of_a_branch(name);
  if (names_a_zone(place)) return {};  // 公安局市区分局, 生态环境局开发区分局: no county
  constexpr std::size_t kShortestPlace = 2, kLongestPlace = 10;  // 攸县, 酉阳土家族苗族自治县
  if (place.size() < kShortestPlace || place.size() > kLongestPlace || !std::all_of(place.begin(), place.end(), is_han))
    return {};
  if (std::u32string_view(U"县区旗市").find(place.back()) == std::u32string_view::npos) return {};
  const std::string served = encode_utf8(place);
  return is_place(served) ? served : std::string();
}

// An organ named with no place's level word: a vertically managed one after its place (青溪海关), else an organ of
// the State Council, read in `written` (before the year and the 关于 after its name are cleaned off, which it needs
// to end: 应急管理部2024年…, 海关总署关于…).
Region organ_without_a_place(const icu::UnicodeString& cleaned, const icu::UnicodeString& written) {
  if (Region organ = placeless_organ(cleaned); !organ.unit.empty()) return organ;
  return central_organ(written);
}

// The unit named at the start of `text`, if any.
Region parse_unit(const std::string& text) {
  if (!may_name_a_place(text) && !may_name_a_placeless_organ(text) && !may_name_a_central_organ(text)) return {};
  static const auto unit = compile(kUnitPattern);
  static const auto noise = compile(kNoisePattern);
  Region region;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString original = icu::UnicodeString::fromUTF8(text);  // matchers keep a reference to their input
  original.truncate(end_before_a_year_before_government(text, original));
  std::unique_ptr<icu::RegexMatcher> cleaner(noise->matcher(original, status));
  if (U_FAILURE(status)) return region;
  icu::UnicodeString cleaned = cleaner->replaceAll(icu::UnicodeString(), status);
  for (const std::u32string_view slogan : kSloganWordsBeforePlaces) {
    const icu::UnicodeString word = icu::UnicodeString::fromUTF8(encode_utf8(slogan));
    if (cleaned.startsWith(word)) cleaned.remove(0, word.length());
  }
  std::unique_ptr<icu::RegexMatcher> matcher(unit->matcher(cleaned, status));
  if (U_FAILURE(status) || !matcher->lookingAt(status) || U_FAILURE(status)) {
    return organ_without_a_place(cleaned, original);
  }
  region.province = group(*matcher, 1);
  region.city = group(*matcher, 2);
  region.county = group(*matcher, 3);
  const std::string other_name = group(*matcher, 4);
  region.town = group(*matcher, 5);
  // Words that end like a place but name none (城市, 社区), right after a place, open its department's name:
  // 宁桥市城市管理局 is 宁桥市's 城市管理局, not a 管理局.
  std::string opens_the_department;
  bool after_a_place = false;
  for (std::string* part : {&region.province, &region.city, &region.county, &region.town}) {
    if (is_place(*part)) {
      after_a_place = true;
      opens_the_department.clear();
      continue;
    }
    if (after_a_place) opens_the_department += *part;
    part->clear();
  }
  if (region.empty()) return organ_without_a_place(cleaned, original);
  // A subdistrict named after a one-character place and 市 (庄市街道, 2023年庄市街道…): 市 and 街道 right after it
  // are the subdistrict's name, not a city's and a 街道 unnamed. A city's name of two characters or more
  // (宁桥市城区街道办事处: 宁桥市's 城区街道) stays the city's.
  const auto text_after = [&](int index) {
    UErrorCode end_status = U_ZERO_ERROR;
    const int32_t end = matcher->end(index, end_status);
    std::string rest;
    if (U_SUCCESS(end_status) && end >= 0) cleaned.tempSubString(end).toUTF8String(rest);
    return rest;
  };
  constexpr std::size_t kOneCharacterCity = std::string_view("庄市").size();
  const bool names_the_subdistrict = region.town.empty() && other_name.empty() &&
                                     region.county.size() == kOneCharacterCity && region.county.ends_with("市") &&
                                     text_after(3).starts_with("街道");
  if (names_the_subdistrict) region.town = std::exchange(region.county, {}) + "街道";
  region.department = group(*matcher, 6);
  // A clause run on after the place up to a 委 or 局 it names (台江区述法现场会在区委九楼会议室召开: the meeting was
  // held at the district's committee) names no department: no organ's name holds 在 or 的. The place is the subject.
  if (const std::u32string department = decode_utf8(region.department);
      department.find_first_of(U"在的") != std::u32string::npos) {
    region.department.clear();
  }
  if (!region.department.empty()) region.department.insert(0, opens_the_department);
  // A bureau's formation or office is named right after it, as written: one the words set aside part from the bureau
  // (宁丰县司法局关于柳溪司法所…的报告) is what the bureau's text is about.
  if (const auto bureau_end = region.department.find("局");
      bureau_end != std::string::npos && bureau_end + std::string_view("局").size() < region.department.size() &&
      text.find(region.department) == std::string::npos) {
    region.department.erase(bureau_end + std::string_view("局").size());
  }
  std::string body = group(*matcher, 7);
  if (names_the_subdistrict) {
    // The 街道 the town took back opens the department's or the office's name (庄市街道司法所, 庄市街道办事处).
    std::string& rest = region.department.empty() ? body : region.department;
    if (rest.starts_with("街道")) rest.erase(0, std::string_view("街道").size());
  }
  // 中共浚县县委 浚县人民政府: the county's Party committee (its level's word and 委 right after the county's name,
  // then a space before the government's side), no department of the county's. The place is the unit, as for
  // 中共青禾县委 青禾县人民政府.
  if (!region.county.empty() && body.empty() &&
      region.department ==
          encode_utf8(decode_utf8(region.county).substr(decode_utf8(region.county).size() - 1)) + "委") {
    const std::string rest = text_after(6);
    if (rest.empty() || rest.starts_with(" ") || rest.starts_with("\u3000") || rest.starts_with("\t"))
      region.department.clear();
  }
  // A subdistrict named after the part of the city it serves (宁桥市城区街道办事处, 东河区老城区街道办事处): 城区 is
  // its name's first word, so it is the town.
  if (region.department.empty() && region.town.empty() && !opens_the_department.empty() && body.starts_with("街道")) {
    region.town = opens_the_department + "街道";
    body.erase(0, std::string_view("街道").size());
  }
  // 中共…街道工作委员会, …开发区党工委: the Party side of a joint signature. The unit is the place, as for
  // 中共…镇委员会.
  if (region.department.ends_with("工作委员会")) region.department.clear(), body.clear();
  if (body == "党委" || body == "党工委") body.clear();
  // The two issuers of a joint title run together (…开发区党工委…开发区管理委员会): the government's is the unit.
  for (const std::string party : {"党工委", "党委"}) {
    if (const auto at = region.department.rfind(party); at != std::string::npos) {
      region.department.erase(0, at + party.size());
      const std::string place = region.province + region.city + region.county + region.town;
      if (region.department.starts_with(place)) region.department.erase(0, place.size());
    }
  }
  // A department has no government of its own: 政府 right after its name opens the next words, as in a 政府信息公开
  // annual report's title (滨江区民政局政府信息公开工作年度报告, …人民政府办公室政府信息公开…), and is no part of the
  // unit's.
  if (!region.department.empty() && (body == "政府" || body == "人民政府")) body.clear();
  const std::string county_as_named = region.county.empty() ? "" : region.county + other_name;
  region.unit = region.province + region.city + county_as_named + region.town + region.department + body;
  // A city bureau's branch named after the county or district it serves (岳阳市生态环境局岳阳县分局,
  // 榆城市公安局青山区分局) reports on that county: it is the region's county, below the city; the unit is the branch
  // as named.
  if (region.county.empty() && region.town.empty()) region.county = place_a_branch_serves(region.department);
  // The Party's own organs keep the Party's name as written (中共青石县委全面依法治县委员会办公室, 中共青石县委办公室,
  // 中共青石县委组织部, 中共青石县委政法委员会): the committee's 委 opens the department right after the place; and so
  // does its discipline commission, named after the place (中共青石县纪律检查委员会, 中共青石县纪委监委). A
  // department's Party group signs for the department (中共宁丰县水利局党组: 宁丰县水利局), and 中共 before a committee
  // alone names the place (中共青禾县委).
  const bool a_party_organ = region.department.starts_with("委") || region.department.starts_with("纪律检查委员会") ||
                             region.department.starts_with("纪委");
  if (a_party_organ && text.find(std::string(kPartysName) + region.unit) != std::string::npos)
    region.unit.insert(0, kPartysName);
  if (is_a_banks_branch(region.department) &&
      text.find(std::string(kBankNamingItsBranch) + region.unit) != std::string::npos) {
    region.unit.insert(0, kBankNamingItsBranch);
  }
  return region;
}

bool same_unit(const Region& a, const Region& b) {
  if (!a.town.empty()) return a.town == b.town;
  if (!a.department.empty()) return a.department == b.department && (a.county.empty() || a.county == b.county);
  if (!a.county.empty()) return a.county == b.county;
  if (!a.city.empty()) return a.city == b.city;
  return false;
}

}  // namespace

Region find_region(const std::vector<std::string>& texts) {
  std::optional<Region> found;
  for (const auto& text : texts) {
    const Region parsed = parse_unit(text);
    if (parsed.empty() && parsed.unit.empty()) continue;  // an organ named without a place's level word has a unit
    if (!found) {
      found = parsed;
      continue;
    }
    // A later source naming the same unit more fully fills in the levels above it.
    if (!same_unit(*found, parsed)) continue;
    if (found->province.empty()) found->province = parsed.province;
    if (found->city.empty() && found->county != parsed.city) found->city = parsed.city;
    if (found->county.empty() && found->city != parsed.county) found->county = parsed.county;
    if (parsed.unit.size() > found->unit.size() && parsed.unit.ends_with(found->unit)) found->unit = parsed.unit;
  }
  return found.value_or(Region{});
}

bool names_a_site(std::string_view source) {
  constexpr std::string_view kSiteEnds[] = {"网",     "网站",       "门户",     "平台",   "公众号", "发布", "报",
                                            "电视台", "融媒体中心", "新闻中心", "客户端", "头条",   "微信", "微博"};
  return std::any_of(std::begin(kSiteEnds), std::end(kSiteEnds),
                     [&](std::string_view end) { return source.ends_with(end); });
}

std::string county_or_city(const Region& region) { return region.county.empty() ? region.city : region.county; }

bool spell_the_county_differently(const Region& a, const Region& b) {
  const bool same_place_below =
      a.town.empty() && b.town.empty() ? !a.department.empty() && a.department == b.department : a.town == b.town;
  if (a.empty() || b.empty() || !same_place_below) return false;
  if (!a.county.empty() || !b.county.empty()) return !a.county.empty() && !b.county.empty() && a.county != b.county;
  return !a.city.empty() && !b.city.empty() && a.city != b.city;
}

namespace {

// A letter's addressee on a line of its own (榆城市司法局：, 县委、县政府：, 县委依法治县办：): short, closed by a
// colon, no sentence, figure or lead-in in it (宁丰县司法局2024年工作情况如下： is its author's). OCR reads the colon
// as a semicolon as often (雷州市依法行政工作领导小组办公室；): alone at a line's end, it closes no clause.
bool is_addressee(std::u32string_view line) {
  constexpr std::size_t kLongestAddressee = 30;
  while (!line.empty() && (line.back() == U' ' || line.back() == U'\u3000')) line.remove_suffix(1);
  if (line.size() < 3 || line.size() > kLongestAddressee ||
      std::u32string_view(U"：:；;").find(line.back()) == std::u32string_view::npos)
    return false;
  line.remove_suffix(1);
  return !has_sentence_punctuation(line) && line.find_first_of(U"：:0123456789") == std::u32string_view::npos &&
         line.find(U"如下") == std::u32string_view::npos;
}

// A letter's lead-in to the report it carries, on a line of its own: 现将我镇2024年法治政府建设工作情况报告如下：,
// …报送如下：; a sentence closed by a colon.
bool leads_in_to_a_report(std::u32string_view line) {
  while (!line.empty() && (line.back() == U' ' || line.back() == U'\u3000')) line.remove_suffix(1);
  if (line.empty() || (line.back() != U'：' && line.back() != U':')) return false;
  return line.find(U"如下") != std::u32string_view::npos || line.find(U"现将") != std::u32string_view::npos;
}

// A clause whose subject is its author, not named: 我局, 我委, 我县, 我们, 本局, 本单位.
bool speaks_of_itself(std::u32string_view clause) {
  // 本局, 本委, 本单位, 本部门, 本机关; 本人, the official reporting on his own duty (述职).
  constexpr std::u32string_view kOrgansAfterBen = U"局委院厅办所单部机人";
  if (clause.size() < 2) return false;
  if (clause.front() == U'我') return true;
  return clause.front() == U'本' && kOrgansAfterBen.find(clause[1]) != std::u32string_view::npos;
}

// A level's word listed with another level's (对标市、县…, 省、市、县三级): levels in general, so the words before the
// first are no place's name (主动对标市).
bool names_levels_in_general(std::u32string_view clause, const Region& region) {
  constexpr std::u32string_view kLevels = U"省市州县区旗乡镇";
  const std::u32string unit = decode_utf8(region.unit);
  const auto at = clause.find(unit);
  if (unit.empty() || at == std::u32string_view::npos) return false;
  const std::size_t after = at + unit.size();
  return after + 1 < clause.size() && clause[after] == U'、' &&
         kLevels.find(clause[after + 1]) != std::u32string_view::npos;
}

// The labels of a 述法 or 述职 report's header: the person who reports, named with the post held (述法人：张明远
// 宁丰县司法局党组书记、局长); the post alone (职务：…); the unit itself (单位：…).
constexpr std::u32string_view kPersonLabels[] = {U"述职述法人", U"述法人", U"述职人", U"报告人", U"汇报人"};
constexpr std::u32string_view kPostLabels[] = {U"职务"};
constexpr std::u32string_view kUnitLabels[] = {U"工作单位", U"单位"};
// The words of a post held at a unit's head: the unit named right before them is the one the person heads.
constexpr std::u32string_view kPostWords[] = {U"书记", U"局长", U"镇长", U"乡长", U"主任",  U"县长", U"区长",
                                              U"市长", U"旗长", U"厅长", U"队长", U"行长",  U"关长", U"所长",
                                              U"站长", U"院长", U"处长", U"委员", U"负责人"};

// The unit a header line names by the post of the person reporting (述法人：张明远 宁丰县司法局党组书记、局长 →
// 宁丰县司法局; 述法人：李红梅（柳溪镇党委书记）→ 柳溪镇; 职务：宁丰县水利局局长), or by itself after 单位：; empty for
// any other line. A unit is read only from the start of a part of the line (parted by a space, a bracket or a comma)
// that holds a post's word. A person's name run into the post before it (述法人：张明远宁丰县司法局局长) would be
// read as a place's (张明远宁丰县): a lone part after a person's label is read only when the post is not its end,
// the name following it (…局长张明远).
std::string unit_in_a_header_of_the_person(std::u32string_view line) {
  while (!line.empty() && (line.front() == U' ' || line.front() == U'\u3000')) line.remove_prefix(1);
  const auto labelled = [&](std::u32string_view label) {
    if (!line.starts_with(label)) return false;
    std::u32string_view rest = line.substr(label.size());
    while (!rest.empty() && (rest.front() == U' ' || rest.front() == U'\u3000')) rest.remove_prefix(1);
    return !rest.empty() && (rest.front() == U'：' || rest.front() == U':');
  };
  const bool names_the_person = std::any_of(std::begin(kPersonLabels), std::end(kPersonLabels), labelled);
  const bool names_the_post = std::any_of(std::begin(kPostLabels), std::end(kPostLabels), labelled);
  const bool names_the_unit = std::any_of(std::begin(kUnitLabels), std::end(kUnitLabels), labelled);
  if (!names_the_person && !names_the_post && !names_the_unit) return {};
  const std::u32string_view rest = line.substr(line.find_first_of(U"：:") + 1);
  constexpr std::u32string_view kPartings = U" \u3000\t（）()，,；;";
  std::vector<std::u32string_view> parts;
  for (std::size_t from = 0; from < rest.size();) {
    const std::size_t end = std::min(rest.find_first_of(kPartings, from), rest.size());
    if (end > from) parts.push_back(rest.substr(from, end - from));
    from = end + 1;
  }
  const auto holds = [](std::u32string_view part, bool at_its_end) {
    return std::any_of(std::begin(kPostWords), std::end(kPostWords), [&](std::u32string_view post) {
      return at_its_end ? part.ends_with(post) : part.find(post) != std::u32string_view::npos;
    });
  };
  if (names_the_person && parts.size() == 1 && holds(parts.front(), true)) return {};
  for (const std::u32string_view part : parts) {
    if (!names_the_unit && !holds(part, false)) continue;
    if (const Region region = parse_unit(encode_utf8(part)); !region.unit.empty()) return region.unit;
  }
  return {};
}

}  // namespace

std::string unit_in_opening(const std::u32string& paragraph) {
  // A letter's addressee (榆城市司法局：, 县委依法治县办：) names its reader, never its author.
  if (is_addressee(paragraph)) return {};
  // A 述法 report's header names the person reporting and the post held: the unit is the post's.
  if (std::string unit = unit_in_a_header_of_the_person(paragraph); !unit.empty()) return unit;
  // The subject follows the time phrase: "2019年,南昌县…", "今年以来，黄门镇…", "在县委的领导下,华宁县…".
  constexpr std::size_t kClausesTried = 4;
  std::size_t start = 0;
  for (std::size_t clause = 0; clause < kClausesTried && start < paragraph.size(); ++clause) {
    std::size_t end = paragraph.find_first_of(U"，,。；;", start);
    if (end == std::u32string::npos) end = paragraph.size();
    std::u32string text = paragraph.substr(start, end - start);
    while (!text.empty() && text.front() == U' ') text.erase(0, 1);
    // The author names itself without its name (2024年，我局坚持…): the sentence's subject is found and names no
    // unit; the later clauses are its predicate, and a place they name is another's (认真落实县委、县政府…). Not
    // after 在, which opens a phrase of leadership before the subject (在我县县委的领导下，青石镇…).
    if (speaks_of_itself(text)) return {};
    while (!text.empty() && (text.front() == U'在' || text.front() == U' ')) text.erase(0, 1);
    // The subject before a phrase of leadership (兴江乡在县委、县政府的坚强领导下): the phrase names its leaders, and
    // its 县 of 县委 ends no place's name.
    if (const auto at = text.find(U'在'); at != std::u32string::npos && at > 0) {
      const std::u32string_view rest = std::u32string_view(text).substr(at);
      if (rest.find(U"领导") != std::u32string_view::npos || rest.find(U"指导") != std::u32string_view::npos) {
        text.erase(at);
      }
    }
    const Region region = parse_unit(encode_utf8(text));
    if (!region.empty() && !names_levels_in_general(text, region)) return region.unit;
    start = end + 1;
  }
  return {};
}

namespace {

// A rule drawn with characters (──────, ———, ====): an official document's separator lines.
bool is_rule(std::u32string_view line) {
  return !line.empty() && line.find_first_not_of(U"─—－-_＿=＝ ") == std::u32string_view::npos;
}

// One item of an official document's letterhead: 安和县人民政府文件, 安政报〔2023〕6号, 签发人：….
bool is_letterhead_item(std::u32string_view line) {
  if (line.ends_with(U"文件") || line.starts_with(U"签发人")) return true;
  if (is_rule(line)) return true;  // the red rule under the letterhead, drawn ─── in a text copy
  const auto year_bracket = line.find_first_of(U"〔[［【（(");
  return line.ends_with(U"号") && year_bracket != std::u32string_view::npos && year_bracket + 5 < line.size() &&
         std::all_of(line.begin() + year_bracket + 1, line.begin() + year_bracket + 5,
                     [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

// The letterhead of an official document above its title: items of it, one to a line or several on one parted
// by spaces (a 上行文 sets its 发文字号 and 签发人 on one line: 安政报〔2023〕6号　　签发人：王明).
bool is_letterhead(std::u32string_view line) {
  constexpr std::size_t kLongestLetterhead = 30;
  constexpr std::size_t kLongestLetterheadLine = 40;  // a 发文字号 and a 签发人 with the spaces between them
  if (line.empty() || line.size() > kLongestLetterheadLine) return false;
  if (line.size() <= kLongestLetterhead && is_letterhead_item(line)) return true;
  std::size_t items = 0;
  for (std::size_t from = 0; from < line.size();) {
    const std::size_t space = std::min(line.find(U' ', from), line.size());
    // The signers' names follow 签发人 (签发人： 王明 李华): the rest of the line is theirs.
    if (items > 0 && line.substr(from).starts_with(U"签发人")) return true;
    if (space > from && !is_letterhead_item(line.substr(from, space - from))) return false;
    items += space > from;
    from = space + 1;
  }
  return items > 1;
}

// Personal names only, parted by spaces (周立新 李红梅, 张国强): 2 to 4 Chinese characters each, none an organ's or a
// place's (a title's first line, 青桐镇, is neither).
bool lists_only_personal_names(std::u32string_view line) {
  constexpr std::size_t kShortestName = 2;
  constexpr std::size_t kLongestName = 4;
  constexpr std::size_t kMostNames = 6;
  std::size_t names = 0;
  for (std::size_t from = 0; from < line.size();) {
    const std::size_t space = std::min(line.find(U' ', from), line.size());
    const std::u32string_view name = line.substr(from, space - from);
    from = space + 1;
    if (name.empty()) continue;
    if (name.size() < kShortestName || name.size() > kLongestName || !std::all_of(name.begin(), name.end(), is_han) ||
        looks_like_issuer(name) || !parse_unit(encode_utf8(name)).empty()) {
      return false;
    }
    ++names;
  }
  return names > 0 && names <= kMostNames;
}

// The signers' names wrapped onto a line of their own under the 签发人 line (GB/T 9704 7.2.3 lines them up under
// the first name): still the letterhead's.
bool continues_the_signers(std::u32string_view above, std::u32string_view line) {
  return above.find(U"签发人") != std::u32string_view::npos && is_letterhead(above) && lists_only_personal_names(line);
}

}  // namespace

bool names_a_report(std::u32string_view text) {
  return std::any_of(std::begin(kTitleWords), std::end(kTitleWords),
                     [&](std::u32string_view word) { return text.find(word) != std::u32string_view::npos; });
}

std::u32string_view source_in_a_publication_stamp(std::u32string_view line) {
  constexpr std::size_t kLongestSource = 20;
  const auto digits = [&](std::size_t at, std::size_t least, std::size_t most) {
    std::size_t end = at;
    while (end < line.size() && end - at < most && line[end] >= U'0' && line[end] <= U'9') ++end;
    return end - at >= least ? end : std::u32string_view::npos;
  };
  std::size_t at = digits(0, 4, 4);
  for (int part = 0; part < 2 && at != std::u32string_view::npos; ++part) {
    at = at < line.size() && line[at] == U'-' ? digits(at + 1, 1, 2) : std::u32string_view::npos;
  }
  if (at == std::u32string_view::npos) return {};
  // The time of day the portal stamps (17:01): a table's row of a date and an event (2025-01-20 | 听证会) has none.
  bool clock = false;
  while (at < line.size() && (line[at] == U' ' || line[at] == U':' || (line[at] >= U'0' && line[at] <= U'9'))) {
    clock = clock || line[at] == U':';
    ++at;
  }
  if (!clock) return {};
  bool bar = false;
  while (at < line.size() && (line[at] == U' ' || line[at] == U'\u3000' || line[at] == U'|' || line[at] == U'｜')) {
    bar = bar || line[at] == U'|' || line[at] == U'｜';
    ++at;
  }
  const std::u32string_view source = line.substr(at);
  if (!bar || source.empty() || source.size() > kLongestSource || names_a_report(source) ||
      source.find_first_of(U"。，；：:") != std::u32string_view::npos) {
    return {};
  }
  return source;
}

namespace {

// Whether `text` writes a year: 2024年, 2024 年度, 二〇二四年.
bool names_a_year(std::u32string_view text) {
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (chinese_year_at(text, i)) return true;
    if (i + 4 >= text.size() || (i > 0 && is_digit(text[i - 1]))) continue;
    if (!std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(i + 4),
                     is_digit)) {
      continue;
    }
    std::size_t after = i + 4;
    while (after < text.size() && text[after] == U' ') ++after;
    if (after < text.size() && text[after] == U'年') return true;
  }
  return false;
}

// A title that needs no line above it: it names its place or unit and its year, and ends in 报告 or 总结
// (柳溪镇2024年度法治政府建设情况报告). One that opens with 关于 has the unit above it as its subject
// (青禾县柳溪镇人民政府 / 关于2024年度…的报告), and the rest of a wrapped title (…法治政府建设 / 情况报告) names
// neither.
bool is_a_whole_title(std::u32string_view line) {
  if (line.starts_with(U"关于") || !(line.ends_with(U"报告") || line.ends_with(U"总结"))) return false;
  return names_a_year(line) && !parse_unit(encode_utf8(line)).empty();
}

// A line that only names an organ or a place (青禾县柳溪镇人民政府, 中共柳溪镇委员会, 青禾县): over a whole title, the
// issuer's.
bool names_only_an_organ(std::u32string_view line) {
  return looks_like_issuer(line) || (!line.empty() && parse_unit(encode_utf8(line)).unit == encode_utf8(line));
}

}  // namespace

namespace {

// A portal's public-information record above the text names the document in a field of its own (标 题 | … |,
// - 标题: …, 标题：…, as a 信息公开 table flattened into lines leaves it): that field is the title, whatever the
// record's other lines (索引号, 发文字号 | …) would make of it. A 文号 in brackets before it ([天政发〔2026〕7号]…) is
// the record's, not the title's. Some portals' records repeat the title as the document's summary (• 内容概述: …):
// that field is the title when its value reads as one, naming a report or another genre with no sentence in it; a
// summary in sentences is no title.
std::optional<std::u32string> titled_by_a_record_field(std::u32string_view line) {
  constexpr std::size_t kLongestLead = 4;  // a list dash or a table's bar before the label
  constexpr std::u32string_view kTitleLabel = U"标题";
  constexpr std::u32string_view kOtherTitleLabels[] = {U"内容概述"};
  std::u32string compact;
  for (const char32_t c : line) {
    if (c != U' ' && c != U'\u3000' && c != U'\t') compact += c;
  }
  const std::size_t lead = compact.find_first_not_of(U"-|*•·", 0);
  if (lead == std::u32string::npos || lead > kLongestLead) return std::nullopt;
  const std::u32string_view labelled = std::u32string_view(compact).substr(lead);
  std::u32string_view label = kTitleLabel;
  if (!labelled.starts_with(kTitleLabel)) {
    const auto* other = std::find_if(std::begin(kOtherTitleLabels), std::end(kOtherTitleLabels),
                                     [&](std::u32string_view name) { return labelled.starts_with(name); });
    if (other == std::end(kOtherTitleLabels)) return std::nullopt;
    label = *other;
  }
  std::u32string_view value = labelled.substr(label.size());
  if (label != kTitleLabel && value.size() > 1) {
    const std::u32string_view written = value.substr(1);
    if (has_sentence_punctuation(written) || (!names_a_report(written) && genre_of_title(written).empty()))
      return std::nullopt;
  }
  if (value.empty() || std::u32string_view(U"：:|").find(value.front()) == std::u32string_view::npos)
    return std::nullopt;
  value.remove_prefix(1);
  // Its value runs to the next cell (文件标题 | … | 发布日期 | …: only the first).
  if (const auto bar = value.find(U'|'); bar != std::u32string_view::npos) value = value.substr(0, bar);
  if ((value.starts_with(U"[") || value.starts_with(U"［") || value.starts_with(U"【")) &&
      value.find(U'〔') != std::u32string_view::npos) {
    const auto close = value.find_first_of(U"]］】");
    if (close != std::u32string_view::npos) value.remove_prefix(close + 1);
  }
  if (value.empty()) return std::nullopt;
  return std::u32string(value);
}

// The title a flattened record sets under its label run into the line above (…发文日期:2025-02-25 - 名称: /
// 中共宁丰县教育局党组2025年度…报告 - 文号:, a list's fields each run into the one before): `next` without the next
// field's label run into its end, when `line` ends with the title's label after a dash or a bar, or is that label
// alone, and `next` names a report or another genre with no sentence in it.
std::optional<std::u32string> titled_under_a_run_in_label(std::u32string_view line, std::u32string_view next) {
  constexpr std::u32string_view kTitleLabels[] = {U"名称", U"标题"};
  constexpr std::size_t kLongestLabel = 6;
  std::u32string compact;
  for (const char32_t c : line) {
    if (c != U' ' && c != U'\u3000' && c != U'\t') compact += c;
  }
  if (!compact.ends_with(U':') && !compact.ends_with(U'：')) return std::nullopt;
  compact.pop_back();
  const auto* label = std::find_if(std::begin(kTitleLabels), std::end(kTitleLabels),
                                   [&](std::u32string_view name) { return compact.ends_with(name); });
  if (label == std::end(kTitleLabels)) return std::nullopt;
  const std::u32string_view before = std::u32string_view(compact).substr(0, compact.size() - label->size());
  if (before.find_first_not_of(U"-|*•·") != std::u32string_view::npos && !before.ends_with(U'-') &&
      !before.ends_with(U'|')) {
    return std::nullopt;
  }
  std::u32string_view value = next;
  // The next field's label run into the value's end after a dash (… - 文号:).
  if (const auto dash = value.rfind(U" - "); dash != std::u32string_view::npos) {
    std::u32string_view tail = value.substr(dash + 3);
    while (!tail.empty() && tail.back() == U' ') tail.remove_suffix(1);
    if ((tail.ends_with(U':') || tail.ends_with(U'：')) && tail.size() - 1 <= kLongestLabel + 2 &&
        std::all_of(tail.begin(), tail.end() - 1, [](char32_t c) { return is_han(c) || c == U' '; })) {
      value = value.substr(0, dash);
    }
  }
  while (!value.empty() && (value.back() == U' ' || value.back() == U'\u3000')) value.remove_suffix(1);
  if (value.empty() || has_sentence_punctuation(value) || (!names_a_report(value) && genre_of_title(value).empty()))
    return std::nullopt;
  return std::u32string(value);
}

// A breadcrumb's trail (首页 > 政务公开 > 计划总结, the rest of one wrapped under 当前位置：首页): two of its
// separators, or one opening the line.
bool is_breadcrumb_trail(std::u32string_view line) {
  constexpr std::u32string_view kSeparators = U">＞›»";
  const auto start = line.find_first_not_of(U" \u3000");
  if (start == std::u32string_view::npos) return false;
  if (kSeparators.find(line[start]) != std::u32string_view::npos) return true;
  return std::count_if(line.begin(), line.end(),
                       [&](char32_t c) { return kSeparators.find(c) != std::u32string_view::npos; }) >= 2;
}

// A field of a portal's public-information record flattened into lines: a short label and a colon (- 发布机构: …,
// 索 引 号：…, 备注/文号: …), its value after it, or on the next line when the label stands alone (• 发布机构: /
// 澧浦镇). Its value is a fact about the document, not its title.
struct RecordLabel {
  bool is_label = false;
  bool value_follows = false;  // the label ends its line
};

// A label set in square brackets instead of closed by a colon ([ 索引号 ] 1150…, [ 发布机构 ] 栗园乡人民政府, as a
// Chongqing portal's template prints its record): a field whatever its value names ([ 体裁分类 ] 工作报告). Only the
// plain square bracket: a title may open with a column's tag in 【】 (【法治政府】…报告).
std::optional<RecordLabel> bracketed_record_label(std::u32string_view line, std::size_t at, std::size_t longest) {
  if (line[at] != U'[') return std::nullopt;
  const std::size_t close = line.find(U']', at);
  if (close == std::u32string_view::npos) return std::nullopt;
  std::size_t label = 0;
  for (std::size_t i = at + 1; i < close; ++i) {
    if (line[i] == U' ' || line[i] == U'\u3000') continue;
    if (!is_han(line[i])) return std::nullopt;
    ++label;
  }
  if (label < 2 || label > longest) return std::nullopt;
  return RecordLabel{true, line.substr(close + 1).find_first_not_of(U" \u3000") == std::u32string_view::npos};
}

RecordLabel record_label(std::u32string_view line) {
  constexpr std::size_t kLongestLabel = 6;
  std::u32string label;
  std::size_t at = line.find_first_not_of(U"-|*•· \u3000");
  if (at == std::u32string_view::npos) return {};
  if (const auto bracketed = bracketed_record_label(line, at, kLongestLabel)) return *bracketed;
  for (; at < line.size() && line[at] != U':' && line[at] != U'：'; ++at) {
    if (line[at] == U' ' || line[at] == U'\u3000' || line[at] == U'/') continue;
    if (!is_han(line[at])) return {};
    label += line[at];
  }
  if (at >= line.size() || label.size() < 2 || label.size() > kLongestLabel || names_a_report(label)) return {};
  // A value naming a report after a label opens a title (专题：…情况报告), not a record's field.
  const std::u32string_view value = line.substr(at + 1);
  if (names_a_report(value)) return {};
  return {true, value.find_first_not_of(U" \u3000") == std::u32string_view::npos};
}

// The name of a portal's column of public information, set alone over the record and the text it files (政府信息公开 /
// 索引号: … / the title): a heading of the page, never a word of the title.
bool names_a_portal_column(std::u32string_view line) {
  constexpr std::u32string_view kColumns[] = {U"政府信息公开", U"政府信息公开目录", U"信息公开", U"信息公开目录",
                                              U"政务公开",     U"法定主动公开内容", U"主动公开", U"通知公告",
                                              U"计划总结",     U"规划计划",         U"政策文件"};
  line = trimmed(line);
  return std::find(std::begin(kColumns), std::end(kColumns), line) != std::end(kColumns);
}

// A column of the reports a portal files, its name alone on the line right over the article's title (工作报告 /
// 2020年静海区…情况报告); not the last words of a title wrapped onto a line of their own (青石县…法治政府建设 /
// 工作总结), which a sentence follows.
bool names_a_column_of_reports(const std::vector<std::u32string>& paragraphs, std::size_t at) {
  constexpr std::u32string_view kColumns[] = {U"工作报告", U"工作总结"};
  const std::u32string_view line = trimmed(paragraphs[at]);
  return std::find(std::begin(kColumns), std::end(kColumns), line) != std::end(kColumns) &&
         at + 1 < paragraphs.size() && names_a_report(paragraphs[at + 1]) &&
         !has_sentence_punctuation(paragraphs[at + 1]);
}

bool is_a_publication_stamp(std::u32string_view line) { return !source_in_a_publication_stamp(line).empty(); }

bool is_page_furniture(std::u32string_view line) {
  const RecordLabel field = record_label(line);
  return is_breadcrumb_trail(line) || (field.is_label && !field.value_follows) || is_a_publication_stamp(line);
}

// The first line after the page's furniture: the masthead, its tools (进入老年模式) and a breadcrumb above the
// article, a record's fields (索引号, 发布机构) above the text. It stops at a line that may be the title (naming a
// report, a year or another genre), so a record's lines under a title never take it away.
std::size_t after_page_furniture(const std::vector<std::u32string>& paragraphs, std::size_t longest_title_line) {
  constexpr std::size_t kMastheadLines = 20;  // a record of seven fields, each over its value
  std::size_t start = 0;
  bool value_due = false;
  // A line since the last furniture that is neither furniture nor a value: above a breadcrumb it is the
  // masthead's, but a record under it is the title's record (镇巴县人民政府工作规则 / • 索引号: …), which ends the
  // scan.
  bool other_line = false;
  for (std::size_t i = 0; i < paragraphs.size() && i < kMastheadLines; ++i) {
    const auto& line = paragraphs[i];
    const RecordLabel field = record_label(line);
    if (names_a_portal_column(line) || names_a_column_of_reports(paragraphs, i)) {
      start = i + 1;
      other_line = false;
      continue;
    }
    if (is_a_publication_stamp(line)) {
      start = i + 1;
      other_line = false;
      continue;
    }
    if (is_breadcrumb_trail(line) || field.is_label) {
      if (!is_breadcrumb_trail(line) && other_line) break;
      start = i + 1;
      value_due = field.value_follows;
      other_line = false;
      continue;
    }
    // The value under its label (澧浦镇, 2024-01-31, 2024年1月31日), never a report's name.
    constexpr std::size_t kLongestValue = 40;
    if (std::exchange(value_due, false) && line.size() <= kLongestValue && !names_a_report(line) &&
        genre_of_title(line).empty()) {
      start = i + 1;
      continue;
    }
    if (line.size() > longest_title_line || has_sentence_punctuation(line) || names_a_report(line) ||
        names_a_year(line) || !genre_of_title(line).empty()) {
      break;
    }
    other_line = true;
  }
  return start;
}

// The longest line of a title (one wraps over up to three).
constexpr std::size_t kLongestTitleLine = 60;

// A line a title may be made of: short, no sentence in it, not closed by a colon (an addressee's, a lead-in's).
bool may_be_a_title_line(std::u32string_view line) {
  return !line.empty() && line.size() <= kLongestTitleLine && !has_sentence_punctuation(line) && line.back() != U'：' &&
         line.back() != U':';
}

// A line opening as a heading the splitter did not number (一、基本情况, （一）…, (1)…).
bool opens_a_heading(std::u32string_view line) {
  return line.front() == U'（' || line.front() == U'(' || (line.size() > 1 && line[1] == U'、');
}

// Where the rest of `line` starts after a title spread with spaces over a copy's cover or its page's head (法 治 政
// 府 建 设 年 度 报 告), one character a space apart, four characters or more: the line's end when it holds nothing
// else, the character after the banner's last when a copy glued the real title to it (…年 度 报 告梅岭镇2024年…).
// nullopt for any other line: a title's words are never spaced one by one, a heading's spaced marker (一 、) is two.
std::optional<std::size_t> after_a_spaced_banner(std::u32string_view line) {
  constexpr std::size_t kFewestSpacedCharacters = 4;
  const auto is_space = [](char32_t c) { return c == U' ' || c == U'\u3000'; };
  std::size_t characters = 0;
  std::size_t at = 0;
  while (at < line.size() && is_han(line[at])) {
    ++characters;
    ++at;
    if (at >= line.size() || !is_space(line[at])) break;  // the banner's last character
    while (at < line.size() && is_space(line[at])) ++at;
  }
  if (characters < kFewestSpacedCharacters) return std::nullopt;
  return at;
}

Title find_title_in(const std::vector<std::u32string>& paragraphs);

// Where the words of a list's item start after its number (1.…, 2、…, （3）…, 1．…: a level-3 or level-4 heading's
// marker, heading_grammar.hpp); 0 when `line` opens no item or holds nothing after it.
std::size_t after_an_item_number(std::u32string_view line) {
  const auto marker = match_heading_marker(line);
  constexpr int kItemLevels[] = {3, 4};
  if (!marker || std::find(std::begin(kItemLevels), std::end(kItemLevels), marker->level) == std::end(kItemLevels))
    return 0;
  return marker->length < line.size() ? marker->length : 0;
}

// The lines a list of attachments takes at the start of `lines`: its items on lines of their own (1.…统计表 / 2.…清单)
// or on one (1.…统计表 2.…清单: an item's number after a space). A single item is no list: the attachment's title.
struct AttachmentList {
  std::size_t lines = 0;
  bool one_item = false;
};
AttachmentList listed_attachments(const std::vector<std::u32string>& lines) {
  if (lines.empty() || after_an_item_number(lines.front()) == 0) return {};
  std::size_t items = 0;
  while (items < lines.size() && after_an_item_number(lines[items]) > 0) ++items;
  if (items > 1) return {items, false};
  const std::u32string_view line = lines.front();
  for (std::size_t space = line.find_first_of(U" \u3000"); space != std::u32string_view::npos;
       space = line.find_first_of(U" \u3000", space + 1)) {
    if (after_an_item_number(line.substr(space + 1)) > 0) return {1, false};
  }
  return {1, true};
}

}  // namespace

// A banner spread with spaces over the title (法 治 政 府 建 设 年 度 报 告 over, or glued to, 梅岭镇2024年法治政府建设
// 工作报告) names the genre, not the report: when the words after it, or the line under it, name a report on their
// own, the title is theirs. A spaced line with no such title after it is read as any other.
Title find_title(const std::vector<std::u32string>& paragraphs) {
  // An attachment's label over the title (附件2： / …统计表, or 附件 over a report a portal copied with its label) is
  // no word of it: the title is the words after the label's colon, or the lines under it.
  if (!paragraphs.empty()) {
    // A date alone over the title (二〇二六年一月十八日 / …工作总结, as a copy sets the day it was issued first) is no
    // line of it.
    if (looks_like_date(paragraphs.front())) return find_title({paragraphs.begin() + 1, paragraphs.end()});
    if (const auto label = attachment_label(paragraphs.front())) {
      std::vector<std::u32string> unlabelled(paragraphs.begin() + 1, paragraphs.end());
      if (!label->words.empty()) unlabelled.insert(unlabelled.begin(), std::u32string(label->words));
      // A letter's list of its attachments under the label (附件：1.…统计表 2.…清单, or its items on lines of their
      // own) names the attachments, not the text under it: no item of it is the title. A single item numbered is
      // the attachment's own title, its number aside.
      const AttachmentList list = listed_attachments(unlabelled);
      if (list.one_item) {
        unlabelled.front().erase(0, after_an_item_number(unlabelled.front()));
      } else {
        unlabelled.erase(unlabelled.begin(), unlabelled.begin() + static_cast<std::ptrdiff_t>(list.lines));
      }
      return find_title(unlabelled);
    }
  }
  constexpr std::size_t kBannerLines = 6;
  for (std::size_t i = 0; i < paragraphs.size() && i < kBannerLines; ++i) {
    const auto rest = after_a_spaced_banner(paragraphs[i]);
    if (!rest) continue;
    const std::u32string_view line = paragraphs[i];
    const std::u32string_view after = line.substr(*rest);
    // The banner names the genre itself (法治政府建设年度报告): a spaced organ (宁 丰 县 人 民 政 府), or a place
    // spaced before an organ written close (宁 丰 县 司法局…), is a letterhead or the title's own start.
    std::u32string banner;
    for (const char32_t c : line.substr(0, *rest)) {
      if (c != U' ' && c != U'\u3000') banner.push_back(c);
    }
    if (!names_a_report(banner) && banner.find(U"法治") == std::u32string::npos) break;
    const bool glued = !after.empty();
    // The title under the banner is a line of its own, no sentence (not 现将…情况报告如下：).
    const auto reads_as_a_title = [](std::u32string_view next) {
      return names_a_report(next) && next.find_first_of(U"。，；") == std::u32string_view::npos &&
             next.find(U"如下") == std::u32string_view::npos && !next.ends_with(U"：") && !next.ends_with(U":");
    };
    if (glued ? !names_a_report(after) : i + 1 >= paragraphs.size() || !reads_as_a_title(paragraphs[i + 1])) break;
    std::vector<std::u32string> without_banner = paragraphs;
    if (glued) {
      without_banner[i] = std::u32string(after);
    } else {
      without_banner.erase(without_banner.begin() + static_cast<std::ptrdiff_t>(i));
    }
    return find_title_in(without_banner);
  }
  return find_title_in(paragraphs);
}

namespace {

// Whether a title's line breaks off where no title ends: after a conjunction (及, 和, 与, 暨) or a year that opens the
// next words (…情况及2026年 / 推进…工作要点的报告).
bool breaks_off_mid_title(std::u32string_view line) {
  constexpr std::u32string_view kConjunctions = U"及和与暨并";
  if (line.empty()) return false;
  if (kConjunctions.find(line.back()) != std::u32string_view::npos) return true;
  constexpr std::size_t kYear = 5;  // 2026年
  if (line.size() <= kYear || line.back() != U'年') return false;
  const std::u32string_view year = line.substr(line.size() - kYear, kYear - 1);
  return std::all_of(year.begin(), year.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }) &&
         kConjunctions.find(line[line.size() - kYear - 1]) != std::u32string_view::npos;
}

// `line` without its spaces: a page's header and its article set the same title spaced differently (关于印发 南沙区…).
std::u32string without_spaces(std::u32string_view line) {
  std::u32string kept;
  for (const char32_t c : line) {
    if (c != U' ' && c != U'\u3000' && c != U'\t') kept.push_back(c);
  }
  return kept;
}

Title find_title_in(const std::vector<std::u32string>& paragraphs) {
  // The record's field, when the portal gives one, among the lines its record takes.
  constexpr std::size_t kRecordLines = 12;
  for (std::size_t i = 0; i < paragraphs.size() && i < kRecordLines; ++i) {
    if (auto field = titled_by_a_record_field(paragraphs[i])) {
      return {encode_utf8(without_column_tag(*field)), {}};
    }
    if (i + 1 < paragraphs.size()) {
      if (auto field = titled_under_a_run_in_label(paragraphs[i], paragraphs[i + 1])) {
        return {encode_utf8(without_column_tag(*field)), {}};
      }
    }
  }
  // A portal prints the title twice, in its header and over the article, the copies spaced differently (an exact
  // repeat the input drops): that line is the title, and the masthead lines above it (政府信息公开 规章库, the site's
  // organ) are none of it. The copy with fewer spaces is the one written.
  for (std::size_t i = 0; i + 1 < paragraphs.size() && i < kRecordLines; ++i) {
    const std::u32string& line = paragraphs[i];
    if (line == paragraphs[i + 1] || !may_be_a_title_line(line) || !may_be_a_title_line(paragraphs[i + 1])) continue;
    const std::u32string words = without_spaces(line);
    if (words != without_spaces(paragraphs[i + 1])) continue;
    if (!names_a_report(words) && genre_of_title(words).empty()) continue;
    const bool second_closer = paragraphs[i + 1].size() < line.size();
    return {encode_utf8(without_column_tag(second_closer ? paragraphs[i + 1] : line)), {}};
  }
  constexpr std::size_t kTitleLines = 3;
  // The portal's furniture above the title: everything down to the last breadcrumb trail or record field before a
  // line that could be the title (one naming a report, a year or another genre).
  const std::size_t page_start = after_page_furniture(paragraphs, kLongestTitleLine);
  // A copy that opens on its table of contents has lost its title: the 目录 heads the contents, not the report.
  if (page_start < paragraphs.size() && contents::names_the_contents(encode_utf8(paragraphs[page_start]))) return {};
  // The letterhead ends at its last line (…文件, a 文号, 签发人 and the names wrapped under it); a joint one stacks
  // its issuers above 文件 (中共桐溪乡委员会 / 桐溪乡人民政府 / 文件 / 桐委发〔2024〕5号). A 文号 under the title is no
  // letterhead. Nor is a 文号 a portal prints under the title with its label (发文字号：县政发〔2024〕12号 /
  // 成文日期：…): a letterhead never labels its items, so a labelled one under another line is the title's record.
  constexpr std::size_t kLetterheadLines = 6;
  std::size_t first = page_start;
  for (std::size_t i = page_start; i < paragraphs.size() && i < page_start + kLetterheadLines; ++i) {
    if (names_a_report(paragraphs[i])) break;
    if (i > first && record_label(paragraphs[i]).is_label && !paragraphs[i].starts_with(U"签发人")) break;
    if (is_letterhead(paragraphs[i]) || (i > 0 && continues_the_signers(paragraphs[i - 1], paragraphs[i]))) {
      first = i + 1;
    } else if (paragraphs[i].size() > kLongestTitleLine || has_sentence_punctuation(paragraphs[i])) {
      break;
    }
  }
  // A covering letter's addressee and lead-in above the report's own title (榆城市司法局： / 现将我镇…报告如下： /
  // 柳岸镇2024年法治政府建设工作总结): the letter's, not the title's, when a line naming the report follows them.
  std::size_t below_letter = first;
  while (below_letter < paragraphs.size() && below_letter < first + 2 &&
         (is_addressee(paragraphs[below_letter]) || leads_in_to_a_report(paragraphs[below_letter]))) {
    ++below_letter;
  }
  if (below_letter > first) {
    std::u32string lines;
    for (std::size_t i = below_letter; i < paragraphs.size() && i < below_letter + kTitleLines; ++i) {
      const auto& line = paragraphs[i];
      // A heading of the report's the splitter did not number (一、基本情况, （一）…) is no title.
      if (!may_be_a_title_line(line) || opens_a_heading(line)) break;
      lines += line;
      if (names_a_report(lines)) return {encode_utf8(without_column_tag(lines)), {}};
    }
  }
  std::u32string title;
  std::u32string issuer;
  for (std::size_t i = first; i < paragraphs.size() && i < first + kTitleLines; ++i) {
    const auto& line = paragraphs[i];
    if (!may_be_a_title_line(line)) break;
    // The organ's name over a title complete without it (a WPS letterhead in a text box, a unit line typed
    // above the title) issues the report; the title is the line under it.
    if (!title.empty() && is_a_whole_title(line) && names_only_an_organ(title)) {
      issuer = std::exchange(title, {});
    }
    title += line;
    // The joined lines, not each line: a title wrapped inside its last word (…工作报 / 告) names the report
    // only once its lines are one; nor does a line that breaks off after a conjunction or a year end the title
    // (关于2025年法治政府建设情况及2026年 / 推进法治政府建设工作要点的报告).
    if (names_a_report(title) &&
        !(breaks_off_mid_title(title) && i + 1 < paragraphs.size() && i + 1 < first + kTitleLines &&
          may_be_a_title_line(paragraphs[i + 1]) && !opens_a_heading(paragraphs[i + 1]))) {
      return {encode_utf8(without_column_tag(title)), encode_utf8(issuer)};
    }
  }
  // No line names the report. A title of another genre wrapped over lines (西平县人民政府办公室 / 关于印发…建设 /
  // 工作安排的通知) is its lines joined up to the one its genre's word ends, an organ's line above them its issuer.
  std::u32string joined;
  std::u32string organ;
  for (std::size_t i = first; i < paragraphs.size() && i < first + kTitleLines; ++i) {
    const auto& line = paragraphs[i];
    if (!may_be_a_title_line(line)) break;
    // A heading under the title (一、…, （一）…) is no line of it.
    if (i > first && opens_a_heading(line)) break;
    if (joined.empty() && organ.empty() && names_only_an_organ(line)) {
      organ = line;
      continue;
    }
    joined += line;
    if (!genre_of_title(joined).empty()) return {encode_utf8(without_column_tag(joined)), encode_utf8(organ)};
  }
  // Else the first line, if it reads as a title. A 目录 over a table of contents heads the contents, not the
  // report.
  // A line ending in a colon addresses the report's readers (市委、市政府：), and a record's field names one of
  // its facts (发布机构：…): neither is a title.
  if (first < paragraphs.size() && paragraphs[first].size() <= kLongestTitleLine &&
      !has_sentence_punctuation(paragraphs[first]) && !contents::names_the_contents(encode_utf8(paragraphs[first])) &&
      !paragraphs[first].ends_with(U'：') && !paragraphs[first].ends_with(U':') &&
      !is_page_furniture(paragraphs[first])) {
    return {encode_utf8(paragraphs[first]), {}};
  }
  return {};
}

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Skips digits from `at`; false unless between `fewest` and `most` of them were there.
bool skip_digits(std::u32string_view line, std::size_t& at, std::size_t fewest, std::size_t most) {
  const std::size_t from = at;
  while (at < line.size() && at - from < most && is_ascii_digit(line[at])) ++at;
  return at - from >= fewest;
}

bool skip_char(std::u32string_view line, std::size_t& at, std::u32string_view any_of) {
  if (at >= line.size() || any_of.find(line[at]) == std::u32string_view::npos) return false;
  ++at;
  return true;
}

void skip_spaces(std::u32string_view line, std::size_t& at) {
  while (at < line.size() && line[at] == U' ') ++at;
}

}  // namespace

std::u32string page_title_in_print_header(std::u32string_view line) {
  std::size_t at = 0;
  // The date and time as a browser prints them: 2025/2/10 10:02, 2025/2/10 上午10:02, 2025-2-10 10:02.
  if (!skip_digits(line, at, 4, 4) || !skip_char(line, at, U"/-") || !skip_digits(line, at, 1, 2) ||
      !skip_char(line, at, U"/-") || !skip_digits(line, at, 1, 2)) {
    return {};
  }
  skip_spaces(line, at);
  if (line.substr(at).starts_with(U"上午") || line.substr(at).starts_with(U"下午")) at += 2;
  skip_spaces(line, at);
  if (!skip_digits(line, at, 1, 2) || !skip_char(line, at, U":：") || !skip_digits(line, at, 2, 2)) return {};
  // Seconds, when the browser prints them (10:02:33).
  if (std::size_t seconds = at; skip_char(line, seconds, U":：") && skip_digits(line, seconds, 2, 2)) at = seconds;
  skip_spaces(line, at);
  std::u32string_view title = line.substr(at);
  // The site's name after the page's own title (…报告_青禾县人民政府, …报告 - 青禾县人民政府): no digit in it, so a
  // span in the title (2021-2025年) stays.
  const auto site = title.find_last_of(U"_-");
  if (site != std::u32string_view::npos && site > 0 &&
      std::none_of(title.begin() + static_cast<std::ptrdiff_t>(site), title.end(), is_ascii_digit)) {
    title = title.substr(0, site);
  }
  while (!title.empty() && title.back() == U' ') title.remove_suffix(1);
  return std::u32string(title);
}

std::optional<std::size_t> title_line_of_printed_page(const std::vector<std::u32string>& paragraphs,
                                                      std::u32string_view page_title) {
  constexpr std::size_t kShortestTitleLine = 4;  // a line of the title, not a word that happens to open it
  constexpr std::size_t kMastheadLines = 10;     // the portal's name, its menus, a breadcrumb, the page's tools
  if (page_title.empty()) return std::nullopt;
  // The longest such line: the portal's masthead (青禾县人民政府) opens a government's page title as well.
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < paragraphs.size() && i < kMastheadLines; ++i) {
    const std::u32string_view line = paragraphs[i];
    if (!page_title_in_print_header(line).empty()) continue;  // the header itself
    if (line.size() >= kShortestTitleLine && (page_title.starts_with(line) || line.starts_with(page_title)) &&
        (!found || line.size() > paragraphs[*found].size())) {
      found = i;
    }
  }
  return found;
}

namespace {

// Years written in Chinese digits, as some titles do: 二〇二〇年.
std::vector<int> chinese_years_written(std::u32string_view text) {
  std::vector<int> years;
  for (std::size_t i = 0; i + 4 < text.size(); ++i) {
    if (const auto year = chinese_year_at(text, i)) {
      years.push_back(*year);
      i += 4;
    }
  }
  return years;
}

// What a year opens names the next year's plan (2024年工作计划暨2023年工作总结, 2024年法治政府建设工作要点及…):
// read up to the word that joins it to the next title part.
bool names_a_plan(std::u32string_view after_year) {
  constexpr std::size_t kLongestPart = 16;
  constexpr std::u32string_view kPlanWords[] = {U"计划", U"要点", U"打算", U"思路", U"安排"};
  // Only a plan joined to another part of the title (2023年工作要点落实情况的报告 reports on 2023).
  const auto end = after_year.find_first_of(U"暨和及与");
  if (end == std::u32string_view::npos || end > kLongestPart) return false;
  const std::u32string_view part = after_year.substr(0, end);
  return std::any_of(std::begin(kPlanWords), std::end(kPlanWords),
                     [&](std::u32string_view word) { return part.find(word) != std::u32string_view::npos; });
}

// A span's dash (2021—2023年, 2021年至2023年) or years listed one after another (2023年度、2024年度, 2023年和2024年):
// a report on all of them, due when the last is. As title_period.hpp reads a title's spans.
using title_period::is_listing_joiner;
bool is_range_dash(char32_t c) { return title_period::is_range_joiner(c); }

// Whether `rest`, what follows a year's 年, goes on to a later year listed or spanned after it (年度 aside):
// 度、2024年, 度—2024年度, 至2024年. `year` is the first one's.
bool runs_on_to_a_later_year(std::u32string_view rest, int year) {
  if (rest.starts_with(U"度")) rest.remove_prefix(1);
  if (rest.size() < 6 || !(is_range_dash(rest.front()) || is_listing_joiner(rest.front()))) return false;
  int later = 0;
  for (std::size_t k = 1; k < 5; ++k) {
    if (rest[k] < U'0' || rest[k] > U'9') return false;
    later = later * 10 + static_cast<int>(rest[k] - U'0');
  }
  return rest[5] == U'年' && later > year;
}

// The first year written in `text` (2023年, 2023 年度) that can be the year reported on: not inside 《…》
// (《纲要（2021—2025年）》 names a plan), not a bound of a range (2021—2025年, 2021年至2023年), not the start
// of a review of several years (2021年以来), not a date's (按照2024年1月5日通知) and not the year of a plan named
// before the report (2024年工作计划暨2023年工作总结), unless `leniency` allows those three.
enum class Leniency { strict, reviews_and_dates };
std::optional<int> reported_year(std::u32string_view text, Leniency leniency) {
  const auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  int in_book_title = 0;
  for (std::size_t i = 0; i + 4 < text.size(); ++i) {
    if (text[i] == U'《') ++in_book_title;
    if (text[i] == U'》' && in_book_title > 0) --in_book_title;
    if (in_book_title > 0 || (i > 0 && is_digit(text[i - 1]))) continue;
    if (!std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(i + 4),
                     is_digit)) {
      continue;
    }
    std::size_t after = i + 4;
    while (after < text.size() && text[after] == U' ') ++after;
    if (after >= text.size() || text[after] != U'年') continue;
    const std::u32string_view rest = text.substr(after + 1);
    int year = 0;
    for (std::size_t k = 0; k < 4; ++k) year = year * 10 + static_cast<int>(text[i + k] - U'0');
    const bool range_end = i > 0 && is_range_dash(text[i - 1]);
    const bool range_start = (!rest.empty() && is_range_dash(rest.front())) || runs_on_to_a_later_year(rest, year);
    const bool strict = leniency == Leniency::strict;
    const bool review = strict && rest.starts_with(U"以来");
    std::size_t month = 0;
    while (month < rest.size() && month < 2 &&
           (is_digit(rest[month]) || chinese_digit_value(rest[month]) >= 0 || rest[month] == U'十' ||
            rest[month] == U'元')) {
      ++month;
    }
    const bool date = strict && month > 0 && month < rest.size() && rest[month] == U'月';
    const bool plan = strict && names_a_plan(rest);
    if (range_end || range_start || review || date || plan) {
      i += 3;
      continue;
    }
    return year;
  }
  if (const auto years = chinese_years_written(text); !years.empty()) return years.front();
  return std::nullopt;
}

// The last year of a period a title reports on (石门镇2021—2023年法治政府建设工作总结, 2021年至2023年…, or years
// listed: 2023年度、2024年度): the report on several years is due when the last of them is. Not a plan's span
// (title_period.hpp), nor one whose last year is only digits or comes first.
std::optional<int> period_end_year(std::u32string_view title) {
  for (const auto& span : title_period::year_spans(title)) {
    if (span.last_written_with_year_word && span.last > span.first) return span.last;
  }
  return std::nullopt;
}

}  // namespace

namespace {

// The month of one or two digits at `at` (1 to 12), and where it ends; nullopt when none is written there.
std::optional<std::pair<int, std::size_t>> month_number_at(std::u32string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && end < at + 2 && is_ascii_digit(text[end])) ++end;
  if (end == at || (end < text.size() && is_ascii_digit(text[end]))) return std::nullopt;
  int month = 0;
  for (std::size_t k = at; k < end; ++k) month = month * 10 + static_cast<int>(text[k] - U'0');
  if (month < 1 || month > 12) return std::nullopt;
  return std::pair{month, end};
}

// The months a monthly or a cumulative report covers, right after its year: one month (2025年8月份, 2025年4月) or
// a span of them (1—4月, 1至11月), as written; empty when the words name a date (2025年4月30日), every month
// (1—12月) or none.
std::u32string months_reported(std::u32string_view after) {
  const auto first = month_number_at(after, 0);
  if (!first) return {};
  std::size_t end = first->second;
  int last = first->first;
  if (end + 1 < after.size() && title_period::is_range_joiner(after[end])) {
    const auto second = month_number_at(after, end + 1);
    if (!second || second->first <= first->first) return {};
    last = second->first;
    end = second->second;
  }
  if (end >= after.size() || after[end] != U'月') return {};
  ++end;
  if (end < after.size() && after[end] == U'份') {
    ++end;
  } else {
    // A day after the month makes a date (2025年4月15日), as its end does (4月底): no month reported on.
    std::size_t day = end;
    while (day < after.size() && is_ascii_digit(after[day])) ++day;
    if (day < after.size() &&
        (after[day] == U'日' || after[day] == U'号' || after[day] == U'末' || after[day] == U'底'))
      return {};
  }
  if (first->first == 1 && last == 12) return {};  // 1—12月 is the whole year
  return std::u32string(after.substr(0, end));
}

// Days from one date to a later one in brackets after the title's words (…运行分析报告（4月1日-4月30日）,
// （2025年4月1日—6月30日）): the stretch of the year a periodic report covers, as written. Not the whole year
// (（1月1日—12月31日）), nor a single date (（2025年1月10日）, a date of issue or of a meeting).
std::u32string days_reported_in_brackets(std::u32string_view title) {
  for (std::size_t open = title.find_first_of(U"（("); open != std::u32string_view::npos;
       open = title.find_first_of(U"（(", open + 1)) {
    const std::size_t close = title.find_first_of(U"）)", open + 1);
    if (close == std::u32string_view::npos) return {};
    const std::u32string_view inside = title.substr(open + 1, close - open - 1);
    const auto joiner = std::find_if(inside.begin(), inside.end(), title_period::is_range_joiner);
    if (joiner == inside.end()) continue;
    const std::u32string_view from(inside.begin(), joiner);
    const std::u32string_view to(joiner + 1, inside.end());
    const auto a_day = [](std::u32string_view date) {
      return date.find(U'月') != std::u32string_view::npos && date.ends_with(U'日');
    };
    if (!a_day(from) || !a_day(to)) continue;
    if (from.ends_with(U"1月1日") && !from.ends_with(U"11月1日") && to.ends_with(U"12月31日")) continue;
    return std::u32string(inside);
  }
  return {};
}

}  // namespace

std::string reported_part_of_the_year(const std::u32string& title) {
  constexpr std::u32string_view kParts[] = {U"上半年",   U"下半年",   U"前三季度", U"第一季度",
                                            U"第二季度", U"第三季度", U"第四季度", U"一季度",
                                            U"二季度",   U"三季度",   U"四季度",   U"一至三季度"};
  for (std::size_t at = title.find(U'年'); at != std::u32string::npos; at = title.find(U'年', at + 1)) {
    if (at < 4 || !std::all_of(title.begin() + static_cast<std::ptrdiff_t>(at - 4),
                               title.begin() + static_cast<std::ptrdiff_t>(at), is_ascii_digit)) {
      continue;
    }
    std::u32string_view after = std::u32string_view(title).substr(at + 1);
    if (after.starts_with(U'度')) after.remove_prefix(1);  // 2025年度第一季度
    for (const auto part : kParts) {
      if (after.starts_with(part)) return encode_utf8(part);
    }
    if (const std::u32string months = months_reported(after); !months.empty()) return encode_utf8(months);
    break;  // the year reported on names no part of itself right after it
  }
  return encode_utf8(days_reported_in_brackets(title));
}

std::optional<int> find_report_year(const std::u32string& title, const std::vector<std::u32string>& preamble) {
  // Read without the spaces a PDF sets around a date's figures, so that a date spaced out (根据2025 年 1 月 5 日通知)
  // is a date's year, as written close.
  const WithoutDateFigureSpaces unspaced_title(title);
  std::vector<WithoutDateFigureSpaces> unspaced;
  unspaced.reserve(preamble.size());
  for (const auto& paragraph : preamble) unspaced.emplace_back(paragraph);
  // 2023年以来 opens many a report on 2023: the year of a review, or a date's, counts when no other year is
  // written.
  for (const Leniency leniency : {Leniency::strict, Leniency::reviews_and_dates}) {
    if (const auto year = reported_year(unspaced_title.text(), leniency)) return year;
    if (leniency == Leniency::strict) {
      if (const auto year = period_end_year(unspaced_title.text())) return year;
    }
    for (const auto& paragraph : unspaced) {
      if (const auto year = reported_year(paragraph.text(), leniency)) return year;
    }
  }
  return std::nullopt;
}

namespace {

// What stands between a record's label and its value: spaces, and the bracket or colon that closes the label.
constexpr std::u32string_view kBetweenLabelAndValue = U" \u3000]］】:：|｜";

// Where the value of the label at `at` (of `length` characters) starts, past its bracket or colon; npos when nothing
// closes the label: 发布时间2026… runs a sentence's words together.
std::size_t value_after_label(std::u32string_view line, std::size_t at, std::size_t length) {
  std::size_t value = at + length;
  std::size_t separators = 0;
  while (value < line.size() && kBetweenLabelAndValue.find(line[value]) != std::u32string_view::npos) {
    separators += line[value] != U' ' && line[value] != U'\u3000';
    ++value;
  }
  return separators == 0 ? std::u32string_view::npos : value;
}

std::optional<CalendarDate> date_in_a_record_field(std::u32string_view line,
                                                   std::initializer_list<std::u32string_view> labels) {
  constexpr std::u32string_view kDateCharacters = U"0123456789-/年月日";
  for (const std::u32string_view label : labels) {
    for (auto at = line.find(label); at != std::u32string_view::npos; at = line.find(label, at + 1)) {
      const std::size_t value = value_after_label(line, at, label.size());
      if (value == std::u32string_view::npos) continue;
      std::size_t end = value;
      while (end < line.size() && kDateCharacters.find(line[end]) != std::u32string_view::npos) ++end;
      if (const auto date = parse_date(line.substr(value, end - value))) return date;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<CalendarDate> published_in_a_record_field(std::u32string_view line) {
  return date_in_a_record_field(line, {U"发布日期", U"发布时间"});
}

std::u32string_view organ_in_a_record_field(std::u32string_view line) {
  constexpr std::u32string_view kLabels[] = {U"发布机构", U"发文机关", U"发布单位", U"发文单位", U"信息来源", U"来源"};
  // A flattened record runs its fields on one line (发布机构：清源街道办事处 发布日期：…): the value ends at a space.
  constexpr std::u32string_view kValueEnds = U" \u3000|｜[【;；,，。";
  for (const std::u32string_view label : kLabels) {
    for (auto at = line.find(label); at != std::u32string_view::npos; at = line.find(label, at + 1)) {
      // The label opens the line or a field of it, not a sentence's words (…信息来源于群众来信).
      if (at > 0 && kBetweenLabelAndValue.find(line[at - 1]) == std::u32string_view::npos && line[at - 1] != U'[' &&
          line[at - 1] != U'【' && line[at - 1] != U'-' && line[at - 1] != U'•') {
        continue;
      }
      const std::size_t value = value_after_label(line, at, label.size());
      if (value == std::u32string_view::npos) continue;
      const std::size_t end = std::min(line.find_first_of(kValueEnds, value), line.size());
      const std::u32string_view organ = line.substr(value, end - value);
      if (!organ.empty() && std::all_of(organ.begin(), organ.end(), is_han)) return organ;
    }
  }
  return {};
}

std::optional<CalendarDate> issued_in_a_record_field(std::u32string_view line) {
  return date_in_a_record_field(line, {U"发文日期", U"印发日期"});
}

std::u32string_view without_trailing_note(std::u32string_view line) {
  while (!line.empty() && line.back() == U' ') line.remove_suffix(1);
  if (line.empty() || (line.back() != U'）' && line.back() != U')')) return line;
  const auto open = line.find_last_of(U"（(");
  if (open == std::u32string_view::npos || open == 0) return line;
  line = line.substr(0, open);
  while (!line.empty() && line.back() == U' ') line.remove_suffix(1);
  return line;
}

bool looks_like_note(std::u32string_view line) {
  constexpr std::size_t kLongestNote = 40;
  return line.size() >= 3 && line.size() <= kLongestNote && (line.front() == U'（' || line.front() == U'(') &&
         (line.back() == U'）' || line.back() == U')');
}

bool looks_like_record_line(std::u32string_view line) {
  // A label may be spaced out to the width of the others (抄  送：); 主题词 heads older documents' records (GB/T
  // 9704-1999), as 报： and 送： do.
  constexpr std::size_t kLongestLabel = 8;  // code points, spaces included
  std::u32string label_part;
  for (const char32_t c : line.substr(0, kLongestLabel)) {
    if (c != U' ') label_part += c;
  }
  for (const std::u32string_view label : {U"抄送", U"抄报", U"主送", U"分送", U"发送", U"主题词", U"报", U"送"}) {
    if (label_part.starts_with(label) && label_part.size() > label.size() &&
        (label_part[label.size()] == U'：' || label_part[label.size()] == U':')) {
      return true;
    }
  }
  constexpr std::size_t kLongestPrintingLine = 40;
  if (line.size() <= kLongestPrintingLine && (line.ends_with(U"印发") || line.ends_with(U"印"))) return true;
  // The print run, in brackets or not: （共印20份）, 共印 20 份.
  if (line.starts_with(U"（共印") || line.starts_with(U"(共印")) return true;
  if (line.starts_with(U"共印") && line.size() <= kLongestPrintingLine && line.ends_with(U"份")) return true;
  return is_rule(line);
}

bool looks_like_printing_date(std::u32string_view line) {
  if (!line.ends_with(U"印发")) return false;
  line.remove_suffix(2);
  while (!line.empty() && line.back() == U' ') line.remove_suffix(1);
  return looks_like_date(line);
}

std::u32string with_typed_zeros_as_ling(std::u32string_view line) {
  std::u32string out(line);
  const auto chinese_digit_at = [&](std::size_t at) { return at < line.size() && chinese_digit_value(line[at]) >= 0; };
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (std::u32string_view(U"OoＯｏ0０").find(out[i]) == std::u32string_view::npos) continue;
    if ((i > 0 && chinese_digit_at(i - 1)) || chinese_digit_at(i + 1)) out[i] = U'〇';
  }
  return out;
}

std::optional<IssuerAndDate> issuer_and_date_on_one_line(std::u32string_view line) {
  // At the first space after which a date follows: the date may hold spaces of its own (2025 年 4 月 8 日).
  for (auto space = line.find(U' '); space != std::u32string_view::npos; space = line.find(U' ', space + 1)) {
    std::u32string_view issuer = line.substr(0, space);
    while (!issuer.empty() && issuer.back() == U' ') issuer.remove_suffix(1);
    std::u32string_view date = line.substr(space + 1);
    while (!date.empty() && date.front() == U' ') date.remove_prefix(1);
    if (looks_like_issuer(issuer) && looks_like_date(date)) return IssuerAndDate{issuer, date};
  }
  // The date first (2024年1月10日　青溪县石门镇人民政府): at the last space before which a date stands.
  for (auto space = line.rfind(U' '); space != std::u32string_view::npos && space > 0;
       space = line.rfind(U' ', space - 1)) {
    std::u32string_view date = line.substr(0, space);
    while (!date.empty() && date.back() == U' ') date.remove_suffix(1);
    std::u32string_view issuer = line.substr(space + 1);
    if (looks_like_issuer(issuer) && looks_like_date(date)) return IssuerAndDate{issuer, date};
  }
  return std::nullopt;
}

bool looks_like_date(std::u32string_view written) {
  constexpr std::size_t kLongestDate = 20;
  const std::u32string whole_line = with_typed_zeros_as_ling(written);
  const std::u32string_view line = without_trailing_note(whole_line);  // 2024年2月6日（星期二）
  if (line.empty() || line.size() > kLongestDate) return false;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char32_t c = line[i];
    const bool january = c == U'元' && i + 1 < line.size() && line[i + 1] == U'月';  // 元月
    const bool digit = (c >= U'0' && c <= U'9') || chinese_digit_value(c) >= 0 || c == U'十' || january;
    digits += digit;
    if (!digit && std::u32string_view(U"年月日号-./．/ ").find(c) == std::u32string_view::npos) return false;
  }
  return digits >= 5;
}

std::u32string_view without_seal_mark(std::u32string_view line) {
  // Where the seal goes on a printed copy: 莲塘镇人民政府（盖章）, 县司法局(公章).
  const std::u32string_view bare = without_trailing_note(line);
  if (bare.size() == line.size()) return line;
  std::u32string note;  // what the brackets hold, spaces left out (（ 盖 章 ）)
  for (const char32_t c : line.substr(bare.size())) {
    if (c != U' ' && c != U'\u3000' && c != U'（' && c != U'(' && c != U'）' && c != U')') note += c;
  }
  for (const std::u32string_view mark :
       {U"盖章", U"公章", U"印章", U"签章", U"章", U"签字盖章", U"签名盖章", U"单位盖章", U"盖公章"}) {
    if (note == mark) return bare;
  }
  return line;
}

namespace {

// A 述法 or 述职 report is signed by the person reporting: the post held, a space, then the name (柳溪镇党委书记
// 李红梅, 宁丰县司法局党组书记、局长　张明远, a name of two characters spaced to the width of three: 王　明). The post
// opens with the unit it heads and ends in a post's word; the name is two to four characters and no organ's. A post
// without its unit (局长　张明远) names none and is no issuer; nor is a name run into the post (局长张明远), which
// cannot be told from the post's last words.
bool signs_with_post_and_name(std::u32string_view line) {
  constexpr std::size_t kShortestName = 2;
  constexpr std::size_t kLongestName = 4;
  const auto space = line.find_first_of(U" \u3000");
  if (space == std::u32string_view::npos) return false;
  const std::u32string_view post = line.substr(0, space);
  std::u32string name;
  for (const char32_t c : line.substr(space)) {
    if (c != U' ' && c != U'\u3000') name += c;
  }
  if (name.size() < kShortestName || name.size() > kLongestName || !std::all_of(name.begin(), name.end(), is_han))
    return false;
  if (std::none_of(std::begin(kPostWords), std::end(kPostWords),
                   [&](std::u32string_view word) { return post.ends_with(word); })) {
    return false;
  }
  return !looks_like_issuer(name) && !parse_unit(encode_utf8(post)).unit.empty();
}

// Verbs of sending that open an addressee's line (报送县司法局); no organ's name opens with one. Not 致 (致公党 is a
// party's), nor 送 or 报 alone, which open places' names (送桥镇人民政府 signs its report).
constexpr std::u32string_view kSendingVerbs[] = {U"报送", U"呈报", U"上报", U"呈送", U"报请", U"抄送", U"抄报"};

std::u32string_view after_a_sending_verb(std::u32string_view line) {
  for (const std::u32string_view verb : kSendingVerbs) {
    if (line.starts_with(verb)) return line.substr(verb.size());
  }
  return {};
}

// A line ending as an organ's name does that names no organ: the addressee a report is sent to (报送县司法局, 呈报
// 市司法局: an organ after the verb), or a common word ending in an organ's last character (服务发展大局, 法治文化场所,
// 坚持以人民为中心). Not the bureaus whose names end so: a 科技创新局 or 城市更新局 (no 新局 here), a 国家安全局.
bool names_no_issuer(std::u32string_view line) {
  constexpr std::u32string_view kCommonWords[] = {U"大局", U"全局", U"格局", U"布局", U"开局", U"结局",  U"变局",
                                                  U"僵局", U"当局", U"场所", U"住所", U"处所", U"为中心"};
  const std::u32string_view addressee = after_a_sending_verb(line);
  if (!addressee.empty() && looks_like_issuer(addressee)) return true;
  return !line.ends_with(U"安全局") && std::any_of(std::begin(kCommonWords), std::end(kCommonWords),
                                                   [line](std::u32string_view word) { return line.ends_with(word); });
}

}  // namespace

bool looks_like_addressee(std::u32string_view line) {
  const std::u32string_view organ = after_a_sending_verb(line);
  return !organ.empty() && looks_like_issuer(organ);
}

bool looks_like_issuer(std::u32string_view written) {
  constexpr std::size_t kLongestIssuer = 30;
  const std::u32string_view line = without_seal_mark(written);
  if (line.empty() || line.size() > kLongestIssuer || has_sentence_punctuation(line)) return false;
  if (line.find(U'：') != std::u32string_view::npos || line.find(U':') != std::u32string_view::npos) return false;
  if (names_no_issuer(line)) return false;
  if (signs_with_post_and_name(line)) return true;
  return std::any_of(std::begin(kIssuerSuffixes), std::end(kIssuerSuffixes), [&](std::u32string_view suffix) {
    return line.size() > suffix.size() && line.substr(line.size() - suffix.size()) == suffix;
  });
}

}  // namespace docpipe::sections
