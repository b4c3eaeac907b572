// Reads a report excerpt the way the metric excerpt tests write their expectations down.
#pragma once

#include <string>
#include <vector>

#include "docpipe/decimal.hpp"
#include "test_support.hpp"

namespace docpipe::test {

// "text=value[~max] unit [qualifier] | indicator | code" for each figure of a report titled `title`, its body under
// one heading of achievements.
inline std::vector<std::string> read_excerpt(const std::string& title, const std::string& body) {
  std::vector<std::string> out;
  for (const auto& m : process_text_with_default_pipeline(title + "\n\n一、主要成效\n" + body).metrics) {
    std::string line = m.text + "=" + format_decimal(m.value);
    if (m.value_max) line += "~" + format_decimal(*m.value_max);
    line += " " + m.unit;
    if (!m.qualifier.empty()) line += " " + m.qualifier;
    out.push_back(line + " | " + m.indicator + " | " + m.code);
  }
  return out;
}

}  // namespace docpipe::test
