// The trade of a department (docs/analysis-corpus.md, "outlier"): one canonical name for a bureau whatever its
// reports call it, so that a batch compares a 市场监管局 with a 市场监督管理局.
#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

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
    TradeNames{"人力资源和社会保障局", {"人力资源和社会保障局", "人力资源社会保障局", "人社局"}},
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
constexpr std::string_view kBranchFields[] = {"社保", "社会保险", "医保", "交警", "交通警察", "交通",  "森林",
                                              "林业", "水上",     "铁路", "机场", "税务",     "不动产"};

// Whether `unit` ends with `name` right after its place (宁丰县|市场监管局) or with nothing before it: a name
// qualified by a field of its own (交通运输|综合行政执法局, 森林|公安局) is another bureau's.
bool ends_with_after_a_place(std::string_view unit, std::string_view name) {
  if (!unit.ends_with(name)) return false;
  const std::string_view place = unit.substr(0, unit.size() - name.size());
  constexpr std::string_view kPlaceEnds[] = {"省", "市", "县", "区", "旗", "州", "盟", "镇", "乡"};
  return place.empty() || std::any_of(std::begin(kPlaceEnds), std::end(kPlaceEnds),
                                      [&](std::string_view end) { return place.ends_with(end); });
}

// Whether a branch's qualifier (what comes between its bureau's name and 分局) is a duty, not a district.
bool names_a_duty(std::string_view qualifier) {
  return std::any_of(std::begin(kBranchFields), std::end(kBranchFields),
                     [&](std::string_view field) { return qualifier.starts_with(field); });
}

// The listed trade whose longest name `matches` accepts; empty when none does.
template <typename Match>
std::string_view listed_trade(Match matches) {
  std::string_view trade;
  std::size_t longest = 0;
  for (const auto& entry : kTrades) {
    for (const std::string_view name : entry.names) {
      if (!name.empty() && name.size() > longest && matches(name)) trade = entry.trade, longest = name.size();
    }
  }
  return trade;
}

}  // namespace

std::string department_trade(const std::string& unit, const std::string& region) {
  // A listed bureau is known by its name's end, whatever place comes before it (宁丰县市场监管局, 县司法局), but
  // not one a field of its own qualifies (宁丰县交通运输综合行政执法局 is the place's own trade below).
  if (const auto trade = listed_trade([&](std::string_view name) { return ends_with_after_a_place(unit, name); });
      !trade.empty())
    return std::string(trade);
  // A city bureau's branch in a district names the bureau first (上海市公安局浦东分局, 绍兴市生态环境局柯桥分局);
  // one named for a duty (榆城市人社局社保分局, 榆城市公安局森林分局) is the place's own trade below.
  constexpr std::string_view kBranch = "分局";
  if (const std::string_view whole = unit; whole.ends_with(kBranch)) {
    const auto trade = listed_trade([&](std::string_view name) {
      const auto at = whole.find(name);
      if (!name.ends_with("局") || at == std::string_view::npos || at + name.size() + kBranch.size() > whole.size())
        return false;
      const auto qualifier = whole.substr(at + name.size(), whole.size() - kBranch.size() - at - name.size());
      return !qualifier.empty() && !names_a_duty(qualifier);
    });
    if (!trade.empty()) return std::string(trade);
  }
  // The place may follow its province in the unit's name (湖北省宁丰县水利局 in 宁丰县): the trade is what follows it.
  const auto at = region.empty() ? std::string::npos : unit.find(region);
  if (at != std::string::npos && unit.size() > at + region.size()) return unit.substr(at + region.size());
  return unit;
}

}  // namespace docpipe::corpus
