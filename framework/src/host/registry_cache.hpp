// What earlier runs learned about plugin libraries, kept between runs in the manner of GStreamer's registry
// cache: a library seen before and unchanged since (same size, modification time, inode and device) is
// known by the plugin name it declares without being examined in a child process again, and a run loads
// only the libraries its pipeline uses. Only libraries that loaded and passed every check are remembered:
// a refused one is examined again each time, since what refused it (a missing dependency) may be fixed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace docpipe::host {

// What identifies one version of a library file.
struct LibraryStamp {
  std::uintmax_t size = 0;
  std::int64_t modified_ns = 0;
  std::uintmax_t inode = 0;
  std::uintmax_t device = 0;
  bool operator==(const LibraryStamp&) const = default;
};

// The stamp of `file` as it is now, or nothing if it cannot be read.
std::optional<LibraryStamp> stamp_of(const std::filesystem::path& file);

class RegistryCache {
 public:
  // Reads `file`. A cache that is missing, unreadable, malformed or written by another docpipe version
  // or ABI is an empty one: a run without the cache only takes longer to start.
  explicit RegistryCache(std::filesystem::path file);

  // The plugin name remembered for `library`, if it was remembered with this stamp.
  std::optional<std::string> plugin_name(const std::filesystem::path& library, const LibraryStamp& stamp) const;
  void remember(const std::filesystem::path& library, const LibraryStamp& stamp, const std::string& plugin_name);
  void forget(const std::filesystem::path& library);

  // Writes the cache back if anything changed, dropping libraries that no longer exist. The new content
  // goes to a file of this process's own and is renamed over the cache, so that runs started together
  // never read a torn file. A cache that cannot be written is not an error: later runs lose the shortcut.
  void save();

 private:
  struct Entry {
    LibraryStamp stamp;
    std::string plugin;
  };
  std::filesystem::path file_;
  std::map<std::string, Entry> entries_;  // by the library's path
  bool changed_ = false;
};

// Where the cache lives: DOCPIPE_REGISTRY_CACHE when set (empty or "off": no cache), else
// $XDG_CACHE_HOME/docpipe/registry.json, else $HOME/.cache/docpipe/registry.json, else nowhere.
std::optional<std::filesystem::path> default_registry_cache_file();

}  // namespace docpipe::host
