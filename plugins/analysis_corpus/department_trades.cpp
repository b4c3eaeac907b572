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
  std::string_view trade;                 // how a finding names the group: the bureau's full name
  std::array<std::string_view, 5> names;  // its full, short and merged names as reports' titles write them
};

// The bureaus every county has under the names their reports use (full names of the 2018 reform, their usual
// abbreviations, the names of merged offices). A department not listed is its own trade, as its name after its place.
constexpr std::array kTrades = {
    TradeNames{"市场监督管理局", {"市场监督管理局", "市场监管局", "市监局"}},
    TradeNames{"人力资源和社会保障局", {"人力资源和社会保障局", "人力资源社会保障局", "人社局"}},
    TradeNames{"发展和改革局", {"发展和改革局", "发展改革局", "发改局", "发展和改革委员会", "发改委"}},
    TradeNames{"住房和城乡建设局", {"住房和城乡建设局", "住房城乡建设局", "住建局"}},
    TradeNames{"自然资源局", {"自然资源局", "自然资源和规划局", "规划和自然资源局"}},
    TradeNames{"司法局", {"司法局"}},
    TradeNames{"公安局", {"公安局", "公安分局"}},
    TradeNames{"生态环境局", {"生态环境局", "生态环境分局"}},
    TradeNames{"综合行政执法局",
               {"综合行政执法局", "城市管理综合行政执法局", "城市管理和综合执法局", "城市管理局", "城管局"}},
};

bool ends_with(std::string_view text, std::string_view ending) {
  return text.size() >= ending.size() && text.substr(text.size() - ending.size()) == ending;
}

// Whether `unit` ends with `name` right after its place (宁丰县|市场监管局) or with nothing before it: a name
// qualified by a field of its own (交通运输|综合行政执法局, 森林|公安局) is another bureau's.
bool ends_with_after_a_place(std::string_view unit, std::string_view name) {
  if (!ends_with(unit, name)) return false;
  const std::string_view place = unit.substr(0, unit.size() - name.size());
  constexpr std::string_view kPlaceEnds[] = {"省", "市", "县", "区", "旗", "州", "盟", "镇", "乡"};
  return place.empty() || std::any_of(std::begin(kPlaceEnds), std::end(kPlaceEnds),
                                      [&](std::string_view end) { return ends_with(place, end); });
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
  // A city bureau's branch in a district names the bureau first (上海市公安局浦东分局, 绍兴市生态环境局柯桥分局).
  if (ends_with(unit, "分局")) {
    const auto trade = listed_trade([&](std::string_view name) {
      const auto at = unit.find(name);
      return ends_with(name, "局") && at != std::string::npos && at + name.size() < unit.size();
    });
    if (!trade.empty()) return std::string(trade);
  }
  // The place may follow its province in the unit's name (湖北省宁丰县水利局 in 宁丰县): the trade is what follows it.
  const auto at = region.empty() ? std::string::npos : unit.find(region);
  if (at != std::string::npos && unit.size() > at + region.size()) return unit.substr(at + region.size());
  return unit;
}

}  // namespace docpipe::corpus
