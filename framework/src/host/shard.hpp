// Which shard of a run a document belongs to, for `docpipe run --shard K/N`: a pure function of the
// document id, so that every machine and every docpipe version puts a document in the same shard, and
// adding files to a batch moves no other document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace docpipe::host {

struct ShardSpec {
  std::uint32_t index = 1;  // K, 1..count
  std::uint32_t count = 1;  // N
};

// Parses "K/N" (decimal, 1 <= K <= N <= kMaxShards); throws ConfigError saying what is wrong.
ShardSpec parse_shard(std::string_view text);

inline constexpr std::uint32_t kMaxShards = 1000000;

// FNV-1a 64 of the id's UTF-8 bytes: fixed by this definition, not by a library's hash.
std::uint64_t stable_id_hash(std::string_view id);

// The shard (1..count) of the document `id`.
std::uint32_t shard_of(std::string_view id, std::uint32_t count);

}  // namespace docpipe::host
