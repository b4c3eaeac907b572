// The install and the Debian package, tested as an operator uses them: `cmake --install` into a temporary
// prefix that is then moved elsewhere (so nothing of the source or build tree is within reach by a relative
// path), and `cpack -G DEB` whose package is listed with dpkg-deb and extracted and run.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <string>

#include "compound_file.hpp"
#include "engine_module.hpp"
#include "reader_module.hpp"
#include "test_support.hpp"

namespace docpipe::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

// Runs a shell command with the plugin and config search environment cleared, in `directory`.
CommandResult shell(const std::string& command, const fs::path& directory) {
  const TemporaryDirectory capture;
  const std::string full = "cd '" + directory.string() + "' && env -u DOCPIPE_PLUGIN_PATH -u DOCPIPE_CONFIG_PATH " +
                           command + " >'" + (capture / "out").string() + "' 2>'" + (capture / "err").string() +
                           "' </dev/null";
  const int status = std::system(full.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(capture / "out"), read_file(capture / "err")};
}

std::size_t bundled_plugin_count() {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(kBuiltPlugins)) count += entry.path().extension() == ".so";
  return count;
}

// `docpipe plugins` and `docpipe run --config default` of the docpipe installed under `prefix`, from a
// directory outside it; the outputs go to `work`.
void expect_installed_docpipe_works(const fs::path& program, const fs::path& prefix, const fs::path& work) {
  const auto plugins = shell("'" + program.string() + "' plugins", work);
  EXPECT_EQ(plugins.exit_code, 0) << plugins.out << plugins.err;
  EXPECT_THAT(plugins.out, HasSubstr(fmt::format("{} plugins, none refused", bundled_plugin_count())));
  EXPECT_THAT(plugins.out, HasSubstr((prefix / "lib" / "docpipe" / "plugins").string()));
  EXPECT_THAT(plugins.out, Not(HasSubstr(kBuildDir.string())));
  EXPECT_THAT(plugins.out, Not(HasSubstr(kSourceDir.string())));

  fs::copy_file(kTestData / "reports" / "000_cef3d45027b726e1.txt", work / "report.txt");
  // A scanned page, a PDF and a .doc as well: input.image finds the OCR engine module, input.pdf the PDF reader
  // module, input.doc the compound-file module, in the installed plugin folder.
  fs::copy_file(kTestData / "scans" / "page.png", work / "page.png");
  fs::copy_file(kTestData / "formats" / "000_cef3d45027b726e1.pdf", work / "report.pdf");
  fs::copy_file(kTestData / "formats" / "000_cef3d45027b726e1.doc", work / "report.doc");
  const auto run =
      shell("'" + program.string() +
                "' run --config default --out out --log-format json report.txt page.png report.pdf report.doc",
            work);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr((prefix / "share" / "docpipe" / "configs" / "default.xml").string()));
  const auto documents = read_csv(work / "out" / "documents.csv");
  EXPECT_EQ(documents.size(), 5u);
  for (const char* name : {"page.png", "report.pdf", "report.doc"}) {
    const auto row = row_for(documents, name);
    ASSERT_FALSE(row.empty()) << name;
    EXPECT_EQ(row[column(documents, "status")], "ok") << row[column(documents, "error")];
  }
  EXPECT_TRUE(fs::exists(work / "out" / "xml" / "report.txt.xml"));

  // A county by name, its `extends` resolved on the same search path.
  const auto county = shell("'" + program.string() + "' validate --config example-county", work);
  EXPECT_EQ(county.exit_code, 0) << county.err;
  EXPECT_THAT(county.out, HasSubstr((prefix / "share" / "docpipe" / "configs" / "counties").string()));
}

TEST(Install, AMovedPrefixFindsItsPluginsAndConfigs) {
  TemporaryDirectory dir;
  const auto install =
      shell("cmake --install '" + kBuildDir.string() + "' --prefix '" + (dir / "staged").string() + "'", dir.path());
  ASSERT_EQ(install.exit_code, 0) << install.err;
  fs::rename(dir / "staged", dir / "moved");
  const fs::path prefix = dir / "moved";
  for (const char* file : {"bin/docpipe", "lib/docpipe/plugins/docpipe-input-txt.so", "include/docpipe/descriptor.hpp",
                           "share/docpipe/configs/default.xml", "share/docpipe/configs/counties/example-county.xml",
                           "share/docpipe/schema/docpipe.xsd"}) {
    EXPECT_TRUE(fs::exists(prefix / file)) << file;
  }
  // The modules under the names their plugins load them by.
  EXPECT_TRUE(fs::exists(prefix / "lib/docpipe/plugins/doc" / doc::kCompoundFileModuleFile));
  EXPECT_TRUE(fs::exists(prefix / "lib/docpipe/plugins/pdf" / pdf::kReaderModuleFile));
  EXPECT_TRUE(fs::exists(prefix / "lib/docpipe/plugins/ocr" / ocr::kEngineModuleFile));
  bool cmake_package = false;
  for (const auto& entry : fs::recursive_directory_iterator(prefix)) {
    cmake_package |= entry.path().filename() == "docpipeConfig.cmake";
  }
  EXPECT_TRUE(cmake_package);
  fs::create_directory(dir / "elsewhere");
  expect_installed_docpipe_works(prefix / "bin" / "docpipe", prefix, dir / "elsewhere");
}

