// The files an output plugin writes into its output directory, one per document. The host stages that
// directory and publishes it whole after the run, or never (docs/architecture.md), so no reader sees a file
// there half-written and none needs an atomic rename of its own: one open, one write, one close. (Use
// AtomicFile for a file outside the output directory, which readers may see while it is written.) The
// directories made are remembered, so a batch does not ask the file system again for every file.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

namespace docpipe {

namespace detail {
// Writes all of `bytes` to an open file and closes it: 0, or the errno of the write or close that failed.
inline int write_and_close(int descriptor, std::string_view bytes) {
  for (std::size_t written = 0; written < bytes.size();) {
    const ssize_t count = ::write(descriptor, bytes.data() + written, bytes.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) {
      const int error = count < 0 ? errno : EIO;
      ::close(descriptor);
      return error;
    }
    written += static_cast<std::size_t>(count);
  }
  return ::close(descriptor) != 0 && errno != EINTR ? errno : 0;
}
}  // namespace detail

class OutputFiles {
 public:
  // Writes `bytes` as the whole content of `path`, making its directory first if this object has not.
  // Throws with the system's reason (No space left on device, File too large): what an operator acts on.
  void write(const std::filesystem::path& path, std::string_view bytes) {
    make_directory_of(path);
    const int descriptor = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (descriptor < 0) fail(path, errno);
    if (const int error = detail::write_and_close(descriptor, bytes); error != 0) fail(path, error);
  }

  // Moves a file written elsewhere in the output directory (a renderer's scratch file, docpipe/scratch_files.hpp)
  // to `path`, replacing an older content as write() would: one rename, no bytes copied. Across file systems (an
  // output's subdirectory mounted from another) the bytes are copied and the file removed.
  void adopt(const std::filesystem::path& written, const std::filesystem::path& path) {
    make_directory_of(path);
    if (::rename(written.c_str(), path.c_str()) == 0) return;
    const int error = errno;
    if (error == EXDEV) {
      std::error_code copy_error;
      std::filesystem::copy_file(written, path, std::filesystem::copy_options::overwrite_existing, copy_error);
      if (!copy_error) {
        std::filesystem::remove(written, copy_error);
        return;
      }
      throw std::runtime_error("cannot copy " + written.string() + " to " + path.string() + ": " +
                               copy_error.message());
    }
    throw std::runtime_error("cannot move " + written.string() + " to " + path.string() + ": " + std::strerror(error));
  }

 private:
  void make_directory_of(const std::filesystem::path& path) {
    const std::filesystem::path directory = path.parent_path();
    if (directory.empty() || directories_.contains(directory)) return;
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) throw std::runtime_error("cannot create directory " + directory.string() + ": " + error.message());
    directories_.insert(directory);
  }

  [[noreturn]] static void fail(const std::filesystem::path& path, int error) {
    throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(error));
  }

  std::set<std::filesystem::path> directories_;
};

}  // namespace docpipe
