#include "registry_cache.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "docpipe/descriptor.hpp"

namespace docpipe::host {

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

// Bumped when the file's layout changes; the ABI version is kept beside it, so that a host of another ABI
// (which would refuse what this one accepted) starts from an empty cache.
constexpr std::int64_t kCacheFormat = 1;

std::optional<json::object> read_object(const fs::path& file) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) return std::nullopt;
  std::ostringstream text;
  text << stream.rdbuf();
  json::error_code error;
  json::value value = json::parse(text.str(), error);
  if (error || !value.is_object()) return std::nullopt;
  return std::move(value.as_object());
}

template <typename Number>
std::optional<Number> number_at(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_number()) return std::nullopt;
  json::error_code error;
  const auto number = value->to_number<Number>(error);
  if (error) return std::nullopt;
  return number;
}

std::optional<std::string> string_at(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_string()) return std::nullopt;
  return std::string(value->as_string());
}

}  // namespace

std::optional<LibraryStamp> stamp_of(const fs::path& file) {
  struct stat status {};
  if (::stat(file.c_str(), &status) != 0) return std::nullopt;
  return LibraryStamp{static_cast<std::uintmax_t>(status.st_size),
                      static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec,
                      static_cast<std::uintmax_t>(status.st_ino), static_cast<std::uintmax_t>(status.st_dev)};
}

RegistryCache::RegistryCache(fs::path file) : file_(std::move(file)) {
  const auto root = read_object(file_);
  if (!root || number_at<std::int64_t>(*root, "format") != kCacheFormat ||
      number_at<std::int64_t>(*root, "abi") != static_cast<std::int64_t>(kAbiVersion)) {
    return;
  }
  const auto* libraries = root->if_contains("libraries");
  if (libraries == nullptr || !libraries->is_array()) return;
  for (const auto& item : libraries->as_array()) {
    if (!item.is_object()) continue;
    const auto& library = item.as_object();
    const auto path = string_at(library, "file");
    const auto plugin = string_at(library, "plugin");
    const auto size = number_at<std::uint64_t>(library, "size");
    const auto modified = number_at<std::int64_t>(library, "modified_ns");
    const auto inode = number_at<std::uint64_t>(library, "inode");
    const auto device = number_at<std::uint64_t>(library, "device");
    if (!path || !plugin || plugin->empty() || !size || !modified || !inode || !device) continue;
    entries_[*path] = Entry{LibraryStamp{*size, *modified, *inode, *device}, *plugin};
  }
}

std::optional<std::string> RegistryCache::plugin_name(const fs::path& library, const LibraryStamp& stamp) const {
  const auto found = entries_.find(library.string());
  if (found == entries_.end() || !(found->second.stamp == stamp)) return std::nullopt;
  return found->second.plugin;
}

void RegistryCache::remember(const fs::path& library, const LibraryStamp& stamp, const std::string& plugin_name) {
  auto& entry = entries_[library.string()];
  if (entry.stamp == stamp && entry.plugin == plugin_name) return;
  entry = Entry{stamp, plugin_name};
  changed_ = true;
}

void RegistryCache::forget(const fs::path& library) {
  if (entries_.erase(library.string()) > 0) changed_ = true;
}

void RegistryCache::save() {
  if (!changed_) return;
  json::array libraries;
  for (const auto& [path, entry] : entries_) {
    // Test runs and rebuilt trees leave libraries behind that are gone: the cache only keeps what exists.
    if (!stamp_of(path)) continue;
    libraries.push_back(json::object{{"file", path},
                                     {"plugin", entry.plugin},
                                     {"size", entry.stamp.size},
                                     {"modified_ns", entry.stamp.modified_ns},
                                     {"inode", entry.stamp.inode},
                                     {"device", entry.stamp.device}});
  }
  const json::object root{
      {"format", kCacheFormat}, {"abi", static_cast<std::int64_t>(kAbiVersion)}, {"libraries", std::move(libraries)}};
  std::error_code error;
  fs::create_directories(file_.parent_path(), error);
  fs::path partial = file_;
  partial += "." + std::to_string(::getpid()) + ".partial";
  {
    std::ofstream stream(partial, std::ios::binary | std::ios::trunc);
    stream << json::serialize(root) << '\n';
    if (!stream.flush()) {
      stream.close();
      fs::remove(partial, error);
      return;
    }
  }
  fs::rename(partial, file_, error);
  if (error) {
    fs::remove(partial, error);
    return;
  }
  changed_ = false;
}

std::optional<fs::path> default_registry_cache_file() {
  if (const char* setting = std::getenv("DOCPIPE_REGISTRY_CACHE")) {
    const std::string_view value = setting;
    if (value.empty() || value == "off") return std::nullopt;
    return fs::path(value);
  }
#ifdef DOCPIPE_SANITIZED
  // Under AddressSanitizer, LeakSanitizer's exit-time tracer crashed ("Tracer caught signal 11") in a run
  // that took every plugin from the cache (ThirdPartyPlugin.ItsParameterCheckRunsAtValidation), though the
  // run itself was right. Until that is understood, sanitizer builds use a cache only when told where.
  return std::nullopt;
#else
  if (const char* cache_home = std::getenv("XDG_CACHE_HOME"); cache_home != nullptr && *cache_home == '/') {
    return fs::path(cache_home) / "docpipe" / "registry.json";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    return fs::path(home) / ".cache" / "docpipe" / "registry.json";
  }
  return std::nullopt;
#endif
}

}  // namespace docpipe::host
