#include "shard.hpp"

#include <charconv>

#include "config_error.hpp"

namespace docpipe::host {

namespace {

bool parse_number(std::string_view text, std::uint32_t& value) {
  if (text.empty() || text.size() > 9) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc();
}

}  // namespace

ShardSpec parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  ShardSpec shard;
  if (slash == std::string_view::npos || !parse_number(text.substr(0, slash), shard.index) ||
      !parse_number(text.substr(slash + 1), shard.count)) {
    throw ConfigError("--shard " + std::string(text) + ": not K/N (e.g. --shard 2/8: the second of eight shards)");
  }
  if (shard.count < 1 || shard.count > kMaxShards) {
    throw ConfigError("--shard " + std::string(text) + ": N must be from 1 to " + std::to_string(kMaxShards));
  }
  if (shard.index < 1 || shard.index > shard.count) {
    throw ConfigError("--shard " + std::string(text) + ": K must be from 1 to N (" + std::to_string(shard.count) + ")");
  }
  return shard;
}

std::uint64_t stable_id_hash(std::string_view id) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::uint32_t shard_of(std::string_view id, std::uint32_t count) {
  return static_cast<std::uint32_t>(stable_id_hash(id) % count) + 1;
}

}  // namespace docpipe::host
