// Answers "which item holds this offset" in O(log n) for layers of spans (sections, blocks), with exactly
// the answer of a linear scan under a given preference. A plugin asking once per figure or per finding
// would otherwise scan every section for every figure: quadratic on long reports with many headings.
#pragma once

#include <algorithm>
#include <cstddef>
#include <set>
#include <utility>
#include <vector>

namespace docpipe {

// Built once from `items` (each with `start` and `end`, half-open); at(offset) returns the item that
// `better` prefers among the items with start <= offset < end, or nullptr. `keep(item)` filters items
// out beforehand. `better(a, index_a, b, index_b)` must be a strict total order on (item, index) pairs
// (break ties by index): the answer is its maximum, so a scan's "first wins" is `index_a < index_b`
// and "last wins" the reverse.
template <class Item>
class OffsetIndex {
 public:
  OffsetIndex() = default;

  template <class Keep, class Better>
  OffsetIndex(const std::vector<Item>& items, Keep keep, Better better) {
    // Elementary intervals: between consecutive starts/ends the set of items holding an offset is constant.
    struct Event {
      std::size_t at;
      bool opens;
      std::size_t index;
    };
    std::vector<Event> events;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!keep(items[i]) || items[i].start >= items[i].end) continue;  // an empty span holds no offset
      events.push_back({items[i].start, true, i});
      events.push_back({items[i].end, false, i});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    const auto order = [&](std::size_t a, std::size_t b) { return better(items[b], b, items[a], a); };
    std::set<std::size_t, decltype(order)> open(order);  // the best item last
    for (std::size_t e = 0; e < events.size();) {
      const std::size_t at = events[e].at;
      for (; e < events.size() && events[e].at == at; ++e) {
        if (events[e].opens) {
          open.insert(events[e].index);
        } else {
          open.erase(events[e].index);
        }
      }
      const Item* best = open.empty() ? nullptr : &items[*open.rbegin()];
      if (!starts_.empty() && best == best_.back()) continue;  // the same answer runs on
      starts_.push_back(at);
      best_.push_back(best);
    }
  }

  const Item* at(std::size_t offset) const {
    const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
    if (after == starts_.begin()) return nullptr;
    return best_[static_cast<std::size_t>(after - starts_.begin()) - 1];
  }

 private:
  std::vector<std::size_t> starts_;  // sorted; best_[k] holds for offsets in [starts_[k], starts_[k + 1])
  std::vector<const Item*> best_;
};

}  // namespace docpipe
