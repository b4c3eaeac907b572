// An OLE compound file ([MS-CFB]) read from memory: its named streams, each capped in size. libgsf reads it, in
// the compound-file module doc/docpipe-ole-reader.so, which input.doc loads on the first Word binary document
// (module_library.hpp): libgsf brings GLib, GObject and GIO, whose loading and start-up were some 15 ms and 300
// page faults of every run whose pipeline names input.doc, .doc files or not.
//
// Both sides are built together from this tree with the same compiler, so the interface is C++ (virtual calls,
// standard containers, exceptions). The interface version is checked before any of it is used.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace docpipe::doc {

// Raised whenever this interface changes; the module refuses any other.
inline constexpr int kCompoundFileInterfaceVersion = 1;
// The module's one exported function: `const CompoundFileReader* docpipe_compound_file_reader(int
// interface_version)`, null when the module was built for another interface version.
inline constexpr const char* kCompoundFileModuleSymbol = "docpipe_compound_file_reader";
inline constexpr const char* kCompoundFileModuleFile = "docpipe-ole-reader.so";

// One compound file, open.
class CompoundFile {
 public:
  virtual ~CompoundFile() = default;
  // A top-level stream's bytes; nullopt when absent. Throws std::runtime_error on a stream larger than the limit
  // the file was opened with, or one whose sectors cannot be read.
  virtual std::optional<std::string> stream(const std::string& name) const = 0;
};

class CompoundFileReader {
 public:
  // Opens the compound file in a copy of `bytes`; its streams are capped at `max_stream_bytes`. The reader walks
  // the FAT and refuses chains that loop or leave the file: throws std::runtime_error when the bytes are not a
  // readable compound file.
  virtual std::unique_ptr<CompoundFile> open(std::string_view bytes, std::uint64_t max_stream_bytes) const = 0;

 protected:
  ~CompoundFileReader() = default;  // the module owns its one instance
};

}  // namespace docpipe::doc
