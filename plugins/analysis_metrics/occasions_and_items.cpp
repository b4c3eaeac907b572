#include "occasions_and_items.hpp"

#include <algorithm>
#include <iterator>
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
    const Metric& items = metrics[i + 1];
    if (occasions.end != items.start || occasions.indicator != items.indicator) continue;
    if (!one_of(occasions.unit, {"次", "场次", "轮", "轮次"}) || !one_of(items.unit, {"项", "件", "个", "条"}))
      continue;
    const auto noun = std::find_if(std::begin(kNounsOfItems), std::end(kNounsOfItems), [&](std::string_view word) {
      return std::string_view(occasions.indicator).ends_with(word);
    });
    if (noun == std::end(kNounsOfItems) || occasions.indicator.size() < noun->size() + kShortestDeed) continue;
    occasions.indicator.resize(occasions.indicator.size() - noun->size());
  }
}

}  // namespace docpipe::metrics
