// File names made from document ids. A file system takes names of at most 255 bytes (ext4, xfs, tmpfs), and a
// report's file name may already be close to that in Chinese (three bytes a character): an output named after
// it must still fit, or the whole run's outputs could not be published.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace docpipe {

inline constexpr std::size_t kLongestFileName = 255;  // bytes

// `stem` + `suffix` when that fits; else the start of `stem`, cut at a character boundary, then `~` and a hash of
// the whole stem (FNV-1a, 64 bits, as 16 hex digits), then `suffix`: the same stem always gives the same name,
// and two long stems that share their start stay apart.
inline std::string fitting_file_name(std::string_view stem, std::string_view suffix) {
  if (stem.size() + suffix.size() <= kLongestFileName) return std::string(stem) + std::string(suffix);
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : stem) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  char tag[24];
  std::snprintf(tag, sizeof tag, "~%016llx", static_cast<unsigned long long>(hash));
  const std::size_t tag_size = 17;
  std::size_t keep = suffix.size() + tag_size < kLongestFileName ? kLongestFileName - suffix.size() - tag_size : 0;
  keep = std::min(keep, stem.size());
  while (keep > 0 && keep < stem.size() && (static_cast<unsigned char>(stem[keep]) & 0xC0) == 0x80) --keep;
  return std::string(stem.substr(0, keep)) + tag + std::string(suffix);
}

}  // namespace docpipe
