// What the default pipeline flags in a text, in a form a test compares as a list: for the unit tests of
// analysis.anomalies' rules and of the documents they leave alone.
#pragma once

#include <string>
#include <vector>

#include "docpipe/layers.hpp"
#include "test_support.hpp"

namespace docpipe::test {

// "rule severity" of every finding, in order (`part-exceeds-total warning`).
inline std::vector<std::string> findings(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& anomaly : process_text_with_default_pipeline(text).anomalies) {
    out.push_back(anomaly.rule + " " + std::string(to_string(anomaly.severity)));
  }
  return out;
}

}  // namespace docpipe::test
