#include "zip_package.hpp"

#include <zip.h>

#include <stdexcept>

namespace docpipe::docx {

namespace {
constexpr std::uint64_t kRatioCheckedAbove = 1ull << 20;
}

ZipPackage::ZipPackage(std::string_view bytes, ZipLimits limits) : bytes_(bytes), limits_(limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    throw std::runtime_error("cannot read the package");
  }
  archive_ = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive_ == nullptr) {
    zip_source_free(source);
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw std::runtime_error("not a readable DOCX package (corrupt or truncated zip: " + reason + ")");
  }
  zip_error_fini(&error);
}

ZipPackage::~ZipPackage() {
  if (archive_ != nullptr) zip_discard(archive_);
}

std::optional<std::string> ZipPackage::read(const std::string& name) const {
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
  if ((stat.valid & ZIP_STAT_COMP_SIZE) && stat.size > kRatioCheckedAbove &&
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

}  // namespace docpipe::docx