TEST(Install, PluginsExitsNonZeroWhenALibraryIsRefused) {
  const auto result = run_docpipe({"plugins", "--plugin-path", kTestPlugins.string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.out, HasSubstr("refused"));
  EXPECT_THAT(result.err, HasSubstr("refused"));
}

TEST(Install, ConfigNamesResolveOnTheConfigSearchPath) {
  TemporaryDirectory dir;
  write_file(dir / "mine" / "tiny.xml",
             R"(<pipeline><extends>default</extends><remove><node>xml</node></remove></pipeline>)");
  const auto by_option = run_docpipe({"validate", "--config", "tiny", "--config-path", (dir / "mine").string()});
  EXPECT_EQ(by_option.exit_code, 0) << by_option.err;
  EXPECT_THAT(by_option.out, HasSubstr("tiny.xml: valid pipeline"));

  const auto by_environment = shell(
      "DOCPIPE_CONFIG_PATH='" + (dir / "mine").string() + "' '" + kDocpipeBinary.string() + "' validate --config tiny",
      dir.path());
  // shell() clears DOCPIPE_CONFIG_PATH before the command's own assignment applies.
  EXPECT_EQ(by_environment.exit_code, 0) << by_environment.err;

  // Earlier directories win: a default of one's own on --config-path shadows the installed one, and
  // its `extends` by path still reaches the installed base.
  write_file(dir / "mine" / "default.xml", "<pipeline><extends>" + (kSourceDir / "configs" / "default.xml").string() +
                                               "</extends><remove><node>csv</node></remove></pipeline>");
  const auto shadowed = run_docpipe({"validate", "--config", "default", "--config-path", (dir / "mine").string()});
  EXPECT_EQ(shadowed.exit_code, 0) << shadowed.err;
  EXPECT_THAT(shadowed.out, HasSubstr((dir / "mine" / "default.xml").string() + ": valid pipeline"));
  EXPECT_THAT(shadowed.out, Not(HasSubstr("output.csv")));

  const auto missing = run_docpipe({"validate", "--config", "no-such-county"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.err, HasSubstr("no config named 'no-such-county'"));
}

TEST(Package, DebianPackageHoldsTheInstallUnderUsrAndRunsExtracted) {
  TemporaryDirectory dir;
  const auto cpack = shell("cpack --config '" + (kBuildDir / "CPackConfig.cmake").string() + "' -G DEB -B '" +
                               (dir / "package").string() + "'",
                           dir.path());
  ASSERT_EQ(cpack.exit_code, 0) << cpack.out << cpack.err;
  fs::path deb;
  for (const auto& entry : fs::directory_iterator(dir / "package")) {
    if (entry.path().extension() == ".deb") deb = entry.path();
  }
  ASSERT_FALSE(deb.empty());

  const auto contents = shell("dpkg-deb -c '" + deb.string() + "'", dir.path());
  ASSERT_EQ(contents.exit_code, 0) << contents.err;
  for (const char* file : {"./usr/bin/docpipe", "./usr/lib/docpipe/plugins/docpipe-input-txt.so",
                           "./usr/lib/docpipe/plugins/docpipe-output-xml.so", "./usr/share/docpipe/configs/default.xml",
                           "./usr/share/docpipe/schema/docpipe.xsd", "./usr/include/docpipe/descriptor.hpp",
                           "./usr/lib/systemd/system/docpipe.service", "./usr/lib/sysusers.d/docpipe.conf"}) {
    EXPECT_THAT(contents.out, HasSubstr(file));
  }
  EXPECT_THAT(contents.out, HasSubstr(std::string("./usr/lib/docpipe/plugins/doc/") + doc::kCompoundFileModuleFile));
  EXPECT_THAT(contents.out, HasSubstr(std::string("./usr/lib/docpipe/plugins/pdf/") + pdf::kReaderModuleFile));
  EXPECT_THAT(contents.out, HasSubstr(std::string("./usr/lib/docpipe/plugins/ocr/") + ocr::kEngineModuleFile));
  EXPECT_THAT(contents.out, Not(HasSubstr("test-")));  // test plugins stay out
  EXPECT_THAT(contents.out, Not(HasSubstr("./usr/local")));

  const auto depends = shell("dpkg-deb -f '" + deb.string() + "' Depends", dir.path());
  for (const char* package : {"libpoppler-cpp", "libzip", "libxml2", "libicu", "poppler-data", "libtesseract",
                              "tesseract-ocr-chi-sim", "libgsf"}) {
    EXPECT_THAT(depends.out, HasSubstr(package));
  }

  const auto extract = shell("dpkg-deb -x '" + deb.string() + "' root", dir.path());
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  fs::create_directory(dir / "work");
  expect_installed_docpipe_works(dir / "root" / "usr" / "bin" / "docpipe", dir / "root" / "usr", dir / "work");
}

}  // namespace
}  // namespace docpipe::test
