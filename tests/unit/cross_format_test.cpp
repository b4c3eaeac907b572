// The TXT, DOCX, PDF, DOC/WPS, OFD and RTF versions of each example report (tests/data/formats, made with
// LibreOffice by scripts/make-report-fixtures.py and laid out by scripts/make-ofd-fixtures.py) yield the same
// normalized text up to white space, the same section tree, the same metrics and the same report metadata.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docpipe/decimal.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

std::string without_spaces(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\n') out += c;
  }
  return out;
}

std::vector<std::string> section_tree(const Document& document) {
  std::vector<std::string> tree;
  for (const auto& s : document.sections) {
    std::string kinds;
    for (const auto& k : s.kinds) kinds += k + ";";
    tree.push_back(s.id + "|" + s.parent + "|" + std::to_string(s.level) + "|" + s.number + "|" +
                   without_spaces(s.title) + "|" + kinds);
  }
  return tree;
}

std::vector<std::string> metric_list(const Document& document) {
  std::vector<std::string> metrics;
  for (const auto& m : document.metrics) {
    metrics.push_back(format_decimal(m.value) + "|" + m.unit + "|" + m.qualifier + "|" + without_spaces(m.text) + "|" +
                      m.code + "|" + m.section + "|" + m.part);
  }
  return metrics;
}

class SameReportInEveryFormat : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(SameReportInEveryFormat, TextSectionsAndMetricsAgreeWithTheTxt) {
  const auto& [name, format] = GetParam();
  const Document txt = test::process_with_default_pipeline(test::kTestData / "reports" / (name + ".txt"));
  const Document other = test::process_with_default_pipeline(test::kTestData / "formats" / (name + "." + format));
  ASSERT_EQ(other.status, DocumentStatus::ok) << other.error;
  EXPECT_EQ(other.format, format == "wps" ? "doc" : format);  // a .wps file is a Word binary file
  EXPECT_EQ(without_spaces(other.text), without_spaces(txt.text));
  EXPECT_THAT(section_tree(other), ::testing::ElementsAreArray(section_tree(txt)));
  EXPECT_THAT(metric_list(other), ::testing::ElementsAreArray(metric_list(txt)));
  for (const char* key : {"title", "region", "year", "date", "published"}) {
    EXPECT_EQ(other.metadata.get(key), txt.metadata.get(key)) << key;
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, SameReportInEveryFormat,
                         ::testing::Combine(::testing::Values("000_cef3d45027b726e1", "001_45bb725d25c6ce65",
                                                              "002_0bf2e85c5618e9db", "003_f3ad0f8b935bdfdd",
                                                              "004_a8147dcb4b98a366"),
                                            ::testing::Values("docx", "pdf", "doc", "wps", "ofd", "rtf")));

}  // namespace
}  // namespace docpipe
