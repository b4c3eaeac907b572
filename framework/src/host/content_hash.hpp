// A document's identity: the SHA-256 of its input bytes (GNU Nettle), as 64 lowercase hex digits.
#pragma once

#include <string>
#include <string_view>

namespace docpipe::host {

std::string sha256_hex(std::string_view bytes);

}  // namespace docpipe::host
