// A DOCX package read from memory with libzip, defended against zip bombs: every entry is capped in
// size and in compression ratio, and encrypted or corrupt packages are clear errors.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct zip;

namespace docpipe::docx {

struct ZipLimits {
  std::uint64_t max_entry_bytes = 64ull << 20;  // one part, uncompressed
  double max_compression_ratio = 200;           // uncompressed / compressed, for entries over 1 MiB
};

class ZipPackage {
 public:
  // Throws std::runtime_error when the bytes are not a readable zip archive.
  ZipPackage(std::string_view bytes, ZipLimits limits);
  ~ZipPackage();
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  // The entry's bytes; nullopt when absent. Throws on an encrypted, oversized or bomb-like entry.
  std::optional<std::string> read(const std::string& name) const;

 private:
  std::string bytes_;  // libzip reads the buffer in place, so the package keeps it
  ZipLimits limits_;
  zip* archive_ = nullptr;
};

}  // namespace docpipe::docx
