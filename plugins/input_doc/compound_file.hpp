// An OLE compound file ([MS-CFB]) read from memory with libgsf: its named streams, each capped in size.
// libgsf walks the FAT and refuses chains that loop or leave the file; what it cannot read is a clear error.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace docpipe::doc {

class CompoundFile {
 public:
  // Throws std::runtime_error when the bytes are not a readable compound file.
  CompoundFile(std::string_view bytes, std::uint64_t max_stream_bytes);
  ~CompoundFile();
  CompoundFile(const CompoundFile&) = delete;
  CompoundFile& operator=(const CompoundFile&) = delete;

  // A top-level stream's bytes; nullopt when absent. Throws on an oversized or unreadable stream.
  std::optional<std::string> stream(const std::string& name) const;

 private:
  struct Handles;
  std::unique_ptr<Handles> handles_;
  std::uint64_t max_stream_bytes_;
};

}  // namespace docpipe::doc
