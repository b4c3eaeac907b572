// A document's identity: the SHA-256 of its input bytes (OpenSSL's EVP digest), as 64 lowercase hex digits.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::host {

// Throws std::runtime_error when the digest cannot be computed.
std::string sha256_hex(std::string_view bytes);

}  // namespace docpipe::host
