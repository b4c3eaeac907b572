// Byte-for-byte comparison of two output directories, for tests that promise identical outputs.
#pragma once

#include <filesystem>
#include <string>

namespace docpipe::test {

// "" when `a` and `b` hold the same files (hidden ones included) with the same bytes; else what differs.
std::string directory_differences(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace docpipe::test
