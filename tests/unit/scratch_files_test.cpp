// ScratchFiles and OutputFiles::adopt: a renderer's whole file is written in the worker and moved into place
// in the host, under a name no other worker can take and that can point nowhere else.
#include <sys/stat.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docpipe/output_files.hpp"
#include "docpipe/scratch_files.hpp"
#include "test_support.hpp"

namespace docpipe {
namespace {

namespace fs = std::filesystem;

PluginContext context_in(const fs::path& directory, std::string node) {
  return PluginContext{std::move(node), Parameters{}, directory};
}

TEST(ScratchFiles, AFileWrittenInTheWorkerIsMovedIntoPlaceReplacingAnOlderContent) {
  test::TemporaryDirectory dir;
  const PluginContext context = context_in(dir.path(), "xml");
  ScratchFiles scratch(context);
  const std::string first = scratch.write("<one/>");
  const std::string second = scratch.write(std::string(1 << 20, 'x'));
  EXPECT_NE(first, second);
  EXPECT_EQ(test::read_file(scratch_file(context, first)), "<one/>");

  OutputFiles files;
  files.write(dir / "xml" / "a" / "one.xml", "<older/>");
  files.adopt(scratch_file(context, first), dir / "xml" / "a" / "one.xml");
  files.adopt(scratch_file(context, second), dir / "xml" / "b" / "two.xml");  // makes its directory
  EXPECT_EQ(test::read_file(dir / "xml" / "a" / "one.xml"), "<one/>");
  EXPECT_EQ(test::read_file(dir / "xml" / "b" / "two.xml").size(), 1u << 20);
  EXPECT_FALSE(fs::exists(scratch_file(context, first)));
  // A scratch file that is not there (taken twice) is an error that names both files.
  try {
    files.adopt(scratch_file(context, first), dir / "xml" / "c.xml");
    FAIL() << "a missing scratch file was adopted";
  } catch (const std::runtime_error& error) {
    EXPECT_THAT(error.what(), ::testing::HasSubstr(first));
    EXPECT_THAT(error.what(), ::testing::HasSubstr("c.xml"));
  }
}

// An output's subdirectory on another file system (a mount inside --out): the file is copied, then removed.
TEST(ScratchFiles, AFileIsCopiedAcrossFileSystems) {
  test::TemporaryDirectory dir;
  const fs::path other = fs::path("/dev/shm") / ("docpipe-scratch-test-" + std::to_string(::getpid()));
  struct stat here {
  }, there{};
  if (::stat(dir.path().c_str(), &here) != 0 || ::stat("/dev/shm", &there) != 0 || here.st_dev == there.st_dev) {
    GTEST_SKIP() << "no second file system at /dev/shm";
  }
  const PluginContext context = context_in(dir.path(), "xml");
  const std::string name = ScratchFiles(context).write("<far/>");
  OutputFiles files;
  files.adopt(scratch_file(context, name), other / "far.xml");
  EXPECT_EQ(test::read_file(other / "far.xml"), "<far/>");
  EXPECT_FALSE(fs::exists(scratch_file(context, name)));
  fs::remove_all(other);
}

TEST(ScratchFiles, ANameALostWorkerLeftIsSkipped) {
  test::TemporaryDirectory dir;
  const PluginContext context = context_in(dir.path(), "html");
  fs::create_directories(scratch_directory(context));
  const std::string left = std::to_string(::getpid()) + "-1";
  test::write_file(scratch_directory(context) / left, "a page nobody took");
  ScratchFiles scratch(context);
  const std::string name = scratch.write("<p/>");
  EXPECT_NE(name, left);
  EXPECT_EQ(test::read_file(scratch_directory(context) / left), "a page nobody took");
  EXPECT_EQ(test::read_file(scratch_directory(context) / name), "<p/>");
}

TEST(ScratchFiles, ANameFromTheMessageCanPointNowhereElse) {
  test::TemporaryDirectory dir;
  const PluginContext context = context_in(dir.path(), "xml");
  const std::string names[] = {"", ".", "..", "../x", "a/b", "/etc/passwd", std::string("a\0b", 3)};
  for (const std::string& name : names) {
    EXPECT_THROW((void)scratch_file(context, name), std::runtime_error) << name;
  }
  EXPECT_EQ(scratch_file(context, "12-3"), scratch_directory(context) / "12-3");
  // A node id cannot lead the directory out of the output directory either.
  EXPECT_EQ(scratch_directory(context_in(dir.path(), "../up")).parent_path(), dir / ".scratch");
}

TEST(ScratchFiles, EachOutputRemovesItsOwnDirectoryAndTheLastOneTheParent) {
  test::TemporaryDirectory dir;
  const PluginContext xml = context_in(dir.path(), "xml");
  const PluginContext html = context_in(dir.path(), "html");
  ScratchFiles(xml).write("left over");
  ScratchFiles(html).write("left over");
  remove_scratch_directory(xml);
  EXPECT_FALSE(fs::exists(scratch_directory(xml)));
  EXPECT_TRUE(fs::exists(scratch_directory(html)));
  remove_scratch_directory(html);
  EXPECT_FALSE(fs::exists(dir / ".scratch"));
}

}  // namespace
}  // namespace docpipe
