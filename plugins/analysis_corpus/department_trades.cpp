// The trade of a department (docs/analysis-corpus.md, "outlier"): one canonical name for a bureau whatever its
// reports call it, so that a batch compares a 市场监管局 with a 市场监督管理局.
#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "corpus_records.hpp"

namespace docpipe::corpus {

namespace {

struct TradeNames {
  // How a finding names the group: the bureau's full name, or its field's 部门 where its reports are of bureaus and
  // of commissions alike (a county's 发展和改革局, a city's 发展和改革委员会).
  std::string_view trade;
  std::array<std::string_view, 6> names;  // its full, short and merged names as reports' titles write them
};

// The bureaus every county has under the names their reports use (full names of the 2018 reform, their usual
// abbreviations, the names of merged offices). A department not listed is its own trade, as its name after its place.
constexpr std::array kTrades = {
    TradeNames{"市场监督管理局", {"市场监督管理局", "市场监管局", "市监局"}},
    TradeNames{"人力资源和社会保障局", {"人力资源和社会保障局", "人力资源社会保障局", "人力社保局", "人社局"}},
    TradeNames{"发展改革部门", {"发展和改革局", "发展改革局", "发改局", "发展和改革委员会", "发改委"}},
    TradeNames{"住房和城乡建设局", {"住房和城乡建设局", "住房城乡建设局", "住建局"}},
    TradeNames{"自然资源局", {"自然资源局", "自然资源和规划局", "规划和自然资源局"}},
    TradeNames{"司法局", {"司法局"}},
    TradeNames{"公安局", {"公安局", "公安分局"}},
    TradeNames{"生态环境局", {"生态环境局", "生态环境分局"}},
    TradeNames{"综合行政执法局",
               {"综合行政执法局", "城市管理综合行政执法局", "城市管理和综合执法局", "城市管理局", "城管局"}},
    TradeNames{"教育局", {"教育局", "教育和体育局", "教育体育局", "教体局"}},
    TradeNames{"卫生健康部门", {"卫生健康局", "卫健局", "卫生健康委员会", "卫健委"}},
    TradeNames{"文化和旅游局",
               {"文化和旅游局", "文旅局", "文化广电和旅游局", "文化广电旅游局", "文化广播电视和旅游局", "文广旅局"}},
    TradeNames{"应急管理局", {"应急管理局", "应急局"}},
    TradeNames{"医疗保障局", {"医疗保障局", "医保局"}},
    TradeNames{"交通运输局", {"交通运输局", "交通局"}},
    TradeNames{"农业农村部门", {"农业农村局", "农业农村委员会"}},
};

// What a city bureau's 分局 may be named for besides a district (公安局浦东分局): a duty of its own, which makes it
// another trade (人社局社保分局 pays pensions, 公安局交警分局 handles traffic, not a district's share of the bureau's
// work). Not 港口, which is also a district's name (防城港市港口区).
constexpr std::string_view kBranchFields[] = {"社保",     "社会保险", "医保", "医疗保障", "交警",
                                              "交通警察", "交通",     "公路", "森林",     "林业",
                                              "水上",     "铁路",     "机场", "税务",     "不动产"};

// The ends of a district's or a street's name (港口区, 铁西区, a 交通路): a qualifier ending so names a place, whatever
// word of a duty its name holds.
constexpr std::string_view kPlaceQualifierEnds[] = {"区", "县", "市", "旗", "镇", "乡", "街道", "街", "路"};

// Whether `unit` ends with `name` right after its place (宁丰县|市场监管局) or with nothing before it: a name
// qualified by a field of its own (交通运输|综合行政执法局, 森林|公安局) is another bureau's.
bool ends_with_after_a_place(std::string_view unit, std::string_view name) {
  if (!unit.ends_with(name)) return false;
  const std::string_view place = unit.substr(0, unit.size() - name.size());
  constexpr std::string_view kPlaceEnds[] = {"省", "市", "县", "区", "旗", "州", "盟", "镇", "乡"};
  return place.empty() || std::any_of(std::begin(kPlaceEnds), std::end(kPlaceEnds),
                                      [&](std::string_view end) { return place.ends_with(end); });
}

// Whether a branch's qualifier (what comes between its bureau's name and 分局) is a duty, not a district: a duty's
// word ends it (高速公路交警, 轨道交通, 首都机场), or stands anywhere in a qualifier that does not end as a place's
// name does (交警直属, 交通管理). A district whose name holds such a word ends as a place (港口区, 交通路).
bool names_a_duty(std::string_view qualifier) {
  const auto ends_with = [&](std::string_view end) { return qualifier.ends_with(end); };
  const auto holds = [&](std::string_view field) { return qualifier.find(field) != std::string_view::npos; };
  if (std::any_of(std::begin(kBranchFields), std::end(kBranchFields), ends_with)) return true;
  if (std::any_of(std::begin(kPlaceQualifierEnds), std::end(kPlaceQualifierEnds), ends_with)) return false;
  return std::any_of(std::begin(kBranchFields), std::end(kBranchFields), holds);
}

// A duty's short and full spellings (人社局社保分局, 人力资源和社会保障局社会保险分局: one branch's names).
constexpr std::pair<std::string_view, std::string_view> kDutySpellings[] = {
    {"社保", "社会保险"}, {"医保", "医疗保障"}, {"交警", "交通警察"}, {"不动产", "不动产登记"}};

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// `qualifier` with each duty spelled in full. Every full spelling is shortened first, so that none is lengthened
// twice (不动产登记 stays 不动产登记).
std::string with_duties_in_full(std::string_view qualifier) {
  std::string text(qualifier);
  for (const auto& [short_name, full_name] : kDutySpellings) {
    replace_all(text, full_name, short_name);
    replace_all(text, short_name, full_name);
  }
  return text;
}

// A city's or a county's traffic police: a formation of its 公安局 (大队 in a county, 支队 in a city) that reports as
// 公安局交通警察大队, 公安局交警大队, 交警大队 or 交通警察大队 alike. One trade per formation, named in full.
constexpr std::string_view kTrafficPolice[] = {"公安局交通警察", "公安局交警", "交通警察", "交警"};
constexpr std::string_view kPoliceFormations[] = {"大队", "支队"};
constexpr std::string_view kPoliceDuties[] = {"直属", "高速", "车辆管理", "车管", "事故", "秩序",
                                              "机动", "特勤", "铁骑",     "巡逻", "勤务"};

// The trade of a traffic police formation (公安局交通警察大队 for 宁丰县交警大队); empty for any other unit. A city's
// 支队 keeps a 大队 in each of its districts and counties, named after the place it serves
// (榆城市公安局交通警察支队桑湖大队): a county's traffic police as much as any.
std::string traffic_police_trade(std::string_view unit) {
  constexpr std::size_t kLongestPlaceName = 6 * 3;  // six characters of three UTF-8 bytes
  if (unit.ends_with("大队")) {
    for (const std::string_view police : kTrafficPolice) {
      const auto at = unit.rfind(std::string(police) + "支队");
      if (at == std::string_view::npos) continue;
      const std::size_t place_start = at + police.size() + std::string_view("支队").size();
      const std::size_t place_size = unit.size() - place_start - std::string_view("大队").size();
      // A 大队 named for its duty (直属一大队, 高速公路大队, 车辆管理大队) is the city's, no county's.
      const std::string_view place = unit.substr(place_start, place_size);
      if (std::any_of(std::begin(kPoliceDuties), std::end(kPoliceDuties),
                      [place](std::string_view duty) { return place.find(duty) != std::string_view::npos; })) {
        continue;
      }
      if (place_size > 0 && place_size <= kLongestPlaceName) return "公安局交通警察大队";
    }
  }
  for (const std::string_view formation : kPoliceFormations) {
    for (const std::string_view police : kTrafficPolice) {
      if (ends_with_after_a_place(unit, std::string(police) + std::string(formation)))
        return "公安局交通警察" + std::string(formation);
    }
  }
  return {};
}

// Vertically managed organs by their kind, whatever place each serves and whether its name holds the place's level
// word or not (宁丰县税务局城关税务分局, 青溪海关, 宁丰调查队, 榆城海事局): their reports are alike in kind, each
// serving one place. The kind is the name's end; the trade names it. A 市场监管 branch (桑湖市场监管分局) is a
// market regulator's, no financial regulator's.
struct OrganKind {
  std::string_view end;
  std::string_view trade;
};
constexpr OrganKind kVerticalOrgans[] = {
    {"税务分局", "税务分局"},     {"稽查局", "税务稽查局"},     {"海关", "海关"},
    {"海事局", "海事局"},         {"调查队", "调查队"},         {"支行", "人民银行支行"},
    {"监管分局", "金融监管分局"}, {"监管支局", "金融监管支局"}, {"调查总队", "调查总队"},
    {"分行", "人民银行分行"},
};

std::string vertical_organ_trade(std::string_view unit) {
  for (const auto& [end, trade] : kVerticalOrgans) {
    if (!unit.ends_with(end)) continue;
    if (end == "监管分局" && unit.find("市场") != std::string_view::npos) continue;
    return std::string(trade);
  }
  return {};
}

struct ListedName {
  std::string_view trade;  // empty when no listed name matched
  std::string_view name;
};

// The listed trade whose longest name `matches` accepts, with that name.
template <typename Match>
ListedName longest_listed_name(Match matches) {
  ListedName found;
  for (const auto& entry : kTrades) {
    for (const std::string_view name : entry.names) {
      if (!name.empty() && name.size() > found.name.size() && matches(name)) found = {entry.trade, name};
    }
  }
  return found;
}

// What stands between a listed bureau's name and 分局 at the end of `unit` (榆城市公安局|浦东|分局); empty when the
// name is no bureau's or is not followed so.
std::string_view branch_qualifier(std::string_view unit, std::string_view name) {
  constexpr std::string_view kBranch = "分局";
  const auto at = unit.find(name);
  if (!unit.ends_with(kBranch) || !name.ends_with("局") || at == std::string_view::npos ||
      at + name.size() + kBranch.size() > unit.size())
    return {};
  return unit.substr(at + name.size(), unit.size() - kBranch.size() - at - name.size());
}

// A county's culture and tourism bureau named by the fields it merged, culture's first and tourism among them, in
// whatever order and with whatever else (文化广电体育和旅游局, 文化旅游体育局, 文体广电和旅游局, 文化旅游广电局): the
// 文化和旅游局's trade, as its listed names are. Not a law enforcement bureau of those fields (文化旅游市场综合执法局),
// which is a trade of its own.
bool lists_culture_and_tourism(std::string_view name) {
  constexpr std::string_view kCultureOpenings[] = {"文化", "文体", "文广"};
  return std::any_of(std::begin(kCultureOpenings), std::end(kCultureOpenings),
                     [&](std::string_view opening) { return name.starts_with(opening); }) &&
         name.find("旅游") != std::string_view::npos && name.ends_with("局") &&
         name.find("执法") == std::string_view::npos;
}

}  // namespace

std::string department_trade(const std::string& unit, const std::string& region) {
  // A listed bureau is known by its name's end, whatever place comes before it (宁丰县市场监管局, 县司法局), but
  // not one a field of its own qualifies (宁丰县交通运输综合行政执法局 is the place's own trade below).
  if (const auto listed =
          longest_listed_name([&](std::string_view name) { return ends_with_after_a_place(unit, name); });
      !listed.trade.empty())
    return std::string(listed.trade);
  if (std::string police = traffic_police_trade(unit); !police.empty()) return police;
  if (std::string organ = vertical_organ_trade(unit); !organ.empty()) return organ;
  // A town's 司法所, however its name gives the town and its bureau (柳溪镇司法所, 青禾县司法局柳溪司法所), is compared
  // with the other towns' 司法所, not each with itself alone.
  if (constexpr std::string_view kJusticeOffice = "司法所"; unit.ends_with(kJusticeOffice))
    return std::string(kJusticeOffice);
  // A city bureau's branch in a district names the bureau first (上海市公安局浦东分局, 绍兴市生态环境局柯桥分局): the
  // bureau's trade. One named for a duty (榆城市人社局社保分局, 榆城市公安局高速公路交警分局) is a trade of its own,
  // named by its bureau's trade and its duty spelled in full, so that a branch's short and full names meet
  // (人力资源和社会保障局社会保险分局 for 人社局社保分局 too).
  if (const auto branch =
          longest_listed_name([&](std::string_view name) { return !branch_qualifier(unit, name).empty(); });
      !branch.trade.empty()) {
    const std::string_view qualifier = branch_qualifier(unit, branch.name);
    if (!names_a_duty(qualifier)) return std::string(branch.trade);
    // A trade named for its field (卫生健康部门) names no bureau a branch could belong to: the bureau as named does.
    const std::string_view bureau = branch.trade.ends_with("局") ? branch.trade : branch.name;
    return std::string(bureau) + with_duties_in_full(qualifier) + "分局";
  }
  // The place may follow its province in the unit's name (湖北省宁丰县水利局 in 宁丰县): the trade is what follows it.
  const auto at = region.empty() ? std::string::npos : unit.find(region);
  if (at != std::string::npos && unit.size() > at + region.size()) {
    std::string name = unit.substr(at + region.size());
    if (lists_culture_and_tourism(name)) return "文化和旅游局";
    return name;
  }
  return unit;
}

}  // namespace docpipe::corpus
