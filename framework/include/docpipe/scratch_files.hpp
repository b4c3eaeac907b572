// Whole files an output's renderer makes in a worker, one per document (a document's XML, its review page):
// the worker writes the bytes to a scratch file in the run's output directory, the renderer returns the file's
// name instead of the bytes, and the output's write_rendered moves it into place in input order
// (OutputFiles::adopt: one rename). The host then neither receives those bytes nor creates the file. Creating a
// file is the dear part on some file systems (ext4 after a large delete scans its recently freed inodes: up to a
// millisecond a file), and in the workers it is done on every core instead of the one host. Header-only.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "docpipe/output_files.hpp"
#include "docpipe/plugin.hpp"

namespace docpipe {

// An output node's scratch directory: inside the run's output directory, so that a rename moves a file into
// place, and hidden. The output removes it in finish() (remove_scratch_directory), with whatever a render left
// there that write_rendered never took: a worker lost after rendering, a document written by write() instead.
inline std::filesystem::path scratch_directory(const PluginContext& context) {
  std::string name;
  for (const char c : context.node_id) name += (c == '/' || c == '\\' || c == '.') ? '_' : c;
  return context.output_directory / ".scratch" / (name.empty() ? std::string("output") : name);
}

inline void remove_scratch_directory(const PluginContext& context) {
  std::error_code ignored;
  const std::filesystem::path directory = scratch_directory(context);
  std::filesystem::remove_all(directory, ignored);
  std::filesystem::remove(directory.parent_path(), ignored);  // only once the last output's is gone
}

// The worker's side, one per renderer.
class ScratchFiles {
 public:
  explicit ScratchFiles(const PluginContext& context) : directory_(scratch_directory(context)) {}

  // Writes `bytes` to a new file in the scratch directory and returns its name (for adopt()). The name is
  // the process id and a count, made unique among the run's workers by O_EXCL: a name left by a lost worker
  // whose process id came round again is skipped.
  std::string write(std::string_view bytes) {
    if (!made_directory_) {
      std::error_code error;
      std::filesystem::create_directories(directory_, error);
      if (error) throw std::runtime_error("cannot create directory " + directory_.string() + ": " + error.message());
      made_directory_ = true;
    }
    for (;;) {
      std::string name = std::to_string(::getpid()) + "-" + std::to_string(++count_);
      const std::filesystem::path path = directory_ / name;
      const int descriptor = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (descriptor < 0 && errno == EEXIST) continue;
      if (descriptor < 0) fail(path, errno);
      if (const int error = detail::write_and_close(descriptor, bytes); error != 0) {
        ::unlink(path.c_str());
        fail(path, error);
      }
      return name;
    }
  }

 private:
  [[noreturn]] static void fail(const std::filesystem::path& path, int error) {
    throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(error));
  }

  std::filesystem::path directory_;
  bool made_directory_ = false;
  unsigned long long count_ = 0;
};

// The scratch file write_rendered was handed, checked to be a plain name in the node's scratch directory (the
// message came from another process: a name with a separator could point anywhere).
inline std::filesystem::path scratch_file(const PluginContext& context, std::string_view name) {
  if (name.empty() || name.find('/') != std::string_view::npos || name.find('\0') != std::string_view::npos ||
      name == "." || name == "..") {
    throw std::runtime_error("malformed rendered output: not a scratch file name");
  }
  return scratch_directory(context) / std::string(name);
}

}  // namespace docpipe
