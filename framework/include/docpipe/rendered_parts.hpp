// Several pieces of bytes as one, for an OutputRenderer whose output has more than one destination (the
// CSV tables' rows, a page and its overview row): pack_parts in the worker, unpack_parts in the host's
// OutputPlugin::write_rendered. A piece is its length (8 bytes, little-endian) and its bytes. Header-only.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace docpipe {

inline std::string pack_parts(const std::vector<std::string>& parts) {
  std::size_t size = 0;
  for (const auto& part : parts) size += 8 + part.size();
  std::string packed;
  packed.reserve(size);
  for (const auto& part : parts) {
    const std::uint64_t length = part.size();
    for (int i = 0; i < 8; ++i) packed.push_back(static_cast<char>((length >> (8 * i)) & 0xFF));
    packed += part;
  }
  return packed;
}

// Views into `packed` (which must outlive them). Throws std::runtime_error unless `packed` holds exactly
// `count` pieces.
inline std::vector<std::string_view> unpack_parts(std::string_view packed, std::size_t count) {
  std::vector<std::string_view> parts;
  parts.reserve(count);
  while (!packed.empty()) {
    if (packed.size() < 8) throw std::runtime_error("malformed rendered output: truncated length");
    std::uint64_t length = 0;
    for (int i = 0; i < 8; ++i) length |= static_cast<std::uint64_t>(static_cast<unsigned char>(packed[i])) << (8 * i);
    packed.remove_prefix(8);
    if (length > packed.size()) throw std::runtime_error("malformed rendered output: piece past the end");
    parts.push_back(packed.substr(0, static_cast<std::size_t>(length)));
    packed.remove_prefix(static_cast<std::size_t>(length));
  }
  if (parts.size() != count) {
    throw std::runtime_error("malformed rendered output: " + std::to_string(parts.size()) + " pieces, expected " +
                             std::to_string(count));
  }
  return parts;
}

}  // namespace docpipe
