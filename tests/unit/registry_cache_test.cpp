// The registry cache: libraries examined once are known by name afterwards, while unchanged; a run loads
// only the plugins it uses; a refused library is never remembered.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "docpipe/descriptor.hpp"
#include "plugin_registry.hpp"
#include "registry_cache.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

// A directory with a copy of two bundled plugins, so that a test may change them.
struct PluginCopies {
  test::TemporaryDirectory directory;
  fs::path csv = directory / "csv.so";
  fs::path json = directory / "json.so";
  fs::path cache_file = directory / "cache" / "registry.json";
  PluginCopies() {
    fs::copy_file(test::kBuiltPlugins / "docpipe-output-csv.so", csv);
    fs::copy_file(test::kBuiltPlugins / "docpipe-output-json.so", json);
  }
  PluginRegistry discover(std::optional<std::set<std::string>> load_only, bool trust_cache = true) {
    RegistryCache cache(cache_file);
    DiscoveryOptions options;
    options.load_only = std::move(load_only);
    options.cache = &cache;
    options.trust_cache = trust_cache;
    return PluginRegistry::discover({directory.path()}, options);
  }
};

TEST(RegistryCache, RemembersANameForOneStampOnlyAndSurvivesASave) {
  test::TemporaryDirectory directory;
  const fs::path library = directory / "lib.so";
  test::write_file(library, "bytes");
  const auto stamp = stamp_of(library);
  ASSERT_TRUE(stamp);
  {
    RegistryCache cache(directory / "registry.json");
    EXPECT_FALSE(cache.plugin_name(library, *stamp));
    cache.remember(library, *stamp, "output.csv");
    cache.save();
  }
  RegistryCache reread(directory / "registry.json");
  EXPECT_EQ(reread.plugin_name(library, *stamp), "output.csv");
  LibraryStamp changed = *stamp;
  changed.modified_ns += 1;
  EXPECT_FALSE(reread.plugin_name(library, changed));
  changed = *stamp;
  changed.size += 1;
  EXPECT_FALSE(reread.plugin_name(library, changed));
  reread.forget(library);
  EXPECT_FALSE(reread.plugin_name(library, *stamp));
}

TEST(RegistryCache, AMalformedOrForeignCacheIsAnEmptyOne) {
  test::TemporaryDirectory directory;
  const fs::path library = directory / "lib.so";
  test::write_file(library, "bytes");
  const auto stamp = *stamp_of(library);
  {
    RegistryCache cache(directory / "registry.json");
    cache.remember(library, stamp, "output.csv");
    cache.save();
  }
  const std::string saved = test::read_file(directory / "registry.json");
  // Another ABI: what this host would refuse may be in it.
  std::string other_abi = saved;
  const std::string abi = "\"abi\":" + std::to_string(kAbiVersion);
  ASSERT_NE(other_abi.find(abi), std::string::npos);
  other_abi.replace(other_abi.find(abi), abi.size(), "\"abi\":" + std::to_string(kAbiVersion + 1));
  test::write_file(directory / "other.json", other_abi);
  EXPECT_FALSE(RegistryCache(directory / "other.json").plugin_name(library, stamp));
  for (const std::string& broken : {saved.substr(0, saved.size() / 2), std::string("[]"), std::string("\x01\x02")}) {
    test::write_file(directory / "broken.json", broken);
    EXPECT_FALSE(RegistryCache(directory / "broken.json").plugin_name(library, stamp)) << broken;
  }
  EXPECT_FALSE(RegistryCache(directory / "missing.json").plugin_name(library, stamp));
}

TEST(RegistryCache, ASaveDropsLibrariesThatNoLongerExist) {
  test::TemporaryDirectory directory;
  const fs::path kept = directory / "kept.so", gone = directory / "gone.so";
  test::write_file(kept, "a");
  test::write_file(gone, "b");
  const auto kept_stamp = *stamp_of(kept), gone_stamp = *stamp_of(gone);
  {
    RegistryCache cache(directory / "registry.json");
    cache.remember(kept, kept_stamp, "a.kept");
    cache.remember(gone, gone_stamp, "b.gone");
    fs::remove(gone);
    cache.save();
  }
  EXPECT_THAT(test::read_file(directory / "registry.json"), Not(HasSubstr("gone.so")));
  EXPECT_EQ(RegistryCache(directory / "registry.json").plugin_name(kept, kept_stamp), "a.kept");
}

TEST(RegistryCache, AnUnwritableCacheIsNotAnError) {
  test::TemporaryDirectory directory;
  test::write_file(directory / "file", "not a directory");
  RegistryCache cache(directory / "file" / "registry.json");
  const fs::path library = directory / "file";
  cache.remember(library, *stamp_of(library), "x.y");
  EXPECT_NO_THROW(cache.save());
}

TEST(RegistryDiscovery, LoadsOnlyTheSelectedPluginsAndKnowsTheOthersByName) {
  PluginCopies copies;
  const auto registry = copies.discover(std::set<std::string>{"output.json"});
  EXPECT_NE(registry.find("output.json"), nullptr);
  EXPECT_EQ(registry.find("output.csv"), nullptr);
  EXPECT_THAT(registry.names(), ::testing::ElementsAre("output.csv", "output.json"));
  EXPECT_TRUE(registry.refused().empty());
}

