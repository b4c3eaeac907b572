// The heading tree and metadata of each example report, written out by hand from reading it
// (tests/data/sections/*.tsv), reproduced exactly by the default pipeline's plugins.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "docpipe/text.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

namespace fs = std::filesystem;

struct Expected {
  std::vector<std::pair<std::string, std::string>> metadata;
  std::vector<std::string> sections;  // "level|number|title|kinds"
};

Expected read_expected(const fs::path& file) {
  Expected expected;
  std::istringstream lines(test::read_file(file));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');) fields.push_back(cell);
    while (fields.size() < 5) fields.emplace_back();
    if (fields[0] == "meta") expected.metadata.emplace_back(fields[1], fields[2]);
    if (fields[0] == "section")
      expected.sections.push_back(fields[1] + "|" + fields[2] + "|" + fields[3] + "|" + fields[4]);
  }
  return expected;
}

Document report(const std::string& name) {
  return test::process_with_default_pipeline(test::kTestData / "reports" / (name + ".txt"));
}

class ExampleReport : public ::testing::TestWithParam<std::string> {};

TEST_P(ExampleReport, HeadingTreeAndMetadataMatchTheHandWrittenExpectation) {
  const auto expected = read_expected(test::kTestData / "sections" / (GetParam() + ".tsv"));
  const Document document = report(GetParam());
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  std::vector<std::string> actual;
  for (const auto& s : document.sections) {
    std::string kinds;
    for (const auto& kind : s.kinds) kinds += (kinds.empty() ? "" : ";") + kind;
    actual.push_back(std::to_string(s.level) + "|" + s.number + "|" + s.title + "|" + kinds);
  }
  EXPECT_THAT(actual, ::testing::ElementsAreArray(expected.sections));
  for (const auto& [key, value] : expected.metadata) EXPECT_EQ(document.metadata.get(key), value) << key;
}

TEST_P(ExampleReport, SectionsTileTheTextAndNestInsideTheirParents) {
  const Document document = report(GetParam());
  const std::size_t length = count_code_points(document.text);
  std::size_t covered_to = 0;
  for (const auto& s : document.sections) {
    EXPECT_LT(s.start, s.end) << s.id;
    EXPECT_LE(s.end, length) << s.id;
    if (s.parent.empty()) {
      EXPECT_EQ(s.start, covered_to) << s.id;  // top-level sections follow one another with no gap
      covered_to = s.end;
      continue;
    }
    const auto parent = std::find_if(document.sections.begin(), document.sections.end(),
                                     [&](const Section& p) { return p.id == s.parent; });
    ASSERT_NE(parent, document.sections.end()) << s.id;
    EXPECT_GE(s.start, parent->start) << s.id;
    EXPECT_LE(s.end, parent->end) << s.id;
    EXPECT_LT(parent->level, s.level) << s.id;
  }
  EXPECT_EQ(covered_to, length);
}

INSTANTIATE_TEST_SUITE_P(Sections, ExampleReport,
                         ::testing::Values("000_cef3d45027b726e1", "001_45bb725d25c6ce65", "002_0bf2e85c5618e9db",
                                           "003_f3ad0f8b935bdfdd", "004_a8147dcb4b98a366"));

// The numbering problems a reviewer would see in these reports, recorded for the anomaly flagger.
std::vector<std::string> structure_issues(const Document& document) {
  std::vector<std::string> issues;
  const auto found = document.layers.find("structure_issues");
  if (found == document.layers.end()) return issues;
  const CodePointIndex index(document.text);
  for (const auto& a : found->second) {
    issues.push_back(a.type + " " + std::string(slice_code_points(document.text, index, a.start, a.end)));
  }
  return issues;
}

TEST(ExampleReportIssues, NichengRepeatsThree) {
  EXPECT_THAT(structure_issues(report("001_45bb725d25c6ce65")), ::testing::ElementsAre("duplicate-number 三、"));
}

TEST(ExampleReportIssues, DongliRepeatsTwoLosesANumeralAndSignsWithAnUnreadableDate) {
  EXPECT_THAT(structure_issues(report("004_a8147dcb4b98a366")),
              ::testing::ElementsAre("duplicate-number 二、", "missing-marker 、", "malformed-date 2020413"));
}

TEST(ExampleReportIssues, WellNumberedReportsHaveNone) {
  for (const char* name : {"000_cef3d45027b726e1", "002_0bf2e85c5618e9db", "003_f3ad0f8b935bdfdd"}) {
    EXPECT_THAT(structure_issues(report(name)), ::testing::IsEmpty()) << name;
  }
}

}  // namespace
}  // namespace docpipe
