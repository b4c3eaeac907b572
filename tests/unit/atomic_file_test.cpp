// AtomicFile and OutputFiles: a failed write keeps the system's reason, so a full disk says so.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docpipe/atomic_file.hpp"
#include "docpipe/output_files.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

TEST(AtomicFile, AFullDiskIsReportedWithTheSystemsReasonAndNothingIsPublished) {
  test::TemporaryDirectory dir;
  // The partial file is /dev/full, where every write fails with ENOSPC as on a full disk.
  fs::create_symlink("/dev/full", dir / "table.csv.partial");
  AtomicFile file(dir / "table.csv");
  file.write(std::string(1 << 16, 'x'));
  try {
    file.commit();
    FAIL() << "commit succeeded on a full device";
  } catch (const std::runtime_error& error) {
    EXPECT_THAT(error.what(), HasSubstr("No space left on device"));
    EXPECT_THAT(error.what(), HasSubstr("table.csv.partial"));
  }
  EXPECT_FALSE(fs::exists(dir / "table.csv"));
}

TEST(AtomicFile, CommitPublishesUnderTheFinalName) {
  test::TemporaryDirectory dir;
  {
    AtomicFile file(dir / "sub" / "table.csv");
    file.write("a,b\r\n");
    file.commit();
  }
  EXPECT_EQ(test::read_file(dir / "sub" / "table.csv"), "a,b\r\n");
  EXPECT_FALSE(fs::exists(dir / "sub" / "table.csv.partial"));
}

TEST(OutputFiles, WritesEachFileWholeMakingItsDirectoriesAndReplacingAnOlderContent) {
  test::TemporaryDirectory dir;
  OutputFiles files;
  files.write(dir / "a" / "b" / "one.xml", "<one/>");
  files.write(dir / "a" / "b" / "two.xml", std::string(1 << 20, 'x'));
  files.write(dir / "a" / "b" / "one.xml", "<again/>");
  EXPECT_EQ(test::read_file(dir / "a" / "b" / "one.xml"), "<again/>");
  EXPECT_EQ(test::read_file(dir / "a" / "b" / "two.xml").size(), 1u << 20);
  // A directory removed behind its back is a write error that names the file, not a crash.
  fs::remove_all(dir / "a");
  EXPECT_THROW(files.write(dir / "a" / "b" / "three.xml", "x"), std::runtime_error);
}

TEST(OutputFiles, AFullDiskIsReportedWithTheSystemsReason) {
  test::TemporaryDirectory dir;
  fs::create_symlink("/dev/full", dir / "page.html");
  OutputFiles files;
  try {
    files.write(dir / "page.html", std::string(1 << 16, 'x'));
    FAIL() << "the write succeeded on a full device";
  } catch (const std::runtime_error& error) {
    EXPECT_THAT(error.what(), HasSubstr("No space left on device"));
    EXPECT_THAT(error.what(), HasSubstr("page.html"));
  }
}

}  // namespace
}  // namespace docpipe
