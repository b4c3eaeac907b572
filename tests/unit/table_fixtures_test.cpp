// Statistics tables as reports print them (tests/data/tables/*.html and tests/data/docx/statistics-forms.docx,
// modelled on the forms of 行政复议, 行政执法, 双公示, budgets): every figure read from them, its unit, role and the
// total it is a part of, and every finding, against tests/data/tables/expected.tsv. The fixtures are fragments of
// reports, so missing-section is left out.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "docpipe/decimal.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using ::testing::ElementsAreArray;

struct Expected {
  std::vector<std::string> figures;
  std::vector<std::string> findings;
};

// By file: the expected rows, each its tab-separated fields after the file and the kind.
std::map<std::string, Expected> read_expected() {
  std::map<std::string, Expected> expected;
  std::istringstream lines(test::read_file(test::kTestData / "tables" / "expected.tsv"));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto file_end = line.find('\t');
    const auto kind_end = line.find('\t', file_end + 1);
    const std::string file = line.substr(0, file_end);
    const std::string kind = line.substr(file_end + 1, kind_end - file_end - 1);
    (kind == "figure" ? expected[file].figures : expected[file].findings).push_back(line.substr(kind_end + 1));
  }
  return expected;
}

std::filesystem::path fixture(const std::string& file) {
  return file.ends_with(".docx") ? test::kTestData / "docx" / file : test::kTestData / "tables" / file;
}

class TableFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(TableFixture, ReadsEveryFigureAndFindsEverySlip) {
  const Expected expected = read_expected().at(GetParam());
  const Document document = test::process_with_default_pipeline(fixture(GetParam()));
  ASSERT_EQ(document.status, DocumentStatus::ok) << document.error;
  std::map<std::string, std::string> indicator_of;
  for (const Metric& m : document.metrics) indicator_of[m.id] = m.indicator;
  std::vector<std::string> figures;
  for (const Metric& m : document.metrics) {
    figures.push_back(m.indicator + "\t" + format_decimal(m.value) + "\t" + m.unit + "\t" + m.role + "\t" +
                      (m.of.empty() ? "" : indicator_of[m.of]));
  }
  std::vector<std::string> findings;
  for (const Anomaly& a : document.anomalies) {
    if (a.rule == "missing-section") continue;
    findings.push_back(a.rule + "\t" + std::string(to_string(a.severity)) + "\t" + a.message);
  }
  EXPECT_THAT(figures, ElementsAreArray(expected.figures));
  EXPECT_THAT(findings, ElementsAreArray(expected.findings));
}

INSTANTIATE_TEST_SUITE_P(Tables, TableFixture,
                         ::testing::Values("t01-serial-declared-unit.html", "t02-total-row-first.html",
                                           "t03-two-level-penalties.html", "t04-two-level-wrong-total.html",
                                           "t05-subtotal-first.html", "t06-subtotal-after.html",
                                           "t07-counted-noun-headers.html", "t08-total-column-first-placeholders.html",
                                           "t09-rate-column.html", "t10-budget-wanyuan.html",
                                           "t11-unmarked-sub-row.html", "t12-numbered-sub-rows.html",
                                           "t13-caption-row-disclosure.html", "statistics-forms.docx"),
                         [](const auto& info) {
                           std::string name = info.param.substr(0, info.param.find('.'));
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

// Every fixture of the directory is listed above and has expectations.
TEST(TableFixtures, EveryFixtureHasExpectations) {
  const auto expected = read_expected();
  for (const auto& entry : std::filesystem::directory_iterator(test::kTestData / "tables")) {
    if (entry.path().extension() != ".html") continue;
    EXPECT_TRUE(expected.contains(entry.path().filename().string())) << entry.path();
  }
}

}  // namespace
}  // namespace docpipe
