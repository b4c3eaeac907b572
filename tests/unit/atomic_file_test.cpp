// AtomicFile: a failed write keeps the system's reason, so a full disk says so.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docpipe/atomic_file.hpp"
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

}  // namespace
}  // namespace docpipe
