// The measure words a figure may carry, from the `units` parameter. An entry is a unit ("人次"), or a
// unit with its canonical form and factor ("公斤=千克*1").
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace docpipe::metrics {

struct UnitMatch {
  std::size_t length = 0;  // code points matched in the text
  std::u32string unit;     // canonical unit
  double factor = 1;
};

class UnitTable {
 public:
  explicit UnitTable(const std::vector<std::string>& entries);

  // The longest unit starting at `at`, if any.
  std::optional<UnitMatch> match(std::u32string_view text, std::size_t at) const;
  bool empty() const { return entries_.empty(); }

 private:
  struct Entry {
    std::u32string written;
    std::u32string unit;
    double factor;
  };
  std::vector<Entry> entries_;  // longest written form first
};

}  // namespace docpipe::metrics
