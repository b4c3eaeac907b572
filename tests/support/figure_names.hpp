// The figures the default pipeline finds in a text with their names, in a form a test compares as a list: for the
// unit tests of analysis.metrics' naming rules.
#pragma once

#include <string>
#include <vector>

#include "docpipe/layers.hpp"
#include "test_support.hpp"

namespace docpipe::test {

// "text | indicator | code" of every figure, in order (`24个 | “指尖办”服务场景 | `).
inline std::vector<std::string> figures_with_codes(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : process_text_with_default_pipeline(text).metrics) {
    out.push_back(m.text + " | " + m.indicator + " | " + m.code);
  }
  return out;
}

// "text | indicator | role" of every figure, in order (`36项 | 下放审批事项 | value`).
inline std::vector<std::string> figures_with_roles(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : process_text_with_default_pipeline(text).metrics) {
    out.push_back(m.text + " | " + m.indicator + " | " + m.role);
  }
  return out;
}

}  // namespace docpipe::test
