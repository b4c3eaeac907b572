#include "output_directory.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace docpipe::host {

namespace fs = std::filesystem;
using Kind = OutputDirectoryError::Kind;

namespace {

[[noreturn]] void fail(const std::string& what, int error) {
  throw OutputDirectoryError(Kind::failed, fmt::format("{}: {}", what, std::strerror(error)));
}

// The directory a path names, with symbolic links resolved where it exists, so that the staging
// directory lands on the same file system as the directory it replaces.
fs::path normalized(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error).lexically_normal();
  if (!absolute.has_filename()) absolute = absolute.parent_path();  // "out/" → "out"
  if (fs::exists(absolute, error)) {
    const fs::path canonical = fs::canonical(absolute, error);
    if (!error) return canonical;
  }
  return absolute;
}

}  // namespace

OutputDirectory::OutputDirectory(fs::path published) : published_(normalized(published)) {
  if (published_.filename().empty() || published_ == published_.root_path()) {
    throw OutputDirectoryError(Kind::refused,
                               fmt::format("--out {}: not a directory a run may replace", published_.string()));
  }
  std::error_code error;
  fs::create_directories(published_.parent_path(), error);
  if (error) fail(fmt::format("cannot create {}", published_.parent_path().string()), error.value());
  lock();
  try {
    check_replaceable();
    remove_leftovers();
    staging_ = sibling(fmt::format(".staging-{}", ::getpid()));
    if (::mkdir(staging_.c_str(), 0755) != 0) fail(fmt::format("cannot create {}", staging_.string()), errno);
  } catch (...) {
    ::close(lock_descriptor_);
    throw;
  }
}

OutputDirectory::~OutputDirectory() {
  if (!is_published_ && !staging_.empty()) {
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
  }
  if (lock_descriptor_ >= 0) ::close(lock_descriptor_);  // releases the flock
}

fs::path OutputDirectory::sibling(const std::string& suffix) const {
  return published_.parent_path() / ("." + published_.filename().string() + suffix);
}

// A lock file beside --out, not inside it: the directory itself is replaced by every run. A POSIX record
// lock (fcntl), not flock: it belongs to this process alone, so the worker processes it forks do not hold
// it, and it is released whenever the process ends, even by SIGKILL.
void OutputDirectory::lock() {
  const fs::path file = sibling(".lock");
  lock_descriptor_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_descriptor_ < 0) fail(fmt::format("cannot open the lock file {}", file.string()), errno);
  struct flock whole_file {};
  whole_file.l_type = F_WRLCK;
  whole_file.l_whence = SEEK_SET;
  if (::fcntl(lock_descriptor_, F_SETLK, &whole_file) == 0) return;
  const int error = errno;
  struct flock holder = whole_file;
  const bool known = ::fcntl(lock_descriptor_, F_GETLK, &holder) == 0 && holder.l_type != F_UNLCK;
  ::close(lock_descriptor_);
  lock_descriptor_ = -1;
  if (error != EACCES && error != EAGAIN) fail(fmt::format("cannot lock {}", file.string()), error);
  throw OutputDirectoryError(
      Kind::busy,
      fmt::format("--out {} is in use by another docpipe run ({}lock {}); refusing to write into it "
                  "at the same time",
                  published_.string(), known ? fmt::format("process {}, ", holder.l_pid) : "", file.string()));
}

void OutputDirectory::check_replaceable() const {
  std::error_code error;
  const auto status = fs::symlink_status(published_, error);
  if (!fs::exists(status)) return;
  if (!fs::is_directory(status)) {
    throw OutputDirectoryError(Kind::refused,
                               fmt::format("--out {} exists and is not a directory", published_.string()));
  }
  if (fs::is_empty(published_, error) || fs::exists(published_ / kMarkerFile, error)) return;
  throw OutputDirectoryError(Kind::refused,
                             fmt::format("--out {} is a directory that docpipe did not write (no {}); a run "
                                         "replaces its --out as a whole, so give an empty or new directory",
                                         published_.string(), kMarkerFile));
}

// Staging and old directories of runs that were killed; whoever holds the lock owns them.
void OutputDirectory::remove_leftovers() const {
  const std::string staging_prefix = "." + published_.filename().string() + ".staging-";
  const std::string old_prefix = "." + published_.filename().string() + ".old-";
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(published_.parent_path(), error)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(staging_prefix) || name.starts_with(old_prefix)) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

void OutputDirectory::publish() {
  {
    std::ofstream marker(staging_ / kMarkerFile, std::ios::binary | std::ios::trunc);
    marker << "Written by docpipe run. The next run on this directory replaces it as a whole.\n";
    marker.close();
    if (!marker) fail(fmt::format("cannot write {}", (staging_ / kMarkerFile).string()), errno);
  }
  std::error_code error;
  if (!fs::exists(fs::symlink_status(published_, error))) {
    if (::rename(staging_.c_str(), published_.c_str()) != 0) {
      fail(fmt::format("cannot publish {} as {}", staging_.string(), published_.string()), errno);
    }
    is_published_ = true;
    return;
  }
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, published_.c_str(), RENAME_EXCHANGE) == 0) {
    is_published_ = true;
    fs::remove_all(staging_, error);  // now the previous run's outputs
    return;
  }
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
    fail(fmt::format("cannot publish {} as {}", staging_.string(), published_.string()), errno);
  }
  // No atomic exchange on this file system: for a moment --out does not exist, but never holds a mix.
  const fs::path old = sibling(fmt::format(".old-{}", ::getpid()));
  if (::rename(published_.c_str(), old.c_str()) != 0) {
    fail(fmt::format("cannot move the previous {} aside", published_.string()), errno);
  }
  if (::rename(staging_.c_str(), published_.c_str()) != 0) {
    const int reason = errno;
    ::rename(old.c_str(), published_.c_str());
    fail(fmt::format("cannot publish {} as {}", staging_.string(), published_.string()), reason);
  }
  is_published_ = true;
  fs::remove_all(old, error);
}

}  // namespace docpipe::host
