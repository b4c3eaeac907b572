// Ordered key/value metadata of a document. Order is kept so that outputs are
// deterministic and read in the order the plugins found things.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace docpipe {

class Metadata {
 public:
  using Entry = std::pair<std::string, std::string>;

  // Replaces the first entry with this key, or appends one.
  void set(const std::string& key, std::string value) {
    if (auto* entry = find(key)) {
      entry->second = std::move(value);
    } else {
      entries_.emplace_back(key, std::move(value));
    }
  }

  // Appends an entry even when the key exists: for repeatable facts such as removed artifacts.
  void add(std::string key, std::string value) { entries_.emplace_back(std::move(key), std::move(value)); }

  // The first value with this key, or an empty string.
  std::string get(const std::string& key) const {
    const auto found = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.first == key; });
    return found == entries_.end() ? std::string{} : found->second;
  }

  std::vector<std::string> all(const std::string& key) const {
    std::vector<std::string> values;
    for (const auto& [k, v] : entries_) {
      if (k == key) values.push_back(v);
    }
    return values;
  }

  bool contains(const std::string& key) const {
    return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.first == key; });
  }

  const std::vector<Entry>& entries() const { return entries_; }

 private:
  Entry* find(const std::string& key) {
    const auto found = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.first == key; });
    return found == entries_.end() ? nullptr : &*found;
  }

  std::vector<Entry> entries_;
};

}  // namespace docpipe
