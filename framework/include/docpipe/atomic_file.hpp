// A file that appears under its final name only when complete: written to
// "<name>.partial" beside it, renamed on commit(), removed if never committed.
#pragma once

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace docpipe {

class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path path) : path_(std::move(path)), partial_(path_) {
    partial_ += ".partial";
    std::error_code error;
    if (path_.has_parent_path()) std::filesystem::create_directories(path_.parent_path(), error);
    if (error)
      throw std::runtime_error("cannot create directory " + path_.parent_path().string() + ": " + error.message());
    stream_.open(partial_, std::ios::binary | std::ios::trunc);
    if (!stream_) throw std::runtime_error("cannot write " + partial_.string() + ": " + std::strerror(errno));
  }
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  ~AtomicFile() {
    if (committed_) return;
    stream_.close();
    std::error_code ignored;
    std::filesystem::remove(partial_, ignored);
  }

  void write(std::string_view bytes) {
    stream_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!stream_ && error_ == 0) error_ = errno;
  }

  // The system's reason for a failed write (No space left on device, Disk quota exceeded) stays in the
  // message: it is what the operator has to act on.
  void commit() {
    stream_.close();
    if (stream_.fail()) {
      if (error_ == 0) error_ = errno;
      throw std::runtime_error("cannot write " + partial_.string() +
                               (error_ != 0 ? ": " + std::string(std::strerror(error_)) : ""));
    }
    std::error_code error;
    std::filesystem::rename(partial_, path_, error);
    if (error)
      throw std::runtime_error("cannot rename " + partial_.string() + " to " + path_.string() + ": " + error.message());
    committed_ = true;
  }

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  std::filesystem::path partial_;
  std::ofstream stream_;
  bool committed_ = false;
  int error_ = 0;  // errno of the first failed write
};

}  // namespace docpipe
