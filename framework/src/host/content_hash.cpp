#include "content_hash.hpp"

#include <nettle/sha2.h>

#include <cstdint>

namespace docpipe::host {

// Nettle rather than OpenSSL's EVP: the digest needs no provider, configuration file or engine lookup, which
// OpenSSL did at every start before the first document (openssl.cnf read, providers fetched: some 5 million
// instructions). Nettle's fat build picks the CPU's SHA extensions at run time (sha_ni where the CPU has them).
std::string sha256_hex(std::string_view bytes) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&context, sizeof digest, digest);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * sizeof digest);
  for (const std::uint8_t byte : digest) {
    hex.push_back(kHex[byte >> 4]);
    hex.push_back(kHex[byte & 0xF]);
  }
  return hex;
}

}  // namespace docpipe::host