TEST(RegistryDiscovery, ALibraryExaminedOnceIsKnownFromTheCacheWhileUnchanged) {
  PluginCopies copies;
  copies.discover(std::nullopt);
  ASSERT_TRUE(fs::exists(copies.cache_file));
  // Proof that a second discovery takes the name from the cache rather than from the library: a cached
  // name the library does not declare is believed, as long as the library is not loaded.
  {
    RegistryCache cache(copies.cache_file);
    ASSERT_EQ(cache.plugin_name(copies.csv, *stamp_of(copies.csv)), "output.csv");
    cache.remember(copies.csv, *stamp_of(copies.csv), "output.tampered");
    cache.save();
  }
  EXPECT_THAT(copies.discover(std::set<std::string>{"output.json"}).names(), Contains("output.tampered"));
  // Loaded, the library's own descriptor wins over the cache: refused, and forgotten.
  const auto loaded = copies.discover(std::set<std::string>{"output.tampered"});
  EXPECT_EQ(loaded.find("output.tampered"), nullptr);
  ASSERT_EQ(loaded.refused().size(), 1u);
  EXPECT_THAT(loaded.refused()[0].reason, HasSubstr("declared plugin 'output.tampered' when examined"));
  EXPECT_NE(copies.discover(std::set<std::string>{"output.csv"}).find("output.csv"), nullptr);
}

TEST(RegistryDiscovery, AChangedLibraryIsExaminedAgain) {
  PluginCopies copies;
  // Nothing loaded into this process: a path loaded once is, for the dynamic loader, that library for good.
  copies.discover(std::set<std::string>{});
  {
    RegistryCache cache(copies.cache_file);
    cache.remember(copies.csv, *stamp_of(copies.csv), "output.tampered");
    cache.save();
  }
  // Replaced by another plugin under the same file name: a new inode, size and time.
  fs::remove(copies.csv);
  fs::copy_file(test::kBuiltPlugins / "docpipe-output-xml.so", copies.csv);
  const auto registry = copies.discover(std::set<std::string>{});
  EXPECT_THAT(registry.names(), ::testing::ElementsAre("output.json", "output.xml"));
}

TEST(RegistryDiscovery, NotTrustingTheCacheExaminesEveryLibraryAndCorrectsIt) {
  PluginCopies copies;
  copies.discover(std::nullopt);
  {
    RegistryCache cache(copies.cache_file);
    cache.remember(copies.csv, *stamp_of(copies.csv), "output.tampered");
    cache.save();
  }
  EXPECT_THAT(copies.discover(std::set<std::string>{}, false).names(), Contains("output.csv"));
  EXPECT_EQ(RegistryCache(copies.cache_file).plugin_name(copies.csv, *stamp_of(copies.csv)), "output.csv");
}

TEST(RegistryDiscovery, ALibraryThatCrashesWhileLoadingIsNeverRemembered) {
  test::TemporaryDirectory directory;
  fs::copy_file(test::kHostilePlugins / "test-crashing-constructor.so", directory / "crash.so");
  const fs::path cache_file = directory / "registry.json";
  for (int run = 0; run < 2; ++run) {
    RegistryCache cache(cache_file);
    DiscoveryOptions options;
    options.cache = &cache;
    const auto registry = PluginRegistry::discover({directory.path()}, options);
    ASSERT_EQ(registry.refused().size(), 1u) << "run " << run;
    EXPECT_THAT(registry.refused()[0].reason, HasSubstr("crashed while initializing"));
    EXPECT_TRUE(registry.names().empty());
  }
  EXPECT_FALSE(RegistryCache(cache_file).plugin_name(directory / "crash.so", *stamp_of(directory / "crash.so")));
}

TEST(RegistryCacheLocation, FollowsTheEnvironment) {
  const auto saved = [](const char* name) -> std::optional<std::string> {
    const char* value = std::getenv(name);
    return value ? std::optional<std::string>(value) : std::nullopt;
  };
  const auto restore = [](const char* name, const std::optional<std::string>& value) {
    value ? setenv(name, value->c_str(), 1) : unsetenv(name);
  };
  const auto cache = saved("DOCPIPE_REGISTRY_CACHE"), xdg = saved("XDG_CACHE_HOME"), home = saved("HOME");
  setenv("DOCPIPE_REGISTRY_CACHE", "/somewhere/registry.json", 1);
  EXPECT_EQ(default_registry_cache_file(), fs::path("/somewhere/registry.json"));
  setenv("DOCPIPE_REGISTRY_CACHE", "off", 1);
  EXPECT_FALSE(default_registry_cache_file());
  unsetenv("DOCPIPE_REGISTRY_CACHE");
#ifdef DOCPIPE_SANITIZED
  // Sanitizer builds use a cache only when told where (registry_cache.cpp says why).
  setenv("HOME", "/home/someone", 1);
  EXPECT_FALSE(default_registry_cache_file());
#else
  setenv("XDG_CACHE_HOME", "/xdg", 1);
  EXPECT_EQ(default_registry_cache_file(), fs::path("/xdg/docpipe/registry.json"));
  unsetenv("XDG_CACHE_HOME");
  setenv("HOME", "/home/someone", 1);
  EXPECT_EQ(default_registry_cache_file(), fs::path("/home/someone/.cache/docpipe/registry.json"));
#endif
  unsetenv("HOME");
  EXPECT_FALSE(default_registry_cache_file());
  restore("DOCPIPE_REGISTRY_CACHE", cache);
  restore("XDG_CACHE_HOME", xdg);
  restore("HOME", home);
}

}  // namespace
}  // namespace docpipe::host
