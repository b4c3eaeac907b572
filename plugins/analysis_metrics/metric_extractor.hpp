// Finds every figure in running text: a numeral with a unit or measure word, or a percentage.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "unit_table.hpp"

namespace docpipe::metrics {

struct FoundMetric {
  std::size_t start = 0;  // code points; the figure's words including its qualifiers
  std::size_t end = 0;
  std::size_t number_start = 0;
  double value = 0;
  std::optional<double> value_max;
  std::u32string unit;
  std::u32string qualifier;  // qualifiers in reading order, joined by ';' (达;以上)
};

class MetricExtractor {
 public:
  explicit MetricExtractor(const UnitTable& units) : units_(units) {}

  // Figures with more significant digits than a double keeps exactly are not returned; their offsets go to
  // `refused` when given.
  std::vector<FoundMetric> extract(std::u32string_view text, std::vector<std::size_t>* refused = nullptr) const;

 private:
  const UnitTable& units_;
};

// Code points covered by names rather than figures: book titles 《…》, short quoted names “四个一”,
// set phrases, and 12·4-style day names.
std::vector<bool> excluded_spans(std::u32string_view text);

}  // namespace docpipe::metrics
