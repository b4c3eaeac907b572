// Files no input plugin really reads get "unsupported format: <what it is>", by content, whatever their
// name: never another plugin's misleading message, never "ok" with garbage (tests/data/unsupported,
// written by scripts/generate_unsupported_fixtures.py).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace docpipe {
namespace {

class UnsupportedFormat : public ::testing::TestWithParam<std::pair<std::string, std::string>> {};

TEST_P(UnsupportedFormat, IsNamedInTheError) {
  const auto& [file, what] = GetParam();
  const Document document = test::process_with_default_pipeline(test::kTestData / "unsupported" / file);
  EXPECT_EQ(document.status, DocumentStatus::error);
  EXPECT_EQ(document.error, "unsupported format: " + what);
}

INSTANTIATE_TEST_SUITE_P(Files, UnsupportedFormat,
                         ::testing::Values(std::pair{"scan.gif", "GIF image"}, std::pair{"reports.zip", "ZIP archive"},
                                           std::pair{"report.txt.gz", "gzip archive"}),
                         [](const auto& info) {
                           std::string name = info.param.first;
                           for (auto& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

// RTF, once named here, is read by input.rtf whatever the file is called; a pipeline without input.rtf still names
// it (tests/e2e/cli_end_to_end_test.cpp).
TEST(UnsupportedFormat, RtfIsReadByInputRtfWhateverItsName) {
  for (const char* file : {"report.rtf", "rtf-named.txt"}) {
    const Document document = test::process_with_default_pipeline(test::kTestData / "unsupported" / file);
    EXPECT_EQ(document.status, DocumentStatus::ok) << file << ": " << document.error;
    EXPECT_EQ(document.format, "rtf") << file;
  }
}

TEST(UnsupportedFormat, AnOleFileNamedDocxStillGetsTheWordPluginsExplanation) {
  const Document document = test::process_with_default_pipeline(test::kTestData / "docx" / "encrypted.docx");
  EXPECT_THAT(document.error, ::testing::HasSubstr("input.docx: the document is encrypted"));
}

// A ZIP archive holding neither package is more often a damaged .docx or .ofd than a mislabelled archive: the
// plugin claiming the name says what is missing. Named .zip it stays "ZIP archive" (above).
TEST(UnsupportedFormat, ABareZipNamedAsAPackageGetsThatPluginsExplanation) {
  const test::TemporaryDirectory directory;
  for (const auto& [name, explanation] :
       {std::pair{"report.docx", "input.docx: not a Word document: the package has no word/document.xml"},
        std::pair{"report.ofd", "input.ofd: broken OFD package: OFD.xml"}}) {
    std::filesystem::copy_file(test::kTestData / "unsupported" / "reports.zip", directory.path() / name);
    const Document document = test::process_with_default_pipeline(directory.path() / name);
    EXPECT_EQ(document.status, DocumentStatus::error);
    EXPECT_THAT(document.error, ::testing::HasSubstr(explanation)) << name;
  }
  for (const char* name : {"report.html", "report.txt", "report.pdf"}) {
    std::filesystem::copy_file(test::kTestData / "unsupported" / "reports.zip", directory.path() / name);
    EXPECT_EQ(test::process_with_default_pipeline(directory.path() / name).error, "unsupported format: ZIP archive")
        << name;
  }
}

}  // namespace
}  // namespace docpipe
