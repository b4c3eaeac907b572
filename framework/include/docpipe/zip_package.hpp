// A zip package (DOCX, OFD) read from memory with libzip, defended against zip bombs: every entry is capped in
// size and in compression ratio, and encrypted or corrupt packages are clear errors. Needs libzip.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <zip.h>

#include "docpipe/parameters.hpp"

#include <algorithm>
#include <stdexcept>

namespace docpipe {

struct ZipLimits {
  std::uint64_t max_entry_bytes = 64ull << 20;  // one part, uncompressed
  double max_compression_ratio = 200;           // uncompressed / compressed, for entries over 1 MiB
};

// The limits from a package reader's parameters `max_part_megabytes` (integer) and `max_compression_ratio`
// (number); throws ParameterError for values outside what makes sense, so a check_parameters can use it.
inline ZipLimits read_zip_limits(const Parameters& parameters) {
  ZipLimits limits;
  ParameterProblems problems;
  problems.collect([&] {
    limits.max_entry_bytes = static_cast<std::uint64_t>(integer_in_range(parameters, "max_part_megabytes", 1, 4096,
                                                                         "MiB of one uncompressed part"))
                             << 20;
  });
  problems.collect([&] {
    limits.max_compression_ratio = number_in_range(parameters, "max_compression_ratio", 1, 1e6,
                                                   "uncompressed size over compressed size; 200 is generous for text");
  });
  problems.throw_if_any();
  return limits;
}

class ZipPackage {
 public:
  // Throws std::runtime_error when the bytes are not a readable zip archive, naming `kind` ("DOCX package").
  ZipPackage(std::string_view bytes, ZipLimits limits, const std::string& kind);
  ~ZipPackage();
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  // The entry's bytes; nullopt when absent. Throws on an encrypted, oversized or bomb-like entry.
  std::optional<std::string> read(const std::string& name) const;

  // Whether the strict consistency check refused the archive and it was read without it (bytes after its end).
  bool read_leniently() const { return read_leniently_; }

  // The names of all entries, in the archive's order.
  std::vector<std::string> names() const {
    std::vector<std::string> names;
    const zip_int64_t count = zip_get_num_entries(archive_, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
      if (const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0)) names.emplace_back(name);
    }
    return names;
  }

 private:
  std::string bytes_;  // libzip reads the buffer in place, so the package keeps it
  ZipLimits limits_;
  zip* archive_ = nullptr;
  bool read_leniently_ = false;
};

inline ZipPackage::ZipPackage(std::string_view bytes, ZipLimits limits, const std::string& kind)
    : bytes_(bytes), limits_(limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    throw std::runtime_error("cannot read the package");
  }
  // A failed open leaves the source to its caller: a second try may use it.
  archive_ = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive_ == nullptr && zip_error_code_zip(&error) == ZIP_ER_INCONS) {
    // Bytes after the archive (a mail gateway's or a download's tail) make it inconsistent to the strict check, yet
    // its directory and entries are whole, as unzip and every office suite read them: read it leniently, each entry
    // still checked against its size, its CRC and the bomb limits. (Any other inconsistency is read so too, and
    // fails there if it matters.)
    zip_error_fini(&error);
    zip_error_init(&error);
    archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    read_leniently_ = archive_ != nullptr;
  }
  if (archive_ == nullptr) {
    zip_source_free(source);
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw std::runtime_error("not a readable " + kind + " (corrupt or truncated zip: " + reason + ")");
  }
  zip_error_fini(&error);
}

inline ZipPackage::~ZipPackage() {
  if (archive_ != nullptr) zip_discard(archive_);
}

inline std::optional<std::string> ZipPackage::read(const std::string& name) const {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive_, name.c_str(), 0, &stat) != 0) return std::nullopt;
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    throw std::runtime_error("the package is encrypted (password-protected document)");
  }
  if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > limits_.max_entry_bytes) {
    throw std::runtime_error("part " + name + " is larger than the limit of " +
                             std::to_string(limits_.max_entry_bytes) + " bytes");
  }
  if ((stat.valid & ZIP_STAT_COMP_SIZE) && stat.size > (1ull << 20) &&
      static_cast<double>(stat.size) >
          limits_.max_compression_ratio * static_cast<double>(std::max<zip_uint64_t>(stat.comp_size, 1))) {
    throw std::runtime_error("part " + name + " expands more than " +
                             std::to_string(static_cast<int>(limits_.max_compression_ratio)) + " times (zip bomb?)");
  }
  zip_file_t* file = zip_fopen(archive_, name.c_str(), 0);
  if (file == nullptr) throw std::runtime_error("cannot open part " + name + ": " + zip_strerror(archive_));
  std::string content(stat.size, '\0');
  // Read one byte more than declared: a lying header must not smuggle in more data.
  std::string probe(1, '\0');
  const zip_int64_t read = zip_fread(file, content.data(), stat.size);
  const zip_int64_t extra = zip_fread(file, probe.data(), 1);
  zip_fclose(file);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size || extra > 0) {
    throw std::runtime_error("part " + name + " is corrupt");
  }
  return content;
}

}  // namespace docpipe
