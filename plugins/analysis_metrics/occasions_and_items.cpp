#include "occasions_and_items.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace docpipe::metrics {

namespace {

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

void name_occasions_before_items(std::vector<Metric>& metrics) {
  constexpr std::string_view kNounsOfItems[] = {"事项", "议题", "事务", "议案"};
  constexpr std::size_t kShortestDeed = 6;  // two characters of UTF-8 Chinese
  for (std::size_t i = 0; i + 1 < metrics.size(); ++i) {
    Metric& occasions = metrics[i];
    Metric& items = metrics[i + 1];
    if (occasions.end != items.start) continue;
    if (!one_of(occasions.unit, {"次", "场次", "轮", "轮次"}) || !one_of(items.unit, {"项", "件", "个", "条"}))
      continue;
    // 办公会、工委会集体决策事项共76次546项: the 共 before both says "in all" of the two figures; the bodies listed
    // before the deed are who did it, not items summed.
    std::string_view subject = occasions.indicator;
    for (const std::string_view in_all : {"共计", "合计", "总计", "共"}) {
      if (subject.ends_with(in_all)) {
        subject.remove_suffix(in_all.size());
        break;
      }
    }
    const auto noun = std::find_if(std::begin(kNounsOfItems), std::end(kNounsOfItems),
                                   [&](std::string_view word) { return subject.ends_with(word); });
    if (noun == std::end(kNounsOfItems) || subject.size() < noun->size() + kShortestDeed) continue;
    // The items' own name is the subject's, or its end (工委会集体决策事项 of 办公会、工委会集体决策事项).
    if (!subject.ends_with(items.indicator) || !std::string_view(items.indicator).ends_with(*noun)) continue;
    items.indicator = std::string(subject);
    occasions.indicator = std::string(subject.substr(0, subject.size() - noun->size()));
    // The meetings named before the deed (办公会, 党组会) are where the items were decided, not meetings on the rule of
    // law: no code counts decisions made.
    occasions.code.clear();
  }
}

}  // namespace docpipe::metrics
