// Unit test of the plugin without the docpipe CLI: the SDK's harness creates it from its own descriptor,
// with parameters resolved and checked as the host would. Plain C++ (no test framework needed); ctest
// runs it. Exit code 0 when every check holds.
#include <docpipe/testing.hpp>

#include <cstdio>
#include <string>

namespace {

int failures = 0;

std::string attribute(const docpipe::Annotation& annotation, const std::string& name) {
  for (const auto& [key, value] : annotation.attributes) {
    if (key == name) return value;
  }
  return {};
}

void check(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "FAILED: %s\n", what);
    ++failures;
  }
}

}  // namespace

int main() {
  using docpipe::testing::create_analysis;
  using docpipe::testing::document_from_paragraphs;
  using docpipe::testing::parameter_problems;
  const auto& descriptor = docpipe_plugin_descriptor;

  // The parameters are checked as `docpipe validate` checks them.
  check(parameter_problems(descriptor, {}).empty(), "the defaults pass the check");
  check(parameter_problems(descriptor, {{"minimum_characters", "0"}}).size() == 1, "minimum_characters 0 is refused");
  check(parameter_problems(descriptor, {{"layer", "Bad Name"}}).size() == 1, "a layer name with spaces is refused");
  check(parameter_problems(descriptor, {{"minimum_charaters", "3"}}).size() == 1, "an unknown parameter is refused");

  // The layer: one annotation per paragraph long enough, with its counts.
  auto plugin = create_analysis(descriptor, {{"minimum_characters", "3"}, {"maximum_characters", "6"}});
  auto document = document_from_paragraphs({"短", "共办理法律援助案件", "ab中文"});
  plugin->analyze(document);
  const auto& layer = document.layers["paragraph_lengths"];
  check(layer.size() == 2, "two paragraphs reach three characters");
  check(layer.size() == 2 && attribute(layer[0], "characters") == "9", "the second paragraph has 9 characters");
  check(layer.size() == 2 && attribute(layer[1], "chinese") == "2", "the third paragraph has 2 Chinese ones");

  // The warning: a finding with the plugin's rule id, pointing at the long paragraph.
  check(document.anomalies.size() == 1, "one paragraph is longer than 6 characters");
  check(!document.anomalies.empty() && document.anomalies[0].rule == "example-long-paragraph" &&
            document.anomalies[0].severity == docpipe::Severity::warning && document.anomalies[0].start == 2,
        "the finding names the rule, is a warning and starts at the paragraph");

  if (failures == 0) std::printf("paragraph_lengths_test: all checks passed\n");
  return failures == 0 ? 0 : 1;
}
